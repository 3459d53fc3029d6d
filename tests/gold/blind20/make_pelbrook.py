"""Community safety partnership strategy 2025-2028: A4 portrait, full-bleed cover with foreword, a priorities page
with three coloured "Priority A/B/C" boxes holding "We will:" bullets beside a narrow sidebar (cross-cutting
themes, partners), then a delivery table (Action | Lead | Timescale | Measure) with priority band rows that
spans a page break with a repeated header, and a governance section."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from lib import PDF, count_pages, style

STEM = "blind20-uk-pelbrook-csp-community-safety-strategy-2025-2028"
PURPLE = colors.HexColor("#4b2a6b")
PCOL = {"A": colors.HexColor("#7b2d8e"), "B": colors.HexColor("#d0532b"), "C": colors.HexColor("#1f7a6d")}
LIGHT = {"A": colors.HexColor("#f3e8f6"), "B": colors.HexColor("#fbeae4"), "C": colors.HexColor("#e3f2ef")}
F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

PRIORITIES = [
    ("A", "Tackling domestic abuse and violence against women and girls",
     "Domestic abuse accounts for one in six crimes recorded in Pelbrook (Strategic Assessment 2024/25).",
     ["Commission a single domestic abuse support pathway for Pelbrook, from first contact to recovery",
      "Train 500 frontline staff across the partnership to recognise and respond to coercive control",
      "Expand the Safer Nights scheme in the town centre night-time economy",
      "Make sure every Domestic Homicide Review recommendation is acted on within the agreed timescale"]),
    ("B", "Reducing serious violence and the exploitation of young people",
     "Knife-enabled offences rose by 14% between 2022/23 and 2024/25.",
     ["Deliver our Serious Violence Duty response with the Carnshire Violence Reduction Unit",
      "Put youth workers in the places where young people are most at risk, including the bus station and "
      "Riverside Park",
      "Disrupt county lines drug supply through joint operations and closure orders",
      "Support schools to reduce exclusions and keep young people in education"]),
    ("C", "Safer neighbourhoods – tackling anti-social behaviour and neighbourhood crime",
     "Three wards account for 41% of anti-social behaviour reported to the police and the Council.",
     ["Hold monthly Community Safety Action Zone meetings in the three wards with the highest rates of "
      "anti-social behaviour",
      "Target burglary and vehicle crime hotspots with crime prevention advice and better street lighting",
      "Work with Pelbrook Homes to resolve neighbour disputes earlier through mediation",
      "Make the ASB Case Review easier for repeat victims to use"]),
]
THEMES = ["Prevention and early intervention", "Listening to victims and communities",
          "Tackling inequality and disproportionality", "Sharing data and intelligence"]
PARTNERS = ["Pelbrook Borough Council", "Carnshire County Council", "Carnshire Police",
            "Carnshire Fire and Rescue Service", "NHS Carnshire Integrated Care Board", "Probation Service",
            "Pelbrook Homes", "Office of the Police and Crime Commissioner for Carnshire"]
DELIVERY = [
    ("A", "Priority A – Domestic abuse and violence against women and girls"),
    ("A1", "Commission an integrated domestic abuse support service covering refuge, outreach and recovery",
     "Pelbrook Borough Council", "Contract start April 2026", "Service live; referrals and outcomes at exit"),
    ("A2", "Deliver coercive control training to 500 frontline staff", "Carnshire Police and Pelbrook Borough Council",
     "By March 2027", "Number of staff trained"),
    ("A3", "Extend Safer Nights to every Friday and Saturday night all year", "Pelbrook Town Centre BID",
     "From September 2025", "Violence with injury in the night-time economy"),
    ("A4", "Publish and maintain a tracker of all Domestic Homicide Review recommendations",
     "Community Safety Team", "Q3 2025/26", "Tracker reviewed at every Board meeting"),
    ("B", "Priority B – Serious violence and exploitation"),
    ("B1", "Agree a local serious violence action plan", "Carnshire Violence Reduction Unit", "Q2 2025/26",
     "Hospital admissions for assault with a sharp object"),
    ("B2", "Run detached youth work at the bus station and Riverside Park on Thursday to Saturday evenings",
     "Pelbrook YMCA", "2025–2028", "Young people engaged; referrals to support"),
    ("B3", "Carry out joint county lines operations at least twice a year", "Carnshire Police",
     "From June 2025", "Lines closed; closure orders obtained"),
    ("B4", "Provide inclusion support to the five secondary schools with the highest exclusion rates",
     "Carnshire County Council", "By July 2026", "Suspensions and permanent exclusions"),
    ("C", "Priority C – Safer neighbourhoods"),
    ("C1", "Set up Community Safety Action Zones in Castlegate, Northfield and Brookside wards",
     "Pelbrook Borough Council", "Q1 2025/26", "Anti-social behaviour incidents in the three wards"),
    ("C2", "Offer crime prevention visits to burglary victims and their neighbours within 48 hours",
     "Carnshire Police", "Ongoing", "Repeat burglary rate"),
    ("C3", "Improve street lighting at 12 crime hotspot locations", "Carnshire County Council", "By March 2027",
     "Lighting installed; crime at the 12 locations"),
    ("C4", "Launch an early mediation service for neighbour disputes", "Pelbrook Homes", "From January 2026",
     "Cases resolved without enforcement"),
    ("X", "Cross-cutting"),
    ("X1", "Build a shared partnership data dashboard", "Pelbrook Borough Council", "By December 2025",
     "Dashboard live and used at every Board meeting"),
    ("X2", "Run the Pelbrook community safety survey", "Safer Pelbrook Partnership", "October 2025, then annually",
     "Residents who feel safe after dark"),
]


def story():
    body = style("b", F, 9.5, 13, spaceAfter=5)
    s = [NextPageTemplate("twocol"), Spacer(1, 92 * mm)]
    s.append(Paragraph("Foreword", style("fw", FB, 13, 16, textColor=PURPLE, spaceAfter=4)))
    s.append(Paragraph(
        "Pelbrook is a safe place to live, work and visit, but too many people still experience domestic abuse, "
        "violence or persistent anti-social behaviour. This strategy sets out what the partners of the Safer Pelbrook "
        "Partnership will do together between April 2025 and March 2028. It is based on our Strategic Assessment "
        "2024/25 and on what more than 1,900 residents told us in the autumn 2024 community safety survey.", body))
    s.append(Paragraph(
        "We cannot do this alone. We will keep listening to residents, to victims and survivors and to young people, "
        "and we will report on our progress every year.", body))
    s.append(Paragraph("<b>Cllr Rachel Okonjo</b>, Chair, Safer Pelbrook Partnership<br/>"
                       "<b>Superintendent Daniel Frayne</b>, Vice-Chair, Carnshire Police", body))
    s.append(PageBreak())

    # page 2: priorities (main frame) + sidebar
    s.append(Paragraph("Our priorities for 2025–2028", style("h", FB, 16, 20, textColor=PURPLE, spaceAfter=6)))
    s.append(Paragraph("Three priorities will guide the Partnership’s work for the next three years.", body))
    for code, title, why, bullets in PRIORITIES:
        inner = [Paragraph(f"<font color='white'>Priority {code}</font>", style("pc", FB, 10, 13)),
                 Paragraph(f"<font color='white'>{title}</font>", style("pt", FB, 11.5, 14.5))]
        head = Table([[inner]], colWidths=[120 * mm])
        head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PCOL[code]), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
        content = [Paragraph(why, style("w", FI, 8.5, 11, spaceAfter=3)),
                   Paragraph("We will:", style("ww", FB, 9.5, 12.5, spaceAfter=2))]
        content += [Paragraph(b, style("bu", F, 9, 11.5, leftIndent=10, bulletIndent=1, spaceAfter=2), bulletText="•")
                    for b in bullets]
        box = Table([[head], [content]], colWidths=[120 * mm])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, PCOL[code]),
                                 ("BACKGROUND", (0, 1), (-1, 1), LIGHT[code]), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, 0), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
                                 ("LEFTPADDING", (0, 1), (-1, 1), 6), ("RIGHTPADDING", (0, 1), (-1, 1), 6)]))
        s += [box, Spacer(1, 6)]
    s.append(FrameBreak())
    side = [Paragraph("Cross-cutting themes", style("sh", FB, 10.5, 13, textColor=PURPLE, spaceAfter=4)),
            Paragraph("These run through everything we do:", style("sx", F, 8.5, 11, spaceAfter=3))]
    tt = Table([[Paragraph(t, style("st", FB, 8.5, 11, leftIndent=8, bulletIndent=0), bulletText="›")]
                for t in THEMES], colWidths=[40 * mm])
    tt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.white),
                            ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.white),
                            ("LINEBEFORE", (0, 0), (0, -1), 0.6, colors.white),
                            ("LINEAFTER", (-1, 0), (-1, -1), 0.6, colors.white),
                            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#ddd2e6")),
                            ("LEFTPADDING", (0, 0), (-1, -1), 3)]))
    side.append(tt)
    side += [Spacer(1, 8), Paragraph("Our partners", style("sh2", FB, 10.5, 13, textColor=PURPLE, spaceAfter=4))]
    pt = Table([[Paragraph(p, style("sp", F, 8, 10.5))] for p in PARTNERS], colWidths=[40 * mm])
    pt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.white), ("LEFTPADDING", (0, 0), (-1, -1), 3)]))
    side.append(pt)
    sb = Table([[side]], colWidths=[48 * mm])
    sb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#efeaf3")),
                            ("BOX", (0, 0), (-1, -1), 0.5, PURPLE), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    s.append(sb)
    s.append(NextPageTemplate("full"))
    s.append(PageBreak())

    # pages 3-4: evidence, then the delivery plan
    s.append(Paragraph("What the evidence tells us", style("h1", FB, 16, 20, textColor=PURPLE, spaceAfter=4)))
    s.append(Paragraph(
        "Our priorities come from the Strategic Assessment 2024/25, which brings together police, council, health, "
        "fire and housing data, and from a public consultation that ran from 4 November to 15 December 2024. The "
        "Partnership Board approved this strategy on 20 March 2025.", body))
    facts = [["8,912", "1 in 6", "14%", "41%"],
             ["crimes recorded in Pelbrook in 2024/25", "recorded crimes are domestic abuse related",
              "rise in knife-enabled offences since 2022/23", "of reported anti-social behaviour is in three wards"]]
    ft = Table([[Paragraph(x, style("fn", FB, 18, 22, textColor=PURPLE, alignment=1)) for x in facts[0]],
                [Paragraph(x, style("fl", F, 8.5, 10.5, alignment=1)) for x in facts[1]]],
               colWidths=[43.5 * mm] * 4)
    ft.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f1f7")),
                            ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, 1), (-1, 1), 8)]))
    s += [ft, Spacer(1, 8)]
    s.append(Paragraph(
        "Residents told us that feeling safe in the town centre after dark, speeding and anti-social driving, and "
        "drug dealing in local parks matter most to them. Young people told us they want more places to go and "
        "adults they can trust. Victims of domestic abuse told us that they had to tell their story too many times "
        "to too many agencies before getting help.", body))
    s.append(Paragraph(
        "Speeding and anti-social driving are not a priority of this strategy because they are led by the Carnshire "
        "Road Safety Partnership, but the Partnership will share local concerns with it every quarter.", body))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Delivery plan 2025–2028", style("h2", FB, 16, 20, textColor=PURPLE, spaceAfter=4)))
    s.append(Paragraph("The table below sets out the main actions partners have committed to. Timescales refer to "
                       "the financial year (April to March) unless a month is given.", body))
    cell = style("c", F, 8.5, 10.5)
    cellh = style("ch", FB, 8.5, 10.5, textColor=colors.white)
    data = [[Paragraph(x, cellh) for x in ("Ref", "Action", "Lead", "Timescale", "Measure")]]
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9c8fb0")), ("BACKGROUND", (0, 0), (-1, 0), PURPLE),
          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for row in DELIVERY:
        if len(row) == 2:
            code, label = row
            st += [("SPAN", (0, len(data)), (-1, len(data))),
                   ("BACKGROUND", (0, len(data)), (-1, len(data)), LIGHT.get(code, colors.HexColor("#eeeeee")))]
            data.append([Paragraph(f"<b>{label}</b>", cell), "", "", "", ""])
        else:
            data.append([Paragraph(x, cell) for x in row])
    t = Table(data, colWidths=[11 * mm, 62 * mm, 37 * mm, 28 * mm, 36 * mm], repeatRows=1)
    t.setStyle(TableStyle(st))
    s.append(t)
    s.append(Spacer(1, 10))
    s.append(Paragraph("Governance and monitoring", style("h3", FB, 12, 15, textColor=PURPLE, spaceAfter=4)))
    s.append(Paragraph(
        "The Safer Pelbrook Partnership Board will monitor delivery of this strategy every quarter, using the measures "
        "above. We will publish an annual progress report each July, starting in July 2026. The Community Safety Team "
        "will refresh the Strategic Assessment every year and the Board will review these priorities in early 2027.",
        body))
    s.append(Paragraph(
        "The Partnership reports to the Pelbrook Borough Council Overview and Scrutiny Committee, which scrutinises "
        "crime and disorder matters at least once a year, and to the Police and Crime Commissioner for Carnshire.",
        body))
    return s


def build():
    def cover(c, d):
        c.saveState()
        c.setFillColor(PURPLE)
        c.rect(0, 190 * mm, 210 * mm, 107 * mm, stroke=0, fill=1)
        for i, col in enumerate(("A", "B", "C")):
            c.setFillColor(PCOL[col])
            c.rect(0 + i * 70 * mm, 186 * mm, 70 * mm, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(FB, 30)
        c.drawString(20 * mm, 262 * mm, "Safer Pelbrook")
        c.setFont(F, 17)
        c.drawString(20 * mm, 251 * mm, "Community Safety Strategy 2025–2028")
        c.setFont(F, 10.5)
        c.drawString(20 * mm, 205 * mm, "Safer Pelbrook Partnership  |  Published April 2025")
        c.restoreState()
        foot(c, d)

    def foot(c, d, total=None):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.grey)
        if d.page > 1:
            c.drawString(18 * mm, 287 * mm, "Safer Pelbrook Partnership")
            c.drawRightString(192 * mm, 287 * mm, "Community Safety Strategy 2025–2028")
        c.drawRightString(192 * mm, 10 * mm, str(d.page))
        c.restoreState()

    def make(total):
        doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                              topMargin=18 * mm, bottomMargin=18 * mm,
                              title="Safer Pelbrook Community Safety Strategy 2025-2028")
        full = Frame(18 * mm, 18 * mm, 174 * mm, 261 * mm, id="full")
        main = Frame(18 * mm, 18 * mm, 124 * mm, 261 * mm, id="main", leftPadding=0, rightPadding=0)
        sidef = Frame(142 * mm, 18 * mm, 50 * mm, 249 * mm, id="side", leftPadding=2, rightPadding=0)
        doc.addPageTemplates([PageTemplate("cover", [full], onPage=cover),
                              PageTemplate("twocol", [main, sidef], onPage=foot),
                              PageTemplate("full", [full], onPage=foot)])
        doc.build(story())

    count_pages(make)


if __name__ == "__main__":
    build()
