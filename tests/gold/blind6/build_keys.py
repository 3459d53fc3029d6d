#!/usr/bin/env python3
"""Write the hand-made blind6 answer keys (<stem>.meetings.json, <stem>.facts.json).

    /work/main/.venv/bin/python /work/blind6/build_keys.py

Every value below was written by hand from the text drawn by make.py. The only thing
computed is source_line / start_line: the 1-based line in `pdftotext -layout` output where
the keyed text starts (found by searching for its opening words), as in the dev keys.
"""
import json
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINE_BASIS = ("source_line/start_line values are 1-based line numbers in `pdftotext -layout` "
              "(poppler 22.12) output of the PDF")


def norm(s):
    return " ".join((s or "").split())


class Lines:
    def __init__(self, stem):
        out = subprocess.run(["pdftotext", "-layout", str(HERE / "pdf" / f"{stem}.pdf"), "-"],
                             capture_output=True, text=True, check=True).stdout
        self.lines = [norm(l) for l in out.split("\n")]

    def find(self, text):
        words = norm(text).split()
        for n in (8, 6, 4, 3, 2):
            probe = " ".join(words[:n])
            if not probe:
                break
            for i, line in enumerate(self.lines):
                if probe in line:
                    return i + 1
        probe = " ".join(words[:4])  # text that starts at the end of one layout line
        for i in range(len(self.lines) - 1):
            if probe in self.lines[i] + " " + self.lines[i + 1]:
                return i + 1
        probe = " ".join(words[1:4])  # two-column pages: the first word ends the previous column line
        for i, line in enumerate(self.lines):
            if len(words) > 3 and probe in line:
                return i  # the line before holds the first word
        return None


def att(name, role, status="present"):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


def act(text, owner, due=None, **extra):
    d = {"text": text, "owner": owner, "due": due, "source_line": None}
    d.update(extra)
    return d


def date(text, iso, what, **extra):
    d = {"text": text, "iso": iso, "what": what, "source_line": None}
    d.update(extra)
    return d


def org(name, aliases=(), type_=None, **extra):
    d = {"name": name, "aliases": list(aliases)}
    if type_:
        d["type"] = type_
    d.update(extra)
    return d


def plist(owner, name, kind, period, items, **extra):
    d = {"owner": owner, "name": name, "kind": kind, "period": period, "source_line": None, "items": list(items)}
    d.update(extra)
    return d


def write(stem, components, meetings, facts, basis_note=None, meetings_extra=None):
    lines = Lines(stem)
    basis = LINE_BASIS + (f" ({basis_note})" if basis_note else "")
    for c in components:
        c["start_line"] = lines.find(c["first_line"])
    for m in meetings:
        for it in m["items"]:
            for a in it["actions"]:
                a["source_line"] = lines.find(a["text"])
    for a in facts["actions"]:
        a["source_line"] = lines.find(a["text"])
    for d in facts["dates"]:
        d["source_line"] = lines.find(d["text"])
    for pl in facts["priority_lists"]:
        pl["source_line"] = lines.find(pl["items"][0])
    mdoc = {"document": f"{stem}.pdf", "line_basis": basis, "components": components, "meetings": meetings}
    if meetings_extra:
        mdoc.update(meetings_extra)
    fdoc = {"document": f"{stem}.pdf", "line_basis": basis}
    for k in ("priority_lists", "priority_changes", "actions", "organisations", "dates"):
        fdoc[k] = facts.get(k, [])
    for k, v in facts.items():
        if k not in fdoc:
            fdoc[k] = v
    (HERE / f"{stem}.meetings.json").write_text(json.dumps(mdoc, indent=2, ensure_ascii=False) + "\n")
    (HERE / f"{stem}.facts.json").write_text(json.dumps(fdoc, indent=2, ensure_ascii=False) + "\n")
    print(stem)


