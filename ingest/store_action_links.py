"""One action across a body's papers: which sightings are the same action, and what later papers
say about it.

Each paper's extracted actions are stored as sightings (`action_history`, kind 'extracted').
After an ingest run, every body whose papers changed is linked again from its sightings alone,
meeting by meeting in date order: an extracted action joins an earlier action of the same body
when its reference, wording, item and owners say it is that action; otherwise it is a new one.
Then each sentence and item title of the meeting's minutes is read for news of an earlier open
action ('the planters have been ordered', 'deferred until next meeting', 'All ongoing action
points closed'), which becomes a 'follow_up' sighting with its status. Because the result is a
function of the papers and not of the order they arrived in, ingesting newest-first,
oldest-first or one paper at a time gives the same actions; re-ingesting a changed paper
replaces only its own sightings before the body is linked again. Action ids stay stable across
runs: an action keeps its id as long as its first sighting is unchanged."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..extract.action_match import (SAME_ITEM, Candidate, Vocabulary, combine, cosine, may_be_news, ref_of, score, words_index,
                                     words_shared)
from ..extract.close_evidence import subject_word
from ..extract.heading_names import heading
from ..extract.action_status import BLANKET_RE, Reading, reading, reading_of_status_text, settled_by_next_meeting
from ..extract.names import name_key
from ..extract.sub_items import own_sub_item, sub_item_title, sub_items
from ..extract.task_antecedent import antecedent_subject, sentence_before
from .meeting_gaps import CONSECUTIVE_DAYS, a_meeting_missed, days_between
from .link_groups import group_keys, members
from .minutes_units import item_heading, minutes_units
from .payments_made import paid_by, pay_task, payment_lines
from .next_meeting_due import redate
from .schema import refresh_denormalised
from .action_threads import Sighting, Thread
from .body_vocabulary import body_vocabulary, item_vector
from .event_held import Event, event_of, held
from . import due_meeting_decisions, recurring_titles, task_subjects
from .sentence_news import (CLOSE_SIGNALS, NEWS_SIGNALS, TO_COME_SIGNALS, a_place_only, about_the_task, cited_actions,
                            closes, has_subject, item_numbers_of, last_seen_at, long_gap, named_again, names_the_task,
                            own_news, particular_owners, ranked_actions, sentence_candidate, subject_weights, sure_news,
                            under_its_heading)
from .store_action_threads import drop_orphans, write_threads
from .task_subjects import not_subject_words, shares_subject, subject_in_common

JOIN = 0.5  # an extracted action is the same as an earlier one
FOLLOW = 0.36  # a sentence that reports progress speaks of an earlier action
CLOSE = 0.44  # a sentence that says an earlier action is done speaks of it
SURE = 0.8  # beyond doubt, whatever words are shared
MENTION = 0.62  # a sentence that only speaks of an earlier action, without news of it
SAME_MEETING = 0.8  # two extracted actions of one meeting are one only when worded nearly alike
CONTINUE_RE = re.compile(r"(?i)\b(?:chase|follow)\s+(?:this|it|these|them)\s+up\b|\bchase\s+(?:this|it)\b|\bpursue\s+(?:this|it)\b")
_UNREAD = object()  # what a sentence says of progress, before it is read


def link_bodies(db, body_keys: set[str | None]) -> None:
    for group in group_keys(db, body_keys):
        with db.atomic():
            write_links(db, group, body_links(db, group))
    drop_orphans(db)


def bodies_of_documents(db, doc_ids: list[int]) -> set[str | None]:
    if not doc_ids:
        return set()
    marks = ",".join("?" * len(doc_ids))
    keys = {r[0] for r in db.execute(
        f"select distinct m.body_key from meeting_documents md join meetings m on m.id = md.meeting_id "
        f"where md.document_id in ({marks})", doc_ids)}
    if db.execute(f"select 1 from action_history where meeting_id is null and document_id in ({marks}) limit 1",
                  doc_ids).fetchone():
        keys.add(None)
    return keys


LINK = "link actions of "  # pending_work task per body: noted with the paper, cleared with the linking


def links_pending(db, bodies: set[str | None]) -> None:
    """Note, in the transaction that writes a paper, that its bodies' actions are to be linked."""
    for key in bodies:
        db.execute("insert or ignore into pending_work (task, since) values (?, datetime('now'))",
                   [LINK + (key if key is not None else "")])


def finish_links(db, processes: int = 1) -> bool:
    """Link every body noted as pending (in this run or one killed before linking), each in the
    transaction that clears its note; bodies with sightings no action holds are linked too.
    With `processes` > 1, the bodies' links are worked out in that many forked processes
    (each body's reads only its own papers) and written here, in the same order."""
    from .links_in_parallel import worked_out

    tasks = [r[0] for r in db.execute("select task from pending_work where task like ?", [LINK + "%"])]
    bodies = {t[len(LINK):] or None for t in tasks} | unlinked_bodies(db)
    # (each body with the bodies it is linked with: an authority's annual meeting with its council, link_groups)
    keys = group_keys(db, bodies) if bodies else []
    sightings = sightings_by_body(db) if processes > 1 else {}
    for group, links in worked_out(db, keys, body_links, processes, weight=lambda g: sum(sightings.get(k, 0) for k in g)):
        with db.atomic():
            write_links(db, group, links)
            for key in group:
                db.execute("delete from pending_work where task = ?", [LINK + (key if key is not None else "")])
    if bodies:
        with db.atomic():
            drop_orphans(db)
            # linking rewrites actions rows after the people merge filled their body, meeting
            # date, year and owners: fill them again, or the overdue page cannot tell a body's
            # latest paper and SQL on actions.body finds nothing
            refresh_denormalised(db)
    return bool(bodies)


