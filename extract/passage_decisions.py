"""Decisions in one passage's sentences: an outcome on its own completes the sentence before it, and a
vote or a moving line that names no subject takes it from the sentences before (decisions reads one
sentence; this reads them in order)."""

from __future__ import annotations

import re

from . import decisions, vote_records
from .assent import is_assent
from .decision_reference import REFERENCE_RE, back_to, decided_by_reference, holds_noun, points_back, referent
from .decisions import DecisionFact, ends_with_outcome, from_sentence, is_outcome_only, outcome_kind, with_motion
from .planning_response import answered_applications, is_response, names_application, with_application
from .seconded_lines import is_seconded_line, vote_kind
from .vote_subject import lacks_subject


# a sub-item's label the sentence splitter left inside a sentence ('Prop CP, 2nd RC, All agreed. v. The Council
# insurance is due ...' (Northwold), 'Prop: CR 2nd NO b. Allocation of Responsibilities: This was deferred ...'
# (Souldern)): the vote of one item and the next item are two sentences
_LABEL_SPLIT_RE = re.compile(r"(?:(?<=[.!?)])|(?<=[A-Z]{2}))(?<!\bal\.)\s+(?=(?:[ivx]{1,4}|[a-h])\.\s+[A-Z\d])")
# every place it splits at is before a label's letter and full stop: a sentence without one is not split (the split's
# look-behinds are tried at every place of every sentence; this search skips to the letters)
_LABEL_AT_RE = re.compile(r"[a-hivx]\.\s")


def _label_parts(sentence: str) -> list[str]:
    return _LABEL_SPLIT_RE.split(sentence) if _LABEL_AT_RE.search(sentence) else [sentence]


# the sentence splitter ends a sentence at the 'Proposed.' or 'Prop.' that opens who moved and seconded: 'Proposed. Cllr
# Grant Tomkins, Seconded Cllr Sue Lintern, all in favour.' (Stoke Ferry), 'Prop. GK, 2nd JH, All agreed.' (Wereham)
LONE_PROPOSER_RE = re.compile(r"(?i)^\W*(?:proposed|prop|moved)\W*$")
# nor does a sentence end at the Welsh councillor's title: 'Cynigiwyd gan y Cyng.' / 'P. Harries, eiliwyd gan y Cyng.' /
# 'J. Davies ac roedd pawb yn gytûn, ...' (Manordeilo and Salem's Welsh minutes) is one sentence
CUT_AT_TITLE_RE = re.compile(r"\bCyng\.\s*$")


def proposer_joined(sentences: list[str]) -> list[str]:
    """The sentences with a lone 'Proposed.' joined to the names it introduces."""
    joined: list[str] = []
    for sentence in sentences:
        if joined and (LONE_PROPOSER_RE.match(joined[-1]) or CUT_AT_TITLE_RE.search(joined[-1])):
            joined[-1] = f"{joined[-1].strip()} {sentence.strip()}"
        else:
            joined.append(sentence)
    return joined


