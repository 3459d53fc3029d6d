"""UK police and crime plan: foreword, four priorities each on its own page, What we will do, How we will measure."""
from reportlab.lib import colors
from reportlab.platypus import Spacer, Table, TableStyle, PageBreak
from lib import PDF, build_doc, P, style

STEM = "blind18-uk-wenslow-tarrow-pcc-police-and-crime-plan-2025-2029"
NAVY = colors.HexColor("#14213d")
GOLDC = colors.HexColor("#c9a227")

PRIORITIES = [
    ("Priority 1 \u2013 Visible neighbourhood policing that communities trust",
     "People tell me they want to see officers in their neighbourhoods and to know that when they report a crime "
     "something will happen.",
     ["I will fund 60 additional neighbourhood officers and PCSOs by March 2027.",
      "The Chief Constable will publish ward-level response times every quarter from July 2025.",
      "I will hold a public accountability meeting in each of the six districts every year.",
      "I will launch a Community Trust Fund of \u00a3250,000 a year for local crime prevention projects."],
     [("Percentage of residents who agree the police are doing a good job", "54% (2023/24)", "65% by 2029"),
      ("Average attendance time to emergency calls (urban)", "13 min 20 s", "Under 12 minutes"),
      ("Neighbourhood crimes (burglary, robbery, vehicle crime)", "11,420 (2023/24)", "10% reduction")]),
    ("Priority 2 \u2013 Tackling violence against women and girls",
     "Violence against women and girls is a national threat. In Wenslow and Tarrow one in five recorded crimes is "
     "domestic abuse related.",
     ["I will commission a specialist domestic abuse perpetrator programme across both counties from April 2026.",
      "Wenslow and Tarrow Police will train every frontline officer in coercive control by December 2025.",
      "I will work with the Tarrow Community Safety Partnership to extend the Safe Space scheme to every night-time "
      "economy venue in Tarrow Quay.",
      "I will fund two additional Independent Sexual Violence Advisers at the Greyhallow Sexual Assault Referral "
      "Centre."],
     [("Domestic abuse charge rate", "9.1% (2023/24)", "15% by 2028/29"),
      ("Victims satisfied with the initial police response (DA)", "71%", "80%"),
      ("Repeat victimisation within 12 months", "32%", "25%")]),
    ("Priority 3 \u2013 Safer roads and rural communities",
     "Our rural roads are among the most dangerous in England, and farm and plant theft costs our rural economy "
     "millions each year.",
     ["I will fund a dedicated Rural and Wildlife Crime Team of 12 officers from September 2025.",
      "The Wenslow and Tarrow Road Safety Partnership will deliver a targeted enforcement campaign on the Tarrow "
      "Valley Road corridor every summer.",
      "I will expand Community Speedwatch to 120 active groups by 2027.",
      "I will seek funding for average speed cameras on Fellside Road."],
     [("People killed or seriously injured on our roads", "412 (2023)", "40% reduction by 2029"),
      ("Active Community Speedwatch groups", "74", "120"),
      ("Rural crime incidents reported", "2,106 (2023/24)", "Increase in reporting, reduction in repeat "
       "locations")]),
    ("Priority 4 \u2013 Supporting victims and reducing reoffending",
     "Victims should be at the heart of the criminal justice system, and preventing reoffending is the best way to "
     "prevent the next victim.",
     ["I will recommission the Wenslow and Tarrow Victim Care Hub by April 2026.",
      "I will chair the Local Criminal Justice Board and publish its performance dashboard twice a year.",
      "I will co-fund a women's centre in Greyhallow with the Probation Service.",
      "The Chief Constable will expand out-of-court resolutions with conditions addressing the causes of "
      "offending."],
     [("Victims referred to the Victim Care Hub who are contacted within 48 hours", "88%", "95%"),
      ("Proven reoffending rate (adults)", "24.6% (2022/23)", "Below national average"),
      ("Code of Practice for Victims compliance", "Baseline to be set 2025/26", "Annual improvement")]),
]


def build():
    F = "DejaVuSans"
    big = style("big", F + "-Bold", 22, 27, textColor=NAVY)
    sub = style("sub", F, 12, 16, textColor=NAVY, spaceAfter=14)
    h = style("h", F + "-Bold", 15, 19, textColor=NAVY, spaceAfter=8)
    h2 = style("h2", F + "-Bold", 11, 14, textColor=NAVY, spaceBefore=8, spaceAfter=4)
    body = style("b", F, 9.5, 13, spaceAfter=6)
    bul = style("bu", F, 9.5, 13, leftIndent=14, bulletIndent=3, spaceAfter=3)
    cell = style("c", F, 8.5, 11)
    cellh = style("ch", F + "-Bold", 8.5, 11, textColor=colors.white)
    s = [P("Wenslow and Tarrow", big), P("Police and Crime Plan 2025\u20132029", big),
         P("Safer Streets, Stronger Communities \u2013 published June 2025", sub),
         P("Commissioner's foreword", h),
         P("I was elected as your Police and Crime Commissioner in May 2024 with a clear promise: more visible "
           "policing, a relentless focus on violence against women and girls, and a better deal for victims. This "
           "plan sets out how I will deliver that promise between 2025 and 2029 and how I will hold the Chief "
           "Constable of Wenslow and Tarrow Police to account.", body),
         P("It was shaped by more than 3,400 responses to my Safer Streets survey, by the Wenslow and Tarrow Police "
           "and Crime Panel, and by our partners in the district councils, the Probation Service and the voluntary "
           "sector. It replaces the Police and Crime Plan 2021\u20132024.", body),
         P("My four priorities are:", h2),
         P("Visible neighbourhood policing that communities trust", bul, bulletText="\u2022"),
         P("Tackling violence against women and girls", bul, bulletText="\u2022"),
         P("Safer roads and rural communities", bul, bulletText="\u2022"),
         P("Supporting victims and reducing reoffending", bul, bulletText="\u2022"),
         Spacer(1, 6),
         P("I will publish an annual report each July setting out progress against the measures in this plan, and "
           "the plan will be refreshed in 2027 following the publication of the Strategic Policing Requirement.", body),
         Spacer(1, 10),
         P("<b>Andrea Kellaway</b><br/>Police and Crime Commissioner for Wenslow and Tarrow", body),
         PageBreak()]
    for i, (title, intro, dos, measures) in enumerate(PRIORITIES):
        s += [P(title, h), P(intro, body), P("What we will do", h2)]
        s += [P(d, bul, bulletText="\u2022") for d in dos]
        s += [P("How we will measure", h2)]
        data = [[P("Measure", cellh), P("Baseline", cellh), P("Ambition", cellh)]] + \
               [[P(a, cell), P(b, cell), P(c, cell)] for a, b, c in measures]
        tb = Table(data, colWidths=[250, 110, 120])
        tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(tb)
        if i < 3:
            s.append(PageBreak())

    def page(cv, d):
        cv.saveState()
        cv.setFillColor(GOLDC)
        cv.rect(0, 0, 14, d.pagesize[1], stroke=0, fill=1)
        cv.setFillColor(NAVY)
        cv.setFont("DejaVuSans", 7.5)
        cv.drawString(60, 28, "Office of the Police and Crime Commissioner for Wenslow and Tarrow")
        cv.drawRightString(d.pagesize[0] - 55, 28, f"{d.page}")
        cv.restoreState()
    build_doc(PDF / f"{STEM}.pdf", s, on_page=page, margins=(60, 55, 55, 55))


if __name__ == "__main__":
    build()
