from lib import PDF, Lines, actor, att, date_lines, item, write_keys
from make_brantwick import STEM

L = Lines(PDF / f"{STEM}.pdf")
A = actor(L)
BBC = "Brantwick Borough Council"

meetings = {
    "components": [{"title": "Brantwick Place Partnership Board – notes and actions, 20 February 2025", "kind": "minutes",
                    "first_line": "Brantwick Place Partnership Board", "start_line": 1}],
    "meetings": [{
        "body": "Brantwick Place Partnership Board", "authority": "NHS Brant Valley Integrated Care Board",
        "date": "2025-02-20", "time": "14:00", "venue": "Committee Room 2, Brantwick Civic Centre and MS Teams",
        "attendees": [
            att("Cllr Joyce Haddon", f"Chair; Cabinet Member for Adult Social Care, {BBC}", "present"),
            att("Dr Anil Varma", "Vice Chair; Clinical Director, Brantwick North Primary Care Network (PCN)", "present"),
            att("Helen Cartwright", "Place Director, NHS Brant Valley ICB", "present"),
            att("Martin Oakes", f"Director of Adult Social Services, {BBC}", "present"),
            att("Sophie Llewellyn", f"Director of Public Health, {BBC}", "present"),
            att("Gareth Nunn", "Chief Operating Officer, Brant Valley Hospitals NHS Foundation Trust", "present"),
            att("Nadia Rahman", "Director of Operations, Brantwick Community and Mental Health NHS Trust", "virtual"),
            att("Colin Bright", "Chief Executive, Brantwick CVS", "present"),
            att("Lorraine Fisher", "Manager, Healthwatch Brantwick", "present"),
            att("Tom Whitaker", "Head of Place Development (item 5), NHS Brant Valley ICB", "in_attendance"),
            att("Jade Morrow", "Governance Officer (notes), NHS Brant Valley ICB", "in_attendance"),
            att("Cllr Alan Pearce", f"Cabinet Member for Children and Families, {BBC}", "apologies"),
            att("Dr Ruth Kessler", "GP Clinical Lead, Urgent Care, NHS Brant Valley ICB", "apologies"),
        ],
        "apologies": ["Cllr Alan Pearce", "Dr Ruth Kessler"],
        "items": [
            item("1", "Welcome, introductions and apologies"),
            item("2", "Declarations of interest"),
            item("3", "Notes of the previous meeting (16 January 2025) and action log",
                 ["AGREED: notes of 16 January 2025 approved."],
                 [A("Provide a trajectory for clearing the carers’ assessment backlog",
                    "Martin Oakes (Director of Adult Social Services)", "2025-04-30")]),
            item("4", "Brantwick Place Plan 2025/26 – priorities",
                 ["AGREED: the five Place priorities for 2025/26, for submission to the ICB Board on 27 March 2025."],
                 [A("ACTION: HC to submit the Place Plan 2025/26 to the ICB Board.", "Helen Cartwright (Place Director)",
                    "2025-03-27")]),
            item("5", "Better Care Fund (BCF) 2025/26",
                 ["AGREED: sign-off of the BCF plan 2025/26 delegated to the Chair and the Place Director, with the plan reported to the Brantwick Health and Wellbeing Board on 10 April 2025."],
                 [A("ACTION: TW to circulate the draft BCF plan to members by 7 March 2025.",
                    "Tom Whitaker (Head of Place Development)", "2025-03-07")]),
            item("6", "Frailty hub proposal – Millbrook",
                 ["AGREED: to support a 12-month pilot from 1 June 2025, subject to ICB investment approval."],
                 [A("ACTION: GN to present the evaluation framework to the Board on 15 May 2025.",
                    "Gareth Nunn (Chief Operating Officer)", "2025-05-15")]),
            item("7", "Healthwatch Brantwick – GP access report", ["Report noted."],
                 [A("ACTION: HC and AV to provide a joint response to Healthwatch by 31 March 2025.",
                    "Helen Cartwright and Dr Anil Varma", "2025-03-31")]),
            item("8", "Any other business"),
            item("9", "Date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Brantwick Place Partnership Board", "name": "Board’s priorities for 2025/26 (Brantwick Place Plan 2025/26)",
        "kind": "priority", "period": "2025/26", "source_line": L.find("The Board’s priorities for 2025/26 are"),
        "items": ["Ageing well and frailty", "Children and young people’s emotional wellbeing",
                  "Reducing health inequalities (Core20PLUS5)", "Hospital discharge and intermediate care",
                  "Healthy weight and physical activity"]}],
    "priority_changes": [
        {"year": "2025/26", "change": "added", "priority": "Healthy weight and physical activity",
         "previously_part_of": None},
        {"year": "2025/26", "change": "removed", "priority": "Winter resilience", "previously_part_of": None,
         "note": "no longer a standalone priority; absorbed into 'Hospital discharge and intermediate care' (priority 4)"},
    ],
    "actions": [],
    "organisations": [
        {"name": "NHS Brant Valley Integrated Care Board", "aliases": ["NHS Brant Valley ICB", "ICB"]},
        {"name": "Brantwick Place Partnership Board", "aliases": []},
        {"name": BBC, "aliases": []},
        {"name": "Brantwick North Primary Care Network", "aliases": ["PCN"]},
        {"name": "Brant Valley Hospitals NHS Foundation Trust", "aliases": []},
        {"name": "Brantwick Community and Mental Health NHS Trust", "aliases": []},
        {"name": "Brantwick CVS", "aliases": []},
        {"name": "Healthwatch Brantwick", "aliases": ["Healthwatch"]},
        {"name": "Millbrook Surgery", "aliases": []},
        {"name": "NHS England", "aliases": []},
        {"name": "Brantwick Health and Wellbeing Board", "aliases": []},
    ],
    "dates": date_lines(L, [
        {"text": "Thursday 20 February 2025", "iso": "2025-02-20", "what": "meeting date"},
        {"text": "16 January 2025", "iso": "2025-01-16", "what": "previous meeting (notes approved)"},
        {"text": "30 April 2025", "iso": "2025-04-30", "what": "revised due date of action 24/040"},
        {"text": "30 January 2025", "iso": "2025-01-30", "what": "Place Plan development session"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "Place Plan / priorities / BCF year"},
        {"text": "2024/25", "iso": "2024-04/2025-03", "what": "previous year's priorities"},
        {"text": "27 March 2025", "iso": "2025-03-27", "what": "ICB Board meeting to receive the Place Plan"},
        {"text": "31 March 2025", "iso": "2025-03-31", "what": "BCF plan submission deadline to NHS England"},
        {"text": "10 April 2025", "iso": "2025-04-10", "what": "Brantwick Health and Wellbeing Board meeting"},
        {"text": "7 March 2025", "iso": "2025-03-07", "what": "deadline to circulate draft BCF plan"},
        {"text": "1 June 2025", "iso": "2025-06-01", "what": "start of 12-month frailty hub pilot"},
        {"text": "15 May 2025", "iso": "2025-05-15", "what": "Board meeting to receive frailty hub evaluation framework"},
        {"text": "31 March 2025", "iso": "2025-03-31", "what": "deadline for joint response to Healthwatch",
         "after": L.find("Healthwatch Brantwick – GP") - 1},
        {"text": "Thursday 17 April 2025", "iso": "2025-04-17", "what": "next meeting"},
        {"text": "21.11.24", "iso": "2024-11-21", "what": "meeting at which action 24/040 was raised"},
    ]),
}

write_keys(STEM, meetings, facts)
