from keylib import *

d = Doc("blind8-uk-lisnacree-dbc-environment-regeneration-committee-minutes-2023-09-12")
L = d.line

attendees = [
    att("P McAleese", "Chairperson (Alderman)", "present"),
    att("R Doherty-Quinn", "Vice-Chairperson (Councillor)", "present"),
    att("J Gilmore", "Alderman", "present"),
    att("S Kerr", "Alderman", "present"),
    att("A Boyle", "Councillor", "present"),
    att("B Cassidy", "Councillor (attended remotely)", "virtual"),
    att("C Devlin", "Councillor (withdrew for item 7)", "present"),
    att("M Ferguson", "Councillor", "present"),
    att("T Hanna", "Councillor", "present"),
    att("L McCartan-Reid", "Councillor", "present"),
    att("D O’Neill", "Councillor", "present"),
    att("Mr K Moorhead", "Director of Environment", "in_attendance"),
    att("Ms F Tumelty", "Head of Waste Services", "in_attendance"),
    att("Mr G Lavery", "Regeneration Manager", "in_attendance"),
    att("Mrs J Rafferty", "Democratic Services Officer", "in_attendance"),
    att("W Irvine", "Alderman", "apologies"),
    att("H Magee", "Councillor", "apologies"),
]

items = [
    item("1", "APOLOGIES", source_line=L("1. APOLOGIES")),
    item("2", "DECLARATIONS OF INTEREST", source_line=L("2. DECLARATIONS OF INTEREST")),
    item("3", "MINUTES OF MEETING HELD ON 8 AUGUST 2023", [
        "Proposed by Councillor Ferguson, Seconded by Alderman Gilmore and AGREED that the minutes of the meeting "
        "of the Environment and Regeneration Committee held on 8 August 2023 be taken as read and signed as "
        "correct."], source_line=L("3. MINUTES OF MEETING")),
    item("4", "MATTERS ARISING", source_line=L("4. MATTERS ARISING")),
    item("5", "KERBSIDE GLASS COLLECTION PILOT – SIX MONTH REVIEW (Report ER/23/041)", [
        "Proposed by Councillor Boyle, Seconded by Alderman Kerr and AGREED to recommend to Council that the "
        "kerbside glass collection pilot be extended to the Drumbeg DEA from 1 November 2023."], [
        act(d, "The Head of Waste Services undertook to bring a report on the full borough-wide roll-out costs, "
               "including vehicle and staffing requirements, to the December meeting of the Committee.",
            "Head of Waste Services (Ms F Tumelty)", "2023-12"),
    ], ref="Report ER/23/041", source_line=L("5. KERBSIDE GLASS")),
    item("6", "CORRESPONDENCE", [
        "Correspondence from DfI Roads, Northern Division, setting out the gully cleaning schedule for the "
        "borough was noted.",
        "It was AGREED that the Chairperson write to NIEA requesting a meeting to discuss the licence conditions "
        "and the monitoring of leachate at the site."], [
        act(d, "the Chairperson write to NIEA requesting a meeting to discuss the licence conditions and the "
               "monitoring of leachate at the site.", "Chairperson (Alderman P McAleese)", None,
            after=L("(b) Northern Ireland"), words=3),
    ], source_line=L("6. CORRESPONDENCE")),
    item("7", "DRUMBEG VILLAGE RENEWAL SCHEME – TENDER REPORT", [
        "On a recorded vote being taken, there voted 7 For and 3 Against, and it was AGREED that the tender for "
        "Phase 2 public realm works be awarded to Mournevale Civils Ltd in the sum of £412,650 (excluding VAT), "
        "with works to commence no earlier than 8 January 2024."], source_line=L("7. DRUMBEG VILLAGE")),
    item("8", "DOG CONTROL AND LITTER ENFORCEMENT – QUARTERLY UPDATE (APRIL – JUNE 2023)", [
        "The Committee noted the report."], [
        act(d, "Members requested that a breakdown of fixed penalty notices by District Electoral Area be "
               "included in future quarterly reports.", "Director of Environment (implied)", None),
    ], source_line=L("8. DOG CONTROL")),
    item("9", "NOTICE OF MOTION – SINGLE-USE PLASTICS", [
        "“That this Council commits to eliminating avoidable single-use plastics from all Council buildings and "
        "events by 31 March 2025.” The Motion was put to the meeting and declared CARRIED."], [
        act(d, "That this Council commits to eliminating avoidable single-use plastics from all Council buildings "
               "and events by 31 March 2025.", "Lisnacree and Drumbeg Borough Council", "2025-03-31",
            words=5, kind="commitment (carried motion)"),
        act(d, "The Director of Environment was asked to bring forward an implementation plan to the January "
               "2024 meeting of the Committee.", "Director of Environment (Mr K Moorhead)", "2024-01"),
    ], source_line=L("9. NOTICE OF MOTION")),
    item("10", "ANY OTHER BUSINESS", source_line=L("10. ANY OTHER BUSINESS")),
]

