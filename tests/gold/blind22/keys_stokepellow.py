from lib import PDF, Lines, write_keys
from make_stokepellow import STEM

L = Lines(PDF / f"{STEM}.pdf")
CLERK = "Clerk (Mrs Alison Marrack)"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Stoke Pellow Parish Council – Minutes of the Ordinary Meeting, 8 July 2025", "kind": "minutes",
                    "first_line": "STOKE PELLOW PARISH COUNCIL", "start_line": L.find("STOKE PELLOW PARISH COUNCIL")}],
    "meetings": [{
        "body": "Stoke Pellow Parish Council", "authority": "Stoke Pellow Parish Council", "date": "2025-07-08",
        "time": "19:30", "venue": "Stoke Pellow Village Hall",
        "attendees": [
            att("Jenny Trevail", "Chairman", "present"),
            att("Robert Gilbey", "Vice-Chairman", "present"),
            att("Sue Penwarden", "Councillor", "present"),
            att("Mark Oldroyd", "Councillor", "present"),
            att("Hannah Leckie", "Councillor", "present"),
            att("Mrs Alison Marrack", "Clerk/RFO", "in_attendance"),
            att("Peter Haddock", "Councillor, Carnmoor Council", "in_attendance"),
            att("Gemma Rowe", "PCSO, Carnmoor and Tamarside Police", "in_attendance"),
            att("Dave Yeo", "Councillor", "apologies"),
        ],
        "apologies": ["Dave Yeo"],
        "items": [
            item("25/087", "Apologies for absence",
                 ["Apologies were received and accepted from Cllr Dave Yeo (work commitments)."]),
            item("25/088", "Declarations of interest"),
            item("25/089", "Minutes of the previous meeting",
                 ["RESOLVED that the minutes of the meeting held on 10 June 2025 be approved and signed by the Chairman as a true record."]),
            item("25/090", "Public participation", [],
                 [A("Clerk to ask Carnmoor Council for the latest speed survey data for Fore Street.", CLERK),
                  A("JT to put an appeal for Speedwatch volunteers in the August edition of the Pellow Post.",
                    "Jenny Trevail (JT)", "2025-08")]),
            item("25/091", "Reports from Carnmoor Council and the police"),
            item("25/092", "Planning",
                 ["PA25/04412 – Rose Cottage, Chapel Hill – two-storey rear extension. RESOLVED to support the application.",
                  "PA25/04530 – Land at Trewin Farm – siting of six holiday lodges with access track. RESOLVED to object on the grounds of highway safety on the B3291 and the impact on the Pellow Valley landscape."],
                 [A("Clerk to submit the Council’s comments to Carnmoor Council by 18 July 2025.", CLERK, "2025-07-18")]),
            item("25/093", "Finance",
                 ["RESOLVED to approve the payments listed, totalling £1,461.60.",
                  "The bank reconciliation to 30 June 2025 was noted, showing a combined balance of £28,914.37."],
                 [A("RG to carry out the quarterly internal control check before the next meeting.",
                    "Robert Gilbey (RG)", "2025-09-09")]),
            item("25/094", "Playing field and play area", [],
                 [A("MO to obtain three quotes for replacement swing seats for the September meeting.",
                    "Mark Oldroyd (MO)", "2025-09-09"),
                  A("HL to tighten the climbing frame bolt and record it in the inspection log.", "Hannah Leckie (HL)")]),
            item("25/095", "Highways and footpaths", [],
                 [A("RG to report the stile to Carnmoor Council’s Countryside Access Team online.", "Robert Gilbey (RG)")]),
            item("25/096", "Neighbourhood Development Plan",
                 ["RESOLVED to apply to Locality for a neighbourhood planning grant of £8,000 for 2025/26."],
                 [A("Clerk to submit the grant application by 31 July 2025.", CLERK, "2025-07-31")]),
            item("25/097", "Councillor vacancy",
                 ["RESOLVED to advertise the vacancy for co-option, with applications to be received by 29 August 2025 and co-option to take place at the September meeting."],
                 [A("Clerk to place the co-option notice on the noticeboards and the Council website.", CLERK)]),
            item("25/098", "Correspondence",
                 ["A letter from the Pellow Valley Community Land Trust inviting the Council to its open day on 2 August 2025 was noted."]),
            item("25/099", "Date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Stoke Pellow Parish Council", "aliases": []},
        {"name": "Carnmoor Council", "aliases": []},
        {"name": "Carnmoor and Tamarside Police", "aliases": []},
        {"name": "HMRC", "aliases": []},
        {"name": "Kernock Grounds Maintenance Ltd", "aliases": []},
        {"name": "Stoke Pellow Village Hall Committee", "aliases": []},
        {"name": "Parkway Play Inspections Ltd", "aliases": []},
        {"name": "Locality", "aliases": []},
        {"name": "Pellow Valley Community Land Trust", "aliases": []},
    ],
    "dates": [
        {"text": "Tuesday 8 July 2025", "iso": "2025-07-08", "what": "meeting date"},
        {"text": "10 June 2025", "iso": "2025-06-10", "what": "previous meeting (minutes approved)"},
        {"text": "August edition", "iso": "2025-08", "what": "Pellow Post appeal for Speedwatch volunteers"},
        {"text": "16 September 2025", "iso": "2025-09-16", "what": "Carnmoor Local Plan examination hearings open"},
        {"text": "18 July 2025", "iso": "2025-07-18", "what": "deadline for planning comments"},
        {"text": "30 June 2025", "iso": "2025-06-30", "what": "bank reconciliation date"},
        {"text": "2024/25", "iso": "2024-04/2025-03", "what": "annual return year"},
        {"text": "16 June to 25 July 2025", "iso": "2025-06-16/2025-07-25", "what": "period for the exercise of public rights"},
        {"text": "end of September 2025", "iso": "2025-09", "what": "housing needs survey completion"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "neighbourhood planning grant year", "after": 90},
        {"text": "31 July 2025", "iso": "2025-07-31", "what": "deadline for grant application"},
        {"text": "20 June 2025", "iso": "2025-06-20", "what": "notice of vacancy posted"},
        {"text": "29 August 2025", "iso": "2025-08-29", "what": "closing date for co-option applications"},
        {"text": "2 August 2025", "iso": "2025-08-02", "what": "Community Land Trust open day"},
        {"text": "Tuesday 9 September 2025", "iso": "2025-09-09", "what": "next meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
