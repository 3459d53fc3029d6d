"""The cross-document step on the bundled corpus (built once per session) and on two small
packs that print the same minutes."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest

from extractor import db as database
from extractor.build import BuildOptions, build
from tests.conftest import copy_db, exit_before_statement, snapshot
from tests.fixtures import make_minutes_fixtures as minutes


def query(db: Path, sql: str, *args: object) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def organisation_of(db: Path, alias: str) -> set[str]:
    return {
        r[0]
        for r in query(
            db,
            "select o.name from organisations o join organisation_aliases a "
            "on a.organisation_id = o.id where a.alias = ?",
            alias,
        )
    }


# --- organisations ---------------------------------------------------------------------


def test_kcc_and_kent_county_council_are_one_organisation(corpus_db: Path) -> None:
    assert (
        organisation_of(corpus_db, "KCC")
        == organisation_of(corpus_db, "Kent County Council")
        == {"Kent County Council"}
    )
    documents = query(
        corpus_db,
        """select count(distinct m.document_id) from mentions m
                                    join organisations o on o.id = m.organisation_id where o.name = ?""",
        "Kent County Council",
    )
    assert documents == [(4,)]


def test_kent_police_is_one_organisation_across_documents(corpus_db: Path) -> None:
    # 003 glued a list item onto it ("Counter Terrorism and Domestic Extremism Kent Police"):
    # the other documents, which use "Kent Police" on its own, decide.
    assert organisation_of(corpus_db, "Kent Police") == {"Kent Police"}
    rows = query(
        corpus_db,
        """select count(distinct m.document_id) from mentions m
                               join organisations o on o.id = m.organisation_id where o.name = 'Kent Police'""",
    )
    assert rows == [(5,)]
    assert query(
        corpus_db,
        "select count(*) from organisations where name like '%Kent Police%' and name like 'Counter Terrorism%'",
    ) == [(0,)]


def test_kcsp_resolves_to_the_partnership_not_its_chair(corpus_db: Path) -> None:
    assert organisation_of(corpus_db, "KCSP") == {"Kent Community Safety Partnership"}


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kent Police", "Kent Police and Crime Commissioner"),
        ("Kent County Council", "Kent County Council Community Safety Unit"),
        ("Kent Community Safety Partnership", "Kent Community Safety Partnership Working Group"),
        ("Kent Community Safety Partnership", "Dartford and Gravesham Community Safety Partnership"),
        ("Kent Safeguarding Children Board", "Medway Safeguarding Children Board"),
    ],
)
def test_look_alike_bodies_stay_apart(corpus_db: Path, a: str, b: str) -> None:
    names = {r[0] for r in query(corpus_db, "select name from organisations")}
    assert {a, b} <= names


def test_every_merge_names_its_organisation_rule_and_score(corpus_db: Path) -> None:
    rows = query(
        corpus_db,
        """select m.rule, m.score, o.name from organisation_merges m
                               left join organisations o on o.id = m.organisation_id""",
    )
    assert rows
    assert all(name and 0 < score <= 100 for _, score, name in rows)
    assert {rule for rule, _, _ in rows} <= {
        "document",
        "exact_key",
        "possessive",
        "token_sort",
        "spacing",
        "typo",
        "acronym",
        "initials",
        "acronym_transposition",
    }


def test_aliases_are_whitespace_normalised(corpus_db: Path) -> None:
    assert query(corpus_db, "select count(*) from organisation_aliases where alias like '%' || char(10) || '%'") == [
        (0,)
    ]


# --- priority lists: owners and lineage ------------------------------------------------------


def test_kent_csa_lists_belong_to_the_partnership(corpus_db: Path) -> None:
    # "CSA" (p.6), "the Kent Community Safety Partnership" (p.35), "Kent CSA" (p.42), none
    # (p.43, whose heading names the Agreement) and 003's two unowned lists (its publisher's)
    rows = query(
        corpus_db,
        """select d.filename, l.page from priority_lists l
                               join documents d on d.id = l.document_id join organisations o on o.id = l.organisation_id
                               where o.name = 'Kent Community Safety Partnership' and l.kind = 'priority'
                               order by d.filename, l.page""",
    )
    assert rows == [
        ("001_368897f9bdd4d4d8.pdf", 6),
        ("001_368897f9bdd4d4d8.pdf", 35),
        ("001_368897f9bdd4d4d8.pdf", 42),
        ("001_368897f9bdd4d4d8.pdf", 43),
        ("003_f1b85571892c6c38.pdf", 5),
        ("003_f1b85571892c6c38.pdf", 5),
    ]


LINKS_SQL = """
    select f.text, k.relation, t.text, k.evidence is not null
    from priority_links k join priorities f on f.id = k.from_priority_id
                               join priorities t on t.id = k.to_priority_id
    join priority_lists tl on tl.id = t.list_id
    where f.document_id = (select id from documents where filename = ?)
      and t.document_id = (select id from documents where filename = ?) and tl.page = ?
    order by f.page, f.text"""


def test_links_2016_review_to_2024_agreement(corpus_db: Path) -> None:
    # 003's current priorities (the four "retained" and the two to be "consolidated") to the
    # 2024/25 list in 001. The review says Violent and Acquisitive Crime are consolidated into
    # "Serious & Organised Crime", which 001's committee report prints as "Serious and
    # Organised Crime"; 001 says the ASB priority "was expanded to become" Preventing
    # Neighbourhood Crime & ASB.
    links = query(corpus_db, LINKS_SQL, "003_f1b85571892c6c38.pdf", "001_368897f9bdd4d4d8.pdf", 6)
    assert links == [
        ("Acquisitive Crime", "merged_into", "Serious and Organised Crime", 1),
        ("Anti-Social Behaviour", "expanded", "Preventing Neighbourhood Crime & Anti-social Behaviour (ASB)", 1),
        ("Domestic Abuse", "same", "Domestic Abuse", 0),
        ("Road Safety", "same", "Road Safety", 0),
        ("Substance Misuse", "same", "Substance Misuse", 0),
        ("Violent Crime", "merged_into", "Serious and Organised Crime", 1),
    ]


def test_serious_and_organised_crime_expanded_with_the_sentence_that_says_so(corpus_db: Path) -> None:
    rows = query(
        corpus_db,
        """select k.relation, k.evidence from priority_links k
                               join priorities f on f.id = k.from_priority_id
                               join priorities t on t.id = k.to_priority_id
                               where f.text = 'Serious and Organised Crime'
                                 and t.text = 'Serious Violence and Organised Crime'""",
    )
    assert rows == [
        (
            "expanded",
            (
                "\u2022 2020 \u2013 The priority of Serious and Organised Crime was expanded to become "
                "\u2018Serious Violence and Organised Crime\u2019 to reflect new proposed duties around "
                "Serious Violence and the introduction of the Violence Reduction Unit (VRU)."
            ),
        )
    ]


def test_history_between_two_unchanged_items_is_not_a_link(corpus_db: Path) -> None:
    # 001 says Preventing Extremism and Hate was split out of Safeguarding Vulnerable People
    # in 2018; both are in both 2024 lists, so no link between them.
    rows = query(
        corpus_db,
        """select count(*) from priority_links k join priorities f on f.id = k.from_priority_id
                               join priorities t on t.id = k.to_priority_id
                               where f.text = 'Safeguarding Vulnerable People'
                                 and t.text = 'Preventing Extremism and Hate'""",
    )
    assert rows == [(0,)]


def test_medway_versions_in_one_document_are_linked_in_period_order(corpus_db: Path) -> None:
    rows = query(
        corpus_db,
        """select f.text, k.relation, t.text from priority_links k
                               join priorities f on f.id = k.from_priority_id
                               join priorities t on t.id = k.to_priority_id
                               join priority_lists fl on fl.id = f.list_id join priority_lists tl on tl.id = t.list_id
                               where fl.period = '2013-16' and tl.period = '2016/17'""",
    )
    assert rows == [
        ("Tackle Domestic Abuse", "renamed", "Supporting victims and tackling offenders of sexual and domestic abuse")
    ]


def test_same_priority_across_documents_shares_a_canonical_id(corpus_db: Path) -> None:
    rows = query(
        corpus_db,
        """select count(distinct canonical_id), count(*) from priorities
                               where text in ('Serious Violence & Organised Crime',
                                              'Serious Violence and Organised Crime')""",
    )
    assert rows[0][0] == 1 and rows[0][1] >= 3


# --- minutes printed twice -----------------------------------------------------------------


@pytest.fixture
def two_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The same ModernGov minutes on their own and again after a cover page in a later pack."""
    scripts: list[minutes.Script] = []
    render = minutes.render
    monkeypatch.setattr(minutes, "render", lambda path, script: scripts.append(script) or render(path, script))
    folder = tmp_path / "packs"
    folder.mkdir()
    minutes.moderngov(folder)
    cover: minutes.Script = [("AGENDA PACK", "b")] + [f"Agenda item {n}: to be taken in order" for n in range(60)]
    render(folder / "later_pack.pdf", cover[:53] + scripts[0])
    db = tmp_path / "packs.db"
    build([folder], db, BuildOptions(workers=1, entities=False))
    return db


