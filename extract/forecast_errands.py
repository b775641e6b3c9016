"""A 'will be done' with no doer named, read as the meeting's own errand when what is to be done is
the kind of work a meeting hands out after it: getting quotes or permission, ordering, contacting,
approaching, sending, publishing, arranging, inspecting or reviewing.

Minutes set such work in the future passive without naming who ('Another 2 quotes will be
obtained', Souldern; 'A bin will be ordered', 'The Borough Council will be approached', Wretton;
'Further quotes will be sought', Northwold; 'An induction process will be arranged for the two new
Directors', Suffolk Libraries). The same form forecasts other people's works and standing
arrangements: 'The big swing and the chain bridge will be replaced at the end of July', 'This work
... will be carried out by a civil engineering contractor', 'Both of these policies will be reviewed
annually', 'Other patients will be contacted as vaccine arrives', 'Any gaps in a row of dwellings
would be considered'. So the reading weighs the deed (an errand, not a physical work: works are a
contractor's), the subject (a thing or a party to approach) and the
clause (not how the thing will be, not a schedule of work going on elsewhere, no one else named as
its doer). 'Provided' is left out: what 'will be provided' is mostly the occasion's fare or cover
('Light refreshments will be provided', 'Liability insurance would be provided for this', 'Training
will be provided for members in: ...'), rarely a paper someone is to write."""

from __future__ import annotations

import re

from .hedges import standing

# the errands a meeting itself hands out: asking for, getting, telling, arranging, looking at
ERRAND_RE = re.compile(
    r"(?i)(?:sought|obtained|ordered|purchased|requested|booked|contacted|approached|sent|published|posted|"
    r"circulated|arranged|supplied|drawn\s+up|prepared|presented|inspected|checked|investigated|"
    r"looked\s+into|reviewed|considered|explored)")
# a time of year, a month or a date: a schedule of work going on elsewhere, not an errand the meeting hands out ('the final
# strategy would be published in the summer', 'will be presented to each of the CSP sub-groups between the 11th of November
# 2022 and ...', 'this will be sent out in June 2016'); a meeting named as its time is the meeting's own ('will be
# considered at the June Parish Council meeting')
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
SCHEDULE_RE = re.compile(
    rf"(?i)\b(?:in|during|from|between|until|over|through)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?\s*|coming\s+|next\s+)?"
    rf"(?:{MONTH}\b|spring|summer|autumn|winter|new\s+year|\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b)|"
    r"\b(?:this|next|later\s+this)\s+(?:year|month|spring|summer|autumn|winter)\b|\b(?:shortly|in\s+due\s+course|near\s+future)\b")
# where the clause's own words end: the next clause has its own time ('... will be arranged for the two new Directors and
# they will be invited to all Committee and Board meetings prior to the AGM in September')
CLAUSE_END_RE = re.compile(r",|\s(?:and|but)\s+(?:they|it|he|she|this|these|there)\b")


def own_errand(subject: str, participle: str, rest: str, other_doer: bool) -> bool:
    """Whether a 'will/would be <participle>' clause with no doer of the paper named is an errand the
    meeting sets: an errand's deed, a bounded subject, no standing manner, and no one else named as
    its doer (`other_doer`: 'will be carried out by the CDP')."""
    subject = subject.strip()
    if not subject or not ERRAND_RE.fullmatch(" ".join(participle.split())):
        return False
    # (how the thing will be, or how things are done from now on: 'Inspections ... would be presented as four grades';
    # a subject that is anyone or no one, 'Any gaps ...', 'No more materials will be ordered', is refused before this, by
    # task_passives.FINITE_RE)
    if standing(rest) or SCHEDULE_RE.search(CLAUSE_END_RE.split(rest, 1)[0]):
        return False
    return not other_doer
