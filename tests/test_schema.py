"""The published schema (SCHEMA.md is the public contract) as one snapshot: every table and
view the built database holds, each column with its type, key and reference, every index and
full-text index. A change to the contract must be deliberate: this test fails until the
snapshot is rewritten on purpose, and the diff shows what changed.

To accept a deliberate change (columns may be added freely; never rename or drop one):

    EXTRACTOR_UPDATE_SCHEMA=1 .venv/bin/python -m pytest tests/test_schema.py

then review and commit tests/snapshots/schema.txt with the change that needs it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from extractor import db as database
from extractor.schema import BY_NAME, TABLES

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "schema.txt"
UPDATE = "EXTRACTOR_UPDATE_SCHEMA"
STORED_AS = {"TEXT": "TEXT", "INTEGER": "INTEGER", "REAL": "FLOAT"}  # sqlite-utils writes a float column FLOAT


def published_schema(path: Path) -> str:
    """The schema of a database as text: one block per table or view, one line per column
    ("name TYPE", then "pk N" and "-> table.column" where they apply), then its indexes."""
    conn = sqlite3.connect(path)
    try:
        blocks = []
        for kind, name, sql in conn.execute(
            "select type, name, sql from sqlite_master where type in ('table', 'view') and name not like 'sqlite_%' "
            "order by name"
        ):
            if kind == "table" and sql.lower().startswith("create virtual table"):
                blocks.append(f"fts {name}: {sql[sql.index('(') + 1 : sql.rindex(')')]}")
                continue
            if _fts_shadow(name):
                continue
            blocks.append(_table_block(conn, kind, name))
        return "\n\n".join(blocks) + "\n"
    finally:
        conn.close()


def _fts_shadow(name: str) -> bool:
    """The tables FTS5 keeps for itself (sections_fts_data, ..._idx, ..._docsize, ..._config)."""
    return any(name.endswith(f"_fts_{suffix}") for suffix in ("data", "idx", "docsize", "config", "content"))


def _table_block(conn: sqlite3.Connection, kind: str, name: str) -> str:
    references = {row[3]: f"{row[2]}.{row[4]}" for row in conn.execute(f"pragma foreign_key_list([{name}])")}
    lines = [f"{kind} {name}"]
    for _, column, type_, _, _, pk in conn.execute(f"pragma table_info([{name}])"):
        extra = (f" pk {pk}" if pk else "") + (f" -> {references[column]}" if column in references else "")
        lines.append(f"  {column} {type_}{extra}")
    for _, index, *_ in conn.execute(f"pragma index_list([{name}])"):
        if not index.startswith("sqlite_autoindex"):
            columns = ", ".join(r[2] for r in conn.execute(f"pragma index_info([{index}])"))
            lines.append(f"  index ({columns})")
    return "\n".join(lines)


def test_the_published_schema_is_the_snapshot(corpus_db: Path) -> None:
    current = published_schema(corpus_db)
    if os.environ.get(UPDATE):
        SNAPSHOT.write_text(current, encoding="utf-8")
    expected = SNAPSHOT.read_text(encoding="utf-8") if SNAPSHOT.exists() else ""
    assert current == expected, (
        f"the published schema differs from {SNAPSHOT}. If the change is deliberate (add columns "
        f"freely; never rename or drop one), run `{UPDATE}=1 .venv/bin/python -m pytest "
        "tests/test_schema.py`, review the diff and commit the snapshot."
    )


def test_a_new_database_has_the_schema_of_a_built_one(corpus_db: Path, tmp_path: Path) -> None:
    """Created from schema.TABLES alone (and the search indexes), before any document."""
    conn = database.connect(tmp_path / "new.db")
    database.enable_search(conn)
    conn.close()
    assert published_schema(tmp_path / "new.db") == published_schema(corpus_db)


def test_every_declared_column_is_in_the_snapshot_with_its_type() -> None:
    text = SNAPSHOT.read_text(encoding="utf-8")
    blocks = {block.splitlines()[0].split()[1]: block for block in text.split("\n\n")}
    assert {t.name for t in TABLES} <= set(blocks)
    missing = [
        f"{t.name}.{c.name} {c.type}"
        for t in TABLES
        for c in t.columns
        if not any(line.split()[:2] == [c.name, STORED_AS[c.type]] for line in blocks[t.name].splitlines()[1:])
    ]
    assert not missing
    assert all(f"fts {t.name}_fts: " in text for t in TABLES if t.fts) and BY_NAME


def test_a_renamed_column_shows_in_the_schema_text(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table a (id integer primary key, name text)")
    before = published_schema(path)
    with sqlite3.connect(path) as conn:
        conn.execute("alter table a rename column name to title")
    assert before == "table a\n  id INTEGER pk 1\n  name TEXT\n" and published_schema(path) != before
