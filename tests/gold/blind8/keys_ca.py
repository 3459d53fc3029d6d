from keylib import *

d = Doc("blind8-ca-port-alder-community-protective-services-committee-minutes-2024-04-08")
L = d.line

attendees = [
    att("D. Okafor", "Chair (Councillor)", "present"),
    att("S. Beaulieu-Hart", "Councillor", "present"),
    att("P. Singh", "Councillor", "present"),
    att("M. Trudel", "Councillor (electronic)", "virtual"),
    att("L. Whitcombe", "Mayor (ex officio)", "present"),
    att("J. Kowalczyk", "Councillor", "apologies"),
    att("R. Mbeki", "Councillor (non-member)", "also_present"),
    att("A. Lindqvist", "General Manager, Community Services", "in_attendance"),
    att("R. Desjardins", "Fire Chief", "in_attendance"),
    att("T. Ng", "Manager, Recreation Programs", "in_attendance"),
    att("K. Ferris", "Legislative Coordinator", "in_attendance"),
    att("G. Halvorsen", "President, Port Alder Minor Hockey Association (delegation, item 6.1)", "in_attendance"),
]

R_72_AMEND = ("THAT the main motion be amended by adding “and THAT staff be directed to include youth-specific "
              "outcome measures in the Year 3 progress report.”")
items = [
    item("1", "CALL TO ORDER", source_line=L("1. CALL TO ORDER")),
    item("2", "LAND ACKNOWLEDGEMENT", source_line=L("2. LAND ACKNOWLEDGEMENT")),
    item("3", "DISCLOSURES OF PECUNIARY INTEREST", source_line=L("3. DISCLOSURES OF")),
    item("4", "APPROVAL OF AGENDA", [
        "THAT the agenda for the April 8, 2024 meeting of the Community and Protective Services Standing "
        "Committee be approved as circulated."], source_line=L("4. APPROVAL OF AGENDA")),
    item("5", "ADOPTION OF MINUTES", [
        "THAT the minutes of the Community and Protective Services Standing Committee meeting held March 11, 2024 "
        "be adopted as printed."], source_line=L("5. ADOPTION OF MINUTES")),
    item("6", "DELEGATIONS", source_line=L("6. DELEGATIONS")),
    item("6.1", "Port Alder Minor Hockey Association – Ice Allocation for 2024-2025 Season", [
        "THAT the delegation from the Port Alder Minor Hockey Association be received; and THAT staff review the "
        "2024-2025 ice allocation policy and report back to the Committee by June 10, 2024."], [
        act(d, "THAT staff review the 2024-2025 ice allocation policy and report back to the Committee by June 10, "
               "2024.", "Staff (Community Services)", "2024-06-10"),
    ], source_line=L("6.1 Port Alder")),
    item("7", "STAFF REPORTS", source_line=L("7. STAFF REPORTS")),
    item("7.1", "Report CPS-2024-014: Fire Master Plan Update 2024-2034", [
        "THAT Report CPS-2024-014 be received; and THAT the Committee recommend that Council endorse the Fire "
        "Master Plan Update 2024-2034 attached as Appendix A; and THAT staff report back in Q4 2024 with a "
        "multi-year implementation costing."], [
        act(d, "THAT staff report back in Q4 2024 with a multi-year implementation costing.",
            "Staff (Fire Chief R. Desjardins)", "2024-10/2024-12"),
    ], ref="Report CPS-2024-014", source_line=L("7.1 Report CPS-2024-014")),
    item("7.2", "Report CPS-2024-017: Community Safety and Well-Being Plan – Year 2 Progress", [
        R_72_AMEND,
        "THAT Report CPS-2024-017 be received for information; and THAT staff be directed to include "
        "youth-specific outcome measures in the Year 3 progress report."], [
        act(d, "THAT staff be directed to include youth-specific outcome measures in the Year 3 progress report.",
            "Staff (General Manager, Community Services)", None, after=L("Main Motion as Amended"),
            probe="THAT staff be directed"),
    ], ref="Report CPS-2024-017", source_line=L("7.2 Report CPS-2024-017")),
    item("7.3", "Report CPS-2024-019: Extension of Splash Pad Operating Hours", [
        "THAT the operating hours of the Riverside and Elmwood splash pads be extended to 9:00 a.m. to 9:00 p.m. "
        "daily from June 1 to September 2, 2024, at an estimated cost of $18,500 to be funded from the Recreation "
        "Reserve."], ref="Report CPS-2024-019", source_line=L("7.3 Report CPS-2024-019")),
    item("8", "INFORMATION ITEMS", [
        "THAT Information Items 8.1 and 8.2 be received for information."], source_line=L("8. INFORMATION ITEMS")),
    item("8.1", "Port Alder Police Service – Q1 2024 Calls for Service Summary", source_line=L("8.1 Port Alder")),
    item("8.2", "Correspondence from the Ministry of the Solicitor General dated March 15, 2024",
         source_line=L("8.2 Correspondence")),
    item("9", "NOTICES OF MOTION", [], [
        act(d, "Councillor Singh gave notice that she will introduce a motion at the May 13, 2024 meeting "
               "respecting traffic calming measures on Lakeshore Drive between Elm Street and Cove Road.",
            "Councillor P. Singh", "2024-05-13"),
    ], source_line=L("9. NOTICES OF MOTION")),
    item("10", "ADJOURNMENT", ["THAT the meeting be adjourned at 5:41 p.m."], source_line=L("10. ADJOURNMENT")),
]

