"""Shared drawing helpers for the blind5 PDFs (fonts, styles)."""
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"


def register():
    fams = {
        "Sans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic", LIB),
        "Serif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic", LIB),
        "DV": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique", DJV),
        "DVC": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique", "DejaVuSansCondensed-BoldOblique", DJV),
    }
    for fam, (r, b, i, bi, d) in fams.items():
        pdfmetrics.registerFont(TTFont(fam, d + r + ".ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-B", d + b + ".ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-I", d + i + ".ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-BI", d + bi + ".ttf"))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")


def styles(font="Sans", size=10, lead=None):
    lead = lead or size * 1.3
    s = {}
    s["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=lead, spaceAfter=size * 0.55)
    s["tight"] = ParagraphStyle("tight", parent=s["body"], spaceAfter=1)
    s["small"] = ParagraphStyle("small", parent=s["body"], fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=1)
    s["h1"] = ParagraphStyle("h1", parent=s["body"], fontName=font + "-B", fontSize=size + 6, leading=size + 9, spaceBefore=6, spaceAfter=8)
    s["h2"] = ParagraphStyle("h2", parent=s["body"], fontName=font + "-B", fontSize=size + 2, leading=size + 5, spaceBefore=10, spaceAfter=4)
    s["h3"] = ParagraphStyle("h3", parent=s["body"], fontName=font + "-B", fontSize=size, leading=lead, spaceBefore=6, spaceAfter=3)
    s["ind"] = ParagraphStyle("ind", parent=s["body"], leftIndent=22, firstLineIndent=-16, spaceAfter=2)
    s["ind2"] = ParagraphStyle("ind2", parent=s["body"], leftIndent=40, firstLineIndent=-16, spaceAfter=2)
    s["center"] = ParagraphStyle("center", parent=s["body"], alignment=1)
    s["right"] = ParagraphStyle("right", parent=s["body"], alignment=2)
    s["cell"] = ParagraphStyle("cell", parent=s["body"], fontSize=size - 1, leading=(size - 1) * 1.22, spaceAfter=0)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=font + "-B")
    return s


GREY = colors.HexColor("#6b6b6b")