def sightings_by_body(db) -> dict[str | None, int]:
    """Each body's count of action sightings: how much linking it has to do, roughly."""
    return dict(db.execute("""select m.body_key, count(*) from action_history h
        join meetings m on m.id = h.meeting_id group by m.body_key""").fetchall())


def unlinked_bodies(db) -> set[str | None]:
    """Bodies with sightings no action holds yet: a run stopped between writing and linking."""
    return {r[0] for r in db.execute("""select distinct m.body_key from action_history h
        left join meetings m on m.id = h.meeting_id where h.action_id is null""")}


def link_body(db, body_key: str | None) -> None:
    """Link the body with the bodies it is linked with (link_groups)."""
    group = members(db, body_key)
    with db.atomic():
        write_links(db, group, body_links(db, group))


@dataclass
class BodyLinks:
    """A body's links, worked out from the archive without writing to it."""
    meeting_ids: list[int]
    redated: list[dict]  # sightings whose due 'at the next meeting' is now another date
    threads: list[Thread]


def body_links(db, group: tuple | str | None) -> BodyLinks:
    """Reads only the papers of the body and the bodies linked with it (`group`: link_groups.group_keys;
    a body's key is its group): their meetings' sightings, passages, items, attendance and posts, never
    another group's nor what linking writes, so groups can be worked out apart."""
    group = group if isinstance(group, tuple) else members(db, group)
    body_key = group[0]
    meetings = _meetings(db, group)
    ids = [m["id"] for m in meetings]
    if body_key is None:
        sightings = _extracted(db, "h.meeting_id is null", [])
        return BodyLinks(ids, [], [_thread(s, Vocabulary([]), {}) for s in sightings])
    marks = ",".join("?" * len(ids)) or "null"
    sightings = _extracted(db, f"h.meeting_id in ({marks})", ids)
    body_of = {m["id"]: m["body_key"] for m in meetings}
    # a due 'at the next meeting' is the body's next meeting in the archive (next_meeting_due): its own body's
    redated = [row for key in group for row in redate(
        [s.row for s in sightings if body_of.get(s.meeting_id) == key], [m for m in meetings if m["body_key"] == key])]
    return BodyLinks(ids, redated, _link_meetings(db, meetings, sightings, body_key))


def write_links(db, group: tuple | str | None, links: BodyLinks) -> None:
    body_key = group[0] if isinstance(group, tuple) else group
    for row in links.redated:
        db.execute("update action_history set due_date = ?, due_precision = ?, due_kind = ? where id = ?",
                   [row["due_date"], row["due_precision"], row.get("due_kind"), row["id"]])
    write_threads(db, body_key, links.threads, links.meeting_ids)


def _meetings(db, group: tuple):
    keys = [k for k in group if k is not None]
    if not keys:
        return []
    return [dict(id=r[0], date=r[1], next_meeting=r[2], body=r[3], body_key=r[4]) for r in db.execute(
        f"select id, date, next_meeting, body, body_key from meetings where body_key in ({','.join('?' * len(keys))}) "
        "order by date, id", keys)]



def _extracted(db, where: str, params: list) -> list[Sighting]:
    rows = db.execute(f"""
        select h.id, h.meeting_id, coalesce(h.seen_on, ''), h.document_id, h.page, h.text,
          coalesce(h.paper_status, h.status), case when h.paper_status is null then h.status_text else h.paper_status_text end,
          h.passage_id, h.description, h.owners, h.ref, h.due_text, h.due_date, h.due_precision, h.due_kind,
          h.agenda_item_id, h.item_title, h.rule, h.restricted, d.path
        from action_history h join documents d on d.id = h.document_id
        where h.kind = 'extracted' and {where}
        order by coalesce(h.seen_on, ''), d.path, h.page, h.id""", params).fetchall()
    out = []
    for r in rows:
        row = dict(zip(("id", "meeting_id", "date", "document_id", "page", "text", "status", "status_text", "passage_id",
                        "description", "owners", "ref", "due_text", "due_date", "due_precision", "due_kind", "agenda_item_id",
                        "item_title", "rule", "restricted", "path"), r))
        row["item_title"] = item_heading(row["item_title"])  # (as the minutes' sentences give theirs: minutes_units)
        read = reading_of_status_text(row["status_text"], row["status"])
        out.append(Sighting(id=row["id"], meeting_id=row["meeting_id"], date=row["date"], document_id=row["document_id"],
                            page=row["page"], text=row["text"], status=read.status, state=read.state,
                            status_text=row["status_text"], passage_id=row["passage_id"], row=row))
    return out


def _owner_keys(owners_json: str | None) -> set[str]:
    owners = json.loads(owners_json or "[]")
    return {name_key(o["name"]) or o["name"].lower() for o in owners}


def _passage_text(db, passage_id) -> str:
    if passage_id is None:
        return ""
    row = db.execute("select text from passages where id = ?", [passage_id]).fetchone()
    return row[0] if row else ""


