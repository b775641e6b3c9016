"""What a bare task is about. Minutes often state a matter and then give it to someone in a
few words: "There has been no progress with the marking of a disabled space. Cllr Fatemian to
chase.", "... the members database requires managing. Evelyn offered to assist.", "Slides not
received from CCA yet. GM to chase." Stored alone, "Cllr Fatemian to chase." tells an auditor
nothing; the sentence before it is what is to be chased, so it joins the action's wording (its
`text`; the `description` stays the task, which later papers are linked by)."""

from __future__ import annotations

import re

from .sub_items import opens_sub_item

# a task with no object: the verb (and at most 'it', 'both', 'up', 'further') ends the sentence; a letter or a
# reply with no addressee is the matter's too ('BT should be asked to fulfil their duty ... Clerk to write.', Stoke
# Ferry; '... a comment be sent to the BCKLWN ... Clerk to action both.', Northwold)
BARE_TASK_RE = re.compile(
    r"(?i)^\W*[\w.’'\-]+(?:\s+[\w.’'\-]+){0,3}?\s+(?:is\s+to|are\s+to|to|will|would|shall|(?:kindly\s+)?(?:agreed|offered|"
    r"undertook|volunteered)\s+to)\s+(?:chase|assist|help|follow\s+up|progress|investigate|pursue|action|look\s+into|"
    r"deal\s+with|take\s+forward|write|respond|reply|inform|instruct|arrange)(?:\s+(?:it|this|that|both|up|further|the\s+matter))?"
    r"\s*[.!]?\s*$")
# the same, passive, pointing back: 'It was suggested that the area of waste land adjacent to Indigo Road could be
# cleared and used as a parking area. This would be investigated.' (Stoke Ferry), 'This would be reviewed in
# conjunction with other possible measures ...' (Ayton): 'this' is the sentence before
BARE_PASSIVE_RE = re.compile(r"(?i)^\W*(?:this|these|that)\s+(?:would|will|is\s+to|are\s+to)\s+(?:now\s+|then\s+|also\s+)?be\s+"
                             r"[a-z]+(?:ed|en|ut|ne)\b")
# a bare task whose verb says no more than that something is to be done
ACTION_ONLY_RE = re.compile(r"(?i)^\W*[\w.’'\-]+(?:\s+[\w.’'\-]+){0,3}?\s+(?:is\s+to|are\s+to|to|will)\s+action"
                            r"(?:\s+(?:it|this|that|both))?\s*[.!]?\s*$")
# (or before a minute's number: '... via Facebook page. 9.11 Basic renovation of the notice board ... BB to action.', Wereham)
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"'(]|\d{1,2}(?:\.\d{1,2})+\s)")


def is_bare_task(description: str) -> bool:
    return bool(BARE_TASK_RE.match(description.strip()) or BARE_PASSIVE_RE.match(description.strip()))


def _printed_at(text: str, description: str, nth: int) -> int:
    """Where the task's `nth` printing starts in the passage's text (the last one found when it is printed fewer
    times), or -1."""
    plain = " ".join(description.split())
    at = text.find(plain)
    for _ in range(nth):
        later = text.find(plain, at + len(plain)) if at >= 0 else -1
        if later < 0:
            break
        at = later
    return at


def matter_before(description: str, passages, n: int, nth: int = 0) -> str | None:
    """The sentence before `description` in passage `n` (before its `nth` printing there: 'Clerk to action.' closes
    many items of one paragraph, each after its own matter), or the last of the passage before it in the same item
    when the task opens its paragraph; None when there is none."""
    text = " ".join(passages[n].text.split())
    at = _printed_at(text, description, nth)
    before = text[:at].strip() if at > 0 else ""
    if not before and at == 0 and n > 0 and passages[n - 1].item == passages[n].item \
            and passages[n - 1].kind != "heading":
        before = " ".join(passages[n - 1].text.split())
    if not before:
        return None
    sentence = SENTENCE_RE.split(before)[-1].strip()
    return sentence if len(sentence) >= 15 else None


# a minute's number opening its sub-item: '12.1 JH agreed to be an additional signatory', '9.8 An application ...'
MINUTE_NUMBER_RE = re.compile(r"(?:^|\s)(?=\d{1,2}(?:\.\d{1,2}){1,3}\s+[A-Z])")
ITEM_REACH = 400  # a sub-item that a bare 'Clerk to action.' closes is a few sentences long


