"""Whether a decision verb in a sentence is the meeting deciding: 'noted' by the meeting, not a speaker; 'accepted' of
a record, a quote or the accounts, not apologies; 'carried' of a motion, not work carried out; 'concluded' of a
decision, not a meeting that ended. The sentence tests of extract/decisions.py, apart from the scoring of candidates."""

from __future__ import annotations

import re

# a member or officer confirming a fact: 'LH confirmed that all Councillors had seen the minutes ...', 'CC confirmed all
# Councillors had seen the minutes ...' (West Dereham), 'JB confirmed that the current method of dealing with planning
# applications ...' (Wereham), 'The Secretary confirmed that no branch officer had declined ...' (West Dereham's branch)
SPEAKER_CONFIRMS_RE = re.compile(r"(?:\b[A-Z]{2,4}|\b(?:[Tt]he\s+)?(?:Clerk|Chair(?:man|person)?|Secretary|Treasurer|Mayor|Officer))\s+"
                                 r"confirmed\s+(?:that\b|all\b)")


# the thing accepted, in the clause of its verb: 'the quote from Thomas B Bonnett be accepted', 'accounts ... were
# accepted', 'accepted the changes to the Financial Regulations'
_ACCEPTED_THINGS = (r"(?:quotes?|quotations?|tenders?|estimates?|accounts|terms|regulations|standing\s+orders|applications?|"
                    r"membership|nominations?)")
ACCEPTED_THING_RE = re.compile(rf"(?i)\b{_ACCEPTED_THINGS}\b[^.;]{{0,80}}\baccepted\b|\baccepted\s+(?:\w+\s+){{0,4}}{_ACCEPTED_THINGS}\b")


MINUTES_SIGNED_RE = re.compile(r"(?i)\bminutes\b[^.;]{0,200}?\b(?:were|was|be|been|and)\s+(?:duly\s+)?signed\s+"
                               r"(?:by\s+the\s+chair\w*\s+)?as\s+(?:a\s+|being\s+a\s+)?(?:true|correct|accurate|fair)\b")


def cue_holds(verb: str, text: str) -> bool:
    """Whether a decision verb in a sentence is the meeting deciding."""
    if verb == "noted":  # the meeting noted something, not "X noted that ..." (a speaker)
        return bool(re.search(r"(?i)\b(?:it was noted|(?:board|committee|council|cabinet|members|meeting|partnership|"
                              r"trustees|commission|panel)\s+noted|^noted)\b", text))
    if verb in ("continue", "continued"):
        return bool(re.search(r"(?i)\b(?:item|motion|matter)\b", text))
    if verb == "confirmed" and SPEAKER_CONFIRMS_RE.search(text):
        return False  # 'LH confirmed that all Councillors had seen the minutes': what a speaker said; a decision after it holds
    if verb == "accepted" and not re.search(r"(?i)\bapolog", text):  # apologies are attendance
        # what a meeting accepts: a quote or tender for work, the accounts for payment (Northwold, Wretton), revised terms
        # and regulations, an application to join (Suffolk Libraries); or what the sentence before names ('All were accepted.')
        if ACCEPTED_THING_RE.search(text) or re.match(r"(?i)\W*(?:all|both|these|they)\s+(?:were\s+)?accepted\b", text):
            return True
    if verb in ("accepted", "confirmed"):
        return bool(re.search(r"(?i)\b(?:minutes|record|correct|accurate|recommendation|report|proposal|resignation|offer)\b", text))
    if verb == "concluded":  # a meeting, a study or a deadline that ended: 'The official meeting concluded at 9.57pm'
        return not re.search(r"(?i)\b(?:meeting|study|survey|review|investigation|deadline|consultation|assessment|inquiry|"
                             r"session|discussion|debate)\b[^.]{0,40}?\bconcluded\b|\bconcluded\s+at\s+\d", text)
    if verb in ("re-established", "established", "set up"):  # "was re-established by the Board in June 2022"
        return bool(re.search(r"(?i)\b(?:was|were|been)\s+(?:re-established|established|set up)\s+by\s+(?:the\s+)?"
                              r"[\w\s]{0,40}?(?:board|partnership|committee|council|cabinet|commission|panel)\b", text))
    if verb == "carried":  # a motion carried, not work 'carried out' or a ferry that 'carried 18 million'
        return bool(re.search(r"(?i)(?:\b(?:motion|amendment|resolution|proposal|recommendation|vote)s?\b[^.]{0,80}|^\W*|\|\s*|"
                              r"\b(?:was|were|and)\s+)carried\b(?!\s+(?:out|over|forward|about|through))", text))
    if verb == "signed":
        # minutes signed as their true record are minutes approved: 'The minutes ... were checked for content and accuracy
        # and signed as a true record of the meeting' (Souldern), '... and they were signed as a true record' (West
        # Dereham); not cheques, a contract or a declaration signed
        return bool(MINUTES_SIGNED_RE.search(text))
    if verb in ("moved", "seconded"):  # "the item moved to March" is no motion
        return bool(re.search(r"(?i)\bmoved\b.{0,80}\bseconded\b|\bproposed\b.{0,100}\bseconded\b", text))
    return True