def from_sentences(sentences: list[str], page: int, block: int) -> list[DecisionFact]:
    """Decisions in one passage's sentences. An outcome on its own ('AGREED.', 'This was
    unanimously agreed.') completes the sentence before it: with that sentence it is the
    decision, unless that sentence already was one."""
    sentences = proposer_joined([part for sentence in sentences for part in _label_parts(sentence)])
    facts: list[DecisionFact] = []
    previous, previous_fact = None, None
    seen: list[str] = []
    made_at: dict[int, DecisionFact] = {}  # the sentence each decision was read from
    for sentence in sentences:
        text = sentence.strip()
        fact = None
        if is_outcome_only(text) and previous:
            subject = with_subject(seen)
            earlier = next((made_at[i] for i in range(len(seen) - len(subject), len(seen)) if i in made_at), None)
            # who moved and seconded, after the work or a remark that follows the decision it closes: 'It was agreed that an
            # additional charge of £1,000 would be applied ... No additional changes were requested. Prop JB, 2nd GK, All
            # agreed.', '... be approved on the condition that ... Clerk to action. Prop GK, 2nd JB, All agreed.' (Wereham)
            recent = None if earlier is not None or previous_fact is not None or not decisions.ATTRIBUTION_RE.match(text) else next(
                (i for i in (len(seen) - 2, len(seen) - 3) if i in made_at), None)
            # only across short lines that move nothing of their own ('In his absence Cllr Anderson was nominated to
            # continue in his position as vice chair. This was proposed by ...' is that nomination's vote)
            if recent is not None and not ends_with_outcome(made_at[recent].text) and not is_outcome_only(made_at[recent].text) \
                    and all(i not in made_at and len(seen[i]) < 60 for i in range(recent + 1, len(seen))):
                recent = made_at[recent]
                recent.text += f" {text}"
                if not recent.mover and not recent.seconder:
                    recent.mover, recent.seconder = with_motion(DecisionFact(text=text, kind="motion", page=page, block=block,
                                                                             rule="sentence")).mover_and_seconder()
            elif earlier is not None and previous_fact is None:
                # the decision the vote carries was read a sentence or two before ('The minutes ... were approved as a
                # true record.' / 'Proposed.' / 'Cllr Grant Tomkins, Seconded Cllr Gail Reeve, 4 agreed and 4 abstained.'):
                # the vote alone, which the review folds into it
                fact = DecisionFact(text=f"{previous} {text}", kind=outcome_kind(text), page=page, block=block, rule="sentence")
            elif previous_fact is None:
                # (a proposer/seconder line says how the vote went: 'Prop. DL, 2nd BS, All in favour.' agreed it)
                kind = _outcome_kind(text) or (vote_kind(text) if is_seconded_line(text) else None) or outcome_kind(text)
                fact = DecisionFact(text=" ".join(subject + [text]), kind=kind, page=page, block=block, rule="sentence")
            else:
                previous_fact.text += f" {text}"  # 'Ali asked if we could agree to ... . AGREED
                if previous_fact.votes_for is None and previous_fact.votes_against is None:
                    with_motion(previous_fact)  # the tally after the motion: 'seconded by Cllr Bell.' then '6 for, 2 against.'
                if previous_fact.kind in ("motion", "appointed") and (outcome := _outcome_kind(text) or vote_kind(text)):
                    previous_fact.kind = outcome  # '... the newly appointed Parish Clerk ... This proposal was seconded by SP and approved.'
        else:
            listed = answered_applications(text)
            fact = from_sentence(text, page, block) if len(listed) < 2 else None
            if fact is None and not seen and is_seconded_line(text):
                # a passage that opens with who proposed and seconded: the vote of what the passage above says (the
                # review folds it into the decision minuted there, or names it by that passage)
                fact = DecisionFact(text=text, kind=_outcome_kind(text) or vote_kind(text) or "motion", page=page, block=block,
                                    rule="sentence")
            if listed and fact is None:
                # each application of a list answered by labels is a decision of its own ('E/34200 ... No Observations
                # E/34385 ... No Observations', Manordeilo and Salem; '10/00616/F Support', Northwold)
                answered = [DecisionFact(text=entry, kind="agreed", page=page, block=block, rule="sentence") for entry in listed]
                facts += answered[:-1]
                fact = answered[-1]
            if fact and is_response(text) and not names_application(text):
                fact.text = " ".join(with_application(text, seen))  # 'There were no objections.' after its application
            # a decision that opens with how it was moved says what only in the sentence before: 'Moved by Belken to adopt
            # denial of application.' after the item's 'Resolution denying application for Tax Abatement ...' (Des Moines)
            if fact and seen and (lacks_subject(fact.text) or MOVING_LINE_RE.match(fact.text)):
                fact.text = " ".join(with_subject(seen) + [fact.text])  # 'Motion Carried 5-1 Pass: Hensley.' after its item
            elif fact and seen and points_back(fact.text):
                fact.carried = " ".join(referent(fact.text, seen) or with_subject(seen)) or None
            elif fact and seen and (pointer := pointed_to(fact.text)):
                # 'The External Auditors fees would be £141.00 plus Vat. It was proposed by ... and unanimously agreed
                # that this be paid when the invoice was received.' (Manordeilo and Salem): what 'this' is, before it
                fact.carried = " ".join(back_to_noun(pointer[1], seen) if pointer[1] else with_subject(seen)) or None
            elif fact and seen and (named := _named_just_before(fact.text, seen, told=len(seen) - 1 not in made_at)):
                fact.carried = named
        if fact:
            facts.append(with_motion(fact))
            made_at[len(seen)] = fact
        previous, previous_fact = text, fact if fact else (previous_fact if is_outcome_only(text) else None)
        seen.append(text)
    return facts


def _named_just_before(text: str, before: list[str], told: bool = False) -> str | None:
    """The sentence or two before a decision that name what its demonstrative's noun stands for, when the decision names
    nothing by name before it: 'It was agreed that additionally a notice of such applications would be posted on the
    Parish Council notice board.' after 'It was confirmed that the Council ensured that all planning applications were
    brought to the attention of those most likely to be affected.' (Souldern). A name or title before the reference
    says what it is ('Ixworth – this application has been accepted', 'Media Guidelines This document was reviewed',
    Suffolk Libraries), and a long decision says what it decides in its own words. Where no sentence within reach holds
    the noun, what it points to is what the sentence just before told (`told`: that sentence is no decision of its own):
    'It was resolved to get quotes for both these actions ...' after 'A letter from the PC is to be written to Ann Gyrsting
    suggesting that the crown should be reduced or the whole tree removed.' (Souldern), '... so it was agreed to drop
    this idea.' after 'SpeedWatch scheme – Clerk reported that Oxborough’s scheme had folded ...' (Stoke Ferry)."""
    if len(text) > 200:
        return None
    pointer = next((m for m in REFERENCE_RE.finditer(text)
                    if len(m.group(0).split()) > 1 and m.group(0).split()[0].lower() in DEMONSTRATIVES), None)
    if pointer is None or _NAMES_SOMETHING_RE.search(text[:pointer.start()].strip()):
        return None
    taken = referent(pointer.group(0), before, reach=2)
    if taken:
        return " ".join(taken)
    return _told_just_before(before[-1]) if told else None


