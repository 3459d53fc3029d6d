from lib import PDF, Lines, write_keys
from make_carrigmoyle import STEM

L = Lines(PDF / f"{STEM}.pdf")
CC = "Carrigmoyle County Council"
DUE = {"Dec 2024": "2024-12", "Q1 2024": "2024-01/2024-03", "Q2 2024": "2024-04/2024-06", "Q3 2024": "2024-07/2024-09",
       "Q4 2024": "2024-10/2024-12", "30/09/2024": "2024-09-30", "31/10/2024": "2024-10-31", "30/06/2024": "2024-06-30",
       "Ongoing": None}


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def D(text, iso, what, after=0):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(text, after)}


# table rows: action, lead section, target date (typed from the printed tables)
rows = [
    ("Deliver 146 social homes through build, acquisition and leasing", "Housing", "Dec 2024"),
    ("Complete the 24-unit scheme at Convent Road, Ballyderrig with Moyle Valley Housing Association", "Housing", "Q3 2024"),
    ("Complete energy retrofits of 60 council homes to a B2 BER", "Housing / Architects", "Dec 2024"),
    ("Reduce the average re-let time of vacant council homes to 16 weeks", "Housing", "Dec 2024"),
    ("Publish the Carrigmoyle Age Friendly Strategy 2024–2028", "Community", "Q2 2024"),
    ("Establish the Carrigmoyle Local Community Safety Partnership", "Community", "Q4 2024"),
    ("Provide mentoring and training to 450 small businesses", "Local Enterprise Office", "Dec 2024"),
    ("Complete the Drumlevan Enterprise Hub extension", "Economic Development", "30/09/2024"),
    ("Open the Moyle Valley Greenway Phase 2 from Tullynagh to Moyle Bridge (14 km)", "Roads and Transportation", "Q3 2024"),
    ("Deliver a county tourism marketing campaign with Fáilte Ireland", "Tourism", "Q2 2024"),
    ("Prepare a Town Centre First plan for Ballyderrig", "Planning", "Dec 2024"),
    ("Bring 20 vacant properties back into use through the Croí Cónaithe (Towns) Fund", "Planning / Housing", "Dec 2024"),
    ("Adopt the Carrigmoyle Local Authority Climate Action Plan 2024–2029", "Climate Action", "Q1 2024"),
    ("Convert 1,800 public lights to LED", "Roads and Transportation", "Dec 2024"),
    ("Complete the County Biodiversity Action Plan", "Environment / Heritage", "Q4 2024"),
    ("Inspect 300 domestic waste water treatment systems", "Environment", "Dec 2024"),
    ("Deploy CCTV at 10 illegal dumping hotspots", "Environment", "31/10/2024"),
    ("Launch an online customer portal for housing repairs and planning queries", "Corporate Services / IT", "Q3 2024"),
    ("Resolve 90% of customer calls at the first point of contact", "Customer Services", "Ongoing"),
    ("Achieve a commercial rates collection rate of 88%", "Finance", "Dec 2024"),
    ("Publish the Annual Report 2023", "Corporate Services", "30/06/2024"),
]
new = [
    ("Prepare the Carrigmoyle Local Economic and Community Plan 2025–2031 with the Local Community Development Committee", "Community"),
    ("Begin construction of the Moyle Bridge Flood Relief Scheme with the Office of Public Works", "Roads and Transportation"),
    ("Introduce a tenant engagement framework for council housing", "Housing"),
    ("Install 12 public electric vehicle charge points in towns and villages", "Climate Action"),
    ("Implement the Carrigmoyle Digital Strategy 2025–2027", "Corporate Services / IT"),
]
actions = [A(t, lead, DUE[d]) for t, lead, d in rows] + [A(t, lead, "2025") for t, lead in new]

objectives = [
    ["Increase the supply of social and affordable homes",
     "Improve the quality and management of the Council’s housing stock",
     "Support inclusive, age-friendly and safe communities"],
    ["Support enterprise and job creation",
     "Develop Carrigmoyle as a sustainable tourism destination",
     "Regenerate our towns and villages"],
    ["Reduce the Council’s greenhouse gas emissions and improve energy efficiency",
     "Protect water quality, biodiversity and our natural heritage",
     "Reduce waste and tackle littering and illegal dumping"],
    ["Deliver high-quality, accessible customer services",
     "Manage our finances and resources responsibly"],
]
goals = ["Housing and Sustainable Communities", "Economic Development and Tourism", "Climate Action and Environment",
         "An Effective and Responsive Council"]

