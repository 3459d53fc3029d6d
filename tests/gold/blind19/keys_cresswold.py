"""Keys for the Cresswold Town Council minutes (typed by hand; only line numbers looked up)."""
from lib import PDF, Lines, act, att, dt, item, org, write_keys

STEM = "blind19-uk-cresswold-tc-full-council-minutes-2024-10-14"
L = Lines(PDF / f"{STEM}.pdf")
CLERK = "Town Clerk (Mrs Judith Ormsby)"

items = [
    item("TC/24/101", "Apologies for absence", ["RESOLVED that the reasons for absence be accepted."]),
    item("TC/24/102", "Declarations of interest"),
    item("TC/24/103", "Public participation", [], [
        act(L, "Clerk to write to Westhamshire County Council Highways requesting a speed survey on Quarry Lane.", CLERK)]),
    item("TC/24/104", "Minutes of the previous meeting", [
        "RESOLVED that the minutes of the Full Council meeting held on 9 September 2024 be approved as a correct "
        "record and signed by the Mayor."]),
    item("TC/24/105", "Reports from County and District Councillors", ["The reports were noted."]),
    item("TC/24/106", "Finance", [
        "RESOLVED that the schedule of payments for September 2024 totalling £18,442.67 be approved.",
        "RESOLVED that the bank reconciliation to 30 September 2024 be noted.",
        "RESOLVED that the draft budget be referred to the Finance and General Purposes Committee on 4 November 2024 "
        "for detailed scrutiny."], [
        act(L, "RFO to circulate the draft budget to all members by 21 October 2024.",
            "Deputy Town Clerk and RFO (Mr Kieran Pask)", "2024-10-21")]),
    item("TC/24/107", "Christmas Lights Switch-On 2024", [
        "It was proposed by Cllr Mwangi, seconded by Cllr Larch and RESOLVED that the switch-on event be held on "
        "Saturday 30 November 2024 and that expenditure of up to £4,500 from the events budget be approved."], [
        act(L, "Clerk to apply to Westhamshire County Council for a temporary road closure of Market Street by "
               "31 October 2024.", CLERK, "2024-10-31")]),
    item("TC/24/108", "Cresswold Recreation Ground – Renewal of Lease to Cresswold Sports Association", [
        "RESOLVED that the Council grants a new lease of 10 years to Cresswold Sports Association on the terms set "
        "out in the report, subject to a tenant's and landlord's break clause at year five."], [
        act(L, "Clerk to instruct the Council's solicitors, Hartle & Brimm LLP, to prepare the lease.", CLERK)]),
    item("TC/24/109", "Planning applications", [
        "RESOLVED that the Council's observations above be submitted to Lynbrook Vale District Council."]),
    item("TC/24/110", "Councillor vacancy", [
        "RESOLVED that the vacancy be filled by co-option at the meeting on 11 November 2024."], [
        act(L, "Clerk to advertise the vacancy on the Council's website and noticeboards.", CLERK)]),
    item("TC/24/111", "Correspondence"),
    item("TC/24/112", "Date of next meeting"),
]

meeting = {
    "body": "Cresswold Town Council", "authority": "Cresswold Town Council", "date": "2024-10-14",
    "time": "7.00 pm", "venue": "Council Chamber, Cresswold Guildhall, Market Street, Cresswold",
    "attendees": [
        att("Cllr Margaret Elphick", "Town Mayor, in the Chair"),
        att("Cllr Dev Kapoor", "Deputy Town Mayor"),
        att("Cllr Oliver Penhaligon", "Councillor"),
        att("Cllr Sandra Mwangi", "Councillor"),
        att("Cllr Terence Hobday", "Councillor"),
        att("Cllr Fiona Larch", "Councillor"),
        att("Cllr Graham Witterick", "Councillor"),
        att("Mrs Judith Ormsby", "Town Clerk", "in_attendance"),
        att("Mr Kieran Pask", "Deputy Town Clerk and RFO", "in_attendance"),
        att("County Cllr Paul Ditchburn", "Westhamshire County Council", "in_attendance"),
        att("Cllr Helen Rasbridge", "Councillor", "apologies"),
        att("Cllr Nadeem Qureshi", "Councillor", "apologies"),
        att("Cllr Lewis Tanfield", "Councillor", "absent"),
    ],
    "apologies": ["Cllr Helen Rasbridge", "Cllr Nadeem Qureshi"],
    "items": items,
}
components = [{"title": "Minutes of the Meeting of the Full Council of Cresswold Town Council, 14 October 2024",
               "kind": "minutes", "first_line": "CRESSWOLD TOWN COUNCIL", "start_line": L.find("CRESSWOLD TOWN COUNCIL")}]

facts = {
    "priority_lists": [], "priority_changes": [], "actions": [],
    "organisations": [
        org("Cresswold Town Council"),
        org("Westhamshire County Council"),
        org("Lynbrook Vale District Council"),
        org("Cresswold Sports Association"),
        org("Finance and General Purposes Committee"),
        org("Events Working Group"),
        org("Football Foundation"),
        org("Hartle & Brimm LLP"),
        org("Cresswold in Bloom"),
        org("Westhamshire Association of Local Councils"),
    ],
    "dates": [
        dt(L, "Monday 14 October 2024", "2024-10-14", "meeting date"),
        dt(L, "9 September 2024", "2024-09-09", "previous Full Council meeting (minutes approved)"),
        dt(L, "8 November 2024", "2024-11-08", "Westhamshire County Council library opening hours consultation closes"),
        dt(L, "1 October 2024", "2024-10-01", "Lynbrook Vale District Council adopted revised Statement of Community Involvement"),
        dt(L, "September 2024", "2024-09", "schedule of payments approved", after=L.find("payments for September") - 1),
        dt(L, "30 September 2024", "2024-09-30", "bank reconciliation date"),
        dt(L, "2025/26", "2025-04/2026-03", "draft budget and precept year"),
        dt(L, "4 November 2024", "2024-11-04", "Finance and General Purposes Committee scrutiny of draft budget"),
        dt(L, "21 October 2024", "2024-10-21", "deadline: RFO to circulate draft budget"),
        dt(L, "Saturday 30 November 2024", "2024-11-30", "Christmas lights switch-on event"),
        dt(L, "31 October 2024", "2024-10-31", "deadline: road closure application"),
        dt(L, "31 March 2025", "2025-03-31", "current recreation ground lease expires"),
        dt(L, "16 September 2024", "2024-09-16", "notice of vacancy published"),
        dt(L, "11 November 2024", "2024-11-11", "co-option to fill councillor vacancy"),
        dt(L, "Monday 11 November 2024", "2024-11-11", "next meeting"),
    ],
}

if __name__ == "__main__":
    write_keys(STEM, {"components": components, "meetings": [meeting]}, facts)
