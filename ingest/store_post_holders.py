"""Who held a post when: an action given to a post ("The Marketing and Communications Manager
will contact them", "Minute Secretary to confirm") belongs to the person the body's papers name
for that post. A paper often names the task's post without listing its holder, while the body's
other papers do ("James Powell, Marketing & Communications Manager" in its later attendance), so
the holder is looked up across the body's papers, taking the one named nearest in time: posts
change hands (a board's Honorary Secretary in 2013 is not its secretary of late 2014), so a holder
named more than a year from the action is not taken for it."""

from __future__ import annotations

import datetime as dt
import re

from ..extract.names import name_key
from ..extract.roles import is_post, post_keys, role_key


def _key(text: str) -> str:
    return role_key(re.sub(r"\s*&\s*", " and ", text or ""))


def _keys(title: str) -> list[str]:
    return list(dict.fromkeys(_key(k) for k in post_keys(re.sub(r"\s*&\s*", " and ", title or ""))))


def _day(date: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((date or "")[:10])
    except ValueError:
        return None


MAX_DAYS = 366


class PostHolders:
    """The body's posts and the dated papers naming each one's holder."""

    def __init__(self, rows: list[tuple[str, str, str | None]]):
        self.named: dict[str, list[tuple[dt.date, str]]] = {}
        for title, name, date in rows:
            day = _day(date)
            if not title or not name or day is None or len(title) > 80:
                continue
            for key in _keys(title):
                self.named.setdefault(key, []).append((day, name))

    def holder(self, post: str, date: str | None) -> str | None:
        """The person named for `post` nearest to `date`; None when none is, or two people are
        named for it at the same distance (a post shared, or a list misread)."""
        if not is_post(post):
            return None
        named = self.named.get(_key(post))
        day = _day(date)
        if not named or day is None:
            return None
        nearest = min(abs((d - day).days) for d, _ in named)
        if nearest > MAX_DAYS:
            return None  # a clerk named years away may be the post's later holder
        people = {n for d, n in named if abs((d - day).days) == nearest}
        if len(people) != 1:
            return None
        return _in_full(next(iter(people)), {n for _, n in named})


def _in_full(name: str, holders: set[str]) -> str:
    """'J. Davies', paid the clerk's salary in 2015 and 2016, is the 'Jane Davies' paid it from 2017: the
    post's one holder whose full name the initials fit, however far apart in time (initials and surname
    of one post's holder are no chance likeness)."""
    parts = name.replace(".", " ").split()
    if len(parts) < 2 or any(len(p) != 1 for p in parts[:-1]):
        return name
    fitting = {h for h in holders if h != name and name_key(h).split()[-1:] == [name_key(parts[-1])]
               and [w[0] for w in name_key(h).split()[:-1]][:len(parts) - 1] == [p.lower() for p in parts[:-1]]
               and any(len(w) > 1 for w in h.split()[:-1])}
    return next(iter(fitting)) if len(fitting) == 1 else name


def post_holders(db, meeting_ids: list[int]) -> PostHolders:
    rows = []
    for start in range(0, len(meeting_ids), 500):
        chunk = list(meeting_ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        rows += db.execute(f"""
            select r.title, p.name, m.date from roles r join people p on p.id = r.person_id
            join meetings m on m.id = coalesce(r.meeting_id,
                (select md.meeting_id from meeting_documents md where md.document_id = r.document_id limit 1))
            where m.id in ({marks})""", chunk).fetchall()
    return PostHolders(rows)
