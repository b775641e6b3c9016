"""The usual sex of a given name (extract/patterns/given_name_sex.txt, a small hand-sorted list):
a weak signal where no title says, so that 'Mrs Lockwood' is not taken for Derek Lockwood."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table = {}
    for line in (Path(__file__).parent / "patterns" / "given_name_sex.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith(("f:", "m:")):
            table.update((name, line[0]) for name in line[2:].split())
    return table


def given_name_sex(given: str | None) -> str | None:
    """'f', 'm', or None for an initial, a name given to both, or one the list lacks."""
    return _table().get((given or "").lower().strip(".")) if given and len(given.strip(".")) > 1 else None


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common given names (extract/patterns/first_names.txt), loaded once."""
    text = (Path(__file__).parent / "patterns" / "first_names.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def known_given_name(name: str) -> bool:
    parts = name.split()
    return bool(parts) and parts[0].lower().strip(".") in first_names()
