"""Every rapidfuzz call: canonical organisations across documents and priority lineage.

Pure functions over small frozen records; no database, no spaCy. Settings (cut-offs, the
words that keep bodies apart, the phrases documents use when a priority changes) are data in
``pipelines/dedupe.yml``. Scores are on rapidfuzz's 0-100 scale.

Organisations are clustered greedily against cluster *representatives*, never members: a
name joins the best representative it matches directly, so "a ~ b ~ c" cannot chain a and c
together. Fuzzy merges are only typo merges between names with the same number of tokens
that differ in one token, so a name never merges with a longer name that adds a word
("Kent Police" / "Kent Police and Crime Commissioner"). Acronyms merge only through a
definition, a unique exact initials match, or a transposition of a resolved acronym.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import OSA

from .config import PIPELINES, read_yaml
from .errors import ConfigError

SETTINGS_PATH = PIPELINES / "dedupe.yml"


# --- records --------------------------------------------------------------------------


@dataclass(frozen=True)
class OrgName:
    """One observed spelling of an organisation."""

    text: str  # as seen: "KCC's", "Kent County Council", "MCHLG"
    normalized: str  # the per-document canonical guess (acronym expanded where defined)
    acronym: str | None = None  # acronym known for this name (document definition, gazetteer)
    kind: str | None = None


@dataclass(frozen=True)
class OrgCluster:
    name: str
    acronym: str | None
    kind: str | None
    aliases: tuple[str, ...]  # every distinct spelling seen, including name and acronym
    members: tuple[str, ...]  # the input ``normalized`` values mapped to it


@dataclass(frozen=True)
class Merge:
    """One audited decision: ``alias`` was folded into the cluster named ``canonical``."""

    alias: str
    canonical: str
    score: float
    rule: str  # exact_key, possessive, document, token_sort, spacing, typo, acronym, initials, ...


@dataclass(frozen=True)
class PriorityRef:
    id: int
    list_id: int
    document_id: str
    text: str
    position: int
    owner: str | None
    period_start: str | None
    page: int
    context: str = ""  # text around the list in its document, searched for evidence phrases


@dataclass(frozen=True)
class Link:
    from_id: int
    to_id: int
    relation: str  # same, renamed, expanded, merged_into, split_into, replaced_by
    score: float
    evidence: str | None  # the sentence of the document that states the change, if any


# --- settings -------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceRule:
    phrase: str
    relation: str
    direction: str  # forward: older name before the phrase; reverse: after it; any


@dataclass(frozen=True)
class Settings:
    typo_edits_by_length: tuple[tuple[int, int], ...]
    max_block: int
    protected_words: frozenset[str]  # discriminating words and known real words
    initials_skip_words: frozenset[str]
    same_cutoff: float
    renamed_cutoff: float
    replaced_cutoff: float
    stop_words: frozenset[str]
    evidence: tuple[EvidenceRule, ...] = field(default=())
    owner_rewrites: tuple[tuple[str, str], ...] = field(default=())  # "Kent CSA" names its partnership
    others_markers: tuple[str, ...] = field(default=())  # regexes: a heading naming other bodies' lists
    duplicate_cutoff: float = 95.0  # fuzz.ratio of two meetings' minutes text: the same minutes
    repeated_action_cutoff: float = 80.0  # fuzz.token_set_ratio: an action log's row repeats an item's action


def load_settings(path: Path = SETTINGS_PATH) -> Settings:
    """Read dedupe.yml; a missing or malformed key raises ConfigError naming file and key."""
    data = read_yaml(path)
    org, pri = _section(data, "organisations", path), _section(data, "priorities", path)
    lists = data.get("lists") or {"owner_rewrites": {}, "others_markers": []}
    try:
        return Settings(
            typo_edits_by_length=tuple(sorted((int(k), int(v)) for k, v in org["typo_edits_by_length"].items())),
            max_block=int(org["max_block"]),
            protected_words=frozenset(w.lower() for w in org["discriminating_words"] + org["known_words"])
            | _gazetteer_words(path.parent, org.get("known_words_files", [])),
            initials_skip_words=frozenset(org["initials_skip_words"]),
            same_cutoff=float(pri["same_cutoff"]),
            renamed_cutoff=float(pri["renamed_cutoff"]),
            replaced_cutoff=float(pri["replaced_cutoff"]),
            stop_words=frozenset(pri["stop_words"]),
            evidence=tuple(EvidenceRule(r["phrase"].lower(), r["relation"], r["direction"]) for r in pri["evidence"]),
            owner_rewrites=tuple((str(k), str(v)) for k, v in lists["owner_rewrites"].items()),
            others_markers=tuple(lists["others_markers"]),
            duplicate_cutoff=float(data.get("duplicates", {}).get("cutoff", 95)),
            repeated_action_cutoff=float(data.get("duplicates", {}).get("repeated_action", 80)),
        )
    except ConfigError:
        raise  # a missing key: it names itself
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ConfigError(f"{path}: missing or malformed setting {error!s}; see the comments in dedupe.yml") from error


def _section(data: object, key: str, path: Path) -> dict:
    if not isinstance(data, dict) or not isinstance(data.get(key), dict):
        raise ConfigError(f"{path}: key '{key}' is missing or is not a mapping")
    return data[key]


def _gazetteer_words(base: Path, files: Sequence[str]) -> frozenset[str]:
    words: set[str] = set()
    for name in files:
        path = base / name
        if not path.exists():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                words.update(w for text in [row["name"], *row.get("aliases", [])] for w in org_key(text).split())
            except (ValueError, KeyError, TypeError) as error:
                raise ConfigError(
                    f"{path} line {number}: expected {{'name': ..., 'aliases': [...]}} ({error})"
                ) from error
    return frozenset(words)


@lru_cache(maxsize=1)
def default_settings() -> Settings:
    return load_settings()


# --- organisation keys ----------------------------------------------------------------

_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b|(?<=s)['\u2019](?=\s|$)")
_TRAILING_PAREN = re.compile(r"(?<=\S)\s*\(([^()]*)\)\s*$")
_NON_WORD = re.compile(r"[^\w\s]|_")
_DIGIT = re.compile(r"\d")
_ACRONYM = re.compile(r"^[A-Za-z][A-Za-z&]{1,9}$")


@lru_cache(maxsize=1 << 16)  # the cross-document steps key every mention: names repeat across documents
def org_key(name: str) -> str:
    """Lowercase, & -> and, possessive 's removed, leading 'the' removed, punctuation folded.

    A trailing bracketed acronym is dropped too: "Kent County Council (KCC)" is how documents
    define the acronym, not a different name.
    """
    text = _POSSESSIVE.sub("", name.replace("&", " and "))
    paren = _TRAILING_PAREN.search(text)
    if paren and is_acronym(paren.group(1).strip()):
        text = text[: paren.start()]
    tokens = _NON_WORD.sub(" ", text.lower()).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


def is_acronym(text: str) -> bool:
    """KCC, MHCLG, DfE, NHS: one short word, mostly capitals. Possessives are allowed."""
    word = _POSSESSIVE.sub("", text.strip())
    upper = sum(ch.isupper() for ch in word)
    return bool(_ACRONYM.match(word)) and upper >= 2 and upper * 2 >= len(word)


def _initials(key: str, skip: frozenset[str]) -> set[str]:
    # Both forms: DfE keeps "for", MHCLG drops "of" and "and".
    tokens = key.split()
    kept = [t for t in tokens if t not in skip]
    return {"".join(t[0] for t in form).upper() for form in (tokens, kept) if len(form) >= 2}


# --- organisation clustering ----------------------------------------------------------


@dataclass
class _Node:
    """All observations sharing one org_key (built up, then read; private to this module)."""

    # plain dicts of counts, not Counters: a Counter costs microseconds to build, and a
    # 100,000-name run builds hundreds of thousands of them
    key: str
    spellings: dict[str, int] = field(default_factory=dict)  # normalized values
    texts: dict[str, int] = field(default_factory=dict)
    acronyms: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(self.spellings.values())

    @property
    def label(self) -> str:
        # a spelling in capitals ("BILLESDON PAROCHIAL PRIMARY SCHOOL", a heading's) names the
        # body only where it is never printed otherwise
        printed = {s: n for s, n in self.spellings.items() if not s.isupper() or " " not in s}
        return _most_common(printed or self.spellings) or self.key


def _most_common(counts: dict[str, int]) -> str | None:
    return max(counts, key=counts.__getitem__) if counts else None  # ties: first seen


def _tally(counts: dict[str, int], item: str, n: int = 1) -> None:
    counts[item] = counts.get(item, 0) + n


def cluster_organisations(
    names: Iterable[OrgName], *, settings: Settings | None = None
) -> tuple[list[OrgCluster], list[Merge]]:
    """Deduplicate organisation names from the whole database; every merge is returned."""
    settings = settings or default_settings()
    nodes = _collect_nodes(names)
    order = sorted(nodes.values(), key=lambda node: _node_order(node, settings.protected_words))
    full = [n.key for n in order if not _is_bare_acronym(n)]
    rep_of, fuzzy = assign_to_representatives(full, candidate_pairs(full, settings))
    bare = [n for n in order if _is_bare_acronym(n)]
    acronym_of, acronym_merges = _resolve_acronyms(bare, nodes, rep_of, settings)
    rep_of.update(acronym_of)
    clusters, name_of = _build_clusters(nodes, rep_of)
    merges = [Merge(alias, name_of[rep_of[key]], score, rule) for alias, key, score, rule in _spelling_merges(nodes)]
    for alias_key, target, score, rule in fuzzy + acronym_merges:
        merges.append(Merge(nodes[alias_key].label, name_of[rep_of[target]], round(score, 1), rule))
    return clusters, merges


def _collect_nodes(names: Iterable[OrgName]) -> dict[str, _Node]:
    nodes: dict[str, _Node] = {}
    for name in names:
        spelling = (name.normalized or name.text).strip()
        key = org_key(spelling)
        if not key:
            continue
        node = nodes.setdefault(key, _Node(key))
        _tally(node.spellings, spelling)
        _tally(node.texts, name.text.strip())
        if name.acronym:
            _tally(node.acronyms, _acronym_form(name.acronym))
        if name.kind:
            _tally(node.kinds, name.kind)
    return nodes


def _acronym_form(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip())  # case kept for display ("DfE"); compare .upper()


def _is_bare_acronym(node: _Node) -> bool:
    return " " not in node.key and is_acronym(node.label)


def _node_order(node: _Node, known: frozenset[str] = frozenset()) -> tuple[bool, int, int, str]:
    # Representatives come first: names made only of known words (a misspelling has an
    # unknown word), then the most often seen spelling, so typos join it and not the other
    # way round; a name with a defined acronym wins ties; then alphabetical order.
    return (not known.issuperset(node.key.split()), -node.count, -len(node.acronyms), node.key)


def _spelling_merges(nodes: dict[str, _Node]) -> Iterator[tuple[str, str, float, str]]:
    """Spellings folded by org_key or mapped by a document: (alias, node key, score, rule)."""
    for node in nodes.values():
        for spelling in sorted(set(node.spellings) | set(node.texts)):
            if spelling == node.label:
                continue
            if org_key(spelling) == node.key:
                rule = "possessive" if _POSSESSIVE.search(spelling) else "exact_key"
            else:
                rule = "document"  # the document defined it: "KCC's" -> Kent County Council
            yield spelling, node.key, 100.0, rule


# --- candidate pairs: exact variants and blocked typo search --------------------------

Pair = tuple[int, int, float, str]  # indexes into the key list, score, rule


def candidate_pairs(keys: Sequence[str], settings: Settings) -> list[Pair]:
    """Candidate merges among full names; blocking keeps this near-linear in len(keys)."""
    pairs = _exact_variant_pairs(keys)
    for position, members in _typo_blocks(keys, settings):
        pairs.extend(_typo_pairs_in_block(keys, position, members, settings))
    return pairs


def _exact_variant_pairs(keys: Sequence[str]) -> list[Pair]:
    # Word order ("Council, Kent County") and spacing ("North West" / "Northwest") change
    # the key but not the body; groups are tiny, so all pairs inside them are cheap.
    pairs: list[Pair] = []
    variants = {"token_sort": lambda k: " ".join(sorted(k.split())), "spacing": lambda k: k.replace(" ", "")}
    for rule, variant in variants.items():
        groups: dict[str, list[int]] = defaultdict(list)
        for i, key in enumerate(keys):
            groups[variant(key)].append(i)
        pairs.extend((i, j, 100.0, rule) for members in groups.values() for i in members for j in members if i < j)
    return pairs


def _typo_blocks(keys: Sequence[str], settings: Settings) -> Iterator[tuple[int, list[int]]]:
    """Names with the same tokens except at one position share a block: (position, members).

    A typo merge needs exactly one differing token, so this blocking loses no pair the rule
    could accept, and "Kent CSP" never meets "Kent County Council Cabinet Committee".
    """
    shortest = settings.typo_edits_by_length[0][0]
    blocks: dict[tuple[int, int, str], list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        tokens = key.split()
        for pos, token in enumerate(tokens):
            if len(token) >= shortest:
                blocks[(len(tokens), pos, " ".join(tokens[:pos] + ["*"] + tokens[pos + 1 :]))].append(i)
    for (_, pos, _), members in blocks.items():
        if len(members) > settings.max_block:
            yield from _split_block(keys, pos, members)
        elif len(members) > 1:
            yield pos, members


def _split_block(keys: Sequence[str], pos: int, members: list[int]) -> Iterator[tuple[int, list[int]]]:
    # One or two adjacent edits cannot change both the first two and the last two letters of
    # a token of five or more letters, so splitting both ways keeps every typo pair.
    for part in (slice(0, 2), slice(-2, None)):
        groups: dict[str, list[int]] = defaultdict(list)
        for i in members:
            groups[keys[i].split()[pos][part]].append(i)
        yield from ((pos, group) for group in groups.values() if len(group) > 1)


def _typo_pairs_in_block(keys: Sequence[str], pos: int, members: list[int], settings: Settings) -> Iterator[Pair]:
    # Keys in a block differ only at ``pos``, so OSA distance on the whole key is the
    # distance between the two differing tokens; the cutoff is the most edits any length allows.
    texts = [keys[i] for i in members]
    most = settings.typo_edits_by_length[-1][1]
    matrix = process.cdist(texts, texts, scorer=OSA.distance, score_cutoff=most)
    rows, cols = (matrix <= most).nonzero()
    for r, c in zip(rows.tolist(), cols.tolist()):
        if r < c and is_typo(texts[r].split()[pos], texts[c].split()[pos], settings):
            yield members[r], members[c], round(fuzz.ratio(texts[r], texts[c]), 1), "typo"


def is_typo(a: str, b: str, settings: Settings | None = None) -> bool:
    """Is one token a misspelling of the other (not two real words one letter apart)?"""
    settings = settings or default_settings()
    if a == b or (a in settings.protected_words and b in settings.protected_words):
        return False
    if _DIGIT.search(a) or _DIGIT.search(b):
        return False  # "Area 1" and "Area 2" are different areas
    shorter = min(len(a), len(b))
    allowed = max((edits for length, edits in settings.typo_edits_by_length if shorter >= length), default=0)
    return allowed > 0 and OSA.distance(a, b, score_cutoff=allowed) <= allowed


def assign_to_representatives(
    order: Sequence[str], pairs: Iterable[Pair]
) -> tuple[dict[str, str], list[tuple[str, str, float, str]]]:
    """Greedy clustering without chaining: each key, in ``order``, joins the best-scoring
    representative it is directly paired with, or becomes a representative itself."""
    neighbours: dict[int, dict[int, tuple[float, str]]] = defaultdict(dict)
    for i, j, score, rule in pairs:
        for a, b in ((i, j), (j, i)):
            if score > neighbours[a].get(b, (-1.0, ""))[0]:
                neighbours[a][b] = (score, rule)
    rep: dict[int, int] = {}
    merges = []
    for i in range(len(order)):
        options = [(score, -j, rule) for j, (score, rule) in neighbours[i].items() if rep.get(j) == j]
        if len(options) > 1 and all(rule == "typo" for *_, rule in options):
            options = []  # "Barent" is a typo of Barnet and of Brent: guessing would merge two bodies
        if options:
            score, negative_j, rule = max(options)
            rep[i] = -negative_j
            merges.append((order[i], order[-negative_j], score, rule))
        else:
            rep[i] = i
    return {order[i]: order[r] for i, r in rep.items()}, merges


# --- acronyms -------------------------------------------------------------------------


def _resolve_acronyms(
    bare: Sequence[_Node], nodes: dict[str, _Node], rep_of: dict[str, str], settings: Settings
) -> tuple[dict[str, str], list[tuple[str, str, float, str]]]:
    """Map bare acronym nodes to name clusters: by a definition, then unique initials, then
    as a transposition typo of an acronym already known (MCHLG -> MHCLG)."""
    definitions: dict[str, set[str]] = defaultdict(set)
    for key, rep in rep_of.items():
        for acronym in nodes[key].acronyms:
            definitions[acronym.upper()].add(rep)
    initials: dict[str, set[str]] = defaultdict(set)
    for rep in set(rep_of.values()):
        for form in _initials(rep, settings.initials_skip_words):
            initials[form].add(rep)
    acronym_of: dict[str, str] = {}
    merges: list[tuple[str, str, float, str]] = []
    known: dict[str, str] = {a: next(iter(r)) for a, r in definitions.items() if len(r) == 1}
    for node in bare:
        form = _acronym_form(node.label).upper()
        target, rule = _acronym_target(form, definitions, initials)
        acronym_of[node.key] = target or node.key
        if target:
            merges.append((node.key, target, 100.0, rule))
            if rule == "acronym":  # initials alone are too weak to absorb typos as well
                known[form] = target
        elif form not in definitions:
            known.setdefault(form, node.key)  # an undefined acronym can still absorb its typos
    _transposition_merges(bare, known, acronym_of, merges)
    return acronym_of, merges


def _acronym_target(
    form: str, definitions: dict[str, set[str]], initials: dict[str, set[str]]
) -> tuple[str | None, str]:
    # A definition decides even when ambiguous: "PCC" defined as two different
    # commissioners stays its own cluster rather than falling back to initials. A bare
    # acronym comes from a document that did not define it, so a definition elsewhere only
    # counts when no other body seen has those initials ("SBC": Swindon or Stevenage?).
    if form in definitions:
        reps = definitions[form] | initials.get(form, set())
        return (next(iter(reps)), "acronym") if len(reps) == 1 else (None, "")
    reps = initials.get(form, set())
    return (next(iter(reps)), "initials") if len(reps) == 1 else (None, "")


def _transposition_merges(
    bare: Sequence[_Node],
    known: dict[str, str],
    acronym_of: dict[str, str],
    merges: list[tuple[str, str, float, str]],
) -> None:
    # Only into a full name's cluster or into a more frequent bare acronym (``bare`` is in
    # frequency order), and only when exactly one known acronym is a transposition away.
    rank = {node.key: i for i, node in enumerate(bare)}
    by_letters: dict[str, list[str]] = defaultdict(list)
    for form in known:
        by_letters["".join(sorted(form))].append(form)
    for i, node in enumerate(bare):
        form = _acronym_form(node.label).upper()
        if acronym_of[node.key] != node.key or len(form) < 5:  # BPCC/BCPC: too short to tell
            continue
        options = [
            known[f]
            for f in by_letters["".join(sorted(form))]
            if OSA.distance(f, form) == 1
            and rank.get(known[f], -1) < i
            and acronym_of.get(known[f], known[f]) == known[f]
        ]
        if len(set(options)) == 1:
            acronym_of[node.key] = options[0]
            merges.append((node.key, options[0], 100.0 - 100.0 / len(form), "acronym_transposition"))


# --- cluster records ------------------------------------------------------------------


def _build_clusters(nodes: dict[str, _Node], rep_of: dict[str, str]) -> tuple[list[OrgCluster], dict[str, str]]:
    """One OrgCluster per representative, and the cluster name of each representative key."""
    groups: dict[str, list[_Node]] = defaultdict(list)
    for key, rep in rep_of.items():
        groups[rep].append(nodes[key])
    clusters, name_of = [], {}
    for rep, group in groups.items():
        acronyms: dict[str, int] = {}
        kinds: dict[str, int] = {}
        for node in group:
            for form, n in node.acronyms.items():
                _tally(acronyms, form, n)
            for kind, n in node.kinds.items():
                _tally(kinds, kind, n)
            if _is_bare_acronym(node):
                _tally(acronyms, _acronym_form(node.label), node.count)
        name = _acronym_form(nodes[rep].label) if _is_bare_acronym(nodes[rep]) else nodes[rep].label
        acronym = _most_common(acronyms)
        spellings = {s for n in group for s in (*n.spellings, *n.texts)} | ({acronym} if acronym else set())
        members = tuple(sorted({s for n in group for s in n.spellings}))
        clusters.append(OrgCluster(name, acronym, _most_common(kinds), tuple(sorted(spellings)), members))
        name_of[rep] = name
    return sorted(clusters, key=lambda c: c.name), name_of


# --- priorities: canonical texts --------------------------------------------------------

_PAREN = re.compile(r"\(([^()]*)\)")
_DIGITS = re.compile(r"\d+")
_CLAUSE_END = re.compile(r"(?<=[.;!?])\s+")  # not blank lines: PDF text has them mid-sentence
_RANK = {"same": 3, "expanded": 2, "renamed": 1}
_MINOR_WORDS = frozenset({"and", "of", "for", "the", "in", "on", "to"})


def _fold(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.replace("&", " and ").lower()).split())


def priority_key(text: str) -> str:
    """Lowercase, & -> and, punctuation folded, bracketed asides ("(VAWG)") dropped."""
    return _fold(_PAREN.sub(" ", text))


def _priority_keys(text: str) -> tuple[str, ...]:
    """The key, and the key with a bracketed expansion in place of its acronym, so that
    "Preventing Neighbourhood Crime & ASB (Anti-Social Behaviour)" also reads
    "preventing neighbourhood crime and anti social behaviour"; and the other way round, a
    bracketed acronym in place of its expansion, so that "Preventing Neighbourhood Crime &
    Anti-social Behaviour (ASB)" also reads "preventing neighbourhood crime and asb" (the
    form 001 uses when it says what the ASB priority became)."""
    core = priority_key(text)
    keys = [core]
    for inner in _PAREN.findall(text):
        expansion = _fold(inner)
        for acronym in _initials(expansion, frozenset()):
            if f" {acronym.lower()} " in f" {core} ":
                keys.append(f" {core} ".replace(f" {acronym.lower()} ", f" {expansion} ").strip())
        if is_acronym(inner.strip()):
            short = expansion.replace(" ", "")
            for words in _expansions_ending(core, short):
                keys.append(f" {core} ".replace(f" {words} ", f" {short} ").strip())
    return tuple(dict.fromkeys(k for k in keys if k))


def _expansions_ending(core: str, acronym: str) -> Iterator[str]:
    # The run of words at the end of the key whose initials spell the acronym:
    # "... crime and anti social behaviour" with "asb" gives "anti social behaviour".
    tokens = core.split()
    for start in range(len(tokens) - 1, -1, -1):
        words = tokens[start:]
        if len(words) > len(acronym) + 2:
            return
        spelled = {form.lower() for form in _initials(" ".join(words), _MINOR_WORDS)}
        if len(words) >= 2 and words[0] not in _MINOR_WORDS and acronym in spelled:
            yield " ".join(words)


def canonical_priorities(priorities: Sequence[PriorityRef], *, settings: Settings | None = None) -> dict[int, int]:
    """Priority id -> canonical id: the lowest id among the most common spelling of its
    cluster. Clusters span owners and documents: "Domestic Abuse" is one topic everywhere;
    lineage between versions of one owner's list is link_versions' job."""
    settings = settings or default_settings()
    groups: dict[str, list[PriorityRef]] = defaultdict(list)
    for priority in priorities:
        groups[priority_key(priority.text) or priority.text].append(priority)
    order = sorted(groups, key=lambda k: (-len(groups[k]), min(p.id for p in groups[k])))
    texts = {key: groups[key][0].text for key in order}
    rep_of, _ = assign_to_representatives(order, _priority_pairs(order, texts, settings))
    first_id = {key: min(p.id for p in group) for key, group in groups.items()}
    return {p.id: first_id[rep_of[key]] for key, group in groups.items() for p in group}


def _priority_pairs(keys: Sequence[str], texts: dict[str, str], settings: Settings) -> list[Pair]:
    """Same-priority candidates: an acronym expansion that equals another key, or
    fuzz.ratio >= same_cutoff inside blocks of the first or last three letters (an edit
    that keeps the ratio that high cannot reach both ends of the text)."""
    index = {key: i for i, key in enumerate(keys)}
    pairs: list[Pair] = []
    for i, key in enumerate(keys):
        pairs.extend(
            (i, index[alt], 100.0, "acronym_expansion") for alt in _priority_keys(texts[key])[1:] if alt in index
        )
    for part in (slice(0, 3), slice(-3, None)):
        blocks: dict[str, list[int]] = defaultdict(list)
        for i, key in enumerate(keys):
            blocks[key[part]].append(i)
        for members in (m for m in blocks.values() if len(m) > 1):
            pairs.extend(_same_pairs_in_block(keys, members, settings))
    return pairs


def _same_pairs_in_block(keys: Sequence[str], members: list[int], settings: Settings) -> Iterator[Pair]:
    block = [keys[i] for i in members]
    matrix = process.cdist(block, block, scorer=fuzz.ratio, score_cutoff=settings.same_cutoff)
    rows, cols = matrix.nonzero()
    for r, c in zip(rows.tolist(), cols.tolist()):
        # "Reduce crime by 10%" and "... by 15%" are 95% alike and different targets
        if r < c and _DIGITS.findall(block[r]) == _DIGITS.findall(block[c]):
            yield members[r], members[c], float(matrix[r, c]), "same"


# --- priorities: lineage between versions -------------------------------------------------


def link_versions(
    lists: Sequence[Sequence[PriorityRef]], evidence_text: str = "", *, settings: Settings | None = None
) -> list[Link]:
    """Links between each consecutive pair of versions of one owner's list (ordered by
    period). What the documents say (``evidence_text`` and each item's ``context``) wins
    over fuzzy matching for the pairs it names."""
    settings = settings or default_settings()
    links: list[Link] = []
    for older, newer in pairwise(lists):
        contexts = dict.fromkeys(p.context for p in (*older, *newer) if p.context)
        links.extend(_link_pair(older, newer, "\n\n".join([evidence_text, *contexts]), settings))
    return links


def _link_pair(older: Sequence[PriorityRef], newer: Sequence[PriorityRef], text: str, settings: Settings) -> list[Link]:
    stated = _evidence_links(older, newer, text, settings)
    # What a document says an item became replaces the fuzzy guess for that item, except a
    # split: the item also went on under its own (fuzzy-matched) name.
    settled = {link.from_id for link in stated if link.relation != "split_into"}
    chosen = {
        (link.from_id, link.to_id): link
        for link in _fuzzy_links(older, newer, settings)
        if link.from_id not in settled or link.relation == "same"
    }
    for link in stated:
        chosen[(link.from_id, link.to_id)] = link
    links = _mark_splits_and_merges(_drop_stale(list(chosen.values())))
    links += _replacements(older, newer, links, settings)
    return sorted(links, key=lambda link: (link.from_id, link.to_id))


def _fuzzy_links(older: Sequence[PriorityRef], newer: Sequence[PriorityRef], settings: Settings) -> list[Link]:
    """Each older item's best match: a 'same' one if any, else the best expanded/renamed."""
    if not older or not newer:
        return []
    ratio = process.cdist(
        [priority_key(p.text) for p in older], [priority_key(p.text) for p in newer], scorer=fuzz.ratio
    )
    overlap = process.cdist([_fold(p.text) for p in older], [_fold(p.text) for p in newer], scorer=fuzz.token_set_ratio)
    links = []
    for i, a in enumerate(older):
        scored = [_relation(a, b, float(ratio[i, j]), float(overlap[i, j]), settings) for j, b in enumerate(newer)]
        options = [(_RANK[rel], score, -j, rel) for j, (rel, score) in enumerate(scored) if rel]
        if options:
            _, score, negative_j, rel = max(options)
            links.append(Link(a.id, newer[-negative_j].id, rel, round(score, 1), None))
    return links


def _relation(a: PriorityRef, b: PriorityRef, ratio: float, overlap: float, settings: Settings) -> tuple[str, float]:
    """same / expanded / renamed / "" for one pair, with the score that decided it."""
    a_keys, b_keys = _priority_keys(a.text), _priority_keys(b.text)
    if set(a_keys) & set(b_keys):
        return "same", 100.0
    if ratio >= settings.same_cutoff and _DIGITS.findall(a_keys[0]) == _DIGITS.findall(b_keys[0]):
        return "same", ratio
    old, new = (
        _content_words(a_keys[0], settings),
        _content_words(" ".join([*b_keys, _fold(b.text)]), settings),
    )
    if old and old < new:
        return "expanded", overlap  # every word kept, more added: "Safeguarding" -> "... Vulnerable People"
    shared = old & new
    if shared and len(shared) * 2 >= len(old) and overlap >= settings.renamed_cutoff:
        return "renamed", overlap
    return "", 0.0


def _content_words(text: str, settings: Settings) -> frozenset[str]:
    return frozenset(t for t in text.split() if t not in settings.stop_words)


def _evidence_links(
    older: Sequence[PriorityRef], newer: Sequence[PriorityRef], text: str, settings: Settings
) -> list[Link]:
    """Links a document states: a clause holding an evidence phrase, an older item named on
    the phrase's ``direction`` side and a newer item named on the other side."""
    rules = sorted(settings.evidence, key=lambda rule: -len(rule.phrase))
    links = []
    for clause in _CLAUSE_END.split(text):
        folded = f" {_fold(clause)} "
        rule = next((r for r in rules if f" {_fold(r.phrase)} " in folded), None)
        if rule is None:
            continue
        before, _, after = folded.partition(f" {_fold(rule.phrase)} ")
        from_part, to_part = {"forward": (before, after), "reverse": (after, before)}.get(
            rule.direction, (folded, folded)
        )
        sentence = _excerpt(" ".join(clause.split()), rule.phrase)
        for a in _mentioned(older, from_part):
            for b in _mentioned(newer, to_part):
                if not set(_priority_keys(a.text)) & set(_priority_keys(b.text)):
                    links.append(Link(a.id, b.id, rule.relation, 100.0, sentence))
    return links


def _excerpt(sentence: str, phrase: str, width: int = 160) -> str:
    # A PDF "sentence" can run over a whole bulleted list; keep the words around the phrase.
    at = sentence.lower().find(phrase)
    if len(sentence) <= 2 * width or at < 0:
        return sentence[: 2 * width]
    start = sentence.rfind(" ", 0, max(0, at - width)) + 1
    end = sentence.find(" ", at + len(phrase) + width)
    return ("... " if start else "") + sentence[start : end if end > 0 else None] + (" ..." if end > 0 else "")


def _mentioned(items: Sequence[PriorityRef], folded: str) -> list[PriorityRef]:
    """Items named in folded text, where a name inside a longer named item does not count
    ("Safeguarding" inside "Safeguarding Vulnerable People" when both are items)."""
    spans = []
    for item in items:
        for key in _priority_keys(item.text):
            start = f" {folded} ".find(f" {key} ")
            if start >= 0:
                spans.append((start, start + len(key), item))
                break
    return [item for s, e, item in spans if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in spans)]


