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

from . import db as database
from .db import fts_query
from .dedupe import best_of_hits, closest_priority, priority_key


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


def find(conn: database.Database, text: str) -> int | None:
    """The priority best matching the text: an exact key match, else the best FTS match that
    the fuzzy score agrees with, else the best fuzzy match over all priorities."""
    texts = database.priority_texts(conn)
    key = priority_key(text)
    exact = [i for i, t in texts.items() if priority_key(t) == key]
    if exact:
        return _best_linked(database.link_counts(conn, exact), exact)
    query = fts_query(text)
    hits = [h for h in database.search_priorities(conn, query, limit=20) if h in texts] if query else []
    if hits:
        return best_of_hits(key, [(h, priority_key(texts[h])) for h in hits])
    return closest_priority(key, {i: priority_key(t) for i, t in texts.items()})


def _best_linked(counts: dict[int, int], ids: list[int]) -> int:
    """Of several priorities with the same text, one that has lineage (the most links)."""
    return max(ids, key=lambda i: (counts.get(i, 0), -ids.index(i)))


def timeline(conn: database.Database, priority_id: int) -> list[Version]:
    """Every priority connected to this one by lineage links, in either direction, in order."""
    links = database.priority_links(conn)
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
        for r in database.priority_versions(conn, list(seen))
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
