from lib import PDF, Lines, write_keys
from make_kilcorrie import STEM

L = Lines(PDF / f"{STEM}.pdf")
OWNER = "Kilcorrie Council and NHS Strathdene"
PERIOD = "2023–2026"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def outcomes(head, items):
    return {"owner": OWNER, "name": head, "kind": "objective", "period": PERIOD, "source_line": L.find(head),
            "items": items}


table = L.find("5. Action Plan")
gov = L.find("Governance and reporting")
SW = "Kilcorrie Council Children and Families Social Work"
ED = "Kilcorrie Council Education Services"
actions = [
    A("Implement the National Guidance for Child Protection in Scotland across all partner agencies",
      "Kilcorrie Child Protection Committee", "2025-03", table),
    A("Deliver Safe and Together domestic abuse training to 300 practitioners", SW, "2025-07/2025-09", table),
    A("Deliver online safety sessions in every secondary school", "Police Scotland", None, table),
    A("Open a Community Mental Health and Wellbeing Hub for 5–24 year olds in Kilcorrie town centre",
      "Kilcorrie Health and Social Care Partnership", "2024-12", table),
    A("Reduce the CAMHS waiting list so that 90% of young people start treatment within 18 weeks",
      "NHS Strathdene", "2025-01/2025-03", table),
    A("Train all school staff in trauma-informed practice", ED, "2025-06", table),
    A("Place income maximisation advisers in all GP practices and secondary schools",
      "Kilcorrie Council Financial Inclusion Team with Voluntary Action Kilcorrie", None, table),
    A("Remove core curriculum charges and provide free breakfast clubs in 12 primary schools", ED, "2025-08", table),
    A("Deliver a parental employability programme with Skills Development Scotland",
      "Kilcorrie Council Economic Development", "2024-04/2025-03", table),
    A("Co-produce a Promise Implementation Plan with care-experienced young people",
      "Kilcorrie Promise Keepers Group", "2025-03", table),
    A("Recruit 20 additional foster and kinship carers so that brothers and sisters can stay together", SW,
      "2025-07/2025-09", table),
    A("Guarantee every care leaver the offer of a tenancy with housing support",
      "Kilcorrie Council Housing Services with Strathdene Housing Association", None, table),
    A("The Kilcorrie Children and Young People’s Strategic Group (CYPSG) will monitor the action plan quarterly and report progress to the Kilcorrie Community Planning Partnership Board.",
      "Kilcorrie Children and Young People’s Strategic Group (CYPSG)", None, gov),
    A("Kilcorrie Council and NHS Strathdene will publish the next annual report on the plan by 30 September 2025, as required by the Act.",
      "Kilcorrie Council and NHS Strathdene", "2025-09-30", gov),
    A("The CYPSG will lead the development of the next Children’s Services Plan, for 2026–2029, during 2025/26, with children, young people and families.",
      "Kilcorrie Children and Young People’s Strategic Group (CYPSG)", "2025-04/2026-03", gov),
]

meetings = {
    "components": [{"title": "Kilcorrie Children’s Services Plan 2023–2026 – extract: Section 3 Our Priorities and Section 5 Action Plan",
                    "kind": "plan", "first_line": "Kilcorrie Children’s Services Plan 2023–2026", "start_line": 1}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": OWNER, "name": "Our shared principles", "kind": "cross_cutting_theme", "period": PERIOD,
         "source_line": L.find("Our shared principles"),
         "items": ["Children’s rights – respecting, protecting and fulfilling the rights in the UNCRC",
                   "GIRFEC – the right help, at the right time, from the right people",
                   "Prevention – acting early, before problems escalate"]},
        {"owner": OWNER, "name": "Our priorities", "kind": "priority", "period": PERIOD,
         "source_line": L.find("Our priorities", L.find("Our shared principles")),
         "items": ["Keeping children safe from harm", "Improving mental health and wellbeing",
                   "Reducing child poverty and its impact", "Keeping The Promise"]},
        outcomes("Keeping children safe from harm",
                 ["Children at risk of harm are identified early and get the right help",
                  "Fewer children are re-registered on the child protection register",
                  "Young people are safer online"]),
        outcomes("Improving mental health and wellbeing",
                 ["Children and young people can get support for their mental health in school and in the community",
                  "Waiting times for Child and Adolescent Mental Health Services (CAMHS) meet the 18-week standard"]),
        outcomes("Reducing child poverty and its impact",
                 ["More families claim the benefits and support they are entitled to",
                  "The cost of the school day is reduced",
                  "Parents are supported into fair work"]),
        outcomes("Keeping The Promise",
                 ["Care-experienced children live with their brothers and sisters wherever it is safe",
                  "Young people leaving care have a home and a trusted adult"]),
    ],
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        {"name": "Kilcorrie Council", "aliases": []},
        {"name": "NHS Strathdene", "aliases": []},
        {"name": "Police Scotland", "aliases": []},
        {"name": "Kilcorrie Health and Social Care Partnership", "aliases": []},
        {"name": "Scottish Children’s Reporter Administration", "aliases": ["SCRA"]},
        {"name": "Voluntary Action Kilcorrie", "aliases": []},
        {"name": "Kilcorrie Community Planning Partnership Board", "aliases": []},
        {"name": "Kilcorrie Child Protection Committee", "aliases": []},
        {"name": "Child and Adolescent Mental Health Services", "aliases": ["CAMHS"]},
        {"name": "Skills Development Scotland", "aliases": []},
        {"name": "Kilcorrie Promise Keepers Group", "aliases": []},
        {"name": "Strathdene Housing Association", "aliases": []},
        {"name": "Kilcorrie Children and Young People’s Strategic Group", "aliases": ["CYPSG"]},
        {"name": "Children’s Hearings Scotland", "aliases": []},
        {"name": "Scottish Fire and Rescue Service", "aliases": []},
    ],
    "dates": [
        {"text": "August 2024", "iso": "2024-08", "what": "action plan updated"},
        {"text": "1 April 2023 to 31 March 2026", "iso": "2023-04-01/2026-03-31", "what": "plan period (Children’s Services Plan 2023–2026)"},
        {"text": "15 March 2023", "iso": "2023-03-15", "what": "plan approved by the Kilcorrie Community Planning Partnership Board"},
        {"text": "2022", "iso": "2022", "what": "‘Speak Up Kilcorrie’ survey", "after": L.find("More than 1,400") - 1},
        {"text": "31 August 2024", "iso": "2024-08-31", "what": "date of action plan RAG status"},
        {"text": "30 September 2025", "iso": "2025-09-30", "what": "next annual report on the plan to be published"},
        {"text": "2026–2029", "iso": "2026/2029", "what": "period of the next Children’s Services Plan"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "development of the next plan", "after": gov},
        {"text": "2022/23", "iso": "2022-04/2023-03", "what": "baseline year of progress measures"},
        {"text": "Target (2025/26)", "iso": "2025-04/2026-03", "what": "target year of progress measures"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
