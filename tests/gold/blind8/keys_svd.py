from keylib import *

d = Doc("blind8-uk-harrowden-wyke-serious-violence-strategy-2024-01")
L = d.line

YJS = "Harrowden Youth Justice Service"
HBC = "Harrowden Borough Council, with Wyke District Council"
POL = "Marlshire Police"
ICB = "NHS Harrowden and Wyke Integrated Care Board"
rows = [
    ("Fund two youth workers in the custody suite at Harrowden Police Station by September 2024", YJS, "2024-09"),
    ("Extend the Navigators programme to the A&E department at Harrowden General Hospital", YJS, None),
    ("Deliver a school-based mentoring programme in the five secondary schools with the highest exclusion rates",
     YJS, None),
    ("Introduce a Safe Space hub in Harrowden town centre on Friday and Saturday nights", HBC, None),
    ("Train 300 licensed premises staff in Welfare and Vulnerability Engagement (WAVE) by March 2025", HBC,
     "2025-03"),
    ("Review CCTV coverage and street lighting in identified hotspot locations", HBC, None),
    ("Run two weapon surrender campaigns each year, aligned with national Operation Sceptre weeks", POL, None),
    ("Install bleed control kits at 20 community sites", POL, None),
    ("Share hospital assault data with the police under the Information Sharing to Tackle Violence (ISTV) standard",
     POL, None),
    ("Commission a perpetrator behaviour change programme from April 2024", ICB, "2024-04"),
    ("Embed routine enquiry about domestic abuse in ICB-commissioned maternity and mental health services", ICB,
     None),
    ("Work with Marlshire Fire and Rescue Service to include domestic abuse awareness in Safe and Well visits", ICB,
     None),
]
actions = [act(d, t, o, due, words=6, kind="action_plan_row") for t, o, due in rows]
actions += [
    act(d, "This strategy will be reviewed every April, with the first review due in April 2025.",
        "Harrowden and Wyke Serious Violence Partnership", "2025-04", words=5, kind="commitment"),
    act(d, "The OPCC will publish an annual progress report each July, starting in July 2025.",
        "Marlshire Office of the Police and Crime Commissioner (OPCC)", "2025-07", kind="commitment"),
    act(d, "The Board will refresh the strategic needs assessment by January 2025.",
        "Harrowden and Wyke Serious Violence Partnership Board", "2025-01", kind="commitment"),
]

meetings = {
    "components": [{"title": "Harrowden and Wyke Serious Violence Strategy 2024–2027", "kind": "strategy",
                    "first_line": "Harrowden and Wyke Serious Violence Strategy 2024–2027", "start_line": 1}],
    "meetings": [],
}

facts = {
    "priority_lists": [
        {"owner": "Harrowden and Wyke Serious Violence Partnership", "name": "Our priorities at a glance",
         "kind": "priority", "period": "2024–2027", "source_line": L("Our priorities at a glance"),
         "items": ["Early intervention for young people", "Safer town centres and night-time economy",
                   "Tackling knife crime and weapon carrying", "Domestic abuse-related violence"],
         "note": "four numbered boxes side by side (numbers on a separate layout line, titles wrapped); the same "
                 "four priorities head the rows of the 'Our priorities and what we will do' table on page 2 "
                 "('1. Early intervention ...'), keyed once"},
        {"owner": "Harrowden and Wyke Serious Violence Partnership", "name": "Cross-cutting principles",
         "kind": "cross_cutting_theme", "period": "2024–2027",
         "source_line": L("Underpinning all four priorities"),
         "items": ["a trauma-informed, public health approach", "listening to the voice of lived experience",
                   "better data sharing between partners"],
         "note": "inline in one sentence, separated by semicolons"},
    ],
    "priority_changes": [],
    "actions": actions,
    "actions_note": "Each bullet of the 'What we will do' column is one action; owner = the row's Lead cell. Due is "
                    "set only where the bullet states a date. Three 'will' commitments from the text are added.",
    "organisations": [
        org("Harrowden and Wyke Serious Violence Partnership",
            ["Harrowden and Wyke Serious Violence Partnership Board"], "partnership"),
        org("Harrowden Borough Council", [], "council"),
        org("Wyke District Council", [], "council"),
        org("Marlshire Police", [], "police"),
        org("Marlshire Fire and Rescue Service", [], "fire_and_rescue"),
        org("NHS Harrowden and Wyke Integrated Care Board", ["ICB"], "nhs"),
        org("Probation Service", [], "national_body"),
        org("Harrowden Youth Justice Service", ["YJS"], "public_body"),
        org("Marlshire Office of the Police and Crime Commissioner", ["OPCC"], "pcc"),
        org("Home Office", [], "government_department"),
        org("Marlshire Criminal Justice Board", [], "board"),
        org("Harrowden General Hospital", [], "hospital"),
    ],
    "dates": [
        date(d, "January 2024", "2024-01", "strategy published", probe="Partnership • January 2024"),
        date(d, "2024–2027", "2024/2027", "strategy period", probe="Strategy 2024–2027"),
        date(d, "31 January 2023", "2023-01-31", "Serious Violence Duty came into force", probe="31 January 2023"),
        date(d, "November 2023", "2023-11", "strategic needs assessment completed", probe="November 2023"),
        date(d, "April 2025", "2025-04", "first annual review of the strategy", probe="review due in April"),
        date(d, "September 2024", "2024-09", "custody suite youth workers funded", probe="September 2024"),
        date(d, "March 2025", "2025-03", "300 licensed premises staff trained in WAVE", probe="(WAVE) by March 2025"),
        date(d, "April 2024", "2024-04", "perpetrator programme commissioned from", probe="from April 2024"),
        date(d, "July 2025", "2025-07", "first annual progress report", probe="July 2025"),
        date(d, "January 2025", "2025-01", "strategic needs assessment refreshed", probe="by January 2025"),
        date(d, "22 January 2024", "2024-01-22", "strategy signed by the Partnership Board chair",
             probe="22 January 2024"),
    ],
}
d.write(meetings, facts)
