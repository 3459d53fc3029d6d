from lib import PDF, Lines, write_keys
from make_osbury import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


KA, DP = "Mrs K. Ashworth (KA)", "Mr D. Penrose (DP)"
R = {
    "137": "RESOLVED to respond to South Hardenshire District Council: 24/01877/FUL – no objection; 24/01902/LBC – objection, as uPVC windows would harm the character of the listed building.",
    "138": "RESOLVED to award a grant of £6,000 to Osbury Youth Hub for 2025/26 under section 137 of the Local Government Act 1972.",
    "139": "RESOLVED to approve expenditure of up to £2,500 on the Christmas lights switch-on.",
    "140": "RESOLVED to approve the pre-submission draft Neighbourhood Plan for Regulation 14 consultation.",
    "142": "RESOLVED to accept the quotation of £38,950 from Playscape Leisure Ltd for replacement play equipment at Vicarage Field, funded from the Play Area earmarked reserve and section 106 contributions.",
}
meetings = {
    "components": [{"title": "Market Osbury Town Council – Minutes of the Full Council, 11 November 2024", "kind": "minutes",
                    "first_line": "MARKET OSBURY TOWN COUNCIL", "start_line": L.find("MARKET OSBURY TOWN COUNCIL")}],
    "meetings": [{
        "body": "Full Council", "authority": "Market Osbury Town Council", "date": "2024-11-11", "time": "19:00",
        "venue": "Council Chamber, Corn Exchange, Market Osbury",
        "attendees": [
            att("Cllr A. Whitlock", "Town Mayor, in the Chair", "present"),
            att("Cllr P. Daventry", "Deputy Mayor", "present"),
            att("Cllr S. Bhatt", None, "present"),
            att("Cllr G. Farrant", None, "present"),
            att("Cllr H. Lyle", None, "present"),
            att("Cllr M. O’Keefe", None, "present"),
            att("Cllr R. Tanner", None, "present"),
            att("Cllr J. Yelland", None, "present"),
            att("Mrs K. Ashworth", "Town Clerk", "in_attendance"),
            att("Mr D. Penrose", "Deputy Clerk and RFO", "in_attendance"),
            att("Cllr N. Cole", "Hardenshire County Council", "in_attendance"),
            att("PCSO L. Grainger", "Hardenshire Constabulary", "in_attendance"),
            att("Cllr T. Quennell", None, "apologies"),
            att("Cllr F. Osei", None, "apologies"),
            att("Cllr C. Brandon", None, "absent"),
        ],
        "apologies": ["Cllr T. Quennell", "Cllr F. Osei"],
        "items": [
            item("24/131", "Apologies for absence",
                 ["RESOLVED that the reasons for absence of Cllr T. Quennell and Cllr F. Osei be accepted."]),
            item("24/132", "Declarations of interest"),
            item("24/133", "Public participation", [],
                 [A("Clerk to ask the Community Speedwatch co-ordinator to add Pound Lane to the rota.", KA)]),
            item("24/134", "Minutes of the previous meeting",
                 ["RESOLVED that the minutes of the Full Council meeting held on 14 October 2024 be approved and signed by the Mayor as a true record."]),
            item("24/135", "Reports from County and District Councillors", ["Reports noted."],
                 [A("Hardenshire County Council will resurface the A3102 Station Road between January and March 2025.",
                    "Hardenshire County Council", "2025-01/2025-03")]),
            item("24/136", "Finance",
                 ["RESOLVED (a) to approve the schedule of payments for October 2024 totalling £18,462.37; (b) to note the budget monitoring report; and (c) to refer the draft budget for 2025/26 to the Finance and General Purposes Committee for recommendation to Full Council on 13 January 2025."],
                 [A("Deputy Clerk to publish the approved payments on the website by 22 November 2024.", DP, "2024-11-22")]),
            item("24/137", "Planning", [R["137"]], [A(R["137"], KA)]),
            item("24/138", "Grant to Osbury Youth Hub", [R["138"]], [A(R["138"], DP)]),
            item("24/139", "Christmas lights switch-on", [R["139"]],
                 [A("Cllr J. Yelland to confirm the stall holders and road closure with the Chamber of Trade by 15 November 2024.",
                    "Cllr J. Yelland (JY)", "2024-11-15"),
                  A(R["139"], DP)]),
            item("24/140", "Market Osbury Neighbourhood Plan", [R["140"]],
                 [A(R["140"], "Cllr P. Daventry (PD)"),
                  A("Clerk to book two drop-in consultation events at the Corn Exchange in January 2025.", KA, "2025-01")]),
            item("24/141", "Allotment rents",
                 ["RESOLVED to increase allotment rents to £48 per full plot and £26 per half plot from 1 December 2025."],
                 [A("Deputy Clerk to issue notices to all allotment tenants by 30 November 2024.", DP, "2024-11-30")]),
            item("24/142", "Recreation Grounds Committee", [R["142"]], [A(R["142"], DP)]),
            item("24/143", "Co-option to fill a casual vacancy (North Ward)",
                 ["RESOLVED to co-opt Mr L. Voss as a councillor for the North Ward."],
                 [A("Clerk to arrange for Mr Voss to sign the declaration of acceptance of office before the December meeting.",
                    KA, "2024-12-09")]),
            item("24/144", "Remembrance Sunday", ["Noted."]),
            item("24/145", "Clerk’s report and correspondence", ["Noted."]),
            item("24/146", "Date of next meeting"),
            item("24/147", "Exclusion of the press and public",
                 ["RESOLVED under the Public Bodies (Admission to Meetings) Act 1960 to exclude the press and public for minute 24/148 owing to the confidential nature of the business to be transacted."]),
            item("24/148", "Staffing Committee recommendation",
                 ["RESOLVED to accept the Staffing Committee’s recommendation to regrade the Deputy Clerk post to SCP 24 with effect from 1 April 2025."],
                 [A("Mayor to write to the Deputy Clerk confirming the new grade.", "Cllr A. Whitlock (AW)")]),
        ],
    }],
}