def _drop_stale(links: list[Link]) -> list[Link]:
    """A stated change between two items that both continue unchanged ('same' on each side)
    happened before the older version ("2018 - Preventing Extremism and Hate ... was
    previously included as part of Safeguarding Vulnerable People", read between the 2024
    lists): it is history, not a change between these two versions."""
    kept_from = {link.from_id for link in links if link.relation == "same"}
    kept_to = {link.to_id for link in links if link.relation == "same"}
    return [
        link for link in links if link.relation == "same" or not (link.from_id in kept_from and link.to_id in kept_to)
    ]


def _mark_splits_and_merges(links: list[Link]) -> list[Link]:
    """Several older items into one newer item are merged_into it; one older item into
    several newer items is split_into them. A 'same' link stays same: that item continued."""
    into = Counter(link.to_id for link in links)
    out_of = Counter(link.from_id for link in links)
    marked = []
    for link in links:
        relation = link.relation
        if relation != "same" and into[link.to_id] > 1:
            relation = "merged_into"
        elif relation != "same" and out_of[link.from_id] > 1:
            relation = "split_into"
        marked.append(Link(link.from_id, link.to_id, relation, link.score, link.evidence))
    return marked


def _replacements(
    older: Sequence[PriorityRef], newer: Sequence[PriorityRef], links: list[Link], settings: Settings
) -> list[Link]:
    # Used sparingly: only an unlinked older item and an unlinked newer item in the same
    # position that still share some words.
    linked_from = {link.from_id for link in links}
    linked_to = {link.to_id for link in links}
    free = {b.position: b for b in newer if b.id not in linked_to}
    found = []
    for a in older:
        b = free.get(a.position)
        if a.id in linked_from or b is None:
            continue
        score = fuzz.token_set_ratio(_fold(a.text), _fold(b.text), processor=None)
        if score >= settings.replaced_cutoff:
            found.append(Link(a.id, b.id, "replaced_by", round(score, 1), None))
    return found


