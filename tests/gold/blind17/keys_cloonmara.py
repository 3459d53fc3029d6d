from lib import PDF, Lines, write_keys
from make_cloonmara import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Glencarra County Council – Minutes of the February Meeting of the Cloonmara Municipal District, 10th February 2025",
                    "kind": "minutes", "first_line": "Comhairle Contae Ghleann Cara",
                    "start_line": L.find("Comhairle Contae Ghleann Cara")}],
    "meetings": [{
        "body": "Cloonmara Municipal District", "authority": "Glencarra County Council", "date": "2025-02-10",
        "time": "10:00", "venue": "Council Chamber, Civic Offices, Cloonmara",
        "attendees": [
            att("Cllr Declan Furlong", "Cathaoirleach", "present"),
            att("Cllr Áine Ní Bhriain", "Leas-Chathaoirleach", "present"),
            att("Cllr Pádraig Moloney", None, "present"),
            att("Cllr Siobhán Carbery", None, "present"),
            att("Cllr Tomás Egan", None, "present"),
            att("Cllr Majella Hynes", None, "present"),
            att("Ms Fionnuala Brophy", "Director of Services", "in_attendance"),
            att("Mr Ciarán Lyster", "District Engineer", "in_attendance"),
            att("Mr Kevin Dunphy", "Senior Executive Engineer, Roads", "in_attendance"),
            att("Ms Orla Keaveney", "Senior Executive Officer", "in_attendance"),
            att("Ms Gráinne Tuohy", "Meetings Administrator", "in_attendance"),
            att("Cllr Noel Garrihy", None, "apologies"),
        ],
        "apologies": ["Cllr Noel Garrihy"],
        "items": [
            item("1", "Confirmation of Minutes",
                 ["On the proposal of Cllr Egan, seconded by Cllr Hynes, the minutes of the Cloonmara Municipal District meeting held on 13th January 2025 were confirmed."]),
            item("2", "Votes of Sympathy and Congratulations"),
            item("3", "Matters Arising"),
            item("4", "Schedule of Municipal District Works 2025",
                 ["On the proposal of Cllr Carbery, seconded by Cllr Ní Bhriain, it was agreed to adopt the Schedule of Municipal District Works 2025 for the Cloonmara Municipal District."],
                 [A("Mr Lyster agreed to consider this at the mid-year review in July 2025.", "Mr Ciarán Lyster", "2025-07")]),
            item("5", "General Municipal Allocation 2025",
                 ["On the proposal of Cllr Hynes, seconded by Cllr Egan, it was agreed to allocate the GMA as follows: (a) Community and Amenity Grants Scheme – €60,000; (b) Tidy Towns and Amenity Groups – €35,000; (c) Festivals and Events – €25,000; (d) Christmas Lighting – €18,000; and (e) Town Twinning and Civic Receptions – €12,000."]),
            item("6", "Part 8 – Proposed Cloonmara Town Centre Public Realm Enhancement Scheme, Market Square and Bridge Street, Cloonmara",
                 ["On the proposal of Cllr Ní Bhriain, seconded by Cllr Moloney, it was agreed to recommend to the full Council that the proposed development proceed as set out in the Chief Executive’s report, and that the report be placed before the meeting of Glencarra County Council on 24th February 2025."],
                 [A("Ms Brophy confirmed that a Parking Management Plan will be prepared by the Roads Section before construction commences.",
                    "Roads Section (Glencarra County Council)")]),
            item("7", "Taking in Charge – Cnoc na Gréine, Cloonmara",
                 ["It was agreed, on the proposal of Cllr Furlong, seconded by Cllr Carbery, to initiate the procedure under Section 180 of the Planning and Development Act 2000 for the taking in charge of the Cnoc na Gréine estate, Cloonmara."]),
            item("8", "Notice of Motion – Cllr Majella Hynes",
                 ["The motion, proposed by Cllr Hynes and seconded by Cllr Furlong, was agreed."],
                 [A("That Cloonmara Municipal District requests Glencarra County Council to carry out a speed limit review on the regional road at Drumkeel National School and to install flashing amber school warning signs before the start of the 2025/26 school year.",
                    "Glencarra County Council", "2025-09"),
                  A("Mr Dunphy undertook to report back to the April meeting on the funding application.", "Mr Kevin Dunphy", "2025-04")]),
            item("9", "Correspondence", ["The correspondence was noted."]),
            item("10", "Any Other Business", [],
                 [A("Ms Keaveney agreed to arrange a safety inspection and to report to the Members.", "Ms Orla Keaveney")]),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Glencarra County Council", "aliases": ["Comhairle Contae Ghleann Cara"]},
        {"name": "Cloonmara Municipal District", "aliases": []},
        {"name": "Drumkeel GAA Club", "aliases": []},
        {"name": "ESB Networks", "aliases": []},
        {"name": "Department of Transport", "aliases": []},
        {"name": "Drumkeel National School", "aliases": []},
        {"name": "Uisce Éireann", "aliases": []},
    ],
    "dates": [
        {"text": "Monday 10th February 2025", "iso": "2025-02-10", "what": "meeting date"},
        {"text": "13th January 2025", "iso": "2025-01-13", "what": "previous meeting (minutes confirmed)"},
        {"text": "week of 17th March 2025", "iso": "2025-03-17", "what": "ESB Networks connection of public lighting at Lisheen Cross"},
        {"text": "Schedule of Municipal District Works 2025", "iso": "2025", "what": "works programme year"},
        {"text": "July 2025", "iso": "2025-07", "what": "mid-year review of the works programme"},
        {"text": "3rd March 2025", "iso": "2025-03-03", "what": "Community and Amenity Grants Scheme applications open"},
        {"text": "4th April 2025", "iso": "2025-04-04", "what": "Community and Amenity Grants Scheme applications close"},
        {"text": "4th November 2024 to 16th December 2024", "iso": "2024-11-04/2024-12-16", "what": "Part 8 public consultation period"},
        {"text": "24th February 2025", "iso": "2025-02-24", "what": "meeting of Glencarra County Council (Part 8 report)"},
        {"text": "2025/26 school year", "iso": "2025-09/2026-06", "what": "school warning signs to be installed before its start"},
        {"text": "May 2025", "iso": "2025-05", "what": "draft Special Speed Limit Bye-Laws public consultation"},
        {"text": "28th January 2025", "iso": "2025-01-28", "what": "date of Uisce Éireann letter"},
        {"text": "Q3 2025", "iso": "2025-07/2025-09", "what": "Cloonmara Wastewater Treatment Plant upgrade to commence"},
        {"text": "Monday 10th March 2025", "iso": "2025-03-10", "what": "next meeting of the Municipal District"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
