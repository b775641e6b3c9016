"""Decisions of a paper: recorded votes, decision sections, lists put to the meeting,
recommendations, resolutions and decision sentences."""

from __future__ import annotations

import re

from .literal_gate import Gated
from .vote_records import SIDE_COUNT_RE, VOTE_LINE_RE, VOTE_PART_RE, result_tally, side_counts, vote_side
from .decision_review import review
from .decision_runover import runs_over
from .list_labels import LEAD_IN_RE, label_shape
from .passage_decisions import from_sentences
from .decisions import (DECISION_HEADING_RE, LOST_RE, OBSERVATION_RE, PUT_TO_MEETING_RE, RESOLVED_RE, DecisionFact,
                        is_outcome_only, kind_of, vote_block, with_motion)


# a motion or resolution line that ends by introducing its wording
INTRODUCER_RE = re.compile(r"(?i)(?:\b(?:moved|proposed|seconded|motion|resolved|amend)\b.{0,200}?(?:\bthe\s+following|"
                           r"\bas\s+follows|\bthat)\s*[:;]?|\bresolved\b.{0,40}:)\s*$")
NUMBERED_RE = re.compile(r"^\s*\d{1,3}[.)]\s")
# the first label of a numbering: '1.', '1)', '(1)', 'a)', '(a)', 'i.', '(i)'
FIRST_LABEL_RE = re.compile(r"^\s*\(?(?:1|a|i|A)[.)]\s")


