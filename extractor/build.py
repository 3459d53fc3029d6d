"""The only place that chains the stages.

`process_document` is the per-document work: a pure function from a file to its records, run
in local worker processes (extractor/workers.py) or as dask tasks (extractor/cluster.py).
`build` is the single writer: it skips files whose content hash is already in the database,
writes each result in one transaction and finishes with the cross-document steps (search
indexes, organisation and priority deduplication), unless nothing they read has changed.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import logging
import os
import re
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from . import db as database
from . import document, sections, workers
from .config import settings_fingerprint
from .errors import BadInput, ConfigError, ExtractorError, NeedsOCR
from .models import (
    Action,
    Attendee,
    DateFact,
    DocumentResult,
    Meeting,
    Mention,
    OrgAlias,
    PageText,
    PriorityList,
    Section,
    SeenFile,
)
from .text import page_ranges
from .workers import Failure, Limits

if TYPE_CHECKING:
    from .pdf import PageReader

log = logging.getLogger(__name__)
T = TypeVar("T")
PDF_SUFFIXES = {".pdf"}
# What the text stages accept: a printed line runs to a few hundred characters and a dense
# page to some thousands. A crafted page with a 2-million-character line is cut here, so
# the regular expressions stay fast and spaCy never sees more than its max_length (1,000,000).
MAX_LINE = 5_000
MAX_PAGE = 200_000
_GC_THRESHOLDS = (10_000, 10, 10)  # the collector's generations, in a worker (init_worker)


@dataclass(frozen=True)
class DocumentOptions:
    """What the per-document function does with every file of a build: passed with each job,
    never held in module state, so `process_document` depends on its arguments only."""

    model: str | None = None  # spaCy model name; None: the configured default
    entities: bool = True  # run spaCy (organisations, people, money, places)
    ocr_lang: str | None = "eng"  # Tesseract languages ("eng+fra"); None: no OCR (--no-ocr)
    split_pages: int = 0  # a longer document is read in ranges of this many pages; 0: whole


@dataclass(frozen=True)
class BuildOptions:
    workers: int = 0  # 0: one per core
    force: bool = False
    model: str | None = None  # spaCy model name; None: the configured default
    entities: bool = True  # run spaCy (organisations, people, money, places)
    ocr_lang: str | None = "eng"  # Tesseract languages ("eng+fra"); None: no OCR (--no-ocr)
    limits: Limits = Limits()  # per document: seconds and bytes of address space
    prune: bool = True  # forget files that are gone, and documents only they held
    dask: str | None = None  # a dask scheduler's address, or "local" for a LocalCluster here
    send_files: str = "bytes"  # to dask workers: "bytes" of each file, or its "path" on a shared disk
    split_pages: int | None = None  # None: pipelines/build.yml; 0: never split (dask never does)

    @property
    def document(self) -> DocumentOptions:
        """The options every document of this build is read with."""
        split = self.split_pages or 0  # build() reads None from pipelines/build.yml
        return DocumentOptions(model=self.model, entities=self.entities, ocr_lang=self.ocr_lang, split_pages=split)


@dataclass
class BuildSummary:
    files: int = 0
    processed: int = 0
    skipped: int = 0
    copies: int = 0  # files whose bytes another file of this build also holds
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (file, status, error)
    ocr: list[tuple[str, str]] = field(default_factory=list)  # (file, pages read by OCR: "1-3, 7")
    pruned: list[str] = field(default_factory=list)  # paths of files gone since the last build
    # seconds per stage: the per-document stages summed over documents (worker time), then the
    # writer's (plan: hashing the files; write; finalise: the cross-document steps)
    stages: dict[str, float] = field(default_factory=dict)
    cross_document: str = "ran"  # "skipped": nothing they read had changed since they last ran
    cross_document_note: str = ""  # what they looked at again ("incremental": only documents were added)
    split: int = 0  # documents read in page ranges on several workers (over split_pages pages)

    def line(self) -> str:
        failed = sum(1 for _, s, _ in self.problems if s == "failed")
        ocr = sum(1 for _, s, _ in self.problems if s == "needs_ocr")
        copies = f", {self.copies} copies of another file" if self.copies else ""
        split = f" ({self.split} read in page ranges)" if self.split else ""
        return (
            f"{self.files} file(s): {self.processed} processed, {self.skipped} unchanged{copies}, "
            f"{failed} failed, {ocr} need OCR, {len(self.pruned)} gone and pruned; "
            f"{self.pages} pages ({self.ocr_pages} by OCR){split} in {self.seconds:.1f}s"
            + ("; nothing changed, cross-document steps skipped" if self.cross_document == "skipped" else "")
            + (f"; cross-document steps {self.cross_document_note}" if self.cross_document == "incremental" else "")
        )


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """PDFs under folders (recursively), plus every file named explicitly (whatever it is)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PDF_SUFFIXES)
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ---- the per-document function -------------------------------------------------------------


