"""Pipeline settings: the YAML files in pipelines/, loaded once per build and checked.

Domain knowledge lives there as data so that supporting a new council is an edit to data.
Each stage compiles its file into a frozen dataclass (layout.settings, meetings._rules,
priorities.rules, document.rules, ...); build.load_pipelines runs them all before the first
document. Every mapping read here remembers the keys its loader read, so a key no loader
reads (a typo, a leftover) fails the build at its start, naming the file, the key and the
keys that are read there. Errors name the file and the key that is wrong.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, MissingSetting

if TYPE_CHECKING:
    from _collections_abc import dict_items, dict_keys, dict_values

PIPELINES = Path(os.environ.get("EXTRACTOR_PIPELINES", Path(__file__).resolve().parent.parent / "pipelines"))


def settings_fingerprint() -> str:
    """A fingerprint of the pipeline settings and the extractor version: what every step reads
    besides the documents."""
    from . import __version__

    digest = hashlib.sha256(__version__.encode())
    for settings in sorted(p for p in PIPELINES.rglob("*") if p.is_file()):
        digest.update(settings.relative_to(PIPELINES).as_posix().encode() + b"\0" + settings.read_bytes())
    return digest.hexdigest()


@cache
def load_settings(name: str) -> dict[str, Any]:
    """The settings of pipelines/<name>.yml as a dict; a missing or malformed file is a ConfigError."""
    return read_yaml(PIPELINES / f"{name}.yml")


def read_yaml(path: Path) -> dict[str, Any]:
    """A YAML file of settings as a dict; a missing or malformed file is a ConfigError.
    Every YAML file the package reads is read here: PyYAML is imported by this module only
    (where it is used: an unchanged rebuild reads no settings, and never loads it)."""
    import yaml

    # libyaml's loader where PyYAML was built with it: the same data, a tenth of the time (55 of
    # the parent's ~1,100 ms start, before it can hand out work)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except FileNotFoundError as e:
        raise ConfigError(f"{path}: settings file missing; reinstall extractor or set EXTRACTOR_PIPELINES") from e
    except yaml.YAMLError as e:
        raise ConfigError(f"{path}: not valid YAML ({e})") from e
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings, got {type(data).__name__}")
    settings = SettingsMap(data, path)
    _LOADED[path] = settings
    return settings


class SettingsMap(dict[str, Any]):
    """A mapping from a settings file that remembers which of its keys were read (looked up,
    or iterated over: a free-form map is read whole). A key looked up and missing is a
    MissingSetting naming the file, the key and the keys there are."""

    def __init__(self, data: dict[str, Any], path: Path, where: str = "") -> None:
        super().__init__((str(k), _recording(v, path, f"{where}{k}")) for k, v in data.items())
        self.path, self.where, self.read = path, where, set[str]()

    def __getitem__(self, key: str) -> Any:
        self.read.add(key)
        if not dict.__contains__(self, key):
            there = ", ".join(repr(k) for k in dict.__iter__(self)) or "none"
            raise MissingSetting(f"{self.path}: missing key {self.where + key!r} (the keys there: {there})")
        return dict.__getitem__(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        self.read.add(key)
        return dict.get(self, key, default)

    def __iter__(self) -> Iterator[str]:
        self.read.update(dict.__iter__(self))
        return dict.__iter__(self)

    def keys(self) -> dict_keys[str, Any]:
        self.read.update(dict.__iter__(self))
        return dict.keys(self)

    def items(self) -> dict_items[str, Any]:
        self.read.update(dict.__iter__(self))
        return dict.items(self)

    def values(self) -> dict_values[str, Any]:
        self.read.update(dict.__iter__(self))
        return dict.values(self)

    def unread(self) -> Iterator[tuple[str, list[str]]]:
        """(dotted key, the keys read beside it) for every key no loader read, nested ones too."""
        for key, value in list(dict.items(self)):
            if key not in self.read:
                yield self.where + key, sorted(self.where + k for k in self.read)
                continue
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, SettingsMap):
                    yield from child.unread()


def _recording(value: Any, path: Path, where: str) -> Any:
    """Mappings (also those inside lists) as SettingsMaps, so their keys are checked too."""
    if isinstance(value, dict):
        return SettingsMap(value, path, where + ".")
    if isinstance(value, list):
        return [_recording(v, path, f"{where}[]") for v in value]
    return value


_LOADED: dict[Path, SettingsMap] = {}  # every settings file read in this process, by path


def forget_loaded() -> None:
    """Start a build afresh: files are read again and their keys checked again."""
    _LOADED.clear()
    load_settings.cache_clear()


def unread_keys() -> list[str]:
    """Every key of a pipelines/ file read since `forget_loaded` that no loader read, as a
    message naming the file, the key and the keys that are read there."""
    return [
        f"{path}: unknown key {key!r}; the keys read there are {', '.join(allowed) or 'none'}"
        for path, settings in sorted(_LOADED.items())
        if path.is_relative_to(PIPELINES)
        for key, allowed in settings.unread()
    ]


def dump_yaml(data: dict[str, Any]) -> str:
    """A mapping as YAML in the order given, as metadata.yml is written."""
    import yaml

    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)


def require(settings: dict[str, Any], name: str, key: str) -> Any:
    """settings[key], or a ConfigError naming pipelines/<name>.yml and the key."""
    if key not in settings:
        raise ConfigError(f"{PIPELINES / (name + '.yml')}: missing key {key!r}")
    return settings[key]
