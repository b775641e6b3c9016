"""A sentence of minutes scored as an action on several signals, for the sentences no exact
shape in `actions.py` claims: who (a person or post the paper names, a 'she' or 'he' that
refers back to one, the 'I' of a report whose heading names its writer, 'a resident'), what
commits them (a future or obligation: 'will', 'undertook to', 'was asked to', 'is working
on'), and a verb that does something. Each signal is a number; `score` weighs them, so one more
signal (a trained classifier's probability, say) is one more entry in `SIGNALS` and one weight.

Bodies write the same commitment many ways: 'She undertook to report any further developments'
(Bishopdale), 'I will issue invitations to Councillors' (a Chairman's report, Boughton), 'I am
currently working on adverts' (a Clerk's report, Northwold), 'Cllr Trudy Mann advised that she
would be further doing work' (Stoke Ferry), 'AG advised she has ... and will pass this to line
managers' (North of Tyne LPC)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from .actions import ACTION_VERBS, OFFICE_RE, ActionFact, _NAME, _owners_of, _person_like
from .given_names import known_given_name
from .outside_agent import outside_organisation, raised_before
from .people import Registry, looks_like_name
from .roles import POST_HEAD_RE, ROLE_PHRASE, role_key
from .taken_up import taken_up, timed_now
from .task_passives import LOG_ROW_RE

_TITLED = r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’\-.]*(?:\s+[A-Z][\w'’\-]*){0,2}"
_INDEFINITE = r"[Aa]\s+(?:local\s+)?(?:resident|parishioner|volunteer|member\s+of\s+the\s+public)"
_ADVERB = r"(?:(?:also|kindly|then|further|now|currently|actively|personally|still|gladly)\s+)?"
# someone else sets the agent the deed: an invitation or request, which the meeting may see taken up at once
# (taken_up.py)
REQUESTED = r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:asked|requested|instructed|tasked|invited|encouraged|urged)\s+to"
REDUCED_REQUESTED = r"(?:asked|requested|instructed|tasked)\s+to"
# what someone asks to do for themselves in the meeting, not an errand they are given ('Cllr Moss asked to speak on the
# item'): the reduced form is read as a request made of them only with another verb
TURN_VERBS = {"speak", "address", "comment", "attend", "join", "raise", "ask", "make", "have", "hear", "see", "know", "discuss",
              "mention", "clarify", "explain"}
# the words between an agent and the verb that commit them, with how firmly
MODALS = [
    # (with its auxiliary: 'Mr P Murfitt has offered to construct three wooden plant containers', West Dereham; 'Warner has
    # offered to clear the fallen tree', Northwold; 'Bernadette Lawrence has offered to make introductions', Suffolk
    # Libraries; a past perfect's offer may be an old one: less sure)
    (r"(?:(?:has|have)\s+(?:very\s+)?(?:kindly\s+)?)?(?:agreed|offered|undertook|volunteered|promised)\s+to", 1.0),
    (r"had\s+(?:very\s+)?(?:kindly\s+)?(?:agreed|offered|volunteered|promised)\s+to", 0.8),
    # 'The Locum Clerk is going to contact them to explore reinstatement' (West Dereham)
    (r"(?:is|are|am)\s+going\s+to", 0.9),
    # ('Councillors were encouraged to pass comments to the Clerk', Wretton; 'Members of the Board were encouraged to present
    # their claims by the end of the financial year', Suffolk Libraries)
    (REQUESTED, 1.0),
    # the same with its auxiliary left out, as minutes write it at a clause's start ('Clerk asked to pass to the Village
    # Life editor', 'Clerk also asked to follow up about the damaged bus stop board', Northwold; 'ST asked to assist with
    # obtaining this', Suffolk Libraries): less sure, since 'X asked to ...' is also X's own request ('asked to speak',
    # 'asked to see the accounts': TURN_VERBS and the deed's own weight decline them)
    (REDUCED_REQUESTED, 0.8),
    # 'Trustees were asked for their help with this at 5:30 16th September' (Friends of Halesworth Library), 'CC White
    # was asked for his advice on this matter' (Stoke Ferry PC): asked for work, the work being the verb
    (r"(?:was|were|has\s+been|have\s+been)\s+asked\s+for\s+(?:their|his|her)\s+(?=help|assistance|support|advice)", 1.0),
    (r"(?:will|shall)\s+be\s+(?=\w+ing\b)", 0.8),  # 'I will be working with the Insurance company'
    (r"(?:am|is|are)\s+(?:currently\s+)?(?=(?:working|looking|arranging|preparing|seeking|chasing|following)\b)", 0.8),
    (r"would\s+be\s+(?:further\s+)?(?=\w+ing\b)", 0.8),
    (r"(?:will|shall|is\s+to|are\s+to)", 1.0),
    # 'Clerk had received a second quote ..., and she was liaising with a third supplier' (Stoke Ferry)
    (r"(?:was|were)\s+(?:currently\s+|still\s+)?(?=(?:liaising|chasing|arranging|preparing|seeking|following|pursuing)\b)", 0.8),
    # minute style after a clause's opening: '... - Cllr Precey to look into this' (Stoke Ferry), '... tour on Friday 19th
    # October – Cllr P Norris to attend' (Wereham), 'HR to add to going forward list' (Wereham)
    (r"to(?=\s)", 0.9),
    (r"(?:would|should|needs?\s+to|must)", 0.7),
]
MODAL_RE = "|".join(f"(?:{pattern})" for pattern, _ in MODALS)
REQUESTED_RE = re.compile(f"{REQUESTED}|{REDUCED_REQUESTED}")
# a commitment and its verb; the agent is read backwards from it (`agent_before`), word by
# word, so no pattern ever has to scan a long run of capitalised words. The rest of the clause
# is only looked at, not consumed: 'The HR team are currently working on this and the HR Manager
# will be providing this document' (Suffolk Libraries) has a second commitment after the first
COMMITMENT_RE = re.compile(rf"(?<=[\w.])\s+{_ADVERB}(?P<modal>{MODAL_RE})\s*{_ADVERB}(?P<verb>[a-z][a-z\-]+)\b(?=(?P<rest>[^.;]*))")
# a motion's own verbs after its mover ('Moved by Flagg to defer to 1-15-96', Des Moines): the meeting's procedure, no errand
MOTION_VERB_RE = re.compile(r"(?:receive|file|adopt|defer|approve|accept|deny|grant|table|concur|suspend|waive|continue|"
                            r"second|move|note|support|oppose)$")
# a name that is a preposition's object, alone or in a list, before a bare 'to': 'Co-option of Mr Jonathon Ratsey and Mrs
# Pamela Walker to fill the two vacant positions' (Wereham), 'Moved by Flagg to receive, file' (Des Moines)
_CAPS = r"(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w.'’\-]*"
# (or 'to': 'The Clerk had responded to Mr and Mrs Lockwood to advise that ...', Wereham; 'NC had written to Mrs Roberts to
# clarify where the right of way was')
OBJECT_BEFORE_RE = re.compile(rf"\b(?:of|by|for|with|from|to)\s+(?:{_CAPS}\s+(?:and|&)\s+)?{_CAPS}$")
BOUNDARY = {"", ",", ";", ":", "•", "–", "—", "-", "and", "but", "so", "that", "then", "whilst", "while", "resolved", "agreed"}
REPORTING = {"advised", "said", "stated", "reported", "confirmed", "noted", "announced", "explained", "agreed", "decided",
             "resolved", "responded", "replied", "added", "indicated", "suggested"}
# the members of a body named after 'of the': 'Members of the Board' (Suffolk Libraries), 'Members of the Parish Council'
GROUP_OF = r"(?:all\s+)?(?:members|trustees|directors|councillors)\s+of"
GROUP_OF_RE = re.compile(rf"(?i){GROUP_OF}\s+the\s+(?:[A-Z][\w'’\-]*\s+){{0,2}}(?-i:(?:Board|Council|Committee|Trust|Society|Panel|Group))")
TITLE_WORDS = {"cllr", "councillor", "mr", "mrs", "ms", "miss", "dr"}
CONNECTORS = {"and", "&", ","}
# after 'AG advised she has already highlighted ... and will pass': the agent's second verb
CONJOINED_RE = re.compile(rf"\band\s+(?P<modal>will|would|agreed\s+to|offered\s+to)\s+{_ADVERB}(?P<verb>[a-z][a-z\-]+)\b(?P<rest>[^.;]*)")
# between a subject's first verb and its 'and will': words that open a clause of another subject
OTHER_SUBJECT_RE = re.compile(r"(?i)\b(?:that|which|who|whom|whose|if|when|because|whether|but|it|they|there|he|she|we|"
                              r"was|were|is|are|has|had|have|stating|saying|said|says|advising)\b")
NOT_DOING = {"be", "have", "had", "like", "not", "need", "be", "been", "also", "the", "a", "an", "to", "this", "that",
             "appear", "seem", "welcome", "prefer", "hope", "love", "wish", "remain", "stand", "continue", "note", "noting"}
HEDGE_RE = re.compile(r"(?i)\b(?:would|will|could|should)\s+not\b|\?\s*$|"
                      r"\bwould\s+(?:like|prefer|welcome|hope)\b")
# someone the sentence names as speaking before its 'he' or 'she', who is nobody the paper lists
NON_PERSON_SPEAKER_RE = re.compile(
    r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Aa]nother)\s+(?:[\w’'\-]+\s+){0,4}?[\w’'\-]+)\s+(?:had\s+|has\s+|then\s+)?(?:advised|said|stated|"
    r"confirmed|reported|noted|explained|added|indicated|suggested|shared|replied|responded|agreed)\b")
REPORT_HEADING_RE = re.compile(r"(?i)\b(?P<who>[\w\s’'\-]{2,40}?)[’']s\s+report\b(?:\s*[-–—:]\s*(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2}))?")
# 'Mr. McDonough introduced Mr. Davis as the City's first Chief Diversity Officer and stated Mr. Davis
# will be working on ...': a newcomer's remit, not a task the meeting set
INTRODUCTION_RE = re.compile(r"(?i)\b(?:introduced|welcomed)\s+(?:\w+\.?\s+){1,4}(?:as|to)\b")
DUE_RE = re.compile(r"(?i)\bnext\s+meeting\b|\bby\s+(?:the\s+)?\d|\bbefore\s+the\b|\b(?:january|february|march|april|may|june|july|"
                    r"august|september|october|november|december)\b")
# a deed named as a state the agent will be in: 'Richard Fawcett and the Community Lead will be in attendance' (Suffolk
# Libraries), 'the Clerk would be in contact for reimbursement' (West Dereham)
IN_DEED_RE = re.compile(r"^\s+in\s+(?:touch|contact|attendance)\b")
# (and the verbs of taking work on or helping with it: 'It was resolved that the Clerk should undertake to find out how much
# the phone is currently used' (Wereham), 'Members of the Parish Council agreed to undertake monitoring of the Parish Council
# controlled areas' (Wretton), 'Councillors agreed to assist with recycling of the paper' (Northwold), 'Councillors are to
# assess areas of the parish to be maintained' (West Dereham))
VERB_RE = re.compile(rf"^(?:{ACTION_VERBS}|attend|man|do|doing|working|looking|issue|sign|pay|renew|visit|lead|host|ring|phone|call|tell|advice|assistance|"
                     rf"undertake|assist|assess)(?:s|es|ed|ing)?$")


@dataclass
class Context:
    """Where a sentence sits: the sentences before it in its paragraph (nearest last), the
    heading of the item it is under, the body whose meeting the paper records, and whether
    it is inside a quotation (a letter read out)."""
    previous: list[str] = field(default_factory=list)
    heading: str | None = None
    body: str | None = None
    quoted: bool = False


@dataclass
class Candidate:
    clause: str
    owners: list[tuple[str, str]]
    signals: dict[str, float]


def _verb(word: str, rest: str = "") -> float:
    if word == "be" and IN_DEED_RE.match(rest):
        return 1.0  # 'will be in attendance' attends, 'would be in contact' contacts
    if word in NOT_DOING or not word.isalpha() and "-" not in word:
        return 0.0
    # 'writing', 'arranging', 'providing': the -ing form of a verb ending in e
    return 1.0 if VERB_RE.match(word) or word.endswith("ing") and VERB_RE.match(word[:-3] + "e") else 0.5


def _modal(modal: str, verb: str) -> float:
    words = f"{' '.join(modal.split())} {verb}"
    if re.match(REDUCED_REQUESTED, words) and verb in TURN_VERBS:
        return 0.0
    return next((weight for pattern, weight in MODALS if re.match(pattern, words)), 0.0)


def _last_person(texts: list[str], registry: Registry) -> list[tuple[str, str]]:
    """The person a 'she' or 'he' refers back to: the first one named in the nearest text
    before it (its subject: 'The Chairman noted that she and the Clerk ...'), when the paper
    names them (a listed person, a titled name, a post holder)."""
    for text in reversed(texts):
        found = [m.group(0) for m in re.finditer(rf"{ROLE_PHRASE}|{_TITLED}|{_NAME}", text)]
        for surface in found:
            surface = re.sub(r"^(?:The|A|It|This|However|Also)\s+(?=[A-Z])", "", surface)
            if _person_like(surface, registry):
                owners = _owners_of(surface, registry)
                if len(owners) == 1 and owners[0][1] in ("person", "role"):
                    return owners
    return []


def _author(heading: str | None, registry: Registry) -> list[tuple[str, str]]:
    """The 'I' of a report: the person a heading like 'Chairman's report – Frank Reid' or
    'Clerk's Report' names, or the holder of that post."""
    m = REPORT_HEADING_RE.search(heading or "")
    if not m:
        return []
    if m.group("name") and looks_like_name(m.group("name")):
        return [(registry.resolve(m.group("name")), "person")]
    post = m.group("who").split()[-1]
    if not POST_HEAD_RE.search(post):
        return []
    holder = registry.resolve_role(post)
    return [(holder, "person")] if holder else [(post[:1].upper() + post[1:], "role")]


