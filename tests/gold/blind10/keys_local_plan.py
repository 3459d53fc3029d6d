"""Hand-made keys for the Wealdbury Local Plan Regulation 18 draft, Chapter 7 Transport and Movement."""
from lib import PDF, Lines, act, date, org, write_keys
from make_local_plan import STEM

L = Lines(PDF / f"{STEM}.pdf")
WBC = "Wealdbury Borough Council"
DCC = "Downshire County Council"

components = [{"title": "Wealdbury Local Plan 2024\u20132041, Regulation 18 Consultation Draft (January 2025): "
                        "Chapter 7 Transport and Movement",
               "kind": "plan", "first_line": "Transport and Movement",
               "start_line": L.find("Transport and Movement")}]


def row(ref, text, owner, due, timing):
    return act(L, text, owner, due, kind="infrastructure_scheme", code=ref, timing=timing)


facts = {
    "priority_lists": [{
        "owner": WBC, "name": "Strategic objectives addressed by this chapter (SO4, SO6, SO9, SO10)",
        "kind": "objective", "period": "2024\u20132041", "source_line": L.find("SO4 Enable a shift"),
        "items": ["Enable a shift from car use to walking, cycling and public transport",
                  "Deliver infrastructure in step with new homes and jobs",
                  "Reduce carbon emissions from transport and improve air quality in the town centre",
                  "Make streets safe and attractive for people of all ages and abilities"],
        "note": "codes SO4/SO6/SO9/SO10 dropped from the item text; a subset of the plan's objectives"}],
    "priority_changes": [],
    "actions": [
        act(L, "Downshire County Council will publish the Wealdbury LCWIP by summer 2025.", DCC, "2025",
            kind="commitment"),
        act(L, "The Council will work with Network Rail and Downshire County Council to prepare a business case "
               "for the interchange by March 2026.", WBC, "2026-03", kind="commitment"),
        act(L, "The Council will prepare a Parking Standards Supplementary Planning Document (SPD) for adoption by "
               "December 2025, replacing the 2012 standards.", WBC, "2025-12", kind="commitment"),
        row("TI-1", "Station Quarter bus\u2013rail interchange and cycle hub",
            "Downshire County Council; Network Rail; Wealdbury Borough Council", "2030", "2027\u20132030"),
        row("TI-2", "Ring Road (A2198) junction improvements at Mill Lane and Tonford Road", DCC, "2028",
            "2026\u20132028"),
        row("TI-3", "North Wealdbury to town centre cycle route (LCWIP route 3)",
            "Downshire County Council; developers of allocation WB12", "2029", "2026\u20132029"),
        row("TI-4", "Bus service enhancement: route 7 to every 12 minutes", "Weald Connect; Downshire County Council",
            None, "From 2027"),
        row("TI-5", "Public electric vehicle charging hubs in three town centre car parks", WBC, "2026",
            "2025\u20132026"),
    ],
    "organisations": [
        org(WBC, type="council"),
        org(DCC, type="council"),
        org("National Highways", type="public_body"),
        org("Network Rail", type="public_body"),
        org("Weald Connect", type="company"),
        org("Active Travel England", type="public_body"),
    ],
    "dates": [
        date(L, "January 2025", "2025-01", "Regulation 18 consultation draft published"),
        date(L, "2024\u20132041", "2024/2041", "Local Plan period"),
        date(L, "Friday 14 March 2025", "2025-03-14", "consultation closes (5pm)"),
        date(L, "2022\u20132037", "2022/2037", "Downshire Local Transport Plan 4 period"),
        date(L, "summer 2025", "2025-06/2025-08", "Wealdbury LCWIP to be published"),
        date(L, "March 2026", "2026-03", "interchange business case due"),
        date(L, "December 2025", "2025-12", "Parking Standards SPD adoption target"),
        date(L, "since 2019", "2019", "A2198 Ring Road declared an Air Quality Management Area"),
        date(L, "2027\u20132030", "2027/2030", "TI-1 timing"),
        date(L, "2026\u20132028", "2026/2028", "TI-2 timing"),
        date(L, "2026\u20132029", "2026/2029", "TI-3 timing"),
        date(L, "From 2027", "2027", "TI-4 start"),
        date(L, "2025\u20132026", "2025/2026", "TI-5 timing"),
        date(L, "45% by 2041", "2041", "mode-share target year"),
        date(L, "by 2030", "2030", "NO2 target year"),
    ],
}

write_keys(STEM, components, [], facts, notes={
    "priority_lists_note": "Policies T1-T5 are planning policies, not priorities, and are not keyed as a list; "
                           "the monitoring indicators are not priorities either.",
    "actions_note": "Actions are the 'will' commitments in paragraphs 7.4-7.6 and the five rows of the transport "
                    "infrastructure schedule (text = Scheme cell, owner = Lead / partners cell). Policy wording "
                    "('will be expected', 'must') is not an action.",
    "organisations_note": "Planning Policy (address line) and the venue/street names are not keyed; Manual for "
                          "Streets, Local Transport Note 1/20 and Building Regulations are documents."})
