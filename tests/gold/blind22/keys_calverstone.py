from lib import PDF, Lines, write_keys
from make_calverstone import STEM

L = Lines(PDF / f"{STEM}.pdf")
TRUST = "Calverstone and Mardle NHS Foundation Trust"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Calverstone and Mardle NHS Foundation Trust – Minutes of the People Committee, 18 September 2025",
                    "kind": "minutes", "first_line": "Minutes of the People Committee",
                    "start_line": L.find("Minutes of the People Committee")}],
    "meetings": [{
        "body": "People Committee", "authority": TRUST, "date": "2025-09-18", "time": "13:30",
        "venue": "Boardroom, Calverstone General Hospital, and via MS Teams",
        "attendees": [
            att("Hilary Brackenridge", "Non-Executive Director (Chair)", "present"),
            att("Prof. Samuel Adebayo", "Non-Executive Director", "present"),
            att("Fiona Kettleborough", "Associate Non-Executive Director", "present"),
            att("Marcus Lindqvist", "Chief People Officer", "present"),
            att("Dr Rachel Oyelaran", "Chief Medical Officer", "virtual"),
            att("Deborah Quayle", "Chief Nurse", "present"),
            att("Tom Hesketh", "Deputy Chief People Officer", "in_attendance"),
            att("Sunita Parmar", "Freedom to Speak Up Guardian (item PC25/066 only)", "in_attendance"),
            att("Ciaran Doyle", "Staff Side Chair", "in_attendance"),
            att("Jo Ridley", "Head of Corporate Governance (minutes)", "in_attendance"),
            att("Graham Pike", "Non-Executive Director", "apologies"),
            att("Andrew Salt", "Chief Operating Officer", "apologies"),
        ],
        "apologies": ["Graham Pike", "Andrew Salt"],
        "items": [
            item("PC25/061", "Welcome, apologies and quoracy"),
            item("PC25/062", "Declarations of interest"),
            item("PC25/063", "Minutes of the meeting held on 17 July 2025",
                 ["The Committee APPROVED the minutes of the meeting held on 17 July 2025 as an accurate record."]),
            item("PC25/064", "Action log and matters arising",
                 ["The Committee NOTED progress on the action log and AGREED to close actions PA25/028 and PA25/044."]),
            item("PC25/065", "Workforce Performance Report – Month 5 (August 2025)",
                 ["The Committee RECEIVED the report and NOTED the limited assurance on sickness absence and appraisal compliance."],
                 [A("Action: The Deputy Chief People Officer to provide a breakdown of sickness absence by staff group to the November meeting.",
                    "Deputy Chief People Officer (Tom Hesketh)", "2025-11-20")]),
            item("PC25/066", "Freedom to Speak Up Quarterly Report – Q1 2025/26",
                 ["The Committee RECEIVED the report and NOTED the themes and the actions being taken."],
                 [A("Action: The Freedom to Speak Up Guardian to present the themes to the Board of Directors on 2 October 2025.",
                    "Freedom to Speak Up Guardian (Sunita Parmar)", "2025-10-02")]),
            item("PC25/067", "People Strategy 2024–2027: Year 2 priorities",
                 ["The Committee APPROVED the Year 2 priorities of the People Strategy 2024–2027 for recommendation to the Board of Directors, subject to the addition of measures for night workers."],
                 [A("Action: The Chief People Officer to add wellbeing measures for night workers to the Year 2 delivery plan before submission to the Board of Directors.",
                    "Chief People Officer (Marcus Lindqvist)", "2025-10")]),
            item("PC25/068", "Medical Education and Guardian of Safe Working Hours Report",
                 ["The Committee RECEIVED the report."],
                 [A("Action: The Chief Medical Officer to review rota gaps in acute medicine and report back to the Committee by December 2025.",
                    "Chief Medical Officer (Dr Rachel Oyelaran)", "2025-12")]),
            item("PC25/069", "Workforce Race and Disability Equality Standards 2025",
                 ["The Committee APPROVED the WRES and WDES 2025 data submissions and action plans for publication on the Trust’s website by 31 October 2025."]),
            item("PC25/070", "Board Assurance Framework – Strategic Risk SR4 (Workforce)",
                 ["The Committee AGREED that the risk score remains at 16 (likelihood 4 × consequence 4) and NOTED the updated controls and assurances."]),
            item("PC25/071", "Items for escalation to the Board of Directors and any other business",
                 ["The Committee AGREED to escalate the sickness absence position and the acute medicine rota gaps to the Board of Directors through the Chair’s assurance report."]),
            item("PC25/072", "Date and time of next meeting"),
        ],
    }],
}

log = L.find("ACTION LOG – PEOPLE COMMITTEE")
facts = {
    "priority_lists": [{
        "owner": TRUST, "name": "People Strategy 2024–2027 strategic priorities", "kind": "strategic_priority",
        "period": "2024–2027", "source_line": L.find("The People Strategy 2024–2027 has four strategic priorities"),
        "items": ["Health and wellbeing – a healthy, safe and supported workforce",
                  "Belonging and inclusion – a culture where everyone is treated fairly",
                  "Recruitment and retention – the right people in the right roles",
                  "Leadership and development – compassionate leaders at every level"]}],
    "priority_changes": [],
    "actions": [
        A("Review the exit interview process and report the main themes for leavers with less than two years’ service",
          "Deputy Chief People Officer", "2025-09", log),
        A("Circulate the revised Recruitment and Retention Plan to members", "Chief People Officer", "2025-08", log),
        A("Bring a paper on the pastoral support offer for internationally educated nurses", "Chief Nurse", "2025-11", log),
        A("Agree with Staff Side a timetable for the review of the Sickness Absence Policy", "Deputy Chief People Officer",
          "2025-10", log),
    ],
    "organisations": [
        {"name": TRUST, "aliases": ["Trust"]},
        {"name": "People Committee", "aliases": ["Committee"]},
        {"name": "Board of Directors", "aliases": []},
        {"name": "NHS England", "aliases": []},
    ],
    "dates": [
        {"text": "Thursday 18 September 2025", "iso": "2025-09-18", "what": "meeting date"},
        {"text": "17 July 2025", "iso": "2025-07-17", "what": "previous meeting (minutes approved)"},
        {"text": "Month 5 (August 2025)", "iso": "2025-08", "what": "workforce performance report period"},
        {"text": "Q1 2025/26", "iso": "2025-04/2025-06", "what": "Freedom to Speak Up report quarter"},
        {"text": "2 October 2025", "iso": "2025-10-02", "what": "Board of Directors meeting (FTSU themes)"},
        {"text": "People Strategy 2024–2027", "iso": "2024/2027", "what": "People Strategy period"},
        {"text": "December 2025", "iso": "2025-12", "what": "report back on acute medicine rota gaps"},
        {"text": "31 October 2025", "iso": "2025-10-31", "what": "publication deadline for WRES and WDES 2025"},
        {"text": "Thursday 20 November 2025", "iso": "2025-11-20", "what": "next meeting"},
        {"text": "15.05.25", "iso": "2025-05-15", "what": "earlier People Committee meeting (action log)"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
