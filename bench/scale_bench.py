"""Scale benchmark (issue 12, point 6): one database grown to 2,000 documents, and what each
document costs as it grows.

    .venv/bin/python bench/scale_bench.py                      # 500 -> 1,000 -> 2,000
    .venv/bin/python bench/scale_bench.py --counts 20,40,80   # a quick look

The documents are small, so 2,000 of them finish in minutes on two cores: four in five are
drawn by this script (reportlab) as minutes and priority plans of 60 invented bodies, with
varied dates, attendees, decisions, actions, partner names (some misspelt, some by acronym)
and priorities that change from one year's plan to the next, so that organisation dedupe,
priority lineage and duplicate minutes have real work; one in five is a small real PDF from
../shared/corpus/dev (three pages at most) with a comment appended after its end, so that each
copy hashes differently and is read again.

The database grows in steps (500, then 500 more, then 1,000 more): each step is one build of
the files so far, so the earlier ones are unchanged and only the new ones are read. Each step
runs in a fresh process (spawned: nothing inherited) and reports pages/s, the writer's
milliseconds per document, the cross-document steps' seconds, the database's size and the peak
resident memory of the writer and of its largest worker. The per-document cost must not grow
with the database. Then an unchanged rebuild of the whole set (its cost as a share of a first
build) and one file added to it (what the cross-document steps re-ran).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "corpus" / "dev"
REAL_MAX_PAGES = 3
REAL_EVERY = 5  # one document in five is a real PDF copied with a changed byte

PLACES = (
    "Ashcombe Aldermoor Barford Bramley Brockhurst Caldwell Castleford Cheswick Coldridge Dunmore "
    "Eastwick Elmstead Fairbourne Farleigh Glenholme Greywell Hadley Harwood Holbrook Ivybridge "
    "Kelbrook Kingsdown Langford Larkhill Lowfield Marden Millbrook Moreton Netherby Northam "
    "Oakhampton Oldcastle Pemberley Penrith Quarrington Radford Redbourne Rosedale Saltwood Sandhurst "
    "Shelford Southam Stanwick Stockley Thornbury Tilford Upwell Walford Westcott Whitley "
    "Wickham Winslow Woodbury Wrenfield Yarnton Yelverton Ashby Barrow Calder Denholm"
).split()
SHIRES = ("Northshire", "Westmoor", "Eastvale", "Southdown", "Midford", "Highcombe")
# partners as minutes name them: the full name, an acronym after it, a misspelling
PARTNERS = (
    "{shire} Police",
    "{shire} County Council (KCC)",
    "{shire} Fire and Rescue Service",
    "{shire} Clinical Commissioning Group",
    "{shire} Police and Crime Commissioner",
    "{shire} Polce",  # a typo dedupe should fold into the police
    "{shire} Fire and Rescue Servce",
)
FIRST = "Alan Beth Carol David Emma Frank Grace Harry Irene James Karen Liam Mary Nina Oliver Paul".split()
LAST = "Adams Baker Clarke Davies Evans Fisher Green Harris Irwin Jones King Lewis Moore Nash Owen Price".split()
TOPICS = (
    "Play area repairs",
    "Speeding on the High Street",
    "Allotment rents",
    "Footpath maintenance",
    "Village hall bookings",
    "Street lighting",
    "Grass cutting contract",
    "Planning application for six homes",
    "Litter and fly-tipping",
    "Community grants",
)
PRIORITIES = (
    "Domestic Abuse",
    "Anti-Social Behaviour",
    "Serious Violence",
    "Road Safety",
    "Safeguarding Vulnerable People",
    "Substance Misuse",
    "Preventing Extremism and Hate Crime",
    "Reducing Reoffending",
    "Protecting Young People from Exploitation",
    "Fraud and Scams",
)

Line = str | tuple[str, str]  # text, or (text, "b") for bold


def render(path: Path, lines: list[Line]) -> None:
    """Draw the lines top to bottom in Helvetica, a new page when one is full."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 790
    for entry in lines:
        text, style = (entry, "") if isinstance(entry, str) else entry
        if y < 60:
            c.showPage()
            y = 790
        if text:
            c.setFont("Helvetica-Bold" if style == "b" else "Helvetica", 10)
            c.drawString(56, y, text)
        y -= 14 if text else 7
    c.save()


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def minutes(n: int, rng: random.Random) -> list[Line]:
    """A parish council's minutes: title, attendance, numbered items with decisions and actions."""
    place, shire = PLACES[n % len(PLACES)], SHIRES[n % len(SHIRES)]
    day, month, year = 1 + n % 28, ("January", "March", "May", "July", "September", "November")[n % 6], 2010 + n % 14
    date = f"{day} {month} {year}"
    lines: list[Line] = [
        (f"{place.upper()} PARISH COUNCIL", "b"),
        f"MINUTES of a meeting of {place} Parish Council held in the Village Hall on {date} at 7.30 pm.",
        "",
        "PRESENT: Councillors " + ", ".join(f"{_person(rng)}" for _ in range(4)) + f" and {_person(rng)}",
        f"IN ATTENDANCE: {_person(rng)} (Clerk) and PCSO {_person(rng)} ({shire} Police)",
        "",
        ("1. Apologies for Absence", "b"),
        f"Apologies were received from Councillor {_person(rng)}.",
        "",
        ("2. Minutes of the previous meeting", "b"),
        "RESOLVED that the minutes of the previous meeting be approved as a correct record.",
        "",
    ]
    for item, topic in enumerate(rng.sample(TOPICS, 3), 3):
        partner = rng.choice(PARTNERS).format(shire=shire)
        lines += [
            (f"{item}. {topic}", "b"),
            f"Members discussed {topic.lower()} with {partner} and residents who attended.",
            f"RESOLVED that the Clerk write to {partner} about {topic.lower()}.",
            f"Action: Clerk to report back to the next meeting on {topic.lower()}.",
            "",
        ]
    return [*lines, "The meeting closed at 9.05 pm."]


