"""Priority lists and action-plan actions: exact facts from the bundled corpus, and one tiny
PDF per list form, drawn here with reportlab (A4, reportlab's Vera font, one line per call)."""

from __future__ import annotations

from pathlib import Path

import pytest
import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from extractor.pdf import read_pdf
from extractor.priorities import extract_plan_actions, extract_priority_lists

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
# reportlab's bundled Vera fonts: the base-14 Helvetica cannot encode the bullet glyph
_FONTS = Path(reportlab.__file__).parent / "fonts"
pdfmetrics.registerFont(TTFont("Vera", _FONTS / "Vera.ttf"))
pdfmetrics.registerFont(TTFont("Vera-Bold", _FONTS / "VeraBd.ttf"))


def make_pdf(path: Path, lines: list[str | tuple[str, float]]) -> Path:
    """One page; a line is text at the left margin, or (text, indent). '**' marks bold."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    for line in lines:
        text, indent = (line, 0.0) if isinstance(line, str) else line
        bold = text.startswith("**")
        c.setFont("Vera-Bold" if bold else "Vera", 10.5)
        if text:
            c.drawString(56 + indent, y, text.strip("*"))
        y -= 14 if text else 8  # an empty line is a paragraph gap
    c.save()
    return path


def lists_of(path: Path):
    pages, _ = read_pdf(path)
    return extract_priority_lists(pages)


@pytest.fixture(scope="module")
def corpus_003():
    return lists_of(CORPUS / "003_f1b85571892c6c38.pdf")


def items(plist) -> list[str]:
    return [p.text for p in plist.items]


def test_003_strategic_priorities_joined_when_wrapped(corpus_003):
    plist = next(pl for pl in corpus_003 if pl.name == "Strategic Priorities")
    assert plist.kind == "strategic_priority"
    assert items(plist) == [
        "Cut crime and catch criminals",
        "Ensure visible community policing is at the heart of policing in Kent",
        "Prevent crime, anti-social behaviour and reduce repeat victimisation and offending",
        "Put Victims and Witnesses at the heart of processes",
        "Protect the public from harm",
        "Deliver value for money",
        "Meet national commitments for policing",
    ]


def test_003_control_strategy_priorities_with_period(corpus_003):
    plist = corpus_003[0]
    assert (plist.kind, plist.period, plist.period_start, plist.page) == ("priority", "2015/16", "2015-04-01", 2)
    assert items(plist) == [
        "Child Abuse & Exploitation",
        "Human Trafficking / Modern Slavery",
        "Domestic Abuse, Serious Violence and Sexual Offences",
        "Gangs",
        "Organised Acquisitive Crime",
        "Counter Terrorism and Domestic Extremism",
    ]


def test_003_inline_medway_priorities(corpus_003):
    plist = next(pl for pl in corpus_003 if pl.period == "2013-16")
    assert plist.owner == "Medway Unitary Authority"
    assert items(plist) == [
        "Tackle Substance and Alcohol Abuse",
        "Tackle ASB and Envirocrime",
        "Reduce Re-offending",
        "Tackle Domestic Abuse",
        "Reduce the Number of People Seriously Injured in Road Traffic Collisions",
    ]


def test_003_count_table_rows(corpus_003):
    table = next(pl for pl in corpus_003 if len(pl.items) > 20)
    assert len(table.items) == 26
    assert (
        table.items[12].text
        == "Community Confidence (quality of life, community activities/projects, agency collaboration )"
    )
    assert table.items[-1].text == "Preventing Fires"


def test_001_kent_csa_priorities_2024_25():
    lists = lists_of(CORPUS / "001_368897f9bdd4d4d8.pdf")
    first = next(pl for pl in lists if pl.period == "2024/25")
    assert first.page == 6
    assert items(first) == [
        "Domestic Abuse",
        "Violence Against Women and Girls (VAWG)",
        "Safeguarding Vulnerable People",
        "Preventing Neighbourhood Crime & Anti-social Behaviour (ASB)",
        "Serious and Organised Crime",
        "Preventing Extremism and Hate",
        "Substance Misuse",
        "Road Safety",
    ]
    themes = next(pl for pl in lists if pl.kind == "cross_cutting_theme")
    assert themes.name == "Kent CSA Cross-Cutting Themes" and len(themes.items) == 5
    leads = next(pl for pl in lists if any(p.lead for p in pl.items))
    assert (leads.items[2].text, leads.items[2].lead) == ("Safeguarding Vulnerable People", "TBC")


def test_bullets_after_heading(tmp_path):
    pdf = make_pdf(
        tmp_path / "bullets_after_heading.pdf",
        [
            "The partnership reviewed its plan in March.",
            "",
            "Our priorities for 2024/25 are:",
            "\u2022 Reduce violent crime",
            "\u2022 Prevent anti-social behaviour and reduce repeat",
            ("victimisation", 14),
            "\u2022 Support victims",
            "",
            "**Governance**",
            "The board meets quarterly to review the plan and its progress.",
        ],
    )
    [plist] = lists_of(pdf)
    assert (plist.kind, plist.period, plist.period_start, plist.period_end) == (
        "priority",
        "2024/25",
        "2024-04-01",
        "2025-03-31",
    )
    assert items(plist) == [
        "Reduce violent crime",
        "Prevent anti-social behaviour and reduce repeat victimisation",
        "Support victims",
    ]


def test_one_per_line_run_ends_at_next_heading(tmp_path):
    pdf = make_pdf(
        tmp_path / "one_per_line_run.pdf",
        [
            "Kent CSA Priorities:",
            "Domestic Abuse",
            "Road Safety",
            "Substance Misuse",
            "Kent CSA Cross-Cutting Themes:",
            "Early Intervention, Prevention and Education",
            "Support Mental Health and Wellbeing",
            "For further information on this agreement please contact the Kent Community Safety Team by email.",
        ],
    )
    priorities, themes = lists_of(pdf)
    assert items(priorities) == ["Domestic Abuse", "Road Safety", "Substance Misuse"]
    assert (themes.kind, items(themes)) == (
        "cross_cutting_theme",
        ["Early Intervention, Prevention and Education", "Support Mental Health and Wellbeing"],
    )


def test_inline_list_in_a_sentence(tmp_path):
    pdf = make_pdf(
        tmp_path / "inline_list.pdf",
        [
            "The Medway Community Safety Plan for 2013-16 included 3 priorities: Tackle",
            "Substance Misuse; Reduce Re-offending; and Tackle Domestic Abuse.",
        ],
    )
    [plist] = lists_of(pdf)
    assert (plist.period, plist.period_start) == ("2013-16", "2013-04")
    assert items(plist) == ["Tackle Substance Misuse", "Reduce Re-offending", "Tackle Domestic Abuse"]


def test_inline_list_that_a_sentence_says_the_priorities_are(tmp_path):
    """No colon: "priorities ... are A, B and C", "include; A, B, and C" (the serial comma's 'and'
    starts the last entry); not a sentence where something else is said of the priorities."""
    pdf = make_pdf(
        tmp_path / "are_list.pdf",
        [
            "Passengers' priorities for improvement include; punctuality, improving the frequency and",
            "routes served, and the design, comfort and condition of the buses.",
            "",
            "Whilst some of the priorities have been agreed and are awaiting sign-off by the partners,",
            "many are still provisional, late and as such are subject to change.",
            "",
            "The highest ranked priorities for supported services are access to employment, hospitals",
            "and education.",
        ],
    )
    assert [items(plist) for plist in lists_of(pdf)] == [
        ["punctuality", "improving the frequency and routes served", "the design, comfort and condition of the buses"],
        ["access to employment", "hospitals", "education"],
    ]


def test_inline_list_after_an_opening_aside(tmp_path):
    """ "Although changes are needed, ..." opens the sentence; the list it introduces is still
    one, while a sentence about the changes themselves is not (test below)."""
    pdf = make_pdf(
        tmp_path / "aside.pdf",
        [
            "Although changes are needed to keep the plan relevant, many of the existing",
            "priorities remain a focus, so it is recommended that the following three",
            "priorities are retained: Domestic Abuse; Anti-Social Behaviour; and Road Safety.",
        ],
    )
    [plist] = lists_of(pdf)
    assert items(plist) == ["Domestic Abuse", "Anti-Social Behaviour", "Road Safety"]


def test_priority_lead_table_fills_lead(tmp_path):
    pdf = make_pdf(
        tmp_path / "priority_lead_table.pdf",
        [
            "Kent CSA Priorities:",
            "Domestic Abuse",
            "Road Safety",
            "Substance Misuse",
            "",
            "**7. Leads**",
            "Priority Lead",
            "Domestic Abuse",
            "Detective Superintendent, Kent Police",
            "Road Safety",
            "Chair of Safer Roads Partnership",
            "Substance Misuse Consultant in Public Health, Kent County",
            "Council",
            "",
            "**8. Links to Plans**",
        ],
    )
    table = lists_of(pdf)[1]
    assert [(p.text, p.lead) for p in table.items] == [
        ("Domestic Abuse", "Detective Superintendent, Kent Police"),
        ("Road Safety", "Chair of Safer Roads Partnership"),
        ("Substance Misuse", "Consultant in Public Health, Kent County Council"),
    ]


def test_bullet_list_without_a_priority_cue_is_not_a_list(tmp_path):
    pdf = make_pdf(
        tmp_path / "not_priorities.pdf",
        [
            "Feedback was received from the following agencies:",
            "\u2022 Kent County Council",
            "\u2022 Kent Police",
            "\u2022 NHS England",
            "",
            "There have been a number of changes made to the priorities as follows:",
            "\u2022 2018 \u2013 A new priority of Preventing Extremism and Hate was introduced",
            "\u2022 2020 \u2013 The priority of Serious and Organised Crime was expanded",
        ],
    )
    assert lists_of(pdf) == []


def test_action_plan_table_with_progress(tmp_path):
    pdf = make_pdf(
        tmp_path / "action_plan_table.pdf",
        [
            "Priority: Domestic Abuse",
            "",
            "Actions 2023/24 Progress",
            "Commission and",
            "support the DHR",
            "process",
            "During 2023/24 the partnership received eleven notifications and commissioned",
            "seven new reviews, three of which were published after quality assurance.",
            "Raise awareness of",
            "the new duties",
            "A campaign ran across the county with partners throughout the year and reached",
            "over five million people through social media and local press coverage.",
            "References:",
        ],
    )
    pages, _ = read_pdf(pdf)
    actions = extract_plan_actions(pages)
    assert [(a.text, a.priority) for a in actions] == [
        ("Commission and support the DHR process", "Domestic Abuse"),
        ("Raise awareness of the new duties", "Domestic Abuse"),
    ]
    assert actions[0].progress.startswith("During 2023/24 the partnership received eleven notifications")


def test_commitments_with_owner_and_due_date(tmp_path):
    pdf = make_pdf(
        tmp_path / "commitments.pdf",
        [
            "The VRU will work with the 13 Community Safety Partnerships by March 2025 to coordinate the work.",
            "Robbery decreased by 29% in this period.",
            "The remainder of this document will consider whether the priorities are still relevant.",
        ],
    )
    pages, _ = read_pdf(pdf)
    [action] = extract_plan_actions(pages)
    assert action.text.startswith("The VRU will work with the 13 Community Safety Partnerships")
    assert (action.owner, action.due_date) == ("VRU", "2025-03")


DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


@pytest.mark.parametrize(
    ("markers", "expected_count"),
    [(["(a)", "(b)", "(c)"], 3), (["a)", "b)", "c)"], 3), (["i.", "ii.", "iii."], 3), (["I.", "II.", "III."], 3)],
)
def test_lettered_and_roman_lists(tmp_path, markers, expected_count):
    pdf = make_pdf(
        tmp_path / "lettered.pdf",
        [
            "Our objectives for 2022-27 are:",
            f"{markers[0]} Improve air quality across the borough",
            f"{markers[1]} Reduce the fear of crime",
            f"{markers[2]} Protect and enhance biodiversity",
            "",
            "The council will review these objectives every year with its partners and residents.",
        ],
    )
    [plist] = lists_of(pdf)
    assert plist.kind == "objective"
    assert (
        items(plist)
        == [
            "Improve air quality across the borough",
            "Reduce the fear of crime",
            "Protect and enhance biodiversity",
        ][:expected_count]
    )


def test_lettered_list_ends_where_its_lettering_breaks(tmp_path):
    pdf = make_pdf(
        tmp_path / "lettering_breaks.pdf",
        ["Our values are:", "(a) Openness", "(b) Respect", "(d) Something printed later", "(c) Courage"],
    )
    [plist] = lists_of(pdf)
    assert items(plist) == ["Openness", "Respect"]


def test_counted_introduction_ends_the_list(tmp_path):
    pdf = make_pdf(
        tmp_path / "counted.pdf",
        [
            "Three key issues were identified for assessment:",
            "\u2022 Housing Development",
            "\u2022 Employment",
            "\u2022 Transport",
            "\u2022 Appendix A sets out the full consultation responses",
        ],
    )
    [plist] = lists_of(pdf)
    assert plist.kind == "focus_area"
    assert items(plist) == ["Housing Development", "Employment", "Transport"]


def test_named_entries_keep_the_name(tmp_path):
    pdf = make_pdf(
        tmp_path / "named_entries.pdf",
        [
            "What we will focus on delivering can be summarised into three key offers:",
            "\u2022 The core offer \u2013 library loans and free computer access",
            "\u2022 Enabling learning, skills and employment \u2013 learning courses",
            "\u2022 Libraries as business enablers \u2013 business hubs in libraries",
        ],
    )
    [plist] = lists_of(pdf)
    assert items(plist) == [
        "The core offer",
        "Enabling learning, skills and employment",
        "Libraries as business enablers",
    ]


def test_sentence_objectives_under_seeks_to_achieve(tmp_path):
    pdf = make_pdf(
        tmp_path / "seeks_to_achieve.pdf",
        [
            "To realise our vision this Strategy seeks to achieve the following:",
            "\u2022 A comprehensive and joined-up bus network which maximises the range of journeys able",
            ("to be made by bus, improving access to employment, health and leisure.", 14),
            "\u2022 To maximise bus service reliability and reduce journey times for all passengers.",
            "\u2022 To provide simplified ticketing which allows all bus users to travel on a single ticket.",
        ],
    )
    [plist] = lists_of(pdf)
    assert plist.kind == "objective" and len(plist.items) == 3
    assert plist.items[0].text.endswith("improving access to employment, health and leisure.")


def test_statutes_and_members_are_not_priority_lists(tmp_path):
    pdf = make_pdf(
        tmp_path / "not_lists.pdf",
        [
            "Our objectives are shaped by the following legislation:",
            "\u2022 Crime and Disorder Act 1998",
            "\u2022 Police Reform Act 2002",
            "",
            "The strategic objectives were agreed by:",
            "\u2022 Councillor Jane Smith",
            "\u2022 Councillor Amir Khan",
            "\u2022 Cllr Rosa Lee",
        ],
    )
    assert lists_of(pdf) == []


def test_statistic_callout_inside_a_bullet_run(tmp_path):
    pdf = make_pdf(
        tmp_path / "callout.pdf",
        [
            "As a principle smart payments and ticketing should include:",
            "\u2022 Tickets and payments using contactless technology.",
            "\u2022 The same experience on all buses.",
            "82%",
            "**agree with our ticketing principles**",
            "\u2022 A daily cap on fares.",
            "",
            "The authorities will consult on fares in 2021 and again in later years.",
        ],
    )
    [plist] = lists_of(pdf)
    assert items(plist) == [
        "Tickets and payments using contactless technology.",
        "The same experience on all buses.",
        "A daily cap on fares.",
    ]


def test_call_outs_one_after_another_inside_a_bullet_run(tmp_path):
    # a page's last call-out and the next page's first, between two bullets of one list
    pdf = make_pdf(
        tmp_path / "callouts.pdf",
        [
            "This strategy seeks to achieve the following:",
            "\u2022 Continue to improve passengers satisfaction with bus services.",
            "85.2%",
            "**agreed with",
            "**our strategy",
            "**objectives",
            "76%",
            "**agreed with the",
            "**concept of an",
            "**interchange-based",
            "**network",
            "\u2022 Reduce overall emissions due to general road traffic.",
        ],
    )
    [plist] = lists_of(pdf)
    assert items(plist) == [
        "Continue to improve passengers satisfaction with bus services.",
        "Reduce overall emissions due to general road traffic.",
    ]


@pytest.mark.skipif(not DEV.exists(), reason="the shared dev corpus is not here")
def test_dev_bus_strategy_objectives_and_principles():
    lists = lists_of(DEV / "uk-weca-bus-strategy-three-column-2020-06.pdf")
    objectives = next(pl for pl in lists if "seeks to achieve" in pl.name)
    assert objectives.kind == "objective" and len(objectives.items) >= 8
    assert objectives.items[1].text == "A doubling in bus passenger numbers by 2036."
    principles = next(pl for pl in lists if "smart payments" in pl.name)
    assert (
        principles.items[-1].text
        == "Integrated with public transport modes (e.g. Rail/ Ferry ) to enable seamless travel."
    )
    # each theme's section opens with a large "Bus Strategy" over its title
    themes = next(pl for pl in lists if pl.name == "Bus Strategy")
    assert themes.kind == "strategic_priority" and len(themes.items) == 8
    assert themes.items[1].text == "Better services for people in rural areas"


def make_table_pdf(path: Path, rows: list[list[tuple[str, float]] | None]) -> Path:
    """Table rows: each row is cells (text, x) printed on one baseline; an empty row is a gap,
    None starts a new page. '**' marks bold."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    for row in rows:
        if row is None:
            c.showPage()
            y = A4[1] - 72
            continue
        for text, x in row:
            c.setFont("Vera-Bold" if text.startswith("**") else "Vera", 10)
            c.drawString(x, y, text.strip("*"))
        y -= 13 if row else 8
    c.save()
    return path


