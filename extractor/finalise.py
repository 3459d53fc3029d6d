"""Cross-document steps run once after the documents are written: organisations merged across
the whole database, priorities clustered and linked between versions, minutes printed twice
linked to their first copy, search indexes.

Everything here is recomputed from the per-document rows, so it is always consistent with
what the database holds, however the documents arrived. The matching is pure functions over
records (cluster_mentions, organisation_rows, OwnerIndex, list_owners, evidence_pages,
version_links, duplicate_rows); what they read and write is named functions in db.py.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from . import db as database
from .config import settings_fingerprint
from .dedupe import (
    Link,
    MeetingText,
    Merge,
    OrgCluster,
    OrgName,
    PriorityRef,
    Settings,
    canonical_priorities,
    cluster_organisations,
    default_settings,
    duplicate_group,
    duplicate_meetings,
    is_acronym,
    link_versions,
    org_key,
    priority_key,
)
from .document import kinds as document_kinds


def inputs(conn: database.Database) -> str:
    """A fingerprint of everything the cross-document steps read: each document (its id, status
    and when it was written), the pipeline settings and the extractor version. Equal to the one
    the last finalise returned when nothing they read has changed since."""
    return database.inputs_fingerprint(conn, settings_fingerprint())


@dataclass(frozen=True)
class Finalised:
    """What the cross-document steps did."""

    inputs: str  # the fingerprint of the inputs they ran on (see `inputs`)
    mode: str  # "ran": on everything; "incremental": only where documents added since touch
    note: str  # what they looked at again, in words
    documents: int
    settings: str  # settings_fingerprint()


def finalise(conn: database.Database, everything: bool = False) -> Finalised:
    """Run the cross-document steps. When documents were only added since they last ran (none
    removed or changed, the same settings), lineage and duplicate minutes are looked at again
    only in the groups a new document falls in, and only their pages are read; organisations
    and canonical priorities are clustered again in memory (a new spelling can rename a cluster
    anywhere) and only the rows that changed are written. Either way the database ends equal to
    one built from scratch."""
    ran_on, settings = inputs(conn), settings_fingerprint()
    new = None if everything else _only_added(conn, settings)
    with database.one_transaction(conn):  # every write below, or none of them
        owners, changed = _organisations(conn)
        lineage, changed_canonical = _priorities(conn, owners, new)
        copies = _duplicates(conn, new)
    database.enable_search(conn)
    if new is None:  # merging every segment costs the whole index; FTS5's automerge keeps them few meanwhile
        database.optimise_search(conn)
    database.checkpoint(conn)
    documents = len(database.document_stamps(conn))
    rows = f"{changed + changed_canonical:,} organisation and canonical-priority rows changed"
    if new is None:
        return Finalised(ran_on, "ran", f"on all {documents:,} documents; {rows}", documents, settings)
    note = (
        f"for {len(new):,} new document(s): lineage of {lineage}, duplicate minutes in {copies}; "
        f"organisations and priorities clustered again in memory, {rows}"
    )
    return Finalised(ran_on, "incremental", note, documents, settings)


def _only_added(conn: database.Database, settings: str) -> set[str] | None:
    """The documents added since the cross-document steps last ran, when that is all that
    changed; None when they must run on everything (the first run, a document removed or
    replaced, other settings or version)."""
    documents, ran_with = database.last_finalised(conn)
    new, seen = database.new_documents(conn)
    return new if ran_with == settings and documents == seen else None


def _squash(text: str) -> str:
    return " ".join(text.split())


# ---- organisations -----------------------------------------------------------------------


@dataclass(frozen=True)
class Organisations:
    """The organisations found across the database and the one each mention names."""

    clusters: list[OrgCluster]
    merges: list[Merge]
    ids: dict[str, int]  # cluster name -> organisation id
    of_mention: dict[int, int | None]  # mention id -> organisation id


def _organisations(conn: database.Database) -> tuple[OwnerIndex, int]:
    """Organisations clustered from every ORG mention, written; actions pointed at their owner's.
    The rows written (only those that changed)."""
    found = cluster_mentions(database.organisation_mentions(conn), database.organisation_definitions(conn))
    changed = database.write_organisations(conn, *organisation_rows(found))
    changed += database.set_mention_organisations(conn, found.of_mention)
    owners = OwnerIndex.build(found.clusters, found.ids)
    owned = [(r["id"], owners.find(r["owner"])) for r in database.action_owners(conn)]
    return owners, changed + database.set_action_organisations(conn, owned)


def cluster_mentions(mentions: list[dict[str, Any]], definitions: dict[str, str]) -> Organisations:
    """The organisations ORG mentions (id, document_id, text, normalized) name, given the
    acronyms documents define (full name -> acronym)."""
    from .entities import org_kind

    resolved = _document_scope(mentions)
    seen = dict.fromkeys((_squash(r["text"]), resolved[r["id"]], r["document_id"]) for r in mentions)
    names = [
        OrgName(text=text, normalized=normalized, acronym=definitions.get(normalized), kind=org_kind(normalized))
        for text, normalized, _ in seen
    ]
    clusters, merges = cluster_organisations(names)
    ids = {c.name: database.stable_id("organisation", org_key(c.name)) for c in clusters}
    by_member = {member: ids[c.name] for c in clusters for member in (*c.members, c.name)}
    return Organisations(clusters, merges, ids, {r["id"]: by_member.get(resolved[r["id"]]) for r in mentions})


def organisation_rows(found: Organisations) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The organisations, organisation_aliases and organisation_merges rows."""
    ids = found.ids
    organisations = [{"id": ids[c.name], "name": c.name, "acronym": c.acronym, "kind": c.kind} for c in found.clusters]
    aliases = [{"organisation_id": ids[c.name], "alias": a} for c in found.clusters for a in c.aliases]
    merges = [
        {
            "id": database.stable_id("merge", m.alias, m.canonical),
            "organisation_id": ids.get(m.canonical),
            "alias": m.alias,
            "canonical": m.canonical,
            "score": m.score,
            "rule": m.rule,
        }
        for m in found.merges
    ]
    return organisations, aliases, merges


