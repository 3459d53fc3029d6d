"""Pages -> stated priority lists and action-plan actions: pure text logic, no I/O.

A list counts only when the sentence or heading that introduces it says what it is ("The
current priorities identified for 2015/16 include:", "Kent CSA Cross-Cutting Themes:"):
most bullet lists in council papers are not priorities, so precision depends on that cue.
Lists arrive in five forms, each with its own finder:

- a block: an introduction ending in ':' followed by bullets or by one entry per line;
- inline: "included 5 priorities: Tackle X; Tackle Y; and Z" inside a sentence;
- numbered headings spread over a document: "Priority 1: Violent Crime ...";
- a count table ("Priority | No. of CSPs") introduced by a sentence that names it;
- a priority -> lead table ("Priority | Lead"), whose leads fill ``Priority.lead``.

Actions come from action-plan tables ("Actions 2023/24 | Progress") and from sentences
that commit someone ("The VRU will ...", "it is recommended that ..."). Every pattern and
word list lives in pipelines/priorities.yml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from .config import PIPELINES, load_settings, require
from .errors import ConfigError
from .layout import paragraph_starts
from .models import Action, PageText, Priority, PriorityList

BULLET = "\u2022"
_DASH_ITEM = re.compile(r"^[-\u2013]\s+\S")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u2018\u201c'\"(])")
_TERMINAL = (".", "!", "?", ":", ";")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PERIOD = re.compile(
    rf"\b(?:{_MONTH}\s+)?(?:19|20)\d\d\s*(?:/|-|\u2013|\u2014|to)\s*(?:{_MONTH}\s+)?(?:(?:19|20)\d\d|\d\d)\b"
)
_TICKS_AND_COUNT = re.compile(r"(?:\s*[\u2713\u2714\u2715\u2717xX](?=\s|$))*\s*(?:\b\d{1,3})?\s*$")
_ROW_END = re.compile(r"(?:[\u2713\u2714]|\b\d{1,3})\s*$")
_QUOTED = r"[\u2018'\"\u201c][^\u2019'\"\u201d]{2,80}[\u2019'\"\u201d]"
_QUOTED_HEAD = re.compile(rf"{_QUOTED}(?:\s*(?:,|;|and|or|&)\s*{_QUOTED})+")
_QUOTED_RUN = re.compile(r"[\u2018'\"\u201c]([^\u2019'\"\u201d]{2,80})[\u2019'\"\u201d]")
# List markers: "1." "2)" "(a)" "b)" "i." "(iv)" "IV." "A)"; a list keeps one style and one form
_DOTTED = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?\s")  # a numbered paragraph: "1.54 In addition ..."
_NOT_MONTH = r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
# a list's marker: "1.", "(a)", "i)", "I.", and under a numbered section its dotted "1.1", "1.2";
# a number set before a capital with no stop ("1 A Thriving Economy"), not a date ("3 March")
_NUMBER = re.compile(
    r"^(?P<open>\()?(?P<section>\d{1,2}\.(?=\d))?(?P<mark>\d{1,2}|[a-zA-Z]|[ivxIVX]{1,5})"
    r"(?P<close>(?(section)\.?|(?:[.)]|(?<=\d)(?=\s+" + _NOT_MONTH + r"[A-Z]))))\s+(?=\S)"
)
_FIRST_MARKS = {"1": "number", "a": "lower", "A": "upper", "i": "lower_roman", "I": "upper_roman"}
_ROMAN = {"i": 1, "v": 5, "x": 10}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
_PAGE_LINE = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$", re.I)
_ACTOR_STARTS = frozenset("the our their this these that whilst while as if where when".split())
_WORD_NUMBERS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}


def _number(printed: str) -> int:
    """ "4" or "four" as 4, "D" (of "Priority D") as 4; 0 for a word not counted."""
    if len(printed) == 1 and "A" <= printed <= "Z":
        return ord(printed) - ord("A") + 1
    return int(printed) if printed.isdigit() else _WORD_NUMBERS.get(printed.lower(), 0)


@dataclass(frozen=True)
class _Row:
    """One printed line in document order, with what list finding needs of its typography."""

    text: str
    page: int
    x0: float = 0.0
    bold: bool = False
    gap: bool = False  # a paragraph gap (extra vertical space) above the line
    heading: bool = False  # the layout stage reads the line as a heading (Line.heading)
    top: float = 0.0
    size: float = 0.0  # the line's font size: headings of one style are one level
    first_part: str = ""  # the text before a column-wide gap, where the line has one (a table's first cell)
    parts: tuple[tuple[float, str], ...] = ()  # the pieces apart by column-wide gaps, (x0, text) each


@dataclass(frozen=True)
class _Rules:
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    not_a_list: re.Pattern[str]
    aside_clause: re.Pattern[str]
    counted_intro: re.Pattern[str]
    item_description: re.Pattern[str]
    sentence_entries: re.Pattern[str]
    not_list_items: re.Pattern[str]
    callout: re.Pattern[str]
    pronoun_intro: re.Pattern[str]
    numbered: re.Pattern[str]
    grid_least: int
    numbered_alone: re.Pattern[str]
    labelled: re.Pattern[str]
    labelled_kinds: dict[str, str]
    labelled_least: int
    kicker: re.Pattern[str]
    kicker_least: int
    kicker_words: int
    numbered_kinds: dict[str, str]
    code: re.Pattern[str]
    inline_stop: re.Pattern[str]
    inline_no_colon: tuple[re.Pattern[str], ...]
    trailing_etc: re.Pattern[str]
    count_header: re.Pattern[str]
    count_cue: re.Pattern[str]
    lead_header: re.Pattern[str]
    paragraph_number: re.Pattern[str]
    connectors: frozenset[str]
    max_item_words: int
    description_lines: int
    list_indent: float
    owner: re.Pattern[str]
    action_header: re.Pattern[str]
    priority_heading: re.Pattern[str]
    split_header: tuple[re.Pattern[str], re.Pattern[str]]
    due_token: re.Pattern[str]
    due_span: re.Pattern[str]
    log_title: re.Pattern[str]
    columns: dict[str, re.Pattern[str]]
    described_header: re.Pattern[str]
    described_first: re.Pattern[str]
    measured_header: re.Pattern[str]
    area_first: re.Pattern[str]
    list_column: re.Pattern[str]
    area_entries: re.Pattern[str]
    area_kinds: dict[str, str]
    cell_entry: re.Pattern[str]
    item_bodies: re.Pattern[str]
    lead_line: re.Pattern[str]
    log_default_due: re.Pattern[str]
    status_token: re.Pattern[str]
    status_line: re.Pattern[str]
    group_lead: re.Pattern[str]
    item_lead: re.Pattern[str]
    ongoing: re.Pattern[str]
    owner_nouns: frozenset[str]
    row_owner: re.Pattern[str]
    action_share: float
    table_stop: re.Pattern[str]
    cues: tuple[re.Pattern[str], ...]
    not_commitments: re.Pattern[str]
    bound_cue: re.Pattern[str]
    leading_figures: re.Pattern[str]
    trailing_figures: re.Pattern[str]
    list_commitment: re.Pattern[str]
    milestone_list: re.Pattern[str]
    action_heading: re.Pattern[str]
    recommendation: re.Pattern[str]
    actor_will: re.Pattern[str]
    passive_commitment: re.Pattern[str]
    passive_after_subject: re.Pattern[str]
    policy_voice: re.Pattern[str]
    relative_will: re.Pattern[str]
    examples: re.Pattern[str]
    clause_start: re.Pattern[str]
    owner_subject: re.Pattern[str]
    not_owners: frozenset[str]
    min_words: int
    max_words: int


def _sub_key(section: dict[str, Any], name: str, key: str) -> Any:
    if key not in section:
        raise ConfigError(f"{PIPELINES / 'priorities.yml'}: missing key {name}.{key}")
    return section[key]


def _ci(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


@cache
def rules() -> _Rules:
    """pipelines/priorities.yml compiled; a missing key is a ConfigError naming the file and key."""
    s: dict[str, Any] = load_settings("priorities")
    a: dict[str, Any] = require(s, "priorities", "actions")
    need = lambda key: require(s, "priorities", key)  # noqa: E731
    act = lambda key: _sub_key(a, "actions", key)  # noqa: E731
    return _Rules(
        kinds=tuple((k["kind"], _ci(k["pattern"])) for k in need("list_kinds")),
        not_a_list=_ci(need("not_a_list")),
        aside_clause=_ci(need("aside_clause")),
        counted_intro=_ci(need("counted_intro")),
        item_description=re.compile(need("item_description")),
        sentence_entries=_ci(need("sentence_entries")),
        not_list_items=_ci(need("not_list_items")),
        callout=_ci(need("callout")),
        pronoun_intro=_ci(need("pronoun_intro")),
        numbered=_ci(need("numbered_heading")),
        grid_least=int(need("grid_least")),
        numbered_alone=_ci(need("numbered_heading_alone")),
        labelled=_ci(need("labelled")["pattern"]),
        labelled_kinds={str(k).lower(): str(v) for k, v in need("labelled")["kinds"].items()},
        labelled_least=int(need("labelled")["least"]),
        kicker=_ci(need("kicker")["pattern"]),
        kicker_least=int(need("kicker")["least"]),
        kicker_words=int(need("kicker")["max_words"]),
        numbered_kinds=dict(need("numbered_heading_kinds")),
        code=re.compile(need("code_heading")),
        inline_stop=_ci(need("inline_stop")),
        inline_no_colon=tuple(_ci(p) for p in need("inline_no_colon")),
        trailing_etc=_ci(need("trailing_etc")),
        count_header=_ci(need("count_table_header")),
        count_cue=_ci(need("count_table_cue")),
        lead_header=_ci(need("lead_table_header")),
        paragraph_number=_ci(need("paragraph_number")),
        connectors=frozenset(need("connectors")),
        max_item_words=int(need("max_item_words")),
        description_lines=int(need("description_lines")),
        list_indent=float(need("list_indent")),
        owner=re.compile(need("owner_pattern")),
        action_header=_ci(act("table_header")),
        priority_heading=_ci(act("priority_heading")),
        split_header=(_ci(act("split_header")[0]), _ci(act("split_header")[1])),
        due_token=re.compile(act("due_token")),
        due_span=re.compile(act("due_span")),
        log_title=_ci(act("log_title")),
        columns={k: _ci(v) for k, v in act("columns").items()},
        described_header=_ci(need("described_header")),
        described_first=_ci(need("described_first")),
        measured_header=_ci(need("measured_header")),
        area_first=_ci(need("area_first")),
        list_column=_ci(need("list_column")),
        area_entries=_ci(need("area_entries")),
        area_kinds={str(k).lower(): str(v) for k, v in need("area_kinds").items()},
        cell_entry=_ci(need("cell_entry")),
        log_default_due=_ci(act("log_default_due")),
        status_token=re.compile(act("status_token")),
        status_line=re.compile(act("status_line")),
        group_lead=re.compile(act("group_lead")),
        item_lead=re.compile(act("item_lead"), re.I),
        item_bodies=re.compile(act("item_bodies")),
        lead_line=re.compile(act("lead_line"), re.I),
        ongoing=re.compile(act("ongoing"), re.I),
        owner_nouns=frozenset(str(w) for w in act("owner_nouns")),
        row_owner=re.compile(act("row_owner")),
        action_share=float(act("action_column_share")),
        table_stop=_ci(act("table_stop")),
        cues=tuple(_ci(c) for c in act("commitment_cues")),
        not_commitments=_ci(act("not_commitments")),
        bound_cue=_ci(act("bound_cue")),
        leading_figures=re.compile(act("leading_figures")),
        trailing_figures=re.compile(act("trailing_figures")),
        list_commitment=re.compile(act("list_commitment")),
        milestone_list=_ci(act("milestone_list")),
        action_heading=_ci(act("action_heading")),
        recommendation=re.compile(act("recommendation")),
        actor_will=re.compile(act("actor_will"), re.I),
        passive_commitment=_ci(act("passive_commitment")),
        passive_after_subject=_ci(act("passive_after_subject")),
        policy_voice=_ci(act("policy_voice")),
        relative_will=_ci(act("relative_will")),
        examples=_ci(act("examples")),
        clause_start=_ci(act("clause_start")),
        owner_subject=re.compile(act("owner_subject"), re.I),
        not_owners=frozenset(w.lower() for w in act("not_owners")),
        min_words=int(act("min_words")),
        max_words=int(act("max_words")),
    )


# --------------------------------------------------------------------------- rows


def _rows(pages: Sequence[PageText]) -> list[_Row]:
    """Every printed line of the document in reading order; running headers that layout
    analysis left in (repeated on three or more pages) are dropped so tables run on."""
    rows: list[_Row] = []
    for n, page in enumerate(pages):
        lines = page.lines or ()
        if not lines:
            rows += [_Row(t.strip(), page.page) for t in page.text.split("\n") if t.strip()]
            continue
        starts = paragraph_starts(page, pages[n - 1] if n else None)
        for k, (line, para) in enumerate(zip(lines, starts)):
            if not line.rotated:
                text = _CONTROL.sub("", line.text).strip()
                heading = line.heading is not None
                gap = para or n == k == 0
                pieces = line.parts if len(line.parts) > 1 else ()
                parts = tuple((x0, _CONTROL.sub("", t).strip()) for x0, _, t in pieces)
                first = parts[0][1] if parts else ""
                row = _Row(text, page.page, line.x0, line.bold, gap, heading, line.top, line.size, first, parts)
                rows.append(row)
    return [r for r in rows if r.text and not _PAGE_LINE.match(r.text)]


def _is_bullet(row: _Row) -> bool:
    return row.text.startswith(BULLET) or bool(_DASH_ITEM.match(row.text))


def _debullet(text: str) -> str:
    return re.sub(r"^(?:\u2022|[-\u2013])\s*", "", text).strip()


def _squash(text: str) -> str:
    return " ".join(text.split())


def _ends_with_connector(text: str) -> bool:
    words = text.rstrip().split()
    if not words:
        return False
    last = words[-1].lower()
    return last in rules().connectors or text.rstrip()[-1:] in ",&/-\u2013"


def _starts_lower(text: str) -> bool:
    first = _debullet(text)[:1]
    return first.islower() or first in "()"


# --------------------------------------------------------------------------- kinds, owners, periods


def _kind(intro: str) -> str | None:
    """The kind of list an introduction announces, or None when it announces none."""
    r = rules()
    # an opening aside ("Although changes are needed, ...") is not what the list is about; nor
    # is what is said of the list before it is counted ("reported progress against the four
    # strategic objectives of the Corporate Strategy:")
    counted = r.counted_intro.search(intro) if intro.rstrip().endswith(":") else None
    told = intro[counted.start() :] if counted else r.aside_clause.sub("", intro, count=1)
    if r.not_a_list.search(told):
        return None
    # the keyword nearest the list names it: "retain the 7 strategic priorities ... but a
    # stronger emphasis on some of the emerging issues such as:" lists focus areas
    ends = [
        (max(m.end() for m in p.finditer(intro)), -n, kind) for n, (kind, p) in enumerate(r.kinds) if p.search(intro)
    ]
    # "Three cross-cutting themes run through all our objectives:": cross-cutting names the list
    # wherever it stands in the sentence
    if any(kind == "cross_cutting_theme" for _, _, kind in ends):
        return "cross_cutting_theme"
    return max(ends)[2] if ends else None


def _period(*texts: str) -> str | None:
    for text in texts:
        m = _PERIOD.search(text or "")
        if m:
            return _squash(m.group(0))
    return None


def _iso_period(period: str | None) -> tuple[str | None, str | None]:
    """ISO bounds of a printed period; extractor.dates does the work when it can."""
    if not period:
        return None, None
    try:
        from .dates import parse_period

        return parse_period(period)
    except ValueError:  # a period dates.py cannot read must not lose the list
        years = re.findall(r"(?:19|20)\d\d|\b\d\d\b", period)
        if len(years) < 2:
            return None, None
        end = years[1] if len(years[1]) == 4 else years[0][:2] + years[1]
        return years[0], end


def _owner(*texts: str) -> str | None:
    for text in texts:
        m = rules().owner.search(text or "")
        if m:
            owner = re.sub(r"^(?:The|the|and|of|for|&)\s+", "", m.group("owner").strip())
            return re.sub(r"[\u2019']s$", "", owner)
    return None


def _heading_above(rows: list[_Row], i: int, reach: int = 25) -> str:
    """The nearest heading above row i that can name a list (a long heading, "Appendix B: Kent
    Community Safety Agreement - Priorities and Actions 2023/24", names a document part)."""
    return next((rows[j].text for j in range(i - 1, max(-1, i - reach), -1) if _list_heading(rows[j])), "")


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if len(w) >= 4]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _make_list(
    kind: str, intro: str, heading: str, items: list[tuple[str, int, str | None]], page: int, context: str = ""
) -> PriorityList:
    period = _period(intro, heading, context)
    start, end = _iso_period(period)
    name = _name(intro, heading)
    return PriorityList(
        name=name,
        kind=kind,
        page=page,
        owner=_owner(intro, heading, context),
        period=period,
        period_start=start,
        period_end=end,
        source=_squash(intro),
        items=tuple(Priority(n, text, pg, lead) for n, (text, pg, lead) in enumerate(items, 1)),
    )


