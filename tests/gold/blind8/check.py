#!/usr/bin/env python3
"""Validate every blind8 key: structure, enums, that each keyed string occurs in the pdfplumber text of its
PDF (whitespace-normalised), and that source_line/start_line point to the pdftotext -layout line where the
text starts. Exit status 1 on any error. Run with /work/main/.venv/bin/python check.py"""
import json
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
STATUS = {"present", "virtual", "also_present", "in_attendance", "apologies", "absent"}
PKIND = {"priority", "cross_cutting_theme", "strategic_priority", "focus_area", "objective"}
CKIND = {"minutes", "agenda", "report", "agreement", "strategy", "plan", "action_plan", "questionnaire", "other"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
errors, warnings = [], []


def ws(s):
    return " ".join((s or "").split())


def err(stem, msg):
    errors.append("%s: %s" % (stem, msg))


def check_line(stem, lines, n, text, what):
    if not isinstance(n, int) or not (1 <= n <= len(lines)):
        err(stem, "%s: bad line %r" % (what, n))
        return
    words = ws(text).replace("“", "").split()
    if not words:
        return
    line = ws(lines[n - 1])
    first = words[0]
    if first not in line:
        err(stem, "%s: line %d does not contain first word %r of %r" % (what, n, first, text[:50]))
        return
    # the first three words should start on this line (possibly wrapping to the next line)
    head = " ".join(words[:3])
    window = " ".join(ws(l) for l in lines[n - 1:n + 2])
    if head not in window and " ".join(words[:2]) not in line:
        warnings.append("%s: %s: line %d holds %r but not %r (multi-column layout?)" % (stem, what, n, first, head))


def main():
    stems = sorted({p.name.split(".")[0] for p in HERE.glob("blind8-*.json")})
    for stem in stems:
        pdf = HERE / "pdf" / (stem + ".pdf")
        if not pdf.exists():
            err(stem, "missing PDF")
            continue
        # corpus: full page text, plus each table cell and each half-page column on its own (tables and
        # two-column layouts interleave in full-page extraction); compared case-insensitively
        parts = []
        with pdfplumber.open(pdf) as p:
            parts.append(" ".join(page.extract_text() or "" for page in p.pages))
            for page in p.pages:
                w = page.width
                for box in ((0, 0, w / 2, page.height), (w / 2, 0, w, page.height)):
                    parts.append(page.crop(box).extract_text() or "")
                for t in page.find_tables():
                    for row in t.extract():
                        parts.extend(c or "" for c in row)
        ptext = " || ".join(ws(x).lower() for x in parts)
        lines = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout.split("\n")

        def present(s, what):
            if s and ws(s).lower() not in ptext:
                err(stem, "%s not in PDF text: %r" % (what, s[:70]))

        try:
            mk = json.loads((HERE / (stem + ".meetings.json")).read_text())
            fk = json.loads((HERE / (stem + ".facts.json")).read_text())
        except Exception as e:  # noqa
            err(stem, "cannot parse keys: %s" % e)
            continue
        for k in (mk, fk):
            if k.get("document") != stem + ".pdf":
                err(stem, "document field %r" % k.get("document"))
            if "line_basis" not in k:
                err(stem, "no line_basis")
        for f in ("components", "meetings"):
            if f not in mk:
                err(stem, "meetings file lacks %s" % f)
        for c in mk.get("components", []):
            if c.get("kind") not in CKIND:
                err(stem, "component kind %r" % c.get("kind"))
            present(c.get("first_line"), "component first_line")
            check_line(stem, lines, c.get("start_line"), c.get("first_line", ""), "component")
        for m in mk.get("meetings", []):
            for f in ("body", "authority", "date", "time", "venue", "attendees", "apologies", "items"):
                if f not in m:
                    err(stem, "meeting lacks %s" % f)
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", m.get("date", "")):
                err(stem, "meeting date %r" % m.get("date"))
            present(m.get("body"), "meeting body")
            present(m.get("venue"), "venue")
            present(m.get("time"), "time")
            names = set()
            for a in m["attendees"]:
                if a.get("status") not in STATUS:
                    err(stem, "attendee status %r" % a)
                present(a["name"], "attendee name")
                if a["name"] in names:
                    err(stem, "duplicate attendee %s" % a["name"])
                names.add(a["name"])
            ap = {a["name"] for a in m["attendees"] if a["status"] == "apologies"}
            if ap != set(m["apologies"]):
                err(stem, "apologies list %r != attendees with status apologies %r" % (m["apologies"], ap))
            nums = []
            for it in m["items"]:
                for f in ("number", "ref", "title", "resolutions", "actions"):
                    if f not in it:
                        err(stem, "item lacks %s: %r" % (f, it.get("title")))
                num = it.get("number")
                if num is not None and (not isinstance(num, str) or num.endswith(".")):
                    err(stem, "item number %r" % num)
                nums.append(num)
                present(it["title"], "item title")
                if "source_line" in it:
                    check_line(stem, lines, it["source_line"], it["title"], "item %s" % num)
                    if num and num not in ws(lines[it["source_line"] - 1]).split()[0]:
                        err(stem, "item %s: number not at start of line %d" % (num, it["source_line"]))
                for r in it["resolutions"]:
                    present(r, "resolution")
                for a in it["actions"]:
                    present(a["text"], "item action")
                    check_line(stem, lines, a.get("source_line"), a["text"], "item action")
            if len([n for n in nums if n]) != len({n for n in nums if n}):
                err(stem, "duplicate item numbers")
        for f in ("priority_lists", "priority_changes", "actions", "organisations", "dates"):
            if f not in fk:
                err(stem, "facts file lacks %s" % f)
        for pl in fk.get("priority_lists", []):
            if pl.get("kind") not in PKIND:
                err(stem, "priority kind %r" % pl.get("kind"))
            for f in ("owner", "name", "period", "source_line", "items"):
                if f not in pl:
                    err(stem, "priority list lacks %s" % f)
            for t in pl["items"]:
                present(t, "priority item")
            check_line(stem, lines, pl.get("source_line"), pl["name"].split()[0] if False else "", "plist")
        for a in fk.get("actions", []):
            for f in ("text", "owner", "due", "source_line"):
                if f not in a:
                    err(stem, "action lacks %s" % f)
            present(a["text"], "action")
            check_line(stem, lines, a.get("source_line"), a["text"], "action")
            if a["due"] and not ISO.match(a["due"]):
                err(stem, "action due %r" % a["due"])
        for o in fk.get("organisations", []):
            present(o["name"], "organisation")
            for al in o.get("aliases", []):
                present(al, "alias")
        for dt in fk.get("dates", []):
            present(dt["text"], "date text")
            if not ISO.match(dt["iso"]):
                err(stem, "date iso %r" % dt["iso"])
            check_line(stem, lines, dt.get("source_line"), dt["text"], "date")
        # every meeting-item action also must not be repeated at top level
        inner = {ws(a["text"]) for m in mk.get("meetings", []) for it in m["items"] for a in it["actions"]}
        for a in fk.get("actions", []):
            if ws(a["text"]) in inner:
                err(stem, "action repeated at top level: %r" % a["text"][:50])
        print("%-85s ok-checked" % stem)
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
