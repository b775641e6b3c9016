"""Who attended each meeting: attendance lists and tables, roll calls, "chaired by", and officers
who presented an item of minutes; then one row per person and meeting."""

from __future__ import annotations

import re
from dataclasses import replace

from ..ingest.document import TABLE, Block
from ..ingest.lines import name_with_code
from ..ingest.welsh import ATTENDANCE_HINT_RE, english_attendance
from .attendance_runs import BODY_LETTERS_END_RE, HEAD_BLOCKS, LINE_LABEL_RE, lists_in_columns, lists_in_head
from .attendance_tables import LABEL_CELL_RE, attendance_from_table, attendance_from_table_cells
from .literal_gate import Gated
from .name_table_heads import flattened_head_end
from .names import another_councils_member, name_key, split_title, title_sex
from .vote_records import VOTE_LINE_RE, follows_vote
from .registry import ROLE_TITLE_RE
from .roles import role_key
from .people import (PUBLIC_COUNT_RE, attendance_from_block, flat_table_entries, known_given_name, parse_person,
                     status_of)
from .prose_attendance import fullest, said_to_attend


OPENING_PASSAGES = 10  # a list of those present stands in a meeting's first passages
# asked of every passage with a list: the regex alone tries every position of the block's text
MEMBERS_PRESENT_RE = Gated(re.compile(r"(?i)(?:members|councillors|commissioners|trustees)\s+present"), "present")
CHAIRED_BY_RE = Gated(re.compile(r"(?i)\bchaired\s+by\s+(?:the\s+)?(?P<who>(?:[A-Z][\w'’\-]*\s+){0,4}[A-Z][\w'’\-]+)"),
                      "chaired")


