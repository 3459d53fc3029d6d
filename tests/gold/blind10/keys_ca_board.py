"""Hand-made keys for the Severnmoor Combined Authority Board minutes (14 March 2025)."""
from lib import PDF, Lines, act, att, date, item, org, write_keys
from make_ca_board import STEM

L = Lines(PDF / f"{STEM}.pdf")
P62 = L.find("CAB 62 Severnmoor Local Transport Plan")
P64 = L.find("CAB 64 Budget Monitoring")

components = [{"title": "Severnmoor Combined Authority Board: Minutes of the meeting on 14 March 2025",
               "kind": "minutes", "first_line": "Combined Authority Board",
               "start_line": L.find("Combined Authority Board")}]

attendees = [
    att("Mayor Helen Ashdown", "Chair; Mayor of Severnmoor", "present"),
    att("Cllr Rafiq Doshi", "Aldercombe City Council", "present"),
    att("Cllr Joanna Pettifer", "Vice-Chair; Brackwater Metropolitan Borough Council", "present"),
    att("Cllr Owen Thwaite", "Substitute for Cllr Tom Faraday; Kingsmere Council", "present"),
    att("Cllr Beverley Amos", "Holmbridge District Council (non-constituent, non-voting member)", "virtual"),
    att("Sir Graham Leckie", "Chair, Severnmoor Business Board (non-voting member)", "present"),
    att("Dr Simone Kaur", "Chief Executive", "in_attendance"),
    att("Marcus Ellery", "Monitoring Officer", "in_attendance"),
    att("Priya Venn", "Director of Transport", "in_attendance"),
    att("Alun Griffiths", "Chief Finance Officer", "in_attendance"),
    att("Cllr Tom Faraday", "Kingsmere Council", "apologies"),
    att("Chief Constable Dawn Mellor", "Severnmoor Police (co-opted, non-voting)", "apologies"),
]

items = [
    item("CAB 58", "Apologies and Substitutions"),
    item("CAB 59", "Declarations of Interest"),
    item("CAB 60", "Minutes of the meeting held on 24 January 2025", [
        "That the minutes of the meeting held on 24 January 2025 be approved as a correct record and signed "
        "by the Mayor."]),
    item("CAB 61", "Mayor\u2019s Update", ["That the update be noted."]),
    item("CAB 62", "Severnmoor Local Transport Plan 2025\u20132040 and Bus Service Improvement Plan Refresh: "
         "Approval for Adoption", [
             "approved the Severnmoor Local Transport Plan 2025\u20132040 for adoption with effect from 1 April 2025",
             "approved the refreshed Bus Service Improvement Plan for submission to the Department for Transport "
             "by 30 April 2025",
             "delegated authority to the Director of Transport, in consultation with the Mayor, to make minor "
             "drafting amendments before publication."],
         [act(L, "the Director confirmed that bus franchising remained under assessment and that a separate "
                 "decision would be brought to the Board in July 2025.", "Director of Transport", "2025-07",
              after=P62),
          act(L, "Action: Director of Transport to publish the adopted Local Transport Plan on the Combined "
                 "Authority website by 31 March 2025.", "Director of Transport", "2025-03-31", after=P62),
          act(L, "Action: Chief Executive to write to Kingsmere Council setting out the review point for the "
                 "Holm Valley rail scheme.", "Chief Executive", None, after=P62)]),
    item("CAB 63", "Adult Skills Fund Allocations 2025/26", [
        "approved the Adult Skills Fund allocations for 2025/26 as set out in Appendix 1 to the report",
        "delegated authority to the Director of Economy and Skills, in consultation with the Skills Portfolio "
        "Lead, to reallocate up to 10% of the fund between providers in-year."]),
    item("CAB 64", "Budget Monitoring: Quarter 3 2024/25", [
        "That the Board notes the forecast outturn position at Quarter 3 2024/25."],
         [act(L, "Action: Chief Finance Officer to bring a report on the reserves strategy to the Board meeting "
                 "on 16 May 2025.", "Chief Finance Officer", "2025-05-16", after=P64)]),
    item("CAB 65", "Exclusion of the Press and Public", [
        "That the press and public be excluded from the meeting for the following item on the grounds that it "
        "involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of "
        "Schedule 12A to the Local Government Act 1972."]),
    item("CAB 66", "Brownfield Housing Fund \u2013 Site Acquisition, Tanners Wharf", [
        "That the acquisition of the Tanners Wharf site be approved on the terms set out in the exempt report, "
        "subject to Homes England confirming grant funding."]),
]

