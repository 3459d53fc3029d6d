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
from extractor.layout import blocks, full_measure, headings, paragraph_starts
from extractor.models import Heading
from extractor.pdf import read_pdf
from extractor.sections import split

from .conftest import CORPUS, SEEDS, SHARED, real
from .fixtures import make as make_pages
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


def test_ruled_tables_are_blocks_of_rows_with_a_header(tmp_path: Path) -> None:
    pages, _ = read_pdf(make.ruled_tables(tmp_path))
    people, business = [b for b in blocks(pages[0]) if b.kind == "table"]
    assert people.header == ("Name", "Organisation", "Role")
    assert people.rows[1:] == (("Ann Kerr", "Boots", "Chair"), ("Bill Lowe", "Lloyds", "Treasurer"))
    assert business.header == ("Item", "Discussion", "Decisions and actions")
    assert business.rows[2][1:] == (
        "02 Finance The Treasurer presented the accounts for the year.",
        "BL appointed Auditor",
    )


def test_a_header_row_is_found_by_its_words_when_it_is_not_bold(tmp_path: Path) -> None:
    path = tmp_path / "plain_header.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(56, 800, "The actions agreed at the meeting are set out below with their owners and dates.")
    rows = [("Action", "Owner", "Due"), ("Repair the bench", "Clerk", "June"), ("Order bins", "HL", "July")]
    for n, row in enumerate(rows):
        for x, text in zip((56, 200, 300), row):
            c.drawString(x, 780 - 16 * n, text)
    c.drawString(56, 700, "The meeting closed at 9pm and the next meeting will be held in the village hall.")
    c.save()
    pages, _ = read_pdf(path)
    [table] = [b for b in blocks(pages[0]) if b.kind == "table"]
    assert table.header == ("Action", "Owner", "Due")
    assert table.rows[2] == ("Order bins", "HL", "July")


def test_side_by_side_lists_are_an_unruled_table(tmp_path: Path) -> None:
    pages, _ = read_pdf(make.side_by_side(tmp_path))
    [table] = [b for b in blocks(pages[0]) if b.kind == "table"]
    assert table.header == ("Board Members:", "Officials (regular attendees):")  # bold over plain rows
    assert table.rows[4:] == (
        ("Apologies (sent before the meeting):", "Kim Roe (Treasury)"),
        ("Sir Lee Ward", "Presenters:"),
        ("Dr Amy Fox (Treasury)", "Tara Cole (Met Office)"),
    )


def test_list_items_nest_by_indent_and_by_kind_of_marker(tmp_path: Path) -> None:
    """A lettered list at the numbers' indent is a level below them, "i)" under lettered items
    is a roman numeral, and a number after them goes back to the numbers' level."""
    path = tmp_path / "markers.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    rows = [
        (56, "1. Planning applications"),
        (56, "(a) 12 High Street"),
        (56, "(b) Land at Mill Lane"),
        (74, "i) access"),
        (74, "ii) drainage"),
        (56, "(c) The Old Forge"),
        (56, "2. Finance"),
        (56, "I. Budget"),
        (56, "II. Precept"),
        (56, "3. Any other business"),
    ]
    for n, (x, text) in enumerate(rows):
        c.drawString(x, 780 - 16 * n, text)
    c.save()
    pages, _ = read_pdf(path)
    found = [(b.level, b.marker_kind, b.marker) for b in blocks(pages[0])]
    assert found == [
        (0, "number", "1."),
        (1, "letter", "(a)"),
        (1, "letter", "(b)"),
        (2, "roman", "i)"),
        (2, "roman", "ii)"),
        (1, "letter", "(c)"),
        (0, "number", "2."),
        (1, "upper_roman", "I."),
        (1, "upper_roman", "II."),
        (0, "number", "3."),
    ]


def test_rotated_text_is_a_block_after_the_page(tmp_path: Path) -> None:
    pages, _ = read_pdf(make.line_repairs(tmp_path))
    found = [(b.kind, b.text) for b in blocks(pages[0])]
    assert found[-2:] == [("rotated", "Likelihood"), ("rotated", "Impact")]


