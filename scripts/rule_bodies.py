"""Which bodies' papers each wording rule matches on (issue 7: no rule for one body only).

    python scripts/rule_bodies.py ../shared/wild ../shared/real ../shared/series ../shared/seeds corpus \
        --ocr-cache /tmp/wild.db.ocr-cache --json /tmp/rule_bodies.json

Every regular expression held at module level in minutebook.extract and minutebook.ingest (bare,
behind a literal gate or tried at digits only) is wrapped in a probe for the run; each paper is then read, structured,
extracted and stored in a scratch archive as an ingest does, and a probe notes the paper's authority (ingest/authority.py,
the one the archive stores) each time its pattern matches. The work across papers then runs on the scratch archive:
the people merge, whose grouping is run once per authority first for the probes to note it, the naming of bare bodies,
noted under the authority that names them, and the linking body by body, as for --archive below. A pattern that matches on one
authority's papers only is a rule to look at: a second body where it is right, a wider
mechanism, or its removal. A match is not a use: a pattern can match and its rule still decline,
so the list is where to read, not a verdict. Not covered: patterns compiled inside functions, or held in
lists or tuples under no name of their own (a named pattern a list or tuple also holds, as ingest/dates.py's
PATTERNS holds welsh.DATE_RE, is probed there too). A pattern imported by another module is named after the first
module that holds it in the order extract/ then ingest/, alphabetically ('extract.attendance_facts.ROLE_TITLE_RE'
is registry.py's), not always the one that defines it: the names are kept as they are for comparing runs.

The linking across a body's meetings (ingest/store_action_links.py) runs on an archive: with
--archive DB (a built archive; the tool relinks a copy of it, body by body) it is probed on that
archive's papers too, each body's matches counted under the authority its papers name. Rules that are
predicates rather than patterns (RULE_FUNCTIONS below) are probed the same way: one fires when
it returns something true. With --before JSON (an earlier run's --json) the counts of patterns
matching no body and one body are printed before and after, with the patterns that moved.

A pattern that matches no body's paper is either a general format documented in DOCUMENTED_FORMATS, which
tests/test_general_formats.py builds a paper for (and checks that this audit sees each one match there), or a rule
still to be shown, generalised or removed: the two are counted apart.

A paper that names no authority counts under its meeting's body; one with neither counts under the body its
folder's SOURCES.md lists for it, marked ' (listed)' (listed_bodies); one the listing does not name either counts
under its file name ('?name') and not as a body."""

from __future__ import annotations

import argparse
import collections
import contextlib
import importlib
import json
import pkgutil
import re
import sys
import tempfile
from pathlib import Path

import minutebook.extract
import minutebook.ingest
from minutebook.extract.digit_scan import DigitLed
from minutebook.extract.literal_gate import Gated
from minutebook.ingest.sniff import sniffed_format

WRAPPERS = (Gated, DigitLed)  # a pattern behind a literal gate, or tried at digits only: the pattern inside is probed

