from keylib import *

d = Doc("blind8-uk-ferncastle-dc-homelessness-rough-sleeping-strategy-2025-03")
L = d.line
FDC = "Ferncastle District Council"
commit = [
    ("C1", "We will open a Housing Advice Hub in Ferncastle town centre by October 2025.", FDC, "2025-10"),
    ("C2", "We will agree protocols with Westshire County Council so that children’s services refer families at "
           "risk of homelessness at least 56 days before they need to leave their home.", FDC, None),
    ("C3", "We will offer every private landlord with a tenant at risk of eviction access to a tenancy "
           "sustainment officer.", FDC, None),
    ("C4", "We will increase the share of prevention cases with a successful outcome to 65% by March 2027.", FDC,
     "2027-03"),
    ("C5", "We will keep a year-round outreach service, run by Open Door Ferncastle, with early-morning street "
           "counts every fortnight.", FDC + " (service run by Open Door Ferncastle)", None),
    ("C6", "We will provide 12 Housing First tenancies with Ferncastle Homes by March 2026.",
     FDC + " with Ferncastle Homes", "2026-03"),
    ("C7", "We will ensure no one is discharged from Ferncastle Community Hospital to the street, working with the "
           "ICB on a hospital discharge protocol.", FDC + " with the ICB", None),
    ("C8", "We will end the use of bed and breakfast for families, except in emergencies, and never for more than "
           "six weeks.", FDC, None),
    ("C9", "We will buy 40 homes for use as Council-owned temporary accommodation by 2028, using the Local "
           "Authority Housing Fund.", FDC, "2028"),
    ("C10", "We will review the Housing Allocations Policy during 2025/26 to give more priority to households "
            "moving on from supported housing.", FDC, "2025-04/2026-03"),
    ("C11", "We will launch a social lettings agency to help households into the private rented sector.", FDC, None),
    ("C12", "We will co-locate a mental health practitioner, funded by the ICB, in the housing options team.", FDC,
     None),
    ("C13", "We will work with DWP work coaches to offer benefits and employment advice at the Housing Advice Hub.",
     FDC + " with DWP", None),
    ("C14", "We will carry out a review of every death of a person who was homeless or rough sleeping.", FDC, None),
]
actions = [act(d, t, o, due, probe=c + " " + " ".join(t.split()[:3]), code=c, kind="commitment")
           for c, t, o, due in commit]
actions += [
    act(d, "An annual action plan will be agreed by the Ferncastle Homelessness Forum each April and progress will "
           "be reported to the Council’s Overview and Scrutiny Committee every six months.",
        "Ferncastle Homelessness Forum", None, words=5, kind="commitment"),
    act(d, "The strategy will be reviewed in full in 2028.", FDC, "2028", probe="months. The strategy will be",
        kind="commitment"),
]

meetings = {
    "components": [{"title": "Ferncastle District Council Homelessness and Rough Sleeping Strategy 2025–2030",
                    "kind": "strategy", "first_line": "Homelessness and Rough Sleeping",
                    "start_line": L("Homelessness and Rough Sleeping", after=2, words=4)}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": FDC, "name": "Strategy themes (Our vision, themes and commitments)", "kind": "strategic_priority",
         "period": "2025–2030", "source_line": L("We will deliver the vision through four themes"),
         "items": ["Preventing homelessness earlier", "Ending rough sleeping", "Increasing access to settled homes",
                   "Supporting health and wellbeing"],
         "note": "printed 'Theme N – <name>' with square bullets in column 2 of page 1; each theme is then a "
                 "coloured sub-heading with 'Our commitments' C1-C14"},
        {"owner": FDC, "name": "Cross-cutting principles", "kind": "cross_cutting_theme", "period": "2025–2030",
         "source_line": L("Three cross-cutting principles apply"),
         "items": ["care leavers and young people", "equality and inclusion",
                   "listening to people with lived experience"],
         "note": "inline bold phrases in one sentence"},
    ],
    "priority_changes": [
        {"year": "2025", "change": "merged", "priority": "Reducing the use of temporary accommodation",
         "previously_part_of": None, "now_part_of": "Increasing access to settled homes",
         "note": "a priority of the 2019–2024 strategy, now part of Theme 3"},
        {"year": "2025", "change": "removed", "priority": "Young people leaving care", "previously_part_of": None,
         "note": "no longer a separate priority; becomes a cross-cutting principle"},
        {"year": "2025", "change": "added", "priority": "Supporting health and wellbeing", "previously_part_of": None,
         "note": "new theme"},
    ],
    "actions": actions,
    "actions_note": "The 14 numbered commitments C1-C14 ('We will ...'), text without the code (code in 'code'); "
                    "owner is the Council unless the commitment names a delivery partner; due only where a date "
                    "is stated. Plus two governance commitments from section 5.",
    "organisations": [
        org(FDC, [], "council"),
        org("Ferncastle Homes", [], "housing_association"),
        org("Westshire County Council", [], "council"),
        org("NHS Westshire Integrated Care Board", ["ICB"], "nhs"),
        org("Department for Work and Pensions", ["DWP"], "government_department"),
        org("Open Door Ferncastle", [], "charity"),
        org("Ferncastle Community Hospital", [], "hospital"),
        org("Ferncastle Homelessness Forum", [], "partnership"),
        org("Overview and Scrutiny Committee", [], "committee", parent=FDC),
    ],
    "dates": [
        date(d, "2025–2030", "2025/2030", "strategy period", probe="Strategy 2025–2030"),
        date(d, "18 March 2025", "2025-03-18", "strategy adopted by Cabinet", probe="18 March 2025"),
        date(d, "April 2018", "2018-04", "Homelessness Reduction Act 2017 came into force", probe="April 2018"),
        date(d, "2019–2024", "2019/2024", "previous homelessness strategy period", probe="Strategy 2019–2024"),
        date(d, "4 November 2024 to 13 January 2025", "2024-11-04/2025-01-13", "public consultation",
             probe="4 November 2024 to"),
        date(d, "October 2025", "2025-10", "Housing Advice Hub to open (C1)", probe="October 2025"),
        date(d, "March 2027", "2027-03", "prevention success target of 65% (C4)", probe="March 2027"),
        date(d, "March 2026", "2026-03", "12 Housing First tenancies (C6)", probe="March 2026"),
        date(d, "by 2028", "2028", "40 homes bought for temporary accommodation (C9)", probe="by 2028"),
        date(d, "2025/26", "2025-04/2026-03", "review of Housing Allocations Policy (C10)", probe="2025/26"),
        date(d, "2028", "2028", "full review of the strategy", probe="2028.", after=L("5. Making it happen")),
    ],
}
d.write(meetings, facts)
