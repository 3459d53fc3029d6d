"""An owner's priority lists side by side: each version a column in date order, each priority
a box, and the lineage links between versions drawn as SVG on the server.

`owners` lists the owners whose lists are linked; `lineage` reads one owner's lists, their
priorities and links into plain dicts (with the page of each evidence sentence); `svg` draws
them. A list that states no period is placed by its document's date, and says so. Nothing
here imports Datasette.
"""

from __future__ import annotations

import html
import sqlite3
import textwrap
from typing import Any

from . import db as database
from .pages import pdf_url

RELATIONS = {  # relation -> (colour, what the legend says)
    "same": ("#8c8c8c", "same"),
    "renamed": ("#1f77b4", "renamed"),
    "expanded": ("#17a2b8", "expanded"),
    "merged_into": ("#e67e22", "merged into"),
    "split_into": ("#8e44ad", "split into"),
    "replaced_by": ("#c0392b", "replaced by"),
}
ADDED, DROPPED = "#2e8b57", "#c0392b"
COLUMN, GAP, TOP, LINE, PAD, WRAP = 250, 130, 20, 15, 6, 36  # px; WRAP is characters a box line holds
FONT = "font-family: sans-serif; font-size: 12px"


def owners(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Owners with at least two lists, those with lineage links first."""
    return database.list_owners_with_versions(conn)


def lineage(conn: sqlite3.Connection, owner: str) -> dict[str, Any] | None:
    """One owner's lists (by organisation id, or by its name, acronym, a spelling or the printed
    owner) as columns with their priorities, the links between them and what was added or dropped."""
    name, lists = _owned_lists(conn, owner)
    if not lists:
        return None
    priorities = _priorities(conn, [x["id"] for x in lists])
    links = _links(conn, priorities)
    linked_lists = {k[side]["list_id"] for k in links for side in ("from", "to")}
    shown = [x for x in lists if x["id"] in linked_lists] or lists
    columns = _columns(shown, links, priorities)
    _mark_added_dropped(columns)
    return {
        "owner": name,
        "columns": columns,
        "links": [_link_view(k) for k in links],
        "other_lists": [x for x in lists if x not in shown],
    }


def _owned_lists(conn: sqlite3.Connection, owner: str) -> tuple[str, list[dict[str, Any]]]:
    name, rows = database.owned_lists(conn, owner)
    for row in rows:
        row["pdf"] = pdf_url(row["filename"], row["page"])
    return name, rows


def _priorities(conn: sqlite3.Connection, list_ids: list[int]) -> dict[int, dict[str, Any]]:
    return {
        r["id"]: dict(r, pdf=pdf_url(r["filename"], r["page"]), incoming=[], outgoing=[])
        for r in database.list_priorities(conn, list_ids)
    }


def _links(conn: sqlite3.Connection, priorities: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    """Links whose both ends are among the priorities, each with the page its evidence is printed on."""
    links = []
    for r in database.links_between(conn, list(priorities)):
        source, target = priorities[r["from_priority_id"]], priorities[r["to_priority_id"]]
        link = dict(r, **{"from": source, "to": target})
        link["evidence_pdf"] = _evidence_pdf(conn, r["evidence"], source, target) if r["evidence"] else None
        source["outgoing"].append(r["id"])
        target["incoming"].append(r["id"])
        links.append(link)
    return links


def _evidence_pdf(conn: sqlite3.Connection, evidence: str, source: dict[str, Any], target: dict[str, Any]) -> str:
    """The page that prints the evidence sentence: looked for in the later document first."""
    probe = " ".join(evidence.split()[:8])
    for end in (target, source):
        page = database.page_printing(conn, end["document_id"], probe)
        if page is not None:
            return pdf_url(end["filename"], page) or ""
    return target["pdf"] or ""


def _columns(
    lists: list[dict[str, Any]], links: list[dict[str, Any]], priorities: dict[int, dict[str, Any]]
) -> list[list[dict[str, Any]]]:
    """Lists in date order, one column each; lists of one document and date that are not linked
    to each other (the parts of one version) share a column."""
    linked_pairs = {frozenset((k["from"]["list_id"], k["to"]["list_id"])) for k in links}
    columns: list[list[dict[str, Any]]] = []
    for item in lists:
        item["priorities"] = [p for p in priorities.values() if p["list_id"] == item["id"]]
        last = columns[-1] if columns else []
        if last and all(
            x["document_id"] == item["document_id"]
            and x["date"] == item["date"]
            and frozenset((x["id"], item["id"])) not in linked_pairs
            for x in last
        ):
            last.append(item)
        else:
            columns.append([item])
    return columns


def _mark_added_dropped(columns: list[list[dict[str, Any]]]) -> None:
    """A priority nothing leads to is `added` (after the first column); one that leads nowhere is
    `dropped` (before the last)."""
    for n, column in enumerate(columns):
        for item in column:
            for p in item["priorities"]:
                p["column"] = n
                p["added"] = n > 0 and not p["incoming"]
                p["dropped"] = n < len(columns) - 1 and not p["outgoing"]


def _link_view(link: dict[str, Any]) -> dict[str, Any]:
    return {
        "relation": link["relation"],
        "label": RELATIONS.get(link["relation"], ("", link["relation"]))[1],
        "score": link["score"],
        "evidence": link["evidence"],
        "evidence_pdf": link["evidence_pdf"],
        "from": link["from"],
        "to": link["to"],
    }


def changes(view: dict[str, Any]) -> list[dict[str, Any]]:
    """The picture as rows, oldest version first: each link, and each priority added or dropped."""
    period = {p["id"]: period_label(item) for column in view["columns"] for item in column for p in item["priorities"]}
    outgoing: dict[int, list[dict[str, Any]]] = {}
    for link in view["links"]:
        outgoing.setdefault(link["from"]["id"], []).append(link)
    rows = []
    for column in view["columns"]:
        for item in column:
            for p in item["priorities"]:
                if p["added"]:
                    rows.append(_change({"relation": "added", "label": "added"}, None, p, period))
                rows += [_change(k, k["from"], k["to"], period) for k in outgoing.get(p["id"], [])]
                if p["dropped"]:
                    rows.append(_change({"relation": "dropped", "label": "dropped"}, p, None, period))
    return rows


def _change(
    link: dict[str, Any], before: dict[str, Any] | None, after: dict[str, Any] | None, period: dict[int, str]
) -> dict[str, Any]:
    return {
        "relation": link["relation"],
        "label": link["label"],
        "score": link.get("score"),
        "evidence": link.get("evidence"),
        "evidence_pdf": link.get("evidence_pdf"),
        "before": before,
        "before_period": period.get(before["id"]) if before else None,
        "after": after,
        "after_period": period.get(after["id"]) if after else None,
    }


# ---- drawing ------------------------------------------------------------------------------


def period_label(item: dict[str, Any]) -> str:
    """'2024/25', or the document's date for a list that states no period."""
    if item["period"]:
        return str(item["period"])
    return f"no period; document {item['date']}" if item["date"] else "undated"


