"""Statement extractor on the shared gold sets → one JSON line: PolNeAR dev scores, seed scores, articles per second.

usage: python benchmarks/bench_statements.py   (skips cleanly when ../shared is absent)
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from common import seed_article, POLNEAR, SEED_GOLD, load_articles, score, skip_without_shared, throughput, write_tables

from etl.extract.statements import VERSION, extract
from etl.extract.text import Doc
from etl.records import Article

REPEATS = 5


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