def attendance(structure, registry, facts):
    seen_members_label = set()
    passages = structure.passages
    pending_labels: list[str] = []
    flat_rows_status = None
    list_before: tuple[int, str] | None = None  # (passage, status) of the last list read
    rows_after_label = -1  # the passage of a label alone whose name table's rows follow
    heading_rows: list = []  # rows of a name table the reader took for the passage's heading
    for n, p in enumerate(passages):
        block = p.block
        if block is None:
            continue
        if n and passages[n - 1].block is block:
            continue  # one table block gives several passages
        if _vote_line(block.text, passages[n - 1].text if n else ""):
            continue  # vote lists are votes, not attendance
        meeting = structure.real_meeting(p.meeting)
        if meeting is not None and structure.stored_meetings[meeting].role == "convenes":
            # an agenda's 'ROLL CALL: Council Members: A, B …' names who is to be called, not who came
            continue
        if block.kind == TABLE:
            labels = _labels_in_table(block)
            if labels:
                hint, pending_labels = labels[0], labels[1:]
            else:
                hint = pending_labels.pop(0) if pending_labels else None
            entries = attendance_from_table(block, n, hint) or attendance_from_table_cells(block, n)
        else:
            # the passage, not the block: short label lines are merged with the names below them
            # a table after a label line is read as a table, with the label as its hint (below)
            following = Block(passages[n + 1].kind, passages[n + 1].text, passages[n + 1].page) \
                if n + 1 < len(passages) and passages[n + 1].kind != "table_row" else None
            # a Welsh paper's list is read in English words (the language table: labels, titles, 'and')
            entries = attendance_from_block(Block(block.kind, english_attendance(p.text), p.page), n, following)
            if flat_rows_status and list_before and list_before[0] == n - 1 and _row_read_as_heading(p, passages[n - 1]):
                # a row of the name table the reader took for a heading, between the rows before and the label or
                # rows after ('Sharon Williams Wellway Pharmacy Independent' then 'IN ATTENDANCE:'); (a heading
                # after a list of another shape is not read so: Souldern's, between columns side by side, is the
                # other column's)
                heading_rows = flat_table_entries(p.heading, flat_rows_status, Block(block.kind, p.heading, p.page), n)
            if not entries and flat_rows_status and (known_given_name(p.text.strip()) or (
                    rows_after_label == n - 1 and re.match(r"[A-Z][a-z]+\s+[A-Z][a-z]", p.text))):
                # the rows of a flattened name table go on in the next paragraphs, with no label
                # (a label line among them starts the next table: 'APOLOGIES:')
                status, entries = flat_rows_status, []
                for label, part in _runs_between_label_lines(p.text):
                    status = status_of(label) if label else status
                    if part.strip():
                        entries += flat_table_entries(part, status, Block(block.kind, part, p.page), n)
            if not entries and list_before and list_before[0] == n - 1 and _list_lines(p.text):
                # the list goes on in the next passage, one person a line with the initials the minutes
                # use ('Alan Smith (AS)' / 'Cathy Fleet (CF) CLERK'): the reader broke it at a gap
                names = "\n".join(line for line in p.text.splitlines() if not PUBLIC_COUNT_RE.fullmatch(line.strip()))
                entries = attendance_from_block(Block(block.kind, "Present:\n" + names, p.page), n)
                for e in entries:
                    e.status = list_before[1]
            if not entries and list_before and list_before[0] >= n - 2 and list_before[1] in ("present", "in_attendance"):
                # councillors of another council and police officers on lines of their own after the list:
                # 'Mr Richard Rockcliffe - County Councillor', 'County Cllr Martin Storey, KL & WN Borough Cllr
                # Colin Sampson', 'PSCO Sara Clipperton': guests of the meeting, not its members
                entries = guests_after_list(p.text, block.page, n)
            flat_rows_status = entries[-1].status if entries and flattened_head_end(
                re.sub(r"^.*?:\s*", "", p.text + " " + (following.text if following else ""), count=1, flags=re.S)) is not None \
                or (entries and flat_rows_status) else None
            if entries and following is not None and LABEL_ALONE_END_RE.search(p.text) \
                    and any(BODY_LETTERS_END_RE.search(e.name) for e in entries):
                # 'PRESENT:' alone, then rows of a name table whose header the scan lost ('Amanda Lertoria Lloyds
                # CCA'): the rows are read as such, from the next passage on
                flat_rows_status, entries, rows_after_label = entries[0].status, [], n
            # a label alone on its line ('Attendees:', 'Apologies:') names the table that follows it
            labels = [line for line in block.text.splitlines() if LABEL_CELL_RE.match(line) and line.strip().endswith(":")]
            if labels and not entries:
                pending_labels = [status_of(line.strip().rstrip(":")) for line in labels]
        entries, heading_rows = heading_rows + entries, []
        for e in entries:
            status = e.status
            # a plain "Present:" after a members-present list names officers and guests
            if status == "present" and meeting in seen_members_label and not MEMBERS_PRESENT_RE.search(block.text):
                status = "in_attendance"
            status = _as_guest(status, e.person.title, structure, meeting)
            person = registry.add(e.person)
            if status in ("apologies", "absent"):
                registry.away.add(name_key(person.name))
            facts["attendance"].append({"meeting": meeting, "name": person.name, "status": status, "role": e.role,
                                        "page": e.page, "passage": n, "listed_as": e.person.name,
                                        "title": e.person.title})
            surface = f"{e.person.title} {e.person.name}" if e.person.title else e.person.name
            facts["mentions"].append({"name": person.name, "alias": surface, "page": e.page, "passage": n,
                                      "text": p.text[:500], "kind": "attendance"})
            if e.person.post or e.person.organisation:
                facts["roles"].append({"name": person.name, "title": e.person.post, "organisation": e.person.organisation,
                                       "meeting": meeting, "page": e.page})
        if entries and MEMBERS_PRESENT_RE.search(block.text):
            seen_members_label.add(meeting)
        if entries:
            list_before = (n, entries[-1].status)
        elif list_before and not PUBLIC_COUNT_RE.fullmatch(p.text.strip()):
            list_before = None  # only a count of the public may stand between a list and its guests
        m = CHAIRED_BY_RE.search(block.text)
        if m and block.kind != TABLE and meeting is not None:
            who = re.sub(r"^(?:(?:Deputy|BCU|Borough|Police|Chief|Detective|Acting|Interim)\s+)*(?:Commander\s+)?", "", m.group("who"))
            person = parse_person(who)
            if person:
                person.role = "chair"
                registry.add(person)
                facts["attendance"].append({"meeting": meeting, "name": person.name, "status": "in_attendance",
                                            "role": "chair", "page": block.page, "passage": n, "weak": True})


def _row_read_as_heading(p, before) -> bool:
    """The passage's heading is new here, no label, and opens with a given name: a row, not a heading."""
    return bool(p.heading) and p.heading != before.heading and known_given_name(p.heading.strip()) \
        and not LABEL_CELL_RE.match(p.heading)


