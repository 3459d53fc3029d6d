"""Benchmark organisation clustering on synthetic variants of real UK public-body names.

    .venv/bin/python bench/dedupe_bench.py [--seed 7] [--sizes 10000 100000] [--sample 5000]

Base names come from pipelines/gazetteer/uk_public_bodies.jsonl (a short embedded list if
it is missing). Each synthetic observation is a base name changed in one way (case, '&',
possessive, 'the ', one typo, its initials) and labelled with the base it came from, or a
*different* body made by adding a word such as " Committee", which must not merge back.

Prints: time to cluster at each size and the growth ratio (10x the names should cost about
10x the time, not 100x); then, on a sample, how many true-duplicate pairs that an all-pairs
cdist (same scorer and cutoff) finds end up together in the blocked clustering (pair
recall), and the precision of the merges against the generator's labels.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import yaml
from rapidfuzz import process
from rapidfuzz.distance import OSA

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.dedupe import (
    OrgName,
    Settings,
    candidate_pairs,
    cluster_organisations,
    default_settings,
    is_acronym,
    is_typo,
    org_key,
)

GAZETTEER = ROOT / "pipelines" / "gazetteer" / "uk_public_bodies.jsonl"
FALLBACK = [
    "Kent County Council",
    "Medway Council",
    "Kent Police",
    "Essex Police",
    "Sussex Police",
    "Dartford Borough Council",
    "Gravesham Borough Council",
    "Maidstone Borough Council",
    "Ministry of Housing, Communities and Local Government",
    "Department for Education",
    "Home Office",
    "NHS Kent and Medway",
    "Kent and Medway CCG",
    "Kent Fire and Rescue Service",
]
SUFFIXES = [" Committee", " Cabinet Committee", " Board", " Scrutiny Panel", " Working Group"]
# variant kind -> weight; "exact" keeps the canonical spelling the most common one
KINDS = {"exact": 40, "case": 8, "and": 5, "possessive": 5, "the": 5, "typo": 20, "acronym": 7, "suffix": 10}


SETTINGS: Settings | None = None  # None: pipelines/dedupe.yml as it is


def without_gazetteer_words() -> Settings:
    """The yml word lists only: the base names come from the gazetteer, so its words would
    tell the clustering which spelling is right, flattering the figures."""
    data = yaml.safe_load((ROOT / "pipelines" / "dedupe.yml").read_text())["organisations"]
    return replace(default_settings(), protected_words=frozenset(data["discriminating_words"] + data["known_words"]))


def base_names() -> list[str]:
    if not GAZETTEER.exists():
        return FALLBACK
    return [json.loads(line)["name"] for line in GAZETTEER.read_text(encoding="utf-8").splitlines() if line.strip()]


def typo(name: str, rng: random.Random) -> str:
    """Swap, drop or insert one letter inside one word of four or more letters."""
    words = name.split()
    choices = [i for i, w in enumerate(words) if len(w) >= 4] or [0]
    i = rng.choice(choices)
    word = words[i]
    at = rng.randrange(1, len(word) - 1) if len(word) > 2 else 0
    edit = rng.choice("sdi")
    if edit == "s" and at + 1 < len(word):
        word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    elif edit == "d":
        word = word[:at] + word[at + 1 :]
    else:
        word = word[:at] + rng.choice(string.ascii_lowercase) + word[at:]
    return " ".join(words[:i] + [word] + words[i + 1 :])


def initials(name: str) -> str:
    skip = {"of", "and", "for", "the", "in", "on", "to", "at"}
    return "".join(w[0] for w in org_key(name).split() if w not in skip).upper()


def variant(name: str, kind: str, rng: random.Random) -> tuple[OrgName, str]:
    """One observation and its true label (the base name, or base + suffix for a new body)."""
    if kind == "case":
        text = rng.choice([name.upper(), name.lower(), name.title()])
    elif kind == "and":
        text = name.replace(" and ", " & ") if " and " in name else name.replace("&", "and")
    elif kind == "possessive":
        text = name + "'s"
    elif kind == "the":
        text = "the " + name
    elif kind == "typo":
        text = typo(name, rng)
    elif kind == "acronym" and len(initials(name)) >= 2:
        acronym = initials(name)
        # half the time the document defined it, so the name carries its acronym
        if rng.random() < 0.5:
            return OrgName(name, name, acronym=acronym), name
        return OrgName(acronym, acronym), name
    elif kind == "suffix":
        body = name + rng.choice(SUFFIXES)
        return OrgName(body, body), body
    else:
        text = name
    return OrgName(text, text), name


def synthetic(n: int, seed: int) -> tuple[list[OrgName], dict[str, set[str]]]:
    rng = random.Random(seed)
    bases = base_names()
    kinds, weights = list(KINDS), list(KINDS.values())
    names, truth = [], defaultdict(set)
    for _ in range(n):
        org, label = variant(rng.choice(bases), rng.choices(kinds, weights)[0], rng)
        names.append(org)
        truth[org.normalized].add(label)
    return names, truth


def all_distinct(n: int, seed: int) -> list[OrgName]:
    """Worst case for blocking: n different names sharing a few suffixes ("X Borough
    Council", "X and Y Police"), with made-up place words."""
    rng = random.Random(seed)
    places = [
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 10))).title() for _ in range(n // 5)
    ]
    suffixes = [
        "Borough Council",
        "District Council",
        "Police",
        "Community Safety Partnership",
        "Council",
        "CCG",
        "Fire and Rescue Service",
        "Safeguarding Board",
        "NHS Trust",
        "Health and Wellbeing Board",
    ]
    names: set[str] = set()
    while len(names) < n:
        prefix = f"{rng.choice(places)} and " if rng.random() < 0.3 else ""
        names.add(f"{prefix}{rng.choice(places)} {rng.choice(suffixes)}")
    return [OrgName(name, name) for name in sorted(names)]