# =======================================================================================
# 1. Wendlecombe District Council – Planning Committee, 13 February 2024
# =======================================================================================
def key_planning():
    stem = "blind6-uk-wendlecombe-dc-planning-committee-minutes-2024-02-13"
    meeting = {
        "body": "Planning Committee",
        "authority": "Wendlecombe District Council",
        "date": "2024-02-13",
        "time": "6.00 pm",
        "venue": "Council Chamber, Wendlecombe House, Market Street, Wendlecombe",
        "attendees": [
            att("R. Ashdown", "Chairman"),
            att("P. Okafor", "Vice-Chairman"),
            att("S. Bellamy", "Councillor"),
            att("T. Fairbrother", "Councillor"),
            att("J. Harcourt-Lee", "Councillor"),
            att("M. Iqbal", "Councillor (left the Chamber for Minute PL/61/23)"),
            att("D. Lomax", "Councillor"),
            att("H. Pennington", "Councillor"),
            att("C. Quarrie", "Councillor"),
            att("A. Venn", "Councillor"),
            att("G. Whitlock", "Councillor (attended remotely via Microsoft Teams and did not vote)", "virtual"),
            att("L. Dorsey", "Substitute for Councillor K. Marchetti"),
            att("W. Dancey", "Ward Member, Priory Ward (for Minute PL/61/23 only)", "also_present"),
            att("F. Greenhalgh", "Head of Planning and Building Control", "in_attendance"),
            att("O. Nwosu", "Principal Planning Officer (Major Applications)", "in_attendance"),
            att("E. Tait", "Senior Lawyer (Planning), Legal Services", "in_attendance"),
            att("B. Cheung", "Democratic Services Officer", "in_attendance"),
            att("K. Marchetti", "Councillor", "apologies"),
            att("N. Sowerby", "Councillor", "apologies"),
        ],
        "apologies": ["K. Marchetti", "N. Sowerby"],
        "attendee_note": "'Members Present:' is a borderless two-column grid of 'Councillor X. Name (role)'; "
                         "G. Whitlock is marked '*' with a footnote 'attended remotely via Microsoft Teams and did not "
                         "vote' (-> virtual). 'Substitutes:' line gives L. Dorsey (for K. Marchetti). 'Officers "
                         "Present:' is a name | job-title grid, keyed in_attendance (officers are not members). "
                         "Apologies are only in the body of minute PL/56/23. Public speakers named inside PL/60/23 "
                         "(G. Pryor, V. Hale, N. Adeyemi) are not keyed as attendees.",
        "items": [
            item("PL/56/23", "Apologies for Absence and Substitutions"),
            item("PL/57/23", "Declarations of Interest"),
            item("PL/58/23", "Minutes", [
                "RESOLVED: That the minutes of the meeting held on 16 January 2024 be approved as a correct record "
                "and signed by the Chairman."]),
            item("PL/59/23", "Public Speaking"),
            item("PL/60/23", "Application 23/01482/FUL – Land North of Coldharbour Lane, Ebbsworth", [
                "RESOLVED: That planning permission be GRANTED subject to the conditions set out in the report and "
                "the Update Sheet and to the completion of a Section 106 agreement securing 35% affordable housing "
                "and a contribution of £184,000 towards primary education by 30 April 2024; and that, if the "
                "agreement has not been completed by that date, authority be delegated to the Head of Planning and "
                "Building Control to refuse the application."]),
            item("PL/61/23", "Application 23/01777/HOU – 14 Priory Mews, Wendlecombe", [
                "RESOLVED: That planning permission be REFUSED for the following reason: The proposed extension, by "
                "reason of its depth and height on the common boundary, would have an overbearing impact on and cause "
                "an unacceptable loss of light to No. 12 Priory Mews, contrary to Policy DM4 of the Wendlecombe Local "
                "Plan 2019–2036."]),
            item("PL/62/23", "Application 23/01901/LBC – The Old Maltings, Station Road, Ebbsworth", [
                "RESOLVED: That consideration of the application be DEFERRED to allow a site visit by Members, to be "
                "arranged by the Democratic Services Officer before the next meeting of the Committee."], [
                act("The Head of Planning and Building Control undertook to circulate the Council's heritage "
                    "consultant's advice on the window profile to all Members of the Committee by 23 February 2024.",
                    "Head of Planning and Building Control (F. Greenhalgh)", "2024-02-23"),
                act("a site visit by Members, to be arranged by the Democratic Services Officer before the next "
                    "meeting of the Committee",
                    "Democratic Services Officer (B. Cheung)", None,
                    note="inside the resolution; 'before the next meeting' (next meeting 12 March 2024) not "
                         "normalised to a date"),
            ]),
            item("PL/63/23", "Planning Appeals Update", ["RESOLVED: That the report be noted."]),
            item("PL/64/23", "Planning Enforcement – Quarterly Report", [
                "RESOLVED: That (a) the enforcement performance for Quarter 3 2023/24 be noted; and (b) the Head of "
                "Planning and Building Control be authorised to take direct action under Section 219 of the Town and "
                "Country Planning Act 1990 at Unit 4, Furnace Yard, Wendlecombe, and to recover the costs from the "
                "owner."]),
        ],
        "items_note": "Minute numbers 'PL/56/23'...'PL/64/23' sit in a left gutter beside bold titles. PL/60/23 "
                      "records a LOST motion to refuse (For 3, Against 8, Abstain 0) before the carried motion; lost "
                      "motions are not resolutions. Recorded votes '(For 7, Against 3, Abstain 1)' are in the "
                      "paragraph before each RESOLVED and are not part of the resolution text. PL/64/23 has lettered "
                      "sub-headings (a)/(b) that are not items; its single RESOLVED has parts (a) and (b). The "
                      "'Proposal: ...' italic line under each application is not part of the title. The closing "
                      "'next meeting' and 'meeting closed' lines are unnumbered and not items.",
    }
    facts = {
        "priority_lists": [],
        "priority_changes": [],
        "actions": [],
        "organisations": [
            org("Wendlecombe District Council", [], "council"),
            org("Corvel Homes Ltd", [], "company", note="applicant"),
            org("Ebbsworth Parish Council", [], "council"),
            org("Aldermarsh County Council", [], "council", note="'as Local Highway Authority'"),
            org("Environment Agency", [], "public_body"),
            org("Historic England", [], "public_body"),
            org("Planning Inspectorate", [], "public_body"),
            org("Ebbsworth Primary School", [], "school"),
        ],
        "dates": [
            date("Tuesday, 13 February 2024", "2024-02-13", "meeting date"),
            date("16 January 2024", "2024-01-16", "previous meeting (minutes approved)"),
            date("30 April 2024", "2024-04-30", "deadline for completing the Section 106 agreement (23/01482/FUL)"),
            date("23 February 2024", "2024-02-23", "heritage consultant's advice to be circulated to Members"),
            date("1 December 2023 and 31 January 2024", "2023-12-01/2024-01-31",
                 "period of the appeal decisions reported"),
            date("Quarter 3 2023/24", "2023-10/2023-12", "enforcement performance period"),
            date("Tuesday, 12 March 2024", "2024-03-12", "next meeting"),
        ],
        "organisations_note": "Council departments (Legal Services, Democratic Services) and Microsoft Teams are not "
                              "keyed as organisations.",
        "dates_note": "'Wendlecombe Local Plan 2019–2036' and 'Town and Country Planning Act 1990' are titles, not "
                      "keyed as dates.",
    }
    comps = [{"title": "Minutes of the Planning Committee, Wendlecombe District Council, 13 February 2024",
              "kind": "minutes", "first_line": "Wendlecombe District Council", "start_line": None}]
    write(stem, comps, [meeting], facts)


