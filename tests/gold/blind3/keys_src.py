#!/usr/bin/env python3
"""Hand-written answer keys for the 8 blind-3 PDFs, written out as GOLD_SCHEMA JSON.

    /work/main/.venv/bin/python /work/blind3/keys_src.py

Every value below was typed by reading the rendered PDFs (not generated from make.py's
data). The only thing computed is source_line / start_line: the first line of
`pdftotext -layout` output that contains the opening words of the keyed text (null when
the opening words are split across layout lines, e.g. in table cells).
"""
import json
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINE_BASIS = ("source_line/start_line values are 1-based line numbers in `pdftotext -layout` (poppler 22.12) "
              "output of the PDF")


def A(name, role, status):
    return {"name": name, "role": role, "status": status}


def I(number, title, resolutions=(), actions=(), **extra):
    d = {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}
    d.update(extra)
    return d


def ACT(text, owner, due, **extra):
    d = {"text": text, "owner": owner, "due": due}
    d.update(extra)
    return d


def ORG(name, aliases=(), type_=None, **extra):
    d = {"name": name, "aliases": list(aliases), "type": type_}
    d.update(extra)
    return d


def D(text, iso, what, **extra):
    d = {"text": text, "iso": iso, "what": what}
    d.update(extra)
    return d


def PL(owner, name, kind, period, items, **extra):
    d = {"owner": owner, "name": name, "kind": kind, "period": period, "source_line": None, "items": list(items)}
    d.update(extra)
    return d


DOCS = {}

# =============================================================================================
# a. Halderness and Wyke Fire and Rescue Authority, 20 June 2024
# =============================================================================================
stem = "blind3-uk-halderness-wyke-fire-authority-minutes-2024-06-20"
FRA = "Halderness and Wyke Fire and Rescue Authority"
DOCS[stem] = {
    "meetings": {
        "components": [{"title": "Minutes of the Halderness and Wyke Fire and Rescue Authority, 20 June 2024",
                        "kind": "minutes", "first_line": "HALDERNESS AND WYKE FIRE AND RESCUE AUTHORITY"}],
        "meetings": [{
            "body": FRA, "authority": FRA, "date": "2024-06-20", "time": "10.30 am",
            "venue": "Committee Room 1, Service Headquarters, Kestrel Way, Wykeham WY4 2LP",
            "attendees": [
                A("Cllr Margaret Ellery", "Chair (Halderness County Council)", "present"),
                A("Cllr Tom Braithwaite", "Vice-Chair (Wyke Borough Council)", "present"),
                A("Cllr Jean Corrigan", "Halderness County Council", "present"),
                A("Cllr Paul Dunmore", "Halderness County Council", "present"),
                A("Cllr Alison Frome", "Wyke Borough Council", "present"),
                A("Cllr Rupert Hale", "Halderness County Council", "present"),
                A("Cllr Stephen Lumb", "Halderness County Council", "apologies"),
                A("Cllr Priya Mistry", "Wyke Borough Council (remote, non-voting)", "virtual"),
                A("Cllr Nadia Okafor", "Wyke Borough Council", "present"),
                A("Cllr Graham Tilley", "Halderness County Council", "apologies"),
                A("Cllr Barry Whitlock", "Halderness County Council", "present"),
                A("Dawn Kettering", "Chief Fire Officer", "in_attendance"),
                A("Martin Shawcross", "Assistant Chief Fire Officer", "in_attendance"),
                A("Helen Vasey", "Treasurer to the Authority", "in_attendance"),
                A("Owen Pritchard", "Clerk and Monitoring Officer", "in_attendance"),
                A("Lucy Farrant", "Democratic Services Officer", "in_attendance"),
            ],
            "apologies": ["Cllr Stephen Lumb", "Cllr Graham Tilley"],
            "attendee_note": "Attendance is a ruled 3-column table (Name | Organisation / Role | Present / Apologies) "
                             "with two spanning sub-heading rows: 'Members of the Authority' and 'Officers in "
                             "attendance'. Officers' status cell says 'Present' but they sit under 'Officers in "
                             "attendance' -> in_attendance. Cllr Mistry 'Present (remote – non-voting)' -> virtual.",
            "items_note": "Item references FRA/24/14 ... FRA/24/23 printed in a hanging left column; headings in "
                          "capitals. Decisions are 'RESOLVED – that ...'; multi-part decisions 'RESOLVED – that:' "
                          "with (a)(b)(c) sub-paragraphs on separate indented lines are keyed as ONE resolution "
                          "(whole decision text). The lost amendment in FRA/24/19 is not keyed as a resolution "
                          "(it is recorded under 'votes').",
            "items": [
                I("FRA/24/14", "APOLOGIES FOR ABSENCE"),
                I("FRA/24/15", "DECLARATIONS OF INTEREST"),
                I("FRA/24/16", "MINUTES OF THE MEETING HELD ON 18 APRIL 2024", [
                    "RESOLVED – that the minutes of the meeting of the Authority held on 18 April 2024 be confirmed "
                    "as a correct record and signed by the Chair."]),
                I("FRA/24/17", "CHAIR’S ANNOUNCEMENTS"),
                I("FRA/24/18", "PROVISIONAL REVENUE AND CAPITAL OUTTURN 2023/24", [
                    "RESOLVED – that: (a) the provisional revenue outturn underspend of £412,000 for 2023/24 be "
                    "noted; (b) £250,000 of the underspend be transferred to the Transformation Reserve; and (c) "
                    "capital slippage of £1.3 million be carried forward into the 2024/25 capital programme."], [
                    ACT("In response to a question from Cllr Whitlock, the Treasurer agreed to circulate a breakdown "
                        "of overtime costs in Fire Control to all Members by 31 July 2024.",
                        "Treasurer to the Authority (Helen Vasey)", "2024-07-31")]),
                I("FRA/24/19", "COMMUNITY RISK MANAGEMENT PLAN 2025–2029: CONSULTATION OUTCOMES", [
                    "RESOLVED – that: (a) the outcomes of the public consultation be noted; (b) the Community Risk "
                    "Management Plan 2025–2029 be approved for publication on 1 October 2024; and (c) the Chief "
                    "Fire Officer be authorised, in consultation with the Chair, to make minor amendments to the "
                    "Plan prior to publication."], [
                    ACT("The Chief Fire Officer undertook to report on implementation of the Marsh Lane proposal to "
                        "the Authority in December 2024.", "Chief Fire Officer (Dawn Kettering)", "2024-12")],
                    votes=[{"motion": "Amendment (moved Cllr Hale, seconded Cllr Frome) that the proposal relating "
                                      "to Marsh Lane Fire Station be deferred",
                            "recorded": True, "for": 2, "against": 5, "abstain": 1, "result": "lost",
                            "for_names": ["Frome", "Hale"],
                            "against_names": ["Braithwaite", "Corrigan", "Dunmore", "Ellery", "Okafor"],
                            "abstain_names": ["Whitlock"]},
                           {"motion": "Substantive motion", "recorded": False, "result": "carried"}]),
                I("FRA/24/20", "FIRE STANDARDS IMPLEMENTATION UPDATE", [
                    "RESOLVED – that the progress report be noted."], [
                    ACT("The Assistant Chief Fire Officer agreed to provide Members with a briefing note on the Data "
                        "Management Fire Standard before the next meeting.",
                        "Assistant Chief Fire Officer (Martin Shawcross)", "2024-09-19",
                        due_text="before the next meeting", note="due = date of next meeting (19 September 2024)")]),
                I("FRA/24/21", "HMICFRS INSPECTION: AREAS FOR IMPROVEMENT", [
                    "RESOLVED – that: (a) the progress against the eleven areas for improvement be noted; and (b) "
                    "quarterly progress reports be submitted to the Audit and Governance Committee."],
                    note="the resolution runs over the page 2/3 break"),
                I("FRA/24/22", "EXCLUSION OF THE PRESS AND PUBLIC", [
                    "RESOLVED – that under Section 100A(4) of the Local Government Act 1972 the press and public be "
                    "excluded from the meeting for the following item of business on the grounds that it involves "
                    "the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule "
                    "12A to the Act."]),
                I("FRA/24/23", "FLEET REPLACEMENT: CONTRACT AWARD (EXEMPT)", [
                    "RESOLVED – that the contract for the supply of six Type B fire appliances be awarded to the "
                    "preferred bidder identified in the exempt report, at a total cost not exceeding £2.16 "
                    "million."]),
            ]}]},
    "facts": {
        "priority_lists": [], "priority_changes": [], "actions": [],
        "organisations": [
            ORG(FRA, ["Authority", "Fire and Rescue Authority"], "fire_authority"),
            ORG("Halderness and Wyke Fire and Rescue Service", ["Service"], "fire_service"),
            ORG("Halderness County Council", [], "council"),
            ORG("Wyke Borough Council", [], "council"),
            ORG("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services", ["HMICFRS"], "inspectorate"),
            ORG("Home Office", [], "government_department"),
            ORG("Fire Standards Board", [], "public_body"),
            ORG("Audit and Governance Committee", [], "committee", parent=FRA),
        ],
        "organisations_note": "not keyed: Marsh Lane Fire Station (a station), Fire Control (a control room/function "
                              "of the Service), Transformation Reserve (a fund)",
        "dates": [
            D("Thursday 20 June 2024", "2024-06-20", "meeting date"),
            D("18 April 2024", "2024-04-18", "previous meeting (minutes confirmed)"),
            D("2 June 2024", "2024-06-02", "grassland fire at Hobb’s Common"),
            D("2023/24", "2023-04/2024-03", "financial year of the provisional outturn"),
            D("31 May 2024", "2024-05-31", "draft Statement of Accounts published"),
            D("31 July 2024", "2024-07-31", "deadline for overtime breakdown to Members"),
            D("2024/25 capital programme", "2024-04/2025-03", "capital slippage carried forward into"),
            D("2025–2029", "2025/2029", "period of the Community Risk Management Plan"),
            D("15 January to 8 April 2024", "2024-01-15/2024-04-08", "CRMP public consultation"),
            D("1 October 2024", "2024-10-01", "CRMP publication"),
            D("December 2024", "2024-12", "report on Marsh Lane implementation"),
            D("2023 inspection report", "2023", "HMICFRS inspection"),
            D("spring 2025", "2025-03/2025-05", "next round of HMICFRS inspections begins"),
            D("Thursday 19 September 2024", "2024-09-19", "next meeting"),
        ]},
}

