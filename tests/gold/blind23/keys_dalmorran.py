from lib import PDF, Lines, write_keys
from make_dalmorran import STEM

L = Lines(PDF / f"{STEM}.pdf")


def at(snippet):
    return L.find(snippet)


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, ref, title, resolutions=(), actions=()):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


HRT = "Head of Roads and Transportation (Lorna Blackwood)"
HWF = "Head of Waste and Fleet Services (Stuart Kinnaird)"
meetings = {
    "components": [{"title": "Dalmorran Council – Minute of Meeting of the Environment and Infrastructure Committee, 18 February 2025",
                    "kind": "minutes", "first_line": "DALMORRAN COUNCIL", "start_line": at("DALMORRAN COUNCIL")}],
    "meetings": [{
        "body": "Environment and Infrastructure Committee", "authority": "Dalmorran Council", "date": "2025-02-18",
        "time": "10:00", "venue": "Council Chamber, Council Headquarters, 12 Kirkgate, Dalmorran",
        "attendees": [
            att("Councillor Fiona MacRae", "Convener", "present"),
            att("Councillor Alasdair Kerr", "Depute Convener", "present"),
            att("Euan Baird", None, "present"),
            att("Jennifer Coutts", None, "present"),
            att("Iain Drummond", None, "present"),
            att("Shona Fleming", None, "present"),
            att("Neil Gilchrist", None, "present"),
            att("Morag Lindsay", "substitute for Councillor Gavin Reid", "present"),
            att("Ruaridh MacInnes", None, "present"),
            att("Catriona Paterson", None, "present"),
            att("Derek Sutherland", None, "present"),
            att("Councillor Hamish Urquhart", "local member, for item 7", "also_present"),
            att("Graham Pollock", "Director of Environment and Infrastructure", "in_attendance"),
            att("Lorna Blackwood", "Head of Roads and Transportation", "in_attendance"),
            att("Stuart Kinnaird", "Head of Waste and Fleet Services", "in_attendance"),
            att("Dr Aileen Mowat", "Flood Risk Manager", "in_attendance"),
            att("Ross Halliday", "Solicitor (Legal Services)", "in_attendance"),
            att("Kirsty Anderson", "Committee Officer", "in_attendance"),
            att("Councillor Gavin Reid", None, "apologies"),
        ],
        "apologies": ["Councillor Gavin Reid"],
        "items": [
            item("1", None, "DECLARATIONS OF INTEREST",
                 ["The Committee agreed:- (1) to note the declarations of interest by Councillors Drummond and Paterson; and (2) that Councillor Drummond would take no part in item 7."]),
            item("2", None, "MINUTE OF PREVIOUS MEETING",
                 ["The Committee agreed:- (1) to approve the minute as a correct record."]),
            item("3", "EI/25/04", "ROADS AND FOOTWAYS CAPITAL PROGRAMME 2025/26",
                 ["The Committee agreed:- (1) to approve the Roads and Footways Capital Programme 2025/26 of £8.42 million as set out in Appendix 1 to the report; (2) to delegate authority to the Head of Roads and Transportation, in consultation with the Convener, to substitute schemes from the reserve list should any programmed scheme be delayed; and (3) to request a progress report to the meeting of the Committee in September 2025."],
                 [A("the Head of Roads and Transportation undertook to add the route to the reserve list of schemes.", HRT),
                  A("to request a progress report to the meeting of the Committee in September 2025.", HRT, "2025-09")]),
            item("4", "EI/25/05", "HOUSEHOLD WASTE COLLECTION SERVICE REVIEW",
                 ["The Committee agreed:- (1) to approve the change to three-weekly collection of residual waste from 6 October 2025; (2) to instruct the Head of Waste and Fleet Services to deliver an information campaign to all households by 31 August 2025; (3) that households of six or more residents, or producing medical waste, may apply for additional capacity; and (4) to request a report on the first six months of operation to the Committee in May 2026."],
                 [A("to instruct the Head of Waste and Fleet Services to deliver an information campaign to all households by 31 August 2025", HWF, "2025-08-31"),
                  A("to request a report on the first six months of operation to the Committee in May 2026.", HWF, "2026-05")]),
            item("5", "EI/25/06", "LOCAL FLOOD RISK MANAGEMENT PLAN 2022–2028: INTERIM PROGRESS",
                 ["The Committee agreed:- (1) to note the progress made; (2) to approve the outline design of the Glenkerran Flood Protection Scheme for public exhibition; and (3) to note that the scheme would be notified under the Flood Risk Management (Scotland) Act 2009 in autumn 2025."],
                 [A("the Flood Risk Manager would hold a public exhibition in Glenkerran Village Hall in May 2025.",
                    "Flood Risk Manager (Dr Aileen Mowat)", "2025-05")]),
            item("6", "EI/25/07", "PUBLIC ELECTRIC VEHICLE CHARGING TARIFF",
                 ["The Committee agreed:- (1) to approve a tariff of 45p per kWh for rapid chargers and 38p per kWh for fast chargers from 1 April 2025; (2) to approve an overstay charge of £10 after 60 minutes at rapid chargers; and (3) to review the tariffs annually."],
                 [A("to review the tariffs annually.", None)]),
            item("7", "EI/25/08", "COMMUNITY TRANSPORT GRANT 2025/26",
                 ["The Committee agreed:- (1) to award a grant of £48,500 to Dalmorran Community Transport Limited for 2025/26; and (2) to instruct the Head of Roads and Transportation to agree a service level agreement with the organisation by 31 March 2025."],
                 [A("to instruct the Head of Roads and Transportation to agree a service level agreement with the organisation by 31 March 2025.", HRT, "2025-03-31")]),
            item("8", "EI/25/09", "ACTIVE TRAVEL: TULLOCHARD TO DALMORRAN SHARED PATH",
                 ["The Committee agreed:- (1) to approve Option B as the preferred route for the Tullochard to Dalmorran shared path; (2) to authorise the submission of a funding bid of £2.3 million to Transport Scotland by 28 March 2025; and (3) to note that construction could start in spring 2026, subject to funding."],
                 [A("to authorise the submission of a funding bid of £2.3 million to Transport Scotland by 28 March 2025", None, "2025-03-28")]),
            item("9", "EI/25/10", "BRIDGE INSPECTION AND ASSESSMENT: ANNUAL REPORT 2024",
                 ["The Committee agreed:- (1) to note the report; and (2) to note that the 18 tonne weight restriction at Balcaskie Bridge would remain until the strengthening works are complete."]),
            item("10", None, "EXCLUSION OF THE PUBLIC",
                 ["The Committee resolved, under Section 50A(4) of the Local Government (Scotland) Act 1973, to exclude the public from the meeting during consideration of the following item of business on the grounds that it involved the likely disclosure of exempt information of the class described in paragraphs 8 and 9 of Part 1 of Schedule 7A to the Act."]),
            item("11", "EI/25/11", "DISPOSAL OF FORMER ROADS DEPOT, MILL ROAD, AUCHENBRAE",
                 ["The Committee agreed:- (1) to declare the former roads depot at Mill Road, Auchenbrae surplus to operational requirements; and (2) to authorise the Director of Environment and Infrastructure to conclude the sale to Strathbeg Homes Limited at the price set out in the report."],
                 [A("to authorise the Director of Environment and Infrastructure to conclude the sale to Strathbeg Homes Limited at the price set out in the report.",
                    "Director of Environment and Infrastructure (Graham Pollock)")]),
        ],
    }],
}


