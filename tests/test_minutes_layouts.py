"""One set of minutes laid out as councils lay theirs out: the title block in a ruled box of
fields, a header table, centred, under a coloured banner, wrapped over lines; the attendance as
a paragraph, two columns, a table with a status or tick column; the business as numbered
headings, a table with action, owner and due columns, reference numbers in a margin column, and
decisions recorded under labels, resolution numbers and after the proposer and seconder.
Whatever the layout, it is one meeting on its date, with its people, its three items and their
three decisions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from extractor.meetings import extract_meetings
from extractor.models import Meeting
from extractor.pdf import read_pdf

TEXT = ParagraphStyle("text", fontName="Helvetica", fontSize=10, leading=13)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=14, leading=18)
CENTRED = ParagraphStyle("centred", parent=TITLE, alignment=1)
RIGHT = ParagraphStyle("right", parent=TEXT, alignment=2)
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
PLAIN = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])


def para(text: str, style: ParagraphStyle = TEXT) -> Paragraph:
    return Paragraph(text, style)


def table(rows: list[list[Any]], widths: list[float] | None = None, style: TableStyle = GRID) -> Table:
    t = Table([[para(c) if isinstance(c, str) else c for c in row] for row in rows], colWidths=widths)
    t.setStyle(style)
    return t


HEADERS: dict[str, list[Any]] = {
    "fields in a ruled box": [
        table(
            [
                ["<b>Meeting</b>", "Audit Committee"],
                ["<b>Date</b>", "Tuesday 12 March 2024"],
                ["<b>Time</b>", "7.00 pm"],
                ["<b>Venue</b>", "Town Hall, Westbury"],
            ],
            [90, 300],
        )
    ],
    "a header table's labels over its values": [
        para("Minutes", TITLE),
        table(
            [
                ["<b>Meeting</b>", "<b>Date</b>", "<b>Time</b>", "<b>Venue</b>"],
                ["Audit Committee", "12/03/2024", "19:00", "Town Hall"],
            ]
        ),
    ],
    "centred": [
        para("WESTBURY TOWN COUNCIL", CENTRED),
        para("AUDIT COMMITTEE", CENTRED),
        para("MINUTES", CENTRED),
        para("Tuesday 12 March 2024 at 7.00 pm", ParagraphStyle("c", parent=TEXT, alignment=1)),
    ],
    "under a banner": [
        table(
            [[para('<font color="white">Westbury Town Council</font>', TITLE)]],
            [480],
            TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.darkblue)]),
        ),
        para("Minutes of the Audit Committee", TITLE),
        para("Held on Tuesday 12 March 2024 at 7.00 pm in the Town Hall"),
    ],
    "a superscript ordinal": [
        para("Minutes of the Audit Committee held on Tuesday 12<super>th</super> March 2024 at 7pm", TITLE)
    ],
    "wrapped over two lines": [
        para(
            "Minutes of the Audit, Governance and Standards Committee meeting held on Tuesday 12 March 2024 at the"
            " Town Hall",
            TITLE,
        )
    ],
    "the body's name over two lines": [
        para("Westbury and District Community Safety", TITLE),
        para("Partnership Audit Committee", TITLE),
        para("Minutes of the meeting held on 12 March 2024"),
    ],
    "the names right of the title": [
        table(
            [
                [
                    para("MINUTES", TITLE),
                    [
                        para("Westbury Town Council", RIGHT),
                        para("Audit Committee", RIGHT),
                        para("12 March 2024", RIGHT),
                    ],
                ]
            ],
            [240, 240],
            TableStyle([]),
        )
    ],
    "notes, not minutes": [para("Audit Committee", TITLE), para("Notes of meeting – 12 March 2024")],
    "minutes, a colon, the body and the date": [para("Minutes: Audit Committee, 12 March 2024", TITLE)],
    "body, date, time and 'Minutes' between dashes": [
        para("Audit Committee Meeting – Tuesday 12th March 2024 – 7pm – Minutes", TITLE)
    ],
    "'The minutes of ...' with a dotted date": [
        para("The minutes of the Audit Committee meeting held at the Town Hall on 12.03.2024")
    ],
    "the body over 'Meeting held on' and the date": [
        para("Audit Committee", TITLE),
        para("Meeting held on 12 March 2024 at 7pm"),
    ],
    "body, 'Minutes' and the date with no dash": [para("Audit Committee Minutes 12 March 2024", TITLE)],
    "'Meeting of the X on D' over 'Minutes'": [
        para("Meeting of the Audit Committee on 12 March 2024", TITLE),
        para("Minutes"),
    ],
    "minutes of proceedings": [para("Minutes of proceedings of the Audit Committee held on 12 March 2024")],
    "a header table's first row: body | Minutes": [
        table([["Audit Committee", "Minutes"], ["Date: 12 March 2024", "Time: 19:00"], ["Venue: Online", ""]])
    ],
}
ATTENDANCE: dict[str, list[Any]] = {
    "a paragraph": [
        para("<b>Present:</b> Cllr Alice Smith (Chair), Cllr Bob Jones, Cllr Carol Brown"),
        para("<b>In attendance:</b> Dan Green (Clerk)"),
    ],
    "two columns": [
        table(
            [
                ["<b>Members present</b>", "<b>Officers present</b>"],
                ["Cllr Alice Smith (Chair)", "Dan Green (Clerk)"],
                ["Cllr Bob Jones", ""],
                ["Cllr Carol Brown", ""],
            ],
            [240, 240],
        )
    ],
    "a status column": [
        para("<b>Attendance</b>"),
        table(
            [
                ["<b>Name</b>", "<b>Role</b>", "<b>Attendance</b>"],
                ["Alice Smith", "Chair", "Present"],
                ["Bob Jones", "Member", "Present"],
                ["Carol Brown", "Member", "Present"],
                ["Dan Green", "Clerk", "In attendance"],
            ]
        ),
    ],
    "side by side, unruled": [
        table(
            [
                ["<b>Present</b>", "<b>Apologies</b>"],
                ["Alice Smith (Chair)<br/>Bob Jones<br/>Carol Brown", "Dan Green"],
            ],
            [240, 240],
            TableStyle([]),
        ),
    ],
    "members beside officers, unruled": [
        table(
            [
                ["<b>Members</b>", "<b>Officers</b>"],
                ["Cllr Alice Smith (Chair)", "Dan Green – Clerk"],
                ["Cllr Bob Jones", ""],
                ["Cllr Carol Brown", ""],
            ],
            [240, 240],
            TableStyle([]),
        ),
        para("Also in attendance: Eve Black (internal auditor)."),
    ],
    "a name a line": [
        para("<b>PRESENT</b>"),
        para("Councillor Alice Smith (Chair)"),
        para("Councillor Bob Jones"),
        para("Councillor Carol Brown"),
    ],
}
ITEMS = ["Apologies for absence", "Minutes of the last meeting", "Internal audit report"]
DISCUSSION = "The officer introduced the item and answered questions from members."


def headed(decision: list[str]) -> Callable[[], list[Any]]:
    return lambda: [
        f for n, t in enumerate(ITEMS, 1) for f in [para(f"<b>{n}. {t}</b>"), para(DISCUSSION), *map(para, decision)]
    ]


BUSINESS: dict[str, Callable[[], list[Any]]] = {
    "numbered headings": headed(["RESOLVED: That the report be approved."]),
    "a table with action, owner and due columns": lambda: [
        table(
            [["<b>Item</b>", "<b>Discussion</b>", "<b>Action</b>", "<b>Owner</b>", "<b>By when</b>"]]
            + [
                [
                    f"{n}. {t}",
                    f"{DISCUSSION} RESOLVED: That the report be approved.",
                    *(["Write to the external auditors", "DG", "30/04/2024"] if n == 3 else ["", "", ""]),
                ]
                for n, t in enumerate(ITEMS, 1)
            ],
            [110, 200, 80, 40, 50],
        )
    ],
    "references in a margin column": lambda: [
        table(
            [
                [f"AC/24/0{n}", [para(f"<b>{t}</b>"), para(DISCUSSION), para("RESOLVED: That the report be approved.")]]
                for n, t in enumerate(ITEMS, 1)
            ],
            [70, 410],
            PLAIN,
        )
    ],
    "a ruled table of reference, minute and action": lambda: [
        table(
            [["<b>Ref</b>", "<b>Minute</b>", "<b>Action</b>"]]
            + [
                [
                    f"AC/24/0{n}",
                    [para(f"<b>{t}</b>"), para(DISCUSSION), para("The Committee APPROVED the report.")],
                    "DG" if n == 3 else "",
                ]
                for n, t in enumerate(ITEMS, 1)
            ],
            [70, 360, 50],
        )
    ],
    "a decision under its label": headed(
        [
            "Officer recommendation",
            "That the Committee approves the report.",
            "Committee resolution",
            "That the Committee approves the report.",
            "Moved Cr Jones, seconded Cr Brown. Carried 5/0",
        ]
    ),
    "a decision after its proposer and seconder": headed(
        ["Proposed: Cllr Jones. Seconded: Cllr Brown. All in favour. Resolved to approve the report."]
    ),
    "a decision under its number": headed(["Res 045/24 – That the report be approved."]),
    "a paragraph numbered decision": headed(["4.3 DECIDED: that the report be approved."]),
    "a decision in Welsh and English": headed(["PENDERFYNWYD / RESOLVED that the report be approved."]),
    "a resolution block moved and carried": headed(
        [
            "Resolution number ACM/2024/12",
            "MOVED by Chairperson S Tipene, seconded by Member R Hohaia:",
            "That the Committee approves the report.",
            "CARRIED",
        ]
    ),
}


def _minutes(path: Path, header: list[Any], attendance: list[Any], business: list[Any]) -> Meeting:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=56, rightMargin=56)
    doc.build([*header, Spacer(1, 10), *attendance, Spacer(1, 10), *business])
    pages, _ = read_pdf(path)
    meetings = extract_meetings(pages)
    assert len(meetings) == 1
    return meetings[0]


def _check(m: Meeting) -> None:
    assert m.date == "2024-03-12"
    assert "Audit" in m.body
    assert [a.name.split()[-1] for a in m.attendees if a.status == "present"] == ["Smith", "Jones", "Brown"]
    assert [i.title.lower() for i in m.items] == [t.lower() for t in ITEMS]
    decisions = [d.text for i in m.items for d in i.decisions]
    assert len(decisions) == 3 and all("report" in d for d in decisions)


@pytest.mark.parametrize("header", list(HEADERS))
def test_each_title_block_layout(tmp_path: Path, header: str) -> None:
    _check(_minutes(tmp_path / "m.pdf", HEADERS[header], ATTENDANCE["a paragraph"], BUSINESS["numbered headings"]()))


@pytest.mark.parametrize("attendance", list(ATTENDANCE))
def test_each_attendance_layout(tmp_path: Path, attendance: str) -> None:
    header = [para("AUDIT COMMITTEE", TITLE), para("Tuesday 12<super>th</super> March 2024, 7.00pm, Council Chamber")]
    _check(_minutes(tmp_path / "m.pdf", header, ATTENDANCE[attendance], BUSINESS["numbered headings"]()))


@pytest.mark.parametrize("business", list(BUSINESS))
def test_each_way_of_setting_out_the_business(tmp_path: Path, business: str) -> None:
    header = [para("AUDIT COMMITTEE", TITLE), para("Tuesday 12<super>th</super> March 2024, 7.00pm, Council Chamber")]
    _check(_minutes(tmp_path / "m.pdf", header, ATTENDANCE["a paragraph"], BUSINESS[business]()))


def test_an_action_tables_columns_give_the_action_its_owner_and_due_date(tmp_path: Path) -> None:
    """ "Item | Discussion | Action | Owner | By when": the action cell is the action, the cells
    beside it its owner and due date, and none of them runs on into the decision beside them."""
    header = [para("AUDIT COMMITTEE", TITLE), para("Tuesday 12 March 2024, 7.00pm, Council Chamber")]
    business = BUSINESS["a table with action, owner and due columns"]()
    m = _minutes(tmp_path / "m.pdf", header, ATTENDANCE["a paragraph"], business)
    [action] = [a for i in m.items for a in i.actions]
    assert action.text == "Write to the external auditors"
    assert action.owner is not None and action.owner.startswith("DG")
    assert action.due_date == "2024-04-30"
    assert m.items[2].decisions[0].text == "RESOLVED: That the report be approved."


def test_a_table_of_people_marked_under_a_key(tmp_path: Path) -> None:
    """ "Name | Initials | Role | 12 Mar" with group rows ("Trustees", "In attendance") and a mark
    a person, read by the key under the table: the initials are no role, the marks statuses."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("DejaVu Sans (for the tick) is not installed")
    pdfmetrics.registerFont(TTFont("DejaVu", str(font)))
    tick = '<font name="DejaVu">✓</font>'
    people = table(
        [
            ["<b>Name</b>", "<b>Initials</b>", "<b>Role</b>", "<b>12 Mar</b>"],
            ["<b>Trustees</b>", "", "", ""],
            ["Alice Smith", "AS", "Chair", tick],
            ["Bob Jones", "BJ", "Trustee", tick],
            ["Carol Brown", "CB", "Trustee", "V"],
            ["Eve Black", "EB", "Trustee", "A"],
            ["Fay White", "FW", "Trustee", "X"],
            ["<b>In attendance</b>", "", "", ""],
            ["Dan Green", "DG", "Clerk", tick],
        ],
        [150, 60, 150, 60],
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, 7), (-1, 7))]
        ),
    )
    key = para(f"Key: {tick} present A apologies received X absent (no apologies) V joined remotely")
    header = [para("Minutes of the meeting of the Board of Trustees held on Tuesday 12 March 2024", TITLE)]
    m = _minutes(tmp_path / "m.pdf", header, [people, key], BUSINESS["numbered headings"]())
    assert [(a.name, a.status, a.role) for a in m.attendees] == [
        ("Alice Smith", "present", "Chair"),
        ("Bob Jones", "present", "Trustee"),
        ("Carol Brown", "virtual", "Trustee"),
        ("Eve Black", "apologies", "Trustee"),
        ("Fay White", "absent", "Trustee"),
        ("Dan Green", "in_attendance", "Clerk"),
    ]


