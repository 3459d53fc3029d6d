"""South African local municipality IDP review chapter: portrait page with numbered national Key Performance
Areas and a ranked list of community priorities from ward izimbizo, then a landscape page with a strategic
objectives table mapped to KPAs and a wide project table (IDP ref, wards, SO, budget in rand with space
separators, responsible department, target date), then a portrait implementation page with legal deadlines;
financial year July–June."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from lib import PDF, fonts, style

STEM = "blind15-za-ntshelo-local-municipality-idp-review-2025-26"
GOLDC = colors.HexColor("#b8860b")
DARK = colors.HexColor("#2f3e1f")


def build():
    fonts()
    F, FB = "LibNarrow", "LibNarrow-Bold"
    body = style("b", F, 10.5, 14, spaceAfter=6)
    h = style("h", FB, 13, 17, textColor=DARK, spaceBefore=6, spaceAfter=5)
    num = style("n", F, 10.5, 14, leftIndent=10 * mm, firstLineIndent=-6 * mm, spaceAfter=2)
    cell = style("c", F, 9, 11.2)
    cellb = style("cb", FB, 9, 11.2)
    PW, PH = A4
    LW, LH = landscape(A4)

    def deco(c, d):
        w, hgt = c._pagesize
        c.saveState()
        c.setFillColor(GOLDC)
        c.rect(0, hgt - 8 * mm, w, 8 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(FB, 9)
        c.drawString(15 * mm, hgt - 5.5 * mm, "NTSHELO LOCAL MUNICIPALITY – IDP 2022–2027: 2025/26 REVIEW")
        c.setFillColor(DARK)
        c.setFont(F, 8.5)
        c.drawString(15 * mm, 8 * mm, "Chapter 6: Development Strategies, Objectives and Projects")
        c.drawRightString(w - 15 * mm, 8 * mm, f"6-{d.page}")
        c.restoreState()

    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, title="Ntshelo LM IDP 2025/26 Review Chapter 6")
    doc.addPageTemplates([
        PageTemplate("P", [Frame(18 * mm, 16 * mm, PW - 36 * mm, PH - 30 * mm)], onPage=deco, pagesize=A4),
        PageTemplate("L", [Frame(15 * mm, 14 * mm, LW - 30 * mm, LH - 26 * mm)], onPage=deco, pagesize=landscape(A4)),
    ])
    s = [Paragraph("CHAPTER 6: DEVELOPMENT STRATEGIES, OBJECTIVES AND PROJECTS", style("t", FB, 15, 19, textColor=DARK)),
         Spacer(1, 4),
         Paragraph("6.1&nbsp;&nbsp;Introduction", h),
         Paragraph("This chapter sets out how Ntshelo Local Municipality will give effect to its five-year Integrated "
                   "Development Plan (IDP) 2022–2027 in the 2025/26 financial year, which runs from 1 July 2025 to "
                   "30 June 2026. Council adopted the final 2025/26 IDP Review on 28 May 2025 (Council Resolution "
                   "CR 112/2025), together with the 2025/26 Medium Term Revenue and Expenditure Framework (MTREF).", body),
         Paragraph("Bulk water and sanitation projects are planned with Sizwe-Mahlathi District Municipality, which is "
                   "the Water Services Authority for the area. Electrification in the rural wards is done by Eskom.", body),
         Paragraph("6.2&nbsp;&nbsp;National Key Performance Areas", h),
         Paragraph("In line with the guidance of the Department of Cooperative Governance and Traditional Affairs "
                   "(CoGTA), the municipality’s strategies are grouped under the five national Key Performance Areas "
                   "(KPAs):", body)]
    for i, k in enumerate(["Basic Service Delivery and Infrastructure Development",
                           "Local Economic Development",
                           "Municipal Financial Viability and Management",
                           "Municipal Transformation and Institutional Development",
                           "Good Governance and Public Participation"], 1):
        s.append(Paragraph(f"KPA {i}:&nbsp;&nbsp;{k}", num))
    s += [Paragraph("6.3&nbsp;&nbsp;Community priorities", h),
          Paragraph("Mayoral Izimbizo were held in six ward clusters from 14 to 25 October 2024. The needs raised most "
                    "often, in ranked order, were:", body)]
    for i, k in enumerate(["Water and sanitation", "Roads and stormwater", "Electricity, including high-mast lights",
                           "Job creation and support for informal traders", "Housing"], 1):
        s.append(Paragraph(f"({i})&nbsp;&nbsp;{k}", num))
    s += [Spacer(1, 4),
          Paragraph("Housing is a provincial competency; the municipality’s role is to identify land and keep the "
                    "housing needs register. The ranking is the same as in the 2024/25 review except that job "
                    "creation moved up from fifth to fourth place.", body),
          NextPageTemplate("L"), PageBreak()]

    s += [Paragraph("6.4&nbsp;&nbsp;Strategic objectives and 2025/26 capital and operating projects", h)]
    so = [["SO", "Strategic objective", "KPA"],
          ["SO1", "To provide sustainable basic services and maintain municipal infrastructure", "KPA 1"],
          ["SO2", "To ensure a clean, safe and healthy environment", "KPA 1"],
          ["SO3", "To grow the local economy and create work opportunities", "KPA 2"],
          ["SO4", "To achieve a clean audit and improve revenue collection", "KPA 3"],
          ["SO5", "To build a capable and ethical administration", "KPA 4"],
          ["SO6", "To deepen public participation and accountable governance", "KPA 5"]]
    t1 = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(so)],
               colWidths=[14 * mm, 130 * mm, 18 * mm], hAlign="LEFT")
    t1.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, DARK), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#efe3c2"))]))
    s += [t1, Spacer(1, 8)]
    pr = [["IDP Ref", "Project", "Ward(s)", "SO", "Budget 2025/26 (R)", "Responsible Department", "Target date"],
          ["BSD-01", "Mthombo Village bulk water pipeline, phase 2", "4, 7", "SO1", "18 500 000",
           "Technical Services / Sizwe-Mahlathi DM", "30 June 2026"],
          ["BSD-02", "Paving of Ntshelo Extension 3 access roads (2.4 km)", "11", "SO1", "9 200 000", "Technical Services",
           "31 March 2026"],
          ["BSD-03", "Installation of 12 high-mast lights", "2, 5, 9", "SO1", "3 600 000", "Technical Services",
           "31 December 2025"],
          ["BSD-04", "Weekly refuse collection extended to Ward 13", "13", "SO2", "1 100 000", "Community Services",
           "1 September 2025"],
          ["LED-01", "Informal traders’ market stalls at the Ntshelo taxi rank", "1", "SO3", "1 250 000",
           "Planning and Economic Development", "30 September 2025"],
          ["LED-02", "EPWP cleaning and greening – 250 work opportunities", "All", "SO3", "4 800 000",
           "Community Services", "Quarterly"],
          ["MFV-01", "Data cleansing and indigent register update", "All", "SO4", "650 000", "Budget and Treasury Office",
           "31 January 2026"],
          ["MTI-01", "Fill 14 critical vacant posts", "n/a", "SO5", "7 300 000", "Corporate Services", "30 June 2026"],
          ["GGP-01", "Ward committee induction training for all 19 wards", "All", "SO6", "380 000",
           "Office of the Municipal Manager", "31 October 2025"]]
    t2 = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(pr)],
               colWidths=[17 * mm, 88 * mm, 17 * mm, 11 * mm, 27 * mm, 57 * mm, 26 * mm], repeatRows=1)
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, DARK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#efe3c2")), ("ALIGN", (4, 1), (4, -1), "RIGHT")]))
    s += [t2, Paragraph("Source: 2025/26 MTREF capital budget and operating projects; MIG = Municipal Infrastructure "
                        "Grant funding for BSD-01 to BSD-03.", style("src", F, 8, 10, spaceBefore=4)),
          NextPageTemplate("P"), PageBreak()]

    s += [Paragraph("6.5&nbsp;&nbsp;Implementation, monitoring and the next review", h),
          Paragraph("The projects in section 6.4 are carried into the 2025/26 Service Delivery and Budget "
                    "Implementation Plan (SDBIP). The Executive Mayor will approve the 2025/26 SDBIP by 25 June 2025, "
                    "within 28 days of the approval of the budget.", body),
          Paragraph("The Municipal Manager will submit a copy of the adopted IDP Review to the MEC for Cooperative "
                    "Governance and Traditional Affairs by 9 June 2025.", body),
          Paragraph("The Performance Management Unit will report progress on the SDBIP to Council every quarter, and "
                    "the mid-year performance assessment will be tabled by 25 January 2026. Audit findings raised by the "
                    "Auditor-General of South Africa (AGSA) on the 2023/24 financial statements are tracked through the "
                    "Audit Action Plan overseen by the Audit Committee.", body),
          Paragraph("The IDP Representative Forum will meet on 4 September 2025 to start the 2026/27 IDP review, in "
                    "line with the process plan to be adopted by Council by 31 August 2025.", body)]
    doc.build(s)


if __name__ == "__main__":
    build()
