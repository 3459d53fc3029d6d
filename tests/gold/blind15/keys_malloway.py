from lib import PDF, Lines, write_keys
from make_malloway import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


TABLE = L.find("ACTIONS ARISING")
CEO = "Chief Executive Officer (Mr Lachlan Ostrowski)"

meetings = {
    "components": [{"title": "Malloway Ports Authority – Minutes of Board Meeting No. 2025/02, 19 February 2025",
                    "kind": "minutes", "first_line": "MALLOWAY PORTS AUTHORITY",
                    "start_line": L.find("MALLOWAY PORTS AUTHORITY")}],
    "meetings": [{
        "body": "Board of Directors", "authority": "Malloway Ports Authority", "date": "2025-02-19", "time": "9.30 am",
        "venue": "Boardroom, Level 3, Harbourmaster’s Building, 1 Wharf Road, Port Malloway",
        "attendees": [
            att("Ms Rosalind Teague", "Chair", "present"),
            att("Mr Dominic Farrant", "Deputy Chair", "present"),
            att("Dr Ngaire Whitlock", None, "present"),
            att("Mr Col Brennan", None, "present"),
            att("Ms Priya Venkat", None, "virtual"),
            att("Mr Lachlan Ostrowski", "Chief Executive Officer (CEO)", "in_attendance"),
            att("Ms Mele Fonua", "Chief Financial Officer (CFO)", "in_attendance"),
            att("Capt. Hamish Dray", "Harbour Master (HM) – Items 5 and 6", "in_attendance"),
            att("Ms Tegan Moss", "Board Secretary", "in_attendance"),
            att("Mr Joel Kinnear", "Partner, Ashby Pell Auditors – Item 7.1", "in_attendance"),
            att("Mr Warrick Sallis", "Director", "apologies"),
        ],
        "apologies": ["Mr Warrick Sallis"],
        "items": [
            item("1", "OPENING, QUORUM AND APOLOGIES"),
            item("2", "DISCLOSURE OF INTERESTS"),
            item("3", "CONFIRMATION OF MINUTES",
                 ["That the minutes of Board Meeting No. 2024/11 held on 11 December 2024 be confirmed as a true and correct record."]),
            item("4", "BUSINESS ARISING AND ACTION REGISTER",
                 ["That the Board note the status of the Action Register."]),
            item("5", "CHIEF EXECUTIVE OFFICER’S REPORT",
                 ["That the Board receive the Chief Executive Officer’s Report for January 2025."]),
            item("5.1", "Trade Performance"),
            item("5.2", "Channel Maintenance Dredging", [],
                 [A("Circulate the dredging environmental monitoring report to Directors once received from the contractor",
                    "Harbour Master (Capt. Hamish Dray)", "2025-05-15", TABLE)]),
            item("6", "BERTH 4 LEASE – CORAL SEA BULK LOGISTICS PTY LTD",
                 ["That the Board: (a) approve the grant of a 10-year lease of Berth 4 to Coral Sea Bulk Logistics Pty Ltd commencing 1 July 2025, with one option of 5 years; and (b) authorise the Chief Executive Officer to execute the lease on behalf of the Authority."],
                 [A("Execute the Berth 4 lease and report completion to the Board", CEO, "2025-04-16", TABLE)]),
            item("7", "AUDIT AND RISK COMMITTEE"),
            item("7.1", "Half-Year Financial Statements",
                 ["That the Board adopt the half-year financial statements for the period ended 31 December 2024."],
                 [A("Lodge the adopted half-year financial statements with the Shareholding Minister",
                    "Chief Financial Officer (Ms Mele Fonua)", "2025-02-28", TABLE)]),
            item("7.2", "Strategic Risk Register", ["That the Board note the updated Strategic Risk Register."]),
            item("8", "PORT MASTER PLAN 2025–2045: CONSULTATION DRAFT",
                 ["That the Board endorse the Port Master Plan 2025–2045 consultation draft for public exhibition from 10 March 2025 to 21 April 2025."],
                 [A("Prepare a plain-English summary of the draft Port Master Plan for the exhibition", CEO, "2025-03-07", TABLE)]),
            item("9", "GENERAL BUSINESS", [],
                 [A("Prepare a briefing pack for the Minister’s visit", "Board Secretary (Ms Tegan Moss)", "2025-03-10", TABLE)]),
            item("10", "NEXT MEETING"),
            item("11", "CLOSURE"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Malloway Ports Authority", "name": "Port Master Plan 2025–2045 strategic directions",
        "kind": "strategic_priority", "period": "2025–2045", "source_line": L.find("Safe and efficient navigation"),
        "items": ["Safe and efficient navigation", "Capacity for future trade", "A resilient and sustainable port",
                  "Strong community and Traditional Owner partnerships", "Integrated landside transport"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Malloway Ports Authority", "aliases": ["MPA"]},
        {"name": "Ashby Pell Auditors", "aliases": []},
        {"name": "Coral Sea Bulk Logistics Pty Ltd", "aliases": []},
        {"name": "Department of Climate Change, Energy, the Environment and Water", "aliases": ["DCCEEW"]},
        {"name": "Port Malloway Regional Council", "aliases": []},
        {"name": "Audit and Risk Committee", "aliases": []},
        {"name": "Australian Cyber Security Centre", "aliases": []},
        {"name": "Malloway Chamber of Commerce", "aliases": []},
    ],
    "dates": [],
}


def D(text, iso, what, after=0):
    facts["dates"].append({"text": text, "iso": iso, "what": what, "source_line": L.find(text, after)})


D("Wednesday, 19 February 2025", "2025-02-19", "meeting date")
D("11 December 2024", "2024-12-11", "previous Board meeting (No. 2024/11), minutes confirmed")
D("January 2025", "2025-01", "month reported in the CEO's report (throughput)")
D("3 March 2025", "2025-03-03", "channel maintenance dredging starts")
D("30 April 2025", "2025-04-30", "channel maintenance dredging expected to finish")
D("1 July 2025", "2025-07-01", "Berth 4 lease commencement")
D("31 December 2024", "2024-12-31", "end of half-year reporting period")
D("5 February 2025", "2025-02-05", "Audit and Risk Committee meeting that considered the statements")
D("2025–2045", "2025/2045", "Port Master Plan period")
D("10 March 2025 to 21 April 2025", "2025-03-10/2025-04-21", "public exhibition of the draft Port Master Plan")
D("14 March 2025", "2025-03-14", "Minister for Ports' visit")
D("Wednesday, 16 April 2025", "2025-04-16", "next Board meeting")
D("15 May 2025", "2025-05-15", "due date, action A25/03", TABLE)
D("28 February 2025", "2025-02-28", "due date, action A25/05", TABLE)
D("7 March 2025", "2025-03-07", "due date, action A25/06", TABLE)
D("10 March 2025", "2025-03-10", "due date, action A25/07", TABLE)

write_keys(STEM, meetings, facts)
