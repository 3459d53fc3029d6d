#!/usr/bin/env python3
"""Draw the seven blind7 PDFs into /work/blind7/pdf/ (run with /work/main/.venv/bin/python)."""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import doc1, doc2, doc3, doc4, doc5, doc6, doc7  # noqa: E402

DOCS = [doc1, doc2, doc3, doc4, doc5, doc6, doc7]

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pdf")
    os.makedirs(out, exist_ok=True)
    only = sys.argv[1:]
    for d in DOCS:
        if only and d.__name__ not in only:
            continue
        p = os.path.join(out, d.STEM + ".pdf")
        d.build(p)
        print("wrote", p)
