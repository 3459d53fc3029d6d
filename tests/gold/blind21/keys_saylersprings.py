from lib import PDF, Lines, write_keys
from make_saylersprings import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "City of Sayler Springs – City Council Regular Meeting Minutes, May 20, 2025",
                    "kind": "minutes", "first_line": "CITY OF SAYLER SPRINGS",
                    "start_line": L.find("CITY OF SAYLER SPRINGS")}],
    "meetings": [{
        "body": "City Council", "authority": "City of Sayler Springs", "date": "2025-05-20", "time": "18:00",
        "venue": "Council Chambers, City Hall, 410 Main Street, Sayler Springs, Colorado",
        "attendees": [
            att("Dana Whitfield", "Mayor", "present"),
            att("Luis Carranza", "Mayor Pro Tem", "present"),
            att("Ruth Okafor", "Councilmember", "present"),
            att("Brent Hollis", "Councilmember", "present"),
            att("Annika Voss", "Councilmember", "present"),
            att("Terrence Bly", "Councilmember", "absent"),
            att("Gloria Estrada", "City Manager", "in_attendance"),
            att("Mark Feinberg", "City Attorney", "in_attendance"),
            att("Janet Whorley", "City Clerk", "in_attendance"),
            att("Howard Lin", "Community Development Director", "in_attendance"),
            att("Samuel Ortiz", "Public Works Director", "in_attendance"),
            att("Priya Raman", "Finance Director", "in_attendance"),
        ],
        "apologies": [],
        "items": [
            item("1", "CALL TO ORDER"),
            item("2", "PLEDGE OF ALLEGIANCE"),
            item("3", "ROLL CALL"),
            item("4", "PUBLIC COMMENT ON ITEMS NOT ON THE AGENDA"),
            item("5", "CONSENT CALENDAR", [
                "Motion by Councilmember Okafor, second by Mayor Pro Tem Carranza, to approve Consent Calendar Items A through D and F. Motion carried 4-0.",
                "Motion by Councilmember Hollis, second by Councilmember Voss, to award the contract to Front Range Paving Co. in an amount not to exceed $642,000 and to authorize the City Manager to approve change orders up to the contingency amount. Motion carried 5-0.",
            ]),
            item("6", "PUBLIC HEARING: APPEAL OF PLANNING COMMISSION APPROVAL OF CONDITIONAL USE PERMIT CUP-24-09 (RIDGEVIEW SELF STORAGE, 2200 KESSLER ROAD)", [
                "Motion by Mayor Pro Tem Carranza, second by Councilmember Voss, to adopt Resolution No. 2025-32, denying the appeal and upholding the Planning Commission’s approval of CUP-24-09, subject to an added condition limiting gate access to the hours of 6:00 a.m. to 10:00 p.m. Motion carried 3-2.",
            ], [
                A("Council directed the City Manager to return with a status report on the proposed traffic signal at Kessler Road and Aspen Drive at the July 15, 2025 regular meeting.",
                  "Gloria Estrada (City Manager)", "2025-07-15"),
            ]),
            item("7", "FISCAL YEAR 2025-26 PROPOSED OPERATING AND CAPITAL BUDGET – STUDY SESSION", [], [
                A("Council directed Finance Director Raman to return with the final budget for adoption at the June 17, 2025 regular meeting, including an option that phases the water rate adjustment over two years.",
                  "Priya Raman (Finance Director)", "2025-06-17"),
            ]),
            item("8", "RESOLUTION NO. 2025-33 – APPROVING A MEMORANDUM OF UNDERSTANDING WITH THE SAYLER SPRINGS POLICE OFFICERS’ ASSOCIATION FOR THE PERIOD JULY 1, 2025 THROUGH JUNE 30, 2028", [
                "Motion by Councilmember Okafor, second by Councilmember Hollis, to adopt Resolution No. 2025-33. Motion carried 5-0.",
            ]),
            item("9", "RESOLUTION NO. 2025-34 – AUTHORIZING AN APPLICATION TO THE COLORADO DEPARTMENT OF LOCAL AFFAIRS FOR AN ENERGY AND MINERAL IMPACT ASSISTANCE FUND GRANT", [
                "Motion by Councilmember Voss, second by Mayor Pro Tem Carranza, to adopt Resolution No. 2025-34. Motion carried 5-0.",
            ], [
                A("The City Manager will submit the application by the August 1, 2025 deadline.",
                  "Gloria Estrada (City Manager)", "2025-08-01"),
            ]),
            item("10", "COUNCIL AND STAFF REPORTS", [], [
                A("Councilmember Okafor requested that staff agendize a discussion of downtown parking time limits at a future meeting; there was consensus to do so.",
                  "City staff"),
            ]),
            item("11", "ADJOURNMENT"),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "City of Sayler Springs", "aliases": ["Sayler Springs City Council"]},
        {"name": "Planning Commission", "aliases": []},
        {"name": "Front Range Paving Co.", "aliases": []},
        {"name": "Kessler Road Neighbors Association", "aliases": []},
        {"name": "Ridgeview Storage Partners LLC", "aliases": ["Ridgeview Self Storage"]},
        {"name": "Sayler Springs Police Officers’ Association", "aliases": []},
        {"name": "Colorado Department of Local Affairs", "aliases": []},
        {"name": "Sayler Valley Regional Transit Authority", "aliases": []},
    ],
    "dates": [
        {"text": "Tuesday, May 20, 2025", "iso": "2025-05-20", "what": "meeting date"},
        {"text": "May 6, 2025", "iso": "2025-05-06", "what": "previous regular meeting (minutes approved on consent)"},
        {"text": "April 26 – May 9, 2025", "iso": "2025-04-26/2025-05-09", "what": "warrant register period"},
        {"text": "2025 Pavement Preservation Program", "iso": "2025", "what": "pavement preservation program year"},
        {"text": "March 31, 2025", "iso": "2025-03-31", "what": "quarter end of the Treasurer's Investment Report"},
        {"text": "April 10, 2025", "iso": "2025-04-10", "what": "Planning Commission approved CUP-24-09"},
        {"text": "April 21, 2025", "iso": "2025-04-21", "what": "appeal filed"},
        {"text": "July 15, 2025", "iso": "2025-07-15", "what": "regular meeting for the traffic signal status report"},
        {"text": "July 1, 2025 to June 30, 2026", "iso": "2025-07-01/2026-06-30", "what": "fiscal year 2025-26 budget period"},
        {"text": "June 17, 2025", "iso": "2025-06-17", "what": "regular meeting for final budget adoption"},
        {"text": "JULY 1, 2025 THROUGH JUNE 30, 2028", "iso": "2025-07-01/2028-06-30", "what": "term of the police officers' MOU"},
        {"text": "August 1, 2025", "iso": "2025-08-01", "what": "grant application deadline"},
        {"text": "May 14, 2025", "iso": "2025-05-14", "what": "Sayler Valley Regional Transit Authority board meeting"},
        {"text": "Monday, May 26, 2025", "iso": "2025-05-26", "what": "City offices closed for Memorial Day"},
        {"text": "Tuesday, June 3, 2025", "iso": "2025-06-03", "what": "next regular meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
