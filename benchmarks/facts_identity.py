"""Everything a worker makes of each paper, written one JSON file a paper, to compare two trees
(not a test: a check that a speed change changes nothing).

    python benchmarks/facts_identity.py dump OUT [FOLDER ...]
    python benchmarks/facts_identity.py compare OUT_BEFORE OUT_AFTER

`dump` runs `parse_file` (read, structure, extract) on every file of the folders (default: the
bundled corpus and ../shared/real, series and wild) and writes its whole record, facts included,
sorted and with floats as written, to OUT/<folder>__<file>.json. Scans read their text from the
OCR caches of the session baselines when they are there (copied to a temporary file first), so
nothing is OCRed twice. `compare` names every paper whose record differs, and the first
differing key of each. Run `dump` with each tree's environment (PYTHONPATH) into two folders.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CACHES = {"wild": Path("/work/base9/wild.db.ocr-cache")}
DEFAULT_CACHE = Path("/work/base9/eval.db.ocr-cache")


def papers(folders: list[Path]):
    """(folder, path) for every file of the folders, each yielded while its folder's scans read their
    text from a copy of the session baseline's OCR cache (when there is one), so nothing is OCRed again."""
    from minutebook.ingest.ocr import ocr_settings
    from minutebook.ingest.pipeline import iter_files

    with tempfile.TemporaryDirectory() as tmp:
        for folder in folders:
            cache = CACHES.get(folder.name, DEFAULT_CACHE)
            copy = None
            if cache.exists():
                copy = os.path.join(tmp, f"{folder.name}.ocr-cache")
                shutil.copy(cache, copy)
            with ocr_settings(cache_path=copy):
                for path in sorted(iter_files([str(folder)])):
                    yield folder, path


def dump(out: Path, folders: list[Path]) -> None:
    from minutebook.ingest.pipeline import parse_file, sha256_of

    out.mkdir(parents=True, exist_ok=True)
    for folder, path in papers(folders):
        rec = parse_file(path, sha256_of(path))
        name = f"{folder.name}__{os.path.basename(path)}.json"
        (out / name).write_text(json.dumps(rec, sort_keys=True, default=repr, indent=0))
    print(f"{len(list(out.iterdir()))} records in {out}")


def compare(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    differ = 0
    for name in names:
        pa, pb = a / name, b / name
        if not (pa.exists() and pb.exists()):
            print(f"only in one: {name}")
            differ += 1
            continue
        ra, rb = json.loads(pa.read_text()), json.loads(pb.read_text())
        if ra != rb:
            differ += 1
            keys = sorted(k for k in ra.keys() | rb.keys() if ra.get(k) != rb.get(k))
            facts = ra.get("facts") or {}
            other = rb.get("facts") or {}
            kinds = sorted(k for k in facts.keys() | other.keys() if facts.get(k) != other.get(k))
            print(f"DIFFER {name}: {keys} {kinds}")
    print(f"{len(names)} papers, {differ} differ")
    return 1 if differ else 0


def main() -> None:
    if len(sys.argv) >= 3 and sys.argv[1] == "dump":
        folders = [Path(f) for f in sys.argv[3:]] or [ROOT / "corpus"] + [SHARED / d for d in ("real", "series", "wild")]
        dump(Path(sys.argv[2]), [f for f in folders if f.is_dir()])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        raise SystemExit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
