"""Hand-made keys for the Yarrabend City Council Climate Emergency Action Plan 2024-2030."""
from lib import PDF, Lines, act, date, org, write_keys
from make_climate import STEM

L = Lines(PDF / f"{STEM}.pdf")
YCC = "Yarrabend City Council"
TABLE = L.find("Ref Action Lead Partners")

components = [{"title": "Yarrabend City Council Climate Emergency Action Plan 2024\u20132030 (adopted 27 August 2024)",
               "kind": "action_plan", "first_line": "Yarrabend City Council", "start_line": 1}]

# (ref, action text, lead, due as end of the last financial year; None for ongoing / repeated annually)
ROWS = [
    ("1.1", "Replace gas heating with electric heat pumps at the Civic Centre and four aquatic and leisure centres",
     "Property Services", "2028-06"),
    ("1.2", "Transition the passenger vehicle fleet to zero-emission vehicles as leases expire", "Fleet Services",
     "2030-06"),
    ("1.3", "Join a group power purchase agreement to supply 100% renewable electricity to Council sites",
     "Sustainability Team", "2025-06"),
    ("1.4", "Include a climate impact assessment in every Council report", "Governance", "2026-06"),
    ("2.1", "Run a solar bulk-buy program for households and small businesses, with a stream for renters",
     "Sustainability Team", None),
    ("2.2", "Offer Environmental Upgrade Agreements to commercial landlords", "Economic Development", "2026-06"),
    ("2.3", "Deliver energy efficiency retrofits to 300 low-income households", "Community Wellbeing", "2028-06"),
    ("3.1", "Build 12 km of protected bike lanes identified in the Yarrabend Bicycle Strategy", "City Planning",
     "2030-06"),
    ("3.2", "Install public electric vehicle chargers at 10 Council car parks", "Sustainability Team", "2026-06"),
    ("3.3", "Advocate to the Victorian Government for a frequent bus route along Cooper Road", "City Planning", None),
    ("4.1", "Plant 8,000 street trees, prioritising the suburbs with the lowest canopy cover",
     "Parks and Open Space", "2030-06"),
    ("4.2", "Prepare a Heatwave Plan with cooling centres at libraries and leisure centres", "Emergency Management",
     "2026-06"),
    ("4.3", "Update the Integrated Water Management Plan to reduce flood risk in the Merri Flats catchment",
     "City Infrastructure", "2027-06"),
    ("5.1", "Roll out food organics and garden organics (FOGO) collection to all households", "Waste Services",
     "2025-06"),
    ("5.2", "Require recycled content in road resurfacing and footpath contracts", "Procurement", "2026-06"),
    ("5.3", "Support three community repair cafes each year", "Waste Services", None),
]

actions = [act(L, "Progress will be reported to Council every six months, and the plan will be reviewed in 2027.",
               None, "2027", kind="commitment")]
actions += [act(L, text, lead, due, after=TABLE, kind="action_plan_row", code=ref) for ref, text, lead, due in ROWS]
actions.append(act(L, "The Sustainability Team will publish an annual community emissions snapshot each October, "
                      "starting in October 2025, and will present a full review of this plan to Council by 30 June "
                      "2027.", "Sustainability Team", "2027-06-30", kind="commitment"))

UNITS = ["Property Services", "Fleet Services", "Sustainability Team", "Economic Development", "Community Wellbeing",
         "City Planning", "Parks and Open Space", "Emergency Management", "City Infrastructure", "Waste Services",
         "Procurement", "Governance"]

facts = {
    "priority_lists": [
        {"owner": YCC, "name": "Our five themes", "kind": "focus_area", "period": "2024\u20132030",
         "source_line": L.find("1 Zero-carbon Council"),
         "items": ["Zero-carbon Council", "Renewable energy for everyone", "Sustainable transport",
                   "Cooler, greener and resilient places", "Circular economy and less waste"]},
        {"owner": YCC, "name": "Our targets", "kind": "objective", "period": "2024\u20132030",
         "source_line": L.find("Net zero emissions from Council operations"),
         "items": ["Net zero emissions from Council operations by 2030", "Net zero community emissions by 2040",
                   "100% renewable electricity for Council buildings and streetlights from 1 July 2025"]},
    ],
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        org(YCC, type="council"),
        org("Sustainability Victoria", type="public_body"),
        org("Northern Ranges Climate Alliance", "NRCA", type="partnership"),
        org("Yarrabend Community Power", type="community_group"),
        org("DEECA", type="government_department",
            note="acronym only (Victorian Department of Energy, Environment and Climate Action)"),
        org("Department of Transport and Planning", type="government_department"),
        org("Victorian Government", type="government"),
        org("Greenvale Water", type="water_authority"),
        org("Melbourne Water", type="water_authority"),
        org("Victoria Police", type="police"),
        org("Red Cross", type="charity"),
        org("Yarrabend Repair Network", type="community_group"),
    ] + [org(u, type="unit", parent=YCC) for u in UNITS],
    "dates": [
        date(L, "27 August 2024", "2024-08-27", "plan adopted by Council"),
        date(L, "2024\u20132030", "2024/2030", "plan period"),
        date(L, "9 March 2021", "2021-03-09", "climate emergency declared"),
        date(L, "2016\u20132020", "2016/2020", "period of the replaced Greenhouse Action Plan"),
        date(L, "by 2030", "2030", "net zero Council operations target"),
        date(L, "by 2040", "2040", "net zero community emissions target"),
        date(L, "1 July 2025", "2025-07-01", "100% renewable electricity for Council sites"),
        date(L, "reviewed in 2027", "2027", "plan review"),
        date(L, "2024\u201325 to 2027\u201328", "2024-07/2028-06", "timeframe of actions 1.1"),
        date(L, "2024\u201325 to 2029\u201330", "2024-07/2030-06", "timeframe of actions 1.2 and 4.1"),
        date(L, "2024\u201325", "2024-07/2025-06", "timeframe of actions 1.3, 2.1 and 5.1", after=TABLE + 6),
        date(L, "2025\u201326", "2025-07/2026-06", "timeframe of actions 1.4, 2.2, 3.2, 4.2 and 5.2",
             after=TABLE + 8),
        date(L, "2025\u201326 to 2027\u201328", "2025-07/2028-06", "timeframe of action 2.3"),
        date(L, "2025\u201326 to 2029\u201330", "2025-07/2030-06", "timeframe of action 3.1"),
        date(L, "2026\u201327", "2026-07/2027-06", "timeframe of action 4.3"),
        date(L, "October 2025", "2025-10", "first annual community emissions snapshot"),
        date(L, "30 June 2027", "2027-06-30", "full review of the plan due"),
    ],
}

write_keys(STEM, components, [], facts, notes={
    "dates_note": "Australian financial years run 1 July - 30 June (stated in the table key): '2024-25' is keyed "
                  "2024-07/2025-06. Action 'due' is the end of the last financial year of the timeframe; null for "
                  "'Ongoing' and '2024-25, repeated annually'.",
    "organisations_note": "Council teams named as Lead are keyed as units of Yarrabend City Council; 'NRCA member "
                          "councils' is not a distinct organisation."})
