"""Domestic abuse strategy: 'Outcome N:' headings, 'We will:' bullets with owners in brackets, an at-a-glance
table repeating the outcomes, cross-cutting themes in a table column, changes from the previous strategy in prose."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from lib import register_fonts, pdf_path

STEM = "blind9-uk-brackenmoor-da-strategy-2025-02"
register_fonts()
F, FB, FI = "LibSans", "LibSans-Bold", "LibSans-Italic"
PLUM = colors.HexColor("#6A1B4D")
body = ParagraphStyle("b", fontName=F, fontSize=10.5, leading=14, spaceAfter=7)
bul = ParagraphStyle("bl", parent=body, leftIndent=6 * mm, firstLineIndent=-4 * mm, spaceAfter=4)
H1 = ParagraphStyle("h1", fontName=FB, fontSize=14, leading=18, textColor=PLUM, spaceBefore=10, spaceAfter=6)
OUT = ParagraphStyle("o", fontName=FB, fontSize=12, leading=15.5, textColor=PLUM, spaceBefore=10, spaceAfter=5,
                     borderColor=PLUM, borderWidth=0, leftIndent=0)
cell = ParagraphStyle("c", fontName=F, fontSize=9.5, leading=12)
cellb = ParagraphStyle("cb", parent=cell, fontName=FB)


def on_page(c, doc):
    c.saveState()
    c.setStrokeColor(PLUM)
    c.setLineWidth(2)
    c.line(18 * mm, 282 * mm, 192 * mm, 282 * mm)
    c.setFont(FI, 8.5)
    c.drawString(18 * mm, 284 * mm, "Brackenmoor Domestic Abuse Strategy 2025\u20132028")
    c.drawRightString(192 * mm, 12 * mm, f"{doc.page} | Brackenmoor Domestic Abuse Local Partnership Board")
    c.restoreState()


def p(t, st=body):
    return Paragraph(t, st)


def will(items):
    return [p("We will:", ParagraphStyle("w", parent=body, fontName=FB, spaceAfter=3))] + \
           [p(f"&bull;&nbsp; {x}", bul) for x in items]


OUTCOMES = [
    "Fewer people experience domestic abuse",
    "Victims and survivors, including children, get the right support at the right time",
    "Perpetrators are held to account and supported to change",
    "Partners work together effectively and learn from reviews",
]

story = [
    p("BRACKENMOOR DOMESTIC ABUSE STRATEGY 2025\u20132028", ParagraphStyle(
        "t", fontName=FB, fontSize=20, leading=25, textColor=PLUM, spaceAfter=4)),
    p("Safe at home, safe in Brackenmoor", ParagraphStyle("s", fontName=FI, fontSize=13, leading=17, spaceAfter=10)),
    p("Approved by Brackenmoor Council Cabinet on 4 February 2025 on the recommendation of the Brackenmoor "
      "Domestic Abuse Local Partnership Board (DALPB).", ParagraphStyle("a", parent=body, textColor=colors.grey)),
    p("Strategy at a glance", H1),
]
glance = Table([[p("<b>Our vision</b>", cell), p("Everyone in Brackenmoor can live a life free from domestic "
                                                 "abuse, and those affected get help quickly.", cell)]] +
               [[p(f"<b>Outcome {i}</b>", cell), p(o, cell)] for i, o in enumerate(OUTCOMES, 1)],
               colWidths=[32 * mm, 142 * mm])
glance.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3E5EE")),
                            ("LINEBELOW", (0, 0), (-1, -2), 0.6, colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [glance, Spacer(1, 4),
    p("1. Introduction", H1),
    p("The Domestic Abuse Act 2021 places a duty on Brackenmoor Council to assess the need for support in safe "
      "accommodation and to publish a strategy. This strategy goes further: it covers all forms of domestic "
      "abuse, including coercive control, economic abuse and stalking, and the whole partnership response. It "
      "was informed by our domestic abuse needs assessment, completed in autumn 2024, and by the advice of the "
      "Domestic Abuse Commissioner on the role of local partnership boards."),
    p("The DALPB brings together Brackenmoor Council, Moorland Police, the Office of the Police, Fire and Crime "
      "Commissioner for Moorland (PFCC), NHS Moorland Integrated Care Board, the Probation Service, Brackenmoor "
      "Women\u2019s Refuge Trust, Brackenmoor Housing Association and the Brackenmoor Community Safety "
      "Partnership (CSP)."),
    p("2. What has changed since our last strategy", H1),
    p("This strategy replaces the Brackenmoor Domestic Abuse Strategy 2021\u20132024, which had five priorities. "
      "We have merged the former priorities \u2018Prevention\u2019 and \u2018Early identification\u2019 into "
      "Outcome 1, and we have added a new outcome on perpetrators (Outcome 3) because the needs assessment found "
      "that only 4% of referrals led to a perpetrator intervention."),
    p("3. Themes that run through everything we do", H1),
]
themes = Table([[p("Theme", cellb), p("What it means for us", cellb)]] + [[p(a, cell), p(b, cell)] for a, b in [
    ("Listening to lived experience", "Survivors help design and review services through the Survivor Voice panel."),
    ("Children as victims in their own right", "As recognised by the Domestic Abuse Act 2021, every plan "
                                               "considers the needs of children."),
    ("Equality and inclusion", "Services reach older people, disabled people, LGBT+ people and Black and "
                               "minoritised communities."),
    ("Trauma-informed practice", "All partners train staff to recognise and respond to trauma.")]],
    colWidths=[55 * mm, 119 * mm])
themes.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, PLUM), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F3E5EE"))]))
story += [themes, p("4. Our outcomes and commitments", H1)]
story += [p(f"Outcome 1: {OUTCOMES[0]}", OUT),
          p("Prevention means changing attitudes early and spotting the signs of abuse sooner.")] + will([
    "deliver healthy relationships education in every secondary school by July 2026 (Brackenmoor Schools "
    "Partnership; Council Education Services)",
    "train 1,500 frontline staff across the partnership to identify domestic abuse and economic abuse by "
    "March 2026 (DALPB Training Group)",
    "run a public awareness campaign each November around the White Ribbon Day (CSP)"])
story += [p(f"Outcome 2: {OUTCOMES[1]}", OUT)] + will([
    "open 12 additional units of safe accommodation, including two for male victims, by March 2027 "
    "(Brackenmoor Council Housing Options; Brackenmoor Housing Association)",
    "commission a single Independent Domestic Violence Advisor (IDVA) service from April 2025 (PFCC)",
    "ensure every child in refuge has a named support worker within 10 working days (Brackenmoor Women\u2019s "
    "Refuge Trust)",
    "develop a stalking advocacy service with Brackenmoor Citizens Advice (PFCC; Moorland Police)"])
story += [p(f"Outcome 3: {OUTCOMES[2]}", OUT)] + will([
    "commission a perpetrator programme accredited by Respect by October 2025 (PFCC; Probation Service)",
    "use Domestic Violence Protection Orders in every eligible case (Moorland Police)"])
story += [p(f"Outcome 4: {OUTCOMES[3]}", OUT)] + will([
    "publish Domestic Homicide Review reports within six months of Home Office approval (CSP)",
    "review the Multi-Agency Risk Assessment Conference (MARAC) against the SafeLives quality standards in "
    "2025/26 (MARAC Steering Group)",
    "report progress to the DALPB every six months and publish an annual update each June (DALPB)"])
story += [p("5. Monitoring and review", H1),
          p("The DALPB will monitor delivery through an action plan and a performance dashboard. The strategy will "
            "be reviewed in full in 2027 ahead of its expiry on 31 March 2028.")]

doc = SimpleDocTemplate(pdf_path(STEM), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                        topMargin=20 * mm, bottomMargin=20 * mm)
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
print("made", STEM)
