"""Welsh as committee papers print it: a language table of month and weekday names, the words that
head a meeting's record, the labels of its attendance lists, councillors' titles and the kinds of
council, so that a Welsh paper is read by the same rules as an English one.

Welsh community and town councils publish their minutes in Welsh as well as in English (Manordeilo
and Salem Community Council's *_cy papers; Welsh is also what the NHS Wales papers' names and
addresses are in), and the Welsh paper records the same meeting as its English twin. Nothing here
is one paper's wording: these are the language's words for month, meeting, present and apologies.
Months and weekdays take their soft-mutated forms too ('o Fehefin', 'ddydd Gwener', 'Nos Fercher').
"""

from __future__ import annotations

import re

MONTHS = {"ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7,
          "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
          # soft mutation (after 'o', 'i', 'ym mis' in some writers' hands)
          "fawrth": 3, "fai": 5, "fehefin": 6, "orffennaf": 7, "fedi": 9, "dachwedd": 11, "ragfyr": 12}
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
WEEKDAYS = r"(?:llun|lun|mawrth|fawrth|mercher|fercher|iau|gwener|wener|sadwrn|sul)"
# 'Dydd Mercher', 'ddydd Gwener', 'Nos Fercher' (an evening meeting)
WEEKDAY = r"(?:(?:dd?ydd|nos)\s+" + WEEKDAYS + r",?\s+)?"
# Welsh ordinals: 1af, 2il, 3ydd, 4ydd, 5ed, 6ed, 7fed, 8fed, 11eg, 13eg, 21ain, 20fed
DAY = r"(?P<day>[0-3]?\d)(?:\s?(?:af|il|ydd|ed|fed|eg|ain))?"
YEAR = r"(?P<year>(?:19|20)\d{2})"
# 'Dydd Mercher 10 Mehefin 2020', '11eg Hydref 2017', 'y 10fed o Fehefin 2020'
DATE_RE = re.compile(r"(?=[dDnN\d])" + WEEKDAY + r"\b" + DAY + r"(?:\s+o)?\s+" + MONTH + r",?\s+" + YEAR + r"\b", re.I)
MONTH_HINT_RE = re.compile(r"(?i)\b" + MONTH + r"\b")

# the kind of council a Welsh name opens with, and its English ('Cyngor Cymuned Manordeilo a Salem' is Manordeilo and
# Salem Community Council): the place's words follow, joined by 'a'/'ac' (and)
COUNCIL_KINDS = {"cymuned": "Community", "tref": "Town", "sir": "County", "dinas": "City", "bwrdeistref sirol": "County Borough"}
COUNCIL_RE = re.compile(
    r"\b(?i:cyngor)\s+(?P<kind>(?i:bwrdeistref\s+sirol|cymuned|tref|sir|dinas))\s+"
    r"(?P<place>[A-Z][\w'’\-]*(?:[ \t]+(?:(?i:a|ac)[ \t]+)?[A-Z][\w'’\-]*)*)")
# the words of a minutes' head that say what it is (meeting, held, minutes, extraordinary, annual)
HEAD_WORDS = {"cyfarfod": "meeting", "cynhaliwyd": "held", "cofnodion": "minutes", "eithriadol": "extraordinary",
              "blynyddol": "annual", "cyffredinol": "general"}
HEAD_WORD_RE = re.compile(r"(?i)\b(?:" + "|".join(HEAD_WORDS) + r")\b")
WELSH_HINT_RE = re.compile(r"(?i)\b(?:cyngor|cyfarfod|cynhaliwyd|cofnodion|eithriadol|blynyddol)\b")


def _as_case(english: str, welsh: str) -> str:
    return english.upper() if welsh.isupper() else english


