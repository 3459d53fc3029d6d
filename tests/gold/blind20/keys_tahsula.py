from lib import PDF, Lines, write_keys
from make_tahsula import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


R290 = ("THAT the Board thank the Nehalis Valley Streamkeepers Society for its presentation and direct staff to include "
        "the Society’s request for $15,000 per year in the 2025–2029 Financial Plan deliberations.")
R298 = ("THAT the Board direct staff to report back by March 31, 2025 on options for a seasonal Sunday opening of the "
        "Nehalis Transfer Station within the existing budget.")

meetings = {
    "components": [{"title": "Regional District of Tahsula – Minutes of the Regular Meeting of the Board of Directors, "
                             "November 21, 2024", "kind": "minutes", "first_line": "REGIONAL DISTRICT OF TAHSULA",
                    "start_line": L.find("REGIONAL DISTRICT OF TAHSULA")}],
    "meetings": [{
        "body": "Board of Directors", "authority": "Regional District of Tahsula",
        "date": "2024-11-21", "time": "13:30", "venue": "Board Room, 310 Cedar Avenue, Port Ardell, B.C.",
        "attendees": [
            att("Marion Keough", "Chair (Electoral Area A)", "present"),
            att("Tom Fedoruk", "Vice Chair (City of Port Ardell)", "present"),
            att("Gurjit Sahota", "Director (City of Port Ardell)", "present"),
            att("Leanne Cardinal", "Director (Electoral Area B)", "present"),
            att("Pete Vandermolen", "Director (Electoral Area C)", "present"),
            att("Arnie Kowalchuk", "Director (Electoral Area D)", "virtual"),
            att("Rosalind Yee", "Director (Village of Nehalis)", "present"),
            att("Brent Olafson", "Alternate Director (District of Sillaway Lake)", "present"),
            att("Cheryl Mackie", "Director (District of Sillaway Lake)", "apologies"),
            att("Harold Pinch", "Director (Electoral Area E)", "absent"),
            att("Dana Whitcombe", "Chief Administrative Officer", "in_attendance"),
            att("Karin Lund", "Corporate Officer", "in_attendance"),
            att("Jesse Ormond", "Manager of Planning and Development", "in_attendance"),
            att("Mike Tsang", "General Manager of Environmental Services", "in_attendance"),
            att("Alicia Dorey", "Recording Secretary", "in_attendance"),
        ],
        "apologies": ["Cheryl Mackie"],
        "items": [
            item("1", "CALL TO ORDER"),
            item("2", "APPROVAL OF AGENDA",
                 ["THAT the agenda for the November 21, 2024 Regular Board meeting be approved with the addition of item 9.1, Emergency Operations Centre Staffing."]),
            item("3", "ADOPTION OF MINUTES"),
            item("3.1", "Regular Board Meeting – October 24, 2024",
                 ["THAT the minutes of the Regular Board meeting held October 24, 2024 be adopted as circulated."]),
            item("3.2", "Committee of the Whole – November 7, 2024",
                 ["THAT the minutes of the Committee of the Whole meeting held November 7, 2024 be received."]),
            item("4", "DELEGATIONS"),
            item("4.1", "Nehalis Valley Streamkeepers Society – Tamsey Creek Coho Habitat Restoration", [R290],
                 [A(R290, "staff (Regional District of Tahsula)")]),
            item("4.2", "Port Ardell and District Chamber of Commerce – Rural Connectivity Survey"),
            item("5", "CORRESPONDENCE"),
            item("5.1", "Ministry of Emergency Management and Climate Readiness – Community Emergency Preparedness Fund",
                 ["THAT the letter dated October 30, 2024 from the Ministry of Emergency Management and Climate Readiness confirming a grant of $180,000 for evacuation route planning be received."]),
            item("6", "ADMINISTRATION"),
            item("6.1", "2025 Board and Committee Meeting Schedule",
                 ["THAT the 2025 Board and Committee meeting schedule be adopted as presented."]),
            item("6.2", "Strategic Priorities 2023–2026 – Third Quarter Progress Report",
                 ["THAT the Strategic Priorities 2023–2026 progress report for the third quarter of 2024 be received."]),
            item("7", "PLANNING AND DEVELOPMENT"),
            item("7.1", "Tahsula Zoning Amendment Bylaw No. 612, 2024 (4470 Benchland Road, Electoral Area C) – Third Reading and Adoption",
                 ["THAT “Tahsula Zoning Amendment Bylaw No. 612, 2024” be read a third time.",
                  "THAT “Tahsula Zoning Amendment Bylaw No. 612, 2024” be adopted."]),
            item("7.2", "Development Variance Permit DVP-24-09 (1188 Lakeshore Drive, Electoral Area B)",
                 ["THAT Development Variance Permit DVP-24-09 to reduce the front setback from 7.5 m to 4.0 m at 1188 Lakeshore Drive be issued."]),
            item("8", "ENVIRONMENTAL SERVICES"),
            item("8.1", "Nehalis Transfer Station – Sunday Opening",
                 ["THAT the Board direct staff to open the Nehalis Transfer Station on Sundays from April 1, 2025 and increase the 2025 solid waste requisition by $38,000 accordingly. DEFEATED",
                  R298],
                 [A(R298, "staff (Regional District of Tahsula)", "2025-03-31")]),
            item("9", "NEW BUSINESS"),
            item("9.1", "Emergency Operations Centre Staffing", [],
                 [A("The Chief Administrative Officer undertook to bring a report on Emergency Operations Centre staffing and training to the January 23, 2025 Board meeting.",
                    "Chief Administrative Officer (Dana Whitcombe)", "2025-01-23")]),
            item("10", "IN CAMERA",
                 ["THAT the meeting be closed to the public pursuant to Sections 90(1)(e) and 90(1)(k) of the Community Charter."]),
            item("11", "RISE AND REPORT",
                 ["THAT the Regional District of Tahsula enter into a five-year licence of occupation with the Nehalis Valley Streamkeepers Society for the Tamsey Creek hatchery site, commencing January 1, 2025."]),
            item("12", "ADJOURNMENT", ["THAT the meeting be adjourned."]),
        ],
    }],
}