def _thread(s: Sighting, vocab: Vocabulary, passages: dict[int, str]) -> Thread:
    row = s.row
    context = passages.get(s.passage_id, "") if s.passage_id is not None else ""
    context = own_sub_item(context, row["description"] or s.text)  # one follow-up of a matters-arising paragraph
    candidate = Candidate(words=vocab.vector(row["description"] or s.text), context=vocab.vector(context, 0.5),
                          sequence=tuple(vocab.stems(row["description"] or s.text)),
                          item=combine(item_vector(vocab, row["item_title"]), _title_subject(vocab, context)),
                          item_title=row["item_title"],
                          owners=_owner_keys(row["owners"]), ref=ref_of(row["ref"]))
    settles = settled_by_next_meeting(f"{s.text} {context}")
    under = heading(row["description"] or s.text) or sub_item_title(context)
    return Thread(first=s, candidate=candidate, settles_next_meeting=settles, sightings=[s],
                  about=antecedent_subject(vocab, row["description"] or s.text, context, not_subject_words(vocab)),
                  heading_words=recurring_titles.title_subject(vocab, under),
                  event=event_of(row["description"] or s.text, context, s.date, vocab))


def _title_subject(vocab: Vocabulary, sub_item: str) -> dict[str, float]:
    """The subject words of the title the action's own sub-item opens with: the item it sits under
    ('9. TUPE – CSD have raised potential unanticipated TUPE ... There will be an update at the
    next Board meeting' is an update on TUPE, though its own sentence never says so, and the next
    meeting's '6. TUPE/CSD issue' takes it up)."""
    not_subject = not_subject_words(vocab)
    return {k: w for k, w in vocab.vector(sub_item_title(sub_item)).items()
            if k not in vocab.generic_items and subject_word(k, w, vocab.rare, not_subject)}


def _link_meetings(db, meetings: list[dict], sightings: list[Sighting], lead_key: str | None = None) -> list[Thread]:
    # (the words' weights are the lead body's: an annual meeting linked with it leaves them as they were)
    vocab = body_vocabulary(db, [m["id"] for m in meetings], sightings,
                            counted=[m["id"] for m in meetings if m["body_key"] == lead_key] or None)
    passages = {}
    wanted = [s.passage_id for s in sightings if s.passage_id is not None]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        passages.update(db.execute(f"select id, text from passages where id in ({','.join('?' * len(chunk))})", chunk).fetchall())
    by_meeting: dict[int, list[Sighting]] = {}
    for s in sightings:
        by_meeting.setdefault(s.meeting_id, []).append(s)
    threads: list[Thread] = []
    titles_held: dict[int, set[frozenset[str]]] = {}  # meeting -> the headings its minutes took up
    for k, m in enumerate(meetings):
        earlier = [t for t in threads if t.first.date < m["date"]]
        joined: dict[int, Thread] = {}  # passage -> the earlier action its extracted action continues
        born_here: list[Thread] = []
        tasks_here = {_plain(x.row.get("description") or x.text) for x in by_meeting.get(m["id"], [])}
        for s in by_meeting.get(m["id"], []):
            new = _thread(s, vocab, passages)
            best, best_score = _best(earlier, new.candidate, vocab.rare)
            # ('the General Manager should follow this up': 'this' is what the sentence names, 'the other application',
            # not whatever earlier action of the owner's its few words happen to fit)
            continues = (bool(CONTINUE_RE.search(s.text)) and best is not None and best_score >= FOLLOW * 0.6
                         and subject_in_common(best.candidate, new.candidate, vocab))
            # the same action written twice for one meeting (in the minutes and in their action
            # log): its own words alike, not only the paragraph both sit in
            twin = (_twin(born_here, new.candidate, vocab, s, passages, tasks_here)
                    or _resolution_of(born_here, s, new.candidate, vocab, passages, tasks_here)
                    or _summarised(born_here, s, new.candidate, vocab, passages))
            if twin is not None:
                best, best_score, continues = twin, 1.0, False
            # alike only in the doing and the doer, two papers' tasks are two (task_subjects.one_task_named); a 'chase
            # this up' under the item of an action seen within the year is that action's, whatever its own words
            elif (best is not None and not (best.candidate.ref and new.candidate.ref)
                  and not (continues and not long_gap(best, m["date"]))
                  and not task_subjects.one_task_named(best.candidate, new.candidate, new.about, vocab)):
                best_score, continues = min(best_score, JOIN - 0.01), False
            # the same task again names it: its own words share two less common words or a rare
            # one, not only the paragraph's talk or everyday words ('the Board', 'agreed')
            if best is not None and best_score < SURE and not names_the_task(best.candidate, new.candidate, vocab.rare):
                best_score = min(best_score, JOIN - 0.01)
            if (best is not None and best_score < SURE and best.candidate.item and new.candidate.item
                    and not subject_in_common(best.candidate, new.candidate, vocab)):
                # under items of their own, alike only in the doing: 'It was resolved to get quotes for both these
                # actions' (resurfacing) and, ten months on under 'Bus Shelter', 'It was resolved to seek a second
                # quote' (Souldern, the same owner) are two tasks; the same task again shares a word of its subject
                best_score = min(best_score, JOIN - 0.01)
            if best is not None and best_score < SURE and long_gap(best, m["date"]):
                best_score, continues = min(best_score, JOIN - 0.01), False  # the same task a year on is a new one
            if best is not None and (best_score >= JOIN or continues) and s.state == "open" and not best.settles_next_meeting:
                said = own_news(reading(_own_part(s.row.get("description") or s.text)), best)
                if said is not None and said.status == "completed" and not closes(
                        best, new.candidate, vocab, m["date"], particular_owners(earlier), text=s.text):
                    best_score, continues = min(best_score, JOIN - 0.01), False  # a task of its own, not this one's close
            if best is not None and (best_score >= JOIN or continues):
                s.score = round(best_score, 3)
                if s.state == "open":  # a restated action may say how far it has got
                    said = own_news(reading(_own_part(s.row.get("description") or s.text)), best)
                    if best.settles_next_meeting and (said is None or said.status == "completed"):
                        if closes(best, new.candidate, vocab, m["date"], particular_owners(earlier), text=s.text, taken_up=True):
                            said = Reading("completed", "discussed", s.row.get("item_title") or s.text[:80])
                        elif said is not None:
                            # its own words say something was done, but not where the meeting took this item up:
                            # a restatement, no close ('The minutes were agreed ... the revised opening hours are in place')
                            said = None
                    if said is not None:
                        s.status, s.state, s.status_text = said.status, said.state, said.words
                _add(best, s, new.candidate, new.event)
                # restated as 'to be discussed at our next meeting', it is settled by the next one
                best.settles_next_meeting = best.settles_next_meeting or new.settles_next_meeting
                if s.passage_id is not None:
                    joined[s.passage_id] = best
            else:
                born_here.append(new)
        # the last minutes, when they are the meeting before this one: a body meets at least quarterly, so a
        # paper months older leaves meetings out between, and 'Item 3' or matters arising speak of those
        # (of its own body: the council's meeting after its annual parish meeting takes up the council's last minutes)
        before = next((x for x in reversed(meetings[:k]) if x.get("body_key") == m.get("body_key")), None)
        days = days_between(before["date"], m["date"]) if before else None
        last = (before if before and (days is None or days <= CONSECUTIVE_DAYS)
                and not a_meeting_missed(before, m) else None)
        # (the papers of its own body held before: which took a heading up, which passed an action over)
        absorbed = _follow_ups(db, m, earlier, vocab, joined, born_here, last["id"] if last else None,
                               [x for x in meetings[:k] if x.get("body_key") == m.get("body_key")], titles_held)
        for t, decision, news, value in due_meeting_decisions.settle(db, m, earlier, vocab):
            # the decision settling it is the sentence that only mentioned it: one sighting of one sentence, what it settles
            t.sightings[:] = [x for x in t.sightings if not _same_sentence_mentioned(x, m, decision)]
            t.sightings.append(_follow_up(m, decision, news, "follow_up", value))
        _payments_made(db, m, [*earlier, *(t for t in born_here if id(t) not in absorbed)], vocab, passages)
        for t in born_here:
            if id(t) not in absorbed:
                # (from the next meeting on: within its own, 'Clerk to action.' under one item and 'Clerk to
                # instruct.' under another are told apart by their own words, not by their neighbours')
                if t.about:
                    t.candidate = replace(t.candidate, words=combine(t.candidate.words, t.about))
                threads.append(t)
    return threads


