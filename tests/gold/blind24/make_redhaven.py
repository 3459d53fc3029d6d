"""UK borough council Health Overview and Scrutiny Committee minutes: text logo block, attendance in a
shaded box (members, substitute, co-optee, witnesses, officers), Q./A. exchanges with NHS witnesses,
numbered "HOSC 25/nn" recommendations in boxes, outstanding actions table, header "Page x of y"."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind24-uk-redhaven-bc-health-overview-scrutiny-committee-minutes-2025-02-11"
PURPLE = colors.HexColor("#4b2c6f")


def build():
    fonts()
    F, FB, FI = "LibSans", "LibSans-Bold", "LibSans-Italic"
    body = style("b", F, 10.5, 14, spaceAfter=7)
    head = style("h", FB, 11, 14, spaceBefore=10, spaceAfter=4, textColor=PURPLE)
    qst = style("q", F, 10, 13.5, leftIndent=8 * mm, firstLineIndent=-8 * mm, spaceAfter=3)
    rec = style("rc", FB, 10, 13.5)
    cell = style("c", F, 8.5, 11)
    cellb = style("cb", FB, 8.5, 11, textColor=colors.white)
    small = style("s", F, 9.5, 12.5)
    s = []
    logo = Table([[Paragraph("<font color='white'><b>RBC</b></font>", style("lg", FB, 15, 20, alignment=1)),
                   Paragraph("<b>Redhaven</b><br/>Borough Council", style("ln", F, 13, 16, textColor=PURPLE))]],
                 colWidths=[24 * mm, 60 * mm], hAlign="LEFT")
    logo.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), PURPLE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s.append(logo)
    s.append(Spacer(1, 10))
    s.append(Paragraph("Health Overview and Scrutiny Committee", style("t", FB, 17, 21, textColor=PURPLE)))
    s.append(Paragraph("Minutes of the meeting held on Tuesday 11 February 2025 at 7.00 pm in Committee Room 2, "
                       "Redhaven Civic Centre, Dock Road, Redhaven", style("st", F, 10.5, 14)))
    s.append(Spacer(1, 8))
    rows = [("Present:", "Councillors Judith Pemberton (Chair), Adaeze Okafor (Vice-Chair), Imran Shah, Gareth Lowther, "
                         "Philippa Crane, Dennis Yau and Malcolm Dunn (substitute for Councillor Rhona Fairbairn)"),
            ("Co-opted member:", "Beverley Hinds, Healthwatch Redhaven (non-voting)"),
            ("Also present (witnesses):", "Dr Helen Marchetti, Chief Medical Officer, Ashwater Valley NHS Foundation Trust; "
                                          "Mark Tolley, Chief Operating Officer, Ashwater Valley NHS Foundation Trust; "
                                          "Sunita Varma, Director of Place (Redhaven), NHS Redhaven and Moorside Integrated Care Board; "
                                          "Craig Fenwick, Service Director, Moorside Care Partnership NHS Trust"),
            ("In attendance:", "Dr Paul Adebayo, Director of Public Health; Katie Brennan, Senior Scrutiny Officer"),
            ("Apologies:", "Councillors Rhona Fairbairn and Trevor Liddell")]
    t = Table([[Paragraph(f"<b>{a}</b>", small), Paragraph(b, small)] for a, b in rows], colWidths=[42 * mm, 128 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1ecf6")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOX", (0, 0), (-1, -1), 0.5, PURPLE)]))
    s.append(t)

    def H(x):
        s.append(Paragraph(x, head))

    def P(x, st=body):
        s.append(Paragraph(x, st))

    def REC(ref, text):
        t = Table([[Paragraph(ref, rec), Paragraph(text, rec)]], colWidths=[28 * mm, 142 * mm])
        t.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, -1), 3, PURPLE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f7f4fa"))]))
        s.append(t)
        s.append(Spacer(1, 5))

    def Q(who, q, a_who, a):
        s.append(KeepTogether([Paragraph(f"<b>Q.</b>&nbsp;&nbsp;&nbsp;&nbsp;{q} <i>({who})</i>", qst),
                               Paragraph(f"<b>A.</b>&nbsp;&nbsp;&nbsp;&nbsp;{a} <i>({a_who})</i>", style("an", F, 10, 13.5, leftIndent=8 * mm, firstLineIndent=-8 * mm, spaceAfter=7))]))

    H("1.&nbsp;&nbsp;Apologies for Absence and Substitutions")
    P("Apologies were received from Councillors Rhona Fairbairn and Trevor Liddell. Councillor Malcolm Dunn attended as "
      "substitute for Councillor Fairbairn.")
    H("2.&nbsp;&nbsp;Declarations of Interest")
    P("Councillor Okafor declared a non-pecuniary interest in item 4 as her daughter is employed as a nurse at Redhaven "
      "General Hospital. She remained in the meeting and took part in the discussion.")
    H("3.&nbsp;&nbsp;Minutes of the Previous Meeting")
    P("RESOLVED that the minutes of the meeting held on 10 December 2024 be approved as a correct record and signed by the Chair.", rec)
    H("4.&nbsp;&nbsp;Urgent and Emergency Care Performance – Ashwater Valley NHS Foundation Trust")
    P("The Chair welcomed Dr Marchetti and Mr Tolley. Mr Tolley presented the report, which set out performance at the "
      "emergency department at Redhaven General Hospital over the winter. He outlined the four priorities of the Trust’s "
      "Urgent and Emergency Care Improvement Plan 2024/25:")
    for i, x in enumerate(["Reduce ambulance handover delays to under 45 minutes",
                           "Increase same day emergency care so that fewer patients are admitted",
                           "Improve flow through the hospital by discharging patients earlier in the day",
                           "Expand the virtual ward to 120 beds"], 1):
        P(f"{i})&nbsp;&nbsp;{x}", style("pl", F, 10, 13.5, leftIndent=14 * mm, firstLineIndent=-6 * mm, spaceAfter=1))
    s.append(Spacer(1, 4))
    P("Members asked the following questions:")
    Q("Councillor Okafor", "What proportion of patients at the emergency department were seen within four hours in December?",
      "Mr Tolley", "64.2%. The national expectation is 78% by March 2025, and the Trust does not expect to meet it this year.")
    Q("Councillor Shah", "How many patients are in hospital beds who no longer need to be there?",
      "Mr Tolley", "On average 87 patients each day in January 2025 had no criteria to reside. Most were waiting for "
      "care packages or a care home placement.")
    Q("Beverley Hinds", "What is being done to improve the experience of patients who are cared for in corridors?",
      "Dr Marchetti", "The Trust will introduce a corridor care standard and a patient information leaflet by 31 March 2025. "
      "Corridor care is only used when every other option has been exhausted.")
    Q("Councillor Lowther", "Is the virtual ward being used by patients from the more deprived wards of the borough?",
      "Dr Marchetti", "Not as much as it should be. The Trust will share a breakdown of virtual ward use by ward with the "
      "Senior Scrutiny Officer.")
    P("Members thanked the witnesses for their candour but remained concerned that performance was below the national "
      "standard and that handover delays were affecting the ambulance service’s response times in the borough.")
    REC("HOSC 25/12", "RECOMMENDED that Ashwater Valley NHS Foundation Trust report to the Committee in July 2025 on "
                      "progress against the four-hour standard and on ambulance handover delays.")
    REC("HOSC 25/13", "RECOMMENDED that the Executive Member for Adult Social Care and NHS Redhaven and Moorside "
                      "Integrated Care Board jointly review the discharge-to-assess capacity commissioned for winter 2025/26 "
                      "and report their findings to the Committee by October 2025.")
    H("5.&nbsp;&nbsp;Community Mental Health Services – Transformation Update")
    P("Mr Fenwick gave an update on the transformation of community mental health services. The three Redhaven "
      "neighbourhood mental health teams went live on 6 January 2025, and the Redhaven Crisis Café, run with the charity "
      "Harbour Lights Redhaven, had supported 340 people since it opened in October 2024.")
    Q("Councillor Crane", "How long are people waiting for a first appointment with the new teams?",
      "Mr Fenwick", "The median wait is 19 days. The Trust aims to reduce this to 14 days by the end of 2025.")
    Q("Councillor Yau", "How will the Trust make sure young adults moving from children’s services are not lost?",
      "Mr Fenwick", "A transition protocol has been agreed with Redhaven Children’s Services and will be audited in the summer.")
    P("RESOLVED that the update be noted.", rec)
    P("The Senior Scrutiny Officer was asked to arrange a visit by members to the Redhaven Crisis Café before the "
      "next meeting.")
    H("6.&nbsp;&nbsp;Director of Public Health Annual Report 2024 – Healthy Weight")
    P("Dr Adebayo presented his annual report, which this year focuses on healthy weight. Around 64% of adults and 38% "
      "of Year 6 children in Redhaven are overweight or obese, above the England average. The report makes six "
      "recommendations to the Council and its partners, including restrictions on new hot food takeaways near schools "
      "and a whole-system approach led by the Redhaven Health and Wellbeing Board.")
    Q("Councillor Pemberton", "What will be different as a result of this report that was not happening already?",
      "Dr Adebayo", "The Health and Wellbeing Board will adopt a healthy weight declaration in June 2025, and the "
      "Council will consult on a supplementary planning document on hot food takeaways in the autumn.")
    Q("Councillor Lowther", "How will the Council reach families who do not use leisure centres?",
      "Dr Adebayo", "Through the family hubs and a new partnership with Redhaven Community Sports Trust, which runs "
      "free activities in parks and on estates.")
    Q("Beverley Hinds", "Has the Council spoken to residents about what gets in the way of eating well?",
      "Dr Adebayo", "Healthwatch Redhaven ran six focus groups for the report. Cost was the main barrier raised.")
    REC("HOSC 25/14", "RECOMMENDED that the Director of Public Health Annual Report 2024 be noted and that the Committee "
                      "supports the proposal to restrict new hot food takeaways within 400 metres of a school.")
    REC("HOSC 25/15", "RECOMMENDED that the Director of Public Health report to the Committee in March 2026 on progress "
                      "against the six recommendations in the annual report.")
    H("7.&nbsp;&nbsp;Proposed Changes to Hyper-Acute Stroke Services – Consultation Response")
    P("Ms Varma introduced the ICB’s proposal to concentrate hyper-acute stroke care for Redhaven and Moorside at "
      "Moorside Royal Infirmary. The public consultation closes on 28 February 2025. Members discussed the draft response "
      "at Appendix A and were concerned about travel times from the east of the borough and about public transport "
      "for visitors.")
    REC("HOSC 25/16", "RECOMMENDED that the Committee’s response to the consultation, as set out in Appendix A and amended "
                      "to include members’ concerns about travel times and visitor transport, be submitted to NHS Redhaven "
                      "and Moorside Integrated Care Board by 28 February 2025.")
    REC("HOSC 25/17", "RECOMMENDED that the Committee does not, at this stage, refer the proposals to the Secretary of "
                      "State for Health and Social Care, and reconsiders the matter when the ICB’s decision-making business "
                      "case is published.")
    H("8.&nbsp;&nbsp;Work Programme and Outstanding Actions")
    P("The Senior Scrutiny Officer presented the work programme for the remainder of 2024/25 and the outstanding "
      "actions from previous meetings, set out below.")
    rows = [["Ref", "Action", "Lead", "Due", "Status"],
            ["HOSC 24/31", "Provide data on GP appointment waiting times by primary care network", "NHS Redhaven and Moorside ICB", "April 2025", "In progress"],
            ["HOSC 24/36", "Circulate the dementia diagnosis rate action plan to members", "Director of Public Health", "March 2025", "Not started"],
            ["HOSC 24/40", "Report on the outcome of the CQC inspection of Redhaven General Hospital maternity services", "Ashwater Valley NHS Foundation Trust", "July 2025", "Awaiting inspection report"],
            ["HOSC 24/44", "Arrange a briefing on NHS dental access in the borough", "Senior Scrutiny Officer", "June 2025", "In progress"]]
    PUR = colors.HexColor("#4b2c6f")
    at = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)],
               colWidths=[22 * mm, 64 * mm, 38 * mm, 20 * mm, 26 * mm], repeatRows=1)
    at.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PUR), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9c8ab3")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f4f0f8")])]))
    s.append(at)
    s.append(Spacer(1, 6))
    P("RESOLVED that the work programme be agreed, with the addition of a session on access to NHS dentistry at the "
      "meeting in September 2025.", rec)
    s.append(KeepTogether([Paragraph("9.&nbsp;&nbsp;Date of Next Meeting", head),
                           Paragraph("Tuesday 8 April 2025 at 7.00 pm.", body),
                           Paragraph("The meeting ended at 9.24 pm.", body), Spacer(1, 14),
                           Paragraph("Chair ………………………………………………", body)]))

    def deco(c, page, total):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 287 * mm, "Redhaven Borough Council – Health Overview and Scrutiny Committee – 11 February 2025")
        c.drawRightString(190 * mm, 287 * mm, f"Page {page} of {total}")
        c.drawString(20 * mm, 10 * mm, "These minutes are subject to confirmation at the next meeting.")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title="HOSC minutes 11 February 2025")
    doc.build(s, canvasmaker=numbered_canvas(deco))


if __name__ == "__main__":
    build()
