from lib import PDF, Lines, write_keys
from make_quarlby import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


CLERK = "Clerk (Judith Pemberton)"
meetings = {
    "components": [{"title": "Minutes of the Ordinary Meeting of Quarlby Parish Council, 11 March 2025",
                    "kind": "minutes", "first_line": "QUARLBY PARISH COUNCIL",
                    "start_line": L.find("QUARLBY PARISH COUNCIL")}],
    "meetings": [{
        "body": "Quarlby Parish Council", "authority": "Quarlby Parish Council", "date": "2025-03-11",
        "time": "19:30", "venue": "Quarlby Village Hall, Church Lane",
        "attendees": [
            att("Cllr Peter Ainsworth", "Chairman", "present"),
            att("Cllr Rachel Dobbs", "Vice-Chairman", "present"),
            att("Cllr Martin Fairclough", None, "present"),
            att("Cllr Sana Khan", None, "present"),
            att("Cllr Tom Whitlock", None, "present"),
            att("Cllr Gwen Ashby-Tait", None, "present"),
            att("Mrs Judith Pemberton", "Clerk and RFO", "in_attendance"),
            att("District Cllr Henry Osei", "Ousebrook District Council", "in_attendance"),
            att("County Cllr Alison Grayling", "Harnshire County Council (from Min 25/038)", "in_attendance"),
            att("PCSO Dan Frayne", "Harnshire Police (for Min 25/033 only)", "in_attendance"),
            att("Cllr Lena Varga", None, "apologies"),
        ],
        "apologies": ["Cllr Lena Varga"],
        "items": [
            item("25/031", "Apologies for absence", ["It was RESOLVED to accept the reason for absence."]),
            item("25/032", "Declarations of interest and requests for dispensations"),
            item("25/033", "Public participation"),
            item("25/034", "Minutes of the previous meeting",
                 ["It was RESOLVED that the minutes of the Ordinary Meeting held on 11 February 2025 be approved as a true record and signed by the Chairman."]),
            item("25/035", "Clerk’s report and matters arising", [],
                 [A("The Clerk to chase Harnshire County Council for the Speed Indicator Device data for January and February.", CLERK)]),
            item("25/036", "Planning",
                 ["It was RESOLVED to make no objection.",
                  "Following discussion it was RESOLVED to object on the grounds of highway safety and development outside the settlement boundary, and to ask the Ward Member to call the application in to the Ousebrook District Council Planning Committee."]),
            item("25/037", "Finance",
                 ["It was RESOLVED to approve the payments listed in the schedule below, totalling £3,486.20.",
                  "It was RESOLVED to note the bank reconciliation to 28 February 2025, signed by Cllr Dobbs, showing combined balances of £41,302.77.",
                  "It was RESOLVED to renew the Council’s membership of the Harnshire Association of Local Councils (HALC) for 2025/26 at a cost of £388.00.",
                  "It was RESOLVED to appoint Fenwright Audit Services as internal auditor for the year ending 31 March 2025."],
                 [A("The Clerk to send the letter of engagement.", CLERK)]),
            item("25/038", "Highways and speeding",
                 ["It was RESOLVED to register with the Harnshire Community Speedwatch scheme and to seek volunteers through the parish newsletter."],
                 [A("Cllr Khan agreed to co-ordinate the volunteer group.", "Cllr Sana Khan"),
                  A("County Cllr Grayling to ask Harnshire Highways for an automatic traffic count on Mill Road before the summer.",
                    "County Cllr Alison Grayling")]),
            item("25/039", "Annual Parish Meeting",
                 ["It was RESOLVED that the Annual Parish Meeting be held on Tuesday 22 April 2025 at 7.00pm in the Village Hall, and that Quarlby Community Shop and the 1st Quarlby Scout Group be invited to give reports."],
                 [A("The Clerk to prepare and display the notice by 8 April 2025.", CLERK, "2025-04-08")]),
            item("25/040", "Play area",
                 ["It was RESOLVED to accept the quotation of £1,150.00 plus VAT from Playsafe Services Ltd for repairs to the zip wire and the gate closer."],
                 [A("The Clerk to place the order.", CLERK)]),
            item("25/041", "Neighbourhood Plan",
                 ["It was RESOLVED to approve the pre-submission draft Quarlby Neighbourhood Plan for consultation."],
                 [A("Cllr Dobbs and the Clerk to arrange two drop-in sessions in the Village Hall during the consultation.",
                    "Cllr Rachel Dobbs and the Clerk (Judith Pemberton)", "2025-03-24/2025-05-05")]),
            item("25/042", "Reports from District and County Councillors"),
            item("25/043", "Correspondence"),
            item("25/044", "Date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Quarlby Parish Council", "aliases": []},
        {"name": "Ousebrook District Council", "aliases": []},
        {"name": "Harnshire County Council", "aliases": []},
        {"name": "Harnshire Police", "aliases": []},
        {"name": "Harnshire Highways", "aliases": []},
        {"name": "Shelterwise Ltd", "aliases": []},
        {"name": "Ousebrook District Council Planning Committee", "aliases": []},
        {"name": "HM Revenue & Customs", "aliases": []},
        {"name": "Ousebrook Grounds Maintenance Ltd", "aliases": []},
        {"name": "Quarlby Village Hall Trust", "aliases": []},
        {"name": "Everbright Energy Ltd", "aliases": []},
        {"name": "Harnshire Association of Local Councils", "aliases": ["HALC"]},
        {"name": "Fenwright Audit Services", "aliases": []},
        {"name": "Quarlby Community Shop", "aliases": []},
        {"name": "1st Quarlby Scout Group", "aliases": []},
        {"name": "Royal Society for the Prevention of Accidents", "aliases": ["RoSPA"]},
        {"name": "Playsafe Services Ltd", "aliases": []},
        {"name": "Ousebrook Rural Community Council", "aliases": []},
    ],
    "dates": [
        {"text": "Tuesday 11 March 2025", "iso": "2025-03-11", "what": "meeting date"},
        {"text": "11 February 2025", "iso": "2025-02-11", "what": "previous Ordinary Meeting (minutes approved)"},
        {"text": "April 2025", "iso": "2025-04", "what": "expected delivery of the replacement bus shelter"},
        {"text": "31 March 2025", "iso": "2025-03-31", "what": "Back Lane pothole repair deadline"},
        {"text": "20 February 2025", "iso": "2025-02-20", "what": "application 24/01985/FUL approved"},
        {"text": "28 February 2025", "iso": "2025-02-28", "what": "bank reconciliation date"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "HALC membership year"},
        {"text": "year ending 31 March 2025", "iso": "2024-04/2025-03", "what": "financial year audited by the internal auditor"},
        {"text": "Tuesday 22 April 2025", "iso": "2025-04-22", "what": "Annual Parish Meeting"},
        {"text": "8 April 2025", "iso": "2025-04-08", "what": "deadline to display the Annual Parish Meeting notice"},
        {"text": "3 March 2025", "iso": "2025-03-03", "what": "RoSPA play area inspection report"},
        {"text": "from 24 March 2025 to 5 May 2025", "iso": "2025-03-24/2025-05-05", "what": "Regulation 14 consultation on the Neighbourhood Plan"},
        {"text": "2025/26 budget", "iso": "2025-04/2026-03", "what": "Ousebrook District Council budget year"},
        {"text": "30 April 2025", "iso": "2025-04-30", "what": "Harnshire Local Transport Plan consultation closes"},
        {"text": "17–19 March 2025", "iso": "2025-03-17/2025-03-19", "what": "road closure, Back Lane"},
        {"text": "Tuesday 8 April 2025", "iso": "2025-04-08", "what": "next meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
