from lib import PDF, Lines, write_keys
from make_drumcashel import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Ardlenagh County Council – Minutes of the Monthly Meeting of Drumcashel Municipal District, 14 April 2025",
                    "kind": "minutes", "first_line": "Comhairle Contae Ard Léanach",
                    "start_line": L.find("Comhairle Contae Ard Léanach")}],
    "meetings": [{
        "body": "Drumcashel Municipal District", "authority": "Ardlenagh County Council", "date": "2025-04-14",
        "time": "10:00", "venue": "Council Chamber, Drumcashel Area Office, Market Square, Drumcashel",
        "attendees": [
            att("Cllr Máire Ní Bhriain", "Cathaoirleach", "present"),
            att("Cllr Pádraig Colgan", "Leas-Chathaoirleach", "present"),
            att("Cllr Seán Mac Giolla Rua", None, "present"),
            att("Cllr Bríd Hanrahan", None, "present"),
            att("Cllr Tom Fennelly", None, "present"),
            att("Cllr Eamon Staunton", None, "virtual"),
            att("Mr Declan Furlong", "Director of Services", "in_attendance"),
            att("Ms Aoife Tierney", "Senior Engineer", "in_attendance"),
            att("Mr Kieran Doherty", "Senior Executive Officer, Housing", "in_attendance"),
            att("Ms Louise Grogan", "Area Administrator", "in_attendance"),
            att("Ms Gráinne Quirke", "Meetings Administrator", "in_attendance"),
            att("Cllr Noel Ruttledge", None, "apologies"),
        ],
        "apologies": ["Cllr Noel Ruttledge"],
        "items": [
            item("1", "Confirmation of Minutes of Monthly Meeting held on 10th March 2025", [
                "Proposed by Cllr Tom Fennelly, seconded by Cllr Bríd Hanrahan, it was agreed that the minutes of the Monthly Meeting of Drumcashel Municipal District held on 10th March 2025 be confirmed.",
            ]),
            item("2", "Matters Arising", [], [
                A("Ms Tierney undertook to have the replacement public lighting at Bóthar na Trá installed by the end of May 2025.",
                  "Ms Aoife Tierney", "2025-05"),
            ]),
            item("3", "Schedule of Municipal District Works 2025", [
                "Proposed by Cllr Pádraig Colgan, seconded by Cllr Eamon Staunton, it was agreed to adopt the Schedule of Municipal District Works 2025 as presented.",
            ], [
                A("Ms Tierney agreed to assess the L-4207 at Carrowkeel and report back to the June 2025 meeting.",
                  "Ms Aoife Tierney", "2025-06"),
            ]),
            item("4", "Part 8 Planning – Proposed Drumcashel Town Centre Public Realm Enhancement Scheme (Market Square and Bridge Street)", [
                "Proposed by Cllr Bríd Hanrahan, seconded by Cllr Máire Ní Bhriain, it was agreed to recommend to the meeting of Ardlenagh County Council on 26th May 2025 that the proposed development proceed as set out in the Chief Executive’s Report, subject to the modifications set out in Section 6 of that report.",
            ]),
            item("5", "Community and Amenity Grants 2025", [
                "Proposed by Cllr Seán Mac Giolla Rua, seconded by Cllr Tom Fennelly, it was agreed to approve the grant allocations in the schedule circulated at the meeting, totalling €64,300.",
            ], [
                A("Ms Grogan to notify all applicants of the outcome by 2nd May 2025.", "Ms Louise Grogan", "2025-05-02"),
            ]),
            item("6", "Housing Update", ["The report was noted."], [
                A("Mr Doherty agreed to arrange a site visit for members before the summer recess.", "Mr Kieran Doherty"),
            ]),
            item("7", "Correspondence", ["The correspondence was noted."]),
            item("8", "Notice of Motion in the name of Cllr Eamon Staunton", [
                "Proposed by Cllr Eamon Staunton, seconded by Cllr Pádraig Colgan, the motion was agreed.",
            ], [
                A("the Council will write to TII requesting a special speed limit at this location.",
                  "Ardlenagh County Council"),
            ]),
            item("9", "Notice of Motion in the name of Cllr Bríd Hanrahan", [
                "Proposed by Cllr Bríd Hanrahan, seconded by Cllr Tom Fennelly, the motion was agreed.",
            ], [
                A("the Council will include the seating in its application under the Town and Village Renewal Scheme 2025, which closes on 30th May 2025",
                  "Ardlenagh County Council", "2025-05-30"),
            ]),
            item("10", "Any Other Business"),
            item("11", "Date of Next Meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Ardlenagh County Council", "aliases": ["Comhairle Contae Ard Léanach"]},
        {"name": "Drumcashel Municipal District", "aliases": ["Ceantar Bardasach Dhroim Caisil"]},
        {"name": "Department of Transport", "aliases": []},
        {"name": "Transport Infrastructure Ireland", "aliases": ["TII"]},
        {"name": "Uisce Éireann", "aliases": []},
        {"name": "Clann Nua Housing Association CLG", "aliases": []},
        {"name": "Lisheenbeg National School", "aliases": []},
        {"name": "Drumcashel Gaels GAA Club", "aliases": []},
    ],
    "dates": [
        {"text": "Monday 14th April 2025", "iso": "2025-04-14", "what": "meeting date"},
        {"text": "10th March 2025", "iso": "2025-03-10", "what": "previous monthly meeting (minutes confirmed)"},
        {"text": "end of May 2025", "iso": "2025-05", "what": "replacement public lighting at Bóthar na Trá installed"},
        {"text": "June 2025", "iso": "2025-06", "what": "meeting for the L-4207 Carrowkeel report"},
        {"text": "6th January to 17th February 2025", "iso": "2025-01-06/2025-02-17", "what": "Part 8 public consultation period"},
        {"text": "26th May 2025", "iso": "2025-05-26", "what": "meeting of Ardlenagh County Council to decide the Part 8 scheme"},
        {"text": "2nd May 2025", "iso": "2025-05-02", "what": "deadline to notify grant applicants"},
        {"text": "19th March 2025", "iso": "2025-03-19", "what": "TII funding letter"},
        {"text": "28th April 2025", "iso": "2025-04-28", "what": "start of Chapel Street watermain works"},
        {"text": "30th May 2025", "iso": "2025-05-30", "what": "Town and Village Renewal Scheme 2025 closing date"},
        {"text": "Friday 9th May 2025", "iso": "2025-05-09", "what": "Civic Reception for Drumcashel Gaels"},
        {"text": "Monday 12th May 2025", "iso": "2025-05-12", "what": "next meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
