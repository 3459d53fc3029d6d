"""US city planning commission minutes: letter size, Times, DRAFT watermark line, roll call, public hearing items
PH-1..PH-3 with applicant/staff presentations and public testimony, motions with tallies "Motion passed 5-0-1
(Commissioner X abstaining)", a continued item, lettered old/new business, header "Page x of y"."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind24-us-larkin-falls-planning-commission-minutes-2025-04-09"


def build():
    fonts()
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    body = style("b", F, 12, 15.5, spaceAfter=6, alignment=4)
    head = style("h", FB, 12, 15.5, spaceBefore=9, spaceAfter=4)
    sub = style("sh", FB, 12, 15.5, spaceBefore=6, spaceAfter=3, leftIndent=0.35 * inch)
    ind = style("i", F, 12, 15.5, spaceAfter=6, alignment=4, leftIndent=0.35 * inch)
    mot = style("mo", FB, 12, 15.5, spaceAfter=7, alignment=4, leftIndent=0.35 * inch)
    s = []
    for txt, st in [("CITY OF LARKIN FALLS", style("t", FB, 15, 18, alignment=1)),
                    ("PLANNING COMMISSION", style("t1", FB, 13, 16, alignment=1)),
                    ("REGULAR MEETING MINUTES", style("t2", FB, 12, 15, alignment=1)),
                    ("Wednesday, April 9, 2025 – 6:00 p.m.", style("t3", F, 11.5, 14, alignment=1)),
                    ("City Hall Council Chambers, 410 Main Street, Larkin Falls", style("t4", F, 11.5, 14, alignment=1))]:
        s.append(Paragraph(txt, st))
    s.append(Spacer(1, 10))

    def H(x):
        s.append(Paragraph(x, head))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    H("1. CALL TO ORDER")
    P("Chair Renee Oduya called the meeting to order at 6:00 p.m.")
    H("2. ROLL CALL")
    P("<b>Commissioners present:</b> Chair Renee Oduya, Vice Chair Thomas Becker, Commissioners Lydia Park, Marcus "
      "Greenlee, Anita Solis and Howard Quint.")
    P("<b>Commissioners absent:</b> Commissioner Dale Fisk (excused).")
    P("<b>Staff present:</b> Angela Ruiz, Community Development Director; Kevin Moss, Senior Planner; Tasha Bell, "
      "Associate Planner; Robert Lim, Assistant City Attorney; Jean Ortiz, Recording Secretary.")
    H("3. PLEDGE OF ALLEGIANCE")
    P("Commissioner Solis led the Pledge of Allegiance.")
    H("4. APPROVAL OF MINUTES")
    P("Minutes of the March 12, 2025 regular meeting.")
    P("Motion by Commissioner Park, seconded by Commissioner Greenlee, to approve the minutes of the March 12, 2025 "
      "regular meeting as presented. Motion passed 5-0-1 (Commissioner Quint abstaining).", mot)
    H("5. PUBLIC COMMENT ON ITEMS NOT ON THE AGENDA")
    P("Marjorie Keller, 77 Alder Court, asked the Commission to consider sidewalk gaps near Larkin Falls Elementary "
      "School when reviewing future subdivisions. No other members of the public spoke.")
    H("6. PUBLIC HEARINGS")
    P("PH-1&nbsp;&nbsp;&nbsp;Conditional Use Permit CUP-25-004 – Riverbend Coffee Drive-Through, 1820 Larkin Parkway", sub)
    P("<i>Staff presentation:</i> Associate Planner Bell presented the staff report. The applicant proposes a 1,900 "
      "square foot coffee shop with a single-lane drive-through in the C-2 General Commercial zone. Staff recommended "
      "approval subject to 14 conditions, including a landscaped buffer along the north property line.", ind)
    P("<i>Applicant presentation:</i> Dana Whitcomb, Riverbend Coffee Company LLC, described the operation and said the "
      "business would employ about 20 people. She agreed to the conditions.", ind)
    P("Chair Oduya opened the public hearing at 6:14 p.m. Two residents of Sparrow Lane spoke about headlight glare and "
      "queuing onto Larkin Parkway. The public hearing was closed at 6:29 p.m.", ind)
    P("Motion by Vice Chair Becker, seconded by Commissioner Solis, to approve Conditional Use Permit CUP-25-004 subject "
      "to the conditions of approval in the staff report, with an added condition that the drive-through lane "
      "provide stacking for a minimum of ten vehicles. Motion passed 6-0.", mot)
    P("PH-2&nbsp;&nbsp;&nbsp;Zoning Map Amendment ZMA-25-002 and Preliminary Plat – Meadowlark Ridge Subdivision", sub)
    P("Commissioner Quint recused himself from this item because his firm has provided surveying services to the "
      "applicant, and left the dais.", ind)
    P("<i>Staff presentation:</i> Senior Planner Moss presented the request to rezone 38.2 acres east of Orchard Road "
      "from AG Agricultural to R-2 Single-Family Residential and to approve a preliminary plat of 142 lots. The Larkin "
      "Falls Public Works Department had reviewed the traffic impact study and recommended a right-turn lane on Orchard "
      "Road. Staff recommended approval.", ind)
    P("<i>Applicant presentation:</i> Luis Carrasco of Hollister Homes, Inc. said the first phase of 48 homes would start "
      "in spring 2026 and that the developer would dedicate a 2.5-acre neighborhood park to the City.", ind)
    P("Chair Oduya opened the public hearing at 6:52 p.m. The following people spoke:", ind)
    for x in ["Gary Whitlow, 3105 Orchard Road – opposed; traffic on Orchard Road is already heavy at school times.",
              "Elena Marsh, 2988 Quail Run – opposed; asked about flooding on Quail Run after heavy rain.",
              "Pete Yoder, 14 Harvest Lane – in favor; the city needs more starter homes.",
              "Simone Tran, Larkin Falls School District – neutral; Orchard Road Middle School is at 94% capacity.",
              "Carl Brandt, 3340 Orchard Road – opposed; asked for a larger buffer to his farm.",
              "Ruth Alvarez, 801 Meadow Street – in favor, subject to the park dedication."]:
        P("–&nbsp;&nbsp;" + x, style("sp", F, 12, 15.5, leftIndent=0.7 * inch, firstLineIndent=-0.15 * inch, spaceAfter=2))
    P("Mr. Carrasco responded that the stormwater design would hold the 100-year storm on site. The public hearing was "
      "closed at 7:31 p.m.", ind)
    P("Commissioner Park said she could not support the rezoning until stormwater issues downstream were resolved.", ind)
    P("Motion by Commissioner Greenlee, seconded by Vice Chair Becker, to recommend that the City Council approve Zoning "
      "Map Amendment ZMA-25-002 and the Meadowlark Ridge preliminary plat, subject to the conditions in the staff report "
      "and a requirement that the final stormwater plan be approved by the City Engineer before any final plat is "
      "recorded. Motion passed 4-1-1 (Commissioner Park opposed; Commissioner Quint recused).", mot)
    P("Commissioner Quint returned to the dais.", ind)
    P("PH-3&nbsp;&nbsp;&nbsp;Text Amendment TA-25-001 – Accessory Dwelling Units (Chapter 17.42)", sub)
    P("Director Ruiz asked that this item be continued so that staff could incorporate comments received from the "
      "Larkin Falls Housing Authority. No one wished to speak.", ind)
    P("Motion by Commissioner Greenlee, seconded by Commissioner Park, to continue PH-3 to the May 14, 2025 regular "
      "meeting. Motion passed 6-0.", mot)
    H("7. OLD BUSINESS")
    P("7.A&nbsp;&nbsp;&nbsp;Comprehensive Plan Update – “Larkin Falls 2045” Progress Report", sub)
    P("Director Ruiz reported on community engagement for the comprehensive plan update. More than 1,300 residents "
      "responded to the online survey. The draft vision identifies five guiding themes for Larkin Falls 2045:", ind)
    for x in ["A connected city with safe streets for walking and biking", "Housing choices for every stage of life",
              "A thriving downtown and riverfront", "Resilient infrastructure and natural systems",
              "Fiscally sustainable growth"]:
        P("•&nbsp;&nbsp;" + x, style("bl", F, 12, 15.5, leftIndent=0.75 * inch, firstLineIndent=-0.15 * inch, spaceAfter=1))
    s.append(Spacer(1, 5))
    P("Commissioners discussed the themes. Staff will present the draft future land use map at the June 11, 2025 "
      "meeting. No action was taken.", ind)
    H("8. NEW BUSINESS")
    P("8.A&nbsp;&nbsp;&nbsp;Capital Improvement Program FY2026–FY2030 – Comprehensive Plan Consistency", sub)
    P("Senior Planner Moss explained that state law requires the Commission to review the Capital Improvement Program for "
      "consistency with the comprehensive plan before it is adopted by the City Council.", ind)
    P("Motion by Commissioner Solis, seconded by Commissioner Quint, to find the Capital Improvement Program "
      "FY2026–FY2030 consistent with the Larkin Falls Comprehensive Plan. Motion passed 6-0.", mot)
    P("8.B&nbsp;&nbsp;&nbsp;Amendment to Planning Commission Bylaws – Remote Participation", sub)
    P("Assistant City Attorney Lim presented a draft amendment to Article IV of the bylaws allowing a commissioner to "
      "participate remotely up to two times per calendar year. Vice Chair Becker said he preferred the Commission to "
      "meet in person and would abstain.", ind)
    P("Motion by Commissioner Quint, seconded by Commissioner Greenlee, to adopt the amendment to Article IV of the "
      "Planning Commission Bylaws as presented. Motion passed 5-0-1 (Vice Chair Becker abstaining).", mot)
    H("9. DIRECTOR’S REPORT")
    P("Director Ruiz reported that the City Council approved the Eastgate Annexation on April 1, 2025, and that a joint "
      "workshop of the City Council and Planning Commission on the comprehensive plan will be held on May 20, 2025.")
    H("10. COMMISSIONER COMMENTS")
    P("Commissioner Solis asked staff to provide a map of sidewalk gaps near schools at a future meeting. Vice Chair "
      "Becker will attend the Mid-Valley Regional Planning Association conference on behalf of the Commission.")
    H("11. ADJOURNMENT")
    P("There being no further business, Chair Oduya adjourned the meeting at 8:47 p.m. The next regular meeting of the "
      "Planning Commission is Wednesday, May 14, 2025 at 6:00 p.m.")
    s.append(Spacer(1, 18))
    P("Respectfully submitted,<br/><br/>Jean Ortiz, Recording Secretary", style("sg", F, 12, 15.5))
    P("Approved by the Planning Commission: ____________________", style("sg2", F, 12, 15.5))

    def deco(c, page, total):
        c.saveState()
        c.setFont(FI, 9.5)
        c.drawString(1 * inch, 10.5 * inch, "Planning Commission Minutes – April 9, 2025")
        c.drawRightString(7.5 * inch, 10.5 * inch, f"Page {page} of {total}")
        c.setFont(FB, 9)
        c.setFillColor(colors.HexColor("#8a8a8a"))
        c.drawCentredString(4.25 * inch, 0.5 * inch, "DRAFT – SUBJECT TO COMMISSION APPROVAL")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.8 * inch, bottomMargin=0.85 * inch, title="Planning Commission Minutes 2025-04-09")
    doc.build(s, canvasmaker=numbered_canvas(deco))


if __name__ == "__main__":
    build()
