"""The direction of the data shows in the imports (ARCHITECTURE.md): readers and document types at
the bottom, extraction above them, storage and serving above that. Read from the source, every
import counted, those inside functions too: an import put off to call time is still a dependency."""

import ast
from collections import defaultdict
from pathlib import Path

import minutebook
import minutebook.extract
import minutebook.ingest

# where each part is installed (an editable install maps them from the repository's folders)
FOLDERS = {"ingest": Path(minutebook.ingest.__file__).parent, "extract": Path(minutebook.extract.__file__).parent}
SERVING = {"cli", "serve", "served", "prefork", "reports", "coverage", "sync_templates"}
MODULES = {f"{layer}.{p.stem}" for layer, folder in FOLDERS.items() for p in folder.glob("*.py")} | {
    p.stem for p in Path(minutebook.__file__).parent.glob("*.py")}


def _imports() -> dict[str, set[str]]:
    """module -> the minutebook modules it imports ('ingest.dates', 'extract.due', 'serve')."""
    graph: dict[str, set[str]] = defaultdict(set)
    for layer, folder in FOLDERS.items():
        for path in sorted(folder.glob("*.py")):
            name = f"{layer}.{path.stem}"
            graph[name]
            for node in ast.walk(ast.parse(path.read_text())):
                if not isinstance(node, ast.ImportFrom) or not node.level:
                    continue
                base = [layer] if node.level == 1 else []
                parts = base + (node.module.split(".") if node.module else [])
                for alias in node.names:
                    for candidate in (parts + [alias.name], parts):
                        target = ".".join(candidate)
                        if target in MODULES:
                            graph[name].add(target)
                            break
    return graph


def _reach(graph, start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for nxt in graph.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_the_graph_is_read():
    graph = _imports()
    assert "ingest.document" in graph["extract.people"]
    assert "extract.resolve" in _reach(graph, "ingest.merge_people")


def test_what_extraction_uses_from_ingest_never_uses_extraction():
    graph = _imports()
    below = {t for m, ts in graph.items() if m.startswith("extract.") for t in ts if t.startswith("ingest.")}
    assert below, "extraction reads documents"
    loops = {m: sorted(t for t in _reach(graph, m) if t.startswith("extract.")) for m in below}
    assert {m: ts for m, ts in loops.items() if ts} == {}


def test_readers_and_extraction_never_use_serving():
    graph = _imports()
    assert {m: sorted(ts & SERVING) for m, ts in graph.items() if ts & SERVING} == {}