def _first_listing(listed: set, meeting, name: str) -> bool:
    """True the first time a person is listed at a meeting (and notes it)."""
    key = (meeting, name_key(name))
    if key in listed:
        return False
    listed.add(key)
    return True


# the police at a council's meeting are no members of it, in its list of those present ('PCSO's Stefan Bunting and
# Sara Green' among those attending, Stoke Ferry) or on a line after it ('PSCO Sara Clipperton', Wretton): one list
# of their ranks for both readings, the rank kept as the officer's title
POLICE_TITLES = r"PCSO|PSCO|PC|Police\s+Community\s+Support\s+Officer|Sergeant|Sgt\.?|Inspector|Insp\.?"
POLICE_TITLE_RE = re.compile(rf"(?i){POLICE_TITLES}")


def _as_guest(status: str, title: str | None, structure, meeting) -> str:
    if status == "present" and meeting is not None \
            and (another_councils_member(title, structure.stored_meetings[meeting].body) or POLICE_TITLE_RE.fullmatch(title or "")):
        return "in_attendance"
    return status


# the posts of a body's own officers, who serve the meeting and are none of its members: 'Helen Richardson Parish
# Clerk and Financial Responsible Person' (Stoke Ferry), 'Mrs N Cooper (Clerk)' (Northwold), 'and Mr Richard Nolan,
# Clerk' (Burton-cum-Walden), 'B McGarry (Clerk- BMc)' (Souldern), 'Dave Horkan (DHO) Clerk' (Boughton)
OFFICER_POST_RE = re.compile(r"(?i)\b(?:clerk|rfo|responsible\s+financial\s+officer|financial\s+responsible\s+person|"
                             r"minute\s+(?:taker|secretary)|note\s*taker)\b")


def officers_in_attendance(facts, registry) -> None:
    """An officer whom a list of those present names with their post attends the meeting and is none of its
    members: SCHEMA.md and the gold's FORMAT.md class officers 'in_attendance', as a list headed 'In attendance'
    would. Asked once of every reader's rows, since the post may come from a column, a bracket or a dash."""
    def key(name, meeting):
        return meeting, name_key(registry.resolve(name))
    officers = {key(r["name"], r["meeting"]) for r in facts["roles"] if OFFICER_POST_RE.search(r.get("title") or "")}
    for a in facts["attendance"]:
        if a["status"] == "present" and (a.get("role") in ("clerk", "minute taker") or key(a["name"], a["meeting"]) in officers):
            a["status"] = "in_attendance"


OTHER_TIER = rf"(?:(?:County|Borough|District)\s*(?:Cllr|Councill?or)|{POLICE_TITLES})"
_GUEST_NAME = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)?(?!(?:County|Borough|District)\b)(?:[A-Z][a-z'’\-]+|[A-Z]\.?)" \
              r"(?:\s+(?!(?:County|Borough|District)\b)[A-Z][a-z'’\-]+){1,2}"
GUEST_RE = re.compile(
    rf"(?:[A-Z]{{1,3}}\s*&\s*[A-Z]{{1,3}}\s+)?{OTHER_TIER},?\s+(?P<after>{_GUEST_NAME})"
    rf"|(?P<before>{_GUEST_NAME})\s*[-–]\s*{OTHER_TIER}")


LABEL_ALONE_END_RE = re.compile(r"(?i)(?:^|\n)[ \t]*[a-z][a-z ,]{0,30}:[ \t]*$")


def _runs_between_label_lines(text: str) -> list[tuple[str | None, str]]:
    """The text cut at each line that is an attendance label alone with its colon ('APOLOGIES:'): each run of
    lines with the label before it (None for the first), the label read as the attendance reader reads one."""
    runs: list[tuple[str | None, str]] = []
    label, lines = None, []
    for line in text.split("\n"):
        m = LINE_LABEL_RE.match(line)
        if m and ":" in m.group(0) and not line[m.end():].strip():
            runs.append((label, "\n".join(lines)))
            label, lines = m.group("label"), []
        else:
            lines.append(line)
    return runs + [(label, "\n".join(lines))]


