"""Local Plan transport chapter: two-column text with numbered paragraphs (7.1 ...), shaded 'Policy T1'
boxes, strategic objectives box, running header/footer, full-width ruled infrastructure schedule."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

from lib import PDF, register_fonts

STEM = "blind10-uk-wealdbury-bc-local-plan-transport-chapter-2025-01"
register_fonts()
GREEN = colors.HexColor("#2e6b30")
base = ParagraphStyle("b", fontName="Narrow", fontSize=10, leading=12.6, spaceAfter=5)
num = ParagraphStyle("n", parent=base, leftIndent=9 * mm, firstLineIndent=-9 * mm)
pol = ParagraphStyle("pol", parent=base, fontSize=9.6, leading=12)
polh = ParagraphStyle("polh", parent=base, fontName="Narrow-Bold", fontSize=11, textColor=colors.white,
                      leading=13, spaceAfter=0)
h2 = ParagraphStyle("h2", parent=base, fontName="Narrow-Bold", fontSize=12, textColor=GREEN, spaceBefore=6)
cell = ParagraphStyle("c", parent=base, fontSize=9, leading=11, spaceAfter=0)
W, H = A4
LM = 18 * mm
GAP = 7 * mm
COLW = (W - 2 * LM - GAP) / 2


def P(t, s=base):
    return Paragraph(t, s)


def hf(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Narrow-Bold", 9)
    c.drawString(LM, H - 8 * mm, "Wealdbury Local Plan 2024\u20132041")
    c.drawRightString(W - LM, H - 8 * mm, "Regulation 18 Consultation Draft \u2013 January 2025")
    c.setFillColor(colors.black)
    c.setFont("Narrow", 8.5)
    c.drawString(LM, 9 * mm, "Chapter 7: Transport and Movement")
    c.drawRightString(W - LM, 9 * mm, str(doc.page + 86))
    c.restoreState()


def policy_box(code, name, paras):
    rows = [[P(f"{code}: {name}", polh)]] + [[P(p, pol)] for p in paras]
    t = Table(rows, colWidths=[COLW])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN),
                           ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#e9f2e6")),
                           ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [Spacer(1, 3), t, Spacer(1, 7)]


def build():
    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, title="Wealdbury Local Plan - Chapter 7",
                          author="Wealdbury Borough Council")
    top = 22 * mm
    title_h = 40 * mm
    first = [Frame(LM, H - top - title_h, W - 2 * LM, title_h, id="title"),
             Frame(LM, 16 * mm, COLW, H - top - title_h - 16 * mm, id="c1"),
             Frame(LM + COLW + GAP, 16 * mm, COLW, H - top - title_h - 16 * mm, id="c2")]
    cols = [Frame(LM, 16 * mm, COLW, H - top - 16 * mm, id="c1"),
            Frame(LM + COLW + GAP, 16 * mm, COLW, H - top - 16 * mm, id="c2")]
    full = [Frame(LM, 16 * mm, W - 2 * LM, H - top - 16 * mm, id="f")]
    doc.addPageTemplates([PageTemplate("first", first, onPage=hf), PageTemplate("cols", cols, onPage=hf),
                          PageTemplate("full", full, onPage=hf)])
    s = [NextPageTemplate("cols")]
    s.append(P("<font size=26 color='#2e6b30'><b>7</b></font>&nbsp;&nbsp;<font size=22><b>Transport and "
               "Movement</b></font>", ParagraphStyle("t", parent=base, leading=30)))
    s.append(P("Wealdbury Borough Council \u2013 draft policies for consultation. Comments may be made until "
               "5pm on Friday 14 March 2025.", ParagraphStyle("t2", parent=base, fontSize=11)))
    s.append(FrameBreak())
    s.append(P("Introduction", h2))
    s.append(P("7.1&nbsp;&nbsp;&nbsp;&nbsp;Wealdbury town is forecast to grow by around 9,800 homes over the plan "
               "period. Without intervention, peak-hour traffic on the A2198 Ring Road would increase by a fifth. "
               "This chapter sets out how the Local Plan will manage that growth by making walking, cycling and "
               "public transport the natural choice for local journeys.", num))
    s.append(P("7.2&nbsp;&nbsp;&nbsp;&nbsp;The policies have been prepared with Downshire County Council as local "
               "highway authority, National Highways, Network Rail and the bus operator Weald Connect, and take "
               "account of the Downshire Local Transport Plan 4 (2022\u20132037).", num))
    obj = [[P("<b>Strategic objectives addressed by this chapter</b>", cell)],
           [P("<b>SO4</b>&nbsp;&nbsp;Enable a shift from car use to walking, cycling and public transport", cell)],
           [P("<b>SO6</b>&nbsp;&nbsp;Deliver infrastructure in step with new homes and jobs", cell)],
           [P("<b>SO9</b>&nbsp;&nbsp;Reduce carbon emissions from transport and improve air quality in the town "
              "centre", cell)],
           [P("<b>SO10</b>&nbsp;&nbsp;Make streets safe and attractive for people of all ages and abilities", cell)]]
    t = Table(obj, colWidths=[COLW])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, GREEN), ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREEN)]))
    s += [Spacer(1, 2), t, Spacer(1, 7)]
    s += policy_box("Policy T1", "Sustainable Transport Hierarchy", [
        "Development proposals will be expected to prioritise the needs of pedestrians and cyclists, then public "
        "transport users, then shared and low-emission vehicles, and lastly private cars.",
        "Major developments must be accompanied by a Transport Assessment and a Travel Plan."])
    s.append(P("7.3&nbsp;&nbsp;&nbsp;&nbsp;The hierarchy in Policy T1 reflects national policy and the Manual for "
               "Streets. It applies to the layout of new streets as well as to off-site mitigation.", num))
    s += policy_box("Policy T2", "Active Travel Network", [
        "Development must connect to, and where appropriate extend, the walking and cycling routes identified in "
        "the Wealdbury Local Cycling and Walking Infrastructure Plan (LCWIP).",
        "Proposals that would sever an existing or proposed route will not be permitted."])
    s.append(P("7.4&nbsp;&nbsp;&nbsp;&nbsp;Downshire County Council will publish the Wealdbury LCWIP by summer 2025. "
               "Routes will be designed to the standards in Local Transport Note 1/20 and reviewed by Active Travel "
               "England.", num))
    s += policy_box("Policy T3", "Wealdbury Station Quarter Transport Interchange", [
        "Land at Station Approach is safeguarded for a bus\u2013rail interchange, a secure cycle hub for 400 "
        "bicycles and improved pedestrian links to the High Street.",
        "Development in the Station Quarter will contribute to delivery of the interchange."])
    s.append(P("7.5&nbsp;&nbsp;&nbsp;&nbsp;The Council will work with Network Rail and Downshire County Council to "
               "prepare a business case for the interchange by March 2026.", num))
    s += policy_box("Policy T4", "Parking Standards and Car-free Development", [
        "Parking provision will accord with the Council\u2019s adopted parking standards. Car-free or car-lite "
        "residential development will be supported within 800 metres of Wealdbury station.",
        "All residential schemes must provide secure, covered cycle parking."])
    s.append(P("7.6&nbsp;&nbsp;&nbsp;&nbsp;The Council will prepare a Parking Standards Supplementary Planning "
               "Document (SPD) for adoption by December 2025, replacing the 2012 standards.", num))
    s += policy_box("Policy T5", "Electric Vehicle Charging Infrastructure", [
        "Every new dwelling with a dedicated parking space will include an active electric vehicle charge point. "
        "Non-residential car parks must provide active charge points for at least 20% of spaces."])
    s.append(P("7.7&nbsp;&nbsp;&nbsp;&nbsp;Policy T5 goes beyond the Building Regulations for non-residential "
               "development because of the air quality problems on the A2198 Ring Road, which has been an Air "
               "Quality Management Area since 2019.", num))
    s.append(NextPageTemplate("full"))
    s.append(PageBreak())
    s.append(P("Transport infrastructure schedule", h2))
    s.append(P("7.8&nbsp;&nbsp;&nbsp;&nbsp;The schemes below are needed to support the growth in this plan. They "
               "will be carried forward into the Infrastructure Delivery Plan.", num))
    rows = [["Ref", "Scheme", "Lead / partners", "Est. cost", "Timing"],
            ["TI-1", "Station Quarter bus\u2013rail interchange and cycle hub", "Downshire County Council; Network "
             "Rail; Wealdbury Borough Council", "\u00a314.5m", "2027\u20132030"],
            ["TI-2", "Ring Road (A2198) junction improvements at Mill Lane and Tonford Road", "Downshire County "
             "Council", "\u00a36.2m", "2026\u20132028"],
            ["TI-3", "North Wealdbury to town centre cycle route (LCWIP route 3)", "Downshire County Council; "
             "developers of allocation WB12", "\u00a32.8m", "2026\u20132029"],
            ["TI-4", "Bus service enhancement: route 7 to every 12 minutes", "Weald Connect; Downshire County "
             "Council", "\u00a31.9m (5 years)", "From 2027"],
            ["TI-5", "Public electric vehicle charging hubs in three town centre car parks", "Wealdbury Borough "
             "Council", "\u00a30.9m", "2025\u20132026"]]
    t = Table([[P(c, cell) for c in r] for r in rows],
              colWidths=[14 * mm, 68 * mm, 52 * mm, 22 * mm, 18 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GREEN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe3cb"))]))
    s += [t, Spacer(1, 8)]
    s.append(P("Monitoring", h2))
    mon = [["Indicator", "Target"],
           ["Share of trips within Wealdbury town by walking, cycling or bus", "45% by 2041 (29% in 2023)"],
           ["Annual mean NO<sub>2</sub> on the A2198 Ring Road", "Below 40\u00b5g/m\u00b3 by 2030"],
           ["New homes within 400m of a bus stop with a 15-minute service", "90% of completions"]]
    t = Table([[P(c, cell) for c in r] for r in mon], colWidths=[110 * mm, 64 * mm])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, GREEN), ("LINEBELOW", (0, 0), (-1, 0), 0.5, GREEN),
                           ("LINEBELOW", (0, -1), (-1, -1), 1, GREEN)]))
    s += [t, Spacer(1, 8)]
    s.append(P("Have your say: respond online at wealdbury.gov.uk/localplan or write to Planning Policy, Wealdbury "
               "Borough Council, Civic Centre, Wealdbury WB1 1AA.", base))
    doc.build(s)


if __name__ == "__main__":
    build()
