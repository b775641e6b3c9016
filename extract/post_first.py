"""Attendance lists that print each post BEFORE its holder: 'Chairman Cllr S Lintern Vice Chairman
Mrs J Taylor Councillors ... County Cllr M Storey Parish Clerk Mrs J M Markwell' (Stoke Ferry 2017),
'Chairman Cllr P Norris, Cllr C Humphries, ...' (Wereham 2012). Read in the usual name-then-post
order, every post goes to the name before it, so 'the Clerk' becomes the County Councillor.

The order is read from the list's own shape, not assumed: a run of people (between the list's
separators) that OPENS with a post before a titled name prints posts first; one that opens with a
name ('Cllr Sue Lintern Chair Cllr Daphne Clements ...', the same archive's 2018 lists) does not.
Inside a post-first run each name is cut where its words end (initials and a surname, or a given
name and a surname), and what follows it, up to the next title, is the next person's post."""

from __future__ import annotations

import re

from .given_names import first_names
from .roles import is_post

# a personal title opening a name: where one person's words start
_TITLE_WORD = re.compile(r"(?i)^(?:cllrs?|councillors?|clr|mr|mrs|ms|miss|mx|dr|prof|rev|revd|sir|dame)\.?$")
# words that qualify the title that follows them ('Borough Cllr', 'County Councillor'), not a post
_QUALIFIER = re.compile(r"(?i)^(?:borough|county|district|parish|town|city|unitary|ward)$")
_INITIAL = re.compile(r"^[A-Z]\.?$")
_WORD = re.compile(r"^(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’]+(?:-(?:Mc|Mac)?[A-Z][a-z'’]+)*$")


def name_length(words: list[str]) -> int:
    """How many of `words` (after a title) are the name: initials then one surname ('J M Markwell'),
    or a given name then a surname ('Sue Lintern'); 0 when they do not start as a name."""
    n = 0
    while n < len(words) and _INITIAL.match(words[n]):
        n += 1
    if n < len(words) and _WORD.match(words[n]):
        if n == 0 and words[n].lower() in first_names() and n + 1 < len(words) and _WORD.match(words[n + 1]) \
                and not is_post(words[n + 1]) and not _QUALIFIER.match(words[n + 1]) and not _TITLE_WORD.match(words[n + 1]):
            return 2
        return n + 1
    return 0


def is_title(word: str) -> bool:
    """Whether a word is a personal title opening a name ('Cllr', 'Cllr.', 'Mrs')."""
    return bool(_TITLE_WORD.match(word))


def _post_words(words: list[str]) -> str:
    """The words between two names as a post: '' when they only qualify the next title ('Borough')."""
    return "" if all(_QUALIFIER.match(w) for w in words) else " ".join(words)


def post_first_people(piece: str) -> list[tuple[str | None, str]] | None:
    """(post, titled name) for each person of a post-first run, or None when `piece` is no such run.
    'Chairman Cllr S Lintern Vice Chairman Mrs J Taylor' -> [('Chairman', 'Cllr S Lintern'),
    ('Vice Chairman', 'Mrs J Taylor')]."""
    words = piece.split()
    starts = [i for i, w in enumerate(words) if _TITLE_WORD.match(w)
              and not (i and _TITLE_WORD.match(words[i - 1]))]  # 'Councillor Dr Ghosh': one title run
    if not starts or starts[0] == 0:
        return None
    lead = _post_words(words[:starts[0]])
    if not lead or not is_post(lead):
        return None  # the run opens with a name (or anything but a post): posts, if any, follow names
    people: list[tuple[str | None, str]] = []
    post: str | None = lead
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(words)
        title_end = start + 1
        while title_end < end and _TITLE_WORD.match(words[title_end]):
            title_end += 1
        length = name_length(words[title_end:end])
        if not length:
            return None
        name_end = title_end + length
        people.append((post, " ".join(words[start:name_end])))
        tail = _post_words(words[name_end:end])
        if tail and not is_post(tail):
            return None  # words after a name that are no post: not a list this reader understands
        post = tail or None
    if post:
        return None  # a post left over at the end has no holder after it: not post-first after all
    return people