def _payments_made(db, meeting: dict, threads: list[Thread], vocab: Vocabulary, passages: dict[int, str]) -> None:
    """Open tasks to pay that the meeting's list of payments shows paid (payments_made): each closed by its line."""
    payable = [t for t in threads if t.status == "open" and not long_gap(t, meeting["date"])
               and pay_task(t.first.row.get("description") or t.first.text)]
    if not payable:
        return
    lines = payment_lines(db, meeting["id"])
    for t in payable:
        line = paid_by(t, lines, vocab, passages.get(t.first.passage_id, "") if t.first.passage_id is not None else "")
        if line is not None:
            lines.remove(line)  # (one line pays one task)
            t.sightings.append(_follow_up(meeting, line, Reading("completed", "done", line["text"][:80]), "follow_up", None))


def _same_sentence_mentioned(s: Sighting, meeting: dict, decision: dict) -> bool:
    """A follow-up of this meeting that only mentions the action, given by the sentence `decision` is."""
    if s.kind != "follow_up" or s.state != "mentioned" or s.meeting_id != meeting["id"]:
        return False
    said, decided = _plain(s.text), _plain(decision["text"])
    return bool(said and decided) and (said in decided or decided in said)


def _add(thread: Thread, s: Sighting, said: Candidate | None = None, event: Event | None = None) -> None:
    """A sighting joins a thread; the item a restatement sits under is remembered, so later
    news under that item finds the action, and so is the event a restated action to attend is for
    (it says when the event now is)."""
    thread.sightings.append(s)
    thread.event = event or thread.event
    if said is not None:
        # a new candidate, not the old one changed: its combined vectors are cached
        thread.candidate = replace(thread.candidate, item=combine(thread.candidate.item, said.item),
                                   tasks=thread.candidate.tasks | said.words.keys())


def _twin(threads: list[Thread], candidate: Candidate, vocab: Vocabulary | None = None,
          s: Sighting | None = None, passages: dict[int, str] | None = None,
          tasks_here: set[str] = frozenset()) -> Thread | None:
    for t in threads:
        if (cosine(t.candidate.words, candidate.words) >= SAME_MEETING
                and not (t.candidate.owners and candidate.owners and not t.candidate.owners & candidate.owners)
                and not (vocab is not None and _apart(t, candidate, s) and not shares_subject(t.candidate, candidate, vocab))
                and not (vocab is not None and s is not None and _two_matters(t, s, vocab, passages or {}, tasks_here))):
            return t
    return None


