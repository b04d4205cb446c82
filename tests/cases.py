"""Hand-made records for tests that need tables without running the extractors."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pyarrow as pa

from etl.ids import sha256_text, stable_hash
from etl.publish.groups import estimate_groups
from etl.publish.release import load_latest, publish
from etl.publish.stage import Stage
from etl.storage.store import Store
from etl.extract import events, geo
from etl.extract.batch import extract_article
from etl.extract.text import Doc
from etl.records import Article, Estimate, Event, EventMention, Reject, Statement
from etl.tables import empty, to_table
from etl.validate.validate import validate_folder

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


def text_doc(text: str, published: datetime = datetime(2024, 5, 1, tzinfo=timezone.utc)) -> Doc:
    """An article of `text` alone, published on `published`, as an extractor reads it."""
    return Doc(Article(article_id="t1", source="test", source_id="t1", url=None, title=None, published_at=published,
                       language="en", text=text, text_sha256=sha256_text(text), n_chars=len(text),
                       ingested_at=published, input_path="test.txt"))


def grounded_events(text: str, published: datetime) -> list[Event]:
    """The events of an article of `text` alone, each location checked to be the words at its offsets."""
    found = events.extract(text_doc(text, published), [])
    for e in found:
        if e.location is not None:
            assert text[e.location_start:e.location_end] == e.location
    return found


# The categories of the dead that the shared scorer sums into a story's killed total.
KILLED = frozenset({"killed", "dead", "deaths", "fatalities", "killed_civilians"})


def killed(text: str, published: datetime) -> int:
    """The dead an article of `text` alone tells, as an analyst (and the shared scorer) sums them off its estimates:
    the value, else the lower bound, of each figure of the killed."""
    found = extract_article(text_doc(text, published).article).estimates
    return sum(int(round(e.value if e.value is not None else (e.value_low or 0)))
               for e in found if str(e.category) in KILLED)


def place_texts(text: str) -> list[str]:
    """The place phrases of `text`, as written."""
    return [p.text for p in geo.find_places(text)]


def raise_on(monkeypatch, module, words: str) -> None:
    """Make `module.extract` raise on the articles whose text holds `words`, as a rule with a bug would."""
    real = module.extract

    def extract(doc, *args, **kwargs):
        if words in doc.text:
            raise ZeroDivisionError("float division by zero")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(module, "extract", extract)


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


def mentions(articles: list[Article], events: list[Event]) -> pa.Table:
    """The event_mentions table of hand-made events, each mentioned once, at its trigger."""
    docs = {a.article_id: Doc(a) for a in articles}
    rows = []
    for e in events:
        doc = docs[e.article_id]
        sentence = doc.sentences[doc.sentence_index(e.trigger_start)]
        rows.append(EventMention(stable_hash(e.article_id, "mention", e.trigger_start, e.trigger_end), e.event_id,
                                 e.article_id, e.trigger, e.trigger_start, e.trigger_end, sentence.start, sentence.end))
    return to_table("event_mentions", rows)


def estimate(a: Article, surface: str, value: float, low: float | None = None, high: float | None = None) -> Estimate:
    s, e = _span(a, surface)
    return Estimate(stable_hash(a.article_id, "estimate", s, e), a.article_id, None, None, surface, s, e,
                    value, low, high, "approximately", "families", "displaced", "displaced", None, None, None, None,
                    None, "displaced:families", 0.7, "tests-1")


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
            "events": to_table("events", evs), "event_mentions": mentions(arts, evs),
            "estimates": to_table("estimates", ests), "estimate_groups": estimate_groups(to_table("estimates", ests)),
            "extraction_errors": empty("extraction_errors"), "rejects": empty("rejects")}


# A small release with enough variety for the report, the card, `etl show` and the README queries:
# three articles from two sources, a speaker quoted in two articles, two claimants who disagree on one
# figure, events in two months plus a year-only and an undated one, rejects of two kinds, and markup in
# titles and a speaker name (articles are untrusted input).
REPORT_ARTICLES = {
    "k1": ("Wire A", "Shelling hits Kova", datetime(2025, 3, 5, tzinfo=timezone.utc),
           'Rebels shelled Kova on 3 March, Mayor Ana Lind said. "The shelling must stop," Lind told reporters. '
           "The health ministry said 40 civilians were killed. Troops arrived in Kova on 4 March."),
    "k2": ("Wire B", 'Aid & <script>alert("x")</script> reaches Kova', datetime(2025, 4, 10, tzinfo=timezone.utc),
           "Aid trucks reached Kova on 8 April, the Red Cross said. The Red Cross said 65 civilians were killed "
           'in March. "We counted every grave," Ana Lind said. Residents protested in April.'),
    "k3": ("Wire A", "Curfew <b>ends</b>", datetime(2025, 4, 12, tzinfo=timezone.utc),
           "A spokesman for <Kova Watch> said the curfew would end. Rebels attacked the town last year, "
           "<Kova Watch> said. Thousands of residents fled, officials said."),
}


def report_article(key: str) -> Article:
    source, title, published, text = REPORT_ARTICLES[key]
    return Article(stable_hash("article", source, key), source, key, None, title, published, "en", text,
                   sha256_text(text), len(text), INGESTED, f"tests/{key}.txt", None)


def _find(a: Article, words: str, after: int = 0) -> tuple[int, int]:
    start = a.text.index(words, after)
    return start, start + len(words)


def said(a: Article, content: str, speaker: str, canonical: str | None, kind: str = "person") -> Statement:
    """A statement without a cue; the speaker is the mention nearest after the content, else before it."""
    cs, ce = _find(a, content)
    ss = a.text.find(speaker, ce)
    ss = ss if ss >= 0 else a.text.rindex(speaker, 0, cs)
    quote_type = "direct" if content.startswith('"') else "indirect"
    return Statement(stable_hash(a.article_id, "statement", cs, ce), a.article_id, quote_type, content, cs, ce,
                     None, None, None, None, speaker, ss, ss + len(speaker), canonical, kind, None, 0.9, "tests-1")


def happened(a: Article, event_type: str, trigger: str, when: date | None = None, precision: str = "none",
             location: str | None = None, country: str | None = None) -> Event:
    ts, te = _find(a, trigger)
    ls, le = _find(a, location, ts) if location else (None, None)
    return Event(stable_hash(a.article_id, "event", ts, te), a.article_id, None, event_type, None, trigger, ts, te,
                 None, None, None, None, None, None, None, None, None, None, location, ls, le, country,
                 when, precision, None, None, None, "reported", 0.8, "tests-1")


def claimed(a: Article, surface: str, category: str, quantity: str, claimant: Statement | None,
            value: float | None, low: float | None = None, high: float | None = None,
            hedge: str = "exact") -> Estimate:
    s, e = _find(a, surface)
    return Estimate(stable_hash(a.article_id, "estimate", s, e), a.article_id,
                    claimant.statement_id if claimant else None, None, surface, s, e, value, low, high, hedge,
                    quantity, category, category, None, None, claimant.speaker if claimant else None,
                    claimant.speaker_canonical if claimant else None, None, f"{category}:-:{quantity}",
                    0.7, "tests-1")


def rejected(path: str, line: int | None, code: str, reason: str) -> Reject:
    return Reject(stable_hash(path, line, code), path, line, code, reason)


def report_tables() -> dict[str, pa.Table]:
    """The hand-made release described above REPORT_ARTICLES, as the tables `publish` takes."""
    k1, k2, k3 = (report_article(k) for k in ("k1", "k2", "k3"))
    ministry = said(k1, "40 civilians were killed", "The health ministry", "Health Ministry", "organization")
    red_cross = said(k2, "65 civilians were killed in March", "The Red Cross", "Red Cross", "organization")
    statements = [
        said(k1, "Rebels shelled Kova on 3 March", "Mayor Ana Lind", "Ana Lind"),
        said(k1, '"The shelling must stop,"', "Lind", "Ana Lind"),
        ministry,
        said(k2, "Aid trucks reached Kova on 8 April", "the Red Cross", "Red Cross", "organization"),
        red_cross,
        said(k2, '"We counted every grave,"', "Ana Lind", "Ana Lind"),
        said(k3, "the curfew would end", "A spokesman for <Kova Watch>", "<Kova Watch>", "organization"),
        said(k3, "Rebels attacked the town last year", "<Kova Watch>", "<Kova Watch>", "organization"),
        said(k3, "Thousands of residents fled", "officials", None, "group"),
    ]
    events = [
        happened(k1, "ASSAULT", "shelled", date(2025, 3, 3), "day", "Kova", "KVA"),
        happened(k1, "MOBILIZE", "arrived", date(2025, 3, 4), "day", "Kova", "KVA"),
        happened(k2, "AID", "reached", date(2025, 4, 8), "day", "Kova", "KVA"),
        happened(k2, "ASSAULT", "killed"),
        happened(k2, "PROTEST", "protested", date(2025, 4, 1), "month", None, "KVA"),
        happened(k3, "ASSAULT", "attacked", date(2024, 1, 1), "year"),
    ]
    estimates = [
        claimed(k1, "40", "killed", "civilians", ministry, 40, 40, 40),
        claimed(k2, "65", "killed", "civilians", red_cross, 65, 65, 65),
        claimed(k3, "Thousands", "displaced", "residents", None, None, 2000, 9999, "order_of_magnitude"),
    ]
    rejects = [
        rejected("inputs/feed.jsonl", 3, "malformed_json", "line 3 is not valid JSON (fix or remove the line)"),
        rejected("inputs/feed.jsonl", 7, "malformed_json", "line 7 is not valid JSON (fix or remove the line)"),
        rejected("inputs/empty.txt", None, "empty", "the file is empty"),
    ]
    estimates_table = to_table("estimates", estimates)
    return {"articles": to_table("articles", [k1, k2, k3]), "statements": to_table("statements", statements),
            "events": to_table("events", events), "event_mentions": mentions([k1, k2, k3], events),
            "estimates": estimates_table,
            "estimate_groups": estimate_groups(estimates_table), "rejects": to_table("rejects", rejects)}


def package(release: Path) -> dict:
    """A release folder's datapackage.json as readers see it: the schema files it names read in."""
    release = release.resolve()
    return Store(release.parent).read_package(release.name)


def published(tables: dict[str, pa.Table], dataset: Path) -> Path:
    """Publish `tables` as the next release of `dataset` as the flow does, without Prefect; the release folder."""
    store = Store(dataset)
    extractors = {name: sorted(set(tables[name]["extractor"].to_pylist()))
                  for name in ("statements", "events", "estimates")}
    with store.lock():
        previous = load_latest(store)
        staging = store.staging()
        stage = Stage(staging, previous.next_position if previous is not None else 1)
        stage.add_all(tables)
        stage.close()
        release = publish(store, stage, validate_folder(staging), previous, extractors)
    return Path(release.location)
