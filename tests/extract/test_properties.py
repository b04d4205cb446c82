"""Property tests: news-like text mixed with numbers, dates, quote marks and control characters of every shape
never stops an extractor, every record is grounded in the text and valid, and time grows linearly with length.

Texts are built from the fragments of cases/fragments.txt with their "{}" slots filled by hypothesis.
NEWSFACTS_HYPOTHESIS_EXAMPLES sets the examples per property, else the hypothesis profile does (tests/conftest.py:
60, the same on every run, so the file runs in well under a minute); the validator property, seconds per example,
runs a hundredth of that, at least 10, and every example of another property is validated in one pass of the
validator.
"""
from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from dataclasses import fields
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from etl import contract
from etl.extract import estimates, events, statements
from etl.extract.batch import Extraction, extract_article
from etl.extract.text import Doc
from etl.ids import sha256_text, stable_hash
from etl.publish.groups import estimate_groups
from etl.records import Article
from etl.tables import empty, to_table
from etl.validate.validate import validate_tables

EXAMPLES = int(os.environ.get("NEWSFACTS_HYPOTHESIS_EXAMPLES", settings().max_examples))
VALIDATED_EXAMPLES = max(10, EXAMPLES // 100)
PROPERTY = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
INGESTED = datetime(2025, 1, 2, tzinfo=timezone.utc)
FRAGMENTS = [line for line in (Path(__file__).parent / "cases" / "fragments.txt").read_text(encoding="utf-8")
             .splitlines() if line.strip() and not line.startswith("#")]
EXTRACTED = ("statements", "events", "event_mentions", "estimates")

# --- what texts are made of ------------------------------------------------------------------------

MONTHS = ("January", "February", "March", "May", "June", "September", "December", "Sept.", "Feb", "Jun")
QUOTE_MARKS = "\"“”'‘’«»"
# Direction overrides and isolates, NUL, line and paragraph separators, zero-width and byte-order marks,
# a dotted capital I whose lower case is two characters long, a ligature, non-breaking and odd spaces.
ODD_CHARACTERS = ("\u202e", "\u2066", "\u2069", "\x00", "\u2028", "\u2029", "\u200b", "\ufeff", "\r", "\t",
                  "\x0b", "\x0c", "\x85", "\u0130", "\ufb01", "\u00a0", "\u3000", "\u0301", "\U0001f600")


def numbers() -> st.SearchStrategy[str]:
    small = st.integers(0, 999)
    return st.one_of(
        st.sampled_from(["0-2", "0–0", "0-6", "0/0", "1e309", "1.5e3", "10**400", "10^6", "0 to 5 million",
                         "between 0 and 3", "0", "00", "0.0", "-0", "1,000,000", "12,5", "1.2.3"]),
        st.builds("{}-{}".format, small, small),
        st.builds("{}–{}".format, small, small),
        st.builds("{} to {} million".format, small, small),
        st.builds("between {} and {}".format, small, small),
        st.builds("{}/{}".format, small, small),
        st.integers(0, 99999).map("{:04d}".format),
        st.integers(0, 10 ** 40).map("{:,}".format),
        st.integers(300, 1200).map(lambda n: "9" * n),
        st.floats(0, 1e308).map("{}%".format),
        st.builds("{} per cent".format, small),
        st.builds("{}bn".format, st.integers(0, 10 ** 6)),
    )


def dates() -> st.SearchStrategy[str]:
    day, month, year = st.integers(0, 40), st.integers(0, 15), st.integers(0, 99999)
    return st.one_of(
        st.sampled_from(["31/02/2020", "2020-13-45", "30 February 2020", "February 30", "May 32, 2020",
                         "0000-01-01", "in 0000", "in 99999", "June 2100", "1 January 2100", "last Friday",
                         "next week", "three days ago", "yesterday", "in June", "by 2030", "Earlier this month"]),
        st.builds("{:04d}-{:02d}-{:02d}".format, year, month, day),
        st.builds("{}/{}/{}".format, day, month, year),
        st.builds("{} {} {}".format, day, st.sampled_from(MONTHS), year),
        st.builds("{} {}, {}".format, st.sampled_from(MONTHS), day, year),
        st.builds("{} {}".format, st.sampled_from(MONTHS), year),
        st.builds("{} {}".format, st.sampled_from(["in", "by", "since", "until", "mid-"]), year),
    )


def quote_marks() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(alphabet=QUOTE_MARKS, min_size=1, max_size=400),
        st.sampled_from(['“He said "we \'will\' go"”', '"“nested”"', "''It is over,'' he said", '"unbalanced',
                         "“", "”", "‘’", '"' * 300]),
    )


