"""Shared reportlab helpers for the blind8 documents."""
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (Paragraph, Spacer, Table, TableStyle, PageBreak,
                                SimpleDocTemplate, BaseDocTemplate, Frame, PageTemplate,
                                KeepTogether, FrameBreak, ListFlowable, ListItem)

FONTDIR = "/usr/share/fonts/truetype/"
FAMILIES = {
    "LSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
               "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf"),
    "LSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
              "liberation/LiberationSans-Italic.ttf", "liberation/LiberationSans-BoldItalic.ttf"),
    "DV": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
           "dejavu/DejaVuSans-Oblique.ttf", "dejavu/DejaVuSans-BoldOblique.ttf"),
    "DVC": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf",
            "dejavu/DejaVuSansCondensed-Oblique.ttf", "dejavu/DejaVuSansCondensed-BoldOblique.ttf"),
    "DVSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
                "dejavu/DejaVuSerif-Italic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"),
}
for fam, files in FAMILIES.items():
    names = [fam, fam + "-Bold", fam + "-Italic", fam + "-BoldItalic"]
    for n, f in zip(names, files):
        pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
    addMapping(fam, 0, 0, names[0])
    addMapping(fam, 1, 0, names[1])
    addMapping(fam, 0, 1, names[2])
    addMapping(fam, 1, 1, names[3])


def styles(font, size=10.5, lead=None):
    lead = lead or size * 1.3
    s = {}
    s["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=lead, spaceAfter=5)
    s["bodyj"] = ParagraphStyle("bodyj", parent=s["body"], alignment=4)
    s["small"] = ParagraphStyle("small", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    s["cell"] = ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    s["cellb"] = ParagraphStyle("cellb", fontName=font + "-Bold", fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    s["h1"] = ParagraphStyle("h1", fontName=font + "-Bold", fontSize=size + 6, leading=(size + 6) * 1.25, spaceAfter=6)
    s["h2"] = ParagraphStyle("h2", fontName=font + "-Bold", fontSize=size + 2, leading=(size + 2) * 1.3, spaceBefore=6, spaceAfter=4)
    s["h3"] = ParagraphStyle("h3", fontName=font + "-Bold", fontSize=size, leading=lead, spaceBefore=5, spaceAfter=3)
    s["center"] = ParagraphStyle("center", parent=s["body"], alignment=1)
    s["centerb"] = ParagraphStyle("centerb", parent=s["body"], alignment=1, fontName=font + "-Bold")
    s["right"] = ParagraphStyle("right", parent=s["body"], alignment=2)
    s["indent"] = ParagraphStyle("indent", parent=s["body"], leftIndent=12 * mm)
    s["indent2"] = ParagraphStyle("indent2", parent=s["body"], leftIndent=20 * mm)
    s["bullet"] = ParagraphStyle("bullet", parent=s["body"], leftIndent=8 * mm, bulletIndent=3 * mm, spaceAfter=2)
    return s


def P(text, st):
    return Paragraph(text, st)


def bullets(items, st, char="\u2022"):
    return [Paragraph(t, st, bulletText=char) for t in items]
