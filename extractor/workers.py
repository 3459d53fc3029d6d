"""Run one function over many jobs in child processes, each job under a time and memory limit.

A hostile PDF can make the parser loop for minutes, inflate a 1 MB stream to gigabytes or
crash in C. So each job runs in a worker process whose address space is capped
(``RLIMIT_AS``) and whose job is given a wall-clock deadline. A job that runs out of time is
killed with its worker; a worker that dies (a crash, the kernel's out-of-memory killer) is
replaced; either way the job comes back as a ``Failure`` with a one-line reason and the
other jobs go on. Only an ``ExtractorError`` (a missing model, a bad setting: every job
would fail the same way) stops the run, raised in the parent.

This is the one place that starts processes; ``build`` hands it the jobs in the order it
wants them started.
"""

from __future__ import annotations

import ctypes
import faulthandler
import os
import resource
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import ExtractorError

if TYPE_CHECKING:  # multiprocessing is imported where workers start: a build with nothing to read starts none
    from multiprocessing.connection import Connection

J = TypeVar("J")
R = TypeVar("R")
GB = 1 << 30
_PENDING = object()  # a message that is no outcome: the worker is ready, or asked for more time
_channel: Connection | None = None  # inside a worker: its pipe to the parent


@dataclass(frozen=True)
class Limits:
    """What one job may use: seconds of wall-clock time, and bytes of address space on top of
    what its worker inherited when it started (the interpreter and the imported libraries)."""

    seconds: float = 120.0
    memory: int = 3 * GB // 2

    def memory_text(self) -> str:
        return f"{self.memory / GB:.3g} GB" if self.memory >= GB else f"{self.memory >> 20} MB"


@dataclass(frozen=True)
class Failure:
    """A job that produced no result, and why, in one line."""

    reason: str


@dataclass
class _Worker(Generic[J]):
    process: Any  # multiprocessing.Process (a context's Process class is not a public type)
    conn: Connection
    job: J | None = None
    busy: bool = False  # running a job
    ready: bool = False  # started (its init done): idle when not busy
    deadline: float = field(default=0.0)
    once: bool = False  # started ahead of the pool for one job (`start_one`): let go after it

    @property
    def waited_on(self) -> bool:
        """Starting or running a job: its deadline counts."""
        return self.busy or not self.ready


def run(
    jobs: Iterable[J],
    work: Callable[[J], R],
    *,
    workers: int,
    limits: Limits,
    init: Callable[[], None] = lambda: None,
    started: Iterable[_Worker[J]] = (),
) -> Iterator[tuple[J, R | Failure]]:
    """(job, result or Failure) for every job, as they complete, on up to `workers` processes.

    `init` runs once in each worker before its first job (loading a model), outside the
    job's time limit but inside the memory limit. `jobs` may be a deque that the caller adds
    to while it reads the results (a long document's result asks for its page ranges): a job
    added at the left starts next. Idle workers wait while any job runs, since its result may
    bring more. `started`: workers `start_one` gave a job before the parent was ready to start
    the pool; each counts as one of the `workers` until its job is done.
    """
    queue = jobs if isinstance(jobs, deque) else deque(jobs)
    pool: list[_Worker[J]] = list(started)
    try:
        while True:
            _fill(pool, queue, work, init, limits, workers)
            if not any(w.waited_on for w in pool):
                return  # nothing queued, nothing running: the finally lets the idle ones go
            yield from _step(pool, work, init, limits)
    finally:
        for worker in pool:
            _stop(worker)


def _fill(
    pool: list[_Worker[J]], queue: deque[J], work: Callable[[J], R], init: Callable[[], None], limits: Limits, size: int
) -> None:
    """Give idle workers the next jobs, and start workers (up to `size`) for jobs still waiting."""
    for worker in pool:
        if queue and worker.ready and not worker.busy:
            _assign(worker, queue.popleft(), limits)
    starting = sum(1 for w in pool if not w.ready)
    while len(queue) > starting and len(pool) < size:
        pool.append(_start(work, init, limits, pool))
        starting += 1


