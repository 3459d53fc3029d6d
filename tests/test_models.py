"""Records exchanged between stages are frozen plain data: every field is immutable, so a
record can be hashed, shared between stages and compared between builds."""

from __future__ import annotations

import dataclasses
import inspect
import re

import pytest

from extractor import models
from extractor.models import DocumentResult, Line, PageText

RECORDS = [c for _, c in inspect.getmembers(models, inspect.isclass) if c.__module__ == models.__name__]
MUTABLE = re.compile(r"\b(list|dict|set|bytearray)\[|\b(list|dict|set|bytearray)\b(?!\[)")


@pytest.mark.parametrize("record", RECORDS, ids=lambda c: c.__name__)
def test_every_record_is_a_frozen_dataclass_of_immutable_fields(record: type) -> None:
    assert dataclasses.is_dataclass(record)
    assert record.__dataclass_params__.frozen  # type: ignore[attr-defined]
    for field in dataclasses.fields(record):
        assert not MUTABLE.search(str(field.type)), f"{record.__name__}.{field.name}: {field.type}"


def test_a_record_cannot_be_changed_and_can_be_hashed() -> None:
    line = Line("Minutes", page=1, bold=True, cells=("a", "b"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.text = "changed"  # type: ignore[misc]
    page = PageText(page=1, text="Minutes", lines=(line,))
    assert len({page, PageText(page=1, text="Minutes", lines=(line,))}) == 1


def test_documents_read_twice_are_equal_whatever_each_stage_took() -> None:
    first = DocumentResult("abc", "/in/a.pdf", "a.pdf", "ok", timings=(("pdf", 0.5),))
    again = DocumentResult("abc", "/in/a.pdf", "a.pdf", "ok", timings=(("pdf", 0.7),))
    assert first == again
    assert first != dataclasses.replace(again, title="Minutes")


@pytest.mark.parametrize("record", RECORDS, ids=lambda c: c.__name__)
def test_evolve_is_replace_for_every_record(record: type) -> None:
    """`models.evolve`, the cheap `replace` for the per-line loops, is only right for records
    with no `__post_init__` and no slots: every record here."""
    assert "__post_init__" not in vars(record) and "__slots__" not in vars(record)


def test_evolve_copies_a_record_with_fields_changed_and_names_a_wrong_field() -> None:
    line = Line("Minutes", page=1, bold=True, cells=("a", "b"))
    changed = models.evolve(line, text="Agenda", start=7)
    assert changed == dataclasses.replace(line, text="Agenda", start=7) and line.text == "Minutes"
    assert type(changed) is Line and hash(changed) == hash(dataclasses.replace(line, text="Agenda", start=7))
    with pytest.raises(TypeError, match="Line has no field 'txt'"):
        models.evolve(line, txt="Agenda")
