import re
from pathlib import Path

import pdfplumber
import pytest

from extractor import pdf
from extractor.errors import EncryptedPDF, NeedsOCR, NotAPDF, UnreadablePDF
from extractor.pdf import check_file, read_pdf
from extractor.text import clean_line, join_hyphenated, ligature_fixes
from tests.conftest import CORPUS, SEEDS, SHARED, real
from tests.fixtures import make
from tests.fixtures import make_minutes_fixtures as make_minutes

DEV = SHARED / "corpus" / "dev"


def dev(name: str) -> Path:
    path = DEV / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


def _both_readings(path: Path) -> list[tuple[int, list[tuple[object, ...]], list[tuple[object, ...]], bool]]:
    """Each page's lines as pdfminer reads them and as pdfium does (text, bold, size, box), and
    whether pdfium read it at all."""
    out = []
    with pdfplumber.open(path) as doc:
        fast = pdf._Pdfium(path, len(doc.pages))
        try:
            for number, page in enumerate(doc.pages, start=1):
                read = pdf._read_page(page, number)
                page.flush_cache()
                used = fast.page(page, number) is not None
                again = pdf._read_page(page, number, fast)
                out.append((number, *(_lines(p) for p in (read, again)), used))
        finally:
            fast.close()
    return out


def _lines(page: pdf.PageText) -> list[tuple[object, ...]]:
    return [(ln.text, ln.bold, ln.size, round(ln.x0), round(ln.top), ln.cell, ln.margin) for ln in page.lines]


@pytest.mark.parametrize("name", sorted(SEEDS.values()))
def test_pdfium_reads_every_corpus_page_as_pdfminer_does(name: str) -> None:
    """The text, typography, boxes, ruled-table cells and margin notes of every line."""
    for number, by_pdfminer, by_pdfium, used in _both_readings(CORPUS / name):
        assert used, f"page {number} was not read through pdfium"
        assert by_pdfium == by_pdfminer, f"page {number}"


def test_a_page_whose_text_pdfium_leaves_out_is_read_by_pdfminer() -> None:
    """A contents page (marked content, tab leaders with an ActualText) whose entries pdfium's
    text page leaves out."""
    readings = _both_readings(dev("uk-weca-bus-strategy-three-column-2020-06.pdf"))
    number, by_pdfminer, by_pdfium, used = readings[2]
    assert not used and by_pdfium == by_pdfminer
    assert "Setting the scene 5" in [line[0] for line in by_pdfium]  # an entry and its page, read across
    assert sum(used for *_, used in readings) == len(readings) - 1


def test_spaces_pdfium_leaves_out_or_makes_up_are_as_printed() -> None:
    """pdfium drops a space that is a text object of its own, drops a real space and puts its
    own where a font without widths makes the glyph before it look wider, and puts spaces into
    letter-spaced text: the words come out as printed."""
    agenda = "\n".join(p.text for p in read_pdf(dev("ca-nipissing-township-council-agenda-2023-05-16.pdf"))[0])
    assert "10. By-Law: Confirming Proceedings of Council" in agenda
    log = "\n".join(p.text for p in read_pdf(dev("uk-cabinet-office-transparency-board-action-log-2011-07-19.pdf"))[0])
    assert "currently releasing, how and" in log and "Finder team a) how URIs" in log
    # a letter-spaced running footer, on pages pdfium reads and on one it leaves to pdfminer
    pages, _ = read_pdf(dev("uk-hertingfordbury-pc-annual-meeting-agenda-2016-05-11.pdf"))
    assert not any("CLERK TO THE COUNCIL" in p.text for p in pages)


def test_private_use_symbol_bullets_are_bullets_not_unmapped_glyphs() -> None:
    pages, _ = read_pdf(dev("uk-suffolk-libraries-2020-strategy-2014-10.pdf"))
    text = "\n".join(p.text for p in pages)
    assert "(cid:" not in text
    assert "\u2022 Levels of trust\n\u2022 Membership" in text


def test_two_column_page_reads_each_column_straight_down(tmp_path: Path) -> None:
    pages, _ = read_pdf(make.two_column(tmp_path))
    lines = pages[0].text.splitlines()
    assert lines[0] == "1. Introduction"
    assert lines[1].startswith("This opening paragraph runs across")
    assert lines[2:14] == make.LEFT_COLUMN
    assert lines[14:26] == make.RIGHT_COLUMN
    assert lines[26].startswith("A closing paragraph")
    assert pages[0].label == "Page 7"
    assert pages[0].lines[0].bold and not pages[0].lines[1].bold


