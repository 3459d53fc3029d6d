from lib import PDF, Lines, write_keys
from make_wrenfold import PRIORITIES, STEM

L = Lines(PDF / f"{STEM}.pdf")
WDC = "Wrenfold District Council"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


DUE = {  # timescale as printed -> ISO (UK financial-year quarters: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar)
    "By December 2026": "2026-12", "2025/26": "2025-04/2026-03", "Q3 2025/26": "2025-10/2025-12",
    "By March 2027": "2027-03", "2025–2027": "2025/2027", "By March 2026": "2026-03", "September 2026": "2026-09",
    "April 2026": "2026-04", "2026–2029": "2026/2029", "Q2 2025/26": "2025-07/2025-09", "Annually from 2025": "2025",
    "By June 2026": "2026-06", "2025/26 – 2027/28": "2025-04/2028-03", "By October 2025": "2025-10",
}

actions, obj_lists, table_dates = [], [], []
for n, (title, intro, objectives, rows) in enumerate(PRIORITIES, 1):
    band = L.find(f"Priority {n}: {title}")
    obj_lists.append({"owner": WDC, "name": f"Our objectives – Priority {n}: {title}", "kind": "objective",
                      "period": "2025–2029", "source_line": L.find("Our objectives", band), "items": list(objectives)})
    table = L.find("Action Lead Timescale", band)
    for action, lead, when in rows:
        actions.append(A(action, lead, DUE[when], table))
        # the date part of the timescale, as printed (without "By"/"Annually from")
        dtext = when.replace("By ", "").replace("Annually from ", "")
        table_dates.append({"text": dtext, "iso": DUE[when], "what": f"timescale: {action}",
                            "source_line": L.find(dtext, L.find(action, table) - 1)})

deliver = L.find("How we will deliver and report progress")
actions += [
    A("We will track these headline measures and publish them on our website", WDC, None, L.find("Measuring success")),
    A("Each service will set out its contribution in an annual service plan.", "Each service (Wrenfold District Council services)", None, deliver),
    A("The Council will publish an annual progress report each July, starting in July 2026", WDC, "2026-07", deliver),
    A("the Overview and Scrutiny Committee will review performance against the strategy every six months.",
      "Overview and Scrutiny Committee", None, deliver),
]

meetings = {
    "components": [{"title": "Wrenfold District Council – Corporate Strategy 2025–2029", "kind": "strategy",
                    "first_line": "Wrenfold District Council", "start_line": L.find("Wrenfold District Council")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": WDC, "name": "Our priorities", "kind": "strategic_priority", "period": "2025–2029",
         "source_line": L.find("Our priorities"), "items": [p[0] for p in PRIORITIES]},
        {"owner": WDC, "name": "Cross-cutting themes", "kind": "cross_cutting_theme", "period": "2025–2029",
         "source_line": L.find("Cross-cutting themes"),
         "items": ["Tackling the climate emergency", "Fairness and inclusion", "Working with our communities and partners"]},
    ] + obj_lists,
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        {"name": "Wrenfold District Council", "aliases": []},
        {"name": "Wrenfold Partnership Board", "aliases": []},
        {"name": "Wrenfold Homes Ltd", "aliases": []},
        {"name": "Wrenfold and District Credit Union", "aliases": []},
        {"name": "Wrenfold Community Housing Trust", "aliases": []},
        {"name": "Northshire County Council", "aliases": []},
        {"name": "Wrenfold College", "aliases": []},
        {"name": "Wrenfold Community Safety Partnership", "aliases": []},
        {"name": "Active Wrenfold Trust", "aliases": []},
        {"name": "Northshire Community Foundation", "aliases": []},
        {"name": "Northshire and Vale Integrated Care Board", "aliases": []},
        {"name": "Overview and Scrutiny Committee", "aliases": []},
    ],
    "dates": [
        {"text": "26 February 2025", "iso": "2025-02-26", "what": "strategy adopted by Full Council"},
        {"text": "April 2025 to March 2029", "iso": "2025-04/2029-03", "what": "strategy period (Corporate Strategy 2025–2029)"},
        {"text": "summer 2024", "iso": "2024", "what": "Wrenfold Conversation survey"},
        {"text": "2021–2025", "iso": "2021/2025", "what": "period of the Council Plan replaced by this strategy"},
        {"text": "since 2021", "iso": "2021", "what": "baseline year for doubling of temporary accommodation"},
        {"text": "by 2029", "iso": "2029", "what": "target year for 1,200 new homes"},
        {"text": "2019", "iso": "2019", "what": "climate emergency declared", "after": L.find("We declared a climate emergency") - 1},
        {"text": "by 2035", "iso": "2035", "what": "target year for net zero council operations"},
        {"text": "2027/28", "iso": "2027-04/2028-03", "what": "year of the £3.1m budget gap"},
        {"text": "2023/24", "iso": "2023-04/2024-03", "what": "KPI baseline year"},
        {"text": "2028/29", "iso": "2028-04/2029-03", "what": "KPI target year"},
        {"text": "July 2026", "iso": "2026-07", "what": "first annual progress report"},
        {"text": "May 2027", "iso": "2027-05", "what": "district council elections (strategy refresh)"},
    ] + table_dates,
}
for d in facts["dates"]:
    if "source_line" not in d:
        d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
