"""config.py: every YAML file the package reads is read (and metadata.yml written) here; a
missing or malformed file is a ConfigError naming the file and what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from extractor import config
from extractor.errors import ConfigError


@pytest.mark.parametrize("path", sorted(config.PIPELINES.glob("*.yml")), ids=lambda p: p.name)
def test_every_pipeline_settings_file_is_a_mapping(path: Path) -> None:
    assert isinstance(config.read_yaml(path), dict) and config.load_settings(path.stem) == config.read_yaml(path)


def test_a_missing_file_says_which_and_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"gone\.yml: settings file missing; reinstall extractor or set "):
        config.read_yaml(tmp_path / "gone.yml")


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("kinds: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"^{bad}: not valid YAML \("):
        config.read_yaml(bad)


def test_a_file_that_is_not_a_mapping_says_what_it_is(tmp_path: Path) -> None:
    listed = tmp_path / "list.yml"
    listed.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"list\.yml: expected a mapping of settings, got list$"):
        config.read_yaml(listed)


def test_require_names_the_settings_file_and_the_missing_key() -> None:
    assert config.require({"gap": 2}, "layout", "gap") == 2
    with pytest.raises(ConfigError, match=r"pipelines/layout\.yml: missing key 'margin'$"):
        config.require({"gap": 2}, "layout", "margin")


def test_settings_are_read_from_the_folder_extractor_pipelines_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mine.yml").write_text("words: [one, two]\n", encoding="utf-8")
    monkeypatch.setattr(config, "PIPELINES", tmp_path)
    config.load_settings.cache_clear()
    try:
        assert config.load_settings("mine") == {"words": ["one", "two"]}
    finally:
        config.load_settings.cache_clear()


def test_yaml_is_written_in_the_order_given_with_unicode_kept() -> None:
    text = config.dump_yaml({"title": "Plans – 2024/25", "a": 1, "databases": {"z": [1], "b": None}})
    assert text == "title: Plans – 2024/25\na: 1\ndatabases:\n  z:\n  - 1\n  b: null\n"


# --- checked once, at the start of a build ---------------------------------------------------


def test_every_key_of_the_shipped_settings_is_read_by_a_loader() -> None:
    from extractor.build import load_pipelines

    load_pipelines()
    assert config.unread_keys() == []


def test_a_key_no_loader_reads_is_reported_with_the_keys_that_are() -> None:
    settings = config.SettingsMap({"a": 1, "b": {"c": 2, "d": 3}, "e": [{"f": 4, "g": 5}]}, Path("x.yml"))
    assert settings["a"] == 1 and settings["b"]["c"] == 2 and [x["f"] for x in settings["e"]] == [4]
    assert list(settings.unread()) == [("b.d", ["b.c"]), ("e[].g", ["e[].f"])]
    dict(settings["b"])  # a map read whole (a lookup table): every key of it is read
    assert [key for key, _ in settings.unread()] == ["e[].g"]


def test_a_missing_key_names_the_file_the_key_and_the_keys_there() -> None:
    settings = config.SettingsMap({"openings": {"minutes": "x"}}, Path("pipelines/meetings.yml"))
    missing = r"meetings\.yml: missing key 'openings\.title' \(the keys there: 'minutes'\)"
    with pytest.raises(ConfigError, match=missing):
        settings["openings"]["title"]
    with pytest.raises(KeyError):  # a loader that treats a key as optional can still catch it
        settings["colour"]


def _build_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, edit: Callable[[str], str]) -> Path:
    """Build a one-document folder with pipelines/<name> edited; the database path."""
    import shutil

    from extractor.build import BuildOptions, build, load_pipelines
    from tests.fixtures import make_minutes_fixtures as minutes

    settings = tmp_path / "pipelines"
    shutil.copytree(config.PIPELINES, settings)
    (settings / name).write_text(edit((settings / name).read_text(encoding="utf-8")), encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    minutes.moderngov(folder)
    db = tmp_path / "out.db"
    try:
        with monkeypatch.context() as patched:
            patched.setattr(config, "PIPELINES", settings)
            build([folder], db, BuildOptions(workers=1, entities=False))
    finally:
        load_pipelines()  # the shipped settings again, for the tests that follow
    return db


def test_an_unknown_key_fails_the_build_at_its_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError) as failed:
        _build_with(tmp_path, monkeypatch, "layout.yml", lambda text: text + "\nmax_heading_char: 90\n")
    message = str(failed.value)
    unknown = f"{tmp_path}/pipelines/layout.yml: unknown key 'max_heading_char'; the keys read there are "
    assert message.startswith(unknown)
    assert "full_measure, heading, letter_spacing, " in message
    assert message.endswith("(a key extractor does not read: remove it or correct its spelling)")
    assert not (tmp_path / "out.db").exists()  # before any document was read


def test_a_malformed_value_fails_the_build_naming_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def many(text: str) -> str:
        return text.replace("part_window: 3", "part_window: many")

    with pytest.raises(ConfigError, match=r"pipelines/documents\.yml: malformed setting \(ValueError: invalid literal"):
        _build_with(tmp_path, monkeypatch, "documents.yml", many)


def test_a_missing_key_fails_the_build_not_each_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def without_publisher(text: str) -> str:
        return "\n".join(line for line in text.splitlines() if not line.startswith("publisher:"))

    with pytest.raises(ConfigError, match=r"pipelines/documents\.yml: missing key 'publisher'"):
        _build_with(tmp_path, monkeypatch, "documents.yml", without_publisher)


def test_a_bad_gazetteer_row_names_the_file_and_line(tmp_path: Path) -> None:
    from extractor.entities import gazetteer

    (tmp_path / "bodies.jsonl").write_text('{"name": "Kent Police"}\n{"kind": "police"}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bodies\.jsonl line 2: expected a JSON object with a 'name'"):
        gazetteer.__wrapped__(tmp_path)


@pytest.mark.parametrize("value", ["many", "-1", "2.5", "true"])
def test_split_pages_is_a_whole_number_of_pages(value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor import build

    (tmp_path / "build.yml").write_text(f"split_pages: {value}\n", encoding="utf-8")
    monkeypatch.setattr(config, "PIPELINES", tmp_path)
    config.load_settings.cache_clear()
    build.settings.cache_clear()
    try:
        with pytest.raises(
            ConfigError, match=r"build\.yml: split_pages is .+; give a whole number of pages \(0: never split\)$"
        ):
            build.settings()
    finally:
        config.load_settings.cache_clear()
        build.settings.cache_clear()
