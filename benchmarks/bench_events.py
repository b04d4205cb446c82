"""Events extractor on the ACLED dev notes, the WikiEvents dev documents and the seed article → scorer metrics and
throughput, as one JSON line.

usage: python benchmarks/bench_events.py [--limit N] [--repeats R] [--news N]
Runs the statements extractor first when it exists (its statements mark reported events), times the events
stage alone (trigger rules, then the merging of an article's mentions of one event; sentence splitting and the
name resolver included, statements precomputed), and scores
with ../shared/eval/score.py. Throughput on news-sized articles (~750 words) is timed on PolNeAR texts
(their gold is not read), once as the events extractor alone and once with the article's name resolver
already built by another extractor, as in the pipeline when extractors share it (`Doc.shared`), and once as
all extractors together (`etl.extract.batch.extract_article`, as a run does). WikiEvents documents go through
all extractors too (the articles without their gold), scored through `event_mentions`: type recall on gold
mentions, and event rows per document, the count that coreference within an article brings down.
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
from etl.extract.events import coref  # noqa: E402
from etl.extract.batch import Extraction, extract_article  # noqa: E402
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


def events_stage(doc: Doc, statements: list[Statement]) -> tuple[list, list]:
    """What the events stage of a run makes of an article: its events and their mentions."""
    return coref.merge(doc, events.extract(doc, statements))


def evaluate(kind: str, gold: Path, articles: list[Article], repeats: int) -> dict:
    found = statements_of(articles)
    rows, mentions = [], []
    for article in articles:
        merged, named = events_stage(Doc(article), found[article.article_id])
        rows += merged
        mentions += named
    with tempfile.TemporaryDirectory() as tmp:
        tables = {"events": rows, "event_mentions": mentions,
                  "statements": [s for a in articles for s in found[a.article_id]]}
        metrics = score(kind, gold, write_tables(Path(tmp), articles, tables))
    speed = throughput(lambda a: events_stage(Doc(a), found[a.article_id]), articles, repeats)
    words = sum(len(a.text.split()) for a in articles) / max(1, len(articles))
    return {"metrics": metrics, "events": len(rows), "event_mentions": len(mentions),
            "events_per_article": round(len(rows) / max(1, len(articles)), 1), **profile(rows),
            "throughput_articles_per_s": speed, "mean_words_per_article": round(words, 1)}

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


def evaluate_articles(kind: str, gold: Path, articles: list[Article]) -> dict:
    """All extractors on every article, as a run extracts them, scored; event rows (and mentions) per article."""
    found = [extract_article(a) for a in articles]
    names = [f for f in Extraction.__dataclass_fields__ if f != "error"]
    tables = {name: [r for f in found for r in getattr(f, name)] for name in names}
    with tempfile.TemporaryDirectory() as tmp:
        metrics = score(kind, gold, write_tables(Path(tmp), articles, tables))
    per_article = {f"{name}_per_article": round(len(tables[name]) / max(1, len(articles)), 2)
                   for name in ("events", "event_mentions") if name in tables}
    return {"articles": len(articles), "metrics": metrics, **per_article, **profile(tables["events"])}


def news_throughput(articles: list[Article], repeats: int) -> dict:
    """Articles per second of the events extractor on news-sized texts, alone and with a shared resolver."""
    words = sum(len(a.text.split()) for a in articles) / max(1, len(articles))
    alone = throughput(lambda a: events_stage(Doc(a), []), articles, repeats)
    docs = [Doc(a) for a in articles]
    for doc in docs:
        resolver_for(doc)
    shared = throughput(lambda d: events_stage(d, []), docs, repeats)
    together = throughput(extract_article, articles, repeats)
    return {"articles": len(articles), "mean_words_per_article": round(words, 1),
            "events_alone_per_s": alone, "with_shared_resolver_per_s": shared, "all_extractors_per_s": together}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="ACLED notes to use (default: all)")
    parser.add_argument("--repeats", type=int, default=5, help="timed passes; the median is reported")
    parser.add_argument("--news", type=int, default=300, help="PolNeAR articles timed for news-sized throughput")
    args = parser.parse_args()
    skip_without_shared("events")

    acled = evaluate("acled", ACLED, load_articles(ACLED, args.limit), args.repeats)
    seed = evaluate("seed", SEED_GOLD, [seed_article()], max(args.repeats, 50))
    seed_all = evaluate_articles("seed", SEED_GOLD, [seed_article()])
    wikievents = evaluate_articles("wikievents", WIKIEVENTS, load_articles(WIKIEVENTS))
    news = news_throughput(load_articles(POLNEAR, args.news), args.repeats)
    print(json.dumps({"benchmark": "events", "extractor": events.VERSION, "coreference": coref.VERSION,
                      "statements_extractor": importlib.util.find_spec("etl.extract.statements") is not None,
                      "acled": acled, "seed": seed, "seed_all_extractors": seed_all, "wikievents": wikievents,
                      "news": news, "targets": targets(acled, seed_all, wikievents, news)}))


def targets(acled: dict, seed: dict, wikievents: dict, news: dict) -> dict:
    """Issue 16's figures for coreference: each with its value and whether it is met. Mentions are the rows
    the events table had before mentions of one event were merged."""
    per_doc, mentions = wikievents["events_per_article"], wikievents["event_mentions_per_article"]
    down = round(1 - per_doc / mentions, 3) if mentions else 0.0
    recall = wikievents["metrics"]["type_recall"]
    rows, found = seed["metrics"]["events_predicted"], seed["metrics"]["events_recall"]
    speed = news["all_extractors_per_s"]["median_per_s"]
    return {
        "wikievents_events_per_document_down_50pct": {"events": per_doc, "mentions": mentions, "down": down,
                                                      "met": down >= 0.5},
        "wikievents_type_recall_0.85": {"value": recall, "met": recall >= 0.85},
        "seed_all_must_find_in_15_rows": {"events_recall": found, "rows": rows, "met": found == 1.0 and rows <= 15},
        "acled_type_and_date": {"type_acc": acled["metrics"]["type_acc"], "date_acc": acled["metrics"]["date_acc"]},
        "all_extractors_200_per_s": {"value": speed, "met": speed >= 200},
    }


if __name__ == "__main__":
    main()
