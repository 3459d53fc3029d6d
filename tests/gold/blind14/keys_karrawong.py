from lib import PDF, Lines, actor, att, date_lines, item, write_keys
from make_karrawong import STEM

L = Lines(PDF / f"{STEM}.pdf")
A = actor(L)


def it(number, title, resolution=None, no=None, actions=(), ref=None):
    d = item(number, title, [resolution] if resolution else [], actions, ref=ref)
    if no:
        d["note"] = f"Council Resolution {no}"
    return d


meetings = {
    "components": [{"title": "Karrawong Regional Council – Minutes of the Special Council Meeting, 12 March 2025",
                    "kind": "minutes", "first_line": "Karrawong Regional Council",
                    "start_line": L.find("Karrawong Regional Council Special Council Meeting Minutes")}],
    "meetings": [{
        "body": "Karrawong Regional Council", "authority": "Karrawong Regional Council", "date": "2025-03-12",
        "time": "09:00", "venue": "Council Chambers, 45 Bligh Street, Tallaroo",
        "meeting_type": "Special Council Meeting",
        "attendees": [
            att("Cr K Evans", "Mayor", "present"),
            att("Cr L Thompson", "Deputy Mayor", "present"),
            att("Cr B Murray", None, "present"),
            att("Cr D Nguyen", None, "present"),
            att("Cr S O’Rourke", None, "present"),
            att("Cr P Whitby", None, "present"),
            att("Cr J Colquhoun", None, "virtual"),
            att("Mr R Hale", "General Manager", "in_attendance"),
            att("Ms T Burgess", "Director Corporate and Community", "in_attendance"),
            att("Mr G Pappas", "Director Infrastructure Services", "in_attendance"),
            att("Ms A Kovac", "Chief Financial Officer", "in_attendance"),
            att("Ms J Reardon", "Governance Officer", "in_attendance"),
            att("Cr F Haslam", None, "apologies"),
        ],
        "apologies": ["Cr F Haslam"],
        "items": [
            it("1", "OPENING OF MEETING"),
            it("2", "ACKNOWLEDGEMENT OF COUNTRY"),
            it("3", "APOLOGIES AND APPLICATIONS FOR A LEAVE OF ABSENCE BY COUNCILLORS",
               "That the apology received from Cr F Haslam be accepted and leave of absence granted.", "SCM25/01"),
            it("4", "DISCLOSURES OF INTERESTS"),
            it("5", "REPORTS OF THE GENERAL MANAGER"),
            it("5.1", "DRAFT OPERATIONAL PLAN 2025/26, BUDGET AND FEES AND CHARGES – PUBLIC EXHIBITION",
               "That Council: 1. Place the draft Operational Plan 2025/26, Budget and Fees and Charges on public exhibition for 28 days from 17 March 2025. 2. Amend the draft Fees and Charges to hold pool entry fees at 2024/25 levels. 3. Receive a report on submissions at the Ordinary Council Meeting on 23 April 2025.",
               "SCM25/02",
               [A("The General Manager undertook to provide Councillors with a breakdown of the rate increase by rating category before 17 March 2025.",
                  "Mr R Hale (General Manager)", "2025-03-17")], ref="F25/112"),
            it("5.2", "TALLAROO AQUATIC CENTRE REDEVELOPMENT – TENDER T2025-04",
               "That Council: 1. Accept the tender from Coastline Built Pty Ltd for the Tallaroo Aquatic Centre Redevelopment (Tender T2025-04) for the sum of $14,860,000 (excluding GST). 2. Authorise the General Manager to execute the contract and any associated documents.",
               "SCM25/03", ref="T2025-04"),
            it("5.3", "SUBMISSION – DRAFT UPPER KARRA RIVER REGIONAL WATER STRATEGY",
               "That Council endorse the submission on the draft Upper Karra River Regional Water Strategy at Attachment 1.",
               "SCM25/04",
               [A("The Director Infrastructure Services will lodge the submission before the closing date of 28 March 2025.",
                  "Mr G Pappas (Director Infrastructure Services)", "2025-03-28")], ref="F24/887"),
            it("6", "CLOSE OF MEETING"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Karrawong Regional Council", "name": "five themes of the Community Strategic Plan, Karrawong 2035",
        "kind": "focus_area", "period": "to 2035", "source_line": L.find("five themes of the Community Strategic Plan"),
        "items": ["A connected and inclusive community", "A prosperous regional economy",
                  "A sustainable natural environment", "Reliable infrastructure and services",
                  "Strong leadership and civic participation"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Karrawong Regional Council", "aliases": []},
        {"name": "Tallaroo Amateur Swimming Club", "aliases": []},
        {"name": "Independent Pricing and Regulatory Tribunal", "aliases": ["IPART"]},
        {"name": "Coastline Built Pty Ltd", "aliases": []},
        {"name": "Department of Water and Catchments", "aliases": []},
    ],
    "dates": date_lines(L, [
        {"text": "Wednesday 12 March 2025", "iso": "2025-03-12", "what": "meeting date"},
        {"text": "2025/26", "iso": "2025-07/2026-06", "what": "Operational Plan / budget / rate peg year (Australian financial year)"},
        {"text": "2022–2026", "iso": "2022/2026", "what": "Delivery Program period"},
        {"text": "Karrawong 2035", "iso": "2035", "what": "Community Strategic Plan horizon"},
        {"text": "17 March 2025", "iso": "2025-03-17", "what": "start of 28-day public exhibition"},
        {"text": "23 April 2025", "iso": "2025-04-23", "what": "Ordinary Council Meeting to receive report on submissions"},
        {"text": "2024/25", "iso": "2024-07/2025-06", "what": "year of pool entry fee levels held"},
        {"text": "17 March 2025", "iso": "2025-03-17", "what": "deadline for rate increase breakdown to Councillors",
         "after": L.find("The General Manager undertook") - 1},
        {"text": "28 March 2025", "iso": "2025-03-28", "what": "closing date for submissions on the draft regional water strategy"},
    ]),
}

write_keys(STEM, meetings, facts)
