"""Keys for the Safer Tollbridge Partnership Board notes and actions (typed by hand; only line numbers looked up)."""
from lib import PDF, Lines, act, att, dt, item, org, plist, write_keys

STEM = "blind19-uk-safer-tollbridge-partnership-board-notes-2025-01-22"
L = Lines(PDF / f"{STEM}.pdf")
LOG = L.find("Action log")
MO, JW, RC, SC = "Insp. Mark Oyelaran", "Jo Whitlam", "Ravi Chaudhry", "Sian Colbert"

items = [
    item(None, "Welcome, introductions and apologies"),
    item(None, "Notes and actions of the previous meeting", [
        "The notes of the meeting held on 12 November 2024 were agreed as an accurate record."], [
        act(L, "Share ASB case review data with SFRS for home fire safety referrals", MO, "2025-01", LOG),
        act(L, "Circulate revised information sharing agreement to all partners for signature", JW, "2025-02", LOG)]),
    item(None, "Serious Violence Duty – strategic needs assessment refresh", [
        "The Board agreed the SNA refresh timetable, with the draft SNA to come to the April meeting."], [
        act(L, "Circulate draft SNA to Board members", JW, "2025-03-31", LOG)]),
    item(None, "Anti-social behaviour – Q3 update", [], [
        act(L, "Present options for Eastgate car park (CCTV, lighting, closure hours)", f"{MO} and {JW}", "2025-04-23", LOG),
        act(L, "Submit PSPO consultation response on behalf of the Partnership", JW, "2025-02-28", LOG)]),
    item(None, "Domestic Homicide Review – 'Adult A'", [
        "The Board approved the DHR 'Adult A' overview report and action plan for submission to the Home Office "
        "Quality Assurance Panel."], [
        act(L, "Submit DHR 'Adult A' overview report to the Home Office", RC, "2025-02-14", LOG)]),
    item(None, "Partnership priorities 2025/26", [
        "Following the strategic assessment workshop on 4 December 2024, the Board agreed the following partnership "
        "priorities for 2025/26: serious violence; anti-social behaviour (including hate crime); violence against "
        "women and girls (VAWG); and reducing reoffending."]),
    item(None, "Any other business", [], [
        act(L, "Raise Street Pastors funding with OPCC and report back", SC, "2025-04-23", LOG)]),
    item(None, "Date of next meeting"),
]

meeting = {
    "body": "Safer Tollbridge Partnership Board", "authority": "Safer Tollbridge Partnership", "date": "2025-01-22",
    "time": "10:00", "venue": "Committee Room 2, Tollbridge Civic Centre and Microsoft Teams",
    "attendees": [
        att(SC, "Chair; Director of Communities (TBC)"),
        att(MO, "Neighbourhood Policing Inspector (SP)"),
        att("Dawn Fairweather", "Group Manager, Prevention (SFRS)", "virtual"),
        att(RC, "Head of Tollbridge PDU (PS)"),
        att(JW, "Community Safety Manager (TBC)"),
        att("Amira Haddad", "Designated Nurse, Safeguarding Adults (SICB)", "virtual"),
        att("Lee Brannigan", "Chief Executive (TVS)"),
        att("Kelly Pym", "Partnership Support Officer (notes) (TBC)", "in_attendance"),
        att("Cllr Dominic Rees", "Cabinet Member for Communities, TBC", "apologies"),
        att("Supt. Helen Draycott", "SP", "apologies"),
        att("Rachel Ince", "Tollbridge Homes", "apologies"),
    ],
    "apologies": ["Cllr Dominic Rees", "Supt. Helen Draycott", "Rachel Ince"],
    "items": items,
}
components = [{"title": "Safer Tollbridge Partnership Board – Notes and Actions, 22 January 2025", "kind": "minutes",
               "first_line": "Safer Tollbridge Partnership", "start_line": L.find("Safer Tollbridge Partnership Partnership Board")}]

facts = {
    "priority_lists": [
        plist(L, "Safer Tollbridge Partnership", "Partnership priorities 2025/26", "priority", "2025/26",
              ["serious violence", "anti-social behaviour (including hate crime)",
               "violence against women and girls (VAWG)", "reducing reoffending"], head="Partnership priorities 2025/26"),
        plist(L, "Safer Tollbridge Partnership", "Cross-cutting themes 2025/26", "cross_cutting_theme", "2025/26",
              ["substance misuse", "exploitation"], head="Cross-cutting themes of substance misuse"),
    ],
    "priority_changes": [
        {"year": "2025/26", "change": "merged", "priority": "Hate crime", "previously_part_of": None,
         "merged_into": "anti-social behaviour (including hate crime)",
         "source_line": L.find("Hate crime, a standalone priority in 2024/25")},
    ],
    "actions": [],
    "organisations": [
        org("Safer Tollbridge Partnership", "Partnership"),
        org("Tollbridge Borough Council", "TBC"),
        org("Sandholt Police", "SP"),
        org("Sandholt Fire and Rescue Service", "SFRS"),
        org("Probation Service", "PS"),
        org("Sandholt Integrated Care Board", "SICB", "ICB"),
        org("Tollbridge Voluntary Services", "TVS"),
        org("Office of the Sandholt Police and Crime Commissioner", "OPCC"),
        org("Tollbridge Homes"),
        org("Home Office"),
        org("Home Office Quality Assurance Panel"),
    ],
    "dates": [
        dt(L, "Wednesday 22 January 2025", "2025-01-22", "meeting date"),
        dt(L, "12 November 2024", "2024-11-12", "previous meeting (notes agreed)"),
        dt(L, "the April meeting", "2025-04-23", "draft SNA to come to the Board"),
        dt(L, "Q3 2024/25", "2024-10/2024-12", "ASB calls reporting quarter"),
        dt(L, "Q3 2023/24", "2023-10/2023-12", "ASB comparison quarter"),
        dt(L, "28 February 2025", "2025-02-28", "PSPO consultation closes"),
        dt(L, "4 December 2024", "2024-12-04", "strategic assessment workshop"),
        dt(L, "2025/26", "2025-04/2026-03", "partnership priorities period"),
        dt(L, "2024/25", "2024-04/2025-03", after=L.find("Hate crime, a standalone") - 1, what="hate crime was a standalone priority"),
        dt(L, "March 2025", "2025-03", "Tollbridge Street Pastors funding ends"),
        dt(L, "Wednesday 23 April 2025", "2025-04-23", "next meeting"),
        dt(L, "end Feb 2025", "2025-02", "revised deadline: information sharing agreement (A24/21)"),
        dt(L, "31 Mar 2025", "2025-03-31", "deadline: draft SNA circulated (A25/01)"),
        dt(L, "14 Feb 2025", "2025-02-14", "deadline: DHR report to Home Office (A25/04)"),
    ],
}

if __name__ == "__main__":
    write_keys(STEM, {"components": components, "meetings": [meeting]}, facts)
