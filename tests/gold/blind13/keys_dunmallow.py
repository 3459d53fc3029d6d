from lib import PDF, Lines, write_keys
from make_dunmallow import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Dunmallow County Council – Minutes of the Housing Strategic Policy Committee, 6th February 2025",
                    "kind": "minutes", "first_line": "Comhairle Contae Dhún Mhalla",
                    "start_line": L.find("Comhairle Contae Dhún Mhalla")}],
    "meetings": [{
        "body": "Housing Strategic Policy Committee", "authority": "Dunmallow County Council", "date": "2025-02-06",
        "time": "14:30", "venue": "Council Chamber, Áras an Chontae, Dunmallow",
        "attendees": [
            att("Cllr Seán Ó Dálaigh", "Cathaoirleach", "present"),
            att("Cllr Bridget Kenny", None, "present"),
            att("Cllr Paddy Moran", None, "present"),
            att("Cllr Aoife Gallagher", None, "present"),
            att("Cllr Tom Brosnan", None, "present"),
            att("Ms Niamh Cullinane", "Sectoral Member, Dunmallow Public Participation Network – Social Inclusion College", "present"),
            att("Mr Gerard Fahy", "Sectoral Member, Construction/Development sector", "present"),
            att("Ms Orla Keane", "Sectoral Member, Dunmallow Tenants’ Forum", "present"),
            att("Ms Caroline Hession", "Director of Services, Housing", "in_attendance"),
            att("Mr Brendan Tierney", "Senior Executive Officer", "in_attendance"),
            att("Ms Gráinne Walsh", "Administrative Officer and Meetings Administrator", "in_attendance"),
            att("Cllr Máire Ní Bhriain", None, "apologies"),
            att("Mr Declan Roche", "Approved Housing Bodies sector", "apologies"),
        ],
        "apologies": ["Cllr Máire Ní Bhriain", "Mr Declan Roche"],
        "items": [
            item("1", "Minutes of meeting held on 14th November 2024",
                 ["The minutes of the meeting held on 14th November 2024 were adopted on the proposal of Cllr Kenny, seconded by Cllr Moran."]),
            item("2", "Matters arising"),
            item("3", "Social Housing Delivery – Update", [],
                 [A("Ms Hession agreed to circulate a scheme-by-scheme delivery schedule to all members before the next meeting.",
                    "Ms Caroline Hession", "2025-05-15")]),
            item("4", "Draft Allocation Scheme 2025",
                 ["Following discussion, it was proposed by Cllr Gallagher, seconded by Ms Cullinane, that the draft Allocation Scheme 2025 be recommended to the full Council for adoption at its March meeting. This was agreed."]),
            item("5", "Vacant Homes Action Plan 2023–2026 – Progress Report",
                 ["Proposed by Cllr Brosnan, seconded by Cllr Kenny, and agreed that the SPC write to the Department of Housing, Local Government and Heritage seeking an increase in the Vacant Property Refurbishment Grant."],
                 [A("The Meetings Administrator to issue the letter on behalf of the Cathaoirleach.",
                    "Meetings Administrator (Ms Gráinne Walsh)")]),
            item("6", "Traveller Accommodation Programme 2025–2029", ["The update was noted."]),
            item("7", "SPC Work Programme 2025",
                 ["The work programme was adopted on the proposal of Ms Keane, seconded by Cllr Moran."]),
            item("8", "Any other business", [],
                 [A("Ms Hession undertook to arrange a site meeting with the local members and the Estate Management Section within four weeks.",
                    "Ms Caroline Hession")]),
            item("9", "Date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Housing Strategic Policy Committee, Dunmallow County Council",
        "name": "Priorities for the SPC’s work in 2025 (SPC Work Programme 2025)", "kind": "priority", "period": "2025",
        "source_line": L.find("The Cathaoirleach proposed the following priorities"),
        "items": ["Housing Need and Demand Assessment for the County Development Plan review",
                  "An age-friendly housing and rightsizing policy",
                  "Review of the Estate Management and Anti-Social Behaviour Strategy"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Dunmallow County Council", "aliases": ["Comhairle Contae Dhún Mhalla"]},
        {"name": "Housing Strategic Policy Committee", "aliases": ["SPC"]},
        {"name": "Dunmallow Public Participation Network", "aliases": []},
        {"name": "Dunmallow Tenants’ Forum", "aliases": []},
        {"name": "Department of Housing, Local Government and Heritage", "aliases": []},
        {"name": "Cluain Housing Association", "aliases": []},
        {"name": "Uisce Éireann", "aliases": []},
        {"name": "Local Traveller Accommodation Consultative Committee", "aliases": ["LTACC"]},
    ],
    "dates": [
        {"text": "Thursday, 6th February 2025", "iso": "2025-02-06", "what": "meeting date"},
        {"text": "14th November 2024", "iso": "2024-11-14", "what": "previous SPC meeting (minutes adopted)"},
        {"text": "2nd December 2024", "iso": "2024-12-02", "what": "letter on Cost Rental eligibility issued to the Department"},
        {"text": "2024", "iso": "2024", "what": "year of social housing delivery (212 homes)", "after": L.find("212 social homes") - 1},
        {"text": "March meeting", "iso": "2025-03", "what": "full Council meeting to consider the Allocation Scheme 2025"},
        {"text": "2023–2026", "iso": "2023/2026", "what": "Vacant Homes Action Plan period"},
        {"text": "2024", "iso": "2024", "what": "year of Vacant Property Refurbishment Grant applications", "after": L.find("had been received in 2024") - 1},
        {"text": "2025–2029", "iso": "2025/2029", "what": "Traveller Accommodation Programme period"},
        {"text": "3rd March to 14th April 2025", "iso": "2025-03-03/2025-04-14", "what": "public consultation on the draft Traveller Accommodation Programme"},
        {"text": "30th June 2025", "iso": "2025-06-30", "what": "deadline for adoption of the Traveller Accommodation Programme"},
        {"text": "2025", "iso": "2025", "what": "SPC work programme year", "after": L.find("SPC’s work in 2025") - 1},
        {"text": "Thursday, 15th May 2025", "iso": "2025-05-15", "what": "next meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