# the papers an ingest reads: these names, and a file whose content says it is one (a council page saved as .php)
SUFFIXES = {".pdf", ".html", ".htm", ".md", ".txt", ".docx"}
# patterns that read no paper's wording, so no body can exercise them: they are listed apart and not counted
NOT_WORDING = {
    "extract.number_gate._HEAD": "reads our own patterns' text (which words gate a pattern)",
    "extract.number_gate._WORD": "reads our own patterns' text (which words gate a pattern)",
    "extract.array_matcher.QUANTIFIER": "reads our own spaCy rules' quantifiers",
    "ingest.public_files._URI": "reads the bytes of a served PDF copy's links",
    "ingest.public_files._ESCAPE": "reads the bytes of a served PDF copy's links",
    "ingest.public_files._ACTION_MARK_RE": "reads the bytes of a served PDF copy for the actions it may carry",
    "ingest.publish.PATH_RE": "takes local paths out of published error messages",
    "ingest.recent_index._TOKENIZE": "reads the archive's own SQL schema",
    "extract.sentence_model._LEAD_RE": "the trained sentence signal's features (off by default)",
    "extract.sentence_model._SPACE_RE": "the trained sentence signal's features (off by default)",
    "extract.sentence_model._WORD_RE": "the trained sentence signal's features (off by default)",
    "ingest.read.LONG_SPACE_RE": "bounds a hostile paper's runs of spaces (bad input), whatever its words",
    "ingest.read.LONG_BREAK_RE": "bounds a hostile paper's runs of line breaks (bad input), whatever its words",
    "ingest.reading_window._SENTENCE_END": "cuts a block longer than any paragraph (a paper printed as one line, bad "
                                           "input) at a sentence's end, whatever its words",
    "ingest.reading_window._MARKING_WORD": "withholds the unread part of a paper too long to read in its budget (bad "
                                           "input) at any word an exempt marking holds: errs towards withholding",
    "ingest.sniff.TAG_RE": "reads a file's bytes for HTML markup when its name does not say its format",
    "ingest.sniff.OPENS_WITH_MARKUP_RE": "reads a file's bytes for HTML markup when its name does not say its format",
    "ingest.text_layer.WORD_RE": "tells a PDF text layer that is language from glyph numbers read as letters",
    "ingest.text_layer.ODD_RE": "counts the code points glyph numbers land on, to tell a text layer that is language",
}
# general formats no shared paper prints, or one body's papers only, each documented here and matched by a paper that
# tests/test_general_formats.py builds (and checks that this audit sees each one match there): counted as
# matching the bodies they match, and listed apart from the patterns that match nothing or one body's papers
DOCUMENTED_FORMATS = {
    "extract.due.MONTH_DEADLINE_RE": "a due date before a month or at its end: 'before April' (end of March), 'by April', "
                                     "'by the end of May'",
    "extract.actions.INLINE_MARKER_RE": "an action marked at its paragraph's end: '(Action: JH)'",
    "extract.action_tables.HEADER_DUE_RE": "an action log's due column: 'Due', 'Deadline', 'By when'",
    "ingest.paper_kind.ACTION_LOG_RE": "an action log's title: 'Action log'",
    "extract.action_status.BLANKET_RE": "every action closed at once: 'All other actions from the previous meeting were completed'",
    "extract.action_status.HOPED_RE": "a deed hoped for is not done: 'hoped to have received the three quotes by the next "
                                      "meeting' (Manordeilo and Salem's is the paper's own new action, not read as news)",
    "extract.statistics.MINUS_RE": "a negative figure: 'fell by −5%'",
    "extract.statistics.MONEY_WORDS_RE": "money in words: '500 pounds'",
    "ingest.read_text.MD_HEADING_RE": "Markdown headings: '## 2. Maintenance'",
    "extract.planning_response.NOT_OURS_RE": "a 'no objections' that is not the council's answer: a condition ('If there "
                                             "are no objections ...'), a neighbour's ('Neighbours raised no objections')",
    "extract.planning_response.REPORTED_DECISION_RE": "the planning authority's decisions listed to a council: 'Planning "
                                                      "decisions received: ... No objection 3 May 2024 Delegated Decision'",
    "ingest.next_meetings._WEEKDAY_DAY_RE": "a next meeting by its weekday and day with no month: 'Next meeting: Tues "
                                            "9th' (the first such day after the meeting whose weekday fits)",
    # formats one body's papers print here, shown again on a built paper
    "extract.actions.COMPLETED_RE": "an action's closing status: 'Completed', '... (DONE)'",
    "extract.statistics.CITED_RE": "a figure in a citation of a code's section: 'State Code § 414.12' (Des Moines)",
    # a task to pay closed by a later payments list (ingest/payments_made.py): the one shared body whose payments list
    # names how each was paid is Manordeilo and Salem; a built parish council's minutes show it again
    "ingest.payments_made.PAID_BY_RE": "a payment line naming how it was paid: 'Chq No 204 £75.00', 'BACS £310.50'",
    "ingest.payments_made.SUM_AT_END_RE": "a payment line ending in its sum: '... Chq No 204 £75.00'",
    "ingest.payments_made.NOT_PAID_RE": "a task to query or withhold a payment is no task to pay: 'to query the invoice'",
    "ingest.payments_made.PROSE_RE": "a sentence telling of a payment is no line of the list: 'the invoice was paid by cheque'",
    "extract.action_matter.MINUTE_NUMBER_RE": "a numbered sub-item within a paragraph: '6.1 It was agreed ... Clerk to "
                                             "action. 6.2 It was agreed ...'",
    # the Welsh language's own words (one shared body, Manordeilo and Salem, prints Welsh): a language, not one paper's
    # wording; the built paper is a second Welsh community council's minutes
    "ingest.welsh.MONTH_HINT_RE": "a Welsh month's name, asked before the Welsh date reader runs: 'Mehefin'",
    "ingest.welsh.COUNCIL_RE": "a Welsh council's name: 'Cyngor Cymuned Llangadog a Bethlehem'",
    "ingest.welsh.HEAD_WORD_RE": "Welsh words of a paper's head: 'CYNGOR CYMUNED', 'CYFARFOD'",
    "ingest.welsh.WELSH_HINT_RE": "a passage in Welsh: 'Cynhaliwyd cyfarfod', 'cofnodion'",
    "extract.attendance_facts.ATTENDANCE_HINT_RE": "Welsh attendance labels: 'PRESENNOL', 'ymddiheuriadau'",
    "extract.passage_decisions.CUT_AT_TITLE_RE": "a Welsh motion's line cut after a councillor's title: '... eiliwyd gan y Cyng.'",
    "extract.welsh_decisions.WELSH_DECISION_RE": "Welsh decision words: 'Cytunwyd', 'Penderfynwyd', 'Cymeradwywyd'",
    "extract.welsh_decisions.WELSH_MOTION_RE": "a Welsh motion's mover and seconder: 'Cynigiwyd gan X, eiliwyd gan Y'",
    "extract.welsh_decisions._CARRIED_RE": "a Welsh motion carried: 'pawb yn gytûn', 'yn unfrydol'",
    "ingest.welsh.DATE_RE": "a Welsh date: 'Dydd Mercher 14eg Mehefin 2023' (held in ingest/dates.py's list of date forms)",
    # session 20's patterns matching one body's papers or none (audit20): general wordings and layouts, each on a built paper
    "ingest.read_text.CELL_SPLIT_RE": "a Markdown table's or a tab-separated line's cells: '| 1 | Renew the hall's "
                                      "insurance | Priya Shah |'",
    "extract.actions.IN_FUTURE_RE": "a standing arrangement is no task: 'In future, hall bookings will be handled by the "
                                    "Clerk' (Souldern's is also a report: 'It was noted that in future ...')",
    "extract.decision_process.HABITUAL_RE": "a habit told in the present tense is no decision: 'The precept is agreed "
                                            "annually in January'",
    "extract.people.CLAUSE_VERB_RE": "a guest's sentence after a list is no post of its last name: '... and Ellen Hart "
                                     "(EH). ... Tom Reed, Director of Fenland Waste was in attendance.'",
    # registry.py's, named after the first module holding it
    "extract.attendance_facts.ROLE_TITLE_RE": "a role printed before a surname as a title, as US boards' roll calls do: "
                                              "'Chair Ramirez', 'Vice Chair Valencia'",
    "extract.attendance_runs.COLUMN_LABEL_RE": "a membership table's row running on into a column of labelled cells: "
                                               "'Mark Pogmore (MPO) | Councillor | Treasurer: | Frank Reid'",
}
# rules written as predicates: each fires where it returns something true, or, for a guard marked False, false
RULE_FUNCTIONS = (
    ("ingest.task_subjects.one_task_named", False),  # two papers' tasks alike only in the doing are two
    ("extract.statistic_facts._a_stated_speed", True),  # a speed said again without its unit
    ("extract.registry.Registry._same_sex", False),  # titles of different sex name two people
    ("ingest.due_meeting_decisions.settled_at", True),  # an action due at a meeting settled by its decision
    # an action's heading opening a sentence of the next paper held to take it up (or, in matters arising, its item's title named)
    ("ingest.recurring_titles.spoken_of_again", True),
)


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
    for module in modules:  # a pattern imported elsewhere is named after the first module holding it (see the docstring)
        for name, value in vars(module).items():
            pattern = value.pattern if isinstance(value, WRAPPERS) else value
            if isinstance(pattern, re.Pattern) and id(pattern) not in names:
                names[id(pattern)] = f"{module.__name__.split('.', 1)[1]}.{name}"
    probes: dict[int, Probe] = {}
    for module in modules:
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                probe = probes.setdefault(id(value), Probe(value, names[id(value)], seen, current))
                setattr(module, name, probe)
            elif isinstance(value, WRAPPERS) and isinstance(value.pattern, re.Pattern):
                pattern = value.pattern
                value.pattern = probes.setdefault(id(pattern), Probe(pattern, names[id(pattern)], seen, current))
    for module in modules:  # a named pattern a module also holds in a list or tuple ('cy_dmy', welsh.DATE_RE) is read there
        for name, value in list(vars(module).items()):
            if isinstance(value, list):
                value[:] = [_probed(item, probes) for item in value]
            elif isinstance(value, tuple) and (swapped := _probed(value, probes)) is not value:
                for holder in modules:  # every module holding the same tuple ('from .x import HEADS') reads the new one
                    for other, held in list(vars(holder).items()):
                        if held is value:
                            setattr(holder, other, swapped)
    return sorted(set(names.values()))


