"""Youth justice plan: numbered paragraphs, governance table, performance table, numbered priorities followed by a
ruled service development plan table (Priority | Actions | Lead | By) with merged priority cells that spans pages."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from lib import register_fonts, pdf_path

STEM = "blind9-uk-kestley-yjs-youth-justice-plan-2024-06"
register_fonts()
F, FB = "LibNarrow", "LibNarrow-Bold"
PURPLE = colors.HexColor("#5B2C6F")
body = ParagraphStyle("b", fontName=F, fontSize=11, leading=14.5, spaceAfter=7)
num = ParagraphStyle("n", parent=body, leftIndent=11 * mm, firstLineIndent=-11 * mm)
h1 = ParagraphStyle("h1", fontName=FB, fontSize=15, leading=19, textColor=PURPLE, spaceBefore=8, spaceAfter=6)
cell = ParagraphStyle("c", fontName=F, fontSize=9.5, leading=12)
cellb = ParagraphStyle("cb", parent=cell, fontName=FB)
cellw = ParagraphStyle("cw", parent=cellb, textColor=colors.white)
item = ParagraphStyle("it", parent=body, leftIndent=16 * mm, firstLineIndent=-5 * mm, spaceAfter=3)


def on_page(c, doc):
    c.saveState()
    c.setFont(F, 8.5)
    c.setFillColor(PURPLE)
    c.rect(0, 0, 210 * mm, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.drawString(18 * mm, 3.2 * mm, "Kestley Youth Justice Service  |  Youth Justice Plan 2024\u201325")
    c.drawRightString(192 * mm, 3.2 * mm, f"page {doc.page}")
    c.restoreState()


def p(t, st=body):
    return Paragraph(t, st)


def n(no, t):
    return Paragraph(f"{no}&nbsp;&nbsp;&nbsp;{t}", num)


def ruled(data, widths, head=True):
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7D6B86")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), PURPLE))
    t.setStyle(TableStyle(st))
    return t


story = [
    p("KESTLEY YOUTH JUSTICE SERVICE", ParagraphStyle("k", fontName=FB, fontSize=12, textColor=PURPLE)),
    p("Youth Justice Plan 2024\u201325", ParagraphStyle("t", fontName=FB, fontSize=24, leading=30, spaceAfter=4)),
    p("Approved by the Kestley Youth Justice Management Board on 18 June 2024", ParagraphStyle(
        "s", parent=body, fontName=F, fontSize=10, textColor=colors.grey)),
    Spacer(1, 6),
    p("1. Introduction", h1),
    n("1.1", "This plan sets out how Kestley Youth Justice Service (YJS) and its partners will prevent offending "
             "and reoffending by children in Kestley during 2024\u201325. It has been prepared in line with "
             "guidance from the Youth Justice Board for England and Wales (YJB) and will be submitted to the YJB "
             "by 30 June 2024."),
    n("1.2", "Our practice is Child First: we see children as children, build on their strengths and work to "
             "divert them from the formal justice system wherever it is safe to do so. The service was inspected "
             "by HM Inspectorate of Probation in November 2023 and rated \u2018Good\u2019."),
    n("1.3", "Deborah Inchcape, Director of Children\u2019s Services, Kestley Borough Council, and Chair of the "
             "Management Board, said: \u201cThis plan is ambitious for every child we work with.\u201d"),
    p("2. Governance and partnership arrangements", h1),
    n("2.1", "The YJS sits within Kestley Borough Council\u2019s Children\u2019s Services directorate. It is "
             "overseen by the Youth Justice Management Board, which meets quarterly. The Board\u2019s members "
             "are:"),
    ruled([[p("Partner organisation", cellw), p("Representative", cellw)]] + [[p(a, cell), p(b, cell)] for a, b in [
        ("Kestley Borough Council", "Director of Children\u2019s Services (Chair); Head of Education Inclusion"),
        ("North Vale Police", "Superintendent, Kestley Local Policing Area"),
        ("The Probation Service", "Head of Kestley Probation Delivery Unit"),
        ("NHS North Vale Integrated Care Board", "Designated Nurse for Safeguarding Children"),
        ("Office of the Police and Crime Commissioner for North Vale", "Head of Commissioning"),
        ("Kestley Youth Partnership CIC", "Chief Executive (voluntary sector representative)"),
        ("HM Courts and Tribunals Service", "Legal Team Manager, Kestley Magistrates\u2019 Court (advisory)")]],
        [85 * mm, 89 * mm]),
    Spacer(1, 6),
    n("2.2", "The Board links to the Kestley Safeguarding Children Partnership and the Safer Kestley Partnership, "
             "which leads the local response to the Serious Violence Duty."),
    p("3. Performance in 2023\u201324", h1),
    n("3.1", "The table below shows the national key performance indicators. Rates for England are taken from "
             "the Youth Justice Statistics published in January 2024."),
    ruled([[p(x, cellw) for x in ("Indicator", "Kestley 2022\u201323", "Kestley 2023\u201324", "England", "Trend")]] +
          [[p(a, cell), p(b, cell), p(c, cell), p(d, cell), p(e, cell)] for a, b, c, d, e in [
              ("First-time entrants (rate per 100,000 10\u201317 year olds)", "187", "152", "153", "Improving"),
              ("Reoffending (binary rate, %)", "34.1", "36.8", "32.2", "Worsening"),
              ("Use of custody (rate per 1,000)", "0.11", "0.05", "0.10", "Improving"),
              ("Education, training or employment at end of order (%)", "61", "58", "70", "Worsening"),
              ("Suitable accommodation at end of order (%)", "93", "95", "91", "Stable")]],
          [64 * mm, 27 * mm, 27 * mm, 27 * mm, 29 * mm]),
    Spacer(1, 6),
    n("3.2", "Black and mixed heritage children make up 9% of Kestley\u2019s 10\u201317 population but 21% of "
             "children on court orders."),
    p("4. Our priorities for 2024\u201325", h1),
    n("4.1", "Our priorities for 2024\u201325 are:"),
    p("1.&nbsp; Reduce first-time entrants through prevention and diversion", item),
    p("2.&nbsp; Reduce serious youth violence and child criminal exploitation", item),
    p("3.&nbsp; Improve education, training and employment (ETE) outcomes", item),
    p("4.&nbsp; Address the over-representation of Black and mixed heritage children", item),
    p("5.&nbsp; Strengthen the voice of children and families in our work", item),
    n("4.2", "In 2023\u201324 our priorities also included \u2018Reducing the use of remand\u2019. The Board "
             "agreed in March 2024 to retire this priority because custody and remand numbers are now "
             "consistently low. \u2018Strengthen the voice of children and families in our work\u2019 is a new "
             "priority for 2024\u201325, following the recommendation of the inspection."),
    p("5. Service development plan 2024\u201325", h1),
]

plan = [
    ("1", "Prevention and diversion", [
        ("Extend the Turnaround early intervention programme to all children released under investigation.",
         "YJS Operations Manager", "Sept 2024"),
        ("Agree a joint out-of-court disposal decision-making protocol with North Vale Police.",
         "Head of YJS; North Vale Police", "Oct 2024")]),
    ("2", "Serious youth violence and exploitation", [
        ("Embed the contextual safeguarding panel with the Safer Kestley Partnership.", "Head of YJS", "Dec 2024"),
        ("Train all YJS case managers in trauma-informed practice.", "YJS Practice Lead", "Mar 2025")]),
    ("3", "ETE outcomes", [
        ("Appoint a dedicated ETE officer funded jointly with Kestley Borough Council Education Inclusion.",
         "Head of Education Inclusion", "Sept 2024"),
        ("Ensure every child of school age open to the YJS has an education plan within 10 days.",
         "YJS Operations Manager", "Ongoing")]),
    ("4", "Disproportionality", [
        ("Publish an annual disproportionality report to the Management Board.", "YJS Performance Officer",
         "Jan 2025")]),
    ("5", "Voice of children and families", [
        ("Establish a young people\u2019s advisory group with Kestley Youth Partnership CIC.",
         "Kestley Youth Partnership CIC", "Nov 2024"),
        ("Introduce feedback surveys at the end of every intervention.", "YJS Practice Lead", "July 2024")]),
]
rows = [[p(x, cellw) for x in ("Priority", "Actions", "Lead", "By")]]
spans = []
for no, short, acts in plan:
    start = len(rows)
    for i, (a, lead, by) in enumerate(acts):
        rows.append([p(f"<b>{no}. {short}</b>", cell) if i == 0 else "", p(a, cell), p(lead, cell), p(by, cell)])
    if len(acts) > 1:
        spans.append(("SPAN", (0, start), (0, start + len(acts) - 1)))
t = ruled(rows, [38 * mm, 86 * mm, 32 * mm, 18 * mm])
t.setStyle(TableStyle(spans))
story += [t, Spacer(1, 8),
          p("6. Monitoring", h1),
          n("6.1", "The Management Board will review progress against this plan at each quarterly meeting. The "
                   "next full plan will be submitted to the YJB by 30 June 2025.")]

doc = SimpleDocTemplate(pdf_path(STEM), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                        topMargin=16 * mm, bottomMargin=18 * mm)
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
print("made", STEM)