def test_a_summary_of_actions_files_each_under_the_item_it_names(tmp_path: Path) -> None:
    """ "No. | Item | Action | Owner | Due" after the business: each row is an action of the item
    its Item cell names, with its owner and due date; the row numbers are no items."""
    header = [para("AUDIT COMMITTEE", TITLE), para("Tuesday 12 March 2024, 7.00pm, Council Chamber")]
    summary = [
        para("<b>Summary of actions</b>"),
        table(
            [
                ["<b>No.</b>", "<b>Item</b>", "<b>Action</b>", "<b>Owner</b>", "<b>Due</b>"],
                ["1", "3", "Send the internal audit report to the external auditors", "DG", "28 March 2024"],
                ["2", "2", "Correct the minutes of the last meeting and publish them", "AS", "Before next meeting"],
            ],
            [30, 40, 250, 50, 90],
        ),
    ]
    m = _minutes(tmp_path / "m.pdf", header, ATTENDANCE["a paragraph"], BUSINESS["numbered headings"]() + summary)
    assert [i.number for i in m.items] == ["1", "2", "3"]
    filed = {i.number: [(a.text, a.owner, a.due_date) for a in i.actions] for i in m.items}
    # the initials spelt out from the attendance
    assert filed["3"] == [("Send the internal audit report to the external auditors", "DG (Dan Green)", "2024-03-28")]
    assert [a[:2] for a in filed["2"]] == [
        ("Correct the minutes of the last meeting and publish them", "AS (Cllr Alice Smith)")
    ]


