from lib import Lines, A, D, O, write_keys

STEM = "blind9-uk-kestley-yjs-youth-justice-plan-2024-06"
L = Lines(STEM)
YJS = "Kestley Youth Justice Service"
MB = "Kestley Youth Justice Management Board"
SDP = L.find("5. Service development plan")


def row(text, owner, due, **extra):
    return A(L, text, owner, due, after=SDP, kind="action_plan_row", **extra)


meetings_doc = {
    "components": [{"title": "Kestley Youth Justice Service Youth Justice Plan 2024\u201325", "kind": "plan",
                    "first_line": "KESTLEY YOUTH JUSTICE SERVICE", "start_line": 1}],
    "meetings": [],
}

facts_doc = {
    "priority_lists": [
        {"owner": YJS, "name": "Our priorities for 2024\u201325", "kind": "priority", "period": "2024/25",
         "source_line": L.find("1. Reduce first-time entrants"),
         "items": ["Reduce first-time entrants through prevention and diversion",
                   "Reduce serious youth violence and child criminal exploitation",
                   "Improve education, training and employment (ETE) outcomes",
                   "Address the over-representation of Black and mixed heritage children",
                   "Strengthen the voice of children and families in our work"],
         "note": "heading '4. Our priorities for 2024-25' is orphaned at the foot of page 1; the numbered list is on "
                 "page 2"},
    ],
    "priority_lists_note": "the Priority column of the service development plan table (1. Prevention and diversion "
                           "... 5. Voice of children and families) restates the same five priorities in short form "
                           "and is not keyed as a second list; the performance indicators are not priorities",
    "priority_changes": [
        {"year": "2024", "change": "removed", "priority": "Reducing the use of remand",
         "note": "2023-24 priority retired by the Board in March 2024"},
        {"year": "2024", "change": "added", "priority": "Strengthen the voice of children and families in our work",
         "note": "new priority for 2024-25 following the inspection recommendation"},
    ],
    "actions": [
        A(L, "It has been prepared in line with guidance from the Youth Justice Board for England and Wales (YJB) "
             "and will be submitted to the YJB by 30 June 2024.", YJS, "2024-06-30",
          find="by children in Kestley during 2024", kind="commitment"),
        row("Extend the Turnaround early intervention programme to all children released under investigation.",
            "YJS Operations Manager", "2024-09"),
        row("Agree a joint out-of-court disposal decision-making protocol with North Vale Police.",
            "Head of YJS; North Vale Police", "2024-10"),
        row("Embed the contextual safeguarding panel with the Safer Kestley Partnership.", "Head of YJS", "2024-12"),
        row("Train all YJS case managers in trauma-informed practice.", "YJS Practice Lead", "2025-03"),
        row("Appoint a dedicated ETE officer funded jointly with Kestley Borough Council Education Inclusion.",
            "Head of Education Inclusion", "2024-09"),
        row("Ensure every child of school age open to the YJS has an education plan within 10 days.",
            "YJS Operations Manager", None, note="By: 'Ongoing'"),
        row("Publish an annual disproportionality report to the Management Board.", "YJS Performance Officer",
            "2025-01"),
        row("Establish a young people\u2019s advisory group with Kestley Youth Partnership CIC.",
            "Kestley Youth Partnership CIC", "2024-11"),
        row("Introduce feedback surveys at the end of every intervention.", "YJS Practice Lead", "2024-07"),
        A(L, "The Management Board will review progress against this plan at each quarterly meeting.", MB, None,
          find="6.1 The Management Board will review", kind="commitment"),
        A(L, "The next full plan will be submitted to the YJB by 30 June 2025.", YJS, "2025-06-30",
          find="6.1 The Management Board will review", kind="commitment"),
    ],
    "actions_note": "service development plan rows keyed with the Lead column as owner; the sentence in 1.1 and "
                    "the two in 6.1 are keyed as commitments",
    "organisations": [
        O(YJS, ["YJS"], "service", parent="Kestley Borough Council"),
        O(MB, ["Youth Justice Management Board", "Management Board", "Board"], "board"),
        O("Youth Justice Board for England and Wales", ["YJB"], "public_body"),
        O("HM Inspectorate of Probation", [], "inspectorate"),
        O("Kestley Borough Council", [], "council"),
        O("North Vale Police", [], "police"),
        O("The Probation Service", [], "public_body"),
        O("NHS North Vale Integrated Care Board", [], "nhs_body"),
        O("Office of the Police and Crime Commissioner for North Vale", [], "public_body"),
        O("Kestley Youth Partnership CIC", [], "charity"),
        O("HM Courts and Tribunals Service", [], "public_body"),
        O("Kestley Magistrates\u2019 Court", [], "court"),
        O("Kestley Safeguarding Children Partnership", [], "partnership"),
        O("Safer Kestley Partnership", [], "partnership"),
    ],
    "organisations_note": "council directorates/teams (Children's Services directorate, Education Inclusion) and the "
                          "Kestley Probation Delivery Unit are treated as parts of their parent bodies, not keyed",
    "dates": [
        D(L, "18 June 2024", "2024-06-18", "plan approved by the Management Board"),
        D(L, "2024\u201325", "2024-04/2025-03", "plan period", find="Youth Justice Plan 2024"),
        D(L, "30 June 2024", "2024-06-30", "deadline for submission to the YJB"),
        D(L, "November 2023", "2023-11", "HM Inspectorate of Probation inspection"),
        D(L, "January 2024", "2024-01", "Youth Justice Statistics published"),
        D(L, "2022\u201323", "2022-04/2023-03", "performance comparison year", find="Kestley 2022"),
        D(L, "2023\u201324", "2023-04/2024-03", "performance year reported", find="3. Performance in 2023"),
        D(L, "March 2024", "2024-03", "Board agreed to retire the remand priority"),
        D(L, "Sept 2024", "2024-09", "action due (Turnaround extension; ETE officer)", find="Sept 2024", after=SDP),
        D(L, "Oct 2024", "2024-10", "action due (out-of-court disposal protocol)"),
        D(L, "Dec 2024", "2024-12", "action due (contextual safeguarding panel)"),
        D(L, "Mar 2025", "2025-03", "action due (trauma-informed training)"),
        D(L, "Jan 2025", "2025-01", "action due (disproportionality report)"),
        D(L, "Nov 2024", "2024-11", "action due (young people's advisory group)"),
        D(L, "July 2024", "2024-07", "action due (feedback surveys)"),
        D(L, "30 June 2025", "2025-06-30", "next full plan due to the YJB", find="submitted to the YJB by 30 June 2025"),
    ],
}

write_keys(STEM, meetings_doc, facts_doc)
