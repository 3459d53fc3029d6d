"""extractor.meetings: minutes -> meetings, attendance, items, decisions, votes, actions.

Exact facts from the bundled corpus (001's embedded Scrutiny Committee minutes, 002's two
sets of minutes) and from small minutes PDFs the tests build, one per house style. Every
PDF is read through extractor.pdf.read_pdf so the tests exercise the real path.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import meetings
from extractor.meetings import extract_meetings
from extractor.models import AgendaItem, Attendee, Meeting
from extractor.pdf import read_pdf

from .conftest import CORPUS, SEEDS, real
from .fixtures import make_minutes_fixtures as make


def _meetings(path: Path) -> list[Meeting]:
    pages, _ = read_pdf(path)
    return extract_meetings(pages)


FENMOOR = [
    ("FENMOOR DISTRICT COUNCIL", "b"),
    "MINUTES of a meeting of the PLANNING COMMITTEE held in the Council Chamber on Tuesday,",
    "14 March 2023 at 7.00 pm",
]
ELMVALE = [
    ("The Corporation of the Township of Elmvale", "b"),
    ("Regular Council Meeting", "b"),
    ("Minutes", "b"),
    "Date: Tuesday, May 21, 2024",
]


def _planning_committee(path: Path, lines: list) -> Path:
    """A district planning committee's minutes: its heading and opening, then `lines`."""
    return make.render(path, FENMOOR + lines)


def _township_council(path: Path, lines: list) -> Path:
    """An Ontario township council's minutes: its title block, then `lines`."""
    return make.render(path, ELMVALE + lines)


def _person(meeting: Meeting, name: str) -> Attendee:
    return next(a for a in meeting.attendees if a.name == name)


def _item(meeting: Meeting, number: str) -> AgendaItem:
    return next(i for i in meeting.items if i.number == number)


@pytest.fixture(scope="module")
def gravesham() -> list[Meeting]:
    return _meetings(CORPUS / SEEDS["gravesham"])


@pytest.fixture(scope="module")
def scrutiny() -> list[Meeting]:
    return _meetings(CORPUS / SEEDS["scrutiny"])


# --------------------------------------------------------------------------- corpus


def test_gravesham_pack_holds_two_sets_of_minutes(gravesham: list[Meeting]) -> None:
    assert [(m.body, m.date) for m in gravesham] == [
        ("Crime & Disorder Scrutiny Committee", "2019-04-02"),
        ("Kent and Medway Police and Crime Panel", "2019-06-12"),
    ]


def test_title_block_meeting_from_gravesham(gravesham: list[Meeting]) -> None:
    m = gravesham[0]
    assert (m.authority, m.time, m.venue, m.page, m.page_end) == ("Gravesham Borough Council", "7.30 pm", None, 1, 6)
    assert [i.number for i in m.items] == [str(n) for n in range(55, 64)]
    assert (
        _item(m, "60").title == "Kent & Medway Police and Crime Panel - Minutes of the meeting held on 14 November 2018"
    )
    assert [d.text for d in _item(m, "56").decisions] == [
        "The minutes of the meeting held on 11 October 2018 were signed by the Chair."
    ]
    assert [(d.kind, d.text) for d in _item(m, "59").decisions] == [("noted", "The report was noted.")]


def test_gravesham_attendance(gravesham: list[Meeting]) -> None:
    m = gravesham[0]
    assert _person(m, "Cllr Greta Goatley") == Attendee("Cllr Greta Goatley", "present", "Vice-Chair", 1)
    assert _person(m, "Conrad Broadley").status == "present"  # after the "Councillors:" label
    assert (_person(m, "Simon Hookway").status, _person(m, "Simon Hookway").role) == (
        "in_attendance",
        "Assistant Director (Communities)",
    )
    assert (_person(m, "Craig West").status, _person(m, "Craig West").role) == ("apologies", "Inspector (Kent Police)")
    assert _person(m, "Neil Loudon").status == "in_attendance"  # welcomed to the meeting in item 62
    assert len(m.attendees) == 18


def test_gravesham_actions(gravesham: list[Meeting]) -> None:
    actions = _item(gravesham[0], "59").actions
    assert [a.text for a in actions] == [
        "The officer was requested to rewrite this section.",
        "The Strategic Manager (Community Safety Unit) was requested to advertise the questionnaire and "
        "to aim for a broader sample in future.",
        "It was also agreed that Members be sent the questionnaire.",
    ]
    assert actions[1].owner == "Strategic Manager (Community Safety Unit)"
    revisit = _item(gravesham[0], "58").actions[1]
    assert revisit.due_date == "2020-04"  # "revisited by the Committee in a year" from April 2019


def test_moderngov_meeting_appended_to_pack(gravesham: list[Meeting]) -> None:
    m = gravesham[1]
    assert (m.authority, m.venue, m.page) == (
        "Kent County Council",
        "Darent Room, Sessions House, County Hall, Maidstone",
        49,
    )
    assert _person(m, "Mr P M Hill, OBE").role == "Chairman"
    assert _person(m, "Cllr S Mochrie-Cox").status == "present"  # name hyphenated across lines
    first = m.items[0]
    assert (first.number, first.ref, first.title) == ("312", "Item 2", "Election of Chair")
    assert [i.number for i in m.items] == [str(n) for n in range(312, 325)]  # numbered paragraphs are not items
    assert _item(m, "324").title == (
        "Minutes of the Commissioner's Performance & Delivery Board meetings held on 12 December 2018 and 20 March 2019"
    )
    assert [d.text for d in _item(m, "315").decisions] == [
        "RESOLVED that the minutes of the meeting held on 6 February 2019 were a correct record and that they be "
        "signed by the Chair."
    ]


def test_scrutiny_minutes_embedded_in_001(scrutiny: list[Meeting]) -> None:
    [m] = scrutiny
    assert (m.body, m.authority, m.date, m.venue) == (
        "Scrutiny Committee",
        "Kent County Council",
        "2024-04-24",
        "Council Chamber, Sessions House, County Hall, Maidstone",
    )
    assert _person(m, "Mrs T Dean, MBE").status == "also_present"
    assert _person(m, "Mr P Barrington-King") == Attendee("Mr P Barrington-King", "virtual", "Vice Chairman", 1)
    assert _person(m, "Mr J Betts").role == "Acting Corporate Director, Finance"
    assert _person(m, "Mr M Albiston").role == "Director of Adult Social Care (Operations) Kent"
    assert _person(m, "Ms J Hawkins").role == "Substitute for Rich Lehmann"
    assert [(i.number, i.ref) for i in m.items][:2] == [("51", "Item A4"), ("52", "Item C1")]
    assert m.page_end == 5  # the report that follows ("By: Anna Taylor ...") is not part of the minutes
    [vote] = _item(m, "54").votes
    assert vote.outcome == "carried"


@pytest.mark.parametrize("seed", ["gangs", "review", "vru"])
def test_no_minutes_in_reports(seed: str) -> None:
    assert _meetings(CORPUS / SEEDS[seed]) == []


def test_agenda_front_sheet_is_not_a_meeting() -> None:
    assert _meetings(real("uk-kent-cc-cabinet-agenda-frontsheet-2025-01-30.pdf")) == []


def test_horsley_village_hall_minutes() -> None:
    [m] = _meetings(real("uk-horsley-village-hall-committee-minutes-2013-10-08.pdf"))
    assert (m.body, m.date, m.time, m.venue) == (
        "Village Hall Management Committee",
        "2013-10-08",
        "7.30pm",
        "Horsley Village Hall",
    )
    assert [(a.name, a.role) for a in m.attendees if a.status == "present"] == [
        ("Mick Ratford", "Treasurer"),
        ("Karen Butt", "Bookings Secretary"),
        ("Mags Ratford", "Secretary"),
        ("Jon Stride", "Chairperson"),
    ]
    assert [i.number for i in m.items] == [str(n) for n in range(1, 11)]
    assert _item(m, "8").title == "Floor re-oil"
    assert ("Karen", "Karen to email round existing rates, action Karen.") in [
        (a.owner, a.text) for a in _item(m, "9").actions
    ]


# --------------------------------------------------------------------------- built PDFs


def test_moderngov_format(tmp_path: Path) -> None:
    [m] = _meetings(make.moderngov(tmp_path))
    assert (m.body, m.authority, m.date, m.venue) == (
        "Planning and Regulatory Committee",
        "Surrey County Council",
        "2024-05-15",
        "Council Chamber, Woodhatch Place, Reigate",
    )
    assert _person(m, "Dr A Patel, MBE").status == "present"
    assert _person(m, "Mr R Jones").role == "Substitute for Mr K Lee"
    assert _person(m, "Mr J Betts") == Attendee("Mr J Betts", "virtual", "Acting Director, Finance", 1)
    assert [(i.number, i.ref, i.title) for i in m.items] == [
        ("14", "Item 3", "Minutes of the meeting held on 10 April 2024"),
        ("15", "Item A1", "Land at Church Farm, Oxted: application for 40 homes"),
        ("16", "Item B1", "Enforcement Update"),
    ]
    [decision] = _item(m, "15").decisions
    assert decision.text == (
        "RESOLVED that: (a) the application be approved subject to conditions; and "
        "(b) the conditions be finalised by the Chairman."
    )
    [action] = _item(m, "15").actions
    assert (action.due_date, action.text) == (
        "2024-05-31",
        "The officer was requested to circulate the drainage report to Members by 31 May 2024.",
    )


def test_heading_then_minutes_of_the_meeting_held(tmp_path: Path) -> None:
    [m] = _meetings(make.heading_minutes_held(tmp_path))
    assert (m.body, m.date, m.time, m.venue) == ("Cabinet", "2024-06-03", "6.00 pm", "Civic Suite, Town Hall, Bexhill")
    assert _person(m, "A Carter").role == "Leader"
    assert _person(m, "Jane Fox") == Attendee("Jane Fox", "in_attendance", "Chief Executive", 1)
    assert _person(m, "Sam Lane") == Attendee("Sam Lane", "apologies", "Inspector (Sussex Police)", 1)
    assert [[d.kind for d in i.decisions] for i in m.items] == [[], ["agreed"], ["recommended"]]
    assert _item(m, "3").actions[0].owner == "Leader (A Carter)"  # the post named from who attended in it


def test_title_block_format(tmp_path: Path) -> None:
    [m] = _meetings(make.title_block(tmp_path))  # the front sheet announcing 10 October is not one
    assert (m.body, m.authority, m.date, m.time) == (
        "Overview Committee",
        "Dover District Council",
        "2024-07-02",
        "7.30 pm",
    )
    assert _person(m, "Kate Moss").status == "in_attendance"
    assert _person(m, "Amy Cole").role == "District Partnership Manager"
    assert _person(m, "Cllr Dan Webb").status == "apologies"
    assert _item(m, "22").title == "Community Safety Plan 2024-27 - Priorities and Progress on Delivery Against Targets"
    [action] = _item(m, "22").actions
    assert (action.owner, action.due_date) == ("Strategic Manager (Community Safety)", "2025-01")


def test_parish_format(tmp_path: Path) -> None:
    [m] = _meetings(make.parish(tmp_path))
    assert (m.body, m.date, m.time, m.venue) == ("Milburn Parish Council", "2019-09-03", "7.30pm", "Village Hall")
    assert [i.number for i in m.items] == ["19.09.01", "19.09.02", "19.09.03", "19.09.04"]
    assert _person(m, "J Moss").role == "Chairman"
    assert _person(m, "Mrs S Lowe") == Attendee("Mrs S Lowe", "in_attendance", "Clerk", 1)
    assert _person(m, "Cllr T Ward").status == "apologies"
    assert [d.kind for d in _item(m, "19.09.03").decisions] == ["resolved"]
    assert _item(m, "19.09.03").actions[0].owner == "Clerk (Mrs S Lowe)"  # the post named from who attended in it


def test_terse_decisions_inside_sentences(tmp_path: Path) -> None:
    [m] = _meetings(make.village_hall(tmp_path))
    safety, finance = m.items
    assert [d.text for d in safety.decisions] == [
        "The parish council could not help with the cost of an outside noticeboard and with plenty of display"
        " space inside the hall, it was decided not to go ahead with one.",
        "The cleaner reported a leak in the kitchen; agreed the plumber should be called.",
        "Pavilion cleaning was discussed - decided to wait and see for another month.",
    ]
    # the line before stops short without a full stop: the decision starts on its own line
    assert [d.text for d in finance.decisions] == ["It was resolved that the hire charges stay the same for 2014."]


def test_paragraph_numbers_under_plain_headings_are_not_items(tmp_path: Path) -> None:
    [m] = _meetings(make.paragraph_numbers(tmp_path))
    assert [i.title for i in m.items] == ["Welcome and introductions", "Court data release", "Any other business"]
    assert [d.text for d in m.items[1].decisions] == [
        "The Panel agreed the plan, with court data published at local authority level.",
        "The Panel agreed to form a working group on sentencing data.",  # the Panel's own decision
    ]
    assert not m.items[1].actions


def test_us_council_roll_call_item_motions_and_votes(tmp_path: Path) -> None:
    [m] = _meetings(make.us_council(tmp_path))
    assert (m.body, m.date, m.time, m.venue, m.authority) == (
        "Riverton City Council",  # the city's own council: "City of Riverton" over "City Council"
        "2023-03-07",
        "6:00 PM",
        "Council Chambers, 100 Main Street",
        "City of Riverton",
    )
    assert [i.title for i in m.items] == [
        "CALL TO ORDER",
        "ROLL CALL",
        "APPROVAL OF MINUTES",
        "CONSENT AGENDA",
        "ADJOURNMENT",
    ]
    assert ("Ben Hale", "Councilmember", "present") in [(a.name, a.role, a.status) for a in m.attendees]
    assert [(a.name, a.status) for a in m.attendees if a.status != "present"] == [("Fay Moss", "absent")]
    consent = m.items[3]
    [decision] = consent.decisions
    assert decision.text.startswith("A motion was made by Councilmember Patel, seconded by Councilmember Grant")
    [vote] = consent.votes  # the outcome above the count is that count's
    assert (vote.votes_for, vote.votes_against, vote.outcome) == (4, 1, "carried")


def test_motions_set_out_as_blocks(tmp_path: Path) -> None:
    [m] = _meetings(make.motion_blocks(tmp_path))
    assert (m.body, m.authority, m.date) == ("Town of Lakefield Council", "Town of Lakefield", "2022-04-11")
    assert [(a.name, a.role) for a in m.attendees if a.status == "in_attendance"] == [
        ("D. Gray", "Clerk"),
        ("M. Rose", "Treasurer"),  # not a lettered item "M."
    ]
    assert [d.text for d in m.items[1].decisions] == [
        "That the agenda for the April 11, 2022 meeting be adopted as presented. Carried."
    ]
    # a numbered sub-item's title ("4.1 By-law 2022-15 Fees and Charges") is an item of its own
    assert [i.number for i in m.items] == ["1", "2", "3", "4", "4.1", "5"]
    assert [d.text[:15] for d in m.items[4].decisions] == ["That By-law 202"]
    assert [d.text for d in m.items[5].decisions] == ["That the meeting be adjourned at 8:05 p.m. Carried."]


def test_member_in_the_chair_and_lettered_sub_resolutions(tmp_path: Path) -> None:
    [m] = _meetings(make.cmis(tmp_path))
    assert (m.body, m.authority, m.date) == ("Executive Board", "Leedshire City Council", "2023-06-14")
    assert [(a.name, a.role) for a in m.attendees][:3] == [("J Lewis", "Chair"), ("S Arif", None), ("D Coupar", None)]
    assert len(m.attendees) == 6
    [decision] = _item(m, "4").decisions  # lettered sub-resolutions stay with their parent
    assert decision.text.startswith("RESOLVED – (a) That the projected financial position")
    assert "(b) That the Director of Finance be requested" in decision.text


def test_resolutions_as_lettered_points(tmp_path: Path) -> None:
    [m] = _meetings(make.lettered_resolutions(tmp_path))
    assert [d.text for d in _item(m, "23/48").decisions] == [
        "Resolved to approve the payments list totalling £2,345.67.",
        "Resolved to accept the internal auditor's report.",
    ]
    assert [a.text for a in _item(m, "23/49").actions] == [
        "The Clerk to obtain three quotes for the replacement swing.",
        "Cllr Smith to inspect the fence.",
        "New bark to be ordered for the play area.",  # to be done, in the passive
        "The working group will survey the benches in July.",  # a group that will do something
    ]
    assert ("Cllr M Black", "apologies") in [(a.name, a.status) for a in m.attendees]
    assert "3 members of the public" not in [a.name for a in m.attendees]


def test_partnership_notes_with_bulleted_attendees(tmp_path: Path) -> None:
    [m] = _meetings(make.partnership_notes(tmp_path))
    assert (m.body, m.date) == ("Northshire Community Safety Partnership", "2023-10-12")
    people = [(a.name, a.role, a.status) for a in m.attendees]
    assert people[0] == ("Sarah Lee", "Chair, Northshire County Council", "present")
    assert ("Dan Wood", "Probation Service", "present") in people
    assert people[-1] == ("Kate Moore", "NHS Northshire ICB", "apologies")
    assert len(people) == 5
    assert [(a.owner, a.due_date) for a in _item(m, "3").actions] == [
        ("TH (Tom Hart)", "2023-10-31"),
        ("PS (Priya Shah)", None),
    ]


def test_attendance_table_with_a_status_column(tmp_path: Path) -> None:
    [m] = _meetings(make.status_table(tmp_path))
    assert (m.body, m.date, m.venue) == ("Eastvale Health and Wellbeing Board", "2024-01-09", "Eastvale Civic Centre")
    assert [(a.name, a.role, a.status) for a in m.attendees] == [
        ("Cllr Ann Kerr", "Chair, Eastvale Council", "present"),
        ("Dr Raj Patel", "Eastvale ICB", "apologies"),
        ("Sue Bell", "Healthwatch Eastvale", "present"),
        ("Tom Fry", "Eastvale Police", "absent"),
    ]
    assert not m.items[0].decisions  # "Apologies were noted." records no decision


