"""Minutes drawn in many small variations of one template: each title block with each attendance
label, each item numbering with each way of recording a decision, each date form in each title
block. A rule written for one council's minutes must not lose the others: every combination
is read as one meeting, on its date, with its people, its three items and their decisions."""

from __future__ import annotations

import itertools
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas

from extractor.meetings import extract_meetings
from extractor.models import Meeting
from extractor.pdf import read_pdf

TITLES = [
    ["MINUTES OF THE MEETING OF THE AUDIT COMMITTEE", "HELD ON 12 MARCH 2024 AT 7.00PM"],
    ["Audit Committee", "Minutes of the meeting held on Tuesday 12 March 2024"],
    ["Minutes of the Audit Committee meeting held on 12 March 2024 at the Town Hall"],
    ["AUDIT COMMITTEE", "Tuesday 12 March 2024", "MINUTES"],
    ["Audit Committee Meeting", "Date: 12 March 2024", "Time: 7pm", "Venue: Town Hall"],
    ["Minutes – Audit Committee – 12 March 2024"],
    ["Meeting of the Audit Committee", "12th March 2024, 7.00 pm, Committee Room 1"],
    ["AUDIT COMMITTEE MINUTES", "March 12, 2024"],
    ["Notes of the Audit Committee meeting", "held on 12/03/2024"],
    ["Westbury Town Council", "Audit Committee", "Minutes of the meeting held on Tuesday, 12th March 2024 at 7pm"],
    ["AUDIT COMMITTEE", "MINUTES OF MEETING HELD TUESDAY 12 MARCH 2024"],
    ["Minutes of a Meeting of the Audit Committee", "Tuesday, 12 March 2024 at 7.00 pm", "Council Chamber, Town Hall"],
    ["Audit Committee", "12 March 2024", "Minutes"],
    ["The Audit Committee met on Tuesday 12 March 2024 at 7pm in the Town Hall."],
    ["Audit Committee: Minutes of Meeting", "Date: Tuesday 12 March 2024 | Time: 19:00 | Location: Town Hall"],
    ["AUDIT COMMITTEE", "Minutes of the meeting held at the Town Hall", "on Tuesday 12 March 2024"],
]
LABELS = [
    ("Present:", ["Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown"]),
    ("Members present:", ["Councillors A Smith (Chair), B Jones and C Brown"]),
    ("Attendees:", ["Alice Smith (Chair), Bob Jones, Carol Brown"]),
    ("In attendance:", ["Alice Smith, Bob Jones, Carol Brown"]),
    ("Members:", ["Alice Smith (Chair); Bob Jones; Carol Brown"]),
    ("PRESENT", ["", "Councillor Alice Smith (Chairman)", "Councillor Bob Jones", "Councillor Carol Brown"]),
    ("Those present:", ["Alice Smith, Bob Jones and Carol Brown"]),
    ("Attendance:", ["Cllr Alice Smith (Chair), Cllr Bob Jones, Cllr Carol Brown"]),
    ("Committee members present:", ["Alice Smith (Chair), Bob Jones, Carol Brown"]),
    ("Present in the Chamber:", ["Councillors Alice Smith, Bob Jones and Carol Brown"]),
]
NUMBERINGS: list[Callable[[int, str], str]] = [
    lambda n, t: f"{n}. {t}",
    lambda n, t: f"Item {n}: {t}",
    lambda n, t: f"ITEM {n} – {t.upper()}",
    lambda n, t: f"{n}) {t}",
    lambda n, t: f"Agenda Item {n} {t}",
    lambda n, t: f"{n}.0 {t}",
    lambda n, t: f"0{n}. {t}",
    lambda n, t: f"Minute 24/0{n} {t}",
    lambda n, t: f"24/0{n} {t}",
    lambda n, t: f"24/25-11{n} {t}",
    lambda n, t: t,  # unnumbered, in bold
]
DECISIONS = [
    "RESOLVED: That the report be approved.",
    "Resolved – to approve the report.",
    "It was resolved that the report be approved.",
    "The Committee AGREED to approve the report.",
    "DECISION: The report was approved.",
    "Agreed: the report was approved.",
    "Members resolved to approve the report.",
    "The Committee approved the report.",
    "It was agreed to approve the report.",
    "Proposed by Cllr Jones, seconded by Cllr Brown, and resolved that the report be approved.",
]
DATES = [
    "12.03.2024",
    "March 12th, 2024",
    "12/03/2024",
    "Tuesday, the 12th day of March, 2024",
    "12 Mar 2024",
    "Tuesday 12th March, 2024",
    "12-Mar-2024",
    "2024-03-12",
    "Tues 12 March 2024",
    "12th of March 2024",
    "MARCH 12, 2024",
    "Tuesday, March 12, 2024",
    "12 March, 2024",
]
DATED: list[Callable[[str], list[str]]] = [
    lambda d: ["AUDIT COMMITTEE", f"Minutes of the meeting held on {d} at 7pm"],
    lambda d: ["Audit Committee", d, "Minutes"],
    lambda d: [f"Minutes of the Audit Committee – {d}"],
    lambda d: ["Audit Committee Meeting", f"Date: {d}"],
]
ITEMS = ["Apologies for absence", "Minutes of the last meeting", "Internal audit report"]


