"""District council corporate strategy: coloured cover band, foreword, a five-row 'Our priorities' table with big
numerals, cross-cutting themes, then one section per priority (coloured band 'Priority n'), numbered objectives
n.1/n.2/n.3 and a ruled 'Action | Lead | Timescale' table whose cells wrap independently; delivery section with
'will' commitments; running footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind13-uk-wrenfold-dc-corporate-strategy-2025-2029"
COLS = [colors.HexColor(c) for c in ("#8a1c4a", "#1f5f8b", "#2e7d32", "#c75b12", "#4a4a8a")]

PRIORITIES = [
    ("Homes people can afford",
     "Too many local families cannot find a home they can afford, and the number of households in temporary "
     "accommodation has doubled since 2021.",
     ["Enable 1,200 new homes by 2029, at least 35% of them affordable",
      "Bring long-term empty homes back into use",
      "Prevent homelessness and end the use of bed and breakfast for families"],
     [("Adopt the new Wrenfold Local Plan", "Head of Planning Policy", "By December 2026"),
      ("Set up a council-owned housing company, Wrenfold Homes Ltd, to build homes on council land",
       "Director of Place", "2025/26"),
      ("Launch an empty homes loan scheme with Wrenfold and District Credit Union", "Private Sector Housing Team",
       "Q3 2025/26"),
      ("Open a 12-unit family emergency accommodation scheme with Wrenfold Community Housing Trust",
       "Housing Options Manager", "By March 2027")]),
    ("A thriving local economy",
     "Our market towns of Wrenfold, Hoxley and Stannard Cross are the heart of the district’s economy.",
     ["Help small businesses to start and grow",
      "Revitalise our three market towns",
      "Improve skills and access to good jobs"],
     [("Deliver the Hoxley High Street improvement scheme with Northshire County Council", "Economic Development",
       "2025–2027"),
      ("Run a small business grants programme funded by the UK Shared Prosperity Fund", "Economic Development",
       "By March 2026"),
      ("Work with Wrenfold College to open a construction skills centre", "Head of Economy and Regeneration",
       "September 2026")]),
    ("Clean, green and safe places",
     "We declared a climate emergency in 2019 and residents tell us that clean streets and feeling safe matter most.",
     ["Reach net zero carbon for council operations by 2035",
      "Raise the household recycling rate to 55%",
      "Reduce anti-social behaviour in our town centres"],
     [("Introduce weekly food waste collections for all households", "Waste and Recycling Manager", "April 2026"),
      ("Replace 20 refuse collection vehicles with electric vehicles", "Fleet Manager", "2026–2029"),
      ("Extend town centre CCTV in Stannard Cross with the Wrenfold Community Safety Partnership",
       "Community Safety Team", "Q2 2025/26")]),
    ("Healthy and connected communities",
     "Life expectancy in our most deprived wards is seven years lower than in the least deprived.",
     ["Reduce health inequalities across the district",
      "Support voluntary and community groups to thrive"],
     [("Refurbish Hoxley Leisure Centre with our leisure operator, Active Wrenfold Trust", "Head of Leisure",
       "By March 2027"),
      ("Launch a £100,000 a year community grants fund with Northshire Community Foundation", "Communities Team",
       "Annually from 2025"),
      ("Agree a joint health and wellbeing plan with Northshire and Vale Integrated Care Board",
       "Director of Communities", "By June 2026")]),
    ("A well-run council",
     "We face a budget gap of £3.1m by 2027/28 and must change how we work.",
     ["Set a balanced budget every year",
      "Make it easier to contact us and get things done online",
      "Be a great place to work"],
     [("Deliver £2.4m of savings through the Fit for the Future programme", "Chief Finance Officer",
       "2025/26 – 2027/28"),
      ("Launch a new customer portal and app", "Head of Digital and Customer Services", "By October 2025"),
      ("Publish a new workforce strategy", "Head of HR and Organisational Development", "By March 2026")]),
]


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 10, 13.5, spaceAfter=6)
    obj = style("o", F, 10, 13.5, spaceAfter=2, leftIndent=11 * mm, firstLineIndent=-11 * mm)
    sub = style("sh", FB, 10.5, 14, spaceBefore=6, spaceAfter=3)
    cell = style("c", F, 9, 11.5)
    cellb = style("cb", FB, 9, 11.5, textColor=colors.white)
    s = []
    cover = Table([[Paragraph("<font color='white'>Wrenfold District Council</font>", style("cv1", F, 13, 16))],
                   [Paragraph("<font color='white'><b>Corporate Strategy 2025–2029</b></font>", style("cv2", FB, 24, 29))],
                   [Paragraph("<font color='white'>Our plan for a fairer, greener Wrenfold</font>", style("cv3", F, 12, 15))]],
                  colWidths=[170 * mm])
    cover.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), COLS[0]), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                               ("TOPPADDING", (0, 0), (0, 0), 14), ("BOTTOMPADDING", (0, -1), (0, -1), 14)]))
    s.append(cover)
    s.append(Spacer(1, 8))
    s.append(Paragraph("Adopted by Full Council on 26 February 2025", style("ad", F, 9, 12, textColor=colors.grey)))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Foreword", sub))
    s.append(Paragraph("This strategy sets out what Wrenfold District Council will focus on over the four years from "
                       "April 2025 to March 2029. It was shaped by more than 1,800 responses to our ‘Wrenfold Conversation’ "
                       "survey in summer 2024 and by our partners in the Wrenfold Partnership Board. It replaces the Council "
                       "Plan 2021–2025.", body))
    s.append(Paragraph("<i>Cllr Joanna Pike, Leader of the Council, and Alistair Grove, Chief Executive</i>", body))
    s.append(Paragraph("Our priorities", sub))
    rows = []
    for i, (t, intro, _, _) in enumerate(PRIORITIES):
        rows.append([Paragraph(f"<font color='white'><b>{i + 1}</b></font>", style(f"n{i}", FB, 20, 22, alignment=1)),
                     Paragraph(f"<b>{t}</b>", style(f"pt{i}", FB, 11, 14))])
    pt = Table(rows, colWidths=[16 * mm, 154 * mm])
    pt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (1, 0), (1, -1), 0.4, colors.lightgrey)]
                           + [("BACKGROUND", (0, i), (0, i), COLS[i]) for i in range(5)]))
    s.append(pt)
    s.append(Spacer(1, 6))
    s.append(Paragraph("Cross-cutting themes", sub))
    s.append(Paragraph("Three themes run through everything we do:", body))
    for x in ("Tackling the climate emergency", "Fairness and inclusion", "Working with our communities and partners"):
        s.append(Paragraph(f"•&nbsp;&nbsp;{x}", style("bl", F, 10, 13.5, leftIndent=6 * mm, spaceAfter=1)))
    s.append(PageBreak())

    for i, (title, intro, objectives, actions) in enumerate(PRIORITIES):
        n = i + 1
        band = Table([[Paragraph(f"<font color='white'><b>Priority {n}: {title}</b></font>", style(f"b{n}", FB, 13, 16))]],
                     colWidths=[170 * mm])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), COLS[i]), ("TOPPADDING", (0, 0), (-1, -1), 6),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        part = [band, Spacer(1, 5), Paragraph(intro, body), Paragraph("Our objectives", sub)]
        for j, o in enumerate(objectives):
            part.append(Paragraph(f"<b>{n}.{j + 1}</b>&nbsp;&nbsp;&nbsp;{o}", obj))
        part.append(Spacer(1, 5))
        rows = [[Paragraph("Action", cellb), Paragraph("Lead", cellb), Paragraph("Timescale", cellb)]]
        rows += [[Paragraph(a, cell), Paragraph(b, cell), Paragraph(c, cell)] for a, b, c in actions]
        t = Table(rows, colWidths=[100 * mm, 42 * mm, 28 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), COLS[i]), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        part.append(t)
        part.append(Spacer(1, 12))
        s.append(KeepTogether(part))

    kpi = [["Measure", "Baseline 2023/24", "Target 2028/29"],
           ["New affordable homes completed each year", "96", "150"],
           ["Households in temporary accommodation", "142", "90"],
           ["Household recycling rate", "44.8%", "55%"],
           ["Council carbon emissions (tonnes CO2e)", "6,420", "3,200"],
           ["Residents satisfied with the way the Council runs things", "58%", "70%"]]
    kt = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(kpi)],
               colWidths=[100 * mm, 35 * mm, 35 * mm])
    kt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#555555")),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]))
    s.append(KeepTogether([Paragraph("Measuring success", sub),
                           Paragraph("We will track these headline measures and publish them on our website:", body), kt,
                           Spacer(1, 10)]))
    s.append(KeepTogether([Paragraph("How we will deliver and report progress", sub), Paragraph("Each service will set out its contribution in an annual service plan. The Council will publish "
                       "an annual progress report each July, starting in July 2026, and the Overview and Scrutiny "
                       "Committee will review performance against the strategy every six months. The strategy will be "
                       "refreshed after the district council elections in May 2027.", body)]))

    def page(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 10 * mm, "Wrenfold District Council | Corporate Strategy 2025–2029")
        c.drawRightString(190 * mm, 10 * mm, f"{d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title="Wrenfold Corporate Strategy 2025-2029")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
