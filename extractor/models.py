"""Frozen records exchanged between stages.

Every extracted record carries the 1-based physical ``page`` it was read from, so that any
fact can be cited and opened at its page. Records are plain data: no I/O, no database ids.
The database layer gives them stable ids when it writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

R = TypeVar("R")


def evolve(record: R, **changes: Any) -> R:
    """`dataclasses.replace` for these records (frozen, no `__post_init__`, no slots) at a sixth
    of its cost: a copy of the fields with `changes` set (their names checked, not their types).
    For the loops that rebuild every line of every page (a 500-page pack has 30,000), where
    `replace` shows in the time."""
    known = record.__dataclass_fields__  # type: ignore[attr-defined]
    for name in changes:
        if name not in known:
            raise TypeError(f"{type(record).__name__} has no field {name!r}")
    copy = object.__new__(type(record))
    fields = copy.__dict__
    fields.update(record.__dict__)
    fields.update(changes)
    return copy


@dataclass(frozen=True)
class Heading:
    """What the layout stage reads a line as when it is a heading: its number ("2.3", or None),
    its title as printed without the number, and its level (the number's depth; 1 unnumbered)."""

    title: str
    number: str | None = None
    level: int = 1


@dataclass(frozen=True)
class Line:
    """One printed line in reading order, with the typography that headings are found by."""

    text: str
    page: int
    bold: bool = False
    size: float = 0.0
    x0: float = 0.0
    top: float = 0.0
    start: int = 0  # character offset of the line in its page's text
    cell: tuple[int, int, int] | None = None  # (table, row, column) on its page, for a line read from a table
    margin: str | None = None  # a note printed in the right margin beside the line ("HL", "Clerk")
    x1: float = 0.0
    bottom: float = 0.0
    cells: tuple[str, ...] = ()  # a one-line table row: each column's text ("" for an empty cell)
    row_cells: tuple[str, ...] = ()  # any line of a table row: each column's whole text in that row
    # the pieces of a line split by a column-wide gap, (x0, x1, text) each: side-by-side lists,
    # an unruled table's row; empty when the line is one piece
    parts: tuple[tuple[float, float, str], ...] = ()
    rotated: bool = False  # printed turned (a vertical table header): kept after the running text
    heading: Heading | None = None  # set by layout.headings: the one test of what a heading is


@dataclass(frozen=True)
class Block:
    """A run of lines the layout stage reads as one unit: a heading, a paragraph, a list item
    (with its marker and nesting level), a table (rows of cells, a header row), a note in the
    margin, or a line of rotated text."""

    kind: str  # heading, paragraph, list_item, table, margin, rotated
    page: int
    text: str
    lines: tuple[Line, ...]
    x0: float
    top: float
    x1: float
    bottom: float
    bold: bool = False
    size: float = 0.0
    marker: str | None = None  # "•", "1.", "(a)", "iv)"
    level: int = 0  # list nesting by indent and kind of marker (0 = outermost)
    start: int = 0  # offset of the first line in the page's text
    marker_kind: str | None = None  # bullet, number, letter, roman, upper_roman
    rows: tuple[tuple[str, ...], ...] = ()  # a table's rows, each its cells' text ("" for an empty cell)
    header: tuple[str, ...] = ()  # a table's first row when it names the columns


@dataclass(frozen=True)
class PageText:
    """One physical page after layout: reading order fixed, running headers/footers removed."""

    page: int
    text: str
    label: str | None = None  # printed page label, e.g. "Page 10"
    lines: tuple[Line, ...] = ()
    width: float = 0.0
    height: float = 0.0
    stamps: tuple[str, ...] = ()  # margin stamps removed from the text, e.g. "Agenda Item 4"
    ocr: str | None = None  # the OCR engine and version that read the page ("tesseract 5.3.0")
    ocr_confidence: float | None = None  # its mean word confidence, 0-100


@dataclass(frozen=True)
class Section:
    """One heading-led section. ``key`` is its index in the document; ``parent`` a key."""

    key: int
    heading: str
    level: int
    page_start: int
    page_end: int
    text: str
    number: str | None = None
    parent: int | None = None


@dataclass(frozen=True)
class DocumentPart:
    """One component inside a file: minutes, a report, an appendix, another body's minutes."""

    title: str
    kind: str
    page_start: int
    page_end: int


@dataclass(frozen=True)
class Attendee:
    name: str
    status: str  # present, virtual, also_present, in_attendance, apologies, absent
    role: str | None = None
    page: int = 0


@dataclass(frozen=True)
class Vote:
    """A recorded vote or outcome: "For (57) Against (0) Abstain (2)", "Motion carried"."""

    text: str
    page: int
    motion: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    outcome: str | None = None  # carried, lost


@dataclass(frozen=True)
class Decision:
    text: str
    kind: str  # resolved, agreed, noted, recommended
    page: int
    votes: tuple[Vote, ...] = ()


@dataclass(frozen=True)
class Action:
    """A commitment someone must carry out, from minutes, an action plan or a strategy."""

    text: str
    page: int
    owner: str | None = None
    due_date: str | None = None  # ISO 8601 where the text states a date
    due_text: str | None = None  # the due date as printed
    status: str | None = None
    progress: str | None = None
    priority: str | None = None  # the priority an action-plan row belongs to


@dataclass(frozen=True)
class AgendaItem:
    title: str
    page: int
    number: str | None = None
    ref: str | None = None
    decisions: tuple[Decision, ...] = ()
    actions: tuple[Action, ...] = ()
    votes: tuple[Vote, ...] = ()


@dataclass(frozen=True)
class Meeting:
    body: str
    page: int
    date: str | None = None  # ISO 8601
    time: str | None = None
    venue: str | None = None
    authority: str | None = None
    page_end: int | None = None
    source: str = ""  # the text the meeting was read from (its opening lines)
    attendees: tuple[Attendee, ...] = ()
    items: tuple[AgendaItem, ...] = ()


@dataclass(frozen=True)
class Priority:
    position: int
    text: str
    page: int
    lead: str | None = None


@dataclass(frozen=True)
class PriorityList:
    name: str
    kind: str  # priority, cross_cutting_theme, strategic_priority, focus_area, objective
    page: int
    owner: str | None = None
    period: str | None = None  # as printed: "2024/25"
    period_start: str | None = None
    period_end: str | None = None
    items: tuple[Priority, ...] = ()
    source: str = ""  # the heading or sentence that introduced the list
    parent: str | None = None  # the heading a nested list sits under ("Safer communities" -> its priority areas)


@dataclass(frozen=True)
class Mention:
    """An entity mention with character offsets into its page's text."""

    page: int
    label: str  # ORG, PERSON, DATE, MONEY, GPE, ...
    text: str
    start: int
    end: int
    normalized: str | None = None


@dataclass(frozen=True)
class DateFact:
    page: int
    text: str
    iso: str
    precision: str  # day, month, year, financial_year, range, quarter
    start_date: str | None = None
    end_date: str | None = None
    role: str | None = None
    start: int | None = None  # offsets into the page text where known
    end: int | None = None


@dataclass(frozen=True)
class OrgAlias:
    """An acronym or short form a document defines for an organisation: "Kent County Council (KCC)"."""

    name: str
    alias: str
    page: int


@dataclass(frozen=True)
class DocumentResult:
    """Everything extracted from one file: the output of the pure per-document function."""

    id: str  # sha256 of the file bytes
    path: str
    filename: str
    status: str  # ok, needs_ocr, failed
    page_count: int = 0
    error: str | None = None
    title: str | None = None
    kind: str | None = None
    publisher: str | None = None
    published_date: str | None = None
    size: int = 0
    pages: tuple[PageText, ...] = ()
    sections: tuple[Section, ...] = ()
    parts: tuple[DocumentPart, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    actions: tuple[Action, ...] = ()  # actions outside meetings (action plans, strategies)
    priority_lists: tuple[PriorityList, ...] = ()
    mentions: tuple[Mention, ...] = ()
    dates: tuple[DateFact, ...] = ()
    aliases: tuple[OrgAlias, ...] = ()
    timings: tuple[tuple[str, float], ...] = field(default=(), compare=False)  # (stage, seconds)


@dataclass(frozen=True)
class SeenFile:
    """One file a build found: where it is, its size and modification time, its bytes' hash."""

    path: str  # absolute
    size: int
    mtime: float
    sha256: str
