"""Scottish local authority children's services plan 2023-2026 extract: purple banner, partners named in prose,
"Label – description" principles, "Our priorities" as a 2x2 grid of shaded boxes (heading + 2-3 outcome bullets),
action plan table Ref | Action | Lead partner | Timescale | RAG with priority band rows and coloured RAG cells,
timescales such as "March 2025", "Ongoing", "Q2 2025/26", "2024/25"; governance text with "will" commitments; measures table with baseline/target years;
boxed "Partners" list; page numbers from the full plan (extract pages 14-16) and running header."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind17-uk-kilcorrie-childrens-services-plan-2023-2026"
PURPLE = colors.HexColor("#5b2c6f")
BOXES = [colors.HexColor(c) for c in ("#ece3f1", "#e0f0ee", "#fdf0dc", "#e4ecf7")]
RAG = {"Green": colors.HexColor("#8fd19e"), "Amber": colors.HexColor("#ffd27a"), "Red": colors.HexColor("#f28b82")}

PRIORITIES = [
    ("Keeping children safe from harm",
     ["Children at risk of harm are identified early and get the right help",
      "Fewer children are re-registered on the child protection register",
      "Young people are safer online"]),
    ("Improving mental health and wellbeing",
     ["Children and young people can get support for their mental health in school and in the community",
      "Waiting times for Child and Adolescent Mental Health Services (CAMHS) meet the 18-week standard"]),
    ("Reducing child poverty and its impact",
     ["More families claim the benefits and support they are entitled to",
      "The cost of the school day is reduced",
      "Parents are supported into fair work"]),
    ("Keeping The Promise",
     ["Care-experienced children live with their brothers and sisters wherever it is safe",
      "Young people leaving care have a home and a trusted adult"]),
]

ACTIONS = [
    ("1", "Keeping children safe from harm", [
        ("1.1", "Implement the National Guidance for Child Protection in Scotland across all partner agencies",
         "Kilcorrie Child Protection Committee", "March 2025", "Green"),
        ("1.2", "Deliver Safe and Together domestic abuse training to 300 practitioners",
         "Kilcorrie Council Children and Families Social Work", "Q2 2025/26", "Amber"),
        ("1.3", "Deliver online safety sessions in every secondary school", "Police Scotland", "Ongoing", "Green")]),
    ("2", "Improving mental health and wellbeing", [
        ("2.1", "Open a Community Mental Health and Wellbeing Hub for 5–24 year olds in Kilcorrie town centre",
         "Kilcorrie Health and Social Care Partnership", "December 2024", "Red"),
        ("2.2", "Reduce the CAMHS waiting list so that 90% of young people start treatment within 18 weeks",
         "NHS Strathdene", "Q4 2024/25", "Amber"),
        ("2.3", "Train all school staff in trauma-informed practice", "Kilcorrie Council Education Services",
         "June 2025", "Green")]),
    ("3", "Reducing child poverty and its impact", [
        ("3.1", "Place income maximisation advisers in all GP practices and secondary schools",
         "Kilcorrie Council Financial Inclusion Team with Voluntary Action Kilcorrie", "Ongoing", "Green"),
        ("3.2", "Remove core curriculum charges and provide free breakfast clubs in 12 primary schools",
         "Kilcorrie Council Education Services", "August 2025", "Amber"),
        ("3.3", "Deliver a parental employability programme with Skills Development Scotland",
         "Kilcorrie Council Economic Development", "2024/25", "Green")]),
    ("4", "Keeping The Promise", [
        ("4.1", "Co-produce a Promise Implementation Plan with care-experienced young people",
         "Kilcorrie Promise Keepers Group", "March 2025", "Green"),
        ("4.2", "Recruit 20 additional foster and kinship carers so that brothers and sisters can stay together",
         "Kilcorrie Council Children and Families Social Work", "Q2 2025/26", "Amber"),
        ("4.3", "Guarantee every care leaver the offer of a tenancy with housing support",
         "Kilcorrie Council Housing Services with Strathdene Housing Association", "Ongoing", "Red")]),
]


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 10, 14, spaceAfter=6)
    h1 = style("h1", FB, 15, 19, textColor=PURPLE, spaceAfter=6, spaceBefore=4)
    h2 = style("h2", FB, 11.5, 15, textColor=PURPLE, spaceBefore=6, spaceAfter=4)
    bl = style("bl", F, 9.5, 12.5, leftIndent=4 * mm, firstLineIndent=-4 * mm, spaceAfter=2)
    cell = style("c", F, 8.5, 10.5)
    cellb = style("cb", FB, 8.5, 10.5, textColor=colors.white)

    s = []
    ban = Table([[Paragraph("Kilcorrie Children’s Services Plan 2023–2026", style("bn", FB, 17, 21, textColor=colors.white))],
                 [Paragraph("Extract: Section 3 Our Priorities and Section 5 Action Plan (action plan updated August 2024)",
                            style("bn2", F, 10, 13, textColor=colors.white))]],
                colWidths=[170 * mm])
    ban.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PURPLE), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (0, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 10)]))
    s += [ban, Spacer(1, 8)]
    s.append(Paragraph("3. Our Priorities", h1))
    s.append(Paragraph("This plan is jointly owned by Kilcorrie Council and NHS Strathdene, as required by Part 3 of the "
                       "Children and Young People (Scotland) Act 2014. It is delivered with our partners in Police Scotland, "
                       "the Kilcorrie Health and Social Care Partnership, the Scottish Children’s Reporter Administration and "
                       "Voluntary Action Kilcorrie. The plan covers the period 1 April 2023 to 31 March 2026 and was approved "
                       "by the Kilcorrie Community Planning Partnership Board on 15 March 2023.", body))
    s.append(Paragraph("More than 1,400 children and young people took part in our 2022 ‘Speak Up Kilcorrie’ survey. They "
                       "told us that feeling safe, having someone to talk to and having enough money at home matter most to "
                       "them. These views shaped the four priorities below.", body))
    s.append(Paragraph("Our shared principles", h2))
    for x in ["Children’s rights – respecting, protecting and fulfilling the rights in the UNCRC",
              "GIRFEC – the right help, at the right time, from the right people",
              "Prevention – acting early, before problems escalate"]:
        s.append(Paragraph("•&nbsp;&nbsp;" + x, bl))
    s.append(Paragraph("Our priorities", h2))
    boxes = []
    for i, (head, pts) in enumerate(PRIORITIES):
        boxes.append([Paragraph(f"{head}", style(f"bh{i}", FB, 11, 14, textColor=PURPLE, spaceAfter=5))] +
                     [Paragraph("•&nbsp;&nbsp;" + p, bl) for p in pts])
    g = Table([[boxes[0], boxes[1]], [boxes[2], boxes[3]]], colWidths=[85 * mm, 85 * mm])
    g.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), BOXES[0]), ("BACKGROUND", (1, 0), (1, 0), BOXES[1]),
                           ("BACKGROUND", (0, 1), (0, 1), BOXES[2]), ("BACKGROUND", (1, 1), (1, 1), BOXES[3]),
                           ("GRID", (0, 0), (-1, -1), 4, colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                           ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9)]))
    s += [g, PageBreak()]

    s.append(Paragraph("5. Action Plan", h1))
    s.append(Paragraph("The table shows the improvement actions agreed by partners for each priority and their RAG status "
                       "at 31 August 2024.", body))
    rows = [[Paragraph(x, cellb) for x in ("Ref", "Action", "Lead partner", "Timescale", "RAG")]]
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9b8aa6")), ("BACKGROUND", (0, 0), (-1, 0), PURPLE),
          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for n, name, acts in ACTIONS:
        rows.append([Paragraph(f"<b>Priority {n}: {name}</b>", style(f"pb{n}", FB, 9, 11.5, textColor=PURPLE)), "", "", "", ""])
        r = len(rows) - 1
        st += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), BOXES[int(n) - 1])]
        for ref, act, lead, when, rag in acts:
            rows.append([Paragraph(ref, cell), Paragraph(act, cell), Paragraph(lead, cell), Paragraph(when, cell),
                         Paragraph(rag, cell)])
            st.append(("BACKGROUND", (4, len(rows) - 1), (4, len(rows) - 1), RAG[rag]))
    t = Table(rows, colWidths=[11 * mm, 72 * mm, 50 * mm, 21 * mm, 16 * mm], repeatRows=1)
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 5)]
    s.append(Paragraph("RAG key: Green – on track; Amber – some slippage, action in hand; Red – significant risk to delivery.",
                       style("key", F, 8.5, 11, textColor=colors.HexColor("#555555"))))
    s.append(PageBreak())

    s.append(Paragraph("Governance and reporting", h2))
    s.append(Paragraph("The Kilcorrie Children and Young People’s Strategic Group (CYPSG) will monitor the action plan "
                       "quarterly and report progress to the Kilcorrie Community Planning Partnership Board.", body))
    s.append(Paragraph("Kilcorrie Council and NHS Strathdene will publish the next annual report on the plan by "
                       "30 September 2025, as required by the Act.", body))
    s.append(Paragraph("The CYPSG will lead the development of the next Children’s Services Plan, for 2026–2029, during "
                       "2025/26, with children, young people and families.", body))
    s.append(Paragraph("How we will measure progress", h2))
    mrows = [["Measure", "Baseline (2022/23)", "Target (2025/26)"],
             ["Children re-registered on the child protection register within 18 months", "14%", "8%"],
             ["CAMHS patients starting treatment within 18 weeks of referral", "61%", "90%"],
             ["Children living in relative poverty (after housing costs)", "24%", "18%"],
             ["Care leavers in a positive destination (education, training or work)", "58%", "75%"]]
    mt = Table([[Paragraph(x, cellb if i == 0 else cell) for x in r] for i, r in enumerate(mrows)],
               colWidths=[110 * mm, 30 * mm, 30 * mm])
    mt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9b8aa6")),
                            ("BACKGROUND", (0, 0), (-1, 0), PURPLE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [mt, Spacer(1, 10)]
    partners = ["Kilcorrie Council", "NHS Strathdene", "Kilcorrie Health and Social Care Partnership", "Police Scotland",
                "Scottish Children’s Reporter Administration (SCRA)", "Children’s Hearings Scotland",
                "Scottish Fire and Rescue Service", "Skills Development Scotland",
                "Voluntary Action Kilcorrie (Third Sector Interface)", "Kilcorrie Child Protection Committee"]
    pb = Table([[Paragraph("Partners", style("ph", FB, 11.5, 15, textColor=colors.white))]] +
               [[Paragraph(p, style("pp", F, 9.5, 13))] for p in partners], colWidths=[95 * mm], hAlign="LEFT")
    pb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PURPLE), ("BACKGROUND", (0, 1), (-1, -1), BOXES[0]),
                            ("BOX", (0, 0), (-1, -1), 0.8, PURPLE), ("TOPPADDING", (0, 0), (-1, -1), 2),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    s.append(pb)
    s.append(Spacer(1, 10))
    s.append(Paragraph("If you would like this document in another format or language, please contact the Children’s "
                       "Services Planning Team, Kilcorrie Council.", style("alt", F, 8.5, 11, textColor=colors.HexColor("#555555"))))

    def page(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(PURPLE)
        if d.page > 1:
            c.drawString(20 * mm, 287 * mm, "Kilcorrie Children’s Services Plan 2023–2026")
            c.rect(20 * mm, 285 * mm, 170 * mm, 0.5, stroke=0, fill=1)
        c.drawRightString(190 * mm, 10 * mm, f"{13 + d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="Children's Services Plan 2023-2026 extract")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
