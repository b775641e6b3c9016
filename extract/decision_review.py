"""The review of a paper's candidate decisions, once all are read: each judged (source, score, signals), a bare outcome
folded into the decision before it, a vote that opens its passage given the motion the passage before ends with, a
reference given what it stands for from earlier passages of its item, a decision on 'the ordinance above' given that
item, a listed decision given the lead-in its list hangs from, a payment approval given its list, and the retellings of
a resolution and repeats dropped."""

from __future__ import annotations

import re

from .decisions import CUE_RE, MOTION_IN_RE, REPORTED_MEETING_RE, is_outcome_only, judge, plain_sentences
from .decision_labels import with_item_of_paper, with_item_title, with_label, with_sub_item
from .list_labels import LEAD_IN_RE, label_shape
from .passage_decisions import MOVING_LINE_RE, back_to_noun, pointed_to, proposer_joined, with_subject
from .payment_lists import approves_unnamed_payments, payment_list
from .seconded_lines import decided_above, is_seconded_line
from .decision_reference import points_back
from .vote_subject import lacks_subject


def review(decisions: list[dict], structure) -> list[dict]:
    """Judge every candidate (see judge), fold bare outcomes into the decision before them and
    drop repeats; each kept row gets source, score and the signals that decided."""
    passages = structure.passages
    meetings = structure.stored_meetings
    kept: list[dict] = []
    for d in decisions:
        n = d.get("passage")
        p = passages[n] if n is not None and n < len(passages) else None
        meeting = meetings[d["meeting"]] if d.get("meeting") is not None and d["meeting"] < len(meetings) else None
        seconded = d["rule"] == "sentence" and is_seconded_line(d["text"])
        if d["rule"] == "sentence" and (seconded or is_outcome_only(d["text"])):
            row = "|" in d["text"]  # a table of vote results summarises decisions minuted anywhere in the item
            # a line of its own naming only who proposed and seconded is the vote of the passage just above it (or of the
            # table just above: the payments it approves): of the decision minuted there, or else of what that passage
            # says (below), not of a decision further back
            reach = _above_table(passages, n) + 1 if seconded else 20 if d.get("item") is not None else 8
            before = next((k for k in reversed(kept) if k.get("meeting") == d.get("meeting") and k.get("item") == d.get("item")
                           and n is not None and k.get("passage") is not None
                           and (row or 0 <= n - k["passage"] <= reach)), None)
            if before is not None:
                if re.search(r"(?i)\b(?:failed|lost|defeated|not carried)\b", d["text"]):
                    before["kind"] = "rejected"
                elif before["kind"] == "motion" and d["kind"] in ("agreed", "approved", "resolved"):
                    # the outcome of the motion minuted above it, in a paragraph of its own: 'Mr Sweetland proposed, and Mr
                    # Ridgers seconded, that the Council formally record ...' then 'Agreed unanimously.' (Kent)
                    before["kind"] = d["kind"]
                if before.get("votes_for") is None and before.get("votes_against") is None:
                    before.update({k: d.get(k) for k in ("votes_for", "votes_against", "votes_abstain")})
                if not before.get("mover") and not before.get("seconder"):
                    before.update(mover=d.get("mover"), seconder=d.get("seconder"))  # 'Prop. GK, 2nd JH, All agreed.'
                continue
        if d["rule"] in ("sentence", "resolved") and n and p is not None and "|" not in d["text"] \
                and (lacks_subject(d["text"]) or points_back(d["text"])) \
                and " ".join(p.text.split()).startswith(" ".join(d["text"].split())[:30]):
            # the vote or resolution opens a passage (a page or a column broke it from its motion, or the minutes resolve
            # in a paragraph of their own: 'It was agreed that this will be progressed.'): what was moved ends the one
            # before, unless that passage is another item's: then the vote's own item is what it decides
            d = {**d, "text": " ".join(_moved_before(structure, n, seconded=seconded) + [d["text"]])}
        context = {"doc_kind": structure.kind, "meeting_role": meeting.role if meeting else None,
                   "body": meeting.body if meeting else None,
                   "reported_meeting": _in_reported_meeting(passages, n, d["text"]),
                   "heading": p.heading if p else None,
                   "meeting_year": int(meeting.date[:4]) if meeting and meeting.date[:4].isdigit() else None,
                   "meeting_date": meeting.date if meeting else None,
                   "intro": _intro(passages, n) if d["rule"] in ("put-to-meeting", "recommendation") else None}
        if d["rule"] == "vote-block" and kept:
            motion = kept[-1]  # 'X made a motion, seconded by Y, to ...' then its RESULT / AYES / NAYS block
            if (motion.get("item") == d.get("item") and motion["rule"] == "sentence" and MOTION_IN_RE.search(motion["text"])
                    and n is not None and motion.get("passage") is not None and 0 <= n - motion["passage"] <= 10
                    and motion.get("votes_for") is None):
                for key in ("votes_for", "votes_against", "votes_abstain"):
                    motion[key] = d.get(key)
                if d["kind"] == "rejected":
                    motion["kind"] = "rejected"
                continue
        if d["rule"] == "resolved":
            # the motions minuted before a resolution are the steps to it: the resolution records what was decided, and
            # who moved it (the last step's mover and seconder, where the resolution names none)
            steps = [k for k in kept if _step_to(k, d, n, kept)]
            kept = [k for k in kept if not any(k is s for s in steps)]
            _moved_by(d, steps)
        continued, carried = d.pop("continued", None), d.pop("carried", None)
        if carried is None and d["rule"] == "sentence" and p is not None and (pointer := pointed_to(d["text"])):
            carried = _earlier_in_item(passages, n, pointer[1], opens=" ".join(p.text.split()).startswith(" ".join(d["text"].split())[:30]))
        if carried is None and d["rule"] == "sentence" and p is not None and MOVING_LINE_RE.match(d["text"]) \
                and " ".join(p.text.split()).startswith(" ".join(d["text"].split())[:30]):
            # named after the repeats go: one meeting's same moving line twice is still one decision (Greenville's 15d
            # first reading, reconsidered and passed as amended, is 15a's words again)
            d["moves"] = _moved_sub_item(passages, n, bare=_moves_only_a_verb(d["text"]))
        verdict = judge(d["text"], d["rule"], d["kind"], {**context, "continued": bool(continued)})
        if verdict.source is None:
            continue
        if carried:
            d["text"] = f"{carried} {d['text']}"
        if continued:
            d["text"] += "\n" + continued
        if verdict.source == "proposed" and d["kind"] != "recommended":
            d["kind"] = "recommended"
        d.update(source=verdict.source, score=verdict.score, signals=",".join(verdict.signals) or None)
        if p is not None:
            # what it is about, where its own words only point to it: the label of its sub-item ('9. Farm Business
            # Tenancy.', 'k) Parking Lynn Road - ...'), or else its item's title ('LAG Meetings:', '16/16 Near Flooding ...')
            above = passages[n - 1].text if n and passages[n - 1].item == p.item else None
            labelled = with_sub_item(with_label(d["text"], p.text), p.text, above)
            d["text"] = labelled if labelled != d["text"] else with_item_title(d["text"], p.text, _near_heading(passages, n), above)
            if p.item is not None and p.item < len(structure.items):
                d["text"] = with_item_of_paper(d["text"], structure.items[p.item].title)  # 'the report' of its item
            if ABOVE_RE.search(d["text"][:200]) and (item := _named_above(passages, n, d["text"])):
                d["text"] = f"{item} {d['text']}"
            # a list only put to the meeting ('The County Council is asked to:' then its points) stays as listed
            elif n and d["source"] == "meeting" and _label_of(p.text) \
                    and " ".join(p.text.split()).startswith(" ".join(d["text"].split())[:40]) and (lead := _listed_under(passages, n)) \
                    and lead.lower() not in d["text"].lower():
                d["text"] = f"{lead} {d['text']}"
        kept.append(d)
    decided = _without_repeats(_resolutions_first(kept))
    for d in decided:
        if moves := d.pop("moves", None):
            d["text"] = f"{moves} {d['text']}"
    return _with_payment_lists(decided, passages)


