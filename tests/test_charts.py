"""Charts as plain SVG: where each bar falls, what it says and where it links; drawn from
hand-made rows and from the bundled corpus's timeline and decisions."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from extractor.charts import LEFT, RIGHT, WIDTH, bars_svg, timeline_svg
from extractor.db import DECISIONS_SQL, TIMELINE_SQL

SVG = "{http://www.w3.org/2000/svg}"
SPAN = WIDTH - LEFT - RIGHT  # pixels between the first and the last year


def row(**given: Any) -> dict[str, Any]:
    """A TIMELINE_SQL row: a priority list with a stated period unless told otherwise."""
    base = dict(
        id=1, owner="Kent Police", organisation_id=7, name="Our priorities", kind="priority", period="2024/25",
        period_start="2024-04-01", period_end="2025-03-31", dated_by_document=0, priorities=5,
    )  # fmt: skip
    return base | given


def bars(svg: str) -> list[tuple[float, float, str]]:
    """(x, width, link) of every bar."""
    root = ET.fromstring(svg)  # well-formed XML, or this raises
    found = []
    for link in root.iter(f"{SVG}a"):
        rect = link.find(f"{SVG}rect")
        if rect is not None:
            found.append((float(rect.get("x", "")), float(rect.get("width", "")), link.get("href", "")))
    return found


def texts(svg: str) -> list[str]:
    return [t.text or "" for t in ET.fromstring(svg).iter(f"{SVG}text")]


def test_a_bar_spans_its_financial_year_on_the_axis() -> None:
    svg = timeline_svg([row(), row(id=2, period="2026/27", period_start="2026-04-01", period_end="2027-03-31")], "/db")
    years = [t for t in texts(svg) if re.fullmatch(r"\d{4}", t)]
    assert years == ["2024", "2025", "2026", "2027", "2028"]  # ends round up to a whole year
    scale = SPAN / 4
    (x1, w1, href1), (x2, w2, href2) = bars(svg)
    assert (x1, w1) == pytest.approx((LEFT + 3 / 12 * scale, scale), abs=0.05)  # April to March
    assert (x2, w2) == pytest.approx((LEFT + (2 + 3 / 12) * scale, scale), abs=0.05)
    assert (href1, href2) == ("/db/priorities?list_id=1", "/db/priorities?list_id=2")


def test_a_period_of_years_covers_the_whole_last_year() -> None:
    svg = timeline_svg([row(period="2022 – 2025", period_start="2022", period_end="2025")], "/db")
    [(x, w, _)] = bars(svg)
    assert (x, w) == pytest.approx((LEFT, SPAN))  # 2022 to the end of 2025: the whole axis


def test_a_list_dated_by_its_document_is_drawn_paler_and_says_so() -> None:
    svg = timeline_svg(
        [row(period=None, period_start="2024-04-24", period_end="2024-04-24", dated_by_document=1, kind="focus_area")],
        "/db",
    )
    assert "document 2024-04-24: 5 focus areas" in texts(svg)
    assert 'opacity="0.4"' in svg and 'opacity="0.85"' not in svg
    [(_, w, _)] = bars(svg)
    assert w >= 4  # a single day is still a visible bar


def test_each_owner_is_named_once_and_links_to_its_lineage() -> None:
    rows = [row(id=1), row(id=2, period_start="2025-04-01"), row(id=3, owner="VRU", organisation_id=None)]
    svg = timeline_svg(rows, "/db", lineage="/-/lineage/")
    assert texts(svg).count("Kent Police") == 1 and texts(svg).count("VRU") == 1
    links = [a.get("href") for a in ET.fromstring(svg).iter(f"{SVG}a") if a.find(f"{SVG}rect") is None]
    assert links == ["/-/lineage/7", "/-/lineage/VRU"]  # by organisation id, else by the printed owner


def test_labels_are_escaped_and_long_owners_cut() -> None:
    owner = "Safer <Streets> & Communities Partnership of the County of Kent and Medway"
    svg = timeline_svg([row(owner=owner, name="<b>bold</b>", kind="new_kind")], "/db")
    assert "<b>" not in svg and "&lt;b&gt;bold&lt;/b&gt;" in svg
    label = next(t for t in texts(svg) if t.startswith("Safer"))
    assert len(label) == 44 and label.endswith("…")
    assert "2024/25: 5 new_kind" in texts(svg)  # a kind with no plural written is shown as stored


def test_nothing_to_draw_says_so() -> None:
    assert timeline_svg([], "/db") == "<p>No priority list states its period yet.</p>"
    assert bars_svg([], "/db") == "<p>No decisions yet.</p>"


def test_decision_bars_are_proportional_and_link_to_the_meetings() -> None:
    rows = [
        {"body": "Scrutiny Committee", "year": "2024", "decisions": 6},
        {"body": "Police & Crime Panel", "year": "2019", "decisions": 12},
        {"body": None, "year": "2020", "decisions": 0},
    ]
    svg = bars_svg(rows, "/db")
    (_, w1, href1), (_, w2, href2), (_, w3, _) = bars(svg)
    assert (w1, w2, w3) == pytest.approx((SPAN / 2, SPAN, 2.0))  # the most fills the span; none is still seen
    assert href1 == "/db/meetings?body=Scrutiny%20Committee&date__startswith=2024"
    assert href2 == "/db/meetings?body=Police%20%26%20Crime%20Panel&date__startswith=2019"
    assert "? · 2020" in texts(svg) and "12" in texts(svg)


@pytest.fixture(scope="module")
def corpus_rows(corpus_db: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    conn = sqlite3.connect(corpus_db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(TIMELINE_SQL)], [dict(r) for r in conn.execute(DECISIONS_SQL)]
    finally:
        conn.close()


def test_the_corpus_timeline_draws_every_list_inside_the_axis(corpus_rows: tuple[list, list]) -> None:
    timeline, _ = corpus_rows
    assert len(timeline) >= 10
    svg = timeline_svg(timeline, "/corpus")
    drawn = bars(svg)
    assert [href for _, _, href in drawn] == [f"/corpus/priorities?list_id={r['id']}" for r in timeline]
    assert all(LEFT <= x and x + w <= LEFT + SPAN + 4 for x, w, _ in drawn)
    owners = {r["owner"] for r in timeline}
    assert sum(t in owners for t in texts(svg)) == len(owners)


def test_the_corpus_decisions_chart_has_a_bar_per_body_and_year(corpus_rows: tuple[list, list]) -> None:
    _, decisions = corpus_rows
    assert decisions and all(r["decisions"] > 0 for r in decisions)
    drawn = bars(bars_svg(decisions, "/corpus"))
    assert len(drawn) == len(decisions)
    most = max(r["decisions"] for r in decisions)
    assert [w for _, w, _ in drawn] == pytest.approx([max(2.0, r["decisions"] * SPAN / most) for r in decisions])