def _name(intro: str, heading: str) -> str:
    """A short name: the introduction when it is heading-sized, else the heading, else the intro."""
    intro = _squash(intro).rstrip(":- ")
    if len(intro.split()) <= 12 or not heading:
        return intro[:200]
    return _squash(heading).rstrip(":- ")[:200]


# --------------------------------------------------------------------------- public API


def extract_priority_lists(pages: Sequence[PageText]) -> list[PriorityList]:
    """Every stated list of priorities, cross-cutting themes, strategic priorities, focus
    areas or objectives in one document, in page order."""
    rows = _rows(pages)
    found: list[tuple[int, PriorityList]] = []
    taken: set[int] = set()  # rows already inside a list: a later finder must not reuse them
    finders = (
        _lead_tables,
        _count_tables,
        _side_by_side_lists,
        _block_lists,
        _counted_headings,
        _grid_lists,
        _numbered_lists,
        _numbered_sublists,
        _code_sublists,
        _labelled_lists,
        _kicker_headings,
    )
    for finder in finders:
        for start, used, plist in finder(rows, found):
            if not used & taken and not (finder is _numbered_lists and _printed_before(plist, found)):
                found.append((start, plist))
                taken |= used
    for start, plist in _inline_lists(rows, taken):
        found.append((start, plist))
    for page_number, plist in _column_lists(pages):
        first = next((n for n, r in enumerate(rows) if r.page == page_number), len(rows))
        if not _printed_before(plist, found):
            found.append((first, plist))
    return [pl for _, pl in sorted(found, key=lambda f: f[0])]


def _printed_before(plist: PriorityList, found: list[tuple[int, PriorityList]]) -> bool:
    """Whether a list read from a document's headings ("Priority 1: ...") or an action table's
    priority column is one already found as a list: a strategy names its priorities in a list,
    then heads a section with each and serves them in its table, shortened."""
    from .dedupe import same_list

    texts = [p.text for p in plist.items]
    return any(_one_owner(k, plist) and same_list(texts, [p.text for p in k.items]) for _, k in found)


def _one_owner(a: PriorityList, b: PriorityList) -> bool:
    """Two lists that may be one printed twice: under one parent, of one owner or of an owner
    only one of them names (the Kent CSA's priorities and the PCC's, however alike, are two)."""
    one, other = _named_owner(a.owner), _named_owner(b.owner)
    return a.parent == b.parent and (one == other or one is None or other is None)


def _named_owner(owner: str | None) -> str | None:
    """An owner that names a body: "Kent Police", "PCC"; a common noun alone ("Police",
    "Commissioner") names none in particular."""
    return owner if owner and (len(owner.split()) > 1 or owner.isupper()) else None


def _column_lists(pages: Sequence[PageText]) -> Iterator[tuple[int, PriorityList]]:
    """The priorities an action plan's table serves, read from its priority column ("Priority |
    Action | Lead | Timescale"): each one once, in order, named by the column's header and the
    heading above the table."""
    for page in pages:
        for t, table in _cell_tables(page).items():
            found = _table_header(table)
            if not found:
                described = _described_table(page, t, table)
                if described:
                    yield page.page, described
                areas = _area_table(page, table)
                for plist in areas or _first_column_list(page, t, table):
                    yield page.page, plist
                continue
            if "priority" not in found[1]:
                continue
            at, header = found
            served = [cols.get(header["priority"], "").strip() for _, cols in table[at + 1 :]]
            items = list(dict.fromkeys(s for s in served if s))
            if len(items) >= 2:
                title = table[at][1][header["priority"]]
                above = next((ln.text for ln in page.lines if ln.cell is None and ln.text.strip()), "")
                name = f"{title} ({above})" if above else title
                yield page.page, _make_list("priority", name, "", [(t, page.page, None) for t in items], page.page)


def _area_table(page: PageText, table: list[tuple[int, dict[int, str]]]) -> list[PriorityList]:
    """A table of a plan's areas ("Goal Area | Objectives | Lead Department | Timeline"): the
    first column's entries are a list, and each row's cell of objectives, numbered inside it
    ("1.1 Reduce ... 1.2 Complete ..."), a list of objectives under its area."""
    r = rules()
    if len(table) < 3 or not table[0][1]:
        return []
    head = table[0][1]
    first = min(head)
    entries = next((c for c, text in head.items() if c != first and r.area_entries.match(text.strip())), None)
    if not r.area_first.match(head[first].strip()) or entries is None:
        return []
    areas = [(_NUMBERED_ENTRY.sub("", cols.get(first, "")).strip(), cols.get(entries, "")) for _, cols in table[1:]]
    areas = [(area, cell) for area, cell in areas if area]
    if len(areas) < 2 or _looks_like_prose([(a, page.page, None) for a, _ in areas]):
        return []
    word = _header_word(head[first])
    kind = r.area_kinds.get(word) or r.numbered_kinds.get(word, "priority")
    out = [_make_list(kind, head[first].strip(), "", [(a, page.page, None) for a, _ in areas], page.page)]
    for area, cell in areas:
        parts = [p.strip() for p in r.cell_entry.split(cell) if p.strip()]
        if len(parts) >= 2:
            plist = _make_list("objective", area, "", [(p, page.page, None) for p in parts], page.page)
            out.append(replace(plist, parent=area))
    return out


def _first_column_list(page: PageText, t: int, table: list[tuple[int, dict[int, str]]]) -> list[PriorityList]:
    """A table whose first column is the list and the others say more of each entry
    ("Recommended priority | Why (rationale) | Lead group"): the first column's entries, numbers
    off, named by the heading above the table ("3. Recommended priorities for 2025/26")."""
    r = rules()
    if len(table) < 3 or not table[0][1]:
        return []
    head = table[0][1]
    first = min(head)
    if not r.list_column.match(head[first].strip()) or len(head) < 2:
        return []
    cells = [re.sub(r"^\d{1,2}\s+(?=[A-Z])", "", cols.get(first, "")) for _, cols in table[1:]]
    entries = [_NUMBERED_ENTRY.sub("", cell).strip() for cell in cells]
    entries = [e for e in entries if e]
    if len(entries) < 2 or _looks_like_prose([(e, page.page, None) for e in entries]):
        return []
    top = next((k for k, ln in enumerate(page.lines) if ln.cell is not None and ln.cell[0] == t), 0)
    heading = next((ln.text for ln in reversed(page.lines[:top]) if ln.heading and ln.cell is None), "")
    heading = re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+", "", heading.strip())
    kind = _kind(head[first]) or "priority"
    return [_make_list(kind, heading or head[first].strip(), "", [(e, page.page, None) for e in entries], page.page)]


def _header_word(header: str) -> str:
    """A list column's header as the word its kind is looked up by: "Strategic Priorities" ->
    "priority", "Goal Areas" -> "goal area"."""
    word = re.sub(r"^(?:strategic|key|our)\s+", "", header.strip().lower())
    return re.sub(r"(?<=[a-z])s$", "", word.replace("ies", "y"))


def _described_table(page: PageText, t: int, table: list[tuple[int, dict[int, str]]]) -> PriorityList | None:
    """A table that sets out a list and says what each entry means ("Theme | What it means for
    us", "Priority | Why it matters"): the first column's entries are the list, of the kind its
    header names, named by the heading above the table."""
    if len(table) < 3:
        return None
    head = table[0][1]
    if not head:
        return None
    first = head[min(head)].strip()
    rest = [text for c, text in head.items() if c != min(head)]
    r = rules()
    described = r.columns["priority"].match(first) and all(r.described_header.search(text) for text in rest)
    measured = r.described_first.match(first) and all(r.measured_header.match(text.strip()) for text in rest)
    if not rest or not (described or measured):
        return None
    firsts = [cols.get(min(cols), "").strip() for _, cols in table[1:] if cols]
    items: Items = [(text, page.page, None) for text in firsts if text]
    if len(items) < 2 or _looks_like_prose(items):
        return None
    above, heading = "", ""  # the line above the table, and the nearest heading above it
    for ln in page.lines:
        if ln.cell is not None and ln.cell[0] == t:
            break
        if ln.cell is None and ln.text.strip():
            above = ln.text.strip()
            if ln.heading is not None and not r.action_heading.match(above):  # not "What we will do"
                heading = above
    above = above if described else heading or above  # outcomes under "Priority 1: ...", its bullets between
    kind = r.numbered_kinds.get(_header_word(first), "priority")
    name = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", above) or first
    return _make_list(kind, name, above, items, page.page)


def extract_plan_actions(pages: Sequence[PageText], *, commitments: bool = True) -> list[Action]:
    """Actions from action-plan tables and, with `commitments`, from sentences that commit
    someone ("The VRU will ...") in strategies and reports."""
    ruled, pages = _ruled_action_tables(pages)
    rows = _rows(pages)
    actions, table_rows = _action_tables(rows, logs=not ruled)
    actions += ruled
    actions += _recommendations(rows)
    fielded, field_rows = _field_actions(rows)
    actions += fielded
    if commitments:
        list_rows = {i for _, used, _ in _block_lists(rows, []) for i in used}
        actions += _commitments(rows, table_rows | list_rows | field_rows)
    return _once(sorted(actions, key=lambda a: a.page))


