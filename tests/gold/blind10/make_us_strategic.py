"""US city strategic plan: Letter size, Goal banners, Objective 1.1 headings, Strategy 1.1.1 lines each followed
by an unruled 'Lead | Timeline | Measure' line; fiscal year October-September; adopted by resolution."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from lib import PDF

STEM = "blind10-us-cedar-hollow-city-strategic-plan-fy2025-fy2028"
NAVY = colors.HexColor("#1d3557")
GOLD = colors.HexColor("#e9a23b")
base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
obj = ParagraphStyle("o", parent=base, fontName="Helvetica-Bold", fontSize=11, textColor=NAVY, spaceBefore=6,
                     leftIndent=0.8 * inch, firstLineIndent=-0.8 * inch)
strat = ParagraphStyle("s", parent=base, leftIndent=0.8 * inch, firstLineIndent=-0.55 * inch, spaceAfter=1)
meta = ParagraphStyle("m", parent=base, fontName="Helvetica-Oblique", fontSize=8.6, leading=11,
                      leftIndent=0.8 * inch, textColor=colors.HexColor("#444444"), spaceAfter=6)
W, H = letter


def P(t, s=base):
    return Paragraph(t, s)


def hf(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.setFillColor(NAVY)
    c.drawString(0.75 * inch, H - 0.5 * inch, "CITY OF CEDAR HOLLOW  \u2022  STRATEGIC PLAN FY2025\u2013FY2028")
    c.setStrokeColor(GOLD)
    c.setLineWidth(2)
    c.line(0.75 * inch, H - 0.56 * inch, W - 0.75 * inch, H - 0.56 * inch)
    c.drawCentredString(W / 2, 0.45 * inch, f"{doc.page}")
    c.restoreState()


def goal(n, name, intro):
    t = Table([[P(f"<font color='#e9a23b' size=22><b>{n}</b></font>", base),
                P(f"<font color='white' size=9>GOAL {n}</font><br/><font color='white' size=15><b>{name}</b></font>",
                  ParagraphStyle("g", parent=base, leading=18))]], colWidths=[0.6 * inch, 6.4 * inch])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return [Spacer(1, 8), t, Spacer(1, 4), P(intro)]


def objective(code, text):
    return P(f"Objective {code}&nbsp;&nbsp;&nbsp;{text}", obj)


def strategy(code, text, lead, timeline, measure):
    return KeepTogether([P(f"<b>{code}</b>&nbsp;&nbsp;&nbsp;{text}", strat),
                         P(f"Lead: {lead} &nbsp;|&nbsp; Timeline: {timeline} &nbsp;|&nbsp; Measure: {measure}", meta)])


def build():
    s = []
    s.append(P("<font size=24 color='#1d3557'><b>Strategic Plan</b></font>", ParagraphStyle("t", parent=base,
                                                                                          leading=30)))
    s.append(P("<font size=14>Fiscal Years 2025\u20132028</font>", ParagraphStyle("t1", parent=base, leading=18)))
    s.append(P("City of Cedar Hollow, Colorado \u2022 Adopted by the City Council by Resolution No. 2024-57 on "
               "September 17, 2024"))
    s.append(Spacer(1, 6))
    s.append(P("<b>How this plan was built</b>", ParagraphStyle("h", parent=base, fontSize=12, textColor=NAVY)))
    s.append(P("The plan draws on the fall 2023 Community Survey, answered by 1,214 residents, and on two days of "
               "City Council goal-setting at the council retreat held January 26\u201327, 2024. Council set four "
               "goals for the organization. Each goal has measurable objectives, and each objective has strategies "
               "assigned to a lead department. The City\u2019s fiscal year runs from October 1 to September 30, so "
               "FY2025 began on October 1, 2024."))
    s.append(P("<b>Our four goals</b>", ParagraphStyle("h2", parent=base, fontSize=12, textColor=NAVY)))
    gl = [["1", "Safe and Healthy Community"], ["2", "Housing and Neighborhoods"],
          ["3", "Reliable Infrastructure and Mobility"], ["4", "Fiscally Sustainable and Responsive Government"]]
    t = Table([[P(f"<b>{a}</b>", ParagraphStyle("gn", parent=base, textColor=colors.white, alignment=1)),
                P(b, base)] for a, b in gl], colWidths=[0.35 * inch, 4.5 * inch])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), GOLD), ("LINEBELOW", (0, 0), (-1, -1), 1.5, colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s += [t, Spacer(1, 4)]
    s.append(P("Progress on every strategy will be reported to City Council quarterly, and an annual progress "
               "report will be published each March."))

    s += goal(1, "Safe and Healthy Community", "Residents feel safe, can get help quickly, and have access to "
                                               "parks, trails and health services.")
    s.append(objective("1.1", "Improve emergency response times"))
    s.append(strategy("1.1.1", "Open Fire Station 4 to serve the east side", "Fire Department", "FY2026",
                      "90th-percentile response under 8 minutes"))
    s.append(strategy("1.1.2", "Implement a co-responder model pairing mental health clinicians with police officers",
                      "Police Department", "FY2025", "calls diverted from arrest or emergency room"))
    s.append(objective("1.2", "Expand access to parks, trails and recreation"))
    s.append(strategy("1.2.1", "Complete the Willow Creek Trail connection between Main Street and Heritage Park",
                      "Parks and Recreation", "FY2025\u2013FY2026", "miles of trail completed"))
    s.append(strategy("1.2.2", "Update the Parks Master Plan with a 10-minute-walk standard", "Parks and Recreation",
                      "FY2025", "share of residents within a 10-minute walk of a park"))

    s += goal(2, "Housing and Neighborhoods", "Cedar Hollow has a range of homes that people who work here can "
                                              "afford, in neighborhoods that are well kept and connected.")
    s.append(objective("2.1", "Increase the supply of housing affordable to households earning up to 80% of area "
                              "median income"))
    s.append(strategy("2.1.1", "Amend the Unified Development Code to allow accessory dwelling units in all residential "
                               "zones", "Community Development", "FY2025", "ADU permits issued"))
    s.append(strategy("2.1.2", "Partner with the Cedar Hollow Housing Authority to build 150 income-restricted units on "
                               "city-owned land", "City Manager\u2019s Office", "FY2026\u2013FY2028",
                      "units under construction"))
    s.append(objective("2.2", "Reduce unsheltered homelessness"))
    s.append(strategy("2.2.1", "Fund a year-round navigation center operated by the Front Range Shelter Alliance, "
                               "using U.S. Department of Housing and Urban Development (HUD) grants where eligible",
                      "Housing and Human Services", "FY2026", "people moved into stable housing"))

    s += goal(3, "Reliable Infrastructure and Mobility", "Streets, water and utilities are well maintained and "
                                                          "ready for growth.")
    s.append(objective("3.1", "Keep city streets in good condition (average Pavement Condition Index of 70 or "
                              "better)"))
    s.append(strategy("3.1.1", "Dedicate the voter-approved 0.25% sales tax to pavement maintenance and coordinate "
                               "resurfacing on State Highway 52 with the Colorado Department of Transportation (CDOT)",
                      "Public Works", "FY2025\u2013FY2028", "average Pavement Condition Index"))
    s.append(objective("3.2", "Secure a long-term water supply"))
    s.append(strategy("3.2.1", "Complete the design of the Upper Basin Reservoir enlargement", "Utilities",
                      "FY2027", "design complete and permits filed"))
    s.append(strategy("3.2.2", "Reduce per-capita water use by 10% through rebates and tiered rates", "Utilities",
                      "FY2028", "gallons per capita per day"))

    s += goal(4, "Fiscally Sustainable and Responsive Government", "The City lives within its means and makes "
                                                                    "services easy to reach.")
    s.append(objective("4.1", "Maintain General Fund reserves of at least 17% of operating expenditures"))
    s.append(strategy("4.1.1", "Adopt a five-year financial forecast with each annual budget", "Finance",
                      "Annually from FY2025", "reserve ratio at year end"))
    s.append(objective("4.2", "Make city services easier to access"))
    s.append(strategy("4.2.1", "Launch a 311 app and an online permitting portal", "Information Technology",
                      "FY2026", "share of permits applied for online"))
    s.append(Spacer(1, 10))
    s.append(P("<i>Questions about this plan may be sent to the City Manager\u2019s Office, 200 N. Aspen Street, "
               "Cedar Hollow, CO 80599.</i>", ParagraphStyle("e", parent=base, fontSize=8.5)))
    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, leftMargin=0.75 * inch,
                            rightMargin=0.75 * inch, topMargin=0.8 * inch, bottomMargin=0.75 * inch,
                            title="City of Cedar Hollow Strategic Plan FY2025-FY2028")
    doc.build(s, onFirstPage=hf, onLaterPages=hf)


if __name__ == "__main__":
    build()