def D(text, iso, what, after=None):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(text, at(after) - 1 if after else 0)}


facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Dalmorran Council", "aliases": ["Council"]},
        {"name": "Environment and Infrastructure Committee", "aliases": ["Committee"]},
        {"name": "Dalmorran Community Transport Limited", "aliases": []},
        {"name": "Glenkerran Flood Action Group", "aliases": []},
        {"name": "Scottish Environment Protection Agency", "aliases": ["SEPA"]},
        {"name": "Scottish Water", "aliases": []},
        {"name": "Transport Scotland", "aliases": []},
        {"name": "Strathbeg Homes Limited", "aliases": []},
    ],
    "dates": [
        D("Tuesday 18 February 2025", "2025-02-18", "meeting date"),
        D("10 December 2024", "2024-12-10", "previous meeting (minute approved)"),
        D("2025/26", "2025-04/2026-03", "roads and footways capital programme year", "There was submitted a report (EI/25/04)"),
        D("September 2025", "2025-09", "progress report on the capital programme due"),
        D("6 October 2025", "2025-10-06", "three-weekly residual waste collections start"),
        D("22 April 2025", "2025-04-22", "next Committee meeting (named in the amendment)"),
        D("31 August 2025", "2025-08-31", "deadline for the household information campaign"),
        D("May 2026", "2026-05", "report on first six months of three-weekly collections"),
        D("2022–2028", "2022/2028", "Local Flood Risk Management Plan period"),
        D("May 2025", "2025-05", "Glenkerran flood scheme public exhibition"),
        D("autumn 2025", "2025", "flood protection scheme notification"),
        D("1 April 2025", "2025-04-01", "new EV charging tariffs take effect"),
        D("2023/24", "2023-04/2024-03", "community transport journeys year"),
        D("31 March 2025", "2025-03-31", "deadline for community transport service level agreement"),
        D("28 March 2025", "2025-03-28", "deadline for active travel funding bid"),
        D("spring 2026", "2026", "shared path construction could start"),
        D("during 2024", "2024", "bridge inspections year (annual report 2024)"),
    ],
}

write_keys(STEM, meetings, facts)
