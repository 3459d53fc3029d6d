"""Multi-academy trust board of trustees minutes: attendance grid with initials and a mark column (✓ / A / X / V
with a legend), numbered items with Q:/A: challenge lines, bold "Agreed:" decisions, a trust priority list in
item 4, and the actions only in a ruled summary table at the end (Item | Action | Owner initials | Due)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind13-uk-larkspur-schools-trust-board-of-trustees-minutes-2025-02-04"
GREEN = colors.HexColor("#3c6e47")


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 9, 12.5, spaceAfter=4, leftIndent=9 * mm)
    qa = style("q", F, 9, 12.5, spaceAfter=2, leftIndent=14 * mm, textColor=colors.HexColor("#333366"))
    agreed = style("ag", FB, 9, 12.5, spaceAfter=5, leftIndent=9 * mm)
    lst = style("li", F, 9, 12.5, spaceAfter=1, leftIndent=16 * mm, firstLineIndent=-5 * mm)
    head = style("h", FB, 10, 13, spaceBefore=7, spaceAfter=3, textColor=GREEN)
    cell = style("c", F, 8.5, 11)
    cellc = style("cc", F, 9, 11, alignment=1)
    cellb = style("cb", FB, 8.5, 11)
    s = []
    top = Table([[Paragraph("<font color='white'><b>LARKSPUR SCHOOLS TRUST</b></font>", style("x", FB, 14, 17)),
                  Paragraph("<font color='white'>Board of Trustees</font>", style("y", F, 11, 17, alignment=2))]],
                colWidths=[110 * mm, 60 * mm])
    top.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN), ("TOPPADDING", (0, 0), (-1, -1), 7),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    s.append(top)
    s.append(Spacer(1, 6))
    s.append(Paragraph("Minutes of the meeting of the Board of Trustees held on Tuesday 4 February 2025 at 5.30pm at "
                       "Larkspur House, Quarry Lane, Linnet Vale", style("t", FB, 10, 13)))
    s.append(Paragraph("Company number 09876543 &nbsp;·&nbsp; Academies: Wrayfield Academy, Sallowbrook Primary "
                       "Academy, Linnet Vale Primary Academy", style("t2", F, 8, 11, textColor=colors.grey)))
    s.append(Spacer(1, 6))
    people = [
        ("Trustees", None, None, None),
        ("Dr Catherine Moyo", "CM", "Chair", "✓"),
        ("Jonathan Reese", "JR", "Vice Chair", "✓"),
        ("Amrit Sahota", "AS", "Trustee; chair of Finance, Audit and Risk Committee", "✓"),
        ("Helen Gatward", "HG", "Trustee", "A"),
        ("Revd Simon Blythe", "SB", "Trustee (appointed by the Diocese of Sallowford)", "V"),
        ("Lucy Ferrand", "LF", "Trustee; chair of Standards Committee", "✓"),
        ("Kwame Asante", "KA", "Trustee", "X"),
        ("In attendance", None, None, None),
        ("Martin Greaves", "MG", "Chief Executive Officer and Accounting Officer", "✓"),
        ("Sarah Quayle", "SQ", "Chief Finance and Operations Officer", "✓"),
        ("Daniel Ibbotson", "DI", "Headteacher, Wrayfield Academy (item 6)", "✓"),
        ("Louise Tennant", "LT", "Governance Professional (clerk)", "✓"),
    ]
    rows = [[Paragraph("Name", cellb), Paragraph("Initials", cellb), Paragraph("Role", cellb), Paragraph("4 Feb", cellb)]]
    sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe9dd")),
           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    for n, i, r, m in people:
        if i is None:
            sty += [("SPAN", (0, len(rows)), (-1, len(rows))), ("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#f1f6f2"))]
            rows.append([Paragraph(f"<i>{n}</i>", cellb), "", "", ""])
        else:
            rows.append([Paragraph(n, cell), Paragraph(i, cellc), Paragraph(r, cell), Paragraph(m, cellc)])
    t = Table(rows, colWidths=[45 * mm, 16 * mm, 94 * mm, 15 * mm])
    t.setStyle(TableStyle(sty))
    s.append(t)
    s.append(Paragraph("Key: ✓ present &nbsp; A apologies received and consent given &nbsp; X absent (no apologies) "
                       "&nbsp; V joined remotely via Teams", style("k", F, 7.5, 10, textColor=colors.grey, spaceBefore=2)))
    s.append(Paragraph("The meeting was quorate throughout.", style("qq", F, 8.5, 11, spaceBefore=4)))

    def H(n, t):
        s.append(Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{t}", head))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    H("1", "Welcome, apologies and consent for absence")
    P("The Chair welcomed trustees. Apologies had been received from Helen Gatward (family commitment). No apologies "
      "had been received from Kwame Asante.")
    P("Agreed: Trustees consented to the absence of Helen Gatward.", agreed)
    H("2", "Declarations of interest")
    P("Lucy Ferrand reminded trustees that her employer, Linnet Vale College, delivers post-16 courses for Wrayfield "
      "Academy students. No other interests were declared in relation to the agenda.")
    H("3", "Minutes of the meeting held on 10 December 2024 and matters arising")
    P("Agreed: The minutes of the meeting held on 10 December 2024 were approved as an accurate record and signed "
      "by the Chair.", agreed)
    P("Matters arising: the condition survey of Sallowbrook Primary Academy had been completed; all other actions "
      "were on the agenda.")
    H("4", "Chief Executive Officer’s report")
    P("MG reported on progress against the three Trust Development Plan priorities for 2024–25:")
    for i, x in enumerate(["Improve reading fluency at Key Stages 1 and 2 in every academy",
                           "Reduce persistent absence to below 15% in every academy",
                           "Develop middle leaders across the Trust through the Larkspur Leadership Programme"]):
        P(f"{'abc'[i]})&nbsp;&nbsp;{x}", lst)
    s.append(Spacer(1, 3))
    P("Q: Why has persistent absence at Sallowbrook risen since the autumn half term?", qa)
    P("A: Mainly illness in Year 2 and Year 5; the Education Welfare Service is supporting 11 families.", qa)
    P("The report was noted.", agreed)
    H("5", "Finance: management accounts and 2025–26 budget timetable")
    P("SQ presented the management accounts to 31 December 2024, showing a forecast in-year surplus of £64,000 "
      "against a budgeted deficit of £22,000. The Finance, Audit and Risk Committee had scrutinised the accounts on "
      "21 January 2025. The 2025–26 budget is due to be set at the meeting on 1 July 2025 and submitted to the "
      "Education and Skills Funding Agency (ESFA) by its deadline.")
    P("Agreed: The management accounts to 31 December 2024 were approved.", agreed)
    P("Agreed: Trustees approved a virement of £35,000 from the central reserve to fund the Wrayfield Academy "
      "roof repairs.", agreed)
    H("6", "Wrayfield Academy: Ofsted monitoring visit")
    P("Daniel Ibbotson reported on the Ofsted monitoring inspection on 14–15 January 2025, which found that leaders "
      "are taking effective action. Trustees challenged the pace of improvement in Key Stage 4 science.")
    P("Q: How will trustees know whether the new science curriculum is working?", qa)
    P("A: Mock results by class will be reported to the Standards Committee each term.", qa)
    P("Agreed: Trustees approved the revised Wrayfield Academy post-inspection action plan.", agreed)
    s.append(Spacer(1, 2))
    P("Daniel Ibbotson left the meeting.")
    H("7", "Policies")
    P("Agreed: Trustees approved the Charging and Remissions Policy, the Whistleblowing Policy and the amended Trust "
      "Pay Policy.", agreed)
    H("8", "Risk register")
    P("Agreed: The risk register was approved with the addition of a new risk on capital funding (RR14).", agreed)
    H("9", "Committee reports")
    P("Trustees received the minutes of the Finance, Audit and Risk Committee (21 January 2025) and the Standards "
      "Committee (28 January 2025). There were no questions.")
    H("10", "Any other business and date of next meeting")
    P("There was no other business. The next meeting will be held on Tuesday 25 March 2025 at 5.30pm at Larkspur "
      "House. The meeting closed at 7.20pm.")
    s.append(Spacer(1, 8))
    s.append(Paragraph("Summary of actions", style("sa", FB, 10, 13, textColor=GREEN, spaceAfter=3)))
    acts = [["No.", "Item", "Action", "Owner", "Due"],
            ["1", "4", "Provide persistent absence data by pupil group for each academy", "MG", "25 March 2025"],
            ["2", "5", "Circulate the draft 2025–26 budget to the Finance, Audit and Risk Committee", "SQ", "10 June 2025"],
            ["3", "6", "Report progress against the Wrayfield Academy post-inspection action plan", "DI", "1 July 2025"],
            ["4", "7", "Publish the approved policies on the Trust website", "LT", "28 February 2025"],
            ["5", "8", "Add RR14 to the risk register and circulate to trustees", "SQ", "14 February 2025"],
            ["6", "1", "Write to Kwame Asante about his non-attendance", "CM", "Before next meeting"]]
    at = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(acts)],
               colWidths=[10 * mm, 12 * mm, 101 * mm, 17 * mm, 30 * mm], repeatRows=1)
    at.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe9dd")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(at)
    s.append(Spacer(1, 12))
    P("Signed: ..........................................&nbsp;&nbsp;(Chair)&nbsp;&nbsp;&nbsp;&nbsp;Date: ....................", style("sg", F, 9, 12))

    def page(c, d):
        c.saveState()
        c.setFont(F, 7)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 10 * mm, "Larkspur Schools Trust – Board of Trustees – 04.02.25 – APPROVED")
        c.drawRightString(190 * mm, 10 * mm, f"Page {d.page} of 2")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title="Board of Trustees minutes 4 February 2025")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
