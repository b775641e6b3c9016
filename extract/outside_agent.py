"""Another body as the agent of a promised step. Minutes tell what outside bodies will do as often as
what their own members will: 'The Carmarthenshire County Council (C.C.C.) Highways Department would
replace the 30mph circular sign' (Manordeilo and Salem), 'Highways will inspect and replace if deemed
necessary' (Wretton). Most such sentences only report another body's own business ('Bags ... are
going to be provided by W.N.B.C. ... the Borough Council will collect them'); the step is the
meeting's to follow when the item is one the meeting raised before and now hears answered (matters
arising)."""

from __future__ import annotations

import re

from .acronyms import initials_match
from .decision_owner import names_other_body
from .sub_items import MATTERS_ARISING_RE


def outside_organisation(agent: str, body: str | None) -> str | None:
    """The name of the other body the agent is ('Carmarthenshire County Council Highways Department'
    for 'The Carmarthenshire County Council C.C.C. Highways Department'), or None when it names no
    organisation or names the meeting's own body ('the Parish Council'); with no body known, None."""
    words = re.sub(r"^(?:[Tt]he)\s+", "", agent).split()
    kept: list[str] = []
    for word in words:
        letters = word.replace(".", "")
        if kept and letters.isupper() and initials_match(" ".join(kept), letters):
            continue  # the abbreviation the paper gives the name before it, its brackets lost ('C.C.C.')
        kept.append(word)
    name = " ".join(kept)
    return name if name and names_other_body(name, body) else None


def raised_before(heading: str | None, previous: list[str]) -> bool:
    """Whether the sentence answers an item the meeting raised before: its item is matters arising,
    by its heading or by the words the item opens with ('4. Matters Arising from previous meetings
    Road Signs ...', Wretton, whose heading the paper does not set apart)."""
    return bool(MATTERS_ARISING_RE.search(heading or "")) or any(MATTERS_ARISING_RE.search(s) for s in previous)


def inside_quotation(before: str) -> bool:
    """Whether text after `before` (its paragraph so far) is inside quotation marks opened there and not yet
    closed: another's words, as a letter read into the minutes is. The marks are counted, not told apart: typed
    minutes may open a quotation with a closing mark ('The Parish Clerk read the letter to the meeting
    ”Thank you for your letter ...', West Dereham)."""
    return sum(before.count(mark) for mark in "“”\"") % 2 == 1


# a body's short name as the paper prints it ('OCC', 'NALC', 'W.N.B.C'): three letters or more, the last one a
# body's kind (Council, Committee, Commission; Agency, Authority, Association), where a person's initials end with
# the surname's ('MKB will chase ...', Souldern)
ACRONYM_RE = re.compile(r"(?:[A-Z]\.?){2,5}[CA]\.?")


def another_bodys_step(owners: list[tuple[str, str]], body: str | None, initials) -> bool:
    """Whether every doer a passive names is another body, so the step it tells is that body's own business,
    not work the meeting owes: 'Another site visit to be arranged by OCC.' (Souldern), 'The Local Development
    Framework will be considered by the CDC Executive' (Souldern), 'Course details to be confirmed by NALC this
    Thursday' (Northwold), 'External advice will be provided by SCC under the contract' (Suffolk Libraries), 'Bags
    for the rubbish are going to be provided by W.N.B.C.' (Wereham). A short name is another body's when the paper
    gives it to none of its people and it is not the meeting's own ('PC' at Souldern Parish Council, whose letters
    end its own); a named organisation, when `outside_organisation` says so. With no body known, nothing is said."""
    if not owners or not body:
        return False
    own = "".join(w[0] for w in re.findall(r"[A-Za-z][\w’'&\-]*", body) if w[0].isupper())
    for name, kind in owners:
        if kind == "person" or name in initials:
            return False
        letters = name.replace(".", "")
        if ACRONYM_RE.fullmatch(name):
            if own.endswith(letters) or letters in own:
                return False  # the meeting's own body ('PC', 'SPC')
            continue
        if not outside_organisation(name, body):
            return False
    return True
