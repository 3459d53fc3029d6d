"""The Datasette site on the bundled corpus: every page answers, links reach the PDF page,
search finds and highlights, the site is read-only. Requests go through Datasette's own
in-process client, so no port is opened."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from datasette.app import Datasette

from extractor import site
from extractor.cli import cli
from extractor.schema import TABLES

# a value for each named parameter of the canned queries; any other parameter gets "Kent"
PARAMS = {"term": "report", "owner": "Kent", "name": "Hill", "organisation": "Kent Police"}


def fetch(db: Path, *paths: str) -> list[httpx.Response]:
    """GET each path from a Datasette serving `db` as `extractor serve` does."""

    async def run() -> list[httpx.Response]:
        ds = Datasette([], immutables=[str(db)], metadata=site.metadata(db.stem), settings=site.SETTINGS)
        return [await ds.client.get(path) for path in paths]

    return asyncio.run(run())


def query_url(db: Path, name: str, sql: str) -> str:
    names = dict.fromkeys(re.findall(r":(\w+)", sql))
    args = "&".join(f"{p}={PARAMS.get(p, 'Kent').replace(' ', '+')}" for p in names)
    return f"/{db.stem}/{name}?{args}"


def rows(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_every_table_page_answers_200(corpus_db: Path) -> None:
    paths = ["/", f"/{corpus_db.stem}", "/-/search", "/-/charts"] + [f"/{corpus_db.stem}/{t.name}" for t in TABLES]
    statuses = {path: r.status_code for path, r in zip(paths, fetch(corpus_db, *paths))}
    assert statuses == dict.fromkeys(paths, 200)


@pytest.mark.parametrize("name", sorted(site.queries()))
def test_every_canned_query_answers_200(corpus_db: Path, name: str) -> None:
    (response,) = fetch(corpus_db, query_url(corpus_db, name, site.queries()[name]["sql"]))
    assert response.status_code == 200, response.text[:500]
    assert "<table" in response.text, f"{name} returned no rows for {PARAMS}"


def test_decisions_mentioning_cites_meeting_and_page(corpus_db: Path) -> None:
    (response,) = fetch(corpus_db, f"/{corpus_db.stem}/decisions_mentioning.json?_shape=array&term=work+programme")
    assert [(r["date"], r["body"], r["item"], r["snippet"], r["filename"], r["page"]) for r in response.json()] == [
        (
            "2024-04-24",
            "Scrutiny Committee",
            "55",
            "RESOLVED that the ⟦work programme⟧ be noted.",
            "001_368897f9bdd4d4d8.pdf",
            4,
        ),
        (
            "2019-06-12",
            "Kent and Medway Police and Crime Panel",
            "322",
            "RESOLVED that the ⟦work programme⟧ be noted.",
            "002_417e4a2834b4c3e8.pdf",
            55,
        ),
    ]


def test_decision_row_links_to_its_pdf_page(corpus_db: Path) -> None:
    decision_id, filename, page = rows(
        corpus_db,
        """
        select d.id, doc.filename, d.page from decisions d join documents doc on doc.id = d.document_id
        where d.text like '%work programme be noted%' order by d.page""",
    )[0]
    row, table, pdf = fetch(
        corpus_db, f"/{corpus_db.stem}/decisions/{decision_id}", f"/{corpus_db.stem}/decisions", f"/pdf/{filename}"
    )
    link = f'href="/pdf/{filename}#page={page}"'
    assert link in row.text
    assert link in table.text
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_canned_query_rows_link_to_pdf_pages(corpus_db: Path) -> None:
    (response,) = fetch(corpus_db, f"/{corpus_db.stem}/meetings_attended?name=Hill")
    assert re.search(r'<a class="pdf-page" href="/pdf/\d{3}_\w+\.pdf#page=\d+"', response.text)


def test_pdf_route_serves_only_built_documents(corpus_db: Path) -> None:
    missing, traversal = fetch(corpus_db, "/pdf/not-built.pdf", "/pdf/..%2F..%2Fetc%2Fpasswd.pdf")
    assert missing.status_code == 404
    assert traversal.status_code == 404


def test_search_everything_finds_county_lines(corpus_db: Path) -> None:
    (response,) = fetch(corpus_db, "/-/search?q=county+lines")
    assert response.status_code == 200
    sections = int(re.search(r"Sections: (\d+)", response.text).group(1))  # type: ignore[union-attr]
    assert (
        sections
        == rows(corpus_db, "select count(*) from sections_fts where sections_fts match ?", '"county" "lines"')[0][0]
        > 0
    )
    assert re.search(r"<mark>county</mark> <mark>lines</mark>", response.text, re.IGNORECASE)
    assert re.search(r'<a class="pdf-page" href="/pdf/\d{3}_\w+\.pdf#page=\d+">page \d+</a>', response.text)


def test_table_search_highlights_matches(corpus_db: Path) -> None:
    sections, priorities = fetch(
        corpus_db,
        f"/{corpus_db.stem}/sections?_search=county+lines",
        f"/{corpus_db.stem}/priorities?_search=county+lines",
    )
    for response in (sections, priorities):
        assert response.status_code == 200
        assert re.search(r"<mark>county</mark>", response.text, re.IGNORECASE)


def test_excerpt_marks_words_and_escapes_text() -> None:
    text = "Tackling <b>County Lines</b> and exploitation. " + "x " * 200
    excerpt = site.excerpt_html(text, "county lines") or ""
    assert excerpt.startswith("Tackling &lt;b&gt;<mark>County</mark> <mark>Lines</mark>&lt;/b&gt; and exploitation. x")
    assert excerpt.endswith("x …") and len(excerpt) < 250
    assert site.excerpt_html("nothing here", "county") is None


def test_charts_page_draws_priority_timeline_and_decisions(corpus_db: Path) -> None:
    (response,) = fetch(corpus_db, "/-/charts")
    assert response.text.count('<svg xmlns="http://www.w3.org/2000/svg" role="img"') == 2
    assert "Kent Police" in response.text and "2015/16: 6 priorities" in response.text
    assert "Scrutiny Committee · 2024" in response.text
    assert f'href="/{corpus_db.stem}/priorities?list_id=' in response.text


def test_site_is_read_only_and_has_no_other_plugins(corpus_db: Path) -> None:
    plugins, settings, insert = fetch(
        corpus_db,
        "/-/plugins.json",
        "/-/settings.json",
        f"/{corpus_db.stem}.json?sql=insert+into+organisations+(name)+values+('x')",
    )
    assert [p["name"] for p in plugins.json()] == ["extractor"]
    assert settings.json()["sql_time_limit_ms"] == 1000
    assert settings.json()["suggest_facets"] is False
    assert insert.status_code == 400


def test_serve_command_is_immutable_with_inspect_file(corpus_db: Path) -> None:
    command = site.serve_command(corpus_db, "127.0.0.1", 8001, None)
    assert command[command.index("-i") + 1] == str(corpus_db)
    inspect = json.loads(Path(command[command.index("--inspect-file") + 1]).read_text())
    assert (
        inspect[corpus_db.stem]["tables"]["decisions"]["count"]
        == rows(corpus_db, "select count(*) from decisions")[0][0]
    )
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert ["--setting", "suggest_facets", "off"] == command[command.index("suggest_facets") - 1 :][:3]
    host = next(p for p in cli.commands["serve"].params if p.name == "host")
    assert host.default == "127.0.0.1"


def test_metadata_describes_every_column_and_facets_exist() -> None:
    tables = site.metadata()["databases"][site.DATABASE]["tables"]
    for table in TABLES:
        entry = tables[table.name]
        assert entry["description"]
        assert set(entry["columns"]) == {c.name for c in table.columns}
        assert all(entry["columns"].values()), table.name
        names = {c.name for c in table.columns}
        assert set(entry.get("facets", [])) <= names, table.name
        assert entry.get("label_column", "id") in names | {"id"}


# --- a site that survives any request ---------------------------------------------------------

AWKWARD = "minutes 2024 #1 (draft) é.pdf"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus with a file whose name needs URL encoding, symlinks out of the folder (one to a
    text file, one to a real PDF) and a non-PDF; built like any other."""
    from extractor.build import BuildOptions, build
    from tests.fixtures import make

    root = tmp_path_factory.mktemp("hostile_site")
    folder = root / "in"
    folder.mkdir()
    make.two_column(folder).rename(folder / AWKWARD)
    make.running_headers(folder)
    make.a3_spread(folder).rename(folder / "SHOUTING.PDF")
    make.not_a_pdf(folder)
    secret = root / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    (folder / "evil.pdf").symlink_to(secret)
    (folder / "linked.pdf").symlink_to(make.a3_spread(root))
    db = root / "site.db"
    build([folder], db, BuildOptions(workers=1, entities=False))
    return db


