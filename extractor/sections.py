"""Pages into heading-led sections: pure, no I/O.

Which lines are headings is the layout stage's decision (`Line.heading`, layout.yml
`heading`): a short line that is bold, numbered ("2.3 Funding", "51. Minutes"), an appendix
title, in capitals or standing alone between paragraphs. Here numbered sections nest by their
numbers ("2" encloses "2.3"); unnumbered headings sit at the top level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .models import PageText, Section
from .text import squash


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
        for line in page.lines:
            heading = line.heading
            if heading is None:
                current.body.append(line.text)
                current.page_end = page.page
                continue
            _close(current, out)
            number = heading.number
            stack = [s for s in stack if number and s.number and _encloses(s.number, number)]
            parent = stack[-1].key if stack else None
            current = _Open(len(out), heading.title, number, heading.level, page.page, parent, page.page)
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
