"""Shared helpers for the blind9 documents: fonts, output paths, pdftotext line lookup, key writing."""
import json
import re
import subprocess
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

ROOT = Path(__file__).resolve().parent
PDF_DIR = ROOT / "pdf"
KEY_DIR = ROOT  # the keys sit beside the scripts, where score.py reads them
PDF_DIR.mkdir(exist_ok=True)
KEY_DIR.mkdir(exist_ok=True)

LINE_BASIS = ("source_line/start_line values are 1-based line numbers in `pdftotext -layout` "
              "output of the PDF")

_FONTS = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LibSans-Italic": "liberation/LiberationSans-Italic.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LibSerif-Italic": "liberation/LiberationSerif-Italic.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
}


def register_fonts():
    for name, rel in _FONTS.items():
        path = Path("/usr/share/fonts/truetype") / rel
        if path.exists() and name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))


def pdf_path(stem):
    return str(PDF_DIR / f"{stem}.pdf")


def _norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.split()).lower()


class Lines:
    """pdftotext -layout lines of a PDF, with a finder for source_line values."""

    def __init__(self, stem):
        out = subprocess.run(["pdftotext", "-layout", pdf_path(stem), "-"],
                             capture_output=True, text=True, check=True).stdout
        self.lines = out.split("\n")
        self.normed = [_norm(l) for l in self.lines]

    def find(self, snippet, after=0):
        """1-based number of the first line at/after line `after` containing snippet
        (whitespace-normalised, case-insensitive). Falls back to shorter prefixes of the snippet."""
        words = _norm(snippet).split()
        for n in range(len(words), 0, -1):
            probe = " ".join(words[:n])
            for i in range(max(after - 1, 0), len(self.normed)):
                if probe in self.normed[i]:
                    return i + 1
        raise ValueError(f"not found: {snippet!r} after {after}")


def write_keys(stem, meetings_doc, facts_doc):
    meetings_doc = {"document": f"{stem}.pdf", "line_basis": LINE_BASIS, **meetings_doc}
    facts_doc = {"document": f"{stem}.pdf", "line_basis": LINE_BASIS, **facts_doc}
    (KEY_DIR / f"{stem}.meetings.json").write_text(json.dumps(meetings_doc, indent=2, ensure_ascii=False) + "\n")
    (KEY_DIR / f"{stem}.facts.json").write_text(json.dumps(facts_doc, indent=2, ensure_ascii=False) + "\n")
    print("keys written:", stem)


def A(L, text, owner, due, find=None, after=0, **extra):
    """An action with its source_line (line of the text's first words)."""
    d = {"text": text, "owner": owner, "due": due, "source_line": L.find(find or text, after)}
    d.update(extra)
    return d


def D(L, text, iso, what, find=None, after=0, **extra):
    """A date with its source_line."""
    d = {"text": text, "iso": iso, "what": what, "source_line": L.find(find or text, after)}
    d.update(extra)
    return d


def O(name, aliases=(), type_=None, **extra):
    d = {"name": name, "aliases": list(aliases)}
    if type_:
        d["type"] = type_
    d.update(extra)
    return d


def P(name, status, role=None):
    return {"name": name, "role": role, "status": status}
