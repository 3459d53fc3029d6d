#!/usr/bin/env python3
"""Check the blind7 keys against the PDFs.

For every <stem>.meetings.json / <stem>.facts.json: parse it, check the required fields are present, and check
that every keyed string (body, authority, venue, attendee names, item numbers/refs/titles, resolutions, action
texts, priority items, organisation names and aliases, date texts, component first lines) occurs in the PDF's
pdfplumber text after whitespace normalisation. Text is searched in the whole-document text, in each page, in
each table cell (ruled grids, and tables ruled only horizontally), and in column crops of each page (halves and thirds), so text inside a table cell or one column
of a multi-column page is found. Also checks that each source_line points at a pdftotext -layout line holding
the first words of the keyed text. Prints OK / missing per document; exit status 1 if anything is missing.
Run with /work/main/.venv/bin/python."""
import glob
import json
import os
import re
import subprocess
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
STATUSES = {"present", "virtual", "also_present", "in_attendance", "apologies", "absent"}
KINDS = {"priority", "cross_cutting_theme", "strategic_priority", "focus_area", "objective"}
COMP_KINDS = {"minutes", "agenda", "report", "agreement", "strategy", "plan", "action_plan", "questionnaire", "other"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def norm(s):
    s = (s or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00ad", "")
    return " ".join(s.split())


def band_cells(page):
    """Cells of tables ruled only horizontally: split the page into bands at horizontal rules, then split each
    band into columns at vertical gaps (>= 6 pt) that no word crosses."""
    ys = sorted({round(e["top"], 1) for e in page.horizontal_edges if e["x1"] - e["x0"] > 40})
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    out = []
    for top, bottom in zip(ys, ys[1:]):
        ws = [w for w in words if w["top"] >= top - 1 and w["bottom"] <= bottom + 1]
        if not ws:
            continue
        spans = sorted((w["x0"], w["x1"]) for w in ws)
        groups = [[spans[0][0], spans[0][1]]]
        for a, b in spans[1:]:
            if a - groups[-1][1] < 6:
                groups[-1][1] = max(groups[-1][1], b)
            else:
                groups.append([a, b])
        for a, b in groups:
            cell = [w for w in ws if w["x0"] >= a - 0.5 and w["x1"] <= b + 0.5]
            cell.sort(key=lambda w: (round(w["top"]), w["x0"]))
            out.append(" ".join(w["text"] for w in cell))
    return out


def pdf_texts(path):
    texts = []
    with pdfplumber.open(path) as pdf:
        pages = []
        for page in pdf.pages:
            t = page.extract_text() or ""
            pages.append(t)
            texts.append(t)
            for settings in ({}, {"vertical_strategy": "text", "horizontal_strategy": "lines"}):
                for table in page.extract_tables(settings):
                    for row in table:
                        texts += [c for c in row if c]
            texts += band_cells(page)
            w = page.width
            for n in (2, 3):
                for k in range(n):
                    crop = page.crop((w * k / n, 0, w * (k + 1) / n, page.height))
                    texts.append(crop.extract_text() or "")
        texts.insert(0, "\n".join(pages))
    return [norm(t) for t in texts]


def layout_lines(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    return [norm(l) for l in out.split("\n")]


def strings(meet, facts):
    """(label, string, source_line) for every keyed string."""
    out = []
    for c in meet.get("components", []):
        out.append(("component.first_line", c["first_line"], c.get("start_line")))
    for m in meet.get("meetings", []):
        for f in ("body", "authority", "venue", "time"):
            if m.get(f):
                out.append((f"meeting.{f}", m[f], None))
        for a in m.get("attendees", []):
            out.append(("attendee", a["name"], None))
        for it in m.get("items", []):
            for f in ("number", "ref", "title", "time"):
                if it.get(f):
                    out.append((f"item.{f}", it[f], None))
            for r in it.get("resolutions", []):
                out.append(("resolution", r, None))
            for a in it.get("actions", []):
                out.append(("item.action", a["text"], a.get("source_line")))
    for pl in facts.get("priority_lists", []):
        for x in pl["items"]:
            out.append(("priority", x, None))
    for a in facts.get("actions", []):
        out.append(("action", a["text"], a.get("source_line")))
    for o in facts.get("organisations", []):
        out.append(("organisation", o["name"], None))
        for al in o.get("aliases", []):
            out.append(("alias", al, None))
    for d in facts.get("dates", []):
        out.append(("date", d["text"], d.get("source_line")))
    return out


def structure(stem, meet, facts):
    errs = []
    for k in ("document", "line_basis", "components", "meetings"):
        if k not in meet:
            errs.append(f"meetings.json lacks '{k}'")
    for k in ("document", "line_basis", "priority_lists", "priority_changes", "actions", "organisations", "dates"):
        if k not in facts:
            errs.append(f"facts.json lacks '{k}'")
    for d in (meet, facts):
        if d.get("document") != stem + ".pdf":
            errs.append(f"document field {d.get('document')!r} != {stem}.pdf")
    for c in meet.get("components", []):
        if c.get("kind") not in COMP_KINDS:
            errs.append(f"component kind {c.get('kind')}")
    for m in meet.get("meetings", []):
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", m.get("date", "")):
            errs.append(f"meeting date {m.get('date')}")
        for a in m.get("attendees", []):
            if a.get("status") not in STATUSES:
                errs.append(f"status {a.get('status')} for {a.get('name')}")
            if re.match(r"^(Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Prof)\b", a.get("name", "")):
                errs.append(f"honorific left in name {a['name']}")
        for it in m.get("items", []):
            for k in ("number", "ref", "title", "resolutions", "actions"):
                if k not in it:
                    errs.append(f"item lacks {k}")
            if it.get("number") and it["number"].endswith("."):
                errs.append(f"item number with trailing dot {it['number']}")
    for pl in facts.get("priority_lists", []):
        if pl.get("kind") not in KINDS:
            errs.append(f"priority kind {pl.get('kind')}")
    acts = list(facts.get("actions", [])) + [a for m in meet.get("meetings", []) for it in m.get("items", [])
                                              for a in it.get("actions", [])]
    for a in acts:
        for k in ("text", "owner", "due"):
            if k not in a:
                errs.append(f"action lacks {k}")
        if a.get("due") and not ISO.match(a["due"]):
            errs.append(f"action due not ISO: {a['due']}")
    for d in facts.get("dates", []):
        if not ISO.match(d.get("iso", "")):
            errs.append(f"date iso {d.get('iso')}")
    if meet.get("meetings") == [] and any(k for k in ("priority_lists",) if k not in facts):
        errs.append("plan without priority_lists")
    return errs


def main():
    stems = sorted({os.path.basename(p).rsplit(".", 2)[0] for p in glob.glob(os.path.join(HERE, "*.meetings.json"))})
    pdfs = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "pdf", "*.pdf")))
    bad = 0
    if stems != pdfs:
        print("MISMATCH between keys and PDFs:", set(stems) ^ set(pdfs))
        bad += 1
    for stem in stems:
        meet = json.load(open(os.path.join(HERE, stem + ".meetings.json"), encoding="utf-8"))
        facts = json.load(open(os.path.join(HERE, stem + ".facts.json"), encoding="utf-8"))
        path = os.path.join(HERE, "pdf", stem + ".pdf")
        texts = pdf_texts(path)
        lay = layout_lines(path)
        problems = structure(stem, meet, facts)
        allstr = strings(meet, facts)
        for label, s, line in allstr:
            n = norm(s)
            if not any(n in t for t in texts):
                problems.append(f"missing {label}: {s!r}")
            if line is not None:
                words = " ".join(norm(s).split()[:2])
                nxt = lay[line] if line < len(lay) else ""
                if not (1 <= line <= len(lay)) or (words not in lay[line - 1] and words not in lay[line - 1] + " " + nxt):
                    problems.append(f"source_line {line} does not hold {words!r} ({label}: {s[:40]!r})")
        if problems:
            bad += 1
            print(f"MISSING {stem}")
            for p in problems:
                print("   ", p)
        else:
            print(f"OK      {stem}  ({len(allstr)} strings)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
