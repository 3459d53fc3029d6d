"""Every pypdfium2, pdfplumber and pdfminer call: open a file, read its pages in reading order,
clean them.

Text is read through pdfium's text API (pypdfium2), characters and boxes into words as
pdfplumber's ``extract_words`` makes them; pdfplumber opens the file (its errors name
encrypted and damaged files), finds ruled tables among the rules read from pdfium's paths,
and reads, through pdfminer, a page pdfium cannot.

Reading order: words are grouped into rows; a page (or a half of an A3 spread) whose rows
leave a common vertical gutter is read column by column within each run of such rows, while
full-width rows (headings, wide paragraphs, tables that cross the gutter) stay where they are.
Running headers and footers are lines near the top or bottom edge that repeat across pages,
and page-number lines; the printed label ("Page 10") is kept on the page.
"""

from __future__ import annotations

import ctypes
import logging
import re
import struct
import traceback
import zlib
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any, Protocol
from unicodedata import normalize as normalize_unicode

import pdfplumber
import pypdfium2
import pypdfium2.raw as pdfium_raw
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTItem
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1
from pdfminer.psparser import PSException
from pdfminer.utils import apply_matrix_pt
from pdfplumber.page import fix_fontname_bytes
from pdfplumber.utils import extract_words
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException
from pdfplumber.utils.text import LIGATURES

from .errors import EncryptedPDF, NeedsOCR, NotAPDF, UnreadablePDF
from .layout import body_size, headings
from .layout import settings as layout_settings
from .models import Line, PageText, evolve
from .text import BULLET, clean_line, join_hyphenated, ligature_fixes

log = logging.getLogger(__name__)

BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|,b\b", re.I)
PAGE_NUMBER = re.compile(r"^(?:-\s*)?(?:page\s+)?(?P<n>\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?$", re.I)
PAGE_LABEL = re.compile(r"\bpage\s+(?P<n>\d{1,4})(?:\s+of\s+\d{1,4})?\b", re.I)
STAMP = re.compile(r"\b(?:Agenda\s+Item\s+[0-9A-Z][0-9A-Za-z.()]*|Appendix\s+[0-9A-Z]{1,3})\b")
CID = re.compile(r"\(cid:\d+\)")
SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")  # "ABCDEE+Calibri": a subset of Calibri embedded in the file
GUTTER = 9.0  # the narrowest white strip between columns, in points
TOUCH = 0.08  # a gap under this share of the font size is no space between two words
ORDINAL = re.compile(r"st|nd|rd|th", re.I)  # raised after a number: "31st"
FOOTNOTE_MARK = re.compile(r"\d{1,3}|[*†‡§¶]")  # raised after a word: "councils³"
EDGE = 0.09  # the band at the top and bottom of a page where running headers and footers sit
CELL_SEPARATOR = " | "  # between the cells of a one-line table row
MAX_CONTENT = 64 << 20  # a page whose content inflates past this many bytes is left to pdfminer
RULED_PAGE = 6  # a page with this many drawn paths is searched for ruled tables
# a cell that only numbers its row ("01", "05-02", "iv"); a date ("11/01/2011") is data
LABEL_CELL = re.compile(r"^(?!.*[./-]\d{4}$)(?:[A-Z]{0,3}\d{1,4}(?:[./-]\d{1,4}){0,2}|[A-Z]|[ivxIVX]{1,5})\.?$")


class PageReader(Protocol):
    """Reads again the pages whose text layer is missing or garbage (extractor/ocr.py)."""

    def __call__(self, path: Path, pages: list[PageText], first: int = 1, last: int | None = None) -> list[PageText]:
        """`pages` as read again: they are pages first..last of the document (last None: to its end)."""

    def check(self, path: Path, pages: list[PageText]) -> None:
        """Raise NeedsOCR when none of the document's pages could be read (all of them, joined)."""


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool
    size: float
    rotated: bool = False  # printed turned (a vertical table header): one whole line of such text
    whole: bool = False  # a whole word as OCR segments it: never run on to a word it nearly touches


def check_file(path: Path) -> bytes:
    """Read the file and reject what is plainly not a PDF, with a message that says why."""
    data = path.read_bytes()
    if not data:
        raise NotAPDF(f"{path}: empty file (0 bytes)")
    if b"%PDF-" not in data[:1024]:
        sample = data[:16].decode("latin-1").encode("unicode_escape").decode()
        raise NotAPDF(f"{path}: not a PDF (starts with {sample!r}); only PDF files can be read")
    return data


def read_pdf(path: Path, ocr: PageReader | None = None) -> tuple[list[PageText], dict[str, str]]:
    """Every page in reading order, headers and footers taken out, its headings marked
    (layout.headings), and the PDF's metadata.

    With `ocr`, pages without a usable text layer are read again by it before the check.
    Raises EncryptedPDF, UnreadablePDF or NeedsOCR; these carry a one-line message.
    """
    pages, info = read_pages(path, ocr)
    return finish_pages(path, pages, ocr), info


def read_pages(
    path: Path, ocr: PageReader | None = None, first: int = 1, last: int | None = None
) -> tuple[list[PageText], dict[str, str]]:
    """Pages first..last (1-based, inclusive; last None: to the end), each read on its own
    (words, lines, tables, OCR where the text layer is unusable), and the PDF's metadata. What
    needs the whole document comes after, in `finish_pages`: a long document's page ranges are
    read in parallel and joined before it."""
    info: dict[str, str] = {}
    pages = list(_raw_pages(path, info, scanned_ok=ocr is not None, first=first, last=last))
    if ocr is not None:
        pages = ocr(path, pages, first, last)
    return pages, info


def finish_pages(path: Path, pages: list[PageText], ocr: PageReader | None = None) -> list[PageText]:
    """The document's pages, all of them in order, checked for a usable text layer, with the
    ligature repairs and the running headers and footers that only the whole document shows."""
    if ocr is not None:
        ocr.check(path, pages)
    _check_text_layer(path, pages)
    return [headings(p) for p in _strip_running_lines(_repair_ligatures(pages))]


def _repair_ligatures(pages: list[PageText]) -> list[PageText]:
    """Words whose ligature glyph a font maps to a wrong letter ("meeTng", "aFached") put right
    (text.ligature_fixes), across the document."""
    fixes = ligature_fixes((ln.text for p in pages for ln in p.lines), layout_settings().ligatures)
    if not fixes:
        return pages
    words = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(fixes, key=len, reverse=True))) + r")\b")
    return [
        replace(p, lines=tuple(replace(ln, text=words.sub(lambda m: fixes[m.group(0)], ln.text)) for ln in p.lines))
        for p in pages
    ]


def _raw_pages(
    path: Path, info: dict[str, str], scanned_ok: bool = False, first: int = 1, last: int | None = None
) -> Iterator[PageText]:
    try:
        with pdfplumber.open(path) as pdf:
            info.update({k: str(v) for k, v in (pdf.metadata or {}).items() if isinstance(v, str)})
            if not pdf.pages and not scanned_ok:
                count = page_count(path)
                raise NeedsOCR(
                    f"{path}: no text layer the PDF parser can read ({count} page(s) of images); it needs OCR"
                )
            fast = _Pdfium(path, len(pdf.pages))
            try:
                for number, page in enumerate(pdf.pages[first - 1 : last], start=first):
                    yield _read_page(page, number, fast)
                    page.flush_cache()  # keep memory flat on long agenda packs
            finally:
                fast.close()
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise EncryptedPDF(f"{path}: encrypted PDF ({type(e).__name__}); save an unencrypted copy and retry") from e
    except PdfminerException as e:
        inner = e.args[0] if e.args else e
        if isinstance(inner, MemoryError):
            raise inner from e  # a flate bomb: the worker reports the memory limit
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise EncryptedPDF(f"{path}: encrypted PDF; save an unencrypted copy and retry") from e
        raise UnreadablePDF(f"{path}: corrupt or truncated PDF ({_describe(inner)})") from e
    except MalformedPDFException as e:  # a page box that is not four numbers
        raise UnreadablePDF(f"{path}: corrupt PDF ({_describe(e)})") from e
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AttributeError, AssertionError) as e:
        if _raised_here(e):
            raise  # a bug in this package, not a damaged file: the build's guard says so
        raise UnreadablePDF(f"{path}: corrupt or truncated PDF ({_describe(e)})") from e


def _raised_here(e: BaseException) -> bool:
    """Whether the exception comes from this package's own code rather than from the PDF
    libraries reading a damaged file: of the frames it passed through, the deepest that is
    either (the standard library's aside) is this package's."""
    here = Path(__file__).parent
    ours = parser = -1
    for depth, (frame, _) in enumerate(traceback.walk_tb(e.__traceback__)):
        file = Path(frame.f_code.co_filename)
        if file.parent == here:
            ours = depth
        elif _PARSERS.intersection(file.parts):
            parser = depth
    return ours > parser


_PARSERS = frozenset({"pdfminer", "pdfplumber", "pypdfium2", "pypdfium2_raw"})


def _describe(e: object) -> str:
    text = str(e).splitlines()[0] if str(e) else ""
    return f"{type(e).__name__}: {text}"[:160] if text else type(e).__name__


def draw_boxes(path: Path, page_number: int, boxes: Sequence[tuple[float, float, float, float]], out: Path) -> None:
    """Save page page_number of the PDF as a PNG with the boxes (x0, top, x1, bottom) drawn on it."""
    with pdfplumber.open(path) as pdf:
        if not 1 <= page_number <= len(pdf.pages):
            raise UnreadablePDF(f"{path}: no page {page_number} (it has {len(pdf.pages)})")
        image = pdf.pages[page_number - 1].to_image(resolution=100)
        image.draw_rects(list(boxes), stroke=(220, 0, 0), fill=(0, 0, 0, 0), stroke_width=1)
        image.save(str(out), format="PNG")


def pdfium_text(path: Path) -> tuple[int, int]:
    """Raw text of every page with pypdfium2, no layout: (pages, characters). A benchmark floor."""
    doc = pypdfium2.PdfDocument(str(path))
    try:
        chars = 0
        for page in doc:
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
        return len(doc), chars
    finally:
        doc.close()