def decisions(docs, structure, facts):
    passages = structure.passages
    listed_decisions: set[int] = set()
    list_shape = None
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
        if put:
            list_shape = label_shape(text)
        # the list goes on while its labels keep their shape: '(1) Endorse ... (5) Expects ...” Amendment carried.' then
        # '16) Following the debate, ...' is the minutes' own numbering again (Kent)
        listed = put or (n and p.kind == "list_item" and passages[n - 1].kind == "list_item" and n - 1 in listed_decisions
                         and label_shape(text) == list_shape)
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
        elif "\n" in text and RESOLVED_RE.match(text.rsplit("\n", 1)[1]) and not RESOLVED_RE.match(text) \
                and n + 1 < len(passages) and passages[n + 1].kind == "list_item":
            # the vote's outcome, then the resolution opening on the passage's last line, its parts listed after it
            # ('Substantive Motion carried.' / '8) RESOLVED that Council:' / '1. Notes with thanks ...'): one resolution
            head, body = text.rsplit("\n", 1)
            for fact in from_sentences([s.text for s in docs[n].sents if s.text.strip() and s.text.strip() in head], p.page, n):
                _add_decision(facts, structure, p, n, fact)
            k, shape = n + 1, label_shape(passages[n + 1].text)
            closed = bool(re.search(r"[.!]\W{0,2}$", body)) and bool(FIRST_LABEL_RE.match(passages[n + 1].text))
            while not closed and k < len(passages) and passages[k].kind == "list_item" and k - n < 12 \
                    and label_shape(passages[k].text) == shape:
                body += "\n" + passages[k].text  # its parts, labelled alike whatever item the page's layout gave them
                k += 1
            _add_decision(facts, structure, p, n, with_motion(DecisionFact(text=body, kind="resolved", page=p.page, block=n,
                                                                           rule="resolved")))
            n = k
            continue
        elif RESOLVED_RE.match(text):
            body = _own_lines(text, passages[n + 1].text if n + 1 < len(passages) else "")
            k = n + 1  # a numbered resolution continues in the list items after it
            parts = label_shape(passages[k].text) if k < len(passages) else None
            # a resolution whose sentence is closed ('3. RESOLVED that the update be noted.') has no parts numbered from
            # one after it: '1. Jo Carpenter ... introduced the update' opens the next item's account (Kent's panel)
            closed = body != text or bool(re.search(r"[.!]\W{0,2}$", text)) and k < len(passages) \
                and bool(FIRST_LABEL_RE.match(passages[k].text))
            while not closed and k < len(passages) and passages[k].kind == "list_item" and k - n < 12 and (
                    passages[k].item == p.item or label_shape(passages[k].text) == "(a)" and passages[k].heading == p.heading) \
                    and not (k > n + 1 and parts and label_shape(passages[k].text) not in (parts, "")):
                # '(ii) Notes ...': a sub-part, even where the item split it off; its parts end where their labels change
                # shape ('1. To declare ...' to '6. To request ...', then the minutes' own '9) The Chairman proposed ...', Kent)
                body += "\n" + passages[k].text
                k += 1
            taken = _continuation(passages, n) if k == n + 1 and re.search(
                r"(?i)\b(?:resolved|agreed|decided)\b[^.\n]{0,60}:\s*$", body) else (
                # 'It was agreed that NO would instruct Nicholsons to carry out work on the following trees:' (Souldern)
                _continuation(passages, n, lead_in=True) if k == n + 1 and LEAD_IN_RE.search(body) else [])
            if taken:  # 'RESOLVED that:' then its numbered parts as paragraphs
                body += "\n" + "\n".join(passages[j].text for j in taken)
                k = taken[-1] + 1
            elif len(body) < 40 and k < len(passages) and not re.search(r"[a-z]{3}[.!]\W{0,2}$", body):
                # "Resolved 14/06/5.01" with the text on the next line (not '3. RESOLVED that the update be noted.')
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
            ends = bool(found) and bool(found[-1].text.strip()) and text.endswith(found[-1].text.strip())
            taken = _continuation(passages, n) if ends and INTRODUCER_RE.search(text) else (
                _continuation(passages, n, lead_in=True) if ends and LEAD_IN_RE.search(text)
                and not notes_only(found[-1]) else [])
            rest = _listed_after(text, found[-1].text) if found and not ends and not taken else None
            if found and not taken and not rest and (forward := FORWARD_RE.search(found[-1].text)) \
                    and ":" not in found[-1].text[forward.end():]:  # a colon's list is in its own words already
                rest = _named_after(passages, n, text, found[-1].text, ends)
            if rest:
                # the list a lead-in introduces, printed in its own paragraph: '9. The following payments were agreed:' /
                # 'Clerk's salary (April) £176.40' / ... (Northwold); judged on the lead-in's words, as below
                facts["decisions"][-1]["continued"] = rest
            elif taken and not INTRODUCER_RE.search(text):
                # a lead-in is judged by its own words ('Mr X proposed and Mr Y seconded the following amendment ...:' is
                # a motion, whatever its wording asks); what it introduces joins it after the judging
                facts["decisions"][-1]["continued"] = "\n".join(passages[k].text for k in taken)
                n = taken[-1]
            elif taken:  # 'moved, seconded ..., to amend the following:' / '5) RESOLVED that:' then its wording
                facts["decisions"][-1]["text"] += "\n" + "\n".join(passages[k].text for k in taken)
                n = taken[-1]
            elif ends and (tail := runs_over(found[-1].text, passages[n + 1] if n + 1 < len(passages) else None)):
                # cut by a page break mid-sentence: '... accepted by the Board subject to' / 'receiving bank account details.'
                facts["decisions"][-1]["text"] += " " + tail
        n += 1
    _lost_proposals(facts["decisions"], passages)
    facts["decisions"] = review(facts["decisions"], structure)
    _recorded_votes(facts["decisions"], passages)


CARRIED_RE = re.compile(r"(?i)\b(?:amendment|motion|proposal|recommendation)s?\s+(?:was\s+)?(?:\w+ly\s+)?(?:carried|agreed|"
                        r"approved|passed)\b|\bput\b.{0,80}\bto\s+the\s+vote\s+and\s+it\s+was\s+(?:agreed|carried)")
RESOLVED_MARK_RE = re.compile(r"\bRESOLVED\b")
NEW_MOTION_RE = re.compile(r"(?i)\b(?:proposed|moved)\b.{0,100}\bseconded\b")
OUTCOME_REACH = 30  # a motion's wording, its vote and the names of both sides can run to 20 passages


def _outcome(passages, start: int) -> int | None:
    """Where the proposal moved at passage `start` is minuted as lost ('Amendment lost.', 'Motion lost.', 'MOTION
    FAILED'), after its wording and the vote, before the next motion: that passage's index; None if it was carried or
    no outcome is minuted."""
    for k in range(start, min(start + OUTCOME_REACH, len(passages))):
        q = passages[k]
        text = q.text
        if k > start and (q.kind == "heading" or NEW_MOTION_RE.search(text)):
            return None
        if k == start:  # the moving line itself: only an outcome after its wording ('... MOTION FAILED 3-2-1.')
            m = NEW_MOTION_RE.search(text)
            text = text[m.end():] if m else text
        if LOST_RE.search(text):
            return k
        if CARRIED_RE.search(text) or k > start and (RESOLVED_MARK_RE.search(text) or RESOLVED_RE.match(text)):
            return None  # carried, or what it moved minuted as resolved
    return None


