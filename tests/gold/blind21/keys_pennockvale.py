from lib import PDF, Lines, write_keys
from make_pennockvale import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


KO, GLH, IP = "Karen Ostrowski", "Gareth Lloyd-Hughes", "Dr Imogen Prescott"
KOGLH = "Karen Ostrowski and Gareth Lloyd-Hughes"
NEXT = "2025-06-26"

meetings = {
    "components": [{"title": "Notes of the Joint Waste Committee, 27 March 2025", "kind": "minutes",
                    "first_line": "Sallowby Borough Council", "start_line": L.find("Sallowby Borough Council")}],
    "meetings": [{
        "body": "Joint Waste Committee",
        "authority": "Sallowby Borough Council, Pennock Vale District Council and Westhalden County Council",
        "date": "2025-03-27", "time": "10:00",
        "venue": "Committee Room 2, Sallowby Civic Centre, and MS Teams",
        "attendees": [
            att("Cllr Hazel Wingate", "Chair; Portfolio Holder for Environment (Sallowby Borough Council)", "present"),
            att("Cllr Martin Olderby", "Vice-Chair; Cabinet Member for Neighbourhoods (Pennock Vale District Council)", "present"),
            att("Cllr Yusuf Demir", "Member (Sallowby Borough Council)", "virtual"),
            att("Cllr Alison Crane", "Member (Pennock Vale District Council)", "apologies"),
            att("Cllr Roger Tilling", "Member; Cabinet Member for Environment and Waste (Westhalden County Council)", "present"),
            att("Karen Ostrowski", "Head of Waste and Street Scene (Sallowby Borough Council)", "in_attendance"),
            att("Gareth Lloyd-Hughes", "Waste Services Manager (Pennock Vale District Council)", "in_attendance"),
            att("Dr Imogen Prescott", "Waste Disposal Manager (Westhalden County Council)", "in_attendance"),
            att("Daniel Achebe", "Contract Manager (Veridia Environmental Services Ltd), items 1–5", "in_attendance"),
            att("Lucy Farrant", "Democratic Services Officer, notes (Sallowby Borough Council)", "in_attendance"),
        ],
        "apologies": ["Cllr Alison Crane"],
        "items": [
            item("1", "Welcome, introductions and apologies"),
            item("2", "Notes of the previous meeting (12 December 2024) and action tracker", [
                "The notes of the meeting held on 12 December 2024 were agreed as an accurate record.",
            ], [
                A("Confirm caddy liner supplier and cost per household", GLH, "2025-04-30"),
            ]),
            item("3", "Simpler Recycling: weekly food waste collections from 31 March 2026", [
                "Agreed: to proceed with a joint procurement of food waste vehicles and caddies through the Midshire Procurement Partnership framework, subject to approval by each council’s Cabinet.",
            ], [
                A("Westhalden County Council will provide a food waste bulking facility at the Marsh Lane depot from February 2026.",
                  "Westhalden County Council", "2026-02"),
                A("Submit the joint vehicle and caddy procurement report to both Cabinets", KOGLH, "2025-06"),
                A("Confirm the food waste bulking arrangements at Marsh Lane depot", IP, "2025-09-30"),
            ]),
            item("4", "Extended Producer Responsibility for packaging (pEPR) payments", [], [
                A("Prepare a joint report on the use of pEPR income in 2025/26", KOGLH, "2025-07/2025-09"),
                A("Model the impact of lower tonnages on the DMR gate fee", IP, NEXT),
            ]),
            item("5", "Collection contract performance – Veridia Environmental Services", [
                "Agreed: that Sallowby Borough Council, as lead authority for the contract, will issue a formal performance improvement notice.",
            ], [
                A("Issue a performance improvement notice to Veridia", KO, "2025-04-11"),
                A("Report missed-collection figures by round to each meeting", "Daniel Achebe"),
            ]),
            item("6", "Household Waste Recycling Centres – booking system review", [], [
                A("Share booking-system usage data for both districts", IP, NEXT),
            ]),
            item("7", "Fly-tipping – joint enforcement", [
                "Agreed: that officers develop a joint fly-tipping enforcement protocol for sign-off by both councils.",
            ], [
                A("Draft a joint fly-tipping enforcement protocol", KOGLH, "2025-09"),
            ]),
            item("8", "Any other business"),
            item("9", "Date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Sallowby Borough Council", "aliases": []},
        {"name": "Pennock Vale District Council", "aliases": []},
        {"name": "Westhalden County Council", "aliases": []},
        {"name": "Joint Waste Committee", "aliases": []},
        {"name": "Veridia Environmental Services Ltd", "aliases": ["Veridia Environmental Services", "Veridia"]},
        {"name": "Department for Environment, Food and Rural Affairs", "aliases": ["Defra"]},
        {"name": "PackUK", "aliases": []},
        {"name": "Midshire Procurement Partnership", "aliases": []},
    ],
    "dates": [
        {"text": "Thursday 27 March 2025", "iso": "2025-03-27", "what": "meeting date"},
        {"text": "12 December 2024", "iso": "2024-12-12", "what": "previous meeting (notes agreed)"},
        {"text": "30 April 2025", "iso": "2025-04-30", "what": "deadline to confirm caddy liner supplier"},
        {"text": "31 March 2026", "iso": "2026-03-31", "what": "weekly food waste collections required (Simpler Recycling)"},
        {"text": "2026/27", "iso": "2026-04/2027-03", "what": "year of awaited food waste revenue funding"},
        {"text": "February 2026", "iso": "2026-02", "what": "food waste bulking facility at Marsh Lane depot available"},
        {"text": "June 2025", "iso": "2025-06", "what": "deadline for the joint procurement report to both Cabinets"},
        {"text": "30 September 2025", "iso": "2025-09-30", "what": "deadline to confirm food waste bulking arrangements"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "year of indicative pEPR payments"},
        {"text": "November 2025", "iso": "2025-11", "what": "first quarterly pEPR payment due"},
        {"text": "autumn 2025", "iso": "2025", "what": "possible joint communications campaign"},
        {"text": "March 2028", "iso": "2028-03", "what": "end of the county's materials recovery facility contract"},
        {"text": "Q2 2025/26", "iso": "2025-07/2025-09", "what": "deadline for the joint report on pEPR income"},
        {"text": "11 April 2025", "iso": "2025-04-11", "what": "deadline to issue the performance improvement notice"},
        {"text": "September 2025", "iso": "2025-09", "what": "deadline to draft the fly-tipping enforcement protocol"},
        {"text": "Thursday 26 June 2025", "iso": "2025-06-26", "what": "next meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