def test_a_running_header_over_the_title_is_not_a_meeting_of_its_own(tmp_path: Path) -> None:
    """ "Audit Committee – 12 March 2024" printed at the head of every page, the title under it on
    the first: one meeting, read from its title, over both pages."""
    from reportlab.pdfgen.canvas import Canvas

    def running(canvas: Canvas, doc: Any) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, 810, "Audit Committee – 12 March 2024")
        canvas.drawRightString(540, 30, f"Page {doc.page} of 2")

    long = " ".join([DISCUSSION] * 8)
    business = [
        f
        for n, t in enumerate(ITEMS * 3, 1)
        for f in [para(f"<b>{n}. {t}</b>"), para(long), para("RESOLVED: That the report be noted.")]
    ]
    path = tmp_path / "m.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=56, rightMargin=56)
    title = [para("AUDIT COMMITTEE", TITLE), para("Tuesday 12<super>th</super> March 2024, 7.00pm, Town Hall")]
    doc.build([*title, Spacer(1, 10), *ATTENDANCE["a paragraph"], *business], onFirstPage=running, onLaterPages=running)
    pages, _ = read_pdf(path)
    assert len(pages) == 2
    [m] = extract_meetings(pages)
    assert (m.body, m.date) == ("Audit Committee", "2024-03-12")
    assert len(m.items) == 9 and len(m.attendees) == 4


def test_a_minute_number_opening_its_paragraph_with_the_text_run_on(tmp_path: Path) -> None:
    """ "Min 25/032 Declarations of interest and requests for dispensations: Cllr Fairclough
    declared a" / "non-pecuniary interest ...": the title ends at the colon where a sentence
    runs on after it (a verb says so, however capitalised its words), and a decision run on
    after a title is the item's."""
    titles = [
        "Declarations of interest and requests for dispensations",
        "Minutes of the Ordinary Meeting of the Parish Council",
        "Annual Parish Meeting and Parish Council Annual Meeting",
    ]
    leads = [
        "Cllr Fairclough declared a non-pecuniary interest in Min 25/036(b) as a neighbour of the applicant.",
        "The following Amendments Were Considered and the minutes of the meeting were approved.",
        "It was RESOLVED that the Annual Parish Meeting be held on Tuesday 22 April 2025 in the Village Hall.",
    ]
    business = [para(f"<b>Min 25/03{n} {t}:</b> {lead}") for n, (t, lead) in enumerate(zip(titles, leads), 1)]
    header = [para("QUARRYFORD PARISH COUNCIL", TITLE), para("Minutes of the meeting held on Tuesday 11 March 2025")]
    m = _minutes(tmp_path / "m.pdf", header, ATTENDANCE["a paragraph"], business)
    assert [(i.number, i.title) for i in m.items] == [(f"25/03{n}", t) for n, t in enumerate(titles, 1)]
    assert [d.text[:40] for d in m.items[2].decisions] == ["It was RESOLVED that the Annual Parish M"]


def test_priority_lists_stated_inside_minutes(tmp_path: Path) -> None:
    """A list of priorities reported in an item: counted with the plan's name between the count
    and the noun ("the three Trust Development Plan priorities for 2024-25:"), and a list whose
    last entry is followed by the minute's next sentence back at the margin, no part of it."""
    from extractor.priorities import extract_priority_lists

    indent = ParagraphStyle("indent", parent=TEXT, leftIndent=14)
    first = ["Improve reading fluency in every academy", "Reduce persistent absence", "Develop middle leaders"]
    second = ["Housing need assessment", "An age-friendly housing policy", "Review of the estate strategy"]
    business = [
        para("<b>4. Chief Executive Officer's report</b>"),
        para("MG reported on progress against the three Trust Development Plan priorities for 2024–25:"),
        *[para(f"{m}) {t}", indent) for m, t in zip("abc", first)],
        para("Q: Why has persistent absence risen since the autumn half term?"),
        para("<b>5. Work programme</b>"),
        para("The Chair proposed the following priorities for the committee's work in 2025:"),
        *[para(f"({m}) {t}", indent) for m, t in zip(["i", "ii", "iii"], second)],
        para("The work programme was adopted on the proposal of Ms Keane, seconded by Cllr Moran."),
        para("<b>6. Any other business</b>"),
    ]
    path = tmp_path / "m.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(business)
    pages, _ = read_pdf(path)
    lists = [[p.text for p in pl.items] for pl in extract_priority_lists(pages)]
    assert lists == [first, second]


def test_the_title_block_in_a_column_beside_the_organisations_name(tmp_path: Path) -> None:
    """The organisation's name on the left ("Westbury" / "District Council"), "Open Minutes",
    the board's name and its fields in a column on the right: the board is the meeting's body."""
    logo = [para("<b>Westbury</b>", TITLE), para("District Council"), para("Te Kaunihera o Westbury")]
    block = [
        para("<b>Open Minutes</b>", TITLE),
        para("Harbourside Community Board"),
        para("Date: Tuesday, 12 March 2024"),
        para("Time: 4.00pm"),
        para("Venue: Harbourside Service Centre"),
    ]
    header = [table([[logo, block]], [220, 260], TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))]
    m = _minutes(tmp_path / "m.pdf", header, ATTENDANCE["a paragraph"], BUSINESS["numbered headings"]())
    assert (m.body, m.date) == ("Harbourside Community Board", "2024-03-12")