# a decision naming its subject as the item above it: 'Final consideration of ordinance above.' (Des Moines, after the
# roll-call item it gives a second vote), 'All of the above was agreed to by full resolution' (Northwold, after the
# working party's list); not 'as above approved', '(re above)', 'mentioned above', 'the above date' (a reference inside a
# sentence, or to whatever stands above: a certificate's 'the above was adopted' follows its heading)
ABOVE_RE = re.compile(r"(?i)\b(?:of\s+the\s+above|(?!the\b|as\b)[a-z]+(?<!ed)\s+above)(?=\s*[.,;]|\s+(?:was|were|is|be)\b)")


def _named_above(passages, n: int, text: str, reach: int = 3) -> str | None:
    """The item a decision on 'the ordinance above' gives its vote to: the last item put to the meeting before it, in its
    own passage or, where it opens its passage, in the passage before of its item; back over an item that itself names
    the one above it ('05-1191 (A) First consideration of ordinance above. Moved ... Motion Carried 6-1.' before '05-1192
    (B) Final consideration of ordinance above', Des Moines), at most `reach` items."""
    flat = " ".join(passages[n].text.split())
    at = flat.find(" ".join(text.split())[:40])
    sentences = plain_sentences(flat[:at]) if at > 0 else []
    k = n
    for _ in range(reach):
        if not sentences:
            k -= 1
            if k < 0 or passages[k].item != passages[n].item:
                return None
            sentences = plain_sentences(passages[k].text)
        item, start = _item_above(sentences)
        if item is None or not ABOVE_RE.search(item[:200]):
            return item
        sentences = sentences[:start]
    return None


