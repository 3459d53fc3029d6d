from lib import PDF, Lines, write_keys
from make_redhaven import STEM

L = Lines(PDF / f"{STEM}.pdf")
RBC = "Redhaven Borough Council"
TRUST = "Ashwater Valley NHS Foundation Trust"
ICB = "NHS Redhaven and Moorside Integrated Care Board"
DPH = "Dr Paul Adebayo (Director of Public Health)"
SSO = "Katie Brennan (Senior Scrutiny Officer)"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def D(text, iso, what, at=None, after=0):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(at or text, after)}


def item(num, title, res=(), acts=()):
    return {"number": num, "ref": None, "title": title, "resolutions": list(res), "actions": list(acts)}


R12 = ("RECOMMENDED that Ashwater Valley NHS Foundation Trust report to the Committee in July 2025 on progress against "
       "the four-hour standard and on ambulance handover delays.")
R13 = ("RECOMMENDED that the Executive Member for Adult Social Care and NHS Redhaven and Moorside Integrated Care Board "
       "jointly review the discharge-to-assess capacity commissioned for winter 2025/26 and report their findings to the "
       "Committee by October 2025.")
R15 = ("RECOMMENDED that the Director of Public Health report to the Committee in March 2026 on progress against the six "
       "recommendations in the annual report.")
TAB = L.find("Ref Action Lead Due Status")

