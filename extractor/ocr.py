"""OCR for the pages whose text layer is missing or garbage: every Tesseract call.

A page is read again when it has no text (and its image has ink), or when its text is garbage:
mostly unmapped glyphs ("(cid:25)", U+FFFD, control characters) or, for English, few words
found in pipelines/words.txt. The page is rendered by pdf.py (pypdfium2, 300 dpi, grayscale)
and read by Tesseract through pytesseract; each word comes back with its box and confidence
and goes through pdf.py's line layout, so headings, lists and columns are found the same way
as in a text layer. Tesseract reports no fonts, so a word is bold when its strokes are wider
than the page's median word's, and its size comes from its line's height and letter shapes.
"""

from __future__ import annotations

import logging
import os
import re
import statistics
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy

try:
    import pytesseract
except ModuleNotFoundError:  # the optional extra, extractor[ocr], is not installed
    pytesseract = None

from .config import load_settings, require
from .errors import NeedsOCR, OCRLanguageMissing
from .models import Line, PageText
from .pdf import CID, Word, layout_words, page_count, render_pages
from .text import BULLET, english_words, page_ranges

log = logging.getLogger(__name__)

ENGINE = "tesseract"
INSTALL = (
    "install Tesseract (Debian: apt-get install tesseract-ocr tesseract-ocr-eng; "
    "Python: pip install 'extractor[ocr]'; or `make install` as root) and build again with --force"
)
WORD = re.compile(r"[A-Za-z]{3,}")
ORDINARY = re.compile(r"[\w\s.,;:!?£$€%&@#*+=()\[\]{}<>/\\|'\"‘’“”•·–—-]")


@dataclass(frozen=True)
class Settings:
    dpi: int
    max_bad_share: float
    min_known_share: float
    min_words: int
    min_ink_share: float
    bold_stroke_ratio: float
    corrections: dict[str, str]
    bullet_marks: list[str]
    tick_marks: str
    glued_tick_marks: str
    tick_noise: str
    seconds_per_page: float


@cache
def settings() -> Settings:
    data = load_settings("ocr")
    values = {name: require(data, "ocr", name) for name in Settings.__dataclass_fields__}
    return Settings(**values | {"corrections": dict(values["corrections"])})  # a lookup table, read whole


# A superscript ordinal read as a quote or a mark: 18" March, 25™ February.
ORDINAL_MARK = re.compile(r"^(?P<n>\d{1,2})(?:[\"”“'’™°*]|st|nd|rd|th)$")
L_FOR_I = re.compile(r"l[a-z]+")
MONTH = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


def correct(texts: list[str]) -> list[str]:
    """Put right what Tesseract misreads in council papers: the words in pipelines/ocr.yml,
    a capital I read as a small l in a sans face ("lan" -> "Ian", "lt" -> "It": the l-word is
    no English word and the I-word is), and a superscript ordinal before a month ("18"" March
    -> "18th March")."""
    table = settings().corrections
    out = [table.get(t, t) for t in texts]
    words = english_words()
    out = ["I" + t[1:] if L_FOR_I.fullmatch(t) and t not in words and "i" + t[1:] in words else t for t in out]
    for i, text in enumerate(out[:-1]):
        m = ORDINAL_MARK.match(text)
        if m and MONTH.match(out[i + 1]):
            n = int(m["n"])
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            out[i] = f"{n}{suffix}"
    return out


@cache
def engine_version() -> str | None:
    """ "tesseract 5.3.0", or None where the tesseract program (or pytesseract) is not installed."""
    if pytesseract is None:
        return None
    try:
        return f"{ENGINE} {pytesseract.get_tesseract_version()}"
    except (pytesseract.TesseractNotFoundError, OSError):
        return None


