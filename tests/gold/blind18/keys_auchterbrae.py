from lib import Keys, att, item, org, write_keys
from make_auchterbrae import STEM

K = Keys(STEM)
A, IA = "present", "in_attendance"
attendees = [
    att("Councillor Morag Lindsay", "Convener", A),
    att("Councillor Fraser Boyd", "Vice-Convener", A),
    att("Eilidh Carmichael", "Councillor", A),
    att("Ross Dunbar", "Councillor", A),
    att("Shona McAteer", "Councillor", A),
    att("Graham Nisbet", "Councillor", "virtual"),
    att("Aileen Pollock", "Councillor", A),
    att("Kenneth Sturrock", "Councillor", A),
    att("Iain Wardlaw", "Councillor", A),
    att("Mr Colin Tait", "Religious Representative", A),
    att("Mrs Rhona Gillespie", "Religious Representative", A),
    att("Father Anthony Devlin", "Religious Representative", A),
    att("Ms Laura Haddow", "Teacher Representative", A),
    att("Moira Kennedy", "Chief Education Officer", IA),
    att("Dr Stuart Cowan", "Chief Social Work Officer", IA),
    att("Gillian Ure", "Head of Inclusion and Wellbeing", IA),
    att("Alasdair Reid", "Service Manager (School Estate)", IA),
    att("Fiona Laing", "Committee Officer", IA),
    att("Councillor Derek Moffat", "Councillor", "apologies"),
    att("Ms Ishbel Rae", "Parent Council Representative", "apologies"),
]
items = [
    item("1", "DECLARATIONS OF INTEREST"),
    item("2", "MINUTE OF PREVIOUS MEETING", ["The Committee approved the minute as a correct record."]),
    item("3", "ATTAINMENT AND ACHIEVEMENT: SQA RESULTS 2024", [
        "The Committee agreed:- (1) to note the contents of the report; (2) to commend pupils and staff on the "
        "improved results; and (3) to instruct the Chief Education Officer to report to the Committee in March 2025 "
        "on actions being taken to close the poverty-related attainment gap in S4."], [
        K.act("to instruct the Chief Education Officer to report to the Committee in March 2025 on actions being "
              "taken to close the poverty-related attainment gap in S4.", "Moira Kennedy (Chief Education Officer)",
              "2025-03")], ref="ECF/24/118"),
    item("4", "LEARNING ESTATE STRATEGY: KILBRACKIE PRIMARY SCHOOL AND NURSERY CLASS", [
        "The Committee agreed:- (1) to approve the commencement of a statutory consultation on the proposal to "
        "relocate Kilbrackie Primary School and Nursery Class to the Tollcairn Road site, with the consultation to "
        "run from 13 January 2025 to 7 March 2025; (2) to approve the proposal paper attached as Appendix 1 to the "
        "report; and (3) to note that the outcome of the consultation and the report by Education Scotland would "
        "be reported to the Committee no later than June 2025."], ref="ECF/24/121"),
    item("5", "EARLY LEARNING AND CHILDCARE: FUNDED PROVIDER SUSTAINABLE RATES 2025/26", [
        "The Committee agreed:- (1) to approve an hourly rate of £6.35 for children aged 3 and 4 and £7.10 for "
        "eligible two year olds, effective from 1 April 2025; and (2) to request that the Head of Inclusion and "
        "Wellbeing write to all funded providers confirming the new rates by 20 December 2024."], [
        K.act("to request that the Head of Inclusion and Wellbeing write to all funded providers confirming the new "
              "rates by 20 December 2024.", "Gillian Ure (Head of Inclusion and Wellbeing)", "2024-12-20")],
        ref="ECF/24/124"),
    item("6", "CHILDREN'S SERVICES PLAN 2023-2026: ANNUAL REPORT", [
        "The Committee agreed to note the annual report and that it would be published on the Council's website "
        "by 30 November 2024."], ref="ECF/24/126"),
    item("7", "EXCLUSION OF PRESS AND PUBLIC", [
        "The Committee resolved in terms of Section 50A(4) of the Local Government (Scotland) Act 1973 to exclude "
        "the press and public from the meeting for the following item of business on the grounds that it involved "
        "the likely disclosure of exempt information of the class described in paragraph 8 of Part 1 of Schedule "
        "7A of the Act."]),
    item("8", "SCHOOL TRANSPORT CONTRACTS: TENDER AWARD", [
        "The Committee agreed to award the contracts for Lots 1 to 4 to Tollievale Coaches Ltd for the period "
        "1 February 2025 to 31 January 2029, as set out in the report."], ref="ECF/24/129"),
]
meetings = {
    "components": [K.comp("Minute of the Education, Children and Families Committee, Auchterbrae Council, "
                          "5 November 2024", "minutes", "AUCHTERBRAE COUNCIL")],
    "meetings": [{
        "body": "Education, Children and Families Committee", "authority": "Auchterbrae Council",
        "date": "2024-11-05", "time": "10.00 am", "venue": "Council Chamber, Burgh Chambers, Kirkgate, Drumlessie",
        "attendees": attendees,
        "apologies": ["Councillor Derek Moffat", "Ms Ishbel Rae"], "items": items}],
}
facts = {
    "priority_lists": [], "priority_changes": [], "actions": [],
    "organisations": [
        org("Auchterbrae Council"),
        org("Education, Children and Families Committee"),
        org("Kirkgate Playgroup SCIO"),
        org("Drumlessie Academy"),
        org("Kilbrackie Primary School and Nursery Class"),
        org("Kilbrackie Parent Council"),
        org("Education Scotland"),
        org("SQA"),
        org("Auchterbrae Children's Services Partnership"),
        org("Tollievale Coaches Ltd"),
    ],
    "dates": [
        K.date("Tuesday 5 November 2024", "2024-11-05", "meeting date"),
        K.date("3 September 2024", "2024-09-03", "previous meeting (minute approved)"),
        K.date("March 2025", "2025-03", "attainment gap report due to Committee"),
        K.date("August 2027", "2027-08", "proposed relocation of Kilbrackie Primary School"),
        K.date("13 January 2025 to 7 March 2025", "2025-01-13/2025-03-07", "statutory consultation period"),
        K.date("June 2025", "2025-06", "consultation outcome reported no later than"),
        K.date("1 April 2025", "2025-04-01", "new ELC provider rates effective"),
        K.date("20 December 2024", "2024-12-20", "deadline for letters to funded providers"),
        K.date("2023-2026", "2023/2026", "Children's Services Plan period"),
        K.date("2023/24", "2023-04/2024-03", "annual report year"),
        K.date("30 November 2024", "2024-11-30", "annual report publication deadline"),
        K.date("1 February 2025 to 31 January 2029", "2025-02-01/2029-01-31", "school transport contract period"),
    ],
}
if __name__ == "__main__":
    write_keys(STEM, meetings, facts)
