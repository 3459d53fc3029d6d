from lib import PDF, Lines, write_keys
from make_wabishkaa import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Wabishkaa River First Nation – Chief and Council Regular Meeting Minutes, October 8, 2024",
                    "kind": "minutes", "first_line": "WABISHKAA RIVER FIRST NATION",
                    "start_line": L.find("WABISHKAA RIVER FIRST NATION")}],
    "meetings": [{
        "body": "Chief and Council", "authority": "Wabishkaa River First Nation", "date": "2024-10-08",
        "time": "6:00 p.m.",
        "venue": "Council Chambers, Band Administration Office, 12 Migizi Road, Wabishkaa River",
        "attendees": [
            att("Chief Marlene Shawanda", "Chief", "present"),
            att("Councillor Darren Migwans", "Councillor", "present"),
            att("Councillor Janine Wabegijig", "Councillor", "present"),
            att("Councillor Thomas Nahwegahbow", "Councillor", "present"),
            att("Councillor Lorna Trudeau", "Councillor", "virtual"),
            att("Councillor Reuben Toulouse", "Councillor", "apologies"),
            att("Brenda Osawamick", "Band Manager", "in_attendance"),
            att("Kyle Manitowabi", "Housing Manager", "in_attendance"),
            att("Sheila Corbiere", "Recording Secretary", "in_attendance"),
            att("Elder Agnes Kinoshameg", "Elder", "also_present"),
            att("Paul Lafrenière", "Northern Spruce Engineering Ltd. (Item 6)", "also_present"),
        ],
        "apologies": ["Councillor Reuben Toulouse"],
        "items": [
            item("1", "Opening Prayer and Welcome"),
            item("2", "Adoption of Agenda",
                 ["That Chief and Council adopt the agenda as amended with the addition of Item 10, Halloween Safety Patrol."]),
            item("3", "Declarations of Conflict of Interest"),
            item("4", "Approval of Minutes",
                 ["That Chief and Council approve the minutes of the regular meeting of September 24, 2024."]),
            item("5", "Band Manager’s Report",
                 ["That Chief and Council receive the Band Manager’s report for information."],
                 [A("Direction: Band Manager to write to ISC requesting the 2025-26 capital allocation letter by October 25, 2024.",
                    "Band Manager (Brenda Osawamick)", "2024-10-25")]),
            item("6", "Water Treatment Plant Upgrade",
                 ["That Chief and Council award the water treatment plant filter replacement contract to Northern Spruce Engineering Ltd. in the amount of $1,284,500 plus HST, funded by ISC, and authorize the Chief to sign a Band Council Resolution to that effect."],
                 [A("the contractor will run a temporary treatment unit during the changeover.",
                    "Northern Spruce Engineering Ltd.", None),
                  A("Direction: Band Manager to hold a community information session on the plant upgrade before November 15, 2024.",
                    "Band Manager (Brenda Osawamick)", "2024-11-15")],
                 ref="BCR #2024-25-019"),
            item("7", "Housing Allocations – Sunrise Crescent",
                 ["That Chief and Council approve the allocation of the three new rental units at Sunrise Crescent as recommended by the Housing Committee."]),
            item("8", "Community Safety and Well-Being Plan – Priorities",
                 ["That Chief and Council endorse the four Community Safety and Well-Being priorities for 2025–2027."],
                 [A("Direction: The Committee to bring a costed plan to the December 10, 2024 meeting.",
                    "Community Safety and Well-Being Committee", "2024-12-10")]),
            item("9", "Treaty Day Planning"),
            item("10", "Halloween Safety Patrol", [],
                 [A("Direction: Housing Manager to arrange the Halloween safety patrol with the OPP and the Volunteer Fire Department for October 31, 2024.",
                    "Housing Manager (Kyle Manitowabi)", "2024-10-31")]),
            item("11", "Next Meeting"),
            item("12", "Adjournment", ["That the meeting be adjourned at 8:42 p.m."]),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Wabishkaa River First Nation", "name": "Community Safety and Well-Being Plan priorities 2025–2027",
        "kind": "priority", "period": "2025–2027", "source_line": L.find("1. Youth land-based programming"),
        "items": ["Youth land-based programming", "Addictions and aftercare supports", "Elder safety and home checks",
                  "Emergency preparedness for wildfire and flooding"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Wabishkaa River First Nation", "aliases": ["WRFN"]},
        {"name": "Indigenous Services Canada", "aliases": ["ISC"]},
        {"name": "Northern Spruce Engineering Ltd.", "aliases": []},
        {"name": "Housing Committee", "aliases": []},
        {"name": "Community Safety and Well-Being Committee", "aliases": []},
        {"name": "Ontario Provincial Police", "aliases": ["OPP"]},
        {"name": "Wabishkaa River Volunteer Fire Department", "aliases": ["Volunteer Fire Department"]},
    ],
    "dates": [],
}


def D(text, iso, what, after=0):
    facts["dates"].append({"text": text, "iso": iso, "what": what, "source_line": L.find(text, after)})


D("Tuesday, October 8, 2024", "2024-10-08", "meeting date")
D("September 24, 2024", "2024-09-24", "previous regular meeting (minutes approved)")
D("2025-26", "2025-04/2026-03", "ISC capital allocation fiscal year (federal, April–March)")
D("September 30, 2024", "2024-09-30", "band office roof completed")
D("October 25, 2024", "2024-10-25", "deadline for letter to ISC")
D("November 15, 2024", "2024-11-15", "deadline for community information session")
D("2025–2027", "2025/2027", "Community Safety and Well-Being priorities period")
D("December 10, 2024", "2024-12-10", "meeting to receive the costed plan")
D("October 31, 2024", "2024-10-31", "Halloween safety patrol")
D("Tuesday, October 22, 2024", "2024-10-22", "next meeting")

write_keys(STEM, meetings, facts)
