from lib import Lines, A, D, O, P, write_keys

STEM = "blind9-uk-harrowfield-lb-housing-scrutiny-subcommittee-minutes-2025-01-14"
L = Lines(STEM)
S45 = L.find("Damp and Mould in Council Homes: Progress Report and Response")


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meeting = {
    "body": "Housing and Regeneration Scrutiny Sub-Committee",
    "authority": "London Borough of Harrowfield",
    "date": "2025-01-14",
    "time": "7.00 pm",
    "venue": None,
    "attendees": [
        P("Priya Ramanathan", "present", "Chair"),
        P("Tom Oduya", "present", "Vice-Chair"),
        P("Bernadette Kelleher", "present"),
        P("Marcus Hale", "present"),
        P("Shazia Iqbal", "present"),
        P("Gareth Wynne-Jones", "present"),
        P("Leon Fairbrother", "present", "Reserve Member (for Councillor Amira Shah)"),
        P("Mrs Doreen Achterberg", "present", "Co-optee (non-voting), Harrowfield Tenants' and Residents' Federation"),
        P("Fiona McTeer", "also_present", "Cabinet Member for Housing (for Minute 45)"),
        P("Colin Aske", "virtual", "Councillor in attendance (Minute 46)"),
        P("Dermot Quayle", "in_attendance", "Director of Housing"),
        P("Ruth Abebe", "in_attendance", "Head of Tenancy Services"),
        P("Simon Clay", "in_attendance", "Senior Scrutiny Officer"),
        P("Amira Shah", "apologies"),
        P("Peter Danvers", "apologies"),
    ],
    "apologies": ["Councillor Amira Shah", "Councillor Peter Danvers"],
    "attendee_note": "Present list is a label/value grid; '*' marks Members present and '(2)' a Reserve Member. "
                     "Councillors listed under 'In attendance (Councillors)' are keyed also_present; Colin Aske "
                     "'attended virtually' so is keyed virtual. Venue is not stated.",
    "items_note": "Minute numbers 41-48 are printed in a left margin column; lettered (a)(b)(c) sub-resolutions "
                  "are keyed one resolution per letter, text after the letter. Minute 45 runs across pages 1-2.",
    "items": [
        item("41", "Attendance by Reserve Members", [
            "RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:"]),
        item("42", "Declarations of Interest", [
            "RESOLVED: To note that the following interest was declared:"]),
        item("43", "Minutes", [
            "RESOLVED: That the minutes of the meeting held on 12 November 2024, be taken as read and signed as a "
            "correct record."]),
        item("44", "Public Questions and Petitions", [
            "RESOLVED: To note that no public questions were put, or petitions received, at this meeting."]),
        item("45", "Damp and Mould in Council Homes: Progress Report and Response to the Housing Ombudsman "
                   "Spotlight Report", [
            "the progress made in reducing the number of open damp and mould cases be noted;",
            "the Director of Housing provide a breakdown of open damp and mould cases by ward, and by tenure, to "
            "the next meeting of the Sub-Committee;",
            "the Sub-Committee's concern at the time taken to complete follow-up works be referred to the Cabinet "
            "Member for Housing for a response within 28 days.",
        ], [
            A(L, "The Head of Tenancy Services undertook to circulate the revised repairs timescales to Members by "
                 "the end of January 2025.", "Head of Tenancy Services (Ruth Abebe)", "2025-01",
              find="long for follow-up works. The Head", after=S45),
            A(L, "the Cabinet would consider the Sub-Committee's comments at its meeting on 20 February 2025.",
              "Cabinet", "2025-02-20", find="and confirmed that the Cabinet would consider", after=S45),
            A(L, "the Director of Housing provide a breakdown of open damp and mould cases by ward, and by tenure, "
                 "to the next meeting of the Sub-Committee;", "Director of Housing (Dermot Quayle)", "2025-03-11",
              find="(b) the Director of Housing provide", after=S45,
              note="next meeting is 11 March 2025 (Minute 47)"),
            A(L, "the Sub-Committee's concern at the time taken to complete follow-up works be referred to the "
                 "Cabinet Member for Housing for a response within 28 days.",
              "Cabinet Member for Housing (Fiona McTeer)", "2025-02-11",
              find="(c) the Sub-Committee's concern", after=S45, note="28 days from 14 January 2025"),
        ]),
        item("46", "Temporary Accommodation Placements Outside the Borough", [
            "RESOLVED: That the report be noted."], [
            A(L, "The Chair requested that officers arrange a site visit to the Northgate Lane hostel for Members "
                 "before the March meeting.", "officers", "2025-03"),
        ]),
        item("47", "Sub-Committee Work Programme 2024/25", [
            "the work programme be agreed, subject to the addition of an item on the Housing Revenue Account "
            "Business Plan at the meeting on 11 March 2025;",
            "a scrutiny review of the housing allocations policy be scoped by the Senior Scrutiny Officer and "
            "reported to the Overview and Scrutiny Committee on 3 April 2025.",
        ], [
            A(L, "a scrutiny review of the housing allocations policy be scoped by the Senior Scrutiny Officer and "
                 "reported to the Overview and Scrutiny Committee on 3 April 2025.",
              "Senior Scrutiny Officer (Simon Clay)", "2025-04-03", find="(b) a scrutiny review"),
        ]),
        item("48", "Any Other Urgent Business"),
    ],
}