def _field_actions(rows: list[_Row]) -> tuple[list[Action], set[int]]:
    """Statements each followed by a line of labelled fields that names who leads them ("1.1.1
    Open Fire Station 4 to serve the east side" / "Lead: Fire Department | Timeline: FY2026 |
    Measure: ..."): each statement an action, the lead its owner, the timeline its due date."""
    actions: list[Action] = []
    used: set[int] = set()
    labelled = [_fields(row.text) for row in rows]  # each line's fields, read once
    for i, fields in enumerate(labelled):
        owner = next((v for k, v in fields if rules().columns["owner"].search(k)), None)
        if owner is None or len(fields) < 2 or i == 0:
            continue
        first = i - 1  # the statement's first line: its number, or the line under a bold heading or fields
        while 0 < first and i - first < 4 and not _NUMBERED.match(rows[first].text):
            if rows[first - 1].bold or labelled[first - 1]:
                break
            first -= 1
        lines = range(first, i)
        if rows[first].bold or any(labelled[k] for k in lines):
            continue  # fields under a heading ("Objective 2.1 ..."): the lead of a group, not of a statement
        due = next((v for k, v in fields if rules().columns["due"].search(k)), None)
        text = re.sub(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+", "", _squash(" ".join(rows[k].text for k in lines)))
        actions.append(replace(_table_action(text, rows[first].page, due, owner, None), owner=owner))
        used |= {*lines, i}
    return actions, used


_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\S")


def _fields(text: str) -> list[tuple[str, str]]:
    """A line of labelled fields, "Lead: X | Timeline: Y", as (label, value) pairs; [] for a line
    that is anything else."""
    pieces = [p.strip() for p in re.split(r"\s+\|\s+|\s{3,}", text) if p.strip()]
    pairs = [re.match(r"^(?P<label>[A-Z][\w/ ]{1,25}?)\s*:\s+(?P<value>\S.*)$", p) for p in pieces]
    if len(pieces) < 2 or not all(pairs):
        return []
    return [(m["label"], m["value"]) for m in pairs if m]


def _once(actions: list[Action]) -> list[Action]:
    """Each action once, however often the document repeats it (a pack prints a proposal in its
    summary and again in its appendix), and no action without words ("4 1": a table's figures)."""
    chosen: dict[tuple[str, str | None], int] = {}  # each action's place in out
    out: list[Action] = []
    for a in actions:
        # read twice, with its "(Lead: X, by Y)" and without: once, without
        key = (_squash(rules().item_lead.sub("", a.text)).lower().rstrip(" ."), a.owner)
        if len(re.findall(r"[^\W\d_]{2,}", a.text)) < 2:
            continue
        if key not in chosen:
            chosen[key] = len(out)
            out.append(a)
        elif rules().item_lead.search(out[chosen[key]].text) and not rules().item_lead.search(a.text):
            out[chosen[key]] = a
    return out


def extract_table_actions(pages: Sequence[PageText]) -> list[Action]:
    """Actions of the action tables drawn with rules on these pages, only: minutes print their
    action log as such a table ("No. | Minute | Action | Lead | Due"), where their sentences
    are read for actions by the meetings stage."""
    return _once(_ruled_action_tables(pages)[0])


# --------------------------------------------------------------------------- block lists

Found = Iterator[tuple[int, set[int], PriorityList]]


def _block_lists(rows: list[_Row], _: object) -> Found:
    """Lists introduced by a sentence or heading that ends in ':' and names the list, or by a
    heading that names it with bullets or numbers straight under it ("Local Policing Priorities")."""
    for i, row in enumerate(rows[:-1]):
        marked = _is_bullet(rows[i + 1]) or _marker_style(rows[i + 1].text) is not None
        # a sentence that ends in ':' (or ';' straight before the entries) introduces them
        said = (
            row.text.rstrip().endswith((":", ":-"))
            or (marked and row.text.rstrip().endswith(";") and not _starts_list(row))
            or _open_intro(rows, i)
        )
        run = _short_run(rows, i + 1) if not said and not marked and row.heading and _list_heading(row) else 0
        plain = run >= 3  # short unmarked lines under a heading that names the list
        if not (said or plain or marked and _list_heading(row)):
            continue
        intro = _intro(rows, i) if said else row.text
        # the heading just above an introduction may name the list ("Sustainability Principles" /
        # "The achievement of this vision requires a number of challenges to be addressed:")
        kind = _kind(intro)
        if kind is None and said and not rules().not_a_list.search(intro):
            kind = _kind(_heading_above(rows, i - intro.count("\n"), reach=3))
        if kind is None and not said:
            nested = _announced_nested_lists(rows, i)
            if len(nested) >= 2:
                yield from nested
                continue
        if kind is None:
            continue
        header = said and not marked and _header_over_list(rows, i + 1)  # "Strategic objective | Year 2 status"
        if not header and i + 2 < len(rows) and not marked and _list_heading(rows[i + 1]) and _starts_list(rows[i + 2]):
            yield from _nested_lists(rows, i, kind, intro)
            continue
        items, used = _plain_items(rows, i + 1, run) if plain else _items(rows, i + 1 + header, cells=header)
        items = _unlabelled(_named_entries(_counted(intro, items), intro))
        if len(items) < 2 or _looks_like_prose(items, marked) or _not_priorities(items):
            continue
        top = i - intro.count("\n")
        heading = _heading_above(rows, top)
        plist = _make_list(kind, intro.replace("\n", " "), heading, items, rows[i + 1].page)
        if said and len(intro.split()) <= 3 and top and rows[top - 1].text == heading:
            plist = replace(plist, parent=_squash(heading))  # "Theme A: Safer streets" / "Priority areas:" / "1. ..."
        yield i, used, plist


Items = list[tuple[str, int, str | None]]


def _open_intro(rows: list[_Row], i: int) -> bool:
    """A sentence that runs straight into its entries without a colon ("... what skills they
    thought should be a priority to develop" / set-in lines, their bullets printed as pictures):
    no closing punctuation, and the next line set in after a gap, in the same column."""
    row, nxt = rows[i], rows[i + 1]
    return (
        not row.heading
        and not row.text.rstrip().endswith(_TERMINAL + (",",))
        and len(row.text.split()) >= 6
        and nxt.gap
        and nxt.page == row.page
        and row.x0 + rules().list_indent < nxt.x0 < row.x0 + 4 * rules().list_indent
    )


def _header_over_list(rows: list[_Row], j: int) -> bool:
    """Row j is a table's header row (cells apart, in bold) over numbered entries, each in a
    row of its own with its status or lead in the next column."""
    row = rows[j]
    return bool(row.first_part) and row.bold and j + 1 < len(rows) and _marker_style(rows[j + 1].text) is not None


def _short_run(rows: list[_Row], j: int) -> int:
    """How many short lines in title form follow from row j, with no space between them: a list
    printed without markers under its heading ("Our Priorities" / "Reducing violent crime" / ...)."""
    n = j
    while (
        n < len(rows)
        and len(rows[n].text.split()) <= 8
        and rows[n].text[:1].isupper()
        and not rows[n].text.rstrip().endswith((".", ":", ";"))
        and not rows[n].heading
        and (n == j or not rows[n].gap)
        and rows[n].page == rows[j].page
    ):
        n += 1
    return n - j


def _plain_items(rows: list[_Row], j: int, run: int) -> tuple[Items, set[int]]:
    """The `run` short lines of such a list from row j, each an entry."""
    k = j + run
    return [(rows[n].text.strip(), rows[n].page, None) for n in range(j, k)], set(range(j, k))


def _unlabelled(items: Items) -> Items:
    """Entries that each carry their own label and number ("Priority 1: Reducing violent crime",
    "Priority 2: ...") without it: the list's intro already names them."""
    found = [rules().numbered.match(text) for text, _, _ in items]
    if len(items) < 2 or not all(found):
        return items
    return [(m["text"].strip(), page, note) for m, (_, page, note) in zip(found, items) if m]


def _starts_list(row: _Row) -> bool:
    return _is_bullet(row) or _marker_style(row.text) is not None


def _nested_lists(rows: list[_Row], i: int, kind: str, intro: str) -> Found:
    """Lists under headings after one introduction, numbering restarting under each
    ("Priority areas by domain:" / "Safer communities" / "1. ..." / "Healthier lives" / "1. ..."):
    one list per heading, the heading named as its parent."""
    j = i + 1
    while j + 1 < len(rows) and _list_heading(rows[j]) and _starts_list(rows[j + 1]):
        items, used = _items(rows, j + 1)
        if len(items) < 1 or _looks_like_prose(items, True) or _not_priorities(items):
            return
        plist = _make_list(kind, intro.replace("\n", " "), rows[j].text, items, rows[j + 1].page)
        yield j, used | {j}, replace(plist, parent=_squash(rows[j].text))
        j = max(used) + 1


def _grid_lists(rows: list[_Row], _: object) -> Found:
    """A plan on a page: three or more headings printed side by side at one height, each over a
    column of bullets (perhaps under a one-line strapline), are its themes, and each column is a
    list under its theme. Side by side, not one under another: minutes and reports head their
    sections down the page."""
    level: dict[tuple[int, int], list[int]] = {}  # headings by page and height
    for i, r in enumerate(rows):
        if r.heading and len(r.text.split()) <= 8:
            level.setdefault((r.page, round(r.top)), []).append(i)
    for same in _grid_rows(rows, list(level.values())):
        i, row = same[0], rows[same[0]]
        if len(same) < rules().grid_least:
            continue
        columns = []
        for j in same:
            k = j + 1 if j + 1 < len(rows) and _is_bullet(rows[j + 1]) else j + 2
            items, used = _items(rows, k) if k < len(rows) and _is_bullet(rows[k]) else ([], set())
            if len(items) < 2 or _not_priorities(items):
                break
            columns.append((j, k, items, used))
        else:
            themes = _unlabelled([(rows[j].text, rows[j].page, None) for j in same])  # "Priority 1 – ..."
            # the grid under a heading that names it ("Our priorities") is that list; else its themes
            above = rows[i - 1] if i and rows[i - 1].heading and rows[i - 1].page == row.page else None
            kind = _kind(above.text) if above is not None else None
            name = above.text if above is not None and kind else "Themes"
            wide = sum(abs(rows[j].top - row.top) < 1 for j in same)  # the headings in its first row
            if wide < rules().grid_least and kind is None:
                continue  # two a row is also a page of two columns: only a heading naming the list says it is one
            yield i, set(same), _make_list(kind or "strategic_priority", name, "", themes, row.page)
            for j, k, items, used in columns:
                plist = _make_list("priority", rows[j].text, rows[j].text, items, rows[k].page)
                yield j, used | set(range(j + 1, k)), replace(plist, parent=_squash(rows[j].text))


def _grid_rows(rows: list[_Row], levels: list[list[int]]) -> list[list[int]]:
    """Headings side by side at one height, each level's set apart in columns; a level under
    another in the same columns (two themes a row, two rows: a grid of four) joins it."""
    out: list[list[int]] = []
    last: list[float] = []  # the columns of the level out[-1] ends with
    for same in sorted(levels, key=lambda s: (rows[s[0]].page, rows[s[0]].top)):
        xs = sorted(rows[j].x0 for j in same)
        if len(set(round(x) for x in xs)) < len(same):
            continue  # two headings in one column at one height: no grid
        joins = (
            out
            and len(same) >= 2
            and all(_bullets_under(rows, j) for j in out[-1][-len(last) :])  # a cell over the next, not its strapline
            and len(xs) == len(last)
            and rows[out[-1][0]].page == rows[same[0]].page
            and all(abs(a - b) <= 15 for a, b in zip(xs, last))
        )
        if joins:
            out[-1] = out[-1] + same
        else:
            out.append(list(same))
        last = xs
    return out


def _bullets_under(rows: list[_Row], j: int) -> bool:
    """Whether bullets start under heading j, straight away or after a one-line strapline."""
    if j + 1 < len(rows) and _is_bullet(rows[j + 1]):
        return True
    return j + 2 < len(rows) and not rows[j + 1].heading and _is_bullet(rows[j + 2])


def _side_by_side_lists(rows: list[_Row], _: object) -> Found:
    """Two or more lists side by side under their headings on one line ("Priorities" |
    "Cross-cutting themes"), each heading naming its list: the lines under them are read column
    by column, each piece under the heading it starts beneath, until a line with none."""
    for i, row in enumerate(rows[:-1]):
        if not row.bold or len(row.parts) < 2:
            continue
        kinds = [_kind(text) for _, text in row.parts]
        if not all(kinds):
            continue
        starts = [x for x, _ in row.parts]
        columns: list[list[_Row]] = [[] for _ in starts]
        j = i + 1
        while j < len(rows) and rows[j].page == row.page and not (rows[j].heading and rows[j].bold):
            pieces = rows[j].parts or ((rows[j].x0, rows[j].text),)
            placed = [(max((n for n, x in enumerate(starts) if x <= px + 15), default=-1), t) for px, t in pieces]
            if any(n < 0 for n, _ in placed):
                break
            for n, text in placed:
                columns[n].append(replace(rows[j], text=text, parts=(), first_part=""))
            j += 1
        lists = []
        for (_, title), kind, column in zip(row.parts, kinds, columns):
            items, _ = _items(column, 0) if column else ([], set())
            if len(items) < 2 or _not_priorities(items):
                break
            lists.append(_make_list(str(kind), title, title, items, row.page))
        else:
            for n, plist in enumerate(lists):  # the rows are the first list's to claim; the others share them
                yield i, set(range(i, j)) if n == 0 else set(), plist


def _announced_nested_lists(rows: list[_Row], i: int) -> list[tuple[int, set[int], PriorityList]]:
    """Lists under a run of headings from row i, announced by the sentence before the run rather
    than by a colon ("The plan is organised in three domains, each with its own priority
    areas." / "Domain 1: People" / "1. ..." / "Domain 2: Place" / "1. ...")."""
    if i == 0 or rows[i - 1].heading or not rows[i - 1].text.endswith("."):
        return []
    intro = rows[i - 1].text
    kind = _kind(intro)
    return list(_nested_lists(rows, i - 1, kind, intro)) if kind else []


def _counted_headings(rows: list[_Row], _: object) -> Found:
    """Headings as the list: a sentence that counts the entries ("Four priorities will guide
    policing ...") and then that many headings in one style, each over its own description,
    before any larger heading. The first comes straight after the sentence."""
    for i, row in enumerate(rows[:-1]):
        m = None if row.heading else rules().counted_intro.search(row.text)
        kind = _kind(row.text) if m else None
        if m is None or kind is None:
            continue
        count = _number(m.group("n"))
        first = next((j for j in range(i + 1, min(len(rows), i + 3)) if rows[j].heading), None)
        if count < 2 or first is None:
            continue
        heads = _same_style_headings(rows, first, count)
        if len(heads) != count:
            continue
        texts = [" ".join(rows[j].text for j in head) for head in heads]
        items = _unlabelled([(_NUMBER.sub("", t).strip(), rows[head[0]].page, None) for t, head in zip(texts, heads)])
        if _looks_like_prose(items, True) or _not_priorities(items):
            continue
        plist = _make_list(kind, row.text, _heading_above(rows, i), items, rows[first].page)
        yield i, {i, *(j for head in heads for j in head)}, plist


def _same_style_headings(rows: list[_Row], first: int, count: int) -> list[list[int]]:
    """Up to count + 1 headings from row `first` as large and as bold as it, each within a
    description's reach of the one before; a larger heading ends the run. Each heading is its
    rows: where the run holds one heading too many, one wrapped onto a second line ("Healthy,
    Safe and Connected" / "Communities", with no description between) is one heading."""
    style = rows[first]
    heads = [[first]]
    j = first + 1
    while j < len(rows) and j - heads[-1][-1] <= rules().description_lines and len(heads) <= count + 1:
        row = rows[j]
        if row.heading and row.size > style.size + 0.5:
            break
        same = row.bold == style.bold and abs(row.size - style.size) <= 0.5
        if row.heading and same:
            heads.append([j])
        elif same and style.bold and len(row.text.split()) <= 8 and not row.text.endswith(_TERMINAL):
            # a bold title the layout stage did not call a heading, since it wraps ("Healthy weight
            # and active" / "lives"): its first line starts a heading, its second goes on with it
            if heads[-1][-1] == j - 1:
                heads[-1].append(j)
            elif not rows[j - 1].bold:
                heads.append([j])
        j += 1
    wrapped = [n for n in range(1, len(heads)) if heads[n][0] == heads[n - 1][-1] + 1]
    if len(heads) > count and len(wrapped) == len(heads) - count:
        for n in reversed(wrapped):
            heads[n - 1] += heads.pop(n)
    return heads[: count + 1]


def _list_heading(row: _Row) -> bool:
    """A heading that can name the list under it: short, and not itself an introduction
    ("This will be achieved by:", "Organisational:-")."""
    return row.heading and len(row.text.split()) <= 10 and not row.text.endswith(_TERMINAL + (",", ":-"))


def _counted(intro: str, items: Items) -> Items:
    """An introduction that counts its entries ("four areas we plan to focus on") ends the list there."""
    m = rules().counted_intro.search(intro)
    if m is None:
        return items
    count = _number(m.group("n"))
    return items[:count] if count >= 2 else items


def _named_entries(items: Items, intro: str = "") -> Items:
    """Entries printed "Name – description" keep the name, when most entries of the list are so;
    but a principle or a value is its sentence ("Partnership – no single agency can respond to
    drug and alcohol harm alone."), where a priority is its name, and so is an entry whose name
    is one word ("Prevent – helping people to stay safe in their homes")."""
    split = [rules().item_description.split(t, maxsplit=1) for t, _, _ in items]
    named = [parts for parts in split if len(parts) == 2 and len(parts[0].split()) <= 10]
    if not items or len(named) * 2 < len(items):
        return items
    if rules().sentence_entries.search(intro):
        return items
    # a word and a dash says too little: "Prevent – helping people to stay safe at home" (a
    # label and a colon is a name: "Housing: the number of new houses ...")
    dashed = [t for t, _, _ in items if re.match(r"\S+\s+[-\u2013\u2014]\s", t)]
    if len(dashed) * 2 > len(items):
        return items
    return [(parts[0] if len(parts[0].split()) <= 10 else t, p, lead) for parts, (t, p, lead) in zip(split, items)]


def _not_priorities(items: Items) -> bool:
    """Lists of statutes, people or contents-page entries, whatever their introduction says,
    and lists of member bodies ("our member agencies: the HSE, An Garda Síochána, ...")."""
    from .entities import names_a_body

    if sum(bool(rules().not_list_items.search(t)) for t, _, _ in items) * 2 > len(items):
        return True
    bodies = [t for t, _, _ in items if names_a_body(t)]
    return len(items) >= 3 and len(bodies) * 3 >= len(items) * 2


def _intro(rows: list[_Row], i: int) -> str:
    """The sentence that ends at row i; a pointer ("These are:") takes the sentence before too."""
    parts = [rows[i].text]
    j = i
    while (
        j > 0
        and i - j < 6
        and not rows[j - 1].text.endswith(_TERMINAL)
        and not _is_bullet(rows[j - 1])
        and not rows[j].gap
        and not rules().paragraph_number.match(rows[j].text)
        # a title over a paragraph that names its list itself stays out of it
        and not (rows[j - 1].bold and not rows[j].bold and _kind(" ".join(parts)) is not None)
    ):
        j -= 1
        parts.insert(0, rows[j].text)
    text = " ".join(parts)
    sentences = _SENTENCE_END.split(text)
    last = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", sentences[-1])
    # a pointer takes the sentence before, unless it names the list itself ("The priorities are:")
    if rules().pronoun_intro.match(last.strip()) and len(sentences) > 1 and _kind(last) is None:
        last = sentences[-2] + " " + last
    return "\n" * (i - j) + last


def _items(rows: list[_Row], start: int, cells: bool = False) -> tuple[list[tuple[str, int, str | None]], set[int]]:
    """Entries after an introduction: bullets, or one entry per line, wrapped lines joined; with
    cells, each entry is its row's first cell (the header over them names the other columns)."""
    style = _marker_style(rows[start].text)
    numbered = style is not None
    bullets = _is_bullet(rows[start]) or numbered
    if not bullets and start > 0 and rows[start].gap and rows[start].x0 > rows[start - 1].x0 + rules().list_indent:
        return _indented_items(rows, start)
    if not bullets and not (rows[start].text[:1].isupper() or rows[start].text[:1] in "\u2018'\"0123456789"):
        return [], set()
    items: list[list[Any]] = []
    used: set[int] = set()
    bullet_x0 = rows[start].x0
    skip = 0
    for i in range(start, min(len(rows), start + 150)):
        row, nxt = rows[i], rows[i + 1] if i + 1 < len(rows) else None
        if skip or (bullets and not numbered and _callout(rows, i)):
            skip = skip - 1 if skip else _callout(rows, i) - 1
            continue
        if _is_bullet(row):
            bullet_x0 = row.x0  # a list that runs on into the next column
        if items and _continues(items[-1][0], row, nxt, bullets, bullet_x0, rows[start].bold):
            items[-1][0] += " " + row.text
        elif (
            _marker_value(row.text, style) == len(items) + 1
            if numbered
            else (_is_bullet(row) if bullets else _new_entry(rows, i, bool(items)))
        ):
            text = _debullet(row.first_part if cells and row.first_part else row.text)  # not its status cell
            items.append([_NUMBER.sub("", text) if numbered or text[:1].isdigit() else text, row.page])
        elif numbered and items and (described := _described(rows, i, style, len(items) + 1)):
            skip = described - 1  # the entry's description
        else:
            break
        used.add(i)
    texts = [(_clean_item(t), p, None) for t, p in items]
    if style and "§" in style[1] and any(len(t.split()) > 14 or t.rstrip().endswith((".", ":")) for t, _, _ in texts):
        return [], set()  # a section's numbered paragraphs ("3.1 Iain Chisholm presented ..."), not its list
    return [t for t in texts if t[0]], used


def _indented_items(rows: list[_Row], start: int) -> tuple[list[tuple[str, int, str | None]], set[int]]:
    """Entries set in from their introduction, a paragraph each, with no printed marker (the
    bullets were pictures): a line after a paragraph gap starts the next entry, a line back at
    the introduction's margin ends the list, and text far to the right (a call-out beside the
    list) is passed over."""
    indent = rows[start].x0
    items: list[list[Any]] = []
    used: set[int] = set()
    for i in range(start, min(len(rows), start + 150)):
        row = rows[i]
        if row.x0 < indent - 4 or rules().paragraph_number.match(row.text) or row.text.endswith(":"):
            break
        if row.x0 > indent + 4 * rules().list_indent:
            continue
        if row.gap or not items:
            items.append([row.text, row.page])
        else:
            items[-1][0] += " " + row.text
        used.add(i)
    return [(_clean_item(t), p, None) for t, p in items if _clean_item(t)], used


def _described(rows: list[_Row], i: int, style: tuple[str, str] | None, n: int) -> int:
    """Numbered entries each followed by a paragraph that describes it ("1. Sustainable
    Communities" / "We will create ..." / "2. Environmental Transformation"): the number of
    description lines from row i when entry n follows them, else 0. A heading, a numbered
    paragraph or a new introduction in between ends the list instead."""
    for j in range(i, min(len(rows), i + rules().description_lines)):
        row = rows[j]
        if _marker_value(row.text, style) == n:
            return j - i
        if row.bold or row.text.endswith(":") or rules().paragraph_number.match(row.text) or _is_bullet(row):
            return 0
    return 0


def _callout(rows: list[_Row], i: int) -> int:
    """The length of a call-out printed inside a run of bullets (a statistic and its bold
    caption), or of call-outs one after another (a page's last and the next page's first), or
    0: they are skipped when a bullet follows them."""
    if not rules().callout.match(rows[i].text):
        return 0
    n = 1
    while i + n < len(rows) and n < 6 and rows[i + n].bold and not _is_bullet(rows[i + n]):
        n += 1
    if i + n < len(rows) and _is_bullet(rows[i + n]):
        return n
    more = _callout(rows, i + n) if i + n < len(rows) else 0
    return n + more if more else 0


_LIST_POINTER = re.compile(
    r"^(?:the|these)\s+(?:actions|measures|steps|commitments|table|list)\s+(?:below|above|overleaf)\b", re.I
)
_ENTRY_CODE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z])")  # "2.2 Open ...": an entry's number
_LINE_LABEL = re.compile(r"^[A-Z][A-Za-z]{0,11}:\s+\S")  # "Q: ...", "A: ...", "Note: ..."


