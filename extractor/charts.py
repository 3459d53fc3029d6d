"""Charts drawn as plain SVG on the server: no JavaScript, nothing fetched from a CDN.

Pure functions from query rows to SVG text; the Datasette plugin runs the SQL (db.TIMELINE_SQL,
db.DECISIONS_SQL) and serves the page. Every bar links to the rows it counts.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

LANE, LEFT, RIGHT, WIDTH = 34, 330, 280, 1000  # RIGHT leaves room for the label after the last bar
FONT = "font-family: sans-serif; font-size: 12px"
PLURAL = {
    "priority": "priorities",
    "strategic_priority": "strategic priorities",
    "focus_area": "focus areas",
    "cross_cutting_theme": "cross-cutting themes",
    "objective": "objectives",
}


def _year(iso: str, end: bool) -> float:
    """An ISO date as a fractional year; an end date covers its whole day, month or year."""
    parts = [int(p) for p in iso.split("-")[:3] if p.isdigit()]
    if not parts:
        return 0.0
    year = float(parts[0])
    if len(parts) == 1:
        return year + (1.0 if end else 0.0)
    month = parts[1] - (0 if end else 1)
    return year + month / 12


def timeline_svg(rows: Sequence[dict[str, Any]], base: str, lineage: str = "/-/lineage/") -> str:
    """Priority lists over time, grouped by owner: a bar spans the list's period and links to
    its priorities (`base` is the database's URL path); an owner's name links to its lineage."""
    if not rows:
        return "<p>No priority list states its period yet.</p>"
    spans = [(r, _year(r["period_start"], False), _year(r["period_end"] or r["period_start"], True)) for r in rows]
    first = int(min(s for _, s, _ in spans))
    last = int(max(e for _, _, e in spans) + 0.999)
    scale = (WIDTH - LEFT - RIGHT) / max(1, last - first)
    height = LANE * len(spans) + 40
    parts = [_axis(first, last, scale, height)]
    # one lane per list, so labels of an owner's consecutive lists never overlap; rows come ordered by owner
    for lane, (r, start, end) in enumerate(spans):
        y = 10 + lane * LANE
        if lane == 0 or spans[lane - 1][0]["owner"] != r["owner"]:
            key = quote(str(r["organisation_id"] or r["owner"]), safe="")
            parts.append(
                f'<a href="{lineage}{key}"><title>Lineage of its lists</title>'
                f'<text x="{LEFT - 8}" y="{y + 17}" text-anchor="end" fill="#1f5c99">'
                f"{html.escape(_short(r['owner']))}</text></a>"
            )
        x, w = LEFT + (start - first) * scale, max(4.0, (end - start) * scale)
        when = f"document {r['period_start']}" if r["dated_by_document"] else r["period"] or r["period_start"]
        label = f"{when}: {r['priorities']} {PLURAL.get(r['kind'], r['kind'])}"
        opacity = "0.4" if r["dated_by_document"] else "0.85"
        parts.append(
            f'<a href="{base}/priorities?list_id={r["id"]}"><title>{html.escape(r["name"] or "")}</title>'
            f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="24" rx="3" fill="#4c78a8" opacity="{opacity}"/>'
            f'<text x="{x + w + 4:.1f}" y="{y + 16}" fill="#222">{html.escape(label)}</text></a>'
        )
    return _svg(height, parts, "Priority lists over time per owner")


def _axis(first: int, last: int, scale: float, height: int) -> str:
    ticks = []
    for year in range(first, last + 1):
        x = LEFT + (year - first) * scale
        ticks.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="0" y2="{height - 25}" stroke="#ddd"/>'
            f'<text x="{x:.1f}" y="{height - 8}" text-anchor="middle">{year}</text>'
        )
    return "".join(ticks)


def bars_svg(rows: Sequence[dict[str, Any]], base: str) -> str:
    """Decisions per body per year: one bar per body and year, linking to that body's meetings."""
    if not rows:
        return "<p>No decisions yet.</p>"
    top = max(r["decisions"] for r in rows)
    scale = (WIDTH - LEFT - RIGHT) / max(1, top)
    parts = []
    for n, r in enumerate(rows):
        y, w = 10 + n * LANE, max(2.0, r["decisions"] * scale)
        parts.append(
            f'<text x="{LEFT - 8}" y="{y + 17}" text-anchor="end">'
            f"{html.escape(_short(r['body'] or '?'))} · {r['year']}</text>"
            f'<a href="{base}/meetings?body={quote(r["body"] or "")}&amp;date__startswith={r["year"]}">'
            f'<rect x="{LEFT}" y="{y}" width="{w:.1f}" height="24" rx="3" fill="#f58518"/></a>'
            f'<text x="{LEFT + w + 6:.1f}" y="{y + 17}">{r["decisions"]}</text>'
        )
    return _svg(LANE * len(rows) + 20, parts, "Decisions per body per year")


def _short(label: str, most: int = 44) -> str:
    return label if len(label) <= most else label[: most - 1] + "…"


def _svg(height: int, parts: list[str], title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" style="{FONT}"><title>{html.escape(title)}</title>' + "".join(parts) + "</svg>"
    )