# =============================================================================================
# b. City of Prairie Hollow City Commission, March 12, 2024
# =============================================================================================
stem = "blind3-us-prairie-hollow-city-commission-minutes-2024-03-12"


def motion(mover, seconder, result, votes_for, votes_against, noes=()):
    return {"moved_by": mover, "seconded_by": seconder,
            "votes": [{"for": votes_for, "against": votes_against, "abstain": 0, "result": result,
                       "against_names": list(noes)}]}


DOCS[stem] = {
    "meetings": {
        "components": [{"title": "Minutes of the Prairie Hollow City Commission regular meeting, March 12, 2024",
                        "kind": "minutes", "first_line": "CITY OF PRAIRIE HOLLOW, KANSAS"}],
        "meetings": [{
            "body": "Prairie Hollow City Commission", "authority": "City of Prairie Hollow",
            "date": "2024-03-12", "time": "6:00 p.m.",
            "venue": "Commission Chambers, City Hall, 200 N. Main Street",
            "attendees": [
                A("Dana Whitfield", "Mayor", "present"),
                A("Luis Serrano", "Vice Mayor", "present"),
                A("Karen Oduya", "Commissioner", "present"),
                A("Brett Halvorsen", "Commissioner", "present"),
                A("Janelle Price", "Commissioner", "present"),
                A("Pete Ruggles", "Commissioner", "absent"),
                A("Greg Tolliver", "City Manager", "in_attendance"),
                A("Miriam Sato", "City Attorney", "in_attendance"),
                A("Ronda Beaumont", "City Clerk", "in_attendance"),
                A("Sam Keough", "Public Works Director", "in_attendance"),
                A("Alicia Booker", "Police Chief", "in_attendance"),
                A("Howard Lim", "Finance Director", "in_attendance"),
            ],
            "apologies": [],
            "attendee_note": "ROLL CALL is an unruled table: 'Present:', 'Absent:', 'Staff Present:'. Titles (Mayor, "
                             "Vice Mayor, Commissioner, City Manager ...) precede names and are keyed as roles. Staff "
                             "-> in_attendance (officers, as in the dev keys). Public speakers (Tom Vickery, Anita "
                             "Greer) and Jolene Marsh (accepted the proclamation) are not in the roll call and are "
                             "not keyed.",
            "items_note": "Numbered headings '1.' ... '13.' plus lettered sub-items 6.A, 6.B, 7.A-7.D, 8.A, 9.A-9.C "
                          "(all keyed as items, number as printed). The consent agenda (7.A-7.D) is approved by one "
                          "motion, keyed under item 7. Each motion is keyed as a resolution: the whole 'Motion by "
                          "..., seconded by ..., to ... Motion carried N-N (...)' text. The failed motion in 9.B is "
                          "keyed (decision not to adopt) and the Commission's consensus direction in 9.B is keyed as "
                          "both a decision and an action.",
            "items": [
                I("1", "CALL TO ORDER"),
                I("2", "PLEDGE OF ALLEGIANCE AND INVOCATION"),
                I("3", "ROLL CALL"),
                I("4", "APPROVAL OF AGENDA", [
                    "Motion by Commissioner Price, seconded by Vice Mayor Serrano, to approve the agenda as "
                    "presented. Motion carried 5-0."], **motion("Commissioner Price", "Vice Mayor Serrano", "carried", 5, 0)),
                I("5", "PUBLIC COMMENT"),
                I("6", "PROCLAMATIONS AND PRESENTATIONS"),
                I("6.A", "Proclamation – American Red Cross Month, March 2024"),
                I("6.B", "Presentation – Prairie Hollow Police Department 2023 Annual Report"),
                I("7", "CONSENT AGENDA", [
                    "Motion by Commissioner Halvorsen, seconded by Commissioner Oduya, to approve the Consent Agenda "
                    "as presented. Motion carried 5-0."],
                    **motion("Commissioner Halvorsen", "Commissioner Oduya", "carried", 5, 0)),
                I("7.A", "Approval of Minutes – Regular Meeting of February 27, 2024"),
                I("7.B", "Appropriation Ordinance No. 2024-05 in the amount of $1,284,377.19"),
                I("7.C", "Cereal Malt Beverage License – Casey’s General Store #3391, 1800 E. 4th Street"),
                I("7.D", "Resolution No. 2024-11 Authorizing the Purchase of a 2024 Ford F-550 Dump Truck from "
                         "Midway Ford Truck Center in the amount of $98,450.00"),
                I("8", "PUBLIC HEARINGS"),
                I("8.A", "Public Hearing and Ordinance No. 1987 – Rezoning Case Z-24-02, 3100 Block of W. Kellogg "
                         "Drive, from R-1 Single-Family Residential to C-2 General Commercial", [
                    "Motion by Vice Mayor Serrano, seconded by Commissioner Price, to approve Ordinance No. 1987 "
                    "rezoning the property from R-1 to C-2 as recommended by the Planning Commission. Motion "
                    "carried 4-1 (Commissioner Oduya voting no)."],
                    **motion("Vice Mayor Serrano", "Commissioner Price", "carried", 4, 1, ["Oduya"])),
                I("9", "NEW BUSINESS"),
                I("9.A", "Consider Professional Services Agreement with Flint Hills Engineering Group, LLC for the "
                         "Water Treatment Plant Clarifier Rehabilitation", [
                    "Motion by Commissioner Oduya, seconded by Commissioner Halvorsen, to approve the agreement "
                    "with Flint Hills Engineering Group, LLC in an amount not to exceed $212,600 and authorize the "
                    "Mayor to sign. Motion carried 5-0."],
                    **motion("Commissioner Oduya", "Commissioner Halvorsen", "carried", 5, 0)),
                I("9.B", "Consider Resolution No. 2024-12 Adopting the 2024–2028 Capital Improvement Plan", [
                    "Motion by Commissioner Halvorsen, seconded by Commissioner Price, to adopt Resolution No. "
                    "2024-12 as presented. Motion failed 2-3 (Mayor Whitfield, Vice Mayor Serrano and "
                    "Commissioner Oduya voting no).",
                    "Consensus of the Commission was to direct staff to bring back a revised Capital Improvement "
                    "Plan, including options to advance the Ash Street bridge replacement, at the April 9, 2024 "
                    "meeting."], [
                    ACT("Consensus of the Commission was to direct staff to bring back a revised Capital Improvement "
                        "Plan, including options to advance the Ash Street bridge replacement, at the April 9, 2024 "
                        "meeting.", "City staff", "2024-04-09")],
                    **motion("Commissioner Halvorsen", "Commissioner Price", "failed", 2, 3,
                             ["Whitfield", "Serrano", "Oduya"])),
                I("9.C", "Consider Bids for the 2024 Street Maintenance Program", [
                    "Motion by Commissioner Price, seconded by Vice Mayor Serrano, to award the 2024 Street "
                    "Maintenance Program contract to Sunflower Paving, Inc. in the amount of $743,210.50. Motion "
                    "carried 5-0."], **motion("Commissioner Price", "Vice Mayor Serrano", "carried", 5, 0)),
                I("10", "CITY MANAGER’S REPORT", [], [
                    ACT("He will provide the Commission with an update on the automated water meter replacement "
                        "project at the March 26, 2024 meeting.", "City Manager (Greg Tolliver)", "2024-03-26")],
                    note="heading is the last line of page 2; its text starts page 3"),
                I("11", "COMMISSION COMMENTS", [], [
                    ACT("Commissioner Oduya requested that staff review the signal timing at 4th Street and Main "
                        "Street.", "City staff", None)]),
                I("12", "EXECUTIVE SESSION", [
                    "Motion by Vice Mayor Serrano, seconded by Commissioner Halvorsen, to recess into executive "
                    "session for 20 minutes pursuant to K.S.A. 75-4319(b)(2) for consultation with an attorney for "
                    "the public body deemed privileged in the attorney-client relationship, with the Commission, "
                    "City Manager and City Attorney present, and to reconvene in the Commission Chambers at 7:38 "
                    "p.m. Motion carried 5-0."],
                    **motion("Vice Mayor Serrano", "Commissioner Halvorsen", "carried", 5, 0)),
                I("13", "ADJOURNMENT", [
                    "Motion by Commissioner Price, seconded by Commissioner Oduya, to adjourn. Motion carried 5-0."],
                    **motion("Commissioner Price", "Commissioner Oduya", "carried", 5, 0)),
            ]}]},
    "facts": {
        "priority_lists": [], "priority_changes": [], "actions": [],
        "organisations": [
            ORG("City of Prairie Hollow", ["Prairie Hollow City Commission", "City Commission", "Commission"], "council"),
            ORG("Prairie Hollow Planning Commission", ["Planning Commission"], "commission"),
            ORG("Prairie Hollow Police Department", [], "police"),
            ORG("American Red Cross", ["American Red Cross Central Plains Region"], "charity"),
            ORG("Casey’s General Store", [], "company", note="licensee 'Casey’s General Store #3391'"),
            ORG("Midway Ford Truck Center", [], "company"),
            ORG("Flint Hills Engineering Group, LLC", [], "company"),
            ORG("Sunflower Paving, Inc.", [], "company"),
            ORG("Prairie Hollow Public Library", [], "library"),
        ],
        "organisations_note": "not keyed: 'Public Works crews' (a city department named only by function)",
        "dates": [
            D("Tuesday, March 12, 2024", "2024-03-12", "meeting date"),
            D("February 29", "2024-02-29", "water main break", note="year inferred"),
            D("March 2024", "2024-03", "American Red Cross Month"),
            D("2023 Annual Report", "2023", "police department annual report year"),
            D("February 27, 2024", "2024-02-27", "previous regular meeting (minutes approved)"),
            D("March 5, 2024", "2024-03-05", "street maintenance bids received"),
            D("2024–2028", "2024/2028", "Capital Improvement Plan period"),
            D("April 9, 2024", "2024-04-09", "revised Capital Improvement Plan due"),
            D("April 1, 2024", "2024-04-01", "spring brush drop-off site opens"),
            D("March 26, 2024", "2024-03-26", "next meeting (water meter update; minutes approved)"),
            D("March 23", "2024-03-23", "Prairie Hollow Public Library book sale", note="year inferred"),
        ]},
}

