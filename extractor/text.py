"""Text normalisation shared by every stage: bullets, private-use glyphs, whitespace, hyphens."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache

from .config import PIPELINES

# Word's Symbol/Wingdings bullets arrive as private-use code points (U+F0B7 in SymbolMT,
# U+F0A7 and U+F0D8 in Wingdings); filled and hollow squares and circles are bullets too, and
# the single angle quotation mark a page of actions uses as an arrow ("› Set up ...").
BULLET_GLYPHS = (
    "\uf0b7\uf0a7\uf0d8\uf076\uf0a8\uf06e\uf0fc"  # Symbol and Wingdings private-use bullets
    "\u2022\u25aa\u25cf\u25e6\u25a0\u25a1\u2023\u2043\u2219\u00b7\u27a2\u25ba\u2713\u2714\u203a"
)
BULLET = "\u2022"
_LEADING_BULLET = re.compile(rf"^[{BULLET_GLYPHS}o]\s+|^[{BULLET_GLYPHS}](?=\S)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_TICKS = str.maketrans({"\uf0fc": "\u2713"})
_HYPHEN_END = re.compile(r"(?<=[a-z])[-\u00ad]$")
_LOWER_START = re.compile(r"^[a-z]")


def clean_line(text: str) -> str:
    """One printed line with bullets made '• ', private-use glyphs dropped, spaces folded."""
    text = unicodedata.normalize("NFKC", text.translate(_TICKS)) if _needs_nfkc(text) else text.translate(_TICKS)
    text = _SPACES.sub(" ", text).strip()
    if text[:1] in BULLET_GLYPHS and text[:1] != "\u2713" or text.startswith("o "):
        text = _LEADING_BULLET.sub(BULLET + " ", text, count=1)
    text = _PRIVATE_USE.sub("", text.replace("\uf0b7", BULLET))
    text = _CONTROL.sub("", text)  # NULs and other control bytes some fonts map glyphs to
    return _SPACES.sub(" ", text).strip()


def _needs_nfkc(text: str) -> bool:
    # ligatures (ﬁ, ﬂ) and full-width forms come out of some Word exports
    return any("\ufb00" <= ch <= "\ufb06" or "\uff01" <= ch <= "\uff5e" for ch in text)


def join_hyphenated(lines: list[str]) -> list[str]:
    """Undo line-break hyphenation: "partner-" / "ship working" -> "partnership" / "working".

    Only a hyphen after a lowercase letter, followed by a lowercase word, is a break; the
    broken word moves up to the first line so that each line keeps its own words.
    Compounds ("cyber-" / "enabled") keep the hyphen when the document also writes the
    compound with a hyphen elsewhere, or when the part before is a common prefix.
    """
    out = list(lines)
    vocabulary: set[str] | None = None
    for i in range(len(out) - 1):
        if not (_HYPHEN_END.search(out[i]) and _LOWER_START.match(out[i + 1])):
            continue
        head, _, tail = out[i + 1].partition(" ")
        stem = out[i].rsplit(" ", 1)[-1][:-1]
        if vocabulary is None:
            vocabulary = set(re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", " ".join(lines).lower()))
        word = head.rstrip(".,;:)")
        keep = f"{stem}-{word}".lower() in vocabulary or stem.lower() in COMPOUND_PREFIXES
        out[i] = out[i][:-1] + ("-" if keep else "") + head
        out[i + 1] = tail
    return out


COMPOUND_PREFIXES = frozenset(
    "anti co counter cross cyber e inter long multi non over post pre re self semi short "
    "sub under well wide high low part full".split()
)


def squash(text: str) -> str:
    """Whitespace folded to single spaces: how text columns are stored."""
    return " ".join(text.split())


def page_ranges(numbers: Iterable[int]) -> str:
    """[1, 2, 3, 7] -> "1-3, 7"."""
    parts: list[str] = []
    for n in sorted(numbers):
        if parts and parts[-1].split("-")[-1] == str(n - 1):
            parts[-1] = f"{parts[-1].split('-')[0]}-{n}"
        else:
            parts.append(str(n))
    return ", ".join(parts)


@cache
def english_words() -> frozenset[str]:
    """pipelines/words.txt: common English words of council papers (lower case)."""
    path = PIPELINES / "words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


# A capital between small letters inside a word: a ligature whose glyph a font maps to the
# wrong character ("meeTng" for meeting, "aFached" for attached, "MaUers" for Matters).
_MID_CAPITAL = re.compile(r"\b[A-Za-z]*[a-z][A-Z][a-z]+\b")
_PLAIN_WORD = re.compile(r"\b[A-Za-z][a-z]+\b")
_ENDINGS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "ion", "ions", "al")


def ligature_fixes(texts: Iterable[str], ligatures: Sequence[str]) -> dict[str, str]:
    """Words of a document whose broken ligature glyph can be put right: each such word and
    its repair. A repair is the one that makes an English word, or a word printed whole
    elsewhere in the same document; a word no ligature makes sense of stays as printed."""
    texts = list(texts)
    suspects = {m.group(0) for t in texts for m in _MID_CAPITAL.finditer(t)}
    if not suspects:
        return {}
    known = english_words() | {w.lower() for t in texts for w in _PLAIN_WORD.findall(t)}
    fixes = {}
    for word in suspects:
        fixed = _expand(word, ligatures, known)
        if fixed != word:
            fixes[word] = fixed
    return fixes


def _expand(word: str, ligatures: Sequence[str], known: frozenset[str] | set[str], depth: int = 0) -> str:
    for i in range(1, len(word) - 1):
        if not (word[i].isupper() and word[i - 1].islower() and word[i + 1].islower()):
            continue
        for ligature in ligatures:
            candidate = word[:i] + ligature + word[i + 1 :]
            if _is_known(candidate.lower(), known):
                return candidate
            if depth == 0 and _MID_CAPITAL.fullmatch(candidate):  # two broken glyphs in one word
                deeper = _expand(candidate, ligatures, known, 1)
                if deeper != candidate:
                    return deeper
    return word


def _is_known(word: str, known: frozenset[str] | set[str]) -> bool:
    return word in known or any(word.endswith(e) and word[: -len(e)] in known for e in _ENDINGS)
