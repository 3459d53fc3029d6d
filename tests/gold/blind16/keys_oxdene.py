from lib import PDF, Lines, write_keys
from make_oxdene import PRIORITIES, STEM

L = Lines(PDF / f"{STEM}.pdf")
CSP = "Oxdene Community Safety Partnership"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


# "What we will do" bullets, typed again by hand (owner: the Partnership, the "we" of the strategy)
actions = [
    A("Run at least four multi-agency days of action a year in the neighbourhoods with the most reports", CSP),
    A("Introduce a single ASB Case Review (Community Trigger) process across all partners by September 2025", CSP, "2025-09"),
    A("Extend the town centre CCTV network to the bus station and Riverside Park", CSP),
    A("Work with Oxdene Valley Homes to resolve neighbour disputes earlier through mediation", CSP),
    A("Commission a new community-based domestic abuse outreach service from April 2026", CSP, "2026-04"),
    A("Train 500 frontline staff in domestic abuse awareness and the DASH risk checklist", CSP),
    A("Deliver the Safer Nights scheme, including Ask for Angela, in every licensed venue in the town centre", CSP),
    A("Act on the learning from every Domestic Homicide Review with the Pellshire Domestic Abuse Partnership Board", CSP),
    A("Publish a local response to the Pellshire Violence Reduction Partnership’s strategy", CSP),
    A("Fund detached youth work in Northgate and Kingsmead every Friday and Saturday evening", CSP),
    A("Set up a multi-agency child exploitation panel by December 2025", CSP, "2025-12"),
    A("Work with secondary schools to deliver knife crime education to every Year 8 pupil", CSP),
    A("Disrupt county lines drug supply through Operation Lantern", CSP),
    A("Expand naloxone supply to hostels and to the Oxdene Foodbank", CSP),
    A("Work with Pathway Recovery Oxdene to increase structured treatment places by 15%", CSP),
    A("Review the town centre Public Spaces Protection Order on street drinking by October 2025", CSP, "2025-10"),
    A("The Partnership Board will agree a delivery plan each April, with named leads for every action.",
      "Partnership Board (Oxdene Community Safety Partnership)"),
    A("The Community Safety Manager will report progress to Oxdene District Council’s Overview and Scrutiny Committee twice a year.",
      "Community Safety Manager"),
]

P = ["Tackling anti-social behaviour and neighbourhood crime",
     "Tackling violence against women and girls and domestic abuse",
     "Preventing serious violence and exploitation",
     "Reducing drug and alcohol related harm"]
assert P == [p[0] for p in PRIORITIES]
OUTCOMES = [
    ["Fewer people experience repeat ASB", "Residents feel safer in their neighbourhood",
     "Less shop theft in the town centre"],
    ["More victims report abuse and get support early", "Fewer repeat cases at MARAC",
     "Women and girls feel safer in public spaces"],
    ["Fewer young people are victims of knife crime", "Children at risk of exploitation are identified and protected"],
    ["More people are in structured treatment", "Fewer drug-related deaths"],
]


def outcomes(n):
    bar = L.find(f"Priority {n}: {P[n - 1]}")
    return {"owner": CSP, "name": f"Outcome (Priority {n}: {P[n - 1]})", "kind": "objective", "period": "2025–2028",
            "source_line": L.find("Outcome Measure Lead", bar), "items": OUTCOMES[n - 1]}


