from lib import PDF, Lines, write_keys
from make_pelbrook import DELIVERY, PRIORITIES, STEM, THEMES

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


SPP = "Safer Pelbrook Partnership"

meetings = {
    "components": [{"title": "Safer Pelbrook Partnership – Community Safety Strategy 2025–2028", "kind": "strategy",
                    "first_line": "Safer Pelbrook", "start_line": L.find("Safer Pelbrook Community Safety Strategy")}],
    "meetings": [],
}

# "We will:" bullets under the three priority boxes (typed here again, by hand, as the keyed text)
WE_WILL = [
    "Commission a single domestic abuse support pathway for Pelbrook, from first contact to recovery",
    "Train 500 frontline staff across the partnership to recognise and respond to coercive control",
    "Expand the Safer Nights scheme in the town centre night-time economy",
    "Make sure every Domestic Homicide Review recommendation is acted on within the agreed timescale",
    "Deliver our Serious Violence Duty response with the Carnshire Violence Reduction Unit",
    "Put youth workers in the places where young people are most at risk, including the bus station and Riverside Park",
    "Disrupt county lines drug supply through joint operations and closure orders",
    "Support schools to reduce exclusions and keep young people in education",
    "Hold monthly Community Safety Action Zone meetings in the three wards with the highest rates of anti-social behaviour",
    "Target burglary and vehicle crime hotspots with crime prevention advice and better street lighting",
    "Work with Pelbrook Homes to resolve neighbour disputes earlier through mediation",
    "Make the ASB Case Review easier for repeat victims to use",
]
assert WE_WILL == [b for p in PRIORITIES for b in p[3]], "keyed bullets must match the document"

# delivery plan rows: (action text, lead, due) -- typed by hand
ROWS = [
    ("Commission an integrated domestic abuse support service covering refuge, outreach and recovery",
     "Pelbrook Borough Council", "2026-04"),
    ("Deliver coercive control training to 500 frontline staff", "Carnshire Police and Pelbrook Borough Council", "2027-03"),
    ("Extend Safer Nights to every Friday and Saturday night all year", "Pelbrook Town Centre BID", "2025-09"),
    ("Publish and maintain a tracker of all Domestic Homicide Review recommendations", "Community Safety Team",
     "2025-10/2025-12"),
    ("Agree a local serious violence action plan", "Carnshire Violence Reduction Unit", "2025-07/2025-09"),
    ("Run detached youth work at the bus station and Riverside Park on Thursday to Saturday evenings", "Pelbrook YMCA",
     "2025/2028"),
    ("Carry out joint county lines operations at least twice a year", "Carnshire Police", "2025-06"),
    ("Provide inclusion support to the five secondary schools with the highest exclusion rates",
     "Carnshire County Council", "2026-07"),
    ("Set up Community Safety Action Zones in Castlegate, Northfield and Brookside wards", "Pelbrook Borough Council",
     "2025-04/2025-06"),
    ("Offer crime prevention visits to burglary victims and their neighbours within 48 hours", "Carnshire Police", None),
    ("Improve street lighting at 12 crime hotspot locations", "Carnshire County Council", "2027-03"),
    ("Launch an early mediation service for neighbour disputes", "Pelbrook Homes", "2026-01"),
    ("Build a shared partnership data dashboard", "Pelbrook Borough Council", "2025-12"),
    ("Run the Pelbrook community safety survey", "Safer Pelbrook Partnership", "2025-10"),
]
assert [r[0] for r in ROWS] == [r[1] for r in DELIVERY if len(r) == 5], "keyed rows must match the document"

