"""Whether a vote names what it decides: 'Moved by Hensley to adopt. Motion Carried 7-0.', 'This proposal was seconded
by SP and approved.', 'This item was deferred to the next appropriate meeting' name nothing of their own; what they
decide, the sentences, passage or item before say (passage_decisions, decision_review)."""

from __future__ import annotations

import re


# the words of a vote that name no subject: who moved and seconded, 'to adopt', 'to receive and file', the result and
# the roll call, a council communication's number
VOTE_WORDS = {"moved", "move", "moves", "seconded", "second", "proposed", "proposal", "proposer", "prop", "motion", "carried",
              "approved", "approve", "adopt", "adopted", "ado", "adop", "receive", "received", "file", "filed", "agreed",
              "unanimously", "unanimous", "favour", "favor", "against", "nays", "ayes", "pass", "absent", "abstain",
              "abstained", "abstention", "abstentions", "council", "communication", "cou", "this", "that", "with", "were", "was",
              "then", "also", "item", "resolution", "recommendation", "vote", "votes", "voted", "carry", "refer", "accept",
              "accepted", "concur", "deny", "denied", "nem", "con", "all", "and", "the", "by", "to", "was", "put", "board",
              "committee", "members", "meeting", "councillors", "cllr", "councillor", "motion", "following", "roll", "call",
              "approval", "acceptance", "adoption", "resolved", "decided", "carried", "seconder"}


# 'This was agreed and ...', 'This item was deferred to the next appropriate meeting', 'It was agreed that this will be
# progressed': a decision whose only subject points back
ANAPHORIC_OUTCOME_RE = re.compile(
    r"(?i)^\W*(?:it\s+was\s+(?:agreed|resolved|decided)\s+that\s+)?(?:this|that|these|it|all|both|they)(?:\s+(?:item|matter|proposal|request|"
    r"issue|recommendation|motion)s?)?\s+(?:was|were|is|has\s+been|will\s+be|would\s+be|be|should\s+be)\s+(?:\w+ly\s+)?"
    r"(?:agreed|approved|accepted|adopted|endorsed|carried|resolved|deferred|postponed|progressed|supported|noted)\b"
    r"[^.;:]{0,60}[.;]?\s*(?:\|.*)?$")


def lacks_subject(text: str) -> bool:
    """A vote that names no subject: 'This proposal was seconded by SP and approved.', 'Motion Carried 4-1-1-1.',
    '(Council Communication No. 05-247) Moved by Hensley to ado Motion Carried 6-1.': its words are the vote's own
    and the names of who moved it."""
    if text.rstrip().endswith(":") and not re.search(r"(?i)\b(?:roll\s+call|vote|votes)\s*:\s*$", text):
        return False  # 'RESOLVED that:', 'moved ... to amend the following:': its wording follows it (not its roll call)
    if ANAPHORIC_OUTCOME_RE.match(text):
        return True  # 'This was agreed and will be sent out to members this week.': what 'this' is, the sentence before says
    if len(text) >= 160:
        return False  # a vote's own words and its movers' names are shorter (asked before the costly cut of the names)
    # a reference in brackets names no subject: '(Council Communication No. 05-257)', '(Construction Estimate - $174,800)'
    unnamed = VOTER_NAMES_RE.sub(" ", re.sub(r"\([^()]{0,80}\)", " ", text))
    return not any(len(w) > 3 and w.lower() not in VOTE_WORDS for w in re.findall(r"[A-Za-z][A-Za-z’']+", unnamed))


# who moved, seconded or voted: the names after those words ('Moved by Hensley', 'Pass: Hensley', 'seconded by Cllr
# Gail Reeve') name no subject
VOTER_NAMES_RE = re.compile(r"(?i:\b(?:by|moved|seconded|proposed|pass|nays?|ayes?|noes|absent|abstain\w*|recused)\W+)"
                            # a name stops at the next vote word: 'Proposed: Mike Hosking Seconded: Sue Brotherwood' (Suffolk
                            # Libraries' AGM, the brackets after each name taken out), 'Prop. GK, 2nd JH' (Wereham)
                            r"(?:(?:Cllr|Councillor|Council\s+Member|Commissioner|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                            r"(?:(?!(?i:seconded|proposed|moved|carried)\b)[A-Z][\w'’.-]*\s*){1,3}"
                            # and before them: 'Cllr Leamon proposed approval; Cllr Hardy seconded'
                            r"|(?:[A-Z][\w'’.-]*\s+){1,4}(?=(?:proposed|seconded|moved)\b)")
