"""Minutes -> meetings: attendance, numbered items, decisions, votes and actions.

Pure text logic over the pages ``pdf.read_pdf`` produces; no I/O beyond reading the
settings in ``pipelines/meetings.yml``, where every house-style pattern lives (openings,
attendance labels, role words, decision and action cues).

A set of minutes is found by its opening (ModernGov "MINUTES of a meeting of ...", a
heading then "MINUTES of the meeting held ...", a title block "Body / date", parish
"Body - date") confirmed by an attendance block ("PRESENT:") a few lines later: an agenda
front sheet announces a meeting but lists nobody present, and a meeting merely mentioned
has neither. Items are the numbered headings that continue the meeting's own sequence,
so numbered paragraphs inside an item ("1. Mr Watkins introduced ...") are not items.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from .config import load_settings, require
from .dates import parse_date
from .errors import ConfigError
from .layout import full_measure, paragraph_starts
from .models import Action, AgendaItem, Attendee, Decision, Line, Meeting, PageText, Vote
from .pdf import CELL_SEPARATOR, LABEL_CELL
from .text import english_words

__all__ = ["extract_meetings"]

SETTINGS = "meetings"
STATUSES = ("present", "virtual", "also_present", "in_attendance", "apologies", "absent")
KINDS = ("resolved", "agreed", "noted", "recommended")
ABBREVIATION = re.compile(
    r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Cllr|Rev|Prof|No|NO|Nos|NOS)\.(?=\s+[A-Z0-9])|\b(?:e\.g|i\.e|etc|viz|approx|incl|Inc|Ltd|Co|Corp|Bros|Jr|Sr)\.(?=,?\s+[a-z])"
)
# a sentence: up to a stop followed by a space or its end; a stop inside a word or a number
# ("£340.20", "gov.uk", "e.g") does not end it
SENTENCE = re.compile(r"(?:[^.!?•]|[.!?]+(?![\s,;]|$|[”’\"']))+(?:[.!?]+(?=[\s,;]|$|[”’\"'])[”’\"']?|(?=•)|$)")
ONE_DOT = "\u2024"
# an item's title run on into its text after a colon: "Public participation: Residents raised ..."
RUN_ON_TITLE = re.compile(r"^[A-Z][\w’'&/ -]{2,40}:\s+\S")
# Initials alone on a line: an owner printed in an action column beside the minute ("KA", "SL/MW").
OWNER_TAG = re.compile(r"[A-Z]{2,4}(?:\s*[,/&]\s*[A-Z]{2,4})*")
DASHED_ENTRY = re.compile(r"^[A-Z][^–—,]*?\s[–—]\s+\S")  # "Alan Pryce (AP) – Non-Executive Member"
LEADING_BULLET = re.compile(r"^[•·▪◦‣●○■□➢Ø-]\s*")  # a bullet before a label or a heading
# "a) ", "(ii) ", "3. ", "5.2 "
POINT_MARKER = re.compile(r"^(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s+")
SENTENCE_BREAK = re.compile(r"\.\s+(?=[A-Z])")  # a full stop, then a capital: where another point may begin
CLAUSE_BREAK = re.compile(r"[.;]\s+(?=[A-Za-z])")  # "...; Absent: Trustee Kowalczyk", "...; apologies were ..."
NEXT_DECISION = re.compile(r"(?<=\.)\s+(?=(?:Agreed|AGREED|RESOLVED|Resolved)\s+(?:that|to)\b)")


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class _Rules:
    """pipelines/meetings.yml, compiled once."""

    body_words: frozenset[str]
    authority: re.Pattern[str]
    minutes: re.Pattern[str]
    held_place: re.Pattern[str]
    held_manner: re.Pattern[str]
    date_line: re.Pattern[str]
    body_date_sep: re.Pattern[str]
    title_date_sep: re.Pattern[str]
    held_sentence: re.Pattern[str]
    minutes_title: re.Pattern[str]
    title_window: int
    title_lines: int
    part_heading: re.Pattern[str]
    agenda_heading: re.Pattern[str]
    duplicate_reach: int
    sentence_openers: frozenset[str]
    mover_prefix: re.Pattern[str]
    fields: dict[str, re.Pattern[str]]
    field_split: re.Pattern[str]
    field_label: re.Pattern[str]
    body_noise: re.Pattern[str]
    attendance_within: int
    time: re.Pattern[str]
    labels: tuple[tuple[re.Pattern[str], str], ...]
    group_labels: dict[str, str | None]
    group_label: re.Pattern[str]  # a line that opens with a word, or a group label of several, and ":"
    plural_titles: dict[str, str]
    surname_titles: frozenset[str]
    coded_title: re.Pattern[str]
    apology_asides: re.Pattern[str]
    decisions_summary: re.Pattern[str]
    preliminary_items: re.Pattern[str]
    attendance_items: re.Pattern[str]
    part_labels: re.Pattern[str]
    bilingual_pair: re.Pattern[str]
    item_time: re.Pattern[str]
    heading_acronyms: frozenset[str]
    remote_note: re.Pattern[str]
    remote_phrase: re.Pattern[str]
    roll_answer: re.Pattern[str]
    remote_footnote: re.Pattern[str]
    member_titles: frozenset[str]
    motion_paragraph: re.Pattern[str]
    motion_follow: re.Pattern[str]
    point_title: re.Pattern[str]
    numbered_decision: re.Pattern[str]
    sub_item_code: re.Pattern[str]
    numbered_decision_mark: re.Pattern[str]
    decision_banner: re.Pattern[str]
    meeting_kind: re.Pattern[str]
    generic_body_words: frozenset[str]
    motion_ref: re.Pattern[str]
    styles: re.Pattern[str]
    honorifics: frozenset[str]
    dropped_titles: frozenset[str]
    name_initials: re.Pattern[str]
    list_breaks: re.Pattern[str]
    honours: frozenset[str]
    body_ends: frozenset[str]
    item_note: re.Pattern[str]
    remote_dash: re.Pattern[str]
    ranks: tuple[str, ...]
    role_heads: frozenset[str]
    unit_words: frozenset[str]
    officer_heads: frozenset[str]
    role_starts: frozenset[str]
    second_posts: frozenset[str]
    particles: frozenset[str]
    attendance_asides: re.Pattern[str]
    body_label: re.Pattern[str]
    meeting_end: tuple[re.Pattern[str], ...]
    meeting_end_inclusive: tuple[re.Pattern[str], ...]
    item_heading: re.Pattern[str]
    item_gap: int
    mover_title: re.Pattern[str]
    item_ref: re.Pattern[str]
    item_ref_inline: re.Pattern[str]
    title_noise: re.Pattern[str]
    title_run_on: re.Pattern[str]
    run_in_sentence: re.Pattern[str]
    run_in_words: int
    run_in_not_topic: re.Pattern[str]
    members_attending: re.Pattern[str]
    label_verb: re.Pattern[str]
    proposal: re.Pattern[str]
    remote_sentence: re.Pattern[str]
    decision_cues: tuple[tuple[re.Pattern[str], str], ...]
    decision_sentences: tuple[tuple[re.Pattern[str], str], ...]
    vote_counts: re.Pattern[str]
    vote_outcome: re.Pattern[str]
    vote_outcome_alone: re.Pattern[str]
    vote_count_intro: re.Pattern[str]
    vote_tally: re.Pattern[str]
    vote_roll: re.Pattern[str]
    in_the_chair: re.Pattern[str]
    heading_labels: dict[str, str]
    collective_decision: re.Pattern[str]
    line_connectors: frozenset[str]
    status_cells: dict[str, str]
    minutes_start: re.Pattern[str]
    moved_line: re.Pattern[str]
    seconded_line: re.Pattern[str]
    motion_outcome: re.Pattern[str]
    put_question: re.Pattern[str]
    decision_label: re.Pattern[str]
    labelled_decision: re.Pattern[str]
    run_on_verbs: re.Pattern[str]
    post_holder: re.Pattern[str]
    post_then_name: re.Pattern[str]
    decision_stop: re.Pattern[str]
    action_line: re.Pattern[str]
    put_result: re.Pattern[str]
    put_motion: re.Pattern[str]
    carried: frozenset[str]
    action_cues: tuple[re.Pattern[str], ...]
    action_code: re.Pattern[str]
    owner_label: re.Pattern[str]
    comings_and_goings: re.Pattern[str]
    action_marker: re.Pattern[str]
    directive: re.Pattern[str]
    action_owners: tuple[re.Pattern[str], ...]
    pronoun_owner: re.Pattern[str]
    due_cues: re.Pattern[str]
    due_relative: re.Pattern[str]
    numbers: dict[str, int]
    back_reference: re.Pattern[str]
    reported_commitment: re.Pattern[str]
    answer_mark: re.Pattern[str]
    initials_key: re.Pattern[str]
    second_commitment: re.Pattern[str]
    action_list: re.Pattern[str]
    apology_sentence: re.Pattern[str]
    welcome_sentence: re.Pattern[str]
    table_header: re.Pattern[str]
    table_row_date: re.Pattern[str]
    table_columns: tuple[tuple[str, re.Pattern[str]], ...]
    table_none: re.Pattern[str]
    board_of: re.Pattern[str]
    minutes_reference: re.Pattern[str]
    fallback_reach: int
    meeting_body: re.Pattern[str]
    committee_of: re.Pattern[str]
    firm_ends: tuple[str, ...]
    people_columns: tuple[tuple[str, re.Pattern[str]], ...]
    legend: re.Pattern[str]
    legend_mark: re.Pattern[str]
    legend_statuses: tuple[tuple[str, re.Pattern[str]], ...]


def _compile(settings: dict[str, Any], key: str, pattern: Any, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(str(pattern), flags)
    except re.error as e:
        raise ConfigError(f"pipelines/{SETTINGS}.yml: key {key!r} is not a valid regex ({e}): {pattern!r}") from e


@cache
def _rules() -> _Rules:
    """Load and check pipelines/meetings.yml; a missing key or bad regex is a ConfigError."""
    s = load_settings(SETTINGS)

    def get(key: str) -> Any:
        return require(s, SETTINGS, key)

    def rx(key: str, value: Any = None, flags: int = re.I) -> re.Pattern[str]:
        return _compile(s, key, get(key) if value is None else value, flags)

    openings, votes, table = get("openings"), get("votes"), get("action_table")
    labels = tuple(
        (rx("attendance_labels", _label_pattern(e)), _status(e["status"]))
        for e in sorted(get("attendance_labels"), key=lambda e: -len(e.get("label", "")))
    )
    return _Rules(
        body_words=frozenset(get("body_words")),
        authority=rx("authority", flags=0),
        minutes=rx("openings.minutes", openings["minutes"]),
        held_place=rx("openings.held_place", openings["held_place"]),
        held_manner=rx("openings.held_manner", openings["held_manner"]),
        date_line=rx("openings.date_line", openings["date_line"]),
        body_date_sep=rx("openings.body_date_separator", openings["body_date_separator"]),
        title_date_sep=rx("openings.title_date_separator", openings["title_date_separator"]),
        held_sentence=rx("openings.held_sentence", openings["held_sentence"]),
        minutes_title=rx("openings.minutes_title", openings["minutes_title"]),
        title_window=int(openings["title_window"]),
        title_lines=int(openings["title_lines"]),
        part_heading=rx("part_heading"),
        agenda_heading=rx("agenda_heading"),
        duplicate_reach=int(get("duplicate_reach")),
        sentence_openers=frozenset(get("sentence_openers")),
        mover_prefix=rx("mover_prefix"),
        fields={k: rx(f"openings.fields.{k}", v) for k, v in openings["fields"].items()},
        field_split=rx("openings.field_split", openings["field_split"]),
        field_label=rx("openings.field_label", openings["field_label"]),
        body_noise=rx("openings.body_noise", openings["body_noise"]),
        attendance_within=int(openings["attendance_within"]),
        time=rx("time"),
        labels=labels,
        group_labels={k: (_status(v) if v else None) for k, v in get("group_labels").items()},
        group_label=_group_label_pattern(get("group_labels")),
        plural_titles={str(k): str(v) for k, v in get("plural_titles").items()},
        surname_titles=frozenset(get("surname_titles")),
        coded_title=rx("coded_title", get("coded_title")),
        apology_asides=rx("apology_asides", get("apology_asides")),
        decisions_summary=rx("decisions_summary", get("decisions_summary")),
        preliminary_items=rx("preliminary_items", get("preliminary_items")),
        attendance_items=rx("attendance_items", get("attendance_items")),
        part_labels=rx("part_labels", get("part_labels")),
        bilingual_pair=rx("bilingual_pair", get("bilingual_pair")),
        item_time=rx("item_time"),
        heading_acronyms=frozenset(str(w) for w in get("heading_acronyms")),
        remote_note=rx("remote_note", get("remote_note")),
        remote_phrase=rx("remote_phrase", get("remote_phrase")),
        roll_answer=rx("roll_answer", get("roll_answer")),
        remote_footnote=rx("remote_footnote"),
        member_titles=frozenset(str(w) for w in get("member_titles")),
        motion_paragraph=rx("motion_paragraph", get("motion_paragraph")),
        motion_follow=rx("motion_follow", get("motion_follow")),
        point_title=rx("point_title", flags=0),
        numbered_decision=rx("numbered_decision", flags=0),
        sub_item_code=rx("sub_item_code", flags=0),
        numbered_decision_mark=rx("numbered_decision_mark", flags=0),
        decision_banner=rx("decision_banner", flags=0),
        meeting_kind=rx("meeting_kind", get("meeting_kind")),
        generic_body_words=frozenset(str(w).lower() for w in get("generic_body_words")),
        motion_ref=rx("motion_ref", get("motion_ref")),
        styles=re.compile(r"^(?:" + "|".join(re.escape(w) for w in get("styles")) + r")\s+"),
        honorifics=frozenset(get("honorifics")),
        dropped_titles=frozenset(get("dropped_titles")),
        name_initials=rx("name_initials", flags=0),
        list_breaks=rx("list_breaks", flags=0),
        honours=frozenset(get("honours")),
        body_ends=frozenset(str(w) for w in get("body_ends")),
        item_note=rx("item_note", get("item_note")),
        remote_dash=rx("remote_dash", get("remote_dash")),
        ranks=tuple(sorted(get("ranks"), key=len, reverse=True)),
        role_heads=frozenset(get("role_heads")),
        unit_words=frozenset(get("unit_words")),
        officer_heads=frozenset(get("officer_heads")),
        role_starts=frozenset(get("role_starts")),
        second_posts=frozenset(str(w).lower() for w in get("second_posts")),
        particles=frozenset(get("name_particles")),
        attendance_asides=rx("attendance_asides"),
        body_label=rx("body_label", flags=0),
        meeting_end=tuple(rx("meeting_end", p) for p in get("meeting_end")),
        meeting_end_inclusive=tuple(rx("meeting_end_inclusive", p) for p in get("meeting_end_inclusive")),
        item_heading=rx("item_heading", flags=0),
        item_gap=int(get("item_gap")),
        mover_title=rx("mover_title", flags=0),
        item_ref=rx("item_ref"),
        item_ref_inline=rx("item_ref_inline"),
        title_noise=rx("title_noise"),
        title_run_on=rx("title_run_on", flags=0),
        run_in_sentence=rx("title_run_in.sentence", get("title_run_in")["sentence"], 0),
        run_in_words=int(get("title_run_in")["words"]),
        run_in_not_topic=rx("title_run_in.not_topic", get("title_run_in")["not_topic"], 0),
        members_attending=rx("members_attending"),
        label_verb=rx("label_verb"),
        proposal=rx("proposal"),
        remote_sentence=rx("remote_sentence", flags=0),
        decision_cues=tuple((rx("decision_cues", c["pattern"], 0), _kind(c["kind"])) for c in get("decision_cues")),
        decision_sentences=tuple(
            (rx("decision_sentences", c["pattern"]), _kind(c["kind"])) for c in get("decision_sentences")
        ),
        vote_counts=rx("votes.counts", votes["counts"], re.I | re.S),
        vote_outcome=rx("votes.outcome", votes["outcome"]),
        vote_outcome_alone=rx("votes.outcome_alone", votes["outcome_alone"]),
        vote_count_intro=rx("votes.count_intro", votes["count_intro"]),
        vote_tally=rx("votes.tally", votes["tally"]),
        vote_roll=rx("votes.roll", votes["roll"], 0),
        in_the_chair=rx("in_the_chair"),
        heading_labels={
            str(e["label"]).upper(): _status(e["status"]) for e in get("attendance_labels") if "label" in e
        },
        collective_decision=rx("collective_decision"),
        line_connectors=frozenset(str(w).lower() for w in get("line_connectors")),
        status_cells={str(k).upper(): _status(v) for k, v in get("status_cells").items()},
        minutes_start=rx("openings.minutes_start", openings["minutes_start"]),
        moved_line=rx("motion_block.moved", get("motion_block")["moved"]),
        seconded_line=rx("motion_block.seconded", get("motion_block")["seconded"]),
        motion_outcome=rx("motion_block.outcome", get("motion_block")["outcome"]),
        put_question=rx("put_question.put", get("put_question")["put"]),
        decision_label=rx("decision_label"),
        labelled_decision=rx("labelled_decision"),
        run_on_verbs=rx("run_on_verbs"),
        post_holder=rx("post_holder", flags=0),
        post_then_name=rx("post_then_name", flags=0),
        decision_stop=rx("decision_stop"),
        action_line=rx("action_line", flags=0),
        put_result=rx("put_question.result", get("put_question")["result"]),
        put_motion=rx("put_question.motion", get("put_question")["motion"]),
        carried=frozenset(votes["carried_words"]),
        action_cues=tuple(rx("action_cues", p) for p in get("action_cues")),
        action_code=rx("action_code", flags=0),
        owner_label=rx("owner_label", flags=0),
        comings_and_goings=rx("comings_and_goings"),
        action_marker=rx("action_marker"),
        directive=rx("directive"),
        action_owners=tuple(rx("action_owners", p, 0) for p in get("action_owners")),
        pronoun_owner=rx("pronoun_owner", flags=0),
        due_cues=rx("due_cues"),
        due_relative=rx("due_relative"),
        numbers={str(k): int(v) for k, v in get("numbers").items()},
        back_reference=rx("back_reference"),
        reported_commitment=rx("reported_commitment", flags=0),
        answer_mark=rx("answer_mark", flags=0),
        initials_key=rx("initials_key", flags=0),
        second_commitment=rx("second_commitment", flags=0),
        action_list=rx("action_list"),
        apology_sentence=rx("apology_sentence"),
        welcome_sentence=rx("welcome_sentence"),
        table_header=rx("action_table.header", table["header"]),
        table_row_date=rx("action_table.row_date", table["row_date"]),
        table_none=rx("action_table.none", table["none"]),
        board_of=rx("openings.board_of", openings["board_of"]),
        minutes_reference=rx("openings.minutes_reference", openings["minutes_reference"]),
        fallback_reach=int(openings["fallback_reach"]),
        meeting_body=rx("openings.meeting_body", openings["meeting_body"]),
        committee_of=rx("openings.committee_of", openings["committee_of"]),
        firm_ends=tuple(str(w) for w in get("firm_ends")),
        people_columns=tuple(
            (role, rx(f"people_table.{role}", get("people_table")[role])) for role in ("name", "initials", "role")
        ),
        legend=rx("people_table.legend", get("people_table")["legend"]),
        legend_mark=rx("people_table.legend_mark", get("people_table")["legend_mark"], 0),
        legend_statuses=tuple(
            (_status(status), rx(f"people_table.legend_statuses.{status}", p))
            for status, p in get("people_table")["legend_statuses"].items()
        ),
        table_columns=tuple((role, rx(f"action_table.columns.{role}", p)) for role, p in table["columns"].items()),
    )


def _group_label_pattern(labels: dict[str, Any]) -> re.Pattern[str]:
    """A line's opening word, or a group label of several words ("Deputy Chairperson"), then ":"
    or a capital."""
    several = "".join(re.escape(k) + "|" for k in sorted(labels, key=len, reverse=True) if " " in k)
    return re.compile(rf"^({several}\w[\w-]*)\s*(?::\s*|\s+(?=[A-Z]))")


def _label_pattern(entry: dict[str, Any]) -> str:
    """An attendance label as a regex: "PRESENT" opens a line and is followed by ":", the end of
    the line or a capital; a label marked colon needs its colon (or the line to itself), one marked prefix may follow a
    body's name ("Transparency Board Members:")."""
    if "pattern" in entry:  # a label of a form, not of words ("Governors present:"): its colon always
        return r"^(?:" + str(entry["pattern"]) + r")\s*:"
    label = re.escape(entry["label"]).replace(r"\ ", r"\s+")
    # (capitals as printed: "The Chair welcomed members" is a sentence, not a label)
    prefix = r"(?:(?:(?-i:[A-Z])[\w&'’-]*|of|and|the)\s+){0,5}?" if entry.get("prefix") else ""
    # "Officials (regular attendees):", "Present in the Chamber:", "Present at the Town Hall:"
    # "Apologies / absent": a second label after a slash
    qualifier = r"(?:\s*\([^)]{1,40}\)|\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]*\s*){1,3}(?=:)|\s*/\s*[A-Za-z]+)?"
    # a label heading a table column ends at its cell: "Attendees | Apologies"
    # one marked capital is followed by a name in capitals ("Committee members Joanna Marsh"), not
    # by a word that goes on with a sentence ("Committee members discussed")
    # (any label: before a name, or a word that goes on with the label, "Present were", "Apologies
    # for absence", not "present and signed by the Chairman")
    capital = (
        r"\s(?=(?-i:[A-Z]))"
        if entry.get("capital")
        else r"\s(?=(?-i:[A-Z])|(?:were|was|are|is|from|for|at|in|via|by|on|at)\b)"
    )
    # ("Present – Cllr A. Smith, ...": a dash after the label serves as its colon)
    dash = r"\s[–—-]\s+(?=(?-i:[A-Z]))"
    ends = r"\s*(?::|$|\s\|\s|" + dash + (")" if entry.get("colon") else "|" + capital + ")")
    after = qualifier + ends
    return r"^" + prefix + label + after


def _status(value: str) -> str:
    if value not in STATUSES:
        raise ConfigError(f"pipelines/{SETTINGS}.yml: unknown attendance status {value!r}; use one of {STATUSES}")
    return value


def _kind(value: str) -> str:
    if value not in KINDS:
        raise ConfigError(f"pipelines/{SETTINGS}.yml: unknown decision kind {value!r}; use one of {KINDS}")
    return value


# --------------------------------------------------------------------------- lines


@dataclass(frozen=True)
class _Row:
    """One printed line with what paragraph logic needs: its page, weight and spacing."""

    text: str
    page: int
    bold: bool
    x0: float
    para: bool  # a paragraph break (extra space) comes before this line
    short: bool  # the line stops well short of the page's full measure
    stamp: str | None  # the page's margin stamp ("Agenda Item 5"), where it has one
    cell: tuple[int, int, int] | None = None  # the table cell the line was read from
    margin: str | None = None  # a note in the right margin beside the line ("HL": an owner)
    cells: tuple[str, ...] = ()  # a one-line table row's column texts
    row_cells: tuple[str, ...] = ()  # the whole row's column texts, on every line of a table row
    parts: tuple[tuple[float, float, str], ...] = ()  # pieces apart by a column-wide gap
    x1: float = 0.0
    heading: bool = False  # the layout stage reads the line as a heading (Line.heading)


def _rows(pages: Sequence[PageText]) -> list[_Row]:
    """The document's lines with what the rules read: paragraph starts come from the layout stage."""
    rows: list[_Row] = []
    before = None
    for page in pages:
        page = replace(page, lines=tuple(ln for ln in page.lines if ln.text.strip() and not ln.rotated))
        full = full_measure(page.lines)
        stamp = page.stamps[0] if page.stamps else None
        starts = paragraph_starts(page, before)
        before = page
        lines = list(page.lines)
        for k, (ln, para) in enumerate(zip(lines, starts)):
            if _reference_cell(ln, lines[k + 1] if k + 1 < len(lines) else None):
                continue  # read with the line beside it
            if k and _reference_cell(lines[k - 1], ln):
                ref = lines[k - 1]  # "ICB/24/112" | "Welcome, Introductions and Apologies": one heading
                ln = replace(ln, text=f"{ref.text.strip()} {ln.text.strip()}", x0=ref.x0)
                para = para or starts[k - 1]
            short = len(ln.text) < 0.75 * full
            row = _Row(ln.text.strip(), page.page, ln.bold, ln.x0, para, short, stamp, ln.cell, ln.margin)
            rows.append(
                replace(
                    row,
                    cells=ln.cells,
                    row_cells=ln.row_cells,
                    parts=ln.parts,
                    x1=ln.x1,
                    heading=ln.heading is not None,
                )
            )
    return rows


def _reference_cell(ln: Line, nxt: Line | None) -> bool:
    """A table row's first cell holding only a reference ("ICB/24/112", "5.", "R24/117") beside
    the first line of the next cell at the same height: a minutes table of Ref | Minute | Action,
    whose number and title are one heading."""
    return (
        nxt is not None
        and ln.cell is not None
        and nxt.cell is not None
        and ln.cell[2] == 0
        and nxt.cell[:2] == ln.cell[:2]
        and nxt.cell[2] == 1
        and abs(nxt.top - ln.top) < 2
        and " " not in ln.text.strip()
        and any(c.isdigit() for c in ln.text)
        and len(ln.text.strip()) <= 14
    )


def _join(texts: Sequence[str]) -> str:
    """Join wrapped lines: "Mochrie-" + "Cox" keeps its hyphen, other lines get a space."""
    out = ""
    for t in texts:
        t = t.strip()
        if not t:
            continue
        out = out + t if out.endswith("-") and t[:1].isupper() else (out + " " + t if out else t)
    return " ".join(out.split())


def _tidy(text: str) -> str:
    return " ".join(text.split()).strip(" ,;")


