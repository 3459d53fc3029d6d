"""Irish county library development plan: cover page (bilingual), foreword, numbered 'Ambition' banners each
with a ruled action table (No. | We will ... | Lead | Partners | When), statement of changes from the
previous plan, KPIs; calendar-year timing; '- n -' page labels."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, NextPageTemplate, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from lib import PDF, register_fonts

STEM = "blind10-ie-kilbarra-coco-library-development-plan-2025-2029"
register_fonts()
PLUM = colors.HexColor("#6a1b4d")
SAGE = colors.HexColor("#dfe9e1")
base = ParagraphStyle("b", fontName="DejaVuSans", fontSize=9.4, leading=13, spaceAfter=5)
serif_h = ParagraphStyle("h", parent=base, fontName="DejaVuSerif-Bold", fontSize=14, leading=18, textColor=PLUM,
                         spaceBefore=6)
cell = ParagraphStyle("c", parent=base, fontSize=8.3, leading=10.4, spaceAfter=0)
W, H = A4


def P(t, s=base):
    return Paragraph(t, s)


def cover(c, doc):
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DejaVuSerif-Bold", 30)
    c.drawString(22 * mm, H - 90 * mm, "Library Development")
    c.drawString(22 * mm, H - 103 * mm, "Plan 2025\u20132029")
    c.setFont("DejaVuSerif-Italic", 14)
    c.drawString(22 * mm, H - 116 * mm, "Open doors, open minds")
    c.setFont("DejaVuSans", 11)
    c.drawString(22 * mm, H - 240 * mm, "Kilbarra County Council")
    c.drawString(22 * mm, H - 246 * mm, "Comhairle Contae Chill Bharra")
    c.drawString(22 * mm, H - 258 * mm, "Leabharlanna Chill Bharra | Kilbarra Libraries")
    c.restoreState()


def inner(c, doc):
    c.saveState()
    c.setFont("DejaVuSans", 7.5)
    c.setFillColor(PLUM)
    c.drawString(20 * mm, H - 12 * mm, "Kilbarra Libraries \u2013 Library Development Plan 2025\u20132029")
    c.drawCentredString(W / 2, 10 * mm, f"\u2013 {doc.page} \u2013")
    c.restoreState()


def ambition(n, name, text, rows):
    ban = Table([[P(f"<font color='white'>AMBITION {n}</font>", ParagraphStyle("a", parent=base, fontSize=9)),
                  P(f"<font color='white'><b>{name}</b></font>",
                    ParagraphStyle("an", parent=base, fontName="DejaVuSerif-Bold", fontSize=13, leading=16))]],
                colWidths=[28 * mm, 142 * mm])
    ban.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PLUM), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    data = [[P(f"<b>{h}</b>", cell) for h in ("No.", "We will \u2026", "Lead", "Partners", "When")]]
    data += [[P(x, cell) for x in r] for r in rows]
    t = Table(data, colWidths=[11 * mm, 79 * mm, 27 * mm, 31 * mm, 22 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a6f80")),
                           ("BACKGROUND", (0, 0), (-1, 0), SAGE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 6), ban, Spacer(1, 4), P(text), t, Spacer(1, 6)]


def build():
    s = [NextPageTemplate("inner")]
    doc = SimpleDocTemplate(str(PDF / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=17 * mm, title="Library Development Plan 2025-2029",
                            author="Kilbarra County Council")
    s = [PageBreak()]
    s.append(P("Foreword", serif_h))
    s.append(P("Our libraries had over 612,000 visits in 2024, and more than a third of people in the county are "
               "members. This plan sets out how Kilbarra Libraries will build on that over the next five years. It "
               "was adopted by the elected members of Kilbarra County Council at their plenary meeting on 10 "
               "February 2025, following public consultation in autumn 2024."))
    s.append(P("The plan follows the national public library strategy, <i>Our Public Libraries 2022</i>, published by "
               "the Department of Rural and Community Development (DRCD) and the Local Government Management Agency "
               "(LGMA), and its three strategic programmes:"))
    s.append(P("\u2022&nbsp;&nbsp;Reading and Literacy<br/>\u2022&nbsp;&nbsp;Learning and Information<br/>"
               "\u2022&nbsp;&nbsp;Community and Culture", ParagraphStyle("bl", parent=base, leftIndent=8 * mm)))
    s.append(P("Cllr M\u00e1ire N\u00ed Bhriain, Cathaoirleach &nbsp;&nbsp;&nbsp;&nbsp; Declan Furlong, Chief Executive",
               ParagraphStyle("sig", parent=base, fontName="DejaVuSans-Oblique")))
    s.append(P("Our five ambitions", serif_h))
    amb = ["Libraries for everyone: inclusive, accessible and welcoming", "Reading and literacy for life",
           "Learning, skills and digital inclusion", "Culture, creativity and community",
           "Modern spaces and sustainable services"]
    t = Table([[P(f"<b>{i}</b>", ParagraphStyle("n", parent=base, fontSize=16, leading=18, textColor=PLUM,
                                               alignment=1)), P(a, ParagraphStyle("x", parent=base, fontSize=11,
                                                                                   leading=14))]
               for i, a in enumerate(amb, 1)], colWidths=[12 * mm, 150 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -2), 0.4, PLUM)]))
    s += [t, Spacer(1, 6)]
    s.append(P("What has changed since the last plan", serif_h))
    s.append(P("Compared with the Library Development Plan 2019\u20132023, <b>Modern spaces and sustainable "
               "services</b> is a new ambition, reflecting the library building programme and the Council\u2019s "
               "climate commitments. The former theme <b>Business and enterprise</b> has been merged into Ambition 3, "
               "Learning, skills and digital inclusion."))

    s += ambition(1, "Libraries for everyone: inclusive, accessible and welcoming",
                  "Library membership is free. We want every person in the county to feel that the library is for "
                  "them.", [
                      ["1.1", "Extend My Open Library self-service opening to Castlemoyle and Rathdrum Bridge "
                              "libraries", "Library Service", "\u2013", "2025"],
                      ["1.2", "Provide sensory-friendly spaces and autism-friendly hours in all branch libraries",
                       "Library Service", "AsIAm", "2025\u20132026"],
                      ["1.3", "Develop a library outreach service for older people in nursing homes and day centres",
                       "Library Service", "Age Friendly Ireland; HSE", "2026"]])
    s += ambition(2, "Reading and literacy for life",
                  "Reading for pleasure is at the heart of what we do.", [
                      ["2.1", "Deliver the Right to Read programme in every branch, including Summer Stars and "
                              "Spring into Storytime", "Library Service", "Schools", "2025\u20132029"],
                      ["2.2", "Set up a Kilbarra Reads county-wide book festival each October", "Library Service",
                       "Arts Office", "From 2025"],
                      ["2.3", "Support adult literacy with reading groups in partnership with the ETB",
                       "Library Service", "Kilbarra and Westmoor Education and Training Board (KWETB)", "2026"]])
    s += ambition(3, "Learning, skills and digital inclusion",
                  "Libraries are places to learn at every stage of life, and now include our business and "
                  "enterprise supports.", [
                      ["3.1", "Run digital skills classes for 1,500 adults a year and lend laptops and Wi-Fi hotspots",
                       "Library Service", "KWETB", "2025\u20132029"],
                      ["3.2", "Open a Work Matters co-working hub in Kilbarra Central Library", "Library Service",
                       "Local Enterprise Office Kilbarra", "2026"],
                      ["3.3", "Host Healthy Ireland at Your Library talks and resources", "Library Service",
                       "Healthy Ireland", "Annually"]])
    s += ambition(4, "Culture, creativity and community",
                  "The library is a free, shared cultural space in every town.", [
                      ["4.1", "Deliver a Creative Ireland programme of writers\u2019 residencies and exhibitions",
                       "Arts Office", "Creative Ireland", "2025\u20132027"],
                      ["4.2", "Digitise the Kilbarra local studies photographic collection and publish it online",
                       "Local Studies", "\u2013", "2027"]])
    s += ambition(5, "Modern spaces and sustainable services",
                  "Our buildings must be fit for the next fifty years.", [
                      ["5.1", "Complete the new Castlemoyle Library and Cultural Centre", "Architects Department",
                       "DRCD", "2027"],
                      ["5.2", "Reduce energy use in library buildings by 30% and replace the mobile library with an "
                              "electric vehicle", "Library Service", "Climate Action Team", "2029"]])
    s.append(P("Monitoring and review", serif_h))
    s.append(P("Progress will be reported to the Community Development Strategic Policy Committee each year. A "
               "mid-term review will take place in 2027, and a final report will be published in early 2030."))
    doc.build(s, onFirstPage=cover, onLaterPages=inner)


if __name__ == "__main__":
    build()
