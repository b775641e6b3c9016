"""Sentences of real papers, read through minutebook's own readers, structure and sentencizer
(so training sees what extraction sees), with the weak labels the papers give themselves.

A paper is read once into a plain record (cached as JSON): its sentences in the passages where
extraction reads implicit actions (the minutes' own record), the actions its explicit rules
found (ACTION lines, action tables and columns, inline markers: the paper's own labels), the
actions the implicit rules found (left unlabelled: they are what the model is to be compared
with), and its decisions by rule. `labelled()` turns records into training examples."""

from __future__ import annotations

import hashlib
import json
import os
import re
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from minutebook.extract.evaluate import norm_text
from minutebook.extract.sentence_model import sentence_text

# rules that read a label the paper printed: those actions label their sentences
EXPLICIT_ACTION_RULES = {"marker", "marker-after", "marker-split", "table", "inline-marker", "side-column", "action-points"}
# decisions the paper labels itself: RESOLVED blocks, decision sections, recorded votes
EXPLICIT_DECISION_RULES = {"resolved", "decision-section", "vote-block"}
SOURCE_ALIASES = {"fohcl": "sl"}  # the fohcl series comes from the same source (vestalux/sljekyll) as sl_
FORMATS = (".pdf", ".html", ".htm", ".md", ".txt", ".docx", ".php")
# bodies the lead judges on papers no rule or model was built from: their papers are never read for
# training or measurement here, whatever folder they sit in (Ayton, Govan of ../shared/wild)
HELD_OUT_PREFIXES = ("ayton_", "govan_")


def held_out(path: str) -> bool:
    return os.path.basename(path).lower().startswith(HELD_OUT_PREFIXES)


def body_of(path: str) -> str:
    """The source a paper comes from: its file-name prefix ('kcc_...' -> kcc); the seeds of the
    bundled corpus (numbered files) are one source, 'seed'."""
    stem = os.path.basename(path)
    if re.match(r"^\d{3}_[0-9a-f]{16}", stem):
        return "seed"
    prefix = stem.split("_", 1)[0].lower()
    return SOURCE_ALIASES.get(prefix, prefix)


def paper_files(folders: list[str]) -> list[str]:
    files = []
    for folder in folders:
        for root, _, names in os.walk(folder):
            files += [os.path.join(root, n) for n in sorted(names)
                      if n.lower().endswith(FORMATS) and n != "SOURCES.md" and not held_out(n)]
    return sorted(files)


def _sentences_of(passage, doc) -> list[str]:
    from minutebook.ingest.document import TABLE

    if passage.block is not None and passage.block.kind == TABLE:
        # as action_facts reads minutes written in a table: cell by cell, sentence by sentence
        return [s.strip() for cell in passage.text.split(" | ")
                for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", cell) if s.strip()]
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def read_paper(path: str, ocr: bool | None) -> dict:
    """One paper as plain data: sentences with their passage, and what the rules found."""
    import re as _re

    from minutebook.extract.action_facts import _records_minutes
    from minutebook.extract.nlp import load_pipeline
    from minutebook.extract.run import extract_document
    from minutebook.ingest.read import read_document
    from minutebook.ingest.structure import find_structure

    record = {"path": path, "body": body_of(path), "sentences": [], "actions": [], "decisions": [], "error": None}
    try:
        doc = read_document(path, ocr=ocr)
        structure = find_structure(doc)
        facts = extract_document(doc, structure)
    except Exception as e:  # a paper that cannot be read adds nothing; say so in the counts
        record["error"] = f"{type(e).__name__}: {e}"
        return record
    nlp = load_pipeline(None)
    passages = structure.passages
    docs = list(nlp.pipe([_re.sub(r"(?<=[a-z])\(", " (", p.text) for p in passages], batch_size=256))
    for n, (p, d) in enumerate(zip(passages, docs)):
        minutes = bool(_records_minutes(structure, p))
        for s in _sentences_of(p, d):
            record["sentences"].append({"passage": n, "text": s, "minutes": minutes})
    record["actions"] = [{"passage": a["passage"], "text": a["text"], "description": a["description"],
                          "rule": a["rule"]} for a in facts["actions"]]
    record["decisions"] = [{"passage": d["passage"], "text": d["text"], "rule": d["rule"]} for d in facts["decisions"]]
    record["kind"] = structure.kind
    return record


def _cache_key(path: str, ocr: bool | None, ocr_cache: str | None) -> str:
    st = os.stat(path)
    code = Path(__file__).read_bytes()
    setting = f"{ocr}|{bool(ocr_cache)}"  # a scan read without OCR is another record
    return hashlib.sha256(f"{os.path.abspath(path)}|{st.st_size}|{st.st_mtime_ns}|{setting}".encode() + code).hexdigest()[:24]


def _read_cached(args) -> dict:
    path, ocr, cache_dir, ocr_cache = args
    target = Path(cache_dir) / f"{_cache_key(path, ocr, ocr_cache)}.json" if cache_dir else None
    if target is not None and target.exists():
        return json.loads(target.read_text())
    from minutebook.ingest.ocr import ocr_settings

    with ocr_settings(cache_path=ocr_cache) if ocr_cache else nullcontext():
        record = read_paper(path, ocr)
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(record))
    return record