def plan(n: int, rng: random.Random) -> list[Line]:
    """A partnership's community safety plan: this year's priorities, changed from last year's."""
    place, shire = PLACES[n // 3 % len(PLACES)], SHIRES[n % len(SHIRES)]  # every third document is a plan
    version = n // (3 * len(PLACES))  # the place's plans before this one
    year = 2012 + version % 12
    start = version % 4  # each later plan of a place drops one priority and adds one
    chosen = list(PRIORITIES[start : start + 5])
    if rng.random() < 0.3:
        chosen[0] += " and Sexual Violence"  # renamed: lineage reads it as expanded
    lines: list[Line] = [
        (f"{place} Community Safety Partnership", "b"),
        (f"Community Safety Plan {year}-{year + 3 - 2000}", "b"),
        "",
        f"The {place} Community Safety Partnership brings together {shire} Police, {shire} County",
        f"Council and {shire} Fire and Rescue Service to keep {place} safe.",
        "",
        f"The {place} Community Safety Partnership's priorities for {year}/{year + 1 - 2000} are:",
    ]
    lines += [f"{i}. {text}" for i, text in enumerate(chosen, 1)]
    lines += ["", "Each priority has a lead partner and an action plan reviewed every quarter."]
    return lines


def make_documents(folder: Path, count: int) -> list[Path]:
    """`count` PDFs in `folder` (kept and reused while the folder holds them)."""
    folder.mkdir(parents=True, exist_ok=True)
    real = _small_real_pdfs()
    paths = []
    for n in range(count):
        path = folder / f"doc-{n:05d}.pdf"
        if not path.exists():
            if real and _is_real(n):
                path.write_bytes(real[n % len(real)].read_bytes() + f"\n% scale-bench copy {n}\n".encode())
            else:
                render(path, document(n))
        paths.append(path)
    return paths


def _is_real(n: int) -> bool:
    return n % REAL_EVERY == REAL_EVERY - 1


def document(n: int) -> list[Line]:
    """Document n: a plan (one in three), else minutes; one set of minutes in ten is an agenda
    pack that prints the minutes of the same council's meeting of PLACES documents before."""
    if n % 3 == 0:
        return plan(n, random.Random(n))
    lines = minutes(n, random.Random(n))
    earlier = n - len(PLACES)
    if n % 10 == 2 and earlier >= 0 and earlier % 3 and not _is_real(earlier):
        reprinted = minutes(earlier, random.Random(earlier))
        lines += ["", ("Minutes of the previous meeting, for approval", "b"), "", *reprinted]
    return lines


def _small_real_pdfs() -> list[Path]:
    if not REAL.is_dir():
        return []
    import pypdfium2

    small = []
    for path in sorted(REAL.glob("*.pdf")):
        document = pypdfium2.PdfDocument(path)
        if len(document) <= REAL_MAX_PAGES:
            small.append(path)
        document.close()
    return small


# ---- one step: a build in a fresh process ----------------------------------------------------


@dataclass(frozen=True)
class Step:
    documents: int  # in the database after the step
    processed: int
    pages: int
    seconds: float
    write_seconds: float
    finalise_seconds: float
    db_mb: float
    writer_mb: float
    worker_mb: float
    line: str

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def write_ms_per_document(self) -> float:
        return 1000 * self.write_seconds / self.processed if self.processed else 0.0

    @property
    def seconds_per_document(self) -> float:
        return self.seconds / self.processed if self.processed else 0.0


def _build_step(files: list[str], db: str, workers: int) -> dict[str, Any]:
    """Runs in a spawned process: one build, and the peak memory of this process (the writer)
    and of its largest worker."""
    from extractor.build import BuildOptions, build

    started = time.perf_counter()
    summary = build([Path(f) for f in files], Path(db), BuildOptions(workers=workers))
    return {
        "processed": summary.processed,
        "pages": summary.pages,
        "seconds": time.perf_counter() - started,
        "write": summary.stages.get("write", 0.0),
        "finalise": summary.stages.get("finalise", 0.0),
        "writer_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "worker_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "line": summary.line(),
    }


def run_step(files: list[Path], db: Path, workers: int) -> Step:
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        r = pool.submit(_build_step, [str(f) for f in files], str(db), workers).result()
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    return Step(
        len(files),
        r["processed"],
        r["pages"],
        r["seconds"],
        r["write"],
        r["finalise"],
        size / 1e6,
        r["writer_kb"] / 1024,
        r["worker_kb"] / 1024,
        r["line"],
    )


def cli_seconds(files: list[Path], db: Path, workers: int) -> tuple[float, str]:
    """Wall time of `extractor build` as a user runs it (interpreter start included), and its
    summary line."""
    command = [str(Path(sys.executable).parent / "extractor"), "build", *map(str, files)]
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "--db", str(db), "--silent", "-w", str(workers)], capture_output=True, text=True, check=True
    )
    return time.perf_counter() - started, done.stderr.strip().splitlines()[-1]


