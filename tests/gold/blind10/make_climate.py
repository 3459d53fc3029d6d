"""Australian council climate emergency action plan: portrait cover page with targets and themes, then
landscape ruled action table (Ref | Action | Lead | Partners | Timeframe | Cost) with theme band rows,
repeated header row across a page break, Australian financial years."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from lib import PDF, register_fonts

STEM = "blind10-au-yarrabend-cc-climate-emergency-action-plan-2024-08"
register_fonts()
ORANGE = colors.HexColor("#c4512b")
DARK = colors.HexColor("#23343b")
base = ParagraphStyle("b", fontName="DejaVuSans", fontSize=9.5, leading=13, spaceAfter=5)
cell = ParagraphStyle("c", parent=base, fontSize=8.2, leading=10.2, spaceAfter=0)
cellb = ParagraphStyle("cb", parent=cell, fontName="DejaVuSans-Bold", textColor=colors.white)
h2 = ParagraphStyle("h2", parent=base, fontName="DejaVuSans-Bold", fontSize=12, textColor=ORANGE, spaceBefore=6)
PW, PH = A4
LW, LH = landscape(A4)


def P(t, s=base):
    return Paragraph(t, s)


def cover(c, doc):
    c.saveState()
    c.setFillColor(DARK)
    c.rect(0, PH - 95 * mm, PW, 95 * mm, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.rect(0, PH - 98 * mm, PW, 3 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DejaVuSans", 12)
    c.drawString(20 * mm, PH - 25 * mm, "Yarrabend City Council")
    c.setFont("DejaVuSans-Bold", 28)
    c.drawString(20 * mm, PH - 50 * mm, "Climate Emergency")
    c.drawString(20 * mm, PH - 63 * mm, "Action Plan 2024\u20132030")
    c.setFont("DejaVuSans", 11)
    c.drawString(20 * mm, PH - 80 * mm, "Adopted by Council on 27 August 2024")
    c.restoreState()


def land(c, doc):
    c.saveState()
    c.setFont("DejaVuSans", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(15 * mm, LH - 10 * mm, "Yarrabend City Council  |  Climate Emergency Action Plan 2024\u20132030")
    c.drawRightString(LW - 15 * mm, 8 * mm, f"{doc.page}")
    c.drawString(15 * mm, 8 * mm, "yarrabend.vic.gov.au/climate")
    c.restoreState()


def build():
    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), title="Climate Emergency Action Plan 2024-2030",
                          author="Yarrabend City Council")
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(20 * mm, 18 * mm, PW - 40 * mm, PH - 120 * mm)], onPage=cover, pagesize=A4),
        PageTemplate("land", [Frame(15 * mm, 14 * mm, LW - 30 * mm, LH - 30 * mm)], onPage=land,
                     pagesize=landscape(A4))])
    s = [NextPageTemplate("land")]
    s.append(P("<i>Yarrabend City Council acknowledges the Traditional Custodians of the land on which our city is "
               "built and pays respect to Elders past and present.</i>", ParagraphStyle("ack", parent=base,
                                                                                        fontSize=8.5)))
    s.append(P("Why we have acted", h2))
    s.append(P("Council declared a climate emergency on 9 March 2021. This plan replaces the Yarrabend Greenhouse "
               "Action Plan 2016\u20132020 and sets out what Council will do over the next six years, working with "
               "residents, businesses, Sustainability Victoria and the Northern Ranges Climate Alliance (NRCA)."))
    s.append(P("Our targets", h2))
    tg = [["Net zero emissions from Council operations by 2030"],
          ["Net zero community emissions by 2040"],
          ["100% renewable electricity for Council buildings and streetlights from 1 July 2025"]]
    t = Table([[P("\u25cf", ParagraphStyle("dot", parent=cell, textColor=ORANGE)), P(r[0], base)] for r in tg],
              colWidths=[6 * mm, 160 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s += [t, Spacer(1, 4)]
    s.append(P("Our five themes", h2))
    themes = [("1", "Zero-carbon Council"), ("2", "Renewable energy for everyone"), ("3", "Sustainable transport"),
              ("4", "Cooler, greener and resilient places"), ("5", "Circular economy and less waste")]
    t = Table([[P(f"<b>{n}</b>", ParagraphStyle("n", parent=base, fontSize=14, textColor=colors.white,
                                                   alignment=1, leading=16)), P(f"<b>{x}</b>", base)]
               for n, x in themes], colWidths=[10 * mm, 150 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), ORANGE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("LINEBELOW", (0, 0), (-1, -1), 2, colors.white)]))
    s += [t, Spacer(1, 6)]
    s.append(P("The action table that follows lists each action with the Council team that leads it. Progress will "
               "be reported to Council every six months, and the plan will be reviewed in 2027.",
               base))
    s.append(PageBreak())
    s.append(P("Action plan", h2))
    s.append(P("Timeframes are financial years (1 July to 30 June). Cost: $ = under $50,000; $$ = $50,000 to "
               "$250,000; $$$ = over $250,000; EB = within existing budget.", ParagraphStyle("k", parent=base,
                                                                                           fontSize=8.5)))
    hdr = ["Ref", "Action", "Lead", "Partners", "Timeframe", "Cost"]
    rows = [[P(f"<b>{h}</b>", cell) for h in hdr]]
    bands = []
    data = [
        ("Theme 1: Zero-carbon Council", [
            ("1.1", "Replace gas heating with electric heat pumps at the Civic Centre and four aquatic and leisure "
                    "centres", "Property Services", "Sustainability Victoria", "2024\u201325 to 2027\u201328", "$$$"),
            ("1.2", "Transition the passenger vehicle fleet to zero-emission vehicles as leases expire",
             "Fleet Services", "\u2013", "2024\u201325 to 2029\u201330", "$$"),
            ("1.3", "Join a group power purchase agreement to supply 100% renewable electricity to Council sites",
             "Sustainability Team", "NRCA member councils", "2024\u201325", "EB"),
            ("1.4", "Include a climate impact assessment in every Council report", "Governance", "\u2013",
             "2025\u201326", "EB")]),
        ("Theme 2: Renewable energy for everyone", [
            ("2.1", "Run a solar bulk-buy program for households and small businesses, with a stream for renters",
             "Sustainability Team", "Yarrabend Community Power", "2024\u201325, repeated annually", "$"),
            ("2.2", "Offer Environmental Upgrade Agreements to commercial landlords", "Economic Development",
             "Sustainability Victoria", "2025\u201326", "$"),
            ("2.3", "Deliver energy efficiency retrofits to 300 low-income households", "Community Wellbeing",
             "Yarrabend Community Power; DEECA", "2025\u201326 to 2027\u201328", "$$")]),
        ("Theme 3: Sustainable transport", [
            ("3.1", "Build 12 km of protected bike lanes identified in the Yarrabend Bicycle Strategy",
             "City Planning", "Department of Transport and Planning", "2025\u201326 to 2029\u201330", "$$$"),
            ("3.2", "Install public electric vehicle chargers at 10 Council car parks", "Sustainability Team",
             "\u2013", "2025\u201326", "$$"),
            ("3.3", "Advocate to the Victorian Government for a frequent bus route along Cooper Road",
             "City Planning", "NRCA", "Ongoing", "EB")]),
        ("Theme 4: Cooler, greener and resilient places", [
            ("4.1", "Plant 8,000 street trees, prioritising the suburbs with the lowest canopy cover",
             "Parks and Open Space", "Greenvale Water", "2024\u201325 to 2029\u201330", "$$$"),
            ("4.2", "Prepare a Heatwave Plan with cooling centres at libraries and leisure centres",
             "Emergency Management", "Victoria Police; Red Cross", "2025\u201326", "$"),
            ("4.3", "Update the Integrated Water Management Plan to reduce flood risk in the Merri Flats catchment",
             "City Infrastructure", "Greenvale Water; Melbourne Water", "2026\u201327", "$$")]),
        ("Theme 5: Circular economy and less waste", [
            ("5.1", "Roll out food organics and garden organics (FOGO) collection to all households",
             "Waste Services", "Sustainability Victoria", "2024\u201325", "$$$"),
            ("5.2", "Require recycled content in road resurfacing and footpath contracts", "Procurement",
             "\u2013", "2025\u201326", "EB"),
            ("5.3", "Support three community repair cafes each year", "Waste Services", "Yarrabend Repair Network",
             "Ongoing", "$")]),
    ]
    for theme, acts in data:
        bands.append(len(rows))
        rows.append([P(theme, cellb), "", "", "", "", ""])
        for r in acts:
            rows.append([P(x, cell) for x in r])
    t = Table(rows, colWidths=[12 * mm, 105 * mm, 36 * mm, 52 * mm, 40 * mm, 16 * mm], repeatRows=1)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2d3c8"))]
    for b in bands:
        st += [("SPAN", (0, b), (-1, b)), ("BACKGROUND", (0, b), (-1, b), DARK)]
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 8)]
    s.append(P("Monitoring and review", h2))
    s.append(P("The Sustainability Team will publish an annual community emissions snapshot each October, starting "
               "in October 2025, and will present a full review of this plan to Council by 30 June 2027."))
    doc.build(s)


if __name__ == "__main__":
    build()