def _probed(item, probes: dict):
    """The item with each named pattern in it (itself, or one member of a tuple: ('cy_dmy', pattern)) its probe; the
    item itself when it holds none."""
    if isinstance(item, re.Pattern):
        return probes.get(id(item), item)
    if isinstance(item, tuple) and any(isinstance(i, re.Pattern) and id(i) in probes for i in item):
        return tuple(probes.get(id(i), i) if isinstance(i, re.Pattern) else i for i in item)
    return item


def answer_caches() -> list:
    """The memoised answers of extract/ and ingest/ (functools caches of more than a few entries; the small ones hold
    loaded models and name lists): cleared before each paper, or a pattern inside a cached function is noted only
    under the first paper that asks it a given name ('Norfolk CC' asked again by a second body's paper answered from
    the cache, its pattern unseen there)."""
    caches: dict[int, object] = {}  # a function imported elsewhere is one cache
    for package in (minutebook.extract, minutebook.ingest):
        for info in pkgutil.iter_modules(package.__path__):
            module = sys.modules.get(f"{package.__name__}.{info.name}")
            for value in vars(module).values() if module else ():
                limit = getattr(value, "cache_parameters", lambda: {"maxsize": 0})()["maxsize"]
                if hasattr(value, "cache_clear") and (limit is None or limit > 4):
                    caches[id(value)] = value
    return list(caches.values())