def odd_characters() -> st.SearchStrategy[str]:
    return st.one_of(
        st.lists(st.sampled_from(ODD_CHARACTERS), min_size=1, max_size=5).map("".join),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=20),
    )


def slot() -> st.SearchStrategy[str]:
    return st.one_of(numbers(), dates(), quote_marks(), odd_characters(), st.sampled_from(FRAGMENTS))


@st.composite
def sentences(draw: st.DrawFn) -> str:
    fragment = draw(st.sampled_from(FRAGMENTS))
    while "{}" in fragment:
        fragment = fragment.replace("{}", draw(slot()), 1)
    if draw(st.integers(0, 19)) == 0:  # now and then a very long sentence: the fragment again and again
        fragment = " ".join([fragment.rstrip(".")] * draw(st.integers(2, 300)))
    return fragment


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(sentences(), st.sampled_from([" ", "\n", "\n\n", "", "  ", " \u2028"])),
                          min_size=1, max_size=10))
    return "".join(sentence + sep for sentence, sep in parts)


def article(text: str, published: datetime | None) -> Article:
    return Article(stable_hash("properties", text), "tests", None, None, None, published, "en", text,
                   sha256_text(text), len(text), INGESTED, "tests/properties.txt", None)


def publications(earliest: datetime, latest: datetime) -> st.SearchStrategy[datetime | None]:
    return st.one_of(st.none(), st.datetimes(min_value=earliest.replace(tzinfo=None),
                                             max_value=latest.replace(tzinfo=None), timezones=st.just(timezone.utc)))


def _published_bounds() -> tuple[datetime, datetime]:
    field = contract.load("articles").field("published_at")
    return (datetime.fromisoformat(str(field.minimum).replace("Z", "+00:00")),
            datetime.fromisoformat(str(field.maximum).replace("Z", "+00:00")))


# Any publication time a datetime holds for the extractors alone; the contract's range for the validator.
ANY_TIME = publications(datetime(1, 1, 1, tzinfo=timezone.utc), datetime(9999, 12, 31, tzinfo=timezone.utc))
VALID_TIME = publications(*_published_bounds())


# --- what every record must be -----------------------------------------------------------------------


def broken(name: str, records: list, text: str) -> list[str]:
    """Why records of table `name` break the contract, read from schemas/: a span not grounded in the text,
    a value out of its vocabulary or bounds, a number that is not finite, an unordered pair."""
    schema = contract.load(name)
    out = []
    for r in records:
        for span in schema.spans:
            surface, start, end = getattr(r, span.text), getattr(r, span.start), getattr(r, span.end)
            if surface is None and start is None and end is None:
                continue
            if surface is None or start is None or end is None or not 0 <= start < end <= len(text) \
                    or text[start:end] != surface:
                out.append(f"{name}.{span.text} {surface!r} is not text[{start}:{end}]")
        for f in fields(r):
            value, rule = getattr(r, f.name), schema.field(f.name)
            if value is None:
                if rule.required:
                    out.append(f"{name}.{f.name} is empty")
                continue
            if isinstance(value, float) and not math.isfinite(value):
                out.append(f"{name}.{f.name} is {value}")
            if rule.enum and value not in rule.enum:
                out.append(f"{name}.{f.name} {value!r} is not in its vocabulary")
            low, high = (_bound(rule.type, b) for b in (rule.minimum, rule.maximum))
            if (low is not None and value < low) or (high is not None and value > high):
                out.append(f"{name}.{f.name} {value!r} is out of [{low}, {high}]")
        for low, high in schema.ordered:
            a, b = getattr(r, low), getattr(r, high)
            if a is not None and b is not None and (a >= b if low.endswith("start") or low == "start" else a > b):
                out.append(f"{name}: {low} {a!r} is not before {high} {b!r}")
    return out


