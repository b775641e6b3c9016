"""Actions of a paper: action tables, ACTION markers, inline owner markers and implicit
assignments in minutes, each with owners resolved through the paper's registry and a due date."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache

from ..ingest.dates import first_date
from ..ingest.document import TABLE
from . import action_signals as signals
from . import action_tables as tables
from . import actions as act
from . import post_case, referrals, sentence_actions, task_passives
from .action_matter import with_matter
from .action_match import stems
from .action_split import known_words, members_word, split_marked
from .due import find_due, next_meeting_said, urgency_said
from .due import Due
from .due_days import attending_day, financial_year_end
from .future_agenda import lists_future_agenda
from .minutes_approval import approval_only
from .no_task import says_no_news
from .outside_agent import another_bodys_step, inside_quotation
from .side_column import side_column_actions
from .task_antecedent import sentence_before
from .task_clauses import task_clauses
from .trailing_owner import trailing_owner_actions


def _meeting_context(structure, p) -> tuple[str | None, str | None]:
    if p.meeting is None:
        return _paper_date(structure), structure.next_meeting
    m = structure.stored_meetings[structure.real_meeting(p.meeting)]
    return m.date, m.next_meeting


def _paper_date(structure) -> str | None:
    """Without a recognised meeting, the date the paper's opening lines give ("... MEETING HELD
    ... ON THURSDAY 08 NOVEMBER 2018"), so "the June meeting" still has a year."""
    for p in structure.passages[:3]:
        d = first_date(re.sub(r"(\d)[\"”]", r"\1", p.text[:300]))  # OCR reads a raised "rd" as a quote
        if d is not None and d.precision == "day":
            return d.iso
    return None