def _two_matters(t: Thread, s: Sighting, vocab: Vocabulary, passages: dict[int, str], tasks_here: set[str]) -> bool:
    """The same few words closing two matters of one paper are two tasks: 'A resident informed the Council that
    footpath 6 ... was impassable. Clerk to contact Highways.' and, in another paragraph, 'The Environment Agency
    confirmed that repairing the bridge was not within their remit. Clerk to contact Highways.' (Northwold 2016-09);
    '... an event in 2016 to mark the centenary of the Battle of the Somme. Free tickets can be applied for from
    September. Clerk to post details on Facebook page.' and, under another minute, '... urged the public to question
    the Borough Council as to why this has occurred. Clerk to update via Facebook page.' (Wereham 2015-07). What the
    two share (Highways, Facebook) is whom or where, not what. Each must follow a sentence of its own paragraph
    that is no task of the meeting (a list of actions restating the minutes' tasks one after another decides
    nothing), and the two sentences share no word of a subject."""
    first = t.first
    if (first.document_id != s.document_id or first.passage_id is None or s.passage_id is None
            or first.passage_id == s.passage_id):
        return False
    not_subject = not_subject_words(vocab)
    matters = []
    for x in (first, s):
        before = sentence_before(passages.get(x.passage_id, ""), x.row.get("description") or x.text)
        said = _plain(before)
        if not before or any(len(task.split()) >= 3 and task in said for task in tasks_here):
            return False
        matters.append({k for k, w in vocab.vector(before).items() if subject_word(k, w, vocab.rare, not_subject)})
    return bool(matters[0] and matters[1]) and not matters[0] & matters[1]


def _apart(t: Thread, candidate: Candidate, s: Sighting | None) -> bool:
    """Under two items, or in two paragraphs."""
    if t.candidate.item and candidate.item and cosine(t.candidate.item, candidate.item) < SAME_ITEM:
        return True
    return bool(s is not None and s.passage_id is not None and t.first.passage_id is not None
                and s.passage_id != t.first.passage_id)


# a summary's line: its own words after the item it names ('June23.03 Trees in NBW - JH will instruct ...')
SUMMARY_LABEL_RE = re.compile(r".*\s[-–—:]\s+")
# (SUMMARY_LABEL_RE matches where, and only where, this does: a line without it is left as it is, and its
# leading '.*' is not tried from every character of a long paragraph)
SUMMARY_MARK_RE = re.compile(r"\s[-–—:]\s")
SUMMARY_WORDS = 5  # fewer words than this are found in any paragraph ('Clerk to action')


def without_summary_label(line: str) -> str:
    """A summary line's own words, after the item it names (SUMMARY_LABEL_RE's first match taken off)."""
    return SUMMARY_LABEL_RE.sub("", line, count=1) if SUMMARY_MARK_RE.search(line) else line


def _summarised(threads: list[Thread], s: Sighting, candidate: Candidate, vocab: Vocabulary,
                passages: dict[int, str]) -> Thread | None:
    """A list of the meeting's actions at the end of its minutes (Souldern's 'Actions Summary': 'June23.03
    Trees in NBW - JH will instruct Bob Staig to produce a report.') restates an action its item set, in
    the words of the item's paragraph, though the action extracted there is that paragraph's first
    sentence ('JH has spoken to Nicholsons ... and will create a formal report'): the line's own words
    found in the paragraph of an earlier action of the same paper, with an owner in common, are that
    action. Of two actions of the paragraph, the one whose owners the line names and whose words it shares most."""
    own = without_summary_label(s.row.get("description") or s.text or "")
    words = _plain(own)
    if len(words.split()) < SUMMARY_WORDS or not candidate.owners or not has_subject(candidate, vocab):
        return None
    found = [t for t in threads if t.first.document_id == s.document_id and t.first.passage_id is not None
             and t.first.passage_id != s.passage_id and t.candidate.owners & candidate.owners
             and words in _plain(passages.get(t.first.passage_id, ""))]
    return max(found, key=lambda t: cosine(t.candidate.words, candidate.words), default=None)


RESOLUTION_RE = re.compile(r"(?i)^\W*(?:\d+\)\s*)?(?:resolved|it\s+was\s+resolved)\b")
RESOLUTION_REACH = 6  # a resolution block closes its item: the discussion it restates is a passage or few before


def _own_part(text: str) -> str:
    """An extracted action's own words, before the next sub-item its text runs on into: what a
    later sub-item says was done ('... Pest Control services. e) CS confirmed that he had passed
    on the message') is no news of this one."""
    return next(iter(sub_items(text)), text or "")


def _resolution_of(threads: list[Thread], s: Sighting, candidate: Candidate, vocab: Vocabulary,
                   passages: dict[int, str] | None = None, tasks_here: set[str] = frozenset()) -> Thread | None:
    """'Resolved: That TM investigate methods of reducing the presence of rabbits within the
    cemetery' after 'TM agreed to research other humane ways' (to keep the rabbits out): a
    resolution block restating the task its item's discussion set is that task, not another.
    The same owners, a passage or few before it in the same paper, and a subject word in common
    ('rabbits'), or the task's verb when the discussion's sentence names no subject of its own
    ('The Clerk agreed to investigate and report back.', then 'Resolved: 1) That the Clerk
    investigate rising electricity costs'). Not a task closing another matter (_two_matters: '... The possibility of
    adopting the telephone kiosk ... was discussed. It was resolved that the Clerk should ... post the idea on
    Facebook' is not the Somme tickets' 'Clerk to post details on Facebook page.' a minute before, Wereham 2015-07)."""
    if not RESOLUTION_RE.match(s.row.get("description") or s.text) or not candidate.owners or s.passage_id is None:
        return None
    not_subject = not_subject_words(vocab)
    for t in reversed(threads):
        first = t.first
        if (first.document_id != s.document_id or first.passage_id is None
                or not 0 < s.passage_id - first.passage_id <= RESOLUTION_REACH
                or RESOLUTION_RE.match(first.row.get("description") or first.text)
                or t.candidate.owners != candidate.owners
                or passages is not None and _two_matters(t, s, vocab, passages, tasks_here)):
            continue
        shared = [k for k in t.candidate.words if k in candidate.words]
        subject = [k for k in shared if subject_word(k, t.candidate.words[k], vocab.rare, not_subject)]
        bare = not any(subject_word(k, w, vocab.rare, not_subject) for k, w in t.candidate.words.items())
        if subject or (bare and shared and s.passage_id - first.passage_id == 1):
            return t
    return None


