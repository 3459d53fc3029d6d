"""Shared helpers for the blind10 set: fonts, paths, the Lines helper and key writing."""
import json
import re
import subprocess
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = Path(__file__).resolve().parent
PDF = HERE / "pdf"
GOLD = HERE  # the keys sit beside the scripts, where score.py reads them
PDF.mkdir(exist_ok=True)
GOLD.mkdir(exist_ok=True)

LINE_BASIS = ("source_line/start_line values are 1-based line numbers in `pdftotext -layout` "
              "(poppler 22.12) output of the PDF")

_FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
    "Narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibSerif-Italic": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
}


def register_fonts():
    from reportlab.lib.fonts import addMapping
    for name, path in _FONTS.items():
        if Path(path).exists() and name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
    for fam, r, b, i in (("DejaVuSans", "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
                         ("DejaVuSerif", "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
                         ("Narrow", "Narrow", "Narrow-Bold", "Narrow"),
                         ("LibSerif", "LibSerif", "LibSerif-Bold", "LibSerif-Italic")):
        addMapping(fam, 0, 0, r)
        addMapping(fam, 1, 0, b)
        addMapping(fam, 0, 1, i)
        addMapping(fam, 1, 1, b)


def _norm(s):
    s = s.lower()
    s = re.sub(r"[\u2018\u2019\u201b`]", "'", s)
    s = re.sub(r"[\u201c\u201d]", '"', s)
    return " ".join(s.split())


class Lines:
    """Lines of `pdftotext -layout` output; find(snippet) returns the 1-based line number of
    the line holding the snippet's first word (the line holding the longest word-prefix of the
    snippet, first such line after `after`)."""

    def __init__(self, pdf_path):
        out = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True,
                             text=True, check=True).stdout
        self.lines = out.split("\n")
        self.norm = [_norm(l) for l in self.lines]

    def find(self, snippet, after=0):
        target = _norm(snippet)
        # 1) the whole snippet in the running text (lines joined), starting at or after line `after`+1
        starts, pos = [], 0
        for l in self.norm:
            starts.append(pos)
            pos += len(l) + 1
        joined = " ".join(self.norm)
        k = joined.find(target, starts[after] if after < len(starts) else len(joined))
        if k >= 0:
            import bisect
            return bisect.bisect_right(starts, k)
        # 2) the longest word-prefix of the snippet inside one line, matched on word boundaries
        words = target.split()
        for n in range(len(words), 0, -1):
            pat = re.compile(r"(?<![\w])" + re.escape(" ".join(words[:n])) + r"(?![\w])")
            for i in range(after, len(self.norm)):
                if pat.search(self.norm[i]):
                    return i + 1
        raise ValueError(f"not found in pdftotext output: {snippet!r}")

    def line(self, n):
        return self.lines[n - 1]


def write_keys(stem, components, meetings, facts, notes=None):
    doc = stem + ".pdf"
    m = {"document": doc, "line_basis": LINE_BASIS, "components": components, "meetings": meetings}
    f = {"document": doc, "line_basis": LINE_BASIS}
    for k in ("priority_lists", "priority_changes", "actions", "organisations", "dates"):
        f[k] = facts.get(k, [])
    for k, v in (notes or {}).items():
        f[k] = v
    (GOLD / f"{stem}.meetings.json").write_text(json.dumps(m, indent=2, ensure_ascii=False) + "\n")
    (GOLD / f"{stem}.facts.json").write_text(json.dumps(f, indent=2, ensure_ascii=False) + "\n")


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), ref=None):
    return {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions),
            "actions": list(actions)}


def act(L, text, owner, due=None, after=0, find=None, **extra):
    d = {"text": text, "owner": owner, "due": due, "source_line": L.find(find or text, after)}
    d.update(extra)
    return d


def date(L, text, iso, what, after=0, find=None):
    return {"text": text, "iso": iso, "what": what, "source_line": L.find(find or text, after)}


def org(name, *aliases, **extra):
    d = {"name": name, "aliases": list(aliases)}
    d.update(extra)
    return d
