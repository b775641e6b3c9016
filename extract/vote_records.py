"""A vote's record, and who it leaves out. Councils print after a motion its tally or roll
('Motion Carried 6-1.', 'AYES: ... NOES: ...') and then who missed that vote ('Absent: Daniels.'):
a label list that follows a vote's record names the vote's absentees, not the meeting's, whether it
runs on in the same paragraph (Des Moines) or opens the next line (East Palo Alto, Norwalk, Des
Moines 1996). One test for both placements, so the rule is the same wherever a paper breaks its lines."""

from __future__ import annotations

import re

from .literal_gate import Gated

# a line of a vote's record: 'MOTION BY:', 'AYES:', 'NOES:', 'Pass:', 'ABSENT:', 'FOR (5):'
_VOTE_LINE = (r"\s*(?:(?:RESULT|MOTION(?:\s+BY)?|MOVED(?:\s+BY)?|SECOND(?:ED)?(?:\s+BY)?|AYES?|NAYS?|NOES|PASS|ABSTAIN\w*|"
              r"ABSENT|RECUSED)\s*(?:\(\d+\))?|(?:FOR|AGAINST|ABSTENTIONS?)\s*\(\d+\))\s*:")
VOTE_LINE_RE = re.compile(r"(?i)^" + _VOTE_LINE)
# a vote's record: a text opening with a vote line, or a tally ('Carried 6-1', 'Motion Carried 5-1-1') or a roll
# ('Ayes:', 'Pass:') anywhere in it; one pattern, so the run-in and the line form are one test
VOTE_RECORD_RE = re.compile(r"(?i)\A" + _VOTE_LINE +
                            r"|\b(?:carried|failed|passed|lost|defeated)\b[^.\n]{0,30}?\b\d+\s*[-–]\s*\d+\b"
                            r"|\b(?:ayes|noes|nays|yeas|pass|abstain(?:ed|s|ing)?|abstentions?|recused)\s*:")


def follows_vote(before: str) -> bool:
    """Whether the text just before a label list is a vote's record: the paragraph before it
    opening with a vote line, or a tally or roll in it."""
    return bool(VOTE_RECORD_RE.search(before))


# one line of a vote block, read into its label, the count some print in brackets and the rest ('RESULT: APPROVED',
# 'MOTION BY: Mashack', 'SECONDED BY: Bello', 'AYES (4): Sherrard, ...', 'For (52): ...'): a block's decision
# (decisions.vote_block), the counts a recorded vote adds to the motion before it and the rolls run on after a tally
# ('Motion Carried 6-1. Pass: Flagg.', Des Moines: result_tally) read the same lines
VOTE_PART_RE = re.compile(r"(?i)^\s*(?P<label>RESULT|MOTION(?:\s+BY)?|MOVED(?:\s+BY)?|MOVER|SECOND(?:ED)?(?:\s+BY)?|SECONDER|"
                          r"AYES|YES|FOR|NAYS|NOES|NO|AGAINST|ABSTAIN(?:ED|ING|S)?|ABSTENTIONS?|ABSENT|RECUSED|PASS)"
                          r"\s*(?:\((?P<n>\d+)\))?\s*:\s*(?P<rest>.*)$")


def vote_side(label: str) -> str | None:
    """'for', 'against' or 'abstain' for a line of votes ('AYES', 'NOES', 'Abstained'), None for any other line."""
    label = label.upper()
    return ("for" if label in ("AYES", "YES", "FOR") else "against" if label in ("NAYS", "NOES", "NO", "AGAINST")
            else "abstain" if label.startswith("ABSTAIN") else None)


# the tally printed after a result, its numbers in the order ayes, noes, then abstaining (or passing), then absent:
# 'Motion Carried 7-0.', 'Motion Carried 5-1-1.' (Des Moines, where the third is who passed), 'RESULT: FAILED [4-2-1-1]'
# (East Palo Alto); a date after a result ('approved 20-07-2012') is no tally
RESULT_TALLY_RE = Gated(re.compile(
    r"(?i)\b(?:carried|failed|passed|lost|defeated|approved|adopted)\b\W{0,3}(?P<for>\d{1,3})\s*[-–]\s*"
    r"(?P<against>\d{1,3})(?:\s*[-–]\s*(?P<abstain>\d{1,3}))?(?:\s*[-–]\s*\d{1,3})?\]?(?![-–/.]?\d)"),
    "carried", "failed", "passed", "lost", "defeated", "approved", "adopted")  # (asked of every decision: only with its word)
# a count printed beside its side, either way round: 'For (14)', 'Against (45)', 'Abstain (1)' (Kent's recorded votes,
# run into the names of those voting), '8 for, 2 against' (Northwold), '4 in favour, 2 against' (Wereham)
SIDE_COUNT_RE = re.compile(r"(?i)\b(?:(?P<label>for|against|ayes|noes|nays|abstain(?:ed|ing|s)?|abstentions?)\s*\((?P<n>\d{1,3})\)"
                           r"|(?P<n2>\d{1,3})\s+(?:votes?\s+)?(?P<label2>in\s+favou?r|for|against|abstain(?:ed|ing|s)?|abstentions?)\b)")


def _roll_kind(label: str) -> str | None:
    """What a roll after a tally says of the names it lists: 'against', 'absent' or 'abstain' (passing, abstaining or
    recused: present and not voting); None for a line of the record that lists no one's vote ('MOTION BY', 'AYES')."""
    label = label.upper()
    return ("absent" if label == "ABSENT" else "abstain" if label in ("PASS", "RECUSED")
            else side if (side := vote_side(label)) != "for" else None)


def _rolls_after(text: str) -> set[str]:
    """The kinds of the rolls run on after a tally ('. Nays: Belken. Pass: Flagg. Absent: Daniels.'), each read as the
    vote block's own lines are (VOTE_PART_RE), one sentence a line."""
    parts = (VOTE_PART_RE.match(part) for part in text.replace("\n", ". ").split(". "))
    return {kind for m in parts if m and (kind := _roll_kind(m.group("label")))}


def result_tally(text: str) -> dict[str, int]:
    """The counts of a tally printed after a result ('Motion Carried 5-1-1.'): for, against and abstain where printed.
    A two-number tally whose rolls after it name no one voting against ('Motion Carried 6-1. Pass: Flagg.',
    '6-1. Absent: Coleman.', Des Moines) counts the second number as those passing or absent, not as a vote against."""
    m = RESULT_TALLY_RE.search(text)
    if not m:
        return {}
    counts = {side: int(m.group(side)) for side in ("for", "against", "abstain") if m.group(side)}
    after = text[m.end():m.end() + 200]
    after = after[:n.start()] if (n := RESULT_TALLY_RE.search(after)) else after  # this vote's rolls, not the next one's
    rolls = _rolls_after(after)
    if m.group("abstain") is None and rolls and "against" not in rolls:
        other = counts.pop("against", 0)
        counts["against"] = 0
        if "abstain" in rolls:
            counts["abstain"] = other
    return counts


def side_counts(text: str) -> dict[str, int]:
    """The counts printed beside their sides ('For (14) ... Against (45)', '8 for, 2 against'), the first of each side;
    a lone count ('3 for the year') is no vote: two sides are needed."""
    counts: dict[str, int] = {}
    for m in SIDE_COUNT_RE.finditer(text):
        label = (m.group("label") or m.group("label2")).lower()
        side = "for" if label.startswith("in ") else "abstain" if label.startswith("abst") else vote_side(label)
        if side:
            counts.setdefault(side, int(m.group("n") or m.group("n2")))
    return counts if len(counts) > 1 else {}
