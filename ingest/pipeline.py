"""One ingest run: find files, skip what is unchanged, parse the rest (in parallel processes
when asked), and write each document in its own transaction."""

from __future__ import annotations

import hashlib
import os
import signal
import stat as stat_module
import time
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator

from . import limits as limits_module
from .document import ReadError
from .failure_reasons import failure_reason, no_memory
from .gone_files import empty_folders, folders_of, gone_papers, remove_paper
from .limits import Limits
from .progress import report
from .public_files import ReaderNotes, stage_pdf
from .publish import prepare_copy
from .read import file_format, format_of, read_document
from .restriction import restricted_pages, wholly_restricted
from .store import (document_with_hash, finish_merge, ingest_lock, keeps_earlier_version, known_document, known_files,
                    merge_pending, open_db, record_failure, remember_stat, write_document)
from .store_action_links import bodies_of_documents, finish_links, links_pending
from .reading_window import cut_pages_note, reading_window, stored_page_text, unread_note, unread_passages
from .structure import Passage, find_structure
from .workers import parse_in_workers


@dataclass
class Outcome:
    path: str
    # ok / no_text / error / skipped / duplicate / hidden / hidden folder / removed (its file is gone) /
    # failed_before (its failure is recorded and the file is unchanged: not read, not recorded again)
    status: str
    pages: int = 0
    error: str | None = None


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    merged: bool = False  # the cross-paper people merge ran
    kept: list[str] = field(default_factory=list)  # folders that listed no file: their papers were kept
    # path -> what its reader saw of the file, for the public copy (public_files.ReaderNotes)
    reader_notes: dict = field(default_factory=dict, repr=False)

    def count(self, *statuses: str) -> int:
        return sum(1 for o in self.outcomes if o.status in statuses)

    @property
    def pages(self) -> int:
        return sum(o.pages for o in self.outcomes if o.status in ("ok",))

    @property
    def failed(self) -> int:
        return self.count("error", "no_text", "failed_before")

    def line(self) -> str:
        again = self.count("failed_before")
        failed = f"{self.failed} failed" + (f" ({again} unchanged, failed before)" if again else "")
        parts = [f"{self.count('ok')} ok", f"{self.count('skipped')} skipped", failed]
        if self.count("duplicate"):
            parts.append(f"{self.count('duplicate')} duplicates")
        if self.count("hidden"):
            parts.append(_counted(self.count("hidden"), "hidden or system file") + " left out")
        if self.count("hidden folder"):
            parts.append(_counted(self.count("hidden folder"), "hidden or system folder") + " left out (name one to ingest it)")
        if self.count("removed"):
            parts.append(f"{self.count('removed')} removed (their files are gone)")
        parts += [f"no file found in {folder}: its papers kept" for folder in self.kept]
        rate = f", {self.pages / self.seconds:.0f} pages/s" if self.seconds > 0 and self.pages else ""
        return f"documents: {', '.join(parts)}; {self.pages} pages in {self.seconds:.1f}s{rate}"


def _counted(n: int, thing: str) -> str:
    """'1 hidden or system file', '2 hidden or system files': the summary line a newcomer reads first."""
    return f"{n} {thing}" + ("" if n == 1 else "s")


class Hidden(str):
    """A hidden or system file in a folder (.DS_Store, Thumbs.db, an Office lock file ~$...):
    left out without a row, but counted in the run's summary."""


class HiddenFolder(Hidden):
    """A hidden or system folder in a folder (.git, __MACOSX, __pycache__): not walked, no row,
    but counted in the run's summary; its papers were left out with no word said of them."""


# names a folder of papers holds that are never papers: a desktop's or an editor's own files
SYSTEM_NAMES = {"thumbs.db", "desktop.ini", "ehthumbs.db"}


def is_hidden(name: str) -> bool:
    return name.startswith((".", "~$", "__")) or name.lower() in SYSTEM_NAMES


