"""Presentation for Datasette: PDF page links, search highlighting, search-everything and charts.

The extraction code never imports Datasette; this module is loaded only by Datasette
(entry point `extractor` in pyproject.toml). SQL and HTML fragments come from extractor.site
and extractor.charts, which do not import Datasette either.
"""

from __future__ import annotations

import contextvars
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

from datasette import hookimpl
from datasette.utils.asgi import Response, asgi_send_file
from jinja2 import ChoiceLoader, FileSystemLoader
from markupsafe import Markup, escape

from . import charts, site
from .db import fts_query
from .schema import BY_NAME

PAGE_COLUMNS = {"page", "page_start"}
COUNT_LIMIT = 100_000
TEMPLATES = Path(__file__).resolve().parent / "templates"
_FILENAMES: dict[tuple[str, str], str] = {}
# The `_search` of the request being rendered: render_cell is not given the request in 0.65.
_SEARCH: contextvars.ContextVar[str] = contextvars.ContextVar("extractor_search", default="")


@hookimpl
def prepare_jinja2_environment(env: Any) -> None:
    env.loader = ChoiceLoader([env.loader, FileSystemLoader(str(TEMPLATES))])


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    def wrap(app: Any) -> Any:
        async def with_search(scope: dict[str, Any], receive: Any, send: Any) -> None:
            query = parse_qs(scope.get("query_string", b"").decode("utf-8", "replace"))
            search = query.get("_search", [""])[0] if scope.get("type") == "http" else ""
            if search and "_nocount" not in query and _is_large(datasette, scope.get("path", "")):
                scope = dict(scope, query_string=scope["query_string"] + b"&_nocount=1")
            token = _SEARCH.set(search)
            try:
                await app(scope, receive, send)
            finally:
                _SEARCH.reset(token)

        return with_search

    return wrap


def _is_large(datasette: Any, path: str) -> bool:
    """A table over COUNT_LIMIT rows (as the inspect file counted): counting its search matches
    looks each one up in the table, 160 ms for 40,000 matches in 1M sections, so it is skipped."""
    parts = path.strip("/").split("/")
    if len(parts) != 2 or parts[0] not in datasette.databases:
        return False
    counts = datasette.databases[parts[0]].cached_table_counts or {}
    return (counts.get(parts[1]) or 0) > COUNT_LIMIT


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    """A page cell links to the PDF at that page; a searched text cell shows its matches."""
    if column in PAGE_COLUMNS and isinstance(value, int) and row is not None:
        return _page_cell(row, value, database, datasette)
    if isinstance(value, str) and column == "snippet" and site.MARK_START in value:
        return Markup(site.marked_html(value))
    query = _SEARCH.get()
    if query and table in BY_NAME and column in BY_NAME[table].fts and isinstance(value, str):
        excerpt = site.excerpt_html(value, query)
        return Markup(excerpt) if excerpt else None
    return None


def _page_cell(row: Any, page: int, database: str, datasette: Any) -> Any:
    keys = row.keys() if hasattr(row, "keys") else []
    if "filename" in keys and row["filename"]:
        return _link(row["filename"], page)
    document = row["document_id"] if "document_id" in keys else None
    if isinstance(document, dict):  # a foreign key Datasette expanded: its label is the filename
        return _link(document["label"], page) if document.get("label") else None
    if document:
        return _lookup(datasette, database, str(document), page)
    return None


def _link(filename: str, page: int) -> Markup:
    return Markup(
        f'<a class="pdf-page" href="/pdf/{quote(filename)}#page={page}" '
        f'title="Open {escape(filename)} at page {page}">{escape(str(page))}</a>'
    )


def _lookup(datasette: Any, database: str, document_id: str, page: int) -> Any:
    key = (database, document_id)
    if key in _FILENAMES:
        return _link(_FILENAMES[key], page)

    async def inner() -> Any:
        db = datasette.get_database(database)
        first = (await db.execute("select filename from documents where id = ?", [document_id])).first()
        if first is None:
            return None
        _FILENAMES[key] = first["filename"]
        return _link(first["filename"], page)

    return inner


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/search$", search_page),
        (r"^/-/charts$", charts_page),
        (r"^/pdf/(?P<filename>[^/]+\.pdf)$", pdf_file),
    ]


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [
        {"href": datasette.urls.path("/-/search"), "label": "Search everything"},
        {"href": datasette.urls.path("/-/charts"), "label": "Charts"},
    ]


def _first_database(datasette: Any) -> Any:
    """The served extractor database: the first file database."""
    for db in datasette.databases.values():
        if db.name != "_internal" and not db.is_memory:
            return db
    return None


async def search_page(request: Any, datasette: Any) -> Response:
    """One box searching sections, decisions, actions and priorities, best matches of each."""
    q = (request.args.get("q") or "").strip()
    db = _first_database(datasette)
    groups = []
    if q and db is not None:
        params = {"q": fts_query(q), "limit": 10}
        for table in site.SEARCHABLE:
            count = (await db.execute(site.count_sql(table), params)).single_value()
            ranked = count <= site.RANK_LIMIT
            rows = (await db.execute(site.search_sql(table, ranked), params)).rows
            groups.append(
                {
                    "table": table,
                    "count": count,
                    "ranked": ranked,
                    "rows": [_hit(r) for r in rows],
                    "url": datasette.urls.table(db.name, table) + "?_search=" + quote(q),
                    "row_base": datasette.urls.table(db.name, table),
                }
            )
    context = {"q": q, "groups": groups, "total": sum(g["count"] for g in groups)}
    return Response.html(await datasette.render_template("extractor_search.html", context, request=request))


def _hit(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"] or "",
        "page": row["page"],
        "filename": row["filename"],
        "snippet": Markup(site.marked_html(row["snippet"] or "")),
        "pdf": f"/pdf/{quote(row['filename'])}#page={row['page']}" if row["page"] else None,
    }


async def charts_page(request: Any, datasette: Any) -> Response:
    db = _first_database(datasette)
    base = datasette.urls.database(db.name) if db else ""
    timeline = [dict(r) for r in (await db.execute(charts.TIMELINE_SQL)).rows] if db else []
    decisions = [dict(r) for r in (await db.execute(charts.DECISIONS_SQL)).rows] if db else []
    context = {
        "timeline": Markup(charts.timeline_svg(timeline, base)),
        "decisions": Markup(charts.bars_svg(decisions, base)),
    }
    return Response.html(await datasette.render_template("extractor_charts.html", context, request=request))


async def pdf_file(request: Any, send: Any, datasette: Any) -> Response | None:
    """A built document's PDF, found by file name: only files the database lists are served."""
    path = await _pdf_path(datasette, request.url_vars["filename"])
    if path is None:
        return Response.text("No such document in this database", status=404)
    await asgi_send_file(send, path, content_type="application/pdf", chunk_size=65536)
    return None


async def _pdf_path(datasette: Any, filename: str) -> Path | None:
    db = _first_database(datasette)
    if db is None:
        return None
    folder = (datasette.plugin_config("extractor") or {}).get("pdf_folder")
    rows = (await db.execute("select path from documents where filename = ?", [filename])).rows
    for row in rows:
        built = Path(row["path"])
        candidates = [Path(folder) / filename] if folder else []
        candidates += [built, Path(db.path).resolve().parent / built] if db.path else [built]
        found = next((p for p in candidates if p.is_file()), None)
        if found is not None:
            return found
    return None
