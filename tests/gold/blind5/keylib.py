"""Helpers for build_keys.py: source_line lookup in `pdftotext -layout` output, JSON writing."""
import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).parent
LINE_BASIS = "source_line/start_line values are 1-based line numbers in `pdftotext -layout` (poppler 22.12) output of the PDF"
_cache = {}


def norm(t):
    return " ".join(t.replace("\u00a0", " ").split())


def layout_lines(stem):
    if stem not in _cache:
        out = subprocess.run(["pdftotext", "-layout", str(ROOT / "pdf" / f"{stem}.pdf"), "-"],
                             capture_output=True, text=True, check=True).stdout
        _cache[stem] = [norm(l) for l in out.split("\n")]
    return _cache[stem]


def line_of(stem, text, after=0):
    """1-based line of the first layout line (after line `after`) containing the longest findable prefix of text."""
    lines = layout_lines(stem)
    t = norm(text)
    tried = set()
    for n in (60, 45, 32, 24, 16, 10):
        probe = t[:n]
        if probe in tried:
            continue
        tried.add(probe)
        for i, l in enumerate(lines[after:], start=after + 1):
            if probe in l:
                return i
    probe = t[:60]
    for i in range(after, len(lines) - 1):  # text wrapped across two layout lines
        if probe in lines[i] + " " + lines[i + 1]:
            return i + 1
    return None


def write(stem, meetings_obj, facts_obj):
    for name, obj in (("meetings", meetings_obj), ("facts", facts_obj)):
        (ROOT / f"{stem}.{name}.json").write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n")