def _document_scope(rows: list[dict[str, Any]]) -> dict[int, str]:
    """Mention id -> the name to cluster it under.

    A document resolves a name to a longer name it also holds. That is right for a generic
    name ("Community Safety Partnership" in a document about the Kent one) and wrong when the
    longer name is a glued list or a title ("Kent Fire and Rescue and Kent County Council",
    "Chair Kent Community Safety Partnership"). Other documents decide: when more documents
    use the shorter name on its own than the longer one, the shorter name is a body in its
    own right and those mentions (and the acronyms resolved the same way, and the longer
    name's own mentions, whose span ran over into a neighbouring word or name) take it.
    """
    standalone: dict[str, set[str]] = defaultdict(set)
    spelling: dict[str, str] = {}
    for r in rows:
        key = org_key(r["normalized"])
        if org_key(r["text"]) == key:
            standalone[key].add(r["document_id"])
            spelling.setdefault(key, r["normalized"])
    by_document: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_document[r["document_id"]].append(r)
    resolved: dict[int, str] = {}
    for document_rows in by_document.values():
        fix: dict[str, str] = {}
        for r in document_rows:
            short, key = org_key(r["text"]), org_key(r["normalized"])
            if (
                " " in short
                and key.endswith(" " + short)
                and len(standalone.get(short, ())) > len(standalone.get(key, ()))
            ):
                fix.setdefault(r["normalized"], spelling[short])
        for r in document_rows:  # the longer name's own mentions too: the span ran over
            resolved[r["id"]] = fix.get(r["normalized"], r["normalized"])
    return resolved


@dataclass(frozen=True)
class OwnerIndex:
    """Finds the organisation a list's owner, name or heading names (unambiguous keys only)."""

    by_key: dict[str, int]
    acronyms: frozenset[str]  # keys that are acronyms: the only one-word keys a scan accepts
    settings: Settings

    @classmethod
    def build(cls, clusters: list[OrgCluster], ids: dict[str, int], settings: Settings | None = None) -> OwnerIndex:
        owners: dict[str, set[int]] = defaultdict(set)
        for c in clusters:
            for alias in (*c.aliases, c.name):
                owners[org_key(alias)].add(ids[c.name])
        by_key = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1 and k}
        by_key.update({org_key(c.name): ids[c.name] for c in clusters})  # a cluster's own name wins
        acronyms = frozenset(org_key(a) for c in clusters for a in c.aliases if is_acronym(a))
        return cls(by_key, acronyms, settings or default_settings())

    def find(self, text: str | None) -> int | None:
        """The organisation named by the text as a whole, or by the longest name inside it."""
        if not text:
            return None
        text = self._rewrite(text)
        if org_key(text) in self.by_key:
            return self.by_key[org_key(text)]
        for acronym in _qualified_acronyms(text):
            if acronym in self.by_key:
                return self.by_key[acronym]
        tokens = org_key(text).split()
        for size in range(len(tokens), 0, -1):
            for start in range(len(tokens) - size + 1):
                key = " ".join(tokens[start : start + size])
                if key in self.by_key and (size > 1 or key in self.acronyms):
                    return self.by_key[key]
        return None

    def _rewrite(self, text: str) -> str:
        for old, new in self.settings.owner_rewrites:
            text = re.sub(rf"\b{re.escape(old)}\b", new, text, flags=re.IGNORECASE if " " in old else 0)
        return _squash(text)