def init_worker(options: DocumentOptions) -> None:
    """Set up a worker: the model is loaded here, before the first document's time starts
    (entities.loaded_model keeps it for the worker's later documents)."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    if options.entities:
        from .entities import loaded_model

        loaded_model(options.model)
    _settle_collector()


@functools.cache
def _settle_collector() -> None:
    """Once per process (a forked worker inherits it): what is loaded by now, the libraries and
    the model, lives as long as the process, so the cyclic garbage collector need not walk it
    again on every full collection (gc.freeze), and a page's many small objects start a
    collection every 10,000 allocations, not every 700. About 4% of a document's CPU time;
    nothing read changes."""
    gc.freeze()
    gc.set_threshold(*_GC_THRESHOLDS)


def _ocr(options: DocumentOptions) -> PageReader | None:
    """The OCR reader of these options (--ocr-lang), or None for --no-ocr."""
    if options.ocr_lang is None:
        return None
    from .ocr import OcrReader

    return OcrReader(options.ocr_lang, on_page=workers.allow_more)


def process_document(
    path: Path, digest: str | None = None, options: DocumentOptions = DocumentOptions()
) -> DocumentResult:
    """Read one file and extract everything from it, as `options` say. Never raises for bad
    input: a file that cannot be read comes back with status failed or needs_ocr and a
    one-line error."""
    from .pdf import check_file, read_pdf

    timings: dict[str, float] = {}
    try:
        with stage(timings, "pdf"):  # the parse and the reading order (pdf.read_pdf)
            data = check_file(path)
            digest = digest or hashlib.sha256(data).hexdigest()
            pages, info = read_pdf(path, ocr=_ocr(options))
            pages = [_bounded(path, page) for page in pages]
    except NeedsOCR as e:
        return problem(path, digest, "needs_ocr", str(e), _page_count(path))
    except (BadInput, OSError) as e:
        return problem(path, digest, "failed", _one_line(e))

    def extract() -> DocumentResult:
        facts = _facts(pages, info, timings)
        mentions, aliases = _entities(pages, facts.people, timings, options) if options.entities else ([], [])
        return _document(digest, path, len(data), pages, facts, mentions, aliases, timings)

    return _guarded(path, digest, len(pages), extract)


def _guarded(path: Path, digest: str | None, pages: int, work: Callable[[], T]) -> T | DocumentResult:
    """`work()`, the stages of one document (or of a part of it): the per-document isolation
    boundary. A bug in one stage must not lose the batch: it fails this document, with an error
    that says where. An ExtractorError (a setting, a missing model: every file would fail the
    same way) is raised on."""
    try:
        return work()
    except ExtractorError:
        raise
    except Exception as e:
        log.exception("%s: extraction failed", path)
        error = (
            f"{path}: extraction failed ({type(e).__name__}: {_one_line(e)}); "
            "this is a bug in extractor, please report it with the file"
        )
        return problem(path, digest, "failed", error, pages)


def problem(path: Path, digest: str | None, status: str, error: str, page_count: int = 0) -> DocumentResult:
    """The record of a file that could not be (fully) read: kept, with its one-line reason."""
    return DocumentResult(
        id=digest or _hash_or_name(path),
        status=status,
        error=error,
        page_count=page_count,
        size=_size(path),
        path=str(path),
        filename=path.name,
    )


def _bounded(path: Path, page: PageText) -> PageText:
    """The page with each line cut to MAX_LINE characters and the text to MAX_PAGE."""
    if len(page.text) <= MAX_PAGE and all(len(line.text) <= MAX_LINE for line in page.lines):
        return page
    log.warning("%s page %d: %d characters, lines cut to %d", path, page.page, len(page.text), MAX_LINE)
    lines, offset = [], 0
    for line in page.lines:
        if offset >= MAX_PAGE:
            break
        text = line.text[: min(MAX_LINE, MAX_PAGE - offset)]
        lines.append(replace(line, text=text, start=offset))
        offset += len(text) + 1
    return replace(page, text="\n".join(line.text for line in lines), lines=tuple(lines))


@dataclass(frozen=True)
class Facts:
    """What the document-level stages find in a document's pages, all of them in order."""

    about: document.Description
    sections: tuple[Section, ...]
    meetings: tuple[Meeting, ...]
    actions: tuple[Action, ...]
    priority_lists: tuple[PriorityList, ...]
    dates: tuple[DateFact, ...]

    @property
    def people(self) -> list[Attendee]:
        return [p for m in self.meetings for p in m.attendees]


def _owners_spelt_out(
    pages: list[PageText], actions: list[Action], meetings: list[Meeting]
) -> tuple[list[Action], list[Meeting]]:
    """Actions whose owner is an acronym the document defines ("The VRU will ...") owned by the
    body it spells out, in plans and in minutes alike."""
    from .entities import find_definitions, spell_out

    if not any(a.owner for a in actions) and not any(a.owner for m in meetings for it in m.items for a in it.actions):
        return actions, meetings
    definitions = find_definitions((p.page, p.text) for p in pages)

    def owned(found: Iterable[Action]) -> tuple[Action, ...]:
        return tuple(replace(a, owner=spell_out(a.owner, definitions)) for a in found)

    meetings = [replace(m, items=tuple(replace(it, actions=owned(it.actions)) for it in m.items)) for m in meetings]
    return list(owned(actions)), meetings