def test_people_in_a_table_without_rules(tmp_path: Path) -> None:
    [m] = _meetings(make.unruled_people_table(tmp_path))
    assert [(a.name, a.role, a.status) for a in m.attendees] == [
        ("Amanda Lee", "Lloyds, CCA", "present"),
        ("Andy Watson", "Whitworth Chemists, Independent", "present"),
        ("Russell Bray", "Rowlands, CCA", "apologies"),
    ]


def test_recorded_votes(tmp_path: Path) -> None:
    [m] = _meetings(make.votes(tmp_path))
    item = _item(m, "7")
    lost, count = item.votes
    assert (lost.motion, lost.outcome) == ("Amendment", "lost")
    assert (count.votes_for, count.votes_against, count.abstentions, count.outcome) == (57, 0, 2, "carried")
    [decision] = item.decisions
    assert decision.text == "RESOLVED that the revenue budget for 2025-26 be approved."
    assert decision.votes == (lost, count)


def test_action_table(tmp_path: Path) -> None:
    [m] = _meetings(make.action_table(tmp_path))
    assert [(a.text, a.owner, a.due_date) for a in _item(m, "2").actions] == [
        ("Circulate the Better Care Fund plan to members", "Board Manager", "2024-04-30"),
        ("Report back on hospital discharge delays", "Mr P Cole", "2024-06"),
    ]
    assert _item(m, "2").title == "Actions Agreed"


# --------------------------------------------------------------------------- other templates


def test_held_sentence_and_numbered_resolutions(tmp_path: Path) -> None:
    [m] = _meetings(make.township(tmp_path))
    assert (m.body, m.date, m.time) == ("Township of Elmvale Council", "2024-03-05", "7:00 p.m.")
    assert [(a.name, a.status) for a in m.attendees][:2] == [("Ann Lee", "present"), ("Bob Hart", "present")]
    assert ("Eve Stone", "in_attendance") in [(a.name, a.status) for a in m.attendees]
    assert [i.number for i in m.items] == ["R2024-041", "R2024-042"]
    first = _item(m, "R2024-041")
    assert first.title == "That the minutes of the Council meeting held February 20, 2024, be adopted as published"
    assert [d.text for d in first.decisions] == [
        "That the minutes of the Council meeting held February 20, 2024, be adopted as published. Carried."
    ]
    assert [d.text for d in _item(m, "R2024-042").decisions] == [
        "That we award the snow clearing tender to North Roads Ltd. Carried."
    ]


def test_title_block_fields_initials_grid_and_unnumbered_headings(tmp_path: Path) -> None:
    [m] = _meetings(make.fields_grid(tmp_path))
    assert (m.body, m.date, m.time, m.venue) == (
        "Riverside Pharmacy Committee",
        "2018-05-02",
        "09.30",
        "Town Hall, Market Square",
    )
    assert [a.name for a in m.attendees] == ["Amy Lane", "Ben Moss", "Cara Neal", "Dev Oran"]
    assert [(i.number, i.title) for i in m.items] == [(None, "Welcome"), (None, "Finance"), (None, "Appointments")]
    finance, officers = m.items[1], m.items[2]
    assert [d.text for d in finance.decisions] == ["It was resolved to pay the invoice from the printers."]
    assert [d.text for d in officers.decisions] == [
        "Cara Neal was re-elected as Treasurer, proposed by AL and seconded by DO."
    ]
    assert not m.items[0].decisions  # "The Chair opened the meeting" decides nothing


def test_an_agenda_has_no_meeting(tmp_path: Path) -> None:
    assert _meetings(make.agenda(tmp_path)) == []


def test_superscript_ordinal_and_small_capitals_do_not_hide_the_meeting(tmp_path: Path) -> None:
    [m] = _meetings(make.superscript_date(tmp_path))
    assert (m.body, m.date, m.time) == ("Ashford Parish Council", "2016-05-11", "19.30")
    assert [a.name for a in m.attendees] == ["Ann Bell", "Carl Dunn", "Eve Ford"]
    assert [d.kind for d in m.items[0].decisions] == ["agreed"]


def test_minutes_set_in_ruled_tables(tmp_path: Path) -> None:
    [m] = _meetings(make.ruled_tables(tmp_path))
    assert (m.body, m.date) == ("West Dale Pharmacy Committee", "2018-03-06")
    assert [(a.name, a.role) for a in m.attendees] == [("Ann Kerr", "Boots, Chair"), ("Bill Lowe", "Lloyds, Treasurer")]
    assert [(i.number, i.title) for i in m.items] == [("01", "Introduction"), ("02", "Finance")]
    first, second = m.items
    assert [d.text for d in first.decisions] == ["Minutes approved"]
    assert [(a.text, a.owner) for a in first.actions] == [
        ("03-01 AK to circulate the new terms of reference", "AK (Ann Kerr)")
    ]
    assert [d.text for d in second.decisions] == ["BL appointed Auditor"]


@pytest.mark.parametrize("ruled", [False, True], ids=["unruled", "ruled"])
def test_attendance_lists_side_by_side_are_read_column_by_column(tmp_path: Path, ruled: bool) -> None:
    [m] = _meetings(make.side_by_side(tmp_path, ruled))
    assert [(a.name, a.role, a.status) for a in m.attendees] == [
        ("Alice Brown", "Chair", "present"),
        ("Professor Ken Ito", None, "present"),
        ("Ruth Orme", None, "present"),
        ("Sir Lee Ward", None, "apologies"),
        ("Dr Amy Fox", "Treasury", "apologies"),
        ("Mark Hale", "Digital Office", "in_attendance"),
        ("Nina Shah", "Digital Office, secretariat", "in_attendance"),
        ("Paul Dean", "Treasury", "in_attendance"),
        ("Kim Roe", "Treasury", "in_attendance"),
        ("Tara Cole", "Met Office", "in_attendance"),
    ]


def test_us_commission_roll_call_lettered_items_and_motions(tmp_path: Path) -> None:
    [m] = _meetings(make.us_commission(tmp_path))
    assert (m.body, m.date) == ("City of Lakeview Planning Commission", "2022-09-29")
    assert [(a.name, a.status) for a in m.attendees] == [
        ("Dana Reyes", "present"),
        ("Omar Fields", "present"),
        ("Li Park", "present"),
        ("Sam Ortiz", "apologies"),
    ]
    assert [(i.number, i.title) for i in m.items] == [
        ("A", "CALL TO ORDER"),
        ("B", "APPROVAL OF MINUTES"),
        ("C", "3903 HAINES STREET PROJECT"),
    ]
    approval, project = m.items[1], m.items[2]
    [decision] = approval.decisions
    assert decision.text.startswith("Moved by Commissioner Park, seconded by Vice Chair Fields")
    assert [(v.votes_for, v.votes_against, v.outcome) for v in approval.votes] == [(3, 0, "carried")]
    assert [d.text for d in project.decisions] == [
        "On a motion by Chair Reyes, seconded by Commissioner Park, the Commission approved the permit with conditions."
    ]


def test_owners_in_a_right_margin_column(tmp_path: Path) -> None:
    [m] = _meetings(make.margin_owners(tmp_path))
    assert [a.name for a in m.attendees] == ["Helen Lamb", "Gary Dunn", "Ivy Kerr"]
    arising, letters = m.items
    assert [(a.text, a.owner) for a in arising.actions] == [
        ("The bench by the green was broken again and would be replaced before the summer.", "HL (Helen Lamb)"),
        ("Feedback was still awaited from the developer on the play area.", "GD (Gary Dunn)"),
    ]
    assert not letters.actions  # no owner in the margin and no one committed


def test_margin_notes_leave_the_text(tmp_path: Path) -> None:
    pages, _ = read_pdf(make.margin_owners(tmp_path))
    noted = [(ln.text, ln.margin) for ln in pages[0].lines if ln.margin]
    assert noted == [
        ("broken again and would be replaced before the summer.", "HL"),
        ("Feedback was still awaited from the developer on the play area.", "GD"),
    ]


def test_a_stop_inside_a_word_or_an_amount_does_not_end_the_sentence() -> None:
    """ "£340.20", "e.g." and "visit.gov.uk" inside a sentence: the decision is read whole."""
    lines = [
        "The meeting noted the report. It was proposed by UH, seconded by AP and agreed that the",
        "Trustees promote the Library by, e.g. a weekly list of events. It was agreed to pay £340.20",
        "for the listing on visit.gov.uk this year.",
    ]
    rows = [meetings._Row(t, 1, False, 0.0, False, False, None) for t in lines]
    assert [d.text for d, _ in meetings._decisions(rows, meetings._rules())] == [
        "The meeting noted the report.",
        "It was proposed by UH, seconded by AP and agreed that the Trustees promote the Library by, e.g. a weekly"
        " list of events.",
        "It was agreed to pay £340.20 for the listing on visit.gov.uk this year.",
    ]


def test_a_decision_that_introduces_a_list_keeps_its_points() -> None:
    rows = [
        meetings._Row("LPC agreed portfolio approach:", 1, False, 0.0, False, True, None, (0, 1, 2)),
        meetings._Row("Minor ailments", 1, False, 0.0, True, True, None, (0, 1, 2)),
        meetings._Row("Transfer of care", 1, False, 0.0, True, True, None, (0, 1, 2)),
        meetings._Row("Health prevention", 1, False, 0.0, True, True, None, (0, 1, 2)),
    ]
    [(decision, _)] = meetings._decisions(rows, meetings._rules())
    assert decision.text == "LPC agreed portfolio approach: Minor ailments; Transfer of care; Health prevention."


def test_transcript_roll_call_wrapped_headings_and_speakers(tmp_path: Path) -> None:
    [m] = _meetings(make.transcript(tmp_path))
    assert (m.body, m.authority, m.date) == ("Council of the City of Riverton", "City of Riverton", "2024-03-13")
    assert [a.name for a in m.attendees] == [
        "Councillor Dunn",
        "Mayor Hale",
        "Councillor Abbott",
        "Councillor Baird",
        "Councillor Cole",
        "Councillor Drummond",
    ]
    assert [(i.number, i.title) for i in m.items] == [
        (None, "MOTIONS"),
        (None, "DELEGATIONS"),
        (None, "REPORT OF THE FINANCE COMMITTEE DATED MARCH 1, 2024"),
        ("4", "Bridge Repair Contract"),
        (None, "CONSIDERATION OF BY-LAWS"),
        (None, "ADJOURNMENT"),
    ]
    # the motion's words, not who moved and seconded it, and read once though the Speaker puts it
    assert [d.text for d in m.items[0].decisions] == [
        "THAT this Council convey its sincere sympathy to the family of the late Mary Stone."
    ]
    # a wish or a view is not an action ("I would like to thank ...", "I would say ...")
    assert m.items[1].actions == ()
    # a vote put after another speaker came in says what was voted on; one put straight
    # after a motion is that motion
    assert [[d.text for d in i.decisions] for i in m.items[2:5]] == [
        ["Item 4 is stood down. All those in favour of 1 to 3? Carried."],
        ["All those in favour? Opposed? Carried."],
        ["I move that By-law No. 7/2024 be read a first time."],
    ]


def test_numbered_meeting_with_agenda_table_and_side_by_side_attendance(tmp_path: Path) -> None:
    [m] = _meetings(make.numbered_meeting(tmp_path))
    assert (m.body, m.date, m.time) == ("Data Users Group", "2024-03-04", "14:00")
    assert [(a.name, a.role, a.status) for a in m.attendees] == [
        ("Jane Moss", "Chair (JM)", "present"),
        ("Ravi Shah", "RS", "present"),
        ("Ann Cole", "AC", "present"),
        ("Bea Dunn", "BD", "present"),
        ("Carl Ives", "CI", "present"),
        ("Tom Hart", "TH", "apologies"),
        ("Lee Wong", "Cabinet Office (LW)", "apologies"),
        ("Eve Lamb", "Cabinet Office (EL)", "in_attendance"),
    ]
    assert [i.title for i in m.items] == ["Welcome", "Minutes of the Last Meeting", "Data Release Plan"]
    # the next step and someone asked to do something are actions; asking the board to decide is not
    assert [a.text for a in m.items[2].actions] == [
        "The Cabinet Office will publish the plan by May.",
        "The next step is to set up a meeting with the survey team.",
        "Members asked the Chair to write to departments.",
    ]


def test_board_header_table_apologies_and_points_that_restart(tmp_path: Path) -> None:
    [m] = _meetings(make.board_table(tmp_path))
    assert [(a.name, a.role, a.status) for a in m.attendees] == [
        ("Ann Lee", "Chair", "present"),
        ("Cara Dunn", "Treasurer", "present"),
        ("Eve Moss", "Clerk to the Board", "in_attendance"),
        ("Bob Hart", None, "apologies"),
        ("Dev Rao", None, "apologies"),
    ]
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Welcome and Apologies"),
        ("2", "Minutes of the Previous Meeting"),
        ("3", "Decisions"),
        ("4", "Any Other Business"),
    ]
    # the same words under two points are two decisions
    assert [d.text for d in m.items[2].decisions] == [
        "The Board agreed to adopt this policy.",
        "The Board agreed to the new opening hours.",
        "The Board agreed to freeze the fees for one more year.",
        "The Board agreed to adopt this policy.",
    ]


def test_attendees_beside_their_organisations_without_a_header(tmp_path: Path) -> None:
    [m] = _meetings(make.name_and_body_columns(tmp_path))
    assert [(a.name, a.role) for a in m.attendees] == [
        ("Kay Orr", "Southampton University"),
        ("Professor Al Bright", "Law Society"),
        ("Jo May", "HMCTS"),
    ]


def test_a_point_without_a_full_stop_ends_where_a_sentence_opener_starts_a_line(tmp_path: Path) -> None:
    path = make.render(
        tmp_path / "unstopped.pdf",
        [
            ("Hillside Parish Council", "b"),
            "Minutes of the meeting of the Parish Council held on 13 May 2015 at the Village Hall.",
            "Present: Cllr A Brown (Chairman), Cllr C Dean and Cllr E Frost",
            "",
            ("1. Finance", "b"),
            "The latest bank papers were not available so cannot be signed off or payments authorised",
            "It was agreed to carry forward all finance discussions to the June meeting.",
        ],
    )
    [m] = _meetings(path)
    assert [d.text for d in m.items[0].decisions] == [
        "It was agreed to carry forward all finance discussions to the June meeting."
    ]


def test_what_had_been_requested_before_is_not_an_action() -> None:
    rows = [
        meetings._Row(t, 1, False, 0.0, True, False, None)
        for t in [
            "Due to a restructure of the team it had been requested that the bid be reduced to £1.3m.",
            "Members requested that the revised budget be circulated before the next meeting.",
        ]
    ]
    assert [a.text for a in meetings._actions(rows, meetings._rules(), "2024-03-01")] == [
        "Members requested that the revised budget be circulated before the next meeting."
    ]


def test_the_meeting_agreeing_after_a_clause_and_a_noted_entry_are_decisions() -> None:
    rows = [
        meetings._Row(t, 1, False, 0.0, True, False, None)
        for t in [
            "Quotations for the grass cutting were studied and it was agreed to await further quotations.",
            "SDC Rates Demand: Pavilion/Shop Noted.",
        ]
    ]
    rules = meetings._rules()
    assert [(d.text, d.kind) for d, _ in meetings._decisions(rows, rules)] == [
        ("Quotations for the grass cutting were studied and it was agreed to await further quotations.", "agreed"),
        ("SDC Rates Demand: Pavilion/Shop Noted.", "noted"),
    ]
    assert meetings._actions(rows, rules, "2024-03-01") == []


def test_planning_committee_items_by_application_number_and_a_proposed_resolution(tmp_path: Path) -> None:
    [m] = _meetings(make.planning_committee(tmp_path))
    assert (m.body, m.date) == ("Planning Committee", "2024-03-05")
    assert m.venue == "Council Chamber, Civic Offices, Eastbrook"  # every part of the place after the time
    assert [(i.number, i.title) for i in m.items] == [
        ("45", "DECLARATIONS OF INTEREST"),
        ("46", "MINUTES"),
        ("47", "23/01234/FUL - LAND AT MILL LANE, EASTBROOK"),
        ("48", "APPEALS UPDATE"),
    ]
    application = m.items[2]
    assert [d.text for d in application.decisions] == [
        "That planning permission be GRANTED subject to the conditions in the report."
    ]
    assert [(v.votes_for, v.votes_against, v.abstentions) for v in application.votes] == [(4, 1, 0)]
    assert [(a.text, a.owner, a.due_date) for a in application.actions] == [
        (
            "The Planning Manager will circulate the revised conditions to Members by 15 March 2024.",
            "Planning Manager (Ms L Green)",
            "2024-03-15",
        )
    ]


def test_parish_minutes_lettered_points_and_a_figure_fixed(tmp_path: Path) -> None:
    [m] = _meetings(make.parish_minutes(tmp_path))
    assert [i.number for i in m.items] == ["1/24", "2/24", "3/24", "4/24"]
    assert [d.text for d in m.items[2].decisions] == [
        "The payments list for January was approved.",
        "The precept for 2024/25 was set at £12,500.",
        "Proposed Cllr Dean, seconded Cllr Ford.",
    ]


def test_scottish_committee_decision_points_and_attending_officers(tmp_path: Path) -> None:
    [m] = _meetings(make.scottish_committee(tmp_path))
    assert [(a.name, a.role, a.status) for a in m.attendees if a.status != "present"] == [
        ("Shelagh Orr", "Executive Director, Education", "in_attendance"),  # her post and its service
        ("Paul Reid", "Head of Finance", "in_attendance"),
        ("Tom Scott", None, "apologies"),
    ]
    assert [[d.text for d in i.decisions] for i in m.items[1:]] == [
        [
            "The committee:- (1) approved the school estate strategy as set out in the report; and (2) asked"
            " officers to report back on the consultation in September 2024."
        ],
        ["The committee noted the projected outturn position."],
    ]


def test_board_items_coded_with_the_year_and_decisions_in_capitals(tmp_path: Path) -> None:
    [m] = _meetings(make.board_in_public(tmp_path))
    assert not (m.venue or "").startswith("Public")  # "held in public" says how, not where
    assert [(i.number, i.title) for i in m.items] == [
        ("TB/24/031", "Chief Executive's Report"),
        ("TB/24/032", "Integrated Performance Report"),
        ("TB/24/033", "Any Other Business"),
    ]
    assert [(d.kind, d.text) for i in m.items for d in i.decisions] == [
        ("noted", "The Board NOTED the report."),
        ("agreed", "The Board APPROVED the revised capital plan."),
    ]


