from lib import PDF, Lines, write_keys
from make_witherby import STEM

L = Lines(PDF / f"{STEM}.pdf")
PC = "Great Witherby Parish Council"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def D(text, iso, what, at=None, after=0):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(at or text, after)}


def item(num, title, res=(), acts=()):
    return {"number": num, "ref": None, "title": title, "resolutions": list(res), "actions": list(acts)}


meetings = {
    "components": [{"title": "Great Witherby Parish – Minutes of the Annual Parish Meeting, 23 April 2025", "kind": "minutes",
                    "first_line": "GREAT WITHERBY PARISH", "start_line": L.find("GREAT WITHERBY PARISH")}],
    "meetings": [{
        "body": "Annual Parish Meeting",
        "authority": PC,
        "date": "2025-04-23", "time": "19:30",
        "venue": "Village Hall, Church Lane, Great Witherby",
        "attendees": [
            att("Cllr Robert Allingham", "Chairman of Great Witherby Parish Council (presided)", "present"),
            att("Sue Pettigrew", "Parish Councillor", "present"),
            att("Alan Marsh", "Parish Councillor", "present"),
            att("Hannah Okoro", "Parish Councillor", "present"),
            att("County Councillor Janet Brierley", "County Councillor, Eastwold County Council", "in_attendance"),
            att("District Councillor Peter Goddard", "District Councillor, Witherby Vale District Council", "in_attendance"),
            att("PCSO Dan Whitlock", "PCSO, Eastwold Police", "in_attendance"),
            att("Mrs Clare Dobson", "Clerk to the Parish Council (minutes)", "in_attendance"),
            att("Parish Councillor Mike Fenn", "Parish Councillor", "apologies"),
            att("Revd Anna Sowerby", "Vicar, St Oswald’s Church", "apologies"),
        ],
        "apologies": ["Parish Councillor Mike Fenn", "Revd Anna Sowerby"],
        "items": [
            item("1", "Welcome and Apologies"),
            item("2", "Minutes of the Annual Parish Meeting held on 24 April 2024",
                 ["The minutes of the Annual Parish Meeting held on 24 April 2024 were approved by those present and signed by the Chairman."]),
            item("3", "Chairman’s Report"),
            item("4", "Reports from County and District Councillors"),
            item("5", "Police Report"),
            item("6", "Reports from Local Organisations"),
            item("7", "Questions from Residents", [],
                 [A("County Cllr Brierley agreed to report them to Eastwold Highways and chase a repair date.",
                    "County Councillor Janet Brierley"),
                  A("District Cllr Goddard said he would raise the request with Wolds Connect Buses, the operator.",
                    "District Councillor Peter Goddard"),
                  A("The Clerk would order two additional dog bins for the footpath.", "Mrs Clare Dobson (Clerk)")]),
            item("8", "Any Other Matters", ["Residents gave a vote of thanks to Mrs Dobson for her service to the parish."]),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": PC, "name": "The Parish Council’s priorities for 2025/26", "kind": "priority", "period": "2025/26",
        "source_line": L.find("The Parish Council’s priorities for 2025/26 are"),
        "items": ["Traffic calming on the B1247 through the village",
                  "Replacing the bus shelter on Mill Road",
                  "Securing the long-term future of the allotments at Low Field",
                  "Supporting a new youth club in the Village Hall"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": PC, "aliases": ["Parish Council"]},
        {"name": "Annual Parish Meeting", "aliases": []},
        {"name": "Eastwold County Council", "aliases": []},
        {"name": "Eastwold Highways", "aliases": []},
        {"name": "Witherby Vale District Council", "aliases": []},
        {"name": "Eastwold Police", "aliases": []},
        {"name": "Village Hall Management Committee", "aliases": []},
        {"name": "St Oswald’s Church", "aliases": []},
        {"name": "Great Witherby CE Primary School", "aliases": []},
        {"name": "Friends of Witherby School", "aliases": []},
        {"name": "Great Witherby Women’s Institute", "aliases": ["WI"]},
        {"name": "Witherby Wildlife Group", "aliases": []},
        {"name": "Great Witherby Community Speedwatch", "aliases": ["Community Speedwatch"]},
        {"name": "Wolds Connect Buses", "aliases": []},
    ],
    "dates": [
        D("Wednesday 23 April 2025", "2025-04-23", "meeting date"),
        D("24 April 2024", "2024-04-24", "previous Annual Parish Meeting (minutes approved)"),
        D("September 2024", "2024-09", "refurbished play area reopened"),
        D("6 March 2025", "2025-03-06", "Neighbourhood Plan referendum"),
        D("2025/26", "2025-04/2026-03", "precept year", at="The precept for 2025/26"),
        D("2025/26", "2025-04/2026-03", "period of the Parish Council's priorities", at="priorities for 2025/26 are"),
        D("the end of June 2025", "2025-06", "Clerk retires"),
        D("2025/26", "2025-04/2026-03", "rural road resurfacing programme year", at="2025/26, and that the Mill Road"),
        D("1 June 2025", "2025-06-01", "district garden waste charges take effect"),
        D("14 September 2025", "2025-09-14", "Women's Institute centenary"),
        D("July 2025", "2025-07", "speed survey results due"),
        D("April 2026", "2026-04", "next Annual Parish Meeting"),
    ],
}

write_keys(STEM, meetings, facts)
