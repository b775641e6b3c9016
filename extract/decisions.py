"""Decisions: RESOLVED blocks (with their numbered parts), agreed / approved / endorsed /
noted / deferred / rejected sentences, recommendations put to the meeting, and motions with
mover, seconder and the count for, against and abstaining where stated (a passage's sentences read in order,
an outcome completing the one before it: passage_decisions)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .assent import is_assent, says_assented
from .decision_cues import cue_holds
from .decision_owner import names_other_body
from .decision_tense import agent_name, present_perfect, without_auxiliary
from .decision_process import describes_process
from .decision_time import dated_before, told_earlier
from .literal_gate import Gated, fold
from .movers import moved_and_seconded
from .own_body import agent_is_own_body, names_own_body
from .planning_response import is_response
from .requirement import names_a_requirement
from .shared_view import states_a_view
from .vote_subject import lacks_subject
from .vote_records import VOTE_PART_RE, result_tally, side_counts, vote_side
from .welsh_decisions import welsh_decision_kind, welsh_moved_and_seconded

RESOLVED_RE = re.compile(
    r"(?i)^\W{0,3}(?:\(?[0-9a-z]{1,3}[.)]\s+)?(?:it\s+was\s+)?(?:resolved|decision|decided|agreed)\b\s*(?:[:\-–]|that\b|\d)")
DECISION_HEADING_RE = re.compile(r"(?i)^\s*(?:decisions?|resolved|resolutions?|agreed|decisions and resolutions)\s*:?\s*$")
PUT_TO_MEETING_RE = Gated(re.compile(
    r"(?i)\b(?:is|are|was|were)\s+(?:asked|invited|recommended|requested)\s+to\s*:?\s*$|\b(?:resolved|resolves|agreed|agrees?|decided)\s+"
    r"(?:to|that)\s*:?\s*$|recommendations?\s*:?\s*$"), "asked", "invited", "recommend", "requested", "resolve", "agree", "decided")
CUE_RE = Gated(re.compile(
    r"(?i)\b(?P<verb>agreed|agree|approved|approve|endorsed|endorse|noted|deferred|defer|rejected|reject|adopted|adopt|"
    r"resolved|ratified|carried|accepted|confirmed|elected|appointed|decided|declined|refused|concurred|chose|"
    r"withdrawn|postponed?|continued?|concluded|moved|seconded|re-established|established|set up|signed)\b"
), "agree", "approve", "endorse", "noted", "defer", "reject", "adopt", "resolved", "ratified", "carried", "accepted",
    "confirmed", "elected", "appointed", "decided", "declined", "refused", "concurred", "chose", "withdrawn", "postpone",
    "continue", "concluded", "moved", "seconded", "established", "set up", "signed")
KINDS = {
    "agree": "agreed", "agreed": "agreed", "approve": "approved", "approved": "approved", "endorse": "endorsed",
    "endorsed": "endorsed", "noted": "noted", "defer": "deferred", "deferred": "deferred", "postpone": "deferred",
    "postponed": "deferred", "continue": "deferred", "continued": "deferred", "reject": "rejected", "rejected": "rejected",
    "declined": "rejected", "refused": "rejected", "withdrawn": "rejected", "adopt": "approved", "adopted": "approved",
    "resolved": "resolved", "ratified": "approved", "carried": "approved", "accepted": "approved",
    "confirmed": "approved", "elected": "appointed", "appointed": "appointed", "decided": "agreed", "concurred": "agreed",
    "chose": "agreed", "concluded": "agreed", "moved": "motion", "seconded": "motion",
    "re-established": "agreed", "established": "agreed", "set up": "agreed", "signed": "approved",
}
NOT_A_DECISION_RE = Gated(re.compile(
    r"(?i)\b(?:agreed to (?:be|have been) (?:a|an)|if agreed|to be agreed|not yet agreed|awaiting approval|"
    r"(?:is|are|was|were) (?:being )?(?:asked|invited|recommended) to|will be (?:asked|invited)|subject to approval|"
    # a state, not an act: 'stated clearly on them that they had not been approved by full council' (Stoke Ferry)
    r"(?:has|have|had) not (?:yet )?been (?:approved|adopted|accepted|endorsed|agreed|confirmed|decided|ratified)|"
    # a condition, not an outcome: 'Our expectation is that if approved, this will become operational in July'
    r"(?:if|once|when|until|unless)\s+(?:it\s+is\s+|they\s+are\s+|this\s+is\s+)?(?:approved|adopted|accepted|endorsed|agreed)|"
    # the same condition with its subject: 'as long as the correct insurances were confirmed this would be ...'
    r"(?:as\s+long\s+as|provided\s+that|providing\s+that|on\s+condition\s+that)\s+[^.;,]{0,60}?\b(?:is|are|was|were|be)\s+"
    r"(?:approved|adopted|accepted|endorsed|agreed|confirmed))\b"
), "agreed", "approval", "asked", "invited", "recommended", "approved", "adopted", "accepted", "endorsed",
    "confirmed")
MOVED_SECONDED_RE = Gated(re.compile(
    r"(?i)(?P<mover>[A-Z][\w.’'\- ]{1,40}?)\s*\(\s*(?:motion|moved)\s*\),?\s*(?P<seconder>[A-Z][\w.’'\- ]{1,40}?)\s*\(\s*second(?:ed)?\s*\)"
    r"|(?:councilmember|councillor|cllr\.?|commissioner|mayor)?\s*(?P<mover2>[A-Z][\w’'\-]+)\s+moved,?\s+seconded\s+by\s+(?:councilmember|councillor|cllr\.?|commissioner|mayor)?\s*(?P<seconder2>[A-Z][\w’'\-]+)"
    r"|proposed\s+by\s+(?P<mover3>[A-Z][\w.’'\- ]{1,40}?)\s*(?:and|,)\s*seconded\s+by\s+(?P<seconder3>[A-Z][\w.’'\- ]{1,40}?)"
    r"(?=[,;]|(?<!\bCllr)(?<!\bMrs)(?<!\bMr)(?<!\bDr)(?<!\bMs)(?<!\b[A-Z])\.|\s+(?:that|to)\b|\s+and\s+(?-i:(?![A-Z])))"
    r"|(?P<mover4>\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?:[A-Z][\w.]*\s+){0,2}[A-Z][a-z]+|\b[A-Z]{2,4}|[A-Z][a-z]+)"
    r"\s+proposed,?\s+and\s+(?P<seconder4>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?:[A-Z][\w.]*\s+){0,2}[A-Z][a-z]+|[A-Z]{2,4}|[A-Z][a-z]+)\s+seconded"
), "second")


@dataclass
class DecisionFact:
    text: str
    kind: str
    page: int
    block: int
    rule: str
    mover: str | None = None
    seconder: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    # the sentences before a decision that names what it decides only by pointing back ('The Board agreed to adopt this
    # policy.'): stored with it, but not weighed as its words (a proposal or a question before it is not its source)
    carried: str | None = None

    def mover_and_seconder(self) -> tuple[str | None, str | None]:
        return self.mover, self.seconder


# a motion whose own sentence says how it went: 'proposed by Cllr. D. Jenkins, seconded by Cllr. H. Gwynne and unanimously
# agreed, that ...' (Manordeilo & Salem), '... seconded that the minutes were a true record, and this was confirmed by all
# present' (Blaen-Cwm); the outcome stands in the attribution (before its 'that') or closes the sentence, never inside
# what was moved ('seconded that the minutes be approved')
MOTION_OUTCOME_RE = re.compile(
    r"(?i)\bseconded\b(?:(?!\b(?:that|to)\b)[^;])*?\band\s+(?:was\s+)?(?:\w+ly\s+|all\s+|nem\.?\s*con\.?\s+)?"
    r"(?P<verb>agreed|carried|approved|resolved|lost|defeated)\b"
    r"|(?:\b(?:and\s+)?(?:this|it)\s+was\s+|[,;]\s*(?:and\s+)?)(?:\w+ly\s+)?(?P<verb2>confirmed|agreed|approved|carried|lost|defeated)"
    r"(?:\s+by\s+all(?:\s+present)?|\s+unanimously|\s+nem\.?\s*con\.?)?\W*$")


def motion_outcome(text: str) -> str | None:
    """The kind a motion's own sentence gives it when it states the outcome: agreed or rejected."""
    m = MOTION_OUTCOME_RE.search(text)
    if not m:
        return None
    return "rejected" if (m.group("verb") or m.group("verb2")).lower() in ("lost", "defeated") else "agreed"


