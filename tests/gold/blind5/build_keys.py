#!/usr/bin/env python3
"""Hand-written answer keys for the blind5 PDFs. Values are typed by hand from the drawn documents;
only source_line/start_line numbers are looked up automatically in `pdftotext -layout` output."""
from keylib import LINE_BASIS, line_of, write

KEYS = []


def key(fn):
    KEYS.append(fn)
    return fn


def item(stem, number, title, resolutions=(), actions=(), **extra):
    d = {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": []}
    d.update(extra)
    for a in actions:
        a = dict(a)
        a.setdefault("due", None)
        a["source_line"] = line_of(stem, a["text"])
        d["actions"].append(a)
    d["source_line"] = line_of(stem, (number + (". " if stem.startswith("blind5-au") and "." not in number else " ") if number else "") + title) or line_of(stem, title)
    return d


def A(stem, text, owner, due=None, **extra):
    d = {"text": text, "owner": owner, "due": due, "source_line": line_of(stem, text)}
    d.update(extra)
    return d


def D(stem, text, iso, what, after=None, **extra):
    start = (line_of(stem, after) or 0) if after else 0
    d = {"text": text, "iso": iso, "what": what, "source_line": line_of(stem, text, start)}
    d.update(extra)
    return d


def O(name, aliases=(), type_=None, **extra):
    d = {"name": name, "aliases": list(aliases)}
    if type_:
        d["type"] = type_
    d.update(extra)
    return d


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


# ---------------------------------------------------------------------------------------------
@key
def au():
    s = "blind5-au-yarrabin-shire-council-ordinary-meeting-minutes-2024-07-23"
    I = lambda *a, **k: item(s, *a, **k)
    items = [
        I("1", "OPENING OF MEETING"),
        I("2", "ACKNOWLEDGEMENT OF COUNTRY"),
        I("3", "APOLOGIES AND LEAVE OF ABSENCE"),
        I("3.1", "Apologies", ["That the apology received from Cr Neville Ashcombe be accepted."]),
        I("3.2", "Leave of Absence", ["That Council grant Cr Tomas Vukovic leave of absence from Monday 19 August 2024 to Friday 6 September 2024 inclusive."]),
        I("4", "DECLARATIONS OF CONFLICT OF INTEREST"),
        I("5", "CONFIRMATION OF MINUTES"),
        I("5.1", "Ordinary Council Meeting – 25 June 2024", ["That the minutes of the Ordinary Council Meeting held on Tuesday 25 June 2024, as circulated, be confirmed as a true and correct record."]),
        I("6", "PUBLIC QUESTION TIME"),
        I("7", "PETITIONS"),
        I("7.1", "Petition – Footpath, Wattle Grove Road, Tallong East",
          ["That Council receive the petition and refer it to the Director Infrastructure Services for a report to the Ordinary Council Meeting on Tuesday 22 October 2024."],
          [{"text": "refer it to the Director Infrastructure Services for a report to the Ordinary Council Meeting on Tuesday 22 October 2024", "owner": "Director Infrastructure Services (Linda Papadopoulos)", "due": "2024-10-22"}]),
        I("8", "MAYORAL REPORT", ["That the Mayoral Report for the period 20 June 2024 to 18 July 2024 be received."]),
        I("9", "INFRASTRUCTURE SERVICES REPORTS"),
        I("9.1", "Tender C2024-07 – Meldrum Street Streetscape Renewal",
          ["That Council: 1. Awards Contract C2024-07 Meldrum Street Streetscape Renewal to Ridgeback Civil Pty Ltd for the lump sum of $2,418,650 (excluding GST); 2. Authorises the Chief Executive Officer to execute the contract documents; and 3. Notes that practical completion is required by 30 May 2025."],
          note="The OFFICER RECOMMENDATION box and the AMENDMENT (LOST 2/5) are not decisions; only the COUNCIL RESOLUTION box (CARRIED 5/2) is keyed. 'Authorises the CEO to execute' is an authority, not keyed as an action."),
        I("9.2", "Rural Roads Resealing Program 2024/25",
          ["That Council: 1. Adopts the Rural Roads Resealing Program 2024/25 as attached, with Bindaree Road (Ch 0.0 – 3.2 km) brought forward from the 2025/26 program; and 2. Requests the Chief Executive Officer to write to the Department of Transport and Planning seeking a funding contribution to the sealing of the Yarrabin–Mitta Road."],
          [{"text": "Requests the Chief Executive Officer to write to the Department of Transport and Planning seeking a funding contribution to the sealing of the Yarrabin–Mitta Road.", "owner": "Chief Executive Officer (Martin Greaves)"}],
          note="resolution differs from the officer recommendation"),
        I("10", "COMMUNITY AND CORPORATE REPORTS"),
        I("10.1", "Draft Community Safety and Wellbeing Action Plan 2024–2026 – Public Exhibition",
          ["That Council: 1. Places the Draft Community Safety and Wellbeing Action Plan 2024–2026 on public exhibition from Monday 5 August 2024 to Friday 30 August 2024; and 2. Requests officers to present a further report, including a summary of submissions, to the Ordinary Council Meeting in October 2024."],
          [{"text": "Requests officers to present a further report, including a summary of submissions, to the Ordinary Council Meeting in October 2024.", "owner": "officers", "due": "2024-10"}]),
        I("10.2", "Finance Reports"),
        I("10.2.1", "Financial Report – June 2024", ["That Council receive the Financial Report for the period ended 30 June 2024."]),
        I("10.2.2", "Community Grants Program – Round 2 Allocations",
          ["That Council approve Round 2 Community Grants totalling $48,200 to the 11 applicants listed in Attachment 1, including $6,500 to the Tallong East Bowls Club for shade sail installation."],
          note="the officer recommendation (nearly identical, without the Bowls Club clause) is not a decision"),
        I("10.2.3", "Instrument of Delegation – Council to Chief Executive Officer",
          ["That Council, in the exercise of the powers conferred by section 11(1)(b) of the Local Government Act 2020, delegate to the person holding the position of Chief Executive Officer the powers, duties and functions set out in the attached Instrument of Delegation, effective from 1 August 2024."]),
        I("11", "NOTICES OF MOTION"),
        I("11.1", "Notice of Motion 04/2024 – Cr O'Shea – Roadside Weed Control", note="motion LOST 2/5: no decision"),
        I("12", "URGENT BUSINESS"),
        I("13", "CONFIDENTIAL ITEMS", ["That the meeting be closed to members of the public pursuant to section 66(2)(a) of the Local Government Act 2020 to consider confidential information relating to contractual matters."]),
        I("13.1", "Contractual Matter – Kerbside Waste Collection Services", note="resolution recorded only in confidential minutes"),
        I("14", "CLOSE OF MEETING"),
    ]
    meetings = {
        "document": s + ".pdf", "line_basis": LINE_BASIS,
        "components": [{"title": "Minutes of the Ordinary Council Meeting of Yarrabin Shire Council, 23 July 2024", "kind": "minutes",
                        "first_line": "Yarrabin Shire Council", "start_line": line_of(s, "Yarrabin Shire Council")}],
        "meetings": [{
            "body": "Yarrabin Shire Council", "authority": "Yarrabin Shire Council", "date": "2024-07-23", "time": "5.00pm",
            "venue": "Council Chambers, 14 Meldrum Street, Tallong East",
            "attendees": [
                att("Ellen Daintree", "Mayor", "present"), att("Robert Quill", "Deputy Mayor", "present"),
                att("Janice Mollard", "Councillor", "present"), att("Tomas Vukovic", "Councillor", "present"),
                att("Harriet Bellamy", "Councillor (left the Chamber 6.14pm–6.20pm for item 10.2.2)", "present"),
                att("Declan O'Shea", "Councillor", "present"),
                att("Priya Ramanathan", "Councillor (via audio-visual link)", "virtual"),
                att("Martin Greaves", "Chief Executive Officer", "in_attendance"),
                att("Linda Papadopoulos", "Director Infrastructure Services", "in_attendance"),
                att("Sam Okafor", "Director Community and Corporate", "in_attendance"),
                att("Bree Whitlock", "Governance Coordinator (Minute Taker)", "in_attendance"),
                att("Neville Ashcombe", "Councillor", "apologies"),
                att("Fiona Lachlan", "Councillor (on leave of absence granted 25 June 2024)", "absent"),
            ],
            "apologies": ["Neville Ashcombe"],
            "attendee_note": "PRESENT is a run-on sentence 'Cr Name (Mayor), ...'; officers under 'OFFICERS IN ATTENDANCE' as 'Name – Title'. Cr Lachlan is on an approved leave of absence (status absent, not apologies). Mr Alan Ferris (public question) is not an attendee. Cover page carries date/venue; 'Commencing at 5.00pm', opened 5.02pm.",
            "items_note": "Every printed numbered heading is an item, including section headings (9, 10, 10.2) that only group sub-items; top-level numbers are printed with a trailing dot ('9.'), sub-items without. Resolutions are the text of the COUNCIL RESOLUTION boxes from 'That ...' to the end of the decision, without the Moved/Seconded lines, the CARRIED line or the For/Against division. OFFICER RECOMMENDATION boxes, the LOST amendment in 9.1 and the LOST notice of motion in 11.1 are not decisions.",
            "items": items,
        }],
    }
    facts = {
        "document": s + ".pdf", "line_basis": LINE_BASIS,
        "priority_lists": [], "priority_changes": [], "actions": [],
        "organisations": [
            O("Yarrabin Shire Council", [], "council"),
            O("Tallong East Bowls Club", [], "club"),
            O("Tallong East Progress Association", [], "community_group"),
            O("Tallong East Primary School", [], "school"),
            O("Municipal Association of Victoria", ["MAV"], "association"),
            O("Country Fire Authority", ["CFA"], "public_body"),
            O("Department of Transport and Planning", [], "government_department"),
            O("Ridgeback Civil Pty Ltd", [], "company"),
            O("Regional Development Victoria", [], "public_body"),
            O("Victoria Police", [], "police"),
            O("Yarrabin Health", [], "health_service"),
            O("Yarrabin Landcare Network", [], "community_group"),
        ],
        "dates": [
            D(s, "Tuesday 23 July 2024", "2024-07-23", "meeting date"),
            D(s, "Tuesday 27 August 2024", "2024-08-27", "next Ordinary Council Meeting (minutes to be confirmed)"),
            D(s, "Tuesday 25 June 2024", "2024-06-25", "previous Ordinary Council Meeting (minutes confirmed; Cr Lachlan's leave granted)"),
            D(s, "Monday 19 August 2024 to Friday 6 September 2024", "2024-08-19/2024-09-06", "leave of absence granted to Cr Vukovic"),
            D(s, "Friday 16 August 2024", "2024-08-16", "Mitta Flat Recreation Reserve toilet block works to be completed"),
            D(s, "Tuesday 22 October 2024", "2024-10-22", "report on the Wattle Grove Road footpath petition due"),
            D(s, "20 June 2024 to 18 July 2024", "2024-06-20/2024-07-18", "period of the Mayoral Report"),
            D(s, "30 May 2025", "2025-05-30", "practical completion of Meldrum Street Streetscape Renewal required"),
            D(s, "Rural Roads Resealing Program 2024/25", "2024-07/2025-06", "resealing program financial year (Australian FY July–June)"),
            D(s, "2025/26 program", "2025-07/2026-06", "program from which Bindaree Road was brought forward"),
            D(s, "Draft Community Safety and Wellbeing Action Plan 2024–2026", "2024/2026", "plan period"),
            D(s, "Monday 5 August 2024 to Friday 30 August 2024", "2024-08-05/2024-08-30", "public exhibition of the draft action plan"),
            D(s, "October 2024", "2024-10", "further report on the draft action plan", after="Requests officers to present"),
            D(s, "May 2024", "2024-05", after="The draft plan was prepared", what="community consultation on the draft action plan"),
            D(s, "30 June 2024", "2024-06-30", "end of period of the Financial Report"),
            D(s, "1 August 2024", "2024-08-01", "Instrument of Delegation takes effect"),
        ],
    }
    write(s, meetings, facts)


# ---------------------------------------------------------------------------------------------
@key
def wales():
    s = "blind5-uk-caerwen-cc-communities-scrutiny-committee-minutes-2024-09-12"
    I = lambda *a, **k: item(s, *a, **k)
    items = [
        I("21", "APOLOGIES FOR ABSENCE"),
        I("22", "DECLARATIONS OF INTEREST"),
        I("23", "MINUTES OF THE PREVIOUS MEETING", ["RESOLVED – That the minutes of the meeting held on 4 July 2024 be confirmed as a correct record and signed by the Chair."]),
        I("24", "SAFER CAERWEN PARTNERSHIP – ANNUAL REPORT 2023-24",
          ["RESOLVED – That (a) the Safer Caerwen Partnership Annual Report 2023-24 be noted; and (b) the Committee receive a progress report on the Serious Violence Duty strategic needs assessment at its meeting in January 2025."],
          [{"text": "the Community Safety Manager agreed to provide all Members with a breakdown of anti-social behaviour incidents by ward for 2023-24.", "owner": "SP (Siân Parry, Community Safety Manager)"},
           {"text": "the Committee receive a progress report on the Serious Violence Duty strategic needs assessment at its meeting in January 2025.", "owner": "OL (Owain Lewis, Scrutiny Officer)", "due": "2025-01"}]),
        I("25", "HOUSING VOIDS AND ALLOCATIONS – PERFORMANCE UPDATE",
          ["RESOLVED – That (a) the report be noted; and (b) the Committee recommend to Cabinet that a task and finish group be established to review the Common Housing Register allocations policy."],
          [{"text": "The Head of Housing and Public Protection undertook to circulate void turnaround figures by ward to Members by 31 October 2024.", "owner": "AT (Alun Thomas, Head of Housing and Public Protection)", "due": "2024-10-31"},
           {"text": "Councillor Marsden asked that Tai Caerwen Housing Association be invited to a future meeting to report on its own void performance.", "owner": "OL (Owain Lewis, Scrutiny Officer)"},
           {"text": "the Committee recommend to Cabinet that a task and finish group be established to review the Common Housing Register allocations policy.", "owner": "OL (Owain Lewis, Scrutiny Officer)"}],
          note="minute continues across the page break; the Action column initials sit beside the paragraph they belong to"),
        I("26", "PUBLIC SPACES PROTECTION ORDER – LLANFAIR TOWN CENTRE",
          ["RESOLVED – That the Committee support the proposal to extend the Public Spaces Protection Order for a further three years from 1 November 2024, and that the comments made at the meeting be reported to Cabinet on 8 October 2024."],
          [{"text": "the comments made at the meeting be reported to Cabinet on 8 October 2024.", "owner": "SP (Siân Parry, Community Safety Manager)", "due": "2024-10-08"}]),
        I("27", "FORWARD WORK PROGRAMME 2024-25",
          ["RESOLVED – That the Forward Work Programme 2024-25 be approved, subject to the addition of an item on fire safety in high-rise housing, with Cambria Fire and Rescue Service invited to attend, for the meeting on 21 November 2024."],
          [{"text": "addition of an item on fire safety in high-rise housing, with Cambria Fire and Rescue Service invited to attend, for the meeting on 21 November 2024.", "owner": "OL (Owain Lewis, Scrutiny Officer)", "due": "2024-11-21"}]),
        I("28", "DATE OF NEXT MEETING"),
    ]
    meetings = {
        "document": s + ".pdf", "line_basis": LINE_BASIS,
        "components": [{"title": "Minutes of the Communities, Housing and Safer Neighbourhoods Scrutiny Committee, 12 September 2024", "kind": "minutes",
                        "first_line": "Cyngor Sir Caerwen", "start_line": line_of(s, "Cyngor Sir Caerwen")}],
        "meetings": [{
            "body": "Communities, Housing and Safer Neighbourhoods Scrutiny Committee", "authority": "Caerwen County Council",
            "date": "2024-09-12", "time": "10.00 a.m.",
            "venue": "Council Chamber, County Hall, Llanfair Caerwen, and remotely via Microsoft Teams",
            "attendees": [
                att("Gwenllian Pritchard", "Chair", "present"),
                att("Meirion Evans-Lloyd", "Vice-Chair", "present"),
                att("Rhys Bowen", "Councillor", "present"),
                att("Catrin Howells", "Councillor (attended remotely)", "virtual"),
                att("Peter Marsden", "Councillor", "present"),
                att("Eluned Watkins", "Councillor (attended remotely)", "virtual"),
                att("Ann Trevithick", "Co-opted Member, Tenants' Federation", "present"),
                att("Dafydd Harries", "Cabinet Member for Communities and Public Protection", "also_present"),
                att("Alun Thomas", "Head of Housing and Public Protection (AT)", "in_attendance"),
                att("Siân Parry", "Community Safety Manager (SP)", "in_attendance"),
                att("Owain Lewis", "Scrutiny Officer (OL)", "in_attendance"),
                att("Nerys Jones", "Democratic Services Officer", "in_attendance"),
                att("Lee Carver", "Chief Inspector, Cambria Police (for minute 24)", "also_present"),
                att("Siân Jenkins", "Councillor", "apologies"),
                att("Robert Morgan-Hughes", "Councillor", "apologies"),
                att("Huw Bevan", "Co-opted Member", "apologies"),
            ],
            "apologies": ["Siân Jenkins", "Robert Morgan-Hughes", "Huw Bevan"],
            "attendee_note": "Attendance is a two-column label/value list, one member per line with '(Chair)'/'(Vice-Chair)'; an asterisk after a name means 'attended remotely' (footnote '* attended remotely') -> virtual. 'Other attendees:' mapped to also_present (Chicago seed: 'Others Present'). Apologies only in prose in minute 21 ('Councillors Siân Jenkins and Robert Morgan-Hughes, and from Mr Huw Bevan').",
            "items_note": "Minutes are a fully ruled 3-column table (Min. No. | Minute | Action) repeated on page 2; numbers printed '21.' etc. Action column holds owner initials (AT, SP, OL) defined in the officers list, once with a date '31.10.24'.",
            "items": items,
        }],
    }
    facts = {
        "document": s + ".pdf", "line_basis": LINE_BASIS,
        "priority_lists": [{
            "owner": "Safer Caerwen Partnership", "name": "Partnership priorities for 2024-25 (noted in minute 24)", "kind": "priority",
            "period": "2024-25", "source_line": line_of(s, "Members noted that the Partnership had agreed three priorities"),
            "items": ["Serious violence and knife crime", "Anti-social behaviour in town centres", "Domestic abuse and sexual violence"],
            "note": "roman-numeral list (i)-(iii) inside a table cell; items end with ';'/'.' which are not part of the priority"}],
        "priority_changes": [], "actions": [],
        "organisations": [
            O("Caerwen County Council", ["Cyngor Sir Caerwen"], "council"),
            O("Communities, Housing and Safer Neighbourhoods Scrutiny Committee", [], "committee", parent="Caerwen County Council"),
            O("Cabinet", [], "committee", parent="Caerwen County Council", note="the Council's Cabinet (minutes 25, 26)"),
            O("Safer Caerwen Partnership", ["Partnership"], "partnership"),
            O("Cambria Police", [], "police"),
            O("Tai Caerwen Housing Association", [], "housing_association"),
            O("Welsh Government", [], "government"),
            O("Cambria Fire and Rescue Service", [], "fire_service"),
            O("Tenants' Federation", [], "community_group"),
        ],
        "dates": [
            D(s, "Thursday, 12 September 2024", "2024-09-12", "meeting date"),
            D(s, "4 July 2024", "2024-07-04", "previous meeting (minutes confirmed)"),
            D(s, "ANNUAL REPORT 2023-24", "2023-04/2024-03", "period of the Safer Caerwen Partnership annual report"),
            D(s, "priorities for 2024-25", "2024-04/2025-03", "period of the Partnership priorities"),
            D(s, "January 2025", "2025-01", "progress report on the Serious Violence Duty needs assessment"),
            D(s, "by 31 October 2024", "2024-10-31", "void turnaround figures to be circulated"),
            D(s, "expire on 31 October 2024", "2024-10-31", "current Llanfair Town Centre PSPO expires"),
            D(s, "1 November 2024", "2024-11-01", "PSPO extension starts (for three years)"),
            D(s, "8 October 2024", "2024-10-08", "Cabinet meeting to receive the Committee's comments on the PSPO"),
            D(s, "FORWARD WORK PROGRAMME 2024-25", "2024-04/2025-03", "forward work programme year"),
            D(s, "Thursday, 21 November 2024", "2024-11-21", "next meeting (fire safety item added)"),
        ],
    }
    write(s, meetings, facts)


# ---------------------------------------------------------------------------------------------
@key
def nz():
    s = "blind5-nz-puriri-bay-dc-community-wellbeing-committee-minutes-2024-08-14"
    I = lambda *a, **k: item(s, *a, **k)
    items = [
        I("1", "Karakia Timatanga / Opening Karakia"),
        I("2", "Apologies", ["That the apology received from Councillor Rachel Dunn be accepted."], resolution_numbers=["CWC/2024/036"]),
        I("3", "Conflicts of Interest"),
        I("4", "Confirmation of Minutes", ["That the minutes of the Community Wellbeing Committee meeting held on Wednesday, 26 June 2024 be confirmed as a true and correct record."], resolution_numbers=["CWC/2024/037"]),
        I("5", "Public Forum"),
        I("6", "Reports"),
        I("6.1", "Pūriri Bay Community Safety Plan 2024–2027 – Adoption",
          ["That the Community Wellbeing Committee: a) receives the report titled “Pūriri Bay Community Safety Plan 2024–2027 – Adoption”; b) adopts the Pūriri Bay Community Safety Plan 2024–2027 (Attachment 1), with the amendment to Action 2.4 agreed at the meeting; c) requests that staff report back to the Committee on implementation progress by 30 November 2024."],
          [{"text": "requests that staff report back to the Committee on implementation progress by 30 November 2024.", "owner": "staff", "due": "2024-11-30"}],
          resolution_numbers=["CWC/2024/038"]),
        I("6.2", "Graffiti Vandalism Removal Contract – Extension",
          ["That the Community Wellbeing Committee: a) receives the report titled “Graffiti Vandalism Removal Contract – Extension”; b) approves a two-year extension of Contract 2021/114 with CleanSlate Services Limited to 30 September 2026 at an annual cost not exceeding $186,000 (excluding GST)."],
          resolution_numbers=["CWC/2024/039"]),
        I("6.3", "Alcohol Control Bylaw Review – Appointment of Hearing Panel",
          ["That the Community Wellbeing Committee: a) appoints Deputy Mayor Sandra Lowe, Councillor Aroha Tipene and Councillor Wiremu Hōhaia to the Alcohol Control Bylaw Hearing Panel; b) notes that hearings will be held on 17 and 18 September 2024."],
          resolution_numbers=["CWC/2024/040"]),
        I("6.4", "Community Safety Grants 2024/25 – Allocation",
          ["That the Community Wellbeing Committee: a) approves Community Safety Grants 2024/25 totalling $92,500 to the eight organisations listed in Table 1 of the report; b) delegates to the Group Manager Community Services the authority to reallocate any unclaimed funds by 31 March 2025."],
          resolution_numbers=["CWC/2024/041"]),
        I("7", "Public Excluded",
          ["That the public be excluded from the following part of the proceedings of this meeting, namely item 7.1 Property Acquisition – Whareporoa Community Hub, on the grounds set out in section 48(1)(a) of the Local Government Official Information and Meetings Act 1987."],
          resolution_numbers=["CWC/2024/042"]),
        I("7.1", "Property Acquisition – Whareporoa Community Hub", note="public excluded; resolutions recorded separately"),
        I("8", "Karakia Whakamutunga / Closing Karakia"),
    ]
    meetings = {
        "document": s + ".pdf", "line_basis": LINE_BASIS,
        "components": [{"title": "Minutes of the Pūriri Bay District Council Community Wellbeing Committee meeting, 14 August 2024", "kind": "minutes",
                        "first_line": "MINUTES OF PŪRIRI BAY DISTRICT COUNCIL", "start_line": line_of(s, "MINUTES OF PŪRIRI BAY DISTRICT COUNCIL")}],
        "meetings": [{
            "body": "Community Wellbeing Committee", "authority": "Pūriri Bay District Council", "date": "2024-08-14", "time": "9.30am",
            "venue": "Council Chamber, 21 Kauri Street, Whareporoa",
            "attendees": [
                att("Hemi Walker", "Mayor", "present"),
                att("Sandra Lowe", "Deputy Mayor (Chairperson)", "present"),
                att("Aroha Tipene", "Councillor", "present"),
                att("Brent McKay", "Councillor (via audio-visual link; left the meeting at 11.52am)", "virtual"),
                att("Wiremu Hōhaia", "Councillor", "present"),
                att("Kahurangi Moana", "Iwi Representative, Te Rūnanga o Ngāti Pūriri", "present"),
                att("Gareth Pryor", "Chief Executive", "in_attendance"),
                att("Mele Fonoti", "Group Manager Community Services", "in_attendance"),
                att("Jess Corrigan", "Community Safety Advisor", "in_attendance"),
                att("Tom Ashby", "Democracy Advisor", "in_attendance"),
                att("Craig Hollis", "Senior Sergeant, New Zealand Police (for item 6.1)", "also_present"),
                att("Rachel Dunn", "Councillor", "apologies"),
            ],
            "apologies": ["Rachel Dunn"],
            "attendee_note": "'Present:' is one run-on sentence with titles before names ('Councillors Aroha Tipene, Brent McKay (via audio-visual link) and Wiremu Hōhaia'); 'In Attendance:' puts the role first and the name in brackets ('Chief Executive (Gareth Pryor)'). The apology appears only in resolution CWC/2024/036. Mr Pita Rangi (public forum speaker) is not an attendee.",
            "items_note": "Items printed 'N Title' without dots; sub-items 6.1-6.4 and 7.1. Resolutions keyed from 'That ...' including the lettered a)/b)/c) clauses, without 'Resolution number ...', 'Moved:'/'Seconded:' and 'Carried'. Resolution numbers in the extra field resolution_numbers.",
            "items": items,
        }],
    }
    facts = {
        "document": s + ".pdf", "line_basis": LINE_BASIS,
        "priority_lists": [], "priority_changes": [], "actions": [],
        "organisations": [
            O("Pūriri Bay District Council", [], "council"),
            O("Community Wellbeing Committee", [], "committee", parent="Pūriri Bay District Council"),
            O("Alcohol Control Bylaw Hearing Panel", [], "committee", parent="Pūriri Bay District Council"),
            O("Te Rūnanga o Ngāti Pūriri", [], "iwi_organisation"),
            O("New Zealand Police", [], "police"),
            O("Whareporoa Night Shelter Trust", [], "charity"),
            O("Whareporoa Community Patrol", [], "community_group"),
            O("CleanSlate Services Limited", [], "company"),
            O("Pūriri Bay Neighbourhood Support", [], "community_group"),
            O("Te Whare Āwhina Women's Refuge", [], "charity"),
            O("Pūriri Bay Youth Trust", [], "charity"),
            O("Kauri Street Business Association", [], "business_association"),
            O("Pūriri Bay Senior Citizens Association", [], "community_group"),
            O("Safe Roads Pūriri Trust", [], "charity"),
        ],
        "dates": [
            D(s, "WEDNESDAY, 14 AUGUST 2024", "2024-08-14", "meeting date"),
            D(s, "Wednesday, 26 June 2024", "2024-06-26", "previous meeting (minutes confirmed)"),
            D(s, "Pūriri Bay Community Safety Plan 2024–2027", "2024/2027", "Community Safety Plan period"),
            D(s, "30 November 2024", "2024-11-30", "staff to report back on implementation of the Community Safety Plan"),
            D(s, "30 September 2026", "2026-09-30", "graffiti removal contract extended to"),
            D(s, "17 and 18 September 2024", "2024-09-17/2024-09-18", "Alcohol Control Bylaw hearings"),
            D(s, "Community Safety Grants 2024/25", "2024-07/2025-06", "grant year (NZ local government financial year July–June)"),
            D(s, "31 March 2025", "2025-03-31", "deadline for reallocating unclaimed grant funds"),
            D(s, "Wednesday, 25 September 2024", "2024-09-25", "next meeting (minutes to be confirmed)"),
        ],
    }
    write(s, meetings, facts)


# ---------------------------------------------------------------------------------------------
@key
def us():
    s = "blind5-us-calvera-county-board-of-supervisors-minutes-2024-08-06"
    I = lambda *a, **k: item(s, *a, **k)
    items = [
        I("1", "CALL TO ORDER"),
        I("2", "ROLL CALL"),
        I("3", "PLEDGE OF ALLEGIANCE"),
        I("4", "APPROVAL OF AGENDA", ["Motion by Supervisor Whitcomb, seconded by Vice Chair Park, to approve the agenda as posted."]),
        I("5", "PUBLIC COMMENT ON NON-AGENDA ITEMS"),
        I("6", "CONSENT AGENDA",
          ["Motion by Supervisor Arredondo, seconded by Supervisor Whitcomb, to approve Consent Agenda Items 6(a) through 6(f), excluding Item 6(d).",
           "Motion by Supervisor Ostrowski, seconded by Chair Tillman, to accept the Sheriff's Office Quarterly Report and direct staff to return with a patrol staffing and recruitment plan on September 17, 2024."],
          [{"text": "direct staff to return with a patrol staffing and recruitment plan on September 17, 2024.", "owner": "staff (Sheriff's Office)", "due": "2024-09-17"}],
          note="lettered consent items (a)-(f) are not separate items; 6(d) was pulled and voted separately"),
        I("7", "PUBLIC HEARING – ORDINANCE NO. 2024-17 – SHORT-TERM RENTAL PERMITS",
          ["Motion by Supervisor Arredondo, seconded by Vice Chair Park, to waive the second reading and adopt ORDINANCE NO. 2024-17, An Ordinance of the Board of Supervisors of the County of Calvera Amending Chapter 9.24 of the Calvera County Code Relating to Short-Term Rental Permits."],
          note="Motion carried 4-1 (NAYS: Ostrowski)"),
        I("8", "RESOLUTION NO. 2024-87 – COMMUNITY CORRECTIONS PARTNERSHIP PLAN FY 2024-25",
          ["Motion by Vice Chair Park, seconded by Supervisor Whitcomb, to adopt RESOLUTION NO. 2024-87 approving the Calvera County Community Corrections Partnership Plan for Fiscal Year 2024-25 and directing the Chief Probation Officer to submit the Plan to the Board of State and Community Corrections (BSCC) by October 1, 2024."],
          [{"text": "directing the Chief Probation Officer to submit the Plan to the Board of State and Community Corrections (BSCC) by October 1, 2024.", "owner": "Chief Probation Officer (Denise Holloway)", "due": "2024-10-01"}],
          note="Motion carried 4-0-1 (ABSTAIN: Ostrowski)"),
        I("9", "BOARD MEMBER AND CAO REPORTS"),
        I("10", "CLOSED SESSION"),
        I("11", "ADJOURNMENT"),
    ]
    meetings = {
        "document": s + ".pdf", "line_basis": LINE_BASIS,
        "components": [{"title": "Minutes of the Regular Meeting of the Calvera County Board of Supervisors, August 6, 2024", "kind": "minutes",
                        "first_line": "CALVERA COUNTY BOARD OF SUPERVISORS", "start_line": line_of(s, "CALVERA COUNTY BOARD OF SUPERVISORS")}],
        "meetings": [{
            "body": "Calvera County Board of Supervisors", "authority": "County of Calvera", "date": "2024-08-06", "time": "9:00 a.m.",
            "venue": "Board Chambers, County Administration Center, 1100 Sutter Avenue, San Reyes, California",
            "attendees": [
                att("Raymond Tillman", "Chair (District 3)", "present"),
                att("Eileen Park", "Vice Chair (District 1)", "present"),
                att("Dana Whitcomb", "Supervisor (District 2)", "present"),
                att("Luis Arredondo", "Supervisor (District 4)", "present"),
                att("Margaret Ostrowski", "Supervisor (District 5)", "present"),
                att("Karen Lindqvist", "County Administrative Officer", "also_present"),
                att("Michael Duarte", "County Counsel", "also_present"),
                att("Rosa Villanueva", "Clerk of the Board", "also_present"),
                att("Tom Becerra", "Undersheriff (item 6(d))", "in_attendance"),
                att("Anita Shah", "Planning Director (item 7)", "in_attendance"),
                att("Denise Holloway", "Chief Probation Officer (item 8)", "in_attendance"),
            ],
            "apologies": [],
            "attendee_note": "Roll call gives surnames only ('Supervisors Whitcomb, Arredondo, Ostrowski, Vice Chair Park and Chair Tillman'); full names come from the BOARD MEMBERS box. 'Absent: None' - no absent member. Staff who presented items (Becerra, Shah, Holloway) keyed in_attendance following the Kent seed (a visitor who attended one item); members of the public who spoke (Jim Hollis, Carla Nuñez) are not attendees.",
            "items_note": "Decisions keyed as the motion sentence 'Motion by ..., seconded by ..., to ...' without the AYES/NAYS/ABSTAIN/ABSENT block and the 'Motion carried' line.",
            "items": items,
        }],
    }
    facts = {
        "document": s + ".pdf", "line_basis": LINE_BASIS,
        "priority_lists": [], "priority_changes": [], "actions": [],
        "organisations": [
            O("County of Calvera", ["Calvera County"], "county"),
            O("Calvera County Board of Supervisors", ["Board of Supervisors"], "board"),
            O("Pine Flat Volunteer Fire Department", [], "fire_service"),
            O("Calvera Valley Farm Bureau", [], "association"),
            O("Sierra Foothills Behavioral Health, Inc.", [], "company"),
            O("Calvera County Sheriff's Office", ["Sheriff's Office"], "police"),
            O("Probation Department", [], "department", parent="County of Calvera"),
            O("California Department of Transportation", ["Caltrans"], "state_agency"),
            O("Calvera County Community Corrections Partnership", ["Community Corrections Partnership", "CCP"], "partnership"),
            O("CCP Executive Committee", [], "committee", parent="Calvera County Community Corrections Partnership"),
            O("Board of State and Community Corrections", ["BSCC"], "state_agency"),
            O("Calvera County Fire Safe Council", [], "community_group"),
            O("Calvera County Deputy Sheriffs' Association", [], "union"),
        ],
        "dates": [
            D(s, "Tuesday, August 6, 2024", "2024-08-06", "meeting date"),
            D(s, "July 23, 2024", "2024-07-23", "previous regular meeting (minutes approved)"),
            D(s, "July 1, 2024 through June 30, 2027", "2024-07-01/2027-06-30", "term of Agreement No. 24-0412"),
            D(s, "April – June 2024", "2024-04/2024-06", "period of the Sheriff's Office Quarterly Report"),
            D(s, "FY 2024-25", "2024-07/2025-06", "fiscal year (electronic monitoring costs; CCP Plan)"),
            D(s, "September 17, 2024", "2024-09-17", "staff to return with patrol staffing and recruitment plan"),
            D(s, "September 5, 2024", "2024-09-05", "Ordinance No. 2024-17 takes effect"),
            D(s, "July 11, 2024", "2024-07-11", "CCP Executive Committee approved the plan"),
            D(s, "October 1, 2024", "2024-10-01", "deadline to submit the CCP Plan to BSCC"),
            D(s, "July 30, 2024", "2024-07-30", "Calvera County Fire Safe Council meeting"),
            D(s, "September 10, 2024", "2024-09-10", "Recommended Budget hearings begin"),
            D(s, "Tuesday, August 20, 2024", "2024-08-20", "next regular meeting"),
        ],
    }
    write(s, meetings, facts)


# ---------------------------------------------------------------------------------------------
@key
def strategy():
    s = "blind5-uk-safer-elmsworth-partnership-strategy-refresh-2025-04"
    SEP = "Safer Elmsworth Partnership"
    facts = {
        "document": s + ".pdf", "line_basis": LINE_BASIS,
        "priority_lists": [
            {"owner": SEP, "name": "Our priorities for 2025–26", "kind": "priority", "period": "2025–26",
             "source_line": line_of(s, "Our priorities for 2025–26"),
             "items": ["Safer Streets and Town Centres", "Ending Violence Against Women and Girls (VAWG)",
                       "Preventing Serious Violence and Knife Crime", "Tackling Drug and Alcohol Harm", "Reducing Reoffending"],
             "note": "numbered list in a shaded panel; each bold name is followed by ' – ' and a description, which is not part of the item"},
            {"owner": SEP, "name": "Cross-cutting themes", "kind": "cross_cutting_theme", "period": "2025–26",
             "source_line": line_of(s, "Three cross-cutting themes run through"),
             "items": ["Early intervention and prevention", "Listening to communities", "Using data and intelligence"],
             "note": "run-on sentence, items separated by ';' and 'and'"},
            {"owner": SEP, "name": "Priorities for 2024–25 (last year's six priorities)", "kind": "priority", "period": "2024–25",
             "source_line": line_of(s, "Last year the Partnership worked to six priorities"),
             "items": ["Tackling Anti-Social Behaviour", "Domestic Abuse", "Sexual Violence and Exploitation", "Reducing Reoffending",
                       "Tackling Drug and Alcohol Harm", "Road Safety"],
             "note": "stated in prose and again as the left column of the comparison table"},
        ],
        "priority_changes": [
            {"year": "2025–26", "change": "renamed", "priority": "Safer Streets and Town Centres", "previously_part_of": None,
             "previous_name": "Tackling Anti-Social Behaviour"},
            {"year": "2025–26", "change": "merged", "priority": "Ending Violence Against Women and Girls (VAWG)", "previously_part_of": None,
             "merged_from": ["Domestic Abuse", "Sexual Violence and Exploitation"]},
            {"year": "2025–26", "change": "added", "priority": "Preventing Serious Violence and Knife Crime",
             "previously_part_of": "Tackling Anti-Social Behaviour",
             "note": "'Serious violence was previously addressed within the Tackling Anti-Social Behaviour priority.'"},
            {"year": "2025–26", "change": "dropped", "priority": "Road Safety", "previously_part_of": None,
             "note": "printed 'Removed'; work passes to the Hartshire Road Safety Partnership from 1 April 2025"},
        ],
        "actions": [
            A(s, "We will introduce a Town Centre Safety Partnership for Castle Brampton by September 2025.", SEP, "2025-09", kind="commitment"),
            A(s, "Elmsworth Borough Council will review the Elmsworth Public Spaces Protection Order before it expires on 19 October 2025.", "Elmsworth Borough Council", "2025-10-19", kind="commitment"),
            A(s, "We will commission a single domestic abuse and sexual violence advocacy service, with Elmsworth Women's Aid, from April 2026.", SEP, "2026-04", kind="commitment"),
            A(s, "Hartshire Police will roll out Operation Nightwatch training to licensed premises staff by December 2025.", "Hartshire Police", "2025-12", kind="commitment"),
            A(s, "We will publish an Elmsworth Serious Violence Response Strategy by 30 June 2025.", SEP, "2025-06-30", kind="commitment"),
            A(s, "We will fund youth workers in the emergency department at Elmsworth General Hospital through the ICB.", SEP, None, kind="commitment"),
            A(s, "Pathways Recovery Elmsworth will open a second recovery hub in Netherfold during 2025–26.", "Pathways Recovery Elmsworth", "2026-03", kind="commitment"),
            A(s, "The Probation Service and EBC will agree a housing protocol for people leaving custody by March 2026.", "The Probation Service and Elmsworth Borough Council", "2026-03", kind="commitment"),
            A(s, "Road safety work will be led by the Hartshire Road Safety Partnership from 1 April 2025, and the SEP will receive an annual update.", "Hartshire Road Safety Partnership", "2025-04-01", kind="commitment"),
            A(s, "Delivery against this refresh will be monitored quarterly by the Partnership Board.", "Partnership Board", None, kind="commitment"),
            A(s, "The next Strategic Assessment will be completed in January 2026 and the strategy will be refreshed again for 2026–27.", SEP, "2026-01", kind="commitment"),
        ],
        "organisations": [
            O(SEP, ["SEP", "Partnership"], "partnership"),
            O("Partnership Board", [], "board", parent=SEP),
            O("Elmsworth Borough Council", ["EBC"], "council"),
            O("Elmsworth Borough Council Overview and Scrutiny Committee", [], "committee", parent="Elmsworth Borough Council"),
            O("Hartshire County Council", [], "council"),
            O("Hartshire Police", [], "police"),
            O("Hartshire Fire and Rescue Service", [], "fire_service"),
            O("NHS Hartshire and Elmsworth Integrated Care Board", ["ICB"], "nhs_body"),
            O("The Probation Service", ["Probation Service"], "public_body"),
            O("Office of the Police and Crime Commissioner for Hartshire", ["OPCC"], "public_body"),
            O("Elmsworth Community and Voluntary Services", ["ECVS"], "charity"),
            O("Hartshire Police and Crime Panel", [], "committee"),
            O("Hartshire Road Safety Partnership", [], "partnership"),
            O("Elmsworth Women's Aid", [], "charity"),
            O("Pathways Recovery Elmsworth", [], "charity"),
            O("Elmsworth General Hospital", [], "hospital"),
        ],
        "dates": [
            D(s, "Published April 2025", "2025-04", "publication of the annual refresh"),
            D(s, "Strategy 2025–28", "2025-04/2028-03", "three-year strategy period"),
            D(s, "Annual Refresh 2025–26", "2025-04/2026-03", "refresh year / priorities period"),
            D(s, "since 2024–25", "2024-04/2025-03", "previous year's priorities"),
            D(s, "completed in January 2025", "2025-01", "Strategic Assessment completed"),
            D(s, "18 March 2025", "2025-03-18", "Partnership Board agreed the 2025–26 priorities"),
            D(s, "31 January 2023", "2023-01-31", "Serious Violence Duty came into force"),
            D(s, "1 April 2025", "2025-04-01", "road safety work passes to Hartshire Road Safety Partnership"),
            D(s, "by September 2025", "2025-09", "Castle Brampton Town Centre Safety Partnership"),
            D(s, "19 October 2025", "2025-10-19", "Elmsworth PSPO expires"),
            D(s, "from April 2026", "2026-04", "single VAWG advocacy service starts"),
            D(s, "by December 2025", "2025-12", "Operation Nightwatch training rolled out"),
            D(s, "30 June 2025", "2025-06-30", "Serious Violence Response Strategy published"),
            D(s, "by March 2026", "2026-03", "housing protocol for people leaving custody"),
            D(s, "January 2026", "2026-01", "next Strategic Assessment"),
            D(s, "2026–27", "2026-04/2027-03", "next refresh"),
        ],
    }
    meetings = {"document": s + ".pdf", "line_basis": LINE_BASIS,
                "components": [{"title": "Safer Elmsworth Partnership Community Safety Strategy 2025–28: Annual Refresh 2025–26", "kind": "strategy",
                                "first_line": "Safer Elmsworth Partnership", "start_line": line_of(s, "Safer Elmsworth Partnership")}],
                "meetings": []}
    write(s, meetings, facts)


# ---------------------------------------------------------------------------------------------
@key
def plan():
    s = "blind5-uk-carrowmore-lisnavale-pcsp-action-plan-2024-10"
    rows = [
        ("1.1", "Deliver a programme of diversionary youth activities on Friday and Saturday evenings during the summer and Halloween periods in Lisnavale and Drumcarn.", "PCSP Manager", "31/10/2024", "2024-10-31", "Complete"),
        ("1.2", "Install and maintain 6 re-deployable CCTV cameras at anti-social behaviour hotspots identified through the Tasking Group.", "Council Community Safety Team", "March 2025", "2025-03", "A"),
        ("1.3", "Support Neighbourhood Watch schemes and deliver 4 crime prevention roadshows in rural areas, including farm and quad bike security marking.", "PSNI Neighbourhood Policing Team", "Q3 2024/25", "2024-12", "G"),
        ("1.4", "Commission a Street Pastors scheme in Carrowmore town centre on Friday nights.", "PCSP Manager", "Ongoing", None, "G"),
        ("1.5", "Deliver drug and alcohol awareness sessions to 600 Year 10 pupils across 8 post-primary schools.", "Carrowmore Community Addiction Team", "28/02/2025", "2025-02-28", "A"),
        ("1.6", "Deliver a multi-agency problem-solving plan for repeat anti-social behaviour at the Glenview and Ardmore estates, including target hardening, youth outreach and a monthly residents' clinic.", "Council Anti-Social Behaviour Team", "Q4 2024/25", "2025-03", "A"),
        ("2.1", "Provide home security upgrades (locks, door chains, alarms) to 120 older and vulnerable victims of crime through the Home Secure scheme.", "PCSP Manager", "March 2025", "2025-03", "G"),
        ("2.2", "Deliver scam awareness and cyber safety workshops for older people and carers, and distribute call-blocker units to repeat victims.", "PSNI Crime Prevention Officer", "31/12/2024", "2024-12-31", "G"),
        ("2.3", "Fund the Carrowmore Women's Aid outreach worker to support victims of domestic and sexual abuse in rural areas.", "Carrowmore Women's Aid", "March 2025", "2025-03", "G"),
        ("2.4", "Run a 'Safe Place' scheme with local businesses offering a safe space to anyone who feels threatened or vulnerable.", "Council Community Safety Team", "Sept 2024", "2024-09", "R"),
        ("2.5", "Provide a hate crime advocacy service, including third-party reporting centres in 5 community venues, and publicise it through the Council's Good Relations Programme.", "Council Good Relations Team", "March 2025", "2025-03", "G"),
        ("2.6", "Deliver an early intervention programme for 16–24 year olds referred for drug or alcohol related offending, with one-to-one mentoring and family support.", "Carrowmore Community Addiction Team", "Apr 2025", "2025-04", "A"),
        ("3.1", "Hold 4 public PCSP meetings, including one themed meeting on rural crime.", "PCSP Manager", "March 2025", "2025-03", "G"),
        ("3.2", "Deliver 'Policing with the Community' engagement events in each of the 7 District Electoral Areas.", "PSNI Neighbourhood Policing Team", "Q4 2024/25", "2025-03", "A"),
        ("3.3", "Carry out the annual PCSP community survey and publish the results.", "PCSP Manager", "30/04/2025", "2025-04-30", "G"),
        ("3.4", "Support the Youth Engagement Panel to meet the District Commander twice a year.", "PSNI District Commander", "Ongoing", None, "G"),
    ]
    P = "Carrowmore & Lisnavale Policing and Community Safety Partnership"
    facts = {
        "document": s + ".pdf", "line_basis": LINE_BASIS,
        "priority_lists": [{
            "owner": P, "name": "Strategic priorities of the Action Plan 2024–25 (row-spanning theme bands)", "kind": "strategic_priority",
            "period": "2024–25", "source_line": line_of(s, "Strategic Priority 1 – Safer Communities"),
            "items": ["Safer Communities: tackling crime and anti-social behaviour", "Supporting Victims and Vulnerable People",
                      "Confidence in Policing and Community Engagement"],
            "note": "each band reads 'Strategic Priority N – <name>' and spans all six columns; band 2 and 3 fall mid-table, the table continues on page 2 with the header row repeated"}],
        "priority_changes": [],
        "actions": [dict(A(s, t, lead, due, kind="action_plan_row"), ref=r, target_date=td, rag=rag) for r, t, lead, td, due, rag in rows],
        "organisations": [
            O(P, ["PCSP"], "partnership"),
            O("Carrowmore & Lisnavale Borough Council", ["Council"], "council"),
            O("Police Service of Northern Ireland", ["PSNI"], "police"),
            O("Northern Ireland Housing Executive", ["NIHE"], "public_body"),
            O("Education Authority", ["EA"], "public_body"),
            O("Lisnavale Youth Forum", [], "community_group"),
            O("Lisnavale Neighbourhood Watch", [], "community_group"),
            O("Ulster Farmers' Union", [], "association"),
            O("Carrowmore Churches Forum", [], "community_group"),
            O("Carrowmore Business Improvement District", [], "business_association"),
            O("Carrowmore Community Addiction Team", [], "health_service"),
            O("Glenview Residents' Association", [], "community_group"),
            O("Age Friendly Carrowmore", [], "community_group"),
            O("Trading Standards Service", [], "public_body"),
            O("Carrowmore Women's Aid", [], "charity"),
            O("Lough Rivers Health and Social Care Trust", [], "health_body"),
            O("Victim Support NI", [], "charity"),
            O("Probation Board for Northern Ireland", [], "public_body"),
            O("Northern Ireland Policing Board", [], "public_body"),
            O("Department of Justice", [], "government_department"),
            O("Joint Committee of the Department of Justice and the Northern Ireland Policing Board", ["Joint Committee"], "committee"),
        ],
        "dates": [
            D(s, "Action Plan 2024–25", "2024-04/2025-03", "plan period"),
            D(s, "1 April 2024 and 31 March 2025", "2024-04-01/2025-03-31", "plan delivery period"),
            D(s, "July – September 2024", "2024-07/2024-09", "Quarter 2 reporting period"),
            D(s, "15 October 2024", "2024-10-15", "Quarter 2 update presented to the PCSP"),
            D(s, "12 March 2024", "2024-03-12", "Action Plan approved by the PCSP"),
            D(s, "28 March 2024", "2024-03-28", "Action Plan approved by the Joint Committee"),
            D(s, "14 January 2025", "2025-01-14", "Quarter 3 update to the PCSP meeting"),
            D(s, "31/10/2024", "2024-10-31", "target date, action 1.1", after="Target date"),
            D(s, "March 2025", "2025-03", "target date, actions 1.2, 2.1, 2.3, 2.5, 3.1", after="Target date"),
            D(s, "Q3 2024/25", "2024-10/2024-12", "target date, action 1.3", after="Target date"),
            D(s, "28/02/2025", "2025-02-28", "target date, action 1.5", after="Target date"),
            D(s, "Q4 2024/25", "2025-01/2025-03", "target date, actions 1.6, 3.2", after="Target date"),
            D(s, "31/12/2024", "2024-12-31", "target date, action 2.2", after="Target date"),
            D(s, "Sept 2024", "2024-09", "target date, action 2.4", after="Target date"),
            D(s, "Apr 2025", "2025-04", "target date, action 2.6", after="Target date"),
            D(s, "30/04/2025", "2025-04-30", "target date, action 3.3", after="Target date"),
        ],
    }
    meetings = {"document": s + ".pdf", "line_basis": LINE_BASIS,
                "components": [{"title": "Carrowmore & Lisnavale PCSP Action Plan 2024–25: Quarter 2 Progress Update", "kind": "action_plan",
                                "first_line": "Carrowmore & Lisnavale Policing and Community Safety Partnership",
                                "start_line": line_of(s, "Carrowmore & Lisnavale Policing and Community Safety Partnership")}],
                "meetings": []}
    write(s, meetings, facts)


# ---------------------------------------------------------------------------------------------
@key
def deck():
    s = "blind5-ca-port-aldous-cswb-plan-summary-deck-2025-03"
    C = "City of Port Aldous"
    boxes = [
        ("Canadian Mental Health Association – Port Aldous Branch", [("Expand the mobile crisis response team to 24/7 coverage by 2026", "2026"), ("Open a walk-in addictions clinic downtown", None), ("Train 500 frontline staff in mental health first aid", None)]),
        ("City of Port Aldous Housing Services", [("Create 60 supportive housing units by 2027", "2027"), ("Launch a coordinated access system and by-name list", None), ("Prevent evictions through emergency rent support", None)]),
        ("Port Aldous District School Board", [("Keep three youth hubs open evenings and weekends", None), ("Fund 200 summer jobs for youth facing barriers", None), ("Co-design programs with the Youth Advisory Council", None)]),
        ("Port Aldous Police Service", [("Introduce a neighbourhood safety audit program", None), ("Reduce repeat property crime through targeted prevention", None), ("Improve lighting and design in the downtown core", None)]),
        ("Harbour House Women's Shelter", [("Expand shelter capacity at Harbour House", None), ("Deliver consent education in every secondary school", None), ("Establish a high-risk situation table", None)]),
    ]
    acts = []
    for n, (lead, bl) in enumerate(boxes, 1):
        for t, due in bl:
            acts.append(A(s, t, f"Lead table: {lead}", due, kind="commitment", priority=n))
    acts += [
        A(s, "A CSWB Advisory Committee, co-chaired by the City of Port Aldous and the Port Aldous Police Service, will oversee the plan.", "CSWB Advisory Committee", None, kind="commitment"),
        A(s, "Progress will be reported to Council every year.", C, None, kind="commitment"),
        A(s, "Action tables established", None, "2025-06-30", kind="milestone", note="timeline 'By June 30, 2025'"),
        A(s, "Public data dashboard launched", None, "2025-09/2025-12", kind="milestone", note="timeline 'Fall 2025'"),
        A(s, "First annual progress report to Council", C, "2026-03/2026-06", kind="milestone", note="timeline 'Spring 2026'"),
        A(s, "Full review of the Plan", C, "2029", kind="milestone"),
    ]
    facts = {
        "document": s + ".pdf", "line_basis": LINE_BASIS,
        "priority_lists": [
            {"owner": C, "name": "CSWB Plan 2025–2029 priorities ('Our Priorities', slides 3-4)", "kind": "priority", "period": "2025–2029",
             "source_line": line_of(s, "Priority 1 – Mental Health"),
             "items": ["Mental Health and Addictions", "Housing Stability and Homelessness", "Youth Engagement and Belonging",
                       "Community Safety and Crime Prevention", "Gender-Based Violence"],
             "note": "printed as 'Priority N – Name' box headings side by side (3 on slide 3, 2 on slide 4); the headings wrap inside the boxes so columns interleave in plain extraction; keyed without the 'Priority N – ' prefix"},
            {"owner": C, "name": "Cross-cutting commitments", "kind": "cross_cutting_theme", "period": "2025–2029",
             "source_line": line_of(s, "Cross-cutting commitments"),
             "items": ["Equity and Reconciliation", "Data and Evaluation", "Communication and Awareness"]},
        ],
        "priority_changes": [],
        "actions": acts,
        "organisations": [
            O(C, ["City"], "council"),
            O("CSWB Advisory Committee", [], "committee", parent=C),
            O("Youth Advisory Council", [], "committee"),
            O("Port Aldous Police Service", [], "police"),
            O("Canadian Mental Health Association – Port Aldous Branch", [], "charity"),
            O("Port Aldous District School Board", [], "school_board"),
            O("Lakeview Family Health Team", [], "health_service"),
            O("United Way Port Aldous", [], "charity"),
            O("Aldous County Paramedic Services", [], "public_body"),
            O("Harbour House Women's Shelter", ["Harbour House"], "charity"),
            O("Nokomis Friendship Centre", [], "charity"),
            O("Port Aldous Public Library", [], "library"),
            O("Ministry of the Solicitor General", [], "government_department"),
        ],
        "dates": [
            D(s, "March 25, 2025", "2025-03-25", "Regular Council Meeting presenting the plan / Council adoption"),
            D(s, "Well-Being Plan 2025–2029", "2025/2029", "plan period"),
            D(s, "October 2023 and November 2024", "2023-10/2024-11", "community conversations held"),
            D(s, "By June 30, 2025", "2025-06-30", "action tables established"),
            D(s, "Fall 2025", "2025-09/2025-12", "public data dashboard launched"),
            D(s, "Spring 2026", "2026-03/2026-06", "first annual progress report to Council"),
            D(s, "2029", "2029", "full review of the Plan", after="First annual progress report"),
            D(s, "by 2026", "2026", "24/7 mobile crisis coverage"),
            D(s, "by 2027", "2027", "60 supportive housing units"),
        ],
    }
    meetings = {"document": s + ".pdf", "line_basis": LINE_BASIS,
                "components": [{"title": "City of Port Aldous Community Safety and Well-Being Plan 2025–2029 – Summary for Council (slide deck)", "kind": "strategy",
                                "first_line": "City of Port Aldous", "start_line": line_of(s, "City of Port Aldous")}],
                "meetings": []}
    write(s, meetings, facts)


if __name__ == "__main__":
    for fn in KEYS:
        fn()
        print("keyed", fn.__name__)