def pdfplumber_text(path: Path) -> tuple[int, int]:
    """pdfplumber's ``extract_text`` of every page: (pages, characters). The benchmark reference."""
    chars = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            chars += len(page.extract_text())
            page.close()
        return len(pdf.pages), chars


def concatenate(paths: Sequence[Path], out: Path, pages: int) -> int:
    """Write to `out` the pages of `paths` in turn, again and again, until it has at least
    `pages` pages (a long agenda pack for the benchmark); the pages it has."""
    pack = pypdfium2.PdfDocument.new()
    sources = [pypdfium2.PdfDocument(str(path)) for path in paths]
    try:
        while sources and len(pack) < pages:
            for source in sources:
                pack.import_pages(source)
        pack.save(str(out))
        return len(pack)
    finally:
        for source in sources:
            source.close()
        pack.close()


def page_count(path: Path) -> int:
    """Pages as pdfium counts them: scanned files that pdfminer opens with 0 pages have more."""
    try:
        doc = pypdfium2.PdfDocument(str(path))
        try:
            return len(doc)
        finally:
            doc.close()
    except pypdfium2.PdfiumError:
        return 0


def _check_text_layer(path: Path, pages: Sequence[PageText]) -> None:
    text = "\n".join(line.text for p in pages for line in p.lines)
    if not text.strip():
        raise NeedsOCR(f"{path}: no text layer on any of its {len(pages)} page(s) (scanned?); it needs OCR")
    cids = len(CID.findall(text))
    letters = sum(map(str.isalpha, text))  # map, not a generator: every character, while the workers wait
    if cids * 6 > max(letters, 1) or letters < 0.3 * len(text.replace(" ", "").replace("\n", "")):
        sample = text.strip()[:40].replace("\n", " ")
        raise NeedsOCR(f"{path}: text layer is garbage ({cids} unmapped glyphs, e.g. {sample!r}); it needs OCR")


def _read_page(page: pdfplumber.page.Page, number: int, fast: _Pdfium | None = None) -> PageText:
    read = fast.page(page, number) if fast is not None else None
    words, edges = read if read is not None else _pdfminer_words(page)
    turned = [w for w in words if w.rotated]
    words = [w for w in words if not w.rotated]
    tables = _ruled_tables(page, edges) if edges else []
    words, table_lines = _read_tables(words, tables, number)
    words, more = _read_tables(words, _aligned_tables(words, edges), number, first=len(tables))
    table_lines += more
    lines = _layout(words, float(page.bbox[0]), float(page.bbox[2]), number)
    for top, cells in table_lines:  # each table where its top is in the running text
        at = next((k for k, ln in enumerate(lines) if ln.top > top), len(lines))
        lines[at:at] = cells
    # rotated text is kept out of the running text but stays on the page, after it, for search
    lines += [replace(_make_line([w], number), rotated=True) for w in sorted(turned, key=lambda w: (w.x0, w.top))]
    return PageText(page=number, text="", lines=tuple(lines), width=float(page.width), height=float(page.height))


def _pdfminer_words(page: pdfplumber.page.Page) -> tuple[list[_Word], list[dict[str, Any]]]:
    """The page's upright words, its rotated lines, and its rules through pdfminer: for a page
    pdfium cannot read."""
    chars, edges = _chars(page)
    upright = [c for c in chars if c["upright"]]
    ornament = layout_settings().bullet_fonts
    words = [
        _Word(
            BULLET * len(w["text"]) if ornament.search(w["fontname"]) else w["text"],
            w["x0"],
            w["x1"],
            w["top"],
            w["bottom"],
            bool(BOLD_FONT.search(w["fontname"])),
            w["size"],
        )
        for w in extract_words(upright, extra_attrs=["fontname", "size"], keep_blank_chars=False)
    ]
    turned = [
        (c["text"], c["x0"], c["x1"], c["top"], c["bottom"], (False, c["fontname"], c["size"]))
        for c in chars
        if not c["upright"]
    ]
    return words + _rotated_lines(turned), edges


def _ruled_tables(
    page: pdfplumber.page.Page, edges: list[dict[str, Any]]
) -> list[tuple[tuple[float, float, float, float], list[list[Any]]]]:
    """Tables drawn with rules: (bbox, rows of cell boxes or None), found by pdfplumber's
    finder on the rules read while parsing the text (no second parse of the page). A table
    needs two rows and two columns; a boxed paragraph is not a table."""
    vertical = [e for e in edges if e["orientation"] == "v"]
    horizontal = [e for e in edges if e["orientation"] == "h"]
    if len(vertical) < 2 or len(horizontal) < 2:  # no table; and pdfplumber's finder would raise ValueError
        return []
    settings = {
        "vertical_strategy": "explicit",
        "horizontal_strategy": "explicit",
        "explicit_vertical_lines": vertical,
        "explicit_horizontal_lines": horizontal,
    }
    out = []
    for t in _find_tables(page, settings):
        rows = [list(r.cells) for r in t.rows]
        if len(rows) >= 2 and max(sum(c is not None for c in r) for r in rows) >= 2:
            out.append((t.bbox, _open_cells(rows)))
    return out


def _open_cells(rows: list[list[Any]]) -> list[list[Any]]:
    """The grid's cells with those its rules leave open made whole: a row carried over from the
    page before has no rule over it but in its first column, so pdfplumber finds that cell alone
    and the text beside it ("Agreed: to proceed ...") would be in no cell. An open cell takes
    its column's sides from the other rows and its top and bottom from its row's cells; the words
    of a cell merged across it are read with the merged cell, which comes first."""
    sides: dict[int, tuple[float, float]] = {}  # each column's narrowest cell: not one merged across
    for row in rows:
        for c, box in enumerate(row):
            if box is not None and (c not in sides or box[2] - box[0] < sides[c][1] - sides[c][0]):
                sides[c] = (box[0], box[2])
    out = []
    for row in rows:
        found = [box for box in row if box is not None]
        if not found or len(found) == len(row):
            out.append(row)
            continue
        top, bottom = min(b[1] for b in found), max(b[3] for b in found)
        filled = list(row)
        for c, box in enumerate(row):
            if box is None and c in sides:
                x0, x1 = sides[c]
                if all(b[2] <= x0 + 1 or b[0] >= x1 - 1 for b in found):  # where no cell of the row is
                    filled[c] = (x0, top, x1, bottom)
        out.append(filled)
    return out


def _find_tables(page: pdfplumber.page.Page, settings: dict[str, Any]) -> list[Any]:
    """``page.find_tables(settings)``, pdfplumber's own steps but for the cells of its grid
    (`_grid_cells`, the same cells in the same order, without its search of every later point)."""
    from pdfplumber.table import Table, TableFinder, TableSettings, cells_to_tables, edges_to_intersections

    finder = TableFinder.__new__(TableFinder)  # its __init__ runs the steps below
    finder.page, finder.settings = page, TableSettings.resolve(settings)
    tolerance = finder.settings.intersection_x_tolerance, finder.settings.intersection_y_tolerance
    intersections = edges_to_intersections(finder.get_edges(), *tolerance)
    return [Table(page, cells) for cells in cells_to_tables(_grid_cells(intersections))]  # type: ignore[arg-type]