def kind_of(text: str) -> str:
    m = CUE_RE.search(text)
    kind = KINDS.get(m.group("verb").lower(), "agreed") if m else "resolved"
    return (motion_outcome(text) or kind) if kind == "motion" else kind


# a proposal minuted as lost: 'Amendment lost.', 'Motion lost.' (Kent), 'MOTION FAILED.' (Des Moines)
LOST_RE = re.compile(r"(?i)\b(?:amendment|motion|proposal|recommendation)s?\s+(?:was\s+)?(?:\w+ly\s+)?(?:lost|defeated|failed|fell|"
                     r"not\s+carried|rejected)\b")


def outcome_kind(outcome: str) -> str:
    """The kind a bare outcome gives the proposal before it: 'MOTION FAILED.' (Des Moines), 'Amendment lost.' (Kent)
    rejects what was moved, as a vote block's 'RESULT: FAILED' does."""
    return "rejected" if LOST_RE.search(outcome) else kind_of(outcome)


# a cue inside a condition is no decision: '... once the Project Manager has been appointed' (Suffolk Libraries),
# '... until the extension is approved' (Gardena), 'If an item is approved in that manner' (San Diego)
CONDITION_RE = re.compile(r"(?i)\b(?:if|once|when|until|unless)\s+[^.;,:]{0,60}?\b(?:is|are|has\s+been|have\s+been|had\s+been|be)\s+"
                          r"(?:\w+ly\s+)?(?:approved|adopted|accepted|endorsed|agreed|confirmed|appointed|elected|ratified|decided)\b")
_CONDITION_WORD_RE = re.compile(r"(?i)\b(?:if|once|when|until|unless)\b")
# nor is a cue in what may be done: 'the General Counsel advised that the drafting ... could incorporate the points raised
# and be agreed by the Leader outside of the meeting' (Kent); a decision verb outside it still holds: 'It was resolved
# that in the future Playing Field bookings can be agreed via email.' (Wereham)
MAY_BE_RE = re.compile(r"(?i)\b(?:could|would|should|may|might|will|can|must)\s+(?:[a-z'’\-]+\s+){0,8}?be\s+(?:\w+ly\s+)?"
                       r"(?:approved|adopted|accepted|endorsed|agreed|confirmed|decided|ratified)\b")
_GLUED_VERB_RE = re.compile(r"(?<=\d)(?=[A-Z][a-z])")
_A_DIGIT_RE = re.compile(r"\d")


# a decision the meeting refused, its verb negated: 'Norfolk Accident Rescue Service requesting a donation - not agreed'
# (Stoke Ferry), 'The payment to NALC was not approved.' (West Dereham); not a state ('had not been approved')
REFUSED_RE = re.compile(r"(?i)(?:\s[-–:]|\b(?:was|were))\s+not\s+(?:\w+ly\s+)?$")


def from_sentence(sentence: str, page: int, block: int) -> DecisionFact | None:
    text = sentence.strip()
    if len(text) < 12 or NOT_A_DECISION_RE.search(text):
        return None
    # '9.6Agreed to display': a number glued to the verb (the look-behind tried at every place: only with a digit)
    probe = _GLUED_VERB_RE.sub(" ", text) if _A_DIGIT_RE.search(text) else text
    tried = set()  # each verb judged once: a sentence of 10,000 "moved" searched itself 10,000 times
    not_acts = None  # read at the first cue: most sentences have none, and these two patterns cost more than the cue's
    for m in CUE_RE.finditer(probe):
        verb = m.group("verb").lower()
        if not_acts is None:
            not_acts = [c.span() for c in CONDITION_RE.finditer(probe)] if _CONDITION_WORD_RE.search(probe) else []
            not_acts += [c.span() for c in MAY_BE_RE.finditer(probe)]
        if any(a <= m.start() < b for a, b in not_acts):
            continue  # 'once the Project Manager has been appointed': the condition of something else, not an act
        if verb in tried:
            continue
        tried.add(verb)
        if cue_holds(verb, text):
            kind = KINDS.get(verb, "agreed")
            if REFUSED_RE.search(probe[max(0, m.start() - 12):m.start()]) and kind in ("agreed", "approved"):
                kind = "rejected"
            elif kind == "motion":
                kind = motion_outcome(text) or kind
            return DecisionFact(text=text, kind=kind, page=page, block=block, rule="sentence")
    if is_response(text) or says_assented(text):  # 'No objections raised.', 'All were in agreement for the £25 to be paid'
        return DecisionFact(text=text, kind="agreed", page=page, block=block, rule="sentence")
    if welsh := welsh_decision_kind(text):  # 'Cytunwyd y dylid ...' (it was agreed that ...): Welsh minutes
        return DecisionFact(text=text, kind=welsh, page=page, block=block, rule="sentence")
    return None


