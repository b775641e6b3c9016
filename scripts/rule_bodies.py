"""Which bodies' papers each wording rule matches on (issue 7: no rule for one body only).

    python scripts/rule_bodies.py ../shared/wild ../shared/real ../shared/series ../shared/seeds corpus \
        --ocr-cache /tmp/wild.db.ocr-cache --json /tmp/rule_bodies.json

Every regular expression held at module level in minutebook.extract and minutebook.ingest (bare
or behind a literal gate) is wrapped in a probe for the run; each paper is then read, structured
and extracted as an ingest does, and a probe notes the paper's authority (ingest/authority.py,
the one the archive stores) each time its pattern matches. A pattern that matches on one
authority's papers only is a rule to look at: a second body where it is right, a wider
mechanism, or its removal. A match is not a use: a pattern can match and its rule still decline,
so the list is where to read, not a verdict. Not covered: patterns compiled inside functions or
held in lists, and the linking across a body's meetings (ingest/store_action_links.py, which
needs an archive: relink a copy of one with the rule switched off instead).

A paper that names no authority counts under its meeting's body; one with neither counts under its
file name ('?name') and not as a body."""

from __future__ import annotations

import argparse
import collections
import contextlib
import importlib
import json
import pkgutil
import re
import sys
from pathlib import Path

import minutebook.extract
import minutebook.ingest
from minutebook.extract.literal_gate import Gated

SUFFIXES = {".pdf", ".html", ".htm", ".md", ".txt", ".docx"}


class Probe:
    """A compiled pattern that notes the current paper's body when it matches."""

    __slots__ = ("_compiled", "key", "seen", "current")  # not 'pattern': rules read the probed one's .pattern

    def __init__(self, compiled: re.Pattern, key: str, seen: dict, current: list):
        self._compiled, self.key, self.seen, self.current = compiled, key, seen, current

    def __getattr__(self, name):
        return getattr(self._compiled, name)

    def _note(self, result):
        if result:
            self.seen[self.key].add(self.current[0])
        return result

    def search(self, *a, **k):
        return self._note(self._compiled.search(*a, **k))

    def match(self, *a, **k):
        return self._note(self._compiled.match(*a, **k))

    def fullmatch(self, *a, **k):
        return self._note(self._compiled.fullmatch(*a, **k))

    def findall(self, *a, **k):
        return self._note(self._compiled.findall(*a, **k))

    def finditer(self, *a, **k):
        found = list(self._compiled.finditer(*a, **k))
        self._note(found)
        return iter(found)

    def sub(self, repl, string, *a, **k):
        result = self._compiled.sub(repl, string, *a, **k)
        self._note(result != string)
        return result

    def subn(self, *a, **k):
        result = self._compiled.subn(*a, **k)
        self._note(result[1])
        return result

    def split(self, *a, **k):
        result = self._compiled.split(*a, **k)
        self._note(len(result) > 1)
        return result


def install_probes(seen: dict, current: list) -> list[str]:
    """Wrap every module-level pattern of extract/ and ingest/; the names of all of them."""
    modules = []
    for package in (minutebook.extract, minutebook.ingest):
        for info in pkgutil.iter_modules(package.__path__):
            with contextlib.suppress(Exception):  # a module needing an optional extra
                modules.append(importlib.import_module(f"{package.__name__}.{info.name}"))
    names: dict[int, str] = {}
    for module in modules:  # a pattern imported elsewhere keeps the name of the module that defines it
        for name, value in vars(module).items():
            pattern = value.pattern if isinstance(value, Gated) else value
            if isinstance(pattern, re.Pattern) and id(pattern) not in names:
                names[id(pattern)] = f"{module.__name__.split('.', 1)[1]}.{name}"
    probes: dict[int, Probe] = {}
    for module in modules:
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                probe = probes.setdefault(id(value), Probe(value, names[id(value)], seen, current))
                setattr(module, name, probe)
            elif isinstance(value, Gated) and isinstance(value.pattern, re.Pattern):
                pattern = value.pattern
                value.pattern = probes.setdefault(id(pattern), Probe(pattern, names[id(pattern)], seen, current))
    return sorted(set(names.values()))


def papers(folders: list[str]) -> list[Path]:
    found = []
    for folder in folders:
        root = Path(folder)
        found += sorted(p for p in (root.rglob("*") if root.is_dir() else [root])
                        if p.is_file() and p.suffix.lower() in SUFFIXES and p.name not in ("SOURCES.md", "README.md"))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--ocr-cache", help="an archive's OCR cache (DB.ocr-cache), so scans are not OCRed again")
    parser.add_argument("--json", help="write {pattern: [bodies]} here")
    parser.add_argument("--at-most", type=int, default=1, help="list the patterns matching on this many bodies or fewer")
    args = parser.parse_args(argv)

    seen: dict[str, set[str]] = collections.defaultdict(set)
    current = [""]
    every = install_probes(seen, current)
    from minutebook.extract.run import extract_document
    from minutebook.ingest.authority import authority_key, find_authority
    from minutebook.ingest.ocr import ocr_settings
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    settings = ocr_settings(cache_path=args.ocr_cache) if args.ocr_cache else contextlib.nullcontext()
    with settings:
        for path in papers(args.folders):
            current[0] = f"?{path.name}"  # until the paper names its authority
            try:
                doc = read_document(str(path))
                structure = find_structure(doc)
                meetings = structure.stored_meetings
                bodies_named = [m.body for m in meetings[:1] if m.body]
                found = find_authority(doc.title or "", [p.text for p in doc.pages], bodies_named)
                # a paper that names no authority is its meeting's body's, as the people merge would place it
                key = found.key if found is not None else authority_key(bodies_named[0]) if bodies_named else None
                if key:
                    current[0] = key
                    for bodies in seen.values():  # what reading matched before the authority was known
                        if f"?{path.name}" in bodies:
                            bodies.discard(f"?{path.name}")
                            bodies.add(key)
                extract_document(doc, structure)
            except Exception as error:  # a paper the pipeline fails on is reported, not fatal
                print(f"failed: {path}: {error!r}"[:300], file=sys.stderr)
    result = {name: sorted(seen.get(name, ())) for name in every}
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    known = lambda bodies: [b for b in bodies if not b.startswith("?")]
    for name, bodies in sorted(result.items(), key=lambda kv: (len(known(kv[1])), kv[0])):
        if len(known(bodies)) <= args.at_most:
            print(f"{len(known(bodies))}  {name:<48} {', '.join(bodies) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
