"""Run every extractor over one document and return its facts as plain data.

Order matters: the document's own lists (membership tables, attendance, initials defined
beside names) build a registry first, so that short forms in the text ("Cllr Ghani", "DT",
"the Clerk") resolve to the full names the same paper gives."""

from __future__ import annotations

import re

from ..ingest.document import TABLE, Block, Document
from ..ingest.structure import Structure
from . import actions as act
from .acronyms import find_acronyms, is_organisation
from .decisions import (DECISION_HEADING_RE, PUT_TO_MEETING_RE, RESOLVED_RE, DecisionFact, from_sentence, kind_of,
                        vote_block, with_motion)
from .due import find_due
from .names import name_key, split_title
from .nlp import load_pipeline, people_in
from .people import (Person, Registry, attendance_from_block, attendance_from_table, initials_defined, initials_of,
                     known_given_name, looks_like_name, membership_from_table, parse_person, roll_call_lines)
from .statistics import find_statistics

VOTE_LINE_RE = re.compile(
    r"(?i)^\s*(?:(?:RESULT|MOTION(?:\s+BY)?|MOVED(?:\s+BY)?|SECOND(?:ED)?(?:\s+BY)?|AYES|NAYS|NOES|ABSTAIN\w*|ABSENT|RECUSED)"
    r"\s*(?:\(\d+\))?|(?:FOR|AGAINST|ABSTENTIONS?)\s*\(\d+\))\s*:")
CONTACT_RE = re.compile(
    r"(?i)\b(?:contact(?:\s+officer)?|report\s+author|author|lead\s+officer|presented\s+by|prepared\s+by|clerk|ask\s+for|enquiries\s+to)\s*:\s*"
    r"(?P<who>[^,\n;]{3,60}?)(?=\s+(?:tel|telephone|phone|e-?mail)\b|\s{2,}|,|\n|;|$)(?:,\s*(?P<post>[^\n;]{3,120}))?")
ROLE_LINE_RE = re.compile(
    r"(?i)^(?:mayor(?:\s+pro\s+tem)?|vice\s+mayor|deputy\s+mayor|council\s*members?|councilmembers|councillors|"
    r"city\s+(?:clerk|attorney|treasurer|manager)|town\s+clerk|parish\s+clerk|clerk|chair(?:man|person)?|vice[- ]chair|"
    r"commissioners?|trustees?|members?|treasurer|secretary|executive\s+team)\s*:?$")
NAME_POST_LINE_RE = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'’\-]+){1,2}),\s+(?P<post>[A-Z][\w ,&'’\-]{2,80})$")
POST_WORD_RE = re.compile(r"(?i)\b(?:manager|director|clerk|chief|officer|attorney|treasurer|head|lead|leader|counsel|"
                          r"councillor|councilmember|mayor|chair|secretary|executive|commissioner|superintendent|inspector)\b")
SIGNATURE_NAME_RE = re.compile(r"^(?:[A-Z]\.?\s+){0,2}[A-Z][a-z]+(?:\s+[A-Z][A-Za-z'’\-]+){0,2}$")
CHAIRED_BY_RE = re.compile(r"(?i)\bchaired\s+by\s+(?:the\s+)?(?P<who>(?:[A-Z][\w'’\-]*\s+){0,4}[A-Z][\w'’\-]+)")


def extract_document(doc: Document, structure: Structure, pipeline: str | None = None) -> dict:
    passages = structure.passages
    registry = Registry()
    facts: dict[str, list] = {k: [] for k in ("attendance", "roles", "mentions", "actions", "decisions", "statistics",
                                              "acronyms", "organisations")}
    meetings = structure.stored_meetings
    body_of = lambda p: meetings[structure.real_meeting(p.meeting)].body if p.meeting is not None else None

    _membership(structure, registry, facts, body_of)
    _attendance(structure, registry, facts)
    for p in passages:
        for person in initials_defined(p.text):
            registry.add(person)
    _contacts_and_presenters(structure, registry, facts, doc)
    _listed_people(doc, registry, facts)
    _derived_initials(registry)

    nlp = load_pipeline(pipeline)
    # "McKay(Acting Chief Analyst)": a bracket glued to a word hides both from the tokenizer
    docs = list(nlp.pipe([re.sub(r"(?<=[a-z])\(", " (", p.text) for p in passages], batch_size=256))
    _prose_people(docs, passages, registry, facts, structure)
    _presenters_in_attendance(structure, registry, facts)
    _resolve_attendance(facts, registry)

    _actions(docs, structure, registry, facts)
    _decisions(docs, structure, facts)
    _statistics(docs, structure, facts)
    _acronyms(passages, facts)
    return facts