def _shouted(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 20 and sum(c.isupper() for c in letters) > 0.9 * len(letters)


def with_motion(fact: DecisionFact) -> DecisionFact:
    m = MOVED_SECONDED_RE.search(fact.text)
    if m:
        fact.mover = next(g for g in (m.group("mover"), m.group("mover2"), m.group("mover3"), m.group("mover4")) if g).strip()
        fact.seconder = next(g for g in (m.group("seconder"), m.group("seconder2"), m.group("seconder3"), m.group("seconder4")) if g).strip()
    else:  # the other shapes minutes print them in: 'Prop. GK, 2nd JH', 'Proposed: X; seconded: Y', 'Moved by X to adopt'
        fact.mover, fact.seconder = moved_and_seconded(fact.text)
        if fact.mover is None:  # 'Cynigiwyd gan y Cyng. P. Harries, eiliwyd gan y Cyng. J. Davies' (Welsh minutes)
            fact.mover, fact.seconder = welsh_moved_and_seconded(fact.text)
    counts = side_counts(fact.text) or result_tally(fact.text)
    if counts:
        fact.votes_for, fact.votes_against, fact.votes_abstain = counts.get("for"), counts.get("against"), counts.get("abstain")
    return fact


def vote_block(lines: list[str], page: int, block: int, item_title: str | None) -> DecisionFact | None:
    """RESULT / MOTION BY / SECOND / AYES / NAYS / ABSTAIN / ABSENT blocks of US minutes."""
    result = mover = seconder = None
    counts: dict[str, int] = {}
    for line in lines:
        m = VOTE_PART_RE.match(line)
        if not m:
            continue
        label, rest = m.group("label").upper(), m.group("rest").strip()
        if label == "RESULT":
            result = rest or result
        elif label.startswith(("MOTION", "MOVE")):
            mover = rest or mover
        elif label.startswith("SECOND"):
            seconder = rest or seconder
        elif key := vote_side(label):
            names = [n for n in re.split(r",|\band\b", rest) if n.strip() and n.strip().lower() not in ("none", "n/a")]
            counts[key] = int(m.group("n")) if m.group("n") else len(names)
    if not result and not mover:
        return None
    counts = {**result_tally(result or ""), **counts}  # 'RESULT: FAILED [4-2-1-1]'; where both are printed the roll counts
    text = " ".join(p for p in (result, f"({item_title})" if item_title else None) if p) or f"Motion by {mover}"
    kind = "rejected" if result and re.search(r"(?i)fail|defeat|reject|denied|lost", result) else kind_of(result or "approved")
    return DecisionFact(text=text, kind=kind if kind != "resolved" else "approved", page=page, block=block, rule="vote-block",
                        mover=mover, seconder=seconder, votes_for=counts.get("for"), votes_against=counts.get("against"),
                        votes_abstain=counts.get("abstain"))


# --- whose decision is it? -------------------------------------------------------------------
# A candidate is scored on several signals instead of matched against one more exact pattern:
# the rule that found it (RESOLVED blocks and vote blocks are strong), who the subject is (the
# committee / council / members or an unnamed passive vs a named person or officer), the verb
# form (past simple vs had/have been, infinitive after a modal, an adjective: 'newly appointed'),
# when (an earlier year or 'at its previous meeting'), and where it sits (minutes vs a report,
# an agenda or a recommendation). The meeting's own decisions are source 'meeting'; accounts of
# decisions made elsewhere or earlier are 'reported'; recommendations not yet decided are
# 'proposed'. A speaker agreeing ('X agreed, highlighting that ...') or an observation ('it
# was noted that ...') is no decision at all and is dropped.

BODY_WORDS = (r"council|committee|sub-committee|board|panel|cabinet|meeting|commission|partnership|trustees|members|"
              r"councillors|councilmembers|commissioners|governors|directors|forum|group|lpc|csp|everyone|all|we|it|this|"
              r"that|these|which|nobody|none")
BODY_SUBJECT_RE = re.compile(rf"(?i)\b(?:{BODY_WORDS})\b")
BODY_WORD_SET = set(BODY_WORDS.split("|"))
PERSON_WORDS = {"the", "and", "&", "mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "councilmember", "commissioner",
                "mayor", "vice", "deputy", "chair", "chairman", "chairperson", "clerk", "treasurer", "secretary", "officer",
                "manager", "director", "chief", "head", "leader", "member", "he", "she", "they", "i", "also", "then",
                "kindly", "both", "parish", "town", "city", "county", "executive", "proposer", "seconder", "mover",
                "proposers", "seconders", "movers",
                # one member of the public is a person too: 'The resident agreed.' (Northwold) is no decision of the
                # meeting (not the plural: a residents' association's members are its meeting)
                "resident", "parishioner", "applicant", "landowner", "farmer"}
# the verbs of speech, a fragment of the patterns below (no pattern of its own)
SPEECH = (
    r"\b(?i:said|stated|advised|explained|reported|mentioned|commented|responded|replied|informed|highlighted|"
    r"questioned|asked|suggested|added|felt|believed|thought|indicated|clarified|announced|observed|argued|queried|"
    r"warned|recalled|acknowledged|expressed|spoke|told|confirmed|noted|requested|urged)\b")
# a sentence that opens with its speaker: 'Councilmember Gibson stated the City has ...'
SPEAKER_OPENS_RE = re.compile(r"^(?:\W*[\d.]+\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}" + SPEECH)
# what is said, after its verb: 'stated that', 'asked whether', 'queried if'
SPEECH_THAT_RE = re.compile(SPEECH + r"\s+(?:\w+\s+){0,3}?(?:that|if|whether)\b")
SPEAKER_AGREES_RE = re.compile(r"(?i)^(?:agreed|agree|endorsed|concurred|confirmed)\b\s*(?:with\b|that\b|,|;|\.|$|and\b(?!\s+seconded)|highlighting|"
                               r"there\b|it\b|we\b|the\b(?!\s+(?:minutes|recommendations?|proposal|motion|report|budget|policy)))")
ROLE_TAKING_RE = re.compile(r"(?i)^(?:agreed|accepted)\s+(?:as\s+[\w\s-]{2,30}?\s+)?to\s+(?:join|continue|stand|be|become|act|serve|take\s+on|chair|remain|lead)\b")
IMPERSONAL_OWN_RE = re.compile(r"(?i)\bit\s+was\s+(?:(?:therefore|also|then|subsequently|\w+ly)\s+){0,2}$")
# a participle as an adjective: straight after a preposition ('there were many precedents for postponed elections', Kent;
# 'the delay of adopted plans'), or an article and an adverb ('comprised of a Directly Elected Mayor', Kent's report;
# 'a newly adopted policy' is ADJECTIVAL_RE's)
ATTRIBUTIVE_RE = re.compile(r"(?i)\b(?:for|of|with|without|about|from|into|under|over|against)\s+$|\b(?:a|an|the)\s+[a-z]+ly\s+$")
PERFECT_RE = re.compile(r"(?i)\b(?:had|has|have)\s+(?:not\s+)?(?:\w+ly\s+)?(?:been\s+)?(?:\w+ly\s+)?$")
PRESENT_PASSIVE_RE = re.compile(r"(?i)\b(?:is|are)\s+(?:\w+ly\s+)?(?:\w+\s+and\s+)?$")
# and a second verb after the first: 'need to be reviewed and adopted', 'can be accepted and approved', 'to be amended
# and agreed at next meeting' (what is to come, Souldern, Wretton, Suffolk Libraries)
MODAL_RE = re.compile(r"(?i)\b(?:to|could|would|should|may|might|will|can|must|shall|needs?|needed|likely\s+to|able\s+to|not)\s+"
                      # an adverb of time between: 'These would then be agreed with Board Health & Safety lead' (Suffolk
                      # Libraries), 'will first be approved by', 'should also be adopted'
                      r"(?:(?:\w+ly|then|also|first|still|only|just|soon|again|now)\s+)?"
                      r"(?:be\s+)?(?:\w+ed\s+(?:and|or)\s+)?$")
ADJECTIVAL_RE = re.compile(r"(?i)\b(?:newly|recently|previously|already|pre|once|duly|as|the|a|an|its|their|our|any|new|"
                           r"of|un)\s*-?$|\b(?:the|a|an|its|their|our|any|this)\s+formally\s*$")
# 'formally' makes an adjective only after a determiner ('a formally adopted policy'); after its subject it is the verb's
# manner: 'The Board formally adopted the Strategy document.' (Suffolk Libraries) is the decision
YEAR_RE = re.compile(r"\b(?:in|since|from|during|of)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+)?((?:19|20)\d\d)\b", re.I)
PROPOSAL_RE = Gated(re.compile(
    r"(?i)\b(?:recommends?|recommendation|recommended\s+that|(?:is|are)\s+(?:being\s+)?(?:asked|invited|requested|recommended)\s+to|"
    r"proposed\s+(?:resolution|decision)|for\s+(?:approval|decision|consideration)|be\s+(?:asked|invited)\s+to)\b"), "recommend", "asked", "invited", "requested", "proposed", "approval", "decision", "consideration")
# 'it was noted that ...', and the same with its 'that' left out: 'it was noted the Borough Council has offered small
# grants' (a clause with its own verb follows: what was observed, not a paper the meeting noted)
OBSERVATION_RE = re.compile(r"(?i)\bnoted\s+(?:that|how|the\s+(?:concern|comment|point)s?\b|"
                            r"(?:the\s+|a\s+)?(?:(?!(?:which|that|who|and)\b|\w+ing\b)[\w'’-]+\s+){1,8}"
                            r"(?:has|have|had|is|are|was|were|will|would|could)\s+(?!(?:been\s+)?(?:noted|received|circulated)\b))")
# 'resolved' as sorted out: 'All issues ... have been resolved with Barclays', 'the problem was resolved by speaking to'
SORTED_OUT_RE = re.compile(r"(?i)\b(?:issues?|problems?|queries|query|complaints?|faults?|difficult(?:y|ies)|disputes?|"
                           r"concerns?|errors?|glitch(?:es)?|matters?)\b[^.;]{0,80}?\b(?<!it\s)(?:has|have|had|is|are|was|were)\s+"
                           r"(?:(?:now|not|yet|been|all|since)\s+)*resolved\b(?!\s+(?:to|that)\b)|\bresolved\s+(?:with|satisfactorily|"
                           r"amicably|quickly|successfully|itself|themselves)\b")
# someone other than the meeting taking work on: 'the resident ... had agreed to fund', 'Nick Drew who had agreed to
# provide', 'she and her husband had agreed to cover the cost', 'I agreed to look at': an undertaking, not a decision
# an organisation that agreed to something took a decision of its own, told to this meeting ('SBC has agreed to pay 50%
# of the total cost'): it stays, as reported
ORGANISATION_RE = re.compile(r"\b[A-Z]{3,}\b|(?i:\b(?:council|committee|trust|association|authority|agency|company|"
                             r"department|board|society|club|partnership|group|network|service|government|ministry)\b)")
UNDERTAKES_RE = re.compile(r"(?i)agreed\s+to\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|all|any|each|be)\b)[a-z]+")
OUTCOME_ONLY_RE = re.compile(
    r"(?i)^\W*(?:(?:the\s+|this\s+|that\s+)?(?:motion|proposal|amendment|resolution|recommendation)s?(?:\s+to\s+amend)?(?:,?\s+as\s+amended,?)?\s+"
    r"(?:was\s+)?(?:(?:seconded[\w\s,.'’\-]*?,?\s+)?(?:voted\s+on\s+and\s+)?)?(?:carried|approved|agreed|passed|failed|lost|defeated)|"
    r"(?:after|following)\s+(?:discussion|debate),?\s+the\s+motion\s+(?:was\s+)?(?:carried|passed|approved|failed)|"
    r"(?:this|that|it)\s+was\s+(?:\w+ly\s+)?(?:agreed|approved|carried)|(?:agreed|approved|carried)(?:\s+unanimously|\s+nem\.?\s*con\.?)?|"
    # everyone's vote, then the resolution's number: 'All in favour. Resolved 16/09/6/12.1' (Northwold), 'All in favour.'
    # (Boughton), 'All agreed.' (Wereham); not 'All agreed to co-opt Gail Boughen', which says what
    r"all\s+(?:were\s+)?(?:in\s+favou?r|agreed)(?:\W+resolved\s*:?\s*\d+(?:[/.]\d+)+)?(?=\W*$))"
    # the roll call's tail after the result: 'Motion Carried 5-1 Pass: Hensley.', '4-1-1-1. Nays: McPherson.'
    r"[\w\s,()\-]{0,30}(?:[.;]?\s*(?:nays?|ayes?|noes|pass|absent|abstain(?:ed|ing)?|recused)\s*:\s*[\w\s,.'’\-]{1,60})*\W*$")
# a vote counted in words: 'five agreed, two abstained due to absence', 'seven were in favour and one abstained' (Stoke Ferry)
COUNT_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
# who moved and seconded, and how it went, minuted after the decision it belongs to: 'It was
# proposed by Cllr Daphne Clements, seconded by Cllr Trudy Mann, all agreed,', 'Proposed. Cllr
# Grant Tomkins, Seconded Cllr Sue Lintern, all in favour.', 'Proposer: Cllr J Bruce, 2nd: Cllr D Deighton.', and
# abbreviated: 'Prop. GK, 2nd JH, All agreed.' (Wereham), 'Prop CP, 2nd RC, All agreed.' (Northwold), 'Prop: KD 2nd CR'
# (Souldern)
ATTRIBUTION_RE = Gated(re.compile(
    r"(?i)^\W*(?:(?:it|this|that)\s+was\s+)?(?:proposed|moved|proposer|prop\b)\W{0,3}\s*(?:by\s+)?[\w.'’\- ]{2,50}?,?\s+"
    r"(?:and\s+)?(?:seconded|seconder|2nd)\W{0,3}\s*(?:by\s+)?(?:(?!(?:to|that|for)\b)[\w.'’\-]+\s*){1,6}?"
    r"(?:[,;]\s*(?:all|\d+|unanimously|carried|agreed|motion|with|nem|"
    + COUNT_WORDS + r")[\w\s,()]{0,80})?\W*$"), "second", "2nd")
# a bare result at the end of a vote list or after the chair puts the motion
OUTCOME_END_RE = Gated(re.compile(
    r"(?i)(?:^|[\w,.’']\s+)(?:substantive\s+)?(?:motion|amendment|proposal|resolution)s?\s+(?:was\s+)?(?:carried|lost|defeated|failed|"
    r"approved|agreed|passed)(?:\s+unanimously)?\W*$|\bput\s+the\s+(?:substantive\s+)?(?:motion|amendment|recommendations?)\b.{0,80}"
    r"\b(?:agreed|carried)(?:\s+unanimously)?\W*$"), "motion", "amendment", "proposal", "resolution", "put")
MOTION_IN_RE = Gated(re.compile(r"(?i)\b(?:moved|motion|proposed)\b.{0,100}\bseconded\b"), "seconded")
# a view the meeting shared, not a course it chose: 'it was agreed that this would not be
# achievable', 'agreed it would be helpful to have ...', 'agreed that Lightsource had answered all
# queries', 'agreed that the priorities featured reflect what ...'
OPINION_RE = Gated(re.compile(
    r"(?i)\bagreed,?\s+(?:by\s+[\w\s]{1,40}?\s+)?(?:that\s+)?(?!to\b)(?:(?!(?:and|but|once|when|as|which|who|that|because|if|so|"
    r"while|although|until|after|before|will|would|should|shall|can|could|must|may|might|to|be|is|are|was|were)\b)"
    r"[\w'’\-]+\s+){1,10}?(?:"
    r"(?:would|could|might|may)\s+(?:not\s+)?(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:helpful|useful|beneficial|achievable|possible|"
    r"feasible|sensible|worthwhile|valuable|good|better|best|a\s+good\s+idea|unlikely|likely|difficult|premature|fair|"
    r"appropriate|inappropriate|unrealistic|realistic)\b"
    r"|(?:had|has|have)\s+(?:\w+ly\s+)?(?!to\b|been\s+(?:asked|instructed|delegated|authorised|authorized)\b)"
    r"(?:been\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ne|ht|de)\b"
    r"|(?:reflects?|represents?|remains?|seems?|appears?|demonstrates?|shows?|indicates?)\b)"), "agreed")
# a verdict the meeting shared on something, not a course it chose: 'It was agreed that this was a good suggestion'
# (Stoke Ferry), 'the Board agreed the clarity and layout of the new report structure was an improvement' (Suffolk)
VERDICT_RE = Gated(re.compile(r"(?i)\bagreed,?\s+(?:that\s+)?(?!to\b)[^.;:]{1,100}?\b(?:is|are|was|were)\s+(?:an?\s+)?(?:\w+\s+)?"
                              r"(?:suggestion|idea|improvement|shame|pity|success)\b"), "agreed")
# a decision the paper says another body, or someone outside the meeting, took:
# 'this was agreed by the Safeguarding Children's Partnership', 'had been agreed by the Staffing
# Committee', 'agreed by the Planning Department'
AGREED_BY_RE = Gated(re.compile(
    r"(?i)\b(?:agreed|approved|endorsed|decided|adopted|ratified|accepted|resolved)\s+by\s+(?:the\s+)?"
    r"(?P<who>(?:(?!(?:that|to|for|on|in|at|outside|who|which|and\s+(?:will|would|is|was|are|were))\b)[\w’'&\-]+\s*){1,7})"), "by")
# a motion on the meeting's own conduct is procedure, no decision of substance: that the question be put (the vote
# that follows records the decision; Kent), that the meeting adjourn ('Moved by Vlassis to adjourn at 8:10 P.M.
# Motion Carried 6-1.', 'that the City Council adjourn and convene a Board of Health', Des Moines)
PROCEDURE_RE = Gated(re.compile(r"(?i)\b(?:that\s+the\s+(?:[\w()]+\s+){0,4}?(?:motion|amendment|question|recommendations?)\s+"
                          r"(?:\([\w\s]+\)\s+)?(?:[\w\s]{0,40}?\s)?be\s+(?:now\s+)?put(?:\s+to\s+the\s+vote)?\b|"
                          r"that\s+the\s+question\s+be\s+now\s+put|"
                          r"\b(?:moved|proposed|seconded)\b[^.]{0,60}?\bto\s+adjourn\b(?!\s+(?:the\s+)?(?:item|matter|remainder|"
                          r"debate|discussion|consideration|agenda|application|decision))|"
                          r"\bthat\s+the\s+(?:[\w]+\s+){0,3}?adjourn\s+and\s+(?:re)?convene\b)"), "put", "adjourn")


# a decision verb as a participle after a noun the clause's own verb governs: 'should take a standards approach adopted
# elsewhere' (Welsh Technical Standards Board), 'had much more faith in a group of people elected by the public', 'those
# strategic authorities without a Directly Elected Mayor' (Kent), 'governs the work of auditors appointed to smaller
# authorities' (a parish audit notice): it describes the noun; nobody decided anything at the meeting. A telegraphic
# 'Minutes from Previous Meeting Minutes approved' has no verb before it and stays.
PARTICIPLE_RE = re.compile(
    r"(?i)\b(?:of|for|in|on|with|without|to|from|about|into|over|under|than|take|takes|took|taken|governs?|seek|seeks|sought)\s+"
    r"(?:(?:a|an|the|those|these|its|their|our|any|some|each)\s+)?"
    r"(?:(?!(?:was|were|is|are|be|been|being|has|have|had|and|or|then|also|duly|not|now|subsequently|unanimously|therefore|"
    r"formally|all|it|this|that|they|we)\b)[\w’'-]+\s+){1,3}$")
FINITE_RE = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|will|would|should|could|can|may|might|must|shall|did|does|do|"
                       r"discussed|considered|governs?)\b")