def actions_of(path: Path):
    pages, _ = read_pdf(path)
    return extract_plan_actions(pages)


def test_action_table_with_due_column_read_row_by_row(tmp_path):
    # the due column starts just after the widest action line, so the layout reads each row's
    # first line and its due date as one line ("... with the Home Ongoing"), as in real logs
    first_lines = ["Cabinet Office team to work with the Home", "Board members to be kept informed of the"]
    due_x = 56 + max(pdfmetrics.stringWidth(t, "Vera", 10) for t in first_lines) + 6
    pdf = make_table_pdf(
        tmp_path / "action_deadline.pdf",
        [
            [("**Action**", 56), ("**Deadline**", due_x)],
            [(first_lines[0], 56), ("Ongoing", due_x)],
            [("Office data team on the next phase of work.", 56)],
            [(first_lines[1], 56), ("September", due_x)],
            [("progress of the right to data paper.", 56)],
            [("Officials to discuss the project with BIS", 56), ("Q3 2024/25", due_x)],
            [],
            [("**Next steps**", 56)],
        ],
    )
    actions = actions_of(pdf)
    assert [(a.text, a.owner, a.due_text, a.due_date) for a in actions] == [
        (
            "Cabinet Office team to work with the Home Office data team on the next phase of work.",
            "Cabinet Office team",
            "Ongoing",
            None,
        ),
        (
            "Board members to be kept informed of the progress of the right to data paper.",
            "Board members",
            "September",
            None,
        ),
        ("Officials to discuss the project with BIS", "Officials", "Q3 2024/25", "2024-10/2024-12"),
    ]


def test_timetable_with_split_header_and_dates(tmp_path):
    # a header cell set higher than its neighbour: the layout reads "Stage" and "Timeline" apart
    due_x = 70 + pdfmetrics.stringWidth("Draft Local Plan consultation", "Vera", 10) + 6
    pdf = make_table_pdf(
        tmp_path / "timetable.pdf",
        [
            [("The timeline for the plan is provided in the table below.", 56)],
            [],
            [("**Stage**", 70)],
            [("**Timeline**", due_x)],
            [("Draft Local Plan consultation", 70), ("May 2027", due_x)],
            [("(Regulation 18)", 70)],
            [("Submission (Regulation 22)", 70), ("March 2028", due_x)],
            [("Adoption (Regulation 26)", 70), ("tbc", due_x)],
            [],
            [("The timeline depends on a number of factors outside the council's control, including", 56)],
            [("the number and complexity of the new regulations.", 56)],
        ],
    )
    rows = [(a.text, a.due_text, a.due_date) for a in actions_of(pdf)]
    assert rows[:3] == [
        ("Draft Local Plan consultation (Regulation 18)", "May 2027", "2027-05"),
        ("Submission (Regulation 22)", "March 2028", "2028-03"),
        ("Adoption (Regulation 26)", "tbc", None),
    ]


def test_action_log_without_header_row(tmp_path):
    # the status column close to the actions, so each status is read onto its action's line
    x = 56 + pdfmetrics.stringWidth("Circulate minutes and actions from the meeting", "Vera", 10) + 6
    pdf = make_table_pdf(
        tmp_path / "action_log.pdf",
        [
            [("**Working Group Action Log \u2013 14 May 2013**", 150)],
            [("- All actions for next meeting unless otherwise stated", 70)],
            [("**Secretariat**", 56)],
            [("Circulate minutes and actions from the meeting", 56), ("New", x)],
            [],
            [("National Address Dataset \u2013 Lead HS/BB", 56)],
            [("Survey of twenty firms on use of address data", 56), ("Carried", x)],
            [("", 56), ("forward", x)],
            [("Investigate with local authorities where they", 56), ("New", x)],
            [("are trying to use the data", 56)],
            [("Minister to write to the Charity Commission", 56), ("Completed", x)],
        ],
    )
    actions = actions_of(pdf)
    assert [(a.text, a.owner, a.status, a.due_text) for a in actions] == [
        ("Circulate minutes and actions from the meeting", None, "New", "next meeting"),
        ("Survey of twenty firms on use of address data", "HS/BB", "Carried forward", "next meeting"),
        ("Investigate with local authorities where they are trying to use the data", "HS/BB", "New", "next meeting"),
        ("Minister to write to the Charity Commission", "Minister", "Completed", "next meeting"),
    ]


@pytest.mark.skipif(not DEV.exists(), reason="the shared dev corpus is not here")
def test_dev_action_log_rows_keep_owner_and_due():
    actions = actions_of(DEV / "uk-cabinet-office-transparency-board-action-log-2011-07-19.pdf")
    first = actions[0]
    assert first.text == (
        "Cabinet Office Transparency Team to work with the Home Office Crime Data team"
        " to discuss the next phase of work."
    )
    assert (first.owner, first.due_text) == ("Cabinet Office Transparency Team", "Ongoing")
    assert not any("UNCLASSIFIED" in a.text for a in actions)


def test_heading_names_the_bullets_under_it(tmp_path):
    pdf = make_pdf(
        tmp_path / "heading_list.pdf",
        [
            "**Local Policing Priorities**",
            ("\u2022 Protecting most vulnerable - 8 mental health related calls in May", 18),
            ("\u2022 Reducing violence and anti-social behaviour - 3 reports of assault", 18),
            ("\u2022 Improving road safety - two episodes were reported", 18),
            "",
            "**Current Campaigns**",
            ("\u2022 National Shut Out Scammers Campaign", 18),
        ],
    )
    [plist] = lists_of(pdf)
    assert (plist.name, plist.kind) == ("Local Policing Priorities", "priority")
    assert items(plist) == [
        "Protecting most vulnerable",
        "Reducing violence and anti-social behaviour",
        "Improving road safety",
    ]


def test_a_list_that_points_back_at_the_principles_is_not_them(tmp_path):
    pdf = make_pdf(
        tmp_path / "points_back.pdf",
        [
            "The Minister asked the Panel to help drive these principles forward by:",
            "\u2022 Identifying where information had not been made available",
            "\u2022 Demonstrating the benefits of transparency to partners.",
            "",
            "The medium-term ambition was:",
            "\u2022 To release all departmental datasets.",
            "\u2022 To extend partnerships with local authorities.",
        ],
    )
    [plist] = lists_of(pdf)
    assert plist.kind == "objective"
    assert items(plist) == ["To release all departmental datasets.", "To extend partnerships with local authorities."]


@pytest.mark.skipif(not DEV.exists(), reason="the shared dev corpus is not here")
def test_dev_minutes_policing_priorities_under_a_heading():
    lists = lists_of(DEV / "uk-ayton-cc-community-council-minutes-2021-06-03.pdf")
    plist = next(pl for pl in lists if pl.name == "Local Policing Priorities")
    assert items(plist)[0] == "Protecting most vulnerable" and len(plist.items) == 6


def test_predictions_and_reported_prose_are_not_actions(tmp_path):
    pdf = make_pdf(
        tmp_path / "predictions.pdf",
        [
            "Investment in high quality buses will play a crucial role in delivering the strategy.",
            "",
            "Changes to the rural bus network will need to be undertaken carefully and in phases.",
            "",
            "It is likely that the partnership will meet more often during the coming year.",
            "",
            "The scheme was introduced in 2010 and will be reviewed by the board every year.",
            "",
            "The authorities will review parking policy across the area by March 2025.",
        ],
    )
    actions = actions_of(pdf)
    assert [(a.text, a.owner, a.due_text, a.due_date) for a in actions] == [
        (
            "The authorities will review parking policy across the area by March 2025.",
            "authorities",
            "March 2025",
            "2025-03",
        )
    ]


def test_numbering_restarting_under_each_heading_makes_nested_lists(tmp_path):
    pdf = make_pdf(
        tmp_path / "nested.pdf",
        [
            "Our priority areas in each domain for 2024-27 are:",
            "**Safer communities**",
            "1. Reduce anti-social behaviour",
            "2. Reduce burglary",
            "**Healthier lives**",
            "1. Reduce obesity",
            "2. Increase physical activity",
            "3. Improve mental wellbeing",
            "",
            "The partnership will report progress against each domain every quarter to the board.",
        ],
    )
    safer, healthier = lists_of(pdf)
    assert (safer.parent, safer.kind, safer.period) == ("Safer communities", "priority", "2024-27")
    assert items(safer) == ["Reduce anti-social behaviour", "Reduce burglary"]
    assert healthier.parent == "Healthier lives"
    assert items(healthier) == ["Reduce obesity", "Increase physical activity", "Improve mental wellbeing"]


def test_commitment_that_introduces_a_list_makes_one_action_per_entry(tmp_path):
    pdf = make_pdf(
        tmp_path / "listed_commitment.pdf",
        [
            "**Libraries will inspire learning.**",
            "We\u2019ll do this by:",
            "Providing the best resources and",
            "facilities we can",
            "",
            "Talking to people about what they need",
            "**Libraries will strengthen communities.**",
            "We recently secured funding from the Arts Council which will help us to host an arts programme.",
            "The Control Strategy is a four year document which will be reviewed annually by the board.",
            "The partnership meets every quarter and publishes its minutes on its website.",
            "Its members are drawn from the council, the police and the health service in the county.",
        ],
    )
    texts = [(a.text, a.owner) for a in actions_of(pdf)]
    assert ("Providing the best resources and facilities we can", "we") in texts
    assert ("Talking to people about what they need", "we") in texts
    assert not any("Arts Council" in t for t, _ in texts)
    assert any(t.startswith("The Control Strategy is a four year document") for t, _ in texts)


def test_policy_voice_and_nobody_acting_are_not_commitments(tmp_path):
    pdf = make_pdf(
        tmp_path / "policy_voice.pdf",
        [
            "Relocation of a facility will therefore be supported in such circumstances.",
            "Road based freight will be encouraged to use the primary route network in future.",
            "Effective waste planning will reduce road miles for waste across the whole area.",
            "The administration\u2019s final draft budget will be published on 5th February 2025.",
            "Our councils will review policies on car parks and on-street parking across the region.",
        ],
    )
    assert [a.text for a in actions_of(pdf)] == [
        "The administration\u2019s final draft budget will be published on 5th February 2025.",
        "Our councils will review policies on car parks and on-street parking across the region.",
    ]