def _qualified_acronyms(text: str) -> list[str]:
    """Acronyms written with their first word spelled out, as keys: a capitalised word before an
    acronym is often the acronym's own first letter ("Northshire CSP" for the NCSP), so the
    word's initial joined to the acronym is tried as one acronym."""
    return [(word[0] + acronym).lower() for word, acronym in re.findall(r"\b([A-Z][a-z]+) ([A-Z]{2,6})\b", text)]


# ---- priorities --------------------------------------------------------------------------


def _priorities(conn: database.Database, owners: OwnerIndex, new: set[str] | None) -> tuple[str, int]:
    """Priorities clustered across documents; lists given their organisation; versions of an
    owner's list linked priority to priority: in every version group, or (`new`: the documents
    added) in the groups a new list joins or a list moves into or out of. What was linked again,
    and the canonical ids changed."""
    refs = [_priority_ref(r) for r in database.priority_items(conn)]
    changed = database.set_canonical_priorities(conn, canonical_priorities(refs))
    own_list_kinds = frozenset(name for name, kind in document_kinds().items() if kind.own_lists)
    rows = database.priority_list_owners(conn)
    lists = list_owners(rows, owners, own_list_kinds)
    database.set_list_organisations(conn, ((k, v.organisation_id) for k, v in lists.items()))
    group_of = {k: json.dumps(v.group) if v.group else None for k, v in lists.items()}
    database.set_version_groups(conn, group_of.items())
    all_groups = set(group_of.values()) - {None}
    if new is None:
        touched = all_groups
        database.clear_priority_links(conn)
    else:
        moved = [r for r in rows if r["document_id"] in new or r["version_group"] != group_of[r["id"]]]
        touched = ({group_of[r["id"]] for r in moved} | {r["version_group"] for r in moved}) - {None}
    relink = [r["id"] for r in rows if group_of[r["id"]] in touched or r["version_group"] in touched]
    in_context = [_priority_ref(r) for r in database.priority_items_in_context(conn, relink)]
    evidence = evidence_pages(database.page_texts(conn, {p.document_id for p in in_context}), owners.settings)
    links = version_links(lists, in_context, evidence)
    database.replace_priority_links(conn, relink, [_link_row(k) for k in links])
    return f"{len(touched):,} of {len(all_groups):,} owners' lists", changed


def _priority_ref(r: dict[str, Any]) -> PriorityRef:
    return PriorityRef(
        id=r["id"],
        list_id=r["list_id"],
        document_id=r["document_id"],
        text=r["text"],
        position=r["position"],
        owner=r["owner"],
        period_start=r["period_start"],
        page=r["page"],
        context=r["context"] or "",
    )


def version_links(lists: dict[int, ListOwner], refs: Sequence[PriorityRef], evidence: dict[str, str]) -> list[Link]:
    """Links between each pair of consecutive versions of an owner's list, read with what the
    two documents say changed."""
    links: list[Link] = []
    for versions in _versions(lists, refs):
        for older, newer in pairwise(versions):
            text = "\n\n".join(dict.fromkeys(evidence.get(v[0].document_id, "") for v in (older, newer)))
            links += link_versions([older, newer], text)
    return links


def _link_row(k: Link) -> dict[str, Any]:
    return {
        "id": database.stable_id("link", k.from_id, k.to_id),
        "from_priority_id": k.from_id,
        "to_priority_id": k.to_id,
        "relation": k.relation,
        "score": k.score,
        "evidence": k.evidence,
    }


@dataclass(frozen=True)
class ListOwner:
    organisation_id: int | None
    group: tuple[Any, str] | None  # (organisation id or owner key, kind): whose list this is a version of
    date: str  # the list's period start, else its document's date: orders the versions


def list_owners(
    lists: Iterable[dict[str, Any]], owners: OwnerIndex, own_list_kinds: frozenset[str]
) -> dict[int, ListOwner]:
    """Each list's organisation: its printed owner, else one its name or heading names, else
    (in a document of the own-list kinds, an agreement, strategy or plan, unless the heading
    gathers other bodies' lists) the document's publisher."""
    markers = [re.compile(m) for m in owners.settings.others_markers]
    found = {}
    for r in lists:
        heading = f"{r['name'] or ''}\n{r['source'] or ''}"
        candidates = [r["owner"], r["name"], r["source"]]
        if not r["owner"] and r["document_kind"] in own_list_kinds and not any(m.search(heading) for m in markers):
            candidates.append(r["publisher"])
        oid = next((o for o in map(owners.find, candidates) if o), None)
        key = oid or (org_key(r["owner"]) if r["owner"] else None)
        found[r["id"]] = ListOwner(
            oid, (key, r["kind"]) if key else None, r["period_start"] or r["published_date"] or ""
        )
    return found


