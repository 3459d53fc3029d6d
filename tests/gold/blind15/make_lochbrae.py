"""Scottish leisure and culture trust business plan: coloured cover band, values as four small boxes in a row,
the four priorities as a 2x2 grid of coloured tiles (big numeral, title, one-line aim), then a ruled action
table grouped by priority (spanning band rows, Ref / What we will do / Lead / By when) running onto page 3 with a
repeated header; due dates mix months, financial-year quarters ("Q3 2025/26"), financial years and "Ongoing"."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind15-uk-lochbrae-leisure-and-culture-trust-business-plan-2025-2028"
PURPLE = colors.HexColor("#4b2a6b")
TILES = [colors.HexColor("#e6dcf0"), colors.HexColor("#d8ecf3"), colors.HexColor("#f6e3cf"), colors.HexColor("#dcefdc")]

PRIORITIES = [
    ("More people, more active", "10,000 more visits a year from people who are currently inactive."),
    ("Libraries at the heart of communities", "Every library a warm, digital and cultural hub for its town."),
    ("A financially sustainable Trust", "Reduce reliance on the Lochbrae Council service fee to 55% of income."),
    ("Net zero ready venues", "Cut venue carbon emissions by 40% against the 2019/20 baseline."),
]

ACTIONS = [
    ("1", [("1.1", "Launch a GP and physiotherapy referral pathway with NHS Lochbrae", "Head of Sport & Wellbeing", "September 2025"),
           ("1.2", "Introduce a £1 concession swim for under-18s at all six pools", "Head of Sport & Wellbeing", "June 2025"),
           ("1.3", "Deliver 40 ‘Active Streets’ taster sessions with the Lochbrae Health and Social Care Partnership", "Community Sport Manager", "Q3 2025/26"),
           ("1.4", "Apply to sportscotland for Sport Facilities Fund support for the Kirkstane pool changing village", "Head of Sport & Wellbeing", "March 2026")]),
    ("2", [("2.1", "Open Warm Spaces in all 11 libraries every winter", "Libraries Manager", "Ongoing"),
           ("2.2", "Roll out free device lending and digital help sessions in every library", "Libraries Manager", "2025/26"),
           ("2.3", "Relocate Kirkstane Library into the refurbished Burgh Hall", "Libraries Manager", "Q2 2026/27"),
           ("2.4", "Host a touring exhibition from National Museums Scotland at the Tolbooth Museum", "Museums Officer", "Q4 2026/27")]),
    ("3", [("3.1", "Introduce a single membership covering gym, swim and classes", "Commercial Manager", "April 2025"),
           ("3.2", "Renegotiate the services agreement fee with Lochbrae Council for 2026/27 onwards", "Chief Executive", "December 2025"),
           ("3.3", "Grow café and venue hire income by 15%", "Commercial Manager", "March 2027")]),
    ("4", [("4.1", "Replace gas boilers at Glenview Leisure Centre with air source heat pumps", "Estates Manager", "Q1 2026/27"),
           ("4.2", "Install solar PV on four venue roofs", "Estates Manager", "March 2027"),
           ("4.3", "Publish an annual carbon report to the Board", "Finance Director", "Each June")]),
]


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 10, 14, spaceAfter=6)
    h = style("h", FB, 14, 18, textColor=PURPLE, spaceBefore=6, spaceAfter=6)
    cell = style("c", F, 9, 11.5)
    cellb = style("cb", FB, 9, 11.5)
    s = []
    band = Table([[Paragraph("<font color='white'>Lochbrae Leisure &amp; Culture</font>", style("bn", FB, 22, 28))],
                  [Paragraph("<font color='white'>Business Plan 2025–2028</font>", style("bn2", F, 15, 20))]],
                 colWidths=[174 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PURPLE), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                              ("TOPPADDING", (0, 0), (-1, 0), 14), ("BOTTOMPADDING", (0, -1), (-1, -1), 14)]))
    s += [band, Spacer(1, 8),
          Paragraph("Lochbrae Leisure and Culture Trust is a Scottish charitable incorporated organisation (SCIO). We "
                    "run six leisure centres, eleven libraries and the Tolbooth Museum on behalf of Lochbrae Council, "
                    "under a services agreement that runs to 31 March 2030.", body),
          Paragraph("This plan covers the three financial years from 1 April 2025 to 31 March 2028. It was approved "
                    "by the Board of Trustees on 26 March 2025.", body),
          Paragraph("Our values", h)]
    vals = ["Welcoming", "Active", "Curious", "Sustainable"]
    v = Table([[Paragraph(f"<b>{x}</b>", style("v", FB, 11, 14, alignment=1, textColor=PURPLE)) for x in vals]],
              colWidths=[43.5 * mm] * 4)
    v.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, PURPLE), ("INNERGRID", (0, 0), (-1, -1), 1, colors.white),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3eef8")),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s += [v, Spacer(1, 6), Paragraph("Our four priorities", h)]

    def tile(i):
        title, aim = PRIORITIES[i]
        return [Paragraph(f"{i + 1}", style(f"n{i}", FB, 28, 32, textColor=PURPLE)),
                Paragraph(f"<b>{title}</b>", style(f"tt{i}", FB, 12, 15, spaceAfter=4)),
                Paragraph(aim, style(f"ta{i}", F, 9.5, 12.5))]

    g = Table([[tile(0), tile(1)], [tile(2), tile(3)]], colWidths=[87 * mm, 87 * mm], rowHeights=[46 * mm, 46 * mm])
    g.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), TILES[0]), ("BACKGROUND", (1, 0), (1, 0), TILES[1]),
                           ("BACKGROUND", (0, 1), (0, 1), TILES[2]), ("BACKGROUND", (1, 1), (1, 1), TILES[3]),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 8),
                           ("INNERGRID", (0, 0), (-1, -1), 4, colors.white)]))
    s += [g, PageBreak(), Paragraph("What we will do", h),
          Paragraph("The actions below are the Trust’s commitments for the plan period. Each has a named lead on the "
                    "Senior Leadership Team. Dates refer to the Trust’s financial year (April to March).", body)]
    data = [[Paragraph(x, cellb) for x in ("Ref", "What we will do", "Lead", "By when")]]
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d0e3"))]
    for p, rows in ACTIONS:
        r = len(data)
        data.append([Paragraph(f"<b>Priority {p}: {PRIORITIES[int(p) - 1][0]}</b>", cellb), "", "", ""])
        st += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), TILES[int(p) - 1])]
        for ref, what, lead, when in rows:
            data.append([Paragraph(ref, cell), Paragraph(what, cell), Paragraph(lead, cell), Paragraph(when, cell)])
    t = Table(data, colWidths=[14 * mm, 100 * mm, 36 * mm, 24 * mm], repeatRows=1)
    t.setStyle(TableStyle(st))
    kpi = [["Measure", "Baseline 2023/24", "Target 2027/28"],
           ["Visits to leisure centres", "1.21 million", "1.35 million"],
           ["Visits to libraries", "412,000", "480,000"],
           ["Lochbrae Council service fee as a share of income", "68%", "55%"],
           ["Venue carbon emissions (tCO2e)", "3,140", "2,050"]]
    k = Table([[Paragraph(x, cellb if i == 0 else cell) for x in r] for i, r in enumerate(kpi)],
              colWidths=[94 * mm, 40 * mm, 40 * mm])
    k.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, PURPLE), ("LINEABOVE", (0, 0), (-1, 0), 1.2, PURPLE)]))
    s += [t, PageBreak(), Paragraph("Measuring success", h),
          Paragraph("We will track four headline measures and publish them in our annual review each September.", body),
          k, Spacer(1, 10), Paragraph("Monitoring and review", h),
          Paragraph("The Chief Executive will report progress on every action to the Board of Trustees each quarter, "
                    "and the Board will review the plan in March 2026. Performance on visits, income and carbon is also "
                    "reported annually to Lochbrae Council’s Communities Committee.", body)]

    def footer(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(PURPLE)
        c.drawString(18 * mm, 10 * mm, "Lochbrae Leisure and Culture Trust · a registered Scottish charity")
        c.drawRightString(192 * mm, 10 * mm, str(d.page))
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title="Lochbrae Leisure & Culture Business Plan")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
