"""A vote's record, and who it leaves out. Councils print after a motion its tally or roll
('Motion Carried 6-1.', 'AYES: ... NOES: ...') and then who missed that vote ('Absent: Daniels.'):
a label list that follows a vote's record names the vote's absentees, not the meeting's, whether it
runs on in the same paragraph (Des Moines) or opens the next line (East Palo Alto, Norwalk, Des
Moines 1996). One test for both placements, so the rule is the same wherever a paper breaks its lines."""

from __future__ import annotations

import re

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
# (decisions.vote_block) and the counts a recorded vote adds to the motion before it read the same lines
VOTE_PART_RE = re.compile(r"(?i)^\s*(?P<label>RESULT|MOTION(?:\s+BY)?|MOVED(?:\s+BY)?|MOVER|SECOND(?:ED)?(?:\s+BY)?|SECONDER|"
                          r"AYES|YES|FOR|NAYS|NOES|NO|AGAINST|ABSTAIN(?:ED|ING|S)?|ABSTENTIONS?|ABSENT|RECUSED)"
                          r"\s*(?:\((?P<n>\d+)\))?\s*:\s*(?P<rest>.*)$")


def vote_side(label: str) -> str | None:
    """'for', 'against' or 'abstain' for a line of votes ('AYES', 'NOES', 'Abstained'), None for any other line."""
    label = label.upper()
    return ("for" if label in ("AYES", "YES", "FOR") else "against" if label in ("NAYS", "NOES", "NO", "AGAINST")
            else "abstain" if label.startswith("ABSTAIN") else None)
