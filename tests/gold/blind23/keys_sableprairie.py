from lib import PDF, Lines, write_keys
from make_sableprairie import STEM

ALL5 = "Ayes: Brandt, Halvorsen, Kessinger, Nguyen, Oduya. Nays: None. Motion carried 5-0."

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


DISTRICT = "Sable Prairie Community School District"
meetings = {
    "components": [{"title": "Sable Prairie Community School District – Board of Directors Regular Meeting Minutes, January 13, 2025",
                    "kind": "minutes", "first_line": "SABLE PRAIRIE COMMUNITY SCHOOL DISTRICT",
                    "start_line": L.find("SABLE PRAIRIE COMMUNITY SCHOOL DISTRICT")}],
    "meetings": [{
        "body": "Board of Directors", "authority": DISTRICT, "date": "2025-01-13", "time": "18:00",
        "venue": "Board Room, Sable Prairie Administration Center",
        "attendees": [
            att("Karen Halvorsen", "President", "present"),
            att("Marcus Oduya", "Vice President", "present"),
            att("Jill Brandt", "Director", "present"),
            att("Tyler Kessinger", "Director", "present"),
            att("Linh Nguyen", "Director", "present"),
            att("Rosa Delgado", "Director", "absent"),
            att("Erik Sorensen", "Director", "absent"),
            att("Dr. Paul Grady", "Superintendent", "in_attendance"),
            att("Melissa Vance", "Business Manager/Board Secretary", "in_attendance"),
            att("Dr. Lena Hoffmann", "Director of Teaching and Learning", "in_attendance"),
            att("Brian Yates", "Director of Buildings and Grounds", "in_attendance"),
            att("Jordan Ames", "Student Representative (non-voting)", "also_present"),
        ],
        "apologies": [],
        "items": [
            item("I", "CALL TO ORDER"),
            item("II", "ROLL CALL"),
            item("III", "APPROVAL OF AGENDA",
                 ["Motion by Oduya, second by Nguyen to approve the agenda as presented. " + ALL5]),
            item("IV", "RECOGNITIONS"),
            item("V", "PUBLIC COMMENT"),
            item("VI", "CONSENT AGENDA",
                 ["Motion by Brandt, second by Kessinger to approve the consent agenda as presented. " + ALL5]),
            item("A", "Minutes of the December 9, 2024 Regular Meeting and December 16, 2024 Special Meeting"),
            item("B", "Bills and Claims for January 2025 ($1,284,619.42)"),
            item("C", "Financial Reports for December 2024"),
            item("D", "Personnel: Resignations, New Hires and Contract Changes"),
            item("E", "Open Enrollment Requests for 2025-26"),
            item("F", "Fundraiser Request: Sable Prairie High School FFA Chapter Fruit Sale"),
            item("G", "Agreement with Bluestem Area Education Agency for Special Education Services, 2025-26"),
            item("VII", "REPORTS"),
            item("A", "Superintendent’s Report", [],
                 [A("Dr. Grady will present the results of the winter literacy screening at the February 10, 2025 meeting.",
                    "Dr. Paul Grady", "2025-02-10")]),
            item("B", "Student Representative Report"),
            item("C", "Business Manager’s Report", [],
                 [A("The Board will hold a public hearing on the proposed certified budget on April 14, 2025, and the budget must be certified to the Ostrander County Auditor by April 30, 2025.",
                    "Board of Directors", "2025-04-30")]),
            item("D", "Director of Teaching and Learning Report", [],
                 [A("The District will apply for the state’s summer reading program grant by March 15, 2025.",
                    DISTRICT, "2025-03-15")]),
            item("VIII", "ACTION ITEMS"),
            item("A", "Approve 2025-26 School Calendar",
                 ["Motion by Nguyen, second by Oduya to approve the 2025-26 school calendar as presented. " + ALL5]),
            item("B", "Award Bid for High School Roof Replacement",
                 ["Motion by Kessinger, second by Brandt to award the Sable Prairie High School roof replacement project to Cedar Ridge Roofing, Inc. in the amount of $642,300, to be paid from SAVE funds. " + ALL5]),
            item("C", "Approve Purchase of Two 72-Passenger School Buses",
                 ["Motion by Oduya, second by Halvorsen to approve the purchase of two 72-passenger school buses from Midland Coach & Bus Co. at a total cost of $287,400. Ayes: Brandt, Halvorsen, Nguyen, Oduya. Nays: Kessinger. Motion carried 4-1."]),
            item("D", "First Reading: Board Policies 503.1 Student Conduct and 506.2 Student Library Circulation Records"),
            item("E", "Approve Whole Grade Sharing and Operational Sharing Agreement with Coldwater Valley Community School District",
                 ["Motion by Brandt, second by Nguyen to approve the operational sharing agreement with Coldwater Valley Community School District for a shared Transportation Director for 2025-26 and 2026-27, and to direct the Superintendent to sign the agreement. " + ALL5],
                 [A("to direct the Superintendent to sign the agreement.", "Dr. Paul Grady")]),
            item("F", "Approve Early Retirement Incentive Program for 2024-25",
                 ["Motion by Halvorsen, second by Brandt to approve the 2024-25 Early Retirement Incentive Program as presented. " + ALL5]),
            item("IX", "CLOSED SESSION",
                 ["Motion by Oduya, second by Nguyen to enter closed session pursuant to Iowa Code section 21.5(1)(i) to evaluate the professional competency of an individual whose appointment, hiring, performance or discharge is being considered, when necessary to prevent needless and irreparable injury to that individual’s reputation and that individual requests a closed session. Roll call vote: " + ALL5]),
            item("X", "BOARD COMMUNICATIONS AND FUTURE AGENDA ITEMS", [],
                 [A("Director Nguyen requested that administration provide an update on the crossing guard request near Sable Prairie Elementary School at the February 10, 2025 meeting.",
                    "Administration", "2025-02-10")]),
            item("XI", "ADJOURNMENT", ["Motion by Kessinger, second by Brandt to adjourn. " + ALL5]),
        ],
    }],
}


