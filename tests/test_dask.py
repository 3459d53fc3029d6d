"""The build on a dask.distributed cluster writes the same database as the local build."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")

import dask
from distributed import LocalCluster

from extractor.build import BuildOptions, build
from extractor.cluster import WORKER_CONFIG
from tests.conftest import CORPUS, SEEDS, snapshot


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A cluster of two worker processes on this machine, as `dask worker` would start them."""
    with (
        dask.config.set(WORKER_CONFIG),
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, memory_limit="1GiB", dashboard_address=None
        ) as cluster,
    ):
        yield cluster.scheduler_address


def test_dask_build_of_the_corpus_equals_the_local_build(scheduler: str, corpus_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "dask.db"
    summary = build([CORPUS], db, BuildOptions(workers=2, dask=scheduler, send_files="bytes"))
    assert not summary.problems and summary.processed == len(SEEDS)
    assert snapshot(db) == snapshot(corpus_db)  # every row of every table, and what the search indexes find


def test_dask_records_bad_files_as_the_local_build_does(scheduler: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / SEEDS["vru"], folder)
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "letter.pdf").write_bytes(b"Dear Sir, this is not a PDF at all")
    local, remote = tmp_path / "local.db", tmp_path / "dask.db"
    build([folder], local, BuildOptions(workers=2, entities=False))
    summary = build([folder], remote, BuildOptions(workers=2, entities=False, dask=scheduler, send_files="path"))
    assert sorted(status for _, status, _ in summary.problems) == ["failed", "failed"]
    assert snapshot(remote) == snapshot(local)
    with sqlite3.connect(remote) as conn:
        errors = dict(conn.execute("select filename, error from documents where status = 'failed'").fetchall())
    assert errors["empty.pdf"] == f"{folder / 'empty.pdf'}: empty file (0 bytes)"


def test_a_file_sent_as_bytes_is_recorded_at_its_own_path(scheduler: str, tmp_path: Path) -> None:
    (tmp_path / "letter.pdf").write_bytes(b"not a PDF")
    db = tmp_path / "dask.db"
    summary = build([tmp_path / "letter.pdf"], db, BuildOptions(entities=False, dask=scheduler, send_files="bytes"))
    assert summary.problems[0][0] == str(tmp_path / "letter.pdf")
    assert summary.problems[0][2].startswith(f"{tmp_path / 'letter.pdf'}: not a PDF")
