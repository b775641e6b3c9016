"""Which bodies' actions are linked together. Each body is linked alone, except an authority's
annual meeting: Souldern's Annual Parish Meeting (body 'souldern parish') hears the chairman's
report on the parish council's business ('OCC promptly resurfaced the hill', 'the barrier is
being fabricated'), and Suffolk Libraries' AGM the board's. Linked alone, what it reports of the
council's actions is never a sighting of them; linked with the council, it is.

Told by the dates alone, not by a name: a body of two or more meetings held at least
ANNUAL_DAYS apart, whose papers speak for an authority (documents.authority_key) that has one
other body meeting more often than that (at least twice). Where the authority has several such
bodies (a county council, its cabinet, its panels), which of them the annual meeting reports
on is not known, and it is linked alone. The grouping is a function of the archive, worked out
afresh at each linking; a paper of one body of an authority relinks all its bodies (finish_links),
so a group made or unmade by a paper's arrival is relinked whatever order papers came in."""

from __future__ import annotations

from collections import Counter

from .meeting_gaps import days_between

ANNUAL_DAYS = 300  # a body meeting no closer than this is an annual meeting (Souldern's in May, Suffolk's in September)


def _bodies(db) -> tuple[dict[str, list[str]], dict[str, str]]:
    """body_key -> its meeting dates, and body_key -> the authority most of its papers speak for."""
    dates: dict[str, set[str]] = {}
    votes: dict[str, Counter] = {}
    for key, date, authority in db.execute(
            """select m.body_key, m.date, d.authority_key from meetings m
               left join meeting_documents md on md.meeting_id = m.id left join documents d on d.id = md.document_id
               where m.body_key is not null"""):
        if date:
            dates.setdefault(key, set()).add(date)
        if authority:
            votes.setdefault(key, Counter())[authority] += 1
    authority = {k: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for k, c in votes.items()}
    return {k: sorted(v) for k, v in dates.items()}, authority


def _annual(dates: list[str]) -> bool:
    if len(dates) < 2:
        return False
    gaps = [days_between(a, b) for a, b in zip(dates, dates[1:])]
    return all(g is not None and g >= ANNUAL_DAYS for g in gaps)


def link_groups(db) -> dict[str, str]:
    """body_key of an annual meeting -> body_key of the body it is linked with (only bodies that join another)."""
    dates, authority = _bodies(db)
    by_authority: dict[str, list[str]] = {}
    for key, a in authority.items():
        by_authority.setdefault(a, []).append(key)
    joined = {}
    for key, a in authority.items():
        if not _annual(dates.get(key, [])):
            continue
        others = [k for k in by_authority[a] if k != key and len(dates.get(k, [])) >= 2 and not _annual(dates[k])]
        if len(others) == 1:
            joined[key] = others[0]
    return joined


def group_keys(db, keys: set[str | None]) -> list[tuple]:
    """The bodies `keys` name, as link groups (lead body, then the bodies linked with it), every
    body of each group's authority included: the groups to link again when those bodies' papers changed."""
    joined = link_groups(db)
    _, authority = _bodies(db)
    wanted = {k for k in keys}
    touched = {authority[k] for k in keys if k in authority}
    wanted |= {k for k, a in authority.items() if a in touched}
    leads = {joined.get(k, k) for k in wanted}
    return [(lead, *sorted(k for k, to in joined.items() if to == lead))
            for lead in sorted(leads, key=lambda k: k or "")]


def members(db, lead: str | None) -> tuple:
    """The link group `lead` heads, as group_keys gives it."""
    if lead is None:
        return (None,)
    joined = link_groups(db)
    if lead in joined:  # (an annual meeting is linked with the body it joins, never alone)
        lead = joined[lead]
    return (lead, *sorted(k for k, to in joined.items() if to == lead))
