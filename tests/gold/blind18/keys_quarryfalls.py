from lib import Keys, att, item, org, write_keys
from make_quarryfalls import STEM

K = Keys(STEM)
A, IA = "present", "in_attendance"
attendees = [
    att("Linda Okafor", "President", A),
    att("Raymond Szabo", "Vice President", A),
    att("Teresa Bright", "Clerk", A),
    att("Marcus Fielding", "Director", A),
    att("Ana Lucia Ferreira", "Director", A),
    att("Jonathan Kwan", "Director", A),
    att("Patrice Dumont", "Director", A),
    att("Elena Marsh", "Student Representative (non-voting)", A),
    att("Dr. Gregory Halvorsen", "Superintendent", IA),
    att("Renee Castellano", "Assistant Superintendent for Business Services", IA),
    att("Dr. Walter Ames", "Assistant Superintendent for Instruction", IA),
    att("Kim Nguyen", "Executive Assistant and Recording Secretary", IA),
]
ll = K.L.find("Clerk Bright requested that staff bring back")
items = [
    item("I", "CALL TO ORDER"),
    item("II", "ROLL CALL"),
    item("III", "PLEDGE OF ALLEGIANCE"),
    item("IV", "APPROVAL OF THE AGENDA", [
        "Motion by Director Kwan, second by Vice President Szabo, to approve the agenda as presented. Motion carried "
        "7-0."]),
    item("V", "PUBLIC COMMENT"),
    item("VI", "CONSENT AGENDA", [
        "Motion by Director Ferreira, second by Clerk Bright, to approve Consent Agenda items A through E as "
        "presented. Roll call vote: Ayes: Okafor, Szabo, Bright, Fielding, Ferreira, Kwan, Dumont; Nays: none. "
        "Motion carried 7-0."]),
    item("A", "Approval of Minutes of the Regular Meeting of April 23, 2024"),
    item("B", "Approval of Warrants and Payroll for April 2024 in the amount of $4,812,306.55"),
    item("C", "Acceptance of Donation from the Ledgeview Rotary Club ($2,500) for the Quarry Falls High School "
              "Robotics Team"),
    item("D", "Approval of Out-of-State Travel: FFA National Convention, Indianapolis, October 23-26, 2024"),
    item("E", "Approval of Personnel Report No. 24-09 (Certificated and Classified)"),
    item("VII", "ACTION ITEMS"),
    item("A", "Adoption of the 2024-25 Instructional Calendar", [
        "Motion by Director Dumont, second by Director Fielding, to adopt the 2024-25 Instructional Calendar as "
        "presented. Roll call vote: Ayes: Okafor, Szabo, Bright, Fielding, Ferreira, Kwan, Dumont; Nays: none. "
        "Motion carried 7-0."]),
    item("B", "Approval of Contract with Brightpath Student Transportation, Inc. for Home-to-School Transportation "
              "Services, 2024-2027", [
        "Motion by Vice President Szabo, second by Director Kwan, to approve the contract with Brightpath Student "
        "Transportation, Inc. for the period July 1, 2024 through June 30, 2027. Roll call vote: Ayes: Okafor, "
        "Szabo, Bright, Ferreira, Kwan; Nays: Fielding, Dumont. Motion carried 5-2."], [
        K.act("The Board directed the Superintendent to report back at the August 13, 2024 regular meeting on "
              "on-time performance and the placement of affected drivers.", "Dr. Gregory Halvorsen (Superintendent)",
              "2024-08-13")]),
    item("C", "First Reading: Board Policy 5131.2 \u2013 Bullying", [], [
        K.act("Clerk Bright requested that staff bring back the policy for second reading on June 11, 2024 with the "
              "wording on cyberbullying reviewed by district legal counsel.", "staff", "2024-06-11")]),
    item("VIII", "SUPERINTENDENT'S REPORT"),
    item("IX", "BOARD MEMBER REPORTS"),
    item("X", "ADJOURNMENT", ["Motion by Director Kwan, second by Director Bright, to adjourn. Motion carried 7-0."]),
]
meetings = {
    "components": [K.comp("Minutes of the Regular Meeting of the Quarry Falls School District Board of Education, "
                          "May 14, 2024", "minutes", "QUARRY FALLS SCHOOL DISTRICT")],
    "meetings": [{
        "body": "Board of Education", "authority": "Quarry Falls School District", "date": "2024-05-14",
        "time": "6:00 p.m.", "venue": "District Administration Center Board Room, 2210 Ledgeview Drive",
        "attendees": attendees, "apologies": [], "items": items}],
}
facts = {
    "priority_lists": [], "priority_changes": [], "actions": [],
    "organisations": [
        org("Quarry Falls School District", "QFSD"),
        org("Board of Education"),
        org("Birchleaf Elementary"),
        org("Quarry Falls Education Association"),
        org("Ledgeview Rotary Club"),
        org("Quarry Falls High School"),
        org("FFA"),
        org("Brightpath Student Transportation, Inc."),
        org("Cold Spring Middle School"),
        org("Ridgeline Continuation High School"),
        org("Quarry Falls Education Foundation"),
        org("Tri-County School Boards Association"),
    ],
    "dates": [
        K.date("Tuesday, May 14, 2024", "2024-05-14", "meeting date"),
        K.date("April 23, 2024", "2024-04-23", "previous regular meeting (minutes approved)"),
        K.date("April 2024", "2024-04", "warrants and payroll month"),
        K.date("October 23-26, 2024", "2024-10-23/2024-10-26", "FFA National Convention travel"),
        K.date("2024-25", "2024-07/2025-06", "instructional calendar year"),
        K.date("August 21, 2024", "2024-08-21", "first day of instruction"),
        K.date("June 5, 2025", "2025-06-05", "last day of instruction"),
        K.date("July 1, 2024 through June 30, 2027", "2024-07-01/2027-06-30", "transportation contract period"),
        K.date("August 13, 2024", "2024-08-13", "Superintendent to report back (regular meeting)"),
        K.date("June 11, 2024", "2024-06-11", "second reading of Board Policy 5131.2"),
        K.date("June 6, 2024", "2024-06-06", "graduation, Quarry Falls High School"),
        K.date("June 7, 2024", "2024-06-07", "graduation, Ridgeline Continuation High School"),
        K.date("May 28, 2024", "2024-05-28", "budget study session"),
        K.date("June 11, 2024", "2024-06-11", "minutes approved by the Board", after=ll + 3),
    ],
}
if __name__ == "__main__":
    write_keys(STEM, meetings, facts)
