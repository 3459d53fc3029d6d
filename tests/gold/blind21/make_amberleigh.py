"""Joint health and wellbeing strategy: full-width cover band with foreword, roman-numbered principles
"i."-"vi." ("Label - description"), "Our priorities" as a 3x2 grid of coloured tiles (number badge, title
that wraps, one-line description), a life-course page with three side-by-side numbered ambition boxes that
also hold partner commitments, an outcomes framework table (Outcome | Indicator | Baseline | Target 2030),
and a "Making it happen" section.  Running header from page 2, page numbers bottom right."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind21-uk-amberleigh-hwb-joint-health-and-wellbeing-strategy-2025-2030"
TEAL = colors.HexColor("#00677f")
TILE = [colors.HexColor(c) for c in ("#e0f0f3", "#fbeadf", "#e8f3e0", "#f3e5f0", "#fff4d6", "#e6e9f5")]


def build():
    fonts()
    F, FB, HS = "LibSans", "LibSans-Bold", "LibSerif-Bold"
    body = style("b", F, 10, 14, spaceAfter=6)
    h1 = style("h1", HS, 17, 21, textColor=TEAL, spaceBefore=4, spaceAfter=6)
    h2 = style("h2", HS, 13, 16, textColor=TEAL, spaceBefore=8, spaceAfter=4)
    cell = style("c", F, 9, 12)
    cellb = style("cb", FB, 9, 12)
    W = 174 * mm

    def P(t, st=body):
        return Paragraph(t, st)

    cover = Table([[P("<font color='white'>Amberleigh Health and Wellbeing Board</font>", style("c0", F, 11, 14))],
                   [P("<font color='white'>Living Well in Amberleigh</font>", style("c1", HS, 30, 36))],
                   [P("<font color='white'>Joint Health and Wellbeing Strategy 2025–2030</font>",
                      style("c2", F, 15, 19))],
                   [P("<font color='white'>Approved by the Amberleigh Health and Wellbeing Board on 11 March 2025 "
                      "· Published April 2025</font>", style("c3", F, 9, 12))]],
                  colWidths=[W])
    cover.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 12),
                               ("TOPPADDING", (0, 0), (0, 0), 16), ("BOTTOMPADDING", (0, -1), (-1, -1), 16),
                               ("TOPPADDING", (0, 1), (0, 1), 26), ("BOTTOMPADDING", (0, 1), (0, 1), 10)]))
    s = [cover, Spacer(1, 14), P("Foreword", h1),
         P("Where we live, learn and work shapes our health far more than the care we receive when we are unwell. "
           "In Amberleigh, a baby born in Castlegate can expect to live almost ten years less than one born in "
           "Hethersett Park. This strategy sets out how the members of the Amberleigh Health and Wellbeing Board "
           "– Amberleigh Council, NHS Amberleigh and Downholm Integrated Care Board (ICB), Amberleigh Hospitals "
           "NHS Foundation Trust, Healthwatch Amberleigh, Amberleigh Voluntary Action and Amberleigh Police – will "
           "work together over the next five years to close that gap."),
         P("The strategy was shaped by more than 1,400 residents who took part in our Big Health Conversation in "
           "summer 2024, and it builds on the Joint Strategic Needs Assessment 2024. It is deliberately focused: "
           "six priorities, three life-course ambitions and a small set of outcomes we will report on every year."),
         P("<b>Cllr Priya Bhandari</b>, Chair, Amberleigh Health and Wellbeing Board<br/>"
           "<b>Dr Owen Marchetti</b>, Director of Public Health, Amberleigh Council",
           style("sig", F, 10, 14, spaceBefore=6)),
         PageBreak()]

    s += [P("Our principles", h1),
          P("Everything partners do under this strategy will be guided by six principles:")]
    principles = [("Prevention first", "acting early to stop problems before they start"),
                  ("Fairness", "focusing effort where health outcomes are poorest"),
                  ("Working with communities", "building on the strengths people already have"),
                  ("Joined-up services", "health, care and council services working as one"),
                  ("Evidence and learning", "using data and lived experience to decide what works"),
                  ("Health in all policies", "making every decision count for health")]
    roman = ["i.", "ii.", "iii.", "iv.", "v.", "vi."]
    pr = Table([[P(r, cellb), P(f"<b>{a}</b> – {b}", style("pp", F, 10, 14))] for r, (a, b) in zip(roman, principles)],
               colWidths=[12 * mm, W - 12 * mm])
    pr.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TEXTCOLOR", (0, 0), (0, -1), TEAL)]))
    s += [pr, Spacer(1, 10), P("Our priorities", h1),
          P("The Board has agreed six priorities for 2025–2030. Each has a lead partner and a delivery plan that "
            "is reviewed annually.")]
    tiles = [("Best start for every child", "Healthy pregnancies, early years and school readiness"),
             ("Good mental health for all", "Earlier support and less stigma at every age"),
             ("Healthy weight and active lives", "More movement and healthier food in every neighbourhood"),
             ("Tackling harm from tobacco, alcohol and drugs", "A smokefree Amberleigh and fewer alcohol admissions"),
             ("Good work, warm homes and decent incomes", "Action on the wider determinants of health"),
             ("Living well with long-term conditions", "Earlier diagnosis and better self-management")]
    tw = W / 3

    def tile(i, t, d):
        return [P(f"<font color='#00677f'><b>{i}</b></font>", style(f"n{i}", HS, 20, 22)),
                P(t, style(f"tt{i}", FB, 11, 14, spaceBefore=2)),
                P(d, style(f"td{i}", F, 8.5, 11, spaceBefore=3, textColor=colors.HexColor("#333333")))]

    grid = Table([[tile(i + 1, *tiles[i]) for i in range(3)], [tile(i + 1, *tiles[i]) for i in range(3, 6)]],
                 colWidths=[tw] * 3, rowHeights=[40 * mm, 40 * mm])
    gst = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 3, colors.white),
           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
           ("TOPPADDING", (0, 0), (-1, -1), 7)]
    for k in range(6):
        gst.append(("BACKGROUND", (k % 3, k // 3), (k % 3, k // 3), TILE[k]))
    grid.setStyle(TableStyle(gst))
    s += [grid, PageBreak()]

    s += [P("A life course approach", h1),
          P("Our priorities apply at every stage of life. Over the five years of this strategy we have set three "
            "ambitions, one for each stage of the life course, and partners have made specific commitments "
            "towards each of them."),
          Spacer(1, 4)]
    amb = [("1", "Start well:", "Every child in Amberleigh has the best possible start in life.",
            ["Amberleigh Council will open Family Hubs in all six localities by March 2027.",
             "The ICB will commission a perinatal mental health outreach service by October 2025."]),
           ("2", "Live well:", "Adults live longer, healthier lives and the gap between our most and least "
                               "deprived areas narrows.",
            ["Amberleigh Council will launch a whole-system healthy weight programme in 2025/26.",
             "Amberleigh Hospitals NHS Foundation Trust will offer stop-smoking support to every smoker "
             "admitted to hospital."]),
           ("3", "Age well:", "Older people stay independent, connected and in control of their care for as "
                              "long as possible.",
            ["Amberleigh Council and the ICB will jointly commission a community falls prevention service from "
             "April 2026.",
             "Amberleigh Voluntary Action will recruit 200 new befriending volunteers by December 2026."])]
    cols = []
    for n, lab, text, acts in amb:
        c = [P(n, style(f"an{n}", HS, 26, 28, textColor=TEAL)),
             P(f"<b>{lab}</b> {text}", style(f"at{n}", F, 10, 13.5, spaceBefore=4, spaceAfter=6)),
             P("What partners will do", style(f"ah{n}", FB, 8.5, 11, textColor=TEAL, spaceAfter=2))]
        for a in acts:
            c.append(P(a, style(f"aa{n}{len(c)}", F, 8.5, 11, spaceAfter=4, leftIndent=6, bulletIndent=0,
                                bulletFontName=F), ))
        cols.append(c)
    lc = Table([cols], colWidths=[W / 3] * 3)
    lc.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.8, TEAL),
                            ("INNERGRID", (0, 0), (-1, -1), 0.8, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 7),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s += [lc, Spacer(1, 10), P("Making it happen", h2),
          P("The Amberleigh Health and Wellbeing Board will publish an annual progress report each July, starting "
            "in July 2026. Each priority has a lead partner who reports to the Board twice a year, and progress will "
            "also be scrutinised by the council’s Health and Adult Social Care Scrutiny Committee."),
          P("Healthwatch Amberleigh will run a residents’ panel to review progress against the outcomes "
            "framework every six months. The strategy will be refreshed in 2028 following the next Joint Strategic "
            "Needs Assessment."),
          PageBreak()]

    s += [P("Outcomes framework", h1),
          P("We will know the strategy is working if the following outcomes improve. Baselines are the latest "
            "published figures from the Office for Health Improvement and Disparities (OHID) Fingertips profiles "
            "unless stated.")]
    of = [["Outcome", "Indicator", "Baseline", "Target (2030)"],
          ["Children are ready to start school", "% of children achieving a good level of development at age 5",
           "64.1% (2023/24)", "70%"],
          ["Fewer babies are exposed to smoking in pregnancy", "% of mothers smoking at time of delivery",
           "11.2% (2023/24)", "6%"],
          ["People report good mental wellbeing", "Average life satisfaction score, adults (ONS Annual "
           "Population Survey)", "7.2 (2022/23)", "7.5"],
          ["Fewer people die by suicide", "Suicide rate per 100,000 population", "12.4 (2021–23)", "10.0"],
          ["More adults are physically active", "% of adults doing 150+ minutes of activity a week",
           "61.8% (2022/23)", "67%"],
          ["Fewer adults smoke", "Smoking prevalence in adults (18+)", "13.9% (2023)", "5% or less"],
          ["The gap in life expectancy narrows", "Gap in life expectancy at birth between the most and least "
           "deprived deciles (years, men)", "9.8 (2018–20)", "8.5"],
          ["Older people remain independent after a hospital stay", "% of people aged 65+ still at home 91 days "
           "after discharge into reablement", "79.5% (2023/24)", "85%"]]
    ot = Table([[P(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(of)],
               colWidths=[52 * mm, 70 * mm, 28 * mm, 24 * mm], repeatRows=1)
    ot.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8aa9b2")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe6ec")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [ot, Spacer(1, 8),
          P("Targets are ambitious but achievable: they assume Amberleigh closes half of its gap to the England "
            "average by 2030.", style("fn", F, 8.5, 11, textColor=colors.grey))]

    def draw(c, page, total):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(TEAL)
        if page > 1:
            c.drawString(18 * mm, 286 * mm, "Living Well in Amberleigh")
            c.drawRightString(192 * mm, 286 * mm, "Joint Health and Wellbeing Strategy 2025–2030")
        c.drawRightString(192 * mm, 10 * mm, str(page))
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Living Well in Amberleigh – Joint Health and Wellbeing Strategy 2025–2030")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
