"""Decisions of a paper: recorded votes, decision sections, lists put to the meeting,
recommendations, resolutions and decision sentences."""

from __future__ import annotations

import re

from .vote_records import VOTE_LINE_RE
from .decisions import (DECISION_HEADING_RE, PUT_TO_MEETING_RE, RESOLVED_RE, VOTE_RE, DecisionFact, from_sentences,
                        is_outcome_only, kind_of, review, vote_block, with_motion)


# a motion or resolution line that ends by introducing its wording
INTRODUCER_RE = re.compile(r"(?i)(?:\b(?:moved|proposed|seconded|motion|resolved|amend)\b.{0,200}?(?:\bthe\s+following|"
                           r"\bas\s+follows|\bthat)\s*[:;]?|\bresolved\b.{0,40}:)\s*$")
SUB_LABEL_RE = re.compile(r"^\s*\((?:[ivx]{1,4}|[a-h])\)\s")
NUMBERED_RE = re.compile(r"^\s*\d{1,3}[.)]\s")


def decisions(docs, structure, facts):
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
        put = n and p.kind == "list_item" and PUT_TO_MEETING_RE.search(passages[n - 1].text)
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
            while k < len(passages) and passages[k].kind == "list_item" and k - n < 12 and (
                    passages[k].item == p.item or SUB_LABEL_RE.match(passages[k].text) and passages[k].heading == p.heading):
                body += "\n" + passages[k].text  # '(ii) Notes ...': a sub-part, even where the item split it off
                k += 1
            taken = _continuation(passages, n) if k == n + 1 and re.search(
                r"(?i)\b(?:resolved|agreed|decided)\b[^.\n]{0,60}:\s*$", body) else []
            if taken:  # 'RESOLVED that:' then its numbered parts as paragraphs
                body += "\n" + "\n".join(passages[j].text for j in taken)
                k = taken[-1] + 1
            elif len(body) < 40 and k < len(passages):  # "Resolved 14/06/5.01" with the text on the next line
                if passages[k].kind == "table_row":  # a payments table: what was resolved is minuted after it
                    n = k
                    continue
                body += "\n" + passages[k].text
                k += 1
            if len(re.findall(r"[A-Za-z]{3,}", body)) < 2:  # 'Resolved 16/09/6/11.1' with nothing resolved beside it
                n = k
                continue
            _add_decision(facts, structure, p, n, with_motion(DecisionFact(text=body, kind=kind_of(body[9:]) if not
                                                                           re.match(r"(?i)\W*resolved", body) else "resolved",
                                                                           page=p.page, block=n, rule="resolved")))
            n = k
            continue
        else:
            found = from_sentences([s.text for s in docs[n].sents], p.page, n)
            for fact in found:
                _add_decision(facts, structure, p, n, fact)
            taken = _continuation(passages, n) if found and INTRODUCER_RE.search(text) and (
                found[-1].text.strip() and text.endswith(found[-1].text.strip())) else []
            if taken:  # 'moved, seconded ..., to amend the following:' / '5) RESOLVED that:' then its wording
                facts["decisions"][-1]["text"] += "\n" + "\n".join(passages[k].text for k in taken)
                n = taken[-1]
        n += 1
    facts["decisions"] = review(facts["decisions"], structure)


def _continuation(passages, n: int) -> list[int]:
    """The paragraphs that give the wording of a motion or resolution whose line ends by
    introducing it: up to the outcome, an ACTION line, a new resolution or numbered paragraph,
    or a new heading."""
    intro = passages[n]
    label = NUMBERED_RE.match(intro.text.strip())
    taken: list[int] = []
    size = 0
    for k in range(n + 1, min(n + 9, len(passages))):
        q = passages[k]
        text = q.text.strip()
        if (q.kind not in ("paragraph", "list_item") or q.heading != intro.heading or q.item != intro.item
                or is_outcome_only(text) or re.match(r"(?i)\W*action\b", text) or RESOLVED_RE.match(text)
                or label and NUMBERED_RE.match(text) or size + len(text) > 3000):
            break
        if q.kind == "list_item" and not taken:
            break  # a list after 'Council is asked to:' is read as the list put to the meeting
        taken.append(k)
        size += len(text)
    return taken


def _attach_counts(facts, structure, p, lines):
    """A recorded vote with only counts ('For (52): ... Against (10): ...') belongs to the
    motion or resolution minuted just before it under the same item."""
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
