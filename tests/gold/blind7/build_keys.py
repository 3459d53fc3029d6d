#!/usr/bin/env python3
"""Write the hand-made answer keys (<stem>.meetings.json / <stem>.facts.json) for the seven blind7 PDFs.
Long decision texts are taken from the drawing modules so that key and PDF cannot drift apart; every judgement
(status, owner, due date, what counts as an item/action/organisation) is made here by hand."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import doc1, doc2, doc3, doc4, doc5, doc6, doc7  # noqa: E402
from keys_common import A, D, O, P, I, PL, write, first_line, line_of  # noqa: E402


def comp(stem, title, kind):
    return [{"title": title, "kind": kind, "first_line": first_line(stem), "start_line": 1}]


def res(lead, lettered):
    return lead + " " + " ".join(lettered)


# ------------------------------------------------------------------ 1 Thornbridge HWB minutes
def key1():
    s = doc1.STEM
    it = {ref: blocks for ref, _, blocks in doc1.ITEMS}

    def resolutions(ref):
        out = []
        for b in it[ref]:
            if b[0] == "res":
                out.append(res(b[1], b[2]))
            elif b[0] == "res1":
                out.append(b[1])
        return out

    def act(ref, initials, owner, due, **kw):
        b = [x for x in it[ref] if x[0] == "act" and x[1] == initials][0]
        return A(s, f"{b[1]} {b[2]}", owner, due, **kw)

    lett = {ref: [x for b in it[ref] if b[0] == "res" for x in b[2]] for ref in it}
    attendees = [
        P("Sarah Pennock", "Chair; Cabinet Member for Adults and Health (Thornbridge Council)", "present"),
        P("Helen Castleford", "Vice-Chair; Place Director (NHS Northshire Integrated Care Board)", "virtual"),
        P("Darren Whitlock", "Cabinet Member for Children and Families (Thornbridge Council)", "apologies"),
        P("Marion Oduya", "Opposition Group Representative (Thornbridge Council)", "present"),
        P("Jane Morrow", "Director of Public Health (Thornbridge Council)", "present"),
        P("Raj Bhandari", "Director of Adult Social Services (Thornbridge Council)", "present"),
        P("Claire Ashdown", "Director of Children's Services (Thornbridge Council)", "apologies"),
        P("Anna Kowal", "Ch Supt; Local Policing Commander (Northshire Police)", "apologies"),
        P("Mark Ellery", "Supt; substitute for Ch Supt Anna Kowal (Northshire Police)", "present"),
        P("Gillian Forsyth", "Manager (Healthwatch Thornbridge)", "present"),
        P("Tariq Mahmood", "Chief Executive (Thornbridge Voluntary Action)", "virtual"),
        P("Leon Price", "Station Manager (Northshire Fire and Rescue Service)", "apologies"),
        P("Owen Tallis", "Consultant in Public Health", "in_attendance"),
        P("Beth Carrow", "Community Safety Manager", "in_attendance"),
        P("Priya Nair", "Democratic Services Officer", "in_attendance"),
    ]
    items = [
        I("HWB/24/12", "Apologies and Substitutions"),
        I("HWB/24/13", "Declarations of Interest"),
        I("HWB/24/14", "Minutes of the Previous Meeting", resolutions("HWB/24/14")),
        I("HWB/24/15", "Joint Health and Wellbeing Strategy 2025–2030: Refresh", resolutions("HWB/24/15"), [
            act("HWB/24/15", "OT", "OT (Owen Tallis)", "2024-09-27"),
            act("HWB/24/15", "GF", "GF (Gillian Forsyth)", "2024-10-04")]),
        I("HWB/24/16", "Household Support Fund and Cost of Living Update", resolutions("HWB/24/16"), [
            A(s, lett["HWB/24/16"][1][4:], "Thornbridge Cost of Living Partnership", "2024-11-27",
              note="request inside resolution (b); 'its next meeting' = 27 November 2024 (HWB/24/19)"),
            act("HWB/24/16", "RB", "RB (Raj Bhandari)", "2024-10-31")]),
        I("HWB/24/17", "Safer Communities: Serious Violence Strategic Needs Assessment", resolutions("HWB/24/17"), [
            act("HWB/24/17", "BC and ME", "BC (Beth Carrow) and ME (Mark Ellery)", "2025-01")]),
        I("HWB/24/18", "Better Care Fund 2024/25: Quarter 1 Return", resolutions("HWB/24/18"), [
            A(s, lett["HWB/24/18"][1][4:], "Director of Adult Social Services", None,
              note="delegation inside resolution (b)")]),
        I("HWB/24/19", "Forward Plan and Date of Next Meeting"),
    ]
    meetings = {"components": comp(s, "Minutes of the Thornbridge Health and Wellbeing Board, 18 September 2024",
                                    "minutes"),
                "meetings": [{
                    "body": "Thornbridge Health and Wellbeing Board", "authority": "Thornbridge Council",
                    "date": "2024-09-18", "time": "2.00 pm",
                    "venue": "Committee Room 2, Thornbridge Civic Centre, Market Street, Thornbridge",
                    "attendees": attendees,
                    "apologies": ["Darren Whitlock", "Claire Ashdown", "Anna Kowal", "Leon Price"],
                    "attendee_note": "Ruled table Name | Organisation | Present/Apologies: '✓' = present, 'A' = "
                                     "apologies, '✓ (MS Teams)' = attended remotely -> virtual. Officers listed in the "
                                     "'In attendance:' sentence below the table -> in_attendance. Ranks (Cllr, Dr, "
                                     "Ch Supt, Supt, Station Manager) moved to role.",
                    "items": items,
                    "items_note": "Items numbered 'HWB/24/12'...'HWB/24/19' (number = the full printed reference). "
                                  "Each 'The Board RESOLVED to:' block with its lettered points (a)(b)(c) is ONE "
                                  "resolution. Action text = the ACTION: line without the 'ACTION:' label."}]}
    pri = ["Best start in life", "Healthy minds, healthy lives", "Healthy homes and places",
           "Ageing well in Thornbridge"]
    facts = {
        "priority_lists": [
            PL(s, "Thornbridge Health and Wellbeing Board",
               "Draft Joint Health and Wellbeing Strategy 2025–2030 priorities", "priority", "2025-2030", pri,
               note="bulleted list inside minute HWB/24/15; runs over the page 1/2 break"),
            PL(s, "Thornbridge Health and Wellbeing Board",
               "Joint Health and Wellbeing Strategy 2025–2030 cross-cutting themes", "cross_cutting_theme",
               "2025-2030", ["Tackling loneliness", "Reducing health inequalities"],
               note="stated in running text: 'will become a cross-cutting theme alongside Reducing health inequalities'"),
        ],
        "priority_changes": [
            {"year": "2025", "change": "added", "priority": "Healthy homes and places",
             "previously_part_of": "Wider determinants of health",
             "note": "housing was part of the Wider determinants of health priority in the 2019–2024 strategy"},
            {"year": "2025", "change": "removed", "priority": "Tackling loneliness", "previously_part_of": None,
             "note": "previously a priority in its own right; becomes a cross-cutting theme"},
        ],
        "actions": [],
        "organisations": [
            O("Thornbridge Council", ["Council"], "council"),
            O("Thornbridge Health and Wellbeing Board", ["Health and Wellbeing Board", "Board"], "board"),
            O("NHS Northshire Integrated Care Board", ["ICB"], "nhs_body"),
            O("Northshire Police", [], "police"),
            O("Healthwatch Thornbridge", ["Healthwatch"], "public_body"),
            O("Thornbridge Voluntary Action", ["TVA"], "charity"),
            O("Northshire Fire and Rescue Service", [], "fire_service"),
            O("Northshire Violence Reduction Unit", ["VRU"], "partnership"),
            O("Department for Work and Pensions", ["DWP"], "government_department"),
            O("NHS England", [], "nhs_body"),
            O("Thornbridge Cost of Living Partnership", [], "partnership"),
        ],
        "dates": [
            D(s, "Wednesday 18 September 2024", "2024-09-18", "meeting date"),
            D(s, "10 July 2024", "2024-07-10", "previous meeting (minutes approved)"),
            D(s, "2025–2030", "2025/2030", "Joint Health and Wellbeing Strategy period"),
            D(s, "2019–2024", "2019/2024", "previous strategy period"),
            D(s, "1 October to 24 November 2024", "2024-10-01/2024-11-24", "public consultation on the draft strategy"),
            D(s, "22 January 2025", "2025-01-22", "Board meeting to adopt the final strategy"),
            D(s, "27 September 2024", "2024-09-27", "deadline: OT to publish consultation"),
            D(s, "4 October 2024", "2024-10-04", "deadline: GF to confirm Healthwatch sessions"),
            D(s, "1 April to 30 September 2024", "2024-04-01/2024-09-30", "Household Support Fund round 5 period"),
            D(s, "31 October 2024", "2024-10-31", "deadline: RB ward-level breakdown"),
            D(s, "January 2025 meeting", "2025-01", "joint knife crime update due"),
            D(s, "30 August 2024", "2024-08-30", "Better Care Fund Q1 return submitted to NHS England"),
            D(s, "2024/25", "2024-04/2025-03", "Better Care Fund year"),
            D(s, "Wednesday 27 November 2024", "2024-11-27", "next meeting"),
        ],
    }
    write(s, meetings, facts)


# ------------------------------------------------------------------ 2 Ravensmere Cabinet record of decisions
def key2():
    s = doc2.STEM
    attendees = [
        P("Amina Yusuf", "Leader of the Council", "present"),
        P("Tom Hartigan", "Deputy Leader and Cabinet Member for Finance and Resources", "present"),
        P("Grace Obi-Lennox", "Cabinet Member for Community Safety and Enforcement", "present"),
        P("Luis Ferreira", "Cabinet Member for Housing and Regeneration", "present"),
        P("Ruth Penhaligon", "Cabinet Member for Children, Schools and Families", "present"),
        P("Kwame Asante", "Cabinet Member for Climate, Transport and Environment", "present"),
        P("Naomi Sterne", "Cabinet Member for Adult Social Care and Health", "apologies"),
        P("Derek Vance", "Leader of the Opposition", "also_present"),
        P("Fatima Rahman", "Chair, Overview and Scrutiny Committee", "also_present"),
        P("Martin Oakes", "Chief Executive", "in_attendance"),
        P("Sonia Petrakis", "Director of Law and Governance", "in_attendance"),
        P("Howard Lyle", "Director of Communities", "in_attendance"),
        P("Janet Quayle", "Director of Housing", "in_attendance"),
        P("Vikram Shah", "Director of Finance", "in_attendance"),
    ]
    d5_2 = ("To delegate authority to the Director of Communities, in consultation with the Cabinet Member for "
            "Community Safety and Enforcement, to make minor amendments to the strategy before publication.")
    d5_3 = "To note that an annual delivery plan will be reported to the Safer Ravensmere Partnership Board each June."
    d7_2 = ("To instruct the Director of Housing to report back to Cabinet on the outcome of the procurement in "
            "June 2025.")
    items = [
        I("5", "Ravensmere Community Safety Strategy 2025–2028", [doc2.D5], [
            A(s, d5_2, "Director of Communities", None),
            A(s, d5_3, None, None, note="recurring commitment (each June); reporting body not named")],
          ref="KD2024/117"),
        I("6", "Ravensmere Town Centre Public Spaces Protection Order", [doc2.D6], ref="KD2024/121"),
        I("7", "Temporary Accommodation Procurement Framework", [doc2.D7], [
            A(s, d7_2, "Director of Housing", "2025-06")], ref="KD2024/109"),
        I("8", "Quarter 2 Budget Monitoring 2024/25", [doc2.D8]),
        I("9", "Ravensmere Leisure Contract Extension (exempt appendix)", [doc2.D9], ref="KD2024/125"),
    ]
    meetings = {"components": comp(s, "Cabinet Record of Decisions, London Borough of Ravensmere, 12 November 2024",
                                    "minutes"),
                "meetings": [{
                    "body": "Cabinet", "authority": "London Borough of Ravensmere", "date": "2024-11-12",
                    "time": "7.00 pm", "venue": "Committee Room 1, Ravensmere Town Hall",
                    "attendees": attendees, "apologies": ["Naomi Sterne"],
                    "attendee_note": "'Councillors present:' comma list with portfolio in brackets -> present; "
                                     "'Apologies:' -> apologies; 'Also present:' -> also_present; 'Officers:' -> "
                                     "in_attendance. 'Councillor' dropped from names.",
                    "items": items,
                    "items_note": "Only agenda items 5-9 are printed as decision blocks (items 1-4 said to be procedural "
                                  "and recorded elsewhere) so they are not keyed. ref = the printed key-decision "
                                  "reference. Resolution = the whole 'Decision:' text incl. its (1)(2)(3) parts; "
                                  "Reasons/Alternatives/Declarations are not resolutions. Delegations/instructions to "
                                  "a named officer are also keyed as actions (without the '(2) ' numeral)."}]}
    facts = {
        "priority_lists": [
            PL(s, "London Borough of Ravensmere", "Ravensmere Community Safety Strategy 2025–2028 priorities",
               "priority", "2025-2028",
               ["reducing violence against women and girls", "tackling anti-social behaviour and neighbourhood crime",
                "preventing youth violence and exploitation", "safer town centres and night-time economy"],
               note="semicolon list inside the Decision text of item 5")],
        "priority_changes": [],
        "actions": [],
        "organisations": [
            O("London Borough of Ravensmere", ["Council"], "council"),
            O("Cabinet", [], "committee", note="Cabinet of the London Borough of Ravensmere"),
            O("Overview and Scrutiny Committee", [], "committee"),
            O("Safer Ravensmere Partnership Board", [], "partnership"),
            O("Metropolitan Police Service", [], "police"),
            O("Ravenlink Leisure Trust", [], "charity"),
        ],
        "dates": [
            D(s, "Tuesday 12 November 2024", "2024-11-12", "meeting date"),
            D(s, "Thursday 14 November 2024", "2024-11-14", "date of publication of the decisions"),
            D(s, "5.00 pm, Thursday 21 November 2024", "2024-11-21", "call-in deadline"),
            D(s, "15 October 2024", "2024-10-15", "previous meeting (minutes)"),
            D(s, "2025–2028", "2025/2028", "Community Safety Strategy period"),
            D(s, "between 1 July and 25 August 2024", "2024-07-01/2024-08-25", "strategy consultation"),
            D(s, "2021–2024", "2021/2024", "previous community safety strategy"),
            D(s, "1 December 2024", "2024-12-01", "PSPO takes effect (three years)"),
            D(s, "30 November 2024", "2024-11-30", "existing PSPO lapses"),
            D(s, "June 2025", "2025-06", "Director of Housing to report back on procurement"),
            D(s, "2024/25", "2024-04/2025-03", "budget monitoring year"),
            D(s, "31 March 2027", "2027-03-31", "end of extended leisure contract"),
            D(s, "since 2022/23", "2022-04/2023-03", "baseline year for nightly-paid accommodation spending (+41%)"),
            D(s, "the 2024 strategic assessment", "2024", "evidence base for the strategy priorities"),
        ],
    }
    write(s, meetings, facts)


# ------------------------------------------------------------------ 3 Maple Hollow Board of Trustees
def key3():
    s = doc3.STEM
    attendees = [
        P("Linda Carraway", "President", "present"),
        P("Paul Brandt", "Trustee", "present"),
        P("Amara Okafor", "Trustee", "present"),
        P("Greg Lindqvist", "Trustee", "present"),
        P("Joanne Kowalczyk", "Trustee", "absent"),
        P("Dennis Roarke", "Village Administrator", "also_present"),
        P("Miriam Feld", "Village Attorney", "also_present"),
        P("Hector Ruiz", "Chief of Police", "also_present"),
        P("Tonya Beale", "Village Clerk (recording)", "also_present"),
    ]
    ti = {t: tm for tm, t, _ in doc3.ITEMS}

    def it(title, resolutions=(), actions=(), ref=None):
        return I(None, title, resolutions, actions, ref=ref, time=ti[title])
    items = [
        it("Call to order and Pledge of Allegiance"),
        it("Public comment"),
        it("Approval of minutes", [doc3.M_MIN]),
        it("Police Department report", [], [
            A(s, "The Board directed Chief Ruiz to return with a traffic-calming proposal for Birch Lane at the "
                 "November 11 meeting.", "Hector Ruiz (Chief of Police)", "2024-11-11"),
            A(s, "A radar speed sign on loan from the New York State Department of Transportation will be installed "
                 "on Birch Lane through November.", None, None)]),
        it("Resolution 2024-41 – Award of bid, Sidewalk Replacement Phase 2", [doc3.M_4141], [
            A(s, "Work on Mill Street and Orchard Terrace is to be complete by May 30, 2025.",
              "Hudson Ridge Paving, Inc.", "2025-05-30", owner_note="contractor awarded the bid")],
          ref="Resolution 2024-41"),
        it("Public hearing – Local Law No. 3 of 2024 (Short-Term Rental Permits)", [doc3.M_LL3]),
        it("Community safety – Neighborhood Watch grant request", [doc3.M_NW], [
            A(s, "Administrator Roarke will prepare the budget review for the November 11 meeting.",
              "Dennis Roarke (Village Administrator)", "2024-11-11")]),
        it("Executive session", [doc3.M_EXEC]),
        it("Adjournment", [doc3.M_ADJ]),
    ]
    meetings = {"components": comp(s, "Village of Maple Hollow Board of Trustees Regular Meeting Minutes, "
                                       "October 14, 2024", "minutes"),
                "meetings": [{
                    "body": "Board of Trustees", "authority": "Village of Maple Hollow", "date": "2024-10-14",
                    "time": "7:00 p.m.", "venue": "Village Hall, 41 Orchard Street",
                    "attendees": attendees, "apologies": [],
                    "attendee_note": "'Present: President A, Trustees B, C, D; Absent: Trustee E' - the plural "
                                     "'Trustees' applies to three names. 'Also Present:' staff -> also_present. "
                                     "'Esq.' dropped from Miriam Feld.",
                    "items": items,
                    "items_note": "Items are time-stamped headings ('7:02 p.m. – Public comment'), not numbered: "
                                  "number null, title = text after the time stamp, extra field 'time'. Each motion "
                                  "sentence incl. the vote tally and 'Motion carried.' is one resolution. The "
                                  "'directed Chief Ruiz' sentence is keyed as an action, not a resolution."}]}
    facts = {
        "priority_lists": [], "priority_changes": [], "actions": [],
        "organisations": [
            O("Village of Maple Hollow", ["Village"], "municipality"),
            O("Board of Trustees", ["Board"], "board", note="Village of Maple Hollow Board of Trustees"),
            O("Police Department", [], "police", note="the village police department; 'Chief of Police'"),
            O("Hudson Ridge Paving, Inc.", [], "company"),
            O("Maple Hollow Neighborhood Watch Association", [], "community_group"),
            O("Ashgrove County Department of Public Works", [], "county_department"),
            O("New York State Department of Transportation", [], "state_agency"),
        ],
        "organisations_note": "Doyle v. Village of Maple Hollow is a lawsuit, not an organisation.",
        "dates": [
            D(s, "Monday, October 14, 2024", "2024-10-14", "meeting date"),
            D(s, "September 23, 2024", "2024-09-23", "previous regular meeting (minutes approved)"),
            D(s, "in September", "2024-09", "police statistics period (212 calls for service)", note="year inferred"),
            D(s, "October 3, 2024", "2024-10-03", "bids received for Sidewalk Replacement Phase 2"),
            D(s, "May 30, 2025", "2025-05-30", "sidewalk work completion deadline"),
            D(s, "November 11, 2024", "2024-11-11", "next meeting (tabled grant request, traffic-calming proposal)"),
        ],
    }
    write(s, meetings, facts)


# ------------------------------------------------------------------ 4 Kilbrannagh Community Alert (IE)
def key4():
    s = doc4.STEM
    attendees = [
        P("Seán Ó Murchú", "chairperson", "present"),
        P("Bridget Kealy", "secretary", "present"),
        P("Declan Furlong", "treasurer", "present"),
        P("Maura Twomey", None, "present"),
        P("Niall Geraghty", None, "present"),
        P("Pat Rooney", "Cllr.", "present"),
        P("Niamh Cosgrave", "Garda; Community Garda, Cloonmore Garda Station", "present"),
        P("Michael Dunne", "Fr.", "apologies"),
        P("Aoife Brennan", None, "apologies"),
    ]
    items = [
        I("1", "Minutes of last meeting", [doc4.R1]),
        I("2", "Matters arising", [], [A(s, doc4.A_DECLAN, "Declan (Declan Furlong)", "2024-03-22")]),
        I("3", "Garda report", [], [A(s, doc4.A_GARDA, "Garda Cosgrave (Niamh Cosgrave)", "2024-04")]),
        I("4", "Text Alert", [doc4.R4], [A(s, doc4.A_BRIDGET, "Bridget (Bridget Kealy)", "2024-03-25")]),
        I("5", "Finance", [doc4.R5]),
        I("6", "Priorities for the year", [doc4.R6]),
        I("7", "Speeding", [], [A(s, doc4.A_ROONEY, "Cllr. Rooney (Pat Rooney)", "2024-03-18")]),
        I("8", "Any other business", [doc4.R8], [
            A(s, doc4.A_MAURA, "Maura (Maura Twomey)", "2024-03-24"),
            A(s, doc4.A_NIALL, "Niall (Niall Geraghty)", "2024-04-04",
              note="'by the next meeting' = Thursday 4th April 2024")]),
        I("9", "Next meeting"),
    ]
    meetings = {"components": comp(s, "Minutes of Kilbrannagh Community Alert Committee, 7 March 2024", "minutes"),
                "meetings": [{
                    "body": "Kilbrannagh Community Alert Committee", "authority": "Kilbrannagh Community Alert",
                    "date": "2024-03-07", "time": "8pm", "venue": "Kilbrannagh Community Centre",
                    "attendees": attendees, "apologies": ["Michael Dunne", "Aoife Brennan"],
                    "attendee_note": "Attendance in one sentence 'Present were ...; apologies were received from ...'. "
                                     "Titles Cllr., Garda, Fr. moved to role.",
                    "items": items,
                    "items_note": "Plain numbered paragraphs, one font, no headings: title = the run-in topic phrase "
                                  "before the first full stop ('Garda report'). 'It was agreed that ...' sentences "
                                  "are the resolutions; 'X to ... by ...' sentences are actions."}]}
    facts = {
        "priority_lists": [
            PL(s, "Kilbrannagh Community Alert Committee", "Committee focus for 2024 ('concentrate on the following "
               "this year')", "focus_area", "2024",
               ["rural burglary and farm theft", "speeding through the village",
                "checking in on older people living alone", "illegal dumping on the bog road"],
               note="run-in comma list inside the 'It was agreed' sentence of item 6")],
        "priority_changes": [], "actions": [],
        "organisations": [
            O("Kilbrannagh Community Alert Committee", ["Kilbrannagh Community Alert", "Community Alert committee",
                                                         "committee"], "community_group"),
            O("Cloonmore County Council", [], "council"),
            O("Cloonmore Municipal District", [], "council"),
            O("An Garda Síochána", [], "police", note="Cloonmore Garda Station is a station of An Garda Síochána"),
            O("IFA", [], "association", note="acronym only in text (Irish Farmers' Association)"),
            O("Alertlink Ireland Ltd.", [], "company"),
            O("Muintir na Tíre", [], "charity"),
            O("Department of Rural and Community Development", [], "government_department"),
            O("Pobal", [], "public_body"),
            O("Kilbrannagh Tidy Towns", ["Tidy Towns"], "community_group"),
        ],
        "organisations_note": "Not keyed: 'the Credit Union' (unnamed), 'the school' (unnamed), Text Alert and Seniors "
                              "Alert Scheme (schemes), Lock Up, Light Up (campaign).",
        "dates": [
            D(s, "Thursday 7th March 2024", "2024-03-07", "meeting date"),
            D(s, "1st February 2024", "2024-02-01", "previous meeting (minutes adopted)"),
            D(s, "22nd March", "2024-03-22", "deadline: Declan to contact council about sign", note="year inferred"),
            D(s, "end of April", "2024-04", "deadline: property marking day"),
            D(s, "1st April", "2024-04-01", "Text Alert subscription due", note="year inferred"),
            D(s, "25th March", "2024-03-25", "deadline: renewal form", note="year inferred"),
            D(s, "18th March", "2024-03-18", "Cloonmore Municipal District meeting", note="year inferred"),
            D(s, "Saturday 13th April", "2024-04-13", "Tidy Towns clean-up", note="year inferred"),
            D(s, "24th March", "2024-03-24", "deadline: parish newsletter notice", note="year inferred"),
            D(s, "Thursday 4th April 2024", "2024-04-04", "next meeting"),
            D(s, "last October", "2023-10", "speed survey carried out", note="relative date"),
            D(s, "for 2024", "2024", "year of the committee's focus areas"),
        ],
    }
    write(s, meetings, facts)


# ------------------------------------------------------------------ 5 Westmarch Police and Crime Plan
def key5():
    s = doc5.STEM
    due = {"By September 2025": "2025-09", "2025/26": "2025-04/2026-03", "By March 2026": "2026-03",
           "Annually, from April 2025": "2025-04", "2025/26 – 2026/27": "2025-04/2027-03",
           "By December 2025": "2025-12", "By April 2026": "2026-04", "By June 2025": "2025-06", "Each July": None}
    rows = [A(s, a, l, due[t], kind="action_plan_row", timescale=t, priority=p) for a, p, l, t in doc5.ACTIONS]
    rows += [
        A(s, "Working with the Westmarch Violence Reduction Partnership, we will intervene earlier and protect those "
             "most at risk.", "Westmarch Police and Crime Commissioner", None, kind="commitment"),
        A(s, "We will work with the Crown Prosecution Service (CPS) and the courts to reduce delays.",
          "Westmarch Police and Crime Commissioner", None, kind="commitment"),
        A(s, "Progress will be reported to the Westmarch Police and Crime Panel every six months.", None, None,
          kind="commitment", owner_implied="Westmarch Police and Crime Commissioner"),
    ]
    meetings = {"components": comp(s, "Westmarch Police and Crime Plan 2025–2029 (published March 2025)", "strategy"),
                "meetings": []}
    facts = {
        "priority_lists": [
            PL(s, "Westmarch Police and Crime Commissioner", "Police and Crime Plan priorities (numbered 01-04)",
               "priority", "2025-2029", [t for _, t, _ in doc5.PRIORITIES],
               note="numerals 01-04 are drawn in coloured circles beside each title"),
            PL(s, "Westmarch Police and Crime Commissioner", "Commitments that run through the plan",
               "cross_cutting_theme", "2025-2029", doc5.CROSS),
        ],
        "priority_lists_note": "The 'What we want to achieve' outcome bullets under each priority are measures of "
                               "success, not priorities/objectives, and are not keyed as lists.",
        "priority_changes": [
            {"year": "2025", "change": "added", "priority": "Making our roads safer",
             "previously_part_of": "Safer Communities",
             "note": "'Road safety was part of the Safer Communities priority in my previous plan'"},
            {"year": "2025", "change": "removed", "priority": "Efficient and effective policing",
             "previously_part_of": None,
             "note": "a priority in the 2021–2024 plan; now one of three cross-cutting commitments"},
        ],
        "actions": rows,
        "organisations": [
            O("Westmarch Police and Crime Commissioner", ["Police and Crime Commissioner"], "public_body"),
            O("Office of the Police and Crime Commissioner", ["OPCC"], "public_body"),
            O("Westmarch Constabulary", [], "police"),
            O("Westmarch Violence Reduction Partnership", ["Westmarch VRP", "Violence Reduction Partnership", "VRP"],
              "partnership"),
            O("Crown Prosecution Service", ["CPS"], "public_body"),
            O("Westmarch Police and Crime Panel", ["Police and Crime Panel"], "public_body"),
            O("Victim Care Westmarch", [], "service_provider"),
            O("Westmarch Safer Roads Partnership", [], "partnership"),
            O("Westmarch Fire and Rescue Service", [], "fire_service"),
            O("Local Criminal Justice Board", [], "partnership"),
        ],
        "dates": [
            D(s, "Published March 2025", "2025-03", "publication"),
            D(s, "2025–2029", "2025/2029", "plan period"),
            D(s, "May 2024", "2024-05", "Commissioner elected"),
            D(s, "between October and December 2024", "2024-10/2024-12", "public consultation"),
            D(s, "4 February 2025", "2025-02-04", "Police and Crime Panel reviewed the draft"),
            D(s, "1 April 2025", "2025-04-01", "plan takes effect"),
            D(s, "2021–2024", "2021/2024", "previous plan period"),
            D(s, "In 2024", "2024", "road casualty figures"),
            D(s, "by 2029", "2029", "target: 20% fewer killed or seriously injured"),
        ],
    }
    write(s, meetings, facts)


# ------------------------------------------------------------------ 6 Harlowe CSP action plan progress
def key6():
    s = doc6.STEM
    due = {"Mar 2025": "2025-03", "Sep 2024": "2024-09", "Q3": "2024-10/2024-12", "Ongoing": None,
           "Jun 2024": "2024-06", "Jul 2024": "2024-07", "Apr 2024": "2024-04", "Nov 2024": "2024-11",
           "Dec 2024": "2024-12", "Q4": "2025-01/2025-03", "Oct 2024": "2024-10"}
    rows = []
    for theme, acts in doc6.THEMES:
        for act, lead, tgt, rag, prog in acts:
            rows.append(A(s, act, lead, due[tgt], kind="action_plan_row", theme=theme, target=tgt, status=rag))
    rows += [
        A(s, "Actions not complete at year end will be carried into the 2025/26 plan, to be agreed by 30 June 2025.",
          None, "2025-06-30", kind="commitment", owner_implied="Harlowe Community Safety Partnership"),
        A(s, "The CSP Board agreed that the two RED actions will be reviewed by the Community Safety Manager and "
             "reported back to the next Board meeting on 17 September 2025.", "Community Safety Manager",
          "2025-09-17", kind="commitment"),
    ]
    meetings = {"components": comp(s, "Harlowe Community Safety Action Plan 2024/25: Year-end Progress Update",
                                    "action_plan"), "meetings": []}
    facts = {
        "priority_lists": [
            PL(s, "Harlowe Community Safety Partnership", "CSP priorities for 2024/25 (themes of the action plan)",
               "priority", "2024/25", [t for t, _ in doc6.THEMES],
               note="'the CSP's five priorities for 2024/25, which form the themes of the table below'; each theme "
                    "is a merged cell spanning its rows; the 3rd theme continues on page 2 with an empty cell")],
        "priority_changes": [],
        "actions": rows,
        "actions_note": "owner = the Lead cell as printed (abbreviations kept: HDC, ECC); due from Target "
                        "(month -> YYYY-MM; Q3/Q4 of 2024/25 -> quarter range; Ongoing -> null); RAG word in 'status'.",
        "organisations": [
            O("Harlowe Community Safety Partnership", ["CSP", "CSP Board"], "partnership"),
            O("Harlowe District Council", ["HDC"], "council"),
            O("Eastmarsh County Council", ["ECC"], "council"),
            O("Eastmarsh Police", [], "police"),
            O("Eastmarsh Violence Reduction Unit", [], "partnership"),
            O("Harlowe Youth Trust", [], "charity"),
            O("Harlowe Women's Aid", [], "charity"),
            O("Harlowe Domestic Abuse Forum", [], "partnership"),
            O("Eastmarsh Combating Drugs Partnership", ["Combating Drugs Partnership"], "partnership"),
            O("Harlowe CVS", [], "charity", note="CVS – Council for Voluntary Service"),
            O("White Ribbon", [], "charity", note="accreditation body ('White Ribbon accreditation')"),
        ],
        "organisations_note": "Council teams in Lead cells (HDC Community Safety Team, HDC Digital Team, HDC HR, ECC "
                              "Public Health ...) are units of HDC/ECC, not separate organisations.",
        "dates": [
            D(s, "1 April 2024 to 31 March 2025", "2024-04-01/2025-03-31", "period covered by the update"),
            D(s, "21 May 2025", "2025-05-21", "update presented to the CSP Board"),
            D(s, "2024/25", "2024-04/2025-03", "action plan year"),
            D(s, "2025/26", "2025-04/2026-03", "next action plan year"),
            D(s, "30 June 2025", "2025-06-30", "2025/26 plan to be agreed"),
            D(s, "17 September 2025", "2025-09-17", "next CSP Board meeting"),
            D(s, "3 June 2024", "2024-06-03", "ASB Case Review online form live"),
            D(s, "25 November 2024", "2024-11-25", "White Ribbon accreditation"),
            D(s, "12–19 October 2024", "2024-10-12/2024-10-19", "Hate Crime Awareness Week programme delivered"),
            D(s, "started 1 April 2024", "2024-04-01", "new domestic abuse outreach contract"),
        ],
    }
    write(s, meetings, facts)


# ------------------------------------------------------------------ 7 Safer Fenmoor strategy on a page
def key7():
    s = doc7.STEM
    own = "Fenmoor Community Safety Partnership"
    how = [A(s, a, own, "2025-03" if "by March 2025" in a else None, kind="action_plan_row",
             owner_note="column 'How we will get there' of the partnership's strategy") for a in doc7.HOW]
    ms_due = {"October 2024": "2024-10", "March 2025": "2025-03", "July 2025": "2025-07", "March 2027": "2027-03"}
    ms = [A(s, t, own, ms_due[d], kind="milestone", milestone_date=d) for d, t in doc7.MILESTONES if d in ms_due]
    extra = [A(s, "We will track these measures and publish them each year:", own, None, kind="commitment"),
             A(s, "The Board reports each year to the Fenmoor Overview and Scrutiny Panel and to the Southfen Police "
                  "and Crime Commissioner.", "Fenmoor CSP Board", None, kind="commitment")]
    meetings = {"components": comp(s, "Safer Fenmoor Strategy 2024–2027 – strategy on a page (July 2024)",
                                    "strategy"), "meetings": []}
    facts = {
        "priority_lists": [PL(s, own, "Our priorities", "priority", "2024-2027", doc7.PRIORITIES,
                              note="middle column of three; lines interleave with the other columns in layout text")],
        "priority_lists_note": "'How we will know it is working' bullets are success measures, not keyed as a list.",
        "priority_changes": [],
        "actions": how + ms + extra,
        "organisations": [
            O(own, ["Fenmoor CSP", "Fenmoor CSP Board"], "partnership"),
            O("Fenmoor District Council", [], "council"),
            O("Southfen Constabulary", [], "police"),
            O("Southfen Fire and Rescue Service", [], "fire_service"),
            O("NHS Fenlands Integrated Care Board", [], "nhs_body"),
            O("The Probation Service", [], "public_body"),
            O("Fenmoor Housing Association", [], "housing_association"),
            O("Fenmoor CVS", [], "charity"),
            O("Safer Fenmoor Delivery Group", [], "partnership"),
            O("Fenmoor Overview and Scrutiny Panel", [], "committee"),
            O("Southfen Police and Crime Commissioner", [], "public_body"),
        ],
        "organisations_note": "Not keyed: Fenmoor Community Champions network (volunteer scheme), Safer Streets fund, "
                              "Operation Encompass (schemes).",
        "dates": [
            D(s, "July 2024", "2024-07", "publication"),
            D(s, "2024–2027", "2024/2027", "strategy period"),
            D(s, "9 July 2024", "2024-07-09", "strategy adopted by the Fenmoor CSP Board"),
            D(s, "October 2024", "2024-10", "Year 1 delivery plan published"),
            D(s, "by March 2025", "2025-03", "ASB problem-solving hubs set up"),
            D(s, "July 2025", "2025-07", "first annual review"),
            D(s, "March 2027", "2027-03", "strategy ends"),
            D(s, "2024 strategic assessment", "2024", "evidence base"),
        ],
    }
    write(s, meetings, facts)


if __name__ == "__main__":
    for k in (key1, key2, key3, key4, key5, key6, key7):
        k()
    print("keys written")
