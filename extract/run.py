"""Run every extractor over one document and return its facts as plain data.

Order matters: the document's own lists (membership tables, attendance, initials defined
beside names) build a registry first, so that short forms in the text ("Cllr Ghani", "DT",
"the Clerk") resolve to the full names the same paper gives."""

from __future__ import annotations

import re

from ..ingest.document import Document
from ..ingest.structure import Structure
from . import (acronym_facts, action_facts, apologies_items, attendance_facts, decision_facts, decision_tasks, front_posts,
               officer_sentences, payee_posts, people_columns, people_facts, role_labels, statistic_facts)
from .nlp import load_pipeline
from .parsed import Parsed
from .personhood import PaperWords, keep_people
from .people import Registry, initials_defined


def extract_document(doc: Document, structure: Structure, pipeline: str | None = None) -> dict:
    passages = structure.passages
    registry = Registry()
    facts: dict[str, list] = {k: [] for k in ("attendance", "roles", "mentions", "actions", "decisions", "statistics",
                                              "acronyms", "organisations")}
    meetings = structure.stored_meetings
    body_of = lambda p: meetings[structure.real_meeting(p.meeting)].body if p.meeting is not None else None

    people_facts.membership(structure, registry, facts, body_of)
    attendance_facts.attendance(structure, registry, facts)
    attendance_facts.attendance_in_head_lines(doc, structure, registry, facts)
    apologies_items.apologies_in_opening_items(doc, structure, registry, facts)
    role_labels.attending_by_role_label(doc, structure, registry, facts)
    for p in passages:
        for person in initials_defined(p.text):
            registry.add(person)
    people_facts.contacts_and_presenters(structure, registry, facts, doc)
    front_posts.roles_from_front_lines(doc, structure, registry, facts)
    payee_posts.roles_from_payments(doc, structure, registry, facts)
    officer_sentences.roles_from_sentences(passages, structure, registry, facts)
    people_facts.listed_people(doc, registry, facts, structure)
    people_columns.column_people(doc, structure, registry, facts)
    people_facts.derived_initials(registry, facts)

    nlp = load_pipeline(pipeline)
    # "McKay(Acting Chief Analyst)": a bracket glued to a word hides both from the tokenizer
    texts = [re.sub(r"(?<=[a-z])\(", " (", p.text) if "(" in p.text else p.text for p in passages]
    # each passage's sentences are read once, for every extractor that walks them
    docs = _parse(nlp, texts)
    unparsed = [p.page for p, text in zip(passages, texts) if len(text) > nlp.max_length]
    if unparsed:
        doc.notes.append(f"no facts were looked for in {len(unparsed)} passage(s) of over {nlp.max_length:,} "
                         f"characters without a paragraph break (page {', '.join(map(str, sorted(set(unparsed))))})")
    people_facts.prose_people(docs, passages, registry, facts, structure)
    people_facts.derived_initials(registry, facts)  # 'Andre Yeung attended ...', then 'AY undertook to update ...'
    attendance_facts.presenters_in_attendance(structure, registry, facts)
    attendance_facts.officers_in_attendance(facts, registry)
    attendance_facts.resolve_attendance(facts, registry)

    action_facts.actions(docs, structure, registry, facts, doc.pages)
    decision_facts.decisions(docs, structure, facts)
    decision_tasks.decision_tasks(structure, registry, facts)
    statistic_facts.statistics(docs, structure, facts, doc.blocks)
    acronym_facts.acronyms(passages, facts)
    kept = keep_people(facts, PaperWords(p.text for p in passages))
    # the paper's own short forms and post holders, for work across papers of one body to remember
    kept["registry"] = registry.export()
    return kept


def _parse(nlp, texts: list[str]) -> list[Parsed]:
    """Each passage parsed, passages of one text sharing one parse. A spaCy Doc costs about 5 kB
    however short its text, and every parse is held while the extractors run: a paper whose
    10,000 pages each print the same line held 50 MB of them. Nothing writes into a Doc after
    the pipeline, so sharing one changes no fact."""
    distinct = list(dict.fromkeys(texts))
    # a passage past spaCy's limit (a 50 MB line) is parsed as no text: its facts are not looked
    # for, where spaCy refused it and so the whole paper's facts were lost
    readable = (text if len(text) <= nlp.max_length else "" for text in distinct)
    parsed = dict(zip(distinct, nlp.pipe(readable, batch_size=256)))
    return [Parsed(parsed[text], text) for text in texts]