# =============================================================================================
# c. NHS Fenmoor ICB Primary Care Commissioning Committee, 11 July 2024
# =============================================================================================
stem = "blind3-uk-fenmoor-icb-primary-care-committee-minutes-2024-07-11"
ICB = "NHS Fenmoor Integrated Care Board"
DOCS[stem] = {
    "meetings": {
        "components": [
            {"title": "Minutes of the NHS Fenmoor ICB Primary Care Commissioning Committee (Part A), 11 July 2024",
             "kind": "minutes", "first_line": "NHS Fenmoor Integrated Care Board"},
            {"title": "Appendix A – Action Log", "kind": "other", "first_line": "Appendix A – Action Log"}],
        "meetings": [{
            "body": "Primary Care Commissioning Committee", "authority": ICB,
            "date": "2024-07-11", "time": "14:00 – 16:15",
            "venue": "Board Room, Marlowe House, Fenmoor, and via MS Teams",
            "attendees": [
                A("Dr Ruth Okonjo", "Non-Executive Member (Chair)", "present"),
                A("Alan Pryce", "Non-Executive Member", "present"),
                A("Sarah Lindqvist", "Director of Primary Care", "present"),
                A("Joanne Beckett", "Deputy Director of Finance", "present"),
                A("Marcus Whitby", "Head of Medicines Optimisation", "present"),
                A("Dr Imran Qureshi", "GP Clinical Lead, Fenmoor North Primary Care Network", "present"),
                A("Kerry Ashworth", "Head of Primary Care Contracting", "in_attendance"),
                A("Tom Rees", "Chief Executive, Healthwatch Fenmoor", "in_attendance"),
                A("Dr Helen Marsh", "Secretary, Fenmoor Local Medical Committee", "in_attendance"),
                A("Nina Solberg", "Corporate Governance Officer (minutes)", "in_attendance"),
                A("Peter Vance", "Chief Finance Officer", "apologies"),
                A("Deborah Frain", "Director of Nursing and Quality", "apologies"),
            ],
            "apologies": ["Peter Vance", "Deborah Frain"],
            "attendee_note": "Header box (Date/Time/Venue/Chair), then one person per line 'Name (INITIALS) – role' "
                             "under Present:/In attendance:/Apologies:. The minutes use initials only (RO, JB, KA ...).",
            "items_note": "Minutes are a ruled 3-column table Item | Minute | Action; the Action column holds the "
                          "owner's initials, bottom-aligned, so in plain text the initials land on the line of the "
                          "action sentence (or a blank line above it). Actions are 'XX to ...' sentences. Appendix A "
                          "repeats the new actions verbatim in an action log (Ref | Action | Owner | Due | Status) "
                          "and adds three carried-forward actions from earlier meetings (keyed in facts.actions). "
                          "Due dates of new actions come from the log where the minute gives none.",
            "items": [
                I("PCC 24/41", "Welcome, introductions and apologies"),
                I("PCC 24/42", "Declarations of interest", [
                    "It was agreed that IQ would take part in the discussion but not in the decision."]),
                I("PCC 24/43", "Minutes of the previous meeting held on 9 May 2024", [
                    "The minutes were APPROVED as an accurate record."]),
                I("PCC 24/44", "Action log and matters arising",
                  note="Action column 'KA' refers to the carried-forward action PCC 24/27 (keyed in facts.actions)"),
                I("PCC 24/45", "Primary care finance report – Month 2", ["The Committee NOTED the report."], [
                    ACT("JB to circulate a revised ARRS forecast to members by 31 July 2024.",
                        "JB (Joanne Beckett)", "2024-07-31", code="PCC 24/45")]),
                I("PCC 24/46", "Rushwick Medical Practice – application to close Fen Drove branch surgery", [
                    "The Committee RESOLVED to APPROVE the branch closure with effect from 1 October 2024, subject "
                    "to the practice implementing the transport mitigation plan."], [
                    ACT("KA to write to Rushwick Medical Practice confirming the decision and the conditions by 19 "
                        "July 2024.", "KA (Kerry Ashworth)", "2024-07-19", code="PCC 24/46a"),
                    ACT("TR to share the Healthwatch Fenmoor patient feedback summary with KA.", "TR (Tom Rees)",
                        "2024-07-31", code="PCC 24/46b", note="due from the action log only")]),
                I("PCC 24/47", "Dental access recovery", [
                    "The Committee NOTED the update and SUPPORTED the proposal to extend the flexible commissioning "
                    "pilot to three further practices."], [
                    ACT("SL to bring a dental access trajectory to the September meeting.", "SL (Sarah Lindqvist)",
                        "2024-09-12", code="PCC 24/47", due_text="the September meeting")]),
                I("PCC 24/48", "Pharmacy First: six-month review", ["The Committee NOTED the report."], [
                    ACT("MW to work with Community Pharmacy Fenmoor to engage the three non-participating pharmacies "
                        "by 30 September 2024.", "MW (Marcus Whitby)", "2024-09-30", code="PCC 24/48")]),
                I("PCC 24/49", "Primary care risk register", [
                    "It was AGREED that the score of risk PC07 (GP workforce) be increased from 12 to 16."], [
                    ACT("SL to update the ICB corporate risk register accordingly.", "SL (Sarah Lindqvist)",
                        "2024-07-31", code="PCC 24/49", note="due from the action log only")]),
                I("PCC 24/50", "Any other business"),
            ]}]},
    "facts": {
        "priority_lists": [], "priority_changes": [],
        "actions": [
            ACT("Circulate the GP access recovery dashboard to members", "SL (Sarah Lindqvist)", "2024-07-11",
                code="PCC 24/19", status="Closed", kind="action_log_row"),
            ACT("Complete the review of primary care estates utilisation across the three PCNs", "KA (Kerry Ashworth)",
                "2024-10-31", code="PCC 24/27", status="Open – revised date", kind="action_log_row"),
            ACT("Present options for extended access hubs following discussion with the Local Medical Committee",
                "IQ (Dr Imran Qureshi)", "2024-09-12", code="PCC 24/33", status="Open", kind="action_log_row"),
        ],
        "actions_note": "only the carried-forward log rows (earlier meetings) are listed here; the six new log rows "
                        "repeat the item actions verbatim and are keyed under the items (the scorer de-duplicates "
                        "identical texts).",
        "organisations": [
            ORG(ICB, ["ICB"], "nhs_body"),
            ORG("Primary Care Commissioning Committee", ["Committee"], "committee", parent=ICB),
            ORG("Fenmoor North Primary Care Network", [], "nhs_body"),
            ORG("Healthwatch Fenmoor", [], "public_body"),
            ORG("Fenmoor Local Medical Committee", ["Local Medical Committee"], "committee"),
            ORG("Rushwick Medical Practice", [], "gp_practice"),
            ORG("NHS England", [], "nhs_body"),
            ORG("Department of Health and Social Care", [], "government_department"),
            ORG("Community Pharmacy Fenmoor", [], "representative_body"),
        ],
        "dates": [
            D("Thursday 11 July 2024", "2024-07-11", "meeting date"),
            D("9 May 2024", "2024-05-09", "previous meeting (minutes approved)"),
            D("31 October 2024", "2024-10-31", "revised due date of action PCC 24/27 (estates review)"),
            D("31 July 2024", "2024-07-31", "revised ARRS forecast due"),
            D("1 April to 31 May 2024", "2024-04-01/2024-05-31", "patient engagement on the branch closure"),
            D("1 October 2024", "2024-10-01", "branch closure takes effect"),
            D("19 July 2024", "2024-07-19", "letter to Rushwick Medical Practice due"),
            D("February 2024", "2024-02", "dental recovery plan published"),
            D("30 September 2024", "2024-09-30", "Pharmacy First engagement due"),
            D("Thursday 12 September 2024", "2024-09-12", "next meeting"),
        ]},
}

