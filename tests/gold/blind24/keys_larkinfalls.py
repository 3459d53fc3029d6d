from lib import PDF, Lines, write_keys
from make_larkinfalls import STEM

L = Lines(PDF / f"{STEM}.pdf")
CITY = "City of Larkin Falls"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def D(text, iso, what, at=None, after=0):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(at or text, after)}


def item(num, title, res=(), acts=()):
    return {"number": num, "ref": None, "title": title, "resolutions": list(res), "actions": list(acts)}


meetings = {
    "components": [{"title": "City of Larkin Falls Planning Commission – Regular Meeting Minutes, April 9, 2025", "kind": "minutes",
                    "first_line": "CITY OF LARKIN FALLS", "start_line": L.find("CITY OF LARKIN FALLS PLANNING")}],
    "meetings": [{
        "body": "Planning Commission",
        "authority": CITY,
        "date": "2025-04-09", "time": "18:00",
        "venue": "City Hall Council Chambers, 410 Main Street, Larkin Falls",
        "attendees": [
            att("Renee Oduya", "Chair", "present"),
            att("Thomas Becker", "Vice Chair", "present"),
            att("Lydia Park", "Commissioner", "present"),
            att("Marcus Greenlee", "Commissioner", "present"),
            att("Anita Solis", "Commissioner", "present"),
            att("Howard Quint", "Commissioner", "present"),
            att("Dale Fisk", "Commissioner (excused)", "absent"),
            att("Angela Ruiz", "Community Development Director", "in_attendance"),
            att("Kevin Moss", "Senior Planner", "in_attendance"),
            att("Tasha Bell", "Associate Planner", "in_attendance"),
            att("Robert Lim", "Assistant City Attorney", "in_attendance"),
            att("Jean Ortiz", "Recording Secretary", "in_attendance"),
        ],
        "apologies": [],
        "items": [
            item("1", "CALL TO ORDER"),
            item("2", "ROLL CALL"),
            item("3", "PLEDGE OF ALLEGIANCE"),
            item("4", "APPROVAL OF MINUTES",
                 ["Motion by Commissioner Park, seconded by Commissioner Greenlee, to approve the minutes of the March 12, 2025 regular meeting as presented. Motion passed 5-0-1 (Commissioner Quint abstaining)."]),
            item("5", "PUBLIC COMMENT ON ITEMS NOT ON THE AGENDA"),
            item("6", "PUBLIC HEARINGS"),
            item("PH-1", "Conditional Use Permit CUP-25-004 – Riverbend Coffee Drive-Through, 1820 Larkin Parkway",
                 ["Motion by Vice Chair Becker, seconded by Commissioner Solis, to approve Conditional Use Permit CUP-25-004 subject to the conditions of approval in the staff report, with an added condition that the drive-through lane provide stacking for a minimum of ten vehicles. Motion passed 6-0."]),
            item("PH-2", "Zoning Map Amendment ZMA-25-002 and Preliminary Plat – Meadowlark Ridge Subdivision",
                 ["Motion by Commissioner Greenlee, seconded by Vice Chair Becker, to recommend that the City Council approve Zoning Map Amendment ZMA-25-002 and the Meadowlark Ridge preliminary plat, subject to the conditions in the staff report and a requirement that the final stormwater plan be approved by the City Engineer before any final plat is recorded. Motion passed 4-1-1 (Commissioner Park opposed; Commissioner Quint recused)."]),
            item("PH-3", "Text Amendment TA-25-001 – Accessory Dwelling Units (Chapter 17.42)",
                 ["Motion by Commissioner Greenlee, seconded by Commissioner Park, to continue PH-3 to the May 14, 2025 regular meeting. Motion passed 6-0."]),
            item("7", "OLD BUSINESS"),
            item("7.A", "Comprehensive Plan Update – “Larkin Falls 2045” Progress Report", [],
                 [A("Staff will present the draft future land use map at the June 11, 2025 meeting.", "Staff", "2025-06-11")]),
            item("8", "NEW BUSINESS"),
            item("8.A", "Capital Improvement Program FY2026–FY2030 – Comprehensive Plan Consistency",
                 ["Motion by Commissioner Solis, seconded by Commissioner Quint, to find the Capital Improvement Program FY2026–FY2030 consistent with the Larkin Falls Comprehensive Plan. Motion passed 6-0."]),
            item("8.B", "Amendment to Planning Commission Bylaws – Remote Participation",
                 ["Motion by Commissioner Quint, seconded by Commissioner Greenlee, to adopt the amendment to Article IV of the Planning Commission Bylaws as presented. Motion passed 5-0-1 (Vice Chair Becker abstaining)."]),
            item("9", "DIRECTOR’S REPORT"),
            item("10", "COMMISSIONER COMMENTS", [],
                 [A("Commissioner Solis asked staff to provide a map of sidewalk gaps near schools at a future meeting.", "Staff"),
                  A("Vice Chair Becker will attend the Mid-Valley Regional Planning Association conference on behalf of the Commission.",
                    "Vice Chair Thomas Becker")]),
            item("11", "ADJOURNMENT"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": CITY, "name": "Larkin Falls 2045 comprehensive plan guiding themes (draft vision)", "kind": "focus_area",
        "period": "2045", "source_line": L.find("The draft vision identifies five guiding themes"),
        "items": ["A connected city with safe streets for walking and biking", "Housing choices for every stage of life",
                  "A thriving downtown and riverfront", "Resilient infrastructure and natural systems",
                  "Fiscally sustainable growth"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": CITY, "aliases": []},
        {"name": "Planning Commission", "aliases": ["Commission"]},
        {"name": "Riverbend Coffee Company LLC", "aliases": []},
        {"name": "Hollister Homes, Inc.", "aliases": []},
        {"name": "Larkin Falls School District", "aliases": []},
        {"name": "Larkin Falls Elementary School", "aliases": []},
        {"name": "Orchard Road Middle School", "aliases": []},
        {"name": "Larkin Falls Housing Authority", "aliases": []},
        {"name": "Mid-Valley Regional Planning Association", "aliases": []},
    ],
    "dates": [
        D("Wednesday, April 9, 2025", "2025-04-09", "meeting date"),
        D("March 12, 2025", "2025-03-12", "previous regular meeting (minutes approved)", at="Minutes of the March 12, 2025 regular meeting"),
        D("spring 2026", "2026", "first phase of Meadowlark Ridge homes to start"),
        D("May 14, 2025", "2025-05-14", "PH-3 continued to this meeting", at="May 14, 2025 regular meeting. Motion passed 6-0"),
        D("Larkin Falls 2045", "2045", "comprehensive plan horizon", at="Comprehensive Plan Update – “Larkin Falls 2045”"),
        D("June 11, 2025", "2025-06-11", "draft future land use map presented"),
        D("FY2026–FY2030", "2026/2030", "Capital Improvement Program period", at="Capital Improvement Program FY2026–FY2030 – Comprehensive"),
        D("April 1, 2025", "2025-04-01", "City Council approved Eastgate Annexation"),
        D("May 20, 2025", "2025-05-20", "joint City Council / Planning Commission workshop"),
        D("Wednesday, May 14, 2025", "2025-05-14", "next regular meeting"),
    ],
}

write_keys(STEM, meetings, facts)
