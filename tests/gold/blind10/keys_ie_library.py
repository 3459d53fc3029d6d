"""Hand-made keys for the Kilbarra Libraries Library Development Plan 2025-2029."""
from lib import PDF, Lines, act, date, org, write_keys
from make_ie_library import STEM

L = Lines(PDF / f"{STEM}.pdf")
KCC = "Kilbarra County Council"
LIB = "Kilbarra Libraries"

components = [{"title": "Kilbarra County Council: Library Development Plan 2025\u20132029 (Kilbarra Libraries)",
               "kind": "plan", "first_line": "Library Development", "start_line": 1}]

AMBITIONS = ["Libraries for everyone: inclusive, accessible and welcoming", "Reading and literacy for life",
             "Learning, skills and digital inclusion", "Culture, creativity and community",
             "Modern spaces and sustainable services"]

# (no., action text, lead, due = last year of 'When'; None for 'From 2025' / 'Annually')
ROWS = [
    ("1.1", "Extend My Open Library self-service opening to Castlemoyle and Rathdrum Bridge libraries",
     "Library Service", "2025"),
    ("1.2", "Provide sensory-friendly spaces and autism-friendly hours in all branch libraries", "Library Service",
     "2026"),
    ("1.3", "Develop a library outreach service for older people in nursing homes and day centres",
     "Library Service", "2026"),
    ("2.1", "Deliver the Right to Read programme in every branch, including Summer Stars and Spring into Storytime",
     "Library Service", "2029"),
    ("2.2", "Set up a Kilbarra Reads county-wide book festival each October", "Library Service", None),
    ("2.3", "Support adult literacy with reading groups in partnership with the ETB", "Library Service", "2026"),
    ("3.1", "Run digital skills classes for 1,500 adults a year and lend laptops and Wi-Fi hotspots",
     "Library Service", "2029"),
    ("3.2", "Open a Work Matters co-working hub in Kilbarra Central Library", "Library Service", "2026"),
    ("3.3", "Host Healthy Ireland at Your Library talks and resources", "Library Service", None),
    ("4.1", "Deliver a Creative Ireland programme of writers\u2019 residencies and exhibitions", "Arts Office",
     "2027"),
    ("4.2", "Digitise the Kilbarra local studies photographic collection and publish it online", "Local Studies",
     "2027"),
    ("5.1", "Complete the new Castlemoyle Library and Cultural Centre", "Architects Department", "2027"),
    ("5.2", "Reduce energy use in library buildings by 30% and replace the mobile library with an electric vehicle",
     "Library Service", "2029"),
]
actions = [act(L, text, lead, due, kind="action_plan_row", code=no) for no, text, lead, due in ROWS]
actions += [
    act(L, "Progress will be reported to the Community Development Strategic Policy Committee each year.", LIB, None,
        kind="commitment"),
    act(L, "A mid-term review will take place in 2027, and a final report will be published in early 2030.", LIB,
        "2030", kind="commitment"),
]

facts = {
    "priority_lists": [
        {"owner": LIB, "name": "Our five ambitions", "kind": "strategic_priority", "period": "2025\u20132029",
         "source_line": L.find("1 Libraries for everyone"), "items": AMBITIONS},
        {"owner": "Department of Rural and Community Development; Local Government Management Agency",
         "name": "Our Public Libraries 2022: three strategic programmes", "kind": "strategic_priority",
         "period": None, "source_line": L.find("\u2022 Reading and Literacy"),
         "items": ["Reading and Literacy", "Learning and Information", "Community and Culture"],
         "note": "national strategy's programmes, restated by the plan; no period printed beyond the title"},
    ],
    "priority_changes": [
        {"year": "2025", "change": "added", "priority": "Modern spaces and sustainable services",
         "previously_part_of": None},
        {"year": "2025", "change": "merged", "priority": "Business and enterprise", "previously_part_of": None,
         "now_part_of": "Learning, skills and digital inclusion",
         "note": "former theme of the 2019-2023 plan merged into Ambition 3"},
    ],
    "actions": actions,
    "organisations": [
        org(KCC, "Comhairle Contae Chill Bharra", type="council"),
        org(LIB, "Leabharlanna Chill Bharra", "Library Service", type="library_service", parent=KCC),
        org("Department of Rural and Community Development", "DRCD", type="government_department"),
        org("Local Government Management Agency", "LGMA", type="public_body"),
        org("AsIAm", type="charity"),
        org("Age Friendly Ireland", type="public_body"),
        org("HSE", type="public_body", note="acronym only (Health Service Executive)"),
        org("Kilbarra and Westmoor Education and Training Board", "KWETB", "ETB", type="public_body"),
        org("Local Enterprise Office Kilbarra", type="public_body"),
        org("Healthy Ireland", type="programme_body"),
        org("Creative Ireland", type="programme_body"),
        org("Arts Office", type="unit", parent=KCC),
        org("Local Studies", type="unit", parent=LIB),
        org("Architects Department", type="unit", parent=KCC),
        org("Climate Action Team", type="unit", parent=KCC),
        org("Community Development Strategic Policy Committee", type="committee", parent=KCC),
        org("Kilbarra Central Library", type="library", parent=LIB),
        org("Castlemoyle Library and Cultural Centre", type="library", parent=LIB),
    ],
    "dates": [
        date(L, "2025\u20132029", "2025/2029", "plan period"),
        date(L, "10 February 2025", "2025-02-10", "plan adopted at the Council plenary meeting",
             find="plenary meeting on 10"),
        date(L, "autumn 2024", "2024-09/2024-11", "public consultation"),
        date(L, "2019\u20132023", "2019/2023", "previous Library Development Plan"),
        date(L, "2025", "2025", "action 1.1 due", after=L.find("1.1 Extend") - 1),
        date(L, "2025\u20132026", "2025/2026", "action 1.2 timing"),
        date(L, "2026", "2026", "actions 1.3, 2.3 and 3.2 due", after=L.find("1.3 Develop") - 1),
        date(L, "2025\u20132029", "2025/2029", "actions 2.1 and 3.1 timing", after=L.find("2.1 Deliver") - 1),
        date(L, "From 2025", "2025", "Kilbarra Reads festival (each October) starts"),
        date(L, "2025\u20132027", "2025/2027", "action 4.1 timing"),
        date(L, "2027", "2027", "actions 4.2 and 5.1 due", after=L.find("4.2 Digitise") - 1),
        date(L, "2029", "2029", "action 5.2 due", after=L.find("5.2 Reduce") - 1),
        date(L, "in 2027", "2027", "mid-term review"),
        date(L, "early 2030", "2030", "final report"),
    ],
}

write_keys(STEM, components, [], facts, notes={
    "actions_note": "Action-table rows keyed with text = 'We will ...' cell (no number), owner = Lead cell, due = "
                    "last year in 'When' (Irish local government years are calendar years); plus the two "
                    "monitoring commitments.",
    "organisations_note": "'Schools' (a partner cell) is not an organisation; 'Castlemoyle and Rathdrum Bridge "
                          "libraries' are not separately keyed; Our Public Libraries 2022, Right to Read, My Open "
                          "Library, Work Matters and Healthy Ireland at Your Library are strategies/programmes."})
