from lib import Keys, att, item, org, write_keys
from make_stanwell import STEM

K = Keys(STEM)
A = "present"
attendees = [
    att("Councillor Priya Odedra", "Chair", A),
    att("Councillor Tomasz Wilk", "Vice-Chair", A),
    att("Abena Mensah", "Councillor", A),
    att("Gareth Fullwood", "Councillor", A),
    att("Rosalind Hickey", "Councillor", A),
    att("Imran Qureshi", "Councillor", A),
    att("Deborah Stainer", "Councillor", A),
    att("Callum Reeve", "Councillor", A),
    att("Yusuf Demir", "Councillor (substitute for Councillor Leonard Pike)", A),
    att("Councillor Nadia Falkner", "Ward Councillor, Orme Park", "also_present"),
    att("Martin Oyelaran", "Head of Development Management", "in_attendance"),
    att("Kirsty Lamb", "Principal Planning Officer", "in_attendance"),
    att("Simon Baptiste", "Senior Lawyer, Planning", "in_attendance"),
    att("Hannah Yeo", "Democratic Services Officer", "in_attendance"),
    att("Councillor Leonard Pike", "Councillor", "apologies"),
]
items = [
    item("34", "Apologies for Absence and Substitutions"),
    item("35", "Declarations of Interest"),
    item("36", "Minutes of the Previous Meeting", [
        "RESOLVED: That the minutes of the meeting held on 18 September 2024 be approved as a correct record and "
        "signed by the Chair."]),
    item("37", "Former Garage Block, 12-14 Marlpit Lane, London N27 6DA", [
        "RESOLVED: That planning permission be GRANTED subject to the conditions set out in the report and "
        "addendum, an additional condition requiring a construction logistics plan to be approved before "
        "demolition, and the completion of a Section 106 agreement on the heads of terms set out in the report, "
        "with authority delegated to the Head of Development Management to finalise the wording of the "
        "conditions."], ref="24/01234/FUL"),
    item("38", "41 Kestle Avenue, London N27 8RP", [
        "RESOLVED: That planning permission be GRANTED subject to the conditions set out in the report."],
        ref="24/02087/HOU"),
    item("39", "Unit 3, Tanyard Trading Estate, Wharf Street, London N27 2LE", [
        "RESOLVED: That planning permission be REFUSED for the reason set out in the report."], ref="24/01876/FUL"),
    item("40", "Planning Appeals Monitoring Report: Quarter 2 2024/25", ["RESOLVED: That the report be noted."], [
        K.act("Head of Development Management to report on options for updating the rear dormer guidance in the "
              "Design Guide SPD to the meeting on 15 January 2025.", "Martin Oyelaran (Head of Development Management)",
              "2025-01-15")]),
    item("41", "Date of Next Meeting"),
]
meetings = {
    "components": [K.comp("Minutes of the Planning Committee, London Borough of Stanwell Cross, 16 October 2024",
                          "minutes", "London Borough of Stanwell Cross")],
    "meetings": [{
        "body": "Planning Committee", "authority": "London Borough of Stanwell Cross", "date": "2024-10-16",
        "time": "7.00 pm",
        "venue": "Committee Room 2, Stanwell Cross Civic Centre, Orme Road, London N27 4QT",
        "attendees": attendees, "apologies": ["Councillor Leonard Pike"], "items": items}],
}
facts = {
    "priority_lists": [], "priority_changes": [],
    "actions": [],
    "organisations": [
        org("London Borough of Stanwell Cross"),
        org("Planning Committee"),
        org("Orme Park Residents' Association"),
        org("Northgate Living Housing Association"),
    ],
    "dates": [
        K.date("Wednesday, 16 October 2024", "2024-10-16", "meeting date"),
        K.date("18 September 2024", "2024-09-18", "previous meeting (minutes approved)"),
        K.date("Quarter 2 2024/25", "2024-07/2024-09", "appeals monitoring period"),
        K.date("between July and September 2024", "2024-07/2024-09", "period of appeal decisions reported"),
        K.date("January 2025", "2025-01", "planned start of Design Guide SPD review"),
        K.date("15 January 2025", "2025-01-15", "meeting to receive dormer guidance options (action due)"),
        K.date("Wednesday, 13 November 2024", "2024-11-13", "next meeting"),
    ],
}
if __name__ == "__main__":
    write_keys(STEM, meetings, facts)
