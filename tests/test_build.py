import os
import re
import sqlite3
from pathlib import Path

import pytest

from extractor import db as database
from extractor.build import BuildOptions, DocumentOptions, build, process_document
from tests.conftest import CORPUS, SEEDS, exit_before_statement, real
from tests.fixtures import make


def rows(db: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def test_corpus_documents_have_kind_title_and_status(corpus_db: Path) -> None:
    docs = dict(
        (r[0], r[1:]) for r in rows(corpus_db, "select filename, kind, status, page_count, publisher from documents")
    )
    assert set(docs) == set(SEEDS.values())
    assert all(status == "ok" for _, status, _, _ in docs.values())
    assert docs[SEEDS["scrutiny"]][0] == "agenda_pack" and docs[SEEDS["scrutiny"]][2] == 91
    assert docs[SEEDS["gravesham"]][0] == "agenda_pack"
    assert docs[SEEDS["gravesham"]][3] == "Gravesham Borough Council"


def test_every_page_is_stored_with_labels(corpus_db: Path) -> None:
    pages = rows(corpus_db, "select d.filename, p.page, p.label from pages p join documents d on d.id = p.document_id")
    assert len(pages) == 3 + 91 + 56 + 5 + 3
    labels = {(f, n): label for f, n, label in pages}
    assert labels[(SEEDS["gravesham"], 7)] == "Page 9"


def test_pack_parts_include_minutes_and_reports(corpus_db: Path) -> None:
    parts = rows(
        corpus_db,
        """select p.kind, p.title, p.page_start from document_parts p
                               join documents d on d.id = p.document_id where d.filename = ? order by position""",
        SEEDS["scrutiny"],
    )
    assert parts[0][0] == "minutes" and parts[0][1].startswith("MINUTES of a meeting of the Scrutiny Committee")
    assert any(kind == "report" for kind, _, _ in parts)


def test_search_finds_county_lines_with_page(corpus_db: Path) -> None:
    hits = database.search(database.connect(corpus_db), "county lines", limit=20)
    # every snippet marks a match; the index stems, so "lines" also matches "line"
    assert hits and all(re.search(r"\[(county|lines?)", h.snippet.lower()) for h in hits)
    assert len({(h.table, h.id) for h in hits}) == len(hits)
    # rows holding the phrase come first, highlighted as one match
    assert all("[county lines]" in h.snippet.lower() for h in hits[:5])
    assert {h.document for h in hits} >= {SEEDS["gangs"], SEEDS["vru"]}
    assert all(h.page for h in hits)


def test_fts_tables_named_for_datasette(corpus_db: Path) -> None:
    names = {r[0] for r in rows(corpus_db, "select name from sqlite_master where type = 'table'")}
    assert {"sections_fts", "decisions_fts", "actions_fts", "priorities_fts"} <= names


def test_bad_inputs_are_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for maker in (make.empty, make.not_a_pdf, make.encrypted, make.truncated, make.blank_pages, make.two_column):
        maker(folder)
    (folder / "two_column.pdf").rename(folder / "good.pdf")
    db = tmp_path / "out.db"
    summary = build([folder], db, BuildOptions(workers=2, entities=False))
    status = dict(rows(db, "select filename, status from documents"))
    assert status == {
        "empty.pdf": "failed",
        "notes.pdf": "failed",
        "encrypted.pdf": "failed",
        "truncated.pdf": "failed",
        "scanned_no_text.pdf": "needs_ocr",
        "good.pdf": "ok",
    }
    errors = dict(rows(db, "select filename, error from documents where status != 'ok'"))
    assert all("\n" not in e and e.startswith(str(folder)) for e in errors.values())
    assert "encrypted PDF" in errors["encrypted.pdf"]
    assert len(summary.problems) == 5


def test_real_scanned_and_garbled_files_need_ocr_when_ocr_is_off(tmp_path: Path) -> None:
    files = [
        real("uk-milburn-pc-annual-return-2018-scanned.pdf"),
        real("uk-horsley-pc-draft-minutes-2014-03-18-garbled-text.pdf"),
    ]
    no_ocr = DocumentOptions(entities=False, ocr_lang=None)  # as `extractor build --no-ocr` reads each file
    results = [process_document(f, options=no_ocr) for f in files]
    assert [(r.status, r.page_count) for r in results] == [("needs_ocr", 7), ("needs_ocr", 3)]


def test_unchanged_file_is_skipped_changed_file_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    target = folder / "doc.pdf"
    target.write_bytes(make.two_column(tmp_path).read_bytes())
    db = tmp_path / "out.db"
    options = BuildOptions(workers=1, entities=False)
    first = build([folder], db, options)
    second = build([folder], db, options)
    assert (first.processed, second.processed, second.skipped) == (1, 0, 1)
    target.write_bytes(make.running_headers(tmp_path).read_bytes())
    third = build([folder], db, options)
    assert third.processed == 1
    assert rows(db, "select count(*), max(page_count) from documents") == [(1, 4)]
    assert rows(db, "select count(*) from pages") == [(4,)]
    forced = build([folder], db, BuildOptions(workers=1, entities=False, force=True))
    assert forced.processed == 1


def test_interrupted_build_resumes_without_half_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    make.two_column(folder)
    make.running_headers(folder)
    db = tmp_path / "out.db"
    calls = {"n": 0}
    real_rows = database._priority_rows

    def dying(*args):  # the second document dies after its pages and sections were inserted
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real_rows(*args)

    monkeypatch.setattr(database, "_priority_rows", dying)
    with pytest.raises(KeyboardInterrupt):
        build([folder], db, BuildOptions(workers=1, entities=False))
    assert rows(db, "select count(*) from documents") == [(1,)]
    assert rows(db, "select count(*) from pages where document_id not in (select id from documents)") == [(0,)]
    assert rows(db, "select count(*) from sections where document_id not in (select id from documents)") == [(0,)]
    monkeypatch.setattr(database, "_priority_rows", real_rows)
    resumed = build([folder], db, BuildOptions(workers=1, entities=False))
    assert (resumed.processed, resumed.skipped) == (1, 1)


def test_second_build_of_unchanged_corpus_reads_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extractor.build as build_module

    db = tmp_path / "c.db"
    files = [CORPUS / SEEDS["gangs"], CORPUS / SEEDS["vru"]]
    build(files, db, BuildOptions(workers=1, entities=False))

    def must_not_run(*args: object) -> None:
        raise AssertionError("an unchanged file was processed again")

    monkeypatch.setattr(build_module, "process_document", must_not_run)
    again = build(files, db, BuildOptions(workers=1, entities=False))
    assert again.processed == 0 and again.skipped == 2


def test_published_date_is_the_documents_own_not_its_history(corpus_db: Path) -> None:
    dates = dict(rows(corpus_db, "select filename, published_date from documents"))
    assert dates[SEEDS["review"]] == "2016-02-02"  # not "August 2007", which it recounts
    assert dates[SEEDS["gravesham"]] == "2019-10-10"  # the pack's meeting, not the minutes inside it


def test_migration_adds_columns_and_foreign_keys_to_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:  # a meetings table as an earlier version made it
        conn.execute("create table meetings (id integer primary key, document_id text, body text)")
    conn = database.connect(path)
    meetings = conn["meetings"]
    assert {"date", "year", "venue"} <= {c.name for c in meetings.columns}
    assert ("document_id", "documents") in {(fk.column, fk.other_table) for fk in meetings.foreign_keys}
    database.connect(path)  # a second migration changes nothing


def _two_copies(tmp_path: Path) -> tuple[Path, Path, Path]:
    """in/a/x.pdf and in/b/y.pdf with the same bytes."""
    good = make.two_column(tmp_path).read_bytes()
    (tmp_path / "in" / "a").mkdir(parents=True)
    (tmp_path / "in" / "b").mkdir()
    x, y = tmp_path / "in" / "a" / "x.pdf", tmp_path / "in" / "b" / "y.pdf"
    x.write_bytes(good)
    y.write_bytes(good)
    return tmp_path / "in", x, y


FAST = BuildOptions(workers=2, entities=False)


def test_identical_files_each_have_a_row_pointing_at_one_document(tmp_path: Path) -> None:
    folder, x, y = _two_copies(tmp_path)
    db = tmp_path / "out.db"
    summary = build([folder], db, FAST)
    assert (summary.processed, summary.copies) == (1, 1)
    (doc,) = rows(db, "select id, path from documents")
    assert doc[1] == str(x)  # the first in path order, whichever worker finishes first
    assert rows(db, "select path, filename, size, sha256, document_id from files order by path") == [
        (str(x), "x.pdf", x.stat().st_size, doc[0], doc[0]),
        (str(y), "y.pdf", y.stat().st_size, doc[0], doc[0]),
    ]


def test_changing_one_copy_keeps_the_other_copys_document(tmp_path: Path) -> None:
    folder, x, y = _two_copies(tmp_path)
    db = tmp_path / "out.db"
    build([folder], db, FAST)
    (old,) = rows(db, "select id from documents")
    y.write_bytes(make.running_headers(tmp_path).read_bytes())
    summary = build([folder], db, FAST)
    assert (summary.processed, summary.skipped) == (1, 1)
    assert rows(db, "select filename, page_count from documents order by filename") == [("x.pdf", 1), ("y.pdf", 4)]
    assert rows(db, "select count(*) from pages where document_id = ?", old[0]) == [(1,)]
    assert rows(db, "select path from files where document_id = ?", old[0]) == [(str(x),)]


def test_deleted_files_are_pruned_with_documents_no_copy_holds(tmp_path: Path) -> None:
    folder, x, y = _two_copies(tmp_path)
    other = folder / "a" / "other.pdf"
    other.write_bytes(make.running_headers(tmp_path).read_bytes())
    db = tmp_path / "out.db"
    build([folder], db, FAST)
    x.unlink()
    other.unlink()
    summary = build([folder], db, FAST)
    assert summary.pruned == [str(other), str(x)]
    assert "0 processed, 1 unchanged, 0 failed, 0 need OCR, 2 gone and pruned" in summary.line()
    assert rows(db, "select filename, path from documents") == [("y.pdf", str(y))]  # the copy that remains
    assert rows(db, "select count(*) from pages") == [(1,)]
    assert rows(db, "select path from files") == [(str(y),)]


def test_no_prune_keeps_deleted_files(tmp_path: Path) -> None:
    folder, x, y = _two_copies(tmp_path)
    db = tmp_path / "out.db"
    build([folder], db, FAST)
    x.unlink()
    y.unlink()
    summary = build([folder], db, BuildOptions(workers=1, entities=False, prune=False))
    assert summary.pruned == []
    assert rows(db, "select count(*) from documents") == [(1,)]
    assert rows(db, "select count(*) from files") == [(2,)]


def test_a_renamed_file_moves_its_document_without_reading_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extractor.build as build_module

    folder = tmp_path / "in"
    folder.mkdir()
    old = make.two_column(folder)
    db = tmp_path / "out.db"
    build([folder], db, FAST)
    (doc,) = rows(db, "select id from documents")
    new = old.rename(folder / "renamed.pdf")
    monkeypatch.setattr(build_module, "process_document", None)  # must not be called
    summary = build([folder], db, FAST)
    assert (summary.processed, summary.skipped, summary.pruned) == (0, 1, [str(old)])
    assert rows(db, "select id, path, filename from documents") == [(doc[0], str(new), "renamed.pdf")]
    assert rows(db, "select path from files") == [(str(new),)]
    assert rows(db, "select count(*) from sections where document_id = ?", doc[0])[0][0] > 0


def test_documents_built_before_the_files_table_are_adopted(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = make.two_column(folder)
    db = tmp_path / "out.db"
    build([folder], db, FAST)
    with sqlite3.connect(db) as conn:
        conn.execute("delete from files")
    summary = build([folder], db, FAST)
    assert (summary.processed, summary.skipped, summary.pruned) == (0, 1, [])
    assert rows(db, "select path, document_id is not null, mtime is not null from files") == [(str(path), 1, 1)]


def test_a_symlink_is_recorded_under_its_own_path(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    outside = make.two_column(tmp_path)
    (folder / "linked.pdf").symlink_to(outside)
    (folder / "passwd.pdf").symlink_to(make.not_a_pdf(tmp_path))
    db = tmp_path / "out.db"
    build([folder], db, FAST)
    assert rows(db, "select filename, status from documents order by filename") == [
        ("linked.pdf", "ok"),
        ("passwd.pdf", "failed"),
    ]
    assert rows(db, "select path from files order by path") == [
        (str(folder / "linked.pdf"),),
        (str(folder / "passwd.pdf"),),
    ]


def _build_killed_at(folder: Path, db: Path, statement: int) -> int:
    """Build in a child process that dies (os._exit, as a kill would) just before the
    `statement`-th SQL statement after opening the database; its exit code (9: killed)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        connect = database.connect

        def dying_connect(path: Path) -> object:
            conn = connect(path)
            exit_before_statement(conn, statement)
            return conn

        database.connect = dying_connect  # type: ignore[assignment]
        build([folder], db, BuildOptions(workers=1, entities=False))
        os._exit(0)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def test_a_build_killed_at_any_moment_resumes_to_the_same_database(tmp_path: Path) -> None:
    from tests.conftest import snapshot

    folder = tmp_path / "in"
    folder.mkdir()
    make.two_column(folder)
    make.running_headers(folder)
    make.not_a_pdf(folder)
    build([folder], tmp_path / "reference.db", BuildOptions(workers=1, entities=False))
    expected = snapshot(tmp_path / "reference.db")
    last = 1  # a statement the build is known to reach
    while _build_killed_at(folder, tmp_path / f"count_{last}.db", last + 50) == 9:
        last += 50
    for statement in [*range(1, last, max(1, last // 8)), last]:  # in documents and finalise
        killed = tmp_path / f"killed_{statement}.db"
        assert _build_killed_at(folder, killed, statement) == 9
        build([folder], killed, BuildOptions(workers=1, entities=False))
        assert snapshot(killed) == expected, f"killed before statement {statement} (of over {last})"


def test_the_per_document_function_reads_its_options_not_what_an_earlier_call_left(tmp_path: Path) -> None:
    from tests.fixtures import make_minutes_fixtures as minutes

    path = minutes.moderngov(tmp_path)
    off = process_document(path, options=DocumentOptions(entities=False, ocr_lang=None))
    on = process_document(path, options=DocumentOptions(ocr_lang=None))
    again = process_document(path, options=DocumentOptions(entities=False, ocr_lang=None))
    assert off.mentions == again.mentions == () and on.mentions
    assert [name for name, _ in on.timings] == ["pdf", "meetings", "document", "priorities", "dates", "entities"]
    assert "entities" not in dict(off.timings) and all(seconds >= 0 for _, seconds in on.timings)


# ---- long documents read in page ranges ------------------------------------------------------


def test_a_document_read_in_page_ranges_writes_the_same_database_as_read_whole(tmp_path: Path) -> None:
    from tests.conftest import snapshot

    # a 91-page agenda pack (minutes, lists and tables running over page breaks) and a 56-page
    # plan, cut into ranges of 5 pages: every row of every table as when each is read whole
    files = [CORPUS / SEEDS["scrutiny"], CORPUS / SEEDS["gravesham"]]
    whole = build(files, tmp_path / "whole.db", BuildOptions(workers=2, split_pages=0))
    split = build(files, tmp_path / "split.db", BuildOptions(workers=2, split_pages=5))
    assert whole.split == 0 and split.split == 2 and "(2 read in page ranges)" in split.line()
    assert not split.problems and split.pages == whole.pages == 147
    assert rows(tmp_path / "whole.db", "select count(*) > 1000 from mentions") == [(1,)]
    assert snapshot(tmp_path / "split.db") == snapshot(tmp_path / "whole.db")


@pytest.mark.parametrize(("size", "out"), [(1, 0), (2, 2), (3, 3), (4, 3)])
def test_a_long_document_has_a_range_out_to_each_worker_before_the_parent_is_ready(size: int, out: int) -> None:
    """While the parent loads the settings and the model (about a second), each worker the build
    will have is already reading one of the largest file's first ranges; one worker reads alone."""
    from extractor import build as stages

    long = CORPUS / SEEDS["review"]  # 5 pages: ranges 1-2, 3-4, 5-end
    head = stages._head_start([long], BuildOptions(workers=size, entities=False, split_pages=2))
    if head is None:
        assert out == 0
        return
    try:
        assert head.path == long and len(head.workers) == out
        assert [(w.job.first, w.job.last) for w in head.workers] == [(1, 2), (3, 4), (5, None)][:out]
    finally:
        head.stop()
    assert not any(w.process.is_alive() for w in head.workers)


def test_a_failing_page_range_fails_its_document_in_one_line_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extractor import build as stages

    long, short = CORPUS / SEEDS["review"], CORPUS / SEEDS["gangs"]  # 5 pages and 3
    read_part = stages._read_part

    def dies_on_pages_3_to_4(job: stages.Job, options: DocumentOptions) -> object:
        if job.path == long and job.first == 3:
            os._exit(3)  # a crash in the parser, as C code crashes: the worker is gone
        return read_part(job, options)

    monkeypatch.setattr(stages, "_read_part", dies_on_pages_3_to_4)  # the workers are forked: they see it
    db = tmp_path / "db.db"
    summary = build([long, short], db, BuildOptions(workers=2, entities=False, split_pages=2))
    assert summary.processed == 2 and summary.split == 2
    [(path, status, error)] = summary.problems
    assert (path, status) == (str(long), "failed")
    assert error == f"{long}: pages 3-4: the PDF parser crashed (worker exited with code 3; limit 1.5 GB)"
    assert rows(db, "select filename, status, page_count from documents order by filename") == [
        (short.name, "ok", 3),
        (long.name, "failed", 0),
    ]
    assert rows(db, "select count(*) from pages join documents d on d.id = document_id where d.status = 'ok'") == [(3,)]
    assert rows(db, "select count(*) from pages") == [(3,)]


def test_an_action_log_drawn_as_a_table_in_minutes_gives_its_actions_once(tmp_path: Path) -> None:
    """Minutes whose action log is a ruled table with wrapped cells (No. | Action | Lead | Due):
    each row is an action of the meeting's, and a row that repeats an action an item records is
    not a second."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "log.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    text = [
        ("Helvetica-Bold", "Minutes of the Board of Directors Meeting held on Thursday 27 July 2023"),
        ("Helvetica", "Present: Dr Alison Crewe (Chair), Martin Ellory (Chief Executive)"),
        ("Helvetica-Bold", "BM/23/050 Integrated Performance Report"),
        ("Helvetica", "The Board NOTED the report."),
        ("Helvetica", "ACTION: Chief Operating Officer to present a deep dive into cancer performance."),
        ("Helvetica-Bold", "ACTION LOG"),
    ]
    y = 790
    for font, line in text:
        c.setFont(font, 10)
        c.drawString(56, y, line)
        y -= 18
    rows = [
        ("No.", "Action", "Lead", "Due"),
        ("1", "Present a deep dive into cancer\nperformance", "Chief Operating\nOfficer", "September 2023"),
        ("2", "Publish the Annual IPC Report on\nthe Trust website", "Chief Nurse", "31 August 2023"),
        (
            "3",
            "Submit the approved Green Plan to\nthe Integrated Care Board",
            "Director of Estates",
            "30 September 2023",
        ),
    ]
    xs = (56, 90, 300, 420, 540)
    top = y - 4
    for r, cells in enumerate(rows):
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 9)
        for x, cell in zip(xs, cells):
            for k, part in enumerate(cell.split("\n")):
                c.drawString(x + 3, top - 12 - 11 * k, part)
        c.line(xs[0], top, xs[-1], top)
        top -= 30
    c.line(xs[0], top, xs[-1], top)
    for x in xs:
        c.line(x, y - 4, x, top)
    c.save()
    result = process_document(path, options=DocumentOptions(entities=False, ocr_lang=None))
    [meeting] = result.meetings
    # the row that repeats the item's action gives it its due date; the others are the item's too
    assert [(a.text, a.owner, a.due_date) for it in meeting.items for a in it.actions] == [
        (
            "ACTION: Chief Operating Officer to present a deep dive into cancer performance.",
            "Chief Operating Officer",
            "2023-09",
        ),
        ("Publish the Annual IPC Report on the Trust website", "Chief Nurse", "2023-08-31"),
        ("Submit the approved Green Plan to the Integrated Care Board", "Director of Estates", "2023-09-30"),
    ]
    assert result.actions == ()


def test_a_plan_s_own_commitments_are_owned_by_the_body_it_speaks_for_and_acronyms_spelt_out() -> None:
    """ "We will publish an annual report ..." in a Public Services Board's plan is the Board's
    (named on its cover); "(CSP)" after a commitment names the Community Safety Partnership the
    strategy spells out once, acronym kept."""
    blind9 = Path(__file__).parent / "gold" / "blind9" / "pdf"
    options = DocumentOptions(ocr_lang=None)
    plan = process_document(blind9 / "blind9-uk-cwm-talog-psb-wellbeing-plan-2023-05.pdf", options=options)
    report = next(a for a in plan.actions if a.text.startswith("We will publish an annual report"))
    assert report.owner == "Cwm Talog Public Services Board"
    assert not [a for a in plan.actions if (a.owner or "").lower() in ("we", "our")]
    strategy = process_document(blind9 / "blind9-uk-brackenmoor-da-strategy-2025-02.pdf", options=options)
    campaign = next(a for a in strategy.actions if a.text.startswith("run a public awareness campaign"))
    assert campaign.owner == "Brackenmoor Community Safety Partnership (CSP)"
    stalking = next(a for a in strategy.actions if a.text.startswith("develop a stalking advocacy service"))
    assert stalking.owner == "PFCC; Moorland Police"  # an acronym the document spells out no way the rules read


def test_a_plan_s_commitments_that_name_no_one_are_its_publisher_s() -> None:
    """A corporate plan's bullets ("Plant 20,000 trees on council-owned land by 2027") and a
    strategy's coded commitments ("C4 We will increase ...") are the council's its cover names."""
    gold = Path(__file__).parent / "gold"
    options = DocumentOptions(ocr_lang=None)
    corporate = gold / "blind4" / "pdf" / "blind4-uk-wexcombe-dc-corporate-plan-2024-02.pdf"
    plan = process_document(corporate, options=options)
    trees = next(a for a in plan.actions if a.text.startswith("Plant 20,000 trees"))
    assert trees.owner == "Wexcombe District Council"
    strategy = process_document(
        gold / "blind8" / "pdf" / "blind8-uk-ferncastle-dc-homelessness-rough-sleeping-strategy-2025-03.pdf",
        options=options,
    )
    coded = [a for a in strategy.actions if re.match(r"C\d+ We will", a.text)]
    assert coded and {a.owner for a in coded} == {"Ferncastle District Council"}


def test_a_summary_of_actions_after_the_minutes_repeats_no_item_s_action() -> None:
    """A governing body's "Summary of Actions" table, carried over onto the page after the
    minutes end, lists the items' actions again in short: each is the item's action, once."""
    minutes = Path(__file__).parent / "gold" / "blind11" / "pdf"
    pdf = next(minutes.glob("blind11-uk-ashcombe*.pdf"))
    result = process_document(pdf, options=DocumentOptions(ocr_lang=None))
    (meeting,) = result.meetings
    assert any("breakdown of persistent absence" in a.text for it in meeting.items for a in it.actions)
    assert not [a for a in result.actions if a.text.startswith("Breakdown of persistent absence")]
