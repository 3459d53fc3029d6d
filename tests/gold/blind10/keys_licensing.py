"""Hand-made keys for the Eastmere DC Licensing Sub-Committee hearing (22 January 2025)."""
from lib import PDF, Lines, act, att, date, item, org, write_keys
from make_licensing import STEM

L = Lines(PDF / f"{STEM}.pdf")

components = [{"title": "Eastmere District Council Licensing Sub-Committee (Hearings): Minutes and Notice of "
                        "Determination, 22 January 2025",
               "kind": "minutes", "first_line": "EASTMERE DISTRICT COUNCIL",
               "start_line": L.find("EASTMERE DISTRICT COUNCIL")}]

attendees = [
    att("Cllr Margaret Ives", "Chair", "present"),
    att("Cllr Dev Raman", "Member", "present"),
    att("Cllr Tomasz Nowak", "Substitute for Cllr Bryony Watts", "present"),
    att("Cllr Bryony Watts", "Member", "apologies"),
    att("Lucy Prendergast", "Senior Licensing Officer", "in_attendance"),
    att("Hamid Qureshi", "Legal Adviser", "in_attendance"),
    att("Eleanor Shaw", "Democratic Services Officer", "in_attendance"),
    att("Simon Farrow", "Director, Saltline Taverns Ltd, applicant (item 3)", "also_present"),
    att("Clare Upton", "Solicitor for the applicant, Upton Licensing Law (item 3)", "also_present"),
    att("PC Jade Harmer", "Coastal Counties Police (item 3)", "also_present"),
    att("Sarah Kettle", "Environmental Protection, Eastmere District Council (item 3)", "also_present"),
    att("Keith Dunmore", "Local resident (item 3)", "also_present"),
    att("Pauline Halloran", "Local resident (item 3)", "also_present"),
    att("Gareth Lyle", "Club Secretary, Eastmere Rovers Social Club (item 4)", "also_present"),
]

I3 = L.find("3. APPLICATION FOR A NEW PREMISES")
items = [
    item("1", "APOLOGIES AND SUBSTITUTIONS"),
    item("2", "DECLARATIONS OF INTEREST"),
    item("3", "APPLICATION FOR A NEW PREMISES LICENCE \u2013 THE SALT HOUSE, 14 HARBOUR STREET, EASTMERE EA7 2QL",
         ["RESOLVED that the application for a premises licence for The Salt House be GRANTED, with the sale of "
          "alcohol and late night refreshment permitted until 23.30 Sunday to Thursday and 00.30 on Friday and "
          "Saturday, and regulated entertainment until 23.00, subject to the mandatory conditions, the conditions "
          "consistent with the operating schedule and the additional conditions set out in the table below."],
         [act(L, "The applicant must submit a revised plan of the premises showing the courtyard smoking area to "
                 "the Licensing Team by 7 February 2025.", "Saltline Taverns Ltd (the applicant)", "2025-02-07",
              after=I3),
          act(L, "The Licensing Team will issue the licence within five working days of receiving the revised "
                 "plan.", "Licensing Team", None, after=I3)]),
    item("4", "APPLICATION TO VARY A CLUB PREMISES CERTIFICATE \u2013 EASTMERE ROVERS SOCIAL CLUB, CLIFF ROAD",
         ["RESOLVED that the variation be GRANTED IN PART: the supply of alcohol is extended to 00.30 on Saturdays "
          "only, with the premises closing to members and guests by 01.00."]),
]

meetings = [{
    "body": "Licensing Sub-Committee (Hearings)",
    "authority": "Eastmere District Council",
    "date": "2025-01-22", "time": "10.00am",
    "venue": "Committee Room 2, Marsh Lane Offices, Eastmere",
    "attendees": attendees,
    "apologies": ["Cllr Bryony Watts"],
    "attendee_note": "Ruled 'hearing details' grid; the parties are listed under 'Also present (parties):' and "
                     "keyed also_present (label taken literally); officers under 'Officers in attendance:'.",
    "items_note": "Top-level headings 1.-4. (capitals, as printed) are the items; paragraphs 3.1-3.7 and 4.1-4.3 are "
                  "not items. The five additional licence conditions (ruled table) are part of the item 3 decision "
                  "and are not keyed as separate resolutions or as actions.",
    "items": items}]

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        org("Eastmere District Council", type="council"),
        org("Licensing Sub-Committee", type="committee", parent="Eastmere District Council"),
        org("Saltline Taverns Ltd", type="company"),
        org("Upton Licensing Law", type="company"),
        org("Coastal Counties Police", type="police"),
        org("Environmental Protection", type="unit", parent="Eastmere District Council"),
        org("Licensing Team", type="unit", parent="Eastmere District Council"),
        org("Eastmere Rovers Social Club", type="club"),
        org("Magistrates\u2019 Court", type="court"),
        org("SIA", type="public_body", note="acronym only ('SIA-licensed'; Security Industry Authority)"),
    ],
    "dates": [
        date(L, "Wednesday 22 January 2025", "2025-01-22", "hearing date"),
        date(L, "28 November 2024", "2024-11-28", "premises licence application made"),
        date(L, "26 December 2024", "2024-12-26", "consultation period ended"),
        date(L, "15 January 2025", "2025-01-15", "Police representation withdrawn"),
        date(L, "2021\u20132026", "2021/2026", "Statement of Licensing Policy period"),
        date(L, "7 February 2025", "2025-02-07", "revised plan deadline"),
        date(L, "24 January 2025", "2025-01-24", "notice of determination issued"),
    ],
}

write_keys(STEM, components, meetings, facts, notes={
    "organisations_note": "The Salt House (the premises) and Marsh Lane Offices (venue) are places, not keyed."})