def agent_owners(agent: str, sentence_before: str, context: Context, registry: Registry) -> tuple[list[tuple[str, str]], float]:
    """(owners, how sure) for the agent of a clause; for 'Cllr Jim McNeill and Cllr Grant
    Tomkins', all of them, as sure as the least sure."""
    pieces = [a for a in re.split(r"\s*[,/]\s*|\s+(?:and|&)\s+", agent) if a]
    if len(pieces) > 1:
        found = [agent_owners(a, sentence_before, context, registry) for a in pieces]
        if any(not sure for _, sure in found):
            return [], 0.0
        return [o for owners, _ in found for o in owners], min(sure for _, sure in found)
    low = agent.lower()
    if low in ("she", "he"):
        nearer = NON_PERSON_SPEAKER_RE.search(sentence_before)
        if nearer and not _person_like(re.sub(r"(?i)^(?:the|an?|another)\s+", "", nearer.group("np")), registry):
            return [], 0.0  # 'the developer had advised he would ...': the 'he' is the developer
        owners = _last_person(context.previous + [sentence_before], registry)
        return owners, 0.8 if owners else 0.0
    if low == "they":
        return [], 0.0
    if agent == "I":
        owners = _author(context.heading, registry)
        return owners, 0.8 if owners else 0.0
    if re.fullmatch(_INDEFINITE, agent):
        return [(agent.split()[-1].title() if "public" not in low else "Member of the public", "group")], 0.6
    if GROUP_OF_RE.fullmatch(agent):
        return [(agent, "group")], 0.7  # as 'Members' or 'Councillors' are
    organisation = outside_organisation(agent, context.body) if not re.fullmatch(ROLE_PHRASE, agent) else None
    if organisation:
        # too unsure alone to make a task: another body's step is the meeting's only in answer to it (`_signals`)
        return [(organisation, "organisation")], 0.2
    if re.match(r"(?i)^(?:the|our)\s", agent) and not re.fullmatch(ROLE_PHRASE, agent) or re.match(r"(?:An?|Any)\s", agent):
        return [], 0.0  # 'An IPS EGM to approve the proposed changes needs to be arranged': a thing, not someone
    if _person_like(agent, registry):
        owners = _owners_of(agent, registry)
        if not owners:
            return [], 0.0
        if re.fullmatch(r"[A-Z]{2,5}", agent) and agent not in registry.initials:
            return owners, 0.2  # 'SCC will repair': a code the paper never gives a person for is likely a body
        if all(kind == "group" for _, kind in owners):
            return owners, 0.7  # 'Members are asked to declare any interests': boilerplate unless the deed is a task's
        return owners, 1.0
    if looks_like_name(agent) and len(agent.split()) in (2, 3) and not POST_HEAD_RE.search(agent):
        return [(agent, "person")], 0.5  # a full name the paper does not list ('Joanne Carpenter offered to ...')
    return [], 0.0