# --- duplicate minutes ----------------------------------------------------------------


@dataclass(frozen=True)
class MeetingText:
    id: int
    document_id: str
    body: str | None
    date: str | None
    text: str  # the pages of its minutes
    order: str  # earlier copies sort first (the document's date, then its id)


@dataclass(frozen=True)
class Duplicate:
    meeting_id: int  # the later copy
    original_id: int  # the earlier copy it repeats
    score: float
    rule: str


def duplicate_meetings(meetings: Iterable[MeetingText], *, settings: Settings | None = None) -> list[Duplicate]:
    """Minutes printed twice (a committee's minutes again in the next meeting's agenda pack):
    same body (by org_key) and date, in different documents, texts at least
    ``duplicate_cutoff`` alike. Each later copy points at the earliest copy it matches."""
    settings = settings or default_settings()
    groups: dict[tuple[str, str], list[MeetingText]] = defaultdict(list)
    for meeting in meetings:
        key = duplicate_group(meeting.body, meeting.date)
        if key:
            groups[key].append(meeting)
    found = []
    for group in groups.values():
        group.sort(key=lambda m: (m.order, m.id))
        originals: list[MeetingText] = []
        for meeting in group:
            match = _first_copy(meeting, originals, settings.duplicate_cutoff)
            if match is None:
                originals.append(meeting)
            else:
                found.append(Duplicate(meeting.id, match[0].id, match[1], "same_body_date_text.v1"))
    return found


