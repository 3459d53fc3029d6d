from lib import Lines, A, D, O, write_keys

STEM = "blind9-uk-kelsbury-sab-strategic-plan-2024-04"
L = Lines(STEM)
SAB = "Kelsbury Safeguarding Adults Board"
P2 = L.find("Strategic aim 1: Prevention and")


def c(text, owner, due, find=None, **extra):
    return A(L, text, owner, due, find=find, after=P2, kind="commitment", **extra)


meetings_doc = {
    "components": [{"title": "Kelsbury Safeguarding Adults Board Strategic Plan 2024\u20132027", "kind": "plan",
                    "first_line": "KELSBURY SAFEGUARDING ADULTS BOARD", "start_line": 1}],
    "meetings": [],
}

facts_doc = {
    "priority_lists": [
        {"owner": SAB, "name": "Our four strategic aims for 2024\u20132027", "kind": "strategic_priority",
         "period": "2024-2027", "source_line": P2,
         "items": ["Prevention and early intervention", "Making Safeguarding Personal",
                   "Learning from Safeguarding Adults Reviews", "Assurance and partnership effectiveness"],
         "note": "announced on page 1 in prose; each aim is a 'Strategic aim N:' banner in a two-column layout; "
                 "aim 3 starts at the foot of column 1 and continues at the top of column 2"},
        {"owner": SAB, "name": "Our focus in 2024/25 (three areas of greatest risk)", "kind": "focus_area",
         "period": "2024/25", "source_line": L.find("self-neglect and hoarding; transitions", after=P2),
         "items": ["self-neglect and hoarding", "transitions from children\u2019s to adult services",
                   "financial abuse and scams"],
         "note": "list in prose, semicolon-separated"},
    ],
    "priority_lists_note": "the six safeguarding principles (Empowerment ... Accountability) are statutory "
                           "principles, not priorities for the period, and are not keyed",
    "priority_changes": [],
    "actions": [
        c("develop a multi-agency self-neglect and hoarding protocol by September 2024", "Prevention Subgroup", "2024-09"),
        c("run an annual campaign on financial abuse and scams with Wyre Valley Police and trading standards",
          "Prevention Subgroup", None),
        c("publish a transitions protocol for young people moving from children\u2019s to adult services",
          "Prevention Subgroup", None),
        c("ask every adult (or their advocate) what outcomes they want at the start of an enquiry",
          "Quality and Performance Subgroup", None),
        c("increase the use of independent advocacy, working with Kelsbury Advocacy Hub",
          "Quality and Performance Subgroup", None),
        c("report Making Safeguarding Personal outcomes to the Board twice a year", "Quality and Performance Subgroup",
          None),
        c("complete the Safeguarding Adults Review into the death of \u2018Adult M\u2019 and publish it by March 2025",
          "Safeguarding Adults Review Subgroup", "2025-03"),
        c("hold a learning event after every published review", "Safeguarding Adults Review Subgroup", None),
        c("check that actions from reviews are completed within agreed timescales",
          "Safeguarding Adults Review Subgroup", None),
        c("carry out a partner self-assessment audit every year, the first by December 2024", "Board Business Group",
          "2024-12"),
        c("publish our Annual Report each September", "Board Business Group", None, note="recurring, each September"),
        c("review this plan each year and refresh it in spring 2025 and spring 2026", "Board Business Group",
          "2025-03/2025-05", note="first refresh spring 2025"),
    ],
    "actions_note": "the 'Our commitments' bullets ('Over the next three years we will:') are keyed as commitments "
                    "with the aim's 'Lead:' subgroup as owner; 'How we will know we have made a difference' bullets "
                    "are outcome measures, not actions",
    "organisations": [
        O(SAB, ["KSAB", "Board", "Safeguarding Adults Board"], "board"),
        O("Kelsbury City Council", [], "council"),
        O("NHS Kelsbury and Wyre Integrated Care Board", ["ICB"], "nhs_body"),
        O("Wyre Valley Police", [], "police"),
        O("Kelsbury Hospitals NHS Foundation Trust", [], "nhs_body"),
        O("Kelsbury Community Health Services", [], "nhs_body"),
        O("Wyre and Kelsbury Fire and Rescue Service", [], "fire_service"),
        O("Healthwatch Kelsbury", [], "public_body"),
        O("Kelsbury Homes", [], "housing_association"),
        O("Kelsbury Council for Voluntary Service", ["KCVS"], "charity"),
        O("Care Quality Commission", ["CQC"], "regulator"),
        O("Kelsbury Advocacy Hub", [], "charity"),
        O("Prevention Subgroup", [], "group", parent=SAB),
        O("Quality and Performance Subgroup", [], "group", parent=SAB),
        O("Safeguarding Adults Review Subgroup", [], "group", parent=SAB),
        O("Board Business Group", [], "group", parent=SAB),
        O("KSAB Business Unit", [], "team", parent=SAB),
    ],
    "organisations_note": "'trading standards' (lower case, a council service) is not keyed",
    "dates": [
        D(L, "2024\u20132027", "2024/2027", "plan period", find="Strategic Plan 2024"),
        D(L, "21 March 2024", "2024-03-21", "plan agreed by the Board"),
        D(L, "1 April 2024", "2024-04-01", "plan takes effect"),
        D(L, "2023", "2023", "two Safeguarding Adults Reviews published", find="Safeguarding Adults Reviews published in 2023"),
        D(L, "January and February 2024", "2024-01/2024-02", "engagement events with people with lived experience"),
        D(L, "September 2024", "2024-09", "self-neglect and hoarding protocol due", find="hoarding protocol by September 2024"),
        D(L, "March 2025", "2025-03", "SAR 'Adult M' publication due", find="March 2025", after=P2),
        D(L, "December 2024", "2024-12", "first partner self-assessment audit due", find="the first by December 2024"),
        D(L, "spring 2025", "2025-03/2025-05", "first refresh of the plan", find="spring 2025 and spring 2026"),
        D(L, "spring 2026", "2026-03/2026-05", "second refresh of the plan", find="spring 2025 and spring 2026"),
        D(L, "2024/25", "2024-04/2025-03", "first-year focus areas", find="Our focus in 2024/25"),
        D(L, "Published April 2024", "2024-04", "publication date", find="Guildhall Square, Kelsbury. Published"),
    ],
}

write_keys(STEM, meetings_doc, facts_doc)