meetings = {
    "components": [{"title": "Health Overview and Scrutiny Committee – Minutes of the meeting held on 11 February 2025",
                    "kind": "minutes", "first_line": "Redhaven Borough Council", "start_line": L.find("Redhaven Borough Council")}],
    "meetings": [{
        "body": "Health Overview and Scrutiny Committee",
        "authority": RBC,
        "date": "2025-02-11", "time": "19:00",
        "venue": "Committee Room 2, Redhaven Civic Centre, Dock Road, Redhaven",
        "attendees": [
            att("Judith Pemberton", "Chair", "present"),
            att("Adaeze Okafor", "Vice-Chair", "present"),
            att("Imran Shah", "Councillor", "present"),
            att("Gareth Lowther", "Councillor", "present"),
            att("Philippa Crane", "Councillor", "present"),
            att("Dennis Yau", "Councillor", "present"),
            att("Malcolm Dunn", "Councillor, substitute for Councillor Rhona Fairbairn", "present"),
            att("Beverley Hinds", "Co-opted member, Healthwatch Redhaven (non-voting)", "present"),
            att("Dr Helen Marchetti", "Chief Medical Officer, Ashwater Valley NHS Foundation Trust (witness)", "also_present"),
            att("Mark Tolley", "Chief Operating Officer, Ashwater Valley NHS Foundation Trust (witness)", "also_present"),
            att("Sunita Varma", "Director of Place (Redhaven), NHS Redhaven and Moorside Integrated Care Board (witness)", "also_present"),
            att("Craig Fenwick", "Service Director, Moorside Care Partnership NHS Trust (witness)", "also_present"),
            att("Dr Paul Adebayo", "Director of Public Health", "in_attendance"),
            att("Katie Brennan", "Senior Scrutiny Officer", "in_attendance"),
            att("Rhona Fairbairn", "Councillor", "apologies"),
            att("Trevor Liddell", "Councillor", "apologies"),
        ],
        "apologies": ["Rhona Fairbairn", "Trevor Liddell"],
        "items": [
            item("1", "Apologies for Absence and Substitutions"),
            item("2", "Declarations of Interest"),
            item("3", "Minutes of the Previous Meeting",
                 ["RESOLVED that the minutes of the meeting held on 10 December 2024 be approved as a correct record and signed by the Chair."]),
            item("4", "Urgent and Emergency Care Performance – Ashwater Valley NHS Foundation Trust", [R12, R13],
                 [A("The Trust will introduce a corridor care standard and a patient information leaflet by 31 March 2025.", TRUST, "2025-03-31"),
                  A("The Trust will share a breakdown of virtual ward use by ward with the Senior Scrutiny Officer.", TRUST),
                  A(R12, TRUST, "2025-07"),
                  A(R13, "Executive Member for Adult Social Care and NHS Redhaven and Moorside Integrated Care Board", "2025-10")]),
            item("5", "Community Mental Health Services – Transformation Update", ["RESOLVED that the update be noted."],
                 [A("The Senior Scrutiny Officer was asked to arrange a visit by members to the Redhaven Crisis Café before the next meeting.",
                    SSO, "2025-04-08")]),
            item("6", "Director of Public Health Annual Report 2024 – Healthy Weight",
                 ["RECOMMENDED that the Director of Public Health Annual Report 2024 be noted and that the Committee supports the proposal to restrict new hot food takeaways within 400 metres of a school.",
                  R15],
                 [A("The Health and Wellbeing Board will adopt a healthy weight declaration in June 2025", "Redhaven Health and Wellbeing Board", "2025-06"),
                  A("the Council will consult on a supplementary planning document on hot food takeaways in the autumn.", RBC, "2025"),
                  A(R15, DPH, "2026-03")]),
            item("7", "Proposed Changes to Hyper-Acute Stroke Services – Consultation Response",
                 ["RECOMMENDED that the Committee’s response to the consultation, as set out in Appendix A and amended to include members’ concerns about travel times and visitor transport, be submitted to NHS Redhaven and Moorside Integrated Care Board by 28 February 2025.",
                  "RECOMMENDED that the Committee does not, at this stage, refer the proposals to the Secretary of State for Health and Social Care, and reconsiders the matter when the ICB’s decision-making business case is published."]),
            item("8", "Work Programme and Outstanding Actions",
                 ["RESOLVED that the work programme be agreed, with the addition of a session on access to NHS dentistry at the meeting in September 2025."],
                 [A("Provide data on GP appointment waiting times by primary care network", ICB, "2025-04"),
                  A("Circulate the dementia diagnosis rate action plan to members", DPH, "2025-03"),
                  A("Report on the outcome of the CQC inspection of Redhaven General Hospital maternity services", TRUST, "2025-07"),
                  A("Arrange a briefing on NHS dental access in the borough", SSO, "2025-06")]),
            item("9", "Date of Next Meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": TRUST, "name": "Urgent and Emergency Care Improvement Plan 2024/25 priorities", "kind": "priority",
        "period": "2024/25", "source_line": L.find("Urgent and Emergency Care Improvement Plan 2024/25"),
        "items": ["Reduce ambulance handover delays to under 45 minutes",
                  "Increase same day emergency care so that fewer patients are admitted",
                  "Improve flow through the hospital by discharging patients earlier in the day",
                  "Expand the virtual ward to 120 beds"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": RBC, "aliases": ["RBC"]},
        {"name": "Health Overview and Scrutiny Committee", "aliases": []},
        {"name": "Healthwatch Redhaven", "aliases": []},
        {"name": TRUST, "aliases": []},
        {"name": ICB, "aliases": ["NHS Redhaven and Moorside ICB", "ICB"]},
        {"name": "Moorside Care Partnership NHS Trust", "aliases": []},
        {"name": "Redhaven General Hospital", "aliases": []},
        {"name": "Moorside Royal Infirmary", "aliases": []},
        {"name": "Harbour Lights Redhaven", "aliases": []},
        {"name": "Redhaven Crisis Café", "aliases": []},
        {"name": "Redhaven Health and Wellbeing Board", "aliases": ["Health and Wellbeing Board"]},
        {"name": "Redhaven Community Sports Trust", "aliases": []},
        {"name": "CQC", "aliases": []},
    ],
    "dates": [
        D("Tuesday 11 February 2025", "2025-02-11", "meeting date"),
        D("10 December 2024", "2024-12-10", "previous meeting (minutes approved)"),
        D("2024/25", "2024-04/2025-03", "Urgent and Emergency Care Improvement Plan period", at="Urgent and Emergency Care Improvement Plan 2024/25"),
        D("March 2025", "2025-03", "national four-hour expectation (78%) date", at="78% by March 2025"),
        D("31 March 2025", "2025-03-31", "corridor care standard and leaflet introduced"),
        D("July 2025", "2025-07", "Trust to report on four-hour standard (HOSC 25/12)", at="July 2025 on progress"),
        D("winter 2025/26", "2025/2026", "discharge-to-assess capacity period (HOSC 25/13)"),
        D("October 2025", "2025-10", "joint review findings reported (HOSC 25/13)"),
        D("6 January 2025", "2025-01-06", "neighbourhood mental health teams went live"),
        D("October 2024", "2024-10", "Redhaven Crisis Café opened"),
        D("the end of 2025", "2025-12", "target 14-day median wait"),
        D("Director of Public Health Annual Report 2024", "2024", "annual report year"),
        D("June 2025", "2025-06", "healthy weight declaration adopted by the Health and Wellbeing Board", at="declaration in June 2025"),
        D("March 2026", "2026-03", "Director of Public Health reports on progress (HOSC 25/15)"),
        D("28 February 2025", "2025-02-28", "stroke services consultation closes", at="consultation closes on 28 February 2025"),
        D("28 February 2025", "2025-02-28", "deadline for submitting the Committee's consultation response (HOSC 25/16)", at="Board by 28 February 2025"),
        D("2024/25", "2024-04/2025-03", "work programme year", at="remainder of 2024/25"),
        D("April 2025", "2025-04", "due date, outstanding action HOSC 24/31", after=TAB),
        D("March 2025", "2025-03", "due date, outstanding action HOSC 24/36", after=TAB),
        D("July 2025", "2025-07", "due date, outstanding action HOSC 24/40", after=TAB),
        D("June 2025", "2025-06", "due date, outstanding action HOSC 24/44", after=TAB),
        D("September 2025", "2025-09", "session on NHS dentistry"),
        D("Tuesday 8 April 2025", "2025-04-08", "next meeting"),
    ],
}

write_keys(STEM, meetings, facts)
