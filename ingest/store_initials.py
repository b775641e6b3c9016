"""Whose initials an owner is: 'HD to draft letter re St Josephs', 'ACTION: ST', an action log's
'NO' column. A paper resolves initials against its own lists (extract/people_facts.py
derived_initials); this looks across the body's papers when the paper cannot: a log or an agenda
that lists nobody, a list the reader missed, or initials two people of the paper share where one
was there and the other sent apologies. The body's attendance lists give the people and when each
was there, and the initials its papers spell out ('Heidi Dennison (HD)') say whose they are
where a list does not; initials are the person listed as present or in attendance at the body's meeting
nearest in time whose name has them. Only people who were there count (an action is given to
someone at the table far more often than to someone who sent apologies), and a person listed more
than a council's term from the action is not taken: over years two members may share initials."""

from __future__ import annotations

import datetime as dt
import re

from ..extract.names import name_key
from ..extract.people import initials_of

MAX_DAYS = 4 * 366  # a council's term
# initials as an owner is written: 2 to 4 capitals, with or without stops ('HD', 'M.K.B.')
INITIALS_RE = re.compile(r"(?:[A-Z]\.?){2,4}")


def _day(date: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((date or "")[:10])
    except ValueError:
        return None


class BodyInitials:
    """The body's people by their initials, with the dates each was at its meetings."""

    def __init__(self, listed: list[tuple[str, str | None]], spelt_out: list[tuple[str, str, bool, str | None]] = ()):
        """`listed`: (name, meeting date) of each person present or in attendance; `spelt_out`:
        (acronym, expansion, whether the expansion is a person of the archive, meeting date)."""
        self.listed: dict[str, list[tuple[dt.date, str]]] = {}
        for name, date in listed:
            self._add(initials_of(name), name, date)
        self.acronyms = {acronym for acronym, _, person, _ in spelt_out if not person}
        for acronym, expansion, person, date in spelt_out:
            if person:
                self._add(acronym, expansion, date)

    def _add(self, initials: str, name: str, date: str | None) -> None:
        day = _day(date)
        if day is not None and len(name.split()) >= 2:
            self.listed.setdefault(initials, []).append((day, name))

    def person(self, owner: str, date: str | None) -> str | None:
        """The one person `owner`'s initials stand for at `date`; None when they are no initials,
        an acronym the body's papers spell out as no person ('PC', Parish Council), nobody's, or two people's at the nearest meeting."""
        text = owner.strip()
        if not INITIALS_RE.fullmatch(text):
            return None
        initials = text.replace(".", "")
        if initials in self.acronyms:
            return None
        listed, day = self.listed.get(initials), _day(date)
        if not listed or day is None:
            return None
        nearest = min(abs((d - day).days) for d, _ in listed)
        if nearest > MAX_DAYS:
            return None
        people = {name_key(n): n for d, n in listed if abs((d - day).days) == nearest}
        return next(iter(people.values())) if len(people) == 1 else None


def body_initials(db, meeting_ids: list[int]) -> BodyInitials:
    listed, spelt_out = [], []
    for start in range(0, len(meeting_ids), 500):
        chunk = list(meeting_ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        listed += db.execute(f"""
            select p.name, m.date from attendance a join people p on p.id = a.person_id
            join meetings m on m.id = a.meeting_id
            where a.status in ('present', 'in_attendance') and m.id in ({marks})""", chunk).fetchall()
        spelt_out += db.execute(f"""
            select a.acronym, a.expansion, exists (select 1 from people p where p.name = a.expansion), m.date
            from acronyms a join meeting_documents md on md.document_id = a.document_id
            join meetings m on m.id = md.meeting_id where m.id in ({marks})""", chunk).fetchall()
    return BodyInitials(listed, spelt_out)