def _best(threads: list[Thread], candidate: Candidate, rare: float) -> tuple[Thread | None, float]:
    best, best_score = None, 0.0
    words = candidate.wording_and_item
    for t in threads:
        # (an action shares a word or its reference with the later one, or scores 0)
        if not (candidate.ref and t.candidate.ref) and words.keys().isdisjoint(t.candidate.wording_and_item):
            continue
        value = score(t.candidate, candidate, rare=rare)
        if value > best_score:
            best, best_score = t, value
    return best, best_score


def _follow_ups(db, meeting: dict, earlier: list[Thread], vocab: Vocabulary, joined: dict[int, Thread],
                born_here: list[Thread], previous_meeting: int | None, held: list[dict],
                titles_held: dict[int, set[frozenset[str]]]) -> set[int]:
    """Sentences of this meeting's minutes that report on an earlier action still open. A
    sentence this meeting's own extraction took for a new action ('Trustees agreed to the
    purchase of 2 headsets') is news of the earlier one when it reports progress on it: that
    new action is absorbed into the earlier one. `held`: the body's papers before this one;
    the headings this one takes up are added to `titles_held`. Returns the ids of the threads absorbed."""
    units = _news_units(db, meeting, earlier)
    titles_held[meeting["id"]] = recurring_titles.titles_taken_up(units, vocab)
    open_threads = [t for t in earlier if t.status == "open"]
    pairs = _news_pairs(db, meeting, units, earlier, open_threads, vocab, joined, born_here, previous_meeting,
                        [m["date"] for m in held])
    found = _news_per_action(pairs, units, open_threads)
    blanket = next((u for u in units if BLANKET_RE.search(u["text"])), None)
    absorbed, news_at = _record_news(meeting, open_threads, found, blanket, vocab, born_here)
    _next_steps(units, born_here, news_at, vocab, absorbed)
    # (its heading opening a sentence of the next paper held that takes it up, however long after: no news, a sighting)
    for t, u in recurring_titles.spoken_of_again(units, open_threads, meeting, [m["id"] for m in held],
                                                 titles_held, vocab):
        t.sightings.append(_follow_up(meeting, u, Reading(t.status, "mentioned", ""), "follow_up", None))
    return absorbed


def _news_units(db, meeting: dict, earlier: list[Thread]) -> list[dict]:
    """The meeting's minutes sentence by sentence, without the rows of an action log."""
    # a row of an action log is that action's own sighting, not news of another
    own = [_plain(s.text) for t in earlier for s in t.sightings[1:] if s.meeting_id == meeting["id"] and s.kind == "extracted"]
    units = minutes_units(db, meeting["id"])
    if not own:
        return units
    plain = [_plain(u["text"]) for u in units]  # (each sentence once, not once for every row it is held against)
    return [u for u, p in zip(units, plain) if not any(p in text for text in own)]