def _draw(
    path: Path, title: list[str], label: str, people: list[str], item: Callable[[int, str], str], decision: str
) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 790.0
    for n, line in enumerate(title):
        c.setFont("Helvetica-Bold" if n == 0 else "Helvetica", 12 if n == 0 else 10)
        c.drawString(56, y, line)
        y -= 16
    y -= 10
    c.setFont("Helvetica-Bold", 10)
    c.drawString(56, y, label)
    c.setFont("Helvetica", 10)
    if people[0]:  # the names run on after the label
        c.drawString(62 + c.stringWidth(label, "Helvetica-Bold", 10), y, people[0])
    for name in people[1:]:  # a name a line under it
        y -= 14
        c.drawString(56, y, name)
    y -= 30
    for n, title_text in enumerate(ITEMS, start=1):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(56, y, item(n, title_text))
        c.setFont("Helvetica", 10)
        c.drawString(56, y - 14, "The officer introduced the item and answered questions from members.")
        c.drawString(56, y - 28, decision)
        y -= 50
    c.save()
    return path


def _one_meeting(path: Path) -> Meeting:
    pages, _ = read_pdf(path)
    meetings = extract_meetings(pages)
    assert len(meetings) == 1
    return meetings[0]


@pytest.mark.parametrize("t, a", list(itertools.product(range(len(TITLES)), range(len(LABELS)))))
def test_each_title_block_with_each_attendance_label(tmp_path: Path, t: int, a: int) -> None:
    label, people = LABELS[a]
    m = _one_meeting(_draw(tmp_path / "m.pdf", TITLES[t], label, people, NUMBERINGS[0], DECISIONS[0]))
    assert m.date == "2024-03-12"
    assert "Audit Committee" in m.body
    assert len(m.attendees) == 3
    assert len(m.items) == 3


@pytest.mark.parametrize("n, d", list(itertools.product(range(len(NUMBERINGS)), range(len(DECISIONS)))))
def test_each_item_numbering_with_each_way_of_recording_a_decision(tmp_path: Path, n: int, d: int) -> None:
    title = ["AUDIT COMMITTEE", "Minutes of the meeting held on Tuesday 12 March 2024 at 7pm"]
    m = _one_meeting(_draw(tmp_path / "m.pdf", title, "Present:", LABELS[0][1], NUMBERINGS[n], DECISIONS[d]))
    assert [i.title.lower() for i in m.items] == [t.lower() for t in ITEMS]
    decisions = [d.text for i in m.items for d in i.decisions]
    assert len(decisions) == 3 and all("report" in text for text in decisions)


