"""Keys for the Waitapu Local Board minutes (typed by hand; only line numbers looked up)."""
from lib import PDF, Lines, act, att, dt, item, org, write_keys

STEM = "blind19-nz-waitapu-local-board-business-meeting-minutes-2025-03-19"
L = Lines(PDF / f"{STEM}.pdf")
B = "That the Waitapu Local Board: "

items = [
    item("1", "Nau mai | Welcome"),
    item("2", "Apologies", [B + "a) accept the apology from Member T Brightwater for absence and from Member H Roberts "
                                "for lateness."]),
    item("3", "Declaration of Interest"),
    item("4", "Confirmation of Minutes", [
        B + "a) confirm the ordinary minutes of its meeting, held on Wednesday, 19 February 2025, as true and correct."]),
    item("5", "Leave of Absence"),
    item("6", "Acknowledgements"),
    item("7", "Deputations"),
    item("7.1", "Deputation - Waitapu Coastal Restoration Trust", [
        B + "a) receive the presentation from Kiri Ngata of the Waitapu Coastal Restoration Trust and thank her for "
            "her attendance."]),
    item("8", "Public Forum"),
    item("9", "Waitapu Local Grants Round One 2024/2025 and Multiboard Grants Round One 2024/2025, grant allocations", [
        B + "a) approve the following applications in Waitapu Local Grants Round One 2024/2025: "
            "Application ID Organisation Project Amount granted "
            "LG2504-103 Waitapu Netball Club Incorporated Court resurfacing contribution $6,000 "
            "LG2504-109 Te Kōhanga Reo o Waitapu Trust Shade sail for outdoor play area $4,500 "
            "LG2504-112 Friends of Pūriri Gully Reserve Weed control and native planting $3,250 "
            "LG2504-121 Waitapu Senior Citizens Association Hall hire for weekly activities $1,800 "
            "b) decline application LG2504-117 from Ōtaruhe Model Engineers Incorporated due to lower alignment with "
            "the local board's priorities."]),
    item("10", "Approval of the Waitapu Local Board Environment Work Programme 2025/2026", [
        B + "a) approve the Environment Work Programme 2025/2026 as set out in Attachment A, excluding the Kerbside "
            "Food Scraps Education line b) delegate authority to the Chairperson to approve minor amendments to the "
            "work programme c) request staff to report back on the costs of the Pūriri Gully stream restoration by "
            "June 2025."], [
        act(L, "request staff to report back on the costs of the Pūriri Gully stream restoration by June 2025.",
            "staff", "2025-06")]),
    item("11", "Naming of a new road at 48 Te Rangi Road, Waitapu", [
        B + "a) approve the name Pōhutukawa Rise for the new private road at 48 Te Rangi Road, Waitapu, in "
            "accordance with section 319(1)(j) of the Local Government Act 1974."]),
    item("12", "Chairperson's report", [B + "a) receive Chairperson A Tane-Whitfield's verbal report."]),
    item("13", "Governance forward work calendar", [
        B + "a) note the governance forward work calendar as at 19 March 2025."]),
    item("14", "Consideration of Extraordinary Items"),
]

meeting = {
    "body": "Waitapu Local Board", "authority": "Ōtaruhe Council", "date": "2025-03-19", "time": "5.00pm",
    "venue": "Waitapu Local Board Office, 12 Kōwhai Street, Waitapu",
    "attendees": [
        att("Aroha Tane-Whitfield", "Chairperson"),
        att("Grant McKellar", "Deputy Chairperson"),
        att("Losa Faleolo", "Member"),
        att("Priya Raman", "Member"),
        att("Hemi Roberts", "Member (from 5.20pm, item 7.1)"),
        att("Sarah Cheeseman-Doyle", "Member", "virtual"),
        att("Julia Mahoe", "Ward Councillor", "also_present"),
        att("Tom Brightwater", "Member", "apologies"),
    ],
    "apologies": ["Tom Brightwater"],
    "items": items,
}
components = [{"title": "Open minutes of the Waitapu Local Board business meeting, 19 March 2025", "kind": "minutes",
               "first_line": "Waitapu Local Board OPEN MINUTES", "start_line": L.find("Waitapu Local Board OPEN MINUTES")}]

facts = {
    "priority_lists": [], "priority_changes": [], "actions": [],
    "organisations": [
        org("Waitapu Local Board"),
        org("Ōtaruhe Council"),
        org("Waitapu Surf Life Saving Club"),
        org("Waitapu Coastal Restoration Trust"),
        org("Waitapu Netball Club Incorporated"),
        org("Te Kōhanga Reo o Waitapu Trust"),
        org("Friends of Pūriri Gully Reserve"),
        org("Waitapu Senior Citizens Association"),
        org("Ōtaruhe Model Engineers Incorporated"),
    ],
    "dates": [
        dt(L, "Wednesday, 19 March 2025", "2025-03-19", "meeting date"),
        dt(L, "Wednesday, 19 February 2025", "2025-02-19", "previous ordinary meeting (minutes confirmed)"),
        dt(L, "Round One 2024/2025", "2024-07/2025-06", "Waitapu Local Grants Round One financial year"),
        dt(L, "Environment Work Programme 2025/2026", "2025-07/2026-06", "environment work programme year"),
        dt(L, "by June 2025", "2025-06", "deadline: staff report back on Pūriri Gully stream restoration costs"),
    ],
}

if __name__ == "__main__":
    write_keys(STEM, {"components": components, "meetings": [meeting]}, facts)