def _step(
    pool: list[_Worker[J]], work: Callable[[J], R], init: Callable[[], None], limits: Limits
) -> Iterator[tuple[J, R | Failure]]:
    """Wait for the next message, death or deadline in the pool and act on it."""
    timeout = max(0.0, min(w.deadline for w in pool if w.waited_on) - time.monotonic())
    from multiprocessing.connection import wait

    ready = set(wait([w.conn for w in pool] + [w.process.sentinel for w in pool], timeout))
    for worker in list(pool):
        outcome: R | Failure | None = None
        if worker.conn in ready or worker.conn.poll():
            received = _receive(worker, limits)
            if received is _PENDING:
                continue
            outcome = received  # type: ignore[assignment]
        elif worker.process.sentinel in ready or (worker.waited_on and time.monotonic() > worker.deadline):
            outcome = _lost(worker, limits, timed_out=worker.process.sentinel not in ready)
        else:
            continue
        job, worker.job = worker.job, None
        if outcome is not None and job is not None:
            yield job, outcome
        if worker.once and not worker.busy:
            _stop(worker)  # it has not run `init`: a worker that has takes its place
        if not worker.process.is_alive():
            _stop(worker)
            pool.remove(worker)


def _receive(worker: _Worker[J], limits: Limits) -> R | Failure | None | object:
    """The worker's message: its result or a failure; `_PENDING` when it says (first) that it
    is ready, or that its job needs more time."""
    try:
        kind, payload = worker.conn.recv()
    except (EOFError, OSError):  # it died, perhaps mid-message
        worker.process.join(timeout=5)
        return _lost(worker, limits, timed_out=False)
    if kind == "raise":
        raise payload
    if kind == "more":
        worker.deadline += float(payload)
        return _PENDING
    if kind == "ready":  # a worker of `start_one` is busy already: its job was sent with it
        worker.ready = True
        return _PENDING
    worker.busy = False
    return Failure(payload) if kind == "failed" else payload  # type: ignore[no-any-return]


def _lost(worker: _Worker[J], limits: Limits, *, timed_out: bool) -> Failure | None:
    """The worker died or ran out of time: kill it and what it started (a Tesseract reading a
    page); its job (if any) failed, and why."""
    children = _children(worker.process.pid)
    worker.process.kill()
    worker.process.join()
    for pid in children:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:  # it ended on its own meanwhile
            pass
    if worker.process.exitcode == -signal.SIGINT:  # Ctrl-C reached the worker first
        raise KeyboardInterrupt
    if worker.ready and not worker.busy:
        return None  # an idle worker ended: no job is lost, another is started when one is needed
    if not worker.busy:
        if timed_out:
            raise ExtractorError(f"a worker took longer than {limits.seconds:g} s to start (loading the spaCy model)")
        raise ExtractorError(f"a worker stopped while starting ({_death(worker.process.exitcode)})")
    worker.busy = False
    if timed_out:
        return Failure(f"took longer than {limits.seconds:g} s (the time limit per document); it was stopped")
    return Failure(f"the PDF parser crashed ({_death(worker.process.exitcode)}; limit {limits.memory_text()})")


def _children(pid: int | None) -> list[int]:
    """The processes a worker started, from Linux's /proc (none found elsewhere)."""
    try:
        return [int(c) for c in open(f"/proc/{pid}/task/{pid}/children").read().split()]
    except (OSError, ValueError):
        return []


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        return f"worker killed by {name}, out of memory?" if name == "SIGKILL" else f"worker killed by {name}"
    return f"worker exited with code {code}"


def _assign(worker: _Worker[J], job: J, limits: Limits) -> None:
    worker.job = job
    worker.busy = True
    worker.deadline = time.monotonic() + limits.seconds
    try:
        worker.conn.send(job)
    except OSError:  # it died just now: its sentinel reports it on the next step
        pass


