"""Presentation for Datasette: page numbers become links to the PDF opened at that page.

The extraction code never imports Datasette; this module is loaded only by Datasette
(entry point `extractor` in pyproject.toml).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from datasette import hookimpl
from markupsafe import Markup, escape

PAGE_COLUMNS = {"page", "page_start"}
_FILENAMES: dict[tuple[str, str], str] = {}


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    """A page cell links to /pdf/<file>.pdf#page=N when the row names its document."""
    if column not in PAGE_COLUMNS or not isinstance(value, int) or row is None:
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    if "filename" in keys and row["filename"]:
        return _link(row["filename"], value)
    if "document_id" in keys and row["document_id"]:
        return _lookup(datasette, database, str(row["document_id"]), value)
    return None


def _link(filename: str, page: int) -> Markup:
    return Markup(f'<a href="/pdf/{quote(filename)}#page={page}" title="Open the PDF at page {page}">'
                  f"{escape(str(page))}</a>")


def _lookup(datasette: Any, database: str, document_id: str, page: int) -> Any:
    key = (database, document_id)
    if key in _FILENAMES:
        return _link(_FILENAMES[key], page)

    async def inner() -> Any:
        db = datasette.get_database(database)
        result = await db.execute("select filename from documents where id = ?", [document_id])
        first = result.first()
        if first is None:
            return None
        _FILENAMES[key] = first["filename"]
        return _link(first["filename"], page)

    return inner
