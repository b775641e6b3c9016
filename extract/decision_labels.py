"""A decision that names what it decided only by a generic noun or a pronoun ('The latest draft was approved as final
copy.', 'The document was discussed and a final version approved.', 'It was agreed to adopt the amended plan.', 'Cllr
Lintern proposed re-adoption') carries the label of the sub-item it sits under, which names it: '9. Farm Business
Tenancy.', '9.1 Cemetery Regulations.', '9.3 Action Plan.' (West Dereham), 'Standing Orders:' (Stoke Ferry). A decision
whose words name nothing of the lettered sub-item it is minuted under ('k) Parking Lynn Road - ... It was agreed to monitor
the position') carries that sub-item's title."""

from __future__ import annotations

import re

from .action_match import stems
from .list_labels import label_shape

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


# a lettered sub-item: its title, a dash, then its account ('k) Parking Lynn Road - the Clerk reported ...', Stoke Ferry;
# 'a) Councillor’s handbook – should include ...', Souldern; 'c) Allotment Tenancy Agreement – the contract was ...', West
# Dereham); the title is short and holds no sentence's end
SUB_ITEM_RE = re.compile(r"(?:^|(?<=[.;:]\s))\(?(?:[a-z]|[ivx]{1,4})[).]\s+(?P<title>[A-Z][^.:;\n]{2,60}?)\s+[-–—]\s+")


def with_sub_item(text: str, passage: str, before: str | None = None, reach: int = 600) -> str:
    """The decision's text with the title of the lettered sub-item it is minuted under, when none of its words is the
    title's: 'agreed to monitor the position' under 'k) Parking Lynn Road - ...' says nothing of parking without it. The
    title opens a sub-item of the decision's own passage, at most `reach` characters before it; or, when its passage
    opens with no label of its own, the one-line passage just before, of its item (`before`: 'a) Councillor’s handbook
    – should include ...' then 'It was resolved to compile a skeleton framework ...', Souldern)."""
    flat, own = " ".join(passage.split()), " ".join(text.split())
    if SUB_ITEM_RE.match(own):
        return text  # it opens with its own title
    at = flat.find(own[:40])
    if at < 0:
        return text
    titles = [m for m in SUB_ITEM_RE.finditer(flat[:at + 1])]
    title = titles[-1].group("title") if titles and at - titles[-1].end() <= reach else None
    if not titles and before and "\n" not in before.strip() and not label_shape(flat) and (m := SUB_ITEM_RE.match(before.strip())):
        title = m.group("title")  # a passage of more lines may hold the next sub-item's heading at its end
    if not title or set(stems(title)) & set(stems(own)):
        return text
    return f"{title}: {text}"


# a reference to what the item is about ('who owns it', 'spend resources on this issue', 'attend these meetings'); not the
# 'it' of 'it was agreed', which stands for nothing
_BACK_RE = re.compile(r"(?i)\b(?:(?:this|these|those|such)\b(?!\s+(?:meeting|evening|time|year|month|week)\b)|"
                      r"it\b(?!\s+(?:was|is|has|had|would|will|should|could|can|may|might|must|be)\b))")
# a heading's item number, before its title: '16/16 Near Flooding Incident ...' (Wereham), '07.17.04 Issues from the Floor'
# (Souldern), '9. Farm Business Tenancy' (West Dereham)
_ITEM_NUMBER_RE = re.compile(r"^\s*\d{1,3}(?:[./]\d{1,3}){0,3}\.?\s+(?=[A-Z])")


def with_item_title(text: str, passage: str, heading: str | None, before: str | None = None) -> str:
    """The decision's text with what its item is about, when it opens its passage and refers back to it ('Resolved: (1)
    That JR contact Julian and Mark to find out who owns it' under '16/16 Near Flooding Incident at Mr Skinners
    Property', Wereham; 'It was agreed that Cllrs Summers and Mendoza will continue to attend these meetings' after the
    line 'LAG Meetings:', Stoke Ferry): the one-line title that ends on a colon just before it, of its item (`before`),
    or else its numbered heading's title (`heading`: None where the heading is more than a few passages back, and may
    be one the layout left standing over later items); not when its words hold every word of the title already."""
    own = " ".join(text.split())
    if not _BACK_RE.search(own) or not " ".join(passage.split()).startswith(own[:40]) or label_shape(own):
        return text  # not its passage's opening, or it opens with a label of its own ('a. Playground – ...')
    line = " ".join((before or "").split())
    title = line[:-1].strip() if "\n" not in (before or "").strip() and 3 < len(line) <= 60 and line.endswith(":") else None
    if title is None and heading and (m := _ITEM_NUMBER_RE.match(heading)) and "\n" not in heading:
        title = heading[m.end():].strip().rstrip(".:")
    if not title or len(title) > 80 or not set(stems(title)) - set(stems(own)):
        return text
    return f"{title}: {text}"


# a decision on 'the report', 'the update', 'the work update', 'the verbal update', 'the presentation' and nothing
# else: 'RESOLVED that Cabinet note the report.', '3. RESOLVED that the update be noted.' (Kent's Cabinet and its
# Corporate Parenting Panel) say what they decided only through the item they close
_PAPER_NOUN_RE = re.compile(r"(?i)\bthe\s+(?:(?:verbal|written|work|latest|quarterly|annual|monthly)\s+)?"
                            r"(?:report|update|presentation|briefing|paper)\b")
_DECIDING = set("resolved that the was were be been is are note notes noted agreed agree agrees approved approve approves "
                "endorse endorses endorsed accepted accept accepts received receive receives and with its to by "
                "council cabinet committee panel board members trustees governors directors".split())


def names_only_a_paper(text: str) -> bool:
    """A short decision whose only object is a generic paper ('the report', 'the update'): besides it and the words of
    deciding and of who decided, it names nothing."""
    first = " ".join(text.split("\n", 1)[0].split())
    if len(first) > 120 or not _PAPER_NOUN_RE.search(first):
        return False
    rest = _PAPER_NOUN_RE.sub(" ", first)
    return not any(w.lower() not in _DECIDING for w in re.findall(r"[A-Za-z][A-Za-z’']+", rest))


def with_item_of_paper(text: str, item_title: str | None) -> str:
    """The decision's text with its item's title, when it names only a generic paper and the title names something the
    decision does not: 'Corporate Risk Register: 4. RESOLVED that Cabinet note the report.'"""
    title = " ".join((item_title or "").split()).rstrip(".:")
    if not title or len(title) > 120 or not names_only_a_paper(text) or not set(stems(title)) - set(stems(text)):
        return text
    return f"{title}: {text}"