meetings = {
    "components": [{"title": "Oxdene Community Safety Partnership – Community Safety Strategy 2025–2028", "kind": "strategy",
                    "first_line": "Safer Oxdene", "start_line": L.find("Safer Oxdene")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": CSP, "name": "Our principles", "kind": "cross_cutting_theme", "period": "2025–2028",
         "source_line": L.find("Our principles"),
         "items": ["Prevention first – we act early to stop problems from escalating.",
                   "Victim-centred – we put the needs of victims and witnesses at the heart of what we do.",
                   "Evidence-led – we target our resources where the data shows the greatest harm.",
                   "Working together – we share information and resources across agencies.",
                   "Listening to communities – we involve residents in setting and reviewing our priorities."]},
        {"owner": CSP, "name": "Our priorities for 2025–2028", "kind": "strategic_priority", "period": "2025–2028",
         "source_line": L.find("Our priorities for 2025–2028"), "items": P},
        outcomes(1), outcomes(2), outcomes(3), outcomes(4),
    ],
    "priority_changes": [
        {"year": "2025", "change": "added", "priority": "Preventing serious violence and exploitation",
         "previously_part_of": "Protecting vulnerable people", "owner": CSP,
         "note": "compared with the 2022–2025 strategy, now a priority in its own right",
         "source_line": L.find("Compared with our 2022–2025 strategy")},
        {"year": "2025", "change": "expanded", "priority": "Tackling violence against women and girls and domestic abuse",
         "previously_part_of": None, "owner": CSP,
         "note": "the domestic abuse priority has been widened to cover all violence against women and girls",
         "source_line": L.find("Our domestic abuse priority has been widened")},
        {"year": "2025", "change": "removed", "priority": "Road safety", "previously_part_of": None, "owner": CSP,
         "note": "no longer a CSP priority; now led by the Pellshire Road Safety Partnership",
         "source_line": L.find("Road safety is no longer a CSP priority")},
    ],
    "actions": actions,
    "organisations": [
        {"name": "Oxdene Community Safety Partnership", "aliases": ["CSP", "Safer Oxdene"]},
        {"name": "Oxdene District Council", "aliases": []},
        {"name": "Pellshire County Council", "aliases": []},
        {"name": "Pellshire Constabulary", "aliases": []},
        {"name": "Pellshire Fire and Rescue Service", "aliases": []},
        {"name": "Probation Service", "aliases": []},
        {"name": "NHS Pellshire Integrated Care Board", "aliases": ["ICB"]},
        {"name": "Oxdene Valley Homes", "aliases": []},
        {"name": "Office of the Police and Crime Commissioner for Pellshire", "aliases": []},
        {"name": "Oxdene Council for Voluntary Service", "aliases": []},
        {"name": "Pellshire Road Safety Partnership", "aliases": []},
        {"name": "Oxdene Town Centre BID", "aliases": []},
        {"name": "Pellshire Domestic Abuse Partnership Board", "aliases": []},
        {"name": "Pellshire Violence Reduction Partnership", "aliases": []},
        {"name": "Pathway Recovery Oxdene", "aliases": []},
        {"name": "Oxdene Foodbank", "aliases": []},
        {"name": "Overview and Scrutiny Committee", "aliases": []},
        {"name": "ONS", "aliases": []},
    ],
    "dates": [
        {"text": "2025–2028", "iso": "2025/2028", "what": "strategy period"},
        {"text": "Published April 2025", "iso": "2025-04", "what": "publication"},
        {"text": "Strategic Assessment 2024", "iso": "2024", "what": "strategic assessment the strategy is based on"},
        {"text": "6 March 2025", "iso": "2025-03-06", "what": "strategy approved by the Partnership Board"},
        {"text": "2022–2025", "iso": "2022/2025", "what": "previous strategy period"},
        {"text": "2023/24", "iso": "2023-04/2024-03", "what": "year of the 9% fall in ASB incidents"},
        {"text": "2024 Residents’ Survey", "iso": "2024", "what": "residents' survey"},
        {"text": "September 2025", "iso": "2025-09", "what": "single ASB Case Review process in place"},
        {"text": "April 2026", "iso": "2026-04", "what": "new domestic abuse outreach service starts"},
        {"text": "December 2025", "iso": "2025-12", "what": "child exploitation panel set up"},
        {"text": "since 2019", "iso": "2019", "what": "baseline year for the doubling of drug poisoning deaths"},
        {"text": "October 2025", "iso": "2025-10", "what": "review of the Public Spaces Protection Order"},
        {"text": "refreshed in 2026", "iso": "2026", "what": "possible refresh of the strategy"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
