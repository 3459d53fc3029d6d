"""Organisation clustering and priority lineage (extractor/dedupe.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.dedupe import (
    Link,
    Merge,
    OrgName,
    PriorityRef,
    canonical_priorities,
    cluster_organisations,
    is_acronym,
    link_versions,
    load_settings,
    org_key,
    priority_key,
)
from extractor.errors import ConfigError


def seen(*spellings: str) -> list[OrgName]:
    """Names as a document would hand them over, with no acronym defined."""
    return [OrgName(text, text) for text in spellings]


def cluster_of(clusters, spelling: str) -> str:
    return next(c.name for c in clusters if spelling in c.aliases)


# --- org_key ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, key",
    [
        ("Kent County Council", "kent county council"),
        ("KCC's", "kcc"),
        ("the Kent Police", "kent police"),
        ("Kent Police\u2019s", "kent police"),
        (
            "Ministry of Housing, Communities & Local Government",
            "ministry of housing communities and local government",
        ),
        ("Kent County Council (KCC)", "kent county council"),
        ("Police and Crime Commissioners'", "police and crime commissioners"),
        ("The", "the"),
    ],
)
def test_org_key(name, key):
    assert org_key(name) == key


def test_is_acronym():
    assert [is_acronym(t) for t in ["KCC", "DfE", "MHCLG", "KCC's", "Kent", "K", "NHS Kent"]] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
    ]


# --- merges the issue asks for ----------------------------------------------------------


def test_acronym_typo_merges_with_the_defined_acronym():
    names = [
        OrgName("MHCLG", "Ministry of Housing, Communities and Local Government", acronym="MHCLG"),
        OrgName("MCHLG", "MCHLG"),
    ]
    clusters, merges = cluster_organisations(names)
    assert [(c.name, c.acronym) for c in clusters] == [
        ("Ministry of Housing, Communities and Local Government", "MHCLG")
    ]
    assert clusters[0].aliases == ("MCHLG", "MHCLG", "Ministry of Housing, Communities and Local Government")
    assert (
        Merge("MCHLG", "Ministry of Housing, Communities and Local Government", 80.0, "acronym_transposition") in merges
    )


def test_acronym_defined_in_one_document_resolves_it_in_another():
    names = [
        OrgName("Kent County Council (KCC)", "Kent County Council", acronym="KCC"),
        OrgName("KCC", "KCC"),
        OrgName("KCC's", "KCC's"),
    ]
    clusters, merges = cluster_organisations(names)
    assert len(clusters) == 1
    assert (clusters[0].name, clusters[0].acronym) == ("Kent County Council", "KCC")
    assert set(clusters[0].aliases) == {"KCC", "KCC's", "Kent County Council", "Kent County Council (KCC)"}
    assert Merge("KCC", "Kent County Council", 100.0, "acronym") in merges
    assert Merge("KCC's", "Kent County Council", 100.0, "possessive") in merges


def test_acronym_by_unique_initials():
    clusters, merges = cluster_organisations(seen("Kent Community Safety Partnership", "KCSP"))
    assert len(clusters) == 1
    assert Merge("KCSP", "Kent Community Safety Partnership", 100.0, "initials") in merges


def test_ambiguous_acronym_stays_apart():
    names = seen("Swindon Borough Council", "Stevenage Borough Council", "SBC") + [
        OrgName("Swindon Borough Council", "Swindon Borough Council", acronym="SBC")
    ]
    clusters, _ = cluster_organisations(names)
    assert cluster_of(clusters, "SBC") == "SBC"


def test_kent_police_once_across_documents():
    names = seen("Kent Police", "Kent Police's", "the Kent Police", "KENT POLICE", "Kent Police", "Kent Polcie")
    clusters, merges = cluster_organisations(names)
    assert [c.name for c in clusters] == ["Kent Police"]
    assert {m.rule for m in merges} == {"possessive", "exact_key", "typo"}
    assert Merge("Kent Polcie", "Kent Police", 90.9, "typo") in merges


def test_typo_in_a_long_word_and_word_order():
    clusters, merges = cluster_organisations(
        seen(
            "Gravesham Borough Council",
            "Gravesham Borough Council",
            "Gravehsam Borough Council",
            "Council, Gravesham Borough",
        )
    )
    assert [c.name for c in clusters] == ["Gravesham Borough Council"]
    assert sorted(m.rule for m in merges) == ["token_sort", "typo"]


# --- look-alike bodies stay apart --------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kent County Council", "Kent County Council Cabinet Committee"),
        ("Kent CSP", "Medway CSP"),
        ("Kent Police", "Kent Police and Crime Commissioner"),
        ("Dartford Borough Council", "Gravesham Borough Council"),
        ("NHS Kent and Medway", "Kent and Medway CCG"),
        ("Hertfordshire County Council", "Herefordshire County Council"),
        ("Sussex Police", "Essex Police"),
        ("East Kent", "West Kent"),
        ("Kent", "Kent County Council"),
        ("Area 1 Panel", "Area 2 Panel"),
    ],
)
def test_look_alike_bodies_stay_apart(a, b):
    clusters, merges = cluster_organisations(seen(a, a, b))
    assert sorted(c.name for c in clusters) == sorted([a, b])
    assert merges == []


def test_no_chaining_through_a_middle_name():
    # Ashbury ~ Ashbery ~ Ashberry: one edit each step, but Ashbury and Ashberry are two
    # edits apart, too many for a seven-letter word, so they are different bodies. The
    # middle name is a typo of both representatives, so it joins neither.
    names = seen(*["Ashbury Council"] * 3, *["Ashberry Council"] * 3, "Ashbery Council")
    clusters, merges = cluster_organisations(names)
    assert sorted(c.name for c in clusters) == ["Ashberry Council", "Ashbery Council", "Ashbury Council"]
    assert merges == []


def test_no_chaining_along_a_longer_chain():
    # Ashbury ~ Ashbery ~ Ashberry ~ Ashbberry: names join a representative they match
    # directly, never a member, so the chain breaks into at least two clusters.
    names = seen(*["Ashbury Council"] * 5, "Ashbery Council", "Ashberry Council", "Ashbberry Council")
    clusters, _ = cluster_organisations(names)
    assert len(clusters) >= 2
    assert cluster_of(clusters, "Ashbery Council") == "Ashbury Council"
    assert cluster_of(clusters, "Ashberry Council") != "Ashbury Council"


def test_every_merge_is_recorded_with_a_known_rule():
    names = seen("Kent Police", "Kent Polcie", "KCC", "Kent County Council", "Kent County Council's")
    _, merges = cluster_organisations(names)
    assert {m.rule for m in merges} <= {
        "exact_key",
        "possessive",
        "document",
        "typo",
        "token_sort",
        "spacing",
        "acronym",
        "initials",
        "acronym_transposition",
    }
    assert all(0 < m.score <= 100 for m in merges)


def test_kind_and_members():
    names = [
        OrgName("Kent Police", "Kent Police", kind="police"),
        OrgName("Kent Police's", "Kent Police", kind="police"),
    ]
    clusters, _ = cluster_organisations(names)
    assert clusters[0].kind == "police"
    assert clusters[0].members == ("Kent Police",)
    assert clusters[0].aliases == ("Kent Police", "Kent Police's")


# --- priorities ------------------------------------------------------------------------


def refs(texts: list[str], list_id: int, first_id: int, document: str, period: str) -> list[PriorityRef]:
    return [
        PriorityRef(first_id + i, list_id, document, text, i + 1, "Kent Community Safety Partnership", period, 1)
        for i, text in enumerate(texts)
    ]


def test_priority_key():
    assert priority_key("Serious Violence & Organised Crime") == priority_key("Serious Violence and Organised Crime")
    assert priority_key("Violence Against Women and Girls (VAWG)") == "violence against women and girls"


def test_canonical_priorities():
    items = refs(
        [
            "Serious Violence & Organised Crime",
            "Serious Violence and Organised Crime",
            "Preventing Neighbourhood Crime & ASB (Anti-Social Behaviour)",
            "Preventing Neighbourhood Crime and Anti-Social Behaviour",
            "Reduce Re-offending",
            "Reduce Reoffending",
            "Reduce crime by 10%",
            "Reduce crime by 15%",
            "Domestic Abuse",
            "Tackle Domestic Abuse",
        ],
        1,
        1,
        "x",
        "2024",
    )
    assert canonical_priorities(items) == {1: 1, 2: 1, 3: 3, 4: 3, 5: 5, 6: 5, 7: 7, 8: 8, 9: 9, 10: 10}


# The Kent CSA priorities from the 2016 review (/work/shared/seeds/003_f1b85571892c6c38.txt,
# "Recommendations" and "Draft Proposed Priorities", gold list "Kent CSA 2014-17 current
# priorities" and "Recommended (draft proposed) Kent CSA priorities").
KENT_CSA_2014 = [
    "Violent Crime",
    "Acquisitive Crime",
    "Domestic Abuse",
    "Anti-Social Behaviour",
    "Substance Misuse",
    "Road Safety",
]
KENT_CSA_2016 = [
    "Domestic Abuse",
    "Anti-Social Behaviour",
    "Substance Misuse",
    "Road Safety",
    "Serious & Organised Crime",
    "Safeguarding",
]
# The April 2024 Kent Community Safety Agreement, Appendix E "Kent CSA Priorities"
# (/work/shared/seeds/001_368897f9bdd4d4d8.txt, around line 2704).
KENT_CSA_2024 = [
    "Domestic Abuse",
    "Violence Against Women and Girls (VAWG)",
    "Safeguarding Vulnerable People",
    "Serious Violence and Organised Crime",
    "Preventing Neighbourhood Crime & ASB (Anti-Social Behaviour)",
    "Preventing Extremism and Hate",
    "Substance Misuse",
    "Road Safety",
]
# 003, "Recommendations" (line breaks as in the text).
REVIEW_2016 = """It is recommended that two of the current
priorities: \u2018Violent Crime\u2019 and \u2018Acquisitive
Crime\u2019 should be consolidated into a
priority entitled \u2018Serious & Organised
Crime\u2019 (or similar) to include some of the
existing issues such as violent crime,
shoplifting etc. whilst incorporating
emerging issues such as gangs."""
# 001, paragraph 6.5 (blank lines between printed lines, as pdf text gives them).
HISTORY_2024 = """6.5. Since the first version of this document was published in April 2017, there have

