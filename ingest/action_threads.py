"""One action as the linking across a body's papers sees it: the sightings that are that action,
in date order, and the status they give it at each meeting (store_action_links builds them,
store_action_threads writes them)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..extract.action_match import Candidate
from .event_held import Event


@dataclass
class Sighting:
    id: int | None
    meeting_id: int
    date: str
    document_id: int
    page: int
    text: str
    status: str
    state: str
    status_text: str | None
    kind: str = "extracted"
    passage_id: int | None = None
    score: float | None = None
    report: bool = False
    row: dict = field(default_factory=dict)


@dataclass
class Thread:
    first: Sighting
    candidate: Candidate
    settles_next_meeting: bool
    sightings: list[Sighting] = field(default_factory=list)
    # the subject a task with none of its own takes from the sentence before it (task_antecedent)
    about: dict[str, float] = field(default_factory=dict)
    # the subject words of the heading it was raised under ('a. Playground – ...'): recurring_titles
    heading_words: frozenset[str] = frozenset()
    # for an action to attend something, the event and when its paper said it is held (event_held)
    event: Event | None = None

    @property
    def status(self) -> str:
        return self.reading()[0]

    def reading(self) -> tuple[str, str, Sighting]:
        """The status the papers give, latest news first: a later 'carried forward' reopens,
        a mere mention changes nothing."""
        return self.readings()[-1]

    def readings(self) -> list[tuple[str, str, Sighting]]:
        """The status after each sighting in turn."""
        status, state, by = self.first.status, self.first.state, self.first
        out = [(status, state, by)]
        for s in self.sightings[1:]:
            if s.state == "mentioned":
                pass
            elif s.kind == "extracted" and s.status == "open" and s.state == "open" and status == "completed":
                pass  # an action restated after it was closed is not reopened by its old wording
            else:
                status, state, by = s.status, s.state, s
            out.append((status, state, by))
        return out

    def status_by_date(self) -> dict[str, str]:
        """The action's status once each meeting's papers are read: as of a past date, what
        the papers up to then said."""
        return {s.date: status for s, (status, _, _) in zip(self.sightings, self.readings()) if s.date}
