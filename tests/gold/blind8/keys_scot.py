from keylib import *

d = Doc("blind8-uk-glenmorie-council-communities-housing-committee-minutes-2024-02-20")
L = d.line

attendees = [
    att("Fiona MacRae", "Convener (in the Chair)", "present"),
    att("Alasdair Bain", "Councillor", "present"),
    att("Kirsty Drummond", "Councillor (attended remotely)", "virtual"),
    att("Euan Fairlie", "Vice-Convener", "present"),
    att("Morag Henderson-Lyle", "Councillor", "present"),
    att("Callum Innes", "Councillor (attended remotely)", "virtual"),
    att("Shona Kerr", "Councillor (took no part in item 6)", "present"),
    att("Peter Wylie", "Councillor", "present"),
    att("J Cowan", "Executive Director (Communities)", "in_attendance"),
    att("R Stirling", "Head of Housing Services", "in_attendance"),
    att("M Petrie", "Community Development Manager", "in_attendance"),
    att("L Ogilvie", "Committee Services Officer", "in_attendance"),
    att("D Reid", "Inspector, Police Scotland", "in_attendance"),
    att("Graham Lamont", "Councillor", "apologies"),
    att("Isla Munro", "Councillor", "apologies"),
]

items = [
    item("1", "DECLARATIONS OF INTEREST", source_line=L("1. DECLARATIONS OF INTEREST")),
    item("2", "MINUTE OF PREVIOUS MEETING", [
        "The minute of the meeting of the Communities and Housing Committee of 16th January, 2024 was submitted "
        "and approved as a correct record."], source_line=L("2. MINUTE OF PREVIOUS")),
    item("3", "POLICE SCOTLAND – LOCAL AREA PERFORMANCE REPORT, QUARTER 3 2023/24", [
        "The Committee agreed to note the performance report."], [
        act(d, "Inspector Reid confirmed that the pilot of Operation Lantern in Invermorie town centre would be "
               "evaluated and reported to the Committee in June.", "Inspector D Reid (Police Scotland)",
            "2024-06"),
    ], source_line=L("3. POLICE SCOTLAND")),
    item("4", "RAPID REHOUSING TRANSITION PLAN – ANNUAL UPDATE", [
        "The Committee agreed:- (1) to note the progress made in year four of the Rapid Rehousing Transition "
        "Plan; (2) to approve the revised RRTP targets for 2024/25 as set out in Appendix 2 to the report; and "
        "(3) to instruct the Head of Housing Services to submit a progress report to the meeting of this "
        "Committee in August, 2024."], [
        act(d, "to instruct the Head of Housing Services to submit a progress report to the meeting of this "
               "Committee in August, 2024.", "Head of Housing Services (R Stirling)", "2024-08"),
    ], source_line=L("4. RAPID REHOUSING")),
    item("5", "HOUSING REVENUE ACCOUNT CAPITAL PROGRAMME 2024/25", [
        "The Committee agreed to recommend to the Council that the HRA capital programme for 2024/25 totalling "
        "£18.4 million, as set out in Appendix 1 to the report, be approved."], source_line=L("5. HOUSING REVENUE")),
    item("6", "INVERMORIE HOUSING ASSOCIATION – STRATEGIC HOUSING INVESTMENT PLAN", [
        "The Committee agreed:- (1) to approve a contribution of £250,000 from the Council Tax on Second Homes "
        "fund towards the Mill Lade development; and (2) to request that the Head of Housing Services report "
        "back on the tender outcome before any funds are released."], [
        act(d, "to request that the Head of Housing Services report back on the tender outcome before any funds "
               "are released.", "Head of Housing Services (R Stirling)", None),
    ], source_line=L("6. INVERMORIE HOUSING")),
    item("7", "COMMUNITY ASSET TRANSFER – FORMER KILBRIDE PUBLIC HALL", [
        "The Committee agreed to approve the transfer of the former Kilbride Public Hall to Kilbride Community "
        "Trust SCIO at nil value, subject to the conditions set out in paragraph 4.3 of the report."], [
        act(d, "The Community Development Manager undertook to notify the Trust of the decision within 14 days.",
            "Community Development Manager (M Petrie)", "2024-03-05", note="within 14 days of 20 February 2024"),
    ], source_line=L("7. COMMUNITY ASSET")),
    item("8", "DATE OF NEXT MEETING", source_line=L("8. DATE OF NEXT")),
]