def test_notes_and_actions_with_a_table_of_people_in_groups(tmp_path: Path) -> None:
    """ "Notes and actions" under the board's name; "Name | Title | Organisation" with rows of one
    cell heading each group: members (one "(MS Teams)"), those in attendance, apologies. The
    group says who is a member, whatever their title."""
    header = [
        para("Westbury Place Partnership Board", TITLE),
        para("Notes and actions"),
        para("Date: Tuesday 12 March 2024"),
    ]
    people = table(
        [
            ["<b>Name</b>", "<b>Title</b>", "<b>Organisation</b>"],
            ["<b>Members present</b>", "", ""],
            ["Cllr Alice Smith (Chair)", "Cabinet Member", "Westbury Council"],
            ["Bob Jones", "Director of Public Health", "Westbury Council"],
            ["Carol Brown (MS Teams)", "Chief Executive", "Westbury CVS"],
            ["<b>In attendance</b>", "", ""],
            ["Dan Green", "Governance Officer (notes)", "Westbury ICB"],
            ["<b>Apologies</b>", "", ""],
            ["Eve Black", "Chief Operating Officer", "Westbury Hospitals NHS Trust"],
        ],
        [150, 170, 150],
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), *(("SPAN", (0, r), (-1, r)) for r in (1, 5, 7))]),
    )
    m = _minutes(tmp_path / "m.pdf", header, [people], BUSINESS["numbered headings"]())
    assert m.body == "Westbury Place Partnership Board"
    assert [(a.name, a.status) for a in m.attendees] == [
        ("Cllr Alice Smith", "present"),
        ("Bob Jones", "present"),
        ("Carol Brown", "virtual"),
        ("Dan Green", "in_attendance"),
        ("Eve Black", "apologies"),
    ]


def test_a_us_board_opened_by_a_sentence_under_call_to_order(tmp_path: Path) -> None:
    """ "1. CALL TO ORDER" over "The regular meeting of the Board of Directors of the X Water
    District was called to order ...", the roll call in sentences ("Director Kenji Saito was
    absent. Staff present were ..."), sub-items "5A.", "5B." under "5. CONSENT CALENDAR"."""
    lines = [
        "<b>WESTBURY WATER DISTRICT</b>",
        "<b>MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS</b>",
        "<b>1. CALL TO ORDER</b>",
        "The regular meeting of the Board of Directors of the Westbury Water District was called to order at"
        " 6:30 p.m. on March 12, 2024 by President Linda Okamura in the District Office.",
        "<b>2. ROLL CALL</b>",
        "Directors present: President Linda Okamura, Vice President Robert Delgado, Director Janet Whitfield and"
        " Director Samuel Brennan. Director Kenji Saito was absent. Staff present were General Manager Tom Reyes"
        " and General Counsel Mark Ellison of Ellison &amp; Pratt LLP. Seven members of the public attended.",
        "<b>3. CONSENT CALENDAR</b>",
        "<b>3A. Approval of Minutes of the February 18, 2024 Regular Meeting</b>",
        "<b>3B. Ratification of Warrant List for February 2024</b>",
        "It was moved by Director Whitfield and seconded by Director Brennan to approve the Consent Calendar."
        " Motion carried 4-0-1.",
        "<b>4. ADJOURNMENT</b>",
        "The meeting was adjourned at 7:45 p.m.",
    ]
    path = tmp_path / "m.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([para(t) for t in lines])
    pages, _ = read_pdf(path)
    [m] = extract_meetings(pages)
    assert (m.body, m.authority, m.date) == ("Board of Directors", "Westbury Water District", "2024-03-12")
    assert [i.number for i in m.items] == ["1", "2", "3", "3A", "3B", "4"]
    people = {a.name: a.status for a in m.attendees}
    assert people == {
        "Linda Okamura": "present",
        "Robert Delgado": "present",
        "Janet Whitfield": "present",
        "Samuel Brennan": "present",
        "Kenji Saito": "absent",
        "Tom Reyes": "in_attendance",
        "Mark Ellison": "in_attendance",
    }


def test_the_bodys_name_wrapped_in_the_column_beside_the_minutes_line(tmp_path: Path) -> None:
    """ "NHS Westbury Integrated Care Board" / "Quality and Patient Safety" / "Committee" on the
    left, "Minutes of the meeting held on" / "Thursday 16th January 2025" on the right: the
    committee is the body, the board its authority."""
    left = [para("NHS Westbury Integrated Care Board"), para("<b>Quality and Patient Safety</b>"), para("Committee")]
    right = [para("Minutes of the meeting held on"), para("<b>Thursday 12th March 2024</b>"), para("9.30am – 12.00pm")]
    header = [table([[left, right]], [300, 180], TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))]
    people = [
        para("<b>Members present</b>"),
        para("Alice Smith Non-Executive Member (Chair)"),
        para("Bob Jones Chief Nursing Officer"),
    ]
    m = _minutes(tmp_path / "m.pdf", header, people, BUSINESS["numbered headings"]())
    assert (m.body, m.date, m.authority) == (
        "Quality and Patient Safety Committee",
        "2024-03-12",
        "NHS Westbury Integrated Care Board",
    )


def test_a_roll_call_item_over_group_labels(tmp_path: Path) -> None:
    """ "3 PRESENT" over "Councillors: Cr A Smith (Mayor), ..." and "Staff: ...": the groups under
    the roll call item are its attendance, the councillors present."""
    lines = [
        "<b>MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBERS ON TUESDAY 12 MARCH 2024</b>",
        "<b>1 OPENING OF MEETING</b>",
        "The Mayor declared the meeting open at 5.00pm.",
        "<b>2 PRESENT</b>",
        "Councillors: Cr A Smith (Mayor), Cr B Jones (Deputy Mayor), Cr C Brown",
        "Staff: D Green (General Manager), E Black (Governance Officer)",
        "<b>3 CONFIRMATION OF MINUTES</b>",
        "RESOLVED that the minutes be confirmed.",
    ]
    path = tmp_path / "m.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([para(t) for t in lines])
    pages, _ = read_pdf(path)
    [m] = extract_meetings(pages)
    statuses = [(a.name.split()[-1], a.status) for a in m.attendees]
    assert statuses == [
        ("Smith", "present"),
        ("Jones", "present"),
        ("Brown", "present"),
        ("Green", "in_attendance"),
        ("Black", "in_attendance"),
    ]


def test_two_lists_side_by_side_under_their_headings(tmp_path: Path) -> None:
    """ "Priorities" beside "Cross-cutting themes" in bold, numbered entries under the one and
    bullets under the other on the same lines: two lists, each its column."""
    from extractor.priorities import extract_priority_lists

    first = ["Safer neighbourhoods", "Violence against women and girls", "Reducing drug and alcohol harm"]
    second = ["Community cohesion", "Listening to victims"]
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "plan.pdf"
    c = Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(56, 790, "Our plan")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(56, 750, "Priorities")
    c.drawString(320, 750, "Cross-cutting themes")
    c.setFont("Helvetica", 10)
    for n, text in enumerate(first):
        c.drawString(56, 730 - 16 * n, f"{n + 1}. {text}")
    for n, text in enumerate(second):
        c.drawString(320, 730 - 16 * n, f"\u2022 {text}")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(56, 660, "What we will do")
    c.setFont("Helvetica", 10)
    c.drawString(56, 644, "Each priority has a delivery group that reports to the Partnership Board every quarter.")
    c.save()
    pages, _ = read_pdf(path)
    lists = [([p.text for p in pl.items], pl.kind) for pl in extract_priority_lists(pages)]
    assert lists == [(first, "priority"), (second, "cross_cutting_theme")]


