"""English community safety partnership strategy 2025-2028: cover band, foreword with signatories, partner
list, "Our principles" numbered i.-v. in a hanging roman column, four-priority overview, a "What has changed"
paragraph stating priority changes, then per priority a coloured "Priority n: ..." bar, a "Why it matters"
paragraph, a bulleted "What we will do" list (some bullets with dates) and a small ruled Outcome | Measure |
Lead table; delivery and governance section with active and passive "will" sentences; running header from
page 2 and footer."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lib import PDF, fonts, style

STEM = "blind16-uk-oxdene-csp-community-safety-strategy-2025-2028"
PURPLE = colors.HexColor("#4b2e83")
TEAL = colors.HexColor("#12807a")

PRIORITIES = [
    ("Tackling anti-social behaviour and neighbourhood crime",
     "Anti-social behaviour (ASB) incidents reported to the police fell by 9% in 2023/24, but 41% of people who "
     "answered the 2024 Residents’ Survey said ASB was a problem where they live.",
     ["Run at least four multi-agency days of action a year in the neighbourhoods with the most reports",
      "Introduce a single ASB Case Review (Community Trigger) process across all partners by September 2025",
      "Extend the town centre CCTV network to the bus station and Riverside Park",
      "Work with Oxdene Valley Homes to resolve neighbour disputes earlier through mediation"],
     [("Fewer people experience repeat ASB", "Repeat victims identified through the ASB risk assessment",
       "Oxdene District Council"),
      ("Residents feel safer in their neighbourhood", "% who feel safe outside after dark (Residents’ Survey)",
       "Pellshire Constabulary"),
      ("Less shop theft in the town centre", "Recorded shoplifting offences", "Oxdene Town Centre BID")]),
    ("Tackling violence against women and girls and domestic abuse",
     "Domestic abuse accounts for one in six of all crimes recorded in Oxdene, and most victims have experienced "
     "abuse many times before they first ask for help.",
     ["Commission a new community-based domestic abuse outreach service from April 2026",
      "Train 500 frontline staff in domestic abuse awareness and the DASH risk checklist",
      "Deliver the Safer Nights scheme, including Ask for Angela, in every licensed venue in the town centre",
      "Act on the learning from every Domestic Homicide Review with the Pellshire Domestic Abuse Partnership Board"],
     [("More victims report abuse and get support early", "Referrals to the outreach service",
       "Pellshire County Council"),
      ("Fewer repeat cases at MARAC", "MARAC repeat referral rate", "Pellshire Constabulary"),
      ("Women and girls feel safer in public spaces", "Night-time economy survey", "Oxdene District Council")]),
    ("Preventing serious violence and exploitation",
     "Under the Serious Violence Duty, partners must work together to prevent serious violence. Knife crime in "
     "Oxdene is low but rising, and most victims are under 25.",
     ["Publish a local response to the Pellshire Violence Reduction Partnership’s strategy",
      "Fund detached youth work in Northgate and Kingsmead every Friday and Saturday evening",
      "Set up a multi-agency child exploitation panel by December 2025",
      "Work with secondary schools to deliver knife crime education to every Year 8 pupil"],
     [("Fewer young people are victims of knife crime",
       "Hospital admissions for assault with a sharp object (under 25)", "NHS Pellshire Integrated Care Board"),
      ("Children at risk of exploitation are identified and protected",
       "Children discussed at the panel who have a safety plan", "Pellshire County Council")]),
    ("Reducing drug and alcohol related harm",
     "Drug poisoning deaths in Oxdene have doubled since 2019, and county lines gangs continue to target "
     "vulnerable young people and adults.",
     ["Disrupt county lines drug supply through Operation Lantern",
      "Expand naloxone supply to hostels and to the Oxdene Foodbank",
      "Work with Pathway Recovery Oxdene to increase structured treatment places by 15%",
      "Review the town centre Public Spaces Protection Order on street drinking by October 2025"],
     [("More people are in structured treatment", "Adults in treatment (national monitoring data)",
       "Pathway Recovery Oxdene"),
      ("Fewer drug-related deaths", "Drug poisoning deaths registered (ONS)", "Pellshire County Council")]),
]


def build():
    fonts()
    F, FB = "DejaVuSans", "DejaVuSans-Bold"
    body = style("b", F, 9, 12.5, spaceAfter=5)
    h2 = style("h2", FB, 11.5, 15, spaceBefore=6, spaceAfter=4, textColor=PURPLE)
    h3 = style("h3", FB, 9.5, 12.5, spaceBefore=3, spaceAfter=2, textColor=TEAL)
    bullet = style("bl", F, 9, 12, leftIndent=8 * mm, firstLineIndent=-4 * mm, spaceAfter=1.5)
    cell = style("c", F, 8.3, 10.3)
    cellh = style("ch", FB, 8.3, 10.3, textColor=colors.white)
    s = []
    cover = Table([[Paragraph("<font color='white'>Safer Oxdene</font>", style("c1", F, 11, 14))],
                   [Paragraph("<font color='white'>Oxdene Community Safety Partnership</font>", style("c2", FB, 13, 16))],
                   [Paragraph("<font color='white'>Community Safety Strategy 2025–2028</font>", style("c3", FB, 20, 24))],
                   [Paragraph("<font color='#d9cff0'>Published April 2025</font>", style("c4", F, 9.5, 12))]],
                  colWidths=[170 * mm])
    cover.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PURPLE), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                               ("TOPPADDING", (0, 0), (0, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 10)]))
    s += [cover, Spacer(1, 6)]
    s.append(Paragraph("Foreword", h2))
    s.append(Paragraph(
        "Oxdene is a safe place to live, work and visit, but crime and anti-social behaviour still harm too many "
        "people. This strategy sets out how the partners of the Oxdene Community Safety Partnership (CSP) will work "
        "together over the next three years. It is based on our Strategic Assessment 2024 and on what residents "
        "told us, and it was approved by the Partnership Board on 6 March 2025.", body))
    s.append(Paragraph("<i>Cllr Joanna Perrin, Chair, and Chief Superintendent Mark Adeyinka, Vice-Chair, Oxdene "
                       "Community Safety Partnership</i>", style("sig", "DejaVuSans-Oblique", 8.5, 11, spaceAfter=5)))
    s.append(Paragraph("About the Partnership", h2))
    s.append(Paragraph(
        "The CSP brings together the responsible authorities under the Crime and Disorder Act 1998: Oxdene District "
        "Council, Pellshire County Council, Pellshire Constabulary, Pellshire Fire and Rescue Service, the Probation "
        "Service and NHS Pellshire Integrated Care Board (ICB). Oxdene Valley Homes, the Office of the Police and "
        "Crime Commissioner for Pellshire and Oxdene Council for Voluntary Service also sit on the Partnership Board.",
        body))
    s.append(Paragraph("Our principles", h2))
    for r, x in zip(["i.", "ii.", "iii.", "iv.", "v."],
                    ["Prevention first – we act early to stop problems from escalating.",
                     "Victim-centred – we put the needs of victims and witnesses at the heart of what we do.",
                     "Evidence-led – we target our resources where the data shows the greatest harm.",
                     "Working together – we share information and resources across agencies.",
                     "Listening to communities – we involve residents in setting and reviewing our priorities."]):
        t = Table([[Paragraph(r, style("rn", FB, 9, 12, textColor=PURPLE)), Paragraph(x, style("rx", F, 9, 12))]],
                  colWidths=[10 * mm, 160 * mm])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(t)
    s.append(Paragraph("Our priorities for 2025–2028", h2))
    for i, (name, *_rest) in enumerate(PRIORITIES, 1):
        s.append(Paragraph(f"<b>{i}</b>&nbsp;&nbsp;&nbsp;{name}", bullet))
    s.append(Spacer(1, 4))
    s.append(Paragraph("What has changed", h3))
    s.append(Paragraph(
        "Compared with our 2022–2025 strategy, preventing serious violence and exploitation is now a priority in its "
        "own right; it was previously part of the ‘Protecting vulnerable people’ priority. Our domestic abuse priority "
        "has been widened to cover all violence against women and girls. Road safety is no longer a CSP priority, as "
        "it is now led by the Pellshire Road Safety Partnership.", body))

    for i, (name, why, dos, outs) in enumerate(PRIORITIES, 1):
        s.append(CondPageBreak(70 * mm))
        bar = Table([[Paragraph(f"<font color='white'>Priority {i}: {name}</font>", style("pb", FB, 11, 14))]],
                    colWidths=[170 * mm])
        bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
        s += [Spacer(1, 6), bar, Spacer(1, 3)]
        s.append(Paragraph(f"<b>Why it matters.</b> {why}", body))
        s.append(Paragraph("What we will do", h3))
        for x in dos:
            s.append(Paragraph("•&nbsp;&nbsp;" + x, bullet))
        s.append(Spacer(1, 4))
        rows = [[Paragraph(h, cellh) for h in ("Outcome", "Measure", "Lead")]]
        rows += [[Paragraph(a, cell), Paragraph(b, cell), Paragraph(c, cell)] for a, b, c in outs]
        t = Table(rows, colWidths=[62 * mm, 66 * mm, 42 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa0a6")),
                               ("BACKGROUND", (0, 0), (-1, 0), PURPLE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s.append(t)

    s.append(Spacer(1, 6))
    s.append(Paragraph("Delivering the strategy", h2))
    s.append(Paragraph(
        "The Partnership Board will agree a delivery plan each April, with named leads for every action. The "
        "Community Safety Manager will report progress to Oxdene District Council’s Overview and Scrutiny Committee "
        "twice a year. The strategy will be refreshed in 2026 if the next Strategic Assessment shows a significant "
        "change in crime patterns.", body))

    def page(c, d):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if d.page > 1:
            c.drawRightString(190 * mm, 287 * mm, "Safer Oxdene")
        c.drawString(20 * mm, 10 * mm, "Oxdene Community Safety Strategy 2025–2028")
        c.drawRightString(190 * mm, 10 * mm, str(d.page))
        c.restoreState()

    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=17 * mm, title="Community Safety Strategy 2025-2028")
    doc.build(s, onFirstPage=page, onLaterPages=page)


if __name__ == "__main__":
    build()
