from lib import PDF, Lines, write_keys
from make_sorrelcreek import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Village of Sorrel Creek – Minutes of the Regular Meeting of Council, June 11, 2024",
                    "kind": "minutes",
                    "first_line": "MINUTES OF THE REGULAR MEETING OF COUNCIL OF THE VILLAGE OF",
                    "start_line": L.find("MINUTES OF THE REGULAR MEETING OF COUNCIL")}],
    "meetings": [{
        "body": "Council", "authority": "Village of Sorrel Creek", "date": "2024-06-11", "time": "19:00",
        "venue": "Council Chambers, Village Office, 220 Fir Street, Sorrel Creek, BC",
        "attendees": [
            att("D. Whitford", "Mayor", "present"),
            att("A. Bhatti", "Councillor", "present"),
            att("C. Marchand", "Councillor", "present"),
            att("W. Kowalchuk", "Councillor", "present"),
            att("P. Raman", "Chief Administrative Officer", "in_attendance"),
            att("G. Oduya", "Corporate Officer", "in_attendance"),
            att("H. Sorensen", "Director of Public Works (until 8:05 p.m.)", "in_attendance"),
            att("L. Pidcock", "Councillor", "absent"),
        ],
        "apologies": [],
        "items": [
            item("1", "CALL TO ORDER"),
            item("2", "ADOPTION OF AGENDA",
                 ["THAT Council adopt the agenda for the June 11, 2024 Regular Meeting of Council as presented. CARRIED"]),
            item("3", "ADOPTION OF MINUTES"),
            item("3.1", "Regular Meeting of Council – May 28, 2024",
                 ["THAT Council adopt the minutes of the Regular Meeting of Council held May 28, 2024 as circulated. CARRIED"]),
            item("3.2", "Committee of the Whole – June 4, 2024",
                 ["THAT Council receive the minutes of the Committee of the Whole meeting held June 4, 2024 for information. CARRIED"]),
            item("4", "DELEGATIONS"),
            item("4.1", "Sorrel Creek Curling Club – Ice Plant Replacement"),
            item("5", "STAFF REPORTS"),
            item("5.1", "Public Works Monthly Report – May 2024",
                 ["THAT Council receive the Public Works Monthly Report for May 2024 for information. CARRIED"]),
            item("5.2", "Development Variance Permit DVP 2024-03 – 418 Larch Avenue",
                 ["THAT Council approve Development Variance Permit DVP 2024-03 for 418 Larch Avenue to reduce the rear yard setback from 7.5 m to 4.0 m to permit construction of a carriage house. CARRIED"]),
            item("5.3", "2023 Statement of Financial Information",
                 ["THAT Council approve the 2023 Statement of Financial Information as presented. CARRIED"],
                 [A("The Chief Administrative Officer will submit the approved statement to the Ministry of Municipal Affairs by June 30, 2024.",
                    "Chief Administrative Officer (P. Raman)", "2024-06-30")]),
            item("6", "BYLAWS"),
            item("6.1", "Water Rates and Regulations Amendment Bylaw No. 512, 2024 – Adoption",
                 ["THAT Village of Sorrel Creek Water Rates and Regulations Amendment Bylaw No. 512, 2024 be adopted. CARRIED"]),
            item("6.2", "Five-Year Financial Plan (2024–2028) Amendment Bylaw No. 513, 2024 – First, Second and Third Readings",
                 ["THAT Village of Sorrel Creek Five-Year Financial Plan (2024–2028) Amendment Bylaw No. 513, 2024 be given first, second and third readings. CARRIED"]),
            item("7", "NEW BUSINESS"),
            item("7.1", "Sorrel Creek Curling Club – Request for Funding",
                 ["THAT Council approve a grant of $15,000 to the Sorrel Creek Curling Club from the Community Works Reserve for the replacement of the arena ice plant. DEFEATED",
                  "THAT Council direct staff to work with the Sorrel Creek Curling Club on an application to the provincial Community Gaming Grant program and report back to Council by September 10, 2024. CARRIED"],
                 [A("THAT Council direct staff to work with the Sorrel Creek Curling Club on an application to the provincial Community Gaming Grant program and report back to Council by September 10, 2024.",
                    "Staff", "2024-09-10")]),
            item("7.2", "Tamsin Valley Regional District – Solid Waste Management Plan Review",
                 ["THAT Council appoint Councillor Marchand as the Village representative on the Tamsin Valley Regional District Solid Waste Management Plan Public and Technical Advisory Committee. CARRIED"]),
            item("8", "COUNCIL REPORTS"),
            item("9", "PUBLIC QUESTION PERIOD"),
            item("10", "ADJOURNMENT", ["THAT the meeting be adjourned at 8:42 p.m. CARRIED"]),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Village of Sorrel Creek", "aliases": ["Village"]},
        {"name": "Committee of the Whole", "aliases": []},
        {"name": "Sorrel Creek Curling Club", "aliases": []},
        {"name": "Ministry of Municipal Affairs", "aliases": []},
        {"name": "Tamsin Valley Regional District", "aliases": []},
        {"name": "Tamsin Valley Regional District Solid Waste Management Plan Public and Technical Advisory Committee", "aliases": []},
        {"name": "Sorrel Creek Fall Fair Society", "aliases": []},
    ],
    "dates": [
        {"text": "TUESDAY, JUNE 11, 2024", "iso": "2024-06-11", "what": "meeting date"},
        {"text": "May 28, 2024", "iso": "2024-05-28", "what": "previous Regular Meeting of Council (minutes adopted)"},
        {"text": "June 4, 2024", "iso": "2024-06-04", "what": "Committee of the Whole meeting (minutes received)"},
        {"text": "May 2024", "iso": "2024-05", "what": "month covered by the Public Works Monthly Report"},
        {"text": "July 1, 2024", "iso": "2024-07-01", "what": "Stage 1 watering restrictions take effect"},
        {"text": "August 12, 2024", "iso": "2024-08-12", "what": "week of the Fir Street culvert replacement"},
        {"text": "May 29, 2024", "iso": "2024-05-29", "what": "DVP 2024-03 notices mailed"},
        {"text": "2023 Statement of Financial Information", "iso": "2023", "what": "year of the Statement of Financial Information"},
        {"text": "June 30, 2024", "iso": "2024-06-30", "what": "deadline to submit the Statement of Financial Information"},
        {"text": "2024–2028", "iso": "2024/2028", "what": "Five-Year Financial Plan period"},
        {"text": "September 10, 2024", "iso": "2024-09-10", "what": "staff to report back on the Curling Club grant application"},
        {"text": "June 5, 2024", "iso": "2024-06-05", "what": "Sorrel Creek Fall Fair Society annual general meeting"},
        {"text": "June 6, 2024", "iso": "2024-06-06", "what": "Tamsin Valley Regional District Board meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
