from lib import Lines, A, D, O, P, write_keys

STEM = "blind9-us-tamarack-county-commission-minutes-2024-09-17"
L = Lines(STEM)


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meeting = {
    "body": "Tamarack County Board of Commissioners",
    "authority": "Tamarack County",
    "date": "2024-09-17",
    "time": "9:00 a.m.",
    "venue": "Commissioners' Room, Tamarack County Government Center, 415 Pine Street, Halvorsen, Minnesota",
    "attendees": [
        P("Dale Lindqvist", "present", "Commissioner"),
        P("Maria Esparza", "present", "Commissioner"),
        P("Ron Tebeau", "present", "Commissioner"),
        P("Janice Holmgren", "present", "Chair"),
        P("Curtis Wold", "present", "Commissioner (arrived at 9:25 a.m.)"),
        P("Gail Brandvold", "in_attendance", "County Administrator"),
        P("Neil Okafor", "in_attendance", "County Attorney"),
        P("Shannon Rudd", "in_attendance", "Clerk to the Board (recording)"),
        P("Tom Rask", "also_present", "Sheriff"),
        P("Luis Ferreira", "also_present", "Public Works Director/County Engineer"),
        P("Kari Swenson", "in_attendance", "Emergency Management Director (presented item 7.2)"),
    ],
    "apologies": [],
    "attendee_note": "Roll call is a prose line; Wold arrived late (before any vote he took part in) and is keyed "
                     "present. 'Staff present' keyed in_attendance, 'Also present' keyed also_present; Kari "
                     "Swenson is named only in item 7.2. Members of the public who spoke under Public Comment "
                     "(Arlene Vasko, Pete Marchetti) are not keyed as attendees.",
    "items_note": "Both levels of numbering are keyed: department headings 6/7/8 and their sub-items 6.1, 7.1, "
                  "7.2, 8.1-8.3. Consent agenda sub-items a.-e. are not separate items: one motion approves them. "
                  "Each decision is the motion sentence plus its outcome sentence, as printed.",
    "items": [
        item("1", "CALL TO ORDER AND PLEDGE OF ALLEGIANCE"),
        item("2", "ROLL CALL"),
        item("3", "APPROVAL OF AGENDA", [
            "Motion by Esparza, second by Lindqvist, to approve the agenda with the addition of item 8.3. "
            "Motion passed 4-0."]),
        item("4", "CONSENT AGENDA", [
            "Motion by Tebeau, second by Esparza, to approve the consent agenda as presented. Motion passed 4-0."]),
        item("5", "PUBLIC COMMENT"),
        item("6", "SHERIFF'S OFFICE"),
        item("6.1", "Body-Worn Camera and Evidence Management Agreement", [
            "Motion by Wold, second by Esparza, to approve the agreement with Lakeshore Public Safety Systems, "
            "Inc. as presented. Motion passed 4-1 (Tebeau opposed)."]),
        item("7", "PUBLIC WORKS"),
        item("7.1", "CSAH 14 Reconstruction \u2013 Award of Bid", [
            "Motion by Lindqvist, second by Wold, to award the CSAH 14 reconstruction contract to Birchwood "
            "Paving Co. in the amount of $3,118,440.00. Motion passed 5-0."], [
            A(L, "Construction will begin in May 2025 and is to be substantially complete by October 15, 2025.",
              "Birchwood Paving Co.", "2025-10-15", find="below the engineer's estimate. Construction"),
        ]),
        item("7.2", "Multi-Jurisdictional Hazard Mitigation Plan Update", [
            "Commissioner Lindqvist offered Resolution No. 2024-61, adopting the Tamarack County "
            "Multi-Jurisdictional Hazard Mitigation Plan, 2024\u20132029, and moved its adoption; second by "
            "Esparza. Roll call vote: Lindqvist \u2013 yes; Esparza \u2013 yes; Tebeau \u2013 yes; Wold \u2013 "
            "yes; Holmgren \u2013 yes. Resolution adopted."]),
        item("8", "ADMINISTRATION"),
        item("8.1", "2025 Preliminary Property Tax Levy and Budget", [
            "Motion by Esparza, second by Holmgren, to adopt Resolution No. 2024-62 setting the 2025 preliminary "
            "property tax levy at $18,946,200 and the preliminary budget as presented. Motion passed 4-1 "
            "(Tebeau opposed).",
            "The Truth in Taxation public hearing was set for Thursday, December 5, 2024 at 6:00 p.m. in the "
            "Commissioners' Room."], [
            A(L, "The preliminary levy must be certified to the County Auditor-Treasurer by September 30, 2024",
              "Tamarack County Board of Commissioners", "2024-09-30", find="of 4.6 percent over 2024. The preliminary"),
        ]),
        item("8.2", "Appointment to the Northern Lakes Regional Library Board", [
            "Motion by Wold, second by Lindqvist, to appoint Karen Dahl to the Northern Lakes Regional Library "
            "Board for a three-year term ending December 31, 2027. Motion passed 5-0."]),
        item("8.3", "USDA ReConnect Broadband Grant Application", [
            "Motion by Esparza, second by Tebeau, to co-sponsor the ReConnect application and commit up to "
            "$250,000 in local match. Motion passed 5-0."], [
            A(L, "The Board directed the Administrator to submit the letter of commitment to the cooperative by "
                 "October 31, 2024.", "County Administrator (Gail Brandvold)", "2024-10-31",
              find="in local match. Motion passed 5-0. The Board directed",
              note="sentence runs across the page 2/3 break, interrupted by the running footer"),
        ]),
        item("9", "COMMISSIONER REPORTS"),
        item("10", "ADJOURNMENT", [
            "Motion by Wold, second by Lindqvist, to adjourn at 11:42 a.m. Motion passed 5-0."]),
    ],
}

