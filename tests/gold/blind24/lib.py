"""Shared helpers for the blind24 set: fonts, styles, line lookup in pdftotext -layout, key writing."""
import json
import re
import subprocess
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = Path(__file__).resolve().parent
PDF = HERE / "pdf"
GOLD = HERE  # the keys sit beside the scripts, where score.py reads them
LINE_BASIS = ("source_line/start_line values are 1-based line numbers in `pdftotext -layout` "
              "(poppler 22.12) output of the PDF")

_FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSans-Italic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibSerif-Italic": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "DejaVuSansCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCond-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
}


def fonts():
    for name, path in _FONTS.items():
        if Path(path).exists() and name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
    from reportlab.lib.fonts import addMapping
    for fam, it in (("DejaVuSans", "DejaVuSans"), ("DejaVuSerif", "DejaVuSerif"), ("LibSans", "LibSans-Italic"),
                    ("LibNarrow", "LibNarrow"),
                    ("LibSerif", "LibSerif-Italic"), ("DejaVuSansCond", "DejaVuSansCond")):
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, it)
        addMapping(fam, 1, 1, fam + "-Bold")


def style(name, font="Helvetica", size=10, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, **kw)


def layout_text(pdf):
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def _n(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.lower().split())


def _words(s):
    return re.findall(r"[\w£$€%]+", _n(s))


def _segments(line):
    """Column chunks of a layout line (split on runs of 3+ spaces), normalised to word lists."""
    return [_words(seg) for seg in re.split(r"\s{3,}", line) if seg.strip()]


class Lines:
    """1-based line lookup in pdftotext -layout output."""

    def __init__(self, pdf):
        self.lines = layout_text(pdf).split("\n")
        self.norm = [_n(l) for l in self.lines]
        self.segs = [_segments(l) for l in self.lines]

    def _score(self, i, words):
        """Best number of snippet words matched starting on line i, following the text onto later lines
        when a column chunk ends with a prefix of the snippet."""
        best = 0
        for seg in self.segs[i]:
            for p in range(len(seg)):
                if seg[p] != words[0]:
                    continue
                k = 0
                while p + k < len(seg) and k < len(words) and seg[p + k] == words[k]:
                    k += 1
                if p + k == len(seg) and k < len(words):  # chunk exhausted: continue on the next lines
                    j = i + 1
                    while j < len(self.lines) and j <= i + 3 and k < len(words):
                        nxt = [sg for sg in self.segs[j] if sg and sg[0] == words[k]]
                        if not nxt:
                            if self.segs[j]:
                                break
                            j += 1
                            continue
                        sg = max(nxt, key=lambda sg: sum(1 for a, b in zip(sg, words[k:]) if a == b))
                        m = 0
                        while m < len(sg) and k + m < len(words) and sg[m] == words[k + m]:
                            m += 1
                        k += m
                        if m < len(sg):
                            break
                        j += 1
                best = max(best, k)
        return best

    def find(self, snippet, after=0):
        """Line number (1-based), after line `after`, where the snippet begins: the line whose column chunk
        holds the snippet's first word and from which the longest run of the snippet's words follows."""
        words = _words(snippet)
        best, where = 0, None
        for i in range(after, len(self.lines)):
            sc = self._score(i, words)
            if sc > best:
                best, where = sc, i + 1
            if best == len(words):
                break
        if where is None:
            raise ValueError(f"not found: {snippet!r}")
        return where


def write_keys(stem, meetings_doc, facts_doc):
    for kind, body in (("meetings", meetings_doc), ("facts", facts_doc)):
        data = {"document": f"{stem}.pdf", "line_basis": LINE_BASIS}
        data.update(body)
        (GOLD / f"{stem}.{kind}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def numbered_canvas(draw):
    """Canvas class calling draw(canvas, page, total) on every page once the page count is known
    (for "Page x of y" headers/footers)."""
    from reportlab.pdfgen import canvas as _canvas

    class NumberedCanvas(_canvas.Canvas):
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
                _canvas.Canvas.showPage(self)
            _canvas.Canvas.save(self)

    return NumberedCanvas