# --- people ---------------------------------------------------------------------------------

def _membership(structure, registry, facts, body_of):
    last_header = None
    for n, p in enumerate(structure.passages):
        block = p.block
        if block is None or block.kind != TABLE or p.kind != "table_row" or (n and structure.passages[n - 1].block is block):
            continue
        rows = block.rows or []
        if rows and "name" in [c.strip().lower() for c in rows[0]]:
            last_header = rows[0]
        elif last_header and rows and len(rows[0]) == len(last_header):
            block = Block(block.kind, block.text, block.page, rows=[last_header] + rows)  # continues over a page break
        for person in membership_from_table(block):
            person = registry.add(person)
            facts["roles"].append({"name": person.name, "title": person.post, "organisation": person.organisation,
                                   "body": body_of(p), "meeting": structure.real_meeting(p.meeting), "page": block.page})
            surface = f"{person.title} {person.name}" if person.title else person.name
            facts["mentions"].append({"name": person.name, "alias": surface, "page": block.page, "passage": n,
                                      "text": p.text, "kind": "membership"})
            if person.organisation and is_organisation(person.organisation):
                name, acronym = _org_and_acronym(person.organisation)
                facts["organisations"].append({"name": name, "acronym": acronym})


def _org_and_acronym(text: str) -> tuple[str, str | None]:
    m = re.match(r"^(.*?)\s*\(([A-Z]{2,8})\)\s*$", text.strip())
    return (m.group(1).strip(), m.group(2)) if m else (text.strip(), None)


def _attendance(structure, registry, facts):
    seen_members_label = set()
    passages = structure.passages
    pending_labels: list[str] = []
    for n, p in enumerate(passages):
        block = p.block
        if block is None:
            continue
        if n and passages[n - 1].block is block:
            continue  # one table block gives several passages
        if VOTE_LINE_RE.match(block.text) or (n and VOTE_LINE_RE.match(passages[n - 1].text) and re.match(r"(?i)\s*absent", block.text)):
            continue  # vote lists are votes, not attendance
        meeting = structure.real_meeting(p.meeting)
        if block.kind == TABLE:
            labels = _labels_in_table(block)
            if labels:
                hint, pending_labels = labels[0], labels[1:]
            else:
                hint = pending_labels.pop(0) if pending_labels else None
            entries = attendance_from_table(block, n, hint)
        elif re.search(r"(?i)\bname\b.*\bstatus\b", block.text[:80]) and "\n" in block.text:
            entries = roll_call_lines(block.text.splitlines()[1:], block.page, n)
        else:
            # the passage, not the block: short label lines are merged with the names below them
            following = Block(passages[n + 1].kind, passages[n + 1].text, passages[n + 1].page) if n + 1 < len(passages) else None
            entries = attendance_from_block(Block(block.kind, p.text, p.page), n, following)
            labels = re.findall(r"(?im)^\s*(present|in attendance|apologies|absent)\s*:\s*$", block.text)
            if labels and not entries:
                pending_labels = [_status(l) for l in labels]
        for e in entries:
            status = e.status
            # a plain "Present:" after a members-present list names officers and guests
            if status == "present" and meeting in seen_members_label and not re.search(r"(?i)(?:members|councillors|commissioners|trustees)\s+present", block.text):
                status = "in_attendance"
            person = registry.add(e.person)
            facts["attendance"].append({"meeting": meeting, "name": person.name, "status": status, "role": e.role,
                                        "page": e.page, "passage": n})
            surface = f"{e.person.title} {e.person.name}" if e.person.title else e.person.name
            facts["mentions"].append({"name": person.name, "alias": surface, "page": e.page, "passage": n,
                                      "text": p.text[:500], "kind": "attendance"})
            if e.person.post or e.person.organisation:
                facts["roles"].append({"name": person.name, "title": e.person.post, "organisation": e.person.organisation,
                                       "meeting": meeting, "page": e.page})
        if re.search(r"(?i)(?:members|councillors|commissioners|trustees)\s+present", block.text) and entries:
            seen_members_label.add(meeting)
        m = CHAIRED_BY_RE.search(block.text)
        if m and block.kind != TABLE and meeting is not None:
            who = re.sub(r"^(?:(?:Deputy|BCU|Borough|Police|Chief|Detective|Acting|Interim)\s+)*(?:Commander\s+)?", "", m.group("who"))
            person = parse_person(who)
            if person:
                person.role = "chair"
                registry.add(person)
                facts["attendance"].append({"meeting": meeting, "name": person.name, "status": "in_attendance",
                                            "role": "chair", "page": block.page, "passage": n, "weak": True})


