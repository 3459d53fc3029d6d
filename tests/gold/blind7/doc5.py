"""Doc 5: Westmarch Police and Crime Commissioner - Police and Crime Plan 2025-2029 (numbered circle graphic)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Flowable, NextPageTemplate)
from common import fonts

STEM = "blind7-uk-westmarch-pcc-police-and-crime-plan-2025-03"

NAVY = colors.HexColor("#1d2a4d")
PCOL = [colors.HexColor("#d6336c"), colors.HexColor("#f08c00"), colors.HexColor("#1098ad"), colors.HexColor("#5f3dc4")]

PRIORITIES = [
    ("01", "Preventing violence and protecting vulnerable people",
     "Violence against women and girls, child exploitation and serious youth violence cause the deepest harm. "
     "Working with the Westmarch Violence Reduction Partnership, we will intervene earlier and protect those most "
     "at risk."),
    ("02", "Tackling neighbourhood crime and anti-social behaviour",
     "Burglary, vehicle crime, shoplifting and anti-social behaviour are what residents raise with me most often. "
     "Visible, problem-solving neighbourhood policing is at the heart of this priority."),
    ("03", "Making our roads safer",
     "In 2024, 31 people died and 412 were seriously injured on Westmarch roads. Road safety was part of the "
     "Safer Communities priority in my previous plan; residents told us it deserves a priority of its own."),
    ("04", "Supporting victims and delivering swift justice",
     "Victims should be kept informed and supported from first contact to the end of their case. We will work "
     "with the Crown Prosecution Service (CPS) and the courts to reduce delays."),
]

OUTCOMES = [
    ("Preventing violence and protecting vulnerable people",
     ["Fewer hospital admissions for assault with a sharp object",
      "More domestic abuse perpetrators referred to behaviour change programmes",
      "Women and girls feel safer in public spaces at night"]),
    ("Tackling neighbourhood crime and anti-social behaviour",
     ["Fewer repeat victims of burglary", "Every reported burglary attended",
      "Higher public confidence in local policing"]),
    ("Making our roads safer",
     ["A 20% reduction in people killed or seriously injured by 2029", "More drink and drug driving detected"]),
    ("Supporting victims and delivering swift justice",
     ["Higher victim satisfaction with Victim Care Westmarch", "Shorter time from charge to first hearing"]),
]

CROSS = ["Listening to communities", "Tackling inequality and disproportionality",
         "Efficient and effective policing"]

ACTIONS = [
    ("Commission a county-wide domestic abuse perpetrator programme", "01", "OPCC", "By September 2025"),
    ("Publish a Serious Violence Duty response strategy with the Violence Reduction Partnership", "01",
     "Westmarch VRP", "2025/26"),
    ("Introduce a named neighbourhood officer for every ward", "02", "Chief Constable", "By March 2026"),
    ("Fund a Community Safety Fund grant round for local ASB projects", "02", "OPCC", "Annually, from April 2025"),
    ("Expand average speed cameras on the A-road network", "03", "Westmarch Safer Roads Partnership",
     "2025/26 – 2026/27"),
    ("Launch a young drivers' education programme with schools", "03", "Westmarch Fire and Rescue Service",
     "By December 2025"),
    ("Re-commission Victim Care Westmarch with a single referral route", "04", "OPCC", "By April 2026"),
    ("Establish a Local Criminal Justice Board delay task group with the CPS", "04",
     "Local Criminal Justice Board", "By June 2025"),
    ("Publish an annual report on progress against this plan", "All", "Police and Crime Commissioner",
     "Each July"),
]


class PriorityBlock(Flowable):
    def __init__(self, num, title, text, colour, width):
        super().__init__()
        self.num, self.title, self.text, self.colour, self.w = num, title, text, colour, width
        self.tp = Paragraph(title, ParagraphStyle("pt", fontName="Helvetica-Bold", fontSize=14, leading=17,
                                                  textColor=colour))
        self.bp = Paragraph(text, ParagraphStyle("pb", fontName="Helvetica", fontSize=10, leading=13.5,
                                                 textColor=colors.HexColor("#333333")))

    def wrap(self, aw, ah):
        tw = self.w - 34 * mm
        _, self.th = self.tp.wrap(tw, ah)
        _, self.bh = self.bp.wrap(tw, ah)
        self.h = max(28 * mm, self.th + self.bh + 6)
        return self.w, self.h

    def draw(self):
        c = self.canv
        r = 12 * mm
        c.setFillColor(self.colour)
        c.circle(r + 2, self.h - r - 2, r, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 26)
        c.drawCentredString(r + 2, self.h - r - 11, self.num)
        self.tp.drawOn(c, 34 * mm, self.h - self.th)
        self.bp.drawOn(c, 34 * mm, self.h - self.th - 4 - self.bh)


def cover(c, d):
    w, h = A4
    c.saveState()
    c.setFillColor(NAVY)
    c.rect(0, h - 95 * mm, w, 95 * mm, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#f08c00"))
    c.rect(0, h - 98 * mm, w, 3 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 12)
    c.drawString(20 * mm, h - 25 * mm, "Westmarch Police and Crime Commissioner")
    c.setFont("Helvetica-Bold", 34)
    c.drawString(20 * mm, h - 50 * mm, "Police and Crime Plan")
    c.setFont("Helvetica-Bold", 26)
    c.setFillColor(colors.HexColor("#ffd43b"))
    c.drawString(20 * mm, h - 64 * mm, "2025–2029")
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Oblique", 12)
    c.drawString(20 * mm, h - 80 * mm, "Safer streets, safer homes, safer roads")
    c.setFont("Helvetica", 9)
    c.drawRightString(w - 20 * mm, h - 88 * mm, "Published March 2025")
    footer(c, d)
    c.restoreState()


def footer(c, d):
    w, h = A4
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#666666"))
    c.drawString(20 * mm, 10 * mm, "Westmarch Police and Crime Plan 2025–2029")
    c.setFillColor(NAVY)
    c.circle(w - 22 * mm, 11.5 * mm, 4 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(w - 22 * mm, 10.3 * mm, str(d.page))


def inner(c, d):
    c.saveState()
    w, h = A4
    c.setFillColor(NAVY)
    c.rect(0, h - 8 * mm, w, 8 * mm, fill=1, stroke=0)
    footer(c, d)
    c.restoreState()


def build(path):
    fonts()
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=NAVY, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=NAVY, spaceBefore=8,
                        spaceAfter=3)
    bul = ParagraphStyle("bl", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11.5)
    cellh = ParagraphStyle("ch", fontName="Helvetica-Bold", fontSize=9, leading=11.5, textColor=colors.white)
    W = A4[0] - 40 * mm
    story = [Spacer(1, 95 * mm),
             Paragraph("Foreword", h1),
             Paragraph("When I was elected as your Police and Crime Commissioner in May 2024, I promised to put "
                       "the priorities of Westmarch residents at the centre of policing. This plan is the result. "
                       "More than 3,200 people took part in our consultation between October and December 2024, "
                       "alongside councils, community safety partnerships, victims' groups and Westmarch "
                       "Constabulary officers and staff.", body),
             Paragraph("The plan sets four priorities for the Chief Constable and for my office, the Office of the "
                       "Police and Crime Commissioner (OPCC), and explains how I will hold Westmarch Constabulary "
                       "to account. Efficient and effective policing is no longer a separate priority, as it was "
                       "in my predecessor's 2021–2024 plan; it now runs through everything as one of three "
                       "commitments. The Westmarch Police and Crime Panel reviewed the draft on 4 February 2025 and "
                       "the plan takes effect from 1 April 2025.", body),
             Spacer(1, 8),
             Paragraph("<b>Rebecca Thorne</b><br/>Westmarch Police and Crime Commissioner", body),
             NextPageTemplate("inner"), PageBreak(),
             Paragraph("Our priorities", h1),
             Paragraph("Four priorities will guide policing and community safety in Westmarch until 2029.", body),
             Spacer(1, 6)]
    for (n, t, x), col in zip(PRIORITIES, PCOL):
        story += [PriorityBlock(n, t, x, col, W), Spacer(1, 10)]
    story += [PageBreak(), Paragraph("What we want to achieve", h1),
              Paragraph("For each priority, these are the outcomes we will report on to the Police and Crime "
                        "Panel.", body)]
    for (t, outs), col in zip(OUTCOMES, PCOL):
        story.append(Paragraph(f'<font color="{col.hexval().replace("0x", "#")}">■</font> {t}',
                               ParagraphStyle("o", parent=h2, fontName="DejaVu-Bold")))
        story += [Paragraph(o, bul, bulletText="•") for o in outs]
    story += [Spacer(1, 8), Paragraph("Commitments that run through the plan", h2),
              Paragraph("Three cross-cutting commitments apply to every priority:", body)]
    story += [Paragraph(x, bul, bulletText="–") for x in CROSS]
    story += [PageBreak(), Paragraph("Delivering the plan", h1),
              Paragraph("The table below sets out the main actions, who will lead them and when. Progress will be "
                        "reported to the Westmarch Police and Crime Panel every six months.", body)]
    data = [[Paragraph(x, cellh) for x in ("Action", "Priority", "Lead", "Timescale")]]
    for a, p, l, t in ACTIONS:
        data.append([Paragraph(a, cell), Paragraph(p, cell), Paragraph(l, cell), Paragraph(t, cell)])
    tab = Table(data, colWidths=[78 * mm, 16 * mm, 42 * mm, 34 * mm], repeatRows=1)
    tab.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY),
                             ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#edf0f7")]),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5c4")),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [tab, Spacer(1, 10),
              Paragraph("Abbreviations: OPCC – Office of the Police and Crime Commissioner; VRP – Violence Reduction "
                        "Partnership; CPS – Crown Prosecution Service.", ParagraphStyle("s", parent=body, fontSize=8))]
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                          bottomMargin=20 * mm, title="Police and Crime Plan 2025-2029",
                          author="Office of the Police and Crime Commissioner for Westmarch")
    fr = Frame(20 * mm, 20 * mm, W, A4[1] - 38 * mm, id="f")
    doc.addPageTemplates([PageTemplate("cover", [fr], onPage=cover), PageTemplate("inner", [fr], onPage=inner)])
    doc.build(story)
