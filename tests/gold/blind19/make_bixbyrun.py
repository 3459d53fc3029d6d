"""Bixby Run Township (Ohio-style) Board of Trustees regular meeting minutes."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, style

STEM = "blind19-us-bixby-run-township-board-of-trustees-minutes-2025-04-08"


def build():
    T, TB = "Times-Roman", "Times-Bold"
    body = style("b", T, 11, leading=13.5, spaceAfter=5)
    head = style("h", TB, 11, leading=13.5, spaceBefore=6, spaceAfter=2)
    c = style("c", TB, 15, alignment=1, leading=18)
    c2 = style("c2", T, 10.5, alignment=1, leading=13)
    lh = style("lh", T, 9, leading=11)

    def P(t, s=body):
        return Paragraph(t, s)

    def H(n, t):
        return P(f"{n}.&nbsp;&nbsp;{t}", head)

    letterhead = Table([[P("<b>TRUSTEES</b><br/>Harlan Voss<br/>Beverly Stroud<br/>Curtis Ambler", lh),
                         P("BIXBY RUN TOWNSHIP<br/><font size=10>Larrick County, Ohio</font>", c),
                         P("<b>FISCAL OFFICER</b><br/>Dana Kettering<br/>4410 Stover Road<br/>Bixby Run, OH 45872", lh)]],
                       colWidths=[1.6 * inch, 3.8 * inch, 1.6 * inch])
    letterhead.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story = [letterhead, HRFlowable(width="100%", thickness=1.5, color=colors.black, spaceBefore=4, spaceAfter=6),
             P("MINUTES – REGULAR MEETING OF THE BOARD OF TRUSTEES", style("t", TB, 12, alignment=1)),
             P("Tuesday, April 8, 2025 – Township Hall, 4410 Stover Road", c2), Spacer(1, 8)]
    story += [
        H("I", "CALL TO ORDER"),
        P("Chairman Voss called the meeting to order at 6:30 p.m. and led the Pledge of Allegiance."),
        H("II", "ROLL CALL"),
        P("Fiscal Officer Kettering called the roll: Mr. Voss - yes, Mrs. Stroud - yes, Mr. Ambler - yes. "
          "Also present: Zoning Inspector Tom Rudisill, Road Superintendent Gary Pfeiffer, Chief Lynn Okafor "
          "(Bixby Run-Salt Lick Joint Fire District), Deputy Aaron Meeks (Larrick County Sheriff's Office) and "
          "nine residents."),
        H("III", "APPROVAL OF MINUTES"),
        P("Trustee Stroud moved to approve the minutes of the March 25, 2025 regular meeting as presented; Trustee "
          "Ambler seconded. Vote: Mr. Voss - yes, Mrs. Stroud - yes, Mr. Ambler - yes."),
        H("IV", "FISCAL OFFICER'S REPORT"),
        P("Fiscal Officer Kettering presented the March 2025 bank reconciliation and fund status report. Fund "
          "balances as of March 31, 2025: General Fund $412,558.21; Road and Bridge Fund $298,004.77; Gasoline Tax "
          "Fund $143,870.09; Fire Levy Fund $506,312.55. Payments for the period, warrants and EFTs 8841 through 8877, "
          "totaled $61,229.40."),
        P("Trustee Ambler moved to approve the bank reconciliation and the payment listing as presented; Trustee "
          "Stroud seconded. Vote: Mr. Ambler - yes, Mrs. Stroud - yes, Mr. Voss - yes."),
        P("The Fiscal Officer reported that the Amended Official Certificate of Estimated Resources had not yet been "
          "received. The Fiscal Officer will submit the amended appropriations to the Larrick County Budget "
          "Commission by April 30, 2025."),
        H("V", "ROAD DEPARTMENT"),
        P("Superintendent Pfeiffer reported that pothole patching on Kinnear Pike and Old Mill Road is complete and "
          "that the salt dome roof was damaged in the March 14 wind storm. Road Superintendent Pfeiffer will obtain "
          "three quotes for the salt dome roof repair and report at the April 22 meeting."),
        P("Trustee Ambler moved to adopt <b>Resolution 2025-14</b>, a resolution authorizing the Road Superintendent "
          "to advertise for bids for the 2025 Road Resurfacing Program, with bids to be opened on May 13, 2025 at "
          "10:00 a.m.; Trustee Stroud seconded. Vote: Mr. Ambler - yes, Mrs. Stroud - yes, Mr. Voss - yes."),
        P("The Board discussed an application to the Ohio Public Works Commission (OPWC) for the Hollins Ditch "
          "culvert replacement. Consensus was for the Fiscal Officer to prepare the application for the "
          "Round 40 deadline."),
        H("VI", "ZONING"),
        P("Zoning Inspector Rudisill reported four permits issued in March. The property at 2281 Kinnear Pike "
          "remains out of compliance after the first notice of February 20, 2025."),
        P("Trustee Stroud moved to adopt <b>Resolution 2025-15</b>, declaring the accumulation of junk motor vehicles "
          "at 2281 Kinnear Pike a nuisance under Ohio Revised Code 505.871 and ordering its abatement within 14 "
          "days of service; Trustee Voss seconded. Vote: Mrs. Stroud - yes, Mr. Voss - yes, Mr. Ambler - no."),
        P("Zoning Inspector Rudisill was directed to serve the resolution on the property owner by certified mail."),
        H("VII", "FIRE DISTRICT"),
        P("Chief Okafor reported 37 runs in March (29 EMS, 8 fire) and that the new tanker is expected in June 2025. "
          "The Joint Fire District budget hearing is scheduled for May 6, 2025."),
        H("VIII", "OLD BUSINESS"),
        P("<i>Cemetery fees.</i> Trustee Ambler moved to increase the grave opening fee to $850; the motion died for "
          "lack of a second. The matter will be revisited with the 2026 budget."),
        P("<i>Township Hall roof.</i> Trustee Voss moved to accept the quote of Deerfield Roofing LLC in the amount of "
          "$23,460.00 for the Township Hall roof replacement; Trustee Ambler seconded. Vote: Mr. Voss - yes, "
          "Mr. Ambler - yes, Mrs. Stroud - yes."),
        H("IX", "NEW BUSINESS"),
        P("Trustee Stroud moved to approve the Bixby Run Township Clean-Up Day for Saturday, May 17, 2025 and to "
          "expend up to $3,000.00 for dumpster rental; Trustee Ambler seconded. Vote: Mrs. Stroud - yes, "
          "Mr. Ambler - yes, Mr. Voss - yes."),
        P("Trustee Voss asked that the Fiscal Officer contact the Larrick County Engineer regarding the "
          "Sugar Creek bridge load rating."),
        H("X", "PUBLIC COMMENT"),
        P("Two residents of Kinnear Pike spoke in support of the nuisance abatement. One resident asked about "
          "brush pick-up dates, which will be posted on the Township website."),
        H("XI", "ADJOURNMENT"),
        P("Trustee Ambler moved to adjourn at 8:04 p.m.; Trustee Stroud seconded. Vote: Mr. Ambler - yes, "
          "Mrs. Stroud - yes, Mr. Voss - yes. The next regular meeting is Tuesday, April 22, 2025 at 6:30 p.m."),
        Spacer(1, 18),
        Table([["______________________________", "______________________________"],
               ["Harlan Voss, Chairman", "Dana Kettering, Fiscal Officer"]], colWidths=[3.5 * inch, 3.5 * inch],
              style=[("FONT", (0, 0), (-1, -1), T, 10)]),
    ]

    def later(canv, doc):
        canv.saveState()
        canv.setFont("Times-Italic", 9)
        canv.drawString(inch, 10.45 * inch, "Bixby Run Township Board of Trustees")
        canv.drawRightString(7.5 * inch, 10.45 * inch, "Regular Meeting – April 8, 2025")
        canv.drawCentredString(4.25 * inch, 0.5 * inch, f"- {doc.page} -")
        canv.restoreState()

    def first(canv, doc):
        canv.saveState()
        canv.setFont("Times-Italic", 9)
        canv.drawCentredString(4.25 * inch, 0.5 * inch, f"- {doc.page} -")
        canv.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, leftMargin=inch, rightMargin=inch,
                            topMargin=0.8 * inch, bottomMargin=0.9 * inch)
    doc.build(story, onFirstPage=first, onLaterPages=later)


if __name__ == "__main__":
    build()