meetings_doc = {
    "components": [{"title": "Minutes of the Housing and Regeneration Scrutiny Sub-Committee, London Borough of "
                             "Harrowfield, 14 January 2025", "kind": "minutes",
                    "first_line": "LONDON BOROUGH OF HARROWFIELD", "start_line": L.find("LONDON BOROUGH OF HARROWFIELD")}],
    "meetings": [meeting],
}

facts_doc = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "actions_note": "all actions are keyed inside the meeting items",
    "organisations": [
        O("London Borough of Harrowfield", ["Council"], "council"),
        O("Housing and Regeneration Scrutiny Sub-Committee", ["Sub-Committee"], "committee",
          parent="London Borough of Harrowfield"),
        O("Overview and Scrutiny Committee", [], "committee", parent="London Borough of Harrowfield"),
        O("Cabinet", [], "committee", parent="London Borough of Harrowfield"),
        O("Harrowfield Tenants' and Residents' Federation", [], "group"),
        O("Housing Ombudsman", [], "public_body"),
        O("Kestrel Property Services Ltd", [], "company"),
        O("Regulator of Social Housing", ["Regulator"], "regulator"),
        O("London Borough of Brentmere", [], "council"),
        O("Shelter", [], "charity"),
        O("Harrowfield Citizens Advice", [], "charity"),
        O("Ministry of Housing, Communities and Local Government", ["MHCLG"], "government_department"),
    ],
    "dates": [
        D(L, "14 JANUARY 2025", "2025-01-14", "meeting date", after=5),
        D(L, "12 November 2024", "2024-11-12", "previous meeting (minutes approved)"),
        D(L, "July 2024", "2024-07", "Cabinet agreed the damp and mould action plan"),
        D(L, "the end of June 2024", "2024-06", "baseline of open damp and mould cases (1,214)",
          find="fallen from 1,214 at the end of June 2024"),
        D(L, "31 December 2024", "2024-12-31", "open damp and mould cases (688)"),
        D(L, "September", "2024-09", "contractor recruited an additional surveying team", find="September.",
          after=S45, note="year inferred"),
        D(L, "October 2025", "2025-10", "Awaab's Law expected to apply to social landlords"),
        D(L, "the end of January 2025", "2025-01", "deadline to circulate revised repairs timescales",
          find="circulate the revised repairs timescales"),
        D(L, "20 February 2025", "2025-02-20", "Cabinet meeting to consider the Sub-Committee's comments",
          find="meeting on 20 February 2025"),
        D(L, "within 28 days", "2025-02-11", "deadline for Cabinet Member response to referral",
          find="referred to the Cabinet Member for Housing for a response within 28 days"),
        D(L, "30 November 2024", "2024-11-30", "temporary accommodation snapshot (1,032 households)"),
        D(L, "17 December 2024", "2024-12-17", "MHCLG Homelessness Prevention Grant funding announced"),
        D(L, "the March meeting", "2025-03", "site visit deadline", find="Members before the March meeting"),
        D(L, "11 March 2025", "2025-03-11", "next Sub-Committee meeting (HRA Business Plan item)"),
        D(L, "3 April 2025", "2025-04-03", "Overview and Scrutiny Committee meeting (allocations review scope)"),
        D(L, "2024/25", "2024-04/2025-03", "work programme (municipal) year", find="Sub-Committee Work Programme 2024/25",
          note="schema financial-year convention applied to the municipal year"),
    ],
}

write_keys(STEM, meetings_doc, facts_doc)