def _title_case(text: str) -> str:
    """An all-capitals heading as printed in running text: "KENT AND MEDWAY POLICE AND CRIME PANEL";
    in a mixed line, each run of two or more capitalised words ("CITY OF WANDILLA Ordinary Council")."""
    if not text.isupper():
        if not any(w.isupper() for w in text.split()):
            return text
        return re.sub(
            r"(?:(?<=\s)|^)(?:[^\sa-z]*[A-Z][^\sa-z]*\s+)+[^\sa-z]*[A-Z][^\sa-z]*(?=\s|$)",
            lambda m: _title_case(m.group(0)) if sum(c.isalpha() for c in m.group(0)) > 5 else m.group(0),
            text,
        )
    small = {"and", "of", "the", "for", "in", "on", "at", "to", "&"}

    def word(i: int, w: str) -> str:
        if len(w) >= 2 and w.isalpha() and not set(w) & set("AEIOUY"):
            return w  # an acronym keeps its capitals: "NORTH OF TYNE LPC COMMITTEE"
        low = w.lower()
        if i and low in small:
            return low
        # each part of a hyphenated or bracketed word: "SUB-COMMITTEE (HEARINGS)"
        return re.sub(r"(?:^|(?<=[-(]))[a-z]", lambda m: m.group(0).upper(), low)

    return " ".join(word(i, w) for i, w in enumerate(text.split()))


# --------------------------------------------------------------------------- openings


@dataclass
class _Opening:
    start: int  # first line of the minutes (their heading)
    after: int  # first line after the opening sentence or title block
    body: str
    date: str | None
    time: str | None
    venue: str | None
    authority: str | None
    source: str
    attendance: int = -1  # where its attendance starts, once the opening is taken


def extract_meetings(pages: Sequence[PageText]) -> list[Meeting]:
    """Every set of minutes in a document, in order, with attendance, items and decisions."""
    rules = _rules()
    rows = _rows(pages)
    openings = _find_openings(rows, rules) or _fallback_opening(rows, rules)
    meetings = []
    for n, op in enumerate(openings):
        limit = openings[n + 1].start if n + 1 < len(openings) else len(rows)
        end = _meeting_end(rows, op, limit, rules)
        meetings.append(_read_meeting(rows, op, end, rules))
    return meetings


def _fallback_opening(rows: list[_Row], rules: _Rules) -> list[_Opening]:
    """Minutes whose opening is in no form the rules know: where the first page's lines lead to
    an attendance label and numbered items follow it, the block above the label is the title
    block, its first date the meeting's and its line that names a body the body (else the first
    heading). None where there is no such block: a plan or a report is no meeting."""
    first = [k for k, r in enumerate(rows[: rules.fallback_reach]) if r.page == rows[0].page]
    label = next((k for k in first if k and _label_of(rows[k].text, rules, _label_line(rows, k))), None)
    if label is None or label > rules.title_window * 2:
        return []
    if len(_item_run(rows, label, min(len(rows), label + 400), rules)) < 3:
        return []  # no run of numbered business after it
    above = rows[:label]
    dates = ((k, _date(r.text)) for k, r in enumerate(above) if not rules.minutes_reference.match(r.text))
    dated = next(((k, d) for k, d in dates if d), None)
    if dated is None:
        return []
    # a line or a piece of one (parted by "|", ":", a dash or a bracket) that names a body, one
    # that is not the authority first ("Westbury Town Council | Audit Committee | 12 March 2024")
    pieces = [_clean_body(p, rules) for r in above for p in re.split(r"\s*(?:[|:—–(),]|\s-\s)\s*", r.text) if p.strip()]
    names = [b for b in pieces if _names_body(b, rules) and not _date(b)]
    names.sort(key=lambda b: rules.authority.fullmatch(b) is not None)
    heads = [_clean_body(r.text, rules) for r in above if r.heading and not _date(r.text)]
    body = names[0] if names else (heads[0] if heads else "")
    if not body:
        return []
    k, date = dated
    source = _join([r.text for r in above])
    authority = next((a for r in above if (a := _authority_in(r.text, rules))), None)
    op = _Opening(0, label, _title_case(body), date, _time(above[k].text, rules), None, authority, source)
    op.body = _qualified(op.body, op.authority, rules)
    op.attendance = label
    return [op]


def _find_openings(rows: list[_Row], rules: _Rules) -> list[_Opening]:
    found: list[_Opening] = []
    i = 0
    while i < len(rows):
        op = present = None
        for reading in (_minutes_opening, _held_opening, _title_block_opening, _window_opening):
            op = reading(rows, i, rules)  # the first reading of the opening that the attendance follows
            present = _attendance_start(rows, op.after, rules) if op is not None else None
            if present is not None:
                break
        if op is not None and present is not None:
            # the formal opening sentence under a title block ("STRATHMORVEN COUNCIL" / "MINUTE
            # of MEETING of the POLICE AND FIRE SCRUTINY COMMITTEE held ... on ...") names it best
            formal = next(
                (f for k in range(i + 1, present) if (f := _minutes_opening(rows, k, rules)) and f.date == op.date),
                None,
            )
            if formal is None and rules.authority.fullmatch(op.body):
                # the council's name over its minutes' title block ("DUNMALLOW COUNTY COUNCIL" /
                # "MINUTES" / "Meeting: Housing Strategic Policy Committee"): the meeting is the block's
                formal = next(
                    (
                        f
                        for k in range(i + 1, present)
                        if (f := _window_opening(rows, k, rules)) and f.date == op.date and f.body != op.body
                    ),
                    None,
                )
            op = formal or op
            # "Board of Directors of the X Water District", "X Committee of Y Housing Association"
            board = rules.board_of.match(op.body) or rules.committee_of.match(op.body)
            if board:
                op.body, op.authority = _title_case(board["body"]), op.authority or board["org"]
            op.authority = op.authority or _authority_before(rows, op.start, rules) or _authority_in(op.body, rules)
            op.body = _qualified(op.body, op.authority, rules)
            if found and op.start <= found[-1].start:
                found.pop()  # the same title block read further: "Panel / date / Chair: X / Minutes"
            elif found and op.start < found[-1].attendance and op.date == found[-1].date:
                # a line above the title that names the meeting too (a running header "Audit
                # Committee – 12 March 2024"): one meeting, opened by its title
                previous = found.pop()
                op.venue, op.time = op.venue or previous.venue, op.time or previous.time
            op.attendance = present
            found.append(op)
            i = op.after
        else:
            i += 1
    return found


def _minutes_opening(rows: list[_Row], i: int, rules: _Rules) -> _Opening | None:
    """ "MINUTES of a meeting of the X held in <venue> on <date>." over up to four lines."""
    side = None
    if not rules.minutes_start.match(rows[i].text):  # "MINUTES of ...", "Notes of the meeting ..."
        side = _side_column_body(rows, i, rules)  # or in a column right of the body's name
        if side is None:
            return None
        rows = _title_column(rows, i, (i, min(i + rules.title_window, len(rows))), rules)
    stop = i + 1
    while (
        stop < min(i + 4, len(rows))
        and not _label_of(rows[stop].text, rules, rows[stop].bold)
        and not (rows[stop - 1].text.rstrip()[-1:].isalnum() and _item_heading(rows[stop], rules))
        and not rows[stop - 1].text.endswith(".")
        and rows[stop].cell is None  # a table under the opening (the people present)
        and not (rows[stop].para and rows[stop].bold != rows[i].bold)  # a bold title, then the text under it
    ):
        stop += 1
    text = _join([r.text for r in rows[i:stop]])
    m = rules.minutes.match(text)
    if not m or rules.minutes_reference.match(text):
        return None  # (or the minutes of an earlier meeting, approved)
    heading = _heading_above(rows, i)
    body = _clean_body(m["body"], rules)
    named = re.sub(r"\s+held$", "", text[: m.start("rest")].strip(), flags=re.I)
    electors = rules.meeting_body.search(named)  # "MINUTES OF THE ANNUAL PARISH MEETING held on ..."
    body = _title_case(electors.group(0)) if electors else body
    if not _names_body(body, rules):
        body = next((h for h in reversed(heading) if _names_body(h, rules)), body)
    if side and not _names_body(body, rules):  # the body's name wrapped in the column beside the minutes line
        body = side[0]
    if not body:  # "Minutes of a Meeting held on Thursday 3 June 2021 via Zoom" under the body's name
        body = _window_body(rows, i, _window(rows, i, rules), rules) or ""
    when, venue = _when_and_venue(m["rest"], rules)
    date = _date(when)
    if not body or date is None:
        return None
    # the council named in the heading, each of its columns apart ("Comhairle Contae ..." beside
    # "Glencarra County Council": a bilingual heading)
    pieces = [t for r in rows[i - len(heading) : i] for t in ([t for _, _, t in r.parts] or [r.text])]
    authority = next((a for h in pieces for a in [_authority_in(h, rules)] if a), None) or (side[1] if side else None)
    return _Opening(
        i - len(heading),
        stop,
        _title_case(body),
        date,
        _time(when, rules),
        venue,
        authority,
        _join([r.text for r in rows[i - len(heading) : stop]]),
    )


def _held_opening(rows: list[_Row], i: int, rules: _Rules) -> _Opening | None:
    """ "A regular meeting of the Township of Nipissing Council was held on <date> ..." """
    head = rows[i].text.lower()[:60]
    if "meeting" not in head and " met " not in head:
        return None
    stop = min(i + 4, len(rows))
    text = _join([r.text for r in rows[i:stop]])
    m = rules.held_sentence.match(text)
    if not m:
        return None
    if m["body2"] and not _names_body(m["body2"], rules):
        return None  # "The Chair met on ...": a body meets, a person does not open minutes
    when, venue = _when_and_venue(m["rest"] if m["rest"] is not None else m["rest2"], rules)
    date = _date(when)
    if date is None and m["body2"]:
        return None  # "The Council met at 9:34 a.m.": the meeting already opened above
    if date is None:  # the date is in the title block instead: "Minutes / 16 May 2023 / A regular meeting ..."
        dated = _window_date(rows, i, _window(rows, i, rules))
        date = dated[0] if dated else None
    body = _clean_body(m["body"] or m["body2"], rules)
    if date is None or not body or len(body.split()) > 12:
        return None
    authority = _authority_before(rows, i, rules)
    return _Opening(i, i + 1, _title_case(body), date, _time(when, rules), venue, authority, text)


def _window(rows: list[_Row], i: int, rules: _Rules) -> tuple[int, int]:
    """The title block around line i: lines on its page, up to the first attendance label or item."""
    lo = i
    while lo > 0 and i - lo < rules.title_window and rows[lo - 1].page == rows[i].page:
        lo -= 1
    hi = i + 1
    while (
        hi < len(rows)
        and hi - i <= rules.title_window
        and rows[hi].page == rows[i].page
        and not _label_of(rows[hi].text, rules)
        and not _labels_row(rows[hi], rules)
        and not _people_header(rows[hi], rules)  # "Name | Role | Organisation | Attendance"
        and not rules.item_heading.match(rows[hi].text)
        and not rows[hi].text.startswith("•")  # a title block has no bullets
    ):
        hi += 1
    return lo, hi


def _window_opening(rows: list[_Row], i: int, rules: _Rules) -> _Opening | None:
    """A title line saying "Minutes", with the body, date, time and venue in the block around it:
    title lines, "Date: ..." fields or a header table."""
    line = rows[i].text
    title = _title_line(line, rules)
    pair = rules.bilingual_pair.match(title)  # "Cofnodion Cyfarfod Llawn y Cyngor / Minutes of the Full Council"
    halves = [title, pair["first"], pair["second"]] if pair else [title]
    is_title = (
        any(rules.minutes_title.search(h) for h in halves)
        and len(title.split()) <= (28 if pair else 14)  # a title in two languages is twice as long
        and not line.endswith(".")
    )
    # or a header of fields alone: "Meeting | Audit Committee" / "Date | Tuesday 12 March 2024"
    fielded = rules.fields["body"].match(line) and (i == 0 or "body" not in _fields([rows[i - 1].text], rules))
    if not is_title and not fielded:
        return None
    window = _window(rows, i, rules)
    column = _title_column(rows, i, window, rules)
    if column is not rows:  # the title's column alone, else the whole block (its date beside it)
        found = _window_reading(column, i, window, rules)
        if found is not None:
            return found
    return _window_reading(rows, i, window, rules)


def _title_line(line: str, rules: _Rules) -> str:
    """A title line as a title: the first of the fields printed after it ("Action Notes |
    Wednesday 29 November 2023, 14:00 | Room 3, ..."), or a header table's first row, the body
    beside the word "Minutes" ("Audit Committee | Minutes"), as "Audit Committee – Minutes"."""
    cells = line.split(" | ")
    if len(cells) == 2 and rules.minutes_title.fullmatch(cells[1].strip()) and len(cells[0].split()) <= 8:
        return f"{cells[0]} – {cells[1]}"
    return cells[0]


