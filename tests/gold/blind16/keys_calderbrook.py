from lib import PDF, Lines, write_keys
from make_calderbrook import STEM

L = Lines(PDF / f"{STEM}.pdf")
HOH = "Head of Housing (Fiona Ashworth)"


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Calderbrook Metropolitan Borough Council – Minutes of the Housing and Communities Scrutiny Committee, 21 January 2025",
                    "kind": "minutes", "first_line": "Calderbrook Metropolitan Borough Council",
                    "start_line": L.find("Calderbrook Metropolitan Borough Council")}],
    "meetings": [{
        "body": "Housing and Communities Scrutiny Committee",
        "authority": "Calderbrook Metropolitan Borough Council",
        "date": "2025-01-21", "time": "18:00",
        "venue": "Committee Room 2, Calderbrook Town Hall, Market Street, Calderbrook",
        "attendees": [
            att("Naseem Akhtar", "Chair", "present"),
            att("Bryony Tate", "Vice-Chair", "present"),
            att("Elaine Brough", "Councillor (substitute for Councillor Sangha)", "present"),
            att("Dermot Fairclough", "Councillor", "present"),
            att("Ioana Petrescu", "Councillor", "present"),
            att("Kenneth Stobart", "Councillor", "present"),
            att("Gail Whitlow", "Councillor", "present"),
            att("Mrs Valerie Hinde", "Co-opted Member, Calderbrook Tenants’ Federation", "present"),
            att("Rhys Mabbott", "Cabinet Member for Housing and Regeneration", "also_present"),
            att("Sunita Varma", "Cabinet Member for Communities and Neighbourhoods", "also_present"),
            att("Carl Yeadon", "Director of Housing and Neighbourhoods", "in_attendance"),
            att("Fiona Ashworth", "Head of Housing", "in_attendance"),
            att("Martin Pryce", "Private Sector Housing Manager", "in_attendance"),
            att("Leanne Crossley", "Democratic Services Officer", "in_attendance"),
            att("Paula Kerrigan", "Chief Executive, Brookside Community Homes (for Minute 45)", "in_attendance"),
            att("Imran Qadir", "Director of Property, Brookside Community Homes (for Minute 45)", "in_attendance"),
            att("Harpreet Sangha", "Councillor", "apologies"),
            att("Tom Riddiough", "Councillor", "apologies"),
        ],
        "apologies": ["Harpreet Sangha", "Tom Riddiough"],
        "items": [
            item("41", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
            item("42", "DECLARATIONS OF INTEREST"),
            item("43", "MINUTES OF THE PREVIOUS MEETING",
                 ["RESOLVED – That the minutes of the meeting held on 26 November 2024 be approved as a correct record and signed by the Chair."]),
            item("44", "DRAFT HOUSING ALLOCATIONS POLICY 2025",
                 ["RESOLVED – That (a) the comments of the Committee on the draft Housing Allocations Policy, as set out above, be referred to Cabinet for consideration at its meeting on 12 February 2025; (b) the Head of Housing provide a breakdown of the housing register by band and ward to the next meeting of the Committee (Action: Head of Housing); and (c) a further report on the first six months of the new policy be added to the Committee’s work programme for 2025/26."],
                 [A("The Head of Housing undertook to circulate the full equality impact assessment to members of the Committee by 31 January 2025.",
                    HOH, "2025-01-31"),
                  A("the Head of Housing provide a breakdown of the housing register by band and ward to the next meeting of the Committee",
                    HOH, "2025-03-18")]),
            item("45", "DAMP AND MOULD – PROGRESS REPORT FROM BROOKSIDE COMMUNITY HOMES",
                 ["RESOLVED – That the report be noted."],
                 [A("Members asked that Brookside Community Homes report the number of open cases by ward each quarter, starting with the quarter ending 31 March 2025.",
                    "Chief Executive, Brookside Community Homes (Paula Kerrigan)")]),
            item("46", "SELECTIVE LICENSING SCHEME – ANNUAL REVIEW",
                 ["RESOLVED – That (a) the progress made in the first year of the Selective Licensing Scheme be noted; and (b) Cabinet be recommended to consult on extending the scheme to the Lowerfold ward."],
                 [A("The Director of Housing and Neighbourhoods will write to the Ministry of Housing, Communities and Local Government about the cost of enforcement once the consultation on the Renters’ Rights Bill concludes.",
                    "Director of Housing and Neighbourhoods (Carl Yeadon)")]),
            item("47", "HOUSING REVENUE ACCOUNT BUDGET AND RENT SETTING 2025/26",
                 ["RESOLVED – That Cabinet be advised that the Committee supports the proposed Housing Revenue Account budget and rent increase for 2025/26, and asks that sheltered housing service charges be reviewed before 2026/27."]),
            item("48", "WORK PROGRAMME 2024/25",
                 ["RESOLVED – That the work programme be agreed, subject to the addition of an item on temporary accommodation costs at the meeting on 18 March 2025."]),
            item("49", "DATE AND TIME OF NEXT MEETING"),
        ],
    }],
}

