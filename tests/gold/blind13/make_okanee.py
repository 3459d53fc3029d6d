"""US county board of commissioners minutes: numbered CAPS sections with lettered A./B./C. items in an indented
column, ROLL CALL block, every vote tabulated by name (Yea/Nay/Absent) in a ruled grid under the motion,
"Motion by ..., second by ... Motion passed 4-1", one failed motion, late arrival, attest block."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether

from lib import PDF, fonts, style

STEM = "blind13-us-okanee-county-board-of-commissioners-minutes-2024-10-08"


def build():
    fonts()
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    body = style("b", F, 11, 13.5, spaceAfter=5, leftIndent=0.35 * inch)
    sub = style("s", F, 11, 13.5, spaceAfter=5, leftIndent=0.75 * inch)
    subh = style("sh", FB, 11, 13.5, spaceAfter=3, leftIndent=0.75 * inch, firstLineIndent=-0.3 * inch)
    sec = style("sec", FB, 11.5, 14, spaceBefore=7, spaceAfter=4)
    mot = style("m", FI, 11, 13.5, spaceAfter=3, leftIndent=0.75 * inch)
    s = []
    s.append(Paragraph("OKANEE COUNTY BOARD OF COMMISSIONERS", style("t", FB, 14, 17, alignment=1)))
    s.append(Paragraph("REGULAR MEETING MINUTES", style("t2", FB, 12, 15, alignment=1)))
    s.append(Paragraph("Tuesday, October 8, 2024 – 6:00 p.m.<br/>Commission Chambers, Okanee County Administration "
                       "Building<br/>210 W. Main Street, Cordell Falls", style("t3", F, 11, 13.5, alignment=1)))
    s.append(Spacer(1, 6))
    s.append(Table([[""]], colWidths=[6.5 * inch], rowHeights=[2],
                   style=[("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black)]))

    def S(n, t):
        s.append(Paragraph(f"{n}.&nbsp;&nbsp;&nbsp;{t}", sec))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    def I(letter_, t):
        s.append(Paragraph(f"{letter_}.&nbsp;&nbsp;&nbsp;{t}", subh))

    def vote(pairs, result=None):
        cells = [[Paragraph(f"<b>{n}</b>", style("v", F, 10, 12)) for n, _ in pairs],
                 [Paragraph(v, style("v2", F, 10, 12)) for _, v in pairs]]
        t = Table(cells, colWidths=[1.0 * inch] * len(pairs))
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]))
        w = Table([[Paragraph("Roll call vote:", style("rc", FB, 10, 12)), t]], colWidths=[1.2 * inch, 5.1 * inch])
        w.setStyle(TableStyle([("LEFTPADDING", (0, 0), (0, 0), 0.75 * inch - 0.2 * inch), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        s.append(w)
        s.append(Spacer(1, 4))

    S("1", "CALL TO ORDER")
    P("Chair Dana Whitcomb called the meeting to order at 6:00 p.m.")
    S("2", "ROLL CALL")
    P("<b>Present:</b> Chair Dana Whitcomb, Vice Chair Marcus Haldane, Commissioner Elena Ruiz, Commissioner Grace Lindqvist")
    P("<b>Absent:</b> Commissioner Thomas Brennan (arrived at 6:14 p.m.)")
    P("<b>Staff Present:</b> County Administrator Robert Tsai; County Attorney Janelle Price; Clerk to the Board Amy "
      "Kowalski; Public Works Director Luis Ferreira; Finance Director Carol Nakamura; Planning Director Owen Achebe")
    S("3", "PLEDGE OF ALLEGIANCE AND INVOCATION")
    P("The Pledge of Allegiance was led by Vice Chair Haldane. The invocation was given by Pastor Ruth Engel of "
      "Cordell Falls First Methodist Church.")
    S("4", "APPROVAL OF AGENDA")
    P("Motion by Vice Chair Haldane, second by Commissioner Ruiz, to approve the agenda as presented. <b>Motion passed 4-0.</b>", mot)
    vote([("Whitcomb", "Yea"), ("Haldane", "Yea"), ("Ruiz", "Yea"), ("Brennan", "Absent"), ("Lindqvist", "Yea")])
    S("5", "CONSENT AGENDA")
    I("A", "Approval of Minutes – Regular Meeting of September 24, 2024")
    I("B", "Approval of Claims and Payroll in the amount of $1,482,306.17")
    I("C", "Resolution No. 2024-61 Accepting an Emergency Management Performance Grant in the amount of $48,500")
    I("D", "Interlocal Agreement with the City of Cordell Falls for Animal Shelter Services, October 1, 2024 – September 30, 2025")
    P("Motion by Commissioner Lindqvist, second by Vice Chair Haldane, to approve Consent Agenda items A through D "
      "as presented. <b>Motion passed 4-0.</b>", mot)
    vote([("Whitcomb", "Yea"), ("Haldane", "Yea"), ("Ruiz", "Yea"), ("Brennan", "Absent"), ("Lindqvist", "Yea")])
    P("<i>Commissioner Brennan arrived at 6:14 p.m.</i>")
    S("6", "PUBLIC HEARINGS")
    I("A", "Ordinance No. 2024-09 – Rezoning of 14.2 acres at 4410 County Road 17 from A-1 Agricultural to R-2 "
      "Single-Family Residential (Case PZ-24-031; applicant Greywater Homes LLC)")
    P("Chair Whitcomb opened the public hearing at 6:15 p.m. Planning Director Achebe presented the staff report and "
      "noted that the Okanee County Planning Commission had recommended approval 5-2 on September 19, 2024, subject "
      "to six conditions. Four residents spoke in opposition, citing traffic on County Road 17 and drainage; the "
      "applicant’s engineer responded. Chair Whitcomb closed the public hearing at 6:41 p.m.", sub)
    P("Motion by Commissioner Ruiz, second by Commissioner Lindqvist, to adopt Ordinance No. 2024-09 with the six "
      "conditions recommended by the Planning Commission. <b>Motion passed 4-1.</b>", mot)
    vote([("Whitcomb", "Yea"), ("Haldane", "Yea"), ("Ruiz", "Yea"), ("Brennan", "Nay"), ("Lindqvist", "Yea")])
    S("7", "NEW BUSINESS")
    I("A", "Award of Bid No. 24-017 – County Road 9 Bridge Replacement")
    P("Public Works Director Ferreira recommended award to Red Clay Constructors, Inc., the lowest responsive bidder. "
      "Eighty percent of the cost is reimbursed through the Federal Highway Administration bridge program.", sub)
    P("Motion by Commissioner Brennan, second by Commissioner Ruiz, to award Bid No. 24-017 to Red Clay Constructors, "
      "Inc. in the amount of $2,316,940.00 and authorize the Chair to sign the contract. <b>Motion passed 5-0.</b>", mot)
    vote([("Whitcomb", "Yea"), ("Haldane", "Yea"), ("Ruiz", "Yea"), ("Brennan", "Yea"), ("Lindqvist", "Yea")])
    I("B", "FY 2025 Budget Amendment No. 2 – Detention Center Medical Services")
    P("Finance Director Nakamura explained that the contract with Prairieline Correctional Health had increased by "
      "$312,000 and proposed funding from General Fund reserves.", sub)
    P("Motion by Commissioner Brennan, second by Commissioner Ruiz, to table the item to the October 22, 2024 "
      "meeting. <b>Motion failed 2-3.</b>", mot)
    vote([("Whitcomb", "Nay"), ("Haldane", "Nay"), ("Ruiz", "Yea"), ("Brennan", "Yea"), ("Lindqvist", "Nay")])
    P("Motion by Vice Chair Haldane, second by Commissioner Lindqvist, to approve FY 2025 Budget Amendment No. 2 "
      "increasing General Fund appropriations by $312,000. <b>Motion passed 3-2.</b>", mot)
    vote([("Whitcomb", "Yea"), ("Haldane", "Yea"), ("Ruiz", "Nay"), ("Brennan", "Nay"), ("Lindqvist", "Yea")])
    P("The Board directed the Finance Director to present a quarterly report on detention center medical costs, "
      "beginning in January 2025.", sub)
    I("C", "Appointment to the Okanee County Library Board")
    P("Motion by Commissioner Lindqvist, second by Chair Whitcomb, to appoint Harriet Vance to the Okanee County "
      "Library Board for a term ending June 30, 2028. <b>Motion passed 5-0.</b>", mot)
    vote([("Whitcomb", "Yea"), ("Haldane", "Yea"), ("Ruiz", "Yea"), ("Brennan", "Yea"), ("Lindqvist", "Yea")])
    I("D", "Discussion – Courthouse HVAC Replacement")
    P("No action was taken. The Board directed the Public Works Director to obtain three quotes for replacement of "
      "the courthouse chillers and return to the Board on November 12, 2024.", sub)
    S("8", "COUNTY ADMINISTRATOR REPORT")
    P("Administrator Tsai reported that the Fall Clean-Up Day will be held on Saturday, October 19, 2024 at the "
      "Okanee County Fairgrounds, and that the County will hold a budget workshop on November 5, 2024.")
    S("9", "COMMISSIONER COMMENTS")
    P("Commissioner Lindqvist requested a report on ambulance response times in District 3 from Okanee County EMS. "
      "Commissioner Ruiz thanked the Cordell Falls Volunteer Fire Department for its response to the grass fires on "
      "October 2.")
    S("10", "ADJOURNMENT")
    P("Motion by Commissioner Ruiz, second by Vice Chair Haldane, to adjourn. Motion passed 5-0 by voice vote. The "
      "meeting adjourned at 7:52 p.m.")
    s.append(Spacer(1, 18))
    sig = Table([["_____________________________", "_____________________________"],
                 ["Dana Whitcomb, Chair", "ATTEST: Amy Kowalski, Clerk to the Board"],
                 ["Approved: October 22, 2024", ""]], colWidths=[3.25 * inch, 3.25 * inch])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 10.5)]))
    s.append(sig)

    def page(c, d):
        c.saveState()
        c.setFont(FI, 9)
        c.drawString(1 * inch, 0.55 * inch, "Board of Commissioners – Regular Meeting – October 8, 2024")
        c.drawRightString(7.5 * inch, 0.55 * inch, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.8 * inch, bottomMargin=0.9 * inch, title="BOCC Minutes 10-08-2024")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
