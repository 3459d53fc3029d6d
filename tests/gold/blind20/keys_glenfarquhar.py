from lib import PDF, Lines, write_keys
from make_glenfarquhar import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


SEC, TREAS = "Secretary (Fiona Riddell)", "Treasurer (Euan Petrie)"

meetings = {
    "components": [{"title": "Glenfarquhar Community Council – Minutes of the Ordinary Meeting, 11 February 2025",
                    "kind": "minutes", "first_line": "GLENFARQUHAR COMMUNITY COUNCIL",
                    "start_line": L.find("GLENFARQUHAR COMMUNITY COUNCIL")}],
    "meetings": [{
        "body": "Glenfarquhar Community Council", "authority": "Glenfarquhar Community Council",
        "date": "2025-02-11", "time": "19:30", "venue": "Glenfarquhar Village Hall",
        "attendees": [
            att("Moira Lindsay", "Chair", "present"),
            att("Alasdair Buchan", "Vice-Chair", "present"),
            att("Fiona Riddell", "Secretary", "present"),
            att("Euan Petrie", "Treasurer", "present"),
            att("Catriona Munro", None, "present"),
            att("Douglas Ure", None, "present"),
            att("Hamish Grieve", None, "present"),
            att("Cllr Ailsa Strachan", "Glens and Lyne Ward, Angusmuir Council", "in_attendance"),
            att("PC Gordon Lennie", "Police Scotland, Angusmuir North Community Policing Team", "in_attendance"),
            att("Cllr Neil Farquharson", "Glens and Lyne Ward", "apologies"),
            att("Shona Baird", None, "apologies"),
        ],
        "apologies": ["Cllr Neil Farquharson", "Shona Baird"],
        "items": [
            item("1", "Welcome and apologies"),
            item("2", "Declarations of interest"),
            item("3", "Minutes of the previous meeting",
                 ["The minutes of the meeting held on 14 January 2025 were approved, proposed by Euan Petrie and seconded by Catriona Munro."]),
            item("4", "Matters arising",
                 ["It was agreed that the Treasurer would reimburse Hamish Grieve £68.40 for the replacement pads.",
                  "The meeting agreed to write to Ardnashiel Estate to thank the estate for the tree and for the loan of its tractor."],
                 [A("The Secretary will chase a reply and copy in Cllr Strachan.", SEC),
                  A("It was agreed that the Treasurer would reimburse Hamish Grieve £68.40 for the replacement pads.", TREAS),
                  A("The meeting agreed to write to Ardnashiel Estate to thank the estate for the tree and for the loan of its tractor.", SEC)]),
            item("5", "Police report",
                 ["The meeting agreed to ask Angusmuir Council’s Roads Department to carry out a speed survey on Main Street before the summer term."],
                 [A("The meeting agreed to ask Angusmuir Council’s Roads Department to carry out a speed survey on Main Street before the summer term.", SEC)]),
            item("6", "Planning",
                 ["It was agreed that the community council would not object to the application but would ask that a visibility splay at the access onto the B9384 be made a condition of any consent."],
                 [A("It was agreed that the community council would not object to the application but would ask that a visibility splay at the access onto the B9384 be made a condition of any consent.", SEC)]),
            item("7", "Treasurer’s report", ["The Treasurer’s report was noted."]),
            item("8", "Glenfarquhar Community Action Plan 2025–2030",
                 ["After discussion, it was agreed that these four priorities would form the basis of the draft Community Action Plan 2025–2030, to be presented at a public drop-in on Saturday 29 March 2025.",
                  "The meeting agreed to apply to the Lyne Hill Windfarm Community Benefit Fund for £2,500 towards the costs of the drop-in and of printing the plan."],
                 [A("it was agreed that these four priorities would form the basis of the draft Community Action Plan 2025–2030, to be presented at a public drop-in on Saturday 29 March 2025.",
                    "Catriona Munro / working group", "2025-03-29"),
                  A("The Treasurer will submit the application before the fund’s deadline of 7 March 2025.", TREAS, "2025-03-07")]),
            item("9", "Community Resilience Plan",
                 ["It was agreed that the updated plan would be circulated to every household with the spring newsletter."],
                 [A("It was agreed that the updated plan would be circulated to every household with the spring newsletter.", SEC)]),
            item("10", "Councillor’s report"),
            item("11", "Correspondence",
                 ["It was agreed that Alasdair Buchan would attend the Forum meeting."],
                 [A("It was agreed that Alasdair Buchan would attend the Forum meeting.", "Vice-Chair (Alasdair Buchan)", "2025-03-06")]),
            item("12", "Any other competent business",
                 ["The meeting agreed to hold a spring litter pick on Saturday 5 April 2025 with equipment on loan from Keep Scotland Beautiful."],
                 [A("Hamish Grieve will organise the litter pick and publicise it on the community council’s Facebook page.",
                    "Hamish Grieve", "2025-04-05")]),
            item("13", "Date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [
        {"owner": "Police Scotland (Angusmuir North Community Policing Team)",
         "name": "local policing priorities for the Glens and Lyne ward", "kind": "priority", "period": "2024/25",
         "source_line": L.find("local policing priorities for the Glens and Lyne ward"),
         "items": ["road safety", "antisocial behaviour", "rural and wildlife crime", "doorstep and online fraud"]},
        {"owner": "Glenfarquhar Community Council", "name": "Glenfarquhar Community Action Plan 2025–2030 priorities",
         "kind": "priority", "period": "2025–2030",
         "source_line": L.find("Glenfarquhar Community Action Plan 2025–2030. Catriona Munro"),
         "items": ["affordable homes for local people", "broadband and mobile coverage", "safer roads and paths",
                   "a space for young people"]},
    ],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Glenfarquhar Community Council", "aliases": ["community council"]},
        {"name": "Angusmuir Council", "aliases": []},
        {"name": "Police Scotland", "aliases": []},
        {"name": "Ardnashiel Estate", "aliases": []},
        {"name": "Scottish Water", "aliases": []},
        {"name": "Angusmuir Community Councils’ Forum", "aliases": ["Forum"]},
        {"name": "Glenfarquhar Village Hall Committee", "aliases": []},
        {"name": "Keep Scotland Beautiful", "aliases": []},
    ],
    "dates": [
        {"text": "Tuesday 11 February 2025", "iso": "2025-02-11", "what": "meeting date"},
        {"text": "14 January 2025", "iso": "2025-01-14", "what": "previous meeting (minutes approved)"},
        {"text": "December", "iso": "2024-12", "what": "Secretary wrote to the Transport Team about the bus shelter"},
        {"text": "March 2025", "iso": "2025-03", "what": "Burnside path repairs programmed"},
        {"text": "6 January", "iso": "2025-01-06", "what": "Christmas tree removed (year inferred)"},
        {"text": "2024/25", "iso": "2024-04/2025-03", "what": "period of the local policing priorities"},
        {"text": "31 January 2025", "iso": "2025-01-31", "what": "Treasurer's balance date"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "Angusmuir Council administration grant year"},
        {"text": "2025–2030", "iso": "2025/2030", "what": "Community Action Plan period"},
        {"text": "31 January 2025", "iso": "2025-01-31", "what": "community survey closed", "after": "The community survey"},
        {"text": "Saturday 29 March 2025", "iso": "2025-03-29", "what": "public drop-in on the draft Community Action Plan"},
        {"text": "7 March 2025", "iso": "2025-03-07", "what": "Community Benefit Fund application deadline"},
        {"text": "November", "iso": "2024-11", "what": "Storm Eilidh power cut (year inferred)"},
        {"text": "26 February 2025", "iso": "2025-02-26", "what": "Angusmuir Council budget meeting"},
        {"text": "3 March 2025", "iso": "2025-03-03", "what": "start of Scottish Water mains works on Station Brae"},
        {"text": "6 March 2025", "iso": "2025-03-06", "what": "Angusmuir Community Councils' Forum meeting"},
        {"text": "Saturday 5 April 2025", "iso": "2025-04-05", "what": "spring litter pick"},
        {"text": "Tuesday 11 March 2025", "iso": "2025-03-11", "what": "next meeting"},
    ],
}
for d in facts["dates"]:
    after = d.pop("after", None)
    d["source_line"] = L.find(d["text"], L.find(after) - 1 if after else 0)

write_keys(STEM, meetings, facts)
