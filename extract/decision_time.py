"""Whether a decision is told as taken before this meeting: 'Cheque for CGM agreed last month', 'The Council agreed at
the previous meeting to donate £5000 ...', 'Village grass cutting contract agreed for 2 years – still applies'. The time
must be the decision's own. A paper handed out before is no earlier decision ('The minutes having been previously
circulated they were agreed as a true record', Northwold; 'Standing Order Annex A which had been previously circulated
was approved', Souldern), nor is another thing decided before and only named ('... will run in conjunction with the
Terms of Reference approved at the previous meeting', Souldern)."""

from __future__ import annotations

import re

# an earlier meeting's decision told again: '... agreed at the previous meeting', 'Cheque for CGM agreed last month'
# (Northwold), 'Village grass cutting contract agreed for 2 years – still applies for 2013/14' (Souldern)
PRIOR_RE = re.compile(
    r"(?i)\b(?:previously|provisionally|earlier|already|last\s+(?:year|month)|still\s+(?:applies|stands|in\s+force)|"
    r"at\s+(?:its|the|their|our)\s+(?:previous|last|prior)\s+meeting|"
    r"at\s+(?:our|its|the)\s+meeting\s+(?:on|of|held|\d)|first\s+in\s+(?:19|20)\d\d|"
    r"(?P<verb>agreed|approved|decided|resolved)\s+(?:at|in|during)\s+(?:the|a|an|our|its|their)\s+(?!this\b)"
    r"(?:[\w-]+\s+){0,3}(?:meeting|session|discussion|workshop))\b")
# a paper handed out before the meeting: 'previously circulated', 'already been distributed', 'circulated previously'
HANDED_OUT_RE = re.compile(r"(?i)\b(?:previously|already)\s+(?:been\s+)?(?:circulated|distributed|issued|e-?mailed|sent|supplied|"
                           r"tabled)\b|\b(?:circulated|distributed|issued|e-?mailed|sent)\s+(?:out\s+)?previously\b")


def told_earlier(clause: str, verb_at: int | None) -> bool:
    """Whether the words of a decision's clause put it before this meeting; verb_at: where the decision's own verb
    stands in the clause (None: the whole clause is the decision's), for a time told with a decision verb."""
    clause = HANDED_OUT_RE.sub(lambda m: " " * len(m.group(0)), clause)
    return any(m.group("verb") is None or verb_at is None or m.start() == verb_at for m in PRIOR_RE.finditer(clause))
