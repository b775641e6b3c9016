"""Work the minutes set in the passive, with no one named as its subject, scored on several
signals, for the sentences no exact shape in `actions.py` claims.

Parish and board minutes record errands as the thing to be done: 'Footpath from School Lane to
Wretton is overgrown again - to be reported', 'Mrs D Robinson ... - the letter to be forwarded to
Highways' (Stoke Ferry), 'End of year accounts will be passed to the Internal Auditor', 'The
planning case officer will be asked for more information' (Wretton), 'This process will now be
shared with UNISON to request feedback' (Suffolk Libraries), 'Correspondence folder: would be
restarted by HR' (Wereham), 'Resolved: 1) That Ivy between chip shop and offices be investigated'
(Stoke Ferry). A clause is read for: how it says the work is still to come (`FORMS`: 'to be' most
surely, 'will/would be' less, a resolution's bare 'be'), whether the participle is an errand
(reported, forwarded, asked) rather than a state or the decision itself (held, approved), and
where the work goes (to Highways, with UNISON, by HR, at the next meeting). A clause that is
hedged, or someone's report of what another will do, is no task."""

from __future__ import annotations

import re

from . import actions as act
from .forecast_errands import own_errand
from .hedges import HEDGE_RE, said_that, standing

# how the clause says the work is still to be done, and how surely that is a task and not a forecast
FORMS = [
    (r"(?:is|are)\s+to\s+be|to\s+be", 1.0),
    (r"will\s+(?:now\s+|also\s+|then\s+)?be", 0.8),
    (r"shall\s+be", 0.3),  # standing rules' wording more often than a task's ('... shall be placed on file')
    (r"would\s+(?:now\s+|also\s+|then\s+)?be", 0.8),
    # ('It was agreed that children should be placed as close to home as possible', Kent: a policy)
    (r"should\s+(?:now\s+|also\s+)?be", 0.3),
    (r"be|is|are", 0.0),  # a resolution's subjunctive only: `_form` weighs it
]
# errands: asking, telling, passing on, looking into, arranging. Not what a meeting does as it decides (approved,
# agreed, accepted, noted), nor events and states (held, closed, used)
ERRANDS = ("(?!made\\b)(?:" + act.TASK_PARTICIPLES + r")|forwarded|passed(?:\s+on)?|emailed(?:\s+round)?|e-mailed|restarted|asked|supplied|"
           r"chased|raised|highlighted|copied|logged|filed|publici[sz]ed|advertised|posted|returned|"
           r"brought\s+to\s+the\s+attention\s+of")
# what 'will/would be' sets as the meeting's errand: passing word on, asking, looking into. Its works and papers ('will be
# presented to cabinet later this year', 'Training will be delivered in December', 'A leaflet ... would be produced',
# Kent and a community safety board) forecast what officers or others will do
PASSED_ON = (r"forwarded|passed(?:\s+on)?|emailed(?:\s+round)?|e-mailed|asked|shared|sent(?:\s+out)?|reported(?:\s+back)?|"
             r"written|contacted|chased(?:\s+up)?|raised|informed|notified|requested|referred|added|placed\s+on|put\s+on|"
             r"brought\s+to\s+the\s+attention\s+of|copied|invited|approached|investigated|looked\s+into|followed\s+up|"
             r"checked|monitored|logged|explored")
# a resolution's own change, made as it is resolved ('That the regulations for the Cemetery be amended to show ...')
MADE_AS_RESOLVED = r"considered|amended|revised|made|adopted|updated(?=\s+(?:to|as)\b)"
CLAUSE_RE = re.compile(
    rf"\b(?P<form>{'|'.join(f'(?:{form})' for form, _ in FORMS)})\s+(?P<participle>{ERRANDS}|(?!(?:signed|held|noted|received|taken)\b)\w+ed(?=\s+at\s+(?:the\s+)?next\b))\b"
    r"(?P<rest>[^.;]*)", re.I)