been a number of changes made to the priorities and cross-cutting themes as

new issues emerged, with the refreshed CSA being published annually in April:

o 2018 \u2013 A new priority of \u2018Preventing Extremism and Hate\u2019 was introduced,

which was previously included as part of the \u2018Safeguarding Vulnerable

People\u2019 priority; In addition a new cross-cutting theme was added to \u2018Support

Mental Health and Wellbeing\u2019.

o 2019 \u2013 No major changes were made but it was agreed that Violence

Reduction and the impact of Brexit would be incorporated into existing

priorities i.e. Serious and Organised Crime, Safeguarding Vulnerable People

and Preventing Extremism and Hate.

o 2020 \u2013 The priority of Serious and Organised Crime was expanded to

become \u2018Serious Violence and Organised Crime\u2019 to reflect new proposed

duties around Serious Violence and the introduction of the Violence

Reduction Unit (VRU).
 o 2021 \u2013 A new cross-cutting theme was added entitled \u2018Response and

Recovery from the COVID-19 pandemic\u2019 to reflect the impact of the

pandemic across all the priorities.

o 2022 \u2013 The above cross-cutting theme was retitled as \u2018Response and

Recovery from Significant Community Events\u2019 to include more than just the

pandemic; the Anti-Social Behaviour priority was expanded to become

