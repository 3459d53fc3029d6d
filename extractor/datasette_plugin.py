"""Presentation for Datasette: PDF page links, search highlighting, search-everything and charts.

The extraction code never imports Datasette; this module is loaded only by Datasette
(entry point `extractor` in pyproject.toml). SQL and HTML fragments come from extractor.site
and extractor.charts, which do not import Datasette either.
"""

from __future__ import annotations

import contextvars
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlencode

import datasette.handle_exception
from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.utils.asgi import NotFound, Response, asgi_send_file
from jinja2 import ChoiceLoader, FileSystemLoader
from markupsafe import Markup, escape

from . import changes, charts, lineage, pages, site
from .db import (
    DECISIONS_SQL,
    DOCUMENT_LABEL_SQL,
    LEGACY_PDF_SQL,
    MARK_START,
    MEETING_LABEL_SQL,
    PDF_SQL,
    TIMELINE_SQL,
    WEB_SEARCHABLE,
    fts_query,
    row_label_sql,
    web_count_sql,
    web_search_sql,
)
from .schema import BY_NAME

# Datasette's error handler prints every exception with rich, locals included, when rich is
# installed: every 404 and 400 a client asks for cost ~0.5 s of CPU and a screen of log.
# Without rich it prints a plain traceback for real faults (500) only.
datasette.handle_exception.rich = None  # type: ignore[attr-defined]

PAGE_COLUMNS = {"page", "page_start"}
COUNT_LIMIT = 100_000
TEMPLATES = Path(__file__).resolve().parent / "templates"
_DOCUMENTS: dict[tuple[str, str], dict[str, Any]] = {}  # (database, id) -> filename, title
_MEETINGS: dict[tuple[str, Any], str] = {}  # (database, id) -> "body, date"
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
            problem = _search_error(query) if scope.get("type") == "http" else None
            if problem:  # refused before Datasette spends seconds of CPU on it
                await Response.text(problem, status=400).asgi_send(send)
                return
            if search and "_nocount" not in query and _is_large(datasette, scope.get("path", "")):
                scope = dict(scope, query_string=scope["query_string"] + b"&_nocount=1")
            token = _SEARCH.set(search)
            try:
                await app(scope, receive, send)
            finally:
                _SEARCH.reset(token)

        return with_search

    return wrap


def _search_error(query: dict[str, list[str]]) -> str | None:
    """Why a table page's `_search` (or `_search_<column>`) is refused, if it is."""
    for key, values in query.items():
        if key.startswith("_search") and key != "_searchmode":
            problem = next(filter(None, map(site.search_problem, values)), None)
            if problem:
                return problem
    return None


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
    """A page cell links to the PDF at that page; a meeting or document links to its page, by
    its name; a searched text cell shows its matches."""
    if _is_page_column(column) and isinstance(value, int) and row is not None:
        return _page_cell(row, column, value, database, datasette)
    if column in ("meeting_id", "original_meeting_id") and value:
        return _meeting_cell(datasette, database, value)
    if column.endswith("document_id") and value:
        return _document_cell(datasette, database, value)
    if column == "first_build_id" and isinstance(value, int):
        href = datasette.urls.row(database, "builds", value)
        return Markup(f'<a class="build" href="{href}">build {value}</a>')
    reference = _reference(table, column)
    if reference and value is not None:
        return _reference_cell(datasette, database, reference, value)
    if table == "meetings" and column == "body" and value and row is not None:
        href = datasette.urls.path(f"/-/meeting/{row['id']}")
        return Markup(f'<a class="meeting" href="{href}">{escape(value)}</a>')
    if table == "documents" and column == "title" and row is not None:
        return Markup(
            f'<a href="{datasette.urls.path("/-/document/" + row["id"])}">{escape(value or row["filename"])}</a>'
        )
    if isinstance(value, str) and column == "snippet" and MARK_START in value:
        return Markup(site.marked_html(value))
    query = _SEARCH.get()
    if query and table in BY_NAME and column in BY_NAME[table].fts and isinstance(value, str):
        excerpt = site.excerpt_html(value, query)
        return Markup(excerpt) if excerpt else None
    return None


def _is_page_column(column: str) -> bool:
    return column in PAGE_COLUMNS or column.endswith("_page")


def _page_cell(row: Any, column: str, page: int, database: str, datasette: Any) -> Any:
    """The PDF link of a page cell: the row's filename (or `X_document` for a column `X_page`,
    as list_changes names them), else its document looked up."""
    keys = row.keys() if hasattr(row, "keys") else []
    prefix = column[: -len("page")] if column.endswith("_page") else ""
    for name in (prefix + "document", prefix + "filename", "filename", "document"):
        if name in keys and isinstance(row[name], str) and row[name].endswith(".pdf"):
            return _link(row[name], page)
    document = row["document_id"] if "document_id" in keys else None
    if isinstance(document, dict):  # a foreign key Datasette expanded to {value, label}
        document = document["value"]
    if document:
        return _lookup(datasette, database, str(document), lambda found: _link(found["filename"], page))
    return None


