"""OCR quality and speed on the bundled corpus made image-only.

    .venv/bin/python bench/ocr_bench.py [--out /tmp/ocr-bench] [--dpi 200] [--workers 2]

Every page of corpus/*.pdf is rendered to a grayscale image (a 200 dpi "scan") and the images
are saved as image-only PDFs under the same file names in --out (nothing is committed). Then:
- OCR pages/s per core: one process OCRs every page of the image-only PDFs, timed;
- CER: the image-only corpus is built (OCR) and the born-digital one too, and each page's text
  is compared with the text layer's: Levenshtein distance over the reference length, whitespace
  collapsed, summed over all pages;
- the two databases' paths are printed for `../shared/eval/score.py DB ../shared/gold`.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import time
from pathlib import Path

import pypdfium2
from rapidfuzz.distance import Levenshtein

from extractor import ocr
from extractor.build import BuildOptions, build, collect_files
from extractor.pdf import read_pdf
from extractor.workers import Limits

ROOT = Path(__file__).resolve().parent.parent


def image_only(source: Path, target: Path, dpi: int) -> int:
    """Write `target`: each page of `source` as a grayscale image, no text layer. Returns pages."""
    doc = pypdfium2.PdfDocument(str(source))
    images = [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in doc]
    doc.close()
    images[0].save(target, save_all=True, append_images=images[1:], resolution=float(dpi))
    return len(images)


def ocr_speed(files: list[Path]) -> tuple[int, float, float]:
    """(pages, wall seconds, CPU seconds) for one process to OCR every page: render, Tesseract
    (a child process, one thread), layout. CPU time is steadier than wall time on a busy machine."""
    reader = ocr.OcrReader()
    pages = 0
    started, cpu = time.perf_counter(), _cpu()
    for path in files:
        pages += sum(1 for p in read_pdf(path, ocr=reader)[0] if p.ocr)
    return pages, time.perf_counter() - started, _cpu() - cpu


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def page_texts(db: Path) -> dict[tuple[str, int], str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select d.filename, p.page, p.text from pages p join documents d on d.id = p.document_id")
        return {(name, page): " ".join(text.split()) for name, page, text in rows}


def cer(reference: dict[tuple[str, int], str], hypothesis: dict[tuple[str, int], str]) -> tuple[float, int]:
    errors = sum(Levenshtein.distance(text, hypothesis.get(key, "")) for key, text in reference.items())
    chars = sum(len(text) for text in reference.values())
    return errors / max(chars, 1), chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("/tmp/ocr-bench"))
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    scans = args.out / "image-only"
    scans.mkdir(parents=True, exist_ok=True)
    files = collect_files([ROOT / "corpus"])
    made = [scans / f.name for f in files]
    total = sum(image_only(f, t, args.dpi) for f, t in zip(files, made))
    print(f"{total} pages rendered at {args.dpi} dpi to image-only PDFs in {scans}")
    pages, seconds, cpu = ocr_speed(made)
    print(
        f"OCR: {pages} pages in {seconds:.1f}s wall, {cpu:.1f}s CPU, one process: "
        f"{pages / cpu:.2f} pages per CPU-second per core ({pages / seconds:.2f} pages/s wall)"
    )
    digital, scanned = args.out / "born-digital.db", args.out / "image-only.db"
    for db, folder in ((digital, ROOT / "corpus"), (scanned, scans)):
        for stale in db.parent.glob(db.name + "*"):
            stale.unlink()
        # the default limits: each page OCR reads adds ocr.yml's seconds_per_page to its
        # document's time, so the 91-page scan must complete under them
        summary = build([folder], db, BuildOptions(workers=args.workers, limits=Limits()))
        print(f"{db}: {summary.line()}")
        failed = [(path, why) for path, status, why in summary.problems if status == "failed"]
        if failed:
            print(f"FAILED under the default limits: {failed}")
    rate, chars = cer(page_texts(digital), page_texts(scanned))
    print(f"CER: {rate:.4f} ({rate * 100:.2f}%) over {chars} characters of text layer")
    print(f"score each: python3 ../shared/eval/score.py {digital} ../shared/gold (and {scanned})")


if __name__ == "__main__":
    main()
