#!/usr/bin/env python3
"""Validate every key in gold/ against GOLD_SCHEMA.md and against its PDF.

- required fields and enums (component kind, attendee status, priority list kind, ISO forms);
- every keyed string (attendee names, apologies, item titles, resolutions, action texts, priority items,
  organisation names/aliases, date texts) occurs in the pdfplumber text of the PDF: whole page, left and
  right half-page crops, and ruled-table cells; whitespace-normalised, case-insensitive;
- every source_line/start_line points at the `pdftotext -layout` line holding the text's first word.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parent
GOLD, PDF = ROOT, ROOT / "pdf"  # the keys sit beside the scripts
COMPONENT_KINDS = {"minutes", "agenda", "report", "agreement", "strategy", "plan", "action_plan", "questionnaire", "other"}
STATUSES = {"present", "virtual", "also_present", "in_attendance", "apologies", "absent"}
LIST_KINDS = {"priority", "cross_cutting_theme", "strategic_priority", "focus_area", "objective"}
ISO1 = r"\d{4}(-\d{2}(-\d{2})?)?"
ISO = re.compile(rf"^{ISO1}(/{ISO1})?$")


def norm(s):
    s = (s or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00ad", "")
    return " ".join(s.split()).lower()


def haystacks(pdf_file):
    out = []
    with pdfplumber.open(pdf_file) as pdf:
        for page in pdf.pages:
            w, h = page.width, page.height
            out.append(page.extract_text() or "")
            out.append(page.crop((0, 0, w / 2, h)).extract_text() or "")
            out.append(page.crop((w / 2, 0, w, h)).extract_text() or "")
            for table in page.extract_tables():
                for row in table:
                    for cell in row:
                        if cell:
                            out.append(cell)
        # whole document with running headers/footers (lines repeated on 2+ pages, digits ignored) removed,
        # so that text running across a page break can be found
        pages = [(p.extract_text() or "").split("\n") for p in pdf.pages]
    key = lambda l: re.sub(r"\d+", "#", norm(l))
    counts = {}
    for lines in pages:
        for k in {key(l) for l in lines}:
            counts[k] = counts.get(k, 0) + 1
    edge = lambda i, n: i < 2 or i >= n - 2  # running headers/footers sit at the page edges
    doc = " ".join(l for lines in pages for i, l in enumerate(lines)
                   if not (edge(i, len(lines)) and counts[key(l)] >= 2 and len(pages) >= 2))
    out.append(doc)
    return [norm(x) for x in out]


def first_word(text):
    for tok in norm(text).split():
        tok = tok.strip("()[]\"'‘’“”•-–:;,.*")
        if tok:
            return tok
    return ""


class Checker:
    def __init__(self, stem):
        self.stem = stem
        self.errors = []
        pdf_file = PDF / f"{stem}.pdf"
        if not pdf_file.exists():
            self.err("missing PDF")
            self.hay, self.lines = [], []
            return
        self.hay = haystacks(pdf_file)
        text = subprocess.run(["pdftotext", "-layout", str(pdf_file), "-"], capture_output=True, text=True).stdout
        self.lines = [norm(l) for l in text.split("\n")]

    def err(self, msg):
        self.errors.append(f"{self.stem}: {msg}")

    def present(self, s, what):
        if not isinstance(s, str) or not s.strip():
            self.err(f"{what}: empty or not a string: {s!r}")
            return
        n = norm(s)
        if not any(n in h for h in self.hay):
            self.err(f"{what}: not in PDF text: {s!r}")

    def line(self, n, text, what):
        if not isinstance(n, int) or n < 1 or n > len(self.lines):
            self.err(f"{what}: bad line number {n!r}")
            return
        fw = first_word(text)
        if fw and fw not in self.lines[n - 1]:
            self.err(f"{what}: line {n} lacks first word {fw!r}: {self.lines[n - 1][:80]!r}")

    def need(self, obj, keys, what):
        for k in keys:
            if k not in obj:
                self.err(f"{what}: missing field {k!r}")

    def iso(self, v, what, nullable=False):
        if v is None and nullable:
            return
        if not isinstance(v, str) or not ISO.match(v):
            self.err(f"{what}: bad ISO value {v!r}")

    def action(self, a, what):
        self.need(a, ["text", "owner", "due", "source_line"], what)
        self.present(a.get("text"), what + " text")
        self.iso(a.get("due"), what + " due", nullable=True)
        self.line(a.get("source_line"), a.get("text", ""), what)

    def meetings(self, doc):
        self.need(doc, ["document", "components", "meetings"], "meetings file")
        if doc.get("document") != f"{self.stem}.pdf":
            self.err("meetings file: document field does not match stem")
        for c in doc.get("components", []):
            self.need(c, ["title", "kind", "first_line", "start_line"], "component")
            if c.get("kind") not in COMPONENT_KINDS:
                self.err(f"component kind {c.get('kind')!r}")
            self.present(c.get("first_line"), "component first_line")
            self.line(c.get("start_line"), c.get("first_line", ""), "component start_line")
        for m in doc.get("meetings", []):
            self.need(m, ["body", "authority", "date", "time", "venue", "attendees", "apologies", "items"], "meeting")
            self.iso(m.get("date"), "meeting date")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.get("date") or ""):
                self.err("meeting date must be a day")
            for a in m.get("attendees", []):
                self.need(a, ["name", "role", "status"], "attendee")
                if a.get("status") not in STATUSES:
                    self.err(f"attendee status {a.get('status')!r}")
                self.present(a.get("name"), "attendee name")
            for ap in m.get("apologies", []):
                self.present(ap, "apology name")
            numbers = []
            for it in m.get("items", []):
                self.need(it, ["number", "ref", "title", "resolutions", "actions"], "item")
                numbers.append(it.get("number"))
                self.present(it.get("title"), f"item {it.get('number')} title")
                for r in it.get("resolutions", []):
                    self.present(r, f"item {it.get('number')} resolution")
                for a in it.get("actions", []):
                    self.action(a, f"item {it.get('number')} action")
            if len(numbers) != len(set(numbers)):
                self.err("duplicate item numbers")

    def facts(self, doc):
        self.need(doc, ["document", "priority_lists", "priority_changes", "actions", "organisations", "dates"], "facts file")
        if doc.get("document") != f"{self.stem}.pdf":
            self.err("facts file: document field does not match stem")
        for pl in doc.get("priority_lists", []):
            self.need(pl, ["owner", "name", "kind", "period", "source_line", "items"], "priority list")
            if pl.get("kind") not in LIST_KINDS:
                self.err(f"priority list kind {pl.get('kind')!r}")
            if not pl.get("items"):
                self.err(f"priority list {pl.get('name')!r} has no items")
            for i in pl.get("items", []):
                self.present(i, f"priority item ({pl.get('name')})")
            self.line(pl.get("source_line"), (pl.get("items") or [""])[0], f"priority list {pl.get('name')!r}")
        for pc in doc.get("priority_changes", []):
            self.need(pc, ["year", "change", "priority"], "priority change")
            self.present(pc.get("priority"), "priority change priority")
        for a in doc.get("actions", []):
            self.action(a, "action")
        names = set()
        for o in doc.get("organisations", []):
            self.need(o, ["name", "aliases"], "organisation")
            if o.get("name") in names:
                self.err(f"duplicate organisation {o.get('name')!r}")
            names.add(o.get("name"))
            self.present(o.get("name"), "organisation name")
            for al in o.get("aliases", []):
                self.present(al, f"alias of {o.get('name')}")
        for d in doc.get("dates", []):
            self.need(d, ["text", "iso", "what"], "date")
            self.present(d.get("text"), "date text")
            self.iso(d.get("iso"), f"date {d.get('text')!r}")
            if "source_line" in d:
                self.line(d["source_line"], d.get("text", ""), f"date {d.get('text')!r}")


def main():
    stems = sorted({p.name.split(".")[0] for p in GOLD.glob("*.json")})
    pdfs = sorted(p.stem for p in PDF.glob("*.pdf"))
    errors = []
    for s in pdfs:
        if s not in stems:
            errors.append(f"{s}: PDF has no keys")
    for stem in stems:
        c = Checker(stem)
        for kind in ("meetings", "facts"):
            f = GOLD / f"{stem}.{kind}.json"
            if not f.exists():
                c.err(f"missing {f.name}")
                continue
            try:
                doc = json.loads(f.read_text())
            except json.JSONDecodeError as e:
                c.err(f"{f.name}: bad JSON {e}")
                continue
            getattr(c, kind)(doc)
        errors += c.errors
        print(f"{stem}: {len(c.errors)} errors")
    for e in errors:
        print("  ", e)
    print(f"TOTAL: {len(stems)} documents, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