def _bound(kind: str, value: object) -> object:
    if value is None or kind not in ("date", "number", "integer"):
        return None
    return date.fromisoformat(str(value)) if kind == "date" else value


# --- the properties --------------------------------------------------------------------------------


@PROPERTY
@given(text=texts(), published=ANY_TIME)
def test_statements_never_fail_and_are_valid(text, published):
    doc = Doc(article(text, published))
    assert broken("statements", statements.extract(doc), text) == []


@PROPERTY
@given(text=texts(), published=ANY_TIME)
def test_events_never_fail_and_are_valid(text, published):
    doc = Doc(article(text, published))
    assert broken("events", events.extract(doc, []), text) == []


@PROPERTY
@given(text=texts(), published=ANY_TIME)
def test_estimates_never_fail_and_are_valid(text, published):
    doc = Doc(article(text, published))
    assert broken("estimates", estimates.extract(doc, [], []), text) == []


@PROPERTY
@given(text=texts(), published=ANY_TIME)
def test_extract_article_never_fails_and_is_valid(text, published):
    found = extract_article(article(text, published))
    assert found.error is None  # batch keeps a failing article's error instead of raising it
    assert [problem for name in EXTRACTED for problem in broken(name, getattr(found, name), text)] == []


def spans(found: Extraction, shift: int) -> dict[str, list[tuple]]:
    """Every span of every record, as (offset - shift, surface), in a stable order."""
    out = {}
    for name in EXTRACTED:
        rows = [tuple((None if getattr(r, s.start) is None else getattr(r, s.start) - shift, getattr(r, s.text))
                      for s in contract.load(name).spans) for r in getattr(found, name)]
        out[name] = sorted(rows, key=repr)
    return out


@PROPERTY
@given(text=texts(), prefix=st.lists(st.sampled_from(ODD_CHARACTERS), min_size=1, max_size=4).map("".join))
def test_a_leading_paragraph_of_odd_characters_only_shifts_the_spans(text, prefix):
    prefix += "\n"
    found = extract_article(article(text, INGESTED))
    shifted = extract_article(article(prefix + text, INGESTED))
    assert found.error is None and shifted.error is None
    assert spans(shifted, len(prefix)) == spans(found, 0)


def release_failures(articles: list[Article]) -> list[str]:
    """Failed checks of the release validator over the extracted tables of `articles`; plausibility checks
    (a date long after publication) only warn, so they are no failure."""
    found = [extract_article(a) for a in articles]
    assert [f.error for f in found if f.error is not None] == []
    tables = {"articles": to_table("articles", articles)}
    for name in EXTRACTED:
        tables[name] = to_table(name, [r for f in found for r in getattr(f, name)])
    tables["estimate_groups"] = estimate_groups(tables["estimates"])
    for name in contract.TABLES:
        tables.setdefault(name, empty(name))
    report = validate_tables(tables)
    return [r.describe() for r in report.results if not r.success and "plausible" not in r.check]


@settings(PROPERTY, max_examples=VALIDATED_EXAMPLES)
@given(st.lists(st.builds(article, texts(), VALID_TIME), min_size=1, max_size=6, unique_by=lambda a: a.article_id))
def test_extracted_rows_pass_the_release_validator(articles):
    assert release_failures(articles) == []


