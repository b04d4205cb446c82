"""What every benchmark needs: the shared gold sets when present, articles from JSONL, tables, scoring, timing."""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from pathlib import Path

from etl.extract.batch import clear_caches
from etl.ingest import ingest, iter_ingest
from etl.paths import REPO_ROOT, SAMPLES_DIR
from etl.records import Article
from etl.tables import to_table

SHARED = REPO_ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
POLNEAR = SHARED / "eval" / "dev" / "polnear_train.jsonl"
ACLED = SHARED / "eval" / "dev" / "acled_dev.jsonl"
SEED_GOLD = SHARED / "seed" / "gold.json"


def shared_available() -> bool:
    return SCORER.exists()


def skip_without_shared(name: str) -> None:
    """Exit cleanly (status 0) when the shared evaluation data is not next to the repo."""
    if not shared_available():
        print(json.dumps({"benchmark": name, "skipped": f"{SHARED} not found"}))
        sys.exit(0)


def load_articles(path: Path, limit: int | None = None) -> list[Article]:
    """Articles from a JSONL file of {id, source, published_at, title, text, ...}, read by the real ingest
    (gold fields are unknown keys to it, and ignored)."""
    return list(islice((a for a in iter_ingest(path) if isinstance(a, Article)), limit))


def seed_article() -> Article:
    """The seed article shipped in data/samples, as ingest makes it from its text and sidecar."""
    [article] = ingest(SAMPLES_DIR / "seed-nk-soldier.txt").articles
    return article


def write_tables(out_dir: Path, articles: Sequence[Article], records: dict[str, Iterable[object]]) -> Path:
    """Write articles and the given record tables as <table>.parquet files for the scorer."""
    import pyarrow.parquet as pq

    out_dir.mkdir(parents=True, exist_ok=True)
    pq.write_table(to_table("articles", articles), out_dir / "articles.parquet")
    for name, rows in records.items():
        pq.write_table(to_table(name, rows), out_dir / f"{name}.parquet")
    return out_dir


def score(kind: str, gold: Path, out_dir: Path) -> dict:
    """Run the shared scorer on a folder of tables and return its metrics."""
    done = subprocess.run([sys.executable, str(SCORER), kind, str(gold), str(out_dir)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def throughput(fn: Callable[[object], object], items: Sequence[object], repeats: int = 5) -> dict:
    """Items per second of fn over items: median and spread of `repeats` timed passes."""
    rates = []
    for _ in range(repeats):
        clear_caches()  # each pass from cold: names and places met in an earlier pass are forgotten
        t0 = time.perf_counter()
        for item in items:
            fn(item)
        rates.append(len(items) / (time.perf_counter() - t0))
    return {"median_per_s": round(statistics.median(rates), 1), "min_per_s": round(min(rates), 1),
            "max_per_s": round(max(rates), 1), "runs": repeats, "items": len(items)}