def guests_after_list(text: str, page: int, n: int) -> list:
    """The first lines of a passage that each hold guests named with their council or police post, or a
    count of the public, and nothing else."""
    from .people import AttendanceEntry
    out = []
    for line in text.splitlines():
        line = PUBLIC_COUNT_RE.sub("", line).strip(" ,.")
        if not line:
            continue
        matches = list(GUEST_RE.finditer(line))
        rest = GUEST_RE.sub("", line)
        people = [parse_person(m.group("after") or m.group("before")) for m in matches]
        if not matches or re.sub(r"(?:\s|,|\band\b)+", "", rest) or not all(p and len(p.name.split()) >= 2 for p in people):
            break  # the guests' lines end where other text begins ('Distribution: ...')
        for m, p in zip(matches, people):
            rank = _guest_post(m)
            if POLICE_TITLE_RE.fullmatch(rank) and not p.title:
                p.title = rank
        out += [AttendanceEntry(p.name, "in_attendance", None, page, n, p) for p in people]
    return out


def _guest_post(m: re.Match) -> str:
    """What GUEST_RE read beside the guest's name: 'PSCO' of 'PSCO Sara Clipperton', 'Borough Councillor' of
    'Cllr C Sampson - Borough Councillor'."""
    if m.group("after"):
        return m.string[m.start():m.start("after")].strip(" ,")
    return m.string[m.end("before"):m.end()].strip(" -–")


def _list_lines(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip() and not PUBLIC_COUNT_RE.fullmatch(line.strip())]
    return bool(lines) and all(name_with_code(line, alone=True) for line in lines)


def _in_english(head: list) -> list:
    """A Welsh paper's first blocks in the English the list reader knows, the name lines under a Welsh label with it
    ('PRESENNOL' over 'Cynghorwyr A, B a’r Cynghorydd Sir C'); an English paper's as they are."""
    if not any(ATTENDANCE_HINT_RE.search(b.text) for _, b in head if b.kind != TABLE):
        return head
    return [(i, b if b.kind == TABLE else replace(b, text=english_attendance(b.text, welsh=True))) for i, b in head]


def attendance_in_head_lines(doc, structure, registry, facts):
    """For a meeting of minutes the passages gave no attendance: the labelled lists of its first
    lines, whatever blocks hold them (name lines read as headings, a label closing the title)."""
    # a list counts when it named someone ('Attendees: Directors, Members and Staff' names no one)
    # and who was there: apologies or guests alone leave the list of those present unread
    # and it opens the meeting: a 'PRESENT:' of visitors to an open session held after the first items
    # (Stoke Ferry's 'The meeting was adjourned ... for an open meeting') leaves the opening list unread
    first_passage: dict[int, int] = {}
    for n, p in enumerate(structure.passages):
        if p.meeting is not None:
            first_passage.setdefault(structure.real_meeting(p.meeting), n)
    listed = {a["meeting"] for a in facts["attendance"] if not a.get("weak") and len(a["name"].split()) >= 2
              and a["status"] == "present" and a["passage"] - first_passage.get(a["meeting"], 0) < OPENING_PASSAGES}
    passage_of: dict[int, int] = {}
    for n, p in enumerate(structure.passages):
        if p.block is not None:
            passage_of.setdefault(id(p.block), n)
    blocks = doc.blocks
    heads: dict[int, list] = {}
    for i, m in enumerate(structure.block_meeting[:len(blocks)]):
        if m is None:
            continue
        meeting = structure.real_meeting(m)
        # a meeting the paper convenes has no attendance yet: an agenda's 'ROLL CALL: Council Members: A, B …'
        # names who is to be called, not who came
        if meeting in listed or structure.stored_meetings[meeting].role != "records":
            continue
        if len(heads.setdefault(meeting, [])) < HEAD_BLOCKS:
            heads[meeting].append((i, blocks[i]))
    pages = {p.number: p for p in doc.pages}
    for meeting, head in heads.items():
        found = []
        # labels side by side over columns of names, read by position where the reader could
        for i, b in head:
            columns = getattr(pages.get(b.page), "label_columns", None)
            if columns:
                found = [(i, lists_in_columns(columns, b.page, 0))]
                break
        if not any(entries for _, entries in found):
            found = lists_in_head(_in_english(head))
        for i, entries in found:
            # the passage of this block, or the first one after it (a heading is no passage)
            n = passage_of.get(id(blocks[i]))
            if n is None:
                n = next((passage_of[id(b)] for b in blocks[i + 1:] if id(b) in passage_of), 0)
            for e in entries:
                person = registry.add(e.person)
                if e.status in ("apologies", "absent"):
                    registry.away.add(name_key(person.name))
                status = _as_guest(e.status, e.person.title, structure, meeting)
                facts["attendance"].append({"meeting": meeting, "name": person.name, "status": status, "role": e.role,
                                            "page": e.page, "passage": n, "listed_as": e.person.name,
                                            "title": e.person.title})
                surface = f"{e.person.title} {e.person.name}" if e.person.title else e.person.name
                facts["mentions"].append({"name": person.name, "alias": surface, "page": e.page, "passage": n,
                                          "text": blocks[i].text[:500], "kind": "attendance"})
                if e.person.post or e.person.organisation:
                    facts["roles"].append({"name": person.name, "title": e.person.post, "organisation": e.person.organisation,
                                           "meeting": meeting, "page": e.page})


