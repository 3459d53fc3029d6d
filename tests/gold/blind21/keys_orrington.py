from lib import PDF, Lines, write_keys
from make_orrington import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


CLERK = "Clerk (Mrs H. Lockyer)"

meetings = {
    "components": [{"title": "Little Orrington Parish Council – Minutes of the meeting held on 9 June 2025",
                    "kind": "minutes", "first_line": "LITTLE ORRINGTON PARISH COUNCIL",
                    "start_line": L.find("LITTLE ORRINGTON PARISH COUNCIL")}],
    "meetings": [{
        "body": "Little Orrington Parish Council", "authority": "Little Orrington Parish Council",
        "date": "2025-06-09", "time": "19:30", "venue": "Little Orrington Village Hall",
        "attendees": [
            att("Cllr R. Ashdown", "Chairman", "present"),
            att("Cllr B. Pennycott", "Vice-Chairman", "present"),
            att("Cllr M. Fairlie", None, "present"),
            att("Cllr S. Kaur", None, "present"),
            att("Cllr T. Wragg", None, "present"),
            att("Cllr J. Cole", None, "present"),
            att("Mrs H. Lockyer", "Clerk and RFO", "in_attendance"),
            att("Cllr P. Gadd", "District Councillor (minutes P25/063 to P25/067 only)", "in_attendance"),
            att("Cllr D. Hurst", None, "apologies"),
        ],
        "apologies": ["Cllr D. Hurst"],
        "items": [
            item("P25/063", "Apologies for absence", ["RESOLVED that the reason for absence be accepted."]),
            item("P25/064", "Declarations of interest and requests for dispensations"),
            item("P25/065", "Minutes of the previous meeting", [
                "RESOLVED that the minutes of the meeting held on 12 May 2025, having been circulated, be approved as a true record and signed by the Chairman.",
            ]),
            item("P25/066", "Public participation", [], [
                A("The Clerk to report the speeding concerns to Wessmoor County Council Highways and request a speed survey on Church Lane.",
                  CLERK),
                A("Cllr Cole to arrange for the hedge at the recreation ground entrance to be cut back before the end of June.",
                  "Cllr J. Cole", "2025-06"),
            ]),
            item("P25/067", "Reports from District and County Councillors", [
                "County Cllr A. Morrow had sent a written report, which was noted.",
            ]),
            item("P25/068", "Finance", [
                "RESOLVED to approve the payments listed above, totalling £3,412.58, to be authorised online by two signatories.",
                "RESOLVED to approve Section 1, the Annual Governance Statement 2024/25.",
                "RESOLVED to approve Section 2, the Accounting Statements 2024/25, which were signed by the Chairman.",
            ], [
                A("The Clerk to publish the notice of the period for the exercise of public rights (16 June to 25 July 2025) and to submit the AGAR to the external auditor, Moreton Pryce LLP, by 30 June 2025.",
                  CLERK, "2025-06-30"),
            ]),
            item("P25/069", "Planning", [
                "25/00712/HOUS – Single-storey rear extension, 4 Mill Row. RESOLVED to make no objection.",
                "25/00745/OUT – Outline application for up to 18 dwellings, land north of Orchard Close. RESOLVED to object on the grounds that the site lies outside the settlement boundary in the Little Orrington Neighbourhood Plan 2019–2036 and that the proposed access onto Church Lane is unsafe.",
            ], [
                A("The Clerk to submit the Council’s objection to Orrdale District Council by 20 June 2025.",
                  CLERK, "2025-06-20"),
            ]),
            item("P25/070", "Open spaces and assets", [
                "RESOLVED to increase allotment rents to £38 per full plot and £20 per half plot from 1 October 2025.",
            ], [
                A("Cllr Pennycott to obtain three quotes for replacing the swing seats and the zip-wire trolley for the July meeting.",
                  "Cllr B. Pennycott", "2025-07-14"),
                A("The Clerk to write to all plot holders giving notice of the new rents by 30 June 2025.",
                  CLERK, "2025-06-30"),
            ]),
            item("P25/071", "Community defibrillator", [
                "RESOLVED to purchase replacement adult pads at a cost of £96.00 plus VAT.",
            ], [
                A("Cllr Kaur to order and fit the replacement pads.", "Cllr S. Kaur"),
            ]),
            item("P25/072", "Correspondence", [
                "The following were received and noted: Wessmoor Association of Local Councils weekly bulletins; Orrdale District Council consultation on the draft Community Infrastructure Levy charging schedule (closes 4 July 2025); a letter from Little Orrington Church of England Primary School thanking the Council for its grant towards the reading garden.",
            ]),
            item("P25/073", "Items for the next agenda"),
            item("P25/074", "Date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Little Orrington Parish Council", "aliases": []},
        {"name": "Orrington Allotment Society", "aliases": []},
        {"name": "Wessmoor County Council", "aliases": []},
        {"name": "Orrdale District Council", "aliases": []},
        {"name": "HMRC", "aliases": []},
        {"name": "Orrdale Groundcare Ltd", "aliases": []},
        {"name": "Wessmoor Lighting Ltd", "aliases": []},
        {"name": "Shire Mutual Insurance Ltd", "aliases": []},
        {"name": "Little Orrington Village Hall", "aliases": []},
        {"name": "Wessmoor Association of Local Councils", "aliases": []},
        {"name": "Hartwell Sayce LLP", "aliases": []},
        {"name": "Moreton Pryce LLP", "aliases": []},
        {"name": "RoSPA", "aliases": []},
        {"name": "Little Orrington Church of England Primary School", "aliases": []},
    ],
    "dates": [
        {"text": "Monday 9 June 2025", "iso": "2025-06-09", "what": "meeting date"},
        {"text": "12 May 2025", "iso": "2025-05-12", "what": "previous meeting (minutes approved)"},
        {"text": "end of June", "iso": "2025-06", "what": "hedge at recreation ground to be cut back"},
        {"text": "25 July 2025", "iso": "2025-07-25", "what": "Orrdale Local Plan Regulation 19 consultation closes"},
        {"text": "1 August 2025", "iso": "2025-08-01", "what": "garden waste subscription rises to £62"},
        {"text": "31 May 2025", "iso": "2025-05-31", "what": "bank reconciliation date"},
        {"text": "2024/25", "iso": "2024-04/2025-03", "what": "AGAR financial year"},
        {"text": "16 June to 25 July 2025", "iso": "2025-06-16/2025-07-25", "what": "period for the exercise of public rights"},
        {"text": "30 June 2025", "iso": "2025-06-30", "what": "deadline to submit the AGAR to the external auditor"},
        {"text": "2019–2036", "iso": "2019/2036", "what": "Little Orrington Neighbourhood Plan period"},
        {"text": "20 June 2025", "iso": "2025-06-20", "what": "deadline to submit objection to 25/00745/OUT"},
        {"text": "15 May 2025", "iso": "2025-05-15", "what": "RoSPA play area inspection report"},
        {"text": "1 October 2025", "iso": "2025-10-01", "what": "new allotment rents take effect"},
        {"text": "August 2025", "iso": "2025-08", "what": "defibrillator pads expire",
         "after": L.find("Cllr Kaur reported that the pads")},
        {"text": "4 July 2025", "iso": "2025-07-04", "what": "CIL draft charging schedule consultation closes"},
        {"text": "Monday 14 July 2025", "iso": "2025-07-14", "what": "next meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0) - 1 if "after" in d else 0)

write_keys(STEM, meetings, facts)
