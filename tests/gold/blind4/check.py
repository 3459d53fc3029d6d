#!/usr/bin/env python3
"""Check the blind4 keys against their PDFs.

For every STEM.meetings.json / STEM.facts.json in this folder: parse, check the shape
loosely, open pdf/STEM.pdf with pdfplumber and check that every keyed text string occurs in
the PDF text (whitespace-normalised). Because two-column pages, tables and running
headers/footers break plain page text, a string passes if it occurs in ANY of these
views of the PDF:
  1. extract_text() of each page, pages joined;
  2. the same, cropped to the body (no running header/footer), pages joined;
  3. left and right halves of each body, read column by column;
  4. the text of each table cell (extract_tables()).
Organisation names are matched case-insensitively (letterheads in capitals).
Owners are checked softly (warning only): they are often normalised ('HL (Helen Laing)').
Exit status 1 if any keyed text is missing.
Run: /work/main/.venv/bin/python check.py
"""
import json
import re
import sys
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
STATUSES = {"present", "virtual", "also_present", "in_attendance", "apologies", "absent"}
KINDS = {"priority", "cross_cutting_theme", "strategic_priority", "focus_area", "objective"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def norm(s):
    s = (s or "").replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(s.split())


def views(pdf_path):
    out = {"page": [], "body": [], "columns": [], "cells": []}
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            out["page"].append(page.extract_text() or "")
            body = page.crop((0, 50, page.width, page.height - 40))
            out["body"].append(body.extract_text() or "")
            mid = page.width / 2
            for box in ((0, 50, mid, page.height - 40), (mid, 50, page.width, page.height - 40)):
                out["columns"].append(page.crop(box).extract_text() or "")
            for table in page.extract_tables():
                for row in table:
                    out["cells"].extend(c for c in row if c)
            out["cells"].extend(ruled_cells(page))
    return {k: norm(" ".join(v)) if k != "cells" else [norm(c) for c in v] for k, v in out.items()}


def ruled_cells(page):
    """Cells of tables drawn with horizontal rules only (no vertical lines): split each row
    into columns at the x positions where the header row's words start a new column."""
    cells = []
    for table in page.find_tables():
        rows = [r for r in table.rows if r.bbox]
        if len(rows) < 2:
            continue
        x0, top, x1, bottom = rows[0].bbox
        words = sorted(page.crop((x0, top, x1, bottom)).extract_words(), key=lambda w: w["x0"])
        starts, prev = [], None
        for w in words:
            if prev is None or w["x0"] - prev > 12:
                starts.append(w["x0"] - 2)
            prev = w["x1"]
        if len(starts) < 2:
            continue
        edges = [x0] + starts[1:] + [x1]
        for r in rows:
            _, rt, _, rb = r.bbox
            for a, b in zip(edges, edges[1:]):
                txt = page.crop((a, rt, b, rb)).extract_text() or ""
                if txt:
                    cells.append(txt)
    return cells


def found(text, v, fold=False):
    t = norm(text)
    if not t:
        return True
    f = (lambda x: x.casefold()) if fold else (lambda x: x)
    t = f(t)
    if any(t in f(v[k]) for k in ("page", "body", "columns")):
        return True
    return any(t in f(c) for c in v["cells"])


def keyed_strings(m, f):
    """(where, text, hard) for every text that must occur in the PDF."""
    out = []
    for mi, mt in enumerate(m.get("meetings", [])):
        for a in mt.get("attendees", []):
            assert a["status"] in STATUSES, a
            out.append((f"meeting{mi}.attendee", a["name"], True))
        for name in mt.get("apologies", []):
            out.append((f"meeting{mi}.apology", name, True))
        out.append((f"meeting{mi}.venue", mt.get("venue"), True))
        for it in mt.get("items", []):
            tag = f"item {it.get('number')}"
            if it.get("number"):
                out.append((tag + ".number", it["number"], True))
            out.append((tag + ".title", it["title"], True))
            for r in it.get("resolutions", []):
                out.append((tag + ".resolution", r, True))
            for a in it.get("actions", []):
                out.append((tag + ".action", a["text"], True))
                if a.get("owner"):
                    out.append((tag + ".owner", a["owner"], False))
    for pl in f.get("priority_lists", []):
        assert pl["kind"] in KINDS, pl
        for t in pl["items"]:
            out.append((f"priority[{pl['name'][:30]}]", t, True))
    for a in f.get("actions", []):
        out.append(("action", a["text"], True))
        if a.get("owner"):
            out.append(("action.owner", a["owner"], False))
    for o in f.get("organisations", []):
        out.append(("org", o["name"], "fold"))
        for al in o.get("aliases", []):
            out.append(("org.alias", al, "fold"))
    for d in f.get("dates", []):
        assert ISO.match(d["iso"]), d
        out.append(("date", d["text"], True))
    return out


def main():
    bad = 0
    stems = sorted(p.name[:-len(".meetings.json")] for p in HERE.glob("*.meetings.json"))
    for stem in stems:
        m = json.loads((HERE / f"{stem}.meetings.json").read_text())
        f = json.loads((HERE / f"{stem}.facts.json").read_text())
        assert m["document"] == f["document"] == stem + ".pdf"
        for k in ("priority_lists", "priority_changes", "actions", "organisations", "dates"):
            assert k in f, (stem, k)
        v = views(HERE / "pdf" / f"{stem}.pdf")
        checked = missing = 0
        for where, text, hard in keyed_strings(m, f):
            if text is None:
                continue
            checked += 1
            if not found(text, v, fold=(hard == "fold")):
                if hard:
                    missing += 1
                    print(f"  MISSING {stem} {where}: {text!r}")
                else:
                    print(f"  (owner not verbatim) {stem} {where}: {text!r}")
        bad += missing
        print(f"{stem}: {checked} strings checked, {missing} missing")
    print("OK" if not bad else f"FAIL: {bad} missing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
