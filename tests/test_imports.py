"""Each third-party library is imported by one module of the package (STYLE.md): its calls,
their quirks and their upgrades stay in one place. Read from the source, not by importing it."""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"

# libraries that are one concern between them: the PDF readers, a Dask cluster, the site
FAMILIES = {
    "pdfplumber": "pdf readers",
    "pypdfium2": "pdf readers",
    "pdfminer": "pdf readers",
    "cffi": "pdf readers",  # pdfium's per-character calls
    "dask": "dask",
    "distributed": "dask",
    "datasette": "datasette",
    "jinja2": "datasette",
    "markupsafe": "datasette",
}
# who owns each library: the home STYLE.md gives it
OWNERS = {
    "sqlite_utils": "db.py",
    "rapidfuzz": "dedupe.py",
    "yaml": "config.py",
    "spacy": "entities.py",
    "pdf readers": "pdf.py",
    "datasette": "datasette_plugin.py",
    "dask": "cluster.py",
    "pytesseract": "ocr.py",
    "numpy": "ocr.py",  # the page images OCR reads
    "click": "cli.py",
}


def third_party_imports(path: Path) -> set[str]:
    """Top-level names of the absolute, non-standard-library imports anywhere in a module
    (inside functions too), as families."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top not in sys.stdlib_module_names and top not in ("extractor", "__future__"):
                found.add(FAMILIES.get(top, top))
    return found


def importers() -> dict[str, set[str]]:
    by_library: dict[str, set[str]] = defaultdict(set)
    for path in sorted(PACKAGE.glob("*.py")):
        for library in third_party_imports(path):
            by_library[library].add(path.name)
    return by_library


def test_each_third_party_library_is_imported_by_one_module() -> None:
    shared = {library: sorted(modules) for library, modules in importers().items() if len(modules) > 1}
    assert not shared, f"libraries imported by more than one module (call them through their owner): {shared}"


def test_each_library_lives_in_its_home_module() -> None:
    homes = {library: next(iter(modules)) for library, modules in importers().items() if len(modules) == 1}
    assert {library: homes.get(library) for library in OWNERS} == OWNERS
    assert set(homes) <= set(OWNERS), f"a new library: give it one home in OWNERS: {set(homes) - set(OWNERS)}"


def test_the_reader_sees_imports_inside_functions(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import os\n\ndef f():\n    from rapidfuzz import fuzz\n    import pdfminer.high_level\n")
    assert third_party_imports(module) == {"rapidfuzz", "pdf readers"}
