"""Every close the action linking weighs in an archive, with its evidence: relinks each body of a
COPY of the archive and prints, per close, the signals that spoke for and against it and whether
it was taken. For reading false closes by hand (a close must rest on more than one shared word).

    python benchmarks/close_evidence_report.py ARCHIVE.db [--taken] [--json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from minutebook.ingest import sentence_news  # noqa: E402
from minutebook.ingest import store_action_links as links  # noqa: E402
from minutebook.ingest.store import open_db  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--taken", action="store_true", help="only the closes taken")
    ap.add_argument("--json", action="store_true", help="one JSON object a line")
    args = ap.parse_args()
    seen: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "archive.db"
        shutil.copyfile(args.db, copy)  # relinking writes: never the archive itself
        db = open_db(str(copy))
        sentence_news.close_observer = seen.append
        for (key,) in db.execute("select distinct body_key from meetings order by body_key").fetchall():
            with db.atomic():
                links.link_body(db, key)
        db.close()
    for d in seen:
        if args.taken and not d["enough"]:
            continue
        if args.json:
            print(json.dumps(d))
            continue
        # (weighed as news that it was done, or as news of progress / the meeting taking its item up)
        mode = "done " if d.get("as_done") else "other"
        print(("TAKEN " if d["enough"] else "no    ") + f"{mode} {d['signals']:+.1f} {', '.join(d['reasons'])}  "
              f"{d['first']} -> {d['date']}")
        print("    action:   " + " ".join(d["action"].split())[:160])
        print("    sentence: " + " ".join(d["sentence"].split())[:160])


if __name__ == "__main__":
    main()
