"""Actions whose owner is printed after the item's last sentence: the text-layer form of an
action log, where the owner sits at the end of the numbered item ('... Clerk to complete and
submit. Clerk', '... this work was ongoing. Cllr. P. Harries', '... place the bench ... Cllrs.
D. Jenkins and A. Davies'). ingest/layout.py reads owner codes set in a right-hand column by
position, but only short upper-case codes; a post ('Clerk') or a titled name is wider and
often shares the line with the item's text, so it reaches the text layer glued to the item's
end and is read from there.

The owner must follow a sentence end: 'Signed by the Chair' names the Chair inside its
sentence, and 'Dave Horkan (DHO) Clerk' (a roll of names, initials and posts) is no item. 'All' and 'Noted' are left out: in such logs 'All' marks an invitation every member
may take up ('should they wish to complete on line. All'), 'Noted' that nothing is to be done."""

from __future__ import annotations

import re

from .action_split import is_task, sentences_of
from .actions import ActionFact, implicit, owners_from, split_status, subject_owners
from .people import Registry
from .sub_items import sub_items

# only a post or a name with an initial: 'agreed. Mr John Smith reported' must not read as 'Mr John', nor a
# page break's '... the proposed Code. Ms. Lee-Bridges' (a speaker whose words go on overleaf) as an owner
_INITIALLED = r"(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\.?\s+(?:[A-Z]\.\s*){1,2}[A-Z][\w'’\-]+"
_POST = r"(?:the\s+)?(?:Clerk|Chair(?:man|person)?|Treasurer|Secretary)"
_MORE = r"(?:\s*(?:,|and|&)\s*(?:{t}|(?:[A-Z]\.?\s*){{1,2}}[A-Z][\w'’\-]+))*"
OWNER = rf"{_POST}|{_INITIALLED}{_MORE.format(t=_INITIALLED)}"
# the owner after a sentence end, closing the passage or followed by the next item ('Clerk 4.8ii) No update ...',
# 'Clerk vii) Letter from ...') or the next sentence ('Clerk PCSO Roger Anthony joined the meeting.')
# and an action log's 'Action by' (and 'Action date') cells run into the text: the code the paper gave a member
# ('David Horkan (DHO)') after the item's last sentence, or as a paragraph of its own under the item, with
# the date it is due ('... file to copy. DHO 10/8/12'; '... with input from K Fisher.' / 'MPO' / '9/11/12').
# One pattern for every owner printed after the item: a post, a titled name (owner, by, inner) or a code (code)
TRAILING_RE = re.compile(
    rf"(?<=[.;!?])\s+(?P<owner>{OWNER})(?:\s+to\s+action)?\s*$|,\s+(?P<by>{OWNER})\s+to\s+action\s*$"
    rf"|(?<=[.;!?])\s+(?P<inner>{OWNER})(?=\s+(?:\d|[ivx]{{1,5}}\)|[A-Z][\w’'.]*\s))"
    r"|(?:(?<=[.;!?])\s+|^)(?P<code>[A-Z]{2,4})(?:\s+(?P<when>\d{1,2}/\d{1,2}(?:/\d{2,4})?))?\s*$")
LOOK_BACK = 3  # sentences of the item tried for the owner's own, nearest first


def trailing_owner_actions(passages, registry: Registry, records) -> list[tuple[int, ActionFact]]:
    """(passage index, action) for each owner printed after an item of the minutes."""
    found = []
    for n, p in enumerate(passages):
        if not records(p):
            continue
        text = " ".join(p.text.split())
        start, code = 0, None
        for m in TRAILING_RE.finditer(text):
            if m.group("code"):
                code = code or m  # a member's code: _coded_owner reads the first
                continue
            mark = (m.group("owner") or m.group("by") or m.group("inner")).strip()
            body, start = text[start:m.start()].strip(), m.end()
            owners = owners_from(_as_list(mark), registry)
            if not owners:
                continue
            sentence = _owners_sentence(body, owners, registry)
            if len(sentence) < 15:
                continue
            description, status, marker = split_status(sentence)
            found.append((n, ActionFact(text=f"{sentence}\nACTION: {mark}", description=description, owners=owners,
                                        page=p.page, block=n, status=status, status_text=marker, rule="trailing-owner")))
        found += _coded_owner(passages, n, text, code, registry)
    return found


