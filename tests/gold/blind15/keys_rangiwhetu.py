from lib import PDF, Lines, write_keys
from make_rangiwhetu import STEM

L = Lines(PDF / f"{STEM}.pdf")
RDC = "Rangiwhetu District Council"
TABLE = L.find("Key projects for 2025/26")

ROWS = [
    ("Replace 6.5 km of ageing watermains in Rangiwhetu township", "2026-06"),
    ("Repair the flood-damaged piers and reopen the bridge to traffic, with 51% co-funding from NZ Transport Agency Waka Kotahi (NZTA)", "2025-12"),
    ("Fit out a backup emergency operations centre at Tāwhiri Hall with the Te Awa Civil Defence Emergency Management Group", "2026-03"),
    ("Complete community response plans with eight rural marae and halls", "2025-07/2026-06"),
    ("Complete the concept design and engage with mana whenua on the site", "2026-06"),
]
actions = [{"text": t, "owner": RDC, "due": d, "source_line": L.find(t, TABLE)} for t, d in ROWS]
for t, o, d in [
    ("We will report on how we did in our Annual Report, which will be published by 31 October 2026.", RDC, "2026-10-31"),
    ("Council will also review its Revenue and Financing Policy before consulting on the 2027–2037 Long Term Plan.", RDC, None),
    ("The Chief Executive will report on the bridge repair and water renewals to every meeting of the Infrastructure and Resilience Committee.",
     "Chief Executive", None),
]:
    actions.append({"text": t, "owner": o, "due": d, "source_line": L.find(t)})

meetings = {
    "components": [{"title": "Rangiwhetu District Council – Annual Plan 2025/26 (Mahere ā-Tau), pages 4–5", "kind": "plan",
                    "first_line": "Rangiwhetu District Council", "start_line": L.find("Rangiwhetu District Council")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": RDC, "name": "Council priorities for 2025/26 (stated in the Mayor's message)", "kind": "priority",
         "period": "2025/26", "source_line": L.find("keeping the average rates increase below 7%"),
         "items": ["keeping the average rates increase below 7%",
                   "renewing the ageing water pipes under Rangiwhetu township",
                   "getting the Kōwhai Street bridge open again",
                   "making sure our communities are ready for the next emergency"]},
        {"owner": RDC, "name": "Our community outcomes", "kind": "objective", "period": "2025/26",
         "source_line": L.find("Our community outcomes"),
         "items": ["He hapori haumaru – A safe community", "He taiao ora – A healthy environment",
                   "He ōhanga pakari – A thriving economy", "He hapori tūhono – A connected community"]},
    ],
    "priority_changes": [
        {"year": "2025/26", "change": "added", "priority": "making sure our communities are ready for the next emergency",
         "previously_part_of": None, "note": "added as a fourth priority after the June 2024 floods"},
        {"year": "2025/26", "change": "removed", "priority": "The District Plan review", "previously_part_of": None,
         "note": "a priority last year (2024/25); finished, so no longer on the list"},
    ],
    "actions": actions,
    "organisations": [
        {"name": RDC, "aliases": ["Te Kaunihera ā-Rohe o Rangiwhetu", "Council"]},
        {"name": "Te Rūnanga o Ngāti Whetu", "aliases": []},
        {"name": "Federated Farmers", "aliases": []},
        {"name": "Rangiwhetu Business Association", "aliases": []},
        {"name": "NZ Transport Agency Waka Kotahi", "aliases": ["NZTA"]},
        {"name": "Te Awa Civil Defence Emergency Management Group", "aliases": []},
        {"name": "Infrastructure and Resilience Committee", "aliases": []},
    ],
    "dates": [],
}


def D(text, iso, what, after=0):
    facts["dates"].append({"text": text, "iso": iso, "what": what, "source_line": L.find(text, after)})


D("2025/26", "2025-07/2026-06", "Annual Plan year (NZ financial year, July–June)")
D("1 July 2025 to 30 June 2026", "2025-07-01/2026-06-30", "plan year as stated")
D("2024–2034", "2024/2034", "Long Term Plan period")
D("June 2024", "2024-06", "floods")
D("24 March to 24 April 2025", "2025-03-24/2025-04-24", "consultation period")
D("13 May 2025", "2025-05-13", "hearings")
D("26 June 2025", "2025-06-26", "Annual Plan adopted")
D("31 October 2026", "2026-10-31", "Annual Report to be published by")
D("1 July 2025 – 30 June 2026", "2025-07-01/2026-06-30", "rating year")
D("20 August 2025", "2025-08-20", "rates instalment 1 due")
D("20 November 2025", "2025-11-20", "rates instalment 2 due")
D("20 February 2026", "2026-02-20", "rates instalment 3 due")
D("20 May 2026", "2026-05-20", "rates instalment 4 due")
D("By June 2026", "2026-06", "water pipe renewals Stage 2 completion", TABLE)
D("December 2025", "2025-12", "Kōwhai Street bridge reopening", TABLE)
D("March 2026", "2026-03", "backup emergency operations centre fit-out", TABLE)
D("Over 2025/26", "2025-07/2026-06", "community response plans", TABLE)
D("June 2026", "2026-06", "Pūtahi Road hub concept design", L.find("Pūtahi Road library") - 1)
D("2027/28", "2027-07/2028-06", "year the Long Term Plan had scheduled the bridge replacement")
D("2027–2037", "2027/2037", "next Long Term Plan period")
D("2026/27", "2026-07/2027-06", "year the Long Term Plan had scheduled hub construction to start")

write_keys(STEM, meetings, facts)
