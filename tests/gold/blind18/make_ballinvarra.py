"""Irish Local Economic and Community Plan: High-Level Goals 1-6, sustainable objectives n.1/n.2, action table."""
from reportlab.lib import colors
from reportlab.platypus import Spacer, Table, TableStyle, PageBreak
from lib import PDF, build_doc, P, style

STEM = "blind18-ie-ballinvarra-coco-local-economic-community-plan-2024-2029"
GREEN = colors.HexColor("#1b5e20")

GOALS = [
    ("A thriving, diversified and resilient local economy",
     ["Support the growth of indigenous enterprise and micro-businesses in towns and rural areas",
      "Attract foreign direct investment to the Knockrea and Ballinvarra town strategic employment sites"]),
    ("Vibrant town centres and rural communities",
     ["Increase town centre living and reduce vacancy and dereliction",
      "Support rural community hubs, digital hubs and local services"]),
    ("Inclusive communities where everyone can participate",
     ["Reduce poverty and social exclusion, with a focus on lone parents, Travellers and people with disabilities",
      "Support the integration of new communities, including beneficiaries of international protection"]),
    ("Healthy, active people and places",
     ["Improve access to physical activity, sport and green space for all ages",
      "Promote positive mental health and wellbeing, in line with Healthy Ireland"]),
    ("Education, skills and lifelong learning for all",
     ["Reduce early school leaving and improve progression to further and higher education",
      "Match skills provision to the needs of employers and the green and digital transition"]),
    ("A climate-ready, low-carbon county",
     ["Support communities to reduce energy use and develop community energy projects",
      "Protect and enhance biodiversity, water quality and the Owenmoy river catchment"]),
]

ACTIONS = [
    ("1.1.1", "Deliver a Start Your Own Business programme in four towns each year",
     "Local Enterprise Office Ballinvarra", "Ballinvarra Chamber", "2024\u20132029"),
    ("1.2.1", "Prepare a marketing prospectus for the Knockrea strategic employment site",
     "Ballinvarra County Council", "IDA Ireland", "Q2 2025"),
    ("2.1.1", "Establish a Vacant Property Activation Team and publish a town centre vacancy register",
     "Ballinvarra County Council", "Town Teams", "By end 2025"),
    ("2.2.1", "Develop two additional remote working hubs at Drumkeel and Carrigmona",
     "Ballinvarra County Council", "Western Ballinvarra Development Partnership", "2025\u20132026"),
    ("3.1.1", "Deliver SICAP supports to 1,200 individuals and 60 local community groups annually",
     "Western Ballinvarra Development Partnership", "Ballinvarra LCDC", "Annually"),
    ("3.2.1", "Roll out the Community Integration Forum in each Municipal District",
     "Ballinvarra County Council", "Ballinvarra Volunteer Centre, HSE", "Q4 2024"),
    ("4.1.1", "Extend the Ballinvarra Greenway from Knockrea to Lisheen Bridge (14 km)",
     "Ballinvarra County Council", "Ballinvarra Sports Partnership", "2026\u20132028"),
    ("5.1.1", "Pilot a School Completion transition programme in three DEIS schools",
     "Ballinvarra and Mayfort Education and Training Board", "Tusla Education Support Service", "2024/25 school year"),
    ("6.1.1", "Support ten new Sustainable Energy Communities",
     "Ballinvarra Energy Agency", "SEAI", "By 2027"),
]


def build():
    F = "LibSans"
    big = style("big", F + "-Bold", 20, 25, textColor=GREEN)
    sub = style("sub", F, 11, 14, spaceAfter=8)
    body = style("b", F, 9.5, 12.5, spaceAfter=6)
    h = style("h", F + "-Bold", 12, 15, textColor=GREEN, spaceBefore=6, spaceAfter=4)
    gl = style("g", F + "-Bold", 10.5, 13, textColor=colors.white)
    ob = style("o", F, 9.5, 12.5, leftIndent=30, firstLineIndent=-30, spaceAfter=3)
    cell = style("c", F, 8, 10)
    cellh = style("ch", F + "-Bold", 8, 10, textColor=colors.white)
    s = [P("Ballinvarra Local Economic and Community Plan 2024\u20132029", big),
         P("Comhairle Contae Bhaile an Bharra \u2013 Ballinvarra County Council | Adopted by the Council on "
           "11 March 2024", sub),
         P("The Local Economic and Community Plan (LECP) is a statutory six-year plan under the Local Government "
           "Reform Act 2014. The economic elements were prepared by the Strategic Policy Committee for Economic "
           "Development and Enterprise and the community elements by the Ballinvarra Local Community Development "
           "Committee (LCDC). The plan was developed following public consultation from 5 June to 14 July 2023 and "
           "is aligned with the National Planning Framework and the Northern and Western Regional Spatial and "
           "Economic Strategy.", body),
         P("The LCDC will monitor delivery through two-year implementation plans, the first covering 2024\u20132025, "
           "and will report progress to the Council annually.", body),
         P("High-Level Goals and Sustainable Objectives", h)]

    def goal(n, title, objs):
        box = Table([[P(f"High-Level Goal {n}: {title}", gl)]], colWidths=[475])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN)]))
        out = [box, Spacer(1, 3)]
        for i, o in enumerate(objs, 1):
            out.append(P(f"{n}.{i}&nbsp;&nbsp;&nbsp;&nbsp;{o}", ob))
        out.append(Spacer(1, 5))
        return out
    for n, (t, objs) in enumerate(GOALS, 1):
        s += goal(n, t, objs)
        if n == 4:
            s.append(PageBreak())
    s += [P("Implementation Plan 2024\u20132025: selected actions", h),
          P("Timeframes are indicative. Lead agencies report to the LCDC each quarter.", body)]
    data = [[P(x, cellh) for x in ("Ref", "Action", "Lead", "Partners", "Timeframe")]]
    data += [[P(x, cell) for x in r] for r in ACTIONS]
    tb = Table(data, colWidths=[35, 180, 105, 95, 60], repeatRows=1)
    tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef5ee")])]))
    s.append(tb)

    def page(cv, d):
        cv.saveState()
        cv.setFont("LibSans", 7.5)
        cv.setFillColor(GREEN)
        cv.drawString(55, d.pagesize[1] - 30, "Ballinvarra LECP 2024\u20132029")
        cv.drawRightString(d.pagesize[0] - 55, 26, f"Page {d.page}")
        cv.restoreState()
    build_doc(PDF / f"{STEM}.pdf", s, on_page=page, margins=(55, 55, 50, 50))


if __name__ == "__main__":
    build()
