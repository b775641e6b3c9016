"""How long the people merge takes on a large archive: it runs after every ingest that wrote a
paper, and regroups every spelling of every person.

A synthetic archive: AUTHORITIES councils, each with PAPERS papers naming MEMBERS of its own
people, in full, by initials and by surname, drawn from a small pool of given names and surnames
so that namesakes across councils are common (the case the merge must keep apart). Prints the
rows, the people before and after, and the seconds of the merge (a first merge, then a second one
over an unchanged archive, which is what every later ingest pays).

    python benchmarks/bench_people_merge.py [AUTHORITIES] [PAPERS] [MEMBERS]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import sqlite_utils

from minutebook.ingest.merge_people import resolve_archive
from minutebook.ingest.schema import migrate
from minutebook.ingest.store_facts import person_id

GIVEN = """James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara Richard Susan
Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret
Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa""".split()
SURNAMES = """Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White
Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips Mason Mitchell Rose Davis Rodriguez Cox
Alexander Morgan Moore Martin Price Clark Turner Hill Cooper Ward Morris King Watson Harris Baker Young Allen""".split()


def build(path: Path, authorities: int, papers: int, members: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    db = sqlite_utils.Database(path)
    migrate(db)
    rows = 0
    with db.atomic():
        for a in range(authorities):
            people = [(rng.choice(GIVEN), rng.choice(SURNAMES)) for _ in range(members)]
            for p in range(papers):
                doc = db["documents"].insert({"path": f"/a{a}/p{p}.pdf", "filename": f"p{p}.pdf", "status": "ok",
                                              "authority": f"Council {a}", "authority_key": f"council{a}",
                                              "authority_found_by": "document title"}).last_pk
                for given, surname in rng.sample(people, min(len(people), 12)):
                    name = rng.choice([f"{given} {surname}", f"{given[0]} {surname}", f"Cllr {surname}"])
                    db.conn.execute("insert into mentions (person_id, name, document_id, page, kind) values (?, ?, ?, 1, 'mention')",
                                    [person_id(db, name), name.replace("Cllr ", ""), doc])
                    rows += 1
    return rows


def main() -> None:
    authorities, papers, members = (int(x) for x in (sys.argv[1:] + ["300", "40", "60"][len(sys.argv[1:]):]))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "merge.db"
        rows = build(path, authorities, papers, members)
        db = sqlite_utils.Database(path)
        before = db.execute("select count(*) from people").fetchone()[0]
        for label in ("first merge", "again, unchanged"):
            started = time.process_time()  # CPU: the machine is shared
            resolve_archive(db)
            seconds = time.process_time() - started
            after = db.execute("select count(*) from people").fetchone()[0]
            print(f"{label}: {authorities} authorities, {authorities * papers} papers, {rows} mentions; "
                  f"people {before} -> {after}; {seconds:.2f} s of CPU")
            before = after


if __name__ == "__main__":
    main()
