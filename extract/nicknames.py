"""Given names that are one another's diminutive ('Dave' of David, 'Jo' of Joanne, 'Vicky' of
Victoria), from the `nicknames` package: a hand-curated table of English given names and their
nicknames (Carlton Northern and Nick Crews, Apache-2.0; 2,691 pairs). A table, not a rule of
spelling: 'Danny' is no prefix of 'Daniel', 'Peggy' none of 'Margaret'. Which of two such names
are one person is decided by extract/resolve.py (one authority, one surname, no other fit)."""

from __future__ import annotations

import warnings
from functools import lru_cache


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    """Each name -> the names it is a nickname of or has as nicknames (both ways: the table
    lists most pairs one way only)."""
    try:
        from nicknames import NickNamer  # loaded on first use: an ingest needs it once, when merging people
    except ImportError:
        # an environment made before the dependency was added: merge as before, and say so
        warnings.warn("the 'nicknames' package is not installed (pip install -e .): nicknames are not "
                      "joined to their names", stacklevel=2)
        return {}
    related: dict[str, set[str]] = {}
    for name, nicks in NickNamer().nickname_lookup.items():
        for nick in nicks:
            related.setdefault(name, set()).add(nick)
            related.setdefault(nick, set()).add(name)
    return {name: frozenset(others) for name, others in related.items()}


def diminutive(a: str, b: str) -> bool:
    """One of two lower-case given names is a nickname of the other."""
    return a != b and b in _table().get(a, ())
