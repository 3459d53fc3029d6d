"""Keys for blind12 (1) Thistlebury Town Council, Full Council minutes 11 March 2025 (typed by hand)."""
from lib import PDF, Lines, act, dt, item, org, person, write_keys

STEM = "blind12-uk-thistlebury-tc-full-council-minutes-2025-03-11"
L = Lines(PDF / f"{STEM}.pdf")
CLERK = "Clerk (Mrs C. Rendell, Town Clerk)"

items_raw = [
    item("TC/24/141", "APOLOGIES FOR ABSENCE", [
        "It was proposed by Cllr Gwynne, seconded by Cllr Fairclough and RESOLVED that the reasons for absence "
        "be accepted and approved."]),
    item("TC/24/142", "DECLARATIONS OF INTEREST AND DISPENSATIONS"),
    item("TC/24/143", "PUBLIC PARTICIPATION", [], [
        act(L, "Clerk to forward the residents' concerns about HGV use of Mill Lane to Corvenshire County Council "
               "Highways.", CLERK, None)]),
    item("TC/24/144", "POLICE REPORT", ["The report was noted."]),
    item("TC/24/145", "MINUTES OF PREVIOUS MEETINGS", [
        "It was RESOLVED that the minutes of the Full Council meeting held on 11 February 2025 be approved as a "
        "correct record and signed by the Chair.",
        "It was RESOLVED that the minutes of the Extraordinary Council meeting held on 25 February 2025 be approved "
        "as a correct record, subject to minute TC/24/139 being amended to read \u201cseven\u201d in place of "
        "\u201csix\u201d."]),
    item("TC/24/146", "REPORTS FROM COUNTY AND DISTRICT COUNCILLORS", ["The reports were noted."]),
    item("TC/24/147", "FINANCE", [
        "Proposed by Cllr Gwynne, seconded by Cllr Okafor and RESOLVED that the schedule of payments for March "
        "2025 totalling \u00a318,426.37, as circulated, be approved.",
        "RESOLVED that Fenwright Audit Services Ltd be appointed as the Council\u2019s internal auditor for the "
        "year 2024/25 at a fee of \u00a3640."]),
    item("TC/24/148", "CLIMATE AND BIODIVERSITY WORKING GROUP", [
        "Following discussion it was proposed by Cllr Brightwell, seconded by Cllr Tennant and RESOLVED that: "
        "(a) the draft Climate Action Plan be adopted; (b) \u00a32,500 be allocated from the Environment "
        "earmarked reserve to tree planting at Jubilee Field; and (c) the Council join the Corvenshire Climate "
        "Network. (For 7, Against 1, Abstentions 1.)"], [
        act(L, "Cllr Brightwell to arrange a community planting day at Jubilee Field with the 1st Thistlebury "
               "Scout Group before the end of April 2025.", "Cllr S. Brightwell", "2025-04")]),
    item("TC/24/149", "GRANT APPLICATIONS", [
        "RESOLVED that a grant of \u00a3750 be awarded to Thistlebury in Bloom towards summer planting in the "
        "Market Place.",
        "RESOLVED that a grant of \u00a31,200 be awarded to the Thistlebury Community Association towards the "
        "replacement of the Market Hall kitchen."]),
    item("TC/24/150", "PLANNING APPLICATIONS", [
        "25/00184/FUL, 14 Orchard Rise \u2013 single-storey rear extension. No objection.",
        "RESOLVED that the Council objects to the application on the grounds of highway safety and the loss of "
        "the green gap between Thistlebury and Upper Wick."], [
        act(L, "Clerk to submit the objection to the Vale of Corven District Council by 21 March 2025.", CLERK,
            "2025-03-21")]),
    item("TC/24/151", "ANNUAL TOWN MEETING", [
        "RESOLVED that the Annual Town Meeting be held on Wednesday 23 April 2025 at 7.00pm in the Market Hall."], [
        act(L, "Clerk to book the Market Hall and publicise the meeting.", CLERK, None)]),
    item("TC/24/152", "CORRESPONDENCE", [
        "A letter from the Corvenshire Association of Local Councils (CALC) about new councillor training dates "
        "was noted."]),
    item("TC/24/153", "EXCLUSION OF PRESS AND PUBLIC", [
        "RESOLVED that, in accordance with the Public Bodies (Admission to Meetings) Act 1960, the press and public "
        "be excluded for the following item owing to the confidential nature of the business to be transacted."]),
    item("TC/24/154", "STAFFING", [
        "RESOLVED that the recommendation of the Staffing Committee of 4 March 2025 on the regrading of the "
        "Assistant Clerk post be approved, with effect from 1 April 2025."]),
    item("TC/24/155", "DATE OF NEXT MEETING"),
]
after = 10
for it in items_raw:
    it["source_line"] = after = L.find(it["title"], after)

