"""An action due at a meeting is settled by that meeting's decision on its subject (issue 11).

A body sends work to a later meeting ('Amendments to Financial Regulations to be agreed at next
meeting', 'The paper will be brought back to the Board meeting in March for formal adoption'), and
the minutes of that meeting record what it decided under the subject's own heading ('Updated
Financial Regulations: ... the new version was adopted', '11. Pay and Reward ... It was proposed
that the scheme be approved'). Those minutes seldom say the action was done, and share with it only
its subject: so the match is scored on what says it is this action's decision: the action falls due
at this very meeting (its due date, read from 'next meeting' or the month named, is this meeting's),
the decision is the meeting's own (settling, not noting or recommending, not approving the last
minutes), and the decision's heading (or failing one its own words) names the action's subject.
A decision deferring it again carries it forward. Wrong closes cost more than missed ones: an
action takes only its likeliest decision, and a decision settles only one action."""

from __future__ import annotations

import re
from dataclasses import replace

from ..extract.action_match import Candidate, Vocabulary, combine
from ..extract.action_status import Reading
from ..extract.close_evidence import subject_word
from ..extract.minutes_approval import minutes_approved
from ..extract.heading_names import heading
from . import minutes_units  # its SENTENCE_RE: the sentences linking reads a meeting's minutes in
from .task_subjects import AGENDA_WORDS, not_subject_words

SETTLING_KINDS = frozenset({"agreed", "approved", "resolved", "endorsed", "appointed", "motion"})
SENT_ON_KINDS = frozenset({"deferred"})
MEETING_RE = re.compile(r"(?i)\bmeeting\b")


def due_at(due_text: str | None, due_date: str | None, due_precision: str | None, meeting_date: str) -> bool:
    """Whether an action's due ('next meeting', 'the Board meeting in March'), as dated, is this meeting."""
    if not (due_text and due_date and meeting_date and MEETING_RE.search(due_text)):
        return False
    if due_precision == "day" and len(meeting_date) >= 10:
        return due_date[:10] == meeting_date[:10]
    return due_date[:7] == meeting_date[:7]  # a month named, or a meeting dated by its month only


def meeting_decisions(db, meeting_id: int) -> list[dict]:
    """The meeting's own decisions that settle or defer, with the text of the passage each sits in."""
    marks = ",".join("?" * len(SETTLING_KINDS | SENT_ON_KINDS))
    rows = db.execute(f"""
        select d.id, d.text, d.kind, d.page, d.document_id, d.passage_id, d.restricted, p.text, i.title
        from decisions d left join passages p on p.id = d.passage_id left join agenda_items i on i.id = d.agenda_item_id
        where d.meeting_id = ? and d.kind in ({marks}) order by d.id""", [meeting_id, *sorted(SETTLING_KINDS | SENT_ON_KINDS)])
    out = []
    for did, text, kind, page, doc_id, passage_id, restricted, passage, title in rows.fetchall():
        if not text or minutes_approved(text):
            continue
        out.append(dict(id=did, text=text, kind=kind, page=page, document_id=doc_id, passage_id=passage_id,
                        restricted=restricted, passage=passage or "", item_title=title))
    return out


def _headings(decision: dict) -> list[str]:
    """The headings that say what a decision is about: its own ('Updated Financial Regulations: ...'),
    else the one its passage opens with ('11. | Pay and Reward The General Manager briefed ...')."""
    own = heading(decision["text"])
    if own:
        return [own]
    opening = heading(re.sub(r"^\s*\d+[.)]?\s*\|?\s*", "", decision["passage"]))
    return [opening] if opening else []