def _lost_proposals(decisions: list[dict], passages) -> None:
    """A motion or amendment the meeting voted down decided nothing it proposed: the wording of a lost amendment or
    motion ('“County Council is asked to: (1) Endorse ...” ... Amendment lost.') is no decision of the meeting, and
    the line that moved it is kept as what the meeting rejected."""
    starts = {d["passage"] for d in decisions if d["kind"] == "motion" and d.get("passage") is not None}
    if decisions:  # a moving line that holds no decision of its own ('1) Mr X proposed ... the motion that “...:')
        starts |= {k for k, p in enumerate(passages) if "second" in p.text and NEW_MOTION_RE.search(p.text)}
    previous = None
    for d in decisions:  # a list put to the meeting whose moving line holds no decision of its own
        if d["rule"] == "put-to-meeting" and d.get("passage") is not None:
            if previous is None or not previous + 1 >= d["passage"] >= previous:
                starts.add(d["passage"] - 1)
            previous = d["passage"]
    dropped: set[int] = set()
    for start in sorted(starts):
        lost_at = _outcome(passages, start)
        if lost_at is None:
            continue
        for d in decisions:
            at = d.get("passage")
            if at == start and d["kind"] == "motion":
                d["kind"] = "rejected"
            elif at is not None and start <= at < lost_at and d["rule"] in ("put-to-meeting", "sentence") \
                    and not re.search(r"\bRESOLVED\b", d["text"]):
                dropped.add(id(d))
    decisions[:] = [d for d in decisions if id(d) not in dropped]


def notes_only(fact: DecisionFact) -> bool:
    """A lead-in that only introduces what was observed ('Following questions and comments from the members of the
    panel, it was noted that:', Kent): no decision, so the paragraphs after it are not its wording; each is read on its
    own ('d. The Chair highlighted the eagerness of young people to attend future panel meetings. This was agreed by
    the panel.')."""
    if fact.kind != "noted" or re.search(r"\b(?:RESOLVED|AGREED|NOTED)\b", fact.text):
        return False
    verb = re.search(r"(?i)\bnoted\b", fact.text)
    return bool(verb) and bool(OBSERVATION_RE.search(fact.text, verb.start()))


def _own_lines(text: str, following: str = "") -> str:
    """A resolution's own lines: up to the line after a closed sentence that opens the next item's account ('3. RESOLVED
    that the update be noted.' then '1. Jo Carpenter ... introduced the update', one passage of Kent's panel minutes):
    the same first label of a numbering (FIRST_LABEL_RE) that ends a closed resolution at its next passage, and the
    title line the layout may print above it, at the passage's end when the numbering opens the next (following)."""
    lines = text.split("\n")
    closed = [bool(re.search(r"[.!]\W{0,2}$", line.strip())) for line in lines]
    for i in range(1, len(lines)):
        # the first numbered paragraph, or the next item's title (a line no full stop closes) just above it: 'Virtual
        # School Kent Head Teacher 6 monthly update (Item 7)' then '1. Tony Doran ... presented the report'
        after = lines[i + 1] if i + 1 < len(lines) else following
        if closed[i - 1] and (FIRST_LABEL_RE.match(lines[i]) or (not closed[i] and FIRST_LABEL_RE.match(after))):
            return "\n".join(lines[:i])
    return text