meetings = {
    "components": [{"title": "Carrigmoyle County Council – Annual Service Delivery Plan 2024: End of Year Progress Report",
                    "kind": "report", "first_line": "Comhairle Contae Charraig Mhaoil",
                    "start_line": L.find("Comhairle Contae Charraig Mhaoil")}],
    "meetings": [],
}
facts = {
    "priority_lists": [{"owner": CC, "name": "Corporate Plan 2024–2029 goals", "kind": "strategic_priority",
                        "period": "2024–2029", "source_line": L.find("Our Corporate Plan 2024–2029 has four goals"),
                        "items": goals}] +
                      [{"owner": CC, "name": f"Goal {i}: {g} – objectives", "kind": "objective", "period": "2024–2029",
                        "source_line": L.find(objs[0]), "items": objs}
                       for i, (g, objs) in enumerate(zip(goals, objectives), 1)],
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        {"name": CC, "aliases": ["Comhairle Contae Charraig Mhaoil", "Council"]},
        {"name": "National Oversight and Audit Commission", "aliases": ["NOAC"]},
        {"name": "Moyle Valley Housing Association", "aliases": []},
        {"name": "ESB Networks", "aliases": []},
        {"name": "Carrigmoyle Local Community Safety Partnership", "aliases": []},
        {"name": "Local Enterprise Office", "aliases": []},
        {"name": "Fáilte Ireland", "aliases": []},
        {"name": "Department of Housing, Local Government and Heritage", "aliases": []},
        {"name": "Transport Infrastructure Ireland", "aliases": []},
        {"name": "Sustainable Energy Authority of Ireland", "aliases": ["SEAI"]},
        {"name": "Heritage Council", "aliases": []},
        {"name": "Local Community Development Committee", "aliases": []},
        {"name": "Office of Public Works", "aliases": []},
    ],
    "dates": [
        D("Annual Service Delivery Plan 2024", "2024", "plan year"),
        D("31 December 2024", "2024-12-31", "progress reported to this date"),
        D("10 February 2025", "2025-02-10", "report presented to the Council"),
        D("2024–2029", "2024/2029", "Corporate Plan period"),
        D("14 November 2023", "2023-11-14", "2024 budget adopted"),
        D("Dec 2024", "2024-12", "target date (most actions)"),
        D("Q3 2024", "2024-07/2024-09", "target date"),
        D("Q2 2024", "2024-04/2024-06", "target date"),
        D("Q4 2024", "2024-10/2024-12", "target date"),
        D("30/09/2024", "2024-09-30", "target date (Drumlevan Enterprise Hub extension)"),
        D("Q1 2024", "2024-01/2024-03", "target date (Climate Action Plan adoption)"),
        D("31/10/2024", "2024-10-31", "target date (CCTV at dumping hotspots)"),
        D("30/06/2024", "2024-06-30", "target date (Annual Report 2023)"),
        D("March 2025", "2025-03", "revised handover of Convent Road scheme"),
        D("2024–2028", "2024/2028", "Age Friendly Strategy period"),
        D("18 June 2024", "2024-06-18", "Age Friendly Strategy launched"),
        D("January 2025", "2025-01", "first meeting of the Local Community Safety Partnership"),
        D("12 September 2024", "2024-09-12", "Enterprise Hub extension opened"),
        D("in 2026", "2026", "revised opening of Moyle Valley Greenway Phase 2"),
        D("April to June 2024", "2024-04/2024-06", "tourism marketing campaign"),
        D("February 2025", "2025-02", "Town Centre First plan consultation", L.find("Draft plan completed") - 1),
        D("12 February 2024", "2024-02-12", "Climate Action Plan adopted"),
        D("Q1 2025", "2025-01/2025-03", "remaining LED conversions"),
        D("28 February 2025", "2025-02-28", "biodiversity plan consultation closes"),
        D("Q2 2025", "2025-04/2025-06", "planning module of customer portal due"),
        D("27 June 2024", "2024-06-27", "Annual Report 2023 published"),
        D("19 November 2024", "2024-11-19", "Annual Service Delivery Plan 2025 and budget adopted"),
        D("2025–2031", "2025/2031", "Local Economic and Community Plan period"),
        D("2025–2027", "2025/2027", "Digital Strategy period"),
        D("February 2026", "2026-02", "report on the 2025 plan"),
    ],
}
write_keys(STEM, meetings, facts)