def _status(label: str) -> str:
    return {"present": "present", "in attendance": "in_attendance", "apologies": "apologies", "absent": "absent"}[label.lower()]


def _labels_in_table(block) -> list[str]:
    """Attendance labels written in a table's cells, in order: a layout with the labels in one
    column and a name table per label beside them."""
    first = " ".join(" ".join(r) for r in (block.rows or []))
    found = re.findall(r"(?i)\b(present|in attendance|apologies|absent)\s*:", first)
    return [_status(label) for label in found]


def _contacts_and_presenters(structure, registry, facts, doc=None):
    # page lines too: a front sheet prints "Ask for: Georgina Little" on a line of its own
    sources = list(enumerate(structure.passages)) + [(None, page) for page in (doc.pages if doc else [])]
    for n, p in sources:
        page_no = p.page if n is not None else p.number
        for m in CONTACT_RE.finditer(p.text):
            person = parse_person(m.group("who"))
            if person and len(person.name.split()) >= 2:
                if m.group("post") and not person.post:
                    person.post = m.group("post").strip()[:120]
                registry.add(person)
                facts["mentions"].append({"name": person.name, "page": page_no, "passage": n, "text": m.group(0)[:500],
                                          "kind": "author"})
    for item in structure.items:
        if item.presenter:
            for piece in re.split(r"\s*(?:,|/|&|\band\b)\s*", item.presenter):
                person = parse_person(piece)
                if person:
                    registry.add(person)
                    facts["mentions"].append({"name": person.name, "page": item.page, "passage": None,
                                              "text": f"{item.number}. {item.title}", "kind": "presenter"})


def _listed_people(doc, registry, facts):
    """Cover pages and contact blocks list people one per line: a name under a role line
    ('Mayor' / 'Ray Jackson'), or 'Angela Crespi, Deputy City Manager'."""
    # page text keeps the printed lines, which blocks join into paragraphs
    blocks = [Block("paragraph", page.text, page.number) for page in doc.pages]
    in_list = False  # names one per line under a role line ("Councilmembers" / three names)
    for n, p in enumerate(blocks):
        lines = [l.strip() for l in p.text.splitlines() if l.strip() and "\t" not in l]
        for k, line in enumerate(lines):
            above = lines[k - 1] if k else (blocks[n - 1].text if n else "")
            person = None
            if ROLE_LINE_RE.match(above.strip()):
                in_list = True
            elif in_list and not (SIGNATURE_NAME_RE.match(line) and len(line.split()) <= 4):
                in_list = False
            m = NAME_POST_LINE_RE.match(line)
            if m and POST_WORD_RE.search(m.group("post")):
                person = parse_person(m.group("name"))
                if person:
                    person.post = m.group("post")
            elif in_list and len(line.split()) <= 4:
                person = parse_person(line)
            else:
                below = lines[k + 1] if k + 1 < len(lines) else (blocks[n + 1].text if n + 1 < len(blocks) else "")
                # a signature: the name, then the post on the next line ("R C Nolan" / "Clerk to the Council")
                if SIGNATURE_NAME_RE.match(line) and len(below) < 60 and POST_WORD_RE.match(below.strip()) or (
                        SIGNATURE_NAME_RE.match(line) and re.match(r"(?i)^(?:general|chief|interim|acting|deputy|assistant|"
                                                                   r"corporate|head|director|clerk)\b", below.strip()) and len(below) < 60):
                    person = parse_person(line)
                    if person and (known_given_name(person.name) or re.match(r"^[A-Z]\.?\s", person.name)):
                        person.post = below.strip()
                    else:
                        person = None
            if person and len(person.name.split()) >= 2:
                registry.add(person)
                facts["mentions"].append({"name": person.name, "page": p.page, "passage": None,
                                          "text": f"{above}: {line}"[:300], "kind": "listed"})