def _versions(lists: dict[int, ListOwner], refs: Sequence[PriorityRef]) -> list[list[list[PriorityRef]]]:
    """The versions of each owner's list of one kind, ordered by date. The lists of one
    document with the same date are one version (a list printed twice, or in two parts like
    the 2016 review's "retained" and "consolidated" priorities); a document whose lists have
    different periods (Medway's 2013-16 and 2016/17 plans) holds several versions."""
    groups: dict[tuple[Any, str], dict[tuple[str, str], list[PriorityRef]]] = defaultdict(dict)
    for ref in refs:
        owner = lists[ref.list_id]
        if owner.group:
            groups[owner.group].setdefault((owner.date, ref.document_id), []).append(ref)
    ordered = []
    for versions in groups.values():
        if len(versions) > 1:
            ordered.append([_one_version(versions[key]) for key in sorted(versions)])
    return ordered


def _one_version(items: list[PriorityRef]) -> list[PriorityRef]:
    """Items in page order, each priority once, numbered afresh."""
    unique: dict[str, PriorityRef] = {}
    for item in sorted(items, key=lambda p: (p.page, p.list_id, p.position)):
        unique.setdefault(priority_key(item.text) or item.text, item)
    return [replace(item, position=n) for n, item in enumerate(unique.values(), 1)]


def evidence_pages(page_texts: Iterable[tuple[str, int, str]], settings: Settings) -> dict[str, str]:
    """Per document, the pages (document id, page, text, in order) that use an evidence phrase
    ("was expanded to become") and the page after each (the sentence often ends there): what
    the document says changed."""
    phrases = [" ".join(rule.phrase.split()) for rule in settings.evidence]
    pages: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for document_id, page, text in page_texts:
        pages[document_id].append((page, text))
    evidence = {}
    for document_id, texts in pages.items():
        keep: set[int] = set()
        for n, (_, text) in enumerate(texts):
            folded = " ".join(text.lower().split())
            if any(phrase in folded for phrase in phrases):
                keep.update((n, n + 1))
        if keep:
            evidence[document_id] = "\n".join(texts[n][1] for n in sorted(keep) if n < len(texts))
    return evidence


# ---- minutes printed twice ---------------------------------------------------------------


def _duplicates(conn: database.Database, new: set[str] | None) -> str:
    """Minutes printed twice, looked for among all meetings, or (`new`: the documents added)
    only in the groups (body and date) of the new documents' meetings. What was looked at."""
    if new is None:
        meetings = database.meeting_texts(conn)
        database.replace_meeting_duplicates(conn, None, duplicate_rows(meetings))
        return "all meetings"
    groups = {g for r in database.meeting_groups(conn, new) if (g := duplicate_group(r["body"], r["date"]))}
    candidates = database.meeting_texts(conn, {date for _, date in groups})
    meetings = [r for r in candidates if duplicate_group(r["body"], r["date"]) in groups]
    database.replace_meeting_duplicates(conn, [r["id"] for r in meetings], duplicate_rows(meetings))
    return f"{len(groups):,} (body, date) groups"


def duplicate_rows(meetings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """meeting_duplicates rows: each copy of minutes printed again, linked to its first copy."""
    by_id = {r["id"]: r for r in meetings}
    found = duplicate_meetings(
        MeetingText(r["id"], r["document_id"], r["body"], r["date"], r["text"] or "", r["order_key"])
        for r in by_id.values()
    )
    return [
        {
            "id": database.stable_id("duplicate", d.meeting_id),
            "meeting_id": d.meeting_id,
            "document_id": by_id[d.meeting_id]["document_id"],
            "page_start": by_id[d.meeting_id]["page"],
            "page_end": by_id[d.meeting_id]["page_end"],
            "original_meeting_id": d.original_id,
            "original_document_id": by_id[d.original_id]["document_id"],
            "score": d.score,
            "rule": d.rule,
        }
        for d in found
    ]


__all__ = [
    "Finalised",
    "Link",
    "OwnerIndex",
    "cluster_mentions",
    "duplicate_rows",
    "evidence_pages",
    "finalise",
    "list_owners",
    "organisation_rows",
    "version_links",
]