# =======================================================================================
# 2. Strathmorven Council – Police and Fire Scrutiny Committee, 7 March 2024
# =======================================================================================
def key_scottish():
    stem = "blind6-uk-strathmorven-council-police-fire-scrutiny-committee-minutes-2024-03-07"
    meeting = {
        "body": "Police and Fire Scrutiny Committee",
        "authority": "Strathmorven Council",
        "date": "2024-03-07",
        "time": "10.00 a.m.",
        "venue": "Council Chambers, Burgh Chambers, High Street, Kilbrannoch",
        "attendees": [
            att("Morag Dalgleish", "Convener"),
            att("Euan MacRury", "Vice-Convener"),
            att("Fiona Baird", "Councillor"),
            att("Callum Drummond", "Councillor"),
            att("Iona Ferrier", "Councillor (by video link)", "virtual"),
            att("Ruaridh Gillies", "Councillor"),
            att("Alasdair Innes", "Councillor"),
            att("Kenneth Strachan", "co-opted member, Strathmorven Federation of Community Councils"),
            att("Lorna McCaig", "Chief Superintendent, Divisional Commander, Police Scotland", "in_attendance"),
            att("Grant Ure", "Chief Inspector, Police Scotland", "in_attendance"),
            att("Stuart Petrie", "Area Commander, Local Senior Officer, Scottish Fire and Rescue Service",
                "in_attendance"),
            att("Ailsa Mowat", "Head of Community Safety", "in_attendance"),
            att("Iain Shearer", "Committee Services Officer", "in_attendance"),
            att("Neil Cowie", "Councillor", "apologies"),
        ],
        "apologies": ["Neil Cowie"],
        "attendee_note": "'Sederunt' heading over one run-on paragraph ('Councillor Morag Dalgleish (Convener); ... and "
                         "Councillors Fiona Baird, Callum Drummond, Iona Ferrier (by video link), ...'); 'In "
                         "Attendance:' paragraph gives rank + name + post + organisation; 'Apology:' (singular).",
        "items": [
            item("I", "DECLARATIONS OF INTEREST"),
            item("II", "MINUTE OF PREVIOUS MEETING", ["The Committee approved the minute as a correct record."]),
            item("III", "POLICE SCOTLAND – LOCAL POLICE PLAN 2023–26: QUARTER 3 PERFORMANCE", [
                "Following discussion, the Committee noted the performance information for the period 1st of April "
                "to 31st of December 2023 and agreed to ask the Divisional Commander to provide a briefing note on the "
                "rise in shoplifting in Kilbrannoch town centre to all members of the Committee by the end of April "
                "2024."], [
                act("ask the Divisional Commander to provide a briefing note on the rise in shoplifting in Kilbrannoch "
                    "town centre to all members of the Committee by the end of April 2024",
                    "Divisional Commander, Police Scotland (Lorna McCaig)", "2024-04"),
            ]),
            item("IV", "SCOTTISH FIRE AND RESCUE SERVICE – QUARTER 3 PERFORMANCE", [
                "The Committee noted the report and agreed that the Local Senior Officer present a report on unwanted "
                "fire alarm signals from non-domestic premises to the meeting of the Committee in June 2024."], [
                act("the Local Senior Officer present a report on unwanted fire alarm signals from non-domestic "
                    "premises to the meeting of the Committee in June 2024",
                    "Local Senior Officer, Scottish Fire and Rescue Service (Stuart Petrie)", "2024-06"),
            ]),
            item("V", "ANTISOCIAL BEHAVIOUR STRATEGY 2024–2027", [
                "After discussion, the Committee agreed (a) to approve the draft Antisocial Behaviour Strategy "
                "2024–2027 for public consultation from 18th of March to 26th of April 2024; and (b) to note that the "
                "finalised Strategy would be submitted to the Communities and Housing Committee for approval."], [
                act("the finalised Strategy would be submitted to the Communities and Housing Committee for approval",
                    "Head of Community Safety (Ailsa Mowat) (implied)", None),
            ]),
            item("VI", "ANY OTHER COMPETENT BUSINESS", [
                "The Committee agreed that the Convener write, on its behalf, to the Scottish Police Authority "
                "expressing concern at the proposed closure and requesting that a local consultation be held."], [
                act("the Convener write, on its behalf, to the Scottish Police Authority expressing concern at the "
                    "proposed closure and requesting that a local consultation be held",
                    "Convener (Morag Dalgleish)", None),
            ]),
            item("VII", "DATE OF NEXT MEETING", [
                "The Committee noted that the next meeting would be held on Thursday, 6th of June 2024 at 10.00 a.m. "
                "in the Council Chambers, Kilbrannoch."]),
        ],
        "items_note": "Items numbered with Roman numerals 'I.'...'VII.' followed by upper-case titles. Decisions are "
                      "inline sentences 'The Committee noted/approved/agreed ...' at the end of narrative paragraphs; "
                      "there is no RESOLVED wording. Item V's decision has (a)/(b) parts and is one resolution. "
                      "'No declarations were made.' (item I) is not a decision. Item III lists the five local police "
                      "priorities inline, separated by semicolons (keyed in facts).",
    }
    facts = {
        "priority_lists": [
            plist("Police Scotland (Strathmorven)", "Strathmorven Local Police Plan 2023–26 local priorities",
                  "priority", "2023-26",
                  ["protecting vulnerable people", "reducing violence and antisocial behaviour",
                   "tackling substance misuse", "road safety and road crime", "acquisitive crime"],
                  note="inline in minute III: 'the Plan sets five local priorities, namely ...; ...; and ...'"),
        ],
        "priority_changes": [],
        "actions": [],
        "organisations": [
            org("Strathmorven Council", [], "council"),
            org("Police and Fire Scrutiny Committee", [], "committee", parent="Strathmorven Council"),
            org("Police Scotland", [], "police"),
            org("Scottish Fire and Rescue Service", [], "fire_service"),
            org("Strathmorven Federation of Community Councils", [], "association"),
            org("Kilbrannoch Housing Association", [], "housing_association"),
            org("Strathmorven Health and Social Care Partnership", [], "partnership"),
            org("Strathmorven Community Safety Partnership", [], "partnership"),
            org("Victim Support Scotland", [], "charity"),
            org("Communities and Housing Committee", [], "committee", parent="Strathmorven Council"),
            org("Scottish Police Authority", [], "public_body"),
        ],
        "dates": [
            date("Thursday, 7th of March 2024", "2024-03-07", "meeting date"),
            date("Thursday, 7th of December 2023", "2023-12-07", "previous meeting (minute approved)"),
            date("Local Police Plan 2023–26", "2023/2026", "period of the Strathmorven Local Police Plan"),
            date("1st of April to 31st of December 2023", "2023-04-01/2023-12-31", "police performance period reported"),
            date("from January 2024", "2024-01", "Drumlaw problem-solving team deployed"),
            date("by the end of April 2024", "2024-04", "police briefing note on shoplifting due"),
            date("28th of March 2024", "2024-03-28", "SFRS Strategic Service Review consultation closes"),
            date("in June 2024", "2024-06", "report on unwanted fire alarm signals due"),
            date("Antisocial Behaviour Strategy 2024–2027", "2024/2027", "period of the Antisocial Behaviour Strategy"),
            date("from 18th of March to 26th of April 2024", "2024-03-18/2024-04-26",
                 "public consultation on the draft Antisocial Behaviour Strategy"),
            date("Thursday, 6th of June 2024", "2024-06-06", "next meeting"),
        ],
    }
    comps = [{"title": "Minute of the Police and Fire Scrutiny Committee, Strathmorven Council, 7 March 2024",
              "kind": "minutes", "first_line": "STRATHMORVEN COUNCIL", "start_line": None}]
    write(stem, comps, [meeting], facts)


