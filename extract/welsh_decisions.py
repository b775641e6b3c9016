"""Welsh decision words: the language's forms for what a meeting decided, beside the language table of
ingest/welsh.py (months, meeting and attendance words), so that a Welsh paper's decisions are read as its English
twin's are. Welsh community and town councils publish bilingual minutes (Manordeilo and Salem Community Council's
*_cy papers record the same meetings as their English ones).

The words are the verbs' impersonal past, the form minutes use for the meeting's own act, with no subject to weigh:
'Cytunwyd' (it was agreed), 'Penderfynwyd' (it was resolved / decided), 'Cymeradwywyd' (it was approved),
'Mabwysiadwyd' (it was adopted), 'Gwrthodwyd' (it was refused), 'Gohiriwyd' (it was deferred); 'Cytunodd' (agreed)
only of the council, its members or all present ('Cytunodd y Cynghorwyr y byddai ...'), not of a person ('Cytunodd y
Clerc i ...' is an undertaking); and the motion 'Cynigiwyd gan X, eiliwyd gan Y ...' (proposed by X, seconded by Y).
Not the noun 'penderfyniad' (a decision: '... ni chymerodd ran yn y drafodaeth na'r penderfyniad', took no part in
the discussion or the decision) nor 'Derbyniwyd' (received: apologies, a declaration of interest)."""

from __future__ import annotations

import re

_KINDS = {"cytunwyd": "agreed", "penderfynwyd": "resolved", "cymeradwywyd": "approved", "mabwysiadwyd": "approved",
          "gwrthodwyd": "rejected", "gohiriwyd": "deferred", "cytunodd": "agreed", "cynigiwyd": "motion"}
# the body's own subjects after 'Cytunodd': the council, councillors, members, all (pawb), the meeting
_OWN_SUBJECT = r"(?:y\s+|yr\s+)?(?:cyngor|cynghorwyr|aelodau|pwyllgor|bwrdd|cyfarfod)\b|pawb\b"
WELSH_DECISION_RE = re.compile(
    rf"(?i)(?<![\w’'])(?:(?P<verb>cytunwyd|penderfynwyd|cymeradwywyd|mabwysiadwyd|gwrthodwyd|gohiriwyd)\b"
    rf"|(?P<agreed>cytunodd)\s+(?={_OWN_SUBJECT})"
    r"|(?P<moved>cynigiwyd)\s+gan\b(?=.{0,120}?\beiliwyd\s+gan\b))")
# 'Cynigiwyd gan y Cyng. P. Harries, eiliwyd gan y Cyng. J. Davies ac roedd pawb yn gytûn, bod ...'
_NAME = r"(?:y\s+)?(?P<{0}>(?:Cyng\.?|Cynghorydd|Mr|Mrs|Ms|Miss|Dr)\s+(?:[A-Z]\.\s*){{0,3}}[A-Z][\w’'\-]+|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)"
WELSH_MOTION_RE = re.compile(r"(?i:cynigiwyd\s+gan)\s+" + _NAME.format("mover") + r"\s*,?\s*(?i:ac\s+)?(?i:eiliwyd\s+gan)\s+"
                             + _NAME.format("seconder"))
# an outcome the motion's own sentence states: 'ac roedd pawb yn gytûn' (and all were agreed), 'yn unfrydol' (unanimously)
_CARRIED_RE = re.compile(r"(?i)\bpawb\s+yn\s+gyt[uû]n\b|\byn\s+unfrydol\b")


def welsh_decision_kind(text: str) -> str | None:
    """The kind of decision a Welsh sentence records, or None."""
    if "wyd" not in text and "odd" not in text:  # every word above ends so: most sentences are English
        return None
    m = WELSH_DECISION_RE.search(text)
    if not m:
        return None
    if m.group("moved"):
        return "agreed" if _CARRIED_RE.search(text) else "motion"
    return _KINDS[(m.group("verb") or m.group("agreed")).lower()]


def welsh_moved_and_seconded(text: str) -> tuple[str | None, str | None]:
    """Who proposed and seconded a Welsh motion ('Cynigiwyd gan y Cyng. P. Harries, eiliwyd gan y Cyng. J. Davies')."""
    if "iwyd" not in text:
        return None, None
    m = WELSH_MOTION_RE.search(text)
    return (" ".join(m.group("mover").split()), " ".join(m.group("seconder").split())) if m else (None, None)
