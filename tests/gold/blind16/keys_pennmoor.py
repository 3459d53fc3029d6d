from lib import PDF, Lines, write_keys
from make_pennmoor import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "NHS Pennmoor and Ludd Valley Integrated Care Board – Quality and Performance Committee minutes, 17 October 2024",
                    "kind": "minutes", "first_line": "NHS", "start_line": 1}],
    "meetings": [{
        "body": "Quality and Performance Committee",
        "authority": "NHS Pennmoor and Ludd Valley Integrated Care Board",
        "date": "2024-10-17", "time": "13:30",
        "venue": "Boardroom, Ludd House, 3 Abbey Walk, Pennmoor and via Microsoft Teams",
        "attendees": [
            att("Prof Hilary Gaunt", "Non-Executive Member (Chair), PLV ICB", "present"),
            att("Derek Milburn", "Non-Executive Member, PLV ICB", "virtual"),
            att("Rebecca Thorne", "Chief Nursing Officer, PLV ICB", "present"),
            att("Dr Kwame Asante", "Chief Medical Officer, PLV ICB", "present"),
            att("Julian Fenwick", "Director of Performance and Delivery, PLV ICB", "present"),
            att("Dr Aisha Rahman", "Partner Member – Primary Care, Pennmoor Central PCN", "present"),
            att("Marian Oates", "Deputy Chief Nursing Officer, PLV ICB", "in_attendance"),
            att("Tobias Wren", "Head of Patient Safety, PLV ICB", "in_attendance"),
            att("Lorna McPhee", "Chief Officer, Healthwatch Pennmoor", "in_attendance"),
            att("Dr Eleanor Shah", "Director of Midwifery (for item ICB/24/117), PHFT", "in_attendance"),
            att("Sophie Ingram", "Corporate Governance Officer (minutes), PLV ICB", "in_attendance"),
            att("Gareth Lyle", "Chief Finance Officer, PLV ICB", "apologies"),
            att("Dr Nia Probert", "Partner Member – Mental Health, Ludd Valley Partnership NHS FT", "apologies"),
        ],
        "apologies": ["Gareth Lyle", "Dr Nia Probert"],
        "items": [
            item("ICB/24/112", "Welcome, Introductions and Apologies"),
            item("ICB/24/113", "Declarations of Interest"),
            item("ICB/24/114", "Minutes of the Previous Meeting",
                 ["The Committee APPROVED the minutes of the meeting held on 19 September 2024 as an accurate record."]),
            item("ICB/24/115", "Action Log and Matters Arising",
                 ["The Committee NOTED the updates to the action log and AGREED to close actions 24/041 and 24/044."],
                 [A("Action 24/052 (community paediatrics waiting list recovery trajectory) remains open and is carried forward to the November meeting.",
                    "Julian Fenwick (JF)", "2024-11-21")]),
            item("ICB/24/116", "Integrated Quality and Performance Report – Month 5 (August 2024)",
                 ["The Committee NOTED the report and the limited assurance provided on urgent and emergency care performance."],
                 [A("JF agreed to provide a breakdown of ambulance handover delays over 60 minutes by site to the next meeting.",
                    "Julian Fenwick (JF)", "2024-11-21")]),
            item("ICB/24/117", "Maternity and Neonatal Services Assurance",
                 ["The Committee NOTED the progress made and the update from the Pennmoor and Ludd Valley Local Maternity and Neonatal System (LMNS)."],
                 [A("RT will write to the PHFT Chief Nurse requesting the revised midwifery workforce plan by 31 December 2024.",
                    "Rebecca Thorne (RT)", "2024-12-31")]),
            item("ICB/24/118", "Patient Safety Incident Response Framework (PSIRF) – Six-Month Review",
                 ["The Committee APPROVED the revised ICB Patient Safety Incident Response Plan 2024–2026 for publication."],
                 [A("TW to publish the revised plan on the ICB website by 31 October 2024.", "Tobias Wren (TW)", "2024-10-31")]),
            item("ICB/24/119", "Quality Priorities 2024/25 – Mid-Year Review",
                 ["The Committee NOTED the mid-year position."],
                 [A("MO and KA will bring a recovery plan for SMI physical health checks to the January meeting.",
                    "Marian Oates (MO) and Dr Kwame Asante (KA)", "2025-01")]),
            item("ICB/24/120", "Board Assurance Framework – Quality Risks",
                 ["The Committee APPROVED the increase in the score of BAF risk 4 (urgent and emergency care capacity) from 12 to 16 and AGREED that RT would escalate the risk to the ICB Board on 7 November 2024."],
                 [A("RT would escalate the risk to the ICB Board on 7 November 2024.", "Rebecca Thorne (RT)", "2024-11-07")]),
            item("ICB/24/121", "Any Other Business", [],
                 [A("KA agreed to include an update on dental access in a future Integrated Quality and Performance Report.",
                    "Dr Kwame Asante (KA)", "2025-01/2025-03")]),
            item("ICB/24/122", "Date of Next Meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "NHS Pennmoor and Ludd Valley Integrated Care Board", "name": "ICB quality priorities for 2024/25",
        "kind": "priority", "period": "2024/25", "source_line": L.find("MO presented the mid-year position against"),
        "items": ["Reduce healthcare-associated infections, with a focus on C. difficile",
                  "Improve the physical health of people with severe mental illness (SMI)",
                  "Reduce avoidable harm from falls in care homes",
                  "Improve end of life care so that more people die in their preferred place"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "NHS Pennmoor and Ludd Valley Integrated Care Board",
         "aliases": ["Pennmoor and Ludd Valley Integrated Care Board", "NHS Pennmoor and Ludd Valley ICB", "PLV ICB", "ICB"]},
        {"name": "Quality and Performance Committee", "aliases": []},
        {"name": "Pennmoor Central Primary Care Network", "aliases": ["Pennmoor Central PCN", "PCN"]},
        {"name": "Healthwatch Pennmoor", "aliases": []},
        {"name": "Pennmoor Hospitals NHS Foundation Trust", "aliases": ["PHFT"]},
        {"name": "Ludd Valley Partnership NHS FT", "aliases": []},
        {"name": "Pennmoor General Hospital", "aliases": []},
        {"name": "Care Quality Commission", "aliases": ["CQC"]},
        {"name": "Pennmoor and Ludd Valley Local Maternity and Neonatal System", "aliases": ["LMNS"]},
    ],
    "dates": [
        {"text": "Thursday 17 October 2024", "iso": "2024-10-17", "what": "meeting date"},
        {"text": "19 September 2024", "iso": "2024-09-19", "what": "previous meeting (minutes approved)"},
        {"text": "Month 5 (August 2024)", "iso": "2024-08", "what": "reporting month of the Integrated Quality and Performance Report"},
        {"text": "March 2025", "iso": "2025-03", "what": "date by which the 78% four-hour A&E standard applies"},
        {"text": "3 September 2024", "iso": "2024-09-03", "what": "CQC re-inspection of the PHFT maternity unit"},
        {"text": "31 December 2024", "iso": "2024-12-31", "what": "deadline for the revised midwifery workforce plan request"},
        {"text": "1 April 2024", "iso": "2024-04-01", "what": "PSIRF went live"},
        {"text": "2024–2026", "iso": "2024/2026", "what": "period of the ICB Patient Safety Incident Response Plan"},
        {"text": "31 October 2024", "iso": "2024-10-31", "what": "deadline to publish the revised plan"},
        {"text": "Quality Priorities 2024/25", "iso": "2024-04/2025-03", "what": "quality priorities year"},
        {"text": "7 November 2024", "iso": "2024-11-07", "what": "ICB Board meeting (escalation of BAF risk 4)"},
        {"text": "Thursday 21 November 2024", "iso": "2024-11-21", "what": "next meeting"},
        {"text": "Jan-25", "iso": "2025-01", "what": "action 24/064 due (SMI physical health checks recovery plan)"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