def _derived_initials(registry):
    """Initials the document never defines but uses ('RB, FQ, KK to complete'): unique ones only."""
    counts: dict[str, list[str]] = {}
    for name in registry.full_names():
        counts.setdefault(initials_of(name), []).append(name)
    for initials, names in counts.items():
        if len(initials) >= 2 and len(names) == 1 and initials not in registry.initials:
            registry.initials[initials] = names[0]
        elif len(names) > 1:
            registry.initials.pop(initials, None) if initials in registry.initials and registry.initials[initials] not in names else None


def _prose_people(docs, passages, registry, facts, structure):
    found = []
    for n, d in enumerate(docs):
        for span in people_in(d):
            text = span.text.strip(" .,")
            title, bare = split_title(text)
            if not looks_like_name(bare) or re.fullmatch(r"(?i)(?:the|a|an)\b.*", bare):
                continue
            found.append((n, text, title, bare))
            if len(bare.split()) >= 2 and not re.match(r"^[A-Z]\.?\s", bare):
                registry.add(Person(name=bare, title=title))
    sentences: dict[int, list[str]] = {}  # each paper's sentences once, not once per mention
    for n, text, title, bare in found:
        name = registry.resolve(text)
        alias = f"{title} {name}" if title and name_key(name) == name_key(bare) else text
        facts["mentions"].append({"name": name, "alias": alias, "page": passages[n].page, "passage": n,
                                  "text": _sentence_of(docs[n], text, sentences), "kind": "mention"})


_PERSON = r"(?P<who>(?:[A-Z]\.?\s+)?[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?\s+[A-Z][A-Za-z'’\-]+)"
PRESENTER_RES = [
    re.compile(r"\b(?:[Pp]resented|[Ii]ntroduced)\s+by\s+(?:(?:the\s+)?[A-Z][\w.]*\s+){0,4}?" + _PERSON + r"\s*[),.;]"),
    re.compile(_PERSON + r"(?:,\s*[^,.;()]{2,60},?)?\s+(?:presented|attended|gave\s+a\s+presentation|introduced\s+the\s+(?:report|item))\b"),
]


def _presenters_in_attendance(structure, registry, facts):
    """Officers and guests who presented or attended an item of minutes are in attendance,
    unless a list already says how they attended."""
    listed = {(a["meeting"], name_key(registry.resolve(a["name"]))) for a in facts["attendance"]}
    for n, p in enumerate(structure.passages):
        if p.meeting is None:
            continue
        meeting = structure.real_meeting(p.meeting)
        if structure.stored_meetings[meeting].role != "records":
            continue
        for pattern in PRESENTER_RES:
            for m in pattern.finditer(p.text):
                person = parse_person(m.group("who"))
                if not person or not (known_given_name(person.name) or name_key(person.name) in registry.people):
                    continue
                name = registry.resolve(person.name)
                key = (meeting, name_key(name))
                if key in listed:
                    continue
                listed.add(key)
                facts["attendance"].append({"meeting": meeting, "name": name, "status": "in_attendance", "role": None,
                                            "page": p.page, "passage": n, "weak": True})


def _sentence_of(d, text: str, cache: dict) -> str:
    if id(d) not in cache:
        cache[id(d)] = [s.text for s in d.sents]
    for s in cache[id(d)]:
        if text in s:
            return s[:500]
    return d.text[:500]


def _resolve_attendance(facts, registry):
    """Short forms in attendance lists take the full names given elsewhere; one row per person
    and meeting (the strongest status wins over a weak 'chaired by')."""
    best: dict[tuple, dict] = {}
    for a in facts["attendance"]:
        a["name"] = registry.resolve(a["name"])
        key = (a["meeting"], name_key(a["name"]))
        if key not in best or best[key].get("weak"):
            best[key] = a
    facts["attendance"] = [dict((k, v) for k, v in a.items() if k != "weak") for a in best.values()]
    for r in facts["roles"]:
        r["name"] = registry.resolve(r["name"])
    for m in facts["mentions"]:
        m["name"] = registry.resolve(m["name"])