meetings = {
    "components": [{"title": "Minutes of the Environment and Regeneration Committee, Lisnacree and Drumbeg "
                             "Borough Council, 12 September 2023", "kind": "minutes",
                    "first_line": "LISNACREE AND DRUMBEG BOROUGH COUNCIL",
                    "start_line": L("LISNACREE AND DRUMBEG BOROUGH COUNCIL")}],
    "meetings": [{
        "body": "Environment and Regeneration Committee",
        "authority": "Lisnacree and Drumbeg Borough Council",
        "date": "2023-09-12", "time": "7.00 pm",
        "venue": "Council Chamber, Civic Centre, Lisnacree",
        "attendees": attendees,
        "apologies": ["W Irvine", "H Magee"],
        "attendee_note": "NI layout: 'Present:' grid with role labels (Chairperson:, Vice-Chairperson:, "
                         "Aldermen:, Councillors:) and surnames with initials; 'In Attendance:' lists the post "
                         "first and the name in brackets. Rank titles (Alderman/Councillor) are kept in role, not "
                         "name. B Cassidy is marked '*attended remotely' -> virtual. Apologies come from item 1.",
        "items_note": "Items 1-10 printed with hanging numbers and upper-case titles; item 6 has lettered "
                      "sub-items (a) and (b) which are not separate items; item 5 runs over pages 1-2.",
        "items": items,
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        org("Lisnacree and Drumbeg Borough Council", [], "council"),
        org("Environment and Regeneration Committee", [], "committee",
            parent="Lisnacree and Drumbeg Borough Council"),
        org("Drumbeg Community Association", [], "community_group"),
        org("Waste and Resources Action Programme", ["WRAP"], "national_body"),
        org("Department for Infrastructure", ["DfI", "DfI Roads"], "government_department"),
        org("Northern Ireland Environment Agency", ["NIEA"], "national_body"),
        org("Department for Communities", ["DfC"], "government_department"),
        org("Mournevale Civils Ltd", [], "company"),
    ],
    "dates": [
        date(d, "Tuesday 12 September 2023", "2023-09-12", "meeting date"),
        date(d, "8 August 2023", "2023-08-08", "previous meeting (minutes approved)", words=3),
        date(d, "21 August", "2023-08-21", "replacement compactor installed", words=2, note="year inferred"),
        date(d, "6 March 2023", "2023-03-06", "kerbside glass pilot commenced", words=3),
        date(d, "1 November 2023", "2023-11-01", "recommended extension of glass pilot to Drumbeg DEA",
             probe="DEA from 1"),
        date(d, "December meeting", "2023-12", "report on borough-wide roll-out costs due", words=2),
        date(d, "2023/24", "2023-04/2024-03", "DfI gully cleaning programme year",
             after=L("(a) Department for"), words=1),
        date(d, "8 January 2024", "2024-01-08", "earliest start of Phase 2 public realm works", words=3),
        date(d, "APRIL – JUNE 2023", "2023-04/2023-06", "quarter covered by enforcement update", probe="UPDATE (APRIL"),
        date(d, "31 March 2025", "2025-03-31", "deadline for eliminating avoidable single-use plastics",
             words=3),
        date(d, "January 2024 meeting", "2024-01", "implementation plan due", words=1,
             after=L("The Director of Environment was asked")),
        date(d, "Saturday 25 November 2023", "2023-11-25", "Lisnacree Christmas lights switch-on", words=2),
    ],
}
d.write(meetings, facts)
