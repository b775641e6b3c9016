"""Clocks around the stage functions an ingest calls through their modules (read, tables, OCR, structure,
extract, write; the writer's start-up, merge, linking and publish), adding up wall and CPU time per stage:
what benchmarks/bench_real.py prints per page."""

from __future__ import annotations

import time

from minutebook.ingest import ocr as ocr_module
from minutebook.ingest import pdf_tables


class StageClock:
    """Wraps the stage functions the pipeline calls through their modules, adding up time."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.cpu: dict[str, float] = {}  # CPU time of this process: what a shared machine cannot inflate much
        self._undo = []

    def wrap(self, module, name: str, stage: str):
        original = getattr(module, name)

        def timed(*args, **kwargs):
            started, cpu = time.perf_counter(), time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started
                self.cpu[stage] = self.cpu.get(stage, 0.0) + time.process_time() - cpu

        setattr(module, name, timed)
        self._undo.append((module, name, original))

    def restore(self):
        for module, name, original in reversed(self._undo):
            setattr(module, name, original)


def stage_clock() -> StageClock:
    from minutebook.ingest import pipeline
    from minutebook.extract import run

    clock = StageClock()
    clock.wrap(pipeline, "read_document", "read (incl. tables, OCR)")
    clock.wrap(pdf_tables, "page_tables", "tables")
    clock.wrap(ocr_module, "ocr_pdf", "OCR")
    clock.wrap(pipeline, "find_structure", "structure")
    clock.wrap(run, "extract_document", "extract")
    clock.wrap(pipeline, "write_document", "write")
    clock.wrap(pipeline, "merge_pending", "merge (per paper)")
    return clock


def writer_clock() -> StageClock:
    """The writer's own stages during an ingest (parsing runs in worker processes)."""
    from minutebook.ingest import pipeline

    clock = StageClock()
    clock.wrap(pipeline, "_warm_up", "start-up")
    clock.wrap(pipeline, "write_record", "write")
    clock.wrap(pipeline, "finish_merge", "merge people")
    clock.wrap(pipeline, "finish_links", "link actions")
    clock.wrap(pipeline, "publish_archive", "publish")
    return clock