# where the clause opens: a sentence's start, a dash, a colon, a bullet, 'that' or 'which'
OPENING_RE = re.compile(r"(?:^|[:;•–—\uf0b7\uf0a7▪●◦]|\s-|\bthat\b|\bwhich\b|\band\b|,)\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?", re.I)
# (for: only what is asked for, 'will be asked for advice'; 'Approval of papers to be sent for EGM' names an occasion)
TARGET_RE = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:to|with|at|on\s+to|onto)\s+(?:the\s+)?(?:next\b|[A-Z]|\w+\s+[A-Z]|"
                       r"(?:relevant|appropriate|local|county|borough|parish|internal|external)\b|all\b|members\b|councillors\b)")
# word passed on goes to whoever it names ('forwarded to the owners', 'sent to her'), what is asked for is the errand's
PASSED_TO_RE = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:to|with|for)\s+\w")
BY_RE = re.compile(r"(?i)^\s*(?:\w+\s+){0,3}?by\s+(?!the\s+next\b|\d|(?:end|mid|early|late)\b|(?:jan|feb|mar|apr|may|jun|jul|"
                   r"aug|sep|oct|nov|dec)[a-z]*\b)")
PURPOSE_RE = re.compile(r"(?i)\b(?:that|so|which|who|in\s+order|with\s+the\s+(?:intention|aim|view))\b")
# an earlier meeting's action log, its rows run together with their status ('Memorial plaque incorrectly spelled to be
# In-hand changed', 'NO to deal with the wasps nest in the playground NO Completed', Souldern): news of old tasks
LOG_ROW_RE = re.compile(r"(?i)\b(?:completed|in[\s-]hand|on[\s-]?going)\b|\s\|\s")
AGREED_RE = re.compile(r"(?i)\b(?:agreed|resolved|decided)\s+(?:unanimously\s+)?that\s*$|^\W*(?:further\s+)?"
                       r"(?:resolved|agreed|decided)\b")
# words a subject of a clause holds when it is itself a clause: 'The Clerk had advised the Youth Club ...'
# ('... on Highways list of jobs to be carried out': a list's description, not a clause; 'any works should be scheduled';
# 'Fiona Taylor requested for this to be reviewed': someone's request, a verb before the 'to be'); or that is anything or
# nothing, a rule or a forecast and no errand ('any works should be scheduled', 'No more materials will be ordered')
FINITE_RE = re.compile(r"(?i)\b(?:is|was|were|has|had|have|are|been|did|does|do|said|says|it|there|they|he|she|we|you|"
                       r"i|this\s+meeting|who|any|every|each|no|none|following|will|would|should|shall|must|can)\b|"
                       r"(?-i:^\s*[a-z]+ed\b|\b(?:[A-Z][\w'’]*|members|councillors)\s+(?:had\s+|has\s+)?[a-z]+ed\b)|^\s*(?:on|of|in|for|from|with|at(?!\s+least)|about|as)\b")
# the forms other rules read, or states: 'would need to be undertaken' (NEEDS_DOING_RE's), 'continues to be shared',
# 'will be requested to pass a resolution' (someone asked to act: ASKED_RE's)
NOT_THIS_RE = re.compile(r"(?i)\b(?:need(?:s|ed)?|continu(?:e|es|ed|ing)|going|have|has|had|used|likely|due)\s+$")
THRESHOLD = 2.0
WEIGHTS = {"form": 1.0, "errand": 1.0, "target": 0.5, "agreed": 0.5, "owner": 0.5, "own_errand": 0.5, "other_agent": -0.5}


def _form(form: str, resolution: bool) -> float:
    words = " ".join(form.lower().split())
    weight = next(w for pattern, w in FORMS if re.fullmatch(pattern, words))
    if words in ("be", "is", "are"):
        return 1.0 if resolution else 0.0  # 'That Ivy ... be investigated': a resolution's subjunctive
    if resolution and words.startswith("should"):
        # what a meeting agrees should be done is its instruction: 'agreed that at least three quotes should be obtained'
        # (Northwold), 'agreed that media training for the Board should be arranged' (Suffolk Libraries)
        return 0.8
    return weight


BULLET_RE = re.compile(r"[•\uf0b7\uf0a7▪●◦]")


