from lib import PDF, Lines, write_keys
from make_hollinsbay import STEM

L = Lines(PDF / f"{STEM}.pdf")
OWNER = "District of Hollins Bay"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def goals(n, name, items):
    return {"owner": OWNER, "name": f"Goals (Priority {n}: {name})", "kind": "objective", "period": "2023–2026",
            "source_line": L.find(f"{n}.1 {items[0]}"), "items": items}


actions = [
    A("Complete the Housing Needs Report update and a Housing Action Plan", "Planning & Development", "2024"),
    A("Pre-zone the Harbourview corridor for four-storey rental housing", "Planning & Development", "2025"),
    A("Partner with BC Housing and the Hollins Bay Non-Profit Housing Society to deliver 120 below-market units at 410 Cedar Street", "Office of the CAO", "2026"),
    A("Launch an online development permit system with a 60-day processing target", "Planning & Development / IT", "2024"),
    A("Adopt an Asset Management Plan and long-term funding strategy", "Finance", "2024"),
    A("Upgrade the Westside Reservoir and pump station", "Engineering", "2026"),
    A("Replace 4 km of asbestos-cement watermain", "Engineering", "2026"),
    A("Complete the Integrated Stormwater Management Plan", "Engineering", "2024"),
    A("Electrify 30% of the municipal light-duty fleet", "Public Works", "2026"),
    A("Adopt an Urban Forest Strategy with a 35% canopy target", "Parks, Recreation & Culture", "2024"),
    A("Update coastal flood hazard mapping with the Province of British Columbia", "Engineering", "2026"),
    A("Launch a new District website and online engagement platform", "Corporate Services", "2023"),
    A("Develop a Recreation Facilities Master Plan", "Parks, Recreation & Culture", "2025"),
    A("Host an annual Community Priorities Town Hall", "Mayor and Council", "2026"),
    A("Staff will report to Council on progress against these priorities twice a year, in May and November.", "Staff"),
    A("Council will review the priorities at a strategic planning workshop each January, and the next full plan will be prepared after the October 2026 general local election.",
      "Council"),
]

meetings = {
    "components": [{"title": "District of Hollins Bay – Council Strategic Priorities 2023–2026", "kind": "strategy",
                    "first_line": "District of Hollins Bay", "start_line": L.find("District of Hollins Bay")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": OWNER, "name": "Our Values", "kind": "objective", "period": "2023–2026",
         "source_line": L.find("Our Values"),
         "items": ["Respect", "Accountability", "Sustainability", "Collaboration", "Innovation"]},
        {"owner": OWNER, "name": "Our Four Strategic Priorities", "kind": "strategic_priority", "period": "2023–2026",
         "source_line": L.find("Our Four Strategic Priorities"),
         "items": ["Housing Choice and Affordability", "Reliable Infrastructure",
                   "Climate Action and Environmental Stewardship", "Engaged and Connected Community"]},
        goals(1, "Housing Choice and Affordability",
              ["Increase the supply of rental and below-market housing", "Speed up development approvals"]),
        goals(2, "Reliable Infrastructure",
              ["Keep municipal assets in a state of good repair", "Plan water and sewer capacity for growth"]),
        goals(3, "Climate Action and Environmental Stewardship",
              ["Reduce community greenhouse gas emissions 40% below 2007 levels by 2030",
               "Protect the foreshore and the urban forest"]),
        goals(4, "Engaged and Connected Community",
              ["Improve communication and engagement with residents",
               "Support arts, recreation and community events"]),
    ],
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        {"name": "District of Hollins Bay", "aliases": ["District"]},
        {"name": "BC Housing", "aliases": []},
        {"name": "Hollins Bay Non-Profit Housing Society", "aliases": []},
        {"name": "Federation of Canadian Municipalities", "aliases": ["FCM"]},
        {"name": "Province of British Columbia", "aliases": []},
    ],
    "dates": [
        {"text": "April 25, 2023", "iso": "2023-04-25", "what": "adopted by Council (Resolution R23-118)"},
        {"text": "2023–2026", "iso": "2023/2026", "what": "strategic priorities period"},
        {"text": "2022–2026 term", "iso": "2022/2026", "what": "Council term"},
        {"text": "2022 Citizen Survey", "iso": "2022", "what": "citizen survey"},
        {"text": "climate emergency in 2019", "iso": "2019", "what": "climate emergency declared"},
        {"text": "40% below 2007 levels by 2030", "iso": "2030", "what": "emissions reduction target year (2007 baseline)"},
        {"text": "October 2026", "iso": "2026-10", "what": "general local election; next full plan after it"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
