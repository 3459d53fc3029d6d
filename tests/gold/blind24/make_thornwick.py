"""UK community safety partnership strategic assessment summary: full-colour cover, two-column narrative pages,
full-width ruled priorities table (Priority | Why | Lead), cross-cutting themes in one sentence, emerging issues
bullets, changes to priorities, next steps, partners table with acronyms, footer "x | Strategic Assessment"."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from lib import PDF, fonts, style

STEM = "blind24-uk-thornwick-csp-strategic-assessment-summary-2025-01"
NAVY = colors.HexColor("#1f3a5f")
AMBER = colors.HexColor("#f2a900")


def build():
    fonts()
    F, FB = "DejaVuSansCond", "DejaVuSansCond-Bold"
    body = style("b", F, 9.5, 13, spaceAfter=6)
    h1 = style("h1", FB, 13, 16, textColor=NAVY, spaceBefore=4, spaceAfter=6)
    h2 = style("h2", FB, 10.5, 13.5, textColor=NAVY, spaceBefore=6, spaceAfter=3)
    bl = style("bl", F, 9.5, 13, leftIndent=5 * mm, firstLineIndent=-4 * mm, spaceAfter=3)
    cell = style("c", F, 9, 12)
    cellb = style("cb", FB, 9, 12)
    cellw = style("cw", FB, 9, 12, textColor=colors.white)
    W, H = A4
    M = 18 * mm
    colw = (W - 2 * M - 8 * mm) / 2

    def cover(c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, 0, W, H, fill=1, stroke=0)
        c.setFillColor(AMBER)
        c.rect(0, H * 0.42, W, 6 * mm, fill=1, stroke=0)
        c.restoreState()

    def page(c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, H - 10 * mm, W, 10 * mm, fill=1, stroke=0)
        c.setFont(F, 8)
        c.setFillColor(colors.white)
        c.drawString(M, H - 6.5 * mm, "Safer Thornwick Partnership")
        c.drawRightString(W - M, H - 6.5 * mm, "OFFICIAL")
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(M, 10 * mm, f"{d.page}  |  Strategic Assessment 2024 – Summary")
        c.restoreState()

    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, title="Safer Thornwick Strategic Assessment 2024 Summary")
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(M + 6 * mm, 30 * mm, W - 2 * M - 12 * mm, H - 60 * mm, id="cv")], onPage=cover),
        PageTemplate("two", [Frame(M, 18 * mm, colw, H - 36 * mm, id="l"),
                             Frame(M + colw + 8 * mm, 18 * mm, colw, H - 36 * mm, id="r")], onPage=page),
        PageTemplate("one", [Frame(M, 18 * mm, W - 2 * M, H - 36 * mm, id="o")], onPage=page),
    ])
    s = []
    wt = lambda n, sz, ld, **k: style(n, FB, sz, ld, textColor=colors.white, **k)
    s += [Spacer(1, 40 * mm),
          Paragraph("SAFER THORNWICK PARTNERSHIP", wt("c1", 13, 17, spaceAfter=20)),
          Paragraph("Strategic Assessment 2024", wt("c2", 30, 36, spaceAfter=10)),
          Paragraph("Summary of findings and recommended priorities for 2025/26", style("c3", F, 15, 20, textColor=colors.white)),
          Spacer(1, 70 * mm),
          Paragraph("Data period: 1 October 2023 – 30 September 2024", style("c4", F, 11, 15, textColor=colors.white)),
          Paragraph("Published January 2025", style("c5", F, 11, 15, textColor=colors.white)),
          Spacer(1, 8 * mm),
          Paragraph("Thornwick Community Safety Partnership – working together for a safer Thornwick",
                    style("c6", F, 9, 12, textColor=AMBER)),
          NextPageTemplate("two"), PageBreak()]

    def P(x, st=body):
        s.append(Paragraph(x, st))

    P("1. Introduction", h1)
    P("Community Safety Partnerships have a statutory duty under the Crime and Disorder Act 1998 to produce an annual "
      "strategic assessment of crime, disorder, substance misuse and reoffending in their area. This document summarises "
      "the Safer Thornwick Partnership’s Strategic Assessment 2024. The full assessment, which is not published because "
      "it contains sensitive police data, was considered by the Partnership Board on 12 December 2024.")
    P("The assessment uses data from 1 October 2023 to 30 September 2024 and compares it with the previous twelve months. "
      "Sources include Northmarsh Police recorded crime and incident data, Thornwick Borough Council anti-social "
      "behaviour reports, Northmarsh Fire and Rescue Service deliberate fire data, hospital emergency department data "
      "shared under the Serious Violence Duty, and the Thornwick Residents’ Survey 2024.")
    P("The recommended priorities will shape the Partnership’s Community Safety Plan 2025–2028 and its annual delivery "
      "plan for 2025/26.")
    P("2. Key findings", h1)
    P("Overall crime", h2)
    P("Total recorded crime in Thornwick fell by 4% to 17,842 offences. Thornwick’s crime rate of 96.1 crimes per 1,000 "
      "residents remains above the average for similar areas (88.4).")
    P("Violence", h2)
    P("Violence with injury rose by 6%. Just under half (47%) of violence with injury was domestic abuse related. "
      "Knife-enabled offences rose from 118 to 141, with the largest increase among victims aged 15–24.")
    P("Anti-social behaviour", h2)
    P("Reports of ASB fell by 9% overall but rose by 22% in Thornwick town centre, mostly linked to groups of young "
      "people in the evening and to street drinking around the bus station.")
    P("Drugs and exploitation", h2)
    P("Police identified 14 county lines operating into the borough, and partners recorded 37 cases of cuckooing, up "
      "from 21. Drug-related deaths remain above the national rate.")
    P("Reoffending", h2)
    P("The proven reoffending rate for adults managed by the Probation Service in Thornwick is 27.4%, and 41% of "
      "people released from short custodial sentences reoffend within a year. A high proportion have no settled housing "
      "on release.")
    P("Public confidence", h2)
    P("In the Thornwick Residents’ Survey 2024, 61% of residents said they felt safe in their local area after dark, down "
      "from 66% in 2022. Women and residents over 65 felt least safe.")
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    P("3. Recommended priorities for 2025/26", h1)
    P("The Partnership Board is recommended to adopt the following five priorities for 2025/26. They were chosen using a "
      "scoring matrix that considered volume, harm, trend, public concern and the Partnership’s ability to make a difference.")
    rows = [["", "Recommended priority", "Why (rationale)", "Lead group"],
            ["1", "Violence against women and girls (VAWG), including domestic abuse",
             "Domestic abuse accounts for 47% of violence with injury; women report feeling least safe; repeat "
             "victimisation is high (34% of victims known to MARAC).", "Domestic Abuse and VAWG Board"],
            ["2", "Serious violence and knife crime",
             "Knife-enabled offences up 19%; emergency department data shows a rise in assault-related attendances among "
             "15–24 year olds; statutory Serious Violence Duty.", "Serious Violence Delivery Group"],
            ["3", "Anti-social behaviour in Thornwick town centre",
             "ASB up 22% in the town centre against a fall elsewhere; highest-volume resident complaint to the Council; "
             "impact on businesses and the night-time economy.", "ASB Tasking Group"],
            ["4", "Drug-related harm and exploitation",
             "14 county lines and 37 cuckooing cases identified; drug-related deaths above the national rate; links "
             "to serious violence.", "Combating Drugs Partnership"],
            ["5", "Reducing reoffending",
             "41% of people released from short sentences reoffend within a year; lack of settled accommodation is "
             "the biggest single factor.", "Reducing Reoffending Group"]]
    t = Table([[Paragraph(c, cellw if i == 0 else (cellb if j in (0, 1) else cell)) for j, c in enumerate(r)]
               for i, r in enumerate(rows)], colWidths=[8 * mm, 48 * mm, 85 * mm, 33 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa8b8")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                           ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#fde9b3"))]))
    s.append(t)
    s.append(Spacer(1, 10))
    P("Cross-cutting themes", h2)
    P("Three cross-cutting themes run through all five priorities: safeguarding people who are vulnerable to "
      "exploitation, early intervention with children and young people, and building community confidence.")
    P("Changes from the 2024/25 priorities", h2)
    P("Reducing reoffending is recommended as a priority in its own right for 2025/26; in 2024/25 it was part of the "
      "Drug-related harm and exploitation priority. Road safety is no longer recommended as a Partnership priority and "
      "will be led by the Northmarsh Road Safety Partnership. Hate crime, a priority in 2024/25, is now covered by the "
      "community confidence cross-cutting theme.")
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())
    P("4. Emerging issues", h1)
    P("The assessment identified the following emerging issues. They are not recommended as priorities, but the "
      "Partnership will keep them under review through its quarterly performance reports:")
    for x in ["Misuse of e-scooters and e-bikes, including their use in robberies and drug supply",
              "A 31% rise in shoplifting, with some offenders linked to organised retail crime groups",
              "Fraud and scams targeting older residents, especially courier fraud and romance fraud",
              "Increased reports of online child sexual exploitation involving social media and gaming platforms",
              "Tensions following national events, with a short-term rise in reported hate incidents in August 2024"]:
        P("•&nbsp;&nbsp;" + x, bl)
    P("5. Next steps", h1)
    P("Subject to the Partnership Board agreeing the recommended priorities at its meeting on 6 February 2025:")
    for x in ["The Community Safety Team will draft the Community Safety Plan 2025–2028 for consultation in March 2025.",
              "Each lead group will produce a delivery plan for its priority by 30 April 2025.",
              "The Partnership Analyst will set up a quarterly performance dashboard for the five priorities by June 2025.",
              "Thornwick Borough Council’s Overview and Scrutiny Committee will review the Partnership’s plan in July 2025.",
              "The next strategic assessment will be completed by December 2025."]:
        P("•&nbsp;&nbsp;" + x, bl)
    P("6. Key indicators", h1)
    krows = [["Indicator", "Oct 2022 – Sep 2023", "Oct 2023 – Sep 2024"],
             ["Total recorded crime", "18,586", "17,842"],
             ["Violence with injury", "2,304", "2,442"],
             ["Knife-enabled offences", "118", "141"],
             ["ASB incidents (all)", "6,915", "6,293"],
             ["ASB incidents (town centre)", "1,102", "1,345"],
             ["Cuckooing cases", "21", "37"],
             ["Deliberate fires", "412", "388"]]
    kt = Table([[Paragraph(c, cellw if i == 0 else cell) for c in r] for i, r in enumerate(krows)],
               colWidths=[37 * mm, 23 * mm, 23 * mm])
    kt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8b8")),
                            ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(kt)
    s.append(Spacer(1, 8))
    P("7. Data and limitations", h1)
    P("Police recorded crime is affected by changes in recording practice and by people’s willingness to report. "
      "Hospital data covers Thornwick General Hospital only. Probation data is published with a time lag and covers "
      "people released between January and December 2022. Figures are rounded.")
    P("8. Contact", h1)
    P("Community Safety Team, Thornwick Borough Council, Civic Offices, Market Square, Thornwick. "
      "Email: saferthornwick@thornwick.gov.example")
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    P("9. Partners", h1)
    P("The Safer Thornwick Partnership is Thornwick’s Community Safety Partnership. Its responsible authorities and "
      "other partners are:")
    prows = [["Partner", "Acronym used in this document", "Role"],
             ["Thornwick Borough Council", "TBC", "Responsible authority; chairs the Partnership"],
             ["Northmarsh Police", "NP", "Responsible authority"],
             ["Northmarsh Fire and Rescue Service", "NFRS", "Responsible authority"],
             ["NHS Northmarsh Integrated Care Board", "ICB", "Responsible authority"],
             ["Probation Service – Northmarsh Probation Delivery Unit", "PDU", "Responsible authority"],
             ["Office of the Northmarsh Police and Crime Commissioner", "OPCC", "Co-operating body; funder"],
             ["Thornwick Youth Justice Service", "YJS", "Partner"],
             ["Thornwick Homes", "TH", "Partner (largest social landlord)"],
             ["Thornwick Council for Voluntary Service", "CVS", "Partner; represents the voluntary sector"],
             ["Thornwick Business Improvement District", "BID", "Partner"]]
    pt = Table([[Paragraph(c, cellw if i == 0 else cell) for c in r] for i, r in enumerate(prows)],
               colWidths=[94 * mm, 30 * mm, 50 * mm])
    pt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8b8")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(pt)
    s.append(Spacer(1, 10))
    P("Other abbreviations", h2)
    for a, b in [("ASB", "anti-social behaviour"), ("MARAC", "Multi-Agency Risk Assessment Conference"),
                 ("VAWG", "violence against women and girls")]:
        P(f"<b>{a}</b> – {b}", style("ab", F, 9.5, 13, spaceAfter=1))
    doc.build(s)


if __name__ == "__main__":
    build()
