"""ACLED dev notes and the seed article → estimates tables → the shared scorer's figures and throughput, as one JSON line.

usage: python benchmarks/bench_estimates.py [--limit N]
Uses the statements and events extractors when they import (claimants and event links need them),
else gives the estimates extractor empty lists. Exits 0 with a "skipped" line without ../shared.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import seed_article, ACLED, SEED_GOLD, load_articles, score, skip_without_shared, throughput, write_tables  # noqa: E402

from etl.extract import estimates  # noqa: E402
from etl.extract.text import Doc  # noqa: E402
from etl.ids import sha256_text, stable_hash  # noqa: E402
from etl.records import Article  # noqa: E402

try:
    from etl.extract import events, statements
except ImportError:  # the other extractors are built in parallel; estimates must be measurable without them
    events = statements = None



def news_sized(notes: list[Article], words: int = 750) -> list[Article]:
    """Consecutive notes joined into articles of about `words` words, the size the throughput target is set for."""
    out, chunk = [], []
    for note in notes:
        chunk.append(note)
        if sum(len(n.text.split()) for n in chunk) >= words:
            text = "\n".join(n.text for n in chunk)
            out.append(Article(
                article_id=stable_hash("bench", chunk[0].article_id), source="bench", source_id=None, url=None,
                title=None, published_at=chunk[0].published_at, language="en", text=text,
                text_sha256=sha256_text(text), n_chars=len(text), ingested_at=chunk[0].ingested_at,
                input_path=chunk[0].input_path,
            ))
            chunk = []
    return out


def run(article: Article) -> dict[str, list]:
    """All three tables of one article; statements and events are empty when their extractors are missing."""
    doc = Doc(article)
    found_statements = statements.extract(doc) if statements else []
    found_events = events.extract(doc, found_statements) if events else []
    return {"statements": found_statements, "events": found_events,
            "estimates": estimates.extract(doc, found_statements, found_events)}


def tables_for(articles: list[Article]) -> dict[str, list]:
    out: dict[str, list] = {"statements": [], "events": [], "estimates": []}
    for article in articles:
        for name, rows in run(article).items():
            out[name] += rows
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N ACLED notes")
    args = parser.parse_args()
    skip_without_shared("estimates")

    # Load: the ACLED dev notes and the seed article.
    acled = load_articles(ACLED, limit=args.limit)
    seed = [seed_article()]

    # Process: extract, score with the shared scorer, time the estimates extractor alone.
    with tempfile.TemporaryDirectory() as tmp:
        acled_scores = score("acled", ACLED, write_tables(Path(tmp) / "acled", acled, tables_for(acled)))
        seed_scores = score("seed", SEED_GOLD, write_tables(Path(tmp) / "seed", seed, tables_for(seed)))
    long_articles = news_sized(acled)
    docs = []
    for article in long_articles:
        upstream = run(article)
        doc = Doc(article)
        doc.sentences  # split up front: in the pipeline the extractors share one split
        docs.append((doc, upstream["statements"], upstream["events"]))
    timed = throughput(lambda item: estimates.extract(*item), docs)
    timed["words_per_item"] = round(sum(len(a.text.split()) for a in long_articles) / len(long_articles), 1)
    # ACLED notes are far denser in numbers than news prose; the seed article is ordinary news.
    seed_doc = Doc(seed[0])
    seed_upstream = run(seed[0])
    seed_timed = throughput(lambda doc: estimates.extract(doc, seed_upstream["statements"], seed_upstream["events"]),
                            [seed_doc] * 200)

    # Save: one JSON line on stdout.
    print(json.dumps({
        "benchmark": "estimates", "extractor": estimates.VERSION,
        "upstream": {"statements": statements.VERSION if statements else None,
                     "events": events.VERSION if events else None},
        "acled": {k: acled_scores[k] for k in ("notes", "fatalities_scored", "fatalities_exact",
                                               "fatalities_exact_when_positive")},
        "seed": {k: seed_scores[k] for k in ("estimates_recall", "estimates_fully_right", "estimates_predicted")},
        "throughput_750_word_articles": timed,
        "throughput_seed_article": {"median_per_s": seed_timed["median_per_s"], "runs": seed_timed["runs"],
                                    "words_per_item": len(seed[0].text.split())},
    }))


if __name__ == "__main__":
    main()