def _link(filename: str, page: int) -> Markup:
    return Markup(
        f'<a class="pdf-page" href="/pdf/{quote(filename)}#page={page}" '
        f'title="Open {escape(filename)} at page {page}">{escape(str(page))}</a>'
    )


def _document_cell(datasette: Any, database: str, value: Any) -> Any:
    """A document by its title (its file name on hover), linking to its page: not its 64-character hash."""
    document_id = str(value["value"] if isinstance(value, dict) else value)

    def cell(found: dict[str, Any]) -> Markup:
        title = found["title"] or found["filename"]
        return Markup(
            f'<a class="document" href="{datasette.urls.path("/-/document/" + document_id)}" '
            f'title="{escape(found["filename"])}">{escape(_clip(title, 80))}</a>'
        )

    return _lookup(datasette, database, document_id, cell)


def _meeting_cell(datasette: Any, database: str, value: Any) -> Any:
    """A meeting as "body, date", linking to its meeting page."""
    meeting_id = value["value"] if isinstance(value, dict) else value
    href = datasette.urls.path(f"/-/meeting/{meeting_id}")
    key = (database, meeting_id)
    if key in _MEETINGS:
        return Markup(f'<a class="meeting" href="{href}">{escape(_MEETINGS[key])}</a>')

    async def inner() -> Any:
        db = datasette.get_database(database)
        found = (await db.execute(MEETING_LABEL_SQL, [meeting_id])).first()
        label = ", ".join(x for x in (found["body"], found["date"]) if x) if found else ""
        _MEETINGS[key] = label or f"Meeting {meeting_id}"
        return Markup(f'<a class="meeting" href="{href}">{escape(_MEETINGS[key])}</a>')

    return inner


def _reference(table: str | None, column: str) -> str | None:
    """The table a column points at ("agenda_items"), as the schema declares it."""
    found = BY_NAME.get(table or "")
    declared = next((c.references for c in found.columns if c.name == column), None) if found else None
    return declared.split(".")[0] if declared else None


def _reference_cell(datasette: Any, database: str, other: str, value: Any) -> Any:
    """A linked row by its label, not its id: Datasette gives table pages {value, label} but row
    pages the bare id, so the label is looked up there. An agenda item opens in its meeting."""
    key = value["value"] if isinstance(value, dict) else value
    label_column = BY_NAME[other].label_column

    def cell(label: str | None, meeting_id: Any = None) -> Markup:
        href = datasette.urls.row(database, other, key)
        if meeting_id is not None:
            href = datasette.urls.path(f"/-/meeting/{meeting_id}") + f"#item-{key}"
        return Markup(f'<a href="{href}">{escape(_clip(label or str(key), 100))}</a>')

    if other != "agenda_items" and (isinstance(value, dict) or not label_column):
        return cell(value.get("label") if isinstance(value, dict) else None)

    async def inner() -> Any:
        db = datasette.get_database(database)
        found = (await db.execute(row_label_sql(other, label_column), [key])).first()
        return cell(found["label"], found["meeting_id"]) if found else cell(None)

    return inner


