"""Texas city council regular meeting minutes: State/County/City section-sign block, CAPS numbered headings,
ROLL CALL with Present/Absent/Staff lines one name per line, consent agenda A.–D. approved in a single motion,
unnumbered REGULAR AGENDA band with numbered captions (ordinances, resolution), roll-call Ayes/Nays lines,
executive session under the Texas Government Code, signature/attest block, running header from page 2."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind17-us-pecan-ridge-city-council-minutes-2025-04-08"


def build():
    fonts()
    F, FB, FI = "LibSerif", "LibSerif-Bold", "LibSerif-Italic"
    body = style("b", F, 11, 13.5, spaceAfter=5, leftIndent=0.35 * inch)
    motion = style("m", FB, 11, 13.5, spaceAfter=3, leftIndent=0.35 * inch)
    vote = style("v", F, 11, 13.5, leftIndent=0.35 * inch)
    head = style("h", FB, 11, 13.5, spaceBefore=7, spaceAfter=4, leftIndent=0.35 * inch, firstLineIndent=-0.35 * inch)
    band = style("band", FB, 11.5, 14, spaceBefore=8, spaceAfter=2, alignment=1)
    cons = style("c", FB, 11, 13.5, leftIndent=0.75 * inch, firstLineIndent=-0.35 * inch, spaceAfter=4)

    s = []
    s.append(Paragraph("MINUTES", style("t0", FB, 15, 19, alignment=1)))
    s.append(Paragraph("CITY OF PECAN RIDGE, TEXAS<br/>CITY COUNCIL REGULAR MEETING", style("t1", FB, 13, 16.5, alignment=1)))
    s.append(Paragraph("Tuesday, April 8, 2025 – 6:00 p.m.<br/>Council Chambers, Pecan Ridge City Hall, 310 W. Live Oak Street",
                       style("t2", F, 11, 14, alignment=1, spaceAfter=10)))
    sec = Table([["THE STATE OF TEXAS", "§"], ["COUNTY OF BRAZOLA", "§"], ["CITY OF PECAN RIDGE", "§"]],
                colWidths=[2.2 * inch, 0.4 * inch], hAlign="LEFT")
    sec.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 11), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    s += [sec, Spacer(1, 6)]
    s.append(Paragraph("On this the 8th day of April, 2025, the City Council of the City of Pecan Ridge, Texas, convened in "
                       "Regular Session at the above place and time, with a quorum present, as follows:",
                       style("intro", F, 11, 13.5, spaceAfter=4)))

    def H(n, t):
        s.append(Paragraph(f"{n}.&nbsp;&nbsp;&nbsp;&nbsp;{t}", head))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    H("1", "CALL TO ORDER")
    P("Mayor Whitcomb called the meeting to order at 6:00 p.m. and announced that a quorum was present.")
    H("2", "ROLL CALL")
    roll = [("Present:", ["Mayor Dana Whitcomb", "Mayor Pro Tem Luis Arredondo, Place 3", "Council Member Kendra Boyce, Place 1",
                          "Council Member Travis Hollenbeck, Place 2", "Council Member Anita Ramaswamy, Place 4",
                          "Council Member Curtis Vogel, Place 6"]),
            ("Absent:", ["Council Member Wade Strickland, Place 5"]),
            ("Staff Present:", ["City Manager Rebecca Tunstall", "City Secretary Marisol Ochoa", "City Attorney Grant Pemberton",
                                "Director of Development Services Hector Villalobos", "Finance Director Jenna Kowalczyk",
                                "Police Chief Darnell Hayes"])]
    rows = []
    for lab, names in roll:
        for i, n in enumerate(names):
            rows.append([lab if i == 0 else "", n])
    t = Table(rows, colWidths=[1.4 * inch, 4.6 * inch], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), FB, 11), ("FONT", (1, 0), (1, -1), F, 11),
                           ("LEFTPADDING", (0, 0), (0, -1), 0.35 * inch), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    s += [t, Spacer(1, 3)]
    H("3", "INVOCATION AND PLEDGES OF ALLEGIANCE")
    P("Pastor Eli Mendenhall of Live Oak Fellowship Church gave the invocation. Council Member Vogel led the Pledges of "
      "Allegiance to the United States and Texas flags.")
    H("4", "CITIZENS COMMUNICATIONS")
    P("Ruth Castaneda, 1412 Bluebonnet Trail, spoke in opposition to agenda item 7, citing drainage concerns on the "
      "east side of FM 3185. Dale Pruitt, 88 County Road 214, spoke in favor of item 7.")
    H("5", "PROCLAMATIONS AND PRESENTATIONS")
    P("Mayor Whitcomb read a proclamation declaring April 6–12, 2025 as National Library Week in the City of Pecan Ridge. "
      "The proclamation was accepted by Joan Albers, President of the Friends of the Pecan Ridge Public Library.")
    H("6", "CONSENT AGENDA")
    P("All items on the Consent Agenda are considered routine by the City Council and are enacted by one motion. There "
      "was no request to remove an item for separate discussion.")
    for l, x in [("A", "Consider approval of the minutes of the March 25, 2025 Regular Meeting"),
                 ("B", "Consider acceptance of the Quarterly Investment Report for the quarter ending December 31, 2024"),
                 ("C", "Consider Resolution No. R2025-11 approving an Interlocal Agreement with Brazola County for fire "
                       "protection services in the City’s extraterritorial jurisdiction (ETJ)"),
                 ("D", "Consider authorizing the purchase of two (2) police patrol vehicles from Lone Star Fleet Solutions, "
                       "LLC through a cooperative purchasing contract, in an amount not to exceed $118,460")]:
        P(f"{l}.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{x}", cons)
    P("Motion by Council Member Boyce, second by Mayor Pro Tem Arredondo, to approve the Consent Agenda. Motion carried 6-0.", motion)
    s.append(Paragraph("REGULAR AGENDA", band))
    H("7", "Conduct a public hearing and consider Ordinance No. 2025-014 amending the zoning of approximately 42.6 acres "
           "located at 2100 FM 3185 from Agricultural (AG) District to Single Family Residential (SF-7) District "
           "(Case Z-2025-02, Saddle Creek Estates)")
    P("Mayor Whitcomb opened the public hearing at 6:24 p.m. Director Villalobos presented the request and reported that "
      "the Planning and Zoning Commission recommended approval by a vote of 5-2 at its meeting on March 18, 2025. Three "
      "residents spoke, two in opposition and one in favor. Mayor Whitcomb closed the public hearing at 6:51 p.m.")
    P("Motion by Council Member Ramaswamy, second by Mayor Pro Tem Arredondo, to approve Ordinance No. 2025-014 as "
      "recommended by the Planning and Zoning Commission, with the condition that the developer construct the regional "
      "detention pond before the first final plat is recorded. Motion carried 4-2.", motion)
    P("Roll call vote:", vote)
    P("Ayes: Mayor Whitcomb, Mayor Pro Tem Arredondo, Council Member Boyce, Council Member Ramaswamy", vote)
    P("Nays: Council Member Hollenbeck, Council Member Vogel", style("v2", F, 11, 13.5, leftIndent=0.35 * inch, spaceAfter=5))
    H("8", "Consider Ordinance No. 2025-015 amending the Fiscal Year 2024-2025 Budget (Budget Amendment No. 2) to "
           "appropriate $245,000 from the General Fund balance for emergency repairs to the Pecan Ridge Municipal Pool")
    P("Finance Director Kowalczyk presented the amendment. The General Fund balance will remain above the 90-day reserve "
      "required by the City’s Financial Management Policy.")
    P("Motion by Council Member Vogel, second by Council Member Hollenbeck, to approve Ordinance No. 2025-015 as "
      "presented. Motion carried 6-0.", motion)
    H("9", "Consider Resolution No. R2025-12 awarding a construction contract for the Mesquite Street Waterline "
           "Replacement Project to Caliche Creek Utility Constructors, LLC in the amount of $1,386,250 and authorizing "
           "the City Manager to execute the contract")
    P("City Manager Tunstall stated that construction is expected to begin in June 2025 and to be substantially complete "
      "by December 2025.")
    P("Motion by Mayor Pro Tem Arredondo, second by Council Member Boyce, to approve Resolution No. R2025-12. Motion "
      "carried 6-0.", motion)
    H("10", "Discuss the Fiscal Year 2025-2026 budget calendar")
    P("City Manager Tunstall presented the proposed calendar: a Council budget workshop on June 17, 2025 and a public "
      "hearing and adoption of the budget and tax rate on September 9, 2025. The City Manager will file the proposed "
      "budget with the City Secretary by July 31, 2025.")
    P("Council directed staff to schedule a joint workshop with the Pecan Ridge Economic Development Corporation (PREDC) "
      "board in May 2025. No action was taken.")
    H("11", "EXECUTIVE SESSION")
    P("Council convened into Executive Session at 7:38 p.m. pursuant to Texas Government Code Section 551.071 "
      "(Consultation with Attorney) and Section 551.072 (Deliberation regarding Real Property) regarding the acquisition "
      "of right-of-way for the Hackberry Road extension.")
    H("12", "RECONVENE INTO OPEN SESSION AND TAKE ACTION, IF ANY, ON ITEMS DISCUSSED IN EXECUTIVE SESSION")
    P("Council reconvened into open session at 8:15 p.m. No action was taken.")
    H("13", "FUTURE AGENDA ITEMS AND COUNCIL/STAFF REPORTS")
    P("Council Member Vogel requested that staff provide a report on animal shelter intake and euthanasia rates at the "
      "April 22, 2025 meeting. Police Chief Hayes announced that the spring Citizens Police Academy begins May 1, 2025.")
    H("14", "ADJOURNMENT")
    P("Motion by Council Member Hollenbeck, second by Council Member Vogel, to adjourn. Motion carried 6-0.", motion)
    P("Mayor Whitcomb adjourned the meeting at 8:21 p.m.")
    sig = Table([["APPROVED:", "", "ATTEST:", ""],
                 ["", "______________________________", "", "______________________________"],
                 ["", "Dana Whitcomb, Mayor", "", "Marisol Ochoa, City Secretary"]],
                colWidths=[0.9 * inch, 2.4 * inch, 0.8 * inch, 2.4 * inch])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 10.5), ("FONT", (0, 0), (-1, 0), FB, 10.5),
                             ("TOPPADDING", (0, 1), (-1, 1), 14)]))
    s.append(KeepTogether([Spacer(1, 16), sig, Spacer(1, 8),
                           Paragraph("Minutes approved by City Council on April 22, 2025.", style("ap", FI, 10, 12.5))]))

    def page(c, d):
        c.saveState()
        c.setFont(F, 9)
        if d.page > 1:
            c.drawString(1 * inch, 10.5 * inch, "City of Pecan Ridge – City Council Regular Meeting Minutes – April 8, 2025")
            c.setStrokeColor(colors.black)
            c.line(1 * inch, 10.44 * inch, 7.5 * inch, 10.44 * inch)
        c.drawCentredString(4.25 * inch, 0.5 * inch, f"Page {d.page} of 3")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.8 * inch, bottomMargin=0.85 * inch, title="City Council Minutes April 8, 2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
