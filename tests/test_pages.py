"""The site's own pages as data, on the bundled corpus: a meeting as minuted, a document and
what was read from it, an owner's priority lineage (extractor.pages and extractor.lineage)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from extractor import lineage, pages
from extractor.build import BuildOptions, build
from tests.fixtures import make

KCSP = "Kent Community Safety Partnership"


@pytest.fixture
def conn(corpus_db: Path) -> Iterator[sqlite3.Connection]:
    with sqlite3.connect(corpus_db) as c:
        yield c


def meeting_id(conn: sqlite3.Connection, body: str, date: str) -> int:
    return int(conn.execute("select id from meetings where body = ? and date = ?", [body, date]).fetchone()[0])


def test_meeting_groups_attendance_and_orders_items_with_their_facts(conn: sqlite3.Connection) -> None:
    view = pages.meeting(conn, meeting_id(conn, "Scrutiny Committee", "2024-04-24"))
    assert view is not None
    m = view["meeting"]
    assert (m["body"], m["date"], m["venue"], m["pdf"]) == (
        "Scrutiny Committee",
        "2024-04-24",
        "Council Chamber, Sessions House, County Hall, Maidstone",
        "/pdf/001_368897f9bdd4d4d8.pdf#page=1",
    )
    assert [(g["label"], len(g["people"])) for g in view["attendance"]] == [
        ("Present", 11),
        ("Present virtually", 2),
        ("Also present", 7),
        ("In attendance", 8),
    ]
    assert "Mr A Booth" in [p["name"] for p in view["attendance"][0]["people"]]
    items = view["items"]
    assert [(i["number"], i["ref"]) for i in items] == [
        ("51", "Item A4"),
        ("52", "Item C1"),
        ("53", "Item D1"),
        ("54", "Item D2"),
        ("55", "Item E1"),
        ("56", "Item E2"),
    ]
    assert [(len(i["decisions"]), len(i["votes"]), len(i["actions"])) for i in items] == [
        (1, 0, 0),
        (1, 0, 1),
        (1, 0, 0),
        (1, 2, 1),
        (1, 0, 1),
        (1, 0, 0),
    ]
    work_programme = items[4]
    assert work_programme["decisions"][0]["text"] == "RESOLVED that the work programme be noted."
    assert work_programme["decisions"][0]["pdf"] == "/pdf/001_368897f9bdd4d4d8.pdf#page=4"
    assert work_programme["actions"][0]["due_date"] == "2024-07-10"
    assert view["unplaced"] is None
    assert view["previous"] is None and view["next"] is None


def test_meeting_links_previous_and_next_of_the_same_body(corpus_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "more.db"
    shutil.copy(corpus_db, db)
    with sqlite3.connect(db) as c:
        this = meeting_id(c, "Scrutiny Committee", "2024-04-24")
        document = c.execute("select document_id from meetings where id = ?", [this]).fetchone()[0]
        for new_id, date in ((1, "2024-02-28"), (2, "2023-11-01"), (3, "2024-07-10")):
            c.execute(
                "insert into meetings (id, document_id, body, date, page) values (?, ?, 'Scrutiny Committee', ?, 1)",
                [new_id, document, date],
            )
        c.execute(
            "insert into meetings (id, document_id, body, date, page) values (4, ?, 'Cabinet', '2024-03-01', 1)",
            [document],
        )
        view = pages.meeting(c, this)
    assert view is not None
    assert view["previous"] == {"id": 1, "body": "Scrutiny Committee", "date": "2024-02-28"}
    assert view["next"] == {"id": 3, "body": "Scrutiny Committee", "date": "2024-07-10"}


def test_unknown_meeting_and_document_are_none(conn: sqlite3.Connection) -> None:
    assert pages.meeting(conn, 1) is None
    assert pages.document(conn, "0" * 64) is None
    assert lineage.lineage(conn, "Nobody At All") is None


def test_document_lists_parts_meetings_lists_actions_and_organisations(conn: sqlite3.Connection) -> None:
    document_id = conn.execute("select id from documents where filename = '001_368897f9bdd4d4d8.pdf'").fetchone()[0]
    view = pages.document(conn, document_id)
    assert view is not None
    assert view["advice"] is None
    assert view["periods"] == ["2022 – 2025", "2024/25"]
    assert (view["document"]["kind"], view["document"]["publisher"], view["document"]["page_count"]) == (
        "agenda_pack",
        "Kent County Council",
        91,
    )
    assert [(p["kind"], p["page_start"]) for p in view["parts"]][:2] == [("minutes", 1), ("report", 5)]
    assert [(m["body"], m["date"], m["decisions"]) for m in view["meetings"]] == [
        ("Scrutiny Committee", "2024-04-24", 6)
    ]
    csa = next(x for x in view["lists"] if x["period"] == "2024/25")
    assert (csa["organisation"], csa["priorities"], csa["pdf"]) == (KCSP, 8, "/pdf/001_368897f9bdd4d4d8.pdf#page=6")
    assert csa["texts"].startswith("Domestic Abuse · Violence Against Women and Girls (VAWG)")
    assert len(view["actions"]) == view["counts"]["actions"] > 0
    top = view["organisations"][0]
    assert top["name"] == KCSP and top["mentions"] > 10
    assert all(re.fullmatch(r"/pdf/001_368897f9bdd4d4d8\.pdf#page=\d+", p["pdf"]) for p in top["pages"])


def test_unreadable_document_says_why_and_what_to_do(tmp_path: Path) -> None:
    make.not_a_pdf(tmp_path)
    db = tmp_path / "bad.db"
    build([tmp_path], db, BuildOptions(workers=1, entities=False))
    with sqlite3.connect(db) as c:
        (document_id,) = c.execute("select id from documents").fetchone()
        view = pages.document(c, document_id)
    assert view is not None
    assert view["document"]["status"] == "failed"
    assert "not a PDF" in view["document"]["error"]
    assert view["advice"] == pages.ADVICE["failed"]
    assert view["document"]["pdf"] is None
    assert view["counts"]["sections"] == 0


def test_lineage_of_kent_csp_from_2016_to_2024(conn: sqlite3.Connection) -> None:
    view = lineage.lineage(conn, KCSP)
    assert view is not None and view["owner"] == KCSP
    heads = [[lineage.period_label(item) for item in column] for column in view["columns"]]
    assert heads == [
        ["no period; document 2016-02-02", "no period; document 2016-02-02"],  # one version printed as two lists
        ["2024/25"],
        ["no period; document 2024-04-24"],
    ]
    rows = [
        (c["before"] and c["before"]["text"], c["label"], c["after"] and c["after"]["text"])
        for c in lineage.changes(view)
    ]
    assert ("Violent Crime", "merged into", "Serious and Organised Crime") in rows
    assert ("Acquisitive Crime", "merged into", "Serious and Organised Crime") in rows
    assert ("Serious and Organised Crime", "expanded", "Serious Violence and Organised Crime") in rows
    assert ("Anti-Social Behaviour", "expanded", "Preventing Neighbourhood Crime & Anti-social Behaviour (ASB)") in rows
    assert {after for before, label, after in rows if label == "added"} == {
        "Violence Against Women and Girls (VAWG)",
        "Safeguarding Vulnerable People",
        "Preventing Extremism and Hate",
    }
    assert not [r for r in rows if r[1] == "dropped"]
    merged = next(c for c in lineage.changes(view) if c["before"] and c["before"]["text"] == "Violent Crime")
    assert merged["evidence"].startswith("It is recommended that two of the current priorities")
    assert merged["evidence_pdf"] == "/pdf/003_f1b85571892c6c38.pdf#page=5"
    assert sorted(x["name"] for x in view["other_lists"]) == [
        "Introduction",
        "Kent CSA Cross-Cutting Themes",
        "Kent CSA Priorities",
    ]
    # the same owner by its organisation id and by its acronym
    org = conn.execute("select id from organisations where name = ?", [KCSP]).fetchone()[0]
    assert lineage.lineage(conn, str(org))["columns"] == view["columns"]  # type: ignore[index]
    assert lineage.lineage(conn, "KCSP")["owner"] == KCSP  # type: ignore[index]


def test_lineage_svg_draws_every_box_and_link_with_its_evidence(conn: sqlite3.Connection) -> None:
    view = lineage.lineage(conn, KCSP)
    assert view is not None
    svg = lineage.svg(view)
    boxes = sum(len(item["priorities"]) for column in view["columns"] for item in column)
    assert svg.count('class="priority"') == boxes == 22
    assert (
        svg.count('<a href="/pdf/') == boxes + len(view["links"]) + 4
    )  # every box, link and list heading opens a page
    assert svg.count('class="link link-') == len(view["links"]) == 14
    assert "<title>Violent Crime → merged into (100) → Serious and Organised Crime\nEvidence: It is recommended" in svg
    assert 'class="link link-merged_into"' in svg and 'class="link link-expanded"' in svg
    assert svg.count(">added</text>") == 3


def test_owners_with_linked_lists_come_first(conn: sqlite3.Connection) -> None:
    found = lineage.owners(conn)
    assert found[0]["owner"] == KCSP and found[0]["links"] == 14
    assert all(o["lists"] > 1 for o in found)


def test_minutes_printed_twice_link_each_other(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.fixtures import make_minutes_fixtures as minutes

    scripts: list[minutes.Script] = []
    render = minutes.render
    monkeypatch.setattr(minutes, "render", lambda path, script: scripts.append(script) or render(path, script))
    minutes.moderngov(tmp_path)
    cover: minutes.Script = [("AGENDA PACK", "b")] + [f"Agenda item {n}: to be taken in order" for n in range(60)]
    render(tmp_path / "later_pack.pdf", cover[:53] + scripts[0])
    db = tmp_path / "packs.db"
    build([tmp_path], db, BuildOptions(workers=1, entities=False))
    with sqlite3.connect(db) as c:
        copy, original = c.execute("select meeting_id, original_meeting_id from meeting_duplicates").fetchone()
        copy_view, original_view = pages.meeting(c, copy), pages.meeting(c, original)
    assert copy_view is not None and original_view is not None
    assert copy_view["original"] == {"id": original, "filename": "moderngov.pdf"}
    assert [(x["meeting_id"], x["filename"], x["pdf"]) for x in original_view["copies"]] == [
        (copy, "later_pack.pdf", "/pdf/later_pack.pdf#page=2")
    ]
    assert original_view["original"] is None
    from tests.test_site import fetch

    copy_page, original_page = fetch(db, f"/-/meeting/{copy}", f"/-/meeting/{original}")
    assert f'<p class="where" id="original">These minutes repeat <a href="/-/meeting/{original}">' in copy_page.text
    assert '<a class="pdf-page" href="/pdf/later_pack.pdf#page=2">page 2</a>' in original_page.text
