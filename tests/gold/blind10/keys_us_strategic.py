"""Hand-made keys for the City of Cedar Hollow Strategic Plan FY2025-FY2028."""
from lib import PDF, Lines, act, date, org, write_keys
from make_us_strategic import STEM

L = Lines(PDF / f"{STEM}.pdf")
CITY = "City of Cedar Hollow"
PERIOD = "FY2025\u2013FY2028"

components = [{"title": "City of Cedar Hollow Strategic Plan, Fiscal Years 2025\u20132028",
               "kind": "strategy", "first_line": "Strategic Plan", "start_line": L.find("Strategic Plan", after=2)}]

OBJECTIVES = {
    "1": ["Improve emergency response times", "Expand access to parks, trails and recreation"],
    "2": ["Increase the supply of housing affordable to households earning up to 80% of area median income",
          "Reduce unsheltered homelessness"],
    "3": ["Keep city streets in good condition (average Pavement Condition Index of 70 or better)",
          "Secure a long-term water supply"],
    "4": ["Maintain General Fund reserves of at least 17% of operating expenditures",
          "Make city services easier to access"],
}
GOALS = ["Safe and Healthy Community", "Housing and Neighborhoods", "Reliable Infrastructure and Mobility",
         "Fiscally Sustainable and Responsive Government"]

plists = [{"owner": CITY, "name": "Our four goals (set by City Council)", "kind": "strategic_priority",
           "period": PERIOD, "source_line": L.find("1 Safe and Healthy Community"), "items": GOALS}]
for n, items in OBJECTIVES.items():
    plists.append({"owner": CITY, "name": f"Objectives under Goal {n}: {GOALS[int(n) - 1]}", "kind": "objective",
                   "period": PERIOD, "source_line": L.find(f"Objective {n}.1 {items[0]}"), "items": items})

# (code, strategy text, lead, due = end of the last fiscal year; FY ends 30 September)
STRATS = [
    ("1.1.1", "Open Fire Station 4 to serve the east side", "Fire Department", "2026-09"),
    ("1.1.2", "Implement a co-responder model pairing mental health clinicians with police officers",
     "Police Department", "2025-09"),
    ("1.2.1", "Complete the Willow Creek Trail connection between Main Street and Heritage Park",
     "Parks and Recreation", "2026-09"),
    ("1.2.2", "Update the Parks Master Plan with a 10-minute-walk standard", "Parks and Recreation", "2025-09"),
    ("2.1.1", "Amend the Unified Development Code to allow accessory dwelling units in all residential zones",
     "Community Development", "2025-09"),
    ("2.1.2", "Partner with the Cedar Hollow Housing Authority to build 150 income-restricted units on city-owned "
              "land", "City Manager\u2019s Office", "2028-09"),
    ("2.2.1", "Fund a year-round navigation center operated by the Front Range Shelter Alliance, using U.S. "
              "Department of Housing and Urban Development (HUD) grants where eligible",
     "Housing and Human Services", "2026-09"),
    ("3.1.1", "Dedicate the voter-approved 0.25% sales tax to pavement maintenance and coordinate resurfacing on "
              "State Highway 52 with the Colorado Department of Transportation (CDOT)", "Public Works", "2028-09"),
    ("3.2.1", "Complete the design of the Upper Basin Reservoir enlargement", "Utilities", "2027-09"),
    ("3.2.2", "Reduce per-capita water use by 10% through rebates and tiered rates", "Utilities", "2028-09"),
    ("4.1.1", "Adopt a five-year financial forecast with each annual budget", "Finance", None),
    ("4.2.1", "Launch a 311 app and an online permitting portal", "Information Technology", "2026-09"),
]
actions = [act(L, "Progress on every strategy will be reported to City Council quarterly, and an annual progress "
                  "report will be published each March.", None, None, kind="commitment")]
actions += [act(L, text, lead, due, kind="strategy", code=code) for code, text, lead, due in STRATS]

UNITS = ["Fire Department", "Police Department", "Parks and Recreation", "Community Development",
         "City Manager\u2019s Office", "Housing and Human Services", "Public Works", "Utilities", "Finance",
         "Information Technology"]

facts = {
    "priority_lists": plists,
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        org(CITY, type="city"),
        org("City Council", type="council", parent=CITY),
        org("Cedar Hollow Housing Authority", type="housing_authority"),
        org("Front Range Shelter Alliance", type="nonprofit"),
        org("U.S. Department of Housing and Urban Development", "HUD", type="federal_agency"),
        org("Colorado Department of Transportation", "CDOT", type="state_agency"),
    ] + [org(u, type="department", parent=CITY) for u in UNITS],
    "dates": [
        date(L, "Fiscal Years 2025\u20132028", "2024-10/2028-09", "plan period (fiscal years October-September)"),
        date(L, "September 17, 2024", "2024-09-17", "plan adopted by City Council (Resolution No. 2024-57)"),
        date(L, "fall 2023", "2023", "Community Survey (1,214 residents)"),
        date(L, "January 26\u201327, 2024", "2024-01-26/2024-01-27", "City Council retreat (goal-setting)"),
        date(L, "October 1, 2024", "2024-10-01", "start of FY2025"),
        date(L, "FY2026", "2025-10/2026-09", "timeline of strategies 1.1.1, 2.2.1 and 4.2.1",
             after=L.find("1.1.1 Open Fire")),
        date(L, "FY2025", "2024-10/2025-09", "timeline of strategies 1.1.2, 1.2.2 and 2.1.1",
             after=L.find("1.1.2 Implement")),
        date(L, "FY2025\u2013FY2026", "2024-10/2026-09", "timeline of strategy 1.2.1",
             after=L.find("1.2.1 Complete")),
        date(L, "FY2026\u2013FY2028", "2025-10/2028-09", "timeline of strategy 2.1.2"),
        date(L, "FY2027", "2026-10/2027-09", "timeline of strategy 3.2.1"),
        date(L, "FY2028", "2027-10/2028-09", "timeline of strategy 3.2.2", after=L.find("3.2.2 Reduce")),
    ],
}

write_keys(STEM, components, [], facts, notes={
    "actions_note": "Strategies 1.1.1-4.2.1 are keyed as actions (text without the code; owner = 'Lead:'; due = "
                    "end of the last fiscal year in 'Timeline:', null for 'Annually from FY2025').",
    "priority_lists_note": "The four goals are one strategic_priority list; the objectives of each goal are a "
                           "separate objective list (text without 'Objective n.n').",
    "dates_note": "The City's fiscal year runs October 1 - September 30 (stated on page 1): FY2025 = "
                  "2024-10/2025-09."})
