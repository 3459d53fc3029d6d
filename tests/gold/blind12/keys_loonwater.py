"""Keys for blind12 (7) Loonwater & Sable Narrows CSWB Plan 2024-2028, plan on a page (typed by hand)."""
from lib import PDF, Lines, dt, org, write_keys

STEM = "blind12-ca-loonwater-sable-narrows-cswb-plan-on-a-page-2024-2028"
L = Lines(PDF / f"{STEM}.pdf")
OWNER = "Township of Loonwater & Municipality of Sable Narrows"
PERIOD = "2024\u20132028"

TILES = [
    ("Mental Health and Addictions", ["Fewer people in crisis are taken to hospital by police",
                                      "Residents can get walk-in counselling within 14 days",
                                      "More overdose response kits in public places"]),
    ("Housing and Homelessness", ["Chronic homelessness reduced by 25% by 2028",
                                  "Twenty new transitional housing units",
                                  "Fewer evictions into homelessness"]),
    ("Community Safety and Crime Prevention", ["Fewer break and enters in the downtown cores",
                                               "More residents feel safe walking alone after dark"]),
    ("Food Security", ["Every school offers a breakfast program",
                       "Fewer households report running out of food"]),
    ("Belonging and Inclusion", ["Newcomers and Indigenous residents feel welcome",
                                 "More youth take part in free recreation",
                                 "Reduced social isolation among seniors"]),
    ("Transportation and Access to Services", ["Rural residents can reach services by on-demand transit",
                                               "Services are listed in one online directory"]),
]

lists = [{"owner": OWNER, "name": "Community Safety and Well-Being Plan 2024\u20132028 priorities (tiles 1-6)",
          "kind": "strategic_priority", "period": PERIOD, "source_line": L.find(TILES[0][0]),
          "items": [t for t, _ in TILES],
          "note": "no heading: six numbered tiles in a 3 x 2 grid; source_line is the first tile's title line; tile "
                  "titles 3 and 6 wrap onto a second line"}]
for title, outcomes in TILES:
    lists.append({"owner": OWNER, "name": f"{title}: outcomes we want to see", "kind": "objective",
                  "period": PERIOD, "source_line": L.find(title), "items": outcomes})
lists += [
    {"owner": OWNER, "name": "How we will work \u2013 the four planning areas", "kind": "focus_area", "period": PERIOD,
     "source_line": L.find("How we will work"),
     "items": ["Social Development", "Prevention", "Risk Intervention", "Incident Response"],
     "note": "the provincial CSWB framework's four planning areas, printed as a strip of cells"},
    {"owner": OWNER, "name": "Guiding principles", "kind": "cross_cutting_theme", "period": PERIOD,
     "source_line": L.find("Guiding principles"),
     "items": ["Collaboration", "Equity and cultural safety", "Evidence-informed decisions",
               "Voices of lived experience"]},
]

meetings_doc = {
    "components": [{"title": "Township of Loonwater & Municipality of Sable Narrows Community Safety and Well-Being "
                             "Plan 2024\u20132028: plan on a page", "kind": "plan",
                    "first_line": "Township of Loonwater & Municipality of Sable Narrows", "start_line": 1}],
    "meetings": [],
}

facts_doc = {
    "priority_lists": lists,
    "priority_changes": [],
    "actions": [],
    "actions_note": "outcomes are not actions; 'A progress report will be presented to both councils every June' is "
                    "passive with no actor and is not keyed",
    "organisations": [
        org("Township of Loonwater", "Loonwater Township Council"),
        org("Municipality of Sable Narrows", "Sable Narrows Municipal Council"),
        org("CSWB Advisory Committee"),
        org("Ontario Provincial Police", "OPP"),
        org("Loonwater District Social Services Administration Board", "DSSAB"),
        org("North Shore Family Health Team"),
        org("Lakeland Public Health"),
        org("Sable Narrows Food Bank"),
        org("Loonwater & Area Community Foundation"),
    ],
    "dates": [
        dt(L, PERIOD, "2024/2028", "plan period"),
        dt(L, "April 23, 2024", "2024-04-23", "plan approved by Loonwater Township Council (Resolution 2024-112)"),
        dt(L, "May 7, 2024", "2024-05-07", "plan approved by Sable Narrows Municipal Council"),
        dt(L, "by 2028", "2028", "target year: chronic homelessness reduced by 25%"),
        dt(L, "June 2025", "2025-06", "first annual progress report to both councils"),
    ],
}

if __name__ == "__main__":
    write_keys(STEM, meetings_doc, facts_doc)
