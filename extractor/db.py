"""Every sqlite-utils call: create and migrate the schema, write documents, index, search.

One writer: the build hands this module one DocumentResult at a time and each is written in
a single transaction (old rows of the same file replaced), so a killed build never leaves
half a document and the next run resumes where it stopped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from . import __version__
from .models import DocumentResult, Meeting
from .schema import BY_NAME, TABLES, Table

SQLITE_TYPES = {"TEXT": str, "INTEGER": int, "REAL": float}
# tables whose rows belong to one document, deleted when it is rebuilt (children first)
DOCUMENT_TABLES = (
    "votes",
    "decisions",
    "agenda_items",
    "attendees",
    "meetings",
    "priorities",
    "priority_lists",
    "actions",
    "mentions",
    "organisation_definitions",
    "dates",
    "sections",
    "document_parts",
    "pages",
)
INDEXES = (
    ("pages", ("document_id",)),
    ("sections", ("document_id", "page_start")),
    ("meetings", ("date",)),
    ("meetings", ("body",)),
    ("attendees", ("meeting_id",)),
    ("attendees", ("name",)),
    ("agenda_items", ("meeting_id",)),
    ("decisions", ("meeting_id",)),
    ("decisions", ("agenda_item_id",)),
    ("votes", ("meeting_id",)),
    ("actions", ("document_id",)),
    ("actions", ("organisation_id",)),
    ("actions", ("meeting_id",)),
    ("priority_lists", ("document_id",)),
    ("priorities", ("list_id",)),
    ("priorities", ("canonical_id",)),
    ("priority_links", ("from_priority_id",)),
    ("priority_links", ("to_priority_id",)),
    ("mentions", ("document_id", "page")),
    ("mentions", ("organisation_id",)),
    ("mentions", ("label",)),
    ("dates", ("document_id",)),
    ("organisation_aliases", ("alias",)),
    ("document_parts", ("document_id",)),
    ("documents", ("path",)),
)


def stable_id(*parts: object) -> int:
    """A row id derived from content, so rebuilding a document keeps its rows' ids (and URLs)."""
    digest = hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()
    return int(digest[:15], 16)


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) a database and bring its schema up to date."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=OFF")  # rows are replaced per document; integrity is kept by the writer
    migrate(db)
    return db


def migrate(db: sqlite_utils.Database) -> None:
    """Create missing tables and add missing columns: migrations only ever add."""
    for table in _referenced_first(TABLES):
        _ensure_table(db, table)
    for name, columns in INDEXES:
        sqlite_table(db, name).create_index(list(columns), if_not_exists=True)


def sqlite_table(db: sqlite_utils.Database, name: str) -> sqlite_utils.db.Table:
    """`db[name]` as the Table it always is here: sqlite-utils types it `Table | View`."""
    t = db.table(name)
    if not isinstance(t, sqlite_utils.db.Table):
        raise TypeError(f"{name} is a view, not a table")
    return t


def _referenced_first(tables: Iterable[Table]) -> list[Table]:
    """Tables ordered so that each comes after the tables its foreign keys point at."""
    pending = {t.name: t for t in tables}
    ordered: list[Table] = []
    while pending:
        ready = [
            t
            for t in pending.values()
            if all(
                c.references.split(".")[0] in (t.name, *[o.name for o in ordered]) for c in t.columns if c.references
            )
        ]
        for t in ready or list(pending.values())[:1]:  # a cycle, if one ever appears, is cut here
            ordered.append(pending.pop(t.name))
    return ordered


def _ensure_table(db: sqlite_utils.Database, table: Table) -> None:
    """Declared foreign keys let Datasette show a row's label instead of its id."""
    t = sqlite_table(db, table.name)
    columns = {c.name: SQLITE_TYPES[c.type] for c in table.columns}
    keys = [_foreign_key(c.name, c.references) for c in table.columns if c.references]
    if not t.exists():
        t.create(columns, pk=table.pk, not_null=set(), foreign_keys=keys, if_not_exists=True)
        return
    existing = {c.name for c in t.columns}
    for name, type_ in columns.items():
        if name not in existing:
            t.add_column(name, type_)
    declared = {fk.column for fk in t.foreign_keys}
    missing = [k for k in keys if k[0] not in declared and db[k[1]].exists()]
    if missing:
        db.add_foreign_keys([(table.name, *k) for k in missing])  # rebuilds the table once


