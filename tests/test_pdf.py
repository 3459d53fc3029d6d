import re
from pathlib import Path

import pytest

from extractor.errors import EncryptedPDF, NeedsOCR, NotAPDF, UnreadablePDF
from extractor.pdf import check_file, read_pdf
from extractor.text import clean_line, join_hyphenated
from tests.conftest import CORPUS, SEEDS, real
from tests.fixtures import make


def test_two_column_page_reads_each_column_straight_down(tmp_path: Path) -> None:
    pages, _ = read_pdf(make.two_column(tmp_path))
    lines = pages[0].text.splitlines()
    assert lines[0] == "1. Introduction"
    assert lines[1].startswith("This opening paragraph runs across")
    assert lines[2:14] == make.LEFT_COLUMN
    assert lines[14:26] == make.RIGHT_COLUMN
    assert lines[26].startswith("A closing paragraph")
    assert pages[0].label == "Page 7"
    assert pages[0].lines[0].bold and not pages[0].lines[1].bold


def test_a3_spread_reads_left_half_then_right_half(tmp_path: Path) -> None:
    pages, _ = read_pdf(make.a3_spread(tmp_path))
    lines = pages[0].text.splitlines()
    assert all(line.startswith("Spread left") for line in lines[:10])
    assert all(line.startswith("Spread right") for line in lines[10:])


def test_running_header_and_footer_removed_label_kept(tmp_path: Path) -> None:
    pages, _ = read_pdf(make.running_headers(tmp_path))
    for n, page in enumerate(pages, start=1):
        assert "Kent Community Safety Agreement" not in page.text
        assert "Page" not in page.text
        assert page.label == f"Page {n + 10}"
        assert page.text.splitlines() == [
            f"Body text of page {n} about partnership working and county",
            "lines in the district.",
            "- Domestic abuse",
        ]


def test_seed_003_columns_are_not_interleaved() -> None:
    pages, _ = read_pdf(CORPUS / SEEDS["review"])
    text = pages[0].text
    # the left column's paragraph continues on the next line, not the right column's
    assert "This document provides an overview of\nthe current community safety issues for" in text
    assert "Kent and refreshes the priorities within the\nKent Community Safety Agreement for" in text


def test_seed_002_pack_footer_gives_label_and_agenda_item_stamp() -> None:
    pages, _ = read_pdf(CORPUS / SEEDS["gravesham"])
    stamped = [p for p in pages if p.stamps]
    assert stamped[0].label == "Page 9" and stamped[0].stamps == ("Agenda Item 5",)
    assert all("Agenda Item 5" not in p.text for p in pages)


@pytest.mark.parametrize(
    "maker, error, message",
    [
        (make.empty, NotAPDF, "empty file (0 bytes)"),
        (make.not_a_pdf, NotAPDF, "not a PDF (starts with"),
    ],
)
def test_check_file_rejects_what_is_not_a_pdf(tmp_path: Path, maker, error, message) -> None:
    with pytest.raises(error, match=re.escape(message)):
        check_file(maker(tmp_path))


def test_encrypted_pdf_is_named(tmp_path: Path) -> None:
    with pytest.raises(EncryptedPDF, match="encrypted PDF"):
        read_pdf(make.encrypted(tmp_path))


def test_truncated_pdf_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises((UnreadablePDF, NeedsOCR)):
        read_pdf(make.truncated(tmp_path))


def test_pages_without_text_need_ocr(tmp_path: Path) -> None:
    with pytest.raises(NeedsOCR, match="no text layer on any of its 2 page"):
        read_pdf(make.blank_pages(tmp_path))


def test_scanned_return_that_pdfminer_opens_with_no_pages_needs_ocr() -> None:
    with pytest.raises(NeedsOCR, match=r"\(7 page\(s\) of images\)"):
        read_pdf(real("uk-milburn-pc-annual-return-2018-scanned.pdf"))


def test_garbled_cid_text_layer_needs_ocr() -> None:
    with pytest.raises(NeedsOCR, match="text layer is garbage"):
        read_pdf(real("uk-horsley-pc-draft-minutes-2014-03-18-garbled-text.pdf"))


def test_private_use_bullets_normalised_on_real_watford_statement() -> None:
    pages, _ = read_pdf(real("uk-watford-local-plan-sa-adoption-statement-2022-10.pdf"))
    text = "\n".join(p.text for p in pages)
    assert "\uf0b7" not in text
    assert "\u2022 To support the expansion of electronic communications networks, including" in text
    assert pages[1].label == "Page 2"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("\uf0b7 Domestic Abuse", "\u2022 Domestic Abuse"),
        ("\u25aa  Gangs", "\u2022 Gangs"),
        ("\u2022\tVAWG", "\u2022 VAWG"),
        ("Total\u00a0 spend  ", "Total spend"),
        ("\ufb01nance", "finance"),
    ],
)
def test_clean_line(raw: str, expected: str) -> None:
    assert clean_line(raw) == expected


def test_line_break_hyphenation_undone_but_compounds_kept() -> None:
    lines = ["the partner-", "ship agreed a cyber-", "enabled crime plan"]
    assert join_hyphenated(lines) == ["the partnership", "agreed a cyber-enabled", "crime plan"]