# =============================================================================================
# d. Regional District of Silverthorn Board, September 19, 2024
# =============================================================================================
stem = "blind3-ca-silverthorn-regional-district-board-minutes-2024-09-19"
RDS = "Regional District of Silverthorn"


def res(number, mover, seconder, result, **extra):
    d = {"resolution_numbers": [number], "moved_by": mover, "seconded_by": seconder, "result": result}
    d.update(extra)
    return d


DOCS[stem] = {
    "meetings": {
        "components": [{"title": "Minutes of the Regional District of Silverthorn Regular Board Meeting, "
                                 "September 19, 2024", "kind": "minutes",
                        "first_line": "REGIONAL DISTRICT OF SILVERTHORN"}],
        "meetings": [{
            "body": "Regional District of Silverthorn Board", "authority": RDS,
            "date": "2024-09-19", "time": "9:30 a.m.",
            "venue": "Board Room, RDS Administration Building, 1450 Lakeshore Drive, Silverthorn, BC",
            "attendees": [
                A("M. Dubois", "Chair (Electoral Area A)", "present"),
                A("R. Thiessen", "Vice Chair (Village of Elkhorn)", "present"),
                A("P. Gill", "Director (City of Silverthorn)", "present"),
                A("S. Nakamura", "Director (City of Silverthorn)", "present"),
                A("K. Lavallee", "Director (Electoral Area B)", "present"),
                A("J. O’Rourke", "Director (Electoral Area C), via Zoom", "virtual"),
                A("T. Chen", "Alternate Director (District of Fir Bay)", "present"),
                A("L. Haldane", "Chief Administrative Officer", "in_attendance"),
                A("D. Fenwick", "Corporate Officer", "in_attendance"),
                A("B. Mensah", "Chief Financial Officer", "in_attendance"),
                A("A. Kowalczyk", "Manager of Planning and Development", "in_attendance"),
                A("C. Varga", "Recording Secretary", "in_attendance"),
                A("H. Blackwater", "Director (District of Fir Bay)", "apologies"),
            ],
            "apologies": ["H. Blackwater"],
            "attendee_note": "Unruled 2-column block: 'Present:' (title + initial + surname – area/municipality, one "
                             "per line), 'Staff:' (name, title), 'Regrets:' -> apologies. The delegation speaker "
                             "Marnie Lyle (item 4.1) is not in the attendance block and is not keyed.",
            "items_note": "Numbered headings 1.-10. with sub-items 3.1, 4.1, 5.1, 5.2, 6.1, 7.1, 7.2, all keyed as "
                          "items. Resolutions are blocks 'R-2024-nnn | MOVED Director X | SECONDED Director Y | "
                          "THAT ... | CARRIED' with the resolution number in a left column; keyed as the THAT-text "
                          "plus the printed outcome (as in the dev Nipissing key). R-2024-125 is DEFEATED and is "
                          "still keyed as a decision. Item 9 reports an In Camera resolution in prose.",
            "items": [
                I("1", "CALL TO ORDER"),
                I("2", "ADOPTION OF AGENDA", [
                    "THAT the agenda for the September 19, 2024 Regular Board Meeting be adopted as presented. "
                    "CARRIED"], **res("R-2024-117", "Director Gill", "Director Lavallee", "carried")),
                I("3", "ADOPTION OF MINUTES"),
                I("3.1", "Regular Board Meeting – August 15, 2024", [
                    "THAT the minutes of the August 15, 2024 Regular Board Meeting be adopted as circulated. "
                    "CARRIED"], **res("R-2024-118", "Director Nakamura", "Vice Chair Thiessen", "carried")),
                I("4", "DELEGATIONS"),
                I("4.1", "Silverthorn Wildlife Rehabilitation Society – Request for Grant-in-Aid", [
                    "THAT the request from the Silverthorn Wildlife Rehabilitation Society for $15,000 be referred "
                    "to the 2025 budget deliberations. CARRIED"],
                    **res("R-2024-119", "Director O’Rourke", "Director Lavallee", "carried")),
                I("5", "STAFF REPORTS"),
                I("5.1", "Electoral Area B Official Community Plan Amendment – Fir Bay Road (File OCP-24-03)", [
                    "THAT Regional District of Silverthorn Official Community Plan Amendment Bylaw No. 2991, 2024 be "
                    "given first and second reading and referred to a public hearing. CARRIED"],
                    **res("R-2024-120", "Director Lavallee", "Director Gill", "carried")),
                I("5.2", "2024 Second Quarter Financial Report", [
                    "THAT the 2024 Second Quarter Financial Report be received for information. CARRIED "
                    "UNANIMOUSLY"], **res("R-2024-121", "Alternate Director Chen", "Director Nakamura",
                                          "carried unanimously")),
                I("6", "BYLAWS"),
                I("6.1", "Solid Waste Tipping Fee Amendment Bylaw No. 2987, 2024", [
                    "THAT Solid Waste Tipping Fee Amendment Bylaw No. 2987, 2024 be read a first, second and third "
                    "time. CARRIED",
                    "THAT Solid Waste Tipping Fee Amendment Bylaw No. 2987, 2024 be adopted. CARRIED"],
                    resolution_numbers=["R-2024-122", "R-2024-123"],
                    votes=[{"resolution": "R-2024-122", "moved_by": "Vice Chair Thiessen", "seconded_by": "Director Gill",
                            "result": "carried", "opposed": ["Director O’Rourke"]},
                           {"resolution": "R-2024-123", "moved_by": "Director Nakamura",
                            "seconded_by": "Director Lavallee", "result": "carried", "opposed": ["Director O’Rourke"]}]),
                I("7", "NEW BUSINESS"),
                I("7.1", "Correspondence – Ministry of Emergency Management and Climate Readiness, August 28, 2024, "
                         "re: Community Emergency Preparedness Fund", [
                    "THAT the Board authorize staff to apply to the Union of BC Municipalities Community Emergency "
                    "Preparedness Fund for up to $40,000 for evacuation route planning in Electoral Areas B and C. "
                    "CARRIED"], [
                    ACT("Staff were directed to report back on evacuation route options by the November 21, 2024 "
                        "Board meeting.", "RDS staff", "2024-11-21")],
                    note="heading is the last line of page 2",
                    **res("R-2024-124", "Director Gill", "Director O’Rourke", "carried")),
                I("7.2", "Notice of Motion – Director O’Rourke – Kettle Creek Road Speed Limit", [
                    "THAT the Board write to the Ministry of Transportation and Infrastructure requesting that the "
                    "speed limit on Kettle Creek Road be reduced from 80 km/h to 60 km/h. DEFEATED"], [
                    ACT("Director Lavallee agreed to meet with the Kettle Creek Residents’ Association to discuss "
                        "traffic calming options that do not require approval by the Province of British Columbia.",
                        "Director K. Lavallee", None)],
                    **res("R-2024-125", "Director O’Rourke", "Director Lavallee", "defeated")),
                I("8", "IN CAMERA", [
                    "THAT the Board close the meeting to the public pursuant to section 90(1)(e) of the Community "
                    "Charter to consider the acquisition of land. CARRIED"],
                    **res("R-2024-126", "Director Nakamura", "Director Gill", "carried")),
                I("9", "RISE AND REPORT", [
                    "Chair Dubois reported that the Board, In Camera, resolved to authorize the Chief Administrative "
                    "Officer to negotiate the purchase of a 2.4 hectare parcel adjacent to the Elkhorn Transfer "
                    "Station."]),
                I("10", "ADJOURNMENT", ["THAT the meeting be adjourned at 12:24 p.m. CARRIED"],
                  **res("R-2024-127", "Director Lavallee", "Director Nakamura", "carried")),
            ]}]},
    "facts": {
        "priority_lists": [], "priority_changes": [], "actions": [],
        "organisations": [
            ORG(RDS, ["RDS", "RDS Board", "Board"], "regional_district"),
            ORG("City of Silverthorn", [], "council"),
            ORG("Village of Elkhorn", [], "council"),
            ORG("District of Fir Bay", [], "council"),
            ORG("Silverthorn Wildlife Rehabilitation Society", ["Society"], "charity"),
            ORG("Ministry of Emergency Management and Climate Readiness", [], "government_department"),
            ORG("Union of BC Municipalities", [], "association"),
            ORG("Ministry of Transportation and Infrastructure", [], "government_department"),
            ORG("Kettle Creek Residents’ Association", [], "association"),
            ORG("Province of British Columbia", [], "government"),
        ],
        "organisations_note": "not keyed: Electoral Areas A-C (electoral areas, not bodies), Elkhorn Transfer "
                              "Station (a facility), Community Emergency Preparedness Fund (a fund)",
        "dates": [
            D("Thursday, September 19, 2024", "2024-09-19", "meeting date"),
            D("August 15, 2024", "2024-08-15", "previous regular Board meeting (minutes adopted)"),
            D("2025 budget", "2025", "grant request referred to 2025 budget deliberations"),
            D("September 9, 2024", "2024-09-09", "date of the OCP amendment staff report"),
            D("2024 Second Quarter", "2024-04/2024-06", "period of the financial report"),
            D("June 30, 2024", "2024-06-30", "operating expenditures measured at"),
            D("August 28, 2024", "2024-08-28", "Ministry correspondence"),
            D("November 21, 2024", "2024-11-21", "staff to report back on evacuation route options"),
        ]},
}

