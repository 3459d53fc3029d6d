"""What a document is: its title, kind, publisher, date and the parts an agenda pack holds.

Pure text logic over the pages; the recognising patterns live in pipelines/documents.yml.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .config import PIPELINES, load_settings, require
from .errors import ConfigError
from .models import DocumentPart, Meeting, PageText
from .text import squash


@dataclass(frozen=True)
class Rules:
    """pipelines/documents.yml compiled."""

    kinds: tuple[tuple[str, tuple[re.Pattern[str], ...], int], ...]  # (kind, any of these, min parts)
    part_starts: tuple[tuple[str, re.Pattern[str]], ...]
    part_window: int
    blank_page: re.Pattern[str]
    publisher: re.Pattern[str]
    publisher_lines: int
    unlisted_council: re.Pattern[str]


@cache
def rules() -> Rules:
    """pipelines/documents.yml, loaded and compiled once per build; a missing key is a ConfigError."""
    s = load_settings("documents")
    return Rules(
        kinds=tuple(
            (r["kind"], tuple(re.compile(p, re.M) for p in r["any"]), int(r.get("min_parts", 0)))
            for r in require(s, "documents", "kinds")
        ),
        part_starts=tuple((r["kind"], re.compile(r["pattern"])) for r in require(s, "documents", "part_starts")),
        part_window=int(s.get("part_window", 6)),
        blank_page=re.compile(require(s, "documents", "blank_page"), re.I),
        publisher=re.compile(require(s, "documents", "publisher")),
        publisher_lines=int(require(s, "documents", "publisher_lines")),
        unlisted_council=re.compile(require(s, "documents", "unlisted_council")),
    )


@dataclass(frozen=True)
class Kind:
    """What a kind of document is read for (pipelines/kinds.yml)."""

    commitments: bool  # "we will ..." sentences are actions
    own_lists: bool  # a list with no printed owner is the publisher's


ALWAYS_KINDS = ("minutes", "other")  # what describe() may answer whatever documents.yml says


@cache
def kinds() -> dict[str, Kind]:
    """pipelines/kinds.yml by kind; every kind documents.yml can answer must be there."""
    s = load_settings("kinds")
    found = {}
    for name, entry in require(s, "kinds", "kinds").items():
        flags = {key: entry[key] for key in ("commitments", "own_lists")}
        if not all(isinstance(v, bool) for v in flags.values()):
            raise ConfigError(f"{PIPELINES / 'kinds.yml'}: kind {name!r}: commitments and own_lists are true or false")
        found[str(name)] = Kind(**flags)
    missing = sorted(({kind for kind, _, _ in rules().kinds} | set(ALWAYS_KINDS)) - set(found))
    if missing:
        raise ConfigError(f"{PIPELINES / 'kinds.yml'}: no entry for kind(s) {', '.join(missing)}; add one for each")
    return found


AGENDA_ITEM = re.compile(r"Agenda\s+Item\s+(\w+)", re.I)
JUNK_TITLES = re.compile(r"^(?:untitled|anonymous|microsoft word\b.*|.*\.(?:docx?|pdf|indd|xlsx?))$", re.I)


@dataclass(frozen=True)
class Description:
    title: str | None
    kind: str
    publisher: str | None
    published_date: str | None
    parts: tuple[DocumentPart, ...]


def describe(pages: Sequence[PageText], info: dict[str, str], meetings: Sequence[Meeting] = ()) -> Description:
    """What the document is; `meetings` are the minutes found in it (a file that opens with
    minutes is minutes, whatever else its first page says)."""
    parts = tuple(find_parts(pages))
    opening = "\n".join(p.text for p in pages[:3])
    title = _title(pages, info)
    kind = _kind(title or "", parts, fallback="") or _kind(opening, parts) or "other"
    if kind != "agenda_pack" and meetings and meetings[0].page <= 2:
        kind = "minutes"
    if kind == "minutes":
        # the minutes say what they are better than their first lines ("MINUTES", a venue)
        title = _minutes_title(meetings[0]) if meetings else title
        # the authority the minutes name, else one in their heading: the people present name
        # other bodies ("Jos Creese (Hampshire County Council)")
        publisher = meetings[0].authority or _publisher(meetings[0].source) if meetings else None
    else:
        heading = _publisher(_head(pages), head=True)  # "": a council the gazetteer does not list
        publisher = (_publisher(opening) if heading is None else heading) or None
    return Description(
        title=title,
        kind=kind,
        publisher=publisher,
        published_date=meetings[0].date if kind == "minutes" and meetings and meetings[0].date else _published(pages),
        parts=parts,
    )


def _head(pages: Sequence[PageText]) -> str:
    """The first lines of the first page with text: where a document names who it is from."""
    first = next((p for p in pages if p.lines), None)
    return "\n".join(ln.text for ln in first.lines[: rules().publisher_lines]) if first else ""


def _minutes_title(meeting: Meeting) -> str:
    """ "Scrutiny Committee: minutes of 24 April 2024"."""
    when = ""
    if meeting.date:
        try:
            day = datetime.date.fromisoformat(meeting.date[:10])
            when = f" of {day.day} {day:%B %Y}"
        except ValueError:  # a month or year only
            when = f" of {meeting.date}"
    return f"{meeting.body}: minutes{when}"


def _title(pages: Sequence[PageText], info: dict[str, str]) -> str | None:
    """The largest (or leading bold/capital) lines of the first page with text."""
    first = next((p for p in pages if p.lines), None)
    if first is None:
        return None
    lines = [ln for ln in first.lines[:12] if len(ln.text) > 2 and not rules().blank_page.search(ln.text)]
    if not lines:
        return None
    biggest = max(ln.size for ln in lines)
    if biggest > min(ln.size for ln in lines) + 1.5:
        chosen = [ln.text for ln in lines if ln.size >= biggest - 0.5][:3]
    else:
        lead = [ln.text for ln in lines[:4] if ln.bold or ln.text.isupper()]
        chosen = lead[:3] or [lines[0].text]
    meta = info.get("Title", "").strip()
    title = squash(" ".join(chosen))[:200]
    return title if title or not meta or JUNK_TITLES.match(meta) else meta


def _kind(text: str, parts: tuple[DocumentPart, ...], fallback: str | None = None) -> str | None:
    """The first rule of pipelines/documents.yml whose pattern is in the text (the title is
    tried before the opening pages, which mention every kind of document)."""
    kinds = {p.kind for p in parts}
    if "minutes" in kinds and kinds & {"report", "appendix", "agenda"}:
        return "agenda_pack"  # minutes bound with reports: a pack, whatever its first page says
    for kind, patterns, min_parts in rules().kinds:
        if len(parts) >= min_parts and any(p.search(text) for p in patterns):
            return kind
    return fallback or None


def _publisher(opening: str, head: bool = False) -> str | None:
    """The first council or partnership named on the first pages: a name of the right shape
    that the gazetteer of UK public bodies knows (capitals are read as title case). On the
    `head` of the first page, a parish or town council (a tier the gazetteer does not list)
    named before any body it knows gives "": the document is that council's, not the district
    council's its agenda names further down ("the Monitoring Officer at East Hertfordshire
    District Council"), and the publisher stays unknown."""
    from .entities import gazetteer, org_key  # the gazetteer is data; no model is loaded

    known = gazetteer().by_key
    lines = [ln.title() if ln.isupper() else ln for ln in opening.splitlines()]
    for m in rules().publisher.finditer(" ".join(lines)):
        entry = known.get(org_key(m.group(1)))
        if entry is not None:
            return entry.name
        if head and rules().unlisted_council.search(m.group(1)):
            return ""
    return None


