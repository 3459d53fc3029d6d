import re

from lib import PDF, Lines, write_keys
from make_kettlecrossing import STEM

L = Lines(PDF / f"{STEM}.pdf")
OWNER = "Town of Kettle Crossing"
PERIOD = "2023–2027"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def heading_above(first_item, label="Objectives:"):
    """the line of the list heading in the same slide column as the list's first item (two slides share lines)"""
    n = L.find(first_item)
    col = re.search(re.escape(first_item.split()[0]), L.lines[n - 1]).start()
    for i in range(n - 1, max(0, n - 6), -1):
        m = L.lines[i - 1].find(label)
        if m >= 0 and abs(m - col) <= 8:
            return i
    raise ValueError(first_item)


def objectives(i, name, items):
    return {"owner": OWNER, "name": f"Objectives (Pillar {i}: {name})", "kind": "objective", "period": PERIOD,
            "source_line": heading_above(f"1. {items[0]}"), "items": items}


actions = [
    A("Complete the Community Improvement Plan (CIP) review and launch façade improvement grants", "Economic Development", "2024"),
    A("Service the remaining 18 hectares of the Business Park", "Public Works & Engineering", "2026"),
    A("Partner with the Kettle Crossing & District Chamber of Commerce on a Shop Local campaign", "Economic Development", "2024"),
    A("Develop a Destination Marketing Plan", "Economic Development", "2026"),
    A("Update the Official Plan and Zoning By-law to permit additional residential units as of right", "Planning Services", "2024"),
    A("Meet the Town’s housing pledge to the Province of Ontario of 650 new homes by 2031", "Planning Services", "2031"),
    A("Work with the County of Northbourne and Kettle River Non-Profit Homes on a 40-unit affordable seniors’ building",
      "CAO’s Office", "2026"),
    A("Introduce e-permitting for building permits", "Building Services", "2024"),
    A("Update the Asset Management Plan with proposed levels of service by July 1, 2025", "Finance", "2025-07-01"),
    A("Replace the Mill Street bridge", "Public Works & Engineering", "2026"),
    A("Update the Kettle River floodplain mapping with the Kettle River Conservation Authority", "Planning Services", "2025"),
    A("Install EV chargers at the Town Hall and the Memorial Arena", "Facilities", "2024"),
    A("Launch a new Town website and online service portal", "Clerk’s Office", "2024"),
    A("Adopt a Customer Service Strategy and Charter", "CAO’s Office", "2025"),
    A("Prepare a 10-year Long-Term Financial Plan", "Finance", "2026"),
    A("Host an annual community town hall", "Mayor & Council", "2026"),
    A("Staff will report progress to Council twice a year, in spring and fall.", "Staff"),
    A("Council will hold a mid-term review of the plan in 2025.", "Council (Town of Kettle Crossing)", "2025"),
]

meetings = {
    "components": [{"title": "Town of Kettle Crossing – Strategic Plan 2023–2027 (presentation to Council, June 27, 2023)",
                    "kind": "strategy",
                    "first_line": "Town of Kettle Crossing – Strategic Plan 2023–2027 – Presentation to Council",
                    "start_line": 1}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": OWNER, "name": "Our Four Pillars", "kind": "strategic_priority", "period": PERIOD,
         "source_line": L.find("Our Four Pillars"),
         "items": ["Thriving Local Economy", "Housing for All Stages of Life",
                   "Reliable Infrastructure & Climate Resilience", "Engaged Community & Responsive Government"]},
        objectives(1, "Thriving Local Economy",
                   ["Attract new employers to the Kettle Crossing Business Park", "Support a vibrant downtown",
                    "Grow year-round tourism"]),
        objectives(2, "Housing for All Stages of Life",
                   ["Increase the supply of attainable housing", "Make it faster and simpler to build homes"]),
        objectives(3, "Reliable Infrastructure & Climate Resilience",
                   ["Keep roads, bridges, water and wastewater systems in a state of good repair",
                    "Prepare for severe weather and flooding", "Reduce corporate greenhouse gas emissions"]),
        objectives(4, "Engaged Community & Responsive Government",
                   ["Improve communication with residents", "Deliver modern, efficient services",
                    "Keep taxes affordable and plan long-term finances"]),
    ],
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        {"name": "Town of Kettle Crossing", "aliases": []},
        {"name": "Kettle Crossing & District Chamber of Commerce", "aliases": []},
        {"name": "Province of Ontario", "aliases": []},
        {"name": "County of Northbourne", "aliases": []},
        {"name": "Kettle River Non-Profit Homes", "aliases": []},
        {"name": "Kettle River Conservation Authority", "aliases": []},
    ],
    "dates": [
        {"text": "June 27, 2023", "iso": "2023-06-27", "what": "presentation to and approval by Council (Resolution No. 2023-188)", "after": L.find("Approved by Council on") - 1},
        {"text": "Strategic Plan 2023–2027", "iso": "2023/2027", "what": "strategic plan period"},
        {"text": "650 new homes by 2031", "iso": "2031", "what": "housing pledge target year"},
        {"text": "July 1, 2025", "iso": "2025-07-01", "what": "deadline for Asset Management Plan update with proposed levels of service"},
        {"text": "Year 1 = 2024, Year 2 = 2025, Year 3 = 2026", "iso": "2024/2026", "what": "implementation timeline years"},
        {"text": "mid-term review of the plan in 2025", "iso": "2025", "what": "Council mid-term review of the plan"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