def svg(view: dict[str, Any]) -> str:
    """The lineage picture: columns of boxes, links as curves coloured by relation. Every box
    opens its PDF page; every link's <title> gives relation, score and evidence and, where a
    document states the change, opens the page that says so."""
    placed: dict[int, tuple[float, float, float]] = {}  # priority id -> (x, y top, height)
    parts: list[str] = []
    bottom = 0.0
    for n, column in enumerate(view["columns"]):
        x, y = 10 + n * (COLUMN + GAP), float(TOP)
        for item in column:
            y = _list_header(parts, item, x, y)
            for p in item["priorities"]:
                y = _box(parts, placed, p, x, y)
            y += 14
        bottom = max(bottom, y)
    curves = [_curve(link, placed) for link in view["links"]]
    width = 20 + len(view["columns"]) * (COLUMN + GAP) - GAP
    height = int(bottom) + 10
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="lineage" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" style="{FONT}"><title>Priority lineage: {html.escape(view["owner"])}</title>'
        + "".join(curves)
        + "".join(parts)
        + "</svg>"
    )


def _list_header(parts: list[str], item: dict[str, Any], x: float, y: float) -> float:
    lines = [period_label(item)] + textwrap.wrap(item["name"] or "", WRAP + 4)[:2]
    title = f"{item['name']}: {item['filename']} p.{item['page']}"
    parts.append(f'<a href="{html.escape(item["pdf"] or "")}" class="list-head">')
    parts.append(f"<title>{html.escape(title)}</title>")
    for n, line in enumerate(lines):
        weight = "bold" if n == 0 else "normal"
        fill = "#222" if n == 0 else "#555"
        parts.append(
            f'<text x="{x}" y="{y + LINE * (n + 1) - 3:.0f}" font-weight="{weight}" fill="{fill}">'
            f"{html.escape(line)}</text>"
        )
    parts.append("</a>")
    return y + LINE * len(lines) + 8