def D(text, iso, what, after=0):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(text, after)}


facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": DISTRICT, "aliases": ["SPCSD", "District"]},
        {"name": "Board of Directors", "aliases": ["Board"]},
        {"name": "Sable Prairie Education Association", "aliases": []},
        {"name": "Sable Prairie Elementary School", "aliases": []},
        {"name": "Sable Prairie Middle School", "aliases": []},
        {"name": "Sable Prairie High School", "aliases": []},
        {"name": "Sable Prairie High School FFA Chapter", "aliases": []},
        {"name": "Bluestem Area Education Agency", "aliases": []},
        {"name": "Iowa Department of Education", "aliases": []},
        {"name": "Ostrander County Auditor", "aliases": []},
        {"name": "Cedar Ridge Roofing, Inc.", "aliases": []},
        {"name": "Midland Coach & Bus Co.", "aliases": []},
        {"name": "Coldwater Valley Community School District", "aliases": []},
        {"name": "Iowa Association of School Boards", "aliases": []},
    ],
    "dates": [
        D("Monday, January 13, 2025", "2025-01-13", "meeting date"),
        D("December 9, 2024", "2024-12-09", "previous regular meeting (minutes approved on consent)"),
        D("December 16, 2024", "2024-12-16", "special meeting (minutes approved on consent)"),
        D("January 2025", "2025-01", "bills and claims month"),
        D("December 2024", "2024-12", "financial reports month", L.find("Financial Reports for") - 1),
        D("2025-26", "2025-07/2026-06", "open enrollment / special education agreement / budget / calendar school year",
          L.find("Open Enrollment Requests") - 1),
        D("February 10, 2025", "2025-02-10", "literacy screening results; policies second reading; crossing guard update (next regular meeting)"),
        D("April 14, 2025", "2025-04-14", "public hearing on proposed certified budget"),
        D("April 30, 2025", "2025-04-30", "deadline to certify the budget"),
        D("March 15, 2025", "2025-03-15", "deadline to apply for summer reading program grant"),
        D("August 21, 2025", "2025-08-21", "first day of school 2025-26"),
        D("May 29, 2026", "2026-05-29", "last day of school 2025-26"),
        D("June 9 and August 8, 2025", "2025-06-09/2025-08-08", "high school roof replacement works"),
        D("2025-26 and 2026-27", "2025-07/2027-06", "operational sharing agreement period"),
        D("2024-25", "2024-07/2025-06", "early retirement incentive program year"),
        D("March 3, 2025", "2025-03-03", "deadline for early retirement applications"),
        D("February 19, 2025", "2025-02-19", "Iowa Association of School Boards legislative day"),
        D("Monday, February 10, 2025", "2025-02-10", "next regular meeting"),
    ],
}
write_keys(STEM, meetings, facts)
