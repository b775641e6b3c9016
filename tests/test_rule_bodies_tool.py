"""The issue-7 audit (scripts/rule_bodies.py): it counts the bodies whose papers each rule matches on, and a
pattern tried at digits only or a rule written as a predicate is probed like any other pattern."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_audit_counts_patterns_and_predicates_per_body(tmp_path):
    before = tmp_path / "before.json"
    before.write_text(json.dumps({"extract.statistics.PERCENT_RE": [], "extract.gone.OLD_RE": ["kent"]}))
    out = tmp_path / "after.json"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "rule_bodies.py"), str(ROOT / "corpus" / "000_79c56972b0298532.pdf"),
                          str(ROOT / "corpus" / "004_c0bf44172330decd.pdf"), "--json", str(out), "--before", str(before)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    found = json.loads(out.read_text())
    # digit-led figure patterns (extract/digit_scan.py) and the predicates of RULE_FUNCTIONS are in the audit
    assert "extract.statistics.PERCENT_RE" in found and "extract.statistics.MONEY_RE" in found
    assert "ingest.task_subjects.one_task_named()" in found
    # the two seed papers name a body each: what they match is counted under it
    assert any(bodies for bodies in found.values())
    lines = run.stdout.splitlines()
    assert any(line.endswith("one body's papers only") and line.startswith(f"{len(found)} patterns") for line in lines)
    assert any(line.startswith("before: 2: 1 no body, 1 one body; now:") for line in lines)
    assert any(line.split()[:2] == ["extract.gone.OLD_RE", "1"] and line.endswith("gone") for line in lines)


def test_the_audit_probes_the_store_and_the_people_merge(tmp_path):
    """The work across papers runs on a scratch archive of the papers read: the people merge parses every name
    (a hyphenated surname is one surname: resolve.HYPHEN_RE), and its matches count under the papers' body; the
    linking runs there too without a built archive."""
    for date, minute in (("12 March 2024", "Tom Ellis to obtain three quotes for the roof repair."),
                         ("9 April 2024", "Roof repair: Tom Ellis has obtained the three quotes. The Committee chose the "
                                          "lowest.")):
        (tmp_path / f"minutes {date}.md").write_text(
            f"# Ashdown Village Hall Committee\n\n## Minutes of the meeting held on {date} at 7.30pm\n\n"
            f"Present: Jane Barrington-King (Chair), Tom Ellis, Priya Shah\n\n## 1. Maintenance\n\n{minute}\n",
            encoding="utf-8")
    out = tmp_path / "found.json"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "rule_bodies.py"), str(tmp_path), "--json", str(out)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    found = json.loads(out.read_text())
    assert "ashdownhall" in found["extract.resolve.HYPHEN_RE"]
    assert "ashdownhall" in found["ingest.minutes_units.SENTENCE_RE"]


def test_a_paper_naming_no_body_counts_under_the_body_its_folder_lists(tmp_path):
    """A paper that names neither its authority nor its meeting's body (the Welsh Technical Standards Board's minutes
    say only 'the Board') is counted under the body its folder's SOURCES.md lists for it, marked as listed, and not
    under its file name; a paper the listing leaves out is still counted under its file name."""
    minutes = "Minutes of the meeting held on 26 February 2019\n\n1. Standards\n\nMW asked the Board to approve the paper. The Board agreed.\n"
    (tmp_path / "listed_minutes.md").write_text(minutes, encoding="utf-8")
    (tmp_path / "unlisted_minutes.md").write_text(minutes.replace("26 February", "28 March"), encoding="utf-8")
    (tmp_path / "SOURCES.md").write_text("# papers\n\n| # | local file | body | kind |\n|---|---|---|---|\n"
                                         "| 1 | `listed_minutes.md` | Ashdown Standards Board (NHS Wales / Welsh Government) | minutes |\n",
                                         encoding="utf-8")
    out = tmp_path / "found.json"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "rule_bodies.py"), str(tmp_path), "--json", str(out)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    bodies = set().union(*json.loads(out.read_text()).values())
    assert "ashdownstandards (listed)" in bodies
    assert "?unlisted_minutes.md" in bodies and "?listed_minutes.md" not in bodies


def test_a_listed_body_counts_once_with_the_same_body_named_by_its_papers():
    """Kent's record of decision names no body and is listed as Kent's; its other papers name Kent: one body."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("rule_bodies", ROOT / "scripts" / "rule_bodies.py")
    audit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(audit)
    assert audit.counts({"a": ["kent", "kent (listed)"], "b": ["kent (listed)", "?x.pdf"], "c": ["?y.pdf"],
                         "d": ["kent", "wereham (listed)"]}) == (1, 2)


def test_the_audit_reads_the_papers_an_ingest_reads(tmp_path):
    """A council page saved as .php is a paper (ingest/sniff.py reads it by its content): the audit reads it too,
    and not a file that is no paper."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from rule_bodies import papers
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    (tmp_path / "minutes_20-06-10.php").write_text(
        "<html><head><title>Minutes</title></head><body><p>Present: Cllr A Jones</p></body></html>", encoding="utf-8")
    (tmp_path / "notes.json").write_text('{"a": 1}', encoding="utf-8")
    assert [p.name for p in papers([str(tmp_path)])] == ["minutes_20-06-10.php"]


def test_a_named_pattern_held_in_a_list_is_probed_there(tmp_path):
    """ingest/dates.py reads a Welsh date through its list of date forms ('cy_dmy', welsh.DATE_RE), never by the
    pattern's own name: the audit probes the list's member too, so a Welsh paper's date counts under its body."""
    (tmp_path / "cofnodion.md").write_text(
        "# Cyngor Cymuned Llanfynydd\n\nCofnodion y cyfarfod\n\nDydd Mercher 14eg Mehefin 2023\n\n"
        "Cynhaliwyd cyfarfod Cyngor Cymuned Llanfynydd am 7.00pm yn y Neuadd.\n", encoding="utf-8")
    out = tmp_path / "found.json"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "rule_bodies.py"), str(tmp_path), "--json", str(out)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert json.loads(out.read_text())["ingest.welsh.DATE_RE"]