# =============================================================================================
# e. Wendham St Mary Town Council: Full Council 8 Jan 2024 + Planning Committee 22 Jan 2024
# =============================================================================================
stem = "blind3-uk-wendham-st-mary-tc-council-and-planning-minutes-2024-01"
TC = "Wendham St Mary Town Council"
DOCS[stem] = {
    "meetings": {
        "components": [
            {"title": "Minutes of Wendham St Mary Town Council (Full Council), 8 January 2024", "kind": "minutes",
             "first_line": "WENDHAM ST MARY TOWN COUNCIL"},
            {"title": "Minutes of the Wendham St Mary Town Council Planning Committee, 22 January 2024",
             "kind": "minutes", "first_line": "WENDHAM ST MARY TOWN COUNCIL"}],
        "components_note": "both meetings start with the same letterhead line; the second starts on page 3 (printed "
                           "minute-book page 9)",
        "meetings": [
            {"body": TC, "authority": TC, "date": "2024-01-08", "time": "7.00 pm",
             "venue": "The Guildhall, Market Place, Wendham St Mary",
             "attendees": [
                 A("Cllr J Hartley", "Town Mayor, in the Chair", "present"),
                 A("Cllr P Abbott", "Councillor", "present"),
                 A("Cllr S Carr", "Councillor", "present"),
                 A("Cllr L Dacre", "Councillor", "present"),
                 A("Cllr M Ng", "Councillor", "present"),
                 A("Cllr R Oakes", "Councillor", "present"),
                 A("Cllr T Quayle", "Councillor", "present"),
                 A("Cllr V Sutton", "Councillor", "present"),
                 A("Cllr G Whalley", "Councillor", "present"),
                 A("Mrs K Fellowes", "Town Clerk", "in_attendance"),
                 A("Mr D Ivens", "Deputy Clerk", "in_attendance"),
                 A("H Brough", "District Councillor", "in_attendance"),
                 A("Cllr B Ferris", "Councillor", "apologies"),
             ],
             "apologies": ["Cllr B Ferris"],
             "attendee_note": "Run-on 'Present:' and 'In attendance:' paragraphs; 'four members of the public' not "
                              "keyed (unnamed). Cllr Ferris's apologies are given under the first heading.",
             "items_note": "No item numbers: bold capitalised headings only (number null). Decisions are 'It was "
                           "RESOLVED ...' sentences and stand-alone 'Noted.' paragraphs (each keyed as a decision). "
                           "Actions are 'Cllr X agreed to ...' and 'The Clerk to ...'.",
             "items": [
                 I(None, "APOLOGIES FOR ABSENCE", ["It was RESOLVED that the reason for absence be approved."]),
                 I(None, "DECLARATIONS OF INTEREST"),
                 I(None, "MINUTES OF THE PREVIOUS MEETING", [
                     "It was RESOLVED that the minutes of the Full Council meeting held on 11 December 2023 be "
                     "approved and signed by the Chairman as a correct record."]),
                 I(None, "PUBLIC PARTICIPATION", ["Noted."]),
                 I(None, "REPORTS FROM DISTRICT AND COUNTY COUNCILLORS", ["Noted."]),
                 I(None, "PRECEPT 2024/25", [
                     "On being put to the vote (8 in favour, 1 against), it was RESOLVED that the precept for "
                     "2024/25 be set at £186,450, representing an increase of 4.9% for a Band D property."], [
                     ACT("The Clerk to submit the precept demand to Wendham District Council by 26 January 2024.",
                         "Town Clerk (Mrs K Fellowes)", "2024-01-26")],
                     moved_by="Cllr Carr", seconded_by="Cllr Ng",
                     votes=[{"for": 8, "against": 1, "abstain": 0, "result": "carried"}]),
                 I(None, "CHRISTMAS LIGHTS", [], [
                     ACT("Cllr Dacre agreed to obtain three quotations for replacement festoon lighting before the "
                         "March meeting.", "Cllr L Dacre", "2024-03", due_text="before the March meeting")]),
                 I(None, "PLAYING FIELD", [
                     "It was RESOLVED to accept the quotation from Greenline Grounds Ltd of £3,240 plus VAT."], [
                     ACT("The Clerk to confirm the order and agree a start date with the contractor.",
                         "Town Clerk (Mrs K Fellowes)", None)]),
                 I(None, "ALLOTMENTS", [], [
                     ACT("The Clerk to write to the tenant giving 28 days’ notice to bring the plot into cultivation.",
                         "Town Clerk (Mrs K Fellowes)", None)]),
                 I(None, "CORRESPONDENCE", ["Noted."]),
                 I(None, "FINANCE", [
                     "It was RESOLVED that the schedule of payments for December 2023 totalling £24,611.37 be "
                     "approved."]),
                 I(None, "DATE OF NEXT MEETING"),
             ]},
            {"body": "Planning Committee", "authority": TC, "date": "2024-01-22", "time": "6.30 pm",
             "venue": "Committee Room, The Guildhall",
             "attendees": [
                 A("Cllr R Oakes", "Chairman", "present"),
                 A("Cllr P Abbott", "Councillor", "present"),
                 A("Cllr L Dacre", "Councillor", "present"),
                 A("Cllr T Quayle", "Councillor", "present"),
                 A("Mr D Ivens", "Deputy Clerk", "in_attendance"),
                 A("Cllr M Ng", "Councillor", "apologies"),
             ],
             "apologies": ["Cllr M Ng"],
             "items_note": "Unnumbered bold capitalised headings. The planning applications table's Comments column "
                           "('No objection.', 'Objection (see below).', 'No objection, subject to ...') holds the "
                           "Committee's observations on each application; they are NOT keyed as decisions (judgement "
                           "call) - the formal decision on 24/00047/FUL follows the table as 'it was RESOLVED ...'.",
             "items": [
                 I(None, "APOLOGIES FOR ABSENCE", ["It was RESOLVED that the apologies from Cllr Ng be accepted."]),
                 I(None, "DECLARATIONS OF INTEREST"),
                 I(None, "PLANNING APPLICATIONS", [
                     "it was RESOLVED to object to the application on the grounds of flood risk, the inadequacy of "
                     "the access onto Mill Lane and the loss of a green space identified in the emerging "
                     "Neighbourhood Plan."], [
                     ACT("The Clerk to submit the Committee’s comments to Wendham District Council by 2 February "
                         "2024.", "Clerk (Deputy Clerk Mr D Ivens attended)", "2024-02-02")]),
                 I(None, "DECISIONS RECEIVED", ["Noted."]),
                 I(None, "NEIGHBOURHOOD PLAN", [
                     "It was RESOLVED to recommend to Full Council that the draft Neighbourhood Plan be published "
                     "for informal consultation in March 2024."], [
                     ACT("Cllr Abbott agreed to circulate the draft to all members before the next meeting.",
                         "Cllr P Abbott", "2024-02-19", due_text="before the next meeting")]),
                 I(None, "DATE OF NEXT MEETING"),
             ]},
        ]},
    "facts": {
        "priority_lists": [], "priority_changes": [], "actions": [],
        "organisations": [
            ORG(TC, ["Council"], "council"),
            ORG("Wendham District Council", [], "council"),
            ORG("Environment Agency", [], "public_body"),
            ORG("Finance and General Purposes Committee", [], "committee", parent=TC),
            ORG("Planning Committee", ["Committee"], "committee", parent=TC),
            ORG("Wendham Youth Football Club", [], "club"),
            ORG("Greenline Grounds Ltd", [], "company"),
            ORG("Wendham Community Transport", [], "charity"),
            ORG("Kingsley Planning Associates", [], "company"),
        ],
        "organisations_note": "not keyed: 'Full Council' (the Town Council itself), King George’s Field, Church Lane "
                              "allotments, The Old Bakery, Station Road garage site (places)",
        "dates": [
            D("Monday 8 January 2024", "2024-01-08", "Full Council meeting date"),
            D("11 December 2023", "2023-12-11", "previous Full Council meeting (minutes approved)"),
            D("31 January 2024", "2024-01-31", "end of Wendham District Council budget consultation"),
            D("April 2024", "2024-04", "weekly food waste collection begins"),
            D("2024/25", "2024-04/2025-03", "precept year"),
            D("26 January 2024", "2024-01-26", "precept demand to be submitted"),
            D("2023 Christmas lights event", "2023", "Christmas lights event reviewed"),
            D("before the March meeting", "2024-03", "quotations for festoon lighting due"),
            D("December 2023", "2023-12", "month of the schedule of payments"),
            D("31 December 2023", "2023-12-31", "bank reconciliation date"),
            D("Monday 12 February 2024", "2024-02-12", "next Full Council meeting"),
            D("Monday 22 January 2024", "2024-01-22", "Planning Committee meeting date"),
            D("2 February 2024", "2024-02-02", "planning comments to be submitted"),
            D("March 2024", "2024-03", "draft Neighbourhood Plan informal consultation"),
            D("Monday 19 February 2024", "2024-02-19", "next Planning Committee meeting"),
        ]},
}

