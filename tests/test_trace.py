"""`extractor trace` and the lineage canned queries, on the bundled corpus."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from extractor import db as database
from extractor.cli import cli
from extractor.site import QUERIES
from extractor.trace import find, format_timeline, timeline

DOC_001, DOC_003 = "001_368897f9bdd4d4d8.pdf", "003_f1b85571892c6c38.pdf"


def test_trace_prints_the_timeline_oldest_first(corpus_db: Path) -> None:
    result = CliRunner().invoke(cli, ["trace", "Serious Violence and Organised Crime", "--db", str(corpus_db)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    texts = [line.split(": ", 1)[1] for line in lines if not line.startswith(" ")]
    assert texts == [
        "Violent Crime",
        "Acquisitive Crime",
        "Serious and Organised Crime",
        "Serious Violence and Organised Crime",
    ]
    assert f"merged_into from 'Violent Crime', 'Acquisitive Crime' (100); {DOC_001} p.6" in result.output
    assert f"expanded from 'Serious and Organised Crime' (100); {DOC_001} p.35" in result.output
    assert f"first seen; {DOC_003} p.5" in result.output
    assert "evidence: \u2022 2020 \u2013 The priority of Serious and Organised Crime was expanded" in result.output


def test_trace_finds_a_priority_by_some_of_its_words(corpus_db: Path) -> None:
    conn = database.connect(corpus_db)
    versions = timeline(conn, find(conn, "anti social behaviour"))
    assert [(v.text, v.relation, v.filename, v.page) for v in versions] == [
        ("Anti-Social Behaviour", None, DOC_003, 5),
        ("Preventing Neighbourhood Crime & Anti-social Behaviour (ASB)", "expanded", DOC_001, 6),
        ("Preventing Neighbourhood Crime & ASB (Anti-Social Behaviour)", "same", DOC_001, 35),
    ]
    assert (
        format_timeline(versions).splitlines()[0].endswith("Kent Community Safety Partnership: Anti-Social Behaviour")
    )


def test_trace_without_a_match_says_what_to_do(corpus_db: Path) -> None:
    result = CliRunner().invoke(cli, ["trace", "zzzz qqqq", "--db", str(corpus_db)])
    assert result.exit_code == 1
    assert "No priority matches 'zzzz qqqq'; try `extractor search`" in result.output


def canned(name: str) -> str:
    return "\n".join(line for line in (QUERIES / f"{name}.sql").read_text().splitlines() if not line.startswith("--"))


def run(db: Path, name: str, **params: object) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(canned(name), params).fetchall()
    finally:
        conn.close()


def test_priority_timeline_query(corpus_db: Path) -> None:
    rows = run(corpus_db, "priority_timeline", text="Organised Crime")
    changes = {(text, change) for _, _, text, change, _, _, _, _ in rows}
    assert ("Serious Violence and Organised Crime", "expanded from Serious and Organised Crime") in changes
    assert (
        "Serious and Organised Crime",
        "merged_into from Violent Crime; merged_into from Acquisitive Crime",
    ) in changes
    assert ("Violent Crime", None) in changes  # walked back from the match to the older version


def test_list_changes_query(corpus_db: Path) -> None:
    rows = run(corpus_db, "list_changes", owner="Community Safety Partnership")
    changes = [(row[1], row[3], row[4], row[5], row[7]) for row in rows]
    assert (DOC_003, "Violent Crime", "merged_into", "Serious and Organised Crime", DOC_001) in changes
    assert (
        DOC_003,
        "Anti-Social Behaviour",
        "expanded",
        "Preventing Neighbourhood Crime & Anti-social Behaviour (ASB)",
        DOC_001,
    ) in changes
    assert (
        DOC_001,
        "Serious and Organised Crime",
        "expanded",
        "Serious Violence and Organised Crime",
        DOC_001,
    ) in changes
    added = {after for _, _, change, after, _ in changes if change == "added"}
    assert added == {
        "Violence Against Women and Girls (VAWG)",
        "Safeguarding Vulnerable People",
        "Preventing Extremism and Hate",
    }


@pytest.mark.parametrize("name", ["priority_timeline", "list_changes"])
def test_canned_queries_are_in_metadata_with_title_and_description(name: str) -> None:
    metadata = yaml.safe_load((QUERIES.parent.parent / "metadata.yml").read_text())
    query = next(iter(metadata["databases"].values()))["queries"][name]
    assert query["title"] and query["description"] and ":" in query["sql"]