def decision_score(action: Candidate, decision: dict, vocab: Vocabulary) -> float:
    """How surely `decision` is on `action`'s subject: the weight of the subject words of the decision's
    heading, when every one of them is the action's (its words, its item, the heading it was raised
    under); 0 otherwise. Due at this very meeting, one such word will do ('Updated Financial
    Regulations' of 'Amendments to Financial Regulations to be agreed at next meeting'), where a
    sentence of any later meeting takes two (heading_names.heading_names_action)."""
    not_subject = not_subject_words(vocab) | AGENDA_WORDS
    theirs = action.words_and_item
    titles = _headings(decision)
    for title in titles:
        subject = {k: w for k, w in vocab.vector(title).items() if subject_word(k, w, vocab.rare, not_subject)}
        if subject and all(k in theirs for k in subject):
            return sum(subject.values())
    if titles:
        return 0.0  # under a heading of another subject, whatever words it shares
    # a decision under no heading of its own says what it is about in its words ('It was agreed ... to
    # proceed with the blackout blinds' of 'AHop will table the costs of the blinds for the next meeting')
    return sum(w for k, w in vocab.vector(decision["text"]).items()
               if k in theirs and subject_word(k, max(w, theirs[k]), vocab.rare, not_subject))


def raised_under(passage: str, text: str) -> str:
    """The heading the action's sentence sits under in its passage: the nearest sentence before it
    that opens with one ('Pay and Reward The Chair of the Committee explained ...' for 'The paper will
    be brought back to the Board meeting in March'); empty when none."""
    at = passage.find(" ".join((text or "").split())[:40]) if text else -1
    if at <= 0:
        return ""
    for sentence in reversed(minutes_units.SENTENCE_RE.split(passage[:at])):
        found = heading(sentence)
        if found:
            return found
    return ""


def settled_at(actions: list[tuple[object, Candidate, Candidate | None]], decisions: list[dict], vocab: Vocabulary
               ) -> list[tuple[object, dict, Reading, float]]:
    """(action, decision, reading, score) for each action (a key, its Candidate, and the same with the
    heading it was raised under) one of `decisions` settles: surest pairs first, one decision per action
    and one action per decision. What the action's own words name is surer than what the heading before
    it names ('Amendments to Financial Regulations ...' sat in a passage that had opened 'Pay and Reward'):
    a match through that heading counts half, and only when its own words match no decision."""
    pairs = []
    for ai, (_, own, with_heading) in enumerate(actions):
        scores = [decision_score(own, decision, vocab) for decision in decisions]
        if not any(scores) and with_heading is not None:
            scores = [0.5 * decision_score(with_heading, decision, vocab) for decision in decisions]
        pairs += [(value, ai, di) for di, value in enumerate(scores) if value > 0]
    taken_actions, taken_decisions, out = set(), set(), []
    for value, ai, di in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if ai in taken_actions or di in taken_decisions:
            continue
        taken_actions.add(ai)
        taken_decisions.add(di)
        decision = decisions[di]
        news = (Reading("open", "deferred", decision["text"][:120]) if decision["kind"] in SENT_ON_KINDS
                else Reading("completed", "discussed", decision["text"][:120]))
        out.append((actions[ai][0], decision, news, value))
    return out


def settle(db, meeting: dict, threads: list, vocab: Vocabulary) -> list[tuple[object, dict, Reading, float]]:
    """The open actions (store_action_links' threads) falling due at `meeting` and not yet sighted
    there, each with the decision of the meeting that settles it."""
    due = []
    for t in threads:
        # (news of it at this meeting already said how it stands; a mere mention there did not)
        if t.status != "open" or any(s.meeting_id == meeting["id"] and s.state != "mentioned" for s in t.sightings):
            continue
        row = next((s.row for s in reversed(t.sightings) if s.kind == "extracted" and s.row.get("due_text")), None)
        if row and due_at(row["due_text"], row.get("due_date"), row.get("due_precision"), meeting["date"]):
            due.append((t, t.candidate, _with_its_heading(db, t, vocab)))
    return settled_at(due, meeting_decisions(db, meeting["id"]), vocab) if due else []


def _with_its_heading(db, t, vocab: Vocabulary) -> Candidate | None:
    """The action's words with the heading it was raised under ('Pay and Reward' for 'The paper will be
    brought back to the Board meeting in March'); None when its passage gives none."""
    under = raised_under(_passage(db, t.first.passage_id), t.first.row.get("description") or t.first.text)
    return replace(t.candidate, item=combine(t.candidate.item, vocab.vector(under))) if under else None


def _passage(db, passage_id: int | None) -> str:
    row = db.execute("select text from passages where id = ?", [passage_id]).fetchone() if passage_id is not None else None
    return " ".join((row[0] or "").split()) if row else ""