def _continuation(passages, n: int, lead_in: bool = False) -> list[int]:
    """The paragraphs that give the wording of a motion or resolution whose line ends by
    introducing it: up to the outcome, an ACTION line, a new resolution or numbered paragraph,
    or a new heading. A decision's lead-in (any decision ending on a colon) takes its first
    paragraph whatever item the layout gave it (the colon says it goes on), then the paragraphs
    of that item up to the next lead-in ('Reason(s) for decision:')."""
    intro = passages[n]
    label = NUMBERED_RE.match(intro.text.strip())
    taken: list[int] = []
    size = 0
    for k in range(n + 1, min(n + (7 if lead_in else 9), len(passages))):
        q = passages[k]
        text = q.text.strip()
        owner = passages[taken[0]] if lead_in and taken else intro
        if (q.kind not in ("paragraph", "list_item") or (q.heading != owner.heading or q.item != owner.item)
                and not (lead_in and not taken)
                or is_outcome_only(text) or re.match(r"(?i)\W*action\b", text) or RESOLVED_RE.match(text)
                or label and NUMBERED_RE.match(text) or size + len(text) > (1500 if lead_in else 3000)
                or lead_in and (taken and len(text) < 80 and text.endswith(":") or NARRATIVE_OPENS_RE.match(text))):
            break
        if q.kind == "list_item" and (not taken and not (lead_in and DECIDED_LEAD_IN_RE.search(intro.text))
                                      or lead_in and PUT_TO_MEETING_RE.search(passages[k - 1].text)):
            break  # a list after 'Council is asked to:' is read as the list put to the meeting
        if taken and passages[taken[0]].kind == "list_item" and q.kind != "list_item":
            break  # the list a decided lead-in introduced ends where its items do
        taken.append(k)
        size += len(text)
    return taken


# a lead-in that says its list was decided, not put to the meeting: 'The following payments were approved:' (Manordeilo &
# Salem), 'The following observations were agreed:'
DECIDED_LEAD_IN_RE = re.compile(r"(?i)\bfollowing\b[^.:;]{0,60}?\b(?:were|was|are|is|been)\s+(?:\w+ly\s+)?"
                                r"(?:agreed|approved|accepted|resolved|adopted|endorsed)\b[^.:;]{0,40}:\s*$")


def _listed_after(text: str, lead: str) -> str | None:
    """What follows a lead-in inside its own paragraph, when nothing else there was read as a
    decision: the lines of the list it introduces."""
    lead = lead.strip()
    if not DECIDED_LEAD_IN_RE.search(lead):
        return None  # 'The Board ... suggested the following:' introduces suggestions, not what was decided
    at = text.rfind(lead)
    rest = text[at + len(lead):].strip() if at >= 0 else ""
    return rest[:1500] or None


# a decision that names what it decided as what follows, whatever its sentence ends on: 'It was agreed to submit the
# following observations to C.C.C.' (Manordeilo and Salem: the splitter ended it at the dots), 'The Councillors had
# previously viewed copies of the following applications for headstones, which after discussion were approved ...'
# (West Dereham); not a time ('at the following meeting')
FORWARD_RE = re.compile(r"(?i)\bthe\s+following\s+(?!(?:meeting|day|week|month|year|morning|evening|session)s?\b)[a-z]+")


def _named_after(passages, n: int, text: str, lead: str, ends: bool) -> str | None:
    """What a decision naming 'the following ...' refers to, when no colon introduced it: the rest of its paragraph
    after it ('Planning Department: E/34934 Single New residential Dwelling'), or, where it ends its paragraph, the
    list printed straight after it, of its item ('• Smart • Kellingray'): one labelled passage (a table after it is a
    payments list, which payment_lists joins)."""
    if not ends:
        at = text.rfind(lead.strip())
        rest = text[at + len(lead.strip()):].strip() if at >= 0 else ""
        return rest[:600] or None
    if n + 1 >= len(passages):
        return None
    q = passages[n + 1]
    listed = q.kind != "table_row" and label_shape(q.text.strip()) != ""
    return q.text.strip()[:600] if q.item == passages[n].item and listed and not NARRATIVE_OPENS_RE.match(q.text.strip()) else None


# a paragraph that opens a sentence of its own account, not an item of the list a lead-in introduced
NARRATIVE_OPENS_RE = re.compile(r"(?:It\s+(?:was|is|has)|There\s+(?:was|is|were|are)|(?:The|This)\s+\w+\s+(?:was|were|is|are|has|had)|"
                                r"Cllr|Councillor|Members|The\s+Clerk|The\s+Chair(?:man)?|Copyright|Signed|Signature)\b")


def _attach_counts(facts, structure, p, lines):
    """A recorded vote with only counts ('For (52): ... Against (10): ...') belongs to the
    motion or resolution minuted just before it under the same item."""
    counts = {}
    for line in lines:
        m = VOTE_PART_RE.match(line)
        side = vote_side(m.group("label")) if m and m.group("n") else None
        if side:
            counts[f"votes_{side}"] = int(m.group("n"))
    previous = next((d for d in reversed(facts["decisions"]) if d["item"] == p.item and d["meeting"] == structure.real_meeting(p.meeting)), None)
    if counts and previous is not None and previous.get("votes_for") is None:
        previous.update(counts)


