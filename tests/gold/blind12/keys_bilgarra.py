"""Keys for blind12 (3) Bilgarra Shire Council, Ordinary Meeting of Council 19 February 2025 (typed by hand)."""
from lib import PDF, Lines, act, dt, item, org, person, write_keys

STEM = "blind12-au-bilgarra-shire-council-ordinary-meeting-minutes-2025-02-19"
L = Lines(PDF / f"{STEM}.pdf")
GM = "M Harcourt (General Manager)"
COUNCIL = "Bilgarra Shire Council"


def mot(number, moved, seconded, result, division=None):
    d = {"resolution_number": number, "moved_by": moved, "seconded_by": seconded, "result": result}
    if division:
        d["division"] = {"for": division[0], "against": division[1]}
    return d


items = [
    item("1", "OPENING OF MEETING"),
    item("2", "ACKNOWLEDGEMENT OF COUNTRY"),
    item("3", "PRESENT"),
    item("4", "APOLOGIES AND APPLICATIONS FOR LEAVE OF ABSENCE",
         ["THAT the apology from Cr F Dunstan be accepted and a leave of absence be granted for this meeting."],
         motions=[mot("2025/018", "Cr Nguyen", "Cr Armitage", "CARRIED")]),
    item("5", "DISCLOSURES OF INTEREST"),
    item("6", "CONFIRMATION OF MINUTES",
         ["THAT the minutes of the Ordinary Meeting of Council held on Wednesday 11 December 2024 be confirmed as a "
          "true and correct record."],
         motions=[mot("2025/019", "Cr McAlister", "Cr Yallop", "CARRIED")]),
    item("7", "MAYORAL MINUTE"),
    item("7.1", "REGIONAL DROUGHT SUPPORT",
         ["THAT Council: 1. Writes to the State Government requesting that the Bilgarra Shire be included in the "
          "Drought Assistance Package announced on 30 January 2025; and 2. Raises the matter at the Western Plains "
          "Joint Organisation board meeting on 7 March 2025."],
         [act(L, "Writes to the State Government requesting that the Bilgarra Shire be included in the Drought "
                 "Assistance Package announced on 30 January 2025", COUNCIL, None),
          act(L, "Raises the matter at the Western Plains Joint Organisation board meeting on 7 March 2025", COUNCIL,
              "2025-03-07")],
         motions=[mot("2025/020", "Cr Whitfield", "Cr O\u2019Rourke", "CARRIED")]),
    item("8", "PUBLIC FORUM"),
    item("9", "REPORTS TO COUNCIL"),
    item("9.1", "QUARTERLY BUDGET REVIEW STATEMENT \u2013 DECEMBER 2024",
         ["THAT Council adopt the Quarterly Budget Review Statement for the period ending 31 December 2024 and approve "
          "the budget variations set out in the report, resulting in a projected operating surplus of $412,000 for "
          "2024/25."],
         motions=[mot("2025/021", "Cr Armitage", "Cr Nguyen", "CARRIED")]),
    item("9.2", "BILGARRA SHOWGROUND MASTERPLAN",
         ["THAT Council: 1. Adopt the Bilgarra Showground Masterplan 2025\u20132035 as exhibited; 2. Request the "
          "General Manager to seek grant funding for Stage 1 (amenities and arena lighting); and 3. Thank the "
          "Bilgarra Pastoral, Agricultural and Horticultural Association for its submission."],
         [act(L, "Request the General Manager to seek grant funding for Stage 1 (amenities and arena lighting)", GM,
              None)],
         motions=[mot("2025/022", "Cr O\u2019Rourke", "Cr McAlister", "CARRIED",
                      ("Crs Whitfield, Nguyen, Armitage, McAlister, O\u2019Rourke and Borg", "Crs Castellano and Yallop"))]),
    item("9.3", "DEVELOPMENT APPLICATION DA 2024/117 \u2013 POULTRY FARM, 412 MULGA CREEK ROAD",
         ["THAT Council refuse Development Application DA 2024/117 for the reasons that the proposal is inconsistent "
          "with the zone objectives and has not demonstrated acceptable odour impacts on neighbouring dwellings."],
         motions=[mot(None, "Cr Yallop", "Cr Armitage", "LOST",
                      ("Crs Yallop and Armitage", "Crs Whitfield, Nguyen, McAlister, O\u2019Rourke and Borg")),
                  mot("2025/023", "Cr Nguyen", "Cr O\u2019Rourke", "CARRIED",
                      ("Crs Whitfield, Nguyen, McAlister, O\u2019Rourke and Borg", "Crs Yallop and Armitage"))],
         note="the first motion (approve DA 2024/117) was LOST and is not a resolution; only RESOLUTION 2025/023 is keyed"),
    item("9.4", "AUDIT, RISK AND IMPROVEMENT COMMITTEE \u2013 MINUTES OF 4 FEBRUARY 2025",
         ["THAT Council note the minutes of the Audit, Risk and Improvement Committee meeting held on 4 February 2025."],
         motions=[mot("2025/024", "Cr McAlister", "Cr Borg", "CARRIED")]),
    item("10", "NOTICES OF MOTION"),
    item("10.1", "FOOTPATH \u2013 CLANCY STREET (CR O\u2019ROURKE)",
         ["THAT Council request the General Manager to prepare a report on the cost of a shared path on Clancy Street "
          "between Banksia Street and Bilgarra Public School, for the Ordinary Meeting in April 2025."],
         [act(L, "request the General Manager to prepare a report on the cost of a shared path on Clancy Street "
                 "between Banksia Street and Bilgarra Public School, for the Ordinary Meeting in April 2025", GM,
              "2025-04")],
         motions=[mot("2025/025", "Cr O\u2019Rourke", "Cr Castellano", "CARRIED")]),
    item("11", "QUESTIONS WITH NOTICE"),
    item("12", "CONFIDENTIAL MATTERS",
         ["THAT Council close the meeting to the public under section 10A(2)(d)(i) of the Local Government Act 1993 to "
          "consider item 12.1, as it contains commercial information of a confidential nature."],
         motions=[mot("2025/026", "Cr Nguyen", "Cr Yallop", "CARRIED")]),
    item("12.1", "TENDER T2025-03 \u2013 SUPPLY OF WATER TREATMENT CHEMICALS",
         ["THAT Council accept the tender from Coolabah Chemicals Pty Ltd for the supply of water treatment chemicals "
          "for a period of three years from 1 April 2025.",
          "THAT Council resume in open session."],
         motions=[mot("2025/027", "Cr Armitage", "Cr McAlister", "CARRIED"),
                  mot("2025/028", "Cr Borg", "Cr Nguyen", "CARRIED")]),
    item("13", "CLOSE OF MEETING"),
]
after = 8
for it in items:
    it["source_line"] = after = L.find(it["number"] + " " + it["title"], after)