def _coded_owner(passages, n: int, text: str, m: re.Match | None, registry: Registry) -> list[tuple[int, ActionFact]]:
    """The item an owner's code closes (`m`, the passage's first match of TRAILING_RE with a code): this passage's
    text before the code, or, when the code stands alone, the item's passage above it. Only a code the paper
    defines for one of its people counts."""
    if not m or m.group("code") not in registry.initials:
        return []
    body, at = text[:m.start()].strip(), n
    if not body:
        k = n - 1
        if k < 0 or passages[k].item != passages[n].item:
            return []
        body, at = " ".join(passages[k].text.split()), k
    owners = owners_from(m.group("code"), registry)
    if not owners or not re.search(r"[.;!?]$", body):
        return []
    sentence = _owners_sentence(body, owners, registry)
    # the code marks a sentence that names its person ('... provided by DHO, ... file to copy. DHO'): after a
    # sentence naming no one ('The Board unanimously agreed to adopt this updated policy. DH') the code may be
    # a column's mark whose level the text lost, and the decision is no one's task
    names = {m.group("code")} | {w for name, _ in owners for w in name.split() if len(w) >= 3}
    if len(sentence) < 15 or not any(re.search(rf"\b{re.escape(w)}\b", sentence) for w in names):
        return []
    description, status, marker = split_status(sentence)
    # the 'Action date' column's cell beside the code is when it is due
    return [(at, ActionFact(text=f"{sentence}\nACTION: {m.group('code')}", description=description, owners=owners,
                            page=passages[at].page, block=at, status=status, status_text=marker,
                            due_hint=m.group("when"), rule="trailing-owner"))]


def _as_list(mark: str) -> str:
    """'Cllrs. D. Jenkins and A. Davies' -> 'Cllr. D. Jenkins, Cllr. A. Davies': each name keeps its title."""
    m = re.match(r"(?i)^(cllrs|councillors)\.?\s+(.*)$", mark)
    if not m:
        return mark
    title = "Cllr."
    return ", ".join(f"{title} {piece.strip()}" for piece in re.split(r"\s*(?:,|\band\b|&)\s*", m.group(2)) if piece.strip())


def _owners_sentence(body: str, owners, registry: Registry) -> str:
    """The item's sentence that makes the owner its agent (the last few tried, nearest the
    owner first), else the item's last sentence: the owner is printed level with the end of
    the item, and a report before the task ('The Clerk reported that the defibrillator had been
    installed ... The Clerk would follow up ...') is no task of theirs."""
    pieces = sub_items(body)
    body = pieces[-1] if pieces else body  # the owner closes its own sub-item, not the paragraph's earlier ones
    sentences = [s for _, s in sentences_of([body])]
    if not sentences:
        return body
    wanted = {name.lower() for name, _ in owners}
    for sentence in reversed(sentences[-LOOK_BACK:]):
        agents = subject_owners(sentence, registry) or [o for f in implicit(sentence, registry, 0, 0) for o in f.owners]
        if {name.lower() for name, _ in agents} & wanted:
            return sentence
    # else the task the item sets with no one named in it ('13i) It was agreed to add Model Local Resolution
    # Protocol ... as an agenda item. The protocol had been emailed/posted to Councillors. Clerk'): the owner
    # printed after it is whose it is, not the report that follows it. One test of a task for every paragraph
    # its owners are printed outside of (action_split: an 'ACTION:' line under it, a side column's code)
    for sentence in reversed(sentences[-LOOK_BACK:]):
        if is_task(sentence):
            return sentence
    return sentences[-1]
