from lib import PDF, Lines, write_keys
from make_wandilla import STEM

L = Lines(PDF / f"{STEM}.pdf")
CEO = "Chief Executive Officer (Adrian Kessell)"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "City of Wandilla – Minutes of the Ordinary Council Meeting, 25 March 2025", "kind": "minutes",
                    "first_line": "CITY OF WANDILLA", "start_line": L.find("CITY OF WANDILLA")}],
    "meetings": [{
        "body": "Council", "authority": "City of Wandilla", "date": "2025-03-25", "time": "18:30",
        "venue": "Council Chamber, Wandilla Civic Centre, 14 Lyall Street, Wandilla",
        "attendees": [
            att("Maree Donnelly", "Mayor", "present"),
            att("Tomas Vukovic", "Deputy Mayor", "present"),
            att("Ellen Saddler", "Councillor", "present"),
            att("Rajiv Menon", "Councillor", "present"),
            att("Bronwyn Keogh", "Councillor", "present"),
            att("Paddy Lingard", "Councillor", "present"),
            att("Adrian Kessell", "Chief Executive Officer", "in_attendance"),
            att("Naomi Birch", "Director City Planning", "in_attendance"),
            att("Sam Okoro", "Director Corporate Services", "in_attendance"),
            att("Lucia Ferraro", "Director Community Wellbeing", "in_attendance"),
            att("Jess Tanaka", "Manager Governance", "in_attendance"),
            att("Simone Ferrante", "Councillor", "apologies"),
        ],
        "apologies": ["Simone Ferrante"],
        "items": [
            item("1", "OPENING OF MEETING AND ACKNOWLEDGEMENT OF COUNTRY"),
            item("2", "PRESENT"),
            item("3", "APOLOGIES"),
            item("4", "DECLARATIONS OF CONFLICT OF INTEREST"),
            item("5", "CONFIRMATION OF MINUTES",
                 ["That the minutes of the Ordinary Council Meeting held on 25 February 2025 be confirmed."]),
            item("6", "PUBLIC QUESTION TIME"),
            item("7", "PETITIONS"),
            item("7.1", "Petition – Pedestrian Crossing, Bellbird Road (214 signatures)",
                 ["That Council receive the petition and request the Director City Planning to report on the feasibility of a pedestrian crossing on Bellbird Road by June 2025."],
                 [A("request the Director City Planning to report on the feasibility of a pedestrian crossing on Bellbird Road by June 2025.",
                    "Director City Planning (Naomi Birch)", "2025-06")]),
            item("8", "CITY PLANNING"),
            item("8.1", "Planning Application PA2024/0187 – 27–31 Gillies Road, Wandilla – Construction of a four-storey mixed use building with ground floor shops and 38 dwellings",
                 ["That Council, having considered the application and the objections received, issue a Notice of Refusal to Grant a Planning Permit for PA2024/0187 on the following grounds: 1. The proposal does not respond to the preferred neighbourhood character of the Gillies Road precinct. 2. The proposal provides insufficient on-site car parking for residents and visitors."]),
            item("8.2", "Amendment C164 – Wandilla Activity Centre Structure Plan – Consideration of Panel Report and Adoption",
                 ["That Council: 1. Adopt Amendment C164 to the Wandilla Planning Scheme with the changes recommended by the Planning Panel in its report dated 12 February 2025; and 2. Submit the adopted Amendment to the Minister for Planning for approval."]),
            item("9", "COMMUNITY WELLBEING"),
            item("9.1", "Draft Council Plan 2025–2029 – Endorsement for Community Consultation",
                 ["That Council: 1. Endorse the draft Council Plan 2025–2029 for community consultation from 27 March 2025 to 28 April 2025; and 2. Note that the final Council Plan will be presented for adoption at the Ordinary Council Meeting on 24 June 2025."]),
            item("9.2", "Community Grants Program 2025–26 – Round 1 Allocations",
                 ["That Council approve 34 community grants totalling $212,450 as listed in Attachment 2."]),
            item("10", "CORPORATE SERVICES"),
            item("10.1", "Quarterly Financial Report – December 2024",
                 ["That Council note the Quarterly Financial Report for the period ending 31 December 2024."]),
            item("10.2", "Audit and Risk Committee – Minutes of Meeting held 4 March 2025",
                 ["That Council: 1. Note the minutes of the Audit and Risk Committee meeting held on 4 March 2025; 2. Reappoint Ms Geraldine Fyfe as an independent member of the Audit and Risk Committee for a further three-year term ending 31 March 2028; and 3. Request the Chief Executive Officer to report to Council by August 2025 on the implementation of the internal audit recommendations on procurement."],
                 [A("Request the Chief Executive Officer to report to Council by August 2025 on the implementation of the internal audit recommendations on procurement.",
                    CEO, "2025-08")]),
            item("11", "NOTICES OF MOTION"),
            item("11.1", "Notice of Motion No. 3/2025 – Cr Saddler – Accessible Public Toilet, Tallis Reserve",
                 ["That Council requests the Chief Executive Officer to prepare a report on the cost of installing an accessible public toilet at Tallis Reserve, for consideration in the 2025–26 Budget."],
                 [A("That Council requests the Chief Executive Officer to prepare a report on the cost of installing an accessible public toilet at Tallis Reserve, for consideration in the 2025–26 Budget.",
                    CEO)]),
            item("12", "URGENT BUSINESS"),
            item("13", "CLOSE OF MEETING"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "City of Wandilla", "name": "Draft Council Plan 2025–2029 strategic objectives", "kind": "objective",
        "period": "2025–2029", "source_line": L.find("draft Council Plan 2025–2029 was developed with"),
        "items": ["A connected and inclusive community", "A sustainable and resilient environment",
                  "Vibrant places and a thriving local economy", "Safe, well-planned neighbourhoods",
                  "A well-governed and responsive Council"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "City of Wandilla", "aliases": []},
        {"name": "Wandilla Neighbourhood House Inc.", "aliases": []},
        {"name": "Wandilla Community Panel", "aliases": []},
        {"name": "Audit and Risk Committee", "aliases": []},
    ],
    "dates": [
        {"text": "Tuesday 25 March 2025", "iso": "2025-03-25", "what": "meeting date"},
        {"text": "25 February 2025", "iso": "2025-02-25", "what": "previous Ordinary Council Meeting (minutes confirmed)"},
        {"text": "May 2025", "iso": "2025-05", "what": "Wirra Street footpath works programmed"},
        {"text": "June 2025", "iso": "2025-06", "what": "report on Bellbird Road pedestrian crossing due"},
        {"text": "12 February 2025", "iso": "2025-02-12", "what": "date of the Planning Panel report on Amendment C164"},
        {"text": "2025–2029", "iso": "2025/2029", "what": "Council Plan period"},
        {"text": "27 March 2025 to 28 April 2025", "iso": "2025-03-27/2025-04-28", "what": "community consultation on the draft Council Plan"},
        {"text": "24 June 2025", "iso": "2025-06-24", "what": "Ordinary Council Meeting to adopt the final Council Plan"},
        {"text": "2025–26", "iso": "2025-07/2026-06", "what": "financial year of the Community Grants Program round and of the Budget for the Tallis Reserve toilet"},
        {"text": "31 December 2024", "iso": "2024-12-31", "what": "end of quarter for the Quarterly Financial Report"},
        {"text": "4 March 2025", "iso": "2025-03-04", "what": "Audit and Risk Committee meeting"},
        {"text": "31 March 2028", "iso": "2028-03-31", "what": "end of independent member's reappointment term"},
        {"text": "August 2025", "iso": "2025-08", "what": "CEO report on internal audit recommendations due"},
        {"text": "Tuesday 22 April 2025", "iso": "2025-04-22", "what": "next Ordinary Council Meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