# a relative clause's subject is the noun before its 'who': 'They have also contacted the tenant who agreed to remove the
# fence' (Northwold), 'NC had spoken with Nick Drew who had agreed to provide the work force' (West Dereham's branch): the
# tenant or the man agreed, not the meeting; 'the Council, who agreed to ...' is still the body
RELATIVE_WHO_RE = re.compile(r"(?i)\b(?P<antecedent>(?:the|a|an|our|their|its|his|her)\s+[\w'’-]+(?:\s+[\w'’-]+)?|"
                             r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})),?\s+who\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?$")
# a resolution's own clause, opening its line with 'That' and put in the present: 'That the following payments presented
# are approved:' (Stoke Ferry, under 'Resolved: 1) That the Clerk contact ...'), 'RESOLVED: That Sharon Wareham is
# appointed as Internal Auditor' (West Dereham): what the meeting resolved, not a present-tense account of a process
RESOLUTION_CLAUSE_RE = re.compile(r"^\W{0,3}(?:(?:resolved|agreed)\s*[:\-–]?\s*)?(?:\(?\d{1,2}[.)]\s*)?That\s+(?!is\b|was\b|are\b)"
                                  r"[^.;:]{2,120}$")
# the verb of a relative clause: what the clause tells of a noun ('an application ... which was refused')
RELATIVE_RE = re.compile(r"(?i)\b(?:which|who)\s+(?:(?:had|has|have)\s+been|was|were)\s+(?:\w+ly\s+)?$")


