"""What is new since a build: the facts that later builds saw first, and an Atom feed of new
decisions and actions.

Every build writes a `builds` row and stamps the rows no build had seen with its number
(db.record_build), so "new since build N" is `first_build_id > N`. `since` reads them for
`extractor changes`; `feed_entries` and `atom` make the feed the site serves at
/-/feed.atom. Plain sqlite3 and the standard library's XML writer: nothing here imports
Datasette.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree

from . import db as database
from .db import fts_query
from .pages import pdf_url

ATOM = "http://www.w3.org/2005/Atom"
FEED_LIMIT = 100


@dataclass(frozen=True)
class New:
    kind: str
    rows: list[dict[str, Any]]


def builds(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return database.builds(conn)


def since(conn: sqlite3.Connection, build_id: int) -> list[New]:
    """Facts first seen by a build after `build_id`, by kind; kinds with none are left out."""
    found = [New(kind, rows) for kind, rows in database.first_seen_after(conn, build_id).items()]
    return [n for n in found if n.rows]


def format_changes(news: list[New]) -> str:
    """One heading per kind, then one line per fact with where it is printed."""
    lines = []
    for new in news:
        lines.append(f"{new.kind.replace('_', ' ').capitalize()} ({len(new.rows)})")
        for r in new.rows:
            where = f"{r['filename']} p.{r['page']}" if r["page"] else r["filename"]
            text = " ".join((r["text"] or "").split())
            lines.append(f"  [build {r['build']}] {r['label']}: {_clip(text, 160)}  ({where})")
    return "\n".join(lines)


def _clip(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


# ---- the Atom feed ----------------------------------------------------------------------------


def feed_entries(conn: sqlite3.Connection, body: str = "", q: str = "") -> list[dict[str, Any]]:
    """New decisions and actions, newest build first; `body` matches the meeting's body (or an
    action's owner), `q` the words of the text (as the search box does)."""
    return database.feed_entries(conn, body, fts_query(q), FEED_LIMIT)


def atom(entries: list[dict[str, Any]], *, title: str, base: str, rows: str, self_url: str) -> bytes:
    """An Atom 1.0 document (RFC 4287): one entry per decision or action, linking to its meeting
    page (else its PDF page), its text as the content, the build that first saw it as updated.
    `base` is the site's origin, `rows` the database's URL (an entry's id is its row's URL)."""
    feed_id = self_url
    ElementTree.register_namespace("", ATOM)
    feed = ElementTree.Element(f"{{{ATOM}}}feed")
    _text(feed, "title", title)
    _text(feed, "id", feed_id)
    _text(feed, "updated", max((e["updated"] for e in entries if e["updated"]), default="1970-01-01T00:00:00+00:00"))
    ElementTree.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    _text(ElementTree.SubElement(feed, f"{{{ATOM}}}author"), "name", "extractor")
    for e in entries:
        feed.append(_entry(e, base, rows))
    return ElementTree.tostring(feed, encoding="utf-8", xml_declaration=True)


def _entry(e: dict[str, Any], base: str, rows: str) -> ElementTree.Element:
    entry = ElementTree.Element(f"{{{ATOM}}}entry")
    meeting = ", ".join(x for x in (e["body"], e["date"]) if x)
    heading = (
        f"{e['kind'].capitalize()}" + (f" ({e['detail']})" if e["detail"] else "") + (f", {meeting}" if meeting else "")
    )
    _text(entry, "title", f"{heading}: {_clip(' '.join(e['text'].split()), 120)}")
    _text(entry, "id", f"{rows}/{e['kind']}s/{e['id']}")
    _text(entry, "updated", e["updated"] or "1970-01-01T00:00:00+00:00")
    pdf = base + (pdf_url(e["filename"], e["page"]) or "")
    href = f"{base}/-/meeting/{e['meeting_id']}" if e["meeting_id"] else pdf
    ElementTree.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=href)
    ElementTree.SubElement(entry, f"{{{ATOM}}}link", rel="related", href=pdf, type="application/pdf")
    _text(entry, "content", f"{e['text']}\n\n{e['filename']}, page {e['page']}").set("type", "text")
    return entry


def _text(parent: ElementTree.Element, tag: str, value: str) -> ElementTree.Element:
    child = ElementTree.SubElement(parent, f"{{{ATOM}}}{tag}")
    child.text = value
    return child
