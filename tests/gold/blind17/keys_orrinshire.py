from lib import PDF, Lines, write_keys
from make_orrinshire import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


DCFO = "Deputy Chief Fire Officer (Owen Pryce)"

meetings = {
    "components": [{"title": "Orrinshire Fire and Rescue Authority – Minutes, 18 February 2025", "kind": "minutes",
                    "first_line": "ORRINSHIRE FIRE AND RESCUE AUTHORITY",
                    "start_line": L.find("ORRINSHIRE FIRE AND RESCUE AUTHORITY")}],
    "meetings": [{
        "body": "Fire and Rescue Authority", "authority": "Orrinshire Fire and Rescue Authority", "date": "2025-02-18",
        "time": "10:30", "venue": "Service Headquarters, Beacon Way, Harlsford",
        "attendees": [
            att("Councillor Margaret Elphick", "Chair", "present"),
            att("Councillor Dev Rathore", "Vice-Chair", "present"),
            att("Councillor Alan Beckwith", None, "present"),
            att("Councillor Sally Cordingley", None, "present"),
            att("Councillor Paul Etheridge", None, "present"),
            att("Councillor Hannah Fitzwilliam", None, "present"),
            att("Councillor Robert Gale", None, "present"),
            att("Councillor Yasmin Hussain", None, "present"),
            att("Councillor Neil Ingleby", None, "present"),
            att("Councillor Bernard Joliffe", None, "present"),
            att("Councillor Carol Kettering", None, "present"),
            att("Mr Anthony Grieve", "Independent Person", "also_present"),
            att("Lisa Marchant", "Chief Fire Officer", "in_attendance"),
            att("Owen Pryce", "Deputy Chief Fire Officer", "in_attendance"),
            att("Julian Stott", "Treasurer", "in_attendance"),
            att("Alison Reddy", "Monitoring Officer", "in_attendance"),
            att("Tom Neave", "Democratic Services Officer (minutes)", "in_attendance"),
            att("Councillor Frances Lyle", None, "apologies"),
            att("Councillor Martin Quayle", None, "apologies"),
            att("Councillor Rekha Varma", None, "apologies"),
        ],
        "apologies": ["Councillor Frances Lyle", "Councillor Martin Quayle", "Councillor Rekha Varma"],
        "items": [
            item("52", "Apologies for Absence"),
            item("53", "Declarations of Interest"),
            item("54", "Minutes of the Previous Meeting",
                 ["RESOLVED that the minutes of the meeting held on 10 December 2024 be confirmed as a correct record and signed by the Chair."]),
            item("55", "Chair’s Announcements"),
            item("56", "Revenue Budget 2025/26, Medium Term Financial Plan 2025/26 to 2028/29 and Council Tax Precept",
                 ["RESOLVED that: (a) the net revenue budget for 2025/26 of £48,372,000 be approved; (b) a Band D council tax precept of £94.66 for 2025/26, an increase of £4.99 (5.56%), be approved; (c) the Medium Term Financial Plan 2025/26 to 2028/29 be noted; and (d) the Treasurer be authorised to notify the billing authorities of the precept by 28 February 2025. (For 8, Against 2, Abstentions 1)"],
                 [A("the Treasurer be authorised to notify the billing authorities of the precept by 28 February 2025.",
                    "Treasurer (Julian Stott)", "2025-02-28")]),
            item("57", "Capital Programme 2025/26 to 2029/30 and Treasury Management Strategy 2025/26",
                 ["RESOLVED that the capital programme of £21.6m for 2025/26 to 2029/30, the Treasury Management Strategy 2025/26 and the Minimum Revenue Provision policy be approved."]),
            item("58", "Community Risk Management Plan 2025–2029",
                 ["RESOLVED that the Community Risk Management Plan 2025–2029 be approved for publication on 1 April 2025."],
                 [A("Members requested that the Deputy Chief Fire Officer bring a separate report on the crewing review at Harlsford West fire station before any change is made.",
                    DCFO),
                  A("The Chief Fire Officer will report progress against the CRMP action plan to the Authority every six months.",
                    "Chief Fire Officer (Lisa Marchant)")]),
            item("59", "HMICFRS Inspection Report 2024",
                 ["RESOLVED that the report be noted."],
                 [A("The Deputy Chief Fire Officer to present the improvement plan to the Audit and Governance Committee on 25 March 2025.",
                    DCFO, "2025-03-25")]),
            item("60", "Pay Policy Statement 2025/26",
                 ["RESOLVED that the Pay Policy Statement 2025/26 be approved for publication in accordance with the Localism Act 2011."]),
            item("61", "Minutes of Committees",
                 ["RESOLVED that the minutes of the meetings of the Audit and Governance Committee held on 21 January 2025 and the Appointments and Remuneration Committee held on 4 February 2025 be received."]),
            item("62", "Date of Next Meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Orrinshire Fire and Rescue Authority", "name": "Community Risk Management Plan 2025–2029 strategic priorities",
        "kind": "strategic_priority", "period": "2025–2029",
        "source_line": L.find("The Community Risk Management Plan (CRMP) sets out four strategic priorities"),
        "items": ["Prevent – helping people to stay safe in their homes and on the roads",
                  "Protect – keeping people safe in the buildings where they live, work and visit",
                  "Respond – getting the right resources to emergencies quickly",
                  "People – a skilled, diverse and healthy workforce"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Orrinshire Fire and Rescue Authority", "aliases": []},
        {"name": "Orrinshire Fire and Rescue Service", "aliases": []},
        {"name": "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services", "aliases": ["HMICFRS"]},
        {"name": "Audit and Governance Committee", "aliases": []},
        {"name": "Appointments and Remuneration Committee", "aliases": []},
    ],
    "dates": [
        {"text": "Tuesday 18 February 2025", "iso": "2025-02-18", "what": "meeting date"},
        {"text": "10 December 2024", "iso": "2024-12-10", "what": "previous Authority meeting (minutes confirmed)"},
        {"text": "13 March 2025", "iso": "2025-03-13", "what": "Member Development Day"},
        {"text": "Revenue Budget 2025/26", "iso": "2025-04/2026-03", "what": "revenue budget and precept year"},
        {"text": "2025/26 to 2028/29", "iso": "2025-04/2029-03", "what": "Medium Term Financial Plan period"},
        {"text": "£1.9m by 2028/29", "iso": "2028-04/2029-03", "what": "year of the forecast funding gap"},
        {"text": "28 February 2025", "iso": "2025-02-28", "what": "deadline to notify billing authorities of the precept"},
        {"text": "2025/26 to 2029/30", "iso": "2025-04/2030-03", "what": "capital programme period"},
        {"text": "Community Risk Management Plan 2025–2029", "iso": "2025/2029", "what": "CRMP period"},
        {"text": "5 January 2025", "iso": "2025-01-05", "what": "end of CRMP public consultation (eight weeks)"},
        {"text": "1 April 2025", "iso": "2025-04-01", "what": "CRMP publication"},
        {"text": "HMICFRS Inspection Report 2024", "iso": "2024", "what": "year of the HMICFRS inspection report"},
        {"text": "22 January 2025", "iso": "2025-01-22", "what": "HMICFRS inspection report published"},
        {"text": "25 March 2025", "iso": "2025-03-25", "what": "Audit and Governance Committee (improvement plan)"},
        {"text": "21 January 2025", "iso": "2025-01-21", "what": "Audit and Governance Committee meeting (minutes received)"},
        {"text": "4 February 2025", "iso": "2025-02-04", "what": "Appointments and Remuneration Committee meeting (minutes received)"},
        {"text": "Tuesday 15 April 2025", "iso": "2025-04-15", "what": "next meeting of the Authority"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