# --- actions --------------------------------------------------------------------------------

def _meeting_context(structure, p) -> tuple[str | None, str | None]:
    if p.meeting is None:
        return None, structure.next_meeting
    m = structure.stored_meetings[structure.real_meeting(p.meeting)]
    return m.date, m.next_meeting


def _actions(docs, structure, registry, facts):
    passages = structure.passages
    found: list[tuple[int, act.ActionFact]] = []
    # numbered action points ('05-01 ...') count only in papers with an action column somewhere
    numbered_points = any(p.block is not None and p.block.kind == TABLE and p.block.rows
                          and re.search(r"(?i)\baction", " ".join(p.block.rows[0])) for p in passages)
    claimed = set()  # paragraphs an "ACTION: DT" line below them turns into an action
    for n, p in enumerate(passages):
        m = act.MARKER_RE.match(p.text.strip())
        if m and act._is_owner_list(m.group("body").strip(), registry):
            k = _previous_index(passages, n)
            if k is not None:
                claimed.add(k)
    for n, p in enumerate(passages):
        block = p.block
        if block is not None and block.kind == TABLE:
            if not (n and passages[n - 1].block is block):
                found += [(n, f) for f in act.from_table(block, n, registry, numbered_points)]
            if _records_minutes(structure, p) and not _is_action_log(block):
                # minutes written in a table: the discussion cells hold assignments too, cell by cell
                for cell in p.text.split(" | "):
                    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", cell):
                        found += [(n, f) for f in act.implicit(sentence.strip(), registry, p.page, n)]
            continue
        text = p.text.strip()
        m = act.MARKER_RE.match(text)
        if m:
            previous = _previous_text(passages, n)
            fact = act.from_marker(m.group("body"), previous, registry, p.page, n, text)
            if fact:
                found.append((n, fact))
            continue
        inline = act.INLINE_MARKER_RE.search(text)
        if inline:
            owners = act.owners_from(inline.group("owners"), registry)
            description = text[: inline.start()].strip()
            found.append((n, act.ActionFact(text=text, description=description, owners=owners, page=p.page, block=n,
                                            rule="inline-marker")))
            continue
        if _records_minutes(structure, p) and n not in claimed:
            for sentence in docs[n].sents:
                found += [(n, f) for f in act.implicit(sentence.text.strip(), registry, p.page, n)]
    for n, fact in found:
        p = passages[n]
        meeting_date, next_meeting = _meeting_context(structure, p)
        due = None
        if fact.due_hint:
            due = find_due(fact.due_hint, meeting_date, next_meeting)
        due = due or find_due(fact.description, meeting_date, next_meeting)
        owners = [(registry.resolve(name) if kind == "person" else name, kind) for name, kind in fact.owners]
        facts["actions"].append({
            "meeting": structure.real_meeting(p.meeting), "item": p.item, "passage": n, "page": fact.page,
            "text": fact.text, "description": fact.description,
            "owners": [{"name": name, "kind": kind} for name, kind in owners],
            "due_text": due.text if due else fact.due_hint, "due_date": due.date if due else None,
            "due_precision": due.precision if due else None, "status": fact.status, "status_text": fact.status_text,
            "ref": fact.ref, "rule": fact.rule, "restricted": p.restricted,
        })
        for name, kind in owners:
            if kind == "person":
                facts["mentions"].append({"name": name, "page": fact.page, "passage": n, "text": fact.text[:500], "kind": "owner"})


def _is_action_log(block) -> bool:
    header = " ".join(block.rows[0]).lower() if block.rows else ""
    return bool(re.search(r"\b(?:owner|lead|by whom|responsible|due|deadline)\b", header))


