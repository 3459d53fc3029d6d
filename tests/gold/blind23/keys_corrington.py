from lib import PDF, Lines, write_keys
from make_corrington import STEM

COLS = [("Start Well", [
            "Give every child the best start in life, from pregnancy to age five",
            "Improve the emotional wellbeing and mental health of children and young people",
            "Support young people into education, employment or training"]),
        ("Live Well", [
            "Healthy homes: warm, safe and affordable housing",
            "Healthy weight and physical activity",
            "Reduce smoking and harmful drinking",
            "Good mental wellbeing and connected communities"]),
        ("Age Well", [
            "Help people stay independent at home for longer",
            "Prevent falls and frailty",
            "Support unpaid carers",
            "Improve care and support at the end of life"])]
AMBITIONS = [
    "Increase healthy life expectancy for men and for women in Corrington by one year by 2030.",
    "Narrow the gap in life expectancy between the most and least deprived neighbourhoods of Corrington.",
    "Every child is ready for school at age five.",
    "Halve the gap in smoking rates between people in routine and manual jobs and all adults.",
    "More people live in warm, safe and affordable homes.",
    "Fewer older people are admitted to hospital after a fall."]
PRINCIPLES = [
    "Prevention first – we will shift effort and resources towards preventing ill health before it starts.",
    "Proportionate universalism – services for everyone, with more support for those who need it most.",
    "Working with communities – we will design services with residents and build on the strengths of local places.",
    "Using data and evidence – we will share data across organisations and act on what it tells us."]
OUTCOMES = ["Children are ready for school", "Fewer children are overweight", "Fewer people smoke",
            "More people live in warm homes", "Better mental wellbeing for adults",
            "Fewer older people fall and are harmed", "Older people stay independent after a hospital stay"]

L = Lines(PDF / f"{STEM}.pdf")
HWB = "Corrington Health and Wellbeing Board"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def D(text, iso, what, after=0):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(text, after)}


meetings = {
    "components": [{"title": "Corrington Health and Wellbeing Board – Joint Local Health and Wellbeing Strategy 2025–2030: Strategy refresh",
                    "kind": "strategy", "first_line": "Corrington Health and Wellbeing Board",
                    "start_line": L.find("Corrington Health and Wellbeing Board")}],
    "meetings": [],
}

lists = [{"owner": HWB, "name": "Our plan on a page – life-course areas", "kind": "strategic_priority",
          "period": "2025–2030", "source_line": L.find("Our plan on a page"),
          "items": [t for t, _i in COLS]}]
for t, items in COLS:
    lists.append({"owner": HWB, "name": f"{t} – our priorities", "kind": "priority", "period": "2025–2030",
                  "source_line": L.find(items[0]), "items": list(items)})
lists += [
    {"owner": HWB, "name": "Our ambitions for 2030", "kind": "objective", "period": "2025–2030",
     "source_line": L.find("Our ambitions for 2030"), "items": list(AMBITIONS)},
    {"owner": HWB, "name": "Our principles", "kind": "cross_cutting_theme", "period": "2025–2030",
     "source_line": L.find("Our principles All partners"), "items": list(PRINCIPLES)},
    {"owner": HWB, "name": "Outcomes and measures – outcomes", "kind": "objective", "period": "2025–2030",
     "source_line": L.find("Outcomes and measures The table"), "items": list(OUTCOMES)},
]

facts = {
    "priority_lists": lists,
    "priority_changes": [
        {"year": "2025", "change": "added", "priority": "Healthy homes", "previously_part_of": None},
        {"year": "2025", "change": "added", "priority": "Healthy weight and physical activity",
         "previously_part_of": "Healthy lifestyles"},
        {"year": "2025", "change": "merged", "priority": "Tackling loneliness", "previously_part_of": None,
         "note": "no longer a separate priority; merged with mental wellbeing to form Good mental wellbeing and connected communities"},
        {"year": "2025", "change": "replaced", "priority": "Healthy lifestyles", "previously_part_of": None,
         "note": "replaced by Reduce smoking and harmful drinking"},
    ],
    "actions": [
        A("The Director of Public Health will publish a delivery plan for each of the three life-course areas by 31 October 2025.",
          "Director of Public Health", "2025-10-31"),
        A("Each partner organisation will name a senior lead for each priority by September 2025.",
          "Each partner organisation", "2025-09"),
        A("The Corrington Integrated Care Partnership will align its Integrated Care Strategy with these priorities by March 2026.",
          "Corrington Integrated Care Partnership", "2026-03"),
        A("Healthwatch Corrington will run an annual residents’ survey on the strategy’s priorities, starting in autumn 2025.",
          "Healthwatch Corrington", "2025"),
        A("The Health and Wellbeing Board will oversee delivery and will receive an annual progress report each July, starting in July 2026.",
          HWB, "2026-07"),
    ],
    "organisations": [
        {"name": HWB, "aliases": ["Health and Wellbeing Board", "Board"]},
        {"name": "Corrington Council", "aliases": []},
        {"name": "NHS Corrington and Ashmere Integrated Care Board", "aliases": []},
        {"name": "Corrington Integrated Care Partnership", "aliases": []},
        {"name": "Corrington Community and Voluntary Service", "aliases": []},
        {"name": "Healthwatch Corrington", "aliases": []},
        {"name": "Office for Health Improvement and Disparities", "aliases": []},
        {"name": "Children and Young People’s Partnership", "aliases": []},
        {"name": "Ageing Well Board", "aliases": []},
        {"name": "Corrington Hospitals NHS Foundation Trust", "aliases": []},
        {"name": "Ashmere and Corrington Mental Health NHS Trust", "aliases": []},
        {"name": "Corrington and Ashmere Police", "aliases": []},
        {"name": "Corrington Housing Partnership", "aliases": []},
    ],
    "dates": [
        D("by 2030", "2030", "target year of the ambitions"),
        D("26 March 2025", "2025-03-26", "strategy approved by the Health and Wellbeing Board"),
        D("Published April 2025", "2025-04", "publication"),
        D("2025–2030", "2025/2030", "strategy period"),
        D("2022–2027", "2022/2027", "period of the first joint strategy"),
        D("July and October 2024", "2024-07/2024-10", "resident engagement (survey and community conversations)"),
        D("added in 2025", "2025", "Healthy homes priority added"),
        D("Joint Strategic Needs Assessment 2024", "2024", "JSNA informing the refresh"),
        D("mid-2023", "2023", "population estimate"),
        D("2021–2023", "2021/2023", "healthy life expectancy gap period"),
        D("2022/23", "2022-04/2023-03", "children in relative low-income families (baseline year)"),
        D("(2023/24)", "2023-04/2024-03", "baseline year of outcome measures"),
        D("(2023)", "2023", "smoking prevalence baseline year"),
        D("(2022)", "2022", "fuel poverty baseline year"),
        D("31 October 2025", "2025-10-31", "delivery plans published"),
        D("September 2025", "2025-09", "senior leads named for each priority"),
        D("March 2026", "2026-03", "Integrated Care Strategy aligned"),
        D("autumn 2025", "2025", "first annual residents' survey"),
        D("July 2026", "2026-07", "first annual progress report"),
        D("2027/28", "2027-04/2028-03", "mid-point review"),
        D("March 2030", "2030-03", "strategy ends"),
    ],
}
write_keys(STEM, meetings, facts)
