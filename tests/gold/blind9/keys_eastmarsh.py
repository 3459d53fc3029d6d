from lib import Lines, A, D, O, P, write_keys

STEM = "blind9-uk-eastmarsh-wendlebury-joint-csc-minutes-2024-11-07"
L = Lines(STEM)
BODY = "Eastmarsh and Wendlebury Joint Community Safety Committee"


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meeting = {
    "body": BODY,
    "authority": "Eastmarsh District Council and Wendlebury Borough Council",
    "date": "2024-11-07",
    "time": "2.00pm \u2013 4.05pm",
    "venue": "Council Chamber, Wendlebury House, Market Place, Wendlebury (hybrid \u2013 Microsoft Teams)",
    "attendees": [
        P("Harriet Moss", "present", "Chair; Eastmarsh District Council \u2013 Portfolio Holder for Communities"),
        P("Adebayo Okonjo", "present", "Vice-Chair; Wendlebury Borough Council \u2013 Cabinet Member for Safer Neighbourhoods"),
        P("Sue Threlfall", "virtual", "Eastmarsh District Council"),
        P("Graham Pettifer", "apologies", "Eastmarsh District Council"),
        P("Nadia Rahman", "present", "Wendlebury Borough Council"),
        P("Keith Orme", "present", "Wendlebury Borough Council (substitute for Cllr Pat Lyle)"),
        P("Pat Lyle", "apologies", "Wendlebury Borough Council"),
        P("Claire Venn", "present", "Supt, Wendmarsh Constabulary \u2013 Local Policing Area Commander"),
        P("Martin Fry", "virtual", "Wendmarsh Fire and Rescue Service \u2013 Group Manager, Prevention"),
        P("Joanne Albury", "present", "Office of the Police and Crime Commissioner for Wendmarsh (OPCC)"),
        P("Hollie Grange", "in_attendance", "Joint Community Safety Manager (officer)"),
        P("Owen Baptiste", "in_attendance", "Democratic Services Officer (officer); minutes"),
    ],
    "apologies": ["Cllr Graham Pettifer", "Cllr Pat Lyle"],
    "attendee_note": "Meeting date, time and venue are in a ruled header table (date as 'Thursday 7th November "
                     "2024'). Attendance is a 3-column table whose last column gives the status: Present -> "
                     "present, Teams -> virtual, Apologies -> apologies, In attendance -> in_attendance.",
    "items_note": "Minutes body is a ruled 5-column table No. | Item | Notes and decisions | Action by | Date; the "
                  "owner and due date of each item's action are in the right-hand columns. AGREED (i)/(ii) in "
                  "item 7 is keyed as two resolutions. The repeated table header row ('No.' wraps to 'No' + '.') "
                  "appears on each page.",
    "items": [
        item("1", "Welcome, introductions and apologies"),
        item("2", "Declarations of interest"),
        item("3", "Minutes of the previous meeting (12 September 2024) and matters arising", [
            "The minutes were agreed as a true record."]),
        item("4", "Strategic Assessment 2024 and joint priorities for 2025/26", [
            "AGREED: that the Joint Committee's priorities for 2025/26 are:",
            "AGREED: that rural crime, previously part of the Safer roads and rural communities priority, becomes "
            "a priority in its own right from April 2025."], [
            A(L, "Hollie Grange to circulate the final Strategic Assessment to both councils' scrutiny chairs.",
              "Hollie Grange", "2024-11-29", find="Hollie Grange to circulate"),
        ]),
        item("5", "Safer Streets Fund: Wendlebury town centre evaluation", [
            "AGREED: that the evaluation report be noted and shared with partners."], [
            A(L, "OPCC to confirm whether the monitoring costs can be met from the Community Safety Fund for 2025/26.",
              "Joanne Albury (OPCC)", "2025-01"),
        ]),
        item("6", "Domestic Homicide Review \u2013 update (confidential details withheld)", [
            "AGREED: that the Joint Community Safety Manager convene an extraordinary meeting if the overview "
            "report is ready before the next scheduled meeting."], [
            A(L, "the Joint Community Safety Manager convene an extraordinary meeting if the overview report is "
                 "ready before the next scheduled meeting.", "Hollie Grange", None,
              find="AGREED: that the Joint Community Safety Manager", note="Date column: 'As required'"),
        ]),
        item("7", "Serious Violence Duty \u2013 local response", [
            "that the local response be endorsed;",
            "that the Committee's terms of reference be amended to include oversight of the Serious Violence "
            "Duty, subject to approval by each council."], [
            A(L, "Democratic Services to take the amended terms of reference to each council's Cabinet.",
              "Owen Baptiste (Democratic Services)", "2025-03-31"),
        ]),
        item("8", "Any other business and date of next meeting"),
    ],
}