VOTING_RE = Gated(re.compile(r"(?i)\bvot(?:e|ing)\b"), "vot")
VOTE_RUN = 4  # a recorded vote's sides and names, each side's count printed at its list's end, span up to four passages


def _with_rolls(d: dict, passages) -> str:
    """A decision's words and what its passage prints after them: a tally's rolls ('Motion Carried 6-1. Pass:
    Flagg.') are sentences of their own, and say whose the tally's other numbers are."""
    n = d.get("passage")
    text = passages[n].text if isinstance(n, int) and 0 <= n < len(passages) else ""
    end = text.find(d["text"][-60:])
    return d["text"] + (" " + text[end + len(d["text"][-60:]):] if end >= 0 else "")


def _recorded_votes(decisions: list[dict], passages) -> None:
    """The counts a paper prints for a vote, on the decision they count: a decision's own words ('... Motion Carried
    5-1-1.', '8 for, 2 against'), or a recorded vote that runs over the passages after the motion, each side's count
    at the end of the names voting so ('put the amendment ... to the vote and the voting was as follows: For (14)' /
    '... Against (45)', Kent). Such a vote counts the resolution minuted straight after it, or else the motion whose
    moving line it follows; a motion whose line no decision holds gets no one else's counts."""
    for d in decisions:
        if d.get("rule") == "vote-block":
            continue  # a roll's own counts stand as they were read
        sides = side_counts(d["text"])
        if sides and d.get("votes_for") is None and d.get("votes_against") is None:
            d.update({f"votes_{side}": n for side, n in sides.items()})
        counts = {} if sides else result_tally(_with_rolls(d, passages))
        if counts:
            d.update({f"votes_{side}": counts.get(side) for side in ("for", "against", "abstain")})
    at = {}
    for d in decisions:
        at.setdefault(d.get("passage"), d)
    k = 0
    while k < len(passages):
        if not (VOTING_RE.search(passages[k].text) or k and VOTING_RE.search(passages[k - 1].text)) \
                or not SIDE_COUNT_RE.search(passages[k].text):
            k += 1
            continue
        end = _vote_run(passages, k)
        counts = side_counts(" ".join(passages[j].text for j in range(k, end)))
        target = next((at[j] for j in range(k, min(end + 2, len(passages))) if j in at and at[j]["rule"] == "resolved"), None)
        if target is None:
            target = at.get(_moving_line(passages, k))
        if counts and target is not None and target.get("votes_for") is None and target.get("votes_against") is None:
            target.update({f"votes_{side}": n for side, n in counts.items()})
        k = max(end, k + 1)


def _vote_run(passages, k: int) -> int:
    """Where the recorded vote opening at passage k ends (one past its last passage): at its outcome ('Amendment lost.',
    'Substantive Motion carried. / 26) RESOLVED that ...'), before the next moving line, or after VOTE_RUN passages."""
    end = k
    while end < min(k + VOTE_RUN, len(passages)) and not (end > k and NEW_MOTION_RE.search(passages[end].text)):
        end += 1
        text = passages[end - 1].text
        if RESOLVED_RE.match(text) or LOST_RE.search(text) or CARRIED_RE.search(text):
            break
    return end


def _moving_line(passages, k: int) -> int | None:
    """The passage that moved what the vote at passage k counts: the nearest moving line before it, unless an earlier
    vote's outcome stands between (Kent: 'Motion carried.' then 'the Chairman put the amendment set out in paragraph 2
    to the vote': that amendment's moving line is not the motion's before the outcome)."""
    for j in range(k, max(k - OUTCOME_REACH, -1), -1):
        text = passages[j].text
        if j < k and (LOST_RE.search(text) or CARRIED_RE.search(text) or RESOLVED_RE.match(text)):
            return None
        if NEW_MOTION_RE.search(text):
            return j
    return None


def _add_decision(facts, structure, p, n, fact):
    facts["decisions"].append({
        "meeting": structure.real_meeting(p.meeting), "item": p.item, "passage": n, "page": fact.page, "text": fact.text,
        "kind": fact.kind, "mover": fact.mover, "seconder": fact.seconder, "votes_for": fact.votes_for,
        "votes_against": fact.votes_against, "votes_abstain": fact.votes_abstain, "rule": fact.rule,
        "restricted": p.restricted, "carried": fact.carried,
    })
