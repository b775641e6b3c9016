"""Whether the words naming who decided name the meeting's own body ('the Board' at a Board, 'agreed by the
meeting'), not an impersonal 'it was agreed' nor another body (decisions.judge asks this of a decision's
subject and of its 'agreed by ...' agent)."""

from __future__ import annotations

import re

from .decision_owner import other_kind

# the body's own words, besides those of its name, for the agent of 'agreed by ...'
OWN_BODY_WORDS = {"board", "panel", "meeting", "committee", "sub", "council", "councils", "members", "member", "trustees",
                  "membership", "resolution", "vote", "majority", "consensus", "show", "hands", "those",
                  "pc", "parish", "town", "city", "county", "cabinet", "commission", "partnership", "forum", "group",
                  "everyone", "all", "councillors", "councilmembers", "directors", "governors", "present", "other", "whole",
                  "full", "and", "of", "the", "unanimously"}
# the words any minutes use for the body itself
NAMED_BODY_WORDS = {"board", "council", "cabinet", "trustees", "members", "councillors", "directors", "governors", "lpc"}


# who sit on any body: in an account of another meeting, its own ('At the Scrutiny Committee held on ..., Members
# agreed to refer the decision to full Council', Kent's cabinet)
MEMBERS_WORDS = {"members", "councillors", "directors", "governors", "trustees"}


def names_own_body(subject: str, body: str | None, members_too: bool = True) -> bool:
    """Whether a subject names the meeting's own body ('the Board' at a Board), not an
    impersonal 'it was agreed' nor another committee; without `members_too`, its members alone
    ('Members agreed') do not name it."""
    own = set(re.findall(r"[a-z]+", (body or "").lower())) | (NAMED_BODY_WORDS if members_too else NAMED_BODY_WORDS - MEMBERS_WORDS)
    subject = re.split(r"\s[–—-]\s|\|", subject)[-1]  # 'HR structures – the Board': a run-in title, then the subject
    words = [w for w in re.findall(r"[a-z]+", subject.lower()) if w not in ("the", "all", "and", "unanimously", "also")]
    return bool(words) and all(w in own for w in words)


def agent_is_own_body(who: str, body: str | None) -> bool:
    """Whether the agent of 'agreed by ...' is the meeting itself: the board, the panel, the
    meeting, or words of the meeting's own body's name, not a body of another kind."""
    own = set(re.findall(r"[a-z]+", (body or "").lower())) | OWN_BODY_WORDS
    words = []
    for w in re.findall(r"[\w’'&\-]+", who):
        if w[0].islower() and w.lower() not in own:
            break  # 'the Board of Directors without the additional ...': the agent ends where the sentence goes on
        words += [x for x in re.findall(r"[a-z]+", w.lower()) if x != "s"]
    # 'agreed by the Staffing Committee' at a board: a committee is a body the board is not
    return bool(words) and all(w in own for w in words) and not (body and other_kind(words, body))
