"""Doc 2: London Borough of Ravensmere Cabinet - Record of Decisions (decision blocks, header box)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import fonts, numbered_canvas

STEM = "blind7-uk-ravensmere-lbc-cabinet-record-of-decisions-2024-11-12"

PRESENT = ("Councillor Amina Yusuf (Leader of the Council), Councillor Tom Hartigan (Deputy Leader and Cabinet "
           "Member for Finance and Resources), Councillor Grace Obi-Lennox (Cabinet Member for Community Safety "
           "and Enforcement), Councillor Luis Ferreira (Cabinet Member for Housing and Regeneration), Councillor "
           "Ruth Penhaligon (Cabinet Member for Children, Schools and Families), Councillor Kwame Asante (Cabinet "
           "Member for Climate, Transport and Environment)")
APOLOGIES = "Councillor Naomi Sterne (Cabinet Member for Adult Social Care and Health)"
ALSO = ("Councillor Derek Vance (Leader of the Opposition), Councillor Fatima Rahman (Chair, Overview and "
        "Scrutiny Committee)")
OFFICERS = ("Martin Oakes (Chief Executive), Sonia Petrakis (Director of Law and Governance), Howard Lyle "
            "(Director of Communities), Janet Quayle (Director of Housing), Vikram Shah (Director of Finance)")

D5 = ("(1) To approve the Ravensmere Community Safety Strategy 2025–2028 at Appendix A, including its four "
      "priorities: reducing violence against women and girls; tackling anti-social behaviour and neighbourhood "
      "crime; preventing youth violence and exploitation; and safer town centres and night-time economy. "
      "(2) To delegate authority to the Director of Communities, in consultation with the Cabinet Member for "
      "Community Safety and Enforcement, to make minor amendments to the strategy before publication. "
      "(3) To note that an annual delivery plan will be reported to the Safer Ravensmere Partnership Board each June.")
D6 = ("To make the Ravensmere Town Centre Public Spaces Protection Order 2024 for a period of three years from "
      "1 December 2024, prohibiting the consumption of alcohol in the restricted area when asked to stop by an "
      "authorised officer, and to set the fixed penalty for breach at £100.")
D7 = ("(1) To approve the procurement of a four-year framework for nightly-paid temporary accommodation with an "
      "estimated total value of £38 million. (2) To instruct the Director of Housing to report back to Cabinet on "
      "the outcome of the procurement in June 2025.")
D8 = ("To note the forecast General Fund overspend of £6.2 million at Quarter 2 and the management actions set out "
      "in section 5 of the report, and to approve a virement of £1.1 million from the corporate contingency to "
      "Children's Services.")
D9 = ("To approve a two-year extension of the leisure management contract with Ravenlink Leisure Trust to "
      "31 March 2027, on the terms set out in the exempt appendix.")

DECISIONS = [
    ("5", "Ravensmere Community Safety Strategy 2025–2028", "Key decision – KD2024/117", [
        ("Decision:", D5),
        ("Reasons:", "The Council has a statutory duty under the Crime and Disorder Act 1998 to formulate and "
                     "implement a strategy with its partners, including the Metropolitan Police Service. The "
                     "priorities reflect the 2024 strategic assessment and a consultation with over 1,400 "
                     "residents held between 1 July and 25 August 2024."),
        ("Alternatives considered:", "Not to adopt a strategy – rejected because it would breach the statutory "
                                     "duty. To roll forward the 2021–2024 strategy – rejected because it no longer "
                                     "reflects current crime patterns."),
        ("Declarations of interest:", "None."),
    ]),
    ("6", "Ravensmere Town Centre Public Spaces Protection Order", "Key decision – KD2024/121", [
        ("Decision:", D6),
        ("Reasons:", "Evidence from the police and the Council's enforcement team shows persistent alcohol-related "
                     "anti-social behaviour in the town centre that has a detrimental effect on the quality of life "
                     "of those in the locality."),
        ("Alternatives considered:", "Allowing the existing order to lapse on 30 November 2024 – rejected. "
                                     "Extending the restricted area to Ravensmere Park – rejected as "
                                     "disproportionate on current evidence."),
        ("Declarations of interest:", "Councillor Kwame Asante declared a non-pecuniary interest as the holder of "
                                      "a premises licence in the town centre and did not take part in the "
                                      "decision."),
    ]),
    ("7", "Temporary Accommodation Procurement Framework", "Key decision – KD2024/109", [
        ("Decision:", D7),
        ("Reasons:", "Spending on nightly-paid accommodation has risen by 41% since 2022/23. A framework will "
                     "secure better value and quality standards."),
        ("Alternatives considered:", "Continuing spot purchasing – rejected on cost and quality grounds."),
        ("Declarations of interest:", "None."),
    ]),
    ("8", "Quarter 2 Budget Monitoring 2024/25", "Non-key decision", [
        ("Decision:", D8),
        ("Reasons:", "To keep Cabinet informed of the financial position and to address pressures in placements "
                     "for looked after children."),
        ("Alternatives considered:", "None – the report is required under the Council's Financial Regulations."),
        ("Declarations of interest:", "None."),
    ]),
    ("9", "Ravensmere Leisure Contract Extension (exempt appendix)", "Key decision – KD2024/125", [
        ("Decision:", D9),
        ("Reasons:", "An extension provides continuity while the Council completes its review of leisure provision "
                     "and avoids a procurement during the refurbishment of Northgate Pool."),
        ("Alternatives considered:", "Re-procurement in 2025 – rejected. Bringing the service in-house – to be "
                                     "considered in the leisure review."),
        ("Declarations of interest:", "Councillor Ruth Penhaligon declared that she is a trustee of Ravenlink "
                                      "Leisure Trust and left the room for this item."),
    ]),
]

RED = colors.HexColor("#8a1538")


def draw_page(c, page, total):
    w, h = A4
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, h - 9 * mm, w, 9 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(18 * mm, h - 6 * mm, "LONDON BOROUGH OF RAVENSMERE")
    c.setFont("Helvetica", 8.5)
    c.drawRightString(w - 18 * mm, h - 6 * mm, "Cabinet – Record of Decisions")
    c.setFillColor(colors.black)
    c.setFont("Times-Italic", 8)
    c.drawString(18 * mm, 10 * mm, "Published 14 November 2024. Decisions 5, 6, 7 and 9 may not be implemented until "
                                  "the call-in period has expired.")
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(w - 18 * mm, 10 * mm, f"{page}")
    c.restoreState()


def build(path):
    fonts()
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=4)
    lab = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5)
    val = ParagraphStyle("v", fontName="Times-Roman", fontSize=10.5, leading=13.2)
    boxs = ParagraphStyle("bx", fontName="Helvetica", fontSize=10, leading=13)
    boxt = ParagraphStyle("bt", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=RED)
    dh = ParagraphStyle("dh", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=colors.white)
    dk = ParagraphStyle("dk", fontName="Helvetica-Oblique", fontSize=8.5, leading=11, textColor=colors.white)
    box = Table([
        [Paragraph("CABINET<br/>RECORD OF DECISIONS", boxt),
         Paragraph("<b>Date of meeting:</b> Tuesday 12 November 2024, 7.00 pm<br/>"
                   "<b>Venue:</b> Committee Room 1, Ravensmere Town Hall<br/>"
                   "<b>Date of publication:</b> Thursday 14 November 2024<br/>"
                   "<b>Call-in deadline:</b> 5.00 pm, Thursday 21 November 2024", boxs)]],
        colWidths=[62 * mm, 112 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, RED), ("LINEAFTER", (0, 0), (0, 0), 0.5, RED),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 7),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                             ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#f6e9ee"))]))
    story = [Spacer(1, 4), box, Spacer(1, 10),
             Paragraph(f"<b>Councillors present:</b> {PRESENT}.", body),
             Paragraph(f"<b>Apologies:</b> {APOLOGIES}.", body),
             Paragraph(f"<b>Also present:</b> {ALSO}.", body),
             Paragraph(f"<b>Officers:</b> {OFFICERS}.", body),
             Paragraph("<i>Agenda items 1 to 4 (apologies, declarations of interest, minutes of the meeting held on "
                       "15 October 2024 and deputations) were procedural and are recorded in the minutes.</i>", body),
             Spacer(1, 6)]
    for num, title, key, rows in DECISIONS:
        data = [[Paragraph(f"{num}.&nbsp;&nbsp;{title}", dh), ""], [Paragraph(key, dk), ""]]
        for l, v in rows:
            data.append([Paragraph(l, lab), Paragraph(v, val)])
        t = Table(data, colWidths=[44 * mm, 130 * mm])
        t.setStyle(TableStyle([
            ("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 1), (1, 1)), ("BACKGROUND", (0, 0), (-1, 1), RED),
            ("BOX", (0, 0), (-1, -1), 0.8, RED), ("LINEBELOW", (0, 2), (-1, -2), 0.3, colors.HexColor("#c9a3b1")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story += [t, Spacer(1, 9)]
    story += [Spacer(1, 6),
              Paragraph("Sonia Petrakis<br/>Director of Law and Governance and Monitoring Officer", body),
              Paragraph("Contact: Democratic Services, London Borough of Ravensmere, Ravensmere Town Hall, Tel 020 8000 4127", body)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title="Cabinet Record of Decisions 12 November 2024",
                            author="London Borough of Ravensmere")
    doc.build(story, canvasmaker=numbered_canvas(draw_page))