def _vote_line(text: str, before: str) -> bool:
    """A line of a vote's record ('AYES: ...', 'MOTION BY: ...'); an 'Absent:' line is one only
    after a vote's record (East Palo Alto's 'AYES: ... / ABSENT: Hernandez'): opening a block of its
    own after anything else it is the meeting's ('ROLL CALL: Present: ... / Absent: Cownie.', Des Moines)."""
    if re.match(r"(?i)\s*absent\b", text):
        return follows_vote(before)
    return bool(VOTE_LINE_RE.match(text))


def _status(label: str) -> str:
    return {"present": "present", "in attendance": "in_attendance", "apologies": "apologies", "absent": "absent"}[label.lower()]


def _labels_in_table(block) -> list[str]:
    """Attendance labels written in a table's cells, in order: a layout with the labels in one
    column and a name table per label beside them."""
    first = " ".join(" ".join(r) for r in (block.rows or []))
    found = re.findall(r"(?i)\b(present|in attendance|apologies|absent)\s*:", first)
    return [_status(label) for label in found]


_PERSON = r"(?P<who>(?<![A-Za-z])(?:[A-Z]\.?\s+)?[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?\s+[A-Z][A-Za-z'’\-]+)"


# the second starts with a name, tried at every capital of every passage: each asks first for its verbs
PRESENTER_RES = [
    Gated(re.compile(r"\b(?:[Pp]resented|[Ii]ntroduced)\s+by\s+(?:(?:the\s+)?[A-Z][\w.]*\s+){0,4}?" + _PERSON + r"\s*[),.;]"),
          "presented", "introduced"),
    # (not who had attended another meeting: 'Steve Lively, Regulatory Compliance Officer who had previously
    # attended the Parish Council meeting in November 2017')
    Gated(re.compile(_PERSON + r"(?:,\s*(?:(?!\b(?:who|had|has|have|previously|once)\b)[^,.;()]){2,60},?)?"
                     r"\s+(?:presented|attended|was\s+in\s+attendance|gave\s+a\s+presentation|introduced\s+the\s+(?:report|item)"
                     # 'James Powell, Marketing and Communications Manager, gave an update' (Suffolk Libraries), 'Sara
                     # Clipperton gave a report to the Council' (Wretton: listed already)
                     r"|gave\s+an?\s+(?:brief\s+|short\s+|verbal\s+)?(?:update|report|overview|briefing))\b"),
          "presented", "attended", "attendance", "gave", "introduced"),
]

# several who introduced an item together, the first with their post: 'Caroline Smith, Assistant Director for
# Corporate Parenting and apprentices from Virtual School Kent, Nathan Moody, Jack Phelps, Kiron Bullen and
# Connor Cruickshank introduced the item' (Kent), 'Marion Harvey and Charlotte Clark presented' (Suffolk Libraries);
# the post ends where a list of names goes on ('..., Safeguarding and Quality Assurance presented' names one)
_NAME = r"(?:[A-Z]\.?\s+)?[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?\s+[A-Z][A-Za-z'’\-]+"
PRESENTER_LIST_RE = Gated(re.compile(
    r"(?<![A-Za-z])(?P<first>" + _NAME + r")(?:,\s*[^,.;()]{2,120}?(?=,\s*" + _NAME + r"(?:\s*,|\s+and\s)))?"
    r"(?P<run>(?:\s*,\s*" + _NAME + r")*\s*,?\s+and\s+" + _NAME + r")"
    r"\s+(?:presented|introduced\s+the\s+(?:report|item))\b"), "presented", "introduced")

