"""(6) New Zealand district council delivery plan: intro with four numbered focus areas and a note that quarters are
financial-year quarters (July-June), then an UNRULED action table (aligned columns only: Ref | Action | Lead |
Partners | Timeframe) with focus-area band rows, running over a page break without a repeated header."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind12-nz-makorau-dc-economic-wellbeing-delivery-plan-2025-26"

F, FB = "LibNarrow", "LibNarrow-Bold"
NAVY = colors.HexColor("#1d3557")
B = style("b", "LibSans", 9.5, leading=12.8, spaceAfter=5)
C = style("c", F, 9.5, leading=11.6)
CB = style("cb", FB, 9.5, leading=11.6)
H1 = style("h1", "LibSans-Bold", 18, leading=22, textColor=NAVY)
H2 = style("h2", "LibSans-Bold", 12, leading=15, textColor=NAVY, spaceBefore=8, spaceAfter=4)

ROWS = [
    ("Focus area 1: Thriving town centres",),
    ("1.1", "Adopt a Makorau town centre parking and movement plan", "MDC Transport", "Makorau Business Association",
     "Q2 2025/26"),
    ("1.2", "Deliver the Kauri Street laneway upgrade (stage 2)", "MDC Community Facilities",
     "Waka Kotahi NZ Transport Agency", "30 June 2026"),
    ("1.3", "Run a vacant shops pop-up programme for local makers", "Makorau Business Association",
     "MDC Economic Development", "Q1 2025/26"),
    ("1.4", "Review the street trading and outdoor dining bylaw", "MDC Policy", "Makorau Business Association",
     "Mar 2026"),
    ("Focus area 2: Skills and jobs for local people",),
    ("2.1", "Place 40 young people into work through the Mayors Taskforce for Jobs programme",
     "MDC Economic Development", "Ministry of Social Development", "30 June 2026"),
    ("2.2", "Establish a construction trades training hub at the Makorau Innovation Centre",
     "Te Pūkenga Makorau Campus", "Makorau Builders Collective", "Q3 2025/26"),
    ("2.3", "Hold two careers expos with secondary schools", "MDC Economic Development",
     "Makorau College; St Brigid\u2019s College", "Ongoing"),
    ("Focus area 3: Visitor economy",),
    ("3.1", "Refresh the Destination Management Plan", "Makorau Tourism Trust", "MDC Economic Development; "
     "Makorau M\u0101ori Business Network", "Dec 2025"),
    ("3.2", "Complete the Rimu Gorge cycle trail feasibility study", "MDC Parks and Reserves",
     "Department of Conservation", "Q2 2025/26"),
    ("3.3", "Launch an events attraction fund of $150,000", "MDC Economic Development", "Makorau Tourism Trust",
     "Q1 2025/26"),
    ("Focus area 4: Resilient infrastructure",),
    ("4.1", "Complete the business case for the Makorau industrial park water supply", "MDC Three Waters",
     "Ministry of Business, Innovation and Employment", "Q4 2025/26"),
    ("4.2", "Map mobile and broadband black spots with rural communities", "MDC Economic Development",
     "Federated Farmers Makorau", "Dec 2025"),
    ("4.3", "Update the economic recovery plan for severe weather events", "MDC Emergency Management",
     "Makorau Business Association", "30 June 2026"),
]


def footer(c, doc):
    c.saveState()
    c.setFont("LibSans", 8)
    c.setFillColor(NAVY)
    c.drawString(18 * mm, 10 * mm, "Makorau District Council | Economic Wellbeing Delivery Plan 2025/26")
    c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
    c.restoreState()


def build():
    fonts()
    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="Economic Wellbeing Delivery Plan 2025/26")
    s = [Paragraph("Makorau District Council", style("k", "LibSans-Bold", 11, leading=14, textColor=colors.grey)),
         Paragraph("Economic Wellbeing Delivery Plan 2025/26", H1),
         Paragraph("Adopted by the Strategy and Performance Committee, 12 June 2025", style("s", "LibSans", 10,
                                                                                                  leading=13)),
         Spacer(1, 8),
         Paragraph("Introduction", H2),
         Paragraph("This delivery plan sets out what Makorau District Council and its partners will do in the "
                   "2025/26 year (1 July 2025 to 30 June 2026) to put the Makorau Economic Wellbeing Strategy "
                   "2024\u20132034 into practice. It replaces the 2024/25 delivery plan, of which 11 of 15 actions "
                   "were completed.", B),
         Paragraph("The strategy has four focus areas:", B),
         Paragraph("1.&nbsp;&nbsp;Thriving town centres<br/>2.&nbsp;&nbsp;Skills and jobs for local people<br/>"
                   "3.&nbsp;&nbsp;Visitor economy<br/>4.&nbsp;&nbsp;Resilient infrastructure",
                   style("fa", "LibSans", 9.5, leading=13, leftIndent=12, spaceAfter=5)),
         Paragraph("<i>Timeframes refer to the Council\u2019s financial year: Q1 is July to September 2025 and Q4 is "
                   "April to June 2026. \u201cMDC\u201d means Makorau District Council.</i>", B),
         Paragraph("Actions for 2025/26", H2)]
    rows = [[Paragraph(h, CB) for h in ("Ref", "Action", "Lead", "Partners", "Timeframe")]]
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    for r in ROWS:
        if len(r) == 1:
            st += [("SPAN", (0, len(rows)), (-1, len(rows))), ("TOPPADDING", (0, len(rows)), (-1, len(rows)), 8)]
            rows.append([Paragraph(f"<font color='#1d3557'><b>{r[0]}</b></font>", style("fh", FB, 10.5, leading=13)),
                         "", "", "", ""])
        else:
            rows.append([Paragraph(x, C) for x in r])
    s.append(Table(rows, colWidths=[11 * mm, 64 * mm, 34 * mm, 44 * mm, 21 * mm], style=TableStyle(st)))
    s += [Spacer(1, 8), Paragraph("Monitoring and reporting", H2),
          Paragraph("Progress on each action will be reported to the Strategy and Performance Committee every "
                    "quarter. The Economic Development Manager will prepare an end-of-year summary for the Annual "
                    "Report by 30 September 2026.", B)]
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
