"""A meeting's assent minuted without a verb of deciding: 'All Councillors were content.' after 'LH asked Councillors
present if they were content with the amended Financial Regulations' (West Dereham), 'All members were happy with this
approach.' after a member's suggestion (Boughton), 'The Board was in agreement with this proposal.' after the paper's
proposed routes (Suffolk Libraries). Like 'All agreed.', it is the outcome of what the sentence before it
put to the meeting, and completes that sentence as a decision (decisions.is_outcome_only)."""

from __future__ import annotations

import re

from .literal_gate import Gated

# everyone, as the body's members or those present, content or happy with what was put, and nothing else: not 'All
# members were happy with the work done by the contractor' (a view of something, not an assent to what was put)
ASSENT_RE = re.compile(
    r"(?i)^\W*(?:all\s+(?:the\s+)?(?:(?:parish\s+)?councillors|members|directors|trustees|governors|those|board|council|committee)?"
    r"|the\s+(?:board|council|committee|councillors|members|trustees|directors))\s*"
    r"(?:present\s+)?(?:(?:noted|confirmed|said|agreed)\s+(?:that\s+)?they\s+)?(?:were|was)\s+(?:all\s+)?"
    r"(?:content|happy|in\s+agreement)"
    r"(?:\s+with\s+(?:this|that|it|these|the)(?:\s+(?:approach|proposal|suggestion|recommendation|arrangement|paper)s?)?)?\W*$")


def is_assent(text: str) -> bool:
    """Whether a short sentence is everyone's assent to what was put before it."""
    return len(text) < 120 and bool(ASSENT_RE.match(text))


# everyone's assent that says itself what to: 'All Councillors were content for the meeting to continue.', 'The Parish
# Councillors noted that they were content to set the Precept for 2019/20 at £17,403.74.' (West Dereham), 'All were in
# agreement for the additional £25 to be paid', 'all were in agreement that NO should instruct Nicholsons to proceed'
# (Souldern), 'all are in agreement to retain the name St Margaret's Hill' (Wereham); not the question put ('asked the
# Board whether they were content for him to submit ...'), nor one speaker's body's stance ('CC added that the parish
# council is happy to maintain the farm tenancy as long as ...': everyone's assent is plural), nor 'content with' what
# (the outcome of what was put before: ASSENT_RE)
ASSENTED_TO_RE = Gated(re.compile(
    r"(?i)\b(?:all|everyone|councillors|members|board|council|committee|trustees|directors)\b(?!\s+of\b)"
    r"(?:(?!\b(?:if|whether|not)\b)[^.;?]){0,40}?\b(?:were|are)\s+(?:all\s+)?(?:content|happy|in\s+agreement)\s+"
    r"(?:for\s+[^.;]{3,120}?\s+to\s+[a-z]+|to\s+(?!(?:the|this|that|it|him|her|them)\b)[a-z]+|that\s+[a-z]+)"),
    "content", "happy", "agreement")  # (tried at every place of every sentence: only where one of its words is)


def says_assented(text: str) -> bool:
    """Whether a sentence is everyone's assent to what it names itself."""
    return bool(ASSENTED_TO_RE.search(text))
