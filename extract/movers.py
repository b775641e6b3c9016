"""Who moved and who seconded a decision, in the shapes minutes print them beyond 'X moved, seconded by Y' and
'proposed by X and seconded by Y' (decisions.MOVED_SECONDED_RE, tried first):

- labels before the names: 'Proposed: Mrs A Prescott; seconded: Major Gray', 'Prop: KD 2nd: CR' (Souldern),
  'Prop. GK, 2nd JH' and 'Proposer: Cllr D Deighton, 2nd: Cllr P Norris' (Wereham), 'Proposed: Cllr Muir; seconded:
  Cllr Pointeer' (Northwold), 'Proposed. Cllr Grant Tomkins, Seconded Cllr Jim McNeill' (Stoke Ferry), 'Proposed:
  Lynne Walker (Aldeburgh) Seconded: Graham Watson (Woodbridge)' (Suffolk Libraries);
- the mover's verb, then 'seconded by': 'Cllr Mann proposed acceptance, seconded by Cllr Summers' (Stoke Ferry), 'PAG
  proposed GPR as vice Chairman, seconded by MPO' (Boughton);
- both verbs after their names: 'Cllr Leamon proposed approval; Cllr Hardy seconded' and '(Cllr Gail Reeve proposed,
  Cllr Sue Lintern seconded, ...)' (Stoke Ferry), 'SK proposed to adopt this paper, AM seconded' (Suffolk Libraries),
  'Commissioner Perez moved and Chair Ramirez seconded' (Norwalk);
- 'upon the proposition of M Reeve, seconded by P Sewell' (Stoke Ferry village hall), 'PW was proposed as Chairman by
  LH and seconded by PK' (West Dereham), 'proposed by Cllr Precey; seconded by Cllr Lintern' (Stoke Ferry);
- a mover alone: 'Moved by Vlassis to adopt.' (Des Moines).

A name is a title and up to three capitalised words or initials, stopping at a word of the vote ('All agreed',
'Carried') or the next label."""

from __future__ import annotations

import re

_TITLE = r"(?:(?:Cllr|Councillor|Council\s*member|Councilmember|Commissioner|Mayor|Chair|Vice\s+Chair|Mr|Mrs|Ms|Miss|Dr|Major|Rev)\.?\s+)"
# words that start with a capital but name no one: the vote's own words and what follows a vote
_NOT_NAME = (r"(?:All|Carried|Agreed|Approved|Unanimous|Unanimously|Vote|Votes|Motion|Seconded|Seconder|Second|Proposed|"
             r"Proposer|Prop|Matters|Payments|Points|Planning|The|This|That|It|And|With|Nem|Resolved|Abstained|Against|For|"
             r"In|Minutes|Item|Council|Board|Committee|Members)\b")
# an initial keeps its full stop ('P. Markwell'); a name's last word does not ('seconded by Cllr Summers.')
_WORD = rf"(?!{_NOT_NAME})(?:[A-Z]\.|[A-Z][\w'’\-]*)"
# initials stand alone ('Prop: CR 2nd: DMJ Allowances of £200 ...' is DMJ, Souldern); a name runs to three words
_INITIALS = r"[A-Z]{2,4}(?![\w'’\-])"
NAME = rf"{_TITLE}{{0,2}}(?:{_INITIALS}|(?!{_INITIALS}){_WORD}(?:\s+{_WORD}){{0,2}})"
_AFFILIATION = r"(?:\s*\([^()]{1,60}\))?"  # 'Lynne Walker (Aldeburgh)'
# the label, not the verb: capitalised ('Prop JB', '-Proposed Mrs. Newell') or with its colon or stop ('proposed: X');
# 'Cllr Ryves proposed Cllr McCarthy, seconded by ...' is a nomination, its proposer before the verb
_PROPOSED = r"(?:(?-i:Proposed|Proposer|Prop|PROPOSED|PROPOSER|PROP)\b\.?\s*:?|(?i:proposed|proposer|prop)\s*[.:])"
_SECONDED = r"(?i:seconded|seconder|second|2\s*nd)"

SHAPES = [
    # labels before the names
    re.compile(rf"(?<!\w){_PROPOSED}\s*(?i:by\s+)?(?P<mover>{NAME}){_AFFILIATION}\s*[,;]?\s*(?i:and\s+)?"
               rf"{_SECONDED}\b\.?\s*:?\s*(?i:by\s+)?(?P<seconder>{NAME})"),
    # the proposer's verb, then who seconded: 'Cllr Mann proposed acceptance, seconded by Cllr Summers'
    re.compile(rf"(?:^|(?<=[\s(:;,.\-–]))(?P<mover>{NAME})\s+(?i:proposed)\b[^.;]{{0,120}}?(?:,\s*|\s+)(?i:and\s+)?(?i:was\s+)?"
               rf"(?i:seconded\s+by)\s+(?P<seconder>{NAME})"),
    # both verbs after their names: 'Cllr Leamon proposed approval; Cllr Hardy seconded', 'Perez moved and Ramirez seconded'
    re.compile(rf"(?:^|(?<=[\s(:;,.\-–]))(?P<mover>{NAME})\s+(?i:proposed|moved)\b[^.;]{{0,120}}?(?:[;,]\s*|\s+and\s+)"
               rf"(?P<seconder>{NAME})\s+(?i:seconded)\b"),
    # 'upon the proposition of M Reeve, seconded by P Sewell'; 'proposed as Chairman by LH and seconded by PK';
    # 'proposed by Cllr Precey; seconded by Cllr Lintern'
    re.compile(rf"(?i:proposition\s+of|proposed\b[^.;]{{0,40}}?\bby)\s+(?P<mover>{NAME})\s*[,;]?\s*(?i:and\s+)?"
               rf"(?i:seconded\s+by)\s+(?P<seconder>{NAME})"),
    # a mover alone: 'Moved by Vlassis to adopt.', 'Moved by Council Member Hensley that ...'
    re.compile(rf"(?<![\w-])(?i:moved|mov)\s+(?i:by)\s+(?P<mover>{NAME})(?=\s+(?i:to|that)\b)"),
]


def moved_and_seconded(text: str) -> tuple[str | None, str | None]:
    """The mover and seconder the text names in one of the shapes above (the first shape that matches), or (None,
    None)."""
    if not re.search(r"(?i)\b(?:prop|proposed|proposer|proposition|moved|mov)\b", text):
        return None, None
    for shape in SHAPES:
        m = shape.search(text)
        if m:
            seconder = m.groupdict().get("seconder")
            return _tidy(m.group("mover")), _tidy(seconder) if seconder else None
    return None, None


def _tidy(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()
