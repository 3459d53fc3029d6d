"""Canadian district municipality council strategic priorities 2023-2026: landscape letter pages, cover,
values as five side-by-side ruled boxes, four priority tiles, then per-priority coloured heading bars,
numbered goals and a Key Initiatives table with a tick mark per year and a Lead column."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.units import inch
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from lib import PDF, fonts, style

STEM = "blind11-ca-hollins-bay-district-council-strategic-priorities-2023-2026"
PCOL = [colors.HexColor(c) for c in ("#b5523b", "#3a6ea5", "#4d8b31", "#7a4f9a")]
YEARS = ("2023", "2024", "2025", "2026")

PRIORITIES = [
    ("Housing Choice and Affordability",
     "Rents in Hollins Bay rose 38% between 2018 and 2022 and the rental vacancy rate is below 1%.",
     ["Increase the supply of rental and below-market housing", "Speed up development approvals"],
     [("Complete the Housing Needs Report update and a Housing Action Plan", "Planning & Development", "23 24"),
      ("Pre-zone the Harbourview corridor for four-storey rental housing", "Planning & Development", "24 25"),
      ("Partner with BC Housing and the Hollins Bay Non-Profit Housing Society to deliver 120 below-market units "
       "at 410 Cedar Street", "Office of the CAO", "24 25 26"),
      ("Launch an online development permit system with a 60-day processing target", "Planning & Development / IT",
       "23 24")]),
    ("Reliable Infrastructure",
     "The District owns $640 million of infrastructure, and 22% of water and sewer pipes are past their design life.",
     ["Keep municipal assets in a state of good repair", "Plan water and sewer capacity for growth"],
     [("Adopt an Asset Management Plan and long-term funding strategy", "Finance", "23 24"),
      ("Upgrade the Westside Reservoir and pump station", "Engineering", "25 26"),
      ("Replace 4 km of asbestos-cement watermain", "Engineering", "24 25 26"),
      ("Complete the Integrated Stormwater Management Plan", "Engineering", "24")]),
    ("Climate Action and Environmental Stewardship",
     "Council declared a climate emergency in 2019. Grant funding will be sought from the Federation of Canadian "
     "Municipalities (FCM) Green Municipal Fund.",
     ["Reduce community greenhouse gas emissions 40% below 2007 levels by 2030",
      "Protect the foreshore and the urban forest"],
     [("Electrify 30% of the municipal light-duty fleet", "Public Works", "24 25 26"),
      ("Adopt an Urban Forest Strategy with a 35% canopy target", "Parks, Recreation & Culture", "24"),
      ("Update coastal flood hazard mapping with the Province of British Columbia", "Engineering", "25 26")]),
    ("Engaged and Connected Community",
     "Residents told us in the 2022 Citizen Survey that they want clearer information about District decisions.",
     ["Improve communication and engagement with residents", "Support arts, recreation and community events"],
     [("Launch a new District website and online engagement platform", "Corporate Services", "23"),
      ("Develop a Recreation Facilities Master Plan", "Parks, Recreation & Culture", "25"),
      ("Host an annual Community Priorities Town Hall", "Mayor and Council", "23 24 25 26")]),
]


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    W, H = landscape(letter)
    body = style("b", F, 10, 14, spaceAfter=6)
    h1 = style("h1", FB, 18, 22, spaceAfter=8)
    h2 = style("h2", FB, 12, 15, spaceBefore=6, spaceAfter=4)
    cell = style("c", F, 9, 11.5)
    cellb = style("cb", FB, 9, 11.5)
    goal = style("g", F, 10, 13.5, leftIndent=0.35 * inch, firstLineIndent=-0.35 * inch, spaceAfter=2)

    def cover(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#12394d"))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        for i, col in enumerate(PCOL):
            c.setFillColor(col)
            c.rect(i * W / 4, 0, W / 4, 0.35 * inch, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(F, 16)
        c.drawString(0.9 * inch, H - 1.6 * inch, "District of Hollins Bay")
        c.setFont(FB, 36)
        c.drawString(0.9 * inch, H - 2.6 * inch, "Council Strategic Priorities")
        c.drawString(0.9 * inch, H - 3.2 * inch, "2023–2026")
        c.setFont(F, 13)
        c.drawString(0.9 * inch, 1.2 * inch, "Adopted by Council April 25, 2023")
        c.restoreState()

    def inner(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(colors.grey)
        c.drawString(0.6 * inch, 0.35 * inch, "District of Hollins Bay | Council Strategic Priorities 2023–2026")
        c.drawRightString(W - 0.6 * inch, 0.35 * inch, f"{d.page}")
        c.restoreState()

    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=(W, H), title="Council Strategic Priorities 2023-2026")
    doc.addPageTemplates([PageTemplate("cover", [Frame(1 * inch, 1 * inch, 2 * inch, 1 * inch)], onPage=cover),
                          PageTemplate("inner", [Frame(0.6 * inch, 0.6 * inch, W - 1.2 * inch, H - 1.1 * inch)],
                                       onPage=inner)])
    s = [NextPageTemplate("inner"), PageBreak()]
    s.append(Paragraph("Our Vision, Mission and Values", h1))
    s.append(Paragraph("<b>Vision:</b> A vibrant, resilient waterfront community where people of all ages can "
                       "afford to live, work and play.", body))
    s.append(Paragraph("<b>Mission:</b> The District of Hollins Bay delivers quality services and infrastructure "
                       "through responsible stewardship, openness and partnership.", body))
    s.append(Paragraph("Our Values", h2))
    vals = [("Respect", "We treat everyone fairly and listen to all voices."),
            ("Accountability", "We are transparent and answerable for our decisions."),
            ("Sustainability", "We consider the long-term effects of what we do."),
            ("Collaboration", "We work with partners and residents to get things done."),
            ("Innovation", "We look for better ways to serve the community.")]
    t = Table([[Paragraph(f"<b>{a}</b><br/>{b}", cell) for a, b in vals]], colWidths=[(W - 1.2 * inch) / 5] * 5)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#12394d")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [t, Spacer(1, 10)]
    s.append(Paragraph("Our Four Strategic Priorities", h2))
    s.append(Paragraph("Council has set four strategic priorities for the remainder of its 2022–2026 term. They guide "
                       "the annual budget and the work plans of every department.", body))
    tiles = Table([[Paragraph(f"<font size='20'><b>{i}</b></font><br/><br/><b>{p[0]}</b>",
                              style(f"tile{i}", FB, 11, 14, textColor=colors.white)) for i, p in enumerate(PRIORITIES, 1)]],
                  colWidths=[(W - 1.2 * inch) / 4] * 4)
    ts = [("GRID", (0, 0), (-1, -1), 2, colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 12)]
    ts += [("BACKGROUND", (i, 0), (i, 0), PCOL[i]) for i in range(4)]
    tiles.setStyle(TableStyle(ts))
    s += [tiles, PageBreak()]
    for i, (name, why, goals, inits) in enumerate(PRIORITIES, 1):
        s.append(CondPageBreak(3.2 * inch))
        bar = Table([[Paragraph(f"PRIORITY {i}&nbsp;&nbsp;|&nbsp;&nbsp;{name}", style("bar", FB, 13, 16, textColor=colors.white))]],
                    colWidths=[W - 1.2 * inch])
        bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PCOL[i - 1]), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        s += [bar, Spacer(1, 4), Paragraph(f"<i>Why it matters:</i> {why}", body), Paragraph("<b>Goals</b>", body)]
        for j, g in enumerate(goals, 1):
            s.append(Paragraph(f"{i}.{j}&nbsp;&nbsp;&nbsp;{g}", goal))
        s.append(Spacer(1, 5))
        rows = [[Paragraph("Key Initiatives", cellb), Paragraph("Lead", cellb)] + [Paragraph(y, cellb) for y in YEARS]]
        for text, lead, yrs in inits:
            rows.append([Paragraph(text, cell), Paragraph(lead, cell)] +
                        [Paragraph("\u2713" if y[2:] in yrs.split() else "", cell) for y in YEARS])
        t = Table(rows, colWidths=[5.1 * inch, 2.3 * inch] + [0.55 * inch] * 4)
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("LINEBELOW", (0, 0), (-1, 0), 1.2, PCOL[i - 1]), ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s += [t, Spacer(1, 14)]
    s.append(CondPageBreak(2 * inch))
    s.append(Paragraph("Reporting on Progress", h2))
    s.append(Paragraph("Staff will report to Council on progress against these priorities twice a year, in May and "
                       "November. Council will review the priorities at a strategic planning workshop each January, "
                       "and the next full plan will be prepared after the October 2026 general local election.", body))
    s.append(Paragraph("Council adopted these priorities on April 25, 2023 (Resolution R23-118).", body))
    doc.build(s)


if __name__ == "__main__":
    build()