def test_the_articles_of_every_example_pass_the_release_validator_together():
    """As many examples as every other property, validated in one pass: the validator costs seconds a pass,
    so the property above, which shrinks a failure to its smallest case, sees only a hundredth of them."""
    collected: dict[str, Article] = {}

    @PROPERTY
    @given(st.builds(article, texts(), VALID_TIME))
    def collect(a: Article) -> None:
        collected[a.article_id] = a

    collect()
    assert len(collected) > EXAMPLES // 2
    assert release_failures(list(collected.values())) == []


# --- time grows linearly with length --------------------------------------------------------------

# Each shape but the first five once took time growing with the square of its length (a line of dots:
# nine minutes for 200,000 characters).
PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "a sentence without punctuation": lambda n: ("rebels said the army attacked the town near Lenga and "
                                                 * (n // 50 + 1))[:n],
    "straight quotes": lambda n: '"' * n,
    "curly and straight quotes": lambda n: ("“\"‘'”’" * n)[:n],
    "capitalised words": lambda n: ("Foo Bar Baz " * n)[:n],
    "one-line paragraphs": lambda n: ("In Lenga, police attacked protesters.\n" * n)[:n],
    "digits with separators": lambda n: ("1,000-2 3.5/4 0–0 " * n)[:n],
    "said said said": lambda n: ("said " * n)[:n],
    "said: said:": lambda n: ("said: " * n)[:n],
    "he said he": lambda n: ("he said he " * n)[:n],
    "a name and a cue": lambda n: ("Ana Lind said " * n)[:n],
    "quotes and cues": lambda n: ('"We will go," he said, ' * n)[:n],
    "a cue before quotes": lambda n: ('Lind said "we go" ' * n)[:n],
    "commas between triggers": lambda n: ("killed, " * n)[:n],
    "triggers and dates": lambda n: ("attacked Kabul on Friday, " * n)[:n],
    "triggers and places": lambda n: ("troops attacked Lenga in Tessal district and " * n)[:n],
    "counts without punctuation": lambda n: ("5 soldiers killed and 3 " * n)[:n],
    "counts in quotes": lambda n: ('"5 soldiers died," he said, ' * n)[:n],
    "quotes without a cue": lambda n: ('"We will go there now." ' * n)[:n],
    "month names": lambda n: ("May June July " * n)[:n],
    "a line of dots": lambda n: "." * n,
    "a run of capitals": lambda n: "A" * n,
    "hyphenated capitals": lambda n: ("A-" * n)[:n],
    "counts after a part of a toll": lambda n: ("Ten people were killed. Three of the victims died at the scene. "
                                                + "A man died in hospital and " * n)[:n],
}
SHORT, LONG = 50_000, 200_000


def _seconds(text: str, runs: int) -> float:
    """The best of `runs` timings (CPU seconds of this process, which other load on the machine disturbs much less
    than wall time) of the whole extraction of `text`: the others were slowed by the machine."""
    best = math.inf
    for _ in range(runs):
        t0 = time.process_time()
        found = extract_article(article(text, INGESTED))
        best = min(best, time.process_time() - t0)
        assert found.error is None
    return best


@pytest.mark.parametrize("shape", list(PATHOLOGICAL))
def test_time_grows_linearly_with_length(shape):
    make = PATHOLOGICAL[shape]
    short, long = _seconds(make(SHORT), 3), _seconds(make(LONG), 1)
    if long / max(short, 0.05) >= 8 or long / (LONG / 10_000) >= 1.0:
        long = min(long, _seconds(make(LONG), 3))  # more looks before calling a slow machine a slow extractor
    per_10k = long / (LONG / 10_000)
    assert per_10k < 1.0, f"{per_10k:.2f} s per 10,000 characters"
    # a floor of 50 ms keeps timer noise on tiny times from looking like growth
    assert long / max(short, 0.05) < 8, f"{short:.3f} s for {SHORT} characters, {long:.3f} s for {LONG}"
