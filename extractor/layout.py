"""Lines -> blocks: the one place that reads a page's lines as paragraphs, headings, list items,
table cells and margin notes.

``pdf.read_pdf`` gives each page its lines in reading order with their typography, table cells
and margin notes, and their headings marked by ``headings`` (the one test of what a heading is:
``Line.heading``); this module groups them. Every threshold and pattern is in
``pipelines/layout.yml``. Fact stages read ``paragraph_starts``, ``Line.heading`` (or the
blocks) instead of measuring line spacing or testing for headings themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from .config import load_settings, require
from .errors import ConfigError
from .models import Block, Heading, Line, PageText

__all__ = ["blocks", "body_size", "headings", "paragraph_starts", "full_measure", "describe_block", "settings"]

ROMAN_LETTERS = ("i", "v", "x")  # markers that are a letter or a roman numeral


@dataclass(frozen=True)
class LetterSpacing:
    """When a run of one-character words is one letter-spaced word: see pdf._rejoined."""

    widest: float  # letter spacing is at most this share of the font size
    even: float  # a gap up to this many times the run's narrowest one (plus slack) is between letters
    slack: float
    word_space: float  # an evenly spaced run is letter-spaced if narrower than this share of the row's word spaces
    narrow: float  # or, alone on its row, narrower than this share of the font size
    letters: int  # or this many letters long


@dataclass(frozen=True)
class AlignedTables:
    """layout.yml `aligned_table`: a table without vertical rules (see pdf._aligned_tables)."""

    columns: int  # a header row has at least this many labels
    label_words: int  # of at most this many words each
    header_gap: float  # apart by at least this many font sizes
    slack: float  # a cell's words start at most this many points left of its column
    row_step: float  # a line this many times the closest line step below the one before starts a row
    gap: float  # more space than this many font sizes ends the table
    wider: float  # as does more than this many times the table's widest space yet (and a font size)


@dataclass(frozen=True)
class HeadingRules:
    """layout.yml `heading`: what makes a line a heading (see headings)."""

    numbered: re.Pattern[str]
    appendix: re.Pattern[str]
    not_a_title: re.Pattern[str]
    sentence_title: re.Pattern[str]
    max_chars: int
    full_line: float
    capitals: int
    alone_words: int
    title_case: float
    shorter: float
    paragraph_under: float


@dataclass(frozen=True)
class Settings:
    """pipelines/layout.yml: what pdf.py reads while it makes lines (margin notes) and what
    this module reads while it makes blocks."""

    margin_zone: float
    margin_gap: float
    margin_word: re.Pattern[str]
    column_gap: float
    column_aligned_gap: float
    ligatures: tuple[str, ...]
    bullet_fonts: re.Pattern[str]
    paragraph_gap: float
    paragraph_end: tuple[str, ...]
    full_measure: float
    heading: HeadingRules
    markers: tuple[tuple[str, re.Pattern[str]], ...]
    letter_spacing: LetterSpacing
    header_words: frozenset[str]
    indent: float
    aligned: AlignedTables


@cache
def settings() -> Settings:
    """pipelines/layout.yml, loaded and checked once; a malformed key is a ConfigError."""
    s = load_settings("layout")
    try:
        margin = require(s, "layout", "margin")
        markers = tuple((str(m["kind"]), re.compile(str(m["pattern"]))) for m in require(s, "layout", "list_markers"))
        return Settings(
            margin_zone=float(margin["zone"]),
            margin_gap=float(margin["gap"]),
            margin_word=re.compile(str(margin["word"])),
            column_gap=float(require(s, "layout", "column_gap")),
            column_aligned_gap=float(require(s, "layout", "column_aligned_gap")),
            ligatures=tuple(str(x) for x in require(s, "layout", "ligatures")),
            bullet_fonts=re.compile(str(require(s, "layout", "bullet_fonts")), re.I),
            paragraph_gap=float(require(s, "layout", "paragraph_gap")),
            paragraph_end=tuple(str(c) for c in require(s, "layout", "paragraph_end")),
            full_measure=float(require(s, "layout", "full_measure")),
            heading=_heading_rules(require(s, "layout", "heading")),
            markers=markers,
            letter_spacing=_letter_spacing(require(s, "layout", "letter_spacing")),
            header_words=frozenset(str(w).lower() for w in require(s, "layout", "table_header_words")),
            indent=float(require(s, "layout", "list_indent")),
            aligned=_aligned(require(s, "layout", "aligned_table")),
        )
    except (KeyError, TypeError, ValueError, re.error) as e:
        raise ConfigError(f"pipelines/layout.yml: malformed setting ({e})") from e


def _heading_rules(s: dict[str, object]) -> HeadingRules:
    return HeadingRules(
        numbered=re.compile(str(s["numbered"])),
        appendix=re.compile(str(s["appendix"]), re.I),
        not_a_title=re.compile(str(s["not_a_title"]), re.I),
        sentence_title=re.compile(str(s["sentence_title"]), re.I),
        max_chars=int(str(s["max_chars"])),
        full_line=float(str(s["full_line"])),
        capitals=int(str(s["capitals"])),
        alone_words=int(str(s["alone_words"])),
        title_case=float(str(s["title_case"])),
        shorter=float(str(s["shorter"])),
        paragraph_under=float(str(s["paragraph_under"])),
    )


def _aligned(s: dict[str, object]) -> AlignedTables:
    numbers = {k: float(str(s[k])) for k in ("header_gap", "slack", "row_step", "gap", "wider")}
    return AlignedTables(**numbers, columns=int(str(s["columns"])), label_words=int(str(s["label_words"])))


def _letter_spacing(s: dict[str, object]) -> LetterSpacing:
    numbers = {k: float(str(s[k])) for k in ("widest", "even", "slack", "word_space", "narrow")}
    return LetterSpacing(**numbers, letters=int(str(s["letters"])))


def paragraph_starts(page: PageText, before: PageText | None = None) -> list[bool]:
    """For each line of the page: does a paragraph start there (more space above it than the
    page's usual line step)? Rotated lines (kept after the running text) start none and do not
    count. The first line of a page starts one when the page `before` ended one (its last line
    ends a sentence), and never when no page is given."""
    lines = page.lines
    running = [ln for ln in lines if not ln.rotated]
    gaps = sorted(b.top - a.top for a, b in zip(running, running[1:]) if b.top > a.top)
    step = gaps[len(gaps) // 2] if gaps else 0.0  # the upper median: a line step the page has
    limit = settings().paragraph_gap * step
    out = [n > 0 and step > 0 and not ln.rotated and ln.top - lines[n - 1].top > limit for n, ln in enumerate(lines)]
    if out and before is not None:
        last = next((ln.text.strip() for ln in reversed(before.lines) if not ln.rotated and ln.text.strip()), "")
        out[0] = last.endswith(settings().paragraph_end)
    return out


def full_measure(lines: Sequence[Line]) -> float:
    """The length, in characters, of a line that fills the page's text width: the length at
    layout.yml's full_measure share of the page's running lines, shortest first."""
    lengths = sorted(len(ln.text) for ln in lines if not ln.rotated)
    return lengths[int(settings().full_measure * (len(lengths) - 1))] if lengths else 0.0


def headings(page: PageText) -> PageText:
    """The page with each heading line's `heading` set: the one place that decides what a
    heading is (layout.yml `heading`). Every stage reads `Line.heading`; a stage may still decide
    what a heading means to it (an agenda item, the name of a list)."""
    full = full_measure(page.lines)
    lines = list(page.lines)
    starts = paragraph_starts(page) + [True, True]
    after_heading = False  # a heading may follow a heading ("Introduction" / "The aim of ...")
    body = body_size(lines)
    for i, line in enumerate(lines):
        before = lines[i - 1].text if i else ""
        after = lines[i + 1].text if i + 1 < len(lines) else ""
        set_off = after_heading or _leads(lines, i, starts, full)
        large = line.bold and line.size >= 1.1 * body  # a larger bold title, however long
        found = None if line.rotated or _inside_bold_paragraph(lines, i, starts) else _heading(
            line, full, before, after, set_off, large
        )
        after_heading = found is not None
        if found != line.heading:
            lines[i] = replace(line, heading=found)
    return replace(page, lines=tuple(lines))


def _inside_bold_paragraph(lines: list[Line], i: int, starts: list[bool]) -> bool:
    """A bold line inside a bold paragraph, under a wrapped line of it and over the next, with no
    space between: a policy set in bold ("through the Weyhaven Enhanced" / "Partnership to deliver the Bus
    Service"), not a heading however short it is."""
    if i == 0 or i + 1 >= len(lines) or starts[i] or starts[i + 1] or not lines[i].bold:
        return False
    above, below = lines[i - 1], lines[i + 1]  # the paragraph goes on below it, in its type
    same = all(x.bold and abs(x.size - lines[i].size) < 0.3 for x in (above, below))
    return same and above.text[:1].islower()


def body_size(lines: Sequence[Line]) -> float:
    """The font size of a page's running text: the median of its lines' sizes (rotated text
    aside); a title is larger."""
    sizes = sorted(ln.size for ln in lines if not ln.rotated)
    return sizes[len(sizes) // 2] if sizes else 0.0


def _leads(lines: list[Line], i: int, starts: list[bool], full: float) -> bool:
    """Space above the line and a paragraph of running lines straight under it (layout.yml
    heading.paragraph_under): the line leads that paragraph, as a heading does, even where the
    line above ends no sentence ("Extremism" closing a list / "Kent Police and Crime Plan").
    A wrapped list entry set apart has space below it too; table cells are not spaced as
    paragraphs."""
    if i + 2 >= len(lines) or not starts[i] or starts[i + 1] or starts[i + 2]:
        return False
    if any(lines[k].cell is not None for k in (i, i + 1, i + 2)):
        return False
    return all(len(lines[k].text) >= settings().heading.paragraph_under * full for k in (i + 1, i + 2))


def _heading(line: Line, full: float, before: str, after: str, set_off: bool, large: bool = False) -> Heading | None:
    """The line as a heading, given the lines around it on its page, or None. `set_off`: it
    follows a heading or leads the paragraph under it; `large`: it is bold and larger than the
    page's text, so a heading even where it is as long as the page's lines (narrow columns)."""
    text, r = line.text.strip(), settings().heading
    if not text or len(text) > r.max_chars or text.startswith("\u2022"):
        return None
    if after[:1].islower() and _marker(after) is None:  # not "Our principles" over "i. Prevention first"
        return None
    fills = full > 40 and len(text) >= r.full_line * full and not large
    m = r.numbered.match(text)
    if m:
        title = m["title"].strip()
        if fills or title.endswith((",", ";")) or not title[:1].isupper() or len(title) < 3:
            return None
        if r.not_a_title.match(title) or (r.sentence_title.match(title) and not line.bold):
            return None
        number = m["number"].rstrip(".")
        return Heading(title, number, number.count(".") + 1)
    if r.appendix.match(text):
        return Heading(text.rstrip(":"))
    if fills or text.endswith((".", ",", ";")) or not text[:1].isalnum() or not any(c.isalpha() for c in text):
        return None
    if text[:1].islower():
        return None  # a wrapped line in bold ("• Keeping young people safe from" / "violence and ...")
    letters = [ch for ch in text if ch.isalpha()]
    capitals = len(letters) >= r.capitals and all(ch.isupper() for ch in letters) and " " in text
    # a line in pieces apart by column gaps is a table's row, not a plain heading
    if line.bold or capitals or not line.parts and _stands_alone(text, before, after, set_off):
        return Heading(text.rstrip(":"))
    return None


def _stands_alone(text: str, before: str, after: str, set_off: bool) -> bool:
    """A plain short line between the end of one paragraph (or a heading, or set off above the
    paragraph it leads) and the start of the next, either in title case ("Partnership Plans
    and Legislation") or clearly shorter than the line after."""
    r = settings().heading
    # not after a colon: the short lines under "... the responsible authorities:" are its entries
    ended = not before or before.rstrip().endswith((".", "?", "!")) or set_off
    words = text.split()
    # the next line starts a sentence, a numbered paragraph ("1.55 Walsall's Sustainable ...")
    # or a list ("Local Policing Priorities" over its bullets)
    starts = after[:1].isupper() or after[:1].isdigit() or _marker(after) is not None
    if not (ended and text[:1].isupper() and starts and len(words) <= r.alone_words):
        return False
    # "April 2022)" closes a bracket opened on the line above: the end of a wrapped entry
    if text.endswith(":") or any(ch.isdigit() for ch in text[:3]) or text.count(")") > text.count("("):
        return False
    significant = [w for w in words if len(w) > 3]
    titled = sum(w[:1].isupper() for w in significant) >= r.title_case * max(len(significant), 1)
    return titled or len(text) <= r.shorter * len(after)


def blocks(page: PageText) -> list[Block]:
    """The page's lines grouped into blocks, in reading order: headings, paragraphs, list items
    nested by indent and marker, tables (a ruled table, or lines whose pieces stand in aligned
    columns) with their rows and header, margin notes, and rotated text after the rest."""
    return nest(list(_blocks(page)))


def _blocks(page: PageText) -> Iterator[Block]:
    starts = paragraph_starts(page)
    aligned = _aligned_rows(page.lines)
    run: list[Line] = []
    kind = ""
    for n, line in enumerate(page.lines):
        line_kind = "table" if n in aligned else _kind(line)
        if run and _breaks(run, kind, line, line_kind, starts[n]):
            yield _block(page.page, kind, run)
            run = []
        if not run:
            kind = line_kind
        run.append(line)
        if line.margin:
            yield _block(page.page, kind, run)
            yield _margin(page.page, line)
            run = []
    if run:
        yield _block(page.page, kind, run)


def _kind(line: Line) -> str:
    if line.rotated:
        return "rotated"
    if line.cell is not None:
        return "table"
    if _marker(line.text):
        return "list_item"
    if line.heading is not None:
        return "heading"
    return "paragraph"


def _breaks(run: list[Line], kind: str, line: Line, line_kind: str, para: bool) -> bool:
    """Does this line start a new block after the run?"""
    last = run[-1]
    if kind == "rotated" or line_kind == "rotated":
        return True
    if kind == "table" or line_kind == "table":
        # a table runs on over its rows: a ruled one while its lines are its cells, an
        # unruled one while its lines' pieces stand in its columns
        return line_kind != kind or (line.cell is None) != (last.cell is None) or _table_of(line) != _table_of(last)
    if line_kind in ("list_item", "heading") or para:
        return True
    if kind == "list_item" and len(run) >= 2 and line.x0 < min(ln.x0 for ln in run[1:]) - 3:
        return True  # back out of the entry's hanging indent: "Lead table: ..." under the last bullet
    if kind == "heading":
        return not (line.bold and last.bold)  # a heading wraps onto a bold line
    return False


def _table_of(line: Line) -> int | None:
    return line.cell[0] if line.cell is not None else None


def _aligned_rows(lines: Sequence[Line]) -> set[int]:
    """The indexes of lines that are rows of an unruled table: runs of two or more lines,
    outside ruled tables, each in two or more pieces apart by a column-wide gap, whose pieces
    start where the first line's do."""
    out: set[int] = set()
    n = 0
    while n < len(lines):
        end = n
        if len(lines[n].parts) >= 2 and lines[n].cell is None:
            columns = [p[0] for p in lines[n].parts]
            while end + 1 < len(lines) and _in_columns(lines[end + 1], columns):
                end += 1
        if end > n:
            out.update(range(n, end + 1))
        n = end + 1
    return out


def _in_columns(line: Line, columns: list[float]) -> bool:
    near = settings().indent
    return (
        line.cell is None
        and len(line.parts) == len(columns)
        and all(abs(p[0] - x) <= near for p, x in zip(line.parts, columns))
    )


def _marker(text: str) -> tuple[str, str] | None:
    for kind, pattern in settings().markers:
        m = pattern.match(text)
        if m:
            return kind, m["marker"]
    return None


def _block(page: int, kind: str, lines: Sequence[Line]) -> Block:
    first = lines[0]
    found = _marker(first.text) if kind == "list_item" else None
    rows = _rows(lines) if kind == "table" else ()
    return Block(
        kind=kind,
        page=page,
        text=" ".join(ln.text for ln in lines),
        lines=tuple(lines),
        x0=min(ln.x0 for ln in lines),
        top=first.top,
        x1=max(ln.x1 for ln in lines),
        bottom=max(ln.bottom for ln in lines),
        bold=all(ln.bold for ln in lines),
        size=first.size,
        marker=found[1] if found else None,
        marker_kind=found[0] if found else None,
        start=first.start,
        rows=rows,
        header=_header(lines, rows),
    )


def _rows(lines: Sequence[Line]) -> tuple[tuple[str, ...], ...]:
    """A table's rows, each its cells' text: a ruled table's by the cells its lines were read
    from, an unruled one's by its lines' pieces."""
    if lines[0].cell is None:
        return tuple(tuple(p[2] for p in ln.parts) for ln in lines)
    width = max(max(ln.cell[2] + 1, len(ln.cells)) for ln in lines if ln.cell is not None)
    rows: dict[int, list[str]] = {}
    for ln in lines:
        assert ln.cell is not None
        _, r, c = ln.cell
        cells = rows.setdefault(r, [""] * width)
        if ln.cells:  # a one-line row, read whole
            cells[: len(ln.cells)] = ln.cells
        else:
            cells[c] = f"{cells[c]} {ln.text}".strip()
    groups = _columns(lines, width, rows)
    return tuple(tuple(" ".join(rows[r][c] for c in g if rows[r][c]) for g in groups) for r in sorted(rows))


def _columns(lines: Sequence[Line], width: int, rows: dict[int, list[str]]) -> list[list[int]]:
    """A ruled table's columns as groups of the finder's columns: a cell merged across columns
    puts its text in the first of them, so neighbouring columns whose text overlaps are one
    column ("Discussion" over the discussion), and a column filled only by one-line rows (whose
    cells' places are not kept: a header) joins the column before it if no row fills both;
    columns with no text go."""
    spans: dict[int, tuple[float, float]] = {}
    for ln in lines:
        if ln.cell is not None and not ln.cells:
            x0, x1 = spans.get(ln.cell[2], (ln.x0, ln.x1))
            spans[ln.cell[2]] = (min(x0, ln.x0), max(x1, ln.x1))
    groups: list[list[int]] = []
    for c in range(width):
        if not any(row[c] for row in rows.values()):
            continue
        last = groups[-1][-1] if groups else None
        if last is not None and (
            last in spans and spans[c][0] < spans[last][1]
            if c in spans
            else last in spans and not any(row[c] and any(row[k] for k in groups[-1]) for row in rows.values())
        ):
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def _header(lines: Sequence[Line], rows: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """The table's first row, if it names the columns: it is bold over a body that is not, or
    most of its cells start with a word of layout.yml's table_header_words ("Name", "Action")."""
    if len(rows) < 2:
        return ()
    first = [c for c in rows[0] if c]
    if len(first) < 2:
        return ()
    top = [ln for ln in lines if _row_of(ln, lines) == 0]
    body = [ln for ln in lines if _row_of(ln, lines) != 0]
    if all(ln.bold for ln in top) and not all(ln.bold for ln in body):
        return rows[0]
    named = sum(c.split()[0].lower().strip(":") in settings().header_words for c in first)
    return rows[0] if 2 * named > len(first) else ()


def _row_of(line: Line, lines: Sequence[Line]) -> int:
    return line.cell[1] if line.cell is not None else lines.index(line)


def _margin(page: int, line: Line) -> Block:
    return Block(
        kind="margin",
        page=page,
        text=line.margin or "",
        lines=(line,),
        x0=line.x1,
        top=line.top,
        x1=line.x1,
        bottom=line.bottom,
        size=line.size,
        start=line.start,
    )


def nest(found: list[Block]) -> list[Block]:
    """List items' nesting levels, by indent and by marker: each distinct indent deeper than the
    last is a level, and so is a new kind of marker at the same indent ("1." then "(a)"); an
    item whose kind of marker a level above has goes back to that level."""
    indent = settings().indent
    out: list[Block] = []
    levels: list[tuple[float, str]] = []  # (indent, kind of marker) from the outermost
    for b in found:
        if b.kind != "list_item":
            if b.kind not in ("margin", "rotated"):
                levels = []
            out.append(b)
            continue
        kind = _marker_kind(b, levels)
        while levels and b.x0 < levels[-1][0] - indent:
            levels.pop()
        same = [k for k, (x, kd) in enumerate(levels) if abs(x - b.x0) <= indent and kd == kind]
        if same:
            del levels[same[-1] + 1 :]
        elif not levels or b.x0 > levels[-1][0] + indent or kind != levels[-1][1]:
            levels.append((b.x0, kind))
        out.append(replace(b, level=len(levels) - 1, marker_kind=kind))
    return out


def _marker_kind(b: Block, levels: list[tuple[float, str]]) -> str:
    """The block's kind of marker; "i)", "v)" and "x)" are roman numerals unless a list at
    their indent is lettered ("h)" then "i)")."""
    kind = b.marker_kind or ""
    if kind == "letter" and (b.marker or "").strip("().") in ROMAN_LETTERS:
        lettered = any(abs(x - b.x0) <= settings().indent and kd == "letter" for x, kd in levels)
        return kind if lettered else "roman"
    return kind


def describe_block(b: Block, width: int = 70) -> str:
    """One line for `extractor show-layout`: kind, level, marker, bold, size, text start; a
    table's size and its header row."""
    tags = [b.kind]
    if b.kind == "list_item":
        tags.append(f"L{b.level} {b.marker or ''}".strip())
    if b.kind == "table":
        tags.append(f"{len(b.rows)}x{max((len(r) for r in b.rows), default=0)}" + (" header" if b.header else ""))
    if b.bold:
        tags.append("bold")
    text = b.text if len(b.text) <= width else b.text[: width - 1] + "…"
    return f"p{b.page} {b.size:4.1f}pt {', '.join(tags):<28} {text}"
