#!/usr/bin/env python3
"""Check every key in gold/ against its PDF: fields, enums, keyed strings present in the text,
source_line/start_line pointing at the pdftotext -layout line holding the first word."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pdfplumber

from lib import GOLD, PDF, Lines, _words, layout_text

KINDS = {"minutes", "agenda", "report", "agreement", "strategy", "plan", "action_plan", "questionnaire", "other"}
STATUS = {"present", "virtual", "also_present", "in_attendance", "apologies", "absent"}
PKINDS = {"priority", "cross_cutting_theme", "strategic_priority", "focus_area", "objective"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def squash(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", "", s.lower())


def haystacks(pdf):
    texts, lines_per_page = [], []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            w, h = page.width, page.height
            full = page.extract_text() or ""
            texts.append(full)
            lines_per_page.append([l.strip() for l in full.split("\n") if l.strip()])
            for box in ((0, 0, w / 2, h), (w / 2, 0, w, h)):
                texts.append(page.crop(box).extract_text() or "")
            for table in page.extract_tables():
                for row in table:
                    for cell in row:
                        if cell:
                            texts.append(cell)
    # whole document with running headers/footers (lines on >= half the pages, digits ignored) removed
    n = len(lines_per_page)
    count = Counter()
    for lines in lines_per_page:
        count.update({re.sub(r"\d+", "#", l) for l in lines})
    running = {k for k, v in count.items() if n > 1 and v >= max(2, n / 2)}
    body = "\n".join(l for lines in lines_per_page for l in lines if re.sub(r"\d+", "#", l) not in running)
    texts.append(body)
    return [squash(t) for t in texts]


def first_word(s):
    m = re.search(r"[\w£$€%]+", s.replace("\u2019", "'"))
    return m.group(0).lower() if m else ""


def check(stem):
    errors = []
    mk = json.loads((GOLD / f"{stem}.meetings.json").read_text())
    fk = json.loads((GOLD / f"{stem}.facts.json").read_text())
    pdf = PDF / f"{stem}.pdf"
    if not pdf.exists():
        return [f"missing {pdf}"]
    for k in (mk, fk):
        if k.get("document") != f"{stem}.pdf" or "line_basis" not in k:
            errors.append("document/line_basis field wrong")
    for key in ("components", "meetings"):
        if key not in mk:
            errors.append(f"meetings file lacks {key}")
    for key in ("priority_lists", "priority_changes", "actions", "organisations", "dates"):
        if key not in fk:
            errors.append(f"facts file lacks {key}")
    hay = haystacks(pdf)
    lines = [squash(l) for l in layout_text(pdf).split("\n")]
    finder = Lines(pdf)
    best_cache = {}

    def starts_here(n, s):
        """the snippet's longest run of words starts on line n (no other line does better)"""
        words = _words(s)
        if not words:
            return False
        if s not in best_cache:
            best_cache[s] = max(finder._score(i, words) for i in range(len(finder.lines)))
        return finder._score(n - 1, words) >= best_cache[s]

    def present(s, what):
        if not s or not any(squash(s) in h for h in hay):
            errors.append(f"{what} not in text: {s!r}")

    def at_line(n, s, what):
        w = first_word(s)
        if not isinstance(n, int) or not (1 <= n <= len(lines)) or squash(w) not in lines[n - 1]:
            errors.append(f"{what} line {n} lacks first word {w!r} of {s[:50]!r}")
        elif not starts_here(n, s):
            errors.append(f"{what} line {n} holds the first word but the text {s[:50]!r} starts elsewhere")

    def action(a, what):
        for f in ("text", "owner", "due", "source_line"):
            if f not in a:
                errors.append(f"{what} lacks {f}")
        present(a.get("text"), what)
        at_line(a.get("source_line"), a.get("text", ""), what)
        if a.get("due") and not ISO.match(a["due"]):
            errors.append(f"{what} due not ISO: {a['due']}")

    for c in mk.get("components", []):
        if c.get("kind") not in KINDS:
            errors.append(f"component kind {c.get('kind')}")
        present(c.get("first_line"), "component first_line")
        at_line(c.get("start_line"), c.get("first_line", ""), "component")
    for m in mk.get("meetings", []):
        for f in ("body", "authority", "date", "time", "venue", "attendees", "apologies", "items"):
            if f not in m:
                errors.append(f"meeting lacks {f}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", m.get("date", "")):
            errors.append(f"meeting date {m.get('date')}")
        present(m.get("body"), "meeting body")
        for a in m.get("attendees", []):
            if a.get("status") not in STATUS:
                errors.append(f"attendee status {a}")
            present(a.get("name"), "attendee")
        for a in m.get("apologies", []):
            present(a, "apology")
        for it in m.get("items", []):
            for f in ("number", "title", "resolutions", "actions"):
                if f not in it:
                    errors.append(f"item lacks {f}: {it.get('title')}")
            if it.get("number") is not None:
                present(str(it["number"]), "item number")
            present(it.get("title"), "item title")
            for r in it.get("resolutions", []):
                present(r, "resolution")
            for a in it.get("actions", []):
                action(a, "item action")
    for pl in fk.get("priority_lists", []):
        for f in ("owner", "name", "kind", "period", "source_line", "items"):
            if f not in pl:
                errors.append(f"priority list lacks {f}")
        if pl.get("kind") not in PKINDS:
            errors.append(f"priority kind {pl.get('kind')}")
        for x in pl.get("items", []):
            present(x, "priority item")
        n = pl.get("source_line")
        if not any(isinstance(n, int) and 1 <= n <= len(lines) and squash(first_word(s)) in lines[n - 1]
                   for s in [pl.get("name", "")] + pl.get("items", [])[:1]):
            errors.append(f"priority list {pl.get('name')!r} line {n} lacks first word of name/first item")
    for a in fk.get("actions", []):
        action(a, "action")
    for o in fk.get("organisations", []):
        present(o.get("name"), "organisation")
        for al in o.get("aliases", []):
            present(al, "organisation alias")
    for d in fk.get("dates", []):
        if not ISO.match(d.get("iso", "")):
            errors.append(f"date iso {d.get('iso')}")
        present(d.get("text"), "date text")
        if "source_line" in d:
            at_line(d["source_line"], d["text"], "date")
    return errors


def main():
    stems = sorted({p.name.split(".")[0] for p in GOLD.glob("*.json")})
    total = 0
    for stem in stems:
        errs = check(stem)
        total += len(errs)
        print(f"{stem}: {len(errs)} errors")
        for e in errs:
            print("   ", e)
    print(f"TOTAL: {len(stems)} documents, {total} errors")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
