"""Who attended, said in sentences instead of lists under labels. US minutes open with a roll call in prose:
'Responding to roll call were Commissioners Perez, Vice Chair Valencia, and Chair Ramirez in person. Commissioners
Davis and Hernandez participated via videoconference. Commissioner Ayala and Rios were absent. Also participating
were Jesus M. Gomez, Executive Director; ...; and Theresa Devoy, Clerk.' (Norwalk Housing Authority); others name the
members first: 'The following members of City Council were in attendance: Mayor Knox White, ...' (Greenville),
'Members of the Council present were: Councillors Jane Ritchie, ...' (Burton-cum-Walden). Each sentence gives a list
and the words saying how they attended, before the list or after it ('were absent', 'participated via
videoconference'); those words are turned into the attendance label they mean, for the label reader
(people.status_of) to give the status, and the list is read as a labelled list is."""

from __future__ import annotations

import re

from .attendance_medium import without_manner
from .literal_gate import Gated
from .roles import is_post

# a sentence ends at a stop that follows no title or initial ('Mrs. Everitt', 'D. Everitt' go on), at a blank
# line, or at a line break before an item's number (a line break alone goes on: 'was attending the meeting \nvirtually')
SENTENCE_END_RE = re.compile(r"(?<!\b[A-Z])(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bCllr)[.!?]\s+|\n(?=\d)|\n\n")
# the words of a roll call, asked first of a block (the sentences' patterns are tried only where one is)
ROLL_WORDS_RE = Gated(re.compile(r"(?i)present|attend|roll\s+call|absent|participat"),
                      "present", "attend", "roll", "absent", "participat")
# who answered the roll or took part: present; 'also' before it makes them guests, as 'Also present:' does
_HOW = r"(?:responding\s+to\s+(?:the\s+)?roll\s+call|(?:also\s+)?(?:present|participating|attending|in\s+attendance)|absent)"
# the body's members as the subject ('The following members of City Council'; not 'Members of the public')
_MEMBERS = r"(?:the\s+following\s+)?(?!members\s+of\s+the\s+(?:public|press))(?:members|councillors|commissioners|trustees|directors)\b[^:.]{0,60}?"
LIST_AFTER_RE = re.compile(
    rf"(?i)^\W*(?:(?P<members>{_MEMBERS})\s+)?(?:(?P<how>{_HOW})\s+(?:were|was)|(?:were|was)\s+(?P<said>present|in\s+attendance))"
    r"\s*:?\s+(?P<names>(?-i:[A-Z]).*)$", re.S)
# the list first, then its status ('were absent') or that they took part ('participated', once how is taken off:
# 'participated via videoconference'), and nothing more ('were present at the site visit' is another occasion)
LIST_BEFORE_RE = re.compile(
    r"^(?P<names>[A-Z][^:;]*?)\s+(?:(?:were|was)\s+(?P<how>present|absent|in\s+attendance)|participated|attended)"
    r"\s*\.?$", re.S)
# the body's members named before the list, once for all ('Directors Brennan and Szabo'): no one's title or name
MEMBERS_FIRST_RE = re.compile(r"^(?:Commissioner|Director|Council\s*[Mm]ember|Councill?or|Trustee|Member|Supervisor)s?\s+(?=[A-Z])")


def roll_sentences(text: str) -> list[tuple[str, str]]:
    """(label, names) for each sentence of the text that says who attended, when one of them says who was present
    (a roll call's sentences go together: 'were absent' alone, in a motion's paragraph, is who missed a vote);
    the label is one the attendance labels know ('present', 'members present', 'also present', 'absent')."""
    if not ROLL_WORDS_RE.search(text):
        return []
    starts = [0] + [m.end() for m in SENTENCE_END_RE.finditer(text)]
    found = []
    for start, end in zip(starts, starts[1:] + [len(text)]):
        # how each took part ('Chair Ramirez in person') is no part of a name nor of the verb
        sentence = without_manner(text[start:end].strip())
        m = LIST_AFTER_RE.match(sentence) or LIST_BEFORE_RE.match(sentence)
        if m:
            found.append((_label(m), _names(m.group("names"))))
    return found if any(label.endswith("present") and not label.startswith("also") for label, _ in found) else []


def _label(m: re.Match) -> str:
    """The attendance label the sentence's words mean: a roll call answered, a part taken, presence; the body's
    members as the subject are present however the verb says it ('were in attendance')."""
    how = re.sub(r"\s+", " ", (m.groupdict().get("said") or m.group("how") or "present").lower())
    label = re.sub(r"responding to (?:the )?roll call|participating|attending", "present", how)
    if m.groupdict().get("members") and label in ("present", "in attendance"):
        return "members present"
    return label


def _names(names: str) -> str:
    names = MEMBERS_FIRST_RE.sub("", names.strip().rstrip("."))
    return _posts_first(names)


def _posts_first(names: str) -> str:
    """A post before a surname alone, as roll calls give the officers, put after it as lists print posts: 'Vice Chair
    Valencia, and Chair Ramirez' -> 'Valencia (Vice Chair), and Ramirez (Chair)'. The post is one the shared reading
    of posts knows (roles.is_post); a given name and surname after it stay as they are ('Mayor Knox White')."""
    words, out, i = names.split(), [], 0
    while i < len(words):
        for k in (3, 2, 1):
            post, name = " ".join(words[i:i + k]), words[i + k] if i + k < len(words) else ""
            bare = name.rstrip(",;")
            alone = i + k + 1 >= len(words) or bare != name or words[i + k + 1] == "and"
            # the post's words are one phrase (no list's comma or 'and' inside) and end in a post's word
            one_phrase = not any(w[-1] in ",;" or w == "and" for w in words[i:i + k])
            if bare[:1].isupper() and alone and one_phrase and is_post(post) and is_post(words[i + k - 1]) \
                    and not is_post(bare):
                out.append(f"{bare} ({post}){name[len(bare):]}")
                i += k + 1
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)