def test_a_short_lowercase_word_before_will_is_not_an_actor(tmp_path):
    pdf = make_pdf(
        tmp_path / "not_an_actor.pdf",
        [
            "More inclusive spaces will encourage educational trips to the city.",
            "New and enhanced walking routes will improve pedestrian movement and health.",
            "The VRU will fund diversionary activities in places affected by violence.",
        ],
    )
    assert [a.text for a in actions_of(pdf)] == [
        "The VRU will fund diversionary activities in places affected by violence."
    ]


def test_owner_is_the_actor_named_before_will(tmp_path):
    pdf = make_pdf(
        tmp_path / "actor_owner.pdf",
        [
            "Wherever possible, we will look to employ consultants on a fixed term contract.",
            "The Black Country authorities will continue to produce separate monitoring reports.",
        ],
    )
    assert [a.owner for a in actions_of(pdf)] == ["we", "Black Country authorities"]


def test_due_table_carried_on_to_the_next_page_without_its_header(tmp_path):
    lines = ["Cabinet Office team to work with the Home", "URI project team to engage with the Office"]
    due_x = 56 + max(pdfmetrics.stringWidth(t, "Vera", 10) for t in lines) + 6
    pdf = make_table_pdf(
        tmp_path / "two_pages.pdf",
        [
            [("**Action**", 56), ("**Deadline**", due_x)],
            [(lines[0], 56), ("Ongoing", due_x)],
            [("Office data team on the next phase of work.", 56)],
            None,
            [(lines[1], 56), ("August", due_x)],
            [("for Fair Trading to agree how to apply this.", 56)],
            [("CLG to provide the Board with a copy", 56), ("August", due_x)],
        ],
    )
    assert [(a.text, a.due_text, a.page) for a in actions_of(pdf)] == [
        ("Cabinet Office team to work with the Home Office data team on the next phase of work.", "Ongoing", 1),
        ("URI project team to engage with the Office for Fair Trading to agree how to apply this.", "August", 2),
        ("CLG to provide the Board with a copy", "August", 2),
    ]


def test_coded_objectives_with_sub_objectives_beside_them(tmp_path):
    # a framework table: the coded objective on the left, its sub-objectives as bullets on the right
    pdf = make_table_pdf(
        tmp_path / "framework.pdf",
        [
            [("Sustainability Framework for the Local Plan 2021-2038", 40)],
            [],
            [("SA1) Achieve sustainable", 40), ("\u2022 To support existing businesses.", 200)],
            [("growth", 40), ("\u2022 To promote economic diversity.", 200)],
            [],
            [("SA2) Reduce crime", 40), ("\u2022 To design out crime in new development.", 200)],
            [("", 40), ("\u2022 To improve community cohesion.", 200)],
            [],
            [("SA3) Achieve good air quality", 40), ("\u2022 To improve air quality across the borough.", 200)],
            [],
            [("The council consulted on this framework in 2019 and updated it after the consultation.", 40)],
        ],
    )
    subs = [pl for pl in lists_of(pdf) if pl.parent]
    assert [(pl.parent, items(pl)) for pl in subs] == [
        ("SA1) Achieve sustainable", ["To support existing businesses.", "To promote economic diversity."]),
        ("SA2) Reduce crime", ["To design out crime in new development.", "To improve community cohesion."]),
        ("SA3) Achieve good air quality", ["To improve air quality across the borough."]),
    ]
    assert {pl.period for pl in subs} == {"2021-2038"}


def _ruled_action_plan(folder: Path) -> Path:
    """An action plan in a ruled table over two pages (Ref | Action | Lead | Deadline |
    Progress), cells of several lines, the header printed on the first page only."""
    path = folder / "ruled_plan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = [50, 80, 300, 390, 460, 560]

    def table(rows, top):
        ys = [top]
        for row in rows:
            ys.append(ys[-1] - 14 * max(len(cell.split("|")) for cell in row) - 6)
        for x in xs:
            c.line(x, ys[0], x, ys[-1])
        for y in ys:
            c.line(xs[0], y, xs[-1], y)
        for n, row in enumerate(rows):
            for x, cell in zip(xs, row):
                for k, part in enumerate(cell.split("|")):
                    c.setFont("Helvetica-Bold" if n == 0 and top > 700 else "Helvetica", 9)
                    c.drawString(x + 3, ys[n] - 12 - 14 * k, part)

    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, 800, "Community Safety Action Plan 2024/25")
    table(
        [
            ("Ref", "Action", "Lead", "Deadline", "Progress"),
            ("1", "Review the night-time economy|patrol plan with licensees", "Police", "March 2025", "On track"),
            ("2", "Publish the domestic abuse|directory for practitioners", "Council", "Ongoing", "Complete"),
        ],
        780,
    )
    c.showPage()
    table(
        [
            ("3", "Train youth workers in|county lines awareness", "VRU", "Q3 2024/25", "Delayed"),
            ("4", "Report progress to the board", "Partnership Manager", "May 2025", "New"),
        ],
        780,
    )
    c.save()
    return path


def test_ruled_action_table_read_by_column(tmp_path):
    actions = actions_of(_ruled_action_plan(tmp_path))
    assert [(a.text, a.owner, a.due_text, a.status, a.page) for a in actions] == [
        ("Review the night-time economy patrol plan with licensees", "Police", "March 2025", "On track", 1),
        ("Publish the domestic abuse directory for practitioners", "Council", "Ongoing", "Complete", 1),
        ("Train youth workers in county lines awareness", "VRU", "Q3 2024/25", "Delayed", 2),
        ("Report progress to the board", "Partnership Manager", "May 2025", "New", 2),
    ]
    assert actions[0].due_date == "2025-03"


def test_numbered_entries_each_with_a_description(tmp_path):
    pdf = make_pdf(
        tmp_path / "described.pdf",
        [
            "**2a. The Vision**",
            "2.2 The Vision consists of three major directions of change and underpins the",
            "approach to the whole strategy;",
            "1. Thriving Communities",
            "",
            "We will create a network of cohesive, healthy and prosperous communities with",
            "equal access to housing and services.",
            "2. Greener Places",
            "",
            "We will create a step change in the environmental quality of the towns.",
            "3. Shared Prosperity",
            "",
            "We will attract new employment and investment in new technology.",
            "",
            "**2b. Sustainability Principles**",
            "2.3 The vision requires a number of challenges to be addressed:",
            "1. Facing up to Climate Change",
            "",
            "Ensuring that development minimises climate change impacts.",
            "2. Brownfield First",
            "",
            "Ensuring that previously developed land is used first.",
            "",
            "**Resource Efficiency \u2013 General Principles**",
            "All new developments should:",
            ("\u2022 address waste as a resource;", 18),
            ("\u2022 minimise waste as far as possible.", 18),
        ],
    )
    vision, principles = lists_of(pdf)
    assert items(vision) == ["Thriving Communities", "Greener Places", "Shared Prosperity"]
    # the introduction names no list: the heading straight above it does
    assert items(principles) == ["Facing up to Climate Change", "Brownfield First"]
    assert principles.kind == "objective"
    # requirements ("should:") are no list of priorities, whatever the heading says


def test_entries_set_in_without_markers(tmp_path):
    # bullets drawn as pictures leave entries set in from their introduction, a paragraph each
    pdf = make_pdf(
        tmp_path / "indented.pdf",
        [
            "Suffolk Libraries is committed to delivering a wide range of services.",
            "",
            "What we will focus on delivering can be summarised into three key offers:",
            "",
            ("The core offer \u2013 library loans (books, eBooks, sound and vision),", 24),
            ("free computer access etc", 24),
            "",
            ("Enabling learning, skills and employment \u2013 learning courses,", 24),
            ("working to support people back into work", 24),
            "",
            ("Libraries as business enablers \u2013 business hubs within libraries", 24),
            "",
            "Our staff and volunteers will deliver these offers across the county.",
        ],
    )
    [plist] = lists_of(pdf)
    assert plist.kind == "strategic_priority"
    assert items(plist) == [
        "The core offer",
        "Enabling learning, skills and employment",
        "Libraries as business enablers",
    ]


@pytest.mark.parametrize(
    ("word", "kind"),
    [("Goal", "objective"), ("Commitment", "objective"), ("Pillar", "strategic_priority")],
)
def test_numbered_headings_of_other_words(tmp_path, word, kind):
    pdf = make_pdf(
        tmp_path / "numbered.pdf",
        [
            f"**{word} 1: Safer streets**",
            "We will reduce violent crime in the town centre.",
            "",
            f"**{word} 2: Stronger communities**",
            "We will support local groups.",
        ],
    )
    [plist] = lists_of(pdf)
    assert (plist.kind, items(plist)) == (kind, ["Safer streets", "Stronger communities"])


def test_introduction_that_ends_naming_themes(tmp_path):
    pdf = make_pdf(
        tmp_path / "themes.pdf",
        [
            "Our plan is built around three themes:",
            "",
            ("1. Prevention", 18),
            ("2. Early intervention", 18),
            ("3. Recovery", 18),
        ],
    )
    [plist] = lists_of(pdf)
    assert items(plist) == ["Prevention", "Early intervention", "Recovery"]


def test_paragraph_starts_are_the_layout_stages(tmp_path: Path) -> None:
    """Priorities and minutes read one paragraph structure: a line 1.33 times the usual step
    below the last (under layout.yml's paragraph_gap) is no paragraph start for either, a
    line twice the step below is one for both."""
    from extractor import meetings, priorities
    from extractor.layout import paragraph_starts

    path = tmp_path / "steps.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 780.0
    for n, step in enumerate([0, 12, 12, 16, 12, 12, 24, 12, 12]):
        y -= step
        c.drawString(56, y, f"Line {n} of the page, set in running text as printed")
    c.save()
    [page] = read_pdf(path)[0]
    starts = paragraph_starts(page)
    assert starts == [False, False, False, False, False, False, True, False, False]
    assert [r.gap for r in priorities._rows([page])][1:] == starts[1:]
    assert [r.para for r in meetings._rows([page])] == starts


def test_a_plans_stated_scope_is_its_focus_areas(tmp_path):
    pdf = make_pdf(
        tmp_path / "scope.pdf",
        [
            "2.2 The matters which the authority\u2019s Local Plan for the area is to deal with are:",
            ("\u2022 Housing site allocations", 18),
            ("\u2022 Employment site allocations", 18),
            ("\u2022 Infrastructure policies", 18),
            "2.3 The Local Plan will be borough-wide in geographical area.",
        ],
    )
    [plist] = lists_of(pdf)
    assert plist.kind == "focus_area"
    assert items(plist) == ["Housing site allocations", "Employment site allocations", "Infrastructure policies"]


def test_a_list_set_in_bold_keeps_its_wrapped_lines(tmp_path):
    # a policy box set wholly in bold: a wrapped line is the entry's, not a heading
    pdf = make_pdf(
        tmp_path / "bold_box.pdf",
        [
            "**The key transport priorities are:**",
            ("**\u2022 Providing rapid transit extensions to the Metro to connect the Strategic**", 18),
            ("**Centres to each other and to the city;**", 28),
            ("**\u2022 Improving Junctions 1 and 2 of the M5;**", 18),
            ("**\u2022 Delivering a Quality Bus Network.**", 18),
        ],
    )
    [plist] = lists_of(pdf)
    assert items(plist) == [
        "Providing rapid transit extensions to the Metro to connect the Strategic Centres to each other and to"
        " the city",
        "Improving Junctions 1 and 2 of the M5",
        "Delivering a Quality Bus Network.",
    ]


def test_report_recommendations_that_commit_someone(tmp_path):
    pdf = make_pdf(
        tmp_path / "recommendations.pdf",
        [
            "**Recommendations**",
            "The Committee is recommended to:",
            "1) Notes the updated work programme for the transport fund.",
            "2) Delegates authority to the Director of Place to approve the business case.",
            "",
            "Recommendation 2: Delegates authority to the Director of Place to approve the",
            "business case. In the event of no consensus the decision is escalated.",
            "",
            "3) Allocates \u00a35m of capital to create a Nature Recovery Fund.",
        ],
    )
    assert [a.text for a in actions_of(pdf)] == [
        "Delegates authority to the Director of Place to approve the business case.",  # once, not twice
        "Allocates \u00a35m of capital to create a Nature Recovery Fund.",
    ]


def test_numbered_headings_alone_with_statements_below(tmp_path):
    pdf = make_pdf(
        tmp_path / "commitments_alone.pdf",
        [
            "Commitment 1",
            "**The council will publish every dataset it holds by March 2025.**",
            "",
            "Supporting organisations: Open Data Group",
            "",
            "Commitment 2",
            "**The council will open its budget to public scrutiny each year.**",
            "",
        ],
    )
    [plist] = lists_of(pdf)
    assert items(plist) == [
        "The council will publish every dataset it holds by March 2025.",
        "The council will open its budget to public scrutiny each year.",
    ]


def test_themes_of_the_plan_and_a_two_entry_inline_list(tmp_path):
    pdf = make_pdf(
        tmp_path / "themes_of_plan.pdf",
        [
            "The four themes of the plan are:",
            "",
            "• open data",
            "• fiscal transparency",
            "• empowering citizens",
            "• natural resource transparency",
            "",
            "The survey found that the key areas for improvement in the county are: bus service",
            "punctuality; journey time and value for money.",
        ],
    )
    themes, areas = lists_of(pdf)
    assert items(themes) == ["open data", "fiscal transparency", "empowering citizens", "natural resource transparency"]
    assert items(areas) == ["bus service punctuality", "journey time", "value for money"]


def test_entries_named_before_a_colon_and_numbered_inline_entries(tmp_path):
    pdf = make_pdf(
        tmp_path / "named_entries.pdf",
        [
            "The Community focussed its Vision into three groups of Key Issues:",
            "• Housing: the number of new houses to be absorbed into the village and the sites",
            "  to be used for them.",
            "• Employment: improving the speed and quality of the broadband network in the parish.",
            "• Traffic and Transport: managing the traffic passing through the village.",
            "",
            "The framework keeps the presumption in favour of development, as defined by three",
            "principles: (1) living within environmental limits; (2) ensuring a strong and just",
            "society; and (3) achieving a sustainable economy.",
        ],
    )
    issues, principles = lists_of(pdf)
    assert items(issues) == ["Housing", "Employment", "Traffic and Transport"]
    assert items(principles) == [
        "living within environmental limits",
        "ensuring a strong and just society",
        "achieving a sustainable economy",
    ]


