"""US metropolitan planning organization policy committee minutes: letter, serif, centred caps title block,
ruled roll-call grid with X / V / – marks and an alternate, staff and others lines, Roman-numbered sections
with lettered sub-items (A., B. repeating under two sections), "ACTION:" motion paragraphs with a result and a
roll-call line, federal and state fiscal years side by side."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind15-us-okawen-valley-mpo-transportation-policy-committee-minutes-2024-06-13"


def build():
    fonts()
    F, FB = "LibSerif", "LibSerif-Bold"
    c1 = style("c1", FB, 12, 15, alignment=1)
    c2 = style("c2", F, 11, 14, alignment=1)
    body = style("b", F, 11, 14, spaceAfter=6)
    sec = style("s", FB, 11, 14, spaceBefore=6, spaceAfter=4)
    subh = style("sh", FB, 11, 14, leftIndent=0.35 * inch, spaceAfter=3)
    sub = style("sb", F, 11, 14, leftIndent=0.35 * inch, spaceAfter=6)
    act = style("a", F, 11, 14, leftIndent=0.35 * inch, spaceAfter=3)
    roll = style("rl", F, 9.5, 12, leftIndent=0.7 * inch, spaceAfter=6)
    cell = style("c", F, 10, 12)
    cellb = style("cb", FB, 10, 12)
    s = [Paragraph("OKAWEN VALLEY METROPOLITAN PLANNING ORGANIZATION", c1),
         Paragraph("TRANSPORTATION POLICY COMMITTEE", c1),
         Paragraph("MEETING MINUTES", c2),
         Paragraph("Thursday, June 13, 2024 – 1:30 p.m.", c2),
         Paragraph("Okawen Valley Regional Commission Building, Board Room A, 300 Commerce Street, Okawen City", c2),
         Spacer(1, 10)]
    rows = [["Voting Member", "Representing", "Present"],
            ["Mayor Teresa Villalobos, Chair", "City of Okawen", "X"],
            ["Commissioner Dale Pruitt, Vice Chair", "Tamsett County", "X"],
            ["Council Member Andre Whitfield", "City of Okawen", "X"],
            ["Mayor Patrick Oyelaran", "Town of Quillan Springs", "X"],
            ["Commissioner Sandra Kowalczyk", "Lorne County", "–"],
            ["Kevin Brandt (Alternate for Comm. Kowalczyk)", "Lorne County", "X"],
            ["Rochelle Banks, General Manager", "Okawen Valley Transit Authority (OVTA)", "V"],
            ["Ex Officio (Non-Voting)", "", ""],
            ["Nadia Rahimi", "Federal Highway Administration (FHWA)", "X"]]
    t = Table([[Paragraph(c, cellb if i in (0, 8) else cell) for c in r] for i, r in enumerate(rows)],
              colWidths=[2.9 * inch, 2.9 * inch, 0.8 * inch])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (2, 0), (2, -1), "CENTER"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                           ("SPAN", (0, 8), (-1, 8)), ("BACKGROUND", (0, 8), (-1, 8), colors.HexColor("#f2f2f2"))]))
    s += [t, Paragraph("X = present in person; V = participated remotely; – = absent", style("lg", F, 8.5, 11)),
          Spacer(1, 6),
          Paragraph("<b>MPO Staff Present:</b> Gregory Tan, Executive Director; Whitney Salazar, Principal Planner; "
                    "Marcus Beaulieu, Recording Secretary", body),
          Paragraph("<b>Others Present:</b> Jim Hollister, Tamsett County Engineer", body)]

    def S(x):
        s.append(Paragraph(x, sec))

    S("I.&nbsp;&nbsp;&nbsp;&nbsp;CALL TO ORDER")
    s.append(Paragraph("Chair Villalobos called the meeting to order at 1:32 p.m. A quorum was present.", body))
    S("II.&nbsp;&nbsp;&nbsp;PLEDGE OF ALLEGIANCE")
    S("III.&nbsp;&nbsp;APPROVAL OF MINUTES – MAY 9, 2024")
    s.append(Paragraph("<b>ACTION:</b> Commissioner Pruitt moved to approve the minutes of the May 9, 2024 meeting as "
                       "presented. Mayor Oyelaran seconded. The motion passed unanimously.", act))
    S("IV.&nbsp;&nbsp;PUBLIC COMMENT")
    s.append(Paragraph("Dana Ruiz, Okawen Bicycle Coalition, spoke in support of the Riverside Trail feasibility "
                       "study (Item V.C) and asked that the study include a connection to Quillan Springs.", body))
    S("V.&nbsp;&nbsp;&nbsp;ACTION ITEMS")
    s += [Paragraph("A.&nbsp;&nbsp;FY 2025–2028 Transportation Improvement Program (TIP) – Resolution 2024-07", subh),
          Paragraph("Whitney Salazar presented the final TIP, covering federal fiscal years 2025 through 2028 "
                    "(October 1, 2024 – September 30, 2028). The 30-day public comment period ran from May 1 to "
                    "May 31, 2024 and 14 comments were received. Staff will submit the adopted TIP to the State "
                    "Department of Transportation by July 1, 2024 for inclusion in the STIP.", sub),
          Paragraph("<b>ACTION:</b> Council Member Whitfield moved to adopt Resolution 2024-07 approving the FY "
                    "2025–2028 Transportation Improvement Program. Commissioner Pruitt seconded. The motion passed "
                    "6-0 on a roll call vote.", act),
          Paragraph("Ayes: Villalobos, Pruitt, Whitfield, Oyelaran, Brandt, Banks. Nays: None.", roll),
          Paragraph("B.&nbsp;&nbsp;Safety Performance Targets for Calendar Year 2025", subh),
          Paragraph("Staff recommended that the MPO support the State’s safety targets rather than set its own. "
                    "Council Member Whitfield said the region should adopt Vision Zero targets. Chair Villalobos "
                    "directed staff to return with options for regional Vision Zero targets at the October 10, 2024 "
                    "meeting.", sub),
          Paragraph("<b>ACTION:</b> Mayor Oyelaran moved to support the State’s calendar year 2025 safety performance "
                    "targets. Mr. Brandt seconded. The motion passed 5-1, with Council Member Whitfield voting no.",
                    act),
          Paragraph("C.&nbsp;&nbsp;Amendment No. 2 to the FY 2024 Unified Planning Work Program (UPWP)", subh),
          Paragraph("The amendment adds $85,000 for the Riverside Trail feasibility study, funded with surplus "
                    "planning funds. The MPO’s FY 2024 runs from July 1, 2023 to June 30, 2024.", sub),
          Paragraph("<b>ACTION:</b> Commissioner Pruitt moved to approve Amendment No. 2 to the FY 2024 Unified "
                    "Planning Work Program. Ms. Banks seconded. The motion passed unanimously.", act)]
    S("VI.&nbsp;&nbsp;INFORMATION ITEMS")
    s += [Paragraph("A.&nbsp;&nbsp;Metropolitan Transportation Plan 2050 – Draft Goals", subh),
          Paragraph("Whitney Salazar presented the five draft goals for the Metropolitan Transportation Plan (MTP) "
                    "2050, developed with the Technical Advisory Committee: (1) Safety for all users; (2) Reliable "
                    "mobility and freight movement; (3) Access to opportunity; (4) Environmental stewardship and "
                    "resilience; and (5) Fiscal responsibility. Public workshops will be held in September 2024.", sub),
          Paragraph("B.&nbsp;&nbsp;OVTA Bus Network Redesign", subh),
          Paragraph("Ms. Banks reported that the redesigned bus network launches on August 18, 2024. OVTA will hold "
                    "pop-up information events at major stops during July 2024.", sub)]
    S("VII.&nbsp;EXECUTIVE DIRECTOR’S REPORT")
    s.append(Paragraph("Gregory Tan reported that the federal certification review by FHWA and the Federal Transit "
                       "Administration (FTA) is scheduled for November 2024. The Executive Director will circulate "
                       "the certification review agenda to members by October 1, 2024.", body))
    S("VIII.&nbsp;OTHER BUSINESS")
    s.append(Paragraph("None.", body))
    S("IX.&nbsp;&nbsp;NEXT MEETING")
    s.append(Paragraph("Thursday, August 8, 2024 at 1:30 p.m., Board Room A.", body))
    S("X.&nbsp;&nbsp;&nbsp;ADJOURNMENT")
    s.append(Paragraph("There being no further business, Chair Villalobos adjourned the meeting at 3:05 p.m.", body))
    s += [Spacer(1, 14), Paragraph("Respectfully submitted,<br/>Marcus Beaulieu, Recording Secretary<br/>"
                                   "Approved by the Transportation Policy Committee: ______________", body)]

    def footer(c, d):
        c.saveState()
        c.setFont(F, 9)
        c.drawString(1 * inch, 0.5 * inch, "OVMPO Transportation Policy Committee")
        c.drawRightString(7.5 * inch, 0.5 * inch, f"June 13, 2024 | Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.8 * inch, bottomMargin=0.8 * inch, title="OVMPO TPC Minutes June 13, 2024")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
