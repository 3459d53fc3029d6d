"""The library's named failures: one family the CLI catches, messages that cross a worker's
pipe intact, and a missing setting that reads as a message and still catches as a KeyError."""

from __future__ import annotations

import inspect
import pickle

import pytest

from extractor import errors
from extractor.errors import BadInput, ConfigError, ExtractorError, MissingSetting, NotAPDF

FAILURES = [c for _, c in inspect.getmembers(errors, inspect.isclass) if c.__module__ == errors.__name__]


@pytest.mark.parametrize("failure", FAILURES, ids=lambda c: c.__name__)
def test_every_failure_is_an_extractor_error_that_survives_a_worker_pipe(failure: type[Exception]) -> None:
    assert issubclass(failure, ExtractorError)
    error = failure("corpus/x.pdf page 4: no text layer; it needs OCR")
    back = pickle.loads(pickle.dumps(error))  # how a worker hands it to the parent
    assert type(back) is failure and str(back) == str(error) == "corpus/x.pdf page 4: no text layer; it needs OCR"


def test_a_missing_setting_reads_unquoted_and_is_caught_as_a_key_error() -> None:
    message = "pipelines/layout.yml: no key 'ligatures'; the keys there are: bullets, margins"
    with pytest.raises(KeyError) as caught:
        raise MissingSetting(message)
    assert str(caught.value) == message  # a plain KeyError would print it in quotes
    assert isinstance(caught.value, ConfigError)
    assert str(MissingSetting()) == ""


def test_a_file_that_is_not_a_pdf_is_bad_input() -> None:
    assert issubclass(NotAPDF, BadInput) and not issubclass(ConfigError, BadInput)
