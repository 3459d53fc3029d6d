"""Keys for the Nether Quenby Parish Council annual meeting minutes (typed by hand; only line numbers looked up)."""
from lib import PDF, Lines, act, att, dt, item, org, write_keys

STEM = "blind19-uk-nether-quenby-pc-annual-meeting-minutes-2025-05-12"
L = Lines(PDF / f"{STEM}.pdf")
CLERK = "Clerk and RFO (Mrs C. Dunmore)"

items = [
    item("25/001", "ELECTION OF CHAIRMAN OF THE COUNCIL", [
        "RESOLVED that Cllr Fothergill be elected Chairman of the Council for 2025/26."]),
    item("25/002", "ELECTION OF VICE-CHAIRMAN OF THE COUNCIL", [
        "RESOLVED that Cllr Nwosu be elected Vice-Chairman of the Council for 2025/26."]),
    item("25/003", "APOLOGIES FOR ABSENCE", ["RESOLVED to accept the apologies of Cllr K. Ashdown (on holiday)."]),
    item("25/004", "DECLARATIONS OF INTEREST AND REQUESTS FOR DISPENSATIONS", [], [
        act(L, "All councillors to notify the Clerk of any changes to their registers of interests by 9 June 2025.",
            "All councillors", "2025-06-09")]),
    item("25/005", "MINUTES", [
        "RESOLVED that the minutes of the meeting held on 14 April 2025 be approved and signed by the Chairman as a "
        "correct record."]),
    item("25/006", "REVIEW OF STANDING ORDERS AND FINANCIAL REGULATIONS", [
        "RESOLVED (i) to adopt the revised Standing Orders based on the NALC Model Standing Orders 2025, with public "
        "participation limited to 15 minutes (Standing Order 3(f)); and (ii) to re-adopt the Financial Regulations "
        "without amendment."], [
        act(L, "Clerk to publish the adopted Standing Orders and Financial Regulations on the Council's website by "
               "31 May 2025.", CLERK, "2025-05-31")]),
    item("25/007", "APPOINTMENT OF COMMITTEES AND WORKING GROUPS", [
        "RESOLVED to appoint the Planning Committee (Cllrs Fothergill, Lyle-Cooper, Trevena and Oakes) and the "
        "Playing Field Working Group (Cllrs Nwosu and Haverstock) for 2025/26, with terms of reference unchanged."]),
    item("25/008", "APPOINTMENT OF REPRESENTATIVES TO OUTSIDE BODIES", [
        "RESOLVED to appoint representatives to outside bodies for 2025/26 as follows: Outside body Representative(s) "
        "Nether Quenby Village Hall Management Committee Cllr Oakes "
        "Wreford Vale Association of Local Councils Cllr Fothergill "
        "Quenby Brook Flood Action Group Cllr Trevena, Cllr Haverstock "
        "Upper Lenning Community Bus Trust Cllr Lyle-Cooper "
        "Nether Quenby Poor's Land Charity Cllr Nwosu"], [
        act(L, "Representatives are asked to provide a short written report to the Council after each meeting they "
               "attend.", "Representatives to outside bodies")]),
    item("25/009", "REVIEW OF INSURANCE, ASSET REGISTER AND SUBSCRIPTIONS", [
        "RESOLVED to renew the insurance with Hallam Mutual Insurance on a three-year long-term agreement at an annual "
        "premium of £1,284.16, to approve the asset register as at 31 March 2025, and to renew subscriptions to the "
        "Wreford Vale Association of Local Councils and the Society of Local Council Clerks (SLCC)."]),
    item("25/010", "ANNUAL GOVERNANCE AND ACCOUNTABILITY RETURN 2024/25", [
        "RESOLVED to approve the Annual Governance Statement (Section 1) of the AGAR for 2024/25.",
        "RESOLVED to approve the Accounting Statements (Section 2) of the AGAR for 2024/25."], [
        act(L, "The Clerk will publish the notice of the period for the exercise of public rights, which will run from "
               "2 June to 11 July 2025, and submit the AGAR to the external auditor by 30 June 2025.", CLERK,
            "2025-06-30")]),
    item("25/011", "DATES OF ORDINARY MEETINGS 2025/26", [
        "RESOLVED that ordinary meetings be held at 7.30pm on the second Monday of each month except August and "
        "December, and that the Annual Parish Meeting be held on Monday 13 April 2026."]),
    item("25/012", "DATE OF NEXT MEETING"),
]

