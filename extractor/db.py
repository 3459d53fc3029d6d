"""Every sqlite-utils call, SQL statement and table name: create and migrate the schema,
write documents (rows built from schema.TABLES), index, search; then, as named functions,
what the cross-document steps (finalise.py), the lineage command (trace.py) and the site's
pages (pages.py, lineage.py, changes.py, the Datasette plugin) read and write. No other
module writes SQL.

One writer: the build hands this module one DocumentResult at a time and each is written in
a single transaction (old rows of the same file replaced), so a killed build never leaves
half a document and the next run resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .models import DocumentResult, Meeting, SeenFile
from .schema import BY_NAME, FIRST_SEEN, TABLES, Table
from .text import page_ranges

if TYPE_CHECKING:  # sqlite-utils (and numpy, which it imports) is loaded where a database is opened:
    # an unchanged rebuild is found and recorded with the standard library's sqlite3 alone
    import sqlite_utils

    Database = sqlite_utils.Database  # what every function here takes; callers need not import sqlite-utils
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
    # every table a rebuilt document's rows are deleted from is found by document: without these
    # each document written scans them whole, and the writer slows as the database grows
    *((table, ("document_id",)) for table in DOCUMENT_TABLES if table not in ("pages", "mentions", "sections")),
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
    ("actions", ("organisation_id",)),
    ("actions", ("meeting_id",)),
    ("priorities", ("list_id",)),
    ("priorities", ("canonical_id",)),
    ("priority_links", ("from_priority_id",)),
    ("priority_links", ("to_priority_id",)),
    ("mentions", ("document_id", "page")),
    ("mentions", ("organisation_id",)),
    ("mentions", ("label",)),
    ("organisation_aliases", ("alias",)),
    ("documents", ("path",)),
    ("files", ("document_id",)),
    ("files", ("filename",)),
)


def stable_id(*parts: object) -> int:
    """A row id derived from content, so rebuilding a document keeps its rows' ids (and URLs)."""
    digest = hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()
    return int(digest[:15], 16)


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) a database and bring its schema up to date."""
    import sqlite_utils

    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=OFF")  # rows are replaced per document; integrity is kept by the writer
    migrate(db)
    return db


def open_read_only(path: Path) -> sqlite_utils.Database:
    """Open a built database for reading only: searching needs no write access to it."""
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        conn.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.OperationalError:  # a WAL database in a folder we cannot write: no -shm file
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    import sqlite_utils

    return sqlite_utils.Database(conn)


class PlainDatabase:
    """The standard library's connection with the three calls of sqlite-utils' Database that
    an unchanged rebuild makes (``conn``, ``execute``, ``query``), so that it runs the same
    functions here as every build without loading sqlite-utils: see `open_plain`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, parameters: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, parameters)
        names = [d[0] for d in cursor.description]
        return (dict(zip(names, row, strict=True)) for row in cursor)


def open_plain(path: Path | str) -> PlainDatabase:
    """An existing database opened as `connect` opens it (the write-ahead log, no foreign key
    checks, recursive triggers as sqlite-utils sets them) but with the standard library alone,
    for the check an unchanged rebuild makes before anything else is loaded. Its schema is
    not brought up to date: see `schema_current`."""
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA recursive_triggers=on")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=OFF")
    return PlainDatabase(conn)


def schema_current(db: PlainDatabase) -> bool:
    """Whether `migrate` would change nothing: every table there with all its columns and
    foreign keys, and every index."""
    for table in TABLES:
        columns = {row[1] for row in db.execute(f"pragma table_info([{table.name}])")}
        keys = {row[3] for row in db.execute(f"pragma foreign_key_list([{table.name}])")}
        if not columns or any(c.name not in columns or (c.references and c.name not in keys) for c in table.columns):
            return False
    indexed: dict[str, set[tuple[str, ...]]] = {}
    for name in {name for name, _ in INDEXES}:
        names = [row[1] for row in db.execute(f"pragma index_list([{name}])")]
        indexed[name] = {tuple(row[2] for row in db.execute(f"pragma index_info([{n}])")) for n in names}
    return all(columns in indexed[name] for name, columns in INDEXES)


def settled(db: Database | PlainDatabase, pruning: Callable[[str], bool] | None) -> bool:
    """Whether `adopt_documents` and `prune` would change nothing: every document has a file and
    sits at one of its files' paths, and (with `pruning`, the test that a path is present)
    every file is there."""
    if db.conn.execute("select 1 from documents where id not in (select document_id from files)").fetchone():
        return False
    if pruning is None:
        return True
    paths = [path for (path,) in db.conn.execute("select path from files")]
    return all(pruning(path) for path in paths) and not _moves(db)


def migrate(db: sqlite_utils.Database) -> None:
    """Create missing tables and add missing columns: migrations only ever add."""
    for table in _referenced_first(TABLES):
        _ensure_table(db, table)
    for name, columns in INDEXES:
        sqlite_table(db, name).create_index(list(columns), if_not_exists=True)


def sqlite_table(db: sqlite_utils.Database, name: str) -> sqlite_utils.db.Table:
    """`db[name]` as the Table it always is here: sqlite-utils types it `Table | View`."""
    import sqlite_utils

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


def write_document(db: sqlite_utils.Database, result: DocumentResult, files: Sequence[SeenFile] = ()) -> None:
    """Write one document and all its facts, and point its files at it, in a single transaction.

    Plain executemany, not sqlite-utils' insert_all: that commits as it goes, and a build
    killed between two of its commits would leave half a document behind.
    """
    with db.conn:
        previous = _documents_of(db, files)
        first_seen = _first_seen(db, {result.id, *previous})
        delete_document(db, result.id)
        insert_rows(db, "documents", [_document_row(result)])
        for table, rows in _fact_rows(result):
            insert_rows(db, table, rows)
        _point_files(db, files, result.id)  # deletes the previous versions no other file holds
        _keep_first_seen(db, result.id, first_seen)


def known_files(db: sqlite_utils.Database) -> dict[str, dict[str, Any]]:
    """The files table by path: size, mtime, sha256 and document of each file built."""
    return {r["path"]: r for r in db.query("select path, size, mtime, sha256, document_id from files")}


def record_files(db: sqlite_utils.Database, files: Iterable[SeenFile]) -> None:
    """Point files whose bytes are already a document at it, in one transaction."""
    with db.conn:
        _point_files(db, files)


def _point_files(db: sqlite_utils.Database, files: Iterable[SeenFile], document_id: str | None = None) -> None:
    """Upsert each file's row; a document no file points at any more (its only file changed)
    is deleted, so a changed copy never takes another copy's document with it."""
    seen = datetime.now(UTC).isoformat(timespec="seconds")
    before: set[str] = set()
    for f in files:
        old = db.conn.execute("select document_id from files where path = ?", [f.path]).fetchone()
        before |= {old[0]} if old else set()
        db.conn.execute(
            "insert or replace into files (path, filename, size, mtime, sha256, document_id, seen_at) "
            "values (?, ?, ?, ?, ?, ?, ?)",
            [f.path, Path(f.path).name, f.size, iso_time(f.mtime), f.sha256, document_id or f.sha256, seen],
        )
    _delete_orphans(db, before)