def item_before(description: str, passages, n: int, nth: int = 0) -> str | None:
    """The numbered sub-item a bare task closes, from its number up to the task ('12.5 The cemetery fees were reviewed.
    It was agreed that an additional charge of £1,000 would be applied ... No additional changes were requested.
    Clerk to action.', Wereham): all of it is the task's matter. None when no number opens one just before it."""
    text = " ".join(passages[n].text.split())
    at = _printed_at(text, description, nth)
    if at <= 0:
        return None
    window = text[max(0, at - ITEM_REACH):at]
    opening = [m.start() for m in MINUTE_NUMBER_RE.finditer(window)]
    if not opening:
        return None
    item = window[opening[-1]:].strip()
    # another bare task inside it closes an earlier sub-item: this one is only what follows it
    return item if " ".join(description.split()) not in item and len(item) >= 15 else None


def matters_before(description: str, passages, n: int) -> list[list[str]]:
    """The sentences before each place passage `n` prints `description`, nearest first, from the one just before it."""
    text = " ".join(passages[n].text.split())
    plain = " ".join(description.split())
    out, at = [], text.find(plain)
    while at > 0:
        sentences = [s.strip() for s in reversed(SENTENCE_RE.split(text[:at].strip()))]
        if len(sentences[0]) >= 15:
            out.append(sentences)
        at = text.find(plain, at + len(plain))
    return out


def with_matter(found: list, passages) -> list:
    """Each bare task (see BARE_TASK_RE) with the sentence before it joined to its wording; when
    that sentence is itself a task no one owns ('Another bin to be purchased to be sited at the
    bottom of Nancy Bowles Wood. AS to action', Souldern; 'Response to be chased ... NC to
    action.', Wereham; Northwold's 'Clerk to action.'), the bare task's owners own it, one action."""
    merged = set()
    extended: set[int] = set()  # the bare tasks given their matter's words below
    printed: dict[tuple[int, str], int] = {}  # how many times each bare task was met in its passage so far
    for i, (n, fact) in enumerate(found):
        description = fact.description.strip()
        if not is_bare_task(description):
            continue
        where = fact.block if 0 <= fact.block < len(passages) else n
        nth = printed.get((where, description), 0)
        printed[(where, description)] = nth + 1
        matter = matter_before(description, passages, where, nth)
        if matter and fact.owners:
            # every place the paper prints the same bare task ('Clerk to action.' closes many items)
            unowned = [o for k, o in found if o is not fact and not o.owners and abs(k - n) <= 1 and o.rule.startswith("implicit")]
            owned = [_own_run(run, unowned, fact.owners) for run in matters_before(description, passages, where)]
            if owned and all(owned):
                merged.add(i)
                continue
        if any(o is not fact and id(o) not in extended and o.owners == fact.owners and abs(k - n) <= 1 and (
                matter and _same_sentence(o.description, " ".join(matter.split()))
                or matter and " ".join(o.description.split()).endswith(" ".join(f"{matter} {description}".split())))
               for k, o in found):
            # 'Clerk was asked to get alternative quotes ... Clerk to action.' (Wereham): that task again; 'A response was
            # agreed, Clerk to action.': the clause's task, read whole already
            merged.add(i)
            continue
        if matter and matter not in fact.text:
            # the wording shown and searched; the task itself (what later papers are linked by) stays as it is
            fact.text = f"{matter} {fact.text}"
            if ACTION_ONLY_RE.match(description):
                item = item_before(description, passages, where, nth)
                fact.text = f"{item} {description}" if item else fact.text
                # ... unless its verb is only 'action': 'Clerk to action.' closes many items of one paper ('12.1 JH agreed
                # to be an additional signatory for cheques and banking. Clerk to action. ... 12.3 It was agreed that
                # monthly meetings would be trialled from September ... Clerk to action.', Wereham), each a task of its
                # own that only its matter tells apart, in the paper and in a later one
                fact.description = f"{item or matter} {description}"
                extended.add(id(fact))
    return [pair for i, pair in enumerate(found) if i not in merged]


def _own_run(sentences: list[str], unowned: list, owners) -> bool:
    """Give `owners` the tasks no one owns that run up to the bare task, nearest first: its item's tasks ('The new bin
    should be replaced with the old bin ... Another bin to be purchased ... AS to action', Souldern), until a sentence
    that sets none ('Norma commented that ...'). Whether the sentence just before it was one."""
    for k, sentence in enumerate(sentences):
        tasks = [o for o in unowned if _same_sentence(o.description, " ".join(sentence.split()))]
        if not tasks:
            return k > 0
        for task in tasks:
            task.owners = list(owners)
        if opens_sub_item(sentence):
            break  # the item's first sentence: the ones before it are another item's ('9.7 ... 9.8 ... Clerk to action.')
    return True


def _same_sentence(description: str, sentence: str) -> bool:
    description = " ".join(description.split())
    return bool(description) and (description == sentence or sentence.endswith(description)
                                  or description.endswith(sentence))
