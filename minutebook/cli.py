"""The `minutebook` command: a click group whose commands only wire the stages together."""

from __future__ import annotations

import os
import sys

import click

from . import __version__

DEFAULT_DB = "minutebook.db"


@click.group()
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
@click.option("--workers", "-w", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Parse documents in this many parallel processes")
@click.option("--ocr/--no-ocr", default=None,
              help="OCR scanned PDFs with tesseract (default: when tesseract is installed)")
@click.option("--no-extract", is_flag=True, help="Only read and structure documents; skip fact extraction")
@click.option("--pipeline", default=None, metavar="NAME",
              help="An installed spaCy pipeline (e.g. en_core_web_sm) to use instead of the built-in rules")
@click.option("--silent", "-s", is_flag=True, help="No progress bar and no summary")
@click.option("-v", "--verbose", count=True, help="Say what happened to each file")
def ingest(paths, db_path, workers, ocr, no_extract, pipeline, silent, verbose):
    """Read files and folders of committee papers into the database.

    Unchanged files (same content hash) are skipped; changed files replace their old rows;
    files that cannot be read are recorded with the reason and the run goes on. The exit
    code is 1 when any file failed.

    \b
    Examples:
        minutebook ingest papers/ --db archive.db
        minutebook ingest minutes-2023-*.pdf -v
        minutebook ingest papers/ --workers 2
    """
    from .ingest.pipeline import ingest as run_ingest, iter_files

    if pipeline:
        _check_pipeline(pipeline)
    files = list(iter_files(paths))
    show_bar = not silent and sys.stderr.isatty() and len(files) > 1
    bar = click.progressbar(length=len(files), label="Ingesting", file=sys.stderr) if show_bar else None

    def report(outcome):
        if bar:
            bar.update(1)
        if outcome.status in ("error", "no_text"):
            if not silent:
                click.echo(f"\n{outcome.path}: {outcome.status}: {outcome.error}" if bar else
                           f"{outcome.path}: {outcome.status}: {outcome.error}", err=True)
        elif verbose:
            detail = f" ({outcome.error})" if outcome.error else ""
            click.echo(f"{outcome.path}: {outcome.status}{detail}" + (f", {outcome.pages} pages" if outcome.pages else ""),
                       err=True)

    if bar:
        bar.__enter__()
    try:
        summary = run_ingest(paths, db_path, workers=workers, ocr=ocr, extract=not no_extract,
                             pipeline=pipeline, on_outcome=report, files=files)
    finally:
        if bar:
            bar.__exit__(None, None, None)
    if not silent:
        click.echo(summary.line(), err=True)
    sys.exit(1 if summary.failed else 0)


def _check_pipeline(name: str) -> None:
    from .extract.nlp import load_pipeline

    try:
        load_pipeline(name)
    except OSError as e:
        raise click.BadParameter(f"spaCy pipeline {name!r} is not installed or cannot be loaded ({e})",
                                 param_hint="--pipeline")


def main():
    cli()
