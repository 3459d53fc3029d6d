"""Cross-document steps run once after the documents are written: organisations merged across
the whole database, priorities clustered and linked between versions, search indexes.

Everything here is recomputed from the per-document rows, so it is always consistent with
what the database holds, however the documents arrived.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlite_utils

from . import db as database
from .dedupe import Link, OrgCluster, OrgName, PriorityRef, canonical_priorities, cluster_organisations, link_versions
from .dedupe import org_key


def finalise(conn: sqlite_utils.Database) -> None:
    with conn.conn:
        _organisations(conn)
        _priorities(conn)
    database.enable_search(conn)
    conn.execute("PRAGMA optimize")


# ---- organisations -----------------------------------------------------------------------

def _organisations(conn: sqlite_utils.Database) -> None:
    from .entities import org_kind

    definitions = {r["name"]: r["alias"] for r in conn.query("select name, alias from organisation_definitions")}
    names = [
        OrgName(text=r["text"], normalized=r["normalized"], acronym=definitions.get(r["normalized"]),
                kind=org_kind(r["normalized"]))
        for r in conn.query("select distinct text, normalized from mentions where label = 'ORG' and normalized is not null")
    ]
    clusters, merges = cluster_organisations(names)
    for table in ("organisations", "organisation_aliases", "organisation_merges"):
        conn.execute(f"delete from {table}")
    ids = {c.name: database.stable_id("organisation", org_key(c.name)) for c in clusters}
    conn["organisations"].insert_all(
        ({"id": ids[c.name], "name": c.name, "acronym": c.acronym, "kind": c.kind} for c in clusters), replace=True)
    conn["organisation_aliases"].insert_all(
        ({"organisation_id": ids[c.name], "alias": a} for c in clusters for a in c.aliases), replace=True)
    conn["organisation_merges"].insert_all(
        ({"id": database.stable_id("merge", m.alias, m.canonical), "organisation_id": ids.get(m.canonical),
          "alias": m.alias, "canonical": m.canonical, "score": m.score, "rule": m.rule} for m in merges),
        replace=True)
    _link_rows(conn, clusters, ids)


def _link_rows(conn: sqlite_utils.Database, clusters: list[OrgCluster], ids: dict[str, int]) -> None:
    """Point mentions, actions and priority lists at their organisation."""
    by_member = {member: ids[c.name] for c in clusters for member in (*c.members, c.name)}
    by_key = {org_key(alias): ids[c.name] for c in clusters for alias in (*c.aliases, c.name)}
    conn.execute("update mentions set organisation_id = null")
    for member, oid in by_member.items():
        conn.execute("update mentions set organisation_id = ? where label = 'ORG' and normalized = ?", [oid, member])
    for table in ("actions", "priority_lists"):
        for row in list(conn.query(f"select id, owner from {table} where owner is not null")):
            oid = by_key.get(org_key(row["owner"]))
            conn.execute(f"update {table} set organisation_id = ? where id = ?", [oid, row["id"]])


# ---- priorities --------------------------------------------------------------------------

def _priorities(conn: sqlite_utils.Database) -> None:
    refs = [
        PriorityRef(id=r["id"], list_id=r["list_id"], document_id=r["document_id"], text=r["text"],
                    position=r["position"], owner=r["owner"], period_start=r["period_start"], page=r["page"],
                    context=r["context"] or "")
        for r in conn.query(_PRIORITIES_SQL)
    ]
    conn.execute("update priorities set canonical_id = null")
    for pid, canonical in canonical_priorities(refs).items():
        conn.execute("update priorities set canonical_id = ? where id = ?", [canonical, pid])
    conn.execute("delete from priority_links")
    links = [link for versions in _versions(conn, refs) for link in link_versions(versions)]
    conn["priority_links"].insert_all(
        ({"id": database.stable_id("link", k.from_id, k.to_id), "from_priority_id": k.from_id,
          "to_priority_id": k.to_id, "relation": k.relation, "score": k.score, "evidence": k.evidence}
         for k in links), replace=True)


_PRIORITIES_SQL = """
    select p.id, p.list_id, p.document_id, p.text, p.position, p.page, l.owner, l.period_start,
           (select group_concat(g.text, char(10)) from pages g
             where g.document_id = p.document_id and g.page between l.page - 1 and l.page + 1) as context
    from priorities p join priority_lists l on l.id = p.list_id
    order by l.period_start, p.list_id, p.position"""


def _versions(conn: sqlite_utils.Database, refs: list[PriorityRef]) -> list[list[list[PriorityRef]]]:
    """The lists of each owner and kind, one per document, ordered by period: the versions
    that lineage links. A document's list counts once (its first list of that kind)."""
    kinds = {r["id"]: (r["kind"], r["organisation_id"]) for r in conn.query("select id, kind, organisation_id from priority_lists")}
    groups: dict[tuple[Any, str], dict[str, list[PriorityRef]]] = defaultdict(dict)
    for ref in refs:
        kind, oid = kinds[ref.list_id]
        owner = oid or org_key(ref.owner or "")
        if not owner:
            continue
        versions = groups[(owner, kind)]
        current = versions.setdefault(ref.document_id, [])
        if not current or current[0].list_id == ref.list_id:
            current.append(ref)
    ordered = []
    for versions in groups.values():
        lists = sorted(versions.values(), key=lambda v: v[0].period_start or "")
        if len(lists) > 1:
            ordered.append(lists)
    return ordered


__all__ = ["finalise", "Link"]
