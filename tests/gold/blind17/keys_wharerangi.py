from lib import PDF, Lines, write_keys
from make_wharerangi import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=()):
    return {"number": number, "ref": None, "title": title, "resolutions": list(resolutions), "actions": list(actions)}


meetings = {
    "components": [{"title": "Wharerangi Regional Council – Catchments and Climate Committee, Open Minutes, 14 May 2025",
                    "kind": "minutes", "first_line": "Wharerangi Regional Council",
                    "start_line": L.find("Wharerangi Regional Council")}],
    "meetings": [{
        "body": "Catchments and Climate Committee", "authority": "Wharerangi Regional Council", "date": "2025-05-14",
        "time": "09:30", "venue": "Council Chamber, Wharerangi Regional Council, 41 Tūranga Street, Kaipōhue",
        "attendees": [
            att("Cr Hemi Tawhai", "Chairperson", "present"),
            att("Cr Rachel Drummond", "Deputy Chairperson", "present"),
            att("Cr Michael Ashby", "Member", "present"),
            att("Cr Tania Kereama", "Member (from 9.52am)", "present"),
            att("Cr Bruce Lamont", "Member", "present"),
            att("Cr Priya Subramaniam", "Member", "present"),
            att("Ms Awhina Rangitoheriri", "Tangata Whenua Representative", "present"),
            att("Mr Rāwiri Pōkai", "Tangata Whenua Representative", "present"),
            att("Ms Catherine Venning", "Chief Executive", "in_attendance"),
            att("Mr Sione Latu", "Group Manager Catchment Operations", "in_attendance"),
            att("Dr Ellen Marsh", "Science Manager, Freshwater", "in_attendance"),
            att("Mr Dylan Grice", "Governance Advisor", "in_attendance"),
            att("Cr Gavin Petrie", "Member", "apologies"),
        ],
        "apologies": ["Cr Gavin Petrie"],
        "items": [
            item("1", "Karakia Tīmatanga | Opening Karakia"),
            item("2", "Ngā Whakapāha | Apologies",
                 ["That the committee accepts the apology for absence from Cr Gavin Petrie and the apology for lateness from Cr Tania Kereama."]),
            item("3", "Whakapuaki Whaipānga | Declarations of Interest"),
            item("4", "Whakaū i ngā Meneti | Confirmation of Minutes",
                 ["That the committee confirms the minutes of the Catchments and Climate Committee meeting held on 19 March 2025 as a true and correct record."]),
            item("5", "Ngā Pūrongo | Reports"),
            item("5.1", "Flood Protection Capital Works Programme 2025/26",
                 ["That the committee: a) receives the report “Flood Protection Capital Works Programme 2025/26”; b) notes that the Ōrewhiti stopbank upgrade is to be completed by 30 June 2026; c) recommends to Council that the $14.2 million programme be included in the Annual Plan 2025/26."]),
            item("5.2", "Freshwater Farm Plans – Implementation Update",
                 ["That the committee: a) receives the report “Freshwater Farm Plans – Implementation Update”; b) notes that 312 freshwater farm plans had been certified in the region as at 31 March 2025; c) requests staff to report back to the committee in August 2025 on certifier capacity and costs to farmers."],
                 [A("requests staff to report back to the committee in August 2025 on certifier capacity and costs to farmers.",
                    "Staff", "2025-08")]),
            item("5.3", "Draft Climate Resilience Strategy 2025–2035 | Rautaki Manawaroa Āhuarangi",
                 ["That the committee: a) receives the report “Draft Climate Resilience Strategy 2025–2035”; b) approves the draft Climate Resilience Strategy 2025–2035 for public consultation from 2 June 2025 to 4 July 2025; c) delegates to the Chairperson and the Chief Executive authority to make minor editorial amendments before release."]),
            item("6", "Te Aukati i te Marea | Resolution to Exclude the Public",
                 ["That the public be excluded from the following part of the proceedings of this meeting, namely item 7.1 Ōrewhiti Stopbank – Land Purchase, for the reasons set out in the table below."]),
            item("8", "Karakia Whakamutunga | Closing Karakia"),
        ],
    }],
}

facts = {
    "priority_lists": [{
        "owner": "Wharerangi Regional Council", "name": "Draft Climate Resilience Strategy 2025–2035 – four pou",
        "kind": "strategic_priority", "period": "2025–2035", "source_line": L.find("Pou 1 – Communities that can adapt"),
        "items": ["Communities that can adapt", "Resilient infrastructure and lifelines", "Nature-based solutions",
                  "Partnership with tangata whenua"]}],
    "priority_changes": [],
    "actions": [],
    "organisations": [
        {"name": "Wharerangi Regional Council", "aliases": ["Te Kaunihera ā-Rohe o Wharerangi"]},
        {"name": "Catchments and Climate Committee", "aliases": ["Komiti Awa me te Āhuarangi"]},
        {"name": "Wharerangi Iwi Leaders Forum", "aliases": []},
    ],
    "dates": [
        {"text": "Wednesday 14 May 2025", "iso": "2025-05-14", "what": "meeting date"},
        {"text": "19 March 2025", "iso": "2025-03-19", "what": "previous committee meeting (minutes confirmed)"},
        {"text": "2025/26", "iso": "2025-07/2026-06", "what": "Flood Protection Capital Works Programme / Annual Plan year (NZ financial year)"},
        {"text": "30 June 2026", "iso": "2026-06-30", "what": "Ōrewhiti stopbank upgrade completion"},
        {"text": "November 2024", "iso": "2024-11", "what": "regional rollout of freshwater farm plans began"},
        {"text": "31 March 2025", "iso": "2025-03-31", "what": "date of the certified farm plan count (312)"},
        {"text": "August 2025", "iso": "2025-08", "what": "staff report back on certifier capacity"},
        {"text": "2025–2035", "iso": "2025/2035", "what": "Climate Resilience Strategy period"},
        {"text": "23 July 2025", "iso": "2025-07-23", "what": "hearings on submissions"},
        {"text": "September 2025", "iso": "2025-09", "what": "final strategy expected to be adopted by Council"},
        {"text": "2 June 2025 to 4 July 2025", "iso": "2025-06-02/2025-07-04", "what": "public consultation on the draft strategy"},
        {"text": "Wednesday 25 June 2025", "iso": "2025-06-25", "what": "next committee meeting"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
