"""OCR of pages with no or a garbage text layer: small PDFs made here (one or two pages each,
rendered to images by pypdfium2 so the page images hold real glyphs) and the real garbled
Horsley minutes. Tesseract runs for real; where it is not installed the tests skip, saying so."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pypdfium2
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from extractor import ocr
from extractor.build import BuildOptions, DocumentOptions, build, process_document
from extractor.errors import OCRLanguageMissing
from extractor.models import Line
from extractor.pdf import read_pdf
from extractor.text import page_ranges
from tests.conftest import real

needs_tesseract = pytest.mark.skipif(
    ocr.engine_version() is None, reason="Tesseract not installed: `make test` as root installs it"
)

MINUTES = [
    ("Helvetica-Bold", 16, "Minutes of the Parish Council"),
    ("Helvetica", 12, "Present: Cllr Anne Smith (Chairman), Cllr Brian Jones"),
    ("Helvetica", 12, "Apologies: Cllr Carol White"),
    ("Helvetica-Bold", 12, "1. Village green"),
    ("Helvetica", 12, "The council agreed to repair the fence before the summer fair."),
]


def _text_page(c: canvas.Canvas, lines: list[tuple[str, int, str]], render_mode: int = 0) -> None:
    y = A4[1] - 80
    for font, size, text in lines:
        t = c.beginText(60, y)
        t.setFont(font, size)
        t.setTextRenderMode(render_mode)
        t.textLine(text)
        c.drawText(t)
        y -= 2 * size
    c.showPage()


def _page_image(folder: Path, lines: list[tuple[str, int, str]]) -> ImageReader:
    """The page as a 200 dpi grayscale scan of the same lines."""
    source = folder / "source.pdf"
    c = canvas.Canvas(str(source), pagesize=A4)
    _text_page(c, lines)
    c.save()
    doc = pypdfium2.PdfDocument(str(source))
    image = doc[0].render(scale=200 / 72, grayscale=True).to_pil()
    doc.close()
    return ImageReader(image)


def scanned(folder: Path, garbage_layer: str | None = None, text_first: bool = False) -> Path:
    """One image-only page; with `garbage_layer`, invisible text over it (a broken text layer);
    with `text_first`, a born-digital page before it (a mixed document)."""
    path = folder / "scan.pdf"
    image = _page_image(folder, MINUTES)
    c = canvas.Canvas(str(path), pagesize=A4)
    if text_first:
        _text_page(c, [("Helvetica", 12, "This cover page has a good text layer and stays as it is.")])
    c.drawImage(image, 0, 0, width=A4[0], height=A4[1])
    if garbage_layer:
        _text_page(c, [("Helvetica", 12, garbage_layer)] * 5, render_mode=3)  # mode 3: invisible
    else:
        c.showPage()
    c.save()
    return path


def lines(*texts: str) -> list[Line]:
    return [Line(text=t, page=1) for t in texts]


def test_good_text_needs_no_ocr() -> None:
    text = "The council agreed to repair the fence before the summer fair and thanked the volunteers."
    assert ocr.garbage_reason(lines(text, "Budget 2024/25 £1,200 £3,400 12% 15%")) is None


def test_a_table_of_figures_needs_no_ocr() -> None:
    assert ocr.garbage_reason(lines("2023/24 2024/25 Change", "1,204 1,310 8.8%", "£45,000 £47,500 5.6%")) is None


def test_garbage_text_layers_are_told_apart() -> None:
    assert ocr.garbage_reason([]) == "no text"
    assert ocr.garbage_reason(lines("(cid:25)(cid:31)(cid:4) (cid:9)(cid:12)")) == "unmapped glyphs"
    assert ocr.garbage_reason(lines("#& \"#$ 6',8 /398+74 ^~`~ ¬¦ ¤¤")) == "unmapped glyphs"
    shifted = "Wkh frxqflo djuhhg wr uhsdlu wkh ihqfh ehiruh wkh vxpphu idlu dqg wkdqnhg wkh yroxqwhhuv"
    assert ocr.garbage_reason(lines(shifted)) == "few English words"
    assert ocr.garbage_reason(lines(shifted), lang="fra") is None  # the word list is English


def test_page_ranges() -> None:
    assert page_ranges([7, 1, 2, 3, 5]) == "1-3, 5, 7"
    assert page_ranges([]) == ""


@needs_tesseract
def test_scanned_page_is_read_by_ocr(tmp_path: Path) -> None:
    pages, _ = read_pdf(scanned(tmp_path), ocr=ocr.OcrReader())
    assert [line.text for line in pages[0].lines] == [text for _, _, text in MINUTES]
    assert [line.bold for line in pages[0].lines] == [True, False, False, True, False]
    assert pages[0].lines[0].size > pages[0].lines[1].size  # the title is set larger
    assert pages[0].ocr == ocr.engine_version()
    assert pages[0].ocr_confidence is not None and pages[0].ocr_confidence > 80


@needs_tesseract
def test_garbage_text_layer_is_replaced_by_ocr(tmp_path: Path) -> None:
    path = scanned(tmp_path, garbage_layer="Wkh frxqflo djuhhg wr uhsdlu wkh ihqfh ehiruh wkh vxpphu idlu")
    assert "Wkh frxqflo" in read_pdf(path)[0][0].text  # without OCR the garbage is all there is
    pages, _ = read_pdf(path, ocr=ocr.OcrReader())
    assert pages[0].text.splitlines()[1] == "Present: Cllr Anne Smith (Chairman), Cllr Brian Jones"
    assert "Wkh" not in pages[0].text


@needs_tesseract
def test_mixed_document_keeps_its_text_layer_and_lists_the_ocr_page(tmp_path: Path) -> None:
    db = tmp_path / "out.db"
    summary = build([scanned(tmp_path, text_first=True)], db, BuildOptions(workers=1, entities=False))
    assert summary.ocr == [(str(tmp_path / "scan.pdf"), "2")]
    with sqlite3.connect(db) as conn:
        assert conn.execute("select status, ocr_pages from documents").fetchall() == [("ok", "2")]
        pages = conn.execute("select page, ocr is not null, substr(text, 1, 29) from pages order by page").fetchall()
    assert pages == [(1, 0, "This cover page has a good te"), (2, 1, "Minutes of the Parish Council")]


@needs_tesseract
def test_ocr_off_leaves_a_scan_needing_ocr(tmp_path: Path) -> None:
    db = tmp_path / "out.db"
    build([scanned(tmp_path)], db, BuildOptions(workers=1, entities=False, ocr_lang=None))
    with sqlite3.connect(db) as conn:
        assert conn.execute("select status from documents").fetchall() == [("needs_ocr",)]


def test_missing_tesseract_leaves_needs_ocr_saying_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "engine_version", lambda: None)
    result = process_document(scanned(tmp_path), options=DocumentOptions(entities=False))  # OCR on
    assert result.status == "needs_ocr"
    assert "page(s) 1 have no usable text layer and OCR is not installed" in (result.error or "")
    assert "apt-get install tesseract-ocr tesseract-ocr-eng" in (result.error or "")


def test_missing_tesseract_keeps_the_good_pages_of_a_mixed_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(ocr, "engine_version", lambda: None)
    pages, _ = read_pdf(scanned(tmp_path, text_first=True), ocr=ocr.OcrReader())
    assert pages[0].text.startswith("This cover page") and pages[1].ocr is None
    assert "page(s) 2 need OCR but Tesseract is not installed" in caplog.text


@needs_tesseract
def test_ocr_language_without_data_fails_the_build_at_once(tmp_path: Path) -> None:
    with pytest.raises(OCRLanguageMissing, match=r"no data for xyz .*apt-get install tesseract-ocr-xyz"):
        build([tmp_path], tmp_path / "out.db", BuildOptions(entities=False, ocr_lang="eng+xyz"))


@needs_tesseract
def test_garbled_horsley_minutes_are_read_by_ocr() -> None:
    pages, _ = read_pdf(real("uk-horsley-pc-draft-minutes-2014-03-18-garbled-text.pdf"), ocr=ocr.OcrReader())
    assert [p.page for p in pages if p.ocr] == [1, 2, 3]
    first = pages[0].text.splitlines()
    assert first[:2] == ["HORSLEY PARISH COUNCIL", "Draft Minutes of the meeting held on"]
    assert "14/038: Matters Arising" in first


@needs_tesseract
def test_garbled_horsley_minutes_become_a_meeting_with_attendees_and_items(tmp_path: Path) -> None:
    db = tmp_path / "out.db"
    build(
        [real("uk-horsley-pc-draft-minutes-2014-03-18-garbled-text.pdf")], db, BuildOptions(workers=1, entities=False)
    )
    with sqlite3.connect(db) as conn:
        meeting = conn.execute("select body, date, venue from meetings").fetchall()
        people = dict(conn.execute("select name, status from attendees").fetchall())
        items = [n for (n,) in conn.execute("select number from agenda_items order by number")]
    assert meeting == [("Horsley Parish Council", "2014-03-18", "Village Hall")]
    assert people["Cllr N Hackett"] == "present" and people["Cllr A Caudwell"] == "present"
    assert people["District Cllr Blackwell"] == "in_attendance"
    assert people["County Cllr Mrs Binns"] == "apologies"
    assert items == [f"14/{n:03d}" for n in range(37, 52)]


@needs_tesseract
def test_bench_ocr_stage_counts_the_pages_it_read(tmp_path: Path) -> None:
    from extractor.bench import _ocr

    stage = _ocr([scanned(tmp_path, text_first=True)], 1, None)
    assert (stage.name, stage.pages) == ("OCR, 1 worker", 1)
    assert stage.cpu_seconds > 0  # Tesseract's time counts: it runs as a child process


@needs_tesseract
def test_cli_build_lists_the_pages_read_by_ocr(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from extractor.cli import cli

    path = scanned(tmp_path, text_first=True)
    result = CliRunner().invoke(cli, ["build", str(path), "--db", str(tmp_path / "x.db"), "--no-entities", "-w", "1"])
    assert result.exit_code == 0, result.output
    assert f"ocr: {path}: page(s) 2 read by OCR" in result.output
    assert "2 pages (1 by OCR)" in result.output
    help_text = CliRunner().invoke(cli, ["build", "--help"]).output
    assert "--no-ocr" in help_text and "--ocr-lang LANGS" in help_text


def test_tick_marks_read_as_letters_are_put_back() -> None:
    def line(text: str) -> str:
        words = [{"text": t, "left": 10 * i, "width": 8, "conf": 90} for i, t in enumerate(text.split())]
        return " ".join(w["text"] for w in ocr._ticks(words))

    assert line("Substance Misusev VV¥ v9") == "Substance Misuse ✓ ✓ ✓ ✓ ✓ 9"
    assert line("Troubled Families v v v") == "Troubled Families ✓ ✓ ✓"
    assert line("Y") == "✓"
    assert line("Prevent¥v Vv vv7/7") == "Prevent ✓ ✓ ✓ ✓ ✓ ✓ 7"
    assert line("Council v Smith under Part V") == "Council v Smith under Part V"
    assert line("educationv vvvA4") == "education ✓ ✓ ✓ ✓ 4"  # a tick read as "A" inside a run
    assert line("Slavery ’¥Y v 6") == "Slavery ✓ ✓ ✓ 6"  # ...and a quote mark before one
    assert line("Y 05") == "✓ 05"  # a tick and its row's count, alone on their line
    assert line("Safer Socialising v 2") == "Safer Socialising ✓ 2"  # the tick before a row's count
    assert line("Print on A4 paper") == "Print on A4 paper"
    assert line("the ’v term") == "the ’v term"
    assert line("under Part V 12") == "under Part V 12"


def test_capital_i_read_as_small_l_is_put_back() -> None:
    assert ocr.correct("Detective Sergeant lan Sanderson".split()) == "Detective Sergeant Ian Sanderson".split()
    assert ocr.correct("lt was agreed".split()) == "It was agreed".split()
    assert ocr.correct("the lead and less land".split()) == "the lead and less land".split()


def test_ocr_words_nearly_touching_are_still_two_words() -> None:
    """Tesseract has split the words already: a tight gap ("has a", "Offenders /") is a space,
    where in a text layer a gap that small joins the pieces of one word."""
    from extractor.pdf import Word, layout_words

    def text(whole: bool) -> str:
        has = Word("has", 100, 117, 100, 110, False, 10.6, whole=whole)
        words = [has, Word("a", 117.7, 123, 100, 110, False, 10.6, whole=whole)]
        return layout_words(words, 600, 1)[0].text

    assert text(whole=True) == "has a"
    assert text(whole=False) == "hasa"  # pieces of one word in a text layer (a font change)


@needs_tesseract
def test_show_layout_reads_a_scan_by_ocr(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from extractor.cli import cli

    path = scanned(tmp_path)
    result = CliRunner().invoke(cli, ["show-layout", str(path)])
    assert result.exit_code == 0, result.output
    assert "Minutes of the Parish Council" in result.output
    assert CliRunner().invoke(cli, ["show-layout", str(path), "--no-ocr"]).exit_code != 0
