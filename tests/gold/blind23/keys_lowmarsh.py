from lib import PDF, Lines, write_keys
from make_lowmarsh import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def item(title, resolutions=(), actions=()):
    return {"number": None, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


BOARD = "Keldside and Lowmarsh Ageing Well Partnership Board"
ATT = [("Cllr Janet Ormerod", "Chair; Cabinet Member for Adult Social Care"),
       ("Dr Samir Haddad", "Vice Chair; Clinical Director for Ageing Well"),
       ("Helen Trow", "Director of Adult Social Services"),
       ("Priya Raman", "Falls Prevention Lead"),
       ("Rachel Obi", "Head of Intermediate Care"),
       ("Mark Lowther", "Head of Housing Options"),
       ("Gillian Stead", "Chief Executive"),
       ("Tom Ashby", "Engagement Manager"),
       ("Sue Marsden", "Prevention Manager (for the falls item)"),
       ("Anna Kowalczyk", "Partnership Manager (notes)")]
# the whole meeting was held on Microsoft Teams, so every attendee is virtual
attendees = [{"name": n, "role": r, "status": "virtual"} for n, r in ATT]
attendees += [{"name": "Cllr Peter Haigh", "role": None, "status": "apologies"},
              {"name": "Dawn Fenwick", "role": None, "status": "apologies"},
              {"name": "Dr Ruth Aldous", "role": "Director of Public Health", "status": "apologies"}]
meetings = {
    "components": [{"title": "Keldside and Lowmarsh Ageing Well Partnership Board – notes and actions, 5 March 2025",
                    "kind": "minutes", "first_line": "Keldside and Lowmarsh Ageing Well Partnership Board",
                    "start_line": L.find("Keldside and Lowmarsh Ageing Well Partnership Board Notes and actions")}],
    "meetings": [{
        "body": BOARD, "authority": BOARD, "date": "2025-03-05", "time": "14:00", "venue": "Microsoft Teams",
        "attendees": attendees,
        "apologies": ["Cllr Peter Haigh", "Dawn Fenwick", "Dr Ruth Aldous"],
        "items": [
            item("Welcome, introductions and apologies"),
            item("Notes of the last meeting and action log",
                 ["Agreed: the notes of 4 December 2024 were accepted as an accurate record."],
                 [A("Action: Mark Lowther to bring the community transport mapping to the June meeting.", "Mark Lowther", "2025-06-04")]),
            item("Falls prevention pathway update",
                 ["Agreed: the Board endorsed the revised falls prevention pathway for implementation from 1 April 2025."],
                 [A("Action: Priya Raman to circulate the revised pathway to all member organisations by 21 March 2025.",
                    "Priya Raman", "2025-03-21"),
                  A("Action: Sue Marsden and Gillian Stead to arrange falls risk training for Age Well Keldside volunteers by 30 May 2025.",
                    "Sue Marsden and Gillian Stead", "2025-05-30")]),
            item("Winter 2024/25 review: hospital discharge",
                 ["Agreed: the Board noted the winter review and asked for a joint discharge improvement plan."],
                 [A("Action: Helen Trow and Rachel Obi to present a joint discharge improvement plan to the next meeting on 4 June 2025.",
                    "Helen Trow and Rachel Obi", "2025-06-04")]),
            item("Carers Strategy refresh 2025–2028",
                 ["Agreed: the four draft priorities were supported for public consultation."],
                 [A("Action: Anna Kowalczyk to circulate the consultation draft to members for comment by 14 March 2025.",
                    "Anna Kowalczyk", "2025-03-14")]),
            item("Digital inclusion for older people", [],
                 [A("Action: Dr Samir Haddad to explore ICB funding options for the digital buddies scheme and report back by 30 April 2025.",
                    "Dr Samir Haddad", "2025-04-30")]),
            item("Better Care Fund plan 2025/26",
                 ["Agreed: the Board recommended the draft Better Care Fund plan 2025/26 to both Health and Wellbeing Boards."],
                 [A("Action: Helen Trow to submit the Board’s comments to the Keldside Health and Wellbeing Board meeting on 19 March 2025.",
                    "Helen Trow", "2025-03-19")]),
            item("Dementia diagnosis and post-diagnostic support",
                 ["Agreed: the Board noted the update."],
                 [A("Action: Dr Samir Haddad to bring a dementia diagnosis recovery plan, including carers’ feedback, to the September 2025 meeting.",
                    "Dr Samir Haddad", "2025-09")]),
            item("Risk register", ["Agreed: the updated risk register was approved."]),
            item("Any other business"),
            item("Date of next meeting"),
        ],
    }],
}


def D(text, iso, what, after=0):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(text, after)}


