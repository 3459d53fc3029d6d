"""District council climate emergency action plan: portrait cover and introduction, then landscape
pages with a ruled Theme/Ref/Action/Lead/Timescale/Cost table whose theme rows are coloured bands,
then a portrait governance page."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from lib import PDF, fonts, style

STEM = "blind11-uk-brackenford-bc-climate-emergency-action-plan-2025-02"
GREEN = colors.HexColor("#2e6b30")
LIGHT = colors.HexColor("#dcebd5")

ROWS = [
    ("1. Council Estate and Operations", [
        ("CE1", "Replace gas boilers at the Civic Centre and Brackenford Leisure Centre with air source heat pumps",
         "Property Services", "2025/26 – 2026/27", "£2.4m (PSDS bid)"),
        ("CE2", "Switch the council’s fleet of 46 vehicles to electric or HVO fuel", "Fleet and Waste Services",
         "By March 2028", "£1.1m"),
        ("CE3", "Purchase 100% renewable electricity for all council buildings", "Procurement", "April 2025",
         "Cost neutral"),
        ("CE4", "Deliver carbon literacy training to all managers and councillors", "HR and OD",
         "By December 2025", "£15k")]),
    ("2. Homes and Buildings", [
        ("HB1", "Retrofit 300 council homes to EPC band C through the Warm Homes: Social Housing Fund",
         "Housing Services", "2025 – 2028", "£6.8m (50% grant)"),
        ("HB2", "Launch a home retrofit advice service for owner-occupiers with Midshire Energy Agency",
         "Environmental Health", "Summer 2025", "£40k a year"),
        ("HB3", "Prepare and adopt a Net Zero Buildings Supplementary Planning Document", "Planning Policy",
         "Adoption by March 2026", "Officer time")]),
    ("3. Transport and Travel", [
        ("TT1", "Install 60 public electric vehicle charge points in council car parks",
         "Parking Services with Midshire County Council", "By March 2027", "£420k (external funding)"),
        ("TT2", "Work with Midshire County Council to deliver the Brackenford Local Cycling and Walking "
                "Infrastructure Plan (LCWIP)", "Transport Planning", "2025 – 2030", "TBC"),
        ("TT3", "Introduce a staff travel plan including a salary sacrifice e-bike scheme", "HR and OD",
         "2025/26", "Nil")]),
    ("4. Nature and Green Infrastructure", [
        ("NG1", "Plant 20,000 trees on council land", "Parks and Open Spaces", "2025 – 2030", "£180k"),
        ("NG2", "Manage 25% of council grassland for biodiversity through reduced mowing", "Parks and Open Spaces",
         "From April 2025", "Saving of £12k a year"),
        ("NG3", "Work with the Environment Agency on natural flood management schemes along the River Bracken",
         "Parks and Open Spaces", "2026/27", "TBC")]),
    ("5. Communities, Economy and Skills", [
        ("CS1", "Establish a £150,000 Community Climate Fund for local groups", "Brackenford Climate Partnership",
         "Launch October 2025", "£150k"),
        ("CS2", "Deliver green skills bootcamps in retrofit and heat pump installation with Brackenford College",
         "Economic Development", "2025/26", "Grant funded"),
        ("CS3", "Publish an annual borough-wide greenhouse gas emissions report", "Sustainability Team",
         "Each July from 2026", "Officer time")]),
]


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 10.5, 14.5, spaceAfter=7)
    h1 = style("h1", FB, 16, 20, textColor=GREEN, spaceAfter=8, spaceBefore=4)
    h2 = style("h2", FB, 12, 15, textColor=GREEN, spaceBefore=8, spaceAfter=4)
    num = style("n", F, 10.5, 14.5, leftIndent=8 * mm, firstLineIndent=-6 * mm, spaceAfter=3)
    cell = style("c", F, 10, 13)
    cellb = style("cb", FB, 10, 13, textColor=colors.white)
    band = style("band", FB, 9.5, 12)

    pw, ph = A4
    lw, lh = landscape(A4)

    def cover(c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, ph - 120 * mm, pw, 120 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(FB, 13)
        c.drawString(20 * mm, ph - 30 * mm, "Brackenford Borough Council")
        c.setFont(FB, 30)
        c.drawString(20 * mm, ph - 60 * mm, "Climate Emergency")
        c.drawString(20 * mm, ph - 74 * mm, "Action Plan 2025–2030")
        c.setFont(F, 13)
        c.drawString(20 * mm, ph - 92 * mm, "Towards a net zero council by 2030 and a net zero borough by 2045")
        c.setFillColor(colors.black)
        c.setFont(F, 11)
        c.drawString(20 * mm, 40 * mm, "Approved by Cabinet on 11 February 2025")
        c.drawString(20 * mm, 33 * mm, "Version 1.0 – February 2025")
        c.restoreState()

    def portrait_page(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 10 * mm, "Brackenford Borough Council – Climate Emergency Action Plan 2025–2030")
        c.drawRightString(pw - 20 * mm, 10 * mm, str(d.page))
        c.restoreState()

    def landscape_page(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(colors.grey)
        c.drawString(15 * mm, 8 * mm, "Brackenford Borough Council – Climate Emergency Action Plan 2025–2030")
        c.drawRightString(lw - 15 * mm, 8 * mm, str(d.page))
        c.restoreState()

    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, title="Climate Emergency Action Plan 2025-2030")
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(20 * mm, 20 * mm, pw - 40 * mm, 10 * mm)], onPage=cover),
        PageTemplate("portrait", [Frame(20 * mm, 18 * mm, pw - 40 * mm, ph - 36 * mm)], onPage=portrait_page),
        PageTemplate("landscape", [Frame(15 * mm, 14 * mm, lw - 30 * mm, lh - 26 * mm)], onPage=landscape_page,
                     pagesize=landscape(A4)),
    ])
    s = [NextPageTemplate("portrait"), PageBreak()]
    s.append(Paragraph("Introduction", h1))
    s.append(Paragraph("Brackenford Borough Council declared a climate emergency in July 2019 and committed to make "
                       "its own operations net zero by 2030. In 2024 the Council, working with the Brackenford "
                       "Climate Partnership, set a further target for the borough as a whole to reach net zero by "
                       "2045. This plan sets out the actions the Council will take over the five years from April "
                       "2025 to March 2030.", body))
    s.append(Paragraph("The Council’s own emissions were 6,410 tCO2e in 2023/24, 38% lower than the 2018/19 "
                       "baseline. Borough-wide emissions, estimated from the national statistics published by the "
                       "Department for Energy Security and Net Zero, were 512 ktCO2e in 2022.", body))
    s.append(Paragraph("Our five themes", h2))
    s.append(Paragraph("The actions in this plan are grouped under five themes:", body))
    for i, x in enumerate(["Council Estate and Operations", "Homes and Buildings", "Transport and Travel",
                           "Nature and Green Infrastructure", "Communities, Economy and Skills"], 1):
        s.append(Paragraph(f"{i}.&nbsp;&nbsp;{x}", num))
    s.append(Paragraph("Cross-cutting principles", h2))
    s.append(Paragraph("Three principles apply across every theme:", body))
    for r, x in (("i", "Lead by example: the Council will act first on its own buildings, fleet and spending."),
                 ("ii", "A fair transition: no resident should be left behind, and support will be targeted at "
                        "households in fuel poverty."),
                 ("iii", "Work in partnership: most borough emissions are outside the Council’s direct control.")):
        s.append(Paragraph(f"({r})&nbsp;&nbsp;{x}", num))
    s.append(Paragraph("How to read the action plan", h2))
    s.append(Paragraph("Each action has a reference, a lead service, a timescale and an indicative cost. Costs "
                       "marked PSDS depend on a successful bid to the Public Sector Decarbonisation Scheme run by "
                       "Salix Finance. Financial years run from April to March.", body))
    s += [NextPageTemplate("landscape"), PageBreak()]
    s.append(Paragraph("Action Plan 2025–2030", h1))
    data = [[Paragraph(x, cellb) for x in ("Ref", "Action", "Lead", "Timescale", "Indicative cost")]]
    styles = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7a9a7a")), ("BACKGROUND", (0, 0), (-1, 0), GREEN),
              ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    for theme, rows in ROWS:
        styles += [("SPAN", (0, len(data)), (-1, len(data))), ("BACKGROUND", (0, len(data)), (-1, len(data)), LIGHT)]
        data.append([Paragraph(theme, band), "", "", "", ""])
        for r in rows:
            data.append([Paragraph(x, cell) for x in r])
    t = Table(data, colWidths=[14 * mm, 118 * mm, 55 * mm, 42 * mm, 38 * mm], repeatRows=1)
    t.setStyle(TableStyle(styles))
    s.append(t)
    s += [NextPageTemplate("portrait"), PageBreak()]
    s.append(Paragraph("Governance and Monitoring", h1))
    s.append(Paragraph("The Portfolio Holder for Climate and Environment is accountable for this plan. The "
                       "Sustainability Team will maintain the action tracker and report progress every six months "
                       "to the Climate and Environment Scrutiny Panel.", body))
    s.append(Paragraph("The first annual progress report will be presented to Cabinet in July 2026, and the plan "
                       "will be fully reviewed by March 2027 to take account of the Local Plan review.", body))
    s.append(Paragraph("Partners", h2))
    s.append(Paragraph("Delivery depends on Midshire County Council (as highway and transport authority), the "
                       "Environment Agency, Brackenford College, Midshire Energy Agency and the members of the "
                       "Brackenford Climate Partnership, which include Bracken Valley Housing Trust and the "
                       "Brackenford Chamber of Commerce.", body))
    doc.build(s)


if __name__ == "__main__":
    build()
