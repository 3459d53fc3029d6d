from lib import PDF, Lines, write_keys
from make_llanferwyn import STEM

L = Lines(PDF / f"{STEM}.pdf")
CL = "Carys Lloyd (CL)"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(title, resolutions=(), actions=()):
    return {"number": None, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Llanferwyn Community Council – Notes of the meeting held on Tuesday 14th January 2025",
                    "kind": "minutes", "first_line": "Cyngor Cymuned Llanferwyn",
                    "start_line": L.find("Cyngor Cymuned Llanferwyn")}],
    "meetings": [{
        "body": "Llanferwyn Community Council", "authority": "Llanferwyn Community Council",
        "date": "2025-01-14", "time": "19:00", "venue": "Llanferwyn Village Hall",
        "attendees": [
            att("Gwen Pritchard", "Chair", "present"),
            att("Huw Jenkins", "Vice Chair", "present"),
            att("Siân Roberts", None, "present"),
            att("Tomos Beynon", None, "present"),
            att("Alun Rees", None, "present"),
            att("Delyth Evans", None, "present"),
            att("Carys Lloyd", "Clerk", "in_attendance"),
            att("County Cllr Mared Ellis", "County Councillor", "in_attendance"),
            att("PCSO Dafydd Owen", "PCSO (for the police report)", "in_attendance"),
            att("Rhodri Hughes", None, "apologies"),
            att("Eleri Watkins", None, "apologies"),
        ],
        "apologies": ["Rhodri Hughes", "Eleri Watkins"],
        "items": [
            item("Welcome and apologies", ["Apologies were received as above and it was agreed to accept them."]),
            item("Declarations of interest"),
            item("Notes of the last meeting",
                 ["It was agreed that the notes of the meeting held on 10th December 2024 were a true record and GP signed them."]),
            item("Police report", [],
                 [A("ACTION: CL to ask Glanmorfa County Council Highways for a speed survey on Heol y Bont.", CL)]),
            item("Planning",
                 ["It was agreed to raise no objection.",
                  "Members were concerned about the visual impact on the Llanferwyn Conservation Area and it was agreed to object."],
                 [A("ACTION: CL to send both responses to the county council planning department by 24th January 2025.",
                    CL, "2025-01-24")]),
            item("Finance",
                 ["Payments for January (clerk’s salary, hall hire £20.00, One Voice Wales membership £96.00) were approved.",
                  "It was agreed to set the precept for 2025/26 at £11,500, an increase of 4.5%, and that the priorities for spending in 2025/26 will be: – Resurfacing the play area at Cae’r Ysgol – A second public-access defibrillator, at Capel Bethel – Christmas lights for the village square – Grant support for the Llanferwyn Village Hall Committee"],
                 [A("ACTION: CL to send the precept request to Glanmorfa County Council by 31st January 2025.", CL, "2025-01-31")]),
            item("Play area",
                 ["It was agreed to accept the quote from Chwarae Da Ltd, subject to the Community Council’s grant application to the Welsh Government being successful."],
                 [A("ACTION: DE to confirm a start date with Chwarae Da Ltd once the grant is known.", "Delyth Evans (DE)")]),
            item("Correspondence", [],
                 [A("the Clerk will circulate the dates.", "Clerk (Carys Lloyd)"),
                  A("ACTION: HJ to attend the NRW drop-in and report back.", "Huw Jenkins (HJ)", "2025-02-05")]),
            item("County Councillor’s report"),
            item("Any other business",
                 ["It was agreed to hold the annual village clean-up on Saturday 22nd March 2025, with the Llanferwyn Young Farmers Club."],
                 [A("ACTION: SR to report it to the rights of way team using the online form.", "Siân Roberts (SR)")]),
            item("Date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Llanferwyn Community Council", "name": "priorities for spending in 2025/26", "kind": "priority",
        "period": "2025/26", "source_line": L.find("priorities for spending in 2025/26 will be:"),
        "items": ["Resurfacing the play area at Cae’r Ysgol", "A second public-access defibrillator, at Capel Bethel",
                  "Christmas lights for the village square", "Grant support for the Llanferwyn Village Hall Committee"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Llanferwyn Community Council", "aliases": ["Cyngor Cymuned Llanferwyn", "Community Council"]},
        {"name": "Glanmorfa County Council", "aliases": []},
        {"name": "Glanmorfa County Council Highways", "aliases": []},
        {"name": "One Voice Wales", "aliases": []},
        {"name": "Chwarae Da Ltd", "aliases": []},
        {"name": "Playsafe Cymru", "aliases": []},
        {"name": "Welsh Government", "aliases": []},
        {"name": "Natural Resources Wales", "aliases": ["NRW"]},
        {"name": "Llanferwyn Village Hall Committee", "aliases": []},
        {"name": "Ysgol Llanferwyn", "aliases": []},
        {"name": "Llanferwyn Young Farmers Club", "aliases": []},
    ],
    "dates": [
        {"text": "Tuesday 14th January 2025", "iso": "2025-01-14", "what": "meeting date"},
        {"text": "10th December 2024", "iso": "2024-12-10", "what": "previous meeting (notes agreed)"},
        {"text": "24th January 2025", "iso": "2025-01-24", "what": "deadline for planning responses"},
        {"text": "31st December 2024", "iso": "2024-12-31", "what": "bank reconciliation date"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "precept and spending-priorities year"},
        {"text": "31st January 2025", "iso": "2025-01-31", "what": "deadline to send the precept request"},
        {"text": "5th February 2025", "iso": "2025-02-05", "what": "NRW drop-in session on the Afon Ferwyn flood scheme"},
        {"text": "7th February 2025", "iso": "2025-02-07", "what": "Glanmorfa County Council budget consultation closes"},
        {"text": "Saturday 22nd March 2025", "iso": "2025-03-22", "what": "annual village clean-up"},
        {"text": "Tuesday 11th February 2025", "iso": "2025-02-11", "what": "next meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
