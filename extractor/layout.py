"""Lines -> blocks: the one place that reads a page's lines as paragraphs, headings, list items,
table cells and margin notes.

``pdf.read_pdf`` gives each page its lines in reading order with their typography, table cells
and margin notes; this module groups them. Every threshold and pattern is in
``pipelines/layout.yml``. Fact stages read ``paragraph_starts`` (or the blocks) instead of
measuring line spacing themselves.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from .config import load_settings, require
from .errors import ConfigError
from .models import Block, Line, PageText

__all__ = ["blocks", "paragraph_starts", "describe_block", "settings"]

SENTENCE_END = (".", ";", ",", "?", "!")
INDENT = 6.0  # points: list items closer than this to a level's indent are on that level


@dataclass(frozen=True)
class Settings:
    """pipelines/layout.yml: what pdf.py reads while it makes lines (margin notes) and what
    this module reads while it makes blocks."""

    margin_zone: float
    margin_gap: float
    margin_word: re.Pattern[str]
    column_gap: float
    ligatures: tuple[str, ...]
    paragraph_gap: float
    heading_words: int
    markers: tuple[tuple[str, re.Pattern[str]], ...]


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
            ligatures=tuple(str(x) for x in require(s, "layout", "ligatures")),
            paragraph_gap=float(require(s, "layout", "paragraph_gap")),
            heading_words=int(require(s, "layout", "heading_words")),
            markers=markers,
        )
    except (KeyError, TypeError, ValueError, re.error) as e:
        raise ConfigError(f"pipelines/layout.yml: malformed setting ({e})") from e


def paragraph_starts(page: PageText) -> list[bool]:
    """For each line of the page: does a paragraph start there (more space above it than the
    page's usual line step)? The first line of a page continues the page before."""
    lines = page.lines
    gaps = [b.top - a.top for a, b in zip(lines, lines[1:]) if b.top > a.top]
    step = statistics.median(gaps) if gaps else 0.0
    limit = settings().paragraph_gap * step
    return [bool(n) and step > 0 and ln.top - lines[n - 1].top > limit for n, ln in enumerate(lines)]


def blocks(page: PageText) -> list[Block]:
    """The page's lines grouped into blocks, in reading order, list items nested by indent."""
    return nest(list(_blocks(page)))


def _blocks(page: PageText) -> Iterator[Block]:
    starts = paragraph_starts(page)
    run: list[Line] = []
    kind = ""
    for n, line in enumerate(page.lines):
        line_kind = _kind(line)
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
    if line.cell is not None:
        return "table"
    if _marker(line.text):
        return "list_item"
    if _is_heading(line):
        return "heading"
    return "paragraph"


def _breaks(run: list[Line], kind: str, line: Line, line_kind: str, para: bool) -> bool:
    """Does this line start a new block after the run?"""
    last = run[-1]
    if line_kind == "table" or kind == "table":
        return line.cell != last.cell or para or (last.bold and not line.bold)
    if line_kind in ("list_item", "heading") or para:
        return True
    if kind == "heading":
        return not (line.bold and last.bold)  # a heading wraps onto a bold line
    return False


def _is_heading(line: Line) -> bool:
    words = line.text.split()
    return bool(words) and line.bold and len(words) <= settings().heading_words and not line.text.endswith(SENTENCE_END)


def _marker(text: str) -> tuple[str, str] | None:
    for kind, pattern in settings().markers:
        m = pattern.match(text)
        if m:
            return kind, m["marker"]
    return None


def _block(page: int, kind: str, lines: Sequence[Line]) -> Block:
    first = lines[0]
    found = _marker(first.text) if kind == "list_item" else None
    text = " ".join(ln.text for ln in lines)
    return Block(
        kind=kind,
        page=page,
        text=text,
        lines=tuple(lines),
        x0=min(ln.x0 for ln in lines),
        top=first.top,
        x1=max(ln.x1 for ln in lines),
        bottom=max(ln.bottom for ln in lines),
        bold=all(ln.bold for ln in lines),
        size=first.size,
        marker=found[1] if found else None,
        start=first.start,
    )


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
    """List items' nesting levels by indent: each distinct indent deeper than the last is a level."""
    out: list[Block] = []
    indents: list[float] = []
    for b in found:
        if b.kind != "list_item":
            indents = []
            out.append(b)
            continue
        while indents and b.x0 < indents[-1] - INDENT:
            indents.pop()
        if not indents or b.x0 > indents[-1] + INDENT:
            indents.append(b.x0)
        out.append(replace(b, level=len(indents) - 1))
    return out


def describe_block(b: Block, width: int = 70) -> str:
    """One line for `extractor show-layout`: kind, level, marker, bold, size, text start."""
    tags = [b.kind]
    if b.kind == "list_item":
        tags.append(f"L{b.level} {b.marker or ''}".strip())
    if b.bold:
        tags.append("bold")
    if b.lines and b.lines[0].cell is not None:
        tags.append("cell {}.{}.{}".format(*b.lines[0].cell))
    text = b.text if len(b.text) <= width else b.text[: width - 1] + "…"
    return f"p{b.page} {b.size:4.1f}pt {', '.join(tags):<28} {text}"
