#!/usr/bin/env python3
"""Write the blind4 answer keys (STEM.meetings.json and STEM.facts.json) per GOLD_SCHEMA.md.

Keys were written by hand from the text of the PDFs drawn by make.py; this script only
serialises them (so they can be edited in one place). Run check.py afterwards.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINE_BASIS = "no source_line values are keyed (synthetic PDFs drawn by make.py); every keyed text occurs in the pdfplumber text, see check.py"


def A(name, role, status):
    return {"name": name, "role": role, "status": status}


def I(number, title, resolutions=(), actions=(), ref=None, **extra):
    d = {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}
    d.update(extra)
    return d


def ACT(text, owner, due, **extra):
    d = {"text": text, "owner": owner, "due": due}
    d.update(extra)
    return d


def O(name, aliases=(), type_=None, **extra):
    d = {"name": name, "aliases": list(aliases), "type": type_}
    d.update(extra)
    return d


def D(text, iso, what, **extra):
    d = {"text": text, "iso": iso, "what": what}
    d.update(extra)
    return d


def write(stem, meetings_doc, facts_doc):
    pdf = stem + ".pdf"
    m = {"document": pdf, "line_basis": LINE_BASIS}
    m.update(meetings_doc)
    f = {"document": pdf, "line_basis": LINE_BASIS}
    f.update(facts_doc)
    (HERE / f"{stem}.meetings.json").write_text(json.dumps(m, indent=2, ensure_ascii=False) + "\n")
    (HERE / f"{stem}.facts.json").write_text(json.dumps(f, indent=2, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------- a
def key_a():
    stem = "blind4-uk-harrowdale-mbc-cabinet-minutes-2024-09-04"
    att = [
        A("Sarah Pemberton", "Chair", "present"),
        A("Imran Aziz", "Cabinet Member for Finance and Corporate Services", "present"),
        A("Joanne Blythe", "Cabinet Member for Communities and Customer Services", "present"),
        A("Keith Dransfield", "Councillor (left for minute CAB.47)", "present"),
        A("Tahira Malik", "Cabinet Member for Regeneration and Planning", "present"),
        A("Gareth Owusu", "Councillor", "present"),
        A("Philip Crowther", "Leader of the Opposition", "also_present"),
        A("Helen Marsden", "Chair of the Overview and Scrutiny Management Committee", "also_present"),
        A("Alison Fairclough", "Chief Executive", "in_attendance"),
        A("David Nwosu", "Strategic Director of Resources and Section 151 Officer", "in_attendance"),
        A("Rebecca Holt", "Director of Legal and Governance and Monitoring Officer", "in_attendance"),
        A("Martin Sheard", "Strategic Director of Place", "in_attendance"),
        A("Lucy Chen", "Democratic Services Officer", "in_attendance"),
        A("Nadeem Rafiq", "Cabinet Member for Adult Social Care and Health", "apologies"),
    ]
    items = [
        I("CAB.41", "Apologies for Absence"),
        I("CAB.42", "Declarations of Interest"),
        I("CAB.43", "Minutes of the Previous Meeting", [
            "That the minutes of the meeting held on 24th July, 2024 be approved as a correct record and signed by the Chair."]),
        I("CAB.44", "Public Questions"),
        I("CAB.45", "Revenue and Capital Budget Monitoring 2024/25 – Quarter 1", [
            "That the forecast revenue overspend of £3.2m for 2024/25 as at Quarter 1 be noted.",
            "That the revised capital programme for 2024/25 of £86.4m, as set out in Appendix B to the report, be approved.",
            "That the Strategic Director of Resources be requested to submit a financial recovery plan to the meeting of Cabinet on 6th November, 2024."],
          [ACT("That the Strategic Director of Resources be requested to submit a financial recovery plan to the meeting of Cabinet on 6th November, 2024.",
               "Strategic Director of Resources (David Nwosu)", "2024-11-06", note="resolution (3) is also an action")]),
        I("CAB.46", "Harrowdale Local Plan 2024–2041 – Publication (Regulation 19) Draft", [
            "That the Harrowdale Local Plan 2024–2041 Publication Draft be approved for a six-week period of representations commencing on 23rd September, 2024.",
            "That the Plan be recommended to Council on 18th September, 2024 for approval for submission to the Secretary of State.",
            "That the Strategic Director of Place, in consultation with the Cabinet Member for Regeneration and Planning, be authorised to make minor amendments to the Plan prior to publication."]),
        I("CAB.47", "Leisure Services Contract Extension", [
            "That the management agreement with Harrowdale Leisure Trust be extended for a period of two years from 1st April, 2025 to 31st March, 2027, on the terms set out in the report."],
          [ACT("The Strategic Director of Place was asked to report back to Cabinet with a draft Leisure Facilities Strategy by March 2025.",
               "Strategic Director of Place (Martin Sheard)", "2025-03")]),
        I("CAB.48", "Household Support Fund – October 2024 to March 2025", [
            "That the allocation of the Household Support Fund grant of £3.9m as set out in Table 1 of the report be approved.",
            "That authority be delegated to the Director of Communities, in consultation with the Cabinet Member for Communities and Customer Services, to vary the allocations between schemes in response to demand."]),
        I("CAB.49", "Exclusion of the Public", [
            "That, under Section 100A(4) of the Local Government Act 1972, the public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act."]),
        I("CAB.50", "Acquisition of Land at Brook Lane, Harrowdale (Exempt Item)", [
            "That the recommendations set out in the exempt report be approved."]),
    ]
    meetings = {
        "components": [{"title": "Minutes of the Cabinet, Harrowdale Metropolitan Borough Council, 4 September 2024",
                        "kind": "minutes", "first_line": "CABINET"}],
        "meetings": [{
            "body": "Cabinet", "authority": "Harrowdale Metropolitan Borough Council", "date": "2024-09-04",
            "time": "10.00 am",
            "venue": "Council Chamber, Harrowdale Town Hall, Crossgate, Harrowdale, HD1 1UJ",
            "attendees": att, "apologies": ["Nadeem Rafiq"],
            "attendee_note": "Run-on 'Present:' (Chair first, then 'Councillors A, B ... and F'), 'Also in attendance:' (non-Cabinet councillors -> also_present) and 'Officers:' (-> in_attendance). Apologies appear only inside minute CAB.41. Portfolio roles come from the body text (CAB.45, CAB.46, CAB.48).",
            "items_note": "ModernGov layout: minute number 'CAB.NN' in a hanging left margin, bold title. Multi-part decisions are printed '(1) That ...', '(2) That ...' under 'Decision: RESOLVED:'; each part is keyed as one resolution without its '(n)' and without the 'RESOLVED:' label. 'Reasons for decision' / 'Alternative options considered' are sub-headings, not items. Running header and 'Page N' footer on every page.",
            "items": items}],
    }
    facts = {
        "priority_lists": [], "priority_changes": [], "actions": [],
        "organisations": [
            O("Harrowdale Metropolitan Borough Council", ["Council"], "council"),
            O("Cabinet", [], "committee", parent="Harrowdale Metropolitan Borough Council", note="the meeting body"),
            O("Overview and Scrutiny Management Committee", [], "committee", parent="Harrowdale Metropolitan Borough Council"),
            O("Harrowdale Leisure Trust", [], "charity"),
            O("Department for Work and Pensions", ["DWP"], "government_department"),
            O("Planning Inspectorate", [], "public_body"),
        ],
        "organisations_note": "'Secretary of State' (an office holder) and the venue 'Harrowdale Town Hall' are not organisations.",
        "dates": [
            D("Wednesday, 4th September, 2024", "2024-09-04", "meeting date"),
            D("24th July, 2024", "2024-07-24", "previous meeting (minutes approved)"),
            D("30th June, 2024", "2024-06-30", "end of Quarter 1 (budget monitoring position date)"),
            D("2024/25", "2024-04/2025-03", "financial year of budget monitoring"),
            D("6th November, 2024", "2024-11-06", "Cabinet meeting to receive the financial recovery plan"),
            D("29th August, 2024", "2024-08-29", "Overview and Scrutiny Management Committee considered the draft Local Plan"),
            D("2024–2041", "2024-01/2041-12", "Local Plan period"),
            D("23rd September, 2024", "2024-09-23", "start of six-week Regulation 19 representations period"),
            D("18th September, 2024", "2024-09-18", "Council meeting to approve Local Plan submission"),
            D("March 2025", "2025-03", "draft Leisure Facilities Strategy due"),
            D("1st April, 2025 to 31st March, 2027", "2025-04-01/2027-03-31", "Harrowdale Leisure Trust agreement extension period"),
            D("1st October, 2024 to 31st March, 2025", "2024-10-01/2025-03-31", "Household Support Fund extension period"),
            D("13th September, 2024", "2024-09-13", "decisions come into force unless called in"),
        ],
    }
    write(stem, meetings, facts)


# ---------------------------------------------------------------------------- b
def key_b():
    stem = "blind4-uk-glenmorven-cpp-board-minutes-2024-06-12"
    att = [
        A("Fiona MacLeod", "Chair; Leader, Glenmorven Council", "present"),
        A("Alasdair Munro", "Councillor, Glenmorven Council", "present"),
        A("Morag Sinclair", "Chief Executive, Glenmorven Council", "present"),
        A("Gordon Baird", "Chief Superintendent, Police Scotland", "present"),
        A("Lorna Fraser", "Area Commander, Scottish Fire and Rescue Service", "present"),
        A("Ewan Mackay", "Director of Public Health, NHS Glenmorven", "present"),
        A("Kirsty Urquhart", "Glenmorven Third Sector Interface", "present"),
        A("Duncan Ross", "Skills Development Scotland", "present"),
        A("Shona McAllister", "Glenmorven College", "present"),
        A("Iain Chisholm", "Community Planning Manager, Glenmorven Council", "present"),
        A("Rachel Dunbar", "Glenmorven Council (Minute)", "present"),
        A("Callum Grant", "Councillor, Glenmorven Council", "apologies"),
        A("Anne Menzies", "Professor, University of the Highlands and Islands", "apologies"),
        A("Hamish Reid", "Highlands and Islands Enterprise", "apologies"),
    ]
    items = [
        I("1", "Welcome and Apologies"),
        I("2", "Minute of Previous Meeting and Action Tracker", [
            "to approve the minute of the meeting held on 13 March 2024; and",
            "to note the update on the action tracker."]),
        I("3", "Local Outcomes Improvement Plan 2023–2033: Annual Report 2023/24", [
            "to approve the LOIP Annual Report 2023/24 for publication, subject to minor amendments delegated to the Community Planning Manager;",
            "that the three LOIP priorities remain unchanged for 2024/25; and",
            "to request a focused report on positive destinations for school leavers at the December meeting."],
          [ACT("Finalise and publish the LOIP Annual Report 2023/24 on the CPP website", "Iain Chisholm", "2024-09-30", code="1"),
           ACT("Provide further analysis of school leaver destinations data", "Duncan Ross", "2024-09", code="2"),
           ACT("Prepare focused report on positive destinations for school leavers for the December Board", "Community Planning Manager", "2024-12", code="3")]),
        I("4", "Local Child Poverty Action Report 2023/24", [
            "to endorse the Local Child Poverty Action Report 2023/24 for submission to the Scottish Government by 30 June 2024; and",
            "to establish a short-life working group on rural transport and child poverty, to be chaired by the Third Sector Interface."],
          [ACT("Submit Local Child Poverty Action Report 2023/24 to the Scottish Government", "Morag Sinclair", "2024-06-30", code="4"),
           ACT("Convene short-life working group on rural transport and child poverty", "Kirsty Urquhart", "2024-08", code="5")]),
        I("5", "Community Justice Outcome Improvement Plan Update", ["to note the update."]),
        I("6", "UK Shared Prosperity Fund: 2024/25 Allocations", [
            "to approve the proposed allocation of the 2024/25 UK Shared Prosperity Fund as set out in the report."]),
        I("7", "Partner Updates", [],
          [ACT("Circulate SFRS Strategic Service Review consultation link to all partners", "Lorna Fraser", "2024-06-21", code="6")]),
        I("8", "Any Other Competent Business"),
        I("9", "Date of Next Meeting"),
    ]
    meetings = {
        "components": [{"title": "Minute of the Glenmorven Community Planning Partnership Board, 12 June 2024",
                        "kind": "minutes", "first_line": "Glenmorven Community Planning Partnership"}],
        "meetings": [{
            "body": "Community Planning Partnership Board", "authority": "Glenmorven Community Planning Partnership",
            "date": "2024-06-12", "time": "10.00am", "venue": "Council Chamber, Glenmorven House, Kirkton",
            "attendees": att, "apologies": ["Callum Grant", "Anne Menzies", "Hamish Reid"],
            "attendee_note": "Meeting | Date | Venue | Chair header table, then 'Attendees' and 'Apologies' as Name | Organisation tables. Ranks/titles (Cllr, Chief Superintendent, Area Commander, Dr, Professor) are moved from the name to the role. The minute-taker (Rachel Dunbar, '(Minute)') is listed among Attendees and keyed present.",
            "items_note": "Items '1.'..'9.' are bold headings; '2.1', '3.2' etc. are numbered paragraphs, NOT items. Decisions are the bullets after 'The Board agreed:', keyed verbatim including trailing '; and'. Actions come only from the closing Action Tracker table (No. | Action | Lead | Due | Status); each row is keyed under the item it arose from, code = the row's No.",
            "items": items}],
    }
    facts = {
        "priority_lists": [{
            "owner": "Glenmorven Community Planning Partnership",
            "name": "LOIP priorities (Local Outcomes Improvement Plan 2023–2033)",
            "kind": "priority", "period": "2023-2033",
            "items": ["Tackling poverty and inequality",
                      "Improving health and wellbeing across the life course",
                      "Creating resilient and sustainable communities"],
            "note": "bullets under paragraph 3.2 inside minute item 3; the Board agreed they remain unchanged for 2024/25"}],
        "priority_changes": [],
        "priority_changes_note": "the Board agreed 'that the three LOIP priorities remain unchanged for 2024/25' - no change, so nothing keyed",
        "actions": [],
        "organisations": [
            O("Glenmorven Community Planning Partnership", ["CPP", "Community Planning Partnership Board", "Partnership"], "partnership"),
            O("Glenmorven Council", ["Council"], "council"),
            O("Police Scotland", [], "police"),
            O("Scottish Fire and Rescue Service", ["SFRS"], "fire_service"),
            O("NHS Glenmorven", [], "nhs_body"),
            O("Glenmorven Third Sector Interface", ["Third Sector Interface"], "voluntary_sector"),
            O("Skills Development Scotland", [], "public_body"),
            O("Glenmorven College", [], "college"),
            O("University of the Highlands and Islands", [], "university"),
            O("Highlands and Islands Enterprise", [], "public_body"),
            O("National Records of Scotland", [], "public_body"),
            O("Scottish Government", [], "government"),
            O("Glenmorven Community Justice Partnership", [], "partnership"),
            O("Employability Partnership", [], "partnership", note="named only as 'the Employability Partnership'"),
        ],
        "organisations_note": "'income maximisation service' (a council service) and the funds (UK Shared Prosperity Fund, Scottish Child Payment) are not organisations.",
        "dates": [
            D("Wednesday 12 June 2024", "2024-06-12", "meeting date"),
            D("13 March 2024", "2024-03-13", "previous meeting (minute approved)"),
            D("2023–2033", "2023-01/2033-12", "LOIP period"),
            D("2023/24", "2023-04/2024-03", "year covered by the LOIP annual report and child poverty report"),
            D("2024/25", "2024-04/2025-03", "year of UKSPF allocation; LOIP priorities unchanged"),
            D("30 June 2024", "2024-06-30", "deadline to submit Local Child Poverty Action Report"),
            D("14 August 2024", "2024-08-14", "SFRS Strategic Service Review consultation closes"),
            D("Wednesday 11 September 2024", "2024-09-11", "next Board meeting"),
            D("30 Sept 2024", "2024-09-30", "action 1 due (publish LOIP annual report)"),
            D("Dec 2024", "2024-12", "positive destinations report due (December meeting)"),
            D("21 June 2024", "2024-06-21", "action 6 due"),
        ],
    }
    write(stem, meetings, facts)


# ---------------------------------------------------------------------------- c
def key_c():
    stem = "blind4-us-ashcombe-ma-select-board-minutes-2024-03-11"
    att = [
        A("Linda Whitcomb", "Chair", "present"),
        A("Robert Fessenden", "Vice Chair", "present"),
        A("Maria Castellano", "Clerk", "present"),
        A("Daniel Ruiz", "Town Administrator", "also_present"),
        A("Karen Oakes", "Executive Assistant", "also_present"),
        A("Tom Haskell", "Director of the Department of Public Works (DPW)", "also_present"),
        A("Janet Morrissey", "Police Chief", "also_present"),
    ]
    items = [
        I(None, "CALL TO ORDER"),
        I(None, "PUBLIC COMMENT", [], [
            ACT("Chief Morrissey stated that the Ashcombe Police Department will place the speed trailer on Orchard Hill Road for two weeks and report the results to the Board.",
                "Janet Morrissey (Ashcombe Police Department)", None)]),
        I(None, "APPROVAL OF MINUTES", [
            "Motion: To approve the minutes of the February 26, 2024 regular session as presented. Moved by Mr. Fessenden; Seconded by Ms. Castellano. Vote: 3-0-0, motion passes."]),
        I(None, "ONE-DAY LICENSE – ASHCOMBE HISTORICAL SOCIETY", [
            "Motion: To approve a one-day wine and malt beverages license for the Ashcombe Historical Society for its Spring Social on Saturday, April 20, 2024, from 6:00 PM to 10:00 PM at the Grange Hall, 9 Depot Road. Moved by Ms. Castellano; Seconded by Mr. Fessenden. Vote: 3-0-0, motion passes."]),
        I(None, "PUBLIC HEARING – EVERSOURCE POLE PETITION, WEST STREET", [
            "Motion: To approve the Eversource Energy and Verizon New England Inc. petition for one jointly owned pole on West Street as shown on the plan dated January 30, 2024. Moved by Mr. Fessenden; Seconded by Ms. Castellano. Vote: 3-0-0, motion passes."]),
        I(None, "CHAPTER 90 PAVING PROGRAM – FY2025 ROAD LIST", [
            "Motion: To approve the FY2025 Chapter 90 paving list as presented by the DPW Director. Moved by Mr. Fessenden; Seconded by Ms. Castellano. Vote: 3-0-0, motion passes."], [
            ACT("Mr. Haskell will contact the vendor, Granite Ridge Paving, to confirm unit prices before the bid documents are issued on April 1.",
                "Tom Haskell (DPW Director)", "2024-04-01")]),
        I(None, "TRANSFER STATION STICKER FEE", [
            "Motion: To increase the annual transfer station sticker fee to $175 effective July 1, 2024. Moved by Ms. Castellano; Seconded by Ms. Whitcomb. Vote: 2-1-0, motion passes (Mr. Fessenden opposed)."]),
        I(None, "ANNUAL TOWN MEETING WARRANT", [
            "Motion: To close the warrant for the May 4, 2024 Annual Town Meeting. Moved by Mr. Fessenden; Seconded by Ms. Castellano. Vote: 3-0-0, motion passes."], [
            ACT("The Finance Committee will present its recommendations on the warrant articles at the Board’s March 25 meeting.",
                "Finance Committee", "2024-03-25"),
            ACT("Ms. Oakes will forward the signed warrant to the Town Clerk for posting no later than April 19, 2024.",
                "Karen Oakes (Executive Assistant)", "2024-04-19")]),
        I(None, "OLD BUSINESS – SENIOR CENTER HVAC REPLACEMENT", [
            "The Board agreed by consensus to reject the bid and re-advertise the project."], [
            ACT("Mr. Ruiz will re-advertise the project with a revised scope and report back to the Board by April 8.",
                "Daniel Ruiz (Town Administrator)", "2024-04-08")]),
        I(None, "TOWN ADMINISTRATOR’S REPORT"),
        I(None, "CORRESPONDENCE"),
        I(None, "ADJOURNMENT", [
            "Motion: To adjourn. Moved by Ms. Castellano; Seconded by Mr. Fessenden. Vote: 3-0-0, motion passes."]),
    ]
    meetings = {
        "components": [{"title": "Ashcombe Select Board Meeting Minutes, 11 March 2024", "kind": "minutes",
                        "first_line": "TOWN OF ASHCOMBE, MASSACHUSETTS"}],
        "meetings": [{
            "body": "Ashcombe Select Board", "authority": "Town of Ashcombe", "date": "2024-03-11",
            "time": "6:30 PM", "venue": "Ashcombe Town Hall, Selectmen’s Meeting Room, 24 Common Street",
            "attendees": att, "apologies": [],
            "attendee_note": "'Members present:' and 'Also present:' run-on, 'Name, Role; ...'. 'approximately 15 residents' and the public commenter Paul Guerin / presenter Ellen Marsh are not listed as attendees and not keyed.",
            "items_note": "Unnumbered ALL-CAPS headings are the items (number null). Decisions are the 'Motion: ... Moved by X; Seconded by Y. Vote: n-n-n, motion passes.' paragraphs, keyed whole; plus one consensus decision. 'Meeting adjourned at 8:14 PM.' is not a separate decision. The time '6:45 PM' hearing and header 'Page x of y' / 'Approved: ____' footer are page furniture.",
            "items": items}],
    }
    facts = {
        "priority_lists": [], "priority_changes": [], "actions": [],
        "organisations": [
            O("Town of Ashcombe", ["Town"], "municipality"),
            O("Ashcombe Select Board", ["Select Board", "Board"], "board"),
            O("Ashcombe Community Television", ["ACTV"], "media"),
            O("Ashcombe Police Department", [], "police"),
            O("Ashcombe Historical Society", ["Historical Society", "Society"], "charity"),
            O("Eversource Energy", ["NSTAR Electric Company", "Eversource"], "company", note="'NSTAR Electric Company d/b/a Eversource Energy'"),
            O("Verizon New England Inc.", [], "company"),
            O("Department of Public Works", ["DPW"], "department"),
            O("Massachusetts Department of Transportation", ["MassDOT"], "state_agency"),
            O("Granite Ridge Paving", [], "company"),
            O("Board of Health", [], "board"),
            O("Finance Committee", [], "committee"),
            O("Merrimack Mechanical Inc.", [], "company"),
            O("Executive Office of Technology Services and Security", [], "state_agency"),
            O("Ashcombe Public Library Board of Trustees", [], "board"),
        ],
        "organisations_note": "Town Clerk (an office) and venues (Grange Hall, Senior Center, Town Hall) not keyed.",
        "dates": [
            D("Monday, March 11, 2024", "2024-03-11", "meeting date"),
            D("February 26, 2024", "2024-02-26", "previous regular session (minutes approved)"),
            D("Saturday, April 20, 2024", "2024-04-20", "Historical Society Spring Social (one-day license)"),
            D("January 30, 2024", "2024-01-30", "date of the pole petition plan"),
            D("FY2025", "2024-07/2025-06", "Chapter 90 paving list fiscal year (Massachusetts FY July-June)"),
            D("April 1", "2024-04-01", "bid documents issued", note="year inferred"),
            D("July 1, 2024", "2024-07-01", "transfer station sticker fee increase effective"),
            D("Saturday, May 4, 2024", "2024-05-04", "Annual Town Meeting"),
            D("March 25", "2024-03-25", "next Board meeting (Finance Committee recommendations)", note="year inferred"),
            D("April 19, 2024", "2024-04-19", "deadline for posting the warrant"),
            D("April 8", "2024-04-08", "HVAC re-advertisement report due", note="year inferred"),
            D("April 26", "2024-04-26", "Annual Town Report available", note="year inferred"),
        ],
    }
    write(stem, meetings, facts)


# ---------------------------------------------------------------------------- d
def key_d():
    stem = "blind4-ie-kilbarra-coco-spc-minutes-2024-09-18"
    att = [
        A("Siobhán Nolan", "Cathaoirleach", "present"),
        A("Pádraig Ó Conaill", "Councillor", "present"),
        A("Michael Brennan", "Councillor", "present"),
        A("Aoife Delaney", "Councillor", "present"),
        A("Declan Furlong", "Councillor", "present"),
        A("Ciarán Walsh", "Kilbarra Public Participation Network (sectoral member)", "present"),
        A("Gráinne Hennessy", "Construction Industry Federation (sectoral member)", "present"),
        A("Liam Doyle", "Irish Farmers’ Association (sectoral member)", "present"),
        A("Eoin Kavanagh", "Director of Services", "in_attendance"),
        A("Niamh Ryan", "Senior Planner", "in_attendance"),
        A("Seán Dunne", "Senior Executive Officer, Housing", "in_attendance"),
        A("Eimear Cleary", "Head of Enterprise, Local Enterprise Office", "in_attendance"),
        A("Orla Fitzgerald", "Meetings Administrator", "in_attendance"),
        A("Tom Kinsella", "Councillor", "apologies"),
    ]
    items = [
        I("SPC/24/029", "Adoption of Minutes", [
            "Proposed by Cllr Aoife Delaney, seconded by Cllr Michael Brennan, and agreed that the minutes of the meeting held on 12th June 2024 be confirmed as a true record."]),
        I("SPC/24/030", "Matters Arising", [], [
            ACT("Action: Senior Planner to circulate a briefing note on the Residential Zoned Land Tax annual map review to members by end of October.",
                "Senior Planner (Niamh Ryan)", "2024-10-31"),
            ACT("Action: Senior Executive Officer, Housing to present an update on the Derelict Sites Register at the next meeting.",
                "Senior Executive Officer, Housing (Seán Dunne)", "2024-12-04"),
            ACT("Action: Director of Services to write to Uisce Éireann regarding the taking in charge of the wastewater treatment plant at Ballyrowan Meadows by 15th October 2024.",
                "Director of Services (Eoin Kavanagh)", "2024-10-15")]),
        I("SPC/24/031", "Kilbarra County Development Plan 2022–2028: Two-Year Progress Report", [
            "Proposed by Cllr Pádraig Ó Conaill, seconded by Cllr Declan Furlong, and agreed that the Committee recommend the Two-Year Progress Report to the full Council for noting."], [
            ACT("Action: Senior Planner to present the Two-Year Progress Report to the October meeting of Kilbarra County Council.",
                "Senior Planner (Niamh Ryan)", "2024-10"),
            ACT("A copy of the report will also be forwarded to the Office of the Planning Regulator.", None, None,
                note="passive 'will' commitment, owner not stated")]),
        I("SPC/24/032", "Housing Delivery Action Plan 2022–2026: Progress Update", ["The Committee noted the report."]),
        I("SPC/24/033", "Draft Policy on Vacant Property Refurbishment Grant (Croí Cónaithe)", [
            "Proposed by Cllr Michael Brennan, seconded by Mr Ciarán Walsh, and agreed that the draft policy be recommended to the full Council for adoption."]),
        I("SPC/24/034", "Local Enterprise Office Update", ["The update was noted."]),
        I("SPC/24/035", "Any Other Business", [
            "The Cathaoirleach agreed that the matter be placed on the agenda for the next meeting."], [
            ACT("Action: Meetings Administrator to include exempted development for agricultural structures on the agenda for the next meeting.",
                "Meetings Administrator (Orla Fitzgerald)", "2024-12-04")]),
    ]
    meetings = {
        "components": [{"title": "Minutes of the Planning, Economic Development and Housing Strategic Policy Committee, Kilbarra County Council, 18 September 2024",
                        "kind": "minutes", "first_line": "KILBARRA COUNTY COUNCIL"}],
        "meetings": [{
            "body": "Planning, Economic Development and Housing Strategic Policy Committee",
            "authority": "Kilbarra County Council", "date": "2024-09-18", "time": "11.00 a.m.",
            "venue": "Council Chamber, Áras an Chontae, Kilbarra",
            "attendees": att, "apologies": ["Tom Kinsella"],
            "attendee_note": "Single run-on paragraph 'In attendance: Cllrs A (Cathaoirleach), B, C, D and E; Mr X (Org), ...'. JUDGEMENT CALL: the label 'In attendance' here introduces the committee's own members (councillors and sectoral representatives), so they are keyed 'present'; the separate 'Officials:' list is keyed 'in_attendance'.",
            "items_note": "Items are numbered 'SPC/24/029' ... 'SPC/24/035' (number keyed as printed, no ref). Decisions are 'Proposed by Cllr X, seconded by Cllr Y, and agreed that ...' sentences and 'The Committee noted the report.' / 'The update was noted.'. Actions are indented bold-italic 'Action: <owner> to ... [by ...]' lines; 'Date of Next Meeting' is a bold run-in paragraph, not a numbered item.",
            "items": items}],
    }
    facts = {
        "priority_lists": [], "priority_changes": [], "actions": [],
        "organisations": [
            O("Kilbarra County Council", ["Council"], "council"),
            O("Planning, Economic Development and Housing Strategic Policy Committee", ["Committee", "Planning, Economic Development and Housing SPC"], "committee", parent="Kilbarra County Council"),
            O("Kilbarra Public Participation Network", [], "network"),
            O("Construction Industry Federation", [], "trade_association"),
            O("Irish Farmers’ Association", [], "trade_association"),
            O("Local Enterprise Office Kilbarra", ["Local Enterprise Office"], "public_body"),
            O("Uisce Éireann", [], "public_body"),
            O("Office of the Planning Regulator", [], "regulator"),
            O("Department of Housing, Local Government and Heritage", [], "government_department"),
        ],
        "organisations_note": "schemes/plans (Housing for All, Croí Cónaithe, Residential Zoned Land Tax) and the venue Áras an Chontae are not organisations.",
        "dates": [
            D("Wednesday, 18th September 2024", "2024-09-18", "meeting date"),
            D("12th June 2024", "2024-06-12", "previous meeting (minutes confirmed)"),
            D("February 2025", "2025-02", "annual draft Residential Zoned Land Tax map published"),
            D("end of October", "2024-10-31", "briefing note on RZLT map review due", note="year inferred"),
            D("15th October 2024", "2024-10-15", "letter to Uisce Éireann due"),
            D("2022–2028", "2022-01/2028-12", "Kilbarra County Development Plan period"),
            D("October meeting", "2024-10", "Two-Year Progress Report to full Council"),
            D("2022–2026", "2022-01/2026-12", "Housing Delivery Action Plan period"),
            D("end of June 2024", "2024-06-30", "housing delivery figures position date"),
            D("3rd to 7th March 2025", "2025-03-03/2025-03-07", "Local Enterprise Week"),
            D("Wednesday, 4th December 2024", "2024-12-04", "next meeting"),
        ],
    }
    write(stem, meetings, facts)


# ---------------------------------------------------------------------------- e
def key_e():
    stem = "blind4-uk-eastmere-csp-partnership-plan-2024-04"
    owner = "Safer Eastmere Partnership"
    rows = [  # (objective, what we will do, lead, when, due)
        (1, "Reduce repeat anti-social behaviour in hotspot areas",
         "Run multi-agency problem-solving plans in the three highest-demand wards, including Eastmere town centre",
         "Eastmere Borough Council", "From June 2024", "2024-06"),
        (1, "Improve the response to victims of ASB",
         "Introduce a single ASB Case Review (Community Trigger) process across partners",
         "Northshire Police", "September 2024", "2024-09"),
        (1, "Increase diversionary activity for young people",
         "Commission youth outreach sessions in Harbourside and Millfield on Friday and Saturday evenings",
         "Eastmere Youth Justice Service", "2024/25", "2025-03"),
        (2, "Meet the requirements of the Serious Violence Duty",
         "Refresh the Eastmere serious violence strategic needs assessment and response strategy",
         "Eastmere Borough Council", "January 2025", "2025-01"),
        (2, "Reduce knife crime among young people",
         "Deliver knife crime awareness sessions in all secondary schools", "Northshire Police", "By July 2025", "2025-07"),
        (2, "Reduce violence in the night-time economy",
         "Work with licensed premises to achieve Purple Flag accreditation for Eastmere town centre",
         "Eastmere Borough Council", "March 2026", "2026-03"),
        (3, "Improve support for victims and their children",
         "Recommission the Eastmere domestic abuse outreach and IDVA service", "Northshire County Council", "April 2025", "2025-04"),
        (3, "Hold perpetrators to account",
         "Expand the perpetrator behaviour change programme to accept self-referrals", "The Probation Service", "2025/26", "2026-03"),
        (3, "Embed learning from Domestic Homicide Reviews",
         "Deliver a training programme for frontline staff on the lessons from local reviews", "Safer Eastmere Partnership", "Ongoing", None),
        (4, "Identify exploitation earlier",
         "Establish a multi-agency exploitation panel for children and adults", "Northshire County Council", "October 2024", "2024-10"),
        (4, "Disrupt county lines activity",
         "Carry out joint operations to close down county lines operating in Eastmere", "Northshire Police", "Ongoing", None),
        (4, "Protect vulnerable people from harm in their homes",
         "Deliver Safe and Well visits to people referred by partners as vulnerable",
         "Northshire Fire and Rescue Service", "2024–2027", "2027"),
    ]
    prios = ["Reducing anti-social behaviour and its impact on communities",
             "Tackling serious violence and knife crime",
             "Domestic abuse and violence against women and girls",
             "Preventing exploitation and protecting vulnerable people"]
    plists = [{
        "owner": owner, "name": "Our priorities for 2024–2027", "kind": "priority", "period": "2024-2027",
        "items": prios, "note": "numbered list 1.-4.; each priority then heads its own section 'Priority N: ...'"},
        {"owner": owner, "name": "Cross-cutting themes (apply to every priority)", "kind": "cross_cutting_theme",
         "period": "2024-2027",
         "items": ["early intervention and prevention", "listening to and engaging with communities",
                   "making the best use of data and intelligence"],
         "note": "run-on in one sentence separated by semicolons, not a bulleted list"}]
    for n in range(1, 5):
        plists.append({"owner": owner, "name": f"Priority {n} objectives ({prios[n - 1]})", "kind": "objective",
                       "period": "2024-2027", "items": [r[1] for r in rows if r[0] == n],
                       "note": "the 'Objective' column of the priority's action table"})
    actions = [ACT(r[2], r[3], r[5], when=r[4], priority=r[0], kind="action_plan_row") for r in rows]
    actions += [
        ACT("The Partnership Board will review progress against this plan every quarter and will publish an annual progress report each summer.",
            "Safer Eastmere Partnership Board", None, kind="commitment"),
        ACT("The plan will be refreshed each year following the annual strategic assessment.", "Safer Eastmere Partnership", None, kind="commitment"),
    ]
    meetings = {
        "components": [{"title": "Safer Eastmere Partnership Community Safety Partnership Plan 2024–2027 (incorporating the Strategic Assessment Summary 2023/24)",
                        "kind": "plan", "first_line": "Safer Eastmere Partnership"}],
        "meetings": [],
    }
    facts = {
        "priority_lists": plists, "priority_changes": [],
        "priority_lists_note": "NOT keyed as priority lists: 'The responsible authorities in Eastmere are:' (a list of statutory partner organisations, keyed as organisations) and the strategic assessment 'key findings' bullets (findings, not priorities).",
        "actions": actions,
        "actions_note": "Each row of the four 'Objective | What we will do | Lead | When' tables is an action_plan_row: text = the 'What we will do' cell, owner = Lead, due normalised (financial year -> its last month, 'Ongoing' -> null, '2024–2027' -> 2027). The two 'will' sentences under 'How we will monitor progress' are commitments. The Foreword's 'This plan sets out how partners will work together' is not an action.",
        "organisations": [
            O("Safer Eastmere Partnership", ["Community Safety Partnership", "CSP", "Partnership"], "partnership"),
            O("Eastmere Borough Council", [], "council"),
            O("Northshire County Council", [], "council"),
            O("Northshire Police", [], "police"),
            O("Northshire Fire and Rescue Service", [], "fire_service"),
            O("NHS Northshire Integrated Care Board", [], "nhs_body"),
            O("The Probation Service", ["Probation Service"], "public_body"),
            O("Office of the Northshire Police and Crime Commissioner", [], "public_body"),
            O("Eastmere Homes", [], "housing_association"),
            O("Eastmere Council for Voluntary Service", ["CVS"], "charity"),
            O("Eastmere Youth Justice Service", [], "public_body"),
        ],
        "organisations_note": "Acts and duties (Crime and Disorder Act 1998, Serious Violence Duty), the Purple Flag accreditation and the Eastmere Residents' Survey are not organisations.",
        "dates": [
            D("Published April 2024", "2024-04", "publication date"),
            D("2024–2027", "2024-01/2027-12", "plan period"),
            D("2023/24", "2023-04/2024-03", "strategic assessment year"),
            D("January 2024", "2024-01", "strategic assessment completed"),
            D("1 October 2022 to 30 September 2023", "2022-10-01/2023-09-30", "strategic assessment data period"),
            D("From June 2024", "2024-06", "hotspot problem-solving plans start"),
            D("September 2024", "2024-09", "ASB Case Review process introduced"),
            D("January 2025", "2025-01", "serious violence needs assessment refresh"),
            D("By July 2025", "2025-07", "knife crime sessions in all secondary schools"),
            D("March 2026", "2026-03", "Purple Flag accreditation"),
            D("April 2025", "2025-04", "domestic abuse outreach and IDVA service recommissioned"),
            D("2025/26", "2025-04/2026-03", "perpetrator programme expanded"),
            D("October 2024", "2024-10", "multi-agency exploitation panel established"),
            D("2024/25", "2024-04/2025-03", "youth outreach sessions commissioned"),
        ],
    }
    write(stem, meetings, facts)


# ---------------------------------------------------------------------------- f
def key_f():
    stem = "blind4-uk-wexcombe-dc-corporate-plan-2024-02"
    owner = "Wexcombe District Council"
    commits = [
        ("Deliver 500 new affordable homes by 2027, working with Homes England and housing association partners", "2027", 1),
        ("Bring 150 long-term empty homes back into use by 2026", "2026", 1),
        ("End the use of bed and breakfast accommodation for homeless families by March 2025", "2025-03", 1),
        ("Invest £2 million in village halls and community facilities through the Wexcombe Community Grants Fund", None, 1),
        ("Adopt a new Local Plan by December 2026", "2026-12", 1),
        ("Achieve net zero carbon emissions from the Council’s own operations by 2030", "2030", 2),
        ("Increase the household recycling rate from 41% to 50% by 2028", "2028", 2),
        ("Plant 20,000 trees on council-owned land by 2027", "2027", 2),
        ("Install 100 new public electric vehicle charge points in council car parks by 2026", "2026", 2),
        ("Work with the Environment Agency to deliver the Wexcombe Flood Alleviation Scheme", None, 2),
        ("Support 300 local businesses each year through the Wexcombe Business Hub", None, 3),
        ("Deliver the £12 million Wexcombe town centre regeneration programme by 2027", "2027", 3),
        ("Create 200 apprenticeship opportunities with local employers", None, 3),
        ("Work with the Wexcombe Chamber of Commerce to launch a Buy Local campaign", None, 3),
    ]
    actions = [ACT(t, owner, due, priority=p, kind="commitment") for t, due, p in commits]
    actions += [
        ACT("Progress will be reported to councillors every quarter and to residents in an annual report.", owner, None, kind="commitment"),
        ACT("The plan will be delivered through annual service plans and our Medium Term Financial Strategy.", owner, None, kind="commitment"),
    ]
    meetings = {
        "components": [{"title": "Wexcombe District Council Corporate Plan 2024–2028", "kind": "plan",
                        "first_line": "Wexcombe District Council"}],
        "meetings": [],
    }
    facts = {
        "priority_lists": [{
            "owner": owner, "name": "Corporate Plan priorities", "kind": "strategic_priority", "period": "2024-2028",
            "items": ["Homes and thriving communities", "A green and clean district", "A thriving local economy"],
            "note": "headings 'Priority N: ...' in a two-column layout; no single printed list of the three"}],
        "priority_lists_note": "NOT keyed: 'Our values' bullets (values describing how the council works, not priorities/objectives), the vision statement, and the 'How we will measure success' KPI table (measures and targets, not priorities).",
        "priority_changes": [],
        "actions": actions,
        "actions_note": "the 14 'Our commitments:' bullets (verb-initial) are commitments of the Council, due from 'by YEAR/Month YEAR' when stated; the two 'will' sentences in 'Delivering the plan' are keyed as commitments too. The 'Foreword' sentence 'the commitments we will deliver' is an introduction, not keyed.",
        "organisations": [
            O("Wexcombe District Council", ["Council"], "council"),
            O("Local Government Association", [], "association"),
            O("Homes England", [], "public_body"),
            O("Environment Agency", [], "public_body"),
            O("Wexcombe Chamber of Commerce", [], "business_association"),
        ],
        "organisations_note": "Not keyed: 'Wexcombe Business Hub' and 'Wexcombe Community Grants Fund' (a council service and a fund), 'Policy and Performance Team' (a team in the address line), 'housing association partners' (generic).",
        "dates": [
            D("2024–2028", "2024-01/2028-12", "plan period"),
            D("21 February 2024", "2024-02-21", "plan adopted by Council"),
            D("summer of 2023", "2023", "'Your Wexcombe' residents' survey"),
            D("October 2023", "2023-10", "LGA corporate peer challenge"),
            D("By 2028", "2028", "vision horizon"),
            D("2019", "2019", "climate emergency declared"),
            D("by 2027", "2027", "target year (500 affordable homes; 20,000 trees; town centre programme)"),
            D("by 2026", "2026", "target year (empty homes; EV charge points)"),
            D("by March 2025", "2025-03", "end of B&B use for homeless families"),
            D("by December 2026", "2026-12", "new Local Plan adopted"),
            D("by 2030", "2030", "net zero council operations"),
            D("2023/24", "2023-04/2024-03", "KPI baseline year"),
            D("2027/28", "2027-04/2028-03", "KPI target year"),
        ],
    }
    write(stem, meetings, facts)


if __name__ == "__main__":
    for fn in (key_a, key_b, key_c, key_d, key_e, key_f):
        fn()
    print("keys written")
