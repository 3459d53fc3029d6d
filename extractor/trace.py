"""The lineage of a priority: every version of it across documents, oldest first.

`find` picks the priority a user means (full-text search, then fuzzy match on its text);
`timeline` walks priority_links both ways from it; `format_timeline` prints one line per
version with its period, owner, text, how it relates to the version before, and where it is
printed (document and page). The canned query db/queries/priority_timeline.sql does the same
in Datasette.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import sqlite_utils

from .db import fts_query
from .dedupe import priority_key


@dataclass(frozen=True)
class Version:
    priority_id: int
    text: str
    period: str | None
    date: str | None  # the list's period start, else the document's date: the timeline's order
    owner: str | None
    list_name: str | None
    filename: str
    page: int
    relation: str | None  # how it relates to the earlier version(s) it is linked from
    from_ids: tuple[int, ...]
    score: float | None
    evidence: str | None


def find(conn: sqlite_utils.Database, text: str) -> int | None:
    """The priority best matching the text: an exact key match, else the best FTS match that
    the fuzzy score agrees with, else the best fuzzy match over all priorities."""
    from rapidfuzz import fuzz, process  # dedupe.py is rapidfuzz's home; this is its one reuse

    rows = list(conn.query("select id, text from priorities order by id"))
    key = priority_key(text)
    exact = [r["id"] for r in rows if priority_key(r["text"]) == key]
    if exact:
        return _best_linked(conn, exact)
    query = fts_query(text)
    if query and conn["priorities_fts"].exists():
        hits = [
            r["rowid"]
            for r in conn.query(
                "select rowid from priorities_fts where priorities_fts match :q order by rank limit 20", {"q": query}
            )
        ]
        texts = {r["id"]: r["text"] for r in rows}
        scored = [(fuzz.token_set_ratio(key, priority_key(texts[h])), h) for h in hits if h in texts]
        if scored:
            return max(scored, key=lambda s: (s[0], -hits.index(s[1])))[1]
    best = process.extractOne(
        key, {r["id"]: priority_key(r["text"]) for r in rows}, scorer=fuzz.WRatio, score_cutoff=60
    )
    return best[2] if best else None


def _best_linked(conn: sqlite_utils.Database, ids: list[int]) -> int:
    """Of several priorities with the same text, one that has lineage (the most links)."""
    counts = {
        r["id"]: r["n"]
        for r in conn.query(
            f"""select p.id, (select count(*) from priority_links k
                           where k.from_priority_id = p.id or k.to_priority_id = p.id) as n
            from priorities p where p.id in ({", ".join("?" * len(ids))})""",
            ids,
        )
    }
    return max(ids, key=lambda i: (counts.get(i, 0), -ids.index(i)))


def timeline(conn: sqlite_utils.Database, priority_id: int) -> list[Version]:
    """Every priority connected to this one by lineage links, in either direction, in order."""
    links = list(
        conn.query("select from_priority_id as a, to_priority_id as b, relation, score, evidence from priority_links")
    )
    neighbours: dict[int, set[int]] = {}
    for link in links:
        neighbours.setdefault(link["a"], set()).add(link["b"])
        neighbours.setdefault(link["b"], set()).add(link["a"])
    seen, queue = {priority_id}, deque([priority_id])
    while queue:
        for other in neighbours.get(queue.popleft(), ()):
            if other not in seen:
                seen.add(other)
                queue.append(other)
    incoming: dict[int, list[dict]] = {}
    for link in links:
        if link["a"] in seen:
            incoming.setdefault(link["b"], []).append(link)
    rows = conn.query(
        f"""select p.id, p.text, p.page, l.period, coalesce(l.period_start, d.published_date) as date,
                   coalesce(o.name, l.owner) as owner, l.name as list_name, d.filename
            from priorities p join priority_lists l on l.id = p.list_id
            join documents d on d.id = p.document_id left join organisations o on o.id = l.organisation_id
            where p.id in ({", ".join("?" * len(seen))})""",
        list(seen),
    )
    versions = [
        Version(
            r["id"],
            r["text"],
            r["period"],
            r["date"],
            r["owner"],
            r["list_name"],
            r["filename"],
            r["page"],
            *_incoming(incoming.get(r["id"])),
        )
        for r in rows
    ]
    return sorted(versions, key=lambda v: (v.date or "", v.filename, v.page, v.priority_id))


def _incoming(links: list[dict] | None) -> tuple[str | None, tuple[int, ...], float | None, str | None]:
    if not links:
        return None, (), None, None
    links = sorted(links, key=lambda k: (k["relation"] == "same", -(k["score"] or 0)))  # a change before "same"
    first = links[0]
    return first["relation"], tuple(k["a"] for k in links), first["score"], first["evidence"]


def format_timeline(versions: list[Version]) -> str:
    """One block per version: `date  owner  [relation score] text` then `document p.N`."""
    text_of = {v.priority_id: v.text for v in versions}
    lines = []
    for v in versions:
        when = v.period or (v.date or "undated")
        sources = ", ".join(repr(text_of.get(i, "?")) for i in v.from_ids)
        change = f"{v.relation} from {sources} ({v.score:g})" if v.relation else "first seen"
        lines.append(f"{when:<12} {v.owner or '(no owner)'}: {v.text}")
        lines.append(f"{'':<12} {change}; {v.filename} p.{v.page}")
        if v.evidence:
            lines.append(f"{'':<12} evidence: {v.evidence}")
    return "\n".join(lines)


__all__ = ["Version", "find", "format_timeline", "timeline"]