def repeats(text: str, texts: Iterable[str], *, settings: Settings | None = None) -> bool:
    """Whether an action's text is one of `texts` near enough (token_set_ratio at least
    ``repeated_action_cutoff``): a minutes' action log repeating an action its item records."""
    cutoff = (settings or default_settings()).repeated_action_cutoff
    return any(fuzz.token_set_ratio(text, t, processor=utils.default_process) >= cutoff for t in texts)


def same_list(items: Sequence[str], other: Sequence[str], *, settings: Settings | None = None) -> bool:
    """Whether two lists of one document are one list printed twice: as many entries, and
    three in four of them each near an entry of the other (token_set_ratio at least
    ``repeated_action_cutoff``), numbering aside: "1. Serious violence" is "Reducing serious
    violence"."""
    if len(items) != len(other) or len(items) < 2:
        return False
    plain = [_LIST_NUMBER.sub("", t) for t in other]
    near = sum(repeats(_LIST_NUMBER.sub("", t), plain, settings=settings) for t in items)
    return near * 4 >= len(items) * 3


_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+", re.I)


def duplicate_group(body: str | None, date: str | None) -> tuple[str, str] | None:
    """The meetings a meeting may be a copy of share its group: the same body (by org_key) and
    date. None for a meeting without both."""
    return (org_key(body), date) if body and date else None


def _first_copy(
    meeting: MeetingText, originals: Sequence[MeetingText], cutoff: float
) -> tuple[MeetingText, float] | None:
    text = " ".join(meeting.text.split())
    for original in originals:
        if original.document_id == meeting.document_id:
            continue  # two meetings of one body on one date in one pack are not copies
        score = fuzz.ratio(text, " ".join(original.text.split()), score_cutoff=cutoff)
        if score:
            return original, round(score, 1)
    return None


def best_of_hits(key: str, hits: Sequence[tuple[int, str]]) -> int:
    """Of search hits (id, priority key) in rank order, the one whose words best cover `key`;
    the better ranked of equals."""
    scored = [(fuzz.token_set_ratio(key, hit_key), -n, hit) for n, (hit, hit_key) in enumerate(hits)]
    return max(scored)[2]


def closest_priority(key: str, keys: dict[int, str], *, score_cutoff: float = 60) -> int | None:
    """The id whose priority key is most like `key` (rapidfuzz WRatio), if any reaches the cutoff."""
    best = process.extractOne(key, keys, scorer=fuzz.WRatio, score_cutoff=score_cutoff)
    return best[2] if best else None
