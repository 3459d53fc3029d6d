"""Sanity checks for the blind2 set (does NOT touch the extractor).

- every gold JSON parses; every PDF opens with pdfplumber (page count printed)
- every keyed text (resolutions, actions, priority items, dates, organisation names/aliases,
  attendee surnames, item titles) occurs in the PDF text (whitespace-normalised)
- with --fill: adds source_line (1-based line in `pdftotext -layout`) where missing, by
  locating the first words of the keyed text; entries that already carry source_line are kept.
"""
import glob, json, os, re, subprocess, sys
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
FILL = "--fill" in sys.argv


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def find_line(layout_lines, text, start=0):
    words = norm(text).split()
    for n in (8, 6, 4, 3, 2, 1):
        if len(words) < n and n != 1:
            continue
        probe = " ".join(words[:n])
        for i in range(start, len(layout_lines)):
            if probe in norm(layout_lines[i]):
                return i + 1
    return None


problems = 0
for pdf in sorted(glob.glob(os.path.join(HERE, "pdf", "*.pdf"))):
    stem = os.path.basename(pdf)[:-4]
    with pdfplumber.open(pdf) as p:
        npages = len(p.pages)
    raw = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    layout = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout.split("\n")
    lay_norm = norm(" ".join(layout))
    haystacks = (raw, lay_norm)

    def present(t, ci=False):
        t = norm(t)
        if ci:
            return any(t.lower() in h.lower() for h in haystacks)
        return any(t in h for h in haystacks)

    def need(t, where):
        global problems
        if t and not present(t, ci=where in ("org", "alias")):
            problems += 1
            print("  MISSING [%s]: %r" % (where, t))

    print("%s: %d pages" % (stem, npages))
    for kind in ("meetings", "facts"):
        path = os.path.join(HERE, "gold", "%s.%s.json" % (stem, kind))
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
        assert g["document"] == stem + ".pdf", path
        for c in g.get("components", []):
            need(c["first_line"], "component")
        for m in g.get("meetings", []):
            for a in m["attendees"]:
                need(a["name"].split()[-1], "attendee")
            for it in m["items"]:
                need(it["title"], "item title")
                if FILL and "source_line" not in it:
                    it["source_line"] = find_line(layout, it["title"])
                for r in it["resolutions"]:
                    need(re.sub(r" (CARRIED|DEFEATED)$", "", r), "resolution")
                for a in it["actions"]:
                    need(a["text"], "action")
                    if FILL and "source_line" not in a:
                        a["source_line"] = find_line(layout, a["text"])
        for pl in g.get("priority_lists", []):
            for x in pl["items"]:
                need(x, "priority item")
            if FILL and "source_line" not in pl:
                pl["source_line"] = find_line(layout, pl["items"][0])
        for a in g.get("actions", []):
            need(a["text"], "action")
            if FILL and "source_line" not in a:
                a["source_line"] = find_line(layout, a["text"])
        for o in g.get("organisations", []):
            need(o["name"], "org")
            for al in o["aliases"]:
                need(al, "alias")
        for d in g.get("dates", []):
            need(d["text"], "date")
            if FILL and "source_line" not in d:
                d["source_line"] = find_line(layout, d["text"])
        if FILL:
            with open(path, "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=2)
                f.write("\n")
print("problems:", problems)
