"""Decisions: RESOLVED blocks (with their numbered parts), agreed / approved / endorsed /
noted / deferred / rejected sentences, recommendations put to the meeting, and motions with
mover, seconder and the count for, against and abstaining where stated."""

from __future__ import annotations

import re
from dataclasses import dataclass

RESOLVED_RE = re.compile(
    r"(?i)^\W{0,3}(?:\(?[0-9a-z]{1,3}[.)]\s+)?(?:it\s+was\s+)?(?:resolved|decision|decided|agreed)\b\s*(?:[:\-–]|that\b|\d)")
DECISION_HEADING_RE = re.compile(r"(?i)^\s*(?:decisions?|resolved|resolutions?|agreed|decisions and resolutions)\s*:?\s*$")
PUT_TO_MEETING_RE = re.compile(
    r"(?i)\b(?:is|are|was|were)\s+(?:asked|invited|recommended|requested)\s+to\s*:?\s*$|\b(?:resolved|agreed)\s+(?:to|that)\s*:?\s*$|recommendations?\s*:?\s*$")
CUE_RE = re.compile(
    r"(?i)\b(?P<verb>agreed|agree|approved|approve|endorsed|endorse|noted|deferred|defer|rejected|reject|adopted|adopt|"
    r"resolved|ratified|carried|accepted|confirmed|elected|appointed|decided|declined|refused|concurred|chose|"
    r"withdrawn|postponed?|continued?|concluded|moved|seconded|re-established|established|set up)\b"
)
KINDS = {
    "agree": "agreed", "agreed": "agreed", "approve": "approved", "approved": "approved", "endorse": "endorsed",
    "endorsed": "endorsed", "noted": "noted", "defer": "deferred", "deferred": "deferred", "postpone": "deferred",
    "postponed": "deferred", "continue": "deferred", "continued": "deferred", "reject": "rejected", "rejected": "rejected",
    "declined": "rejected", "refused": "rejected", "withdrawn": "rejected", "adopt": "approved", "adopted": "approved",
    "resolved": "resolved", "ratified": "approved", "carried": "approved", "accepted": "approved",
    "confirmed": "approved", "elected": "appointed", "appointed": "appointed", "decided": "agreed", "concurred": "agreed",
    "chose": "agreed", "concluded": "agreed", "moved": "motion", "seconded": "motion",
    "re-established": "agreed", "established": "agreed", "set up": "agreed",
}
NOT_A_DECISION_RE = re.compile(
    r"(?i)\b(?:agreed to (?:be|have been) (?:a|an)|if agreed|to be agreed|not yet agreed|awaiting approval|"
    r"(?:is|are|was|were) (?:being )?(?:asked|invited|recommended) to|will be (?:asked|invited)|subject to approval)\b"
)
RESULT_RE = re.compile(r"(?i)^\s*RESULT\s*:\s*(?P<result>.+)$")
MOTION_RE = re.compile(r"(?i)^\s*(?:MOTION(?:\s+BY)?|MOVED(?:\s+BY)?|MOVER)\s*:\s*(?P<who>.+)$")
SECOND_RE = re.compile(r"(?i)^\s*(?:SECOND(?:ED)?(?:\s+BY)?|SECONDER)\s*:\s*(?P<who>.+)$")
VOTE_RE = re.compile(r"(?i)^\s*(?P<kind>AYES|YES|FOR|NAYS|NOES|NO|AGAINST|ABSTAIN(?:ED|ING|S)?|ABSTENTIONS?|ABSENT|RECUSED)\s*(?:\((?P<n>\d+)\))?\s*:\s*(?P<names>.*)$")
MOVED_SECONDED_RE = re.compile(
    r"(?i)(?P<mover>[A-Z][\w.’'\- ]{1,40}?)\s*\(\s*(?:motion|moved)\s*\),?\s*(?P<seconder>[A-Z][\w.’'\- ]{1,40}?)\s*\(\s*second(?:ed)?\s*\)"
    r"|(?:councilmember|councillor|cllr\.?|commissioner|mayor)?\s*(?P<mover2>[A-Z][\w’'\-]+)\s+moved,?\s+seconded\s+by\s+(?:councilmember|councillor|cllr\.?|commissioner|mayor)?\s*(?P<seconder2>[A-Z][\w’'\-]+)"
    r"|proposed\s+by\s+(?P<mover3>[A-Z][\w.’'\- ]{1,40}?)\s*(?:and|,)\s*seconded\s+by\s+(?P<seconder3>[A-Z][\w.’'\- ]{1,40}?)(?=[,.;]|\s+(?:that|to)\b)"
    r"|(?P<mover4>\b[A-Z]{2,4}|[A-Z][a-z]+)\s+proposed\s+and\s+(?P<seconder4>[A-Z]{2,4}|[A-Z][a-z]+)\s+seconded"
)
VOTE_COUNT_RE = re.compile(
    r"(?i)(?P<for>\d+)\s+(?:votes?\s+)?(?:in\s+favour|for)\b[^.;]{0,40}?(?P<against>\d+)\s+(?:votes?\s+)?against"
    r"(?:[^.;]{0,40}?(?P<abstain>\d+)\s+abstentions?)?"
)


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


