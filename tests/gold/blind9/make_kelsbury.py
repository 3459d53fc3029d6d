"""Safeguarding Adults Board strategic plan: one-column intro page, then two-column pages with 'Strategic aim N'
headings, 'Our commitments' bullets, 'How we will know' bullets and a 'Lead:' line; Care Act principles list that
is not a priority list; first-year focus list in prose."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate,
                                PageBreak, Table, TableStyle, KeepTogether)

from lib import register_fonts, pdf_path

STEM = "blind9-uk-kelsbury-sab-strategic-plan-2024-04"
register_fonts()
F, FB = "DejaVuSans", "DejaVuSans-Bold"
GREEN = colors.HexColor("#2E6B30")
body = ParagraphStyle("b", fontName=F, fontSize=9.2, leading=12.6, spaceAfter=6)
bul = ParagraphStyle("bl", parent=body, leftIndent=5 * mm, firstLineIndent=-3.5 * mm, spaceAfter=2.5)
h1 = ParagraphStyle("h1", fontName=FB, fontSize=15, leading=19, textColor=GREEN, spaceAfter=6)
aim = ParagraphStyle("aim", fontName=FB, fontSize=11.5, leading=14.5, textColor=colors.white, backColor=GREEN,
                     borderPadding=(3, 3, 3, 3), spaceBefore=6, spaceAfter=8)
h3 = ParagraphStyle("h3", fontName=FB, fontSize=9.6, leading=12.5, textColor=GREEN, spaceBefore=3, spaceAfter=3)
W, H = A4


def deco(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(FB, 9)
    c.drawString(15 * mm, H - 8 * mm, "KELSBURY SAFEGUARDING ADULTS BOARD")
    c.setFont(F, 8)
    c.drawRightString(W - 15 * mm, H - 8 * mm, "Strategic Plan 2024\u20132027")
    c.setFillColor(colors.black)
    c.drawCentredString(W / 2, 9 * mm, str(doc.page))
    c.restoreState()


doc = BaseDocTemplate(pdf_path(STEM), pagesize=A4, title="Kelsbury SAB Strategic Plan 2024-2027")
one = Frame(18 * mm, 16 * mm, W - 36 * mm, H - 36 * mm, id="one")
gap, colw = 8 * mm, (W - 36 * mm - 8 * mm) / 2
two = [Frame(18 * mm, 16 * mm, colw, H - 36 * mm, id="c1"),
       Frame(18 * mm + colw + gap, 16 * mm, colw, H - 36 * mm, id="c2")]
doc.addPageTemplates([PageTemplate("one", [one], onPage=deco), PageTemplate("two", two, onPage=deco)])


def p(t, st=body):
    return Paragraph(t, st)


def bullets(items):
    return [p(f"&bull;&nbsp; {x}", bul) for x in items]


story = [
    p("Strategic Plan 2024\u20132027", ParagraphStyle("t", fontName=FB, fontSize=24, leading=30, textColor=GREEN)),
    p("Working together so that adults in Kelsbury can live safely, free from abuse and neglect",
      ParagraphStyle("st", fontName=F, fontSize=12, leading=16, spaceAfter=12)),
    p("Foreword", h1),
    p("Welcome to the Kelsbury Safeguarding Adults Board (KSAB) Strategic Plan for 2024\u20132027. This plan was "
      "agreed by the Board on 21 March 2024 and takes effect from 1 April 2024. It was shaped by two Safeguarding "
      "Adults Reviews published in 2023 and by what people with lived experience told us at our engagement "
      "events in January and February 2024."),
    p("Rosalind Achebe-Marsh, Independent Chair", ParagraphStyle("sig", parent=body, fontName=FB)),
    p("About the Board", h1),
    p("The Care Act 2014 requires every local authority to establish a Safeguarding Adults Board. The three "
      "statutory partners of the Board are Kelsbury City Council, NHS Kelsbury and Wyre Integrated Care Board "
      "(ICB) and Wyre Valley Police. The Board also includes Kelsbury Hospitals NHS Foundation Trust, Kelsbury "
      "Community Health Services, Wyre and Kelsbury Fire and Rescue Service, Healthwatch Kelsbury, Kelsbury "
      "Homes and the Kelsbury Council for Voluntary Service (KCVS). The Care Quality Commission (CQC) attends as "
      "an observer."),
    p("All partners sign up to the six safeguarding principles set out in the statutory guidance:"),
] + bullets(["Empowerment", "Prevention", "Proportionality", "Protection", "Partnership", "Accountability"]) + [
    p("Our four strategic aims for 2024\u20132027 are set out over the following pages. Each aim is led by one of "
      "the Board\u2019s subgroups, which reports to the Board every quarter."),
    NextPageTemplate("two"), PageBreak(),
]


def strategic_aim(n, title, intro, commitments, measures, lead):
    return [p(f"Strategic aim {n}: {title}", aim), p(intro), p("Our commitments", h3),
            p("Over the next three years we will:")] + bullets(commitments) + [
        p("How we will know we have made a difference", h3)] + bullets(measures) + [
        p(f"<b>Lead:</b> {lead}"), Spacer(1, 6)]


story += strategic_aim(1, "Prevention and early intervention",
    "We want to stop abuse and neglect happening in the first place and to act early when concerns arise.", [
        "develop a multi-agency self-neglect and hoarding protocol by September 2024",
        "run an annual campaign on financial abuse and scams with Wyre Valley Police and trading standards",
        "publish a transitions protocol for young people moving from children\u2019s to adult services"], [
        "fewer repeat safeguarding concerns about the same person",
        "more concerns raised by members of the public"], "Prevention Subgroup")
story += strategic_aim(2, "Making Safeguarding Personal",
    "People should be at the centre of their safeguarding enquiry and decide the outcomes they want.", [
        "ask every adult (or their advocate) what outcomes they want at the start of an enquiry",
        "increase the use of independent advocacy, working with Kelsbury Advocacy Hub",
        "report Making Safeguarding Personal outcomes to the Board twice a year"], [
        "at least 85% of adults say their desired outcomes were fully or partly achieved"],
    "Quality and Performance Subgroup")
story += strategic_aim(3, "Learning from Safeguarding Adults Reviews",
    "When an adult dies or is seriously harmed and agencies could have worked together better, we will learn "
    "lessons and make sure they lead to change.", [
        "complete the Safeguarding Adults Review into the death of \u2018Adult M\u2019 and publish it by March 2025",
        "hold a learning event after every published review",
        "check that actions from reviews are completed within agreed timescales"], [
        "audits show learning from reviews is reflected in practice"], "Safeguarding Adults Review Subgroup")
story += strategic_aim(4, "Assurance and partnership effectiveness",
    "The Board must be confident that partners\u2019 safeguarding arrangements work well.", [
        "carry out a partner self-assessment audit every year, the first by December 2024",
        "publish our Annual Report each September",
        "review this plan each year and refresh it in spring 2025 and spring 2026"], [
        "all statutory partners complete the self-assessment"], "Board Business Group")
story += [
    p("Our focus in 2024/25", ParagraphStyle("h", parent=h1, fontSize=12.5, leading=16)),
    p("In the first year of this plan the Board will give particular attention to three areas where local "
      "reviews and data show the greatest risk: self-neglect and hoarding; transitions from children\u2019s to "
      "adult services; and financial abuse and scams."),
    p("Contact: KSAB Business Unit, Kelsbury City Council, Guildhall Square, Kelsbury. Published April 2024.",
      ParagraphStyle("f", parent=body, fontSize=8, textColor=colors.grey)),
]
doc.build(story)
print("made", STEM)
