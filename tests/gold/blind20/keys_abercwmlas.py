from lib import PDF, Lines, write_keys
from make_abercwmlas import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


CLERK = "Town Clerk (Mrs Ceri Watkins)"

meetings = {
    "components": [{"title": "Abercwmlas Town Council – Minutes of the Full Council Meeting, 10 March 2025",
                    "kind": "minutes", "first_line": "CYNGOR TREF ABERCWMLAS • ABERCWMLAS TOWN COUNCIL",
                    "start_line": L.find("CYNGOR TREF ABERCWMLAS • ABERCWMLAS TOWN COUNCIL")}],
    "meetings": [{
        "body": "Full Council", "authority": "Abercwmlas Town Council",
        "date": "2025-03-10", "time": "19:00", "venue": "Siambr y Cyngor, Neuadd y Dref, Stryd Fawr, Abercwmlas",
        "attendees": [
            att("Cllr Gwenllian Pryce-Jones", "Town Mayor, in the Chair", "present"),
            att("Dafydd Rowlands", "Deputy Mayor", "present"),
            att("Siân Evans", None, "present"),
            att("Huw Bevan", None, "present"),
            att("Meinir Thomas", None, "present"),
            att("Rhodri ap Iwan", None, "present"),
            att("Keith Morgan", None, "present"),
            att("Bethan Llewellyn", None, "present"),
            att("Tom Hackett", None, "present"),
            att("Mrs Ceri Watkins", "Town Clerk", "in_attendance"),
            att("Mr Gareth Lloyd", "Deputy Clerk and Responsible Financial Officer", "in_attendance"),
            att("County Cllr Alun Price", "County Councillor (Glynmawr County Council, Abercwmlas ward)", "in_attendance"),
            att("Cllr Nia Gwilym", None, "apologies"),
            att("Cllr Owain Daniels", None, "apologies"),
        ],
        "apologies": ["Cllr Nia Gwilym", "Cllr Owain Daniels"],
        "items": [
            item("24/112", "Ymddiheuriadau / Apologies for absence",
                 ["Resolved: That the apologies for absence be accepted and the reasons approved."]),
            item("24/113", "Datgan Buddiant / Declarations of Interest"),
            item("24/114", "Cofnodion / Minutes",
                 ["Resolved: That the minutes of the Full Council meeting held on 10 February 2025 be approved and signed by the Mayor as a correct record."]),
            item("24/115", "Materion yn codi / Matters arising",
                 ["Resolved: That the Christmas lights contract with Seren Illuminations Ltd be renewed for three years from 1 October 2025 at £6,850 per annum."],
                 [A("Clerk to obtain three quotations for a replacement recycled-plastic bench for the April meeting.", CLERK, "2025-04-14"),
                  A("Clerk to notify Seren Illuminations Ltd and arrange for the contract to be signed.", CLERK)]),
            item("24/116", "Adroddiad y Cynghorydd Sir / County Councillor’s Report", [],
                 [A("Cllr Price agreed to raise this with the Head of Waste Services.", "County Cllr Alun Price")]),
            item("24/117", "Ceisiadau Cynllunio / Planning Applications",
                 ["Resolved: That the observations set out in the table above be submitted to Glynmawr County Council as the local planning authority."],
                 [A("Clerk to submit the observations to the planning department by 21 March 2025.", CLERK, "2025-03-21")]),
            item("24/118", "Cyllid / Finance",
                 ["Resolved: That the payments listed in Schedule 11, totalling £8,742.16, be approved.",
                  "The bank reconciliation at 28 February 2025 was received and signed by the Mayor.",
                  "Resolved: That grants be awarded to Abercwmlas Silver Band (£500), Cylch Meithrin Abercwmlas (£400) and Banc Bwyd Abercwmlas Food Bank (£750)."],
                 [A("Clerk to notify all five applicants of the outcome.", CLERK)]),
            item("24/119", "Cynllun y Cyngor Tref 2025–2030 / Town Council Plan 2025–2030",
                 ["Resolved: That the draft Town Council Plan 2025–2030 be approved for public consultation from 17 March 2025 to 30 April 2025."],
                 [A("Clerk to publish the draft plan in both languages on the Council’s website and in Abercwmlas Library.", CLERK)]),
            item("24/120", "Gohebiaeth / Correspondence",
                 ["Resolved: That Cllrs Thomas and Llewellyn attend the One Voice Wales planning training on 2 April 2025 and that the fee of £45 per person be paid.",
                  "Resolved: That permission be given for the use of Parc Coffa for Gŵyl Abercwmlas on Saturday 12 July 2025, subject to the Festival Committee providing a copy of its public liability insurance."],
                 [A("Resolved: That Cllrs Thomas and Llewellyn attend the One Voice Wales planning training on 2 April 2025 and that the fee of £45 per person be paid.",
                    "Meinir Thomas and Bethan Llewellyn", "2025-04-02")]),
            item("24/121", "Dyddiad y cyfarfod nesaf / Date of next meeting"),
        ],
    }],
}