meeting = {
    "body": "Ordinary Meeting of Council",
    "authority": "Bilgarra Shire Council",
    "date": "2025-02-19",
    "time": "5.00PM",
    "venue": "COUNCIL CHAMBERS, 14 BANKSIA STREET, BILGARRA",
    "attendees": [
        person("Cr R Whitfield", "Mayor", "present"),
        person("Cr T Nguyen", "Deputy Mayor", "present"),
        person("Cr J Armitage", "Councillor", "present"),
        person("Cr L Castellano", "Councillor (left the chamber for item 9.3)", "present"),
        person("Cr D McAlister", "Councillor", "present"),
        person("Cr S O\u2019Rourke", "Councillor", "present"),
        person("Cr P Yallop", "Councillor", "present"),
        person("Cr H Borg", "Councillor", "virtual"),
        person("M Harcourt", "General Manager", "in_attendance"),
        person("A Delacroix", "Director Corporate Services", "in_attendance"),
        person("B Tonkin", "Director Infrastructure and Planning", "in_attendance"),
        person("K Sefton", "Governance Officer \u2013 minute taker", "in_attendance"),
        person("Cr F Dunstan", "Councillor (leave of absence granted)", "apologies"),
    ],
    "apologies": ["Cr F Dunstan"],
    "items": items,
}

meetings_doc = {
    "components": [{"title": "Minutes of the Ordinary Meeting of Council, Bilgarra Shire Council, 19 February 2025",
                    "kind": "minutes", "first_line": "BILGARRA SHIRE COUNCIL", "start_line": L.find("BILGARRA SHIRE COUNCIL")}],
    "meetings": [meeting],
}

facts_doc = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "actions_note": "all actions sit in their items (meetings key)",
    "organisations": [
        org("Bilgarra Shire Council"),
        org("Western Plains Joint Organisation"),
        org("Mulga Creek Landcare Group"),
        org("Bilgarra Pastoral, Agricultural and Horticultural Association"),
        org("Audit, Risk and Improvement Committee"),
        org("Bilgarra Public School"),
        org("Coolabah Chemicals Pty Ltd"),
    ],
    "organisations_note": "'the State Government' is generic (no name) and is not keyed; the Drought Assistance "
                          "Package is a programme",
    "dates": [
        dt(L, "WEDNESDAY 19 FEBRUARY 2025", "2025-02-19", "meeting date"),
        dt(L, "Wednesday 11 December 2024", "2024-12-11", "previous Ordinary Meeting (minutes confirmed)"),
        dt(L, "30 January 2025", "2025-01-30", "Drought Assistance Package announced"),
        dt(L, "7 March 2025", "2025-03-07", "Western Plains Joint Organisation board meeting"),
        dt(L, "31 December 2024", "2024-12-31", "end of the quarter reviewed (Quarterly Budget Review Statement)"),
        dt(L, "2024/25", "2024-07/2025-06", "financial year of the projected surplus (Australian July-June year)"),
        dt(L, "2025\u20132035", "2025/2035", "Bilgarra Showground Masterplan period"),
        dt(L, "4 February 2025", "2025-02-04", "Audit, Risk and Improvement Committee meeting", after=100),
        dt(L, "April 2025", "2025-04", "Ordinary Meeting to receive the Clancy Street report"),
        dt(L, "1 April 2025", "2025-04-01", "start of the three-year chemicals supply contract"),
        dt(L, "Wednesday 19 March 2025", "2025-03-19", "next Ordinary Meeting"),
    ],
}

if __name__ == "__main__":
    write_keys(STEM, meetings_doc, facts_doc)
