"""County council corporate plan annual progress report: title block with committee reference, leader's
introduction beside a RAG summary box, four ambitions ("Label - description"), one section per ambition
with coloured side bar, past-year achievements and "In 2025/26 we will:" bullets each followed by a grey
"Lead: Cabinet Member for ... | Due: ..." line, then a RAG table Objective | Measure | Status | Commentary
with ambition band rows, objective cells blank on continuation rows, spanning pages with repeated header."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (CondPageBreak, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from lib import PDF, fonts, numbered_canvas, style

STEM = "blind21-uk-halvershire-cc-corporate-plan-annual-progress-report-2024-25"
NAVY = colors.HexColor("#1f3a5f")
AMB = [colors.HexColor(c) for c in ("#c8102e", "#00857c", "#e07b00", "#4c8c2b")]
RAG = {"Green": colors.HexColor("#5aa457"), "Amber": colors.HexColor("#f2a900"), "Red": colors.HexColor("#d0312d")}


def build():
    fonts()
    F, FB, HS = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif-Bold"
    body = style("b", F, 9, 13, spaceAfter=5)
    h1 = style("h1", HS, 15, 19, textColor=NAVY, spaceAfter=6)
    cell = style("c", F, 8, 10.5)
    cellb = style("cb", FB, 8, 10.5)
    W = 174 * mm

    def P(t, st=body, **kw):
        return Paragraph(t, st, **kw)

    s = [P("HALVERSHIRE COUNTY COUNCIL", style("t0", FB, 10, 13, textColor=NAVY)),
         P("Corporate Plan 2024–2028", style("t1", HS, 24, 29, textColor=NAVY)),
         P("Annual Progress Report 2024/25", style("t2", F, 15, 19, textColor=colors.HexColor("#555555"))),
         Spacer(1, 4),
         P("Report to Cabinet, 15 July 2025 · Agenda item 7 · Appendix A", style("t3", F, 8.5, 11,
                                                                                 textColor=colors.grey)),
         Spacer(1, 10)]
    intro = [P("Leader’s introduction", style("li", HS, 12, 15, textColor=NAVY, spaceAfter=4)),
             P("This is the first annual report on our Corporate Plan 2024–2028, covering April 2024 to March 2025. "
               "It was a year of real progress – the Halverton Eastern Link Road opened on time and nature recovery "
               "schemes exceeded their target – but also of pressure, with rising demand for adult social care "
               "and for support for children with special educational needs."),
             P("Of our 14 headline measures, 7 are on track (green), 4 are close to target (amber) and 3 are off "
               "track (red). For each red measure the report explains what we are doing to recover."),
             P("<b>Cllr Graham Pettifer</b><br/>Leader of Halvershire County Council")]
    summ = Table([[P("<b>2024/25 at a glance</b>", cellb)],
                  [P("<font color='#5aa457'>■</font> Green – on track: <b>7</b>", cell)],
                  [P("<font color='#f2a900'>■</font> Amber – close to target: <b>4</b>", cell)],
                  [P("<font color='#d0312d'>■</font> Red – off track: <b>3</b>", cell)]],
                 colWidths=[50 * mm])
    summ.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, NAVY), ("BACKGROUND", (0, 0), (-1, 0),
                                                                      colors.HexColor("#e6ecf3")),
                              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    top = Table([[intro, summ]], colWidths=[118 * mm, 56 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    s += [top, Spacer(1, 8), P("Our four ambitions", h1),
          P("The Corporate Plan 2024–2028 is built around four ambitions for Halvershire:")]
    ambitions = [("A Thriving Economy", "good jobs, skills and the infrastructure to grow"),
                 ("Healthy, Safe and Independent People", "support that helps people live the lives they want"),
                 ("Great Places to Grow Up", "every child safe, healthy and learning"),
                 ("A Greener Halvershire", "net zero, nature recovery and less waste")]
    for i, (a, b) in enumerate(ambitions):
        s.append(P(f"<font color='{AMB[i].hexval().replace('0x', '#')}'><b>{i + 1}</b></font>&nbsp;&nbsp;"
                   f"<b>{a}</b> – {b}", style(f"am{i}", F, 10, 15, leftIndent=4 * mm)))
    s.append(PageBreak())

    commits = [
        ("In 2024/25 we completed the £38m Halverton Eastern Link Road, supported 412 businesses through the "
         "Halvershire Business Hub and saw 1,280 adults start an apprenticeship or skills programme.",
         [("Deliver the first phase of the Halvershire Digital Infrastructure Programme, bringing gigabit-capable "
           "broadband to 6,500 rural premises", "Cabinet Member for Economy and Skills", "by March 2026"),
          ("Agree a new Local Skills Improvement Plan with the Halvershire Chamber of Commerce",
           "Cabinet Member for Economy and Skills", "Q3 2025/26"),
          ("Resurface 150 miles of A, B and C roads through the Better Roads Programme, funded by the Department "
           "for Transport", "Cabinet Member for Highways and Transport", "by March 2026")]),
        ("We supported 2,950 people through our reablement service and ended the year with 534 people waiting "
         "for a Care Act assessment, well above our target.",
         [("Open two new extra care housing schemes in Velling and Marston Cray",
           "Cabinet Member for Adult Social Care", "Q4 2025/26"),
          ("Reduce the number of people waiting for a Care Act assessment to under 300",
           "Cabinet Member for Adult Social Care", "by December 2025"),
          ("Expand the Home First hospital discharge service with NHS Halvershire and Dunmere Integrated Care "
           "Board", "Cabinet Member for Public Health and Wellbeing", "ongoing")]),
        ("89% of pupils now attend a good or outstanding school, but only 38% of education, health and care (EHC) "
         "plans were issued within 20 weeks.",
         [("Create 420 additional specialist school places for children with special educational needs and "
           "disabilities (SEND)", "Cabinet Member for Children, Education and Families", "by September 2027"),
          ("Deliver the improvement plan agreed following the Ofsted inspection of children’s services in "
           "January 2025", "Cabinet Member for Children, Education and Families", "ongoing"),
          ("Recruit 40 additional in-house foster carers", "Cabinet Member for Children, Education and Families",
           "Q2 2026/27")]),
        ("Our own carbon emissions fell by 9% and 312 hectares of land entered new nature recovery schemes.",
         [("Publish the Halvershire Local Nature Recovery Strategy", "Cabinet Member for Environment and Climate",
           "by November 2025"),
          ("Install 1,000 public electric vehicle chargepoints with the district councils",
           "Cabinet Member for Highways and Transport", "by March 2027"),
          ("Cut the council’s own carbon emissions by a further 8%", "Cabinet Member for Environment and Climate",
           "Q4 2025/26")])]
    for i, ((name, desc), (done, we)) in enumerate(zip(ambitions, commits)):
        inner = [P(f"Ambition {i + 1}: {name}", style(f"ah{i}", HS, 13, 16, textColor=AMB[i], spaceAfter=3)),
                 P(f"<i>{desc[0].upper() + desc[1:]}</i>", style(f"ad{i}", F, 9, 12, textColor=colors.grey,
                                                                 spaceAfter=5)),
                 P("<b>What we achieved in 2024/25</b>", style(f"aw{i}", F, 9, 12, spaceAfter=2)),
                 P(done), P("<b>In 2025/26 we will:</b>", style(f"ax{i}", F, 9, 12, spaceAfter=3))]
        for text, lead, due in we:
            inner.append(P(text, style(f"wb{i}{len(inner)}", F, 9, 12.5, leftIndent=5 * mm, bulletIndent=0,
                                       spaceAfter=1), bulletText="•"))
            inner.append(P(f"Lead: {lead} &nbsp;|&nbsp; Due: {due}",
                           style(f"wl{i}{len(inner)}", F, 7.5, 10, leftIndent=5 * mm, spaceAfter=5,
                                 textColor=colors.HexColor("#666666"))))
        box = Table([["", inner]], colWidths=[3 * mm, W - 3 * mm])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), AMB[i]), ("LEFTPADDING", (1, 0), (1, 0), 8),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
        s += [KeepTogether([box]), Spacer(1, 10)]

    s += [CondPageBreak(60 * mm), P("Performance against our objectives 2024/25", h1),
          P("Status: <b>Green</b> – on track or target met; <b>Amber</b> – within 10% of target; <b>Red</b> – more "
            "than 10% from target.", style("k", F, 8.5, 12, spaceAfter=6))]
    rows = [[P(c, style("th", FB, 8, 10.5, textColor=colors.white)) for c in
             ("Objective", "Measure", "Status", "Commentary")]]
    data = [
        (1, [("1.1 Grow the Halvershire economy and create good jobs", [
            ("Number of businesses supported by the Halvershire Business Hub", "Green",
             "412 businesses supported against a target of 350."),
            ("Apprenticeship and adult skills starts", "Amber",
             "1,280 starts against a target of 1,400; employer demand in construction was lower than forecast.")]),
             ("1.2 Keep Halvershire moving with well-maintained roads and transport", [
                 ("% of A and B roads where maintenance should be considered", "Green",
                  "4.1% against a target of 5%; the best result since 2016/17."),
                 ("Potholes repaired within 28 days", "Red",
                  "71% against a target of 90%. A wet winter led to a 38% rise in reported defects; additional "
                  "crews were deployed from January 2025 and performance in March was 86%.")])]),
        (2, [("2.1 Help people live independently for longer", [
            ("Permanent admissions to residential or nursing care, people aged 65+ (per 100,000)", "Amber",
             "612 against a target of 580."),
            ("People waiting for a Care Act assessment", "Red",
             "534 people waiting at 31 March 2025 against a target of 300. An improvement plan was agreed by "
             "Cabinet in February 2025, with agency assessors funded until the backlog is cleared.")]),
             ("2.2 Keep adults at risk safe", [
                 ("Safeguarding enquiries where the person’s desired outcomes were met", "Green",
                  "94% against a target of 90%.")])]),
        (3, [("3.1 Give every child a good education", [
            ("Pupils attending a good or outstanding school", "Green", "89%, above the England average of 88%."),
            ("EHC plans issued within 20 weeks", "Red",
             "38% against a target of 60%. Requests for assessment rose by 22% in 2024/25; twelve additional "
             "educational psychologists have been recruited.")]),
             ("3.2 Keep children safe and supported", [
                 ("Children in care placed with in-house foster carers", "Amber", "41% against a target of 45%."),
                 ("Re-referrals to children’s social care within 12 months", "Green",
                  "17.8% against a target of 20%.")])]),
        (4, [("4.1 Reach net zero as an organisation by 2030", [
            ("Council carbon emissions (tCO2e)", "Green", "11,940 tCO2e, a 9% reduction on 2023/24.")]),
             ("4.2 Restore nature and reduce waste", [
                 ("Household waste reused, recycled or composted", "Amber", "47.2% against a target of 50%."),
                 ("Hectares of land in new nature recovery schemes", "Green",
                  "312 hectares against a target of 250.")])])]
    ts = [("BACKGROUND", (0, 0), (-1, 0), NAVY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#8899aa")),
          ("LINEAFTER", (0, 0), (-2, -1), 0.3, colors.HexColor("#8899aa")),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for a, objs in data:
        r = len(rows)
        rows.append([P(f"Ambition {a}: {ambitions[a - 1][0]}", style(f"band{a}", FB, 8.5, 11,
                                                                       textColor=colors.white)), "", "", ""])
        ts += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), AMB[a - 1]),
               ("LINEABOVE", (0, r), (-1, r), 0.5, colors.HexColor("#8899aa"))]
        for obj, measures in objs:
            ts.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.5, colors.HexColor("#8899aa")))
            for k, (m, st, com) in enumerate(measures):
                if k:
                    ts.append(("LINEABOVE", (1, len(rows)), (-1, len(rows)), 0.3, colors.HexColor("#c0c8d0")))
                ts.append(("BACKGROUND", (2, len(rows)), (2, len(rows)), RAG[st]))
                rows.append([P(obj if k == 0 else "", cellb), P(m, cell),
                             P(st, style("st", FB, 8, 10.5, textColor=colors.white, alignment=1)), P(com, cell)])
    t = Table(rows, colWidths=[44 * mm, 48 * mm, 16 * mm, 66 * mm], repeatRows=1)
    t.setStyle(TableStyle(ts))
    s.append(t)

    def draw(c, page, total):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if page > 1:
            c.drawString(18 * mm, 287 * mm, "Corporate Plan 2024–2028 · Annual Progress Report 2024/25")
            c.setStrokeColor(NAVY)
            c.line(18 * mm, 285 * mm, 192 * mm, 285 * mm)
        c.drawString(18 * mm, 10 * mm, "Halvershire County Council")
        c.drawRightString(192 * mm, 10 * mm, f"Page {page} of {total}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=17 * mm, bottomMargin=17 * mm,
                            title="Corporate Plan 2024-2028 Annual Progress Report 2024/25")
    doc.build(s, canvasmaker=numbered_canvas(draw))


if __name__ == "__main__":
    build()
