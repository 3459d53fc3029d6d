from lib import PDF, Lines, write_keys
from make_bramwick import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Bramwick Borough Council – Minutes of the Cabinet, 15 January 2025", "kind": "minutes",
                    "first_line": "Bramwick Borough Council", "start_line": L.find("Bramwick Borough Council")}],
    "meetings": [{
        "body": "Cabinet", "authority": "Bramwick Borough Council", "date": "2025-01-15", "time": "18:00",
        "venue": "Council Chamber, Bramwick Town Hall, Market Square, Bramwick",
        "attendees": [
            att("Cllr Ayesha Rahman", "Leader of the Council, Chair", "present"),
            att("Cllr David Pryce", "Deputy Leader; Finance and Resources", "present"),
            att("Cllr Sophie Marchetti", "Housing and Homelessness", "present"),
            att("Cllr Nathan Oduya", "Environment and Climate", "present"),
            att("Cllr Lorna Kiely", "Communities and Leisure", "present"),
            att("Cllr Imran Shafiq", "Planning and Regeneration (did not vote)", "virtual"),
            att("Mark Fellowes", "Chief Executive", "in_attendance"),
            att("Helen Okonjo", "Director of Finance and Section 151 Officer", "in_attendance"),
            att("Gareth Lyle", "Head of Legal Services and Monitoring Officer", "in_attendance"),
            att("Priya Venkat", "Head of Housing", "in_attendance"),
            att("Simon Astbury", "Democratic Services Officer", "in_attendance"),
            att("Cllr Bryony Hale", "Leader of the Opposition", "also_present"),
            att("Cllr Peter Quist", "Chair of the Overview and Scrutiny Committee (for item 9)", "also_present"),
            att("Cllr Frances Doyle", "Cabinet Member for Health and Wellbeing", "apologies"),
        ],
        "apologies": ["Cllr Frances Doyle"],
        "items": [
            item("1", "APOLOGIES FOR ABSENCE"),
            item("2", "DECLARATIONS OF INTEREST"),
            item("3", "MINUTES",
                 ["Decision: That the minutes of the meeting of the Cabinet held on 4 December 2024 be approved as a correct record and signed by the Chair."]),
            item("4", "PUBLIC QUESTIONS", [],
                 [A("Cllr Oduya agreed to provide a written response to Mr Whitby within ten working days.", "Cllr Nathan Oduya")]),
            item("5", "MEDIUM TERM FINANCIAL STRATEGY 2025/26 TO 2028/29 AND DRAFT BUDGET 2025/26",
                 ["Decision: That Cabinet: (1) recommends to Council a net revenue budget of £18.42m for 2025/26 and a Band D council tax of £231.48, an increase of 2.99%; (2) recommends to Council the capital programme for 2025/26 to 2027/28 of £24.7m; and (3) notes the statement of the Section 151 Officer on the robustness of the estimates and the adequacy of reserves."],
                 ref="Report CAB/25/001"),
            item("6", "HOUSING ALLOCATIONS POLICY REVIEW",
                 ["Decision: That the revised Housing Allocations Policy be approved, to take effect from 1 April 2025, and that the Head of Housing be authorised to make minor amendments in consultation with the Cabinet Member for Housing and Homelessness."],
                 ref="Report CAB/25/002"),
            item("7", "TOWN CENTRE REGENERATION – ACQUISITION OF 12–18 BRIDGE STREET",
                 ["Decision: That Cabinet: (1) approves the acquisition of 12–18 Bridge Street, Bramwick for £2.1m plus costs; and (2) delegates authority to the Chief Executive, in consultation with the Leader, to agree final terms and complete the purchase."],
                 ref="Report CAB/25/003"),
            item("8", "CLIMATE ACTION PLAN – ANNUAL PROGRESS REPORT 2024",
                 ["Decision: That the report be noted."],
                 [A("He will bring a refreshed Climate Action Plan to Cabinet in July 2025.", "Cllr Nathan Oduya", "2025-07")],
                 ref="Report CAB/25/004"),
            item("9", "RECOMMENDATIONS OF THE OVERVIEW AND SCRUTINY COMMITTEE: FLY-TIPPING TASK AND FINISH GROUP",
                 ["Decision: That Cabinet accepts recommendations 1, 2 and 4 of the Fly-Tipping Task and Finish Group, and does not accept recommendation 3 (free bulky waste collections) for the reason set out in the report."],
                 [A("The Chief Executive to report progress on the accepted recommendations to the Overview and Scrutiny Committee in July 2025.",
                    "Chief Executive (Mark Fellowes)", "2025-07")],
                 ref="Report CAB/25/005"),
            item("10", "URGENT BUSINESS"),
        ],
    }],
}

facts = {
    "priority_lists": [],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Bramwick Borough Council", "aliases": []},
        {"name": "Overview and Scrutiny Committee", "aliases": []},
        {"name": "Bramwick Women’s Refuge", "aliases": []},
        {"name": "Bramwick Homes Partnership", "aliases": []},
        {"name": "Midland Vale Combined Authority", "aliases": []},
        {"name": "Fly-Tipping Task and Finish Group", "aliases": ["Task and Finish Group"]},
    ],
    "dates": [
        {"text": "Wednesday 15 January 2025", "iso": "2025-01-15", "what": "meeting date"},
        {"text": "4 December 2024", "iso": "2024-12-04", "what": "previous Cabinet meeting (minutes approved)"},
        {"text": "2025/26 TO 2028/29", "iso": "2025-04/2029-03", "what": "Medium Term Financial Strategy period"},
        {"text": "18 December 2024", "iso": "2024-12-18", "what": "provisional local government finance settlement received"},
        {"text": "2026/27", "iso": "2026-04/2027-03", "what": "year of the remaining £1.6m funding gap"},
        {"text": "9 January 2025", "iso": "2025-01-09", "what": "Overview and Scrutiny Committee meeting (budget comments)"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "budget year (draft budget 2025/26)", "after": L.find("2028/29 AND DRAFT BUDGET")},
        {"text": "2025/26 to 2027/28", "iso": "2025-04/2028-03", "what": "capital programme period"},
        {"text": "11 March 2025", "iso": "2025-03-11", "what": "deadline to set the budget and council tax"},
        {"text": "1 April 2025", "iso": "2025-04-01", "what": "revised Housing Allocations Policy takes effect"},
        {"text": "ANNUAL PROGRESS REPORT 2024", "iso": "2024", "what": "year covered by the Climate Action Plan progress report"},
        {"text": "2019/20", "iso": "2019-04/2020-03", "what": "emissions baseline year"},
        {"text": "July 2025", "iso": "2025-07", "what": "refreshed Climate Action Plan to Cabinet"},
        {"text": "July 2025", "after": L.find("The Chief Executive to report progress"), "iso": "2025-07", "what": "progress report on fly-tipping recommendations to Overview and Scrutiny Committee"},
        {"text": "Friday 17 January 2025", "iso": "2025-01-17", "what": "minutes published"},
        {"text": "Monday 27 January 2025", "iso": "2025-01-27", "what": "decisions come into force unless called in"},
        {"text": "26 February 2025", "iso": "2025-02-26", "what": "Council to consider budget recommendations"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