@pytest.mark.parametrize("f, d", list(itertools.product(range(len(DATED)), range(len(DATES)))))
def test_each_date_form_in_each_title_block(tmp_path: Path, f: int, d: int) -> None:
    title = DATED[f](DATES[d])
    m = _one_meeting(_draw(tmp_path / "m.pdf", title, "Present:", LABELS[0][1], NUMBERINGS[0], DECISIONS[0]))
    assert m.date == "2024-03-12"
    assert len(m.items) == 3


US_TITLES = [
    ["CITY OF OAKDALE", "CITY COUNCIL", "MINUTES OF THE REGULAR MEETING", "Tuesday, April 16, 2024"],
    ["Village of Oakdale", "Board of Trustees Regular Meeting Minutes", "April 16, 2024"],
    ["OAKDALE TOWNSHIP BOARD", "REGULAR MEETING – APRIL 16, 2024"],
    ["Minutes of the Regular Meeting of the Oakdale City Council held April 16, 2024"],
    [
        "A regular meeting of the Oakdale City Council was held on Tuesday, April 16, 2024, at 7:00 p.m. in the"
        " Council Chambers."
    ],
    ["OAKDALE PLANNING COMMISSION", "REGULAR MEETING MINUTES", "APRIL 16, 2024 – 6:00 PM"],
]
ROLL_CALLS = [
    [
        "1. CALL TO ORDER",
        "Mayor Smith called the meeting to order at 7:00 p.m.",
        "2. ROLL CALL",
        "Present: Mayor Smith, Councilmembers Jones, Brown and Lee",
        "Absent: Councilmember Park",
    ],
    [
        "CALL TO ORDER",
        "The meeting was called to order at 7:00 p.m. by Mayor Smith.",
        "ROLL CALL",
        "Members present: Mayor Smith, Councilmember Jones, Councilmember Brown, Councilmember Lee",
        "Members absent: Councilmember Park",
    ],
    ["Roll Call: Present were Mayor Smith and Councilmembers Jones, Brown and Lee. Councilmember Park was absent."],
    [
        "PRESENT: Mayor John Smith; Councilmembers Ann Jones, Bob Brown, Carl Lee",
        "ABSENT: Councilmember Dee Park",
        "STAFF PRESENT: City Manager Eve Ross; City Clerk Fay Wu",
    ],
]
MOTIONS = [
    "Motion by Councilmember Jones, seconded by Councilmember Brown, to approve the item. Motion carried 4-0.",
    "It was moved by Councilmember Jones and seconded by Councilmember Brown to approve the item. The motion carried"
    " unanimously.",
    "MOTION: Councilmember Jones moved, seconded by Councilmember Brown, to approve the item. Ayes: 4; Nays: 0. Motion"
    " carried.",
    "Councilmember Jones moved to approve the item. Councilmember Brown seconded. Motion passed 4-0.",
    "On a motion by Councilmember Jones, seconded by Councilmember Brown, the Council voted 4-0 to approve the item.",
]


def _draw_us(path: Path, title: list[str], roll: list[str], motion: str) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 750.0

    def lines(text: str, font: str) -> None:
        nonlocal y
        c.setFont(font, 11)
        for part in textwrap.wrap(text, 88):
            c.drawString(60, y, part)
            y -= 15

    for n, line in enumerate(title):
        lines(line, "Times-Bold" if n < len(title) - 1 or len(title) == 1 else "Times-Roman")
    y -= 10
    for line in roll:
        lines(line, "Times-Bold" if line.isupper() or line[:2].strip(". ").isdigit() else "Times-Roman")
    y -= 10
    numbered = roll[0].startswith("1.")
    for n, heading in enumerate(["APPROVAL OF MINUTES", "CONSENT AGENDA", "NEW BUSINESS"], start=3):
        lines(f"{n}. {heading}" if numbered else heading, "Times-Bold")
        lines(motion, "Times-Roman")
        y -= 10
    c.save()
    return path


