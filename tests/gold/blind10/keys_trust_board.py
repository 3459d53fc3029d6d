"""Hand-made keys for the Fernhollow Learning Trust Board of Trustees minutes (11 December 2024)."""
from lib import PDF, Lines, act, att, date, item, org, write_keys
from make_trust_board import STEM

L = Lines(PDF / f"{STEM}.pdf")

components = [{"title": "Fernhollow Learning Trust: Minutes of the Meeting of the Board of Trustees, 11 December 2024",
               "kind": "minutes", "first_line": "FERNHOLLOW LEARNING TRUST",
               "start_line": L.find("FERNHOLLOW LEARNING TRUST", after=2)}]

attendees = [
    att("Dr Nadia Okafor", "Chair", "present"),
    att("Peter Lindqvist", "Vice Chair", "present"),
    att("Harriet Greaves", "Trustee; safeguarding link trustee", "present"),
    att("Colin Mbeki", "Trustee (joined remotely)", "virtual"),
    att("Revd Ann Fairweather", "Trustee", "present"),
    att("Sarah Whitlock", "Chief Executive Officer", "in_attendance"),
    att("Daniel Price", "Chief Financial Officer", "in_attendance"),
    att("Ruth Ambler", "Governance Professional (minutes)", "in_attendance"),
    att("Imran Sheikh", "Trustee", "apologies"),
    att("Jonathan Reyes", "Trustee", "absent"),
]

items = [
    item("1", "Welcome, apologies and quorum", [],
         [act(L, "RA to contact JR regarding attendance", "RA (Ruth Ambler)", "2024-12-20")]),
    item("2", "Declarations of business and pecuniary interests"),
    item("3", "Minutes of the meeting held on 2 October 2024 and matters arising",
         ["The minutes were APPROVED as an accurate record and signed by the Chair."]),
    item("4", "CEO\u2019s report: autumn term", ["Trustees NOTED the report."],
         [act(L, "SW to present an attendance deep-dive for Marlow Rise Primary at the February meeting",
              "SW (Sarah Whitlock)", "2025-02-12")]),
    item("5", "Finance: management accounts to 31 October 2024 and revised budget forecast",
         ["The Board APPROVED the revised 2024/25 budget forecast showing an in-year deficit of \u00a384,000."],
         [act(L, "DP to circulate the three-year budget model to the Finance, Audit and Risk Committee",
              "DP (Daniel Price)", "2025-01-31")]),
    item("6", "Estates: Condition Improvement Fund (CIF) bid",
         ["Trustees AGREED that a CIF bid for the sports hall roof replacement be submitted to the Department for "
          "Education (DfE)."],
         [act(L, "DP to submit the CIF bid before the DfE deadline", "DP (Daniel Price)", "2025-01-09"),
          act(L, "SW to bring the estates strategy to the February meeting", "SW (Sarah Whitlock)", "2025-02-12")]),
    item("7", "Annual safeguarding report 2023\u201324", ["The report was NOTED."],
         [act(L, "HG to carry out a safeguarding monitoring visit to Ashby Green Primary", "HG (Harriet Greaves)",
              "2025-04")]),
    item("8", "Policies for approval",
         ["RESOLVED: that the Whistleblowing Policy, the Charging and Remissions Policy and the Trustees\u2019 "
          "Expenses Policy be approved."],
         [act(L, "RA to publish the approved policies on the trust website", "RA (Ruth Ambler)", "2024-12-20")]),
    item("9", "Committee reports",
         ["The Board NOTED the committee reports and APPROVED the audited accounts for the year ended 31 August 2024 "
          "for submission to the ESFA."]),
    item("10", "Any other business and date of next meeting"),
]

meetings = [{
    "body": "Board of Trustees",
    "authority": "Fernhollow Learning Trust",
    "date": "2024-12-11", "time": "5.30pm",
    "venue": "the Library, Fernhollow Academy, and via Microsoft Teams",
    "attendees": attendees,
    "apologies": ["Imran Sheikh"],
    "attendee_note": "Three-column ruled attendance box (Trustees present | In attendance | Apologies / absent); "
                     "initials in brackets are dropped from names. Jonathan Reyes 'absent, no apologies' -> absent.",
    "items_note": "Minutes are a landscape ruled table No. | Minute | Action - owner - by. Actions are the "
                  "right-hand cells, keyed without the trailing '- owner - by date'; owners are initials (full name "
                  "added). Q:/A: challenge lines are not actions. Lettered policies a)-c) in item 8 are not items.",
    "items": items}]

PL = L.find("1) Reading fluency")
facts = {
    "priority_lists": [{
        "owner": "Fernhollow Learning Trust", "name": "Trust Improvement Plan priorities 2024\u201325",
        "kind": "priority", "period": "2024\u201325", "source_line": PL,
        "items": ["Reading fluency in KS1 and KS2", "Attendance and persistent absence",
                  "Inclusion of pupils with SEND", "Staff wellbeing and retention"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        org("Fernhollow Learning Trust", type="academy_trust"),
        org("Board of Trustees", type="board", parent="Fernhollow Learning Trust"),
        org("Fernhollow Academy", type="school"),
        org("Marlow Rise Primary", "Marlow Rise", type="school"),
        org("Ashby Green Primary", type="school"),
        org("Finance, Audit and Risk Committee", "FARC", type="committee", parent="Fernhollow Learning Trust"),
        org("Standards Committee", type="committee", parent="Fernhollow Learning Trust"),
        org("Department for Education", "DfE", type="government_department"),
        org("ESFA", type="public_body", note="acronym only (Education and Skills Funding Agency)"),
        org("Ofsted", type="regulator"),
        org("Kestrel Audit LLP", type="company"),
    ],
    "dates": [
        date(L, "Wednesday 11 December 2024", "2024-12-11", "meeting date"),
        date(L, "20.12.24", "2024-12-20", "RA deadlines (contact JR; publish policies)"),
        date(L, "2 October 2024", "2024-10-02", "previous meeting"),
        date(L, "2024\u201325", "2024-09/2025-08", "Trust Improvement Plan priorities (academic year)"),
        date(L, "12.02.25", "2025-02-12", "attendance deep-dive / estates strategy due (February meeting)"),
        date(L, "Easter 2025", "2025-04", "curriculum review at Ashby Green / safeguarding visit due"),
        date(L, "31 October 2024", "2024-10-31", "management accounts period end"),
        date(L, "31.01.25", "2025-01-31", "three-year budget model due"),
        date(L, "2024/25 budget", "2024-09/2025-08", "revised budget forecast year (academy financial year)"),
        date(L, "09.01.25", "2025-01-09", "CIF bid deadline"),
        date(L, "20 November 2024", "2024-11-20", "FARC meeting"),
        date(L, "27 November 2024", "2024-11-27", "Standards Committee meeting"),
        date(L, "31 August 2024", "2024-08-31", "end of the audited accounting year"),
        date(L, "Wednesday 12 February 2025", "2025-02-12", "next meeting"),
    ],
}

write_keys(STEM, components, meetings, facts, notes={
    "dates_note": "Academy trust years run September-August: '2024-25' and '2024/25' keyed 2024-09/2025-08.",
    "actions_note": "Only the Action column entries are actions; 'RA will contact him' (item 1) duplicates the "
                    "first action and 'will be reported/completed/trained' statements in A: answers are not keyed."})
