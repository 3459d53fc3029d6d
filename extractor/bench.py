"""Throughput and memory of a build, as ratios against raw text extraction on the same files.

The machine is shared and noisy, so absolute times mean little; what `extractor bench`
reports is one run of each stage over the same files on the same cores, and the ratios between
them: the full build against pdfplumber's ``extract_text`` alone, pdfplumber against raw
pypdfium2 text, and the build on N workers against one.

Each stage runs in a fresh process (spawned, so no memory is inherited), and memory is
``resource.getrusage(...).ru_maxrss``: the peak resident set size of the process that did the
work (for the parallel build, the largest of its worker processes), interpreter, pdfplumber
and spaCy model included. Not tracemalloc, which sees only Python allocations.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import resource
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .build import BuildOptions, build, collect_files
from .errors import ExtractorError
from .models import DocumentResult
from .workers import Limits

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
REAL = ROOT.parent / "shared" / "corpus" / "real"
# the larger real PDFs: a 107-page A3 strategy, a 71-page KPI report, an 85-page landscape matrix
REAL_FILES = (
    "uk-black-country-core-strategy-2011-02.pdf",
    "uk-kent-cc-quarterly-performance-report-q3-2024-25.pdf",
    "uk-cityoflondon-iia-appx6-proposed-submission-city-plan-2036-2021-03.pdf",
)
# scans and garbage text layers: the OCR stage's workload (a 7-page scan, 3 pages of (cid:N))
OCR_FILES = (
    "uk-milburn-pc-annual-return-2018-scanned.pdf",
    "uk-horsley-pc-draft-minutes-2014-03-18-garbled-text.pdf",
)
# build stages in the order they run (keys of BuildSummary.stages), with what each one covers
STAGES = (
    ("plan", "plan (hash, skip unchanged)"),
    ("pdf", "pdf (parse, reading order)"),
    ("meetings", "meetings (+ layout blocks)"),
    ("document", "document, sections"),
    ("priorities", "priorities, actions"),
    ("dates", "dates"),
    ("entities", "entities (spaCy)"),
    ("write", "write (SQLite)"),
    ("finalise", "finalise (cross-document)"),
)
AIM_BUILD_RATIO = 0.6
AIM_SPEEDUP = 1.8
AIM_LAYOUT_RATIO = 15  # issue 9: the pdf stage (text, reading order, tables) against pdfplumber's extract_text
PACK_PAGES = 500  # one long agenda pack: the REAL_FILES back to back, repeated to this many pages


@dataclass(frozen=True)
class Stage:
    """One timed run: pages it read, wall seconds, and peak RSS in MB of the process that worked."""

    name: str
    pages: int
    seconds: float
    cpu_seconds: float  # user + system of every process that worked; steadier than wall time
    peak_mb: float
    words: int = 0
    entity_seconds: float = 0.0
    stages: tuple[tuple[str, float], ...] = ()  # seconds per build stage (BuildSummary.stages)

    @property
    def pages_per_second(self) -> float:
        return _ratio(self.pages, self.seconds)

    @property
    def pages_per_cpu_second(self) -> float:
        return _ratio(self.pages, self.cpu_seconds)


@dataclass(frozen=True)
class Report:
    files: tuple[Path, ...]
    workers: int
    pdfium: Stage
    pdfplumber: Stage
    build_one: Stage
    build_many: Stage
    load: tuple[float, float]  # load average (1 minute) before and after
    cores: int
    ocr: Stage | None = None  # OCR of the pages that need it, one process; None where none did
    pack: tuple[Stage, Stage] | None = None  # the build of one long pack on 1 and on N workers
    layout: Stage | None = None  # the pdf stage alone (pdf.read_pdf: text, reading order, tables), one process

    def table(self) -> str:
        """The report as aligned text rows."""
        rows = [
            (
                f"workload: {len(self.files)} file(s), {self.build_one.pages} pages; one run of each stage on "
                f"{self.cores} core(s), load average {self.load[0]:.1f} before, {self.load[1]:.1f} after"
            ),
            "",
            f"{'stage':28}{'pages/s':>9}{'pages/cpu-s':>12}{'wall s':>8}{'cpu s':>8}{'pages':>7}{'peak MB':>9}",
        ]
        pack = self.pack or ()
        for s in (self.pdfium, self.pdfplumber, self.layout, self.build_one, self.build_many, *pack, self.ocr):
            if s is None:
                continue
            rows.append(
                f"{s.name:28}{s.pages_per_second:9.2f}{s.pages_per_cpu_second:12.2f}{s.seconds:8.1f}"
                f"{s.cpu_seconds:8.1f}{s.pages:7d}{s.peak_mb:9.0f}"
            )
        rows += ["", *self.ratios(), "", *self.shares()]
        return "\n".join(rows)

    def shares(self) -> list[str]:
        """Each build stage's seconds and share of all stage seconds, on 1 and on N workers: the
        per-document stages are worker seconds summed over documents, the rest the writer's."""
        one, many = dict(self.build_one.stages), dict(self.build_many.stages)
        totals = sum(one.values()), sum(many.values())
        rows = [f"{'build stage':28}{'1 worker s':>11}{'share':>7}{f'{self.workers} workers s':>13}{'share':>7}"]
        for name, label in STAGES:
            a, b = one.get(name, 0.0), many.get(name, 0.0)
            rows.append(f"{label:28}{a:11.2f}{_ratio(a, totals[0]):7.0%}{b:13.2f}{_ratio(b, totals[1]):7.0%}")
        return rows

    def ratios(self) -> list[str]:
        one, many, plumber, pdfium = self.build_one, self.build_many, self.pdfplumber, self.pdfium
        build_ratio = _ratio(one.pages_per_second, plumber.pages_per_second)
        build_cpu = _ratio(one.pages_per_cpu_second, plumber.pages_per_cpu_second)
        plumber_ratio = _ratio(plumber.pages_per_second, pdfium.pages_per_second)
        speedup = _ratio(many.pages_per_second, one.pages_per_second)
        words = _ratio(one.words, one.entity_seconds)
        rows = [
            f"{'build (1 worker) / pdfplumber alone, pages/s':44}{build_ratio:8.2f}  (aim >= {AIM_BUILD_RATIO})",
            f"{'build (1 worker) / pdfplumber, pages/cpu-s':44}{build_cpu:8.2f}",
            (
                f"{'pdfplumber / pypdfium2, pages/s':44}{plumber_ratio:8.3f}  "
                f"(pypdfium2 is {_ratio(1, plumber_ratio):.0f}x faster)"
            ),
            f"{f'speed-up, {self.workers} workers / 1':44}{speedup:8.2f}  (aim >= {AIM_SPEEDUP} on 2 cores)",
            f"{'spaCy words/s (entities stage, 1 worker)':44}{words:8.0f}  ({one.words} words)",
            f"{'peak RSS per worker, 1 worker (MB)':44}{one.peak_mb:8.0f}  (ru_maxrss, whole process)",
            f"{f'peak RSS per worker, {self.workers} workers (MB)':44}{many.peak_mb:8.0f}  (ru_maxrss, largest worker)",
        ]
        return rows + self._layout_ratio() + self._pack_ratios() + self._ocr_ratio()

    def _layout_ratio(self) -> list[str]:
        """The pdf stage alone against pdfplumber's extract_text, per CPU second (issue 9)."""
        if self.layout is None:
            return []
        ratio = _ratio(self.layout.pages_per_cpu_second, self.pdfplumber.pages_per_cpu_second)
        return [f"{'pdf stage alone / pdfplumber, pages/cpu-s':44}{ratio:8.2f}  (aim >= {AIM_LAYOUT_RATIO}; read_pdf)"]

    def _pack_ratios(self) -> list[str]:
        """The speed-up when the workload is one long document (read in page ranges)."""
        if self.pack is None:
            return []
        one, many = self.pack
        speedup = _ratio(many.pages_per_second, one.pages_per_second)
        label = f"speed-up, one {one.pages}-page pack, {self.workers} / 1"
        return [
            f"{label:44}{speedup:8.2f}  (aim >= {AIM_SPEEDUP} on 2 cores; read in page ranges)",
            f"{f'peak RSS per worker, the pack, {self.workers} workers':44}{many.peak_mb:8.0f}  (largest worker)",
        ]

    def _ocr_ratio(self) -> list[str]:
        if self.ocr is None:
            return []
        per_core = self.ocr.pages_per_cpu_second  # Tesseract's own CPU time is counted: it is a child
        return [f"{'OCR pages/s per core (render+Tesseract+layout)':44}{per_core:8.2f}  ({self.ocr.pages} pages)"]


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def workload(real: Path | None = REAL) -> tuple[list[Path], list[str]]:
    """The bundled corpus plus the larger real PDFs, and a note for each one that is missing."""
    files = collect_files([CORPUS])
    notes = []
    for name in REAL_FILES:
        path = (real or REAL) / name
        if path.exists():
            files.append(path)
        else:
            notes.append(f"skipping {path}: not found (pass --real DIR, or --files)")
    return files, notes


