"""Pipeline settings: the YAML files in pipelines/, loaded once and checked.

Domain knowledge lives there as data so that supporting a new council is an edit to data.
Errors name the file and the key that is wrong.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

PIPELINES = Path(os.environ.get("EXTRACTOR_PIPELINES", Path(__file__).resolve().parent.parent / "pipelines"))


@cache
def load_settings(name: str) -> dict[str, Any]:
    """The settings of pipelines/<name>.yml as a dict; a missing or malformed file is a ConfigError."""
    return read_yaml(PIPELINES / f"{name}.yml")


def read_yaml(path: Path) -> dict[str, Any]:
    """A YAML file of settings as a dict; a missing or malformed file is a ConfigError.
    Every YAML file the package reads is read here: PyYAML is imported by this module only."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ConfigError(f"{path}: settings file missing; reinstall extractor or set EXTRACTOR_PIPELINES") from e
    except yaml.YAMLError as e:
        raise ConfigError(f"{path}: not valid YAML ({e})") from e
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings, got {type(data).__name__}")
    return data


def dump_yaml(data: dict[str, Any]) -> str:
    """A mapping as YAML in the order given, as metadata.yml is written."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)


def require(settings: dict[str, Any], name: str, key: str) -> Any:
    """settings[key], or a ConfigError naming pipelines/<name>.yml and the key."""
    if key not in settings:
        raise ConfigError(f"{PIPELINES / (name + '.yml')}: missing key {key!r}")
    return settings[key]