# who came late: 'Sheumaker arrived at 7:32 a.m.' (Des Moines), 'PCSO Roger Anthony joined the meeting' (Manordeilo),
# 'Borough Councillor Sampson joined the meeting' (Stoke Ferry); a guest's post says they attended as a guest
ARRIVAL_RE = Gated(re.compile(
    r"(?P<post>\b(?:(?:County|Borough|District)\s+Councill?or|PCSO|PC|Cllr\.?|Councillor|Mr|Mrs|Ms|Miss|Dr)\s+)?"
    r"(?<![\w'’\-])(?P<who>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2})\s+"
    r"(?P<how>arrived\s+(?:at\s+\d|during\b)|joined\s+the\s+meeting\b)"), "arrived", "joined")
GUEST_POST_RE = re.compile(r"(?i)county|borough|district|pcso|^pc\b")


def _presenters_listed(m) -> list[str]:
    """The names of a list of presenters, the post after the first left out; a known given name among
    them vouches for the rest ('Kiron Bullen' between Jack Phelps and Connor Cruickshank)."""
    names = [m.group("first")] + re.findall(_NAME, m.group("run"))
    return names if any(known_given_name(n) for n in names) else []


def presenters_in_attendance(structure, registry, facts):
    """Officers and guests who presented or attended an item of minutes are in attendance,
    unless a list already says how they attended."""
    listed = {(a["meeting"], name_key(registry.resolve(a["name"]))) for a in facts["attendance"]}
    for n, p in enumerate(structure.passages):
        if p.meeting is None:
            continue
        meeting = structure.real_meeting(p.meeting)
        if structure.stored_meetings[meeting].role != "records":
            continue
        # (who, how they were found): a name a given name does not vouch for must be one of the paper's lists,
        # and never after 'was in attendance' ('Service Manager in Safeguarding and Quality Assurance ...': a post)
        whos = [(m.group("who"), "attendance" if m.group(0).endswith("attendance") else
                 "gave" if re.search(r"gave\s+an?\s+(?:\w+\s+)?(?:update|report|overview|briefing)$", m.group(0)) else "verb")
                for pattern in PRESENTER_RES for m in pattern.finditer(p.text)]
        whos += [(who, "list") for m in PRESENTER_LIST_RE.finditer(p.text) for who in _presenters_listed(m)]
        for who, how in whos:
            person = parse_person(who)
            if not person or how != "list" and not known_given_name(person.name) and (
                    how == "attendance" or name_key(person.name) not in registry.people):
                continue
            if how == "gave" and not (known_given_name(person.name) and len(person.name.split()) >= 2):
                continue  # 'Cllr Nicholas-Letch gave an update': a member by a surname the lists give in full
            name = registry.resolve(person.name)
            if not _first_listing(listed, meeting, name):
                continue
            facts["attendance"].append({"meeting": meeting, "name": name, "status": "in_attendance", "role": None,
                                        "page": p.page, "passage": n, "weak": True, "title": person.title})
        for m in ARRIVAL_RE.finditer(p.text):
            person = parse_person(m.group("who"))
            # a surname alone is a member only in the form a roll call uses ('Sheumaker arrived at 7:32')
            if not person or len(person.name.split()) < 2 and not (m.group("post") or m.group("how").startswith("arrived")):
                continue
            if len(person.name.split()) >= 2 and not (known_given_name(person.name) or name_key(person.name) in registry.people):
                continue
            name = registry.resolve(person.name)
            if not _first_listing(listed, meeting, name):
                continue
            status = "in_attendance" if GUEST_POST_RE.search(m.group("post") or "") else "present"
            facts["attendance"].append({"meeting": meeting, "name": name, "status": status, "role": None,
                                        "page": p.page, "passage": n, "weak": True, "title": person.title})
        for said in said_to_attend(p.text):
            person = next((c for c in map(parse_person, said.candidates) if c and _vouched(c, registry)), None)
            if person is None:
                continue
            bare = fullest(p.text, person.name)
            name = registry.resolve(f"{person.title} {bare}" if person.title else bare)
            if _first_listing(listed, meeting, name):
                facts["attendance"].append({"meeting": meeting, "name": name, "status": said.status, "role": None,
                                            "page": p.page, "passage": n, "weak": True, "title": person.title})


