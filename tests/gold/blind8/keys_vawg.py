from keylib import *

d = Doc("blind8-uk-blackmere-csp-vawg-action-plan-2024-25")
L = d.line
CSP = "Blackmere Community Safety Partnership"
rows = [
    ("1.1", "Deliver healthy relationships workshops in all eight Blackmere secondary schools",
     "Blackmere Council (Education)", "2025-07", "Jul-25", "G"),
    ("1.2", "Run a ‘Know the Line’ campaign on sexual harassment aimed at men aged 18–30",
     "Marlshire OPCC", "2024-11", "Nov-24", "A"),
    ("1.3", "Train all Blackmere College pastoral staff to recognise and respond to VAWG disclosures",
     "Blackmere College", "2025-01/2025-03", "Q4", "B"),
    ("1.4", "Deliver active bystander training to 200 staff across partner organisations",
     "Marlshire OPCC", "2025-03", "Mar-25", "A"),
    ("2.1", "Recruit two additional Independent Domestic Violence Advisers (IDVAs), including one hospital-based "
            "IDVA at Blackmere Royal Infirmary", "Blackmere Women’s Aid", "2024-09", "Sep-24", "R"),
    ("2.2", "Publish a single online directory of VAWG support services",
     "Blackmere Council (Community Safety)", "2024-12", "Dec-24", "G"),
    ("2.3", "Open a safe accommodation unit with six spaces for women with complex needs",
     "Blackmere Council (Housing)", "2025-03", "Mar-25", "A"),
    ("2.4", "Establish a by-and-for support service for Black and minoritised women",
     "Blackmere Council (Community Safety)", "2025-03", "Mar-25", "G"),
    ("3.1", "Introduce the Drive perpetrator programme for high-harm, high-risk perpetrators",
     "Marlshire OPCC", "2025-01", "Jan-25", "G"),
    ("3.2", "Review the use of Domestic Abuse Protection Notices and Orders and share learning",
     "Marlshire Police", None, "Ongoing", "G"),
    ("3.3", "Pilot a multi-agency tasking and coordination (MATAC) approach for serial perpetrators",
     "Marlshire Police", "2025-02", "Feb-25", "A"),
    ("4.1", "Extend Ask for Angela training to all licensed premises in the town centre",
     "Blackmere Council (Licensing)", "2024-12", "Dec-24", "G"),
    ("4.2", "Complete a women’s safety audit of Blackmere bus station and three parks, and agree improvements",
     "Blackmere Council (Community Safety)", "2025-03", "Mar-25", "A"),
    ("4.3", "Install improved lighting and CCTV on the Riverside Walk",
     "Blackmere Council (Highways)", "2025-03", "Mar-25", "R"),
]
actions = [act(d, t, o, due, probe=ref + " " + " ".join(t.split()[:3]), code=ref, due_as_printed=w, rag=r,
               kind="action_plan_row") for ref, t, o, due, w, r in rows]
actions += [
    act(d, "The Q3 update will be presented on 23 January 2025.", "VAWG Delivery Group", "2025-01-23",
        probe="The Q3 update will be", kind="commitment"),
    act(d, "Blackmere Women’s Aid will re-advertise the hospital IDVA post by 31 October 2024", "Blackmere Women’s Aid",
        "2024-10-31", probe="Blackmere Women’s Aid will re-advertise", kind="commitment"),
    act(d, "Blackmere Council will fund the Riverside Walk lighting from its capital programme if the Safer Streets "
           "Fund bid is unsuccessful.", "Blackmere Council", None, probe="that Blackmere Council will fund",
        kind="commitment (conditional)"),
]