def test_us_motion_seconded_and_its_count(tmp_path: Path) -> None:
    [m] = _meetings(make.us_planning_commission(tmp_path))
    hearing = m.items[2]
    assert [d.text for d in hearing.decisions] == [  # the motion and its outcome after it, one decision
        "Motion by Commissioner Underwood, second by Commissioner Rivera, to continue the hearing to May 14, 2024."
        " Motion carried 3-1 (Stone opposed)."
    ]
    assert [(v.votes_for, v.votes_against, v.outcome) for v in hearing.votes] == [(3, 1, "carried")]


def test_executive_decisions_under_their_label_without_their_reasons(tmp_path: Path) -> None:
    [m] = _meetings(make.executive_decisions(tmp_path))
    assert [(a.name, a.role) for a in m.attendees][:2] == [
        ("Sarah Bell", "Leader of the Council"),
        ("Tom Cole", "Deputy Leader"),
    ]
    assert [[d.text for d in i.decisions] for i in m.items] == [
        [
            "Decision: (a) That the forecast overspend of £2.1m be noted. (b) That the Director of Resources be"
            " authorised to agree the savings plan with the Leader by 31 March 2024."
        ],
        ["Decision: That the highways capital programme for 2024/25 be approved."],
    ]
    assert [(a.owner, a.text) for a in m.items[1].actions] == [
        ("Highways Manager", "The Highways Manager to publish the programme on the council's website.")
    ]


def test_owner_labels_months_due_and_numbered_actions(tmp_path: Path) -> None:
    [m] = _meetings(make.owner_labels(tmp_path))
    assert [i.number for i in m.items] == ["E/24/10", "E/24/11", "E/24/12"]
    assert [(a.text, a.owner, a.due_date) for i in m.items for a in i.actions] == [
        ("Members agreed that the rents should be reviewed before October.", "Town Clerk (Ms U Dale)", "2024-10"),
        ("Three trees need urgent work by March.", "RA (Cllr R Avery)", "2025-03"),
        ("Action 5: SB to contact the County Council about the footpath - ongoing.", "SB (Cllr S Blake)", None),
    ]


def test_minutes_titled_with_a_numeric_date_and_two_fields_on_a_line(tmp_path: Path) -> None:
    [m] = _meetings(make.numeric_header(tmp_path))
    assert (m.body, m.date, m.time, m.venue) == ("Trustees Board", "2024-03-12", "19:30", "Community Centre, Elm Road")
    assert [d.text for d in m.items[1].decisions] == ["The budget for 2024/25 was approved."]


def test_record_of_decisions_with_a_role_wrapped_in_brackets(tmp_path: Path) -> None:
    [m] = _meetings(make.record_of_decisions(tmp_path))
    assert (m.body, m.date) == ("Health and Wellbeing Board", "2024-02-14")
    assert m.venue == "Council Offices, Market Street, Dunford"
    assert [(a.name, a.role) for a in m.attendees] == [
        ("Cllr Anne Bell", "Chair"),
        ("Dr Colin Dean", "Vice-Chair, ICB"),
        ("Ed Fox", "Director of Public Health"),
        ("Gill Hunt", "Healthwatch"),
    ]


def test_attendance_written_as_sentences_under_a_long_title(tmp_path: Path) -> None:
    [m] = _meetings(make.attendance_sentence(tmp_path))
    assert (m.date, m.time, m.venue) == ("2024-05-14", "7.30pm", "Weston Village Hall")
    assert [(a.name, a.status) for a in m.attendees] == [
        ("Cllr P Quinn", "present"),
        ("Cllr R Stone", "present"),
        ("Cllr S Taylor", "present"),
        ("Cllr T Upton", "present"),
        ("Mrs V Wood", "also_present"),
    ]


def test_a_body_noting_something_inside_a_paragraph_is_a_decision() -> None:
    rows = [
        meetings._Row(t, 1, False, 0.0, False, False, None)
        for t in [
            "The Chair introduced the quarterly report. The Group noted the KPIs and Risk Register. The",
            "Board noted that attendance had fallen.",
        ]
    ]
    assert [(d.kind, d.text) for d, _ in meetings._decisions(rows, meetings._rules())] == [
        ("noted", "The Group noted the KPIs and Risk Register.")
    ]


def test_items_coded_by_committee_and_numbered_paragraphs(tmp_path: Path) -> None:
    [m] = _meetings(make.sub_numbered(tmp_path))
    assert [(a.name, a.role) for a in m.attendees] == [
        ("Councillor Dee", "Chairman"),
        ("Councillor Fox", "Vice-Chairman"),  # the post, then who holds it
        ("Councillor Ellis", None),
        ("Councillor Green", None),
    ]
    assert [(i.number, i.title) for i in m.items] == [("OSC.45", "Finance"), ("OSC.46", "Work Programme")]
    finance = m.items[0]
    assert [d.text for d in finance.decisions] == ["RESOLVED: To approve payments totalling £8,450."]
    assert [(a.text, a.due_date) for a in finance.actions] == [
        ("The Clerk will obtain a new quote for insurance by 30 June 2024.", "2024-06-30")
    ]


def test_a_roll_call_vote_by_name_is_counted(tmp_path: Path) -> None:
    [m] = _meetings(make.us_council_roll_vote(tmp_path))
    assert "Mayor Pro Tem Lee" in [a.name for a in m.attendees]
    assert [(v.votes_for, v.votes_against, v.outcome) for v in m.items[1].votes] == [(5, 0, "carried")]


