"""Welsh Public Services Board well-being plan: contents page, well-being objectives with numbered steps in ruled
tables (lead partner and timescale columns), cross-cutting themes in prose, five ways of working (not priorities)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

from lib import register_fonts, pdf_path

STEM = "blind9-uk-cwm-talog-psb-wellbeing-plan-2023-05"
register_fonts()
F, FB, FI = "LibSerif", "LibSerif-Bold", "LibSerif-Italic"
TEAL = colors.HexColor("#00616E")
body = ParagraphStyle("b", fontName=F, fontSize=11, leading=15, spaceAfter=8)
small = ParagraphStyle("sm", parent=body, fontSize=9.5, leading=12, spaceAfter=2)
smallb = ParagraphStyle("smb", parent=small, fontName=FB, textColor=colors.white)
h1 = ParagraphStyle("h1", fontName=FB, fontSize=17, leading=21, textColor=TEAL, spaceBefore=4, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName=FB, fontSize=13, leading=16, textColor=TEAL, spaceBefore=8, spaceAfter=6)
bul = ParagraphStyle("bl", parent=body, leftIndent=7 * mm, firstLineIndent=-4 * mm, spaceAfter=3)


def on_page(c, doc):
    if doc.page == 1:
        return
    c.saveState()
    c.setFont(FI, 9)
    c.setFillColor(TEAL)
    c.drawString(20 * mm, 285 * mm, "Cwm Talog Well-being Plan 2023\u20132028")
    c.drawRightString(190 * mm, 12 * mm, f"Page {doc.page}")
    c.restoreState()


def p(t, st=body):
    return Paragraph(t, st)


def steps_table(rows):
    data = [[p("Step", smallb), p("What we will do", smallb), p("Lead partner(s)", smallb), p("By when", smallb)]]
    data += [[p(a, small), p(b, small), p(c, small), p(d, small)] for a, b, c, d in rows]
    t = Table(data, colWidths=[13 * mm, 97 * mm, 40 * mm, 20 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, TEAL), ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


story = [
    Spacer(1, 50 * mm),
    p("Cwm Talog Public Services Board", ParagraphStyle("c1", fontName=FB, fontSize=20, leading=26, textColor=TEAL)),
    p("Bwrdd Gwasanaethau Cyhoeddus Cwm Talog", ParagraphStyle("c2", fontName=FI, fontSize=14, leading=18)),
    Spacer(1, 20 * mm),
    p("Well-being Plan 2023\u20132028", ParagraphStyle("c3", fontName=FB, fontSize=30, leading=36)),
    p("\u201cThe Cwm Talog We Want\u201d", ParagraphStyle("c4", fontName=FI, fontSize=16, leading=22)),
    Spacer(1, 60 * mm),
    p("Published May 2023", ParagraphStyle("c5", fontName=F, fontSize=12)),
    PageBreak(),
    p("Contents", h1),
    Table([[p(a), p(b)] for a, b in [
        ("1.&nbsp; Foreword from the Chair", "2"), ("2.&nbsp; About the Public Services Board", "2"),
        ("3.&nbsp; Our well-being objectives", "3"), ("4.&nbsp; Giving every child the best start in life", "3"),
        ("5.&nbsp; Safe, connected and resilient communities", "3"),
        ("6.&nbsp; Our natural environment, climate and nature", "3"),
        ("7.&nbsp; How we will deliver and report progress", "4")]],
        colWidths=[140 * mm, 20 * mm], style=[("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]),
    Spacer(1, 10),
    p("This document is also available in Welsh. Mae\u2019r ddogfen hon hefyd ar gael yn Gymraeg.", small),
    Spacer(1, 10),
    p("1. Foreword from the Chair", h1),
    p("I am pleased to introduce the second Well-being Plan of the Cwm Talog Public Services Board (PSB). It "
      "builds on our Well-being Assessment, published in May 2022, and on what more than 2,300 residents told us "
      "during our \u2018Cwm Talog Conversation\u2019 between July and October 2022."),
    p("Cllr Elen Rhys-Morgan<br/>Leader, Cwm Talog County Borough Council, and Chair of Cwm Talog Public "
      "Services Board", ParagraphStyle("sig", parent=body, fontName=FI)),
    p("2. About the Public Services Board", h1),
    p("The Well-being of Future Generations (Wales) Act 2015 requires every local authority area in Wales to have "
      "a Public Services Board. The statutory members of our PSB are Cwm Talog County Borough Council, Bro Talog "
      "University Health Board, Talog Valleys Fire and Rescue Service and Natural Resources Wales (NRW)."),
    p("They are joined by invited partners: the Welsh Government, Talog Police, the Office of the Police and Crime "
      "Commissioner for Talog, the Probation Service, Coleg Talog, and the Cwm Talog Association of Voluntary "
      "Organisations (CTAVO), which represents more than 400 local charities and community groups. We work "
      "closely with the Future Generations Commissioner for Wales, who advised on the draft of this plan in "
      "January 2023."),
    p("In line with the Act, we have applied the five ways of working in preparing this plan:"),
] + [p(f"&bull;&nbsp; {x}", bul) for x in [
    "Long-term \u2013 balancing short-term needs with the needs of future generations",
    "Prevention \u2013 acting to stop problems occurring or getting worse",
    "Integration \u2013 considering how our objectives affect each other and those of other bodies",
    "Collaboration \u2013 working with others to meet our objectives",
    "Involvement \u2013 involving people with an interest and reflecting the diversity of Cwm Talog"]] + [
    PageBreak(),
    p("3. Our well-being objectives", h1),
    p("Having considered the evidence, the PSB agreed on 14 March 2023 that, for the five years from 2023 to 2028, "
      "it will focus on three well-being objectives. Our well-being objectives are:"),
    p("<b>Objective 1:</b> Giving every child the best start in life", bul),
    p("<b>Objective 2:</b> Building safe, connected and resilient communities", bul),
    p("<b>Objective 3:</b> Protecting and enhancing our natural environment and responding to the climate and "
      "nature emergencies", bul),
    p("Three cross-cutting themes run through all our objectives: the Welsh language, tackling poverty and the "
      "cost of living, and reducing inequalities between our communities. Each objective contributes to all "
      "seven national well-being goals."),
    p("Under each objective we set out the steps we will take. Each step has one or more lead partners, who will "
      "report progress to the PSB."),
    p("4. Objective 1: Giving every child the best start in life", h2),
    p("One in three children in Cwm Talog lives in poverty. Speech and language delay at age two has risen since "
      "2019."),
    steps_table([
        ("1.1", "Expand the Flying Start early years offer to every eligible family in the Upper Talog valley.",
         "Cwm Talog County Borough Council", "March 2025"),
        ("1.2", "Introduce a single \u2018First 1,000 Days\u2019 pathway for health visiting, midwifery and "
                "family support.", "Bro Talog University Health Board", "2024/25"),
        ("1.3", "Work with Coleg Talog to create 60 early years apprenticeships, including Welsh-medium places.",
         "Coleg Talog; CTAVO", "2026"),
    ]),
    p("5. Objective 2: Building safe, connected and resilient communities", h2),
    p("This objective also provides the strategic direction for the Safer Cwm Talog Partnership, our community "
      "safety partnership."),
    steps_table([
        ("2.1", "Develop a shared early intervention approach to anti-social behaviour, using the community "
                "trigger and restorative approaches.", "Talog Police; Cwm Talog County Borough Council", "December 2024"),
        ("2.2", "Deliver a \u2018Safe and Well\u2019 home visit to every household over 75 living alone.",
         "Talog Valleys Fire and Rescue Service", "2025/26"),
        ("2.3", "Grow the number of community hubs offering warm spaces, advice and digital support from 12 to 20.",
         "CTAVO", "March 2026"),
        ("2.4", "Prepare a joint Violence Against Women, Domestic Abuse and Sexual Violence (VAWDASV) "
                "commissioning plan with the Office of the Police and Crime Commissioner for Talog.",
         "Safer Cwm Talog Partnership", "September 2024"),
    ]),
    p("6. Objective 3: Protecting and enhancing our natural environment and responding to the climate and "
      "nature emergencies", h2),
    steps_table([
        ("3.1", "Produce a Cwm Talog Nature Recovery Action Plan covering all public land.",
         "Natural Resources Wales; Cwm Talog County Borough Council", "2024"),
        ("3.2", "Reduce the carbon emissions of PSB member organisations\u2019 fleets and buildings by 30%.",
         "All statutory members", "2028"),
        ("3.3", "Complete flood risk management schemes for Pontglas and Abertalog.",
         "Natural Resources Wales", "March 2027"),
    ]),
    Spacer(1, 8),
    p("7. How we will deliver and report progress", h1),
    p("Three delivery groups will oversee the steps: the Best Start Board (Objective 1), the Safer Cwm Talog "
      "Partnership (Objective 2) and the Nature and Climate Partnership (Objective 3). The PSB Scrutiny Committee "
      "of Cwm Talog County Borough Council will scrutinise the PSB\u2019s work at least once a year."),
    p("We will publish an annual report each July, the first in July 2024. We will review this plan after the "
      "next Well-being Assessment, which is due in May 2027, and publish our next Well-being Plan no later than "
      "May 2028."),
]

doc = SimpleDocTemplate(pdf_path(STEM), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=20 * mm, bottomMargin=20 * mm, title="Cwm Talog Well-being Plan 2023-2028")
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
print("made", STEM)