@pytest.mark.parametrize(
    "t, r, m", list(itertools.product(range(len(US_TITLES)), range(len(ROLL_CALLS)), range(len(MOTIONS))))
)
def test_each_us_title_with_each_roll_call_and_motion(tmp_path: Path, t: int, r: int, m: int) -> None:
    """US minutes: the title block, a roll call (as items, as a sentence, as labels) and the
    motions moved, seconded and carried in five ways."""
    meeting = _one_meeting(_draw_us(tmp_path / "us.pdf", US_TITLES[t], ROLL_CALLS[r], MOTIONS[m]))
    assert meeting.date == "2024-04-16"
    assert len([a for a in meeting.attendees if a.status == "present"]) == 4
    assert [a.status for a in meeting.attendees if "Park" in a.name] == ["absent"]
    assert len([d for i in meeting.items for d in i.decisions]) == 3


ACTIONS = [
    ("ACTION: Clerk to write to the highways authority by 30 April 2024.", "Clerk"),
    ("Action – JS to circulate the revised budget to members.", "JS"),
    ("The Clerk will write to the highways authority.", "Clerk"),
    ("Cllr Jones agreed to contact the police about the speeding concerns.", "Jones"),
    ("The Chair undertook to raise the matter with the county council.", "Chair"),
    ("Officers were asked to report back to the next meeting.", "Officers"),
    ("Members asked the Finance Officer to prepare a revised budget by May 2024.", "Finance Officer"),
    ("The Clerk was instructed to obtain three quotes for the repairs.", "Clerk"),
    ("RESOLVED that the Clerk be instructed to obtain three quotes for the repairs.", "Clerk"),
    ("Mrs Patel to arrange a site visit before the next meeting.", "Patel"),
    ("Agreed: the Clerk to order two new benches.", "Clerk"),
]


@pytest.mark.parametrize("k", range(len(ACTIONS)))
def test_each_way_of_recording_an_action_and_its_owner(tmp_path: Path, k: int) -> None:
    text, owner = ACTIONS[k]
    title = ["WESTBURY PARISH COUNCIL", "Minutes of the meeting held on Tuesday 12 March 2024 at 7pm"]
    item = NUMBERINGS[0]
    path = tmp_path / "a.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(56, 790, title[0])
    c.setFont("Helvetica", 10)
    c.drawString(56, 774, title[1])
    c.drawString(56, 750, "Present: " + LABELS[0][1][0])
    y = 720
    for n, title_text in enumerate(ITEMS, start=1):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(56, y, item(n, title_text))
        c.setFont("Helvetica", 10)
        c.drawString(56, y - 14, "Members discussed the matter at length.")
        if n == 2:
            c.drawString(56, y - 28, text)
        y -= 50
    c.save()
    actions = [a for i in _one_meeting(path).items for a in i.actions]
    assert len(actions) == 1
    assert owner in (actions[0].owner or "")