def _box(
    parts: list[str], placed: dict[int, tuple[float, float, float]], p: dict[str, Any], x: float, y: float
) -> float:
    lines = textwrap.wrap(p["text"], WRAP)[:4] or [""]
    height = LINE * len(lines) + 2 * PAD
    stroke = ADDED if p["added"] else DROPPED if p["dropped"] else "#4c78a8"
    note = " (added)" if p["added"] else " (dropped)" if p["dropped"] else ""
    title = f"{p['text']}{note}: {p['filename']} p.{p['page']}"
    parts.append(f'<a href="{html.escape(p["pdf"] or "")}" class="priority" data-id="{p["id"]}">')
    parts.append(f"<title>{html.escape(title)}</title>")
    dash = ' stroke-dasharray="5 3"' if p["dropped"] else ""
    parts.append(
        f'<rect x="{x}" y="{y:.0f}" width="{COLUMN}" height="{height}" rx="4" fill="#f4f8fc" '
        f'stroke="{stroke}" stroke-width="{2 if note else 1}"{dash}/>'
    )
    for n, line in enumerate(lines):
        parts.append(
            f'<text x="{x + PAD}" y="{y + PAD + LINE * (n + 1) - 3:.0f}" fill="#111">{html.escape(line)}</text>'
        )
    if note:
        parts.append(
            f'<text x="{x + COLUMN - 4}" y="{y + height - 4:.0f}" text-anchor="end" font-size="10" '
            f'fill="{stroke}">{note.strip(" ()")}</text>'
        )
    parts.append("</a>")
    placed[p["id"]] = (x, y, height)
    return y + height + 6


def _curve(link: dict[str, Any], placed: dict[int, tuple[float, float, float]]) -> str:
    (x1, y1, h1), (x2, y2, h2) = placed[link["from"]["id"]], placed[link["to"]["id"]]
    if x2 > x1:
        ax, bx = x1 + COLUMN, x2
    else:  # both lists dated alike but linked the other way: draw right edge to right edge
        ax, bx = x1 + COLUMN, x2 + COLUMN
    ay, by = y1 + h1 / 2, y2 + h2 / 2
    bend = max(40.0, abs(bx - ax) / 2)
    back = bx - bend if x2 > x1 else bx + bend
    d = f"M{ax:.0f},{ay:.0f} C{ax + bend:.0f},{ay:.0f} {back:.0f},{by:.0f} {bx:.0f},{by:.0f}"
    colour = RELATIONS.get(link["relation"], ("#555", ""))[0]
    score = f" ({link['score']:g})" if link["score"] is not None else ""
    title = f"{link['from']['text']} → {link['label']}{score} → {link['to']['text']}"
    if link["evidence"]:
        title += f"\nEvidence: {link['evidence']}\nClick to open the page that says so."
    href = link["evidence_pdf"] or link["to"]["pdf"] or ""
    dash = ' stroke-dasharray="6 3"' if link["relation"] != "same" and not link["evidence"] else ""
    return (
        f'<a href="{html.escape(href)}" class="link link-{html.escape(link["relation"])}">'
        f"<title>{html.escape(title)}</title>"
        f'<path d="{d}" fill="none" stroke="transparent" stroke-width="10"/>'
        f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{1.5 if link["relation"] == "same" else 2.5}"'
        f'{dash} marker-end="none"/></a>'
    )


def legend() -> list[dict[str, str]]:
    """Colours of the relations and of added and dropped boxes, for the page's key."""
    return [{"colour": c, "label": label} for c, label in RELATIONS.values()] + [
        {"colour": ADDED, "label": "added (box)"},
        {"colour": DROPPED, "label": "dropped (dashed box)"},
    ]
