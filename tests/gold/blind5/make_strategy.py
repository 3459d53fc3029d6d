"""Doc 5: community safety partnership strategy annual refresh (England)."""
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, NextPageTemplate, KeepTogether)
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from common import styles

W, H = A4
PURPLE = colors.HexColor("#4b2a6b")
LIGHT = colors.HexColor("#efe9f5")


def build(path):
    S = styles("Sans", 10)
    P = lambda t, st="body": Paragraph(t, S[st])
    S["h2"].textColor = PURPLE
    S["h2"].fontSize = 15
    S["h2"].leading = 19

    def cover(c, d):
        c.saveState()
        c.setFillColor(PURPLE)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#7a52a3"))
        c.circle(W - 30 * mm, H - 40 * mm, 60 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans-B", 14)
        c.drawString(22 * mm, H - 30 * mm, "Safer Elmsworth Partnership")
        c.setFont("Sans-B", 30)
        c.drawString(22 * mm, H - 120 * mm, "Community Safety")
        c.drawString(22 * mm, H - 133 * mm, "Strategy 2025–28")
        c.setFont("Sans", 20)
        c.drawString(22 * mm, H - 150 * mm, "Annual Refresh 2025–26")
        c.setFont("Sans", 11)
        c.drawString(22 * mm, H - 165 * mm, "Published April 2025")
        c.setFont("Sans", 9)
        c.drawString(22 * mm, 25 * mm, "Elmsworth Borough Council  •  Hartshire Police  •  Hartshire Fire and Rescue Service")
        c.drawString(22 * mm, 20 * mm, "NHS Hartshire and Elmsworth Integrated Care Board  •  The Probation Service")
        c.restoreState()

    def inner(c, d):
        c.saveState()
        c.setFillColor(PURPLE)
        c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans", 8.5)
        c.drawString(20 * mm, H - 7.5 * mm, "Safer Elmsworth Partnership")
        c.drawRightString(W - 20 * mm, H - 7.5 * mm, "Community Safety Strategy 2025–28 | Annual Refresh 2025–26")
        c.setFillColor(PURPLE)
        c.setFont("Sans-B", 9)
        c.drawRightString(W - 20 * mm, 10 * mm, str(d.page))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="Community Safety Strategy 2025-28 Annual Refresh 2025-26",
                          author="Safer Elmsworth Partnership")
    doc.addPageTemplates([PageTemplate("cover", [Frame(0, 0, W, H)], onPage=cover),
                          PageTemplate("in", [Frame(20 * mm, 18 * mm, W - 40 * mm, H - 38 * mm)], onPage=inner)])
    h2 = lambda t: P(t, "h2")

    def panel(flows, bg=LIGHT):
        t = Table([[flows]], colWidths=[W - 40 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("LEFTPADDING", (0, 0), (-1, -1), 9),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        return t

    st = [NextPageTemplate("in"), PageBreak(),
          h2("Foreword"),
          P("Welcome to the 2025–26 refresh of our three-year Community Safety Strategy. Each year the Safer Elmsworth Partnership (SEP) reviews its priorities against the Strategic Assessment, what residents tell us and the resources available to partners. This year's assessment, completed in January 2025, showed a sharp rise in knife-enabled robbery among under-25s and continued high levels of domestic abuse, while reported anti-social behaviour fell for the second year running."),
          P("We have therefore reshaped our priorities. The changes are explained in full in the section <i>What has changed since 2024–25</i> below."),
          P("<b>Cllr Miriam Osei</b>, Chair, Safer Elmsworth Partnership, and Cabinet Member for Communities, Elmsworth Borough Council<br/><b>Chief Superintendent Gareth Lyle</b>, Vice-Chair, Hartshire Police"),
          h2("About the Partnership"),
          P("The Safer Elmsworth Partnership is the Community Safety Partnership for the Borough of Elmsworth, established under the Crime and Disorder Act 1998. Its responsible authorities are Elmsworth Borough Council (EBC), Hartshire County Council, Hartshire Police, Hartshire Fire and Rescue Service, NHS Hartshire and Elmsworth Integrated Care Board (ICB) and The Probation Service. The Office of the Police and Crime Commissioner for Hartshire (OPCC) and Elmsworth Community and Voluntary Services (ECVS) attend as co-opted members."),
          P("The Partnership reports to the Hartshire Police and Crime Panel and is scrutinised annually by the Elmsworth Borough Council Overview and Scrutiny Committee."),
          h2("Our priorities for 2025–26"),
          P("The Partnership Board agreed the following priorities at its meeting on 18 March 2025:"),
          panel([P("<b>1. Safer Streets and Town Centres</b> – reducing anti-social behaviour, street drinking and shop theft in Elmsworth, Castle Brampton and Netherfold town centres.", "ind"),
                 P("<b>2. Ending Violence Against Women and Girls (VAWG)</b> – domestic abuse, sexual violence, stalking and exploitation, with a single coordinated response.", "ind"),
                 P("<b>3. Preventing Serious Violence and Knife Crime</b> – delivering our duties under the Serious Violence Duty with a focus on young people.", "ind"),
                 P("<b>4. Tackling Drug and Alcohol Harm</b> – reducing drug-related offending and supporting people into treatment.", "ind"),
                 P("<b>5. Reducing Reoffending</b> – supporting prolific offenders and people leaving custody into housing and work.", "ind")]),
          Spacer(1, 6),
          P("Three cross-cutting themes run through all five priorities: <b>Early intervention and prevention</b>; <b>Listening to communities</b>; and <b>Using data and intelligence</b>."),
          PageBreak(),
          h2("What has changed since 2024–25"),
          P("Last year the Partnership worked to six priorities: Tackling Anti-Social Behaviour; Domestic Abuse; Sexual Violence and Exploitation; Reducing Reoffending; Tackling Drug and Alcohol Harm; and Road Safety. The table below shows how each has been carried into 2025–26."),
          ]
    rows = [["2024–25 priority", "2025–26 priority", "Change"],
            ["Tackling Anti-Social Behaviour", "Safer Streets and Town Centres", "Renamed"],
            ["Domestic Abuse", "Ending Violence Against Women and Girls (VAWG)", "Merged"],
            ["Sexual Violence and Exploitation", "Ending Violence Against Women and Girls (VAWG)", "Merged"],
            ["—", "Preventing Serious Violence and Knife Crime", "New"],
            ["Tackling Drug and Alcohol Harm", "Tackling Drug and Alcohol Harm", "No change"],
            ["Reducing Reoffending", "Reducing Reoffending", "No change"],
            ["Road Safety", "—", "Removed"]]
    t = Table([[P(c, "cellb" if i == 0 else "cell") for c in r] for i, r in enumerate(rows)], colWidths=[58 * mm, 75 * mm, 30 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9b87b3")),
                           ("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [t, Spacer(1, 8),
           P("<b>Renamed.</b> ‘Tackling Anti-Social Behaviour’ has been renamed ‘Safer Streets and Town Centres’ to reflect the wider focus on shop theft and the night-time economy as well as anti-social behaviour."),
           P("<b>Merged.</b> ‘Domestic Abuse’ and ‘Sexual Violence and Exploitation’ have been brought together into a single priority, ‘Ending Violence Against Women and Girls (VAWG)’, in line with the Hartshire VAWG Strategy and the national approach."),
           P("<b>New.</b> ‘Preventing Serious Violence and Knife Crime’ has been added following the Strategic Assessment and the Serious Violence Duty, which came into force on 31 January 2023. Serious violence was previously addressed within the Tackling Anti-Social Behaviour priority."),
           P("<b>Removed.</b> ‘Road Safety’ is no longer a Partnership priority. Road safety work will be led by the Hartshire Road Safety Partnership from 1 April 2025, and the SEP will receive an annual update."),
           h2("What we will do in 2025–26"),
           P("<b>Safer Streets and Town Centres</b>", "h3"),
           P("• We will introduce a Town Centre Safety Partnership for Castle Brampton by September 2025.", "ind"),
           P("• Elmsworth Borough Council will review the Elmsworth Public Spaces Protection Order before it expires on 19 October 2025.", "ind"),
           P("<b>Ending Violence Against Women and Girls (VAWG)</b>", "h3"),
           P("• We will commission a single domestic abuse and sexual violence advocacy service, with Elmsworth Women's Aid, from April 2026.", "ind"),
           P("• Hartshire Police will roll out Operation Nightwatch training to licensed premises staff by December 2025.", "ind"),
           P("<b>Preventing Serious Violence and Knife Crime</b>", "h3"),
           P("• We will publish an Elmsworth Serious Violence Response Strategy by 30 June 2025.", "ind"),
           P("• We will fund youth workers in the emergency department at Elmsworth General Hospital through the ICB.", "ind"),
           P("<b>Tackling Drug and Alcohol Harm</b>", "h3"),
           P("• Pathways Recovery Elmsworth will open a second recovery hub in Netherfold during 2025–26.", "ind"),
           P("<b>Reducing Reoffending</b>", "h3"),
           P("• The Probation Service and EBC will agree a housing protocol for people leaving custody by March 2026.", "ind"),
           h2("Governance and review"),
           P("Delivery against this refresh will be monitored quarterly by the Partnership Board. The next Strategic Assessment will be completed in January 2026 and the strategy will be refreshed again for 2026–27."),
           Spacer(1, 6),
           panel([P("<b>Contact us</b><br/>Community Safety Team, Elmsworth Borough Council, Civic Offices, Market Square, Elmsworth EW1 2AB<br/>community.safety@elmsworth.gov.uk.example", "small")]),
           ]
    doc.build(st)