def pack_workload(real: Path | None = REAL) -> list[Path]:
    """The larger real PDFs that are present: the pages of the long pack."""
    return [path for name in REAL_FILES if (path := (real or REAL) / name).exists()]


def ocr_workload(real: Path | None = REAL) -> list[Path]:
    """The real scanned and garbled PDFs that are present."""
    return [path for name in OCR_FILES if (path := (real or REAL) / name).exists()]


def run(
    files: Sequence[Path],
    workers: int = 2,
    model: str | None = None,
    progress: Callable[[str], None] | None = None,
    ocr_files: Sequence[Path] = (),
    pack_files: Sequence[Path] = (),
) -> Report:
    """Time each stage on the same files, one after the other, each in a fresh process; then
    the build of one long pack made of `pack_files` on 1 and on N workers; then OCR alone on
    `ocr_files` (the pages of them that need it)."""
    load = os.getloadavg()[0]
    stages = []
    for job in (_pdfium, _pdfplumber, _pdf_layout, _build_one, _build_many):
        if progress:
            progress((job.__doc__ or job.__name__).replace("N workers", f"{workers} workers"))
        stages.append(_in_child(job, tuple(files), workers, model))
    pdfium, plumber, layout, one, many = stages
    pack = _pack(pack_files, workers, model, progress) if pack_files else None
    ocr = _in_child(_ocr, tuple(ocr_files), 1, model) if ocr_files else None
    cores = os.cpu_count() or 1
    return Report(
        tuple(files),
        workers,
        pdfium,
        plumber,
        one,
        many,
        (load, os.getloadavg()[0]),
        cores,
        ocr if ocr and ocr.pages else None,
        pack,
        layout,
    )