def _records_minutes(structure, p) -> bool:
    """Implicit assignments are read only in minutes, not in reports, agendas or news."""
    if p.meeting is None:
        return structure.kind == "minutes"
    meeting = structure.stored_meetings[structure.real_meeting(p.meeting)]
    return meeting.role == "records" and structure.kind in ("minutes", "agenda_pack", "agenda", "action_log") and (
        p.heading is None or not re.search(r"(?i)\b(?:report|purpose|recommendation|background|appendix)\b", p.heading or ""))


def _previous_index(passages, n) -> int | None:
    for k in range(n - 1, max(-1, n - 4), -1):
        text = passages[k].text.strip()
        if passages[k].kind != "heading" and not act.MARKER_RE.match(text) and len(text) > 15:
            return k
    return None


def _previous_text(passages, n) -> str | None:
    k = _previous_index(passages, n)
    return passages[k].text.strip() if k is not None else None


# --- decisions ------------------------------------------------------------------------------

def _decisions(docs, structure, facts):
    passages = structure.passages
    listed_decisions: set[int] = set()
    n = 0
    while n < len(passages):
        p = passages[n]
        text = p.text.strip()
        item = structure.items[p.item].title if p.item is not None else None
        if VOTE_LINE_RE.match(text):
            lines = []
            while n < len(passages) and VOTE_LINE_RE.match(passages[n].text.strip()):
                lines += passages[n].text.splitlines()
                n += 1
            fact = vote_block(lines, p.page, n, item)
            if fact:
                _add_decision(facts, structure, p, n - 1, fact)
            else:
                _attach_counts(facts, structure, p, lines)
            continue
        put = n and PUT_TO_MEETING_RE.search(passages[n - 1].text) and p.kind == "list_item"
        listed = put or (n and p.kind == "list_item" and passages[n - 1].kind == "list_item" and n - 1 in listed_decisions)
        if p.heading and DECISION_HEADING_RE.match(p.heading) and p.kind in ("list_item", "paragraph") and len(text) > 15:
            _add_decision(facts, structure, p, n, with_motion(DecisionFact(text=text, kind=kind_of(text), page=p.page,
                                                                           block=n, rule="decision-section")))
        elif listed and len(text) > 15:
            # "The Board is asked to:" then the list of what it is asked to agree
            listed_decisions.add(n)
            _add_decision(facts, structure, p, n, DecisionFact(text=text, kind="recommended", page=p.page, block=n,
                                                               rule="put-to-meeting"))
        elif p.heading and re.search(r"(?i)recommendation", p.heading) and p.kind in ("list_item", "paragraph") and len(text) > 15:
            _add_decision(facts, structure, p, n, DecisionFact(text=text, kind="recommended", page=p.page, block=n,
                                                               rule="recommendation"))
        elif RESOLVED_RE.match(text):
            body = text
            k = n + 1  # a numbered resolution continues in the list items after it
            while k < len(passages) and passages[k].kind == "list_item" and passages[k].item == p.item and k - n < 12:
                body += "\n" + passages[k].text
                k += 1
            if len(body) < 40 and k < len(passages):  # "Resolved 14/06/5.01" with the text on the next line
                body += "\n" + passages[k].text
                k += 1
            _add_decision(facts, structure, p, n, with_motion(DecisionFact(text=body, kind=kind_of(body[9:]) if not
                                                                           re.match(r"(?i)\W*resolved", body) else "resolved",
                                                                           page=p.page, block=n, rule="resolved")))
            n = k
            continue
        else:
            for sentence in docs[n].sents:
                fact = from_sentence(sentence.text, p.page, n)
                if fact:
                    _add_decision(facts, structure, p, n, with_motion(fact))
        n += 1


def _attach_counts(facts, structure, p, lines):
    """A recorded vote with only counts ('For (52): ... Against (10): ...') belongs to the
    motion or resolution minuted just before it under the same item."""
    from .decisions import VOTE_RE

    counts = {}
    for line in lines:
        m = VOTE_RE.match(line)
        if m and m.group("n"):
            kind = m.group("kind").upper()
            key = "votes_for" if kind in ("AYES", "YES", "FOR") else "votes_against" if kind in ("NAYS", "NOES", "NO", "AGAINST") \
                else "votes_abstain" if kind.startswith("ABSTAIN") else None
            if key:
                counts[key] = int(m.group("n"))
    previous = next((d for d in reversed(facts["decisions"]) if d["item"] == p.item and d["meeting"] == structure.real_meeting(p.meeting)), None)
    if counts and previous is not None and previous.get("votes_for") is None:
        previous.update(counts)


