"""document.py: what a file is (title, kind, publisher, date) and the parts an agenda pack
holds, from pages built here line by line; the patterns are pipelines/documents.yml's."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import document
from extractor.errors import ConfigError
from extractor.models import DocumentPart, Line, Meeting, PageText


def page(number: int, *lines: str | Line, stamps: tuple[str, ...] = ()) -> PageText:
    made = tuple(ln if isinstance(ln, Line) else Line(text=ln, page=number, size=11) for ln in lines)
    return PageText(page=number, text="\n".join(ln.text for ln in made), lines=made, stamps=stamps)


def test_the_title_is_the_biggest_print_on_the_first_page() -> None:
    first = page(1, "Kent County Council", Line("Community Safety Agreement", 1, size=24), "April 2024 to March 2027")
    about = document.describe([first], {"Title": "Microsoft Word - CSA.docx"})
    assert (about.title, about.kind) == ("Community Safety Agreement", "agreement")


def test_a_junk_metadata_title_is_not_used_but_a_real_one_is_when_the_page_has_none() -> None:
    blank = PageText(page=1, text="", lines=())
    assert document.describe([blank], {"Title": "Untitled"}).title is None
    assert document._title([blank], {"Title": "Annual Report"}) is None  # no page with text: no title


def test_the_kind_comes_from_the_title_before_the_opening_pages() -> None:
    cover = page(1, Line("Police and Crime Plan", 1, size=20), "This strategy sets out ...", "See the Annual Report")
    assert document.describe([cover], {}).kind == "plan"
    assert document.describe([page(1, "Some notes", "Subject: parking")], {}).kind == "report"
    assert document.describe([page(1, "Some notes")], {}).kind == "other"


def test_a_file_that_opens_with_minutes_is_minutes_dated_by_its_meeting() -> None:
    pages = [page(1, Line("Cabinet", 1, size=18), "Report of the Leader", "24 April 2024")]
    meeting = Meeting(body="Cabinet", page=1, date="2024-05-01")
    about = document.describe(pages, {}, meetings=(meeting,))
    assert (about.kind, about.published_date) == ("minutes", "2024-05-01")
    assert document.describe(pages, {}).published_date == "2024-04-24"  # else the latest date it prints


def test_the_publisher_is_a_council_the_gazetteer_knows() -> None:
    cover = page(1, Line("Annual Report 2023", 1, size=20), "Published by", "KENT COUNTY COUNCIL")  # capitals read
    assert document.describe([cover], {}).publisher == "Kent County Council"
    assert document.describe([page(1, "Nowhere Parish Council")], {}).publisher is None


def test_a_parish_councils_agenda_is_not_the_district_councils_it_names() -> None:
    """The gazetteer lists no parish councils: one heading the page keeps the principal council
    named further on (here on line 20, past the first lines) from being taken as publisher."""
    items = [f"{n}. Item {n}" for n in range(2, 20)]
    named = "to be notified to the Monitoring Officer at East Hertfordshire District Council"
    assert document.describe([page(1, "NOWHERE PARISH COUNCIL", *items, named)], {}).publisher is None
    assert document.describe([page(1, "Annual Report", *items, named)], {}).publisher == (
        "East Hertfordshire District Council"
    )


def test_agenda_item_stamps_start_the_parts_of_a_pack() -> None:
    pages = [
        page(1, "Agenda", "1. Apologies", "2. Minutes"),
        page(2, "MINUTES of a meeting of the Scrutiny Committee", "Present: ...", stamps=("Agenda Item 2",)),
        page(3, "continued minutes", stamps=("Agenda Item 2",)),
        page(4, "By: Director of Finance", "Subject: Budget monitoring", stamps=("Agenda Item 3",)),
        page(5, "Appendix A Budget table"),
    ]
    assert document.find_parts(pages) == [
        DocumentPart("Agenda", "agenda", 1, 2),
        DocumentPart("Agenda Item 2: MINUTES of a meeting of the Scrutiny Committee", "minutes", 2, 4),
        DocumentPart("Agenda Item 3: By: Director of Finance", "report", 4, 5),
        DocumentPart("Appendix A Budget table", "appendix", 5, 5),
    ]
    assert document.describe(pages, {}).kind == "agenda_pack"


# --- what each kind is read for: pipelines/kinds.yml -------------------------------------------


def test_minutes_agendas_and_packs_read_no_commitments_and_plans_are_their_publishers_lists() -> None:
    kinds = document.kinds()
    assert {k for k, v in kinds.items() if v.commitments} == {"agreement", "strategy", "plan", "report", "other"}
    assert {k for k, v in kinds.items() if v.own_lists} == {"agreement", "strategy", "plan"}


def _kinds_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, document.Kind]:
    import shutil

    from extractor import config
    from extractor.build import load_pipelines

    settings = tmp_path / "pipelines"
    shutil.copytree(config.PIPELINES, settings, dirs_exist_ok=True)
    (settings / "kinds.yml").write_text(text, encoding="utf-8")
    try:
        with monkeypatch.context() as patched:
            patched.setattr(config, "PIPELINES", settings)
            config.forget_loaded()
            document.kinds.cache_clear()
            return document.kinds()
    finally:
        load_pipelines()  # the shipped settings again


def test_a_kind_documents_yml_can_answer_must_be_in_kinds_yml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "kinds:\n  minutes: {commitments: false, own_lists: false}\n  other: {commitments: true, own_lists: false}\n"
    with pytest.raises(ConfigError, match=r"kinds\.yml: no entry for kind\(s\) agenda, agenda_pack, agreement, plan, "):
        _kinds_with(tmp_path, monkeypatch, text)


def test_a_kinds_flags_are_true_or_false(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match=r"kinds\.yml: kind 'minutes': commitments and own_lists are true or false"):
        _kinds_with(tmp_path, monkeypatch, "kinds:\n  minutes: {commitments: sometimes, own_lists: false}\n")
    with pytest.raises(ConfigError, match=r"kinds\.yml: missing key 'kinds\.minutes\.own_lists'"):
        _kinds_with(tmp_path, monkeypatch, "kinds:\n  minutes: {commitments: false}\n")


def test_minutes_are_titled_by_their_meeting_and_published_by_its_authority_not_by_a_guest() -> None:
    first = page(
        1,
        Line("MINUTES", 1, size=18),
        "Present: Jane Smith (Chair), Jos Creese (Hampshire County Council)",
        "1. Welcome",
    )
    meeting = Meeting(body="Local Public Data Panel", page=1, date="2013-10-17", source="MINUTES")
    about = document.describe([first], {}, [meeting])
    assert (about.kind, about.title, about.publisher) == (
        "minutes",
        "Local Public Data Panel: minutes of 17 October 2013",
        None,
    )
    with_authority = document.describe(
        [first], {}, [Meeting(body="Council", page=1, authority="Township of Nipissing")]
    )
    assert (with_authority.title, with_authority.publisher) == ("Council: minutes", "Township of Nipissing")
