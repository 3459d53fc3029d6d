"""Hostile input: every file the tests can craft is recorded, and the batch always finishes.

The files come from tests/fixtures/hostile.py. Limits are lowered here (a few seconds, a few
hundred MB) so that the documents that hit them do so quickly; the build treats them as it
treats the defaults.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

import extractor.build as build_module
from extractor import document
from extractor.build import MAX_LINE, MAX_PAGE, BuildOptions, build
from extractor.models import Line, PageText
from extractor.workers import GB, Limits
from tests.conftest import alive, wait_until
from tests.fixtures import hostile, make

TIGHT = Limits(seconds=60, memory=GB // 2)


def rows(db: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def test_every_hostile_file_is_recorded_and_the_batch_finishes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    made = hostile.every_kind(folder) + [hostile.flate_bomb(folder), hostile.huge_line(folder)]
    db = tmp_path / "out.db"
    summary = build([folder], db, BuildOptions(workers=2, entities=False, limits=TIGHT))
    status = dict(rows(db, "select filename, status from documents"))
    assert status == {
        "bad_media_box.pdf": "failed",
        "bit_flips_0.pdf": "failed",
        "bit_flips_1.pdf": "failed",
        "bit_flips_2.pdf": "failed",
        "bit_flips_3.pdf": "failed",
        "control.pdf": "ok",
        "cut_half.pdf": "failed",
        "cut_one_short.pdf": "ok",  # only the final newline is missing
        "cut_tenth.pdf": "failed",
        "deep_nesting.pdf": "ok",
        "empty.pdf": "failed",
        "encrypted.pdf": "failed",
        "flate_bomb.pdf": "failed",
        "huge_line.pdf": "ok",  # pdfium reads the line in little memory, and it is cut
        "long_line.pdf": "ok",
        "many_pages.pdf": "needs_ocr",
        "notes.pdf": "failed",
        "page_tree_cycle.pdf": "ok",
        "photo.pdf": "failed",
        "truncated.pdf": "failed",
        "zero_media_box.pdf": "ok",  # a broken page box no longer sends the layout into a loop
    }
    assert summary.processed == len(made) == len(status)
    errors = dict(rows(db, "select filename, error from documents where status != 'ok'"))
    assert all("\n" not in e and e.startswith(str(folder)) for e in errors.values())
    assert errors["flate_bomb.pdf"].endswith("needed more than 512 MB (the memory limit per document)")
    huge = rows(
        db, "select max(length(text)) from pages join documents on id = document_id where filename = ?", "huge_line.pdf"
    )
    assert huge[0][0] <= MAX_LINE + 1
    assert "corrupt PDF (MalformedPDFException" in errors["bad_media_box.pdf"]
    assert rows(db, "select count(*) from sections_fts where sections_fts match 'column'") == [(1,)]


def test_a_long_line_is_cut_before_the_text_stages(tmp_path: Path) -> None:
    path = hostile.long_line(tmp_path)
    result = build_module.process_document(path)
    assert result.status == "ok"
    assert max(len(line.text) for page in result.pages for line in page.lines) == MAX_LINE
    assert result.sections and all(len(s.text) < 2 * MAX_LINE for s in result.sections)


def test_bounded_page_keeps_offsets_and_stays_under_the_page_limit(tmp_path: Path) -> None:
    lines = [Line(text="y" * 3_000_000, page=1)] + [Line(text=f"line {n}", page=1) for n in range(3)]
    page = PageText(page=1, text="\n".join(ln.text for ln in lines), lines=tuple(lines))
    bounded = build_module._bounded(tmp_path / "x.pdf", page)
    assert len(bounded.text) <= MAX_PAGE
    texts = [ln.text for ln in bounded.lines]
    assert [bounded.text[ln.start : ln.start + len(ln.text)] for ln in bounded.lines] == texts
    assert bounded.lines[1].text == "line 0"


def test_minutes_whose_meeting_cannot_be_parsed_are_kept() -> None:
    lines = (Line(text="MINUTES of a meeting of the Parish Council", page=1, size=14), Line(text="held", page=1))
    page = PageText(page=1, text="\n".join(ln.text for ln in lines), lines=lines)
    about = document.describe([page], {}, meetings=())
    assert about.kind == "minutes"


def _dies_on(name: str, how: str):  # noqa: ANN202 - a process_document stand-in
    real = build_module.process_document

    def process(path: Path, *rest: object):  # noqa: ANN202 - rest: the digest and the options
        if path.name == name:
            if how == "kill":
                os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer does
            if how == "segfault":
                os.kill(os.getpid(), signal.SIGSEGV)
            if how == "hang":
                time.sleep(600)
            raise ZeroDivisionError("a bug deep in a library")
        return real(path, *rest)

    return process


@pytest.mark.parametrize(
    "how, reason",
    [
        ("kill", "the PDF parser crashed (worker killed by SIGKILL, out of memory?; limit 512 MB)"),
        ("segfault", "the PDF parser crashed (worker killed by SIGSEGV; limit 512 MB)"),
        ("hang", "took longer than 8 s (the time limit per document); it was stopped"),
        ("raise", "the PDF parser crashed (ZeroDivisionError: a bug deep in a library)"),
    ],
)
def test_a_worker_that_dies_hangs_or_raises_fails_one_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, reason: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"good_{n}.pdf").write_bytes(make.running_headers(tmp_path, pages=n + 1).read_bytes())
    (folder / "bad.pdf").write_bytes(make.two_column(tmp_path).read_bytes())
    monkeypatch.setattr(build_module, "process_document", _dies_on("bad.pdf", how))
    db = tmp_path / "out.db"
    limits = Limits(seconds=8 if how == "hang" else 60, memory=GB // 2)  # the good files take well under 8 s
    summary = build([folder], db, BuildOptions(workers=2, entities=False, limits=limits))
    assert summary.processed == 4
    assert rows(db, "select filename, status, error from documents order by filename") == [
        ("bad.pdf", "failed", f"{folder / 'bad.pdf'}: {reason}"),
        ("good_0.pdf", "ok", None),
        ("good_1.pdf", "ok", None),
        ("good_2.pdf", "ok", None),
    ]


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads worker ids from /proc")
def test_workers_end_when_the_build_is_killed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    make.two_column(folder).rename(folder / "bad.pdf")
    make.running_headers(folder).rename(folder / "bad_too.pdf")
    hang = _dies_on("bad.pdf", "hang")
    # both documents hang, so both workers are alive when the build is killed, however loaded
    # the machine (a document that finished first would let its worker go before the count)
    monkeypatch.setattr(build_module, "process_document", lambda path, *_: hang(path.with_name("bad.pdf")))
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child: a build stuck on a document for ten minutes
        build([folder], tmp_path / "out.db", BuildOptions(workers=2, entities=False, limits=Limits(seconds=600)))
        os._exit(0)
    assert wait_until(lambda: len(_children(pid)) == 2)
    workers = _children(pid)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    try:
        assert wait_until(lambda: not any(map(alive, workers))), "a worker outlived its killed build"
    finally:
        for worker in filter(alive, workers):  # leave no orphan behind when the test fails
            os.kill(worker, signal.SIGKILL)