def _item_above(sentences: list[str], most: int = 800) -> tuple[str | None, int]:
    """What the sentences before a decision last put to the meeting, and where it starts: its last item, from the vote
    before it (if any) to its own moving line and outcome ('05-1190 59. On vacation and sale of a strip of vacated 62nd
    Street right-of-way ...' of '... Moved by Hensley to adopt. Mot Carried 6-1.'), or all of them when they hold no
    vote; None when longer than `most`."""
    end = len(sentences)
    while end and _closes_an_item(sentences[end - 1]):
        end -= 1
    start = end
    while start and not _closes_an_item(sentences[start - 1]):
        start -= 1
    item = " ".join(sentences[start:end])
    # (a piece the splitter cut from a line, 'considered and given first vote for passage.', is no item)
    whole = item[:1].isupper() or item[:1].isdigit() or item[:1] in "(•"
    return (item if item and whole and len(item) <= most else None), start


def _closes_an_item(sentence: str) -> bool:
    """A vote, a moving line or an outcome: what ends an item put to the meeting; a moving line too after the tail of a
    reference the sentence splitter left before it ('05-250) Moved by Hensley that this ordina be considered ...')."""
    head, _, rest = sentence.partition(")")
    after_reference = rest if rest and len(head) <= 12 and " " not in head.strip() else ""
    return (is_outcome_only(sentence) or bool(MOVING_LINE_RE.match(sentence) or MOVING_LINE_RE.match(after_reference))
            or lacks_subject(sentence))


def _listed_under(passages, n: int, reach: int = 12) -> str | None:
    """The lead-in a listed decision hangs from: the line ending its list's introduction ('... to proceed with court
    action for authority to abate the public nuisance at the following locations:', Des Moines) in the passage just
    before it, or before its earlier siblings (passages of its item opening with a label of its own shape: '05-1207 (A)
    3837 Beaver Avenue ...' then '05-1208 (B) 1401 2nd Place ...', a roll-call number before the label)."""
    shape = _label_of(passages[n].text)
    for k in range(n - 1, max(n - reach, 0) - 1, -1):
        q = passages[k]
        if q.item != passages[n].item:
            return None
        last = q.text.strip().splitlines()[-1].strip() if q.text.strip() else ""
        if LEAD_IN_RE.search(last):
            return last
        if not shape or _label_of(q.text) != shape:
            return None
    return None