def _news_pairs(db, meeting: dict, units: list[dict], earlier: list[Thread], open_threads: list[Thread],
                vocab: Vocabulary, joined: dict[int, Thread], born_here: list[Thread],
                previous_meeting: int | None, held_before: list[str]) -> list[tuple[tuple, int, int, Reading]]:
    """Every (sentence, open action) pair where the sentence may be news of the action, with its
    rank, the sentence's index, the action's index and the news. `previous_meeting`: the paper
    before, when it is the meeting before; `held_before`: the dates of the body's papers held before this one."""
    item_numbers = item_numbers_of(db, open_threads, previous_meeting)
    owner_names = {k for t in open_threads for k in t.candidate.owners}
    particular = particular_owners(earlier)
    # a sentence can only speak of an action it shares a word with (score is 0 otherwise): look
    # those up instead of scoring every open action against every sentence
    by_word = words_index([t.candidate for t in open_threads])
    # every (sentence, open action) pair that may be news of it, then the surest pairs first: a
    # sentence gives news of one action and an action takes its news from one sentence, so a
    # sentence beaten to its likeliest action by a surer one ('successful in securing funding
    # ... for the blinds') may still be news of its next ('The blinds will be fitted 5th November')
    pairs: list[tuple[tuple, int, int, Reading]] = []
    for ui, u in enumerate(units):
        if BLANKET_RE.search(u["text"]):
            continue
        said = _UNREAD  # what the sentence says of progress: read only for an action it may be news of
        candidate = sentence_candidate(vocab, u, owner_names)
        shared = words_shared(by_word, candidate)
        sharing = sorted(shared)
        cited = cited_actions(u.get("cites"), open_threads, sharing, item_numbers, previous_meeting, candidate, vocab.rare)
        # (an action scoring 0 ranks below FOLLOW, where the reading of the ranked list stops)
        likely = [i for i in sharing if i in cited or may_be_news(open_threads[i].candidate, candidate, shared[i], vocab.rare)]
        passed = False  # matters arising passed over an action it says nothing of
        for ti, value in ranked_actions(open_threads, likely, candidate, vocab.rare, cited):
            if value < FOLLOW:
                break
            t = open_threads[ti]
            if passed and not last_seen_at(t, previous_meeting):
                continue
            if value < SURE and long_gap(t, meeting["date"]):
                continue  # a year and more of the body's papers missing: only a sure match is news of it
            if joined.get(u["passage_id"]) is t:
                break  # the extracted action of this passage is already this action's sighting
            if about_the_task(t.candidate, candidate, vocab.rare):
                if said is _UNREAD:
                    said = reading(u["text"])
                news = own_news(said, t)
            else:
                news = None
            restated_here = any(s.meeting_id == meeting["id"] for s in t.sightings[1:])
            if u.get("to_come"):
                # in the list of what a later meeting will take up, its subject is pending: news that it is
                # still open when it is this action, never that it was done or settled here
                news = (Reading("open", "on_agenda", u["text"][:80]) if closes(
                    t, candidate, vocab, meeting["date"], particular, cited=ti in cited, text=u["text"],
                    need=TO_COME_SIGNALS) else None)
            elif (t.settles_next_meeting and not restated_here and last_seen_at(t, previous_meeting)
                    and (news is None or news.status == "completed" or news.state == "ongoing")
                    and closes(t, candidate, vocab, meeting["date"], particular, cited=ti in cited, text=u["text"],
                                taken_up=True)):
                # (only the meeting after it was last seen: a later one taking up a subject it shares is another
                # meeting's business; restated at this meeting, it is sent on to the next one, not settled here; and the sentence
                # must be where the meeting took it up, or be as sure as any close: Suffolk's 'The minutes of
                # the board meeting were agreed' settled nothing of the minutes' redaction)
                news = Reading("completed", "discussed", u["item_title"] or u["text"][:80])
            # matters arising on the last minutes' action, or a heading named for it: the sentence speaks of it, in whatever words
            spoken_of = (u.get("arising") and last_seen_at(t, previous_meeting)
                         and about_the_task(t.candidate, candidate, vocab.rare) or under_its_heading(t, u, vocab))
            if news is None and (value >= MENTION and named_again(t, candidate, u["text"], meeting["date"], held_before, vocab.rare) or spoken_of):
                # (matters arising reports on the last minutes' actions: there, naming one is a sighting of it)
                news = Reading(t.status, "mentioned", "")  # spoken of, no progress given: last seen here
            if news is not None and news.status == "completed" and news.state != "discussed":
                # closing an action takes a surer match than saying it is still open, and a
                # sentence that names the task or its own item: words a long paragraph shares
                # with any later one ('the Board', 'agreed', 'report') close nothing; and more
                # than one thing saying it is this action (close_evidence)
                if ti not in cited and (value < CLOSE or (value < SURE and not names_the_task(
                        t.candidate, candidate, vocab.rare, with_item=True))):
                    news = None
                elif not closes(t, candidate, vocab, meeting["date"], particular, cited=ti in cited, text=u["text"]):
                    # what it says was done is not the task, though all else says it is this action: news of
                    # progress ('SLS Options Appraisal The first meeting has taken place' of the appraisal to conduct)
                    news = (Reading("open", "ongoing", news.words) if closes(
                        t, candidate, vocab, meeting["date"], particular, cited=ti in cited, text=u["text"],
                        need=CLOSE_SIGNALS) else None)
                if news is None and (value >= MENTION and named_again(t, candidate, u["text"], meeting["date"], held_before, vocab.rare) or spoken_of):
                    news = Reading(t.status, "mentioned", "")  # no close, but it names the task: a sighting all the same
            elif news is not None and news.status == "open" and news.state not in ("mentioned", "discussed") and not closes(
                    t, candidate, vocab, meeting["date"], particular, cited=ti in cited, text=u["text"], need=NEWS_SIGNALS):
                # news that it is still open needs less, but one thing saying it is this action: 'nothing has yet
                # been heard from the auditors' is no news of the playground inspection 'due' the same month
                news = None
                if spoken_of:
                    # matters arising naming the last minutes' action speaks of it all the same ('SK reported
                    # that the Halesworth Community Group had been advised', Suffolk), as a sentence with no news does
                    news = Reading(t.status, "mentioned", "")
            if passed:
                # what it says is of the action it passed over, if of any: this one it only names
                named = spoken_of and shares_subject(t.candidate, candidate, vocab)
                news = Reading(t.status, "mentioned", "") if named else None
            if news is None:
                if u.get("arising") and not passed:
                    # matters arising reports on the last minutes: an action they set may come next
                    # ('SK reported that the Halesworth Community Group had been advised' says nothing of
                    # a bid raised two years before, and speaks of the Halesworth visit set last time)
                    passed = True
                    continue
                if a_place_only(t, candidate, u["text"], vocab):
                    continue  # (its likeliest by a place's name only: where, not what)
                break  # (a sentence whose likeliest action it says nothing of is news of no other)
            if not sure_news(news, value) and _extracted_from(u, born_here) is not None:
                # this meeting made an action of its own of the sentence ('The Christmas party ...
                # will be held 14th December'): news of an earlier one only if it is that one
                continue
            # news of progress outranks a sentence that only speaks of the action, and so does a sentence naming an
            # event the action was to attend, once it is past (event_held: it was held); among news, a close in the
            # sentence's own words first ('Sheila and Alison attended', before the item 'Feedback from Suffolk
            # Libraries Community Forum'), then the likelier: the item 'Contract Sum Negotiations' the board took
            # the meetings up under, after their date, before a sentence under it that something else 'has taken
            # place'; of two as likely, the action whose owner the sentence names
            news_of_it = held(t.event, news, u["text"], meeting["date"]).state != "mentioned"
            own_close = news.state != "mentioned" and news.status == "completed"
            pairs.append(((news_of_it, own_close, value, bool(t.candidate.owners & candidate.owners)), ui, ti, news))
    return pairs


