from lib import PDF, Lines, write_keys
from make_rushcombe import STEM

L = Lines(PDF / f"{STEM}.pdf")
OWNER = "Safer Rushcombe Partnership"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


table = L.find("Delivery plan 2025-26 Priority")
actions = [
    A("Deliver weapons awareness sessions in all secondary schools and the pupil referral unit", "WSP / YJS", "2025-09/2026-03", table),
    A("Install two additional knife surrender bins in the town centre and Northgate", "RBC", "2025-12", table),
    A("Commission a detached youth work programme in the three violence hotspots", "VRU", "2025-10", table),
    A("Refresh the serious violence strategic needs assessment", "SRP", "2026-01", table),
    A("Publish an updated Serious Violence Response Strategy", "SRP", "2026-03", table),
    A("Launch a hospital-based violence navigator service at Rushcombe General Hospital", "ICB / VRU", "2025-11", table),
    A("Hold monthly multi-agency problem-solving meetings for each hotspot", "WSP", None, table),
    A("Renew the Town Centre Public Spaces Protection Order", "RBC", "2025-10", table),
    A("Promote the ASB Case Review (Community Trigger) on all partners’ websites", "RBC / RH", "2025-07", table),
    A("Fund diversionary activities in the summer holidays with Rushcombe Youth Trust", "SRP", "2025-07/2025-08", table),
    A("Set up a business crime reduction partnership with town centre retailers", "RBC", "2025-11", table),
    A("Run Operation Tidemark weekend patrols in the retail core", "WSP", None, table),
    A("Deliver fire-setter intervention sessions for young people referred by schools and the YJS", "WFRS", None, table),
    A("Remove abandoned vehicles within 48 hours of a report", "RBC", "2025-04/2026-03", table),
    A("Fund two additional Independent Domestic Violence Advisor (IDVA) posts", "OPCC / RDAS", "2025-09", table),
    A("Train 200 frontline staff to use the DASH risk checklist", "SRP", "2026-03", table),
    A("Complete the action plan from the Domestic Homicide Review ‘Adult K’", "SRP", "2025-12", table),
    A("Provide safe accommodation for victims through the sanctuary scheme", "RBC / RH", "2025-04/2026-03", table),
    A("Embed the child exploitation screening tool in the Multi-Agency Safeguarding Hub", "WCC", "2026-01", table),
    A("Deliver county lines awareness training to taxi drivers and hotel staff", "RBC / WSP", "2026-02", table),
    A("Hold joint exploitation operations at Rushcombe station with British Transport Police", "WSP / BTP", None, table),
    A("Offer every young person released from custody a Youth Justice Service mentor", "YJS", "2025-06", table),
    A("The Partnership Board will review this plan every quarter, and the Rushcombe Borough Council Overview and Scrutiny Committee will receive an annual report in March 2026.",
      "Partnership Board", "2026-03", table),
    A("The Community Safety Manager will update the RAG ratings before each Board meeting and publish a summary on the Council’s website.",
      "Community Safety Manager", None, table),
]


def objectives(n, name, items, after=0):
    return {"owner": OWNER, "name": f"Objectives (Priority {n}: {name})", "kind": "objective", "period": "2025-26",
            "source_line": L.find(f"{n}.1 {items[0]}", after), "items": items}


meetings = {
    "components": [{"title": "Safer Rushcombe Partnership – Community Safety Partnership Delivery Plan 2025-26",
                    "kind": "action_plan", "first_line": "SAFER RUSHCOMBE", "start_line": L.find("SAFER RUSHCOMBE")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": OWNER, "name": "Our priorities for 2025-26", "kind": "priority", "period": "2025-26",
         "source_line": L.find("Our priorities for 2025-26"),
         "items": ["Reducing serious violence and knife crime", "Tackling anti-social behaviour and neighbourhood crime",
                   "Protecting people from domestic abuse and exploitation"]},
        {"owner": OWNER, "name": "Cross-cutting themes", "kind": "cross_cutting_theme", "period": "2025-26",
         "source_line": L.find("Cross-cutting themes"),
         "items": ["Prevention and early intervention", "Listening to communities and victims", "Sharing data and intelligence"]},
        objectives(1, "Reducing serious violence and knife crime",
                   ["Reduce knife crime involving under-25s", "Meet the Serious Violence Duty"], table),
        objectives(2, "Tackling anti-social behaviour and neighbourhood crime",
                   ["Reduce repeat anti-social behaviour in the five hotspot areas", "Reduce shop theft and business crime",
                    "Reduce deliberate fires and vehicle arson"], table),
        objectives(3, "Protecting people from domestic abuse and exploitation",
                   ["Improve support for victims of domestic abuse", "Protect children and young people from exploitation"], table),
    ],
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        {"name": "Safer Rushcombe Partnership", "aliases": ["SRP", "Partnership"]},
        {"name": "Partnership Board", "aliases": []},
        {"name": "British Transport Police", "aliases": ["BTP"]},
        {"name": "Weirside and Rushcombe Integrated Care Board", "aliases": ["ICB"]},
        {"name": "Office of the Police and Crime Commissioner for Weirside", "aliases": ["OPCC"]},
        {"name": "Rushcombe Borough Council", "aliases": ["RBC"]},
        {"name": "Rushcombe Domestic Abuse Service", "aliases": ["RDAS"]},
        {"name": "Rushcombe Homes", "aliases": ["RH"]},
        {"name": "Weirside Violence Reduction Unit", "aliases": ["VRU"]},
        {"name": "Weirside County Council", "aliases": ["WCC"]},
        {"name": "Weirside Fire and Rescue Service", "aliases": ["WFRS"]},
        {"name": "Weirside Police", "aliases": ["WSP"]},
        {"name": "Rushcombe and Weirside Youth Justice Service", "aliases": ["YJS", "Youth Justice Service"]},
        {"name": "Rushcombe Youth Trust", "aliases": []},
        {"name": "Multi-Agency Safeguarding Hub", "aliases": []},
        {"name": "Rushcombe Borough Council Overview and Scrutiny Committee", "aliases": []},
        {"name": "Probation Service", "aliases": []},
    ],
    "dates": [
        {"text": "19 June 2025", "iso": "2025-06-19", "what": "approved by the Partnership Board"},
        {"text": "Delivery Plan 2025-26", "iso": "2025-04/2026-03", "what": "plan year"},
        {"text": "between April 2025 and March 2026", "iso": "2025-04/2026-03", "what": "delivery period"},
        {"text": "Community Safety Strategy 2024–2027", "iso": "2024/2027", "what": "Community Safety Strategy period"},
        {"text": "Strategic Assessment 2025", "iso": "2025", "what": "strategic assessment confirming the priorities"},
        {"text": "2024/25", "iso": "2024-04/2025-03", "what": "year of 14% rise in night-time economy violence"},
        {"text": "March 2026", "iso": "2026-03", "what": "annual report to Overview and Scrutiny Committee", "after": table + 40},
        {"text": "December 2025", "iso": "2025-12", "what": "next Strategic Assessment completed", "after": table + 40},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
