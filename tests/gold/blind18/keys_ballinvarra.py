from lib import Keys, org, write_keys
from make_ballinvarra import STEM

K = Keys(STEM)
BCC = "Ballinvarra County Council"
OBJ = [
    ["Support the growth of indigenous enterprise and micro-businesses in towns and rural areas",
     "Attract foreign direct investment to the Knockrea and Ballinvarra town strategic employment sites"],
    ["Increase town centre living and reduce vacancy and dereliction",
     "Support rural community hubs, digital hubs and local services"],
    ["Reduce poverty and social exclusion, with a focus on lone parents, Travellers and people with disabilities",
     "Support the integration of new communities, including beneficiaries of international protection"],
    ["Improve access to physical activity, sport and green space for all ages",
     "Promote positive mental health and wellbeing, in line with Healthy Ireland"],
    ["Reduce early school leaving and improve progression to further and higher education",
     "Match skills provision to the needs of employers and the green and digital transition"],
    ["Support communities to reduce energy use and develop community energy projects",
     "Protect and enhance biodiversity, water quality and the Owenmoy river catchment"],
]
GOALS = ["A thriving, diversified and resilient local economy", "Vibrant town centres and rural communities",
         "Inclusive communities where everyone can participate", "Healthy, active people and places",
         "Education, skills and lifelong learning for all", "A climate-ready, low-carbon county"]
lists = [K.plist(BCC, "High-Level Goals", "strategic_priority", "2024\u20132029",
                 "High-Level Goals and Sustainable Objectives", GOALS)]
for n, objs in enumerate(OBJ, 1):
    lists.append(K.plist(BCC, f"High-Level Goal {n}: sustainable objectives", "objective", "2024\u20132029",
                         f"High-Level Goal {n}:", objs))
meetings = {"components": [K.comp("Ballinvarra Local Economic and Community Plan 2024\u20132029", "plan",
                                  "Ballinvarra Local Economic and Community Plan")], "meetings": []}
facts = {
    "priority_lists": lists,
    "priority_changes": [],
    "actions": [
        K.act("The LCDC will monitor delivery through two-year implementation plans, the first covering "
              "2024\u20132025, and will report progress to the Council annually.",
              "Ballinvarra Local Community Development Committee", None),
        K.act("Deliver a Start Your Own Business programme in four towns each year",
              "Local Enterprise Office Ballinvarra", "2024/2029"),
        K.act("Prepare a marketing prospectus for the Knockrea strategic employment site", BCC, "2025-04/2025-06"),
        K.act("Establish a Vacant Property Activation Team and publish a town centre vacancy register", BCC,
              "2025-12"),
        K.act("Develop two additional remote working hubs at Drumkeel and Carrigmona", BCC, "2025/2026"),
        K.act("Deliver SICAP supports to 1,200 individuals and 60 local community groups annually",
              "Western Ballinvarra Development Partnership", None),
        K.act("Roll out the Community Integration Forum in each Municipal District", BCC, "2024-10/2024-12"),
        K.act("Extend the Ballinvarra Greenway from Knockrea to Lisheen Bridge (14 km)", BCC, "2026/2028"),
        K.act("Pilot a School Completion transition programme in three DEIS schools",
              "Ballinvarra and Mayfort Education and Training Board", "2024-09/2025-06"),
        K.act("Support ten new Sustainable Energy Communities", "Ballinvarra Energy Agency", "2027"),
    ],
    "organisations": [
        org(BCC, "Comhairle Contae Bhaile an Bharra"),
        org("Ballinvarra Local Community Development Committee", "LCDC", "Ballinvarra LCDC"),
        org("Strategic Policy Committee for Economic Development and Enterprise"),
        org("Local Enterprise Office Ballinvarra"),
        org("Ballinvarra Chamber"),
        org("IDA Ireland"),
        org("Western Ballinvarra Development Partnership"),
        org("Ballinvarra Volunteer Centre"),
        org("HSE"),
        org("Ballinvarra Sports Partnership"),
        org("Ballinvarra and Mayfort Education and Training Board"),
        org("Tusla Education Support Service"),
        org("Ballinvarra Energy Agency"),
        org("SEAI"),
    ],
    "dates": [
        K.date("2024\u20132029", "2024/2029", "plan period", after=5),
        K.date("11 March 2024", "2024-03-11", "adopted by the Council"),
        K.date("5 June to 14 July 2023", "2023-06-05/2023-07-14", "public consultation"),
        K.date("2024\u20132025, and will", "2024/2025", "first two-year implementation plan"),
        K.date("Q2 2025", "2025-04/2025-06", "timeframe action 1.2.1"),
        K.date("By end 2025", "2025-12", "timeframe action 2.1.1"),
        K.date("2025\u20132026", "2025/2026", "timeframe action 2.2.1"),
        K.date("Q4 2024", "2024-10/2024-12", "timeframe action 3.2.1"),
        K.date("2026\u20132028", "2026/2028", "timeframe action 4.1.1"),
        K.date("2024/25 school year", "2024-09/2025-06", "timeframe action 5.1.1"),
        K.date("By 2027", "2027", "timeframe action 6.1.1"),
    ],
}
if __name__ == "__main__":
    write_keys(STEM, meetings, facts)
