"""Shared fixtures: the bundled corpus built once per session, and PDFs the tests make."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extractor.build import BuildOptions, build

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
REAL = SHARED / "corpus" / "real"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

SEEDS = {
    "gangs": "000_e78c9defaf288b7d.pdf",
    "scrutiny": "001_368897f9bdd4d4d8.pdf",
    "gravesham": "002_417e4a2834b4c3e8.pdf",
    "review": "003_f1b85571892c6c38.pdf",
    "vru": "004_7a4eff32a5f65f83.pdf",
}


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus built once, as `make run` builds it (entities included)."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    summary = build([CORPUS], path, BuildOptions(workers=min(2, os.cpu_count() or 1)))
    assert not summary.problems, summary.problems
    return path


def real(name: str) -> Path:
    """A real published PDF from ../shared/corpus/real, or skip where shared/ is absent."""
    path = REAL / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path
