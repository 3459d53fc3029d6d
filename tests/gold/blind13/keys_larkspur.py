from lib import PDF, Lines, write_keys
from make_larkspur import STEM

L = Lines(PDF / f"{STEM}.pdf")
TABLE = L.find("Summary of actions")


def A(text, owner, due=None, after=TABLE):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Larkspur Schools Trust – Minutes of the meeting of the Board of Trustees, 4 February 2025",
                    "kind": "minutes", "first_line": "LARKSPUR SCHOOLS TRUST", "start_line": L.find("LARKSPUR SCHOOLS TRUST")}],
    "meetings": [{
        "body": "Board of Trustees", "authority": "Larkspur Schools Trust", "date": "2025-02-04", "time": "17:30",
        "venue": "Larkspur House, Quarry Lane, Linnet Vale",
        "attendees": [
            att("Dr Catherine Moyo", "Chair", "present"),
            att("Jonathan Reese", "Vice Chair", "present"),
            att("Amrit Sahota", "Trustee; chair of Finance, Audit and Risk Committee", "present"),
            att("Helen Gatward", "Trustee", "apologies"),
            att("Revd Simon Blythe", "Trustee (appointed by the Diocese of Sallowford)", "virtual"),
            att("Lucy Ferrand", "Trustee; chair of Standards Committee", "present"),
            att("Kwame Asante", "Trustee", "absent"),
            att("Martin Greaves", "Chief Executive Officer and Accounting Officer", "in_attendance"),
            att("Sarah Quayle", "Chief Finance and Operations Officer", "in_attendance"),
            att("Daniel Ibbotson", "Headteacher, Wrayfield Academy (item 6)", "in_attendance"),
            att("Louise Tennant", "Governance Professional (clerk)", "in_attendance"),
        ],
        "apologies": ["Helen Gatward"],
        "items": [
            item("1", "Welcome, apologies and consent for absence",
                 ["Agreed: Trustees consented to the absence of Helen Gatward."],
                 [A("Write to Kwame Asante about his non-attendance", "Dr Catherine Moyo (CM)", "2025-03-25")]),
            item("2", "Declarations of interest"),
            item("3", "Minutes of the meeting held on 10 December 2024 and matters arising",
                 ["Agreed: The minutes of the meeting held on 10 December 2024 were approved as an accurate record and signed by the Chair."]),
            item("4", "Chief Executive Officer’s report", ["The report was noted."],
                 [A("Provide persistent absence data by pupil group for each academy", "Martin Greaves (MG)", "2025-03-25")]),
            item("5", "Finance: management accounts and 2025–26 budget timetable",
                 ["Agreed: The management accounts to 31 December 2024 were approved.",
                  "Agreed: Trustees approved a virement of £35,000 from the central reserve to fund the Wrayfield Academy roof repairs."],
                 [A("Circulate the draft 2025–26 budget to the Finance, Audit and Risk Committee", "Sarah Quayle (SQ)", "2025-06-10")]),
            item("6", "Wrayfield Academy: Ofsted monitoring visit",
                 ["Agreed: Trustees approved the revised Wrayfield Academy post-inspection action plan."],
                 [A("Report progress against the Wrayfield Academy post-inspection action plan", "Daniel Ibbotson (DI)", "2025-07-01")]),
            item("7", "Policies",
                 ["Agreed: Trustees approved the Charging and Remissions Policy, the Whistleblowing Policy and the amended Trust Pay Policy."],
                 [A("Publish the approved policies on the Trust website", "Louise Tennant (LT)", "2025-02-28")]),
            item("8", "Risk register",
                 ["Agreed: The risk register was approved with the addition of a new risk on capital funding (RR14)."],
                 [A("Add RR14 to the risk register and circulate to trustees", "Sarah Quayle (SQ)", "2025-02-14")]),
            item("9", "Committee reports"),
            item("10", "Any other business and date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Larkspur Schools Trust", "name": "Trust Development Plan priorities for 2024–25", "kind": "priority",
        "period": "2024–25", "source_line": L.find("three Trust Development Plan priorities"),
        "items": ["Improve reading fluency at Key Stages 1 and 2 in every academy",
                  "Reduce persistent absence to below 15% in every academy",
                  "Develop middle leaders across the Trust through the Larkspur Leadership Programme"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Larkspur Schools Trust", "aliases": ["Trust"]},
        {"name": "Wrayfield Academy", "aliases": []},
        {"name": "Sallowbrook Primary Academy", "aliases": ["Sallowbrook"]},
        {"name": "Linnet Vale Primary Academy", "aliases": []},
        {"name": "Diocese of Sallowford", "aliases": []},
        {"name": "Finance, Audit and Risk Committee", "aliases": []},
        {"name": "Standards Committee", "aliases": []},
        {"name": "Linnet Vale College", "aliases": []},
        {"name": "Education Welfare Service", "aliases": []},
        {"name": "Education and Skills Funding Agency", "aliases": ["ESFA"]},
        {"name": "Ofsted", "aliases": []},
    ],
    "dates": [
        {"text": "Tuesday 4 February 2025", "iso": "2025-02-04", "what": "meeting date"},
        {"text": "10 December 2024", "iso": "2024-12-10", "what": "previous meeting (minutes approved)"},
        {"text": "2024–25", "iso": "2024-09/2025-08", "what": "Trust Development Plan year (academic year)"},
        {"text": "31 December 2024", "iso": "2024-12-31", "what": "management accounts date"},
        {"text": "21 January 2025", "iso": "2025-01-21", "what": "Finance, Audit and Risk Committee meeting"},
        {"text": "2025–26", "iso": "2025-09/2026-08", "what": "budget year (academy financial year)"},
        {"text": "1 July 2025", "iso": "2025-07-01", "what": "meeting at which the 2025–26 budget is due to be set"},
        {"text": "14–15 January 2025", "iso": "2025-01-14/2025-01-15", "what": "Ofsted monitoring inspection of Wrayfield Academy"},
        {"text": "28 January 2025", "iso": "2025-01-28", "what": "Standards Committee meeting"},
        {"text": "Tuesday 25 March 2025", "iso": "2025-03-25", "what": "next meeting"},
        {"text": "25 March 2025", "iso": "2025-03-25", "what": "action deadline (absence data)", "after": TABLE},
        {"text": "10 June 2025", "iso": "2025-06-10", "what": "action deadline (draft budget to FAR Committee)"},
        {"text": "1 July 2025", "iso": "2025-07-01", "what": "action deadline (post-inspection progress report)", "after": TABLE},
        {"text": "28 February 2025", "iso": "2025-02-28", "what": "action deadline (publish policies)"},
        {"text": "14 February 2025", "iso": "2025-02-14", "what": "action deadline (risk register RR14)"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
