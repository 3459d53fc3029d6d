from lib import PDF, Lines, write_keys
from make_tarnside import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Coldbeck and Tarnside NHS Foundation Trust – Minutes of the Board of Directors Meeting held in Public, 3 October 2024",
                    "kind": "minutes", "first_line": "Minutes of the Board of Directors Meeting held in Public",
                    "start_line": L.find("Minutes of the Board of Directors Meeting held in Public")}],
    "meetings": [{
        "body": "Board of Directors", "authority": "Coldbeck and Tarnside NHS Foundation Trust", "date": "2024-10-03",
        "time": "10:00", "venue": "Boardroom, Trust Headquarters, Coldbeck Road, Tarnside",
        "attendees": [
            att("Jane Thornton", "Chair", "present"),
            att("Peter Danvers", "Non-Executive Director and Vice Chair", "present"),
            att("Rachel Imrie", "Non-Executive Director", "present"),
            att("Tomasz Wojcik", "Non-Executive Director", "virtual"),
            att("Dr Michael Oyelaran", "Chief Executive", "present"),
            att("Kathryn Oakes", "Chief Operating Officer", "present"),
            att("Andrew Beckwith", "Director of Finance", "present"),
            att("Dr Sunita Rao", "Medical Director", "present"),
            att("Lesley Carmichael", "Chief Nurse", "present"),
            att("Fiona McBride", "Director of Corporate Affairs and Trust Secretary", "in_attendance"),
            att("Gemma Hollis", "Freedom to Speak Up Guardian (item BM/24/40)", "in_attendance"),
            att("Owen Farrar", "Lead Governor (observer)", "in_attendance"),
            att("Natalie Shaw", "Corporate Governance Officer (minutes)", "in_attendance"),
            att("Dr Hugh Penrose", "Non-Executive Director", "apologies"),
            att("Yusuf Adeleke", "Director of People", "apologies"),
        ],
        "apologies": ["Dr Hugh Penrose", "Yusuf Adeleke"],
        "items": [
            item("BM/24/31", "Chair’s welcome and apologies"),
            item("BM/24/32", "Declarations of interest"),
            item("BM/24/33", "Minutes of the previous meeting held on 5 September 2024",
                 ["The minutes were approved as an accurate record."]),
            item("BM/24/34", "Matters arising and action log"),
            item("BM/24/35", "Patient story", [],
                 [A("The learning from the story to be shared with the Quality Committee and included in the discharge improvement programme.",
                    "Lesley Carmichael (LC)")]),
            item("BM/24/36", "Chief Executive’s report", ["The Board noted the report."]),
            item("BM/24/37", "Integrated performance report – Month 5",
                 ["The Board noted the report and the actions being taken to recover performance."],
                 [A("A recovery trajectory for 62-day cancer performance to be presented to the December Board.",
                    "Kathryn Oakes (KO)", "2024-12-05")]),
            item("BM/24/38", "Finance report – Month 5",
                 ["The Board approved the revised forecast outturn of a £6.2m deficit for 2024/25 for submission to NHS England."],
                 [A("The financial recovery plan to be reviewed in detail by the Finance and Performance Committee on 18 November 2024.",
                    "Andrew Beckwith (AB)", "2024-11-18")]),
            item("BM/24/39", "Board Assurance Framework",
                 ["The Board approved the Board Assurance Framework, including the increase in the score of strategic risk SR3 (workforce supply) from 16 to 20."],
                 [A("The revised BAF format to be circulated to non-executive directors by 31 October 2024.",
                    "Fiona McBride (FM)", "2024-10-31")]),
            item("BM/24/40", "Freedom to Speak Up Guardian report",
                 ["The Board noted the report and endorsed the revised Speaking Up Policy."],
                 [A("Speaking up themes to be triangulated with the 2024 NHS Staff Survey results and reported to the People Committee in March 2025.",
                    "Yusuf Adeleke (YA)", "2025-03")]),
            item("BM/24/41", "Reports from Board committees",
                 ["The Board noted the committee chairs’ reports.",
                  "The Board ratified the Audit Committee’s approval of the revised Standing Financial Instructions."]),
            item("BM/24/42", "Questions from governors and the public", [],
                 [A("The Chief Executive agreed to brief the Council of Governors at its meeting on 21 November 2024.",
                    "Dr Michael Oyelaran (MO)", "2024-11-21")]),
            item("BM/24/43", "Any other business"),
            item("BM/24/44", "Date and time of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Coldbeck and Tarnside NHS Foundation Trust", "aliases": []},
        {"name": "Tarnside Hospice", "aliases": []},
        {"name": "Quality Committee", "aliases": []},
        {"name": "Care Quality Commission", "aliases": ["CQC"]},
        {"name": "Tarn and Fells Integrated Care Board", "aliases": ["ICB"]},
        {"name": "NHS England", "aliases": []},
        {"name": "Finance and Performance Committee", "aliases": []},
        {"name": "People Committee", "aliases": []},
        {"name": "Audit Committee", "aliases": []},
        {"name": "Council of Governors", "aliases": []},
    ],
    "dates": [
        {"text": "Thursday 3 October 2024", "iso": "2024-10-03", "what": "meeting date"},
        {"text": "5 September 2024", "iso": "2024-09-05", "what": "previous Board meeting (minutes approved)"},
        {"text": "10–11 September 2024", "iso": "2024-09-10/2024-09-11", "what": "CQC unannounced inspection of maternity services"},
        {"text": "August", "iso": "2024-08", "what": "month of reported 4-hour ED performance (Month 5)"},
        {"text": "March 2025", "iso": "2025-03", "what": "national 4-hour target date (78%)"},
        {"text": "2024/25", "iso": "2024-04/2025-03", "what": "forecast outturn year"},
        {"text": "18 November 2024", "iso": "2024-11-18", "what": "Finance and Performance Committee review of the recovery plan"},
        {"text": "31 October 2024", "iso": "2024-10-31", "what": "deadline to circulate the revised BAF format"},
        {"text": "March 2025", "iso": "2025-03", "what": "speaking up report to the People Committee", "after": L.find("Speaking up themes")},
        {"text": "24 September 2024", "iso": "2024-09-24", "what": "Quality Committee meeting"},
        {"text": "1 October 2024", "iso": "2024-10-01", "what": "Audit Committee meeting"},
        {"text": "21 November 2024", "iso": "2024-11-21", "what": "Council of Governors meeting (winter plan briefing)"},
        {"text": "Thursday 5 December 2024", "iso": "2024-12-05", "what": "next Board meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