def iso_time(mtime: float) -> str:
    return datetime.fromtimestamp(mtime, UTC).isoformat(timespec="microseconds")


def _delete_orphans(db: sqlite_utils.Database, candidates: Iterable[str]) -> list[str]:
    """Delete those of `candidates` that no file points at; their ids."""
    gone = [d for d in candidates if not db.conn.execute("select 1 from files where document_id = ?", [d]).fetchone()]
    for document_id in gone:
        delete_document(db, document_id)
    return gone


def prune(db: sqlite_utils.Database, present: Callable[[str], bool]) -> list[str]:
    """Forget the files that are gone (`present` is false) and the documents only they held;
    the paths forgotten. One transaction."""
    with db.conn:
        rows = db.conn.execute("select path, document_id from files").fetchall()
        gone = [(path, document_id) for path, document_id in rows if not present(path)]
        db.conn.executemany("delete from files where path = ?", [(path,) for path, _ in gone])
        _delete_orphans(db, {document_id for _, document_id in gone})
        _follow_moves(db)
    return sorted(path for path, _ in gone)


def _follow_moves(db: sqlite_utils.Database) -> None:
    """A document whose recorded path is no longer one of its files (renamed, or deleted while
    a copy remains) takes the path of one that is."""
    for document_id, path in _moves(db):
        db.conn.execute(
            "update documents set path = ?, filename = ? where id = ?", [path, Path(path).name, document_id]
        )


def _moves(db: Database | PlainDatabase) -> list[tuple[str, str]]:
    """(document, the path it moves to) for each document that `_follow_moves` moves."""
    held: dict[str, list[str]] = {}
    for document_id, path in db.conn.execute("select document_id, path from files order by path"):
        held.setdefault(document_id, []).append(path)
    moves = []
    for document_id, path in db.conn.execute("select id, path from documents").fetchall():
        paths = held.get(document_id)
        if paths and os.path.abspath(path or "") not in paths:  # a build may be given relative paths
            moves.append((document_id, paths[0]))
    return moves


def adopt_documents(db: sqlite_utils.Database) -> None:
    """Give each document built before the files table existed a file row from its path."""
    with db.conn:
        for document_id, path, size in db.conn.execute(
            "select id, path, size from documents where id not in (select document_id from files)"
        ).fetchall():
            if path:
                db.conn.execute(
                    "insert or ignore into files (path, filename, size, sha256, document_id) values (?, ?, ?, ?, ?)",
                    [os.path.abspath(path), Path(path).name, size, document_id, document_id],
                )


def _documents_of(db: sqlite_utils.Database, files: Iterable[SeenFile]) -> set[str]:
    """The documents these files held before this build: the versions a new one replaces."""
    found = set()
    for f in files:
        row = db.conn.execute("select document_id from files where path = ?", [f.path]).fetchone()
        found |= {row[0]} if row else set()
    return found


# ---- what's new: builds and the build that first saw each fact ------------------------------

# how a fact is recognised in a new version of its file: rows whose key reads the same keep
# the build that first saw them
FIRST_SEEN_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("id",),
    "meetings": ("body", "date"),
    "agenda_items": ("number", "title"),
    "decisions": ("text",),
    "votes": ("text",),
    "actions": ("text",),
    "priority_lists": ("name", "period"),
    "priorities": ("text",),
}


def _document_column(table: str) -> str:
    return "id" if table == "documents" else "document_id"


def _first_seen(db: sqlite_utils.Database, document_ids: set[str]) -> dict[tuple[str, tuple[Any, ...]], int]:
    """(table, key) -> the earliest build that saw it, over the old versions of a document."""
    marks = ", ".join("?" * len(document_ids))
    seen: dict[tuple[str, tuple[Any, ...]], int] = {}
    for table in FIRST_SEEN:
        key = ", ".join(f"[{c}]" for c in FIRST_SEEN_KEYS[table])
        sql = (
            f"select {key}, min(first_build_id) from [{table}] where [{_document_column(table)}] in ({marks}) "
            f"and first_build_id is not null group by {key}"
        )
        for row in db.conn.execute(sql, list(document_ids)):
            seen[(table, tuple(row[:-1]))] = row[-1]
    return seen


def _keep_first_seen(db: sqlite_utils.Database, document_id: str, seen: dict[tuple[str, tuple[Any, ...]], int]) -> None:
    if not seen:
        return
    for table in FIRST_SEEN:
        columns = FIRST_SEEN_KEYS[table]
        rows = db.conn.execute(
            f"select id, {', '.join(f'[{c}]' for c in columns)} from [{table}] where [{_document_column(table)}] = ?",
            [document_id],
        ).fetchall()
        updates = [(seen[(table, tuple(r[1:]))], r[0]) for r in rows if (table, tuple(r[1:])) in seen]
        db.conn.executemany(f"update [{table}] set first_build_id = ? where id = ?", updates)


@dataclass(frozen=True)
class BuildRecord:
    started_at: str
    files: int
    processed: int
    unchanged: int
    failed: int
    needs_ocr: int
    pages: int
    cross_document: str = "ran"  # or "incremental", "skipped"
    inputs_sha256: str | None = None
    cross_document_note: str | None = None
    documents: int | None = None
    settings_sha256: str | None = None


def last_inputs(db: sqlite_utils.Database) -> str | None:
    """The fingerprint the cross-document steps were current for after the last finished build."""
    row = db.conn.execute("select inputs_sha256 from builds order by id desc limit 1").fetchone()
    return row[0] if row else None


def last_finalised(db: sqlite_utils.Database) -> tuple[int | None, str | None]:
    """The documents the cross-document steps were current for after the last finished build
    (how many), and the settings they ran with; (None, None) before any."""
    row = db.conn.execute("select documents, settings_sha256, inputs_sha256 from builds order by id desc limit 1")
    found = row.fetchone()
    return (found[0], found[1]) if found and found[2] else (None, None)


def new_documents(db: sqlite_utils.Database) -> tuple[set[str], int]:
    """The documents no finished build has seen yet (written since the cross-document steps last
    ran), and how many of the others there are."""
    new, seen = set(), 0
    for document_id, first_build in db.conn.execute("select id, first_build_id from documents"):
        if first_build is None:
            new.add(document_id)
        else:
            seen += 1
    return new, seen


def record_build(db: sqlite_utils.Database, record: BuildRecord) -> int:
    """A `builds` row for a finished build; every fact no build has seen yet is this build's.
    The write-ahead log is folded into the file again, as finalise leaves it (Datasette opens
    the file immutable)."""
    with db.conn:
        cursor = db.conn.execute(
            "insert into builds (started_at, finished_at, version, files, processed, unchanged, failed, needs_ocr, "
            "pages, cross_document, inputs_sha256, cross_document_note, documents, settings_sha256) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                record.started_at,
                datetime.now(UTC).isoformat(timespec="seconds"),
                __version__,
                record.files,
                record.processed,
                record.unchanged,
                record.failed,
                record.needs_ocr,
                record.pages,
                record.cross_document,
                record.inputs_sha256,
                record.cross_document_note,
                record.documents,
                record.settings_sha256,
            ],
        )
        build_id = int(cursor.lastrowid or 0)
        new = sum(
            db.conn.execute(f"update [{t}] set first_build_id = ? where first_build_id is null", [build_id]).rowcount
            for t in FIRST_SEEN
        )
        db.conn.execute("update builds set new_facts = ? where id = ?", [new, build_id])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return build_id


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


