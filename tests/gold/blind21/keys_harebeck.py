from lib import PDF, Lines, write_keys
from make_harebeck import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, ref, title, resolutions=(), actions=()):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Harebeck Housing Association – Customer and Communities Committee minutes, 21 May 2025",
                    "kind": "minutes", "first_line": "Harebeck Housing Association",
                    "start_line": L.find("Harebeck Housing Association")}],
    "meetings": [{
        "body": "Customer and Communities Committee", "authority": "Harebeck Housing Association",
        "date": "2025-05-21", "time": "14:00",
        "venue": "Harebeck House, 22 Tanners Row, Harebeck, and via Zoom",
        "attendees": [
            att("Joanna Marsh", "Chair", "present"),
            att("Dr Kwame Asante", "Vice Chair", "present"),
            att("Rhiannon Pugh", "Resident Member", "present"),
            att("Stuart Ellery", None, "present"),
            att("Farah Qureshi", "Co-opted Member", "virtual"),
            att("Neil Brennan", "Director of Housing", "in_attendance"),
            att("Catherine Yeo", "Head of Repairs and Maintenance", "in_attendance"),
            att("Tomasz Nowak", "Head of Income", "in_attendance"),
            att("Sophie Langford", "Chair, Harebeck Tenants’ Forum (item 5 only)", "in_attendance"),
            att("Amelia Stott", "Governance Officer (minutes)", "in_attendance"),
            att("Graham Hurd", "Committee Member", "apologies"),
        ],
        "apologies": ["Graham Hurd"],
        "items": [
            item("1", None, "Welcome, apologies and quorum", [
                "The Committee noted the apologies and confirmed that the meeting was quorate."]),
            item("2", None, "Declarations of interest", [
                "The Committee agreed that RP could take part in item 6, as the policy applies to all residents equally."]),
            item("3", "Paper CC25/19", "Minutes of the meeting held on 19 March 2025 and action log", [
                "The minutes of the meeting held on 19 March 2025 were approved as an accurate record."
            ], [
                A("NB to publish the revised voids standard leaflet by 30 June.", "Neil Brennan", "2025-06-30"),
            ]),
            item("4", "Paper CC25/20", "Quarter 4 2024/25 performance report", [
                "The Committee noted the Quarter 4 2024/25 performance report."
            ], [
                A("CY to circulate a breakdown of emergency repairs completed outside 24 hours, by area and trade, by 30 June.",
                  "Catherine Yeo", "2025-06-30"),
                A("TN to bring a rent arrears recovery plan for Universal Credit cases to the September meeting.",
                  "Tomasz Nowak", "2025-09-17"),
            ]),
            item("5", "Paper CC25/21", "Tenant Satisfaction Measures 2024/25", [
                "The Committee recommended the TSM 2024/25 results and accompanying narrative to the Board for approval and publication."
            ], [
                A("AS to add the TSM results to the Board agenda for 25 June 2025.", "Amelia Stott", "2025-06-25"),
            ]),
            item("6", "Paper CC25/22", "Damp, Mould and Condensation Policy review", [
                "The Committee approved the revised Damp, Mould and Condensation Policy, subject to the amendment to paragraph 4.3 agreed at the meeting, with effect from 27 October 2025."
            ], [
                A("AS to update the policy register and publish the approved policy on the website by 13 June.",
                  "Amelia Stott", "2025-06-13"),
                A("CY to report progress on the damp and mould case backlog to each meeting.", "Catherine Yeo"),
            ]),
            item("7", "Paper CC25/23", "Resident Engagement Strategy 2025–2028", [
                "The Committee endorsed the Resident Engagement Strategy 2025–2028 and recommended it to the Board for approval on 25 June 2025."
            ]),
            item("8", "Paper CC25/24", "Customer and communities risk register", [
                "The Committee noted the customer and communities risk register and agreed to increase the residual score for risk CR07 (building safety compliance) from 12 to 16."
            ], [
                A("NB to update the risk register and report the change to the Audit and Risk Committee on 9 July.",
                  "Neil Brennan", "2025-07-09"),
            ]),
            item("9", None, "Any other business", [
                "The Committee agreed that JM, KA and RP would form the panel to recruit a replacement member."
            ], [
                A("JM to circulate a draft role profile for the vacancy to members by 30 June.", "Joanna Marsh",
                  "2025-06-30"),
            ]),
            item("10", "Paper CC25/25 (exempt)", "Tenancy fraud case review", [
                "The Committee agreed the recommended course of action set out in the confidential paper."]),
            item("11", None, "Date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Harebeck Housing Association", "name": "Resident Engagement Strategy 2025–2028 priorities",
        "kind": "priority", "period": "2025–2028", "source_line": L.find("Listening and responding – acting on"),
        "items": ["Listening and responding – acting on what residents tell us",
                  "Scrutiny with influence – a resident scrutiny panel that shapes services",
                  "Choice of channels – digital and face-to-face options for every service",
                  "Stronger communities – investing in local groups and neighbourhood spaces"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Harebeck Housing Association", "aliases": ["HHA"]},
        {"name": "Customer and Communities Committee", "aliases": []},
        {"name": "Harebeck Tenants’ Forum", "aliases": ["Tenants’ Forum"]},
        {"name": "Fieldview Research Ltd", "aliases": []},
        {"name": "Regulator of Social Housing", "aliases": []},
        {"name": "Housing Ombudsman", "aliases": []},
        {"name": "Audit and Risk Committee", "aliases": []},
    ],
    "dates": [
        {"text": "Wednesday 21 May 2025", "iso": "2025-05-21", "what": "meeting date"},
        {"text": "19 March 2025", "iso": "2025-03-19", "what": "previous meeting (minutes approved)"},
        {"text": "30 June", "iso": "2025-06-30", "what": "deadline for voids leaflet, emergency repairs breakdown and role profile"},
        {"text": "Quarter 4 2024/25", "iso": "2025-01/2025-03", "what": "performance report quarter"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "year of Universal Credit migration estimate"},
        {"text": "Tenant Satisfaction Measures 2024/25", "iso": "2024-04/2025-03", "what": "TSM survey year"},
        {"text": "30 June 2025", "iso": "2025-06-30", "what": "TSM submission deadline to the Regulator of Social Housing"},
        {"text": "25 June 2025", "iso": "2025-06-25", "what": "Board meeting (TSM results and strategy approval)"},
        {"text": "27 October 2025", "iso": "2025-10-27", "what": "Awaab's Law requirements and revised policy take effect"},
        {"text": "13 June", "iso": "2025-06-13", "what": "deadline to publish the approved damp and mould policy"},
        {"text": "2025–2028", "iso": "2025/2028", "what": "Resident Engagement Strategy period"},
        {"text": "9 July", "iso": "2025-07-09", "what": "Audit and Risk Committee meeting"},
        {"text": "September 2025", "iso": "2025-09", "what": "Stuart Ellery steps down at end of term"},
        {"text": "Wednesday 17 September 2025", "iso": "2025-09-17", "what": "next meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
