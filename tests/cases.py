"""Hand-made records for tests that need tables without running the extractors."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pyarrow as pa

from etl.ids import sha256_text, stable_hash
from etl.publish.groups import estimate_groups
from etl.records import Article, Estimate, Event, Statement
from etl.tables import empty, to_table

INGESTED = datetime(2025, 1, 2, tzinfo=timezone.utc)
TEXTS = {
    "a1": 'Rebels seized the town of Kova on 3 March, officials said. "We will retake it," the governor said.',
    "a2": "About 200 families fled the fighting, according to the Red Cross.",
}


def article(key: str, text: str | None = None) -> Article:
    text = text or TEXTS[key]
    return Article(stable_hash("article", "tests", key), "tests", key, None, f"Title {key}",
                   datetime(2025, 3, 5, tzinfo=timezone.utc), "en", text, sha256_text(text), len(text),
                   INGESTED, f"tests/{key}.txt", None)


def _span(a: Article, words: str) -> tuple[int, int]:
    start = a.text.index(words)
    return start, start + len(words)


def statement(a: Article, content: str, speaker: str, cue: str) -> Statement:
    cs, ce = _span(a, content)
    ss, se = _span(a, speaker)
    us, ue = _span(a, cue)
    return Statement(stable_hash(a.article_id, "statement", cs, ce), a.article_id, "direct", content, cs, ce,
                     cue, us, ue, "say", speaker, ss, se, speaker, "person", None, 0.9, "tests-1")


def event(a: Article, trigger: str, when: date | None = None) -> Event:
    ts, te = _span(a, trigger)
    return Event(stable_hash(a.article_id, "event", ts, te), a.article_id, None, "COERCE", "seize", trigger, ts, te,
                 None, None, None, None, None, None, None, None, None, None, None, None, None, None,
                 when, "day" if when else "none", None, None, None, "asserted", 0.8, "tests-1")


def estimate(a: Article, surface: str, value: float, low: float | None = None, high: float | None = None) -> Estimate:
    s, e = _span(a, surface)
    return Estimate(stable_hash(a.article_id, "estimate", s, e), a.article_id, None, None, surface, s, e,
                    value, low, high, "approximately", "families", "displaced", None, None, None, None,
                    "displaced:families", 0.7, "tests-1")


def tables(*keys: str) -> dict[str, pa.Table]:
    """A small valid dataset with the given articles and one record of each kind per article."""
    arts = [article(k) for k in keys]
    sts, evs, ests = [], [], []
    for a in arts:
        if a.source_id == "a1":
            sts.append(statement(a, '"We will retake it,"', "the governor", "said"))
            evs.append(event(a, "seized", date(2025, 3, 3)))
        if a.source_id == "a2":
            ests.append(estimate(a, "About 200", 200, 150, 250))
    return {"articles": to_table("articles", arts), "statements": to_table("statements", sts),
            "events": to_table("events", evs), "estimates": to_table("estimates", ests),
            "estimate_groups": estimate_groups(to_table("estimates", ests)), "rejects": empty("rejects")}
