"""People read by the role of a column: a list whose entries open with a name and a post
('A. Layla Lahoud, Grant Coordinator, Grade C, ...'), or a table column whose cells are mostly
names. One name with a common given name proves little, and an uncommon given name ('Atticus',
'Najeebah') is invisible to the prose rules; but when most entries of a list or cells of a
column are person-shaped and several carry given names we know, the column's role is "names",
and every person-shaped entry in it is a person."""

from __future__ import annotations

import re

from ..ingest.document import TABLE
from .people import known_given_name, looks_like_name, parse_person
from .people_facts import POST_WORD_RE
from .personhood import why_not_a_person

# a list marker before the entry: 'A.', '12.', '(b)', 'iv)', a bullet
MARKER_RE = re.compile(r"^\s*(?:[A-Z][.)]|\(?[a-z][.)]|\(?\d{1,3}[.)]|\(?[ivx]{1,5}\)|[•●▪■◦\-–*])\s+")
# the name field: words in title case, initials and surname particles, up to a comma
NAME_FIELD_RE = re.compile(
    r"^(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?\s+)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
    r"(?:\s+(?:[A-Z]\.?|[A-Z]{2}|van|von|de|der|da|di|le|la|del|Mc[A-Z][a-z]+|[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)){1,3}),\s+"
    r"(?P<rest>\S.*)$")
# 'Hermosa Beach, CA 90254': a town before its state and zip code or a postcode
PLACE_AFTER_RE = re.compile(r"^(?:[A-Z]{2}\s+\d{5}|[A-Z]{1,2}\d{1,2}[A-Z]?\s?\d[A-Z]{2}\b)")
MIN_ENTRIES = 3  # fewer entries cannot show what a column is for
KNOWN_SHARE = 0.4  # of the person-shaped entries, this share must carry a given name we know


def _person_shaped(field: str) -> bool:
    field = field.strip()
    return bool(field) and looks_like_name(field) and why_not_a_person(field) is None and 2 <= len(field.split()) <= 5


def _carries_known_name(field: str) -> bool:
    person = parse_person(field)
    return bool(person) and known_given_name(person.name)


def listed_name_lines(doc) -> list[tuple[int, str, str]]:
    """(page, name, the line) for every line of a page that opens, after its list marker, with a
    person-shaped name and a comma, when the page holds enough of them and enough carry known
    given names to show the lines are a list of people."""
    found = []
    for page in doc.pages:
        entries = []
        for line in page.text.splitlines():
            m = NAME_FIELD_RE.match(MARKER_RE.sub("", line.strip(), count=1))
            if m and _person_shaped(m.group("name")) and not PLACE_AFTER_RE.match(m.group("rest")):
                entries.append((m.group("name"), line.strip()))
        if len(entries) < MIN_ENTRIES:
            continue
        known = sum(1 for name, _ in entries if _carries_known_name(name))
        if known >= 2 and known / len(entries) >= KNOWN_SHARE:
            found += [(page.number, name, line) for name, line in entries]
    return found


def table_name_cells(block) -> list[str]:
    """Names in the columns of a table whose cells are mostly person-shaped (below the header)."""
    if block.kind != TABLE or not block.rows or len(block.rows) < 2:
        return []
    width = max(len(r) for r in block.rows)
    names = []
    for col in range(width):
        cells = [(r[col] or "").strip() for r in block.rows[1:] if col < len(r) and (r[col] or "").strip()]
        if len(cells) < MIN_ENTRIES:
            continue
        shaped = [c for c in cells if _person_shaped(c)]
        known = sum(1 for c in shaped if _carries_known_name(c))
        if len(shaped) / len(cells) >= 0.7 and known >= 2 and known / len(shaped) >= KNOWN_SHARE:
            names += shaped
    return names


def column_people(doc, structure, registry, facts):
    """Add the people that list and column roles show; each is a mention with its line."""
    for page, name, line in listed_name_lines(doc):
        person = parse_person(name)
        if person:
            rest = NAME_FIELD_RE.match(MARKER_RE.sub("", line, count=1)).group("rest")
            post = re.split(r",|\s[–-]\s|\$|£", rest)[0].strip()
            if post and len(post) <= 80 and POST_WORD_RE.search(post) and not person.post:
                person.post = post
            person = registry.add(person)
            facts["mentions"].append({"name": person.name, "page": page, "passage": None, "text": line[:300],
                                      "kind": "listed"})
    seen = set()
    for n, p in enumerate(structure.passages):
        if p.block is None or id(p.block) in seen:
            continue
        seen.add(id(p.block))
        for cell in table_name_cells(p.block):
            person = parse_person(cell)
            if person:
                person = registry.add(person)
                facts["mentions"].append({"name": person.name, "page": p.block.page, "passage": n, "text": p.text[:300],
                                          "kind": "listed"})
