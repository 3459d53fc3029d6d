from lib import Lines, A, D, O, write_keys

STEM = "blind9-uk-cwm-talog-psb-wellbeing-plan-2023-05"
L = Lines(STEM)
PSB = "Cwm Talog Public Services Board"
CBC = "Cwm Talog County Borough Council"


def step(code, text, owner, due, **extra):
    return A(L, text, owner, due, find=f"{code} {text}", kind="step", code=code, **extra)


meetings_doc = {
    "components": [{"title": "Cwm Talog Public Services Board Well-being Plan 2023\u20132028", "kind": "plan",
                    "first_line": "Cwm Talog Public Services Board", "start_line": 1}],
    "meetings": [],
}

facts_doc = {
    "priority_lists": [
        {"owner": PSB, "name": "Our well-being objectives", "kind": "objective", "period": "2023-2028",
         "source_line": L.find("Objective 1: Giving every child"),
         "items": ["Giving every child the best start in life",
                   "Building safe, connected and resilient communities",
                   "Protecting and enhancing our natural environment and responding to the climate and nature "
                   "emergencies"],
         "note": "each printed after a bold 'Objective N:' label; repeated as section headings 4-6"},
        {"owner": PSB, "name": "Cross-cutting themes that run through all objectives", "kind": "cross_cutting_theme",
         "period": "2023-2028", "source_line": L.find("Three cross-cutting themes run through"),
         "items": ["the Welsh language", "tackling poverty and the cost of living",
                   "reducing inequalities between our communities"],
         "note": "list in prose"},
    ],
    "priority_lists_note": "not keyed: the Contents page; the five ways of working (statutory principles of the "
                           "2015 Act, not priorities set for the PSB); the seven national well-being goals are "
                           "mentioned but not listed",
    "priority_changes": [],
    "actions": [
        step("1.1", "Expand the Flying Start early years offer to every eligible family in the Upper Talog valley.",
             CBC, "2025-03"),
        step("1.2", "Introduce a single \u2018First 1,000 Days\u2019 pathway for health visiting, midwifery and "
                    "family support.", "Bro Talog University Health Board", "2025-03",
             note="By when '2024/25' (end of financial year)"),
        step("1.3", "Work with Coleg Talog to create 60 early years apprenticeships, including Welsh-medium places.",
             "Coleg Talog; CTAVO", "2026"),
        step("2.1", "Develop a shared early intervention approach to anti-social behaviour, using the community "
                    "trigger and restorative approaches.", "Talog Police; Cwm Talog County Borough Council", "2024-12"),
        step("2.2", "Deliver a \u2018Safe and Well\u2019 home visit to every household over 75 living alone.",
             "Talog Valleys Fire and Rescue Service", "2026-03", note="By when '2025/26'"),
        step("2.3", "Grow the number of community hubs offering warm spaces, advice and digital support from 12 to 20.",
             "CTAVO", "2026-03"),
        step("2.4", "Prepare a joint Violence Against Women, Domestic Abuse and Sexual Violence (VAWDASV) "
                    "commissioning plan with the Office of the Police and Crime Commissioner for Talog.",
             "Safer Cwm Talog Partnership", "2024-09"),
        step("3.1", "Produce a Cwm Talog Nature Recovery Action Plan covering all public land.",
             "Natural Resources Wales; Cwm Talog County Borough Council", "2024"),
        step("3.2", "Reduce the carbon emissions of PSB member organisations\u2019 fleets and buildings by 30%.",
             "All statutory members", "2028"),
        step("3.3", "Complete flood risk management schemes for Pontglas and Abertalog.", "Natural Resources Wales",
             "2027-03"),
        A(L, "The PSB Scrutiny Committee of Cwm Talog County Borough Council will scrutinise the PSB\u2019s work at "
             "least once a year.", "PSB Scrutiny Committee", None, find="Partnership (Objective 3). The PSB Scrutiny",
          kind="commitment"),
        A(L, "We will publish an annual report each July, the first in July 2024.", PSB, "2024-07", kind="commitment"),
        A(L, "We will review this plan after the next Well-being Assessment, which is due in May 2027, and publish our "
             "next Well-being Plan no later than May 2028.", PSB, "2028-05", find="We will review this plan",
          kind="commitment"),
    ],
    "actions_note": "the ten numbered steps (ruled tables, Lead partner(s) and By when columns) are keyed as actions "
                    "with the lead partner as owner; financial-year 'By when' values are keyed as the year's last "
                    "month. 'Three delivery groups will oversee the steps' describes governance and is not keyed.",
    "organisations": [
        O(PSB, ["PSB", "Public Services Board", "Bwrdd Gwasanaethau Cyhoeddus Cwm Talog"], "partnership"),
        O(CBC, [], "council"),
        O("Bro Talog University Health Board", [], "nhs_body"),
        O("Talog Valleys Fire and Rescue Service", [], "fire_service"),
        O("Natural Resources Wales", ["NRW"], "public_body"),
        O("Welsh Government", [], "government"),
        O("Talog Police", [], "police"),
        O("Office of the Police and Crime Commissioner for Talog", [], "public_body"),
        O("Probation Service", [], "public_body"),
        O("Coleg Talog", [], "college"),
        O("Cwm Talog Association of Voluntary Organisations", ["CTAVO"], "charity"),
        O("Future Generations Commissioner for Wales", [], "public_body"),
        O("Safer Cwm Talog Partnership", [], "partnership", note="the area's community safety partnership"),
        O("Best Start Board", [], "board", parent=PSB),
        O("Nature and Climate Partnership", [], "partnership", parent=PSB),
        O("PSB Scrutiny Committee", [], "committee", parent=CBC),
    ],
    "organisations_note": "Flying Start is a programme, not an organisation",
    "dates": [
        D(L, "Published May 2023", "2023-05", "publication date"),
        D(L, "2023\u20132028", "2023/2028", "plan period", find="Well-being Plan 2023"),
        D(L, "May 2022", "2022-05", "Well-being Assessment published", find="published in May 2022"),
        D(L, "between July and October 2022", "2022-07/2022-10", "'Cwm Talog Conversation' engagement",
          find="us during our"),
        D(L, "January 2023", "2023-01", "Future Generations Commissioner advised on the draft plan"),
        D(L, "14 March 2023", "2023-03-14", "PSB agreed the well-being objectives"),
        D(L, "from 2023 to 2028", "2023/2028", "period of the three well-being objectives", find="agreed on 14 March 2023"),
        D(L, "March 2025", "2025-03", "step 1.1 due", find="1.1 Expand"),
        D(L, "2024/25", "2024-04/2025-03", "step 1.2 due", find="1.2 Introduce"),
        D(L, "2026", "2026", "step 1.3 due", find="1.3 Work with Coleg"),
        D(L, "December 2024", "2024-12", "step 2.1 due", find="2.1 Develop"),
        D(L, "2025/26", "2025-04/2026-03", "step 2.2 due", find="2.2 Deliver"),
        D(L, "March 2026", "2026-03", "step 2.3 due", find="2.3 Grow"),
        D(L, "September 2024", "2024-09", "step 2.4 due", find="2.4 Prepare"),
        D(L, "2024", "2024", "step 3.1 due", find="3.1 Produce"),
        D(L, "2028", "2028", "step 3.2 due", find="3.2 Reduce"),
        D(L, "March 2027", "2027-03", "step 3.3 due", find="3.3 Complete"),
        D(L, "July 2024", "2024-07", "first annual report"),
        D(L, "May 2027", "2027-05", "next Well-being Assessment due"),
        D(L, "May 2028", "2028-05", "latest date for the next Well-being Plan"),
    ],
}

write_keys(STEM, meetings_doc, facts_doc)