def _grid_cells(intersections: Any) -> list[tuple[float, float, float, float]]:
    """pdfplumber's ``intersections_to_cells``: for each point of the grid, in order, the
    smallest cell it is the top-left corner of. Each point's edges are made sets once, and the
    points below and right of it are read from its column and row, not searched for among all
    later points."""
    from pdfplumber.table import intersections_to_cells
    from pdfplumber.utils import obj_to_bbox

    points = sorted(intersections)
    if any(x != x or y != y for x, y in points):  # NaN equals nothing: leave it to pdfplumber
        return [(a, b, c, d) for a, b, c, d in intersections_to_cells(intersections)]
    vertical = {p: set(map(obj_to_bbox, intersections[p]["v"])) for p in points}
    horizontal = {p: set(map(obj_to_bbox, intersections[p]["h"])) for p in points}
    columns: dict[float, list[tuple[float, float]]] = {}
    rows: dict[float, list[tuple[float, float]]] = {}
    place: dict[tuple[float, float], tuple[int, int]] = {}  # where in its column and row
    for p in points:  # each in the points' order
        column, row = columns.setdefault(p[0], []), rows.setdefault(p[1], [])
        place[p] = len(column), len(row)
        column.append(p)
        row.append(p)

    def connects(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return (a[0] == b[0] and not vertical[a].isdisjoint(vertical[b])) or (
            a[1] == b[1] and not horizontal[a].isdisjoint(horizontal[b])
        )

    cells: list[tuple[float, float, float, float]] = []
    for pt in points:
        below = columns[pt[0]][place[pt][0] + 1 :]
        right = rows[pt[1]][place[pt][1] + 1 :]
        cell = None
        for below_pt in below:
            if not connects(pt, below_pt):
                continue
            for right_pt in right:
                if not connects(pt, right_pt):
                    continue
                corner = (right_pt[0], below_pt[1])
                if corner in intersections and connects(corner, right_pt) and connects(corner, below_pt):
                    cell = (pt[0], pt[1], corner[0], corner[1])
                    break
            if cell is not None:
                break
        if cell is not None:
            cells.append(cell)
    return cells


def _read_tables(
    words: list[_Word],
    tables: list[tuple[tuple[float, float, float, float], list[list[Any]]]],
    number: int,
    first: int = 0,
) -> tuple[list[_Word], list[tuple[float, list[Line]]]]:
    """Take each table's words out of the running text and read them row by row, cell by cell:
    a cell's lines stay together instead of being read across the row ("The authorities will
    costs through better fuel"). A cell holding only a number or code ("01", "05-02") labels the
    row, so it is put before the first line of the next cell ("01 Introduction")."""
    out: list[tuple[float, list[Line]]] = []
    for t, (bbox, rows) in enumerate(tables, start=first):
        inside = [w for w in words if _centre_in(w, bbox)]
        if not inside:
            continue
        taken = {id(w) for w in inside}
        words = [w for w in words if id(w) not in taken]
        lines: list[Line] = []
        for r, row in enumerate(rows):
            cells = []
            for c, box in enumerate(row):
                cell = [w for w in inside if id(w) in taken and box is not None and _centre_in(w, box)]
                taken -= {id(w) for w in cell}
                cells.append([replace(_make_line(rw, number), cell=(t, r, c)) for rw in _rows(cell)])
            lines += _row_lines(cells)
        out.append((bbox[1], lines))
        words += [w for w in inside if id(w) in taken]  # in the table's box but in none of its cells: running text
    return words, out


_Box = tuple[float, float, float, float]


def _aligned_tables(words: list[_Word], edges: list[dict[str, Any]]) -> list[tuple[_Box, list[list[Any]]]]:
    """Tables drawn without vertical rules, their cells apart by white space: a header row of
    short labels ("Objective | What we will do | Lead | When", bold or named by layout.yml's
    table_header_words) over lines whose every word falls inside one of the header's columns.
    The header's labels give the columns; a rule between two lines, or more space than a line
    step, starts the next row (a cell's text wraps within its row). Found as pdfplumber finds a
    ruled table, (bbox, rows of cell boxes), so both are read the same way."""
    rows = _rows(words)
    rulings = sorted(e["top"] for e in edges if e["orientation"] == "h")
    out: list[tuple[_Box, list[list[Any]]]] = []
    i = 0
    while i < len(rows):
        starts = _header_labels(rows[i])
        if starts is None:
            i += 1
            continue
        end = _body_end(rows, i, starts)
        grid = _grid(rows[i:end], starts, rulings) if end - i >= 3 else None
        if grid is not None and len(grid[1]) >= 2 and _aligned_body(rows[i], rows[i + 1 : end], starts):
            out.append(grid)
            i = end
        else:
            i += 1
    return out


def _pieces(row: list[_Word], gap: float) -> list[list[_Word]]:
    """The row's words in runs apart by at least `gap` font sizes."""
    pieces = [[row[0]]]
    for a, b in zip(row, row[1:]):
        if _apart(a, b, gap):
            pieces.append([b])
        else:
            pieces[-1].append(b)
    return pieces


def _header_labels(row: list[_Word]) -> list[float] | None:
    """Where each column of an aligned table starts, when the row is such a table's header: at
    least `columns` short labels (two will do when both are header words: "Action | Lead"),
    bold or most of them starting with one of layout.yml's table_header_words."""
    settings = layout_settings()
    rules = settings.aligned
    pieces = _pieces(row, rules.header_gap)
    if len(pieces) < 2 or any(not _column_label(p, rules.label_words) for p in pieces):
        return None
    named = sum(p[0].text.lower().strip(":") in settings.header_words for p in pieces)
    bold = all(w.bold for w in row)
    if len(pieces) >= rules.columns and (bold or 2 * named > len(pieces)) or named == len(pieces):
        return [p[0].x0 for p in pieces]
    return None


def _column_label(piece: list[_Word], words: int) -> bool:
    """Whether a run of words can name a column: at most `words` words, starting with a capital
    or a figure ("2024/25"), and not a list's or a contents page's number ("4.", "81")."""
    first = piece[0].text
    return len(piece) <= words and (first[:1].isupper() or first[:1].isdigit()) and not _LIST_NUMBER.fullmatch(first)


_LIST_NUMBER = re.compile(r"\d{1,3}\.?")


def _column(w: _Word, starts: list[float], slack: float) -> int | None:
    """The column a word is in, or None when it starts left of the table or runs across the
    next column's edge."""
    k = bisect_right(starts, w.x0 + slack) - 1
    if k < 0 or k + 1 < len(starts) and w.x1 > starts[k + 1] + 1:
        return None
    return k


def _body_end(rows: list[list[_Word]], i: int, starts: list[float]) -> int:
    """The end of the body under header row i: the first line with a word outside the
    columns, in a larger font, or below more space than `gap` font sizes, or than `wider` times
    any space the table has had yet and a font size (a blank line after a table of single-spaced
    rows: "Next steps"); a label ending in a colon; the header printed again."""
    rules = layout_settings().aligned
    size = max(w.size for w in rows[i])
    widest = 0.0
    end = i + 1
    while end < len(rows):
        row = rows[end]
        space = row[0].top - max(w.bottom for w in rows[end - 1])
        if (
            space > rules.gap * size
            or space > max(size, rules.wider * widest) and end > i + 1
            or max(w.size for w in row) > 1.15 * size
            or any(_column(w, starts, rules.slack) is None for w in row) and not _band(row, starts)
            or _join_words(row).endswith(":")  # a label over what follows ("APOLOGIES:")
            or [w.text for w in row] == [w.text for w in rows[i]]  # the header again: a table of its own
        ):
            break
        widest = max(widest, space)
        end += 1
    while end - 1 > i and _band(rows[end - 1], starts):
        end -= 1  # a band under the table's last row heads what follows it
    return end


def _aligned_body(header: list[_Word], body: list[list[_Word]], starts: list[float]) -> bool:
    """Whether the lines under a header read as its table: printed no smaller than a size below
    the header's (a heading over prose is not a header), most of their runs of words start at
    one of its columns, and two of them at least hold text in two columns or more."""
    rules = layout_settings().aligned
    sizes = sorted(w.size for row in body for w in row)
    if max(w.size for w in header) > 1.15 * sizes[len(sizes) // 2]:
        return False
    runs = [p for row in body for p in _pieces(row, rules.header_gap)]
    at_start = sum(any(abs(p[0].x0 - s) <= rules.slack for s in starts) for p in runs)
    across = sum(len({_column(w, starts, rules.slack) for w in row}) >= 2 for row in body)
    return 3 * at_start >= 2 * len(runs) and across >= 2


def _grid(rows: list[list[_Word]], starts: list[float], rulings: list[float]) -> tuple[_Box, list[list[Any]]]:
    """The cell boxes of an aligned table: its header row (a bold header may wrap), then a row
    for each run of lines with no rule between them and no more space between them than
    between a cell's wrapped lines. Where every line is a step apart (no space marks the rows),
    each line starts a row unless all its cells carry on in lower case."""
    rules = layout_settings().aligned
    steps = [b[0].top - a[0].top for a, b in zip(rows[1:], rows[2:])]
    step = min(steps, default=0.0)
    spaced = any(d > rules.row_step * step for d in steps)
    bands = {k for k, row in enumerate(rows) if k and _band(row, starts)}
    groups = [[0]]  # each row of the grid as the indexes of its lines
    for k, (prev, row) in enumerate(zip(rows, rows[1:]), start=1):
        bottom, top = max(w.bottom for w in prev), min(w.top for w in row)
        ruled = bisect_right(rulings, top) > bisect_left(rulings, bottom)
        header = len(groups) == 1 and all(w.bold for w in row) and all(w.bold for w in prev) and k not in bands
        gap = row[0].top - prev[0].top > rules.row_step * step
        banded = k in bands or k - 1 in bands
        if not header and (banded or ruled or gap or not spaced and not _runs_on(row, prev, starts)):
            groups.append([k])
        else:
            groups[-1].append(k)
    left = starts[0] - rules.slack
    right = max(w.x1 for row in rows for w in row) + 1
    edges = [left, *(s - rules.slack for s in starts[1:]), right]
    cells: list[list[Any]] = []
    for group in groups:
        top = min(w.top for w in rows[group[0]]) - 1
        bottom = max(w.bottom for w in rows[group[-1]]) + 1
        if group[0] in bands:  # a band is a row of its own
            cells.append([(left, top, right, bottom)] + [None] * (len(starts) - 1))  # a band across the table
        else:
            cells.append([(edges[c], top, edges[c + 1], bottom) for c in range(len(starts))])
    return (left, cells[0][0][1], right, cells[-1][0][3]), cells


def _band(row: list[_Word], starts: list[float]) -> bool:
    """A bold line in one run of words across a column's edge: a group's title printed across
    the table ("Priority 1 – Serious violence" over the actions that serve it)."""
    rules = layout_settings().aligned
    if len(_pieces(row, rules.header_gap)) != 1 or not all(w.bold for w in row):
        return False
    columns = {_column(w, starts, rules.slack) for w in row}
    return len(columns) >= 2 or None in columns


def _runs_on(row: list[_Word], prev: list[_Word], starts: list[float]) -> bool:
    """Whether a line of a table that marks its rows with no space carries on the row above:
    each of its cells goes on in lower case, or it leaves empty the last column the line above
    filled (a long cell wrapping beside a short one: "... with the Home | Ongoing" over "Office
    data team ..."; a row whose first cell is left blank fills the last column again)."""
    rules = layout_settings().aligned
    if all(p[0].text[:1].islower() for p in _pieces(row, rules.header_gap)):
        return True
    filled = {_column(w, starts, rules.slack) for w in row}
    return max(_column(w, starts, rules.slack) or 0 for w in prev) not in filled


def _row_lines(cells: list[list[Line]]) -> list[Line]:
    """One table row in reading order. A label cell ("01", "05-02") is put before the first line
    of the cell after it ("01 Introduction"); then a row of one-line cells is one line, its
    cells joined by " | " ("Mark Burdon | PSNC | Area Rep"), and any other row is each cell's
    lines in turn."""
    columns = tuple(" ".join(ln.text for ln in cell) for cell in cells)
    cells = [[evolve(ln, row_cells=columns) for ln in c] for c in cells if c]
    merged: list[list[Line]] = []
    label = ""
    for n, cell in enumerate(cells):
        if len(cell) == 1 and LABEL_CELL.match(cell[0].text) and n + 1 < len(cells):
            label = f"{label} {cell[0].text}".strip()  # "1 | 4 | Provide ...": both labels kept
            continue
        if label:
            cell = [replace(cell[0], text=f"{label} {cell[0].text}"), *cell[1:]]
            label = ""
        merged.append(cell)
    if len(merged) > 1 and all(len(c) == 1 for c in merged):
        return [replace(merged[0][0], text=CELL_SEPARATOR.join(c[0].text for c in merged), cells=columns)]
    return [line for cell in merged for line in cell]


def _centre_in(w: _Word, box: tuple[float, float, float, float]) -> bool:
    x, y = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


class _TextDevice(PDFPageAggregator):
    """pdfminer's page aggregator without graphics: reading order needs only the characters, and
    laying out the rules, boxes and charts of a table-heavy page costs as much as its text. Of
    the paths it keeps only their count and their straight horizontal and vertical pieces: a
    page that draws many may hold a ruled table, and those pieces are its rules."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.paths = 0
        self.rules: list[tuple[float, float, float, float]] = []

    def paint_path(self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Sequence[Any]) -> None:
        self.paths += 1
        try:
            self.rules += _straight_segments(path, self.ctm)
        except (TypeError, ValueError, IndexError):  # a malformed path draws no rule
            pass

    def render_image(self, *args: Any, **kwargs: Any) -> None:
        pass


# What pdfminer and pdfium raise on a file they cannot read: their own errors and the built-in
# ones a malformed stream, font or box trips (a flate bomb's MemoryError is passed on by
# _raw_pages; a form nested past the recursion limit is a RecursionError, a RuntimeError).
PARSER_ERRORS: tuple[type[BaseException], ...] = (
    PSException,
    PdfminerException,
    MalformedPDFException,
    pypdfium2.PdfiumError,
    ValueError,
    LookupError,
    TypeError,
    AttributeError,
    AssertionError,
    ArithmeticError,
    RuntimeError,
    MemoryError,
    struct.error,
    zlib.error,
)


def _chars(page: pdfplumber.page.Page) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``page.chars`` with only the keys ``extract_words`` reads, the same values, in the same order.

    pdfplumber turns every layout object into a dict of all its attributes (colours resolved,
    curves' points mapped), which costs twice the parse itself; we read the characters directly.
    """
    pdf = page.pdf
    device = _TextDevice(pdf.rsrcmgr, pageno=page.page_number, laparams=pdf.laparams)
    try:
        PDFPageInterpreter(pdf.rsrcmgr, device).process_page(page.page_obj)
    except PARSER_ERRORS as e:  # as pdfplumber's page.layout wraps them
        raise PdfminerException(e) from e
    height, (mb_x0, mb_top) = page.height, page.mediabox[:2]
    chars = [
        _char(c, height, mb_x0, mb_top, page.initial_doctop, pdf.unicode_norm) for c in _iter_chars(device.get_result())
    ]
    return chars, _edges(device.rules, height, mb_x0, mb_top) if device.paths >= RULED_PAGE else []


def _straight_segments(path: Sequence[Any], ctm: Any) -> list[tuple[float, float, float, float]]:
    """The horizontal and vertical straight pieces of a drawn path (table rules, cell boxes),
    in PDF space: pdfminer gives rectangles as m-l-l-l-h."""
    out: list[tuple[float, float, float, float]] = []
    start = last = None
    for op in path:
        kind = op[0]
        if kind == "m":
            start = last = apply_matrix_pt(ctm, (float(op[1]), float(op[2])))
            continue
        if kind in ("l", "h") and last is not None:
            point = start if kind == "h" else apply_matrix_pt(ctm, (float(op[1]), float(op[2])))
            if point is not None and (abs(point[0] - last[0]) < 1 or abs(point[1] - last[1]) < 1):
                out.append((last[0], last[1], point[0], point[1]))
            last = point
        elif kind in ("c", "v", "y"):
            last = apply_matrix_pt(ctm, (float(op[-2]), float(op[-1])))
    return out


def _edges(rules: list[tuple[float, float, float, float]], height: float, dx: float, dy: float) -> list[dict[str, Any]]:
    """The segments as the edges pdfplumber's table finder reads (top-based, like its chars)."""
    edges = []
    for x0, y0, x1, y1 in rules:
        left, right = sorted((x0 + dx, x1 + dx))
        top, bottom = sorted((height - y0 + dy, height - y1 + dy))
        vertical = right - left < 1
        edges.append(
            {
                "object_type": "line_edge",
                "orientation": "v" if vertical else "h",
                "x0": left,
                "x1": left if vertical else right,
                "top": top,
                "bottom": bottom if vertical else top,
                "width": 0 if vertical else right - left,
                "height": bottom - top if vertical else 0,
            }
        )
    return edges


def _char(c: LTChar, height: float, dx: float, dy: float, doctop: float, norm: Any) -> dict[str, Any]:
    """The dict pdfplumber makes of a character (``Page.process_object``), same arithmetic."""
    text = normalize_unicode(norm, c.get_text()) if norm is not None else c.get_text()
    font = fix_fontname_bytes(c.fontname) if isinstance(c.fontname, bytes) else c.fontname
    top = (height - c.y1) + dy
    return {
        "text": text,
        "x0": c.x0 + dx if dx else c.x0,
        "x1": c.x1 + dx if dx else c.x1,
        "top": top,
        "bottom": (height - c.y0) + dy,
        "doctop": doctop + top,
        "upright": c.upright,
        "size": c.size,
        "fontname": font,
    }


def _iter_chars(objs: Iterable[LTItem]) -> Iterator[LTChar]:
    """Characters in pdfplumber's order: depth first through figures (form XObjects)."""
    for obj in objs:
        if isinstance(obj, LTChar):
            yield obj
        elif isinstance(obj, LTContainer):
            yield from _iter_chars(obj)


def _layout(words: list[_Word], x0: float, x1: float, number: int, spread: bool = True) -> list[Line]:
    """Order the words of a page into lines: split an A3 spread (once: a page with a broken
    box could otherwise be halved for ever), then read columns."""
    width = x1 - x0
    if spread and words and width > 1.25 * _height(words) > 0:
        middle = x0 + width / 2
        if not any(w.x0 < middle - 2 < w.x1 or w.x0 < middle + 2 < w.x1 for w in words):
            left = [w for w in words if w.x1 <= middle]
            right = [w for w in words if w.x0 >= middle]
            return _layout(left, x0, middle, number, False) + _layout(right, middle, x1, number, False)
    rows = _order_rows(_rows(words), x0, x1, depth=0)
    lines = [_make_line(row, number, x0, x1) for row in rows]
    return _aligned_parts(rows, lines)


def _aligned_parts(rows: list[list[_Word]], lines: list[Line]) -> list[Line]:
    """A line read as one piece, parted where a line just above or below it has a piece that
    starts at the same place and a word of this one starts there after a narrower gap
    (layout.yml column_aligned_gap): the columns of side-by-side lists go on through an entry
    long enough to come close to the next column."""
    gap = layout_settings().column_aligned_gap
    out = list(lines)
    for k, (row, line) in enumerate(zip(rows, lines)):
        if line.parts or len(row) < 2 or line.cell is not None:
            continue
        near = [lines[j] for j in (k - 2, k - 1, k + 1, k + 2) if 0 <= j < len(lines)]
        starts = {round(p[0]) for ln in near for p in ln.parts[1:]}
        if not starts:
            continue
        cuts = [
            n
            for n in range(1, len(row))
            if any(abs(row[n].x0 - x) <= 2 for x in starts) and _apart(row[n - 1], row[n], gap)
        ]
        if not cuts:
            continue
        pieces = [row[a:b] for a, b in zip([0, *cuts], [*cuts, len(row)])]
        parts = tuple((p[0].x0, max(w.x1 for w in p), clean_line(_join_words(p))) for p in pieces)
        out[k] = replace(line, parts=parts)
    return out


def _height(words: list[_Word]) -> float:
    return max((w.bottom for w in words), default=0.0)


def _rows(words: list[_Word]) -> list[list[_Word]]:
    """Group words into rows by their vertical position (words on one baseline)."""
    rows: list[list[_Word]] = []
    for w in sorted(words, key=lambda w: (round(w.top, 0), w.x0)):
        if rows and (abs(rows[-1][0].top - w.top) <= max(2.0, 0.3 * w.size) or _same_line(rows[-1][0], w)):
            rows[-1].append(w)
        else:
            rows.append([w])
    return [sorted(r, key=lambda w: w.x0) for r in rows]


def _same_line(a: _Word, b: _Word) -> bool:
    """Words of different sizes on one line: a small-caps capital ("P" + "RESENT"), a raised
    ordinal. Their boxes share most of the smaller one's height."""
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    if overlap <= 0.6 * min(a.bottom - a.top, b.bottom - b.top):
        return False
    # a small bullet between two lines of a neighbouring column belongs to the line it sits
    # beside, whose middle is near its own, not to the one it just overlaps
    mark = min((a, b), key=lambda w: w.bottom - w.top)
    centres = abs(a.top + a.bottom - b.top - b.bottom) / 2
    return not (len(mark.text) == 1 and not mark.text.isalnum()) or centres < 0.35 * max(
        a.bottom - a.top, b.bottom - b.top
    )


def _order_rows(rows: list[list[_Word]], x0: float, x1: float, depth: int) -> list[list[_Word]]:
    """Rows in reading order; runs of rows that share a gutter are read column by column."""
    gutter = _find_gutter(rows, x0, x1) if depth < 2 else None
    if gutter is None:
        return rows
    out: list[list[_Word]] = []
    run: list[list[_Word]] = []
    for row in rows + [[]]:
        if row and not _crosses(row, gutter):
            run.append(row)
            continue
        if len(run) >= 3:
            left = [[w for w in r if w.x1 <= gutter] for r in run]
            right = [[w for w in r if w.x0 >= gutter] for r in run]
            out += _order_rows([r for r in left if r], x0, gutter, depth + 1)
            out += _order_rows([r for r in right if r], gutter, x1, depth + 1)
        else:
            out += run
        run = []
        if row:
            out.append(row)
    return out


def _crosses(row: list[_Word], gutter: float) -> bool:
    return any(w.x0 < gutter + GUTTER / 2 and w.x1 > gutter - GUTTER / 2 for w in row)


def _find_gutter(rows: list[list[_Word]], x0: float, x1: float) -> float | None:
    """The x of a white strip that splits many rows into a left and a right column.

    Prose columns fill their width, so a gutter counts only when the text on its left reaches
    close to it; a table whose cells leave a gap at the same place is not read as columns.
    """
    width = x1 - x0
    margin = max(x0, min((r[0].x0 for r in rows), default=x0))  # where the text starts
    best: tuple[int, float] | None = None
    blocked = [_blocked(r) for r in rows]  # each row's words, widened by half a gutter, merged
    cells = _cell_starts(rows)
    for step in range(22, 79, 2):
        g = x0 + width * step / 100
        free = [not _inside(spans, g) for spans in blocked]  # the row does not cross g
        split = [r for r, ok in zip(rows, free) if ok and r[0].x0 < g < r[-1].x1]
        # a few rows with text on both sides will do where a white strip runs down the whole
        # page (a short right-hand column beside a long left one)
        clear = sum(free) >= 0.9 * len(rows) >= 9
        if len(split) < (3 if clear else 4) or len(split) < (0.05 if clear else 0.2) * len(rows):
            continue
        reach = sorted(max(w.x1 for w in r if w.x1 <= g) for r in split)
        if reach[len(reach) // 2] < g - 0.25 * (g - margin):
            continue
        # a table's rows have cells apart on the left too, or start at one of those cells (their
        # first cell empty); a prose column's lines do neither
        if sum(_table_row([w for w in r if w.x1 <= g], cells) for r in split) * 2 > len(split):
            continue
        if not 30 <= step <= 70 and not (_prose_side(rows, g, left=True) and _prose_side(rows, g, left=False)):
            continue  # a narrow column beside the text is a sidebar of prose, not a table's names or pages
        if best is None or len(split) > best[0]:
            best = (len(split), g)
    return _centre_gutter(rows, best[1]) if best else None


def _prose_side(rows: list[list[_Word]], g: float, left: bool) -> bool:
    """Whether one side of a gutter near the page's edge reads as prose: half its lines or more
    hold a word in lower case other than a name's joining word ("seen as safe and", "who need"),
    where a table's columns hold names, labels or numbers ("Matthew Brown", "Cabinet Office",
    a contents page's "12")."""
    sides = [[w for w in r if (w.x1 <= g if left else w.x0 >= g)] for r in rows]
    lines = [side for side in sides if side]
    prose = sum(any(w.text[:1].islower() and w.text not in _NAME_JOINERS for w in side) for side in lines)
    return prose >= 0.5 * len(lines)


_NAME_JOINERS = frozenset({"and", "of", "for", "the", "on", "in", "to", "&", "de", "van", "von", "du", "la"})


def _blocked(row: list[_Word]) -> tuple[list[float], list[float]]:
    """Where a gutter cannot run through the row: its words widened by half a gutter each side
    (as `_crosses` reads them), merged, as sorted starts and ends."""
    starts: list[float] = []
    ends: list[float] = []
    for lo, hi in sorted((w.x0 - GUTTER / 2, w.x1 + GUTTER / 2) for w in row):
        if ends and lo < ends[-1]:
            ends[-1] = max(ends[-1], hi)
        else:
            starts.append(lo)
            ends.append(hi)
    return starts, ends


def _inside(spans: tuple[list[float], list[float]], g: float) -> bool:
    """Whether x = g falls strictly inside one of the spans (a row that crosses g)."""
    starts, ends = spans
    k = bisect_left(starts, g) - 1
    return k >= 0 and ends[k] > g


def _cell_starts(rows: list[list[_Word]]) -> list[float]:
    """Where the cells after a column-wide gap start, in rows that have one (a table's columns)."""
    gap = layout_settings().column_gap
    return sorted({round(b.x0) for r in rows for a, b in zip(r, r[1:]) if _apart(a, b, gap)})


def _table_row(words: list[_Word], cells: list[float]) -> bool:
    """A row's words read as a table's: two cells apart by a column-wide gap, or the first word
    where other rows start a cell after such a gap (its own first cell left empty)."""
    if not words:
        return False
    k = bisect_left(cells, words[0].x0 - 2)
    return _wide_gap(words) or k < len(cells) and cells[k] <= words[0].x0 + 2


def _wide_gap(words: list[_Word]) -> bool:
    """Two words of a row apart by a column-wide gap."""
    gap = layout_settings().column_gap
    return any(_apart(a, b, gap) for a, b in zip(words, words[1:]))


def _apart(a: _Word, b: _Word, gap: float) -> bool:
    """Word b starts a column-wide gap after word a: `gap` (layout.yml column_gap) font sizes."""
    return b.x0 - a.x1 >= gap * min(a.size, b.size)


def _centre_gutter(rows: list[list[_Word]], g: float) -> float:
    """Move the gutter to the middle of the white strip found around g."""
    left = max((w.x1 for r in rows for w in r if w.x1 <= g + GUTTER / 2 and not _crosses(r, g)), default=g)
    right = min((w.x0 for r in rows for w in r if w.x0 >= g - GUTTER / 2 and not _crosses(r, g)), default=g)
    return (left + right) / 2 if left < right else g


def _make_line(row: list[_Word], number: int, x0: float = 0.0, x1: float = 0.0) -> Line:
    row, margin = _margin(row, x0, x1)
    text = clean_line(_join_words(row))
    chars = sum(len(w.text) for w in row) or 1
    bold = sum(len(w.text) for w in row if w.bold) / chars > 0.6
    sizes = sorted(w.size for w in row)
    return Line(
        text=text,
        page=number,
        bold=bold,
        size=round(sizes[len(sizes) // 2], 1),
        x0=row[0].x0,
        top=row[0].top,
        margin=margin,
        x1=max(w.x1 for w in row),
        bottom=max(w.bottom for w in row),
        parts=_parts(row),
    )


def _parts(row: list[_Word]) -> tuple[tuple[float, float, str], ...]:
    """The pieces of a row apart by a column-wide gap (side-by-side lists, an unruled table's
    cells), or nothing when the row is one piece."""
    pieces = _pieces(row, layout_settings().column_gap)
    if len(pieces) < 2:
        return ()
    return tuple((p[0].x0, max(w.x1 for w in p), clean_line(_join_words(p))) for p in pieces)


def _margin(row: list[_Word], x0: float, x1: float) -> tuple[list[_Word], str | None]:
    """A short note alone in the right margin, far from the line's text: (the rest, the note)."""
    rules = layout_settings()
    if len(row) < 2 or x1 <= x0:
        return row, None
    last, before = row[-1], row[-2]
    in_zone = last.x0 >= x0 + rules.margin_zone * (x1 - x0)
    wide = rules.margin_gap * last.size
    # one wide gap only: a grid of names and initials has several
    alone = all(b.x0 - a.x1 < wide for a, b in zip(row[:-2], row[1:-1]))
    if in_zone and alone and last.x0 - before.x1 >= wide and rules.margin_word.fullmatch(last.text):
        return row[:-1], last.text
    return row, None


def _join_words(row: list[_Word]) -> str:
    """The words of a row as text. Words that touch were split only by a change of font or
    size: a superscript ordinal ("31" + "st"), a small-caps word ("M" + "INUTES"), a bold
    letter inside a word. They are one word, and so is a raised ordinal set a little apart
    ("31 st"); a raised footnote mark stays apart from its word. Letter-spaced text
    ("H O O D   C O U N C I L") is read as its words. OCR's words are whole already: a tight
    gap between them ("has a", "Offenders /") is still a space."""
    out = ""
    spaced = _letter_spaced(row)
    for n, (prev, w) in enumerate(zip([None, *row], row)):
        if prev is not None:
            out += "" if n in spaced or _one_word(prev, w) else " "
        out += w.text
    return out


def _one_word(prev: _Word, w: _Word) -> bool:
    """Whether two neighbouring words of a row are one printed word."""
    size = min(prev.size, w.size)
    raised = w.size < prev.size - 0.5 and w.bottom < prev.bottom - 0.1 * prev.size
    if raised and ORDINAL.fullmatch(w.text) and prev.text[-1:].isdigit():
        return w.x0 - prev.x1 < 0.25 * prev.size
    if w.x0 - prev.x1 >= TOUCH * size or prev.whole or w.whole:
        return False
    footnote = w.size < prev.size - 0.5 and FOOTNOTE_MARK.fullmatch(w.text) is not None
    return not (footnote and (raised or not prev.text[-1:].isdigit()))


def _letter_spaced(row: list[_Word]) -> set[int]:
    """The indexes of the words of a row that continue a letter-spaced word: in a run of three
    or more one-character words, those after a gap no wider than the run's letter spacing. A
    run is letter-spaced where its spacing is narrower than a word space, or where wider gaps
    in it part the words ("C O U N C I L   M E E T I N G"); evenly spaced single letters
    ("a B C") are words."""
    out: set[int] = set()
    n = 0
    while n < len(row):
        end = n
        while end + 1 < len(row) and _letter(row[end + 1]) and _letter(row[n]) and row[end + 1].size == row[n].size:
            end += 1
        if end - n >= 2:
            out |= _rejoined(row, n, end)
        n = end + 1
    return out


def _letter(w: _Word) -> bool:
    return len(w.text) == 1 and (w.text.isalnum() or w.text in ":&'")


def _rejoined(row: list[_Word], first: int, last: int) -> set[int]:
    """The letters of row[first..last] that join the letter before them, if the run is letter-spaced."""
    rules = layout_settings().letter_spacing
    size = row[first].size
    gaps = [row[k + 1].x0 - row[k].x1 for k in range(first, last)]
    spacing = min(gaps)
    if spacing < 0 or spacing > rules.widest * size:
        return set()
    limit = spacing * rules.even + rules.slack * size
    if max(gaps) <= limit:  # one evenly spaced run: letter-spaced if narrower than the row's word spaces
        others = [b.x0 - a.x1 for k, (a, b) in enumerate(zip(row, row[1:])) if not first <= k < last]
        if others:
            word_space = sorted(others)[len(others) // 2]
            if spacing >= rules.word_space * word_space:
                return set()
        elif spacing >= rules.narrow * size and last - first + 1 < rules.letters:
            return set()
    joined = {first + 1 + k for k, g in enumerate(gaps) if g <= limit}
    return joined if len(joined) >= 2 else set()


def _strip_running_lines(pages: list[PageText]) -> Iterator[PageText]:
    """Drop running headers/footers and page numbers; keep the label and margin stamps."""
    repeated = _repeated_edge_lines(pages)
    titles = _running_titles(pages)
    seen: set[str] = set()  # a running title stays where it first stands: the cover's title
    for n, page in enumerate(pages):
        keep: list[Line] = []
        label: str | None = None
        stamps: list[str] = []
        for i, line in enumerate(page.lines):
            in_band = _in_band(page, line)
            # a two-page document's first page keeps its head: the title the second page repeats
            title = len(pages) == 2 and n == 0 and line.top < page.height / 2
            if (
                (in_band or _at_edge(page, line, i))
                and _key(line) in repeated
                and not title
                or (in_band and (PAGE_NUMBER.match(line.text) or _is_footer(line.text)))
                or _running_title(line, titles, seen)
            ):
                label = _label(line.text) or label  # the lowest label wins: footers beat headers
                stamps += STAMP.findall(line.text) if _is_footer(line.text) else []
                continue
            keep.append(line)
        yield _assemble(page, _join_wrapped_titles(keep), label, tuple(stamps))


_CONNECTOR_END = re.compile(r"(?:\s(?:and|or|of|the|to|for|in|on|at|with|its|their|our|a|an|&)|\s[-–—:])$")


def _join_wrapped_titles(lines: list[Line]) -> list[Line]:
    """A title in a larger font wrapped onto a short second line ("Priority 1 – Mental Health
    and" / "Addictions"; "... protecting vulnerable" / "people") is one line: the first ends on
    a joining word or the second goes on in lower case, as large and as bold, right under it."""
    body = body_size(lines)
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.cell is None
            and line.cell is None
            and not prev.rotated
            and not line.rotated
            and prev.size >= 1.1 * body
            and abs(prev.size - line.size) <= 0.3
            and prev.bold == line.bold
            and 0 <= line.top - prev.bottom < 0.6 * line.size
            and abs(line.x0 - prev.x0) <= 2
            and (_CONNECTOR_END.search(prev.text) or line.text[:1].islower())
            and len(line.text.split()) <= 6
            and not line.text.rstrip().endswith(".")
        ):
            out[-1] = replace(
                prev,
                text=f"{prev.text} {line.text}",
                x1=max(prev.x1, line.x1),
                bottom=line.bottom,
                parts=(),
            )
            continue
        out.append(line)
    return out


def _is_footer(text: str) -> bool:
    """A pack footer such as "Page 12 Agenda Item 4": a page label plus a stamp, nothing else."""
    rest = STAMP.sub("", PAGE_LABEL.sub("", text)).strip(" -|")
    return bool(PAGE_LABEL.search(text)) and not rest


def _label(text: str) -> str | None:
    m = PAGE_LABEL.search(text)
    if m:
        return f"Page {m['n']}"
    m = PAGE_NUMBER.match(text)
    return m["n"] if m else None


def _in_band(page: PageText, line: Line) -> bool:
    band = EDGE * page.height
    return line.top < band or line.top > page.height - band


def _at_edge(page: PageText, line: Line, index: int) -> bool:
    """Near the top or bottom of the page, by position or by being among its first/last lines."""
    if _in_band(page, line):
        return True
    # on a full page the first and last two lines are edges wherever the margins are
    return len(page.lines) >= 8 and (index < 2 or index >= len(page.lines) - 2)


def _key(line: Line) -> tuple[str, int]:
    """Running lines repeat at the same height, differing only in their numbers
    ("Version 8.0 3", "Version 8.0 5")."""
    return re.sub(r"\d+", "#", line.text.lower()).strip(), round(line.top / 8)


def _repeated_edge_lines(pages: list[PageText]) -> set[tuple[str, int]]:
    """Lines at the same height near the edge of three or more pages (a third of them in a long
    document), or in the top or bottom band of both pages of a two-page one ("Board of Trustees
    – 04.02.25 – Page 1 of 2") or of two pages of a three-page one, the same but for their
    numbers."""
    counts: Counter[tuple[str, int]] = Counter()
    banded: dict[tuple[str, int], set[int]] = {}  # the pages it is in the top or bottom band of
    numbers: dict[tuple[str, int], list[tuple[int, tuple[int, ...]]]] = {}
    two = len(pages) == 2
    for n, page in enumerate(pages):
        edge = [ln for i, ln in enumerate(page.lines) if (_in_band(page, ln) if two else _at_edge(page, ln, i))]
        keyed = {_key(ln): ln for ln in edge}
        keys = [k for k in keyed if len(k[0]) > 1]
        counts.update(keys)
        for k in keys:
            if _in_band(page, keyed[k]):
                banded.setdefault(k, set()).add(n)
            numbers.setdefault(k, []).append((n, tuple(int(d) for d in re.findall(r"\d+", keyed[k].text)[:8])))
    floor = 2 if two else max(3, int(0.3 * len(pages)))
    # a three-page document whose running header starts on its second page, under a title block
    # on the first: in the band of both later pages (not a title on the first and the last,
    # where a second set of minutes starts)
    return {
        k
        for k, n in counts.items()
        if (n >= floor or len(pages) == 3 and banded.get(k) == {1, 2}) and _numbered_as_pages(numbers[k])
    }


def _numbered_as_pages(seen: list[tuple[int, tuple[int, ...]]]) -> bool:
    """Lines that repeat but for their numbers run on every page only when the numbers that
    change count the pages ("Page 3 of 5", "Agenda Item 4 Page 12"): "COUNCIL RESOLUTION
    2025/140", "2025/147" at the head of three pages are the minutes' own lines. A number counts
    the pages when it steps as the pages do between at least half the pages it is seen on."""
    varying = [p for p in range(len(seen[0][1])) if len({nums[p] for _, nums in seen if len(nums) > p}) > 1]
    if not varying:
        return True
    pairs = list(zip(seen, seen[1:]))
    return any(
        2 * sum(len(a) > p and len(b) > p and b[p] - a[p] == m - n for (n, a), (m, b) in pairs) >= len(pairs)
        for p in varying
    )


def _running_titles(pages: list[PageText]) -> set[str]:
    """Long lines (a document or appendix title) among the first or last two lines of three or
    more pages (of both pages of a two-page document): running headers the position test
    misses. They are dropped wherever they stand but where they first do."""
    counts: Counter[str] = Counter()
    for page in pages:
        texts = [ln.text.strip() for ln in page.lines if not ln.rotated]
        counts.update({t for t in texts[:2] + texts[-2:] if len(t) > 20})
    least = 2 if len(pages) == 2 else 3
    return {t for t, n in counts.items() if n >= least}


def _running_title(line: Line, titles: set[str], seen: set[str]) -> bool:
    text = line.text.strip()
    if text not in titles:
        return False
    if text in seen:
        return True
    seen.add(text)
    return False


def _assemble(page: PageText, lines: list[Line], label: str | None, stamps: tuple[str, ...]) -> PageText:
    """Join lines into the page text (hyphenation undone) and record each line's offset."""
    texts = join_hyphenated([ln.text for ln in lines])
    placed: list[Line] = []
    offset = 0
    for line, text in zip(lines, texts):
        placed.append(evolve(line, text=text, start=offset))
        offset += len(text) + 1
    return replace(page, text="\n".join(texts), lines=tuple(placed), label=label, stamps=stamps)


# ---- the text and rules of a page through pdfium ------------------------------------------


class _Pdfium:
    """A document open in pdfium beside pdfplumber's. pdfplumber opens the file (its errors name
    encrypted, damaged and truncated files, and it finds ruled tables), and the pages' text and
    rules are read through pdfium's text API, in C, several times faster than pdfminer's
    layout; pdfminer reads only the pages pdfium cannot."""

    def __init__(self, path: Path, pages: int) -> None:
        try:
            self.doc: Any = pypdfium2.PdfDocument(str(path))
        except pypdfium2.PdfiumError:
            self.doc = None
        if self.doc is not None and len(self.doc) != pages:  # the two read the page tree differently
            self.close()

    def close(self) -> None:
        if self.doc is not None:
            self.doc.close()
            self.doc = None

    def page(self, page: pdfplumber.page.Page, number: int) -> tuple[list[_Word], list[dict[str, Any]]] | None:
        """The page's upright words and its rules, or None where pdfminer should read it: pdfium
        cannot load it, it finds no characters on it (pdfminer reads a scan's page cheaply and
        names a damaged one), a text object on it prints what pdfium's text leaves out, or the
        page is turned (pdfium's boxes are unrotated)."""
        if self.doc is None or page.rotation % 360 or _inflates_past(page, MAX_CONTENT):
            return None
        try:
            fpage = self.doc[number - 1]
        except pypdfium2.PdfiumError:
            return None
        try:
            textpage = fpage.get_textpage()
            frame = _Frame.of(page)
            try:
                chars, seen = _pdfium_chars(textpage.raw, frame)
            finally:
                textpage.close()
            unread, spaces, paths, rules = _pdfium_objects(fpage.raw, seen, frame)
        except pypdfium2.PdfiumError as e:  # no text page
            log.debug("page %d: pdfium cannot read it (%s)", number, e)
            return None
        finally:
            fpage.close()
        if not chars or unread:
            log.debug("page %d: %d characters, %d text objects left out", number, len(chars), unread)
            return None
        return _words(chars, spaces), frame.edges(rules) if paths >= RULED_PAGE else []


def _inflates_past(page: pdfplumber.page.Page, limit: int) -> bool:
    """Whether a content stream of the page inflates to more than limit bytes (a flate bomb).
    Out of memory, pdfium aborts the process, where pdfminer raises MemoryError, which the
    build reports as the document needing more than its memory limit."""
    for ref in page.page_obj.contents:
        stream = resolve1(ref)
        if not isinstance(stream, PDFStream) or stream.rawdata is None:
            continue
        filters = stream.get_filters()
        if len(filters) != 1 or filters[0][0] not in LITERALS_FLATE_DECODE:
            continue
        inflate, size, data = zlib.decompressobj(), 0, stream.rawdata
        try:
            while data and size <= limit:
                size += len(inflate.decompress(data, 1 << 20))
                data = inflate.unconsumed_tail
        except zlib.error:  # damaged: pdfium reads what it can of it, as pdfminer does
            continue
        if size > limit:
            return True
    return False


@dataclass(frozen=True)
class _Frame:
    """pdfplumber's page coordinates (points from the top-left of its box) from PDF user space:
    pdfminer lays a page out from its media box's corner, and pdfplumber shifts that back."""

    height: float
    origin: tuple[float, float]  # the media box's corner in user space (pdfminer's)
    shift: tuple[float, float]  # pdfplumber's shift of pdfminer's coordinates

    @classmethod
    def of(cls, page: pdfplumber.page.Page) -> _Frame:
        box = page.page_obj.mediabox
        return cls(
            float(page.height), (float(box[0]), float(box[1])), (float(page.mediabox[0]), float(page.mediabox[1]))
        )

    def x(self, x: float) -> float:
        return x - self.origin[0] + self.shift[0]

    def top(self, y: float) -> float:
        return self.height - (y - self.origin[1]) + self.shift[1]

    def edges(self, rules: list[_Rule]) -> list[dict[str, Any]]:
        ox, oy = self.origin
        device = [(x0 - ox, y0 - oy, x1 - ox, y1 - oy) for x0, y0, x1, y1 in rules]
        return _edges(device, self.height, self.shift[0], self.shift[1])


_Rule = tuple[float, float, float, float]  # a straight piece of a path: (x0, y0, x1, y1)
LEFT_TO_RIGHT = itemgetter(1, 2)
_UNLIGATED = str.maketrans(LIGATURES)  # a character's (x0, x1), pdfplumber's order in a line
# (text, x0, x1, top, bottom, run): a run is the font, size and uprightness of a text object
_Char = tuple[str, float, float, float, float, tuple[bool, str, float]]


def _pdfium_chars(textpage: Any, frame: _Frame) -> tuple[list[_Char], set[int]]:
    """Every character pdfium reads on the page, in its content order, with pdfminer's box (bottom
    at the font's descent, top one font size above, as wide as pdfium's loose box), and the
    addresses of the text objects they came from. Three calls a character: the page's text in
    one call would be quicker, but it drops and adds characters and so loses its alignment
    with the boxes. Of the characters pdfium makes up, line breaks are left out and spaces
    kept (it drops some real spaces and puts its own); pdfium's mark for a hyphen that ends a
    line is the hyphen; a character without a Unicode mapping reads as pdfminer's "(cid:N)",
    which the text-layer checks count."""
    count = pdfium_raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return [], set()
    calls = _fast_calls()
    text_object, unicode, loose_box = calls.text_object, calls.unicode, calls.loose_box  # a million calls a bench
    page = calls.handle(textpage)
    box = calls.box()  # FS_RECTF: left, top, right, bottom
    dx, top = frame.shift[0] - frame.origin[0], frame.height + frame.origin[1] + frame.shift[1]
    out: list[_Char] = []
    append = out.append
    obj = None
    run: tuple[bool, str, float] = (True, "", 0.0)
    size = lift = 0.0
    unmapped = space = False
    space_at = 0.0
    seen: set[int] = set()
    for i in range(count):
        this = text_object(page, i)
        if not this:  # made up by pdfium: a line break, or a space (see _spaced)
            space = bool(out) and unicode(page, i) == 32
            if space:
                loose_box(page, i, box)
                space_at = box[0] + dx  # where the glyph before it ends
            continue
        loose_box(page, i, box)
        if this != obj:
            obj = this
            seen.add(this)
            run, lift = _run(textpage, i, box[3])
            size = run[2]
            unmapped = bool(pdfium_raw.FPDFText_HasUnicodeMapError(textpage, i))
        code = unicode(page, i)
        if code == 2 and pdfium_raw.FPDFText_IsHyphen(textpage, i):
            ch = "-"
        else:  # a lone half of a surrogate pair (which SQLite cannot store) is U+FFFD
            ch = chr(code) if not 0xD800 <= code < 0xE000 and code <= 0x10FFFF else "\ufffd"
        if (unmapped or ch < " " or ch == "\ufffd") and pdfium_raw.FPDFText_HasUnicodeMapError(textpage, i):
            ch = f"(cid:{ord(ch)})"
        bottom = top - box[3] - lift
        char = (ch, box[0] + dx, box[2] + dx, bottom - size, bottom, run)
        if space and _spaced(out, char):
            _end_word(out, space_at)
            append((" ", out[-1][2], max(out[-1][2], char[1]), *char[3:]))
        elif ch == " " and out and abs(out[-1][4] - bottom) < 0.3 * size:
            _end_word(out, char[1])
        space = False
        append(char)
    return out, seen


def _end_word(chars: list[_Char], at: float) -> None:
    """End the last character where the space after it starts, if that is in the second half of
    its box. The space starts at the glyph's advance, where pdfium's box can be wider: for a
    font the PDF gives no widths for, pdfium measures the glyph of the font it draws in its
    place. (A space that starts near the glyph's start was moved back onto it: a bullet's.)"""
    last = chars[-1]
    if (last[1] + last[2]) / 2 < at < last[2]:
        chars[-1] = (last[0], last[1], at, *last[3:])


def _spaced(before: list[_Char], char: _Char) -> bool:
    """Whether a space pdfium made up before char parts two words. pdfium drops some real
    spaces and puts its own in their place, but it also puts one into letter-spaced text
    ("C O U N C I L :"), where the gap is no wider than the gaps between the letters before."""
    last = before[-1]
    if abs(last[4] - char[4]) > 0.3 * char[5][2]:
        return False  # it ends a line, which parts the words anyway
    if len(before) < 2:
        return True
    gap, spacing = char[1] - last[2], last[1] - before[-2][2]
    return not (spacing > 0.05 * char[5][2] and gap < 1.5 * spacing + 0.3)


@dataclass(frozen=True)
class _Calls:
    """The three pdfium calls made for every character, through cffi on the functions pypdfium2
    has loaded: a call costs half what a ctypes one does. ``text_object`` returns the object's
    address as an int (0 for none), so that the last one compares equal; ``loose_box`` fills a
    ``box()`` (FS_RECTF's four floats: left, top, right, bottom)."""

    text_object: Any
    unicode: Any
    loose_box: Any
    ffi: Any
    # and a path's segments (_path_rules): count, get one, its point, its type, whether it closes
    segments: Any
    segment: Any
    point: Any
    segment_type: Any
    closes: Any

    def handle(self, textpage: Any) -> Any:
        """A text page's handle (pypdfium2's ctypes pointer) as these calls take it."""
        return self.ffi.cast("void *", ctypes.cast(textpage, ctypes.c_void_p).value or 0)

    def box(self) -> Any:
        return self.ffi.new("float[4]")


@cache
def _fast_calls() -> _Calls:
    import cffi

    ffi = cffi.FFI()

    def declare(function: Any, signature: str) -> Any:
        return ffi.cast(signature, ctypes.cast(function, ctypes.c_void_p).value or 0)

    return _Calls(
        declare(pdfium_raw.FPDFText_GetTextObject, "uintptr_t (*)(void *, int)"),
        declare(pdfium_raw.FPDFText_GetUnicode, "unsigned int (*)(void *, int)"),
        declare(pdfium_raw.FPDFText_GetLooseCharBox, "int (*)(void *, int, float *)"),
        ffi,
        declare(pdfium_raw.FPDFPath_CountSegments, "int (*)(void *)"),
        declare(pdfium_raw.FPDFPath_GetPathSegment, "void * (*)(void *, int)"),
        declare(pdfium_raw.FPDFPathSegment_GetPoint, "int (*)(void *, float *, float *)"),
        declare(pdfium_raw.FPDFPathSegment_GetType, "int (*)(void *)"),
        declare(pdfium_raw.FPDFPathSegment_GetClose, "int (*)(void *)"),
    )


def _run(textpage: Any, index: int, loose_bottom: float) -> tuple[tuple[bool, str, float], float]:
    """(upright, font name, size) of the text object the character belongs to, as pdfminer
    gives them, and how far to move pdfium's loose box down or up to put its bottom where
    pdfminer's is, at the font's descent below the baseline (pdfium scales the descent by
    the font's whole height, so that symbol fonts' bullets would sit off their line). The
    size is the font size scaled by the text's matrix, and text is upright when its matrix
    does not turn it a quarter or more (pdfminer's test)."""
    matrix = pdfium_raw.FS_MATRIX()
    pdfium_raw.FPDFText_GetMatrix(textpage, index, ctypes.byref(matrix))
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    pdfium_raw.FPDFText_GetFontInfo(textpage, index, name, len(name), ctypes.byref(flags))
    upright = matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0
    size = pdfium_raw.FPDFText_GetFontSize(textpage, index) * (matrix.d if upright else abs(matrix.b))
    x, y = ctypes.c_double(), ctypes.c_double()
    descent = ctypes.c_float()
    font = pdfium_raw.FPDFTextObj_GetFont(pdfium_raw.FPDFText_GetTextObject(textpage, index))
    lift = 0.0
    if (
        upright
        and pdfium_raw.FPDFText_GetCharOrigin(textpage, index, ctypes.byref(x), ctypes.byref(y))
        and font
        and pdfium_raw.FPDFFont_GetDescent(font, ctypes.c_float(size), ctypes.byref(descent))
    ):
        lift = y.value + descent.value - loose_bottom
    font_name = SUBSET_TAG.sub("", name.value.decode("latin-1"))
    return (upright, font_name, size), lift


@dataclass(frozen=True)
class _Spaces:
    """Where the page's text objects that print nothing start (x, and the baseline's top): a
    space a PDF writes as a text object of its own has no width, and pdfium leaves it out."""

    xs: list[float]
    baselines: list[float]

    @classmethod
    def of(cls, points: list[tuple[float, float]]) -> _Spaces:
        points = sorted(points)
        return cls([p[0] for p in points], [p[1] for p in points])

    def inside(self, x0: float, x1: float, bottom: float) -> float | None:
        """The first space strictly inside (x0, x1) on the line whose bottom is given."""
        for n in range(bisect_right(self.xs, x0), bisect_left(self.xs, x1)):
            if 0 <= bottom - self.baselines[n] < 6:  # the baseline is a descent above the bottom
                return self.xs[n]
        return None


def _words(chars: list[_Char], spaces: _Spaces) -> list[_Word]:
    """pdfplumber's ``extract_words`` (tolerances 3, words split at a change of font or size)
    on pdfium's characters, and at the spaces pdfium leaves out; rotated text (vertical table
    headers), which has no place in reading order, as whole lines marked rotated."""
    words: list[_Word] = []
    turned: list[_Char] = []
    for run, group in groupby(chars, key=_RUN):  # a run: characters next to each other of one run
        if run[0]:
            words += _run_words(list(group), run, spaces)
        else:
            turned += group
    return words + _rotated_lines(turned)


_RUN = itemgetter(5)


def _beside(a: _Char, b: _Char) -> bool:
    return abs(b[1] - a[1]) + abs(b[3] - a[3]) <= 1.5 * max(b[5][2], 1.0)


def _rotated_lines(chars: list[_Char]) -> list[_Word]:
    """Rotated characters, in the order the PDF prints them, as lines: a line ends where the
    next character is not beside the last one (more than a font size away)."""
    lines: list[list[_Char]] = []
    for c in chars:
        last = lines[-1][-1] if lines else None
        if last is not None and c[5][1] == last[5][1] and _beside(last, c):
            lines[-1].append(c)
        elif not c[0].isspace():
            lines.append([c])
    out = []
    for line in lines:
        text = " ".join("".join(LIGATURES.get(c[0], c[0]) for c in line).split())
        if text:
            run = line[0][5]
            box = (min(c[1] for c in line), max(c[2] for c in line), min(c[3] for c in line), max(c[4] for c in line))
            out.append(_Word(text, box[0], box[1], box[2], box[3], bool(BOLD_FONT.search(run[1])), run[2], True))
    return out


def _run_words(chars: list[_Char], run: tuple[bool, str, float], spaces: _Spaces) -> list[_Word]:
    """The words of characters of one font and size: clustered into lines by their top, each
    line sorted left to right and cut at blanks and at gaps over 3 points. An ornament font's
    letters print bullets, and are read as them."""
    if layout_settings().bullet_fonts.search(run[1]):
        chars = [c if c[0].isspace() else (BULLET, *c[1:]) for c in chars]
    tops = sorted({c[3] for c in chars})
    lines: list[list[_Char]]
    if len(tops) == 1:  # the usual run: one line
        lines = [chars]
    else:
        line_of: dict[float, int] = {}
        line = 0
        for prev, top in zip([None, *tops], tops):
            if prev is not None and top > prev + 3:
                line += 1
            line_of[top] = line
        # each line's characters in the run's order (every line has one: its top is a character's)
        lines = [[] for _ in range(line + 1)]
        for c in chars:
            lines[line_of[c[3]]].append(c)
    bold = bool(BOLD_FONT.search(run[1]))
    size = run[2]
    words: list[_Word] = []
    for group in lines:
        word: list[_Char] = []
        last_x1 = last_top = 0.0  # of word[-1]
        # sorted by x0 (then x1), so a character never starts left of the one before it
        for c in sorted(group, key=LEFT_TO_RIGHT):
            if c[0].isspace():
                if word:
                    words += _word(word, bold, size, spaces)
                    word = []
                continue
            if word and (c[1] > last_x1 + 3 or abs(c[3] - last_top) > 3):
                words += _word(word, bold, size, spaces)
                word = [c]
            else:
                word.append(c)
            last_x1, last_top = c[2], c[3]
        if word:
            words += _word(word, bold, size, spaces)
    return words


def _word(chars: list[_Char], bold: bool, size: float, spaces: _Spaces) -> list[_Word]:
    """The word of characters sorted left to right (the first starts leftmost), cut in two at
    a space pdfium left out."""
    at = spaces.inside(chars[0][1], chars[-1][2], chars[0][4]) if spaces.xs else None
    if at is not None:
        left = [c for c in chars if c[1] + c[2] < 2 * at]
        if 0 < len(left) < len(chars):
            return _word(left, bold, size, spaces) + _word(chars[len(left) :], bold, size, spaces)
    if len(chars) == 1:
        c = chars[0]
        return [_Word(c[0].translate(_UNLIGATED), c[1], c[2], c[3], c[4], bold, size)]
    texts, x0s, x1s, tops, bottoms, _ = zip(*chars, strict=True)
    text = "".join(texts).translate(_UNLIGATED)  # each ligature's letters (LIGATURES: one character each)
    return [_Word(text, x0s[0], max(x1s), min(tops), max(bottoms), bold, size)]


def _pdfium_objects(page: Any, seen: set[int], frame: _Frame) -> tuple[int, _Spaces, int, list[_Rule]]:
    """How many of the page's text objects (in its forms too) print something that pdfium's
    text page has no character of (a contents page's entries in marked content, say), where
    those that print nothing start (spaces), how many paths it draws, and the paths' straight
    horizontal and vertical pieces in PDF user space."""
    unread = paths = 0
    blank: list[tuple[float, float]] = []
    rules: list[tuple[float, float, float, float]] = []
    todo: list[tuple[Any, tuple[float, ...] | None]] = [
        (pdfium_raw.FPDFPage_GetObject(page, i), None) for i in range(pdfium_raw.FPDFPage_CountObjects(page))
    ]
    while todo:
        obj, outer = todo.pop()
        kind = pdfium_raw.FPDFPageObj_GetType(obj)
        text = kind == pdfium_raw.FPDF_PAGEOBJ_TEXT and ctypes.cast(obj, ctypes.c_void_p).value not in seen
        if not text and kind not in (pdfium_raw.FPDF_PAGEOBJ_PATH, pdfium_raw.FPDF_PAGEOBJ_FORM):
            continue
        matrix = pdfium_raw.FS_MATRIX()
        pdfium_raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix))
        m: tuple[float, ...] = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
        m = _compose(m, outer) if outer is not None else m
        if text:
            if _prints(obj):
                unread += 1
            else:
                blank.append((frame.x(m[4]), frame.top(m[5])))
            continue
        if kind == pdfium_raw.FPDF_PAGEOBJ_FORM:
            n = pdfium_raw.FPDFFormObj_CountObjects(obj)
            todo += [(pdfium_raw.FPDFFormObj_GetObject(obj, i), m) for i in range(n)]
            continue
        paths += 1
        rules += _path_rules(obj, m)
    return unread, _Spaces.of(blank), paths, rules


def _prints(obj: Any) -> bool:
    """Whether a page object covers more than a point each way (an empty or blank text object does not)."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    pdfium_raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top)))
    return right.value - left.value > 1 and top.value - bottom.value > 1


def _compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    """inner then outer, as PDF matrices [a b c d e f] multiply."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _path_rules(path: Any, m: tuple[float, ...]) -> list[tuple[float, float, float, float]]:
    """The horizontal and vertical straight pieces of one path, closing pieces included."""
    out: list[tuple[float, float, float, float]] = []
    calls = _fast_calls()
    handle = calls.handle(path)
    xy = calls.ffi.new("float[2]")
    x_at, y_at = xy, xy + 1
    get, point_of, type_of, closes = calls.segment, calls.point, calls.segment_type, calls.closes
    move, line = pdfium_raw.FPDF_SEGMENT_MOVETO, pdfium_raw.FPDF_SEGMENT_LINETO
    a, b, c, d, e, f = m
    start = last = None
    for i in range(calls.segments(handle)):
        segment = get(handle, i)
        point_of(segment, x_at, y_at)
        x, y = xy[0], xy[1]
        point = (a * x + c * y + e, b * x + d * y + f)
        kind = type_of(segment)
        if kind == move:
            start = last = point
            continue
        if kind == line and last is not None:
            _add_rule(out, last, point)
        last = point
        if closes(segment) and start is not None:
            _add_rule(out, last, start)
            last = start
    return out


def _add_rule(out: list[tuple[float, float, float, float]], a: tuple[float, float], b: tuple[float, float]) -> None:
    if a != b and (abs(b[0] - a[0]) < 1 or abs(b[1] - a[1]) < 1):
        out.append((a[0], a[1], b[0], b[1]))


# ---- for OCR (extractor/ocr.py): page images in, the same line layout out ------------------

Word = _Word  # one word with its box in points, as OCR reads it


def layout_words(words: list[_Word], width: float, number: int) -> list[Line]:
    """OCR'd words of a page into lines, by the same reading order as a text layer's."""
    return _layout(words, 0.0, width, number)


def render_pages(path: Path, numbers: Iterable[int], dpi: int) -> Iterator[tuple[int, Any, float, float]]:
    """(page, grayscale PIL image, width, height in points) for each 1-based page number that
    pdfium can load; one it cannot (a page tree that counts more pages than it has) is skipped."""
    try:
        doc = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as e:
        log.warning("%s: pdfium cannot open it to render pages for OCR (%s)", path, e)
        return
    try:
        for number in numbers:
            try:
                page = doc[number - 1]
            except pypdfium2.PdfiumError as e:
                log.warning("%s page %d: pdfium cannot load it to render for OCR (%s)", path, number, e)
                continue
            width, height = page.get_size()
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page.close()
            yield number, image, float(width), float(height)
    finally:
        doc.close()