# =======================================================================================
# 3. City of Port Alderwood – City Council regular meeting, April 16, 2024
# =======================================================================================
def key_us():
    stem = "blind6-us-port-alderwood-city-council-regular-meeting-minutes-2024-04-16"
    meeting = {
        "body": "Port Alderwood City Council",
        "authority": "City of Port Alderwood",
        "date": "2024-04-16",
        "time": "6:02 p.m.",
        "venue": "Council Chambers, City Hall, 410 Harbor Street, Port Alderwood",
        "attendees": [
            att("Rosa Alvarez", "Councilmember"),
            att("Henry Brennan-Cho", "Councilmember"),
            att("Tom Kowalczyk", "Councilmember"),
            att("Janelle Okonjo", "Mayor Pro Tem"),
            att("Dana Whitcombe", "Mayor (presiding)"),
            att("Peter Sutter", "Councilmember (excused)", "absent"),
            att("Carl Featherstone", "City Manager", "in_attendance"),
            att("Miriam Osei", "City Attorney", "in_attendance"),
            att("Lucy Vang", "City Clerk", "in_attendance"),
            att("Raj Patel", "Public Works Director", "in_attendance"),
            att("Shauna Birch", "Community Development Director", "in_attendance"),
            att("Andrea Dunmore", "Police Chief", "in_attendance"),
        ],
        "apologies": [],
        "attendee_note": "'ROLL CALL: Councilmembers ..., Mayor Pro Tem ... and Mayor ... present; Councilmember Peter "
                         "Sutter absent (excused).' in one sentence; 'STAFF PRESENT:' with title before name, keyed "
                         "in_attendance. Public commenters (Marjorie Ellison, Ken Abernathy) and 'former "
                         "Councilmember Edith Rowe' (adjourned in her memory) are not attendees. Time is the call to "
                         "order; the header gives no time.",
        "items": [
            item("1", "CALL TO ORDER"),
            item("2", "ROLL CALL"),
            item("3", "PLEDGE OF ALLEGIANCE"),
            item("4", "APPROVAL OF AGENDA", [
                "It was moved by Councilmember Alvarez and seconded by Councilmember Kowalczyk to approve the agenda "
                "as presented; the motion carried unanimously (5-0)."]),
            item("5", "PUBLIC COMMENT"),
            item("6", "CONSENT CALENDAR", [
                "It was moved by Mayor Pro Tem Okonjo and seconded by Councilmember Brennan-Cho to approve the "
                "Consent Calendar as presented; the motion carried unanimously (5-0)."]),
            item("7", "PUBLIC HEARINGS", [
                "It was moved by Councilmember Brennan-Cho and seconded by Mayor Pro Tem Okonjo to introduce and waive "
                "the first reading of Ordinance No. 1187, amending Chapter 17.42 of the Port Alderwood Municipal Code "
                "relating to accessory dwelling units, and to schedule the second reading for May 7, 2024; the motion "
                "carried 4-1 (Kowalczyk opposed)."]),
            item("8", "NEW BUSINESS", [
                "It was moved by Mayor Pro Tem Okonjo and seconded by Councilmember Alvarez to adopt RESOLUTION NO. "
                "24-088, A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF PORT ALDERWOOD ADOPTING A COMMUNITY SAFETY "
                "CAMERA PROGRAM USE POLICY; the motion carried unanimously (5-0)."], [
                act("Staff was directed to return with a six-month report on camera usage and data retention audits "
                    "by November 2024.", "Staff", "2024-11"),
                act("Staff was directed to return with options for a pilot of two-hour parking limits on Front Street "
                    "at the May 21, 2024 meeting.", "Staff", "2024-05-21"),
            ]),
            item("9", "CITY MANAGER REPORT"),
            item("10", "COUNCIL COMMENTS", [], [
                act("By consensus, the City Manager was asked to place a traffic calming study for Lighthouse Road on "
                    "the June 4, 2024 agenda.", "City Manager (Carl Featherstone)", "2024-06-04"),
            ]),
            item("11", "ADJOURNMENT"),
        ],
        "items_note": "Numbered upper-case headings 1.-11.; lettered sub-items (6.A-C consent items, 7.A, 8.A, 8.B) "
                      "are not items. The Consent Calendar is approved by one motion, keyed once (not once per "
                      "consent item, although B and C are numbered resolutions 24-086 / 24-087). 'No action was "
                      "taken.' (8.B) is not a decision. The 'By consensus' request in item 10 is keyed as an action, "
                      "not a resolution.",
    }
    facts = {
        "priority_lists": [],
        "priority_changes": [],
        "actions": [],
        "organisations": [
            org("City of Port Alderwood", ["Port Alderwood City Council", "City Council"], "city",
                note="the City and its Council merged"),
            org("Port Alderwood Planning Commission", [], "commission"),
            org("Harbor District Merchants Association", [], "business_association"),
            org("Harborline Fleet Services", [], "company"),
            org("Alder County Recorder", [], "public_body"),
            org("California Department of Housing and Community Development", ["HCD"], "state_agency"),
            org("Alder County Sheriff's Office", [], "police"),
            org("Port Alderwood Rotary Club", [], "club"),
            org("Alder County Transit Authority", [], "public_body"),
        ],
        "dates": [
            date("Tuesday, April 16, 2024", "2024-04-16", "meeting date"),
            date("April 2, 2024", "2024-04-02", "previous regular meeting (minutes approved on consent)"),
            date("March 20, 2024", "2024-03-20", "Planning Commission recommended approval of ZTA 24-02"),
            date("May 7, 2024", "2024-05-07", "second reading of Ordinance No. 1187; minutes approved (signature block)"),
            date("by November 2024", "2024-11", "six-month camera program report due"),
            date("May 21, 2024", "2024-05-21", "parking pilot options to return to Council"),
            date("Saturday, April 20, 2024", "2024-04-20", "Earth Day shoreline cleanup"),
            date("May 14, 2024", "2024-05-14", "first budget workshop"),
            date("Fiscal Year 2024-25", "2024-07/2025-06", "budget year",
                 note="US municipal fiscal year assumed July-June"),
            date("June 4, 2024", "2024-06-04", "agenda for the Lighthouse Road traffic calming study"),
        ],
    }
    comps = [{"title": "City of Port Alderwood City Council Regular Meeting Minutes, April 16, 2024",
              "kind": "minutes", "first_line": "CITY OF PORT ALDERWOOD", "start_line": None}]
    write(stem, comps, [meeting], facts)


