"""Dyffryn Teifion Public Services Board – Well-being Plan 2023–2028 summary (Welsh PSB)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from lib import PDF, fonts, style

STEM = "blind19-uk-dyffryn-teifion-psb-wellbeing-plan-summary-2023-2028"
F, FB = "DejaVuSans", "DejaVuSans-Bold"
GREEN = colors.HexColor("#1d6b4f")
PW, PH = A4


def build():
    fonts()
    body = style("b", F, 9, leading=12.5, spaceAfter=4)
    h1 = style("h1", FB, 20, leading=24, textColor=GREEN)
    h2 = style("h2", FB, 12, leading=15, textColor=GREEN, spaceBefore=6, spaceAfter=3)
    h3 = style("h3", FB, 10, leading=13, spaceBefore=4, spaceAfter=2)
    step = style("s", F, 9, leading=12, leftIndent=9 * mm, firstLineIndent=-9 * mm, spaceAfter=3)
    lead = style("l", "DejaVuSans-Bold", 8.5, leading=11, textColor=colors.HexColor("#555555"), spaceAfter=3)

    def P(t, s=body):
        return Paragraph(t, s)

    goals = ["A prosperous Wales", "A resilient Wales", "A healthier Wales", "A more equal Wales",
             "A Wales of cohesive communities", "A Wales of vibrant culture and thriving Welsh language",
             "A globally responsible Wales"]
    gbox = Table([[[P("<b>The seven national well-being goals</b>", style("gb", FB, 9, leading=12))] +
                   [P(g, style("g", F, 8.5, leading=11)) for g in goals] +
                   [P("<i>Set by the Well-being of Future Generations (Wales) Act 2015. Every objective in this plan "
                      "contributes to more than one goal.</i>", style("gi", F, 7.5, leading=10))]]],
                 colWidths=[62 * mm])
    gbox.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e5f1ec")),
                              ("BOX", (0, 0), (-1, -1), 0.6, GREEN)]))
    objs = ["Tackling poverty and the cost of living so that everyone has a fair chance",
            "Responding to the climate and nature emergencies",
            "Giving children and young people the best start in life",
            "Building connected communities where the Welsh language thrives"]
    olist = [P("<b>Our four well-being objectives</b>", style("ob", FB, 10, leading=13, spaceAfter=4))] + \
            [P(f"{i}.&nbsp;&nbsp;{o}", step) for i, o in enumerate(objs, 1)]
    top = Table([[olist, gbox]], colWidths=[108 * mm, 66 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))

    story = [P("Dyffryn Teifion Well-being Plan 2023–2028", h1),
             P("Summary", style("sub", F, 14, leading=18, textColor=GREEN)), Spacer(1, 6),
             P("The Well-being of Future Generations (Wales) Act 2015 requires each public services board to publish "
               "a local well-being plan setting out how its members will work together to improve the economic, social, "
               "environmental and cultural well-being of the area. This summary sets out the four well-being objectives "
               "of the Dyffryn Teifion Public Services Board (the PSB) and the steps we will take to meet them. The "
               "plan was agreed by the Board on 18 May 2023 and runs from June 2023 to May 2028. It is informed by our "
               "Assessment of Local Well-being, published in May 2022."),
             Spacer(1, 6), top, Spacer(1, 6),
             P("How we will report progress", h2),
             P("We will publish an annual report on progress each July, starting in July 2024. The PSB's Scrutiny "
               "Committee, hosted by Dyffryn Teifion County Council, will review the plan each autumn."),
             NextPageTemplate("two"), FrameBreak()]

    sections = [
        ("Objective 1", objs[0], "Lead partner: Dyffryn Teifion County Council, with DTAVO", [
            "Establish a single advice network for money, debt and housing advice by March 2024.",
            "Run a 'Claim what you're owed' campaign each autumn to increase take-up of benefits.",
            "Pilot a warm spaces and community food network in the five most deprived communities in 2023/24."]),
        ("Objective 2", objs[1], "Lead partner: Natural Resources Wales", [
            "Produce a joint Climate Adaptation Plan for the Teifion valley by December 2025.",
            "Restore 200 hectares of peatland in the upper Teifion catchment by 2028.",
            "Move PSB partners' fleets to zero emission vehicles, starting with pool cars."]),
        ("Objective 3", objs[2], "Lead partner: Aeron University Health Board", [
            "Extend the 'First 1000 Days' programme to every family in the county by 2026.",
            "Develop a youth mental health pathway with secondary schools and Coleg Teifion.",
            "Create 150 apprenticeships across PSB partners by 2028."]),
        ("Objective 4", objs[3], "Lead partner: Dyffryn Teifion Association of Voluntary Organisations (DTAVO)", [
            "Map community assets with town and community councils and publish an online community directory.",
            "Increase the number of PSB staff able to work through the medium of Welsh by 10% each year.",
            "Support community transport schemes that connect rural villages to health and council services."]),
    ]
    for n, (lab, title, ld, steps) in enumerate(sections, 1):
        story += [P(lab.upper(), style("lab", FB, 8, leading=10, textColor=colors.HexColor("#888888"))),
                  P(title, h2), P(ld, lead), P("Steps we will take", h3)]
        story += [P(f"{n}.{i}&nbsp;&nbsp;&nbsp;{s}", step) for i, s in enumerate(steps, 1)]
        story.append(Spacer(1, 8))
    partners = [
        ("Statutory members", ["Dyffryn Teifion County Council", "Aeron University Health Board",
                               "Ceredon Fire and Rescue Service", "Natural Resources Wales"]),
        ("Invited participants", ["Welsh Government", "Ceredon Police",
                                  "Office of the Police and Crime Commissioner for Ceredon",
                                  "Dyffryn Teifion Association of Voluntary Organisations (DTAVO)", "Coleg Teifion",
                                  "Tai Teifion Housing Association"]),
    ]
    story += [P("Our partners", h2)]
    for head, names in partners:
        story += [P(head, h3)] + [P(f"•&nbsp;&nbsp;{x}", style("p", F, 8.5, leading=11.5, leftIndent=4 * mm))
                                  for x in names]
    story += [Spacer(1, 6), P("Contact: PSB Support Team, Dyffryn Teifion County Council, Neuadd y Sir, Aberteifion. "
                              "The full plan is available in Welsh and English.", style("ct", F, 8, leading=10.5))]

    def furniture(canv, doc):
        canv.saveState()
        canv.setFillColor(GREEN)
        canv.rect(0, PH - 14 * mm, PW, 14 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(F, 8)
        canv.drawString(18 * mm, PH - 9 * mm, "Bwrdd Gwasanaethau Cyhoeddus Dyffryn Teifion")
        canv.drawRightString(PW - 18 * mm, PH - 9 * mm, "Dyffryn Teifion Public Services Board")
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(18 * mm, 10 * mm, "Well-being Plan 2023–2028 | Summary")
        canv.drawRightString(PW - 18 * mm, 10 * mm, str(doc.page))
        canv.restoreState()

    doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=22 * mm, bottomMargin=18 * mm)
    one = Frame(18 * mm, 18 * mm, PW - 36 * mm, PH - 40 * mm, id="one")
    cw = (PW - 36 * mm - 8 * mm) / 2
    left = Frame(18 * mm, 18 * mm, cw, PH - 40 * mm, id="l")
    right = Frame(18 * mm + cw + 8 * mm, 18 * mm, cw, PH - 40 * mm, id="r")
    doc.addPageTemplates([PageTemplate("first", [one], onPage=furniture),
                          PageTemplate("two", [left, right], onPage=furniture)])
    doc.build(story)


if __name__ == "__main__":
    build()