def test_minutes_in_two_packs_are_linked_to_the_firstcopy_db(two_packs: Path) -> None:
    rows = query(
        two_packs,
        """select d.filename, x.page_start, o.filename, x.rule, x.score >= 90
                               from meeting_duplicates x join documents d on d.id = x.document_id
                               join documents o on o.id = x.original_document_id""",
    )
    assert rows == [("later_pack.pdf", 2, "moderngov.pdf", "same_body_date_text.v1", 1)]


def test_search_does_not_count_the_copy_twice(two_packs: Path) -> None:
    hits = database.search(database.connect(two_packs), "Planning and Regulatory Committee", limit=20)
    assert hits
    assert {hit.document for hit in hits} == {"moderngov.pdf"}


def test_an_interrupted_finalise_leaves_the_previous_results(
    corpus_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from extractor import finalise as finalise_module

    copy = tmp_path / "copy.db"
    shutil.copy(corpus_db, copy)
    conn = database.connect(copy)
    with conn.conn:
        conn.conn.execute("insert into organisations (id, name) values (1, 'Sentinel Borough Council')")

    def dying(*_args: object) -> None:  # dies after organisations and priorities were rewritten
        raise KeyboardInterrupt

    monkeypatch.setattr(finalise_module, "_duplicates", dying)
    with pytest.raises(KeyboardInterrupt):
        finalise_module.finalise(conn)
    names = [r[0] for r in conn.conn.execute("select name from organisations where id = 1")]
    assert names == ["Sentinel Borough Council"]  # the delete was rolled back with everything else


# --- killed at any moment -------------------------------------------------------------------


def _finalise_killed_at(db: Path, statement: int) -> int:
    """Run finalise on `db` in a child process that dies (os._exit, as a kill would) just before
    its `statement`-th SQL statement; the exit code (9: killed, 0: it finished first)."""
    from extractor.finalise import finalise

    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        conn = database.connect(db)
        exit_before_statement(conn, statement)
        finalise(conn)
        os._exit(0)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def _two_documents(tmp_path: Path) -> Path:
    """A folder with two small PDFs the tests make: minutes and a two-column page."""
    from tests.fixtures import make

    folder = tmp_path / "in"
    folder.mkdir()
    minutes.moderngov(folder)
    make.two_column(folder)
    return folder


def test_a_build_killed_anywhere_in_its_first_finalise_resumes_to_the_same_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extractor import finalise as finalise_module

    folder = _two_documents(tmp_path)
    options = BuildOptions(workers=1, entities=False)
    with monkeypatch.context() as patched:  # the documents written, finalise never run
        patched.setattr(finalise_module, "finalise", lambda conn, everything=False: None)
        build([folder], tmp_path / "written.db", options)
    reference = copy_db(tmp_path / "written.db", tmp_path / "reference.db")
    build([folder], reference, options)
    expected = snapshot(reference)
    assert expected["sections_fts"] and expected["triggers"]
    total = 1
    while _finalise_killed_at(copy_db(tmp_path / "written.db", tmp_path / "count.db"), total) == 9:
        total += 40
    points = sorted({*range(1, total, max(1, total // 25)), *range(max(1, total - 60), total)})
    for statement in points:
        killed = copy_db(tmp_path / "written.db", tmp_path / f"killed_{statement}.db")
        _finalise_killed_at(killed, statement)
        build([folder], killed, options)
        assert snapshot(killed) == expected, f"killed before statement {statement} of {total}"


# --- an unchanged rebuild ---------------------------------------------------------------------


def test_an_unchanged_rebuild_skips_the_cross_document_steps_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extractor import finalise as finalise_module
    from tests.fixtures import make

    folder = _two_documents(tmp_path)
    db, options = tmp_path / "db.db", BuildOptions(workers=1, entities=False)
    runs: list[str] = []
    real_finalise = finalise_module.finalise

    def counted(conn: object, everything: bool = False) -> object:
        runs.append("finalise")
        return real_finalise(conn, everything)  # type: ignore[arg-type]

    monkeypatch.setattr(finalise_module, "finalise", counted)
    first = build([folder], db, options)
    before = snapshot(db)
    again = build([folder], db, options)
    assert (len(runs), first.cross_document, again.cross_document) == (1, "ran", "skipped")
    assert again.line().endswith("nothing changed, cross-document steps skipped")
    assert snapshot(db) == before
    builds = query(db, "select processed, cross_document, inputs_sha256 from builds order by id")
    assert [b[:2] for b in builds] == [(2, "ran"), (0, "skipped")] and builds[0][2] == builds[1][2]

    make.running_headers(folder)  # a new file: the steps run again, where the new document touches
    assert build([folder], db, options).cross_document == "incremental" and len(runs) == 2
    (folder / "two_column.pdf").unlink()  # a file gone: pruned, and they run again
    assert build([folder], db, options).cross_document == "ran" and len(runs) == 3
    assert build([folder], db, options).cross_document == "skipped" and len(runs) == 3
    build([folder], db, BuildOptions(workers=1, entities=False, force=True))
    assert len(runs) == 4


def test_an_unchanged_rebuild_reads_no_settings_model_or_ocr_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Loading spaCy to check the model's name cost more than the rest of an unchanged rebuild;
    # with nothing to read, nothing a reader needs is checked or loaded.
    from extractor import build as build_module
    from extractor import entities, ocr

    folder = _two_documents(tmp_path)
    db, options = tmp_path / "db.db", BuildOptions(workers=1, entities=True)
    build([folder], db, options)

    def refuse(*args: object) -> None:
        raise AssertionError("an unchanged rebuild has nothing to read")

    for module, name in ((build_module, "load_pipelines"), (entities, "model_name"), (ocr, "check_languages")):
        monkeypatch.setattr(module, name, refuse)
    again = build([folder], db, options)
    assert (again.processed, again.skipped, again.cross_document) == (0, 2, "skipped")
    assert query(db, "select processed, unchanged, cross_document from builds order by id desc limit 1") == [
        (0, 2, "skipped")
    ]


def test_an_unchanged_rebuild_loads_neither_sqlite_utils_nor_spacy_nor_a_pdf_library(tmp_path: Path) -> None:
    # Most of what an unchanged rebuild cost was starting Python and importing the writer's
    # libraries (sqlite-utils imports numpy): it is found and recorded with sqlite3 alone. In a
    # fresh process, as a user runs it.
    import subprocess
    import sys

    folder = _two_documents(tmp_path)
    db = tmp_path / "db.db"
    build([folder], db, BuildOptions(workers=1, entities=True))
    heavy = ("sqlite_utils", "numpy", "spacy", "pdfplumber", "pypdfium2", "pdfminer", "rapidfuzz", "yaml")
    script = (
        "import sys\n"
        "from extractor.cli import cli\n"
        f"try:\n    cli(['build', {str(folder)!r}, '--db', {str(db)!r}, '--silent'])\n"
        "except SystemExit as e:\n    assert not e.code, e.code\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout
    assert "2 unchanged" in done.stderr and "nothing changed, cross-document steps skipped" in done.stderr
    assert query(db, "select processed, unchanged, cross_document from builds order by id desc limit 1") == [
        (0, 2, "skipped")
    ]


def _full_path_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor import build as build_module

    monkeypatch.setattr(build_module, "_nothing_changed", lambda *args: False)


def test_an_unchanged_rebuild_writes_what_the_full_build_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the quick path and the full one, on copies of one database: the files' rows and the build's
    # record are the same, bar the times
    folder = _two_documents(tmp_path)
    built = tmp_path / "built.db"
    build([folder], built, BuildOptions(workers=1, entities=False))
    quick, full = copy_db(built, tmp_path / "quick.db"), copy_db(built, tmp_path / "full.db")
    with monkeypatch.context() as patched:
        patched.setattr(database, "connect", _refused)  # the quick path opens it with sqlite3 alone
        assert build([folder], quick, BuildOptions(workers=1, entities=False)).cross_document == "skipped"
    with monkeypatch.context() as patched:
        _full_path_only(patched)
        assert build([folder], full, BuildOptions(workers=1, entities=False)).cross_document == "skipped"
    record = "select files, processed, unchanged, failed, needs_ocr, pages, new_facts, cross_document, "
    record += "inputs_sha256, cross_document_note, documents, settings_sha256 from builds order by id"
    files = "select path, filename, size, mtime, sha256, document_id from files order by path"
    for sql in (record, files):
        assert query(quick, sql) == query(full, sql)
    assert snapshot(quick) == snapshot(full)


def _refused(*args: object) -> None:
    raise AssertionError("not on an unchanged rebuild")


def test_a_file_touched_but_unchanged_is_hashed_and_recorded_once(tmp_path: Path) -> None:
    folder = _two_documents(tmp_path)
    db, options = tmp_path / "db.db", BuildOptions(workers=1, entities=False)
    build([folder], db, options)
    touched = sorted(folder.iterdir())[0]
    os.utime(touched, (1_600_000_000, 1_600_000_000))  # the same bytes, another time: hashed again
    again = build([folder], db, options)
    assert (again.processed, again.skipped, again.cross_document) == (0, 2, "skipped")
    assert dict(query(db, "select filename, mtime from files"))[touched.name].startswith("2020-09-13")
    assert build([folder], db, options).cross_document == "skipped"


def test_a_rebuild_with_an_older_schema_or_a_file_gone_is_the_full_build(tmp_path: Path) -> None:
    # what the quick path cannot write (a migration, a pruned file) the full build does
    folder = _two_documents(tmp_path)
    db, options = tmp_path / "db.db", BuildOptions(workers=1, entities=False)
    build([folder], db, options)
    with sqlite3.connect(db) as conn:
        [index] = [n for (n,) in conn.execute("select name from pragma_index_list('files')") if "document_id" in n]
        conn.execute(f"drop index [{index}]")
    again = build([folder], db, options)
    assert again.cross_document == "skipped"
    assert query(db, "select count(*) from pragma_index_list('files') where name = ?", index) == [(1,)]
    sorted(folder.iterdir())[0].unlink()
    gone = build([folder], db, options)
    assert (len(gone.pruned), gone.cross_document) == (1, "ran")


# --- documents added: the steps look again only where they touch ------------------------------

# which build first saw a row is the one thing a database grown build by build and one built at
# once may differ in
GROWN = ("first_build_id",)


def test_a_document_added_relinks_only_the_lists_it_touches_and_equals_a_build_from_scratch(
    corpus_db: Path, tmp_path: Path
) -> None:
    # the 2016 review is a version of the Kent Community Safety Agreement's priorities: added last,
    # it joins that owner's lists and the links between the versions are made again
    from tests.conftest import CORPUS, SEEDS

    db, options = tmp_path / "grown.db", BuildOptions(workers=min(2, os.cpu_count() or 1))
    first = build([CORPUS / name for key, name in SEEDS.items() if key != "review"], db, options)
    assert first.cross_document == "ran"
    added = build([CORPUS], db, options)
    assert (added.processed, added.skipped, added.cross_document) == (1, 4, "incremental")
    note = added.cross_document_note
    touched = re.match(r"for 1 new document\(s\): lineage of (\d+) of (\d+) owners' lists", note)
    assert touched and 0 < int(touched[1]) < int(touched[2]), note
    assert "duplicate minutes in 0 (body, date) groups" in note
    assert added.line().endswith("; cross-document steps " + note)
    assert query(db, "select cross_document, cross_document_note, documents from builds order by id") == [
        ("ran", first.cross_document_note, 4),
        ("incremental", note, 5),
    ]
    assert snapshot(db, ignore=GROWN) == snapshot(corpus_db, ignore=GROWN)


def test_minutes_added_in_a_later_pack_are_linked_to_their_first_copy_as_from_scratch(
    two_packs: Path, tmp_path: Path
) -> None:
    import shutil

    folder = tmp_path / "grown"
    folder.mkdir()
    shutil.copy2(two_packs.parent / "packs" / "moderngov.pdf", folder)  # mtimes kept: the files rows match
    db, options = tmp_path / "grown.db", BuildOptions(workers=1, entities=False)
    build([folder], db, options)
    shutil.copy2(two_packs.parent / "packs" / "later_pack.pdf", folder)
    added = build([folder], db, options)
    assert added.cross_document == "incremental"
    assert "duplicate minutes in 1 (body, date) groups" in added.cross_document_note
    assert query(db, "select count(*) from meeting_duplicates") == [(1,)]
    # the same rows as the two packs built at once (their paths aside: another folder)
    ignore = (*GROWN, "path")
    assert snapshot(db, ignore=ignore) == snapshot(two_packs, ignore=ignore)


def test_a_list_that_moves_to_another_owner_has_both_owners_lists_linked_again(corpus_db: Path, tmp_path: Path) -> None:
    # A new spelling can move an old list to another owner (its organisation's cluster changed):
    # its old and new owners' lists are both linked again. Here the database is made to say the
    # list was elsewhere and its owner's links are gone; the incremental steps restore both.
    import shutil

    from extractor import finalise as finalise_module

    db = tmp_path / "moved.db"
    shutil.copy(corpus_db, db)
    conn = database.connect(db)
    [(list_id, group)] = conn.conn.execute(
        """select l.id, l.version_group from priority_lists l where l.id in
           (select p.list_id from priorities p join priority_links k on k.from_priority_id = p.id)
           order by l.id limit 1"""
    ).fetchall()
    with conn.conn:
        conn.conn.execute(
            'update priority_lists set version_group = \'["elsewhere", "priority"]\' where id = ?', [list_id]
        )
        conn.conn.execute(
            "delete from priority_links where from_priority_id in (select p.id from priorities p "
            "join priority_lists l on l.id = p.list_id where l.version_group = ?)",
            [group],
        )
    done = finalise_module.finalise(conn)
    assert done.mode == "incremental"
    assert done.note.startswith("for 0 new document(s): lineage of 2 of ")  # its old owner's and its new one's
    assert snapshot(db, ignore=GROWN) == snapshot(corpus_db, ignore=GROWN)


def test_a_document_removed_runs_the_steps_on_everything(tmp_path: Path) -> None:
    # what a removed document took with it is not known group by group: everything is looked at
    from tests.fixtures import make

    folder = _two_documents(tmp_path)
    db, options = tmp_path / "db.db", BuildOptions(workers=1, entities=False)
    build([folder], db, options)
    make.running_headers(folder)
    assert build([folder], db, options).cross_document == "incremental"
    (folder / "two_column.pdf").unlink()
    pruned = build([folder], db, options)
    assert (pruned.cross_document, pruned.cross_document_note) == ("ran", pruned.cross_document_note)
    assert pruned.cross_document_note.startswith("on all 2 documents")


def test_a_rebuild_after_a_build_whose_cross_document_steps_never_finished_runs_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extractor import finalise as finalise_module

    folder = tmp_path / "in"
    folder.mkdir()
    minutes.moderngov(folder)
    db, options = tmp_path / "db.db", BuildOptions(workers=1, entities=False)
    with monkeypatch.context() as patched:  # the documents written, the steps never finished
        patched.setattr(finalise_module, "finalise", lambda conn, everything=False: None)
        build([folder], db, options)
    summary = build([folder], db, options)
    assert summary.cross_document == "ran"
    assert query(db, "select inputs_sha256 is not null from builds order by id") == [(0,), (1,)]


def test_changed_settings_run_the_cross_document_steps_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from extractor import config

    settings = tmp_path / "pipelines"
    shutil.copytree(config.PIPELINES, settings)
    monkeypatch.setattr(config, "PIPELINES", settings)
    folder = tmp_path / "in"
    folder.mkdir()
    minutes.moderngov(folder)
    db, options = tmp_path / "db.db", BuildOptions(workers=1, entities=False)
    build([folder], db, options)
    assert build([folder], db, options).cross_document == "skipped"
    dedupe = settings / "dedupe.yml"
    dedupe.write_text(dedupe.read_text() + "\n# a comment changes the file, so the steps run\n")
    assert build([folder], db, options).cross_document == "ran"


# --- the matching logic, pure: records in, records out ---------------------------------------


def test_an_owner_written_as_a_word_and_an_acronym_finds_the_acronyms_organisation() -> None:
    from extractor.dedupe import OrgCluster
    from extractor.finalise import OwnerIndex

    partnership = OrgCluster(
        "Northshire Community Safety Partnership",
        "NCSP",
        "csp",
        ("Northshire Community Safety Partnership", "NCSP"),
        ("Northshire Community Safety Partnership",),
    )
    owners = OwnerIndex.build([partnership], {partnership.name: 7})
    assert [owners.find(text) for text in ("Northshire CSP", "NCSP", "the Northshire CSP board", "Southshire CSP")] == [
        7,
        7,
        7,
        None,
    ]


def test_evidence_pages_keep_the_page_that_states_a_change_and_the_next() -> None:
    from extractor.dedupe import default_settings
    from extractor.finalise import evidence_pages

    pages = [("a", 1, "Intro"), ("a", 2, "Priority one was expanded\nto become two."), ("a", 3, "Ends"), ("b", 1, "x")]
    assert evidence_pages(pages, default_settings()) == {"a": "Priority one was expanded\nto become two.\nEnds"}


def test_a_lists_organisation_is_its_owner_else_its_heading_else_the_publisher_of_a_plan() -> None:
    from extractor.dedupe import OrgCluster
    from extractor.finalise import OwnerIndex, list_owners

    police = OrgCluster("Northshire Police", None, "police", ("Northshire Police",), ("Northshire Police",))
    council = OrgCluster("Northshire County Council", "NCC", "council", ("NCC",), ("Northshire County Council",))
    owners = OwnerIndex.build([police, council], {police.name: 1, council.name: 2})
    base = {"source": "", "kind": "priority", "period_start": None, "published_date": "2024-05-01", "name": "Ours"}
    lists = [
        base | {"id": 10, "owner": "Northshire Police", "document_kind": "strategy", "publisher": "NCC"},
        base | {"id": 11, "owner": None, "name": "NCC priorities", "document_kind": "minutes", "publisher": None},
        base | {"id": 12, "owner": None, "document_kind": "strategy", "publisher": "Northshire County Council"},
        base | {"id": 13, "owner": None, "document_kind": "minutes", "publisher": "Northshire County Council"},
    ]
    found = list_owners(lists, owners, frozenset({"agreement", "strategy", "plan"}))
    assert {k: v.organisation_id for k, v in found.items()} == {10: 1, 11: 2, 12: 2, 13: None}
    assert found[10].group == (1, "priority") and found[13].group is None and found[12].date == "2024-05-01"
