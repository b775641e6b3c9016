"""A small trained sentence classifier, one more signal for actions where rules stop.

The model is a spaCy `textcat_multilabel` pipeline with a bag-of-words (unigram and bigram)
architecture, trained by `training/train_sentences.py` from labels the papers give themselves
(ACTION lines, action tables and columns, RESOLVED blocks) plus the gold of the training folds.
It ships in the package (`extract/models/sentences`) and loads from that path with no network.
Labels: ACTION (the sentence assigns work to someone), DECISION (the meeting decided).

`MINUTEBOOK_SENTENCE_MODEL=on` uses the shipped model, `off` rules only, or names another model
folder (the evaluation trains one per held-out body); unset, DEFAULT_ON decides."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from .people import first_names

MODEL_DIR = Path(__file__).parent / "models" / "sentences"
ENV = "MINUTEBOOK_SENTENCE_MODEL"
LABELS = ("ACTION", "DECISION")
MAX_CHARS = 400
# measured on bodies held out of training (docs/sentence-signal.md): off by default
# until it beats the rules there
DEFAULT_ON = False

# what the paper's own markers add is taken off, so the model learns the wording of the work and
# not the label word that already makes a rule fire
_LEAD_RE = re.compile(
    r"^\W*(?:(?:item\s+)?\(?(?:\d{1,3}(?:[.\-]\d{1,3}){0,2}|[a-z]|[ivx]{1,4})[.):]?\s+)?"
    r"(?:(?:agreed\s+)?actions?(?:\s+points?)?\s*[:\-–—]+\s*|(?:it\s+was\s+)?(?:resolved|decision|agreed)\s*[:\-–—]+\s*)?",
    re.I)
_SPACE_RE = re.compile(r"\s+")
# names, initials and figures differ from body to body; the shape of the clause does not. Posts and
# bodies stay words: "the Clerk to write" and "Members agreed" carry the meaning.
KEEP_CAPITALISED = {
    "clerk", "chair", "chairman", "chairperson", "chairwoman", "vice", "secretary", "treasurer", "council", "councillor",
    "councillors", "cllr", "cllrs", "members", "member", "trustees", "trustee", "officers", "officer", "committee",
    "board", "cabinet", "mayor", "manager", "director", "staff", "commission", "panel", "group", "parish", "town",
    "city", "county", "chief", "executive", "head", "lead", "team", "action", "actions", "resolved", "agreed", "motion",
    "carried", "approved", "minutes", "meeting", "it", "the", "that", "to", "all", "this", "he", "she", "they", "we",
    "i", "a", "an", "and", "in", "on", "of", "for", "with", "at", "by", "as", "if", "no", "not", "will", "would",
    "should", "there", "following", "further", "noted", "asked", "reported", "proposed", "seconded", "unanimously",
}
_WORD_RE = re.compile(r"[A-Za-z][\w'’\-]*|\d[\d,.:/\-]*")


def sentence_text(text: str) -> str:
    """The words the model sees: leading numbering and ACTION / RESOLVED labels removed,
    white space collapsed, at most MAX_CHARS characters."""
    text = _SPACE_RE.sub(" ", text).strip()
    text = _LEAD_RE.sub("", text, count=1)[:MAX_CHARS]
    return _WORD_RE.sub(_neutral, text)


def _neutral(m: re.Match) -> str:
    word = m.group(0)
    if word[0].isdigit():
        return "0"
    lower = word.lower()
    if lower in KEEP_CAPITALISED:
        return lower
    if word.isupper() and len(word) <= 4:
        return "INIT"  # initials and codes: DT, AH, KCC
    if word[0].isupper():
        return "Name" if m.start() or lower in first_names() else lower
    return lower


def model_path() -> Path | None:
    """The model extraction uses: `on` the shipped one, `off` none, else a folder; unset, the
    default (DEFAULT_ON)."""
    chosen = os.environ.get(ENV, "").strip()
    if chosen.lower() in ("off", "none", "0") or (not chosen and not DEFAULT_ON):
        return None
    path = MODEL_DIR if chosen.lower() in ("", "on", "1") else Path(chosen)
    return path if (path / "config.cfg").exists() else None


@lru_cache(maxsize=4)
def _load(path: str):
    import spacy

    return spacy.load(path)


def load():
    """The trained pipeline, or None when there is none (or it is switched off)."""
    path = model_path()
    return _load(str(path)) if path is not None else None


def score(texts: list[str]) -> list[dict[str, float]]:
    """Label probabilities per sentence; empty dicts when no model is available."""
    nlp = load()
    if nlp is None or not texts:
        return [{} for _ in texts]
    return pipe_scores(nlp, [sentence_text(t) for t in texts])


def pipe_scores(nlp, neutral: list[str]) -> list[dict[str, float]]:
    """Scores of already neutralised sentences (extraction and the training script's evaluation)."""
    # thinc's n-gram layer fails on a batch mixing a sentence with no words ("—", "", "RESOLVED:"
    # once its label is taken off) and others: those score nothing, and only the rest go to the model
    worded = [n for n, text in enumerate(neutral) if _WORD_RE.search(text)]
    scores = [{label: 0.0 for label in LABELS} for _ in neutral]
    for n, doc in zip(worded, nlp.pipe([neutral[n] for n in worded], batch_size=512)):
        scores[n] = dict(doc.cats)
    return scores