facts = {
    "priority_lists": [{
        "owner": BOARD, "name": "Carers Strategy refresh 2025–2028 – draft priorities", "kind": "priority",
        "period": "2025–2028", "source_line": L.find("Carers Strategy refresh 2025–2028"),
        "items": ["Carers are identified early and recognised for what they do",
                  "Carers can get the right information and advice at the right time",
                  "Carers can take a break and look after their own health and wellbeing",
                  "Young carers and young adult carers are supported to achieve their ambitions"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": BOARD, "aliases": ["Ageing Well Partnership Board", "Board"]},
        {"name": "Keldside City Council", "aliases": []},
        {"name": "Lowmarsh Borough Council", "aliases": []},
        {"name": "NHS Keldside and Lowmarsh Integrated Care Board", "aliases": ["ICB"]},
        {"name": "Keldside Teaching Hospitals NHS Foundation Trust", "aliases": []},
        {"name": "Northvale Community Health NHS Trust", "aliases": []},
        {"name": "Age Well Keldside", "aliases": []},
        {"name": "Healthwatch Keldside", "aliases": []},
        {"name": "Keldvale Fire and Rescue Service", "aliases": []},
        {"name": "Lowmarsh Carers Centre", "aliases": []},
        {"name": "Keldside Health and Wellbeing Board", "aliases": []},
        {"name": "Lowmarsh Health and Wellbeing Board", "aliases": []},
    ],
    "dates": [
        D("Wednesday 5 March 2025", "2025-03-05", "meeting date"),
        D("4 December 2024", "2024-12-04", "previous meeting (notes accepted)"),
        D("in 2024", "2024", "falls admissions year compared with 2023"),
        D("1 April 2025", "2025-04-01", "revised falls prevention pathway implemented"),
        D("21 March 2025", "2025-03-21", "deadline to circulate revised falls pathway"),
        D("30 May 2025", "2025-05-30", "deadline for volunteer falls risk training"),
        D("Winter 2024/25", "2024/2025", "winter reviewed (hospital discharge)"),
        D("4 June 2025", "2025-06-04", "next meeting (joint discharge plan due)"),
        D("2025–2028", "2025/2028", "Carers Strategy period"),
        D("14 March 2025", "2025-03-14", "deadline for circulating consultation draft"),
        D("April 2024", "2024-04", "start of digital buddies scheme reporting period"),
        D("31 July 2025", "2025-07-31", "digital buddies funding ends"),
        D("30 April 2025", "2025-04-30", "deadline to report back on funding options"),
        D("2025/26", "2025-04/2026-03", "Better Care Fund plan year"),
        D("31 March 2025", "2025-03-31", "national Better Care Fund submission"),
        D("19 March 2025", "2025-03-19", "Keldside Health and Wellbeing Board meeting"),
        D("September 2025", "2025-09", "meeting to receive dementia diagnosis recovery plan"),
        D("June 2025", "2025-06", "Healthwatch Keldside annual report published", L.find("Any other business")),
        D("Wednesday 4 June 2025", "2025-06-04", "next meeting"),
    ],
}
write_keys(STEM, meetings, facts)
