from lib import PDF, Lines, write_keys
from make_trefynach import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


CLERK = "Deputy Town Clerk (Eleri Watkins)"
meetings = {
    "components": [{"title": "Trefynach Youth Council – Minutes, 23 January 2025", "kind": "minutes",
                    "first_line": "Cyngor Tref Trefynach", "start_line": L.find("Cyngor Tref Trefynach")}],
    "meetings": [{
        "body": "Trefynach Youth Council", "authority": "Trefynach Town Council", "date": "2025-01-23",
        "time": "5.30pm", "venue": "Youth Hub, Stryd y Bont (Bridge Street), Trefynach",
        "attendees": [
            att("Ffion Pritchard", "Maer Ieuenctid / Youth Mayor", "present"),
            att("Osian Lloyd", "Deputy Youth Mayor", "present"),
            att("Amara Okafor", None, "present"),
            att("Cerys Bevan", None, "present"),
            att("Jac Howells", None, "present"),
            att("Leila Haddad", None, "present"),
            att("Tomos Rees", None, "present"),
            att("Cllr Gwenllian Parry", "Town Council Youth Champion", "also_present"),
            att("Rhodri Hughes", "Youth Worker, Dyfnant Youth Service", "also_present"),
            att("Eleri Watkins", "Deputy Town Clerk, minutes", "also_present"),
            att("Gethin Morgan", None, "apologies"),
            att("Nia Edwards", None, "apologies"),
            att("Kian Davies", None, "absent"),
        ],
        "apologies": ["Gethin Morgan", "Nia Edwards"],
        "items": [
            item("YC25/01", "Croeso ac ymddiheuriadau / Welcome and apologies", [],
                 [A("Deputy Town Clerk to contact Kian Davies to ask whether he wishes to remain a Youth Councillor.", CLERK)]),
            item("YC25/02", "Datgan buddiant / Declarations of interest"),
            item("YC25/03", "Cofnodion / Minutes of the previous meeting",
                 ["RESOLVED: that the minutes of the meeting held on 28 November 2024 be approved as a correct record."]),
            item("YC25/04", "Blaenoriaethau ar gyfer 2025 / Youth Council priorities for 2025",
                 ["RESOLVED: that the Youth Council’s priorities for 2025 be mental health and wellbeing, things to do in the evenings and safer routes to school, and that these be presented to the Town Council on 10 February 2025."],
                 [A("Ffion Pritchard and Osian Lloyd to present the priorities to the Town Council on 10 February 2025.",
                    "Ffion Pritchard and Osian Lloyd", "2025-02-10")]),
            item("YC25/05", "Cronfa Grantiau Ieuenctid / Youth Grant Fund",
                 ["RESOLVED: to award £750 to Trefynach Skatepark Group and £400 to Dyfnant Young Carers from the 2024/25 Youth Grant Fund (6 for, 0 against; Jac Howells did not vote)."],
                 [A("Deputy Town Clerk to send award letters by 31 January 2025.", CLERK, "2025-01-31")]),
            item("YC25/06", "Ymgynghoriad ardal chwarae Parc y Felin / Parc y Felin play area consultation",
                 ["It was agreed that Amara Okafor and Tomos Rees will draft the Youth Council’s response for members to approve by email by 7 February 2025."],
                 [A("Amara Okafor and Tomos Rees will draft the Youth Council’s response for members to approve by email by 7 February 2025.",
                    "Amara Okafor and Tomos Rees", "2025-02-07")]),
            item("YC25/07", "Hyfforddiant / Training", ["The Youth Council noted the update."],
                 [A("Dyfnant Youth Service will run safeguarding and chairing skills training for Youth Councillors on Saturday 8 March 2025.",
                    "Dyfnant Youth Service", "2025-03-08")]),
            item("YC25/08", "Dyddiad y cyfarfod nesaf / Date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [
        {"owner": "Trefynach Youth Council", "name": "Youth Council priorities for 2025", "kind": "priority",
         "period": "2025", "source_line": L.find("Youth Council priorities for 2025"),
         "items": ["Mental health and wellbeing", "Things to do in the evenings", "Safer routes to school"]},
        {"owner": "Trefynach Youth Council", "name": "The 2024 priorities", "kind": "priority", "period": "2024",
         "source_line": L.find("The 2024 priorities were"),
         "items": ["public transport", "things to do in the evenings", "safer routes to school"]},
    ],
    "priority_changes": [
        {"year": "2025", "change": "added", "priority": "Mental health and wellbeing", "previously_part_of": None},
        {"year": "2025", "change": "removed", "priority": "Public transport", "previously_part_of": None,
         "note": "no longer a Youth Council priority; taken forward through the Town Council’s Transport Working Group"},
    ],
    "actions": [],
    "organisations": [
        {"name": "Trefynach Town Council", "aliases": ["Cyngor Tref Trefynach", "Town Council"]},
        {"name": "Trefynach Youth Council", "aliases": ["Cyngor Ieuenctid Trefynach", "Youth Council"]},
        {"name": "Dyfnant County Council", "aliases": []},
        {"name": "Dyfnant Youth Service", "aliases": []},
        {"name": "Trefynach Skatepark Group", "aliases": []},
        {"name": "Dyfnant Young Carers", "aliases": []},
        {"name": "Ysgol Uwchradd Trefynach", "aliases": []},
        {"name": "Transport Working Group", "aliases": []},
    ],
    "dates": [],
}


def D(text, iso, what, after=0):
    facts["dates"].append({"text": text, "iso": iso, "what": what, "source_line": L.find(text, after)})


D("Thursday 23 January 2025", "2025-01-23", "meeting date")
D("28 November 2024", "2024-11-28", "previous meeting (minutes approved)")
D("December 2024", "2024-12", "Llais Ni survey carried out")
D("10 February 2025", "2025-02-10", "priorities presented to the Town Council")
D("2024/25", "2024-04/2025-03", "Youth Grant Fund year")
D("31 January 2025", "2025-01-31", "deadline for grant award letters")
D("14 February 2025", "2025-02-14", "Parc y Felin play area consultation closes")
D("7 February 2025", "2025-02-07", "deadline for approving the consultation response")
D("Saturday 8 March 2025", "2025-03-08", "Youth Councillor training")
D("Thursday 20 March 2025", "2025-03-20", "next meeting")

write_keys(STEM, meetings, facts)
