"""Doc 7: Safer Fenmoor Strategy 2024-2027 'on a page' - landscape, three side-by-side columns, partner strip."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Frame, Spacer
from reportlab.pdfgen import canvas
from common import fonts

STEM = "blind7-uk-fenmoor-csp-safer-fenmoor-strategy-on-a-page-2024-07"

TEAL = colors.HexColor("#0b7285")
PLUM = colors.HexColor("#862e9c")

VISION = ("Fenmoor is a place where everyone feels safe at home, online and in their community, and where "
          "partners act early to stop harm before it happens.")
PRIORITIES = ["Keeping young people safe from violence and exploitation",
              "Reducing anti-social behaviour in our town centres and estates",
              "Protecting people from domestic abuse and sexual violence",
              "Tackling drug and alcohol related harm",
              "Building strong, cohesive communities"]
HOW = ["Set up ASB problem-solving hubs in Wisbeach Fen, Marlow Drove and Fenmoor town by March 2025",
       "Commission a youth outreach team working evenings and weekends",
       "Roll out Operation Encompass to every Fenmoor school",
       "Train licensed premises staff in spotting vulnerability",
       "Share data through a single partnership problem profile refreshed every year",
       "Expand the Fenmoor Community Champions network to 120 volunteers",
       "Use the Safer Streets fund to improve lighting and CCTV in hotspots"]
PARTNERS = ["Fenmoor District Council", "Southfen Constabulary", "Southfen Fire and Rescue Service",
            "NHS Fenlands Integrated Care Board", "The Probation Service", "Fenmoor Housing Association",
            "Fenmoor CVS"]
MILESTONES = [("9 July 2024", "Strategy adopted by the Fenmoor CSP Board"),
              ("October 2024", "Year 1 delivery plan published"),
              ("March 2025", "Problem-solving hubs operating in all three areas"),
              ("July 2025", "First annual review and refresh of the problem profile"),
              ("March 2027", "Strategy ends; new strategic assessment completed")]
MEASURES = ["Fewer first-time entrants to the youth justice system",
            "A fall in repeat ASB incidents reported to partners",
            "More victims of domestic abuse supported by specialist services",
            "More people in drug and alcohol treatment",
            "Residents who feel safe in their area after dark (annual survey)"]


def header(c, w, h, sub):
    c.setFillColor(TEAL)
    c.rect(0, h - 30 * mm, w, 30 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(14 * mm, h - 15 * mm, "Safer Fenmoor Strategy 2024–2027")
    c.setFont("Helvetica", 11)
    c.drawString(14 * mm, h - 24 * mm, sub)
    c.setFont("Helvetica-Bold", 10)
    c.drawRightString(w - 14 * mm, h - 15 * mm, "Fenmoor Community Safety Partnership")
    c.setFont("Helvetica", 9)
    c.drawRightString(w - 14 * mm, h - 24 * mm, "July 2024")


def col_head(c, x, y, wd, text, colour):
    c.setFillColor(colour)
    c.roundRect(x, y, wd, 11 * mm, 3 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(x + 5 * mm, y + 3.6 * mm, text)


def build(path):
    fonts()
    w, h = landscape(A4)
    c = canvas.Canvas(path, pagesize=landscape(A4))
    c.setTitle("Safer Fenmoor Strategy on a page")
    c.setAuthor("Fenmoor District Council")
    vis = ParagraphStyle("v", fontName="Times-BoldItalic", fontSize=17, leading=23, textColor=TEAL)
    txt = ParagraphStyle("t", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
    bul = ParagraphStyle("bu", parent=txt, leftIndent=11, bulletIndent=0, spaceAfter=5)
    pri = ParagraphStyle("p", parent=bul, fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=PLUM,
                         spaceAfter=8)
    gap, left = 7 * mm, 14 * mm
    cw = (w - 2 * left - 2 * gap) / 3
    top = h - 38 * mm
    # ---- page 1
    header(c, w, h, "Our strategy on a page")
    heads = [("Our vision", TEAL), ("Our priorities", PLUM), ("How we will get there", colors.HexColor("#e67700"))]
    for i, (t, col) in enumerate(heads):
        col_head(c, left + i * (cw + gap), top - 11 * mm, cw, t, col)
    fh = top - 13 * mm - 34 * mm
    Frame(left, 34 * mm, cw, fh, showBoundary=0).addFromList(
        [Paragraph(VISION, vis), Spacer(1, 10),
         Paragraph("This strategy sets out how the partners of the Fenmoor Community Safety Partnership will work "
                   "together over the next three years. It is based on our 2024 strategic assessment and on what "
                   "860 residents told us in the Fenmoor Safety Survey.", txt)], c)
    Frame(left + cw + gap, 34 * mm, cw, fh, showBoundary=0).addFromList(
        [Paragraph(p, pri, bulletText="●") for p in PRIORITIES], c)
    Frame(left + 2 * (cw + gap), 34 * mm, cw, fh, showBoundary=0).addFromList(
        [Paragraph(a, bul, bulletText="✔".replace("✔", "›")) for a in HOW], c)
    # partner strip
    c.setFillColor(colors.HexColor("#f1f3f5"))
    c.rect(0, 8 * mm, w, 24 * mm, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#495057"))
    c.setFont("Helvetica-Bold", 8)
    c.drawString(left, 27 * mm, "OUR PARTNERS")
    x, y = left, 19 * mm
    c.setFont("Helvetica-Bold", 9)
    for p in PARTNERS:
        pw = c.stringWidth(p, "Helvetica-Bold", 9) + 8 * mm
        if x + pw > w - left:
            x, y = left, y - 9 * mm
        c.setStrokeColor(colors.HexColor("#adb5bd"))
        c.roundRect(x, y, pw, 7 * mm, 2 * mm, fill=0, stroke=1)
        c.drawString(x + 4 * mm, y + 2.3 * mm, p)
        x += pw + 2.2 * mm
    c.setFont("Helvetica", 7.5)
    c.drawRightString(w - left, 5 * mm, "1")
    c.showPage()
    # ---- page 2
    header(c, w, h, "Making it happen")
    heads2 = [("Key milestones", TEAL), ("How we will know it is working", PLUM), ("Governance", colors.HexColor("#e67700"))]
    for i, (t, col) in enumerate(heads2):
        col_head(c, left + i * (cw + gap), top - 11 * mm, cw, t, col)
    ms = []
    for d, t in MILESTONES:
        ms.append(Paragraph(f"<b>{d}</b>", ParagraphStyle("md", parent=txt, textColor=TEAL, spaceAfter=1)))
        ms.append(Paragraph(t, txt))
    fh2 = top - 13 * mm - 20 * mm
    Frame(left, 20 * mm, cw, fh2).addFromList(ms, c)
    Frame(left + cw + gap, 20 * mm, cw, fh2).addFromList(
        [Paragraph("We will track these measures and publish them each year:", txt)] +
        [Paragraph(m, bul, bulletText="•") for m in MEASURES], c)
    Frame(left + 2 * (cw + gap), 20 * mm, cw, fh2).addFromList(
        [Paragraph("The Fenmoor CSP Board owns this strategy and meets quarterly. Delivery is overseen by the "
                   "Safer Fenmoor Delivery Group, chaired by the Fenmoor District Council Head of Community "
                   "Safety.", txt),
         Paragraph("The Board reports each year to the Fenmoor Overview and Scrutiny Panel and to the Southfen "
                   "Police and Crime Commissioner.", txt),
         Paragraph("Contact: safer.fenmoor@fenmoor.example.gov.uk", txt)], c)
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.black)
    c.drawRightString(w - left, 5 * mm, "2")
    c.showPage()
    c.save()
