#!/usr/bin/env python3
"""Parse every blind5 key and check that every keyed string occurs in the PDF's pdfplumber text
(whitespace-normalised). Strings are looked up first in the page text (extract_text); if absent
there, in the text of each table cell and of vertical strips of the page (1/2, 1/3 width), which is
how a reader sees side-by-side boxes and wrapped table cells. Prints OK / missing per key."""
import json
import sys
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).parent
MEETING_KEYS = {"document", "line_basis", "components", "meetings"}
FACT_KEYS = {"document", "line_basis", "priority_lists", "priority_changes", "actions", "organisations", "dates"}
MEETING_FIELDS = {"body", "authority", "date", "time", "venue", "attendees", "apologies", "items"}
ITEM_FIELDS = {"number", "ref", "title", "resolutions", "actions"}
STATUSES = {"present", "virtual", "also_present", "in_attendance", "apologies", "absent"}


def norm(t):
    return " ".join((t or "").replace("\u00a0", " ").split())


def haystacks(pdf):
    main, extra = [], []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            main.append(page.extract_text() or "")
            for table in page.extract_tables():
                for row in table:
                    extra.extend(c for c in row if c)
            w = page.width
            for parts in (2, 3):
                for k in range(parts):
                    extra.append(page.crop((w * k / parts, 0, w * (k + 1) / parts, page.height)).extract_text() or "")
            for k in range(2):  # overlapping strips for boxes that straddle a cut
                extra.append(page.crop((w * (k + 0.5) / 3, 0, w * (k + 1.5) / 3, page.height)).extract_text() or "")
    return norm(" ".join(main)), [norm(e) for e in extra]


def strings(meet, facts):
    out = []
    for c in meet["components"]:
        out.append(("component.first_line", c["first_line"]))
    for m in meet["meetings"]:
        for a in m["attendees"]:
            out.append(("attendee", a["name"]))
        for a in m["apologies"]:
            out.append(("apology", a))
        for it in m["items"]:
            if it["number"]:
                out.append(("item.number", it["number"]))
            out.append(("item.title", it["title"]))
            for r in it["resolutions"]:
                out.append(("resolution", r))
            for a in it["actions"]:
                out.append(("item.action", a["text"]))
    for pl in facts["priority_lists"]:
        for p in pl["items"]:
            out.append(("priority", p))
    for ch in facts["priority_changes"]:
        for f in ("priority", "previously_part_of", "previous_name"):
            if ch.get(f):
                out.append(("priority_change", ch[f]))
        for p in ch.get("merged_from", []):
            out.append(("priority_change", p))
    for a in facts["actions"]:
        out.append(("action", a["text"]))
    for o in facts["organisations"]:
        out.append(("organisation", o["name"]))
        for al in o["aliases"]:
            out.append(("alias", al))
    for d in facts["dates"]:
        out.append(("date", d["text"]))
    return out


def structure(meet, facts):
    errs = []
    if set(meet) != MEETING_KEYS:
        errs.append(f"meetings keys {sorted(meet)}")
    if set(facts) - {"priority_lists_note", "actions_note", "organisations_note", "dates_note"} != FACT_KEYS:
        errs.append(f"facts keys {sorted(facts)}")
    if meet["document"] != facts["document"]:
        errs.append("document mismatch")
    for m in meet["meetings"]:
        if not MEETING_FIELDS <= set(m):
            errs.append(f"meeting fields missing {MEETING_FIELDS - set(m)}")
        for a in m["attendees"]:
            if a["status"] not in STATUSES or set(a) != {"name", "role", "status"}:
                errs.append(f"attendee {a}")
        for it in m["items"]:
            if not ITEM_FIELDS <= set(it):
                errs.append(f"item fields {it.get('number')}")
            if it["number"] and it["number"].endswith("."):
                errs.append(f"item number with dot {it['number']}")
            for a in it["actions"]:
                if not {"text", "owner", "due"} <= set(a):
                    errs.append(f"action fields {a}")
    for pl in facts["priority_lists"]:
        if not {"owner", "name", "kind", "period", "source_line", "items"} <= set(pl):
            errs.append(f"priority list fields {pl.get('name')}")
    for a in facts["actions"]:
        if not {"text", "owner", "due", "source_line"} <= set(a):
            errs.append(f"action fields {a['text'][:30]}")
    for d in facts["dates"]:
        if not {"text", "iso", "what"} <= set(d):
            errs.append(f"date fields {d}")
    return errs


def line_refs(obj, path=""):
    """Yield paths of source_line/start_line values that are None."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("source_line", "start_line") and v is None:
                yield path + "." + k
            else:
                yield from line_refs(v, path + "." + k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from line_refs(v, f"{path}[{i}]")


def main():
    bad = 0
    for pdf in sorted((ROOT / "pdf").glob("*.pdf")):
        stem = pdf.stem
        meet = json.loads((ROOT / f"{stem}.meetings.json").read_text())
        facts = json.loads((ROOT / f"{stem}.facts.json").read_text())
        main_text, extra = haystacks(pdf)
        missing, fallback = [], []
        checks = strings(meet, facts)
        for kind, s in checks:
            s = norm(s)
            if s in main_text:
                continue
            if any(s in e for e in extra):
                fallback.append((kind, s))
                continue
            missing.append((kind, s))
        errs = structure(meet, facts)
        nulls = list(line_refs(meet)) + list(line_refs(facts))
        status = "OK" if not missing and not errs else "FAIL"
        bad += status != "OK"
        print(f"{status:4} {stem}: {len(checks)} strings, {len(fallback)} found only in table cells / column strips, "
              f"{len(nulls)} without source_line")
        for kind, s in missing:
            print(f"     missing {kind}: {s}")
        for e in errs:
            print(f"     structure: {e}")
        if "-v" in sys.argv:
            for kind, s in fallback:
                print(f"     (cell/strip) {kind}: {s[:90]}")
            for n in nulls:
                print(f"     (no line) {n}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
