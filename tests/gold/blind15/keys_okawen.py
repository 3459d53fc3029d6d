from lib import PDF, Lines, write_keys
from make_okawen import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


OVTA = "Okawen Valley Transit Authority (OVTA)"
meetings = {
    "components": [{"title": "Okawen Valley MPO – Transportation Policy Committee Meeting Minutes, June 13, 2024",
                    "kind": "minutes", "first_line": "OKAWEN VALLEY METROPOLITAN PLANNING ORGANIZATION",
                    "start_line": L.find("OKAWEN VALLEY METROPOLITAN PLANNING ORGANIZATION")}],
    "meetings": [{
        "body": "Transportation Policy Committee", "authority": "Okawen Valley Metropolitan Planning Organization",
        "date": "2024-06-13", "time": "1:30 p.m.",
        "venue": "Okawen Valley Regional Commission Building, Board Room A, 300 Commerce Street, Okawen City",
        "attendees": [
            att("Mayor Teresa Villalobos", "Chair (City of Okawen)", "present"),
            att("Commissioner Dale Pruitt", "Vice Chair (Tamsett County)", "present"),
            att("Council Member Andre Whitfield", "City of Okawen", "present"),
            att("Mayor Patrick Oyelaran", "Town of Quillan Springs", "present"),
            att("Commissioner Sandra Kowalczyk", "Lorne County", "absent"),
            att("Kevin Brandt", "Alternate for Comm. Kowalczyk (Lorne County)", "present"),
            att("Rochelle Banks", "General Manager (" + OVTA + ")", "virtual"),
            att("Nadia Rahimi", "Ex Officio (Non-Voting) (Federal Highway Administration (FHWA))", "present"),
            att("Gregory Tan", "Executive Director", "in_attendance"),
            att("Whitney Salazar", "Principal Planner", "in_attendance"),
            att("Marcus Beaulieu", "Recording Secretary", "in_attendance"),
            att("Jim Hollister", "Tamsett County Engineer", "also_present"),
        ],
        "apologies": [],
        "items": [
            item("I", "CALL TO ORDER"),
            item("II", "PLEDGE OF ALLEGIANCE"),
            item("III", "APPROVAL OF MINUTES – MAY 9, 2024",
                 ["Commissioner Pruitt moved to approve the minutes of the May 9, 2024 meeting as presented. Mayor Oyelaran seconded. The motion passed unanimously."]),
            item("IV", "PUBLIC COMMENT"),
            item("V", "ACTION ITEMS"),
            item("A", "FY 2025–2028 Transportation Improvement Program (TIP) – Resolution 2024-07",
                 ["Council Member Whitfield moved to adopt Resolution 2024-07 approving the FY 2025–2028 Transportation Improvement Program. Commissioner Pruitt seconded. The motion passed 6-0 on a roll call vote."],
                 [A("Staff will submit the adopted TIP to the State Department of Transportation by July 1, 2024 for inclusion in the STIP.",
                    "MPO staff", "2024-07-01")]),
            item("B", "Safety Performance Targets for Calendar Year 2025",
                 ["Mayor Oyelaran moved to support the State’s calendar year 2025 safety performance targets. Mr. Brandt seconded. The motion passed 5-1, with Council Member Whitfield voting no."],
                 [A("Chair Villalobos directed staff to return with options for regional Vision Zero targets at the October 10, 2024 meeting.",
                    "MPO staff", "2024-10-10")]),
            item("C", "Amendment No. 2 to the FY 2024 Unified Planning Work Program (UPWP)",
                 ["Commissioner Pruitt moved to approve Amendment No. 2 to the FY 2024 Unified Planning Work Program. Ms. Banks seconded. The motion passed unanimously."]),
            item("VI", "INFORMATION ITEMS"),
            item("A", "Metropolitan Transportation Plan 2050 – Draft Goals"),
            item("B", "OVTA Bus Network Redesign", [],
                 [A("OVTA will hold pop-up information events at major stops during July 2024.", OVTA, "2024-07")]),
            item("VII", "EXECUTIVE DIRECTOR’S REPORT", [],
                 [A("The Executive Director will circulate the certification review agenda to members by October 1, 2024.",
                    "Executive Director (Gregory Tan)", "2024-10-01")]),
            item("VIII", "OTHER BUSINESS"),
            item("IX", "NEXT MEETING"),
            item("X", "ADJOURNMENT"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Okawen Valley Metropolitan Planning Organization",
        "name": "Metropolitan Transportation Plan 2050 – Draft Goals", "kind": "objective", "period": "2050",
        "source_line": L.find("Metropolitan Transportation Plan 2050 – Draft Goals"),
        "items": ["Safety for all users", "Reliable mobility and freight movement", "Access to opportunity",
                  "Environmental stewardship and resilience", "Fiscal responsibility"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Okawen Valley Metropolitan Planning Organization", "aliases": ["MPO", "OVMPO"]},
        {"name": "Transportation Policy Committee", "aliases": []},
        {"name": "City of Okawen", "aliases": []},
        {"name": "Tamsett County", "aliases": []},
        {"name": "Town of Quillan Springs", "aliases": []},
        {"name": "Lorne County", "aliases": []},
        {"name": "Okawen Valley Transit Authority", "aliases": ["OVTA"]},
        {"name": "Federal Highway Administration", "aliases": ["FHWA"]},
        {"name": "Okawen Bicycle Coalition", "aliases": []},
        {"name": "State Department of Transportation", "aliases": []},
        {"name": "Technical Advisory Committee", "aliases": []},
        {"name": "Federal Transit Administration", "aliases": ["FTA"]},
    ],
    "dates": [],
}


def D(text, iso, what, after=0):
    facts["dates"].append({"text": text, "iso": iso, "what": what, "source_line": L.find(text, after)})


D("Thursday, June 13, 2024", "2024-06-13", "meeting date")
D("May 9, 2024", "2024-05-09", "previous meeting (minutes approved)")
D("FY 2025–2028", "2024-10/2028-09", "TIP period (federal fiscal years 2025–2028)")
D("October 1, 2024 – September 30, 2028", "2024-10-01/2028-09-30", "TIP period as stated")
D("May 1 to May 31, 2024", "2024-05-01/2024-05-31", "TIP public comment period")
D("July 1, 2024", "2024-07-01", "deadline to submit adopted TIP to the State DOT")
D("Calendar Year 2025", "2025", "safety performance targets year")
D("October 10, 2024", "2024-10-10", "meeting to receive Vision Zero target options")
D("FY 2024", "2023-07/2024-06", "UPWP fiscal year")
D("July 1, 2023 to June 30, 2024", "2023-07-01/2024-06-30", "MPO FY 2024 as stated")
D("2050", "2050", "Metropolitan Transportation Plan horizon year")
D("September 2024", "2024-09", "MTP 2050 public workshops")
D("August 18, 2024", "2024-08-18", "redesigned bus network launches")
D("July 2024", "2024-07", "OVTA pop-up information events")
D("November 2024", "2024-11", "federal certification review")
D("October 1, 2024", "2024-10-01", "deadline to circulate certification review agenda", L.find("EXECUTIVE DIRECTOR"))
D("Thursday, August 8, 2024", "2024-08-08", "next meeting")

write_keys(STEM, meetings, facts)
