from lib import PDF, Lines, write_keys
from make_tullaghmore import STEM

L = Lines(PDF / f"{STEM}.pdf")
CC = "Tullaghmore County Council"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def D(text, iso, what, at=None):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(at or text)}


def item(num, title, res=(), acts=()):
    return {"number": num, "ref": None, "title": title, "resolutions": list(res), "actions": list(acts)}


meetings = {
    "components": [{"title": "Minutes of Meeting of Tullaghmore Joint Policing Committee, 24th March 2025", "kind": "minutes",
                    "first_line": "Comhairle Contae Thulach Mhóir", "start_line": L.find("Comhairle Contae Thulach Mhóir")}],
    "meetings": [{
        "body": "Tullaghmore Joint Policing Committee",
        "authority": CC,
        "date": "2025-03-24", "time": "15:00",
        "venue": "Council Chamber, Áras an Chontae, Tullaghmore",
        "attendees": [
            att("Cllr Declan Furlong", "Cathaoirleach", "present"),
            att("Cllr Áine Mulqueen", "Elected Member", "present"),
            att("Cllr Pádraig Costigan", "Elected Member", "present"),
            att("Cllr Eileen Brophy", "Elected Member", "present"),
            att("Cllr Ciarán Moloney", "Elected Member", "present"),
            att("Cllr Tom Hegarty", "Elected Member", "present"),
            att("Cllr Siobhán Kearns", "Elected Member", "present"),
            att("Deputy Fergal Ó Dúill TD", "Oireachtas Member", "present"),
            att("Senator Rosaleen Carty", "Oireachtas Member", "present"),
            att("Chief Superintendent Gráinne Lally", "An Garda Síochána, Chief Superintendent, Tullaghmore Division", "present"),
            att("Superintendent Martin Keogh", "An Garda Síochána, Superintendent, Carrickderg District", "present"),
            att("Superintendent Orla Nestor", "An Garda Síochána, Superintendent, Tullaghmore District", "present"),
            att("Inspector Barry Fennessy", "An Garda Síochána, Inspector, Community Engagement", "present"),
            att("Ms Noreen Walsh", "Community Representative, Tullaghmore PPN", "present"),
            att("Mr Kevin Dempsey", "Community Representative, Tullaghmore PPN", "present"),
            att("Ms Ifeoma Adeyinka", "Community Representative, Tullaghmore PPN", "present"),
            att("Mr John Mahon", "Community Representative, Community Alert", "present"),
            att("Mr Colm Rafferty", "Director of Services, Housing and Community", "in_attendance"),
            att("Ms Deirdre Quirke", "Senior Executive Officer, Meetings Administrator", "in_attendance"),
            att("Ms Gemma Kiely", "Road Safety Officer (for item JPC 25/14)", "in_attendance"),
            att("Cllr Liam Scallan", "Elected Member", "apologies"),
            att("Deputy Niamh Hession TD", "Oireachtas Member", "apologies"),
            att("Mr Paul Treacy", "Chief Executive", "apologies"),
        ],
        "apologies": ["Cllr Liam Scallan", "Deputy Niamh Hession TD", "Mr Paul Treacy"],
        "items": [
            item("JPC 25/10", "Confirmation of Minutes",
                 ["On the proposal of Cllr Pádraig Costigan, seconded by Cllr Eileen Brophy, the minutes of the meeting of the Joint Policing Committee held on 9th December 2024 were confirmed and signed."]),
            item("JPC 25/11", "Matters Arising", [],
                 [A("Superintendent Keogh undertook to report on its effect to a future meeting.", "Superintendent Martin Keogh")]),
            item("JPC 25/12", "Chief Superintendent’s Report", ["The Chief Superintendent’s report was noted."],
                 [A("Chief Superintendent Lally agreed to circulate a breakdown of burglary figures by district to members before the next meeting.",
                    "Chief Superintendent Gráinne Lally", "2025-06-23")]),
            item("JPC 25/13", "Members’ Questions", [],
                 [A("Mr Rafferty added that the Council will install additional lighting at Riverside Park by the end of June 2025.",
                    CC, "2025-06"),
                  A("Inspector Fennessy replied that the Community Engagement team would attend any meeting on request, and would present at the PPN Plenary on 8th May 2025.",
                    "Inspector Barry Fennessy", "2025-05-08")]),
            item("JPC 25/14", "Road Safety Update", ["The road safety update was noted."],
                 [A("Ms Kiely confirmed that the Council will carry out speed surveys at Kilnamuck National School and Carrickderg Community College before the end of May 2025, and the results will be brought to the next meeting of the Committee.",
                    CC, "2025-05")]),
            item("JPC 25/15", "Transition to Local Community Safety Partnership",
                 ["The Committee noted the report.",
                  "It was agreed that the Meetings Administrator would write to each nominating body seeking nominations to the Tullaghmore Local Community Safety Partnership by 16th May 2025."],
                 [A("It was agreed that the Meetings Administrator would write to each nominating body seeking nominations to the Tullaghmore Local Community Safety Partnership by 16th May 2025.",
                    "Ms Deirdre Quirke (Meetings Administrator)", "2025-05-16")]),
            item("JPC 25/16", "Community CCTV Scheme – Drumlessan",
                 ["On the proposal of Cllr Tom Hegarty, seconded by Senator Rosaleen Carty, it was agreed that the Joint Policing Committee supports the application by Drumlessan Community Development Association for funding under the Community CCTV Grant Scheme."]),
            item("JPC 25/17", "JPC Work Programme 2025",
                 ["On the proposal of Cllr Áine Mulqueen, seconded by Ms Noreen Walsh, the Work Programme 2025 was adopted."]),
            item("JPC 25/18", "Correspondence", ["The correspondence was noted."]),
            item("JPC 25/19", "Any Other Business", [],
                 [A("Inspector Fennessy agreed to attend the Kilnamuck Community Alert AGM on 10th April 2025 to promote the scheme.",
                    "Inspector Barry Fennessy", "2025-04-10")]),
            item("JPC 25/20", "Date of Next Meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Tullaghmore Joint Policing Committee", "name": "JPC Work Programme 2025 priorities",
        "kind": "priority", "period": "2025", "source_line": L.find("JPC Work Programme 2025 The draft"),
        "items": ["Road safety, with a focus on speeding on regional roads",
                  "Drug-related crime and intimidation",
                  "Anti-social behaviour in town centres",
                  "Domestic, sexual and gender-based violence",
                  "Supporting older and isolated people living in rural areas"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": CC, "aliases": ["Comhairle Contae Thulach Mhóir"]},
        {"name": "Tullaghmore Joint Policing Committee", "aliases": ["Joint Policing Committee", "JPC"]},
        {"name": "An Garda Síochána", "aliases": ["Garda Síochána"]},
        {"name": "Divisional Protective Services Unit", "aliases": []},
        {"name": "Tullaghmore Public Participation Network", "aliases": ["Tullaghmore PPN", "PPN"]},
        {"name": "Community Alert", "aliases": []},
        {"name": "Kilnamuck Community Alert", "aliases": []},
        {"name": "Tullaghmore Chamber of Commerce", "aliases": []},
        {"name": "Tullaghmore Youth Diversion Project", "aliases": []},
        {"name": "Safe Haven Tullaghmore", "aliases": []},
        {"name": "Road Safety Authority", "aliases": []},
        {"name": "Tullaghmore Road Safety Working Together Group", "aliases": []},
        {"name": "National Ambulance Service", "aliases": []},
        {"name": "Tullaghmore County Fire Service", "aliases": []},
        {"name": "Kilnamuck National School", "aliases": []},
        {"name": "Carrickderg Community College", "aliases": []},
        {"name": "Tullaghmore Local Community Safety Partnership", "aliases": []},
        {"name": "HSE", "aliases": []},
        {"name": "Tusla", "aliases": []},
        {"name": "Tullaghmore and Lisbrack Education and Training Board", "aliases": []},
        {"name": "Drumlessan Community Development Association", "aliases": []},
        {"name": "Department of Justice", "aliases": []},
    ],
    "dates": [
        D("MONDAY, 24th MARCH 2025", "2025-03-24", "meeting date"),
        D("9th December 2024", "2024-12-09", "previous meeting (minutes confirmed)"),
        D("3rd February 2025", "2025-02-03", "safety camera route extended"),
        D("1st January to 28th February 2025", "2025-01-01/2025-02-28", "period of the Chief Superintendent's report"),
        D("Jan–Feb 2024", "2024-01/2024-02", "comparison period in crime table"),
        D("April 2025", "2025-04", "new Garda members take up duty", at="duty in April 2025"),
        D("1st May 2025", "2025-05-01", "Carrickderg Garda Station opening hours restored"),
        D("the end of June 2025", "2025-06", "lighting at Riverside Park installed"),
        D("8th May 2025", "2025-05-08", "PPN Plenary (Garda presentation)"),
        D("20th February 2025", "2025-02-20", "Road Safety Working Together Group met"),
        D("the end of May 2025", "2025-05", "speed surveys at schools completed"),
        D("30th September 2025", "2025-09-30", "Tullaghmore LCSP expected to be established"),
        D("16th May 2025", "2025-05-16", "deadline for LCSP nominations"),
        D("Work Programme 2025", "2025", "JPC work programme period", at="The draft Work Programme 2025"),
        D("4th March 2025", "2025-03-04", "Department of Justice letter dated"),
        D("25th November 2025", "2025-11-25", "Safe Haven Tullaghmore remembrance event"),
        D("10th April 2025", "2025-04-10", "Kilnamuck Community Alert AGM"),
        D("Monday, 23rd June 2025", "2025-06-23", "next meeting of the Joint Policing Committee"),
    ],
}

write_keys(STEM, meetings, facts)