facts = {
    "priority_lists": [
        {"owner": SPP, "name": "Our priorities for 2025–2028", "kind": "priority", "period": "2025–2028",
         "source_line": L.find("Our priorities for 2025–2028"),
         "items": ["Tackling domestic abuse and violence against women and girls",
                   "Reducing serious violence and the exploitation of young people",
                   "Safer neighbourhoods – tackling anti-social behaviour and neighbourhood crime"]},
        {"owner": SPP, "name": "Cross-cutting themes", "kind": "cross_cutting_theme", "period": "2025–2028",
         "source_line": L.find("Cross-cutting themes"),
         "items": ["Prevention and early intervention", "Listening to victims and communities",
                   "Tackling inequality and disproportionality", "Sharing data and intelligence"]},
    ],
    "priority_changes": [],
    "actions": (
        [A("We will keep listening to residents, to victims and survivors and to young people, and we will report on our progress every year.", SPP)]
        + [A(t, SPP, "2028-03") for t in WE_WILL]
        + [A("Speeding and anti-social driving are not a priority of this strategy because they are led by the Carnshire Road Safety Partnership, but the Partnership will share local concerns with it every quarter.", SPP)]
        + [A(t, o, d) for t, o, d in ROWS]
        + [A("The Safer Pelbrook Partnership Board will monitor delivery of this strategy every quarter, using the measures above.",
             "Safer Pelbrook Partnership Board"),
           A("We will publish an annual progress report each July, starting in July 2026.", SPP, "2026-07"),
           A("The Community Safety Team will refresh the Strategic Assessment every year", "Community Safety Team"),
           A("the Board will review these priorities in early 2027.", "Safer Pelbrook Partnership Board", "2027")]
    ),
    "organisations": [
        {"name": "Safer Pelbrook Partnership", "aliases": ["Safer Pelbrook", "Partnership"]},
        {"name": "Safer Pelbrook Partnership Board", "aliases": ["Partnership Board"]},
        {"name": "Pelbrook Borough Council", "aliases": []},
        {"name": "Carnshire County Council", "aliases": []},
        {"name": "Carnshire Police", "aliases": []},
        {"name": "Carnshire Fire and Rescue Service", "aliases": []},
        {"name": "NHS Carnshire Integrated Care Board", "aliases": []},
        {"name": "Probation Service", "aliases": []},
        {"name": "Pelbrook Homes", "aliases": []},
        {"name": "Office of the Police and Crime Commissioner for Carnshire",
         "aliases": ["Police and Crime Commissioner for Carnshire"]},
        {"name": "Carnshire Violence Reduction Unit", "aliases": []},
        {"name": "Pelbrook Town Centre BID", "aliases": []},
        {"name": "Pelbrook YMCA", "aliases": []},
        {"name": "Carnshire Road Safety Partnership", "aliases": []},
        {"name": "Pelbrook Borough Council Overview and Scrutiny Committee", "aliases": []},
    ],
    "dates": [
        {"text": "Community Safety Strategy 2025–2028", "iso": "2025/2028", "what": "strategy period"},
        {"text": "Published April 2025", "iso": "2025-04", "what": "publication"},
        {"text": "April 2025 and March 2028", "iso": "2025-04/2028-03", "what": "period the partners' commitments cover"},
        {"text": "Strategic Assessment 2024/25", "iso": "2024-04/2025-03", "what": "strategic assessment the priorities are based on"},
        {"text": "autumn 2024", "iso": "2024", "what": "community safety survey"},
        {"text": "2022/23", "iso": "2022-04/2023-03", "what": "baseline year for knife-enabled offences"},
        {"text": "4 November to 15 December 2024", "iso": "2024-11-04/2024-12-15", "what": "public consultation"},
        {"text": "20 March 2025", "iso": "2025-03-20", "what": "Partnership Board approved the strategy"},
        {"text": "Contract start April 2026", "iso": "2026-04", "what": "A1 domestic abuse service contract start"},
        {"text": "By March 2027", "iso": "2027-03", "what": "deadline for actions A2 and C3"},
        {"text": "From September 2025", "iso": "2025-09", "what": "A3 Safer Nights extension starts"},
        {"text": "Q3 2025/26", "iso": "2025-10/2025-12", "what": "A4 DHR tracker"},
        {"text": "Q2 2025/26", "iso": "2025-07/2025-09", "what": "B1 serious violence action plan"},
        {"text": "From June 2025", "iso": "2025-06", "what": "B3 joint county lines operations start"},
        {"text": "By July 2026", "iso": "2026-07", "what": "B4 inclusion support"},
        {"text": "Q1 2025/26", "iso": "2025-04/2025-06", "what": "C1 Community Safety Action Zones"},
        {"text": "From January 2026", "iso": "2026-01", "what": "C4 mediation service launch"},
        {"text": "By December 2025", "iso": "2025-12", "what": "X1 data dashboard"},
        {"text": "October 2025, then annually", "iso": "2025-10", "what": "X2 first community safety survey"},
        {"text": "July 2026", "iso": "2026-07", "what": "first annual progress report",
         "after": "We will publish an annual progress report"},
        {"text": "early 2027", "iso": "2027", "what": "Board review of the priorities"},
    ],
}
for d in facts["dates"]:
    after = d.pop("after", None)
    d["source_line"] = L.find(d["text"], L.find(after) - 1 if after else 0)

write_keys(STEM, meetings, facts)
