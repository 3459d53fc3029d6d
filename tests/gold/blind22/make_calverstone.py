"""NHS foundation trust People Committee minutes: NHS lozenge + trust name header, OFFICIAL marking,
attendance grid, items 'PC25/0xx' as blue heading bars, decisions in bold caps verbs (NOTED/RECEIVED/APPROVED),
'Action:' lines, priorities list, ACTION LOG table on the last page (Ref | Meeting | Item | Action | Owner | Due | Status)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind22-uk-calverstone-mardle-nhs-ft-people-committee-minutes-2025-09-18"
BLUE = colors.HexColor("#005eb8")
PALE = colors.HexColor("#e8f1fa")


def build():
    fonts()
    F, FB = "Helvetica", "Helvetica-Bold"
    body = style("b", F, 10, 13.5, spaceAfter=5)
    act = style("a", FB, 10, 13.5, spaceAfter=5, textColor=colors.HexColor("#003087"))
    cell = style("c", F, 8.5, 10.5)
    cellb = style("cb", FB, 8.5, 10.5)
    W = 170 * mm
    s = []
    s.append(Paragraph("Minutes of the People Committee", style("t", FB, 16, 20, textColor=BLUE, spaceBefore=6)))
    s.append(Paragraph("Thursday 18 September 2025, 1.30pm – 4.00pm<br/>Boardroom, Calverstone General Hospital, "
                       "and via MS Teams", style("t2", F, 10.5, 14, spaceAfter=8)))
    att = [["Members", ""],
           ["Hilary Brackenridge", "Non-Executive Director (Chair)"],
           ["Prof. Samuel Adebayo", "Non-Executive Director"],
           ["Fiona Kettleborough", "Associate Non-Executive Director"],
           ["Marcus Lindqvist", "Chief People Officer"],
           ["Dr Rachel Oyelaran", "Chief Medical Officer (via MS Teams)"],
           ["Deborah Quayle", "Chief Nurse"],
           ["In attendance", ""],
           ["Tom Hesketh", "Deputy Chief People Officer"],
           ["Sunita Parmar", "Freedom to Speak Up Guardian (item PC25/066 only)"],
           ["Ciaran Doyle", "Staff Side Chair"],
           ["Jo Ridley", "Head of Corporate Governance (minutes)"],
           ["Apologies", ""],
           ["Graham Pike", "Non-Executive Director"],
           ["Andrew Salt", "Chief Operating Officer"]]
    heads = [i for i, r in enumerate(att) if r[1] == ""]
    t = Table([[Paragraph(a, cellb if i in heads else cell), Paragraph(b, cell)] for i, (a, b) in enumerate(att)],
              colWidths=[55 * mm, 115 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fb8d3"))] +
                          [("SPAN", (0, i), (1, i)) for i in heads] +
                          [("BACKGROUND", (0, i), (1, i), PALE) for i in heads]))
    s += [t, Spacer(1, 8)]

    def H(ref, title):
        h = Table([[Paragraph(f"<font color='white'><b>{ref}</b></font>", style("hr", FB, 10.5, 13)),
                    Paragraph(f"<font color='white'><b>{title}</b></font>", style("ht", FB, 10.5, 13))]],
                  colWidths=[24 * mm, 146 * mm])
        h.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return [CondPageBreak(30 * mm), h, Spacer(1, 4)]

    P = lambda x, st=body: Paragraph(x, st)
    s += H("PC25/061", "Welcome, apologies and quoracy")
    s += [P("The Chair welcomed members. Apologies were noted as above. The meeting was quorate.")]
    s += H("PC25/062", "Declarations of interest")
    s += [P("There were no declarations of interest in relation to the agenda.")]
    s += H("PC25/063", "Minutes of the meeting held on 17 July 2025")
    s += [P("The Committee <b>APPROVED</b> the minutes of the meeting held on 17 July 2025 as an accurate record.")]
    s += H("PC25/064", "Action log and matters arising")
    s += [P("The Committee <b>NOTED</b> progress on the action log and <b>AGREED</b> to close actions PA25/028 and PA25/044.")]
    s += H("PC25/065", "Workforce Performance Report – Month 5 (August 2025)")
    s += [P("The Deputy Chief People Officer presented the report. The vacancy rate had fallen to 7.4% and turnover to "
            "10.9%, but sickness absence remained at 5.2% against a target of 4.5%, with anxiety, stress and depression the "
            "most common reason. Appraisal compliance was 81% against a target of 90%."),
          P("Prof. Adebayo asked whether the rise in sickness was concentrated in particular staff groups. The Chief Nurse "
            "said that estates and facilities and additional clinical services were most affected."),
          P("The Committee <b>RECEIVED</b> the report and <b>NOTED</b> the limited assurance on sickness absence and appraisal compliance."),
          P("Action: The Deputy Chief People Officer to provide a breakdown of sickness absence by staff group to the "
            "November meeting.", act)]
    s += H("PC25/066", "Freedom to Speak Up Quarterly Report – Q1 2025/26")
    s += [P("Sunita Parmar reported that 38 concerns had been raised in the quarter, up from 29, with the largest number "
            "relating to behaviours and relationships. Eleven concerns had been raised anonymously. Ciaran Doyle said that "
            "staff side colleagues had seen a similar pattern in the emergency department."),
          P("The Committee <b>RECEIVED</b> the report and <b>NOTED</b> the themes and the actions being taken."),
          P("Action: The Freedom to Speak Up Guardian to present the themes to the Board of Directors on 2 October 2025.", act),
          P("Sunita Parmar left the meeting.")]
    s += H("PC25/067", "People Strategy 2024–2027: Year 2 priorities")
    s += [P("The Chief People Officer presented the proposed Year 2 delivery plan. The People Strategy 2024–2027 "
            "has four strategic priorities:"),
          P("• Health and wellbeing – a healthy, safe and supported workforce<br/>"
            "• Belonging and inclusion – a culture where everyone is treated fairly<br/>"
            "• Recruitment and retention – the right people in the right roles<br/>"
            "• Leadership and development – compassionate leaders at every level",
            style("bl", F, 10, 14, leftIndent=6 * mm, spaceAfter=5)),
          P("Members welcomed the plan but asked that the wellbeing priority include specific measures for "
            "night workers. The Chief People Officer agreed to add these before the plan goes to the Board."),
          P("The Committee <b>APPROVED</b> the Year 2 priorities of the People Strategy 2024–2027 for recommendation to the "
            "Board of Directors, subject to the addition of measures for night workers."),
          P("Action: The Chief People Officer to add wellbeing measures for night workers to the Year 2 delivery plan "
            "before submission to the Board of Directors.", act)]
    s += H("PC25/068", "Medical Education and Guardian of Safe Working Hours Report")
    s += [P("The Chief Medical Officer presented the report on behalf of the Guardian of Safe Working Hours. There had "
            "been 46 exception reports in the quarter, 31 of them from acute medicine, where rota gaps remained. The "
            "report from NHS England’s annual quality visit to the Trust’s postgraduate medical education was positive."),
          P("The Committee <b>RECEIVED</b> the report."),
          P("Action: The Chief Medical Officer to review rota gaps in acute medicine and report back to the Committee "
            "by December 2025.", act)]
    s += H("PC25/069", "Workforce Race and Disability Equality Standards 2025")
    s += [P("The Deputy Chief People Officer presented the Workforce Race Equality Standard (WRES) and Workforce "
            "Disability Equality Standard (WDES) data for 2025. The likelihood of staff from Black and minority ethnic "
            "backgrounds entering formal disciplinary processes had fallen to 1.21, but remained above parity."),
          P("The Committee <b>APPROVED</b> the WRES and WDES 2025 data submissions and action plans for publication on the "
            "Trust’s website by 31 October 2025.")]
    s += H("PC25/070", "Board Assurance Framework – Strategic Risk SR4 (Workforce)")
    s += [P("The Committee reviewed strategic risk SR4, ‘We are unable to recruit, retain and develop enough staff to "
            "deliver safe care’."),
          P("The Committee <b>AGREED</b> that the risk score remains at 16 (likelihood 4 × consequence 4) and <b>NOTED</b> "
            "the updated controls and assurances.")]
    s += H("PC25/071", "Items for escalation to the Board of Directors and any other business")
    s += [P("The Committee <b>AGREED</b> to escalate the sickness absence position and the acute medicine rota gaps to "
            "the Board of Directors through the Chair’s assurance report.")]
    s += H("PC25/072", "Date and time of next meeting")
    s += [P("Thursday 20 November 2025, 1.30pm, Boardroom, Calverstone General Hospital."),
          Spacer(1, 10), P("Signed (Chair) .......................................&nbsp;&nbsp;&nbsp;Date .........................."),
          PageBreak()]
    s.append(Paragraph("ACTION LOG – PEOPLE COMMITTEE", style("al", FB, 12, 15, textColor=BLUE, spaceAfter=6)))
    log = [["Ref", "Meeting", "Item", "Action", "Owner", "Due", "Status"],
           ["PA25/028", "15.05.25", "PC25/021", "Review the exit interview process and report the main themes for leavers "
            "with less than two years’ service", "Deputy Chief People Officer", "Sep 2025", "Closed – see PC25/064"],
           ["PA25/044", "17.07.25", "PC25/051", "Circulate the revised Recruitment and Retention Plan to members",
            "Chief People Officer", "Aug 2025", "Closed"],
           ["PA25/045", "17.07.25", "PC25/053", "Bring a paper on the pastoral support offer for internationally "
            "educated nurses", "Chief Nurse", "Nov 2025", "Open – on track"],
           ["PA25/046", "17.07.25", "PC25/055", "Agree with Staff Side a timetable for the review of the Sickness "
            "Absence Policy", "Deputy Chief People Officer", "Oct 2025", "Open – on track"],
           ["PA25/061", "18.09.25", "PC25/065", "Breakdown of sickness absence by staff group",
            "Deputy Chief People Officer", "20.11.25", "New"],
           ["PA25/062", "18.09.25", "PC25/066", "Present Freedom to Speak Up themes to the Board of Directors",
            "Freedom to Speak Up Guardian", "02.10.25", "New"],
           ["PA25/063", "18.09.25", "PC25/067", "Add wellbeing measures for night workers to the Year 2 delivery plan",
            "Chief People Officer", "Oct 2025", "New"],
           ["PA25/064", "18.09.25", "PC25/068", "Review rota gaps in acute medicine and report back",
            "Chief Medical Officer", "Dec 2025", "New"]]
    lt = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(log)],
               colWidths=[19 * mm, 16 * mm, 19 * mm, 50 * mm, 29 * mm, 16 * mm, 21 * mm], repeatRows=1)
    lt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f9cbf")),
                            ("BACKGROUND", (0, 0), (-1, 0), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [lt]

    def draw(c, n, total):
        c.saveState()
        c.setFillColor(BLUE)
        c.rect(172 * mm, 279 * mm, 18 * mm, 8 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-BoldOblique", 13)
        c.drawCentredString(181 * mm, 281 * mm, "NHS")
        c.setFillColor(BLUE)
        c.setFont(FB, 9.5)
        c.drawRightString(190 * mm, 274 * mm, "Calverstone and Mardle")
        c.drawRightString(190 * mm, 269.5 * mm, "NHS Foundation Trust")
        c.setFillColor(colors.black)
        c.setFont(FB, 8)
        c.drawString(20 * mm, 283 * mm, "OFFICIAL")
        c.setFont(F, 8)
        c.drawString(20 * mm, 12 * mm, "People Committee – 18 September 2025 – Minutes")
        c.drawRightString(190 * mm, 12 * mm, f"Page {n} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=32 * mm, bottomMargin=20 * mm, title="People Committee minutes")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