@pytest.mark.skipif(not NORTH_OF_TYNE.exists(), reason="needs ../shared/corpus/dev")
def test_a_real_ruled_table_is_read_cell_by_cell() -> None:
    pages, _ = read_pdf(NORTH_OF_TYNE)
    tables = [b for b in blocks(pages[1]) if b.kind == "table"]
    assert tables[0].header == ("Item", "Discussion", "Decisions and Action Points")
    cells = [cell for b in tables for row in b.rows for cell in row]
    # the decisions column is not read across the discussion beside it
    [decisions] = [c for c in cells if "DBP appointed Vice-Chair" in c]
    assert "secret ballot" not in decisions
    assert "05-01 RB, FQ, KK to complete updated COI forms" in cells


def test_show_layout_prints_blocks_and_draws_them(tmp_path: Path) -> None:
    pdf = make.margin_owners(tmp_path)
    png = tmp_path / "page.png"
    result = CliRunner().invoke(cli, ["show-layout", str(pdf), "--page", "1", "--debug-png", str(png)])
    assert result.exit_code == 0, result.output
    assert "heading, bold" in result.output
    assert "list_item, L0 1." in result.output
    assert "margin" in result.output and " HL" in result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_show_layout_wants_a_page_for_the_picture(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["show-layout", str(make.margin_owners(tmp_path)), "--debug-png", "x.png"])
    assert result.exit_code == 2
    assert "give --page N" in result.output


def test_a_page_continues_the_paragraph_the_page_before_left_open(tmp_path: Path) -> None:
    path = tmp_path / "pages.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    for ending in ("the plan will be reviewed", "each year by the board.", "The next paragraph starts here"):
        c.drawString(56, 780, "A paragraph that runs on down the page and")
        c.drawString(56, 766, ending)
        c.showPage()
    c.save()
    pages, _ = read_pdf(path)
    firsts = [paragraph_starts(page, pages[n - 1] if n else None)[0] for n, page in enumerate(pages)]
    assert firsts == [False, False, True]


def test_full_measure_is_read_from_running_lines(tmp_path: Path) -> None:
    """The length of a line that fills the page: rotated lines do not count."""
    pages, _ = read_pdf(make.line_repairs(tmp_path))
    page = pages[0]
    running = sorted(len(ln.text) for ln in page.lines if not ln.rotated)
    assert full_measure(page.lines) == running[int(0.9 * (len(running) - 1))]
    assert full_measure([ln for ln in page.lines if ln.rotated]) == 0.0


# --------------------------------------------------------------------------- headings


def test_one_heading_test_marks_every_line(tmp_path: Path) -> None:
    """layout.headings decides, once, which lines are headings, with their number and level:
    bold, standing alone between paragraphs, numbered, in capitals, an appendix title, before
    a numbered paragraph, before a list, set off above the paragraph it leads. Entries after a
    colon, a numbered paragraph that fills the measure, a date wrapped to the start of a line,
    a line closing a bracket and a list entry wrapped and set apart ("Extremism") are not."""
    pages, _ = read_pdf(make_pages.headings(tmp_path))
    marked = [(ln.text, ln.heading) for ln in pages[0].lines if ln.heading]
    assert marked == [
        ("Our approach", Heading("Our approach")),
        ("Partnership Plans and Legislation", Heading("Partnership Plans and Legislation")),
        ("2.3 Funding", Heading("Funding", "2.3", 2)),
        ("COMMUNITY SAFETY PARTNERSHIP", Heading("COMMUNITY SAFETY PARTNERSHIP")),
        ("Appendix B: Costs", Heading("Appendix B: Costs")),
        ("Justification", Heading("Justification")),
        ("Local Policing Priorities", Heading("Local Policing Priorities")),
        ("Kent Police and Crime Plan", Heading("Kent Police and Crime Plan")),
    ]


def test_blocks_and_sections_read_the_same_headings(tmp_path: Path) -> None:
    pages, _ = read_pdf(make_pages.headings(tmp_path))
    page = pages[0]
    marked = [ln.text for ln in page.lines if ln.heading]
    assert [b.text for b in blocks(page) if b.kind == "heading"] == marked
    found = split(pages)
    assert [s.heading for s in found] == [ln.heading.title for ln in page.lines if ln.heading]  # no preamble
    funding = next(s for s in found if s.number == "2.3")
    assert funding.level == 2 and funding.text.startswith("2.4 The partnership will fund")
    assert "14 November 2018 by the board" in funding.text