def _news_per_action(pairs: list[tuple[tuple, int, int, Reading]], units: list[dict], open_threads: list[Thread]
                     ) -> dict[int, tuple[tuple, dict, Reading]]:
    """The surest pairs first: each action takes its news from one sentence, and a sentence gives
    news of one action (an item carried on gives a sighting of the others: recurring_titles).
    Returns id of action -> (rank, sentence, news)."""
    best_per_thread: dict[int, tuple[tuple, dict, Reading]] = {}
    taken_units: set[int] = set()
    # (ties go to a sentence before an item's bare title, which the sentence under it names as well, then to the
    # earlier sentence and the later action, whatever order they were read in)
    for rank, ui, ti, news in sorted(pairs, key=lambda p: (tuple(-x for x in p[0]), units[p[1]]["passage_id"] is None,
                                                           p[1], -p[2])):
        t = open_threads[ti]
        if id(t) in best_per_thread or ui in taken_units:
            continue
        taken_units.add(ui)
        best_per_thread[id(t)] = (rank, units[ui], news)
    return best_per_thread


def _record_news(meeting: dict, open_threads: list[Thread], best_per_thread: dict[int, tuple[tuple, dict, Reading]],
                 blanket: dict | None, vocab: Vocabulary,
                 born_here: list[Thread]) -> tuple[set[int], dict[int, Thread]]:
    """Each open action's news becomes a sighting of it: this meeting's own action made of the
    sentence is absorbed into it when the news is sure. Returns the ids of the threads absorbed,
    and id of sentence -> the action it gives news of."""
    absorbed: set[int] = set()
    news_at: dict[int, Thread] = {}  # sentence (id of its unit) -> the earlier action it gives news of
    for t in open_threads:
        found = best_per_thread.get(id(t))
        if found:
            (_, _, value, _), u, news = found
            news_at[id(u)] = t
            new = _extracted_from(u, born_here) if sure_news(news, value) else None
            if new is not None and id(new) not in absorbed:
                s = new.first
                s.status, s.state, s.status_text, s.score = news.status, news.state, news.words, round(min(value, 1.0), 3)
                s.report = True  # news of the action, not a hand-over: its people are not owners
                _add(t, s)
                absorbed.add(id(new))
            else:
                news = held(t.event, news, u["text"], meeting["date"])
                t.sightings.append(_follow_up(meeting, u, news, "follow_up", value))
                t.candidate = replace(t.candidate, words=subject_weights(t, vocab))
                if news.state != "mentioned":
                    # news given under an item of its own ('9.2 ... the letter would be updated'
                    # under 'Friends and the SL Website'): later news under that item finds it too
                    t.candidate = replace(t.candidate, item=combine(t.candidate.item, item_vector(vocab, u["item_title"])))
        elif blanket is not None:
            news = reading(blanket["text"])
            t.sightings.append(_follow_up(meeting, blanket, news, "blanket", None))
    return absorbed, news_at


def _next_steps(units: list[dict], born_here: list[Thread], news_at: dict[int, Thread], vocab: Vocabulary,
                absorbed: set[int]) -> None:
    """'The parish council has not yet replied. JB will chase.', 'Item 3 – the Halesworth meeting was
    cancelled and has been rescheduled for 10th March 2014. The General Manager, Community Lead and
    Vice Chair will be attending.' (Suffolk): a task that names no subject of its own, right after
    news of an earlier action, is that action's next step, in its new owners' hands: it joins that
    action, and its id is added to `absorbed`."""
    for new in born_here:
        if id(new) in absorbed or has_subject(new.candidate, vocab):
            continue
        at = next((i for i, u in enumerate(units) if u["document_id"] == new.first.document_id
                   and _plain(u["text"]) and _plain(u["text"]) in _plain(new.first.text)), None)
        before = units[at - 1] if at else None
        t = news_at.get(id(before)) if before is not None and before["passage_id"] == units[at]["passage_id"] else None
        if t is not None:
            _add(t, new.first, new.candidate, new.event)
            absorbed.add(id(new))




def _extracted_from(unit: dict, born_here: list[Thread]) -> Thread | None:
    """The action this meeting's extraction made of the sentence, if it made one."""
    plain = _plain(unit["text"])
    for t in born_here:
        s = t.first  # its passage may be the paragraph's ACTION line, not the sentence's own
        if s.document_id == unit["document_id"] and plain and plain in _plain(s.text):
            return t
    return None


PLAIN_WORD_RE = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=8192)  # (the same paragraphs are made plain for every line of a paper's action summary)
def _plain(text: str) -> str:
    return " ".join(PLAIN_WORD_RE.findall((text or "").lower()))


def _follow_up(meeting: dict, unit: dict, news: Reading, kind: str, value: float | None) -> Sighting:
    return Sighting(id=None, meeting_id=meeting["id"], date=meeting["date"], document_id=unit["document_id"],
                    page=unit["page"], text=unit["text"], status=news.status, state=news.state, status_text=news.words,
                    kind=kind, passage_id=unit["passage_id"], score=round(min(value, 1.0), 3) if value is not None else None,
                    row={"restricted": unit["restricted"], "item_title": unit["item_title"]})