def install_function_probes(seen: dict, current: list) -> list[str]:
    """Wrap each predicate of RULE_FUNCTIONS where it is defined (a module, or a class of one), noting the current
    body when it answers as the rule fires."""
    names = []
    for qualified, fires in RULE_FUNCTIONS:
        owner_name, name = qualified.rsplit(".", 1)
        try:
            try:
                owner = importlib.import_module(f"minutebook.{owner_name}")
            except ImportError:  # 'extract.people.Registry': a class of the module before it
                module_name, class_name = owner_name.rsplit(".", 1)
                owner = getattr(importlib.import_module(f"minutebook.{module_name}"), class_name)
            function = getattr(owner, name)
        except (ImportError, AttributeError):
            continue

        def probe(*a, _function=function, _key=qualified + "()", _fires=fires, **k):
            result = _function(*a, **k)
            if bool(result) is _fires:
                seen[_key].add(current[0])
            return result

        setattr(owner, name, probe)
        names.append(qualified + "()")
    return names


def relink_archives(archives: list[str], current: list) -> None:
    """Relink a copy of each archive body by body, the probes noting the authority each body's papers name."""
    import shutil

    from minutebook.ingest.authority import authority_key
    from minutebook.ingest.store import open_db
    from minutebook.ingest.store_action_links import link_body

    for archive in archives:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "archive.db"
            shutil.copyfile(archive, copy)
            db = open_db(str(copy))
            # as the reading pass counts a paper: the authority it names, else its meeting's body's key
            rows = db.execute("""select m.body_key, coalesce(d.authority_key, ''), m.body, count(*) from meetings m
                join meeting_documents md on md.meeting_id = m.id join documents d on d.id = md.document_id
                group by 1, 2, 3 order by d.authority_key is null, 4 desc""").fetchall()
            authority: dict = {}
            for body_key, key, body, _ in rows:
                authority.setdefault(body_key, key or (authority_key(body) if body else None))
            for body_key in sorted({r[0] for r in db.execute("select distinct body_key from meetings")}, key=lambda k: k or ""):
                current[0] = authority.get(body_key) or f"?{body_key}"
                try:
                    link_body(db, body_key)
                except Exception as error:  # a body the linking fails on is reported, not fatal
                    print(f"failed: linking {body_key} of {archive}: {error!r}"[:300], file=sys.stderr)
            db.conn.close()


