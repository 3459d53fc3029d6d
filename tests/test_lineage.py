"""An owner's priority lists side by side: the columns, links, added and dropped marks, the
rows of changes and the SVG drawn from them, on the bundled corpus."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from extractor import lineage

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def conn(corpus_db: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(corpus_db)
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def views(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """Every owner's lineage, by the key `owners` gives."""
    found = {}
    for owner in lineage.owners(conn):
        view = lineage.lineage(conn, owner["key"])
        assert view is not None, owner
        found[owner["key"]] = view
    return found


def shown(view: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for column in view["columns"] for item in column for p in item["priorities"]]


def test_owners_have_two_lists_or_more_and_linked_owners_come_first(conn: sqlite3.Connection) -> None:
    owners = lineage.owners(conn)
    assert len(owners) >= 3
    assert all(o["lists"] >= 2 for o in owners)
    linked = [o["links"] > 0 for o in owners]
    assert linked == sorted(linked, reverse=True)


def test_an_owner_is_found_by_id_name_or_acronym(conn: sqlite3.Connection, views: dict[str, dict]) -> None:
    kent = next(v for v in views.values() if v["owner"] == "Kent Community Safety Partnership")
    by_name = lineage.lineage(conn, "Kent Community Safety Partnership")
    by_acronym = lineage.lineage(conn, "KCSP")
    assert by_name is not None and by_acronym is not None
    assert shown(by_name) == shown(kent) == shown(by_acronym)
    assert lineage.lineage(conn, "No Such Partnership") is None


def test_columns_are_in_date_order(views: dict[str, dict]) -> None:
    for view in views.values():
        dates = [min(item["date"] or "" for item in column) for column in view["columns"]]
        assert dates == sorted(dates), view["owner"]


def test_every_link_joins_two_priorities_shown_on_the_page(views: dict[str, dict]) -> None:
    for view in views.values():
        ids = {p["id"] for p in shown(view)}
        assert view["links"]
        for link in view["links"]:
            assert {link["from"]["id"], link["to"]["id"]} <= ids
            assert link["label"] == lineage.RELATIONS[link["relation"]][1]
            assert link["from"]["list_id"] != link["to"]["list_id"]  # a link is between versions


def test_added_and_dropped_follow_the_links(views: dict[str, dict]) -> None:
    for view in views.values():
        last = len(view["columns"]) - 1
        for p in shown(view):
            assert p["added"] == (p["column"] > 0 and not p["incoming"])
            assert p["dropped"] == (p["column"] < last and not p["outgoing"])
    assert any(p["added"] for v in views.values() for p in shown(v))
    assert any(p["dropped"] for v in views.values() for p in shown(v))


def test_evidence_opens_the_page_that_prints_it(conn: sqlite3.Connection, views: dict[str, dict]) -> None:
    with_evidence = [k for v in views.values() for k in v["links"] if k["evidence"]]
    assert with_evidence
    for link in with_evidence:
        filename, page = link["evidence_pdf"].removeprefix("/pdf/").split("#page=")
        [text] = conn.execute(
            "select p.text from pages p join documents d on d.id = p.document_id where d.filename = ? and p.page = ?",
            [filename, int(page)],
        ).fetchone()
        assert " ".join(link["evidence"].split()[:8]) in " ".join(text.split())


def test_changes_list_every_link_and_every_added_or_dropped_priority(views: dict[str, dict]) -> None:
    for view in views.values():
        rows = lineage.changes(view)
        priorities = shown(view)
        assert len(rows) == len(view["links"]) + sum(p["added"] for p in priorities) + sum(
            p["dropped"] for p in priorities
        )
        for r in rows:
            assert r["before"] or r["after"]
            if r["relation"] == "added":
                assert r["before"] is None and r["after_period"]
            elif r["relation"] == "dropped":
                assert r["after"] is None and r["before_period"]
            else:
                assert r["before_period"] and r["after_period"]


def test_the_svg_draws_a_box_per_priority_and_a_curve_per_link(views: dict[str, dict]) -> None:
    for view in views.values():
        svg = lineage.svg(view)
        root = ET.fromstring(svg)  # well-formed, names escaped
        assert root.find(f"{SVG}title").text == f"Priority lineage: {view['owner']}"
        anchors = list(root.iter(f"{SVG}a"))
        boxes = [a for a in anchors if a.get("class") == "priority"]
        curves = [a for a in anchors if (a.get("class") or "").startswith("link ")]
        assert [int(a.get("data-id")) for a in boxes] == [p["id"] for p in shown(view)]
        assert all(a.get("href", "").startswith("/pdf/") and "#page=" in a.get("href", "") for a in boxes)
        assert len(curves) == len(view["links"])
        assert {a.get("class") for a in curves} == {f"link link-{k['relation']}" for k in view["links"]}
        dashed = [b for b in boxes if b.find(f"{SVG}rect").get("stroke-dasharray")]
        assert len(dashed) == sum(p["dropped"] for p in shown(view))


def test_the_svg_is_wide_enough_for_every_column(views: dict[str, dict]) -> None:
    for view in views.values():
        root = ET.fromstring(lineage.svg(view))
        width = int(root.get("width"))
        right = max(float(r.get("x")) + float(r.get("width")) for r in root.iter(f"{SVG}rect"))
        assert right <= width


@pytest.mark.parametrize(
    "item, label",
    [
        ({"period": "2024/25", "date": "2024-04-24"}, "2024/25"),
        ({"period": None, "date": "2024-04-24"}, "no period; document 2024-04-24"),
        ({"period": None, "date": None}, "undated"),
    ],
)
def test_period_label(item: dict[str, Any], label: str) -> None:
    assert lineage.period_label(item) == label


def test_the_legend_has_every_relation_and_the_box_marks() -> None:
    legend = lineage.legend()
    assert [x["label"] for x in legend][: len(lineage.RELATIONS)] == [v[1] for v in lineage.RELATIONS.values()]
    assert {"colour": lineage.ADDED, "label": "added (box)"} in legend
    assert {"colour": lineage.DROPPED, "label": "dropped (dashed box)"} in legend