def _add_decision(facts, structure, p, n, fact):
    facts["decisions"].append({
        "meeting": structure.real_meeting(p.meeting), "item": p.item, "passage": n, "page": fact.page, "text": fact.text,
        "kind": fact.kind, "mover": fact.mover, "seconder": fact.seconder, "votes_for": fact.votes_for,
        "votes_against": fact.votes_against, "votes_abstain": fact.votes_abstain, "rule": fact.rule,
        "restricted": p.restricted,
    })


# --- statistics and acronyms -------------------------------------------------------------------

def _statistics(docs, structure, facts):
    for n, p in enumerate(structure.passages):
        if p.kind == "heading":
            continue
        columns = _column_scales(p)
        if columns:
            _scaled_row(p, n, columns, structure, facts)
            continue
        sentences = [s.text for s in docs[n].sents] if p.kind != "table_row" else [p.text]
        for sentence in sentences:
            for s in find_statistics(sentence):
                _add_statistic(facts, structure, p, n, s.value, s.unit, s.measure, s.period, s.text, sentence)


def _add_statistic(facts, structure, p, n, value, unit, measure, period, text, sentence):
    facts["statistics"].append({
        "value": value, "unit": unit, "measure": measure, "period": period, "text": text,
        "sentence": sentence[:1000], "page": p.page, "passage": n,
        "meeting": structure.real_meeting(p.meeting), "restricted": p.restricted,
    })


SCALE_CELL = {"£m": (1e6, "GBP"), "(£m)": (1e6, "GBP"), "£million": (1e6, "GBP"), "£000": (1e3, "GBP"),
              "£'000": (1e3, "GBP"), "(£000)": (1e3, "GBP"), "£k": (1e3, "GBP"), "$m": (1e6, "USD"),
              "($m)": (1e6, "USD"), "$000": (1e3, "USD"), "%": (1, "percent"), "(%)": (1, "percent")}


def _column_scales(p) -> dict[int, tuple[float, str]]:
    """Columns whose header cells say £m, £000, $m or %: their bare numbers carry that unit."""
    if p.kind != "table_row" or p.block is None or not p.block.rows:
        return {}
    scales = {}
    for row in p.block.rows[:3]:
        for i, cell in enumerate(row):
            key = (cell or "").strip().lower().replace(" ", "")
            m = re.search(r"\((£m|£000|\$m|%)\)\s*$", cell or "")
            if key in SCALE_CELL:
                scales[i] = SCALE_CELL[key]
            elif m:
                scales[i] = SCALE_CELL[f"({m.group(1)})"]
    return scales


def _scaled_row(p, n, columns, structure, facts):
    row = next((r for r in p.block.rows if " | ".join(c for c in r if c) == p.text), None)
    if row is None:
        return
    label = next((c for c in row if c and not re.fullmatch(r"[\d.,\s-]+", c)), "")
    for i, cell in enumerate(row):
        text = (cell or "").strip()
        if i in columns and re.fullmatch(r"-?\d[\d,]*(?:\.\d+)?", text):
            scale, unit = columns[i]
            header = next((r[i] for r in p.block.rows[:2]
                           if i < len(r) and r[i] and r[i].strip().lower().replace(" ", "") not in SCALE_CELL), "")
            _add_statistic(facts, structure, p, n, float(text.replace(",", "")) * scale, unit,
                           (f"{header}: {label}" if header else label)[:200], None, text, p.text)
        elif text and i not in columns:
            for s in find_statistics(text):
                _add_statistic(facts, structure, p, n, s.value, s.unit, s.measure, s.period, s.text, text)


def _acronyms(passages, facts):
    seen = set()
    for p in passages:
        for acronym, expansion in find_acronyms(p.text):
            if (acronym, expansion.lower()) in seen:
                continue
            seen.add((acronym, expansion.lower()))
            facts["acronyms"].append({"acronym": acronym, "expansion": expansion, "page": p.page})
            if is_organisation(expansion):
                facts["organisations"].append({"name": expansion, "acronym": acronym})