# =======================================================================================
# 4. Little Hensworth Parish Council, 15 January 2024
# =======================================================================================
def key_parish():
    stem = "blind6-uk-little-hensworth-pc-parish-council-minutes-2024-01-15"
    meeting = {
        "body": "Little Hensworth Parish Council",
        "authority": "Little Hensworth Parish Council",
        "date": "2024-01-15",
        "time": "7.30pm",
        "venue": "Village Hall",
        "attendees": [
            att("J Pargeter", "Chair"),
            att("S Moss", "Vice Chair"),
            att("R Teague", "Councillor"),
            att("A Nwachukwu", "Councillor"),
            att("P Fenn", "Councillor"),
            att("K Ollerenshaw", "Clerk/RFO", "in_attendance"),
            att("B Hollis", "District Councillor (North Barnshire DC)", "in_attendance"),
            att("D Wren", "Councillor (work commitments)", "apologies"),
            att("T Garside", "PCSO (Barnshire Police)", "apologies"),
        ],
        "apologies": ["D Wren", "T Garside"],
        "attendee_note": "Apologies are only in minute 2024/001. '3 members of the public' are unnamed and not keyed.",
        "items": [
            item("2024/001", "APOLOGIES FOR ABSENCE", ["resolved to accept the apologies given."]),
            item("2024/002", "DECLARATIONS OF INTEREST"),
            item("2024/003", "MINUTES OF THE MEETING HELD ON 4th DECEMBER 2023", [
                "Resolved: that the minutes of 4th December 2023 be signed by the Chair as a true record. Prop Cllr "
                "Moss, sec Cllr Teague, all in favour."]),
            item("2024/004", "PUBLIC SESSION", [], [
                act("Clerk to report the pothole outside The Forge to Barnshire County Council Highways via the online "
                    "fault reporting system.", "Clerk (K Ollerenshaw)", None, action_line="Action: Clerk"),
            ]),
            item("2024/005", "POLICE REPORT"),
            item("2024/006", "REPORTS FROM DISTRICT & COUNTY COUNCILLORS"),
            item("2024/007", "SPEED INDICATOR DEVICE (SID)", [
                "After discussion it was RESOLVED to purchase a second SID from Evolve Traffic Ltd at a cost of "
                "£2,385 + VAT, funded from the Highways earmarked reserve. 4 for, 1 abstention."], [
                act("Clerk to place the order for the SID with Evolve Traffic Ltd.", "Clerk (K Ollerenshaw)", None,
                    action_line="Action: Clerk"),
                act("Cllr Fenn to draw up a rota of volunteers for moving the SID between its two posts.",
                    "Cllr Fenn (P Fenn)", None, action_line="Action: Cllr Fenn"),
            ]),
            item("2024/008", "PRECEPT 2024/25", [
                "Resolved unanimously - the precept for 2024/25 to be set at £18,750 (an increase of 4.2% on "
                "2023/24)."], [
                act("Clerk to submit the precept request form to North Barnshire District Council by 9th February "
                    "2024.", "Clerk (K Ollerenshaw)", "2024-02-09", action_line="Action: Clerk"),
            ]),
            item("2024/009", "FINANCE", ["resolved: payments totalling £764.80 approved."]),
            item("2024/010", "PLANNING", [
                "24/00031/HOU - 7 Orchard Close - rear conservatory. Resolved - no objection."]),
            item("2024/011", "VILLAGE HALL CAR PARK LIGHTING", ["Deferred to next meeting."], [
                act("Cllr Moss to obtain three quotes for two LED bollard lights.", "Cllr Moss (S Moss)", None,
                    action_line="Action: Cllr Moss",
                    note="for the next meeting (19 February 2024); not normalised to a date"),
            ]),
            item("2024/012", "CORRESPONDENCE"),
            item("2024/013", "DATE OF NEXT MEETING"),
        ],
        "items_note": "Minute numbers '2024/001'...'2024/013' before upper-case titles. 'Resolved' written as "
                      "'resolved to', 'Resolved:', 'RESOLVED', 'Resolved unanimously -', 'resolved:', 'Resolved -'. "
                      "Each action is a sentence followed by a right-aligned bold 'Action: <owner>' line. 2024/009 "
                      "has sub-headings a) / b) (not items) and a payments table (payee / details / amount) that is "
                      "not a decision; the second sentence 'Cheques signed by ...' is not part of the resolution. "
                      "'Deferred to next meeting.' (2024/011) is keyed as a decision.",
    }
    facts = {
        "priority_lists": [],
        "priority_changes": [],
        "actions": [],
        "organisations": [
            org("Little Hensworth Parish Council", [], "council"),
            org("North Barnshire District Council", ["North Barnshire DC", "NBDC"], "council"),
            org("Barnshire County Council", [], "council"),
            org("Barnshire Police", [], "police"),
            org("Evolve Traffic Ltd", [], "company"),
            org("HMRC", [], "government_department"),
            org("Hensworth Village Hall Trust", [], "charity"),
            org("Greenway Grounds Maintenance Ltd", [], "company"),
            org("Barnshire Association of Local Councils", [], "association"),
            org("Barnshire Rural Community Council", [], "charity"),
            org("CPRE", [], "charity"),
        ],
        "dates": [
            date("Monday 15th January 2024", "2024-01-15", "meeting date"),
            date("4th December 2023", "2023-12-04", "previous meeting (minutes approved)"),
            date("31st January 2024", "2024-01-31", "Barnshire County Council budget consultation closes"),
            date("1st March 2024", "2024-03-01", "NBDC garden waste subscriptions renew"),
            date("2024/25", "2024-04/2025-03", "precept year"),
            date("9th February 2024", "2024-02-09", "deadline for the precept request form"),
            date("31st December 2023", "2023-12-31", "bank reconciliation date"),
            date("Monday 19th February 2024", "2024-02-19", "next meeting"),
        ],
    }
    comps = [{"title": "Minutes of the Parish Council Meeting, Little Hensworth Parish Council, 15 January 2024",
              "kind": "minutes", "first_line": "LITTLE HENSWORTH PARISH COUNCIL", "start_line": None}]
    write(stem, comps, [meeting], facts)