# =============================================================================================
# f. Arunvale Community Safety Partnership Delivery Plan 2024/25
# =============================================================================================
stem = "blind3-uk-arunvale-csp-delivery-plan-2024-06"
CSP = "Arunvale Community Safety Partnership"
PRI_F = ["Tackling serious violence and exploitation", "Reducing anti-social behaviour",
         "Domestic abuse and violence against women and girls", "Road safety"]
Q = {"Q1": ("2024-04", "2024-06"), "Q2": ("2024-07", "2024-09"), "Q3": ("2024-10", "2024-12"), "Q4": ("2025-01", "2025-03")}


def row(text, lead, lead_full, timescale, due, measure, priority):
    return ACT(text, lead, due, owner_full=lead_full, due_text=timescale, measure=measure, priority=priority,
               kind="action_plan_row")


FULL = {"Police": "Sussex Police", "County Council": "West Sussex County Council",
        "District Council": "Arunvale District Council", "Fire and Rescue Service": "West Sussex Fire and Rescue Service",
        "NHS Sussex ICB": "NHS Sussex Integrated Care Board", "Arunvale Homes": "Arunvale Homes"}


def r(text, lead, timescale, due, measure, p):
    return row(text, lead, FULL[lead], timescale, due, measure, PRI_F[p - 1])


DOCS[stem] = {
    "meetings": {
        "components": [{"title": "Arunvale Community Safety Partnership – Partnership Delivery Plan 2024/25",
                        "kind": "action_plan", "first_line": "Partnership Delivery Plan 2024/25"}],
        "meetings": [],
        "note": "A delivery plan, not minutes: no meeting should be read from it ('agreed by the Partnership Board on "
                "13 June 2024' only mentions a meeting)."},
    "facts": {
        "priority_lists": [
            PL(CSP, "Our priorities for 2024/25", "priority", "2024/25", PRI_F,
               note="listed as bullets on page 1 ('Our priorities for 2024/25 are:') and repeated, numbered '1.'-'4.', "
                    "in the spanning Priority column of the four landscape tables on pages 2-3"),
        ],
        "priority_changes": [],
        "actions": [
            r("Refresh the serious violence problem profile and publish the local Serious Violence Duty strategy",
              "Police", "Q3 2024/25", "2024-10/2024-12", "Problem profile refreshed; strategy published", 1),
            r("Roll out the Contextual Safeguarding approach to all secondary schools and colleges in the district",
              "County Council", "March 2025", "2025-03", "Number of schools trained (target: all 9)", 1),
            r("Deliver knife crime awareness sessions in every secondary school during the national weeks of action",
              "Police", "Q1 and Q3 2024/25", "2024-04/2024-12", "Sessions delivered; knives surrendered", 1),
            r("Commission a detached youth outreach service for Littlehaven and Arunvale town centre",
              "District Council", "Q2 2024/25", "2024-07/2024-09", "Contract awarded; young people engaged per quarter", 1),
            r("Hold monthly multi-agency ASB case review meetings for high-risk cases", "District Council", "Ongoing",
              None, "Cases reviewed; repeat victims supported", 2),
            r("Apply Community Protection Notice powers consistently across partners using a shared protocol",
              "District Council", "Ongoing", None, "Number of CPWs and CPNs issued", 2),
            r("Deliver targeted deliberate fire-setting prevention in hotspot areas", "Fire and Rescue Service",
              "Q2 2024/25", "2024-07/2024-09", "Reduction in deliberate secondary fires", 2),
            r("Publicise the ASB Case Review (Community Trigger) at all housing offices", "Arunvale Homes",
              "September 2024", "2024-09", "Leaflet available; case reviews requested", 2),
            r("Re-commission the Independent Domestic Violence Advisor (IDVA) service", "District Council",
              "April 2025", "2025-04", "New contract in place by 1 April 2025", 3),
            r("Train primary care staff to identify and refer patients affected by domestic abuse", "NHS Sussex ICB",
              "March 2025", "2025-03", "Number of GP practices trained", 3),
            r("Complete Domestic Homicide Reviews within statutory timescales and share the learning",
              "District Council", "Ongoing", None, "Reviews completed; learning events held", 3),
            r("Deliver the actions in the Safe Accommodation Strategy for victims and their children",
              "County Council", "Q4 2024/25", "2025-01/2025-03", "Bed spaces available; refuge occupancy", 3),
            r("Deliver road safety education to Year 12 students in all sixth forms", "Fire and Rescue Service",
              "Q3 2024/25", "2024-10/2024-12", "Students reached", 4),
            r("Expand Community Speedwatch to five new villages", "Police", "Ongoing", None,
              "Active Community Speedwatch groups", 4),
            r("Review casualty data for the Littlehaven Road corridor and recommend engineering measures",
              "County Council", "December 2024", "2024-12", "Report to Partnership Board", 4),
            ACT("Progress will be reported to the Partnership Board each quarter, with an end-of-year report to the "
                "District Council’s Overview and Scrutiny Committee in June 2025.", CSP, "2025-06",
                kind="commitment"),
            ACT("The CSP Coordinator will collate progress updates from each lead organisation two weeks before each "
                "Partnership Board meeting.", "CSP Coordinator", None, kind="commitment"),
            ACT("Actions rated red for two consecutive quarters will be escalated to the Chair of the Partnership "
                "Board.", CSP, None, kind="commitment", owner_implied=True),
        ],
        "actions_note": "UK financial-year quarters normalised: Q1 = Apr-Jun, Q2 = Jul-Sep, Q3 = Oct-Dec, Q4 = "
                        "Jan-Mar; 'Ongoing' -> due null. Owners are the Lead column as printed; owner_full expands it "
                        "from the 'Lead organisations' key on page 1.",
        "organisations": [
            ORG(CSP, ["CSP"], "partnership"),
            ORG("Partnership Board", [], "board", parent=CSP),
            ORG("Arunvale District Council", ["District Council"], "council"),
            ORG("West Sussex County Council", ["County Council"], "council"),
            ORG("Sussex Police", ["Police"], "police"),
            ORG("NHS Sussex Integrated Care Board", ["NHS Sussex ICB"], "nhs_body"),
            ORG("West Sussex Fire and Rescue Service", ["Fire and Rescue Service"], "fire_service"),
            ORG("Arunvale Homes", [], "housing_association"),
            ORG("Overview and Scrutiny Committee", [], "committee", parent="Arunvale District Council"),
            ORG("Home Office", [], "government_department"),
        ],
        "organisations_note": "not keyed: Community Speedwatch (a volunteer scheme), IDVA service (a service), CSP "
                              "Coordinator (a post)",
        "dates": [
            D("2024/25", "2024-04/2025-03", "delivery plan period"),
            D("13 June 2024", "2024-06-13", "plan agreed by the Partnership Board"),
            D("June 2024", "2024-06", "date of version 1.2 (running footer)"),
            D("2023–2026", "2023/2026", "Partnership Plan period"),
            D("January 2024", "2024-01", "Strategic Assessment completed"),
            D("June 2025", "2025-06", "end-of-year report to Overview and Scrutiny Committee"),
            D("September 2024", "2024-09", "deadline: ASB Case Review publicity"),
            D("December 2024", "2024-12", "deadline: Littlehaven Road casualty review"),
            D("March 2025", "2025-03", "deadline: Contextual Safeguarding roll-out; primary care training"),
            D("1 April 2025", "2025-04-01", "new IDVA contract in place"),
        ]},
}

