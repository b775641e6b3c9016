"""The public copy and serving at scale: on a generated archive of N passages (default 1M),
how long the public copy takes to build at ingest (first time, unchanged, one paper changed),
how long `minutebook serve` takes to start, and what hostile anonymous queries cost.

    python benchmarks/bench_public.py [--passages 1000000] [--dir /tmp/bench-public]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from minutebook.ingest.public_files import files_dir, publish_files  # noqa: E402
from minutebook.ingest.publish import public_path, publish  # noqa: E402
from minutebook.ingest.schema import migrate  # noqa: E402

WORDS = ("board agreed report safety partnership council community budget police housing plan strategy review "
         "action update meeting members officer funding violence youth crime data schools parks transport").split()
PER_DOC = 100


def generate(path: str, passages: int) -> None:
    """Documents of 100 passages on 10 pages; one item in ten restricted."""
    if os.path.exists(path):
        os.remove(path)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode = wal")
    migrate(db)
    docs = passages // PER_DOC
    n_words = len(WORDS)
    with db.conn:
        db.conn.create_function("w", 1, lambda i: WORDS[i % n_words])
        db.execute(f"""with recursive d(i) as (select 1 union all select i + 1 from d where i < {docs})
            insert into documents (id, path, filename, sha256, format, kind, title, pages, status, restricted, ingested_at)
            select i, '/srv/papers/paper-' || i || '.pdf', 'paper-' || i || '.pdf', hex(randomblob(16)), 'pdf',
              'minutes', 'Minutes ' || i, 10, 'ok', 0, '2024-01-01T00:00:00' from d""")
        db.execute(f"""with recursive m(i) as (select 1 union all select i + 1 from m where i < {docs})
            insert into meetings (id, body, body_key, date, document_id, page)
            select i, 'Board ' || (i % 50), 'board ' || (i % 50), date('2000-01-01', '+' || i || ' days'), i, 1 from m""")
        db.execute("insert into meeting_documents (meeting_id, document_id, page, role) "
                   "select id, id, 1, 'records' from meetings")
        db.execute(f"""with recursive it(i) as (select 0 union all select i + 1 from it where i < {docs * 10 - 1})
            insert into agenda_items (id, meeting_id, number, title, restricted, document_id, page)
            select i + 1, i / 10 + 1, (i % 10) + 1, w(i) || ' ' || w(i * 7) || ' item', (i % 10) = 9, i / 10 + 1,
              i % 10 + 1 from it""")
        db.execute(f"""with recursive p(i) as (select 0 union all select i + 1 from p where i < {passages - 1})
            insert into passages (id, document_id, page, meeting_id, agenda_item_id, heading, text, kind, restricted)
            select i + 1, i / {PER_DOC} + 1, (i % {PER_DOC}) / 10 + 1, i / {PER_DOC} + 1, i / 10 + 1, 'Item',
              'The ' || w(i) || ' ' || w(i / 3) || ' ' || w(i / 7) || ' was discussed; members noted the ' ||
              w(i / 11) || ' ' || w(i / 13) || ' figures for ' || (2000 + i % 24) || ' and asked for a ' ||
              w(i / 17) || ' ' || w(i / 19) || ' by the next meeting (ref ' || i || ').', 'paragraph',
              ((i % {PER_DOC}) / 10) = 9 from p""")
        db.execute("""insert into pages (document_id, page, text, restricted, blank)
            select document_id, page, group_concat(text, char(10)), max(restricted), 0
            from passages group by document_id, page""")
        db.execute("""insert into decisions (meeting_id, agenda_item_id, document_id, page, passage_id, text, kind, restricted)
            select meeting_id, agenda_item_id, document_id, page, id, text, 'agreed', restricted from passages
            where id % 20 = 0""")
        db.execute("insert into people (id, name, key) select id, 'Person ' || id, 'person ' || id from documents "
                   "where id <= 2000")
        db.execute("insert into mentions (person_id, name, document_id, page, passage_id, text, kind) "
                   "select (id % 2000) + 1, 'Person ' || ((id % 2000) + 1), document_id, page, id, text, 'mention' "
                   "from passages where id % 10 = 0")
    db.close()
    add_actions_and_attendance(path)


def add_actions_and_attendance(path: str) -> None:
    """One action per 20 passages (one in ten still open, due a month after its meeting) owned by
    a person, and ten people at every meeting: what the overdue and person pages read."""
    db = sqlite_utils.Database(path)
    people = [r[0] for r in db.execute("select id from people order by id")]
    if not people or db["actions"].count:
        return db.close()
    with db.conn:
        db.conn.create_function("person", 1, lambda i: people[i % len(people)])
        db.execute("""insert into actions (meeting_id, agenda_item_id, document_id, page, passage_id, text, description,
              due_date, status, first_seen, last_seen, restricted, body, meeting_date, owners)
            select p.meeting_id, p.agenda_item_id, p.document_id, p.page, p.id, p.text, substr(p.text, 1, 80),
              date(m.date, '+30 days'), case when p.id % 200 = 20 then 'open' else 'done' end, m.date, m.date, 0,
              m.body, m.date, 'Person ' || person(p.id / 20)
            from passages p join meetings m on m.id = p.meeting_id where p.id % 20 = 0 and not p.restricted""")
        db.execute("insert into action_owners (action_id, person_id, name, kind) "
                   "select id, person(passage_id / 20), 'Person ' || person(passage_id / 20), 'person' from actions")
        db.execute("""with recursive k(j) as (select 0 union all select j + 1 from k where j < 9)
            insert into attendance (meeting_id, person_id, name, status, document_id, page)
            select m.id, person(m.id * 10 + k.j), 'Person ' || person(m.id * 10 + k.j),
              case when k.j = 9 then 'apologies' else 'present' end, m.document_id, 1 from meetings m, k""")
    db.close()


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passages", type=int, default=1_000_000)
    parser.add_argument("--dir", default="/tmp/bench-public")
    parser.add_argument("--reuse", action="store_true", help="keep an archive generated by an earlier run")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    db_path = os.path.join(args.dir, "archive.db")
    for stale in (public_path(db_path),):
        if os.path.exists(stale):
            os.remove(stale)
    if args.reuse and os.path.exists(db_path):
        seconds = 0.0
        args.passages = sqlite_utils.Database(db_path).execute("select count(*) from passages").fetchone()[0]
    else:
        seconds, _ = timed(generate, db_path, args.passages)
    size = os.path.getsize(db_path) / 1e6
    print(f"archive: {args.passages:,} passages, {size:.0f} MB, generated in {seconds:.0f} s")

    seconds, _ = timed(publish, db_path)
    print(f"public copy, first build: {seconds:.1f} s ({os.path.getsize(public_path(db_path)) / 1e6:.0f} MB)")
    seconds, _ = timed(publish, db_path)
    print(f"public copy, nothing changed: {seconds:.2f} s")
    db = sqlite_utils.Database(db_path)
    with db.conn:
        db.execute("update documents set ingested_at = '2024-02-01T00:00:00', restricted = 1 where id = 7")
        db.execute("update documents set ingested_at = '2024-02-01T00:00:00' where id = 8")
        db.execute("update passages set text = text || ' amended' where document_id = 8")
    db.close()
    seconds, _ = timed(publish, db_path)
    print(f"public copy, one paper changed and one now restricted: {seconds:.2f} s")
    seconds, _ = timed(publish_files, db_path)
    print(f"public files (no source files here, so manifest only): {seconds:.2f} s")

    start = time.perf_counter()
    # imported as serve imports them (pint's unit tables deferred)
    subprocess.run([sys.executable, "-c", "from minutebook.serve import defer_unit_registry; defer_unit_registry(); "
                    "import datasette.app, uvicorn, minutebook.cli"], check=True)
    imports = time.perf_counter() - start
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "minutebook", "serve", "--db", db_path, "--get", "/-/versions.json"],
                            capture_output=True, text=True)
    print(f"`minutebook serve --get /-/versions.json` (process start to answer): {time.perf_counter() - start:.2f} s "
          f"(exit {result.returncode}), of which {imports:.2f} s is Python importing Datasette and minutebook "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")

    from datasette.utils.testing import TestClient

    from minutebook.serve import make_datasette

    start = time.perf_counter()
    ds = make_datasette(public_path(db_path), public=True, public_files=files_dir(db_path))
    asyncio.run(ds.invoke_startup())
    client = TestClient(ds)
    client.get("/archive/passages.json?_size=1")
    print(f"serve start in process (Datasette ready, first answer): {time.perf_counter() - start:.2f} s")
    for path in ["/archive/passages.json?_search=safety+budget",
                 "/archive/passages.json?_search=safety+budget&_shape=array",
                 "/search?q=safety+budget", "/overdue", "/person/1"]:
        # each asked afresh (a query string never seen: the answer cache cannot help), then again
        cold = []
        for n in range(5):
            start = time.perf_counter()
            status = client.get(path + ("&" if "?" in path else "?") + f"_fresh={n}").status
            cold.append(time.perf_counter() - start)
        start = time.perf_counter()
        for _ in range(5):
            client.get(path + ("&" if "?" in path else "?") + "_fresh=0")
        hot = (time.perf_counter() - start) / 5
        print(f"{path}: {sum(cold) / 5 * 1000:.0f} ms a request computed, {hot * 1000:.1f} ms from the answer cache "
              f"(status {status}, load average {os.getloadavg()[0]:.1f})")
    for sql in ["select zeroblob(999999999)", "select printf('%.*c', 999999999, 'x')",
                "select group_concat(text) from passages",
                "select text, text, text, text, text, text, text, text from pages",
                "select instr(replace(zeroblob(1000000), x'00', 'a'), replace(zeroblob(500000), x'00', 'a') || 'b')",
                "select count(*) from passages a, passages b",
                "with recursive r(x) as (select 1 union all select x + 1 from r) select x from r order by random()"]:
        before = rss_mb()
        start = time.perf_counter()
        response = client.get("/archive.json?sql=" + urllib.parse.quote(sql))
        print(f"anonymous `{sql[:70]}`: {time.perf_counter() - start:.2f} s, status {response.status}, "
              f"peak memory {rss_mb():.0f} MB (was {before:.0f})")


if __name__ == "__main__":
    main()