def _bulleted_item(sentence: str, start: int, end: int) -> str:
    """The task's words: the sentence, or, where a list's bullets ran into one sentence, the item it is in
    ('Amended and agreed Terms of Reference \uf0b7 Amendments to Financial Regulations to be agreed at next
    meeting \uf0b7 Petty cash ...', Suffolk Libraries), so that a later paper's news of it is read against its words."""
    before = [b.end() for b in BULLET_RE.finditer(sentence, 0, start)]
    after = BULLET_RE.search(sentence, end)
    item = sentence[before[-1] if before else 0:after.start() if after else len(sentence)].strip()
    return item if before or after else sentence.strip()


# a contrast opens a clause the doubt before it does not reach: 'Cllr Crisp commented that planning permission was not
# likely to be granted for that, but the idea would be explored as part of the Parish Wish List' (Northwold)
CONTRAST_RE = re.compile(r"(?i)[,;]\s+but\s+")


def _own_clause(before: str) -> str:
    """The words before a clause that can hedge it: those after the last ', but' when there is one."""
    cut = [m.end() for m in CONTRAST_RE.finditer(before)]
    return before[cut[-1]:] if cut else before


def _last_opening(before: str) -> re.Match | None:
    return next(reversed([m for m in OPENING_RE.finditer(before) if m.end() > m.start() or m.start() == 0]), None)


