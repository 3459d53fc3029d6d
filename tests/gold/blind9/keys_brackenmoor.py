from lib import Lines, A, D, O, write_keys

STEM = "blind9-uk-brackenmoor-da-strategy-2025-02"
L = Lines(STEM)
DALPB = "Brackenmoor Domestic Abuse Local Partnership Board"
OUT = L.find("4. Our outcomes and commitments")


def w(text, owner, due, **extra):
    return A(L, text, owner, due, after=OUT, kind="commitment", **extra)


meetings_doc = {
    "components": [{"title": "Brackenmoor Domestic Abuse Strategy 2025\u20132028", "kind": "strategy",
                    "first_line": "Brackenmoor Domestic Abuse Strategy 2025\u20132028", "start_line": 1}],
    "meetings": [],
}

facts_doc = {
    "priority_lists": [
        {"owner": DALPB, "name": "Strategy outcomes (Outcome 1-4)", "kind": "objective", "period": "2025-2028",
         "source_line": L.find("Outcome 1 Fewer people"),
         "items": ["Fewer people experience domestic abuse",
                   "Victims and survivors, including children, get the right support at the right time",
                   "Perpetrators are held to account and supported to change",
                   "Partners work together effectively and learn from reviews"],
         "note": "first in the 'Strategy at a glance' table, then as 'Outcome N:' headings in section 4"},
        {"owner": DALPB, "name": "Themes that run through everything we do", "kind": "cross_cutting_theme",
         "period": "2025-2028", "source_line": L.find("Listening to lived experience"),
         "items": ["Listening to lived experience", "Children as victims in their own right",
                   "Equality and inclusion", "Trauma-informed practice"],
         "note": "first column of a ruled two-column table; 'Children as victims in their own right' wraps"},
    ],
    "priority_lists_note": "the vision statement is not a list item; the five priorities of the 2021-2024 "
                           "strategy are not listed (only two are named, as merged)",
    "priority_changes": [
        {"year": "2025", "change": "merged", "priority": "Prevention",
         "merged_into": "Fewer people experience domestic abuse", "note": "former priority merged into Outcome 1"},
        {"year": "2025", "change": "merged", "priority": "Early identification",
         "merged_into": "Fewer people experience domestic abuse", "note": "former priority merged into Outcome 1"},
        {"year": "2025", "change": "added", "priority": "Perpetrators are held to account and supported to change",
         "note": "new outcome on perpetrators (Outcome 3)"},
    ],
    "actions": [
        w("deliver healthy relationships education in every secondary school by July 2026",
          "Brackenmoor Schools Partnership; Council Education Services", "2026-07"),
        w("train 1,500 frontline staff across the partnership to identify domestic abuse and economic abuse by "
          "March 2026", "DALPB Training Group", "2026-03"),
        w("run a public awareness campaign each November around the White Ribbon Day", "CSP", None,
          note="recurring each November"),
        w("open 12 additional units of safe accommodation, including two for male victims, by March 2027",
          "Brackenmoor Council Housing Options; Brackenmoor Housing Association", "2027-03"),
        w("commission a single Independent Domestic Violence Advisor (IDVA) service from April 2025", "PFCC", "2025-04"),
        w("ensure every child in refuge has a named support worker within 10 working days",
          "Brackenmoor Women\u2019s Refuge Trust", None),
        w("develop a stalking advocacy service with Brackenmoor Citizens Advice", "PFCC; Moorland Police", None),
        w("commission a perpetrator programme accredited by Respect by October 2025", "PFCC; Probation Service",
          "2025-10"),
        w("use Domestic Violence Protection Orders in every eligible case", "Moorland Police", None),
        w("publish Domestic Homicide Review reports within six months of Home Office approval", "CSP", None),
        w("review the Multi-Agency Risk Assessment Conference (MARAC) against the SafeLives quality standards in "
          "2025/26", "MARAC Steering Group", "2026-03", note="in 2025/26: keyed as the year's last month"),
        w("report progress to the DALPB every six months and publish an annual update each June", "DALPB", None),
        A(L, "The DALPB will monitor delivery through an action plan and a performance dashboard.", DALPB, None,
          find="The DALPB will monitor delivery", kind="commitment"),
        A(L, "The strategy will be reviewed in full in 2027 ahead of its expiry on 31 March 2028.", DALPB, "2027",
          find="a performance dashboard. The strategy will", kind="commitment"),
    ],
    "actions_note": "'We will:' bullets under each outcome are keyed as commitments; the text excludes the "
                    "bracketed owner, which is keyed as the owner",
    "organisations": [
        O(DALPB, ["DALPB"], "board"),
        O("Brackenmoor Council", [], "council"),
        O("Brackenmoor Council Cabinet", [], "committee", parent="Brackenmoor Council"),
        O("Domestic Abuse Commissioner", [], "public_body"),
        O("Moorland Police", [], "police"),
        O("Office of the Police, Fire and Crime Commissioner for Moorland", ["PFCC"], "public_body"),
        O("NHS Moorland Integrated Care Board", [], "nhs_body"),
        O("Probation Service", [], "public_body"),
        O("Brackenmoor Women\u2019s Refuge Trust", [], "charity"),
        O("Brackenmoor Housing Association", [], "housing_association"),
        O("Brackenmoor Community Safety Partnership", ["CSP"], "partnership"),
        O("Survivor Voice panel", [], "group", parent=DALPB),
        O("Brackenmoor Schools Partnership", [], "partnership"),
        O("DALPB Training Group", [], "group", parent=DALPB),
        O("Brackenmoor Citizens Advice", [], "charity"),
        O("Respect", [], "charity"),
        O("Home Office", [], "government_department"),
        O("SafeLives", [], "charity"),
        O("Multi-Agency Risk Assessment Conference", ["MARAC"], "panel"),
        O("MARAC Steering Group", [], "group"),
    ],
    "organisations_note": "council services named only as owners (Council Education Services, Brackenmoor Council "
                          "Housing Options) are treated as parts of Brackenmoor Council, not keyed; White Ribbon "
                          "Day is an event",
    "dates": [
        D(L, "2025\u20132028", "2025/2028", "strategy period", find="2025\u20132028"),
        D(L, "4 February 2025", "2025-02-04", "strategy approved by Cabinet"),
        D(L, "autumn 2024", "2024-09/2024-11", "domestic abuse needs assessment completed"),
        D(L, "2021\u20132024", "2021/2024", "period of the previous strategy",
          find="This strategy replaces the Brackenmoor Domestic Abuse Strategy"),
        D(L, "July 2026", "2026-07", "healthy relationships education in every secondary school"),
        D(L, "March 2026", "2026-03", "frontline staff training target"),
        D(L, "March 2027", "2027-03", "12 additional units of safe accommodation"),
        D(L, "April 2025", "2025-04", "single IDVA service commissioned from"),
        D(L, "October 2025", "2025-10", "accredited perpetrator programme commissioned"),
        D(L, "2025/26", "2025-04/2026-03", "MARAC review against SafeLives quality standards",
          find="standards in 2025/26"),
        D(L, "2027", "2027", "full review of the strategy", find="be reviewed in full in 2027"),
        D(L, "31 March 2028", "2028-03-31", "strategy expiry", find="be reviewed in full in 2027"),
    ],
}

write_keys(STEM, meetings_doc, facts_doc)
