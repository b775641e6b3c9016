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
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"'(])")


def is_bare_task(description: str) -> bool:
    return bool(BARE_TASK_RE.match(description.strip()) or BARE_PASSIVE_RE.match(description.strip()))


def matter_before(description: str, passages, n: int) -> str | None:
    """The sentence before `description` in passage `n`, or the last of the passage before it
    in the same item when the task opens its paragraph; None when there is none."""
    text = " ".join(passages[n].text.split())
    at = text.find(" ".join(description.split()))
    before = text[:at].strip() if at > 0 else ""
    if not before and at == 0 and n > 0 and passages[n - 1].item == passages[n].item \
            and passages[n - 1].kind != "heading":
        before = " ".join(passages[n - 1].text.split())
    if not before:
        return None
    sentence = SENTENCE_RE.split(before)[-1].strip()
    return sentence if len(sentence) >= 15 else None


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
    for i, (n, fact) in enumerate(found):
        description = fact.description.strip()
        if not is_bare_task(description):
            continue
        where = fact.block if 0 <= fact.block < len(passages) else n
        matter = matter_before(description, passages, where)
        if matter and fact.owners:
            # every place the paper prints the same bare task ('Clerk to action.' closes many items)
            unowned = [o for k, o in found if o is not fact and not o.owners and abs(k - n) <= 1 and o.rule.startswith("implicit")]
            owned = [_own_run(run, unowned, fact.owners) for run in matters_before(description, passages, where)]
            if owned and all(owned):
                merged.add(i)
                continue
        if matter and matter not in fact.text:
            # the wording shown and searched; the task itself (what later papers are linked by) stays as it is
            fact.text = f"{matter} {fact.text}"
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
