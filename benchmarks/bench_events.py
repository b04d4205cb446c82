"""Events extractor on the ACLED dev notes, the WikiEvents dev documents and the seed article → scorer metrics and
throughput, as one JSON line.

usage: python benchmarks/bench_events.py [--limit N] [--repeats R] [--news N]
Runs the statements extractor first when it exists (its statements mark reported events), times the events
extractor alone (sentence splitting and the name resolver included, statements precomputed), and scores
with ../shared/eval/score.py. Throughput on news-sized articles (~750 words) is timed on PolNeAR texts
(their gold is not read), once as the events extractor alone and once with the article's name resolver
already built by another extractor, as in the pipeline when extractors share it (`Doc.shared`).
Beside the scorer's figures each set reports what the scorer does not see: events per article, where
their dates come from (`date_source`: the share dated by the text or its context is the issue 16 target
on the seed) and the shares with a location, a location country and coordinates.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (seed_article, ACLED, POLNEAR, SEED_GOLD, SHARED, load_articles, score,  # noqa: E402
                    skip_without_shared, throughput, write_tables)

from etl.extract import events  # noqa: E402
from etl.extract.mentions import resolver_for  # noqa: E402
from etl.extract.text import Doc  # noqa: E402
from etl.records import Article, Event, Statement  # noqa: E402

WIKIEVENTS = SHARED / "eval" / "dev" / "wikievents_dev.jsonl"


def statements_of(articles: list[Article]) -> dict[str, list[Statement]]:
    """Statements per article from the statements extractor, or none while it does not exist yet."""
    if importlib.util.find_spec("etl.extract.statements") is None:
        return {a.article_id: [] for a in articles}
    from etl.extract import statements
    return {a.article_id: statements.extract(Doc(a)) for a in articles}


def run(articles: list[Article], found: dict[str, list[Statement]]) -> list:
    out = []
    for article in articles:
        out.extend(events.extract(Doc(article), found[article.article_id]))
    return out


def evaluate(kind: str, gold: Path, articles: list[Article], repeats: int) -> dict:
    found = statements_of(articles)
    rows = run(articles, found)
    with tempfile.TemporaryDirectory() as tmp:
        tables = {"events": rows, "statements": [s for a in articles for s in found[a.article_id]]}
        metrics = score(kind, gold, write_tables(Path(tmp), articles, tables))
    speed = throughput(lambda a: events.extract(Doc(a), found[a.article_id]), articles, repeats)
    words = sum(len(a.text.split()) for a in articles) / max(1, len(articles))
    return {"metrics": metrics, "events": len(rows), "events_per_article": round(len(rows) / max(1, len(articles)), 1),
            **profile(rows), "throughput_articles_per_s": speed, "mean_words_per_article": round(words, 1)}


def profile(rows: list[Event]) -> dict:
    """Where the events' dates come from and how many are placed, as shares of all event rows."""
    n = max(1, len(rows))
    sources = Counter(e.date_source for e in rows)
    share = lambda k: round(k / n, 3)  # noqa: E731
    return {"date_source": {k: share(v) for k, v in sorted(sources.items())},
            "dated_by_text_or_context": share(sources["text"] + sources["context"]),
            "with_location": share(sum(e.location is not None for e in rows)),
            "with_location_country": share(sum(e.location_country is not None for e in rows)),
            "with_coordinates": share(sum(e.location_lat is not None for e in rows))}


def news_throughput(articles: list[Article], repeats: int) -> dict:
    """Articles per second of the events extractor on news-sized texts, alone and with a shared resolver."""
    words = sum(len(a.text.split()) for a in articles) / max(1, len(articles))
    alone = throughput(lambda a: events.extract(Doc(a), []), articles, repeats)
    docs = [Doc(a) for a in articles]
    for doc in docs:
        resolver_for(doc)
    shared = throughput(lambda d: events.extract(d, []), docs, repeats)
    return {"articles": len(articles), "mean_words_per_article": round(words, 1),
            "events_alone_per_s": alone, "with_shared_resolver_per_s": shared}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="ACLED notes to use (default: all)")
    parser.add_argument("--repeats", type=int, default=5, help="timed passes; the median is reported")
    parser.add_argument("--news", type=int, default=300, help="PolNeAR articles timed for news-sized throughput")
    args = parser.parse_args()
    skip_without_shared("events")

    acled = evaluate("acled", ACLED, load_articles(ACLED, args.limit), args.repeats)
    seed = evaluate("seed", SEED_GOLD, [seed_article()], max(args.repeats, 50))
    wikievents = evaluate("wikievents", WIKIEVENTS, load_articles(WIKIEVENTS), args.repeats)
    news = news_throughput(load_articles(POLNEAR, args.news), args.repeats)
    print(json.dumps({"benchmark": "events", "extractor": events.VERSION,
                      "statements_extractor": importlib.util.find_spec("etl.extract.statements") is not None,
                      "acled": acled, "wikievents": wikievents, "seed": seed, "news": news}))


if __name__ == "__main__":
    main()