def test_timetable_whose_dates_sit_under_each_stage_and_run_on_to_the_next_page(tmp_path):
    """A plan-making timetable: a "Timetable – Key Stage" header, each stage's text then its
    months on a line of their own in the next column, the table carried on over a page of
    footnotes, a bold note across it, then the text below it at the page margin."""
    path = tmp_path / "timetable.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)

    def rows(y: float, entries: list[tuple[list[str], str]]) -> float:
        for lines, due in entries:
            for text in lines:
                c.setFont("Helvetica", 10)
                c.drawString(106, y, text)
                y -= 13
            c.drawString(290, y, due)
            y -= 22
        return y

    c.setFont("Helvetica-Bold", 10)
    c.drawString(106, 760, "Timetable – Key Stage")
    rows(
        736,
        [
            (["Evidence gathering and engagement", "(Regulation 18)"], "February 2025 – April 2026"),
            (["Council approvals for the Pre-", "Submission plan (Regulation 19)"], "May – July 2026"),
        ],
    )
    c.setFont("Helvetica", 8)
    c.drawString(72, 80, "1 Regulation references are to the 2012 Regulations.")
    c.showPage()
    y = rows(780, [(["Submission to the Secretary of State", "(Regulation 22)"], "October – November 2026")])
    c.setFont("Helvetica-Bold", 10)
    c.drawString(106, y, "Stages below subject to the Inspector's programme")
    y = rows(y - 24, [(["Adoption (Regulation 26)"], "TBC")])
    c.setFont("Helvetica", 10)
    c.drawString(72, y - 10, "3.1 The Policies Map shows the policies of the plan on a map base.")
    c.save()
    pages, _ = read_pdf(path)
    got = [(a.text, a.due_text) for a in extract_plan_actions(pages)]
    assert got == [
        ("Evidence gathering and engagement (Regulation 18)", "February 2025 – April 2026"),
        ("Council approvals for the Pre- Submission plan (Regulation 19)", "May – July 2026"),
        ("Submission to the Secretary of State (Regulation 22)", "October – November 2026"),
        ("Adoption (Regulation 26)", "TBC"),
    ]


def test_each_milestone_a_plan_lists_is_an_action(tmp_path):
    pdf = make_pdf(
        tmp_path / "milestones.pdf",
        [
            "Timescales",
            "The key milestones for this commitment are:",
            "• The council publishes its first open data register by March 2025",
            "• The data group reviews the register and reports to the board",
            "",
            "The council has a long record of working with partners across the county on data.",
        ],
    )
    pages, _ = read_pdf(pdf)
    got = [(a.text, a.due_date) for a in extract_plan_actions(pages)]
    assert got == [
        ("The council publishes its first open data register by March 2025", "2025-03"),
        ("The data group reviews the register and reports to the board", None),
    ]


def test_a_pointer_that_names_the_list_does_not_borrow_a_sentence_that_vetoes_it(tmp_path):
    pdf = make_pdf(
        tmp_path / "pointer.pdf",
        [
            "The manager presented the priorities for the next six months. Progress on these",
            "priorities will be reported to the board. The priorities are:",
            "• Self-service machines",
            "• Single IT network",
            "• Staff survey",
        ],
    )
    [plist] = lists_of(pdf)
    assert items(plist) == ["Self-service machines", "Single IT network", "Staff survey"]


def test_statements_labelled_through_a_document_make_one_list(tmp_path):
    pdf = make_pdf(
        tmp_path / "labelled.pdf",
        [
            "3.4 The number of new houses: the community supports an increase in the housing stock.",
            "Key Issue: identify the number of new houses that could be absorbed into the village.",
            "",
            "3.9 Broadband: the present broadband is not fit for purpose.",
            "Key Issue: improve the speed and quality of the broadband network in the parish.",
            "",
            "3.12 Traffic: through traffic is a concern of the community.",
            "Key Issue: improve the management of traffic through the village.",
            "",
            "Priority: High",
            "Priority: High",
            "Priority: Low",
        ],
    )
    [plist] = lists_of(pdf)
    assert (plist.name, plist.kind) == ("Key Issues", "focus_area")
    assert items(plist) == [
        "identify the number of new houses that could be absorbed into the village",
        "improve the speed and quality of the broadband network in the parish",
        "improve the management of traffic through the village",
    ]


def test_a_relative_or_passive_will_before_a_list_commits_no_one(tmp_path):
    pdf = make_pdf(
        tmp_path / "sites.pdf",
        [
            "Sites along the freight routes will be protected for rail related uses. Sites which will",
            "be examined for such potential include:",
            "• Tansey Green, Dudley.",
            "• Bescot Sidings, Bescot.",
        ],
    )
    pages, _ = read_pdf(pdf)
    assert [a.text for a in extract_plan_actions(pages) if "Sidings" in a.text or "Tansey" in a.text] == []


def test_a_commitment_cut_off_where_its_line_ends_is_not_an_action(tmp_path):
    pdf = make_pdf(
        tmp_path / "cut_off.pdf",
        [
            "Recruitment remains a challenge for the service. Part of the recruitment strategy will be",
        ],
    )
    pages, _ = read_pdf(pdf)
    assert extract_plan_actions(pages) == []


@pytest.mark.parametrize(
    ("intro", "owner"),
    [
        ("The Sussex CSP priorities for 2024 are:", "Sussex CSP"),
        ("Surrey PCC priorities are:", "Surrey PCC"),
        ("The KCSP priorities are:", "KCSP"),
    ],
)
def test_a_place_and_the_acronym_of_a_kind_of_body_own_a_list(intro, owner):
    from extractor.priorities import _owner

    assert _owner(intro) == owner


def test_principles_these_introduce_and_a_lead_in_brackets(tmp_path):
    """ "guided by these principles:" introduces the roman-numbered list after it (only "these
    principles" pointing back is no list), and "(lead: ...)" after a commitment names its owner."""
    pdf = make_pdf(
        tmp_path / "principles.pdf",
        [
            "**Our values",
            "Our work is guided by these principles:",
            "i. Prevention first",
            "ii. Working together",
            "iii. Listening to communities",
            "",
            "**Priority 1: Reducing serious violence",
            "We will:",
            "• deliver the Serious Violence Duty strategy by March 2025 (lead: Eastdale Police)",
            "• expand the hospital navigator programme in 2024/25",
        ],
    )
    [values] = [pl for pl in lists_of(pdf) if "principles" in pl.name]
    assert items(values) == ["Prevention first", "Working together", "Listening to communities"]
    assert [(a.owner, a.due_date) for a in actions_of(pdf)] == [
        ("Eastdale Police", "2025-03"),
        ("we", "2024-04/2025-03"),
    ]


def test_a_plan_table_s_priority_column_is_a_list_and_each_row_s_priority(tmp_path):
    """Priority | Action | Lead | Timescale | RAG, the priority printed once over the rows it
    spans: the priorities are a list, and each action keeps the one it serves."""
    path = tmp_path / "plan_table.pdf"
    c = canvas.Canvas(str(path), pagesize=(842, 595))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 560, "Safer Eastdale Partnership Action Plan 2024/25")
    rows = [
        ["Priority", "Action", "Lead", "Timescale", "RAG"],
        ["Reducing serious violence", "Deliver bleed kits to 20 venues", "Eastdale Police", "March 2025", "Green"],
        ["", "Commission a youth diversion programme", "Eastdale District Council", "Q2 2024/25", "Amber"],
        ["Tackling anti-social behaviour", "Run two days of action", "ASB Officer", "September 2024", "Green"],
    ]
    xs, ys = [40, 220, 440, 600, 700, 780], [540 - 20 * n for n in range(len(rows) + 1)]
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, ys[0], x, ys[-1])
    for n, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if n == 0 else "Helvetica", 10)
        for x, text in zip(xs, row):
            c.drawString(x + 4, ys[n] - 14, text)
    c.save()
    [plist] = lists_of(path)
    assert (plist.kind, items(plist)) == ("priority", ["Reducing serious violence", "Tackling anti-social behaviour"])
    assert [(a.owner, a.due_date, a.status, a.priority) for a in actions_of(path)] == [
        ("Eastdale Police", "2025-03", "Green", "Reducing serious violence"),
        ("Eastdale District Council", "2024-07/2024-09", "Amber", "Reducing serious violence"),
        ("ASB Officer", "2024-09", "Green", "Tackling anti-social behaviour"),
    ]


def test_a_title_stays_out_of_the_introduction_under_it(tmp_path):
    """A bold title over an introduction that names its list itself is not part of it: "...
    Progress Report" would make the list a report of progress; numbering restarting under each
    domain gives one list per domain, and roman numerals number principles."""
    pdf = make_pdf(
        tmp_path / "domains.pdf",
        [
            "**Eastdale Partnership Progress Report 2023/24",
            "Our plan is organised in three domains, each with its own priority areas:",
            "**Domain A: Safe communities",
            "1. Reducing violence",
            "2. Reducing anti-social behaviour",
            "**Domain B: Healthy lives",
            "1. Improving mental health",
            "2. Reducing drug and alcohol harm",
            "",
            "**Health and Wellbeing Strategy Addendum 2024",
            "The Board agreed the following principles for joint working:",
            "I. People are at the centre of everything we do",
            "II. We share data by default",
            "III. We plan and commission together",
        ],
    )
    assert [(pl.parent, items(pl)) for pl in lists_of(pdf)] == [
        ("Domain A: Safe communities", ["Reducing violence", "Reducing anti-social behaviour"]),
        ("Domain B: Healthy lives", ["Improving mental health", "Reducing drug and alcohol harm"]),
        (
            None,
            [
                "People are at the centre of everything we do",
                "We share data by default",
                "We plan and commission together",
            ],
        ),
    ]


def test_not_lists_and_a_together_we_will_list(tmp_path):
    """A contents page, the responsible authorities, legislation and members are no priority
    lists, whatever their introduction says; "Together we will:" over its aims is one."""
    pdf = make_pdf(
        tmp_path / "negatives.pdf",
        [
            "**Contents",
            "Our priorities ........ 4",
            "Our values ........ 6",
            "Action plan ........ 9",
            "",
            "**Responsible Authorities",
            "The responsible authorities are:",
            "• Eastdale District Council",
            "• Northshire Police",
            "",
            "**Legislation",
            "The priorities take account of the following legislation:",
            "• Crime and Disorder Act 1998",
            "• Police Reform and Social Responsibility Act 2011",
            "",
            "The Board's members and their priorities are:",
            "• Cllr Jane Smith (Chair)",
            "• Dr Tom Brown",
            "",
            "Together we will:",
            "• make Eastdale safer",
            "• support victims",
            "• reduce reoffending",
        ],
    )
    assert [(pl.kind, items(pl)) for pl in lists_of(pdf)] == [
        ("priority", ["make Eastdale safer", "support victims", "reduce reoffending"])
    ]


def test_commitments_due_by_a_quarter_a_financial_year_or_ongoing(tmp_path):
    """Forecasts and history are not commitments; a named body that will increase something is
    one, and its due date may be a quarter, a financial year or "ongoing"."""
    pdf = make_pdf(
        tmp_path / "plan_actions.pdf",
        [
            "It is likely that demand will rise over the next three years.",
            "The Safer Streets scheme was introduced in 2010 and will be reviewed.",
            "Demand will increase by 5% a year.",
            "There is evidence that waste will grow over the plan period.",
            "Policy HOU1 details how the Strategy will accommodate housing needs.",
            "The pattern of land use will be the most sustainable possible.",
            "The Partnership will publish a serious violence needs assessment by Q3 2024/25.",
            "Eastdale District Council will extend the CCTV network in 2025-26.",
            "We will continue to run the Safe Places scheme (ongoing).",
            "Northshire Police will increase patrols in the town centre by March 2025.",
            "The model will be updated in 2026.",
            "Alongside this, the authorities will review parking policy across the area in 2026.",
        ],
    )
    assert [(a.owner, a.due_text, a.due_date) for a in actions_of(pdf)] == [
        ("Partnership", "Q3 2024/25", "2024-10/2024-12"),
        ("Eastdale District Council", "2025-26", "2025-04/2026-03"),
        ("We", "ongoing", None),
        ("Northshire Police", "March 2025", "2025-03"),
        (None, "2026", "2026"),  # a model is no owner
        ("authorities", "2026", "2026"),  # bodies in lower case are
    ]


def test_a_commitment_printed_in_bold_runs_on_over_its_lines(tmp_path):
    # A policy box set wholly in bold: each bold line is not a paragraph of its own.
    pdf = make_pdf(
        tmp_path / "bold_policy.pdf",
        [
            "**This quantum of floorspace will be delivered through existing commitments, planning",
            "**permissions and allocations within individual Local Development Documents.",
            "**We will encourage high quality development and discourage",
            "**development that prejudices quality or deters investment.",
        ],
    )
    assert [a.text for a in actions_of(pdf)] == [
        "This quantum of floorspace will be delivered through existing commitments, planning permissions and"
        " allocations within individual Local Development Documents.",
        "We will encourage high quality development and discourage development that prejudices quality or"
        " deters investment.",
    ]


def test_predictions_conditions_and_things_required_to_act_are_not_commitments(tmp_path):
    pdf = make_pdf(
        tmp_path / "reported.pdf",
        [
            "The charge is the same for every household, and the amount for parish councils will vary.",
            "The increase in the high needs block is lower than last year and is required to fund demand.",
            "These principles aim to reduce the use of residential and nursing beds in the county.",
            "Early indications are that we will have delivered more training than last year by March.",
            "Should it become necessary to allocate a further site, the Neighbourhood Plan will be reviewed.",
            "The prudential indicators will be based on the first three years of the Capital Programme.",
            "The scale of growth proposed will have significant impacts on the capacity of infrastructure.",
            "The Land Transformation Programme will also form the basis for a phasing programme of sites.",
            "Members are asked to agree the priority areas and responses to serious violence.",
            "The Partnership aims to reduce reoffending by young people across the borough.",
            "Aims to ensure high-quality new housing is built across the whole of the borough.",
        ],
    )
    assert [a.text for a in actions_of(pdf)] == [
        "Members are asked to agree the priority areas and responses to serious violence.",
        "The Partnership aims to reduce reoffending by young people across the borough.",
    ]


