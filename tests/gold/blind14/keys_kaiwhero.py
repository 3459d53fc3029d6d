from lib import PDF, Lines, actor, att, date_lines, item, write_keys
from make_kaiwhero import STEM

L = Lines(PDF / f"{STEM}.pdf")
A = actor(L)
LEAD = "That the Kaiwhero Community Board: "


def res(no, *limbs):
    return {"resolutions": [LEAD + " ".join(limbs)], "note": f"Resolution number {no}"}


def it(number, title, r=None, actions=()):
    d = item(number, title, actions=actions)
    if r:
        d["resolutions"] = r["resolutions"]
        d["note"] = r["note"]
    return d


meetings = {
    "components": [{"title": "Kaiwhero Community Board Open Minutes, 6 March 2025", "kind": "minutes",
                    "first_line": "Rākaupara", "start_line": L.find("Rākaupara Open Minutes")}],
    "meetings": [{
        "body": "Kaiwhero Community Board", "authority": "Rākaupara District Council", "date": "2025-03-06",
        "time": "16:00", "venue": "Kaiwhero Service Centre, 21 Wharf Street, Kaiwhero",
        "attendees": [
            att("Sarah Tipene", "Chairperson", "present"),
            att("Michael Ashby", "Deputy Chairperson", "present"),
            att("Rawiri Hohaia", "Member", "present"),
            att("Lena Kowalczyk", "Member", "present"),
            att("Councillor Tom Whitcombe", "Member", "present"),
            att("Diane Cossey", "Mayor (until 4.55pm, item 11)", "also_present"),
            att("Amy Lin", "Community Board Advisor", "in_attendance"),
            att("Peter Moana", "Parks Planning Team Leader", "in_attendance"),
            att("Grace Ellery", "Democracy Advisor", "in_attendance"),
            att("J Fraser", "Member", "apologies"),
        ],
        "apologies": ["J Fraser"],
        "items": [
            it("1", "Nau mai | Welcome"),
            it("2", "Apologies", res("KCB/2025/12", "a) accept the apology from Member J Fraser for absence.")),
            it("3", "Declaration of Interest"),
            it("4", "Confirmation of Minutes",
               res("KCB/2025/13", "a) confirm the ordinary minutes of its meeting, held on Thursday, 6 February 2025, as true and correct.")),
            it("5", "Leave of Absence"),
            it("6", "Acknowledgements"),
            it("7", "Petitions"),
            it("8", "Deputations / Presentations"),
            it("8.1", "Deputation – Kaiwhero Coastcare Trust",
               res("KCB/2025/14", "a) receive the deputation from the Kaiwhero Coastcare Trust and thank Mere Paki for her attendance.")),
            it("9", "Public Forum"),
            it("10", "Extraordinary Business"),
            it("11", "Kaiwhero Community Board Discretionary Fund 2024/2025 – Round Two",
               res("KCB/2025/15",
                   "a) approve a grant of $4,500 to the Kaiwhero Coastcare Trust towards community dune planting days.",
                   "b) approve a grant of $6,000 to the Kaiwhero Bowling Club towards resurfacing of the No. 2 green.",
                   "c) approve a grant of $2,750 to Kaiwhero Playcentre towards a shade sail.",
                   "d) decline the application from the Wharf Street Traders Association for Matariki lighting, due to insufficient remaining funds.")),
            it("12", "Kaiwhero Foreshore Reserve – Dog Access Rules",
               res("KCB/2025/16",
                   "a) recommend to the Rākaupara District Council Regulatory Committee that dogs be prohibited on the Kaiwhero Foreshore Reserve between 10.00am and 6.00pm from 1 December to 28 February each year.",
                   "b) request that staff report back to the board on compliance and signage by 30 September 2025."),
               [A("request that staff report back to the board on compliance and signage by 30 September 2025.",
                  "Rākaupara District Council staff", "2025-09-30")]),
            it("13", "Chairperson’s Report", res("KCB/2025/17", "a) receive the Chairperson’s report for March 2025.")),
            it("14", "Governance Forward Work Calendar",
               res("KCB/2025/18", "a) note the governance forward work calendar as at March 2025.")),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Kaiwhero Community Board",
        "name": "Board’s funding priorities (Kaiwhero Community Board Plan 2023–2026)",
        "kind": "priority", "period": "2023–2026",
        "source_line": L.find("board’s funding priorities in the Kaiwhero Community Board Plan 2023–2026"),
        "items": ["Connected and resilient communities", "A thriving town centre and local businesses",
                  "Healthy waterways, dunes and green spaces", "Celebrating Kaiwhero’s identity and te ao Māori"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Rākaupara District Council", "aliases": ["Te Kaunihera ā-Rohe o Rākaupara"]},
        {"name": "Kaiwhero Community Board", "aliases": []},
        {"name": "Kaiwhero Marae Committee", "aliases": []},
        {"name": "Kaiwhero Coastcare Trust", "aliases": []},
        {"name": "Kaiwhero Bowling Club", "aliases": []},
        {"name": "Kaiwhero Playcentre", "aliases": []},
        {"name": "Wharf Street Traders Association", "aliases": []},
        {"name": "Rākaupara District Council Regulatory Committee", "aliases": []},
    ],
    "dates": date_lines(L, [
        {"text": "Thursday, 6 March 2025", "iso": "2025-03-06", "what": "meeting date"},
        {"text": "Thursday, 6 February 2025", "iso": "2025-02-06", "what": "previous meeting (minutes confirmed)"},
        {"text": "2024/2025", "iso": "2024-07/2025-06", "what": "Discretionary Fund year (NZ local government financial year)"},
        {"text": "2023–2026", "iso": "2023/2026", "what": "Kaiwhero Community Board Plan period"},
        {"text": "30 September 2025", "iso": "2025-09-30", "what": "staff report-back on dog access compliance and signage"},
        {"text": "March 2025", "iso": "2025-03", "what": "month of the Chairperson's report",
         "after": L.find("Chairperson’s Report") - 1},
    ]),
}

write_keys(STEM, meetings, facts)