def _label_of(text: str) -> str:
    """A passage's list label shape, after a reference number before it ('05-1208 (B) ...')."""
    words = text.split(None, 1)
    shape = label_shape(text[:8].lower())
    if not shape and len(words) == 2 and any(c.isdigit() for c in words[0]):
        shape = label_shape(words[1][:8].lower())
    return shape if shape not in ("", "•") else ""


def _near_heading(passages, n: int, reach: int = 3) -> str | None:
    """The heading of passage n when it opens at most `reach` passages before it: one further back may be a heading the
    layout left standing over items it did not see ('Declarations of Interest' over a whole paper's later business)."""
    heading = passages[n].heading
    k = n
    while k > 0 and passages[k - 1].heading == heading and passages[k - 1].kind != "heading":
        k -= 1
        if n - k >= reach:
            return None
    return heading


def _with_payment_lists(decisions: list[dict], passages) -> list[dict]:
    """Each payment approval that names no sum with the list beside it (payment_lists), once repeats are gone: the
    rows of one decision read twice would no longer be seen as one."""
    for d in decisions:
        n = d.get("passage")
        if n is None or n >= len(passages) or not approves_unnamed_payments(d["text"]):
            continue
        before, after = payment_list(passages, n, d["text"])  # 'proposed approval for payment' after the list
        d["text"] = "\n".join(part for part in (before, d["text"], after) if part)
    return decisions


def _above_table(passages, n: int, most: int = 60) -> int:
    """How many table rows stand just above passage n (a payments table the line after it votes on)."""
    k = n - 1
    while k >= 0 and n - k <= most and passages[k].kind == "table_row":
        k -= 1
    return n - 1 - k


def _moved_before(structure, n: int, seconded: bool = False) -> list[str]:
    """What a vote opening passage n decides, when its own words name nothing: the end of the passage before, back to
    the sentence naming a subject; where that passage is another item's ('3) RESOLVED that the County Council approves
    and adopts Local Transport Plan 5' before '(Item 10) This item was deferred to the next appropriate meeting', Kent),
    the title of the vote's own item ('Governance Working Party Update')."""
    here, before = structure.passages[n], structure.passages[n - 1]
    if here.item is not None and before.item is not None and here.item != before.item:
        title = structure.items[here.item].title
        # (a proposer/seconder line after its item's title is a sentence of its own: 'NC to action. Prop. KN, 2nd DD')
        return [f"{title}." if seconded and re.search(r"\w$", title) else f"{title}:"]
    sentences = plain_sentences(before.text)
    # a line of who proposed and seconded carries what the passage above decided, back to its deciding sentence
    return (seconded and decided_above(sentences)) or with_subject(sentences)


def _earlier_in_item(passages, n: int, noun: str | None, opens: bool, reach: int = 8) -> str | None:
    """What a decision's reference stands for when its own passage does not say: the nearest earlier passage of its item
    that names the reference's noun, from that sentence on ('Proposal – “That Boughton Parish council adopts the
    ‘Information Commissioner’s Model Publication Scheme’ ...”' for 'Carole’s proposal was seconded by Peter Agate.',
    three passages on); for a bare 'this', the passage just before, when the decision opens its own. A paper without
    items is searched in the two passages before ('The Clerk presented the Council with the final quote from Lightsource
    for the Solar panels ...' for '... seconded by Cllr. Collins to accept the quote.', Northwold)."""
    item = passages[n].item
    for k in range(n - 1, max(n - (reach if item is not None else 2), 0) - 1, -1):
        if passages[k].item != item:
            return None
        sentences = plain_sentences(passages[k].text)
        if noun is None:
            return (" ".join(with_subject(sentences)) or None) if opens else None
        taken = back_to_noun(noun, sentences, reach=len(sentences))
        if taken:
            return " ".join(taken)
    return None


