from lib import PDF, Lines, write_keys
from make_pellingham import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


CLERK = "Clerk (Mrs Deborah Ashworth)"

meetings = {
    "components": [{"title": "Minutes of the Meeting of Much Pellingham Parish Council, 3rd March 2025", "kind": "minutes",
                    "first_line": "MUCH PELLINGHAM PARISH COUNCIL", "start_line": L.find("MUCH PELLINGHAM PARISH COUNCIL")}],
    "meetings": [{
        "body": "Much Pellingham Parish Council", "authority": "Much Pellingham Parish Council",
        "date": "2025-03-03", "time": "19:30", "venue": "Village Hall",
        "attendees": [
            att("R Hatherley", "Chairman", "present"),
            att("J Pruett", "Vice-Chairman", "present"),
            att("S Okonjo", None, "present"),
            att("M Fairbrother", None, "present"),
            att("P Lindqvist", None, "present"),
            att("A Demir", None, "present"),
            att("Mrs Deborah Ashworth", "Clerk", "in_attendance"),
            att("Cllr Graham Tolley", "District Cllr (for minutes 25/031 to 25/035)", "in_attendance"),
            att("Cllr K Beddoe", None, "apologies"),
            att("Cllr T Rowntree", None, "absent"),
        ],
        "apologies": ["Cllr K Beddoe"],
        "items": [
            item("25/031", "Apologies for absence",
                 ["Resolved: that the apologies of Cllr Beddoe be accepted for the reason given."]),
            item("25/032", "Declarations of interest and requests for dispensations"),
            item("25/033", "Public participation", [],
                 [A("Clerk to report the condition of FP7 to the Lorneshire County Council Public Rights of Way team.", CLERK)]),
            item("25/034", "Minutes of the previous meeting",
                 ["Resolved: that the minutes of the meeting held on Monday 3rd February 2025, having been circulated, be approved as a true record and signed by the Chairman."]),
            item("25/035", "Reports from District and County Councillors",
                 ["Resolved: that the Council submits a response to the Local Plan Review consultation."],
                 [A("Cllrs Pruett and Lindqvist to prepare a draft response for the April meeting.",
                    "Cllr J Pruett and Cllr P Lindqvist", "2025-04-07")]),
            item("25/036", "Planning",
                 ["Resolved: that the Council has no objection to the application.",
                  "Resolved: that the Council objects to the application on the grounds of highway safety on Mill Road and the site’s location outside the settlement boundary.",
                  "The decisions were noted."],
                 [A("Clerk to submit the objection to Tenbridge District Council by 14th March 2025.", CLERK, "2025-03-14")]),
            item("25/037", "Finance",
                 ["Resolved: that the payments listed above, totalling £1,620.15, be approved, and that two councillors authorise the online payments.",
                  "Resolved: that a grant of £250 be awarded to Much Pellingham Pre-School under section 137 of the Local Government Act 1972.",
                  "Resolved: that Mrs Helen Garside (Garside Audit Services) be appointed as internal auditor for 2024/25."]),
            item("25/038", "Highways, footpaths and speeding",
                 ["Resolved: that the Council sets up a Community Speedwatch group and applies to Lorneshire Police for training and equipment."],
                 [A("Clerk to ask Lorneshire County Council Highways to carry out a speed survey on Mill Road.", CLERK),
                  A("Cllr Demir to arrange the volunteers’ training with Lorneshire Police by the end of April 2025.",
                    "Cllr A Demir", "2025-04")]),
            item("25/039", "Annual Parish Meeting",
                 ["Resolved: that the Annual Parish Meeting be held on Monday 12th May 2025 at 7.00pm in the Village Hall, followed by the Annual Meeting of the Parish Council at 8.00pm."],
                 [A("Clerk to book the hall and invite the Police Community Support Officer and the Pellingham Brook Flood Action Group to give reports.", CLERK)]),
            item("25/040", "VE Day 80",
                 ["Members agreed to support the village commemoration of the 80th anniversary of VE Day on Thursday 8th May 2025, led by the Royal British Legion (Much Pellingham Branch).",
                  "Resolved: that up to £300 be spent from the Community Events budget on bunting, a beacon and refreshments."],
                 [A("Cllr Okonjo to liaise with the Village Hall Management Committee on the arrangements.", "Cllr S Okonjo")]),
            item("25/041", "Correspondence", ["The correspondence was noted."]),
            item("25/042", "Date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Much Pellingham Parish Council", "aliases": []},
        {"name": "Tenbridge District Council", "aliases": []},
        {"name": "Lorneshire County Council", "aliases": []},
        {"name": "Lorneshire Police", "aliases": []},
        {"name": "HMRC", "aliases": []},
        {"name": "Greenacre Grounds Maintenance Ltd", "aliases": []},
        {"name": "Much Pellingham Village Hall Management Committee", "aliases": ["Village Hall Management Committee"]},
        {"name": "Lorneshire Association of Local Councils", "aliases": []},
        {"name": "Wyvern Play Inspections Ltd", "aliases": []},
        {"name": "Much Pellingham Pre-School", "aliases": []},
        {"name": "Garside Audit Services", "aliases": []},
        {"name": "Royal British Legion (Much Pellingham Branch)", "aliases": []},
        {"name": "Pellingham Brook Flood Action Group", "aliases": []},
        {"name": "Lorneshire Rural Community Council", "aliases": []},
    ],
    "dates": [
        {"text": "Monday 3rd March 2025", "iso": "2025-03-03", "what": "meeting date"},
        {"text": "Monday 3rd February 2025", "iso": "2025-02-03", "what": "previous meeting (minutes approved)"},
        {"text": "20th February 2025", "iso": "2025-02-20", "what": "Tenbridge District Council set its budget"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "council tax year of the Band D rise"},
        {"text": "14th April 2025", "iso": "2025-04-14", "what": "Local Plan Review (Regulation 18) consultation closes"},
        {"text": "summer 2025", "iso": "2025", "what": "Brook Road resurfacing programmed"},
        {"text": "14th March 2025", "iso": "2025-03-14", "what": "deadline to submit objection to 25/00203/FUL"},
        {"text": "28th February 2025", "iso": "2025-02-28", "what": "bank reconciliation date"},
        {"text": "2024/25", "iso": "2024-04/2025-03", "what": "year of internal audit appointment"},
        {"text": "end of April 2025", "iso": "2025-04", "what": "Community Speedwatch volunteers' training"},
        {"text": "Monday 12th May 2025", "iso": "2025-05-12", "what": "Annual Parish Meeting (and Annual Meeting of the Parish Council)"},
        {"text": "Thursday 8th May 2025", "iso": "2025-05-08", "what": "VE Day 80 commemoration"},
        {"text": "27th March 2025", "iso": "2025-03-27", "what": "Lorneshire County Council Parish Highways Forum"},
        {"text": "Monday 7th April 2025", "iso": "2025-04-07", "what": "next meeting of the Council"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
