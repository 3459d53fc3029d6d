"""Keys for the Dyffryn Teifion PSB well-being plan summary (typed by hand; only line numbers looked up)."""
from lib import PDF, Lines, act, dt, org, plist, write_keys

STEM = "blind19-uk-dyffryn-teifion-psb-wellbeing-plan-summary-2023-2028"
L = Lines(PDF / f"{STEM}.pdf")
PSB = "Dyffryn Teifion Public Services Board"
S = L.find("Steps we will take")
O1 = "Dyffryn Teifion County Council (with DTAVO)"
O2 = "Natural Resources Wales"
O3 = "Aeron University Health Board"
O4 = "Dyffryn Teifion Association of Voluntary Organisations (DTAVO)"

steps = [
    ("Establish a single advice network for money, debt and housing advice by March 2024.", O1, "2024-03"),
    ("Run a 'Claim what you're owed' campaign each autumn to increase take-up of benefits.", O1, None),
    ("Pilot a warm spaces and community food network in the five most deprived communities in 2023/24.", O1,
     "2023-04/2024-03"),
    ("Produce a joint Climate Adaptation Plan for the Teifion valley by December 2025.", O2, "2025-12"),
    ("Restore 200 hectares of peatland in the upper Teifion catchment by 2028.", O2, "2028"),
    ("Move PSB partners' fleets to zero emission vehicles, starting with pool cars.", O2, None),
    ("Extend the 'First 1000 Days' programme to every family in the county by 2026.", O3, "2026"),
    ("Develop a youth mental health pathway with secondary schools and Coleg Teifion.", O3, None),
    ("Create 150 apprenticeships across PSB partners by 2028.", O3, "2028"),
    ("Map community assets with town and community councils and publish an online community directory.", O4, None),
    ("Increase the number of PSB staff able to work through the medium of Welsh by 10% each year.", O4, None),
    ("Support community transport schemes that connect rural villages to health and council services.", O4, None),
]

facts = {
    "priority_lists": [
        plist(L, PSB, "Our four well-being objectives", "objective", "2023–2028", [
            "Tackling poverty and the cost of living so that everyone has a fair chance",
            "Responding to the climate and nature emergencies",
            "Giving children and young people the best start in life",
            "Building connected communities where the Welsh language thrives"], head="Our four well-being objectives"),
    ],
    "priority_changes": [],
    "actions": [
        act(L, "We will publish an annual report on progress each July, starting in July 2024.", PSB, "2024-07"),
        act(L, "The PSB's Scrutiny Committee, hosted by Dyffryn Teifion County Council, will review the plan each "
               "autumn.", "PSB Scrutiny Committee (hosted by Dyffryn Teifion County Council)"),
    ] + [act(L, t, o, d, S) for t, o, d in steps],
    "organisations": [
        org(PSB, "PSB", "Bwrdd Gwasanaethau Cyhoeddus Dyffryn Teifion"),
        org("Dyffryn Teifion County Council"),
        org("Aeron University Health Board"),
        org("Ceredon Fire and Rescue Service"),
        org("Natural Resources Wales"),
        org("Welsh Government"),
        org("Ceredon Police"),
        org("Office of the Police and Crime Commissioner for Ceredon"),
        org("Dyffryn Teifion Association of Voluntary Organisations", "DTAVO"),
        org("Coleg Teifion"),
        org("Tai Teifion Housing Association"),
        org("Scrutiny Committee"),
    ],
    "dates": [
        dt(L, "2023–2028", "2023-06/2028-05", "Well-being Plan period (title)"),
        dt(L, "18 May 2023", "2023-05-18", "plan agreed by the Board"),
        dt(L, "June 2023 to May 2028", "2023-06/2028-05", "plan period"),
        dt(L, "May 2022", "2022-05", "Assessment of Local Well-being published"),
        dt(L, "July 2024", "2024-07", "first annual progress report"),
        dt(L, "March 2024", "2024-03", "deadline: single advice network (step 1.1)"),
        dt(L, "2023/24", "2023-04/2024-03", "warm spaces and community food network pilot (step 1.3)"),
        dt(L, "December 2025", "2025-12", "deadline: joint Climate Adaptation Plan (step 2.1)"),
        dt(L, "2028", "2028", "deadline: 200 hectares of peatland restored (step 2.2)", after=L.find("Restore 200 hectares") - 1),
        dt(L, "2026", "2026", "deadline: 'First 1000 Days' programme county-wide (step 3.1)", after=L.find("Extend the 'First 1000 Days'") - 1),
        dt(L, "2028", "2028", "deadline: 150 apprenticeships (step 3.3)", after=L.find("Create 150 apprenticeships") - 1),
    ],
}
components = [{"title": "Dyffryn Teifion Well-being Plan 2023–2028 – Summary", "kind": "plan",
               "first_line": "Dyffryn Teifion Well-being Plan 2023–2028", "start_line": L.find("Dyffryn Teifion Well-being Plan 2023–2028 Summary")}]

if __name__ == "__main__":
    write_keys(STEM, {"components": components, "meetings": []}, facts)
