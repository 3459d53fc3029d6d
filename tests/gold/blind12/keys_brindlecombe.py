"""Keys for blind12 (5) Safer Brindlecombe Partnership, Community Safety Plan 2025-2028 refresh (typed by hand)."""
from lib import PDF, Lines, act, dt, org, write_keys

STEM = "blind12-uk-safer-brindlecombe-partnership-community-safety-plan-refresh-2025-2028"
L = Lines(PDF / f"{STEM}.pdf")
SBP = "Safer Brindlecombe Partnership"
TABLE = L.find("Priority in the 2022\u20132025 plan")


def chg(change, priority, at, **extra):
    d = {"year": "2025", "change": change, "priority": priority, "type": "priority", "owner": SBP,
         "status": "stated", "source_line": L.find(at, TABLE)}
    d.update(extra)
    return d


meetings_doc = {
    "components": [{"title": "Safer Brindlecombe Partnership Community Safety Plan 2025\u20132028 (refresh of the "
                             "2022\u20132025 plan)", "kind": "plan", "first_line": "Safer Brindlecombe Partnership",
                    "start_line": 1}],
    "meetings": [],
}

facts_doc = {
    "priority_lists": [
        {"owner": SBP, "name": "Priority in the 2022\u20132025 plan", "kind": "priority", "period": "2022\u20132025",
         "source_line": TABLE,
         "items": ["Anti-social behaviour", "Neighbourhood crime", "Domestic abuse", "Drug and alcohol misuse",
                   "Serious violence", "Hate crime", "Road safety"],
         "note": "previous plan's seven priorities, from the first column of the 'What has changed' table (the first "
                 "cell holds two priorities on two lines)"},
        {"owner": SBP, "name": "Our priorities for 2025\u20132028", "kind": "priority", "period": "2025\u20132028",
         "source_line": L.find("Our priorities for 2025\u20132028"),
         "items": ["Safer neighbourhoods", "Violence against women and girls (VAWG)", "Reducing drug and alcohol harm",
                   "Serious violence", "Protecting people from exploitation"]},
        {"owner": SBP, "name": "Cross-cutting themes", "kind": "cross_cutting_theme", "period": "2025\u20132028",
         "source_line": L.find("Cross-cutting themes Community cohesion"),
         "items": ["Community cohesion and hate crime", "Listening to victims and survivors",
                   "Early intervention with young people"]},
    ],
    "priority_changes": [
        chg("merged", "Safer neighbourhoods", "Anti-social behaviour Safer neighbourhoods",
            **{"from": ["Anti-social behaviour", "Neighbourhood crime"]}),
        chg("renamed", "Violence against women and girls (VAWG)", "Domestic abuse Violence against",
            previously="Domestic abuse",
            note="renamed and widened to include stalking, sexual violence and harassment in public spaces"),
        chg("renamed", "Reducing drug and alcohol harm", "Drug and alcohol misuse Reducing",
            previously="Drug and alcohol misuse", note="to reflect the Combating Drugs Partnership"),
        chg("retained", "Serious violence", "Serious violence Serious violence", note="Serious Violence Duty"),
        chg("moved", "Hate crime", "Hate crime", to="Community cohesion and hate crime", to_type="cross_cutting_theme",
            note="no longer a priority; now part of the cross-cutting theme"),
        chg("dropped", "Road safety", "Road safety", note="led by the Loxwold Road Safety Partnership"),
        chg("added", "Protecting people from exploitation", "Protecting people from",
            note="county lines, modern slavery and fraud"),
    ],
    "priority_changes_note": "the same changes are also stated in the narrative paragraph under 'What has changed' "
                             "(lines 18-23); source_line points at the table row",
    "actions": [
        act(L, "Run a problem-solving plan for each of the three ASB hotspots identified in the strategic assessment",
            "Brindlecombe District Council Community Safety Team", "2025-09"),
        act(L, "Extend the Community Trigger review panel to include Brindlecombe Homes", "Brindlecombe Homes",
            "2025-06"),
        act(L, "Achieve White Ribbon accreditation for all statutory partners", "Brindlecombe District Council",
            "2026-03"),
        act(L, "Commission a specialist stalking advocate post with the Office of the Loxwold Police and Crime "
               "Commissioner", "Office of the Loxwold Police and Crime Commissioner (OPCC)", "2025-12"),
        act(L, "Deliver naloxone training to all frontline partner staff", "Loxwold County Council Public Health",
            "2026-03"),
        act(L, "Publish a refreshed serious violence strategic needs assessment", "Loxwold Violence Reduction Network",
            "2026-01"),
        act(L, "Set up a multi-agency exploitation hub meeting fortnightly", "Loxwold Constabulary", "2025-07"),
        act(L, "Run two fraud and scams awareness campaigns each year with Age Concern Brindlecombe",
            "Loxwold Trading Standards", None),
        act(L, "The Partnership Board will review progress against this plan every six months.",
            "Safer Brindlecombe Partnership Board", None),
        act(L, "The Brindlecombe Overview and Scrutiny Committee will scrutinise the partnership\u2019s work each year.",
            "Brindlecombe Overview and Scrutiny Committee", None),
    ],
    "actions_note": "'The plan will be refreshed again in April 2026' is passive (no actor) and is not keyed; "
                    "'Each priority has a delivery group that reports ...' describes current arrangements",
    "organisations": [
        org("Safer Brindlecombe Partnership"),
        org("Brindlecombe District Council", "Brindlecombe District Council Community Safety Team"),
        org("Loxwold Constabulary"),
        org("Loxwold Fire and Rescue Service"),
        org("Probation Service"),
        org("NHS Loxwold Integrated Care Board"),
        org("Loxwold County Council", "Loxwold County Council Public Health"),
        org("Brindlecombe Homes"),
        org("Loxwold Road Safety Partnership"),
        org("Combating Drugs Partnership"),
        org("Office of the Loxwold Police and Crime Commissioner", "OPCC"),
        org("Loxwold Violence Reduction Network"),
        org("Age Concern Brindlecombe"),
        org("Loxwold Trading Standards"),
        org("Brindlecombe Overview and Scrutiny Committee"),
    ],
    "dates": [
        dt(L, "2025\u20132028", "2025-04/2028-03", "plan period (months given in the foreword)"),
        dt(L, "2022\u20132025", "2022/2025", "previous plan period"),
        dt(L, "27 March 2025", "2025-03-27", "plan agreed by the Partnership Board"),
        dt(L, "from April 2025 to March 2028", "2025-04/2028-03", "plan period"),
        dt(L, "January 2025", "2025-01", "strategic assessment completed"),
        dt(L, "autumn 2024", "2024", "residents' survey"),
        dt(L, "September 2025", "2025-09", "deadline: ASB hotspot problem-solving plans"),
        dt(L, "June 2025", "2025-06", "deadline: Community Trigger panel extended"),
        dt(L, "March 2026", "2026-03", "deadline: White Ribbon accreditation; naloxone training"),
        dt(L, "December 2025", "2025-12", "deadline: stalking advocate post"),
        dt(L, "January 2026", "2026-01", "deadline: serious violence needs assessment"),
        dt(L, "July 2025", "2025-07", "deadline: exploitation hub"),
        dt(L, "April 2026", "2026-04", "next refresh of the plan"),
    ],
}

if __name__ == "__main__":
    write_keys(STEM, meetings_doc, facts_doc)