def _start(work: Callable[[J], R], init: Callable[[], None], limits: Limits, pool: list[_Worker[J]]) -> _Worker[J]:
    # fork: workers inherit the imported modules (fast to start) and the caller's settings
    import multiprocessing

    context: Any = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    parent, child = context.Pipe()
    others = [w.conn for w in pool]  # a forked worker must not hold its siblings' pipes open
    process = context.Process(target=_serve, args=(child, work, init, limits, others), daemon=True)
    process.start()
    child.close()
    return _Worker(process, parent, deadline=time.monotonic() + limits.seconds)


def start_one(job: J, work: Callable[[J], R], *, limits: Limits, init: Callable[[], None]) -> _Worker[J]:
    """A worker started now on one job, for `run` to take in (`started`) and let go once the job
    is done: work that needs none of what the pool's `init` loads can begin while the parent
    is still loading it. `stop` it if it is never handed to `run`."""
    worker = _start(work, init, limits, [])
    worker.once = True
    _assign(worker, job, limits)
    return worker


def stop(worker: _Worker[J]) -> None:
    """End a worker from `start_one` (its job dropped); nothing happens to one that has ended."""
    _stop(worker)


def _stop(worker: _Worker[J]) -> None:
    if worker.process.is_alive():
        try:
            worker.conn.send(None)
        except OSError:
            pass
        worker.process.join(timeout=1)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
    worker.conn.close()


# ---- inside the worker -----------------------------------------------------------------


def _serve(
    conn: Connection, work: Callable[[J], R], init: Callable[[], None], limits: Limits, others: list[Connection]
) -> None:
    # Ctrl-C reaches the whole process group: a worker ends at once and silently (no traceback
    # per worker); the parent says what was saved.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    faulthandler.disable()  # a crash is reported by the parent, in one line
    for other in others:
        other.close()
    _cap_memory(limits.memory)
    try:
        init()
    except ExtractorError as e:
        conn.send(("raise", e))
        return
    conn.send(("ready", None))
    global _channel
    _channel = conn
    _watch_parent(os.getppid())
    try:
        while (job := conn.recv()) is not None:
            conn.send(_attempt(work, job, limits))
    except (EOFError, BrokenPipeError):  # the parent is gone
        return


def allow_more(seconds: float) -> None:
    """Inside a worker: give the current job this many more seconds (OCR asks for each page it
    reads, so that a long scan is not held to a born-digital document's limit). Elsewhere
    (a build without workers) nothing enforces a limit, and this does nothing."""
    if _channel is not None:
        try:
            _channel.send(("more", seconds))
        except OSError:  # the parent is gone; the orphan watch ends this worker
            pass


def _watch_parent(parent: int) -> None:
    """End this worker once its parent is gone: on Linux by the kernel's parent-death signal,
    which needs no thread (a worker without threads runs single-threaded: see the package's
    __init__), elsewhere by a thread that polls (`_orphan_watch`)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before the signal was asked for
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    threading.Thread(target=_orphan_watch, args=(parent,), daemon=True).start()


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _orphan_watch(parent: int) -> None:
    """End the worker, mid-document if need be, once its parent is gone (killed): nobody
    is left to enforce the time limit or read the result."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _attempt(work: Callable[[J], R], job: J, limits: Limits) -> tuple[str, Any]:
    """Run one job; whatever it raises becomes a one-line failure, except an ExtractorError
    that is not about this job's input (a setting, a model), which stops the run."""
    try:
        return "done", work(job)
    except MemoryError:
        return "failed", f"needed more than {limits.memory_text()} (the memory limit per document)"
    except ExtractorError as e:
        return "raise", e
    except Exception as e:  # the isolation boundary: any library's bug fails one job, not the run
        text = " ".join(str(e).split())[:200]
        return "failed", f"the PDF parser crashed ({type(e).__name__}{': ' + text if text else ''})"


def _cap_memory(limit: int) -> None:
    """Cap the address space at what the worker inherited plus `limit`: a forked worker starts
    with its parent's mappings (shared, copy-on-write), which are not the document's doing."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = _address_space() + limit
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _address_space() -> int:
    """This process's virtual memory size in bytes (Linux), else 0."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0