# columns a later step fills: the cross-document steps (organisations, canonical priorities)
# and the build's record (the build that first saw a row)
FILLED_LATER = frozenset({"organisation_id", "canonical_id", "first_build_id", "version_group"})


def _row(table: str, record: object, **known: object) -> dict[str, Any]:
    """A row of `table` with every column schema.TABLES declares: the value given in `known`,
    else None for a column a later step fills, else the record's attribute of the same name (a
    column with neither is an AttributeError, not a silent null)."""
    return {
        c.name: known[c.name] if c.name in known else None if c.name in FILLED_LATER else getattr(record, c.name)
        for c in BY_NAME[table].columns
    }


def _document_row(r: DocumentResult) -> dict[str, Any]:
    return _row(
        "documents",
        r,
        built_at=datetime.now(UTC).isoformat(timespec="seconds"),
        pipeline_version=__version__,
        ocr_pages=page_ranges([p.page for p in r.pages if p.ocr]) or None,
    )


def _fact_rows(r: DocumentResult) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    d = r.id
    yield "pages", [_row("pages", p, document_id=d, stamps="; ".join(p.stamps) or None) for p in r.pages]
    yield (
        "document_parts",
        [
            _row("document_parts", p, id=stable_id(d, "part", n), document_id=d, position=n)
            for n, p in enumerate(r.parts, 1)
        ],
    )
    yield "sections", [_section_row(d, s) for s in r.sections]
    yield from _meeting_rows(d, r.meetings)
    yield "actions", [_action_row(d, ("plan", n), a) for n, a in enumerate(r.actions)]
    yield from _priority_rows(d, r)
    yield (
        "mentions",
        [_row("mentions", m, id=stable_id(d, "mention", n), document_id=d) for n, m in enumerate(r.mentions)],
    )
    yield (
        "organisation_definitions",
        [
            _row("organisation_definitions", a, id=stable_id(d, "definition", n), document_id=d)
            for n, a in enumerate(r.aliases)
        ],
    )
    yield "dates", [_row("dates", x, id=stable_id(d, "date", n), document_id=d) for n, x in enumerate(r.dates)]


def _section_row(d: str, s: Any) -> dict[str, Any]:
    parent = stable_id(d, "section", s.parent) if s.parent is not None else None
    return _row("sections", s, id=stable_id(d, "section", s.key), document_id=d, parent_id=parent)


def _action_row(
    d: str, key: tuple[object, ...], a: Any, meeting_id: int | None = None, item_id: int | None = None
) -> dict[str, Any]:
    return _row(
        "actions", a, id=stable_id(d, "action", *key), document_id=d, meeting_id=meeting_id, agenda_item_id=item_id
    )