def _moved_sub_item(passages, n: int, bare: bool, reach: int = 3) -> str | None:
    """The item a passage opening with its moving line moves: the lettered sub-item 'c. Ordinance to appropriate
    $1,000,000 ...' then '(Roll Call)' then 'Councilmember Dowe moved, seconded by Councilmember Stall, to approve first
    reading.' (Greenville); or the paragraph just before, from its last vote on: '... Motion Carried 6-1. 96-82 (b) Final
    consideration of ordinance above.' then 'Moved by McPherson that this ordinance be considered ...' (Des Moines, whose
    roll-call numbers hide the label), this only for a line that moves a bare verb or a pronoun (bare): a line naming its
    own subject is not given a remark before it ('There will be no discussion of Consent Agenda items ...'). Only across
    bracketed asides; a vote or outcome just before means the line moves something else ('The motion to amend carried
    unanimously.' then a moving line to amend again)."""
    for k in range(n - 1, max(n - reach, 0) - 1, -1):
        text = passages[k].text.strip()
        if passages[k].item != passages[n].item:
            return None
        if re.fullmatch(r"\([^()]*\)", text):
            continue  # '(Roll Call)', '(Presented by Fire Chief Brian Horton)'
        if label_shape(text) not in ("", "•"):
            return text
        return _item_text(plain_sentences(text)) if bare else None
    return None


def _moves_only_a_verb(text: str) -> bool:
    """A moving line whose object is a bare verb or a reference (pointed_to): 'Moved by Hensley to adopt.', 'Moved by
    Vlassis that this ordinance be considered and given first vote for passage.'"""
    moved = MOVING_LINE_RE.match(text)
    rest = plain_sentences(text[moved.end():])[:1] if moved else []
    return bool(rest) and (lacks_subject(rest[0]) or pointed_to(text) is not None)


def _item_text(sentences: list[str]) -> str | None:
    """What a paragraph says after its last vote, when that names a subject: the item the next moving line moves."""
    taken = with_subject(sentences)
    if not taken or lacks_subject(taken[0]) or MOVING_LINE_RE.match(taken[0]) or is_outcome_only(taken[-1]):
        return None
    return " ".join(taken)


def _resolutions_first(decisions: list[dict]) -> list[dict]:
    """Where an item's decision is minuted as a resolution (RESOLVED, a vote block), the
    narrative sentences of the same item that say 'agreed' or 'approved' without a marker retell
    it: the resolution is the record. Papers without numbered items are judged by place and
    words instead: a narrative sentence just before a RESOLVED line that shares its words
    ('the minutes ... were approved as a true record.' then 'RESOLVED: That minutes of 28 March
    ... be approved') retells it."""
    def resolution(d):
        return d["source"] == "meeting" and (d["rule"] in ("resolved", "vote-block") or bool(re.search(r"\bRESOLVED\b", d["text"])))

    def narrative(d):
        return (d["source"] == "meeting" and d["rule"] == "sentence" and not re.search(r"\b(?:RESOLVED|AGREED|CARRIED)\b", d["text"])
                and not MOTION_IN_RE.search(_before_vote(d["text"])) and "resolution-form" not in (d.get("signals") or ""))

    resolved_items: dict[tuple, list[tuple[int, set[str]]]] = {}
    for d in decisions:
        if d.get("item") is not None and resolution(d) and d["rule"] in ("resolved", "vote-block"):
            resolved_items.setdefault((d.get("meeting"), d.get("item")), []).append(
                (d["passage"] if d.get("passage") is not None else 10 ** 9, _content_words(d["text"])))
    resolutions = [d for d in decisions if resolution(d) and d.get("passage") is not None]
    # a vote minuted after its item's resolution box retells it: Kingston's 'RESOLVED that the decision ... be deferred
    # to the Committee meeting in March 2026' then 'A proposal was made by the Chair to defer the decision to the March
    # committee meeting ... seconded ..., voted on and carried'
    boxed = [d for d in decisions if d["source"] == "meeting" and d["rule"] in ("resolved", "vote-block", "decision-section")
             and d.get("item") is not None]
    kept = []
    for d in decisions:
        words = _content_words(d["text"])
        at = d["passage"] if d.get("passage") is not None else -1
        item_resolutions = [r for n, r in resolved_items.get((d.get("meeting"), d.get("item")), []) if n >= at]
        # an item's resolution, minuted after its discussion, records what the narrative before it
        # says; where items are coarse (one heading over many numbered resolutions), only the
        # narrative that shares a resolution's words retells it
        if narrative(d) and item_resolutions and (len(item_resolutions) <= 2 or any(len(words & r) >= 2 for r in item_resolutions)):
            continue
        if "outcome" in (d.get("signals") or "") and any(
                r.get("meeting") == d.get("meeting") and r.get("item") == d.get("item") and len(_content_words(r["text"]) & words) >= 2
                for r in boxed):
            continue
        if narrative(d) and d.get("passage") is not None and any(
                r is not d and r.get("meeting") == d.get("meeting") and r.get("item") == d.get("item")
                and 0 <= r["passage"] - d["passage"] <= 2 and len(_content_words(r["text"]) & _content_words(d["text"])) >= 2
                for r in resolutions):
            continue
        kept.append(d)
    return kept