def actions(docs, structure, registry, facts, pages=()):
    passages = structure.passages
    # codes in a side column own actions only where the paper records a meeting: beside an agenda's or a
    # report's items they name the officers who present them
    found: list[tuple[int, act.ActionFact]] = [(n, f) for n, f in side_column_actions(pages, passages, registry)
                                               if _records_minutes(structure, passages[n])]
    # a paper that marks its actions in a column lists most of them there: its prose gives only
    # the surest shape, a person or post of the paper who will do something
    column = bool(found)
    marked = [_plain(f.description) for _, f in found]  # what the column already marks
    implicit_allowed = True
    # owners printed at the end of an item mark only the items that have one: prose is still read
    # (a side column's code the text layer also glued to its line's end marks what the column read already)
    in_column = {(n, o) for n, f in found for o in f.owners}
    marked_line: dict[int, str] = {}  # a passage whose last paragraph ends with an inline marker: that paragraph
    found += [(n, f) for n, f in trailing_owner_actions(passages, registry, lambda p: _records_minutes(structure, p))
              if not any((n, o) in in_column for o in f.owners)]
    # numbered action points ('05-01 ...') count only in papers with an action column somewhere
    numbered_points = any(p.block is not None and p.block.kind == TABLE and p.block.rows
                          and re.search(r"(?i)\baction", " ".join(p.block.rows[0])) for p in passages)
    # or a column headed "Decisions and Action Points" that reached the text as paragraphs
    points_in_text = numbered_points or any(re.search(r"(?im)\baction\s+points?\s*$", p.text[:150]) for p in passages) \
        or tables.numbered_assignments((p.text for p in passages), at_least=2)  # "09-01 FQ to", "1-02 Members to"
    read: list[tuple[int, str, int]] = []  # (passage, sentence, page) the implicit rules read
    claimed = set()  # paragraphs an "ACTION: DT" line below them turns into actions
    recent, recent_item = [], None  # the sentences before a paragraph in its item, for a 'she' to refer back to
    sections: dict[int, list[int]] = {}
    for n, p in enumerate(passages):
        m = act.MARKER_RE.match(p.text.strip())
        if m and act._is_owner_list(m.group("body").strip(), registry):
            sections[n] = _marker_section(passages, n)
            claimed.update(sections[n])
    last_table = None  # the table before this one: a page break may have cut it in two
    for n, p in enumerate(passages):
        block = p.block
        if block is not None and block.kind == TABLE:
            if block is not last_table:
                headed = tables.continued(block, last_table)
                last_table = block
            if not (n and passages[n - 1].block is block):
                found += [(n, f) for f in tables.from_table(headed, n, registry, numbered_points)]
            block = headed
            if implicit_allowed and _records_minutes(structure, p) and not _is_action_log(block):
                # minutes written in a table: the discussion cells hold assignments too, cell by cell
                context = signals.Context(heading=_heading_of(structure, p), body=_body_of(structure, p))
                for cell in p.text.split(" | "):
                    context.previous = []
                    # (a paper numbering its action points marks its actions, as a column does: North of Tyne LPC's
                    # 'DBP, SC, AL and SW agreed to join Organisational Review Working Group (ORWG).' is no task of its)
                    prose = not points_in_text and _prose_cell(cell)
                    for sentence in (item for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", cell) for item in _bullet_items(s)):
                        if column:
                            # as its prose is read. Without a column, a cell written as sentences is read as a paragraph
                            # is; other cells by the exact shapes only (see _prose_cell)
                            found += _surest(_read_sentence(sentence.strip(), registry, context, p.page, n), n, marked)
                            context.previous.append(sentence.strip())
                            continue
                        read.append((n, sentence.strip(), p.page))
                        if prose:
                            found += [(n, f) for f in _read_sentence(sentence.strip(), registry, context, p.page, n)]
                            context.previous.append(sentence.strip())
                            continue
                        found += [(n, f) for f in act.implicit(sentence.strip(), registry, p.page, n)
                                  or _clause_local(sentence.strip(), registry, p.page, n)]
            continue
        text = p.text.strip()
        m = act.MARKER_RE.match(text)
        if m and n in sections:
            # one action per task sentence (action_split); the section's paragraphs when no sentence sets a task
            split = marked_actions(sections[n], m.group("body").strip(), structure, p, registry)
            found += [(f.block, f) for f in split] or [
                (n, f) for f in _section_actions(m.group("body"), sections[n], passages, docs, registry, p.page, n)]
            continue
        if m:
            previous = _previous_text(passages, n)
            fact = act.from_marker(m.group("body"), previous, registry, p.page, n, text)
            if fact:
                found.append((n, fact))
            continue
        points = tables.numbered_points_in_text(text, p.page, n, registry) if points_in_text and \
            tables.ACTION_REF_RE.search(text) else []
        if points:
            found += [(n, f) for f in points]
            continue
        inline = act.INLINE_MARKER_RE.search(text)
        if inline:
            owners = act.owners_from(inline.group("owners"), registry)
            # the marker ends its own paragraph: the passage may hold paragraphs before it, read as any others
            before, _, description = text[: inline.start()].rpartition("\n")
            found.append((n, act.ActionFact(text=text, description=description.strip(), owners=owners, page=p.page,
                                            block=n, rule="inline-marker")))
            if not before.strip():
                continue
            marked_line[n] = description.strip()
        if implicit_allowed and _records_minutes(structure, p) and n not in claimed:
            if p.item != recent_item and (not recent or recent[-1].endswith((".", "!", "?", ":"))):
                recent = []  # a new item, unless a page break cut the last sentence of the one before
            recent_item = p.item
            if column:
                context = signals.Context(previous=recent, heading=_heading_of(structure, p), body=_body_of(structure, p))
                for s in docs[n].sents:
                    sentence = _as_printed(p.text, s.start_char, s.end_char).strip()
                    found += _surest(_read_sentence(sentence, registry, context, p.page, n), n, marked)
                    recent.append(sentence)
                continue
            context = signals.Context(previous=recent, heading=_heading_of(structure, p), body=_body_of(structure, p))
            found += [(n, f) for f in _implicit_in(docs[n], registry, p, n, context)]
            read += [(n, _as_printed(p.text, s.start_char, s.end_char).strip(), p.page) for s in docs[n].sents]
    # the marker's own paragraph is its action, not read again by the rules for the paragraphs before it
    found = [(n, f) for n, f in found if f.rule == "inline-marker" or not marked_line.get(n) or marked_line[n] not in f.description]
    # the trained sentence signal on what the implicit rules read (a no-op when it is off)
    found = sentence_actions.rescore(read, found, registry)
    found = with_matter(found, passages)  # 'Cllr Fatemian to chase.' says what with the sentence before it
    for n, fact in _without_restatements(found, passages):
        if says_no_news(fact.description):
            continue  # 'Looking forward to 2013/14 – there was no update given.': a column marks it, it sets no work
        if lists_future_agenda(fact.description):
            continue  # 'Forward Agenda: - ... papers to be sent for EGM': a later meeting's subjects, no work set
        if fact.rule == "implicit-passive-agent" and another_bodys_step(
                fact.owners, _body_of(structure, structure.passages[n]), registry.initials):
            continue  # 'Another site visit to be arranged by OCC.': another body's own business, no work the meeting owes
        store(facts, structure, registry, n, fact)


def store(facts, structure, registry, n: int, fact: act.ActionFact) -> None:
    """One action of passage n as the paper's fact, its owners resolved and its due date read; each
    person owning it is a mention."""
    p = structure.passages[n]
    meeting_date, next_meeting = _meeting_context(structure, p)
    due = None
    if fact.due_hint:
        due = find_due(fact.due_hint, meeting_date, next_meeting, cell=True)
    year_end = financial_year_end(fact.description, (q.text for q in structure.passages))
    due = due or find_due(fact.description, meeting_date, next_meeting, year_end=year_end)
    if not due and fact.due_said:
        due = find_due(fact.due_said, meeting_date, next_meeting)
    if not due and meeting_date and len(meeting_date) == 10:
        # to attend an event the passage dates: its day ('... on Wed 18 Sep ’13. ... PK would attend.')
        day = attending_day(fact.description, p.text, dt.date.fromisoformat(meeting_date))
        due = Due(day.iso, "day", day.text, "printed" if day.year_stated else "resolved") if day else None
    owners = [_owner(name, kind, registry, p.text) for name, kind in fact.owners]
    facts["actions"].append({
        "meeting": structure.real_meeting(p.meeting), "item": p.item, "passage": n, "page": fact.page,
        "text": fact.text, "description": fact.description,
        "owners": [{"name": name, "kind": kind} for name, kind in owners],
        # 'by the next meeting' in a paper that states no next meeting: its words are kept, so the
        # body's next paper in the archive can date it (ingest/next_meeting_due.py)
        # ('as soon as possible', 'urgently': the haste the paper asks for, kept as said, with no date)
        "due_text": due.text if due else (fact.due_hint or next_meeting_said(fact.description) or urgency_said(fact.description)),
        "due_date": due.date if due else None,
        "due_precision": due.precision if due else None, "due_kind": due.kind if due else None, "status": fact.status, "status_text": fact.status_text,
        "ref": fact.ref, "rule": fact.rule, "restricted": p.restricted,
    })
    for name, kind in owners:
        if kind == "person":
            facts["mentions"].append({"name": name, "page": fact.page, "passage": n, "text": fact.text[:500], "kind": "owner"})


def _owner(name: str, kind: str, registry, passage: str) -> tuple[str, str]:
    """An owner as the paper means it: initials it defines for two people are the one of them its passage names
    (else the code stays, not a guess); other people's names as the paper gives them in full."""
    if name in registry.shared:
        holder = registry.holder_named_in(name, passage)
        return (holder, "person") if holder else (name, "group")  # as any code the paper gives no one person for
    return (registry.resolve(name) if kind == "person" else name), kind


# the meeting's own resolutions to do work are as sure, and a column of initials leaves them out when no one person
# takes them ('It was resolved to investigate possible action to improve drainage down the bridleway', Souldern; 'It
# was agreed to ask that the sign be relocated', Ayton)
SURE_RULES = ("implicit", "implicit-asked", "implicit-agreed-task", "implicit-resolved", "implicit-clause",  # 'The Marketing and Communications Manager will contact them'
              "implicit-passive", "implicit-passive-agent",  # 'Another site visit to be arranged by OCC' (Souldern)
              # 'This process will now be shared with UNISON to request feedback' (Suffolk Libraries, whose column marks
              # its codes' actions only); a motion's 'refer to Legal Department for ...' (Des Moines)
              "implicit-future-passive", "implicit-referral")


# a commitment read from the words around its subject, sure when that subject is a person or post of the paper: a scored
# clause ('the HR Manager will be providing this document') or a post-holder's sentence read by its role ('the Board was
# recommended ... to mandate the General Manager to work with her team to design and then implement the programme',
# Suffolk Libraries)
NAMED_AGENT_RULES = ("implicit-scored", "implicit-role")


def _surest(facts: list[act.ActionFact], n: int, marked: list[str]) -> list[tuple[int, act.ActionFact]]:
    """Of a column paper's prose, a person or post of the paper who will do something, unless
    the column marks that sentence already."""
    out = []
    for f in facts:
        plain = _plain(f.description)
        sure = f.rule in SURE_RULES or f.rule in NAMED_AGENT_RULES and _named_agents(f)
        if sure and plain and not any(plain in m or m in plain for m in marked if m):
            out.append((n, f))
    return out


def _named_agents(fact: act.ActionFact) -> bool:
    """A scored commitment whose every owner is a person or post of the paper ('the HR Manager
    will be providing this document'), not a group ('Members would ...'), which minutes of a
    column paper record as the column does."""
    return bool(fact.owners) and all(kind in ("person", "role") for _, kind in fact.owners)


LISTED_RULES = ("table", "action-points", "side-column", "trailing-owner", "marker", "marker-after", "marker-split", "inline-marker")


def _without_restatements(found: list[tuple[int, act.ActionFact]], passages=None) -> list[tuple[int, act.ActionFact]]:
    """One action once per paper: a sentence of the discussion that restates, for the same
    owners, an action the paper lists (its action points, action table or markers: 'FSC to
    consider financial governance including payment limits ...' beside '05-07 FSC to consider
    financial governance'; 'NO will move fencing back ...' beside its action-table row), and the
    same sentence read twice, are the listed action. With the paper's `passages`, the same words printed in another
    paragraph, each after a sentence of its own paragraph, are left to linking to tell one task from two (its matters)."""
    kept: list[tuple[int, act.ActionFact]] = []
    listed = [f for _, f in found if f.rule in LISTED_RULES]
    for n, fact in found:
        if fact.rule.startswith("implicit") and fact.owners:
            words = set(stems(fact.description))
            same = lambda other: other is not fact and (_owner_set(other) in (_owner_set(fact), set()) and covers(
                words, set(stems(other.description))) or other.rule == "trailing-owner" and _plain(other.description)
                in _plain(fact.description))  # the sentence an owner is printed after: whose it is, the paper says
            twin = next((other for other in listed if same(other)), None)
            if twin is not None and not twin.owners:
                twin.owners = list(fact.owners)  # 'Plot at Bovewell - Action - NO will move ...' in a table without an owner column
            if twin is not None or any(_read_twice(f, fact) and not _after_two_matters(k, n, fact, passages) for k, f in kept):
                continue
            if fact.rule == "implicit-resolved" and any(
                    f.rule.startswith("implicit") and abs(k - n) <= 3 and _owner_set(f) == _owner_set(fact)
                    and covers(words, set(stems(f.description))) for k, f in kept):
                # the resolution that closes an item restates what its discussion set: 'The Clerk agreed to invite a
                # Borough Council representative to a future meeting to discuss CIL payment' ... 'RESOLVED ... 2) That
                # the Clerk invite the Borough Council to provide a CIL presentation' (Stoke Ferry) is one task
                continue
        elif fact.rule.startswith("implicit") and any(
                other.rule == "trailing-owner" and _plain(other.description) in _plain(fact.description) for other in listed):
            continue  # the task an owner is printed after, read again from the prose without the owner
        elif fact.rule.startswith("implicit") and any(
                other.owners and other.rule.startswith("implicit") and _plain(other.description) == _plain(fact.description)
                for _, other in found):
            continue  # the same task printed again (a log at the paper's end), where the paper gives its owner once
        kept.append((n, fact))
    return kept


def _after_two_matters(k: int, n: int, fact: act.ActionFact, passages) -> bool:
    """The same words printed in two paragraphs, each after a sentence of its own ('A resident informed the Council
    that footpath 6 ... was impassable. Clerk to contact Highways.', and under the bridge 'The Environment Agency
    confirmed that repairing the bridge was not within their remit. Clerk to contact Highways.', Northwold 2016-09):
    maybe two tasks, which linking tells apart by those sentences (store_action_links._two_matters). A line of its
    own (an action list's 'HD to draft letter re St Josephs.', Souldern) restates the task: read twice."""
    if passages is None or k == n or not (0 <= k < len(passages) and 0 <= n < len(passages)):
        return False
    return all(sentence_before(passages[i].text, fact.description) for i in (k, n))


def _read_twice(one: act.ActionFact, other: act.ActionFact) -> bool:
    """The same owners' same task read twice: the same words, in the same sentence. One bare task closing several
    items ('Clerk to action.', Wereham) is as many tasks as the matters before it (action_matter), and a clause's task
    read again as a bare one ('A response was agreed, Clerk to action.') is one."""
    if one.owners != other.owners or _plain(one.text) != _plain(other.text):
        return False
    mine, theirs = _plain(one.description), _plain(other.description)
    return mine == theirs or mine in theirs or theirs in mine


def _owner_set(fact: act.ActionFact) -> set[str]:
    return {name.lower() for name, _ in fact.owners}


def covers(mine: set[str], theirs: set[str]) -> bool:
    """Two tasks' stems say the same deed: three or more shared, and most of the shorter's."""
    shared = mine & theirs
    return len(shared) >= 3 and len(shared) >= 0.6 * min(len(mine), len(theirs))


def _plain(text: str) -> str:
    return " ".join(re.sub(r"^\W*(?:\d+(?:\.\d+)*\s+)?", "", text).lower().split())


def _implicit_in(doc, registry, p, n, context: signals.Context) -> list[act.ActionFact]:
    """Each sentence's assignment by its exact shape, else by the signals it carries
    (action_signals), knowing the sentences before it in its item (`context.previous`, extended here:
    a paragraph a page break cut still has its 'she'), the heading it is under and the meeting's body."""
    facts = []
    for sentence in doc.sents:
        text = _as_printed(p.text, sentence.start_char, sentence.end_char).strip()
        context.quoted = inside_quotation(p.text[:sentence.start_char])
        for piece in _sub_points(text):
            facts += _read_sentence(piece, registry, context, p.page, n)
        context.previous.append(text)
    return facts


def _read_sentence(sentence: str, registry, context: signals.Context, page: int, n: int) -> list[act.ActionFact]:
    """A sentence's tasks by their exact shapes, else by the signals it carries, knowing the
    three sentences before it in its item."""
    near = signals.Context(previous=context.previous[-3:], heading=context.heading, body=context.body,
                          quoted=context.quoted)
    found = _by_shape_or_signal(sentence, registry, near, page, n)
    read = post_case.cased(sentence)
    if found or read == sentence:
        return found
    # a post in lower case ('The clerk was asked to complain to CGM'), read as the post it is; the task in the paper's words
    found = _by_shape_or_signal(read, registry, near, page, n)
    for f in found:
        f.text, f.description = post_case.as_printed(f.text, sentence, read), post_case.as_printed(f.description, sentence, read)
    return found


def _by_shape_or_signal(sentence: str, registry, near: signals.Context, page: int, n: int) -> list[act.ActionFact]:
    # (a referral first: 'Moved by Flagg to receive, file and discuss; and refer to City Manager to report back' is the
    # City Manager's task, not the mover's)
    return _implicit(sentence, registry, page, n) or act.will_be_done_by(sentence, registry, page, n) or \
        referrals.referrals(sentence, registry, page, n) or signals.scored(sentence, registry, near, page, n) or \
        task_passives.scored(sentence, registry, page, n)


# a cell of minutes written as prose ends its sentences: about one full stop every PROSE_WORDS words at most
PROSE_WORDS = 45
SENTENCE_END_RE = re.compile(r"[.!?][)\]”’\"']?(?=\s|$)")


def _prose_cell(cell: str) -> bool:
    """A table cell written as sentences, read as a paragraph is (with the scored signals): 'He said that he
    would be writing to all members to get nominations' (Suffolk Libraries' board, whose minutes are a
    two-column table); unlike a cell that runs its points on without full stops, whose one long 'sentence'
    would score as a task."""
    cell = cell.strip()
    ends = len(SENTENCE_END_RE.findall(cell))
    return bool(SENTENCE_END_RE.search(cell[-3:])) and len(cell.split()) <= PROSE_WORDS * ends


def _clause_local(sentence: str, registry, page: int, n: int) -> list[act.ActionFact]:
    """Tasks read from one clause's own words, with no subject to find before them: a referral ('refer to
    Legal Department for ...'), a passive errand ('- the letter to be forwarded to Highways'). A table's cell
    that runs on without full stops is safe with these, as it is not with the scored subjects."""
    return referrals.referrals(sentence, registry, page, n) or task_passives.scored(sentence, registry, page, n)


def _implicit(sentence: str, registry, page: int, n: int) -> list[act.ActionFact]:
    """A sentence's tasks by their exact shapes: each clause's, when it sets two owners work."""
    return task_clauses(sentence, registry, page, n) or act.implicit(sentence, registry, page, n)


# lettered or numbered sub-points run together in one paragraph, each its own task: '... d) Drain near village sign
# blocked, Clerk to report to Highways. e) Clerk to email Stoke Ferry Regeneration ...' (Stoke Ferry), 'RESOLVED: (1)
# That the quote from Bonnetts be accepted ... (2) That the Clerk ...' (West Dereham), '(2) That BB contact ...' (Wereham)
# Any letter continues the run: Stoke Ferry's September 2017 highways item runs on to 'n)', and 'j) ... k) ... l)'
# had stayed in the task before them ('i) Pot holes on Buckenham Drive ..., the Clerk agreed to report to highways. j)
# The Parish Council confirmed ...' was one task, and later papers' news of j) was read as news of i))
SUB_POINT_RE = re.compile(r"(?<=[.;])\s+(?=\(?(?:\d{1,2}|[a-z]|i{1,3}|iv|vi{0,3}|ix|x)\)\s+\S)")


def _sub_points(text: str) -> list[str]:
    pieces = [piece for piece in SUB_POINT_RE.split(text) if piece.strip()] if ")" in text else [text]
    return [item for piece in pieces for item in _bullet_items(piece)]


def _bullet_items(text: str) -> list[str]:
    """A list whose bullets ran into one sentence (a PDF's symbol-font bullets, no full stops between), item by item:
    'The General Manager presented a paper giving an update on the following: \uf0b7 Prison
    arrangements ... \uf0b7 The General Manager and the Chair will meet to discuss ...' (Suffolk Libraries), 'LPC agreed
    portfolio approach: \u2022 Minor ailments ... \u2022 Health prevention GM, HM ... to support' (North of Tyne LPC).
    Each item (its bullet dropped) is its own task's words, not the whole list (which named everyone's tasks at once)."""
    marks = [m for m in task_passives.BULLET_RE.finditer(text) if text[:m.start()].strip()]
    items = [text[a:b] for a, b in zip([0] + [m.end() for m in marks], [m.start() for m in marks] + [len(text)])]
    return [item for item in items if item.strip()]


def _as_printed(original: str, start: int, end: int) -> str:
    """A sentence of the spaCy text as the paper prints it: extract_document spaces a bracket
    glued to a word ('door(leaflet)') for the tokenizer, and an action's words must be the paper's."""
    if "(" not in original:
        return original[start:end]  # nothing was spaced
    inserted = _spaced_brackets(original)  # sorted: how many lie before a place is where it would go among them
    return original[start - bisect_left(inserted, start):end - bisect_left(inserted, end)]


@lru_cache(maxsize=64)
def _spaced_brackets(original: str) -> tuple[int, ...]:
    """Where the spaCy text has a space the paper has not: found once a passage, not once a sentence (a passage of
    many sentences and brackets was read again for each of them)."""
    return tuple(m.start() + k for k, m in enumerate(re.finditer(r"(?<=[a-z])\(", original)))


def _body_of(structure, p) -> str | None:
    if p.meeting is None:
        return None
    return structure.stored_meetings[structure.real_meeting(p.meeting)].body


def _heading_of(structure, p) -> str | None:
    if p.item is not None and structure.items[p.item].title:
        return structure.items[p.item].title
    return p.heading


LABEL_WORDS = 6  # 'Action by whom and when': a column's label is a few words


def _is_action_log(block) -> bool:
    """A table headed by an owner or due column ('NO | ITEM | OWNER'). Only a row of labels heads a table: one
    going on over a page break opens with the paragraph the page cut, whose 'will lead' or 'due to' names no
    column, and whose cells are minutes to read."""
    cells = block.rows[0] if block.rows else []
    if any(len(c.split()) > LABEL_WORDS for c in cells):
        return False
    return bool(re.search(r"\b(?:owner|lead|by whom|responsible|due|deadline)\b", " ".join(cells).lower()))


def _records_minutes(structure, p) -> bool:
    """Implicit assignments are read only in minutes, not in reports, agendas or news."""
    if p.meeting is None:
        return structure.kind == "minutes"
    meeting = structure.stored_meetings[structure.real_meeting(p.meeting)]
    # in minutes an item headed 'Chief Officer's Report' still records the meeting (as it did
    # before the paper had a meeting); in packs and agendas such headings introduce report text
    return meeting.role == "records" and structure.kind in ("minutes", "agenda_pack", "agenda", "action_log") and (
        structure.kind == "minutes" or p.heading is None
        or not re.search(r"(?i)\b(?:report|purpose|recommendation|background|appendix)\b", p.heading or ""))


def _previous_index(passages, n) -> int | None:
    for k in range(n - 1, max(-1, n - 4), -1):
        text = passages[k].text.strip()
        if passages[k].kind != "heading" and not act.MARKER_RE.match(text) and len(text) > 15:
            return k
    return None


def _marker_section(passages, n) -> list[int]:
    """The paragraphs an owners-only "ACTION: TRUSTEES/SF/MS" line closes: back to the previous
    marker or the start of the item, a few at most; at least the paragraph just above it."""
    covered = []
    for k in range(n - 1, max(-1, n - 7), -1):
        q = passages[k]
        if q.kind == "heading" or act.MARKER_RE.match(q.text.strip()) or q.item != passages[n].item:
            break
        if len(q.text.strip()) > 15:
            covered.append(k)
    if not covered:
        # the paragraph above, when it is the marker's item's; under a bare item ('5 Friends and SL website –
        # deferred until next meeting' / 'ACTION: MS') the line marks the item itself, not the item before
        k = _previous_index(passages, n)
        covered = [k] if k is not None and passages[k].item == passages[n].item else []
    return sorted(covered)


def _section_actions(body, covered, passages, docs, registry, page, n) -> list[act.ActionFact]:
    """The paragraph just above the marker, owned by all the marker's owners; and each earlier
    paragraph of the item that names some of them (or makes someone the subject of an
    assignment), owned by those. Paragraphs naming no one are the discussion around it."""
    body, status, status_text = act.split_status(body.strip())
    listed = act.owners_from(body, registry)
    codes = [c for c in re.split(r"[\s/,&]+", body) if c]
    facts = []
    for k in covered:
        text = passages[k].text.strip()
        if approval_only(text):
            continue  # '2.1 The minutes were accepted as correct.' / 'ACTION: AHop/MS': the record approved, no task
        if k == covered[-1]:
            owners = listed  # the paragraph the marker closes: whose it is, however it is worded
        else:
            owners = [o for o in listed if _named_in(o, text, codes)] or _subjects_in(docs[k], registry, listed)
        if owners:
            facts.append(act.ActionFact(text=f"{text}\nACTION: {body}", description=text, owners=owners, page=page,
                                        block=n, status=status, status_text=status_text, rule="marker-after"))
    return facts


def _subjects_in(doc, registry, listed) -> list[tuple[str, str]]:
    listed_names = {name for name, _ in listed}
    owners = []
    for sentence in doc.sents:
        for fact in act.implicit(sentence.text.strip(), registry, 0, 0):
            owners += [o for o in fact.owners if o[1] == "person" or o[0] in listed_names]
    return list(dict.fromkeys(owners))


def _named_in(owner: tuple[str, str], text: str, codes: list[str]) -> bool:
    name, kind = owner
    words = [w for w in name.split() if len(w) >= 3] if kind == "person" else [name]
    return any(re.search(rf"(?i)\b{re.escape(w)}\b", text) for w in words) or any(
        re.search(rf"\b{re.escape(c)}\b", text) for c in codes if len(c) >= 2 and c.isupper())


def marked_actions(group, owners_text, structure, marker, registry) -> list[act.ActionFact]:
    """One action per task sentence under an 'ACTION: MS/AB/SF' line (see action_split); the
    item's own title when the item has no paragraph."""
    passages = structure.passages
    owners = act.owners_from(owners_text, registry)
    if not owners:
        return []
    if group:
        texts = [passages[k].text for k in group]
    elif marker.item is not None and structure.items[marker.item].title:
        texts, group = [structure.items[marker.item].title + "."], [None]
    else:
        return []
    facts = []
    for k, sentence, mine in split_marked(texts, owners, registry.initials, known_words(registry, owners_text),
                                          lambda: members_word(p.text for p in passages)):
        where = group[k] if group[k] is not None else passages.index(marker)
        facts.append(act.ActionFact(text=f"{sentence}\nACTION: {owners_text}", description=sentence, owners=mine,
                                    page=passages[where].page, block=where, rule="marker-split"))
    return facts


def _previous_text(passages, n) -> str | None:
    k = _previous_index(passages, n)
    return passages[k].text.strip() if k is not None else None