def test_figures_a_table_prints_before_a_note_are_cut_from_the_commitment(tmp_path):
    pdf = make_pdf(
        tmp_path / "figures.pdf",
        ["27,481.5 24,739.6 -1,350.5 5,318.9 * the prior year savings will be updated in the outturn report."],
    )
    assert [a.text for a in actions_of(pdf)] == ["The prior year savings will be updated in the outturn report."]


def test_a_commitment_printed_twice_is_one_action_and_figures_are_none(tmp_path):
    pdf = make_pdf(
        tmp_path / "repeated.pdf",
        [
            "We will develop and roll out a play service for 5-11 year olds across the County.",
            "The service will be reviewed by the council in March 2026. 500.0 -500.0 Adults and Older People Core",
            "",
            "We will develop and roll out a play service for 5-11 year olds across the County.",
        ],
    )
    assert [a.text for a in actions_of(pdf)] == [
        "We will develop and roll out a play service for 5-11 year olds across the County.",
        "The service will be reviewed by the council in March 2026.",
    ]


def test_a_body_named_as_subject_commits_and_a_noun_starting_the_sentence_does_not(tmp_path):
    pdf = make_pdf(
        tmp_path / "named_subjects.pdf",
        [
            "NHS England will work with governments to create an online space to share experiences.",
            "UKBA plan to increase the range of information about their activities and performance.",
            "Details of the data already held will be made available to the public in open formats.",
            "Buses will continue to dominate local public transport provision throughout the plan period.",
            "The Report included every policy in the Local Plan to show the cumulative impact of them.",
            "This strategy sets out how we plan to achieve it over the next five years of delivery.",
        ],
    )
    assert [a.text for a in actions_of(pdf)] == [
        "NHS England will work with governments to create an online space to share experiences.",
        "UKBA plan to increase the range of information about their activities and performance.",
        "Details of the data already held will be made available to the public in open formats.",
    ]


def test_lists_under_a_run_of_headings_announced_by_the_sentence_before_them(tmp_path):
    pdf = make_pdf(
        tmp_path / "domains.pdf",
        [
            "The plan is organised in three domains, each with its own priority areas.",
            "**Domain 1: People",
            "1. Reduce loneliness among older residents",
            "2. Improve mental wellbeing of young people",
            "**Domain 2: Place",
            "1. Cleaner and greener neighbourhoods",
            "2. Safer town centres",
        ],
    )
    assert [(pl.kind, pl.parent, items(pl)) for pl in lists_of(pdf)] == [
        (
            "priority",
            "Domain 1: People",
            ["Reduce loneliness among older residents", "Improve mental wellbeing of young people"],
        ),
        ("priority", "Domain 2: Place", ["Cleaner and greener neighbourhoods", "Safer town centres"]),
    ]


def test_headings_over_numbered_paragraphs_are_no_list_without_an_announcement(tmp_path):
    pdf = make_pdf(
        tmp_path / "report_sections.pdf",
        [
            "The report was considered by the committee in March.",
            "**Background",
            "1. The council adopted its plan in 2019 and reviewed it in 2023.",
            "2. The review found that most targets were met on time.",
            "**Finance",
            "1. The budget for the year was set at twelve million pounds.",
            "2. Spending to date is within the budget set for the year.",
        ],
    )
    assert lists_of(pdf) == []


def test_a_reduced_relative_clause_commits_no_one(tmp_path):
    pdf = make_pdf(
        tmp_path / "relative.pdf",
        [
            "As well as the core library service there are four areas we plan to focus on:",
            "The Economy Key Diagram shows the broad locations we propose to retain in employment use.",
            "This strategy sets out what we will focus on from April 2024 to March 2027.",
            "In 2024/25 we will concentrate on four priorities:",
            "\u2022 Cleaner streets",
            "\u2022 More affordable homes",
        ],
    )
    assert actions_of(pdf) == []


def test_a_policy_named_by_its_code_and_a_contents_line_commit_no_one(tmp_path):
    pdf = make_pdf(
        tmp_path / "policies.pdf",
        [
            "Set out how the Core Strategy will be delivered and monitored.",
            "CSP2 will be delivered and monitored through arrangements set out for individual policies.",
            "HOU1 shall be read with the housing trajectory in the appendix to this plan.",
            "It set out the challenges Kent faces and the actions the Council will prioritise over four years.",
            "This plan will provide both visual and data-led evidence to help prioritise funding.",
            "The councils will set out how they will monitor the plan in an annual report.",
        ],
    )
    assert [a.text for a in actions_of(pdf)] == [
        "The councils will set out how they will monitor the plan in an annual report."
    ]


def test_a_bare_label_under_each_theme_heading_makes_lists_with_the_theme_as_parent(tmp_path):
    pdf = make_pdf(
        tmp_path / "themes.pdf",
        [
            "**Theme A: Protecting vulnerable people",
            "Priority areas:",
            "1. Domestic abuse",
            "2. Child exploitation",
            "",
            "**Theme B: Safer neighbourhoods",
            "Priority areas:",
            "1. Anti-social behaviour",
            "2. Neighbourhood crime",
        ],
    )
    assert [(pl.name, pl.parent, items(pl)) for pl in lists_of(pdf)] == [
        ("Theme A–B", None, ["Protecting vulnerable people", "Safer neighbourhoods"]),  # as "Theme 1", "Theme 2"
        ("Priority areas", "Theme A: Protecting vulnerable people", ["Domestic abuse", "Child exploitation"]),
        ("Priority areas", "Theme B: Safer neighbourhoods", ["Anti-social behaviour", "Neighbourhood crime"]),
    ]


def test_priorities_listed_then_heading_each_section_are_one_list(tmp_path):
    pdf = make_pdf(
        tmp_path / "listed_then_headed.pdf",
        [
            "Between 2024 and 2027 the Partnership will focus on four priorities:",
            "1. Reducing serious violence",
            "2. Tackling anti-social behaviour",
            "3. Protecting people from domestic abuse",
            "",
            "**Priority 1: Reducing serious violence",
            "Serious violence has risen since 2021 and remains our first concern.",
            "**Priority 2: Tackling anti-social behaviour",
            "Reports of anti-social behaviour fell last year but remain high.",
            "**Priority 3: Protecting people from domestic abuse",
            "Domestic abuse is under-reported and affects every ward in the borough.",
        ],
    )
    assert [items(pl) for pl in lists_of(pdf)] == [
        ["Reducing serious violence", "Tackling anti-social behaviour", "Protecting people from domestic abuse"]
    ]


def test_a_plan_on_a_page_three_themes_side_by_side_each_over_its_bullets(tmp_path):
    from reportlab.lib.pagesizes import landscape

    path = tmp_path / "on_a_page.pdf"
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    c.setFont("Vera-Bold", 16)
    c.drawString(36, 560, "Joint Health and Wellbeing Strategy 2023-2028")
    columns = {  # three columns of a landscape page, their lines filling each column's width
        "Start Well": [
            "Every child has the best start in life",
            "\u2022 Increase the number of children who are",
            "ready for school at age five in every ward",
            "\u2022 Reduce smoking in pregnancy to below six",
        ],
        "Live Well": [
            "Adults live healthy and fulfilling lives",
            "\u2022 Help more people to be physically active",
            "\u2022 Reduce the gap in healthy life expectancy",
            "65 and over between our wards",
        ],
        "Age Well": [
            "Older people stay independent for longer",
            "\u2022 Reduce falls and hip fractures in older people",
            "\u2022 Tackle loneliness and social isolation at home",
        ],
    }
    for x, (title, lines) in zip((48, 310, 572), columns.items()):
        c.setFont("Vera-Bold", 14)
        c.drawString(x, 500, title)
        y = 470
        for line in lines:
            c.setFont("Vera", 10)
            c.drawString(x + (12 if line[:1].islower() or line[:1].isdigit() else 0), y, line)
            y -= 14
    c.setFont("Vera", 10)
    c.drawString(36, 300, "Our cross-cutting themes are equality, prevention and partnership working.")
    c.save()
    found = {(pl.kind, pl.parent or pl.name): items(pl) for pl in lists_of(path)}
    assert found[("strategic_priority", "Themes")] == ["Start Well", "Live Well", "Age Well"]
    assert found[("priority", "Start Well")] == [
        "Increase the number of children who are ready for school at age five in every ward",
        "Reduce smoking in pregnancy to below six",
    ]
    assert found[("priority", "Live Well")] == [
        "Help more people to be physically active",
        "Reduce the gap in healthy life expectancy 65 and over between our wards",
    ]
    assert found[("priority", "Age Well")] == [
        "Reduce falls and hip fractures in older people",
        "Tackle loneliness and social isolation at home",
    ]


def test_each_entry_under_our_commitments_is_an_action(tmp_path):
    pdf = make_pdf(
        tmp_path / "commitments.pdf",
        [
            "**Priority 1: Homes and communities",
            "House prices in the district are more than eleven times average earnings.",
            "**Our commitments:",
            "\u2022 Deliver 500 new affordable homes by 2027",
            "\u2022 Bring 150 long-term empty homes back into use by 2026",
        ],
    )
    assert [a.text for a in actions_of(pdf)] == [
        "Deliver 500 new affordable homes by 2027",
        "Bring 150 long-term empty homes back into use by 2026",
    ]


def test_inline_themes_after_a_clause_set_apart_by_semicolons(tmp_path):
    pdf = make_pdf(
        tmp_path / "themes_semicolons.pdf",
        [
            "Our cross-cutting themes, which apply to every priority, are early intervention and prevention;",
            "listening to and engaging with communities; and making the best use of data and intelligence.",
        ],
    )
    assert [items(plist) for plist in lists_of(pdf)] == [
        [
            "early intervention and prevention",
            "listening to and engaging with communities",
            "making the best use of data and intelligence",
        ]
    ]


def test_actions_of_a_table_ruled_only_across() -> None:
    """The plan's "Objective | What we will do | Lead | When" tables, drawn without vertical
    rules: each row's action with its lead and when."""
    path = Path(__file__).parent / "gold" / "blind4" / "pdf" / "blind4-uk-eastmere-csp-partnership-plan-2024-04.pdf"
    actions = actions_of(path)
    assert (
        "Run multi-agency problem-solving plans in the three highest-demand wards, including Eastmere town centre",
        "Eastmere Borough Council",
        "From June 2024",
    ) in [(a.text, a.owner, a.due_text) for a in actions]
    assert len([a for a in actions if a.owner]) >= 12


def test_actions_listed_under_what_we_will_do() -> None:
    """A slide per priority, "What we'll do" over its bullets and a "Lead table: ..." line back
    at the bullets' edge under them: each bullet is an action, the lead line none of them."""
    folder = Path(__file__).parent / "gold" / "blind5" / "pdf"
    path = folder / "blind5-ca-port-aldous-cswb-plan-summary-deck-2025-03.pdf"
    texts = [a.text for a in actions_of(path)]
    assert "Open a walk-in addictions clinic downtown" in texts
    assert "Train 500 frontline staff in mental health first aid" in texts  # not "... Lead table: ..."
    assert "Co-design programs with the Youth Advisory Council" in texts


def test_priorities_named_only_by_a_trackers_group_titles() -> None:
    folder = Path(__file__).parent / "gold" / "blind6" / "pdf"
    pages, _ = read_pdf(folder / "blind6-uk-brackenford-csp-action-tracker-2024-06-30.pdf")
    items = [[p.text for p in lst.items] for lst in extract_priority_lists(pages)]
    assert ["Serious violence", "Domestic abuse", "Anti-social behaviour", "Drug and alcohol related harm"] in items


def test_strategic_directions_and_the_goals_numbered_under_each() -> None:
    """ "Strategic Direction 1 – ..." headings, each over "Goal 1.1 ...", "Goal 1.2 ...": the
    directions are one list, and each direction's goals another, the runs interleaved."""
    folder = Path(__file__).parent / "gold" / "blind6" / "pdf"
    pages, _ = read_pdf(folder / "blind6-ca-kestrel-bay-township-cswb-plan-2024-02-27.pdf")
    lists = {lst.name: [p.text for p in lst.items] for lst in extract_priority_lists(pages)}
    assert lists["Strategic Direction 1–4"] == [
        "Mental Health and Addictions",
        "Housing and Homelessness",
        "Youth Engagement and Belonging",
        "Road and Community Safety",
    ]
    housing = ["Increase the supply of safe and affordable housing.", "Prevent people from becoming homeless."]
    assert lists["Goal 2.1–2.2"] == housing


def test_inline_list_after_namely(tmp_path):
    """ "the Plan sets five local priorities, namely A; B; C; D; and E." in minutes."""
    pdf = make_pdf(
        tmp_path / "namely.pdf",
        [
            "Chief Superintendent McCaig reminded members that the Plan sets five local priorities, namely",
            "protecting vulnerable people; reducing violence and antisocial behaviour; tackling substance",
            "misuse; road safety and road crime; and acquisitive crime.",
        ],
    )
    [plist] = lists_of(pdf)
    assert items(plist) == [
        "protecting vulnerable people",
        "reducing violence and antisocial behaviour",
        "tackling substance misuse",
        "road safety and road crime",
        "acquisitive crime",
    ]


