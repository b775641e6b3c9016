"""Whether a decision verb describes how something is usually decided rather than telling that it was. A report
explaining a process ('CCTV request are also discussed and approved or rejected based on data, logistical or other
issues affecting installation', a community safety partnership's report in its board's pack) or an agenda listing what
another authority did ('To consider planning applications approved/refused by the Borough Council', Stoke Ferry) names
every outcome at once: nothing was decided, by anyone. The same holds of a present-tense verb made habitual by its
adverb ('the budget is agreed annually', 'such requests are normally approved by the Clerk'): the way things are done,
no act of a meeting. Read from the clause itself (the verb, what it is coordinated with, its tense and adverbs), so it
holds of any body's wording."""

from __future__ import annotations

import re

_YES = r"(?:approved|agreed|accepted|adopted|granted|endorsed|allowed|supported|permitted)"
_NO = r"(?:rejected|refused|declined|denied|turned\s+down|not(?:\s+approved|\s+agreed)?|disallowed|dismissed)"
# the verb coordinated with its opposite: 'approved or rejected', 'approved/refused', 'refused or approved', 'agreed or
# not'; not 'approved and signed' (two acts on one thing), nor 'not approved' alone (a refusal, REFUSED_RE's)
ALTERNATIVES_RE = re.compile(rf"(?i)\b{_YES}\s*(?:,\s*|\s+)?(?:or|and/or|/)\s*(?:\w+ly\s+)?{_NO}\b"
                             rf"|\b{_NO}\s*(?:,\s*|\s+)?(?:or|and/or|/)\s*(?:\w+ly\s+)?{_YES}\b")
# a present tense before the verb ('is', 'are', with an adverb or a first verb between: 'are also discussed and')
PRESENT_RE = re.compile(r"(?i)\b(?:is|are)\s+(?:(?:\w+ly|also|then|still|often|always|now)\s+){0,2}"
                        r"(?:[a-z]+ed\s+(?:and|or)\s+)?(?:\w+ly\s+)?$")
# how often, not when: the clause tells a habit
HABITUAL_RE = re.compile(r"(?i)\b(?:annually|usually|normally|generally|routinely|typically|customarily|ordinarily|"
                         r"always|regularly|each\s+(?:year|month|quarter)|every\s+(?:year|month|quarter)|as\s+a\s+(?:rule|matter\s+of\s+course))\b")
_CLAUSE_END_RE = re.compile(r"[.;:!?](?:\s|$)|\|")


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the verb's clause before it and after it (to the sentence's or the table cell's end)."""
    before = _CLAUSE_END_RE.split(text[:start])[-1]
    after = _CLAUSE_END_RE.split(text[end:], maxsplit=1)[0]
    return before, after


def describes_process(text: str, start: int, end: int) -> str | None:
    """The signal that the decision verb at text[start:end] describes a process, not an act, or None: 'alternatives'
    (the verb coordinated with its opposite), 'habitual' (a present tense with an adverb of how often)."""
    before, after = _clause(text, start, end)
    window = before[-40:] + text[start:end] + after[:40]
    for m in ALTERNATIVES_RE.finditer(window):
        if m.start() <= len(before[-40:]) < m.end() or m.start() <= len(before[-40:]) + (end - start) <= m.end():
            return "alternatives"
    if PRESENT_RE.search(before[-40:]) and HABITUAL_RE.search(before + " " + after):
        return "habitual"
    return None