facts = {
    "priority_lists": [
        {"owner": "Regional District of Tahsula (Board of Directors)", "name": "Strategic Priorities 2023–2026",
         "kind": "strategic_priority", "period": "2023–2026",
         "source_line": L.find("Strategic Priorities 2023–2026 – Third Quarter Progress Report"),
         "items": ["Housing Supply and Attainability", "Water Stewardship",
                   "Emergency Preparedness and Wildfire Resilience", "Regional Transit and Connectivity"]},
    ],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Regional District of Tahsula", "aliases": ["Regional District"]},
        {"name": "City of Port Ardell", "aliases": []},
        {"name": "Village of Nehalis", "aliases": []},
        {"name": "District of Sillaway Lake", "aliases": []},
        {"name": "Committee of the Whole", "aliases": []},
        {"name": "Nehalis Valley Streamkeepers Society", "aliases": ["Society"]},
        {"name": "Port Ardell and District Chamber of Commerce", "aliases": ["Chamber"]},
        {"name": "Ministry of Emergency Management and Climate Readiness", "aliases": []},
    ],
    "dates": [
        {"text": "Thursday, November 21, 2024", "iso": "2024-11-21", "what": "meeting date"},
        {"text": "October 24, 2024", "iso": "2024-10-24", "what": "previous Regular Board meeting (minutes adopted)"},
        {"text": "November 7, 2024", "iso": "2024-11-07", "what": "Committee of the Whole meeting (minutes received)"},
        {"text": "2019", "iso": "2019", "what": "baseline coho spawner count on Tamsey Creek"},
        {"text": "2025–2029", "iso": "2025/2029", "what": "Financial Plan period"},
        {"text": "October 30, 2024", "iso": "2024-10-30", "what": "date of the Ministry's grant letter"},
        {"text": "2025 Board and Committee meeting schedule", "iso": "2025", "what": "year of the adopted meeting schedule"},
        {"text": "2023–2026", "iso": "2023/2026", "what": "Strategic Priorities period"},
        {"text": "third quarter of 2024", "iso": "2024-07/2024-09", "what": "strategic priorities progress report period"},
        {"text": "November 7, 2024", "iso": "2024-11-07", "what": "public hearing on Bylaw No. 612", "after": "Electoral Area Directors only vote"},
        {"text": "April 1, 2025", "iso": "2025-04-01", "what": "proposed start of Sunday opening (motion defeated)"},
        {"text": "March 31, 2025", "iso": "2025-03-31", "what": "deadline for staff report on seasonal Sunday opening"},
        {"text": "August 2024", "iso": "2024-08", "what": "Granite Ridge wildfire"},
        {"text": "January 23, 2025", "iso": "2025-01-23", "what": "Board meeting to receive the EOC staffing report"},
        {"text": "January 1, 2025", "iso": "2025-01-01", "what": "start of the Tamsey Creek hatchery licence"},
    ],
}
for d in facts["dates"]:
    after = d.pop("after", None)
    d["source_line"] = L.find(d["text"], L.find(after) - 1 if after else 0)

write_keys(STEM, meetings, facts)