def _participle(head: str) -> bool:
    m = PARTICIPLE_RE.search(head[-70:])
    if not m:
        return False
    noun = re.findall(r"[\w’'-]+", m.group(0))[-1].lower()
    clause = re.split(r"[.;:!?]\s|\|", head)[-1]
    return noun not in BODY_WORD_SET and bool(FINITE_RE.search(clause))


@dataclass
class Verdict:
    source: str | None  # meeting / reported / proposed; None: not a decision at all
    score: float
    signals: list[str]


def is_person_subject(subject: str) -> bool:
    """'Mark Long', 'The Clerk', 'Cllr Daphne Clements also', 'MS', 'AL and SW': names, initials,
    titles and posts only, no common nouns ('AGM menu and venue')."""
    words = re.findall(r"[\w'’.\-]+", subject)
    if not words or len(words) > 7:
        return False
    named = False
    for w in words:
        bare = w.strip(".").lower()
        if bare in PERSON_WORDS:
            named = named or bare not in ("the", "and", "&", "also", "then", "kindly", "both")
        elif w[0].isupper():
            named = True
        else:
            return False
    return named


def _subject_words(text: str, start: int) -> str:
    """The clause before a verb, back to its last full stop or colon: who or what agreed, with the words that
    name it ('... had been reported and the resident of the neighbouring property had')."""
    return re.split(r"[.;:!?]\s|\bthat\b|\bwho\b", text[:start])[-1][-80:]


