"""The `minutebook` command: a click group whose commands only wire the stages together."""

from __future__ import annotations

import os
import sys

import click

from . import __version__
from .terminal_text import shown as _shown

DEFAULT_DB = "minutebook.db"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="minutebook")
def cli():
    """Turn an archive of committee papers (agenda packs, minutes, reports: PDF, HTML, text,
    DOCX) into one SQLite database, and search it with Datasette or from the terminal.

    \b
    Quick start:
        minutebook ingest path/to/papers --db archive.db
        minutebook serve --db archive.db
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to create or update")
@click.option("--db-dir", "db_dir", default=None, type=click.Path(file_okay=False),
              help="Write one database per body into this folder (made if missing) instead of one --db; "
                   "serve them together with `minutebook serve --db-dir`")
@click.option("--workers", "-w", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Parse documents in this many parallel processes")
@click.option("--ocr/--no-ocr", default=None,
              help="OCR scanned PDFs with tesseract (default: when tesseract is installed)")
@click.option("--no-extract", is_flag=True, help="Only read and structure documents; skip fact extraction")
@click.option("--pipeline", default=None, metavar="NAME",
              help="An installed spaCy pipeline (e.g. en_core_web_sm) to use instead of the built-in rules")
@click.option("--cluster", default=None, metavar="ADDRESS",
              help='Parse on a Dask cluster: a scheduler (tcp://HOST:8786) or "local" for one of this '
                   'machine\'s cores; this process still writes the database. Needs pip install "minutebook[cluster]"')
@click.option("--max-seconds", default=60.0, show_default=True, type=click.FloatRange(min=0.1), metavar="S",
              help="Time budget for reading, OCR and extraction of one paper (each page OCRed renews it, up to "
                   "ten budgets); a paper over it is recorded as an error")
@click.option("--max-memory", default=1024, show_default=True, type=click.IntRange(min=64), metavar="MB",
              help="Memory ceiling for one paper's worker process; a paper over it is recorded as an error")
@click.option("--silent", "-s", is_flag=True, help="No progress bar and no summary")
@click.option("-v", "--verbose", count=True, help="Say what happened to each file")
def ingest(paths, db_path, db_dir, workers, ocr, no_extract, pipeline, cluster, max_seconds, max_memory, silent,
           verbose):
    """Read files and folders of committee papers into the database.

    Unchanged files (same content hash) are skipped; changed files replace their old rows;
    files that cannot be read are recorded with the reason and the run goes on. The exit
    code is 1 when any file failed.

    \b
    Examples:
        minutebook ingest papers/ --db archive.db
        minutebook ingest minutes-2023-*.pdf -v
        minutebook ingest papers/ --workers 2
        minutebook ingest papers/ --cluster tcp://scheduler:8786
        minutebook ingest papers/ --db-dir bodies/     # one database per body
    """
    import sqlite3

    from .ingest.limits import Limits
    from .ingest.pipeline import ingest as run_ingest, iter_files
    from .ingest.progress import listen
    from .ingest.schema import SchemaTooNew

    if db_dir and click.get_current_context().get_parameter_source("db_path").name != "DEFAULT":
        raise click.UsageError("give either --db (one database) or --db-dir (one database per body), not both")
    if pipeline:
        _check_pipeline(pipeline)
    if cluster:
        _check_cluster()
    files = list(iter_files(paths))
    show_bar = not silent and sys.stderr.isatty() and len(files) > 1
    bar = click.progressbar(length=len(files), label="Ingesting", file=sys.stderr, width=24,
                            item_show_func=lambda text: text) if show_bar else None

    def say(line: str) -> None:
        """A line of its own above the bar, never glued onto it."""
        if bar:
            sys.stderr.write("\r\x1b[2K")
        click.echo(_shown(line), err=True)
        if bar:
            bar._last_line = None  # the bar was wiped with its line: draw it again
            bar.render_progress()

    def now_doing(text: str) -> None:
        bar.current_item = _shown(_short(text, 60))  # update(0, ...) would not redraw: it waits for a step
        bar.render_progress()

    def report(outcome):
        if bar:
            bar.update(1, _shown(_short(os.path.basename(outcome.path), 60)))
        if outcome.status in ("error", "no_text"):
            if not silent:
                say(f"{_one_line(outcome.path)}: {outcome.status}: {outcome.error}")
        elif outcome.status == "failed_before":
            if not silent:
                say(f"{_one_line(outcome.path)}: unchanged, failed before: {outcome.error}")
        elif outcome.error and outcome.status == "ok":
            say(f"{_one_line(outcome.path)}: {outcome.error}")  # stored, but something was not extracted
        elif verbose:
            detail = f" ({outcome.error})" if outcome.error else ""
            say(f"{_one_line(outcome.path)}: {outcome.status}{detail}" + (f", {outcome.pages} pages" if outcome.pages else ""))

    if bar:
        bar.__enter__()
        listen(now_doing)
    from .ingest.cluster import ClusterUnavailable

    target = db_dir or db_path

    def waiting() -> None:
        say(f"Another minutebook ingest is writing to {target}: waiting for it to finish (Ctrl-C to stop)")

    if db_dir:
        from .ingest.per_body import ingest_per_body as run_ingest  # noqa: F811: same options, a folder
    try:
        summary = run_ingest(paths, target, workers=workers, ocr=ocr, extract=not no_extract,
                             pipeline=pipeline, on_outcome=report, files=files, cluster=cluster, on_wait=waiting,
                             limits=Limits(seconds=max_seconds, memory_mb=max_memory))
    except ClusterUnavailable as e:
        raise click.ClickException(str(e))
    except (OSError, sqlite3.Error, SchemaTooNew) as e:
        raise click.ClickException(_database_problem(e, target))
    finally:
        listen(None)
        if bar:
            bar.__exit__(None, None, None)
    if not silent:
        click.echo(summary.line(), err=True)
    sys.exit(1 if summary.failed else 0)


def _database_problem(e: Exception, db_path: str) -> str:
    """One line for what went wrong with the database itself (never a traceback): papers
    stored before it are kept, each in its own transaction."""
    message = str(e).strip()
    lowered = message.lower()
    if getattr(e, "errno", None) == 28 or "disk is full" in lowered or "disk i/o error" in lowered:
        return (f"cannot write to {db_path}: the disk is full ({message}). Papers stored before this are kept; "
                "free some space and run the same command again")
    if "not a database" in lowered:
        return f"{db_path} is not a SQLite database ({message}): choose another --db"
    if "readonly" in lowered or "read-only" in lowered:
        return f"cannot write to {db_path}: it is read-only ({message})"
    if "database is locked" in lowered:
        return f"{db_path} is busy: another program is writing to it; try again when it has finished"
    if isinstance(e, OSError):
        return f"cannot open {db_path}: {e.strerror or message}"
    if "unable to open" in lowered:
        return f"cannot open {db_path}: {message} (is its folder there and readable?)"
    return f"{db_path}: {message}"


@cli.command()
@click.option("--db", "db_paths", multiple=True, type=click.Path(dir_okay=False),
              help=f"Database to serve (default: {DEFAULT_DB}, built from the bundled corpus if missing); "
                   "give it again to serve several side by side")
@click.option("--db-dir", "db_dir", default=None, type=click.Path(exists=True, file_okay=False),
              help="Serve every database of this folder (one per body, made by `ingest --db-dir`) side by side")
@click.option("--host", default="127.0.0.1", show_default=True, help="Host to listen on")
@click.option("-p", "--port", default=8001, show_default=True, type=int, help="Port to listen on")
@click.option("--full", is_flag=True,
              help="Serve everything, restricted papers included, behind a login "
                   "(password from MINUTEBOOK_PASSWORD); the default public mode leaves restricted rows out")
@click.option("--immutable", is_flag=True, help="Serve a finished archive read-only, with precomputed counts")
@click.option("--get", "get_path", default=None, metavar="PATH",
              help="Print the response to one request (e.g. /-/versions.json) instead of starting a server")
@click.option("--workers", default=None, type=click.IntRange(1, 64), show_default="one per core, at most 8",
              help="Server processes answering requests (each answers with one core: Python runs one thread at a time)")
def serve(db_paths, db_dir, host, port, full, immutable, get_path, workers):
    """Serve the archive in Datasette: full-text search, SQL, canned queries for overdue
    actions, decisions, people and meetings, and links from every fact to its source page.

    \b
    Examples:
        minutebook serve                       # the bundled sample archive
        minutebook serve --db archive.db --port 8080
        MINUTEBOOK_PASSWORD=... minutebook serve --db archive.db --full
        minutebook serve --db-dir bodies/          # one database per body, chosen on each page
        minutebook serve --db archive.db --workers 1   # one process (the default is one per core)
    """
    import asyncio

    import uvicorn

    from .serve import Archive, corpus_dir, default_workers, hash_password, make_site

    workers = workers or default_workers()
    if not get_path:
        _check_port_free(host, port)
    db_paths = _archives_to_serve(db_paths, db_dir, corpus_dir)
    password_hash = None
    if full:
        password = os.environ.get("MINUTEBOOK_PASSWORD")
        if not password or not password.strip():
            raise click.UsageError("--full serves restricted material: set MINUTEBOOK_PASSWORD to the login password "
                                   "(not empty, not only spaces)")
        password_hash = hash_password(password)
    names = [os.path.splitext(os.path.basename(db_path))[0] for db_path in db_paths]  # what URLs call them
    if len(set(names)) != len(names):
        raise click.UsageError("two databases to serve have the same file name: "
                               f"{', '.join(sorted({n for n in names if names.count(n) > 1}))}; rename one")
    for db_path in db_paths:
        _upgrade_if_older(db_path)
    archives = []
    for name, db_path in zip(names, db_paths):
        served, public_files = (db_path, None) if full else _public_copy(db_path)
        archives.append([name, served, public_files])
    if not get_path and not immutable:  # once every public copy is there: one writer of each at a time
        _finish_upgrades(db_paths)
    settings = dict(archives=archives, public=not full, immutable=immutable, password_hash=password_hash)
    served = os.path.basename(archives[0][1]) if len(archives) == 1 else f"{len(archives)} databases"
    mode = "full (login required)" if full else "public (restricted material excluded)"
    ds = make_site([Archive(*archive) for archive in settings.pop("archives")], **settings)
    asyncio.run(ds.invoke_startup())
    if workers > 1 and not get_path:
        from .prefork import serve_forked

        click.echo(f"Serving {served} in {mode} mode at http://{host}:{port}/ "
                   f"({workers} processes)", err=True)
        # the site built once here; each worker a fork of this process (one signing secret, so a
        # login made by one holds in the others)
        sys.exit(serve_forked(ds, workers, host, port))
    if get_path:
        from datasette.utils.testing import TestClient

        response = TestClient(ds).get(get_path)
        _print_response(response)
        sys.exit(0 if response.status == 200 else 1)
    click.echo(f"Serving {served} in {mode} mode at http://{host}:{port}/", err=True)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")


def _archives_to_serve(db_paths: tuple[str, ...], db_dir: str | None, corpus_dir) -> list[str]:
    """The databases `serve` was given (--db, again and again, or --db-dir), each checked; with
    neither, minutebook.db here, built from the bundled corpus when missing."""
    if db_dir:
        from .ingest.body_files import archives_in

        if db_paths:
            raise click.UsageError("give either --db or --db-dir, not both")
        found = archives_in(db_dir)
        if not found:
            raise click.BadParameter(f"{db_dir} holds no databases: run `minutebook ingest PATH --db-dir {db_dir}` "
                                     "first", param_hint="--db-dir")
        return found
    if not db_paths:
        if not os.path.exists(DEFAULT_DB):
            click.echo(f"No {DEFAULT_DB} here: building it from the bundled corpus ({corpus_dir()})", err=True)
            from .ingest.pipeline import ingest as run_ingest

            summary = run_ingest([str(corpus_dir())], DEFAULT_DB)
            click.echo(summary.line(), err=True)
        return [DEFAULT_DB]
    for db_path in db_paths:
        if not os.path.exists(db_path):
            raise click.BadParameter(f"{db_path} does not exist: run `minutebook ingest PATH --db {db_path}` first",
                                     param_hint="--db")
    return list(db_paths)


def _upgrade_if_older(db_path: str) -> None:
    """An archive written by an older minutebook gets this one's schema before it is served, or
    pages that read the new columns would fail on it: in a second, whatever its size; the work
    the migrations leave (such as finding each paper's authority, merging people and relinking
    actions) is done in the background while the site answers (ingest/upgrade.py)."""
    import sqlite3

    from .ingest.schema import SCHEMA_VERSION

    conn = sqlite3.connect(f"file:{os.path.abspath(db_path)}?mode=ro", uri=True)
    try:
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        if not conn.execute("select 1 from sqlite_master where name = 'documents'").fetchone():
            raise sqlite3.DatabaseError("it has no documents table")
    except sqlite3.DatabaseError as e:
        raise click.BadParameter(f"{db_path} is not a minutebook database: {e}", param_hint="--db")
    finally:
        conn.close()
    if found > SCHEMA_VERSION:
        raise click.ClickException(f"{db_path} was written by a newer minutebook (schema {found}; this one "
                                   f"reads {SCHEMA_VERSION}): upgrade minutebook to serve it")
    if found < SCHEMA_VERSION:
        from .ingest.upgrade import upgrade_schema

        click.echo(f"{db_path} was written by an older minutebook (schema {found}; this one writes "
                   f"{SCHEMA_VERSION}): upgrading it once; its schema now, the rest while it is served "
                   f"(or by the next `minutebook ingest`)", err=True)
        upgrade_schema(db_path)


def _finish_upgrades(db_paths) -> None:
    """The work an upgrade (or an interrupted ingest) left in an archive, started in the
    background: the site serves the archive as it is meanwhile, and the public copy made at the
    end is seen by the next request."""
    from .ingest.public_files import files_current
    from .ingest.publish import is_current
    from .ingest.upgrade import REPUBLISH, finish_in_background, pending_work

    waiting = []
    for db_path in db_paths:
        left = pending_work(db_path)
        from .ingest.publish import public_path

        if not left and os.path.exists(public_path(db_path)) and not (is_current(db_path) and files_current(db_path)):
            # a stale copy (see _public_copy), or public files older than it, are made again too
            left = [REPUBLISH]
        if left:
            links = [t for t in left if t.startswith("link actions of ")]
            said = [t for t in left if t not in links] + ([f"linking the actions of {len(links)} bodies"] if links else [])
            click.echo(f"{db_path}: finishing in the background: {', '.join(said)}", err=True)
            waiting.append(db_path)
    if waiting:  # one process for them all (a folder of one archive per body), one after another
        finish_in_background(*waiting)


def _print_response(response) -> None:
    """A page quotes papers, whose escape sequences must not reach a terminal; into a file it goes
    as it is. A file that is not text (a source PDF) goes into a file byte for byte, and is only
    named on a terminal."""
    try:
        text = response.body.decode("utf-8")
    except UnicodeDecodeError:
        if sys.stdout.isatty():
            kind = response.headers.get("content-type", "not text")
            click.echo(f"{len(response.body)} bytes of {_shown(kind)}: not shown on a terminal (send it to a file)")
        else:
            sys.stdout.buffer.write(response.body)
            sys.stdout.flush()
        return
    click.echo(_shown(text) if sys.stdout.isatty() else text)


def _public_copy(db_path: str) -> tuple[str, str]:
    """The public copy made at ingest; made here only for an archive ingested before public
    copies existed (once: later ingests keep it up to date)."""
    from .ingest.public_files import files_dir
    from .ingest.publish import is_current, public_path

    if not os.path.exists(public_path(db_path)):
        from .ingest.pipeline import publish_archive

        click.echo(f"{db_path} has no public copy yet: making {public_path(db_path)} once", err=True)
        publish_archive(db_path)
    elif not is_current(db_path):
        click.echo(f"warning: {public_path(db_path)} is older than {db_path} (an ingest was interrupted, or an "
                   f"older minutebook made it?): using it as it is until it is brought up to date (in the "
                   f"background while serving, or by the next `minutebook ingest`)", err=True)
    return public_path(db_path), files_dir(db_path)


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--quiet", "-q", is_flag=True, help="Only the table of scores, not each miss")
@click.option("--json", "as_json", is_flag=True, help="Scores as JSON")
def eval_command(gold_dir, db_path, quiet, as_json):
    """Score the database's extraction against gold files (shared/gold/FORMAT.md).

    Prints precision, recall and F1 per facet (meetings, attendance, actions, owners, due
    dates, status, decisions, statistics, people, alias groups) in total and per document,
    then each miss and each extra. Gold files in sub-folders are included. Statistics and
    people precision are lower bounds (marked >=): their gold lists a subset. Series gold
    (SERIES_*.json) is scored apart: each distinct action found, held in one row, its final
    status and owners, and the open-actions list.

    \b
    Example:
        minutebook ingest corpus ../shared/real --db dev.db
        minutebook eval ../shared/gold --db dev.db
    """
    import json

    from .extract.evaluate import as_json as scores_json
    from .extract.evaluate import evaluate, report
    from .extract.evaluate_series import evaluate_series, report_series

    from .ingest.store import open_db

    # An archive made by an older minutebook is upgraded first, as every command that opens one
    # does: the scorer reads columns added since (a v3 archive failed with 'no such column').
    open_db(db_path).conn.close()
    totals, per_doc = evaluate(db_path, gold_dir)
    series = evaluate_series(db_path, gold_dir)
    if as_json:
        scores = scores_json(totals, per_doc)
        if series:
            scores["series"] = {s.name: s.figures() for s in series}
        click.echo(json.dumps(scores, indent=2))
    else:
        text = report(totals, per_doc, show_misses=not quiet)
        if series:  # after the totals, before the table per document
            cut = text.find("\nper document")
            cut = len(text) if cut < 0 else cut
            text = text[:cut] + "\n" + report_series(series, show_misses=False) + "\n" + text[cut:]
            if not quiet:
                text += "\n" + "\n".join(report_series(series).split("\n")[4:])
        click.echo(_shown(text))  # it quotes papers' lines and names


@cli.command()
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("--db", "db_path", default=None, type=click.Path(dir_okay=False),
              help="Database to ingest FOLDER into and measure (default: a temporary one; "
                   "without FOLDER, an existing archive to measure)")
@click.option("--json", "as_json", is_flag=True, help="The figures as JSON")
def coverage(folder, db_path, as_json):
    """How far extraction reaches on papers without gold: per kind of paper, the share with a
    dated meeting, with attendance and with actions; people that look like non-people; and
    every failure with its reason.

    \b
    Examples:
        minutebook coverage ../shared/wild                 # ingest into a temporary database, then measure
        minutebook coverage ../shared/wild --db wild.db    # keep the database (unchanged files are skipped)
        minutebook coverage --db archive.db                # measure an existing archive
    """
    import json
    import tempfile

    import sqlite_utils

    from . import coverage as cov

    if not folder and not db_path:
        raise click.UsageError("give a FOLDER of papers, an existing archive with --db, or both")
    with tempfile.TemporaryDirectory() as tmp:
        if folder:
            from .ingest.pipeline import ingest as run_ingest

            db_path = db_path or os.path.join(tmp, "coverage.db")
            run_ingest([folder], db_path)
        db = _open_archive(db_path)
        result = cov.measure(db, under=folder)
        db.close()
    # the failures name papers and their reasons: a file name's escape sequence must not reach the terminal
    click.echo(json.dumps(result.as_dict(), indent=2) if as_json else _shown(cov.report(result)))


def _open_archive(db_path: str):
    import sqlite_utils

    if not os.path.exists(db_path):
        raise click.ClickException(f"{db_path} does not exist: run `minutebook ingest PATH --db {db_path}` first")
    db = sqlite_utils.Database(db_path)
    if "documents" not in db.table_names():
        raise click.ClickException(f"{db_path} is not a minutebook archive (no documents table)")
    return db


def _open_report(db_path: str, full: bool):
    """What a report reads: the public copy, as the public site shows it (its ids and source
    links are the site's), unless `full` asks for the archive, restricted material and all. A
    report is copied into mails and spreadsheets; it must not carry what the site withholds."""
    from .ingest.publish import STATE_TABLE

    db = _open_archive(db_path)
    if full or STATE_TABLE in db.table_names():  # given the public copy itself: it is what is read
        return db
    db.close()
    return _open_archive(_public_copy(db_path)[0])


def _read_from(db_path: str, full: bool) -> str:
    """Where a report looked, for its 'nothing found': a restricted item is not found publicly."""
    return db_path if full else f"the public copy of {db_path} (--full reads restricted material too)"


def _emit(rows: list[dict], fmt: str, empty: str, columns: list[str] | None = None) -> None:
    import csv
    import json

    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, default=str))
        return
    if not rows:
        if fmt == "csv" and columns:
            click.echo(",".join(columns))
        else:
            click.echo(empty, err=True)
        return
    if fmt == "csv":
        from .csv_cells import safe_cell

        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
        writer.writeheader()
        # a paper's text or file name beginning '=' must not run as a formula in a spreadsheet
        writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)
        return
    click.echo(_table(rows))


def _one_line(path: str) -> str:
    """A file name on one line: a newline in it would print a line of its own, which could say
    anything ('minutes.txt: ok')."""
    return str(path).replace("\n", "\\n").replace("\r", "\\r")


def _table(rows: list[dict], width: int = 60) -> str:
    columns = list(rows[0])
    cell = lambda v: "" if v is None else _shown(str(v).replace("\n", " "))[:width]
    widths = {c: max(len(c), *(len(cell(r[c])) for r in rows)) for c in columns}
    lines = ["  ".join(c.ljust(widths[c]) for c in columns), "  ".join("-" * widths[c] for c in columns)]
    lines += ["  ".join(cell(r[c]).ljust(widths[c]) for c in columns) for r in rows]
    return "\n".join(lines)


FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
DB = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False))
FULL = click.option("--full", is_flag=True,
                    help="Read the archive itself, restricted material included (by default reports read the public "
                         "copy: what the public site shows, with its ids)")


@cli.command()
@DB
@click.option("--overdue", is_flag=True, help="Only open actions past their due date")
@click.option("--owner", default=None, help="Only actions owned by this person or group (part of a name)")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD", help="Judge overdue as of this date (default today)")
@click.option("--all", "all_statuses", is_flag=True, help="Completed actions too")
@click.option("--history", "history_id", type=int, default=None, metavar="ID",
              help="One action's trail: every paper that mentions it, with the status each gives")
@FULL
@FORMAT
def actions(db_path, overdue, owner, as_of, all_statuses, history_id, full, fmt):
    """List open actions with owners, due dates, days overdue, when a paper last mentioned
    each, and whether a later paper reported it still open or never mentioned it again.

    \b
    Examples:
        minutebook actions --overdue
        minutebook actions --owner "Andy Opie" --format csv > opie.csv
        minutebook actions --overdue --as-of 2023-01-01 --format json
        minutebook actions --history 42
    """
    from . import reports

    if as_of:
        _check_date(as_of)
    db = _open_report(db_path, full)
    if history_id is not None:
        action, trail = reports.action_history(db, history_id)
        if action is None:
            raise click.ClickException(f"no action {history_id} in {_read_from(db_path, full)}")
        if fmt == "table":
            click.echo(_shown(f"Action {action['id']}: {action['description']}"))
            click.echo(_shown(f"owners: {action['owners'] or '(none named)'}; status: {action['status']} ({action['state']}); "
                              f"due {action['due_date'] or '-'}; raised {action['first_seen'] or '-'}; last seen "
                              f"{action['last_seen'] or '-'}{_in_paper(action['last_seen_paper'], action['last_seen_page'])}; "
                              f"closed in {action['completed_in'] or '-'}"
                              f"{_in_paper(action['completed_paper'], action['completed_page'])}") + "\n")
        _emit(trail, fmt, f"Action {history_id} has no sightings.")
        return
    rows = reports.actions(db, overdue=overdue, owner=owner, as_of=as_of, status=None if all_statuses else "open")
    what = "overdue actions" if overdue else "open actions"
    _emit(rows, fmt, f"No {what}{' for ' + repr(owner) if owner else ''} in {_read_from(db_path, full)}.",
          ["id", "description", "owners", "due_date", "status", "days_overdue", "last_seen", "follow_up", "body",
           "meeting_date", "filename", "page"])


def _in_paper(paper: str | None, page: int | None) -> str:
    """' (Minutes 9 March 2016, p.2)': which paper a date of the history's header is read from."""
    if not paper:
        return ""
    return f" ({paper}, p.{page})" if page else f" ({paper})"


def _check_date(value: str) -> None:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD", param_hint="--as-of")


@cli.command()
@click.argument("query")
@DB
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@FULL
@FORMAT
def search(query, db_path, limit, full, fmt):
    """Full-text search of every passage, with the paper and page each hit is on.

    \b
    Example:
        minutebook search "safe haven"
    """
    from . import reports

    rows = reports.search(_open_report(db_path, full), query, limit)
    _emit(rows, fmt, f"Nothing matches {query!r} in {_read_from(db_path, full)}.", ["paper", "filename", "page", "heading", "snippet"])


@cli.command()
@click.argument("name", required=False)
@DB
@FULL
@FORMAT
def people(name, db_path, full, fmt):
    """List people (or those matching NAME) with their attendance and open actions; one
    match shows their roles, attendance record and actions.

    \b
    Examples:
        minutebook people
        minutebook people Ghani
    """
    from . import reports

    db = _open_report(db_path, full)
    rows = reports.people(db, name)
    if len(rows) == 1 and name and fmt == "table":
        person = rows[0]
        click.echo(_shown(f"{person['name']}" + (f" (also written {person['also_written']})" if person["also_written"] else "")))
        detail = reports.person_detail(db, person["id"])
        for title, items in detail.items():
            click.echo(f"\n{title.capitalize()}:")
            click.echo(_table(items) if items else "  none recorded")
        return
    _emit(rows, fmt, f"No people{' matching ' + repr(name) if name else ''} in {_read_from(db_path, full)}.")


def _check_port_free(host: str, port: int) -> None:
    """Say so before anything else when the port is taken, rather than after "Serving ..."."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise click.BadParameter(f"cannot listen on {host!r}: {e.strerror}", param_hint="--host")
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does, so TIME_WAIT is no obstacle
        try:
            probe.bind(address)
        except OSError as e:
            raise click.ClickException(
                f"port {port} on {host} is not free ({e.strerror}): another server is using it; "
                f"choose another with --port, e.g. --port {port + 1}")


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1):]


def _check_cluster() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise click.UsageError('--cluster needs Dask distributed: pip install "minutebook[cluster]"')


def _check_pipeline(name: str) -> None:
    from .extract.nlp import load_pipeline

    try:
        load_pipeline(name)
    except OSError as e:
        raise click.BadParameter(f"spaCy pipeline {name!r} is not installed or cannot be loaded ({e})",
                                 param_hint="--pipeline")

