from lib import PDF, Lines, actor, att, date_lines, item, write_keys
from make_arroyotesoro import STEM

L = Lines(PDF / f"{STEM}.pdf")
A = actor(L)

meetings = {
    "components": [{"title": "Arroyo Tesoro Water District – Minutes of the Regular Meeting of the Board of Directors, March 4, 2025",
                    "kind": "minutes", "first_line": "ARROYO TESORO WATER DISTRICT",
                    "start_line": L.find("ARROYO TESORO WATER DISTRICT")}],
    "meetings": [{
        "body": "Board of Directors", "authority": "Arroyo Tesoro Water District", "date": "2025-03-04",
        "time": "18:30",
        "venue": "Board Room of the District Office, 4100 Canyon Oak Drive, Arroyo Tesoro, California",
        "attendees": [
            att("Linda Okamura", "President", "present"),
            att("Robert Delgado", "Vice President", "present"),
            att("Janet Whitfield", "Director", "present"),
            att("Samuel Brennan", "Director", "present"),
            att("Tom Reyes", "General Manager", "in_attendance"),
            att("Priya Natarajan", "District Engineer", "in_attendance"),
            att("Carla Benson", "Finance Manager", "in_attendance"),
            att("Maria Ochoa", "Board Secretary", "in_attendance"),
            att("Mark Ellison", "General Counsel (Ellison & Pratt LLP)", "in_attendance"),
            att("Kenji Saito", "Director", "absent"),
        ],
        "apologies": [],
        "items": [
            item("1", "CALL TO ORDER"),
            item("2", "ROLL CALL"),
            item("3", "PLEDGE OF ALLEGIANCE"),
            item("4", "PUBLIC COMMENT", [],
                 [A("President Okamura asked the General Manager to follow up with Mr. Hutchins and report back to the Board.",
                    "Tom Reyes (General Manager)")]),
            item("5", "CONSENT CALENDAR",
                 ["It was moved by Director Whitfield and seconded by Vice President Delgado to approve the Consent Calendar as presented. Motion carried 4-0-1."]),
            item("5A", "Approval of Minutes of the February 18, 2025 Regular Meeting"),
            item("5B", "Ratification of Warrant List for February 2025 in the Amount of $1,284,552.17"),
            item("5C", "Quarterly Investment Report for the Period Ending December 31, 2024"),
            item("6", "ACTION ITEMS"),
            item("6A", "Resolution No. 2025-07 Declaring a Stage 2 Water Shortage Condition",
                 ["It was moved by Vice President Delgado and seconded by Director Brennan to adopt Resolution No. 2025-07 declaring a Stage 2 Water Shortage Condition effective April 1, 2025, and limiting outdoor irrigation to two days per week. Motion carried 4-0-1."],
                 [A("Director Brennan requested that staff bring back a report on expanding the leak detection rebate program at the March 18, 2025 meeting.",
                    "District staff", "2025-03-18")]),
            item("6B", "Award of Construction Contract – Reservoir 3 Interior Recoating Project",
                 ["It was moved by Director Whitfield and seconded by President Okamura to award the construction contract for the Reservoir 3 Interior Recoating Project to Pacific Coatings, Inc. in the amount of $486,200 and authorize the General Manager to execute the agreement. Motion carried 3-1-1."]),
            item("6C", "Appointment of Representatives to the Arroyo Basin Groundwater Sustainability Agency",
                 ["It was moved by President Okamura and seconded by Director Brennan to appoint Director Whitfield as the District’s representative and Vice President Delgado as alternate to the Arroyo Basin Groundwater Sustainability Agency Board for calendar year 2025. Motion carried 4-0-1."]),
            item("7", "INFORMATION ITEMS"),
            item("7A", "General Manager’s Report", [],
                 [A("Staff will hold a customer workshop on the Stage 2 restrictions on March 27, 2025.",
                    "District staff", "2025-03-27")]),
            item("7B", "Strategic Plan Mid-Year Update"),
            item("8", "DIRECTORS’ REPORTS"),
            item("9", "CLOSED SESSION"),
            item("10", "REPORT FROM CLOSED SESSION"),
            item("11", "ADJOURNMENT"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Arroyo Tesoro Water District", "name": "Strategic Plan 2023–2027 goals",
        "kind": "objective", "period": "2023–2027", "source_line": L.find("Strategic Plan 2023–2027"),
        "items": ["Water Supply Reliability", "Infrastructure Renewal", "Financial Sustainability",
                  "Customer Service and Outreach", "Workforce and Organizational Excellence"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Arroyo Tesoro Water District", "aliases": ["ATWD"]},
        {"name": "Ellison & Pratt LLP", "aliases": []},
        {"name": "Pacific Coatings, Inc.", "aliases": []},
        {"name": "Arroyo Basin Groundwater Sustainability Agency", "aliases": []},
        {"name": "State Water Resources Control Board", "aliases": []},
        {"name": "Southern Counties Water Association", "aliases": []},
    ],
    "dates": date_lines(L, [
        {"text": "March 4, 2025", "iso": "2025-03-04", "what": "meeting date"},
        {"text": "February 18, 2025", "iso": "2025-02-18", "what": "previous regular meeting (minutes approved)"},
        {"text": "February 2025", "iso": "2025-02", "what": "warrant list month"},
        {"text": "December 31, 2024", "iso": "2024-12-31", "what": "end of quarterly investment report period"},
        {"text": "April 1, 2025", "iso": "2025-04-01", "what": "Stage 2 Water Shortage Condition effective"},
        {"text": "March 18, 2025", "iso": "2025-03-18", "what": "meeting to receive leak detection rebate report"},
        {"text": "February 20, 2025", "iso": "2025-02-20", "what": "bids opened for Reservoir 3 recoating"},
        {"text": "calendar year 2025", "iso": "2025", "what": "term of groundwater agency appointments"},
        {"text": "February 26, 2025", "iso": "2025-02-26", "what": "Well 9 rehabilitation completed"},
        {"text": "March 27, 2025", "iso": "2025-03-27", "what": "customer workshop on Stage 2 restrictions"},
        {"text": "2023–2027", "iso": "2023/2027", "what": "Strategic Plan period"},
        {"text": "Fiscal Year 2025-26", "iso": "2025-07/2026-06", "what": "draft budget year"},
        {"text": "May 6, 2025", "iso": "2025-05-06", "what": "budget workshop"},
        {"text": "February 24–26, 2025", "iso": "2025-02-24/2025-02-26", "what": "Southern Counties Water Association spring conference"},
        {"text": "March 18, 2025", "iso": "2025-03-18", "what": "next regular meeting",
         "after": L.find("ADJOURNMENT")},
    ]),
}

write_keys(STEM, meetings, facts)
