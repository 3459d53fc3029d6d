"""What the site's own pages show, read from the database as plain dicts: a meeting as it was
minuted, a document and everything read from it.

Each function takes an open sqlite3 connection (Datasette hands one to `execute_fn`; tests
open the file themselves) and returns None when the id is unknown. Nothing here imports
Datasette: the plugin turns these dicts into HTML with the templates.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any
from urllib.parse import quote

from . import db as database

# attendance in the order minutes print it
STATUSES = ("present", "virtual", "also_present", "in_attendance", "apologies", "absent")
STATUS_LABELS = {
    "present": "Present",
    "virtual": "Present virtually",
    "also_present": "Also present",
    "in_attendance": "In attendance",
    "apologies": "Apologies",
    "absent": "Absent",
}
LIMIT = 500  # rows of one kind on a document page; the table page behind the link has them all


def pdf_url(filename: str | None, page: int | None) -> str | None:
    """The served PDF opened at a page: /pdf/<file>#page=N."""
    if not filename:
        return None
    return f"/pdf/{quote(filename)}" + (f"#page={page}" if page else "")


def _with_pdf(rows: list[dict[str, Any]], filename: str | None, column: str = "page") -> list[dict[str, Any]]:
    for row in rows:
        row["pdf"] = pdf_url(row.get("filename") or filename, row.get(column))
    return rows


def _natural(number: str | None) -> tuple[Any, ...]:
    """'9' before '10', 'A4' after 'A3': numbers in an item number compare as numbers."""
    return tuple(int(p) if p.isdigit() else p for p in re.findall(r"\d+|\D+", number or ""))


# ---- a meeting ----------------------------------------------------------------------------


def meeting(conn: sqlite3.Connection, meeting_id: int) -> dict[str, Any] | None:
    """A meeting with its attendance by status, its items in order (each with its decisions,
    votes and actions), anything not tied to an item, and the body's previous and next meeting."""
    found = database.meeting(conn, meeting_id)
    if found is None:
        return None
    filename = found["filename"]
    found["pdf"] = pdf_url(filename, found["page"])
    facts = {kind: _with_pdf(rows, filename) for kind, rows in database.meeting_facts(conn, meeting_id).items()}
    items = database.agenda_items(conn, meeting_id)
    items.sort(key=lambda i: (i["page"] or 0, _natural(i["number"])))
    for item in _with_pdf(items, filename):
        for kind, rows in facts.items():
            item[kind] = [r for r in rows if r["agenda_item_id"] == item["id"]]
    known = {i["id"] for i in items}
    unplaced = {kind: [r for r in rows if r["agenda_item_id"] not in known] for kind, rows in facts.items()}
    return {
        "meeting": found,
        "attendance": _attendance(database.attendees(conn, meeting_id), filename),
        "items": items,
        "unplaced": unplaced if any(unplaced.values()) else None,
        "previous": _neighbour(conn, found, before=True),
        "next": _neighbour(conn, found, before=False),
        "original": database.original_meeting(conn, meeting_id),
        "copies": _with_pdf(database.meeting_copies(conn, meeting_id), None, "page_start"),
    }


def _attendance(attendees: list[dict[str, Any]], filename: str) -> list[dict[str, Any]]:
    people = _with_pdf(attendees, filename)
    statuses = list(STATUSES) + sorted({p["status"] or "unknown" for p in people} - set(STATUSES))
    groups = []
    for status in statuses:
        members = [p for p in people if (p["status"] or "unknown") == status]
        if members:
            groups.append(
                {"status": status, "label": STATUS_LABELS.get(status, status.replace("_", " ")), "people": members}
            )
    return groups


def _neighbour(conn: sqlite3.Connection, found: dict[str, Any], before: bool) -> dict[str, Any] | None:
    """The body's meeting just before (or after) this one; a later copy of the same minutes is skipped."""
    if not found["body"] or not found["date"]:
        return None
    return database.neighbour_meeting(conn, found["body"], found["date"], before)


# ---- a document ---------------------------------------------------------------------------

ADVICE = {
    "needs_ocr": (
        "The file has no usable text layer (a scan, or text that extracts as garbage). Run OCR on it, "
        "e.g. `ocrmypdf --force-ocr IN.pdf OUT.pdf`, put OUT.pdf in the corpus and run `extractor build` again."
    ),
    "failed": (
        "The file could not be read as a PDF. Open it in a PDF reader: if it is encrypted, save an unencrypted "
        "copy; if it is truncated or not a PDF, download it again. Then run `extractor build` again; unchanged "
        "files are skipped."
    ),
}


def document(conn: sqlite3.Connection, document_id: str) -> dict[str, Any] | None:
    """A document with its parts and what was read from it: meetings, priority lists, actions,
    organisations; for a failed or unreadable file, why and what to do."""
    found = database.document(conn, document_id)
    if found is None:
        return None
    filename = found["filename"]
    found["pdf"] = pdf_url(filename, None) if found["status"] == "ok" else None
    return {
        "document": found,
        "advice": ADVICE.get(found["status"] or ""),
        "counts": database.document_counts(conn, document_id),
        "parts": _with_pdf(database.document_parts(conn, document_id, LIMIT), filename, "page_start"),
        "meetings": _with_pdf(database.document_meetings(conn, document_id), filename),
        "lists": _with_pdf(database.document_lists(conn, document_id), filename),
        "periods": database.document_periods(conn, document_id),
        "actions": _with_pdf(database.document_actions(conn, document_id, LIMIT), filename),
        "organisations": _organisations(conn, document_id, filename),
    }


def _organisations(conn: sqlite3.Connection, document_id: str, filename: str) -> list[dict[str, Any]]:
    """Organisations mentioned in the document, most mentioned first, with the pages they are on."""
    found = database.document_organisations(conn, document_id, LIMIT)
    for org in found:
        pages = sorted({int(p) for p in (org.pop("pages") or "").split(",") if p})
        org["pages"] = [{"page": p, "pdf": pdf_url(filename, p)} for p in pages]
    return found


# ---- the home page --------------------------------------------------------------------------

HOME_ROWS = 8


def home(conn: sqlite3.Connection) -> dict[str, Any]:
    """What a visitor comes for, newest first: meetings, decisions, actions, the owners whose
    priorities can be followed over time, and the documents read."""
    return {
        "meetings": database.latest_meetings(conn, HOME_ROWS),
        "decisions": _with_pdf(database.latest_decisions(conn, HOME_ROWS), None),
        "actions": _with_pdf(database.latest_actions(conn, HOME_ROWS), None),
        "documents": database.latest_documents(conn, LIMIT),
        "build": database.latest_build(conn),
    }