def _headed_plan(path: Path, count_word: str, titles: list[str]) -> Path:
    """A plan page: a title, a sentence that counts the priorities, then each priority as a
    bold heading in a larger font over a two-line description (no markers, no numbers)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 72
    c.setFont("Vera-Bold", 20)
    c.drawString(56, y, "Our priorities")
    y -= 30
    c.setFont("Vera", 10)
    c.drawString(56, y, f"{count_word} priorities will guide community safety in the district until 2029.")
    y -= 28
    for title in titles:
        c.setFont("Vera-Bold", 14)
        for part in title.split("\n"):  # a heading wrapped onto a second line
            c.drawString(56, y, part)
            y -= 20
        c.setFont("Vera", 10)
        c.drawString(56, y, "Partners told us this matters most to residents, and we will report on it to the")
        y -= 13
        c.drawString(56, y, "panel every six months.")
        y -= 30
    c.setFont("Vera-Bold", 20)
    c.drawString(56, y, "Delivering the plan")
    y -= 28
    c.setFont("Vera-Bold", 14)
    c.drawString(56, y, "Governance and funding")
    c.save()
    return path


TITLES = ["Preventing violence and exploitation", "Tackling anti-social behaviour", "Making our roads safer"]


def test_headings_counted_by_the_sentence_before_them_are_the_list(tmp_path):
    [plist] = lists_of(_headed_plan(tmp_path / "plan.pdf", "Three", TITLES))
    assert plist.kind == "priority" and items(plist) == TITLES


def test_a_counted_heading_wrapped_onto_a_second_line_is_one_entry(tmp_path):
    """ "Healthy, Safe and Connected" / "Communities": two heading lines with no description
    between them are one priority, so the three headings still match the count."""
    titles = [*TITLES[:2], "Healthy, Safe and Connected\nCommunities"]
    [plist] = lists_of(_headed_plan(tmp_path / "plan.pdf", "Three", titles))
    assert items(plist) == [*TITLES[:2], "Healthy, Safe and Connected Communities"]


@pytest.mark.parametrize("count_word", ["Four", "Two"])
def test_headings_are_no_list_when_the_count_does_not_match(tmp_path, count_word):
    """The heading after the list ("Governance and funding", as large as the entries but under
    a larger heading) is not a fourth entry; nor are three headings a list of two."""
    assert lists_of(_headed_plan(tmp_path / "plan.pdf", count_word, TITLES)) == []


BLIND7 = Path(__file__).parent / "gold" / "blind7" / "pdf"


def test_numbered_roundel_priorities_and_dash_bullet_commitments():
    """A police and crime plan (blind set 7): four priorities as headings beside large '01'-'04'
    numerals, counted by the sentence above; three cross-cutting commitments as en-dash bullets."""
    path = BLIND7 / "blind7-uk-westmarch-pcc-police-and-crime-plan-2025-03.pdf"
    found = {plist.kind: items(plist) for plist in lists_of(path)}
    assert found["priority"] == [
        "Preventing violence and protecting vulnerable people",
        "Tackling neighbourhood crime and anti-social behaviour",
        "Making our roads safer",
        "Supporting victims and delivering swift justice",
    ]
    assert found["cross_cutting_theme"] == [
        "Listening to communities",
        "Tackling inequality and disproportionality",
        "Efficient and effective policing",
    ]


def test_strategy_on_a_page_columns_give_priorities_and_the_actions_under_how_we_will_get_there():
    """A strategy on a page (blind set 7): three columns side by side. The bold priorities wrap
    ("... safe from" / "violence and exploitation": one entry each, no headings), the next
    column's heading ends the last of them, and the '›' entries under "How we will get there"
    are the plan's actions."""
    path = BLIND7 / "blind7-uk-fenmoor-csp-safer-fenmoor-strategy-on-a-page-2024-07.pdf"
    pages, _ = read_pdf(path)
    [plist] = [p for p in extract_priority_lists(pages) if p.name == "Our priorities"]
    assert items(plist)[:4] == [
        "Keeping young people safe from violence and exploitation",
        "Reducing anti-social behaviour in our town centres and estates",
        "Protecting people from domestic abuse and sexual violence",
        "Tackling drug and alcohol related harm",
    ]
    assert len(plist.items) == 5 and not any("How we will" in t for t in items(plist))
    actions = [a.text for a in extract_plan_actions(pages) if a.page == 1]
    assert len(actions) == 7 and actions[1] == "Commission a youth outreach team working evenings and weekends"
    assert actions[0].startswith("Set up ASB problem-solving hubs in Wisbeach Fen, Marlow Drove and Fenmoor town")


@pytest.mark.parametrize(
    ("lines", "kind", "expected"),
    [
        (  # a record of decisions: the list after the label's colon, the decision's own
            [
                "Decision: (1) To approve the Community Safety Strategy 2025-2028, including its four",
                "priorities: reducing violence against women and girls; tackling anti-social behaviour;",
                "preventing youth violence; and safer town centres. (2) To delegate authority to the Director.",
            ],
            "priority",
            [
                "reducing violence against women and girls",
                "tackling anti-social behaviour",
                "preventing youth violence",
                "safer town centres",
            ],
        ),
        (  # minutes: what a committee agreed to concentrate on
            [
                "It was agreed that the committee will concentrate on the following this year: rural",
                "burglary and farm theft, speeding through the village, and illegal dumping on the bog road.",
            ],
            "focus_area",
            ["rural burglary and farm theft", "speeding through the village", "illegal dumping on the bog road"],
        ),
    ],
)
def test_inline_list_after_a_label_or_in_what_was_agreed(tmp_path, lines, kind, expected):
    [plist] = lists_of(make_pdf(tmp_path / "inline.pdf", lines))
    assert plist.kind == kind and items(plist) == expected


def test_an_action_cell_that_lists_bullets_is_an_action_a_bullet():
    """A serious violence strategy (blind set 8): a ruled table Priority | Why it matters | What
    we will do | Lead, each "What we will do" cell three bullets. Each bullet is an action with
    its row's lead and priority; the table's title ("Our priorities and what we will do") is none."""
    path = BLIND7.parent.parent / "blind8" / "pdf" / "blind8-uk-harrowden-wyke-serious-violence-strategy-2024-01.pdf"
    actions = [a for a in extract_plan_actions(read_pdf(path)[0]) if a.page == 2]
    police = [a for a in actions if a.owner == "Marlshire Police"]
    assert [a.text for a in police] == [
        "Run two weapon surrender campaigns each year, aligned with national Operation Sceptre weeks",
        "Install bleed control kits at 20 community sites",
        "Share hospital assault data with the police under the Information Sharing to Tackle Violence (ISTV) standard",
    ]
    assert {a.priority for a in police} == {"3. Tackling knife crime and weapon carrying"}
    assert len([a for a in actions if a.owner and "Youth Justice" in a.owner]) == 3
    assert not [a for a in actions if "what we will do" in a.text]


def test_an_introduction_without_a_colon_runs_into_entries_set_in_under_it(tmp_path):
    # the bullets were pictures: only the indent and the space above mark the entries
    pdf = make_pdf(
        tmp_path / "skills.pdf",
        [
            "Our staff are the library service's greatest asset, and we want them to have the",
            "skills the service will need over the next five years, as it takes on new roles",
            "in the community and new ways of raising income. Last year we asked every member",
            "of staff what they thought of their training, and most of them answered; what",
            "they told us has shaped the plan for the next five years, and the skills they",
            "named are set out below.",
            "",
            "We asked library staff which skills they thought should be a priority to develop",
            "",
            ("Financial and commercial skills to help generate income", 22),
            "",
            ("Marketing and event-planning skills", 22),
            "",
            ("Creative thinking and innovation skills", 22),
            "",
            "We have written an action plan from the survey findings, and both it and our",
            "training plan have been made to include these skills. We will go on reviewing",
            "our staff development plans so that we keep up with what our customers need",
            "and with the changes that new technology brings to the library service.",
        ],
    )
    (plist,) = lists_of(pdf)
    assert plist.kind == "priority"
    assert items(plist) == [
        "Financial and commercial skills to help generate income",
        "Marketing and event-planning skills",
        "Creative thinking and innovation skills",
    ]


def test_a_sentence_that_runs_on_without_a_colon_and_a_priority_said_of_one_thing_are_no_list(tmp_path):
    pdf = make_pdf(
        tmp_path / "prose.pdf",
        [
            "The partnership met four times this year and heard from residents in each ward",
            "about what makes them feel unsafe. Their answers were recorded by the officers",
            "of the partnership and will be used when the plan is next refreshed. The quotes",
            "below are a sample of what residents said at the meetings held in the spring",
            "and in the autumn, and are printed with their consent. The partnership thanks",
            "everyone who came to the meetings, and the ward councillors who chaired them,",
            "for their time and for the care they took over what was said.",
            "",
            "Reducing reoffending remains a priority for the partnership and its members",
            "",
            ("Youth outreach in the town centre", 22),
            "",
            ("Support for victims of crime", 22),
            "",
            "The partnership met four times this year.",
        ],
    )
    assert lists_of(pdf) == []


def test_an_inline_list_set_in_bold_from_the_middle_of_its_sentence(tmp_path):
    pdf = make_pdf(
        tmp_path / "principles.pdf",
        [
            "Three cross-cutting principles apply to every",
            "**theme: care leavers and young people;",
            "**equality and inclusion; and listening to",
            "**people with lived experience.",
        ],
    )
    (plist,) = lists_of(pdf)
    assert plist.kind == "cross_cutting_theme"
    assert items(plist) == [
        "care leavers and young people",
        "equality and inclusion",
        "listening to people with lived experience",
    ]


def test_a_numbered_theme_heading_keeps_the_short_heading_under_it_out(tmp_path):
    lines: list[str | tuple[str, float]] = []
    for n, theme in enumerate(["Preventing homelessness earlier", "Ending rough sleeping", "Settled homes"], 1):
        lines += [f"**Theme {n} – {theme}", "", "**Our commitments", ""]
        lines += [
            f"C{n} We will open a new service by 2026, run by the council with its partners in the",
            "voluntary sector, and report on its progress to the board of the partnership each",
            "quarter, with figures for each of its measures and a note of what has changed",
            "since the last report, and of what the partners will do next to keep the work",
            "on track.",
            "",
        ]
    plist = next(p for p in lists_of(make_pdf(tmp_path / "themes.pdf", lines)) if "Theme" in p.name)
    assert items(plist) == ["Preventing homelessness earlier", "Ending rough sleeping", "Settled homes"]


BLIND9 = Path(__file__).parent / "gold" / "blind9" / "pdf"


def test_a_step_column_numbers_the_rows_and_what_we_will_do_is_the_action() -> None:
    """A well-being plan's "Step | What we will do | Lead partner(s) | By when" tables: the
    action is the "What we will do" cell, not the step's number; the steps "we will take" in
    the sentence over them commit no one."""
    pages, _ = read_pdf(BLIND9 / "blind9-uk-cwm-talog-psb-wellbeing-plan-2023-05.pdf")
    actions = [(a.text, a.owner, a.due_text) for a in extract_plan_actions(pages)]
    assert (
        "Expand the Flying Start early years offer to every eligible family in the Upper Talog valley.",
        "Cwm Talog County Borough Council",
        "March 2025",
    ) in actions
    assert len(actions) == 13  # ten steps, and three "will" commitments in the text after them
    assert not any("steps we will take" in text for text, _, _ in actions)


def test_an_action_by_column_names_owners_and_makes_no_action_table() -> None:
    """Minutes as a ruled table "No | Item | Notes and decisions | Action by | Date": the owners'
    column is no column of actions, so its names are no actions."""
    from extractor.priorities import extract_table_actions

    pages, _ = read_pdf(BLIND9 / "blind9-uk-eastmarsh-wendlebury-joint-csc-minutes-2024-11-07.pdf")
    assert extract_table_actions(pages) == []


def test_a_list_run_on_after_its_colon_a_cross_cutting_sentence_and_a_table_that_says_what_each_means() -> None:
    kelsbury = lists_of(BLIND9 / "blind9-uk-kelsbury-sab-strategic-plan-2024-04.pdf")
    focus = next(p for p in kelsbury if p.kind == "focus_area")
    assert items(focus) == [
        "self-neglect and hoarding",
        "transitions from children’s to adult services",
        "financial abuse and scams",
    ]
    pages, _ = read_pdf(BLIND9 / "blind9-uk-kelsbury-sab-strategic-plan-2024-04.pdf")
    assert not any(a.text.startswith("In the first year of this plan") for a in extract_plan_actions(pages))

    talog = lists_of(BLIND9 / "blind9-uk-cwm-talog-psb-wellbeing-plan-2023-05.pdf")
    themes = next(p for p in talog if p.kind == "cross_cutting_theme")
    assert themes.name == "Three cross-cutting themes run through all our objectives"  # not "emergencies ..."

    brackenmoor = lists_of(BLIND9 / "blind9-uk-brackenmoor-da-strategy-2025-02.pdf")
    table = next(p for p in brackenmoor if p.name == "Themes that run through everything we do")
    assert table.kind == "cross_cutting_theme"
    assert items(table) == [
        "Listening to lived experience",
        "Children as victims in their own right",
        "Equality and inclusion",
        "Trauma-informed practice",
    ]


def test_owners_in_brackets_after_a_commitment_and_a_section_s_lead_line() -> None:
    """ "... (PFCC; Moorland Police)" at a bullet's end names its owners, but not an acronym the
    words before it spell out; "Lead: Safeguarding Adults Review Subgroup" after a section's
    bullets owns the section's "we will" bullets."""
    pages, _ = read_pdf(BLIND9 / "blind9-uk-brackenmoor-da-strategy-2025-02.pdf")
    actions = extract_plan_actions(pages)

    def owner(start: str) -> str | None:
        return next(a.owner for a in actions if a.text.startswith(start))

    assert owner("develop a stalking advocacy service") == "PFCC; Moorland Police"
    assert owner("open 12 additional units") == "Brackenmoor Council Housing Options; Brackenmoor Housing Association"
    assert owner("review the Multi-Agency Risk Assessment Conference") == "MARAC Steering Group"
    pages, _ = read_pdf(BLIND9 / "blind9-uk-kelsbury-sab-strategic-plan-2024-04.pdf")
    actions = extract_plan_actions(pages)
    assert owner("hold a learning event") == "Safeguarding Adults Review Subgroup"
    assert not [a for a in actions if a.owner and a.owner.split()[-1].lower() == "we"]


