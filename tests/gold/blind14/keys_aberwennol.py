from lib import PDF, Lines, actor, att, date_lines, item, write_keys
from make_aberwennol import STEM

L = Lines(PDF / f"{STEM}.pdf")
A = actor(L)
CLERK = "Mr Rhodri Price (Town Clerk and RFO)"
R = "PENDERFYNWYD / RESOLVED "

meetings = {
    "components": [{"title": "Aberwennol Town Council – Minutes of the Full Council, 10 February 2025", "kind": "minutes",
                    "first_line": "CYNGOR TREF ABERWENNOL", "start_line": L.find("CYNGOR TREF ABERWENNOL")}],
    "meetings": [{
        "body": "Aberwennol Town Council", "authority": "Aberwennol Town Council", "date": "2025-02-10",
        "time": "19:00", "venue": "Town Hall, High Street, Aberwennol",
        "attendees": [
            att("Cllr Gwenllian Parry", "Maer / Mayor, yn y Gadair / in the Chair", "present"),
            att("Cllr Dafydd Rowlands", "Dirprwy Faer / Deputy Mayor", "present"),
            att("Siân Pugh", None, "present"),
            att("Huw Bebb", None, "present"),
            att("Alun Tudor", None, "present"),
            att("Carys Lloyd-Evans", None, "present"),
            att("Owain Jenkins", None, "present"),
            att("Bethan Morgan", None, "present"),
            att("Mr Rhodri Price", "Clerc y Dref / Town Clerk and RFO", "in_attendance"),
            att("County Cllr Mair Haf Edwards", "Mynydd Garw County Council, for minute 24/25-122", "in_attendance"),
            att("Cllr Eleri Vaughan", None, "apologies"),
            att("Cllr Geraint Hughes", None, "apologies"),
        ],
        "apologies": ["Cllr Eleri Vaughan", "Cllr Geraint Hughes"],
        "items": [
            item("24/25-118", "Ymddiheuriadau / Apologies", [R + "that the apologies be accepted."]),
            item("24/25-119", "Datgan Buddiant / Declarations of Interest"),
            item("24/25-120", "Cofnodion / Minutes",
                 [R + "that the minutes of the Full Council meeting held on 13 January 2025 be approved and signed as a true record."]),
            item("24/25-121", "Materion yn codi / Matters arising", [],
                 [A("Mynydd Garw County Council had confirmed that it will complete repairs to the Bryn Road footway by 31 March 2025.",
                    "Mynydd Garw County Council", "2025-03-31")]),
            item("24/25-122", "Adroddiad y Cynghorydd Sir / County Councillor’s Report"),
            item("24/25-123", "Praesept 2025/26 / Precept 2025/26",
                 [R + "that the precept for 2025/26 be set at £186,400, an increase of 3.9%, and that the Clerk notify Mynydd Garw County Council of the precept by 28 February 2025."],
                 [A("that the Clerk notify Mynydd Garw County Council of the precept by 28 February 2025", CLERK, "2025-02-28")]),
            item("24/25-124", "Cynllun Tref 2025–2030 / Town Plan 2025–2030",
                 [R + "that the Aberwennol Town Plan 2025–2030 be adopted and published in Welsh and English by 31 March 2025."],
                 [A("The Clerk to arrange for a summary of the plan to be delivered to every household in April 2025.",
                    CLERK, "2025-04")]),
            item("24/25-125", "Grantiau / Grants",
                 [R + "that grants be awarded under section 137 of the Local Government Act 1972 as follows: Aberwennol Rugby Football Club £1,500; Menter Iaith Aberwennol £2,000; Banc Bwyd Aberwennol (Aberwennol Foodbank) £1,000."]),
            item("24/25-126", "Cynllunio / Planning",
                 [R + "that the Council has no objection but asks Mynydd Garw County Council, as planning authority, to require retention of the chapel frontage by condition."]),
            item("24/25-127", "Gohebiaeth / Correspondence", [],
                 [A("Cllr Morgan agreed to attend and report back.", "Cllr Bethan Morgan", "2025-03-06")]),
            item("24/25-128", "Dyddiad y cyfarfod nesaf / Date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Aberwennol Town Council", "name": "five priorities for the Council (Aberwennol Town Plan 2025–2030)",
        "kind": "priority", "period": "2025–2030", "source_line": L.find("The plan sets five priorities for the Council"),
        "items": ["A vibrant town centre", "Green spaces and the river", "Welsh language and culture",
                  "Opportunities for young people", "Action on climate change"],
        "items_welsh": ["Canol tref bywiog", "Mannau gwyrdd a’r afon", "Iaith a diwylliant Cymraeg",
                        "Cyfleoedd i bobl ifanc", "Gweithredu ar newid hinsawdd"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Aberwennol Town Council", "aliases": ["Cyngor Tref Aberwennol"]},
        {"name": "Mynydd Garw County Council", "aliases": []},
        {"name": "Aberwennol Rugby Football Club", "aliases": []},
        {"name": "Finance and General Purposes Committee", "aliases": []},
        {"name": "Menter Iaith Aberwennol", "aliases": []},
        {"name": "Banc Bwyd Aberwennol", "aliases": ["Aberwennol Foodbank"]},
        {"name": "One Voice Wales", "aliases": []},
    ],
    "dates": date_lines(L, [
        {"text": "Monday 10 February 2025", "iso": "2025-02-10", "what": "meeting date"},
        {"text": "13 January 2025", "iso": "2025-01-13", "what": "previous Full Council meeting (minutes approved)"},
        {"text": "31 March 2025", "iso": "2025-03-31", "what": "Bryn Road footway repairs to be completed"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "financial year of the County Council budget and the precept"},
        {"text": "14 March 2025", "iso": "2025-03-14", "what": "school transport consultation closes"},
        {"text": "27 January 2025", "iso": "2025-01-27", "what": "Finance and General Purposes Committee considered the draft budget"},
        {"text": "28 February 2025", "iso": "2025-02-28", "what": "deadline to notify the precept"},
        {"text": "2025–2030", "iso": "2025/2030", "what": "Town Plan period"},
        {"text": "autumn 2024", "iso": "2024", "what": "Town Plan public consultation"},
        {"text": "31 March 2025", "iso": "2025-03-31", "what": "Town Plan to be published",
         "after": L.find("24/25-124")},
        {"text": "April 2025", "iso": "2025-04", "what": "Town Plan summary delivered to households"},
        {"text": "6 March 2025", "iso": "2025-03-06", "what": "One Voice Wales Area Committee meeting"},
        {"text": "Monday 10 March 2025", "iso": "2025-03-10", "what": "next meeting"},
    ]),
}

write_keys(STEM, meetings, facts)
