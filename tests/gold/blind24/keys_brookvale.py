from lib import PDF, Lines, write_keys
from make_brookvale import ACTIONS, OBJECTIVES, STEM

L = Lines(PDF / f"{STEM}.pdf")
BH = "Brookvale Homes"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def D(text, iso, what, at=None, after=0):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(at or text, after)}


# "What we will do" bullets: commitments of Brookvale Homes ("We will: ..."), no date per bullet
objs = L.find("Our objectives We have four objectives")
bullets = [
    "involve the Tenants’ Panel at the start of every review of a service or policy that affects tenants",
    "give tenants a vote on how the £150,000 Community Improvement Budget is spent each year",
    "reserve two places on the Board for tenant Board members and support them with training and a mentor",
    "explain in writing what we changed, or why we did not, after every consultation",
    "offer quick ways to take part, such as text surveys, online polls and door-knocking days",
    "pay tenants’ travel and childcare costs and offer vouchers for their time",
    "work with the Tenant Participation Advisory Service (TPAS) to train 40 new involved tenants",
    "reach under-represented groups, including younger tenants, disabled tenants and tenants from ethnic minority backgrounds",
    "publish our Tenant Satisfaction Measures every year with a plain-English explanation",
    "support the Customer Scrutiny Group to carry out two in-depth service reviews a year",
    "report complaints and what we learned from them to tenants every quarter",
    "hold an annual tenants’ conference where tenants can question the Chief Executive and the Board",
    "carry out estate walkabouts with tenants in every neighbourhood twice a year",
    "help residents’ associations to set up and run, with start-up grants of up to £500",
    "agree local neighbourhood plans with tenants in our five largest estates",
    "work with Farrowdale District Council and Kelbrook Police on community safety in our neighbourhoods",
]
assert bullets == [d for _, _, ds in OBJECTIVES for d in ds]
actions = [A(b, BH, None, objs) for b in bullets]

table = L.find("Obj. Action Lead By when")
plan = [
    ("Set up a tenant review panel for the repairs policy review", "Head of Customer Engagement", "2025-06"),
    ("Run the first tenant vote on the Community Improvement Budget", "Neighbourhood Services Manager", "2025-10"),
    ("Recruit and induct two tenant Board members", "Company Secretary", "2025-09"),
    ("Introduce “You said, we did” reports after every consultation", "Communications Team", "2025-07"),
    ("Launch text and online surveys for quick feedback", "Head of Customer Engagement", "2025-09"),
    ("Adopt a tenant expenses and reward policy", "Director of Customer Experience", "2025-07"),
    ("Deliver TPAS-accredited training for 40 new involved tenants", "Head of Customer Engagement", "2027-03"),
    ("Hold door-knocking days in every neighbourhood", "Neighbourhood Services Manager", "2026-03"),
    ("Publish Tenant Satisfaction Measures with a plain-English summary", "Head of Performance and Insight", "2025-06-30"),
    ("Complete two Customer Scrutiny Group service reviews each year", "Customer Scrutiny Group", "2025-04/2026-03"),
    ("Report complaints learning to tenants quarterly", "Complaints Manager", "2025-07/2025-09"),
    ("Hold the first annual tenants’ conference", "Director of Customer Experience", "2025-11"),
    ("Start twice-yearly estate walkabouts in all neighbourhoods", "Neighbourhood Services Manager", "2025-05"),
    ("Agree neighbourhood plans for the five largest estates", "Neighbourhood Services Manager", "2027-03"),
    ("Set up a residents’ association start-up grant scheme", "Community Investment Officer", "2025-12"),
]
assert [p[0] for p in plan] == [a[1] for a in ACTIONS]
actions += [A(t, o, d, table) for t, o, d in plan]
actions += [
    A("The Customer Services Committee will review progress against this action plan every six months.", "Customer Services Committee"),
    A("the Customer Services Committee will report to the Board each year.", "Customer Services Committee", None, table + 40),
    A("We will carry out a full review of this strategy with tenants in 2027/28, and publish a new strategy by April 2028.",
      BH, "2028-04"),
]

meetings = {
    "components": [{"title": "Brookvale Homes – Tenant Engagement Strategy 2025–2028", "kind": "strategy",
                    "first_line": "Brookvale Homes", "start_line": L.find("Brookvale Homes")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": BH, "name": "Our values", "kind": "objective", "period": "2025–2028",
         "source_line": L.find("Our values Everything"),
         "items": ["Respectful – we treat every tenant with dignity", "Open – we share information and explain our decisions",
                   "Inclusive – we make sure every tenant can take part", "Accountable – we do what we say we will do"]},
        {"owner": BH, "name": "Our objectives", "kind": "objective", "period": "2025–2028",
         "source_line": objs, "items": [o[0] for o in OBJECTIVES]},
    ],
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        {"name": BH, "aliases": []},
        {"name": "Brookvale Tenants’ Panel", "aliases": ["Tenants’ Panel"]},
        {"name": "Customer Services Committee", "aliases": []},
        {"name": "Customer Scrutiny Group", "aliases": []},
        {"name": "Regulator of Social Housing", "aliases": []},
        {"name": "Tenant Participation Advisory Service", "aliases": ["TPAS"]},
        {"name": "Farrowdale District Council", "aliases": []},
        {"name": "Kelbrook Police", "aliases": []},
    ],
    "dates": [
        D("Strategy 2025–2028", "2025/2028", "strategy period"),
        D("26 March 2025", "2025-03-26", "strategy approved by the Board"),
        D("autumn 2024", "2024", "Big Conversation survey"),
        D("1 April 2024", "2024-04-01", "Regulator of Social Housing consumer standards in force"),
        D("June 2025", "2025-06", "deadline: tenant review panel for repairs policy", after=table),
        D("October 2025", "2025-10", "deadline: first tenant vote on Community Improvement Budget", after=table),
        D("September 2025", "2025-09", "deadline: two tenant Board members recruited", after=table),
        D("From July 2025", "2025-07", "start of “You said, we did” reports", after=table),
        D("September 2025", "2025-09", "deadline: text and online surveys launched", after=L.find("Launch text and online surveys") - 1),
        D("July 2025", "2025-07", "deadline: tenant expenses and reward policy", after=L.find("Adopt a tenant expenses") - 1),
        D("March 2027", "2027-03", "deadline: TPAS-accredited training for 40 tenants", after=table),
        D("March 2026", "2026-03", "deadline: door-knocking days in every neighbourhood", after=table),
        D("Each year by 30 June", "2025-06-30", "Tenant Satisfaction Measures published (first)", after=table),
        D("Annually from 2025/26", "2025-04/2026-03", "Customer Scrutiny Group reviews start", after=table),
        D("Quarterly from Q2 2025/26", "2025-07/2025-09", "quarterly complaints learning reports start", after=table),
        D("November 2025", "2025-11", "first annual tenants' conference", after=table),
        D("May 2025", "2025-05", "estate walkabouts start", after=table),
        D("March 2027", "2027-03", "deadline: neighbourhood plans for five largest estates", after=L.find("Agree neighbourhood plans for the five") - 1),
        D("December 2025", "2025-12", "deadline: residents' association start-up grant scheme", after=table),
        D("2027/28", "2027-04/2028-03", "full review of the strategy with tenants"),
        D("April 2028", "2028-04", "new strategy published"),
    ],
}

write_keys(STEM, meetings, facts)
