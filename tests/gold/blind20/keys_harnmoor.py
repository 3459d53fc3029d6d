from lib import PDF, Lines, write_keys
from make_harnmoor import STEM

L = Lines(PDF / f"{STEM}.pdf")


def A(text, owner, due=None, after=0):
    return {"text": text, "owner": owner, "due": due, "source_line": L.find(text, after)}


PCC = "Police and Crime Commissioner for Harnmoor (Joanna Threlfall)"
OBJ = L.find("Our objectives")
OBJ2 = L.find("Our objectives", L.find("Outcome 3") - 1)

meetings = {
    "components": [{"title": "Harnmoor Police and Crime Plan 2025–2029 – plan on a page summary", "kind": "plan",
                    "first_line": "POLICE AND CRIME COMMISSIONER FOR HARNMOOR",
                    "start_line": L.find("POLICE AND CRIME COMMISSIONER FOR HARNMOOR")}],
    "meetings": [],
}


def objectives(n, title, items, line):
    return {"owner": PCC, "name": f"Our objectives – Outcome {n}: {title}", "kind": "objective",
            "period": "2025–2029", "source_line": line, "items": items}


facts = {
    "priority_lists": [
        {"owner": PCC, "name": "Our values", "kind": "objective", "period": "2025–2029",
         "source_line": L.find("Our values"), "items": ["Integrity", "Fairness", "Compassion", "Courage"]},
        {"owner": PCC, "name": "Police and Crime Plan 2025–2029 outcomes", "kind": "strategic_priority",
         "period": "2025–2029", "source_line": L.find("Safer streets and neighbourhoods"),
         "items": ["Safer streets and neighbourhoods", "Protecting vulnerable people",
                   "Supporting victims and reducing reoffending", "An efficient and trusted police service"]},
        objectives(1, "Safer streets and neighbourhoods",
                   ["Increase the visibility of neighbourhood policing in every community",
                    "Reduce anti-social behaviour, burglary and vehicle crime",
                    "Make roads safer by tackling the ‘fatal four’ driving offences",
                    "Tackle rural, wildlife and heritage crime with specialist teams"], OBJ),
        objectives(2, "Protecting vulnerable people",
                   ["Reduce violence against women and girls and bring more offenders to justice",
                    "Protect children from exploitation and online abuse",
                    "Improve the response to people in mental health crisis, working with health partners",
                    "Reduce serious violence and knife crime"], OBJ),
        objectives(3, "Supporting victims and reducing reoffending",
                   ["Make sure every victim receives the services set out in the Victims’ Code",
                    "Commission specialist support for victims of domestic abuse, sexual violence and fraud",
                    "Reduce reoffending through diversion schemes and joint work with the Probation Service",
                    "Increase the use of restorative justice"], OBJ2),
        objectives(4, "An efficient and trusted police service",
                   ["Answer 90% of 999 calls within 10 seconds and cut waiting times for 101",
                    "Build trust and confidence, especially among communities that trust the police least",
                    "Deliver value for money and invest in technology that frees up officer time",
                    "Support the wellbeing of officers, staff and volunteers"], OBJ2),
    ],
    "priority_changes": [],
    "actions": [
        A("I will fund 120 additional neighbourhood officers and PCSOs by March 2027", PCC, "2027-03"),
        A("I will publish an annual report each summer setting out the progress made against every outcome in this plan.",
          PCC, "2026-07"),
        A("hold a public Accountability Board with the Chief Constable every quarter", PCC),
        A("publish performance against each outcome on my website every quarter", PCC),
        A("commission an independent review of 101 call handling by December 2025", PCC, "2025-12"),
        A("ask the Harnmoor Police and Crime Panel to review this plan in 2027", PCC, "2027"),
        A("Chief Constable Mark Delahaye will publish a Harnmoor Constabulary policing plan that delivers these outcomes by June 2025.",
          "Chief Constable Mark Delahaye (Harnmoor Constabulary)", "2025-06"),
    ],
    "organisations": [
        {"name": "Office of the Police and Crime Commissioner for Harnmoor",
         "aliases": ["OPCC", "Police and Crime Commissioner for Harnmoor"]},
        {"name": "Harnmoor Constabulary", "aliases": ["Constabulary"]},
        {"name": "Harnmoor Police and Crime Panel", "aliases": []},
        {"name": "Probation Service", "aliases": []},
        {"name": "Harnmoor Road Safety Partnership", "aliases": []},
        {"name": "Harnmoor Safeguarding Children Partnership", "aliases": []},
        {"name": "Victims First Harnmoor", "aliases": []},
        {"name": "HM Courts and Tribunals Service", "aliases": []},
        {"name": "Harnmoor Fire and Rescue Service", "aliases": []},
    ],
    "dates": [
        {"text": "May 2024", "iso": "2024-05", "what": "Commissioner elected"},
        {"text": "April 2025 to March 2029", "iso": "2025-04/2029-03", "what": "plan period"},
        {"text": "autumn 2024", "iso": "2024", "what": "public consultation on the plan"},
        {"text": "6 February 2025", "iso": "2025-02-06", "what": "Police and Crime Panel considered the plan"},
        {"text": "March 2027", "iso": "2027-03", "what": "120 additional neighbourhood officers and PCSOs funded by"},
        {"text": "Published March 2025", "iso": "2025-03", "what": "publication"},
        {"text": "2025–2029", "iso": "2025/2029", "what": "plan period (cover title)"},
        {"text": "2024/25", "iso": "2024-04/2025-03", "what": "year neighbourhood crime fell by 6%"},
        {"text": "2025/26", "iso": "2025-04/2026-03", "what": "Constabulary budget year (£318m)"},
        {"text": "2028/29", "iso": "2028-04/2029-03", "what": "savings of £11.2m to be found by"},
        {"text": "December 2025", "iso": "2025-12", "what": "independent review of 101 call handling"},
        {"text": "2027", "iso": "2027", "what": "Police and Crime Panel review of the plan",
         "after": "ask the Harnmoor Police and Crime Panel"},
        {"text": "June 2025", "iso": "2025-06", "what": "Constabulary policing plan published by"},
        {"text": "1 April 2025", "iso": "2025-04-01", "what": "plan starts"},
        {"text": "July 2026", "iso": "2026-07", "what": "first annual report"},
    ],
}
for d in facts["dates"]:
    after = d.pop("after", None)
    d["source_line"] = L.find(d["text"], L.find(after) - 1 if after else 0)

write_keys(STEM, meetings, facts)
