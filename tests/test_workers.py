"""workers.run: every job comes back once, with its result or a one-line Failure; only an
ExtractorError stops the run; a job is held to its time limit unless it asks for more."""

from __future__ import annotations

import os
import subprocess
import time
from collections import deque
from pathlib import Path

import pytest

from extractor import workers
from extractor.errors import ConfigError, ModelNotFound
from extractor.workers import GB, Failure, Limits
from tests.conftest import alive, wait_until

LIMITS = Limits(seconds=30, memory=GB // 2)
_loaded: list[str] = []  # what `_load` put there, in a worker


def _square(n: int) -> int:
    return n * n


def _pid(_: int) -> int:
    return os.getpid()


def _fails_on_odd(n: int) -> int:
    if n % 2:
        raise ValueError(f"odd number\n   {n}  here")
    return n


def test_every_job_comes_back_with_its_result_in_order_on_one_worker() -> None:
    assert list(workers.run(range(6), _square, workers=1, limits=LIMITS)) == [(n, n * n) for n in range(6)]


def test_jobs_are_shared_between_workers_and_each_comes_back_once() -> None:
    outcomes = list(workers.run(range(8), _pid, workers=2, limits=LIMITS))
    assert sorted(job for job, _ in outcomes) == list(range(8))
    assert os.getpid() not in {pid for _, pid in outcomes}  # run in child processes


def test_no_jobs_start_no_workers() -> None:
    assert list(workers.run([], _square, workers=2, limits=LIMITS)) == []


def test_a_result_can_queue_more_jobs_and_those_added_at_the_left_start_next() -> None:
    queue = deque([10, 20])
    seen = []
    for job, result in workers.run(queue, _square, workers=1, limits=LIMITS):
        seen.append((job, result))
        if job == 10:
            queue.appendleft(3)  # a long document's parts, before the next document
    assert seen == [(10, 100), (3, 9), (20, 400)]


def _slow_pid(_: int) -> int:
    time.sleep(0.3)
    return os.getpid()


def test_jobs_a_result_brings_are_shared_between_workers() -> None:
    queue = deque([1])
    pids = {}
    for job, pid in workers.run(queue, _slow_pid, workers=2, limits=LIMITS):
        pids[job] = pid
        if job == 1:
            queue.extend([2, 3])
    assert sorted(pids) == [1, 2, 3] and pids[2] != pids[3]


def test_a_job_that_raises_is_a_one_line_failure_and_the_others_go_on() -> None:
    outcomes = dict(workers.run(range(4), _fails_on_odd, workers=1, limits=LIMITS))
    assert outcomes == {
        0: 0,
        1: Failure("the PDF parser crashed (ValueError: odd number 1 here)"),
        2: 2,
        3: Failure("the PDF parser crashed (ValueError: odd number 3 here)"),
    }


def _raises_bare(_: int) -> int:
    raise RuntimeError


def test_an_exception_without_a_message_is_named() -> None:
    [(_, outcome)] = workers.run([1], _raises_bare, workers=1, limits=LIMITS)
    assert outcome == Failure("the PDF parser crashed (RuntimeError)")


def _long_message(_: int) -> int:
    raise ValueError("x" * 1000)


def test_a_long_message_is_cut() -> None:
    [(_, outcome)] = workers.run([1], _long_message, workers=1, limits=LIMITS)
    assert isinstance(outcome, Failure) and outcome.reason.count("x") == 200


def _bad_setting(n: int) -> int:
    if n == 2:
        raise ConfigError("pipelines/layout.yml: ligatures must be a list")
    return n


def test_an_extractor_error_stops_the_run_in_the_parent() -> None:
    seen = []
    with pytest.raises(ConfigError, match="ligatures must be a list"):
        for job, outcome in workers.run(range(5), _bad_setting, workers=1, limits=LIMITS):
            seen.append((job, outcome))
    assert seen == [(0, 0), (1, 1)]


def _load() -> None:
    _loaded.append("model")


def _fail_to_load() -> None:
    raise ModelNotFound("no spaCy model en_core_web_sm; install it")


def _what_was_loaded(_: int) -> list[str]:
    return list(_loaded)


def test_init_runs_once_in_each_worker_before_its_jobs() -> None:
    outcomes = list(workers.run(range(3), _what_was_loaded, workers=1, limits=LIMITS, init=_load))
    assert [o for _, o in outcomes] == [["model"]] * 3
    assert _loaded == []  # not in the parent


def _pid_and_loaded(_: int) -> tuple[int, list[str]]:
    return os.getpid(), list(_loaded)


def test_a_worker_started_ahead_runs_its_one_job_without_init_and_counts_as_a_worker() -> None:
    ahead = workers.start_one(0, _pid_and_loaded, limits=LIMITS, init=lambda: None)
    outcomes = dict(workers.run(range(1, 5), _pid_and_loaded, workers=2, limits=LIMITS, init=_load, started=[ahead]))
    assert sorted(outcomes) == [0, 1, 2, 3, 4]
    first_pid, loaded = outcomes.pop(0)
    assert loaded == [] and all(o == ["model"] for _, o in outcomes.values())
    assert first_pid not in {pid for pid, _ in outcomes.values()}  # let go after its one job
    assert not alive(first_pid)


def test_a_worker_started_ahead_and_never_taken_in_is_stopped() -> None:
    ahead = workers.start_one(1, _slow_pid, limits=LIMITS, init=lambda: None)
    pid = ahead.process.pid
    workers.stop(ahead)
    assert not alive(pid)


def test_an_extractor_error_while_starting_stops_the_run() -> None:
    with pytest.raises(ModelNotFound, match="no spaCy model"):
        list(workers.run(range(3), _square, workers=2, limits=LIMITS, init=_fail_to_load))


def _sleeps(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_a_job_past_its_time_limit_is_stopped_and_the_next_job_runs() -> None:
    outcomes = list(workers.run([30.0, 0.0], _sleeps, workers=1, limits=Limits(seconds=1, memory=GB // 2)))
    assert outcomes == [
        (30.0, Failure("took longer than 1 s (the time limit per document); it was stopped")),
        (0.0, 0.0),
    ]


def _exits(code: int) -> int:
    if code:
        os._exit(code)
    return code


def test_a_worker_that_dies_fails_its_job_and_is_replaced() -> None:
    outcomes = list(workers.run([0, 3, 0], _exits, workers=1, limits=LIMITS))
    assert outcomes == [
        (0, 0),
        (3, Failure("the PDF parser crashed (worker exited with code 3; limit 512 MB)")),
        (0, 0),
    ]


def _allocates(size: int) -> int:
    return len(bytearray(size))


def test_a_job_past_its_memory_limit_fails_with_the_limit_named() -> None:
    outcomes = dict(workers.run([GB, 1 << 20], _allocates, workers=1, limits=Limits(seconds=30, memory=GB // 4)))
    assert outcomes == {GB: Failure("needed more than 256 MB (the memory limit per document)"), 1 << 20: 1 << 20}


@pytest.mark.parametrize("memory, text", [(3 * GB // 2, "1.5 GB"), (GB, "1 GB"), (GB // 2, "512 MB")])
def test_limits_name_their_memory_in_gb_or_mb(memory: int, text: str) -> None:
    assert Limits(memory=memory).memory_text() == text


def test_allow_more_outside_a_worker_does_nothing() -> None:
    workers.allow_more(10)  # a build without workers: no channel, no error


def _slow_job(asks: bool) -> str:
    if asks:
        workers.allow_more(4)  # as OCR does for each page it reads
    time.sleep(2.5)
    return "done"


@pytest.mark.parametrize("asks", [True, False], ids=["asks-for-more-time", "held-to-the-limit"])
def test_a_job_may_ask_for_more_time(asks: bool) -> None:
    [(job, outcome)] = list(workers.run([asks], _slow_job, workers=1, limits=Limits(seconds=1.5, memory=GB // 2)))
    if asks:
        assert outcome == "done"
    else:
        assert isinstance(outcome, Failure) and "took longer than 1.5 s" in outcome.reason


def _starts_a_child(marker: str) -> str:
    child = subprocess.Popen(["sleep", "60"])  # as pytesseract runs tesseract
    Path(marker).write_text(str(child.pid))
    time.sleep(60)
    return "never"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads worker ids from /proc")
def test_a_job_stopped_at_its_limit_takes_its_child_processes_with_it(tmp_path: Path) -> None:
    marker = tmp_path / "child.pid"
    [(_, outcome)] = list(
        workers.run([str(marker)], _starts_a_child, workers=1, limits=Limits(seconds=2, memory=GB // 2))
    )
    assert isinstance(outcome, Failure)
    assert wait_until(lambda: not alive(int(marker.read_text())), seconds=5)
