"""Keys for the Bixby Run Township trustees minutes (typed by hand; only line numbers looked up)."""
from lib import PDF, Lines, act, att, dt, item, org, write_keys

STEM = "blind19-us-bixby-run-township-board-of-trustees-minutes-2025-04-08"
L = Lines(PDF / f"{STEM}.pdf")
FO = "Fiscal Officer (Dana Kettering)"

items = [
    item("I", "CALL TO ORDER"),
    item("II", "ROLL CALL"),
    item("III", "APPROVAL OF MINUTES", [
        "Trustee Stroud moved to approve the minutes of the March 25, 2025 regular meeting as presented; Trustee "
        "Ambler seconded. Vote: Mr. Voss - yes, Mrs. Stroud - yes, Mr. Ambler - yes."]),
    item("IV", "FISCAL OFFICER'S REPORT", [
        "Trustee Ambler moved to approve the bank reconciliation and the payment listing as presented; Trustee "
        "Stroud seconded. Vote: Mr. Ambler - yes, Mrs. Stroud - yes, Mr. Voss - yes."], [
        act(L, "The Fiscal Officer will submit the amended appropriations to the Larrick County Budget Commission "
               "by April 30, 2025.", FO, "2025-04-30")]),
    item("V", "ROAD DEPARTMENT", [
        "Trustee Ambler moved to adopt Resolution 2025-14, a resolution authorizing the Road Superintendent to "
        "advertise for bids for the 2025 Road Resurfacing Program, with bids to be opened on May 13, 2025 at "
        "10:00 a.m.; Trustee Stroud seconded. Vote: Mr. Ambler - yes, Mrs. Stroud - yes, Mr. Voss - yes."], [
        act(L, "Road Superintendent Pfeiffer will obtain three quotes for the salt dome roof repair and report at "
               "the April 22 meeting.", "Road Superintendent Gary Pfeiffer", "2025-04-22"),
        act(L, "Consensus was for the Fiscal Officer to prepare the application for the Round 40 deadline.", FO)]),
    item("VI", "ZONING", [
        "Trustee Stroud moved to adopt Resolution 2025-15, declaring the accumulation of junk motor vehicles at "
        "2281 Kinnear Pike a nuisance under Ohio Revised Code 505.871 and ordering its abatement within 14 days of "
        "service; Trustee Voss seconded. Vote: Mrs. Stroud - yes, Mr. Voss - yes, Mr. Ambler - no."], [
        act(L, "Zoning Inspector Rudisill was directed to serve the resolution on the property owner by certified "
               "mail.", "Zoning Inspector Tom Rudisill")]),
    item("VII", "FIRE DISTRICT"),
    item("VIII", "OLD BUSINESS", [
        "Trustee Voss moved to accept the quote of Deerfield Roofing LLC in the amount of $23,460.00 for the "
        "Township Hall roof replacement; Trustee Ambler seconded. Vote: Mr. Voss - yes, Mr. Ambler - yes, "
        "Mrs. Stroud - yes."]),
    item("IX", "NEW BUSINESS", [
        "Trustee Stroud moved to approve the Bixby Run Township Clean-Up Day for Saturday, May 17, 2025 and to "
        "expend up to $3,000.00 for dumpster rental; Trustee Ambler seconded. Vote: Mrs. Stroud - yes, "
        "Mr. Ambler - yes, Mr. Voss - yes."], [
        act(L, "Trustee Voss asked that the Fiscal Officer contact the Larrick County Engineer regarding the Sugar "
               "Creek bridge load rating.", FO)]),
    item("X", "PUBLIC COMMENT"),
    item("XI", "ADJOURNMENT", [
        "Trustee Ambler moved to adjourn at 8:04 p.m.; Trustee Stroud seconded. Vote: Mr. Ambler - yes, "
        "Mrs. Stroud - yes, Mr. Voss - yes."]),
]

meeting = {
    "body": "Board of Trustees", "authority": "Bixby Run Township", "date": "2025-04-08",
    "time": "6:30 p.m.", "venue": "Township Hall, 4410 Stover Road",
    "attendees": [
        att("Harlan Voss", "Chairman"),
        att("Beverly Stroud", "Trustee"),
        att("Curtis Ambler", "Trustee"),
        att("Dana Kettering", "Fiscal Officer", "in_attendance"),
        att("Tom Rudisill", "Zoning Inspector", "in_attendance"),
        att("Gary Pfeiffer", "Road Superintendent", "in_attendance"),
        att("Lynn Okafor", "Chief, Bixby Run-Salt Lick Joint Fire District", "in_attendance"),
        att("Aaron Meeks", "Deputy, Larrick County Sheriff's Office", "in_attendance"),
    ],
    "apologies": [],
    "items": items,
}
components = [{"title": "Minutes of the Regular Meeting of the Bixby Run Township Board of Trustees, April 8, 2025",
               "kind": "minutes", "first_line": "BIXBY RUN TOWNSHIP", "start_line": L.find("BIXBY RUN TOWNSHIP")}]

facts = {
    "priority_lists": [], "priority_changes": [], "actions": [],
    "organisations": [
        org("Bixby Run Township", "Township"),
        org("Bixby Run Township Board of Trustees", "Board of Trustees"),
        org("Larrick County Budget Commission"),
        org("Larrick County Sheriff's Office"),
        org("Larrick County Engineer"),
        org("Bixby Run-Salt Lick Joint Fire District", "Joint Fire District"),
        org("Ohio Public Works Commission", "OPWC"),
        org("Deerfield Roofing LLC"),
    ],
    "dates": [
        dt(L, "Tuesday, April 8, 2025", "2025-04-08", "meeting date"),
        dt(L, "March 25, 2025", "2025-03-25", "previous regular meeting (minutes approved)"),
        dt(L, "March 2025", "2025-03", "bank reconciliation and fund status report month"),
        dt(L, "March 31, 2025", "2025-03-31", "fund balances date"),
        dt(L, "April 30, 2025", "2025-04-30", "deadline: amended appropriations to Budget Commission"),
        dt(L, "March 14", "2025-03-14", "wind storm damaged salt dome roof"),
        dt(L, "April 22 meeting", "2025-04-22", "report-back on salt dome roof quotes"),
        dt(L, "May 13, 2025", "2025-05-13", "2025 Road Resurfacing Program bid opening"),
        dt(L, "February 20, 2025", "2025-02-20", "first zoning notice, 2281 Kinnear Pike"),
        dt(L, "June 2025", "2025-06", "new fire tanker expected"),
        dt(L, "May 6, 2025", "2025-05-06", "Joint Fire District budget hearing"),
        dt(L, "Saturday, May 17, 2025", "2025-05-17", "Bixby Run Township Clean-Up Day"),
        dt(L, "Tuesday, April 22, 2025", "2025-04-22", "next regular meeting"),
    ],
}

if __name__ == "__main__":
    write_keys(STEM, {"components": components, "meetings": [meeting]}, facts)