def _facts(pages: list[PageText], info: dict[str, str], timings: dict[str, float]) -> Facts:
    from .dates import document_year, fiscal_year_start, iter_dates
    from .dedupe import repeats
    from .meetings import extract_meetings
    from .priorities import extract_plan_actions, extract_priority_lists, extract_table_actions

    with stage(timings, "meetings"):  # the layout stage runs inside it (paragraph starts)
        meetings = extract_meetings(pages)
    with stage(timings, "document"):
        about = document.describe(pages, info, meetings)
        parts = sections.split(pages, about.title)
    with stage(timings, "priorities"):
        lists = extract_priority_lists(pages)
        in_minutes = {n for m in meetings for n in range(m.page, (m.page_end or m.page) + 1)}
        # minutes carry the meeting's actions: commitments only where no meeting was found and
        # the kind reads them (pipelines/kinds.yml)
        commitments = not meetings and document.kinds()[about.kind].commitments
        actions = extract_plan_actions([p for p in pages if p.page not in in_minutes], commitments=commitments)
        held = [a.text for m in meetings for it in m.items for a in it.actions]
        if in_minutes:  # an action log drawn as a table in the minutes
            actions += extract_table_actions([p for p in pages if p.page in in_minutes])
        # less what the items hold: a summary of actions, in the minutes or on a page after them
        actions = [a for a in actions if not repeats(a.text, held)]
        actions, meetings = _owners_spelt_out(pages, actions, meetings)
    with stage(timings, "dates"):
        # a day-month without a year is of the document's own year: its date, else its most dated
        year = int(about.published_date[:4]) if about.published_date else document_year(p.text for p in pages[:3])
        # a financial year from the month the document says it starts in ("1 July to 30 June")
        start = fiscal_year_start(p.text for p in pages)
        dates = list(iter_dates(((p.page, p.text) for p in pages), default_year=year, year_start=start))
    return Facts(about, tuple(parts), tuple(meetings), tuple(actions), tuple(lists), tuple(dates))


_WE = frozenset({"we", "our", "us"})
_OF_MEETINGS = frozenset({"minutes", "agenda", "agenda_pack"})  # kinds whose actions are a meeting's


def _ours_owned(actions: tuple[Action, ...], mentions: list[Mention], plan: bool = False) -> tuple[Action, ...]:
    """A plan's own commitments ("We will ...", and in a plan those that name no one: "Deliver
    500 new affordable homes by 2027", "The plan will be refreshed each year") owned by the body
    the plan speaks for, the body its cover names (the gazetteer's publisher, tried first, was
    wrong more often: a county council for its libraries' own strategy)."""

    def ours(a: Action) -> bool:
        return (a.owner or "").lower() in _WE or (plan and not a.owner)

    author = _cover_body(mentions) if any(ours(a) for a in actions) else None
    if author is None:
        return actions
    return tuple(replace(a, owner=author) if ours(a) else a for a in actions)


def _cover_body(mentions: list[Mention]) -> str | None:
    """The organisation a document's cover (first page) names most, the first named between
    equals; the second page's first named where the cover names none. (Preferring a body of a
    known kind, a council or a board, was tried: a report's "Personnel Committee" won.)"""
    named = [(m.normalized, m.page, m.start) for m in mentions if m.label == "ORG" and m.normalized and m.page <= 2]
    if not named:
        return None
    cover = Counter(name for name, page, _ in named if page == 1)
    if not cover:  # the second page's bodies: one named most, not several councils' departments
        second = Counter(name for name, _, _ in named).most_common(2)
        if len(second) > 1 and second[0][1] == second[1][1] and second[0][1] > 1:
            return None
    first = {name: (page, start) for name, page, start in reversed(named)}
    return max(first, key=lambda n: (cover[n], -first[n][0], -first[n][1]))


def _document(
    digest: str,
    path: Path,
    size: int,
    pages: list[PageText],
    facts: Facts,
    mentions: list[Mention],
    aliases: list[OrgAlias],
    timings: dict[str, float],
) -> DocumentResult:
    about = facts.about
    actions = _ours_owned(facts.actions, mentions, plan=about.kind not in _OF_MEETINGS)
    return DocumentResult(
        id=digest,
        status="ok",
        page_count=len(pages),
        size=size,
        title=about.title,
        kind=about.kind,
        publisher=about.publisher,
        published_date=about.published_date,
        pages=tuple(pages),
        sections=facts.sections,
        parts=about.parts,
        meetings=facts.meetings,
        actions=actions,
        priority_lists=facts.priority_lists,
        mentions=tuple(mentions),
        dates=facts.dates,
        aliases=tuple(aliases),
        timings=tuple(timings.items()),
        path=str(path),
        filename=path.name,
    )


def _entities(
    pages: list[PageText], people: list[Attendee], timings: dict[str, float], options: DocumentOptions
) -> tuple[list[Mention], list[OrgAlias]]:
    from .entities import extract_entities, loaded_model

    nlp = loaded_model(options.model)  # once per worker, outside the timing: it times the pages, not the load
    with stage(timings, "entities"):
        return extract_entities(pages, nlp, people)


