from lib import PDF, Lines, write_keys
from make_thrushbury import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Thrushbury District Council – Minutes of the Overview and Scrutiny Committee, 14 October 2025",
                    "kind": "minutes", "first_line": "OVERVIEW AND SCRUTINY COMMITTEE",
                    "start_line": L.find("OVERVIEW AND SCRUTINY COMMITTEE MINUTES of a meeting")}],
    "meetings": [{
        "body": "Overview and Scrutiny Committee", "authority": "Thrushbury District Council", "date": "2025-10-14",
        "time": "18:30", "venue": "Council Chamber, Council Offices, Market Street, Thrushbury",
        "attendees": [
            att("Gareth Penhallow", "Chairman", "present"),
            att("Priya Venkatesan", "Vice-Chairman", "present"),
            att("Douglas Ashby", "Councillor", "present"),
            att("Nerys Calloway", "Councillor", "present"),
            att("Martin Drabble", "Councillor", "present"),
            att("Yvonne Esterhuizen", "Councillor", "present"),
            att("Callum Fairlie", "Councillor", "present"),
            att("Rosalind Hatt", "Councillor", "present"),
            att("Terence Oakhurst", "substitute for Councillor Imogen Brightwell", "present"),
            att("Sandra Whitlock", "Leader of the Council", "also_present"),
            att("Kieran Moyles", "Portfolio Holder for Housing and Homelessness", "also_present"),
            att("Helen Aspinall", "Director of Place", "in_attendance"),
            att("Jonathan Kerr", "Head of Housing Services", "in_attendance"),
            att("Beverley Tranter", "Parking and Transport Manager", "in_attendance"),
            att("Anwen Pryce", "Scrutiny Officer", "in_attendance"),
            att("Luke Garside", "Democratic Services Officer", "in_attendance"),
            att("Imogen Brightwell", "Councillor", "apologies"),
            att("Stuart Lanyon", "Councillor", "apologies"),
        ],
        "apologies": ["Imogen Brightwell", "Stuart Lanyon"],
        "items": [
            item("OSC/25/31", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
            item("OSC/25/32", "DECLARATIONS OF INTEREST"),
            item("OSC/25/33", "MINUTES",
                 ["RESOLVED that the minutes of the meeting of the Committee held on 9th September 2025 be approved as a correct record and signed by the Chairman."]),
            item("OSC/25/34", "PUBLIC PARTICIPATION"),
            item("OSC/25/35", "CALL-IN: CABINET DECISION CAB/25/58 – CAR PARKING CHARGES AND TARIFF REVIEW",
                 ["RESOLVED that: (a) the decision of Cabinet on 24th September 2025 (CAB/25/58) be referred back to Cabinet for reconsideration; (b) Cabinet be asked to consider the full equality impact assessment, in particular the effect on blue badge holders; (c) Cabinet be asked to consult the Thrushbury Town Traders’ Association and the Thrushbury Business Improvement District before taking a further decision; and (d) the Committee’s comments on free parking after 3 pm be forwarded to Cabinet."],
                 [A("ACTION: Democratic Services Officer to refer the decision to Cabinet for its meeting on 5th November 2025.",
                    "Democratic Services Officer (Luke Garside)", "2025-11-05"),
                  A("ACTION: Parking and Transport Manager to publish the business consultation responses on the Council’s website by 31st October 2025.",
                    "Parking and Transport Manager (Beverley Tranter)", "2025-10-31")]),
            item("OSC/25/36", "HOUSING REPAIRS PERFORMANCE – QUARTER 1 2025/26",
                 ["RESOLVED that: (a) the report be noted; (b) the Portfolio Holder be asked to provide a written update on damp and mould cases to each meeting of the Committee until March 2026; and (c) the Committee’s concern about emergency repairs performance be reported to Cabinet."],
                 [A("the Portfolio Holder be asked to provide a written update on damp and mould cases to each meeting of the Committee until March 2026",
                    "Portfolio Holder for Housing and Homelessness (Councillor Kieran Moyles)", "2026-03"),
                  A("ACTION: Head of Housing Services to circulate the damp and mould improvement plan to all members of the Committee by 24th October 2025.",
                    "Head of Housing Services (Jonathan Kerr)", "2025-10-24")]),
            item("OSC/25/37", "FLOOD RESILIENCE TASK AND FINISH GROUP – FINAL REPORT",
                 ["RESOLVED that the final report of the Flood Resilience Task and Finish Group be endorsed and its nine recommendations be submitted to Cabinet on 5th November 2025 for a response within two months."]),
            item("OSC/25/38", "CORPORATE PERFORMANCE AND BUDGET MONITORING – QUARTER 1 2025/26",
                 ["RESOLVED that the Quarter 1 performance and budget monitoring report be noted and that temporary accommodation costs be added to the work programme as a standing item."]),
            item("OSC/25/39", "WORK PROGRAMME 2025/26",
                 ["RESOLVED that the work programme for 2025/26 be agreed, subject to the addition of the leisure centre contract to the meeting on 13th January 2026."],
                 [A("ACTION: Scrutiny Officer to invite the Chief Executive of Thrushbury Leisure Trust to the meeting on 13th January 2026.",
                    "Scrutiny Officer (Anwen Pryce)", "2026-01-13")]),
            item("OSC/25/40", "DATE OF NEXT MEETING"),
        ],
    }],
}

