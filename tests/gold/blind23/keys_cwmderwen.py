from lib import PDF, Lines, write_keys
from make_cwmderwen import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


COUNCIL = "Cwmderwen County Borough Council"
meetings = {
    "components": [{"title": "Cwmderwen County Borough Council – Cabinet – Record of Decisions, 22 January 2025",
                    "kind": "minutes", "first_line": "Cofnod o Benderfyniadau", "start_line": L.find("Cofnod o Benderfyniadau")}],
    "meetings": [{
        "body": "Cabinet", "authority": COUNCIL, "date": "2025-01-22", "time": "10:00",
        "venue": "Council Chamber, Civic Centre, Pontderwen (hybrid meeting)",
        "attendees": [
            att("Cllr Rhian Prosser", "Leader of the Council (Chair)", "present"),
            att("Cllr Gareth Llewellyn", "Deputy Leader; Cabinet Member for Finance and Resources", "present"),
            att("Cllr Sioned Bevan", "Cabinet Member for Education and the Welsh Language", "present"),
            att("Cllr Dafydd Harries", "Cabinet Member for Housing and Regeneration", "present"),
            att("Cllr Amanda Pugh", "Cabinet Member for Social Care and Wellbeing", "virtual"),
            att("Cllr Tomos Griffiths", "Cabinet Member for Environment and Climate Change", "present"),
            att("Cllr Leanne Morris", "Cabinet Member for Communities and Leisure", "present"),
            att("Cllr Bethan Rees", "Chair of the Overview and Scrutiny Management Committee", "also_present"),
            att("Mererid Owen", "Chief Executive", "in_attendance"),
            att("Paul Rowlands", "Corporate Director of Resources (Section 151 Officer)", "in_attendance"),
            att("Owain Price", "Corporate Director of Education", "in_attendance"),
            att("Ceri Jenkins", "Head of Legal and Democratic Services (Monitoring Officer)", "in_attendance"),
            att("Nia Roberts", "Democratic Services Officer", "in_attendance"),
            att("Cllr Huw Watkins", "Cabinet Member for Highways and Transport", "apologies"),
        ],
        "apologies": ["Cllr Huw Watkins"],
        "items": [
            item("CAB/25/01", "Revenue Budget Monitoring 2024/25 – Quarter 3",
                 ["Cabinet noted the projected overspend of £2.61m for 2024/25 and agreed that Corporate Directors will implement the spending controls set out in paragraph 5.2 of the report with immediate effect."],
                 [A("Corporate Directors will implement the spending controls set out in paragraph 5.2 of the report with immediate effect.",
                    "Corporate Directors")]),
            item("CAB/25/02", "Draft Revenue Budget 2025/26 and Medium Term Financial Plan 2025/26 – 2027/28",
                 ["Cabinet agreed the draft budget proposals for public consultation, including a proposed Council Tax increase of 6.5% for 2025/26, and agreed that the consultation will run from 23 January 2025 to 14 February 2025."]),
            item("CAB/25/03", "Welsh Language Promotion Strategy 2025–2030 (Strategaeth Hybu’r Gymraeg 2025–2030)",
                 ["Cabinet approved the Welsh Language Promotion Strategy 2025–2030 and its three priorities: (a) Welsh in the early years and in education; (b) Welsh in the workplace and public services; (c) Welsh in the community and social life."]),
            item("CAB/25/04", "School Organisation Proposal: Ysgol Gynradd Nant y Pandy and Ysgol Gynradd Tregwyn",
                 ["Cabinet approved the publication of a statutory notice proposing to close Ysgol Gynradd Nant y Pandy and Ysgol Gynradd Tregwyn and to open a new Welsh-medium primary school on the Tregwyn site from 1 September 2026."]),
            item("CAB/25/05", "Housing Revenue Account Business Plan 2025/26 and Rent Setting",
                 ["Cabinet approved the Housing Revenue Account Business Plan 2025/26 and an average rent increase of 2.7% from 7 April 2025, and authorised the Head of Housing to submit the Business Plan to the Welsh Government by 31 March 2025."],
                 [A("authorised the Head of Housing to submit the Business Plan to the Welsh Government by 31 March 2025.",
                    "Head of Housing", "2025-03-31")]),
            item("CAB/25/06", "Active Travel Network Map – Annual Progress Report",
                 ["Cabinet noted the progress report and agreed that the Head of Highways, Transport and Fleet will submit the 2025/26 active travel funding bid to Transport for Wales by 28 February 2025."],
                 [A("the Head of Highways, Transport and Fleet will submit the 2025/26 active travel funding bid to Transport for Wales by 28 February 2025.",
                    "Head of Highways, Transport and Fleet", "2025-02-28")]),
            item("CAB/25/07", "Disposal of Land at Heol y Felin Industrial Estate, Pontderwen (exempt)",
                 ["Cabinet approved the disposal of 1.8 hectares of land at Heol y Felin Industrial Estate to Derwen Valley Engineering Ltd on the terms set out in the exempt report."]),
        ],
    }],
}


def D(text, iso, what, after=0):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(text, after)}


facts = {
    "priority_lists": [{
        "owner": COUNCIL, "name": "Welsh Language Promotion Strategy 2025–2030 – three priorities",
        "kind": "priority", "period": "2025–2030", "source_line": L.find("Welsh in the early years and in education"),
        "items": ["Welsh in the early years and in education", "Welsh in the workplace and public services",
                  "Welsh in the community and social life"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": COUNCIL, "aliases": ["Cyngor Bwrdeistref Sirol Cwmderwen", "Council"]},
        {"name": "Overview and Scrutiny Management Committee", "aliases": []},
        {"name": "Welsh Government", "aliases": []},
        {"name": "Transport for Wales", "aliases": []},
        {"name": "Ysgol Gynradd Nant y Pandy", "aliases": []},
        {"name": "Ysgol Gynradd Tregwyn", "aliases": []},
        {"name": "Derwen Valley Engineering Ltd", "aliases": []},
    ],
    "dates": [
        D("Wednesday, 22 January 2025", "2025-01-22", "meeting date"),
        D("24 January 2025", "2025-01-24", "record of decisions published"),
        D("Monday 3 February 2025", "2025-02-03", "call-in period ends (5.00 pm); implementation date of CAB/25/03 to CAB/25/07"),
        D("2024/25", "2024-04/2025-03", "budget monitoring year"),
        D("2025/26", "2025-04/2026-03", "draft budget and Council Tax year", L.find("Draft Revenue Budget") - 1),
        D("2025/26 – 2027/28", "2025-04/2028-03", "Medium Term Financial Plan period"),
        D("23 January 2025 to 14 February 2025", "2025-01-23/2025-02-14", "budget consultation period"),
        D("6 March 2025", "2025-03-06", "deadline to set the budget and Council Tax"),
        D("2025–2030", "2025/2030", "Welsh Language Promotion Strategy period"),
        D("1 September 2026", "2026-09-01", "new Welsh-medium primary school opens"),
        D("2022–2032", "2022/2032", "Welsh in Education Strategic Plan period"),
        D("7 April 2025", "2025-04-07", "rent increase effective"),
        D("31 March 2025", "2025-03-31", "deadline to submit HRA Business Plan to Welsh Government"),
        D("28 February 2025", "2025-02-28", "deadline for active travel funding bid"),
    ],
}
write_keys(STEM, meetings, facts)
