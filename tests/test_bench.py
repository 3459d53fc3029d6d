"""`extractor bench`: its help, its table on a tiny workload, its arithmetic. Never its timings."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.bench import REAL_FILES, Report, Stage, workload
from extractor.cli import cli
from tests.fixtures import make

ROWS = [
    "pypdfium2 raw text",
    "pdfplumber extract_text",
    "pdf stage alone (read_pdf)",
    "full build, 1 worker",
    "full build, 2 workers",
    "build (1 worker) / pdfplumber alone, pages/s",
    "pdfplumber / pypdfium2, pages/s",
    "pdf stage alone / pdfplumber, pages/cpu-s",
    "speed-up, 2 workers / 1",
    "spaCy words/s (entities stage, 1 worker)",
    "peak RSS per worker, 1 worker (MB)",
    "peak RSS per worker, 2 workers (MB)",
    "build stage",
    "pdf (parse, reading order)",
    "meetings (+ layout blocks)",
    "entities (spaCy)",
    "write (SQLite)",
    "finalise (cross-document)",
]


def test_bench_help() -> None:
    result = CliRunner().invoke(cli, ["bench", "--help"])
    assert result.exit_code == 0
    assert "--files" in result.output and "--real" in result.output and "--workers" in result.output


def test_bench_on_a_tiny_workload_prints_every_row(tmp_path: Path) -> None:
    pdfs = [make.two_column(tmp_path), make.running_headers(tmp_path)]
    result = CliRunner().invoke(cli, ["bench", *(a for p in pdfs for a in ("--files", str(p)))])
    assert result.exit_code == 0, result.output
    assert "workload: 2 file(s), 5 pages" in result.output
    lines = result.output.splitlines()
    for row in ROWS:
        assert any(line.startswith(row) for line in lines), f"{row!r} missing from\n{result.output}"
    heads = ("pypdfium2", "pdfplumber extract", "pdf stage alone (", "full build")
    stages = [line.split() for line in lines if line.startswith(heads)]
    assert [s[-2] for s in stages] == ["5", "5", "5", "5", "5"]  # every stage read the same pages
    shares = [line.split() for line in lines[lines.index(next(x for x in lines if x.startswith("build stage"))) + 1 :]]
    assert sum(float(row[-3].rstrip("%")) for row in shares) == pytest.approx(100, abs=len(shares))
    pdf = next(row for row in shares if row[0] == "pdf")
    assert float(pdf[-4]) > 0 and float(pdf[-2]) > 0  # the parse took some time on 1 and on 2 workers


def test_missing_real_folder_is_skipped_with_a_message(tmp_path: Path) -> None:
    files, notes = workload(tmp_path / "nowhere")
    assert all(f.parent.name == "corpus" for f in files)
    assert len(notes) == len(REAL_FILES) and notes[0].startswith(f"skipping {tmp_path / 'nowhere'}")


def test_report_ratios() -> None:
    report = Report(
        (Path("a.pdf"),),
        2,
        pdfium=Stage("pypdfium2 raw text", 100, 1.0, 1.0, 50),
        pdfplumber=Stage("pdfplumber extract_text", 100, 50.0, 50.0, 60),
        build_one=Stage("full build, 1 worker", 100, 80.0, 80.0, 300, 20000, 10.0),
        build_many=Stage("full build, 2 workers", 100, 44.0, 85.0, 280),
        load=(1.0, 2.0),
        cores=2,
    )
    ratios = report.ratios()
    assert ratios[0].split()[-4:] == ["0.62", "(aim", ">=", "0.6)"]
    assert ratios[2].split()[-5:] == ["0.020", "(pypdfium2", "is", "50x", "faster)"]
    assert ratios[3].split()[5] == "1.82"
    assert ratios[4].split()[6] == "2000"


def test_report_shows_the_pdf_stage_against_pdfplumber_when_it_was_timed() -> None:
    stage = Stage("pdfplumber extract_text", 100, 5.0, 5.0, 60)
    layout = Stage("pdf stage alone (read_pdf)", 100, 1.0, 0.5, 80)
    report = Report((Path("a.pdf"),), 2, stage, stage, stage, stage, (1.0, 2.0), 2, layout=layout)
    assert report._layout_ratio()[0].split()[-5:] == ["10.00", "(aim", ">=", "15;", "read_pdf)"]
    assert "pdf stage alone (read_pdf)" in report.table()
    assert not Report((Path("a.pdf"),), 2, stage, stage, stage, stage, (1.0, 2.0), 2)._layout_ratio()


def test_report_shows_the_speed_up_on_one_long_pack_when_it_was_built() -> None:
    stage = Stage("pypdfium2 raw text", 100, 1.0, 1.0, 50)
    one = Stage("one long pack, 1 worker", 526, 100.0, 98.0, 230)
    many = Stage("one long pack, 2 workers", 526, 54.0, 101.0, 240)
    report = Report((Path("a.pdf"),), 2, stage, stage, stage, stage, (1.0, 2.0), 2, pack=(one, many))
    assert report.ratios()[-2:] == [
        "speed-up, one 526-page pack, 2 / 1              1.85  (aim >= 1.8 on 2 cores; read in page ranges)",
        "peak RSS per worker, the pack, 2 workers         240  (largest worker)",
    ]
    assert "one long pack, 2 workers" in report.table()
    assert not Report((Path("a.pdf"),), 2, stage, stage, stage, stage, (1.0, 2.0), 2)._pack_ratios()


def test_report_shows_ocr_pages_per_core_when_ocr_ran() -> None:
    stage = Stage("pypdfium2 raw text", 100, 1.0, 1.0, 50)
    ocr = Stage("OCR, 1 worker", 10, 12.0, 8.0, 200)
    report = Report((Path("a.pdf"),), 2, stage, stage, stage, stage, (1.0, 2.0), 2, ocr=ocr)
    assert report.ratios()[-1] == "OCR pages/s per core (render+Tesseract+layout)    1.25  (10 pages)"
    assert "OCR, 1 worker" in report.table()
    assert not Report((Path("a.pdf"),), 2, stage, stage, stage, stage, (1.0, 2.0), 2)._ocr_ratio()


def test_report_shares() -> None:
    one = Stage("full build, 1 worker", 10, 4.0, 4.0, 300, stages=(("pdf", 3.0), ("entities", 1.0)))
    many = Stage("full build, 2 workers", 10, 2.0, 4.0, 300, stages=(("pdf", 1.0), ("write", 3.0)))
    report = Report((Path("a.pdf"),), 2, one, one, one, many, load=(0.0, 0.0), cores=2)
    rows = {row[:28].strip(): row[28:].split() for row in report.shares()[1:]}
    assert rows["pdf (parse, reading order)"] == ["3.00", "75%", "1.00", "25%"]
    assert rows["entities (spaCy)"] == ["1.00", "25%", "0.00", "0%"]
    assert rows["write (SQLite)"] == ["0.00", "0%", "3.00", "75%"]