def _meeting_rows(d: str, meetings: tuple[Meeting, ...]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    rows: dict[str, list[dict[str, Any]]] = {
        k: [] for k in ("meetings", "attendees", "agenda_items", "decisions", "votes", "actions")
    }
    for m_no, m in enumerate(meetings):
        mid = stable_id(d, "meeting", m_no)
        year = int(m.date[:4]) if m.date and m.date[:4].isdigit() else None
        rows["meetings"].append(_row("meetings", m, id=mid, document_id=d, year=year))
        rows["attendees"] += [
            _row("attendees", a, id=stable_id(mid, "attendee", n), meeting_id=mid, document_id=d, page=a.page or m.page)
            for n, a in enumerate(m.attendees)
        ]
        for i_no, item in enumerate(m.items):
            iid = stable_id(mid, "item", i_no)
            rows["agenda_items"].append(_row("agenda_items", item, id=iid, meeting_id=mid, document_id=d))
            _item_facts(rows, d, mid, iid, item)
    yield from rows.items()


def _item_facts(rows: dict[str, list[dict[str, Any]]], d: str, mid: int, iid: int, item: Any) -> None:
    for n, dec in enumerate(item.decisions):
        did = stable_id(iid, "decision", n)
        rows["decisions"].append(_row("decisions", dec, id=did, meeting_id=mid, agenda_item_id=iid, document_id=d))
        rows["votes"] += [_vote_row(d, mid, iid, did, (did, k), v) for k, v in enumerate(dec.votes)]
    rows["votes"] += [_vote_row(d, mid, iid, None, (iid, "vote", k), v) for k, v in enumerate(item.votes)]
    rows["actions"] += [_action_row(d, (iid, n), a, mid, iid) for n, a in enumerate(item.actions)]


def _vote_row(d: str, mid: int, iid: int, did: int | None, key: tuple[object, ...], v: Any) -> dict[str, Any]:
    return _row(
        "votes",
        v,
        id=stable_id(*key, "vote"),
        meeting_id=mid,
        agenda_item_id=iid,
        decision_id=did,
        document_id=d,
    )


def _priority_rows(d: str, r: DocumentResult) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    lists, items = [], []
    for n, pl in enumerate(r.priority_lists):
        lid = stable_id(d, "list", n)
        lists.append(_row("priority_lists", pl, id=lid, document_id=d))
        items += [
            _row("priorities", p, id=stable_id(lid, "priority", p.position), list_id=lid, document_id=d)
            for p in pl.items
        ]
    yield "priority_lists", lists
    yield "priorities", items


def enable_search(db: sqlite_utils.Database) -> None:
    """FTS5 tables named as sqlite-utils names them (sections_fts...), kept in sync by triggers.

    Self-checking, so that a build killed half-way through it is repaired by the next one:
    each index and its triggers are created in one transaction, and an index that holds a
    different number of rows from its table (new, or left empty by a kill) is rebuilt.
    """
    for table in TABLES:
        if table.fts:
            with _transaction(db):
                _ensure_search(db, table.name, table.fts)


def _ensure_search(db: sqlite_utils.Database, table: str, columns: tuple[str, ...]) -> None:
    fts = f"{table}_fts"
    names = ", ".join(f"[{c}]" for c in columns)
    old = ", ".join(f"old.[{c}]" for c in columns)
    new = ", ".join(f"new.[{c}]" for c in columns)
    insert = f"insert into [{fts}] (rowid, {names}) values (new.rowid, {new});"
    delete = f"insert into [{fts}] ([{fts}], rowid, {names}) values ('delete', old.rowid, {old});"
    for statement in (
        f"create virtual table if not exists [{fts}] using FTS5 ({names}, tokenize='porter', content=[{table}])",
        f"create trigger if not exists [{table}_ai] after insert on [{table}] begin {insert} end",
        f"create trigger if not exists [{table}_ad] after delete on [{table}] begin {delete} end",
        f"create trigger if not exists [{table}_au] after update on [{table}] begin {delete} {insert} end",
    ):
        db.conn.execute(statement)
    indexed = db.conn.execute(f"select count(*) from [{fts}_docsize]").fetchone()[0]
    if indexed != db.conn.execute(f"select count(*) from [{table}]").fetchone()[0]:
        db.conn.execute(f"insert into [{fts}]([{fts}]) values ('rebuild')")


@contextmanager
def _transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """An explicit transaction: Python's sqlite3 opens none before CREATE statements."""
    db.conn.execute("begin immediate")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


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
    id: int = 0  # the row's id in its table: a row matched by the phrase and by the words is one hit


@dataclass(frozen=True)
class HitGroup:
    """The best hits of one table and how many rows of it match (as the web search groups them)."""

    table: str
    count: int
    hits: list[Hit]


# table -> (the hit's title as SQL over the row t, its page column, the text column)
SEARCH_SQL = {
    "sections": ("trim(coalesce(t.number, '') || ' ' || coalesce(t.heading, ''))", "page_start", "text"),
    "decisions": (
        "(select m.body || ', ' || m.date || ': ' from meetings m where m.id = t.meeting_id) || coalesce(t.kind, '')",
        "page",
        "text",
    ),
    "actions": ("t.owner", "page", "text"),
    "priorities": ("(select l.name from priority_lists l where l.id = t.list_id)", "page", "text"),
}


def search(
    db: sqlite_utils.Database, query: str, limit: int = 10, tables: Iterable[str] = tuple(SEARCH_SQL)
) -> list[Hit]:
    """The best matches across the searchable tables, with highlighted snippets: rows that
    hold the words as a phrase first, then rows that hold them all; bm25 orders each group.
    Each row is one hit, however many of the queries match it, and rows of one document whose
    matching passage reads the same (a list printed twice) are one hit."""
    hits: list[Hit] = []
    seen: set[tuple[str, object, str]] = set()
    for match in _match_queries(query):
        # twice the rows asked for: some are the same row or passage again
        for _, hit in sorted((h for t in tables for h in _search_table(db, t, match, 2 * limit)), key=lambda x: x[0]):
            keys = {(hit.table, hit.id, ""), (hit.table, hit.document, _unmarked(hit.snippet))}
            if not keys & seen and len(hits) < limit:
                seen |= keys
                hits.append(hit)
    return hits


def _unmarked(snippet: str) -> str:
    return snippet.replace("[", "").replace("]", "").lower()


def search_groups(db: sqlite_utils.Database, query: str, limit: int = 10) -> list[HitGroup]:
    """Per searchable table with matches: how many rows hold all the words, and the best `limit`."""
    queries = _match_queries(query)
    if not queries:
        return []
    groups = []
    for table in SEARCH_SQL:
        count = db.execute(f"select count(*) from [{table}_fts] where [{table}_fts] match ?", [queries[-1]]).fetchone()[
            0
        ]
        if count:
            groups.append(HitGroup(table, count, search(db, query, limit, tables=(table,))))
    return groups


def _match_queries(query: str) -> list[str]:
    """The phrase (for two words or more), then all the words: each quoted, so punctuation is no syntax."""
    words = [w.replace('"', "") for w in query.split() if w.replace('"', "")]
    if not words:
        return []
    queries = [" ".join(f'"{w}"' for w in words)]
    if len(words) > 1:
        queries.insert(0, '"' + " ".join(words) + '"')
    return queries


def _search_table(db: sqlite_utils.Database, table: str, match: str, limit: int) -> Iterator[tuple[float, Hit]]:
    title_col, page_col, _ = SEARCH_SQL[table]
    fts = f"{table}_fts"
    sql = f"""
        select bm25([{fts}]) as rank, t.id, d.filename, t.[{page_col}] as page, {title_col} as title,
               snippet([{fts}], -1, '[', ']', ' … ', 12) as snip  -- the column that matches best
        from [{fts}] join [{table}] t on t.rowid = [{fts}].rowid join documents d on d.id = t.document_id
        where [{fts}] match :q and not exists (  -- a second copy of minutes is not a second hit
            select 1 from meeting_duplicates x where x.document_id = t.document_id
            and t.[{page_col}] between x.page_start and x.page_end)
        order by rank limit :limit"""
    for row in db.query(sql, {"q": match, "limit": limit}):
        yield row["rank"], Hit(table, row["filename"], row["page"], row["title"] or "", row["snip"], row["id"])


def fts_query(text: str) -> str:
    """User words as an FTS5 query: each word quoted, so punctuation cannot be a syntax error."""
    words = [w.replace('"', "") for w in text.split()]
    return " ".join(f'"{w}"' for w in words if w)


# ---- the cross-document steps' reads and writes (extractor/finalise.py holds their logic) ------


@contextmanager
def one_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """The caller's reads and writes as one transaction: committed together, or rolled back
    together when anything in the block raises (a killed step leaves the previous results)."""
    with db.conn:
        yield


def checkpoint(db: sqlite_utils.Database) -> None:
    """Tidy after the cross-document steps. Datasette opens the file immutable, which ignores
    the write-ahead log: it is folded into the file."""
    db.execute("PRAGMA optimize")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def document_stamps(db: sqlite_utils.Database) -> list[tuple[Any, ...]]:
    """(id, status, built_at) of every document, by id: what says a document changed."""
    return db.conn.execute("select id, status, built_at from documents order by id").fetchall()


def inputs_fingerprint(db: sqlite_utils.Database, settings: str) -> str:
    """A fingerprint of everything the cross-document steps read: the pipeline settings' and
    version's (`settings`) and each document's stamp (`document_stamps`)."""
    digest = hashlib.sha256(settings.encode())
    for row in document_stamps(db):
        digest.update(repr(row).encode())
    return digest.hexdigest()


def organisation_definitions(db: sqlite_utils.Database) -> dict[str, str]:
    """Full name -> the acronym a document defines for it ("Kent Police (KP)")."""
    return {r["name"]: r["alias"] for r in db.query("select name, alias from organisation_definitions")}


def organisation_mentions(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every ORG mention that normalised to a name: id, document_id, text, normalized."""
    sql = "select id, document_id, text, normalized from mentions where label = 'ORG' and normalized is not null"
    return list(db.query(sql))


def write_organisations(
    db: sqlite_utils.Database,
    organisations: list[dict[str, Any]],
    aliases: list[dict[str, Any]],
    merges: list[dict[str, Any]],
) -> int:
    """Make the organisations, their aliases and the merges that made them these rows; how many
    rows changed (only those are written)."""
    return (
        sync_rows(db, "organisations", organisations, ("id",))
        + sync_rows(db, "organisation_aliases", aliases, ("organisation_id", "alias"))
        + sync_rows(db, "organisation_merges", merges, ("id",))
    )


def sync_rows(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]], key: tuple[str, ...]) -> int:
    """Make `table` hold exactly `rows` (keyed by `key`, the last of equal keys winning, as
    insert-or-replace does): rows gone are deleted, new or changed ones written, equal ones left
    alone. The number of rows deleted or written."""
    wanted = {tuple(r[k] for k in key): r for r in rows}
    existing = {tuple(r[k] for k in key): r for r in db.query(f"select * from [{table}]")}
    gone = [k for k in existing if k not in wanted]
    changed = [r for k, r in wanted.items() if k not in existing or any(existing[k][c] != v for c, v in r.items())]
    where = " and ".join(f"[{k}] = ?" for k in key)
    db.conn.executemany(f"delete from [{table}] where {where}", gone)
    insert_rows(db, table, changed)
    return len(gone) + len(changed)


def _update_column(db: sqlite_utils.Database, table: str, column: str, values: Iterable[tuple[int, Any]]) -> int:
    """Set `column` of each (row id, value) where it differs; how many rows changed."""
    current = dict(db.conn.execute(f"select id, [{column}] from [{table}]").fetchall())
    changes = [(value, row) for row, value in values if row in current and current[row] != value]
    db.conn.executemany(f"update [{table}] set [{column}] = ? where id = ?", changes)
    return len(changes)


def set_mention_organisations(db: sqlite_utils.Database, organisation_of: dict[int, int | None]) -> int:
    """Point each mention id at its organisation; every other mention at none. Rows changed."""
    ids = [r[0] for r in db.conn.execute("select id from mentions")]
    return _update_column(db, "mentions", "organisation_id", ((m, organisation_of.get(m)) for m in ids))


def action_owners(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """id and owner of every action that names its owner."""
    return list(db.query("select id, owner from actions where owner is not null"))


def set_action_organisations(db: sqlite_utils.Database, organisation_of: Iterable[tuple[int, int | None]]) -> int:
    """Set each (action id, organisation id); rows changed."""
    return _update_column(db, "actions", "organisation_id", organisation_of)


def priority_items(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every priority with its list's owner and period, in period, page, list and position order."""
    return list(db.query(_PRIORITY_ITEMS_SQL.format(context="null", where="")))


def priority_items_in_context(db: sqlite_utils.Database, list_ids: Iterable[int]) -> list[dict[str, Any]]:
    """The priorities of these lists, as priority_items gives them, each with the text of the
    pages around its list (context)."""
    ids = sorted(set(list_ids))
    context = """(select group_concat(g.text, char(10)) from pages g
                   where g.document_id = p.document_id and g.page between l.page - 1 and l.page + 1)"""
    sql = _PRIORITY_ITEMS_SQL.format(context=context, where="where l.id in (select value from json_each(?))")
    return list(db.query(sql, [json.dumps(ids)]))


_PRIORITY_ITEMS_SQL = """
    select p.id, p.list_id, p.document_id, p.text, p.position, p.page, l.owner, l.period_start,
           {context} as context
    from priorities p join priority_lists l on l.id = p.list_id {where}
    order by l.period_start, l.page, p.list_id, p.position"""


def set_canonical_priorities(db: sqlite_utils.Database, canonical_of: dict[int, int]) -> int:
    """Priority id -> its cluster's representative; every other priority's is cleared. Rows changed."""
    ids = [r[0] for r in db.conn.execute("select id from priorities")]
    return _update_column(db, "priorities", "canonical_id", ((p, canonical_of.get(p)) for p in ids))


def priority_list_owners(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Each priority list with what names its owner, its document's kind, publisher and date, and
    the version group the cross-document steps last gave it."""
    return list(
        db.query("""select l.id, l.document_id, l.owner, l.name, l.source, l.kind, l.period_start, l.version_group,
                           d.kind as document_kind, d.publisher, d.published_date
                    from priority_lists l join documents d on d.id = l.document_id""")
    )


def set_list_organisations(db: sqlite_utils.Database, organisation_of: Iterable[tuple[int, int | None]]) -> int:
    """Set each (priority list id, organisation id); rows changed."""
    return _update_column(db, "priority_lists", "organisation_id", organisation_of)


def set_version_groups(db: sqlite_utils.Database, group_of: Iterable[tuple[int, str | None]]) -> int:
    """Set each (priority list id, version group); rows changed."""
    return _update_column(db, "priority_lists", "version_group", group_of)


def page_texts(db: sqlite_utils.Database, document_ids: Iterable[str]) -> Iterator[tuple[str, int, str]]:
    """(document id, page, text) of every page of these documents, in document and page order."""
    sql = "select document_id, page, text from pages where document_id in (select value from json_each(?))"
    for r in db.query(sql + " order by document_id, page", [json.dumps(sorted(set(document_ids)))]):
        yield r["document_id"], r["page"], r["text"] or ""


def replace_priority_links(db: sqlite_utils.Database, list_ids: Iterable[int], links: list[dict[str, Any]]) -> None:
    """Replace the links from the priorities of these lists (the lists of the version groups
    linked again) with `links`."""
    db.conn.execute(
        "delete from priority_links where from_priority_id in "
        "(select id from priorities where list_id in (select value from json_each(?)))",
        [json.dumps(sorted(set(list_ids)))],
    )
    insert_rows(db, "priority_links", links)


def clear_priority_links(db: sqlite_utils.Database) -> None:
    db.execute("delete from priority_links")


def meeting_groups(db: sqlite_utils.Database, document_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """id, body and date of every meeting (of these documents only, when given)."""
    sql = "select id, body, date from meetings"
    if document_ids is None:
        return list(db.query(sql))
    where = " where document_id in (select value from json_each(?))"
    return list(db.query(sql + where, [json.dumps(sorted(document_ids))]))


def meeting_texts(db: sqlite_utils.Database, dates: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Every meeting (held on these dates only, when given) with the text of its pages and a key
    that orders copies (document date, page, document id)."""
    if dates is None:
        return list(db.query(_MEETING_TEXTS_SQL))
    where = " where m.date in (select value from json_each(?))"
    return list(db.query(_MEETING_TEXTS_SQL + where, [json.dumps(sorted(set(dates)))]))


_MEETING_TEXTS_SQL = """
    select m.id, m.document_id, m.body, m.date, m.page, coalesce(m.page_end, m.page) as page_end,
           coalesce(d.published_date, '') || ':' || printf('%06d', m.page) || ':' || d.id as order_key,
           (select group_concat(g.text, char(10)) from pages g where g.document_id = m.document_id
             and g.page between m.page and coalesce(m.page_end, m.page)) as text
    from meetings m join documents d on d.id = m.document_id"""


def replace_meeting_duplicates(
    db: sqlite_utils.Database, meeting_ids: Iterable[int] | None, duplicates: list[dict[str, Any]]
) -> None:
    """Replace the links from minutes printed again to their first copy: those from these
    meetings (the groups looked at again), or all of them when None."""
    if meeting_ids is None:
        db.execute("delete from meeting_duplicates")
    else:
        sql = "delete from meeting_duplicates where meeting_id in (select value from json_each(?))"
        db.conn.execute(sql, [json.dumps(sorted(set(meeting_ids)))])
    insert_rows(db, "meeting_duplicates", duplicates)


# ---- priority lineage (extractor/trace.py) --------------------------------------------------


def priority_texts(db: sqlite_utils.Database) -> dict[int, str]:
    """Every priority's text by id, in id order."""
    return {r["id"]: r["text"] for r in db.query("select id, text from priorities order by id")}


def search_priorities(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[int]:
    """Ids of the priorities the FTS query matches, best first; none before search is indexed."""
    if not db["priorities_fts"].exists():
        return []
    sql = "select rowid from priorities_fts where priorities_fts match :q order by rank limit :limit"
    return [r["rowid"] for r in db.query(sql, {"q": query, "limit": limit})]


def link_counts(db: sqlite_utils.Database, ids: list[int]) -> dict[int, int]:
    """How many lineage links each of these priorities has, either way."""
    return {
        r["id"]: r["n"]
        for r in db.query(
            f"""select p.id, (select count(*) from priority_links k
                           where k.from_priority_id = p.id or k.to_priority_id = p.id) as n
            from priorities p where p.id in ({", ".join("?" * len(ids))})""",
            ids,
        )
    }


def priority_links(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every lineage link as a (from), b (to), relation, score and evidence."""
    return list(
        db.query("select from_priority_id as a, to_priority_id as b, relation, score, evidence from priority_links")
    )


def priority_versions(db: sqlite_utils.Database, ids: list[int]) -> list[dict[str, Any]]:
    """These priorities with what a timeline prints: text, page, the list's period, date (its
    period start, else the document's date), owner (its organisation, else as printed) and
    name, and the document's file name."""
    return list(
        db.query(
            f"""select p.id, p.text, p.page, l.period, coalesce(l.period_start, d.published_date) as date,
                   coalesce(o.name, l.owner) as owner, l.name as list_name, d.filename
            from priorities p join priority_lists l on l.id = p.list_id
            join documents d on d.id = p.document_id left join organisations o on o.id = l.organisation_id
            where p.id in ({", ".join("?" * len(ids))})""",
            ids,
        )
    )


# ---- the web site's SQL: run by the Datasette plugin (extractor/datasette_plugin.py) through
# Datasette, which holds the connection and the time limit -----------------------------------

# A list that states no period is placed at its document's date (and drawn paler) rather than left out.
TIMELINE_SQL = """
    select l.id, coalesce(o.name, l.owner) as owner, l.organisation_id, l.name, l.kind, l.period,
           coalesce(l.period_start, d.published_date) as period_start,
           case when l.period_start is null then d.published_date else l.period_end end as period_end,
           l.period_start is null as dated_by_document,
           (select count(*) from priorities p where p.list_id = l.id) as priorities
    from priority_lists l left join organisations o on o.id = l.organisation_id
    join documents d on d.id = l.document_id
    where coalesce(l.period_start, d.published_date) is not null and coalesce(o.name, l.owner) is not null
    order by owner, period_start, l.page"""

DECISIONS_SQL = """
    select m.body, substr(m.date, 1, 4) as year, count(d.id) as decisions
    from meetings m join decisions d on d.meeting_id = m.id
    where m.date is not null
    group by m.body, year order by m.body, year"""

MEETING_LABEL_SQL = "select body, date from meetings where id = ?"
DOCUMENT_LABEL_SQL = "select filename, title from documents where id = ?"


def row_label_sql(table: str, label_column: str | None) -> str:
    """A row's label and the meeting it opens in, by id: an agenda item by its number and title,
    in its meeting; another row by its label column."""
    if table == "agenda_items":
        return (
            "select trim(coalesce(number || '. ', '') || coalesce(title, '')) as label, meeting_id "
            "from agenda_items where id = ?"
        )
    return f"select [{label_column}] as label, null as meeting_id from [{table}] where id = ?"


PDF_SQL = """
    select f.path, f.size from files f join documents d on d.id = f.document_id
    where f.filename = :name and d.status in ('ok', 'needs_ocr') order by f.path"""
LEGACY_PDF_SQL = """
    select path, size from documents where filename = :name and status in ('ok', 'needs_ocr')"""


# The web search (/-/search). table -> (a title for the hit, its page column); the text column
# is the table's last FTS column
WEB_SEARCHABLE: dict[str, tuple[str, str]] = {
    "sections": ("trim(coalesce(t.number, '') || ' ' || coalesce(t.heading, ''))", "page_start"),
    "decisions": (
        (
            "(select m.body || ', ' || m.date from meetings m where m.id = t.meeting_id) "
            "|| ': ' || coalesce(t.kind, 'decision')"
        ),
        "page",
    ),
    "actions": ("coalesce(t.owner, 'Action')", "page"),
    "priorities": ("(select l.name from priority_lists l where l.id = t.list_id)", "page"),
}
MARK_START, MARK_END = "⟦", "⟧"  # snippet markers: readable in JSON and CSV, never in council text


# table -> the meeting a hit belongs to: its own meeting_id, or for a section the meeting whose
# minutes span its page
MEETING_OF = {
    "sections": (
        "(select m.id from meetings m where m.document_id = t.document_id "
        "and t.page_start between m.page and coalesce(m.page_end, m.page) order by m.page desc limit 1)"
    ),
    "decisions": "t.meeting_id",
    "actions": "t.meeting_id",
    "priorities": "null",
}


def web_search_sql(table: str, ranked: bool = True) -> str:
    """The best (or, unranked, the first) `limit` matches of `:q` in one table, with a snippet
    whose matches are marked and the meeting the hit belongs to, where it belongs to one."""
    title, page = WEB_SEARCHABLE[table]
    fts = f"{table}_fts"
    column = len(BY_NAME[table].fts) - 1
    return f"""
        select hit.*, m.body || coalesce(', ' || m.date, '') as meeting from (
            select t.id, {title} as title, t.[{page}] as page, d.filename,
                   snippet([{fts}], {column}, '{MARK_START}', '{MARK_END}', ' … ', 24) as snippet,
                   {MEETING_OF[table]} as meeting_id
            from [{fts}] join [{table}] t on t.rowid = [{fts}].rowid
            join documents d on d.id = t.document_id
            where [{fts}] match :q order by {"rank" if ranked else f"[{fts}].rowid"} limit :limit
        ) hit left join meetings m on m.id = hit.meeting_id"""


def web_count_sql(table: str) -> str:
    return f"select count(*) from [{table}_fts] where [{table}_fts] match :q"


# ---- the site's own pages (extractor/pages.py, lineage.py, changes.py): reads over the plain
# sqlite3 connection Datasette hands to `execute_fn`; tests open the file themselves ------------


def _rows(conn: sqlite3.Connection, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    return [dict(r) for r in cursor.execute(sql, params).fetchall()]


def _one(conn: sqlite3.Connection, sql: str, params: Any = ()) -> dict[str, Any] | None:
    found = _rows(conn, sql, params)
    return found[0] if found else None


def meeting(conn: sqlite3.Connection, meeting_id: int) -> dict[str, Any] | None:
    """A meeting's row with its document's filename and title (document_title)."""
    return _one(
        conn,
        """select m.*, d.filename, d.title as document_title from meetings m join documents d on d.id = m.document_id
           where m.id = ?""",
        [meeting_id],
    )


# a meeting's facts, each in the order its page lists them
MEETING_FACT_ORDER = {"decisions": "page, id", "votes": "page, id", "actions": "page, due_date, id"}


def meeting_facts(conn: sqlite3.Connection, meeting_id: int) -> dict[str, list[dict[str, Any]]]:
    """A meeting's decisions, votes and actions, by kind."""
    return {
        table: _rows(conn, f"select * from [{table}] where meeting_id = ? order by {order}", [meeting_id])
        for table, order in MEETING_FACT_ORDER.items()
    }


def agenda_items(conn: sqlite3.Connection, meeting_id: int) -> list[dict[str, Any]]:
    return _rows(conn, "select * from agenda_items where meeting_id = ?", [meeting_id])


def attendees(conn: sqlite3.Connection, meeting_id: int) -> list[dict[str, Any]]:
    return _rows(conn, "select * from attendees where meeting_id = ? order by page, id", [meeting_id])


def original_meeting(conn: sqlite3.Connection, meeting_id: int) -> dict[str, Any] | None:
    """The first copy of minutes this meeting repeats: its id and filename."""
    return _one(
        conn,
        """select x.original_meeting_id as id, d.filename from meeting_duplicates x
           join documents d on d.id = x.original_document_id where x.meeting_id = ?""",
        [meeting_id],
    )


def meeting_copies(conn: sqlite3.Connection, meeting_id: int) -> list[dict[str, Any]]:
    """The later copies of this meeting's minutes: meeting_id, document_id, page_start, filename."""
    return _rows(
        conn,
        """select x.meeting_id, x.document_id, x.page_start, d.filename from meeting_duplicates x
           join documents d on d.id = x.document_id where x.original_meeting_id = ?""",
        [meeting_id],
    )


def neighbour_meeting(conn: sqlite3.Connection, body: str, date: str, before: bool) -> dict[str, Any] | None:
    """The body's meeting just before (or after) the date; a later copy of minutes is skipped."""
    op, order = ("<", "desc") if before else (">", "asc")
    return _one(
        conn,
        f"""select id, body, date from meetings where body = ? and date {op} ?
            and id not in (select meeting_id from meeting_duplicates) order by date {order}, id limit 1""",
        [body, date],
    )


def document(conn: sqlite3.Connection, document_id: str) -> dict[str, Any] | None:
    return _one(conn, "select * from documents where id = ?", [document_id])


def document_counts(conn: sqlite3.Connection, document_id: str) -> dict[str, int]:
    """How many sections, meetings, decisions, actions, lists, mentions and dates were read from it."""
    return {
        table: conn.execute(f"select count(*) from [{table}] where document_id = ?", [document_id]).fetchone()[0]
        for table in ("sections", "meetings", "decisions", "actions", "priority_lists", "mentions", "dates")
    }


def document_parts(conn: sqlite3.Connection, document_id: str, limit: int) -> list[dict[str, Any]]:
    return _rows(
        conn, "select * from document_parts where document_id = ? order by position limit ?", [document_id, limit]
    )


def document_actions(conn: sqlite3.Connection, document_id: str, limit: int) -> list[dict[str, Any]]:
    return _rows(conn, "select * from actions where document_id = ? order by page, id limit ?", [document_id, limit])


def document_meetings(conn: sqlite3.Connection, document_id: str) -> list[dict[str, Any]]:
    """The document's meetings in page order, with how many decisions and actions each has."""
    return _rows(
        conn,
        """select m.id, m.body, m.date, m.page, m.page_end,
                  (select count(*) from decisions d where d.meeting_id = m.id) as decisions,
                  (select count(*) from actions a where a.meeting_id = m.id) as actions
           from meetings m where m.document_id = ? order by m.page""",
        [document_id],
    )


def document_lists(conn: sqlite3.Connection, document_id: str) -> list[dict[str, Any]]:
    """The document's priority lists with their organisation, how many priorities and their texts."""
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


def document_periods(conn: sqlite3.Connection, document_id: str) -> list[str]:
    """The periods its lists state, earliest first; one per span of years however it is
    printed ("2022 – 2025" and "2022-2025"), as first printed."""
    return [
        r[0]
        for r in conn.execute(
            """select period from priority_lists p where document_id = ? and period is not null
               and id = (select q.id from priority_lists q where q.document_id = p.document_id
                         and coalesce(q.period_start || '/' || q.period_end, q.period)
                             = coalesce(p.period_start || '/' || p.period_end, p.period)
                         order by q.page, q.id limit 1)
               order by period_start, page""",
            [document_id],
        )
    ]


def document_organisations(conn: sqlite3.Connection, document_id: str, limit: int) -> list[dict[str, Any]]:
    """Organisations mentioned in the document, most mentioned first; pages as "3,5,9"."""
    return _rows(
        conn,
        """select o.id, o.name, o.acronym, o.kind, count(*) as mentions,
                  group_concat(distinct m.page) as pages
           from mentions m join organisations o on o.id = m.organisation_id
           where m.document_id = ? group by o.id order by mentions desc, o.name limit ?""",
        [document_id, limit],
    )


def latest_meetings(conn: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    """The newest meetings (first copies only) with how many decisions and actions each has."""
    return _rows(
        conn,
        """select m.id, m.body, m.date, (select count(*) from decisions d where d.meeting_id = m.id) as decisions,
                  (select count(*) from actions a where a.meeting_id = m.id) as actions
           from meetings m where m.id not in (select meeting_id from meeting_duplicates)
           order by m.date desc limit ?""",
        [limit],
    )


def latest_decisions(conn: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    return _rows(
        conn,
        """select d.id, d.text, d.kind, d.page, m.id as meeting_id, m.body, m.date, doc.filename
           from meetings m join decisions d on d.meeting_id = m.id join documents doc on doc.id = d.document_id
           order by m.date desc, d.page, d.id limit ?""",
        [limit],
    )


def latest_actions(conn: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    """Actions that name an owner, newest meeting (then latest due date) first."""
    return _rows(
        conn,
        """select a.id, a.text, a.owner, coalesce(a.due_date, a.due_text) as due, a.page, a.meeting_id,
                  m.body, m.date, doc.filename from actions a join documents doc on doc.id = a.document_id
           left join meetings m on m.id = a.meeting_id
           where a.owner is not null
           order by m.date is null, m.date desc, a.due_date is null, a.due_date desc, a.page limit ?""",
        [limit],
    )


def latest_documents(conn: sqlite3.Connection, limit: int) -> list[dict[str, Any]]:
    return _rows(
        conn,
        """select id, title, filename, kind, publisher, published_date, page_count, status from documents
           order by published_date desc, filename limit ?""",
        [limit],
    )


def builds(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return _rows(conn, "select * from builds order by id")


def latest_build(conn: sqlite3.Connection) -> dict[str, Any] | None:
    return _one(conn, "select * from builds order by id desc limit 1")


# ---- priority lineage pages (extractor/lineage.py) ------------------------------------------


def list_owners_with_versions(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Owners (key: organisation id, else the printed owner) with at least two lists, and how
    many links their lists have; those with links first."""
    return _rows(
        conn,
        """select coalesce(cast(l.organisation_id as text), l.owner) as key, coalesce(o.name, l.owner) as owner,
               count(*) as lists,
               (select count(*) from priority_links k join priorities p on p.id = k.to_priority_id
                 join priority_lists x on x.id = p.list_id
                 where coalesce(cast(x.organisation_id as text), x.owner) =
                       coalesce(cast(l.organisation_id as text), l.owner)) as links
        from priority_lists l left join organisations o on o.id = l.organisation_id
        where coalesce(o.name, l.owner) is not null
        group by key having count(*) > 1 order by links > 0 desc, owner""",
    )


LISTS_SQL = """
    select l.id, l.name, l.kind, l.period, l.page, l.document_id, d.filename, d.title as document_title,
           d.published_date, coalesce(l.period_start, d.published_date) as date,
           case when l.period_start is null then 'document' else 'period' end as dated_by
    from priority_lists l join documents d on d.id = l.document_id
    left join organisations o on o.id = l.organisation_id
    where {where}
    order by coalesce(l.period_start, d.published_date) is null, date, d.filename, l.page, l.id"""


def owned_lists(conn: sqlite3.Connection, owner: str) -> tuple[str, list[dict[str, Any]]]:
    """One owner's name and its lists in date order. The owner is an organisation id, or a name,
    acronym or spelling of an organisation, or an owner as printed on a list no organisation has."""
    params: Any
    if owner.isdigit():
        where, params = "l.organisation_id = ?", [int(owner)]
    else:
        where = """l.organisation_id in (select id from organisations where name = :o or acronym = :o
                   union select organisation_id from organisation_aliases where alias = :o)
                   or (l.organisation_id is null and l.owner = :o)"""
        params = {"o": owner}
    rows = _rows(conn, LISTS_SQL.format(where=where), params)
    named = conn.execute(
        "select coalesce(o.name, l.owner) from priority_lists l left join organisations o on o.id = l.organisation_id "
        f"where {where} limit 1",
        params,
    ).fetchone()
    return (named[0] if named else owner), rows


def list_priorities(conn: sqlite3.Connection, list_ids: list[int]) -> list[dict[str, Any]]:
    """The priorities of these lists, in list and position order, with their document's file name."""
    return _rows(
        conn,
        f"""select p.id, p.list_id, p.position, p.text, p.page, d.filename, p.document_id
            from priorities p join documents d on d.id = p.document_id
            where p.list_id in ({", ".join("?" * len(list_ids))}) order by p.list_id, p.position, p.id""",
        list_ids,
    )


def links_between(conn: sqlite3.Connection, priority_ids: list[int]) -> list[dict[str, Any]]:
    """The lineage links whose both ends are among these priorities, in id order."""
    marks = ", ".join("?" * len(priority_ids))
    return _rows(
        conn,
        f"""select id, from_priority_id, to_priority_id, relation, score, evidence from priority_links
            where from_priority_id in ({marks}) and to_priority_id in ({marks}) order by id""",
        [*priority_ids, *priority_ids],
    )


def page_printing(conn: sqlite3.Connection, document_id: str, text: str) -> int | None:
    """The first page of the document whose text (lines joined by spaces) holds `text`."""
    found = conn.execute(
        "select page from pages where document_id = ? and instr(replace(text, char(10), ' '), ?) > 0 "
        "order by page limit 1",
        [document_id, text],
    ).fetchone()
    return found[0] if found else None


# ---- what is new (extractor/changes.py) ------------------------------------------------------

# kind -> SQL of its rows first seen after :since, each with a label, text, document and page
NEW_SQL: dict[str, str] = {
    "documents": """
        select d.filename as label, coalesce(d.title, '') || coalesce(' (' || d.kind || ')', '') as text,
               d.filename, null as page, d.first_build_id as build
        from documents d where d.first_build_id > :since order by d.first_build_id, d.filename""",
    "meetings": """
        select m.body || coalesce(', ' || m.date, '') as label, coalesce(m.venue, '') as text, d.filename, m.page,
               m.first_build_id as build
        from meetings m join documents d on d.id = m.document_id
        where m.first_build_id > :since order by m.date, m.body""",
    "decisions": """
        select coalesce(m.body || ', ' || m.date, 'Decision') as label, x.text, d.filename, x.page,
               x.first_build_id as build
        from decisions x join documents d on d.id = x.document_id left join meetings m on m.id = x.meeting_id
        where x.first_build_id > :since order by m.date, d.filename, x.page""",
    "actions": """
        select coalesce(x.owner, 'Action')
               || coalesce(' (due ' || coalesce(x.due_date, x.due_text) || ')', '') as label,
               x.text, d.filename, x.page, x.first_build_id as build
        from actions x join documents d on d.id = x.document_id
        where x.first_build_id > :since order by d.filename, x.page""",
    "priority_lists": """
        select coalesce(o.name, l.owner, 'List') || coalesce(' ' || l.period, '') as label, l.name as text,
               d.filename, l.page, l.first_build_id as build
        from priority_lists l join documents d on d.id = l.document_id
        left join organisations o on o.id = l.organisation_id
        where l.first_build_id > :since order by d.filename, l.page""",
    "priorities": """
        select coalesce(l.name, 'Priority') as label, p.text, d.filename, p.page, p.first_build_id as build
        from priorities p join priority_lists l on l.id = p.list_id join documents d on d.id = p.document_id
        where p.first_build_id > :since order by d.filename, p.page, p.position""",
}


def first_seen_after(conn: sqlite3.Connection, build_id: int) -> dict[str, list[dict[str, Any]]]:
    """Per kind, the facts a build after `build_id` saw first."""
    return {kind: _rows(conn, sql, {"since": build_id}) for kind, sql in NEW_SQL.items()}


FEED_SQL = """
    select * from (
        select 'decision' as kind, x.id, x.text, x.kind as detail, x.page, x.meeting_id, m.body, m.date,
               d.filename, coalesce(b.finished_at, d.built_at) as updated
        from decisions x join documents d on d.id = x.document_id left join meetings m on m.id = x.meeting_id
        left join builds b on b.id = x.first_build_id
        where (:body = '' or m.body like '%' || :body || '%')
          {decisions_match}
        union all
        select 'action', x.id, x.text, x.owner, x.page, x.meeting_id, m.body, m.date,
               d.filename, coalesce(b.finished_at, d.built_at)
        from actions x join documents d on d.id = x.document_id left join meetings m on m.id = x.meeting_id
        left join builds b on b.id = x.first_build_id
        where (:body = '' or m.body like '%' || :body || '%' or x.owner like '%' || :body || '%')
          {actions_match}
    ) order by updated desc, date desc, filename, page limit :limit"""


def feed_entries(conn: sqlite3.Connection, body: str, query: str, limit: int) -> list[dict[str, Any]]:
    """Decisions and actions, newest build first; `body` matches the meeting's body (or an
    action's owner), `query` (an FTS query; "" for all) the words of the text."""
    matches = {
        f"{table}_match": f"and x.rowid in (select rowid from {table}_fts where {table}_fts match :q)" if query else ""
        for table in ("decisions", "actions")
    }
    return _rows(conn, FEED_SQL.format(**matches), {"body": body, "q": query, "limit": limit})
