"""Keys for blind12 (4) NHS Hallowmere and Dunstock ICB Quality and Patient Safety Committee, 16 January 2025
(typed by hand)."""
from lib import PDF, Lines, act, dt, item, org, person, write_keys

STEM = "blind12-uk-hallowmere-dunstock-icb-quality-patient-safety-committee-minutes-2025-01-16"
L = Lines(PDF / f"{STEM}.pdf")
LOG = L.find("Action log Ref")  # actions are only printed in the end-of-minutes action log
PARDOE = "G Pardoe (Mrs Gillian Pardoe)"

items = [
    item("1", "Welcome, introductions and apologies"),
    item("2", "Declarations of interest"),
    item("3", "Minutes of the meeting held on 12th December 2024 and action log",
         ["The minutes were APPROVED as an accurate record."],
         [act(L, "Confirm the date for the Dunstock Community Health NHS Trust pressure ulcer thematic review to be "
                 "presented", PARDOE, "2025-03-20", LOG, ref="QPS-038", status="Open",
              note="carried forward from item 6 of the December 2024 meeting; reviewed under item 3")]),
    item("4", "Patient story", ["The Committee NOTED the learning and thanked the family for sharing it."]),
    item("5", "Integrated Quality and Performance Report (Month 8)",
         ["The Committee NOTED the report and took PARTIAL assurance on urgent and emergency care performance."],
         [act(L, "Bring a deep dive on ambulance handover delays at Dunstock General Hospital to the next meeting",
              "A Owusu (Ms Abena Owusu)", "2025-03-20", LOG, ref="QPS-044", status="New")]),
    item("6", "Maternity and neonatal services update",
         ["The Committee APPROVED the LMNS Equity and Equality Action Plan 2025/26 for submission to the ICB Board on "
          "6th February 2025."],
         [act(L, "Submit the LMNS Equity and Equality Action Plan 2025/26 to the ICB Board",
              "P Strand (Mrs Paula Strand) / " + PARDOE, "2025-02-06", LOG, ref="QPS-045", status="New")]),
    item("7", "Safeguarding adults and children \u2013 six-monthly report",
         ["The Committee RECEIVED the report and took SIGNIFICANT assurance."],
         [act(L, "Circulate the Hallowmere Safeguarding Children Partnership\u2019s practice review briefing to members",
              "D Farrow (Ms Denise Farrow)", "2025-01-31", LOG, ref="QPS-046", status="New")]),
    item("8", "Quality priorities 2025/26",
         ["The Committee ENDORSED the following quality priorities for inclusion in the Joint Forward Plan: "
          "a) Reducing harm from falls in care homes b) Improving timely access to children and young people\u2019s "
          "mental health services c) Learning from patient safety incidents under the Patient Safety Incident "
          "Response Framework (PSIRF)"],
         [act(L, "Include the three quality priorities in the Joint Forward Plan refresh", PARDOE, "2025-03-31", LOG,
              ref="QPS-047", status="New")]),
    item("9", "Risk register and Board Assurance Framework",
         ["The Committee AGREED to increase the score of risk QPS3 (community nursing workforce) from 12 to 16 and to "
          "escalate it to the ICB Board."]),
    item("10", "Any other business and date of next meeting"),
]
after = 27
for it in items:
    it["source_line"] = after = L.find(it["title"], after)