def _clip(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def _lookup(datasette: Any, database: str, document_id: str, cell: Callable[[dict[str, Any]], Any]) -> Any:
    """A cell drawn from the document's file name and title, cached: pages show the same few
    documents on every row."""
    key = (database, document_id)
    if key in _DOCUMENTS:
        return cell(_DOCUMENTS[key])

    async def inner() -> Any:
        db = datasette.get_database(database)
        first = (await db.execute(DOCUMENT_LABEL_SQL, [document_id])).first()
        if first is None:
            return None
        _DOCUMENTS[key] = {"filename": first["filename"], "title": first["title"]}
        return cell(_DOCUMENTS[key])

    return inner


# The document's 64-character hash, a link to its row, clipped to its first characters on table
# pages (the whole of it is on the row page); text columns kept wide enough to read; the column
# descriptions in columns of their own, so the rows start on the first screen.
CSS = """
body.table-documents td.type-pk a { display: inline-block; max-width: 10ch; overflow: hidden;
  text-overflow: ellipsis; white-space: nowrap; vertical-align: bottom; }
.rows-and-columns td.col-text, .rows-and-columns td.col-snippet { min-width: 18em; }
.rows-and-columns th { white-space: normal; overflow-wrap: anywhere; min-width: 3em; font-size: 0.85em; }
.rows-and-columns td.type-pk { font-size: 0.8em; }
.rows-and-columns td.col-title, .rows-and-columns td.col-heading, .rows-and-columns td.col-name { min-width: 12em; }
.rows-and-columns td.col-page, .rows-and-columns td.col-page_start { white-space: nowrap; }
dl.column-descriptions { column-width: 22em; column-gap: 2em; font-size: 0.8em; margin: 0.5em 0; }
dl.column-descriptions dt { break-after: avoid; }
dl.column-descriptions dd { margin: 0 0 0.3em 1em; break-before: avoid; }
"""


@hookimpl
def extra_css_urls(datasette: Any) -> list[str]:
    return [datasette.urls.path("/-/extractor.css")]


async def stylesheet(request: Any) -> Response:
    return Response(CSS, content_type="text/css; charset=utf-8", headers={"Cache-Control": "max-age=3600"})


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/extractor\.css$", stylesheet),
        (r"^/$", home_page),
        (r"^/-/search$", search_page),
        (r"^/-/charts$", charts_page),
        (r"^/-/meeting/(?P<id>\d+)$", meeting_page),
        (r"^/-/document/(?P<id>[0-9a-f]{64})$", document_page),
        (r"^/-/lineage$", lineage_page),
        (r"^/-/lineage/(?P<owner>[^/]+)$", lineage_page),
        (r"^/-/feed\.atom$", feed),
        (r"^/pdf/(?P<filename>[^/]+\.(?i:pdf))$", pdf_file),
    ]


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [
        {"href": datasette.urls.path("/-/search"), "label": "Search everything"},
        {"href": datasette.urls.path("/-/lineage"), "label": "Priority lineage"},
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
    problem = site.search_problem(q)
    if problem:
        return await _search_response(request, datasette, q, [], problem)
    db = _first_database(datasette)
    groups = []
    match = fts_query(q)
    if match and db is not None:
        try:
            groups = [await _search_group(datasette, db, table, q, match) for table in WEB_SEARCHABLE]
        except (QueryInterrupted, sqlite3.OperationalError) as e:
            return await _search_response(
                request, datasette, q, [], f"The search could not run ({e}); try fewer words."
            )
    return await _search_response(request, datasette, q, groups)


async def _search_group(datasette: Any, db: Any, table: str, q: str, match: str) -> dict[str, Any]:
    params = {"q": match, "limit": 10}
    count = (await db.execute(web_count_sql(table), params)).single_value()
    ranked = count <= site.RANK_LIMIT
    rows = (await db.execute(web_search_sql(table, ranked), params)).rows
    return {
        "table": table,
        "count": count,
        "ranked": ranked,
        "rows": [_hit(r) for r in rows],
        "url": datasette.urls.table(db.name, table) + "?_search=" + quote(q),
        "row_base": datasette.urls.table(db.name, table),
    }


async def _search_response(
    request: Any, datasette: Any, q: str, groups: list[dict[str, Any]], error: str | None = None
) -> Response:
    context = {"q": q, "groups": groups, "total": sum(g["count"] for g in groups), "error": error}
    html = await datasette.render_template("extractor_search.html", context, request=request)
    return Response.html(html, status=400 if error else 200)


def _hit(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"] or "",
        "page": row["page"],
        "filename": row["filename"],
        "snippet": Markup(site.marked_html(row["snippet"] or "")),
        "pdf": f"/pdf/{quote(row['filename'])}#page={row['page']}" if row["page"] else None,
        "meeting_id": row["meeting_id"],
        "meeting": row["meeting"],
    }


async def charts_page(request: Any, datasette: Any) -> Response:
    db = _first_database(datasette)
    base = datasette.urls.database(db.name) if db else ""
    timeline = [dict(r) for r in (await db.execute(TIMELINE_SQL)).rows] if db else []
    decisions = [dict(r) for r in (await db.execute(DECISIONS_SQL)).rows] if db else []
    context = {
        "timeline": Markup(charts.timeline_svg(timeline, base, datasette.urls.path("/-/lineage/"))),
        "decisions": Markup(charts.bars_svg(decisions, base)),
    }
    return Response.html(await datasette.render_template("extractor_charts.html", context, request=request))


async def home_page(request: Any, datasette: Any) -> Response:
    """The home page leads with meetings, decisions, actions and priorities; the tables follow."""
    db = _first_database(datasette)
    if db is None:
        raise NotFound("No database is served")
    context = dict(
        await db.execute_fn(pages.home),
        owners=await db.execute_fn(lineage.owners),
        database=db.name,
        title=datasette.metadata("title") or "Datasette",
    )
    return Response.html(await datasette.render_template("extractor_home.html", context, request=request))


async def meeting_page(request: Any, datasette: Any) -> Response:
    """A meeting as minuted: attendance, items in order with decisions, votes and actions."""
    db = _first_database(datasette)
    meeting_id = int(request.url_vars["id"])
    view = await db.execute_fn(lambda conn: pages.meeting(conn, meeting_id)) if db else None
    if view is None:
        raise NotFound(f"No meeting {meeting_id} in this database")
    context = dict(
        view, m=view["meeting"], database=db.name, row_url=datasette.urls.row(db.name, "meetings", meeting_id)
    )
    return Response.html(await datasette.render_template("extractor_meeting.html", context, request=request))


async def document_page(request: Any, datasette: Any) -> Response:
    """A document: what it is, its parts and everything read from it, or why nothing could be."""
    db = _first_database(datasette)
    document_id = request.url_vars["id"]
    view = await db.execute_fn(lambda conn: pages.document(conn, document_id)) if db else None
    if view is None:
        raise NotFound(f"No document {document_id} in this database")
    context = dict(
        view, d=view["document"], database=db.name, row_url=datasette.urls.row(db.name, "documents", document_id)
    )
    return Response.html(await datasette.render_template("extractor_document.html", context, request=request))


async def lineage_page(request: Any, datasette: Any) -> Response:
    """Without an owner, the owners whose lists are linked; with one, its lists as columns."""
    db = _first_database(datasette)
    owner = unquote(request.url_vars.get("owner") or "")
    context: dict[str, Any] = {"database": db.name if db else "", "view": None, "owners": []}
    if db is None:
        raise NotFound("No database is served")
    if not owner:
        context["owners"] = await db.execute_fn(lineage.owners)
    else:
        view = await db.execute_fn(lambda conn: lineage.lineage(conn, owner))
        if view is None:
            raise NotFound(f"No priority list is owned by {owner!r}; see /-/lineage for the owners")
        context.update(view=view, svg=Markup(lineage.svg(view)), changes=lineage.changes(view), legend=lineage.legend())
    return Response.html(await datasette.render_template("extractor_lineage.html", context, request=request))


async def feed(request: Any, datasette: Any) -> Response:
    """New decisions and actions as Atom, newest build first: ?body= narrows to a committee (or
    an action's owner), ?q= to words in the text, so an officer can subscribe to a topic."""
    db = _first_database(datasette)
    if db is None:
        raise NotFound("No database is served")
    body, q = (request.args.get("body") or "").strip(), (request.args.get("q") or "").strip()
    problem = site.search_problem(q) or site.search_problem(body)
    if problem:
        return Response.text(problem, status=400)
    entries = await db.execute_fn(lambda conn: changes.feed_entries(conn, body=body, q=q))
    about = " and ".join(x for x in (f"{body!r}" if body else "", f"mentioning {q!r}" if q else "") if x)
    base = f"{request.scheme}://{request.host}"
    xml = changes.atom(
        entries,
        title="New decisions and actions" + (f": {about}" if about else ""),
        base=base,
        rows=base + datasette.urls.database(db.name),
        self_url=f"{base}/-/feed.atom"
        + ("?" + urlencode({k: v for k, v in (("body", body), ("q", q)) if v}) if about else ""),
    )
    return Response(xml.decode("utf-8"), content_type="application/atom+xml; charset=utf-8")


async def pdf_file(request: Any, send: Any, datasette: Any) -> Response | None:
    """A built document's PDF, found by file name. Only a regular file (not a symlink) that the
    database records as a readable PDF, with the size it had when built, is served."""
    filename = unquote(request.url_vars["filename"])  # Datasette routes on the raw, encoded path
    path = await _pdf_path(datasette, filename) if "/" not in filename and "\x00" not in filename else None
    if path is None:
        return Response.text("No such document in this database", status=404)
    await asgi_send_file(send, path, content_type="application/pdf", chunk_size=65536)
    return None


async def _pdf_path(datasette: Any, filename: str) -> Path | None:
    db = _first_database(datasette)
    if db is None:
        return None
    folder = (datasette.plugin_config("extractor") or {}).get("pdf_folder")
    tables = await db.table_names()
    rows = (await db.execute(PDF_SQL if "files" in tables else LEGACY_PDF_SQL, {"name": filename})).rows
    for row in rows:
        built = Path(row["path"])
        candidates = [Path(folder) / filename] if folder else []
        candidates += [built, Path(db.path).resolve().parent / built] if db.path else [built]
        found = next((p for p in candidates if _servable(p, row["size"])), None)
        if found is not None:
            return found
    return None


def _servable(path: Path, size: int | None) -> bool:
    """A regular file, not a symlink, of the recorded size, that starts like a PDF."""
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or (size is not None and info.st_size != size):
            return False
        with open(path, "rb") as f:
            return b"%PDF-" in f.read(1024)
    except OSError:
        return False