def english_head(text: str) -> str:
    """A head line of a Welsh paper in the English words the meeting finder knows ('CYFARFOD 11eg HYDREF 2017
    Cynhaliwyd Cyngor Cymuned Manordeilo a Salem' -> 'MEETING 11eg HYDREF 2017 held Manordeilo and Salem Community
    Council'); dates are left as printed (dates.find_dates reads Welsh months). A line with none of the words is
    returned as it is."""
    if not WELSH_HINT_RE.search(text):
        return text

    def council(m: re.Match) -> str:
        place = re.sub(r"(?i)(?<=\s)ac?(?=\s)", lambda a: _as_case("and", m.group("place")), m.group("place"))
        kind = COUNCIL_KINDS[re.sub(r"\s+", " ", m.group("kind").lower())]
        return f"{place} {_as_case(kind + ' Council', m.group(0))}"

    text = COUNCIL_RE.sub(council, text)
    return HEAD_WORD_RE.sub(lambda m: _as_case(HEAD_WORDS[m.group(0).lower()], m.group(0)), text)

# the chair's word on the line the minutes are signed on ('…13eg Mawrth 2019 CADEIRYDD'), and signed
CHAIR_SIGN = r"cadeirydd|cadeirydd(?:es|wraig)|llofnodwyd"
# the next meeting ('Cynhelir y cyfarfod nesaf ar…', 'Dyddiad y cyfarfod nesaf')
NEXT_MEETING = r"cyfarfod\s+nesaf"
# what minutes do, in Welsh (paper_kind): list who was present ('PRESENNOL', 'YN BRESENNOL') and record in the past
# tense what was proposed, seconded, agreed and resolved ('Cynigiwyd gan', 'eiliwyd gan', 'Cytunwyd', 'Penderfynwyd')
PRESENT_LABEL = r"^\s*(?:yn\s+)?[pb]resennol\b"
PAST_TENSE = r"cynigiwyd\s+gan|eiliwyd\s+gan|cytunwyd|penderfynwyd|derbyniwyd\s+ymddiheuriadau"


# the labels of a meeting's attendance lists and the councillors' titles, in the English the attendance reader knows
# ('PRESENNOL Cynghorwyr A, B a’r Cynghorydd Sir C' is 'PRESENT: Councillors A, B and County Councillor C';
# 'Derbyniwyd ymddiheuriadau gan y Cynghorwyr D ac E.' is 'Apologies: Councillors D and E.')
ATTENDANCE_WORDS = [
    (r"\b(?:(?i:derbyniwyd)\s+)?(?i:ymddiheuriadau)\s+(?i:gan|oddi\s+wrth)(?:\s+y)?\s+", "Apologies: "),
    (r"(?<![\w’'])(?:HEFYD\s+YN\s+BRESENNOL|Hefyd\s+yn\s+bresennol)\b\s*:?\s*", "ALSO PRESENT: "),
    (r"(?<![\w’'])(?:YN\s+BRESENNOL|PRESENNOL|Yn\s+bresennol|Presennol)\b\s*:?\s*", "PRESENT: "),
    (r"(?<![\w’'])(?:YMDDIHEURIADAU|Ymddiheuriadau)\b\s*:\s*", "APOLOGIES: "),
    (r"\b(?i:cynghorwyr)\b", "Councillors"),
    (r"\b(?i:cynghorydd\s+sir)\b", "County Councillor"),
    (r"\b(?i:cynghorydd(?:es)?)\b", "Councillor"),
    (r"\bCyng\.", "Cllr"),
    # 'and' joining the last name of a list: a, ac, a’r (and the)
    (r"(?<=\w)\s+(?:a[’']r|ac|a)\s+(?=[A-Z])", " and "),
]
_ATTENDANCE_SUBS = [(re.compile(p), r) for p, r in ATTENDANCE_WORDS]
ATTENDANCE_HINT_RE = re.compile(r"(?i)\b(?:presennol|bresennol|ymddiheuriadau)\b")


def english_attendance(text: str, welsh: bool = False) -> str:
    """A passage holding a Welsh attendance list in the English the attendance reader knows; any other text as it
    is (unless the caller knows the lines are Welsh: `welsh`, the names under a label line of their own). The names
    are untouched: only labels, titles and 'and' are read."""
    if not welsh and not ATTENDANCE_HINT_RE.search(text):
        return text
    for pattern, english in _ATTENDANCE_SUBS:
        text = pattern.sub(english, text)
    return text
