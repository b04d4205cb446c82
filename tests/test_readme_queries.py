"""The README's "Querying a release" snippets, run exactly as written against a small hand-made release."""
import re

import pandas as pd
import pytest

from etl.paths import REPO_ROOT
from tests import cases

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
# Every snippet names the release it reads on its first line; the test points only that line elsewhere.
RELEASE_LINE = 'release = "data/published/latest"'


def snippets() -> list[str]:
    section = README.split("\n## Querying a release\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> list[dict]:
    """The variables each snippet leaves behind, snippet by snippet."""
    release = cases.published(cases.report_tables(), tmp_path_factory.mktemp("readme"))
    out = []
    for code in snippets():
        first, rest = code.split("\n", 1)
        assert first == RELEASE_LINE, f"a README query must start with {RELEASE_LINE!r}, not {first!r}"
        namespace: dict = {}
        exec(f"release = {str(release)!r}\n{rest}", namespace)
        out.append(namespace)
    return out


def made_by_one_snippet(results: list[dict], name: str):
    [value] = [r[name] for r in results if name in r]
    return value


# The variable each snippet is checked through; a new snippet needs an entry here and a test below.
CHECKED = ("claims", "by_country_month", "top_speakers", "disagreements", "events", "named_as")


def test_every_snippet_is_checked(results):
    assert len(results) == len(CHECKED)
    for namespace, name in zip(results, CHECKED):
        assert name in namespace


def test_every_estimate_with_its_claimants_statement_and_article(results):
    claims = made_by_one_snippet(results, "claims").set_index("surface")
    assert len(claims) == 3
    assert claims.loc["40", "content"] == "40 civilians were killed"
    assert claims.loc["40", "speaker_canonical"] == "Health Ministry"
    assert claims.loc["40", "title"] == "Shelling hits Kova"
    assert claims.loc["65", "claimant_canonical"] == "Red Cross"
    assert claims.isna().loc["Thousands", "content"]  # nobody was quoted giving it


def test_events_by_country_and_month(results):
    rows = made_by_one_snippet(results, "by_country_month")
    # the undated and the year-only events are not counted by month
    assert list(rows.itertuples(index=False, name=None)) == [
        ("KVA", pd.Timestamp("2025-03-01"), 2), ("KVA", pd.Timestamp("2025-04-01"), 2)]


def test_most_quoted_speakers(results):
    assert made_by_one_snippet(results, "top_speakers") == [
        ("Ana Lind", 3, 2), ("<Kova Watch>", 2, 1), ("Red Cross", 2, 1), ("Health Ministry", 1, 1)]


def test_where_sources_disagree(results):
    rows = made_by_one_snippet(results, "disagreements")
    assert rows.select("subject_key", "claimant_canonical", "value").rows() == [
        ("killed:-:civilians", "Health Ministry", 40.0), ("killed:-:civilians", "Red Cross", 65.0)]


def test_each_event_read_in_its_context(results):
    events = made_by_one_snippet(results, "events")
    assert len(events) == 6
    assert all(trigger in context for trigger, context in zip(events["trigger"], events["context"]))
    assert events.loc[events["trigger"] == "protested", "context"].item().endswith("Residents protested in April.")


def test_each_event_with_the_words_it_is_named_by(results):
    named_as = made_by_one_snippet(results, "named_as")
    assert len(named_as) == 6 and (named_as["mentions"] == 1).all()
    assert (named_as["named_as"] == named_as["trigger"]).all()  # each hand-made event is named once, by its trigger
