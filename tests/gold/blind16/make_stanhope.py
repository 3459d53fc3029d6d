"""US (California) county board of supervisors strategic plan summary FY2025-FY2027: portrait letter cover
block with adoption line, Chair's message, Vision / Mission / Values page with values as a bulleted
"Label – description" list; a landscape page with the five Goal Areas as a ruled table (Goal Area |
Objectives | Lead Department | Timeline) whose Objectives cells hold numbered objectives 1.1, 1.2 ... and
whose Timeline cells repeat the numbers with fiscal-year / fiscal-quarter deadlines; a portrait implementation
page with active and passive "will" sentences and the Board roster; Times-style serif, navy and gold."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.units import inch
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from lib import PDF, fonts, style

STEM = "blind16-us-stanhope-county-board-of-supervisors-strategic-plan-fy2025-fy2027"
NAVY = colors.HexColor("#1f3a5f")
GOLD = colors.HexColor("#c9a227")

GOALS = [
    ("Public Safety and Emergency Preparedness",
     [("1.1", "Reduce average emergency response times in unincorporated areas to under 12 minutes", "FY2026"),
      ("1.2", "Complete the update of the Multi-Jurisdictional Hazard Mitigation Plan", "Q2 FY2025"),
      ("1.3", "Expand wildfire fuel reduction work to 2,500 acres per year", "FY2025–FY2027")],
     "Sheriff’s Office; Office of Emergency Services"),
    ("Housing and Homelessness",
     [("2.1", "Permit 1,200 new housing units, including 300 affordable units", "FY2027"),
      ("2.2", "Open a 60-bed navigation center in Riverbend", "Q3 FY2026"),
      ("2.3", "Reduce unsheltered homelessness by 25% from the 2024 Point-in-Time Count", "FY2027")],
     "Health and Human Services Agency; Planning and Building"),
    ("Infrastructure and Mobility",
     [("3.1", "Raise the average Pavement Condition Index of County roads from 58 to 65", "FY2027"),
      ("3.2", "Complete the Old Mill Road bridge replacement", "FY2026"),
      ("3.3", "Adopt an Active Transportation Plan for the unincorporated county", "FY2025")],
     "Public Works"),
    ("Economic Vitality",
     [("4.1", "Launch a small business grant program for unincorporated communities", "FY2025"),
      ("4.2", "Extend broadband service to 4,000 unserved households", "FY2025–FY2027")],
     "County Administrative Office (Economic Development)"),
    ("Fiscal Stewardship and Operational Excellence",
     [("5.1", "Maintain a General Fund reserve of at least 15% of operating expenditures", "Annually"),
      ("5.2", "Reduce the County’s vacancy rate to below 10%", "FY2026"),
      ("5.3", "Move 80% of permit and payment transactions online", "FY2027")],
     "Auditor-Controller; Human Resources"),
]


def build():
    fonts()
    F, FB, FI = "LibSerif", "LibSerif-Bold", "LibSerif-Italic"
    body = style("b", F, 11, 14.5, spaceAfter=7)
    h2 = style("h2", FB, 14, 18, spaceBefore=8, spaceAfter=5, textColor=NAVY)
    bullet = style("bl", F, 11, 14, leftIndent=0.35 * inch, firstLineIndent=-0.2 * inch, spaceAfter=3)
    cell = style("c", F, 9.5, 12)
    cellb = style("cb", FB, 10, 12.5, textColor=NAVY)
    cellh = style("ch", FB, 10, 12.5, textColor=colors.white)
    PW, PH = letter
    LW, LH = landscape(letter)

    def portrait(c, d):
        c.saveState()
        c.setFillColor(GOLD)
        c.rect(0, PH - 0.25 * inch, PW, 0.25 * inch, stroke=0, fill=1)
        c.setFont(FI, 8.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(1 * inch, 0.55 * inch, "County of Stanhope · Strategic Plan FY2025–FY2027 · Summary")
        c.drawRightString(PW - 1 * inch, 0.55 * inch, str(d.page))
        c.restoreState()

    def land(c, d):
        c.saveState()
        c.setFillColor(GOLD)
        c.rect(0, LH - 0.25 * inch, LW, 0.25 * inch, stroke=0, fill=1)
        c.setFont(FI, 8.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(0.7 * inch, 0.45 * inch, "County of Stanhope · Strategic Plan FY2025–FY2027 · Summary")
        c.drawRightString(LW - 0.7 * inch, 0.45 * inch, str(d.page))
        c.restoreState()

    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, title="Strategic Plan FY2025-FY2027 Summary")
    doc.addPageTemplates([
        PageTemplate("P", [Frame(1 * inch, 0.85 * inch, PW - 2 * inch, PH - 1.55 * inch, id="p")],
                     onPage=portrait, pagesize=letter),
        PageTemplate("L", [Frame(0.7 * inch, 0.7 * inch, LW - 1.4 * inch, LH - 1.3 * inch, id="l")],
                     onPage=land, pagesize=landscape(letter))])
    s = []
    s.append(Paragraph("COUNTY OF STANHOPE", style("t0", FB, 12, 15, textColor=GOLD)))
    s.append(Paragraph("Board of Supervisors", style("t1", F, 13, 16, textColor=NAVY)))
    s.append(Paragraph("Strategic Plan FY2025–FY2027", style("t2", FB, 26, 31, textColor=NAVY)))
    s.append(Paragraph("Summary", style("t3", FI, 15, 19, textColor=NAVY, spaceAfter=4)))
    s.append(Paragraph("Adopted June 18, 2024 · Resolution No. 2024-087", style("t4", F, 10.5, 14, spaceAfter=10)))
    s.append(Paragraph("Message from the Chair", h2))
    s.append(Paragraph(
        "This plan sets the direction for County government for fiscal years 2024-25 through 2026-27 (FY2025–FY2027). "
        "It was shaped by more than 2,100 responses to the 2023 Community Survey and by five town halls held in "
        "every supervisorial district in early 2024. It tells residents what we will focus on, who is responsible "
        "and when we expect results.", body))
    s.append(Paragraph("<i>Supervisor Laura Benavides, Chair, Board of Supervisors</i>", body))
    s.append(Paragraph("Vision", h2))
    s.append(Paragraph("A safe, healthy and thriving Stanhope County where every community has the opportunity to "
                       "prosper.", body))
    s.append(Paragraph("Mission", h2))
    s.append(Paragraph("To deliver responsive, efficient and equitable services that protect and improve the quality "
                       "of life of the people of Stanhope County.", body))
    s.append(Paragraph("Values", h2))
    for x in ["<b>Integrity</b> – We are honest, transparent and accountable for our decisions.",
              "<b>Service</b> – We put residents first and treat every person with respect.",
              "<b>Equity</b> – We work to remove barriers so that all communities share in the County’s success.",
              "<b>Stewardship</b> – We manage public funds and natural resources responsibly for future generations.",
              "<b>Collaboration</b> – We partner with cities, tribes, schools and community organizations."]:
        s.append(Paragraph("•&nbsp;&nbsp;" + x, bullet))
    s += [NextPageTemplate("L"), PageBreak()]

    s.append(Paragraph("Goal Areas", style("gh", FB, 16, 20, textColor=NAVY, spaceAfter=2)))
    s.append(Paragraph("The County’s fiscal year runs from July 1 to June 30. Timelines show the fiscal year (or "
                       "fiscal quarter) by which each objective is to be achieved.", style("gi", FI, 10, 13,
                                                                                            spaceAfter=6)))
    rows = [[Paragraph(h, cellh) for h in ("Goal Area", "Objectives", "Lead Department", "Timeline")]]
    for i, (name, objs, lead, ) in enumerate(GOALS, 1):
        rows.append([Paragraph(f"{i}. {name}", cellb),
                     [Paragraph(f"<b>{n}</b>&nbsp;&nbsp;{t}", style("o", F, 9.5, 12, leftIndent=0.3 * inch,
                                                                    firstLineIndent=-0.3 * inch, spaceAfter=2))
                      for n, t, _ in objs],
                     Paragraph(lead, cell),
                     [Paragraph(f"{n}&nbsp;&nbsp;{tl}", style("tl", F, 9.5, 12, spaceAfter=2)) for n, _, tl in objs]])
    t = Table(rows, colWidths=[1.9 * inch, 4.6 * inch, 1.7 * inch, 1.4 * inch], repeatRows=1)
    st = [("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#8c9bb0")), ("BACKGROUND", (0, 0), (-1, 0), NAVY),
          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4)]
    for r in range(2, len(rows), 2):
        st.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f3efe0")))
    t.setStyle(TableStyle(st))
    s.append(t)
    s += [NextPageTemplate("P"), PageBreak()]

    s.append(Paragraph("Implementation and Reporting", h2))
    s.append(Paragraph(
        "The County Administrative Officer will present a progress report on every objective to the Board of "
        "Supervisors each February and August. Each department will align its FY2026 budget request with the "
        "objectives in this plan. Performance measures will be published on the County’s open data portal.", body))
    s.append(Paragraph(
        "The Board of Supervisors will hold a strategic planning workshop in March 2026 to review the objectives "
        "for FY2027. Partnerships with the Stanhope County Office of Education, the Riverbend Housing Authority "
        "and the Stanhope Valley Economic Development Corporation will be essential to meeting the Housing and "
        "Economic Vitality goals.", body))
    s.append(Paragraph("Board of Supervisors", h2))
    for x in ["Laura Benavides, District 1 (Chair)", "Thomas Whitcomb, District 2 (Vice Chair)",
              "Grace Nakamura, District 3", "Ernesto Villalobos, District 4", "Patricia Lindgren, District 5"]:
        s.append(Paragraph(x, style("bm", F, 11, 14.5)))
    s.append(Spacer(1, 8))
    s.append(Paragraph("County Administrative Officer: Daniel Okonkwo", style("cao", FI, 11, 14.5)))
    doc.build(s)


if __name__ == "__main__":
    build()