def store_paper(db, path: Path, doc, structure, facts: dict) -> None:
    """Write the paper into the scratch archive as the ingest does (its meetings' bare names qualified by the
    authority, a bare name joined to a placed one of the same date), the probes noting the paper's body."""
    from minutebook.ingest.pipeline import document_record, write_record

    write_record(db, {"path": str(path), "sha256": str(path), "format": path.suffix.lstrip(".").lower(), "size": None,
                      "status": "ok", "facts": facts} | document_record(doc, structure))


def merge_by_body(db, current: list) -> None:
    """The people merge and the naming of bare bodies across the scratch archive's papers. The merge groups each
    authority's spellings together, so the grouping is first run once per authority (its result discarded) for the
    probes to note that body; the naming is noted under the authority it names a body by."""
    import minutebook.extract.resolve as resolve
    import minutebook.ingest.body_names as body_names
    import minutebook.ingest.merge_people as merge_people
    from minutebook.ingest.authority import authority_key
    from minutebook.ingest.pipeline import _merge_across_papers

    group, qualified = merge_people.group_spellings, body_names.qualified

    def grouped_by_body(spellings):
        by_body = collections.defaultdict(list)
        for s in spellings:
            by_body[s.authority or ""].append(s)
        for body in sorted(by_body):
            current[0] = body or "?no authority"
            resolve._parts.cache_clear()  # a name another body's papers print is parsed again for this one
            group(by_body[body])
        current[0] = "?across bodies"
        return group(spellings)

    def qualified_for_body(body, authority, found_by):
        current[0] = authority_key(authority or "") or "?no authority"
        return qualified(body, authority, found_by)

    merge_people.group_spellings, body_names.qualified = grouped_by_body, qualified_for_body
    current[0] = "?across bodies"
    try:
        _merge_across_papers(db)
    finally:
        merge_people.group_spellings, body_names.qualified = group, qualified


LISTED = " (listed)"  # marks a body known from the folder's listing of its papers, not from the paper's own words


def known(bodies) -> list[str]:
    """The bodies named, a listed one once with the same body named by its papers ('kent' and 'kent (listed)')."""
    return sorted({b.removesuffix(LISTED) for b in bodies if not b.startswith("?")})


def counts(result: dict) -> tuple[int, int]:
    """(patterns matching no body, patterns matching one body)."""
    found = [len(known(bodies)) for bodies in result.values()]
    return found.count(0), found.count(1)


def papers(folders: list[str]) -> list[Path]:
    found = []
    for folder in folders:
        root = Path(folder)
        found += sorted(p for p in (root.rglob("*") if root.is_dir() else [root])
                        if p.is_file() and p.name not in ("SOURCES.md", "README.md")
                        and (p.suffix.lower() in SUFFIXES or sniffed_format(str(p))))
    return found


