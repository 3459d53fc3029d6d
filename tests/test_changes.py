"""What's new: every build is numbered, every fact keeps the build that first saw it (through
a changed file and --force), `extractor changes` lists them and /-/feed.atom serves new
decisions and actions as Atom."""

from __future__ import annotations

import asyncio
import re
import shutil
import sqlite3
from pathlib import Path
from xml.etree import ElementTree

import httpx
import pytest
from click.testing import CliRunner
from datasette.app import Datasette

from extractor import changes, site
from extractor.build import BuildOptions, build
from extractor.cli import cli
from tests.conftest import CORPUS, SEEDS

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\+00:00|Z)")
FAST = BuildOptions(workers=1, entities=False)


def rows(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def three_builds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build 1 reads the 2016 agreement; build 2 reads it again after its bytes changed (same
    text); build 3 adds the VRU report."""
    folder = tmp_path_factory.mktemp("what-is-new")
    db = folder / "new.db"
    agreement = folder / SEEDS["review"]
    shutil.copy(CORPUS / SEEDS["review"], agreement)
    build([folder], db, FAST)
    with agreement.open("ab") as f:
        f.write(b"\n% a comment after %%EOF: a new file version with the same text\n")
    build([folder], db, FAST)
    shutil.copy(CORPUS / SEEDS["vru"], folder / SEEDS["vru"])
    build([folder], db, FAST)
    return db


def test_each_build_is_recorded_and_facts_keep_their_first_build(three_builds: Path) -> None:
    assert rows(three_builds, "select id, files, processed, unchanged from builds order by id") == [
        (1, 1, 1, 0),
        (2, 1, 1, 0),
        (3, 2, 1, 1),
    ]
    agreement = rows(three_builds, "select id from documents where filename = ?", SEEDS["review"])[0][0]
    # the changed file is a new document version (build 2), but its priorities were seen in build 1
    assert rows(three_builds, "select first_build_id from documents where id = ?", agreement) == [(2,)]
    assert rows(three_builds, "select distinct first_build_id from priorities where document_id = ?", agreement) == [
        (1,)
    ]
    assert rows(three_builds, "select new_facts from builds where id = 2") == [(1,)]
    assert rows(three_builds, "select count(*) from priorities where first_build_id is null") == [(0,)]


def test_force_rebuild_sees_nothing_new(three_builds: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(three_builds, db)
    build(
        [Path(p) for (p,) in rows(db, "select path from documents")],
        db,
        BuildOptions(workers=1, force=True, entities=False),
    )
    assert rows(db, "select id, processed, new_facts from builds order by id desc limit 1") == [(4, 2, 0)]


def test_since_lists_only_what_later_builds_saw_first(three_builds: Path) -> None:
    with sqlite3.connect(three_builds) as conn:
        news = changes.since(conn, 2)
        assert changes.since(conn, 3) == []
    kinds = {n.kind: n.rows for n in news}
    assert set(kinds) >= {"documents", "actions", "priority_lists", "priorities"}
    assert {r["filename"] for found in kinds.values() for r in found} == {SEEDS["vru"]}
    assert {r["build"] for found in kinds.values() for r in found} == {3}
    assert "tackling violence linked to Gangs and County Lines" in {r["text"] for r in kinds["priorities"]}


def test_changes_command_defaults_to_the_latest_build(three_builds: Path) -> None:
    latest = CliRunner().invoke(cli, ["changes", "--db", str(three_builds)])
    assert latest.exit_code == 0, latest.output
    assert "What build 3 saw first:" in latest.output
    assert f"  [build 3] {SEEDS['vru']}: " in latest.output
    assert SEEDS["review"] not in latest.output
    everything = CliRunner().invoke(cli, ["changes", "--db", str(three_builds), "--since", "0"])
    assert "What builds 1 to 3 saw first:" in everything.output and SEEDS["review"] in everything.output
    nothing = CliRunner().invoke(cli, ["changes", "--db", str(three_builds), "--since", "3"])
    assert nothing.exit_code == 0 and "Nothing new since build 3 (the latest is build 3)." in nothing.output


def test_changes_without_a_build_says_what_to_do(tmp_path: Path) -> None:
    from extractor import db as database

    database.connect(tmp_path / "empty.db")
    result = CliRunner().invoke(cli, ["changes", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 1 and "records no finished build yet; run `extractor build` first" in result.output


def fetch(db: Path, path: str) -> httpx.Response:
    async def run() -> httpx.Response:
        ds = Datasette([], immutables=[str(db)], metadata=site.metadata(db.stem), settings=site.SETTINGS)
        return await ds.client.get(path)

    return asyncio.run(run())


def parse_feed(response: httpx.Response) -> ElementTree.Element:
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    feed = ElementTree.fromstring(response.content)
    assert feed.tag == f"{A}feed"
    for tag in ("title", "id", "updated"):
        assert (feed.findtext(f"{A}{tag}") or "").strip(), tag
    assert RFC3339.fullmatch(feed.findtext(f"{A}updated") or "")
    ids = [e.findtext(f"{A}id") for e in feed.findall(f"{A}entry")]
    assert len(ids) == len(set(ids))
    for entry in feed.findall(f"{A}entry"):
        assert entry.findtext(f"{A}title") and RFC3339.fullmatch(entry.findtext(f"{A}updated") or "")
        assert entry.find(f"{A}link[@rel='alternate']") is not None
    return feed


def test_feed_of_a_topic_holds_its_decisions_and_actions(corpus_db: Path) -> None:
    feed = parse_feed(fetch(corpus_db, "/-/feed.atom?q=work+programme"))
    expected = rows(
        corpus_db,
        """select (select count(*) from decisions_fts where decisions_fts match '"work" "programme"')
                + (select count(*) from actions_fts where actions_fts match '"work" "programme"')""",
    )[0][0]
    entries = feed.findall(f"{A}entry")
    assert len(entries) == expected > 0
    titles = [e.findtext(f"{A}title") for e in entries]
    assert "Decision (resolved), Scrutiny Committee, 2024-04-24: RESOLVED that the work programme be noted." in titles
    (meeting,) = rows(corpus_db, "select id from meetings where body = 'Scrutiny Committee'")[0]
    decision = next(e for e in entries if "Scrutiny Committee" in (e.findtext(f"{A}title") or ""))
    assert decision.find(f"{A}link[@rel='alternate']").get("href") == f"http://localhost/-/meeting/{meeting}"  # type: ignore[union-attr]
    pdf = decision.find(f"{A}link[@rel='related']")
    assert pdf is not None and pdf.get("href") == "http://localhost/pdf/001_368897f9bdd4d4d8.pdf#page=4"


def test_feed_of_a_body_holds_only_its_meetings(corpus_db: Path) -> None:
    feed = parse_feed(fetch(corpus_db, "/-/feed.atom?body=Scrutiny+Committee"))
    scrutiny = {
        f"http://localhost/-/meeting/{m}"
        for (m,) in rows(corpus_db, "select id from meetings where body like '%Scrutiny Committee%'")
    }
    links = {e.find(f"{A}link[@rel='alternate']").get("href") for e in feed.findall(f"{A}entry")}  # type: ignore[union-attr]
    assert links and links <= scrutiny
    expected = rows(
        corpus_db,
        """select (select count(*) from decisions d join meetings m on m.id = d.meeting_id
                   where m.body like '%Scrutiny Committee%')
                + (select count(*) from actions a left join meetings m on m.id = a.meeting_id
                   where m.body like '%Scrutiny Committee%' or a.owner like '%Scrutiny Committee%')""",
    )[0][0]
    assert len(feed.findall(f"{A}entry")) == expected
    assert feed.findtext(f"{A}title") == "New decisions and actions: 'Scrutiny Committee'"


def test_whole_feed_and_a_punctuated_query_are_valid(corpus_db: Path) -> None:
    everything = parse_feed(fetch(corpus_db, "/-/feed.atom"))
    assert len(everything.findall(f"{A}entry")) == min(
        changes.FEED_LIMIT,
        rows(corpus_db, "select (select count(*) from decisions) + (select count(*) from actions)")[0][0],
    )
    parse_feed(fetch(corpus_db, "/-/feed.atom?q=%22county+(lines%22+AND"))
