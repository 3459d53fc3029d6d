from lib import PDF, Lines, write_keys
from make_manuroa import STEM

L = Lines(PDF / f"{STEM}.pdf")
OWNER = "Manuroa District Council"


def A(text, due=None, owner=OWNER, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


actions = [
    A("We have therefore chosen four priorities and will report progress to the community every year in our Annual Report."),
    A("Upgrade the Kōwhai Street wastewater treatment plant to meet new discharge consent conditions by 2027", "2027"),
    A("Renew 18 km of ageing water mains across Manuroa and Te Awaiti"),
    A("Rebuild the Ōrua Valley Road slip sites with NZ Transport Agency Waka Kotahi"),
    A("Complete flood protection upgrades on the Manuroa River stopbanks with Whenuaroa Regional Council by 2028", "2028"),
    A("Adopt a Climate Adaptation Plan for coastal communities by June 2026", "2026-06"),
    A("Introduce a kerbside food scraps collection from July 2026", "2026-07"),
    A("Plant 50,000 native trees along waterways with Te Rūnanga o Manuroa"),
    A("Reduce council operational emissions by 30% from 2019 levels"),
    A("Open the rebuilt Manuroa Library and Community Hub in 2026", "2026"),
    A("Extend free public Wi-Fi to all rural halls"),
    A("Co-design a Youth Plan with the Manuroa Youth Council"),
    A("Deliver a bilingual wayfinding programme with mana whenua"),
    A("Deliver the Manuroa Town Centre Plan, starting with the Wharf Street upgrade in 2025/26", "2025-07/2026-06"),
    A("Release 40 hectares of industrial land at Te Awaiti by 2028", "2028"),
    A("Support the Manuroa Business Hub to run a small business mentoring programme"),
    A("Develop a Destination Management Plan with Visit Whenuaroa"),
]

meetings = {
    "components": [{"title": "Manuroa District Council – Strategic Plan 2025–2029", "kind": "strategy",
                    "first_line": "MANUROA DISTRICT COUNCIL", "start_line": L.find("MANUROA DISTRICT COUNCIL Te Kaunihera")}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": OWNER, "name": "Our values", "kind": "objective", "period": "2025–2029",
         "source_line": L.find("Our values | Ō mātou uara"),
         "items": ["Manaakitanga", "Kaitiakitanga", "Pono", "Kotahitanga", "Auahatanga"]},
        {"owner": OWNER, "name": "Our four strategic priorities", "kind": "strategic_priority", "period": "2025–2029",
         "source_line": L.find("Our four strategic priorities"),
         "items": ["Resilient infrastructure", "Healthy environment", "Connected communities", "Prosperous local economy"]},
    ],
    "priority_changes": [],
    "actions": actions,
    "organisations": [
        {"name": "Manuroa District Council", "aliases": ["Te Kaunihera ā-Rohe o Manuroa", "Council"]},
        {"name": "NZ Transport Agency Waka Kotahi", "aliases": []},
        {"name": "Whenuaroa Regional Council", "aliases": []},
        {"name": "Te Rūnanga o Manuroa", "aliases": []},
        {"name": "Manuroa Youth Council", "aliases": []},
        {"name": "Manuroa Business Hub", "aliases": []},
        {"name": "Visit Whenuaroa", "aliases": []},
    ],
    "dates": [
        {"text": "Strategic Plan 2025–2029", "iso": "2025/2029", "what": "plan period"},
        {"text": "26 June 2025", "iso": "2025-06-26", "what": "adopted by Council"},
        {"text": "Manuroa 2035", "iso": "2035", "what": "vision horizon"},
        {"text": "October and November 2024", "iso": "2024-10/2024-11", "what": "Kōrero Manuroa engagement"},
        {"text": "Long Term Plan 2027–2037", "iso": "2027/2037", "what": "Long Term Plan period"},
        {"text": "by 2027", "iso": "2027", "what": "wastewater treatment plant upgrade"},
        {"text": "Manuroa River stopbanks with Whenuaroa Regional Council by 2028", "iso": "2028", "what": "stopbank flood protection upgrades"},
        {"text": "by June 2026", "iso": "2026-06", "what": "Climate Adaptation Plan adopted"},
        {"text": "from July 2026", "iso": "2026-07", "what": "kerbside food scraps collection starts"},
        {"text": "from 2019 levels", "iso": "2019", "what": "emissions baseline year"},
        {"text": "412 kg (2023/24)", "iso": "2023-07/2024-06", "what": "waste to landfill baseline year"},
        {"text": "in 2026", "iso": "2026", "what": "Manuroa Library and Community Hub opens"},
        {"text": "Wharf Street upgrade in 2025/26", "iso": "2025-07/2026-06", "what": "Wharf Street upgrade"},
        {"text": "Te Awaiti by 2028", "iso": "2028", "what": "industrial land released"},
        {"text": "Target 2029", "iso": "2029", "what": "target year for measures"},
        {"text": "92% (2024)", "iso": "2024", "what": "baseline year for measures"},
    ],
}
for d in facts["dates"]:
    d["source_line"] = L.find(d["text"], d.pop("after", 0))

write_keys(STEM, meetings, facts)