def kind_of(text: str) -> str:
    m = CUE_RE.search(text)
    return KINDS.get(m.group("verb").lower(), "agreed") if m else "resolved"


def from_sentence(sentence: str, page: int, block: int) -> DecisionFact | None:
    text = sentence.strip()
    if len(text) < 12 or NOT_A_DECISION_RE.search(text):
        return None
    for m in CUE_RE.finditer(text):
        verb = m.group("verb").lower()
        if _cue_holds(verb, text):
            return DecisionFact(text=text, kind=KINDS.get(verb, "agreed"), page=page, block=block, rule="sentence")
    return None


def _cue_holds(verb: str, text: str) -> bool:
    """Whether a decision verb in a sentence is the meeting deciding."""
    if verb == "noted":  # the meeting noted something, not "X noted that ..." (a speaker)
        return bool(re.search(r"(?i)\b(?:it was noted|(?:board|committee|council|cabinet|members|meeting|partnership|"
                              r"trustees|commission|panel)\s+noted|^noted)\b", text))
    if verb in ("continue", "continued"):
        return bool(re.search(r"(?i)\b(?:item|motion|matter)\b", text))
    if verb in ("accepted", "confirmed"):
        return bool(re.search(r"(?i)\b(?:minutes|record|correct|accurate|recommendation|report|proposal|resignation|offer)\b", text))
    if verb in ("re-established", "established", "set up"):  # "was re-established by the Board in June 2022"
        return bool(re.search(r"(?i)\b(?:was|were|been)\s+(?:re-established|established|set up)\s+by\s+(?:the\s+)?"
                              r"[\w\s]{0,40}?(?:board|partnership|committee|council|cabinet|commission|panel)\b", text))
    if verb in ("moved", "seconded"):  # "the item moved to March" is no motion
        return bool(re.search(r"(?i)\bmoved\b.{0,80}\bseconded\b|\bproposed\b.{0,40}\bseconded\b", text))
    return True


def with_motion(fact: DecisionFact) -> DecisionFact:
    m = MOVED_SECONDED_RE.search(fact.text)
    if m:
        fact.mover = next(g for g in (m.group("mover"), m.group("mover2"), m.group("mover3"), m.group("mover4")) if g).strip()
        fact.seconder = next(g for g in (m.group("seconder"), m.group("seconder2"), m.group("seconder3"), m.group("seconder4")) if g).strip()
    c = VOTE_COUNT_RE.search(fact.text)
    if c:
        fact.votes_for, fact.votes_against = int(c.group("for")), int(c.group("against"))
        fact.votes_abstain = int(c.group("abstain")) if c.group("abstain") else None
    return fact


def vote_block(lines: list[str], page: int, block: int, item_title: str | None) -> DecisionFact | None:
    """RESULT / MOTION BY / SECOND / AYES / NAYS / ABSTAIN / ABSENT blocks of US minutes."""
    result = mover = seconder = None
    counts: dict[str, int] = {}
    for line in lines:
        if m := RESULT_RE.match(line):
            result = m.group("result").strip()
        elif m := MOTION_RE.match(line):
            mover = m.group("who").strip()
        elif m := SECOND_RE.match(line):
            seconder = m.group("who").strip()
        elif m := VOTE_RE.match(line):
            kind = m.group("kind").upper()
            names = [n for n in re.split(r",|\band\b", m.group("names")) if n.strip() and n.strip().lower() not in ("none", "n/a")]
            n = int(m.group("n")) if m.group("n") else len(names)
            key = "for" if kind in ("AYES", "YES", "FOR") else "against" if kind in ("NAYS", "NOES", "NO", "AGAINST") else (
                "abstain" if kind.startswith("ABSTAIN") else None)
            if key:
                counts[key] = n
    if not result and not mover:
        return None
    text = " ".join(p for p in (result, f"({item_title})" if item_title else None) if p) or f"Motion by {mover}"
    kind = "rejected" if result and re.search(r"(?i)fail|defeat|reject|denied|lost", result) else kind_of(result or "approved")
    return DecisionFact(text=text, kind=kind if kind != "resolved" else "approved", page=page, block=block, rule="vote-block",
                        mover=mover, seconder=seconder, votes_for=counts.get("for"), votes_against=counts.get("against"),
                        votes_abstain=counts.get("abstain"))
