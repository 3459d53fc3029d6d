#!/usr/bin/env python3
"""Rebuild every PDF, then its keys, then run check.py.  Usage: /work/main/.venv/bin/python make.py"""
import importlib
import runpy
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = ["tullaghmore", "redhaven", "witherby", "tawhitirangi", "larkinfalls", "thornwick", "brookvale"]

sys.path.insert(0, str(HERE))
(HERE / "pdf").mkdir(exist_ok=True)
# the keys are written beside the scripts (lib.GOLD)
for name in DOCS:
    importlib.import_module(f"make_{name}").build()
    runpy.run_path(str(HERE / f"keys_{name}.py"), run_name="__main__")
    print(f"built {name}")
sys.exit(subprocess.call([sys.executable, str(HERE / "check.py")], cwd=HERE))