def _vouched(person, registry) -> bool:
    """A name read from prose is a person's when a title, a known given name or the paper's lists say so."""
    return bool(person.title) or len(person.name.split()) >= 2 and (
        known_given_name(person.name) or name_key(person.name) in registry.people)


def _away(row: dict) -> bool:
    return row["status"] in ("apologies", "absent")


def _surnames_of_one_person(rows, registry) -> set[str]:
    """Surnames only one full name of the paper's attendance has: Kent's 'Mr Wright' may be J or L."""
    full: dict[str, set] = {}
    for a in rows:
        words = name_key(registry.resolve(a["name"])).split()
        if len(words) >= 2:
            full.setdefault(words[-1], set()).add(" ".join(words))
    return {surname for surname, names in full.items() if len(names) == 1}


def _sole_surname(row: dict, sole: set[str]) -> bool:
    """A bare surname sending apologies ('Cllr Hopfensperger') that can be one person only."""
    bare = name_key(split_title(row.get("listed_as") or "")[1]).split()
    return len(bare) == 1 and bare[0] in sole


def resolve_attendance(facts, registry):
    """Short forms in attendance lists take the full names given elsewhere; one row per person
    and meeting (the strongest status wins over a weak 'chaired by')."""
    best: dict[tuple, dict] = {}
    sole = _surnames_of_one_person(facts["attendance"], registry)
    sexes: dict[tuple, list] = {}  # (meeting, name) -> the sexes titles gave its rows so far
    for a in facts["attendance"]:
        sex = title_sex(a.get("title"))
        # with a title of a sex: 'Mr Meade' of the apologies is not the 'Ms J Meade' the list gives
        # (the role the list gives tells namesakes apart: 'Chair Ramirez' of a roll call is the Ramirez who chairs)
        a["name"] = registry.resolve(f"{a['title']} {a['name']}" if sex else a["name"], title=a.get("title"), role=a.get("role"))
        # 'Ms J Meade, Mr J Meade' of one list are two people, one row each; a row whose title
        # gives no sex ('Cllr', a 'chaired by') is the first of its name
        seen = sexes.setdefault((a["meeting"], name_key(a["name"])), [])
        if sex and sex not in seen and None in seen:
            seen[seen.index(None)] = sex
        elif not seen or sex and sex not in seen:
            seen.append(sex)
        key = (a["meeting"], name_key(a["name"]), seen.index(sex) if sex else 0)
        if sex and key in best and not a.get("weak") and not best[key].get("weak") and _away(a) != _away(best[key]):
            plain = registry.resolve(a["listed_as"] or a["name"]) if a.get("listed_as") else None
            if plain and name_key(plain) != key[1]:
                # Kent's 'Mr Wright' sends apologies to a meeting its list has Mr J Wright present at: the
                # name read without the title ('Wright': J or L), as before titles were read (a person
                # present and away at once is two); otherwise the first row stays, as before
                a["name"] = plain
                key = (a["meeting"], name_key(plain), 0)
        # apologies recorded in the minutes win over the list of members invited ("Attendees"); 'Apologies
        # were received from Cllr Hopfensperger' wins too when the paper has one person of that surname
        sent_apologies = a["status"] in ("apologies", "absent") and not a.get("weak") and key in best and \
            best[key]["status"] in ("present", "in_attendance") and (
                name_key(a.get("listed_as", "")) == key[1] or _sole_surname(a, sole))
        if key not in best or best[key].get("weak") or sent_apologies:
            best[key] = a
    facts["attendance"] = [dict((k, v) for k, v in a.items() if k not in ("weak", "listed_as")) for a in best.values()]
    for r in facts["roles"]:
        r["name"] = registry.resolve(r["name"])
    for m in facts["mentions"]:
        title = split_title(m.get("alias") or "")[0]
        led = ROLE_TITLE_RE.match(m.get("alias") or "")  # 'Chair Ramirez': the Ramirez who chairs
        m["name"] = registry.resolve(f"{title} {m['name']}" if title_sex(title) else m["name"], title=title,
                                     role=role_key(led.group(0)) if led else None)