meeting = {
    "body": "Quality and Patient Safety Committee",
    "authority": "NHS Hallowmere and Dunstock Integrated Care Board",
    "date": "2025-01-16",
    "time": "9.30am \u2013 12.00pm",
    "venue": "Boardroom, Dunstock House and via MS Teams",
    "attendees": [
        person("Prof. Elaine Marchbank", "Non-Executive Member (Chair)", "present"),
        person("Mr Ravi Sethuraman", "Non-Executive Member", "present"),
        person("Mrs Gillian Pardoe", "Chief Nursing Officer", "present"),
        person("Dr Tomasz Wojcik", "Chief Medical Officer", "present"),
        person("Ms Abena Owusu", "Director of Performance and Delivery", "virtual"),
        person("Mr Stuart Leckie", "Director of Adult Social Care, Hallowmere County Council (partner member)", "present"),
        person("Ms Denise Farrow", "Designated Nurse for Safeguarding Children", "in_attendance"),
        person("Mrs Paula Strand", "Head of Maternity Quality, Hallowmere Teaching Hospitals NHS Foundation Trust (item 6)",
               "in_attendance"),
        person("Mr Owen Bryce", "Chief Executive, Healthwatch Hallowmere (observer)", "in_attendance"),
        person("Miss Leah Cardew", "Corporate Governance Officer (minutes)", "in_attendance"),
        person("Dr Harriet Vane-Tempest", "Non-Executive Member", "apologies"),
        person("Mr Colin Ashworth", "Director of Nursing, Dunstock Community Health NHS Trust", "apologies"),
    ],
    "apologies": ["Dr Harriet Vane-Tempest", "Mr Colin Ashworth"],
    "items": items,
}

meetings_doc = {
    "components": [{"title": "Minutes of the Quality and Patient Safety Committee, NHS Hallowmere and Dunstock ICB, "
                             "16 January 2025", "kind": "minutes",
                    "first_line": "NHS Hallowmere and Dunstock Integrated Care Board", "start_line": 1}],
    "meetings": [meeting],
}

facts_doc = {
    "priority_lists": [
        {"owner": "NHS Hallowmere and Dunstock Integrated Care Board", "name": "Quality priorities 2025/26",
         "kind": "priority", "period": "2025/26", "source_line": L.find("Quality priorities 2025/26"),
         "items": ["Reducing harm from falls in care homes",
                   "Improving timely access to children and young people\u2019s mental health services",
                   "Learning from patient safety incidents under the Patient Safety Incident Response Framework (PSIRF)"],
         "note": "endorsed (item 8) for inclusion in the Joint Forward Plan"},
    ],
    "priority_changes": [],
    "actions": [],
    "actions_note": "the actions are printed only in the end Action log; they are keyed under their items (meetings key)",
    "organisations": [
        org("NHS Hallowmere and Dunstock Integrated Care Board", "ICB"),
        org("Quality and Patient Safety Committee", "QPSC"),
        org("Hallowmere County Council"),
        org("Hallowmere Teaching Hospitals NHS Foundation Trust"),
        org("Healthwatch Hallowmere"),
        org("Dunstock Community Health NHS Trust"),
        org("Mill Street Surgery"),
        org("Hallowmere and Dunstock Local Maternity and Neonatal System", "LMNS"),
        org("Care Quality Commission", "CQC"),
        org("Hallowmere Safeguarding Children Partnership"),
        org("Dunstock General Hospital"),
        org("Hallowmere Royal", note="hospital whose maternity unit was inspected"),
    ],
    "dates": [
        dt(L, "Thursday 16th January 2025", "2025-01-16", "meeting date"),
        dt(L, "12th December 2024", "2024-12-12", "previous meeting (minutes approved)"),
        dt(L, "November 2024", "2024-11", "month of the reported 4-hour performance"),
        dt(L, "March 2025", "2025-03", "target date for the 78% 4-hour standard"),
        dt(L, "October 2024", "2024-10", "CQC inspection of the maternity unit"),
        dt(L, "2025/26", "2025-04/2026-03", "year of the LMNS Equity and Equality Action Plan and quality priorities"),
        dt(L, "6th February 2025", "2025-02-06", "ICB Board meeting receiving the LMNS plan"),
        dt(L, "April to September 2024", "2024-04/2024-09", "period covered by the safeguarding report"),
        dt(L, "Thursday 20th March 2025", "2025-03-20", "next meeting"),
        dt(L, "20/03/2025", "2025-03-20", "action due dates (QPS-038, QPS-044)"),
        dt(L, "06/02/2025", "2025-02-06", "action due date (QPS-045)"),
        dt(L, "31/01/2025", "2025-01-31", "action due date (QPS-046)"),
        dt(L, "31/03/2025", "2025-03-31", "action due date (QPS-047)"),
    ],
}

if __name__ == "__main__":
    write_keys(STEM, meetings_doc, facts_doc)
