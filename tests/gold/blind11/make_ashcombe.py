"""School full governing body minutes with Q:/A: challenge questions, inline ACTION lines and an
end-of-minutes action summary table."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind11-uk-ashcombe-st-marys-primary-governing-body-minutes-2024-11-19"


def build():
    fonts()
    F, FB, FI = "LibSans", "LibSans-Bold", "LibSans-Italic"
    body = style("b", F, 10, 13, spaceAfter=4)
    head = style("h", FB, 10.5, 14, spaceBefore=8, spaceAfter=3)
    qa = style("qa", FI, 9.5, 12.5, leftIndent=14 * mm, spaceAfter=3)
    act = style("act", FB, 10, 13, leftIndent=14 * mm, spaceAfter=5)
    sub = style("sub", F, 10, 13, leftIndent=10 * mm, firstLineIndent=-10 * mm, spaceAfter=4)
    title = style("t", FB, 14, 18, alignment=1)
    title2 = style("t2", FB, 11.5, 15, alignment=1, spaceAfter=2)
    small = style("s", F, 9.5, 12)
    smallb = style("sb", FB, 9.5, 12)

    s = []
    s.append(Paragraph("ASHCOMBE ST MARY’S CHURCH OF ENGLAND PRIMARY SCHOOL", title))
    s.append(Paragraph("Minutes of the Full Governing Body Meeting", title2))
    s.append(Paragraph("Tuesday 19 November 2024 at 6.00pm in the School Library", style("c", F, 10.5, 14, alignment=1)))
    s.append(Spacer(1, 6))
    att = [
        [Paragraph("<b>Governors present:</b>", small), Paragraph("Mrs Helen Carver (HC) – Chair, Co-opted Governor", small)],
        ["", Paragraph("Mr Daniel Osei (DO) – Headteacher", small)],
        ["", Paragraph("Revd Sarah Lumb (SL) – Foundation Governor, Vice Chair", small)],
        ["", Paragraph("Dr Priya Nair (PN) – Parent Governor", small)],
        ["", Paragraph("Mr Graham Ellery (GE) – Foundation Governor", small)],
        ["", Paragraph("Mr Tom Brierley (TB) – Staff Governor (joined via Teams)", small)],
        [Paragraph("<b>In attendance:</b>", small), Paragraph("Mrs Jan Fielding (JF) – Clerk to Governors", small)],
        ["", Paragraph("Ms Amy Rowe (AR) – Deputy Headteacher (for items 1 to 6)", small)],
        [Paragraph("<b>Apologies:</b>", small), Paragraph("Mr Colin Webb (CW) – Local Authority Governor (consent given)", small)],
        [Paragraph("<b>Absent:</b>", small), Paragraph("Mrs Rita Khan (RK) – Parent Governor", small)],
    ]
    t = Table(att, colWidths=[38 * mm, 130 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOX", (0, 0), (-1, -1), 0.5, colors.grey)]))
    s.append(t)
    s.append(Spacer(1, 4))
    s.append(Paragraph("The meeting was quorate throughout (6 of 8 governors in post present). Governor challenge "
                       "and support is recorded in italics as <i>Q:</i> (question from a governor) and <i>A:</i> (answer).", small))

    def H(x):
        s.append(Paragraph(x, head))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    H("1. Welcome, Apologies and Quoracy")
    P("HC welcomed governors and opened the meeting with a prayer led by SL. Apologies had been received from "
      "CW, who was attending a hospital appointment. Governors consented to the absence of Mr Webb. No apologies "
      "had been received from RK; the Clerk will write to her on behalf of the Chair.")
    P("ACTION: JF to write to RK regarding attendance at meetings.", act)
    H("2. Declarations of Business and Pecuniary Interests")
    P("There were no new declarations of interest in relation to any item on the agenda. TB reminded governors "
      "that as a member of staff he would withdraw for any discussion of staff pay.")
    H("3. Minutes of the Previous Meeting and Matters Arising")
    P("The minutes of the meeting held on 24 September 2024 were approved as an accurate record and signed by the Chair.")
    P("Matters arising: the safeguarding link visit (action 5) had taken place on 8 October 2024 and the report "
      "was circulated with the papers. The website compliance check (action 7) remains outstanding and is carried forward.")
    H("4. Headteacher’s Report")
    P("4.1&nbsp;&nbsp;<b>Attendance.</b> Whole-school attendance for the autumn term to date is 95.1%, above the "
      "national figure. Persistent absence has fallen to 11.8% but remains highest in Year 4.", sub)
    P("Q: Why is persistent absence concentrated in Year 4 and what is being done about it?", qa)
    P("A: A small number of families account for most of the absence. The Family Support Worker is meeting each "
      "family and the school is working with the Education Welfare Service at Wessexshire County Council.", qa)
    P("ACTION: DO to bring a breakdown of persistent absence by year group to the spring term meeting.", act)
    P("4.2&nbsp;&nbsp;<b>School Development Plan.</b> DO reminded governors that the School Development Plan "
      "2024–25 has four priorities:", sub)
    for x in ["Raise attainment in writing at the end of Key Stage 2",
              "Embed the new phonics programme in Reception and Year 1",
              "Improve provision for pupils with SEND in mainstream classes",
              "Strengthen the school’s Christian vision and collective worship"]:
        P("•&nbsp;&nbsp;" + x, style("bl", F, 10, 13, leftIndent=16 * mm, firstLineIndent=-4 * mm))
    P("Q: How will governors know whether the writing priority is having an impact before the end of the year?", qa)
    P("A: Moderated teacher assessments will be reported each term and the English lead will present to the "
      "Teaching and Learning Committee in March.", qa)
    H("5. Pupil Premium Strategy Statement 2024–25")
    P("AR presented the statement, which must be published on the school website by 31 December 2024. The school "
      "expects to receive £61,380 in pupil premium funding this year.")
    P("Q: Is the school confident that the tutoring programme represents value for money?", qa)
    P("A: Tutoring outcomes were tracked last year and pupils who attended made an average of 1.5 steps more progress.", qa)
    P("Governors RESOLVED to approve the Pupil Premium Strategy Statement 2024–25 for publication.")
    H("6. Safeguarding")
    P("SL reported on her termly safeguarding monitoring. All staff have read Part 1 of Keeping Children Safe in "
      "Education 2024. The annual safeguarding audit for the Wessex Vale Safeguarding Children Partnership is due shortly.")
    P("ACTION: SL and DO to complete the annual safeguarding audit return by 13 December 2024.", act)
    P("AR left the meeting at 7.25pm.")
    H("7. Finance – Budget Monitoring (Month 7)")
    P("GE, as chair of the Finance and Resources Committee, presented the month 7 budget monitoring report. "
      "Energy costs are lower than budgeted but supply staff costs are higher, and the forecast in-year deficit "
      "is now £18,400, to be met from reserves.")
    P("Q: What would happen to reserves if the deficit continued next year?", qa)
    P("A: Reserves would fall below the 5% minimum set by the Diocese of Avonbury’s guidance, so the committee "
      "will look at staffing structures in the spring.", qa)
    P("Governors RESOLVED to approve the revised budget for 2024–25, with a forecast in-year deficit of £18,400 "
      "to be funded from carried-forward balances.")
    P("ACTION: Finance and Resources Committee to review the three-year budget forecast at its meeting on 28 January 2025.", act)
    H("8. Policies for Approval")
    P("Governors had received the following policies in advance. Governors RESOLVED to approve:")
    P("(a)&nbsp;&nbsp;the Charging and Remissions Policy, with no changes;", sub)
    P("(b)&nbsp;&nbsp;the Accessibility Plan 2024–2027, subject to the addition of the new ramp to the Early Years "
      "entrance; and", sub)
    P("(c)&nbsp;&nbsp;the Governor Visits Policy.", sub)
    H("9. Governor Training and Visits")
    P("PN had attended the National Governance Association webinar on SEND. The Clerk reminded governors that "
      "Prevent training is mandatory for all governors.")
    P("ACTION: All governors to complete the NGA online Prevent module by 31 January 2025.", act)
    H("10. Date of Next Meeting")
    P("The next meeting of the Full Governing Body will be held on Tuesday 4 February 2025 at 6.00pm.")
    P("The meeting closed at 8.12pm.")
    s.append(Spacer(1, 10))
    P("Signed: ..........................................&nbsp;&nbsp;(Chair)&nbsp;&nbsp;&nbsp;&nbsp;Date: ........................")
    s.append(Spacer(1, 10))
    s.append(Paragraph("Summary of Actions", head))
    rows = [["Item", "Action", "Who", "By when"],
            ["1", "Write to RK regarding attendance at meetings", "JF", "Next week"],
            ["4", "Breakdown of persistent absence by year group", "DO", "Spring FGB"],
            ["6", "Annual safeguarding audit return", "SL / DO", "13.12.24"],
            ["7", "Review three-year budget forecast", "F&amp;R Committee", "28.01.25"],
            ["9", "Complete NGA online Prevent module", "All", "31.01.25"],
            ["3", "Website compliance check (carried forward)", "JF", "Spring FGB"]]
    rows = [[Paragraph(c, smallb if i == 0 else small) for c in r] for i, r in enumerate(rows)]
    t = Table(rows, colWidths=[14 * mm, 100 * mm, 28 * mm, 26 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3"))]))
    s.append(t)

    def footer(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.drawString(20 * mm, 10 * mm, "Ashcombe St Mary’s CE Primary – FGB minutes 19.11.24")
        c.drawRightString(190 * mm, 10 * mm, f"Page {d.page}")
        c.drawString(20 * mm, 14 * mm, "Chair’s initials: ........")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, title="FGB minutes 19 November 2024")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