p3 = L.find("Members were concerned at the number")
facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Thrushbury District Council", "aliases": []},
        {"name": "Overview and Scrutiny Committee", "aliases": []},
        {"name": "Thrushbury Homes Partnership", "aliases": []},
        {"name": "Thrushbury Town Traders’ Association", "aliases": []},
        {"name": "Thrushbury Business Improvement District", "aliases": []},
        {"name": "Calder Mainline Services Ltd", "aliases": []},
        {"name": "Housing Ombudsman", "aliases": []},
        {"name": "Flood Resilience Task and Finish Group", "aliases": ["Task and Finish Group"]},
        {"name": "Environment Agency", "aliases": []},
        {"name": "Marlshire County Council", "aliases": []},
        {"name": "Upper Thrush Internal Drainage Board", "aliases": []},
        {"name": "Ministry of Housing, Communities and Local Government", "aliases": []},
        {"name": "Thrushbury Leisure Trust", "aliases": []},
    ],
    "dates": [
        {"text": "Tuesday, 14th October 2025", "iso": "2025-10-14", "what": "meeting date"},
        {"text": "9th September 2025", "iso": "2025-09-09", "what": "previous meeting (minutes approved)"},
        {"text": "24th September 2025", "iso": "2025-09-24", "what": "Cabinet decision CAB/25/58 (called in)"},
        {"text": "1st January 2026", "iso": "2026-01-01", "what": "proposed start of new car park tariffs"},
        {"text": "2023/24", "iso": "2023-04/2024-03", "what": "car park income comparison year"},
        {"text": "5th November 2025", "iso": "2025-11-05", "what": "Cabinet meeting (call-in referral)"},
        {"text": "31st October 2025", "iso": "2025-10-31", "what": "deadline to publish business consultation responses"},
        {"text": "Quarter 1 2025/26", "iso": "2025-04/2025-06", "what": "housing repairs performance period"},
        {"text": "30th June 2025", "iso": "2025-06-30", "what": "open damp and mould cases count date"},
        {"text": "27th October 2025", "iso": "2025-10-27", "what": "Awaab’s Law applies to social landlords"},
        {"text": "December 2025", "iso": "2025-12", "what": "new housing case management system in place"},
        {"text": "March 2026", "iso": "2026-03", "what": "end of damp and mould written updates"},
        {"text": "24th October 2025", "iso": "2025-10-24", "what": "deadline to circulate damp and mould improvement plan"},
        {"text": "5th November 2025 for a response", "iso": "2025-11-05", "what": "flood report recommendations to Cabinet"},
        {"text": "Corporate Plan 2024–2028", "iso": "2024/2028", "what": "Corporate Plan period"},
        {"text": "December 2025", "iso": "2025-12", "what": "decision on MHCLG temporary accommodation funding bid expected", "after": p3 + 20},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "work programme year", "after": p3 + 30},
        {"text": "13th January 2026", "iso": "2026-01-13", "what": "Committee meeting (leisure centre contract)"},
        {"text": "Tuesday, 11th November 2025", "iso": "2025-11-11", "what": "next meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
