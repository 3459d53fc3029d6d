"""Keys for blind12 (6) Makorau District Council, Economic Wellbeing Delivery Plan 2025/26 (typed by hand)."""
from lib import PDF, Lines, act, dt, org, write_keys

STEM = "blind12-nz-makorau-dc-economic-wellbeing-delivery-plan-2025-26"
L = Lines(PDF / f"{STEM}.pdf")
T = L.find("Ref Action Lead Partners Timeframe")
Q1, Q2, Q3, Q4 = "2025-07/2025-09", "2025-10/2025-12", "2026-01/2026-03", "2026-04/2026-06"


def row(ref, text, lead, partners, when, due):
    return act(L, text, lead, due, T, ref=ref, partners=partners, timeframe=when)


meetings_doc = {
    "components": [{"title": "Makorau District Council Economic Wellbeing Delivery Plan 2025/26", "kind": "action_plan",
                    "first_line": "Makorau District Council", "start_line": 1}],
    "meetings": [],
}

facts_doc = {
    "priority_lists": [
        {"owner": "Makorau District Council", "name": "The strategy has four focus areas", "kind": "focus_area",
         "period": "2024\u20132034", "source_line": L.find("The strategy has four focus areas"),
         "items": ["Thriving town centres", "Skills and jobs for local people", "Visitor economy",
                   "Resilient infrastructure"],
         "note": "focus areas of the Makorau Economic Wellbeing Strategy 2024-2034; repeated as 'Focus area n:' band "
                 "rows in the action table (not a second list)"},
    ],
    "priority_changes": [],
    "actions": [
        row("1.1", "Adopt a Makorau town centre parking and movement plan", "MDC Transport",
            "Makorau Business Association", "Q2 2025/26", Q2),
        row("1.2", "Deliver the Kauri Street laneway upgrade (stage 2)", "MDC Community Facilities",
            "Waka Kotahi NZ Transport Agency", "30 June 2026", "2026-06-30"),
        row("1.3", "Run a vacant shops pop-up programme for local makers", "Makorau Business Association",
            "MDC Economic Development", "Q1 2025/26", Q1),
        row("1.4", "Review the street trading and outdoor dining bylaw", "MDC Policy", "Makorau Business Association",
            "Mar 2026", "2026-03"),
        row("2.1", "Place 40 young people into work through the Mayors Taskforce for Jobs programme",
            "MDC Economic Development", "Ministry of Social Development", "30 June 2026", "2026-06-30"),
        row("2.2", "Establish a construction trades training hub at the Makorau Innovation Centre",
            "Te P\u016bkenga Makorau Campus", "Makorau Builders Collective", "Q3 2025/26", Q3),
        row("2.3", "Hold two careers expos with secondary schools", "MDC Economic Development",
            "Makorau College; St Brigid\u2019s College", "Ongoing", None),
        row("3.1", "Refresh the Destination Management Plan", "Makorau Tourism Trust",
            "MDC Economic Development; Makorau M\u0101ori Business Network", "Dec 2025", "2025-12"),
        row("3.2", "Complete the Rimu Gorge cycle trail feasibility study", "MDC Parks and Reserves",
            "Department of Conservation", "Q2 2025/26", Q2),
        row("3.3", "Launch an events attraction fund of $150,000", "MDC Economic Development", "Makorau Tourism Trust",
            "Q1 2025/26", Q1),
        row("4.1", "Complete the business case for the Makorau industrial park water supply", "MDC Three Waters",
            "Ministry of Business, Innovation and Employment", "Q4 2025/26", Q4),
        row("4.2", "Map mobile and broadband black spots with rural communities", "MDC Economic Development",
            "Federated Farmers Makorau", "Dec 2025", "2025-12"),
        row("4.3", "Update the economic recovery plan for severe weather events", "MDC Emergency Management",
            "Makorau Business Association", "30 June 2026", "2026-06-30"),
        act(L, "The Economic Development Manager will prepare an end-of-year summary for the Annual Report by "
               "30 September 2026.", "Economic Development Manager", "2026-09-30"),
    ],
    "actions_note": "owners are the Lead column as printed ('MDC' = Makorau District Council, defined in the text); "
                    "quarters are NZ financial-year quarters as the plan defines them (Q1 = July-September 2025, "
                    "Q4 = April-June 2026); 'Progress on each action will be reported ...' is passive and not keyed",
    "organisations": [
        org("Makorau District Council", "MDC"),
        org("Strategy and Performance Committee"),
        org("Makorau Business Association"),
        org("Waka Kotahi NZ Transport Agency"),
        org("Ministry of Social Development"),
        org("Te P\u016bkenga Makorau Campus"),
        org("Makorau Builders Collective"),
        org("Makorau College"),
        org("St Brigid\u2019s College"),
        org("Makorau Tourism Trust"),
        org("Makorau M\u0101ori Business Network"),
        org("Department of Conservation"),
        org("Ministry of Business, Innovation and Employment"),
        org("Federated Farmers Makorau"),
    ],
    "organisations_note": "MDC teams in the Lead column (MDC Transport, MDC Economic Development ...) are council "
                          "teams, not organisations; the Makorau Innovation Centre is a building; the Mayors Taskforce "
                          "for Jobs is named as a programme",
    "dates": [
        dt(L, "2025/26", "2025-07/2026-06", "delivery plan year (NZ financial year, stated as 1 July 2025 to 30 June 2026)"),
        dt(L, "12 June 2025", "2025-06-12", "plan adopted by the Strategy and Performance Committee"),
        dt(L, "1 July 2025 to 30 June 2026", "2025-07-01/2026-06-30", "delivery plan year"),
        dt(L, "2024\u20132034", "2024/2034", "Makorau Economic Wellbeing Strategy period"),
        dt(L, "2024/25", "2024-07/2025-06", "previous delivery plan year"),
        dt(L, "July to September 2025", "2025-07/2025-09", "Q1 as defined by the plan"),
        dt(L, "April to June 2026", "2026-04/2026-06", "Q4 as defined by the plan"),
        dt(L, "Q2 2025/26", Q2, "action timeframes 1.1, 3.2", T),
        dt(L, "30 June 2026", "2026-06-30", "action timeframes 1.2, 2.1, 4.3", T),
        dt(L, "Q1 2025/26", Q1, "action timeframes 1.3, 3.3", T),
        dt(L, "Mar 2026", "2026-03", "action timeframe 1.4", T),
        dt(L, "Q3 2025/26", Q3, "action timeframe 2.2", T),
        dt(L, "Dec 2025", "2025-12", "action timeframes 3.1, 4.2", T),
        dt(L, "Q4 2025/26", Q4, "action timeframe 4.1", T),
        dt(L, "30 September 2026", "2026-09-30", "end-of-year summary for the Annual Report due"),
    ],
}

if __name__ == "__main__":
    write_keys(STEM, meetings_doc, facts_doc)
