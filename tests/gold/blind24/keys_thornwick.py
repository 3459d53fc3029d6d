from lib import PDF, Lines, write_keys
from make_thornwick import STEM

L = Lines(PDF / f"{STEM}.pdf")
STP = "Safer Thornwick Partnership"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def D(text, iso, what, at=None, after=0):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(at or text, after)}


meetings = {
    "components": [{"title": "Safer Thornwick Partnership – Strategic Assessment 2024: Summary of findings and recommended priorities for 2025/26",
                    "kind": "report", "first_line": "SAFER THORNWICK PARTNERSHIP", "start_line": L.find("SAFER THORNWICK PARTNERSHIP")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": STP, "name": "Recommended priorities for 2025/26", "kind": "priority", "period": "2025/26",
         "source_line": L.find("3. Recommended priorities for 2025/26"),
         "items": ["Violence against women and girls (VAWG), including domestic abuse",
                   "Serious violence and knife crime",
                   "Anti-social behaviour in Thornwick town centre",
                   "Drug-related harm and exploitation",
                   "Reducing reoffending"]},
        {"owner": STP, "name": "Cross-cutting themes", "kind": "cross_cutting_theme", "period": "2025/26",
         "source_line": L.find("Cross-cutting themes Three cross-cutting"),
         "items": ["safeguarding people who are vulnerable to exploitation",
                   "early intervention with children and young people",
                   "building community confidence"]},
    ],
    "priority_changes": [
        {"year": "2025/26", "change": "added", "priority": "Reducing reoffending",
         "previously_part_of": "Drug-related harm and exploitation"},
        {"year": "2025/26", "change": "removed", "priority": "Road safety", "previously_part_of": None,
         "note": "no longer a Partnership priority; to be led by the Northmarsh Road Safety Partnership"},
        {"year": "2025/26", "change": "merged", "priority": "Hate crime", "previously_part_of": None,
         "now_part_of": "building community confidence (cross-cutting theme)"},
    ],
    "actions": [
        A("the Partnership will keep them under review through its quarterly performance reports", STP),
        A("The Community Safety Team will draft the Community Safety Plan 2025–2028 for consultation in March 2025.",
          "Community Safety Team (Thornwick Borough Council)", "2025-03"),
        A("Each lead group will produce a delivery plan for its priority by 30 April 2025.",
          "Each lead group", "2025-04-30"),
        A("The Partnership Analyst will set up a quarterly performance dashboard for the five priorities by June 2025.",
          "Partnership Analyst", "2025-06"),
        A("Thornwick Borough Council’s Overview and Scrutiny Committee will review the Partnership’s plan in July 2025.",
          "Thornwick Borough Council Overview and Scrutiny Committee", "2025-07"),
        A("The next strategic assessment will be completed by December 2025.", None, "2025-12"),
    ],
    "organisations": [
        {"name": STP, "aliases": ["Thornwick Community Safety Partnership"]},
        {"name": "Partnership Board", "aliases": []},
        {"name": "Thornwick Borough Council", "aliases": ["TBC"]},
        {"name": "Northmarsh Police", "aliases": ["NP"]},
        {"name": "Northmarsh Fire and Rescue Service", "aliases": ["NFRS"]},
        {"name": "NHS Northmarsh Integrated Care Board", "aliases": ["ICB"]},
        {"name": "Probation Service", "aliases": []},
        {"name": "Northmarsh Probation Delivery Unit", "aliases": ["PDU"]},
        {"name": "Office of the Northmarsh Police and Crime Commissioner", "aliases": ["OPCC"]},
        {"name": "Thornwick Youth Justice Service", "aliases": ["YJS"]},
        {"name": "Thornwick Homes", "aliases": ["TH"]},
        {"name": "Thornwick Council for Voluntary Service", "aliases": ["CVS"]},
        {"name": "Thornwick Business Improvement District", "aliases": ["BID"]},
        {"name": "Northmarsh Road Safety Partnership", "aliases": []},
        {"name": "Domestic Abuse and VAWG Board", "aliases": []},
        {"name": "Serious Violence Delivery Group", "aliases": []},
        {"name": "ASB Tasking Group", "aliases": []},
        {"name": "Combating Drugs Partnership", "aliases": []},
        {"name": "Reducing Reoffending Group", "aliases": []},
        {"name": "Multi-Agency Risk Assessment Conference", "aliases": ["MARAC"]},
        {"name": "Thornwick General Hospital", "aliases": []},
        {"name": "Overview and Scrutiny Committee", "aliases": []},
    ],
    "dates": [
        D("Strategic Assessment 2024", "2024", "strategic assessment year"),
        D("2025/26", "2025-04/2026-03", "period of the recommended priorities", at="recommended priorities for 2025/26"),
        D("1 October 2023 – 30 September 2024", "2023-10-01/2024-09-30", "assessment data period", at="Data period: 1 October 2023"),
        D("Published January 2025", "2025-01", "publication"),
        D("12 December 2024", "2024-12-12", "full assessment considered by the Partnership Board"),
        D("Community Safety Plan 2025–2028", "2025/2028", "Community Safety Plan period", at="Partnership’s Community Safety Plan 2025–2028"),
        D("2024/25", "2024-04/2025-03", "previous priorities year", at="Changes from the 2024/25 priorities"),
        D("Oct 2022 – Sep 2023", "2022-10/2023-09", "comparison period (key indicators)"),
        D("August 2024", "2024-08", "short-term rise in reported hate incidents"),
        D("6 February 2025", "2025-02-06", "Partnership Board meeting to agree priorities"),
        D("March 2025", "2025-03", "Community Safety Plan consultation"),
        D("30 April 2025", "2025-04-30", "lead group delivery plans due"),
        D("June 2025", "2025-06", "performance dashboard set up"),
        D("July 2025", "2025-07", "Overview and Scrutiny Committee review"),
        D("December 2025", "2025-12", "next strategic assessment completed"),
        D("January and December 2022", "2022-01/2022-12", "probation reoffending cohort release period"),
    ],
}

write_keys(STEM, meetings, facts)