def _draw_plan(path: Path, opening: list[str], intro: str, entries: list[str], after: str) -> Path:
    """A plan's page: its title, an opening paragraph, the introduction (a bold heading, or a
    sentence ending in a colon), the entries indented under it, and a paragraph after them."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(56, 790, "Westbury Community Safety Partnership Plan 2024-2027")
    c.setFont("Helvetica", 10)
    for n, line in enumerate(opening):
        c.drawString(56, 760 - 14 * n, line)
    heading = not intro.endswith(":")
    c.setFont("Helvetica-Bold" if heading else "Helvetica", 12 if heading else 10)
    c.drawString(56, 720, intro)
    c.setFont("Helvetica", 10)
    y = 700
    for entry in entries:
        c.drawString(66, y, entry)
        y -= 16
    c.drawString(56, y - 12, after)
    c.save()
    return path


PRIORITIES = [
    "Reducing violent crime",
    "Tackling anti-social behaviour",
    "Protecting vulnerable people",
    "Improving road safety",
]
INTROS = [
    "Our priorities for 2024-27 are:",
    "The Partnership has agreed four priorities:",
    "Priorities",
    "Our Priorities",
    "Following the strategic assessment, the following priorities were agreed:",
    "Our strategic priorities 2024–2027",
    "The plan delivers on the four themes of the Community Strategic Plan, Westbury 2035:",
]
MARKERS: list[Callable[[int], str]] = [
    lambda n: "• ",
    lambda n: f"{n}. ",
    lambda n: f"{n}) ",
    lambda n: "- ",
    lambda n: f"Priority {n}: ",
    lambda n: "",
    lambda n: "■ ",
]


@pytest.mark.parametrize("i, k", list(itertools.product(range(len(INTROS)), range(len(MARKERS)))))
def test_each_way_of_introducing_and_marking_a_plans_priorities(tmp_path: Path, i: int, k: int) -> None:
    """A plan's priorities under a sentence that ends in a colon or a heading that names them,
    each entry with a bullet, a number, a "Priority N:" label or nothing: one list, the entries
    without their markers."""
    from extractor.priorities import extract_priority_lists

    lines = [MARKERS[k](n) + text for n, text in enumerate(PRIORITIES, start=1)]
    path = _draw_plan(
        tmp_path / "plan.pdf",
        [
            "This plan sets out how partners will work together to keep Westbury safe over the next",
            "three years. It has been informed by the strategic assessment and by residents' views.",
        ],
        INTROS[i],
        lines,
        "Each priority has a lead partner and an action plan, reviewed every quarter.",
    )
    pages, _ = read_pdf(path)
    assert PRIORITIES in [[p.text for p in lst.items] for lst in extract_priority_lists(pages)]


PLAN_ACTIONS = [
    "Deliver knife crime awareness sessions in all secondary schools",
    "Extend the CCTV network to the town centre car parks",
    "Recruit two additional independent domestic violence advisers",
]
ACTION_INTROS = [
    "We will:",
    "What we will do",
    "Our commitments:",
    "Key actions",
    "Over the next year the Partnership will:",
    "Actions for 2024/25:",
]


@pytest.mark.parametrize("i, numbered", list(itertools.product(range(len(ACTION_INTROS)), (False, True))))
def test_each_way_of_introducing_a_plans_actions(tmp_path: Path, i: int, numbered: bool) -> None:
    """A plan's actions under a heading or a sentence that introduces them, bulleted or
    numbered, the paragraph after the list no part of its last entry."""
    from extractor.priorities import extract_plan_actions

    lines = [(f"{n}. " if numbered else "• ") + text for n, text in enumerate(PLAN_ACTIONS, start=1)]
    path = _draw_plan(
        tmp_path / "plan.pdf",
        [
            "Priority 1: Reducing serious violence",
            "Serious violence has risen by 12% over the last two years, mainly in the town centre.",
        ],
        ACTION_INTROS[i],
        lines,
        "Progress will be reported to the Partnership Board every quarter.",
    )
    pages, _ = read_pdf(path)
    texts = [a.text.rstrip(".") for a in extract_plan_actions(pages)]
    assert all(text in texts for text in PLAN_ACTIONS)


def test_a_plan_actions_lead_and_due_in_brackets_after_a_comma(tmp_path: Path) -> None:
    """ "(Lead: Westbury Constabulary, by July 2025)": the lead is the owner without the due date,
    which is the action's due date."""
    from extractor.priorities import extract_plan_actions

    entries = [
        "• Set up a multi-agency exploitation hub (Lead: Westbury Constabulary, by July 2025).",
        "• Deliver naloxone training to frontline staff (Lead: Westbury Public Health, by March 2026).",
    ]
    opening = [
        "Priority 1: Reducing serious violence",
        "Serious violence has risen by 12% over the last two years, mainly in the town centre.",
    ]
    after = "Progress will be reported to the Partnership Board every quarter."
    path = _draw_plan(tmp_path / "plan.pdf", opening, "We will:", entries, after)
    pages, _ = read_pdf(path)
    found = {(a.owner, a.due_date) for a in extract_plan_actions(pages) if "Westbury" in a.text}
    assert found == {("Westbury Constabulary", "2025-07"), ("Westbury Public Health", "2026-03")}