def test_a3_spread_reads_left_half_then_right_half(tmp_path: Path) -> None:
    pages, _ = read_pdf(make.a3_spread(tmp_path))
    lines = pages[0].text.splitlines()
    assert all(line.startswith("Spread left") for line in lines[:10])
    assert all(line.startswith("Spread right") for line in lines[10:])


def test_running_header_and_footer_removed_label_kept(tmp_path: Path) -> None:
    pages, _ = read_pdf(make.running_headers(tmp_path))
    for n, page in enumerate(pages, start=1):
        assert "Kent Community Safety Agreement" not in page.text
        assert "Page" not in page.text
        assert page.label == f"Page {n + 10}"
        assert page.text.splitlines() == [
            f"Body text of page {n} about partnership working and county",
            "lines in the district.",
            "- Domestic abuse",
        ]


def test_seed_003_columns_are_not_interleaved() -> None:
    pages, _ = read_pdf(CORPUS / SEEDS["review"])
    text = pages[0].text
    # the left column's paragraph continues on the next line, not the right column's
    assert "This document provides an overview of\nthe current community safety issues for" in text
    assert "Kent and refreshes the priorities within the\nKent Community Safety Agreement for" in text


def test_seed_002_pack_footer_gives_label_and_agenda_item_stamp() -> None:
    pages, _ = read_pdf(CORPUS / SEEDS["gravesham"])
    stamped = [p for p in pages if p.stamps]
    assert stamped[0].label == "Page 9" and stamped[0].stamps == ("Agenda Item 5",)
    assert all("Agenda Item 5" not in p.text for p in pages)


@pytest.mark.parametrize(
    "maker, error, message",
    [
        (make.empty, NotAPDF, "empty file (0 bytes)"),
        (make.not_a_pdf, NotAPDF, "not a PDF (starts with"),
    ],
)
def test_check_file_rejects_what_is_not_a_pdf(tmp_path: Path, maker, error, message) -> None:
    with pytest.raises(error, match=re.escape(message)):
        check_file(maker(tmp_path))


def test_encrypted_pdf_is_named(tmp_path: Path) -> None:
    with pytest.raises(EncryptedPDF, match="encrypted PDF"):
        read_pdf(make.encrypted(tmp_path))


def test_truncated_pdf_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises((UnreadablePDF, NeedsOCR)):
        read_pdf(make.truncated(tmp_path))


def test_pages_without_text_need_ocr(tmp_path: Path) -> None:
    with pytest.raises(NeedsOCR, match="no text layer on any of its 2 page"):
        read_pdf(make.blank_pages(tmp_path))


def test_scanned_return_that_pdfminer_opens_with_no_pages_needs_ocr() -> None:
    with pytest.raises(NeedsOCR, match=r"\(7 page\(s\) of images\)"):
        read_pdf(real("uk-milburn-pc-annual-return-2018-scanned.pdf"))


def test_garbled_cid_text_layer_needs_ocr() -> None:
    with pytest.raises(NeedsOCR, match="text layer is garbage"):
        read_pdf(real("uk-horsley-pc-draft-minutes-2014-03-18-garbled-text.pdf"))


def test_private_use_bullets_normalised_on_real_watford_statement() -> None:
    pages, _ = read_pdf(real("uk-watford-local-plan-sa-adoption-statement-2022-10.pdf"))
    text = "\n".join(p.text for p in pages)
    assert "\uf0b7" not in text
    assert "\u2022 To support the expansion of electronic communications networks, including" in text
    assert pages[1].label == "Page 2"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("\uf0b7 Domestic Abuse", "\u2022 Domestic Abuse"),
        ("\u25aa  Gangs", "\u2022 Gangs"),
        ("\u2022\tVAWG", "\u2022 VAWG"),
        ("Total\u00a0 spend  ", "Total spend"),
        ("\ufb01nance", "finance"),
    ],
)
def test_clean_line(raw: str, expected: str) -> None:
    assert clean_line(raw) == expected


def test_line_break_hyphenation_undone_but_compounds_kept() -> None:
    lines = ["the partner-", "ship agreed a cyber-", "enabled crime plan"]
    assert join_hyphenated(lines) == ["the partnership", "agreed a cyber-enabled", "crime plan"]


