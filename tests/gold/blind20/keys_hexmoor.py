from lib import PDF, Lines, write_keys
from make_hexmoor import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "NHS Hexmoor and Dunsley Integrated Care Board – Minutes of the Meeting of the Board held "
                             "in Public, 27 March 2025", "kind": "minutes",
                    "first_line": "Minutes of the Meeting of the Board held in Public",
                    "start_line": L.find("Minutes of the Meeting of the Board held in Public")}],
    "meetings": [{
        "body": "Board", "authority": "NHS Hexmoor and Dunsley Integrated Care Board",
        "date": "2025-03-27", "time": "10:00", "venue": "Boardroom, Wolsey House, 2 Canal Street, Dunsley",
        "attendees": [
            att("Dame Patricia Olowe", "Chair", "present"),
            att("Andrew Keswick", "Chief Executive", "present"),
            att("Dr Rehana Malik", "Chief Medical Officer", "present"),
            att("Susan Pargeter", "Chief Nursing Officer", "present"),
            att("Gareth Ellison", "Chief Finance Officer", "present"),
            att("Professor Mark Thursby", "Non-Executive Member", "present"),
            att("Yvonne Achebe", "Non-Executive Member and Chair of the Audit Committee", "present"),
            att("Cllr Denise Harland", "Partner Member – Local Authorities (Dunsley Metropolitan Borough Council)", "present"),
            att("Dr Omar Farooq", "Partner Member – Primary Medical Services (Brookfold Medical Practice)", "virtual"),
            att("Helen Crabtree", "Partner Member – NHS Trusts and Foundation Trusts (Hexmoor Teaching Hospitals NHS Foundation Trust)", "present"),
            att("Dr Ian Gowrie", "Director of Public Health (Hexmoor County Council), participant", "also_present"),
            att("Jo Whitlam", "Chief Executive (Healthwatch Dunsley), participant", "also_present"),
            att("Marcia Obi", "Chair (Hexmoor and Dunsley VCSE Alliance), participant", "also_present"),
            att("Lucy Brennan", "Director of Corporate Governance and Board Secretary", "in_attendance"),
            att("Kamal Hussain", "Director of Strategy and Transformation", "in_attendance"),
            att("Nadia Petrov", "Director of Primary Care (for item ICB 25/047)", "in_attendance"),
            att("Rachel Onions", "Corporate Governance Officer (minutes)", "in_attendance"),
            att("Michael Stannard", "Non-Executive Member", "apologies"),
            att("Cllr Peter Vause", "Partner Member – Local Authorities (Hexmoor County Council)", "apologies"),
        ],
        "apologies": ["Michael Stannard", "Cllr Peter Vause"],
        "items": [
            item("ICB 25/041", "Welcome, introductions and apologies for absence"),
            item("ICB 25/042", "Declarations of interest", ["The Board NOTED the declaration and the Chair’s ruling."]),
            item("ICB 25/043", "Minutes of the previous meeting held on 30 January 2025",
                 ["The Board APPROVED the minutes of the meeting held on 30 January 2025 as an accurate record."]),
            item("ICB 25/044", "Action log and matters arising",
                 ["The Board NOTED the action log and AGREED to close actions ICB 24/118 and ICB 25/009."]),
            item("ICB 25/045", "Questions from members of the public", [],
                 [A("ACTION: Lucy Brennan to publish the written responses to both questions on the ICB website.",
                    "Lucy Brennan", "2025-04-25")]),
            item("ICB 25/046", "Chair’s and Chief Executive’s report", ["The Board NOTED the report."],
                 [A("ACTION: Andrew Keswick to bring a paper setting out the ICB’s response to the running cost reduction to the next meeting of the Board.",
                    "Andrew Keswick", "2025-05-29")]),
            item("ICB 25/047", "Dental Access Plan 2025/26",
                 ["The Board APPROVED the Dental Access Plan 2025/26, including investment of £2.1m in urgent dental care sessions."],
                 [A("ACTION: Nadia Petrov to bring a six-month review of the urgent dental care sessions to the Primary Care Commissioning Committee.",
                    "Nadia Petrov", "2025-10")]),
            item("ICB 25/048", "Draft Operational Plan and Financial Plan 2025/26, including the system capital plan and the efficiency programme",
                 ["The Board APPROVED the draft Operational Plan 2025/26 for submission to NHS England on 30 April 2025 and delegated final sign-off to the Chair and the Chief Executive.",
                  "The Board NOTED the planned system deficit of £14.6m and the associated risks."],
                 [A("ACTION: Gareth Ellison to circulate the final submitted Operational Plan 2025/26 to Board members.",
                    "Gareth Ellison", "2025-05-02")]),
            item("ICB 25/049", "Integrated Performance Report – Month 10",
                 ["The Board NOTED the Integrated Performance Report and the actions being taken to recover four-hour A&E performance."],
                 [A("ACTION: Susan Pargeter to present a deep dive on ambulance handover delays at the next meeting.",
                    "Susan Pargeter", "2025-05-29")]),
            item("ICB 25/050", "Board Assurance Framework",
                 ["The Board APPROVED the updated Board Assurance Framework, including the increase in the score of risk BAF4 from 16 to 20."],
                 [A("ACTION: Lucy Brennan to revise the wording and controls of BAF4.", "Lucy Brennan", "2025-05-29")]),
            item("ICB 25/051", "Joint Forward Plan 2025–2030 refresh",
                 ["The Board APPROVED the refreshed Joint Forward Plan 2025–2030 for publication, subject to endorsement by the Hexmoor Health and Wellbeing Board and the Dunsley Health and Wellbeing Board."]),
            item("ICB 25/052", "Reports from Board committees", ["The Board NOTED the committee assurance reports."]),
            item("ICB 25/053", "Any other business and date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [
        {"owner": "NHS Hexmoor and Dunsley Integrated Care Board", "name": "ICB’s four priorities for 2025/26",
         "kind": "priority", "period": "2025/26", "source_line": L.find("ICB’s four priorities for 2025/26"),
         "items": ["Reduce the time people wait for planned care",
                   "Improve urgent and emergency care flow and ambulance handover times",
                   "Make it easier to get a GP or dental appointment",
                   "Shift resources into prevention, starting with cardiovascular disease"]},
    ],
    "priority_changes": [],
    "actions": [
        A("Report on progress with the Dunsley community diagnostic centre, including MRI capacity", "Kamal Hussain",
          "2025-05"),
    ],
    "organisations": [
        {"name": "NHS Hexmoor and Dunsley Integrated Care Board",
         "aliases": ["NHS Hexmoor and Dunsley ICB", "Hexmoor and Dunsley Integrated Care Board", "ICB"]},
        {"name": "Dunsley Metropolitan Borough Council", "aliases": []},
        {"name": "Brookfold Medical Practice", "aliases": []},
        {"name": "Hexmoor Teaching Hospitals NHS Foundation Trust", "aliases": []},
        {"name": "Hexmoor County Council", "aliases": []},
        {"name": "Healthwatch Dunsley", "aliases": []},
        {"name": "Hexmoor and Dunsley VCSE Alliance", "aliases": []},
        {"name": "NHS England", "aliases": []},
        {"name": "Hexmoor Health and Wellbeing Board", "aliases": []},
        {"name": "Dunsley Health and Wellbeing Board", "aliases": []},
        {"name": "Audit Committee", "aliases": []},
        {"name": "Quality Committee", "aliases": []},
        {"name": "Finance and Performance Committee", "aliases": []},
        {"name": "Primary Care Commissioning Committee", "aliases": []},
    ],
    "dates": [
        {"text": "Thursday 27 March 2025", "iso": "2025-03-27", "what": "meeting date"},
        {"text": "30 January 2025", "iso": "2025-01-30", "what": "previous Board meeting (minutes approved)"},
        {"text": "13 March 2025", "iso": "2025-03-13", "what": "national announcement on ICB running cost reductions"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "Dental Access Plan and Operational Plan year"},
        {"text": "September 2025", "iso": "2025-09", "what": "planned opening of the Hexmoor surgical hub"},
        {"text": "30 April 2025", "iso": "2025-04-30", "what": "submission of the Operational Plan to NHS England"},
        {"text": "March 2025 target", "iso": "2025-03", "what": "four-hour A&E target date (78%)"},
        {"text": "2025–2030", "iso": "2025/2030", "what": "Joint Forward Plan period"},
        {"text": "Thursday 29 May 2025", "iso": "2025-05-29", "what": "next Board meeting in public"},
        {"text": "May 2025", "iso": "2025-05", "what": "due date of carried-forward action ICB 25/012", "after": "Report on progress with the Dunsley"},
        {"text": "25/04/2025", "iso": "2025-04-25", "what": "due date of action ICB 25/045"},
        {"text": "29/05/2025", "iso": "2025-05-29", "what": "due date of actions ICB 25/046, 25/049 and 25/050"},
        {"text": "October 2025", "iso": "2025-10", "what": "due date of action ICB 25/047 (dental review)"},
        {"text": "02/05/2025", "iso": "2025-05-02", "what": "due date of action ICB 25/048"},
    ],
}
for d in facts["dates"]:
    after = d.pop("after", None)
    d["source_line"] = L.find(d["text"], L.find(after) - 1 if after else 0)

write_keys(STEM, meetings, facts)
