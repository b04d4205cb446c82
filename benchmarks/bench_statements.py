"""Statement extractor on the shared gold sets → one JSON line: PolNeAR dev scores, seed scores, articles per second.

usage: python benchmarks/bench_statements.py   (skips cleanly when ../shared is absent)
"""
from __future__ import annotations

import json
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from common import POLNEAR, SEED_GOLD, load_articles, score, skip_without_shared, throughput, write_tables

from etl.extract.statements import VERSION, extract
from etl.extract.text import Doc
from etl.ids import sha256_text, stable_hash
from etl.paths import SAMPLES_DIR
from etl.records import Article

SEED_TEXT = SAMPLES_DIR / "seed-nk-soldier.txt"
REPEATS = 5


def seed_article() -> Article:
    """The seed article as ingest would make it: text and sidecar metadata."""
    meta = json.loads(SEED_TEXT.with_suffix(".meta.json").read_text(encoding="utf-8"))
    text = SEED_TEXT.read_text(encoding="utf-8").replace("\r\n", "\n")
    published = datetime.fromisoformat(meta["published_at"]).replace(tzinfo=timezone.utc)
    return Article(
        article_id=stable_hash(meta["source"], meta["id"]), source=meta["source"], source_id=meta["id"], url=None,
        title=meta.get("title"), published_at=published, language=meta.get("language", "en"), text=text,
        text_sha256=sha256_text(text), n_chars=len(text), ingested_at=datetime.now(timezone.utc),
        input_path=str(SEED_TEXT),
    )


def run(kind: str, gold: Path, articles: list[Article], out_dir: Path) -> dict:
    statements = [s for article in articles for s in extract(Doc(article))]
    write_tables(out_dir, articles, {"statements": statements})
    return score(kind, gold, out_dir)


def main() -> None:
    skip_without_shared("statements")
    polnear = load_articles(POLNEAR)
    seed = [seed_article()]
    with tempfile.TemporaryDirectory() as tmp:
        polnear_scores = run("polnear", POLNEAR, polnear, Path(tmp) / "polnear")
        seed_scores = run("seed", SEED_GOLD, seed, Path(tmp) / "seed")
    speed = throughput(lambda article: extract(Doc(article)), polnear, repeats=REPEATS)
    print(json.dumps({"benchmark": "statements", "extractor": VERSION, "polnear": polnear_scores,
                      "seed": {k: v for k, v in seed_scores.items() if k.startswith("statements") or k == "speaker_ok"},
                      "throughput": speed}))


if __name__ == "__main__":
    main()
