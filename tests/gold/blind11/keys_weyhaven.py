from lib import PDF, Lines, write_keys
from make_weyhaven import STEM

L = Lines(PDF / f"{STEM}.pdf")
OWNER = "Weyhaven Council"


def A(text, owner=OWNER, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


actions = [
    A("The Council will prioritise walking, wheeling and cycling in the design of all transport schemes and new developments, and will complete the Weyhaven Local Cycling and Walking Infrastructure Plan network by 2032.", due="2032"),
    A("The Council will work with bus operators through the Weyhaven Enhanced Partnership to deliver the Bus Service Improvement Plan, including bus priority on the A38 and A412 corridors by March 2027.", due="2027-03"),
    A("The Council will review parking charges and supply each year and will complete a workplace parking levy feasibility study by December 2026.", due="2026-12"),
    A("The Council will adopt a Safe System approach and reduce the number of people killed or seriously injured on Weyhaven’s roads by 50% by 2030, against the 2017–2019 baseline.", due="2030"),
    A("The Weyhaven Road Safety Partnership, led with Wessex Coast Police, will publish an annual casualty review.",
      owner="Weyhaven Road Safety Partnership (with Wessex Coast Police)"),
    A("The Council will enable at least 1,200 public electric vehicle charge points across Weyhaven by 2030, with priority for households without off-street parking.", due="2030"),
    A("The Council will work with National Highways and freight operators to define an advisory lorry route network and to establish a last-mile consolidation centre for the town centre."),
    A("The Council will extend the Weyhaven Link demand responsive transport service to all rural parishes by 2027.", due="2027"),
    A("The Council will maintain the highway network to a good standard and will prioritise footways and cycle routes in the annual maintenance programme."),
    A("The Council will publish an LTP4 monitoring report each autumn, starting in October 2025.", due="2025-10"),
    A("The first Implementation Plan covers 2024/25 to 2026/27 and will be refreshed during 2026/27 to set out schemes for the following three years.",
      due="2026-04/2027-03"),
]

meetings = {
    "components": [{"title": "Weyhaven Council – Local Transport Plan 4 (LTP4) 2024–2038, Chapter 3: Vision, Objectives and Policies",
                    "kind": "plan", "first_line": "Weyhaven Council", "start_line": L.find("Weyhaven Council")}],
    "meetings": [],
}

facts = {
    "priority_lists": [{
        "owner": "Weyhaven Council", "name": "LTP4 objectives", "kind": "objective", "period": "2024–2038",
        "source_line": L.find("3.2 LTP4 objectives"),
        "items": ["Decarbonise transport in line with the Council’s target of net zero by 2038",
                  "Improve health and wellbeing through active travel",
                  "Support inclusive and sustainable economic growth",
                  "Make streets safer for everyone",
                  "Connect rural communities to jobs, education and services"]}],
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        {"name": "Weyhaven Council", "aliases": []},
        {"name": "Department for Transport", "aliases": []},
        {"name": "Active Travel England", "aliases": []},
        {"name": "Weyhaven Enhanced Partnership", "aliases": ["Enhanced Partnership Board"]},
        {"name": "Coastline Buses Ltd", "aliases": []},
        {"name": "Weyhaven & District Community Transport", "aliases": []},
        {"name": "Weyhaven Road Safety Partnership", "aliases": []},
        {"name": "Wessex Coast Police", "aliases": []},
        {"name": "National Highways", "aliases": []},
        {"name": "Port of Weyhaven", "aliases": []},
        {"name": "Place and Environment Overview and Scrutiny Committee", "aliases": []},
    ],
    "dates": [
        {"text": "21 March 2024", "iso": "2024-03-21", "what": "adopted by Full Council"},
        {"text": "from April 2024 to March 2038", "iso": "2024-04/2038-03", "what": "plan period (LTP4 2024–2038)"},
        {"text": "2011–2026", "iso": "2011/2026", "what": "period of the replaced LTP3"},
        {"text": "summer 2023", "iso": "2023", "what": "consultation"},
        {"text": "net zero by 2038", "iso": "2038", "what": "Council net zero target"},
        {"text": "by 2032", "iso": "2032", "what": "LCWIP network completion"},
        {"text": "March 2027", "iso": "2027-03", "what": "bus priority on A38 and A412 corridors"},
        {"text": "December 2026", "iso": "2026-12", "what": "workplace parking levy feasibility study"},
        {"text": "by 50% by 2030", "iso": "2030", "what": "killed or seriously injured reduction target"},
        {"text": "2017–2019 baseline", "iso": "2017/2019", "what": "road casualty baseline"},
        {"text": "all rural parishes by 2027", "iso": "2027", "what": "Weyhaven Link extension"},
        {"text": "October 2025", "iso": "2025-10", "what": "first LTP4 monitoring report"},
        {"text": "2024/25 to 2026/27", "iso": "2024-04/2027-03", "what": "first Implementation Plan period"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
