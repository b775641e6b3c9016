"""What a bare task is about. Minutes often state a matter and then give it to someone in a
few words: "There has been no progress with the marking of a disabled space. Cllr Fatemian to
chase.", "... the members database requires managing. Evelyn offered to assist.", "Slides not
received from CCA yet. GM to chase." Stored alone, "Cllr Fatemian to chase." tells an auditor
nothing; the sentence before it is what is to be chased, so it joins the action's wording (its
`text`; the `description` stays the task, which later papers are linked by)."""

from __future__ import annotations

import re

# a task with no object: the verb (and at most 'it', 'up', 'further') ends the sentence
BARE_TASK_RE = re.compile(
    r"(?i)^\W*[\w.’'\-]+(?:\s+[\w.’'\-]+){0,3}?\s+(?:is\s+to|are\s+to|to|will|would|shall|(?:kindly\s+)?(?:agreed|offered|"
    r"undertook|volunteered)\s+to)\s+(?:chase|assist|help|follow\s+up|progress|investigate|pursue|action|look\s+into|"
    r"deal\s+with|take\s+forward)(?:\s+(?:it|this|that|up|further|the\s+matter))?\s*[.!]?\s*$")
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"'(])")


def is_bare_task(description: str) -> bool:
    return bool(BARE_TASK_RE.match(description.strip()))


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


def with_matter(found: list, passages) -> list:
    """Each bare task (see BARE_TASK_RE) with the sentence before it joined to its wording."""
    for n, fact in found:
        description = fact.description.strip()
        if not is_bare_task(description):
            continue
        matter = matter_before(description, passages, fact.block if 0 <= fact.block < len(passages) else n)
        if matter and matter not in fact.text:
            # the wording shown and searched; the task itself (what later papers are linked by) stays as it is
            fact.text = f"{matter} {fact.text}"
    return found
