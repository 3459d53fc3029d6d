"""The build's per-document work mapped over a dask.distributed cluster.

The only module that imports dask. Each document is one dask task that runs
`build.isolated`: in the dask worker, the document is read in a child process under the same
time and memory limits as a local build, so a crash or a runaway file is recorded exactly as
locally. The scheduler does the queueing and the placement: a dask worker that dies has its
tasks run again on another (dask's `allowed-failures`); a document that kills every worker it
is given comes back as failed. Results stream back as they complete (`as_completed`) to the
one SQLite writer in `build.build`.

Files reach the workers in one of two ways (`BuildOptions.send_files`): "bytes", each file
read here and sent with its task, so workers need no access to the files; or "path", each
worker opens the same path itself (a shared or identically mounted disk), so only names
cross the network.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any

import dask
from distributed import Client, LocalCluster, as_completed
from distributed.client import FutureCancelledError
from distributed.scheduler import KilledWorker

from .build import BuildOptions, isolated, problem
from .errors import ExtractorError
from .models import DocumentResult

LOCAL = "local"
SEND = ("bytes", "path")
IN_FLIGHT = 4  # tasks submitted per worker thread, ahead of the results: files are not all read at once
# Workers fork a child per document (the isolation): dask's worker processes must not be daemons.
WORKER_CONFIG = {"distributed.worker.daemon": False}


def run_on_cluster(jobs: list[tuple[Path, str]], options: BuildOptions) -> Iterator[DocumentResult]:
    """(path, sha256) jobs, biggest first, as results in the order they complete."""
    if options.send_files not in SEND:
        raise ExtractorError(f"send_files is {options.send_files!r}; use one of {', '.join(SEND)}")
    with ExitStack() as stack:
        client = _connect(stack, options)
        pending = list(reversed(jobs))  # popped from the end: biggest first
        submitted: dict[str, tuple[Path, str]] = {}
        window = max(1, IN_FLIGHT * sum(client.nthreads().values()))
        running = as_completed([_submit(client, pending.pop(), options, submitted) for _ in range(window) if pending])
        for future in running:
            yield _result(future, submitted.pop(future.key))
            future.release()
            if pending:
                running.add(_submit(client, pending.pop(), options, submitted))


def _connect(stack: ExitStack, options: BuildOptions) -> Client:
    """A client of the scheduler at `options.dask`, or of a LocalCluster started here."""
    address = options.dask or LOCAL
    stack.enter_context(dask.config.set(WORKER_CONFIG))
    if not logging.getLogger("extractor").isEnabledFor(logging.INFO):  # -v shows dask's own log
        logging.getLogger("distributed").setLevel(logging.WARNING)
    if address != LOCAL:
        try:
            return stack.enter_context(Client(address, timeout="20s"))
        except OSError as e:
            raise ExtractorError(
                f"cannot reach the dask scheduler at {address} ({e}); start one with `dask scheduler` "
                "and workers with `dask worker ADDRESS` (see the README), or use --dask local"
            ) from e
    workers = options.workers or os.cpu_count() or 1
    cluster = stack.enter_context(
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    )
    return stack.enter_context(Client(cluster))


def _submit(client: Client, job: tuple[Path, str], options: BuildOptions, submitted: dict[str, Any]) -> Any:
    path, digest = job
    data = _read(path) if options.send_files == "bytes" else None
    # one task per document (copies were grouped by hash before): the key names it on the dashboard
    key = f"document-{digest[:16]}-{path.name}"
    submitted[key] = job
    return client.submit(_remote, str(path), digest, data, options, key=key, pure=False)


def _read(path: Path) -> bytes | None:
    """The file's bytes; None when it cannot be read here (the worker then records why)."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def _result(future: Any, job: tuple[Path, str]) -> DocumentResult:
    """The task's result; a document on which every worker died is recorded as failed."""
    path, digest = job
    try:
        return future.result()  # type: ignore[no-any-return]
    except (KilledWorker, FutureCancelledError) as e:
        return problem(path, digest, "failed", f"{path}: the dask workers running it died ({type(e).__name__})")


# ---- on a dask worker ----------------------------------------------------------------------


def _remote(path: str, digest: str, data: bytes | None, options: BuildOptions) -> DocumentResult:
    """One document on a dask worker, read from the bytes sent or from the shared path."""
    if multiprocessing.current_process().daemon:
        raise ExtractorError(
            "the dask worker runs as a daemon process and cannot start a process per document; start "
            "workers with DASK_DISTRIBUTED__WORKER__DAEMON=False (see the README)"
        )
    original = Path(path)
    if data is None:
        return isolated((original, digest), options)
    with tempfile.TemporaryDirectory(prefix="extractor-") as tmp:
        local = Path(tmp) / original.name
        local.write_bytes(data)
        return _relocated(isolated((local, digest), options), local, original)


def _relocated(result: DocumentResult, local: Path, original: Path) -> DocumentResult:
    """The result as if read at its original path: the path, name and any error that names it."""
    error = result.error.replace(str(local), str(original)) if result.error else result.error
    return replace(result, path=str(original), filename=original.name, error=error)
