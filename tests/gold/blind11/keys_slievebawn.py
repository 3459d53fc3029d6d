from lib import PDF, Lines, write_keys
from make_slievebawn import STEM

L = Lines(PDF / f"{STEM}.pdf")
OWNER = "Slieve Bawn Regional Drug and Alcohol Task Force"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


Q = {"Q1 2026": "2026-01/2026-03", "Q2 2026": "2026-04/2026-06", "Q3 2026": "2026-07/2026-09",
     "Q4 2025": "2025-10/2025-12"}
actions = [
    A("Deliver an evidence-based drugs and alcohol education programme in every post-primary school in County Roscarra",
      "Roscarra Education and Training Board", Q["Q2 2026"]),
    A("Fund two youth diversion workers for the Kilbrack and Ardcarrig areas", "Kilbrack Youth Services", Q["Q4 2025"]),
    A("Extend naloxone training to staff in all homeless services in the region", "HSE Addiction Services", Q["Q1 2026"]),
    A("Open a peer-led recovery café in Ardcarrig", "Task Force Coordinator", Q["Q3 2026"]),
    A("Agree a single referral pathway for young people under 18 with Tusla", "HSE Addiction Services", Q["Q4 2025"]),
    A("Appoint a drug-related intimidation liaison inspector in each Garda division in the region",
      "An Garda Síochána", Q["Q4 2025"]),
    A("Establish quarterly family support meetings in each county", "Slieve Bawn Family Support Network", Q["Q2 2026"]),
    A("Publish an annual progress report each September", "Task Force Coordinator", "2026-09"),
    A("A detailed Year 2 action plan will be agreed by the Task Force by June 2026.", OWNER, "2026-06"),
    A("The Task Force Coordinator will report progress to each meeting of the Task Force, and a mid-term review of the plan will be completed by March 2026.",
      "Task Force Coordinator", "2026-03"),
]

meetings = {
    "components": [{"title": "Slieve Bawn Regional Drug and Alcohol Task Force – Strategic Plan 2025–2027", "kind": "strategy",
                    "first_line": "Slieve Bawn Regional Drug and Alcohol Task Force",
                    "start_line": L.find("Slieve Bawn Regional Drug and Alcohol Task Force")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": OWNER, "name": "Our Guiding Principles", "kind": "cross_cutting_theme", "period": "2025–2027",
         "source_line": L.find("Our Guiding Principles"),
         "items": ["Person-centred – services are built around the needs of the individual and their family.",
                   "Recovery-oriented – we believe that recovery is possible for everyone.",
                   "Evidence-informed – we fund what works and evaluate what we fund.",
                   "Inclusive and equitable – we reach groups who face the greatest barriers, including Travellers and people who are homeless.",
                   "Partnership – no single agency can respond to drug and alcohol harm alone.",
                   "Accountable – we report openly on our spending and our progress."]},
        {"owner": OWNER, "name": "Our Strategic Goals", "kind": "strategic_priority", "period": "2025–2027",
         "source_line": L.find("Our Strategic Goals"),
         "items": ["Promote and protect health and wellbeing, and prevent drug and alcohol use among young people",
                   "Minimise the harms caused by drug and alcohol use and promote rehabilitation and recovery",
                   "Address the harms of local drug markets and reduce access to drugs for harmful use",
                   "Support the participation of individuals, families and communities"]},
        {"owner": OWNER, "name": "Outcome Framework", "kind": "objective", "period": "2025–2027",
         "source_line": L.find("Outcome Framework"),
         "items": ["Fewer young people start using drugs and alcohol",
                   "More people complete treatment and stay in recovery",
                   "Communities feel safer from drug-related intimidation",
                   "Families affected by drug use get support early"]},
    ],
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        {"name": "Slieve Bawn Regional Drug and Alcohol Task Force", "aliases": ["Slieve Bawn RDATF", "Task Force"]},
        {"name": "Department of Health", "aliases": []},
        {"name": "Health Service Executive", "aliases": ["HSE"]},
        {"name": "HSE Addiction Services", "aliases": []},
        {"name": "An Garda Síochána", "aliases": []},
        {"name": "Tusla – Child and Family Agency", "aliases": ["Tusla"]},
        {"name": "Roscarra County Council", "aliases": []},
        {"name": "Kilbrack County Council", "aliases": []},
        {"name": "Roscarra Education and Training Board", "aliases": []},
        {"name": "Kilbrack Youth Services", "aliases": []},
        {"name": "Slieve Bawn Family Support Network", "aliases": []},
    ],
    "dates": [
        {"text": "Published June 2025", "iso": "2025-06", "what": "publication"},
        {"text": "2025–2027", "iso": "2025/2027", "what": "plan period"},
        {"text": "14 May 2025", "iso": "2025-05-14", "what": "plan adopted by the Task Force"},
        {"text": "2017–2025", "iso": "2017/2025", "what": "national drugs strategy period"},
        {"text": "Baselines are for 2024", "iso": "2024", "what": "outcome framework baseline year"},
        {"text": "the end of 2027", "iso": "2027-12", "what": "outcome framework target date"},
        {"text": "July 2025 – June 2026", "iso": "2025-07/2026-06", "what": "Year 1 delivery period"},
        {"text": "by June 2026", "iso": "2026-06", "what": "Year 2 action plan to be agreed"},
        {"text": "March 2026", "iso": "2026-03", "what": "mid-term review completed"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