@contextmanager
def stage(timings: dict[str, float], name: str) -> Iterator[None]:
    """Add the seconds the block takes to `timings[name]`."""
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - started


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split()) or type(e).__name__


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _hash_or_name(path: Path) -> str:
    try:
        return sha256(path)
    except OSError:
        return "missing:" + hashlib.sha256(str(path).encode()).hexdigest()


def _page_count(path: Path) -> int:
    from .pdf import page_count

    return page_count(path)


# ---- settings ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """How a build shares out its work (pipelines/build.yml)."""

    split_pages: int  # a document with more pages is read in ranges of this many; 0: never split


@functools.cache
def settings() -> Settings:
    from .config import PIPELINES, load_settings, require

    split = require(load_settings("build"), "build", "split_pages")
    if isinstance(split, bool) or not isinstance(split, int) or split < 0:
        raise ConfigError(
            f"{PIPELINES / 'build.yml'}: split_pages is {split!r}; give a whole number of pages (0: never split)"
        )
    return Settings(split)


def _settings_loaders() -> list[tuple[str, Callable[[], object]]]:
    """Each stage's settings loader (cached: it compiles its file into a frozen dataclass once)
    and the file it reads, relative to pipelines/."""
    from . import dedupe, document, entities, layout, meetings, ocr, priorities

    return [
        ("layout.yml", layout.settings),
        ("documents.yml", document.rules),
        ("kinds.yml", document.kinds),
        ("meetings.yml", meetings._rules),
        ("priorities.yml", priorities.rules),
        ("entities.yml", entities.settings),
        ("gazetteer/", entities.gazetteer),
        ("meetings.yml and entities.yml", entities._role_words),  # role words: both files
        ("dedupe.yml", dedupe.default_settings),
        ("ocr.yml", ocr.settings),
        ("build.yml", settings),
    ]


def load_pipelines() -> None:
    """Read and check every stage's settings now, once per build and before any document, so a
    missing, malformed or unknown key stops the build at its start with a ConfigError naming
    the file and the key, never failing each document in turn. Worker processes, forked after
    this, inherit what was loaded."""
    from . import config

    loaders = _settings_loaders()
    config.forget_loaded()
    for _, loader in loaders:
        loader.cache_clear()  # type: ignore[attr-defined]  # each is functools.cache'd
    for name, loader in loaders:
        try:
            loader()
        except ConfigError:
            raise
        except (LookupError, TypeError, ValueError, AttributeError, re.error) as e:
            raise ConfigError(f"{config.PIPELINES / name}: malformed setting ({type(e).__name__}: {e})") from e
    unknown = config.unread_keys()
    if unknown:
        raise ConfigError("; ".join(unknown) + " (a key extractor does not read: remove it or correct its spelling)")


# ---- the single writer ---------------------------------------------------------------------


def build(
    paths: Iterable[Path],
    db_path: Path,
    options: BuildOptions = BuildOptions(),
    progress: Callable[[DocumentResult | None], None] | None = None,
) -> BuildSummary:
    """Process every changed file under `paths` into the database at `db_path`."""
    started, started_at = time.perf_counter(), datetime.now(UTC).isoformat(timespec="seconds")
    summary = BuildSummary()
    files = collect_files(paths)
    summary.files = len(files)
    if (
        not options.force
        and os.path.exists(db_path)
        and _nothing_changed(db_path, files, options, summary, progress, started_at)
    ):
        summary.seconds = time.perf_counter() - started
        return summary
    # The settings, the model and the OCR languages are checked only when there is something to
    # read: an unchanged rebuild reads none of them (loading spaCy alone costs more than the rest
    # of it). A new database always has something to read, so it is checked before it is created.
    ready = options.force or not os.path.exists(db_path)
    head = _head_start(files, options) if ready else None
    try:
        if ready:
            options = _prepare(options)
        conn = database.connect(db_path)
        database.adopt_documents(conn)
        with stage(summary.stages, "plan"):
            todo, unchanged = _plan(conn, files, options.force, summary, progress)
            database.record_files(conn, unchanged)
        if todo and not ready:
            head = _head_start(list(todo), options)
            options, ready = _prepare(options), True
        _write(conn, todo, options, summary, progress, head)
    finally:
        if head is not None:
            head.stop()
    if options.prune:
        summary.pruned = database.prune(conn, os.path.isfile)
    record = _cross_document(conn, options, summary, settings_loaded=ready)
    database.record_build(conn, replace(record, started_at=started_at))
    summary.seconds = time.perf_counter() - started
    return summary