def test_headings_are_marked_again_from_the_page_alone(tmp_path: Path) -> None:
    """read_pdf marks them; the function gives the same marks on a page without them."""
    from dataclasses import replace

    pages, _ = read_pdf(make_pages.headings(tmp_path))
    bare = replace(pages[0], lines=tuple(replace(ln, heading=None) for ln in pages[0].lines))
    assert headings(bare) == pages[0]


def test_real_headings_before_numbered_paragraphs_and_not_after_a_colon() -> None:
    """A plan's 'Justification' over '2.34 The transport objectives ...' is a heading; the
    responsible authorities listed one per line after a colon are not."""
    plan, _ = read_pdf(real("uk-black-country-core-strategy-2011-02.pdf"))
    page = next(p for p in plan if any(ln.text.startswith("2.34 The transport objectives") for ln in p.lines))
    lines = [ln.text for ln in page.lines]
    justification = page.lines[lines.index(next(t for t in lines if t.startswith("2.34"))) - 1]
    assert justification.text == "Justification" and justification.heading == Heading("Justification")
    scrutiny, _ = read_pdf(CORPUS / SEEDS["scrutiny"])
    page = scrutiny[4]
    entries = ["Police", "District and Borough Councils", "County Council", "Fire and Rescue Service"]
    assert all(any(ln.text == e and ln.heading is None for ln in page.lines) for e in entries)


def test_a_plain_heading_set_off_above_its_paragraph_in_a_real_review() -> None:
    """'Kent Police and Crime Plan' follows a bulleted entry wrapped onto 'Extremism': the space
    above it and the paragraph straight under it make it the heading; 'Extremism' has space
    below it too and stays the entry's end."""
    pages, _ = read_pdf(CORPUS / SEEDS["review"])
    by_text = {ln.text: ln for ln in pages[1].lines}
    assert by_text["Kent Police and Crime Plan"].heading == Heading("Kent Police and Crime Plan")
    assert by_text["Extremism"].heading is None


def test_a_line_back_at_the_bullets_edge_ends_the_entry() -> None:
    """"• Train 500 frontline staff in mental health first" / "aid" (indented under the text) /
    "Lead table: ..." (back at the bullet's edge): the lead line is no part of the entry."""
    from tests.conftest import ROOT

    path = ROOT / "tests" / "gold" / "blind5" / "pdf" / "blind5-ca-port-aldous-cswb-plan-summary-deck-2025-03.pdf"
    pages, _ = read_pdf(path)
    texts = [b.text for b in blocks(pages[2])]
    assert "• Train 500 frontline staff in mental health first aid" in texts
    assert any(t.startswith("Lead table: Canadian Mental Health Association") for t in texts)


def test_a_bold_entry_wrapped_onto_a_line_in_lower_case_is_one_list_item() -> None:
    """Bold bullets in a narrow column wrap ("• Keeping young people safe from" / "violence and
    exploitation"): the second line goes on in lower case, so it is no heading but the entry's
    next line."""
    name = "blind7-uk-fenmoor-csp-safer-fenmoor-strategy-on-a-page-2024-07.pdf"
    pages, _ = read_pdf(Path(__file__).parent / "gold" / "blind7" / "pdf" / name)
    found = blocks(pages[0])
    entries = [b.text for b in found if b.kind == "list_item"]
    assert "• Keeping young people safe from violence and exploitation" in entries
    assert not [b.text for b in found if b.kind == "heading" and b.text[:1].islower()]


def test_a_short_line_inside_a_bold_paragraph_is_no_heading() -> None:
    """A policy set in bold in a narrow column: "through the Weyhaven Enhanced" / "Partnership to
    deliver the Bus Service" / "Improvement Plan, ..." are one paragraph; its short line with a
    capital is not a heading, where the policy's own title above it is."""
    pdf = next((Path(__file__).parent / "gold" / "blind11" / "pdf").glob("blind11-uk-weyhaven*.pdf"))
    pages, _ = read_pdf(pdf)
    marked = {ln.text: ln.heading is not None for ln in pages[0].lines}
    assert marked["Partnership to deliver the Bus Service"] is False
    assert marked["Policy T6: Freight and logistics"] is True