m47 = L.find("HOUSING REVENUE ACCOUNT BUDGET AND RENT SETTING")
facts = {
    "priority_lists": [{
        "owner": "Calderbrook Metropolitan Borough Council",
        "name": "Calderbrook Housing Strategy 2023–2028 priorities", "kind": "priority", "period": "2023–2028",
        "source_line": L.find("Calderbrook Housing Strategy 2023–2028:"),
        "items": ["More affordable homes in every township",
                  "Safe, warm and decent homes in the private rented sector",
                  "Ending rough sleeping and reducing the use of temporary accommodation"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Calderbrook Metropolitan Borough Council", "aliases": []},
        {"name": "Housing and Communities Scrutiny Committee", "aliases": ["Committee"]},
        {"name": "Calderbrook Tenants’ Federation", "aliases": []},
        {"name": "Brookside Community Homes", "aliases": []},
        {"name": "Ministry of Housing, Communities and Local Government", "aliases": []},
    ],
    "dates": [
        {"text": "Tuesday, 21 January 2025", "iso": "2025-01-21", "what": "meeting date"},
        {"text": "26 November 2024", "iso": "2024-11-26", "what": "previous meeting (minutes approved)"},
        {"text": "2019 policy", "iso": "2019", "what": "current housing allocations policy (to be replaced)"},
        {"text": "1 July 2025", "iso": "2025-07-01", "what": "new Housing Allocations Policy takes effect if approved"},
        {"text": "2023–2028", "iso": "2023/2028", "what": "Calderbrook Housing Strategy period"},
        {"text": "31 January 2025", "iso": "2025-01-31", "what": "deadline to circulate the equality impact assessment"},
        {"text": "12 February 2025", "iso": "2025-02-12", "what": "Cabinet meeting to consider the Committee's comments"},
        {"text": "April 2024", "iso": "2024-04", "what": "start of period for damp and mould case figures"},
        {"text": "31 March 2025", "iso": "2025-03-31", "what": "end of first quarter for quarterly damp and mould reporting"},
        {"text": "1 October 2023", "iso": "2023-10-01", "what": "Selective Licensing Scheme came into force"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "HRA budget and rent year (also work programme year for the follow-up report)"},
        {"text": "7 April 2025", "iso": "2025-04-07", "what": "rent increase takes effect"},
        {"text": "2026/27", "iso": "2026-04/2027-03", "what": "sheltered housing service charges to be reviewed before this year"},
        {"text": "2024/25", "iso": "2024-04/2025-03", "what": "work programme municipal year"},
        {"text": "Tuesday, 18 March 2025", "iso": "2025-03-18", "what": "next meeting (temporary accommodation item added)"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], m47 - 1 if d["text"] == "2025/26" else 0)

write_keys(STEM, meetings, facts)