def _nothing_changed(
    db_path: Path,
    files: list[Path],
    options: BuildOptions,
    summary: BuildSummary,
    progress: Callable[[DocumentResult | None], None] | None,
    started_at: str,
) -> bool:
    """An unchanged rebuild, found and recorded with the standard library's sqlite3 alone, before
    sqlite-utils (and numpy), the pipeline settings, spaCy or a PDF library is loaded: the
    schema is current, every file is a document already built with the size and modification
    time the files table has for it (nothing to hash), no file is gone and no document moved,
    and the cross-document steps are current for these documents and settings. Then it writes
    what the full build writes for such a rebuild, with the same functions (the files' rows,
    the build's record) and returns True; else it has written nothing and returns False, and
    the full build decides."""
    conn: Any = database.open_plain(db_path)  # the db functions below take it as they take sqlite-utils' Database
    try:
        trial = BuildSummary(files=summary.files)
        with stage(trial.stages, "plan"):
            pruning = os.path.isfile if options.prune else None
            if not (database.schema_current(conn) and database.settled(conn, pruning)):
                return False
            if not _as_recorded(database.known_files(conn), files):
                return False  # a file to hash, at least: the full build does it, once
            todo, unchanged = _plan(conn, files, False, trial, None)
            settings = settings_fingerprint()
            current = database.inputs_fingerprint(conn, settings)
            if todo or current != database.last_inputs(conn):
                return False
            database.record_files(conn, unchanged)
        summary.skipped, summary.stages, summary.cross_document = trial.skipped, trial.stages, "skipped"
        if progress:
            for _ in unchanged:
                progress(None)
        documents = len(database.document_stamps(conn))
        record = _record(summary, current, "nothing changed", documents, settings)
        database.record_build(conn, replace(record, started_at=started_at))
        return True
    finally:
        conn.conn.close()


def _as_recorded(recorded: dict[str, dict[str, Any]], files: list[Path]) -> bool:
    """Whether every file has a row in the files table with its size and modification time now."""
    for path in files:
        row = recorded.get(os.path.abspath(path))
        try:
            stat = path.stat()
        except OSError:
            return False
        if row is None or row["size"] != stat.st_size or row["mtime"] != database.iso_time(stat.st_mtime):
            return False
    return True


def _prepare(options: BuildOptions) -> BuildOptions:
    """Check everything reading a document needs, before the first one: the pipeline settings,
    the spaCy model (its name resolved) and the OCR languages. Fails fast with a named error."""
    load_pipelines()
    if options.split_pages is None:  # pipelines/build.yml; a Dask build reads each document whole
        options = replace(options, split_pages=0 if options.dask else settings().split_pages)
    if options.entities:
        from .entities import model_name

        options = replace(options, model=model_name(options.model))  # fail now, not once per file
    if options.ocr_lang is not None:
        from .ocr import check_languages

        check_languages(options.ocr_lang)
    return options


def _write(
    conn: Any,
    todo: dict[Path, list[SeenFile]],
    options: BuildOptions,
    summary: BuildSummary,
    progress: Callable[[DocumentResult | None], None] | None,
    head: _HeadStart | None = None,
) -> None:
    """Each result into the database as it completes, one transaction each."""
    for result in _run(todo, options, summary, head):
        with stage(summary.stages, "write"):
            database.write_document(conn, result, todo[Path(result.path)])
        for name, seconds in result.timings:
            summary.stages[name] = summary.stages.get(name, 0.0) + seconds
        summary.processed += 1
        summary.pages += result.page_count if result.status == "ok" else 0
        _count_ocr(summary, result)
        if result.status != "ok":
            summary.problems.append((result.path, result.status, result.error or ""))
        if progress:
            progress(result)


def _count_ocr(summary: BuildSummary, result: DocumentResult) -> None:
    read = [p.page for p in result.pages if p.ocr]
    if read:
        summary.ocr_pages += len(read)
        summary.ocr.append((result.path, page_ranges(read)))


def _cross_document(
    conn: Any, options: BuildOptions, summary: BuildSummary, settings_loaded: bool
) -> database.BuildRecord:
    """Run the cross-document steps, unless nothing they read changed since they last finished
    (an unchanged rebuild); what they are now current for, as the build's record holds it."""
    from . import finalise as steps

    if not (options.force or summary.processed or summary.pruned):
        current = steps.inputs(conn)
        if current == database.last_inputs(conn):
            summary.cross_document = "skipped"
            documents = len(database.document_stamps(conn))
            return _record(summary, current, "nothing changed", documents, steps.settings_fingerprint())
    if not settings_loaded:
        load_pipelines()  # a file pruned, or the settings changed: checked before the steps read them
    with stage(summary.stages, "finalise"):
        done = steps.finalise(conn, everything=options.force)
    if done is None:  # the steps did not finish
        return _record(summary, None, None, None, None)
    summary.cross_document, summary.cross_document_note = done.mode, done.note
    return _record(summary, done.inputs, done.note, done.documents, done.settings)


def _record(
    summary: BuildSummary, inputs: str | None, note: str | None, documents: int | None, settings: str | None
) -> database.BuildRecord:
    return database.BuildRecord(
        started_at="",
        files=summary.files,
        processed=summary.processed,
        unchanged=summary.skipped,
        failed=sum(1 for _, s, _ in summary.problems if s == "failed"),
        needs_ocr=sum(1 for _, s, _ in summary.problems if s == "needs_ocr"),
        pages=summary.pages,
        cross_document=summary.cross_document,
        inputs_sha256=inputs,
        cross_document_note=note,
        documents=documents,
        settings_sha256=settings,
    )