def subject_before(text: str, start: int) -> str:
    """The words before the decision verb, back to the start of their clause."""
    before = text[:start]
    before = re.split(r"[.;:!?]\s|[;:,]|\bthat\b|\bwhich\b|\bwho\b|\bwhere\b|\bbut\b|\bwhile\b|\bwhen\b|\bso\b|"
                      r"\bsince\b|\bbecause\b|\bafter\b|\bbefore\b|\buntil\b|\bif\b|\balthough\b|\bwhereas\b|"
                      r"\band\s+(?=(?:the|it|this|we|they|he|she|I|all|members|councillors|trustees)\b)", before)[-1]
    # not a passive ('Accounts were presented and accepted for payment': the accounts are no one acting)
    coordinated = re.match(r"(?i)^(.*)\b(?:was|were|is|are|had|has|have)\b(?!\s+\w+ed\s+and\s*$).*\band\s*$", before)
    if coordinated and is_person_subject(re.split(r"\band\b", coordinated.group(1))[-1].strip(" ,–-")):
        before = re.split(r"\band\b", coordinated.group(1))[-1]  # 'Cllr Daphne Clements was reviewing it and agreed to ...
    before = " ".join(before.split()[-6:])
    before = re.sub(r"^\W*(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?|\(?[a-z]{1,4}[.)])\s+", "", before.strip())
    return before.strip(" ,–-")


@dataclass
class _Weighing:
    """One candidate's signals as they are read, and the score they add up to."""
    signals: list[str] = field(default_factory=list)
    score: float = 1.0

    def add(self, name: str, weight: float) -> None:
        self.signals.append(name)
        self.score += weight

    def settled(self, source: str | None, name: str) -> Verdict:
        """A verdict reached before every signal is read: no decision at all, or one put to or told to the meeting."""
        return Verdict(None, 0, [name]) if source is None else Verdict(source, self.score - 2, self.signals + [name])


def judge(text: str, rule: str, kind: str, context: dict) -> Verdict:
    """Weigh the signals of one candidate; context: doc_kind, meeting_role, heading,
    meeting_year, meeting_date, intro (the line a listed decision hangs from)."""
    w = _Weighing()
    strong = rule in ("resolved", "vote-block", "decision-section")
    if strong:
        w.add("resolution", 3)
    marker = bool(re.search(r"\b(?:RESOLVED|AGREED|APPROVED|CARRIED)\b", text))
    # in a line all in capitals the capitals mark no outcome of their own: what is still to come stays so ('THESE ARE
    # DRAFT MINUTES AND WILL BE AGREED AT THE NEXT PARISH COUNCIL MEETING', Stoke Ferry)
    shouted = marker and _shouted(text) and not MOTION_IN_RE.search(text)
    if marker:
        w.add("marker", 1.5)
    if rule in ("put-to-meeting", "recommendation"):
        rule, settled = _listed(text, rule, context.get("intro") or "", w)
        if settled:
            return settled
    settled = _no_decision(text, marker)
    if settled:
        return settled
    agent = AGREED_BY_RE.search(text)
    if agent and not marker and not agent_is_own_body(agent.group("who"), context.get("body")):
        w.add("other-body", -2)
    if rule == "sentence" and not context.get("continued") and INTRODUCES_RE.search(text):
        return w.settled(None, "introduces")  # 'the following was agreed;': the decision is what follows
    motion = bool(MOTION_IN_RE.search(text)) or marker  # the content of a motion or a marked outcome is decided
    if not motion and rule == "sentence" and ends_with_outcome(text):
        motion = True  # 'LH ... requested that Parish Councillors give their approval to ... This proposal was seconded by SP and approved.'
        w.add("outcome", 1)
    if motion and not strong:
        w.add("motion", 1)
    # an answer to an application is the meeting's however its lines before read ('... to amend previously approved
    # drawings ... No objections were raised.')
    response = rule == "sentence" and not marker and is_response(text)
    cues = [] if strong or response else [c for c in CUE_RE.finditer(text) if cue_holds(c.group("verb").lower(), text)]
    if rule == "sentence" and not cues and not strong and not response and not marker and re.search(r"(?i)\bapolog", text):
        return w.settled(None, "apologies")  # 'Apologies ... were received. These were accepted.': attendance, no decision
    m = cues[0] if cues else None
    # another's decision told first, then the meeting's own: 'The Village Hall Committee have decided that they would
    # prefer not to contribute ... and it was therefore resolved that ...' (Souldern): the meeting's is the decision
    m = next((c for c in cues[1:] if c.group("verb").lower() in ("resolved", "agreed", "decided")
              and IMPERSONAL_OWN_RE.search(text[:c.start()])), m)
    clause, subject = text, ""
    if m:
        subject, head, clause_start = _clause_of(text, m)
        settled = (_refused_by_form(text, m, len(cues), subject, head, rule, motion, marker, shouted, w)
                   or _weigh_subject(text, m, subject, head, motion, marker, agent, context, w))
        if settled:
            return settled
        # what was decided may name what came before ('it was decided that ... the previously discussed signs would be
        # put up', Souldern; 'that the cost had already been met', West Dereham): the time of the decision is in the
        # words up to its 'that' or 'to' ('agreed at the previous meeting that ...')
        after = re.search(r"\b(?:that|to)\b", text[m.end():])
        clause = text[clause_start:m.end() + (after.start() if after else len(text))]
    return _weigh_setting(text, clause, m.start() - clause_start if m is not None else None, subject, strong, marker,
                          motion, context, w)


# a line that only introduces what was decided: 'the following was agreed;', 'RESOLVED that', 'It was agreed to:'
INTRODUCES_RE = re.compile(r"(?i)(?:\bthe\s+following(?:\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
                           r"(?:agreed|resolved|decided|approved|noted))?|\bas\s+follows|\bthat|"
                           r"\b(?:agree|agrees|agreed|resolved|resolves|decided)\s+to\s*:)\s*[:;]?\s*$")


def _listed(text: str, rule: str, intro: str, w: _Weighing) -> tuple[str, Verdict | None]:
    """A candidate of a list put to the meeting, read by the line the list hangs from: its rule from here on ('sentence'
    where it is a resolution or a motion of its own) and the verdict when the intro settles it."""
    if RESOLVED_RE.match(text) or re.search(r"(?i)\b(?:moved|proposed)\b.{0,80}\bseconded\b", text):
        return "sentence", None  # a resolution or a motion minuted inside the list of what was put
    if re.search(r"(?i)\b(?:had|have|has)\s+(?:\w+\s+)?(?:agreed|resolved|decided|approved)\b", intro):
        return rule, w.settled("reported", "perfect-tense")  # 'So far, the CSP have agreed to:'
    if re.search(r"(?i)\b(?:agreed|agrees?|resolved|resolves|decided|approved)\b", intro) and not PROPOSAL_RE.search(intro):
        w.add("agreed-list", 1)
        return rule, None
    return rule, w.settled("proposed", "put-to-meeting")


def _no_decision(text: str, marker: bool) -> Verdict | None:
    """A line that is no decision whatever its verb: an ACTION line, a shared view, a motion on the meeting's conduct."""
    if re.match(r"(?i)\W*action\b", text):
        return Verdict(None, 0, ["action-line"])  # an ACTION line assigns work; the actions extractor has it
    if not marker and (OPINION_RE.search(text) or VERDICT_RE.search(text) or states_a_view(text)):
        return Verdict(None, 0, ["opinion"])
    if PROCEDURE_RE.search(text) and not marker:
        return Verdict(None, 0, ["procedure"])
    return None


def _clause_of(text: str, m: re.Match) -> tuple[str, str, int]:
    """The decision verb's subject, the words before the verb in its table cell, and where its clause starts."""
    cell_start = len(text[:m.start()].split("|")[-1])
    subject = subject_before(text[:m.start()].split("|")[-1] + text[m.start():], cell_start)
    if m.group("verb")[0].isupper() and not m.group("verb").isupper():
        subject = ""  # 'Contractor Support Agreed that ...': a run-in heading, then a sentence that opens with the verb
    head = text[:m.start()].split("|")[-1]  # in a table row, the cell the verb is in
    return subject, head, max(0, text[:m.start()].rfind(subject)) if subject else m.start()


