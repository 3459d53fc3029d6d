from lib import PDF, Lines, write_keys
from make_tawhitirangi import STEM

L = Lines(PDF / f"{STEM}.pdf")
TDC = "Tawhitirangi District Council"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def D(text, iso, what, at=None, after=0):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(at or text, after)}


def item(num, title, res=(), acts=()):
    return {"number": num, "ref": None, "title": title, "resolutions": list(res), "actions": list(acts)}


meetings = {
    "components": [{"title": "Tawhitirangi District Council – Minutes of the Community and Finance Committee, 8 May 2025",
                    "kind": "minutes", "first_line": "Tawhitirangi District Council",
                    "start_line": L.find("Tawhitirangi District Council")}],
    "meetings": [{
        "body": "Community and Finance Committee",
        "authority": TDC,
        "date": "2025-05-08", "time": "09:30",
        "venue": "Council Chamber, 27 Waimārie Street, Tawhitirangi",
        "attendees": [
            att("Cr Aroha Ngata", "Chairperson", "present"),
            att("Cr Bruce Tomlinson", "Deputy Chairperson", "present"),
            att("Mayor Grant McAlister", "Member, Mayor", "present"),
            att("Deputy Mayor Sina Faleolo", "Member, Deputy Mayor", "present"),
            att("Cr Hēmi Parata", "Member", "present"),
            att("Cr Priya Raman", "Member", "present"),
            att("Cr Tania Whitiora", "Member", "present"),
            att("Cr Owen Gallagher", "Member", "virtual"),
            att("Jo Ridley", "Chief Executive", "in_attendance"),
            att("Michael Tan", "Group Manager Corporate Services", "in_attendance"),
            att("Rewi Haumoana", "Group Manager Infrastructure", "in_attendance"),
            att("Kate Fowler", "Community Development Lead", "in_attendance"),
            att("Alana Stuart", "Governance Advisor", "in_attendance"),
            att("Cr Lisa Barnard", "Member", "apologies"),
        ],
        "apologies": ["Cr Lisa Barnard"],
        "items": [
            item("1", "Karakia Timatanga"),
            item("2", "Apologies", ["That the apology received from Cr Lisa Barnard be accepted."]),
            item("3", "Declarations of Interest"),
            item("4", "Public Forum", [],
                 [A("Staff will respond to the Pony Club in writing.", "Staff")]),
            item("4.1", "Tawhiti Bay Residents’ Association – Seawall"),
            item("4.2", "Ōpito Valley Pony Club – Lease of Domain Land"),
            item("5", "Confirmation of Minutes",
                 ["That the minutes of the Community and Finance Committee meeting held on 27 March 2025 be confirmed as a true and correct record."]),
            item("6", "Reports"),
            item("6.1", "Financial Performance Report – Nine Months to 31 March 2025",
                 ["That the Community and Finance Committee receives the Financial Performance Report for the nine months to 31 March 2025."]),
            item("6.2", "Community Grants Fund 2025/26 – First Round Allocations",
                 ["That the Community and Finance Committee: a) Receives the report Community Grants Fund 2025/26 – First Round Allocations. "
                  "b) Approves grants totalling $184,500 from the Community Grants Fund 2025/26 to the 23 organisations listed in Attachment 1 to the report. "
                  "c) Notes that $15,500 remains unallocated for the second funding round, which opens in October 2025."]),
            item("6.3", "Draft Fees and Charges 2025/26",
                 ["That the report Draft Fees and Charges 2025/26 lie on the table until the Committee’s meeting on 19 June 2025, and that staff provide further information on the effect of the proposed dog registration fees on owners of working dogs."],
                 [A("that staff provide further information on the effect of the proposed dog registration fees on owners of working dogs.",
                    "Staff", "2025-06-19")]),
            item("6.4", "Tawhiti Bay Seawall Renewal – Procurement Approach",
                 ["That the Community and Finance Committee: a) Receives the report Tawhiti Bay Seawall Renewal – Procurement Approach. "
                  "b) Approves a two-stage open tender for the design and construction of the Tawhiti Bay seawall renewal. "
                  "c) Delegates to the Chief Executive the authority to award the construction contract up to a value of $2.4 million (excluding GST). "
                  "d) Requests that staff hold a design workshop with the Tawhiti Bay Residents’ Association before the tender is released."],
                 [A("Requests that staff hold a design workshop with the Tawhiti Bay Residents’ Association before the tender is released.",
                    "Staff"),
                  A("Rewi Haumoana advised that staff will report to the Committee on the outcome of the tender in September 2025.",
                    "Staff (Rewi Haumoana, Group Manager Infrastructure)", "2025-09")]),
            item("7", "Public Excluded",
                 ["That the public be excluded from the following part of the proceedings of this meeting. The general subject of the matter to be considered while the public is excluded, the reason for passing this resolution and the grounds under section 48(1) of the Local Government Official Information and Meetings Act 1987 are as follows:",
                  "That the public be re-admitted to the meeting."]),
            item("8", "Karakia Whakamutunga"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": TDC, "name": "Community Grants Fund priorities for 2025/26 (Community Grants Policy)", "kind": "priority",
        "period": "2025/26", "source_line": L.find("Community Grants Policy, the fund’s priorities for 2025/26 are"),
        "items": ["the wellbeing of tamariki and rangatahi", "environmental restoration and predator control",
                  "community-led emergency preparedness", "te reo Māori and tikanga in the community"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": TDC, "aliases": ["Te Kaunihera ā-Rohe o Tawhitirangi"]},
        {"name": "Community and Finance Committee", "aliases": []},
        {"name": "Tawhitirangi Foodbank Trust", "aliases": []},
        {"name": "Tawhiti Bay Residents’ Association", "aliases": []},
        {"name": "Ōpito Valley Pony Club", "aliases": ["Pony Club"]},
        {"name": "Ōpito School", "aliases": []},
        {"name": "Waikōura Regional Council", "aliases": []},
    ],
    "dates": [
        D("Thursday, 8 May 2025", "2025-05-08", "meeting date"),
        D("February 2025", "2025-02", "storms causing seawall erosion"),
        D("30 September 2025", "2025-09-30", "Pony Club lease at Ōpito Domain expires"),
        D("27 March 2025", "2025-03-27", "previous meeting (minutes confirmed)"),
        D("Nine Months to 31 March 2025", "2024-07/2025-03", "financial performance reporting period"),
        D("2025/26", "2025-07/2026-06", "year to which roading renewals are carried forward", at="carried forward to 2025/26"),
        D("Community Grants Fund 2025/26", "2025-07/2026-06", "Community Grants Fund year", at="Community Grants Fund 2025/26 – First Round"),
        D("October 2025", "2025-10", "second funding round opens"),
        D("Annual Plan 2025/26", "2025-07/2026-06", "Annual Plan year", at="Annual Plan 2025/26"),
        D("19 June 2025", "2025-06-19", "fees and charges report to lie on the table until this meeting", at="19 June 2025, and that staff"),
        D("2024–2034", "2024/2034", "Long Term Plan period"),
        D("September 2025", "2025-09", "report on the outcome of the seawall tender"),
        D("19 June 2025", "2025-06-19", "next meeting (minutes to be confirmed)", at="to be held on 19 June 2025"),
    ],
}

write_keys(STEM, meetings, facts)