def agent_before(before: str, registry: Registry) -> str | None:
    """The agent written just before a commitment: 'Cllr Jim McNeill and Cllr Grant Tomkins',
    'The Parish Clerk', 'she', 'I', 'A resident'; read back word by word from the end of
    `before` over capitalised words, titles and 'and', and kept only when it opens a clause
    (after a boundary, a reporting verb or a minute number), not 'many Members would ...'."""
    words = re.findall(r"[\w'’.\-]+|[,;:•–—“”\"/]", before[-160:])
    if not words:
        return None
    last = words[-1]
    if last.lower() in ("she", "he", "they") or last == "I":
        first = words[-2].lower() if len(words) > 1 else ""
        return last if first in BOUNDARY or first in REPORTING else None
    indefinite = re.search(rf"(?:^|\s){_INDEFINITE}$", " ".join(words[-5:]))
    if indefinite:
        return indefinite.group(0).strip()
    start = len(words)
    while start > 0:
        word = words[start - 1]
        if word[:1].isupper() or word.lower().rstrip(".") in TITLE_WORDS or word == "&" or \
                (word.lower() in ("and", ",", "/", "of", "for") and start < len(words) and words[start][:1].isupper()):
            start -= 1
            if len(words) - start > 12:
                return None
            continue
        if word.lower() in ("the", "our") and start < len(words):
            start -= 1
            # 'Members of the Board were encouraged to ...', 'Members of the Parish Council ...': the body's members
            group = next((k for k in (3, 2) if start >= k and re.fullmatch(GROUP_OF, " ".join(words[start - k:start]), re.I)), 0)
            start -= group
            if not group and start >= 2 and words[start - 1].lower() in ("and", "&") and words[start - 2][:1].isupper():
                start -= 1  # 'Richard Fawcett and the Community Lead will ...': the post is the second of two agents
                continue
        break
    opened = False
    while start < len(words) and words[start] in ("That", "This", "It", "There", "However", "Also", "Then", "Further", "Both",
                                                  "Meanwhile", "Additionally", "Furthermore", "Subsequently", "Finally"):
        start += 1  # '(2) That HR will also contact ...': the resolution's 'That' opens the clause
        opened = True
    pieces = _pieces(words[start:])
    while len(pieces) > 1 and not _person_like(" ".join(pieces[0][1]), registry) and not _full_name(pieces[0][1]):
        pieces = pieces[1:]  # 'the Summer Fayre and Cllr Jim McNeill and ...': the people at its end
    if not pieces:
        return None
    at = start + pieces[0][0]
    opener = words[at - 1].lower() if at > 0 else ""
    if opened and pieces[0][0] == 0:
        opener = ""
    if opener not in BOUNDARY and opener not in REPORTING and not re.fullmatch(r"\(?[\da-z]{1,2}[.)]|\d+(?:\.\d+)*(?:[a-z]|[ivx]{1,4})?", opener):
        return None
    return " and ".join(" ".join(ws) for _, ws in pieces)