meeting = {
    "body": "Nether Quenby Parish Council", "authority": "Nether Quenby Parish Council", "date": "2025-05-12",
    "time": "7.30pm", "venue": "Nether Quenby Village Hall",
    "attendees": [
        att("R. Fothergill", "Chairman (elected at this meeting; outgoing Chairman)"),
        att("A. Nwosu", "Vice-Chairman (elected at this meeting)"),
        att("P. Haverstock", "Councillor"),
        att("J. Lyle-Cooper", "Councillor"),
        att("M. Trevena", "Councillor"),
        att("S. Oakes", "Councillor"),
        att("Mrs C. Dunmore", "Clerk and RFO", "in_attendance"),
        att("District Cllr B. Stannard", "Wreford Vale District Council", "in_attendance"),
        att("Cllr K. Ashdown", "Councillor", "apologies"),
    ],
    "apologies": ["Cllr K. Ashdown"],
    "items": items,
}
components = [{"title": "Minutes of the Annual Meeting of Nether Quenby Parish Council, 12 May 2025", "kind": "minutes",
               "first_line": "NETHER QUENBY PARISH COUNCIL", "start_line": L.find("NETHER QUENBY PARISH COUNCIL Minutes of the Annual")}]

facts = {
    "priority_lists": [], "priority_changes": [], "actions": [],
    "organisations": [
        org("Nether Quenby Parish Council", "Council"),
        org("Wreford Vale District Council"),
        org("National Association of Local Councils", "NALC"),
        org("Planning Committee"),
        org("Playing Field Working Group"),
        org("Nether Quenby Village Hall Management Committee"),
        org("Wreford Vale Association of Local Councils"),
        org("Quenby Brook Flood Action Group"),
        org("Upper Lenning Community Bus Trust"),
        org("Nether Quenby Poor's Land Charity"),
        org("Hallam Mutual Insurance"),
        org("Society of Local Council Clerks", "SLCC"),
    ],
    "dates": [
        dt(L, "Monday 12 May 2025", "2025-05-12", "meeting date (Annual Meeting)"),
        dt(L, "2025/26", "2025-04/2026-03", "term of office of Chairman and Vice-Chairman"),
        dt(L, "9 June 2025", "2025-06-09", "deadline: councillors to notify changes to registers of interests"),
        dt(L, "14 April 2025", "2025-04-14", "previous meeting (minutes approved)"),
        dt(L, "31 May 2025", "2025-05-31", "deadline: publish Standing Orders and Financial Regulations"),
        dt(L, "31 May 2025", "2025-05-31", "insurance long-term agreement ends", after=L.find("Hallam Mutual Insurance ends") - 1),
        dt(L, "31 March 2025", "2025-03-31", "asset register date"),
        dt(L, "2024/25", "2024-04/2025-03", "AGAR financial year"),
        dt(L, "2 June to 11 July 2025", "2025-06-02/2025-07-11", "period for the exercise of public rights"),
        dt(L, "30 June 2025", "2025-06-30", "deadline: AGAR to external auditor"),
        dt(L, "Monday 13 April 2026", "2026-04-13", "Annual Parish Meeting"),
        dt(L, "Monday 9 June 2025", "2025-06-09", "next meeting"),
    ],
}

if __name__ == "__main__":
    write_keys(STEM, {"components": components, "meetings": [meeting]}, facts)