def _published(pages: Sequence[PageText]) -> str | None:
    """The latest dated day or month on the first two pages: a report's own date comes after
    the history it recounts ("In August 2007 ... presented on 2nd February 2016")."""
    from .dates import find_dates  # the dates stage owns every date rule

    dated = [f.iso for page in pages[:2] for f in find_dates(page.text, page.page) if f.precision in ("day", "month")]
    return max(dated, key=lambda iso: (iso[:7], iso)) if dated else None


def find_parts(pages: Sequence[PageText]) -> list[DocumentPart]:
    """Components of the file: a new part starts at an "Agenda Item N" stamp, or at a cover
    line (a minutes heading, a report cover block, a standalone appendix title) that opens a
    page or follows the end of a paragraph."""
    starts: list[tuple[int, str, str]] = []
    stamp: str | None = None
    pending: str | None = None  # a stamp seen on a page with no text (a separator)
    for page in pages:
        item = next((m for m in map(AGENDA_ITEM.search, page.stamps) if m), None)
        if item and item.group(1) != stamp:
            stamp = pending = item.group(1)
        lines = [ln.text for ln in page.lines if not rules().blank_page.search(ln.text)]
        if lines and pending:
            kind = _cover_kind(lines[: rules().part_window])
            starts.append((page.page, kind or "report", f"Agenda Item {pending}: {_part_title(lines, 0)}"))
            pending = None
            continue
        for i, text in enumerate(lines):
            kind = _cover_kind([text])
            if kind and (i == 0 or lines[i - 1].rstrip().endswith((".", ":")) or i < rules().part_window):
                if not starts or starts[-1][0] != page.page or starts[-1][1] != kind:
                    starts.append((page.page, kind, _part_title(lines, i)))
    first = pages[0].page if pages else 1
    if not starts or starts[0][0] != first:
        opening = _opening(pages[0]) if pages else []
        starts.insert(0, (first, "other", opening[0] if opening else "(untitled)"))
    return _close_parts(starts, pages[-1].page if pages else 1)


def _cover_kind(lines: list[str]) -> str | None:
    return next((k for k, pattern in rules().part_starts if any(pattern.match(ln) for ln in lines)), None)


def _close_parts(starts: list[tuple[int, str, str]], last: int) -> list[DocumentPart]:
    """Each part ends where the next begins; a part that starts on the same page as the next
    shares that page."""
    parts = []
    for n, (page, kind, title) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else last
        parts.append(DocumentPart(title=squash(title)[:200], kind=kind, page_start=page, page_end=max(page, end)))
    return parts


def _part_title(lines: list[str], i: int) -> str:
    """The cover line, or for a label ("Classification:") the first substantial line after it."""
    text = lines[i]
    if text.rstrip().endswith(":") or len(text) < 12:
        following = [t for t in lines[i + 1 : i + 12] if len(t) > 12 and not t.rstrip().endswith(":")]
        return f"{text} {following[0]}" if following and len(text) < 12 else (following or [text])[0]
    return text


def _opening(page: PageText) -> list[str]:
    """The first lines of a page, skipping "this page is intentionally left blank"."""
    return [ln.text for ln in page.lines if not rules().blank_page.search(ln.text)][: rules().part_window]
