"""UK date and period normalisation: printed dates, financial years, quarters and ranges -> ISO.

Pure text logic (standard library only). One compiled pattern finds every date-like *atom*
on a page ("24 April 2024", "April '16", "2016/17", "Q3 2024/25", "2015"); adjacent atoms
joined by a dash, "to" or "between ... and" are merged into ranges; day-months printed
without a year ("9th March") borrow the year of the nearest earlier date on the page.

Conventions (those of the published ``dates`` table and the evaluation):

- ``iso`` is one ISO date at the printed granularity (``2024-04-24``, ``2024-04``, ``2024``)
  or ``START/END`` for a period; ``start_date``/``end_date`` hold its bounds at the same
  granularity, except that a period of whole years (``2022/2025``) is bounded by months
  (``2022-01``, ``2025-12``) so that its end compares right with month dates.
- A UK financial year runs April-March: ``2016/17`` is ``2016-04/2017-03``. A short span
  such as ``2014-17`` is read on the same financial-year basis (``2014-04/2017-03``), the
  way council agreements are dated; four-digit spans (``2022 - 2025``) stay calendar years.
- Quarters of a financial year start in April (``Q1 2024/25`` is ``2024-04/2024-06``);
  quarters of a calendar year start in January. Seasons are meteorological month ranges.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice

from .models import DateFact

__all__ = ["find_dates", "parse_date", "parse_period", "document_year", "fiscal_year_start", "iter_dates"]

# Bare years (no month) are only believed inside this window; "by 2050" or "1850" is not
# a date a council document is about, and page or item numbers rarely fall in it.
YEAR_MIN, YEAR_MAX = 1990, 2040
# A year printed with a month is believed more widely (a statute of 1971, a plan to 2050)
WRITTEN_YEAR_MIN, WRITTEN_YEAR_MAX = 1900, 2099

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# (first month, number of months); winter starts in December and runs into the next year
SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "winter": (12, 3)}

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)(?![a-z])"
)
# "Tuesday, ", and a short form before the day's number: "Tues 12 March 2024", "Thu. 7 March"
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+(?=\d))"
)
_ORD = r"(?:\s?(?:st|nd|rd|th)(?![a-z]))?"  # "21st", and "21 st" where a superscript came apart
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014\u2212]"
_DIGIT_START = r"(?<![\d.,:/])"  # "1.2024", "2,024", "23/2024" are not the start of a date
_YEAR_END = r"(?![\d/]|[.,]\d)"
# PDF text glues a superscript footnote mark to the year before it: "published in March 20243"
_FOOTNOTE = r"(?:\d{1,2}(?=[\s.,;:)]|$))?(?![\d%])"

_PATTERN = re.compile(
    rf"""
    (?<![\w£$€#])
    (?=\d|q|spring|summer|autumn|winter|early|mid|late|the\s|end|start|beginning|middle|fy|financial|fiscal
       |mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)  # fail fast
    (?P<qual>(?:early|mid|late)(?:\s+|-)|(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?
    (?:
      (?P<quarter>q|quarter\s*)(?P<qn>[1-4])(?:\s+of)?\s+
          (?:(?P<qf1>\d{{4}})\s*(?:/|{_DASH})\s*(?P<qf2>\d{{4}}|\d{{2}})|(?P<qy>\d{{4}})){_YEAR_END}
    | (?P<season>spring|summer|autumn|winter)\s+(?:of\s+)?(?P<sy>\d{{4}})
          (?:\s*/\s*(?:\d{{4}}|\d{{2}}))?{_YEAR_END}
    | {_DIGIT_START}(?P<nd>\d{{1,2}})(?P<ns>[/.])(?P<nm>\d{{1,2}})(?P=ns)(?P<ny>\d{{4}}|\d{{2}})(?![\d/]|\.\d)
    | {_DIGIT_START}(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?!\d)
    | (?P<fy>fy\s?|fiscal\s+years?\s+)(?P<fy1>\d{{4}})(?:\s*(?:{_DASH}|to)\s*(?:fy\s?)?(?P<fy2>\d{{4}}))?{_YEAR_END}
    | (?P<fyp>(?:fy|financial\s+year)\s*)?{_DIGIT_START}(?P<f1>\d{{4}})
          (?:\s*/\s*(?P<f2s>\d{{4}}|\d{{1,2}})|\s*{_DASH}\s*(?P<f2d>\d{{2}})(?![\d%]))
          {_YEAR_END}
    | (?P<wd>{_WEEKDAY})?(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)?\s+day\b))?{_DIGIT_START}
          (?P<dl>(?:\d{{1,2}}{_ORD}(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*{_DASH}\s*|\s+to\s+|/))*)
          (?P<d>\d{{1,2}}){_ORD}(?:\s+day)?(?:\s+of)?(?:\s+|-)(?P<m>{_MONTH})
          (?:,?(?:\s+|-)(?P<y>\d{{4}}){_FOOTNOTE}|\s+(?P<ys>\d{{2}})(?![\d%]))?
    | {_WEEKDAY}?(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}){_ORD}
          (?P<dl2>(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)\d{{1,2}}{_ORD})*),?\s+(?P<y2>\d{{4}})(?!\d)
    | {_WEEKDAY}?(?P<m4>{_MONTH})\s+(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)))?(?P<d4>\d{{1,2}}){_ORD}
          (?![\d:.,/%]|\s*(?:am|pm|a\.m|p\.m)\b)
    | (?P<m3>{_MONTH})
          (?:,?(?:\s+|-)(?P<y3>\d{{4}}){_FOOTNOTE}|(?:\s*['\u2018\u2019]\s?|-)(?P<y3s>\d{{2}})(?![\d%]))
    | {_DIGIT_START}(?P<yr>\d{{4}})(?![\w%]|[.,]\d)
    | (?P<bm>{_MONTH})
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Text just before a bare year that shows it is a number, not a date: a statute's name ("Act 2016"
# is the Act's title, not an event), a page, a paragraph, a phone number ("0300 123 2014").
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\bact|\bregulations|\border|\bno\.?|\bpage|\bp\.|\bpara(?:graph)?|\bsection|\btel\.?|\bext\.?"
    r"|\broom|\bref\.?|\bfigure|\btable|\b0\d{2,4}(?:\s\d{3,4})?)\s*$"
    r"|[a-z][-_/]$",  # a URL or a file name: ".../making-kent-safer-2022-25/\"
    re.IGNORECASE,
)
# A preposition of time before a bare year older than YEAR_MIN makes it a year ("Since 1986").
_YEAR_CUE_BEFORE = re.compile(r"\b(?:since|in|from|until|till|before|after|during)\s+$", re.IGNORECASE)
# A count noun after a bare year means a number ("2024 people"), not a year.
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:people|persons|residents|children|adults|young|victims|offenders|incidents|crimes|offences"
    r"|cases|calls|reports|referrals|households|homes|properties|premises|visits|members|staff|officers"
    r"|pupils|students|patients|respondents|responses|participants|businesses|vehicles|arrests|deaths"
    r"|injuries|hours|miles|metres|km|tonnes|units|beds|places|jobs|sq)\b",
    re.IGNORECASE,
)
_PAGE_BEFORE = re.compile(r"(?:\bpage\s+(?:\d+\s+of\s+)?|\bitem\s+)$", re.IGNORECASE)
_DAY_TOKEN = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?", re.IGNORECASE)
_CONNECTOR = re.compile(rf"\s*(?:{_DASH}|to|until|till|through)\s*", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,|and|&|or)\s*", re.IGNORECASE)
# "Apr-Aug 18": a number after a month name is that month's two-digit year, not the next day
_MONTH_BEFORE = re.compile(rf"{_MONTH}\s+$", re.IGNORECASE)
_MONTH_RANGE_BEFORE = re.compile(rf"{_MONTH}\s*{_DASH}\s*$", re.IGNORECASE)

# Cue words just before a date that say what it is; first match wins.
_ROLES = (
    ("meeting", re.compile(r"\b(?:held|meeting|met|date\s+of\s+meeting)\s*(?:on|:)?\s*$", re.IGNORECASE)),
    (
        "deadline",
        re.compile(r"\b(?:by|due(?:\s+by)?|deadline(?:\s+of)?|no\s+later\s+than|before|until)\s+$", re.IGNORECASE),
    ),
    ("publication", re.compile(r"\b(?:published|issued|released|dated)\s+(?:in\s+|on\s+)?$", re.IGNORECASE)),
)


@dataclass(frozen=True)
class _Atom:
    """One date-like span. ``first``/``last`` are ISO bounds; both None while the year is unknown."""

    start: int
    end: int
    precision: str
    first: str | None = None
    last: str | None = None
    month: int = 0  # for a partial atom (no year yet): its month and day numbers
    days: tuple[int, ...] = ()

    @property
    def partial(self) -> bool:
        return self.first is None


def find_dates(
    text: str, page: int, *, default_year: int | None = None, offset: int = 0, year_start: int = 4
) -> list[DateFact]:
    """Every date or period in `text` (one page's text), normalised, with start/end character
    offsets (+offset). `year_start`: the month the document's financial year starts in, February
    to December (April unless it says otherwise; see fiscal_year_start, which never gives January).

    Day-months without a year take the year of a dated mention up to YEAR_REACH characters
    before them ("on 3 March 2019 ... and on 5 April"), else `default_year`, else the last
    dated mention's, else they are left out.
    """
    atoms = _merge_ranges(text, [a for m in _PATTERN.finditer(text) for a in _atoms(text, m, year_start)])
    facts = []
    last: tuple[int, int] | None = None  # (year, where) of the last dated mention
    for atom in atoms:
        if atom.partial:
            # a day-month takes the year of a dated mention just before it, else the document's;
            # a month alone only after a time word
            near = last is not None and atom.start - last[1] <= YEAR_REACH
            context = last[0] if last is not None and (near or default_year is None) else default_year
            wanted = atom.days or _month_alone_is_date(text, atom)
            completed = _complete(atom, context) if context and wanted else None
            if completed is None:
                continue
            atom = completed
        elif atom.precision in ("day", "month", "year") and atom.first:
            last = (int(atom.first[:4]), atom.end)
        facts.append(_fact(text, page, _year_ended(text, atom), offset))
    return facts


# "the year ended 31 March 2016", "financial year ending March 2025": the twelve months to a date
_YEAR_ENDED_BEFORE = re.compile(r"\byear\s+(?:ended|ending)\s+(?:on\s+)?(?:the\s+)?$", re.IGNORECASE)


def _year_ended(text: str, atom: _Atom) -> _Atom:
    """A day or month printed as the end of a year is that year: April-March is a financial year."""
    cue = _YEAR_ENDED_BEFORE.search(text, max(0, atom.start - 30), atom.start)
    if not cue or atom.precision not in ("day", "month") or not atom.first:
        return atom
    end = (int(atom.first[:4]), int(atom.first[5:7]))
    span = _span(cue.start(), atom.end, "financial_year" if end[1] == 3 else "range", _shift(*end, -11), end)
    return span if span.first else atom


def parse_date(text: str, *, default_year: int | None = None) -> str | None:
    """One date as printed -> ISO: 'Wednesday, 24 April 2024' -> '2024-04-24', 'April 2024' -> '2024-04',
    '9th March' with default_year 2019 -> '2019-03-09', '31/03/2020' -> '2020-03-31',
    'end of March 2025' -> '2025-03', 'Q3 2024/25' -> '2024-10/2024-12'. None when it is not a date.

    When the text holds more than one date, the first is returned.
    """
    facts = find_dates(text, 0, default_year=default_year)
    return facts[0].iso if facts else None


def parse_period(text: str) -> tuple[str | None, str | None]:
    """A period as printed -> (ISO start, ISO end): '2024/25' -> ('2024-04-01', '2025-03-31'),
    '2022 – 2025' -> ('2022', '2025'), 'April 2022 – March 2025' -> ('2022-04', '2025-03'),
    '2013-16' -> ('2013-04', '2016-03') (financial-year basis). A single date is its own period.
    """
    facts = find_dates(text, 0)
    if not facts:
        return None, None
    fact = facts[0]
    if fact.precision == "financial_year" and fact.start_date and fact.end_date:
        # a financial year's first and last days are fixed, so give them exactly
        return f"{fact.start_date}-01", f"{fact.end_date}-31"
    if fact.precision == "range" and "-" not in fact.iso:  # whole years: "2022 – 2025" -> ('2022', '2025')
        first, _, last = fact.iso.partition("/")
        return first, last
    return fact.start_date, fact.end_date


YEAR_REACH = 200  # characters over which a dated mention lends its year to a day-month after it


# "financial years (1 July to 30 June)", "The City's fiscal year runs from October 1 to
# September 30": where a document says when its financial year starts
_YEAR_STARTS = re.compile(
    rf"\b(?:financial|fiscal)\s+years?\b[^.;]{{0,60}}?(?:\(\s*|\bfrom\s+|\bruns?\s+(?:from\s+)?|\b(?:begins?|starts?)\s+(?:on\s+)?)"
    rf"(?:(?:1|1st|first)\s+(?:of\s+)?(?P<a>{_MONTH})|(?P<b>{_MONTH})\s+(?:1|1st)\b)",
    re.IGNORECASE,
)


def fiscal_year_start(texts: Iterable[str]) -> int:
    """The month a document's financial year starts in, where it says ("Timeframes are financial
    years (1 July to 30 June)"); else April, the UK's."""
    for text in texts:
        m = _YEAR_STARTS.search(text)
        if m:
            month = MONTHS.get((m["a"] or m["b"]).lower().rstrip(".")[:3], 4)
            return month if month > 1 else 4  # a year from January is a calendar year, named as one
    return 4


def document_year(texts: Iterable[str]) -> int | None:
    """The most likely year of a document: the most common year of the single dates (days, months,
    bare years) on its first pages; ties go to the later year, since a document is written after
    the events it reports. Falls back to the start years of periods."""
    points: Counter[int] = Counter()
    periods: Counter[int] = Counter()
    for text in islice(texts, 5):
        for fact in find_dates(text, 0):
            counter = points if fact.precision in ("day", "month", "year") else periods
            counter[int(fact.iso[:4])] += 1
    counts = points or periods
    if not counts:
        return None
    return max(counts, key=lambda year: (counts[year], year))


def _atoms(text: str, m: re.Match[str], year_start: int = 4) -> list[_Atom]:
    """The atoms of one pattern match (a day list gives one per day), or none when it is not a date."""
    if m["quarter"]:
        return _opt(_quarter(m, year_start))
    if m["fy"]:
        return _opt(_fiscal(m, year_start))
    if m["season"]:
        return _opt(_season(m))
    if m["nd"]:
        return _opt(_numeric(m))
    if m["iy"]:
        iso = _iso(int(m["iy"]), int(m["im"]), int(m["id"]))
        return _opt(_Atom(m.start(), m.end(), "day", iso, iso) if iso else None)
    if m["f1"]:
        return _opt(_financial(text, m, year_start))
    if m["d"]:
        return _day_month(text, m)
    if m["m2"]:  # "May 11, 2023", and US day lists: "May 11, 15 and 16, 2023"
        year, month = int(m["y2"]), _month(m, "m2", with_year=True)
        days = [(m.start(), m.end("d2"), int(m["d2"]))]
        days += [(t.start(), t.end(), int(t[1])) for t in _DAY_TOKEN.finditer(text, m.start("dl2"), m.end("dl2"))]
        if len(days) == 1:
            return _opt(_point(m.start(), m.end(), year, month, days[0][2]))
        return [a for start, end, day in days if (a := _point(start, end, year, month, day))]
    if m["m4"]:  # "February 15th", "Thursday, February 15th": the year comes from the context
        if _MONTH_RANGE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return []  # "Apr-Aug 18": the number is the range's two-digit year
        month, day = _month(m, "m4"), int(m["d4"])
        return [_Atom(m.start(), m.end(), "day", month=month, days=(day,))] if month and 1 <= day <= 31 else []
    if m["m3"]:
        year = int(m["y3"]) if m["y3"] else _two_digit_year(m["y3s"])
        end = m.end("y3") if m["y3"] else m.end()
        return _opt(_point(m.start(), end, year, _month(m, "m3", with_year=bool(m["y3"]))))
    if m["yr"]:
        return _opt(_bare_year(text, m.start("yr"), m.end("yr"), m.start()))
    month = _month(m, "bm")  # a month alone is kept if a range or a time cue gives it a year
    return [_Atom(m.start(), m.end(), "month", month=month)] if month else []


# A month alone is a date when a time word comes before it ("by the end of June", "due in
# September", "Due: August", "prior to January") or "meeting" after it ("the July meeting"),
# and it is printed with its capital (so "may" stays a verb).
_MONTH_CUE_BEFORE = re.compile(
    r"(?:\b(?:by|during|until|till|before|after|from|since|due(?:\s+(?:in|for|by))?|(?:scheduled|expected|planned)"
    r"\s+(?:in|for)|prior\s+to|next|last|early|mid|late|end)"
    r"|\bdue\s*:)\s*(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?(?:(?:early|mid|late)[-\s])?$",
    re.IGNORECASE,
)
_IN_MONTH = re.compile(r"(?<![A-Za-z])in\s+(?:(?:early|mid|late)[-\s])?$")  # lower case: inside a sentence
_MONTH_CUE_AFTER = re.compile(r"^\s+(?:meeting|committee|board|deadline)\b", re.IGNORECASE)


def _month_alone_is_date(text: str, atom: _Atom) -> bool:
    word = text[atom.start : atom.end]
    if not word[:1].isupper() and not text[max(0, atom.start - 12) : atom.start].strip():
        return False
    month_word = re.search(r"[A-Za-z]+\.?$", word)
    if month_word is None or not month_word.group(0)[:1].isupper():
        return False
    before = text[max(0, atom.start - 24) : atom.start]
    if _IN_MONTH.search(before):  # "will be reviewed in September"; not "In July, the court ruled"
        return True
    return bool(_MONTH_CUE_BEFORE.search(before) or _MONTH_CUE_AFTER.match(text[atom.end : atom.end + 12]))


def _opt(atom: _Atom | None) -> list[_Atom]:
    return [atom] if atom else []


def _month(m: re.Match[str], group: str, *, with_year: bool = False) -> int:
    """The month number of a month-name group. Without a year beside it, 0 unless capitalised:
    "may" and "march" are also verbs."""
    name = m[group]
    return MONTHS[name[:3].lower()] if with_year or name[0].isupper() else 0


def _two_digit_year(yy: str) -> int:
    return 2000 + int(yy) if int(yy) <= YEAR_MAX % 100 else 1900 + int(yy)


def _iso(year: int, month: int = 0, day: int = 0) -> str | None:
    """ISO text at the granularity given, or None when the date does not exist."""
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    if not month:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _shift(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by a number of months."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _span(start: int, end: int, precision: str, first: tuple[int, int], last: tuple[int, int]) -> _Atom:
    """An atom covering whole months from `first` to `last` (each a (year, month))."""
    return _Atom(start, end, precision, _iso(*first), _iso(*last))


def _point(start: int, end: int, year: int, month: int, day: int = 0) -> _Atom | None:
    """A day or a month, when it exists and its year is believable."""
    if not (month and WRITTEN_YEAR_MIN <= year <= WRITTEN_YEAR_MAX):
        return None
    iso = _iso(year, month, day)
    return _Atom(start, end, "day" if day else "month", iso, iso) if iso else None


def _quarter(m: re.Match[str], year_start: int = 4) -> _Atom | None:
    """'Q3 2024/25' is a quarter of the financial year (Q1 = April-June where the year starts in
    April); 'Q3 2024' of the calendar year."""
    n = int(m["qn"])
    if m["qf1"]:
        year = int(m["qf1"])
        first = _shift(year, year_start, 3 * (n - 1))
    else:
        year = int(m["qy"])
        first = _shift(year, 1, 3 * (n - 1))
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    return _span(m.start(), m.end(), "quarter", first, _shift(*first, 2))


def _season(m: re.Match[str]) -> _Atom | None:
    """'Spring 2020' -> 2020-03/2020-05; 'winter 2019/20' -> 2019-12/2020-02."""
    year = int(m["sy"])
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    first_month, months = SEASONS[m["season"].lower()]
    return _span(m.start(), m.end(), "range", (year, first_month), _shift(year, first_month, months - 1))


def _numeric(m: re.Match[str]) -> _Atom | None:
    """'31/03/2020', '31.03.2020', '20/11/23': day first, as in the UK; US order only when it must be."""
    day, month, yy = int(m["nd"]), int(m["nm"]), m["ny"]
    year = int(yy) if len(yy) == 4 else _two_digit_year(yy)
    if m["ns"] == "." and (len(m["nd"]) != 2 or len(m["nm"]) != 2 or (len(yy) == 2 and int(yy) < 10)):
        # dotted numbers are usually paragraph numbers ("1.4.10", "19.09.01"); only zero-padded
        # day.month with a year from 2010 on is read as a date ("06.12.23")
        return None
    if month > 12 >= day:
        day, month = month, day
    iso = _iso(year, month, day) if YEAR_MIN <= year <= YEAR_MAX else None
    return _Atom(m.start(), m.end(), "day", iso, iso) if iso else None


def _fiscal(m: re.Match[str], year_start: int) -> _Atom | None:
    """'FY2026', 'FY2025–FY2026', 'Fiscal Years 2025–2028': fiscal years named by the year they
    end in, starting in the document's `year_start` month ('FY2026' from October is 2025-10/2026-09)."""
    first, last = int(m["fy1"]), int(m["fy2"] or m["fy1"])
    if not (YEAR_MIN <= first <= last <= YEAR_MAX and last - first <= 10):
        return None
    precision = "financial_year" if first == last else "range"
    return _span(m.start(), m.end(), precision, (first - 1, year_start), (last, year_start - 1))


def _financial(text: str, m: re.Match[str], year_start: int = 4) -> _Atom | None:
    """'2016/17', '2016-17', '2016/2017', '2016/7', 'FY 2016/17' -> one financial year; '2014-17' -> the
    financial years 2014/15 to 2016/17. Anything else keeps only its first year."""
    first = int(m["f1"])
    second = m["f2s"] or m["f2d"]
    base = 10 ** len(second)  # "2016/2017", "2016/17", "2024/5"
    last = int(second) if len(second) == 4 else first // base * base + int(second)
    if len(second) < 4 and last <= first:
        last += base  # "1999/00", "2029/0"
    years = last - first
    if len(second) == 1 and years != 1:
        return _bare_year(text, m.start("f1"), m.end("f1"), m.start())
    if not (YEAR_MIN <= first <= YEAR_MAX and 1 <= years <= 10):
        return _bare_year(text, m.start("f1"), m.end("f1"), m.start())
    precision = "financial_year" if years == 1 else "range"
    return _span(m.start(), m.end(), precision, (first, year_start), (last, year_start - 1))


def _bare_year(text: str, start: int, end: int, match_start: int) -> _Atom | None:
    """A four-digit year standing alone, unless it is out of range or its neighbours make it a number."""
    year = int(text[start:end])
    cued = _YEAR_CUE_BEFORE.search(text, max(0, match_start - 8), match_start)
    if not (YEAR_MIN <= year <= YEAR_MAX or (cued and WRITTEN_YEAR_MIN <= year <= WRITTEN_YEAR_MAX)):
        return None
    if _NOT_YEAR_BEFORE.search(text, max(0, match_start - 20), match_start):
        return None
    if _NOT_YEAR_AFTER.match(text, end):
        return None
    return _Atom(match_start, end, "year", str(year), str(year))


def _day_month(text: str, m: re.Match[str]) -> list[_Atom]:
    """'24th April 2024', 'Wednesday, 24 April 2024', '9th March', '1st and 2nd May 2019', '1-2 May 2019'."""
    year = _day_month_year(text, m)
    month = _month(m, "m", with_year=year is not None)
    if not month or (year and not WRITTEN_YEAR_MIN <= year <= WRITTEN_YEAR_MAX):
        return []
    end = m.end("y") if m["y"] else m.end("ys") if year else m.end("m")
    day = int(m["d"])
    first_day = m.start("dl") if m["dl"] else m.start("d")
    if year is None and _MONTH_BEFORE.search(text, max(0, first_day - 12), first_day):
        return []
    if _PAGE_BEFORE.search(text, max(0, first_day - 20), first_day) or not _iso(year or 2000, month, day):
        # "Page 12\nApril 2024": the number is a page footer, not a day; keep the month
        iso = _iso(year, month) if year else None
        return [_Atom(m.start("m"), end, "month", iso, iso)] if iso else []
    atoms = _listed_days(text, m, month, day, end)
    if year is None:
        return atoms
    return [done for atom in atoms if (done := _complete(atom, year))]


def _day_month_year(text: str, m: re.Match[str]) -> int | None:
    """The year printed after a day and month; a two-digit one only when no word follows it
    ("1 October 21 - 31 March 22" but not "on 5 May 21 people")."""
    if m["y"]:
        return int(m["y"])
    if m["ys"] and not re.match(r"\s*\w", text[m.end("ys") : m.end("ys") + 3]):
        return _two_digit_year(m["ys"])
    return None


def _listed_days(text: str, m: re.Match[str], month: int, day: int, end: int) -> list[_Atom]:
    """Partial atoms (no year yet) for a day and the days listed before it."""
    if not m["dl"]:
        return [_Atom(m.start(), end, "day", month=month, days=(day,))]
    tokens = list(_DAY_TOKEN.finditer(text, m.start("dl"), m.end("dl")))
    joiner = text[tokens[-1].end() : m.start("d")].strip().lower()
    between = _BETWEEN_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if len(tokens) == 1 and (joiner not in (",", "and", "&") or (joiner == "and" and between)):
        # "1-2 May 2019", "1st to 3rd May", "between 6 and 10 May": one period of days
        return [_Atom(m.start(), end, "range", month=month, days=(int(tokens[0][1]), day))]
    listed = [_Atom(t.start(), t.end(), "day", month=month, days=(int(t[1]),)) for t in tokens]
    listed[0] = replace(listed[0], start=m.start())  # a weekday printed first belongs to the first day
    return listed + [_Atom(m.start("d"), end, "day", month=month, days=(day,))]


def _complete(atom: _Atom, year: int) -> _Atom | None:
    """A partial atom given its year, or None when that date does not exist (30 February)."""
    if not atom.days:
        first = last = _iso(year, atom.month)
    else:
        first, last = _iso(year, atom.month, atom.days[0]), _iso(year, atom.month, atom.days[-1])
    if not first or not last or first > last:
        return None
    return replace(atom, first=first, last=last)


def _merge_ranges(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """Join neighbouring atoms printed as a period: 'April 2022 – March 2025', 'between 2019 and
    2022', 'January to March 2024', '2019/20 to 2022/23'."""
    atoms = list(atoms)
    merged: list[_Atom] = []
    i = 0
    while i < len(atoms):
        joined = _join(text, atoms[i], atoms[i + 1]) if i + 1 < len(atoms) else None
        if joined is None and i + 1 < len(atoms):
            atoms[i] = _listed_with(text, atoms[i], atoms[i + 1])
        merged.append(joined or atoms[i])
        i += 2 if joined else 1
    return merged


def _listed_with(text: str, a: _Atom, b: _Atom) -> _Atom:
    """'21 January and 17 March 2020': a day-month listed before a dated day takes its year."""
    if not (a.partial and a.days and b.first and b.precision == "day"):
        return a
    if not _LIST_GAP.fullmatch(text, a.end, b.start):
        return a
    year = int(b.first[:4])
    done = _complete(a, year)
    if done and done.first and done.first > b.first:
        done = _complete(a, year - 1)
    return done or a


def _join(text: str, a: _Atom, b: _Atom) -> _Atom | None:
    """The period from `a` to `b`, or None when they are not printed as one."""
    if b.partial or not b.first or not b.last or not _connected(text, a, b):
        return None
    if a.partial:
        # "January to March 2024": the start takes the end's year, or the one before ("November to March")
        year = int(b.first[:4])
        a = _complete(a, year) or a
        if a.first and a.first > b.first:
            a = _complete(a, year - 1) or a
    if not a.first or not a.last or len(a.last) != len(b.first):
        return None
    if a.last < b.first:
        return _Atom(a.start, b.end, "range", a.first, b.last)
    return _reversed_year(a, b)


def _connected(text: str, a: _Atom, b: _Atom) -> bool:
    gap = text[a.end : b.start]
    if _CONNECTOR.fullmatch(gap):
        return True
    if gap.strip().lower() == "and":
        return bool(_BETWEEN_BEFORE.search(text, max(0, a.start - 12), a.start))
    return gap.strip() == "/" and a.partial and not a.days  # "March/April 2025"


def _reversed_year(a: _Atom, b: _Atom) -> _Atom | None:
    """'October 2022 – September 2021' is a mistyped year: a run of months ending the month before
    the start month is the twelve months to the end ("the year October 2020 – September 2021")."""
    if a.precision != "month" or b.precision != "month" or not a.first or not b.first:
        return None
    end = (int(b.first[:4]), int(b.first[5:]))
    start = _shift(*end, -11)
    if start[1] != int(a.first[5:]):
        return None
    return _span(a.start, b.end, "range", start, end)


def _fact(text: str, page: int, atom: _Atom, offset: int) -> DateFact:
    first, last = atom.first or "", atom.last or ""
    # a period of whole years is bounded by its first and last months, so that its end compares
    # right with month dates ("2020" < "2020-05" as text, "2020-12" is not)
    whole_years = atom.precision == "range" and len(first) == len(last) == 4
    return DateFact(
        page=page,
        text=" ".join(text[atom.start : atom.end].split()),  # "9th\n\nMarch" was wrapped, not spaced
        iso=first if first == last else f"{first}/{last}",
        precision=atom.precision,
        start_date=f"{first}-01" if whole_years else first,
        end_date=f"{last}-12" if whole_years else last,
        role=_role(text, atom),
        start=atom.start + offset,
        end=atom.end + offset,
    )


def _role(text: str, atom: _Atom) -> str | None:
    """What the date is, from a cue word just before it ('held on', 'by', 'published')."""
    before = text[max(0, atom.start - 40) : atom.start]
    for role, cue in _ROLES:
        if cue.search(before):
            return role
    return "period" if atom.precision in ("range", "financial_year", "quarter") else None


def iter_dates(
    pages: Iterable[tuple[int, str]], *, default_year: int | None = None, year_start: int = 4
) -> Iterator[DateFact]:
    """Dates of a whole document, page by page; a day-month without a year ("9th March") takes
    `default_year` (the document's own, from its first pages), else the year of the last
    dated mention on an earlier page. Financial years start in month `year_start`."""
    year = default_year
    for page, text in pages:
        facts = find_dates(text, page, default_year=year, year_start=year_start)
        yield from facts
        if default_year is None:  # no year of its own: the last dated mention lends one
            dated = [f for f in facts if f.precision in ("day", "month", "year")]
            year = int(dated[-1].iso[:4]) if dated else year