# =======================================================================================
# 5. Ravensmoor Police and Crime Plan 2024–2029
# =======================================================================================
def key_pcc():
    stem = "blind6-uk-ravensmoor-pcc-police-and-crime-plan-2024-04"
    pcc = "Police and Crime Commissioner for Ravensmoor"
    we = f"{pcc} ('We will')"
    facts = {
        "priority_lists": [
            plist(pcc, "Police and Crime Plan priorities (Priority One to Priority Four)", "priority", "2024-2029",
                  ["Preventing violence against women and girls",
                   "Tackling neighbourhood crime and anti-social behaviour",
                   "Making our roads safer",
                   "Supporting victims and delivering justice"],
                  note="printed twice: in the 'Our priorities at a glance' box (p.2) and as the 'Priority One: ...' "
                       "section headings (pp.3-4)"),
            plist(pcc, "Cross-cutting themes", "cross_cutting_theme", "2024-2029",
                  ["Early intervention and prevention", "Equality, diversity and inclusion",
                   "Listening to communities"]),
        ],
        "priority_changes": [
            {"year": "2024", "change": "added", "priority": "Making our roads safer",
             "previously_part_of": "Safer Communities",
             "note": "'Making our roads safer is therefore a new priority in this plan; in my previous plan "
                     "(2021–2024) it formed part of the ‘Safer Communities’ priority.'"},
            {"year": "2024", "change": "merged", "priority": "Tackling rural crime", "previously_part_of": None,
             "merged_into": "Tackling neighbourhood crime and anti-social behaviour",
             "note": "'Tackling rural crime, a separate priority in the previous plan, has been brought together "
                     "with neighbourhood crime under Priority Two'"},
        ],
        "actions": [
            act("Commission a specialist domestic abuse perpetrator programme across all districts by March 2025.",
                we, "2025-03", kind="commitment"),
            act("Fund two additional Independent Sexual Violence Advisers (ISVAs) through Ravensmoor Rape Crisis.",
                we, None, kind="commitment"),
            act("Work with Ravensmoor County Council and NHS Ravensmoor Integrated Care Board to deliver healthy "
                "relationships education in every secondary school.", we, None, kind="commitment"),
            act("Require Ravensmoor Police to publish its VAWG action plan and report progress to me twice a year.",
                we, None, kind="commitment"),
            act("Protect the number of Police Community Support Officers (PCSOs) at 184 for the life of this plan.",
                we, None, kind="commitment", note="'for the life of this plan' (to March 2029) not normalised"),
            act("Establish a dedicated Rural and Wildlife Crime Team by the end of 2024.", we, "2024-12",
                kind="commitment"),
            act("Provide £250,000 a year through my Safer Neighbourhoods Fund for community-led crime prevention.",
                we, None, kind="commitment"),
            act("Work with the Community Safety Partnerships to introduce a single Anti-social Behaviour Case Review "
                "process across Ravensmoor.", we, None, kind="commitment"),
            act("Work through Safer Roads Ravensmoor to reduce the number of people killed or seriously injured.",
                we, None, kind="commitment"),
            act("Expand Community Speedwatch to 60 communities by March 2026.", we, "2026-03", kind="commitment"),
            act("Invest in average-speed cameras on two high-risk rural routes identified by the partnership.",
                we, None, kind="commitment"),
            act("Recommission the Ravensmoor Victims’ Hub, currently delivered by Victim Support, from April 2025.",
                we, "2025-04", kind="commitment"),
            act("Work with the Crown Prosecution Service and HM Courts & Tribunals Service through the Ravensmoor "
                "Local Criminal Justice Board to reduce delays for victims.", we, None, kind="commitment"),
            act("Fund restorative justice services for every victim who chooses them.", we, None, kind="commitment"),
            act("I will hold the Chief Constable, Marcus Thorne, to account for the delivery of this plan, and I will "
                "have regard to the Home Office’s Strategic Policing Requirement and to the findings of His Majesty’s "
                "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS).", pcc, None, kind="commitment",
                note="foreword"),
            act("I will hold a public Accountability Board with the Chief Constable every quarter, and the Ravensmoor "
                "Police and Crime Panel will scrutinise my progress against this plan each year.", pcc, None,
                kind="commitment"),
            act("I will publish an annual report each summer, beginning in July 2025.", pcc, "2025-07",
                kind="commitment"),
        ],
        "actions_note": "'How we will measure success' bullets (boxed, dash bullets) are measures, not actions, and "
                        "are not keyed. Due is set only where the bullet itself states a date.",
        "organisations": [
            org(pcc, ["Ravensmoor Police and Crime Commissioner",
                      "Office of the Police and Crime Commissioner for Ravensmoor", "OPCC"], "pcc",
                note="the Commissioner and her Office keyed as one organisation"),
            org("Ravensmoor Police", [], "police"),
            org("Ravensmoor Police and Crime Panel", [], "panel"),
            org("Home Office", [], "government_department"),
            org("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services", ["HMICFRS"], "inspectorate"),
            org("Ravensmoor Rape Crisis", [], "charity"),
            org("Ravensmoor County Council", [], "council"),
            org("NHS Ravensmoor Integrated Care Board", [], "nhs"),
            org("Ravensmoor Community Safety Partnerships", ["Community Safety Partnerships"], "partnership"),
            org("Safer Roads Ravensmoor", [], "partnership"),
            org("Victim Support", [], "charity"),
            org("Crown Prosecution Service", [], "public_body"),
            org("HM Courts & Tribunals Service", [], "public_body"),
            org("Ravensmoor Local Criminal Justice Board", [], "board"),
            org("Ashcombe Borough Council", [], "council"),
            org("Harbury District Council", [], "council"),
            org("Fellbridge District Council", [], "council"),
            org("Ravensmoor Fire and Rescue Service", [], "fire_service"),
            org("The Probation Service", [], "public_body"),
            org("Ravensmoor Youth Justice Service", [], "public_body"),
        ],
        "organisations_note": "Services and schemes are not organisations: Ravensmoor Victims’ Hub (a commissioned "
                              "service), Community Speedwatch, Safer Neighbourhoods Fund, Accountability Board.",
        "dates": [
            date("Published April 2024", "2024-04", "plan published"),
            date("Police and Crime Plan 2024–2029", "2024/2029", "plan period (title)"),
            date("between 1 April 2024 and 31 March 2029", "2024-04-01/2029-03-31", "plan period (foreword)"),
            date("from 2 October to 10 December 2023", "2023-10-02/2023-12-10", "public consultation on the plan"),
            date("25 January 2024", "2024-01-25", "Police and Crime Panel reviewed the draft plan"),
            date("previous plan (2021–2024)", "2021/2024", "period of the previous police and crime plan"),
            date("by March 2025", "2025-03", "perpetrator programme commissioned"),
            date("by the end of 2024", "2024-12", "Rural and Wildlife Crime Team established"),
            date("In 2023", "2023", "road casualty figures (41 killed, 388 seriously injured)"),
            date("by March 2026", "2026-03", "Community Speedwatch expanded to 60 communities"),
            date("from April 2025", "2025-04", "Victims’ Hub recommissioned"),
            date("beginning in July 2025", "2025-07", "first annual report"),
        ],
    }
    comps = [{"title": "Ravensmoor Police and Crime Plan 2024–2029: Safer Streets, Stronger Communities",
              "kind": "plan", "first_line": "Ravensmoor Police and Crime Commissioner", "start_line": None}]
    write(stem, comps, [], facts)