meetings = {
    "components": [{"title": "Minutes of the Community and Protective Services Standing Committee, City of Port "
                             "Alder, April 8, 2024", "kind": "minutes",
                    "first_line": "THE CORPORATION OF THE CITY OF PORT ALDER",
                    "start_line": L("THE CORPORATION OF THE CITY")}],
    "meetings": [{
        "body": "Community and Protective Services Standing Committee",
        "authority": "City of Port Alder",
        "date": "2024-04-08", "time": "4:00 p.m.",
        "venue": "Council Chambers, City Hall, 200 Harbour Street, and by electronic participation",
        "attendees": attendees,
        "apologies": ["J. Kowalczyk"],
        "attendee_note": "Two-column attendance table: 'Committee Members Present:' (label wraps over two "
                         "lines), 'Regrets:' (-> apologies), 'Also Present:' (-> also_present, printed label), "
                         "'Staff Present:' (-> in_attendance, officers). Trudel '(electronic)' -> virtual. "
                         "Delegate G. Halvorsen (item 6.1) keyed in_attendance like a visitor.",
        "items_note": "Top-level items 1-10 and decimal sub-items 6.1, 7.1-7.3, 8.1, 8.2 are all keyed as items "
                      "(each is a numbered agenda heading). Motions are 'Moved by:/Seconded by:' blocks followed "
                      "by 'THAT ...' clauses and a right-aligned CARRIED; resolutions are the THAT text without "
                      "the CARRIED label. 7.2 has a main motion, an amendment (AMENDMENT CARRIED) and the "
                      "'Main Motion as Amended' (carried): the amendment and the motion as amended are keyed, "
                      "the superseded original main motion is not. The 8.1/8.2 motion is keyed under item 8.",
        "items": items,
    }],
}

facts = {
    "priority_lists": [{
        "owner": "City of Port Alder",
        "name": "Community Safety and Well-Being (CSWB) Plan 2022-2026 priority risk areas",
        "kind": "priority", "period": "2022-2026",
        "source_line": L("The Plan’s four priority risk areas"),
        "items": ["Mental Health and Addictions", "Housing and Homelessness", "Youth Engagement and Belonging",
                  "Road Safety"],
        "note": "bullet list inside item 7.2",
    }],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        org("City of Port Alder", ["The Corporation of the City of Port Alder"], "council"),
        org("Community and Protective Services Standing Committee", [], "committee", parent="City of Port Alder"),
        org("Port Alder Minor Hockey Association", ["PAMHA"], "sports_club"),
        org("Office of the Fire Marshal", ["OFM"], "provincial_body"),
        org("Port Alder Police Service", [], "police"),
        org("Lakeshore Ontario Health Team", [], "health"),
        org("Canadian Mental Health Association – Lakeshore Branch", ["CMHA"], "charity"),
        org("Ministry of the Solicitor General", [], "provincial_ministry"),
    ],
    "dates": [
        date(d, "Monday, April 8, 2024", "2024-04-08", "meeting date"),
        date(d, "March 11, 2024", "2024-03-11", "previous meeting (minutes adopted)", probe="held March"),
        date(d, "2024-2025 Season", "2024/2025", "ice allocation season", probe="2024-2025 Season"),
        date(d, "June 10, 2024", "2024-06-10", "staff report back on ice allocation policy", probe="by June 10,"),
        date(d, "2024-2034", "2024/2034", "Fire Master Plan Update period", probe="Update 2024-2034"),
        date(d, "by 2029", "2029", "fourth fire station recommended", probe="by 2029"),
        date(d, "Q4 2024", "2024-10/2024-12", "Fire Master Plan implementation costing due", probe="Q4 2024"),
        date(d, "2022-2026", "2022/2026", "CSWB Plan period", probe="Plan 2022-2026"),
        date(d, "June 1 to September 2, 2024", "2024-06-01/2024-09-02", "extended splash pad hours season",
             probe="June 1 to September 2"),
        date(d, "Q1 2024", "2024-01/2024-03", "police calls for service quarter", probe="Q1 2024"),
        date(d, "March 15, 2024", "2024-03-15", "date of Solicitor General correspondence", probe="March 15, 2024"),
        date(d, "May 13, 2024", "2024-05-13", "meeting at which traffic calming motion will be introduced",
             probe="May 13, 2024"),
    ],
}
d.write(meetings, facts)
