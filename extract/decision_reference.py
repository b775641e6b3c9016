"""Whether a decision names what it decides only by pointing back: 'The Board agreed to adopt this
policy.', 'The Board accepted the application.', 'All agreed to continue with this.', 'This project was
unanimously approved.' What 'this policy' is, the sentences before say; stored alone, the decision
tells a reader nothing (the judges' 'lacks its subject' rows, several bodies)."""

from __future__ import annotations

import re

from .action_match import stem

# the words that stand for something said before: a demonstrative or pronoun, and the general noun it may lead
# ('this policy', 'its submission'), or 'the' with such a noun ('the proposal', 'the application')
GENERAL_NOUNS = (r"proposals?|applications?|requests?|recommendations?|reports?|papers?|polic(?:y|ies)|documents?|approach|"
                 r"items?|matters?|suggestions?|ideas?|plans?|changes?|submissions?|projects?|quotes?|quotations?|schemes?|"
                 r"arrangements?|amendments?|options?|issues?|actions?|points?|terms|wording|draft|version|figures|course")
REFERENCE_RE = re.compile(
    # 'that' alone is as often the conjunction ('RESOLVED that:'): only with its noun
    rf"(?i)\b(?:(?:this|these|those|its|their|such)(?:\s+(?:{GENERAL_NOUNS})\b)?|that\s+(?:{GENERAL_NOUNS})\b|it|them|they|"
    rf"the\s+(?:above|same|latest|revised|final|new|amended)?\s*(?:{GENERAL_NOUNS}))\b")
# the words of the decision itself and of who took it: none of them says what was decided
DECIDING_WORDS = {
    "agreed", "agree", "agrees", "approved", "approve", "accepted", "accept", "adopted", "adopt", "endorsed", "endorse",
    "resolved", "decided", "carried", "supported", "support", "confirmed", "ratified", "noted", "deferred", "rejected",
    "reviewed", "discussed", "considered", "debated", "continue", "proceed", "progress", "progressed", "with", "unanimously",
    "duly", "also", "then", "therefore", "subsequently", "formally", "fully", "both", "were", "was", "been", "have", "has",
    "had", "would", "will", "should", "that", "there", "and", "the", "all", "everyone", "members", "member", "councillors",
    "cllrs", "board", "committee", "council", "parish", "town", "meeting", "trustees", "directors", "governors", "panel",
    "group", "forum", "present", "voted", "vote", "favour", "favor",
}


def points_back(text: str) -> bool:
    """A short decision whose only object or subject refers back: once its references and the
    words of deciding are set aside, no word is left that names a thing."""
    if len(text) > 120 or text.rstrip().endswith(":") or not REFERENCE_RE.search(text):
        return False
    rest = REFERENCE_RE.sub(" ", text)
    return not any(len(w) > 2 and w.lower() not in DECIDING_WORDS for w in re.findall(r"[A-Za-z][A-Za-z’']+", rest))


def referent(text: str, before: list[str], reach: int = 4, most: int = 400) -> list[str] | None:
    """The sentences before a decision back to the one that names what its reference stands for:
    'this policy' goes back to 'CCTV Policy This policy refers to ...', 'this request' to '... concerning
    a request to erect a Crownstone Headstone'. None when the reference has no noun of its own ('this',
    'it') or no sentence within reach holds it."""
    noun = next((m.group(0).split()[-1].lower() for m in REFERENCE_RE.finditer(text) if len(m.group(0).split()) > 1), None)
    if noun is None:
        return None
    stem = re.sub(r"(?:ies|y|s)$", "", noun)
    holds = re.compile(rf"(?i)\b{re.escape(stem)}(?:y|ies|s)?\b")
    return back_to(holds.search, before, reach, most)


def back_to(holds, before: list[str], reach: int = 4, most: int = 400, stop=None) -> list[str] | None:
    """The sentences before, back to the nearest that `holds` (within reach and length, and not past one that `stop`s
    the search), or None."""
    for k in range(len(before) - 1, max(len(before) - reach, 0) - 1, -1):
        if sum(map(len, before[k:])) > most or (stop and stop(before[k])):
            return None
        if holds(before[k]):
            return before[k:]
    return None


# a noun phrase whose determiner points back: 'this work', 'these', 'such a summary', and a mover's 'Carole’s proposal'
# (whose proposal: the one minuted before)
_POINTER = r"(?:(?i:this|these|such\s+an?)|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?[’']s)"
# what is decided has such a subject: '... unanimously agreed that this be paid when the invoice was received'
# (Manordeilo and Salem), 'It was agreed that such a summary would be posted on the Parish Council notice board'
# (Souldern), 'Carole’s proposal was seconded by Peter Agate.' (Boughton); a modal after a bare 'this' is its verb, no
# noun of it ('It was agreed that this should be part of the budget discussion', Stoke Ferry: read as the noun 'should',
# an earlier passage that said 'should' was taken for what 'this' is)
_AUXILIARY = r"(?:be|is|was|were|would|should|will|could|can|may|might|must|shall|has|have|had|not)\b"
DECIDED_SUBJECT_RE = re.compile(rf"(?:\b(?i:that|agreed|resolved|decided)\s+|^\W*)(?P<ref>{_POINTER}"
                                rf"(?:\s+(?P<noun>(?!{_AUXILIARY})[a-z]+))?)\s+(?i:\w+ly\s+)?(?i:be|is|was|were|would|should|will)\b")
# or such an object, closing the sentence: 'SK proposed to adopt this paper, AM seconded' (Suffolk Libraries), 'The
# Board unanimously agreed to this proposition.', 'The Board agreed with this approach.' (Welsh Technical Standards
# Board), 'seconded by Cllr. Collins to accept the quote.' (Northwold); 'the' only with a noun for a thing put to the
# meeting, at the sentence's end ('approved the scheme.', 'Approve the Project' name what the sentence is about)
_PUT_NOUNS = r"proposals?|propositions?|applications?|recommendations?|quotes?|quotations?|suggestions?|requests?"
DECIDED_OBJECT_RE = re.compile(
    rf"(?i)\b(?:adopt(?:ed)?|accept(?:ed)?|approv(?:e|ed)|endorsed?|supported|agreed\s+(?:to|with))\s+"
    rf"(?:(?P<ref>(?:this|these|such\s+an?)\s+(?P<noun>[a-z]+))\s*(?:[.,;]|$)|(?P<the>the\s+(?P<put>{_PUT_NOUNS}))\s*(?:[.;]|$))")


def decided_by_reference(text: str) -> tuple[str, str | None, int] | None:
    """The reference a decision names what it decides by, its noun (None for a bare 'this' or 'these') and where it
    stands: ('such a summary', 'summary', 16), ('Carole’s proposal', 'proposal', 0), ('this', None, 93); None when it
    names its own subject (a long decision says what it decides in its own words, whatever it points back to)."""
    if len(text) > 200:
        return None
    for m in (DECIDED_SUBJECT_RE.search(text), DECIDED_OBJECT_RE.search(text)):
        if m is None:
            continue
        group = "the" if m.groupdict().get("the") else "ref"
        noun = m.groupdict().get("noun") or m.groupdict().get("put")
        return m.group(group), noun.lower() if noun else None, m.start(group)
    return None


def holds_noun(sentence: str, noun: str) -> bool:
    """Whether a sentence names the noun a reference stands for, by its stem: 'proposal' meets 'propose' and
    'proposition' ('... and propose that we should prepare a draft policy', Boughton)."""
    return stem(noun) in {stem(w) for w in re.findall(r"[a-z]+", sentence.lower())}  # every word (a linking stop word too)