# =======================================================================================
# 6. Brackenford CSP – Partnership Plan 2024/25 action tracker (landscape, unruled table)
# =======================================================================================
def key_tracker():
    stem = "blind6-uk-brackenford-csp-action-tracker-2024-06-30"
    rows = [
        ("SV1", "Refresh the Serious Violence Duty strategic needs assessment and share it with all specified "
                "authorities", "CSP Manager (BrBC)", "30/09/2024", "2024-09-30", "On track"),
        ("SV2", "Deliver StreetDoctors knife-crime first-aid sessions in all four secondary schools", "Eastshire YJS",
         "Mar 2025", "2025-03", "On track – 2 of 4 schools booked"),
        ("SV3", "Introduce a hospital navigator scheme at Brackenford General Hospital A&E with referrals to the "
                "youth violence team", "NHS Eastshire ICB / Public Health", "Q3 2024/25", "2024-12",
         "At risk – funding bid to Home Office pending"),
        ("SV4", "Agree an information-sharing protocol for violence hotspot mapping between Eastshire Police, BrBC "
                "and Eastshire Fire & Rescue Service", "Eastshire Police – Partnerships Inspector", "31/08/2024",
         "2024-08-31", "Complete"),
        ("DA1", "Recommission the community-based domestic abuse outreach service (current contract ends "
                "31/03/2025)", "DA Coordinator, BrBC", "31/01/2025", "2025-01-31", "On track – tender published"),
        ("DA2", "Roll out Domestic Abuse Champions training to 120 frontline staff across partner agencies",
         "DA Coordinator, BrBC", "Dec 2024", "2024-12", "46 trained to date"),
        ("DA3", "Review MARAC referral thresholds in line with SafeLives guidance", "Eastshire Police / MARAC Chair",
         "Sep 2024", "2024-09", "Not started"),
        ("ASB1", "Launch the ASB Case Review online form and publish annual case review data",
         "Community Safety Team, BrBC", "31/07/2024", "2024-07-31", "Complete"),
        ("ASB2", "Deploy two redeployable CCTV cameras to Brackenford town centre and Mill Park", "CCTV Manager, BrBC",
         "Oct 2024", "2024-10", "Slipped – revised date Dec 2024"),
        ("ASB3", "Hold quarterly joint action days with Brackenford Homes and the Neighbourhood Policing Team",
         "Brackenford Homes / Eastshire Police", "Ongoing (quarterly)", None, "On track"),
        ("DR1", "Complete the Eastshire Combating Drugs Partnership needs assessment for Brackenford",
         "Public Health, Eastshire County Council", "30/11/2024", "2024-11-30", "On track"),
        ("DR2", "Consult on a Public Spaces Protection Order (alcohol) for the Station Quarter",
         "Licensing & Community Safety, BrBC", "Jan 2025", "2025-01", "Not started – awaiting Cabinet approval"),
        ("DR3", "Extend assertive outreach by Pathways Recovery Eastshire to the Station Quarter on Friday and "
                "Saturday evenings", "Pathways Recovery Eastshire (commissioned provider)", "Mar 2025", "2025-03",
         "On track"),
    ]
    actions = []
    for code, text, owner, due_text, due, status in rows:
        a = act(text, owner, due, kind="action_plan_row", code=code, due_as_printed=due_text, status=status)
        if code == "SV3":
            a["note"] = "'Q3 2024/25' = October-December 2024; due keyed as the quarter's last month"
        if code == "ASB2":
            a["note"] = "Due column says Oct 2024; the Status cell gives a revised date Dec 2024"
        actions.append(a)
    facts = {
        "priority_lists": [
            plist("Brackenford Community Safety Partnership", "Partnership Plan 2024/25 priorities (group rows of "
                  "the tracker table)", "priority", "2024/25",
                  ["Serious violence", "Domestic abuse", "Anti-social behaviour", "Drug and alcohol related harm"],
                  note="printed only as 'Priority N – ...' group rows spanning the table"),
        ],
        "priority_changes": [],
        "actions": actions,
        "actions_note": "One action per table row; text = Action cell, owner = Owner cell as printed, due = Due cell "
                        "normalised (null for 'Ongoing (quarterly)'). The status key line at the foot is not an action.",
        "organisations": [
            org("Brackenford Community Safety Partnership", ["Brackenford CSP", "CSP"], "partnership"),
            org("CSP Strategy Board", [], "board", parent="Brackenford Community Safety Partnership"),
            org("Brackenford Borough Council", ["BrBC"], "council"),
            org("Eastshire Police", [], "police"),
            org("Eastshire County Council", [], "council"),
            org("Eastshire Fire & Rescue Service", [], "fire_service"),
            org("NHS Eastshire Integrated Care Board", ["ICB", "NHS Eastshire ICB"], "nhs"),
            org("The Probation Service", [], "public_body"),
            org("Eastshire Youth Justice Service", ["YJS", "Eastshire YJS"], "public_body"),
            org("Brackenford Homes", [], "housing_association"),
            org("StreetDoctors", [], "charity"),
            org("Brackenford General Hospital", [], "nhs"),
            org("Home Office", [], "government_department"),
            org("SafeLives", [], "charity"),
            org("Eastshire Combating Drugs Partnership", [], "partnership"),
            org("Pathways Recovery Eastshire", [], "charity", note="'commissioned provider'"),
        ],
        "organisations_note": "Not keyed: MARAC (a multi-agency meeting), Neighbourhood Policing Team, Public Health, "
                              "Community Safety Team, CCTV, Licensing & Community Safety, Cabinet (teams/departments "
                              "of the bodies above).",
        "dates": [
            date("Position as at 30 June 2024", "2024-06-30", "tracker position date"),
            date("11 July 2024", "2024-07-11", "reported to the CSP Strategy Board"),
            date("Partnership Plan 2024/25", "2024-04/2025-03", "plan period"),
            date("30/09/2024", "2024-09-30", "due date SV1"),
            date("Mar 2025", "2025-03", "due date SV2 and DR3"),
            date("Q3 2024/25", "2024-10/2024-12", "due date SV3"),
            date("31/08/2024", "2024-08-31", "due date SV4"),
            date("31/03/2025", "2025-03-31", "current domestic abuse outreach contract ends"),
            date("31/01/2025", "2025-01-31", "due date DA1"),
            date("Dec 2024", "2024-12", "due date DA2; revised date ASB2"),
            date("Sep 2024", "2024-09", "due date DA3"),
            date("31/07/2024", "2024-07-31", "due date ASB1"),
            date("Oct 2024", "2024-10", "original due date ASB2"),
            date("30/11/2024", "2024-11-30", "due date DR1"),
            date("Jan 2025", "2025-01", "due date DR2"),
        ],
    }
    comps = [{"title": "Brackenford Community Safety Partnership – Partnership Plan 2024/25 Action Tracker "
                       "(position as at 30 June 2024)",
              "kind": "action_plan", "first_line": "Brackenford Community Safety Partnership", "start_line": None}]
    write(stem, comps, [], facts, basis_note="A4 landscape; the tracker is an unruled 5-column table, so one layout "
                                             "line holds several cells")