def _plan(
    conn: Any,
    files: list[Path],
    force: bool,
    summary: BuildSummary,
    progress: Callable[[DocumentResult | None], None] | None,
) -> tuple[dict[Path, list[SeenFile]], list[SeenFile]]:
    """The files to process, each with every file holding the same bytes; and the files whose
    bytes are already a document. Copies are read once."""
    known = database.known_documents(conn)
    recorded = database.known_files(conn)
    groups: dict[str, list[tuple[Path, SeenFile]]] = {}
    unchanged: list[SeenFile] = []
    for path in files:
        seen = _survey(path, recorded.get(os.path.abspath(path)), force)
        if seen.sha256 in known and not force:
            unchanged.append(seen)
            summary.skipped += 1
        elif seen.sha256 in groups:
            groups[seen.sha256].append((path, seen))
            summary.copies += 1
        else:
            groups[seen.sha256] = [(path, seen)]
            continue
        if progress:
            progress(None)
    return {group[0][0]: [seen for _, seen in group] for group in groups.values()}, unchanged


def _survey(path: Path, recorded: dict[str, Any] | None, force: bool) -> SeenFile:
    """The file as it is now. Its hash is read again only when its size or modification time
    changed since the last build (or with --force)."""
    absolute = os.path.abspath(path)
    try:
        stat = path.stat()
    except OSError:
        return SeenFile(absolute, 0, 0.0, _hash_or_name(path))
    same = recorded and recorded["size"] == stat.st_size and recorded["mtime"] == database.iso_time(stat.st_mtime)
    digest = recorded["sha256"] if recorded and same and not force else _hash_or_name(path)
    return SeenFile(absolute, stat.st_size, stat.st_mtime, digest)


def _run(
    todo: dict[Path, list[SeenFile]], options: BuildOptions, summary: BuildSummary, head: _HeadStart | None = None
) -> Iterator[DocumentResult]:
    """Results as they complete, each document read in a worker process under the limits;
    biggest files first, so that a 100-page file does not start last and finish alone. A long
    document is read in parts (`Job`), which start before the next document does.
    With `options.dask`, the same per-document work is mapped over a dask cluster."""
    jobs = sorted(((path, seen[0].sha256) for path, seen in todo.items()), key=lambda job: -_size(job[0]))
    if options.dask:
        from .cluster import run_on_cluster

        yield from run_on_cluster(jobs, options)
        return
    queue = deque(Job(path, digest) for path, digest in jobs)
    long: dict[str, _Long] = {}  # the documents being read in parts, by sha256
    started = _take_in(head, queue, long, summary) if head is not None else []
    init = functools.partial(init_worker, options.document)
    if jobs:
        # here, once: every worker is forked from this process and inherits the loaded model, so
        # the one started when a long document's ranges come in starts at once
        init()
    for job, outcome in workers.run(
        queue,
        functools.partial(_work, options=options.document),
        workers=options.workers or os.cpu_count() or 1,
        limits=options.limits,
        init=init,
        started=started,
    ):
        if job.part == "document" and not isinstance(outcome, (Split, Part)):
            yield _outcome((job.path, job.digest), outcome)
            continue
        summary.split += isinstance(outcome, Split)
        done = _joined(job, outcome, long, queue, options.document)
        if done is not None:
            yield done


def isolated(job: tuple[Path, str], options: BuildOptions) -> DocumentResult:
    """One document in its own worker process under the limits, as the local build reads each:
    what a dask task runs, so that a crash or a runaway file is recorded the same way."""
    init = functools.partial(init_worker, options.document)
    init()  # here, once per dask worker: each forked child inherits the loaded model
    work = functools.partial(_process_job, options=options.document)
    for done, outcome in workers.run([job], work, workers=1, limits=options.limits, init=init):
        return _outcome(done, outcome)
    raise AssertionError("workers.run returned no outcome for its one job")  # pragma: no cover


def _outcome(job: tuple[Path, str], outcome: DocumentResult | Failure) -> DocumentResult:
    path, digest = job
    if isinstance(outcome, Failure):
        return problem(path, digest, "failed", f"{path}: {outcome.reason}")
    return outcome


def _process_job(job: tuple[Path, str], options: DocumentOptions) -> DocumentResult:
    return process_document(*job, options)


# ---- a long document in parts -----------------------------------------------------------------
#
# A document over `split_pages` pages comes back from its first job as a `Split`: its page
# ranges. Each range is read on whichever worker is free ("pages": parse, lines, OCR); the
# parent joins them in page order and runs what only the whole document shows (running
# headers and footers, ligature repairs, the acronyms it defines and the words it prints in
# lower case). Then one job runs the document-level fact stages on all the pages ("facts")
# while the ranges go through spaCy ("spans"), and the parent puts the mentions together.
# Every part runs under the time and memory limits; a part that fails fails its document
# (one line: which pages, and why), and its other parts are dropped.


@dataclass(frozen=True)
class Job:
    """A piece of one document's work for a worker. `part`: "document" (the whole file, or its
    Split when it is long), "pages" (read pages first..last; last None: to the end), "facts"
    (the document-level stages on all its `pages`) or "spans" (spaCy on one range's `pages`,
    with the document's `context`)."""

    path: Path
    digest: str
    part: str = "document"
    first: int = 1
    last: int | None = None
    pages: tuple[PageText, ...] = ()
    info: tuple[tuple[str, str], ...] = ()  # the PDF's metadata, for "facts"
    context: Any = None  # entities.Context, for "spans"

    def where(self) -> str:
        if self.part in ("pages", "spans"):
            return f"pages {self.first}-{self.last}" if self.last else f"pages {self.first}-end"
        return "its document-level stages"


