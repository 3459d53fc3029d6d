"""Irish regional drug and alcohol task force strategic plan: cover, foreword, Roman-numbered guiding
principles, four strategic goals in boxes, a ruled outcome framework table (Goal/Outcome/Indicator/
Baseline/Target), and Year 1 delivery actions with '(Lead: ...; by Q4 2025)' tails; alternating
left/right page numbers."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from lib import PDF, fonts, style

STEM = "blind11-ie-slieve-bawn-rdatf-strategic-plan-2025-2027"
GREEN = colors.HexColor("#006a4e")
SAND = colors.HexColor("#f3efe3")

GOALS = [
    "Promote and protect health and wellbeing, and prevent drug and alcohol use among young people",
    "Minimise the harms caused by drug and alcohol use and promote rehabilitation and recovery",
    "Address the harms of local drug markets and reduce access to drugs for harmful use",
    "Support the participation of individuals, families and communities",
]
ACTIONS = [
    ("1.1", "Deliver an evidence-based drugs and alcohol education programme in every post-primary school in County Roscarra",
     "Roscarra Education and Training Board", "Q2 2026"),
    ("1.2", "Fund two youth diversion workers for the Kilbrack and Ardcarrig areas", "Kilbrack Youth Services", "Q4 2025"),
    ("2.1", "Extend naloxone training to staff in all homeless services in the region", "HSE Addiction Services", "Q1 2026"),
    ("2.2", "Open a peer-led recovery café in Ardcarrig", "Task Force Coordinator", "Q3 2026"),
    ("2.3", "Agree a single referral pathway for young people under 18 with Tusla", "HSE Addiction Services", "Q4 2025"),
    ("3.1", "Appoint a drug-related intimidation liaison inspector in each Garda division in the region",
     "An Garda Síochána", "Q4 2025"),
    ("4.1", "Establish quarterly family support meetings in each county", "Slieve Bawn Family Support Network", "Q2 2026"),
    ("4.2", "Publish an annual progress report each September", "Task Force Coordinator", "September 2026"),
]


def build():
    fonts()
    F, FB = "DejaVuSerif", "DejaVuSerif-Bold"
    body = style("b", F, 10, 14.5, spaceAfter=7)
    h1 = style("h1", FB, 15, 19, textColor=GREEN, spaceAfter=8)
    h2 = style("h2", FB, 11.5, 15, textColor=GREEN, spaceBefore=6, spaceAfter=4)
    roman = style("r", F, 10, 14, leftIndent=12 * mm, firstLineIndent=-12 * mm, spaceAfter=4)
    cell = style("c", F, 8.5, 11)
    cellb = style("cb", FB, 8.5, 11, textColor=colors.white)
    act = style("a", F, 10, 14, leftIndent=12 * mm, firstLineIndent=-12 * mm, spaceAfter=5)
    pw, ph = A4

    def cover(c, d):
        c.saveState()
        c.setFillColor(SAND)
        c.rect(0, 0, pw, ph, stroke=0, fill=1)
        c.setFillColor(GREEN)
        c.rect(0, ph * 0.45, pw, 95 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(F, 13)
        c.drawString(22 * mm, ph * 0.45 + 78 * mm, "Slieve Bawn Regional Drug and Alcohol Task Force")
        c.setFont(FB, 30)
        c.drawString(22 * mm, ph * 0.45 + 50 * mm, "Strategic Plan")
        c.drawString(22 * mm, ph * 0.45 + 36 * mm, "2025–2027")
        c.setFont(F, 12)
        c.drawString(22 * mm, ph * 0.45 + 16 * mm, "Working together for healthier, safer communities")
        c.setFillColor(GREEN)
        c.setFont(F, 10)
        c.drawString(22 * mm, 30 * mm, "Serving Counties Roscarra and Kilbrack  |  Published June 2025")
        c.restoreState()

    def inner(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(GREEN)
        label = "Slieve Bawn RDATF  •  Strategic Plan 2025–2027"
        if d.page % 2 == 0:
            c.drawString(20 * mm, 10 * mm, f"{d.page}   |   {label}")
        else:
            c.drawRightString(pw - 20 * mm, 10 * mm, f"{label}   |   {d.page}")
        c.restoreState()

    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, title="Strategic Plan 2025-2027")
    doc.addPageTemplates([PageTemplate("cover", [Frame(20 * mm, 20 * mm, 50 * mm, 10 * mm)], onPage=cover),
                          PageTemplate("inner", [Frame(22 * mm, 18 * mm, pw - 44 * mm, ph - 36 * mm)], onPage=inner)])
    s = [NextPageTemplate("inner"), PageBreak()]
    s.append(Paragraph("Foreword from the Chairperson", h1))
    s.append(Paragraph("I am pleased to present the Strategic Plan of the Slieve Bawn Regional Drug and Alcohol Task "
                       "Force for 2025 to 2027. The plan was adopted by the Task Force at its meeting on 14 May 2025 "
                       "following consultation with more than 300 service users, family members and front-line "
                       "workers.", body))
    s.append(Paragraph("The plan follows the national drugs strategy, <i>Reducing Harm, Supporting Recovery "
                       "2017–2025</i>, published by the Department of Health, and the priorities of our member "
                       "agencies: the Health Service Executive (HSE), An Garda Síochána, Tusla – Child and Family "
                       "Agency, Roscarra County Council, Kilbrack County Council and the community and voluntary sector.", body))
    s.append(Paragraph("Siobhán Ní Dhónaill, Chairperson", style("sig", FB, 10, 14, spaceAfter=10)))
    s.append(Paragraph("Our Guiding Principles", h2))
    s.append(Paragraph("All of the Task Force’s work will be guided by six principles:", body))
    for r, x in (("I.", "Person-centred – services are built around the needs of the individual and their family."),
                 ("II.", "Recovery-oriented – we believe that recovery is possible for everyone."),
                 ("III.", "Evidence-informed – we fund what works and evaluate what we fund."),
                 ("IV.", "Inclusive and equitable – we reach groups who face the greatest barriers, including "
                         "Travellers and people who are homeless."),
                 ("V.", "Partnership – no single agency can respond to drug and alcohol harm alone."),
                 ("VI.", "Accountable – we report openly on our spending and our progress.")):
        s.append(Paragraph(f"<b>{r}</b>&nbsp;&nbsp;{x}", roman))
    s.append(PageBreak())
    s.append(Paragraph("Our Strategic Goals", h1))
    s.append(Paragraph("The plan has four strategic goals, each aligned to a goal of the national strategy.", body))
    for i, g in enumerate(GOALS, 1):
        t = Table([[Paragraph(f"GOAL {i}", style(f"gn{i}", FB, 11, 14, textColor=colors.white)),
                    Paragraph(g, style(f"gt{i}", FB, 10.5, 14))]], colWidths=[24 * mm, pw - 44 * mm - 24 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), GREEN), ("BACKGROUND", (1, 0), (1, 0), SAND),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 7),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        s += [t, Spacer(1, 5)]
    s.append(Paragraph("Outcome Framework", h2))
    s.append(Paragraph("The table below sets out the outcome we want to achieve under each goal and how we will "
                       "measure it. Baselines are for 2024; targets are for the end of 2027.", body))
    rows = [["Goal", "Outcome", "Indicator", "Baseline 2024", "Target 2027"],
            ["1", "Fewer young people start using drugs and alcohol", "% of 15–16 year olds reporting alcohol use in the last month",
             "34%", "28%"],
            ["2", "More people complete treatment and stay in recovery", "% of treatment episodes completed as planned",
             "52%", "60%"],
            ["3", "Communities feel safer from drug-related intimidation", "Number of intimidation reports acted on",
             "41", "75"],
            ["4", "Families affected by drug use get support early", "Number of family members supported each year",
             "180", "300"]]
    t = Table([[Paragraph(c, cellb if r == 0 else cell) for c in row] for r, row in enumerate(rows)],
              colWidths=[12 * mm, 52 * mm, 56 * mm, 23 * mm, 23 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GREEN), ("BACKGROUND", (0, 0), (-1, 0), GREEN),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(PageBreak())
    s.append(Paragraph("Year 1 Delivery Actions (July 2025 – June 2026)", h1))
    s.append(Paragraph("The actions below will be delivered in the first year of the plan. A detailed Year 2 "
                       "action plan will be agreed by the Task Force by June 2026.", body))
    for ref, text, lead, by in ACTIONS:
        s.append(Paragraph(f"<b>{ref}</b>&nbsp;&nbsp;&nbsp;{text} (Lead: {lead}; by {by})", act))
    s.append(Paragraph("Governance", h2))
    s.append(Paragraph("The Task Force Coordinator will report progress to each meeting of the Task Force, and a "
                       "mid-term review of the plan will be completed by March 2026. Funding is provided through the "
                       "HSE and the Department of Health.", body))
    doc.build(s)


if __name__ == "__main__":
    build()
