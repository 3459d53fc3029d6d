from lib import PDF, Lines, write_keys
from make_amberleigh import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


HWB = "Amberleigh Health and Wellbeing Board"
ICB = "NHS Amberleigh and Downholm Integrated Care Board"

meetings = {
    "components": [{"title": "Living Well in Amberleigh – Joint Health and Wellbeing Strategy 2025–2030",
                    "kind": "strategy", "first_line": "Amberleigh Health and Wellbeing Board",
                    "start_line": L.find("Amberleigh Health and Wellbeing Board")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": HWB, "name": "Our principles", "kind": "cross_cutting_theme", "period": "2025–2030",
         "source_line": L.find("Our principles"),
         "items": ["Prevention first – acting early to stop problems before they start",
                   "Fairness – focusing effort where health outcomes are poorest",
                   "Working with communities – building on the strengths people already have",
                   "Joined-up services – health, care and council services working as one",
                   "Evidence and learning – using data and lived experience to decide what works",
                   "Health in all policies – making every decision count for health"]},
        {"owner": HWB, "name": "Our priorities", "kind": "priority", "period": "2025–2030",
         "source_line": L.find("Our priorities"),
         "items": ["Best start for every child", "Good mental health for all", "Healthy weight and active lives",
                   "Tackling harm from tobacco, alcohol and drugs", "Good work, warm homes and decent incomes",
                   "Living well with long-term conditions"]},
        {"owner": HWB, "name": "Life course ambitions", "kind": "objective", "period": "2025–2030",
         "source_line": L.find("A life course approach"),
         "items": ["Start well: Every child in Amberleigh has the best possible start in life.",
                   "Live well: Adults live longer, healthier lives and the gap between our most and least deprived areas narrows.",
                   "Age well: Older people stay independent, connected and in control of their care for as long as possible."]},
        {"owner": HWB, "name": "Outcomes framework", "kind": "objective", "period": "2025–2030",
         "source_line": L.find("Outcomes framework", after=L.find("The strategy will be refreshed in 2028")),
         "items": ["Children are ready to start school", "Fewer babies are exposed to smoking in pregnancy",
                   "People report good mental wellbeing", "Fewer people die by suicide",
                   "More adults are physically active", "Fewer adults smoke", "The gap in life expectancy narrows",
                   "Older people remain independent after a hospital stay"]},
    ],
    "priority_changes": [],
    "actions": [
        A("Amberleigh Council will open Family Hubs in all six localities by March 2027.", "Amberleigh Council",
          "2027-03"),
        A("The ICB will commission a perinatal mental health outreach service by October 2025.", ICB, "2025-10"),
        A("Amberleigh Council will launch a whole-system healthy weight programme in 2025/26.", "Amberleigh Council",
          "2025-04/2026-03"),
        A("Amberleigh Hospitals NHS Foundation Trust will offer stop-smoking support to every smoker admitted to hospital.",
          "Amberleigh Hospitals NHS Foundation Trust"),
        A("Amberleigh Council and the ICB will jointly commission a community falls prevention service from April 2026.",
          f"Amberleigh Council and {ICB}", "2026-04"),
        A("Amberleigh Voluntary Action will recruit 200 new befriending volunteers by December 2026.",
          "Amberleigh Voluntary Action", "2026-12"),
        A("The Amberleigh Health and Wellbeing Board will publish an annual progress report each July, starting in July 2026.",
          HWB, "2026-07"),
        A("Healthwatch Amberleigh will run a residents’ panel to review progress against the outcomes framework every six months.",
          "Healthwatch Amberleigh"),
    ],
    "organisations": [
        {"name": HWB, "aliases": []},
        {"name": "Amberleigh Council", "aliases": []},
        {"name": "NHS Amberleigh and Downholm Integrated Care Board", "aliases": ["ICB"]},
        {"name": "Amberleigh Hospitals NHS Foundation Trust", "aliases": []},
        {"name": "Healthwatch Amberleigh", "aliases": []},
        {"name": "Amberleigh Voluntary Action", "aliases": []},
        {"name": "Amberleigh Police", "aliases": []},
        {"name": "Health and Adult Social Care Scrutiny Committee", "aliases": []},
        {"name": "Office for Health Improvement and Disparities", "aliases": ["OHID"]},
        {"name": "ONS", "aliases": []},
    ],
    "dates": [
        {"text": "2025–2030", "iso": "2025/2030", "what": "strategy period"},
        {"text": "11 March 2025", "iso": "2025-03-11", "what": "strategy approved by the Health and Wellbeing Board"},
        {"text": "April 2025", "iso": "2025-04", "what": "strategy published"},
        {"text": "summer 2024", "iso": "2024", "what": "Big Health Conversation engagement"},
        {"text": "Joint Strategic Needs Assessment 2024", "iso": "2024", "what": "JSNA year the strategy builds on"},
        {"text": "March 2027", "iso": "2027-03", "what": "Family Hubs open in all six localities"},
        {"text": "October 2025", "iso": "2025-10", "what": "perinatal mental health outreach service commissioned"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "healthy weight programme launch year"},
        {"text": "April 2026", "iso": "2026-04", "what": "community falls prevention service starts"},
        {"text": "December 2026", "iso": "2026-12", "what": "200 befriending volunteers recruited"},
        {"text": "July 2026", "iso": "2026-07", "what": "first annual progress report"},
        {"text": "2028", "iso": "2028", "what": "strategy refresh"},
        {"text": "2023/24", "iso": "2023-04/2024-03", "what": "baseline year (school readiness, smoking at delivery, reablement)"},
        {"text": "2022/23", "iso": "2022-04/2023-03", "what": "baseline year (life satisfaction, physical activity)"},
        {"text": "2021–23", "iso": "2021/2023", "what": "baseline period (suicide rate)"},
        {"text": "2018–20", "iso": "2018/2020", "what": "baseline period (life expectancy gap)"},
        {"text": "Target (2030)", "iso": "2030", "what": "target year of the outcomes framework"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
