"""(5) English community safety partnership plan refresh 2025-2028: foreword, a ruled "what has changed" table
(previous priority | new priority | change) plus a narrative paragraph stating the same changes, the new
priority list and cross-cutting themes in a coloured panel, then "We will" commitments per priority with leads."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind12-uk-safer-brindlecombe-partnership-community-safety-plan-refresh-2025-2028"

F, FB = "DejaVuSans", "DejaVuSans-Bold"
TEAL = colors.HexColor("#00676b")
PALE = colors.HexColor("#dff1f0")
B = style("b", F, 9.5, leading=13, spaceAfter=5)
C = style("c", F, 8.8, leading=11.2)
CB = style("cb", FB, 8.8, leading=11.2, textColor=colors.white)
H1 = style("h1", FB, 20, leading=24, textColor=TEAL)
H2 = style("h2", FB, 13, leading=16, textColor=TEAL, spaceBefore=8, spaceAfter=5)
H3 = style("h3", FB, 10.5, leading=13, spaceBefore=6, spaceAfter=3)
BUL = style("bul", F, 9.5, leading=13, leftIndent=12, bulletIndent=2, spaceAfter=2)

CHANGES = [
    ("Anti-social behaviour<br/>Neighbourhood crime", "Safer neighbourhoods", "Merged into one priority"),
    ("Domestic abuse", "Violence against women and girls (VAWG)",
     "Renamed and widened to include stalking, sexual violence and harassment in public spaces"),
    ("Drug and alcohol misuse", "Reducing drug and alcohol harm", "Renamed to reflect the Combating Drugs Partnership"),
    ("Serious violence", "Serious violence", "No change (Serious Violence Duty)"),
    ("Hate crime", "\u2013", "Now a cross-cutting theme: Community cohesion and hate crime"),
    ("Road safety", "\u2013", "Removed \u2013 led by the Loxwold Road Safety Partnership"),
    ("\u2013", "Protecting people from exploitation", "New priority (county lines, modern slavery and fraud)"),
]

WE_WILL = [
    ("Safer neighbourhoods", [
        "Run a problem-solving plan for each of the three ASB hotspots identified in the strategic assessment "
        "(Lead: Brindlecombe District Council Community Safety Team, by September 2025).",
        "Extend the Community Trigger review panel to include Brindlecombe Homes (Lead: Brindlecombe Homes, by "
        "June 2025).",
    ]),
    ("Violence against women and girls (VAWG)", [
        "Achieve White Ribbon accreditation for all statutory partners (Lead: Brindlecombe District Council, by "
        "March 2026).",
        "Commission a specialist stalking advocate post with the Office of the Loxwold Police and Crime "
        "Commissioner (Lead: OPCC, by December 2025).",
    ]),
    ("Reducing drug and alcohol harm", [
        "Deliver naloxone training to all frontline partner staff (Lead: Loxwold County Council Public Health, "
        "by March 2026).",
    ]),
    ("Serious violence", [
        "Publish a refreshed serious violence strategic needs assessment (Lead: Loxwold Violence Reduction "
        "Network, by January 2026).",
    ]),
    ("Protecting people from exploitation", [
        "Set up a multi-agency exploitation hub meeting fortnightly (Lead: Loxwold Constabulary, by July 2025).",
        "Run two fraud and scams awareness campaigns each year with Age Concern Brindlecombe (Lead: Loxwold "
        "Trading Standards).",
    ]),
]


def footer(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, A4[0], 8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(F, 7.5)
    c.drawString(18 * mm, 3 * mm, "Safer Brindlecombe Partnership \u2013 Community Safety Plan 2025\u20132028 (refresh)")
    c.drawRightString(A4[0] - 18 * mm, 3 * mm, str(doc.page))
    c.restoreState()


def build():
    fonts()
    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title="Community Safety Plan 2025-2028")
    s = [Paragraph("Safer Brindlecombe Partnership", style("k", FB, 11, leading=14, textColor=colors.grey)),
         Paragraph("Community Safety Plan 2025\u20132028", H1),
         Paragraph("Refresh of the 2022\u20132025 plan \u2022 Agreed by the Partnership Board on 27 March 2025",
                   style("sub", F, 10.5, leading=14, textColor=TEAL)),
         Spacer(1, 10),
         Paragraph("Foreword", H2),
         Paragraph("The Safer Brindlecombe Partnership is the statutory community safety partnership for the "
                   "Brindlecombe district. Its members are Brindlecombe District Council, Loxwold Constabulary, "
                   "Loxwold Fire and Rescue Service, the Probation Service, NHS Loxwold Integrated Care Board and "
                   "Loxwold County Council, working with Brindlecombe Homes and the voluntary sector.", B),
         Paragraph("This plan refreshes our priorities for the next three years, from April 2025 to March 2028. It is "
                   "based on the strategic assessment completed in January 2025 and on the residents\u2019 survey "
                   "carried out in autumn 2024, in which 1,146 people took part.", B),
         Paragraph("<i>Cllr Margaret Olusanya, Chair, Safer Brindlecombe Partnership</i>", B),
         Paragraph("What has changed", H2),
         Paragraph("Our previous plan had seven priorities. In this refresh we have merged anti-social behaviour and "
                   "neighbourhood crime into a single Safer neighbourhoods priority; renamed Domestic abuse as "
                   "Violence against women and girls; renamed Drug and alcohol misuse as Reducing drug and alcohol "
                   "harm; and added a new priority, Protecting people from exploitation. Road safety is no longer a "
                   "partnership priority because it is led by the Loxwold Road Safety Partnership, and hate crime "
                   "has become part of a cross-cutting theme. Serious violence remains a priority.", B),
         Spacer(1, 4)]
    rows = [[Paragraph(h, CB) for h in ("Priority in the 2022\u20132025 plan", "Priority 2025\u20132028",
                                        "What has changed")]]
    rows += [[Paragraph(a, C), Paragraph(b, C), Paragraph(c, C)] for a, b, c in CHANGES]
    s.append(Table(rows, colWidths=[52 * mm, 56 * mm, 66 * mm], style=TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.5, TEAL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE])])))
    s += [PageBreak(), Paragraph("Our priorities for 2025\u20132028", H2)]
    pri = [Paragraph("<b>Priorities</b>", style("p", FB, 10, leading=13, textColor=TEAL))] + [
        Paragraph(f"{i}. {p}", style("pi", F, 9.5, leading=13)) for i, p in enumerate([
            "Safer neighbourhoods", "Violence against women and girls (VAWG)", "Reducing drug and alcohol harm",
            "Serious violence", "Protecting people from exploitation"], 1)]
    cct = [Paragraph("<b>Cross-cutting themes</b>", style("p2", FB, 10, leading=13, textColor=TEAL))] + [
        Paragraph("\u2022 " + t, style("ci", F, 9.5, leading=13)) for t in [
            "Community cohesion and hate crime", "Listening to victims and survivors",
            "Early intervention with young people"]]
    s.append(Table([[pri, cct]], colWidths=[92 * mm, 82 * mm], style=TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEAFTER", (0, 0), (0, 0), 1, colors.white), ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8), ("LEFTPADDING", (0, 0), (-1, -1), 8)])))
    s += [Spacer(1, 6), Paragraph("What we will do", H2),
          Paragraph("Each priority has a delivery group that reports to the Partnership Board every quarter. In "
                    "the first year of the plan we will:", B)]
    for head, bullets in WE_WILL:
        s.append(Paragraph(head, H3))
        s += [Paragraph(b, BUL, bulletText="\u2022") for b in bullets]
    s += [Paragraph("Governance and review", H2),
          Paragraph("The Partnership Board will review progress against this plan every six months. The plan will be "
                    "refreshed again in April 2026 following the next strategic assessment. The Brindlecombe "
                    "Overview and Scrutiny Committee will scrutinise the partnership\u2019s work each year.", B)]
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