@dataclass(frozen=True)
class Split:
    """A document longer than `split_pages`: read it in these page ranges (the last open-ended)."""

    pages: int
    size: int
    ranges: tuple[tuple[int, int | None], ...]


@dataclass(frozen=True)
class Part:
    """What one part of a long document gave: its pages read, the facts, or a range's spans."""

    pages: tuple[PageText, ...] = ()
    info: tuple[tuple[str, str], ...] = ()
    facts: Facts | None = None
    spans: tuple[Any, ...] = ()  # entities.PageSpan
    timings: tuple[tuple[str, float], ...] = ()


def page_splits(pages: int, size: int) -> tuple[tuple[int, int | None], ...]:
    """Ranges of `size` pages covering 1..pages; the last runs to the end (the text parser may
    count a page or two more than pdfium)."""
    starts = range(1, pages + 1, size)
    return tuple((a, a + size - 1 if a + size <= pages else None) for a in starts)


def _work(job: Job, options: DocumentOptions) -> DocumentResult | Split | Part:
    """One job in a worker: a document, or a part of a long one."""
    if job.part == "pages":
        return _read_part(job, options)
    if job.part == "facts":
        return _facts_part(job)
    if job.part == "spans":
        return _spans_part(job, options)
    return _split(job.path, options) or process_document(job.path, job.digest, options)


def _split(path: Path, options: DocumentOptions) -> Split | None:
    """The page ranges of a document longer than options.split_pages; None for a shorter one
    (or one that is not a PDF at all: process_document says why)."""
    from .pdf import check_file, page_count

    if not options.split_pages:
        return None
    try:
        size = len(check_file(path))
    except (BadInput, OSError):
        return None
    pages = page_count(path)
    return Split(pages, size, page_splits(pages, options.split_pages)) if pages > options.split_pages else None


def _read_part(job: Job, options: DocumentOptions) -> Part | DocumentResult:
    from .pdf import read_pages

    timings: dict[str, float] = {}
    try:
        with stage(timings, "pdf"):
            pages, info = read_pages(job.path, _ocr(options), job.first, job.last)
    except NeedsOCR as e:
        return problem(job.path, job.digest, "needs_ocr", str(e), _page_count(job.path))
    except (BadInput, OSError) as e:
        return problem(job.path, job.digest, "failed", _one_line(e))
    return Part(pages=tuple(pages), info=tuple(info.items()), timings=tuple(timings.items()))


def _facts_part(job: Job) -> Part | DocumentResult:
    def facts() -> Part:
        timings: dict[str, float] = {}
        found = _facts(list(job.pages), dict(job.info), timings)
        return Part(facts=found, timings=tuple(timings.items()))

    return _guarded(job.path, job.digest, len(job.pages), facts)


def _spans_part(job: Job, options: DocumentOptions) -> Part | DocumentResult:
    from .entities import find_spans, loaded_model

    nlp = loaded_model(options.model)

    def spans() -> Part:
        timings: dict[str, float] = {}
        with stage(timings, "entities"):
            found = find_spans(job.pages, nlp, job.context)
        return Part(spans=tuple(found), timings=tuple(timings.items()))

    return _guarded(job.path, job.digest, 0, spans)


@dataclass
class _Long:
    """A long document while its parts are out, and what has come back of them."""

    job: Job
    split: Split
    waiting: int = 0
    parts: dict[tuple[str, int], Part] = field(default_factory=dict)  # by (part, first page)
    pages: list[PageText] = field(default_factory=list)
    context: Any = None
    timings: dict[str, float] = field(default_factory=dict)

    def send(self, queue: deque[Job], jobs: list[Job]) -> None:
        """Queue `jobs` before any other document's: a started document finishes first."""
        queue.extendleft(reversed(jobs))
        self.waiting += len(jobs)

    def joined(self, part: str) -> list[Part]:
        return [p for (kind, _), p in sorted(self.parts.items()) if kind == part]


@dataclass(frozen=True)
class _HeadStart:
    """The first page ranges of the largest file, one to each worker the build will have, each
    worker started before the parent loads the settings and the spaCy model (about a second, in
    which the cores would otherwise wait): reading pages needs neither."""

    path: Path
    digest: str
    split: Split
    workers: tuple[Any, ...]  # from workers.start_one, one a range from the first

    def stop(self) -> None:
        """Let the workers go (each has ended already unless the build stopped before taking them in)."""
        for worker in self.workers:
            workers.stop(worker)


def _head_start(paths: Sequence[Path], options: BuildOptions) -> _HeadStart | None:
    """Start reading the first ranges of the largest of `paths`, the document `_run` starts
    first, when it is long enough to be read in ranges. Not on one worker (it reads alone,
    after the parent's start) nor on dask (which reads documents whole)."""
    size = options.workers or os.cpu_count() or 1
    if size < 2 or options.dask or not paths:
        return None
    split_pages = settings().split_pages if options.split_pages is None else options.split_pages
    document = replace(options.document, split_pages=split_pages)
    path = max(paths, key=_size)
    split = _split(path, document)
    if split is None:
        return None
    digest = _hash_or_name(path)
    init = functools.partial(init_worker, replace(document, entities=False))
    work = functools.partial(_work, options=document)
    started = tuple(
        workers.start_one(Job(path, digest, "pages", first, last), work, limits=options.limits, init=init)
        for first, last in split.ranges[:size]
    )
    return _HeadStart(path, digest, split, started)


