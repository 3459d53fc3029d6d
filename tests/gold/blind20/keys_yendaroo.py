from lib import PDF, Lines, write_keys
from make_yendaroo import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


CEO = "Chief Executive Officer (Mr Craig Dunstan)"

meetings = {
    "components": [{"title": "Yendaroo Shire Council – Minutes of the Ordinary Meeting of Council, 16 April 2025",
                    "kind": "minutes", "first_line": "YENDAROO SHIRE COUNCIL",
                    "start_line": L.find("YENDAROO SHIRE COUNCIL")}],
    "meetings": [{
        "body": "Yendaroo Shire Council", "authority": "Yendaroo Shire Council",
        "date": "2025-04-16", "time": "09:00", "venue": "Council Chambers, 42 Hovell Street, Yendaroo",
        "attendees": [
            att("Cr Bronwyn Hartigan", "Mayor, Chair", "present"),
            att("Cr Dale Kurtz", "Deputy Mayor", "present"),
            att("Cr Sophie Nguyen", None, "present"),
            att("Cr Trevor Mahony", None, "present"),
            att("Cr Lachlan Pryce", None, "present"),
            att("Cr Janelle Witt", None, "present"),
            att("Cr Raymond Oakes", None, "virtual"),
            att("Mr Craig Dunstan", "Chief Executive Officer", "in_attendance"),
            att("Ms Priya Raman", "Director Corporate Services", "in_attendance"),
            att("Mr Tom Bellchambers", "Director Infrastructure and Planning", "in_attendance"),
            att("Ms Leah Corrigan", "Senior Planner (item 10.3.2 only)", "in_attendance"),
            att("Ms Kerry Ashdown", "Minute Secretary", "in_attendance"),
            att("Cr Fiona McCallister", None, "apologies"),
        ],
        "apologies": ["Cr Fiona McCallister"],
        "items": [
            item("1", "OPENING OF MEETING"),
            item("2", "ACKNOWLEDGEMENT OF TRADITIONAL CUSTODIANS"),
            item("3", "ATTENDANCE AND APOLOGIES",
                 ["That the apology from Cr Fiona McCallister be accepted and leave of absence granted for this meeting."]),
            item("4", "DECLARATIONS OF INTEREST",
                 ["That Cr Witt may participate in the discussion and vote on item 11.1, as a reasonable person would trust that the final decision is made in the public interest."]),
            item("5", "CONFIRMATION OF MINUTES",
                 ["That the Minutes of the Ordinary Meeting held on 19 March 2025 be confirmed as a true and correct record."]),
            item("6", "BUSINESS ARISING FROM MINUTES"),
            item("7", "DEPUTATIONS"),
            item("7.1", "YENDAROO LANDCARE GROUP – BUNGIL CREEK REVEGETATION", [],
                 [A("The Mayor thanked Ms Sturt and advised that the Chief Executive Officer would respond in writing within 14 days.",
                    CEO, "2025-04-30")]),
            item("8", "MAYORAL REPORT",
                 ["That the Mayoral Report for the period 19 March 2025 to 15 April 2025 be received."]),
            item("9", "NOTICES OF MOTION"),
            item("9.1", "NOTICE OF MOTION – CR SOPHIE NGUYEN – FOOTPATH LIGHTING, COBB STREET",
                 ["That Council requests the Chief Executive Officer to prepare a report for the June 2025 Ordinary Meeting on the cost of installing solar footpath lighting along Cobb Street between Yendaroo State School and the Apex Park sports ground."],
                 [A("That Council requests the Chief Executive Officer to prepare a report for the June 2025 Ordinary Meeting on the cost of installing solar footpath lighting along Cobb Street between Yendaroo State School and the Apex Park sports ground.",
                    CEO, "2025-06")]),
            item("10", "OFFICER REPORTS"),
            item("10.1", "OFFICE OF THE CHIEF EXECUTIVE OFFICER"),
            item("10.1.1", "OPERATIONAL PLAN 2024/25 – QUARTER 3 PROGRESS REPORT",
                 ["That Council receives the Operational Plan 2024/25 Quarter 3 Progress Report."], ref="CM-12/04/07"),
            item("10.2", "CORPORATE SERVICES"),
            item("10.2.1", "PENSIONER RATES CONCESSION POLICY – REVIEW",
                 ["That Council: 1. adopts the revised Pensioner Rates Concession Policy as attached; and 2. increases the maximum concession from $220 to $300 per annum from 1 July 2025."],
                 ref="FM-03/11/02"),
            item("10.2.2", "FINANCIAL REPORT FOR THE PERIOD ENDING 31 MARCH 2025",
                 ["That Council receives the Financial Report for the period ending 31 March 2025."]),
            item("10.3", "INFRASTRUCTURE AND PLANNING"),
            item("10.3.1", "TENDER T2025-04 – BITUMEN RESEAL PROGRAM 2025/26",
                 ["That Council: 1. awards Tender T2025-04 Bitumen Reseal Program 2025/26 to Coolibah Seal Pty Ltd for $1,284,600 (excluding GST); and 2. requests the Chief Executive Officer to write to the Department of Transport and Main Roads seeking a contribution towards the reseal of the Yendaroo–Bungil Creek Road under the Transport Infrastructure Development Scheme."],
                 [A("requests the Chief Executive Officer to write to the Department of Transport and Main Roads seeking a contribution towards the reseal of the Yendaroo–Bungil Creek Road under the Transport Infrastructure Development Scheme.",
                    CEO)], ref="TD-2025-04"),
            item("10.3.2", "MATERIAL CHANGE OF USE – RURAL WORKERS’ ACCOMMODATION (SIX UNITS), LOT 4 ON RP81223, 118 BUNGIL CREEK ROAD, YENDAROO",
                 ["That Council approves development application MCU24/0031 for a Material Change of Use for Rural Workers’ Accommodation (six units) on Lot 4 on RP81223, 118 Bungil Creek Road, Yendaroo, subject to the conditions in Attachment 1."],
                 ref="MCU24/0031"),
            item("11", "GENERAL BUSINESS"),
            item("11.1", "YENDAROO SHOW 2025 – IN-KIND SUPPORT",
                 ["That Council provides in-kind support to the value of $4,500 to the Yendaroo Show Society Inc. for the 2025 Yendaroo Show to be held on 9 and 10 August 2025."]),
            item("12", "CONFIDENTIAL ITEMS",
                 ["That the meeting be closed to the public at 10.52am under section 254J(3)(c) of the Local Government Regulation 2012 to discuss item 12.1, which relates to the local government’s budget."]),
            item("12.1", "SALE OF LAND FOR OVERDUE RATES",
                 ["That the meeting be reopened to the public at 11.20am.",
                  "That Council commences the procedure to sell the land listed in confidential Attachment 1 for overdue rates and charges under section 140 of the Local Government Regulation 2012."]),
            item("13", "CLOSURE OF MEETING"),
        ],
    }],
}

