"""A council's response to an application put to it for comment: 'no objections'. A parish or town council is a
consultee on planning applications, appeals, tree works and memorials; what it answers is its decision on the item,
printed in as many ways as there are clerks: 'Council made no objections.', 'There were no objections.', 'No objections
were raised Prop: NO 2nd CR', '..., no objections made.', a table's last cell 'NO OBJECTION'. The answer often stands
alone after the lines that name the application, so the application is found in the sentences before it."""

from __future__ import annotations

import re

from .literal_gate import Gated

# the consultee's own answer: the phrase, then nothing that makes it someone else's ('No objections have been received
# from CDC', 'no objections from neighbours'), a condition ('if there are no objections') or a question ('any objections')
NO_OBJECTION_RE = Gated(re.compile(
    r"(?i)\bno\s+objections?\b(?!\s+(?:(?:have|has|had)\s+been\s+|were\s+|was\s+)?"
    r"(?:received|from|by\s+(?:the\s+)?(?:borough|district|county|highways?|neighbours?|residents?)\b))"), "objection")
# whose answer it is not: a condition, or an objection another body or a neighbour lodged
NOT_OURS_RE = re.compile(r"(?i)\b(?:if|unless|provided|whether|any)\s+(?:there\s+(?:are|were|is)\s+)?no\s+objections?\b|"
                         r"\b(?:neighbours?|residents?|highways?|borough|district|county|agency|authority|NCC|CDC)\s+"
                         r"(?:\w+\s+){0,2}(?:had|has|have|raised|made|expressed)\s+no\s+objections?\b")
# the borough's decisions listed to the meeting ('Planning Decisions Received ... Tree Application - No objection 7 May
# 2020 Delegated Decision'): the planning authority's decision, told, not the council's answer
REPORTED_DECISION_RE = re.compile(r"(?i)\bdecisions?\s+(?:received|noted|notified|issued|made\s+by)\b|\bdelegated\s+decision\b")
# what names the application answered: its reference ('16/01510/F', '15/01065/TPO', 'E/32120', 'PP/C/2/2012/2003') or
# the words of one ('Application for single storey extension', 'appeal', 'listed building consent', 'memorial')
REFERENCE_RE = re.compile(r"\b(?:\d{2}/\d{4,5}/[A-Z]{1,8}|[A-Z]{1,3}/\d{4,6}|[A-Z]{2}/[A-Z]/\d/\d{4}/\d{3,5})\b")
APPLICATION_RE = re.compile(REFERENCE_RE.pattern + r"|"
                            r"(?i:\b(?:applications?|appeal|consent|memorial|planning|tree\s+works?|extension|dwellings?|"
                            r"conservatory|demolition|erection|construction|change\s+of\s+use)\b)")


def is_response(sentence: str) -> bool:
    """Whether a sentence gives the meeting's 'no objection' to an application (named in it or before it)."""
    return bool(NO_OBJECTION_RE.search(sentence)) and not NOT_OURS_RE.search(sentence) \
        and not REPORTED_DECISION_RE.search(sentence)


def names_application(sentence: str) -> bool:
    return bool(APPLICATION_RE.search(sentence))


def with_application(sentence: str, before: list[str], most: int = 4) -> list[str]:
    """The sentences from the one that names the application answered to the answer itself: 'iv. 16/01510/F; proposed
    construction of 2 single storey dwellings at Pooly Farm Barns: Cllr Muir left the meeting.' / 'Cllr Peake took no
    part in the discussion.' / 'There were no objections.' (Northwold). An answer that names none, with nothing before it
    that does, is the answer alone."""
    if names_application(sentence):
        return [sentence]
    for back in range(1, min(most, len(before)) + 1):
        if is_response(before[-back]):
            break  # the answer before answers its own application: this one names none of its own
        if names_application(before[-back]):
            return before[-back:] + [sentence]
    return [sentence]


# the consultee's answer printed as a label that closes an application's entry, as a table's last cell does: 'E/34200
# Demolish ... W and L Jones No Observations E/34385 ...' (Manordeilo and Salem), '11.1 ... Northwold 10/00616/F Support',
# '8.1 ... 11/00113/F No comment' (Northwold), '25/02607/F - Change of use ... - No reason to object.' (Souldern)
ANSWER_LABEL_RE = re.compile(r"(?i)(?:\bno\s+(?:observations?|objections?|comments?|reason\s+to\s+object)|\bsupport(?:ed)?)"
                             r"\W{0,3}(?=$|\s*(?:[-–]\s*)?" + REFERENCE_RE.pattern + ")")
ANSWER_LABEL = Gated(ANSWER_LABEL_RE, "no", "support")  # every answer label holds one of these words
# an answer told, not given here: 'to note that PC made no comment' (Northwold), 'Tree in conservation area: T1
# 18/00019/TREECA – to note This was noted and there were no comments.' (Stoke Ferry)
TOLD_RE = re.compile(r"(?i)\bto\s+note\b|\bnoted\b")


def answered_applications(sentence: str) -> list[str]:
    """The applications a sentence lists with the meeting's answer to each closing its entry, one text each: the
    answers are labels, and each entry runs from the end of the answer before it to its own answer and names its
    application by reference (the first keeps what opens the sentence). A sentence that reports the answers (a
    decision received, 'to note that PC made no comment') lists none."""
    if not ANSWER_LABEL.can_match(sentence):
        return []  # no answer in it (most sentences of a paper, each asked here): nothing listed
    if REPORTED_DECISION_RE.search(sentence) or TOLD_RE.search(sentence):
        return []
    entries, start = [], 0
    for answer in ANSWER_LABEL_RE.finditer(sentence):
        entry = sentence[start:answer.end()].strip(" ;,")
        if not REFERENCE_RE.search(entry):
            return []  # an answer whose application is not named in its own entry: not a list of this shape
        entries.append(entry)
        start = answer.end()
    if not entries or sentence[start:].strip(" .;,"):
        return []  # words after the last answer: prose, not a list of answered applications
    return entries
