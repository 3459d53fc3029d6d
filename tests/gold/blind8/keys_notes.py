from keylib import *

d = Doc("blind8-uk-eastmoor-reducing-reoffending-board-action-notes-2023-11-29")
L = d.line

attendees = [
    att("Jo Brannigan", "Head of Public Protection – Chair, HM Prison and Probation Service (HMPPS)", "present"),
    att("Aled Pryce", "Supt., Local Policing Commander, Fenwold Police", "present"),
    att("Nadia Shah", "Community Safety Manager, Eastmoor City Council (ECC)", "present"),
    att("Tom Okoye", "Housing Options Lead, Eastmoor City Council (ECC)", "present"),
    att("Dr Ruth Calloway", "Associate Director, Mental Health, NHS Fenwold Integrated Care Board (ICB)", "present"),
    att("Marcus Hebden", "Partnership Manager, Department for Work and Pensions (DWP)", "present"),
    att("Sian Pollard", "Policy Officer, Office of the Police and Crime Commissioner for Fenwold (OPCC)", "virtual"),
    att("Lee Varga", "Service Manager, Eastmoor Recovery Partnership", "present"),
    att("Kerry Dunn", "Business Support Officer (notes), Eastmoor City Council (ECC)", "in_attendance"),
    att("Femi Adeyemi", "Women’s Centre Coordinator (item 5 only), Eastmoor Women’s Centre", "in_attendance"),
    att("Gail Moorcroft", "Head of Service, Fenwold Youth Justice Service", "apologies"),
    att("Imran Butt", "Chief Executive, Eastmoor Housing Trust", "apologies"),
]

A = lambda text, owner, due, code, **kw: act(d, text, owner, due, code=code, **kw)
items = [
    item("1", "Welcome, introductions and apologies", source_line=L("1 Welcome, introductions")),
    item("2", "Notes and action log from 20/09/23", [
        "Notes of the meeting held 20 September 2023 agreed as an accurate record."],
        source_line=L("2 Notes and action log")),
    item("3", "Reducing Reoffending Plan 2024–26 – priority pathways", [
        "The Board AGREED the four priority pathways for the 2024–26 plan: 1. Accommodation 2. Employment, "
        "Training and Education 3. Substance Misuse and Mental Health 4. Women in the Criminal Justice System",
        "Finance, benefit and debt (a pathway in the 2021–23 plan) to be treated as cross-cutting rather than a "
        "separate pathway."], [
        A("NS to circulate final draft plan to members for sign-off by 15/01/24.", "NS (Nadia Shah)",
          "2024-01-15", "23/11-01", probe="NS to circulate final draft"),
        A("All partners to nominate a pathway lead by 08/12/23.", "All partners", "2023-12-08", "23/11-02",
          probe="All partners to nominate"),
    ], source_line=L("3 Reducing Reoffending Plan")),
    item("4", "Accommodation pathway update", [
        "Agreed in principle to explore; no funding identified yet."], [
        A("TO and JB to draft a proposal for a move-on accommodation pilot for the March Board.",
          "TO (Tom Okoye) and JB (Jo Brannigan)", "2024-03-13", "23/11-03", probe="TO and JB to draft"),
        A("JB to raise Friday releases with the Governor of HMP Stallbridge.", "JB (Jo Brannigan)", None,
          "23/11-04", probe="JB to raise Friday"),
    ], source_line=L("4 Accommodation pathway")),
    item("5", "Women in the CJS – Eastmoor Women’s Centre", [], [
        A("SP to confirm OPCC funding position for the Women’s Centre by 31/01/24.", "SP (Sian Pollard)",
          "2024-01-31", "23/11-05", probe="SP to confirm OPCC"),
        act(d, "SP confirmed the OPCC commissioning intentions will be published in January.",
            "Office of the Police and Crime Commissioner for Fenwold (OPCC)", "2024-01", probe="March 2024. SP",
            note="stated commitment in the notes, not in the Actions column"),
    ], source_line=L("5 Women in the CJS")),
    item("6", "Employment – DWP prison work coaches", [], [
        A("MH and NS to add post-release job outcomes to the Board dashboard from Q3.",
          "MH (Marcus Hebden) and NS (Nadia Shah)", None, "23/11-06", probe="MH and NS to add",
          note="the discussion column says the same thing ('Job outcomes ... to be added to the performance "
               "dashboard'); keyed once"),
    ], source_line=L("6 Employment – DWP")),
    item("7", "AOB and date of next meeting", source_line=L("7 AOB and date")),
]

meetings = {
    "components": [{"title": "Eastmoor Reducing Reoffending Board action notes, 29 November 2023", "kind": "minutes",
                    "first_line": "Eastmoor Reducing Reoffending Board", "start_line": 5},
                   {"title": "Appendix A – Action log (actions carried forward)", "kind": "action_plan",
                    "first_line": "Appendix A – Action log (actions carried forward)",
                    "start_line": L("Appendix A – Action log")}],
    "meetings": [{
        "body": "Eastmoor Reducing Reoffending Board",
        "authority": "Eastmoor Reducing Reoffending Board",
        "date": "2023-11-29", "time": "14:00–16:00",
        "venue": "Meeting Room 3, Eastmoor Probation Office, 12 Tanner Row and MS Teams",
        "attendees": attendees,
        "apologies": ["Gail Moorcroft", "Imran Butt"],
        "attendee_note": "Attendance is one ruled table (Present | Role | Organisation) with spanned sub-header "
                         "rows 'In attendance' and 'Apologies'. Initials in brackets are not part of the name; the "
                         "rank 'Supt.' is kept in role. Sian Pollard '(virtual)' -> virtual.",
        "items_note": "Action-notes format: ruled table No. | Item | Discussion / decisions | Actions; actions "
                      "are 'ACTION 23/11-NN: <owner initials> to ...' (text keyed without the 'ACTION code:' "
                      "label, code in 'code'). Few formal decisions ('agreed as an accurate record', 'The Board "
                      "AGREED', 'Agreed in principle'). The pathway list inside item 3 is part of the decision "
                      "sentence. Table breaks between items 3 and 4 (page 1/2).",
        "items": items,
    }],
}