def _pack(
    files: Sequence[Path], workers: int, model: str | None, progress: Callable[[str], None] | None
) -> tuple[Stage, Stage]:
    """The full build of one long pack (files back to back, PACK_PAGES or more), on 1 and on N
    workers: how well a long document is shared out (build.yml split_pages)."""
    from .pdf import concatenate

    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmp:
        path = Path(tmp) / "pack.pdf"
        pages = concatenate(files, path, PACK_PAGES)
        built = []
        for n in (1, workers):
            if progress:
                progress(f"full build of one {pages}-page pack, {n} worker(s)")
            built.append(_in_child(_build_pack, (path,), n, model))
    return built[0], built[1]


def _in_child(job: Callable[..., Stage], *args: object) -> Stage:
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(job, *args).result()


def _timed(name: str, read: Callable[[Path], tuple[int, int]], files: Sequence[Path]) -> Stage:
    from .pdf import PARSER_ERRORS

    unreadable: tuple[type[BaseException], ...] = (ExtractorError, OSError, *PARSER_ERRORS)
    started, cpu = time.perf_counter(), _cpu_seconds()
    pages = 0
    for path in files:
        try:
            pages += read(path)[0]
        except unreadable as e:  # a file the reader cannot open adds no pages
            log.info("%s: %s cannot read it (%s)", path, name, e)
    return Stage(name, pages, time.perf_counter() - started, _cpu_seconds() - cpu, _peak_mb(resource.RUSAGE_SELF))


