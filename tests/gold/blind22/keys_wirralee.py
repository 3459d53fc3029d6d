from lib import PDF, Lines, write_keys
from make_wirralee import STEM

L = Lines(PDF / f"{STEM}.pdf")
CEO = "Chief Executive Officer (Scott Raddatz)"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Wirralee Shire Council – Minutes of the Ordinary Council Meeting, 27 August 2025", "kind": "minutes",
                    "first_line": "WIRRALEE SHIRE COUNCIL MINUTES", "start_line": L.find("WIRRALEE SHIRE COUNCIL MINUTES Ordinary")}],
    "meetings": [{
        "body": "Ordinary Council Meeting", "authority": "Wirralee Shire Council", "date": "2025-08-27", "time": "09:00",
        "venue": "Council Chambers, 18 Hopetoun Street, Narrun",
        "attendees": [
            att("Jodie Kermode", "Mayor", "present"),
            att("Phil Anstruther", "Deputy Mayor", "present"),
            att("Greg Pettifer", "Councillor", "present"),
            att("Annabel Strachan", "Councillor", "present"),
            att("Darren Whitfield", "Councillor", "present"),
            att("Mei Ling Foo", "Councillor", "present"),
            att("Rohan Batchelor", "Councillor", "present"),
            att("Scott Raddatz", "Chief Executive Officer", "in_attendance"),
            att("Kylie Borthwick", "Director Corporate and Community Services", "in_attendance"),
            att("Nathan Egerton", "Director Infrastructure Services", "in_attendance"),
            att("Rhiannon Dwyer", "Manager Planning and Environment", "in_attendance"),
            att("Jess Tamblyn", "Governance Officer (minute taker)", "in_attendance"),
            att("Ian McAlpine", "Councillor (leave of absence)", "apologies"),
        ],
        "apologies": ["Ian McAlpine"],
        "items": [
            item("1", "DECLARATION OF OPENING"),
            item("2", "ACKNOWLEDGEMENT OF COUNTRY"),
            item("3", "ATTENDANCE"),
            item("4", "APOLOGIES AND LEAVE OF ABSENCE",
                 ["That Council grant Cr Ian McAlpine leave of absence for the Ordinary Council Meeting of 27 August 2025. CARRIED 7/0"]),
            item("5", "DECLARATIONS OF CONFLICT OF INTEREST"),
            item("6", "CONFIRMATION OF MINUTES",
                 ["That the Minutes of the Ordinary Council Meeting held on 23 July 2025 be confirmed as a true and correct record. CARRIED 7/0"]),
            item("7", "PUBLIC QUESTION TIME"),
            item("8", "PETITIONS",
                 ["That Council receive the petition and request the Chief Executive Officer to provide a report on the cost of sealing Gumbuya Road to the Ordinary Council Meeting in November 2025. CARRIED 7/0"],
                 [A("request the Chief Executive Officer to provide a report on the cost of sealing Gumbuya Road to the Ordinary Council Meeting in November 2025.",
                    CEO, "2025-11")]),
            item("9", "REPORTS OF COMMITTEES"),
            item("9.1", "Audit and Risk Committee – Minutes of 5 August 2025",
                 ["That Council note the unconfirmed minutes of the Audit and Risk Committee meeting held on 5 August 2025. CARRIED 7/0"]),
            item("10", "MAYOR AND COUNCILLOR REPORTS"),
            item("11", "OFFICER REPORTS"),
            item("11.1", "Financial Report – July 2025",
                 ["That Council receive the Financial Report for July 2025. CARRIED 7/0"], ref="FIN/04/12"),
            item("11.2", "Development Application DA2025/046 – Eight-Lot Subdivision, 112 Coolabah Lane, Narrun",
                 ["That Council issue a Notice of Decision to Grant a Permit for DA2025/046 subject to the conditions in Attachment 1 and an additional condition requiring the developer to seal Coolabah Lane from the subdivision entrance to Hopetoun Street before the issue of a statement of compliance. CARRIED 4/3"],
                 ref="DA2025/046"),
            item("11.3", "Draft Waste and Resource Recovery Strategy 2025–2030",
                 ["That Council: 1. endorse the Draft Waste and Resource Recovery Strategy 2025–2030 for public exhibition for a period of six weeks; and 2. receive a further report with submissions at the Ordinary Council Meeting in December 2025. CARRIED 6/1"],
                 ref="WST/01/03"),
            item("11.4", "Tender RFT 05/2025 – Ferguson Creek Bridge Renewal",
                 ["That Council award Contract RFT 05/2025 to Ironbark Civil Pty Ltd for the lump sum of $1,684,920 (excluding GST) and authorise the Chief Executive Officer to sign the contract. CARRIED 7/0"],
                 ref="TEN/05/2025"),
            item("11.5", "Community Grants Program – Round 1 2025/26",
                 ["That Council approve 17 community grants totalling $84,350 as listed in Attachment 2. CARRIED 6/0"], ref="GRA/02/01"),
            item("11.6", "Road Management Plan Review 2025",
                 ["That Council: 1. place the draft Road Management Plan 2025 on public exhibition for 28 days; and 2. request the Chief Executive Officer to provide a councillor briefing on the cost of the revised intervention times before the plan is presented for adoption in October 2025. CARRIED 7/0"],
                 [A("request the Chief Executive Officer to provide a councillor briefing on the cost of the revised intervention times before the plan is presented for adoption in October 2025.",
                    CEO, "2025-10")], ref="RDS/07/01"),
            item("12", "NOTICES OF MOTION"),
            item("12.1", "Notice of Motion 3/2025 – Roadside Slashing Program (Cr Whitfield)",
                 ["That Council request the Chief Executive Officer to bring forward the 2025/26 roadside slashing program to begin in September 2025, ahead of the fire danger period. LOST 3/4"]),
            item("13", "URGENT BUSINESS"),
            item("14", "CONFIDENTIAL BUSINESS",
                 ["That the meeting be closed to the public under section 66(2)(a) of the Local Government Act 2020 to consider item 14.1 Chief Executive Officer Annual Performance Review, which contains personal information. CARRIED 7/0"]),
            item("14.1", "Chief Executive Officer Annual Performance Review"),
            item("15", "CLOSURE"),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Wirralee Shire Council", "aliases": []},
        {"name": "Audit and Risk Committee", "aliases": []},
        {"name": "Narrun Men’s Shed", "aliases": []},
        {"name": "Rural Councils Victoria", "aliases": []},
        {"name": "Greyson Land Pty Ltd", "aliases": []},
        {"name": "Victorian Government", "aliases": []},
        {"name": "Recycling Victoria", "aliases": []},
        {"name": "Australian Government", "aliases": []},
        {"name": "Ironbark Civil Pty Ltd", "aliases": []},
    ],
    "dates": [
        {"text": "Wednesday 27 August 2025", "iso": "2025-08-27", "what": "meeting date"},
        {"text": "23 July 2025", "iso": "2025-07-23", "what": "previous Ordinary Council Meeting (minutes confirmed)"},
        {"text": "30 November 2025", "iso": "2025-11-30", "what": "Tarrang Road footpath completion"},
        {"text": "November 2025", "iso": "2025-11", "what": "report on sealing Gumbuya Road", "after": 60},
        {"text": "5 August 2025", "iso": "2025-08-05", "what": "Audit and Risk Committee meeting"},
        {"text": "14 August 2025", "iso": "2025-08-14", "what": "Rural Councils Victoria forum"},
        {"text": "16 August 2025", "iso": "2025-08-16", "what": "Narrun Show"},
        {"text": "31 July 2025", "iso": "2025-07-31", "what": "financial report position date"},
        {"text": "2025/26 Budget", "iso": "2025-07/2026-06", "what": "adopted budget year"},
        {"text": "Strategy 2025–2030", "iso": "2025/2030", "what": "waste strategy period"},
        {"text": "in 2027", "iso": "2027", "what": "planned closure of the Narrun landfill cell"},
        {"text": "1 July 2026", "iso": "2026-07-01", "what": "start of FOGO kerbside service"},
        {"text": "March and April 2025", "iso": "2025-03/2025-04", "what": "waste strategy community engagement"},
        {"text": "December 2025", "iso": "2025-12", "what": "further report on waste strategy submissions"},
        {"text": "Round 1 2025/26", "iso": "2025-07/2026-06", "what": "community grants round year"},
        {"text": "October 2025", "iso": "2025-10", "what": "Road Management Plan presented for adoption"},
        {"text": "Wednesday 24 September 2025", "iso": "2025-09-24", "what": "next Ordinary Council Meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
