"""The head of a table of people, ruled or run into one line of text.

'Name | Post title | Organisation' (Barking and Dagenham's agenda pack), 'Attendee Name | Title | Status | Arrived'
(East Palo Alto's roll call) and 'Name | Organisation | Affilliation' (North of Tyne LPC) are ruled tables, read
cell by cell (attendance_tables.attendance_from_table). An OCR'd page gives the same head as words on one line,
'Name Organisation Affilliation Ann Gunning NoT LPC Head of Services ...', the rows run on after it
(people.flat_table_entries). One reading of what each head says serves both, so a head either reader knows the other
knows too."""

from __future__ import annotations

import re

# what a column of a table of people holds, by its head; 'Affilliation' is North of Tyne's own spelling
COLUMN_HEAD_RE = re.compile(
    r"(?i)(?P<name>(?:attendee\s+)?name)|(?P<status>status|attendance|present)"
    r"|(?P<post>post\s+title|title|role|position|post)|(?P<organisation>organi[sz]ation|affil+iation|company|representing)")
_WORD_END_RE = re.compile(r"(?![\w'’])\s*")


def column_kind(cell: str) -> str | None:
    """'name', 'status', 'post' or 'organisation': what the column under this head holds; None for any other head.
    An organisation's head may say more ('Organisation/Company')."""
    cell = cell.strip()
    m = COLUMN_HEAD_RE.match(cell)
    if not m or m.end() < len(cell) and m.lastgroup != "organisation":
        return None
    return m.lastgroup


def flattened_head_end(text: str) -> int | None:
    """Where the head of a table flattened into text ends: 'Name' then the heads of posts and organisations
    ('Name Organisation Affilliation'); None when the text does not open with such a head."""
    m = re.match(r"\s*", text)
    kinds, end = [], m.end()
    while True:
        head = COLUMN_HEAD_RE.match(text, end)
        after = _WORD_END_RE.match(text, head.end()) if head else None
        if not after or (head.lastgroup == "name") != (not kinds) or head.lastgroup == "status":
            break
        kinds.append(head.lastgroup)
        end = after.end()
    return end if len(kinds) >= 2 else None