def listed_bodies(folder: Path) -> dict[str, str]:
    """{file name: body} from a SOURCES.md beside the papers, when it holds a table with a file column and a body
    column ('| local file | ... | body | ...', '| file | published by | ...'): where a paper names no authority and
    no meeting body, its source still says whose it is. The body is cut at its note in brackets or after a dash
    ('Welsh Technical Standards Board (NHS Wales / Welsh Government)', 'Souldern Parish Council - Annual Meeting')."""
    listing = folder / "SOURCES.md"
    if not listing.is_file():
        return {}
    found, columns = {}, None
    for line in listing.read_text(errors="replace").splitlines():
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")] if line.startswith("|") else None
        if not cells:
            columns = None
        elif columns is None:
            heads = [c.lower() for c in cells]
            file_at = next((i for i, c in enumerate(heads) if c in ("file", "local file")), None)
            body_at = next((i for i, c in enumerate(heads) if c in ("body", "published by")), None)
            columns = (file_at, body_at) if file_at is not None and body_at is not None else ()
        elif columns and len(cells) > max(columns) and not set(cells[0]) <= set("-: "):
            found[cells[columns[0]]] = re.split(r"\s+\(|\s+[-–]\s+", cells[columns[1]])[0]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--ocr-cache", help="an archive's OCR cache (DB.ocr-cache), so scans are not OCRed again")
    parser.add_argument("--json", help="write {pattern: [bodies]} here")
    parser.add_argument("--at-most", type=int, default=1, help="list the patterns matching on this many bodies or fewer")
    parser.add_argument("--archive", action="append", default=[], help="a built archive whose linking is probed too "
                        "(a copy of it is relinked); may be given more than once")
    parser.add_argument("--before", help="an earlier run's --json: print the counts before and after")
    args = parser.parse_args(argv)

    seen: dict[str, set[str]] = collections.defaultdict(set)
    current = [""]
    every = install_probes(seen, current) + install_function_probes(seen, current)
    caches = answer_caches()
    from minutebook.extract.run import extract_document
    from minutebook.ingest.authority import authority_key, find_authority
    from minutebook.ingest.ocr import ocr_settings
    from minutebook.ingest.read import read_document
    from minutebook.ingest.store import open_db
    from minutebook.ingest.structure import find_structure

    settings = ocr_settings(cache_path=args.ocr_cache) if args.ocr_cache else contextlib.nullcontext()
    scratch = tempfile.TemporaryDirectory()
    db = open_db(str(Path(scratch.name) / "scratch.db"))
    listings: dict[Path, dict[str, str]] = {}
    with settings:
        for path in papers(args.folders):
            current[0] = f"?{path.name}"  # until the paper names its authority
            for cache in caches:
                cache.cache_clear()
            try:
                doc = read_document(str(path))
                structure = find_structure(doc)
                meetings = structure.stored_meetings
                bodies_named = [m.body for m in meetings[:1] if m.body]
                found = find_authority(doc.title or "", [p.text for p in doc.pages], bodies_named)
                # a paper that names no authority is its meeting's body's, as the people merge would place it
                key = found.key if found is not None else authority_key(bodies_named[0]) if bodies_named else None
                if not key:  # nor does its meeting: the listing of its folder may say whose it is, marked as such
                    folder = path.resolve().parent
                    listed = listings.setdefault(folder, listed_bodies(folder)).get(path.name)
                    key = authority_key(listed) + LISTED if listed else None
                if key:
                    current[0] = key
                    for bodies in seen.values():  # what reading matched before the authority was known
                        if f"?{path.name}" in bodies:
                            bodies.discard(f"?{path.name}")
                            bodies.add(key)
                store_paper(db, path, doc, structure, extract_document(doc, structure))
            except Exception as error:  # a paper the pipeline fails on is reported, not fatal
                print(f"failed: {path}: {error!r}"[:300], file=sys.stderr)
    merge_by_body(db, current)
    db.conn.close()
    relink_archives([str(Path(scratch.name) / "scratch.db")] + args.archive, current)
    scratch.cleanup()
    result = {name: sorted(seen.get(name, ())) for name in every if name not in NOT_WORDING}
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    for name, bodies in sorted(result.items(), key=lambda kv: (len(known(kv[1])), kv[0])):
        if len(known(bodies)) <= args.at_most:
            print(f"{len(known(bodies))}  {name:<48} {', '.join(bodies) or '-'}")
    print("not counted, reading no paper's wording: " + ", ".join(f"{n} ({why})" for n, why in NOT_WORDING.items() if n in every))
    none, one = counts(result)
    documented = [name for name, bodies in result.items() if name in DOCUMENTED_FORMATS and not known(bodies)]
    print("documented general formats no paper here prints (tests/test_general_formats.py builds one for each): "
          + ", ".join(f"{n} ({DOCUMENTED_FORMATS[n]})" for n in documented))
    print(f"of the {none} matching no body, {len(documented)} are documented formats and {none - len(documented)} are not")
    documented_one = [name for name, bodies in result.items() if name in DOCUMENTED_FORMATS and len(known(bodies)) == 1]
    print(f"of the {one} matching one body's papers, {len(documented_one)} are documented formats a built paper prints "
          f"too ({', '.join(documented_one) or '-'}) and {one - len(documented_one)} are not")
    print(f"{len(result)} patterns and rules: {none} match no body, {one} one body's papers only")
    if args.before:
        before = {name: bodies for name, bodies in json.loads(Path(args.before).read_text()).items() if name not in NOT_WORDING}
        was_none, was_one = counts(before)
        print(f"before: {len(before)}: {was_none} no body, {was_one} one body; now: {len(result)}: {none} no body, {one} one body")
        for name in sorted(set(before) | set(result)):
            old, new = (len(known(d[name])) if name in d else None for d in (before, result))
            if old != new and (old is None or new is None or min(old, new) <= args.at_most):
                print(f"  {name:<52} {'-' if old is None else old} -> {'gone' if new is None else new}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
