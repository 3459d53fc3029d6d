"""db.py: rows generated from schema.TABLES, one transaction per document, migrations that only
add, and the named reads the other modules call instead of writing SQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from extractor import db as database
from extractor.models import (
    Action,
    AgendaItem,
    Attendee,
    Decision,
    DocumentResult,
    Meeting,
    PageText,
    Priority,
    PriorityList,
    Section,
    SeenFile,
    Vote,
)
from extractor.schema import BY_NAME, FIRST_SEEN, TABLES

MEETING = Meeting(
    body="Scrutiny Committee",
    page=1,
    date="2024-04-24",
    attendees=(Attendee("Cllr A Smith", "present", "Chairman"), Attendee("Mr B Jones", "apologies", page=2)),
    items=(
        AgendaItem(
            "Budget",
            1,
            number="4",
            decisions=(
                Decision("RESOLVED that the budget be agreed.", "resolved", 1, votes=(Vote("For 5", 1, votes_for=5),)),
            ),
            actions=(Action("Circulate the report", 2, owner="Clerk"),),
        ),
    ),
)
RESULT = DocumentResult(
    id="d" * 64,
    path="/corpus/minutes.pdf",
    filename="minutes.pdf",
    status="ok",
    page_count=2,
    title="Minutes",
    kind="minutes",
    size=123,
    pages=(PageText(1, "Scrutiny Committee", stamps=("Agenda Item 4",)), PageText(2, "Apologies")),
    sections=(Section(0, "Budget", 1, 1, 1, "The budget.", number="4"), Section(1, "Detail", 2, 1, 2, "x", parent=0)),
    meetings=(MEETING,),
    actions=(Action("Publish the plan", 2, owner="Kent Police", due_text="March 2025", due_date="2025-03"),),
    priority_lists=(PriorityList("Our priorities", "priority", 2, items=(Priority(1, "Safer streets", 2),)),),
)


def rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def counts(path: Path) -> dict[str, int]:
    return {t.name: rows(path, f"select count(*) from [{t.name}]")[0][0] for t in TABLES}


def test_stable_ids_come_from_content() -> None:
    assert database.stable_id("d", "meeting", 0) == database.stable_id("d", "meeting", 0)
    assert database.stable_id("d", "meeting", 0) != database.stable_id("d", "meeting", 1)
    assert 0 < database.stable_id("x") < 16**15  # fits SQLite's signed 64-bit integer


def test_a_row_has_every_column_the_schema_declares_and_no_other() -> None:
    row = database._row("priorities", Priority(3, "Safer streets", 7), id=1, list_id=2, document_id="d")
    assert list(row) == [c.name for c in BY_NAME["priorities"].columns]
    assert row == {
        "id": 1,
        "list_id": 2,
        "document_id": "d",
        "position": 3,
        "text": "Safer streets",
        "lead": None,
        "canonical_id": None,  # the cross-document steps fill it
        "page": 7,
        "first_build_id": None,  # the build's record fills it
    }


def test_a_column_the_record_lacks_is_an_error_not_a_silent_null() -> None:
    with pytest.raises(AttributeError, match="position"):
        database._row("priorities", Action("x", 1), id=1, list_id=2, document_id="d")


def test_a_document_is_written_whole_and_rewritten_in_place(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    conn = database.connect(path)
    files = [SeenFile("/corpus/minutes.pdf", 123, 0.0, RESULT.id)]
    database.write_document(conn, RESULT, files)
    written = counts(path)
    assert {k: v for k, v in written.items() if v} == {
        "documents": 1,
        "pages": 2,
        "sections": 2,
        "meetings": 1,
        "attendees": 2,
        "agenda_items": 1,
        "decisions": 1,
        "votes": 1,
        "actions": 2,
        "priority_lists": 1,
        "priorities": 1,
        "files": 1,
    }
    assert rows(path, "select body, date, year, page from meetings") == [("Scrutiny Committee", "2024-04-24", 2024, 1)]
    assert rows(path, "select name, page from attendees order by name") == [("Cllr A Smith", 1), ("Mr B Jones", 2)]
    assert rows(path, "select stamps from pages order by page") == [("Agenda Item 4",), (None,)]
    child, parent = rows(path, "select parent_id, id from sections order by level desc")
    assert child[0] == parent[1]
    owners = rows(path, "select owner, meeting_id is null from actions order by owner")
    assert owners == [("Clerk", 0), ("Kent Police", 1)]
    ids = rows(path, "select id from meetings")
    database.write_document(conn, RESULT, files)  # rebuilt: the same rows under the same ids
    assert counts(path) == written and rows(path, "select id from meetings") == ids


def test_deleting_a_document_leaves_nothing_of_it(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    conn = database.connect(path)
    database.write_document(conn, RESULT)
    with conn.conn:
        database.delete_document(conn, RESULT.id)
    assert not any(n for name, n in counts(path).items() if name != "files")


def test_a_migration_adds_missing_tables_and_columns_and_keeps_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table meetings (id integer primary key, body text)")
        conn.execute("insert into meetings values (1, 'Cabinet')")
    database.connect(path)
    columns = [r[1] for r in rows(path, "pragma table_info(meetings)")]
    assert columns[:2] == ["id", "body"] and set(columns) == {c.name for c in BY_NAME["meetings"].columns}
    assert rows(path, "select id, body from meetings") == [(1, "Cabinet")]
    assert {t.name for t in TABLES} <= {r[0] for r in rows(path, "select name from sqlite_master where type='table'")}


def test_a_build_record_stamps_the_facts_no_build_saw(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    conn = database.connect(path)
    database.write_document(conn, RESULT)
    record = database.BuildRecord("2024-01-01T00:00:00+00:00", 1, 1, 0, 0, 0, 2)
    assert database.record_build(conn, record) == 1
    for table in FIRST_SEEN:
        assert set(rows(path, f"select first_build_id from [{table}]")) <= {(1,)}
    assert rows(path, "select new_facts from builds") == [(9,)]


def test_search_queries_quote_every_word() -> None:
    assert database.fts_query('safer "streets" AND (night)') == '"safer" "streets" "AND" "(night)"'
    assert database.fts_query('"" ') == ""


def test_search_finds_a_written_decision_by_its_words(tmp_path: Path) -> None:
    conn = database.connect(tmp_path / "x.db")
    database.write_document(conn, RESULT)
    database.enable_search(conn)
    hits = database.search(conn, "budget agreed")
    assert [(h.table, h.document, h.page) for h in hits] == [("decisions", "minutes.pdf", 1)]
    assert hits[0].snippet == "RESOLVED that the [budget] be [agreed]."


def test_an_agenda_items_label_is_its_number_and_title(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    database.write_document(database.connect(path), RESULT)
    with sqlite3.connect(path) as conn:
        item = conn.execute("select id, meeting_id from agenda_items").fetchone()
        label = conn.execute(database.row_label_sql("agenda_items", None), [item[0]]).fetchone()
        assert label == ("4. Budget", item[1])
        assert conn.execute(database.row_label_sql("documents", "title"), [RESULT.id]).fetchone() == ("Minutes", None)


def test_the_site_reads_a_meeting_and_its_facts(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    database.write_document(database.connect(path), RESULT)
    with sqlite3.connect(path) as conn:
        (meeting_id,) = conn.execute("select id from meetings").fetchone()
        found = database.meeting(conn, meeting_id)
        facts = database.meeting_facts(conn, meeting_id)
        assert found and (found["body"], found["filename"], found["document_title"]) == (
            "Scrutiny Committee",
            "minutes.pdf",
            "Minutes",
        )
        assert {kind: len(found) for kind, found in facts.items()} == {"decisions": 1, "votes": 1, "actions": 1}
        assert database.document_counts(conn, RESULT.id)["actions"] == 2
        assert database.meeting(conn, 1) is None
