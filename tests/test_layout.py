"""extractor.layout: lines -> blocks (headings, paragraphs, list items, table cells, margin notes).

Blocks are read from small PDFs the tests build and from a real ruled-table minutes file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.cli import cli
from extractor.layout import blocks, paragraph_starts
from extractor.pdf import read_pdf

from .conftest import SHARED
from .fixtures import make_minutes_fixtures as make

NORTH_OF_TYNE = SHARED / "corpus" / "dev" / "uk-north-of-tyne-lpc-committee-minutes-2018-05-02.pdf"


def _lists(folder: Path) -> Path:
    """A heading, a paragraph in two lines, then bullets with lettered and roman sub-items."""
    path = folder / "lists.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    rows = [
        (56, "Helvetica-Bold", "Our principles"),
        (56, "Helvetica", "The partnership will work to the following principles over the"),
        (56, "Helvetica", "life of the plan."),
        (None, "", ""),
        (56, "Helvetica", "- Prevention first"),
        (74, "Helvetica", "(a) early help for families"),
        (74, "Helvetica", "(b) safer streets"),
        (92, "Helvetica", "i) lighting"),
        (56, "Helvetica", "- Working together"),
    ]
    y = 790.0
    for x, font, text in rows:
        if x is None:
            y -= 10
            continue
        c.setFont(font, 10)
        c.drawString(x, y, text)
        y -= 14
    c.save()
    return path


def test_headings_paragraphs_and_nested_list_items(tmp_path: Path) -> None:
    pages, _ = read_pdf(_lists(tmp_path))
    found = [(b.kind, b.level, b.marker, b.text) for b in blocks(pages[0])]
    assert found == [
        ("heading", 0, None, "Our principles"),
        (
            "paragraph",
            0,
            None,
            "The partnership will work to the following principles over the life of the plan.",
        ),
        ("list_item", 0, "-", "- Prevention first"),
        ("list_item", 1, "(a)", "(a) early help for families"),
        ("list_item", 1, "(b)", "(b) safer streets"),
        ("list_item", 2, "i)", "i) lighting"),
        ("list_item", 0, "-", "- Working together"),
    ]


def test_paragraph_starts_follow_the_space_above(tmp_path: Path) -> None:
    pages, _ = read_pdf(_lists(tmp_path))
    assert paragraph_starts(pages[0])[:4] == [False, False, False, True]


def test_margin_notes_are_blocks_of_their_own(tmp_path: Path) -> None:
    pages, _ = read_pdf(make.margin_owners(tmp_path))
    assert [b.text for b in blocks(pages[0]) if b.kind == "margin"] == ["HL", "GD"]


def test_ruled_table_cells_are_blocks(tmp_path: Path) -> None:
    pages, _ = read_pdf(make.ruled_tables(tmp_path))
    cells = [b.text for b in blocks(pages[0]) if b.kind == "table"]
    assert "Ann Kerr | Boots | Chair" in cells
    assert "01 Introduction" in cells
    assert "BL appointed Auditor" in cells


@pytest.mark.skipif(not NORTH_OF_TYNE.exists(), reason="needs ../shared/corpus/dev")
def test_a_real_ruled_table_is_read_cell_by_cell() -> None:
    pages, _ = read_pdf(NORTH_OF_TYNE)
    texts = [b.text for b in blocks(pages[1]) if b.kind == "table"]
    # the decisions column is not read across the discussion beside it
    assert "DBP appointed Vice-Chair" in texts
    assert "05-01 RB, FQ, KK to complete updated COI forms" in texts


def test_show_layout_prints_blocks_and_draws_them(tmp_path: Path) -> None:
    pdf = make.margin_owners(tmp_path)
    png = tmp_path / "page.png"
    result = CliRunner().invoke(cli, ["show-layout", str(pdf), "--page", "1", "--debug-png", str(png)])
    assert result.exit_code == 0, result.output
    assert "heading, bold" in result.output
    assert "margin" in result.output and " HL" in result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_show_layout_wants_a_page_for_the_picture(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["show-layout", str(make.margin_owners(tmp_path)), "--debug-png", "x.png"])
    assert result.exit_code == 2
    assert "give --page N" in result.output
