"""The posts a paper's sentences give their holders, each post printed before its holder as post-first lists print
them (post_first): 'the existing officers - Chairperson Cllr. O. Williams and Vice Chairperson Cllr. K. Davies remain in
post' (Manordeilo & Salem CC), as a list does: 'Present: Chairman Cllr P Norris, Cllr C Humphries, ...' (Wereham PC).
The holder's name is cut as post_first cuts it (initials or a given name, then a surname).

A post then a titled name is one person only where the name ends in the list's own joint (a comma, 'and', the
sentence's end) or is the last of a run the post opened after 'and': 'all documents received by the Clerk, Cllr Ryves
agreed' is two clauses, the Clerk's and Cllr Ryves's. A post its holder has left ('the previous Clerk, Mrs Bright') is
no role of the paper's meeting."""

from __future__ import annotations

import re

from .front_posts import add_role
from .people import parse_person
from .post_first import is_title, name_length
from .roles import is_post

# the words saying the holder has left the post, or not yet taken it
_NOT_NOW = {"previous", "former", "late", "outgoing", "retiring", "retired", "past", "ex", "new", "incoming", "acting"}
_JOINTS = {"and", "&"}


def _post_before(words: list[str], title: int) -> tuple[int, str] | None:
    """(where it starts, the post) of the one to three words right before a title that are a post ('Vice
    Chairperson') and open the person's words (_opens_post). Not one a comma ends: 'The Chairman, Cllr
    Lansdell-Williams, Cllr Mann, ...' (Stoke Ferry) lists the Chairman (Cllr Ferrie) and then others."""
    for k in (3, 2, 1):
        run = words[title - k:title] if title >= k else []
        if not run or any(w[-1] in ",;:.-–" or w.lower() in _JOINTS for w in run) or not run[0][:1].isupper() \
                or not _opens_post(words[title - k - 1] if title > k else ""):
            continue
        post = re.sub(r"(?i)^the\s+", "", " ".join(run))
        if post and is_post(post) and is_post(run[-1]):
            return title - k, post
    return None


def _opens_post(previous: str) -> bool:
    """Whether the word before a post lets it open a person's words: the text's start, a dash or a label's colon,
    a small word ('the', 'and'); not a name nor a list's comma ('Cllr A Smith, Chairman, Cllr B Jones' prints the
    post after its holder)."""
    return not previous or previous in ("-", "–", "—") or previous.endswith(":") or previous[:1].islower()


def officers_said(text: str) -> list[tuple[str, str]]:
    """(post, titled name) for each post a sentence prints before its holder's titled name."""
    words = text.split()
    out = []
    for i, word in enumerate(words):
        if not is_title(word) or i and is_title(words[i - 1]):
            continue
        before = _post_before(words, i)
        if before is None:
            continue
        start, post = before
        previous = words[start - 1] if start else ""
        if previous.lower() in _NOT_NOW or post.split()[0].lower() in _NOT_NOW:
            continue
        name = [w.rstrip(",.;:") for w in words[i + 1:i + 6]]
        length = name_length(name)
        if not length:
            continue
        last, after = words[i + length], (words[i + length + 1] if i + length + 1 < len(words) else "")
        listed = last[-1] in ",;." or after.lower() in _JOINTS or not after
        if listed or previous.lower() in _JOINTS:
            out.append((post, " ".join([word] + name[:length])))
    return out


def roles_from_sentences(passages, structure, registry, facts) -> None:
    """Each post a passage's sentences print before its holder as a roles row of the paper's meeting, the holder
    named as the paper's other lines name them."""
    for p in passages:
        if not re.search(r"(?i)\b(?:cllr|councillor|mr|mrs|ms|dr)\b", p.text):
            continue
        for post, titled in officers_said(p.text):
            person = parse_person(titled)
            if person is not None:
                add_role(facts, structure, registry.resolve(person.name), post, p.page)
