"""Shared fixtures: the bundled corpus built once per session, and PDFs the tests make."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def snapshot(db: Path, ignore: tuple[str, ...] = ()) -> dict[str, object]:
    """Everything a reader sees: every table's rows (bar the log of builds and times, and the columns
    in `ignore`), what each search index finds, and the triggers that keep the indexes in step."""
    from extractor.schema import TABLES

    conn = sqlite3.connect(db)
    try:
        seen: dict[str, object] = {}
        for table in TABLES:
            if table.name == "builds":  # a log of runs: a killed build may or may not be in it
                continue
            columns = [c.name for c in table.columns if c.name not in ("built_at", "seen_at", *ignore)]
            rows = conn.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{table.name}]").fetchall()
            seen[table.name] = sorted(map(repr, rows))
            if table.fts:
                match = (
                    f"select rowid from [{table.name}_fts] where [{table.name}_fts] match 'the OR minutes OR column'"
                )
                seen[f"{table.name}_fts"] = sorted(conn.execute(match).fetchall())
        seen["triggers"] = sorted(conn.execute("select name from sqlite_master where type = 'trigger'").fetchall())
        return seen
    finally:
        conn.close()


def copy_db(source: Path, target: Path) -> Path:
    """A consistent copy of a database, WAL included."""
    with sqlite3.connect(source) as a, sqlite3.connect(target) as b:
        a.backup(b)
    return target


def exit_before_statement(conn: Any, statement: int) -> None:
    """Make this process end (os._exit(9), as a kill would) just before `conn`'s `statement`-th
    SQL statement: how the kill-anywhere tests stop a build or a finalise half way."""
    count = [0]

    def trace(_sql: str) -> None:
        count[0] += 1
        if count[0] == statement:
            os._exit(9)

    conn.conn.set_trace_callback(trace)


def alive(pid: int) -> bool:
    """Whether a process is running (a zombie is not)."""
    try:
        return "\nState:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


def wait_until(condition: Callable[[], bool], seconds: float = 20) -> bool:
    """Poll `condition` until it holds or `seconds` pass; its last answer."""
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        time.sleep(0.1)
    return condition()
