"""The build on a dask.distributed cluster writes the same database as the local build."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("distributed")

import dask
from distributed import Client, LocalCluster

from extractor.build import BuildOptions, build
from extractor.cluster import WORKER_CONFIG
from tests.conftest import CORPUS, SEEDS, snapshot


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    """A cluster of two worker processes on this machine, as `dask worker` would start them."""
    with (
        dask.config.set(WORKER_CONFIG),
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, memory_limit="1GiB", dashboard_address=None
        ) as local,
    ):
        yield local


@pytest.fixture
def scheduler(cluster: LocalCluster) -> str:
    return str(cluster.scheduler_address)


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


def _document_running(client: Client) -> tuple[str, str]:
    """(worker address, task key) of a document being read right now."""
    deadline = time.monotonic() + 300  # a guard against a hang, not a timing assertion
    while time.monotonic() < deadline:
        for worker, keys in client.processing().items():
            if documents := [key for key in keys if str(key).startswith("document-")]:
                return worker, documents[0]
        time.sleep(0.05)
    raise AssertionError("no document started on the cluster")


def test_a_dask_worker_that_dies_has_its_document_read_again(
    cluster: LocalCluster, corpus_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "dask.db"
    options = BuildOptions(workers=2, dask=cluster.scheduler_address)
    with Client(cluster) as client, ThreadPoolExecutor(1) as pool:
        pids = client.run(os.getpid)
        running = pool.submit(build, [CORPUS], db, options)
        worker, key = _document_running(client)  # the biggest files go first: it runs for seconds
        os.kill(pids[worker], signal.SIGKILL)
        summary = running.result()
    assert not summary.problems and summary.processed == len(SEEDS)
    assert snapshot(db) == snapshot(corpus_db)
    starts = [t for t in cluster.scheduler.transition_log if t.key == key and t.finish == "processing"]
    assert len(starts) >= 2  # started again after its worker died
