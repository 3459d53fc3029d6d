from lib import PDF, Lines, write_keys
from make_stanhope import STEM

L = Lines(PDF / f"{STEM}.pdf")
OWNER = "County of Stanhope"
PERIOD = "FY2025–FY2027"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def objectives(n, area, items):
    return {"owner": OWNER, "name": f"Objectives (Goal Area {n}: {area})", "kind": "objective", "period": PERIOD,
            "source_line": L.find(items[0]), "items": items}


actions = [
    A("The County Administrative Officer will present a progress report on every objective to the Board of Supervisors each February and August.",
      "County Administrative Officer (Daniel Okonkwo)"),
    A("Each department will align its FY2026 budget request with the objectives in this plan.", "Each County department"),
    A("The Board of Supervisors will hold a strategic planning workshop in March 2026 to review the objectives for FY2027.",
      "Board of Supervisors", "2026-03"),
]

meetings = {
    "components": [{"title": "County of Stanhope – Board of Supervisors Strategic Plan FY2025–FY2027 (Summary)", "kind": "plan",
                    "first_line": "COUNTY OF STANHOPE", "start_line": L.find("COUNTY OF STANHOPE")}],
    "meetings": [],
}

table = L.find("Goal Area Objectives Lead Department Timeline")
facts = {
    "priority_lists": [
        {"owner": OWNER, "name": "Values", "kind": "objective", "period": PERIOD, "source_line": L.find("Values"),
         "items": ["Integrity – We are honest, transparent and accountable for our decisions.",
                   "Service – We put residents first and treat every person with respect.",
                   "Equity – We work to remove barriers so that all communities share in the County’s success.",
                   "Stewardship – We manage public funds and natural resources responsibly for future generations.",
                   "Collaboration – We partner with cities, tribes, schools and community organizations."]},
        {"owner": OWNER, "name": "Goal Areas", "kind": "strategic_priority", "period": PERIOD,
         "source_line": L.find("Goal Areas"),
         "items": ["Public Safety and Emergency Preparedness", "Housing and Homelessness", "Infrastructure and Mobility",
                   "Economic Vitality", "Fiscal Stewardship and Operational Excellence"]},
        objectives(1, "Public Safety and Emergency Preparedness",
                   ["Reduce average emergency response times in unincorporated areas to under 12 minutes",
                    "Complete the update of the Multi-Jurisdictional Hazard Mitigation Plan",
                    "Expand wildfire fuel reduction work to 2,500 acres per year"]),
        objectives(2, "Housing and Homelessness",
                   ["Permit 1,200 new housing units, including 300 affordable units",
                    "Open a 60-bed navigation center in Riverbend",
                    "Reduce unsheltered homelessness by 25% from the 2024 Point-in-Time Count"]),
        objectives(3, "Infrastructure and Mobility",
                   ["Raise the average Pavement Condition Index of County roads from 58 to 65",
                    "Complete the Old Mill Road bridge replacement",
                    "Adopt an Active Transportation Plan for the unincorporated county"]),
        objectives(4, "Economic Vitality",
                   ["Launch a small business grant program for unincorporated communities",
                    "Extend broadband service to 4,000 unserved households"]),
        objectives(5, "Fiscal Stewardship and Operational Excellence",
                   ["Maintain a General Fund reserve of at least 15% of operating expenditures",
                    "Reduce the County’s vacancy rate to below 10%",
                    "Move 80% of permit and payment transactions online"]),
    ],
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        {"name": "County of Stanhope", "aliases": ["Stanhope County", "County"]},
        {"name": "Board of Supervisors", "aliases": []},
        {"name": "Stanhope County Office of Education", "aliases": []},
        {"name": "Riverbend Housing Authority", "aliases": []},
        {"name": "Stanhope Valley Economic Development Corporation", "aliases": []},
    ],
    "dates": [
        {"text": "FY2025–FY2027", "iso": "2024-07/2027-06", "what": "plan period (fiscal years 2024-25 through 2026-27)"},
        {"text": "June 18, 2024", "iso": "2024-06-18", "what": "plan adopted by the Board of Supervisors (Resolution No. 2024-087)"},
        {"text": "2023 Community Survey", "iso": "2023", "what": "community survey informing the plan"},
        {"text": "early 2024", "iso": "2024", "what": "five town halls held"},
        {"text": "Q2 FY2025", "iso": "2024-10/2024-12", "what": "deadline for objective 1.2 (Hazard Mitigation Plan update)", "at": "1.2 Q2 FY2025"},
        {"text": "FY2025", "iso": "2024-07/2025-06", "what": "deadline for objectives 3.3 and 4.1", "at": "3.3 FY2025"},
        {"text": "FY2026", "iso": "2025-07/2026-06", "what": "deadline for objectives 1.1, 3.2 and 5.2; FY2026 budget requests", "at": "1.1 FY2026"},
        {"text": "Q3 FY2026", "iso": "2026-01/2026-03", "what": "deadline for objective 2.2 (navigation center)", "at": "2.2 Q3 FY2026"},
        {"text": "FY2027", "iso": "2026-07/2027-06", "what": "deadline for objectives 2.1, 2.3, 3.1 and 5.3", "at": "2.1 FY2027"},
        {"text": "2024 Point-in-Time Count", "iso": "2024", "what": "baseline for the unsheltered homelessness objective"},
        {"text": "March 2026", "iso": "2026-03", "what": "Board of Supervisors strategic planning workshop"},
    ],
}
for d in facts["dates"]:
    at = d.pop("at", None)
    d["source_line"] = L.find(at, table) if at else L.find(d["text"])

write_keys(STEM, meetings, facts)