meeting = {
    "body": "Full Council",
    "authority": "Thistlebury Town Council",
    "date": "2025-03-11",
    "time": "7.00pm",
    "venue": "Council Chamber, Market Hall, Thistlebury",
    "attendees": [
        person("J. Halloran", "Town Mayor (Chair)", "present"),
        person("M. Okafor", "Deputy Town Mayor", "present"),
        person("S. Brightwell", "Councillor", "present"),
        person("A. Devereux", "Councillor", "present"),
        person("L. Fairclough", "Councillor", "present"),
        person("T. Gwynne", "Councillor", "present"),
        person("P. Maddox", "Councillor (from minute TC/24/144)", "present"),
        person("R. Quayle", "Councillor", "present"),
        person("H. Tennant", "Councillor", "present"),
        person("Mrs C. Rendell", "Town Clerk", "in_attendance"),
        person("Mr N. Oyelaran", "Assistant Clerk and RFO", "in_attendance"),
        person("D. Whitlock", "PCSO, Corvenshire Police (for minutes TC/24/141 to TC/24/144)", "in_attendance"),
        person("F. Aske", "County Councillor", "in_attendance"),
        person("Cllr K. Ibbotson", "Councillor", "apologies"),
        person("Cllr W. Stanier", "Councillor", "apologies"),
        person("Cllr B. Norcott", "Councillor", "absent"),
    ],
    "apologies": ["Cllr K. Ibbotson", "Cllr W. Stanier"],
    "items": items_raw,
}

meetings_doc = {
    "components": [{"title": "Minutes of the meeting of the Full Council of Thistlebury Town Council, 11 March 2025",
                    "kind": "minutes", "first_line": "THISTLEBURY TOWN COUNCIL", "start_line": 1}],
    "meetings": [meeting],
}

facts_doc = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "actions_note": "all actions sit in their minutes (meetings key); no document-level action plan",
    "organisations": [
        org("Thistlebury Town Council"),
        org("Corvenshire County Council", "Corvenshire County Council Highways"),
        org("Vale of Corven District Council"),
        org("Corvenshire Police"),
        org("Thistlebury Neighbourhood Policing Team"),
        org("Thistlebury Community Association"),
        org("Thistlebury in Bloom"),
        org("Fenwright Audit Services Ltd"),
        org("Climate and Biodiversity Working Group"),
        org("Corvenshire Climate Network"),
        org("1st Thistlebury Scout Group"),
        org("Corvenshire Association of Local Councils", "CALC"),
        org("Staffing Committee"),
    ],
    "dates": [
        dt(L, "Tuesday 11 March 2025", "2025-03-11", "meeting date"),
        dt(L, "11 February 2025", "2025-02-11", "previous Full Council meeting (minutes approved)"),
        dt(L, "25 February 2025", "2025-02-25", "Extraordinary Council meeting (minutes approved)"),
        dt(L, "20 February 2025", "2025-02-20", "Corvenshire County Council budget set"),
        dt(L, "June 2025", "2025-06", "Station Road resurfacing programmed"),
        dt(L, "3 March to 14 April 2025", "2025-03-03/2025-04-14", "Local Plan (Regulation 19) consultation"),
        dt(L, "March 2025", "2025-03", "month of the schedule of payments approved", after=40),
        dt(L, "28 February 2025", "2025-02-28", "bank reconciliation date"),
        dt(L, "2024/25", "2024-04/2025-03", "internal audit year"),
        dt(L, "the end of April 2025", "2025-04", "deadline for the community planting day"),
        dt(L, "21 March 2025", "2025-03-21", "deadline to submit the planning objection"),
        dt(L, "Wednesday 23 April 2025", "2025-04-23", "Annual Town Meeting"),
        dt(L, "4 March 2025", "2025-03-04", "Staffing Committee meeting (recommendation approved)"),
        dt(L, "1 April 2025", "2025-04-01", "regrading of the Assistant Clerk post effective"),
        dt(L, "Tuesday 8 April 2025", "2025-04-08", "next Full Council meeting"),
    ],
}

if __name__ == "__main__":
    write_keys(STEM, meetings_doc, facts_doc)
