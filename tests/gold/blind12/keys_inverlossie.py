"""Keys for blind12 (2) Inverlossie Community Justice Partnership, notes of meeting 22 January 2025 (typed by hand)."""
from lib import PDF, Lines, act, dt, item, org, person, write_keys

STEM = "blind12-uk-inverlossie-community-justice-partnership-notes-2025-01-22"
L = Lines(PDF / f"{STEM}.pdf")
AF = "AF (Aileen Fraser)"

items = [
    item("1", "Welcome, introductions and apologies"),
    item("2", "Notes of previous meeting (13 November 2024) and action log",
         ["The notes were agreed as an accurate record."],
         [act(L, "Circulate the final data sharing protocol for partner sign-off", "CS (Callum Strachan)",
              "2025-02-28")]),
    item("3", "Community Justice Outcome Improvement Plan (CJOIP) 2023\u20132028",
         ["The partnership agreed that the annual report for 2024/25 would include a case study for each priority."],
         [act(L, "Draft the 2024/25 annual report with case studies", AF, "2025-06-30"),
          act(L, "Nominate one case study per agency", "All partners", "2025-03-14")]),
    item("4", "Unpaid work \u2013 update from Justice Social Work",
         ["The partnership noted the update and agreed to support a recruitment campaign for sessional supervisors."],
         [act(L, "Bring a recovery plan for unpaid work hours to the next meeting",
              "FD (Fiona Drummond) / RK (Rhona Kerr)", "2025-03-19")]),
    item("5", "Housing on release (SHORE standards)",
         ["Members agreed that the pilot should continue to March 2026, subject to funding."],
         [act(L, "Prepare a funding bid to extend the housing on release pilot",
              "ME (Morag Elphinstone) / KMcL (Kirsty McLennan)", "2025-04")]),
    item("6", "Community justice funding 2025/26",
         ["The partnership agreed to prioritise diversion from prosecution and the women\u2019s service if funding "
          "is reduced."],
         [act(L, "Circulate allocation and draft spend plan", AF, None, due_text="When allocation received")]),
    item("7", "Partner updates", ["Updates were noted."]),
    item("8", "AOB and date of next meeting", [],
         [act(L, "Complete the directory of services and send to PS for publication", AF, "2025-03-31")]),
]
after = 24
for it in items:
    it["source_line"] = after = L.find(it["title"], after)

meeting = {
    "body": "Inverlossie Community Justice Partnership",
    "authority": "Inverlossie Community Justice Partnership",
    "date": "2025-01-22",
    "time": "10.00am \u2013 12.00pm",
    "venue": "Microsoft Teams",
    "attendees": [
        person("Fiona Drummond", "Chair; Inverlossie Council \u2013 Head of Justice Social Work", "present"),
        person("Insp. Graeme Tulloch", "Police Scotland, Inverlossie Area Command", "present"),
        person("Dr Anjali Rao", "NHS Inverlossie \u2013 Public Health", "present"),
        person("Kirsty McLennan", "Inverlossie Health and Social Care Partnership", "present"),
        person("Callum Strachan", "Scottish Prison Service, HMP Carrick Moss", "present"),
        person("Morag Elphinstone", "Lossie Valley Housing Association", "present"),
        person("Peter Szymanski", "Voluntary Action Inverlossie (Third Sector Interface)", "present"),
        person("Aileen Fraser", "Community Justice Co-ordinator, Inverlossie Council", "present"),
        person("Jamie Bain", "Notes; Inverlossie Council \u2013 Committee Services", "in_attendance"),
        person("Rhona Kerr", "Item 4; Inverlossie Council \u2013 Unpaid Work Team Leader", "in_attendance"),
        person("Supt. Neil Ogilvie", "Police Scotland", "apologies"),
        person("Sandra Cowie", "Skills Development Scotland", "apologies"),
        person("Euan Liddell", "Second Chance Trust", "apologies"),
    ],
    "apologies": ["Supt. Neil Ogilvie", "Sandra Cowie", "Euan Liddell"],
    "items": items,
}

meetings_doc = {
    "components": [{"title": "Inverlossie Community Justice Partnership: notes of meeting, 22 January 2025",
                    "kind": "minutes", "first_line": "Inverlossie Community Justice Partnership", "start_line": 1}],
    "meetings": [meeting],
}

facts_doc = {
    "priority_lists": [
        {"owner": "Inverlossie Community Justice Partnership", "name": "The four local priorities of the CJOIP",
         "kind": "priority", "period": "2023\u20132028", "source_line": L.find("The four local priorities of the CJOIP"),
         "items": ["Early intervention and diversion from prosecution",
                   "Access to housing, health and employability on release",
                   "Community sentences that reduce reoffending",
                   "Partnership working with people with lived experience"]},
    ],
    "priority_changes": [],
    "actions": [],
    "actions_note": "all actions sit in their items (meetings key)",
    "organisations": [
        org("Inverlossie Community Justice Partnership"),
        org("Inverlossie Council"),
        org("Police Scotland"),
        org("NHS Inverlossie"),
        org("Inverlossie Health and Social Care Partnership"),
        org("Scottish Prison Service"),
        org("HMP Carrick Moss"),
        org("Lossie Valley Housing Association"),
        org("Voluntary Action Inverlossie"),
        org("Skills Development Scotland"),
        org("Second Chance Trust"),
        org("Community Justice Scotland"),
        org("Scottish Government"),
        org("Third Sector Justice Forum"),
    ],
    "dates": [
        dt(L, "Wednesday 22 January 2025", "2025-01-22", "meeting date"),
        dt(L, "13 November 2024", "2024-11-13", "previous meeting"),
        dt(L, "28/02/2025", "2025-02-28", "due date: data sharing protocol"),
        dt(L, "2023\u20132028", "2023/2028", "CJOIP period"),
        dt(L, "2024/25", "2024-04/2025-03", "year of the next annual report"),
        dt(L, "30/06/2025", "2025-06-30", "due date: draft annual report"),
        dt(L, "2023/24", "2023-04/2024-03", "year of the annual report commented on"),
        dt(L, "14/03/2025", "2025-03-14", "due date: case study nominations"),
        dt(L, "19/03/2025", "2025-03-19", "due date: unpaid work recovery plan (next meeting)"),
        dt(L, "April 2025", "2025-04", "due date: funding bid for housing pilot"),
        dt(L, "June 2024", "2024-06", "housing on release pilot start (people housed since)"),
        dt(L, "March 2026", "2026-03", "housing on release pilot to continue to"),
        dt(L, "2025/26", "2025-04/2026-03", "community justice funding year"),
        dt(L, "expected in March", "2025-03", "Scottish Government allocation expected"),
        dt(L, "extended to 2026", "2026", "custody healthcare contract extended to"),
        dt(L, "5 February 2025", "2025-02-05", "Third Sector Justice Forum meeting"),
        dt(L, "31/03/2025", "2025-03-31", "due date: directory of services"),
        dt(L, "Wednesday 19 March 2025", "2025-03-19", "next meeting"),
    ],
}

if __name__ == "__main__":
    write_keys(STEM, meetings_doc, facts_doc)
