#!/usr/bin/env python3
"""Rebuild every blind9 PDF (make_*.py), then its keys (keys_*.py, which read pdftotext line numbers), then check."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ["harrowfield", "tamarack", "eastmarsh", "cwmtalog", "kestley", "kelsbury", "brackenmoor"]

for name in DOCS:
    for kind in ("make", "keys"):
        subprocess.run([sys.executable, str(ROOT / f"{kind}_{name}.py")], cwd=ROOT, check=True)
sys.exit(subprocess.run([sys.executable, str(ROOT / "check.py")], cwd=ROOT).returncode)