def D(text, iso, what, after=0):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(text, after)}


facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Market Osbury Town Council", "aliases": ["Council"]},
        {"name": "Hardenshire County Council", "aliases": []},
        {"name": "South Hardenshire District Council", "aliases": []},
        {"name": "Hardenshire Constabulary", "aliases": []},
        {"name": "Osbury Youth Hub", "aliases": ["Youth Hub"]},
        {"name": "Osbury Primary School", "aliases": []},
        {"name": "Market Osbury Chamber of Trade", "aliases": ["Chamber of Trade"]},
        {"name": "Finance and General Purposes Committee", "aliases": []},
        {"name": "Recreation Grounds Committee", "aliases": []},
        {"name": "Staffing Committee", "aliases": []},
        {"name": "Neighbourhood Plan Steering Group", "aliases": []},
        {"name": "Hardenshire Association of Local Councils", "aliases": []},
        {"name": "Osbury in Bloom", "aliases": []},
        {"name": "Playscape Leisure Ltd", "aliases": []},
        {"name": "Royal British Legion", "aliases": []},
        {"name": "Osbury Scouts", "aliases": []},
    ],
    "dates": [
        D("Monday 11 November 2024", "2024-11-11", "meeting date"),
        D("14 October 2024", "2024-10-14", "previous Full Council meeting (minutes approved)"),
        D("January and March 2025", "2025-01/2025-03", "A3102 Station Road resurfacing"),
        D("1 April 2025", "2025-04-01", "district council's new waste contract starts"),
        D("October 2024", "2024-10", "month of the schedule of payments", L.find("(a) The schedule of payments") - 1),
        D("31 October 2024", "2024-10-31", "budget monitoring date"),
        D("2025/26", "2025-04/2026-03", "draft budget and precept year"),
        D("22 November 2024", "2024-11-22", "deadline to publish approved payments"),
        D("13 January 2025", "2025-01-13", "Full Council to set the budget"),
        D("Friday 29 November 2024", "2024-11-29", "Christmas lights switch-on"),
        D("15 November 2024", "2024-11-15", "deadline to confirm stall holders and road closure"),
        D("6 January to 17 February 2025", "2025-01-06/2025-02-17", "Neighbourhood Plan Regulation 14 consultation"),
        D("January 2025", "2025-01", "drop-in consultation events", L.find("Clerk to book two drop-in") - 1),
        D("30 November 2024", "2024-11-30", "deadline to issue allotment rent notices"),
        D("1 December 2025", "2025-12-01", "new allotment rents take effect"),
        D("21 October 2024", "2024-10-21", "Recreation Grounds Committee meeting"),
        D("10 November 2024", "2024-11-10", "Remembrance Sunday parade"),
        D("Monday 9 December 2024", "2024-12-09", "next meeting"),
        D("1 April 2025", "2025-04-01", "Deputy Clerk regrade effective", L.find("Staffing Committee recommendation") - 1),
    ],
}
write_keys(STEM, meetings, facts)