def test_a_table_of_people_named_in_its_second_column(tmp_path: Path) -> None:
    """ "Category | Name | Position | Attendance": the names are the second column, the category
    and position their role, the last column their status."""
    people = table(
        [
            ["<b>Category</b>", "<b>Name</b>", "<b>Position</b>", "<b>Attendance</b>"],
            ["Board member", "Alice Smith", "Chair", "Present"],
            ["Board member", "Bob Jones", "Deputy Chair", "Present"],
            ["Board member", "Carol Brown", "Member", "Present"],
            ["Staff", "Dan Green", "Chief Executive", "In attendance"],
        ]
    )
    header = [para("Minutes of the meeting of the Audit Committee held on Tuesday 12 March 2024", TITLE)]
    m = _minutes(tmp_path / "m.pdf", header, [people], BUSINESS["numbered headings"]())
    assert [(a.name, a.status) for a in m.attendees] == [
        ("Alice Smith", "present"),
        ("Bob Jones", "present"),
        ("Carol Brown", "present"),
        ("Dan Green", "in_attendance"),
    ]


def test_the_authority_in_capitals_beside_the_kind_of_meeting(tmp_path: Path) -> None:
    """ "CITY OF WESTBURY" on the left, "Ordinary Council Meeting" on the right, then fields: the
    body is the city's council, the authority the city; "Ordinary" is the kind of meeting."""
    header = [
        table(
            [
                ["", para("<b>MINUTES</b>", RIGHT)],
                [para("<b>CITY OF WESTBURY</b>"), para("Ordinary Council Meeting", RIGHT)],
            ],
            [240, 240],
            PLAIN,
        ),
        table(
            [["Date:", "Tuesday 12 March 2024"], ["Time:", "6.30pm"], ["Location:", "Council Chamber"]],
            [90, 300],
            PLAIN,
        ),
    ]
    m = _minutes(tmp_path / "m.pdf", header, ATTENDANCE["a paragraph"], BUSINESS["numbered headings"]())
    assert (m.body, m.authority, m.date) == ("City of Westbury Council", "City of Westbury", "2024-03-12")


def test_a_ruled_minutes_table_numbers_each_item_by_its_reference(tmp_path: Path) -> None:
    """Ref | Minute | Action, ruled: each row's reference ("AC/24/01") numbers the item whose
    title opens the minute beside it, and a numbered list inside a minute opens no items."""
    rows = [
        [
            f"AC/24/0{n}",
            [
                para(f"<b>{t}</b>"),
                para(DISCUSSION),
                *([para("1. Reduce infections"), para("2. Improve discharge")] if n == 2 else []),
                para("The Committee APPROVED the report."),
            ],
            "DG" if n == 3 else "",
        ]
        for n, t in enumerate(ITEMS, 1)
    ]
    business = [table([["<b>Ref</b>", "<b>Minute</b>", "<b>Action</b>"], *rows], [70, 360, 50])]
    m = _minutes(tmp_path / "m.pdf", HEADERS["fields in a ruled box"], ATTENDANCE["a paragraph"], business)
    assert [(i.number, i.title) for i in m.items] == [(f"AC/24/0{n}", t) for n, t in enumerate(ITEMS, 1)]
    assert [len(i.decisions) for i in m.items] == [1, 1, 1]


def test_a_present_item_listing_a_titled_name_a_line(tmp_path: Path) -> None:
    """ "2. PRESENT" after an opening item, its members a name a line ("Cr Alice Smith, Mayor",
    "Cr Bob Jones"), officers under a bold "Officers" with their posts; "3. APOLOGIES" names one."""
    business = [
        para("<b>1. OPENING OF MEETING AND ACKNOWLEDGEMENT OF COUNTRY</b>"),
        para("The Mayor opened the meeting at 6.30pm and read the Acknowledgement of Country."),
        para("<b>2. PRESENT</b>"),
        *map(para, ["Cr Alice Smith, Mayor", "Cr Bob Jones", "Cr Carol Brown", "<b>Officers</b>"]),
        para("Dan Green, Director City Planning"),
        para("<b>3. APOLOGIES</b>"),
        para("Cr Eve Black"),
        *[
            f
            for n, t in enumerate(ITEMS, 4)
            for f in [para(f"<b>{n}. {t}</b>"), para("RESOLVED: That the report be approved.")]
        ],
    ]
    m = _minutes(tmp_path / "m.pdf", HEADERS["fields in a ruled box"], [], business)
    people = [(a.name, a.status, a.role) for a in m.attendees]
    assert people == [
        ("Alice Smith", "present", "Mayor"),
        ("Bob Jones", "present", "Cr"),
        ("Carol Brown", "present", "Cr"),
        ("Dan Green", "in_attendance", "Director City Planning"),
        ("Eve Black", "apologies", "Cr"),
    ]
    assert [i.number for i in m.items] == ["1", "2", "3", "4", "5", "6"]


def test_actions_marked_in_brackets_and_a_post_holder_who_will_act(tmp_path: Path) -> None:
    """ "(Action: Head of Housing)" closing a resolution's limb, or after a sentence's full stop,
    makes that limb or sentence an action of the post named; "The Director of Housing and
    Neighbourhoods will write to ..." is an action too."""
    business = [
        para("<b>1. Apologies for absence</b>"),
        para(
            "RESOLVED – That (a) the comments be referred to Cabinet; (b) the Head of Housing provide a breakdown"
            " of the register to the next meeting (Action: Head of Housing); and (c) the report be noted."
        ),
        para("<b>2. Minutes of the last meeting</b>"),
        para(
            "Members asked that Westbury Homes report the number of open cases each quarter."
            " (Action: Chief Executive, Westbury Homes)"
        ),
        para("RESOLVED: That the report be approved."),
        para("<b>3. Internal audit report</b>"),
        para("The Director of Housing and Neighbourhoods will write to the Ministry about the cost of enforcement."),
        para("RESOLVED: That the report be approved."),
    ]
    m = _minutes(tmp_path / "m.pdf", HEADERS["fields in a ruled box"], ATTENDANCE["a paragraph"], business)
    actions = [(a.text, a.owner) for i in m.items for a in i.actions]
    assert actions[:2] == [
        ("the Head of Housing provide a breakdown of the register to the next meeting", "Head of Housing"),
        (
            "Members asked that Westbury Homes report the number of open cases each quarter.",
            "Chief Executive, Westbury Homes",
        ),
    ]
    assert actions[2][0].startswith("The Director of Housing and Neighbourhoods will write")
    assert len(actions) == 3


def test_numbered_motions_under_long_titles_with_a_line_that_starts_with_a_number(tmp_path: Path) -> None:
    """A resolution number and its mover in the left margin ("R24/121 Moved by Councillor Jones")
    under an item's title that runs to the measure: not the title's last line. A wrapped line of
    the motion may start with a number ("418 Larch Avenue ..."): still the motion's."""
    indented = ParagraphStyle("indented", parent=TEXT, leftIndent=72)
    titles = [
        "Development Variance Permit DVP 2024-03 for the rear yard of a house in Larch Avenue – Approval",
        "Water Rates and Regulations Amendment Bylaw No. 512, 2024 – Adoption and Third Reading",
        "Internal audit report for the year ending 31 March 2024 and the auditor's recommendations",
    ]
    motions = [
        "THAT Council approve Development Variance Permit DVP 2024-03 for<br/>"
        "418 Larch Avenue to reduce the rear yard setback from 7.5 m to 4.0 m.",
        "THAT Water Rates and Regulations Amendment Bylaw No. 512, 2024 be adopted.",
        "THAT Council receive the internal audit report for information.",
    ]
    business = [
        f
        for n, (title, motion) in enumerate(zip(titles, motions), 1)
        for f in [
            para(f"<b>{n}. {title}</b>"),
            para(f"R24/12{n} Moved by Councillor Jones<br/>Seconded by Councillor Brown"),
            para(motion, indented),
            para("CARRIED", RIGHT),
        ]
    ]
    m = _minutes(tmp_path / "m.pdf", HEADERS["fields in a ruled box"], ATTENDANCE["a paragraph"], business)
    assert [i.title for i in m.items] == titles
    assert [len(i.decisions) for i in m.items] == [1, 1, 1]
    assert m.items[0].decisions[0].text.endswith("from 7.5 m to 4.0 m. CARRIED.")


