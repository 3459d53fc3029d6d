from lib import PDF, Lines, write_keys
from make_okanee import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Okanee County Board of Commissioners – Regular Meeting Minutes, October 8, 2024",
                    "kind": "minutes", "first_line": "OKANEE COUNTY BOARD OF COMMISSIONERS",
                    "start_line": L.find("OKANEE COUNTY BOARD OF COMMISSIONERS")}],
    "meetings": [{
        "body": "Okanee County Board of Commissioners", "authority": "Okanee County", "date": "2024-10-08",
        "time": "18:00",
        "venue": "Commission Chambers, Okanee County Administration Building, 210 W. Main Street, Cordell Falls",
        "attendees": [
            att("Dana Whitcomb", "Chair", "present"),
            att("Marcus Haldane", "Vice Chair", "present"),
            att("Elena Ruiz", "Commissioner", "present"),
            att("Grace Lindqvist", "Commissioner", "present"),
            att("Thomas Brennan", "Commissioner (arrived at 6:14 p.m.)", "present"),
            att("Robert Tsai", "County Administrator", "in_attendance"),
            att("Janelle Price", "County Attorney", "in_attendance"),
            att("Amy Kowalski", "Clerk to the Board", "in_attendance"),
            att("Luis Ferreira", "Public Works Director", "in_attendance"),
            att("Carol Nakamura", "Finance Director", "in_attendance"),
            att("Owen Achebe", "Planning Director", "in_attendance"),
        ],
        "apologies": [],
        "items": [
            item("1", "CALL TO ORDER"),
            item("2", "ROLL CALL"),
            item("3", "PLEDGE OF ALLEGIANCE AND INVOCATION"),
            item("4", "APPROVAL OF AGENDA",
                 ["Motion by Vice Chair Haldane, second by Commissioner Ruiz, to approve the agenda as presented. Motion passed 4-0."]),
            item("5", "CONSENT AGENDA",
                 ["Motion by Commissioner Lindqvist, second by Vice Chair Haldane, to approve Consent Agenda items A through D as presented. Motion passed 4-0."]),
            item("A", "Approval of Minutes – Regular Meeting of September 24, 2024"),
            item("B", "Approval of Claims and Payroll in the amount of $1,482,306.17"),
            item("C", "Resolution No. 2024-61 Accepting an Emergency Management Performance Grant in the amount of $48,500"),
            item("D", "Interlocal Agreement with the City of Cordell Falls for Animal Shelter Services, October 1, 2024 – September 30, 2025"),
            item("6", "PUBLIC HEARINGS"),
            item("A", "Ordinance No. 2024-09 – Rezoning of 14.2 acres at 4410 County Road 17 from A-1 Agricultural to R-2 Single-Family Residential (Case PZ-24-031; applicant Greywater Homes LLC)",
                 ["Motion by Commissioner Ruiz, second by Commissioner Lindqvist, to adopt Ordinance No. 2024-09 with the six conditions recommended by the Planning Commission. Motion passed 4-1."]),
            item("7", "NEW BUSINESS"),
            item("A", "Award of Bid No. 24-017 – County Road 9 Bridge Replacement",
                 ["Motion by Commissioner Brennan, second by Commissioner Ruiz, to award Bid No. 24-017 to Red Clay Constructors, Inc. in the amount of $2,316,940.00 and authorize the Chair to sign the contract. Motion passed 5-0."]),
            item("B", "FY 2025 Budget Amendment No. 2 – Detention Center Medical Services",
                 ["Motion by Commissioner Brennan, second by Commissioner Ruiz, to table the item to the October 22, 2024 meeting. Motion failed 2-3.",
                  "Motion by Vice Chair Haldane, second by Commissioner Lindqvist, to approve FY 2025 Budget Amendment No. 2 increasing General Fund appropriations by $312,000. Motion passed 3-2."],
                 [A("The Board directed the Finance Director to present a quarterly report on detention center medical costs, beginning in January 2025.",
                    "Finance Director Carol Nakamura", "2025-01")]),
            item("C", "Appointment to the Okanee County Library Board",
                 ["Motion by Commissioner Lindqvist, second by Chair Whitcomb, to appoint Harriet Vance to the Okanee County Library Board for a term ending June 30, 2028. Motion passed 5-0."]),
            item("D", "Discussion – Courthouse HVAC Replacement", [],
                 [A("The Board directed the Public Works Director to obtain three quotes for replacement of the courthouse chillers and return to the Board on November 12, 2024.",
                    "Public Works Director Luis Ferreira", "2024-11-12")]),
            item("8", "COUNTY ADMINISTRATOR REPORT", [],
                 [A("the County will hold a budget workshop on November 5, 2024.", "Okanee County", "2024-11-05")]),
            item("9", "COMMISSIONER COMMENTS", [],
                 [A("Commissioner Lindqvist requested a report on ambulance response times in District 3 from Okanee County EMS.",
                    "Okanee County EMS")]),
            item("10", "ADJOURNMENT",
                 ["Motion by Commissioner Ruiz, second by Vice Chair Haldane, to adjourn. Motion passed 5-0 by voice vote."]),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Okanee County Board of Commissioners", "aliases": ["Board of Commissioners"]},
        {"name": "Okanee County", "aliases": ["County"]},
        {"name": "Cordell Falls First Methodist Church", "aliases": []},
        {"name": "City of Cordell Falls", "aliases": []},
        {"name": "Greywater Homes LLC", "aliases": []},
        {"name": "Okanee County Planning Commission", "aliases": ["Planning Commission"]},
        {"name": "Red Clay Constructors, Inc.", "aliases": []},
        {"name": "Federal Highway Administration", "aliases": []},
        {"name": "Prairieline Correctional Health", "aliases": []},
        {"name": "Okanee County Library Board", "aliases": []},
        {"name": "Okanee County EMS", "aliases": []},
        {"name": "Cordell Falls Volunteer Fire Department", "aliases": []},
    ],
    "dates": [
        {"text": "Tuesday, October 8, 2024", "iso": "2024-10-08", "what": "meeting date"},
        {"text": "September 24, 2024", "iso": "2024-09-24", "what": "previous regular meeting (minutes approved on consent)"},
        {"text": "October 1, 2024 – September 30, 2025", "iso": "2024-10-01/2025-09-30", "what": "term of the interlocal animal shelter agreement"},
        {"text": "September 19, 2024", "iso": "2024-09-19", "what": "Planning Commission recommendation on Case PZ-24-031"},
        {"text": "FY 2025", "iso": "2025", "what": "fiscal year of Budget Amendment No. 2 (fiscal year months not stated)"},
        {"text": "October 22, 2024", "iso": "2024-10-22", "what": "meeting to which a failed motion proposed to table the budget amendment"},
        {"text": "January 2025", "iso": "2025-01", "what": "first quarterly report on detention center medical costs"},
        {"text": "June 30, 2028", "iso": "2028-06-30", "what": "end of Library Board term (Harriet Vance)"},
        {"text": "November 12, 2024", "iso": "2024-11-12", "what": "HVAC quotes to return to the Board"},
        {"text": "Saturday, October 19, 2024", "iso": "2024-10-19", "what": "Fall Clean-Up Day"},
        {"text": "November 5, 2024", "iso": "2024-11-05", "what": "budget workshop"},
        {"text": "October 2", "iso": "2024-10-02", "what": "grass fires (year inferred)"},
        {"text": "Approved: October 22, 2024", "iso": "2024-10-22", "what": "minutes approved"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
