from lib import PDF, Lines, write_keys
from make_pecanridge import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "City of Pecan Ridge, Texas – City Council Regular Meeting Minutes, April 8, 2025", "kind": "minutes",
                    "first_line": "MINUTES", "start_line": L.find("MINUTES")}],
    "meetings": [{
        "body": "City Council", "authority": "City of Pecan Ridge, Texas", "date": "2025-04-08", "time": "18:00",
        "venue": "Council Chambers, Pecan Ridge City Hall, 310 W. Live Oak Street",
        "attendees": [
            att("Dana Whitcomb", "Mayor", "present"),
            att("Luis Arredondo", "Mayor Pro Tem, Place 3", "present"),
            att("Kendra Boyce", "Council Member, Place 1", "present"),
            att("Travis Hollenbeck", "Council Member, Place 2", "present"),
            att("Anita Ramaswamy", "Council Member, Place 4", "present"),
            att("Curtis Vogel", "Council Member, Place 6", "present"),
            att("Wade Strickland", "Council Member, Place 5", "absent"),
            att("Rebecca Tunstall", "City Manager", "in_attendance"),
            att("Marisol Ochoa", "City Secretary", "in_attendance"),
            att("Grant Pemberton", "City Attorney", "in_attendance"),
            att("Hector Villalobos", "Director of Development Services", "in_attendance"),
            att("Jenna Kowalczyk", "Finance Director", "in_attendance"),
            att("Darnell Hayes", "Police Chief", "in_attendance"),
        ],
        "apologies": [],
        "items": [
            item("1", "CALL TO ORDER"),
            item("2", "ROLL CALL"),
            item("3", "INVOCATION AND PLEDGES OF ALLEGIANCE"),
            item("4", "CITIZENS COMMUNICATIONS"),
            item("5", "PROCLAMATIONS AND PRESENTATIONS"),
            item("6", "CONSENT AGENDA",
                 ["Motion by Council Member Boyce, second by Mayor Pro Tem Arredondo, to approve the Consent Agenda. Motion carried 6-0."]),
            item("A", "Consider approval of the minutes of the March 25, 2025 Regular Meeting"),
            item("B", "Consider acceptance of the Quarterly Investment Report for the quarter ending December 31, 2024"),
            item("C", "Consider Resolution No. R2025-11 approving an Interlocal Agreement with Brazola County for fire protection services in the City’s extraterritorial jurisdiction (ETJ)"),
            item("D", "Consider authorizing the purchase of two (2) police patrol vehicles from Lone Star Fleet Solutions, LLC through a cooperative purchasing contract, in an amount not to exceed $118,460"),
            item("7", "Conduct a public hearing and consider Ordinance No. 2025-014 amending the zoning of approximately 42.6 acres located at 2100 FM 3185 from Agricultural (AG) District to Single Family Residential (SF-7) District (Case Z-2025-02, Saddle Creek Estates)",
                 ["Motion by Council Member Ramaswamy, second by Mayor Pro Tem Arredondo, to approve Ordinance No. 2025-014 as recommended by the Planning and Zoning Commission, with the condition that the developer construct the regional detention pond before the first final plat is recorded. Motion carried 4-2."]),
            item("8", "Consider Ordinance No. 2025-015 amending the Fiscal Year 2024-2025 Budget (Budget Amendment No. 2) to appropriate $245,000 from the General Fund balance for emergency repairs to the Pecan Ridge Municipal Pool",
                 ["Motion by Council Member Vogel, second by Council Member Hollenbeck, to approve Ordinance No. 2025-015 as presented. Motion carried 6-0."]),
            item("9", "Consider Resolution No. R2025-12 awarding a construction contract for the Mesquite Street Waterline Replacement Project to Caliche Creek Utility Constructors, LLC in the amount of $1,386,250 and authorizing the City Manager to execute the contract",
                 ["Motion by Mayor Pro Tem Arredondo, second by Council Member Boyce, to approve Resolution No. R2025-12. Motion carried 6-0."]),
            item("10", "Discuss the Fiscal Year 2025-2026 budget calendar", [],
                 [A("The City Manager will file the proposed budget with the City Secretary by July 31, 2025.",
                    "City Manager (Rebecca Tunstall)", "2025-07-31"),
                  A("Council directed staff to schedule a joint workshop with the Pecan Ridge Economic Development Corporation (PREDC) board in May 2025.",
                    "Staff", "2025-05")]),
            item("11", "EXECUTIVE SESSION"),
            item("12", "RECONVENE INTO OPEN SESSION AND TAKE ACTION, IF ANY, ON ITEMS DISCUSSED IN EXECUTIVE SESSION"),
            item("13", "FUTURE AGENDA ITEMS AND COUNCIL/STAFF REPORTS", [],
                 [A("Council Member Vogel requested that staff provide a report on animal shelter intake and euthanasia rates at the April 22, 2025 meeting.",
                    "Staff", "2025-04-22")]),
            item("14", "ADJOURNMENT",
                 ["Motion by Council Member Hollenbeck, second by Council Member Vogel, to adjourn. Motion carried 6-0."]),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "City of Pecan Ridge", "aliases": []},
        {"name": "Brazola County", "aliases": []},
        {"name": "Live Oak Fellowship Church", "aliases": []},
        {"name": "Friends of the Pecan Ridge Public Library", "aliases": []},
        {"name": "Pecan Ridge Public Library", "aliases": []},
        {"name": "Lone Star Fleet Solutions, LLC", "aliases": []},
        {"name": "Planning and Zoning Commission", "aliases": []},
        {"name": "Caliche Creek Utility Constructors, LLC", "aliases": []},
        {"name": "Pecan Ridge Economic Development Corporation", "aliases": ["PREDC"]},
    ],
    "dates": [
        {"text": "Tuesday, April 8, 2025", "iso": "2025-04-08", "what": "meeting date"},
        {"text": "April 6–12, 2025", "iso": "2025-04-06/2025-04-12", "what": "National Library Week (proclamation)"},
        {"text": "March 25, 2025", "iso": "2025-03-25", "what": "previous regular meeting (minutes approved on consent)"},
        {"text": "December 31, 2024", "iso": "2024-12-31", "what": "end of quarter covered by the Quarterly Investment Report"},
        {"text": "March 18, 2025", "iso": "2025-03-18", "what": "Planning and Zoning Commission meeting (recommended approval 5-2)"},
        {"text": "Fiscal Year 2024-2025", "iso": "2024-10/2025-09", "what": "budget year amended by Ordinance No. 2025-015"},
        {"text": "June 2025", "iso": "2025-06", "what": "Mesquite Street waterline construction expected to begin"},
        {"text": "December 2025", "iso": "2025-12", "what": "Mesquite Street waterline substantial completion"},
        {"text": "Fiscal Year 2025-2026", "iso": "2025-10/2026-09", "what": "budget year of the budget calendar"},
        {"text": "June 17, 2025", "iso": "2025-06-17", "what": "Council budget workshop"},
        {"text": "September 9, 2025", "iso": "2025-09-09", "what": "public hearing and adoption of budget and tax rate"},
        {"text": "July 31, 2025", "iso": "2025-07-31", "what": "deadline to file proposed budget with the City Secretary"},
        {"text": "May 2025", "iso": "2025-05", "what": "joint workshop with PREDC board"},
        {"text": "April 22, 2025", "iso": "2025-04-22", "what": "next meeting (animal shelter report); minutes approved by City Council"},
        {"text": "May 1, 2025", "iso": "2025-05-01", "what": "spring Citizens Police Academy begins"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