def check_languages(lang: str) -> None:
    """Fail once, before a build, when Tesseract is there but a language's data is not."""
    if engine_version() is None:
        return  # documents that need OCR say how to install it
    have = set(pytesseract.get_languages(config=""))
    missing = [code for code in lang.split("+") if code not in have]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code.lower().replace('_', '-')}" for code in missing)
        raise OCRLanguageMissing(
            f"--ocr-lang {lang}: Tesseract has no data for {', '.join(missing)} (it has {', '.join(sorted(have))}); "
            f"install it (Debian: apt-get install {packages}) or choose another language"
        )


def garbage_reason(lines: Sequence[Line], lang: str = "eng") -> str | None:
    """Why a page's text layer cannot be used ("no text", "unmapped glyphs", ...), or None."""
    text = " ".join(line.text for line in lines)
    visible = "".join(text.split())
    if not visible:
        return "no text"
    unmapped = sum(len(m) for m in CID.findall(visible))
    rest = CID.sub("", visible)
    odd = sum(1 for ch in rest if not ORDINARY.match(ch) or ch == "\ufffd")
    if (unmapped + odd) > settings().max_bad_share * len(visible):
        return "unmapped glyphs"
    words = {w.lower() for w in WORD.findall(CID.sub(" ", text))}  # distinct: "word word word" is one
    if "eng" in lang.split("+") and len(words) >= settings().min_words:
        known = len(words & english_words())
        if known < settings().min_known_share * len(words):
            return "few English words"
    return None


class OcrReader:
    """A `pdf.PageReader`: OCRs the pages of a document that need it, keeps the others."""

    def __init__(self, lang: str = "eng", on_page: Callable[[float], None] | None = None) -> None:
        self.lang = lang
        self.on_page = on_page  # told the seconds each page to read may take (workers.allow_more)

    def __call__(self, path: Path, pages: list[PageText], first: int = 1, last: int | None = None) -> list[PageText]:
        """`pages`, pages first..last of the document (last None: to its end), with those that
        need it read by OCR; a page the text parser did not see at all is added."""
        by_number = {p.page: p for p in pages}
        end = last if last is not None else max(page_count(path), max(by_number, default=0))
        todo = [n for n in range(first, end + 1) if n not in by_number or garbage_reason(by_number[n].lines, self.lang)]
        if not todo:
            return pages
        engine = engine_version()
        if engine is None:
            log.warning("%s: page(s) %s need OCR but Tesseract is not installed; %s", path, page_ranges(todo), INSTALL)
            return pages
        for number, image, width, height in render_pages(path, todo, settings().dpi):
            if self.on_page is not None:
                self.on_page(settings().seconds_per_page)
            page = by_number.get(number) or PageText(page=number, text="", width=width, height=height)
            if page.lines or _ink_share(image) >= settings().min_ink_share:
                by_number[number] = read_image(image, page, self.lang, engine)
        return [by_number[n] for n in sorted(by_number)]

    def check(self, path: Path, pages: list[PageText]) -> None:
        """Tesseract missing: a document with no good page stays needs_ocr, saying how to install
        it; one with good pages keeps them (and its unreadable pages as they are)."""
        if engine_version() is not None:
            return
        end = max(page_count(path), max((p.page for p in pages), default=0))
        if not end or any(not garbage_reason(p.lines, self.lang) for p in pages):
            return
        listed = page_ranges(list(range(1, end + 1)))  # no page is good: every one needs it
        raise NeedsOCR(f"{path}: page(s) {listed} have no usable text layer and OCR is not installed; {INSTALL}")


def read_image(image: Any, page: PageText, lang: str, engine: str) -> PageText:
    """The page as Tesseract reads its image: lines laid out as a text layer's, with the
    engine and the mean word confidence (0-100, weighted by word length)."""
    scale = page.width / image.width
    words, confidences = _words(image, lang, scale)
    lines = layout_words(words, page.width, page.page) if words else []
    weight = sum(len(w.text) for w in words)
    confidence = sum(c * len(w.text) for w, c in zip(words, confidences)) / weight if weight else None
    return replace(
        page,
        lines=tuple(lines),
        ocr=engine,
        ocr_confidence=round(confidence, 1) if confidence is not None else None,
    )