def test_a_cover_box_names_the_meeting_in_its_meeting_row(tmp_path: Path) -> None:
    """A trust board's minutes: a title line, then a ruled box Meeting | Date | Time | Venue whose
    Meeting row names the body, not the title line above it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "cover_box.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(56, 780, "Minutes of the Board of Directors Meeting held in Public")
    c.setFont("Helvetica", 10)
    fields = [
        ("Meeting", "Board of Directors (Part 1 - Public)"),
        ("Date", "Thursday 27 July 2023"),
        ("Time", "10:00 - 12:45"),
        ("Venue", "Boardroom, Tarn House, Brackenridge"),
    ]
    top = 760
    for n, (label, value) in enumerate(fields):
        y = top - n * 18
        c.drawString(60, y - 13, label)
        c.drawString(160, y - 13, value)
        c.line(56, y, 500, y)
    c.line(56, top - 4 * 18, 500, top - 4 * 18)
    for x in (56, 155, 500):
        c.line(x, top, x, top - 4 * 18)
    c.drawString(56, 660, "Present: Dr Alison Crewe (Chair), Martin Ellory (Chief Executive)")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(56, 636, "BM/23/045 Welcome and Apologies")
    c.setFont("Helvetica", 10)
    c.drawString(56, 622, "The Board NOTED the apologies.")
    c.save()
    [m] = _meetings(path)
    assert (m.body, m.date, m.venue) == (
        "Board of Directors (Part 1 - Public)",
        "2023-07-27",
        "Boardroom, Tarn House, Brackenridge",
    )


def test_items_numbered_by_section_and_letter_run_on_into_the_next_section(tmp_path: Path) -> None:
    """A US council's "ITEM 4-A", "ITEM 4-B", then "ITEM 5-A": the letters start again in the next
    section, and the items go on."""
    path = make.render(
        tmp_path / "sections.pdf",
        [
            ("CITY OF ELM RIDGE", "b"),
            ("MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL", "b"),
            "Tuesday, June 6, 2023 - 7:00 p.m.",
            "Present: Mayor Dana Hill, Councilmembers Ann Bell and Raj Patel",
            ("CONSENT CALENDAR", "b"),
            "ITEM 4-A Approval of Minutes of the Regular Meeting of May 16, 2023",
            "ITEM 4-B Warrant Register for May 2023",
            "MOTION by Councilmember Bell, seconded by Councilmember Patel, to approve the Consent",
            "Calendar as presented. Motion carried 3-0.",
            ("NEW BUSINESS", "b"),
            "ITEM 5-A Resolution No. 2023-41 Awarding a Construction Contract",
            "The Public Works Director presented the staff report.",
            "ITEM 5-B Introduction of Ordinance No. 812",
            "The City Attorney summarized the ordinance.",
        ],
    )
    [m] = _meetings(path)
    assert [i.number for i in m.items if i.number] == ["4-A", "4-B", "5-A", "5-B"]


def test_a_roll_call_wrapped_inside_names_keeps_each_title_with_its_person(tmp_path: Path) -> None:
    path = make.render(
        tmp_path / "roll_call.pdf",
        [
            ("CITY OF ELM RIDGE", "b"),
            ("MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL", "b"),
            "Tuesday, June 6, 2023 - 7:00 p.m.",
            ("ROLL CALL", "b"),
            "Present: Mayor Dana Whitfield, Mayor Pro Tem Luis Arroyo, Councilmembers Karen",
            "Lindqvist, Marcus Bell and Priya Raman",
            "Staff Present: City Manager Janet Okafor, City Attorney Robert Hale, Finance Director Miguel",
            "Santos, City Clerk Denise Moreau",
            ("CALL TO ORDER", "b"),
            "Mayor Whitfield called the meeting to order at 7:02 p.m.",
        ],
    )
    [m] = _meetings(path)
    assert [(a.name, a.role) for a in m.attendees] == [
        ("Dana Whitfield", "Mayor"),
        ("Luis Arroyo", "Mayor Pro Tem"),
        ("Karen Lindqvist", "Councilmember"),
        ("Marcus Bell", None),
        ("Priya Raman", None),
        ("Janet Okafor", "City Manager"),
        ("Robert Hale", "City Attorney"),
        ("Miguel Santos", "Finance Director"),
        ("Denise Moreau", "City Clerk"),
    ]


def test_an_item_titled_by_a_planning_application_number_without_a_stop(tmp_path: Path) -> None:
    path = _planning_committee(
        tmp_path / "applications.pdf",
        [
            "PRESENT: Councillor P. Hargreaves (Chair) and Councillor D. Okonjo",
            "23/47 MINUTES",
            "RESOLVED that the minutes of the meeting held on 14 February 2023 be approved.",
            "23/48 22/01874/FUL - LAND EAST OF MILLBROOK LANE, WREXBY",
            "RESOLVED that planning permission be GRANTED.",
            "23/49 23/00112/HOU - 7 KESTREL CLOSE, HEATHBY",
            "RESOLVED that planning permission be REFUSED.",
        ],
    )
    [m] = _meetings(path)
    assert [(i.number, i.title) for i in m.items] == [
        ("23/47", "MINUTES"),
        ("23/48", "22/01874/FUL - LAND EAST OF MILLBROOK LANE, WREXBY"),
        ("23/49", "23/00112/HOU - 7 KESTREL CLOSE, HEATHBY"),
    ]


def test_a_substitute_printed_after_the_name_without_brackets(tmp_path: Path) -> None:
    path = _planning_committee(
        tmp_path / "substitute.pdf",
        [
            "PRESENT:",
            "Councillor P. Hargreaves Chair",
            "Councillor A. Kowalczyk Substitute for Councillor B. Driscoll",
            "Councillor T. McAllister",
            ("23/47 MINUTES", "b"),
            "RESOLVED that the minutes of the meeting held on 14 February 2023 be approved.",
        ],
    )
    [m] = _meetings(path)
    assert [(a.name, a.role) for a in m.attendees] == [
        ("P. Hargreaves", "Chair"),
        ("A. Kowalczyk", "Substitute for Councillor B. Driscoll"),
        ("T. McAllister", None),
    ]


def test_a_company_suffix_before_a_word_in_lower_case_ends_no_sentence() -> None:
    text = (
        "MOTION by Councilmember Bell to award a contract to Tri-County Paving, Inc. in the amount of"
        " $1,284,500. Motion carried 4-1."
    )
    assert [s for s, _ in meetings._sentences(text)] == [
        "MOTION by Councilmember Bell to award a contract to Tri-County Paving, Inc. in the amount of $1,284,500.",
        "Motion carried 4-1.",
    ]


def test_apologies_with_an_initial_and_a_substitute_aside(tmp_path: Path) -> None:
    path = _planning_committee(
        tmp_path / "apologies_aside.pdf",
        [
            "PRESENT: Councillor P. Hargreaves (Chair) and Councillor A. Kowalczyk",
            ("23/45 APOLOGIES FOR ABSENCE", "b"),
            "Apologies for absence were received from Councillor B. Driscoll, for whom Councillor A.",
            "Kowalczyk attended as substitute, and from Councillor N. Varley.",
            ("23/46 MINUTES", "b"),
            "RESOLVED that the minutes of the meeting held on 14 February 2023 be approved.",
        ],
    )
    [m] = _meetings(path)
    assert [a.name for a in m.attendees if a.status == "apologies"] == ["B. Driscoll", "N. Varley"]


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        (
            [
                ("LOWER BRENCHWORTH PARISH COUNCIL", "b"),
                "Minutes of the Parish Council Meeting held on Monday 12th August 2024 at 7.30pm in the Village Hall",
                "Present: Cllrs P Ashworth, J Bramley, K Dutton (Chair)",
                "24/101 Apologies: Cllr H Venn (holiday). Resolved: to accept the apologies.",
            ],
            "Lower Brenchworth Parish Council",
        ),
        (
            [
                ("The Corporation of the Township of Wexbury", "b"),
                ("Regular Council Meeting", "b"),
                ("Minutes", "b"),
                "Date: Tuesday, May 21, 2024",
                "Members Present:",
                "Mayor Denise Lafreniere",
                "Councillor Mark Brennan",
                ("1. Call to Order", "b"),
                "Mayor Lafreniere called the meeting to order at 6:00 p.m.",
            ],
            "Township of Wexbury Council",
        ),
        (
            [
                ("REGIONAL DISTRICT OF SILVERTHORN", "b"),
                ("REGULAR BOARD MEETING – MINUTES", "b"),
                "Thursday, September 19, 2024, 9:30 a.m.",
                "Present: Chair M. Dubois – Electoral Area A",
                "Director P. Gill – City of Silverthorn",
                ("1. CALL TO ORDER", "b"),
                "The Chair called the meeting to order at 9:30 a.m.",
            ],
            "Regional District of Silverthorn Board",
        ),
    ],
)
def test_a_body_named_only_by_its_kind_is_the_authoritys_own(tmp_path: Path, lines: list, body: str) -> None:
    [m] = _meetings(make.render(tmp_path / "kind_only.pdf", lines))
    assert m.body == body


def test_a_summary_of_decisions_between_the_opening_and_the_attendance(tmp_path: Path) -> None:
    path = make.render(
        tmp_path / "summary.pdf",
        [
            ("WESTMARCH POLICE AND CRIME PANEL", "b"),
            "MINUTES of a meeting of the Westmarch Police and Crime Panel held at Shire Hall, Castlefield",
            "on Thursday 20 June 2024 at 10.00am.",
            ("Summary of decisions", "b"),
            "Item 5 Annual Report 2023/24 - the Panel AGREED its recommendations to the Commissioner.",
            "Item 7 Performance report, Quarter 4 2023/24 - NOTED.",
            ("Attendance", "b"),
            "Present: Cllr Margaret Ellison (Chair), Cllr Tariq Hussain (Vice-Chair)",
            ("5. Annual Report 2023/24", "b"),
            "The Panel AGREED its recommendations to the Commissioner.",
        ],
    )
    [m] = _meetings(path)
    assert (m.body, m.date) == ("Westmarch Police and Crime Panel", "2024-06-20")
    assert [a.name for a in m.attendees] == ["Cllr Margaret Ellison", "Cllr Tariq Hussain"]


def test_a_motion_block_moved_by_without_a_colon_and_its_result_alone(tmp_path: Path) -> None:
    path = _township_council(
        tmp_path / "motion_block.pdf",
        [
            "Members Present:",
            "Mayor Denise Lafreniere",
            "Councillor Mark Brennan",
            ("2. Adoption of the Agenda", "b"),
            "Resolution No. 2024-112",
            "Moved by Councillor Brennan",
            "Seconded by Deputy Mayor Kowalczyk",
            "BE IT RESOLVED THAT the agenda for the Regular Council Meeting of May 21, 2024 be adopted as",
            "circulated.",
            "CARRIED",
        ],
    )
    [m] = _meetings(path)
    assert [d.text for i in m.items for d in i.decisions] == [
        "BE IT RESOLVED THAT the agenda for the Regular Council Meeting of May 21, 2024 be adopted as circulated."
        " CARRIED."
    ]


def test_items_whose_short_title_runs_on_after_a_colon_are_items_not_paragraphs(tmp_path: Path) -> None:
    path = make.render(
        tmp_path / "run_on_items.pdf",
        [
            ("LOWER BRENCHWORTH PARISH COUNCIL", "b"),
            "Minutes of the Parish Council Meeting held on Monday 12th August 2024 at 7.30pm in the Village Hall",
            "Present: Cllrs P Ashworth, J Bramley, K Dutton (Chair)",
            "24/101 Apologies: Cllr H Venn (holiday). Resolved: to accept the apologies.",
            ("24/102 Declarations of interest: None.", "b"),
            "24/103 Minutes: Resolved: that the minutes of the meeting held on 8th July 2024 be approved.",
            "24/104 Public participation: Residents raised concerns about HGVs using Church Lane.",
            ("24/105 Planning", "b"),
            "Resolved: to submit no objection to application 24/01234/HOUSE.",
            "24/106 Highways: Clerk to report the pothole at the junction of Church Lane.",
        ],
    )
    [m] = _meetings(path)
    assert [i.number for i in m.items] == ["24/101", "24/102", "24/103", "24/104", "24/105", "24/106"]


def test_a_resolution_number_under_a_bold_title_is_not_its_second_line(tmp_path: Path) -> None:
    path = _township_council(
        tmp_path / "resolution_number.pdf",
        [
            "Members Present:",
            "Mayor Denise Lafreniere",
            ("2. Adoption of the Agenda", "b"),
            ("Resolution No. 2024-112", "b"),
            "Moved by Councillor Brennan",
            "BE IT RESOLVED THAT the agenda be adopted as circulated.",
            "CARRIED",
        ],
    )
    [m] = _meetings(path)
    assert [(i.number, i.title) for i in m.items] == [("2", "Adoption of the Agenda")]


def test_sections_in_capitals_among_numbered_items_are_items_too(tmp_path: Path) -> None:
    """Business headed in capitals after the roll call and before the first numbered item ("PUBLIC
    COMMENT") and the same way among and after them ("NEW BUSINESS", "ADJOURNMENT"): all of it
    is the agenda."""
    path = make.render(
        tmp_path / "capital_sections.pdf",
        [
            ("CITY OF ELM RIDGE", "b"),
            ("MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL", "b"),
            "Tuesday, June 6, 2023 - 7:00 p.m.",
            ("CALL TO ORDER", "b"),
            "Mayor Hill called the meeting to order at 7:02 p.m.",
            ("ROLL CALL", "b"),
            "Present: Mayor Dana Hill, Councilmembers Ann Bell and Raj Patel",
            ("PUBLIC COMMENT", "b"),
            "Gloria Vasquez spoke in support of additional crossing guards near the school.",
            "Hank Patterson asked the Council to extend the downtown parking validation program.",
            "No action was taken on items raised under Public Comment.",
            ("CONSENT CALENDAR", "b"),
            "ITEM 4-A Approval of Minutes of the Regular Meeting of May 16, 2023",
            "ITEM 4-B Warrant Register for May 2023",
            ("NEW BUSINESS", "b"),
            "ITEM 5-A Resolution No. 2023-41 Awarding a Construction Contract",
            "The Public Works Director presented the staff report.",
            ("ADJOURNMENT", "b"),
            "Mayor Hill adjourned the meeting at 9:14 p.m.",
        ],
    )
    [m] = _meetings(path)
    assert [i.number or i.title for i in m.items] == [
        "PUBLIC COMMENT",
        "CONSENT CALENDAR",
        "4-A",
        "4-B",
        "NEW BUSINESS",
        "5-A",
        "ADJOURNMENT",
    ]


BLIND3 = Path(__file__).parent / "gold" / "blind3" / "pdf"


def test_an_nhs_committee_with_fields_initials_and_an_action_column() -> None:
    """A title "X – Minutes (Part A, ...)" over Date:/Time:/Venue: fields, people listed one per line
    as "Name (NI) – Role, Organisation", items coded "PCC 24/41" in a table whose right-hand column
    prints each action's owner's initials beside the minute."""
    [m] = _meetings(BLIND3 / "blind3-uk-fenmoor-icb-primary-care-committee-minutes-2024-07-11.pdf")
    assert (m.body, m.date) == ("Primary Care Commissioning Committee", "2024-07-11")
    assert [(a.name, a.status) for a in m.attendees[:2]] == [("Dr Ruth Okonjo", "present"), ("Alan Pryce", "present")]
    qureshi = _person(m, "Dr Imran Qureshi")
    assert qureshi.role == "GP Clinical Lead, Fenmoor North Primary Care Network (IQ)"
    assert len(m.attendees) == 12
    assert [i.number for i in m.items if i.number] == [f"PCC 24/{n}" for n in range(41, 51)]
    assert _item(m, "PCC 24/48").title == "Pharmacy First: six-month review"
    assert not any(i.title in {"KA", "TR", "SL", "MW"} for i in m.items)


def test_a_us_commission_whose_roll_call_follows_the_call_to_order() -> None:
    """ "1. CALL TO ORDER" and "2. PLEDGE OF ALLEGIANCE AND INVOCATION" come before "3. ROLL CALL";
    the commission is the city's ("CITY OF PRAIRIE HOLLOW, KANSAS" / "CITY COMMISSION")."""
    [m] = _meetings(BLIND3 / "blind3-us-prairie-hollow-city-commission-minutes-2024-03-12.pdf")
    assert (m.body, m.date) == ("Prairie Hollow City Commission", "2024-03-12")
    assert {a.status for a in m.attendees} >= {"present", "absent"}
    assert [i.title for i in m.items[:3]] == ["CALL TO ORDER", "PLEDGE OF ALLEGIANCE AND INVOCATION", "ROLL CALL"]


def test_a_regional_board_numbered_resolutions_moved_and_seconded_by_directors() -> None:
    """ "R-2024-118 MOVED Director Nakamura / SECONDED Vice Chair Thiessen / THAT ... / CARRIED";
    directors listed as "Director P. Gill – City of Silverthorn" are members, one "(via Zoom)", and
    "Regrets:" names one on its line."""
    [m] = _meetings(BLIND3 / "blind3-ca-silverthorn-regional-district-board-minutes-2024-09-19.pdf")
    status = {a.name: a.status for a in m.attendees}
    assert (status["P. Gill"], status["J. O’Rourke"], status["H. Blackwater"]) == ("present", "virtual", "apologies")
    assert status["L. Haldane"] == "in_attendance"
    minutes = next(i for i in m.items if i.number == "3.1")
    assert [d.text for d in minutes.decisions] == [
        "THAT the minutes of the August 15, 2024 Regular Board Meeting be adopted as circulated. CARRIED."
    ]


def test_a_fire_authority_attendance_table_with_officers_marked_present() -> None:
    """A table Name | Organisation / Role | Present / Apologies under "Members of the Authority" and
    "Officers in attendance": an officer marked "Present" is in attendance."""
    [m] = _meetings(BLIND3 / "blind3-uk-halderness-wyke-fire-authority-minutes-2024-06-20.pdf")
    status = {a.name: a.status for a in m.attendees}
    assert (status["Cllr Margaret Ellery"], status["Cllr Stephen Lumb"]) == ("present", "apologies")
    assert (status["Dawn Kettering"], status["Lucy Farrant"]) == ("in_attendance", "in_attendance")


def test_town_council_apologies_heading_noted_and_a_resolution_ended_by_a_report(tmp_path: Path) -> None:
    path = make.render(
        tmp_path / "town.pdf",
        [
            ("WENDHAM ST MARY TOWN COUNCIL", "b"),
            ("Full Council", "b"),
            "Monday 8 January 2024 at 7.00 pm",
            "The Guildhall, Market Place, Wendham St Mary",
            "Present: Cllr J Hartley (Town Mayor, in the Chair), Cllr P Abbott and Cllr S Carr.",
            "In attendance: Mrs K Fellowes (Town Clerk).",
            ("APOLOGIES FOR ABSENCE", "b"),
            "Apologies were received from Cllr B Ferris (work commitments). It was RESOLVED that the",
            "reason for absence be approved.",
            ("CORRESPONDENCE", "b"),
            "A letter from Wendham Community Transport thanking the Council for its grant was received.",
            "Noted.",
            ("FINANCE", "b"),
            "It was RESOLVED that the schedule of payments for December 2023 totalling £24,611.37 be approved.",
            "The bank reconciliation to 31 December 2023 was checked and signed by Cllr Sutton.",
        ],
    )
    [m] = _meetings(path)
    assert [i.title for i in m.items] == ["APOLOGIES FOR ABSENCE", "CORRESPONDENCE", "FINANCE"]
    assert ("Cllr B Ferris", "apologies") in [(a.name, a.status) for a in m.attendees]
    assert [[d.text for d in i.decisions] for i in m.items] == [
        ["It was RESOLVED that the reason for absence be approved."],
        ["Noted."],
        ["It was RESOLVED that the schedule of payments for December 2023 totalling £24,611.37 be approved."],
    ]


def test_officers_in_a_table_of_councillors_attend_and_a_boards_executives_are_members() -> None:
    """A panel's table Name | Role | Authority lists councillors and the PCC's officers without an
    attendance column: "Jonathan Breary | Chief Executive" attended. A trust board's table has no
    councillors: its executive directors are members."""
    gold = Path(__file__).parent / "gold"
    [panel] = _meetings(gold / "blind2" / "pdf" / "blind2-uk-westmarch-police-and-crime-panel-minutes-2024-06-20.pdf")
    status = {a.name: a.status for a in panel.attendees}
    assert (status["Cllr Margaret Ellison"], status["Jonathan Breary"]) == ("present", "in_attendance")
    [board] = _meetings(gold / "blind" / "pdf" / "blind-uk-nhs-trust-board-public-minutes-2023-07-27.pdf")
    executives = [a for a in board.attendees if a.role and "Chief Executive" in a.role]
    assert executives and all(a.status == "present" for a in executives)


def test_minutes_signed_on_every_page_run_on_and_a_resolution_over_a_table_stays_short() -> None:
    """A Welsh town council signs each page ("Signed ........ (Mayor) Tudalen / Page 1"): the
    minutes go on past it. "RESOLVED that the following payments be approved:" over a table of
    payments is the decision without the table."""
    gold = Path(__file__).parent / "gold"
    [m] = _meetings(gold / "blind2" / "pdf" / "blind2-wales-llanhafren-town-council-minutes-2024-06-10.pdf")
    assert [i.number for i in m.items] == [f"{n}/24" for n in range(118, 129)]
    [payments] = _item(m, "125/24").decisions
    assert payments.text.endswith("RESOLVED that the following payments be approved:")


def test_a_parish_clerk_named_under_the_present_list_is_in_attendance(tmp_path: Path) -> None:
    path = _planning_committee(
        tmp_path / "clerk.pdf",
        [
            "PRESENT: Cllr A Brown (Chairman), Cllr B Green and Cllr C White",
            "Parish Clerk: Mrs L Fairbrother",
            "Also present: District Cllr R Okonjo (Mid Ravensworth District Council)",
            ("1. Apologies", "b"),
            "There were no apologies.",
        ],
    )
    [m] = _meetings(path)
    status = {a.name: a.status for a in m.attendees}
    assert (status["Mrs L Fairbrother"], status["District Cllr R Okonjo"]) == ("in_attendance", "also_present")


def test_a_formal_decision_in_capitals_after_a_clause_or_noting_a_fact(tmp_path: Path) -> None:
    path = _planning_committee(
        tmp_path / "capitals.pdf",
        [
            "PRESENT: Cllr A Brown (Chairman), Cllr B Green and Cllr C White",
            ("5. Complaints", "b"),
            "The Panel NOTED that two complaints had been received since the last meeting.",
            ("6. Appointment of Deputy Commissioner", "b"),
            "Following deliberation in private session, the Panel AGREED to recommend that Mr Callum",
            "Redfern be appointed.",
        ],
    )
    [m] = _meetings(path)
    assert [[d.text for d in i.decisions] for i in m.items] == [
        ["The Panel NOTED that two complaints had been received since the last meeting."],
        [
            "Following deliberation in private session, the Panel AGREED to recommend that Mr Callum Redfern"
            " be appointed."
        ],
    ]


def test_a_resolution_over_a_table_of_planning_comments_stops_at_the_table() -> None:
    gold = Path(__file__).parent / "gold" / "blind2" / "pdf"
    [m] = _meetings(gold / "blind2-uk-lower-brenchworth-parish-council-minutes-2024-08-12.pdf")
    texts = [d.text for i in m.items for d in i.decisions]
    assert "Resolved: to submit the following comments to Mid Ravensworth District Council:" in texts


BLIND4 = Path(__file__).parent / "gold" / "blind4" / "pdf"


def test_a_scottish_board_minute_with_a_header_table_and_agreed_points() -> None:
    """ "Glenmorven Community Planning Partnership" over "Board Meeting – Minute" (singular), then a
    header table "Meeting | Date | Venue | Chair" whose cells wrap ("Wednesday 12 June" / "2024,
    10.00am"); "The Board agreed:" over bulleted resolutions, each a decision."""
    [m] = _meetings(BLIND4 / "blind4-uk-glenmorven-cpp-board-minutes-2024-06-12.pdf")
    assert (m.body, m.date) == ("Glenmorven Community Planning Partnership Board", "2024-06-12")
    assert len(m.items) == 9
    [five] = [i for i in m.items if i.number == "5"]
    assert [d.text for d in five.decisions] == ["to note the update."]
    [two] = [i for i in m.items if i.number == "2"]
    assert "to note the update on the action tracker." in [d.text for d in two.decisions]


def test_a_us_motion_paragraph_with_its_mover_seconder_and_vote() -> None:
    [m] = _meetings(BLIND4 / "blind4-us-ashcombe-ma-select-board-minutes-2024-03-11.pdf")
    texts = [d.text for i in m.items for d in i.decisions]
    assert (
        "Motion: To approve the minutes of the February 26, 2024 regular session as presented. Moved by Mr."
        " Fessenden; Seconded by Ms. Castellano. Vote: 3-0-0, motion passes."
    ) in texts
    assert not any(t.startswith("Moved by") for t in texts)


def test_a_decision_label_on_its_own_line_is_no_decision() -> None:
    """ModernGov cabinet minutes print "Decision:" in bold over "RESOLVED: (1) That ..."."""
    [m] = _meetings(BLIND4 / "blind4-uk-harrowdale-mbc-cabinet-minutes-2024-09-04.pdf")
    decisions = [d.text for i in m.items for d in i.decisions]
    assert decisions and not any(t.strip().rstrip(":") == "Decision" or t.startswith("Decision:") for t in decisions)
    assert any(t.startswith("RESOLVED: (1) That the forecast revenue overspend") for t in decisions)


BLIND5 = Path(__file__).parent / "gold" / "blind5" / "pdf"


def test_an_australian_council_with_resolution_boxes() -> None:
    """ "1. OPENING OF MEETING" and "2. ACKNOWLEDGEMENT OF COUNTRY" before the attendance; "Cr"
    before each name; a COUNCIL RESOLUTION box ("Moved Cr Quill Seconded Cr Mollard" / "That
    Council:" / numbered points / "CARRIED 5/2") is the decision, its label no part of the title."""
    [m] = _meetings(BLIND5 / "blind5-au-yarrabin-shire-council-ordinary-meeting-minutes-2024-07-23.pdf")
    assert (m.body, m.date) == ("Yarrabin Shire Council", "2024-07-23")
    people = {a.name: a.status for a in m.attendees}
    assert people["Harriet Bellamy"] == "present"  # her name wrapped after "Cr Harriet"
    assert people["Priya Ramanathan"] == "virtual"  # "(via audio-visual link)"
    assert people["Neville Ashcombe"] == "apologies"
    assert not any(name.startswith("Cr ") for name in people)
    titles = {i.number: i.title for i in m.items}
    assert titles["5.1"] == "Ordinary Council Meeting – 25 June 2024"
    [tender] = [i for i in m.items if i.number == "9.1"]
    assert any(d.text.startswith("That Council: 1. Awards Contract C2024-07") for d in tender.decisions)


def test_a_committee_named_after_its_council_with_posts_before_names() -> None:
    """ "MINUTES OF PŪRIRI BAY DISTRICT COUNCIL / COMMUNITY WELLBEING COMMITTEE MEETING": the
    committee is the body. "In Attendance: Chief Executive (Gareth Pryor), ..." names the post,
    then its holder; the apology is only in the resolution that accepts it."""
    [m] = _meetings(BLIND5 / "blind5-nz-puriri-bay-dc-community-wellbeing-committee-minutes-2024-08-14.pdf")
    assert (m.body, m.date) == ("Community Wellbeing Committee", "2024-08-14")
    people = {a.name: (a.role, a.status) for a in m.attendees}
    assert people["Gareth Pryor"] == ("Chief Executive", "in_attendance")
    assert people["Tom Ashby"] == ("Democracy Advisor", "in_attendance")  # "(Tom Ashby)" wrapped
    assert people["Hemi Walker"][1] == "present"  # he seconded the apology's motion, he sent none
    assert people["Rachel Dunn"][1] == "apologies"


def test_a_roll_call_by_surname_after_a_roster_of_members() -> None:
    """A US county board prints its members under the title, then takes the roll call as an
    item: "Present: Supervisors Whitcomb, Arredondo, ... and Chair Tillman". The roll call says
    who came, each by the roster's full name; staff are "Name, Post; Name, Post"."""
    [m] = _meetings(BLIND5 / "blind5-us-calvera-county-board-of-supervisors-minutes-2024-08-06.pdf")
    people = [(a.name, a.role, a.status) for a in m.attendees]
    assert people[:5] == [
        ("Dana Whitcomb", "Supervisor", "present"),
        ("Luis Arredondo", "Supervisor", "present"),
        ("Margaret Ostrowski", "Supervisor", "present"),
        ("Eileen Park", "Vice Chair", "present"),
        ("Raymond Tillman", "Chair", "present"),
    ]
    assert ("Rosa Villanueva", "Clerk of the Board", "also_present") in people
    assert [i.number for i in m.items][:2] == ["1", "2"]


BLIND6 = Path(__file__).parent / "gold" / "blind6" / "pdf"


def test_a_us_roll_call_sentence_with_each_clauses_status() -> None:
    """ "6:02 p.m." on a line of its own is a time, not item 6; the roll call is one sentence
    whose clauses end on their status ("... and Mayor Dana Whitcombe present; Councilmember
    Peter Sutter absent (excused)"), a title wrapped over two lines ("Mayor Pro" / "Tem")."""
    [m] = _meetings(BLIND6 / "blind6-us-port-alderwood-city-council-regular-meeting-minutes-2024-04-16.pdf")
    people = {a.name: a.status for a in m.attendees}
    assert people["Janelle Okonjo"] == "present"
    assert people["Dana Whitcombe"] == "present"
    assert people["Peter Sutter"] == "absent"
    assert people["Andrea Dunmore"] == "in_attendance"
    # the lettered items under "7. PUBLIC HEARINGS" and "8. NEW BUSINESS" are items of their own
    # (blind6's key lists the numbered ones only; blind11's and blind13's keys list sub-items)
    numbers = [i.number for i in m.items]
    assert numbers == ["1", "2", "3", "4", "5", "6", "7", "A", "8", "A", "B", "9", "10", "11"]


def test_a_scottish_minute_of_meeting_under_a_running_title() -> None:
    """A running title ("... Committee – 7 March 2024") and the council's name over "MINUTE of
    MEETING of the POLICE AND FIRE SCRUTINY COMMITTEE held ... on Thursday, 7th of March 2024":
    the formal sentence names the meeting. Officers are "Name, Post, Body; ..." entries."""
    [m] = _meetings(BLIND6 / "blind6-uk-strathmorven-council-police-fire-scrutiny-committee-minutes-2024-03-07.pdf")
    assert (m.body, m.date) == ("Police and Fire Scrutiny Committee", "2024-03-07")
    people = {a.name: (a.role, a.status) for a in m.attendees}
    assert people["Grant Ure"] == ("Chief Inspector, Police Scotland", "in_attendance")
    assert people["Stuart Petrie"][1] == "in_attendance"
    assert people["Iain Shearer"] == ("Committee Services Officer", "in_attendance")
    assert people["Neil Cowie"] == (None, "apologies")  # not "... Councillor Dalgleish, Convener, presiding"
    assert "Police Scotland" not in people and "Kenneth Strachan" in {n.removeprefix("Mr ") for n in people}


def test_members_in_a_two_column_grid_with_a_remote_footnote_and_substitutes() -> None:
    """ "Councillor R. Ashdown (Chairman)   Councillor P. Okafor (Vice-Chairman)" two to a line,
    "Councillor G. Whitlock*" over "* attended remotely via Microsoft Teams ...", then
    "Substitutes:", "Also Present:" and "Officers Present:" blocks."""
    [m] = _meetings(BLIND6 / "blind6-uk-wendlecombe-dc-planning-committee-minutes-2024-02-13.pdf")
    people = {a.name: a.status for a in m.attendees}
    assert [a.name for a in m.attendees][:3] == ["R. Ashdown", "P. Okafor", "S. Bellamy"]
    assert people["G. Whitlock"] == "virtual"
    assert people["L. Dorsey"] == "present"
    assert people["W. Dancey"] == "also_present"
    assert people["B. Cheung"] == "in_attendance"
    assert "Substitutes" not in [i.title for i in m.items]


def test_a_resolution_over_lettered_points_and_the_actions_it_directs() -> None:
    """ "RESOLVED – That" alone on its line over "(a) ... be noted; and" / "(b) ...": one decision.
    "ORDINANCE NO. 2024-17" does not end a sentence; a resolution that directs someone to act
    ("... and direct staff to return with a plan on September 17, 2024") holds an action, the
    directing clause."""
    [m] = _meetings(BLIND5 / "blind5-uk-caerwen-cc-communities-scrutiny-committee-minutes-2024-09-12.pdf")
    decisions = [d.text for i in m.items for d in i.decisions]
    lettered = "RESOLVED – That (a) the report be noted; and (b) the Committee recommend"
    assert any(t.startswith(lettered) for t in decisions)
    assert "RESOLVED – That" not in decisions
    [m] = _meetings(BLIND5 / "blind5-us-calvera-county-board-of-supervisors-minutes-2024-08-06.pdf")
    decisions = [d.text for i in m.items for d in i.decisions]
    assert any("adopt ORDINANCE NO. 2024-17, An Ordinance" in t for t in decisions)
    actions = [(a.text, a.owner) for i in m.items for a in i.actions]
    directed = "direct staff to return with a patrol staffing and recruitment plan on September 17, 2024."
    assert (directed, "staff") in actions


def test_a_motion_whose_resolution_is_printed_in_capitals_over_lines() -> None:
    """ "... to adopt RESOLUTION NO. 24-088, A RESOLUTION OF THE CITY COUNCIL OF THE CITY" / "OF
    PORT ALDERWOOD ADOPTING ..." is one sentence: a line that opens with "OF" carries on."""
    [m] = _meetings(BLIND6 / "blind6-us-port-alderwood-city-council-regular-meeting-minutes-2024-04-16.pdf")
    decisions = [d.text for i in m.items for d in i.decisions]
    assert any("OF THE CITY OF PORT ALDERWOOD ADOPTING A COMMUNITY SAFETY CAMERA PROGRAM" in t for t in decisions)


def test_resolved_unanimously_with_a_dash() -> None:
    [m] = _meetings(BLIND6 / "blind6-uk-little-hensworth-pc-parish-council-minutes-2024-01-15.pdf")
    decisions = [d.text for i in m.items for d in i.decisions]
    assert any(t.startswith("Resolved unanimously - the precept for 2024/25 to be set at £18,750") for t in decisions)


@pytest.mark.parametrize(
    "title, label",
    [
        (["Audit Committee Meeting", "Date: 12 March 2024", "Time: 7pm", "Venue: Town Hall"], "Present:"),
        (["Meeting of the Audit Committee", "12th March 2024, 7.00 pm, Committee Room 1"], "Present:"),
        (["The Audit Committee met on Tuesday 12 March 2024 at 7pm in the Town Hall."], "Present:"),
        (
            ["Audit Committee: Minutes of Meeting", "Date: Tuesday 12 March 2024 | Time: 19:00 | Location: Town Hall"],
            "Present:",
        ),
        (
            ["MINUTES OF THE MEETING OF THE AUDIT COMMITTEE", "HELD ON 12 MARCH 2024 AT 7.00PM"],
            "Committee members present:",
        ),
        (["AUDIT COMMITTEE", "Minutes of the meeting held on Tuesday, the 12th day of March, 2024"], "Present:"),
        (["Audit Committee Meeting", "Date: Tues 12 March 2024"], "Present:"),
    ],
)
def test_openings_without_the_word_minutes_or_with_their_fields_on_one_line(
    tmp_path: Path, title: list[str], label: str
) -> None:
    """Title blocks that name the meeting and its date without a "Minutes ... held on" sentence:
    a "Date:" field under the body's name, a date line that goes on with the time and place, "X
    met on <date>", "X: Minutes of Meeting" over fields set apart by "|"; a label that a body's
    word opens ("Committee members present:")."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "opening.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 790
    for n, line in enumerate(title):
        c.setFont("Helvetica-Bold" if n == 0 else "Helvetica", 12 if n == 0 else 10)
        c.drawString(56, y, line)
        y -= 16
    c.setFont("Helvetica", 10)
    c.drawString(56, y - 10, f"{label} Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown")
    y -= 40
    for line in ["1. Apologies for absence", "2. Minutes of the last meeting", "3. Internal audit report"]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(56, y, line)
        c.setFont("Helvetica", 10)
        c.drawString(56, y - 14, "The committee noted the report.")
        y -= 32
    c.save()
    [m] = _meetings(path)
    assert (m.body, m.date) == ("Audit Committee", "2024-03-12")
    assert [a.name for a in m.attendees] == ["Cllr A Smith", "Cllr B Jones", "Cllr C Brown"]
    assert [i.number for i in m.items] == ["1", "2", "3"]


def test_bulleted_people_each_with_their_post_and_body(tmp_path: Path) -> None:
    """ "• Tom Brown, Superintendent, Westshire Police": one person a bullet, the rest their post."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "bulleted.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(56, 790, "SAFER WESTBURY PARTNERSHIP BOARD")
    c.setFont("Helvetica", 10)
    c.drawString(56, 774, "Minutes of the meeting held on Tuesday 12 March 2024 at 10am")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(56, 750, "In attendance")
    c.setFont("Helvetica", 10)
    people = ["Jane Smith, Chair, Westbury Council", "Tom Brown, Superintendent, Westshire Police"]
    for n, line in enumerate(people):
        c.drawString(60, 735 - 14 * n, f"• {line}")
    for n, title in enumerate(["Welcome", "Minutes of the last meeting"], start=1):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(56, 680 - 40 * n, f"{n}. {title}")
        c.setFont("Helvetica", 10)
        c.drawString(56, 666 - 40 * n, "The Board noted the report.")
    c.save()
    [m] = _meetings(path)
    assert [(a.name, a.role) for a in m.attendees] == [
        ("Jane Smith", "Chair, Westbury Council"),
        ("Tom Brown", "Superintendent, Westshire Police"),
    ]


def test_items_headed_by_the_time_they_were_taken(tmp_path: Path) -> None:
    """US minutes that head each item with its time ("7:02 p.m. – Public comment"): unnumbered
    items whose titles leave the time out, however long the title."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    path = tmp_path / "timed.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Bold", 12)
    c.drawString(60, 750, "VILLAGE OF MAPLEWOOD – BOARD OF TRUSTEES")
    c.setFont("Times-Roman", 11)
    c.drawString(60, 734, "Minutes of the Regular Meeting – Monday, October 14, 2024")
    c.drawString(60, 710, "Present: Mayor Ann Lee, Trustees Bob Hart, Cy Dunn and Di Roe")
    titles = [
        "7:00 p.m. – Call to order and Pledge of Allegiance",
        "7:02 p.m. – Public comment",
        "7:40 p.m. – Public hearing – Local Law No. 3 of 2024 (Short-Term Rental Permits)",
    ]
    y = 680
    for title in titles:
        c.setFont("Times-Bold", 11)
        c.drawString(60, y, title)
        c.setFont("Times-Roman", 11)
        c.drawString(60, y - 15, "The Board heard from residents and discussed the matter.")
        y -= 45
    c.save()
    [m] = _meetings(path)
    assert [(i.number, i.title) for i in m.items] == [
        (None, "Call to order and Pledge of Allegiance"),
        (None, "Public comment"),
        (None, "Public hearing – Local Law No. 3 of 2024 (Short-Term Rental Permits)"),
    ]


BLIND7 = Path(__file__).parent / "gold" / "blind7" / "pdf"


def test_a_record_of_decisions_and_a_ticked_attendance_table() -> None:
    """ "LONDON BOROUGH OF RAVENSMERE Cabinet – Record of Decisions" over a box whose fields sit
    beside its big title ("CABINET Date of meeting: ..."): the Cabinet's meeting on that date. A
    ruled attendance table marks each row "✓", "A" or "✓ (MS Teams)", its cells wrapping."""
    [m] = _meetings(BLIND7 / "blind7-uk-ravensmere-lbc-cabinet-record-of-decisions-2024-11-12.pdf")
    assert (m.body, m.date) == ("Cabinet", "2024-11-12")
    [m] = _meetings(BLIND7 / "blind7-uk-thornbridge-council-health-and-wellbeing-board-minutes-2024-09-18.pdf")
    people = {a.name.removeprefix("Cllr "): a.status for a in m.attendees}
    assert people["Sarah Pennock"] == "present"
    assert people["Helen Castleford"] == "virtual"
    assert people["Darren Whitlock"] == "apologies"
    assert "Thornbridge Council" not in people  # a wrapped cell, not a person


def test_trustees_moved_and_seconded_in_one_sentence() -> None:
    [m] = _meetings(BLIND7 / "blind7-us-maple-hollow-village-board-of-trustees-minutes-2024-10-14.pdf")
    decisions = [d.text for i in m.items for d in i.decisions]
    assert any(t.startswith("Trustee Brandt moved, Trustee Okafor seconded, to adjourn") for t in decisions)


ALERT = [
    "Minutes of the Kilbrannagh Community Alert committee meeting held on Thursday 7th March 2024",
    "in the community centre at 8 p.m.",
    "Present: Seán Ó Murchú (Chair), Bridget Kealy (Secretary), Declan Furlong (Treasurer),",
    "Garda Niamh Cosgrave.",
    "",
]


def test_numbered_paragraphs_that_open_with_their_topic_are_items_titled_by_it(tmp_path: Path) -> None:
    """Minutes typed in one font as numbered paragraphs, each opening with its topic and a full
    stop: the topic is the title, the rest the item's text, its decision and action found there."""
    path = make.render(
        tmp_path / "alert.pdf",
        ALERT
        + [
            "1. Minutes of last meeting. The minutes of the meeting held on 1st February were read and",
            "adopted. It was agreed that the minutes be signed by the Chair.",
            "2. Garda report. Garda Cosgrave reported 3 burglaries in the area in February.",
            "Garda Cosgrave to arrange a property marking day by the end of April.",
            "3. Text Alert. Bridget reported that 212 households are now registered on the scheme.",
            "4. Any other business. There was no other business and the meeting closed at 9.40 p.m.",
        ],
    )
    [m] = _meetings(path)
    assert _person(m, "Seán Ó Murchú").role == "Chair"  # an Irish name's particle is part of it
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Minutes of last meeting"),
        ("2", "Garda report"),
        ("3", "Text Alert"),
        ("4", "Any other business"),
    ]
    assert [d.text for d in m.items[0].decisions] == ["It was agreed that the minutes be signed by the Chair."]
    assert [(a.owner, a.due_text) for a in m.items[1].actions] == [("Garda Cosgrave", "by the end of April")]


