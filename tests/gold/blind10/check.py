#!/usr/bin/env python3
"""Check every key in gold/ against its PDF in pdf/.

- required fields and enums (component kind, attendee status, priority-list kind, ISO forms)
- every keyed string appears in the pdfplumber text (whole page, left/right half crops,
  ruled-table cells, whole document with running headers/footers cropped away), ignoring
  case, whitespace and quote style
- every source_line/start_line points at the `pdftotext -layout` line holding the first word
Prints one line per document and "TOTAL: N documents, E errors".
"""
import json
import re
import sys
from pathlib import Path

import pdfplumber

from lib import GOLD, PDF, Lines

KINDS = {"minutes", "agenda", "report", "agreement", "strategy", "plan", "action_plan",
         "questionnaire", "other"}
STATUS = {"present", "virtual", "also_present", "in_attendance", "apologies", "absent"}
PKINDS = {"priority", "cross_cutting_theme", "strategic_priority", "focus_area", "objective"}
ISO1 = r"\d{4}(-\d{2}(-\d{2})?)?"
ISO = re.compile(rf"^{ISO1}(/{ISO1})?$")
HEADER_CROP = 46  # points cropped from top and bottom for the header/footer-free document text


def squash(s):
    s = s.lower()
    s = re.sub(r"[\u2018\u2019\u201b`\u2032]", "'", s)
    s = re.sub(r"[\u201c\u201d\u2033]", '"', s)
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", "", s)


def haystacks(pdf_path):
    texts = []
    body = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            w, h = page.width, page.height
            texts.append(page.extract_text() or "")
            texts.append(page.crop((0, 0, w / 2, h)).extract_text() or "")
            texts.append(page.crop((w / 2, 0, w, h)).extract_text() or "")
            for table in page.extract_tables():
                for row in table:
                    for cell in row:
                        if cell:
                            texts.append(cell)
            body.append(page.crop((0, HEADER_CROP, w, h - HEADER_CROP)).extract_text() or "")
    texts.append("\n".join(body))
    return [squash(t) for t in texts]


def first_word(s):
    w = s.split()
    return w[0] if w else ""