log = [
    ("Map current accommodation providers for prison leavers and share with Board", "TO (Tom Okoye)",
     "2023-11-30", "23/09-01", "Complete – map circulated 24/11/23"),
    ("Circulate refreshed terms of reference", "KD (Kerry Dunn)", "2023-10-31", "23/09-02", "Complete – closed"),
    ("Agree data-sharing agreement between HMPPS and ECC for Duty to Refer data", "JB / NS", "2023-12-31",
     "23/09-03", "In progress – with ECC legal team"),
    ("Invite Eastmoor Women’s Centre to present at November Board", "KD (Kerry Dunn)", "2023-11-29", "23/09-04",
     "Complete – closed"),
    ("Explore a joint bid to the Ministry of Justice Reducing Reoffending Fund", "SP (Sian Pollard)", "2024-01-31",
     "23/09-05", "Not started"),
]
facts = {
    "priority_lists": [
        {"owner": "Eastmoor Reducing Reoffending Board",
         "name": "Priority pathways for the Reducing Reoffending Plan 2024–26",
         "kind": "priority", "period": "2024–26",
         "source_line": L("The Board AGREED the four priority pathways"),
         "items": ["Accommodation", "Employment, Training and Education", "Substance Misuse and Mental Health",
                   "Women in the Criminal Justice System"],
         "note": "numbered 1.-4. inside the discussion cell of item 3"},
        {"owner": "Eastmoor Reducing Reoffending Board",
         "name": "Cross-cutting theme for the Reducing Reoffending Plan 2024–26",
         "kind": "cross_cutting_theme", "period": "2024–26",
         "source_line": L("Finance, benefit and debt (a pathway"),
         "items": ["Finance, benefit and debt"]},
    ],
    "priority_changes": [
        {"year": "2024", "change": "removed", "priority": "Finance, benefit and debt",
         "previously_part_of": None,
         "note": "a pathway in the 2021–23 plan; from the 2024–26 plan treated as cross-cutting rather than a "
                 "separate pathway"},
    ],
    "actions": [act(d, t, o, due, probe=t[:30], code=c, status=s, kind="action_log_row") for t, o, due, c, s in log],
    "actions_note": "Top-level actions are the rows of 'Appendix A – Action log (actions carried forward)' from the "
                    "20/09/23 meeting, all keyed whatever their status (complete/open). New actions of this "
                    "meeting are in meetings[].items[].actions only.",
    "organisations": [
        org("Eastmoor Reducing Reoffending Board", [], "partnership"),
        org("HM Prison and Probation Service", ["HMPPS"], "national_body"),
        org("Fenwold Police", [], "police"),
        org("Eastmoor City Council", ["ECC"], "council"),
        org("NHS Fenwold Integrated Care Board", ["ICB"], "nhs"),
        org("Department for Work and Pensions", ["DWP"], "government_department"),
        org("Office of the Police and Crime Commissioner for Fenwold", ["OPCC"], "pcc"),
        org("Eastmoor Recovery Partnership", [], "provider"),
        org("Eastmoor Women’s Centre", ["Women’s Centre"], "charity"),
        org("Fenwold Youth Justice Service", [], "public_body"),
        org("Eastmoor Housing Trust", [], "housing_association"),
        org("HMP Stallbridge", [], "prison"),
        org("NHS England", [], "national_body"),
        org("Ministry of Justice", [], "government_department"),
    ],
    "dates": [
        date(d, "Wednesday 29 November 2023", "2023-11-29", "meeting date"),
        date(d, "20 September 2023", "2023-09-20", "previous meeting (notes agreed)", probe="held 20 September 2023"),
        date(d, "2024–26", "2024/2026", "Reducing Reoffending Plan period", probe="2024–26 – priority"),
        date(d, "2021–23", "2021/2023", "previous plan period", probe="2021–23 plan"),
        date(d, "15/01/24", "2024-01-15", "sign-off of final draft plan", probe="15/01/24"),
        date(d, "08/12/23", "2023-12-08", "partners to nominate pathway leads", probe="08/12/23"),
        date(d, "March Board", "2024-03-13", "move-on accommodation pilot proposal due", probe="the March Board"),
        date(d, "31 March 2024", "2024-03-31", "OPCC funding for the Women’s Centre ends", probe="31 March 2024"),
        date(d, "January", "2024-01", "OPCC commissioning intentions published", probe="published in January"),
        date(d, "31/01/24", "2024-01-31", "OPCC funding position to be confirmed", probe="by 31/01/24"),
        date(d, "February 2024", "2024-02", "RECONNECT care after custody service go-live", probe="February 2024"),
        date(d, "Wednesday 13 March 2024", "2024-03-13", "next meeting", probe="Wednesday 13 March 2024"),
        date(d, "30/11/23", "2023-11-30", "action 23/09-01 due", probe="30/11/23"),
        date(d, "31/10/23", "2023-10-31", "action 23/09-02 due", probe="31/10/23"),
        date(d, "31/12/23", "2023-12-31", "action 23/09-03 due", probe="31/12/23"),
        date(d, "31/01/24", "2024-01-31", "action 23/09-05 due", after=L("Appendix A – Action log"), probe="31/01/24"),
    ],
}
d.write(meetings, facts)
