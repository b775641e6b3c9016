"""A paper's people for built sentences: the registry a 'Present:' line of these names gives."""

from minutebook.extract.people import Registry, attendance_from_block
from minutebook.ingest.document import Block


def present(*names: str) -> Registry:
    registry = Registry()
    for e in attendance_from_block(Block("paragraph", "Present: " + ", ".join(names), 1), 0):
        registry.add(e.person)
    return registry
