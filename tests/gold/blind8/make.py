#!/usr/bin/env python3
"""Draw all blind8 PDFs, then build the keys. Run: /work/main/.venv/bin/python make.py"""
import importlib, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
os.makedirs("pdf", exist_ok=True)
for m in ("make_ni", "make_scot", "make_ca", "make_notes", "make_svd", "make_housing", "make_vawg"):
    importlib.import_module(m).build()
for m in ("keys_ni", "keys_scot", "keys_ca", "keys_notes", "keys_svd", "keys_housing", "keys_vawg"):
    importlib.import_module(m)  # each key script writes its two JSON files on import