def test_attendance_by_a_bodys_label_and_semicolon_entries_with_dashed_posts(tmp_path: Path) -> None:
    """ "In attendance: Dan Green (DG) – Clerk; County Cllr Eve Black (EB); PCSO Tom White (TW) for
    the police report; 2 members of the public", then "Westbury Homes (for Minute 3): Jo Hart
    (Chief Executive) and Ian Cole (Director of Property)": each person once, in attendance."""
    attendance = [
        para("<b>Present:</b> Cllr Alice Smith (Chair), Cllr Bob Jones, Cllr Carol Brown"),
        para(
            "In attendance: Dan Green (DG) – Clerk; County Cllr Eve Black (EB); PCSO Tom White (TW) for the police"
            " report; 2 members of the public"
        ),
        para("Westbury Homes (for Minute 3): Jo Hart (Chief Executive) and Ian Cole (Director of Property)."),
    ]
    m = _minutes(tmp_path / "m.pdf", HEADERS["fields in a ruled box"], attendance, BUSINESS["numbered headings"]())
    attending = [(a.name, a.role) for a in m.attendees if a.status == "in_attendance"]
    assert [name.split()[-1] for name, _ in attending] == ["Green", "Black", "White", "Hart", "Cole"]
    assert attending[0][1] is not None and attending[0][1].startswith("Clerk")
    assert attending[3][1] == "Chief Executive, Westbury Homes"  # each one's post at the body named
    assert [a.name.split()[-1] for a in m.attendees if a.status == "present"] == ["Smith", "Jones", "Brown"]


def test_minutes_of_a_months_meeting_under_a_bilingual_heading_with_lists_side_by_side(tmp_path: Path) -> None:
    """A heading in two languages in two columns over "Minutes of the March Meeting of the
    Westbury Municipal District held ...": the body is the district, the authority the council
    named in the heading's English column. "Members Present:" beside "Officials Present:" (the
    officials in attendance), a post wrapped onto a line of its own, a name with an accented
    capital, and "Cllr Smith, Cathaoirleach, presided." under the apologies: the chair, not an
    apology."""
    header = [
        table([[para("<b>Comhairle Contae Westbury</b>"), para("<b>Westbury County Council</b>", RIGHT)]], [240, 240]),
        para(
            "Minutes of the March Meeting of the Westbury Municipal District held in the Council Chamber on"
            " Tuesday 12 March 2024 at 10.00 a.m.",
            TITLE,
        ),
    ]
    people = table(
        [
            ["Members Present:", "Officials Present:"],
            ["Cllr Alice Smith (Cathaoirleach)", "Ms Dana Green, Director of Services"],
            ["Cllr Áine Ní Bhriain", "Mr Ian Cole, Senior Executive Engineer,"],
            ["Cllr Bob Jones", "Roads"],
            ["Cllr Carol Brown", "Ms Jo Hart, Meetings Administrator"],
        ],
        [240, 240],
        PLAIN,
    )
    attendance = [people, para("Apologies: Cllr Eve Black"), para("Cllr Smith, Cathaoirleach, presided.")]
    m = _minutes(tmp_path / "m.pdf", header, attendance, BUSINESS["numbered headings"]())
    assert (m.body, m.authority) == ("Westbury Municipal District", "Westbury County Council")
    assert [(a.name, a.status, a.role) for a in m.attendees] == [
        ("Cllr Alice Smith", "present", "Cathaoirleach"),
        ("Cllr Áine Ní Bhriain", "present", None),
        ("Cllr Bob Jones", "present", None),
        ("Cllr Carol Brown", "present", None),
        ("Cllr Eve Black", "apologies", None),
        ("Ms Dana Green", "in_attendance", "Director of Services"),
        ("Mr Ian Cole", "in_attendance", "Senior Executive Engineer, Roads"),
        ("Ms Jo Hart", "in_attendance", "Meetings Administrator"),
    ]


def test_members_two_to_a_row_with_their_posts_and_a_bracket_wrapped_in_a_run_on_list(tmp_path: Path) -> None:
    """ "Members present" over a ruled table of two people a row (Name | Post | Name | Post), names
    in bold with "(Chair)" or the rest of a name wrapped under them: a person a line, each with
    the post beside them, and the director among them a member too (the label says so). Then
    "In attendance: ..." whose bracketed post wraps onto the next line: three people, not two."""
    rows = [
        [
            "<b>Cllr Alice Smith</b><br/><b>(Chair)</b>",
            "Westbury Council – Cabinet Member for Health",
            "<b>Dr Bob Jones</b><br/><b>(Vice-Chair)</b>",
            "Westbury Integrated Care Board",
        ],
        [
            "<b>Cllr Carol Brown</b>",
            "Westbury Council – Cabinet Member for Children",
            "<b>Dana Green</b>",
            "Director of Public Health, Westbury Council",
        ],
        ["<b>Eve Black</b>", "Healthwatch Westbury", "<b>Ch Supt Ann</b><br/><b>Lee</b>", "Westbury Police"],
        [
            "<b>Fay Reed</b>",
            "Westbury Voluntary Action",
            "<b>Gil Ross (for</b><br/><b>Hal Fox)</b>",
            "Westbury Community Health NHS Trust",
        ],
    ]
    attendance = [
        para("<b>Members present</b>"),
        table(rows, [95, 140, 95, 140]),
        para(
            "In attendance: Tom White (Health and Wellbeing Board Manager), Jo Hart (Consultant in Public"
            "<br/>Health), Ian Cole (Democratic Services Officer)"
        ),
    ]
    header = [para("Minutes of the meeting of the Audit Committee held on Tuesday 12 March 2024", TITLE)]
    m = _minutes(tmp_path / "m.pdf", header, attendance, BUSINESS["numbered headings"]())
    assert [(a.name.split()[-1], a.status) for a in m.attendees] == [
        *[(n, "present") for n in ("Smith", "Jones", "Brown", "Green", "Black", "Lee", "Reed", "Ross")],
        *[(n, "in_attendance") for n in ("White", "Hart", "Cole")],
    ]
    roles = {a.name.split()[-1]: a.role for a in m.attendees}
    assert roles["Green"] == "Director of Public Health, Westbury Council"
    assert roles["Hart"] == "Consultant in Public Health"
    assert roles["Smith"] is not None and "Cabinet Member for Health" in roles["Smith"]