def _before_vote(text: str) -> str:
    """A decision's words before the vote minuted after them: 'The minutes ... were approved as a true record.' of
    '... Proposed. Cllr Daphne Clements, Seconded Cllr Jim McNeill, all in favour.' (a narrative that retells its item's
    resolution whoever moved it)."""
    parts = proposer_joined(plain_sentences(text))
    while len(parts) > 1 and is_outcome_only(parts[-1]):
        parts.pop()
    return " ".join(parts)


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}|\d{2,}", text.lower()) if w not in RETELL_STOP}


RETELL_STOP = {"the", "and", "that", "this", "was", "were", "are", "for", "with", "from", "resolved", "agreed", "approved",
               "council", "parish", "committee", "board", "meeting", "councillors", "members", "all", "been", "have", "has",
               "had", "its", "their", "will", "would", "should", "which", "who", "into", "also", "cllr", "proposed",
               "seconded", "favour", "held", "minutes", "true", "record", "correct", "clerk", "chair", "chairman",
               "following", "next", "item", "year", "asked", "report", "noted", "than", "then", "there", "these", "those"}


def _step_to(motion: dict, resolution: dict, n: int | None, kept: list[dict] = ()) -> bool:
    """Whether a kept decision is a motion minuted on the way to the resolution at passage n: under the same item, or,
    where the paper's items did not reach one of them, in the passage straight before it ('Cllr. Crisp proposed and
    Cllr. Collins seconded the proposal to proceed with installing the defibrillator.' then 'Resolved 15/01/1.01 It was
    agreed to accept the offer of the free defibrillator', Northwold; 'Mr Gough proposed, and Mr Brady seconded that Mr
    G Cooke be elected to Chair the meeting.' then '2. RESOLVED that Mr Cooke be elected to Chair the meeting.', Kent)."""
    if (n is None or motion.get("passage") is None or motion.get("meeting") != resolution.get("meeting")
            or motion["rule"] != "sentence" or not MOTION_IN_RE.search(motion["text"]) or motion["kind"] == "rejected"):
        return False  # a motion the meeting voted down is a decision of its own, not a step to what it resolved
    gap = n - motion["passage"]
    if resolution.get("item") is not None and motion.get("item") == resolution.get("item"):
        # further back, a motion whose wording ran over many paragraphs and its vote's names of both sides ('5) Mr Meade
        # proposed, and Mr Cannon seconded the motion that "The County Council resolves;"', its six points, the vote,
        # 'Motion carried.', then '8) RESOLVED that the County Council resolves:', Kent): the item's last decision
        # before the resolution, when the resolution restates its words
        return 0 <= gap <= 8 or (gap <= OUTCOME_REACH and _last_of_item(motion, resolution, kept)
                                 and _restates(resolution["text"], motion))
    return (resolution.get("item") is None or motion.get("item") is None) and 0 <= gap <= 1


OUTCOME_REACH = 30  # a motion's wording, its vote and the names of both sides can run to 20 passages and more


