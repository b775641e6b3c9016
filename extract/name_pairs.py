"""Two people joined by 'and' or '&' who share what only one of them is written with.

Lists write a couple once: 'Ken & Jane Clifford' (Souldern) is Ken Clifford and Jane Clifford,
'Mr & Mrs D Summers' is Mr D Summers and Mrs D Summers; and a title in the plural before a pair
is each one's: 'PCSO's Stefan Bunting and Sara Green' (Stoke Ferry) are PCSO Stefan Bunting and
PCSO Sara Green (a plural the name reader already knows, 'Councillors', is its own). Read off the
pair as split_names cuts it, so the name reader sees each whole."""

from __future__ import annotations

import re

from .given_names import first_names
from .names import HONORIFIC_RE, TITLES, split_title

# a title in the plural ('PCSO's', 'PCSOs', 'Cllrs', 'Councillors'): the title of each name after it
# ('Mrs' is no plural of 'Mr')
_SINGULAR_TITLES = sorted({t.rstrip(".") for t in TITLES if not t.endswith("s") and t.rstrip(".") != "Mr"},
                          key=len, reverse=True)
PLURAL_LEAD_RE = re.compile(r"(?P<title>" + "|".join(re.escape(t) for t in _SINGULAR_TITLES) + r")(?:['’]s|s)\.?\s+(?=[A-Z])")
SURNAME_END_RE = re.compile(r"\s(?P<surname>(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)$")


def share_across_pair(pieces: list[str], joiner: str = "and") -> list[str]:
    """The halves of one list entry split at 'and'/'&' (`joiner`), each given what the pair shares."""
    if len(pieces) != 2:
        return pieces
    first, second = (p.strip(" .") for p in pieces)
    lead = PLURAL_LEAD_RE.match(first)
    # a plural the name reader knows ('Councillors', 'Commissioners') is left to it: it reads one that opens
    # the list as every name's (people._entries)
    if lead and lead.group(0).strip() not in TITLES:
        title = lead.group("title")
        return [f"{title} {first[lead.end():]}", second if split_title(second)[0] else f"{title} {second}"]
    surname = SURNAME_END_RE.search(second)
    if not surname or len(second.split()) < 2:
        return pieces
    if HONORIFIC_RE.fullmatch(first):
        # 'Mr & Mrs D Summers', 'Cllr and Mrs Smith': the first title before the second's name
        title = re.match(r"\S+\s", second)
        return [first + " " + second[title.end():], second] if HONORIFIC_RE.fullmatch(title.group(0).strip()) else pieces
    # a bare given name takes the surname only across '&', as lists write a couple: across 'and' it is as often
    # a member called by a first name the paper gives in full elsewhere ('ACTION: Ali and Isolde Marchetti to
    # clear the compost bays', Ali being Alison Hopkins)
    if joiner == "&" and re.fullmatch(r"[A-Z][a-z]+", first) and first.lower() in first_names():
        return [f"{first} {surname.group('surname')}", second]
    return pieces
