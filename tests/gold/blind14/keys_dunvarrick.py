from lib import PDF, Lines, actor, att, date_lines, item, write_keys
from make_dunvarrick import STEM

L = Lines(PDF / f"{STEM}.pdf")
A = actor(L)
CLERK = "Clerk to the Board"

meetings = {
    "components": [{"title": "Minute of Meeting of the Dunvarrick Licensing Board, 11 March 2025", "kind": "minutes",
                    "first_line": "DUNVARRICK COUNCIL", "start_line": L.find("DUNVARRICK COUNCIL")}],
    "meetings": [{
        "body": "Dunvarrick Licensing Board", "authority": "Dunvarrick Council", "date": "2025-03-11",
        "time": "10:00", "venue": "Council Chamber, Municipal Buildings, Harbour Road, Portnacraig",
        "attendees": [
            att("Provost A. Kerr", "Convener", "present"),
            att("Bailie M. Dunlop", "Vice-Convener", "present"),
            att("Fergusson", None, "present"),
            att("Lindsay", None, "present"),
            att("Munro", None, "present"),
            att("Orr", None, "present"),
            att("Mrs F. Gilchrist", "Depute Clerk to the Board", "in_attendance"),
            att("Ms K. Sutherland", "Solicitor (Licensing)", "in_attendance"),
            att("Mr D. Rennie", "Licensing Standards Officer", "in_attendance"),
            att("Sergeant L. Watt", "Police Scotland", "in_attendance"),
            att("Councillor Tait", None, "apologies"),
        ],
        "apologies": ["Councillor Tait"],
        "items": [
            item("1", "APOLOGIES FOR ABSENCE"),
            item("2", "DECLARATIONS OF INTEREST"),
            item("3", "MINUTE OF PREVIOUS MEETING",
                 ["There was submitted and approved as a correct record the minute of meeting of the Board held on 11 February 2025."]),
            item("4", "PREMISES LICENCE – MAJOR VARIATION: THE HARBOUR BAR, 12 QUAY STREET, PORTNACRAIG",
                 ["DECIDED: that the application be granted subject to the additional condition that the outdoor drinking area shall not be used after 10.00 p.m."],
                 ref="LB/25/07"),
            item("5", "PREMISES LICENCE – NEW APPLICATION: KILMADDIE MINI MARKET, 3 MAIN STREET, KILMADDIE",
                 ["DECIDED: that the application be refused in terms of section 23(5)(e) of the Licensing (Scotland) Act 2005, the Board being satisfied that granting it would result in overprovision of licensed premises in the Kilmaddie locality."],
                 [A("The Clerk was instructed to issue a statement of reasons to the applicant within 21 days.", CLERK)],
                 ref="LB/25/08"),
            item("6", "STATEMENT OF LICENSING POLICY 2025–2028: CONSULTATION DRAFT",
                 ["DECIDED: that the Board (a) approve the draft Statement of Licensing Policy 2025–2028 for public consultation from 24 March 2025 to 16 June 2025; and (b) instruct the Clerk to report the consultation responses to the meeting of the Board on 19 August 2025."],
                 [A("instruct the Clerk to report the consultation responses to the meeting of the Board on 19 August 2025",
                    CLERK, "2025-08-19"),
                  A("The Board further requested that the Licensing Standards Officer arrange a briefing for members on the overprovision assessment before the end of April 2025.",
                    "Licensing Standards Officer (Mr D. Rennie)", "2025-04")],
                 ref="LB/25/09"),
            item("7", "OCCASIONAL LICENCES AND EXTENDED HOURS – DELEGATED DECISIONS",
                 ["DECIDED: that the report be noted."]),
            item("8", "DATE OF NEXT MEETING"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Dunvarrick Licensing Board",
        "name": "Board’s local priorities (draft Statement of Licensing Policy 2025–2028)",
        "kind": "priority", "period": "2025–2028", "source_line": L.find("the Board’s local priorities, which are"),
        "items": ["tackling alcohol-related harm in Portnacraig town centre",
                  "protecting children and young people from harm, including from proxy purchase",
                  "supporting a safe and vibrant late-night economy",
                  "keeping overprovision under review in each of the Board’s localities"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Dunvarrick Licensing Board", "aliases": []},
        {"name": "Dunvarrick Council", "aliases": ["Comhairle Dhùn Bharraig"]},
        {"name": "Police Scotland", "aliases": []},
        {"name": "Quayside Inns Limited", "aliases": []},
        {"name": "Boyd & Laird", "aliases": []},
        {"name": "Kilmaddie Community Council", "aliases": []},
        {"name": "NHS Dunvarrick and Islands", "aliases": []},
        {"name": "Dunvarrick Alcohol and Drug Partnership", "aliases": []},
    ],
    "dates": date_lines(L, [
        {"text": "Tuesday, 11 March 2025", "iso": "2025-03-11", "what": "meeting date"},
        {"text": "11 February 2025", "iso": "2025-02-11", "what": "previous Board meeting (minute approved)"},
        {"text": "2025–2028", "iso": "2025/2028", "what": "Statement of Licensing Policy period"},
        {"text": "24 March 2025 to 16 June 2025", "iso": "2025-03-24/2025-06-16", "what": "public consultation period"},
        {"text": "19 August 2025", "iso": "2025-08-19", "what": "Board meeting to receive consultation responses"},
        {"text": "end of April 2025", "iso": "2025-04", "what": "deadline for members' briefing on overprovision"},
        {"text": "1 and 28 February 2025", "iso": "2025-02-01/2025-02-28", "what": "period of delegated occasional licence decisions"},
        {"text": "Tuesday, 8 April 2025", "iso": "2025-04-08", "what": "next meeting"},
    ]),
}

write_keys(STEM, meetings, facts)
