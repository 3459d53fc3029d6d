"""Tests for extractor.dates: printed UK dates and periods -> ISO, with offsets back into the page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.dates import document_year, find_dates, iter_dates, parse_date, parse_period

SHARED = Path(__file__).resolve().parent / ".." / ".." / "shared"
GOLD = SHARED / "gold"
SEEDS = SHARED / "seeds"
# The seed texts keep the PDFs' page footers ("Page 12", "Page 19 of 39") on lines of their own
FOOTER = re.compile(r"^Page \d+(?: of \d+)?\s*$", re.MULTILINE)


def seed_pages(stem: str) -> list[str]:
    return FOOTER.split((SEEDS / f"{stem}.txt").read_text())


@pytest.mark.parametrize(
    "text, iso",
    [
        ("24 April 2024", "2024-04-24"),
        ("Wednesday, 24 April 2024", "2024-04-24"),
        ("24th April 2024", "2024-04-24"),
        ("April 24, 2024", "2024-04-24"),
        ("April 2024", "2024-04"),
        ("Apr 2024", "2024-04"),
        ("Sept 2019", "2019-09"),
        ("April ’16", "2016-04"),
        ("2024", "2024"),
        ("early 2018", "2018"),
        ("end of March 2025", "2025-03"),
        ("31/03/2020", "2020-03-31"),
        ("31.03.2020", "2020-03-31"),
        ("20/11/23", "2023-11-20"),
        ("06.12.23", "2023-12-06"),
        ("2024-04-24", "2024-04-24"),
        ("2016/17", "2016-04/2017-03"),
        ("2016-17", "2016-04/2017-03"),
        ("2016–17", "2016-04/2017-03"),
        ("2016/2017", "2016-04/2017-03"),
        ("FY 2016/17", "2016-04/2017-03"),
        ("1999/00", "1999-04/2000-03"),
        ("Q3 2024/25", "2024-10/2024-12"),
        ("Q4 2024/25", "2025-01/2025-03"),
        ("Q3 2024", "2024-07/2024-09"),
        ("Spring 2020", "2020-03/2020-05"),
        ("summer 2019", "2019-06/2019-08"),
        ("winter 2019/20", "2019-12/2020-02"),
        ("Committee on 24 April 2024 at 10am", "2024-04-24"),
        ("Minutes", None),
        ("30 February 2024", "2024-02"),  # no such day: the month is still right
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text, default_year, iso",
    [("9th March", 2019, "2019-03-09"), ("9th March", None, None), ("on 14th\nMarch", 2018, "2018-03-14")],
)
def test_parse_date_without_a_year(text: str, default_year: int | None, iso: str | None) -> None:
    assert parse_date(text, default_year=default_year) == iso


@pytest.mark.parametrize(
    "text, period",
    [
        ("2024/25", ("2024-04-01", "2025-03-31")),
        ("2013-16", ("2013-04", "2016-03")),  # financial-year basis, like the Medway plan's gold date
        ("2019-22", ("2019-04", "2022-03")),
        ("2022 – 2025", ("2022", "2025")),
        ("2022-2025", ("2022", "2025")),
        ("April 2022 – March 2025", ("2022-04", "2025-03")),
        ("April 2022 to March 2025", ("2022-04", "2025-03")),
        ("between 2019 and 2022", ("2019", "2022")),
        ("from 2018 to 2020", ("2018", "2020")),
        ("2019/20 to 2022/23", ("2019-04", "2023-03")),
        ("January to March 2024", ("2024-01", "2024-03")),
        ("November to March 2024", ("2023-11", "2024-03")),
        ("March/April 2025", ("2025-03", "2025-04")),
        ("Sept ’22-Aug ’23", ("2022-09", "2023-08")),
        ("1 April-31 December 2018", ("2018-04-01", "2018-12-31")),
        ("1 October 21 - 31 March 22", ("2021-10-01", "2022-03-31")),
        ("between 6 and 10 May 2024", ("2024-05-06", "2024-05-10")),
        ("24 April 2024", ("2024-04-24", "2024-04-24")),
        ("no dates here", (None, None)),
    ],
)
def test_parse_period(text: str, period: tuple[str | None, str | None]) -> None:
    assert parse_period(text) == period


@pytest.mark.parametrize(
    "text, found",
    [
        ("1st and 2nd May 2019", [("1st", "2019-05-01", "day"), ("2nd May 2019", "2019-05-02", "day")]),
        ("1-2 May 2019", [("1-2 May 2019", "2019-05-01/2019-05-02", "range")]),
        (
            "held on 12 December 2018 and 20 March 2019",
            [("12 December 2018", "2018-12-12", "day"), ("20 March 2019", "2019-03-20", "day")],
        ),
        (
            "meetings for 21 January and 17 March 2020",
            [("21 January", "2020-01-21", "day"), ("17 March 2020", "2020-03-17", "day")],
        ),
        ("the start of 2014/15", [("the start of 2014/15", "2014-04/2015-03", "financial_year")]),
        ("Agreement 2014-17.", [("2014-17", "2014-04/2017-03", "range")]),
        ("priorities 2022 – 2023", [("2022 – 2023", "2022/2023", "range")]),
        # a mistyped start year: the twelve months to September 2021 (004's gold date)
        ("the year October\n\n2022 – September 2021", [("October 2022 – September 2021", "2020-10/2021-09", "range")]),
        ("September 2017-end of\nFebruary 2019", [("September 2017-end of February 2019", "2017-09/2019-02", "range")]),
        (
            "Q1 2024/25 and Q2 2024/25",
            [("Q1 2024/25", "2024-04/2024-06", "quarter"), ("Q2 2024/25", "2024-07/2024-09", "quarter")],
        ),
    ],
)
def test_find_dates(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(f.text, f.iso, f.precision) for f in find_dates(text, 1)] == found


@pytest.mark.parametrize(
    "text",
    [
        "£2024",
        "$2024",
        "2024 people",
        "2024 residents were asked",
        "03000 416478",
        "0300 123 2014",
        "ME14 1XQ",
        "19.09.01",
        "1.4.10",
        "see 2.3.12 below",
        "7.30 pm",
        "at 19.30",
        "£1,160,000",
        "£2,000,000",
        "2,024",
        "the Crime and Disorder Act 1998",
        "by 2050",
        "in 1850",
        "Page 19 of 39",
        "Decision 23/00083",
        "It may 2 be",
        "they march 3 abreast",
        "In July, the High Court ruled",
        "https://www.kent.gov.uk/making-kent-safer-2022-25/",
        "Area Apr-Aug 18 Apr-Aug 19 % change",
        "increased by 2024%",
        "the 1990s",
    ],
)
def test_not_a_date(text: str) -> None:
    assert find_dates(text, 1, default_year=2024) == []


def test_page_footer_number_is_not_a_day() -> None:
    facts = find_dates("Page 12\nApril 2024 update", 12)
    assert [(f.text, f.iso) for f in facts] == [("April 2024", "2024-04")]


def test_footnote_mark_glued_to_a_year() -> None:
    # pdf text runs a superscript footnote into the year: "published in March 2024" + "3"
    facts = find_dates("Strategy was published in March 20243, bringing", 1)
    assert [(f.text, f.iso, f.role) for f in facts] == [("March 2024", "2024-03", "publication")]


def test_day_month_takes_the_year_of_the_nearest_earlier_date() -> None:
    text = "collated into the final version in early 2018:\n\npresented on 9th\n\nMarch. Then on 14th March."
    facts = find_dates(text, 3, default_year=2017)
    assert [(f.text, f.iso) for f in facts] == [
        ("early 2018", "2018"),
        ("9th March", "2018-03-09"),
        ("14th March", "2018-03-14"),
    ]


def test_fact_fields() -> None:
    (fact,) = find_dates("The meeting held on Wednesday, 24 April 2024.", 7, offset=100)
    assert fact.page == 7
    assert (fact.start, fact.end) == (120, 144)
    assert (fact.iso, fact.start_date, fact.end_date, fact.precision) == ("2024-04-24",) * 3 + ("day",)
    assert fact.role == "meeting"


@pytest.mark.parametrize(
    "text, role",
    [
        ("minutes of the meeting held on 28 February 2024", "meeting"),
        ("to be delivered by April 2020", "deadline"),
        ("VRU to remain in place until March 2025", "deadline"),
        ("(published 27 March 2023)", "publication"),
        ("priorities for 2024/25", "period"),
        ("In July 2022 the Home Office", None),
    ],
)
def test_role(text: str, role: str | None) -> None:
    assert [f.role for f in find_dates(text, 1)] == [role]


@pytest.mark.parametrize("stem", sorted(p.stem for p in SEEDS.glob("*.txt")))
def test_offsets_slice_to_the_printed_text(stem: str) -> None:
    for number, page in enumerate(seed_pages(stem), 1):
        for fact in find_dates(page, number, default_year=2020, offset=5):
            assert fact.start is not None and fact.end is not None
            assert " ".join(page[fact.start - 5 : fact.end - 5].split()) == fact.text
            assert fact.start_date and fact.start_date.startswith(fact.iso.split("/")[0])


def test_a_period_of_whole_years_is_bounded_by_months() -> None:
    """ "2021-2038" and "between 2014 and 2020" keep their printed granularity in iso, while their
    bounds compare right with month dates; a single year and a financial year are unchanged."""
    facts = find_dates("The plan runs 2021 - 2038, reviewed between 2014 and 2020, in 2019 and 2024/25.", 1)
    assert [(f.iso, f.start_date, f.end_date) for f in facts] == [
        ("2021/2038", "2021-01", "2038-12"),
        ("2014/2020", "2014-01", "2020-12"),
        ("2019", "2019", "2019"),
        ("2024-04/2025-03", "2024-04", "2025-03"),
    ]
    assert parse_period("2021 - 2038") == ("2021", "2038")


def test_an_older_year_needs_a_preposition_of_time() -> None:
    text = "Since 1986 buses were deregulated; the hall was built in 1912 and holds 1950 people."
    assert [f.iso for f in find_dates(text, 1)] == ["1986", "1912"]


def test_document_year() -> None:
    assert document_year(["Minutes of 10 October 2019", "held on 2 April 2019", "in 2018"]) == 2019
    assert document_year(["priorities for 2016/17"]) == 2016
    assert document_year(["no dates"]) is None
    assert document_year(seed_pages("004_7a4eff32a5f65f83")) == 2022


def gold_recall(path: Path) -> tuple[int, list[str]]:
    """(number of gold dates, those missing) for one gold file, scored as the evaluation scores them."""
    gold = json.loads(path.read_text())
    pages = seed_pages(Path(gold["document"]).stem)
    year = document_year(pages)
    facts = [f for n, page in enumerate(pages, 1) for f in find_dates(page, n, default_year=year)]
    values = {v for f in facts for v in (f.iso, f.start_date, f.end_date) if v}
    found = [d["iso"] in values or d["iso"].split("/")[0] in values for d in gold["dates"]]
    missing = [d["text"] for d, hit in zip(gold["dates"], found) if not hit]
    return len(gold["dates"]), missing


@pytest.mark.skipif(not GOLD.is_dir(), reason="the shared gold annotations are not checked out")
def test_gold_dates_recall() -> None:
    total, missing = 0, []
    for path in sorted(GOLD.glob("*.facts.json")):
        count, lost = gold_recall(path)
        total += count
        missing += [f"{path.name}: {text}" for text in lost]
    assert total
    assert (total - len(missing)) / total >= 0.9, missing


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("risk assessments to be updated by the end of June", "2016-06"),
        ("East Herts Local Plan consultation due in September", "2016-09"),
        ("Due: August", "2016-08"),
        ("to be reviewed at the July meeting", "2016-07"),
        ("expense claims outstanding prior to January", "2016-01"),
        ("next meeting Thursday, February 15th", "2016-02-15"),
        ("the management plan launch on 21 st June", "2016-06-21"),
        ("the register will be reviewed in September", "2016-09"),
    ],
)
def test_dates_without_a_year_take_the_documents(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text, 1, default_year=2016)] == [iso]


@pytest.mark.parametrize("text", ["it may be", "March 3 pm", "In July, the High Court ruled"])
def test_a_month_alone_needs_a_time_word(text: str) -> None:
    assert find_dates(text, 1, default_year=2016) == []


def test_a_day_and_month_take_the_documents_year_over_a_later_year_mentioned_before() -> None:
    """Minutes of 22 November 2016 that speak of a January 2017 event, then of "23rd November":
    the day is the document's year, not the year last mentioned."""
    pages = [(1, "Minutes of the meeting held on 22nd November 2016."), (2, "The fair in January 2017 was discussed.")]
    pages.append((3, "The screen will be up and running as of 23rd November."))
    dated = [d.iso for d in iter_dates(pages, default_year=2016)]
    assert dated[-1] == "2016-11-23"


