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


def _rows(conn: sqlite3.Connection, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return [dict(r) for r in cursor.execute(sql, params).fetchall()]


def _one(conn: sqlite3.Connection, sql: str, params: Any = ()) -> dict[str, Any] | None:
    found = _rows(conn, sql, params)
    return found[0] if found else None


def _with_pdf(rows: list[dict[str, Any]], filename: str | None, column: str = "page") -> list[dict[str, Any]]:
    for row in rows:
        row["pdf"] = pdf_url(row.get("filename") or filename, row.get(column))
    return rows


def _natural(number: str | None) -> tuple[Any, ...]:
    """'9' before '10', 'A4' after 'A3': numbers in an item number compare as numbers."""
    return tuple(int(p) if p.isdigit() else p for p in re.findall(r"\d+|\D+", number or ""))


# ---- a meeting ----------------------------------------------------------------------------

MEETING_SQL = """
    select m.*, d.filename, d.title as document_title from meetings m join documents d on d.id = m.document_id
    where m.id = ?"""


def meeting(conn: sqlite3.Connection, meeting_id: int) -> dict[str, Any] | None:
    """A meeting with its attendance by status, its items in order (each with its decisions,
    votes and actions), anything not tied to an item, and the body's previous and next meeting."""
    found = _one(conn, MEETING_SQL, [meeting_id])
    if found is None:
        return None
    filename = found["filename"]
    found["pdf"] = pdf_url(filename, found["page"])
    facts = {kind: _meeting_facts(conn, kind, meeting_id, filename) for kind in ("decisions", "votes", "actions")}
    items = _rows(conn, "select * from agenda_items where meeting_id = ?", [meeting_id])
    items.sort(key=lambda i: (i["page"] or 0, _natural(i["number"])))
    for item in _with_pdf(items, filename):
        for kind, rows in facts.items():
            item[kind] = [r for r in rows if r["agenda_item_id"] == item["id"]]
    known = {i["id"] for i in items}
    unplaced = {kind: [r for r in rows if r["agenda_item_id"] not in known] for kind, rows in facts.items()}
    return {
        "meeting": found,
        "attendance": _attendance(conn, meeting_id, filename),
        "items": items,
        "unplaced": unplaced if any(unplaced.values()) else None,
        "previous": _neighbour(conn, found, before=True),
        "next": _neighbour(conn, found, before=False),
        "original": _one(
            conn,
            """select x.original_meeting_id as id, d.filename from meeting_duplicates x
               join documents d on d.id = x.original_document_id where x.meeting_id = ?""",
            [meeting_id],
        ),
        "copies": _with_pdf(
            _rows(
                conn,
                """select x.meeting_id, x.document_id, x.page_start, d.filename from meeting_duplicates x
                   join documents d on d.id = x.document_id where x.original_meeting_id = ?""",
                [meeting_id],
            ),
            None,
            "page_start",
        ),
    }


def _meeting_facts(conn: sqlite3.Connection, table: str, meeting_id: int, filename: str) -> list[dict[str, Any]]:
    order = {"actions": "page, due_date, id", "votes": "page, id", "decisions": "page, id"}[table]
    return _with_pdf(
        _rows(conn, f"select * from [{table}] where meeting_id = ? order by {order}", [meeting_id]), filename
    )


def _attendance(conn: sqlite3.Connection, meeting_id: int, filename: str) -> list[dict[str, Any]]:
    people = _with_pdf(
        _rows(conn, "select * from attendees where meeting_id = ? order by page, id", [meeting_id]), filename
    )
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
    op, order = ("<", "desc") if before else (">", "asc")
    return _one(
        conn,
        f"""select id, body, date from meetings where body = ? and date {op} ?
            and id not in (select meeting_id from meeting_duplicates) order by date {order}, id limit 1""",
        [found["body"], found["date"]],
    )


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
    found = _one(conn, "select * from documents where id = ?", [document_id])
    if found is None:
        return None
    filename = found["filename"]
    found["pdf"] = pdf_url(filename, None) if found["status"] == "ok" else None
    counts = {
        table: conn.execute(f"select count(*) from [{table}] where document_id = ?", [document_id]).fetchone()[0]
        for table in ("sections", "meetings", "decisions", "actions", "priority_lists", "mentions", "dates")
    }
    return {
        "document": found,
        "advice": ADVICE.get(found["status"] or ""),
        "counts": counts,
        "parts": _with_pdf(_by_doc(conn, "document_parts", document_id, "position"), filename, "page_start"),
        "meetings": _with_pdf(
            _rows(
                conn,
                """select m.id, m.body, m.date, m.page, m.page_end,
                          (select count(*) from decisions d where d.meeting_id = m.id) as decisions,
                          (select count(*) from actions a where a.meeting_id = m.id) as actions
                   from meetings m where m.document_id = ? order by m.page""",
                [document_id],
            ),
            filename,
        ),
        "lists": _with_pdf(_lists(conn, document_id), filename),
        "periods": [
            r[0]
            for r in conn.execute(
                """select period from priority_lists where document_id = ? and period is not null
                   group by period order by min(period_start), period""",
                [document_id],
            )
        ],
        "actions": _with_pdf(_by_doc(conn, "actions", document_id, "page, id"), filename),
        "organisations": _organisations(conn, document_id, filename),
    }


def _by_doc(conn: sqlite3.Connection, table: str, document_id: str, order: str) -> list[dict[str, Any]]:
    return _rows(conn, f"select * from [{table}] where document_id = ? order by {order} limit {LIMIT}", [document_id])


def _lists(conn: sqlite3.Connection, document_id: str) -> list[dict[str, Any]]:
    return _rows(
        conn,
        """select l.id, l.name, l.kind, l.owner, l.organisation_id, o.name as organisation, l.period, l.page,
                  (select count(*) from priorities p where p.list_id = l.id) as priorities,
                  (select group_concat(text, ' · ') from (select text from priorities p where p.list_id = l.id
                                                           order by position)) as texts
           from priority_lists l left join organisations o on o.id = l.organisation_id
           where l.document_id = ? order by l.page, l.id""",
        [document_id],
    )


def _organisations(conn: sqlite3.Connection, document_id: str, filename: str) -> list[dict[str, Any]]:
    """Organisations mentioned in the document, most mentioned first, with the pages they are on."""
    found = _rows(
        conn,
        """select o.id, o.name, o.acronym, o.kind, count(*) as mentions,
                  group_concat(distinct m.page) as pages
           from mentions m join organisations o on o.id = m.organisation_id
           where m.document_id = ? group by o.id order by mentions desc, o.name limit ?""",
        [document_id, LIMIT],
    )
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
        "meetings": _rows(
            conn,
            """select m.id, m.body, m.date, (select count(*) from decisions d where d.meeting_id = m.id) as decisions,
                      (select count(*) from actions a where a.meeting_id = m.id) as actions
               from meetings m where m.id not in (select meeting_id from meeting_duplicates)
               order by m.date desc limit ?""",
            [HOME_ROWS],
        ),
        "decisions": _with_pdf(
            _rows(
                conn,
                """select d.id, d.text, d.kind, d.page, m.id as meeting_id, m.body, m.date, doc.filename
                   from meetings m join decisions d on d.meeting_id = m.id join documents doc on doc.id = d.document_id
                   order by m.date desc, d.page, d.id limit ?""",
                [HOME_ROWS],
            ),
            None,
        ),
        "actions": _with_pdf(
            _rows(
                conn,
                """select a.id, a.text, a.owner, coalesce(a.due_date, a.due_text) as due, a.page, a.meeting_id,
                          m.body, m.date, doc.filename from actions a join documents doc on doc.id = a.document_id
                   left join meetings m on m.id = a.meeting_id
                   where a.owner is not null
                   order by m.date is null, m.date desc, a.due_date is null, a.due_date desc, a.page limit ?""",
                [HOME_ROWS],
            ),
            None,
        ),
        "documents": _rows(
            conn,
            """select id, title, filename, kind, publisher, published_date, page_count, status from documents
               order by published_date desc, filename limit ?""",
            [LIMIT],
        ),
        "build": _one(conn, "select * from builds order by id desc limit 1"),
    }