def test_numbered_paragraphs_that_open_with_a_sentence_keep_it(tmp_path: Path) -> None:
    """ "1. The Chair welcomed members. ..." opens with a sentence, not a topic: no title is cut from it."""
    path = make.render(
        tmp_path / "alert.pdf",
        ALERT
        + [
            "1. The Chair welcomed members. She thanked the committee for the work on the leaflet.",
            "2. Members discussed the text alert scheme. Renewal forms are due in March.",
            "3. Bridget reported that 212 households are now registered on the scheme.",
        ],
    )
    titles = [i.title for m in _meetings(path) for i in m.items]
    assert not any(t in {"The Chair welcomed members", "Members discussed the text alert scheme"} for t in titles)


def test_in_attendance_first_with_no_present_list_names_the_members(tmp_path: Path) -> None:
    """Irish council minutes list the members under "In attendance:" and the staff under
    "Officials:"; with no "Present" list the first are present. Under a "Present" list the
    same label is the officers in attendance."""
    opening = [
        ("KILBARRA COUNTY COUNCIL", "b"),
        "Minutes of Meeting of the Housing Strategic Policy Committee held in the Council Chamber on",
        "Wednesday, 18th September 2024 at 11.00 a.m.",
    ]
    irish = make.render(
        tmp_path / "irish.pdf",
        opening
        + [
            "In attendance: Cllrs Siobhán Nolan (Cathaoirleach), Pádraig Ó Conaill and Michael Brennan.",
            "Officials: Ms Niamh Ryan, Senior Planner.",
            "",
            ("1. Adoption of Minutes", "b"),
            "It was agreed that the minutes of the meeting held on 12th June 2024 be confirmed.",
        ],
    )
    [m] = _meetings(irish)
    assert {a.name: a.status for a in m.attendees} == {
        "Siobhán Nolan": "present",
        "Pádraig Ó Conaill": "present",
        "Michael Brennan": "present",
        "Ms Niamh Ryan": "in_attendance",
    }
    english = make.render(
        tmp_path / "english.pdf",
        opening
        + [
            "Present: Cllrs Siobhán Nolan (Chair) and Michael Brennan.",
            "In attendance: Ms Niamh Ryan, Senior Planner.",
            "",
            ("1. Adoption of Minutes", "b"),
            "It was agreed that the minutes of the meeting held on 12th June 2024 be confirmed.",
        ],
    )
    [m] = _meetings(english)
    assert _person(m, "Ms Niamh Ryan").status == "in_attendance" and _person(m, "Michael Brennan").status == "present"


def test_attendance_in_one_sentence_with_its_clauses(tmp_path: Path) -> None:
    """ "Present were ...; apologies were received from ..." and "Present: ...; Absent: ...":
    each clause after a semicolon may open another label; a police rank is the person's role."""
    path = make.render(
        tmp_path / "one.pdf",
        ALERT[:2]
        + [
            "Present were Seán Ó Murchú (chairperson), Bridget Kealy (secretary) and Ch Supt Anna Kowal",
            "(Northshire Police); apologies were received from Fr. Michael Dunne and Aoife Brennan.",
            "",
            "1. Minutes of last meeting. The minutes of the meeting held on 1st February were adopted.",
            "2. Garda report. Garda Cosgrave reported 3 burglaries in the area in February.",
        ],
    )
    [m] = _meetings(path)
    assert [(a.name, a.status) for a in m.attendees] == [
        ("Seán Ó Murchú", "present"),
        ("Bridget Kealy", "present"),
        ("Anna Kowal", "present"),
        ("Fr. Michael Dunne", "apologies"),
        ("Aoife Brennan", "apologies"),
    ]
    assert _person(m, "Anna Kowal").role.startswith("Ch Supt")
    us = _township_council(
        tmp_path / "us.pdf",
        [
            "Present: President Linda Carraway, Trustees Paul Brandt, Amara Okafor; Absent: Trustee Joanne",
            "Kowalczyk",
            "",
            ("1. Call to order", "b"),
            "The meeting was called to order at 7.00 p.m.",
            ("2. Minutes", "b"),
            "The minutes were approved.",
        ],
    )
    [m] = _meetings(us)
    assert _person(m, "Joanne Kowalczyk").status == "absent" and _person(m, "Amara Okafor").status == "present"


def test_a_list_of_officers_ends_at_its_full_stop_after_a_bracket(tmp_path: Path) -> None:
    """ "... Vikram Shah (Director of Finance)." ends the list: the sentence under it is no
    part of the last name."""
    path = _planning_committee(
        tmp_path / "officers.pdf",
        [
            "Present: Councillors A Yusuf (Chair) and T Hartigan.",
            "Officers: Martin Oakes (Chief Executive), Janet Quayle (Director of Housing), Vikram Shah",
            "(Director of Finance).",
            "Agenda items 1 to 4 (apologies, declarations of interest, minutes of the meeting held on 15 October and",
            "deputations) were procedural and are recorded in the minutes.",
            ("5. Community Safety Strategy", "b"),
            "RESOLVED that the strategy be approved.",
        ],
    )
    [m] = _meetings(path)
    assert _person(m, "Vikram Shah").role == "Director of Finance"
    assert _person(m, "Vikram Shah").status == "in_attendance"


def test_a_proposal_recorded_as_the_items_resolution_is_one_decision(tmp_path: Path) -> None:
    """A planning committee: a motion proposed, seconded and carried, then the RESOLVED it
    became, is one decision; where no RESOLVED follows, the proposal is the decision. The
    meeting that "concluded at 9.40 p.m." decided nothing."""
    path = _planning_committee(
        tmp_path / "planning.pdf",
        [
            "Present: Councillors Pennington (Chair), Venn, Okafor and Lomax.",
            "",
            ("5. 23/01234/FUL - Land at Mill Lane", "b"),
            "It was proposed by Councillor Pennington and seconded by Councillor Venn that the officer",
            "recommendation be agreed. On being put to the vote the motion was carried (For 7, Against 3).",
            "RESOLVED: That planning permission be GRANTED subject to the conditions in the report.",
            ("6. Allotment rents", "b"),
            "Proposed by Councillor Okafor, seconded by Councillor Lomax and agreed that rents rise by 3%.",
            "The meeting concluded at 9.40 p.m.",
        ],
    )
    [m] = _meetings(path)
    assert [d.text for d in _item(m, "5").decisions] == [
        "RESOLVED: That planning permission be GRANTED subject to the conditions in the report."
    ]
    assert [d.text for d in _item(m, "6").decisions] == [
        "Proposed by Councillor Okafor, seconded by Councillor Lomax and agreed that rents rise by 3%."
    ]