meetings = [{
    "body": "Combined Authority Board",
    "authority": "Severnmoor Combined Authority",
    "date": "2025-03-14", "time": "10.00 am",
    "venue": "The Forum, Quayside House, Aldercombe",
    "attendees": attendees,
    "apologies": ["Cllr Tom Faraday", "Chief Constable Dawn Mellor"],
    "attendee_note": "Attendance is an unruled two-column table (name | representing) with sub-headings Voting "
                     "members / Non-voting members / Officers in attendance / Apologies. Parenthetical roles "
                     "('(Chair)', '(substitute for ...)', '(attended remotely)') are moved to role/status.",
    "items_note": "Item codes 'CAB 58' ... 'CAB 66' keyed as printed. Decisions are in shaded ruled 'Decision:' "
                  "boxes; lettered parts (a)-(c) under 'The Board:' are keyed one resolution each, without the "
                  "letter. Recorded-vote tables are not keyed. CAB 62 runs over a page break.",
    "items": items}]

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        org("Severnmoor Combined Authority", "Combined Authority", type="combined_authority"),
        org("Severnmoor Combined Authority Board", "Combined Authority Board", type="board",
            parent="Severnmoor Combined Authority"),
        org("Aldercombe City Council", type="council"),
        org("Brackwater Metropolitan Borough Council", type="council"),
        org("Kingsmere Council", type="council"),
        org("Holmbridge District Council", type="council"),
        org("Severnmoor Business Board", type="board"),
        org("Severnmoor Police", type="police"),
        org("Ministry of Housing, Communities and Local Government", type="government_department"),
        org("Transport for Severnmoor", "TfS", type="public_body"),
        org("Department for Transport", type="government_department"),
        org("Brackwater College", type="college"),
        org("Tanners Wharf Heritage Trust", type="charity"),
        org("Homes England", type="public_body"),
    ],
    "dates": [
        date(L, "Friday 14 March 2025", "2025-03-14", "meeting date"),
        date(L, "24 January 2025", "2025-01-24", "previous meeting (minutes approved)"),
        date(L, "1 April 2025", "2025-04-01", "Integrated Settlement takes effect"),
        date(L, "4 November 2024 to 12 January 2025", "2024-11-04/2025-01-12", "LTP consultation period"),
        date(L, "2025\u20132040", "2025/2040", "Local Transport Plan period", after=P62 - 1),
        date(L, "July 2025", "2025-07", "bus franchising decision due"),
        date(L, "1 April 2025", "2025-04-01", "LTP adoption effective", after=P62 + 5),
        date(L, "30 April 2025", "2025-04-30", "BSIP submission deadline"),
        date(L, "31 March 2025", "2025-03-31", "deadline to publish adopted LTP"),
        date(L, "2025/26 academic year", "2025-08/2026-07", "Adult Skills Fund allocation year"),
        date(L, "Quarter 3 2024/25", "2024-10/2024-12", "budget monitoring period"),
        date(L, "16 May 2025", "2025-05-16", "reserves report due / next meeting"),
        date(L, "Friday 16 May 2025", "2025-05-16", "date of next meeting"),
    ],
}

write_keys(STEM, components, meetings, facts, notes={
    "dates_note": "'2025/26 academic year' keyed as August-July (not a financial year).",
    "actions_note": "'Action:' lines kept with their 'Action:' label; the July 2025 franchising commitment is "
                    "keyed as an action of CAB 62."})