def _words(image: Any, lang: str, scale: float) -> tuple[list[Word], list[float]]:
    """Tesseract's words in points, each with its line's top and bottom, and its line's font
    size as estimated from the line's height and the shapes of its letters."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core per worker: the pool parallelises
    image.format = "BMP"  # pytesseract hands Tesseract a file: BMP is written 25 times faster than PNG
    data = pytesseract.image_to_data(image, lang=lang, config="--psm 3", output_type=pytesseract.Output.DICT)
    ink = _InkMap(image)
    found: list[tuple[Word, float, float]] = []  # word, confidence, stroke width
    for (top, bottom), line_words in _lines(data):
        em = (bottom - top) / _em_share("".join(w["text"] for w in line_words))  # font size in pixels
        if len(line_words) > 1 and line_words[0]["text"] in settings().bullet_marks:
            line_words[0]["text"] = BULLET
        for w in _ticks(line_words):
            x0, x1 = w["left"], w["left"] + w["width"]
            size = round(em * scale, 1)
            word = Word(w["text"], x0 * scale, x1 * scale, top * scale, bottom * scale, False, size, whole=True)
            found.append((word, float(w["conf"]), ink.stroke((x0, top, x1, bottom))))
    if not found:
        return [], []
    median = statistics.median(d for _, _, d in found)
    ratio = settings().bold_stroke_ratio
    texts = correct([w.text for w, _, _ in found])
    words = [replace(w, text=t, bold=median > 0 and d >= ratio * median) for (w, _, d), t in zip(found, texts)]
    return words, [c for _, c, _ in found]


TICK = "\u2713"
COUNT = re.compile(r"\d{1,2}")


def _ticks(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tick marks (✓) in a line, which Tesseract reads as "v", "V" or "¥", put back: runs of
    tick letters ("vV¥", "vv9"), a lone "v" beside one, and ticks run on to the word before
    them ("Misusev" -> "Misuse ✓" when "misuse" is a word and "misusev" is not)."""
    marks, glued = re.escape(settings().tick_marks), re.escape(settings().glued_tick_marks)
    noise = re.escape(settings().tick_noise)
    run = re.compile(
        rf"^(?:(?P<word>\S*?[A-Za-z]{{3}})(?=[{glued}]+\d{{0,2}}(?:/\d?)?$))?"
        rf"(?P<ticks>[{noise}]?[{marks}]+(?:[{noise}][{marks}]*)?)"  # "’¥Y", "vvvA": a mark misread in a run
        rf"(?P<count>\d{{1,2}})?(?:/\d?)?$"  # "vv7/7": a tick read as "/" too
    )
    out: list[dict[str, Any]] = []
    for w in words:
        m = run.match(w["text"])
        if m and len(re.findall(f"[{marks}]", m["ticks"])) < 2 and re.search(f"[{noise}]", m["ticks"]):
            m = None  # noise needs a run of ticks around it: "A4", "’v" are no ticks
        if not m or _is_word(w["text"]) or (m["word"] and not _is_word(m["word"])):
            out.append(w)
            continue
        if not m["word"] and len(m["ticks"]) == 1 and not m["count"] and m["ticks"] not in "¥":
            out.append(w | {"tick": True})  # a lone "v": a tick only beside another
            continue
        # the ticks as one word: their letters may be crammed closer than the layout's word gap
        ticks = re.sub(f"[{noise}]", "", m["ticks"])
        out += _split_word(w, [m["word"] or "", " ".join(TICK * len(ticks)), m["count"] or ""])
    lone = [bool(w.get("tick")) for w in out]
    count = bool(out) and COUNT.fullmatch(out[-1]["text"]) is not None  # a tick table's last column
    if lone == [True] or (lone[:-1] == [True] and count):  # "Y", "Y 05": a tick in a column of its own
        out[0]["text"] = TICK
    for i, w in enumerate(out):
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(out)]
        # "Safer Socialising v 2": the tick before the row's count ("Part V 12" is a part)
        counted = count and i == len(out) - 2 and not w["text"].isupper()
        if w.pop("tick", False) and (counted or any(lone[j] or _is_tick(out[j]["text"]) for j in near)):
            w["text"] = TICK
    # ticks in neighbouring columns may nearly touch: narrowed, they stay apart in the layout
    return [w | {"width": max(1, w["width"] * 2 // 3)} if _is_tick(w["text"]) else w for w in out]


def _is_tick(text: str) -> bool:
    return bool(text) and set(text) <= {TICK, " "}


def _is_word(text: str) -> bool:
    """Whether the last run of letters in text is an English word ("ASB/Environmental")."""
    letters = re.findall(r"[A-Za-z]+", text)
    return bool(letters) and letters[-1].lower() in english_words()


def _split_word(w: dict[str, Any], parts: list[str]) -> list[dict[str, Any]]:
    """A word's box shared out between its parts by their lengths, each part leaving a third
    of its share blank so that the layout sees separate words, not a word split by a font."""
    parts = [p for p in parts if p]
    total = sum(len(p) for p in parts)
    out, left = [], w["left"]
    for part in parts:
        share = w["width"] * len(part) // total
        out.append(w | {"text": part, "left": left, "width": max(1, share * 2 // 3)})
        left += share
    return out


ASCENDERS = re.compile(r"[A-Z0-9bdfhklt!?()\[\]{}/\\|'\"‘’“”£$%&@#]")
DESCENDERS = re.compile(r"[gjpqy()\[\]{},;/\\|@]")


def _em_share(text: str) -> float:
    """The share of the font size that a line's ink spans, by the letters it has: from the
    x-height ("a rose") to ascender-to-descender ("Playing field")."""
    ascends, descends = bool(ASCENDERS.search(text)), bool(DESCENDERS.search(text))
    return 0.52 + 0.2 * ascends + 0.21 * descends


def _lines(data: dict[str, list[Any]]) -> Iterator[tuple[tuple[int, int], list[dict[str, Any]]]]:
    """Each line's box (top, bottom in pixels) and its words (level 5) that have text."""
    boxes: dict[tuple[int, int, int], tuple[int, int]] = {}
    words: dict[tuple[int, int, int], list[dict[str, Any]]] = {}
    for i, level in enumerate(data["level"]):
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if level == 4:
            boxes[key] = (data["top"][i], data["top"][i] + data["height"][i])
        elif level == 5 and str(data["text"][i]).strip():
            row = {name: data[name][i] for name in ("left", "width", "conf")}
            words.setdefault(key, []).append(row | {"text": str(data["text"][i]).strip()})
    for key, found in words.items():
        yield boxes[key], found


class _InkMap:
    """Dark pixels, and where their horizontal runs start, counted in any box of a grayscale
    image in constant time (summed-area tables)."""

    def __init__(self, image: Any) -> None:
        dark = numpy.asarray(image.convert("L")) < 128
        starts = dark.copy()
        starts[:, 1:] &= ~dark[:, :-1]
        self.dark, self.starts = _summed(dark), _summed(starts)

    def stroke(self, box: tuple[int, int, int, int]) -> float:
        """Mean width in pixels of the dark runs in the box: the stroke width of its letters,
        which a bold face has half as wide again, whatever the letters are."""
        return _sum(self.dark, box) / max(_sum(self.starts, box), 1.0)


def _summed(mask: Any) -> Any:
    return numpy.pad(mask.astype(numpy.int64).cumsum(0).cumsum(1), ((1, 0), (1, 0)))


def _sum(table: Any, box: tuple[int, int, int, int]) -> float:
    x0, y0, x1, y1 = box
    return float(table[y1, x1] - table[y0, x1] - table[y1, x0] + table[y0, x0])


def _ink_share(image: Any) -> float:
    return float((numpy.asarray(image.convert("L")) < 128).mean())
