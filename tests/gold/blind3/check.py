#!/usr/bin/env python3
"""Check the blind-3 keys against their PDFs.

    /work/main/.venv/bin/python /work/blind3/check.py [-v]

For every key file (*.meetings.json, *.facts.json) in /work/blind3 it opens the PDF named
by "document" with pdfplumber and checks that every keyed text string occurs in the PDF
text, whitespace-normalised (case and characters otherwise exact). Because tables and
two-column pages interleave their columns in plain line-by-line extraction, a string
counts as found if it occurs in any of these views of the PDF:

  full    - extract_text() of each page, pages joined
  body    - each page cropped 48pt from the top and 45pt from the bottom (running headers
            and footers removed), pages joined - finds text running over a page break
  order   - each page body in reading order: blocks of lines (split at large vertical gaps)
            that have an empty centre gutter (and text on both sides) are read left half, then right half
            (two-column blocks on pages that also hold full-width text)
  halves  - left half then right half of each page body, pages joined (two-column text)
  cells   - every cell of every ruled table pdfplumber finds (extract_tables)
  strips  - vertical strips between the column starts found on each page (left edges
            shared by many lines), pages joined strip by strip (unruled tables)

Also checks structural sanity: meetings' statuses, ISO dates, priority-list kinds, and
that every meeting key has a facts key and vice versa. Exits 1 on any unexplained miss.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
PDF_DIR = HERE / "pdf"
TOP, BOTTOM = 48, 45
STATUSES = {"present", "virtual", "also_present", "in_attendance", "apologies", "absent"}
KINDS = {"priority", "cross_cutting_theme", "strategic_priority", "focus_area", "objective"}
COMPONENT_KINDS = {"minutes", "agenda", "report", "agreement", "strategy", "plan", "action_plan",
                   "questionnaire", "other"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")

# (document stem, keyed string) pairs that are knowingly not verbatim, with the reason.
EXPECTED_MISSES = {
}


def norm(s):
    return " ".join((s or "").split())


def column_starts(words, width):
    """x positions where words on 3+ lines start after a clear gap (>= 8pt, or at the line start):
    the left edges of text columns and table columns."""
    by_line = defaultdict(list)
    for w in words:
        by_line[round(w["top"])].append(w)
    lines_at = defaultdict(set)
    for top, ws in by_line.items():
        ws.sort(key=lambda w: w["x0"])
        prev_end = None
        for w in ws:
            if prev_end is None or w["x0"] - prev_end >= 8:
                lines_at[round(w["x0"])].add(top)
            prev_end = w["x1"]
    starts = sorted(x for x, tops in lines_at.items() if len(tops) >= 3)
    merged = []
    for x in starts:
        if not merged or x - merged[-1] > 6:
            merged.append(x)
    return merged


def reading_order(page):
    """Page body in reading order for mixed one-/two-column pages. Lines are grouped into blocks
    separated by large vertical gaps; a block where most lines have words on both sides of an
    empty centre gutter is read left half, then right half."""
    W, H = page.width, page.height
    body = page.crop((0, TOP, W, H - BOTTOM))
    lines = defaultdict(list)
    for w in body.extract_words():
        lines[round(w["top"])].append(w)
    tops = sorted(lines)
    if not tops:
        return ""
    diffs = sorted(b - a for a, b in zip(tops, tops[1:]))
    step = diffs[len(diffs) // 2] if diffs else 0
    blocks = [[tops[0]]]
    for a, b in zip(tops, tops[1:]):
        if step and b - a > 1.6 * step:
            blocks.append([])
        blocks[-1].append(b)
    c = W / 2
    parts = []
    for block in blocks:
        crossing = both = 0
        for t in block:
            ws = lines[t]
            crossing += any(w["x0"] < c + 4 and w["x1"] > c - 4 for w in ws)
            both += any(w["x1"] <= c for w in ws) and any(w["x0"] >= c for w in ws)
        top = max(TOP, block[0] - 1)
        bottom = min(H - BOTTOM, max(w["bottom"] for w in lines[block[-1]]) + 1)
        if len(block) > 1 and crossing <= 0.1 * len(block) and both >= 0.3 * len(block):
            parts.append(page.crop((0, top, c, bottom)).extract_text() or "")
            parts.append(page.crop((c, top, W, bottom)).extract_text() or "")
        else:
            parts.append(page.crop((0, top, W, bottom)).extract_text() or "")
    return " ".join(parts)


def views(pdf_path):
    full, body, halves, cells, order = [], [], [], [], []
    strips = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            W, H = page.width, page.height
            full.append(page.extract_text() or "")
            b = page.crop((0, TOP, W, H - BOTTOM))
            body.append(b.extract_text() or "")
            order.append(reading_order(page))
            halves.append(page.crop((0, TOP, W / 2, H - BOTTOM)).extract_text() or "")
            halves.append(page.crop((W / 2, TOP, W, H - BOTTOM)).extract_text() or "")
            for table in page.extract_tables():
                for row in table:
                    cells.extend(norm(c) for c in row if c)
            starts = column_starts(b.extract_words(), W)
            bounds = [s - 2 for s in starts] + [W]
            for x0, x1 in zip(bounds, bounds[1:]):
                if x1 - x0 > 8:
                    strips.append(page.crop((max(0, x0), TOP, x1, H - BOTTOM)).extract_text() or "")
    return {"full": norm(" ".join(full)), "body": norm(" ".join(body)), "halves": norm(" ".join(halves)), "order": norm(" ".join(order)),
            "strips": norm(" ".join(strips)), "cells": cells}


def found_in(text, v):
    t = norm(text)
    for name in ("full", "body", "order", "halves", "strips"):
        if t in v[name]:
            return name
    if any(t in c for c in v["cells"]):
        return "cells"
    return None


def keyed_strings(key):
    """(field path, text) for every string a key claims is in the document."""
    out = []
    for c in key.get("components", []):
        out.append(("component.first_line", c["first_line"]))
    for m in key.get("meetings", []):
        for f in ("venue", "time"):
            if m.get(f):
                out.append((f"meeting.{f}", m[f]))
        for a in m.get("attendees", []):
            out.append(("attendee.name", a["name"]))
        for a in m.get("apologies", []):
            out.append(("apologies", a))
        for i in m.get("items", []):
            if i.get("number"):
                out.append(("item.number", i["number"]))
            out.append(("item.title", i["title"]))
            for r in i.get("resolutions", []):
                out.append(("item.resolution", r))
            for a in i.get("actions", []):
                out.append(("item.action", a["text"]))
    for pl in key.get("priority_lists", []):
        for it in pl["items"]:
            out.append(("priority", it))
    for pc in key.get("priority_changes", []):
        out.append(("priority_change.priority", pc["priority"]))
        if pc.get("previously_part_of"):
            out.append(("priority_change.previously_part_of", pc["previously_part_of"]))
    for a in key.get("actions", []):
        out.append(("action", a["text"]))
    for o in key.get("organisations", []):
        out.append(("organisation.name", o["name"]))
        for al in o.get("aliases", []):
            out.append(("organisation.alias", al))
    for d in key.get("dates", []):
        out.append(("date.text", d["text"]))
    return out


def sanity(stem, key):
    problems = []
    for m in key.get("meetings", []):
        if not ISO.match(m["date"]) or len(m["date"]) != 10:
            problems.append(f"meeting date {m['date']!r}")
        for a in m.get("attendees", []):
            if a["status"] not in STATUSES:
                problems.append(f"status {a['status']!r} for {a['name']}")
        names = {a["name"] for a in m.get("attendees", []) if a["status"] == "apologies"}
        if set(m.get("apologies", [])) != names:
            problems.append(f"apologies list {m.get('apologies')} != attendees with status apologies {sorted(names)}")
        for i in m.get("items", []):
            for a in i.get("actions", []):
                if a.get("due") and not ISO.match(a["due"]):
                    problems.append(f"action due {a['due']!r}")
    for c in key.get("components", []):
        if c["kind"] not in COMPONENT_KINDS:
            problems.append(f"component kind {c['kind']!r}")
    for pl in key.get("priority_lists", []):
        if pl["kind"] not in KINDS:
            problems.append(f"priority list kind {pl['kind']!r}")
    for a in key.get("actions", []):
        if a.get("due") and not ISO.match(a["due"]):
            problems.append(f"action due {a['due']!r}")
    for d in key.get("dates", []):
        if not ISO.match(d["iso"]):
            problems.append(f"date iso {d['iso']!r}")
    return problems


def main():
    verbose = "-v" in sys.argv
    keys = sorted(HERE.glob("*.meetings.json")) + sorted(HERE.glob("*.facts.json"))
    by_stem = defaultdict(dict)
    cache = {}
    misses = unexpected = checked = expected = 0
    tally = Counter()
    for path in keys:
        key = json.loads(path.read_text())
        stem = Path(key["document"]).stem
        kind = path.name[len(stem) + 1:]
        by_stem[stem][kind] = key
        pdf_path = PDF_DIR / key["document"]
        if not pdf_path.exists():
            print(f"!! {path.name}: PDF {key['document']} missing")
            unexpected += 1
            continue
        if stem not in cache:
            cache[stem] = views(pdf_path)
        for field, text in keyed_strings(key):
            checked += 1
            where = found_in(text, cache[stem])
            if where:
                tally[where] += 1
                if verbose:
                    print(f"   ok [{where:6}] {stem[:40]} {field}: {text[:70]}")
                continue
            misses += 1
            reason = EXPECTED_MISSES.get((stem, text))
            if reason:
                expected += 1
                print(f"   expected miss {stem} {field}: {text!r} ({reason})")
            else:
                unexpected += 1
                print(f"!! MISS {path.name} {field}: {text!r}")
        for p in sanity(stem, key):
            unexpected += 1
            print(f"!! {path.name}: {p}")
    for stem, kinds in sorted(by_stem.items()):
        if set(kinds) != {"meetings.json", "facts.json"}:
            print(f"!! {stem}: has {sorted(kinds)}, expected both meetings.json and facts.json")
            unexpected += 1
    pdfs = {p.stem for p in PDF_DIR.glob("*.pdf")}
    for stem in sorted(pdfs - set(by_stem)):
        print(f"!! {stem}.pdf has no key")
        unexpected += 1
    print(f"{checked} keyed strings checked in {len(by_stem)} documents; found by view: {dict(tally)}; "
          f"misses {misses} ({expected} expected); "
          f"problems {unexpected}")
    sys.exit(1 if unexpected else 0)


if __name__ == "__main__":
    main()
