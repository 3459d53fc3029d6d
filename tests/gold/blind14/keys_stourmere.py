from lib import PDF, Lines, actor, att, date_lines, item, write_keys
from make_stourmere import STEM

L = Lines(PDF / f"{STEM}.pdf")
A = actor(L)

meetings = {
    "components": [{"title": "Stourmere Fire and Rescue Authority – Audit and Governance Committee minutes, 14 January 2025",
                    "kind": "minutes", "first_line": "Stourmere Fire and Rescue Authority",
                    "start_line": L.find("Stourmere Fire and Rescue Authority 14 January 2025")}],
    "meetings": [{
        "body": "Audit and Governance Committee", "authority": "Stourmere Fire and Rescue Authority",
        "date": "2025-01-14", "time": "10:30", "venue": "Service Headquarters, Bellfield Road, Stourmere",
        "attendees": [
            att("Cllr Patricia Ainsworth", "Chair", "present"),
            att("Cllr Graham Doyle", "Vice-Chair", "present"),
            att("Cllr Hannah Moss", "Substitute for Cllr Pryce", "present"),
            att("Cllr Imran Shah", None, "present"),
            att("Mr Jonathan Pell", "Independent Member", "present"),
            att("Darren Whitlock", "Chief Fire Officer", "in_attendance"),
            att("Louise Carrow", "Treasurer", "in_attendance"),
            att("Amira Jaffer", "Clerk and Monitoring Officer", "in_attendance"),
            att("Neil Ferris", "Area Manager, Corporate Assurance", "in_attendance"),
            att("Rachel Oduya", "Democratic Services Officer", "in_attendance"),
            att("Katie Marsh", "Mercer Hale LLP, external auditor", "in_attendance"),
            att("Tom Glynn", "Shire Audit Partnership, internal audit", "in_attendance"),
            att("Cllr Samuel Pryce", None, "apologies"),
            att("Cllr Denise Okafor", None, "apologies"),
        ],
        "apologies": ["Cllr Samuel Pryce", "Cllr Denise Okafor"],
        "items": [
            item("1", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
            item("2", "DECLARATIONS OF INTEREST"),
            item("3", "MINUTES OF THE MEETING HELD ON 15 OCTOBER 2024",
                 ["RESOLVED: That the minutes of the meeting held on 15 October 2024 be approved as a correct record and signed by the Chair."]),
            item("4", "MATTERS ARISING", [],
                 [A("the Treasurer will present the revised fleet replacement profile to the Fire Authority on 24 February 2025.",
                    "Louise Carrow (Treasurer)", "2025-02-24")]),
            item("5", "INTERNAL AUDIT PROGRESS REPORT 2024/25",
                 ["RESOLVED: That the internal audit progress report be noted."],
                 [A("Area Manager Ferris to report progress on the payroll overtime recommendations to the next meeting of the Committee.",
                    "Neil Ferris (Area Manager, Corporate Assurance)", "2025-04-08")]),
            item("6", "EXTERNAL AUDIT – ANNUAL AUDITOR’S REPORT 2023/24",
                 ["RESOLVED: That the Committee (a) note the Annual Auditor’s Report 2023/24; and (b) recommend it to the Fire Authority for publication."]),
            item("7", "CORPORATE RISK REGISTER",
                 ["RESOLVED: That the Corporate Risk Register be approved."],
                 [A("The Chief Fire Officer agreed to add a separate risk on on-call appliance availability before the next review.",
                    "Darren Whitlock (Chief Fire Officer)")]),
            item("8", "HMICFRS INSPECTION – AREAS FOR IMPROVEMENT ACTION PLAN",
                 ["RESOLVED: That progress against the HMICFRS action plan be noted and a further update be received in July 2025."],
                 [A("The Clerk was asked to circulate the HMICFRS letter of 6 December 2024 to all members of the Fire Authority.",
                    "Amira Jaffer (Clerk and Monitoring Officer)")]),
            item("9", "DATE OF NEXT MEETING"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Stourmere Fire and Rescue Service",
        "name": "CRMP strategic priorities (Community Risk Management Plan 2024–2028)",
        "kind": "strategic_priority", "period": "2024–2028", "source_line": L.find("CRMP strategic priority"),
        "items": ["Prevent – fewer fires and emergencies in our communities",
                  "Protect – safer buildings and businesses",
                  "Respond – a fast and effective emergency response",
                  "People and Resources – a skilled, inclusive and well-resourced Service"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Stourmere Fire and Rescue Authority", "aliases": ["Fire Authority"]},
        {"name": "Stourmere Fire and Rescue Service", "aliases": []},
        {"name": "Audit and Governance Committee", "aliases": []},
        {"name": "Mercer Hale LLP", "aliases": []},
        {"name": "Shire Audit Partnership", "aliases": []},
        {"name": "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services", "aliases": ["HMICFRS"]},
    ],
    "dates": date_lines(L, [
        {"text": "14 January 2025", "iso": "2025-01-14", "what": "meeting date"},
        {"text": "15 October 2024", "iso": "2024-10-15", "what": "previous meeting (minutes approved)"},
        {"text": "24 February 2025", "iso": "2025-02-24", "what": "Fire Authority meeting to receive fleet replacement profile"},
        {"text": "2024/25", "iso": "2024-04/2025-03", "what": "internal audit plan year"},
        {"text": "2023/24", "iso": "2023-04/2024-03", "what": "year of the audited statement of accounts"},
        {"text": "29 November 2024", "iso": "2024-11-29", "what": "external audit opinion issued"},
        {"text": "2024–2028", "iso": "2024/2028", "what": "Community Risk Management Plan period"},
        {"text": "August 2023", "iso": "2023-08", "what": "HMICFRS inspection report published"},
        {"text": "6 December 2024", "iso": "2024-12-06", "what": "HMICFRS letter"},
        {"text": "July 2025", "iso": "2025-07", "what": "further update on HMICFRS action plan due"},
        {"text": "Tuesday 8 April 2025", "iso": "2025-04-08", "what": "next meeting"},
    ]),
}

write_keys(STEM, meetings, facts)
