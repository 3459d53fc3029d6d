"""Ontario town council strategic plan 2023-2027 as a slide deck printed two slides per landscape page
(handout style): slide frames side by side, title slide with vision/mission and four pillar chips, one slide per
pillar with a big coloured title, "Objectives:" numbered list and "Key actions" bullets ending "(Lead: …)", and a
final "Pillar | Year 1 | Year 2 | Year 3" implementation table whose years are only defined in a footnote;
slide numbers inside each slide plus a page header/footer on every sheet."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.units import inch
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from lib import PDF, fonts, style

STEM = "blind17-ca-kettle-crossing-town-council-strategic-plan-2023-2027"
W, H = landscape(letter)
SW, SH = 5.05 * inch, 3.79 * inch
X0 = [0.3 * inch, 0.3 * inch + SW + 0.3 * inch]
Y0 = (H - SH) / 2
GREEN = colors.HexColor("#1d4e3a")
PCOL = [colors.HexColor(c) for c in ("#c8702a", "#2f6f9f", "#3d8a5a", "#7b3f7f")]

PILLARS = [
    ("Thriving Local Economy",
     ["Attract new employers to the Kettle Crossing Business Park", "Support a vibrant downtown",
      "Grow year-round tourism"],
     [("Complete the Community Improvement Plan (CIP) review and launch façade improvement grants", "Economic Development"),
      ("Service the remaining 18 hectares of the Business Park", "Public Works & Engineering"),
      ("Partner with the Kettle Crossing & District Chamber of Commerce on a Shop Local campaign", "Economic Development"),
      ("Develop a Destination Marketing Plan", "Economic Development")]),
    ("Housing for All Stages of Life",
     ["Increase the supply of attainable housing", "Make it faster and simpler to build homes"],
     [("Update the Official Plan and Zoning By-law to permit additional residential units as of right", "Planning Services"),
      ("Meet the Town’s housing pledge to the Province of Ontario of 650 new homes by 2031", "Planning Services"),
      ("Work with the County of Northbourne and Kettle River Non-Profit Homes on a 40-unit affordable seniors’ "
       "building", "CAO’s Office"),
      ("Introduce e-permitting for building permits", "Building Services")]),
    ("Reliable Infrastructure & Climate Resilience",
     ["Keep roads, bridges, water and wastewater systems in a state of good repair",
      "Prepare for severe weather and flooding", "Reduce corporate greenhouse gas emissions"],
     [("Update the Asset Management Plan with proposed levels of service by July 1, 2025", "Finance"),
      ("Replace the Mill Street bridge", "Public Works & Engineering"),
      ("Update the Kettle River floodplain mapping with the Kettle River Conservation Authority", "Planning Services"),
      ("Install EV chargers at the Town Hall and the Memorial Arena", "Facilities")]),
    ("Engaged Community & Responsive Government",
     ["Improve communication with residents", "Deliver modern, efficient services",
      "Keep taxes affordable and plan long-term finances"],
     [("Launch a new Town website and online service portal", "Clerk’s Office"),
      ("Adopt a Customer Service Strategy and Charter", "CAO’s Office"),
      ("Prepare a 10-year Long-Term Financial Plan", "Finance"),
      ("Host an annual community town hall", "Mayor & Council")]),
]

YEARS = [
    ("Thriving Local Economy", "CIP review and façade grants; Shop Local campaign", "Business Park servicing (Phase 1)",
     "Business Park servicing (Phase 2); Destination Marketing Plan"),
    ("Housing for All Stages of Life", "Official Plan and Zoning By-law update; e-permitting",
     "Seniors’ building – design and funding", "Seniors’ building – construction start"),
    ("Reliable Infrastructure & Climate Resilience", "EV chargers", "Asset Management Plan update; floodplain mapping",
     "Mill Street bridge replacement"),
    ("Engaged Community & Responsive Government", "New website and service portal; town hall",
     "Customer Service Strategy; town hall", "Long-Term Financial Plan; town hall"),
]


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 8, 10.5, spaceAfter=3)
    lab = style("lab", FB, 8.5, 11, spaceBefore=3, spaceAfter=2)
    num = style("num", F, 8, 10.5, leftIndent=0.2 * inch, firstLineIndent=-0.2 * inch, spaceAfter=1.5)
    cell = style("c", F, 6.6, 8.2)
    cellb = style("cb", FB, 6.6, 8.2, textColor=colors.white)

    frames = [Frame(x + 0.18 * inch, Y0 + 0.22 * inch, SW - 0.36 * inch, SH - 0.36 * inch, id=f"s{i}",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0) for i, x in enumerate(X0)]

    def sheet(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(colors.grey)
        c.drawString(0.3 * inch, H - 0.45 * inch, "Town of Kettle Crossing – Strategic Plan 2023–2027 – Presentation to Council")
        c.drawRightString(W - 0.3 * inch, H - 0.45 * inch, "June 27, 2023")
        c.drawCentredString(W / 2, 0.4 * inch, f"Page {d.page} of 3")
        for k, x in enumerate(X0):
            n = 2 * (d.page - 1) + k + 1
            if n == 1:
                c.setFillColor(GREEN)
                c.rect(x, Y0, SW, SH, stroke=0, fill=1)
            else:
                c.setStrokeColor(colors.HexColor("#999999"))
                c.rect(x, Y0, SW, SH, stroke=1, fill=0)
                if 2 <= n <= 5:
                    c.setFillColor(PCOL[n - 2])
                    c.rect(x, Y0 + SH - 0.62 * inch, SW, 0.62 * inch, stroke=0, fill=1)
            c.setFillColor(colors.white if n == 1 else colors.grey)
            c.setFont(F, 7)
            c.drawRightString(x + SW - 0.1 * inch, Y0 + 0.08 * inch, str(n))
        c.restoreState()

    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=(W, H), title="Strategic Plan 2023-2027 presentation")
    doc.addPageTemplates([PageTemplate("sheet", frames, onPage=sheet)])
    s = []
    wh = lambda n, f, sz, ld, **kw: style(n, f, sz, ld, textColor=colors.white, **kw)
    s.append(Paragraph("Town of Kettle Crossing", wh("t0", F, 10, 13)))
    s.append(Paragraph("Strategic Plan 2023–2027", wh("t1", FB, 20, 24, spaceBefore=2)))
    s.append(Paragraph("Building Our Future Together", wh("t2", F, 10, 13, spaceAfter=6)))
    s.append(Paragraph("<b>Vision:</b> A welcoming river town where families and businesses grow together.", wh("v", F, 8, 10.5, spaceAfter=2)))
    s.append(Paragraph("<b>Mission:</b> We deliver dependable, affordable services and plan responsibly for growth.",
                       wh("m", F, 8, 10.5, spaceAfter=6)))
    s.append(Paragraph("Our Four Pillars", wh("fp", FB, 9, 12, spaceAfter=3)))
    chips = Table([[Paragraph(p[0], wh(f"ch{i}", FB, 7, 8.8)) for i, p in enumerate(PILLARS)]],
                  colWidths=[(SW - 0.36 * inch) / 4] * 4)
    cs = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 2, GREEN)]
    cs += [("BACKGROUND", (i, 0), (i, 0), PCOL[i]) for i in range(4)]
    chips.setStyle(TableStyle(cs))
    s += [chips, Spacer(1, 6)]
    s.append(Paragraph("Approved by Council on June 27, 2023 (Resolution No. 2023-188)", wh("ap", F, 7, 9)))
    s.append(FrameBreak())
    for i, (name, objs, acts) in enumerate(PILLARS, 1):
        s.append(Paragraph(f"Pillar {i}: {name}", wh(f"pt{i}", FB, 13.5, 15.5, spaceAfter=10)))
        s.append(Paragraph("Objectives:", lab))
        for j, o in enumerate(objs, 1):
            s.append(Paragraph(f"{j}.&nbsp;&nbsp;{o}", num))
        s.append(Paragraph("Key actions", lab))
        for a, lead in acts:
            s.append(Paragraph(f"•&nbsp;&nbsp;{a} <font color='#666666'>(Lead: {lead})</font>", num))
        s.append(FrameBreak())
    s.append(Paragraph("Implementation Timeline", style("it", FB, 13.5, 16, textColor=GREEN, spaceAfter=6)))
    rows = [[Paragraph(x, cellb) for x in ("Pillar", "Year 1", "Year 2", "Year 3")]]
    rows += [[Paragraph(f"<b>{p}</b>", cell)] + [Paragraph(x, cell) for x in ys] for p, *ys in YEARS]
    t = Table(rows, colWidths=[1.2 * inch, 1.15 * inch, 1.15 * inch, 1.15 * inch])
    ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")), ("BACKGROUND", (0, 0), (-1, 0), GREEN),
          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    ts += [("BACKGROUND", (0, i), (0, i), colors.Color(*PCOL[i - 1].rgb(), alpha=0.18)) for i in range(1, 5)]
    t.setStyle(TableStyle(ts))
    s += [t, Spacer(1, 4)]
    s.append(Paragraph("Year 1 = 2024, Year 2 = 2025, Year 3 = 2026. Work in 2027 will be confirmed through the mid-term review.",
                       style("fn", F, 6.5, 8.2, textColor=colors.HexColor("#555555"), spaceAfter=3)))
    s.append(Paragraph("Staff will report progress to Council twice a year, in spring and fall. Council will hold a "
                       "mid-term review of the plan in 2025.", style("ns", F, 7.5, 9.5)))
    doc.build(s)


if __name__ == "__main__":
    build()
