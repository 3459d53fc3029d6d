#!/usr/bin/env python3
"""Check the blind6 answer keys against their PDFs.

    /work/main/.venv/bin/python /work/blind6/check.py [-v]

For every pdf/<stem>.pdf: parse <stem>.meetings.json and <stem>.facts.json, check that they
have the field layout of the dev keys, and check that every keyed string (meeting body,
venue, attendee names, item numbers and titles, resolutions, action texts, priority items,
priority changes, organisation names and aliases, date texts, component first lines)
occurs in the pdfplumber text of the PDF, whitespace-normalised. Besides the full page
text, the text of each whitespace-separated column band of a page is tried (two-column
layouts and unruled tables), and the pages joined with running headers/footers removed.
Prints OK or the missing strings per document; exit status 1 if anything is missing.
"""
import json
import re
import sys
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
STATUSES = {"present", "virtual", "also_present", "in_attendance", "apologies", "absent"}
LIST_KINDS = {"priority", "cross_cutting_theme", "strategic_priority", "focus_area", "objective"}
COMPONENT_KINDS = {"minutes", "agenda", "report", "agreement", "strategy", "plan", "action_plan",
                   "questionnaire", "other"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def norm(s):
    return " ".join((s or "").split())


def bands(page):
    """Text of each vertical band of the page separated by an (almost) empty x-gap."""
    chars = [c for c in page.chars if c["size"] <= 12.5 and c["text"].strip()]
    if not chars:
        return []
    width = int(page.width) + 1
    cover = [0] * width
    for c in chars:
        for x in range(max(0, int(c["x0"])), min(width, int(c["x1"]) + 1)):
            cover[x] += 1
    left = int(min(c["x0"] for c in chars))
    right = int(max(c["x1"] for c in chars)) + 1
    cuts, run = [], 0
    for x in range(left, right):
        if cover[x] <= 3:
            run += 1
        else:
            if run >= 6:
                cuts.append(x - run // 2)
            run = 0
    edges = [left - 1] + cuts + [right + 1]
    out = []
    for a, b in zip(edges, edges[1:]):
        crop = page.crop((max(0, a), 0, min(page.width, b), page.height), strict=False)
        out.append(crop.extract_text() or "")
    return out


def texts(pdf_path):
    variants = []
    bodies = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            full = page.extract_text() or ""
            variants.append(full)
            variants.extend(bands(page))
            top, bottom = page.height * 0.075, page.height * 0.925
            body = page.crop((0, top, page.width, bottom)).extract_text() or ""
            bodies.append(body)
    variants.append("\n".join(bodies))
    return [norm(v) for v in variants]


def strings(meetings, facts):
    out = []
    for c in meetings.get("components", []):
        out.append(("component first_line", c["first_line"]))
    for m in meetings.get("meetings", []):
        for k in ("body", "venue"):
            if m.get(k):
                out.append((f"meeting {k}", m[k]))
        for a in m["attendees"]:
            out.append(("attendee", a["name"]))
        for n in m.get("apologies", []):
            out.append(("apologies", n))
        for it in m["items"]:
            if it["number"]:
                out.append(("item number", it["number"]))
            out.append(("item title", it["title"]))
            for r in it["resolutions"]:
                out.append(("resolution", r))
            for a in it["actions"]:
                out.append(("item action", a["text"]))
    for pl in facts["priority_lists"]:
        for i in pl["items"]:
            out.append(("priority item", i))
    for pc in facts["priority_changes"]:
        out.append(("priority change", pc["priority"]))
        if pc.get("previously_part_of"):
            out.append(("priority change previously_part_of", pc["previously_part_of"]))
    for a in facts["actions"]:
        out.append(("action", a["text"]))
    for o in facts["organisations"]:
        out.append(("organisation", o["name"]))
        for al in o.get("aliases", []):
            out.append(("organisation alias", al))
    for d in facts["dates"]:
        out.append(("date", d["text"]))
    return out


def structure(stem, meetings, facts):
    problems = []
    doc = f"{stem}.pdf"
    for name, data, keys in (("meetings", meetings, ["document", "line_basis", "components", "meetings"]),
                             ("facts", facts, ["document", "line_basis", "priority_lists", "priority_changes",
                                               "actions", "organisations", "dates"])):
        for k in keys:
            if k not in data:
                problems.append(f"{name}: missing field {k}")
        if data.get("document") != doc:
            problems.append(f"{name}: document is {data.get('document')!r}, expected {doc!r}")
    for c in meetings.get("components", []):
        if set(c) != {"title", "kind", "first_line", "start_line"} or c["kind"] not in COMPONENT_KINDS:
            problems.append(f"component fields/kind: {c}")
    for m in meetings.get("meetings", []):
        need = {"body", "authority", "date", "time", "venue", "attendees", "apologies", "items"}
        if not need <= set(m):
            problems.append(f"meeting lacks {need - set(m)}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", m.get("date") or ""):
            problems.append(f"meeting date not ISO: {m.get('date')}")
        for a in m["attendees"]:
            if set(a) != {"name", "role", "status"} or a["status"] not in STATUSES:
                problems.append(f"attendee: {a}")
            if re.match(r"(?i)^(mr|mrs|ms|miss|dr|cllr|councillor|councilmember|mayor|sir|prof)\b", a["name"]):
                problems.append(f"attendee name keeps an honorific: {a['name']}")
        apologised = {a["name"] for a in m["attendees"] if a["status"] == "apologies"}
        if set(m["apologies"]) != apologised:
            problems.append(f"apologies list {m['apologies']} != attendees with status apologies {sorted(apologised)}")
        for it in m["items"]:
            if not {"number", "ref", "title", "resolutions", "actions"} <= set(it):
                problems.append(f"item fields: {it.get('title')}")
            if it["number"] and it["number"].endswith("."):
                problems.append(f"item number keeps its dot: {it['number']}")
            for a in it["actions"]:
                if not {"text", "owner", "due", "source_line"} <= set(a):
                    problems.append(f"item action fields: {a}")
    for pl in facts["priority_lists"]:
        if not {"owner", "name", "kind", "period", "source_line", "items"} <= set(pl) or pl["kind"] not in LIST_KINDS:
            problems.append(f"priority list fields/kind: {pl.get('name')}")
    for pc in facts["priority_changes"]:
        if not {"year", "change", "priority", "previously_part_of"} <= set(pc):
            problems.append(f"priority change fields: {pc}")
    for a in facts["actions"]:
        if not {"text", "owner", "due", "source_line"} <= set(a):
            problems.append(f"action fields: {a}")
        if a["due"] and not ISO.match(a["due"]):
            problems.append(f"action due not ISO: {a['due']}")
    for o in facts["organisations"]:
        if not {"name", "aliases"} <= set(o):
            problems.append(f"organisation fields: {o}")
    for d in facts["dates"]:
        if not {"text", "iso", "what"} <= set(d) or not ISO.match(d["iso"]):
            problems.append(f"date: {d}")
    if meetings.get("meetings"):
        for m in meetings["meetings"]:
            for it in m["items"]:
                for a in it["actions"]:
                    if a["due"] and not ISO.match(a["due"]):
                        problems.append(f"item action due not ISO: {a['due']}")
    return problems


def main():
    verbose = "-v" in sys.argv
    bad = 0
    pdfs = sorted((HERE / "pdf").glob("*.pdf"))
    for pdf in pdfs:
        stem = pdf.stem
        try:
            meetings = json.loads((HERE / f"{stem}.meetings.json").read_text())
            facts = json.loads((HERE / f"{stem}.facts.json").read_text())
        except (OSError, json.JSONDecodeError) as e:
            print(f"{stem}: cannot read keys ({e})")
            bad += 1
            continue
        problems = structure(stem, meetings, facts)
        hay = texts(pdf)
        checked = strings(meetings, facts)
        missing = [(what, s) for what, s in checked if not any(norm(s) in h for h in hay)]
        if problems or missing:
            bad += 1
            print(f"{stem}: {len(missing)} missing of {len(checked)} strings, {len(problems)} structure problems")
            for p in problems:
                print(f"   structure: {p}")
            for what, s in missing:
                print(f"   missing {what}: {s!r}")
        else:
            print(f"{stem}: OK ({len(checked)} strings)")
        if verbose:
            n_items = sum(len(m["items"]) for m in meetings["meetings"])
            n_res = sum(len(i["resolutions"]) for m in meetings["meetings"] for i in m["items"])
            n_act = len(facts["actions"]) + sum(len(i["actions"]) for m in meetings["meetings"] for i in m["items"])
            print(f"   meetings={len(meetings['meetings'])} items={n_items} resolutions={n_res} actions={n_act} "
                  f"lists={len(facts['priority_lists'])} orgs={len(facts['organisations'])} dates={len(facts['dates'])}")
    print("ALL OK" if not bad and pdfs else f"{bad} document(s) with problems")
    return 1 if bad or not pdfs else 0


if __name__ == "__main__":
    sys.exit(main())
