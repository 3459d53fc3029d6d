"""Helpers for build_keys.py: layout-line lookup (pdftotext -layout) and JSON writing."""
import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
LINE_BASIS = ("source_line/start_line values are 1-based line numbers in `pdftotext -layout` (poppler 22.12) "
              "output of the PDF")
_cache = {}


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.split())


def lines(stem):
    if stem not in _cache:
        out = subprocess.run(["pdftotext", "-layout", os.path.join(HERE, "pdf", stem + ".pdf"), "-"],
                             capture_output=True, text=True).stdout
        _cache[stem] = out.split("\n")
    return _cache[stem]


def line_of(stem, text, after=0):
    """1-based layout line where `text` starts: the first line holding its first words (fewer if needed)."""
    words = norm(text).split()
    ls = [norm(l) for l in lines(stem)]
    for n in (6, 4, 3, 2, 1):
        probe = " ".join(words[:n])
        if not probe:
            return None
        for i, l in enumerate(ls):
            if i + 1 <= after:
                continue
            if probe in l:
                return i + 1
            # text starting at the end of line i and continuing on line i+1
            if n > 1 and i + 1 < len(ls) and l.endswith(words[0]) and probe in l + " " + ls[i + 1]:
                return i + 1
    return None


def first_line(stem):
    for l in lines(stem):
        if l.strip():
            return norm(l)
    return None


def write(stem, meetings_doc, facts_doc):
    for suffix, d in (("meetings", meetings_doc), ("facts", facts_doc)):
        out = {"document": stem + ".pdf", "line_basis": LINE_BASIS}
        out.update(d)
        with open(os.path.join(HERE, f"{stem}.{suffix}.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write("\n")


def A(stem, text, owner, due, **extra):
    d = {"text": text, "owner": owner, "due": due, "source_line": line_of(stem, text)}
    d.update(extra)
    return d


def D(stem, text, iso, what, **extra):
    d = {"text": text, "iso": iso, "what": what, "source_line": line_of(stem, text)}
    d.update(extra)
    return d


def O(name, aliases=(), type_=None, **extra):
    d = {"name": name, "aliases": list(aliases)}
    if type_:
        d["type"] = type_
    d.update(extra)
    return d


def P(name, role, status):
    return {"name": name, "role": role, "status": status}


def I(number, title, resolutions=(), actions=(), ref=None, **extra):
    d = {"number": number, "ref": ref, "title": title, "resolutions": list(resolutions), "actions": list(actions)}
    d.update(extra)
    return d


def PL(stem, owner, name, kind, period, items, **extra):
    d = {"owner": owner, "name": name, "kind": kind, "period": period, "source_line": line_of(stem, items[0]),
         "items": list(items)}
    d.update(extra)
    return d