BLIND8 = Path(__file__).parent / "gold" / "blind8" / "pdf"


def test_attendance_grouped_under_labels_inside_the_present_list() -> None:
    """Northern Irish committee minutes (blind set 8): "Present:" beside "Chairperson:",
    "Vice-Chairperson:", "Aldermen:" and "Councillors:" in a column of labels, a footnote mark
    for who attended remotely, officers as "Post (Name)", apologies "recorded on behalf of"."""
    [m] = _meetings(BLIND8 / "blind8-uk-lisnacree-dbc-environment-regeneration-committee-minutes-2023-09-12.pdf")
    status = {a.name: a.status for a in m.attendees}
    assert [n for n, s in status.items() if s == "present"] == [
        "P McAleese",
        "R Doherty-Quinn",
        "J Gilmore",
        "S Kerr",
        "A Boyle",
        "C Devlin",
        "M Ferguson",
        "T Hanna",
        "L McCartan-Reid",
        "D O’Neill",
    ]
    assert status["B Cassidy"] == "virtual" and status["Mrs J Rafferty"] == "in_attendance"
    assert status["W Irvine"] == status["H Magee"] == "apologies"
    assert [i.number for i in m.items] == [str(n) for n in range(1, 11)]


def test_a_title_line_with_its_fields_after_pipes_opens_the_meeting() -> None:
    """ "Action Notes | Wednesday 29 November 2023, 14:00–16:00 | Meeting Room 3, ...": a title
    whose date, time and place follow it on the line, set apart by pipes."""
    [m] = _meetings(BLIND8 / "blind8-uk-eastmoor-reducing-reoffending-board-action-notes-2023-11-29.pdf")
    assert (m.body, m.date) == ("Eastmoor Reducing Reoffending Board", "2023-11-29")
    assert len([a for a in m.attendees if a.status in ("present", "virtual")]) == 8 and len(m.items) == 7
    assert _person(m, "Sian Pollard").status == "virtual"  # "Policy Officer (virtual)"


def test_a_standing_committees_attendance_in_a_column_of_labels() -> None:
    """A Canadian standing committee (blind set 8): the label "Committee Members Present:"
    wrapped over two lines beside the first two names; "(electronic)" participation; staff
    printed "Name, Post, Department", one a line."""
    [m] = _meetings(BLIND8 / "blind8-ca-port-alder-community-protective-services-committee-minutes-2024-04-08.pdf")
    status = {a.name: a.status for a in m.attendees}
    assert status["D. Okafor"] == "present" and _person(m, "D. Okafor").role == "Chair"
    assert status["M. Trudel"] == "virtual" and status["J. Kowalczyk"] == "apologies"
    assert _person(m, "A. Lindqvist").role == "General Manager, Community Services"
    staff = [n for n, s in status.items() if s == "in_attendance"]
    assert staff == ["A. Lindqvist", "R. Desjardins", "T. Ng", "K. Ferris"]


def test_a_proposal_agreed_to_recommend_is_a_decision_not_an_action(tmp_path: Path) -> None:
    path = _planning_committee(
        tmp_path / "recommend.pdf",
        [
            "Present: Councillors Boyle (Chair), Kerr and Hanna.",
            "",
            ("5. Kerbside glass collection pilot", "b"),
            "The Head of Waste Services presented the six month review of the pilot.",
            "Proposed by Councillor Boyle, Seconded by Alderman Kerr and AGREED to recommend to",
            "Council that the kerbside glass collection pilot be extended to the Drumbeg DEA.",
        ],
    )
    [m] = _meetings(path)
    [item] = m.items
    assert [d.text[:40] for d in item.decisions] == ["Proposed by Councillor Boyle, Seconded b"]
    assert item.actions == ()


def test_a_sentence_in_the_attendance_says_who_joined_remotely() -> None:
    """Scottish committee minutes (blind set 8): a "Sederunt" whose last line says
    "Councillors Drummond and Innes attended the meeting remotely."."""
    [m] = _meetings(BLIND8 / "blind8-uk-glenmorie-council-communities-housing-committee-minutes-2024-02-20.pdf")
    status = {a.name: a.status for a in m.attendees}
    assert status["Kirsty Drummond"] == status["Callum Innes"] == "virtual"
    assert status["Alasdair Bain"] == "present"


def _draw_page(path: Path, draw) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    draw(c)
    c.save()
    return path


def _draw_lines(path: Path, lines: list[tuple[str, float, float, str]], top: float = 780.0, step: float = 16.0) -> Path:
    """One page of (font, size, x, text) lines, a line a step down from the top."""

    def draw(c) -> None:
        for n, (font, size, x, text) in enumerate(lines):
            c.setFont(font, size)
            c.drawString(x, top - n * step, text)

    return _draw_page(path, draw)


def _people(meeting: Meeting) -> dict[str, str]:
    return {p.name.replace("Cllr ", "").replace("Councillor ", ""): p.status for p in meeting.attendees}


def test_a_label_column_with_marked_names_a_co_optee_and_notes_of_the_business_attended(tmp_path: Path) -> None:
    # a ModernGov sub-committee: labels in a column, "* Denotes Member present" before each name
    def draw(c) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(62, 780, "HOUSING SCRUTINY SUB-COMMITTEE")
        c.drawString(62, 762, "MINUTES")
        c.setFont("Helvetica", 10.5)
        c.drawString(62, 744, "14 JANUARY 2025")
        rows = [
            ("Chair:", "* Councillor Priya Ramanathan"),
            ("Councillors:", "* Tom Oduya (Vice-Chair) * Bernadette Kelleher * Marcus Hale"),
            ("", "* Shazia Iqbal * Gareth Wynne-Jones"),
            ("Co-optee (non-voting):", "Mrs Doreen Achterberg, Northvale Tenants' and Residents' Federation"),
            ("In attendance:", "Fiona McTeer (Cabinet Member for Housing) for Minute 45"),
            ("(Councillors)", "Colin Aske (Minute 46) - attended virtually"),
            ("Officers:", "Dermot Quayle, Director of Housing"),
            ("Apologies received:", "Councillor Amira Shah"),
        ]
        y = 720.0
        for label, names in rows:
            c.drawString(57, y, label)
            c.drawString(176, y, names)
            y -= 14
        c.setFont("Helvetica", 8.5)
        c.drawString(62, y - 4, "* Denotes Member present")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(57, y - 30, "41.")
        c.drawString(113, y - 30, "Minutes")
        c.setFont("Helvetica", 10.5)
        c.drawString(113, y - 44, "RESOLVED: That the minutes of the meeting held on 12 November 2024 be signed.")

    (meeting,) = _meetings(_draw_page(tmp_path / "scrutiny.pdf", draw))
    people = _people(meeting)
    assert people == {
        "Priya Ramanathan": "present",
        "Tom Oduya": "present",
        "Bernadette Kelleher": "present",
        "Marcus Hale": "present",
        "Shazia Iqbal": "present",
        "Gareth Wynne-Jones": "present",
        "Mrs Doreen Achterberg": "present",
        "Fiona McTeer": "in_attendance",
        "Colin Aske": "virtual",
        "Dermot Quayle": "in_attendance",
        "Amira Shah": "apologies",
    }
    roles = {p.name: p.role for p in meeting.attendees}
    assert roles["Mrs Doreen Achterberg"] == "Northvale Tenants' and Residents' Federation"
    assert roles["Fiona McTeer"] == "Cabinet Member for Housing"


def test_a_plain_attendance_heading_over_a_ruled_table_with_an_attendance_column(tmp_path: Path) -> None:
    people = [
        ("Cllr Harriet Moss (Chair)", "Eastmarsh District Council", "Present"),
        ("Cllr Sue Threlfall", "Eastmarsh District Council", "Teams"),
        ("Cllr Graham Pettifer", "Eastmarsh District Council", "Apologies"),
        ("Martin Fry", "Fire and Rescue Service – Group Manager", "Present"),
        ("Hollie Grange", "Community Safety Manager (officer)", "In attendance"),
    ]

    def draw(c) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(48, 790, "JOINT COMMUNITY SAFETY COMMITTEE")
        c.setFont("Helvetica", 9)
        c.drawString(48, 770, "Minutes of the meeting held on Thursday 7 November 2024")
        c.drawString(48, 745, "Attendance")  # plain type, no colon: the table under it names it
        xs, top, step = [44.0, 230.0, 470.0, 560.0], 735.0, 18.0
        rows = [("Name", "Organisation / role", "Attendance"), *people]
        for n, row in enumerate(rows):
            y = top - n * step
            c.line(xs[0], y, xs[-1], y)
            c.setFont("Helvetica-Bold" if n == 0 else "Helvetica", 9)
            for x, text in zip(xs, row):
                c.drawString(x + 4, y - 12, text)
        bottom = top - len(rows) * step
        c.line(xs[0], bottom, xs[-1], bottom)
        for x in xs:
            c.line(x, top, x, bottom)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, bottom - 30, "1. Minutes of the previous meeting")
        c.setFont("Helvetica", 9)
        c.drawString(48, bottom - 44, "RESOLVED: That the minutes be agreed as a true record.")

    (meeting,) = _meetings(_draw_page(tmp_path / "joint.pdf", draw))
    assert _people(meeting) == {
        "Harriet Moss": "present",
        "Sue Threlfall": "virtual",
        "Graham Pettifer": "apologies",
        "Martin Fry": "present",
        "Hollie Grange": "in_attendance",
    }
    grange = next(p for p in meeting.attendees if p.name == "Hollie Grange")
    assert grange.role == "Community Safety Manager (officer)"


def test_business_in_a_ruled_table_item_cells_wrapped_and_decisions_apart_from_actions(tmp_path: Path) -> None:
    business = [
        (
            "4",
            ["Strategic Assessment", "2024 and joint", "priorities"],
            [
                "Hollie Grange presented the annual Strategic Assessment.",
                "AGREED: that the Committee's priorities for 2025/26 are:",
                "• Reducing anti-social behaviour",
                "• Rural crime",
                "AGREED: that rural crime becomes a priority in its own right from April 2025.",
            ],
        ),
        (
            "5",
            ["Safer Streets Fund:", "town centre", "evaluation"],
            [
                "Joanne Albury reported on the evaluation of the Safer Streets Fund project.",
                "AGREED: that the evaluation report be noted and shared with partners.",
                "OPCC to confirm whether the monitoring costs can be met from the fund.",
            ],
        ),
    ]

    def draw(c) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(48, 790, "JOINT COMMUNITY SAFETY COMMITTEE")
        c.setFont("Helvetica", 9)
        c.drawString(48, 772, "Minutes of the meeting held on Thursday 7 November 2024")
        c.drawString(48, 758, "Present: Cllr Harriet Moss (Chair), Cllr Sue Threlfall, Martin Fry")
        xs, y = [44.0, 70.0, 190.0, 560.0], 735.0
        c.setFont("Helvetica-Bold", 9)
        for x, head in zip(xs, ["No.", "Item", "Notes and decisions"]):
            c.drawString(x + 4, y - 12, head)
        tops = [y]
        y -= 18
        for number, title, notes in business:
            tops.append(y)
            c.setFont("Helvetica", 9)
            c.drawString(xs[0] + 4, y - 12, number)
            for n, line in enumerate(title):
                c.drawString(xs[1] + 4, y - 12 - 12 * n, line)
            for n, line in enumerate(notes):
                c.drawString(xs[2] + 4, y - 12 - 12 * n, line)
            y -= 12 * max(len(title), len(notes)) + 8
        tops.append(y)
        for t in tops:
            c.line(xs[0], t, xs[-1], t)
        for x in xs:
            c.line(x, tops[0], x, tops[-1])

    (meeting,) = _meetings(_draw_page(tmp_path / "business.pdf", draw))
    assert [(i.number, i.title) for i in meeting.items] == [
        ("4", "Strategic Assessment 2024 and joint priorities"),
        ("5", "Safer Streets Fund: town centre evaluation"),
    ]
    four, five = ([d.text for d in i.decisions] for i in meeting.items)
    assert four[1] == "AGREED: that rural crime becomes a priority in its own right from April 2025."
    assert four[0].startswith("AGREED: that the Committee's priorities for 2025/26 are:")
    assert "rural crime becomes" not in four[0]
    assert five == ["AGREED: that the evaluation report be noted and shared with partners."]
    assert any(a.text.startswith("OPCC to confirm") for a in meeting.items[1].actions)


def test_a_resolution_offered_and_moved_with_its_roll_call_and_a_title_that_opens_with_a_year(tmp_path: Path) -> None:
    bold, plain = ("Times-Bold", 11.0), ("Times-Roman", 11.0)
    lines = [
        (*bold, 72, "BOARD OF COUNTY COMMISSIONERS"),
        (*plain, 72, "Minutes of the regular meeting held on September 17, 2024"),
        (*plain, 72, "Present: Commissioners Lindqvist, Esparza, Tebeau, Wold and Holmgren."),
        (*bold, 72, "7. PUBLIC WORKS"),
        (*bold, 90, "7.1 Hazard Mitigation Plan Update"),
        (*plain, 90, "The Emergency Manager presented the updated plan."),
        (*plain, 90, "Commissioner Lindqvist offered Resolution No. 2024-61, adopting the plan, and moved"),
        (*plain, 90, "its adoption; second by Esparza. Roll call vote: Lindqvist – yes; Esparza – yes; Tebeau –"),
        (*plain, 90, "yes; Wold – yes; Holmgren – yes. Resolution adopted."),
        (*bold, 72, "8. ADMINISTRATION"),
        (*bold, 90, "8.1 2025 Preliminary Property Tax Levy and Budget"),
        (*plain, 90, "Motion by Esparza, second by Holmgren, to adopt the preliminary levy. Motion passed 4-1."),
        (*bold, 90, "8.2 Appointment to the Regional Library Board"),
        (*plain, 90, "Motion by Wold, second by Lindqvist, to appoint Karen Dahl. Motion passed 5-0."),
    ]
    (meeting,) = _meetings(_draw_lines(tmp_path / "county.pdf", lines))
    assert [i.number for i in meeting.items] == ["7", "7.1", "8", "8.1", "8.2"]
    assert meeting.items[3].title == "2025 Preliminary Property Tax Levy and Budget"
    (decision,) = meeting.items[1].decisions
    assert decision.text.startswith("Commissioner Lindqvist offered Resolution No. 2024-61")
    assert decision.text.endswith("Resolution adopted.")


def test_a_bold_subtitle_after_a_colon_and_a_banner_over_the_business(tmp_path: Path) -> None:
    bold, plain = ("Helvetica-Bold", 10.5), ("Helvetica", 10.5)
    lines = [
        ("Helvetica-Bold", 14, 62, "HOUSING SCRUTINY SUB-COMMITTEE"),
        (*plain, 62, "Minutes of the meeting held on 14 January 2025"),
        (*plain, 62, "Present: Councillors Priya Ramanathan (Chair), Tom Oduya and Marcus Hale"),
        (*bold, 57, "44. Public Questions"),
        (*plain, 113, "RESOLVED: To note that no public questions were put at this meeting."),
        (*bold, 250, "RESOLVED ITEMS"),
        (*bold, 57, "45. Damp and Mould in Council Homes: Progress Report and Response to the"),
        (*bold, 113, "Ombudsman Spotlight Report"),
        (*plain, 113, "RESOLVED: That the progress made in reducing open cases be noted."),
    ]
    (meeting,) = _meetings(_draw_lines(tmp_path / "subtitle.pdf", lines, step=20))
    titles = [i.title for i in meeting.items]
    assert titles == [
        "Public Questions",
        "Damp and Mould in Council Homes: Progress Report and Response to the Ombudsman Spotlight Report",
    ]
    decisions = [d.text for i in meeting.items for d in i.decisions]
    assert "RESOLVED ITEMS" not in " ".join(decisions)
    assert len(decisions) == 2


def test_someone_requested_to_act_in_the_subjunctive_or_directed_to_and_one_who_stays_does_not_act() -> None:
    blind9 = Path(__file__).parent / "gold" / "blind9" / "pdf"
    found = {}
    for stem in (
        "blind9-uk-harrowfield-lb-housing-scrutiny-subcommittee-minutes-2025-01-14",
        "blind9-us-tamarack-county-commission-minutes-2024-09-17",
    ):
        pages, _ = read_pdf(blind9 / f"{stem}.pdf")
        for m in extract_meetings(pages):
            for it in m.items:
                found[it.number] = [a.text for a in it.actions]
    assert any(t.startswith("The Chair requested that officers arrange a site visit") for t in found["46"])
    assert any("directed the Administrator to submit the letter of commitment" in t for t in found["8.3"])
    assert not any("remain in the room" in t for texts in found.values() for t in texts)


def test_a_decision_that_runs_a_numbered_list_on_after_its_colon_is_one_decision(tmp_path: Path) -> None:
    plain = ("Helvetica", 10.0)
    lines = [
        ("Helvetica-Bold", 13, 56, "REDUCING REOFFENDING BOARD"),
        (*plain, 56, "Minutes of the meeting held on 29 November 2023"),
        (*plain, 56, "Present: Dr Ruth Calloway (Chair), Mark Ellis, Priya Nair"),
        ("Helvetica-Bold", 10, 56, "4. Reducing reoffending plan 2024–26"),
        (*plain, 56, "The Board discussed the draft plan. The Board AGREED the four priority pathways for the"),
        (*plain, 56, "2024–26 plan: 1. Accommodation 2. Employment, Training and Education 3. Substance Misuse"),
        (*plain, 56, "and Mental Health 4. Family and Relationships."),
    ]
    (meeting,) = _meetings(_draw_lines(tmp_path / "pathways.pdf", lines))
    (decision,) = meeting.items[0].decisions
    assert decision.text.startswith("The Board AGREED the four priority pathways")
    assert decision.text.endswith("4. Family and Relationships.")


