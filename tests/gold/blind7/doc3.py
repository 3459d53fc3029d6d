"""Doc 3: Village of Maple Hollow (NY) Board of Trustees regular meeting minutes (time-stamped items, motions)."""
from reportlab.lib.pagesizes import letter
from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import fonts, numbered_canvas

STEM = "blind7-us-maple-hollow-village-board-of-trustees-minutes-2024-10-14"

PRESENT = "Present: President Linda Carraway, Trustees Paul Brandt, Amara Okafor, Greg Lindqvist; Absent: Trustee Joanne Kowalczyk"
ALSO = ("Also Present: Dennis Roarke, Village Administrator; Miriam Feld, Esq., Village Attorney; Hector Ruiz, "
        "Chief of Police; Tonya Beale, Village Clerk (recording)")

M_MIN = ("Trustee Okafor moved, Trustee Brandt seconded, to approve the minutes of the September 23, 2024 regular "
         "meeting as presented; Ayes: 4, Nays: 0. Motion carried.")
M_4141 = ("Trustee Lindqvist moved, Trustee Okafor seconded, to adopt Resolution 2024-41 awarding the Sidewalk "
          "Replacement Phase 2 contract to Hudson Ridge Paving, Inc. in the amount of $186,450.00, funded from "
          "capital account H.5410; Roll call: Brandt – aye; Okafor – aye; Lindqvist – aye; Carraway – aye. "
          "Ayes: 4, Nays: 0. Motion carried.")
M_LL3 = ("Trustee Brandt moved, Trustee Lindqvist seconded, to adopt Local Law No. 3 of 2024, “Short-Term "
         "Rental Permits,” as amended to cap permits at 25 per year; Ayes: 3, Nays: 1 (Okafor). Motion carried.")
M_NW = ("Trustee Okafor moved, Trustee Brandt seconded, to table the request of the Maple Hollow Neighborhood "
        "Watch Association for a $2,500 grant until the November 11, 2024 meeting pending a budget review; "
        "Ayes: 4, Nays: 0. Motion carried.")
M_EXEC = ("Trustee Lindqvist moved, Trustee Brandt seconded, to enter executive session at 8:21 p.m. to discuss "
          "pending litigation (Doyle v. Village of Maple Hollow); Ayes: 4, Nays: 0. Motion carried.")
M_ADJ = "Trustee Brandt moved, Trustee Okafor seconded, to adjourn at 8:49 p.m.; Ayes: 4, Nays: 0. Motion carried."

# (time, title, [paragraph texts]); motions are paragraphs starting with 'Trustee'
ITEMS = [
    ("7:00 p.m.", "Call to order and Pledge of Allegiance", [
        "President Carraway called the meeting to order at 7:00 p.m. and led the Pledge of Allegiance. The Clerk "
        "confirmed a quorum."]),
    ("7:02 p.m.", "Public comment", [
        "Ellen Marsh, 18 Birch Lane, described vehicles using Birch Lane as a cut-through to avoid the signal at "
        "County Road 14 and asked for speed humps. Ray Dutton, 7 Mill Street, asked when the Mill Street sidewalk "
        "will be repaired. Carla Nuñez, Orchard Terrace, spoke in support of the short-term rental law.",
        "President Carraway thanked the speakers and noted that the Ashgrove County Department of Public Works "
        "controls the County Road 14 signal timing."]),
    ("7:15 p.m.", "Approval of minutes", [M_MIN]),
    ("7:18 p.m.", "Police Department report", [
        "Chief Ruiz reported 212 calls for service in September, 14 motor vehicle accidents and 3 residential "
        "burglaries. The department wrote 61 speeding tickets, 22 of them on Birch Lane. A radar speed sign on loan "
        "from the New York State Department of Transportation will be installed on Birch Lane through November.",
        "The Board directed Chief Ruiz to return with a traffic-calming proposal for Birch Lane at the November 11 "
        "meeting."]),
    ("7:31 p.m.", "Resolution 2024-41 – Award of bid, Sidewalk Replacement Phase 2", [
        "Administrator Roarke reported that four bids were received on October 3, 2024; the lowest responsible "
        "bidder was Hudson Ridge Paving, Inc. Work on Mill Street and Orchard Terrace is to be complete by "
        "May 30, 2025.", M_4141]),
    ("7:40 p.m.", "Public hearing – Local Law No. 3 of 2024 (Short-Term Rental Permits)", [
        "President Carraway opened the public hearing at 7:40 p.m. Five residents spoke; three in favor and two "
        "opposed, citing parking. Attorney Feld summarized the amendment capping permits at 25 per year. The "
        "hearing was closed at 7:58 p.m.", M_LL3]),
    ("8:05 p.m.", "Community safety – Neighborhood Watch grant request", [
        "Marcus Webb, coordinator of the Maple Hollow Neighborhood Watch Association, requested $2,500 toward "
        "signage and a volunteer training night with the Police Department.", M_NW,
        "Administrator Roarke will prepare the budget review for the November 11 meeting."]),
    ("8:20 p.m.", "Executive session", [
        M_EXEC, "The Board returned to open session at 8:47 p.m. No action was taken."]),
    ("8:48 p.m.", "Adjournment", [M_ADJ]),
]


def draw_page(c, page, total):
    w, h = letter
    c.saveState()
    c.setFont("Times-Italic", 9)
    c.drawString(inch, h - 0.55 * inch, "Village of Maple Hollow Board of Trustees")
    c.drawRightString(w - inch, h - 0.55 * inch, "Regular Meeting – October 14, 2024")
    c.setFont("Times-Roman", 9)
    c.drawCentredString(w / 2, 0.55 * inch, f"Page {page} of {total}")
    c.setFont("Helvetica-Oblique", 7)
    c.setFillColor(colors.grey)
    c.drawRightString(w - inch, 0.55 * inch, "Approved: ____________")
    c.restoreState()


def build(path):
    fonts()
    center = ParagraphStyle("c", fontName="Times-Bold", fontSize=14, leading=17, alignment=1)
    center2 = ParagraphStyle("c2", fontName="Times-Roman", fontSize=11.5, leading=14, alignment=1)
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=6)
    motion = ParagraphStyle("m", parent=body, leftIndent=18, fontName="Times-Italic")
    tcol = ParagraphStyle("t", fontName="Times-Bold", fontSize=11, leading=14)
    story = [Paragraph("VILLAGE OF MAPLE HOLLOW", center),
             Paragraph("Ashgrove County, New York", center2),
             Spacer(1, 4),
             Paragraph("BOARD OF TRUSTEES – REGULAR MEETING MINUTES", center),
             Paragraph("Monday, October 14, 2024 – Village Hall, 41 Orchard Street", center2),
             Spacer(1, 14),
             Paragraph(PRESENT, body),
             Paragraph(ALSO, body), Spacer(1, 6)]
    for tm, title, paras in ITEMS:
        head = Table([[Paragraph(f"{tm} – {title}", tcol)]], colWidths=[6.5 * inch])
        head.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        story += [Spacer(1, 4), head, Spacer(1, 4)]
        for p in paras:
            story.append(Paragraph(p, motion if p.startswith("Trustee ") else body))
    story += [Spacer(1, 16), Paragraph("Respectfully submitted,", body), Spacer(1, 10),
              Paragraph("Tonya Beale<br/>Village Clerk", body)]
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=inch, rightMargin=inch, topMargin=0.9 * inch,
                            bottomMargin=0.9 * inch, title="BOT Minutes 10-14-2024", author="Village Clerk")
    doc.build(story, canvasmaker=numbered_canvas(draw_page))