def read_papers(files: list[str], ocr: bool | None = False, cache_dir: str | None = None, ocr_cache: str | None = None,
                processes: int = 1) -> list[dict]:
    jobs = [(f, ocr, cache_dir, ocr_cache) for f in files]
    if processes > 1:
        from multiprocessing import get_context

        with get_context("fork").Pool(processes) as pool:
            return pool.map(_read_cached, jobs, chunksize=1)
    return [_read_cached(j) for j in jobs]


# ---------------------------------------------------------------- weak labels


@dataclass
class Example:
    text: str
    cats: dict[str, float]  # only the labels this example is labelled for
    source: str  # where its label came from
    body: str
    path: str


def _overlaps(sentence: str, text: str) -> bool:
    s, t = norm_text(sentence), norm_text(text)
    return len(s) >= 12 and (s in t or (len(t) >= 12 and t in s))


def _contains_key(sentence: str, key: str) -> bool:
    return norm_text(key) in norm_text(sentence)


def _useful(text: str) -> bool:
    words = len(text.split())
    return 3 <= words <= 90 and sum(c.isalpha() for c in text) >= 12


def labelled(record: dict, gold: dict | None = None, rule_positives: bool = False) -> list[Example]:
    """Training examples of one paper.

    With gold: every minutes sentence is labelled, ACTION when it holds a gold action's key,
    DECISION when it holds a gold decision's phrase.
    Without gold: ACTION positives are the sentences of actions the paper marks itself (an
    ACTION line's task, a row of an action table or column); DECISION positives the paper's
    RESOLVED blocks, decision sections and votes. Negatives come only from papers that mark
    their actions (or decisions) that way, since such a paper marks all of them; sentences an
    implicit rule or a decision-sentence rule caught stay unlabelled for that label."""
    body, path = record["body"], record["path"]
    examples: list[Example] = []
    sentences = [s for s in record["sentences"] if s["minutes"]]
    if gold is not None:
        keys = [g["key"] for g in gold.get("actions", [])]
        phrases = gold.get("decisions", [])
        for s in sentences:
            text = sentence_text(s["text"])
            if not _useful(text):
                continue
            cats = {"ACTION": float(any(_contains_key(s["text"], k) for k in keys)),
                    "DECISION": float(any(_contains_key(s["text"], p) for p in phrases))}
            examples.append(Example(text, cats, "gold", body, path))
        return examples

    explicit = [a for a in record["actions"] if a["rule"] in EXPLICIT_ACTION_RULES]
    implicit = [a for a in record["actions"] if a["rule"] not in EXPLICIT_ACTION_RULES]
    strong = [d for d in record["decisions"] if d["rule"] in EXPLICIT_DECISION_RULES]
    weak = [d for d in record["decisions"] if d["rule"] not in EXPLICIT_DECISION_RULES]
    for a in explicit:
        task = a["description"]
        if a["rule"] == "marker-after":
            # the paragraph an "ACTION: DT" line closes: its last sentence is the task
            parts = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z])", task) if p.strip()]
            task = parts[-1] if parts else task
        text = sentence_text(task)
        if _useful(text):
            examples.append(Example(text, {"ACTION": 1.0}, f"action:{a['rule']}", body, path))
    if rule_positives:  # an experiment: the implicit rules as one more labelling function
        for a in implicit:
            text = sentence_text(a["description"])
            if _useful(text):
                examples.append(Example(text, {"ACTION": 1.0}, "action:implicit-rule", body, path))
    for d in strong:
        first = re.split(r"\n", d["text"].strip())[0]
        text = sentence_text(first if len(first) > 30 else d["text"])
        if _useful(text):
            examples.append(Example(text, {"DECISION": 1.0}, f"decision:{d['rule']}", body, path))
    marks_actions, marks_decisions = bool(explicit), bool(strong)
    if not (marks_actions or marks_decisions):
        return examples
    for s in sentences:
        text = sentence_text(s["text"])
        if not _useful(text):
            continue
        cats = {}
        if marks_actions and not any(_overlaps(s["text"], a["description"]) or _overlaps(s["text"], a["text"])
                                     for a in explicit + implicit):
            cats["ACTION"] = 0.0
        if marks_decisions and not any(_overlaps(s["text"], d["text"]) for d in strong + weak):
            cats["DECISION"] = 0.0
        if cats:
            examples.append(Example(text, cats, "negative", body, path))
    return examples