def _sections_pdf(path: Path, kicker: str, titles: list[str]) -> Path:
    """Two pages a section: the kicker in large bold type a third of the way down its first, the
    section's title under it in a smaller bold one, then a paragraph, and a page of text."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for title in titles:
        c.setFont("Vera-Bold", 30)
        c.drawString(56, A4[1] - 240, kicker)
        c.setFont("Vera-Bold", 16)
        c.drawString(56, A4[1] - 280, title)
        c.setFont("Vera", 10.5)
        c.drawString(56, A4[1] - 320, "Residents told us this matters to them, and the partners agree on it.")
        c.drawString(56, A4[1] - 334, "The sections below set out what is in place today and what will change.")
        c.showPage()
        c.setFont("Vera", 10.5)
        c.drawString(56, A4[1] - 72, "Delivery will be overseen by the board, which reports on it each year.")
        c.showPage()
    c.save()
    return path


def test_themed_sections_under_one_kicker_are_the_themes(tmp_path):
    titles = ["Homes that people can afford", "Warmer and greener homes", "Support to live independently"]
    pdf = _sections_pdf(tmp_path / "themes.pdf", "Housing Strategy", titles)
    [plist] = lists_of(pdf)
    assert (plist.kind, plist.name, items(plist)) == ("strategic_priority", "Housing Strategy", titles)
    assert [p.page for p in plist.items] == [1, 3, 5]


def test_a_kicker_over_one_repeated_title_or_naming_no_plan_is_no_list(tmp_path):
    same = _sections_pdf(tmp_path / "same.pdf", "Our priorities", ["What we will do"] * 3)
    assert lists_of(same) == []
    studies = ["A new start for Sam", "Back into work", "A safer home for Jo"]
    assert lists_of(_sections_pdf(tmp_path / "studies.pdf", "Case study", studies)) == []


BLIND10 = Path(__file__).parent / "gold" / "blind10" / "pdf"


def _blind10_actions(start: str):
    (pdf,) = BLIND10.glob(f"blind10-{start}*.pdf")
    pages, _ = read_pdf(pdf)
    return extract_plan_actions(pages)


def test_strategies_each_followed_by_a_line_of_lead_and_timeline_fields() -> None:
    """ "1.1.1 Open Fire Station 4 to serve the east side" / "Lead: Fire Department | Timeline:
    FY2026 | Measure: ...": the statement is the action, its lead the owner; fields under an
    objective's bold heading are no action of their own."""
    actions = {a.text: a for a in _blind10_actions("us-cedar-hollow")}
    fire = actions["Open Fire Station 4 to serve the east side"]
    assert (fire.owner, fire.due_text) == ("Fire Department", "FY2026")
    wrapped = next(a for t, a in actions.items() if t.startswith("Partner with the Cedar Hollow Housing Authority"))
    assert wrapped.text.endswith("income-restricted units on city-owned land")
    assert wrapped.owner == "City Manager’s Office"
    assert not [t for t in actions if t.startswith("Objective")]
    assert len([a for a in actions.values() if a.due_text]) == 12


def test_a_we_will_column_and_a_scheme_column_are_actions_and_a_monitoring_table_after_is_not() -> None:
    library = _blind10_actions("ie-kilbarra")
    rows = library[:13]  # "No. | We will … | Lead | Partners | When"
    assert all(a.owner and a.due_text for a in rows)
    assert rows[-1].text.startswith("Reduce energy use in library buildings by 30%")
    assert library[0].text == "Extend My Open Library self-service opening to Castlemoyle and Rathdrum Bridge libraries"
    plan = _blind10_actions("uk-wealdbury")
    # "Ref | Scheme | Lead / partners | Est. cost | Timing"
    schemes = [a for a in plan if a.due_text and a.due_text[:1] in "2F"]
    assert [a.text for a in schemes][0] == "Station Quarter bus–rail interchange and cycle hub"
    assert schemes[0].owner == "Downshire County Council; Network Rail; Wealdbury Borough Council"
    assert not [a for a in plan if "by 2041" in a.text or "of completions" in a.text]  # "Indicator | Target"
    # a numbered paragraph's first line in a narrow column is no heading: the sentence is whole
    assert any(a.text.startswith("The Council will prepare a Parking Standards Supplementary Planning") for a in plan)


def _blind10_lists(start: str):
    (pdf,) = BLIND10.glob(f"blind10-{start}*.pdf")
    pages, _ = read_pdf(pdf)
    return extract_priority_lists(pages)


def test_a_label_beside_its_title_and_a_national_strategy_s_strategic_programmes() -> None:
    """ "AMBITION 1" printed left of a two-line title ("Libraries for everyone: inclusive,
    accessible and" / "welcoming"); "its three strategic programmes:" over three bullets."""
    lists = {pl.name: pl for pl in _blind10_lists("ie-kilbarra")}
    # (the five are listed first under "Our five ambitions", numbered "1", "2", ... with no stop:
    # one list, not that one and the "AMBITION 1" headings again)
    (ambitions,) = [pl for pl in lists.values() if "Reading and literacy for life" in items(pl)]
    assert items(ambitions)[0] == "Libraries for everyone: inclusive, accessible and welcoming"
    programmes = next(pl for pl in lists.values() if pl.kind == "strategic_priority")
    assert items(programmes) == ["Reading and Literacy", "Learning and Information", "Community and Culture"]


def test_coded_objectives_a_chapter_picks_out_under_the_heading_that_names_them(tmp_path):
    """ "SO4", "SO6", "SO9", "SO10" under "Strategic objectives addressed by this chapter" are
    one list; policy codes printed with their titles ("SA1 Crowded Places") that no heading
    announces are none."""
    [plist] = _blind10_lists("uk-wealdbury")
    assert plist.name == "Strategic objectives addressed by this chapter"
    assert items(plist)[0] == "Enable a shift from car use to walking, cycling and public transport"
    assert len(plist.items) == 4
    pdf = make_pdf(
        tmp_path / "policies.pdf",
        ["**Security policies", "", "SA1 Crowded Places", "SA2 Dispersal Routes", "SA3 Designing in Security"],
    )
    assert lists_of(pdf) == []


def test_what_is_done_and_what_is_required_are_not_owners(tmp_path):
    # a passive's subject is what is done, not who does it; "are required to" binds only a body;
    # an introduction whose list is not there commits nothing; "(3) Note that ..." is an entry
    # of its own, not the end of the one before it
    pdf = make_pdf(
        tmp_path / "done_to.pdf",
        [
            "The AMRs will be published on each of the authorities' websites every year.",
            "",
            "Kent Police will be consulted on the design of every new scheme.",
            "",
            "Robust policies on Flood Risk and Urban Heat Island are required to help deliver the plan.",
            "",
            "Eastdale Police are required to report progress to the board each quarter.",
            "",
            "The strategic outcomes will be achieved by implementing the following measures:",
            "",
            "From 2028 the plants will be included in the scheme, and KCC will be subject to a charge.",
            "",
            "(2) Endorse the decision to submit a request to Government for the area",
            "(3) Note that acceptance onto the Programme will commit the councils to elections",
        ],
    )
    assert [(a.text, a.owner) for a in actions_of(pdf)] == [
        ("Endorse the decision to submit a request to Government for the area.", None),  # a recommendation
        ("The AMRs will be published on each of the authorities' websites every year.", None),
        ("Kent Police will be consulted on the design of every new scheme.", "Kent Police"),
        ("Eastdale Police are required to report progress to the board each quarter.", "Eastdale Police"),
    ]


BLIND11 = Path(__file__).parent / "gold" / "blind11" / "pdf"


def _blind11_lists(start: str) -> list[tuple[str, list[str]]]:
    (pdf,) = BLIND11.glob(f"blind11-{start}*.pdf")
    pages, _ = read_pdf(pdf)
    return [(pl.name, [p.text for p in pl.items]) for pl in extract_priority_lists(pages)]


def test_goals_numbered_under_each_priority_heading_and_the_priorities_from_the_headings() -> None:
    """ "PRIORITY 1 | Housing Choice and Affordability" heads each section, whose "Goals" are
    "1.1 ...", "1.2 ..."; "Vision: A vibrant, resilient waterfront community where ..." is a
    statement, not a list."""
    lists = _blind11_lists("ca-hollins-bay")
    goals = [items for name, items in lists if name == "Goals"]
    assert len(goals) == 4 and all(len(items) == 2 for items in goals)
    assert dict(lists)["Priority 1–4"] == [
        "Housing Choice and Affordability",
        "Reliable Infrastructure",
        "Climate Action and Environmental Stewardship",
        "Engaged and Connected Community",
    ]
    assert "Speed up development approvals" in [g for items in goals for g in items]
    assert not any(name.startswith("Vision") for name, _ in lists)


def test_principles_keep_their_sentences_and_member_bodies_are_no_list() -> None:
    """ "I. Person-centred – services are built around ..." keeps its sentence (a principle's name
    alone says little); "the priorities of our member agencies: the HSE, An Garda Síochána,
    ..." lists bodies, not priorities; "GOAL 1" beside a statement wrapped round it is no list of
    the statements' ends."""
    lists = _blind11_lists("ie-slieve-bawn")
    principles = next(items for name, items in lists if "principles" in name)
    assert principles[4] == "Partnership – no single agency can respond to drug and alcohol harm alone."
    assert not any("HSE" in " ".join(items) or "Garda" in " ".join(items) for _, items in lists)
    assert not any(items[0].startswith("alcohol use") for _, items in lists)


def test_a_table_of_counted_objectives_in_minutes_and_a_question_under_a_list() -> None:
    """Minutes: "progress against the four strategic objectives of the Corporate Strategy
    2023–2028:" over a "Strategic objective | Year 2 status" table: the objectives, without
    their status; a governor's "Q: ..." under a bulleted list is not its last entry's."""
    board = _blind11_lists("uk-kestrelmoor")
    assert [items for _, items in board] == [
        [
            "Safe, warm and well-maintained homes",
            "Excellent, accessible customer service",
            "A financially strong and well-governed organisation",
            "Thriving, connected neighbourhoods",
        ]
    ]
    school = _blind11_lists("uk-ashcombe")
    ((_, priorities),) = school
    assert priorities[-1] == "Strengthen the school’s Christian vision and collective worship"


def _blind11_actions(start: str):
    (pdf,) = BLIND11.glob(f"blind11-{start}*.pdf")
    pages, _ = read_pdf(pdf)
    return extract_plan_actions(pages)


def test_key_initiatives_table_and_numbered_delivery_actions_with_lead_and_due_in_brackets() -> None:
    """A "Key Initiatives | Lead | 2023 2024 2025 2026" table is an action table; under "Year 1
    Delivery Actions (July 2025 – June 2026)" each numbered entry is an action, without its number,
    its "(Lead: ...; by Q3 2026)" read into owner and due; "The actions below will be delivered
    ..." introduces them and is none itself."""
    initiatives = {a.text: a for a in _blind11_actions("ca-hollins-bay")}
    assert initiatives["Upgrade the Westside Reservoir and pump station"].owner == "Engineering"
    delivery = {a.text: a for a in _blind11_actions("ie-slieve-bawn")}
    cafe = delivery["Open a peer-led recovery café in Ardcarrig"]
    assert (cafe.owner, cafe.due_text) == ("Task Force Coordinator", "Q3 2026")
    workers = delivery["Fund two youth diversion workers for the Kilbrack and Ardcarrig areas"]
    assert workers.owner == "Kilbrack Youth Services"
    assert not any(t.startswith("The actions below") for t in delivery)


def test_predictions_changes_and_reported_progress_are_no_commitments(tmp_path):
    pdf = make_pdf(
        tmp_path / "predictions.pdf",
        [
            "The Spatial Strategy will result in modifications to the existing pattern of facilities.",
            "",
            "The ASCL will no longer be shown separately on council tax bills from next April.",
            "",
            "The scope of the Travel Plan will be determined by the size and nature of the development.",
            "",
            "All of these roads are in the process of being improved by the highway authority.",
            "",
            "The local authorities will roll out the bus initiative, which will result in better services.",
        ],
    )
    assert [a.text for a in actions_of(pdf)] == [
        "The local authorities will roll out the bus initiative, which will result in better services."
    ]


def test_principles_in_roman_numerals_and_outcomes_measured_in_a_table(tmp_path):
    """A strategy's "Our principles" in bold over "i." ... "iii." (a heading, though the line
    under it starts in lower case), and under "Priority 1: ..." a ruled table Outcome | Measure |
    Lead: the outcomes are a list of objectives named by the priority, not by the bullets
    between ("What we will do")."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    text = ParagraphStyle("t", fontName="Helvetica", fontSize=9, leading=12)
    bold = ParagraphStyle("b", parent=text, fontName="Helvetica-Bold", fontSize=11.5, leading=15)
    principles = [
        "Prevention first – we act early.",
        "Victim-centred – victims come first.",
        "Evidence-led – we follow the data.",
    ]
    outcomes = ["Fewer people experience repeat ASB", "Residents feel safer in their neighbourhood", "Less shop theft"]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
    story = [
        Paragraph("Our principles", bold),
        *[Paragraph(f"{n}. {p}", text) for n, p in zip(["i", "ii", "iii"], principles)],
        Spacer(1, 12),
        Paragraph("Priority 1: Tackling anti-social behaviour", bold),
        Paragraph("What we will do", bold),
        Paragraph("• Run four days of action a year in the neighbourhoods with the most reports", text),
        Paragraph("• Extend the town centre CCTV network to the bus station", text),
        Table(
            [["Outcome", "Measure", "Lead"]]
            + [[Paragraph(o, text), "Recorded incidents", "Westbury Council"] for o in outcomes],
            colWidths=[180, 160, 120],
            style=grid,
        ),
    ]
    path = tmp_path / "strategy.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    lists = {pl.name: [p.text for p in pl.items] for pl in extract_priority_lists(read_pdf(path)[0])}
    assert lists["Our principles"] == principles
    assert lists["Priority 1: Tackling anti-social behaviour"] == outcomes


def test_a_table_of_goal_areas_with_their_objectives_numbered_in_a_cell(tmp_path):
    """Goal Area | Objectives | Lead Department | Timeline, ruled, each area's objectives numbered
    1.1, 1.2 in one cell: the areas are a list, and each area's objectives a list under it."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    text = ParagraphStyle("t", fontName="Helvetica", fontSize=8, leading=10)
    areas = {
        "Public Safety": ["Reduce emergency response times to under 12 minutes", "Update the Hazard Mitigation Plan"],
        "Housing and Homelessness": ["Permit 1,200 new housing units", "Open a 60-bed navigation center"],
        "Economic Vitality": ["Launch a small business grant program", "Extend broadband to 4,000 households"],
    }
    rows = [
        [
            Paragraph(f"{n}. {area}", text),
            Paragraph("<br/>".join(f"{n}.{k} {o}" for k, o in enumerate(objectives, 1)), text),
            Paragraph("Public Works", text),
            Paragraph(f"{n}.1 FY2026<br/>{n}.2 FY2027", text),
        ]
        for n, (area, objectives) in enumerate(areas.items(), 1)
    ]
    table = Table(
        [["Goal Area", "Objectives", "Lead Department", "Timeline"], *rows],
        colWidths=[120, 220, 90, 70],
        style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]),
    )
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("Goal Areas", text), table])
    lists = {pl.name: [p.text for p in pl.items] for pl in extract_priority_lists(read_pdf(path)[0])}
    assert lists["Goal Area"] == list(areas)
    for area, objectives in areas.items():
        assert lists[area] == objectives