def _continues(
    prev: str, row: _Row, nxt: _Row | None, bullets: bool, bullet_x0: float, bold_list: bool = False
) -> bool:
    """Whether a line carries on the entry above rather than starting a new one. A bold line
    is a heading, unless the list itself is set in bold (a policy box); so is a heading set
    apart, however far it stands to the right (the next column's)."""
    if row.heading and row.gap:
        return False
    if _LINE_LABEL.match(row.text):
        return False  # "Q: How will governors know ...": a labelled line of its own under the list
    if (
        bullets
        and row.x0 > bullet_x0 + 4
        and not (row.gap or row.bold or _is_bullet(row) or _NUMBER.match(row.text) or _DOTTED.match(row.text))
    ):
        return True  # indented under the entry's text, no gap: its next line, whatever it starts with ("65 and over")
    if (
        _is_bullet(row)
        or row.text.endswith(":")
        or rules().paragraph_number.match(row.text)
        or _NUMBER.match(row.text)
        or (row.bold and not bold_list)
    ):
        return False
    if _starts_lower(row.text) or _ends_with_connector(prev):
        return True
    if not bullets or row.gap and row.x0 < bullet_x0 - 4 and len(row.text.split()) > 1:
        return False  # a line set out to the left of the bullets is the next heading
    if row.x0 < bullet_x0 - 4 and len(row.text.split()) >= 4:
        return False  # back at the margin left of the markers, in a sentence: the text after the list
    if row.gap and row.x0 <= bullet_x0 + 4 and len(row.text.split()) >= 4 and not _ends_with_connector(prev):
        return False  # a paragraph under the entry (its description), not a wrapped line
    if nxt is not None and _marker_value(nxt.text, _marker_style(nxt.text)) == 1 and _list_heading(row):
        return False  # the heading of the next list, its numbering restarting
    # indented under the bullet's text, sandwiched between bullets, or a lone wrapped word
    return (
        row.x0 > bullet_x0 + 4
        or (nxt is not None and (_is_bullet(nxt) or bool(_NUMBER.match(nxt.text))))
        or (len(row.text.split()) == 1 and not prev.endswith(_TERMINAL))
    )


def _marker_style(text: str) -> tuple[str, str] | None:
    """The style of a list's first marker ("1.", "(a)", "i)", "I."): its counting and its form."""
    m = _NUMBER.match(text)
    if m is None or (m.group("open") and m.group("close") != ")") or m.group("mark") not in _FIRST_MARKS:
        return None
    return _FIRST_MARKS[m.group("mark")], _form(m)


def _form(m: re.Match[str]) -> str:
    """A marker's printed form: "(" and ")" around it, or "." after it; "§" for one under a
    numbered section ("1.1")."""
    return (m.group("open") or "") + m.group("close") + ("§" if m.group("section") else "")


def _marker_value(text: str, style: tuple[str, str] | None) -> int | None:
    """The position a marker gives in a list of this style ("(c)" is 3, "iv." is 4), or None."""
    m = _NUMBER.match(text)
    if m is None or style is None or _form(m) != style[1]:
        return None
    mark, counting = m.group("mark"), style[0]
    if counting == "number":
        return int(mark) if mark.isdigit() else None
    if counting.endswith("roman"):
        if (mark.islower() != (counting == "lower_roman")) or not set(mark.lower()) <= set(_ROMAN):
            return None
        values = [_ROMAN[c] for c in mark.lower()]
        return sum(-v if n + 1 < len(values) and v < values[n + 1] else v for n, v in enumerate(values))
    if len(mark) != 1 or mark.islower() != (counting == "lower"):
        return None
    return ord(mark.lower()) - ord("a") + 1