def test_a_decision_told_in_a_sentence_is_that_sentence_not_its_paragraph(tmp_path: Path) -> None:
    """ "The minutes of the meeting held on 16 April 2024 were agreed as an accurate record." opens
    a paragraph that goes on about the action log: the decision is the sentence; a "RESOLVED:"
    paragraph keeps its second sentence."""
    business = [
        para("<b>1. Minutes of the previous meeting and action log</b>"),
        para(
            "The minutes of the meeting held on 16 April 2024 were agreed as an accurate record. The Board"
            " reviewed the action log (see the end of these minutes); action 4 is complete."
        ),
        para("<b>2. Internal audit report</b>"),
        para("RESOLVED: That the report be approved. The Chair will write to the auditors with thanks."),
    ]
    m = _minutes(tmp_path / "m.pdf", HEADERS["fields in a ruled box"], ATTENDANCE["a paragraph"], business)
    decisions = [d.text for i in m.items for d in i.decisions]
    assert decisions[0] == "The minutes of the meeting held on 16 April 2024 were agreed as an accurate record."
    assert decisions[1].endswith("with thanks.")


def test_a_motion_keeps_its_roll_call_and_outcome(tmp_path: Path) -> None:
    """ "Motion by Director Kwan, second by Director Bright, to adopt the calendar as presented.
    Roll call vote: Ayes: ...; Nays: none. Motion carried 5-0.": one decision, the passage."""
    business = [
        *[
            f
            for n, t in enumerate(ITEMS, 1)
            for f in [
                para(f"<b>{n}. {t}</b>"),
                para("Staff presented the report and answered questions."),
                para(
                    f"Motion by Director Kwan, second by Director Bright, to adopt the {t.lower()} report as presented."
                    " Roll call vote: Ayes: Smith, Jones, Brown, Kwan, Bright; Nays: none. Motion carried 5-0."
                ),
            ]
        ]
    ]
    m = _minutes(tmp_path / "m.pdf", HEADERS["fields in a ruled box"], ATTENDANCE["a paragraph"], business)
    decisions = [d.text for i in m.items for d in i.decisions]
    assert len(decisions) == 3
    assert all(d.startswith("Motion by Director Kwan") and d.endswith("Motion carried 5-0.") for d in decisions)
    assert "Roll call vote: Ayes" in decisions[0]


def test_an_items_title_in_two_languages_parted_by_a_bar(tmp_path: Path) -> None:
    """ "1 Karakia Tīmatanga | Opening Karakia": a bar printed in a title, no table's cell
    boundary, is part of the title."""
    titles = ["Karakia Timatanga | Opening Karakia", "Nga Whakapaha | Apologies", "Nga Purongo | Reports"]
    business = [
        f
        for n, t in enumerate(titles, 1)
        for f in [para(f"<b>{n}    {t}</b>"), para("RESOLVED: That the report be received.")]
    ]
    m = _minutes(tmp_path / "m.pdf", HEADERS["fields in a ruled box"], ATTENDANCE["a paragraph"], business)
    assert [i.title for i in m.items] == titles


def test_a_motion_after_a_lettered_consent_list_is_a_sentence_of_its_own(tmp_path: Path) -> None:
    """ "A. Approval of Minutes ..." … "C. Acceptance of a Donation ..." (its wrapped line set in
    under its text), then "Motion by Director Kwan, second by Director Bright, to approve Consent
    Agenda items A through C ..." back at the markers: the motion starts where the list ends, a
    decision of the consent item."""
    hanging = ParagraphStyle("hanging", parent=TEXT, leftIndent=20, firstLineIndent=-20)
    entries = [
        "A. Approval of Minutes of the Regular Meeting of April 23, 2024",
        "B. Approval of Warrants and Payroll for April 2024",
        "C. Acceptance of a Donation from the Ledgeview Rotary Club ($2,500) for the Quarry Falls High School"
        " Robotics Team (Certificated and Classified)",
    ]
    business = [
        para("<b>1. CONSENT AGENDA</b>"),
        *[para(e, hanging) for e in entries],
        para(
            "Motion by Director Kwan, second by Director Bright, to approve Consent Agenda items A through C as"
            " presented. Motion carried 5-0."
        ),
        *[
            f
            for n, t in enumerate(ITEMS[1:], 2)
            for f in [para(f"<b>{n}. {t}</b>"), para("RESOLVED: That the report be approved.")]
        ],
    ]
    m = _minutes(tmp_path / "m.pdf", HEADERS["fields in a ruled box"], ATTENDANCE["a paragraph"], business)
    assert [d.text for d in m.items[0].decisions] == [
        "Motion by Director Kwan, second by Director Bright, to approve Consent Agenda items A through C as"
        " presented. Motion carried 5-0."
    ]


def test_notes_and_actions_under_the_partnerships_name_with_a_key_to_the_abbreviations(tmp_path: Path) -> None:
    """ "Safer Westbury Partnership" / "Partnership Board – Notes and Actions" / "Tuesday 12 March
    2024, 10:00–12:00 | Committee Room 2, ...": a meeting, its venue after the time range. The
    apologies wrap ("Eve Black (Westbury" / "Homes)") and end at the "Key: WC – Westbury Council;
    ..." under them, whose abbreviations are no people. "Following the workshop on ..., the Board
    agreed the following priorities ..." is a decision."""
    header = [
        para("Safer Westbury Partnership", TITLE),
        para("Partnership Board – Notes and Actions"),
        para("Tuesday 12 March 2024, 10:00–12:00 | Committee Room 2, Westbury Civic Centre"),
    ]
    attendance = [
        para("<b>Present:</b> Alice Smith (Chair), Bob Jones, Carol Brown"),
        para(
            "Apologies: Cllr Dan Green (Cabinet Member for Communities, WC); Supt. Frank White (SP); Eve Black"
            " (Westbury Homes)"
        ),
        para(
            "Key: WC – Westbury Council; SP – Sandholt Police; SFRS – Sandholt Fire and Rescue Service; OPCC –"
            " Office of the Sandholt Police and Crime Commissioner"
        ),
    ]
    business = [
        para("<b>1. Partnership priorities 2024/25</b>"),
        para(
            "Following the strategic assessment workshop on 4 December 2023, the Board agreed the following"
            " partnership priorities for 2024/25: serious violence; anti-social behaviour; and reducing reoffending."
        ),
        para("<b>2. Any other business</b>"),
        para("None."),
    ]
    m = _minutes(tmp_path / "m.pdf", header, attendance, business)
    assert (m.date, m.time) == ("2024-03-12", "10:00")
    assert m.venue == "Committee Room 2, Westbury Civic Centre"
    assert "Westbury Partnership" in m.body
    assert [(a.name, a.status) for a in m.attendees if a.status == "apologies"] == [
        ("Cllr Dan Green", "apologies"),
        ("Supt. Frank White", "apologies"),
        ("Eve Black", "apologies"),
    ]
    assert [d.text[:40] for d in m.items[0].decisions] == ["Following the strategic assessment works"]