def _told_just_before(sentence: str, most: int = 300) -> str | None:
    """The sentence before a decision as what the decision's reference stands for, when it tells something of its own:
    not a vote, an outcome, a moving line or a lead-in to a list (those end or open another decision)."""
    text = sentence.strip()
    if len(text) > most or text.endswith(":") or lacks_subject(text) or ends_with_outcome(text) or is_outcome_only(text) \
            or MOVING_LINE_RE.match(text):
        return None
    return text


DEMONSTRATIVES = ("this", "these", "those", "such")
# before a reference, what names the thing itself: a title and its dash or colon, or a capitalised word past the first
# that is not the deciding body's ('The Board reviewed and agreed these terms' names nothing; 'Ixworth – this
# application', 'Media Guidelines This document' do)
_BODY_WORDS = r"Board|Council|Committee|Parish|Members|Councillors|Trustees|Directors|Governors|Cllrs|It|The"
_NAMES_SOMETHING_RE = re.compile(rf"\s[-–—:](?:\s|$)|(?<=\s)(?!(?:{_BODY_WORDS})\b)[A-Z]")


def with_subject(before: list[str]) -> list[str]:
    """The sentences before a vote, back to the one that says what was moved (at most five, 400 characters)."""
    taken: list[str] = []
    for sentence in reversed(before[-5:]):
        if (taken and is_outcome_only(sentence)) or ends_with_outcome(sentence) or sentence in taken \
                or vote_records.VOTE_LINE_RE.match(re.sub(r"^\W+", "", sentence)):
            break  # the vote before ends the item before: 'Moved by Hensley to adopt. Motion Carried 6-1.'
        taken.insert(0, sentence)
        if not lacks_subject(sentence) and not MOVING_LINE_RE.match(sentence) or sum(map(len, taken)) > 400:
            break
    return taken


# the line that moves an item says how it was moved, not what: 'Moved by McPherson to receive, file and accept with deep
# regret.' after the resignations it accepts, 'Moved by Vlassis that this ordinance be considered and given first vote
# for passage.' (Des Moines), 'Councilmember Dowe moved, seconded by Councilmember Stall, to approve first reading.'
# after the ordinance it reads (Greenville): the sentence before names the item
_MOVER = r"(?:(?:Council\s*member|Councilmember|Councillor|Cllr|Commissioner|Mayor|Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,2}"
MOVING_LINE_RE = re.compile(rf"^\W*(?:(?:moved|motion)\s+(?:by\s+)?{_MOVER}|(?-i:{_MOVER})moved,\s+seconded\s+by\s+[^,.;]{{1,60}},\s+)"
                            r"(?:to|that)\b", re.I)


def pointed_to(text: str) -> tuple[str, str | None, int] | None:
    """The reference a decision decides by (decision_reference.decided_by_reference), when the words before it name no
    subject either: '15 Stone cladding to village hall & changing rooms: It was resolved that this is not a priority'
    (Souldern) says what 'this' is."""
    pointer = decided_by_reference(text)
    return pointer if pointer and lacks_subject(text[:pointer[2]] or "agreed") else None


def back_to_noun(noun: str, sentences: list[str], reach: int = 4) -> list[str]:
    """The sentences back to the one naming the noun, not past another decision ('Moved by Hensley that this ordinance
    be considered and given second vote for passage. Motion Carried 6-1.' is the vote before, Des Moines)."""
    return back_to(lambda s: holds_noun(s, noun), sentences, reach=reach,
                   stop=lambda s: ends_with_outcome(s) or is_outcome_only(s) or bool(MOVING_LINE_RE.match(s))) or []


def _outcome_kind(text: str) -> str | None:
    """What a vote's outcome line says became of the motion: its last decision verb ('seconded by SP and approved')."""
    if decisions.LOST_RE.search(text) or re.search(r"(?i)\b(?:failed|lost|defeated|not\s+carried)\b", text):
        return "rejected"
    if is_assent(text):
        return "agreed"  # 'All Councillors noted that they were content.': not a noting
    verbs = [decisions.KINDS.get(m.group("verb").lower()) for m in decisions.CUE_RE.finditer(text)]
    return next((k for k in reversed(verbs) if k and k != "motion"), None)
