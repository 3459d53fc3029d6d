"""Shared drawing helpers for blind7 (reportlab only)."""
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_reg = False


def fonts():
    global _reg
    if not _reg:
        d = "/usr/share/fonts/truetype/dejavu/"
        pdfmetrics.registerFont(TTFont("DejaVu", d + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", d + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", d + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", d + "DejaVuSerif-Bold.ttf"))
        l = "/usr/share/fonts/truetype/liberation/"
        pdfmetrics.registerFont(TTFont("LibNarrow", l + "LiberationSansNarrow-Regular.ttf"))
        pdfmetrics.registerFont(TTFont("LibNarrow-Bold", l + "LiberationSansNarrow-Bold.ttf"))
        _reg = True


def numbered_canvas(draw):
    """Canvas class that calls draw(canvas, page, total) on every page (for 'Page X of Y')."""
    class NC(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                draw(self, self._pageNumber, n)
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)
    return NC
