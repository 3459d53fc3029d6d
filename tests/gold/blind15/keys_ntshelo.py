from lib import PDF, Lines, write_keys
from make_ntshelo import STEM

L = Lines(PDF / f"{STEM}.pdf")
NLM = "Ntshelo Local Municipality"
TABLE = L.find("IDP Ref")

ROWS = [  # project, responsible department, target date (typed from the table)
    ("Mthombo Village bulk water pipeline, phase 2", "Technical Services / Sizwe-Mahlathi DM", "2026-06-30"),
    ("Paving of Ntshelo Extension 3 access roads (2.4 km)", "Technical Services", "2026-03-31"),
    ("Installation of 12 high-mast lights", "Technical Services", "2025-12-31"),
    ("Weekly refuse collection extended to Ward 13", "Community Services", "2025-09-01"),
    ("Informal traders’ market stalls at the Ntshelo taxi rank", "Planning and Economic Development", "2025-09-30"),
    ("EPWP cleaning and greening – 250 work opportunities", "Community Services", None),
    ("Data cleansing and indigent register update", "Budget and Treasury Office", "2026-01-31"),
    ("Fill 14 critical vacant posts", "Corporate Services", "2026-06-30"),
    ("Ward committee induction training for all 19 wards", "Office of the Municipal Manager", "2025-10-31"),
]
actions = [{"text": t, "owner": o, "due": d, "source_line": L.find(t, TABLE)} for t, o, d in ROWS]
for t, o, d in [
    ("The Executive Mayor will approve the 2025/26 SDBIP by 25 June 2025, within 28 days of the approval of the budget.",
     "Executive Mayor", "2025-06-25"),
    ("The Municipal Manager will submit a copy of the adopted IDP Review to the MEC for Cooperative Governance and Traditional Affairs by 9 June 2025.",
     "Municipal Manager", "2025-06-09"),
    ("The Performance Management Unit will report progress on the SDBIP to Council every quarter",
     "Performance Management Unit", None),
    ("The IDP Representative Forum will meet on 4 September 2025 to start the 2026/27 IDP review",
     "IDP Representative Forum", "2025-09-04"),
]:
    actions.append({"text": t, "owner": o, "due": d, "source_line": L.find(t)})

meetings = {
    "components": [{"title": "Ntshelo Local Municipality – IDP 2022–2027: 2025/26 Review, Chapter 6: Development Strategies, Objectives and Projects",
                    "kind": "plan", "first_line": "CHAPTER 6: DEVELOPMENT STRATEGIES, OBJECTIVES AND PROJECTS",
                    "start_line": L.find("CHAPTER 6: DEVELOPMENT STRATEGIES, OBJECTIVES AND PROJECTS")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": NLM, "name": "National Key Performance Areas", "kind": "focus_area", "period": "2022–2027",
         "source_line": L.find("6.2 National Key Performance Areas"),
         "items": ["Basic Service Delivery and Infrastructure Development", "Local Economic Development",
                   "Municipal Financial Viability and Management",
                   "Municipal Transformation and Institutional Development",
                   "Good Governance and Public Participation"]},
        {"owner": NLM, "name": "Community priorities (Mayoral Izimbizo, ranked)", "kind": "priority",
         "period": "2025/26", "source_line": L.find("6.3 Community priorities"),
         "items": ["Water and sanitation", "Roads and stormwater", "Electricity, including high-mast lights",
                   "Job creation and support for informal traders", "Housing"]},
        {"owner": NLM, "name": "Strategic objectives", "kind": "objective", "period": "2022–2027",
         "source_line": L.find("6.4 Strategic objectives"),
         "items": ["To provide sustainable basic services and maintain municipal infrastructure",
                   "To ensure a clean, safe and healthy environment",
                   "To grow the local economy and create work opportunities",
                   "To achieve a clean audit and improve revenue collection",
                   "To build a capable and ethical administration",
                   "To deepen public participation and accountable governance"]},
    ],
    "priority_changes": [
        {"year": "2025/26", "change": "moved_up", "priority": "Job creation and support for informal traders",
         "previously_part_of": None, "note": "moved up from fifth (2024/25 review) to fourth place"},
    ],
    "actions": actions,
    "organisations": [
        {"name": NLM, "aliases": []},
        {"name": "Sizwe-Mahlathi District Municipality", "aliases": ["Sizwe-Mahlathi DM"]},
        {"name": "Eskom", "aliases": []},
        {"name": "Department of Cooperative Governance and Traditional Affairs", "aliases": ["CoGTA"]},
        {"name": "Auditor-General of South Africa", "aliases": ["AGSA"]},
        {"name": "Audit Committee", "aliases": []},
        {"name": "IDP Representative Forum", "aliases": []},
    ],
    "dates": [],
}


def D(text, iso, what, after=0):
    facts["dates"].append({"text": text, "iso": iso, "what": what, "source_line": L.find(text, after)})


D("2022–2027", "2022/2027", "IDP five-year period", L.find("6.1 Introduction"))
D("2025/26", "2025-07/2026-06", "financial year of the IDP review (July–June)", L.find("6.1 Introduction"))
D("1 July 2025 to 30 June 2026", "2025-07-01/2026-06-30", "2025/26 financial year as stated")
D("28 May 2025", "2025-05-28", "Council adopted the final 2025/26 IDP Review")
D("14 to 25 October 2024", "2024-10-14/2024-10-25", "Mayoral Izimbizo")
D("2024/25", "2024-07/2025-06", "previous IDP review year (ranking compared)")
D("30 June 2026", "2026-06-30", "target date, BSD-01", TABLE)
D("31 March 2026", "2026-03-31", "target date, BSD-02", TABLE)
D("31 December 2025", "2025-12-31", "target date, BSD-03", TABLE)
D("1 September 2025", "2025-09-01", "target date, BSD-04", TABLE)
D("30 September 2025", "2025-09-30", "target date, LED-01", TABLE)
D("31 January 2026", "2026-01-31", "target date, MFV-01", TABLE)
D("30 June 2026", "2026-06-30", "target date, MTI-01", L.find("Fill 14 critical vacant posts") - 1)
D("31 October 2025", "2025-10-31", "target date, GGP-01", TABLE)
D("25 June 2025", "2025-06-25", "deadline for Executive Mayor to approve the SDBIP")
D("9 June 2025", "2025-06-09", "deadline to submit the adopted IDP Review to the MEC")
D("25 January 2026", "2026-01-25", "mid-year performance assessment tabled by")
D("2023/24", "2023-07/2024-06", "financial statements audited by the AGSA")
D("4 September 2025", "2025-09-04", "IDP Representative Forum meeting")
D("2026/27", "2026-07/2027-06", "next IDP review year")
D("31 August 2025", "2025-08-31", "process plan to be adopted by Council by")

write_keys(STEM, meetings, facts)