def test_pdf_route_serves_a_name_that_needs_url_encoding(hostile_site: Path) -> None:
    responses = fetch(hostile_site, "/pdf/" + quote(AWKWARD), "/pdf/SHOUTING.PDF")
    assert [r.status_code for r in responses] == [200, 200]
    assert all(r.content.startswith(b"%PDF-") for r in responses)
    assert responses[0].headers["content-type"] == "application/pdf"


def test_pdf_route_refuses_symlinks_non_pdfs_and_paths(hostile_site: Path) -> None:
    statuses = rows(hostile_site, "select filename, status from documents order by filename")
    assert statuses == [
        ("SHOUTING.PDF", "ok"),
        ("evil.pdf", "failed"),
        ("linked.pdf", "ok"),
        (AWKWARD, "ok"),
        ("notes.pdf", "failed"),
        ("running_headers.pdf", "ok"),
    ]
    paths = ["/pdf/evil.pdf", "/pdf/linked.pdf", "/pdf/notes.pdf", "/pdf/..%2Fsecret.txt%00.pdf"]
    paths += ["/pdf/%2Fetc%2Fpasswd%00.pdf", "/pdf/..%2F..%2Fin%2Fevil.pdf"]
    responses = fetch(hostile_site, *paths)
    assert [r.status_code for r in responses] == [404] * len(paths)
    assert not any(b"root:" in r.content for r in responses)


