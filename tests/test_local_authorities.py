"""The gazetteer's principal councils (pipelines/gazetteer/uk_local_authorities.jsonl): every
nation's full set, the names documents print, and a council found in a real document."""

import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from extractor import entities
from extractor.build import BuildOptions, build
from extractor.config import PIPELINES

from .conftest import SHARED

GAZETTEER = PIPELINES / "gazetteer"
LOCAL_AUTHORITIES = GAZETTEER / "uk_local_authorities.jsonl"


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_principal_council_of_each_nation() -> None:
    councils = rows(LOCAL_AUTHORITIES)
    current = Counter(r["nation"] for r in councils if not r.get("former"))
    assert current == {"England": 317, "Wales": 22, "Scotland": 32, "Northern Ireland": 11}
    england = Counter(r["tier"] for r in councils if r["nation"] == "England" and not r.get("former"))
    assert england == {
        "county": 21,
        "district": 164,
        "unitary": 62,
        "metropolitan_district": 36,
        "london_borough": 32,
        "sui_generis": 2,
    }
    assert all(r["kind"] == "council" and r["source"] for r in councils)


def test_the_names_documents_print_find_the_council() -> None:
    by_key = entities.gazetteer().by_key
    named = {
        "East Hertfordshire District Council": "East Hertfordshire District Council",
        "East Herts Council": "East Hertfordshire District Council",
        "Welwyn Hatfield Borough Council": "Welwyn Hatfield Borough Council",
        "Scottish Borders Council": "Scottish Borders Council",
        "Redbridge Council": "London Borough of Redbridge",
        "Bradford Council": "City of Bradford Metropolitan District Council",
        "Kingston Council": "Royal Borough of Kingston upon Thames",
        "Wolverhampton City Council": "City of Wolverhampton Council",  # the first gazetteer's name
        "Cyngor Gwynedd": "Gwynedd Council",
        "Derry City & Strabane District Council": "Derry City and Strabane District Council",
    }
    assert {printed: by_key[entities.org_key(printed)].name for printed in named} == named
    assert entities.gazetteer().by_acronym["KCC"].name == "Kent County Council"
    assert entities.org_kind("Westmorland and Furness Council") == "council"
    # a place is not an organisation: no bare place names
    assert not {"redbridge", "welwyn hatfield", "east herts", "kent"} & by_key.keys()


def test_councils_abolished_since_2019_are_kept_as_former() -> None:
    former = {r["name"] for r in rows(LOCAL_AUTHORITIES) if r.get("former")}
    assert {
        "Allerdale Borough Council",
        "Craven District Council",
        "Mendip District Council",
        "Aylesbury Vale District Council",
        "Northampton Borough Council",
        "Borough of Poole",
        "Somerset County Council",
    } <= former
    assert not former & {"Somerset Council", "North Yorkshire Council", "Cumberland Council"}


def test_no_council_name_or_alias_names_another_entry() -> None:
    owners: dict[str, set[str]] = {}
    for path in sorted(GAZETTEER.glob("*.jsonl")):
        for row in rows(path):
            for text in [row["name"], *row.get("aliases", []), *([row["acronym"]] if row.get("acronym") else [])]:
                owners.setdefault(entities.org_key(text), set()).add(row["name"])
    shared = {
        text: owners[entities.org_key(text)]
        for row in rows(LOCAL_AUTHORITIES)
        for text in [row["name"], *row["aliases"]]
        if len(owners[entities.org_key(text)]) > 1
    }
    assert shared == {}


def test_a_council_listed_by_its_place_is_found_by_a_printed_short_form() -> None:
    """'Redbridge Council' is an alias of the London Borough of Redbridge: a list of councils
    by place finds it as it found the first gazetteer's 'Redbridge Council'."""
    text = "Local Authorities (Redbridge, Wolverhampton, Tonbridge & Malling) replied."
    found = {text[s:e]: name for s, e, name in entities.council_list_members(text)}
    assert found == {
        "Redbridge": "London Borough of Redbridge",
        "Wolverhampton": "City of Wolverhampton Council",
        "Tonbridge & Malling": "Tonbridge and Malling Borough Council",
    }


def test_a_london_borough_named_in_real_minutes_is_an_organisation(tmp_path: Path) -> None:
    """'Roger Hampson (London Borough of Redbridge)' in a panel's minutes: the first gazetteer
    knew only 'Redbridge Council', and no rule read the formal name as a body."""
    pdf = SHARED / "corpus" / "dev" / "uk-dclg-local-public-data-panel-minutes-2013-10-17.pdf"
    if not pdf.exists():
        pytest.skip(f"{pdf} not available")
    db = tmp_path / "dclg.db"
    build([pdf], db, BuildOptions(workers=1))
    with sqlite3.connect(db) as conn:
        names = {name for (name,) in conn.execute("select name from organisations")}
        kinds = dict(conn.execute("select name, kind from organisations"))
    assert "London Borough of Redbridge" in names
    assert kinds["London Borough of Redbridge"] == "council"