def test_a_dated_mention_lends_its_year_only_to_a_day_month_near_it() -> None:
    near = "The panel met on 3 March 2019 and again on 5 April."
    far = (
        "The accounts to 28.11.12 were agreed. "
        + "The hall was busy all year. " * 8
        + "The floor is booked for 17th November."
    )
    assert [d.iso for d in find_dates(near, 1, default_year=2020)] == ["2019-03-03", "2019-04-05"]
    assert [d.iso for d in find_dates(far, 1, default_year=2013)] == ["2012-11-28", "2013-11-17"]


def test_a_financial_year_with_one_digit_and_a_us_list_of_days() -> None:
    assert [f.iso for f in find_dates("Funding for 2024/5 rises; 2024/7 is not a year.", 1)] == [
        "2024-04/2025-03",
        "2024",
    ]
    facts = find_dates("Notice was published on May 11, 15 and 16, 2023.", 1)
    assert [(f.iso, f.text) for f in facts] == [("2023-05-11", "May 11"), ("2023-05-15", "15"), ("2023-05-16", "16")]
    # a transcript's spoken date
    assert [f.iso for f in find_dates("We meet again March the 16th.", 1, default_year=2013)] == ["2013-03-16"]
    # days joined by a slash before their month are the days from one to the other
    assert [f.iso for f in find_dates("Held on 7/9 February 2013, minuted 7/9/2013.", 1)] == [
        "2013-02-07/2013-02-09",
        "2013-09-07",
    ]