facts = {
    "priority_lists": [
        {"owner": "Yendaroo Shire Council", "name": "five themes of the Corporate Plan 2024–2029",
         "kind": "strategic_priority", "period": "2024–2029",
         "source_line": L.find("five themes of the Corporate Plan 2024–2029"),
         "items": ["Strong Local Economy", "Liveable and Connected Communities", "Healthy Natural Environment",
                   "Reliable Infrastructure and Services", "Accountable and Engaged Leadership"]},
    ],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Yendaroo Shire Council", "aliases": []},
        {"name": "Yendaroo Landcare Group", "aliases": []},
        {"name": "Landcare Australia", "aliases": []},
        {"name": "Yendaroo State School", "aliases": []},
        {"name": "Coolibah Seal Pty Ltd", "aliases": []},
        {"name": "Department of Transport and Main Roads", "aliases": []},
        {"name": "Yendaroo Show Society Inc.", "aliases": ["Yendaroo Show Society"]},
    ],
    "dates": [
        {"text": "WEDNESDAY 16 APRIL 2025", "iso": "2025-04-16", "what": "meeting date"},
        {"text": "19 March 2025", "iso": "2025-03-19", "what": "previous Ordinary Meeting (minutes confirmed)"},
        {"text": "19 March 2025 to 15 April 2025", "iso": "2025-03-19/2025-04-15", "what": "Mayoral Report period"},
        {"text": "June 2025", "iso": "2025-06", "what": "Ordinary Meeting to receive the footpath lighting report"},
        {"text": "31 March 2025", "iso": "2025-03-31", "what": "Operational Plan Q3 progress date"},
        {"text": "2024/25", "iso": "2024-07/2025-06", "what": "Operational Plan financial year"},
        {"text": "2024–2029", "iso": "2024/2029", "what": "Corporate Plan period"},
        {"text": "1 July 2025", "iso": "2025-07-01", "what": "increased pensioner rates concession takes effect"},
        {"text": "2019", "iso": "2019", "what": "pensioner concession policy last reviewed"},
        {"text": "period ending 31 March 2025", "iso": "2025-03-31", "what": "Financial Report period end"},
        {"text": "2025/26", "iso": "2025-07/2026-06", "what": "Bitumen Reseal Program financial year"},
        {"text": "9 and 10 August 2025", "iso": "2025-08-09/2025-08-10", "what": "2025 Yendaroo Show"},
        {"text": "Wednesday 21 May 2025", "iso": "2025-05-21", "what": "next Ordinary Meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
