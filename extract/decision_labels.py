"""A decision that names what it decided only by a generic noun or a pronoun ('The latest draft was approved as final
copy.', 'The document was discussed and a final version approved.', 'It was agreed to adopt the amended plan.', 'Cllr
Lintern proposed re-adoption') carries the label of the sub-item it sits under, which names it: '9. Farm Business
Tenancy.', '9.1 Cemetery Regulations.', '9.3 Action Plan.' (West Dereham), 'Standing Orders:' (Stoke Ferry)."""

from __future__ import annotations

import re

_KINDS_OF_PAPER = r"(?:document|draft|version|procedure|policy|plan|paper|report|strategy|regulations?|terms\s+of\s+reference)"
# what only says 'the paper before us': its noun is a kind of paper, or a pronoun, and no name comes with it
GENERIC_RE = re.compile(
    rf"(?i)^\W*(?:(?:the|this|a|an)\s+(?:(?:latest|final|revised|amended|new|draft|updated|proposed)\s+){{0,2}}{_KINDS_OF_PAPER}\s+"
    r"(?:was|were|is|has|had)\b"
    r"|it\s+was\s+(?:\w+ly\s+)?(?:discussed|considered|reviewed)\b"
    rf"|.{{0,60}}?\b(?:adopt|approve|accept|agree)\s+(?:the|this)\s+(?:(?:amended|revised|updated|final|latest|new)\s+){{1,2}}{_KINDS_OF_PAPER}\W*$"
    r"|.{0,60}?\bproposed\s+(?:re-?)?adoption\s*[;,.])")
# a sub-item's label: numbered ('9.1 Cemetery Regulations. '), or ending on a colon ('Standing Orders: '), its words
# capitalised save the small ones, then the next sentence
_WORD = r"(?:[A-Z(][\w&'’/()-]*|of|and|for|the|to|on|in|&)"
LABEL_RE = re.compile(
    rf"(?:^|(?<=[.;:]\s))(?:(?:\d+(?:\.\d+)*\.?\s+)(?P<numbered>[A-Z][\w&'’/()-]*(?:\s+{_WORD}){{0,7}})\s*[.:]"
    rf"|(?P<colon>[A-Z][\w&'’/()-]*(?:\s+{_WORD}){{0,5}}):)\s+(?=[A-Z])")


def with_label(text: str, passage: str) -> str:
    """The decision's text with the label of the sub-item it sits under in its passage, when its own words name it only
    generically and do not hold the label already."""
    if not GENERIC_RE.match(text):
        return text
    flat, own = " ".join(passage.split()), " ".join(text.split())
    at = flat.find(own[:40])
    if at <= 0:
        return text
    labels = [m.group("numbered") or m.group("colon") for m in LABEL_RE.finditer(flat[:at])]
    if not labels or labels[-1].lower() in own.lower():
        return text
    return f"{labels[-1]}: {text}"
