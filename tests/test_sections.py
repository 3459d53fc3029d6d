from pathlib import Path

from extractor.pdf import read_pdf
from extractor.sections import split
from tests.conftest import CORPUS, SEEDS


def test_numbered_sections_nest_by_number() -> None:
    pages, _ = read_pdf(CORPUS / SEEDS["gangs"])
    sections = split(pages)
    by_number = {s.number: s for s in sections if s.number}
    assert by_number["1"].heading == "INTRODUCTION"
    assert by_number["2"].heading == "PROGESS TO DATE"  # sic: as printed
    assert by_number["3"].heading == "Recommendations"
    # numbered paragraphs ("1.1 In 2015 the Home Office-funded ...") are body text, not headings
    assert "1.1" not in by_number
    assert "In 2015 the Home Office-funded Gang and Youth Violence Programme" in by_number["1"].text


def test_unnumbered_headings_of_two_column_review() -> None:
    pages, _ = read_pdf(CORPUS / SEEDS["review"])
    headings = [s.heading for s in split(pages)]
    assert headings[:5] == [
        "Introduction",
        "The aim of this document",
        "Background",
        "Community Safety Agreement",
        "Partnership Plans and Legislation",
    ]
    assert "Kent Police Control Strategy" in headings and "Recommendations" in headings


def test_sections_have_page_ranges_and_parents() -> None:
    pages, _ = read_pdf(CORPUS / SEEDS["gravesham"])
    sections = split(pages)
    keys = {s.key for s in sections}
    assert all(s.parent is None or s.parent in keys for s in sections)
    assert all(s.page_start <= s.page_end for s in sections)
    minutes = next(s for s in sections if s.number == "56")
    assert minutes.heading == "Minutes" and minutes.page_start == 2


def test_rotated_text_is_body_not_a_heading(tmp_path: Path) -> None:
    """Vertical table headers ("Likelihood", "Impact") stay searchable in the section's text
    but open no sections of their own."""
    from tests.fixtures.make_minutes_fixtures import line_repairs

    pages, _ = read_pdf(line_repairs(tmp_path))
    found = split(pages)
    assert not any(s.heading in ("Likelihood", "Impact") for s in found)
    assert found[-1].text.endswith("Likelihood Impact")
