from lib import PDF, Lines, write_keys
from make_brackenford import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


table = L.find("Action Plan 2025–2030", 20)
actions = [
    A("Replace gas boilers at the Civic Centre and Brackenford Leisure Centre with air source heat pumps", "Property Services", "2025-04/2027-03", table),
    A("Switch the council’s fleet of 46 vehicles to electric or HVO fuel", "Fleet and Waste Services", "2028-03", table),
    A("Purchase 100% renewable electricity for all council buildings", "Procurement", "2025-04", table),
    A("Deliver carbon literacy training to all managers and councillors", "HR and OD", "2025-12", table),
    A("Retrofit 300 council homes to EPC band C through the Warm Homes: Social Housing Fund", "Housing Services", "2025/2028", table),
    A("Launch a home retrofit advice service for owner-occupiers with Midshire Energy Agency", "Environmental Health", "2025", table),
    A("Prepare and adopt a Net Zero Buildings Supplementary Planning Document", "Planning Policy", "2026-03", table),
    A("Install 60 public electric vehicle charge points in council car parks", "Parking Services with Midshire County Council", "2027-03", table),
    A("Work with Midshire County Council to deliver the Brackenford Local Cycling and Walking Infrastructure Plan (LCWIP)", "Transport Planning", "2025/2030", table),
    A("Introduce a staff travel plan including a salary sacrifice e-bike scheme", "HR and OD", "2025-04/2026-03", table),
    A("Plant 20,000 trees on council land", "Parks and Open Spaces", "2025/2030", table),
    A("Manage 25% of council grassland for biodiversity through reduced mowing", "Parks and Open Spaces", "2025-04", table),
    A("Work with the Environment Agency on natural flood management schemes along the River Bracken", "Parks and Open Spaces", "2026-04/2027-03", table),
    A("Establish a £150,000 Community Climate Fund for local groups", "Brackenford Climate Partnership", "2025-10", table),
    A("Deliver green skills bootcamps in retrofit and heat pump installation with Brackenford College", "Economic Development", "2025-04/2026-03", table),
    A("Publish an annual borough-wide greenhouse gas emissions report", "Sustainability Team", "2026-07", table),
    A("The Sustainability Team will maintain the action tracker and report progress every six months to the Climate and Environment Scrutiny Panel.",
      "Sustainability Team", None, table + 30),
    A("The first annual progress report will be presented to Cabinet in July 2026, and the plan will be fully reviewed by March 2027 to take account of the Local Plan review.",
      "Brackenford Borough Council", "2026-07", table + 30),
]

meetings = {
    "components": [{"title": "Brackenford Borough Council – Climate Emergency Action Plan 2025–2030", "kind": "action_plan",
                    "first_line": "Brackenford Borough Council", "start_line": L.find("Brackenford Borough Council")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": "Brackenford Borough Council", "name": "Our five themes", "kind": "focus_area", "period": "2025–2030",
         "source_line": L.find("Our five themes"),
         "items": ["Council Estate and Operations", "Homes and Buildings", "Transport and Travel",
                   "Nature and Green Infrastructure", "Communities, Economy and Skills"]},
        {"owner": "Brackenford Borough Council", "name": "Cross-cutting principles", "kind": "cross_cutting_theme",
         "period": "2025–2030", "source_line": L.find("Cross-cutting principles"),
         "items": ["Lead by example: the Council will act first on its own buildings, fleet and spending.",
                   "A fair transition: no resident should be left behind, and support will be targeted at households in fuel poverty.",
                   "Work in partnership: most borough emissions are outside the Council’s direct control."]},
    ],
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        {"name": "Brackenford Borough Council", "aliases": []},
        {"name": "Brackenford Climate Partnership", "aliases": []},
        {"name": "Department for Energy Security and Net Zero", "aliases": []},
        {"name": "Salix Finance", "aliases": []},
        {"name": "Midshire County Council", "aliases": []},
        {"name": "Midshire Energy Agency", "aliases": []},
        {"name": "Environment Agency", "aliases": []},
        {"name": "Brackenford College", "aliases": []},
        {"name": "Climate and Environment Scrutiny Panel", "aliases": []},
        {"name": "Bracken Valley Housing Trust", "aliases": []},
        {"name": "Brackenford Chamber of Commerce", "aliases": []},
    ],
    "dates": [
        {"text": "Version 1.0 – February 2025", "iso": "2025-02", "what": "publication (version 1.0)"},
        {"text": "11 February 2025", "iso": "2025-02-11", "what": "approved by Cabinet"},
        {"text": "from April 2025 to March 2030", "iso": "2025-04/2030-03", "what": "plan period (Action Plan 2025–2030)"},
        {"text": "July 2019", "iso": "2019-07", "what": "climate emergency declared"},
        {"text": "net zero by 2030", "iso": "2030", "what": "target: council operations net zero"},
        {"text": "net zero by 2045", "iso": "2045", "what": "target: borough net zero"},
        {"text": "2023/24", "iso": "2023-04/2024-03", "what": "year of latest council emissions figure"},
        {"text": "2018/19", "iso": "2018-04/2019-03", "what": "emissions baseline year"},
        {"text": "July 2026", "iso": "2026-07", "what": "first annual progress report to Cabinet"},
        {"text": "March 2027", "iso": "2027-03", "what": "full review of the plan", "after": table + 30},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
