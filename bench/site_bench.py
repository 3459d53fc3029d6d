"""Datasette page times on a database of 1M sections, with Datasette's defaults and with
the settings `extractor serve` uses (immutable + inspect file + no facet suggestions).

    .venv/bin/extractor build corpus --db /tmp/site.db
    .venv/bin/python bench/site_bench.py --corpus-db /tmp/site.db

The big database is made by copying the corpus database and replicating its sections (the
FTS triggers index every copy); it is kept in /tmp and reused while it has the right size.
Requests go through Datasette's in-process ASGI client, so no port is opened.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from datasette.app import Datasette

from extractor import site

PAGES = {
    "table page": "/{db}/sections",
    "search (?_search=)": "/{db}/sections?_search=county+lines",
    "search everything": "/-/search?q=county+lines",
    "home page": "/",
    "feed": "/-/feed.atom?q=county+lines",
}
COLUMNS = "document_id, parent_id, number, heading, level, page_start, page_end, text"


def build_big(corpus_db: Path, target: Path, rows: int) -> Path:
    """Copy the corpus database and append copies of its sections until there are `rows`."""
    if target.exists() and _count(target) == rows:
        return target
    target.unlink(missing_ok=True)
    with sqlite3.connect(corpus_db) as source, sqlite3.connect(target) as big:
        source.backup(big)
    with sqlite3.connect(target) as big:
        big.execute("PRAGMA journal_mode=DELETE")  # Datasette opens it immutable: one file, no WAL
        have = _count(target)
        while have < rows:
            # new ids come from the rowid (null primary key); the triggers index each copy
            big.execute(
                f"insert into sections (id, {COLUMNS}) select null, {COLUMNS} from sections "
                f"order by rowid limit {min(have, rows - have)}"
            )
            have = big.execute("select count(*) from sections").fetchone()[0]
        big.commit()
        # one b-tree per term instead of thousands of trigger-sized segments, as after a fresh build
        big.execute("insert into sections_fts(sections_fts) values('optimize')")
        big.commit()
        big.execute("VACUUM")
    return target


def _count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("select count(*) from sections").fetchone()[0])


def datasettes(path: Path) -> dict[str, Datasette]:
    """The two configurations compared: Datasette's defaults, and `extractor serve`'s."""
    inspect_file = site.write_inspect(path, Path(tempfile.mkdtemp(prefix="extractor-bench-")) / "inspect.json")
    meta = site.metadata(path.stem)
    return {
        "Datasette defaults": Datasette([str(path)], metadata=meta),
        "extractor serve": Datasette(
            [],
            immutables=[str(path)],
            metadata=meta,
            settings=site.SETTINGS,
            inspect_data=json.loads(inspect_file.read_text()),
        ),
    }


async def time_page(ds: Datasette, url: str, requests: int) -> tuple[float, float]:
    """p50 and p95 in ms over `requests` requests, after two warm-up requests."""
    for _ in range(2):
        response = await ds.client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        await ds.client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


async def run(path: Path, requests: int) -> list[dict[str, Any]]:
    results = []
    for name, ds in datasettes(path).items():
        for page, url in PAGES.items():
            p50, p95 = await time_page(ds, url.format(db=path.stem), requests)
            results.append({"settings": name, "page": page, "p50": p50, "p95": p95})
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-db", type=Path, default=Path("/tmp/site.db"), help="a built corpus database")
    parser.add_argument("--db", type=Path, default=Path("/tmp/site_bench_1m.db"), help="the big database")
    parser.add_argument("--rows", type=int, default=1_000_000, help="sections in the big database")
    parser.add_argument("-n", "--requests", type=int, default=30, help="timed requests per page")
    args = parser.parse_args()
    path = build_big(args.corpus_db, args.db, args.rows)
    print(f"{path}: {_count(path):,} sections, {path.stat().st_size / 1e9:.2f} GB")
    print("| settings | page | p50 ms | p95 ms |\n|---|---|---|---|")
    for r in asyncio.run(run(path, args.requests)):
        print(f"| {r['settings']} | {r['page']} | {r['p50']:.0f} | {r['p95']:.0f} |")


if __name__ == "__main__":
    main()
