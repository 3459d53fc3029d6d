"""Keys for the Wyvernbury DC Annual Delivery Plan slide deck (typed by hand; only line numbers looked up)."""
from lib import PDF, Lines, act, dt, org, plist, write_keys

STEM = "blind19-uk-wyvernbury-dc-annual-delivery-plan-2025-26"
L = Lines(PDF / f"{STEM}.pdf")
WDC = "Wyvernbury District Council"
Q = {"Q1 2025/26": "2025-04/2025-06", "Q2 2025/26": "2025-07/2025-09", "Q3 2025/26": "2025-10/2025-12",
     "Q4 2025/26": "2026-01/2026-03", "Q1 2026/27": "2026-04/2026-06"}
T = L.find("Our commitments for 2025/26")

rows = [("Open the refurbished Eastbridge Market Hall", "Director of Place", "Q3 2025/26"),
        ("Submit the Wyvernbury Local Plan for examination", "Director of Place", "Q4 2025/26"),
        ("Launch a £250,000 Shopfront Improvement Grant scheme", "Economic Development Manager", "Q1 2025/26"),
        ("Install solar PV and battery storage at Wyvern Leisure Centre", "Head of Climate and Environment", "Q2 2025/26"),
        ("Roll out weekly food waste collections to all households", "Head of Waste Services", "Q1 2026/27"),
        ("Plant 15,000 trees with the Wyvern Forest Partnership", "Head of Climate and Environment", "Q4 2025/26"),
        ("Enable 120 new affordable homes with registered providers", "Head of Housing", "Q4 2025/26"),
        ("Open a second Community Wellbeing Hub in Ollerby", "Head of Communities", "Q3 2025/26"),
        ("Refresh the community safety plan with the Safer Wyvernbury Partnership", "Head of Communities", "Q2 2025/26"),
        ("Move 80% of customer transactions online", "Chief Digital Officer", "Q4 2025/26"),
        ("Deliver £1.2m of savings in the Medium Term Financial Strategy", "Section 151 Officer", "Q4 2025/26")]

facts = {
    "priority_lists": [
        plist(L, WDC, "Our priorities (Council Plan 2024–2028)", "priority", "2024–2028",
              ["Thriving Places", "Greener Wyvernbury", "Healthy, Safe and Connected Communities"],
              head="Our priorities"),
        plist(L, WDC, "Underpinned by", "cross_cutting_theme", "2024–2028", ["An Efficient, Listening Council"],
              head="Underpinned by: An Efficient, Listening Council"),
    ],
    "priority_changes": [],
    "actions": [act(L, text, lead, Q[q], T) for text, lead, q in rows],
    "organisations": [
        org(WDC),
        org("Performance Scrutiny Panel"),
        org("Wyvern Forest Partnership"),
        org("Safer Wyvernbury Partnership"),
    ],
    "dates": [
        dt(L, "2025/26", "2025-04/2026-03", "Annual Delivery Plan year"),
        dt(L, "2024–2028", "2024/2028", "Council Plan period"),
        dt(L, "between April 2025 and March 2026", "2025-04/2026-03", "delivery period"),
        dt(L, "10 April 2025", "2025-04-10", "plan approved by Cabinet"),
        dt(L, "2030", "2030", "target year: council's own carbon emissions net zero", after=L.find("Cutting our own carbon") - 1),
        dt(L, "March 2025", "2025-03", "status date of RAG ratings", after=T),
    ] + [dt(L, q, Q[q], "commitment delivery deadline (quarter)", T) for q in
         ("Q1 2025/26", "Q2 2025/26", "Q3 2025/26", "Q4 2025/26", "Q1 2026/27")],
}
components = [{"title": "Wyvernbury District Council Annual Delivery Plan 2025/26", "kind": "plan",
               "first_line": "Annual Delivery Plan", "start_line": L.find("Annual Delivery Plan 2025/26 Delivering")}]

if __name__ == "__main__":
    write_keys(STEM, {"components": components, "meetings": []}, facts)
