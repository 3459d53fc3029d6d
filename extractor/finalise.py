"""Cross-document steps run once after the documents are written: organisations merged across
the whole database, priorities clustered and linked between versions, minutes printed twice
linked to their first copy, search indexes.

Everything here is recomputed from the per-document rows, so it is always consistent with
what the database holds, however the documents arrived.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

import sqlite_utils

from . import db as database
from .dedupe import (
    Link,
    MeetingText,
    OrgCluster,
    OrgName,
    PriorityRef,
    Settings,
    canonical_priorities,
    cluster_organisations,
    default_settings,
    duplicate_meetings,
    is_acronym,
    link_versions,
    org_key,
    priority_key,
)


def inputs(conn: sqlite_utils.Database) -> str:
    """A fingerprint of everything the cross-document steps read: each document (its id, status
    and when it was written), the pipeline settings and the extractor version. Equal to the one
    the last finalise returned when nothing they read has changed since."""
    from . import __version__
    from .config import PIPELINES

    digest = hashlib.sha256(__version__.encode())
    for settings in sorted(p for p in PIPELINES.rglob("*") if p.is_file()):
        digest.update(settings.relative_to(PIPELINES).as_posix().encode() + b"\0" + settings.read_bytes())
    for row in conn.conn.execute("select id, status, built_at from documents order by id"):
        digest.update(repr(row).encode())
    return digest.hexdigest()


def finalise(conn: sqlite_utils.Database) -> str:
    """Run the cross-document steps; the fingerprint of the inputs they ran on (see `inputs`)."""
    ran_on = inputs(conn)
    with conn.conn:  # one transaction: every write below goes through db.insert_rows or executemany
        owners = _organisations(conn)
        _priorities(conn, owners)
        _duplicates(conn)
    database.enable_search(conn)
    database.optimise_search(conn)
    conn.execute("PRAGMA optimize")
    # Datasette opens the file immutable, which ignores the WAL: fold it into the file.
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return ran_on


def _squash(text: str) -> str:
    return " ".join(text.split())


# ---- organisations -----------------------------------------------------------------------


def _organisations(conn: sqlite_utils.Database) -> OwnerIndex:
    from .entities import org_kind

    definitions = {r["name"]: r["alias"] for r in conn.query("select name, alias from organisation_definitions")}
    rows = list(
        conn.query(
            "select id, document_id, text, normalized from mentions where label = 'ORG' and normalized is not null"
        )
    )
    resolved = _document_scope(rows)
    seen = dict.fromkeys((_squash(r["text"]), resolved[r["id"]], r["document_id"]) for r in rows)
    names = [
        OrgName(text=text, normalized=normalized, acronym=definitions.get(normalized), kind=org_kind(normalized))
        for text, normalized, _ in seen
    ]
    clusters, merges = cluster_organisations(names)
    for table in ("organisations", "organisation_aliases", "organisation_merges"):
        conn.execute(f"delete from {table}")
    ids = {c.name: database.stable_id("organisation", org_key(c.name)) for c in clusters}
    database.insert_rows(
        conn,
        "organisations",
        [{"id": ids[c.name], "name": c.name, "acronym": c.acronym, "kind": c.kind} for c in clusters],
    )
    database.insert_rows(
        conn,
        "organisation_aliases",
        [{"organisation_id": ids[c.name], "alias": a} for c in clusters for a in c.aliases],
    )
    database.insert_rows(
        conn,
        "organisation_merges",
        [
            {
                "id": database.stable_id("merge", m.alias, m.canonical),
                "organisation_id": ids.get(m.canonical),
                "alias": m.alias,
                "canonical": m.canonical,
                "score": m.score,
                "rule": m.rule,
            }
            for m in merges
        ],
    )
    by_member = {member: ids[c.name] for c in clusters for member in (*c.members, c.name)}
    conn.execute("update mentions set organisation_id = null")
    conn.conn.executemany(
        "update mentions set organisation_id = ? where id = ?",
        ((by_member.get(resolved[r["id"]]), r["id"]) for r in rows),
    )
    owners = OwnerIndex.build(clusters, ids)
    conn.conn.executemany(
        "update actions set organisation_id = ? where id = ?",
        [
            (owners.find(r["owner"]), r["id"])
            for r in conn.query("select id, owner from actions where owner is not null")
        ],
    )
    return owners


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
        for place, acronym in re.findall(r"\b([A-Z][a-z]+) ([A-Z]{2,6})\b", text):
            if (place[0] + acronym).lower() in self.by_key:  # "Kent CSP" is the KCSP
                return self.by_key[(place[0] + acronym).lower()]
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


# ---- priorities --------------------------------------------------------------------------


def _priorities(conn: sqlite_utils.Database, owners: OwnerIndex) -> None:
    refs = [
        PriorityRef(
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
        for r in conn.query(_PRIORITIES_SQL)
    ]
    conn.execute("update priorities set canonical_id = null")
    conn.conn.executemany(
        "update priorities set canonical_id = ? where id = ?", ((c, p) for p, c in canonical_priorities(refs).items())
    )
    lists = _list_owners(conn, owners)
    conn.conn.executemany(
        "update priority_lists set organisation_id = ? where id = ?", ((v.organisation_id, k) for k, v in lists.items())
    )
    evidence = _evidence_pages(conn, owners.settings)
    links: list[Link] = []
    for versions in _versions(lists, refs):
        for older, newer in pairwise(versions):
            text = "\n\n".join(dict.fromkeys(evidence.get(v[0].document_id, "") for v in (older, newer)))
            links += link_versions([older, newer], text)
    conn.execute("delete from priority_links")
    database.insert_rows(
        conn,
        "priority_links",
        [
            {
                "id": database.stable_id("link", k.from_id, k.to_id),
                "from_priority_id": k.from_id,
                "to_priority_id": k.to_id,
                "relation": k.relation,
                "score": k.score,
                "evidence": k.evidence,
            }
            for k in links
        ],
    )


_PRIORITIES_SQL = """
    select p.id, p.list_id, p.document_id, p.text, p.position, p.page, l.owner, l.period_start,
           (select group_concat(g.text, char(10)) from pages g
             where g.document_id = p.document_id and g.page between l.page - 1 and l.page + 1) as context
    from priorities p join priority_lists l on l.id = p.list_id
    order by l.period_start, l.page, p.list_id, p.position"""


@dataclass(frozen=True)
class ListOwner:
    organisation_id: int | None
    group: tuple[Any, str] | None  # (organisation id or owner key, kind): whose list this is a version of
    date: str  # the list's period start, else its document's date: orders the versions


def _list_owners(conn: sqlite_utils.Database, owners: OwnerIndex) -> dict[int, ListOwner]:
    """Each list's organisation: its printed owner, else one its name or heading names, else
    (in an agreement, strategy or plan, unless the heading gathers other bodies' lists) the
    document's publisher."""
    markers = [re.compile(m) for m in owners.settings.others_markers]
    found = {}
    for r in conn.query("""select l.id, l.owner, l.name, l.source, l.kind, l.period_start, d.kind as document_kind,
                                  d.publisher, d.published_date
                           from priority_lists l join documents d on d.id = l.document_id"""):
        heading = f"{r['name'] or ''}\n{r['source'] or ''}"
        candidates = [r["owner"], r["name"], r["source"]]
        if (
            not r["owner"]
            and r["document_kind"] in owners.settings.own_list_kinds
            and not any(m.search(heading) for m in markers)
        ):
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


def _evidence_pages(conn: sqlite_utils.Database, settings: Settings) -> dict[str, str]:
    """Per document, the pages that use an evidence phrase ("was expanded to become") and the
    page after each (the sentence often ends there): what the document says changed."""
    phrases = [" ".join(rule.phrase.split()) for rule in settings.evidence]
    pages: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for r in conn.query("select document_id, page, text from pages order by document_id, page"):
        pages[r["document_id"]].append((r["page"], r["text"] or ""))
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


def _duplicates(conn: sqlite_utils.Database) -> None:
    meetings = {r["id"]: r for r in conn.query(_MEETINGS_SQL)}
    found = duplicate_meetings(
        MeetingText(r["id"], r["document_id"], r["body"], r["date"], r["text"] or "", r["order_key"])
        for r in meetings.values()
    )
    conn.execute("delete from meeting_duplicates")
    database.insert_rows(
        conn,
        "meeting_duplicates",
        [
            {
                "id": database.stable_id("duplicate", d.meeting_id),
                "meeting_id": d.meeting_id,
                "document_id": meetings[d.meeting_id]["document_id"],
                "page_start": meetings[d.meeting_id]["page"],
                "page_end": meetings[d.meeting_id]["page_end"],
                "original_meeting_id": d.original_id,
                "original_document_id": meetings[d.original_id]["document_id"],
                "score": d.score,
                "rule": d.rule,
            }
            for d in found
        ],
    )


_MEETINGS_SQL = """
    select m.id, m.document_id, m.body, m.date, m.page, coalesce(m.page_end, m.page) as page_end,
           coalesce(d.published_date, '') || ':' || printf('%06d', m.page) || ':' || d.id as order_key,
           (select group_concat(g.text, char(10)) from pages g where g.document_id = m.document_id
             and g.page between m.page and coalesce(m.page_end, m.page)) as text
    from meetings m join documents d on d.id = m.document_id"""


__all__ = ["Link", "OwnerIndex", "finalise"]