def test_an_amendment_the_main_motion_as_amended_and_a_recorded_vote_before_the_result() -> None:
    """A standing committee's motion blocks: the original motion put again as amended is not a
    decision of its own; the amendment and the main motion as amended are; a recorded vote
    printed before "CARRIED (4 to 1)" is the vote's, not the motion's text."""
    pdf = next((Path(__file__).parent / "gold" / "blind8" / "pdf").glob("blind8-ca-port-alder*.pdf"))
    pages, _ = read_pdf(pdf)
    (meeting,) = extract_meetings(pages)
    decided = {it.number: [d.text for d in it.decisions] for it in meeting.items}
    assert [t.split(" ", 4)[:4] for t in decided["7.2"]] == [
        ["THAT", "the", "main", "motion"],
        ["THAT", "Report", "CPS-2024-017", "be"],
    ]
    assert decided["7.2"][1].endswith("MAIN MOTION AS AMENDED CARRIED.")
    (splash,) = decided["7.3"]
    assert "Recorded Vote" not in splash
    assert splash.endswith("Recreation Reserve. CARRIED (4 to 1).")


def test_someone_who_had_been_invited_before_is_no_action_and_one_asked_now_is(tmp_path: Path) -> None:
    plain = ("Helvetica", 10.0)
    lines = [
        ("Helvetica-Bold", 13, 56, "HOUSING PANEL"),
        (*plain, 56, "Minutes of the meeting held on 14 January 2025"),
        (*plain, 56, "Present: Councillors Priya Ramanathan (Chair), Tom Oduya and Marcus Hale"),
        ("Helvetica-Bold", 10, 56, "5. Damp and mould"),
        (*plain, 56, "The Director reported that the Tenants' Federation had been invited to join the steering group."),
        (*plain, 56, "The Clerk was asked to circulate the revised repairs timescales to members."),
    ]
    (meeting,) = _meetings(_draw_lines(tmp_path / "invited.pdf", lines))
    assert [a.text for a in meeting.items[0].actions] == [
        "The Clerk was asked to circulate the revised repairs timescales to members."
    ]


def _drawn_meeting(n: int, start: str):
    """The one meeting of the drawn key set n's document whose name starts blind<n>-<start>."""
    (pdf,) = (Path(__file__).parent / "gold" / f"blind{n}" / "pdf").glob(f"blind{n}-{start}*.pdf")
    pages, _ = read_pdf(pdf)
    (meeting,) = extract_meetings(pages)
    return meeting


def test_board_minutes_under_their_name_with_coded_items_and_a_labelled_table_of_members() -> None:
    """ "Combined Authority Board" over "MINUTES of the meeting on Friday 14 March 2025 at 10.00 am
    in The Forum, ..."; a "Voting members | Representing" header over name and council; items
    numbered "CAB 58", "CAB 59", ...; "Decision:" boxes are no items."""
    meeting = _drawn_meeting(10, "uk-severnmoor")
    assert (meeting.body, meeting.date, meeting.time) == ("Combined Authority Board", "2025-03-14", "10.00 am")
    assert meeting.venue is not None and meeting.venue.startswith("The Forum, Quayside House")
    assert [i.number for i in meeting.items] == [f"CAB {n}" for n in range(58, 67)]
    assert meeting.items[3].title == "Mayor’s Update"
    people = {p.name: (p.status, p.role) for p in meeting.attendees}
    assert people["Helen Ashdown"] == ("present", "Chair, Mayor of Severnmoor")
    assert people["Cllr Rafiq Doshi"] == ("present", "Aldercombe City Council")
    assert people["Cllr Beverley Amos"][0] == "virtual"  # "(attended remotely)" before her council
    assert people["Priya Venn"] == ("in_attendance", "Director of Transport")
    assert people["Cllr Tom Faraday"][0] == "apologies"


def test_a_hearing_s_header_table_names_its_members_and_the_parties_item_by_item() -> None:
    """A licensing hearing's notice: "Date of hearing:" and "Sub-Committee:" fields, the body's
    name with a qualifier in brackets, and "Also present (parties): Item 3 – A (...); B and C
    (local residents). Item 4 – D (...)" in the cell beside the label."""
    meeting = _drawn_meeting(10, "uk-eastmere-dc-licensing")
    assert (meeting.body, meeting.date) == ("Licensing Sub-Committee (Hearings)", "2025-01-22")
    people = {p.name: (p.status, p.role) for p in meeting.attendees}
    assert people["Cllr Tomasz Nowak"] == ("present", "substitute for Cllr Bryony Watts")
    assert people["Cllr Bryony Watts"][0] == "apologies"
    parties = [name for name, (status, _) in people.items() if status == "also_present"]
    assert parties == [
        "Simon Farrow",
        "Clare Upton",
        "Jade Harmer",
        "Sarah Kettle",
        "Keith Dunmore",
        "Pauline Halloran",
        "Gareth Lyle",
    ]


def test_a_list_marked_1_to_4_inside_an_item_does_not_swallow_the_items_after_it() -> None:
    """ "4  CEO's report" holds "1) Reading fluency ... 4) Staff wellbeing"; "5  Finance" after
    it is the next item, not the list's fifth entry."""
    meeting = _drawn_meeting(10, "uk-fernhollow")
    assert [i.number for i in meeting.items] == [str(n) for n in range(1, 11)]
    # a bold title's lower-case subtitle after its colon is the title's, not text run on
    assert meeting.items[4].title == "Finance: management accounts to 31 October 2024 and revised budget forecast"
    # "RESOLVED:" straight after the lettered policies it approves
    (approved,) = meeting.items[7].decisions
    assert approved.text.startswith("RESOLVED: that the Whistleblowing Policy")


def test_three_attendance_columns_and_a_note_after_each_name_that_gives_its_status() -> None:
    """ "Trustees present | In attendance | Apologies / absent" side by side; "Imran Sheikh –
    apologies received and accepted", "Jonathan Reyes – absent, no apologies received"."""
    meeting = _drawn_meeting(10, "uk-fernhollow")
    status = {p.name: p.status for p in meeting.attendees}
    assert status["Ruth Ambler"] == "in_attendance"
    assert (status["Imran Sheikh"], status["Jonathan Reyes"]) == ("apologies", "absent")
    board = _drawn_meeting(10, "uk-severnmoor")
    thwaite = next(p for p in board.attendees if "Thwaite" in p.name)
    assert (thwaite.name, thwaite.role) == ("Cllr Owen Thwaite", "substitute for Cllr Tom Faraday, Kingsmere Council")


def test_a_decision_cut_at_and_goes_on_over_a_line_that_opens_with_a_time(tmp_path: Path) -> None:
    plain = ("Helvetica", 10.0)
    lines = [
        ("Helvetica-Bold", 13, 56, "LICENSING SUB-COMMITTEE"),
        (*plain, 56, "Minutes of the meeting held on 22 January 2025"),
        (*plain, 56, "Present: Councillors Margaret Ives (Chair), Dev Raman and Tomasz Nowak"),
        ("Helvetica-Bold", 10, 56, "3. Application for a new premises licence"),
        (*plain, 56, "3.4 Decision. RESOLVED that the licence be GRANTED, with alcohol sold until 23.30 Sunday and"),
        (*plain, 56, "00.30 on Friday and Saturday, subject to the conditions set out below."),
    ]
    (meeting,) = _meetings(_draw_lines(tmp_path / "hearing.pdf", lines))
    (decision,) = meeting.items[0].decisions
    assert decision.text.endswith("00.30 on Friday and Saturday, subject to the conditions set out below.")


def test_one_person_listed_twice_in_a_status_is_one_attendee_and_two_with_one_surname_are_two(tmp_path: Path) -> None:
    plain = ("Helvetica", 10.0)
    lines = [
        ("Helvetica-Bold", 13, 56, "PRIMARY CARE COMMITTEE"),
        (*plain, 56, "Minutes of the meeting held on 11 July 2024"),
        (*plain, 56, "Chair: Dr Ruth Okonjo, Non-Executive Member"),
        (*plain, 56, "Present: Dr Ruth Okonjo (Chair), Mick Ratford, Mags Ratford"),
        ("Helvetica-Bold", 10, 56, "1. Welcome and apologies"),
        (*plain, 56, "The Chair welcomed members to the meeting."),
    ]
    (meeting,) = _meetings(_draw_lines(tmp_path / "twice.pdf", lines))
    assert [(p.name, p.status) for p in meeting.attendees] == [
        ("Dr Ruth Okonjo", "present"),
        ("Mick Ratford", "present"),
        ("Mags Ratford", "present"),
    ]


def test_an_owner_given_as_a_post_is_named_from_who_attended_in_it(tmp_path: Path) -> None:
    plain = ("Helvetica", 10.0)
    lines = [
        ("Helvetica-Bold", 13, 56, "HERTWOOD PARISH COUNCIL"),
        (*plain, 56, "Minutes of the meeting held on 9 May 2024"),
        (*plain, 56, "Present: Cllrs Ann Blake (Chair), Tom Hay and Sue Morris"),
        (*plain, 56, "In attendance: Amanda Glew (Clerk), Dave Ivens (Deputy Clerk)"),
        ("Helvetica-Bold", 10, 56, "5. Highways"),
        (*plain, 56, "The Clerk will write to the highway authority about the potholes in Mill Lane."),
    ]
    (meeting,) = _meetings(_draw_lines(tmp_path / "posts.pdf", lines))
    assert [a.owner for a in meeting.items[0].actions] == ["Clerk (Amanda Glew)"]


def test_the_body_a_minutes_line_names_on_its_next_line_and_a_governing_body() -> None:
    """ "Minutes of the" / "Board" printed right of the company's name: the body is the Board; a
    school's "Minutes of the Full Governing Body Meeting" under the school's name: the Full
    Governing Body. "Executive team" is an attendance label, not an item."""
    board = _drawn_meeting(11, "uk-kestrelmoor")
    assert (board.body, board.date) == ("Board", "2024-09-25")
    assert [it.number for it in board.items][:3] == ["1", "2", "3"]
    officers = {p.name: p.status for p in board.attendees}
    assert officers["Paul Hendry"] == officers["Sian Morgan"] == "in_attendance"
    governors = _drawn_meeting(11, "uk-ashcombe")
    assert (governors.body, governors.date) == ("Full Governing Body", "2024-11-19")
    people = {p.name: p.status for p in governors.attendees}
    assert people["Mrs Helen Carver"] == "present"  # "Governors present:"
    assert people["Mr Tom Brierley"] == "virtual"  # "(joined via Teams)"
    assert people["Mrs Rita Khan"] == "absent"


def test_governors_resolved_is_a_decision_not_an_action() -> None:
    governors = _drawn_meeting(11, "uk-ashcombe")
    decisions = [d.text for it in governors.items for d in it.decisions]
    assert "Governors RESOLVED to approve the Pupil Premium Strategy Statement 2024–25 for publication." in decisions
    assert "Governors consented to the absence of Mr Webb." in decisions
    actions = [a.text for it in governors.items for a in it.actions]
    assert not any("RESOLVED" in a for a in actions)


def test_plain_sub_items_under_a_bold_section_numbered_point_zero() -> None:
    """US board minutes: "6.0 CONSENT AGENDA" in bold over "6.1 Approval of Minutes ..." in plain
    type, back to "7.0 REPORTS"; a title that runs to the measure goes on in a short tail line
    ("... at Alder" / "Elementary School ($1,248,600)"), but not into "Moved by ..."."""
    board = _drawn_meeting(11, "us-marlow-creek")
    numbers = [it.number for it in board.items]
    assert numbers[5:16] == ["6.0", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "7.0", "7.1", "7.2", "8.0"]
    titles = {it.number: it.title for it in board.items}
    assert titles["8.3"] == (
        "Award of Contract to Brightline Facilities Group, Inc. for HVAC Replacement at Alder"
        " Elementary School ($1,248,600)"
    )
    assert titles["8.1"] == "Resolution No. 23-24-31: Second Interim Financial Report, 2023-24"  # a plain subtitle
    assert [d.text[:40] for d in next(it for it in board.items if it.number == "8.3").decisions] == [
        "Moved by Vice President Dellinger, secon"
    ]
    people = {p.name: p.status for p in board.attendees}
    assert people["Aiden Park"] == "present" and "Vice President" not in people


def test_staff_directed_and_a_member_requesting_a_report_are_actions() -> None:
    board = _drawn_meeting(11, "us-marlow-creek")
    owners = {a.text.split(" to ")[0].split(" requested")[0]: a.owner for it in board.items for a in it.actions}
    assert owners["Staff were directed"] == "Staff"
    assert owners["Trustee Castellanos"] == "Trustee Castellanos"  # "... requested a report on ..."


def test_attendance_labels_of_a_form_and_nobody_absent(tmp_path: Path) -> None:
    """Labels the rules hold no words for, of the form "<people> present:", "<people> in
    attendance:", "<people> excused:"; "Members absent: None" names nobody and ends nothing."""
    plain = ("Helvetica", 10.0)
    lines = [
        ("Helvetica-Bold", 13, 56, "ORCHARD VALE COMMUNITY LAND TRUST"),
        (*plain, 56, "Minutes of the meeting held on 14 May 2024"),
        (*plain, 56, "Directors present: Ann Blake (Chair), Tom Hay, Sue Morris"),
        (*plain, 56, "Members absent: None"),
        (*plain, 56, "Volunteers in attendance: Amanda Glew, Dave Ivens"),
        (*plain, 56, "Directors excused: Priya Shah"),
        ("Helvetica-Bold", 10, 56, "1. Finance"),
        (*plain, 56, "The accounts were approved."),
    ]
    (meeting,) = _meetings(_draw_lines(tmp_path / "forms.pdf", lines))
    assert _people(meeting) == {
        "Ann Blake": "present",
        "Tom Hay": "present",
        "Sue Morris": "present",
        "Amanda Glew": "in_attendance",
        "Dave Ivens": "in_attendance",
        "Priya Shah": "apologies",
    }


def test_a_decision_verb_in_capitals_after_whoever_decided(tmp_path: Path) -> None:
    plain = ("Helvetica", 10.0)
    lines = [
        ("Helvetica-Bold", 13, 56, "ORCHARD VALE COMMUNITY LAND TRUST"),
        (*plain, 56, "Minutes of the meeting held on 14 May 2024"),
        (*plain, 56, "Present: Ann Blake (Chair), Tom Hay, Sue Morris"),
        ("Helvetica-Bold", 10, 56, "1. Finance"),
        (*plain, 56, "The treasurer presented the accounts for the year."),
        (*plain, 56, "The Trust Directors APPROVED the accounts for 2023/24."),
        ("Helvetica-Bold", 10, 56, "2. Housing"),
        (*plain, 56, "Residents Panel members NOTED the allocation report."),
    ]
    (meeting,) = _meetings(_draw_lines(tmp_path / "caps.pdf", lines))
    assert [[(d.kind, d.text) for d in it.decisions] for it in meeting.items] == [
        [("agreed", "The Trust Directors APPROVED the accounts for 2023/24.")],
        [("noted", "Residents Panel members NOTED the allocation report.")],
    ]


def test_a_plural_title_over_surnames_and_not_present(tmp_path: Path) -> None:
    """ "Members Present: Councillors Blake (Chair), Hay, Morris and Shah": the plural title is
    each surname's, a post in brackets after one too; "Not present:" is absent."""
    plain = ("Helvetica", 10.0)
    lines = [
        ("Helvetica-Bold", 12, 56, "Eastfield Town Council"),
        (*plain, 56, "Minutes of the Finance Committee meeting held on Monday 4 November 2024 at 7pm"),
        (*plain, 56, "Members Present: Councillors Blake (Chair), Hay, Morris and Shah"),
        (*plain, 56, "Not present: Priya Shah-Lee"),
        ("Helvetica-Bold", 10, 56, "1. Accounts"),
        (*plain, 56, "The accounts were approved."),
    ]
    (meeting,) = _meetings(_draw_lines(tmp_path / "surnames.pdf", lines))
    assert [(p.name, p.status) for p in meeting.attendees] == [
        ("Councillor Blake", "present"),
        ("Councillor Hay", "present"),
        ("Councillor Morris", "present"),
        ("Councillor Shah", "present"),
        ("Priya Shah-Lee", "absent"),
    ]


def test_a_vote_s_outcome_said_as_a_sentence_is_a_decision(tmp_path: Path) -> None:
    plain = ("Helvetica", 10.0)
    said = [
        "Members voted unanimously to approve the grant of £500 to the Scouts.",
        "The Committee voted 4-1 to refuse the application.",
        "It was proposed, seconded and carried that the precept be set at £45,000.",
        "Members unanimously supported the proposal to close the car park.",
    ]
    lines = [
        ("Helvetica-Bold", 12, 56, "Eastfield Town Council"),
        (*plain, 56, "Minutes of the Finance Committee meeting held on Monday 4 November 2024 at 7pm"),
        (*plain, 56, "Present: Cllrs Ann Blake (Chair), Tom Hay and Sue Morris"),
    ]
    for n, text in enumerate(said, 1):
        lines += [("Helvetica-Bold", 10, 56, f"{n}. Item {n}"), (*plain, 56, text)]
    (meeting,) = _meetings(_draw_lines(tmp_path / "votes.pdf", lines))
    assert [[d.text for d in it.decisions] for it in meeting.items] == [[text] for text in said]