def _restates(resolution: str, motion: dict) -> bool:
    """Whether a resolution restates a motion: at least two of the motion's words, and half of them, the names of who
    moved and seconded it aside, as movers.py read them (not 'The Chairman proposed ... that, under s14.48 of the
    Constitution, Council resolve to extend the meeting beyond 4.30pm' before the item's resolution on the Constitution,
    Kent)."""
    moved = _content_words(motion["text"]) - _content_words(" ".join(filter(None, (motion.get("mover"), motion.get("seconder")))))
    shared = moved & _content_words(resolution)
    return len(shared) >= 2 and 2 * len(shared) >= len(moved)


def _last_of_item(motion: dict, resolution: dict, kept: list[dict]) -> bool:
    """Whether the motion is the last decision kept of the resolution's item (nothing decided between them)."""
    of_item = [k for k in kept if k.get("meeting") == resolution.get("meeting") and k.get("item") == resolution.get("item")]
    return bool(of_item) and of_item[-1] is motion


def _moved_by(resolution: dict, steps: list[dict]) -> None:
    """The mover and seconder of the motion a resolution carried: the last step's that names them, where the
    resolution names none ('Mr Gough proposed, and Mr Brady seconded that Mr G Cooke be elected to Chair the meeting.'
    then '2. RESOLVED that Mr Cooke be elected to Chair the meeting.', Kent; 'Cllr. Crisp proposed and Cllr. Collins
    seconded the proposal to proceed with installing the defibrillator.' then 'Resolved 15/01/1.01 It was agreed to
    accept the offer of the free defibrillator', Northwold)."""
    if resolution.get("mover") or resolution.get("seconder"):
        return
    moved = next((s for s in reversed(steps) if s.get("mover") or s.get("seconder")), None)
    if moved is not None:
        resolution["mover"], resolution["seconder"] = moved.get("mover"), moved.get("seconder")


def _in_reported_meeting(passages, n: int | None, text: str) -> bool:
    """Whether a decision sits in an account of another meeting: after such an account's
    opening in its own passage, or in the passage that continues one of the same item."""
    if n is None or n >= len(passages):
        return False
    here = passages[n].text
    start = here.find(text[:40])
    cues = list(CUE_RE.finditer(text))
    window = here[:start if start > 0 else 0] + " " + (text[:cues[-1].start()] if cues else "")
    previous = passages[n - 1].text.rstrip() if n else ""
    if previous and (passages[n - 1].item == passages[n].item or not re.search(r"[.!?:;)\]\"”]$", previous)):
        window = previous[-300:] + " " + window  # the account began in the passage before, or a sentence runs on
    return bool(REPORTED_MEETING_RE.search(window))


def _intro(passages, n: int | None) -> str | None:
    """The line a list of decisions or recommendations hangs from ('The Board is asked to:')."""
    if n is None:
        return None
    k = n - 1
    while k >= 0 and passages[k].kind == "list_item" and n - k < 15 and not passages[k].text.rstrip().endswith(":"):
        k -= 1
    return passages[k].text if k >= 0 else None


_NON_WORDS_RE = re.compile(r"\W+")


def _norm(text: str) -> str:
    return _NON_WORDS_RE.sub(" ", text).strip().lower()


def _without_repeats(decisions: list[dict]) -> list[dict]:
    """A decision minuted twice (a resolution box and its text, a numbered part that a RESOLVED
    block already holds) is kept once, in its fullest form."""
    own = [d for d in decisions if d["source"] == "meeting"]
    drop: set[int] = set()
    norms = [_norm(d["text"]) for d in own]  # each text's once: every pair of a meeting's decisions is compared
    for i, d in enumerate(own):
        key = _norm(re.split(r"\.\.\.|…", d["text"])[0])  # 'RESOLVED that the decision ... view the full minutes text'
        if len(key) < 12:
            continue
        for j, other in enumerate(own):
            if i == j or j in drop or other.get("meeting") != d.get("meeting"):
                continue
            okey = norms[j]
            if key == okey and j < i or (key != okey and (key in okey or okey.startswith(key))):
                drop.add(i)
                break
    gone = {id(own[i]) for i in drop}
    return [d for d in decisions if id(d) not in gone]
