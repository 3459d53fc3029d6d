"""Housing association tenant engagement strategy 2025-2028: drawn cover with a text logo, foreword with two
signatories, values as a short list, "Objective 1..4" coloured header bars each with "What we will do" bullets,
a ruled action plan table (Action | Lead | By when | How we will measure it) over two pages with repeated header,
governance section, footer with page number on the outer side."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, NextPageTemplate, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from lib import PDF, fonts, style

STEM = "blind24-uk-brookvale-homes-tenant-engagement-strategy-2025-2028"
GREEN = colors.HexColor("#2e7d4f")
LIGHT = colors.HexColor("#e7f3ec")
CORAL = colors.HexColor("#e0684b")

OBJECTIVES = [
    ("Give tenants a real say in the decisions that affect them",
     "Tenants told us they are consulted too late, when decisions have already been made.",
     ["involve the Tenants’ Panel at the start of every review of a service or policy that affects tenants",
      "give tenants a vote on how the £150,000 Community Improvement Budget is spent each year",
      "reserve two places on the Board for tenant Board members and support them with training and a mentor",
      "explain in writing what we changed, or why we did not, after every consultation"]),
    ("Make it easy for every tenant to get involved, in a way that suits them",
     "Only 4% of tenants took part in any engagement activity in 2024, and most were over 60.",
     ["offer quick ways to take part, such as text surveys, online polls and door-knocking days",
      "pay tenants’ travel and childcare costs and offer vouchers for their time",
      "work with the Tenant Participation Advisory Service (TPAS) to train 40 new involved tenants",
      "reach under-represented groups, including younger tenants, disabled tenants and tenants from ethnic minority backgrounds"]),
    ("Be open about our performance so tenants can hold us to account",
     "The Transparency, Influence and Accountability Standard requires us to give tenants clear information.",
     ["publish our Tenant Satisfaction Measures every year with a plain-English explanation",
      "support the Customer Scrutiny Group to carry out two in-depth service reviews a year",
      "report complaints and what we learned from them to tenants every quarter",
      "hold an annual tenants’ conference where tenants can question the Chief Executive and the Board"]),
    ("Work with tenants to make neighbourhoods better places to live",
     "Anti-social behaviour and the condition of shared areas are the top two concerns in our neighbourhoods.",
     ["carry out estate walkabouts with tenants in every neighbourhood twice a year",
      "help residents’ associations to set up and run, with start-up grants of up to £500",
      "agree local neighbourhood plans with tenants in our five largest estates",
      "work with Farrowdale District Council and Kelbrook Police on community safety in our neighbourhoods"]),
]

ACTIONS = [
    ("1", "Set up a tenant review panel for the repairs policy review", "Head of Customer Engagement", "June 2025", "Panel in place; tenants’ changes adopted"),
    ("1", "Run the first tenant vote on the Community Improvement Budget", "Neighbourhood Services Manager", "October 2025", "Number of tenants voting; projects completed"),
    ("1", "Recruit and induct two tenant Board members", "Company Secretary", "September 2025", "Two tenant Board members appointed"),
    ("1", "Introduce “You said, we did” reports after every consultation", "Communications Team", "From July 2025", "Reports published within 8 weeks"),
    ("2", "Launch text and online surveys for quick feedback", "Head of Customer Engagement", "September 2025", "Response rates; number of tenants taking part"),
    ("2", "Adopt a tenant expenses and reward policy", "Director of Customer Experience", "July 2025", "Policy approved by the Customer Services Committee"),
    ("2", "Deliver TPAS-accredited training for 40 new involved tenants", "Head of Customer Engagement", "March 2027", "Number trained; diversity of involved tenants"),
    ("2", "Hold door-knocking days in every neighbourhood", "Neighbourhood Services Manager", "March 2026", "Number of homes visited; issues resolved"),
    ("3", "Publish Tenant Satisfaction Measures with a plain-English summary", "Head of Performance and Insight", "Each year by 30 June", "Published on time; tenant feedback on clarity"),
    ("3", "Complete two Customer Scrutiny Group service reviews each year", "Customer Scrutiny Group", "Annually from 2025/26", "Recommendations accepted and implemented"),
    ("3", "Report complaints learning to tenants quarterly", "Complaints Manager", "Quarterly from Q2 2025/26", "Quarterly report published"),
    ("3", "Hold the first annual tenants’ conference", "Director of Customer Experience", "November 2025", "Attendance; satisfaction with the event"),
    ("4", "Start twice-yearly estate walkabouts in all neighbourhoods", "Neighbourhood Services Manager", "May 2025", "Walkabouts held; actions completed within 28 days"),
    ("4", "Agree neighbourhood plans for the five largest estates", "Neighbourhood Services Manager", "March 2027", "Five plans agreed with tenants"),
    ("4", "Set up a residents’ association start-up grant scheme", "Community Investment Officer", "December 2025", "Number of new residents’ associations"),
]


def build():
    fonts()
    F, FB = "LibSans", "LibSans-Bold"
    body = style("b", F, 10.5, 15, spaceAfter=7)
    h1 = style("h1", FB, 18, 22, textColor=GREEN, spaceAfter=8)
    h2 = style("h2", FB, 12, 15, textColor=GREEN, spaceBefore=8, spaceAfter=4)
    bl = style("bl", F, 10.5, 14.5, leftIndent=7 * mm, firstLineIndent=-5 * mm, spaceAfter=3)
    cell = style("c", F, 9, 12)
    cellh = style("ch", FB, 9, 12, textColor=colors.white)
    W, H = A4

    def cover(c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, H * 0.45, W, H * 0.55, fill=1, stroke=0)
        c.setFillColor(CORAL)
        c.rect(0, H * 0.45 - 4 * mm, W, 4 * mm, fill=1, stroke=0)
        # logo: a house outline and the name
        c.setStrokeColor(colors.white)
        c.setLineWidth(2)
        x, y = 22 * mm, H - 40 * mm
        c.line(x, y, x + 9 * mm, y + 8 * mm)
        c.line(x + 9 * mm, y + 8 * mm, x + 18 * mm, y)
        c.rect(x + 3 * mm, y - 10 * mm, 12 * mm, 10 * mm, fill=0)
        c.setFillColor(colors.white)
        c.setFont(FB, 20)
        c.drawString(x + 24 * mm, y - 6 * mm, "Brookvale Homes")
        c.setFont(FB, 30)
        c.drawString(22 * mm, H * 0.62, "Tenant Engagement")
        c.drawString(22 * mm, H * 0.62 - 13 * mm, "Strategy 2025–2028")
        c.setFont(F, 15)
        c.drawString(22 * mm, H * 0.62 - 28 * mm, "Your voice, your homes")
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont(F, 10.5)
        c.drawString(22 * mm, 60 * mm, "Approved by the Board of Brookvale Homes on 26 March 2025")
        c.drawString(22 * mm, 53 * mm, "Developed with the Brookvale Tenants’ Panel")
        c.setFont(F, 8)
        c.drawString(22 * mm, 20 * mm, "Brookvale Homes is a registered society and a registered provider of social housing.")
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont(F, 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        if d.page % 2 == 0:
            c.drawString(20 * mm, 12 * mm, f"{d.page}")
            c.drawRightString(W - 20 * mm, 12 * mm, "Tenant Engagement Strategy 2025–2028")
        else:
            c.drawString(20 * mm, 12 * mm, "Brookvale Homes")
            c.drawRightString(W - 20 * mm, 12 * mm, f"{d.page}")
        c.setStrokeColor(GREEN)
        c.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
        c.restoreState()

    s = [Spacer(1, 1), PageBreak()]

    def P(x, st=body):
        s.append(Paragraph(x, st))

    P("Foreword", h1)
    P("Our tenants know their homes and neighbourhoods better than anyone. This strategy sets out how we will listen to "
      "them, act on what they tell us and be open about what we do. It was written with the Brookvale Tenants’ Panel "
      "over six months, and shaped by the 1,240 tenants who took part in our Big Conversation survey in autumn 2024.")
    P("The Social Housing (Regulation) Act 2023 and the Regulator of Social Housing’s consumer standards, in force "
      "since 1 April 2024, rightly expect landlords to treat tenants with fairness and respect and to give them real "
      "influence. We want to go further than the minimum, and we want tenants to hold us to account for doing so.")
    sig = Table([[Paragraph("<b>Naomi Achterberg</b><br/>Chief Executive, Brookvale Homes", body),
                  Paragraph("<b>Desmond Fairclough</b><br/>Chair, Brookvale Tenants’ Panel", body)]], colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(sig)
    P("About Brookvale Homes", h2)
    P("Brookvale Homes owns and manages 9,300 homes across Farrowdale and the Kelbrook valley, including 1,100 homes for "
      "older people. Our tenant engagement work is overseen by the Board’s Customer Services Committee.")
    P("Our values", h2)
    P("Everything in this strategy is guided by our values:")
    for v in ["Respectful – we treat every tenant with dignity", "Open – we share information and explain our decisions",
              "Inclusive – we make sure every tenant can take part", "Accountable – we do what we say we will do"]:
        P("•&nbsp;&nbsp;" + v, bl)
    P("What tenants told us", h2)
    P("In the Big Conversation, tenants said they want to be involved earlier, in shorter and more flexible ways, and "
      "to see what difference their views make. Only 38% agreed that Brookvale Homes listens to their views and acts on "
      "them, below the median for similar landlords.")
    s.append(PageBreak())
    P("Our objectives", h1)
    P("We have four objectives for 2025–2028. Under each one we set out what we will do. The action plan at the end of "
      "this strategy shows who will lead each action and when.")
    for i, (title, why, dos) in enumerate(OBJECTIVES, 1):
        bar = Table([[Paragraph(f"<font color='white'><b>Objective {i}</b></font>", style(f"o{i}", FB, 10, 13)),
                      Paragraph(f"<font color='white'><b>{title}</b></font>", style(f"ot{i}", FB, 11.5, 14.5))]],
                    colWidths=[26 * mm, 144 * mm])
        bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        blk = [Spacer(1, 6), bar, Spacer(1, 5), Paragraph(f"<i>Why this matters:</i> {why}", body),
               Paragraph("<b>What we will do</b>", style("ww", FB, 10.5, 14, textColor=CORAL, spaceAfter=3)),
               Paragraph("We will:", body)]
        blk += [Paragraph("•&nbsp;&nbsp;" + d, bl) for d in dos]
        s.append(KeepTogether(blk))
        if i == 2:
            s.append(PageBreak())
    s.append(PageBreak())
    P("Action plan 2025–2028", h1)
    P("The Customer Services Committee will review progress against this action plan every six months.")
    rows = [[Paragraph(x, cellh) for x in ("Obj.", "Action", "Lead", "By when", "How we will measure it")]]
    rows += [[Paragraph(c, cell) for c in r] for r in ACTIONS]
    t = Table(rows, colWidths=[11 * mm, 62 * mm, 35 * mm, 25 * mm, 37 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9cc5ad")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(t)
    P("Monitoring and review", h2)
    P("The Tenants’ Panel and the Customer Scrutiny Group will receive a progress report every six months, and the "
      "Customer Services Committee will report to the Board each year. We will carry out a full review of this "
      "strategy with tenants in 2027/28, and publish a new strategy by April 2028.")
    P("Get involved", h2)
    P("To find out more or join the Tenants’ Panel, contact the Customer Engagement Team on 0300 555 0192 or email "
      "getinvolved@brookvalehomes.example.")
    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=24 * mm, title="Tenant Engagement Strategy 2025-2028")
    doc.build(s, onFirstPage=cover, onLaterPages=later)


if __name__ == "__main__":
    build()