def _take_in(head: _HeadStart, queue: deque[Job], long: dict[str, _Long], summary: BuildSummary) -> list[Any]:
    """The head start's document as a long one whose first ranges are out: its other ranges go
    first in the queue, in its place; and the workers reading it. No workers when the build does
    not read that file after all (its bytes are a document already, or another file's copy)."""
    mine = [j for j in queue if (j.path, j.digest) == (head.path, head.digest)]
    if not mine:
        head.stop()
        return []
    queue.remove(mine[0])
    out = len(head.workers)
    doc = long[head.digest] = _Long(mine[0], head.split, waiting=out)
    doc.send(queue, [replace(mine[0], part="pages", first=a, last=b) for a, b in head.split.ranges[out:]])
    summary.split += 1
    return list(head.workers)


def _joined(
    job: Job,
    outcome: DocumentResult | Split | Part | Failure,
    long: dict[str, _Long],
    queue: deque[Job],
    options: DocumentOptions,
) -> DocumentResult | None:
    """Take one part's outcome; the document's result once it is complete, or has failed."""
    if isinstance(outcome, Split):
        started = long[job.digest] = _Long(job, outcome)
        started.send(queue, [replace(job, part="pages", first=a, last=b) for a, b in outcome.ranges])
        return None
    doc = long.get(job.digest)
    if doc is None:
        return None  # a part of a document that has already failed
    doc.waiting -= 1
    done = _take(doc, job, outcome, queue, options)
    if done is not None:  # complete or failed: its queued parts, if any, are dropped
        del long[job.digest]
        for queued in [j for j in queue if j.digest == job.digest]:
            queue.remove(queued)
    return done


def _take(
    doc: _Long, job: Job, outcome: DocumentResult | Part | Failure, queue: deque[Job], options: DocumentOptions
) -> DocumentResult | None:
    """Keep the part; when it was the last one out, the next step: the document-level stages
    after the ranges are read, the result after those."""
    if not isinstance(outcome, Part):
        return _part_failed(job, outcome)
    doc.parts[job.part, job.first] = outcome
    for name, seconds in outcome.timings:
        doc.timings[name] = doc.timings.get(name, 0.0) + seconds
    if doc.waiting:
        return None
    if job.part == "pages":
        return _guarded(job.path, job.digest, doc.split.pages, lambda: _send_stages(doc, queue, options))
    return _guarded(job.path, job.digest, len(doc.pages), lambda: _put_together(doc, options))


def _part_failed(job: Job, outcome: DocumentResult | Failure) -> DocumentResult:
    if isinstance(outcome, Failure):
        return problem(job.path, job.digest, "failed", f"{job.path}: {job.where()}: {outcome.reason}")
    return outcome  # the part's own record: a damaged page, a scan without OCR, a bug


def _send_stages(doc: _Long, queue: deque[Job], options: DocumentOptions) -> DocumentResult | None:
    """All the ranges are read: join their pages and send out the document-level stages (one
    job) and spaCy (one job a range); None, or the document when it needs OCR."""
    from .pdf import finish_pages

    job = doc.job
    read = doc.joined("pages")
    with stage(doc.timings, "pdf"):
        try:
            pages = finish_pages(job.path, [p for part in read for p in part.pages], _ocr(options))
        except NeedsOCR as e:
            return problem(job.path, job.digest, "needs_ocr", str(e), doc.split.pages)
        doc.pages = [_bounded(job.path, page) for page in pages]
    doc.parts.clear()  # the pages as read: the joined ones replace them
    jobs = [replace(job, part="facts", pages=tuple(doc.pages), info=read[0].info)]
    if options.entities:
        from .entities import document_context

        with stage(doc.timings, "entities"):
            doc.context = document_context(doc.pages)
        for a, b in doc.split.ranges:
            chosen = tuple(p for p in doc.pages if a <= p.page and (b is None or p.page <= b))
            jobs.append(replace(job, part="spans", first=a, last=b, pages=chosen, context=doc.context))
    doc.send(queue, jobs)
    return None


def _put_together(doc: _Long, options: DocumentOptions) -> DocumentResult:
    """The facts and every range's spans are back: the document's result."""
    job = doc.job
    [facts_part] = doc.joined("facts")
    facts = facts_part.facts
    assert facts is not None
    mentions: list[Mention] = []
    aliases: list[OrgAlias] = []
    if options.entities:
        from .entities import resolve

        with stage(doc.timings, "entities"):
            found = [s for part in doc.joined("spans") for s in part.spans]
            mentions, aliases = resolve(doc.pages, found, doc.context, facts.people)
    return _document(job.digest, job.path, doc.split.size, doc.pages, facts, mentions, aliases, doc.timings)