meetings_doc = {
    "components": [{"title": "Official Proceedings, Tamarack County Board of Commissioners, Regular Meeting, "
                             "September 17, 2024", "kind": "minutes", "first_line": "OFFICIAL PROCEEDINGS",
                    "start_line": L.find("OFFICIAL PROCEEDINGS")}],
    "meetings": [meeting],
}

facts_doc = {
    "priority_lists": [{
        "owner": "Tamarack County Board of Commissioners",
        "name": "Board's 2025 budget priorities (adopted at the August 20 work session)",
        "kind": "priority", "period": "2025",
        "source_line": L.find("work session: (1) public safety staffing"),
        "items": ["public safety staffing", "road and bridge maintenance", "broadband expansion",
                  "holding the levy increase below 5 percent"],
        "note": "inline numbered list (1)-(4) inside item 8.1 prose",
    }],
    "priority_lists_note": "the Hazard Mitigation Plan's ranking of 'highest hazards' (item 7.2) is a list of risks, "
                           "not priorities set for an organisation, and is not keyed",
    "priority_changes": [],
    "actions": [],
    "actions_note": "all actions are keyed inside the meeting items",
    "organisations": [
        O("Tamarack County", ["County"], "county"),
        O("Tamarack County Board of Commissioners", ["Board"], "board", parent="Tamarack County"),
        O("SHERIFF'S OFFICE", [], "law_enforcement", parent="Tamarack County",
          note="the County Sheriff's Office, named only as a heading"),
        O("Northwoods Fuel & Bait", [], "company"),
        O("Halvorsen Lions Club", [], "group"),
        O("Pinecrest Behavioral Health", [], "health_provider"),
        O("Lakeshore Public Safety Systems, Inc.", [], "company"),
        O("Birchwood Paving Co.", [], "company"),
        O("Federal Emergency Management Agency", ["FEMA"], "government_agency"),
        O("Northern Lakes Regional Library Board", [], "board"),
        O("Pine River Valley Telephone Cooperative", ["cooperative"], "cooperative"),
        O("U.S. Department of Agriculture", ["USDA"], "government_department"),
        O("Northland Regional Development Commission", [], "public_body"),
        O("Tamarack Soil and Water Conservation District", [], "public_body"),
    ],
    "organisations_note": "County departments named only as agenda headings (Public Works, Administration) and "
                          "offices (County Auditor-Treasurer) are not keyed; Cedar Township and Halvorsen appear "
                          "only as places of residence/addresses",
    "dates": [
        D(L, "Tuesday, September 17, 2024", "2024-09-17", "meeting date"),
        D(L, "September 3, 2024", "2024-09-03", "previous regular meeting (minutes approved on consent)"),
        D(L, "October 1, 2024 through September 30, 2025", "2024-10-01/2025-09-30",
          "term of the mobile crisis response MOU with Pinecrest Behavioral Health", find="crisis response, October 1, 2024"),
        D(L, "September 10", "2024-09-10", "CSAH 14 bids received", note="year inferred"),
        D(L, "May 2025", "2025-05", "CSAH 14 construction begins"),
        D(L, "October 15, 2025", "2025-10-15", "CSAH 14 substantial completion", find="complete by October 15, 2025"),
        D(L, "2024\u20132029", "2024/2029", "period of the Hazard Mitigation Plan",
          find="Multi-Jurisdictional Hazard Mitigation Plan, 2024"),
        D(L, "August 20", "2024-08-20", "Board work session that adopted the 2025 budget priorities",
          find="adopted at the August 20", note="year inferred"),
        D(L, "2025", "2025", "budget and levy year", find="2025 Preliminary Property Tax Levy"),
        D(L, "September 30, 2024", "2024-09-30", "deadline to certify the preliminary levy",
          find="County Auditor-Treasurer by September 30, 2024"),
        D(L, "December", "2024-12", "final levy adoption", find="the final levy is adopted in December"),
        D(L, "Thursday, December 5, 2024", "2024-12-05", "Truth in Taxation public hearing",
          find="was set for Thursday, December 5, 2024"),
        D(L, "December 31, 2027", "2027-12-31", "end of Karen Dahl's library board term",
          find="Library Board for a three-year term"),
        D(L, "October 31, 2024", "2024-10-31", "deadline for ReConnect letter of commitment",
          find="letter of commitment to the cooperative by October 31, 2024"),
        D(L, "Tuesday, October 1, 2024", "2024-10-01", "next regular meeting",
          find="reminded the public that the next regular meeting"),
    ],
}

write_keys(STEM, meetings_doc, facts_doc)