def _new_entry(rows: list[_Row], i: int, started: bool) -> bool:
    """Whether an unbulleted line is an entry of a one-per-line run (not a heading or prose)."""
    row = rows[i]
    if row.text.endswith(":") or rules().paragraph_number.match(row.text) or row.bold and started:
        return False
    if not (row.text[:1].isupper() or row.text[:1] in "\u2018'\"0123456789"):
        return False
    entry = row.text
    for nxt in rows[i + 1 : i + 4]:  # read the whole entry before judging its length
        if _is_bullet(nxt) or not (_starts_lower(nxt.text) or _ends_with_connector(entry)):
            break
        entry += " " + nxt.text
    words = len(entry.split())
    return (
        words <= rules().max_item_words
        and not entry.endswith(":")
        and not re.search(r"\.\s+[A-Z]", entry)
        and not (entry.endswith(".") and words > 12)
    )


def _clean_item(text: str) -> str:
    text = _squash(text).strip(" ;,")
    text = re.sub(r"\s*(?:;|,)?\s*(?:and|or)$", "", text)
    return re.sub(r"^(?:and|or)\s+", "", text).rstrip(" ;,")


def _looks_like_prose(items: list[tuple[str, int, str | None]], marked: bool = False) -> bool:
    """A list of sentences (findings, events) rather than named priorities. Entries marked with
    bullets or numbers under an introduction that names them may be whole sentences
    ("To maximise bus service reliability and reduce journey times.")."""
    words = [len(t.split()) for t, _, _ in items]
    if marked:
        return sum(words) / len(words) > rules().max_item_words
    return (
        sum(words) / len(words) > 16
        or sum(t.endswith(".") and w > 10 for (t, _, _), w in zip(items, words)) > len(items) / 2
    )


# --------------------------------------------------------------------------- inline lists


def _paragraphs(rows: list[_Row], skip: set[int]) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """Paragraph texts with (offset, row index) marks; bullets and numbered paragraphs start
    new ones, and so does a paragraph gap."""
    text = ""
    marks: list[tuple[int, int]] = []
    for i, row in enumerate(rows):
        starts = (
            row.gap
            or _is_bullet(row)
            or rules().paragraph_number.match(row.text)
            or row.bold
            and not (i and rows[i - 1].bold and not rows[i - 1].text.endswith(_TERMINAL))
            # bold that goes on mid-sentence ("... apply to every" / "theme: care leavers ...;" /
            # "equality and inclusion; ...")
            and not (i and not rows[i - 1].text.endswith((".", "!", "?", ":")) and _starts_lower(row.text))
            or (i and rows[i - 1].heading and not _sentence_starts(rows[i - 1], row))
            or _out_of_hanging_indent(rows, marks, row)
        )
        # after an introduction's colon the entries start a paragraph of their own, unless the
        # sentence runs on in lower case ("... the greatest risk:" / "self-neglect and hoarding; ...")
        # (not a colon inside brackets: "... areas (Lead:" / "Kilbrack Youth Services; by Q4 2025)")
        introduced = text.endswith(":") and text.count("(") <= text.count(")")
        if i in skip or starts or (introduced and marks and not _starts_lower(row.text)):
            if text:
                yield text, marks
            text, marks = "", []
            if i in skip:
                continue
        marks.append((len(text) + (1 if text else 0), i))
        text = f"{text} {_debullet(row.text)}" if text else _debullet(row.text)
    if text:
        yield text, marks


def _sentence_starts(head: _Row, row: _Row) -> bool:
    """A line the layout read as a heading that starts a sentence going on in the next line, in
    its type: the first line of a policy set in bold ("The Council will work with National" /
    "Highways and freight operators to define an ...")."""
    same = head.bold == row.bold and abs(head.size - row.size) < 0.3 and not row.gap
    return same and not head.text.endswith(_TERMINAL) and bool(rules().cues[0].search(head.text))


def _opens_entry(row: _Row) -> bool:
    """A line that opens a list's entry: a bullet, a marker or a paragraph number ("1. ...")."""
    return _starts_list(row) or rules().paragraph_number.match(row.text) is not None


_NUMBERED_ENTRY = re.compile(r"^\(?\d{1,2}[.)]\s+")  # "1. Deliver ...": the entry's number


def _out_of_hanging_indent(rows: list[_Row], marks: list[tuple[int, int]], row: _Row) -> bool:
    """A line back at the bullet's edge after a bulleted entry's indented second line, or left of
    the entry's marker: the entry has ended ("• Train 500 frontline staff ..." / "aid" / "Lead
    table: ...")."""
    if not marks:
        return False
    first = rows[marks[0][1]]
    if not _opens_entry(first):
        return False
    if row.page == first.page and row.x0 < first.x0 - 3 and not _starts_list(row):
        return True  # left of the entry's own marker: the text after the list
    if len(marks) < 2:
        return False
    indent = min(rows[i].x0 for _, i in marks[1:])
    return row.page == rows[marks[-1][1]].page and row.x0 < indent - 3 and indent - first.x0 > 3


def _row_at(marks: list[tuple[int, int]], offset: int) -> int:
    best = marks[0][1]
    for off, i in marks:
        if off <= offset:
            best = i
    return best


def _inline_lists(rows: list[_Row], taken: set[int]) -> Iterator[tuple[int, PriorityList]]:
    """Lists written inside a sentence: "... included 5 priorities: A; B; and C"."""
    for text, marks in _paragraphs(rows, taken):
        offset = 0
        for sentence in _SENTENCE_END.split(text):
            offset = text.find(sentence, offset)
            found = _inline_in_sentence(sentence)
            if found:
                kind, intro, items = found
                i = _row_at(marks, offset)
                heading = _heading_above(rows, i)
                yield i, _make_list(kind, intro, heading, [(t, rows[i].page, None) for t in items], rows[i].page, "")
            offset += len(sentence)


def _inline_in_sentence(sentence: str) -> tuple[str, str, list[str]] | None:
    r = rules()
    sentence = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", sentence.strip())
    start = 0  # after a label's colon: "Decision: (1) To approve ..., including its four priorities: A; B"
    for colon in re.finditer(":", sentence):
        head, tail = sentence[: colon.start()], sentence[colon.end() :]
        if r.numbered_alone.match(head.strip()):
            break  # "Ambition 2: Healthy, Safe and Independent People": one priority's name, not a list
        found = _colon_list(sentence[start : colon.start()], tail) if tail.strip() else None
        if found:
            return found[0], head + ":", found[1]
        start = colon.end()
    m = next((m for p in r.inline_no_colon if (m := p.search(sentence))), None)
    kind = _kind(sentence[: m.start("items")]) if m else None
    if m and kind:
        items = _split_inline(m.group("items"))
        # cross-cutting themes are often two ("themes of substance misuse and exploitation")
        if kind == "cross_cutting_theme" and len(items) == 1 and len(items[0].split(" and ")) == 2:
            items = [t.strip() for t in items[0].split(" and ")]
        if len(items) >= (2 if kind == "cross_cutting_theme" else 3):
            return str(kind), re.sub(r"\s+of$", "", sentence[: m.start("items")].strip()), items
    return None


def _colon_list(head: str, tail: str) -> tuple[str, list[str]] | None:
    """The kind and the entries of a list that `head` introduces and `tail`, after its colon, runs."""
    kind = _kind(head)
    if kind is None:
        return None
    items = _split_inline(tail)
    if re.match(r"\s*An?\s", tail) and items and len(items[0].split()) <= 3:
        return None  # a statement: "Vision: A vibrant, resilient waterfront community where ..."
    if _not_priorities([(t, 0, None) for t in items]):
        return None
    if len(items) < 2:  # "two of the current priorities: ‘Violent Crime’ and ‘Acquisitive Crime’ should"
        quoted = _QUOTED_HEAD.match(tail.strip())
        items = _QUOTED_RUN.findall(quoted.group(0)) if quoted else []
    return (kind, items) if len(items) >= 2 else None


