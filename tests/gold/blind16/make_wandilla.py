"""Victorian (Australia) city council ordinary meeting minutes: colour title band, two-column ruled meeting
details table, attendance one name per line with role after a comma, numbered sections (8. CITY PLANNING)
with decimal items 8.1, 8.2 whose titles wrap, italic officer recommendations followed by shaded COUNCIL
RESOLUTION boxes ("Moved Cr X, Seconded Cr Y" then "That Council ..."), an alternate motion that differs from
the recommendation, a division with For/Against surname lists, a conflict of interest with leave/return
times, running header from page 2 and page footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind16-au-wandilla-city-council-ordinary-meeting-minutes-2025-03-25"
TEAL = colors.HexColor("#00667a")


def build():
    fonts()
    F, FB, FI = "LibSans", "LibSans-Bold", "LibSans-Italic"
    body = style("b", F, 9.5, 12.5, spaceAfter=4)
    cell = style("c", F, 9.5, 12)
    cellb = style("cb", FB, 9.5, 12)
    sec = style("sec", FB, 11, 14, spaceBefore=7, spaceAfter=3, textColor=TEAL)
    sub = style("sub", FB, 10, 13, spaceBefore=4, spaceAfter=3, leftIndent=11 * mm, firstLineIndent=-11 * mm)
    rec = style("rec", FI, 9.5, 12.5, spaceAfter=4, leftIndent=5 * mm)
    line1 = style("l1", F, 9.5, 12.2)
    s = []
    band = Table([[Paragraph("<font color='white'>CITY OF WANDILLA</font>", style("bt", FB, 16, 20)),
                   Paragraph("<font color='white'>MINUTES<br/>Ordinary Council Meeting</font>",
                             style("bt2", FB, 11, 14, alignment=2))]], colWidths=[95 * mm, 75 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s += [band, Spacer(1, 6)]
    det = [["Date:", "Tuesday 25 March 2025"], ["Time:", "6.30pm"],
           ["Location:", "Council Chamber, Wandilla Civic Centre, 14 Lyall Street, Wandilla"],
           ["Chairperson:", "Cr Maree Donnelly, Mayor"], ["Minutes prepared by:", "Jess Tanaka, Manager Governance"]]
    t = Table([[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in det], colWidths=[40 * mm, 130 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8aa9b0")),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e3eef0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 4)]

    def S(x):
        s.append(Paragraph(x, sec))

    def I(n, x):
        s.append(Paragraph(f"{n}&nbsp;&nbsp;&nbsp;&nbsp;{x}", sub))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    def REC(x):
        s.append(Paragraph("<b>Officer Recommendation</b>", style("rh", FB, 9.5, 12.5, leftIndent=5 * mm)))
        s.append(Paragraph(x, rec))

    def RES(moved, text_paras, tail=("CARRIED",)):
        cells = [Paragraph("COUNCIL RESOLUTION", style("cr", FB, 9.5, 12.5, textColor=TEAL)),
                 Paragraph(moved, style("mv", F, 9.5, 12.5, spaceAfter=3))]
        cells += [Paragraph(x, style("rt", F, 9.5, 12.5, spaceAfter=2,
                                     leftIndent=6 * mm if x[:2] in ("1.", "2.", "3.") else 0,
                                     firstLineIndent=-6 * mm if x[:2] in ("1.", "2.", "3.") else 0))
                  for x in text_paras]
        cells += [Paragraph(x, style("ca", FB, 9.5, 12.5, alignment=2 if x == "CARRIED" else 0)) for x in tail]
        b = Table([[cells]], colWidths=[170 * mm])
        b.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef5f6")),
                               ("BOX", (0, 0), (-1, -1), 0.8, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
        s.append(b)
        s.append(Spacer(1, 5))

    S("1.&nbsp;&nbsp;&nbsp;OPENING OF MEETING AND ACKNOWLEDGEMENT OF COUNTRY")
    P("The Mayor opened the meeting at 6.30pm and read the Acknowledgement of Country, paying respect to the "
      "Traditional Owners of the land on which the meeting is held.")
    S("2.&nbsp;&nbsp;&nbsp;PRESENT")
    for x in ["Cr Maree Donnelly, Mayor", "Cr Tomas Vukovic, Deputy Mayor", "Cr Ellen Saddler", "Cr Rajiv Menon",
              "Cr Bronwyn Keogh", "Cr Paddy Lingard"]:
        P(x, line1)
    P("<b>Officers</b>", style("oh", FB, 9.5, 12.5, spaceBefore=4))
    for x in ["Adrian Kessell, Chief Executive Officer", "Naomi Birch, Director City Planning",
              "Sam Okoro, Director Corporate Services", "Lucia Ferraro, Director Community Wellbeing",
              "Jess Tanaka, Manager Governance"]:
        P(x, line1)
    S("3.&nbsp;&nbsp;&nbsp;APOLOGIES")
    P("Cr Simone Ferrante")
    S("4.&nbsp;&nbsp;&nbsp;DECLARATIONS OF CONFLICT OF INTEREST")
    P("Cr Keogh declared a general conflict of interest in item 9.2 as she is a committee member of the Wandilla "
      "Neighbourhood House Inc., an applicant for a community grant.")
    S("5.&nbsp;&nbsp;&nbsp;CONFIRMATION OF MINUTES")
    RES("Moved Cr Vukovic, Seconded Cr Saddler",
        ["That the minutes of the Ordinary Council Meeting held on 25 February 2025 be confirmed."])
    S("6.&nbsp;&nbsp;&nbsp;PUBLIC QUESTION TIME")
    P("Two questions were received. Mr Ivan Petrakis asked about the timing of footpath works in Wirra Street; the "
      "Director City Planning advised that the works are programmed for May 2025. A second question about "
      "dog off-leash areas was taken on notice.")
    S("7.&nbsp;&nbsp;&nbsp;PETITIONS")
    I("7.1", "Petition – Pedestrian Crossing, Bellbird Road (214 signatures)")
    RES("Moved Cr Lingard, Seconded Cr Menon",
        ["That Council receive the petition and request the Director City Planning to report on the feasibility "
         "of a pedestrian crossing on Bellbird Road by June 2025."])
    S("8.&nbsp;&nbsp;&nbsp;CITY PLANNING")
    I("8.1", "Planning Application PA2024/0187 – 27–31 Gillies Road, Wandilla – Construction of a four-storey "
             "mixed use building with ground floor shops and 38 dwellings")
    P("The application received 41 objections. Officers assessed the proposal as generally consistent with the "
      "Wandilla Planning Scheme.")
    REC("That Council issue a Notice of Decision to Grant a Planning Permit for PA2024/0187 subject to the "
        "conditions in Attachment 1.")
    RES("Moved Cr Menon, Seconded Cr Keogh",
        ["That Council, having considered the application and the objections received, issue a Notice of Refusal to "
         "Grant a Planning Permit for PA2024/0187 on the following grounds:",
         "1.&nbsp;&nbsp;&nbsp;The proposal does not respond to the preferred neighbourhood character of the Gillies "
         "Road precinct.",
         "2.&nbsp;&nbsp;&nbsp;The proposal provides insufficient on-site car parking for residents and visitors."],
        tail=("<b>DIVISION</b> – Cr Vukovic called for a division.",
              "<font name='LibSans'>For: Crs Menon, Keogh, Lingard and Saddler</font>",
              "<font name='LibSans'>Against: Crs Donnelly and Vukovic</font>", "CARRIED"))
    I("8.2", "Amendment C164 – Wandilla Activity Centre Structure Plan – Consideration of Panel Report and "
             "Adoption")
    REC("That Council adopt Amendment C164 with the changes recommended by the Planning Panel and submit it to the "
        "Minister for Planning for approval.")
    RES("Moved Cr Vukovic, Seconded Cr Saddler",
        ["That Council:",
         "1.&nbsp;&nbsp;&nbsp;Adopt Amendment C164 to the Wandilla Planning Scheme with the changes recommended by "
         "the Planning Panel in its report dated 12 February 2025; and",
         "2.&nbsp;&nbsp;&nbsp;Submit the adopted Amendment to the Minister for Planning for approval."])
    S("9.&nbsp;&nbsp;&nbsp;COMMUNITY WELLBEING")
    I("9.1", "Draft Council Plan 2025–2029 – Endorsement for Community Consultation")
    P("The draft Council Plan 2025–2029 was developed with the Wandilla Community Panel and sets out five strategic "
      "objectives:")
    for i, x in enumerate(["A connected and inclusive community", "A sustainable and resilient environment",
                           "Vibrant places and a thriving local economy", "Safe, well-planned neighbourhoods",
                           "A well-governed and responsive Council"], 1):
        P(f"{i}.&nbsp;&nbsp;{x}", style("ol", F, 9.5, 12.2, leftIndent=10 * mm, firstLineIndent=-5 * mm))
    s.append(Spacer(1, 4))
    RES("Moved Cr Saddler, Seconded Cr Lingard",
        ["That Council:",
         "1.&nbsp;&nbsp;&nbsp;Endorse the draft Council Plan 2025–2029 for community consultation from 27 March 2025 "
         "to 28 April 2025; and",
         "2.&nbsp;&nbsp;&nbsp;Note that the final Council Plan will be presented for adoption at the Ordinary Council "
         "Meeting on 24 June 2025."])
    I("9.2", "Community Grants Program 2025–26 – Round 1 Allocations")
    P("Cr Keogh, having declared a conflict of interest, left the Chamber at 7.41pm and returned at 7.49pm, after "
      "the vote.")
    RES("Moved Cr Lingard, Seconded Cr Menon",
        ["That Council approve 34 community grants totalling $212,450 as listed in Attachment 2."])
    S("10.&nbsp;&nbsp;&nbsp;CORPORATE SERVICES")
    I("10.1", "Quarterly Financial Report – December 2024")
    RES("Moved Cr Vukovic, Seconded Cr Menon",
        ["That Council note the Quarterly Financial Report for the period ending 31 December 2024."])
    I("10.2", "Audit and Risk Committee – Minutes of Meeting held 4 March 2025")
    RES("Moved Cr Saddler, Seconded Cr Vukovic",
        ["That Council:",
         "1.&nbsp;&nbsp;&nbsp;Note the minutes of the Audit and Risk Committee meeting held on 4 March 2025;",
         "2.&nbsp;&nbsp;&nbsp;Reappoint Ms Geraldine Fyfe as an independent member of the Audit and Risk Committee "
         "for a further three-year term ending 31 March 2028; and",
         "3.&nbsp;&nbsp;&nbsp;Request the Chief Executive Officer to report to Council by August 2025 on the "
         "implementation of the internal audit recommendations on procurement."])
    P("Cr Lingard left the meeting at 8.10pm and did not return.")
    S("11.&nbsp;&nbsp;&nbsp;NOTICES OF MOTION")
    I("11.1", "Notice of Motion No. 3/2025 – Cr Saddler – Accessible Public Toilet, Tallis Reserve")
    RES("Moved Cr Saddler, Seconded Cr Keogh",
        ["That Council requests the Chief Executive Officer to prepare a report on the cost of installing an "
         "accessible public toilet at Tallis Reserve, for consideration in the 2025–26 Budget."])
    S("12.&nbsp;&nbsp;&nbsp;URGENT BUSINESS")
    P("Nil.")
    S("13.&nbsp;&nbsp;&nbsp;CLOSE OF MEETING")
    P("The meeting closed at 8.37pm. The next Ordinary Council Meeting will be held on Tuesday 22 April 2025 at 6.30pm.")

    def page(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(colors.HexColor("#555555"))
        if d.page > 1:
            c.drawString(20 * mm, 287 * mm, "City of Wandilla – Ordinary Council Meeting Minutes – 25 March 2025")
            c.setStrokeColor(TEAL)
            c.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
        c.drawRightString(190 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title="OCM Minutes 25 March 2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
