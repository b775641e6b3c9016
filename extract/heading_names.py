"""Does the heading a later sentence opens with name an earlier action's subject? Pure text and
scoring, no database.

A body reports on its work under headings named for it: 'Leadership Programme This new programme
launches on Monday' (Suffolk) after the Board mandated the General Manager to design and then
implement the leadership programme; 'Community Led Plan: Some progress has been made' (Souldern)
after it resolved to put a draft plan together. The sentence itself may share one word or none
with the action, and says nothing the action's verb would; its heading is what says which action
it speaks of. So a heading names an action when the words it is about (not the doing of a task,
not procedure) are all the action's own, in its words or the item it was raised under, and name
it as a sentence must to speak of it: two of them in the action's own words, or one the body's
papers hardly use."""

from __future__ import annotations

import re
from functools import lru_cache

from .action_match import Candidate
from .close_evidence import subject_word
from .sub_items import sub_item_title

# a heading run into its text, as a pdf's lines join it: a few capitalised words, then a sentence
# that opens with a word no title ends with ('Leadership Programme This new programme launches ...')
RUN_IN_RE = re.compile(r"^((?:[A-Z][\w’'&-]*\s+(?:(?:and|of|for|&)\s+)?){1,5}?)"
                       r"(?=(?:The|This|These|A|An|Some|It|All|There|Our|We|He|She|They)\s+\w)")


@lru_cache(maxsize=16384)  # a body's linking reads the same sentence's heading for each open action
def heading(text: str) -> str:
    """The heading a sentence opens with, before a dash or colon or run into it; empty when none."""
    text = re.sub(r"^[\W_]+", "", " ".join((text or "").split()))  # (a table row's cells joined: '. | Contract Sum ...')
    title = sub_item_title(text)
    if title:
        return title
    m = RUN_IN_RE.match(text)
    return m.group(1).strip() if m else ""


def heading_names_action(action: Candidate, title: dict[str, float], rare: float, not_subject: frozenset[str]) -> bool:
    """Whether `title` (the weighted words of a heading) names `action`'s subject."""
    subject = [k for k, w in title.items() if subject_word(k, w, rare, not_subject)]
    if not subject:
        return False
    own = [k for k in subject if k in action.words]
    known = [k for k in subject if k in action.words_and_item]
    # (one word of the action's in a heading of one word is chance, unless the body hardly uses it)
    return len(known) == len(subject) and (len(own) >= 2 or any(action.words[k] >= rare for k in own))