\u2018Preventing Neighbourhood Crime & ASB\u2019; and a new priority of \u2018Violence

Against Women and Girls\u2019 (VAWG) was added to reflect the increased focus

on this topic both locally and nationally."""


def named(links: list[Link], *lists: list[PriorityRef]) -> list[tuple[str, str, str, bool]]:
    text = {p.id: p.text for items in lists for p in items}
    return [(text[link.from_id], link.relation, text[link.to_id], link.evidence is not None) for link in links]


def test_links_2014_to_2016_review():
    # The review says Violent and Acquisitive Crime are consolidated into Serious & Organised
    # Crime: two older items into one newer item is merged_into. Safeguarding is new.
    old, new = refs(KENT_CSA_2014, 1, 100, "003", "2014"), refs(KENT_CSA_2016, 2, 200, "003", "2016")
    assert named(link_versions([old, new], REVIEW_2016), old, new) == [
        ("Violent Crime", "merged_into", "Serious & Organised Crime", True),
        ("Acquisitive Crime", "merged_into", "Serious & Organised Crime", True),
        ("Domestic Abuse", "same", "Domestic Abuse", False),
        ("Anti-Social Behaviour", "same", "Anti-Social Behaviour", False),
        ("Substance Misuse", "same", "Substance Misuse", False),
        ("Road Safety", "same", "Road Safety", False),
    ]


def test_links_2016_review_to_2024_agreement():
    # same: the unchanged titles. expanded: 001 says Serious and Organised Crime "was
    # expanded to become" Serious Violence and Organised Crime and Anti-Social Behaviour
    # "was expanded to become" Preventing Neighbourhood Crime & ASB (both also keep every
    # older word). split_into: 2016 "Safeguarding" (which the review meant to cover violent
    # extremism) went on as Safeguarding Vulnerable People, and 001 says Preventing
    # Extremism and Hate "was previously included as part of" it, so one older item feeds
    # two newer ones. VAWG has no older item: it was added in 2022.
    old, new = refs(KENT_CSA_2016, 2, 200, "003", "2016"), refs(KENT_CSA_2024, 3, 300, "001", "2024")
    links = link_versions([old, new], HISTORY_2024)
    assert named(links, old, new) == [
        ("Domestic Abuse", "same", "Domestic Abuse", False),
        (
            "Anti-Social Behaviour",
            "expanded",
            "Preventing Neighbourhood Crime & ASB (Anti-Social Behaviour)",
            True,
        ),
        ("Substance Misuse", "same", "Substance Misuse", False),
        ("Road Safety", "same", "Road Safety", False),
        ("Serious & Organised Crime", "expanded", "Serious Violence and Organised Crime", True),
        ("Safeguarding", "split_into", "Safeguarding Vulnerable People", False),
        ("Safeguarding", "split_into", "Preventing Extremism and Hate", True),
    ]
    evidence = {link.to_id: link.evidence for link in links}
    assert evidence[303] == (
        "o 2020 \u2013 The priority of Serious and Organised Crime was expanded to become \u2018Serious Violence and "
        "Organised Crime\u2019 to reflect new proposed duties around Serious Violence and the introduction of the "
        "Violence Reduction Unit (VRU)."
    )


def test_links_without_evidence_fall_back_to_word_overlap():
    old, new = refs(KENT_CSA_2016, 2, 200, "003", "2016"), refs(KENT_CSA_2024, 3, 300, "001", "2024")
    relations = {(a, b): rel for a, rel, b, _ in named(link_versions([old, new]), old, new)}
    assert relations[("Serious & Organised Crime", "Serious Violence and Organised Crime")] == "expanded"
    assert relations[("Safeguarding", "Safeguarding Vulnerable People")] == "expanded"
    assert ("Safeguarding", "Preventing Extremism and Hate") not in relations


def test_evidence_in_item_context_is_used():
    old = refs(["Violent Crime", "Acquisitive Crime"], 1, 1, "a", "2014")
    new = [PriorityRef(10, 2, "b", "Serious & Organised Crime", 1, None, "2016", 1, context=REVIEW_2016)]
    assert [link.relation for link in link_versions([old, new])] == ["merged_into", "merged_into"]


def test_renamed_and_replaced_by():
    old = refs(
        ["Tackle Domestic Abuse", "Reduce the Number of People Seriously Injured in Road Traffic Collisions"],
        1,
        1,
        "a",
        "2013",
    )
    new = refs(
        [
            "Supporting victims and tackling offenders of sexual and domestic abuse",
            "Road danger reduction for people",
        ],
        2,
        10,
        "b",
        "2016",
    )
    assert [(link.from_id, link.relation, link.to_id) for link in link_versions([old, new])] == [
        (1, "renamed", 10),
        (2, "replaced_by", 11),
    ]


def test_three_versions_link_each_consecutive_pair():
    lists = [refs(["Road Safety"], i, 10 * i, "d", str(2020 + i)) for i in range(3)]
    assert [(link.from_id, link.to_id, link.relation) for link in link_versions(lists)] == [
        (0, 10, "same"),
        (10, 20, "same"),
    ]


# --- settings --------------------------------------------------------------------------


def test_settings_error_names_file_and_key(tmp_path: Path):
    path = tmp_path / "dedupe.yml"
    path.write_text("organisations: {}\npriorities: {}\n")
    with pytest.raises(ConfigError, match=r"dedupe\.yml: missing key 'organisations\.typo_edits_by_length'"):
        load_settings(path)


def test_a_name_printed_in_capitals_is_named_as_it_is_printed_elsewhere() -> None:
    clusters, _ = cluster_organisations(
        seen("MILBURN PARISH COUNCIL", "MILBURN PARISH COUNCIL", "Milburn Parish Council", "KCC")
    )
    assert cluster_of(clusters, "MILBURN PARISH COUNCIL") == "Milburn Parish Council"
    assert cluster_of(clusters, "KCC") == "KCC"  # an acronym is in capitals however it is printed
