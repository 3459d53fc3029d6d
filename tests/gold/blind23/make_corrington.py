"""UK health and wellbeing board strategy refresh: portrait cover, two-column foreword and "what has changed" page,
an A4 landscape "plan on a page" (vision banner, three coloured columns of priorities, principles strip), numbered
ambitions and i)–iv) principles, a ruled outcomes and measures table, governance and next steps; mixed page sizes,
footer with page number from page 2."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from lib import PDF, fonts, style

STEM = "blind23-uk-corrington-hwb-joint-health-wellbeing-strategy-refresh-2025-2030"
PURPLE = colors.HexColor("#5b2a86")
COLS = [("Start Well", colors.HexColor("#e07a1f"), [
            "Give every child the best start in life, from pregnancy to age five",
            "Improve the emotional wellbeing and mental health of children and young people",
            "Support young people into education, employment or training"]),
        ("Live Well", colors.HexColor("#2a7f62"), [
            "Healthy homes: warm, safe and affordable housing",
            "Healthy weight and physical activity",
            "Reduce smoking and harmful drinking",
            "Good mental wellbeing and connected communities"]),
        ("Age Well", colors.HexColor("#2b5c9e"), [
            "Help people stay independent at home for longer",
            "Prevent falls and frailty",
            "Support unpaid carers",
            "Improve care and support at the end of life"])]
AMBITIONS = [
    "Increase healthy life expectancy for men and for women in Corrington by one year by 2030.",
    "Narrow the gap in life expectancy between the most and least deprived neighbourhoods of Corrington.",
    "Every child is ready for school at age five.",
    "Halve the gap in smoking rates between people in routine and manual jobs and all adults.",
    "More people live in warm, safe and affordable homes.",
    "Fewer older people are admitted to hospital after a fall."]
PRINCIPLES = [
    "Prevention first – we will shift effort and resources towards preventing ill health before it starts.",
    "Proportionate universalism – services for everyone, with more support for those who need it most.",
    "Working with communities – we will design services with residents and build on the strengths of local places.",
    "Using data and evidence – we will share data across organisations and act on what it tells us."]
OUTCOMES = [
    ("Start Well", "Children are ready for school", "Children achieving a good level of development at age 5",
     "64.1% (2023/24)", "70%"),
    ("Start Well", "Fewer children are overweight", "Year 6 children who are overweight or obese", "38.2% (2023/24)", "34%"),
    ("Live Well", "Fewer people smoke", "Smoking prevalence in adults (18+)", "13.9% (2023)", "8%"),
    ("Live Well", "More people live in warm homes", "Households in fuel poverty", "15.2% (2022)", "11%"),
    ("Live Well", "Better mental wellbeing for adults", "Adults reporting low life satisfaction", "6.1% (2022/23)", "5%"),
    ("Age Well", "Fewer older people fall and are harmed", "Emergency admissions due to falls, aged 65+, per 100,000",
     "2,310 (2023/24)", "2,000"),
    ("Age Well", "Older people stay independent after a hospital stay",
     "Older people still at home 91 days after discharge into reablement", "79.5% (2023/24)", "85%")]


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 9.5, 13.5, spaceAfter=6)
    h1 = style("h1", FB, 17, 21, textColor=PURPLE, spaceAfter=8)
    h2 = style("h2", FB, 12, 15, textColor=PURPLE, spaceBefore=6, spaceAfter=5, keepWithNext=1)
    num = style("n", F, 10, 14, leftIndent=9 * mm, firstLineIndent=-9 * mm, spaceAfter=5)
    cell = style("c", F, 8.5, 11)
    cellb = style("cb", FB, 8.5, 11, textColor=colors.white)
    pw, ph = A4
    lw, lh = landscape(A4)
    FOOT = "Corrington Joint Local Health and Wellbeing Strategy 2025–2030 (refreshed April 2025)"

    def cover(c, d):
        c.saveState()
        c.setFillColor(PURPLE)
        c.rect(0, 0, pw, ph, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#f2b134"))
        c.circle(pw - 30 * mm, ph - 40 * mm, 55 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(FB, 12)
        c.drawString(22 * mm, ph - 35 * mm, "Corrington Health and Wellbeing Board")
        c.setFont(FB, 28)
        c.drawString(22 * mm, ph - 120 * mm, "Joint Local Health and")
        c.drawString(22 * mm, ph - 133 * mm, "Wellbeing Strategy")
        c.drawString(22 * mm, ph - 146 * mm, "2025–2030")
        c.setFont(F, 15)
        c.drawString(22 * mm, ph - 162 * mm, "Strategy refresh")
        c.setFont(F, 10.5)
        c.drawString(22 * mm, 42 * mm, "Approved by the Corrington Health and Wellbeing Board on 26 March 2025")
        c.drawString(22 * mm, 35 * mm, "Published April 2025")
        c.restoreState()

    def foot(c, d, width):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(15 * mm, 9 * mm, FOOT)
        c.drawRightString(width - 15 * mm, 9 * mm, str(d.page))
        c.restoreState()

    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, title="Joint Local Health and Wellbeing Strategy 2025-2030 refresh")
    gap = 8 * mm
    colw = (pw - 36 * mm - gap) / 2
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(20 * mm, 20 * mm, pw - 40 * mm, 10 * mm)], onPage=cover),
        PageTemplate("twocol", [Frame(18 * mm, 18 * mm, pw - 36 * mm, 22 * mm, id="top") if False else
                                Frame(18 * mm, ph - 40 * mm, pw - 36 * mm, 24 * mm, id="banner"),
                                Frame(18 * mm, 18 * mm, colw, ph - 60 * mm, id="l"),
                                Frame(18 * mm + colw + gap, 18 * mm, colw, ph - 60 * mm, id="r")],
                     onPage=lambda c, d: foot(c, d, pw)),
        PageTemplate("portrait", [Frame(18 * mm, 18 * mm, pw - 36 * mm, ph - 34 * mm)], onPage=lambda c, d: foot(c, d, pw)),
        PageTemplate("landscape", [Frame(14 * mm, 14 * mm, lw - 28 * mm, lh - 26 * mm)], pagesize=landscape(A4),
                     onPage=lambda c, d: foot(c, d, lw)),
    ])
    s = [NextPageTemplate("twocol"), PageBreak()]
    s += [Paragraph("Foreword and what has changed", h1), FrameBreak()]
    s += [Paragraph("Foreword", h2),
          Paragraph("Our first joint strategy, for 2022–2027, was written as Corrington emerged from the pandemic. "
                    "Since then the cost of living has risen sharply, waiting lists have grown and the gap in healthy "
                    "life expectancy between our most and least deprived neighbourhoods has widened to 17.4 years.", body),
          Paragraph("This refresh keeps our vision but sharpens our priorities, extends the strategy to 2030 and sets "
                    "out how the Board, Corrington Council, NHS Corrington and Ashmere Integrated Care Board and our "
                    "voluntary and community sector partners will work together through the Corrington Integrated Care "
                    "Partnership.", body),
          Paragraph("Residents told us, through 1,140 survey responses and 22 community conversations run with "
                    "Corrington Community and Voluntary Service and Healthwatch Corrington between July and October "
                    "2024, that housing, money worries and loneliness matter most to their health.", body),
          Paragraph("<b>Cllr Imogen Thackeray</b><br/>Chair, Corrington Health and Wellbeing Board", body),
          Paragraph("Our vision", h2),
          Paragraph("<b>Everyone in Corrington lives a longer, healthier and happier life, wherever they live and "
                    "whoever they are.</b>", body),
          FrameBreak(),
          Paragraph("What has changed in this refresh", h2),
          Paragraph("We have kept the three life-course areas of Start Well, Live Well and Age Well. Within them:", body),
          Paragraph("• <b>Healthy homes</b> is a new priority, added in 2025 in response to what residents told us "
                    "about cold, damp and overcrowded housing.", body),
          Paragraph("• <b>Healthy weight and physical activity</b> is now a priority in its own right; in the 2022 "
                    "strategy it was part of the Healthy lifestyles priority.", body),
          Paragraph("• <b>Tackling loneliness</b> is no longer a separate priority. It has been merged with mental "
                    "wellbeing to form Good mental wellbeing and connected communities.", body),
          Paragraph("• The Healthy lifestyles priority has been replaced by Reduce smoking and harmful drinking.", body),
          Paragraph("The refresh was informed by the Corrington Joint Strategic Needs Assessment 2024 and by data "
                    "from the Office for Health Improvement and Disparities.", body),
          NextPageTemplate("portrait"), PageBreak()]
    s.append(Paragraph("Corrington at a glance", h1))
    s.append(Paragraph("The Joint Strategic Needs Assessment brings together what we know about the health of our "
                       "residents. Some of the headline findings are set out below.", body))
    facts = [("286,400", "residents (mid-2023 estimate), 19% aged 65 or over"),
             ("17.4 years", "gap in healthy life expectancy between the most and least deprived neighbourhoods (2021–2023)"),
             ("1 in 5", "children live in relative low-income families (2022/23)"),
             ("14%", "of residents aged 65 or over live alone"),
             ("9,800", "unpaid carers identified by GP practices, an estimated one in three of all carers"),
             ("23%", "of private rented homes have a serious hazard such as damp or excess cold")]
    grid = []
    for i in range(0, 6, 2):
        grid.append([[Paragraph(facts[j][0], style("fn" + str(j), FB, 20, 24, textColor=PURPLE)),
                      Paragraph(facts[j][1], body)] for j in (i, i + 1)])
    g = Table(grid, colWidths=[(pw - 36 * mm) / 2] * 2)
    g.setStyle(TableStyle([("BOX", (0, 0), (0, -1), 0.5, colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f5f0fa")),
                           ("INNERGRID", (0, 0), (-1, -1), 3, colors.white), ("TOPPADDING", (0, 0), (-1, -1), 10),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 10), ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    s += [g, Spacer(1, 10)]
    s.append(Paragraph("Life expectancy at birth in Corrington is 78.1 years for men and 82.0 years for women, both "
                       "below the England average. Around 41,000 residents live in neighbourhoods that are among the "
                       "20% most deprived in England. Smoking, obesity and poor housing account for a large share of the "
                       "difference in health between areas.", body))
    s += [NextPageTemplate("landscape"), PageBreak()]

    # plan on a page
    s.append(Paragraph("Our plan on a page", style("pop", FB, 18, 22, textColor=PURPLE, spaceAfter=6)))
    vis = Table([[Paragraph("<b>Our vision:</b> Everyone in Corrington lives a longer, healthier and happier life, "
                            "wherever they live and whoever they are.", style("v", F, 11, 14, textColor=colors.white))]],
                colWidths=[lw - 28 * mm])
    vis.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PURPLE), ("TOPPADDING", (0, 0), (-1, -1), 7),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    s += [vis, Spacer(1, 6)]
    cw = (lw - 28 * mm) / 3
    head = [Paragraph(t, style("ch" + t, FB, 14, 17, textColor=colors.white, alignment=1)) for t, _c, _i in COLS]
    cells = [[Paragraph("Our priorities", style("op" + t, FB, 9, 12, textColor=col))] +
             [Paragraph(f"• {x}", style("pi" + t + str(k), F, 10, 13.5, spaceAfter=7, leftIndent=8, firstLineIndent=-8))
              for k, x in enumerate(items)] for t, col, items in COLS]
    pop = Table([head, cells], colWidths=[cw] * 3, rowHeights=[12 * mm, 82 * mm])
    ts = [("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("VALIGN", (0, 1), (-1, 1), "TOP"),
          ("LINEAFTER", (0, 0), (1, -1), 4, colors.white), ("TOPPADDING", (0, 1), (-1, 1), 8)]
    for i, (_t, col, _x) in enumerate(COLS):
        ts += [("BACKGROUND", (i, 0), (i, 0), col), ("BOX", (i, 1), (i, 1), 1.2, col)]
    pop.setStyle(TableStyle(ts))
    s += [pop, Spacer(1, 6)]
    strip = Table([[Paragraph("<b>How we will work:</b> Prevention first · Proportionate universalism · Working with "
                              "communities · Using data and evidence", style("str", F, 10, 13))]],
                  colWidths=[lw - 28 * mm])
    strip.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#efe6f6"))]))
    s += [strip, NextPageTemplate("portrait"), PageBreak()]

    s.append(Paragraph("Our ambitions for 2030", h1))
    s.append(Paragraph("By 2030, working together, we want to achieve the following ambitions:", body))
    for i, a in enumerate(AMBITIONS, 1):
        s.append(Paragraph(f"{i}.&nbsp;&nbsp;&nbsp;{a}", num))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Our principles", h1))
    s.append(Paragraph("All partners on the Board have signed up to four principles that will shape how we deliver "
                       "every priority:", body))
    for r, p in zip(("i)", "ii)", "iii)", "iv)"), PRINCIPLES):
        s.append(Paragraph(f"{r}&nbsp;&nbsp;&nbsp;{p}", num))
    s.append(PageBreak())
    s.append(Paragraph("Outcomes and measures", h1))
    s.append(Paragraph("The table below sets out the outcomes we will track for each life-course area, the measure we "
                       "will use, the latest baseline and our ambition for 2030. Data sources are the Office for Health "
                       "Improvement and Disparities Fingertips profiles and local council data.", body))
    rows = [[Paragraph(h, cellb) for h in ("Life-course area", "Outcome", "Measure", "Baseline", "2030 ambition")]]
    rows += [[Paragraph(a, cell), Paragraph(b, cell), Paragraph(c_, cell), Paragraph(d_, cell), Paragraph(e, cell)]
             for a, b, c_, d_, e in OUTCOMES]
    t = Table(rows, colWidths=[25 * mm, 45 * mm, 58 * mm, 24 * mm, 22 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                           ("BACKGROUND", (0, 0), (-1, 0), PURPLE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f0fa")])]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(Paragraph("Baselines will be updated each year when new data are published. Where a measure is "
                       "available by neighbourhood, progress will also be reported for the 20% most deprived "
                       "neighbourhoods, so that we can see whether gaps are narrowing.", body))
    s.append(PageBreak())
    s.append(Paragraph("Delivery, governance and next steps", h1))
    s.append(Paragraph("The strategy will be delivered through the Corrington Integrated Care Partnership, the "
                       "Children and Young People’s Partnership and the Ageing Well Board, each of which will hold a "
                       "delivery plan for its life-course area.", body))
    for x in ("The Director of Public Health will publish a delivery plan for each of the three life-course areas by "
              "31 October 2025.",
              "Each partner organisation will name a senior lead for each priority by September 2025.",
              "The Corrington Integrated Care Partnership will align its Integrated Care Strategy with these priorities "
              "by March 2026.",
              "Healthwatch Corrington will run an annual residents’ survey on the strategy’s priorities, starting in "
              "autumn 2025.",
              "The Health and Wellbeing Board will oversee delivery and will receive an annual progress report each "
              "July, starting in July 2026."):
        s.append(Paragraph("• " + x, style("bl", F, 9.5, 13.5, leftIndent=10, firstLineIndent=-10, spaceAfter=6)))
    s.append(Paragraph("A mid-point review of the strategy will take place in 2027/28, and a full review will be "
                       "carried out before the strategy ends in March 2030.", body))
    s.append(Paragraph("Board members", h2))
    s.append(Paragraph("Corrington Council; NHS Corrington and Ashmere Integrated Care Board; Corrington Hospitals NHS "
                       "Foundation Trust; Ashmere and Corrington Mental Health NHS Trust; Corrington Community and "
                       "Voluntary Service; Healthwatch Corrington; Corrington and Ashmere Police; Corrington Housing "
                       "Partnership.", body))
    s.append(Paragraph("Contact: Public Health Team, Corrington Council, Town Hall, Market Street, Corrington CR1 1AA. "
                       "This document is available in large print and other languages on request.",
                       style("ct", F, 8.5, 11.5, textColor=colors.HexColor("#555555"), spaceBefore=10)))
    doc.build(s)


if __name__ == "__main__":
    build()
