from lib import PDF, Lines, write_keys
from make_minnowbrook import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Town of Minnowbrook – Regular Council Meeting Minutes, September 23, 2025", "kind": "minutes",
                    "first_line": "THE CORPORATION OF THE TOWN OF MINNOWBROOK",
                    "start_line": L.find("THE CORPORATION OF THE TOWN OF MINNOWBROOK")}],
    "meetings": [{
        "body": "Regular Council Meeting", "authority": "Town of Minnowbrook", "date": "2025-09-23", "time": "18:00",
        "venue": "Council Chambers, Municipal Office, 40 Front Street West",
        "attendees": [
            att("Diane Lachapelle", "Mayor", "present"),
            att("Trevor Osei", "Deputy Mayor", "present"),
            att("Marguerite Fontaine", "Councillor", "present"),
            att("Raj Dhaliwal", "Councillor", "present"),
            att("Hollis Brandt", "Councillor", "present"),
            att("Shannon McIver", "Councillor", "virtual"),
            att("Paul Kowalczyk", "Councillor", "apologies"),
            att("Andrea Beaulieu", "Chief Administrative Officer", "in_attendance"),
            att("Gordon Tse", "Director of Corporate Services/Clerk", "in_attendance"),
            att("Nadia Farouk", "Director of Finance/Treasurer", "in_attendance"),
            att("Ken Wyborn", "Director of Public Works", "in_attendance"),
            att("Lisa Marchetti", "Manager of Planning", "in_attendance"),
            att("Erin Pollard", "Deputy Clerk (Recording Secretary)", "in_attendance"),
        ],
        "apologies": ["Paul Kowalczyk"],
        "items": [
            item("1", "Call to Order"),
            item("2", "Land Acknowledgement"),
            item("3", "Disclosure of Pecuniary Interest"),
            item("4", "Adoption of Agenda",
                 ["That the agenda for the Regular Council Meeting of September 23, 2025 be adopted as presented. CARRIED"]),
            item("5", "Adoption of Minutes"),
            item("5.1", "Regular Council Meeting – September 9, 2025",
                 ["That the minutes of the Regular Council Meeting held on September 9, 2025 be adopted as circulated. CARRIED"]),
            item("6", "Delegations"),
            item("6.1", "Minnowbrook Minor Hockey Association – Ice Allocation 2025-2026",
                 ["That the delegation from the Minnowbrook Minor Hockey Association be received; and That staff be directed to review the 2025-2026 ice allocation policy and report back to Council by November 25, 2025. CARRIED"],
                 [A("That staff be directed to review the 2025-2026 ice allocation policy and report back to Council by November 25, 2025.",
                    "Staff", "2025-11-25")]),
            item("6.2", "Friends of Birchmere Marsh – Boardwalk Repairs",
                 ["That the delegation from the Friends of Birchmere Marsh be received for information. CARRIED"]),
            item("7", "Staff Reports"),
            item("7.1", "2026 Budget Timeline and Public Engagement",
                 ["That Report FIN-2025-19 be received; and That Council approve the 2026 Budget Timeline, with final budget adoption scheduled for January 13, 2026. CARRIED"],
                 ref="Report FIN-2025-19"),
            item("7.2", "Lakeshore Road Reconstruction, Tender Award",
                 ["That Council award Tender PW-T-2025-07 for the reconstruction of Lakeshore Road to Norhaven Paving Ltd. in the amount of $2,846,300, plus HST; and That the Mayor and Clerk be authorized to execute the contract. CARRIED"],
                 ref="Report PW-2025-31"),
            item("7.3", "Short-Term Rental Licensing Framework",
                 ["That Council adopt Option 2 of Report PLN-2025-44 and cap short-term rental licences at 80 town-wide, effective March 1, 2026. DEFEATED",
                  "That Report PLN-2025-44 be received; and That staff be directed to prepare a draft Short-Term Rental Licensing By-law based on Option 1, without a licence cap, and hold a public open house before bringing the by-law to Council in February 2026. CARRIED"],
                 [A("That staff be directed to prepare a draft Short-Term Rental Licensing By-law based on Option 1, without a licence cap, and hold a public open house before bringing the by-law to Council in February 2026.",
                    "Staff", "2026-02")],
                 ref="Report PLN-2025-44"),
            item("8", "By-laws"),
            item("8.1", "By-law 2025-067 – Zoning By-law Amendment, 450 Pine Street (Cedarline Homes Inc.)",
                 ["That By-law 2025-067, being a By-law to amend Zoning By-law 2014-40 to rezone 450 Pine Street from Residential Type 1 (R1) to Residential Type 3 (R3), be read a first, second and third time and finally passed. CARRIED"]),
            item("9", "Notice of Motion", [],
                 [A("Councillor Brandt gave notice that she will bring forward a motion at the October 14, 2025 meeting asking staff to investigate a community improvement plan for the downtown.",
                    "Councillor Hollis Brandt", "2025-10-14")]),
            item("10", "Confirming By-law",
                 ["That By-law 2025-068, being a By-law to confirm the proceedings of Council at its meeting held on September 23, 2025, be read a first, second and third time and finally passed. CARRIED"]),
            item("11", "Adjournment", ["That Council adjourn at 8:05 p.m. CARRIED"]),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Town of Minnowbrook", "aliases": ["The Corporation of the Town of Minnowbrook", "Town"]},
        {"name": "Minnowbrook Minor Hockey Association", "aliases": []},
        {"name": "Friends of Birchmere Marsh", "aliases": []},
        {"name": "Ontario Trillium Foundation", "aliases": []},
        {"name": "Norhaven Paving Ltd.", "aliases": []},
        {"name": "Cedarline Homes Inc.", "aliases": []},
    ],
    "dates": [
        {"text": "Tuesday, September 23, 2025", "iso": "2025-09-23", "what": "meeting date"},
        {"text": "September 9, 2025", "iso": "2025-09-09", "what": "previous Regular Council Meeting (minutes adopted)"},
        {"text": "Ice Allocation 2025-2026", "iso": "2025/2026", "what": "ice allocation season"},
        {"text": "November 25, 2025", "iso": "2025-11-25", "what": "staff report back on ice allocation policy"},
        {"text": "November 4, 2025", "iso": "2025-11-04", "what": "draft 2026 budget tabled"},
        {"text": "December 2, 2025", "iso": "2025-12-02", "what": "budget deliberations"},
        {"text": "January 13, 2026", "iso": "2026-01-13", "what": "final 2026 budget adoption"},
        {"text": "March 1, 2026", "iso": "2026-03-01", "what": "proposed effective date of licence cap (motion defeated)"},
        {"text": "February 2026", "iso": "2026-02", "what": "draft Short-Term Rental Licensing By-law to Council"},
        {"text": "October 14, 2025", "iso": "2025-10-14", "what": "next meeting at which the notice of motion will be brought"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
