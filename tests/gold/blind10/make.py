#!/usr/bin/env python3
"""Rebuild every PDF, then its keys, then run check.py."""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = ["ca_board", "trust_board", "licensing", "local_plan", "climate", "us_strategic", "ie_library"]


def run(script):
    print(f"-- {script}")
    subprocess.run([sys.executable, str(HERE / script)], cwd=HERE, check=True)


for d in DOCS:
    run(f"make_{d}.py")
    run(f"keys_{d}.py")
sys.exit(subprocess.run([sys.executable, str(HERE / "check.py")], cwd=HERE).returncode)