def _full_name(words: list[str]) -> bool:
    """A given name and a surname the paper need not list: a guest or officer named in full beside a listed
    post is an agent too ('Richard Fawcett and the Community Lead will be in attendance', Suffolk Libraries)."""
    name = " ".join(words)
    return len(words) in (2, 3) and known_given_name(name) and looks_like_name(name) and not POST_HEAD_RE.search(name)


def _pieces(words: list[str]) -> list[tuple[int, list[str]]]:
    """'A , B and C' as (index of its first word, its words) per name."""
    out, current, first = [], [], 0
    for i, word in enumerate(words):
        if word.lower() in ("and", "&", ",", "/"):
            if current:
                out.append((first, current))
            current, first = [], i + 1
        else:
            current.append(word)
    if current:
        out.append((first, current))
    return out


def candidates(sentence: str, registry: Registry, context: Context) -> list[Candidate]:
    """Every clause of the sentence that could set someone a task, with its signals."""
    out = []
    for m in COMMITMENT_RE.finditer(sentence):
        agent = agent_before(sentence[:m.start()], registry)
        if not agent or m.group("modal") == "to" and OBJECT_BEFORE_RE.search(sentence[:m.start()]):
            continue
        if m.group("modal") == "to" and (LOG_ROW_RE.search(sentence) or MOTION_VERB_RE.match(m.group("verb"))):
            continue  # a log's row, run on with its owner and status: 'JH to arrange purchase of speeding signs Signs had been JH'
        owners, sure = agent_owners(agent, sentence[:m.start()], context, registry)
        if not sure:
            continue
        signals = _signals(sentence, m, sure)
        if any(kind == "organisation" for _, kind in owners):
            # (in the minutes' own words: a reply read out, 'the Government will lay the relevant reports before the
            # House of Commons' in a minister's letter, is the writer's own business)
            signals["answered"] = 1.0 if raised_before(context.heading, context.previous) and not context.quoted else 0.0
        out.append(Candidate(clause=sentence[m.start():].strip(), owners=owners, signals=signals))
    if not out:
        conjoined = CONJOINED_RE.search(sentence)
        # the opener's own second verb ('AG advised she has already highlighted ... and will pass'; with no report
        # around it: 'AS has contacted 3 suppliers and will chase up', 'Nick Oakhill is comunicating with Anglian
        # Water in an attempt to resolve this and will try to obtain a copy', Souldern; 'Eric is specifically
        # concentrating on vulnerable groups and will draw out headings', Suffolk Libraries), not another subject's
        # ('He said the future of Kent ... would be made ... and would include ...')
        subject = re.match(r"^\W*(?P<agent>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})\s+"
                           r"(?P<report>(?:advised|said|stated|reported|confirmed|noted|explained)\s+(?:that\s+)?(?:she|he|they)\s+)?"
                           r"(?:has|had|have|was|were|is|are)\b", sentence)
        if conjoined and subject and not subject.group("report") and (
                subject.group("agent").lower() in ("he", "she", "they", "it", "this", "there")
                or OTHER_SUBJECT_RE.search(sentence, subject.end(), conjoined.start())):
            # with no report around it, only a named subject's plain second verb: 'He had received a letter ... stating
            # the company was ... and would be in touch' is the company's; 'a quote which the Council would ...'
            subject = None
        if conjoined and subject:
            owners, sure = agent_owners(subject.group("agent"), "", context, registry)
            if sure:
                out.append(Candidate(clause=sentence.strip(), owners=owners, signals=_signals(sentence, conjoined, sure)))
    return out


