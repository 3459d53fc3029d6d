"""The Datasette site: metadata.yml generated from the schema, search and the serve command line.

Table and column descriptions come from extractor.schema (one place, in code); facets, sort
orders and canned queries are set here; `extractor metadata --write` writes metadata.yml and
CI checks that the committed file is current. Nothing here imports Datasette: the plugin
module (datasette_plugin.py) turns these strings and SQL into pages.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import __version__
from .config import dump_yaml
from .db import MARK_END, MARK_START
from .schema import TABLES

ROOT = Path(__file__).resolve().parent.parent
METADATA = ROOT / "metadata.yml"
QUERIES = ROOT / "db" / "queries"
DATABASE = "extractor"  # the name Datasette gives extractor.db

FACETS: dict[str, list[Any]] = {  # the most useful first: body, year, owner, kind
    "documents": ["kind", "publisher", "status"],
    "document_parts": ["kind"],
    "meetings": ["body", "year", "authority"],
    "attendees": ["status"],
    "agenda_items": ["meeting_id"],
    "decisions": ["kind", "meeting_id"],
    "actions": ["owner", "status", "organisation_id"],
    "priority_lists": ["owner", "kind", "period", "organisation_id"],
    "organisations": ["kind"],
    "mentions": ["label"],
    "dates": ["precision", "role"],
    "votes": ["outcome"],
    "priority_links": ["relation"],
}
# Sorts only on indexed or small tables: an unindexed sort reads every row of a 1M-row table.
SORT_DESC = {
    "meetings": "date",
    "dates": "start_date",
    "priority_lists": "period_start",
    "priority_links": "score",
    "builds": "id",
}
SORT = {"priorities": "position", "agenda_items": "page"}
HIDDEN = ("pages",)  # the raw page text is reachable from every row; the table itself is noise

# What `extractor serve` (and the benchmark) runs with: safe to publish, fast on 1M rows.
# Rows of long text (sections run to pages) are what a page spends its time drawing: 20 to a
# page keeps a search of 1M sections under 50 ms; "Next page" and ?_size= give more.
SEARCHABLE_PAGE_SIZE = 20
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 1000,  # a runaway query from the SQL box stops after a second
    "facet_time_limit_ms": 200,
    "suggest_facets": False,  # suggestions run a count per column: most of a 1M-row page's time
    "allow_download": False,
    "truncate_cells_html": 300,  # a section's body is pages long: table pages clip it, the row page shows it whole
    "default_page_size": 50,  # rendering is most of a page's time: 100 rows of 1M sections took 80 ms
}

DESCRIPTION = (
    "Minutes, agenda packs, community safety agreements, strategies and action plans of English "
    "councils and partnerships, read into tables: meetings, attendance, decisions, actions, "
    "priorities, organisations and dates. Every row cites its document and page; page numbers "
    "open the PDF at that page."
    '<form action="/-/search" method="get" style="margin: 1em 0">'
    '<input type="search" name="q" placeholder="Search sections, decisions, actions, priorities" size="50"> '
    '<input type="submit" value="Search"></form>'
    '<p><a href="/">Meetings, decisions, actions and priorities</a> · <a href="/-/search">Search everything</a> · '
    '<a href="/-/lineage">Priority lineage</a> · <a href="/-/charts">Charts: priorities over time, '
    "decisions per body per year</a></p>"
)


def metadata(database: str = DATABASE, plugin_config: dict[str, Any] | None = None) -> dict[str, Any]:
    """The whole metadata.yml as a dict, for a database served under `database`."""
    meta: dict[str, Any] = {
        "title": "Council and partnership documents",
        "description_html": DESCRIPTION,
        "license": "Open Government Licence v3.0 (source documents); Apache-2.0 (extractor)",
        "license_url": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        "source": "Published council and partnership PDFs, read by extractor " + __version__,
        "source_url": "https://github.com/",
        "databases": {database: {"tables": _tables(), "queries": queries()}},
    }
    if plugin_config:
        meta["plugins"] = {"extractor": plugin_config}
    return meta


def _tables() -> dict[str, Any]:
    tables: dict[str, Any] = {}
    for table in TABLES:
        entry: dict[str, Any] = {
            "description": table.description,
            "columns": {c.name: c.description for c in table.columns},
        }
        if table.fts:
            entry["fts_table"] = f"{table.name}_fts"
            entry["fts_pk"] = "rowid"
            entry["size"] = SEARCHABLE_PAGE_SIZE
        if table.label_column:
            entry["label_column"] = table.label_column
        if table.name in FACETS:
            entry["facets"] = FACETS[table.name]
        if table.name in SORT_DESC:
            entry["sort_desc"] = SORT_DESC[table.name]
        if table.name in SORT:
            entry["sort"] = SORT[table.name]
        if table.name in HIDDEN:
            entry["hidden"] = True
        tables[table.name] = entry
    return tables


def queries() -> dict[str, Any]:
    """Canned queries: db/queries/<name>.sql, whose first comment lines are title and description."""
    found: dict[str, Any] = {}
    for path in sorted(QUERIES.glob("*.sql")):
        lines = path.read_text(encoding="utf-8").splitlines()
        notes = [ln[2:].strip() for ln in lines if ln.startswith("--")]
        sql = "\n".join(ln for ln in lines if not ln.startswith("--")).strip()
        found[path.stem] = {"title": notes[0] if notes else path.stem, "description": " ".join(notes[1:]), "sql": sql}
    return found


def render(database: str = DATABASE, plugin_config: dict[str, Any] | None = None) -> str:
    header = "# Generated by `extractor metadata --write` from extractor/schema.py and db/queries/: edit those.\n"
    return header + dump_yaml(metadata(database, plugin_config))


# ---- search everything -------------------------------------------------------------------

MAX_SEARCH_CHARS = 200  # a 30 KB query cost 11.6 s of CPU: a real search is a few words
MAX_SEARCH_TERMS = 16


def search_problem(query: str) -> str | None:
    """Why a search is refused (too long, too many words), as a message; None when it is fine."""
    if len(query) > MAX_SEARCH_CHARS:
        return f"Search for at most {MAX_SEARCH_CHARS} characters (this was {len(query):,}); use fewer words."
    if len(query.split()) > MAX_SEARCH_TERMS:
        return f"Search for at most {MAX_SEARCH_TERMS} words (this was {len(query.split()):,}); use fewer words."
    return None


RANK_LIMIT = 5000  # bm25 over 40,000 matches of 1M sections takes 185 ms: beyond this, index order


def marked_html(snippet: str) -> str:
    """A snippet as HTML: text escaped, matched words in <mark>."""
    return html.escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def excerpt_html(text: str, query: str, width: int = 160) -> str | None:
    """The part of `text` around the first word of `query` it holds, as HTML with the words in
    <mark>; None when it holds none. Words match as prefixes because the index stems them."""
    words = [re.escape(w) for w in re.findall(r"\w+", query) if w.upper() not in {"AND", "OR", "NOT", "NEAR"}]
    if not words or not text:
        return None
    pattern = re.compile(r"\b(?:" + "|".join(words) + r")\w*", re.IGNORECASE)
    first = pattern.search(text)
    if first is None:
        return None
    start, end = max(0, first.start() - width), min(len(text), first.end() + width)
    part = ("… " if start else "") + text[start:end] + (" …" if end < len(text) else "")
    return marked_html(pattern.sub(lambda m: MARK_START + m.group(0) + MARK_END, part))


# ---- serving -----------------------------------------------------------------------------


def write_inspect(db_path: Path, target: Path) -> Path:
    """`datasette inspect`: table counts for the immutable database, so pages never count 1M rows."""
    subprocess.run(
        [sys.executable, "-m", "datasette", "inspect", str(db_path), "--inspect-file", str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def serve_command(db_path: Path, host: str, port: int, corpus: Path | None) -> list[str]:
    """The datasette command line: immutable database with an inspect file, time limit, no
    facet suggestions, PDFs under /pdf/ (from `corpus`, else where each document was built)."""
    workdir = Path(tempfile.mkdtemp(prefix="extractor-"))
    meta = workdir / "metadata.yml"
    config = {"pdf_folder": str(corpus.resolve())} if corpus else None
    meta.write_text(render(db_path.stem, config), encoding="utf-8")
    inspect = write_inspect(db_path, workdir / "inspect.json")
    command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        "-i",
        str(db_path),
        "--inspect-file",
        str(inspect),
        "--metadata",
        str(meta),
        "--host",
        host,
        "--port",
        str(port),
    ]
    for name, value in SETTINGS.items():
        command += ["--setting", name, _setting(value)]
    return command


def _setting(value: Any) -> str:
    return ("on" if value else "off") if isinstance(value, bool) else str(value)
