from lib import Keys, att, item, org, write_keys
from make_bellmere import STEM

K = Keys(STEM)
A, IA = "present", "in_attendance"
attendees = [
    att("Mayor Suzanne Lachance", "Mayor (Chair)", A),
    att("Councillor Derek Amankwah", "Councillor", A),
    att("Councillor Maureen Fitzhugh", "Councillor", A),
    att("Councillor Pierre Bouchard", "Councillor", A),
    att("Councillor Harjit Sandhu", "Councillor", A),
    att("Councillor Ellen Vandermeer", "Councillor", A),
    att("Councillor Robert Kuzyk", "Councillor", "virtual"),
    att("Councillor Tanya Whitecloud", "Councillor", A),
    att("Councillor Gordon MacInnis", "Councillor", "apologies"),
    att("J. Arsenault", "Chief Administrative Officer", IA),
    att("M. Pelletier", "City Clerk", IA),
    att("K. Osei", "Director of Public Works", IA),
    att("L. Trudeau", "Director of Planning and Development", IA),
    att("S. Varga", "Deputy Clerk (Recording Secretary)", IA),
]
items = [
    item("1", "Call to Order"),
    item("2", "Land Acknowledgement"),
    item("3", "Disclosure of Pecuniary Interest and the General Nature Thereof"),
    item("4", "Adoption of Minutes", [
        "That the minutes of the Committee of the Whole meeting held on September 9, 2024 be adopted as circulated. "
        "Carried"]),
    item("5", "Delegations"),
    item("5.1", "Bellmere Curling Club \u2013 Request for Capital Assistance", [
        "That the delegation from the Bellmere Curling Club be received and referred to the 2025 budget "
        "deliberations. Carried"]),
    item("6", "Staff Reports"),
    item("6.1", "Lakeshore Road Reconstruction \u2013 Tender Award", [
        "That Committee of the Whole recommend to Council that Tender T-2024-18 for the Lakeshore Road "
        "Reconstruction be awarded to Northline Civil Constructors Ltd. in the amount of $3,184,550.00 (excluding "
        "HST); and That the Mayor and Clerk be authorized to execute the contract. Carried"], ref="Report PW-2024-27"),
    item("6.2", "Downtown Patio Program Extension", [
        "That Committee of the Whole recommend to Council that the Downtown Patio Program be extended to permit "
        "enclosed patios from November 1 to April 15 on a pilot basis for the 2024-2025 winter season, subject to a "
        "minimum clear sidewalk width of 1.8 metres. Carried on a recorded vote (4 to 2)"], ref="Report PD-2024-33"),
    item("6.3", "Corporate Strategic Plan 2023-2026 \u2013 Mid-Term Progress", [
        "That Report CAO-2024-09 be received for information. Carried"], ref="Report CAO-2024-09"),
    item("7", "Direction to Staff", [], [
        K.act("That staff report back to Committee of the Whole by the end of Q1 2025 on the feasibility of a "
              "municipal accessibility audit of downtown sidewalks, including costs and potential grant funding.",
              "staff", "2025-03"),
        K.act("That the City Clerk bring forward amendments to the Procedure By-law to permit hybrid delegations at "
              "the November 18, 2024 Committee of the Whole meeting.", "M. Pelletier (City Clerk)", "2024-11-18")]),
    item("8", "Adjournment", ["That the Committee of the Whole meeting be adjourned at 3:22 p.m. Carried"]),
]
meetings = {
    "components": [K.comp("Minutes of the City of Bellmere Committee of the Whole, September 23, 2024", "minutes",
                          "City of Bellmere")],
    "meetings": [{
        "body": "Committee of the Whole", "authority": "City of Bellmere", "date": "2024-09-23",
        "time": "1:00 p.m.", "venue": "Council Chamber, Bellmere City Hall, 40 Tamarack Street North",
        "attendees": attendees, "apologies": ["Councillor Gordon MacInnis"], "items": items}],
}
facts = {
    "priority_lists": [], "priority_changes": [], "actions": [],
    "organisations": [
        org("City of Bellmere"),
        org("Committee of the Whole"),
        org("Bellmere Curling Club"),
        org("Northline Civil Constructors Ltd."),
    ],
    "dates": [
        K.date("Monday, September 23, 2024", "2024-09-23", "meeting date"),
        K.date("September 9, 2024", "2024-09-09", "previous Committee of the Whole meeting (minutes adopted)"),
        K.date("2025 budget deliberations", "2025", "budget to which the curling club request is referred"),
        K.date("November 1 to April 15", "2024-11-01/2025-04-15", "enclosed patio pilot period (2024-2025 winter)"),
        K.date("2023-2026", "2023/2026", "Corporate Strategic Plan period"),
        K.date("end of Q1 2025", "2025-03", "staff report-back deadline (accessibility audit)"),
        K.date("November 18, 2024", "2024-11-18", "Committee of the Whole meeting for Procedure By-law amendments"),
    ],
}
if __name__ == "__main__":
    write_keys(STEM, meetings, facts)