def _foreign_key(column: str, references: str) -> tuple[str, str, str]:
    """(column, other table, other column) from a "table.column" reference."""
    other_table, other_column = references.split(".")
    return column, other_table, other_column


def known_documents(db: sqlite_utils.Database) -> dict[str, dict[str, Any]]:
    """Documents already built, by id (sha256), with their path and status."""
    return {r["id"]: r for r in db.query("select id, path, status from documents")}


def delete_document(db: sqlite_utils.Database, document_id: str) -> None:
    for name in DOCUMENT_TABLES:
        db.conn.execute(f"delete from [{name}] where document_id = ?", [document_id])
    db.conn.execute("delete from documents where id = ?", [document_id])


def write_document(db: sqlite_utils.Database, result: DocumentResult, replaces: Iterable[str] = ()) -> None:
    """Write one document and all its facts in a single transaction.

    Plain executemany, not sqlite-utils' insert_all: that commits as it goes, and a build
    killed between two of its commits would leave half a document behind.
    """
    with db.conn:
        for old in {result.id, *replaces}:
            delete_document(db, old)
        insert_rows(db, "documents", [_document_row(result)])
        for table, rows in _fact_rows(result):
            insert_rows(db, table, rows)


def insert_rows(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert (or replace) rows inside the caller's transaction; unlike sqlite-utils'
    insert_all it never commits, so the caller's `with db.conn:` is one transaction."""
    if not rows:
        return
    columns = list(rows[0])
    sql = (
        f"insert or replace into [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
        f"values ({', '.join('?' for _ in columns)})"
    )
    db.conn.executemany(sql, ([row[c] for c in columns] for row in rows))


def _document_row(r: DocumentResult) -> dict[str, Any]:
    return {
        "id": r.id,
        "path": r.path,
        "filename": r.filename,
        "title": r.title,
        "kind": r.kind,
        "publisher": r.publisher,
        "published_date": r.published_date,
        "page_count": r.page_count,
        "status": r.status,
        "error": r.error,
        "size": r.size,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "pipeline_version": __version__,
    }


def _fact_rows(r: DocumentResult) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    d = r.id
    yield (
        "pages",
        [
            {
                "document_id": d,
                "page": p.page,
                "label": p.label,
                "text": p.text,
                "stamps": "; ".join(p.stamps) or None,
                "width": p.width,
                "height": p.height,
            }
            for p in r.pages
        ],
    )
    yield (
        "document_parts",
        [
            {
                "id": stable_id(d, "part", n),
                "document_id": d,
                "position": n,
                "title": p.title,
                "kind": p.kind,
                "page_start": p.page_start,
                "page_end": p.page_end,
            }
            for n, p in enumerate(r.parts, 1)
        ],
    )
    yield (
        "sections",
        [
            {
                "id": stable_id(d, "section", s.key),
                "document_id": d,
                "parent_id": stable_id(d, "section", s.parent) if s.parent is not None else None,
                "number": s.number,
                "heading": s.heading,
                "level": s.level,
                "page_start": s.page_start,
                "page_end": s.page_end,
                "text": s.text,
            }
            for s in r.sections
        ],
    )
    yield from _meeting_rows(d, r.meetings)
    yield "actions", [_action_row(d, ("plan", n), a) for n, a in enumerate(r.actions)]
    yield from _priority_rows(d, r)
    yield (
        "mentions",
        [
            {
                "id": stable_id(d, "mention", n),
                "document_id": d,
                "page": m.page,
                "label": m.label,
                "text": m.text,
                "normalized": m.normalized,
                "organisation_id": None,
                "start": m.start,
                "end": m.end,
            }
            for n, m in enumerate(r.mentions)
        ],
    )
    yield (
        "organisation_definitions",
        [
            {"id": stable_id(d, "definition", n), "document_id": d, "name": a.name, "alias": a.alias, "page": a.page}
            for n, a in enumerate(r.aliases)
        ],
    )
    yield (
        "dates",
        [
            {
                "id": stable_id(d, "date", n),
                "document_id": d,
                "page": x.page,
                "text": x.text,
                "iso": x.iso,
                "start_date": x.start_date,
                "end_date": x.end_date,
                "precision": x.precision,
                "role": x.role,
                "start": x.start,
                "end": x.end,
            }
            for n, x in enumerate(r.dates)
        ],
    )


def _action_row(
    d: str, key: tuple[object, ...], a: Any, meeting_id: int | None = None, item_id: int | None = None
) -> dict[str, Any]:
    return {
        "id": stable_id(d, "action", *key),
        "document_id": d,
        "meeting_id": meeting_id,
        "agenda_item_id": item_id,
        "text": a.text,
        "owner": a.owner,
        "organisation_id": None,
        "due_date": a.due_date,
        "due_text": a.due_text,
        "status": a.status,
        "progress": a.progress,
        "priority": a.priority,
        "page": a.page,
    }


def _meeting_rows(d: str, meetings: tuple[Meeting, ...]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    rows: dict[str, list[dict[str, Any]]] = {
        k: [] for k in ("meetings", "attendees", "agenda_items", "decisions", "votes", "actions")
    }
    for m_no, m in enumerate(meetings):
        mid = stable_id(d, "meeting", m_no)
        rows["meetings"].append(
            {
                "id": mid,
                "document_id": d,
                "body": m.body,
                "authority": m.authority,
                "date": m.date,
                "year": int(m.date[:4]) if m.date and m.date[:4].isdigit() else None,
                "time": m.time,
                "venue": m.venue,
                "page": m.page,
                "page_end": m.page_end,
                "source": m.source,
            }
        )
        rows["attendees"] += [
            {
                "id": stable_id(mid, "attendee", n),
                "meeting_id": mid,
                "document_id": d,
                "name": a.name,
                "role": a.role,
                "status": a.status,
                "page": a.page or m.page,
            }
            for n, a in enumerate(m.attendees)
        ]
        for i_no, item in enumerate(m.items):
            iid = stable_id(mid, "item", i_no)
            rows["agenda_items"].append(
                {
                    "id": iid,
                    "meeting_id": mid,
                    "document_id": d,
                    "number": item.number,
                    "ref": item.ref,
                    "title": item.title,
                    "page": item.page,
                }
            )
            _item_facts(rows, d, mid, iid, item)
    yield from rows.items()


def _item_facts(rows: dict[str, list[dict[str, Any]]], d: str, mid: int, iid: int, item: Any) -> None:
    for n, dec in enumerate(item.decisions):
        did = stable_id(iid, "decision", n)
        rows["decisions"].append(
            {
                "id": did,
                "meeting_id": mid,
                "agenda_item_id": iid,
                "document_id": d,
                "text": dec.text,
                "kind": dec.kind,
                "page": dec.page,
            }
        )
        rows["votes"] += [_vote_row(d, mid, iid, did, (did, k), v) for k, v in enumerate(dec.votes)]
    rows["votes"] += [_vote_row(d, mid, iid, None, (iid, "vote", k), v) for k, v in enumerate(item.votes)]
    rows["actions"] += [_action_row(d, (iid, n), a, mid, iid) for n, a in enumerate(item.actions)]


def _vote_row(d: str, mid: int, iid: int, did: int | None, key: tuple[object, ...], v: Any) -> dict[str, Any]:
    return {
        "id": stable_id(*key, "vote"),
        "meeting_id": mid,
        "agenda_item_id": iid,
        "decision_id": did,
        "document_id": d,
        "motion": v.motion,
        "votes_for": v.votes_for,
        "votes_against": v.votes_against,
        "abstentions": v.abstentions,
        "outcome": v.outcome,
        "text": v.text,
        "page": v.page,
    }


def _priority_rows(d: str, r: DocumentResult) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    lists, items = [], []
    for n, pl in enumerate(r.priority_lists):
        lid = stable_id(d, "list", n)
        lists.append(
            {
                "id": lid,
                "document_id": d,
                "name": pl.name,
                "kind": pl.kind,
                "owner": pl.owner,
                "organisation_id": None,
                "period": pl.period,
                "period_start": pl.period_start,
                "period_end": pl.period_end,
                "page": pl.page,
                "source": pl.source,
                "parent": pl.parent,
            }
        )
        items += [
            {
                "id": stable_id(lid, "priority", p.position),
                "list_id": lid,
                "document_id": d,
                "position": p.position,
                "text": p.text,
                "lead": p.lead,
                "canonical_id": None,
                "page": p.page,
            }
            for p in pl.items
        ]
    yield "priority_lists", lists
    yield "priorities", items


def enable_search(db: sqlite_utils.Database) -> None:
    """FTS5 tables named as sqlite-utils names them (sections_fts...), kept in sync by triggers."""
    for table in TABLES:
        t = sqlite_table(db, table.name)
        if table.fts and not t.detect_fts():
            t.enable_fts(list(table.fts), fts_version="FTS5", create_triggers=True, tokenize="porter")


def optimise_search(db: sqlite_utils.Database) -> None:
    """Merge the FTS index segments that incremental builds leave behind: faster searches."""
    with db.conn:
        for table in TABLES:
            if table.fts and db[f"{table.name}_fts"].exists():
                db.conn.execute(f"insert into [{table.name}_fts]([{table.name}_fts]) values ('optimize')")


@dataclass(frozen=True)
class Hit:
    table: str
    document: str
    page: int | None
    title: str
    snippet: str


SEARCH_SQL = {
    "sections": ("heading", "page_start", "text"),
    "decisions": ("kind", "page", "text"),
    "actions": ("owner", "page", "text"),
    "priorities": ("lead", "page", "text"),
}


def search(
    db: sqlite_utils.Database, query: str, limit: int = 10, tables: Iterable[str] = tuple(SEARCH_SQL)
) -> list[Hit]:
    """The best matches across the searchable tables, with highlighted snippets: rows that
    hold the words as a phrase first, then rows that hold them all; bm25 orders each group."""
    words = [w.replace('"', "") for w in query.split() if w.replace('"', "")]
    if not words:
        return []
    queries = [" ".join(f'"{w}"' for w in words)]
    if len(words) > 1:
        queries.insert(0, '"' + " ".join(words) + '"')
    hits: list[Hit] = []
    seen: set[tuple[str, str, str]] = set()
    for match in queries:
        for _, hit in sorted((h for t in tables for h in _search_table(db, t, match, limit)), key=lambda x: x[0]):
            key = (hit.table, hit.document, hit.snippet)
            if key not in seen and len(hits) < limit:
                seen.add(key)
                hits.append(hit)
    return hits


def _search_table(db: sqlite_utils.Database, table: str, match: str, limit: int) -> Iterator[tuple[float, Hit]]:
    title_col, page_col, text_col = SEARCH_SQL[table]
    fts = f"{table}_fts"
    column = list(BY_NAME[table].fts).index(text_col)
    sql = f"""
        select bm25([{fts}]) as rank, d.filename, t.[{page_col}] as page, t.[{title_col}] as title,
               snippet([{fts}], {column}, '[', ']', ' … ', 12) as snip
        from [{fts}] join [{table}] t on t.rowid = [{fts}].rowid join documents d on d.id = t.document_id
        where [{fts}] match :q and not exists (  -- a second copy of minutes is not a second hit
            select 1 from meeting_duplicates x where x.document_id = t.document_id
            and t.[{page_col}] between x.page_start and x.page_end)
        order by rank limit :limit"""
    for row in db.query(sql, {"q": match, "limit": limit}):
        yield row["rank"], Hit(table, row["filename"], row["page"], row["title"] or "", row["snip"])


def fts_query(text: str) -> str:
    """User words as an FTS5 query: each word quoted, so punctuation cannot be a syntax error."""
    words = [w.replace('"', "") for w in text.split()]
    return " ".join(f'"{w}"' for w in words if w)