facts = {
    "priority_lists": [
        {"owner": "Abercwmlas Town Council", "name": "Town Council Plan 2025–2030 priorities", "kind": "priority",
         "period": "2025–2030", "source_line": L.find("Town Council Plan 2025–2030"),
         "items": ["A thriving town centre", "Green spaces and climate action", "Welsh language and culture",
                   "Support for older and younger residents"]},
    ],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Abercwmlas Town Council", "aliases": ["Cyngor Tref Abercwmlas"]},
        {"name": "Glynmawr County Council", "aliases": []},
        {"name": "Seren Illuminations Ltd", "aliases": []},
        {"name": "Planning Committee", "aliases": []},
        {"name": "Abercwmlas Silver Band", "aliases": []},
        {"name": "Cylch Meithrin Abercwmlas", "aliases": []},
        {"name": "Banc Bwyd Abercwmlas Food Bank", "aliases": []},
        {"name": "Plan Working Group", "aliases": []},
        {"name": "One Voice Wales", "aliases": []},
        {"name": "Abercwmlas Festival Committee", "aliases": ["Pwyllgor Gŵyl Abercwmlas", "Festival Committee"]},
    ],
    "dates": [
        {"text": "Monday 10 March 2025", "iso": "2025-03-10", "what": "meeting date"},
        {"text": "10 February 2025", "iso": "2025-02-10", "what": "previous Full Council meeting (minutes approved)"},
        {"text": "30 September 2025", "iso": "2025-09-30", "what": "current Christmas lights contract ends"},
        {"text": "1 October 2025", "iso": "2025-10-01", "what": "renewed Christmas lights contract starts (three years)"},
        {"text": "27 February 2025", "iso": "2025-02-27", "what": "Glynmawr County Council budget set"},
        {"text": "1 April 2025", "iso": "2025-04-01", "what": "recycling centre closes on Wednesdays from"},
        {"text": "21 March 2025", "iso": "2025-03-21", "what": "deadline to submit planning observations"},
        {"text": "28 February 2025", "iso": "2025-02-28", "what": "bank reconciliation date"},
        {"text": "2025–2030", "iso": "2025/2030", "what": "Town Council Plan period"},
        {"text": "17 March 2025 to 30 April 2025", "iso": "2025-03-17/2025-04-30", "what": "public consultation on the draft Town Council Plan"},
        {"text": "2 April 2025", "iso": "2025-04-02", "what": "One Voice Wales planning training"},
        {"text": "Saturday 12 July 2025", "iso": "2025-07-12", "what": "Gŵyl Abercwmlas in Parc Coffa"},
        {"text": "Monday 14 April 2025", "iso": "2025-04-14", "what": "next meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"])

write_keys(STEM, meetings, facts)