def test_a_page_ruled_only_across_is_read(tmp_path: Path) -> None:
    """Many horizontal rules and no vertical one: no table, and no error from the table finder
    (it had the whole file recorded as corrupt)."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "ruled_across.pdf"
    page = canvas.Canvas(str(path))
    page.drawString(72, 700, "Minutes of the meeting held on 3 May 2024")
    page.drawString(72, 650, "Present: A Smith, B Jones")
    for y in range(100, 700, 40):
        page.line(72, y, 500, y)
    page.save()
    pages, _ = read_pdf(path)
    assert pages[0].text == "Minutes of the meeting held on 3 May 2024\nPresent: A Smith, B Jones"


def test_line_repairs_letter_spacing_ordinals_footnotes_and_rotated_text(tmp_path: Path) -> None:
    """Letter-spaced titles read as words ("a B C" in a sentence stays apart), a raised ordinal
    set a little apart joins its number, raised footnote marks stay apart (after a year too),
    and vertical table headers leave the running text but stay on the page, marked rotated."""
    path = make_minutes.line_repairs(tmp_path)
    with pdfplumber.open(path) as doc:  # pdfminer's reading of the page gives the same lines
        by_pdfminer = [(ln.text, ln.rotated) for ln in pdf._read_page(doc.pages[0], 1).lines]
    [page] = read_pdf(path)[0]
    lines = [(ln.text, ln.rotated) for ln in page.lines]
    assert lines == by_pdfminer
    assert [text for text, rotated in lines if not rotated] == [
        "HOOD PARISH COUNCIL",
        "COUNCIL MEETING",
        "Plan B is a good idea and a B C option.",
        "The meeting held on 31st March 2024 was quorate.",
        "Funding comes from the councils 3 of the county.",
        "The plan was adopted in 2024 1 by the board.",
        "Risk",
        "Flooding of the hall | Low | High",
        "Loss of the clerk | High | Low",
        "The risks were reviewed and noted.",
    ]
    assert lines[-2:] == [("Likelihood", True), ("Impact", True)]
    assert "Likelihood" in page.text


def test_a_long_title_repeated_at_the_top_of_pages_is_a_running_header(tmp_path: Path) -> None:
    """Printed at a different height on each page (so the position test misses it), a long
    line first or last on three or more pages is dropped from each but the page it first
    stands on (the cover's title)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "titles.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for n, y in enumerate([700, 640, 580, 520]):
        c.setFont("Helvetica", 10)
        c.drawString(56, y, "Northvale Community Safety Plan 2024")
        c.drawString(56, y - 30, f"Section {n + 1} sets out what the partnership will do this year.")
        c.showPage()
    c.save()
    pages, _ = read_pdf(path)
    assert ["Northvale Community Safety Plan 2024" in p.text for p in pages] == [True, False, False, False]
    assert all(f"Section {n + 1} sets out" in p.text for n, p in enumerate(pages))


def test_broken_ligatures_are_put_right() -> None:
    """A font that maps its ti/tt ligatures to wrong letters ("meeTng", "aFached", "MaUers"):
    each word is put right where a ligature makes an English word or one printed elsewhere."""
    pages, _ = read_pdf(dev("uk-halesworth-library-friends-trustees-minutes-broken-ligatures-2016-11-22.pdf"))
    text = "\n".join(p.text for p in pages)
    for word in ("meeting", "attached", "Matters", "Communication", "Resolution", "corrections"):
        assert word in text
    assert not re.search(r"\b(?:meeTng|aFached|MaUers|correcUons)\b", text)


def test_ligature_fixes_leave_words_written_in_camel_case() -> None:
    fixes = ligature_fixes(["McDonald, YouTube, DfE and PowerPoint at the meeTng"], ["ti", "tt", "ft", "fi"])
    assert fixes == {"meeTng": "meeting"}


def test_short_right_column_beside_a_long_left_one(tmp_path: Path) -> None:
    """Three lines on the right at the top of a page whose left column runs on: a white strip
    down the whole page is a gutter even with few rows that have text on both sides."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "short_right.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    left = [
        "This plan has been structured to complement",
        "the themes of the annual summit this year.",
        "The five themes of the plan are:",
        "open data and its wide release for reuse",
        "government integrity and clean public life",
        "fiscal transparency and following the money",
        "empowering citizens in every neighbourhood",
        "natural resource transparency for all users",
        "Under each theme below we have set out the",
        "progress we have made to date and our new",
        "commitments with their timelines for delivery.",
    ] + [f"Line {n} of the left column carries on down the page." for n in range(30)]
    right = [
        "An important element of the next steps is how",
        "government and civil society will continue to",
        "work in partnership with each other.",
    ]
    for n, text in enumerate(left):
        c.drawString(56, 780 - 17 * n, text)
    for n, text in enumerate(right):
        c.drawString(310, 780 - 17 * n, text)
    c.save()
    pages, _ = read_pdf(path)
    assert pages[0].text.splitlines() == left + right


def test_ornament_font_letters_are_bullets(tmp_path: Path) -> None:
    """A letter set in an ornament font (ZapfDingbats "n" prints a square) is a bullet, read the
    same through pdfium and through pdfminer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "ornament.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for n, text in enumerate(["Housing: new homes for local people", "Employment: broadband for home working"]):
        c.setFont("ZapfDingbats", 9)
        c.drawString(56, 760 - 16 * n, "n")
        c.setFont("Helvetica", 10)
        c.drawString(70, 760 - 16 * n, text)
    c.save()
    pages, _ = read_pdf(path)
    assert pages[0].text.splitlines() == [
        "• Housing: new homes for local people",
        "• Employment: broadband for home working",
    ]
    with pdfplumber.open(path) as doc:
        words, _ = pdf._pdfminer_words(doc.pages[0])
    assert [w.text for w in words if w.x0 < 60] == ["•", "•"]


def test_a_two_page_documents_letterhead_is_kept_on_its_first_page_only(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "two_pages.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(2):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(56, 800, "Lincoln Square Special Service Area")
        c.drawString(56, 784, "Commission Meeting Minutes")
        c.setFont("Helvetica", 10)
        for k in range(20):
            c.drawString(56, 740 - 16 * k, f"Page {n + 1} line {k} of the minutes of the commission.")
        c.showPage()
    c.save()
    pages, _ = read_pdf(path)
    assert pages[0].text.splitlines()[:2] == ["Lincoln Square Special Service Area", "Commission Meeting Minutes"]
    assert pages[1].text.splitlines()[0] == "Page 2 line 0 of the minutes of the commission."


def _sidebar_page(path: Path, side: list[str], main: list[str], side_size: float = 10) -> Path:
    """A narrow column at the left edge (x 40-150) beside the page's text (x 177-540), lines of
    each drawn on their own baselines: a pull-quote sidebar, or the first column of a table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for n, text in enumerate(side):
        c.setFont("Helvetica", side_size)
        c.drawString(40, 720 - n * 16, text)
    c.setFont("Helvetica", 10)
    for n, text in enumerate(main):
        c.drawString(177, 722 - n * 13, text)
    c.save()
    return path


MAIN_COLUMN = [f"Line {n} of the main text runs across the rest of the page width here." for n in range(14)]


def test_a_narrow_sidebar_of_prose_is_read_apart_from_the_text_beside_it(tmp_path: Path) -> None:
    side = [
        "Libraries are already",
        "seen as safe and",
        "welcoming places",
        "which regularly offer",
        "opportunities for",
        "people who might be",
        "classed as vulnerable",
        "to access help",
    ]
    pages, _ = read_pdf(_sidebar_page(tmp_path / "sidebar.pdf", side, MAIN_COLUMN))
    lines = pages[0].text.splitlines()
    assert lines[: len(side)] == side
    assert lines[len(side) :] == MAIN_COLUMN


def test_the_names_column_of_an_attendance_table_is_not_a_sidebar(tmp_path: Path) -> None:
    names = [
        "Matthew Brown",
        "Michael Cross",
        "Francis Davey",
        "Anthony Green",
        "Jo May",
        "Meagan Mirza",
        "Will Perrin",
        "Jeni Tennison",
    ]
    bodies = [
        "Cabinet Office",
        "Law Society Gazette",
        "Ministry of Justice",
        "HMCTS",
        "Home Office",
        "Open Data Institute",
        "Talk About Local",
        "Home Office",
    ]
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "attendance.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    for n, (name, body) in enumerate(zip(names, bodies)):  # as the Ministry of Justice's minutes print them
        c.drawString(60, 720 - n * 13, name)
        c.drawString(276, 720 - n * 13, body)
    c.save()
    pages, _ = read_pdf(path)
    assert pages[0].text.splitlines()[:2] == ["Matthew Brown Cabinet Office", "Michael Cross Law Society Gazette"]


def test_an_unruled_table_whose_first_column_is_sparse_is_read_row_by_row(tmp_path: Path) -> None:
    """A plan's table without rules, its priority cell printed once for several actions: the
    rows that start in the action column are a table's, not a second column of prose. Its
    header names the columns, so it is read as a table, cell by cell."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rows = [
        ("Priority", "Action", "Lead"),
        ("Safer streets", "Extend CCTV to the high street", "Eastdale Council"),
        ("", "Run a knife crime awareness week", "Eastdale Police"),
        ("", "Recruit two more street pastors", "Eastdale Churches"),
        ("Healthy lives", "Open a second needle exchange", "Public Health"),
        ("", "Train fifty mental health first aiders", "Northshire ICB"),
        ("", "Fund a weekend drop-in service", "Eastdale Council"),
    ]
    path = tmp_path / "unruled.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    for n, cells in enumerate(rows):
        for x, cell in zip((56, 170, 400), cells):
            c.drawString(x, 760 - n * 16, cell)
    c.save()
    pages, _ = read_pdf(path)
    lines = pages[0].text.splitlines()
    assert lines[1] == "Safer streets | Extend CCTV to the high street | Eastdale Council"
    assert lines[2] == "Run a knife crime awareness week | Eastdale Police"
    assert pages[0].lines[2].cells == ("", "Run a knife crime awareness week", "Eastdale Police")
    assert [ln.cell[1] for ln in pages[0].lines if ln.cell] == list(range(7))  # a row per line


def test_a_small_bullet_beside_a_list_in_a_column_stays_with_its_entry() -> None:
    """A landscape plan: prose on the left, on the right a list whose 7pt square bullets sit a
    little below the left column's line beside them. Each bullet starts its own entry's line,
    not the end of the prose line it overlaps."""
    path = Path(__file__).parent / "gold" / "blind3" / "pdf" / "blind3-uk-arunvale-csp-delivery-plan-2024-06.pdf"
    pages, _ = read_pdf(path)
    lines = [ln.text for ln in pages[0].lines]
    assert "Our priorities for 2024/25 are:" in lines
    assert "• Tackling serious violence and exploitation" in lines
    assert "• Reducing anti-social behaviour" in lines
    assert not any(t.strip() in {"■", "•"} for t in lines)


def test_grid_cells_are_pdfplumbers_cells() -> None:
    """pdf._grid_cells finds the cells pdfplumber's intersections_to_cells does, in its order, on
    grids with rules that stop short, cross part of the grid, and meet at odd corners."""
    import random

    from pdfplumber.table import edges_to_intersections, intersections_to_cells

    rnd = random.Random(7)
    for _ in range(200):
        xs = sorted(rnd.sample(range(0, 500, 10), rnd.randint(2, 7)))
        ys = sorted(rnd.sample(range(0, 700, 10), rnd.randint(2, 7)))
        edges = []
        for x in xs:
            top, bottom = sorted(rnd.sample(ys, 2)) if rnd.random() < 0.5 else (ys[0], ys[-1])
            edges.append({"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom})
        for y in ys:
            left, right = sorted(rnd.sample(xs, 2)) if rnd.random() < 0.5 else (xs[0], xs[-1])
            edges.append({"orientation": "h", "x0": left, "x1": right, "top": y, "bottom": y})
        intersections = edges_to_intersections(edges, 3, 3)
        assert pdf._grid_cells(intersections) == intersections_to_cells(intersections)


BLIND = Path(__file__).parent / "gold"


def _cells(path: Path, page: int) -> dict[tuple[int, int], dict[int, str]]:
    """The page's table cells as (table, row) -> {column: text}, a cell's lines joined."""
    pages, _ = read_pdf(path)
    out: dict[tuple[int, int], dict[int, str]] = {}
    for ln in pages[page - 1].lines:
        if ln.cell is None:
            continue
        t, r, c = ln.cell
        row = out.setdefault((t, r), {})
        if ln.cells:
            row.update({k: v for k, v in enumerate(ln.cells) if v})
        else:
            row[c] = f"{row[c]} {ln.text}" if c in row else ln.text
    return out


def test_a_table_ruled_only_across_is_read_by_its_headers_columns() -> None:
    """A plan's table drawn with a rule under each row and no vertical rules, its cells
    wrapped over two or three lines: the header's labels give the columns and the rules the
    rows, so each row's cells are read whole, not across the page."""
    cells = _cells(BLIND / "blind4" / "pdf" / "blind4-uk-eastmere-csp-partnership-plan-2024-04.pdf", 3)
    assert cells[(0, 0)] == {0: "Objective", 1: "What we will do", 2: "Lead", 3: "When"}
    assert cells[(0, 1)] == {
        0: "Reduce repeat anti-social behaviour in hotspot areas",
        1: "Run multi-agency problem-solving plans in the three highest-demand wards, including Eastmere town centre",
        2: "Eastmere Borough Council",
        3: "From June 2024",
    }
    assert len([k for k in cells if k[0] == 1]) == 4  # the second table: its header and three rows


def test_a_table_without_rules_has_rows_set_apart_by_space() -> None:
    """A progress table with no rules between its rows: a row starts where more space than a
    wrapped line's stands above it."""
    path = BLIND / "blind3" / "pdf" / "blind3-uk-harrowden-scp-annual-progress-report-2024-07.pdf"
    cells = _cells(path, 1)
    assert cells[(0, 0)] == {0: "No.", 1: "Action", 2: "Lead", 3: "RAG", 4: "Progress in 2023/24"}
    assert cells[(0, 3)] == {  # the row's number put before its action, as in a ruled table
        1: "3 Agree a Harrowden multi-agency hoarding protocol",
        2: "HBC",
        3: "Amber",
        4: "The protocol has been drafted, but sign-off has slipped to September 2024 pending legal advice.",
    }
    assert sorted({t for t, _ in cells}) == [0, 1]  # "Domain B" over the second table ends the first


def test_a_heading_over_aligned_text_is_no_table_header(tmp_path: Path) -> None:
    """Labels apart on one line over text that does not keep to their columns, or in a larger
    font than the lines under them, or a contents page's numbers: no table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "not_a_table.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(56, 780, "2.")
    c.drawString(90, 780, "THE PLAN IN 2026")
    c.drawString(300, 780, "Principles")
    c.setFont("Helvetica", 10)
    lines = ["2.1 The vision consists of three", "directions of change and the", "principles under them."]
    for n, text in enumerate(lines):
        c.drawString(90, 760 - 14 * n, text)
    c.save()
    pages, _ = read_pdf(path)
    assert all(ln.cell is None for ln in pages[0].lines)


def test_a_title_wrapped_in_a_larger_font_is_one_heading() -> None:
    """ "Priority 1: Reducing anti-social behaviour and its impact on" / "communities" in 16pt
    bold: one line, a heading, however long the page's own lines are."""
    pages, _ = read_pdf(BLIND / "blind4" / "pdf" / "blind4-uk-eastmere-csp-partnership-plan-2024-04.pdf")
    titles = {ln.text: ln.heading for p in pages for ln in p.lines if ln.text.startswith("Priority ")}
    for title in (
        "Priority 1: Reducing anti-social behaviour and its impact on communities",
        "Priority 4: Preventing exploitation and protecting vulnerable people",
    ):
        assert titles[title] is not None
    assert "communities" not in {ln.text for p in pages for ln in p.lines}


def test_a_group_title_across_an_unruled_table_is_a_row_of_its_own() -> None:
    """A tracker with no rules: "Priority 1 – Serious violence" in bold across the No. and
    Action columns heads the rows under it. It is a row of one cell, not split between two
    columns, and not read into the header above it."""
    path = BLIND / "blind6" / "pdf" / "blind6-uk-brackenford-csp-action-tracker-2024-06-30.pdf"
    cells = _cells(path, 1)
    assert cells[(0, 0)] == {0: "No.", 1: "Action", 2: "Owner", 3: "Due", 4: "Status"}
    assert cells[(0, 1)] == {0: "Priority 1 – Serious violence"}
    assert cells[(0, 2)][2] == "CSP Manager (BrBC)"


def test_a_bug_in_the_layout_code_is_not_called_a_damaged_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parser's errors on a damaged file are "corrupt or truncated PDF" (tests/test_hostile.py);
    the same kind of error raised in this package's own code is a bug, raised as itself for the
    build to report as one."""
    monkeypatch.setattr(pdf, "_read_page", lambda page, number, fast: pdf._assemble(None, [], None, ()))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        read_pdf(CORPUS / SEEDS["gangs"])


def _pages_headed(path: Path, heads: list[str], body: str = "Body text about the meeting's business.") -> Path:
    """One page per entry of `heads`: that line at the top (none where empty), body text, and a
    "Page n of N" footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for n, head in enumerate(heads, 1):
        c.setFont("Helvetica-Bold", 10)
        if head:
            c.drawString(56, A4[1] - 40, head)
        c.setFont("Helvetica", 10)
        for k in range(12):
            c.drawString(56, A4[1] - 120 - 16 * k, f"{body} Line {k + 1} of page {n}.")
        c.drawString(270, 30, f"Page {n} of {len(heads)}")
        c.showPage()
    c.save()
    return path


def test_a_running_header_from_the_second_of_three_pages_is_dropped(tmp_path: Path) -> None:
    """A title block on page 1, then "Westbury Parish Council – Minutes – 12 March 2024" at the
    head of pages 2 and 3 only: a running header, though two pages of three carry it."""
    head = "Westbury Parish Council - Minutes - 12 March 2024"
    pages, _ = read_pdf(_pages_headed(tmp_path / "three.pdf", ["WESTBURY PARISH COUNCIL", head, head]))
    assert [head in p.text for p in pages] == [False, False, False]
    assert "WESTBURY PARISH COUNCIL" in pages[0].text


def test_lines_at_the_head_of_pages_whose_numbers_do_not_count_the_pages_are_kept(tmp_path: Path) -> None:
    """ "COUNCIL RESOLUTION 2025/140", "2025/147", "2025/151" at the head of three of five pages
    are the minutes' own; "Page n of 5" at their foot, its number counting the pages, is not."""
    heads = ["", "COUNCIL RESOLUTION 2025/140", "", "COUNCIL RESOLUTION 2025/147", "COUNCIL RESOLUTION 2025/151"]
    pages, _ = read_pdf(_pages_headed(tmp_path / "five.pdf", heads))
    assert [p.text.splitlines()[0] for p in pages if "RESOLUTION" in p.text] == heads[1:2] + heads[3:]
    assert not any("Page" in p.text for p in pages) and [p.label for p in pages] == [f"Page {n}" for n in range(1, 6)]


def test_a_table_row_carried_over_to_the_next_page_keeps_its_text() -> None:
    """A ruled table of business (blind set 21) whose row goes on at the top of page 2 with no
    rule over it but in its first column: pdfplumber finds that cell alone; the text beside it
    ("Agreed: to proceed with a joint procurement ...") is read as the row's next cell, not lost.
    A grid whose cells are merged across it (a page-wide cell over narrow ones) is read as before."""
    pages, _ = read_pdf(
        BLIND / "blind21" / "pdf" / "blind21-uk-sallowby-pennock-vale-joint-waste-committee-notes-2025-03-27.pdf"
    )
    texts = [ln.text for ln in pages[1].lines]
    at = next(k for k, t in enumerate(texts) if t.startswith("Agreed: to proceed with a joint procurement"))
    assert texts[at + 1].startswith("Midshire Procurement Partnership framework")
    minutes = SHARED / "corpus" / "dev" / "uk-north-of-tyne-lpc-committee-minutes-2018-05-02.pdf"
    if not minutes.exists():
        pytest.skip(f"{minutes} not available")
    merged = [ln for ln in read_pdf(minutes)[0][0].lines if ln.cell]
    assert "Ann Gunning | NoT LPC | Head of Services & Support" in [ln.text for ln in merged]


def test_a_long_entry_in_a_list_beside_another_is_parted_where_the_next_column_starts() -> None:
    """ "Cllr Pádraig Colgan (Leas-Chathaoirleach)  Ms Aoife Tierney, Senior Engineer": a gap of
    under three font sizes, but the lines above and below part at that place, so this one does
    too (layout.yml column_aligned_gap)."""
    pages, _ = read_pdf(
        BLIND / "blind21" / "pdf" / "blind21-ie-ardlenagh-coco-drumcashel-municipal-district-minutes-2025-04-14.pdf"
    )
    line = next(ln for ln in pages[0].lines if ln.text.startswith("Cllr Pádraig Colgan"))
    assert [p[2] for p in line.parts] == [
        "Cllr Pádraig Colgan (Leas-Chathaoirleach)",
        "Ms Aoife Tierney, Senior Engineer",
    ]