def _signals(sentence: str, m: re.Match, agent: float) -> dict[str, float]:
    signals = {"agent": agent, "modal": _modal(m.group("modal"), m.group("verb")),
               "verb": _verb(m.group("verb"), m.group("rest") or ""),
               "due": 1.0 if DUE_RE.search(m.group("rest") or "") else 0.0,
               "hedged": 1.0 if HEDGE_RE.search(sentence) else 0.0,
               "introduction": 1.0 if INTRODUCTION_RE.search(sentence) else 0.0,
               "office": 1.0 if OFFICE_RE.match(f"{m.group('verb')}{m.group('rest') or ''}") else 0.0,
               "taken_up": 1.0 if REQUESTED_RE.match(m.group("modal")) and taken_up(m.group("rest")) or
               timed_now(m.group("rest")) else 0.0}
    for extra in SIGNALS:
        signals.update(extra(sentence))
    return signals


# More signals: functions of the sentence returning {name: value}, weighed by WEIGHTS[name].
SIGNALS: list[Callable[[str], dict[str, float]]] = []
WEIGHTS = {"agent": 1.0, "modal": 1.0, "verb": 1.0, "due": 0.1, "hedged": -3.0, "introduction": -0.5, "taken_up": -3.0,
           "answered": 1.0, "office": -3.0}
THRESHOLD = 2.35


def score(signals: dict[str, float]) -> float:
    if not signals.get("agent") or not signals.get("modal") or not signals.get("verb"):
        return 0.0  # every action has someone, a commitment and a deed
    return sum(WEIGHTS.get(name, 0.0) * value for name, value in signals.items())


def scored(sentence: str, registry: Registry, context: Context, page: int, index: int) -> list[ActionFact]:
    """The sentence as an action when one of its clauses scores over the threshold."""
    best = max(candidates(sentence, registry, context), key=lambda c: score(c.signals), default=None)
    if best is None or score(best.signals) < THRESHOLD:
        return []
    return [ActionFact(text=sentence, description=sentence.strip(), owners=best.owners, page=page, block=index,
                       rule="implicit-scored")]