def test_a_year_ended_on_a_date_is_that_year() -> None:
    facts = find_dates("Accounts for the year ended 31 March 2016 were approved on 31 March 2016.", 1)
    assert [(f.iso, f.text, f.precision) for f in facts] == [
        ("2015-04/2016-03", "year ended 31 March 2016", "financial_year"),
        ("2016-03-31", "31 March 2016", "day"),
    ]


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Tuesday, the 12th day of March, 2024", "2024-03-12"),
        ("Tues 12 March 2024", "2024-03-12"),
        ("Thu. 7 March 2024", "2024-03-07"),
        ("12-Mar-2024", "2024-03-12"),
        ("they sat 12 times", None),
    ],
)
def test_formal_and_short_weekday_dates(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_a_document_says_when_its_financial_year_starts_and_its_years_follow() -> None:
    from extractor.dates import fiscal_year_start

    assert fiscal_year_start(["Timeframes are financial years (1 July to 30 June). Cost: $"]) == 7
    assert fiscal_year_start(["The City’s fiscal year runs from October 1 to September 30."]) == 10
    assert fiscal_year_start(["Our budget for 2024/25 is set out below."]) == 4  # the UK's, unless said

    def isos(text: str, start: int) -> list[str]:
        return [f.iso for f in find_dates(text, 1, year_start=start)]

    assert isos("2024–25 to 2027–28", 7) == ["2024-07/2028-06"]
    assert isos("Q1 2024/25", 7) == ["2024-07/2024-09"]
    assert isos("2024/25", 4) == ["2024-04/2025-03"]
    # fiscal years named by the year they end in
    assert isos("Timeline: FY2026", 10) == ["2025-10/2026-09"]
    assert isos("FY2025–FY2026", 10) == ["2024-10/2026-09"]
    assert isos("Strategic Plan, Fiscal Years 2025–2028", 10) == ["2024-10/2028-09"]
    assert isos("FY 2024/25", 4) == ["2024-04/2025-03"]
