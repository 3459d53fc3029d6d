"""Police and crime plan summary (fictional police area): landscape A4, cover panel + commissioner's foreword
signed by name, a vision band with an "Our values" line of four words separated by bullets, "Outcome 1-4"
headings two to a page in side-by-side columns with roman-numbered objectives (i.-iv.) and "How we will know"
measures, a full-width accountability band with "I will:" commitments and a key dates strip."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from lib import PDF, count_pages, fonts, style

STEM = "blind20-uk-harnmoor-pcc-police-and-crime-plan-summary-2025-2029"
NAVY = colors.HexColor("#14213d")
GOLD = colors.HexColor("#e0a100")
OCOL = [colors.HexColor("#1b4f8a"), colors.HexColor("#7a1f5c"), colors.HexColor("#2a7a3b"), colors.HexColor("#b4531b")]
PW, PH = landscape(A4)
F, FB, FI = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"

OUTCOMES = [
    ("Safer streets and neighbourhoods",
     ["Increase the visibility of neighbourhood policing in every community",
      "Reduce anti-social behaviour, burglary and vehicle crime",
      "Make roads safer by tackling the ‘fatal four’ driving offences",
      "Tackle rural, wildlife and heritage crime with specialist teams"],
     "Residents who see police in their area at least once a month; neighbourhood crime rates; people killed or "
     "seriously injured on our roads."),
    ("Protecting vulnerable people",
     ["Reduce violence against women and girls and bring more offenders to justice",
      "Protect children from exploitation and online abuse",
      "Improve the response to people in mental health crisis, working with health partners",
      "Reduce serious violence and knife crime"],
     "Charge rates for rape and domestic abuse; repeat victimisation; hospital admissions for knife injuries."),
    ("Supporting victims and reducing reoffending",
     ["Make sure every victim receives the services set out in the Victims’ Code",
      "Commission specialist support for victims of domestic abuse, sexual violence and fraud",
      "Reduce reoffending through diversion schemes and joint work with the Probation Service",
      "Increase the use of restorative justice"],
     "Victim satisfaction; compliance with the Victims’ Code; proven reoffending rates."),
    ("An efficient and trusted police service",
     ["Answer 90% of 999 calls within 10 seconds and cut waiting times for 101",
      "Build trust and confidence, especially among communities that trust the police least",
      "Deliver value for money and invest in technology that frees up officer time",
      "Support the wellbeing of officers, staff and volunteers"],
     "Call answering times; public confidence in the local police; sickness absence; efficiency savings."),
]
ROMAN = ["i.", "ii.", "iii.", "iv."]


WHY = [
    "Neighbourhood crime fell by 6% in 2024/25, but only 38% of residents say they see a police officer or PCSO in "
    "their area at least once a month. In the consultation, visible policing was the top concern in every district.",
    "Domestic abuse makes up 17% of all recorded crime in Harnmoor. Calls involving a person in mental health crisis "
    "take up more than 9,000 officer hours a year.",
    "Around 61,000 crimes are reported in Harnmoor each year. Victims told us they want to be kept informed and "
    "treated with respect, whether or not anyone is charged.",
    "The Constabulary has a budget of £318m in 2025/26 and must find £11.2m of savings by 2028/29 while "
    "improving the service the public receive.",
]
PARTNERS = [
    "Harnmoor Constabulary; district councils; Harnmoor Road Safety Partnership",
    "Harnmoor Constabulary; Harnmoor Safeguarding Children Partnership; NHS partners",
    "Victims First Harnmoor; Probation Service; HM Courts and Tribunals Service",
    "Harnmoor Constabulary; Harnmoor Fire and Rescue Service",
]


def outcome(n, title, objectives, measure):
    col = OCOL[n - 1]
    band = Table([[Paragraph(f"<font color='white'>Outcome {n}</font>", style(f"o{n}", FB, 11, 14)),
                   Paragraph(f"<font color='white'>{title}</font>", style(f"ot{n}", FB, 13, 16))]],
                 colWidths=[31 * mm, 95 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), col), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("BOX", (0, 0), (-1, -1), 0.5, col), ("LINEAFTER", (0, 0), (0, 0), 0.8, colors.white),
                              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    out = [band, Spacer(1, 5),
           Paragraph("Why this matters", style(f"wh{n}", FB, 9.5, 12.5, textColor=col, spaceAfter=2)),
           Paragraph(WHY[n - 1], style(f"why{n}", F, 9.5, 12.5, spaceAfter=6)),
           Paragraph("Our objectives", style(f"oo{n}", FB, 9.5, 12.5, textColor=col, spaceAfter=3))]
    for r, o in zip(ROMAN, objectives):
        out.append(Paragraph(o, style(f"ob{n}{r}", F, 10, 13, leftIndent=9 * mm, bulletIndent=1 * mm,
                                      spaceAfter=3), bulletText=r))
    out += [Spacer(1, 4), Paragraph(f"<b>How we will know:</b> {measure}", style(f"m{n}", FI, 8.5, 11,
                                                                                 textColor=colors.HexColor("#444444")))]
    out += [Spacer(1, 6), Paragraph(f"<b>Working with:</b> {PARTNERS[n - 1]}", style(f"p{n}", F, 8.5, 11))]
    return out


def story():
    body = style("b", F, 9.5, 13.5, spaceAfter=6)
    s = [NextPageTemplate("outcomes12")]
    # cover: right-hand frame holds the foreword
    s.append(Paragraph("Foreword", style("fw", FB, 15, 19, textColor=NAVY, spaceAfter=6)))
    for p in [
        "When I was elected in May 2024, I promised the people of Harnmoor that I would put policing back into "
        "neighbourhoods, stand up for victims and make sure every pound of the policing budget is well spent.",
        "This plan sets out my priorities for policing and community safety in Harnmoor from April 2025 to March "
        "2029. It was shaped by more than 3,400 residents, businesses and partners who responded to my consultation "
        "in autumn 2024, and it was considered by the Harnmoor Police and Crime Panel on 6 February 2025.",
        "I will fund 120 additional neighbourhood officers and PCSOs by March 2027, and I will publish an annual "
        "report each summer setting out the progress made against every outcome in this plan.",
        "I am grateful to the officers, staff and volunteers of Harnmoor Constabulary, and to our partners in "
        "councils, health, the Probation Service and the voluntary sector, who will deliver this plan with me."]:
        s.append(Paragraph(p, body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Joanna Threlfall", style("sig", FI, 14, 17, textColor=NAVY)))
    s.append(Paragraph("Police and Crime Commissioner for Harnmoor", style("sig2", FB, 9.5, 12.5)))
    s.append(PageBreak())
    # page 2: vision band, outcomes 1 and 2
    s.append(Paragraph("Our vision: <b>a Harnmoor where people are safe and feel safe</b>",
                       style("vi", F, 13, 17, textColor=NAVY, spaceAfter=3)))
    s.append(Paragraph("Our values: &nbsp;Integrity&nbsp; • &nbsp;Fairness&nbsp; • &nbsp;Compassion&nbsp; • "
                       "&nbsp;Courage", style("va", FB, 11, 14, textColor=GOLD)))
    s.append(FrameBreak())
    s += outcome(1, *OUTCOMES[0])
    s.append(FrameBreak())
    s += outcome(2, *OUTCOMES[1])
    s.append(NextPageTemplate("outcomes34"))
    s.append(PageBreak())
    # page 3: outcomes 3 and 4, accountability band
    s += outcome(3, *OUTCOMES[2])
    s.append(FrameBreak())
    s += outcome(4, *OUTCOMES[3])
    s.append(FrameBreak())
    acc_l = [Paragraph("Holding the Chief Constable to account", style("ah", FB, 11, 14, textColor=colors.white,
                                                                     spaceAfter=4)),
             Paragraph("I will:", style("iw", FB, 9.5, 12.5, textColor=colors.white, spaceAfter=2))]
    for c in ["hold a public Accountability Board with the Chief Constable every quarter",
              "publish performance against each outcome on my website every quarter",
              "commission an independent review of 101 call handling by December 2025",
              "ask the Harnmoor Police and Crime Panel to review this plan in 2027"]:
        acc_l.append(Paragraph(f"<font color='white'>{c}</font>", style("ic", F, 9, 11.5, leftIndent=8,
                                                                        bulletIndent=0, spaceAfter=2,
                                                                        bulletColor=colors.white),
                               bulletText="–"))
    acc_r = [Paragraph("<font color='white'>Chief Constable Mark Delahaye will publish a Harnmoor Constabulary "
                       "policing plan that delivers these outcomes by June 2025.</font>", style("cc", F, 9, 12,
                                                                                               spaceAfter=6)),
             Paragraph("<font color='white'><b>Key dates</b><br/>Plan published: March 2025<br/>Plan starts: "
                       "1 April 2025<br/>First annual report: July 2026</font>", style("kd", F, 9, 12))]
    band = Table([[acc_l, acc_r]], colWidths=[170 * mm, 97 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LINEAFTER", (0, 0), (0, 0), 0.8, GOLD), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                              ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    s.append(band)
    return s


def build():
    fonts()

    def cover(c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, 0, 140 * mm, PH, stroke=0, fill=1)
        c.setFillColor(GOLD)
        c.rect(0, 60 * mm, 140 * mm, 2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(FB, 11)
        c.drawString(16 * mm, 185 * mm, "POLICE AND CRIME COMMISSIONER FOR HARNMOOR")
        c.setFont(FB, 25)
        c.drawString(16 * mm, 140 * mm, "Police and Crime Plan")
        c.setFont(F, 24)
        c.drawString(16 * mm, 128 * mm, "2025–2029")
        c.setFont(F, 13)
        c.drawString(16 * mm, 112 * mm, "Plan on a page summary")
        c.setFont(F, 9)
        c.drawString(16 * mm, 48 * mm, "Published March 2025")
        c.drawString(16 * mm, 42 * mm, "Office of the Police and Crime Commissioner for Harnmoor (OPCC)")
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, PH - 12 * mm, PW, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(FB, 9)
        c.drawString(15 * mm, PH - 8 * mm, "Harnmoor Police and Crime Plan 2025–2029")
        c.setFont(F, 9)
        c.drawRightString(PW - 15 * mm, PH - 8 * mm, "Summary")
        c.setFillColor(colors.grey)
        c.setFont(F, 7.5)
        c.drawString(15 * mm, 8 * mm, "www.harnmoor-pcc.gov.uk")
        c.drawRightString(PW - 15 * mm, 8 * mm, f"{d.page}")
        c.restoreState()

    def make(total):
        doc = BaseDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=landscape(A4), leftMargin=15 * mm,
                              rightMargin=15 * mm, topMargin=18 * mm, bottomMargin=14 * mm,
                              title="Harnmoor Police and Crime Plan 2025-2029 summary")
        fw = Frame(152 * mm, 16 * mm, 130 * mm, 180 * mm, id="foreword")
        top = Frame(15 * mm, 172 * mm, 267 * mm, 22 * mm, id="top")
        l2 = Frame(15 * mm, 14 * mm, 128 * mm, 156 * mm, id="l2")
        r2 = Frame(154 * mm, 14 * mm, 128 * mm, 156 * mm, id="r2")
        l3 = Frame(15 * mm, 76 * mm, 128 * mm, 118 * mm, id="l3")
        r3 = Frame(154 * mm, 76 * mm, 128 * mm, 118 * mm, id="r3")
        bot = Frame(15 * mm, 14 * mm, 267 * mm, 60 * mm, id="bot")
        doc.addPageTemplates([PageTemplate("cover", [fw], onPage=cover),
                              PageTemplate("outcomes12", [top, l2, r2], onPage=later),
                              PageTemplate("outcomes34", [l3, r3, bot], onPage=later)])
        doc.build(story())

    count_pages(make)


if __name__ == "__main__":
    build()