meetings = {
    "components": [{"title": "Blackmere CSP Violence Against Women and Girls (VAWG) Action Plan 2024/25 – Q2 update",
                    "kind": "action_plan",
                    "first_line": "Violence Against Women and Girls (VAWG) Action Plan 2024/25",
                    "start_line": L("Violence Against Women and Girls (VAWG) Action Plan 2024/25")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": CSP, "name": "Our four objectives (VAWG Action Plan 2024/25)", "kind": "objective",
         "period": "2024/25", "source_line": L("Our four objectives"),
         "items": ["Prevention: Challenge the attitudes and behaviours that foster VAWG, starting with children and "
                   "young people",
                   "Support: Make sure victims and survivors can get the right help at the right time",
                   "Pursuing perpetrators: Hold perpetrators to account and change their behaviour",
                   "Safer spaces: Make streets, transport and the night-time economy safer for women and girls"],
         "note": "printed 'Objective N – <name>: <statement>' in the right-hand column of page 1 (interleaved "
                 "with the Introduction column); the table's merged rows 'Objective N – <name>' repeat them"},
        {"owner": CSP, "name": "Partnership priorities in the Blackmere Community Safety Strategy 2023–2026",
         "kind": "priority", "period": "2023–2026", "source_line": L("Tackling violence against women and girls was"),
         "items": ["Tackling violence against women and girls", "serious violence", "anti-social behaviour"],
         "note": "stated in running prose: 'one of the Partnership’s three priorities ... alongside serious "
                 "violence and anti-social behaviour'"},
    ],
    "priority_changes": [],
    "actions": actions,
    "actions_note": "One action per table row (Ref 1.1-4.3), text = Action cell, owner = Lead cell (Partners not "
                    "keyed as owners), due normalised from 'By when' (Mon-YY -> YYYY-MM; 'Q4' of the 2024/25 plan -> "
                    "2025-01/2025-03; 'Ongoing' -> null); RAG kept as 'rag'. Plus three 'will' commitments from the "
                    "prose (Q3 update; exceptions paragraph).",
    "organisations": [
        org(CSP, ["Blackmere CSP", "CSP"], "partnership"),
        org("CSP Executive Group", ["Executive Group"], "board", parent=CSP),
        org("VAWG Delivery Group", ["Delivery Group"], "group", parent=CSP),
        org("Blackmere Council", [], "council"),
        org("Home Office", [], "government_department"),
        org("Marlshire Police", [], "police"),
        org("Marlshire OPCC", [], "pcc", note="acronym form only in text (Office of the Police and Crime Commissioner)"),
        org("Blackmere Women’s Aid", [], "charity"),
        org("Blackmere College", [], "college"),
        org("NHS Marlshire ICB", [], "nhs", note="acronym form only in text (Integrated Care Board)"),
        org("Blackmere Royal Infirmary", [], "hospital"),
        org("Greyfriars Housing Group", [], "housing_association"),
        org("Probation Service", [], "national_body"),
        org("Blackmere BID", [], "business_improvement_district"),
        org("Sahara Women’s Network", [], "charity"),
    ],
    "dates": [
        date(d, "2024/25", "2024-04/2025-03", "action plan year", probe="Action Plan 2024/25", after=2),
        date(d, "16 May 2024", "2024-05-16", "plan approved by the CSP Executive Group", probe="16 May 2024"),
        date(d, "30.09.24", "2024-09-30", "position date of the Q2 update", probe="30.09.24"),
        date(d, "2023–2026", "2023/2026", "Blackmere Community Safety Strategy period", probe="2023–2026"),
        date(d, "23 January 2025", "2025-01-23", "Q3 update to be presented", probe="23 January 2025"),
        date(d, "Jul-25", "2025-07", "due date of action 1.1", probe="Jul-25"),
        date(d, "Nov-24", "2024-11", "due date of action 1.2", probe="Nov-24"),
        date(d, "Q4", "2025-01/2025-03", "due date of action 1.3 (Q4 of 2024/25)", probe=" Q4 "),
        date(d, "Mar-25", "2025-03", "due date of actions 1.4, 2.3, 2.4, 4.2, 4.3", probe="Mar-25"),
        date(d, "Sep-24", "2024-09", "due date of action 2.1", probe="Sep-24"),
        date(d, "Dec-24", "2024-12", "due date of actions 2.2 and 4.1", probe="Dec-24"),
        date(d, "Jan-25", "2025-01", "due date of action 3.1", probe="Jan-25"),
        date(d, "Feb-25", "2025-02", "due date of action 3.3", probe="Feb-25"),
        date(d, "31 October 2024", "2024-10-31", "hospital IDVA post to be re-advertised", probe="31 October 2024"),
    ],
}
d.write(meetings, facts)