def _refused_by_form(text: str, m: re.Match, cue_count: int, subject: str, head: str, rule: str, motion: bool,
                     marker: bool, shouted: bool, w: _Weighing) -> Verdict | None:
    """No decision, or one only put to the meeting, by the decision verb's form: an observation noted, an infinitive
    after a modal, an adjective, a participle after a noun, a requirement, a request, a bare base form, an imperative."""
    verb = m.group("verb").lower()
    after = text[m.start():]
    if verb == "noted" and OBSERVATION_RE.search(after) and not marker:
        return w.settled(None, "observation")
    if not motion and not marker and (process := describes_process(text, m.start(), m.end())):
        return w.settled(None, process)  # 'CCTV request are also discussed and approved or rejected based on data'

    if (not motion or shouted) and MODAL_RE.search(head[-40:]) and not re.search(r"(?i)\b(?:it\s+was|were|was)\s+$", head[-12:]) \
            and not REFUSED_RE.search(head[-12:]):
        return w.settled(None, "infinitive")
    if not motion and ADJECTIVAL_RE.search(head[-18:] if head.rstrip().lower().endswith("formally") else head[-12:]) \
            and not re.search(r"(?i)\b(?:was|were)\s+duly\s*$", head[-12:]):
        return w.settled(None, "adjective")
    if not motion and not marker and ATTRIBUTIVE_RE.search(head[-30:]):
        return w.settled(None, "adjective")  # 'many precedents for postponed elections', 'a Directly Elected Mayor'
    if not motion and verb not in ("carried", "moved", "seconded", "noted") and _participle(head):
        return w.settled(None, "participle")  # 'should take a standards approach adopted elsewhere'
    if not motion and not marker and cue_count == 1 and names_a_requirement(text, m.start(), m.end()):
        return w.settled(None, "requirement")  # 'Any offer accepted must be above this.'
    if not motion and re.search(r"(?i)\b(?:requested|asked|urged|invited|suggested|recommended|called\s+on)\s+(?:that\s+)?(?:the\s+)?"
                                r"[\w-]+(?:\s+[\w-]+)?\s+(?:to\s+)?$", head[-60:]):
        return w.settled(None, "request")  # 'requested Council postpone the matter': asked for, not decided
    if m.group("verb") in ("agree", "approve", "adopt", "endorse", "defer", "reject", "accept", "postpone", "continue") \
            and not BODY_SUBJECT_RE.search(subject or "") and "agreed-list" not in w.signals and rule == "sentence" \
            and not motion and not BODY_SUBJECT_RE.search(" ".join(text.split()[:3])):
        return w.settled(None, "base-form")  # '... help build confidence and adopt healthier behaviours'
    if "agreed-list" not in w.signals and m.group("verb") in ("Agree", "Approve", "Adopt", "Endorse", "Defer", "Reject", "Note",
                                                                 "Postpone", "Continue", "Accept"):
        return w.settled("proposed", "imperative")  # 'Approve the proposed schedule'
    return None


def _weigh_subject(text: str, m: re.Match, subject: str, head: str, motion: bool, marker: bool, agent, context: dict,
                   w: _Weighing) -> Verdict | None:
    """The signals of who decided and how it is told: the meeting's body or a person, a speaker's words, a person's
    undertaking, the tense; no decision where a speaker only agrees or a person takes work on."""
    verb = m.group("verb").lower()
    after = text[m.start():]
    if not subject and (who := RELATIVE_WHO_RE.search(head[-80:])):
        subject = who.group("antecedent")  # 'contacted the tenant who agreed to remove the fence': the tenant agreed
    body = bool(BODY_SUBJECT_RE.search(subject)) or not subject
    person = not body and (is_person_subject(subject) or bool(re.fullmatch(r"(?i)(?:a|an|one)\s+[a-z]+", subject))
                           or bool(re.search(r"(?i)\b(?:proposer|seconder|mover)s?(?:\s+of\s+(?:the\s+)?[\w\s]{1,40})?\s*$", head)))
    speech = not body and bool(SPEECH_THAT_RE.search(head)
                               or SPEAKER_OPENS_RE.match(text[text.rfind("|", 0, m.start()) + 1:].lstrip()))
    if not motion and not marker and verb == "resolved" and SORTED_OUT_RE.search(text):
        return w.settled(None, "sorted-out")
    if not motion and not marker and not body and verb == "agreed" and UNDERTAKES_RE.match(after) \
            and not ROLE_TAKING_RE.match(after) and not re.match(r"(?i)agreed\s+to\s+take\s+over\b", after) \
            and not ORGANISATION_RE.search(_subject_words(text, m.start())) and not names_own_body(subject, context.get("body")):
        return w.settled(None, "undertakes")
    resolution_clause = bool(RESOLUTION_CLAUSE_RE.match(re.split(r"(?<=[.:;])\s+", head)[-1])) \
        and bool(PRESENT_PASSIVE_RE.search(head[-25:]))
    if re.search(r"(?i)\bbe\s+(?:\w+ly\s+)?$", head[-20:]) or resolution_clause:  # 'that the application be approved'
        w.add("resolution-form", 1)
    elif names_other_body(subject, context.get("body")):
        w.add("other-body-subject", -2)  # 'Norfolk County Council agreed to extend the funding': told, not decided here
    elif person and SPEAKER_AGREES_RE.match(after):
        return w.settled(None, "speaker-agrees")
    elif person and ROLE_TAKING_RE.match(after):
        w.add("takes-role", 1)
    elif person and re.match(r"(?i)agreed\s+to\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|all|any|each)\b)[a-z]+", after):
        return w.settled(None, "volunteers")  # 'The Clerk agreed to contact ...': an action, not a decision
    elif person and verb in ("agreed", "agree", "endorsed", "endorse", "concluded", "confirmed", "accepted", "concurred"):
        w.add("person-agrees", -2)
    elif body:
        w.add("body-subject", 0.5)
    if speech:
        w.add("reported-speech", -2)
    if PERFECT_RE.search(head[-30:]):
        if present_perfect(head[-30:]) and (names_own_body(without_auxiliary(subject), context.get("body"))
                                             or (agent and names_own_body(agent_name(agent.group("who")), context.get("body"),
                                                                           members_too=False))):
            w.add("own-present-perfect", 0)  # 'The Board have agreed ...', '... has been accepted by the Board'
        else:
            w.add("perfect-tense", -2)
    if RELATIVE_RE.search(head[-40:]) and verb not in ("carried",) and not marker:
        w.add("relative-clause", -2)  # 'an application in the Village which was refused': told of, not decided here
    if PRESENT_PASSIVE_RE.search(head[-25:]) and verb not in ("noted",) and not resolution_clause:
        w.add("present-tense", -1.5)
    return None