def test_pdf_route_refuses_a_file_changed_since_the_build(hostile_site: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(hostile_site, db)
    conn = sqlite3.connect(db)
    conn.execute("update files set size = size + 1 where filename = 'running_headers.pdf'")
    conn.commit()
    conn.close()  # the site opens the file immutable: the change must not wait in the WAL
    (response,) = fetch(db, "/pdf/running_headers.pdf")
    assert response.status_code == 404


def test_search_everything_bounds_its_input_and_explains(hostile_site: Path) -> None:
    long, many, quote_only, syntax = fetch(
        hostile_site,
        "/-/search?q=" + "a" * 30_000,
        "/-/search?q=" + "+".join(["word"] * 40),
        "/-/search?q=%22",
        "/-/search?q=NEAR(column+OR",
    )
    assert long.status_code == 400 and "at most 200 characters (this was 30,000)" in long.text
    assert many.status_code == 400 and "at most 16 words (this was 40)" in many.text
    assert quote_only.status_code == 200
    assert syntax.status_code == 200 and 'id="search-summary"' in syntax.text


def test_feed_search_is_bounded(hostile_site: Path) -> None:
    long, fine = fetch(hostile_site, "/-/feed.atom?q=" + "a" * 30_000, "/-/feed.atom?q=column")
    assert long.status_code == 400 and long.text.startswith("Search for at most 200 characters")
    assert fine.status_code == 200


def test_table_search_is_bounded_and_bad_syntax_is_a_400(hostile_site: Path) -> None:
    table = f"/{hostile_site.stem}/sections"
    long, raw, as_json = fetch(
        hostile_site,
        f"{table}?_search=" + "x" * 5_000,
        f"{table}?_search=NEAR(&_searchmode=raw",
        f"{table}.json?_search=NEAR(&_searchmode=raw",
    )
    assert long.status_code == 400 and long.text.startswith("Search for at most 200 characters")
    assert raw.status_code == 400 and "syntax error" in raw.text
    assert as_json.status_code == 400 and "syntax error" in as_json.json()["error"]


def test_client_errors_print_no_traceback(hostile_site: Path, capfd: pytest.CaptureFixture[str]) -> None:
    table = f"/{hostile_site.stem}/sections"
    responses = fetch(
        hostile_site, "/nowhere", f"/{hostile_site.stem}/nowhere", f"{table}?_search=NEAR(&_searchmode=raw"
    )
    assert [r.status_code for r in responses] == [404, 404, 400]
    err = capfd.readouterr().err
    assert "Traceback" not in err and "locals" not in err
    assert not any("Traceback" in r.text for r in responses)


def test_meeting_document_and_lineage_pages_answer(corpus_db: Path) -> None:
    (meeting,) = rows(corpus_db, "select id from meetings where body = 'Scrutiny Committee'")[0:1]
    (document,) = rows(corpus_db, "select id from documents where filename = '001_368897f9bdd4d4d8.pdf'")[0]
    (org,) = rows(corpus_db, "select id from organisations where name = 'Kent Community Safety Partnership'")[0]
    page, doc, owners, owner, missing, bad_doc, nobody = fetch(
        corpus_db,
        f"/-/meeting/{meeting[0]}",
        f"/-/document/{document}",
        "/-/lineage",
        f"/-/lineage/{org}",
        "/-/meeting/1",
        "/-/document/" + "0" * 64,
        "/-/lineage/Nobody",
    )
    assert page.status_code == doc.status_code == owners.status_code == owner.status_code == 200
    assert "<h1>Scrutiny Committee, 2024-04-24</h1>" in page.text
    assert '<a class="pdf-page" href="/pdf/001_368897f9bdd4d4d8.pdf#page=4">page 4</a>' in page.text
    assert "RESOLVED that the work programme be noted." in page.text
    assert f'href="/-/document/{document}"' in page.text
    assert '<dd id="document-status">ok</dd>' in doc.text and f'href="/-/meeting/{meeting[0]}"' in doc.text
    assert f'href="/-/lineage/{org}">Kent Community Safety Partnership</a>' in owners.text
    assert owner.text.count('class="priority"') == 22 and "merged into" in owner.text
    assert missing.status_code == bad_doc.status_code == nobody.status_code == 404


def test_table_rows_show_meetings_and_documents_by_name_with_links(corpus_db: Path) -> None:
    (document,) = rows(corpus_db, "select id from documents where filename = '001_368897f9bdd4d4d8.pdf'")[0]
    (meeting,) = rows(corpus_db, "select id from meetings where body = 'Scrutiny Committee'")[0]
    decisions, meetings, documents = fetch(
        corpus_db,
        f"/{corpus_db.stem}/decisions?meeting_id={meeting}",
        f"/{corpus_db.stem}/meetings",
        f"/{corpus_db.stem}/documents",
    )
    meeting_link = f'<a class="meeting" href="/-/meeting/{meeting}">Scrutiny Committee, 2024-04-24</a>'
    assert meeting_link in decisions.text
    assert (
        f'<a class="document" href="/-/document/{document}" title="001_368897f9bdd4d4d8.pdf">'
        "KENT COUNTY COUNCIL SCRUTINY COMMITTEE</a>" in decisions.text
    )
    assert f">{document}<" not in decisions.text  # the hash is in links only, never shown
    assert f'<a class="meeting" href="/-/meeting/{meeting}">Scrutiny Committee</a>' in meetings.text
    assert f'<a href="/-/document/{document}">KENT COUNTY COUNCIL SCRUTINY COMMITTEE</a>' in documents.text
    (filtered,) = fetch(corpus_db, f"/{corpus_db.stem}/decisions.json?_shape=array&document_id={document}")
    assert (
        len(filtered.json()) == rows(corpus_db, "select count(*) from decisions where document_id = ?", document)[0][0]
    )


def test_list_changes_rows_link_both_pages(corpus_db: Path) -> None:
    (response,) = fetch(corpus_db, f"/{corpus_db.stem}/list_changes?owner=Community+Safety+Partnership")
    assert '<a class="pdf-page" href="/pdf/003_f1b85571892c6c38.pdf#page=5"' in response.text
    assert '<a class="pdf-page" href="/pdf/001_368897f9bdd4d4d8.pdf#page=6"' in response.text


def test_charts_place_a_list_without_period_at_its_document_date(corpus_db: Path) -> None:
    (response,) = fetch(corpus_db, "/-/charts")
    undated = rows(corpus_db, "select count(*) from priority_lists where period_start is null and owner is not null")
    assert undated[0][0] > 0
    # Kent CSP's 2016 lists state no period: drawn at the agreement's date, paler, not left out
    assert "document 2016-02-02: 4 priorities" in response.text
    assert "document 2016-02-02: 2 priorities" in response.text
    (org,) = rows(corpus_db, "select id from organisations where name = 'Kent Community Safety Partnership'")[0]
    assert f'<a href="/-/lineage/{org}"><title>Lineage of its lists</title>' in response.text


def test_home_page_leads_with_meetings_decisions_actions_and_priorities(corpus_db: Path) -> None:
    (home,) = fetch(corpus_db, "/")
    sections = re.findall(r'<section id="home-(\w+)">', home.text)
    assert sections == ["meetings", "decisions", "actions", "priorities", "documents"]
    (meeting,) = rows(corpus_db, "select id from meetings where body = 'Scrutiny Committee'")[0]
    assert f'<a class="meeting" href="/-/meeting/{meeting}">Scrutiny Committee, 2024-04-24</a>' in home.text
    assert "RESOLVED that the work programme be noted." in home.text
    assert ">Kent Community Safety Partnership</a>" in home.text
    assert home.text.count('href="/-/document/') == rows(corpus_db, "select count(*) from documents")[0][0]


def test_priority_timeline_rows_link_their_pdf_page(corpus_db: Path) -> None:
    (response,) = fetch(corpus_db, f"/{corpus_db.stem}/priority_timeline?text=Serious+and+Organised+Crime")
    assert '<a class="pdf-page" href="/pdf/003_f1b85571892c6c38.pdf#page=5"' in response.text
    assert '<a class="pdf-page" href="/pdf/001_368897f9bdd4d4d8.pdf#page=35"' in response.text


def test_lineage_by_name_and_acronym(corpus_db: Path) -> None:
    by_name, by_acronym = fetch(corpus_db, "/-/lineage/Kent%20Community%20Safety%20Partnership", "/-/lineage/KCSP")
    for response in (by_name, by_acronym):
        assert response.status_code == 200
        assert "<h1>Priority lineage: Kent Community Safety Partnership</h1>" in response.text


def test_unreadable_document_page_says_what_to_do(tmp_path: Path) -> None:
    from extractor.build import BuildOptions, build
    from tests.fixtures import make

    make.not_a_pdf(tmp_path)
    db = tmp_path / "bad.db"
    build([tmp_path], db, BuildOptions(workers=1, entities=False))
    (document,) = rows(db, "select id from documents")[0]
    (page,) = fetch(db, f"/-/document/{document}")
    assert page.status_code == 200
    assert '<dd id="document-status">failed</dd>' in page.text
    assert '<div class="problem" id="document-problem">' in page.text
    assert "What to do: The file could not be read as a PDF." in page.text
    assert 'class="pdf-page"' not in page.text  # nothing to open


def test_row_page_shows_linked_rows_by_name(corpus_db: Path) -> None:
    decision, item, meeting = rows(
        corpus_db,
        """select d.id, d.agenda_item_id, d.meeting_id from decisions d
           where d.text = 'RESOLVED that the work programme be noted.' and d.page = 4""",
    )[0]
    (page,) = fetch(corpus_db, f"/{corpus_db.stem}/decisions/{decision}")
    assert f'<a href="/-/meeting/{meeting}#item-{item}">55. Work Programme</a>' in page.text
    assert f'<a class="meeting" href="/-/meeting/{meeting}">Scrutiny Committee, 2024-04-24</a>' in page.text
    assert '<a class="build" href="/corpus/builds/1">build 1</a>' in page.text
