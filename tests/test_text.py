"""Text normalisation: bullets and glyphs, hyphenation, page ranges, broken ligatures."""

from __future__ import annotations

import pytest

from extractor.text import (
    clean_line,
    english_words,
    join_hyphenated,
    ligature_fixes,
    page_ranges,
    squash,
)

LIGATURES = ["ti", "tt", "ft", "fi", "fl", "ff", "ffi", "ffl", "tf", "th"]  # as pipelines/layout.yml lists them


@pytest.mark.parametrize(
    "printed, cleaned",
    [
        ("\uf0b7 Reduce knife crime", "• Reduce knife crime"),  # SymbolMT bullet
        ("\uf0a7Support victims", "• Support victims"),  # Wingdings bullet with no space after it
        ("\uf0d8  Early help", "• Early help"),
        ("o Safer streets", "• Safer streets"),  # a Word list's hollow-circle bullet typed as "o"
        ("\u25aa\tHousing", "• Housing"),
        ("\u2022 Already a bullet", "• Already a bullet"),
        ("\u203a Set up problem-solving hubs", "• Set up problem-solving hubs"),  # an angle quote as an arrow
    ],
)
def test_bullet_glyphs_become_one_bullet_and_a_space(printed: str, cleaned: str) -> None:
    assert clean_line(printed) == cleaned


def test_a_word_starting_with_o_is_not_a_bullet() -> None:
    assert clean_line("on 3 May") == "on 3 May"
    assert clean_line("o") == "o"


def test_ticks_stay_ticks_not_bullets() -> None:
    assert clean_line("\uf0fc Agreed") == "\u2713 Agreed"  # Wingdings tick
    assert clean_line("\u2713 Agreed") == "\u2713 Agreed"


def test_private_use_glyphs_are_dropped() -> None:
    assert clean_line("Council\ue001 Plan \uf8ff2024") == "Council Plan 2024"


def test_ligatures_and_full_width_forms_are_normalised() -> None:
    assert clean_line("The Oﬃce of the ﬁre ﬂoor") == "The Office of the fire floor"
    assert clean_line("ＦＹ２０２４") == "FY2024"


def test_control_bytes_are_dropped_and_spaces_folded() -> None:
    assert clean_line("  Item\x00 4\x07:\u00a0\u2003 Minutes\t\t ") == "Item 4: Minutes"


def test_a_clean_line_is_unchanged() -> None:
    line = "3.1 The Committee RESOLVED that the report be noted."
    assert clean_line(line) == line


def test_a_line_break_hyphen_is_undone_and_the_word_moves_up() -> None:
    assert join_hyphenated(["the partner-", "ship working group"]) == ["the partnership", "working group"]


def test_a_soft_hyphen_is_a_line_break_too() -> None:
    assert join_hyphenated(["the partner\u00ad", "ship."]) == ["the partnership.", ""]


def test_a_compound_written_with_a_hyphen_elsewhere_keeps_it() -> None:
    lines = ["tackling cyber-", "enabled crime", "and cyber-enabled fraud"]
    assert join_hyphenated(lines) == ["tackling cyber-enabled", "crime", "and cyber-enabled fraud"]


@pytest.mark.parametrize("prefix", ["co", "well", "long", "cross"])
def test_a_common_prefix_keeps_its_hyphen(prefix: str) -> None:
    assert join_hyphenated([f"a {prefix}-", "ordinated plan"]) == [f"a {prefix}-ordinated", "plan"]


def test_only_a_hyphen_between_lowercase_letters_is_a_break() -> None:
    lines = ["the end-", "Of year", "pages 4-", "7 of", "a dash -", "then more"]
    assert join_hyphenated(lines) == lines


def test_join_hyphenated_leaves_its_input_alone() -> None:
    lines = ["the partner-", "ship"]
    join_hyphenated(lines)
    assert lines == ["the partner-", "ship"]


def test_squash_folds_every_kind_of_whitespace() -> None:
    assert squash("  Community\n Safety\t\tPartnership \r\n") == "Community Safety Partnership"
    assert squash("") == ""


@pytest.mark.parametrize(
    "numbers, text",
    [
        ([1, 2, 3, 7], "1-3, 7"),
        ([9, 10, 1, 3, 2], "1-3, 9-10"),  # sorted first
        ([4], "4"),
        ([5, 7, 9], "5, 7, 9"),
        ([], ""),
        (range(1, 13), "1-12"),
    ],
)
def test_page_ranges(numbers: list[int], text: str) -> None:
    assert page_ranges(numbers) == text


def test_broken_ligatures_are_put_right_to_english_words() -> None:
    texts = ["The meeTng noted the aFached paper.", "MaUers arising", "The ofKcer reported"]
    assert ligature_fixes(texts, LIGATURES) == {
        "meeTng": "meeting",  # ti
        "aFached": "attached",  # tt
        "MaUers": "Matters",  # tt, capital kept
        "ofKcer": "officer",  # ffi
    }


def test_a_word_printed_whole_elsewhere_in_the_document_is_a_repair() -> None:
    assert "saltford" not in english_words()
    assert ligature_fixes(["the SalUord ward", "Saltford parish council"], LIGATURES) == {"SalUord": "Saltford"}
    assert ligature_fixes(["the SalUord ward"], LIGATURES) == {}  # no ligature makes sense of it: kept


def test_camel_case_and_names_stay_as_printed() -> None:
    texts = ["The McDonald report on JavaScript and iPhone apps by PwC and the eCommerce team"]
    assert ligature_fixes(texts, LIGATURES) == {}


def test_no_suspect_word_means_no_fixes() -> None:
    assert ligature_fixes(["The meeting was attached."], LIGATURES) == {}
    assert ligature_fixes([], LIGATURES) == {}


def test_english_words_are_lower_case_common_words_without_comments() -> None:
    words = english_words()
    assert len(words) > 1000
    assert {"meeting", "council", "priority", "attached"} <= words
    assert all(w == w.lower() and w.strip() == w and not w.startswith("#") for w in words)
    assert english_words() is words  # read once
