"""config.py: every YAML file the package reads is read (and metadata.yml written) here; a
missing or malformed file is a ConfigError naming the file and what is wrong."""

from __future__ import annotations

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