def test_a_shire_councils_resolutions_under_their_numbered_labels() -> None:
    """Australian shire minutes (blind set 20): "3 ATTENDANCE AND APOLOGIES" takes the attendance
    ("PRESENT:", "OFFICERS:", "APOLOGIES:"); each decision is the motion under "COUNCIL
    RESOLUTION 2025/141", up to its mover and seconder ("CARRIED 7/0" after them is the vote's
    outcome, no decision of its own), its numbered limbs kept
    ("That Council:" / "1. adopts ...; and" / "2. increases ..."); "OFFICER RECOMMENDATION" is no
    part of the title over it; a resolution at the head of three pages is no running header; and
    "LOT 4 ON RP81223, ..." after a title ending in a comma is the title's second line."""
    m = _drawn_meeting(20, "au-yendaroo")
    assert (m.body, m.date) == ("Yendaroo Shire Council", "2025-04-16")
    statuses = [p.status for p in m.attendees]
    assert statuses.count("present") + statuses.count("virtual") == 7
    assert statuses.count("in_attendance") == 5 and statuses.count("apologies") == 1
    items = {it.number: it for it in m.items}
    assert list(items)[:3] == ["1", "2", "3"]
    assert [d.text for d in items["5"].decisions] == [
        "That the Minutes of the Ordinary Meeting held on 19 March 2025 be confirmed as a true and correct record."
    ]
    assert items["4"].decisions[0].text.startswith("That Cr Witt may participate in the discussion")
    [policy] = items["10.2.1"].decisions
    assert "2. increases the maximum concession from $220 to $300" in policy.text
    assert items["10.2.2"].title == "FINANCIAL REPORT FOR THE PERIOD ENDING 31 MARCH 2025"
    assert items["10.3.2"].title.endswith("(SIX UNITS), LOT 4 ON RP81223, 118 BUNGIL CREEK ROAD, YENDAROO")
    assert [d.text[:30] for d in items["12.1"].decisions] == [
        "That the meeting be reopened t",
        "That Council commences the pro",
    ]


def test_minutes_in_two_languages_a_slash_between_them() -> None:
    """A Welsh town council's minutes (blind set 20): "Cofnodion Cyfarfod Llawn y Cyngor / Minutes
    of the Full Council Meeting" over "Nos Lun 10 Mawrth 2025 am 7.00yh / Monday 10 March 2025 at
    7.00pm": a meeting of the town council's Full Council; "Yn bresennol / Present:" and "Hefyd yn bresennol / In
    attendance:" are attendance labels; "Rhodri ap Iwan" is one name."""
    m = _drawn_meeting(20, "uk-abercwmlas")
    assert (m.body, m.authority, m.date) == ("Abercwmlas Town Council", "Abercwmlas Town Council", "2025-03-10")
    people = {p.name: p.status for p in m.attendees}
    assert people["Rhodri ap Iwan"] == people["Tom Hackett"] == "present"
    assert people["Mrs Ceri Watkins"] == "in_attendance"
    assert [it.number for it in m.items][:3] == ["24/112", "24/113", "24/114"]


def test_owners_printed_under_the_points_they_own_across_a_page_break() -> None:
    """A Scottish community council's minutes (blind set 20): "Action: Secretary" right-aligned
    under a point owns the sentence before it, past "Douglas Ure returned to the meeting." (a
    coming and going, no point) and past a page break whose running header ("Glenfarquhar
    Community Council ... Minutes – 11 February 2025", on the second and third of three pages
    only) is dropped; "Action: Catriona Munro / working group" names its owner whole."""
    m = _drawn_meeting(20, "uk-glenfarquhar")
    owned = [(it.number, a.text[:40], a.owner) for it in m.items for a in it.actions]
    assert ("5", "The meeting agreed to ask Angusmuir Coun", "Secretary (Fiona Riddell)") in owned
    assert ("6", "It was agreed that the community council", "Secretary (Fiona Riddell)") in owned
    assert ("8", "After discussion, it was agreed that the", "Catriona Munro / working group") in owned
    assert len(owned) == 10
    assert not any("returned to the meeting" in text or "Minutes –" in text for _, text, _ in owned)


def test_a_title_run_into_its_text_after_a_full_stop_and_a_motion_released_from_camera() -> None:
    """ "8. Glenfarquhar Community Action Plan 2025–2030. Catriona Munro reported for the ...": the
    title ends at its full stop. "The following resolution was released from the in camera
    portion of the meeting:" / "THAT the Regional District of Tahsula enter into ...": a decision
    with no mover before it. "The Board NOTED the planned system deficit ..." ends where "ACTION:
    Gareth Ellison to circulate ..." starts."""
    scottish = _drawn_meeting(20, "uk-glenfarquhar")
    titles = {it.number: it.title for it in scottish.items}
    assert (titles["5"], titles["8"]) == ("Police report", "Glenfarquhar Community Action Plan 2025–2030")
    canadian = _drawn_meeting(20, "ca-tahsula")
    released = next(it for it in canadian.items if it.title == "RISE AND REPORT")
    assert [d.text[:45] for d in released.decisions] == ["THAT the Regional District of Tahsula enter i"]
    board = _drawn_meeting(20, "uk-hexmoor")
    noted = [d.text for it in board.items for d in it.decisions if "planned system deficit" in d.text]
    assert noted == ["The Board NOTED the planned system deficit of £14.6m and the associated risks."]


def test_apologies_given_by_surname_in_an_item_are_the_members_listed_in_full() -> None:
    """ "Apologies: Cllr Helen Rasbridge, Cllr Nadeem Qureshi" in the attendance, then "Apologies
    were received from Cllr Rasbridge (work commitment) and Cllr Qureshi (illness)" in item 1
    (blind set 19): two people, not four."""
    m = _drawn_meeting(19, "uk-cresswold")
    assert sorted(p.name for p in m.attendees if p.status == "apologies") == [
        "Cllr Helen Rasbridge",
        "Cllr Nadeem Qureshi",
    ]


def test_a_label_after_a_bodys_name_is_printed_after_capitals_only() -> None:
    """ "Transparency Board Members:" opens a list of members; "The Chair welcomed members" ends
    on the word but is a sentence."""
    rules = meetings._rules()
    assert meetings._label_of("Transparency Board Members: Ann Lee, Bob Roe", rules) == ("present", "Ann Lee, Bob Roe")
    assert meetings._label_of("The Chair welcomed members", rules) is None


def test_posts_in_a_column_beside_the_names_they_head() -> None:
    """A New Zealand local board's attendance (blind set 19): "Chairperson   Aroha Tane-Whitfield",
    "Members   Losa Faleolo" then "Priya Raman", "Hemi Roberts, from 5.20pm, item 7.1" and "Sarah
    Cheeseman-Doyle, via electronic attendance" under the name alone: each name with the post
    beside or above it; the last joined remotely."""
    m = _drawn_meeting(19, "nz-waitapu")
    people = {p.name: (p.role, p.status) for p in m.attendees}
    assert people["Aroha Tane-Whitfield"] == ("Chairperson", "present")
    assert people["Priya Raman"] == ("Members", "present")
    assert people["Hemi Roberts"][1] == "present"
    assert people["Sarah Cheeseman-Doyle"][1] == "virtual"
    assert people["Julia Mahoe"] == ("Ward Councillor", "also_present")
    assert people["Tom Brightwater"] == ("Member", "apologies")


def test_the_roll_called_in_a_sentence_and_the_members_named_in_full_in_the_letterhead() -> None:
    """An Ohio township's minutes (blind set 19): "Fiscal Officer Kettering called the roll: Mr.
    Voss - yes, Mrs. Stroud - yes, Mr. Ambler - yes. Also" / "present: Zoning Inspector Tom
    Rudisill, ...": the three trustees present by the full names the letterhead's "TRUSTEES"
    column prints (not read across its other columns), the answer no post; "Also present" read
    whole across the line break."""
    m = _drawn_meeting(19, "us-bixby-run")
    assert [(p.name, p.role, p.status) for p in m.attendees if p.status == "present"] == [
        ("Harlan Voss", None, "present"),
        ("Beverly Stroud", None, "present"),
        ("Curtis Ambler", None, "present"),
    ]
    assert {p.name for p in m.attendees if p.status == "also_present"} >= {"Tom Rudisill", "Gary Pfeiffer"}


def test_minutes_numbered_by_a_letter_year_and_serial_beside_an_action_column() -> None:
    """A parish council's minutes (blind set 21) numbered "P25/063", "P25/064", ... with owners in
    a right-hand "Action" column: the numbers are the items' (the owners are no items); "(b)
    Allotments – RESOLVED to increase ..." is a decision from its cue; correspondence "received
    and noted" and a report "which was noted" are decisions too."""
    m = _drawn_meeting(21, "uk-little-orrington")
    assert (m.body, m.date) == ("Little Orrington Parish Council", "2025-06-09")
    assert [i.number for i in m.items] == [f"P25/0{n}" for n in range(63, 75)]
    decisions = [d.text for i in m.items for d in i.decisions]
    assert (
        "RESOLVED to increase allotment rents to £38 per full plot and £20 per half plot from 1 October 2025."
        in decisions
    )
    assert any(d.startswith("The following were received and noted: Wessmoor Association") for d in decisions)
    assert "County Cllr A. Morrow had sent a written report, which was noted." in decisions
    # an action code is not a minute number: "A24/21 Circulate the revised agreement"
    rules = meetings._rules()
    assert rules.item_heading.match("P25/063 Apologies for absence")
    assert not rules.item_heading.match("A24/21 Circulate revised information sharing agreement")


def test_notes_of_a_joint_committee_over_a_table_of_people_and_a_table_of_business() -> None:
    """ "Notes of the Joint Waste Committee" over its date line and a table "Name | Initials |
    Role | Organisation | Attendance" (blind set 21): the title block ends at the table's header,
    so the table is the attendance; a decision in a table row carried over to the next page
    ("Agreed: to proceed with a joint procurement ...") is read, not lost."""
    m = _drawn_meeting(21, "uk-sallowby")
    assert (m.body, m.date) == ("Joint Waste Committee", "2025-03-27")
    status = {p.name: p.status for p in m.attendees}
    assert len(status) == 10
    assert (status["Cllr Yusuf Demir"], status["Cllr Alison Crane"], status["Lucy Farrant"]) == (
        "virtual",
        "apologies",
        "in_attendance",
    )
    decisions = [d.text for i in m.items for d in i.decisions]
    assert any(d.startswith("Agreed: to proceed with a joint procurement") for d in decisions)
    # "Members also noted the risk that payments could fall ...": a view noted, no decision
    assert not any(d.startswith("Members also noted the risk") for d in decisions)


def test_a_committee_named_with_the_organisation_it_serves_and_members_listed_beside_their_label() -> None:
    """ "Minutes of the meeting of the Customer and Communities Committee of Harebeck Housing
    Association (HHA)" (blind set 21): the committee is the body, the association its authority;
    "Committee members  Joanna Marsh (JM) – Chair" opens the members present; a decision ends
    before the banner in capitals after it ("CONFIDENTIAL ITEM – not for publication")."""
    m = _drawn_meeting(21, "uk-harebeck")
    assert (m.body, m.authority) == ("Customer and Communities Committee", "Harebeck Housing Association (HHA)")
    present = [p.name for p in m.attendees if p.status == "present"]
    assert present[:2] == ["Joanna Marsh", "Dr Kwame Asante"]
    panel = [d.text for i in m.items for d in i.decisions if "form the panel" in d.text]
    assert panel == [
        "Decision: The Committee agreed that JM, KA and RP would form the panel to recruit a replacement member."
    ]
    rules = meetings._rules()
    assert meetings._label_of("Committee members Joanna Marsh (JM) – Chair", rules) == (
        "present",
        "Joanna Marsh (JM) – Chair",
    )
    assert meetings._label_of("Committee members discussed the voids standard", rules) is None


def test_lists_side_by_side_where_a_long_entry_comes_close_to_the_next_column() -> None:
    """ "Members present:" beside "Officials present:" (blind set 21), where "Cllr Pádraig Colgan
    (Leas-Chathaoirleach)" ends closer to the officials' column than a column's gap: both lists
    read whole, each name under its own label."""
    m = _drawn_meeting(21, "ie-ardlenagh")
    status = {p.name: p.status for p in m.attendees}
    assert [n for n, s in status.items() if s == "present"] == [
        "Cllr Máire Ní Bhriain",
        "Cllr Pádraig Colgan",
        "Cllr Seán Mac Giolla Rua",
        "Cllr Bríd Hanrahan",
        "Cllr Tom Fennelly",
    ]
    assert [n for n, s in status.items() if s == "in_attendance"] == [
        "Mr Declan Furlong",
        "Ms Aoife Tierney",
        "Mr Kieran Doherty",
        "Ms Louise Grogan",
        "Ms Gráinne Quirke",
    ]


def test_a_post_that_ends_a_line_belongs_to_the_name_on_the_next() -> None:
    """ "..., Public Works Director" / "Samuel Ortiz, Finance Director Priya Raman": the post is
    Samuel Ortiz's, not a person called "Public Works"."""
    rules = meetings._rules()
    lines = [
        "City Manager Gloria Estrada, City Attorney Mark Feinberg, City Clerk Janet",
        "Whorley, Community Development Director Howard Lin, Public Works Director",
        "Samuel Ortiz, Finance Director Priya Raman",
    ]
    people = [(p.name, p.role) for p in meetings._block_people(lines, "in_attendance", 1, rules)]
    assert people[-2:] == [("Samuel Ortiz", "Public Works Director"), ("Priya Raman", "Finance Director")]


def test_a_commitment_reported_in_a_reply_is_the_clause_that_commits() -> None:
    """ "Reply: Ms Grogan replied that the Council will include the seating in its application
    under the Town and Village Renewal Scheme 2025, which closes on 30th May 2025, and that set-down
    parking would be considered ..." (blind set 21): the action is what the Council will do."""
    m = _drawn_meeting(21, "ie-ardlenagh")
    actions = [a.text for i in m.items for a in i.actions]
    assert (
        "the Council will include the seating in its application under the Town and Village Renewal "
        "Scheme 2025, which closes on 30th May 2025"
    ) in actions
    assert "the Council will write to TII requesting a special speed limit at this location." in actions


def test_people_named_by_initial_who_need_to_do_something_is_an_action() -> None:
    """ "Z. Maiorca, P. Bader, A. Qaiyum, and T. Feinberg need to submit updated applications" is
    an action; "Members need to be aware of the deadline" is not."""
    rules = meetings._rules()
    line = "Z. Maiorca, P. Bader, A. Qaiyum, and T. Feinberg need to submit updated applications"
    assert any(p.search(line) for p in rules.action_cues)
    assert not any(p.search("Members need to be aware of the deadline") for p in rules.action_cues)


def test_an_annual_parish_meeting_is_its_own_body_and_earlier_minutes_open_no_meeting() -> None:
    """ "MINUTES OF THE ANNUAL PARISH MEETING held on ..." (blind set 24): the electors' meeting
    is the body; "The minutes of the Annual Parish Meeting held on 24 April 2024 were approved
    by those / present and signed by the Chairman." opens no second meeting ("present and" is no
    attendance label)."""
    m = _drawn_meeting(24, "uk-great-witherby")
    assert (m.body, m.date) == ("Annual Parish Meeting", "2025-04-23")
    rules = meetings._rules()
    assert meetings._label_of("present and signed by the Chairman.", rules) is None
    assert meetings._label_of("Present were Cllrs Allingham and Marsh", rules) is not None


def test_members_present_in_groups_side_by_side_with_ranks_and_places() -> None:
    """ "Members Present: Elected Members:" beside "An Garda Síochána:", then "Oireachtas
    Members:" beside "Community Representatives:" (blind set 24): one list of members in columns
    of groups; "Chief Superintendent Gráinne Lally," / "Tullaghmore Division" is one person and
    where she serves."""
    m = _drawn_meeting(24, "ie-tullaghmore")
    people = {p.name: (p.status, p.role) for p in m.attendees}
    for name in ("Cllr Siobhán Kearns", "Rosaleen Carty", "Ms Noreen Walsh", "Mr John Mahon"):
        assert people[name][0] == "present"
    assert people["Gráinne Lally"][1] == "Chief Superintendent, Tullaghmore Division"
    assert "Tullaghmore Division" not in people and "Community Alert" not in people


def test_numbered_recommendations_and_answers_inside_an_item() -> None:
    """A scrutiny committee's minutes (blind set 24): "HOSC 25/12  RECOMMENDED that ..." is a
    numbered decision inside item 4, not an item; a list marked "1)" ... "4)" inside item 4 does
    not take "5. Community Mental Health Services" as its fifth entry; "A. The Trust will
    introduce ..." after a question is an action without its mark."""
    m = _drawn_meeting(24, "uk-redhaven")
    assert [i.number for i in m.items] == [str(n) for n in range(1, 10)]
    decisions = [d.text for d in m.items[3].decisions]
    assert decisions[0].startswith("RECOMMENDED that Ashwater Valley NHS Foundation Trust report")
    actions = [a.text for i in m.items for a in i.actions]
    assert (
        "The Trust will introduce a corridor care standard and a patient information leaflet by 31 March 2025."
        in actions
    )
    assert "The Health and Wellbeing Board will adopt a healthy weight declaration in June 2025" in actions


def test_a_sections_title_is_not_run_on_into_the_code_of_its_first_sub_item() -> None:
    """ "6. PUBLIC HEARINGS" over "PH-1 Conditional Use Permit CUP-25-004 – ...", both bold
    (blind set 24): the item is "PUBLIC HEARINGS"."""
    m = _drawn_meeting(24, "us-larkin-falls")
    titles = {i.number: i.title for i in m.items}
    assert (titles["6"], titles["7"], titles["8"]) == ("PUBLIC HEARINGS", "OLD BUSINESS", "NEW BUSINESS")


def test_group_labels_without_a_colon_before_titled_names() -> None:
    """ "PRESENT  Chairperson Cr Aroha Ngata" / "Deputy Chairperson Cr Bruce Tomlinson" /
    "Members Mayor Grant McAlister, Deputy Mayor Sina Faleolo, Cr ..." (blind set 24): each
    label its group, so the deputy chair and the mayor are people of their own; "Parish
    Councillors Sue Pettigrew, Alan Marsh and Hannah Okoro" gives three councillors."""
    rules = meetings._rules()
    lines = [
        "Chairperson Cr Aroha Ngata",
        "Deputy Chairperson Cr Bruce Tomlinson",
        "Members Mayor Grant McAlister, Deputy Mayor Sina Faleolo, Cr Hēmi Parata",
    ]
    names = [p.name.removeprefix("Cr ") for p in meetings._block_people(lines, "present", 1, rules)]
    assert names[:4] == ["Aroha Ngata", "Bruce Tomlinson", "Grant McAlister", "Sina Faleolo"]
    m = _drawn_meeting(24, "uk-great-witherby")
    present = [p.name for p in m.attendees if p.status == "present"]
    assert present[1:4] == ["Sue Pettigrew", "Alan Marsh", "Hannah Okoro"]
