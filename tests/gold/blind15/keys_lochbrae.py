from lib import PDF, Lines, write_keys
from make_lochbrae import STEM

L = Lines(PDF / f"{STEM}.pdf")
TRUST = "Lochbrae Leisure and Culture Trust"
TABLE = L.find("Priority 1: More people, more active")

# (text, lead, due) typed from the action table
ROWS = [
    ("Launch a GP and physiotherapy referral pathway with NHS Lochbrae", "Head of Sport & Wellbeing", "2025-09"),
    ("Introduce a £1 concession swim for under-18s at all six pools", "Head of Sport & Wellbeing", "2025-06"),
    ("Deliver 40 ‘Active Streets’ taster sessions with the Lochbrae Health and Social Care Partnership", "Community Sport Manager", "2025-10/2025-12"),
    ("Apply to sportscotland for Sport Facilities Fund support for the Kirkstane pool changing village", "Head of Sport & Wellbeing", "2026-03"),
    ("Open Warm Spaces in all 11 libraries every winter", "Libraries Manager", None),
    ("Roll out free device lending and digital help sessions in every library", "Libraries Manager", "2025-04/2026-03"),
    ("Relocate Kirkstane Library into the refurbished Burgh Hall", "Libraries Manager", "2026-07/2026-09"),
    ("Host a touring exhibition from National Museums Scotland at the Tolbooth Museum", "Museums Officer", "2027-01/2027-03"),
    ("Introduce a single membership covering gym, swim and classes", "Commercial Manager", "2025-04"),
    ("Renegotiate the services agreement fee with Lochbrae Council for 2026/27 onwards", "Chief Executive", "2025-12"),
    ("Grow café and venue hire income by 15%", "Commercial Manager", "2027-03"),
    ("Replace gas boilers at Glenview Leisure Centre with air source heat pumps", "Estates Manager", "2026-04/2026-06"),
    ("Install solar PV on four venue roofs", "Estates Manager", "2027-03"),
    ("Publish an annual carbon report to the Board", "Finance Director", None),
]
actions = [{"text": t, "owner": o, "due": d, "source_line": L.find(t, TABLE - 1)} for t, o, d in ROWS]
for t, o, d in [
    ("We will track four headline measures and publish them in our annual review each September.", TRUST, None),
    ("The Chief Executive will report progress on every action to the Board of Trustees each quarter", "Chief Executive", None),
    ("the Board will review the plan in March 2026.", "Board of Trustees", "2026-03"),
]:
    actions.append({"text": t, "owner": o, "due": d, "source_line": L.find(t)})

meetings = {
    "components": [{"title": "Lochbrae Leisure & Culture – Business Plan 2025–2028", "kind": "plan",
                    "first_line": "Lochbrae Leisure & Culture", "start_line": L.find("Lochbrae Leisure & Culture")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": TRUST, "name": "Our values", "kind": "objective", "period": "2025–2028",
         "source_line": L.find("Our values"), "items": ["Welcoming", "Active", "Curious", "Sustainable"]},
        {"owner": TRUST, "name": "Our four priorities", "kind": "priority", "period": "2025–2028",
         "source_line": L.find("Our four priorities"),
         "items": ["More people, more active", "Libraries at the heart of communities",
                   "A financially sustainable Trust", "Net zero ready venues"]},
    ],
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        {"name": TRUST, "aliases": ["Lochbrae Leisure & Culture", "Trust"]},
        {"name": "Lochbrae Council", "aliases": []},
        {"name": "Board of Trustees", "aliases": []},
        {"name": "NHS Lochbrae", "aliases": []},
        {"name": "Lochbrae Health and Social Care Partnership", "aliases": []},
        {"name": "sportscotland", "aliases": []},
        {"name": "National Museums Scotland", "aliases": []},
        {"name": "Communities Committee", "aliases": []},
    ],
    "dates": [],
}


def D(text, iso, what, after=0):
    facts["dates"].append({"text": text, "iso": iso, "what": what, "source_line": L.find(text, after)})


D("2025–2028", "2025-04/2028-03", "business plan period (three financial years)")
D("31 March 2030", "2030-03-31", "services agreement with Lochbrae Council ends")
D("1 April 2025 to 31 March 2028", "2025-04-01/2028-03-31", "plan period as stated")
D("26 March 2025", "2025-03-26", "plan approved by the Board of Trustees")
D("2019/20", "2019-04/2020-03", "carbon emissions baseline year")
D("September 2025", "2025-09", "due, action 1.1", TABLE - 1)
D("June 2025", "2025-06", "due, action 1.2", TABLE - 1)
D("Q3 2025/26", "2025-10/2025-12", "due, action 1.3", TABLE - 1)
D("March 2026", "2026-03", "due, action 1.4", TABLE - 1)
D("2025/26", "2025-04/2026-03", "due, action 2.2", L.find("Roll out free device lending") - 1)
D("Q2 2026/27", "2026-07/2026-09", "due, action 2.3", TABLE - 1)
D("Q4 2026/27", "2027-01/2027-03", "due, action 2.4", TABLE - 1)
D("April 2025", "2025-04", "due, action 3.1", TABLE - 1)
D("2026/27 onwards", "2026-04", "services agreement fee to be renegotiated from 2026/27", TABLE - 1)
D("December 2025", "2025-12", "due, action 3.2", TABLE - 1)
D("March 2027", "2027-03", "due, actions 3.3 and 4.2", TABLE - 1)
D("Q1 2026/27", "2026-04/2026-06", "due, action 4.1", TABLE - 1)
D("2023/24", "2023-04/2024-03", "baseline year of the headline measures")
D("2027/28", "2027-04/2028-03", "target year of the headline measures")
D("March 2026", "2026-03", "Board review of the plan", L.find("Monitoring and review") - 1)

write_keys(STEM, meetings, facts)