meetings_doc = {
    "components": [{"title": "Minutes of the Eastmarsh and Wendlebury Joint Community Safety Committee, "
                             "7 November 2024", "kind": "minutes",
                    "first_line": "EASTMARSH AND WENDLEBURY JOINT COMMUNITY SAFETY COMMITTEE", "start_line": 1}],
    "meetings": [meeting],
}

facts_doc = {
    "priority_lists": [{
        "owner": BODY, "name": "Joint Committee's priorities for 2025/26", "kind": "priority",
        "period": "2025/26", "source_line": L.find("• Reducing anti-social behaviour in town centres"),
        "items": ["Reducing anti-social behaviour in town centres",
                  "Tackling violence against women and girls (VAWG)", "Rural crime", "Safer roads"],
        "note": "bulleted list inside the Notes cell of item 4, introduced by 'AGREED: that ... are:'",
    }],
    "priority_changes": [
        {"year": "2025", "change": "added", "priority": "Rural crime",
         "previously_part_of": "Safer roads and rural communities",
         "note": "effective April 2025 (2025/26 priorities)"},
        {"year": "2025", "change": "renamed", "priority": "Safer roads",
         "previously": "Safer roads and rural communities",
         "note": "implied: the former combined priority now appears as 'Safer roads'"},
    ],
    "actions": [],
    "actions_note": "all actions are keyed inside the meeting items",
    "organisations": [
        O(BODY, ["Joint Committee", "Committee"], "committee"),
        O("Eastmarsh District Council", [], "council"),
        O("Wendlebury Borough Council", [], "council"),
        O("Wendmarsh Constabulary", ["Constabulary"], "police"),
        O("Rural Crime Team", [], "team", parent="Wendmarsh Constabulary"),
        O("Wendmarsh Fire and Rescue Service", ["fire service"], "fire_service"),
        O("Office of the Police and Crime Commissioner for Wendmarsh", ["OPCC"], "public_body"),
        O("The Probation Service", ["probation"], "public_body"),
        O("Home Office", [], "government_department"),
        O("Quality Assurance Panel", [], "panel", parent="Home Office",
          note="'Home Office Quality Assurance Panel'"),
        O("University of Wendmarsh", [], "university"),
        O("Wendlebury Business Improvement District", ["BID"], "company"),
        O("Wendmarsh Women's Aid", [], "charity"),
        O("Eastmarsh Citizens Advice", [], "charity"),
        O("Wendmarsh County Council", [], "council"),
        O("NHS Wendmarsh Integrated Care Board", ["ICB"], "nhs_body"),
        O("Eastmarsh Community Voluntary Service", [], "charity"),
    ],
    "organisations_note": "Democratic Services (a council team) is not keyed separately; Microsoft Teams is a product",
    "dates": [
        D(L, "Thursday 7th November 2024", "2024-11-07", "meeting date (header table)"),
        D(L, "12 September 2024", "2024-09-12", "previous meeting (minutes agreed)", find="meeting (12 September"),
        D(L, "2024", "2024", "Strategic Assessment year", find="2024 and joint priorities",
          note="in the wrapped Item cell 'Strategic Assessment 2024 and joint priorities for 2025/26'"),
        D(L, "the year to 30 September 2024", "2023-10/2024-09", "ASB trend period", find="year to 30 September 2024"),
        D(L, "2025/26", "2025-04/2026-03", "period of the joint priorities", find="AGREED: that the Joint Committee's priorities"),
        D(L, "April 2025", "2025-04", "rural crime becomes a priority in its own right",
          find="a priority in its own right from April 2025"),
        D(L, "29/11/24", "2024-11-29", "due date: circulate final Strategic Assessment"),
        D(L, "March 2024", "2024-03", "Safer Streets lighting and CCTV upgrades completed"),
        D(L, "April 2025", "2025-04", "BID part-funding of CCTV monitoring from", find="monitoring from April 2025"),
        D(L, "Jan 2025", "2025-01", "due date: OPCC to confirm monitoring funding"),
        D(L, "June 2024", "2024-06", "Domestic Homicide Review commissioned"),
        D(L, "spring 2025", "2025-03/2025-05", "DHR overview report to Home Office Quality Assurance Panel",
          find="Assurance Panel in spring 2025"),
        D(L, "By 31 March 2025", "2025-03-31", "due date: amended terms of reference to each council's Cabinet",
          find="By 31 March"),
        D(L, "Thursday 13 February 2025", "2025-02-13", "next meeting"),
    ],
}

write_keys(STEM, meetings_doc, facts_doc)