def _split_inline(tail: str) -> list[str]:
    """Entries of an inline list: split on ';' when there is one, else on ','; the last entry
    splits on 'and' only when that leaves an entry cased like the others (after ';' only in a
    list of two whose 'and' joins two phrases: "bus service punctuality; journey time and value
    for money")."""
    r = rules()
    tail = r.trailing_etc.sub("", tail.strip().rstrip("."))
    dotted = [p.strip() for p in re.split(r"\s+[•·]\s+", tail)]
    if len(dotted) >= 3:  # "Integrity • Fairness • Compassion • Courage"
        return [p for p in dotted if p]
    # "A, B and C, and D": the serial comma's "and" starts the last entry, whatever it holds
    head, serial, last = tail.rpartition(", and ") if ";" not in tail else ("", "", "")
    parts = [p.strip() for p in (tail.split(";") if ";" in tail else (head if serial else tail).split(","))]
    parts += [last.strip()] if serial else []
    items: list[str] = []
    for part in parts:
        part = re.sub(r"^(?:and|or)\s+", "", part).strip()
        part = re.sub(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+", "", part)  # "(1) living within ..."
        if not part or r.inline_stop.search(part) or len(part.split()) > r.max_item_words:
            break
        items.append(part)
    # "A, B and C"; and "A; B and C" when the two parts after "and" are phrases like A
    two = ";" in tail and len(items) == 2 and all(len(p.split()) >= 2 for p in items[-1].rpartition(" and ")[::2])
    if (";" not in tail or two) and not serial and len(items) >= 2 and " and " in items[-1]:
        head, _, last = items[-1].rpartition(" and ")
        if last[:1].islower() == all(i[:1].islower() for i in items[:-1]):
            items[-1:] = [head, last]
    return [_clean_item(i) for i in items if _clean_item(i)]


# --------------------------------------------------------------------------- numbered headings


def _numbered_lists(rows: list[_Row], _: object) -> Found:
    """Priorities printed one per heading across a document: "Priority 1: ...", "Priority 2: ..."."""
    r = rules()
    # one run per word: "Strategic Direction 1", its "Goal 1.1", "Goal 1.2", then "Strategic
    # Direction 2" carry on two lists side by side
    groups: dict[str, list[tuple[int, str, int, str]]] = {}  # word -> [(row, text, n, word)]
    done: list[list[tuple[int, str, int, str]]] = []
    for i, row in enumerate(rows):
        m = r.numbered.match(row.text) or r.code.match(row.text) or r.numbered_alone.match(row.text)
        if not m:
            continue
        n = _number(m.group("n"))
        word = m.groupdict().get("word") or "objective"
        sub = m.groupdict().get("sub")
        if sub:  # "Goal 1.2": the second goal of the list under direction 1
            word, n = f"{word} {n}.", int(sub)
        group = groups.setdefault(word.lower(), [])
        # coded objectives a chapter picks out, one after another ("SO4", "SO6", "SO9" under
        # "Strategic objectives addressed by this chapter")
        coded = "code" in m.groupdict()
        bare = coded and not re.match(r"\s*[:.)–—-]", row.text[len(m["code"]) :])  # "SO4 Enable a shift ..."
        after = bool(group) and n > group[-1][2] and i - group[-1][0] <= 3  # the next one picked out
        picked = coded and (after or (not group and _announced(rows, i)))
        if bare and not group and not picked:
            continue  # "SA1 Crowded Places" in a table of policies: a code and a title, that no heading announces
        if group and n != group[-1][2] + 1 and not picked:
            done.append(group)
            group = groups[word.lower()] = []
        text = m.groupdict().get("text")
        # "Commitment 1" on a line of its own: the statement is the paragraph under it
        text = _heading_text(rows, i, text) if text else _title_beside(rows, i) or _statement_below(rows, i)
        if (n == 1 or group or picked) and text:
            # a second table column read into the same line starts at its bullet
            group.append((i, text.split(" \u2022 ")[0], n, word))
    for group in sorted(done + list(groups.values()), key=lambda g: g[0][0] if g else 0):
        yield from _numbered_group(rows, group)


def _announced(rows: list[_Row], i: int) -> bool:
    """Row i comes straight under a heading that names a kind of list ("Strategic objectives
    addressed by this chapter")."""
    return i > 0 and rows[i - 1].heading and _kind(rows[i - 1].text) is not None


def _labelled_lists(rows: list[_Row], _: object) -> Found:
    """Statements a document labels one by one as it goes ("Key Issue: improve the speed of the
    broadband network"), gathered into one list per label when there are enough of them."""
    r = rules()
    groups: dict[str, list[tuple[int, str, set[int]]]] = {}
    for i, row in enumerate(rows):
        m = r.labelled.match(row.text)
        if not m:
            continue
        text, used = m.group("text"), {i}
        for j in range(i + 1, min(len(rows), i + 6)):  # its wrapped lines, up to the sentence end
            if text.rstrip().endswith(_TERMINAL) or rows[j].gap or r.labelled.match(rows[j].text):
                break
            text, used = f"{text} {rows[j].text}", used | {j}
        groups.setdefault(m.group("label").lower(), []).append((i, _squash(text), used))
    for label, entries in groups.items():
        if len(entries) < r.labelled_least:
            continue
        first = entries[0][0]
        context = _document_context(rows, first)
        items: Items = [(text.rstrip("."), rows[i].page, None) for i, text, _ in entries]
        kind = r.labelled_kinds.get(label, "objective")
        printed = rows[first].text.split(":")[0].strip()
        name = printed[:-1] + "ies" if printed.endswith("y") else printed + "s"  # "Key Issues", "Priorities"
        yield (
            first,
            set().union(*(u for *_, u in entries)),
            _make_list(kind, name, context, items, rows[first].page, context),
        )


def _kicker_headings(rows: list[_Row], _: object) -> Found:
    """Themed sections that each open with one short heading over their own title ("Bus
    Strategy" over "Better services for people in rural areas"): the titles, distinct and of
    one style, are the document's themes, in a list named by the kicker."""
    r = rules()
    under: dict[str, list[int]] = {}
    for i, row in enumerate(rows[:-1]):
        title = rows[i + 1]
        if row.heading and title.heading and len(row.text.split()) <= 4 and r.kicker.search(row.text):
            under.setdefault(row.text.lower(), []).append(i)
    for starts in under.values():
        titles = [rows[i + 1] for i in starts]
        texts = [_squash(t.text) for t in titles]
        if len({t.lower() for t in texts}) < max(r.kicker_least, len(texts)) or not _one_style(titles):
            continue
        if any(len(t.split()) > r.kicker_words or t.endswith(":") for t in texts):
            continue
        items: Items = [(text, t.page, None) for text, t in zip(texts, titles)]
        if _not_priorities(items):
            continue
        kicker = rows[starts[0]].text
        kind = _kind(kicker) or "strategic_priority"
        context = _document_context(rows, starts[0])
        plist = _make_list(kind, kicker, "", items, titles[0].page, context)
        yield starts[0], {k for i in starts for k in (i, i + 1)}, plist


def _one_style(rows: list[_Row]) -> bool:
    return len({r.bold for r in rows}) == 1 and max(r.size for r in rows) - min(r.size for r in rows) <= 0.5


def _heading_text(rows: list[_Row], i: int, text: str) -> str:
    """A numbered heading with its wrapped second line ("Priority 3: Preventing Offending and" /
    "Reducing Re-offending")."""
    if i + 1 < len(rows):
        nxt = rows[i + 1].text
        # a short heading of its own under it ("Theme 2 – Ending rough sleeping" / "Our
        # commitments", space above it) is not its second line
        short = len(nxt.split()) <= 3 and not nxt.endswith(("?", ":", ".")) and not rows[i + 1].gap
        if (_ends_with_connector(text) or _starts_lower(nxt) or short) and not rules().numbered.match(nxt):
            text += " " + nxt
    return _squash(text)


def _title_beside(rows: list[_Row], i: int) -> str | None:
    """The title a number-only label is printed beside, in larger type ("AMBITION 1" left of
    "Libraries for everyone: inclusive, accessible and" / "welcoming"): read in order of height,
    its first line comes before the label and its second after."""
    if i == 0:
        return None
    title, label = rows[i - 1], rows[i]
    if not (title.heading and title.page == label.page and title.size > label.size + 1):
        return None
    if not 0 <= label.top - title.top < 1.5 * title.size:
        return None
    lines = [title.text]
    nxt = rows[i + 1] if i + 1 < len(rows) else None
    if nxt and nxt.page == label.page and nxt.bold == title.bold and abs(nxt.size - title.size) <= 0.5:
        if nxt.top - title.top < 2 * title.size:  # its wrapped second line, beside the label too
            lines.append(nxt.text)
    return _squash(" ".join(lines))


def _statement_below(rows: list[_Row], i: int) -> str:
    """The paragraph under a heading that is only a number ("Commitment 1"): its lines up to the
    next paragraph break, or up to where a bold statement ends."""
    lines: list[str] = []
    for j in range(i + 1, min(len(rows), i + 1 + rules().description_lines)):
        row = rows[j]
        if lines and (row.gap or (rows[i + 1].bold and not row.bold) or rules().numbered_alone.match(row.text)):
            break
        lines.append(row.text)
    return _squash(" ".join(lines))


def _numbered_sublists(rows: list[_Row], _: object) -> Found:
    """The entries numbered under a numbered heading by its number ("High-Level Goal 1: ..." /
    "1.1 Support ..." / "1.2 Attract ..."): one list a heading, the heading its parent."""
    for i, row in enumerate(rows):
        m = rules().numbered.match(row.text)
        if not m or m.group("sub"):
            continue
        entry = re.compile(rf"^{_number(m.group('n'))}\.(\d{{1,2}})\.?\s+(\S.*)$")
        items: Items = []
        used: set[int] = set()
        j = i + 1
        while j < len(rows):
            e = entry.match(rows[j].text)
            if e and len(rows[j].parts) >= 2:
                break  # "1.1 | Replace gas heating ... | Facilities | 2026": an action table's row, not an entry
            if e and int(e.group(1)) == len(items) + 1:
                items.append((e.group(2), rows[j].page, None))
            elif items and not rows[j].heading and _wraps_under(rows[max(used)], rows[j]):
                text, page, note = items[-1]  # the entry's wrapped line
                items[-1] = (_squash(f"{text} {rows[j].text}"), page, note)
            else:
                break
            used.add(j)
            j += 1
        if len(items) >= 2 and not _not_priorities(items):
            parent = _squash(m.group("text"))
            plist = _make_list("objective", _squash(row.text), _squash(row.text), items, rows[i + 1].page)
            yield i + 1, used, replace(plist, parent=parent)


def _wraps_under(above: _Row, row: _Row) -> bool:
    """Whether a line carries on the entry above it: set in under its text (a hanging indent) or
    going on in lower case, not a line further right (the next column of a table)."""
    indent = row.x0 - above.x0
    return -5 <= indent <= 60 and (indent > 5 or _starts_lower(row.text))


def _numbered_group(rows: list[_Row], group: list[tuple[int, str, int, str]]) -> Found:
    if len(group) < 2 or sum(_starts_lower(text) for _, text, _, _ in group) * 2 > len(group):
        return  # the ends of statements printed beside their labels ("GOAL 1" / "alcohol use among ...")
    first = group[0][0]
    printed = group[0][3]
    outer = re.search(r"\s(\d+\.)$", printed)  # "Goal 1." of "Goal 1.1" ... "Goal 1.3"
    word = printed[: outer.start()].lower() if outer else printed.lower()
    kind = rules().numbered_kinds.get(word, "objective")
    context = _document_context(rows, first)
    items: list[tuple[str, int, str | None]] = [(text, rows[i].page, None) for i, text, _, _ in group]
    name = f"{printed.title()} 1\u2013{len(group)}"
    if re.search(rf"\b{re.escape(printed)}\s+A\b", rows[first].text, re.I):  # "Priority A" ... "Priority C"
        name = f"{printed.title()} A\u2013{chr(ord('A') + len(group) - 1)}"
    if outer:  # "Goal 1.1–1.3"
        name = f"{printed.title()}1\u2013{outer.group(1)}{len(group)}"
    if group[0][2] != 1 and _announced(rows, first):  # "SO4", "SO6", ... under the heading that names them
        name = rows[first - 1].text
    plist = _make_list(kind, name, context, items, rows[first].page, context)
    # a heading's wrapped second line, read into its text, is the list's too
    wrapped = {i + 1 for i, text, _, _ in group if i + 1 < len(rows) and text.endswith(_squash(rows[i + 1].text))}
    yield first, {i for i, *_ in group} | wrapped, plist


def _code_sublists(rows: list[_Row], _: object) -> Found:
    """Sub-objectives printed as bullets beside each coded objective of a framework table
    ("SA1) Achieve sustainable levels ... | • To support existing businesses ..."): one list per
    code, the coded objective named as its parent. Lines of the objective's own column are
    skipped; a bullet the layout left at the end of such a line starts the next entry."""
    r = rules()
    codes = [i for i, row in enumerate(rows) if r.code.match(row.text)]
    for n, i in enumerate(codes):
        stop = codes[n + 1] if n + 1 < len(codes) else min(len(rows), i + 60)
        items, used = _beside(rows, i, stop)
        if len(items) >= 1 and (n + 1 < len(codes) or n > 0):
            m = r.code.match(rows[i].text)
            assert m is not None
            objective = m.group("text").split(" " + BULLET)[0]
            parent = _squash(f"{m.group('code')}) {objective}")
            context = _document_context(rows, i)
            plist = _make_list("objective", f"{m.group('code')} sub-objectives", parent, items, rows[i].page, context)
            yield i, used, replace(plist, parent=parent)


def _beside(rows: list[_Row], i: int, stop: int) -> tuple[Items, set[int]]:
    """The bullet entries in the column right of row i's start, from row i to stop."""
    head = rows[i]
    first, _, rest = head.text.partition(" \u2022 ")
    entries: list[list[Any]] = [[rest, head.page]] if rest else []
    used: set[int] = set()
    right = [x for x in rows[i + 1 : stop] if x.x0 > head.x0 + 20]
    column = min((x.x0 for x in right if _is_bullet(x)), default=min((x.x0 for x in right), default=head.x0 + 21))
    pending = head.text.endswith(" \u2022")
    for j in range(i + 1, stop):
        x = rows[j]
        if abs(x.x0 - head.x0) <= 3:  # the objective's own column, or a line the layout mixed with it
            _, bullet, after = x.text.partition(" \u2022 ")
            if bullet:
                entries.append([after, x.page])
                used.add(j)
            pending = pending or x.text.endswith(" \u2022") or x.text == "\u2022"
            continue
        if x.x0 < column - 4:
            break
        if _is_bullet(x) or pending:
            entries.append([_debullet(x.text), x.page])
            pending = False
        elif entries:
            entries[-1][0] += " " + x.text
        used.add(j)
    return [(_clean_item(t), pg, None) for t, pg in entries if _clean_item(t)], used


def _document_context(rows: list[_Row], i: int, reach: int = 400) -> str:
    """The nearest line above naming a strategy, plan or agreement with its period: where a list
    spread over headings takes its owner and period from."""
    for j in range(i - 1, max(-1, i - reach), -1):
        t = rows[j].text
        if re.search(r"\b(?:strategy|plan|agreement)\b", t, re.I) and _PERIOD.search(t):
            return t
    return ""


# --------------------------------------------------------------------------- tables


def _count_tables(rows: list[_Row], _: object) -> Found:
    """Tables of priorities with a count or ticks per row, introduced by a sentence or a header."""
    r = rules()
    for i, row in enumerate(rows):
        header = bool(r.count_header.match(row.text))
        if not header and not r.count_cue.search(_intro(rows, i).replace("\n", " ")):
            continue
        start = _table_start(rows, i, header)
        if start is None:
            continue
        items, used = _count_rows(rows, start)
        if len(items) >= 3:
            intro = _intro(rows, i).replace("\n", " ") if not header else _intro(rows, i - 1).replace("\n", " ")
            kind = _kind(intro) or "priority"
            yield start, used | {i}, _make_list(kind, intro, _heading_above(rows, i), items, rows[start].page)


def _table_start(rows: list[_Row], i: int, header: bool) -> int | None:
    """The first body row: after the header, or after the prose that follows the cue sentence."""
    if header:
        return i + 1
    for e in range(i + 1, min(len(rows), i + 40)):
        if _ROW_END.search(rows[e].text) and not rows[e].text.endswith("."):
            start = e
            while (
                start > i + 1
                and not rows[start - 1].text.endswith(".")
                and not rules().count_header.match(rows[start - 1].text)
            ):
                start -= 1
            return start
    return None


def _count_rows(rows: list[_Row], start: int) -> tuple[list[tuple[str, int, str | None]], set[int]]:
    """Table rows: text lines up to the ticks or count that close each row."""
    items: list[tuple[str, int, str | None]] = []
    used: set[int] = set()
    cell, page = "", 0
    for i in range(start, min(len(rows), start + 120)):
        t = rows[i].text
        if ":" in t or t.endswith(".") or (rows[i].bold and not cell):
            break
        label = _TICKS_AND_COUNT.sub("", _debullet(t)).strip()
        if cell and label and cell.endswith(")") and cell.count("(") == cell.count(")") and label[:1].isupper():
            items.append((_squash(cell), page, None))  # a row whose count was lost
            cell = ""
        if label:
            cell, page = (f"{cell} {label}" if cell else label), page or rows[i].page
        if _ROW_END.search(t) and cell:
            items.append((_squash(cell), page, None))
            cell, page = "", 0
        used.add(i)
    return items, used


def _lead_tables(rows: list[_Row], found: object) -> Found:
    """ "Priority | Lead" tables: each priority followed by its lead, cells read one after another."""
    for i, row in enumerate(rows):
        if not rules().lead_header.match(row.text):
            continue
        known = [p.text for _, pl in found for p in pl.items] if isinstance(found, list) else []
        known += [t for t, _, _ in _all_block_items(rows)]
        items, used = _lead_rows(rows, i + 1, known)
        if len(items) >= 2:
            intro = _intro(rows, i - 1).replace("\n", " ") if i else ""
            yield (
                i,
                used | {i},
                _make_list("priority", intro or row.text, _heading_above(rows, i), items, rows[i + 1].page),
            )


@cache
def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower().replace("&", " and ")).split())


def _all_block_items(rows: list[_Row]) -> list[tuple[str, int, str | None]]:
    return [p for _, _, pl in _block_lists(rows, []) for p in ((q.text, q.page, None) for q in pl.items)]