# ---- the report ------------------------------------------------------------------------------


def table(steps: list[Step]) -> str:
    head = (
        "| documents | read | pages | pages/s | s/document | write ms/document | cross-document s "
        "| database MB | writer peak MB | worker peak MB |"
    )
    rows = [head, "|" + "---:|" * 10]
    for s in steps:
        rows.append(
            f"| {s.documents:,} | {s.processed:,} | {s.pages:,} | {s.pages_per_second:.1f} | "
            f"{s.seconds_per_document:.3f} | {s.write_ms_per_document:.1f} | {s.finalise_seconds:.1f} | "
            f"{s.db_mb:.1f} | {s.writer_mb:.0f} | {s.worker_mb:.0f} |"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="500,1000,2000", help="database sizes, in order (default 500,1000,2000)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "scale-bench")
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",")]
    files = make_documents(args.folder / "pdfs", counts[-1] + 1)
    extra, files = files[-1], files[:-1]
    db = args.folder / "scale.db"
    for old in args.folder.glob("scale.db*"):
        old.unlink()
    load = os.getloadavg()
    steps = []
    for count in counts:
        steps.append(run_step(files[:count], db, args.workers))
        print(f"{count:,} documents: {steps[-1].line}", flush=True)
    print(f"\nload average at the start {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}; {args.workers} workers\n")
    print(table(steps))
    _rebuilds(files, extra, db, steps, args)


def _rebuilds(files: list[Path], extra: Path, db: Path, steps: list[Step], args: argparse.Namespace) -> None:
    """An unchanged rebuild of every file, against the time a first build of them takes; then one
    file more, and what its cross-document steps re-ran."""
    first = sum(s.seconds for s in steps)
    seconds, line = cli_seconds(files, db, args.workers)
    print(f"\nunchanged rebuild of {len(files):,} files: {seconds:.2f}s = {100 * seconds / first:.2f}% of the")
    print(f"first build's {first:.0f}s (the steps above); {line}")
    added = run_step([*files, extra], db, args.workers)
    print(
        f"one file added: {added.seconds:.2f}s, of which the cross-document steps {added.finalise_seconds:.2f}s "
        f"(they took {steps[-1].finalise_seconds:.2f}s on the last step); {added.line}"
    )


if __name__ == "__main__":
    main()