def _pdfium(files: Sequence[Path], workers: int, model: str | None) -> Stage:
    """pypdfium2 raw text"""
    from .pdf import pdfium_text

    return _timed("pypdfium2 raw text", pdfium_text, files)


def _pdfplumber(files: Sequence[Path], workers: int, model: str | None) -> Stage:
    """pdfplumber extract_text"""
    from .pdf import pdfplumber_text

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    return _timed("pdfplumber extract_text", pdfplumber_text, files)


def _pdf_layout(files: Sequence[Path], workers: int, model: str | None) -> Stage:
    """pdf stage alone (read_pdf)"""
    from .pdf import read_pdf

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    return _timed("pdf stage alone (read_pdf)", lambda path: (len(read_pdf(path)[0]), 0), files)


def _ocr(files: Sequence[Path], workers: int, model: str | None) -> Stage:
    """OCR of the pages that need it, 1 worker"""
    from .ocr import OcrReader, engine_version
    from .pdf import read_pdf

    if engine_version() is None:
        return Stage("OCR, 1 worker", 0, 0.0, 0.0, 0.0)  # no Tesseract: no row
    reader = OcrReader()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    return _timed("OCR, 1 worker", lambda path: (sum(1 for p in read_pdf(path, reader)[0] if p.ocr), 0), files)


def _build_one(files: Sequence[Path], workers: int, model: str | None) -> Stage:
    """full build, 1 worker"""
    return _build("full build, 1 worker", files, BuildOptions(workers=1, force=True, model=model))


def _build_many(files: Sequence[Path], workers: int, model: str | None) -> Stage:
    """full build, N workers"""
    return _build(f"full build, {workers} workers", files, BuildOptions(workers=workers, force=True, model=model))


def _build_pack(files: Sequence[Path], workers: int, model: str | None) -> Stage:
    # a long pack on 1 worker may take longer than a document's time limit: that is not what is measured
    limits = Limits(seconds=3600)
    options = BuildOptions(workers=workers, force=True, model=model, limits=limits)
    return _build(f"one long pack, {workers} worker{'s' if workers > 1 else ''}", files, options)


def _build(name: str, files: Sequence[Path], options: BuildOptions) -> Stage:
    """A full build into a throw-away database; words and entity seconds from each result."""
    counts = {"words": 0, "entities": 0.0}

    def tally(result: DocumentResult | None) -> None:
        if result is not None and result.status == "ok":
            counts["words"] += sum(len(p.text.split()) for p in result.pages)
            counts["entities"] += dict(result.timings).get("entities", 0.0)

    with tempfile.TemporaryDirectory() as tmp:
        started, cpu = time.perf_counter(), _cpu_seconds()
        summary = build(files, Path(tmp) / "bench.db", options, progress=tally)
        seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    # every document is read in a worker process, a child of this one
    peak = _peak_mb(resource.RUSAGE_CHILDREN) or _peak_mb(resource.RUSAGE_SELF)
    stages = tuple(summary.stages.items())
    return Stage(name, summary.pages, seconds, cpu, peak, int(counts["words"]), counts["entities"], stages)


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports kilobytes


def _cpu_seconds() -> float:
    """User and system time of this process and of its children that have finished."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
