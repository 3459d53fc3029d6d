"""US city council regular meeting minutes: letter size, Times, centred caption block, ROLL CALL with
Present:/Absent:/Staff present:, consent calendar with lettered items A.-F. (one pulled), roll-call vote
tables after each motion, public hearing with wrapped title, resolutions "Resolution No. 2025-3x",
running header from page 2 and "Page x of y" footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, numbered_canvas, style

STEM = "blind21-us-sayler-springs-city-council-regular-meeting-minutes-2025-05-20"


def build():
    F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
    body = style("b", F, 11, 14, spaceAfter=6, alignment=4)
    cap = style("cap", FB, 14, 17, alignment=1)
    cap2 = style("cap2", F, 11.5, 14, alignment=1)
    head = style("h", FB, 11, 14, spaceBefore=8, spaceAfter=4, leftIndent=0.35 * inch, firstLineIndent=-0.35 * inch)
    lett = style("l", F, 11, 14, leftIndent=0.75 * inch, firstLineIndent=-0.3 * inch, spaceAfter=3)
    motion = style("m", F, 11, 14, leftIndent=0.35 * inch, spaceAfter=2)
    ind = style("i", F, 11, 14, leftIndent=0.35 * inch, spaceAfter=6, alignment=4)
    small = style("s", F, 10.5, 13)
    smallb = style("sb", FB, 10.5, 13)

    def P(t, st=body):
        return Paragraph(t, st)

    def H(n, t):
        return P(f"{n}.&nbsp;&nbsp;&nbsp;&nbsp;{t}", head)

    def vote(ayes, noes="None", abstain="None", absent="Bly"):
        rows = [["Ayes:", ayes], ["Noes:", noes], ["Abstain:", abstain], ["Absent:", absent]]
        t = Table([[Paragraph(a, smallb), Paragraph(b, small)] for a, b in rows],
                  colWidths=[0.8 * inch, 4.6 * inch], hAlign="LEFT")
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        w = Table([[t]], colWidths=[6.6 * inch])
        w.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0.75 * inch), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return w

    s = [P("CITY OF SAYLER SPRINGS", cap), P("CITY COUNCIL REGULAR MEETING MINUTES", cap),
         Spacer(1, 3),
         P("Tuesday, May 20, 2025 – 6:00 p.m.", cap2),
         P("Council Chambers, City Hall, 410 Main Street, Sayler Springs, Colorado", cap2),
         Spacer(1, 10)]
    s += [H("1", "CALL TO ORDER"),
          P("Mayor Whitfield called the regular meeting of the Sayler Springs City Council to order at 6:02 p.m.", ind),
          H("2", "PLEDGE OF ALLEGIANCE"),
          P("Councilmember Hollis led the Pledge of Allegiance.", ind),
          H("3", "ROLL CALL")]
    roll = [["Present:", "Mayor Dana Whitfield, Mayor Pro Tem Luis Carranza, Councilmember Ruth Okafor, "
                         "Councilmember Brent Hollis, Councilmember Annika Voss (arrived at 6:11 p.m.)"],
            ["Absent:", "Councilmember Terrence Bly (excused)"],
            ["Staff present:", "City Manager Gloria Estrada, City Attorney Mark Feinberg, City Clerk Janet Whorley, "
                               "Community Development Director Howard Lin, Public Works Director Samuel Ortiz, "
                               "Finance Director Priya Raman"]]
    rt = Table([[Paragraph(a, style("rb", FB, 11, 14)), Paragraph(b, style("rv", F, 11, 14))] for a, b in roll],
               colWidths=[1.15 * inch, 5.1 * inch], hAlign="RIGHT")
    rt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s += [rt, Spacer(1, 2)]
    s += [H("4", "PUBLIC COMMENT ON ITEMS NOT ON THE AGENDA"),
          P("Two residents addressed the Council. Marjorie Tenney spoke about speeding on Aspen Drive, and Carl "
            "Dufresne thanked Public Works for the spring clean-up event. No action was taken.", ind),
          H("5", "CONSENT CALENDAR"),
          P("All matters listed under the Consent Calendar are considered routine and were enacted by one motion, "
            "except Item E, which Councilmember Hollis asked to be pulled for separate discussion.", ind)]
    cons = [("A.", "Approval of the minutes of the regular meeting of May 6, 2025."),
            ("B.", "Warrant register for the period April 26 – May 9, 2025, in the amount of $1,284,517.36."),
            ("C.", "Resolution No. 2025-31, accepting the Elm Street Sidewalk Gap Closure Project as complete and "
                   "authorizing the City Clerk to file a Notice of Completion."),
            ("D.", "Second reading and adoption of Ordinance No. 812, amending Chapter 9.14 (Short-Term Rentals) of "
                   "the Sayler Springs Municipal Code."),
            ("E.", "Award of a construction contract to Front Range Paving Co. for the 2025 Pavement Preservation "
                   "Program in an amount not to exceed $642,000."),
            ("F.", "Treasurer’s Investment Report for the quarter ended March 31, 2025.")]
    for a, b in cons:
        s.append(P(f"{a}&nbsp;&nbsp;&nbsp;{b}", lett))
    s += [Spacer(1, 4),
          P("Motion by Councilmember Okafor, second by Mayor Pro Tem Carranza, to approve Consent Calendar Items A "
            "through D and F. Motion carried 4-0.", motion),
          vote("Carranza, Okafor, Hollis, Whitfield", absent="Bly, Voss (not yet arrived)"),
          P("<i>Councilmember Voss arrived at 6:11 p.m.</i>", ind),
          P("<u>Item E – Pavement Preservation Program contract.</u> Councilmember Hollis asked why the contingency "
            "was set at 15 percent. Public Works Director Ortiz explained that base repairs on Kessler Road could not "
            "be quantified until milling was complete and that unused contingency would return to the Street Fund.",
            ind),
          P("Motion by Councilmember Hollis, second by Councilmember Voss, to award the contract to Front Range "
            "Paving Co. in an amount not to exceed $642,000 and to authorize the City Manager to approve change "
            "orders up to the contingency amount. Motion carried 5-0.", motion),
          vote("Carranza, Okafor, Hollis, Voss, Whitfield")]
    s += [H("6", "PUBLIC HEARING: APPEAL OF PLANNING COMMISSION APPROVAL OF CONDITIONAL USE PERMIT CUP-24-09 "
                 "(RIDGEVIEW SELF STORAGE, 2200 KESSLER ROAD)"),
          P("Mayor Whitfield opened the public hearing at 6:24 p.m. Community Development Director Lin presented the "
            "staff report, noting that the Planning Commission approved the permit on April 10, 2025 by a vote of "
            "5-2 and that the appeal was filed by the Kessler Road Neighbors Association on April 21, 2025.", ind),
          P("Appellant representative Lorraine Baptiste described concerns about lighting, truck traffic and "
            "24-hour gate access. Applicant Derek Saunders of Ridgeview Storage Partners LLC responded. Six "
            "members of the public spoke, four in support of the appeal and two in opposition. Mayor Whitfield "
            "closed the public hearing at 7:22 p.m.", ind),
          P("Motion by Mayor Pro Tem Carranza, second by Councilmember Voss, to adopt Resolution No. 2025-32, "
            "denying the appeal and upholding the Planning Commission’s approval of CUP-24-09, subject to an "
            "added condition limiting gate access to the hours of 6:00 a.m. to 10:00 p.m. Motion carried 3-2.",
            motion),
          vote("Carranza, Voss, Whitfield", noes="Okafor, Hollis"),
          P("Council directed the City Manager to return with a status report on the proposed traffic signal at "
            "Kessler Road and Aspen Drive at the July 15, 2025 regular meeting.", ind)]
    s += [H("7", "FISCAL YEAR 2025-26 PROPOSED OPERATING AND CAPITAL BUDGET – STUDY SESSION"),
          P("Finance Director Raman presented the proposed budget for the fiscal year July 1, 2025 to June 30, "
            "2026, totaling $48.6 million across all funds, including a General Fund operating budget of $21.3 "
            "million and a capital improvement program of $9.8 million. Council discussed the proposed 3 percent "
            "water rate adjustment and the reserve policy. No action was taken.", ind),
          P("Council directed Finance Director Raman to return with the final budget for adoption at the June 17, "
            "2025 regular meeting, including an option that phases the water rate adjustment over two years.", ind)]
    s += [H("8", "RESOLUTION NO. 2025-33 – APPROVING A MEMORANDUM OF UNDERSTANDING WITH THE SAYLER SPRINGS "
                 "POLICE OFFICERS’ ASSOCIATION FOR THE PERIOD JULY 1, 2025 THROUGH JUNE 30, 2028"),
          P("City Manager Estrada summarized the three-year agreement, which provides wage increases of 4.0, 3.5 "
            "and 3.0 percent and an updated body-worn camera policy.", ind),
          P("Motion by Councilmember Okafor, second by Councilmember Hollis, to adopt Resolution No. 2025-33. "
            "Motion carried 5-0.", motion),
          vote("Carranza, Okafor, Hollis, Voss, Whitfield")]
    s += [H("9", "RESOLUTION NO. 2025-34 – AUTHORIZING AN APPLICATION TO THE COLORADO DEPARTMENT OF LOCAL AFFAIRS "
                 "FOR AN ENERGY AND MINERAL IMPACT ASSISTANCE FUND GRANT"),
          P("Public Works Director Ortiz requested authorization to apply for a grant of up to $750,000 toward "
            "replacement of the filter media at the Sayler Springs Water Treatment Plant, with a local match of "
            "$250,000 from the Water Enterprise Fund. The City Manager will submit the application by the "
            "August 1, 2025 deadline.", ind),
          P("Motion by Councilmember Voss, second by Mayor Pro Tem Carranza, to adopt Resolution No. 2025-34. "
            "Motion carried 5-0.", motion),
          vote("Carranza, Okafor, Hollis, Voss, Whitfield")]
    s += [H("10", "COUNCIL AND STAFF REPORTS"),
          P("Councilmember Voss reported on the May 14, 2025 meeting of the Sayler Valley Regional Transit "
            "Authority board, which approved a pilot Saturday route to Granite Park. City Manager Estrada reminded "
            "residents that City offices will be closed on Monday, May 26, 2025 for Memorial Day.", ind),
          P("Councilmember Okafor requested that staff agendize a discussion of downtown parking time limits at a "
            "future meeting; there was consensus to do so.", ind)]
    s += [H("11", "ADJOURNMENT"),
          P("There being no further business, Mayor Whitfield adjourned the meeting at 8:47 p.m. The next regular "
            "meeting of the City Council will be held on Tuesday, June 3, 2025 at 6:00 p.m.", ind),
          Spacer(1, 18)]
    sig = Table([[Paragraph("ATTEST:", smallb), ""],
                 [Paragraph("_______________________________<br/>Janet Whorley, City Clerk", small),
                  Paragraph("_______________________________<br/>Dana Whitfield, Mayor", small)]],
                colWidths=[3.3 * inch, 3.3 * inch])
    s.append(KeepTogether([sig, Spacer(1, 8),
                           P("<i>Minutes approved by the City Council on: ______________</i>", small)]))

    def draw(c, page, total):
        c.saveState()
        c.setFont(FI, 9)
        c.setFillColor(colors.black)
        if page > 1:
            c.drawString(1 * inch, 10.45 * inch, "City of Sayler Springs")
            c.drawRightString(7.5 * inch, 10.45 * inch, "City Council Regular Meeting Minutes – May 20, 2025")
            c.setLineWidth(0.4)
            c.line(1 * inch, 10.4 * inch, 7.5 * inch, 10.4 * inch)
        c.setFont(F, 9)
        c.drawCentredString(4.25 * inch, 0.5 * inch, f"Page {page} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.75 * inch, bottomMargin=0.8 * inch,
                            title="City Council Regular Meeting Minutes May 20, 2025")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