# Title blocks in no form the openings read (all but two found no meeting before): the block above
# the first attendance label, with numbered business after it, is read as the title block.
UNREAD_HEADERS: dict[str, list[Any]] = {
    "a record of the meeting after a dash": [para("Audit Committee — record of the meeting, 12 March 2024", TITLE)],
    "the authority, body and date in one barred line": [
        para("Westbury Town Council | Audit Committee | 12 March 2024", TITLE)
    ],
    "a summary of proceedings": [para("Summary of proceedings: Audit Committee (12 March 2024)", TITLE)],
    "a meeting record over the date": [para("Audit Committee Meeting Record", TITLE), para("Tuesday 12 March 2024")],
    "the body and date after a colon": [para("Audit Committee: 12 March 2024", TITLE)],
    "dashes between body, date and place": [para("AUDIT COMMITTEE — 12.03.2024 — TOWN HALL", TITLE)],
    "the date over the body": [para("12 March 2024", TEXT), para("Audit Committee", TITLE)],
    "a date line of numbers under the authority": [
        para("WESTBURY TOWN COUNCIL", CENTRED),
        para("Audit Committee", CENTRED),
        para("Date: 12/03/2024   Venue: Town Hall"),
    ],
    "the weekday after the date": [para("Audit Committee", TITLE), para("12 March 2024 (Tuesday), 7pm")],
    "a report of the meeting": [
        para("Report of the Audit Committee meeting", TITLE),
        para("Date of meeting: 12 March 2024"),
    ],
}


@pytest.mark.parametrize("header", list(UNREAD_HEADERS))
def test_a_title_block_in_a_form_no_opening_reads(tmp_path: Path, header: str) -> None:
    m = _minutes(tmp_path / "m.pdf", UNREAD_HEADERS[header], ATTENDANCE["a paragraph"], BUSINESS["numbered headings"]())
    _check(m)
    assert m.body == "Audit Committee"


def test_a_plan_with_a_label_and_numbered_sections_opens_no_meeting(tmp_path: Path) -> None:
    """No fallback meeting where there is no date above the label, or no numbered business
    after it: a strategy's "Partners:" line over its numbered chapters is no minutes."""
    path = tmp_path / "plan.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=56, rightMargin=56)
    doc.build(
        [
            para("Community Safety Strategy", TITLE),
            para("Present: a strategy agreed by the partners named below"),
            *[para(f"<b>{n}. Chapter {n}</b>") for n in range(1, 5)],
        ]
    )
    pages, _ = read_pdf(path)
    assert extract_meetings(pages) == []


# Attendance printed in forms the labels did not read before: each gives the three members present.
MORE_ATTENDANCE: dict[str, list[Any]] = {
    "a dash after the label": [para("Present – Cllr A. Smith (Chair), Cllr B. Jones, Cllr C. Brown")],
    "the roll call's label before the list's own": [
        para("ROLL CALL: Present: Commissioners Smith, Jones and Brown. Absent: None."),
        para("Staff: Dan Green, City Clerk"),
    ],
    "initials under a key": [
        para("<b>Present:</b> AS (Chair), BJ, CB"),
        para("Key: AS – Cllr Alice Smith; BJ – Cllr Bob Jones; CB – Cllr Carol Brown; DG – Dan Green (Clerk)"),
    ],
}


@pytest.mark.parametrize("attendance", list(MORE_ATTENDANCE))
def test_attendance_in_more_forms(tmp_path: Path, attendance: str) -> None:
    header = [para("AUDIT COMMITTEE", TITLE), para("Tuesday 12 March 2024, 7.00pm, Council Chamber")]
    _check(_minutes(tmp_path / "m.pdf", header, MORE_ATTENDANCE[attendance], BUSINESS["numbered headings"]()))


@pytest.mark.parametrize("form", ["({n}) {t}", "{n}/ {t}"])
def test_items_numbered_in_brackets_or_with_a_slash(tmp_path: Path, form: str) -> None:
    """ "(1) Apologies for absence", "1/ Apologies for absence": the number is the item's, not
    part of an unnumbered heading's title."""
    business = [
        f
        for n, t in enumerate(ITEMS, 1)
        for f in [
            para(f"<b>{form.format(n=n, t=t)}</b>"),
            para(DISCUSSION),
            para("RESOLVED: That the report be approved."),
        ]
    ]
    header = [para("AUDIT COMMITTEE", TITLE), para("Tuesday 12 March 2024, 7.00pm, Council Chamber")]
    m = _minutes(tmp_path / "m.pdf", header, ATTENDANCE["a paragraph"], business)
    _check(m)
    assert [i.number for i in m.items] == ["1", "2", "3"]


@pytest.mark.parametrize("form", ["capitals", "number alone"])
def test_unnumbered_titles_in_capitals_and_a_number_on_a_line_of_its_own(tmp_path: Path, form: str) -> None:
    """Minutes that number no items and set each title in capitals, plain type ("INTERNAL AUDIT
    REPORT"): the titles are the items (none were found). "1." on a line of its own over a bold
    title: the number is the item's."""
    resolved = para("RESOLVED: That the report be approved.")
    if form == "capitals":
        business = [f for t in ITEMS for f in [para(t.upper()), para(DISCUSSION), resolved]]
    else:
        business = [
            f
            for n, t in enumerate(ITEMS, 1)
            for f in [para(f"<b>{n}.</b>"), para(f"<b>{t}</b>"), para(DISCUSSION), resolved]
        ]
    header = [para("AUDIT COMMITTEE", TITLE), para("Tuesday 12 March 2024, 7.00pm, Council Chamber")]
    m = _minutes(tmp_path / "m.pdf", header, ATTENDANCE["a paragraph"], business)
    _check(m)
    if form == "number alone":
        assert [i.number for i in m.items] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Dan Green agreed to write to the auditors by the next meeting.", [("Dan Green", "Dan Green")]),
        ("The Treasurer undertook to circulate the figures before the next meeting.", [("The Treasurer", "Treasurer")]),
        ("Members requested that the Clerk write to the auditors by 30 April 2024.", [("Members", "Clerk")]),
        (
            "Actions: (i) Clerk to write to the auditors; (ii) Chair to sign the accounts.",
            [("Clerk to write", "Clerk"), ("Chair to sign", "Chair")],
        ),
    ],
)
def test_who_acts_in_an_action_written_as_minutes_write_them(
    tmp_path: Path, written: str, expected: list[tuple[str, str]]
) -> None:
    """The owner is whoever agreed, undertook or was asked to act; actions listed under one label
    are one each."""
    business = [
        f
        for n, t in enumerate(ITEMS, 1)
        for f in [
            para(f"<b>{n}. {t}</b>"),
            para(DISCUSSION),
            para(written if n == 3 else "RESOLVED: That the report be approved."),
        ]
    ]
    header = [para("AUDIT COMMITTEE", TITLE), para("Tuesday 12 March 2024, 7.00pm, Council Chamber")]
    m = _minutes(tmp_path / "m.pdf", header, ATTENDANCE["a paragraph"], business)
    actions = m.items[2].actions
    assert len(actions) == len(expected)
    for action, (start, owner) in zip(actions, expected):
        assert action.text.startswith(start) and (action.owner or "").startswith(owner)


def test_an_unnumbered_title_with_its_agenda_reference_after_it(tmp_path: Path) -> None:
    """ "Internal audit report (Item 3)" in bold, no number before it: the title without the
    reference, the reference the item's."""
    business = [
        f
        for n, t in enumerate(ITEMS, 1)
        for f in [para(f"<b>{t} (Item {n})</b>"), para(DISCUSSION), para("RESOLVED: That the report be approved.")]
    ]
    header = [para("AUDIT COMMITTEE", TITLE), para("Tuesday 12 March 2024, 7.00pm, Council Chamber")]
    m = _minutes(tmp_path / "m.pdf", header, ATTENDANCE["a paragraph"], business)
    _check(m)
    assert [i.ref for i in m.items] == ["Item 1", "Item 2", "Item 3"]