# =======================================================================================
# 7. Township of Kestrel Bay – Community Safety and Well-Being Plan 2024–2028 (two columns)
# =======================================================================================
def key_cswb():
    stem = "blind6-ca-kestrel-bay-township-cswb-plan-2024-02-27"
    tw = "Township of Kestrel Bay"
    facts = {
        "priority_lists": [
            plist(tw, "Strategic Directions", "strategic_priority", "2024-2028",
                  ["Mental Health and Addictions", "Housing and Homelessness", "Youth Engagement and Belonging",
                   "Road and Community Safety"],
                  note="printed as 'Strategic Direction N – <title>' banner headings"),
            plist(tw, "Strategic Direction 1 – Mental Health and Addictions: goals", "objective", "2024-2028", [
                "Improve timely access to crisis support for people experiencing a mental health crisis.",
                "Reduce harms associated with substance use.",
                "Reduce stigma and increase awareness of local services."]),
            plist(tw, "Strategic Direction 2 – Housing and Homelessness: goals", "objective", "2024-2028", [
                "Increase the supply of safe and affordable housing.",
                "Prevent people from becoming homeless."]),
            plist(tw, "Strategic Direction 3 – Youth Engagement and Belonging: goals", "objective", "2024-2028", [
                "Increase access to free and low-cost recreation for young people.",
                "Strengthen connections between young people and caring adults."]),
            plist(tw, "Strategic Direction 4 – Road and Community Safety: goals", "objective", "2024-2028", [
                "Reduce speeding and impaired driving.",
                "Reduce property crime in the downtown core."]),
        ],
        "priority_lists_note": "Two-level list: the four Strategic Directions are one list; the goals 'Goal N.M' of "
                               "each direction are one objective list per direction (goal text without the 'Goal N.M' "
                               "label). The four provincial framework areas (social development; prevention; risk "
                               "intervention; incident response) are a planning framework, not priorities.",
        "priority_changes": [],
        "actions": [
            act("Establish a Mobile Crisis Response Team pairing OPP officers with CMHA Tamarack crisis workers.",
                "OPP / CMHA Tamarack", "2025", kind="action_plan_row", goal="1.1"),
            act("Make naloxone kits available in all municipal facilities and train front-desk staff in their use.",
                "Tamarack District Health Unit", "2024", kind="action_plan_row", goal="1.2"),
            act("Publish a plain-language directory of mental health and addiction services, in English and French.",
                "Kestrel Bay Family Health Team", "2024", kind="action_plan_row", goal="1.3"),
            act("Complete a municipal housing needs assessment and report to Council.", tw, "2024",
                kind="action_plan_row", goal="2.1"),
            act("Create a coordinated by-name list of people experiencing homelessness.", "TDSSAB", "2025",
                kind="action_plan_row", goal="2.2"),
            act("Provide emergency rent and utility support through the Kestrel Bay Food Bank’s outreach desk.",
                "Kestrel Bay Food Bank / TDSSAB", None, kind="action_plan_row", goal="2.2",
                note="Target: Ongoing"),
            act("Offer free drop-in youth nights at the Kestrel Bay Community Centre every Friday.",
                "Township Recreation Department", None, kind="action_plan_row", goal="3.1", note="Target: Ongoing"),
            act("Launch a youth mentorship program in partnership with the Tamarack District School Board.",
                "Tamarack District School Board", "2026", kind="action_plan_row", goal="3.2"),
            act("Install radar speed signs in the four Community Safety Zones.", "Public Works Department", "2024",
                kind="action_plan_row", goal="4.1"),
            act("Deliver a business crime-prevention audit program for downtown merchants.",
                "OPP Kestrel Bay Detachment", "2025", kind="action_plan_row", goal="4.2"),
            act("The Advisory Committee will report progress on each action to Council every spring.",
                "Kestrel Bay CSWB Advisory Committee", None, kind="commitment"),
            act("The plan will be formally reviewed in 2026, at its mid-point, and a new plan prepared by the end of "
                "2028.", tw, "2028-12", kind="commitment", note="review in 2026; new plan by end of 2028"),
        ],
        "actions_note": "Each goal's '▪' action bullet is followed by an italic 'Lead: ... | Target: ...' line; owner = "
                        "Lead, due = Target year (null for 'Ongoing').",
        "organisations": [
            org(tw, [], "municipality"),
            org("Kestrel Bay CSWB Advisory Committee", ["Advisory Committee"], "committee"),
            org("Ministry of the Solicitor General", [], "government_department"),
            org("Ontario Provincial Police – Kestrel Bay Detachment", ["OPP", "OPP Kestrel Bay Detachment"], "police"),
            org("Tamarack District Health Unit", [], "public_health"),
            org("Canadian Mental Health Association, Tamarack Branch", ["CMHA Tamarack"], "charity"),
            org("Kestrel Bay Family Health Team", [], "health"),
            org("Tamarack District School Board", [], "school_board"),
            org("Tamarack District Social Services Administration Board", ["TDSSAB"], "public_body"),
            org("Kestrel Bay Fire Department", [], "fire_service"),
            org("Kestrel Bay Food Bank", [], "charity"),
            org("Victim Services Tamarack", [], "charity"),
        ],
        "organisations_note": "Not keyed: Township Recreation Department and Public Works Department (departments of "
                              "the Township), Mobile Crisis Response Team (to be established), Kestrel Bay Community "
                              "Centre (a facility).",
        "dates": [
            date("February 27, 2024", "2024-02-27", "plan adopted by Council (Resolution No. 2024-041)"),
            date("2024–2028", "2024/2028", "plan period"),
            date("June 22, 2021", "2021-06-22", "first CSWB plan adopted"),
            date("between March and November 2023", "2023-03/2023-11", "Advisory Committee meetings"),
            date("reviewed in 2026", "2026", "formal mid-point review"),
            date("by the end of 2028", "2028-12", "new plan to be prepared"),
            date("Target: 2024", "2024", "target year of several actions"),
            date("Target: 2025", "2025", "target year of several actions"),
            date("Target: 2026", "2026", "target year of action 3.2"),
        ],
    }
    comps = [{"title": "Township of Kestrel Bay Community Safety and Well-Being Plan 2024–2028", "kind": "plan",
              "first_line": "Township of Kestrel Bay", "start_line": None}]
    write(stem, comps, [], facts, basis_note="pages 2-3 are set in two columns, so one layout line mixes columns")


if __name__ == "__main__":
    for f in (key_planning, key_scottish, key_us, key_parish, key_pcc, key_tracker, key_cswb):
        f()