def _window_reading(rows: list[_Row], i: int, window: tuple[int, int], rules: _Rules) -> _Opening | None:
    lo, hi = window
    line = _title_line(rows[i].text, rules)
    fields = _fields([r.text for r in rows[lo:hi]], rules)
    held = next(
        (
            m
            for k in range(i + 1, hi)
            for m in [rules.held_sentence.match(_join([r.text for r in rows[k : k + 4]]))]
            if m
        ),
        None,
    )
    # "Audit Committee: Minutes of Meeting", "... Cabinet – Record of Decisions"
    titled = re.match(r"^(?P<body>.+?)\s*[:\-–]\s*(?:minutes|record\s+of)\b", line, re.I)
    named = _clean_body(titled["body"], rules) if titled else ""
    # "LONDON BOROUGH OF RAVENSMERE Cabinet": its capitals read as a name, so its authority is seen
    named = re.sub(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b", lambda m: _title_case(m.group(0)), named)
    body = (
        fields.get("body")
        or (_clean_body(held["body"] or held["body2"], rules) if held else None)
        or (named if named and _names_body(named, rules) else None)
        or _wrapped_body(rows, i, window, rules)
        or _window_body(rows, i, window, rules)
    )
    date = _date(fields["date"]) if "date" in fields else None
    dated = None if date else _window_date(rows, i, window)
    date = date or (dated[0] if dated else None)
    if not body or date is None:
        return None
    rest = (held["rest"] if held["rest"] is not None else held["rest2"]) if held else ""
    when = fields.get("time") or rest or (dated[1] if dated else line)
    venue = fields.get("venue") or (_when_and_venue(rest, rules)[1] if held else None)
    venue = venue or (_after_time(dated[1], rules) if dated else None)
    authority = _authority_before(rows, i + 1, rules)
    source = _join([r.text for r in rows[lo:hi]])
    return _Opening(lo, hi, _title_case(_tidy(body)), date, _time(when, rules), venue, authority, source)


def _side_column_body(rows: list[_Row], i: int, rules: _Rules) -> tuple[str, str | None] | None:
    """A minutes line printed in a column right of the organisation's and the body's names,
    wrapped ("NHS X Integrated Care Board" | "Minutes of the meeting held on" / "Quality and
    Patient Safety" | "Thursday 16th January 2025" / "Committee" | "Boardroom ..."): the body
    is the left column's lines joined that end on a body's word; the organisation above them is
    its authority."""
    parts = rows[i].parts
    if len(parts) < 2 or not rules.minutes_start.match(parts[-1][2]):
        return None
    x = parts[-1][0]
    left: list[str] = []
    for r in rows[i : i + rules.title_window]:
        if r.page != rows[i].page:
            break
        pieces = [p[2] for p in r.parts if p[0] < x - 15] if r.parts else ([r.text] if r.x1 < x else [])
        if not pieces and left:
            continue
        left += pieces
    # after an organisation's line ("... Integrated Care Board") if there is one, else from the top
    starts = [n for n in range(1, len(left)) if left[n - 1].split()[-1] in rules.body_words] + [0]
    for n in starts:
        for m in range(len(left), n, -1):
            name = _join(left[n:m])
            if _names_body(name, rules) and name.split()[-1] in rules.body_words and not _authority_in(name, rules):
                return _title_case(name), _join(left[:n]) if n else None
    return None


def _title_column(rows: list[_Row], i: int, window: tuple[int, int], rules: _Rules) -> list[_Row]:
    """A title printed in a column of its own beside the organisation's name ("Rakaupara" |
    "Open Minutes" / "District Council" / "Te Kaunihera ..." | "Kaiwhero Community Board" /
    "Date: ..."): the title block is that column, so the rows of the window are read as their
    pieces in it (the other column's text is no part of the meeting's name)."""
    line = rows[i]
    piece = next((p for p in line.parts if rules.minutes_title.search(p[2])), None)
    if piece is None or piece is line.parts[0]:
        return rows
    x = piece[0]
    lo, hi = window
    out = list(rows)
    for k in range(lo, hi):
        r = rows[k]
        near = [p for p in r.parts if abs(p[0] - x) <= 15]
        if r.parts:  # its piece in the title's column, and the pieces right of it ("Date:" | "Thursday ...")
            text = " ".join(p[2] for p in r.parts if p[0] >= x - 15) if near else ""
        else:
            text = r.text if r.x0 >= x - 15 else ""
        out[k] = replace(r, text=text, parts=())
    return out


def _wrapped_body(rows: list[_Row], i: int, window: tuple[int, int], rules: _Rules) -> str | None:
    """The body a minutes line names on the next line of its own column ("Minutes of the" /
    "Board", printed right of the organisation's name): the body is what the line names, and
    the name beside it is the organisation's (its authority, where the rules know it as one)."""
    if not re.search(r"\b(?:of|of\s+the|of\s+a\s+meeting\s+of(?:\s+the)?)$", rows[i].text, re.I):
        return None
    below = [
        r
        for r in rows[i + 1 : window[1]]
        if r.page == rows[i].page and r.x0 < rows[i].x1 and r.x1 > rows[i].x0 and r.x1 > 0
    ]
    if not below:
        return None
    body = _clean_body(f"{rows[i].text} {below[0].text}", rules)
    return body if _names_body(body, rules) else None


def _fields(texts: list[str], rules: _Rules) -> dict[str, str]:
    """Header fields of a title block ("Date: 2nd May 2018", a "Title of Meeting | X" table row)."""
    out: dict[str, str] = {}
    labelled = []
    for n, t in enumerate(texts):
        if not _header_row(t, rules):
            labelled.append(t)
        elif n + 1 < len(texts) and not _header_row(texts[n + 1], rules):
            # "Meeting | Date | Venue" over "Audit Committee | 12/03/2024 | Town Hall": each label its value
            labels, values = t.split(CELL_SEPARATOR), texts[n + 1].split(CELL_SEPARATOR)
            if len(labels) == len(values):
                labelled += [f"{a.strip().rstrip(':')}: {v.strip()}" for a, v in zip(labels, values) if v.strip()]
    for t in (part for text in labelled for part in rules.field_split.split(text)):
        for name, pattern in rules.fields.items():
            m = pattern.match(t)
            if m and name not in out:
                out[name] = _tidy(m["value"].strip(" |"))  # "Date | 10th September 2015" in a table
    return out


def _header_row(text: str, rules: _Rules) -> bool:
    """A table's header row of field labels: every cell a label ("Meeting | Date | Venue | Chair")."""
    cells = text.split(CELL_SEPARATOR)
    return len(cells) >= 2 and all(rules.field_label.fullmatch(c.strip()) for c in cells)


def _window_date(rows: list[_Row], i: int, window: tuple[int, int]) -> tuple[str, str] | None:
    """The first date in the title block (lo, hi) around line i, the minutes line itself first,
    and the line it is printed on (where the time and place may follow it)."""
    lo, hi = window
    for k in [i, *range(i + 1, hi), *range(i - 1, lo - 1, -1)]:
        date = _date(rows[k].text)
        if date:
            return date, rows[k].text
    for k in range(lo, hi - 1):  # a header table's cell wrapped: "Wednesday 12 June" / "2024, 10.00am"
        joined = _join([rows[k].text, rows[k + 1].text])
        date = _date(joined) if re.match(r"^\d{4}\b", rows[k + 1].text) else None
        if date:
            return date, joined
    return None


def _time_or_title(part: str, rules: _Rules) -> bool:
    """A piece of a title line that is only a time ("7pm") or only says these are minutes."""
    return bool(rules.time.fullmatch(part.strip())) or part.strip().lower() in ("minutes", "minute", "draft minutes")


def _after_time(text: str, rules: _Rules) -> str | None:
    """The place printed after the date and time on one line ("Tuesday, March 7, 2023 6:00 PM
    Council Chambers, 100 Main Street", "Wednesday 22 January 2025, 10:00–12:00 | Committee Room 2")."""
    m = rules.time.search(text)
    rest = text[m.end() :] if m else ""
    until = re.match(r"\s*(?:[-–—]|to\b)\s*", rest)
    ends = rules.time.match(rest, until.end()) if until else None
    rest = rest[ends.end() if ends else 0 :].strip(" ,.-–|")
    return rest if rest[:1].isupper() and len(rest.split()) <= 12 and not _date(rest) else None


def _window_body(rows: list[_Row], i: int, window: tuple[int, int], rules: _Rules) -> str | None:
    """The body's name in the title block: the minutes line without its noise, else the nearest
    line that names a body, else a one-word body ("Commission Meeting Minutes") after the title
    line above it ("Lincoln Square Special Service Area #21")."""
    lo, hi = window
    order = [i, *range(i + 1, hi), *range(i - 1, lo - 1, -1)]
    # "Minutes - Trustees Board Meeting - 12/03/2024": the parts that are not the date
    # ("Audit Committee Meeting – Tuesday 12th March 2024 – 7pm – Minutes": nor its time, nor "Minutes")
    undated = [
        " - ".join(p for p in rules.title_date_sep.split(rows[k].text) if not (_date(p) or _time_or_title(p, rules)))
        for k in order
    ]
    names = [(k, _clean_body(text, rules)) for k, text in zip(order, undated)]
    names = [(k, n) for k, n in names if _names_body(n, rules) and not _date(n)]
    whole = [n for k, n in names if len(n.split()) >= 2]
    noun_on_title = names and names[0][0] > lo and _is_title(rows[names[0][0] - 1], rules)
    kind_on_title = noun_on_title and names[0][0] == i and names[0][1].lower() in rules.generic_body_words
    if whole and not kind_on_title:
        return whole[0]
    if noun_on_title:  # "Glenmorven Community Planning Partnership" / "Board Meeting – Minute"
        k, noun = names[0]
        return f"{_title_case(_clean_body(rows[k - 1].text, rules))} {noun}"
    titles = [rows[k].text for k in order if k != i and _is_title(rows[k], rules) and not _date(rows[k].text)]
    return titles[0] if titles else None


def _is_title(row: _Row, rules: _Rules) -> bool:
    t = row.text
    return (row.bold or t.isupper()) and len(t.split()) <= 10 and not t.endswith(".") and not _label_of(t, rules)


def _clean_body(text: str, rules: _Rules) -> str:
    """A body's name without "Minutes of the", "Meeting Minutes", "– Twenty-second Meeting"; of a
    title in two languages, the half that names a body ("Cofnodion Cyfarfod Llawn y Cyngor /
    Minutes of the Full Council Meeting": "Full Council")."""
    text = _tidy(text)
    pair = rules.bilingual_pair.match(text)
    if pair:
        named = [c for half in (pair["first"], pair["second"]) if _names_body(c := _clean_body(half, rules), rules)]
        if len(named) == 1:
            return named[0]
    electors = rules.meeting_body.search(text)  # "MINUTES OF THE ANNUAL PARISH MEETING": the meeting is the body
    if electors:
        return _title_case(electors.group(0))
    for _ in range(3):
        cleaned = _tidy(rules.body_noise.sub("", text))
        if cleaned == text:
            break
        text = cleaned
    return _title_case(text)


def _when_and_venue(rest: str, rules: _Rules) -> tuple[str, str | None]:
    """Split "in the Council Chamber, ... on Wednesday, 24 April 2024." into date text and venue."""
    rest = rules.held_manner.sub("", rest.strip().rstrip("."))  # "held in public on ..."
    m = rules.held_place.match(rest)
    if not m:
        # no date in the sentence (it is in the title above): "at the Village Hall at 7.30pm"
        place = re.match(
            r"^(?:in|at)\s+(?:the\s+)?(?P<venue>.+?)(?:\s+(?:at|from)\s+" + rules.time.pattern + r"|$)", rest, re.I
        )
        return rest, _tidy(place["venue"]) if place else None
    venue, when = m["venue"], m["when"]
    if venue is None:
        # the venue may follow the date and time: "on Tuesday 8 October 2013 at 7.30pm, Horsley Village Hall"
        tail = re.split(r",\s*|\s+(?:at|in)\s+(?:the\s+)?(?=[A-Z])", when, maxsplit=3)
        places = [
            t
            for t in tail[1:]
            if t and not rules.time.fullmatch(t.strip()) and not parse_date(t, default_year=2000) and t[:1].isupper()
        ]
        venue = ", ".join(places) if places else None  # "at County Hall, Northtown, from 10.00 am"
    return when, _tidy(venue) if venue else None


def _title_block_opening(rows: list[_Row], i: int, rules: _Rules) -> _Opening | None:
    """ "Crime & Disorder Scrutiny Committee / Tuesday, 2 April 2019 7.30 pm" or "Body - date"."""
    line = rows[i].text
    parts = rules.body_date_sep.split(line, maxsplit=1)
    if len(parts) == 2 and _names_body(parts[0], rules) and rules.date_line.match(parts[1]):
        body, when, after = parts[0], parts[1], i + 1
    elif _names_body(line, rules) and (dated := _date_below(rows, i, rules)) is not None:
        body, when, after = line, rows[dated].text, dated + 1
    else:
        return None
    date = _date(when)
    if date is None:
        return None
    venue, time = _after_time(when, rules), _time(when, rules)  # "... 10:00–12:00 | Committee Room 2"
    held = rules.minutes.match(rows[after].text) if after < len(rows) else None
    if held:  # "Milburn Parish Council - 3rd September 2019 / Minutes of ... held at the Village Hall at 7.30pm"
        venue = _when_and_venue(held["rest"], rules)[1] or venue
        time = time or _time(held["rest"], rules)
        after += 1
    heading = [h for h in _heading_above(rows, i) if _authority_in(h, rules)]
    authority = _authority_in(heading[-1], rules) if heading else _authority_in(body, rules)
    return _Opening(
        i - len(heading),
        after,
        _title_body(rows, i, body, rules),
        date,
        time,
        venue,
        authority,
        _join([r.text for r in rows[i - len(heading) : after]]),
    )


def _date_below(rows: list[_Row], i: int, rules: _Rules) -> int | None:
    """The date line under a body's name, past a few short title lines ("14th meeting")."""
    for k in range(i + 1, min(i + 2 + rules.title_lines, len(rows))):
        text = rows[k].text
        field = rules.fields["date"].match(text)  # "Date: 12 March 2024"
        if rules.date_line.match(field["value"] if field else text) or _dated_line(text, rules):
            return k
        if len(text.split()) > 6 or text.endswith(".") or _label_of(text, rules) or rules.item_heading.match(text):
            return None
        if _names_body(_title_case(text), rules):
            return None  # "LEEDSHIRE CITY COUNCIL / EXECUTIVE BOARD / date": the body is the line below
    return None


def _dated_line(text: str, rules: _Rules) -> bool:
    """A line that opens with a date and goes on with the time and place ("12th March 2024, 7.00
    pm, Committee Room 1", "Tuesday 12 March 2024 – 6.30pm – Council Chamber")."""
    head = re.split(r"\s*(?:,|\s[-–—|]\s)\s*(?=\D)", text, maxsplit=1)[0]
    return head != text and len(text.split()) <= 14 and rules.date_line.match(head) is not None


def _title_body(rows: list[_Row], i: int, text: str, rules: _Rules) -> str:
    """The body of a title block; "MINUTES OF THE REGULAR MEETING" names none, so the body is
    looked for in the lines around it ("CITY OF LAKEVIEW PLANNING COMMISSION")."""
    body = _clean_body(text, rules)
    return body if _names_body(body, rules) else _window_body(rows, i, _window(rows, i, rules), rules) or body


def _names_body(text: str, rules: _Rules) -> bool:
    """A short line ending in a body noun (and maybe a qualifier in brackets), with no sentence
    punctuation: a meeting body's name."""
    text = re.sub(r"\s+\([^()]{1,30}\)$", "", text.strip())  # a qualifier after the name: "(Hearings)"
    words = text.rstrip(".").split()
    if not words or len(words) > 12 or any(c in text for c in ".;:?!") or not text[:1].isupper():
        return False
    if rules.meeting_body.fullmatch(text.rstrip(".")):
        return True  # "Annual Parish Meeting"
    nouns = {w.title() for w in rules.body_words}
    # "Standards Committee", or a body of a place: "Council of the City of Winnipeg"
    return words[-1].strip(",").title() in nouns or (
        len(words) > 2 and words[0].title() in nouns and words[1].lower() == "of"
    )


def _heading_above(rows: list[_Row], i: int) -> list[str]:
    """Up to three heading lines just above line i on the same page."""
    out: list[str] = []
    j = i - 1
    while j >= 0 and len(out) < 3 and rows[j].page == rows[i].page and rows[j].heading:
        out.insert(0, rows[j].text)
        j -= 1
    return out


def _authority_in(text: str, rules: _Rules) -> str | None:
    m = rules.authority.search(_title_case(text))
    if m is None:
        return None
    name = m.group(0)
    while " " in name and rules.meeting_kind.fullmatch(name.rsplit(" ", 1)[1] + " "):
        name = name.rsplit(" ", 1)[0]  # "City of Wandilla" of "City of Wandilla Ordinary Council Meeting"
    return _tidy(name)


def _qualified(body: str, authority: str | None, rules: _Rules) -> str:
    """A body named only by its kind ("Parish Council", "Regular Council") is the authority's
    own: "Lower Brenchworth Parish Council", "Township of Wexbury Council". A committee printed
    after its authority's name ("Pūriri Bay District Council Community Wellbeing Committee") is
    named by its own name; the authority is kept apart."""
    own = authority or _authority_in(body, rules)
    if own and body.lower().startswith(own.lower() + " "):
        rest = rules.meeting_kind.sub("", body[len(own) + 1 :]).strip()
        if rest and any(w.lower() not in rules.generic_body_words for w in rest.split()):
            return rest  # "London Borough of Ravensmere Cabinet": the Cabinet
        if rest:  # "CITY OF WANDILLA" beside "Ordinary Council Meeting": its Council
            return _qualified(body[len(own) + 1 :], own, rules)
    plain = rules.meeting_kind.sub("", body).strip()
    if not authority or not plain or any(w.lower() not in rules.generic_body_words for w in plain.split()):
        return body
    authority = _title_case(authority)
    if authority.lower().endswith(plain.lower()):
        return authority
    if " of " not in authority:
        return body
    kind, place = authority.split(" of ", 1)
    if len(plain.split()) > 1 and plain.split()[0].lower() == kind.split()[-1].lower():
        return f"{place} {plain}"  # "City of Prairie Hollow" and its "City Commission"
    return f"{authority} {plain}"  # "Township of Wexbury Council", "Regional District of Silverthorn Board"


def _authority_before(rows: list[_Row], i: int, rules: _Rules) -> str | None:
    """The nearest authority named earlier in the document: a pack's front sheet names its council."""
    for j in range(i - 1, -1, -1):
        a = _authority_in(rows[j].text, rules)
        if a:
            return a
    return None


def _date(text: str) -> str | None:
    # superscript ordinals come out detached: "8 th October 2013"
    iso = parse_date(re.sub(r"(\d)\s+(st|nd|rd|th)\b", r"\1\2", text))
    if not (iso and len(iso) == 10) and " / " in text:  # "Nos Lun 10 Mawrth 2025 / Monday 10 March 2025": each language
        return next((d for half in text.split(" / ") if (d := _date(half))), None)
    return iso if iso and len(iso) == 10 else None


def _time(text: str, rules: _Rules) -> str | None:
    m = rules.time.search(re.sub(r"\b\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}", " ", text))
    return m.group(0) if m else None


# --------------------------------------------------------------------------- extent


def _meeting_end(rows: list[_Row], op: _Opening, limit: int, rules: _Rules) -> int:
    """The line after the minutes: their close, the next document's front matter, a new agenda-item stamp."""
    first_stamp = rows[op.start].stamp
    for j in range(op.after, limit):
        text = rows[j].text
        if any(p.search(text) for p in rules.meeting_end_inclusive):
            return j + 1
        if any(p.search(text) for p in rules.meeting_end):
            return j
        # an agenda pack stamps each item's first page; a new stamp starts the next document
        if rows[j].stamp and rows[j].stamp != first_stamp and rows[j].page != rows[j - 1].page:
            return j
    return limit


# --------------------------------------------------------------------------- attendance


def _label_of(text: str, rules: _Rules, heading: bool = False) -> tuple[str, str] | None:
    """(status, the text after the label) for a line that opens with an attendance label. A
    bold line that is only a label is one even without the colon its word may need elsewhere
    ("Attendance" over a table of people)."""
    text = LEADING_BULLET.sub("", text)
    if heading and text.strip(" :").upper() in rules.heading_labels:
        return rules.heading_labels[text.strip(" :").upper()], ""
    for pattern, status in rules.labels:
        m = pattern.match(text)
        if m:
            # a count before the names: "Present: 5 - Mayor Ortiz, ..."
            # "Present were ...", "Apologies were ..."
            rest = rules.label_verb.sub("", text[m.end() :].lstrip(" :|–—-"))
            inner = _label_of(rest, rules) if rest and rest != text else None
            if inner and ":" in rest[: len(rest) - len(inner[1]) + 1]:
                return inner  # "ROLL CALL: Present: Commissioners Smith, ...": the list's own label
            return status, re.sub(r"^\d{1,3}\s*[-–]\s+", "", rest)
    pair = rules.bilingual_pair.match(text)
    if pair and len(pair["first"].split()) <= 5:  # "Yn bresennol / Present: Cllr ..."
        return _label_of(pair["second"], rules, heading)
    return None


def _labels_row(row: _Row, rules: _Rules) -> bool:
    """ "Members" and "Officers" in bold over two columns of names: a row of labels alone."""
    return row.bold and len(row.parts) >= 2 and all(_label_of(t, rules, True) for _, _, t in row.parts)


def _attendance_start(rows: list[_Row], i: int, rules: _Rules) -> int | None:
    summary = False  # a summary of the decisions printed above the attendance lists its items
    for j in range(i, min(i + rules.attendance_within, len(rows))):
        if _label_of(rows[j].text, rules, _label_line(rows, j)) or _people_header(rows[j], rules):
            return j
        if _labels_row(rows[j], rules):
            return j
        summary = summary or bool(rules.decisions_summary.match(rows[j].text))
        m = rules.item_heading.match(rows[j].text)
        if m and _roll_call(m, rules) and j + 1 < len(rows) and _group_label(rows[j + 1].text, rules):
            return j + 1  # "3 PRESENT" over "Councillors: ..." and "Staff: ..."
        if m and _roll_call(m, rules) and j + 1 < len(rows) and _listed_under(rows, j, rules):
            return j  # "2. PRESENT" over "Cr Maree Donnelly, Mayor", a name a line
        if m and j > i and not summary and not _roll_call(m, rules) and not rules.preliminary_items.match(m["title"]):
            return None
    return None


def _listed_under(rows: list[_Row], j: int, rules: _Rules) -> bool:
    """Names, not a sentence, on the line under a roll-call item's heading at line j."""
    nxt = rows[j + 1]
    return (
        nxt.page == rows[j].page
        and not _is_prose(nxt.text, rules)
        and rules.item_heading.match(nxt.text) is None
        and _label_of(nxt.text, rules) is None
        and bool(_people(nxt.text, "present", nxt.page, rules))
    )




def _body_label(text: str, rules: _Rules) -> tuple[str, str] | None:
    """A body's name as a label in the attendance, its people after it ("Brookside Community
    Homes (for Minute 45): Paula Kerrigan (Chief Executive) and ..."): the body and the people,
    who attended for it."""
    m = rules.body_label.match(text)
    if m is None or m["body"].split()[-1] not in rules.body_ends or _is_prose(m["rest"], rules):
        return None
    return m["body"], m["rest"]


def _roll_call(heading: re.Match[str], rules: _Rules) -> bool:
    """An item that takes the attendance ("2. ROLL CALL", "3. Attendance", "3 ATTENDANCE AND
    APOLOGIES"): its lists follow."""
    return _label_of(heading["title"], rules) is not None or bool(rules.attendance_items.match(heading["title"]))


def _attendance(rows: list[_Row], start: int, end: int, rules: _Rules) -> tuple[list[Attendee], int]:
    """People in the attendance blocks from line start; returns them and the first line after."""
    # the table's header row may stand just above its first group's label ("Name | Title |
    # Organisation" / "Members present" / ...)
    header = start - 1 if start > 0 and rows[start - 1].cell and _people_header(rows[start - 1], rules) else start
    label = _label_of(rows[start].text, rules, True)
    if label and not label[1] and start + 1 < end and _people_header(rows[start + 1], rules):
        header = start + 1  # "Attendance" over "Name | Organisation | Present/Apologies"
    table = _people_table(rows, header, end, rules)
    if table is not None:
        return _blocks_below(rows, *table, end, rules)  # "In attendance: ..." under the table
    side = _side_by_side(rows, start, end, rules)
    if side is not None:
        columns, after = side
        people, read = _attendance_blocks(columns, 0, len(columns), rules)
        if read == len(columns):  # every column read as attendance blocks
            return _blocks_below(rows, people, after, end, rules)  # "Also in attendance: ..." under them
    return _attendance_blocks(rows, start, end, rules)


def _blocks_below(
    rows: list[_Row], people: list[Attendee], after: int, end: int, rules: _Rules
) -> tuple[list[Attendee], int]:
    """The people read so far and those of the labelled blocks straight after them, each once."""
    if after < end and _label_of(rows[after].text, rules, _label_line(rows, after)):
        blocks, after = _labelled_blocks(rows, after, end, rules)
        known = {_person_key(q.name) for q in people}
        people = people + [p for block in blocks for p in block if _person_key(p.name) not in known]
    return people, after


PRESENT = frozenset({"present", "virtual"})  # statuses of the meeting's members taking part


def _people_header(row: _Row, rules: _Rules) -> dict[int, str] | None:
    """The columns of a table of people's header row ("Name | Initials | Role | 4 Feb") by what
    they hold (name, initials, role; any other header is the attendance marks'), or None when
    the row is no such header: its first column must name the people, or its second after a
    column of who they are ("Category | Name | Position | Present")."""
    if row.cell is None or len(row.cells) < 2:
        return None
    roles = {
        n: next((role for role, pattern in rules.people_columns if pattern.match(cell.strip(" :"))), "marks")
        for n, cell in enumerate(row.cells)
    }
    if list(roles.values()).count("name") != 1 or not (roles[0] == "name" or roles[0] == "role" and roles[1] == "name"):
        return None
    listed = [_label_of(c, rules, True) for n, c in enumerate(row.cells) if roles[n] != "name" and "/" not in c]
    if any(label and label[0] != "present" for label in listed):
        return None  # "Attendees | Apologies": lists side by side, not a column of marks ("Present/Apologies")
    return roles


def _people_table(rows: list[_Row], start: int, end: int, rules: _Rules) -> tuple[list[Attendee], int] | None:
    """A table of people under its header row, a person a row: the name, the role and initials
    from their columns, the status from the marks column as its key reads it (or the group row
    above: "Trustees", "In attendance"). None when line start is no such header."""
    columns = _people_header(rows[start], rules)
    if columns is None:
        return None
    head = rows[start].cell
    assert head is not None
    table, page = head[0], rows[start].page
    k, status, found = start + 1, "present", []
    grouped = False  # rows under group labels ("Members present", "In attendance") say who is who
    seen: set[int] = set()  # the table's rows read: a row's cells wrapped over lines come once, whole
    while k < end and (rows[k].cell or (-1,))[0] == table and rows[k].page == page:
        row = rows[k]
        number = (row.cell or (0, 0, 0))[1]
        if number in seen:
            k += 1
            continue
        seen.add(number)
        whole = row.row_cells or row.cells
        cells = [c.strip() for c in whole] if whole else [row.text.strip()]
        filled = [c for c in cells if c]
        label = _label_of(filled[0], rules, True) if len(filled) == 1 and cells[0] else None
        if label or (len(filled) == 1 and cells[0] and row.bold):  # a group's row: "In attendance", "Trustees"
            status = label[0] if label else "present"
            grouped = True
        else:
            found.append((row, cells, status))
        k += 1
    key = _legend(rows, start, min(k + 3, end), rules)
    # a table of councillors and officers with no attendance column: an officer's post says
    # they attended, not that they are a member
    name_at = next(n for n, role in columns.items() if role == "name")
    councillors = any(c[name_at].split(" ", 1)[0] in rules.member_titles for _, c, _ in found if len(c) > name_at)
    people = []
    for row, cells, group in found:
        field: dict[str, str] = {}
        mark, marked = "", None
        for n, c in enumerate(cells):  # "Title | Organisation": both the role, in turn
            role = columns.get(n, "marks")
            if not c:
                continue
            if role == "marks":
                says = key.get(c) or _status_cell(c, rules)
                if says or (len(c) <= 3 and not c.isalpha()):
                    mark, marked = c, marked or says
                    continue
                role = "role"  # "Authority", "Organisation / role": another column of who they are, not a mark
            field[role] = f"{field[role]}, {c}" if role == "role" and role in field else c
        status = marked or group
        if group in ("in_attendance", "also_present") and status == "present":
            status = group  # ✓ beside an officer under "In attendance": there, not a member
        name = field.get("name", "")
        note = next((n for n in re.findall(r"\([^()]{2,30}\)", name) if _remote(n, rules)), None)
        if note and status == "present":  # "Nadia Rahman (MS Teams)"
            name, status = _tidy(name.replace(note, " ")), "virtual"
        named = _people(name, status, row.page, rules)
        if len(named) != 1:
            continue
        person = named[0]
        if field.get("role"):
            person = _with_role(person, field["role"])
            if councillors and not mark and not grouped:
                person = replace(person, status=_officer_status(person.status, field["role"], person.name, rules))
        people.append(person)
    if not people:
        return None
    after = k
    while after < end and (rules.legend.match(rows[after].text) or rows[after].text.startswith("(")):
        after += 1
    return people, after


def _legend(rows: list[_Row], lo: int, hi: int, rules: _Rules) -> dict[str, str]:
    """The key to an attendance table's marks, on a line near it: {"✓": "present", "A":
    "apologies", "X": "absent", "V": "virtual"}."""
    for row in rows[max(lo - 3, 0) : hi]:
        m = rules.legend.match(row.text)
        if not m:
            continue
        text = row.text[m.end() :]
        marks = list(rules.legend_mark.finditer(text))
        out = {}
        for n, mark in enumerate(marks):
            meaning = text[mark.end() : marks[n + 1].start() if n + 1 < len(marks) else len(text)]
            status = next((s for s, pattern in rules.legend_statuses if pattern.search(meaning)), None)
            if status:
                out[mark["mark"]] = status
        return out
    return {}


def _attendance_blocks(rows: list[_Row], start: int, end: int, rules: _Rules) -> tuple[list[Attendee], int]:
    blocks, j = _labelled_blocks(rows, start, end, rules)
    people = _once([p for block in blocks for p in block])
    opening = rows[start].text if start < end else ""
    if people and rules.members_attending.match(opening) and not any(p.status in PRESENT for p in people):
        # "In attendance: Cllrs ..." first, and no list of those present: the members, as Irish
        # councils print them ("Officials:" follows)
        people = [replace(p, status="present") for p in blocks[0]] + people[len(blocks[0]) :]
    return people, j


def _labelled_blocks(rows: list[_Row], start: int, end: int, rules: _Rules) -> tuple[list[list[Attendee]], int]:
    """The people under each attendance label from line start, a list a label; and the first
    line after them."""
    blocks: list[list[Attendee]] = []
    people: list[Attendee] = []  # every block's so far
    j = start
    while j < end:
        label = _label_of(rows[j].text, rules, _label_line(rows, j))
        if label is None and j == start and j > 0 and _group_label(rows[j].text, rules):
            heading = _item_heading(rows[j - 1], rules)  # "3 PRESENT" / "Councillors: Cr R Whitfield (Mayor), ..."
            label = ("present", rows[j].text) if heading and _roll_call(heading, rules) else None
        if label is None and j == start and (heading := _item_heading(rows[j], rules)) and _roll_call(heading, rules):
            label = _label_of(heading["title"], rules, True)  # "2. PRESENT" over its names, a name a line
        body_name = None
        if label is None and blocks and (named := _body_label(rows[j].text, rules)):
            body_name, label = named[0], ("in_attendance", named[1])  # "Brookside Community Homes (for ...): ..."
        if label is None:
            break
        status, first = label
        columns = False
        if first and _headed_columns(rows[j], first, rules):
            first, columns = "", True  # "Voting members | Representing": the label heads a table of people
        if not first and j + 1 < end and _column_header(rows[j + 1], rules):
            j += 1  # "Name  Organisation  Role" over a table of people
            columns = len(rows[j].parts) >= 2  # its columns set apart by wide gaps, not rules
        k = _block_end(rows, j + 1, end, rules)
        block = rows[j + 1 : k]
        if people and not first and (not block or all(_is_prose(_name_first(r.text), rules) for r in block)):
            break  # "APOLOGIES FOR ABSENCE" over "It was RESOLVED that ...": the first item, not a list
        # no header, but names and bodies set apart in two columns ("Kieron O'Hara  Southampton University")
        columns = columns or (
            not first and len(block) >= 2 and sum(len(r.parts) >= 2 for r in block) * 5 >= len(block) * 4
        )
        grid = columns and all(_people_grid_row(r, rules) for r in block if len(r.parts) >= 2)
        posts = None if first else _posts_beside(block, rules)
        if posts:  # "Chairperson | Aroha Tane-Whitfield", "Members | Losa Faleolo" / "Priya Raman"
            lines = posts
        elif grid:  # each piece a person, each line ending an entry
            lines = [", ".join(t for _, _, t in r.parts) + "," if r.parts else r.text + "," for r in block]
        else:
            lines = _table_rows_whole(block, rules) or [_cells_of(r) if columns else r.text for r in block]
        lines = [re.sub(r"(?<=\w)\*(?=,|;|\s|$)", " (*)", ln) for ln in lines]  # "Whitlock*": a footnote's mark
        lines, first = [_noted(_starred(ln), rules) for ln in lines], _noted(_starred(first), rules)
        above = _label_wrapped_above(rows, j, rules) if j == start else None
        groups = _embedded_labels(([above] if above else []) + [first] + lines, status, rules)
        # under a label that names them members ("Members present"), officers' posts are members' too
        members = bool(re.search(r"\bmembers?\b", rows[j].text[: len(rows[j].text) - len(first)], re.I))
        blocks.append(
            [p for label, group in groups for p in _block_people(group, label, rows[j].page, rules, members=members)]
        )
        if body_name:  # each one's post at that body: "Chief Executive, Brookside Community Homes"
            blocks[-1] = [replace(p, role=f"{p.role}, {body_name}" if p.role else body_name) for p in blocks[-1]]
        people += blocks[-1]
        j = _skip_notes(rows, k, end, rules)
    return blocks, j


def _posts_beside(block: list[_Row], rules: _Rules) -> list[str] | None:
    """A column of posts beside a column of names ("Chairperson   Aroha Tane-Whitfield", "Members
    Losa Faleolo" / "Priya Raman" / "Hemi Roberts, from 5.20pm"): each name with the post beside
    it or, on a line of the name column alone, the post above, and its note after a comma, as
    "Name (Post, note)". None when the block is set out otherwise."""
    beside = [r for r in block if len(r.parts) == 2]
    if not beside or any(len(r.parts) > 2 for r in block):
        return None
    heads = {w.lower() for w in (*rules.role_heads, *rules.member_titles)} | {"member", "members"}
    if not all(r.parts[0][2].split()[-1].lower() in heads for r in beside):
        return None
    column = beside[0].parts[1][0]
    lines: list[str] = []
    post = ""
    for r in block:
        if len(r.parts) == 2:
            post, text = r.parts[0][2], r.parts[1][2]
        elif post and abs(r.x0 - column) <= 6:
            text = r.text
        else:
            return None
        name, _, note = text.partition(", ")
        lines.append(f"{name} ({post}{', ' + note if note else ''})")
    return lines


def _starred(line: str) -> str:
    """ "* Tom Oduya (Vice-Chair) * Bernadette Kelleher": a mark before each name ("* Denotes
    Member present") parts the names as a comma would."""
    def part(m: re.Match[str]) -> str:
        return ", " if m.start() and line[m.start() - 1] != ":" else " "

    return re.sub(r"^\*\s+|(?<=\S)\s+\*\s+(?=[A-Z])", part, line).strip()


def _noted(line: str, rules: _Rules) -> str:
    """A line of people without the business each attended for ("for Minute 45", "(Minute 46)")
    or a bracketed end of the label wrapped before them ("(Councillors)"), and with how they
    joined in brackets ("- attended virtually" is "(virtually)")."""
    line = rules.remote_dash.sub(lambda m: f" ({m['how']})", line)
    line = rules.roll_answer.sub("", line)  # "Mr. Voss - yes, Mrs. Stroud - yes"
    line = re.sub(r"^\([A-Za-z ,-]{3,30}\)\s+(?=[A-Z])", "", line)  # "In attendance:" / "(Councillors)": the label's
    return rules.item_note.sub("", line)


def _embedded_labels(lines: list[str], status: str, rules: _Rules) -> list[tuple[str, list[str]]]:
    """A block's lines split where a sentence ends and another label begins inside a line
    ("... and Cllr T Upton. Also present were the Clerk, Mrs V Wood."): each part with its status."""
    joined = _join(lines)
    cuts = [
        (m.end(), label)
        for m in CLAUSE_BREAK.finditer(joined)
        if (label := _label_of(joined[m.end() :], rules)) is not None
    ]
    if not cuts:
        return [(status, lines)]
    out = [(status, [joined[: cuts[0][0]].strip()])]
    ends = [at for at, _ in cuts[1:]] + [len(joined)]
    for (_, (label_status, rest)), end in zip(cuts, ends):
        out.append((label_status, [joined[len(joined) - len(rest) : end].strip()]))  # the names after the label
    return out


def _table_rows_whole(block: list[_Row], rules: _Rules) -> list[str]:
    """A ruled table of people, one a row, whose other cells wrap ("Thornbridge Council – Cabinet
    Member for Adults and" / "Health"): each row as one line, its cells joined by " | ", or
    nothing when the block is no such table. A table of people two to a row (Name | Post |
    Name | Post) is read as a person a line, row by row."""
    if not block or any(r.cell is None for r in block) or all(r.cells for r in block):
        return []
    rows: dict[tuple[int, int], dict[int, list[str]]] = {}
    for r in block:
        assert r.cell is not None
        t, n, c = r.cell
        cells = rows.setdefault((t, n), {})
        if r.cells:
            for k, text in enumerate(r.cells):
                cells.setdefault(k, []).append(text)
        else:
            cells.setdefault(c, []).append(r.text)
    width = max(max(cells) for cells in rows.values()) + 1
    # each row's name cells (every other column) as their entries, read once
    names = [{k: _cell_entries(lines) for k, lines in cells.items() if k % 2 == 0} for cells in rows.values()]
    pairs = width >= 4 and width % 2 == 0
    if pairs and all(len(e) == 1 and _is_name(_bare(e[0]).split(), rules) for row in names for e in row.values()):
        return [
            row[k][0] + CELL_SEPARATOR + " ".join(cells.get(k + 1, [])).strip()
            for cells, row in zip(rows.values(), names)
            for k in range(0, width, 2)
            if k in cells
        ]
    if any(len(row.get(0, [])) != 1 or len(cells) < 2 for cells, row in zip(rows.values(), names)):
        return []  # a cell that lists several people a line, or names beside their label: line by line
    return [
        CELL_SEPARATOR.join(" ".join(cells.get(k, [])).strip() for k in range(max(cells) + 1))
        for cells in rows.values()
    ]


def _cell_entries(lines: list[str]) -> list[str]:
    """A cell's lines as its entries: a line in brackets ("(Chair)"), one that closes a bracket
    left open, goes on in lower case or is one word ("Ch Supt Dawn" / "Acheson") carries on the
    entry above."""
    out: list[str] = []
    for ln in lines:
        if out and (
            ln.startswith("(") or out[-1].count("(") > out[-1].count(")") or ln[:1].islower() or " " not in ln.strip()
        ):
            out[-1] = f"{out[-1]} {ln.strip()}"
        else:
            out.append(ln.strip())
    return out


def _bare(text: str) -> str:
    """A name without its bracketed asides: "Neil Garside (for Karen Whitby)" is "Neil Garside"."""
    return re.sub(r"\s*\([^()]*\)", "", text).strip()


def _people_grid_row(row: _Row, rules: _Rules) -> bool:
    """A row of a grid of people, two or three to a line, each piece a titled name ("Councillor
    R. Ashdown (Chairman)   Councillor P. Okafor (Vice-Chairman)"), not a name and its post."""
    titles = (*rules.honorifics, *rules.member_titles)
    return all(text.split(" ", 1)[0] in titles for _, _, text in row.parts)


def _cells_of(row: _Row) -> str:
    """A row of an unruled table as a ruled one reads: its pieces joined by " | ". A row whose
    first cell ran up to the next, so that no gap parts them, parts after the first cell's
    closing bracket ("Cllr Owen Thwaite (substitute for Cllr Tom Faraday) Kingsmere Council")."""
    if len(row.parts) >= 2:
        return CELL_SEPARATOR.join(text for _, _, text in row.parts)
    return re.sub(r"^([^()]+\([^()]+\))\s+(?=[A-Z])", r"\1" + CELL_SEPARATOR, row.text, count=1)


# a group's heading in a list of people: a few capitalised words and a colon ("An Garda Síochána:",
# "Community Representatives:")
_GROUP_HEADING = re.compile(r"(?:[A-ZÀ-Ý][\w’'-]*\s+){0,4}[A-ZÀ-Ý][\w’'-]*:")


def _side_by_side(rows: list[_Row], start: int, end: int, rules: _Rules) -> tuple[list[_Row], int] | None:
    """Attendance lists printed side by side ("Members:" beside "Officials:", "Apologies:"
    further down the left one): when the first line holds two or more labels in columns, the
    lines are read column by column, each column's lines in turn. Returns those lines and the
    first line after the columns; None when the lists are not side by side."""
    table = rows[start].cell
    head = _cell_pieces(rows[start], table) if table else _gap_pieces(rows[start])
    # "Present: | Chairperson: | Alderman P McAleese": a group's label inside a list is no list of its own
    heading = rows[start].bold  # a bold label of one word heads its column ("Members" | "Officers")
    lists = [t for _, t in head or () if _label_of(t, rules, heading) is not None and not _group_label(t, rules)]
    # or one list's label, its first group's heading run on, and other groups' headings beside it
    # ("Members Present: Elected Members:" | "An Garda Síochána:"): one list in columns of groups
    grouped = (
        head is not None
        and len(head) >= 2
        and _label_of(head[0][1], rules, heading) is not None
        and all(_GROUP_HEADING.fullmatch(t) for _, t in head[1:])
    )
    if head is None or (len(lists) < 2 and not grouped):
        return None
    starts = [x for x, _ in head]
    columns: dict[float, list[_Row]] = {}
    cells: dict[float, tuple[int, int, int] | None] = {}  # the cell each column's last line came from
    k = start
    names_bold = True  # names set in bold throughout: there bold ends nothing
    while k < end:
        row = rows[k]
        pieces = _cell_pieces(row, table) if table else _column_pieces(row, starts)
        labels = [_label_of(text, rules) is not None for _, text in pieces] if pieces is not None else []
        if pieces is None or (k > start and row.bold and not any(labels) and not names_bold):
            break  # a heading under the lists
        names_bold = names_bold and (row.bold or any(labels))
        for (column, text), label in zip(pieces, labels):
            # a piece is bold as its row only where the row is bold throughout or it is a label:
            # "Apologies:" in bold beside a plain "Jane Sigley (Ministry of Justice)"
            piece = replace(rows[k], text=text, cells=(), parts=(), cell=None, bold=row.bold and (names_bold or label))
            column_rows = columns.setdefault(column, [])
            same_cell = table and column_rows and cells.get(column) == row.cell and not row.cells
            if same_cell and _wrapped_on(column_rows[-1].text, text):
                # a cell's entry wrapped ("Cllr David Pryce (Deputy Leader; Finance and" / "Resources)")
                column_rows[-1] = replace(column_rows[-1], text=_join([column_rows[-1].text, text]))
            else:
                column_rows.append(piece)
            cells[column] = row.cell
        k += 1
    read = [r for _, c in sorted(columns.items()) for r in c]
    if grouped:  # the groups' headings of the one list ("An Garda Síochána:") are no labels of lists of their own
        read = [r for r in read if not (_GROUP_HEADING.fullmatch(r.text) and _label_of(r.text, rules) is None)]
    return read, k


def _wrapped_on(line: str, text: str) -> bool:
    """Whether text carries on the entry of the line above it in its cell: a bracket left open,
    a line that ends on a joining word or dash, or one that goes on in lower case or figures."""
    last = line.rstrip().rsplit(" ", 1)[-1].lower()
    return (
        line.count("(") > line.count(")")
        or last in {"and", "of", "&", "the", "for", "–", "-", "—"}
        or line.rstrip().endswith((",", "–", "-", "&"))
        or text[:1].islower()
        or text[:1].isdigit()
    )


def _cell_pieces(row: _Row, table: tuple[int, int, int]) -> list[tuple[float, str]] | None:
    """A row of a ruled table as (column, text), or None for a line outside that table."""
    if row.cell is None or row.cell[0] != table[0]:
        return None
    if row.cells:
        return [(float(c), text) for c, text in enumerate(row.cells) if text]
    return [(float(row.cell[2]), row.text)]


def _gap_pieces(row: _Row) -> list[tuple[float, str]] | None:
    """An unruled line's pieces apart by column-wide gaps as (x0, text), or None for one piece."""
    return [(x0, text) for x0, _, text in row.parts] if row.parts else None


def _column_pieces(row: _Row, starts: list[float]) -> list[tuple[float, str]] | None:
    """An unruled line's pieces by the column they start under (each column starts at one of
    `starts`), or None when the line runs across the columns."""
    out = []
    for x0, x1, text in row.parts or ((row.x0, row.x1, row.text),):
        column = max((c for c, x in enumerate(starts) if x <= x0 + 2), default=None)
        if column is None or (column + 1 < len(starts) and x1 > starts[column + 1]):
            return None  # a line that runs across the columns ends them
        out.append((float(column), text))
    return out


def _label_line(rows: list[_Row], j: int) -> bool:
    """Whether line j stands as a label of its own: bold, or set over a table it names
    ("Attendance" in plain type over "Name | Organisation / role | Attendance")."""
    row = rows[j]
    return row.bold or (row.cell is None and j + 1 < len(rows) and rows[j + 1].cell is not None)


def _headed_columns(row: _Row, rest: str, rules: _Rules) -> bool:
    """A label in the first column of a table's header row, the other columns' headings after it
    ("Voting members  Representing"): what follows the label is no one's name."""
    if re.fullmatch(r"(?i)none\.?|nil\.?|n/?a|[-–]", rest.strip()):
        return False  # "Trustees Absent:  None": nobody, not a column's heading
    return len(row.parts) >= 2 and rest == " ".join(t for _, _, t in row.parts[1:]) and _column_header(row, rules)


def _column_header(row: _Row, rules: _Rules) -> bool:
    """A table's header over people: "Name  Organisation  Role", or cells of a few words each
    ("Name | Organisation / role | Attendance"); not a titled name in bold ("Cllr Ann Lee")."""
    return (
        row.bold
        and row.text.split(" ", 1)[0] not in rules.honorifics
        and (len(row.text.split()) <= 5 or len(row.cells) >= 2 and all(len(c.split()) <= 3 for c in row.cells))
        and not _ends_sentence(row.text)
        and not any(c.isdigit() for c in row.text)
    )


def _skip_notes(rows: list[_Row], k: int, end: int, rules: _Rules) -> int:
    """A note between two attendance blocks ("Cllr Edgell left the meeting at 8 pm.") is passed
    over when another label follows within three lines; otherwise the blocks end at k."""
    for j in range(k, min(k + 3, end)):
        if _label_of(rows[j].text, rules, _label_line(rows, j)):
            return j
        if rules.item_heading.match(rows[j].text):
            break
    return k


def _block_end(rows: list[_Row], j: int, end: int, rules: _Rules) -> int:
    """Attendance lines run until an item, a heading, another label, a key to the abbreviations or
    prose. A block whose label line is bold may be bold throughout (names set in bold): there
    bold ends nothing."""
    all_bold = j > 0 and rows[j - 1].bold and j < end and rows[j].bold
    label = rows[j - 1].cell if j > 0 else None
    first = rows[j].cell if j < end else None
    if not (label and first and first[:2] == label[:2] and first[2] != label[2]):
        label = None  # the names are not in the cell beside their label, in its table row
    while j < end:
        r = rows[j]
        if label and r.cell and r.cell[0] == label[0] and r.cell[1] != label[1]:
            return j  # the label's row of a table ends where the next row starts
        if label and r.cell and r.cell[:2] == label[:2]:
            j += 1  # the cell beside the label holds names, whatever its lines look like ("Item 3 – ...")
            continue
        heading = r.bold and not all_bold
        remote = rules.remote_dash.search(r.text)  # "Cllr X (Planning) – attended remotely, did not vote"
        text = r.text[: remote.start()] if remote else r.text
        before, *after = CLAUSE_BREAK.split(text, maxsplit=1)  # "Cllr T Upton. Also present were ..."
        prose = _is_prose(before if after and _label_of(after[0], rules) else _name_first(text), rules)
        if prose and j > 0 and _ends_with_title(rows[j - 1].text, rules):
            prose = False  # "... and Lee. Councilmember" / "Park was absent.": the name goes on
        if prose and j > 0 and after and not _ends_sentence(rows[j - 1].text) and not _is_prose(before, rules):
            prose = False  # "..., Director Janet" / "Whitfield and ... Brennan. Director Kenji Saito was absent."
        labelled = _label_of(r.text, rules, r.bold)
        if labelled and j > 0 and _label_split(rows[j - 1].text, r.text, labelled, rules):
            labelled = None  # "... Mr. Ambler. Also" / "present: Zoning Inspector ...": read on, label and all
        if labelled or _item_heading(r, rules) or heading or prose:
            return j
        if _body_label(r.text, rules):
            return j  # "Westbury Homes (for Minute 3): ..." opens a list of its own
        if rules.legend.match(r.text):
            return j  # "Key: TBC – Tollbridge Borough Council; SP – ...": the abbreviations, not people
        ended = j > 0 and _LIST_END.search(rows[j - 1].text) and not rows[j - 1].text.endswith(_ABBREVIATIONS)
        if ended and not _STATUS_AFTER.match(r.text):  # "... and Lee." / "Councilmember Park was absent." goes on
            return j  # "Apology: Councillor Neil Cowie." / "Councillor Dalgleish, Convener, presiding."
        j += 1
    return j


def _label_split(above: str, text: str, label: tuple[str, str], rules: _Rules) -> bool:
    """A label whose first word ended the line above ("... Mr. Ambler. Also" / "present: ..."):
    the two lines read together give another label, inside the list."""
    words = above.split()
    if not words or not re.search(r"[.;]\s+\S+$", above):
        return False
    joined = _label_of(f"{words[-1]} {text}", rules)
    return joined is not None and joined[0] != label[0]


def _ends_with_title(text: str, rules: _Rules) -> bool:
    """A line that ends on a person's title, their name on the next line ("Councilmember")."""
    words = text.split()
    return bool(words) and (words[-1] in rules.surname_titles or words[-1] in rules.honorifics)


# a list's full stop (after "... (Director of Finance)" too), not an initial's ("J.")
_LIST_END = re.compile(r"(?:[a-z’']{2,}|\))\.$")
_ABBREVIATIONS = ("Ltd.", "Inc.", "Co.", "Corp.", "Bros.", "Dept.", "Assn.", "Jr.", "Sr.", "etc.")


def _item_heading(row: _Row, rules: _Rules) -> re.Match[str] | None:
    """A numbered item heading; a lettered one ("A. CALL TO ORDER") only in bold or capitals,
    so that "M. Rose, Treasurer" is a person."""
    m = rules.item_heading.match(row.text)
    if m and _lettered(m["number"]) and not (row.bold or m["title"].isupper()):
        return None
    if m and rules.numbered_decision.match(m["title"]):
        return None  # "HOSC 25/12 RECOMMENDED that ...": a numbered decision inside the item
    if m and row.text.startswith("(") and not row.bold:
        return None  # "(2) Denotes category of Reserve Member": a note, where "(2) Minutes" in bold is an item
    return m


_NAME_THEN_NOTE = re.compile(r"^(?P<name>(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+)\s+[-–]\s+\S")


def _name_first(text: str) -> str:
    """A line that opens with a name and a dash ("Imran Sheikh – apologies received and
    accepted"): the name, whose note is no sentence of the minutes; other lines as they are."""
    m = _NAME_THEN_NOTE.match(text)
    return m["name"] if m else text


def _titled_entry(line: str, rules: _Rules) -> bool:
    """A line that opens with a person's title or rank ("Cllr", "Ms", "Deputy", "Chief
    Superintendent")."""
    first = line.split()[0] if line.split() else ""
    return (
        first in rules.honorifics
        or first in rules.member_titles
        or any(line.startswith(t + " ") for t in (*rules.surname_titles, *rules.ranks))
    )


def _post_wrapped(lines: list[str], rules: _Rules) -> list[str]:
    """Lines of "Name, Post" with a post wrapped onto a line of its own ("Mr K Dunne, Senior
    Executive Engineer," / "Roads"): the wrapped words back on their entry's line. A line carries
    on the one above when that one holds a name and its post and ends on a comma, and it is a
    few words with no comma and no title of a name of its own."""
    out: list[str] = []
    titles = {*rules.honorifics, *rules.member_titles}
    for ln in lines:
        words = ln.split()
        if (
            out
            and "," not in ln
            and words
            and words[0] not in titles
            and (
                out[-1].rstrip().endswith(",")
                and out[-1].count(",") >= 2
                and len(words) <= 3
                # or a person's entry and its place wrapped: "Chief Superintendent Gráinne Lally," /
                # "Tullaghmore Division", "Superintendent Martin Keogh, Carrickderg" / "District"
                or _titled_entry(out[-1], rules)
                and "," in out[-1]
                and (len(words) == 1 or out[-1].rstrip().endswith(",") and len(words) <= 3)
            )
        ):
            out[-1] = f"{out[-1].rstrip()} {ln.strip()}"
        else:
            out.append(ln)
    return out


def _is_prose(text: str, rules: _Rules) -> bool:
    """A sentence rather than names: several lowercase words outside brackets."""
    bare = re.sub(r"\([^)]*\)?|^[^(]*\)", " ", rules.remote_phrase.sub(" ", rules.attendance_asides.sub(" ", text)))
    lower = [
        w
        for w in re.findall(r"[A-Za-z][\w'-]*", bare)
        if w[0].islower() and w not in {"and", "of", "for", "the", "to", "in", "on"}
    ]
    return len(lower) - sum(w in rules.particles for w in lower) >= 3


_SURNAME = re.compile(r"[A-Z][\w’'-]+(?:\s*\([^()]{1,40}\))?")  # "Blake", "Blake (Chair)"


def _block_people(lines: list[str], status: str, page: int, rules: _Rules, *, members: bool = False) -> list[Attendee]:
    """Names in one block: a comma list wrapped over lines, or one person (and title) per line."""
    lines = [ln for ln in lines if ln.strip()]
    if any(CELL_SEPARATOR in ln for ln in lines):
        return _table_people(lines, status, page, rules, members=members)
    grid = _initials_grid(lines, status, page, rules)
    if grid:
        return grid
    initials = [p.strip(" .") for p in re.split(r"[,;]|\s+and\s+", _join(lines))]
    marks = [re.match(r"^([A-Z]{2,4})(?:\s*\(([^()]{1,40})\))?$", p) for p in initials]
    if len(initials) >= 2 and all(marks):  # "Present CE, HB,GOL,EB.", "Present: AS (Chair), BJ, CB"
        return [Attendee(name=m[1], status=status, page=page, role=m[2]) for m in marks if m]

    if lines and sum(bool(LEADING_BULLET.match(ln)) for ln in lines) * 2 >= len(lines):
        return [p for entry in _bulleted(lines) for p in _entry_people(entry, status, page, rules)]
    lines = _post_wrapped(lines, rules)
    chaired = [rules.in_the_chair.match(ln) for ln in lines]
    if any(chaired) and len(lines) > 1:  # "Councillor J Lewis in the Chair" / "Councillors S Arif, ..."
        # whoever chaired was there, whatever the list it is printed under ("Apologies: ..." /
        # "Cllr Byrne, Cathaoirleach, presided.")
        chair = [
            _with_role(replace(p, status="present"), "Chair")
            for m in chaired
            if m
            for p in _people(m["name"], status, page, rules)
        ]
        rest = [ln for ln, m in zip(lines, chaired) if not m]
        return chair + (_block_people(rest, status, page, rules) if rest else [])
    lines = [rules.list_breaks.sub(lambda m: m.group(0) + ",", ln) for ln in lines]
    # a list wrapped without a comma at the line end: "... Gary O’Leary" / "Barry Simkins, ..."
    lines = [
        ln + ","
        if ln.count(",") >= 2
        and ln[-1:].isalpha()
        and n + 1 < len(lines)
        and not lines[n + 1].startswith("(")  # "..., Democracy Advisor" / "(Tom Ashby)": its holder
        and ";" not in ln  # entries set apart by semicolons: "...; Rosa" / "Villanueva, Clerk"
        and ln.count("(") <= ln.count(")")  # "... Nowak (substitute for Cllr" / "Bryony Watts)"
        and _ends_with_name(ln, rules)
        else ln
        for n, ln in enumerate(lines)
    ]
    joined = _join(lines)
    one_per_line = len(lines) > 1 and (
        all(ln.rstrip().endswith(")") for ln in lines[:-1])  # "Name (Role)"
        # "Name, Role"; "A. Lindqvist, General Manager, Community Services" among them
        or all(
            ln.count(",") == 1 and _has_head(ln.split(",")[1].split(), rules) or _name_post_unit(ln, rules)
            for ln in lines
        )
        and all(ln.count("(") == ln.count(")") for ln in lines)  # not a bracket wrapped onto the next line
        or all(DASHED_ENTRY.match(ln) for ln in lines)  # "Name (NI) – Role, Organisation"
        # "Deputy Fergal Ó Dúill TD" / "Chief Superintendent Gráinne Lally, Tullaghmore Division":
        # a name under its title or rank a line, maybe with its place
        or all(_titled_entry(ln, rules) and ln.count(",") <= 1 and len(ln.split()) <= 10 for ln in lines)
        # "Cr Maree Donnelly, Mayor" / "Cr Ellen Saddler": a titled name a line, some with a post
        or all(
            ln.split()[0] in rules.honorifics
            and len(ln.split()) <= 12
            and (
                ln.count(",") == 0 and len(ln.split()) <= 5
                or ln.count(",") == 1 and _has_head(ln.split(",")[1].split(), rules)
            )
            for ln in lines
        )
    )
    listed = re.search(r"[,;]", re.sub(r"\([^)]*\)", "", joined)) or re.search(r"\s(?:and|&)\s", joined)
    groups = [joined] if len(lines) <= 1 or (listed and not one_per_line) else lines
    groups = _labelled_groups(lines, rules) or groups  # "Chairperson: ..." / "Aldermen: ..." / "Councillors: ..."
    # entries set apart by semicolons, each a name and its post after a dash: "Carys Lloyd (CL) –
    # Clerk; County Cllr Mared Ellis (ME); PCSO Dafydd Owen (DO) for the police report"
    groups = [p.strip() for g in groups for p in (g.split(";") if DASHED_ENTRY.match(g) else [g]) if p.strip()]
    people: list[Attendee] = []
    for text in groups:
        if DASHED_ENTRY.match(text) and (text is not joined or "," not in text):
            people += _entry_people(text, status, page, rules)  # "Dr Imran Qureshi (IQ) – GP Lead, Fenmoor PCN"
            continue
        # "A. Lindqvist, General Manager, Community Services", "N. Birch, Director City Planning"
        if one_per_line and text.rstrip(",").count(",") in (1, 2):
            posts = _entry_posts(text.rstrip(" .;,"), status, page, rules)
            if len(posts) == 1:
                people += posts
                continue
            name, _, place = text.rstrip(" .;,").partition(",")
            titled = _titled_entry(text, rules) and not _titled_entry(place.strip(), rules)
            named = _people(name, status, page, rules) if titled else []
            if len(named) == 1 and 0 < len(place.split()) <= 5:
                # "Superintendent Martin Keogh, Carrickderg District": the person and where they serve
                people.append(_with_role(named[0], place.strip()))
                continue
        group_status = status
        # "Councillors: Conrad Broadley", "Cllrs J Moss, K Hall": a plural label needs no colon
        m = rules.group_label.match(text)
        # not a plural title over bare surnames: "Councillors Blake (Chair), Hay and Morris" (the title is each one's)
        surnames = bool(
            m
            and m.group(1) in rules.plural_titles
            and ":" not in m.group(0)
            and re.match(r"[A-Z][\w’'-]+\s*(?:\(|,|and\b|&|$)", text[m.end() :])
        )
        if m and not surnames and m.group(1) in rules.group_labels and (":" in m.group(0) or m.group(1).endswith("s")):
            group_status = rules.group_labels[m.group(1)] or status
            text = text[m.end() :]
        people += _people(text, group_status, page, rules)
    return people




def _label_wrapped_above(rows: list[_Row], j: int, rules: _Rules) -> str | None:
    """The names beside the first line of a label wrapped over two lines of its column
    ("Committee Members  Councillor D. Okafor (Chair)" / "Present:  Councillor S. Beaulieu-Hart"),
    or None."""
    above = rows[j - 1] if j > 0 else None
    if above is None or len(above.parts) < 2 or not rows[j].parts or above.page != rows[j].page:
        return None
    head, label = above.parts[0][2], rows[j].parts[0][2]
    if ":" in head or not _label_of(f"{head} {label}", rules):
        return None
    return " ".join(text for _, _, text in above.parts[1:])


def _group_label(text: str, rules: _Rules) -> bool:
    m = rules.group_label.match(text)
    return bool(m and ":" in m.group(0) and m.group(1) in rules.group_labels)


def _labelled_groups(lines: list[str], rules: _Rules) -> list[str]:
    """A block whose lines open with group labels, two or more ("Chairperson: Alderman P
    McAleese" / "Aldermen: J Gilmore and S Kerr" / "Councillors: A Boyle, ..., L" /
    "McCartan-Reid and D O'Neill"): each label's lines, joined, are a group of their own."""
    lines = [ln for ln in lines if not ln.startswith("*")]  # "*attended remotely": the footnote to the marks
    # (its colon, or a titled name straight after it: "Deputy Chairperson Cr Bruce Tomlinson")
    starts = [
        n
        for n, ln in enumerate(lines)
        if (m := rules.group_label.match(ln))
        and (":" in m.group(0) or m.group(1) in rules.group_labels and _titled_entry(ln[m.end() :], rules))
    ]
    # one label under the block's first line ("Chair: Cllr A" / "Councillors: B, C") makes two groups
    if not starts or len(starts) < 2 and starts[0] != 1:
        return []
    bounds = ([0] if starts[0] else []) + starts + [len(lines)]
    return [_join(lines[a:b]) for a, b in zip(bounds, bounds[1:])]


def _bulleted(lines: list[str]) -> list[str]:
    """A bulleted list of people, an entry per bullet (wrapped lines joined to theirs)."""
    entries: list[str] = []
    for ln in lines:
        if LEADING_BULLET.match(ln) or not entries:
            entries.append(LEADING_BULLET.sub("", ln))
        else:
            entries[-1] = _join([entries[-1], ln])
    return entries


def _entry_people(entry: str, status: str, page: int, rules: _Rules) -> list[Attendee]:
    """One entry of a list of people: "Sarah Lee – Chair, Northshire County Council" is one
    person and their role; an entry that lists several is read as a list. "(via Zoom)" after
    someone present says they joined remotely."""
    m = re.match(r"^(?P<name>[^–—]+?)\s+(?:[–—]|-(?=\s))\s*(?P<role>\S.*)$", entry)
    if m:
        found = _people(m["name"], status, page, rules)
        if len(found) == 1:
            person = _with_role(found[0], _tidy(m["role"]))
            remote = person.status == "present" and rules.remote_note.search(m["role"])
            return [replace(person, status="virtual") if remote else person]
    posts = _entry_posts(entry.rstrip(" .;"), status, page, rules) if "," in entry else []
    if len(posts) == 1:
        return posts  # "• Tom Brown, Superintendent, Westshire Police": one person, their post and body
    return _people(entry, status, page, rules)


def _entry_posts(entry: str, status: str, page: int, rules: _Rules) -> list[Attendee]:
    """One entry of a list set apart by semicolons: a person, then their post and body ("Karen
    Lindqvist, County Administrative Officer"; "Area Commander Stuart Petrie, Local Senior
    Officer, Scottish Fire and Rescue Service"), maybe a second person after "and" and a title
    ("Chief Superintendent Lorna McCaig, Divisional Commander, and Chief Inspector Grant Ure,
    Police Scotland"). Nobody when its first part is not one person."""
    out: list[Attendee] = []
    titles = (*rules.honorifics, *rules.ranks, *rules.surname_titles)
    parts = [p.strip() for p in entry.split(",")]
    posts = [p for p in parts[1:] if not (p.startswith("and ") and p[4:].startswith(titles))]
    headed = [p for p in posts if _has_head(p.split(), rules)]
    if not headed or len(posts) - len(headed) > 1:
        return []  # "Cllrs A, B, C and D; Mr E (Org), ...": a list of people, not people and posts
    for n, part in enumerate(parts):
        person = re.sub(r"^and\s+", "", part)
        if n == 0 or (part.startswith("and ") and person.startswith(titles)):
            found = _people(person, status, page, rules)
            if len(found) != 1:
                return []
            out.append(found[0])
        elif part:
            out[-1] = _with_role(out[-1], part)
    return out


# a roll call's clause ending on its people's status: "... and Mayor C present", "D absent (excused)"
_STATUS_AFTER = re.compile(
    r"^(?:(?P<people>\S.*?)\s+(?:(?:was|were)\s+)?(?P<status>present|absent|excused)(?:\s*\((?P<note>[^()]*)\))?"
    r"|(?P<status2>present|absent|excused)\s+(?:was|were)\s+(?P<people2>\S.*?))\s*\.?$",
    re.I,
)


# where a list of people ends a sentence: "... Brennan. Director Kenji Saito was absent.", "... LLP. Seven ..."
_PEOPLE_SENTENCE_END = re.compile(r"(?:(?<=[a-z)])|(?<=[A-Z]{2}))\.\s+(?=[A-Z])")


def _said_status(m: re.Match[str], status: str, rules: _Rules) -> str:
    """The status a roll call's clause ends on ("... present", "absent (excused)"), else status."""
    return rules.status_cells.get((m["status"] or m["status2"]).upper()) or status


def _post_then_name(seg: str, rules: _Rules) -> re.Match[str] | None:
    """"Chief Executive (Gareth Pryor)": an officer's post, then its holder's name."""
    m = rules.post_then_name.match(seg)
    if not m or not any(w in rules.officer_heads or w in rules.role_heads for w in m["role"].split()):
        return None
    _, name, role = _person(m["role"], rules)
    if name is None or (role and m["role"].startswith(role) and not _is_rank(role, rules)):
        return m  # not "Kath Donald Strategic Manager (Community Safety Unit)", "Inspector Craig West (Kent Police)"
    return None


def _untitled(person: Attendee, rules: _Rules) -> Attendee:
    """A name printed after a short title that is not part of it ("Cr Ellen Daintree"): the
    title goes to the role when the role is empty (meetings.yml dropped_titles)."""
    first, _, rest = person.name.partition(" ")
    if first in rules.dropped_titles and len(rest.split()) >= 2:
        return replace(person, name=rest, role=person.role or first)
    return person


def _joined_remotely(person: Attendee, rules: _Rules) -> Attendee:
    """Someone there whose role, or a part of it, says they joined remotely ("Cr Priya Ramanathan
    (via audio-visual link)", an officer "(virtually)") attended virtually."""
    there = person.status in ("present", "in_attendance", "also_present")
    # the note may be one part of the role: "attended remotely, Holmbridge District Council"
    parts = person.role.split(", ") if person.role else []
    if there and any(rules.remote_note.search(f"({part.strip('()')})") for part in parts):
        return replace(person, status="virtual")
    return person


def _noted_status(person: Attendee, rules: _Rules) -> Attendee:
    """Someone under "Apologies / absent" whose note says which ("Jonathan Reyes – absent, no
    apologies received"): the note's first word, where it is a status, is theirs."""
    first = (person.role or "").split(",")[0].strip().upper()
    found = rules.status_cells.get(first)
    if person.status in ("apologies", "absent") and found in ("apologies", "absent"):
        return replace(person, status=found)
    return person


def _ends_with_name(line: str, rules: _Rules) -> bool:
    """A list line that ends with a whole name ("..., Gary O’Leary"), not a first name whose
    surname wrapped to the next line ("... and Dave" / "Yemm.", "Councilmembers Karen" /
    "Lindqvist", "Finance Director Miguel" / "Santos": a title or post, then one name)."""
    entries = [e.split() for e in re.split(r",|\s+and\s+|\s+&\s+", line)]
    last = entries[-1]
    if any(t.startswith(" ".join(last) + " ") for t in rules.surname_titles):
        return False  # "..., Mayor Pro" / "Tem Janelle Okonjo": a title wrapped
    if len(last) == 2 and (last[0] in rules.honorifics or last[0] in rules.surname_titles):
        # "..., Cr Janice Mollard, Cr Harriet" / "Bellamy, ...": the others give title and both names
        full = [e for e in entries[:-1] if e and e[0] == last[0]]
        if full and all(len(e) >= 3 for e in full):
            return False
    if last and last[-1] in rules.role_heads:
        return False  # "..., Public Works Director" / "Samuel Ortiz, ...": a post, its holder next
    return len(last) >= 2 and last[-2] not in rules.plural_titles and last[-2] not in rules.role_heads


def _table_people(lines: list[str], status: str, page: int, rules: _Rules, *, members: bool = False) -> list[Attendee]:
    """A table of people, a row each: "Mark Burdon | PSNC | Area Rep" (name, then its role). In a
    table of councillors without an attendance column, an officer's post says they attended,
    unless the table's label names them all members ("Members present")."""
    out: list[Attendee] = []
    councillors = not members and any(line.split(" ", 1)[0] in rules.member_titles for line in lines)
    for line in lines:
        cells = [c.strip() for c in line.split(CELL_SEPARATOR)]
        marked = [_status_cell(c, rules) for c in cells[1:]]
        row_status = next((m for m in marked if m), status)  # an "Attendance" column: "Apologies"
        if row_status == "present" and status in ("in_attendance", "also_present"):
            row_status = status  # "Present" under "Officers in attendance": there, not a member
        cells = [cells[0]] + [c for c, m in zip(cells[1:], marked) if not m]
        found = _people(cells[0], row_status, page, rules)
        if len(found) == 1:
            role = ", ".join(c for c in cells[1:] if c)
            person = found[0]
            if councillors and role and not any(marked):
                person = replace(person, status=_officer_status(person.status, cells[1], person.name, rules))
            out.append(_with_role(person, role) if role else person)
        else:
            out += found
    return out


def _status_cell(cell: str, rules: _Rules) -> str | None:
    """The status a table cell gives its row's person ("Present", "Apologies", "Yes", "✓"), if that
    is all the cell says; a mark that adds how they joined ("✓ (MS Teams)") says virtual."""
    status = rules.status_cells.get(cell.strip(" .:").upper())
    if status is None:
        m = re.match(r"^(?P<mark>[^()]{1,12}?)\s*(?P<note>\([^()]{2,30}\))$", cell.strip())
        if m and rules.status_cells.get(m["mark"].strip(" .:").upper()) == "present":
            return "virtual" if _remote(m["note"], rules) else "present"
    return status


def _remote(note: str, rules: _Rules) -> bool:
    """A bracketed note saying someone joined remotely: "(via Zoom)", "(MS Teams)", "(online)"."""
    inner = note.strip("() ")
    return bool(rules.remote_note.search(note) or rules.remote_note.search(f"(via {inner})"))


def _initials_grid(lines: list[str], status: str, page: int, rules: _Rules) -> list[Attendee]:
    """People printed as a grid of "Name INITIALS" pairs, when every line is made of such pairs."""
    found: list[Attendee] = []
    grid = [ln for ln in lines if rules.name_initials.search(ln) and not _tidy(rules.name_initials.sub("", ln))]
    if len(grid) < 2 or len(grid) * 3 < len(lines) * 2:
        return []
    for line in grid:
        found += [Attendee(name=_tidy(m["name"]), status=status, page=page) for m in rules.name_initials.finditer(line)]
    return found


# --------------------------------------------------------------------------- people


def _split_list(text: str) -> list[str]:
    """Split a list of people at commas, semicolons, "and" and a full stop after a bracket
    ("... (local residents). Gareth Lyle (Club Secretary)") outside brackets."""
    parts, depth, cur = [], 0, ""
    tokens = re.split(r"(\(|\)|,|;|\s+and\s+|\s+&\s+|(?<=\))\.\s+(?=[A-Z]))", text)
    for tok in tokens:
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth = max(0, depth - 1)
        if depth == 0 and tok and (tok in ",;" or tok.strip() in {"and", "&", "."}):
            parts.append(cur)
            cur = ""
        else:
            cur += tok
    parts.append(cur)
    return [_tidy(p).rstrip(".") for p in parts if _tidy(p)]


def _people(text: str, status: str, page: int, rules: _Rules) -> list[Attendee]:
    """Whole people from a list: honours rejoined, "Title Name" and "Name Title" split."""
    parts = re.split(rf";|{_PEOPLE_SENTENCE_END.pattern}", text)
    clauses = [_STATUS_AFTER.match(c.strip()) for c in parts]
    sentences = _PEOPLE_SENTENCE_END.split(text)
    if len(sentences) > 1 and not all(clauses):
        # a list, then sentences: "... and Director Samuel Brennan. Director Kenji Saito was
        # absent.", "... of Ellison & Pratt LLP. Seven members of the public attended."
        said = [_STATUS_AFTER.match(c.strip()) for c in sentences]
        if any(said) or any(_is_prose(c, rules) for c in sentences[1:]):
            said_people: list[Attendee] = []
            for sentence, m in zip(sentences, said):
                if m:
                    said_people += _people(m["people"] or m["people2"], _said_status(m, status, rules), page, rules)
                elif not _is_prose(sentence, rules):
                    said_people += _people(sentence, status, page, rules)
            return said_people
    if len(parts) > 1 and all(clauses):
        # "Councilmembers A, B and Mayor C present; Councilmember D absent (excused)": a roll
        # call whose clauses each end on their people's status
        out_of: list[Attendee] = []
        for m in clauses:
            assert m is not None
            people = _people(m["people"] or m["people2"], _said_status(m, status, rules), page, rules)
            note = m["note"]
            out_of += [_with_role(p, f"({note})") if note else p for p in people]
        return out_of
    text = re.sub(r"[;,]?\s+together\s+with\s+", ", ", text)  # "...; together with Mr Kenneth Strachan"
    text = _bodies_bracketed(text, rules)
    entries = [re.sub(r"^and\s+", "", e.strip().rstrip(".")) for e in text.split(";") if e.strip()]
    if len(entries) >= 2 and all("," in e for e in entries):
        listed = [_entry_posts(e, status, page, rules) for e in entries]
        if all(listed):
            return [p for people in listed for p in people]
    out: list[Attendee] = []
    shared = None  # "Councillors Browaty, Eadie and Vandal": each surname is a Councillor
    for seg in _split_list(text):
        seg = rules.styles.sub("", seg).strip()  # "His Worship Mayor Katz"
        aside = rules.attendance_asides.search(seg)  # "PCSO Tom White (TW) for the police report"
        before_aside = seg[: aside.start()].rstrip() if aside else ""
        last = before_aside.rsplit(" ", 1)[-1]  # not inside brackets, nor a post's own "for": "Head for Items"
        if before_aside and not before_aside.endswith("(") and last != "of" and last not in rules.role_heads:
            seg = before_aside.rstrip(" ,;")
        head = seg.split(" ", 1)
        # a surname may have its post in brackets after it: "Councillors Blake (Chair), Hay and Morris"
        if len(head) == 2 and head[0] in rules.plural_titles and _SURNAME.fullmatch(head[1]):
            shared = rules.plural_titles[head[0]]
            seg = f"{shared} {head[1]}"
        elif shared and _SURNAME.fullmatch(seg):
            seg = f"{shared} {seg}"
        else:
            shared = None
        if len(head) == 2 and head[0] in rules.group_labels and len(re.sub(r"\([^)]*\)", "", head[1]).split()) >= 2:
            seg = head[1]  # "Mayor Ann Lee and Councillors Bob Hart": the group word is no title
        honour, role_after = _split_brackets(seg)
        if out and honour in rules.honours:
            prev = out[-1]  # "Mrs T Dean, MBE" and "Mr P M Hill, OBE (Chairman)" are one person each
            out[-1] = replace(prev, name=f"{prev.name}, {honour}")
            out[-1] = _with_role(out[-1], role_after) if role_after else out[-1]
            continue
        if out and seg.isupper() and len(seg) <= 4 and " " not in seg:
            out[-1] = _with_role(out[-1], seg)  # "Christina McDonagh, PC": a title after the name
            continue
        named = rules.post_holder.match(seg) or _post_then_name(seg, rules)
        if named:
            inner = _person(named["name"], rules)  # "The Chairman (Councillor G Hall)": the post, then who holds it
            if inner[1]:
                out.append(Attendee(name=inner[1], status=status, role=named["role"], page=page))
                continue
        lead_role, name, role = _person(seg, rules)
        post = role  # a post printed after the name ("Jane Lee, Director of Finance"), not a member's title before it
        if lead_role and name and out and out[-1].role is None and name.split()[-1] in rules.unit_words:
            out[-1] = _with_role(out[-1], f"{lead_role} {name}")  # "Naomi Birch, Director City Planning"
            continue
        if lead_role and out and out[-1].role is None and not _is_rank(lead_role, rules):
            out[-1] = _with_role(out[-1], lead_role)  # "Mick Ratford, Treasurer Karen Butt, ..."
        elif lead_role:
            role = f"{lead_role} {role}" if role and role.startswith("(") else (role or lead_role)
        if name is None:
            if out and (lead_role or role) and out[-1].role is None:
                out[-1] = _with_role(out[-1], role or lead_role or "")
            continue
        out.append(Attendee(name=name, status=_officer_status(status, post, name, rules), role=role, page=page))
    return out


def _bodies_bracketed(text: str, rules: _Rules) -> str:
    """A person's organisation after a comma, put in brackets as their role so that no "and"
    inside it parts it into names ("Mrs Doreen Achterberg, Harrowfield Tenants' and Residents'
    Federation"): a part whose last word ends an organisation's name (meetings.yml body_ends)
    and that opens with no title of a person."""
    # "General Counsel Mark Ellison of Ellison & Pratt LLP": a firm after "of", in brackets too
    firm = r"\s+of\s+(?P<org>(?:[A-Z][\w’'.-]*\s+(?:&\s+|and\s+)?){1,5}(?:%s))(?=[\s,;.]|$)"
    text = re.sub(firm % "|".join(map(re.escape, rules.firm_ends)), lambda m: f" ({m['org']})", text)
    parts = re.split(r"(,\s*)", text)
    out = parts[0]
    for sep, part in zip(parts[1::2], parts[2::2]):
        words = part.strip().rstrip(".").split()
        if (
            len(words) >= 2
            and words[-1] in rules.body_ends
            and words[0] not in rules.honorifics
            and words[0] not in rules.member_titles
            and words[0] not in rules.role_heads  # "Rosa Villanueva, Clerk of the Board": a post
            and "(" not in part
            and not re.search(r"\s[–—-]\s", part)  # "Jenny Peachey – Carnegie Trust": the next entry
            and not out.rstrip().endswith(")")
        ):
            out += f" ({part.strip().rstrip('.')})"
        else:
            out += sep + part
    return out


def _with_role(person: Attendee, role: str) -> Attendee:
    if person.role is None:
        return replace(person, role=_tidy(role))
    if re.fullmatch(r"[A-Z]{2,4}", person.role):  # the initials the minutes use: "Alan Pryce (AP) – Member"
        return replace(person, role=f"{_tidy(role)} ({person.role})")
    return replace(person, role=f"{person.role}, {role}")


def _is_rank(role: str, rules: _Rules) -> bool:
    return role in rules.ranks


def _officer_status(status: str, role: str | None, name: str, rules: _Rules) -> str:
    """Someone listed as present with an officer's title (not an honorific) is in attendance."""
    if status != "present" or not role or name.split()[0] in rules.honorifics:
        return status
    words = re.findall(r"[A-Za-z-]+", re.sub(r"\([^)]*\)", " ", role))
    return "in_attendance" if any(w in rules.officer_heads for w in words) else status


def _person(seg: str, rules: _Rules) -> tuple[str | None, str | None, str | None]:
    """(a title printed before the name, the name, the role) of one list entry."""
    dash = re.match(
        r"^(?P<name>(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'.-]*)(?:\s+\((?P<initials>[A-Z]{2,4})\))?\s+[–—-]\s+(?P<role>\S.*)$",
        seg,
    )
    if dash and _is_name(dash["name"].split(), rules):  # "Deborah Cadman – SCC"
        return None, dash["name"], _tidy(_bracketed(dash["role"], dash["initials"]))
    seg, role = _split_brackets(seg)
    seg, also = _split_brackets(seg)  # "Heather Savory (Chair) (HS)": a role, then initials
    role = _bracketed(role, also) if role else also
    seg = re.sub(r"\s*[-–—]\s*$", "", seg)
    tagged = re.match(r"^((?:[A-Z][a-z][\w’'-]*\s+){1,3}[A-Z][a-z][\w’'-]*)\s+([A-Z]{2,4})$", seg)
    if tagged:  # "Helen Lamb HL": a name and the initials the minutes use for her
        seg, role = tagged[1], role or tagged[2]
    titled = re.fullmatch(r"(?P<title>.+?)\s+(?P<surname>[A-Z][a-z’'-]+(?:-[A-Z][a-z]+)?)", seg)
    if titled and titled["title"] in rules.surname_titles:  # "Mayor Katz", "Councilmember Hale"
        return None, seg, role
    rank = next((r for r in rules.ranks if seg.startswith(r + " ")), None)
    if rank:
        seg = seg[len(rank) + 1 :]
    tokens = seg.split()
    lead, tokens = _leading_role(tokens, rules)
    name_tokens, tail = _name_then_role(tokens, rules)
    name = " ".join(name_tokens) if name_tokens and _is_name(name_tokens, rules) else None
    if name is None:
        # no person here: the entry is a title for the one before ("Colin Green, District Manager")
        words = " ".join(tokens) if tokens and not lead and _has_head(tokens, rules) else ""
        return lead, None, _tidy(_bracketed(words, role)) or None
    role = _bracketed(" ".join(tail), role) or None
    if rank:
        role = _bracketed(rank, role)
    return lead, name, _tidy(role) if role else None


def _bracketed(title: str, inner: str | None) -> str:
    """ "Assistant Director" + "Communities" -> "Assistant Director (Communities)", as printed."""
    if not inner:
        return title
    return f"{title} ({inner})" if title else inner


def _split_brackets(seg: str) -> tuple[str, str | None]:
    """ "Mr M Albiston (Director of Adult Social Care (Operations) Kent)" -> name part, role."""
    start = seg.find("(")
    if start < 0:
        return seg, None
    depth, end = 0, len(seg)
    for k in range(start, len(seg)):
        depth += {"(": 1, ")": -1}.get(seg[k], 0)
        if depth == 0:
            end = k + 1
            break
    inner = seg[start + 1 : end - 1].strip()
    rest = _tidy(seg[:start] + " " + seg[end:])
    return rest, inner or None


def _leading_role(tokens: list[str], rules: _Rules) -> tuple[str | None, list[str]]:
    """ "Bookings Secretary Mags Ratford" -> ("Bookings Secretary", ["Mags", "Ratford"])."""
    heads = [k for k, t in enumerate(tokens) if any(w in rules.role_heads for w in t.strip(",").split("-"))]
    # a title of several words ("Mayor Pro Tem Luis Arroyo"), or a plural one before one person
    # wrapped whole ("Councilmembers Karen Lindqvist")
    text = " ".join(tokens)
    titles = [t for t in [*rules.surname_titles, *rules.plural_titles] if text.startswith(t + " ")]
    title = max(titles, key=len, default="")
    if title:
        heads = sorted({*heads, len(title.split()) - 1})
    if not heads or tokens[0] in rules.honorifics:
        return None, tokens
    k = heads[-1]
    rest = tokens[k + 1 :]
    if len(rest) >= 2 and _is_name(rest, rules) and not any(t in rules.role_heads for t in rest):
        lead = " ".join(tokens[: k + 1])
        return rules.plural_titles.get(lead, lead), rest
    return None, tokens


def _name_then_role(tokens: list[str], rules: _Rules) -> tuple[list[str], list[str]]:
    """ "Simon Hookway Assistant Director" -> (["Simon", "Hookway"], ["Assistant", "Director"])."""
    if not _has_head(tokens, rules):
        return tokens, []
    skip = 1 if tokens and tokens[0] in rules.honorifics else 0
    for k in range(skip + 1, len(tokens)):
        if tokens[k] in rules.role_starts and _has_head(tokens[k:], rules) and len(tokens[k - 1]) > 1:
            return tokens[:k], tokens[k:]
    return tokens[: skip + 2], tokens[skip + 2 :]


def _name_post_unit(line: str, rules: _Rules) -> bool:
    """ "A. Lindqvist, General Manager, Community Services": a name, a post ending in a word of
    posts, and the post's department or body; not three people ("..., Vice Mayor Luis Serrano, ...")."""
    parts = [p.strip().split() for p in line.rstrip(",").split(",")]
    if len(parts) != 3 or not all(parts):
        return False
    name, post, unit = parts
    common = any(w.lower() in english_words() for w in unit)  # "Community Services", not "Luis Serrano"
    return _is_name(name, rules) and post[-1] in rules.role_heads and (common or not _is_name(unit, rules))


def _has_head(tokens: Sequence[str], rules: _Rules) -> bool:
    return any(t.strip(",()") in rules.role_heads for t in tokens)


def _is_name(tokens: Sequence[str], rules: _Rules) -> bool:
    """Capitalised words and initials: "Mr P M Hill", "Gurdip Ram Bungar", "Cllr S Mochrie-Cox"."""
    if not tokens or len(tokens) > 6 or any(t in rules.role_heads for t in tokens):
        return False
    words = [t for t in tokens if t not in rules.honorifics]
    if not words or (len(words) < 2 and len(words) == len(tokens)):
        return False
    # a capital of any alphabet opens each word: "Áine", "Øyvind"
    return all(t[:1].isupper() and re.fullmatch(r"[\w’'.-]+", t) or t in rules.particles for t in words)


# --------------------------------------------------------------------------- items


@dataclass
class _Item:
    heading: int
    body: int  # first line of its text
    end: int
    number: str
    title: str
    ref: str | None
    run_on: str = ""  # text printed after the title on the heading line
    bold: bool = False
    motion: bool = False  # a numbered resolution under its mover and seconder


def _find_items(rows: list[_Row], start: int, end: int, rules: _Rules) -> list[_Item]:
    """Numbered headings that continue the meeting's sequence and typography. A first "item"
    that nothing follows ("210 W. Main Street" in the title block) does not start the sequence:
    the longest run from one of the first few headings does."""
    found = first = _item_run(rows, start, end, rules)
    for _ in range(3):
        if sum(not _sub_lettered(it.number) for it in found) != 1 or not first:
            break  # more than one numbered item: a sequence
        first = _item_run(rows, first[0].heading + 1, end, rules)
        if (
            len(first) > len(found) + 1
            and first[0].number.lstrip("0").rstrip(".0") in ("1", "A", "I")  # a sequence starts: "1.", "1.0", "A."
            and all(rows[it.heading].cell is None for it in first)  # not a table's numbered rows
        ):
            found = first
    return found


def _item_run(rows: list[_Row], start: int, end: int, rules: _Rules) -> list[_Item]:
    items: list[_Item] = []
    inner: str | None = None  # the last number of a list that restarted at 1 inside an item
    inner_mark = ""  # what follows that list's numbers: "." or ")"
    j = start
    while j < end:
        m = _item_heading(rows[j], rules)  # "A. Smith said ...": a letter opens an item only on a heading line
        gap = m.string[m.end("number") : m.start("title")] if m else ""
        if (
            m
            and m["number"][-1:].isdigit()
            and m["title"][:1].isdigit()
            and not (gap.strip() and gap[-1:].isspace())
            and not rules.coded_title.match(m["title"])
            and not (rows[j].bold and re.match(r"(?:19|20)\d\d\s+[A-Z][a-z]", m["title"]))
        ):
            # "2019 2020 2021", "12 345 residents", "6:30 p.m.": not "47. 23/01234/FUL - Land at ..."
            # nor a bold title that opens with a year ("8.1 2025 Preliminary Property Tax Levy")
            m = None
        if m and items and m["number"] == "1" and items[-1].number not in ("", "1"):
            inner, inner_mark = "1", gap.strip()  # "4. Decisions" then "1. ..., 2. ...": the decisions' own list
        elif m and inner is not None and _step(inner, m["number"]) == 1 and inner_mark == gap.strip():
            # the inner list goes on, unless it was marked otherwise than this number ("1)" ... "4)",
            # then "5  Finance" or "5. Community Mental Health Services": the items' numbers)
            inner = m["number"]  # the inner list goes on ("5. Bookfest" after its "4."), not the items
            m = None
        bold_mode = bool(items) and all(it.bold for it in items)
        # lettered sub-items under a numbered section ("3. NEW BUSINESS" / "A. Budget amendment" /
        # "B. ..."): the section's next number follows the section, not its last letter
        section = next((it for it in reversed(items) if not _sub_lettered(it.number)), None)
        sub = (
            m is not None
            and bool(items)
            and m["number"] in ("A", "a", f"{items[-1].number}A", f"{items[-1].number}a")  # "A." or "5A."
            and items[-1].number.isdigit()
            and (rows[j].bold or m["number"][:1].isdigit())
            and _sub_item_title(m["title"], rows[j])
        )
        back = m is not None and bool(items) and _sub_lettered(items[-1].number) and section is not None
        if m and (
            not items
            or sub
            or _follows(items[-1], m, rows[j], bold_mode, rules)
            or (back and _follows(section, m, rows[j], bold_mode, rules))  # type: ignore[arg-type]
        ):
            inner = None
            item = _read_heading(rows, j, end, m, rules)
            if items:
                items[-1].end = j
            items.append(item)
            j = item.body
            continue
        j += 1
    if items:
        items[-1].end = end
    return items


def _heading_items(rows: list[_Row], start: int, end: int, rules: _Rules, capitals: bool = False) -> list[_Item]:
    """Minutes without item numbers: each bold heading line starts an item ("Perfunctory
    Business", "Results of Election"), where the running text is not bold itself. A heading
    wrapped over bold lines is read whole; one printed "Item 9 – Title" keeps its number."""
    span = rows[start:end]
    if not span or sum(r.bold for r in span) * 2 > len(span):
        return []
    items: list[_Item] = []
    for j in range(start, end):
        if not _is_item_heading(rows, j, rules, capitals):
            continue
        if items:
            items[-1].end = j
        k = _heading_end(rows, j, end, rules)
        title = rules.item_time.sub("", LEADING_BULLET.sub("", _join([r.text for r in rows[j:k]])).strip())
        title, _, run_on = title.partition(": ")  # "Disclosure of pecuniary interest: None."
        if run_on and not run_on.endswith((".", "!", "?")) and len(run_on.split()) <= 6:
            title, run_on = f"{title}: {run_on}", ""  # a subtitle: "Pharmacy First: six-month review"
        m = rules.item_heading.match(title)
        number, title = (m["number"], m["title"]) if m and not _lettered(m["number"]) else ("", title)
        alone = re.fullmatch(r"(\d{1,3})[.)]?", rows[j - 1].text.strip()) if j > start else None
        number = number or (alone[1] if alone else "")  # "1." on a line of its own over the title
        inline = rules.item_ref_inline.search(title)  # "Internal audit report (Item 3)": its agenda reference
        ref = inline["ref"] if inline else None
        title = title[: inline.start()] if inline else title
        items.append(_Item(j, k, end, number, title.rstrip(".:"), ref, run_on, True))
    return items


def _heading_end(rows: list[_Row], j: int, end: int, rules: _Rules) -> int:
    """The line after a bold heading and the bold lines that carry it on ("REPORT OF THE /
    EXECUTIVE POLICY COMMITTEE / DATED FEBRUARY 6, 2013")."""
    k = j + 1
    while (
        k < min(end, j + 4)
        and rows[k].bold
        and not rows[k].para
        and rows[k].page == rows[j].page
        and not rows[k - 1].text.endswith((".", ",", ":", ";"))
        and not rows[k].text.endswith((".", ","))
        and len(rows[k].text.split()) <= 12
        and not _item_heading(rows[k], rules)  # "Minute No. 2" under "EXECUTIVE POLICY COMMITTEE MOTIONS"
        and not _owner_tag(rows[k].text, rules)
    ):
        k += 1
    return k


def _is_item_heading(rows: list[_Row], j: int, rules: _Rules, capitals: bool = False) -> bool:
    """A bold line that opens an unnumbered item. Not `_Row.heading` (tried: 5 dev items
    lost): minutes print item titles the layout stage does not read as headings, a bulleted
    bold line ("• New Business"), a run-in title ("Disclosure of pecuniary interest: None.")
    and a long bold title that fills the measure and wraps onto the next line."""
    r = rows[j]
    head = rules.item_time.sub("", r.text).partition(": ")[0]  # "7:02 p.m. – Public comment"
    words = head.split()
    longest = 20 if rules.item_heading.match(head) else 12  # "Item 9 – Settlement of ... Invoice between ..."
    # (bold, or where the minutes number no items, a heading in capitals: "INTERNAL AUDIT REPORT")
    marked = r.bold or (capitals and r.heading and _capitals(r.text) and len(words) >= 2)
    if not marked or not words or len(words) > longest or head.endswith((".", ",", ";")):
        return False
    label = _label_of(r.text, rules)
    if label and (label[1] or j + 1 >= len(rows) or not _is_prose(rows[j + 1].text, rules)):
        return False  # an attendance label, unless a paragraph follows ("APOLOGIES FOR ABSENCE" / "It was ...")
    if _owner_tag(r.text, rules):
        return False  # an action column's owner beside the minute above
    if rules.part_heading.match(head) or (r.cell is not None and r.cell[1] == 0):
        return False  # "Agenda" over the list of business, a table's header row ("Item | Description")
    if _turn(r.text, rules):
        return False  # a speaker's turn in a transcript: "Councillor Swandel: Nine."
    above = rows[j - 1] if j > 0 else None
    if (
        above is not None
        and above.bold
        and above.page == r.page
        and not r.para
        and not above.text.endswith(".")
        and not _owner_tag(above.text, rules)
        and not (above.cell is not None and above.cell[1] == 0)  # a table's header row: "Item | Minute | Action"
    ):
        return False  # the second line of a wrapped heading
    return any(not x.bold for x in rows[_heading_end(rows, j, len(rows), rules) :][:3])


def _owner_tag(text: str, rules: _Rules) -> bool:
    """Initials alone on a line, an action column's owner ("KA", "SL/MW"), not an item's own
    acronym ("AOB")."""
    return bool(OWNER_TAG.fullmatch(text)) and text not in rules.heading_acronyms


def _turn(text: str, rules: _Rules) -> bool:
    """A line that opens a speaker's turn in a transcript: "Mr. Speaker: All those in favour?"."""
    head, sep, _ = text.partition(": ")
    return bool(sep) and _speaker(head, rules)


def _speaker(head: str, rules: _Rules) -> bool:
    """ "Councillor Swandel", "Mr. Speaker", "Mayor Katz": a person named as the one speaking."""
    tokens = head.replace(".", "").split()
    if not 2 <= len(tokens) <= 5:
        return False
    if tokens[0] in rules.honorifics:
        return True
    rest = tokens[1:]  # "Mayor Katz", not "Member Questions"
    return (
        tokens[0] in rules.role_heads
        and all(re.fullmatch(r"[A-Z][a-z’'-]+", t) for t in rest)
        and _is_name(["Mr", *rest], rules)
    )


def _follows(prev: _Item, m: re.Match[str], row: _Row, bold_mode: bool, rules: _Rules) -> bool:
    """The next item continues the sequence (55 -> 56, 19.09.01 -> 19.09.02, 14/037 -> 14/038).

    Where every item so far is bold, a plain line is a numbered paragraph, not an item, unless
    its title is in capitals like theirs ("16. AOB" after "15. ITEMS FOR FUTURE AGENDA").
    """
    number = m["number"]
    run_on = RUN_ON_TITLE.match(m["title"])  # "24/103 Minutes: Resolved: ...": a bold label, plain text
    a, b = re.split(r"[./\s-]", prev.number), re.split(r"[./\s-]", number)  # "CAB 58" -> "CAB 59"
    if bold_mode and not row.bold and not (m["title"].isupper() and prev.title.isupper()) and not run_on:
        # unless a section numbered "6.0" in bold is over its items "6.1", "6.2" in plain type
        first_of_section = "." in number and a[-1] == "0" and a[:-1] == b[:-1] and b[-1] == "1"
        if not (first_of_section and _sub_item_title(m["title"], row)):
            return False
    if "." in number and len(b) == len(a) + 1 and b[:-1] == a and b[-1] == "1":
        return _sub_item_title(m["title"], row)  # "5. Delegations" then "5.1 Delegations - Curling Club"
    if "." in prev.number and len(b) < len(a):  # back from a sub-item: "6.3 ..." then "7. By-laws"
        return b[:-1] == a[: len(b) - 1] and _step(a[len(b) - 1], b[-1]) == 1 and _sub_item_title(m["title"], row)
    if len(a) != len(b):
        return False
    if a[:-1] != b[:-1]:  # the next section, numbered from its start again: 4-B -> 5-A, 19.09.03 -> 19.10.01
        return a[:-2] == b[:-2] and _step(a[-2], b[-2]) == 1 and b[-1].lstrip("0") in {"", "1", "A", "a", "I", "i"}
    step = _step(a[-1], b[-1])
    return step == 1 or (step is not None and 1 < step <= rules.item_gap and a[-1].isdigit() and int(a[-1]) >= 10)


def _sub_item_title(title: str, row: _Row) -> bool:
    """A numbered sub-item's heading, not a numbered paragraph: a short title, no sentence
    ("6.1 Treasurer - 2024 First Quarter Budget Variance Report", not "51.1 The Committee
    considered the report.")."""
    sentence = re.search(r"\b[a-z]{2,}[.!?:;]$", title.rstrip())  # "... considered the report." (not "Ltd.")
    return (row.bold or title[:1].isupper()) and len(title.split()) <= 16 and not sentence


ROMAN = {"I": 1, "V": 5, "X": 10}


def _step(a: str, b: str) -> int | None:
    """How far item number b is past a in their scheme: digits, letters (H -> I) or roman (I -> II)."""
    if a.isdigit() and b.isdigit():
        return int(b) - int(a)
    if len(a) == len(b) == 1 and a.isalpha() and b.isalpha() and ord(b) - ord(a) == 1:
        return 1
    if a[:-1] == b[:-1] and a[:-1].isdigit() and a[-1:].isalpha() and b[-1:].isalpha():
        return ord(b[-1]) - ord(a[-1])  # "5A" -> "5B"
    if set(a + b) <= set(ROMAN):
        return _roman(b) - _roman(a)
    return None


def _roman(text: str) -> int:
    values = [ROMAN[c] for c in text]
    return sum(-v if n + 1 < len(values) and v < values[n + 1] else v for n, v in enumerate(values))


def _lettered(number: str) -> bool:
    return number.isalpha() and len(number) <= 5


def _sub_lettered(number: str) -> bool:
    """A lettered sub-item's number: "A", or its section's number and a letter ("5A")."""
    return _lettered(number) or re.fullmatch(r"\d{1,3}[A-Za-z]", number) is not None


def _read_heading(rows: list[_Row], j: int, end: int, m: re.Match[str], rules: _Rules) -> _Item:
    """Title (wrapped lines joined), printed ref and the line where the item's text starts."""
    title, run_on = _split_run_on(m["title"], rows[j].bold, rules)
    # a table row on one line: "9. Date of next meeting | Thursday 17 April ..." (a bar printed in a
    # title that is no table's, "Karakia Tīmatanga | Opening Karakia", is the title's)
    if CELL_SEPARATOR in title and (rows[j].cell is not None or rows[j].cells or rows[j].parts):
        title, rest = title.split(CELL_SEPARATOR, 1)
        run_on = _join([rest.replace(CELL_SEPARATOR, " "), run_on])
    k = j + 1
    while not run_on and k < end and _continues_title(rows, j, k, rules):
        title = _join([title, rows[k].text])
        k += 1
    ref = None
    inline = rules.item_ref_inline.search(title)
    if inline:
        ref, title = inline["ref"], title[: inline.start()]
    elif k < end and rules.item_ref.match(rows[k].text):
        ref = rules.item_ref.match(rows[k].text)["ref"]  # type: ignore[index]
        k += 1
    title = rules.title_noise.sub("", title).strip().rstrip(".:").strip()
    motion = bool(rules.mover_title.match(title)) and k < end
    if motion:
        title = _motion(rows, k, end)  # "R2023-123 T. Butler, S. Kirkey:" then "That ... Carried."
    return _Item(j, k, end, m["number"], title, ref, run_on, rows[j].bold, motion)


def _motion(rows: list[_Row], k: int, end: int) -> str:
    """The motion under a mover/seconder heading: its lines up to the end of the sentence."""
    stop = k
    while stop < end and stop - k < 6:
        stop += 1
        if _ends_sentence(rows[stop - 1].text):
            break
    text = _join([r.text for r in rows[k:stop]])
    return re.sub(r"\s*\bCarried\s*\.?\s*$", "", text).rstrip(". ")


def _split_run_on(title: str, bold: bool, rules: _Rules) -> tuple[str, str]:
    """ "Apologies for absence : Jess Robinson, ..." -> title and the text run on after it."""
    m = rules.title_run_on.search(title)
    if not m:
        return title, ""
    head, rest = title[: m.start()], title[m.end() :]
    if m.group(0).startswith(".") and _sentence_head(head, rules):
        return title, ""  # "1. The Chair welcomed members. ...": a paragraph's first sentence, no title
    if rest and _label_of(head, rules):
        return head, rest  # "Apologies: Cllr T Ward"
    dash = ":" not in m.group(0) and "." not in m.group(0)  # "Planning – ...", not "Planning: ..." or "Planning. ..."
    if len(head.split()) > 10 or (dash and bold) or not rest:
        return title, ""
    verb = rules.run_on_verbs.search(rest)  # "...: Cllr Fairclough declared a", "...: It was RESOLVED that"
    if not dash and not ("," in rest or len(rest.split()) >= 6 or rest.endswith(".") or verb):
        return title, ""
    long = [w for w in rest.split() if len(w) > 3]
    if long and sum(w[:1].isupper() for w in long) * 3 >= len(long) * 2 and not rest.endswith(".") and not verb:
        # a subtitle: "Damp and Mould in Council Homes: Progress Report and Response to the",
        # "Resolution No. 23-24-31: Second Interim Financial Report, 2023-24"
        return title, ""
    sentence = rest.endswith((".", "!", "?")) or rules.run_on_verbs.search(rest)
    if bold and not dash and len(rest.split()) >= 4 and not sentence:
        return title, ""  # "Finance: management accounts to 31 October 2024 and revised budget forecast"
    return head, rest


def _sentence_head(text: str, rules: _Rules) -> bool:
    """Words that make a sentence rather than a title: opening like one ("The Chair ...", "It
    ...") or holding a verb in the past ("Members discussed the scheme")."""
    words = text.split()
    return bool(words) and (words[0] in rules.sentence_openers or any(w.endswith("ed") and w.islower() for w in words))


def _capitals(text: str) -> bool:
    """A line in capitals: two letters or more, none in lower case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _continues_title(rows: list[_Row], j: int, k: int, rules: _Rules) -> bool:
    """A wrapped title: a bold line under a bold heading, or a short lowercase tail line."""
    r, head = rows[k], rows[j]
    numbered = rules.item_heading.match(r.text)
    if numbered and head.text.rstrip().endswith(",") and r.bold == head.bold and not numbered["number"][0].isdigit():
        numbered = None  # "... (SIX UNITS)," / "LOT 4 ON RP81223, ...": the title's second line, no "LOT 4" item
    if numbered or rules.item_ref.match(r.text) or r.page != head.page:
        return False
    if rules.motion_ref.match(r.text) or rules.moved_line.match(r.text) or rules.seconded_line.match(r.text):
        return False  # "Resolution No. 2024-112", "R24/123 Moved by ..." under the title: the motion's
    if re.match(r"^(?:\(?[a-z]\)|\(?[ivx]{1,4}\)|•)\s", r.text) or rules.sub_item_code.match(r.text):
        return False  # "a) Works Programme", "PH-1 Conditional Use Permit": a sub-item under the title
    if r.cell is not None and r.cell == head.cell and r.bold == head.bold and _cell_beside(rows, k, head.cell):
        # the title's own cell, in its type, the item's text in the cell beside it
        return not r.text.endswith(".") and len(r.text.split()) <= 8
    if r.cell is not None and not r.text[:1].islower():
        return False  # a title in a table cell is its first line
    if r.para and not (head.bold and r.bold and r.cell is None):
        return False
    if rules.table_header.match(r.text) or rules.decision_label.match(r.text.strip()) or _cue(r.text, rules):
        return False  # "Agreed: Trustees approved ..." in bold under a bold title: the decision
    if rules.part_labels.match(r.text.strip()):
        return False  # "OFFICER RECOMMENDATION" under a title in capitals: the report's part
    if _capitals(r.text) and not _capitals(rules.item_heading.sub(r"\g<title>", head.text)):
        return False  # "COUNCIL RESOLUTION", "OFFICER RECOMMENDATION" under a title in mixed case
    if head.bold and r.bold:
        return True  # a bold title wraps onto a bold line, however it is spaced
    nxt = rows[k + 1] if k + 1 < len(rows) else None
    tail_alone = nxt is None or not nxt.text[:1].islower()
    if head.text.endswith((".", ":")) or not tail_alone or r.text.endswith("."):
        return False
    # a plain title that runs to the measure goes on in a short tail of its own, a line that
    # ends no sentence ("... for HVAC Replacement at Alder" / "Elementary School ($1,248,600)")
    if r.text[:1].islower():
        return True
    tail = not head.short and r.short and len(r.text.split()) <= 8 and not r.text.endswith(",")
    # not a motion's or a report's line under the title ("R-2024-125 MOVED Director ...", "File No: F24/1201")
    labelled = ":" in r.text or re.search(r"\b[A-Z]{4,}\b", r.text) or rules.motion_follow.match(r.text)
    return bool(tail and not labelled and not _label_of(r.text, rules))


def _cell_beside(rows: list[_Row], k: int, cell: tuple[int, int, int]) -> bool:
    """Whether the table row of `cell` has text in a column right of it, from line k on (an
    "Item" cell beside its "Notes and decisions" cell)."""
    for r in rows[k : k + 40]:
        if r.cell is None or r.cell[:2] != cell[:2]:
            return False
        if r.cell[2] > cell[2]:
            return True
    return False


# --------------------------------------------------------------------------- meeting


def _initials_keyed(rows: list[_Row], people: list[Attendee], rules: _Rules) -> list[Attendee]:
    """People listed by their initials ("Present: AS (Chair), BJ, CB") named in full where the
    minutes give a key to them ("Key: AS – Cllr Alice Smith; BJ – Cllr Bob Jones; ..."); the
    initials go to the role."""
    if not any(re.fullmatch(r"[A-Z]{2,4}", p.name) for p in people):
        return people
    key: dict[str, str] = {}
    for r in rows:
        found = {m["initials"]: _tidy(m["name"]) for m in rules.initials_key.finditer(r.text)}
        if len(found) >= 2:
            key.update(found)
    out = []
    for p in people:
        name = key.get(p.name)
        out.append(replace(p, name=name, role=f"{p.role} ({p.name})" if p.role else p.name) if name else p)
    return out


def _read_meeting(rows: list[_Row], op: _Opening, end: int, rules: _Rules) -> Meeting:
    start = _attendance_start(rows, op.after, rules)
    people, after = _attendance(rows, start, end, rules) if start is not None else ([], op.after)
    if start is not None:
        people, after = _roll_call_after_roster(rows, op.start, people, after, end, rules)
        people = _named_above(rows, op.start, start, people, rules)
        people = _starred_remote(rows[start:after], people, rules)
        people = _named_remote(rows[start:after], people, rules)
        people = _initials_keyed(rows[op.start : after + 2], people, rules)
    if start is not None and any(rules.item_heading.match(rows[k].text) for k in range(op.after, start)):
        after = op.after  # the roll call is itself an item ("1. CALL TO ORDER", "2. ROLL CALL")
    after = _past_agenda(rows, after, end, rules)
    one = rules.item_heading.match(rows[op.start - 1].text) if op.start > 0 else None
    if one and one["number"] in ("1", "1.0", "01") and rows[op.start - 1].page == rows[op.start].page:
        after = op.start - 1  # "1. CALL TO ORDER" over "The regular meeting of ... was called to order ..."
    items = _find_items(rows, after, end, rules)
    if _numbered_paragraphs(items):  # the business is under plain bold headings
        headings = _heading_items(rows, after, end, rules)
        items = headings if len(headings) >= 2 else items
    if len(items) >= 2:  # unnumbered business before the first numbered item ("Welcome")
        before = _heading_items(rows, after, items[0].heading, rules)
        items = before + _capital_sections(rows, items, before, end, rules)
    if len(items) <= 1:  # one "numbered item" alone is more likely an address or a date
        # a heading may stand above the attendance it opens ("Perfunctory Business", then
        # "Commissioners Present: ...")
        first = op.after if start is not None and all(rows[k].bold for k in range(op.after, start)) else after
        headings = _heading_items(rows, first, end, rules)
        if len(headings) < 2:  # no bold headings either: headings in capitals ("INTERNAL AUDIT REPORT")
            headings = _heading_items(rows, first, end, rules, capitals=True)
        items = headings if len(headings) > len(items) else items
    roles = _column_roles(rows[op.start : end], rules)
    filed: list[tuple[str | None, Action, int]] = []
    agenda = [
        _read_item(rows, it, rules, op.date, roles, filed, n) for n, it in enumerate(_run_in_titles(rows, items, rules))
    ]
    agenda = _file_actions(agenda, filed)
    people = _merge_people(people, [p for it in items for p in _people_in_item(rows, it, rules)])
    people = [_noted_status(_joined_remotely(_untitled(p, rules), rules), rules) for p in people]
    agenda = _name_owners(agenda, _initials(people, rules))
    agenda = _post_owners(agenda, people, rules)
    last = rows[end - 1].page if end > op.start else rows[op.start].page
    return Meeting(
        body=op.body,
        page=rows[op.start].page,
        date=op.date,
        time=op.time,
        venue=op.venue,
        authority=op.authority,
        page_end=last,
        source=op.source,
        attendees=tuple(people),
        items=tuple(agenda),
    )


def _starred_remote(rows: list[_Row], people: list[Attendee], rules: _Rules) -> list[Attendee]:
    """People marked with an asterisk that a footnote among the attendance says joined remotely
    ("Councillor G. Whitlock*" / "* attended remotely via Microsoft Teams"): virtual."""
    remote = any(rules.remote_footnote.match(r.text) for r in rows)
    out = []
    for p in people:
        if p.name.endswith("*") or (p.role or "").endswith("*"):
            role = re.sub(r",?\s*\(?\*\)?$", "", p.role or "").strip() or None
            p = replace(p, name=p.name.rstrip("* "), role=role)
            if remote and p.status == "present":
                p = replace(p, status="virtual")
        out.append(p)
    return out


def _named_remote(rows: list[_Row], people: list[Attendee], rules: _Rules) -> list[Attendee]:
    """A sentence among the attendance that says who joined remotely ("Councillors Drummond and
    Innes attended the meeting remotely."): those present by that surname attended virtually."""
    text = _join([r.text for r in rows])
    surnames = {
        name.split()[-1]
        for m in rules.remote_sentence.finditer(text)
        for name in re.split(r",\s*|\s+and\s+", m["names"])
        if name.strip()
    }
    return [
        replace(p, status="virtual") if p.status == "present" and p.name.split()[-1] in surnames else p
        for p in people
    ]


def _roll_call_after_roster(
    rows: list[_Row], first: int, people: list[Attendee], after: int, end: int, rules: _Rules
) -> tuple[list[Attendee], int]:
    """A roster of the body's members printed under the title ("BOARD MEMBERS" / "Eileen Park,
    Vice Chair - District 1 ...") and then the roll call taken as an item ("2. ROLL CALL" /
    "Present: Supervisors Whitcomb, Arredondo ... and Chair Tillman"): the roll call says who
    attended, each by the full name the roster gives them."""
    nxt = _attendance_start(rows, after, rules)
    if nxt is None:
        return people, after
    called, stop = _attendance(rows, nxt, end, rules)
    present = [p for p in called if p.status in ("present", "virtual")]
    surnames = [p for p in present if len(_name_words(p.name, rules)) == 1]
    if not present or 2 * len(surnames) < len(present):
        return people, after
    roster = " ".join(r.text for r in rows[first:nxt])
    return [_full_name(p, roster, rules) for p in called], stop


def _named_above(
    rows: list[_Row], first: int, start: int, people: list[Attendee], rules: _Rules
) -> list[Attendee]:
    """Members answering the roll by title and surname ("Mr. Voss", "Mrs. Stroud") where the
    page over the minutes prints the body's members in full (a letterhead's "TRUSTEES" / "Harlan
    Voss" / "Beverly Stroud"): each by the full name printed there, when most of those present
    are named by surname alone."""
    present = [p for p in people if p.status in ("present", "virtual")]
    surnames = [p for p in present if len(_name_words(p.name, rules)) == 1]
    if not present or 2 * len(surnames) < len(present):
        return people
    top = first
    while top > 0 and rows[top - 1].page == rows[first].page:
        top -= 1
    # each piece of each line apart, so that a name is never read across a letterhead's columns
    roster = " | ".join(t for r in rows[top:start] for t in ([t for _, _, t in r.parts] or [r.text]))
    return [_full_name(p, roster, rules) for p in people]


def _name_words(name: str, rules: _Rules) -> list[str]:
    """A name's words after any title: "Vice Chair Park" -> ["Park"], "Mr. Voss" -> ["Voss"]."""
    name = re.sub(r"^(\w+)\.\s", r"\1 ", name)
    words = name.split()
    titles = (t for t in (*rules.surname_titles, *rules.honorifics) if name.startswith(t + " "))
    title = max(titles, key=len, default="")
    return words[len(title.split()) :] if title else words


def _full_name(person: Attendee, roster: str, rules: _Rules) -> Attendee:
    """Someone called by title and surname ("Supervisor Whitcomb") by the full name a roster
    printed earlier gives them ("Dana Whitcomb"), the title kept as their role."""
    words = _name_words(person.name, rules)
    if len(words) != 1:
        return person
    titles = {*rules.honorifics, *(w for t in rules.surname_titles for w in t.split())}
    for m in re.finditer(r"\b((?:[A-Z][\w’'.-]*\s+){1,2})" + re.escape(words[0]) + r"\b", roster):
        given: list[str] = []
        for w in reversed(m.group(1).split()):  # the name-like words just before the surname
            if w in titles or _capitals(w):
                break
            given.insert(0, w)
        if given:
            title = person.name[: -len(words[0])].strip()
            title = "" if title.rstrip(".") in rules.honorifics else title  # "Mr." is no post
            return replace(person, name=f"{' '.join(given)} {words[0]}", role=person.role or title or None)
    return person


def _past_agenda(rows: list[_Row], j: int, end: int, rules: _Rules) -> int:
    """The line after the agenda that minutes may print before their business: its items are
    listed there, not minuted ("Agenda", then a table or list of the items)."""
    while j < end and not rows[j].text.strip():
        j += 1
    if j >= end or not rules.agenda_heading.match(rows[j].text):
        return j
    k = j + 1
    cell = rows[k].cell if k < end else None
    if cell is not None:
        while k < end and (rows[k].cell or (-1,))[0] == cell[0]:
            k += 1
        return k
    while k < end and not (rows[k].bold and rows[k].para):
        k += 1
    return k


def _capital_sections(
    rows: list[_Row], items: list[_Item], before: list[_Item], end: int, rules: _Rules
) -> list[_Item]:
    """The numbered items, with the unnumbered sections in capitals among and after them, where
    the business before the first numbered item was headed so too ("CONSENT CALENDAR", "ITEM 4-A
    ...", "NEW BUSINESS", "ITEM 5-A ...", "ADJOURNMENT"): the minutes head all their business one
    way, numbered or not. Each item then ends where the next begins."""
    if len(before) < 2 or not all(it.title.isupper() for it in before):
        return items
    inside = {k for it in items for k in range(it.heading, it.body)}  # the numbered headings' lines
    sections = [
        it
        for it in _heading_items(rows, items[0].heading, end, rules)
        if it.title.isupper() and not it.number and it.heading not in inside
    ]
    if not sections:
        return items
    merged = sorted(items + sections, key=lambda it: it.heading)
    for it, nxt in zip(merged, merged[1:]):
        it.end = nxt.heading
    merged[-1].end = end
    return merged


def _run_in_titles(rows: list[_Row], items: list[_Item], rules: _Rules) -> list[_Item]:
    """Plain numbered paragraphs that open with their topic ("3. Garda report. Garda Cosgrave
    reported ..."), when most of them do: the topic is the title, the rest the item's text."""
    split = [_run_in(rows, it, rules) for it in items]
    plain = sum(1 for it in items if not (it.bold or it.run_on or it.motion))
    if plain < 2 or sum(1 for s in split if s) * 3 < plain * 2:
        return items
    return [replace(it, title=s[0], run_on=s[1], body=it.heading + 1) if s else it for it, s in zip(items, split)]


def _run_in(rows: list[_Row], it: _Item, rules: _Rules) -> tuple[str, str] | None:
    """The topic an item's first line opens with and the text run on after it, or None."""
    line = rules.item_heading.match(rows[it.heading].text)
    if it.bold or it.run_on or it.motion or line is None:
        return None
    m = rules.run_in_sentence.search(line["title"])
    if m is None:
        return None
    head, rest = line["title"][: m.start()].strip(), line["title"][m.end() :].strip()
    words = head.split()
    if not words or len(words) > rules.run_in_words or len(rest.split()) < 3:
        return None
    if rules.run_in_not_topic.search(head) or len(words[-1]) <= 2 or words[-1] in rules.honorifics:
        return None  # "1. The Chair welcomed members.", "Mr. ...", "J. Smith"
    return head, rest


def _numbered_paragraphs(items: list[_Item]) -> bool:
    """Numbers that run through the minutes' paragraphs rather than head its items: most are
    plain lines that go on as sentences ("1. The Chair welcomed members and noted ..."). A short
    title run on into its text after a colon ("24/103 Minutes: Resolved: ...") is an item's label."""
    prose = [
        not it.bold and not it.motion and (len(it.title.split()) > 10 or bool(it.run_on) and len(it.title.split()) > 5)
        for it in items
    ]
    return len(items) >= 2 and sum(prose) * 2 > len(items)


def _initials(people: list[Attendee], rules: _Rules) -> dict[str, str]:
    """The initials the minutes use for each attendee: printed beside the name ("Helen Laing HL",
    "Dr Andrew Payne, Chair (AP)") or, failing that, made from the name."""
    out: dict[str, str] = {}
    for p in people:
        words = [w for w in re.findall(r"[A-Z][\w’'-]*", p.name) if w not in rules.honorifics]
        printed = re.findall(r"(?:^|\()([A-Z]{2,4})(?:\)|$)", p.role or "")
        made = "".join(w[0] for w in words) if len(words) >= 2 else ""
        for key in printed or [made]:
            if key and key != p.name:
                out.setdefault(key, p.name)
    return out


def _name_owners(items: list[AgendaItem], initials: dict[str, str]) -> list[AgendaItem]:
    """An action's owner given as initials is named: "HL" -> "HL (Helen Laing)", "HL/IK" too."""
    if not initials:
        return items

    def named(owner: str | None) -> str | None:
        parts = re.split(r"\s*(?:/|,|&|\band\b)\s*", owner or "")
        if not owner or not all(part in initials for part in parts):
            return owner
        return f"{owner} ({', '.join(initials[part] for part in parts)})"

    return _owners_named(items, named)


def _owners_named(items: list[AgendaItem], named: Callable[[str | None], str | None]) -> list[AgendaItem]:
    """The items with each action's owner as `named` gives it."""
    return [
        replace(it, actions=tuple(replace(a, owner=named(a.owner)) for a in it.actions)) if it.actions else it
        for it in items
    ]


def _post_owners(items: list[AgendaItem], people: list[Attendee], rules: _Rules) -> list[AgendaItem]:
    """An action's owner given as a post the minutes list someone in ("The Clerk" where "Amanda
    Glew (Clerk)" attended, "the Head of Tenancy Services") is named: "Clerk (Amanda Glew)"."""
    posts: dict[str, list[str]] = {}
    for p in people:
        for part in re.split(r"\s*[,(]\s*", p.role or ""):
            post = part.strip(" )").lower()
            if len(post) > 3 and not re.fullmatch(r"[a-z]{2,4}", post):  # not the person's initials
                posts.setdefault(post, []).append(p.name)

    def named(owner: str | None) -> str | None:
        bare = re.sub(r"^the\s+", "", owner or "", flags=re.I)
        key = bare.lower()
        holders = {n for post, names in posts.items() if post == key for n in names} or {
            n  # "Clerk" is the Town Clerk, not the Deputy Clerk
            for post, names in posts.items()
            if post.endswith(" " + key) and re.split(r"[^a-z]", post, maxsplit=1)[0] not in rules.second_posts
            for n in names
        }
        return f"{bare} ({holders.pop()})" if owner and len(holders) == 1 else owner

    return _owners_named(items, named) if posts else items


def _once(people: list[Attendee]) -> list[Attendee]:
    """Each person once in a status: the Chair in a header field ("Chair: Dr Ruth Okonjo,
    Non-Executive Member") and again in the list under "Present:" is one person, with the
    fuller of the two roles."""
    out: list[Attendee] = []
    for p in people:
        key = (p.status, _full_key(p.name))
        same = next((n for n, q in enumerate(out) if (q.status, _full_key(q.name)) == key), None)
        named = _one_by_surname(p.name, out) if same is None else None
        if named is not None:  # "Cllr Byrne" presiding: "Cllr Aoife Byrne" listed
            if out[named].role is None:
                out[named] = replace(out[named], role=p.role)
            continue
        if same is None:
            out.append(p)
        elif len(p.role or "") > len(out[same].role or ""):
            out[same] = replace(out[same], role=p.role)
    return out


def _merge_people(listed: list[Attendee], found: list[Attendee]) -> list[Attendee]:
    """People named in items (apologies, guests welcomed) join the list unless already on it;
    apologies recorded in an item take a listed member off those present (a header listing
    the whole board, then "Apologies were received from ...")."""
    out = list(listed)
    for p in found:
        key = _person_key(p.name)
        same = [n for n, q in enumerate(out) if _person_key(q.name) == key]
        named = _one_by_surname(p.name, out) if not same else None
        if named is not None:  # "Cllr Rasbridge (work commitment)": "Cllr Helen Rasbridge" listed
            same = [named]
        if not same:
            out.append(p)
        elif p.status == "apologies" and out[same[0]].status == "present":
            q = out.pop(same[0])
            out.append(replace(q, status="apologies"))
    return out


def _full_key(name: str) -> str:
    """A name whole, without its honorific: "Mick Ratford" and "Mags Ratford" are two people."""
    return " ".join(w.lower() for w in re.findall(r"[A-Za-z’'-]+", name) if w not in _HONORIFIC_WORDS)


_HONORIFIC_WORDS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Councillor"})


def _one_by_surname(name: str, people: list[Attendee]) -> int | None:
    """Where `name` is a surname alone ("Cllr Byrne"), the place in `people` of the one person
    of that surname ("Cllr Aoife Byrne"); None for a fuller name, or none or several of it."""
    surname = _full_key(name).split()
    if len(surname) != 1:
        return None
    named = [n for n, q in enumerate(people) if _full_key(q.name).split()[-1:] == surname]
    return named[0] if len(named) == 1 else None


def _person_key(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z’'-]+", name) if w not in _HONORIFIC_WORDS]
    return " ".join(words[-1:]).lower() + "|" + (words[0][0].lower() if words else "")


def _people_in_item(rows: list[_Row], it: _Item, rules: _Rules) -> list[Attendee]:
    """Apologies given in an item, and guests the Chair welcomed to the meeting."""
    text = _join([it.run_on] + [r.text for r in rows[it.body : it.end]])
    page = rows[it.heading].page
    people: list[Attendee] = []
    if re.match(r"apolog", it.title, re.I) and not rules.apology_sentence.search(text):
        people += _apologies_listed(rows, it, rules)
    for m in rules.apology_sentence.finditer(text):
        people += _people(rules.apology_asides.sub("", m["people"]), "apologies", page, rules)
    for m in rules.welcome_sentence.finditer(text):
        people += _people(m["people"], "in_attendance", page, rules)
    return people


def _apologies_listed(rows: list[_Row], it: _Item, rules: _Rules) -> list[Attendee]:
    """The names an "Apologies" item lists, on its heading line or the lines under it, up to
    the first sentence ("None received." names nobody)."""
    lines = [it.run_on] if it.run_on else []
    for r in rows[it.body : it.end]:
        if _is_prose(r.text, rules) or re.match(r"^(?:none|nil|no\b)", r.text, re.I):
            break
        if rules.motion_ref.match(r.text) or rules.moved_line.match(r.text) or rules.seconded_line.match(r.text):
            break  # "Resolution number CWC/2024/036" / "Moved: ...": a motion on the apologies, not a list
        lines.append(r.text)
    people = _people(_join(lines), "apologies", rows[it.heading].page, rules) if lines else []
    return [replace(p, role=_tidy(p.role.lstrip("–- "))) if p.role else p for p in people]


ACTION_COLUMNS = frozenset({"owner", "due"})  # cells no sentence is read from: the action cell's are


def _read_item(
    rows: list[_Row],
    it: _Item,
    rules: _Rules,
    date: str | None,
    roles: dict[tuple[int, int], dict[int, str]],
    filed: list[tuple[str | None, Action, int]],
    n: int,
) -> AgendaItem:
    body = rows[it.body : it.end]
    if it.run_on:
        body = [replace(rows[it.heading], text=it.run_on, bold=False)] + body  # the text run on after the title
    columned = [r for r in body if _role(r, roles)]
    body = [r for r in body if _role(r, roles) not in ACTION_COLUMNS]  # the owner and due cells are no sentences
    votes = _votes(body, rules)
    found = _motion_decision(body, rules) if it.motion else _decisions(body, rules)
    decisions = _attach_votes(found, votes, body)
    stated = _actions(body, rules, date) + _table_actions(body, rules)
    actions, rows_actions = _column_actions(columned, roles, stated, rules, date)
    for action, item in rows_actions:  # an action table's rows: filed once every item is read
        filed.append((item if item and item != it.number and LABEL_CELL.fullmatch(item) else None, action, n))
    return AgendaItem(
        title=it.title,
        page=rows[it.heading].page,
        number=it.number or None,
        ref=it.ref,
        decisions=tuple(decisions),
        actions=tuple(actions),
        votes=tuple(v for v, _ in votes),
    )


def _column_roles(rows: list[_Row], rules: _Rules) -> dict[tuple[int, int], dict[int, str]]:
    """The columns of each table in the minutes that hold an action, its owner, its due date or
    the item it belongs to, by (page, table): a header row that names an action column ("Item |
    Discussion | Action | Owner | By when"). A table carried onto the next page without its
    header keeps the roles of the last one when it has as many columns."""
    heads: dict[tuple[int, int], tuple[str, ...]] = {}
    widths: dict[tuple[int, int], int] = {}
    for r in rows:
        if r.cell is not None:
            key = (r.page, r.cell[0])
            widths[key] = max(widths.get(key, 0), len(r.row_cells), r.cell[2] + 1)
            if r.cell[1] == 0 and r.row_cells:
                heads[key] = r.row_cells
    out: dict[tuple[int, int], dict[int, str]] = {}
    last: tuple[dict[int, str], int] | None = None
    for key in sorted(widths):
        named: dict[int, str] = {}
        for col, text in enumerate(heads.get(key, ())):
            for role, pattern in rules.table_columns:
                # "Owne r": a header cell wrapped mid-word
                if role not in named.values() and (pattern.match(text) or pattern.match(text.replace(" ", ""))):
                    named[col] = role
                    break
        if "status" in named.values():
            last = None  # an action log's progress, not this meeting's actions
        elif "action" in named.values():
            out[key], last = named, (named, widths[key])
        elif last and key not in heads and widths[key] == last[1]:
            out[key] = last[0]
    return out


def _role(row: _Row, roles: dict[tuple[int, int], dict[int, str]]) -> str | None:
    return roles.get((row.page, row.cell[0]), {}).get(row.cell[2]) if row.cell is not None else None


def _column_actions(
    cells: list[_Row],
    roles: dict[tuple[int, int], dict[int, str]],
    found: list[Action],
    rules: _Rules,
    date: str | None,
) -> tuple[list[Action], list[tuple[Action, str | None]]]:
    """An action table's rows: the action cell's text, the owner, due and item cells beside it
    (the item when the table files its actions under the minutes' items). An action cell that
    only names someone ("Clerk", "JS") is the owner of the action the discussion beside it
    states."""
    by_row: dict[tuple[int, int, int], _Row] = {}
    for r in cells:
        if r.cell is not None and r.cell[1] > 0 and r.row_cells:
            by_row.setdefault((r.page, r.cell[0], r.cell[1]), r)
    out: list[tuple[Action, str | None]] = [(a, None) for a in found]
    stated_count = len(out)
    year = int(date[:4]) if date else None
    for (page, table, _), r in by_row.items():
        named = roles[(page, table)]
        text = {role: _cell_text(r.row_cells[c]) for c, role in named.items() if c < len(r.row_cells)}
        what, owner, due_text = text.get("action", ""), text.get("owner") or None, text.get("due") or None
        if not re.search(r"[A-Za-z]{2}", what) or rules.table_none.fullmatch(what):
            continue
        stated = [n for n, (a, _) in enumerate(out) if _same_action(a.text, what) or a.text in what]
        if stated:  # its sentences read as actions ("ACTION 01: NS to circulate ..."): the row's owner and due
            for n in stated:
                a = out[n][0]
                due = parse_date(due_text, default_year=year) if due_text and not a.due_date else None
                shown = a.due_text or (due_text if due else None)
                a = replace(a, owner=a.owner or owner, due_date=a.due_date or due, due_text=shown)
                out[n] = (a, out[n][1])
            continue
        who = re.sub(r"\s*\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b", "", what).strip()  # "AT 31.10.24"
        if not owner and who and _names_only(who, rules):
            last = out[-1][0] if out else None  # the action the discussion beside it states
            if last is not None and last.owner is None:
                due = last.due_date or (parse_date(what, default_year=year) if who != what else None)
                out[-1] = (replace(last, owner=who, due_date=due), out[-1][1])
            continue
        owner = owner or _owner(what, "", rules)
        due = parse_date(due_text, default_year=year) if due_text else None
        if due is None:
            due_text, due = _due(what, rules, date)
        item = (text.get("item") or "").strip(" .") or None
        out.append((Action(text=what, page=page, owner=owner, due_date=due, due_text=due_text), item))
    return [a for a, _ in out[:stated_count]], out[stated_count:]


def _file_actions(agenda: list[AgendaItem], filed: list[tuple[str | None, Action, int]]) -> list[AgendaItem]:
    """Put each row of an action table under its item: where an item's text already states that
    action, the row adds only the owner and due date it lacks; otherwise under the item the row
    names ("Item | Action | Owner | Due"), else the item the table stands in."""
    numbers = {it.number: n for n, it in enumerate(agenda) if it.number}
    for item, action, home in filed:
        stated = next(
            (
                (n, k)
                for n, it in enumerate(agenda)
                for k, a in enumerate(it.actions)
                if _same_action(a.text, action.text)
            ),
            None,
        )
        if stated is not None:
            n, k = stated
            a = agenda[n].actions[k]
            merged = replace(
                a,
                owner=a.owner or action.owner,
                due_date=a.due_date or action.due_date,
                due_text=a.due_text or action.due_text,
            )
            agenda[n] = replace(agenda[n], actions=(*agenda[n].actions[:k], merged, *agenda[n].actions[k + 1 :]))
            continue
        n = numbers.get(item, home) if item else home
        agenda[n] = replace(agenda[n], actions=(*agenda[n].actions, action))
    return agenda


def _same_action(a: str, b: str) -> bool:
    """Two wordings of one action: most of the shorter one's words are in the longer one."""
    words = [set(re.findall(r"[a-z]{3,}", t.lower())) for t in (a, b)]
    small, large = sorted(words, key=len)
    return bool(small) and len(small & large) >= 0.5 * len(small)


def _cell_text(text: str) -> str:
    """A cell's text as read ("30/04/2 024": a number wrapped in a narrow cell is one word)."""
    return re.sub(r"(?<=[\d/.-]\d) (?=\d)", "", text.strip())


def _names_only(text: str, rules: _Rules) -> bool:
    """A cell that names who, not what: "Clerk", "JS", "Cllr Smith / DG"."""
    words = re.split(r"[\s/,&]+", text.strip(" ."))
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w.lower() in {"and", "to"} for w in words if w)


# --------------------------------------------------------------------------- decisions


def _cue(text: str, rules: _Rules) -> str | None:
    return next((kind for p, kind in rules.decision_cues if p.match(text)), None)


def _runs_on(text: str, rules: _Rules) -> bool:
    """A line cut at a joining word: the next line goes on with its sentence ("... seconded by
    Councillor Brown and" / "RESOLVED: That ...")."""
    return text.rstrip().rsplit(" ", 1)[-1].lower() in rules.line_connectors


def _capital_label(text: str) -> bool:
    """A line that opens with its cue as a label in capitals ("RESOLVED: that ..."), which opens
    a decision wherever it stands; not a wrapped sentence's "AGREED to ..."."""
    return bool(re.match(r"^[A-Z]{4,}\s*[:–-]", text))


def _decisions(body: list[_Row], rules: _Rules) -> list[tuple[Decision, int]]:
    """Decisions (with the index of their first line): paragraphs that open with a cue
    ("RESOLVED that ..."), then sentences elsewhere in the item that record one."""
    out: list[tuple[Decision, int]] = []
    covered: set[int] = set()
    for k in range(len(body)):
        points, stop = _agreed_points(body, k, rules)
        out += points  # "The Board agreed:" / "• to approve ...; and" / "• to note ...": a decision a point
        covered.update(range(k, stop))
    for k, r in enumerate(body):
        if k in covered:
            continue
        block = _motion_block(body, k, rules) if rules.moved_line.match(r.text) else None
        if block:
            text, stop = block
            out.append((Decision(text=text, kind="resolved", page=r.page), k))
            covered.update(range(k, stop))
    for k, r in enumerate(body):
        # a lettered or numbered point may open with the cue: "a) Resolved to approve ..."
        # "Decision:" alone over a cue of its own ("RESOLVED: ..."): the label is no decision
        label = rules.decision_label.match(r.text.strip()) and k + 1 < len(body) and _cue(body[k + 1].text, rules)
        # a banner over the business ("RESOLVED ITEMS"): a heading in capitals that decides nothing
        words = r.text.split()
        banner = r.heading and r.text.isupper() and 2 <= len(words) <= 3 and words[-1].isalpha()
        if banner:
            covered.add(k)
        labelled = k > 0 and rules.decision_label.match(body[k - 1].text.strip()) is not None
        kind = None if k in covered or label else _cue(_unmarked(r.text, rules), rules)
        if kind is None and labelled and k not in covered and rules.labelled_decision.match(r.text):
            kind = "resolved"  # "Committee resolution" / "That the report be received."
        # after a sentence, its label or a list's last entry ("• Safer roads" / "AGREED: that ...")
        # or a lettered entry's ("c) Trustees' Expenses Policy" / "RESOLVED: that ..."), or the cue in capitals
        after = (
            k == 0
            or _ends_sentence(body[k - 1].text)
            or labelled
            or bool(LEADING_BULLET.match(body[k - 1].text) or POINT_MARKER.match(body[k - 1].text))
            or (_capital_label(r.text) and not _runs_on(body[k - 1].text, rules))
        )
        if kind and (after or r.para or _new_cell(body[k - 1], r, rules)):
            stop = _decision_end(body, k, rules)
            text = _first_sentence(_unmarked(_join([b.text for b in body[k:stop]]), rules), rules)
            for part in NEXT_DECISION.split(text):  # "Agreed that X. Agreed that Y." are two
                out.append((Decision(text=part, kind=_cue(part, rules) or kind, page=r.page), k))
            covered.update(range(k - 1 if labelled else k, stop))  # and its label, "Decision:"
    text, starts = _text_with_offsets(body, rules)
    sentences = _sentences(text)
    last: tuple[int, int] | None = None  # the last sentence read as a decision: (its sentence, its place in out)
    follows: tuple[int, int] | None = None  # the last sentence a decision ran to, and its place in out
    for n, (sentence, at) in enumerate(sentences):
        line = _line_at(starts, at)
        if follows and n == follows[0] + 1 and line not in covered and rules.motion_follow.match(sentence.strip()):
            # the motion's vote and outcome after it ("Roll call vote: Ayes: ...; Nays: none." /
            # "Motion carried 7-0."): one decision
            decision, k = out[follows[1]]
            out[follows[1]] = (replace(decision, text=f"{decision.text} {sentence.strip()}"), k)
            follows = (n, follows[1])
            continue
        # "(b) Allotments – RESOLVED to increase ...": a lettered point's title, then its decision
        titled = rules.point_title.match(sentence) if POINT_MARKER.match(body[line].text) else None
        if titled and line not in covered and _cue(sentence[titled.end() :], rules):
            sentence = sentence[titled.end() :]
        kind = None if line in covered else _sentence_decision(sentence, rules)
        if kind and last and n - last[0] <= 3 and len(sentence.split()) <= 3 and sentence.rstrip().endswith("."):
            # its outcome a sentence or two after the motion ("... moved its adoption; second by
            # Esparza." / "Roll call vote: ..." / "Resolution adopted."): one decision, the passage
            first, place = last
            decision, k = out[place]
            passage = " ".join(t for t, _ in sentences[first : n + 1])
            out[place] = (replace(decision, text=rules.mover_prefix.sub("", passage)), k)
            last, follows = None, (n, place)
            continue
        if kind and sentence.rstrip().endswith(":"):
            sentence = _with_listed(sentence, sentences[n + 1 :], rules)
        if (
            kind
            and any(p.search(sentence) for p in rules.action_cues)
            and not rules.collective_decision.search(sentence)
            and not rules.proposal.search(sentence)  # "Proposed by X, Seconded by Y and AGREED to recommend ..."
        ):
            kind = None  # "It was agreed that Members be sent the questionnaire" is an action
        if kind:
            sentence = rules.mover_prefix.sub("", sentence)  # "Moved by X, Seconded by Y, THAT ..."
            out.append((Decision(text=sentence, kind=kind, page=body[line].page), line))
            last = follows = (n, len(out) - 1)
    out += _put_questions(body, {k for _, k in out}, rules)
    return _unique_decisions(_superseded(sorted(out, key=lambda dk: dk[1]), rules), body, rules)


def _unmarked(text: str, rules: _Rules) -> str:
    """A decision's line without its point's marker ("(a) ") or its number ("HOSC 25/12  RECOMMENDED
    that ...")."""
    return rules.numbered_decision_mark.sub("", POINT_MARKER.sub("", text))


def _superseded(found: list[tuple[Decision, int]], rules: _Rules) -> list[tuple[Decision, int]]:
    """A proposal put to the vote ("It was proposed by X and seconded by Y that ...") and then
    recorded as the item's resolution ("RESOLVED: That ...") is that resolution, not a decision
    of its own."""
    return [
        (d, k)
        for n, (d, k) in enumerate(found)
        if d.kind == "resolved"
        or not rules.proposal.search(d.text)
        or not any(e.kind == "resolved" and j > k for e, j in found[n + 1 :])
    ]


def _agreed_points(body: list[_Row], k: int, rules: _Rules) -> tuple[list[tuple[Decision, int]], int]:
    """A body's decision set out as bulleted resolutions under a line of its own ("The Board
    agreed:" / "• to approve ...; and" / "• that ..."): each point (with its wrapped lines) is a
    decision of its own. Returns them and the line after."""
    head = body[k].text.strip()
    kind = _sentence_decision(head, rules) if head.endswith(":") and len(head.split()) <= 6 else None
    if kind is None or k + 1 >= len(body) or not LEADING_BULLET.match(body[k + 1].text):
        return [], k
    points: list[tuple[list[str], int]] = []
    j = k + 1
    while j < len(body):
        text = body[j].text
        if LEADING_BULLET.match(text):
            points.append(([LEADING_BULLET.sub("", text)], j))
        elif points and not body[j].bold and not points[-1][0][-1].rstrip().endswith((".", ";", "; and", "; or")):
            points[-1][0].append(text)  # the point's wrapped line
        else:
            break
        j += 1
    if not all(re.match(r"(?:to|that)\s", lines[0]) for lines, _ in points):
        return [], k  # a list of things agreed ("portfolio approach:" / "Minor ailments"): one decision
    return [(Decision(text=_join(lines), kind=kind, page=body[n].page), n) for lines, n in points], j


def _put_questions(body: list[_Row], decided: set[int], rules: _Rules) -> list[tuple[Decision, int]]:
    """Votes in a transcript: the chair's turn puts the question and gives the result ("Mr.
    Speaker: All those in favour? Opposed? Carried."). The decision is the motion moved just
    before, when no other speaker came between ("Mayor Katz: I move that By-law No. 1/2013 be
    read a second time."); otherwise the chair's words up to the result, which say what was put
    ("Stand down 9. ... we'll vote on 1 through 8. All those in favour? ..."). A motion already
    read as a decision ("THAT ...") is not read again."""
    out: list[tuple[Decision, int]] = []
    pending: tuple[str, int] | None = None  # the motion moved since the last result
    turns_since = 0  # speakers who came in since that motion
    for k, r in enumerate(body):
        turn = _turn(r.text, rules)
        if k in decided:
            pending, turns_since = ("", k), 0
            continue
        if not turn and not r.para and k:
            continue
        if turn:
            turns_since += 1
        text = _join([b.text for b in body[k : _turn_end(body, k, rules)]])
        if turn:
            text = text.partition(": ")[2]
        m = rules.put_question.search(text)
        result = rules.put_result.search(text, m.end()) if m else None
        if m and result and turn:
            if pending and pending[0] and turns_since <= 1:
                out.append((Decision(text=pending[0], kind="resolved", page=body[pending[1]].page), pending[1]))
            elif not pending or pending[0]:
                out.append((Decision(text=_tidy(text[: result.end()]), kind="resolved", page=r.page), k))
            pending, turns_since = None, 0
            continue
        motion = next((at for s, at in _sentences(text) if rules.put_motion.search(s)), None)
        if motion is not None:  # it runs to the end of the turn: "... a first time. By-law No. 24/2013, ..."
            pending, turns_since = (_tidy(text[motion:]), k), 0
    return out


def _turn_end(body: list[_Row], k: int, rules: _Rules) -> int:
    """The row after the paragraph that opens at row k (a speaker's turn or a paragraph)."""
    j = k + 1
    while j < len(body) and not body[j].para and not _turn(body[j].text, rules):
        j += 1
    return j


def _with_listed(sentence: str, following: list[tuple[str, int]], rules: _Rules) -> str:
    """A decision that introduces a list ("LPC agreed portfolio approach:") with the short
    points printed under it: "...: Minor ailments; Transfer of care; Health prevention."."""
    listed: list[str] = []
    for point, _ in following[:12]:
        point = point.strip().rstrip(".;")
        if not point or len(point.split()) > 8 or _sentence_decision(point, rules) or CELL_SEPARATOR in point:
            break  # a table under it ("the following payments be approved:" / "Payee | Details | Amount") is no list
        listed.append(point)
    return f"{sentence.rstrip()} {'; '.join(listed)}." if listed else sentence


def _motion_block(body: list[_Row], k: int, rules: _Rules) -> tuple[str, int] | None:
    """A motion set out as a block: "Moved by: Councillor Brown" / "Seconded by: Councillor
    Green" / "That the agenda be adopted as presented." / "Carried". The decision is the motion
    with its result; returns it and the line after the result, or None without a result."""
    j = k + 1
    if j < len(body) and rules.seconded_line.match(body[j].text):
        j += 1
    for stop in range(j, min(len(body), j + 20)):
        text = body[stop].text
        if rules.motion_outcome.match(text) and stop > j:
            lines = [r.text for r in body[j:stop]]
            # the vote recorded before the result ("Recorded Vote: For: ...") is the vote's, not the motion's
            vote = next((n for n, line in enumerate(lines) if n and rules.motion_follow.match(line)), len(lines))
            motion = _join(lines[:vote])
            outcome = text.strip().rstrip(".")
            return f"{motion} {outcome[:1].upper()}{outcome[1:]}.", stop + 1
        listing = any(r.text.rstrip().endswith(":") for r in body[j:stop])  # "That Council:" / "1. Awards ..."
        # a wrapped line of the motion, set in as far as it, may start with a number: "418 Larch Avenue ..."
        within = stop > j and not body[stop].para and body[stop].x0 >= body[j].x0 - 2
        if rules.moved_line.match(text) or rules.item_heading.match(text) and not listing and not within:
            return None
    return None


def _unique_decisions(found: list[tuple[Decision, int]], body: list[_Row], rules: _Rules) -> list[tuple[Decision, int]]:
    """A decision printed twice in an item (in the discussion and again in a decisions column,
    maybe shortened there: "AGM menu and venue agreed") is one decision, the fuller one.
    The same words far apart, or under two of an item's headed points, are two decisions ("The
    Board agreed to adopt this policy." for two policies)."""

    def near(a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        points = [r for r in body[lo + 1 : hi + 1] if r.bold and rules.item_heading.match(r.text)]
        return hi - lo <= rules.duplicate_reach and not points

    keys = [(re.sub(r"\W+", " ", d.text).strip().lower(), k) for d, k in found]
    kept: list[tuple[str, int]] = []
    out = []
    for (d, k), (key, _) in zip(found, keys):
        if any(key == other and near(at, k) for other, at in kept):
            continue
        if any(other.startswith(key + " ") and near(at, k) for other, at in keys):
            continue
        kept.append((key, k))
        out.append((d, k))
    return out


def _motion_decision(body: list[_Row], rules: _Rules) -> list[tuple[Decision, int]]:
    """A numbered resolution is its motion with the result: "That ... be approved. Carried." """
    text = _join([r.text for r in body])
    m = re.search(r"\b(?:Carried|Defeated|Lost|Withdrawn|Deferred)\b\s*\.?", text)
    text = text[: m.end()] if m else text
    return [(Decision(text=_tidy(text), kind="resolved", page=body[0].page), 0)] if text else []


def _sentence_decision(sentence: str, rules: _Rules) -> str | None:
    sentence = sentence.lstrip("•o- ").strip()
    if sentence.endswith("?") or rules.decision_label.fullmatch(sentence):
        return None  # a question, or "Decision:" alone over the decision
    return _cue(sentence, rules) or next((kind for p, kind in rules.decision_sentences if p.search(sentence)), None)


def _first_sentence(text: str, rules: _Rules) -> str:
    """A decision told in a sentence ("The minutes of the meeting held on 16 April were agreed as
    an accurate record.") is that sentence, not the paragraph it opens ("The Board reviewed the
    action log ..."); one under a label ("RESOLVED", "AGREED:") or moved as a motion ("That ...")
    keeps the paragraph, whose limbs and outcome ("Carried.") are its own."""
    if re.match(r"^(?:[A-Z]{3,}\b|That\b|[^.:]{0,40}:)", text):
        return text
    m = re.search(r"(?<=[a-z0-9]{2}[.])\s+(?=[A-Z][a-z])", text)
    if m is None or len(text[m.end() :].split()) < 6 or _sentence_decision(text[m.end() :], rules):
        return text
    return text[: m.start()]


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", ":", ";", "!", "?", ")"))


def _decision_end(body: list[_Row], k: int, rules: _Rules) -> int:
    """A decision runs to the next paragraph: sub-resolutions (a), (b) stay in it."""
    listing = body[k].text.rstrip().endswith((":", "-", "–"))
    motion = rules.motion_paragraph.match(body[k].text) is not None
    j = k + 1
    while j < len(body):
        r, prev = body[j], body[j - 1]
        if motion and rules.motion_follow.match(r.text):
            j += 1  # "Moved by X; Seconded by Y. Vote: 3-0-0, motion passes."
            continue
        if rules.motion_follow.match(r.text) and _ends_sentence(prev.text):
            break  # "That the Minutes ... be confirmed." / "Moved: Cr Pryce  Seconded: Cr Oakes": the vote's
        lettered = re.match(r"^\(?(?:[a-z]|[ivx]+)\)\s", r.text) is not None
        opens = prev.text.rstrip().endswith((":", ";", "and", "or")) or re.search(r"\b(?:that|to)$", prev.text, re.I)
        listing = listing or (lettered and bool(opens))  # "RESOLVED – That" / "(a) the report be noted; and"
        # a sentence cut at a joining word goes on whatever its next line starts with ("... Sunday to
        # Thursday and" / "00.30 on Friday ...")
        numbered = re.match(r"^\d+(?:[.)]|(?:\.\d+)+\.?)\s", r.text) and not _runs_on(prev.text, rules)
        if numbered and listing and opens and not r.bold:
            numbered = None  # "That Council:" / "1. adopts the revised policy ...; and" / "2. increases ..."
        if _cue(r.text, rules) or numbered or (lettered and not listing):
            break
        if rules.decision_stop.match(r.text):
            break  # "Reasons for decision: ...", "Alternative options considered: ..."
        if rules.decision_label.match(r.text.strip()) or rules.part_labels.match(r.text.strip()):
            break  # "COUNCIL RESOLUTION 2025/152" over the next motion
        if r.heading and _ends_sentence(prev.text):
            break  # a heading after the decision's last sentence ("RESOLVED ITEMS" over the business)
        if prev.text.endswith(".") and rules.decision_banner.match(r.text):
            break  # "... form the panel." / "CONFIDENTIAL ITEM – not for publication"
        if prev.text.endswith(".") and rules.action_line.match(r.text):
            break  # "... be noted and shared with partners." / "OPCC to confirm whether ..."
        if r.cell is not None and body[k].cell is None:
            break  # a table under it ("the following comments:" / "Application | Address | ...")
        here, there = r.cell, body[k].cell
        if here is not None and there is not None and here[:2] == there[:2] and here != there:
            break  # the cell beside the decision's in its row (an action, its owner)
        if not listing and _ends_sentence(prev.text) and (r.para or prev.short):
            break
        if not listing and prev.text.endswith(".") and body[k].bold and not r.bold:
            break  # a decision set in bold, then the minutes go on in plain type ("X left the meeting.")
        if not listing and prev.text.endswith(".") and r.text.split(" ", 1)[0] in rules.sentence_openers:
            break  # "... be approved." / "The bank reconciliation was checked ...": a report, not the decision
        if (
            listing
            and not lettered
            and _ends_sentence(prev.text)
            and prev.text.endswith(".")
            and (r.para or prev.short)
        ):
            break
        j += 1
    return j


# --------------------------------------------------------------------------- votes


def _votes(body: list[_Row], rules: _Rules) -> list[tuple[Vote, int]]:
    """Recorded votes ("For (57) ... Against (0) ... Abstain (2)") and outcomes ("Motion carried")."""
    text, starts = _text_with_offsets(body, rules)
    counts = [_count_vote(m, body, starts) for m in rules.vote_counts.finditer(text)]
    counts += [_count_vote(m, body, starts) for m in rules.vote_roll.finditer(text)]
    outcomes: list[tuple[Vote, int]] = []
    for k, r in enumerate(body):
        m = rules.vote_outcome_alone.match(r.text)
        if m:
            outcomes.append((_outcome_vote(r.text, m, r.page, rules), k))
    for sentence, at in _sentences(text):
        m = rules.vote_outcome.search(sentence)
        line = _line_at(starts, at)
        if m and not any(v.text in sentence for v, _ in outcomes):  # a line already read
            outcomes.append((_outcome_vote(sentence, m, body[line].page, rules), line))
    return _merge_outcomes(counts, outcomes, rules)


def _count_vote(m: re.Match[str], body: list[_Row], starts: list[int]) -> tuple[Vote, int]:
    """A recorded vote: its counts as numbers ("For (57) Against (0)"), or as the names of those
    for and against in a roll call ("AYES: Ortiz, Lee, Diaz NOES: None")."""
    line = _line_at(starts, m.start())
    abstain = m.groupdict().get("abstain")
    return Vote(
        text=_tidy(m.group(0))[:500],
        page=body[line].page,
        votes_for=_tally(m["for"]),
        votes_against=_tally(m["against"]),
        abstentions=_tally(abstain) if abstain else None,
    ), line


def _tally(value: str) -> int:
    value = value.strip(" .•")
    if value.isdigit():
        return int(value)
    return 0 if re.fullmatch(r"(?i)none|nil|-|–", value) else len(re.split(r"\s*(?:,|;|\band\b|&)\s*", value))


def _outcome_vote(text: str, m: re.Match[str], page: int, rules: _Rules) -> Vote:
    outcome = "carried" if m["outcome"].lower() in rules.carried else "lost"
    tally = rules.vote_tally.search(text, m.start("outcome"))
    counts = (int(tally["for"]), int(tally["against"])) if tally else (None, None)
    return Vote(
        text=_tidy(text),
        page=page,
        motion=_tidy(m["motion"]).capitalize(),
        votes_for=counts[0],
        votes_against=counts[1],
        outcome=outcome,
    )


def _merge_outcomes(
    counts: list[tuple[Vote, int]], outcomes: list[tuple[Vote, int]], rules: _Rules
) -> list[tuple[Vote, int]]:
    """ "Motion carried" printed just under a count is that count's outcome, not another vote."""
    out = list(counts)
    for vote, line in outcomes:
        # under the count, or just above it ending "... carried by the following vote:")
        near = [
            n
            for n, (v, k) in enumerate(out)
            if v.votes_for is not None
            and v.outcome is None
            and (0 <= line - k <= 4 or (0 < k - line <= 2 and bool(rules.vote_count_intro.search(vote.text))))
        ]
        if near:
            v, k = out[near[-1]]
            out[near[-1]] = (replace(v, motion=vote.motion, outcome=vote.outcome, text=f"{v.text} {vote.text}"), k)
        else:
            out.append((vote, line))
    for n, (v, k) in enumerate(out):
        if v.outcome is None and v.votes_for is not None and v.votes_against is not None:
            out[n] = (replace(v, outcome="carried" if v.votes_for > v.votes_against else "lost"), k)
    return sorted(out, key=lambda vk: vk[1])


def _attach_votes(
    decisions: list[tuple[Decision, int]], votes: list[tuple[Vote, int]], body: list[_Row]
) -> list[Decision]:
    """A vote belongs to the decision that follows it in the item (or else the one before)."""
    out = [d for d, _ in decisions]
    for vote, line in votes:
        after = [n for n, (_, k) in enumerate(decisions) if k >= line]
        before = [n for n, (_, k) in enumerate(decisions) if k < line]
        n = after[0] if after else (before[-1] if before else None)
        if n is not None:
            out[n] = replace(out[n], votes=out[n].votes + (vote,))
    return out


def _text_with_offsets(body: list[_Row], rules: _Rules) -> tuple[str, list[int]]:
    starts, text = [], ""
    for n, r in enumerate(body):
        prev = body[n - 1]
        if text and (_new_cell(prev, r, rules) or _unstopped_end(prev, r, rules) or _after_entry(body, n, rules)):
            text += " • "  # a table cell, or a paragraph in one, is a point of its own
        elif text:
            text += "" if text.endswith("-") and r.text[:1].isupper() else " "
        starts.append(len(text))
        text += r.text
    return text, starts


_ENTRY = re.compile(r"^(?:\(?[A-Za-z][.)]|\(?[ivx]{1,4}[.)]|\d{1,2}[.)])\s+")  # "E. Approval of ...", "(b) ..."


def _after_entry(body: list[_Row], n: int, rules: _Rules) -> bool:
    """Line n back at the markers of a list whose entries' wrapped lines are set in under their
    text ("C. Acceptance of a Donation ..." / "    Robotics Team (Classified)" / "Motion by
    Director Kwan, ..."): the list has ended and a sentence of its own begins."""
    row, prev = body[n], body[n - 1]
    k = n - 1
    while k >= 0 and not _ENTRY.match(body[k].text) and body[k].x0 > row.x0 + 5:
        k -= 1  # back over the last entry's wrapped lines to the entry
    if k < 0 or not _ENTRY.match(body[k].text):
        return False
    return (
        abs(body[k].x0 - row.x0) <= 2
        and _ENTRY.match(row.text) is None
        and not LEADING_BULLET.match(row.text)
        and row.text[:1].isupper()
        and prev.cell is None
        # an entry wrapped on a joining word goes on ("... Minutes of the" / "Regular Meeting")
        and re.split(r"\W+", prev.text.rstrip(" )"))[-1].lower() not in rules.line_connectors
        and not _ends_sentence(prev.text.rstrip(")"))
        and _hanging(body[:n], body[k].x0)
    )


def _hanging(rows: list[_Row], x: float) -> bool:
    """Whether the list whose markers stand at x sets its entries' wrapped lines in under their
    text (a hanging indent): then a line back at the markers is no entry's wrapped line."""
    return any(
        _ENTRY.match(a.text) and abs(a.x0 - x) <= 2 and b.x0 > a.x0 + 5 and not _ENTRY.match(b.text)
        for a, b in zip(rows, rows[1:])
    )


def _unstopped_end(prev: _Row, row: _Row, rules: _Rules) -> bool:
    """A line that stops short (or before a paragraph gap) without a full stop, then one that
    opens with a capital: the point ended there ("... payments authorised" / "It was agreed to
    carry forward ...")."""
    opener = row.text.split(" ", 1)[0] in rules.sentence_openers  # "It", "The": never capitalised mid-sentence
    bracketed = prev.text[:1] == "(" and prev.text[-1:] == ")"  # a line of its own: "(For 5, Against 1)"
    return (
        (prev.short or row.para or opener)
        and prev.cell is None  # a table cell's lines are all short beside the page's
        and (bracketed or (not _ends_sentence(prev.text) and prev.text[-1:].isalnum()))
        and re.split(r"\W+", prev.text)[-1].lower() not in rules.line_connectors
        and not _capitals_run_on(prev.text, row.text)  # "... OF THE CITY" / "OF PORT ALDERWOOD ...": one title
        and row.text[:1].isupper()
    )


def _capitals_run_on(prev: str, text: str) -> bool:
    """A title in capitals wrapped from one line to the next ("... OF THE CITY" / "OF PORT
    ALDERWOOD ADOPTING A COMMUNITY SAFETY CAMERA" / "PROGRAM USE POLICY; ..."): the line
    above ends on a word in capitals and this one opens with one."""
    first, last = text.split(" ", 1)[0], re.split(r"\s+", prev.strip())[-1]
    return len(first) >= 2 and first.isupper() and len(last) >= 2 and last.isupper()


def _new_cell(prev: _Row, row: _Row, rules: _Rules) -> bool:
    if _runs_on(prev.text, rules) and prev.cell == row.cell:
        return False  # "... Sunday to Thursday and" / "00.30 on Friday ...": the sentence goes on
    if rules.action_code.match(row.text) and not re.search(r"\b(?:No|NO|Nos|NOS)\.$", prev.text.rstrip()):
        return True  # "05-09 SB to create ...": a coded action is a point of its own (not "Bid No." / "24-017 ...")
    if prev.bold and not row.bold and len(prev.text.split()) <= 8 and not prev.text.endswith((",", ";", "-")):
        return True  # a run-in heading ("GDPR") is not the start of the sentence under it
    if prev.cell is None and row.cell is None:
        return False
    return prev.cell != row.cell or (row.para and not prev.text.endswith((",", ";")))


def _line_at(starts: list[int], offset: int) -> int:
    n = 0
    for k, s in enumerate(starts):
        if s <= offset:
            n = k
    return n


def _inline_numbers(text: str) -> str:
    """A numbered list run on after a colon ("... the four priority pathways for the 2024–26
    plan: 1. Accommodation 2. Employment ..."): its numbers' dots end no sentence (the same
    number of characters keeps the offsets)."""
    chars = list(text)
    for start in re.finditer(r":\s+1\.(?=\s+[A-Z])", text):
        at, n = start.end() - 1, 1
        while at >= 0:
            chars[at] = ONE_DOT
            n += 1
            nxt = re.compile(rf"\s{n}\.(?=\s+[A-Z])").search(text, at, at + 300)
            at = nxt.end() - 1 if nxt else -1
    return "".join(chars)


def _sentences(text: str) -> list[tuple[str, int]]:
    """Sentences with their offsets; bullets and "1." paragraph numbers start new ones."""
    out: list[tuple[str, int]] = []
    # an initial or a title is no sentence end ("B. Munro (motion)", "Mr. Speaker"); the same
    # number of characters keeps the offsets
    text = ABBREVIATION.sub(lambda m: m.group(0).replace(".", ONE_DOT), text)
    text = _inline_numbers(text)
    for m in SENTENCE.finditer(text):
        s = m.group(0)
        lead = len(s) - len(s.lstrip(" •"))
        s = POINT_MARKER.sub("", s.strip(" •"))  # "3. ", "a) ", "(ii) "
        if out and s[:1] in ",;":
            out[-1] = (out[-1][0] + s, out[-1][1])  # "No progress?, c/f action Jon ." is one point
        elif len(s) > 3:
            out.append((s.strip().replace(ONE_DOT, "."), m.start() + lead))
    return out


# --------------------------------------------------------------------------- actions


def _actions(body: list[_Row], rules: _Rules, date: str | None) -> list[Action]:
    """Sentences that commit someone to do something, with owner and due date where written."""
    text, starts = _text_with_offsets(body, rules)
    text = re.sub(r"(?<=\w)\s+(?=Ø\s)", ". ", text)  # Wingdings arrows start a new point
    out: list[Action] = []
    previous = ""
    sentences = _sentences(text)
    for n, (sentence, at) in enumerate(sentences):
        sentence, previous = sentence.lstrip("Ø ").strip(), previous
        sentence = rules.answer_mark.sub("", sentence)  # "(Councillor Shah) A. The Trust will ..."
        if rules.comings_and_goings.match(sentence):
            continue  # "Douglas Ure returned to the meeting.": the sentence before is still the last point

        def action(what: str, owner: str | None, at: int = at) -> Action:
            due_text, due = _due(what, rules, date)
            return Action(text=what, page=body[_line_at(starts, at)].page, owner=owner, due_date=due, due_text=due_text)

        def own_previous(owner: str, before: str = previous) -> None:
            """An owner printed after what is to be done: the sentence before is the action."""
            if out and out[-1].text == before:
                out[-1] = replace(out[-1], owner=owner)
            else:
                out.append(action(before, owner))

        marked = rules.action_marker.search(sentence)  # "(Action: Head of Housing)"
        if marked:
            owner = _tidy(marked["owner"])
            what = sentence[: marked.start()].rstrip(" ;,")
            limbs = list(re.finditer(r"(?:^|\s)\([a-z]{1,3}\)\s+", what))
            what = what[limbs[-1].end() :] if limbs else what  # the resolution's limb it closes
            if what.strip(" .;"):
                out.append(action(what.strip(), owner))
            elif previous:
                own_previous(owner)  # "... 2025. (Action: Chief Executive, X)"
            previous = sentence
            continue
        label = rules.owner_label.match(sentence)  # "Action: Town Clerk" under what is to be done
        if label and previous:
            own_previous(label["owner"])
            continue
        bare = rules.action_code.sub("", sentence)  # "05-02 ORWG to review ...": the code is no subject
        directed = [m for m in rules.directive.finditer(sentence) if m.start() > 0 or _cue(sentence, rules) is None]
        if directed:  # "... and direct staff to return with a plan on September 17, 2024."
            for m in directed:
                clause = re.split(r";\s", sentence[m.start() :])[0].rstrip(" ;,")
                clause = clause if clause.endswith(".") else clause + "."
                owner = m["owner"] or m["owner2"] or m["owner3"]
                out.append(action(clause[:1].upper() + clause[1:] if m.start() == 0 else clause, _tidy(owner)))
            previous = sentence
            continue
        margin = _margin_owner(body, starts, sentences, n)
        # "Committee agreed to form a ...", "Proposed by X, Seconded by Y and AGREED to ...": decided
        collective = rules.collective_decision.search(bare) or rules.proposal.search(bare)
        cued = any(p.search(bare) for p in rules.action_cues) or rules.reported_commitment.search(bare)
        if not margin and (not cued or _cue(sentence, rules) or collective):
            previous = sentence
            continue
        if rules.back_reference.search(sentence) and previous:
            sentence = f"{previous} {sentence}"  # the thing to be done is in the sentence before
        previous = sentence
        told = None if margin else rules.reported_commitment.search(sentence)
        if told:  # "... replied that the Council will include the seating ...": that clause
            sentence = bare = told["clause"].rstrip(" ,")
        listed = rules.action_list.match(sentence)
        if listed and not margin:  # "Actions: (i) Clerk to write ...; (ii) Chair to sign ...": one each
            for point in re.split(r";?\s*\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)\s+", sentence[listed.end() :]):
                point = point.strip(" ;")
                if point:
                    out.append(action(point, _owner(point, text[:at], rules)))
            continue
        parts = rules.second_commitment.split(sentence) if not margin else [sentence]
        if len(parts) == 2 and re.search(r"\bwill\s+[a-z]", parts[0]):
            # "The Board will adopt a declaration in June 2025, and the Council will consult on ...": two
            out.append(action(parts[0], _owner(parts[0], text[:at], rules)))
            sentence = bare = parts[1]
        out.append(action(sentence, margin or _owner(bare, text[:at], rules)))
    return out


def _margin_owner(body: list[_Row], starts: list[int], sentences: list[tuple[str, int]], n: int) -> str | None:
    """The owner printed in the margin beside the line where sentence n ends ("HL", "Clerk"),
    when it is the last sentence to end on that line."""

    def end_line(k: int) -> int:
        sentence, at = sentences[k]
        return _line_at(starts, at + max(len(sentence) - 1, 0))

    last = end_line(n)
    if n + 1 < len(sentences) and end_line(n + 1) == last:
        return None
    return body[last].margin


def _owner(sentence: str, before: str, rules: _Rules) -> str | None:
    for p in rules.action_owners:
        m = p.search(sentence)
        if m:
            return _tidy(m["owner"])
    if re.search(r"\b(?:he|she)\b", sentence):
        subjects = list(rules.pronoun_owner.finditer(before + " " + sentence))
        if subjects:
            return _tidy(subjects[-1]["owner"])
    return None


def _due(sentence: str, rules: _Rules, date: str | None) -> tuple[str | None, str | None]:
    m = rules.due_cues.search(sentence)
    if m:
        year = int(date[:4]) if date else None
        # a month alone is a date after its cue: "before October"
        iso = parse_date(m["date"], default_year=year) or parse_date(m.group(0), default_year=year)
        if iso and date and not re.search(r"\b(?:19|20)\d\d\b", m["date"]) and iso < date[: len(iso)]:
            iso = f"{int(iso[:4]) + 1}{iso[4:]}"  # no year printed and before the meeting: the next one
            iso = iso if parse_date(iso) else None  # (29 February)
        if iso:
            return _tidy(m.group(0)), iso
    r = rules.due_relative.search(sentence)
    if r and date:
        word = r["n"].lower()
        n = int(word) if word.isdigit() else rules.numbers.get(word, 0)
        months = n * (12 if r["unit"].lower().startswith("year") else 1)
        y, mth = divmod(int(date[:4]) * 12 + int(date[5:7]) - 1 + months, 12)
        return _tidy(r.group(0)), f"{y:04d}-{mth + 1:02d}"
    return None, None


def _table_actions(body: list[_Row], rules: _Rules) -> list[Action]:
    """Rows of an action table (Action | Who | When) under its header row."""
    out: list[Action] = []
    in_table = False
    for r in body:
        if rules.table_header.match(r.text):
            in_table = True
            continue
        if not in_table:
            continue
        m = rules.table_row_date.search(r.text)
        if not m:
            if out and not r.para and r.text[:1].islower():
                out[-1] = replace(out[-1], text=_join([out[-1].text, r.text]))
                continue
            break
        task, owner = _split_owner(r.text[: m.start()].strip(), rules)
        due = parse_date(m["due"])
        out.append(Action(text=task, page=r.page, owner=owner, due_date=due, due_text=m["due"]))
    return out


def _split_owner(text: str, rules: _Rules) -> tuple[str, str | None]:
    """ "Circulate the survey to Members Clerk" -> ("Circulate the survey to Members", "Clerk")."""
    tokens = text.split()
    k = len(tokens)
    while k > 1 and re.fullmatch(r"[A-Z][\w’'&.-]*|&|and|\([^)]*\)", tokens[k - 1]):
        k -= 1
    run = tokens[k:]
    if not run:
        return text, None
    honor = [n for n, t in enumerate(run) if t in rules.honorifics]
    if honor:
        run = run[honor[0] :]
    elif len(run) > 2:
        run = run[-2:] if run[-1] in rules.role_heads else run[-1:]
    return " ".join(tokens[: len(tokens) - len(run)]), " ".join(run)
