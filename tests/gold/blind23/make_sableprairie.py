"""US (Iowa) community school district board of directors regular meeting minutes: letterhead with address block,
Roman-numbered sections, roll call as a Present/Absent grid, lettered consent agenda items, "Motion by X, second by
Y to ... Ayes: ... Nays: ... Motion carried 4-1." paragraphs, public comment, closed session under Iowa Code,
adjournment, signature lines, letter size, serif body, "Page x of y" footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind23-us-sable-prairie-csd-board-of-directors-regular-meeting-minutes-2025-01-13"
GREEN = colors.HexColor("#1f5130")
ALL5 = "Ayes: Brandt, Halvorsen, Kessinger, Nguyen, Oduya. Nays: None. Motion carried 5-0."


def build():
    fonts()
    F, FB = "DejaVuSerif", "DejaVuSerif-Bold"
    body = style("b", F, 10.5, 14.5, spaceAfter=5)
    sec = style("sec", FB, 10.5, 14, spaceBefore=8, spaceAfter=3, keepWithNext=1)
    sub = style("sub", F, 10.5, 14.5, leftIndent=0.3 * inch, spaceAfter=4)
    subh = style("subh", FB, 10.5, 14.5, leftIndent=0.3 * inch, spaceAfter=2, keepWithNext=1)
    mot = style("m", F, 10.5, 14.5, leftIndent=0.3 * inch, spaceAfter=6)
    s = []
    left = [Paragraph("SABLE PRAIRIE", style("l1", FB, 16, 18, textColor=GREEN)),
            Paragraph("COMMUNITY SCHOOL DISTRICT", style("l2", FB, 10, 13, textColor=GREEN))]
    right = Paragraph("410 North Elm Street<br/>Sable Prairie, Iowa 50298<br/>(515) 555-0142", style("r", "Helvetica", 8.5, 11, alignment=2))
    head = Table([[left, right]], colWidths=[4.5 * inch, 2.5 * inch])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1.5, GREEN),
                              ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (1, 0), (1, 0), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [head, Spacer(1, 10),
          Paragraph("BOARD OF DIRECTORS<br/>REGULAR MEETING MINUTES", style("t", FB, 12.5, 16, alignment=1)),
          Paragraph("Monday, January 13, 2025 – 6:00 p.m.<br/>Board Room, Sable Prairie Administration Center",
                    style("t2", F, 10, 13.5, alignment=1, spaceAfter=8))]

    def S(t):
        s.append(Paragraph(t, sec))

    def p(t, st=body):
        s.append(Paragraph(t, st))

    S("I. CALL TO ORDER")
    p("President Karen Halvorsen called the regular meeting of the Sable Prairie Community School District Board of "
      "Directors to order at 6:00 p.m. and led the Pledge of Allegiance.")
    S("II. ROLL CALL")
    roll = [["Director", "Position", "Present/Absent"],
            ["Karen Halvorsen", "President", "Present"],
            ["Marcus Oduya", "Vice President", "Present"],
            ["Jill Brandt", "Director", "Present"],
            ["Tyler Kessinger", "Director", "Present"],
            ["Linh Nguyen", "Director", "Present"],
            ["Rosa Delgado", "Director", "Absent"],
            ["Erik Sorensen", "Director", "Absent"]]
    t = Table(roll, colWidths=[1.9 * inch, 1.6 * inch, 1.3 * inch], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9.5), ("FONT", (0, 0), (-1, 0), FB, 9.5),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 0.3 * inch),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    s += [t, Spacer(1, 4)]
    p("Also present: Dr. Paul Grady, Superintendent; Melissa Vance, Business Manager/Board Secretary; Dr. Lena "
      "Hoffmann, Director of Teaching and Learning; Brian Yates, Director of Buildings and Grounds; and Jordan Ames, "
      "Student Representative (non-voting). A quorum was declared.")
    S("III. APPROVAL OF AGENDA")
    p("Motion by Oduya, second by Nguyen to approve the agenda as presented. " + ALL5, mot)
    S("IV. RECOGNITIONS")
    p("The Board recognized Sable Prairie Middle School teacher Dana Whitcombe, named a 2025 Iowa History Teacher of "
      "the Year finalist, and the Sable Prairie High School marching band for its Division I rating at the state "
      "marching band festival.")
    S("V. PUBLIC COMMENT")
    p("Two members of the public addressed the Board. Angela Moreau, President of the Sable Prairie Education "
      "Association, spoke in support of the proposed 2025-26 calendar. A parent asked the Board to consider adding a "
      "crossing guard at the corner of Elm Street and 6th Avenue near Sable Prairie Elementary School. President "
      "Halvorsen thanked the speakers and reminded the audience that the Board does not take action on public comment.")
    S("VI. CONSENT AGENDA")
    p("The following items were presented for approval as a single consent agenda:", sub)
    for letter_, txt in (("A", "Minutes of the December 9, 2024 Regular Meeting and December 16, 2024 Special Meeting"),
                         ("B", "Bills and Claims for January 2025 ($1,284,619.42)"),
                         ("C", "Financial Reports for December 2024"),
                         ("D", "Personnel: Resignations, New Hires and Contract Changes"),
                         ("E", "Open Enrollment Requests for 2025-26"),
                         ("F", "Fundraiser Request: Sable Prairie High School FFA Chapter Fruit Sale"),
                         ("G", "Agreement with Bluestem Area Education Agency for Special Education Services, 2025-26")):
        tt = Table([[Paragraph(f"{letter_}.", body), Paragraph(txt, body)]], colWidths=[0.3 * inch, 6.1 * inch], hAlign="RIGHT")
        tt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        s.append(tt)
    s.append(Spacer(1, 4))
    p("Motion by Brandt, second by Kessinger to approve the consent agenda as presented. " + ALL5, mot)
    S("VII. REPORTS")
    p("A. Superintendent’s Report", subh)
    p("Dr. Grady reported that enrollment on the October 1 count was 2,186 students, an increase of 31 over the prior "
      "year. The Iowa Department of Education has approved the District’s Teacher Leadership and Compensation plan. "
      "Dr. Grady will present the results of the winter literacy screening at the February 10, 2025 meeting.", sub)
    p("B. Student Representative Report", subh)
    p("Student Representative Ames reported on the Sable Prairie High School winter sports season and the FFA "
      "chapter’s first place at the Cedar Plains district contest.", sub)
    p("C. Business Manager’s Report", subh)
    p("Ms. Vance reviewed the budget calendar for the fiscal year 2025-26. The Board will hold a public hearing on the "
      "proposed certified budget on April 14, 2025, and the budget must be certified to the Ostrander County Auditor by "
      "April 30, 2025.", sub)
    p("D. Director of Teaching and Learning Report", subh)
    p("Dr. Hoffmann reported on the implementation of the new K-5 reading curriculum and the professional learning "
      "provided with Bluestem Area Education Agency. The District will apply for the state’s summer reading program "
      "grant by March 15, 2025.", sub)
    S("VIII. ACTION ITEMS")
    p("A. Approve 2025-26 School Calendar", subh)
    p("Dr. Hoffmann presented the calendar, which includes 180 student days, with the first day of school on August 21, "
      "2025 and the last day on May 29, 2026.", sub)
    p("Motion by Nguyen, second by Oduya to approve the 2025-26 school calendar as presented. " + ALL5, mot)
    p("B. Award Bid for High School Roof Replacement", subh)
    p("Mr. Yates reported that four bids were received. The work will take place between June 9 and August 8, 2025.", sub)
    p("Motion by Kessinger, second by Brandt to award the Sable Prairie High School roof replacement project to Cedar "
      "Ridge Roofing, Inc. in the amount of $642,300, to be paid from SAVE funds. " + ALL5, mot)
    p("C. Approve Purchase of Two 72-Passenger School Buses", subh)
    p("Director Kessinger asked whether the purchase could be delayed to the 2025-26 fiscal year. Mr. Yates stated that "
      "two buses in the current fleet exceed 240,000 miles.", sub)
    p("Motion by Oduya, second by Halvorsen to approve the purchase of two 72-passenger school buses from Midland Coach "
      "&amp; Bus Co. at a total cost of $287,400. Ayes: Brandt, Halvorsen, Nguyen, Oduya. Nays: Kessinger. "
      "Motion carried 4-1.", mot)
    p("D. First Reading: Board Policies 503.1 Student Conduct and 506.2 Student Library Circulation Records", subh)
    p("The Board reviewed the revised policies. No action was required. The policies will return for second reading "
      "and adoption on February 10, 2025.", sub)
    p("E. Approve Whole Grade Sharing and Operational Sharing Agreement with Coldwater Valley Community School District", subh)
    p("Motion by Brandt, second by Nguyen to approve the operational sharing agreement with Coldwater Valley Community "
      "School District for a shared Transportation Director for 2025-26 and 2026-27, and to direct the Superintendent "
      "to sign the agreement. " + ALL5, mot)
    p("F. Approve Early Retirement Incentive Program for 2024-25", subh)
    p("Dr. Grady explained that the program is open to employees aged 55 or over with at least 15 years of service in "
      "the District, and that applications must be received by March 3, 2025.", sub)
    p("Motion by Halvorsen, second by Brandt to approve the 2024-25 Early Retirement Incentive Program as presented. "
      + ALL5, mot)
    S("IX. CLOSED SESSION")
    p("Motion by Oduya, second by Nguyen to enter closed session pursuant to Iowa Code section 21.5(1)(i) to evaluate "
      "the professional competency of an individual whose appointment, hiring, performance or discharge is being "
      "considered, when necessary to prevent needless and irreparable injury to that individual’s reputation and that "
      "individual requests a closed session. Roll call vote: " + ALL5, mot)
    p("The Board entered closed session at 7:42 p.m. and returned to open session at 8:25 p.m. No action was taken.", sub)
    S("X. BOARD COMMUNICATIONS AND FUTURE AGENDA ITEMS")
    p("Director Nguyen requested that administration provide an update on the crossing guard request near Sable "
      "Prairie Elementary School at the February 10, 2025 meeting. President Halvorsen reminded directors of the Iowa "
      "Association of School Boards legislative day on February 19, 2025.")
    S("XI. ADJOURNMENT")
    p("Motion by Kessinger, second by Brandt to adjourn. " + ALL5 + " President Halvorsen adjourned the meeting at "
      "8:31 p.m.")
    p("The next regular meeting of the Board of Directors will be held on Monday, February 10, 2025 at 6:00 p.m. in "
      "the Board Room.")
    s.append(Spacer(1, 22))
    sig = Table([["______________________________", "______________________________"],
                 ["Karen Halvorsen, Board President", "Melissa Vance, Board Secretary"]],
                colWidths=[3.4 * inch, 3.4 * inch])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9.5), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(sig)
    s.append(Paragraph("These minutes are unofficial until approved by the Board of Directors at its next regular meeting.",
                       style("note", "Helvetica-Oblique", 8.5, 11, spaceBefore=10)))

    def draw(c, n, total):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(0.75 * inch, 0.5 * inch, "SPCSD Board of Directors – Regular Meeting Minutes – January 13, 2025")
        c.drawRightString(7.75 * inch, 0.5 * inch, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, leftMargin=0.75 * inch, rightMargin=0.75 * inch,
                            topMargin=0.7 * inch, bottomMargin=0.85 * inch, title="Regular Meeting Minutes January 13, 2025")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
