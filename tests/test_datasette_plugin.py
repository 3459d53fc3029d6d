"""The Datasette plugin's own pieces, called directly: cells that link to PDF pages, meetings,
documents and builds; the routes it registers; which files it will serve; refused searches.
Whole pages through Datasette are in tests/test_site.py."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from datasette.app import Datasette

from extractor import datasette_plugin as plugin
from extractor import site
from extractor.db import MARK_END, MARK_START


@pytest.fixture(scope="module")
def ds(corpus_db: Path) -> Datasette:
    return Datasette([], immutables=[str(corpus_db)], metadata=site.metadata(corpus_db.stem), settings=site.SETTINGS)


def cell(ds: Datasette, row: dict | None, value: object, column: str, table: str | None = "decisions") -> str | None:
    found = plugin.render_cell(row, value, column, table, "corpus", ds)
    assert not callable(found), "a cell that needs no lookup is drawn at once"
    return None if found is None else str(found)


def test_a_page_cell_opens_the_pdf_at_that_page(ds: Datasette) -> None:
    assert cell(ds, {"filename": "Minutes & notes.pdf", "page": 4}, 4, "page") == (
        '<a class="pdf-page" href="/pdf/Minutes%20%26%20notes.pdf#page=4" '
        'title="Open Minutes &amp; notes.pdf at page 4">4</a>'
    )


def test_a_named_page_column_opens_its_own_document(ds: Datasette) -> None:
    row = {"before_document": "2015.pdf", "after_document": "2024.pdf", "before_page": 2, "after_page": 9}
    assert 'href="/pdf/2015.pdf#page=2"' in (cell(ds, row, 2, "before_page", "list_changes") or "")
    assert 'href="/pdf/2024.pdf#page=9"' in (cell(ds, row, 9, "after_page", "list_changes") or "")


def test_a_page_cell_without_a_document_or_a_number_is_left_to_datasette(ds: Datasette) -> None:
    assert cell(ds, {"page": 3}, 3, "page") is None
    assert cell(ds, {"filename": "a.pdf", "page": None}, None, "page") is None
    assert cell(ds, {"filename": "notes.txt", "page": 1}, 1, "page") is None  # not a PDF


def test_a_build_cell_links_to_its_build(ds: Datasette) -> None:
    assert cell(ds, {"first_build_id": 3}, 3, "first_build_id") == (
        f'<a class="build" href="{ds.urls.row("corpus", "builds", 3)}">build 3</a>'
    )


def test_a_meeting_body_and_a_document_title_open_their_pages(ds: Datasette) -> None:
    meeting = cell(ds, {"id": 12, "body": "Police <and> Crime Panel"}, "Police <and> Crime Panel", "body", "meetings")
    assert meeting == '<a class="meeting" href="/-/meeting/12">Police &lt;and&gt; Crime Panel</a>'
    untitled = cell(ds, {"id": "ab" * 32, "filename": "x.pdf", "title": None}, None, "title", "documents")
    assert untitled == f'<a href="/-/document/{"ab" * 32}">x.pdf</a>'  # no title: its file name


def test_a_snippet_shows_its_matches_marked_and_escaped(ds: Datasette) -> None:
    value = f"the <b> {MARK_START}county lines{MARK_END} model"
    assert cell(ds, {}, value, "snippet", None) == "the &lt;b&gt; <mark>county lines</mark> model"


def test_routes_take_only_what_they_serve() -> None:
    routes = {handler.__name__: re.compile(pattern) for pattern, handler in plugin.register_routes()}
    assert routes["pdf_file"].match("/pdf/Minutes%202024.PDF")
    assert not routes["pdf_file"].match("/pdf/a/b.pdf") and not routes["pdf_file"].match("/pdf/notes.txt")
    assert routes["document_page"].match("/-/document/" + "0a" * 32)
    assert not routes["document_page"].match("/-/document/../etc")
    assert not routes["meeting_page"].match("/-/meeting/1;drop")


def test_only_a_regular_pdf_of_the_recorded_size_is_servable(tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.7\n...")
    assert plugin._servable(pdf, pdf.stat().st_size)
    assert plugin._servable(pdf, None)
    assert not plugin._servable(pdf, pdf.stat().st_size + 1)  # changed since the build
    os.symlink(pdf, tmp_path / "link.pdf")
    assert not plugin._servable(tmp_path / "link.pdf", None)
    (tmp_path / "fake.pdf").write_bytes(b"<html>not a pdf</html>")
    assert not plugin._servable(tmp_path / "fake.pdf", None)
    assert not plugin._servable(tmp_path / "missing.pdf", None)
    assert not plugin._servable(tmp_path, None)  # a folder


def test_a_table_search_too_long_is_refused_with_why() -> None:
    assert plugin._search_error({"_search": ["county lines"]}) is None
    long = "word " * (site.MAX_SEARCH_TERMS + 1)
    assert plugin._search_error({"_search_text": [long]}) == site.search_problem(long)
    assert plugin._search_error({"_searchmode": [long]}) is None  # not a search


def test_the_menu_links_to_the_plugin_pages(ds: Datasette) -> None:
    links = {x["label"]: x["href"] for x in plugin.menu_links(ds)}
    assert links == {"Search everything": "/-/search", "Priority lineage": "/-/lineage", "Charts": "/-/charts"}
    assert plugin.extra_css_urls(ds) == ["/-/extractor.css"]