def timed(names: list[OrgName]) -> tuple[float, int]:
    start = time.perf_counter()
    clusters, _ = cluster_organisations(names, settings=SETTINGS)
    return time.perf_counter() - start, len(clusters)


def cluster_of(names: list[OrgName]) -> tuple[dict[str, int], list]:
    clusters, merges = cluster_organisations(names, settings=SETTINGS)
    where = {member: i for i, c in enumerate(clusters) for member in c.members}
    return {org_key(m): where[m] for m in where}, merges


def pair_recall(names: list[OrgName], truth: dict[str, set[str]]) -> dict[str, float]:
    """All-pairs cdist over the sample's full-name keys (same scorer and cutoff as the
    blocked search) -> true-duplicate pairs -> share kept together by the blocked run."""
    settings = SETTINGS or default_settings()
    label = {org_key(t): labels for t, labels in truth.items()}
    keys = sorted(k for k in label if not (" " not in k and is_acronym(k.upper())))
    most = settings.typo_edits_by_length[-1][1]
    matrix = process.cdist(keys, keys, scorer=OSA.distance, score_cutoff=most, workers=-1)
    rows, cols = (matrix <= most).nonzero()
    true_pairs = [
        (keys[r], keys[c]) for r, c in zip(rows.tolist(), cols.tolist()) if r < c and label[keys[r]] & label[keys[c]]
    ]
    rule_pairs = [(a, b) for a, b in true_pairs if _typo_rule(a, b, settings)]
    blocked = {(keys[i], keys[j]) for i, j, _, rule in candidate_pairs(keys, settings) if rule == "typo"}
    found = sum((a, b) in blocked or (b, a) in blocked for a, b in rule_pairs)
    where, _ = cluster_of(names)
    kept = sum(where[a] == where[b] for a, b in true_pairs)
    kept_rule = sum(where[a] == where[b] for a, b in rule_pairs)
    return {
        "all_pairs_true": len(true_pairs),
        "kept": kept,
        "recall": kept / max(1, len(true_pairs)),
        "rule_pairs": len(rule_pairs),
        "rule_kept": kept_rule,
        "blocked_found": found,
        "rule_recall": kept_rule / max(1, len(rule_pairs)),
    }


def _typo_rule(a: str, b: str, settings) -> bool:
    ta, tb = a.split(), b.split()
    diff = [(x, y) for x, y in zip(ta, tb) if x != y]
    return len(ta) == len(tb) and len(diff) == 1 and is_typo(*diff[0], settings)


def merge_precision(names: list[OrgName], truth: dict[str, set[str]]) -> dict[str, float]:
    """Every fuzzy or acronym merge, and every co-clustered pair of distinct spellings,
    checked against the generator's labels."""
    clusters, merges = cluster_organisations(names, settings=SETTINGS)
    by_name = {c.name: c for c in clusters}
    checked = [m for m in merges if m.rule not in ("exact_key", "possessive", "document")]
    good = sum(bool(truth.get(m.alias, set()) & truth.get(by_name[m.canonical].name, set())) for m in checked)
    together = same = 0
    for c in clusters:
        labels = [truth.get(m, set()) for m in c.members]
        for i in range(len(labels)):
            for j in range(i + 1, len(labels)):
                together += 1
                same += bool(labels[i] & labels[j])
    return {
        "merges": len(checked),
        "good": good,
        "precision": good / max(1, len(checked)),
        "pairs": together,
        "pair_precision": same / max(1, together),
    }


def report_timing(sizes: list[int], seed: int) -> None:
    print(f"{'names':>8} {'distinct':>9} {'clusters':>9} {'seconds':>8}")
    for label, make in (("synthetic variants", synthetic), ("all names different", all_distinct)):
        times = []
        for size in sizes:
            made = make(size, seed)
            names = made[0] if isinstance(made, tuple) else made
            seconds, count = timed(names)
            times.append(seconds)
            print(f"{size:>8} {len({n.normalized for n in names}):>9} {count:>9} {seconds:>8.2f}  {label}")
        if len(times) > 1:
            print(f"growth ratio ({label}): {sizes[-1] / sizes[0]:.0f}x names -> {times[-1] / times[0]:.1f}x time")


def report_quality(sample: int, sizes: list[int], seed: int) -> None:
    for size in dict.fromkeys((sample, *sizes)):
        names, truth = synthetic(size, seed)
        if size == sample:
            r = pair_recall(names, truth)
            print(
                f"{size:>6} names: all-pairs cdist true-duplicate pairs {r['all_pairs_true']}, kept together "
                f"{r['kept']} = {r['recall']:.4f}; of those the typo rule accepts {r['rule_pairs']}, kept "
                f"{r['rule_kept']} = {r['rule_recall']:.4f} (blocked search found {r['blocked_found']} of them)"
            )
        p = merge_precision(names, truth)
        print(
            f"{size:>6} names: merge precision {p['good']}/{p['merges']} = {p['precision']:.4f}; "
            f"co-clustered pair precision {p['pair_precision']:.4f} of {p['pairs']}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--sample", type=int, default=5_000)
    parser.add_argument("--without-gazetteer-words", action="store_true", help=without_gazetteer_words.__doc__)
    args = parser.parse_args()
    global SETTINGS
    SETTINGS = without_gazetteer_words() if args.without_gazetteer_words else None
    print(f"base names: {len(base_names())}; gazetteer words as known words: {not args.without_gazetteer_words}")
    report_timing(args.sizes, args.seed)
    report_quality(args.sample, args.sizes, args.seed + 1)


if __name__ == "__main__":
    main()