class LinkedOutside(str):
    """A path found in a folder that is a link to a file outside that folder: recorded, not read.
    Whoever can put a file in the papers folder could otherwise publish any file the ingest can
    read (a link named minutes.txt to /etc/passwd, or to a restricted paper kept elsewhere)."""

    reason = ("a link to a file outside the folder being ingested: not read "
              "(name the file itself on the command line to ingest it)")


class LinkedFolder(str):
    """A link to a folder, found in a folder: recorded, not followed. Followed, a link to a folder
    above it ('loop -> .') would list the same papers for ever, and one elsewhere would read what
    was never put in the folder; left out unsaid, its papers were missing with no word why."""

    reason = ("a link to a folder: not followed (it may lead back up, or out of the folder being ingested); "
              "name the folder itself on the command line to ingest it")


def iter_files(paths: Iterable[str]) -> Iterator[str]:
    """Every file under the given paths, in a stable order (hidden and system files marked Hidden);
    a named file is always tried. A file whose name does not say its format is read by its content
    or recorded as unsupported, never left out unsaid."""
    for path in paths:
        if os.path.isdir(path):
            top = os.path.realpath(path)
            for root, dirs, files in os.walk(path):
                for name in sorted(d for d in dirs if d.startswith((".", "__"))):
                    yield HiddenFolder(os.path.abspath(os.path.join(root, name)))  # counted, never read
                dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
                for name in [d for d in dirs if os.path.islink(os.path.join(root, d))]:
                    yield LinkedFolder(os.path.abspath(os.path.join(root, name)))  # os.walk does not follow it
                for name in sorted(files):
                    if is_hidden(name):
                        yield Hidden(os.path.abspath(os.path.join(root, name)))
                        continue
                    found = os.path.abspath(os.path.join(root, name))
                    inside = os.path.commonpath([top, os.path.realpath(found)]) == top
                    yield found if inside else LinkedOutside(found)
        else:
            yield os.path.abspath(path)


KINDS = {stat_module.S_ISFIFO: "a named pipe", stat_module.S_ISCHR: "a character device",
         stat_module.S_ISBLK: "a block device", stat_module.S_ISSOCK: "a socket", stat_module.S_ISDIR: "a folder"}


BAD_NAME = "the file name is not valid UTF-8 (its bytes are shown as \\x escapes): not read; rename the file to ingest it"


def undecodable_name(path: str) -> str | None:
    """The path with \\x escapes when its name holds bytes that are not UTF-8, else None.
    Python reads such a name with lone surrogates, which no database text can hold: writing the
    paper's row failed and stopped the whole run."""
    try:
        path.encode("utf-8")
        return None
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


class NotARegularFile(OSError):
    pass


def _kind_reason(mode: int) -> str | None:
    if stat_module.S_ISREG(mode):
        return None
    kind = next((name for test, name in KINDS.items() if test(mode)), "not a file")
    return f"not a regular file ({kind}): not read"


def _not_regular(path: str) -> str | None:
    try:
        return _kind_reason(os.stat(path).st_mode)
    except OSError as e:
        return f"cannot open: {e.strerror or e}"