# a clause that goes on from what was done to what is still to do, with one subject for both: 'The draft letter which had
# been submitted to parish councillors was approved and will now be sent' (Stoke Ferry), 'This was agreed and will be sent
# out to members this week', 'The Community Contribution has been discussed and will be presented at the Community Group
# Meeting' (Suffolk Libraries): the errand's subject is the first verb's
DONE_THEN_RE = re.compile(r"^\s*(?P<subject>\S.*?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                          r"[a-z]+(?:ed|en|wn|t)\s*$")


def _shared_subject(before: str, opening: re.Match) -> str:
    """The subject of the clause before an 'and' that opens this one with none of its own (DONE_THEN_RE); '' otherwise."""
    if opening.group(0).strip().lower() != "and" or before[opening.end():].strip():
        return ""
    clause = re.split(r"[:;•–—]|\s-\s", before[:opening.start()])[-1]
    m = DONE_THEN_RE.match(clause)
    # (its head only: a relative clause in it, 'which had been submitted to parish councillors', is no verb of this one)
    return re.split(r"(?i)\s+(?:which|that|who)\b", m.group("subject"))[0] if m else ""


# a member's request, minuted as what is to be done: 'KG requested that the subject of the Allotments is added to the next
# agenda' (West Dereham), 'CO asked that the position regarding the responsibility for asbestos management is checked
# with Birketts' (Suffolk Libraries), 'AG requested that comments be submitted by the LPC' (North of Tyne LPC). Read as a
# resolution's 'that' is (its bare 'be' or 'is' sets the work) when the one asking is a person or post of the paper: another
# body's request ('the Environment Agency had requested that the fire piles be lowered') is its own business
REQUESTED_THAT_RE = re.compile(r"(?:^|[.;:•–—]\s*|,\s*|\band\s+)(?P<who>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})\s+"
                               r"(?:asked|requested)\s+that\s*$")


def _member_requested(before: str, registry) -> bool:
    m = REQUESTED_THAT_RE.search(before[-120:])
    if not m:
        return False
    return bool(act._person_like(m.group("who"), registry))


def candidates(sentence: str, registry) -> list[tuple[dict[str, float], list[tuple[str, str]], str]]:
    """(signals, owners, its words) for each passive clause of the sentence that could set work."""
    out = []
    for m in CLAUSE_RE.finditer(sentence):
        before = sentence[:m.start()]
        opening = _last_opening(before)
        subject = before[opening.end():] if opening else before
        shared = _shared_subject(before, opening) if opening else ""
        subject = shared or subject
        # (a hedge in what the clause goes on to say of another matter is not this task's: 'End of year accounts will be
        # passed to the Internal Auditor with the intention that the accounts can be accepted', Wretton)
        own = PURPOSE_RE.split(m.group(0))[0]
        if len(subject.split()) > 8 or FINITE_RE.search(subject) or HEDGE_RE.search(_own_clause(before[-80:]) + own) or \
                NOT_THIS_RE.search(before) or re.match(r"\s+to\s+[a-z]", m.group("rest")) and \
                m.group("participle").lower() in ("asked", "requested", "invited"):
            continue
        reported = opening is not None and opening.group(0).strip().lower() == "that" and \
            said_that(before[:opening.end()])
        if reported and not AGREED_RE.search(before[:opening.end()]):
            continue  # 'The Clerk advised that these notes would be circulated': her report, not the meeting's task
        resolution = bool(AGREED_RE.search(before[:opening.end()] if opening else "")) or bool(act.DECISION_OPENING_RE.match(sentence)) \
            or bool(opening) and _member_requested(before[:opening.end()], registry)
        words = " ".join(m.group("participle").lower().split())
        if resolution and m.group("form").lower() in ("be", "is", "are") and re.fullmatch(MADE_AS_RESOLVED, words):
            continue
        rest = m.group("rest")
        owners = act._by_agent(rest, registry)
        passed_on = bool(re.fullmatch(PASSED_ON, words))
        form = " ".join(m.group("form").lower().split())
        # (a resolution's 'will be provided' may be how it is paid for: 'Agreed that refreshments will be provided from
        # Friends funds', Friends of Halesworth Library; where the errand goes makes it one)
        forecast = form.startswith(("w", "is ", "are ")) and not (passed_on or owners or resolution and TARGET_RE.match(rest))
        other_doer = bool(BY_RE.match(rest)) and not owners
        # ('Another 2 quotes will be obtained', 'The Borough Council will be approached': an errand set, its doer implied)
        # (not a relative clause's: 'requests in which event the item in question will be considered separately')
        joined = opening.group(0).strip(" ,").lower() if opening else ""
        errand_set = form.startswith("w") and not owners and joined != "which" and own_errand(subject, words, rest, other_doer)
        if forecast and not errand_set or \
                form == "to be" and opening is not None and re.fullmatch(r"(?i)\s*(?:and|,)\s*", opening.group(0)):
            # 'A Park and Ride site for 700 cars is to be developed' is news; 'the quotation ... for the commission of a
            # Goalpost and Basketball hoop to be installed' describes what is approved: minute style opens its clause
            continue
        if form.startswith("should") and standing(rest):
            continue  # 'agreed that children should be placed as close to home as possible' (Kent): how things are to be
        if re.match(r"(?i)\s*(?:is|are|was|were|include|includes|relates?|remains?|has|have)\b", rest):
            continue  # 'Matters to be raised relate to recruitment': the clause's verb comes after, the rest describes
        signals = {"form": _form(m.group("form"), resolution), "errand": 1.0,
                   "target": 1.0 if TARGET_RE.match(rest) or passed_on and PASSED_TO_RE.match(rest) else 0.0,
                   "agreed": 1.0 if resolution else 0.0, "owner": 1.0 if owners else 0.0,
                   "own_errand": 1.0 if errand_set else 0.0, "other_agent": 1.0 if other_doer else 0.0}
        out.append((signals, owners, _bulleted_item(sentence, m.start(), m.end("participle"))))
    return out


def score(signals: dict[str, float]) -> float:
    if not signals.get("form"):
        return 0.0
    return sum(WEIGHTS[name] * value for name, value in signals.items())


def scored(sentence: str, registry, page: int, index: int) -> list[act.ActionFact]:
    """The sentence as an action when one of its passive clauses scores over the threshold."""
    if " be " not in f" {sentence} " and " is " not in sentence and " are " not in sentence or LOG_ROW_RE.search(sentence):
        return []
    best = max(candidates(sentence, registry), key=lambda c: score(c[0]), default=None)
    if best is None or score(best[0]) < THRESHOLD:
        return []
    return [act.ActionFact(text=sentence, description=best[2], owners=best[1], page=page, block=index,
                           rule="implicit-future-passive")]