# =============================================================================================
# g. Kestrelford Joint Local Health and Wellbeing Strategy 2024-2029
# =============================================================================================
stem = "blind3-uk-kestrelford-hwb-health-wellbeing-strategy-2024-03"
HWB = "Kestrelford Health and Wellbeing Board"


def will(text, due, prio, **extra):
    return ACT(text, HWB, due, kind="commitment", priority=prio, **extra)


P1, P2, P3, P4 = ("Give every child the best start in life", "Help people to live well and stay well",
                  "Improve mental health and wellbeing", "Create healthy places and communities")
END = {"due_text": "strategy end (2029): no date stated"}
DOCS[stem] = {
    "meetings": {
        "components": [{"title": "Kestrelford Joint Local Health and Wellbeing Strategy 2024–2029", "kind": "strategy",
                        "first_line": "Living well in Kestrelford"}],
        "meetings": []},
    "facts": {
        "priority_lists": [
            PL(HWB, "Our priorities ('We have agreed four priorities:')", "priority", "2024-2029", [P1, P2, P3, P4],
               note="numbered 1.-4. on page 2, then each is a section heading 'Priority N: ...' on pages 3-4"),
            PL(HWB, "Our principles", "objective", "2024-2029", [
                "Tackling inequalities in everything we do", "Working with communities, not doing to them",
                "Prevention first", "Using evidence and data to guide our decisions", "Making every contact count"],
               note="roman-numbered i.-v.; kind follows the dev WECA key, which keys 'principles' lists as objective"),
            PL(HWB, "Cross-cutting theme running through all four priorities", "cross_cutting_theme", "2024-2029",
               ["Reducing health inequalities"],
               note="'Reducing health inequalities runs through all four priorities rather than being a priority on "
                    "its own.' (borderline: a one-item list)", borderline=True),
        ],
        "priority_lists_note": "not keyed: the indicator table 'How we will know we are making a difference' "
                               "(measures with baselines and ambitions, not priorities)",
        "priority_changes": [],
        "actions": [
            will("We will increase the proportion of children who are ready for school at age five to the England "
                 "average by 2027.", "2027", P1),
            will("We will open Family Hubs in all four localities, with a single point of access for parents.",
                 "2029", P1, **END),
            will("We will improve uptake of childhood immunisations, focusing on MMR in the Eastgate and Hollins "
                 "wards.", "2029", P1, **END),
            will("We will work with schools to reduce the proportion of children who are overweight or obese in "
                 "Year 6.", "2029", P1, **END),
            will("We will offer an NHS Health Check to 70% of eligible adults over the five years of the strategy.",
                 "2029", P2, **END),
            will("We will reduce smoking prevalence to 5% or below by 2029, with targeted support for routine and "
                 "manual workers.", "2029", P2),
            will("We will publish a borough-wide Physical Activity Plan by March 2025.", "2025-03", P2),
            will("We will expand social prescribing so that people with long-term conditions can get non-medical "
                 "support close to home.", "2029", P2, **END),
            will("We will make the adult healthy weight pathway available in every primary care network.", "2029",
                 P2, **END),
            will("We will publish a Kestrelford Suicide Prevention Action Plan by September 2024.", "2024-09", P3),
            will("We will improve access to talking therapies for men and for people from Black, Asian and minority "
                 "ethnic communities.", "2029", P3, **END),
            will("We will train 1,000 frontline staff and volunteers in mental health first aid.", "2029", P3, **END),
            will("We will use planning policy to limit new hot food takeaways within 400 metres of schools.", "2029",
                 P4, **END),
            will("We will improve the quality of private rented housing, targeting damp and mould.", "2029", P4, **END),
            will("We will increase walking and cycling for short journeys through the Local Cycling and Walking "
                 "Infrastructure Plan.", "2029", P4, **END),
            will("We will develop a Kestrelford Food Strategy with the voluntary and community sector.", "2029", P4,
                 **END),
            ACT("Each priority will have a senior responsible officer and a delivery group that reports to the Board "
                "twice a year.", HWB, None, kind="commitment"),
            ACT("The Board will publish an annual progress report each July, starting in July 2025, and will review "
                "the strategy in 2026/27.", HWB, "2025-07", kind="commitment"),
            ACT("Healthwatch Kestrelford will help us hear directly from residents about whether things are getting "
                "better.", "Healthwatch Kestrelford", None, kind="commitment"),
        ],
        "actions_note": "'We will' bullets under 'What we will do'; due is the date in the bullet, otherwise the "
                        "strategy end year 2029 (as the dev Suffolk key does for its strategy period).",
        "organisations": [
            ORG(HWB, ["Board", "Health and Wellbeing Board"], "board"),
            ORG("Kestrelford Borough Council", [], "council"),
            ORG("NHS Kestrel and Downs Integrated Care Board", ["ICB", "NHS Kestrel and Downs ICB"], "nhs_body"),
            ORG("Kestrelford and Vale Hospitals NHS Foundation Trust", [], "nhs_body"),
            ORG("Kestrelshire Police", [], "police"),
            ORG("Healthwatch Kestrelford", [], "public_body"),
            ORG("Kestrelford Council for Voluntary Service", ["KCVS"], "charity"),
            ORG("NHS England", [], "nhs_body"),
            ORG("Office for Health Improvement and Disparities", ["OHID"], "government_department"),
        ],
        "organisations_note": "the foreword runs in two balanced columns, so 'NHS Kestrel and Downs Integrated Care "
                              "Board (ICB)' and the partner list wrap across the column break. Not keyed: Family "
                              "Hubs, primary care networks (generic services).",
        "dates": [
            D("Published March 2024", "2024-03", "strategy published"),
            D("2024–2029", "2024/2029", "strategy period"),
            D("2019–2023", "2019/2023", "previous Joint Health and Wellbeing Strategy period"),
            D("(JSNA) 2023", "2023", "Joint Strategic Needs Assessment"),
            D("autumn 2023", "2023-09/2023-11", "Board development sessions"),
            D("by 2027", "2027", "school readiness target"),
            D("by 2029", "2029", "smoking prevalence target"),
            D("by March 2025", "2025-03", "Physical Activity Plan published"),
            D("by September 2024", "2024-09", "Suicide Prevention Action Plan published"),
            D("July 2025", "2025-07", "first annual progress report"),
            D("2026/27", "2026-04/2027-03", "strategy review"),
        ]},
}

# =============================================================================================
# h. Harrowden Safer Communities Partnership Annual Progress Report 2023/24
# =============================================================================================
stem = "blind3-uk-harrowden-scp-annual-progress-report-2024-07"
SCP = "Harrowden Safer Communities Partnership"


def prog(domain, number, text, lead, rag, progress, due=None):
    return ACT(text, lead, due, kind="progress_item", domain=domain, number=number, rag=rag, progress=progress)