def test_a_grid_of_two_rows_of_two_themes_under_the_heading_that_names_it(tmp_path):
    """ "Our priorities" over four bold headings two a row, each over its bullets: the headings are
    the priorities (named by the heading over the grid) and each column of bullets a list under
    its heading, as a row of three or more side by side is."""
    cells = {
        (56, 720): ("Keeping people safe", ["Fewer repeat victims of crime", "Safer streets at night"]),
        (300, 720): ("Better mental health", ["Shorter waits for support", "More help in schools"]),
        (56, 600): ("Reducing poverty", ["More families claim support", "Lower cost of the school day"]),
        (300, 600): ("Good homes", ["Fewer families in temporary housing", "Warmer homes for tenants"]),
    }
    path = _two_by_two(tmp_path / "grid.pdf", "Our priorities", cells)
    found = {(pl.kind, pl.parent or pl.name): items(pl) for pl in lists_of(path)}
    assert found[("priority", "Our priorities")] == [title for title, _ in cells.values()]
    for title, bullets in cells.values():
        assert found[("priority", title)] == bullets


def test_principles_and_one_word_names_keep_what_follows_the_dash(tmp_path):
    """A principle is its whole entry, full stop or not ("Prevention – acting early, before
    problems escalate"), and so is an entry named by one word and a dash ("Protect – keeping
    people safe in the buildings where they live"): the word alone says too little."""
    pdf = make_pdf(
        tmp_path / "whole_entries.pdf",
        [
            "**Our shared principles**",
            "\u2022 Children\u2019s rights \u2013 respecting the rights in the convention",
            "\u2022 Prevention \u2013 acting early, before problems escalate",
            "\u2022 Working together \u2013 one plan, shared by every partner",
            "",
            "The plan sets out four strategic priorities:",
            "\u2022 Prevent \u2013 helping people to stay safe in their homes",
            "\u2022 Protect \u2013 keeping people safe in the buildings where they live",
            "\u2022 Respond \u2013 getting the right resources to emergencies quickly",
            "\u2022 People \u2013 a skilled and healthy workforce",
        ],
    )
    principles, priorities = lists_of(pdf)
    assert items(principles)[1] == "Prevention \u2013 acting early, before problems escalate"
    assert items(priorities)[0] == "Prevent \u2013 helping people to stay safe in their homes"
    assert len(items(priorities)) == 4


def test_entries_numbered_under_each_numbered_goal(tmp_path):
    """ "High-Level Goal 1: ..." headings, each over entries numbered by its number ("1.1 ...",
    "1.2 ..."): the goals are one list and each goal's entries a list under it. The goals named
    again later as "Priority n" headings of a plan whose owner is a common noun alone are not a
    second list."""
    pdf = make_pdf(
        tmp_path / "goals.pdf",
        [
            "**High-Level Goal 1: A thriving local economy**",
            "1.1 Support the growth of local enterprise in towns and rural areas",
            "1.2 Attract investment to the strategic employment sites",
            "",
            "**High-Level Goal 2: Vibrant town centres**",
            "2.1 Increase town centre living and reduce vacancy",
            "2.2 Support rural community hubs and local services",
            "",
            "**High-Level Goal 3: Healthy, active people**",
            "3.1 Improve access to sport and green space for all ages",
            "3.2 Promote positive mental health and wellbeing",
        ],
    )
    found = {(pl.parent or pl.name): items(pl) for pl in lists_of(pdf)}
    assert ["A thriving local economy", "Vibrant town centres", "Healthy, active people"] in found.values()
    assert found["A thriving local economy"] == [
        "Support the growth of local enterprise in towns and rural areas",
        "Attract investment to the strategic employment sites",
    ]
    assert found["Healthy, active people"][1] == "Promote positive mental health and wellbeing"
    assert len(found) == 4


def test_headings_that_repeat_the_list_are_not_a_second_list(tmp_path):
    """ "My four priorities are:" and its list, then a section a priority ("Priority 1 – ..."):
    one list, though the sentence's owner reads "Commissioner" and the headings' "Police" (from
    the title): a common noun alone names no body, so neither is another owner's list."""
    pdf = make_pdf(
        tmp_path / "pcc.pdf",
        [
            "**Police and Crime Plan 2025\u20132029**",
            "",
            "I have listened to residents across the county. As your Commissioner, my four priorities are:",
            "\u2022 Visible neighbourhood policing",
            "\u2022 Tackling violence against women and girls",
            "\u2022 Safer roads and rural communities",
            "\u2022 Supporting victims of crime",
            "",
            "**Priority 1 \u2013 Visible neighbourhood policing**",
            "Officers will be seen in every ward.",
            "**Priority 2 \u2013 Tackling violence against women and girls**",
            "We will fund more advocates.",
            "**Priority 3 \u2013 Safer roads and rural communities**",
            "We will enforce speed limits.",
            "**Priority 4 \u2013 Supporting victims of crime**",
            "We will open a victims' hub.",
        ],
    )
    assert len(lists_of(pdf)) == 1


def test_two_headings_a_row_without_a_heading_naming_them_are_two_columns_of_a_page(tmp_path):
    """Two bold headings at one height over bullets, twice, with no heading over them that names a
    list: a page set in two columns, not a grid of themes."""
    cells = {
        (56, 720): ("Library visits", ["Visits rose in every branch", "Evening opening was extended"]),
        (300, 720): ("Staff news", ["Two new librarians joined", "The volunteer scheme grew"]),
        (56, 600): ("Buildings", ["The roof at Kelby was repaired", "New shelving was fitted"]),
        (300, 600): ("Events", ["A summer reading challenge ran", "Authors visited six schools"]),
    }
    path = _two_by_two(tmp_path / "columns.pdf", "Annual report 2024", cells)
    assert not [pl for pl in lists_of(path) if pl.name == "Themes" or pl.parent in {t for t, _ in cells.values()}]


def _two_by_two(path, heading, cells):
    """A page with a bold heading over bold titles at the given places, each over its bullets."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Vera-Bold", 12)
    c.drawString(56, 760, heading)
    for (x, y), (title, bullets) in cells.items():
        c.setFont("Vera-Bold", 11)
        c.drawString(x, y, title)
        c.setFont("Vera", 10)
        for n, line in enumerate(bullets, 1):
            c.drawString(x, y - 18 * n, "\u2022 " + line)
    c.save()
    return path


BLIND19 = Path(__file__).parent / "gold" / "blind19" / "pdf"


def test_a_commitments_table_delivered_by_a_quarter_and_priority_tiles_counted_above_it() -> None:
    """A district council's annual delivery plan (blind set 19): "Ref | Commitment | Priority |
    Lead | Deliver by | Status" is an action table (the commitment its action, "Deliver by" its
    due column), and "The Council Plan 2024–2028 has three priorities:" over three side-by-side
    tiles, one title wrapped onto two lines, is a list of three."""
    pdf = BLIND19 / "blind19-uk-wyvernbury-dc-annual-delivery-plan-2025-26.pdf"
    pages, _ = read_pdf(pdf)
    actions = extract_plan_actions(pages)
    assert len(actions) == 11
    assert (actions[0].text, actions[0].owner, actions[0].due_text, actions[0].status) == (
        "Open the refurbished Eastbridge Market Hall",
        "Director of Place",
        "Q3 2025/26",
        "Green",
    )
    assert actions[8].text == "Refresh the community safety plan with the Safer Wyvernbury Partnership"
    counted = next(p for p in lists_of(pdf) if p.name.startswith("The Council Plan"))
    assert items(counted) == ["Thriving Places", "Greener Wyvernbury", "Healthy, Safe and Connected Communities"]


BLIND20 = Path(__file__).parent / "gold" / "blind20" / "pdf"


def test_values_parted_by_bullets_and_priorities_lettered_a_to_c() -> None:
    """ "Our values: Integrity • Fairness • Compassion • Courage" is a list of four (blind set 20);
    "Priority A" / "Priority B" / "Priority C", each on a line of its own over its title, are a
    list of three, as "Priority 1" ... would be."""
    plan = lists_of(BLIND20 / "blind20-uk-harnmoor-pcc-police-and-crime-plan-summary-2025-2029.pdf")
    values = next(p for p in plan if p.name.startswith("Our values"))
    assert items(values) == ["Integrity", "Fairness", "Compassion", "Courage"]
    strategy = lists_of(BLIND20 / "blind20-uk-pelbrook-csp-community-safety-strategy-2025-2028.pdf")
    lettered = next(p for p in strategy if p.kind == "priority")
    assert items(lettered) == [
        "Tackling domestic abuse and violence against women and girls",
        "Reducing serious violence and the exploitation of young people",
        "Safer neighbourhoods – tackling anti-social behaviour and neighbourhood crime",
    ]


def test_two_cross_cutting_themes_named_in_a_sentence(tmp_path):
    """ "Cross-cutting themes of substance misuse and exploitation will continue to be addressed
    under each priority.": a list of two themes, where two priorities would be no list."""
    pdf = make_pdf(
        tmp_path / "themes.pdf",
        [
            "Cross-cutting themes of substance misuse and exploitation will continue to be addressed under",
            "each priority.",
        ],
    )
    [plist] = lists_of(pdf)
    assert (plist.kind, plist.name, items(plist)) == (
        "cross_cutting_theme",
        "Cross-cutting themes",
        ["substance misuse", "exploitation"],
    )


BLIND21 = Path(__file__).parent / "gold" / "blind21" / "pdf"


def test_ambitions_numbered_without_a_stop_and_one_ambitions_name_with_commas() -> None:
    """A county's corporate plan progress report (blind set 21): "built around four ambitions
    for Halvershire:" over "1 A Thriving Economy – ...", "2 Healthy, Safe and Independent People
    – ..." (numbers with no stop) is a list of four; the heading "Ambition 2: Healthy, Safe and
    Independent People" names one ambition, and is no list of "Healthy", "Safe", ..."""
    found = lists_of(BLIND21 / "blind21-uk-halvershire-cc-corporate-plan-annual-progress-report-2024-25.pdf")
    ambitions = next(p for p in found if "four ambitions" in p.name)
    assert items(ambitions) == [
        "A Thriving Economy",
        "Healthy, Safe and Independent People",
        "Great Places to Grow Up",
        "A Greener Halvershire",
    ]
    assert not [p for p in found if items(p)[:2] == ["Healthy", "Safe"]]


def test_counted_priorities_as_tiles_whose_bold_titles_wrap() -> None:
    """ "The Board has agreed six priorities for 2025–2030." over six tiles, three to a row, each a
    bold title over its description, some titles wrapped onto a second line ("Healthy weight and
    active" / "lives") that the layout stage does not call headings (blind set 21)."""
    found = lists_of(BLIND21 / "blind21-uk-amberleigh-hwb-joint-health-and-wellbeing-strategy-2025-2030.pdf")
    six = next(p for p in found if p.name == "Our priorities")
    assert items(six) == [
        "Best start for every child",
        "Good mental health for all",
        "Healthy weight and active lives",
        "Tackling harm from tobacco, alcohol and drugs",
        "Good work, warm homes and decent incomes",
        "Living well with long-term conditions",
    ]


BLIND24 = Path(__file__).parent / "gold" / "blind24" / "pdf"


def test_a_tables_first_column_of_priorities_and_next_steps_that_are_no_list() -> None:
    """A strategic assessment (blind set 24): "Recommended priority | Why (rationale) | Lead
    group" is a list of five, named by the section heading above it; "Subject to the Partnership
    Board agreeing the recommended priorities ...:" over commitments is no list, and the
    commitments are actions, a partnership analyst's among them."""
    pdf = BLIND24 / "blind24-uk-thornwick-csp-strategic-assessment-summary-2025-01.pdf"
    found = lists_of(pdf)
    five = next(p for p in found if p.name == "Recommended priorities for 2025/26")
    assert items(five)[1:] == [
        "Serious violence and knife crime",
        "Anti-social behaviour in Thornwick town centre",
        "Drug-related harm and exploitation",
        "Reducing reoffending",
    ]
    assert not [p for p in found if "Next steps" in p.name]
    pages, _ = read_pdf(pdf)
    owners = {a.owner for a in extract_plan_actions(pages)}
    assert {"Community Safety Team", "The Partnership Analyst"} & owners


def test_guiding_themes_counted_in_minutes() -> None:
    """ "The draft vision identifies five guiding themes for Larkin Falls 2045:" over five
    bullets inside planning commission minutes (blind set 24) is a list of five."""
    found = lists_of(BLIND24 / "blind24-us-larkin-falls-planning-commission-minutes-2025-04-09.pdf")
    assert [len(p.items) for p in found] == [5]