def sha256_of(path: str) -> str:
    """The hash of a regular file's bytes. Opened without blocking and checked before reading:
    a FIFO named *.txt or a link to /dev/zero would otherwise block or never end."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as f:
        reason = _kind_reason(os.fstat(fd).st_mode)
        if reason:
            raise NotARegularFile(reason)
        h = hashlib.sha256()
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def parse_file(path: str, sha256: str, ocr: bool | None = None, extract: bool = True, pipeline: str | None = None) -> dict:
    """Everything per-document, as plain picklable data: runs in a worker process."""
    rec = {"path": path, "sha256": sha256, "format": format_of(path) or "unknown", "size": _size(path)}
    try:
        if not os.path.exists(path):
            raise ReadError("file not found")
        rec["format"] = file_format(path) or "unknown"
        report(path)
        _checkpoint("read", os.path.basename(path))
        doc = read_document(path, ocr=ocr)
        # a paper too long to read within its budget: its start is read for structure and facts,
        # the rest kept as text (reading_window.py)
        shown, unread = reading_window(doc)
        structure = find_structure(shown)
        if unread:
            last = structure.passages[-1] if structure.passages else None
            kept = replace(structure, passages=structure.passages + unread_passages(unread, last, Passage))
            rec.update(document_record(doc, kept))
            doc.notes.append(unread_note(doc))
        else:
            rec.update(document_record(doc, structure))
        if cut := cut_pages_note(doc):  # a PDF page of over 200,000 characters: stored in part
            doc.notes.append(cut)
        rec["status"] = "ok"
        if extract:
            from ..extract.run import extract_document

            try:
                rec["facts"] = extract_document(shown, structure, pipeline=pipeline)
            except MemoryError:
                rec["error"] = f"read, but fact extraction stopped: {limits_module.current().over_memory()}"
            except Exception as e:  # keep the text, pages and structure; say what was not extracted
                rec["error"] = f"read, but fact extraction stopped: {failure_reason(e, limits_module.current())}"
        if doc.notes and "error" not in rec:  # after extraction, which may add one; a failure says more
            rec["error"] = "read, but " + "; ".join(doc.notes)
    except ReadError as e:
        rec.update(status=e.status, error=e.reason)
    except MemoryError:
        rec.pop("pages", None)
        rec.update(status="error", error=limits_module.current().over_memory())
    except Exception as e:  # a bug or a library failure on one file must not stop the run
        if no_memory(e):
            rec.pop("pages", None)
        rec.update(status="error", error=failure_reason(e, limits_module.current()))
    return rec


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def document_record(doc, structure) -> dict:
    restricted_items = any(i.restricted for i in structure.items)
    withheld = restricted_pages(doc, structure)
    return {
        "annotated_pages": doc.annotated_pages,
        "title": doc.title or next((b.text for b in doc.blocks if b.kind == "heading"), "")[:200],
        "kind": structure.kind,
        "no_meeting_reason": structure.no_meeting_reason,
        "restricted": wholly_restricted(doc, structure, withheld),
        "has_restricted_items": restricted_items,
        "pages": [{"page": p.number, "text": stored_page_text(p.text), "restricted": p.number in withheld, "blank": p.blank}
                  for p in doc.pages],
        "meetings": [
            {"body": m.body, "date": m.date, "page": m.page, "start_time": m.start_time, "venue": m.venue,
             "role": m.role, "next_meeting": m.next_meeting, "found_by": m.found_by}
            for m in structure.stored_meetings
        ],
        "items": [
            {"meeting": structure.real_meeting(i.meeting), "number": i.number, "title": i.title, "page": i.page,
             "presenter": i.presenter, "pages": i.pages, "restricted": i.restricted}
            for i in structure.items
        ],
        "passages": [
            {"page": p.page, "text": p.text, "heading": p.heading, "meeting": structure.real_meeting(p.meeting),
             "item": p.item, "kind": p.kind, "restricted": p.restricted}
            for p in structure.passages
        ],
    }


def ingest(
    paths: Iterable[str],
    db_path: str,
    workers: int = 1,
    ocr: bool | None = None,
    extract: bool = True,
    pipeline: str | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    files: list[str] | None = None,
    on_ocr_page: Callable[[str, int, int, int], None] | None = None,
    cluster: str | None = None,
    limits: Limits | None = None,
    on_wait: Callable[[], None] | None = None,
) -> Summary:
    """Ingest the files under `paths` into the database at `db_path`; one ingest at a time per
    database (a second one calls `on_wait`, then waits for the first).

    `on_outcome` hears of each file as it is stored; `on_ocr_page(path, page, done, total)` of
    each scanned page as OCR finishes it. Each paper is read in a local worker process held to
    `limits`, or, with `cluster` ("tcp://HOST:8786" or "local"), on Dask workers."""
    from .ocr import cache_path_for, ocr_settings

    cores = os.cpu_count() or 1
    # OCR processes share the cores with the parse workers; the cache sits beside the archive
    with ocr_settings(cache_path=cache_path_for(db_path), on_page=on_ocr_page,
                      workers=max(1, cores // max(1, workers))):
        return _ingest(paths, db_path, workers, ocr, extract, pipeline, on_outcome, files, limits, on_wait, cluster)


def _ingest(paths, db_path, workers, ocr, extract, pipeline, on_outcome, files, limits, on_wait,
            cluster=None) -> Summary:
    started = time.perf_counter()
    files = files if files is not None else list(iter_files(paths))
    with ingest_lock(db_path, on_wait):
        db = open_db(db_path)
        try:
            summary = _run(db, files, workers, ocr, extract, pipeline, on_outcome, limits or Limits(), cluster, db_path,
                           folders_of(paths))
        finally:
            db.close()
        changed = summary.count("ok", "error", "no_text", "duplicate", "removed") or summary.merged
        publish_archive(db_path, changed=bool(changed),
                        reader_notes=summary.reader_notes)
    summary.seconds = time.perf_counter() - started
    return summary


def _run(db, files, workers, ocr, extract, pipeline, on_outcome, limits, cluster=None, db_path=None,
         folders=()) -> Summary:
    summary = Summary()

    def done(outcome: Outcome):
        summary.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    todo, stats = _triage(db, files, done)
    for path in gone_papers(known_files(db), folders, listed(files)):
        if remove_paper(db, path):
            done(Outcome(path, "removed"))
    summary.kept = empty_folders(known_files(db), folders, listed(files))

    prepared: list[bool] = []

    def store(rec: dict):
        if db_path and not prepared:
            # the workers read on meanwhile (each holds its next paper): an empty public copy made
            # now is work taken out of the serial end, when only this process runs
            prepared.append(True)
            prepare_copy(db_path)
        # the stat taken before hashing: a file changed while it was read is hashed again next time
        rec["size"], rec["mtime_ns"] = stats.get(rec["path"], (rec.get("size"), None))
        write_record(db, rec)
        if rec["status"] == "ok" and rec.get("annotated_pages") is not None:
            notes = ReaderNotes(rec["sha256"], rec["size"], rec["mtime_ns"], tuple(rec["annotated_pages"]))
            summary.reader_notes[rec["path"]] = notes
            if db_path and rec["format"] == "pdf" and not rec.get("restricted"):
                withheld = sorted(p["page"] for p in rec["pages"] if p["restricted"])
                stage_pdf(db_path, rec["path"], rec["sha256"], withheld, notes)
        done(Outcome(rec["path"], rec["status"], len(rec.get("pages") or []), rec.get("error")))

    parse_all(todo, store, workers, ocr, extract, pipeline, limits, cluster)
    _checkpoint("merge")
    summary.merged = finish_cross_paper(db, extract, workers)
    return summary


def parse_all(todo: list[tuple[str, str]], store: Callable[[dict], None], workers: int, ocr, extract: bool,
              pipeline: str | None, limits: Limits, cluster: str | None = None) -> None:
    """Parse every (path, sha256) in local worker processes or on a Dask cluster, handing each
    record (or its failure) to `store` in this process as it comes."""
    def failure(path: str, sha: str, reason: str) -> dict:
        return {"path": path, "sha256": sha, "format": format_of(path) or "unknown", "status": "error",
                "error": reason}

    if cluster and todo:
        from .cluster import parse_on_cluster

        parse_on_cluster(cluster, todo, ocr, extract, pipeline, store, limits=limits)
    elif todo:
        _warm_up(extract, pipeline)
        options = {"ocr": ocr, "extract": extract, "pipeline": pipeline}
        parse_in_workers(todo, workers, limits, options, store, failure, on_start=lambda: _checkpoint("parse"))


def finish_cross_paper(db, extract: bool, processes: int = 1) -> bool:
    """The work across papers left to do (also when every paper was skipped, if an earlier run
    wrote papers and was stopped before it finished this); True when any ran. The actions'
    linking uses `processes` processes (the ingest's workers, idle by then)."""
    from .authority import finish_authorities

    # an upgraded archive's papers are given their authorities first: people are merged by them
    filled = finish_authorities(db)
    if not extract:
        return filled
    merged = finish_merge(db, _merge_across_papers)
    # one action across a body's meetings, for every body whose papers changed
    linked = finish_links(db, processes)
    if linked:
        from .merge_people import drop_unnamed_people

        with db.atomic():
            drop_unnamed_people(db)
    return linked or merged or filled


def _merge_across_papers(db) -> None:
    """One person across papers; then a bare body's name from its authority as the archive names it (once the
    people merge has settled the papers' authorities), its actions to be linked again under the new name."""
    from .body_names import name_bare_bodies, one_name_per_series
    from .merge_people import resolve_archive

    resolve_archive(db)
    links_pending(db, name_bare_bodies(db))
    one_name_per_series(db)


def write_record(db, rec: dict) -> None:
    """Commit one parsed paper in its own transaction (or its failure, keeping what an earlier
    good version left)."""
    if rec["status"] == "ok":
        with db.atomic():
            old = known_document(db, rec["path"])
            bodies = bodies_of_documents(db, [old["id"]]) if old else set()  # the bodies it spoke for before
            bodies |= bodies_of_documents(db, [write_document(db, rec)])
            if rec.get("facts"):
                merge_pending(db)  # in the same transaction: a kill after it leaves the merge to do
                links_pending(db, bodies)  # and the linking of its bodies' actions across meetings
            _checkpoint("write")
    else:
        record_failure(db, rec)


def _triage(db, files: list[str], done) -> tuple[list[tuple[str, str]], dict[str, tuple[int, int]]]:
    """Which files to parse; every other file gets its outcome (and, unless skipped, its row) here."""
    todo: list[tuple[str, str]] = []
    stats: dict[str, tuple[int, int]] = {}
    seen_hashes: dict[str, str] = {}
    known = known_files(db)
    for path in files:
        if isinstance(path, Hidden):
            done(Outcome(path, "hidden folder" if isinstance(path, HiddenFolder) else "hidden"))
            continue
        old = known.get(path)
        fmt = format_of(path) or "unknown"
        shown = undecodable_name(path)
        if shown is not None:
            record_failure(db, {"path": shown, "sha256": None, "format": fmt, "status": "error", "error": BAD_NAME})
            done(Outcome(shown, "error", error=BAD_NAME))
            continue
        if isinstance(path, (LinkedOutside, LinkedFolder)):
            # a link to /dev/zero is said as such
            reason = path.reason if isinstance(path, LinkedFolder) else _not_regular(path) or path.reason
            record_failure(db, {"path": path, "sha256": None, "format": fmt, "status": "error", "error": reason})
            done(Outcome(path, "error", error=reason))
            continue
        try:
            st = os.stat(path)
            stat = (st.st_size, st.st_mtime_ns)
            if old and old["status"] == "ok" and _same_stat(old, stat):
                seen_hashes.setdefault(old["sha256"], path)
                done(Outcome(path, "skipped"))  # same size and time: not even opened
                continue
            if old and _failed_unchanged(old, stat):
                done(Outcome(path, "failed_before", error=old["error"]))
                continue
            sha = sha256_of(path)
        except OSError as e:
            reason = str(e) if isinstance(e, NotARegularFile) else f"cannot open: {e.strerror or e}"
            record_failure(db, {"path": path, "sha256": None, "format": fmt, "status": "error", "error": reason})
            done(Outcome(path, "error", error=reason))
            continue
        if old and old["sha256"] == sha and old["status"] == "ok":
            remember_stat(db, old["id"], *stat)
            seen_hashes.setdefault(sha, path)
            done(Outcome(path, "skipped"))
            continue
        if stat[0] == 0:  # every empty file is its own failure, never a duplicate of another
            rec = {"path": path, "sha256": sha, "format": fmt, "status": "error", "error": "empty file", "size": 0,
                   "mtime_ns": stat[1]}
            record_failure(db, rec)
            done(Outcome(path, "error", error="empty file"))
            continue
        twin = seen_hashes.get(sha)
        if twin is None and (not old or old["status"] == "duplicate"):
            twin = (document_with_hash(db, sha) or {}).get("path")
        if twin and twin != path and os.path.exists(twin):
            reason = f"same content as {twin}"
            record_failure(db, {"path": path, "sha256": sha, "format": fmt, "status": "duplicate", "error": reason,
                                "size": stat[0], "mtime_ns": stat[1]})
            done(Outcome(path, "duplicate", error=reason))
            continue
        seen_hashes[sha] = path
        stats[path] = stat
        todo.append((path, sha))
    return todo, stats


def listed(files: list[str]) -> set[str]:
    """The paths the folder listing found, as the archive records them (a name that is not
    UTF-8 by its escaped form)."""
    return {undecodable_name(p) or str(p) for p in files}


def _warm_up(extract: bool, pipeline: str | None) -> None:
    """Load the readers and the spaCy pipeline once, here: workers are forked from this process,
    so none spends a paper's time budget loading them (a replaced worker included)."""
    from . import read_docx, read_html, read_pdf, read_text  # noqa: F401

    if extract:
        from ..extract.nlp import load_pipeline
        from ..extract.run import extract_document  # noqa: F401

        load_pipeline(pipeline)


def _same_stat(old: dict, stat: tuple[int, int]) -> bool:
    """Whether the file has the size and time recorded for it. A touched failed file is read again
    even when its bytes are the same: touching it is how to retry after raising the limits or
    installing OCR."""
    return old["mtime_ns"] is not None and (old["size"], old["mtime_ns"]) == stat


def _failed_unchanged(old: dict, stat: tuple[int, int]) -> bool:
    """A file that failed as it is now: reading it again would fail again, and recording that
    again would make every run rebuild the public copy."""
    return old["status"] in ("error", "no_text") and not keeps_earlier_version(old) and _same_stat(old, stat)


def publish_archive(db_path: str, changed: bool = True, reader_notes: dict | None = None) -> None:
    """The public copy and public files, brought up to date once per ingest, so that serving
    never has to build them. `reader_notes` (path -> ReaderNotes) spare reading again what this
    ingest's readers saw of the files."""
    from .public_files import files_current, publish_files
    from .publish import is_current, publish, take_prepared

    take_prepared(db_path)  # an empty copy made while the papers were read, when there was none
    if changed or not is_current(db_path):
        publish(db_path)
        _checkpoint("publish")
        publish_files(db_path, reader_notes)
    elif not files_current(db_path):  # a run stopped between the copy and the files
        publish_files(db_path, reader_notes)


def _checkpoint(stage: str, name: str = "") -> None:
    """Fault injection for the kill-at-every-stage tests: MINUTEBOOK_KILL_AT=parse|write|merge|publish
    kills the run, and read:FILENAME the worker reading that file, with SIGKILL when it reaches
    that stage (no cleanup, as kill -9 or a crash inside a library); see _first_time."""
    if os.environ.get("MINUTEBOOK_KILL_AT") in (stage, f"{stage}:{name}") and _first_time():
        os.kill(os.getpid(), signal.SIGKILL)


def _first_time() -> bool:
    """With MINUTEBOOK_KILL_ONCE=FLAG the kill happens only where FLAG did not exist yet (a
    crash that a second try does not meet); without it, every time."""
    flag = os.environ.get("MINUTEBOOK_KILL_ONCE")
    if not flag:
        return True
    try:
        os.close(os.open(flag, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        return True
    except FileExistsError:
        return False
