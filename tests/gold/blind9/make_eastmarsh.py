"""Joint committee minutes, landscape: date in a header table, attendance table with a status column, body as a
ruled table No. | Item | Notes and decisions | Action by | Date."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from lib import register_fonts, pdf_path

STEM = "blind9-uk-eastmarsh-wendlebury-joint-csc-minutes-2024-11-07"
register_fonts()
F, FB = "DejaVuSans", "DejaVuSans-Bold"
s = ParagraphStyle("s", fontName=F, fontSize=8.8, leading=11.5, spaceAfter=3)
sb = ParagraphStyle("sb", parent=s, fontName=FB)
ttl = ParagraphStyle("t", fontName=FB, fontSize=14, leading=18, textColor=colors.HexColor("#1F4E79"))
GRID = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1"))]


def on_page(c, doc):
    c.saveState()
    c.setFont(F, 7.5)
    c.setFillColor(colors.grey)
    c.drawString(15 * mm, 8 * mm, "Eastmarsh and Wendlebury Joint Community Safety Committee  |  OFFICIAL")
    c.drawRightString(282 * mm, 8 * mm, f"{doc.page}")
    c.restoreState()


def P(t, st=s):
    return Paragraph(t, st)


header = Table([
    [P("Meeting:", sb), P("Eastmarsh and Wendlebury Joint Community Safety Committee"), "", ""],
    [P("Date:", sb), P("Thursday 7th November 2024"), P("Time:", sb), P("2.00pm \u2013 4.05pm")],
    [P("Venue:", sb), P("Council Chamber, Wendlebury House, Market Place, Wendlebury (hybrid \u2013 Microsoft Teams)"), "", ""],
    [P("Minutes:", sb), P("Owen Baptiste, Democratic Services Officer, Wendlebury Borough Council"), "", ""],
], colWidths=[28 * mm, 150 * mm, 20 * mm, 69 * mm])
header.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("SPAN", (1, 0), (3, 0)), ("SPAN", (1, 2), (3, 2)), ("SPAN", (1, 3), (3, 3)),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#DCE6F1")),
                            ("BACKGROUND", (2, 1), (2, 1), colors.HexColor("#DCE6F1"))]))

att_rows = [[P("Name", sb), P("Organisation / role", sb), P("Attendance", sb)]] + [[P(a), P(b), P(c)] for a, b, c in [
    ("Cllr Harriet Moss (Chair)", "Eastmarsh District Council \u2013 Portfolio Holder for Communities", "Present"),
    ("Cllr Adebayo Okonjo (Vice-Chair)", "Wendlebury Borough Council \u2013 Cabinet Member for Safer Neighbourhoods", "Present"),
    ("Cllr Sue Threlfall", "Eastmarsh District Council", "Teams"),
    ("Cllr Graham Pettifer", "Eastmarsh District Council", "Apologies"),
    ("Cllr Nadia Rahman", "Wendlebury Borough Council", "Present"),
    ("Cllr Keith Orme", "Wendlebury Borough Council (substitute for Cllr Pat Lyle)", "Present"),
    ("Cllr Pat Lyle", "Wendlebury Borough Council", "Apologies"),
    ("Supt Claire Venn", "Wendmarsh Constabulary \u2013 Local Policing Area Commander", "Present"),
    ("Martin Fry", "Wendmarsh Fire and Rescue Service \u2013 Group Manager, Prevention", "Teams"),
    ("Joanne Albury", "Office of the Police and Crime Commissioner for Wendmarsh (OPCC)", "Present"),
    ("Hollie Grange", "Joint Community Safety Manager (officer)", "In attendance"),
    ("Owen Baptiste", "Democratic Services Officer (officer)", "In attendance"),
]]
attendance = Table(att_rows, colWidths=[70 * mm, 150 * mm, 47 * mm], repeatRows=1)
attendance.setStyle(TableStyle(GRID))

rows = [[P("No.", sb), P("Item", sb), P("Notes and decisions", sb), P("Action by", sb), P("Date", sb)]]


def row(no, item, notes, owner="", when=""):
    rows.append([P(no), P(f"<b>{item}</b>"), [P(n) for n in notes], P(owner), P(when)])


row("1", "Welcome, introductions and apologies", [
    "The Chair welcomed members and noted apologies from Cllr Pettifer and Cllr Lyle. Cllr Orme attended as "
    "substitute for Cllr Lyle."])
row("2", "Declarations of interest", ["None declared."])
row("3", "Minutes of the previous meeting (12 September 2024) and matters arising", [
    "The minutes were agreed as a true record.",
    "Matter arising (min. 5): the data-sharing agreement with The Probation Service has now been signed. "
    "Action closed."])
row("4", "Strategic Assessment 2024 and joint priorities for 2025/26", [
    "Hollie Grange presented the annual Strategic Assessment. Anti-social behaviour (ASB) in Eastmarsh and "
    "Wendlebury town centres rose by 14% in the year to 30 September 2024; rural crime (plant and machinery "
    "theft, hare coursing) rose sharply in the east of the district.",
    "Members discussed whether rural crime should remain within the road safety priority. Supt Venn supported "
    "a separate priority so that the Constabulary's Rural Crime Team could report against it.",
    "<b>AGREED:</b> that the Joint Committee's priorities for 2025/26 are:",
    "&bull; Reducing anti-social behaviour in town centres<br/>&bull; Tackling violence against women and girls "
    "(VAWG)<br/>&bull; Rural crime<br/>&bull; Safer roads",
    "<b>AGREED:</b> that rural crime, previously part of the Safer roads and rural communities priority, becomes "
    "a priority in its own right from April 2025.",
    "Hollie Grange to circulate the final Strategic Assessment to both councils' scrutiny chairs."],
    "Hollie Grange", "29/11/24")
row("5", "Safer Streets Fund: Wendlebury town centre evaluation", [
    "Joanne Albury reported on the evaluation of the Home Office Safer Streets Fund round 5 project. Street "
    "lighting and CCTV upgrades were completed in March 2024; the independent evaluation by the University of "
    "Wendmarsh found a 22% reduction in night-time violence in the target area.",
    "The Wendlebury Business Improvement District (BID) has offered to part-fund CCTV monitoring from April 2025.",
    "<b>AGREED:</b> that the evaluation report be noted and shared with partners.",
    "OPCC to confirm whether the monitoring costs can be met from the Community Safety Fund for 2025/26."],
    "Joanne Albury (OPCC)", "Jan 2025")
row("6", "Domestic Homicide Review \u2013 update (confidential details withheld)", [
    "The Chair reported that the Domestic Homicide Review (DHR) commissioned in June 2024 is progressing and the "
    "overview report is expected to be submitted to the Home Office Quality Assurance Panel in spring 2025. "
    "Wendmarsh Women's Aid and Eastmarsh Citizens Advice are contributing to the review panel.",
    "<b>AGREED:</b> that the Joint Community Safety Manager convene an extraordinary meeting if the overview "
    "report is ready before the next scheduled meeting."],
    "Hollie Grange", "As required")
row("7", "Serious Violence Duty \u2013 local response", [
    "Martin Fry presented the partnership's response to the Serious Violence Duty. Wendmarsh County Council and "
    "NHS Wendmarsh Integrated Care Board (ICB) are specified authorities alongside both councils, the "
    "Constabulary, the fire service and probation.",
    "<b>AGREED:</b> (i) that the local response be endorsed; and (ii) that the Committee's terms of reference be "
    "amended to include oversight of the Serious Violence Duty, subject to approval by each council.",
    "Democratic Services to take the amended terms of reference to each council's Cabinet."],
    "Owen Baptiste", "By 31 March 2025")
row("8", "Any other business and date of next meeting", [
    "Cllr Rahman thanked Eastmarsh Community Voluntary Service for the Safer Nights Out volunteer scheme.",
    "Next meeting: Thursday 13 February 2025, 2.00pm, Eastmarsh District Council Offices, Abbey Road, Eastmarsh."])

body = Table(rows, colWidths=[10 * mm, 45 * mm, 152 * mm, 35 * mm, 25 * mm], repeatRows=1)
body.setStyle(TableStyle(GRID))

story = [P("EASTMARSH AND WENDLEBURY JOINT COMMUNITY SAFETY COMMITTEE", ttl),
         P("Minutes", ParagraphStyle("m", parent=ttl, fontSize=11)), Spacer(1, 6), header, Spacer(1, 8),
         P("<b>Attendance</b>"), attendance, Spacer(1, 8), P("<b>Minutes</b>"), body,
         Spacer(1, 8), P("Signed as a correct record: ..................................... (Chair)&nbsp;&nbsp;&nbsp; "
                         "Date: ....................")]

doc = SimpleDocTemplate(pdf_path(STEM), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                        topMargin=12 * mm, bottomMargin=15 * mm)
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
print("made", STEM)