def _weigh_setting(text: str, clause: str, verb_at: int | None, subject: str, strong: bool, marker: bool, motion: bool,
                   context: dict, w: _Weighing) -> Verdict:
    """The last signals, of when and where the decision is told (an earlier meeting or year, a recommendation, an
    account of another meeting, a paper that is no minutes), and the verdict they add up to."""
    if told_earlier(clause, verb_at) or dated_before(clause, verb_at, context.get("meeting_date")):
        w.add("earlier", -2)
    year = context.get("meeting_year")
    if year and any(int(y) < year for y in YEAR_RE.findall(_minuted_part(text) if motion else text)) and not strong:
        w.add("earlier-year", -1.5)
    # a recommendation the vote then carried; not a speaker's account ('PW confirmed that the invitation had been deferred
    # and that they would be invited to a future meeting': what was said, no recommendation put to the meeting)
    proposal = PROPOSAL_RE.search(text)
    if proposal and _own_body_agrees_after(text, proposal.end(), context.get("body")):
        w.add("agreed-after", 1)  # 'MW asked the Board whether ... for approval. The Board agreed.': the meeting took it
    elif proposal and not strong and "outcome" not in w.signals and "reported-speech" not in w.signals and not motion_outcome(text):
        return w.settled("proposed", "proposal")
    if context.get("reported_meeting") and not strong and not marker and not motion and not names_own_body(
            subject, context.get("body"), members_too=False):
        w.add("reported-meeting", -2)  # inside an account of another meeting ('updated the Board on discussions at the committee meeting')
    if context.get("meeting_role") == "convenes" or context.get("doc_kind") in ("report", "other"):
        w.add("not-minutes", -2)
    return Verdict("meeting" if w.score >= 1 else "reported", round(w.score, 2), w.signals)


def _minuted_part(text: str) -> str:
    """A motion's own line, without the wording it moved: the years a motion quotes are what it is about, not when it
    was decided ('10) Jenni Hawkins proposed, and Mr Stepto seconded the motion that "County Council notes that:' /
    'The Climate and Nature Bill ... has been introduced ... on four occasions since 2020', Kent's 19 December 2024
    council)."""
    return re.split(r"[“\"]", text.split("\n", 1)[0], maxsplit=1)[0]


# an account of another body's meeting, given to this one: what follows it was decided there
REPORTED_MEETING_RE = Gated(re.compile(
    r"(?i)\b(?:updated|briefed|informed)\s+the\s+(?:board|committee|council|panel|meeting|members|trustees|forum)\s+on\s+"
    r"(?:the\s+)?(?:discussions|decisions|work|business)\b"
    r"|\b(?:discussions|decisions)\s+(?:at|of)\s+the\s+(?:recent\s+|last\s+|latest\s+)?[\w\s&,-]{0,60}?"
    r"(?:committee|sub-committee|group|panel|forum|board)\s+meeting\b"
    r"|\bfeedback\s+from\s+the\s+(?:recent\s+|last\s+|latest\s+)?[\w\s&,-]{0,60}?(?:committee|sub-committee|group|panel|forum)"
    r"(?:\s+meeting)?\b"
    # 'At the Scrutiny Committee held on 29th January 2025, Members considered ...' (Kent's cabinet)
    r"|\bat\s+the\s+(?:recent\s+|last\s+|latest\s+)?[\w\s&,'’-]{0,60}?(?:committee|sub-committee|group|panel|forum)"
    r"(?:\s+meeting)?\s+held\s+on\b"
    # a committee's own meetings told to this one: 'Staffing This committee has met twice since the last Board meeting',
    # 'This Committee has had one meeting since ...' (Suffolk Libraries), 'The subgroup last met on 14 June 2022' (LBBD)
    r"|\b(?:committee|sub-?committee|sub-?group|group|panel|forum|working\s+party)\s+(?:has\s+|have\s+|had\s+|last\s+)?"
    r"(?:met|had\s+(?:a|an|one|two|three|four|its|their|\d+)\s+meetings?)\b"),
    "updated", "briefed", "informed", "discussions", "decisions", "feedback", "held", "met", "meeting")
# the meeting agreeing to what was put to it, said after it: 'The Board agreed.' (the Welsh Technical Standards
# Board); in the passive ('... a paper with a recommendation was discussed and agreed by the Board', Suffolk
# Libraries) the agent is read as every decision's is (AGREED_BY_RE)
BODY_AGREES_RE = re.compile(r"(?i)\b(?P<who>(?:the\s+)?[\w&\-]+(?:\s+[\w&\-]+){0,2}?)\s+(?:then\s+|duly\s+|\w+ly\s+)?"
                            r"(?:agreed|approved|resolved)\b(?!\s+(?:to|that)\b)")


def _own_body_agrees_after(text: str, start: int, body: str | None) -> bool:
    """Whether, after what was put to the meeting, the meeting's own body is said to have agreed it."""
    return any(names_own_body(m.group("who"), body) for m in BODY_AGREES_RE.finditer(text, start)) or any(
        m.start() >= start and names_own_body(agent_name(m.group("who")), body)
        # (told as done: 'Their recommendation is these Standing orders are adopted by the Board' is what was put)
        and not PRESENT_PASSIVE_RE.search(text, max(start, m.start() - 25), m.start())
        for m in AGREED_BY_RE.finditer(text))


@lru_cache(maxsize=4096)  # from_sentences asks twice of each sentence
def is_outcome_only(text: str) -> bool:
    """'The motion carried unanimously.', 'Agreed.', '... | Resolution | Carried': the result of
    a decision minuted just before, not a decision of its own."""
    t = text.strip()
    if "|" in t:
        cells = [c.strip().lower() for c in t.split("|")]
        return any(c in ("carried", "lost", "agreed", "approved", "failed", "rejected", "not carried") for c in cells)
    if len(t) >= 400:
        return False
    f = fold(t)
    if len(t) < 160 and bool(ATTRIBUTION_RE.match(t, folded=f)) or len(t) < 120 and bool(OUTCOME_ONLY_RE.match(t) or _tally_only(t)):
        return True
    if is_assent(t):  # 'All Councillors were content.' after what was put to them
        return True
    end = OUTCOME_END_RE.search(t, folded=f)
    # what was moved or decided, minuted before the outcome, makes the text a decision with its outcome: moved and
    # seconded ('Mr X proposed and Mr Y seconded ... Motion lost.'), or a text that opens with its verb ('Moved by Flagg
    # to appoint the firm ... MOTION FAILED.': Des Moines minutes no seconder), or one of its sentences before the outcome
    # does, after the item it is on ('96-90 35. Recommendation ... regarding bond counsel services. Moved by Flagg to
    # appoint the firm ... MOTION FAILED.': that motion, rejected, not the outcome of the item before)
    return bool(end) and not MOTION_IN_RE.search(t, folded=f) and not CUE_RE.match(t, folded=f) \
        and not any(CUE_RE.match(s) for s in plain_sentences(t)[1:-1])


def _tally_only(text: str) -> bool:
    """A count by sides and nothing the vote was on: '9 for, 1 abstention.', '8 for, 2 against.' (Northwold), '7 Votes for
    1 Against - Carried.' (Stoke Ferry), '4 in favour, 2 against, JB abstained.' (Wereham): the vote of the sentence
    before."""
    return bool(side_counts(text)) and lacks_subject(text)


def ends_with_outcome(text: str) -> bool:
    parts = plain_sentences(text)
    return len(parts) > 1 and is_outcome_only(parts[-1])


def plain_sentences(text: str) -> list[str]:
    return [t for t in re.split(r"(?<=[.!?])\s+(?=[A-Z(\d])", " ".join(text.split())) if t]
