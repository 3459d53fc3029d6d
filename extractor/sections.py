"""Pages into heading-led sections: pure text logic, no I/O.

A heading is a short line that is bold, numbered ("2.3 Funding", "51. Minutes"), an
appendix title or in capitals. A numbered line that fills the width of its page is the
first line of a numbered paragraph, not a heading. Numbered sections nest by their
numbers ("2" encloses "2.3"); unnumbered headings sit at the top level.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from .config import load_settings, require
from .layout import full_measure
from .models import Line, PageText, Section
from .text import squash


@dataclass(frozen=True)
class Rules:
    """pipelines/sections.yml compiled."""

    numbered: re.Pattern[str]
    appendix: re.Pattern[str]
    max_heading: int
    not_a_title: re.Pattern[str]
    full_line: float


@cache
def rules() -> Rules:
    """pipelines/sections.yml, loaded and compiled once per build; a missing key is a ConfigError."""
    s = load_settings("sections")
    return Rules(
        numbered=re.compile(require(s, "sections", "numbered_heading")),
        appendix=re.compile(require(s, "sections", "appendix_heading"), re.I),
        max_heading=int(require(s, "sections", "max_heading_chars")),
        not_a_title=re.compile(require(s, "sections", "not_a_numbered_title"), re.I),
        full_line=float(require(s, "sections", "full_line_ratio")),
    )


@dataclass
class _Open:
    key: int
    heading: str
    number: str | None
    level: int
    page_start: int
    parent: int | None
    page_end: int = 0
    body: list[str] = field(default_factory=list)


def split(pages: Sequence[PageText], title: str | None = None) -> list[Section]:
    """Every section of the document, in order; text before the first heading is a preamble."""
    out: list[Section] = []
    current = _Open(0, title or "(preamble)", None, 1, pages[0].page if pages else 1, None)
    stack: list[_Open] = []
    for page in pages:
        widths = full_measure(page.lines)
        after_heading = False  # a heading may follow a heading ("Introduction" / "The aim of ...")
        for i, line in enumerate(page.lines):
            before = page.lines[i - 1].text if i else ""
            after = page.lines[i + 1].text if i + 1 < len(page.lines) else ""
            # rotated text (a vertical table header) is kept in the body, never a heading
            heading = None if line.rotated else _heading(line, widths, before, after, after_heading)
            after_heading = heading is not None
            if heading is None:
                current.body.append(line.text)
                current.page_end = page.page
                continue
            _close(current, out)
            number, text = heading
            level = number.count(".") + 1 if number else 1
            stack = [s for s in stack if number and s.number and _encloses(s.number, number)]
            current = _Open(len(out), text, number, level, page.page, stack[-1].key if stack else None, page.page)
            stack.append(current)
    _close(current, out)
    return out


def _close(section: _Open, out: list[Section]) -> None:
    text = squash(" ".join(section.body))
    if not text and section.key == 0 and section.heading == "(preamble)":
        return
    section.key = len(out)
    out.append(
        Section(
            key=section.key,
            heading=section.heading,
            level=section.level,
            page_start=section.page_start,
            page_end=max(section.page_end, section.page_start),
            text=text,
            number=section.number,
            parent=section.parent,
        )
    )


def _encloses(outer: str, inner: str) -> bool:
    return inner.startswith(outer + ".") and inner != outer


def _heading(line: Line, full: float, before: str, after: str, after_heading: bool) -> tuple[str | None, str] | None:
    """(number, heading text) when the line is a heading, else None."""
    text, r = line.text.strip(), rules()
    if not text or len(text) > r.max_heading or text.startswith("\u2022") or after[:1].islower():
        return None
    fills = full > 40 and len(text) >= r.full_line * full
    m = r.numbered.match(text)
    if m:
        title = m["title"].strip()
        if fills or title.endswith((",", ";")) or not title[:1].isupper() or len(title) < 3:
            return None
        if r.not_a_title.match(title):
            return None
        return m["number"].rstrip("."), title
    if r.appendix.match(text):
        return None, text.rstrip(":")
    if fills or text.endswith((".", ",", ";")) or not text[:1].isalnum() or not any(c.isalpha() for c in text):
        return None
    letters = [ch for ch in text if ch.isalpha()]
    capitals = len(letters) >= 6 and all(ch.isupper() for ch in letters) and " " in text
    return (
        (None, text.rstrip(":"))
        if line.bold or capitals or _stands_alone(text, full, before, after, after_heading)
        else None
    )


def _stands_alone(text: str, full: float, before: str, after: str, after_heading: bool) -> bool:
    """A plain short line between the end of one paragraph and the start of the next, either
    in title case ("Partnership Plans and Legislation") or clearly shorter than the line after."""
    ended = not before or before.rstrip().endswith((".", ":", "?", "!")) or after_heading
    words = text.split()
    if not (ended and text[:1].isupper() and after[:1].isupper() and len(words) <= 8):
        return False
    if text.endswith(":") or any(ch.isdigit() for ch in text[:3]):
        return False
    significant = [w for w in words if len(w) > 3]
    titled = sum(w[:1].isupper() for w in significant) >= 0.6 * max(len(significant), 1)
    return titled or len(text) <= 0.7 * len(after)