meetings = {
    "components": [{"title": "Minute of the Communities and Housing Committee, Glenmorie Council, 20 February 2024",
                    "kind": "minutes", "first_line": "GLENMORIE COUNCIL", "start_line": 1}],
    "meetings": [{
        "body": "Communities and Housing Committee",
        "authority": "Glenmorie Council",
        "date": "2024-02-20", "time": "10.00 a.m.",
        "venue": "Committee Room 2, Council Headquarters, Kirkton Road, Invermorie",
        "attendees": attendees,
        "apologies": ["Graham Lamont", "Isla Munro"],
        "attendee_note": "Scottish 'Sederunt:' paragraph: 'Councillor Fiona MacRae (Convener); Councillors "
                         "Alasdair Bain, ...' (plural title distributes over the names; Vice-Convener role in "
                         "brackets after the name); a separate sentence says Drummond and Innes attended "
                         "remotely (virtual). 'Attending:' = officers and Inspector D Reid -> in_attendance.",
        "items_note": "Items 1-8 with margin numbers; decisions under a bold 'Decision' label in the form 'The "
                      "Committee agreed:- (1) ...; (2) ...; and (3) ...' - each keyed as ONE resolution (one "
                      "sentence). In item 4 the 'Decision' label ends page 1 and the decision text starts page 2. "
                      "Item 7 has a Motion, an Amendment and a division; only the 'Decision' paragraph is keyed.",
        "items": items,
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Police Scotland (Glenmorie area)",
        "name": "Priorities of the Glenmorie Local Police Plan 2023-26",
        "kind": "priority", "period": "2023-26",
        "source_line": L("the five priorities of the", words=5),
        "items": ["Road Safety", "Drug Harm Reduction", "Antisocial Behaviour and Disorder",
                  "Protecting People at Risk of Harm", "Acquisitive Crime"],
        "note": "reported inside minute item 3; roman-numeral sub-list (i)-(v) ending '; and' / '.'",
    }],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        org("Glenmorie Council", [], "council"),
        org("Communities and Housing Committee", [], "committee", parent="Glenmorie Council"),
        org("Police Scotland", [], "police"),
        org("Invermorie Housing Association", [], "housing_association"),
        org("Kilbride Community Trust SCIO", [], "charity"),
        org("Scottish Government", [], "government"),
    ],
    "dates": [
        date(d, "Tuesday, 20th February, 2024", "2024-02-20", "meeting date", words=3),
        date(d, "16th January, 2024", "2024-01-16", "previous meeting (minute approved)", probe="Committee of 16th"),
        date(d, "QUARTER 3 2023/24", "2023-10/2023-12", "performance report quarter", words=3),
        date(d, "1st October to 31st December, 2023", "2023-10-01/2023-12-31", "period of police performance report",
             words=3),
        date(d, "2023-26", "2023/2026", "Glenmorie Local Police Plan period", probe="Plan 2023-26"),
        date(d, "June", "2024-06", "Operation Lantern evaluation to be reported", probe="Committee in June"),
        date(d, "2024/25", "2024-04/2025-03", "revised RRTP targets year", probe="RRTP targets for 2024/25"),
        date(d, "August, 2024", "2024-08", "RRTP progress report due", probe="August, 2024"),
        date(d, "2024/25", "2024-04/2025-03", "HRA capital programme year", probe="PROGRAMME 2024/25"),
        date(d, "2024-29", "2024/2029", "Strategic Housing Investment Plan period", probe="(SHIP) 2024-29"),
        date(d, "within 14 days", "2024-03-05", "Trust to be notified of asset transfer decision",
             probe="within 14 days"),
        date(d, "Tuesday, 19th March, 2024", "2024-03-19", "next meeting", probe="Tuesday, 19th"),
    ],
}
d.write(meetings, facts)