class Checker:
    def __init__(self, stem):
        self.stem = stem
        self.errors = []
        self.pdf = PDF / f"{stem}.pdf"
        self.hay = haystacks(self.pdf)
        self.lines = Lines(self.pdf)
        self.strings = 0
        self.linechecks = 0

    def err(self, msg):
        self.errors.append(msg)

    def text(self, s, where):
        self.strings += 1
        if not isinstance(s, str) or not s.strip():
            self.err(f"{where}: empty string")
            return
        q = squash(s)
        if not any(q in h for h in self.hay):
            self.err(f"{where}: not in PDF text: {s[:80]!r}")

    def line(self, n, s, where):
        self.linechecks += 1
        if not isinstance(n, int) or n < 1 or n > len(self.lines.lines):
            self.err(f"{where}: bad line number {n!r}")
            return
        fw = first_word(s).lower()
        fw = re.sub(r"[\u2018\u2019]", "'", fw)
        got = re.sub(r"[\u2018\u2019]", "'", self.lines.line(n).lower())
        if not re.search(r"(?<![\w])" + re.escape(fw) + r"(?![\w])", got):
            self.err(f"{where}: line {n} {self.lines.line(n).strip()[:60]!r} lacks {first_word(s)!r}")

    def iso(self, v, where, null_ok=False):
        if v is None and null_ok:
            return
        if not isinstance(v, str) or not ISO.match(v):
            self.err(f"{where}: bad ISO value {v!r}")

    def need(self, d, keys, where):
        for k in keys:
            if k not in d:
                self.err(f"{where}: missing field {k}")

    def action(self, a, where):
        self.need(a, ("text", "owner", "due", "source_line"), where)
        self.text(a.get("text"), where + " text")
        self.line(a.get("source_line"), a.get("text", ""), where)
        self.iso(a.get("due"), where + " due", null_ok=True)

    def run(self):
        m = json.loads((GOLD / f"{self.stem}.meetings.json").read_text())
        f = json.loads((GOLD / f"{self.stem}.facts.json").read_text())
        for d, name in ((m, "meetings"), (f, "facts")):
            if d.get("document") != f"{self.stem}.pdf":
                self.err(f"{name}: document field {d.get('document')!r}")
            if "line_basis" not in d:
                self.err(f"{name}: no line_basis")
        self.need(m, ("components", "meetings"), "meetings file")
        self.need(f, ("priority_lists", "priority_changes", "actions", "organisations", "dates"), "facts file")
        for i, c in enumerate(m.get("components", [])):
            w = f"component {i}"
            self.need(c, ("title", "kind", "first_line", "start_line"), w)
            if c.get("kind") not in KINDS:
                self.err(f"{w}: bad kind {c.get('kind')!r}")
            self.text(c.get("first_line"), w + " first_line")
            self.line(c.get("start_line"), c.get("first_line", ""), w)
        counts = {"meetings": 0, "attendees": 0, "items": 0, "resolutions": 0, "actions": 0}
        for i, mt in enumerate(m.get("meetings", [])):
            w = f"meeting {i}"
            counts["meetings"] += 1
            self.need(mt, ("body", "authority", "date", "time", "venue", "attendees", "apologies", "items"), w)
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", mt.get("date") or ""):
                self.err(f"{w}: meeting date not a day {mt.get('date')!r}")
            for j, a in enumerate(mt.get("attendees", [])):
                counts["attendees"] += 1
                self.need(a, ("name", "role", "status"), f"{w} attendee {j}")
                if a.get("status") not in STATUS:
                    self.err(f"{w} attendee {j}: bad status {a.get('status')!r}")
                self.text(a.get("name"), f"{w} attendee {a.get('name')}")
            apol = {a["name"] for a in mt.get("attendees", []) if a.get("status") == "apologies"}
            if set(mt.get("apologies", [])) != apol:
                self.err(f"{w}: apologies list {mt.get('apologies')} != apologies attendees {sorted(apol)}")
            for j, it in enumerate(mt.get("items", [])):
                counts["items"] += 1
                iw = f"{w} item {it.get('number')}"
                self.need(it, ("number", "ref", "title", "resolutions", "actions"), iw)
                if it.get("number") is not None:
                    self.text(it["number"], iw + " number")
                    if str(it["number"]).endswith("."):
                        self.err(f"{iw}: number has trailing dot")
                self.text(it.get("title"), iw + " title")
                for r in it.get("resolutions", []):
                    counts["resolutions"] += 1
                    self.text(r, iw + " resolution")
                for k, a in enumerate(it.get("actions", [])):
                    counts["actions"] += 1
                    self.action(a, f"{iw} action {k}")
        plists = pitems = 0
        for i, pl in enumerate(f.get("priority_lists", [])):
            w = f"priority list {i}"
            plists += 1
            self.need(pl, ("owner", "name", "kind", "period", "source_line", "items"), w)
            if pl.get("kind") not in PKINDS:
                self.err(f"{w}: bad kind {pl.get('kind')!r}")
            for t in pl.get("items", []):
                pitems += 1
                self.text(t, w + " item")
            if pl.get("items"):
                self.line(pl.get("source_line"), pl["items"][0], w + " (source_line = first item)")
        for i, pc in enumerate(f.get("priority_changes", [])):
            self.need(pc, ("year", "change", "priority"), f"priority change {i}")
            self.text(pc.get("priority"), f"priority change {i}")
        for i, a in enumerate(f.get("actions", [])):
            counts["actions"] += 1
            self.action(a, f"action {i}")
        for i, o in enumerate(f.get("organisations", [])):
            self.need(o, ("name", "aliases"), f"organisation {i}")
            self.text(o.get("name"), f"organisation {i} name")
            for al in o.get("aliases", []):
                self.text(al, f"organisation {i} alias")
        for i, d in enumerate(f.get("dates", [])):
            w = f"date {i} ({d.get('text')})"
            self.need(d, ("text", "iso", "what", "source_line"), w)
            self.text(d.get("text"), w)
            self.iso(d.get("iso"), w)
            self.line(d.get("source_line"), d.get("text", ""), w)
        counts.update(priority_lists=plists, priority_items=pitems,
                      organisations=len(f.get("organisations", [])), dates=len(f.get("dates", [])))
        return counts


def main():
    stems = sorted(p.name[:-len(".meetings.json")] for p in GOLD.glob("*.meetings.json"))
    if len(sys.argv) > 1:
        stems = [s for s in stems if any(a in s for a in sys.argv[1:])]
    total = 0
    for stem in stems:
        c = Checker(stem)
        counts = c.run()
        for e in c.errors:
            print(f"  ERROR {stem}: {e}")
        total += len(c.errors)
        summary = ", ".join(f"{k} {v}" for k, v in counts.items())
        print(f"{stem}: {len(c.errors)} errors ({c.strings} strings, {c.linechecks} line refs; {summary})")
    print(f"TOTAL: {len(stems)} documents, {total} errors")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
