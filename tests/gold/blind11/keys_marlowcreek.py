from lib import PDF, Lines, write_keys
from make_marlowcreek import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Marlow Creek Unified School District Board of Education – Minutes, Regular Meeting, March 12, 2024",
                    "kind": "minutes", "first_line": "MARLOW CREEK UNIFIED SCHOOL DISTRICT",
                    "start_line": L.find("MARLOW CREEK UNIFIED SCHOOL DISTRICT")}],
    "meetings": [{
        "body": "Board of Education", "authority": "Marlow Creek Unified School District", "date": "2024-03-12",
        "time": "18:00", "venue": "District Office Board Room, 2250 Sycamore Avenue, Marlow Creek, CA",
        "attendees": [
            att("Linda Okafor", "President", "present"),
            att("Mark Dellinger", "Vice President", "present"),
            att("Rosa Jimenez-Hart", "Clerk", "present"),
            att("Brian Castellanos", "Member", "present"),
            att("Helen Wu", "Member (arrived 6:14 p.m.)", "present"),
            att("Aiden Park", "Student Board Member (preferential vote)", "present"),
            att("Dr. Carmen Velasquez", "Superintendent", "in_attendance"),
            att("Todd Ellsworth", "Assistant Superintendent, Business Services", "in_attendance"),
            att("Dr. Naomi Fischer", "Assistant Superintendent, Educational Services", "in_attendance"),
            att("Gloria Reyes", "Executive Assistant (Recording Secretary)", "in_attendance"),
        ],
        "apologies": [],
        "items": [
            item("1.0", "CALL TO ORDER"),
            item("2.0", "REPORT OUT OF CLOSED SESSION"),
            item("3.0", "PLEDGE OF ALLEGIANCE"),
            item("4.0", "APPROVAL OF AGENDA",
                 ["Moved by Trustee Castellanos, seconded by Clerk Jimenez-Hart, to approve the agenda as presented. Motion carried 4-0."]),
            item("5.0", "PUBLIC COMMENT ON NON-AGENDA ITEMS"),
            item("6.0", "CONSENT AGENDA",
                 ["Moved by Trustee Dellinger, seconded by Trustee Wu, to approve Consent Agenda items 6.1 through 6.4 and 6.6 as presented. Motion carried 5-0."]),
            item("6.1", "Approval of Minutes of the February 27, 2024 Regular Meeting"),
            item("6.2", "Ratification of Warrants for February 2024"),
            item("6.3", "Personnel Report No. 14 (Certificated and Classified)"),
            item("6.4", "Acceptance of Donations"),
            item("6.5", "Approval of Overnight Field Trip: Marlow Creek High School Robotics Team to Houston, Texas, April 17–21, 2024",
                 ["Moved by Trustee Wu, seconded by Trustee Castellanos, to approve the overnight field trip as presented. Motion carried 5-0."],
                 [A("Dr. Fischer confirmed a 1:8 chaperone ratio and that the Marlow Creek Education Foundation will fund travel for qualifying students.",
                    "Marlow Creek Education Foundation")]),
            item("6.6", "Approval of Memorandum of Understanding with the Sequoia County Office of Education for Special Education Transportation, 2024-25"),
            item("7.0", "REPORTS"),
            item("7.1", "Superintendent’s Report"),
            item("7.2", "Student Board Member Report"),
            item("8.0", "ACTION ITEMS"),
            item("8.1", "Resolution No. 23-24-31: Second Interim Financial Report, 2023-24",
                 ["Moved by Clerk Jimenez-Hart, seconded by Trustee Dellinger, to adopt Resolution No. 23-24-31 approving a positive certification of the Second Interim Financial Report for 2023-24. Motion carried 5-0."]),
            item("8.2", "Adoption of Local Control and Accountability Plan (LCAP) Goals for 2024-2027",
                 ["Moved by Trustee Castellanos, seconded by President Okafor, to adopt the LCAP Goals for 2024-2027 as presented. Motion carried 4-1."],
                 [A("The full LCAP will come to the Board for a public hearing on June 11, 2024 and must be submitted to the Sequoia County Office of Education by July 1, 2024.",
                    "Marlow Creek Unified School District (staff)", "2024-07-01")]),
            item("8.3", "Award of Contract to Brightline Facilities Group, Inc. for HVAC Replacement at Alder Elementary School ($1,248,600)",
                 ["Moved by Vice President Dellinger, seconded by Trustee Wu, to award Bid No. 24-03 to Brightline Facilities Group, Inc., the lowest responsive bidder, in the amount of $1,248,600, funded by Measure K. Motion carried 5-0."]),
            item("8.4", "First Reading: Board Policy 5131.2 – Bullying", [],
                 [A("Staff were directed to bring the policy back for a second reading and adoption at the April 9, 2024 meeting.",
                    "Staff", "2024-04-09")]),
            item("9.0", "BOARD MEMBER REPORTS AND REQUESTS FOR FUTURE AGENDA ITEMS", [],
                 [A("Trustee Castellanos requested a report on chronic absenteeism by school site at a future meeting.",
                    "Staff (implied)"),
                  A("Clerk Jimenez-Hart requested that staff present the 2024 summer school schedule at the April 9, 2024 meeting.",
                    "Staff", "2024-04-09")]),
            item("10.0", "ADJOURNMENT"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Marlow Creek Unified School District", "name": "Local Control and Accountability Plan (LCAP) Goals for 2024-2027",
        "kind": "objective", "period": "2024-2027", "source_line": L.find("Goal 1: All students"),
        "items": ["All students will read and write at grade level by the end of third grade.",
                  "All students will graduate college and career ready.",
                  "Every school will provide a safe, welcoming and inclusive learning environment."]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Marlow Creek Unified School District", "aliases": ["MCUSD", "District"]},
        {"name": "Board of Education", "aliases": ["Board"]},
        {"name": "Marlow Creek Teachers Association", "aliases": ["MCTA"]},
        {"name": "Alder Elementary School", "aliases": []},
        {"name": "Marlow Creek High School", "aliases": []},
        {"name": "Marlow Creek Education Foundation", "aliases": []},
        {"name": "Sequoia County Office of Education", "aliases": []},
        {"name": "Brightline Facilities Group, Inc.", "aliases": []},
        {"name": "District English Learner Advisory Committee", "aliases": []},
        {"name": "LCAP Parent Advisory Committee", "aliases": []},
        {"name": "Measure K bond oversight committee", "aliases": []},
    ],
    "dates": [
        {"text": "Tuesday, March 12, 2024", "iso": "2024-03-12", "what": "meeting date"},
        {"text": "April 9, 2024", "iso": "2024-04-09", "what": "minutes approved (stamp); next regular meeting"},
        {"text": "February 27, 2024", "iso": "2024-02-27", "what": "previous regular meeting (minutes approved on consent)"},
        {"text": "April 17–21, 2024", "iso": "2024-04-17/2024-04-21", "what": "robotics team field trip"},
        {"text": "2024-25", "iso": "2024-07/2025-06", "what": "special education transportation MOU year"},
        {"text": "March 28, 2024", "iso": "2024-03-28", "what": "Measure K bond oversight committee meeting"},
        {"text": "2023-24", "iso": "2023-07/2024-06", "what": "fiscal year of the Second Interim Financial Report"},
        {"text": "2024-2027", "iso": "2024/2027", "what": "LCAP goals period"},
        {"text": "June 11, 2024", "iso": "2024-06-11", "what": "LCAP public hearing"},
        {"text": "July 1, 2024", "iso": "2024-07-01", "what": "deadline to submit LCAP to county office"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
