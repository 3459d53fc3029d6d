"""No `except Exception` outside the per-document isolation boundary: a broad catch anywhere
else hides bugs (a dates.py error read as "no period"). The boundary is the worker's job
runner and the build's per-document catch, which record the error with the file."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"
BOUNDARY = {("workers.py", "_attempt"), ("build.py", "_guarded")}
BROAD = ("Exception", "BaseException")


def broad_catches(source: str) -> set[str]:
    """Functions with a bare `except:`, `except Exception` or `except BaseException` that does
    not re-raise what it caught."""
    found = set()
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if not isinstance(node, ast.ExceptHandler):
                continue
            broad = node.type is None or (isinstance(node.type, ast.Name) and node.type.id in BROAD)
            reraises = any(isinstance(n, ast.Raise) and n.exc is None for n in ast.walk(node))
            if broad and not reraises:
                found.add(function.name)
    return found


def test_only_the_isolation_boundary_catches_every_exception() -> None:
    found = {(path.name, f) for path in sorted(PACKAGE.glob("*.py")) for f in broad_catches(path.read_text("utf-8"))}
    assert found <= BOUNDARY, f"catch the exceptions you expect; only the per-document boundary catches all: {found}"


def test_a_broad_catch_is_found_and_a_rollback_that_reraises_is_not() -> None:
    source = """
def swallow():
    try:
        f()
    except Exception:
        return None

def rollback():
    try:
        f()
    except BaseException:
        undo()
        raise
"""
    assert broad_catches(source) == {"swallow"}