DA, DB, DC = "Domain A: Protecting vulnerable people", "Domain B: Reducing reoffending", "Domain C: Safer neighbourhoods"
DOCS[stem] = {
    "meetings": {
        "components": [{"title": "Harrowden Safer Communities Partnership – Annual Progress Report 2023/24",
                        "kind": "report", "first_line": "Harrowden Safer Communities Partnership"}],
        "meetings": [],
        "note": "A progress report, not minutes ('Presented to the Partnership Board on 16 July 2024' only mentions "
                "a meeting)."},
    "facts": {
        "priority_lists": [
            PL(SCP, "Partnership Plan 2022–2025 domains", "strategic_priority", "2022-2025",
               ["Protecting vulnerable people", "Reducing reoffending", "Safer neighbourhoods"],
               note="printed as band headings 'Domain A: ...', 'Domain B: ...', 'Domain C: ...' over three tables",
               _probe="Domain A: Protecting vulnerable people"),
            PL(SCP, "Priorities for 2024/25 agreed by the Partnership Board", "priority", "2024/25",
               ["Protecting vulnerable people", "Reducing reoffending", "Safer neighbourhoods", "Tackling hate crime"]),
        ],
        "priority_changes": [
            {"year": "2024/25", "change": "added", "priority": "Tackling hate crime",
             "previously_part_of": "Safer neighbourhoods",
             "text": "Tackling hate crime has been added as a priority for 2024/25. It was previously part of the "
                     "Safer neighbourhoods domain."}],
        "actions": [
            prog(DA, "1", "Establish a multi-agency exploitation hub", "Police", "Green",
                 "The hub went live in September 2023 and has reviewed 146 young people at risk of exploitation."),
            prog(DA, "2", "Expand Independent Domestic Violence Advisor (IDVA) capacity", "OPCC", "Green",
                 "Two additional IDVAs were recruited in November 2023, funded by the OPCC."),
            prog(DA, "3", "Agree a Harrowden multi-agency hoarding protocol", "HBC", "Amber",
                 "The protocol has been drafted, but sign-off has slipped to September 2024 pending legal advice.",
                 "2024-09"),
            prog(DB, "1", "Launch an Integrated Offender Management scheme for neighbourhood crime",
                 "Probation Service", "Green",
                 "58 people were managed under the scheme, with a 31% reduction in proven reoffending."),
            prog(DB, "2", "Provide employment support for people leaving prison", "DWP", "Red",
                 "The prison work coach post was vacant for seven months; recruitment was completed in May 2024."),
            prog(DC, "1", "Reduce deliberate fires through targeted prevention", "HFRS", "Green",
                 "Deliberate secondary fires fell by 22% compared with 2022/23."),
            prog(DC, "2", "Install CCTV at the Northgate underpass", "HBC", "Amber",
                 "Funding was secured from the Home Office Safer Streets Fund; installation is now planned for "
                 "October 2024.", "2024-10"),
            prog(DC, "3", "Establish ward-level community safety panels", "HVA", "Green",
                 "Panels are now running in all 12 wards, with 87 residents taking part."),
            ACT("complete and sign off the hoarding protocol by September 2024 (HBC)", "HBC (Harrowden Borough Council)",
                "2024-09", kind="commitment"),
            ACT("install and commission the Northgate underpass CCTV by December 2024 (HBC)",
                "HBC (Harrowden Borough Council)", "2024-12", kind="commitment"),
            ACT("set up a hate crime reporting centre in each town library by March 2025 (HVA)",
                "HVA (Harrowden Voluntary Action)", "2025-03", kind="commitment"),
            ACT("publish a new Partnership Plan for 2025–2028 by April 2025 (Partnership Board)", "Partnership Board",
                "2025-04", kind="commitment"),
        ],
        "actions_note": "Progress items: numbering restarts in each domain (A1-A3, B1-B2, C1-C3); each row is keyed "
                        "as an action (the plan action) with its lead, RAG and progress sentence as extra fields. "
                        "The four 'In 2024/25 the Partnership will:' dash-bullets are keyed without their trailing "
                        "'; and' / ';' punctuation.",
        "organisations": [
            ORG(SCP, ["Partnership"], "partnership"),
            ORG("Partnership Board", [], "board", parent=SCP),
            ORG("Harrowden Borough Council", ["HBC"], "council"),
            ORG("Harrowdenshire County Council", [], "council"),
            ORG("Harrowdenshire Police", ["Police"], "police"),
            ORG("Office of the Police and Crime Commissioner", ["OPCC"], "public_body"),
            ORG("Harrowdenshire Fire and Rescue Service", ["HFRS"], "fire_service"),
            ORG("The Probation Service", ["Probation Service"], "public_body"),
            ORG("Harrowden and Lyme Integrated Care Board", ["ICB"], "nhs_body"),
            ORG("Department for Work and Pensions", ["DWP"], "government_department"),
            ORG("Harrowden Voluntary Action", ["HVA"], "charity"),
            ORG("Harrowden Homes", [], "housing_association"),
            ORG("Home Office", [], "government_department"),
        ],
        "organisations_note": "partner list is bulleted in two balanced columns; 'the Office of the Police and Crime "
                              "Commissioner (OPCC)' and 'Harrowden and Lyme Integrated Care Board (ICB)' wrap inside "
                              "their column. Not keyed: Safer Streets Fund (a fund).",
        "dates": [
            D("2023/24", "2023-04/2024-03", "year reported on"),
            D("16 July 2024", "2024-07-16", "report presented to the Partnership Board"),
            D("2022–2025", "2022/2025", "Partnership Plan period"),
            D("September 2023", "2023-09", "exploitation hub went live"),
            D("November 2023", "2023-11", "two additional IDVAs recruited"),
            D("September 2024", "2024-09", "hoarding protocol sign-off"),
            D("May 2024", "2024-05", "prison work coach recruitment completed"),
            D("2022/23", "2022-04/2023-03", "comparison year for deliberate fires"),
            D("October 2024", "2024-10", "CCTV installation planned"),
            D("2024 Strategic Assessment", "2024", "strategic assessment informing 2024/25 priorities"),
            D("2024/25", "2024-04/2025-03", "priorities year"),
            D("December 2024", "2024-12", "CCTV installed and commissioned"),
            D("March 2025", "2025-03", "hate crime reporting centres set up"),
            D("April 2025", "2025-04", "new Partnership Plan published"),
            D("2025–2028", "2025/2028", "next Partnership Plan period"),
        ]},
}


# =============================================================================================
def layout_lines(pdf):
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    return [" ".join(l.split()) for l in out.split("\n")]


def find_line(lines, text, words=5, start=1):
    """First line number >= start whose normalised text contains the opening words of text."""
    if not text:
        return None
    probe = " ".join(text.split()[:words])
    for n in range(max(1, start), len(lines) + 1):
        if probe and probe in lines[n - 1]:
            return n
    if words > 2:
        return find_line(lines, text, max(2, words - 2), start)
    probe = " ".join(text.split()[:5])
    for n in range(max(1, start), len(lines)):
        if probe in lines[n - 1] + " " + lines[n]:
            return n  # the opening words wrap onto the next layout line
    return None


def add_lines(body, lines):
    """Fill source_line/start_line, searching forward in document order for components,
    meeting items and their actions (titles such as 'APOLOGIES FOR ABSENCE' recur)."""
    cursor = 1
    for c in body.get("components", []):
        c["start_line"] = find_line(lines, c["first_line"], 8, cursor)
        cursor = (c["start_line"] or cursor) + 1
    cursor = 1
    for m in body.get("meetings", []):
        for item in m.get("items", []):
            n = find_line(lines, item["title"], 5, cursor)
            item["source_line"] = n
            cursor = n or cursor
            for a in item.get("actions", []):
                a["source_line"] = find_line(lines, a["text"], 5, cursor)
    for a in body.get("actions", []):
        a["source_line"] = find_line(lines, a["text"])
    for pl in body.get("priority_lists", []):
        # the first line holding item 1 that is followed (within 12 lines) by item 2
        n, found = 1, None
        while True:
            n = find_line(lines, pl["items"][0], 5, n)
            if n is None or len(pl["items"]) < 2:
                break
            if find_line(lines, pl["items"][1], 5, n + 1) in range(n + 1, n + 13):
                found = n
                break
            n += 1
        pl["source_line"] = found or find_line(lines, pl["items"][0])
        if "_probe" in pl:  # where the list's own opening words differ from its first item
            pl["source_line"] = find_line(lines, pl.pop("_probe"))
    for pc in body.get("priority_changes", []):
        pc["source_line"] = find_line(lines, pc.get("text") or pc["priority"])
    for d in body.get("dates", []):
        d["source_line"] = find_line(lines, d["text"], 8)


def main():
    for stem, parts in DOCS.items():
        pdf = HERE / "pdf" / f"{stem}.pdf"
        lines = layout_lines(pdf)
        for kind in ("meetings", "facts"):
            body = parts[kind]
            add_lines(body, lines)
            data = {"document": f"{stem}.pdf", "line_basis": LINE_BASIS}
            data.update(body)
            (HERE / f"{stem}.{kind}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
            print("wrote", f"{stem}.{kind}.json")


if __name__ == "__main__":
    main()
