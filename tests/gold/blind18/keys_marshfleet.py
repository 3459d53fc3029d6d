from lib import Keys, att, item, org, write_keys
from make_marshfleet import STEM

K = Keys(STEM)
A, IA = "present", "in_attendance"
MBC = "Marshfleet Borough Council"
attendees = [
    att("Cllr Joanne Pryce", "Chair; Marshfleet Borough Council \u2013 Cabinet Member for Adult Social Care and Health", A),
    att("Dr Amit Chaudhry", "Vice-Chair; Sandmere and Marshfleet Integrated Care Board", A),
    att("Cllr Owen Talbot", "Marshfleet Borough Council \u2013 Cabinet Member for Children and Families", A),
    att("Helen Rourke", "Director of Public Health, Marshfleet Borough Council", A),
    att("Mark Devereux", "Director of Adult Social Services, Marshfleet Borough Council", A),
    att("Sarah Okonjo", "Director of Children's Services, Marshfleet Borough Council", A),
    att("Peter Lyle", "Healthwatch Marshfleet", A),
    att("Ch Supt Dawn Acheson", "Estuary Police", A),
    att("Farida Begum", "Marshfleet Voluntary Action", A),
    att("Neil Garside", "Substitute for Karen Whitby; Sandmere Community Health NHS Trust", A),
    att("Tom Brierley", "Health and Wellbeing Board Manager", IA),
    att("Gemma Holt", "Consultant in Public Health", IA),
    att("Rachel Ince", "Democratic Services Officer", IA),
    att("Karen Whitby", "Sandmere Community Health NHS Trust", "apologies"),
    att("Cllr Lisa Moran", "Marshfleet Borough Council", "apologies"),
    att("Jon Pascoe", "Estuary Fire and Rescue Service", "apologies"),
]
items = [
    item("1", "Welcome, introductions and apologies"),
    item("2", "Declarations of interest"),
    item("3", "Minutes of the previous meeting and action log", [
        "The minutes of the meeting held on 16 April 2024 were agreed as an accurate record."]),
    item("4", "Joint Local Health and Wellbeing Strategy 2024\u20132029: annual delivery report", [
        "RESOLVED: That the Board (a) notes the annual delivery report; and (b) agrees that a revised trajectory "
        "for the healthy weight pathway be brought to the October 2024 meeting."], [
        K.act("Gemma Holt to bring a revised healthy weight pathway trajectory, including voluntary sector "
              "representation on the delivery group, to the Board on 15 October 2024.", "Gemma Holt", "2024-10-15")]),
    item("5", "Better Care Fund 2024\u201325 plan and Q4 2023\u201324 return", [
        "RESOLVED: That the Board retrospectively approves the Better Care Fund 2024\u201325 plan and the Q4 "
        "2023\u201324 return as submitted."], [
        K.act("Mark Devereux and Dr Amit Chaudhry to provide a joint briefing on discharge performance to Board "
              "members by 31 August 2024.", "Mark Devereux and Dr Amit Chaudhry", "2024-08-31")]),
    item("6", "Pharmaceutical Needs Assessment 2025: approach", [
        "RESOLVED: That the Board approves the proposed approach and timetable for the PNA 2025 and delegates "
        "sign-off of the draft for consultation to the Director of Public Health."]),
    item("7", "Marshfleet Safeguarding Adults Board annual report 2023\u201324", ["The report was noted."]),
    item("8", "Any other business and date of next meeting", [], [
        K.act("Healthwatch Marshfleet would publish its report on access to dentistry in September 2024.",
              "Healthwatch Marshfleet", "2024-09")]),
]
meetings = {
    "components": [K.comp("Minutes of the Marshfleet Health and Wellbeing Board, 9 July 2024", "minutes",
                          "Marshfleet Health and Wellbeing Board")],
    "meetings": [{
        "body": "Marshfleet Health and Wellbeing Board", "authority": MBC, "date": "2024-07-09",
        "time": "2.00pm", "venue": "Meeting Room 4, Marshfleet Town Hall, Quayside, Marshfleet",
        "attendees": attendees, "apologies": ["Karen Whitby", "Cllr Lisa Moran", "Jon Pascoe"], "items": items}],
}
facts = {
    "priority_lists": [], "priority_changes": [],
    "actions": [
        K.act("Circulate final JLHWS outcomes framework to all partner boards", "Tom Brierley", "2024-05-31"),
        K.act("Report on uptake of the NHS Health Check programme in the three most deprived wards", "Gemma Holt",
              "2024-10-15"),
        K.act("Agree data-sharing arrangements for the Family Hubs outcomes dashboard with Estuary Police",
              "Sarah Okonjo", "2024-09-30"),
    ],
    "organisations": [
        org("Marshfleet Health and Wellbeing Board"),
        org(MBC),
        org("Sandmere and Marshfleet Integrated Care Board", "ICB"),
        org("Healthwatch Marshfleet"),
        org("Estuary Police"),
        org("Marshfleet Voluntary Action"),
        org("Sandmere Community Health NHS Trust"),
        org("Estuary Fire and Rescue Service"),
        org("NHS England"),
        org("Local Pharmaceutical Committee"),
        org("Marshfleet Safeguarding Adults Board"),
    ],
    "dates": [
        K.date("Tuesday 9 July 2024", "2024-07-09", "meeting date"),
        K.date("16 April 2024", "2024-04-16", "previous meeting (minutes agreed)"),
        K.date("2024\u20132029", "2024/2029", "Joint Local Health and Wellbeing Strategy period"),
        K.date("October 2024", "2024-10", "revised healthy weight trajectory due (October meeting)"),
        K.date("15 October 2024", "2024-10-15", "action due: revised trajectory to the Board"),
        K.date("2024\u201325", "2024-04/2025-03", "Better Care Fund plan year"),
        K.date("Q4 2023\u201324", "2024-01/2024-03", "Better Care Fund quarterly return"),
        K.date("10 June 2024", "2024-06-10", "BCF plan submitted to NHS England"),
        K.date("31 August 2024", "2024-08-31", "action due: discharge performance briefing"),
        K.date("1 October 2025", "2025-10-01", "statutory deadline to publish the PNA"),
        K.date("spring 2025", "2025", "PNA public consultation"),
        K.date("2023\u201324", "2023-04/2024-03", "Safeguarding Adults Board annual report year",
               after=K.L.find("Marshfleet Safeguarding Adults Board annual report") - 1),
        K.date("September 2024", "2024-09", "Healthwatch dentistry report publication"),
        K.date("Tuesday 15 October 2024", "2024-10-15", "next meeting"),
        K.date("31 May 2024", "2024-05-31", "action log due date HWB-24-04"),
        K.date("30 Sep 2024", "2024-09-30", "action log due date HWB-24-07"),
    ],
}
if __name__ == "__main__":
    write_keys(STEM, meetings, facts)
