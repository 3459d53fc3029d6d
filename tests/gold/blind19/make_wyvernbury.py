"""Wyvernbury District Council Annual Delivery Plan 2025/26 – landscape slide deck (3 slides)."""
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind19-uk-wyvernbury-dc-annual-delivery-plan-2025-26"
W, H = 297 * mm, 167 * mm  # 16:9
F, FB = "LibSans", "LibSans-Bold"
NAVY = colors.HexColor("#123c5a")
TEAL = colors.HexColor("#0f8b8d")
COLS = [colors.HexColor("#e07a1f"), colors.HexColor("#4c9a2a"), colors.HexColor("#7b3f98")]
RAG = {"Green": colors.HexColor("#6cc070"), "Amber": colors.HexColor("#f2b134"), "Red": colors.HexColor("#e4572e")}


def footer(c, n):
    c.setFillColor(NAVY)
    c.rect(0, 0, W, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(F, 8)
    c.drawString(10 * mm, 3.3 * mm, "Wyvernbury District Council  |  Annual Delivery Plan 2025/26")
    c.drawRightString(W - 10 * mm, 3.3 * mm, str(n))


def para(c, text, st, x, y_top, w):
    p = Paragraph(text, st)
    _, h = p.wrap(w, 500)
    p.drawOn(c, x, y_top - h)
    return h


def build():
    fonts()
    c = canvas.Canvas(str(PDF / f"{STEM}.pdf"), pagesize=(W, H))
    body = style("b", F, 11, leading=15, textColor=colors.HexColor("#222222"))
    white = style("w", F, 12, leading=16, textColor=colors.white)

    # slide 1: title
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(0, 60 * mm, 8 * mm, 60 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(FB, 34)
    c.drawString(20 * mm, 120 * mm, "Annual Delivery Plan")
    c.drawString(20 * mm, 106 * mm, "2025/26")
    c.setFont(F, 16)
    c.drawString(20 * mm, 92 * mm, "Delivering the Council Plan 2024–2028")
    para(c, "This plan sets out what Wyvernbury District Council will deliver between April 2025 and March 2026 "
            "towards the three priorities in our Council Plan. It was approved by Cabinet on 10 April 2025. Progress "
            "is reported every quarter to Cabinet and the Performance Scrutiny Panel.", white, 20 * mm, 80 * mm, 170 * mm)
    c.setFont(FB, 14)
    c.drawRightString(W - 15 * mm, 20 * mm, "Wyvernbury District Council")
    c.showPage()

    # slide 2: our priorities grid
    c.setFillColor(NAVY)
    c.setFont(FB, 28)
    c.drawString(15 * mm, H - 22 * mm, "Our priorities")
    c.setFont(F, 12)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(15 * mm, H - 31 * mm, "The Council Plan 2024–2028 has three priorities:")
    tiles = [("Thriving Places", "Town centres and villages where businesses grow, visitors spend time and people "
                                 "want to live and work."),
             ("Greener Wyvernbury", "Cutting our own carbon emissions to net zero by 2030 and caring for the "
                                    "district's natural environment."),
             ("Healthy, Safe and Connected Communities", "Residents who live well, feel safe and can find a home "
                                                         "they can afford.")]
    tw, gap = 82 * mm, 9 * mm
    for i, (t, d) in enumerate(tiles):
        x = 15 * mm + i * (tw + gap)
        c.setFillColor(COLS[i])
        c.roundRect(x, 40 * mm, tw, 85 * mm, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(FB, 40)
        c.drawString(x + 6 * mm, 108 * mm, str(i + 1))
        h = para(c, t, style("tt", FB, 17, leading=20, textColor=colors.white), x + 6 * mm, 103 * mm, tw - 12 * mm)
        para(c, d, style("td", F, 11, leading=14, textColor=colors.white), x + 6 * mm, 103 * mm - h - 4 * mm,
             tw - 12 * mm)
    c.setFillColor(colors.HexColor("#e8eef3"))
    c.rect(15 * mm, 16 * mm, W - 30 * mm, 17 * mm, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.setFont(FB, 12)
    c.drawString(20 * mm, 26.5 * mm, "Underpinned by: An Efficient, Listening Council")
    c.setFont(F, 10)
    c.drawString(20 * mm, 20 * mm, "Sound finances, digital services residents can rely on, and decisions shaped by "
                                   "what our communities tell us.")
    footer(c, 2)
    c.showPage()

    # slide 3: commitments with RAG
    c.setFillColor(NAVY)
    c.setFont(FB, 24)
    c.drawString(15 * mm, H - 18 * mm, "Our commitments for 2025/26")
    cell = style("c", F, 8.5, leading=10.5)
    hd = style("h", FB, 8.5, leading=10.5, textColor=colors.white)
    rows = [("TP1", "Open the refurbished Eastbridge Market Hall", "Thriving Places", "Director of Place", "Q3 2025/26", "Green"),
            ("TP2", "Submit the Wyvernbury Local Plan for examination", "Thriving Places", "Director of Place", "Q4 2025/26", "Amber"),
            ("TP3", "Launch a £250,000 Shopfront Improvement Grant scheme", "Thriving Places", "Economic Development Manager", "Q1 2025/26", "Green"),
            ("GW1", "Install solar PV and battery storage at Wyvern Leisure Centre", "Greener Wyvernbury", "Head of Climate and Environment", "Q2 2025/26", "Green"),
            ("GW2", "Roll out weekly food waste collections to all households", "Greener Wyvernbury", "Head of Waste Services", "Q1 2026/27", "Red"),
            ("GW3", "Plant 15,000 trees with the Wyvern Forest Partnership", "Greener Wyvernbury", "Head of Climate and Environment", "Q4 2025/26", "Amber"),
            ("HC1", "Enable 120 new affordable homes with registered providers", "Healthy, Safe and Connected Communities", "Head of Housing", "Q4 2025/26", "Amber"),
            ("HC2", "Open a second Community Wellbeing Hub in Ollerby", "Healthy, Safe and Connected Communities", "Head of Communities", "Q3 2025/26", "Green"),
            ("HC3", "Refresh the community safety plan with the Safer Wyvernbury Partnership", "Healthy, Safe and Connected Communities", "Head of Communities", "Q2 2025/26", "Green"),
            ("EC1", "Move 80% of customer transactions online", "An Efficient, Listening Council", "Chief Digital Officer", "Q4 2025/26", "Amber"),
            ("EC2", "Deliver £1.2m of savings in the Medium Term Financial Strategy", "An Efficient, Listening Council", "Section 151 Officer", "Q4 2025/26", "Red")]
    data = [[Paragraph(x, hd) for x in ("Ref", "Commitment", "Priority", "Lead", "Deliver by", "Status")]]
    data += [[Paragraph(r[0], cell), Paragraph(r[1], cell), Paragraph(r[2], cell), Paragraph(r[3], cell),
              Paragraph(r[4], cell), r[5]] for r in rows]
    t = Table(data, colWidths=[13 * mm, 92 * mm, 58 * mm, 52 * mm, 26 * mm, 18 * mm])
    ts = [("BACKGROUND", (0, 0), (-1, 0), NAVY), ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9aa9b5")),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONT", (5, 1), (5, -1), FB, 8.5), ("ALIGN", (5, 1), (5, -1), "CENTER"),
          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for i, r in enumerate(rows, 1):
        ts.append(("BACKGROUND", (5, i), (5, i), RAG[r[5]]))
    t.setStyle(TableStyle(ts))
    _, th = t.wrap(W, H)
    t.drawOn(c, 15 * mm, H - 24 * mm - th)
    c.setFont(F, 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(15 * mm, 11.5 * mm, "Status at March 2025: Green – on track; Amber – some risk to timescale; Red – "
                                     "will not be met without intervention. Quarters are financial-year quarters "
                                     "(Q1 = April–June).")
    footer(c, 3)
    c.showPage()
    c.save()


if __name__ == "__main__":
    build()