def _lead_rows(rows: list[_Row], start: int, known: list[str]) -> tuple[list[tuple[str, int, str | None]], set[int]]:
    """Pair priorities with leads: a line that begins a priority named elsewhere in the document
    starts a row; the lines after it are its lead."""
    names = sorted({_norm(k) for k in known if k}, key=len, reverse=True)
    rows_out: list[list[Any]] = []
    used: set[int] = set()
    for i in range(start, min(len(rows), start + 80)):
        t = rows[i].text
        if rows[i].bold or rules().paragraph_number.match(t) or t.endswith(":"):
            break
        name = next((n for n in names if _norm(t).startswith(n.split(" (")[0][: max(12, len(n) // 2)])), None)
        if name is not None:
            rows_out.append([t, rows[i].page, ""])
        elif rows_out and not rows_out[-1][2] and (_starts_lower(t) or t.startswith("(")):
            rows_out[-1][0] += " " + t  # the priority's own wrapped line
        elif rows_out:
            rows_out[-1][2] = f"{rows_out[-1][2]} {t}".strip()
        else:
            break
        used.add(i)
    return [_split_lead(t, p, lead, names) for t, p, lead in rows_out], used


def _split_lead(text: str, page: int, lead: str, names: list[str]) -> tuple[str, int, str | None]:
    """A row printed on one line ("Safeguarding Vulnerable People TBC") splits after the name."""
    words = text.split()
    for n in range(len(words), 0, -1):
        if _norm(" ".join(words[:n])) in names:
            rest = " ".join(words[n:])
            return " ".join(words[:n]), page, _squash(f"{rest} {lead}") or None
    return _squash(text), page, _squash(lead) or None


# --------------------------------------------------------------------------- actions


def _action_tables(rows: list[_Row], logs: bool = True) -> tuple[list[Action], set[int]]:
    """Rows of action-plan tables ("Actions 2023/24 | Progress") with the priority they serve."""
    r = rules()
    actions: list[Action] = []
    used: set[int] = set()
    for i, row in enumerate(rows):
        if i in used or not (r.action_header.match(row.text) or _split_header(rows, i)):
            continue
        end = i + 1
        while end < len(rows) and (_header_part(rows[end].text) or not _table_ends(rows[end])):
            end += 1
        priority = _priority_above(rows, i)
        region = [x for x in rows[i + 1 : end] if not _header_part(x.text)]
        due_rows = _due_rows(region, priority)
        actions += due_rows if due_rows is not None else _action_rows(region, priority)
        used |= set(range(i, end))
        if due_rows and region:
            # the rows after the table's first part: where a paragraph at another margin (its
            # footnotes) broke it off, else after its region
            broke = next((j for j in range(i + 1, end) if _past_table(rows[j], region[0])), end)
            more, taken = _continued_due_rows(rows, broke, region[0], priority)
            actions += more
            used |= taken
    if logs and not actions and rows and any(r.log_title.search(x.text) for x in rows[:3]):
        return _log_rows(rows[1:]), set(range(len(rows)))
    return actions, used


_ROW_REF = re.compile(r"^(?:[A-Z]{0,3}\d{1,4}(?:[./-]\d{1,4}){0,2}|[ivx]{1,5})[.)]?\s+")


def _ruled_action_tables(pages: Sequence[PageText]) -> tuple[list[Action], list[PageText]]:
    """Action tables drawn with rules, read column by column from the layout's cells: the
    header row says which column holds the action, its owner, due date and progress; a table
    that goes on over the page keeps the header it had. Returns the actions and the pages
    without those tables' lines."""
    actions: list[Action] = []
    kept: list[PageText] = []
    header: dict[str, int] | None = None
    priority = ""
    for page in pages:
        used: set[int] = set()
        for n, (t, table) in enumerate(_cell_tables(page).items()):
            found = _table_header(table)
            if found:
                at, header = found
                rows = table[at + 1 :]
                priority = ""
            else:  # the page's first table going on from the last page: its header, if the columns still fit
                rows = table
                header = header if n == 0 and len(table[0][1]) <= _width(header) + 1 else None
            if header is None:
                continue
            for _, cols in rows:
                served = cols.get(header["priority"], "").strip() if "priority" in header else ""
                priority = served or priority  # a priority cell spans the rows under it
                for action in _cell_actions(cols, header, page.page):
                    actions.append(replace(action, priority=priority or None))
            used.add(t)
        kept.append(replace(page, lines=tuple(ln for ln in page.lines if ln.cell is None or ln.cell[0] not in used)))
    return actions, kept


def _cell_tables(page: PageText) -> dict[int, list[tuple[int, dict[int, str]]]]:
    """The page's ruled tables: for each, its rows in order as {column: text}."""
    tables: dict[int, dict[int, dict[int, str]]] = {}
    for ln in page.lines:
        if ln.cell is None:
            continue
        t, r, c = ln.cell
        row = tables.setdefault(t, {}).setdefault(r, {})
        if ln.cells:
            row.update({n: text for n, text in enumerate(ln.cells) if text})
        else:
            row[c] = _squash(f"{row.get(c, '')} {ln.text}")
    return {t: sorted(rows.items()) for t, rows in tables.items()}


def _table_header(table: list[tuple[int, dict[int, str]]]) -> tuple[int, dict[str, int]] | None:
    """The position and reading of an action table's header row, among its first three rows."""
    return next(((n, h) for n, (_, cols) in enumerate(table[:3]) if (h := _header_of(cols))), None)


def _header_of(cols: dict[int, str]) -> dict[str, int] | None:
    """Which column is which, when the row is an action table's header."""
    named = rules().columns
    found: dict[str, int] = {}
    for key in ("action", "owner", "due", "status", "priority"):  # the shortest header naming it: "Deadline"
        fits = sorted((len(text), c) for c, text in cols.items() if c not in found.values() and named[key].search(text))
        if key == "action" and len(fits) > 1:  # not a column of row numbers ("Step") beside "What we will do"
            fits = [f for f in fits if not named["reference"].match(cols[f[1]].strip())] or fits
        if fits:
            found[key] = fits[0][1]
    if "action" not in found and ("due" in found or "status" in found):  # "Commitment | Lead | Deliver by"
        free = {c: text for c, text in cols.items() if c not in found.values()}
        tracked = sorted((len(text), c) for c, text in free.items() if named["tracked_action"].search(text))
        if tracked:
            found["action"] = tracked[0][1]
    return found if "action" in found and len(set(found) - {"priority"}) >= 2 else None


def _width(header: dict[str, int] | None) -> int:
    return max(header.values()) + 1 if header else -1


def _cell_actions(cols: dict[int, str], header: dict[str, int], page: int) -> list[Action]:
    """The row's action, or its actions where the action cell lists several as bullets ("• Fund
    two youth workers ... • Extend the Navigators programme ..."), each with the row's lead,
    date and progress."""
    text = cols.get(header["action"], "")
    entries = [e.strip() for e in re.split(rf"(?:^|\s){BULLET}\s+", text) if e.strip()]
    rows = [{**cols, header["action"]: e} for e in entries] if len(entries) >= 2 else [cols]
    return [a for row in rows if (a := _cell_action(row, header, page)) is not None]


def _cell_action(cols: dict[int, str], header: dict[str, int], page: int) -> Action | None:
    text = cols.get(header["action"], "").strip()
    if header["action"] > 0 and not any(c < header["action"] for c in cols):
        text = _ROW_REF.sub("", text)  # the row's reference number, put before its first line
    if len(text.split()) < 2:
        return None
    due = cols.get(header["due"]) if "due" in header else None
    status = cols.get(header["status"]) if "status" in header else None
    action = _table_action(text, page, due, None, None)
    if "owner" in header and cols.get(header["owner"]):
        action = replace(action, owner=cols[header["owner"]])
    if status:
        short = len(status.split()) <= 4
        action = replace(action, status=status if short else None, progress=None if short else status)
    return action


def _continued_due_rows(rows: list[_Row], end: int, first: _Row, priority: str | None) -> tuple[list[Action], set[int]]:
    """The rows a due-column table carries on to the next page without repeating its header:
    lines at the table's left edge, up to the next header."""
    picked: list[int] = []
    for j in range(end, min(len(rows), end + 80)):
        x = rows[j]
        if x.page > first.page + 1 or rules().action_header.match(x.text) or _split_header(rows, j):
            break
        if x.page != first.page + 1:
            continue
        if picked and x.x0 < first.x0 - 3:
            break  # text at the margin left of the table: the table has ended
        if x.bold:
            continue  # a note across the table ("Stages below subject to ...")
        due_cell = x.x0 > first.x0 + 3 and bool(
            rules().due_span.match(x.text) or rules().due_token.fullmatch(" " + x.text)
        )
        if abs(x.x0 - first.x0) <= 3 or due_cell:
            picked.append(j)
    found = _due_rows([rows[j] for j in picked], priority, least=1)
    return (found, set(picked)) if found else ([], set())


def _split_header(rows: list[_Row], i: int) -> bool:
    """A header the layout split: "Stage" and, within three lines, "Timeline"."""
    first, due = rules().split_header
    return bool(first.match(rows[i].text)) and any(due.match(x.text) for x in rows[i + 1 : i + 4])


def _header_part(text: str) -> bool:
    return bool(rules().split_header[1].match(text))


def _due_rows(region: list[_Row], priority: str | None, least: int = 2) -> list[Action] | None:
    """Rows whose due column was read onto the end of their first line: such a line starts a
    row, the lines after it carry it on, and a line holding only a due date closes the row
    above. None when the table is not printed so."""
    r = rules()
    starts = [x for x in region if not _starts_lower(x.text) and r.due_token.search(" " + x.text)]
    if len(starts) < least or len([x for x in starts if len(x.text.split()) > 1]) < least:
        return None  # a table carried on from the page before needs less to go on
    cells: list[list[Any]] = []  # [text, due, page]
    closed = False  # the last row's due date was a line of its own, under its text
    for x in region:
        if _past_table(x, region[0]):
            break
        if r.status_line.match(x.text):
            continue
        m = r.due_token.search(" " + x.text)
        span = r.due_span.match(x.text)
        whole = m if m and len(x.text.split()) == len(m.group("due").split()) else None
        alone = span or whole  # a due date on a line of its own: "February 2025 – April 2026", "TBC"
        if alone and cells and not cells[-1][1]:
            cells[-1][1], closed = alone.group("due"), True
        elif m and not _starts_lower(x.text) and not (cells and _ends_with_connector(cells[-1][0])):
            cells.append([(" " + x.text)[: m.start()].strip(" |"), m.group("due"), x.page])
            closed = False
        elif closed and abs(x.x0 - region[0].x0) <= 3 and not _starts_lower(x.text):
            cells.append([x.text, None, x.page])  # the next row after one its due line closed
            closed = False
        elif cells:
            cells[-1][0] += " " + x.text
        else:
            cells.append([x.text, None, x.page])  # the first row, its due date still to come
    return [_table_action(text, page, due, None, priority) for text, due, page in cells if text]


def _past_table(row: _Row, first: _Row) -> bool:
    """A paragraph set at another margin than the table's first row: the table has ended there
    (its footnotes, the text after it)."""
    return row.gap and abs(row.x0 - first.x0) > 3


def _log_rows(region: list[_Row]) -> list[Action]:
    """An action log without a header row: group headings (bold, or naming a lead) and under
    them one action per line that starts in capitals, its status read off the line's end."""
    r = rules()
    actions: list[list[Any]] = []  # [text, status, page, lead]
    lead: str | None = None
    due = next((m.group("due") for x in region[:3] if (m := r.log_default_due.match(x.text))), None)
    heading = False
    for x in region:
        if x.text == "forward" and actions and actions[-1][1] == "Carried":
            actions[-1][1] = "Carried forward"  # a status wrapped onto a line of its own
        if r.status_line.match(x.text) or _PAGE_LINE.match(x.text) or r.log_default_due.match(x.text):
            continue
        m = r.group_lead.search(x.text)
        short_title = _title_case(x.text) and len(x.text.split()) <= (3 if heading else 6) and x.text[-1:] != "."
        if x.bold or m or (x.gap or heading) and short_title:
            lead, heading = (m.group("lead") if m else lead if heading else None), True
            continue
        heading = False
        if actions and (_starts_lower(x.text) or _ends_with_connector(actions[-1][0])):
            actions[-1][0] += " " + x.text
            if actions[-1][1] == "Carried" and actions[-1][0].endswith(" forward"):
                actions[-1][0], actions[-1][1] = actions[-1][0][: -len(" forward")], "Carried forward"
            continue
        s = r.status_token.search(x.text)
        actions.append([x.text[: s.start()] if s else x.text, s.group("status") if s else None, x.page, lead])
    return [replace(_table_action(t, page, due, ld, None), status=st) for t, st, page, ld in actions]


def _table_action(text: str, page: int, due: str | None, lead: str | None, priority: str | None) -> Action:
    """One table row as an action: its owner named before "to", else the group's lead."""
    text = _squash(rules().status_token.sub("", text))
    m = rules().row_owner.match(text)
    owner = m.group("owner") if m and m.group("owner").split()[0].lower() not in rules().not_owners else lead
    return Action(text=text, page=page, owner=owner, due_text=due, due_date=_parse_due(due), priority=priority)


def _parse_due(due: str | None) -> str | None:
    from .dates import parse_date

    return parse_date(due) if due else None


def _table_ends(row: _Row) -> bool:
    r = rules()
    return bool(r.table_stop.match(row.text) or r.action_header.match(row.text) or row.bold)


def _priority_above(rows: list[_Row], i: int) -> str | None:
    for j in range(i - 1, max(-1, i - 400), -1):
        m = rules().priority_heading.match(rows[j].text)
        if m:
            return _squash(m.group("text"))
    return None


def _action_rows(region: list[_Row], priority: str | None) -> list[Action]:
    """Split table cells into actions and progress. Cells come one after the other, the action
    cell first; the action column is narrow, so its lines are short (or, where the layout kept
    the columns side by side, start further left)."""
    if not region:
        return []
    width = max(len(r.text) for r in region)
    left = min(r.x0 for r in region)
    by_x0 = max(r.x0 for r in region) - left > 100

    def in_action_column(r: _Row) -> bool:
        if by_x0:
            return r.x0 < left + 40
        return (
            len(r.text) <= rules().action_share * width and not _is_bullet(r) and not r.text.endswith((".", ",", ";"))
        )

    cells: list[list[Any]] = []  # [action, progress, page]
    for r in region:
        if in_action_column(r) and (not cells or cells[-1][1] or not cells[-1][0]):
            cells.append([r.text, "", r.page])
        elif in_action_column(r) and cells and not cells[-1][1]:
            cells[-1][0] += " " + r.text
        elif cells:
            cells[-1][1] += " " + r.text
    return [Action(text=_squash(a), page=p, progress=_squash(g) or None, priority=priority) for a, g, p in cells]


def _recommendations(rows: list[_Row]) -> list[Action]:
    """A report's recommendations that commit someone ("Recommendation 1: Delegates the
    authority to ...", "4) Allocates £5m ..."): the first sentence of each, once however often
    the report repeats it."""
    out: list[Action] = []
    seen: set[str] = set()
    for i, row in enumerate(rows):
        m = rules().recommendation.match(row.text)
        if not m:
            continue
        text = m.group("text")
        for nxt in rows[i + 1 : i + 12]:
            if _SENTENCE_END.search(text) or nxt.gap or rules().paragraph_number.match(nxt.text) or _is_bullet(nxt):
                break
            text += " " + nxt.text
        sentence = _squash(_SENTENCE_END.split(text)[0]).rstrip(";,")
        key = sentence.lower()[:80]
        if key not in seen:
            seen.add(key)
            out.append(_action(sentence if sentence.endswith(".") else sentence + ".", row.page))
    return out


def _commitments(rows: list[_Row], skip: set[int]) -> list[Action]:
    """Sentences that commit someone to something, with owner and due date where stated."""
    out: list[Action] = []
    paragraphs = list(_paragraphs(rows, skip))
    for n, (text, marks) in enumerate(paragraphs):
        offset = 0
        for sentence in _SENTENCE_END.split(text):
            offset = text.find(sentence, offset)
            listed = rules().list_commitment.match(_squash(sentence))
            if listed and text.rstrip().endswith(":"):
                page = rows[_row_at(marks, offset)].page
                owner = _section_lead(rows, paragraphs, n) or listed.group("owner")
                out += [_listed_action(item, owner, page) for item in _listed_items(rows, paragraphs, n)]
                break
            # "What we'll do" over its bullets, or "We will:" ending the paragraph above them
            heading = rules().action_heading.match(_squash(text)) or (
                text.rstrip().endswith(":") and rules().action_heading.match(_squash(sentence))
            )
            if heading or rules().milestone_list.match(_squash(sentence)) and text.rstrip().endswith(":"):
                page = rows[_row_at(marks, offset)].page  # "The key milestones for this commitment are:"
                # each entry without its number ("2.2 Open a peer-led recovery café ...")
                out += [
                    _action(_ENTRY_CODE.sub("", item), page)
                    for item in _listed_items(rows, paragraphs, n)
                    if not _LIST_POINTER.match(item)  # "The actions below will be delivered ...": their introduction
                ]
                break
            clause = _commitment_clause(sentence)
            if clause and clause.rstrip().endswith(":") and _kind(clause):
                clause = None  # "In 2024/25 we will concentrate on four priorities:": a list's introduction
            if clause:
                if "the following" in clause and text.rstrip().endswith(":"):
                    following = _following_items(paragraphs, n)
                    if not following:  # an introduction whose list was not read: nothing committed
                        offset += len(sentence)
                        continue
                    clause = clause.rstrip(".:") + ": " + "; ".join(following)
                out.append(_action(clause, rows[_row_at(marks, offset)].page))
            offset += len(sentence)
    return out


def _commitment_clause(sentence: str) -> str | None:
    r = rules()
    sentence = r.trailing_figures.sub("", r.leading_figures.sub("", _squash(sentence)))
    sentence = re.sub(r"^\(?\d+(?:\.\d+)*[.)]?\s+", "", sentence)
    words = len(sentence.split())
    if not (r.min_words <= words <= r.max_words) or r.not_commitments.search(sentence):
        return None
    if not _bound_to_body(sentence):
        return None
    if _ends_with_connector(sentence) or sentence.rstrip().endswith((" be", " will")):
        return None  # cut off where its line ends: "Part of the recruitment strategy will be"
    plain = r.relative_will.sub("", sentence)
    if not any(c.search(plain) for c in r.cues):
        return None
    if not any(c.search(plain) for c in r.cues[1:]) and not _someone_acts(plain):
        return None  # only a "will", and nobody named doing anything
    m = r.clause_start.search(sentence)
    clause = sentence[m.start("clause") :] if m else sentence
    if not re.search(r":\s*\S+[^.]*;", clause):  # an inline list of what is committed stays whole
        clause = r.examples.sub(".", clause)
    return clause[:1].upper() + clause[1:]


def _bound_to_body(sentence: str) -> bool:
    """Whether a cue that commits only the body named before it ("Members are asked to", "The
    VRU aims to") has one there, not a thing ("the block ... is required to fund") or a pronoun."""
    r = rules()
    m = r.bound_cue.search(sentence)
    if m is None:
        return True
    word = m.group("subject") or m.group("aims") or ""
    if word.lower() in r.owner_nouns:
        return True
    if word[:1].isupper() and word.lower() not in r.not_owners:
        if not m.group("subject"):
            return True  # "The VRU aims to"
        # "Kent Police are expected to", not "... and Urban Heat Island are required to help deliver"
        from .entities import normalise_org

        before = sentence[: m.end("subject")] + " "
        named = re.search(r"(?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|the|&)\s+)*){0,6}$", before)
        phrase = named.group(0).strip() if named else word
        if re.fullmatch(r"[A-Z][A-Z&]{1,7}", word) or normalise_org(phrase, {}):
            return True
    rest = sentence[: m.start()] + sentence[m.end() :]
    return any(c.search(rest) for c in r.cues)  # another cue commits someone: "We will ..., which is expected to"


def _someone_acts(sentence: str) -> bool:
    """A "will" sentence that names who acts or a passive of something a body does, not policy voice."""
    r = rules()
    if r.policy_voice.search(sentence):
        return False
    if r.actor_will.search(sentence) or r.passive_commitment.search(sentence):
        return True
    from .entities import normalise_org

    # a body's name as subject ("NHS England will work with ...", "UKBA will publish ..."), not a
    # noun that starts the sentence ("Delivery will be through ...", "Buses will continue to ...")
    m = r.owner_subject.match(sentence)
    if not (m and re.search(r"\b(?:will|shall)\b", sentence[m.end("owner") :][:8])):
        return False
    owner = m["owner"].strip()
    return bool(_action_owner(owner) and normalise_org(owner, {}))


def _following_items(paragraphs: list[tuple[str, list[tuple[int, int]]]], n: int) -> list[str]:
    """The bullets after paragraph n, which a sentence pointing at "the following" lists."""
    items = []
    for text, _ in paragraphs[n + 1 : n + 40]:
        if len(text.split()) > 20 or text.endswith((".", ":")) and len(text.split()) > 8:
            break
        items.append(text.strip(" ;"))
    return items


def _listed_items(rows: list[_Row], paragraphs: list[tuple[str, list[tuple[int, int]]]], n: int) -> list[str]:
    """The entries after a commitment that introduces them, up to a bold line (the next column's
    heading), another such introduction, a paragraph of prose, or the first unbulleted
    paragraph after bulleted entries. Each without its number ("1. Deliver ...")."""
    items: list[str] = []
    bulleted = False
    for text, marks in paragraphs[n + 1 : n + 40]:
        first = rows[marks[0][1]]
        if first.bold or rules().list_commitment.match(_squash(text)) or len(text.split()) > 30:
            break
        entry = _opens_entry(first)
        if items and bulleted and not entry:
            break  # bullets, then a paragraph without one: the list has ended
        bulleted = bulleted or not items and entry
        items.append(_NUMBERED_ENTRY.sub("", text.strip(" ;")))
    return items


def _section_lead(rows: list[_Row], paragraphs: list[tuple[str, list[tuple[int, int]]]], n: int) -> str | None:
    """The lead a section names on a line of its own after its commitments ("Lead: Safeguarding
    Adults Review Subgroup"), before the next numbered heading ("Strategic aim 2: ...")."""
    r = rules()
    for text, marks in paragraphs[n + 1 : n + 40]:
        first = rows[marks[0][1]]
        if first.heading and (r.numbered.match(first.text) or r.numbered_alone.match(first.text)):
            return None
        lead = r.lead_line.match(_squash(text))
        if lead:
            return lead["lead"].strip().rstrip(".")
    return None


def _listed_action(item: str, owner: str, page: int) -> Action:
    """One entry of a list a commitment introduces ("We'll do this by:" / "Providing the best ...")."""
    words = owner.split()
    if words and words[-1].lower() == "we":
        owner = "we"  # "Over the next three years we": the subject is "we"
    else:
        owner = _action_owner(re.sub(r"^(?:the|The)\s+", "", owner)) or owner
    due_text, due = _due(item)
    return Action(text=_squash(item), page=page, owner=_lead(item) or owner, due_date=due, due_text=due_text)


def _action(text: str, page: int) -> Action:
    m = rules().owner_subject.match(text)
    owner = (_action_owner(m.group("owner").strip()) if m else None) or _actor(text)
    if owner and _thing(owner):
        owner = None  # "This plan will be reviewed": a thing, not a body
    elif m and owner and owner == m.group("owner").strip() and _done_to(owner, text[m.end("owner") :]):
        owner = None  # "The AMRs will be published": what is done, not who does it
    due_text, due = _due(text)
    lead = rules().item_lead.search(text)
    if lead and lead.end() >= len(text.rstrip(" .")) and lead.start() > 0:
        # "... in Ardcarrig (Lead: Task Force Coordinator; by Q3 2026)": read into owner and due
        text = text[: lead.start()].rstrip()
    owner = lead["lead"].strip() if lead else _lead(text) or owner  # _lead tries item_lead first too
    return Action(text=text, page=page, owner=owner, due_date=due, due_text=due_text)


def _lead(text: str) -> str | None:
    """A lead named in brackets after a commitment: "... by March 2025 (lead: Eastdale Police)",
    or bodies alone in brackets at its end ("... (PFCC; Moorland Police)"): each part a body's
    name or an acronym that the words before it do not spell out (not "... Conference (MARAC)"),
    or all in title case with one such."""
    lead = rules().item_lead.search(text)
    if lead:
        return lead["lead"].strip()
    bodies = rules().item_bodies.search(text)
    if bodies is None:
        return None
    from .entities import normalise_org

    parts = [p.strip() for p in re.split(r";|,|\s+and\s+", bodies["lead"]) if p.strip()]
    before = text[: bodies.start()].split()
    initials = "".join(w[0] for w in before[-len(parts[0]) :] if w[:1].isupper()) if parts else ""
    bodies_named = [(re.fullmatch(r"[A-Z]{2,6}", p) and p != initials) or normalise_org(p, {}) for p in parts]
    titled = all(w[:1].isupper() or w in {"of", "for", "and", "&", "the"} for p in parts for w in p.split())
    # every part a body, or all in title case with one a body ("Brackenmoor Council Housing Options")
    named = all(bodies_named) or (titled and any(bodies_named))
    return bodies["lead"].strip() if parts and named else None


def _done_to(subject: str, after: str) -> bool:
    """Whether a commitment's subject is what is done, not who does it: a passive after a subject
    that names no body ("Locations will be made available"; not "Kent Police will be consulted")."""
    from .entities import names_a_body

    if not rules().passive_after_subject.match(after) or subject.lower() in _PRONOUN_OWNERS:
        return False
    # "AMRs" (an acronym nothing spells out, and a plural) names no body: a thing
    return not (re.fullmatch(r"[A-Z][A-Z&]{1,7}", subject) or names_a_body(subject))


_PRONOUN_OWNERS = frozenset({"we", "our partners", "partners"})


def _thing(subject: str) -> bool:
    """A subject in lower case that names no body ("model", "strategy"; not "the authorities")."""
    return subject.islower() and subject.split()[-1] not in rules().owner_nouns


def _actor(text: str) -> str | None:
    """Who acts in a "will" sentence whose subject is not its first words ("Wherever possible, we
    will ...", "The Black Country authorities will ..."): the actor the cue names, from its
    capitalised or article start."""
    m = rules().actor_will.search(text)
    if m is None:
        return None
    words = m.group("actor").split()
    start = max((n for n, w in enumerate(words) if w.lower() in _ACTOR_STARTS or w.endswith(",")), default=-1)
    words = words[start + 1 :]
    # a word in lower case, or a commitment's code ("C1 We will ..."), is no part of the actor
    while len(words) > 1 and (not words[0][:1].isupper() or re.fullmatch(r"[A-Z]{1,3}\d{1,3}(?:\.\d{1,2})?", words[0])):
        words = words[1:]
    return " ".join(words) or None


def _action_owner(subject: str) -> str | None:
    """The subject of a commitment when it can own one: "The VRU", "Kent Police", "we";
    not a pronoun or a thing ("It is recommended ...", "Further work will ...")."""
    words = subject.split()
    if subject.lower() in _PRONOUN_OWNERS:
        return subject
    if words[0].lower() in rules().not_owners or any(w.islower() for w in words[1:] if len(w) > 3):
        return None
    if _thing(subject):
        return None  # a thing, not a body: "The model will be updated" (its subject read as "model")
    return subject


# where a due date may follow: "by March 2025", "by Q3 2024/25", "in 2025-26", "by the end of June"
_DUE_CUE = re.compile(rf"\b(?:by|before|until|for|during|in)\s+(?=(?:the\s+end\s+of\s+)?(?:Q[1-4]\b|\d|{_MONTH}))")


def _due(text: str) -> tuple[str | None, str | None]:
    """The date a commitment is due by, as printed and as ISO: "by March 2025", "by Q3 2024/25"
    (a quarter of the financial year), "in 2025-26" (a financial year), or "ongoing"."""
    from .dates import find_dates

    for m in _DUE_CUE.finditer(text):
        found = find_dates(text[m.end() : m.end() + 40], 0)
        if found and found[0].start is not None and found[0].start <= 12 and found[0].iso[:2] in ("19", "20"):
            return found[0].text, found[0].iso
    ongoing = rules().ongoing.search(text)
    return (ongoing.group(0).strip("()"), None) if ongoing else (None, None)
