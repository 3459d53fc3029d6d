"""Helpers for writing the hand-made keys: locate 1-based pdftotext -layout lines, write JSON files."""
import json
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINE_BASIS = ("source_line/start_line values are 1-based line numbers in `pdftotext -layout` "
              "(poppler 22.12) output of the PDF")


def layout_lines(stem):
    out = subprocess.run(["pdftotext", "-layout", str(HERE / "pdf" / (stem + ".pdf")), "-"],
                         capture_output=True, text=True, check=True).stdout
    return out.split("\n")


def ws(s):
    return " ".join(s.split())


class Doc:
    def __init__(self, stem):
        self.stem = stem
        self.lines = [ws(l) for l in layout_lines(stem)]

    def line(self, text, after=0, words=None, probe=None):
        """1-based line where `text` starts. Default: find the first 80 characters of the whitespace-
        normalised text in the joined layout text (from line `after` on) and return the line holding the
        match start; if that fails (multi-column interleaving), fall back to the first line containing the
        first `words` (6, then 4) words. `probe` forces a literal substring search."""
        if probe is None and words is None:
            starts, parts, pos = [], [], 0
            for l in self.lines:
                starts.append(pos)
                parts.append(l)
                pos += len(l) + 1
            full = " ".join(parts)
            head = ws(text)[:80]
            k = full.find(head, starts[max(after, 1) - 1])
            if k >= 0:
                n = max(i for i, st in enumerate(starts) if st <= k)
                return n + 1
        cands = [probe] if probe else [" ".join(ws(text).split()[:w]) for w in ((words,) if words else (6, 4))]
        for pr in cands:
            for i, l in enumerate(self.lines, 1):
                if i >= after and pr in l:
                    return i
        raise ValueError("%s: not found after %d: %r" % (self.stem, after, cands))

    def write(self, meetings_obj, facts_obj):
        for name, obj in (("meetings", meetings_obj), ("facts", facts_obj)):
            data = {"document": self.stem + ".pdf", "line_basis": LINE_BASIS}
            data.update(obj)
            (HERE / ("%s.%s.json" % (self.stem, name))).write_text(
                json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def att(name, role, status):
    return {"name": name, "role": role, "status": status}


def item(number, title, resolutions=(), actions=(), **extra):
    d = {"number": number, "ref": extra.pop("ref", None), "title": title,
         "resolutions": list(resolutions), "actions": list(actions)}
    d.update(extra)
    return d


def act(doc, text, owner, due, after=0, words=None, probe=None, **extra):
    d = {"text": text, "owner": owner, "due": due, "source_line": doc.line(text, after, words, probe)}
    d.update(extra)
    return d


def date(doc, text, iso, what, after=0, words=None, probe=None, **extra):
    d = {"text": text, "iso": iso, "what": what, "source_line": doc.line(text, after, words, probe)}
    d.update(extra)
    return d


def org(name, aliases=(), type_=None, **extra):
    d = {"name": name, "aliases": list(aliases)}
    if type_:
        d["type"] = type_
    d.update(extra)
    return d
