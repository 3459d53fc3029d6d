from lib import PDF, Lines, write_keys
from make_kestrelmoor import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, ref, title, resolutions=(), actions=()):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Kestrelmoor Homes Limited – Minutes of the Board, 25 September 2024", "kind": "minutes",
                    "first_line": "KESTRELMOOR HOMES LIMITED", "start_line": L.find("KESTRELMOOR HOMES LIMITED")}],
    "meetings": [{
        "body": "Board", "authority": "Kestrelmoor Homes Limited", "date": "2024-09-25", "time": "10:00",
        "venue": "Boardroom, Kestrel House, 14 Mill Lane, Thornbury Vale, and via Microsoft Teams",
        "attendees": [
            att("Anjali Mistry", "Chair", "present"),
            att("Geoffrey Tull", "Vice Chair", "present"),
            att("Cllr Bernadette Quinn", None, "present"),
            att("Marcus Adeyemi", None, "present"),
            att("Leon Barraclough", "Tenant Board Member", "present"),
            att("Fiona Strachan", None, "virtual"),
            att("Paul Hendry", "Chief Executive", "in_attendance"),
            att("Sian Morgan", "Director of Finance", "in_attendance"),
            att("Ravi Sandhu", "Director of Property Services", "in_attendance"),
            att("Claire Dunmore", "Company Secretary, minutes", "in_attendance"),
            att("Oliver Pike", "Grant Thornley LLP, internal auditors (item 7 only)", "in_attendance"),
            att("Hugh Latimer", "Board Member", "apologies"),
        ],
        "apologies": ["Hugh Latimer"],
        "items": [
            item("1", None, "WELCOME AND APOLOGIES"),
            item("2", None, "DECLARATIONS OF INTEREST",
                 ["The Board AGREED that Leon Barraclough could take part in the discussion on item 8, as the matter affects all tenants equally."]),
            item("3", "Paper B24/57", "MINUTES OF THE MEETING HELD ON 17 JULY 2024 AND ACTION LOG",
                 ["The Board APPROVED the minutes of the meeting held on 17 July 2024 as a correct record."]),
            item("4", "Paper B24/58", "CHIEF EXECUTIVE’S UPDATE", ["The report was noted."],
                 [A("The stock condition survey will be completed by the end of March 2025.", None, "2025-03"),
                  A("Action: Paul Hendry to circulate the Regulator’s feedback letter to Board members by 4 October 2024.",
                    "Paul Hendry", "2024-10-04")]),
            item("5", "Paper B24/59", "TENANT SATISFACTION MEASURES 2023/24",
                 ["The Board RESOLVED to approve the publication of the Tenant Satisfaction Measures 2023/24 on the Kestrelmoor Homes website by 30 September 2024."],
                 [A("Action: Sian Morgan to add complaints data by area to the published summary.", "Sian Morgan")]),
            item("6", "Paper B24/60", "TREASURY MANAGEMENT STRATEGY AND LOAN COVENANT COMPLIANCE",
                 ["The Board RESOLVED to: (i) approve the Treasury Management Strategy 2024/25; (ii) delegate authority to the Director of Finance to agree the terms of a £15m revolving credit facility with Northmoor Bank plc, within the parameters set out in section 4 of the report; and (iii) note that all loan covenants were met at 30 June 2024."],
                 [A("Geoffrey Tull asked that the stress tests include a scenario combining higher repairs costs with a rent freeze; Sian Morgan confirmed this would be in the next business plan.",
                    "Sian Morgan")]),
            item("7", "Paper B24/61", "INTERNAL AUDIT REPORT: DAMP AND MOULD", ["The Board noted the report."],
                 [A("Action: Ravi Sandhu to implement the three audit recommendations by 31 December 2024, with progress reported to the Audit and Risk Committee.",
                    "Ravi Sandhu", "2024-12-31")]),
            item("8", "Paper B24/62", "RENT AND SERVICE CHARGE SETTING PRINCIPLES 2025/26",
                 ["The Board AGREED the rent and service charge setting principles for 2025/26, applying the maximum increase of CPI + 1% permitted under the Rent Standard, with service charges set to recover actual costs."]),
            item("9", "Paper B24/63", "CORPORATE STRATEGY 2023–2028: YEAR 2 PROGRESS", [],
                 [A("Action: Company Secretary to schedule a customer service deep dive for the November Board.",
                    "Company Secretary (Claire Dunmore)", "2024-11-27")]),
            item("10", None, "ANY OTHER BUSINESS",
                 ["The Board AGREED to begin recruitment for a replacement Board member with asset management experience."]),
            item("11", None, "DATE OF NEXT MEETING"),
            item("12", "Paper B24/64", "DEVELOPMENT PIPELINE – HARROW LANE SITE"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Kestrelmoor Homes Limited", "name": "Strategic objectives of the Corporate Strategy 2023–2028",
        "kind": "objective", "period": "2023–2028", "source_line": L.find("Strategic objective"),
        "items": ["Safe, warm and well-maintained homes", "Excellent, accessible customer service",
                  "A financially strong and well-governed organisation", "Thriving, connected neighbourhoods"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Kestrelmoor Homes Limited", "aliases": ["Kestrelmoor Homes"]},
        {"name": "Grant Thornley LLP", "aliases": []},
        {"name": "Regulator of Social Housing", "aliases": ["Regulator"]},
        {"name": "Housing Ombudsman", "aliases": []},
        {"name": "Thornbury Vale District Council", "aliases": []},
        {"name": "Northmoor Bank plc", "aliases": []},
        {"name": "Audit and Risk Committee", "aliases": []},
        {"name": "Customer Voice Panel", "aliases": []},
    ],
    "dates": [
        {"text": "Wednesday 25 September 2024", "iso": "2024-09-25", "what": "meeting date"},
        {"text": "17 July 2024", "iso": "2024-07-17", "what": "previous Board meeting (minutes approved)"},
        {"text": "end of March 2025", "iso": "2025-03", "what": "stock condition survey completion"},
        {"text": "4 October 2024", "iso": "2024-10-04", "what": "deadline to circulate Regulator's feedback letter"},
        {"text": "2023/24", "iso": "2023-04/2024-03", "what": "Tenant Satisfaction Measures year"},
        {"text": "30 September 2024", "iso": "2024-09-30", "what": "deadline to publish Tenant Satisfaction Measures"},
        {"text": "2024/25", "iso": "2024-04/2025-03", "what": "Treasury Management Strategy period"},
        {"text": "30 June 2024", "iso": "2024-06-30", "what": "loan covenant test date"},
        {"text": "10 September 2024", "iso": "2024-09-10", "what": "Audit and Risk Committee considered the audit report"},
        {"text": "31 December 2024", "iso": "2024-12-31", "what": "deadline for damp and mould audit recommendations"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "rent and service charge year (increases from April 2025)"},
        {"text": "2023–2028", "iso": "2023/2028", "what": "Corporate Strategy period"},
        {"text": "11 December 2024", "iso": "2024-12-11", "what": "Annual General Meeting (Fiona Strachan steps down)"},
        {"text": "Wednesday 27 November 2024", "iso": "2024-11-27", "what": "next Board meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
