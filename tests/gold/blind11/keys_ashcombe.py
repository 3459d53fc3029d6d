from lib import PDF, Lines, write_keys
from make_ashcombe import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


meetings = {
    "components": [{"title": "Ashcombe St Mary’s Church of England Primary School – Minutes of the Full Governing Body Meeting, 19 November 2024",
                    "kind": "minutes", "first_line": "ASHCOMBE ST MARY’S CHURCH OF ENGLAND PRIMARY SCHOOL",
                    "start_line": L.find("ASHCOMBE ST MARY’S CHURCH")}],
    "meetings": [{
        "body": "Full Governing Body",
        "authority": "Ashcombe St Mary’s Church of England Primary School",
        "date": "2024-11-19", "time": "18:00", "venue": "School Library",
        "attendees": [
            att("Mrs Helen Carver", "Chair, Co-opted Governor", "present"),
            att("Mr Daniel Osei", "Headteacher", "present"),
            att("Revd Sarah Lumb", "Foundation Governor, Vice Chair", "present"),
            att("Dr Priya Nair", "Parent Governor", "present"),
            att("Mr Graham Ellery", "Foundation Governor", "present"),
            att("Mr Tom Brierley", "Staff Governor", "virtual"),
            att("Mrs Jan Fielding", "Clerk to Governors", "in_attendance"),
            att("Ms Amy Rowe", "Deputy Headteacher (for items 1 to 6)", "in_attendance"),
            att("Mr Colin Webb", "Local Authority Governor", "apologies"),
            att("Mrs Rita Khan", "Parent Governor", "absent"),
        ],
        "apologies": ["Mr Colin Webb"],
        "items": [
            {"number": "1", "ref": None, "title": "Welcome, Apologies and Quoracy",
             "resolutions": ["Governors consented to the absence of Mr Webb."],
             "actions": [A("ACTION: JF to write to RK regarding attendance at meetings.", "Mrs Jan Fielding (JF)")]},
            {"number": "2", "ref": None, "title": "Declarations of Business and Pecuniary Interests",
             "resolutions": [], "actions": []},
            {"number": "3", "ref": None, "title": "Minutes of the Previous Meeting and Matters Arising",
             "resolutions": ["The minutes of the meeting held on 24 September 2024 were approved as an accurate record and signed by the Chair."],
             "actions": [A("The website compliance check (action 7) remains outstanding and is carried forward.",
                           "Mrs Jan Fielding (JF)", "2025-02-04")]},
            {"number": "4", "ref": None, "title": "Headteacher’s Report", "resolutions": [],
             "actions": [A("ACTION: DO to bring a breakdown of persistent absence by year group to the spring term meeting.",
                           "Mr Daniel Osei (DO)", "2025-02-04")]},
            {"number": "5", "ref": None, "title": "Pupil Premium Strategy Statement 2024–25",
             "resolutions": ["Governors RESOLVED to approve the Pupil Premium Strategy Statement 2024–25 for publication."],
             "actions": []},
            {"number": "6", "ref": None, "title": "Safeguarding", "resolutions": [],
             "actions": [A("ACTION: SL and DO to complete the annual safeguarding audit return by 13 December 2024.",
                           "Revd Sarah Lumb (SL) and Mr Daniel Osei (DO)", "2024-12-13")]},
            {"number": "7", "ref": None, "title": "Finance – Budget Monitoring (Month 7)",
             "resolutions": ["Governors RESOLVED to approve the revised budget for 2024–25, with a forecast in-year deficit of £18,400 to be funded from carried-forward balances."],
             "actions": [A("ACTION: Finance and Resources Committee to review the three-year budget forecast at its meeting on 28 January 2025.",
                           "Finance and Resources Committee", "2025-01-28")]},
            {"number": "8", "ref": None, "title": "Policies for Approval",
             "resolutions": ["Governors RESOLVED to approve: (a) the Charging and Remissions Policy, with no changes; (b) the Accessibility Plan 2024–2027, subject to the addition of the new ramp to the Early Years entrance; and (c) the Governor Visits Policy."],
             "actions": []},
            {"number": "9", "ref": None, "title": "Governor Training and Visits", "resolutions": [],
             "actions": [A("ACTION: All governors to complete the NGA online Prevent module by 31 January 2025.",
                           "All governors", "2025-01-31")]},
            {"number": "10", "ref": None, "title": "Date of Next Meeting", "resolutions": [], "actions": []},
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Ashcombe St Mary’s Church of England Primary School",
        "name": "School Development Plan 2024–25 priorities", "kind": "priority", "period": "2024–25",
        "source_line": L.find("4.2 School Development Plan"),
        "items": ["Raise attainment in writing at the end of Key Stage 2",
                  "Embed the new phonics programme in Reception and Year 1",
                  "Improve provision for pupils with SEND in mainstream classes",
                  "Strengthen the school’s Christian vision and collective worship"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Ashcombe St Mary’s Church of England Primary School", "aliases": ["Ashcombe St Mary’s CE Primary"]},
        {"name": "Full Governing Body", "aliases": ["FGB"]},
        {"name": "Wessexshire County Council", "aliases": []},
        {"name": "Education Welfare Service", "aliases": []},
        {"name": "Wessex Vale Safeguarding Children Partnership", "aliases": []},
        {"name": "Finance and Resources Committee", "aliases": ["F&R Committee"]},
        {"name": "Teaching and Learning Committee", "aliases": []},
        {"name": "Diocese of Avonbury", "aliases": []},
        {"name": "National Governance Association", "aliases": ["NGA"]},
    ],
    "dates": [
        {"text": "Tuesday 19 November 2024", "iso": "2024-11-19", "what": "meeting date", "source_line": L.find("Tuesday 19 November 2024")},
        {"text": "24 September 2024", "iso": "2024-09-24", "what": "previous meeting (minutes approved)", "source_line": L.find("held on 24 September 2024")},
        {"text": "8 October 2024", "iso": "2024-10-08", "what": "safeguarding link visit took place", "source_line": L.find("had taken place on 8 October 2024")},
        {"text": "31 December 2024", "iso": "2024-12-31", "what": "deadline to publish Pupil Premium Strategy Statement", "source_line": L.find("AR presented the statement")},
        {"text": "13 December 2024", "iso": "2024-12-13", "what": "deadline for safeguarding audit return", "source_line": L.find("ACTION: SL and DO")},
        {"text": "28 January 2025", "iso": "2025-01-28", "what": "Finance and Resources Committee meeting (budget forecast review)", "source_line": L.find("meeting on 28 January 2025")},
        {"text": "31 January 2025", "iso": "2025-01-31", "what": "deadline for NGA Prevent module", "source_line": L.find("ACTION: All governors")},
        {"text": "Tuesday 4 February 2025", "iso": "2025-02-04", "what": "next meeting of the Full Governing Body", "source_line": L.find("The next meeting of the Full")},
    ],
}

write_keys(STEM, meetings, facts)
