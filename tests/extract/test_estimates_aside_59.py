"""A figure kept aside as `other` still says what it counts (`counted_as`) and why it is kept aside (`aside`), while
`category` keeps a sum of the story's dead to its own incident once (stop 59). The texts are our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pyarrow as pa
import pytest

from etl import contract
from etl.extract.batch import extract_article
from etl.validate.validate import validate_tables
from tests import cases
from tests.extract.test_events_wire import _article

MAY_1 = datetime(2024, 5, 1, tzinfo=timezone.utc)


def _estimates(text: str) -> dict[str, tuple[str, str, str | None]]:
    """Each estimate by its surface: (category, counted_as, aside)."""
    found = extract_article(replace(_article(text), published_at=MAY_1))
    return {s.surface: (s.category, s.counted_as, s.aside) for s in found.estimates}


@pytest.mark.parametrize("text, surface, counted_as, aside", [
    # another source's toll of the incident, or a second figure of it
    ("Gunmen killed 34 people in the village on Monday, police said. A senator said 51 people were killed.",
     "51", "killed", "disputed"),
    ("Gunmen killed 12 people in Kemo on Monday, police said. Hospital officials put the death toll at 15.",
     "15", "killed", "disputed"),
    ("An airstrike killed five people in Idlib on Monday, activists said. The Observatory said seven people were "
     "killed.", "seven", "killed", "disputed"),
    ("At least 50 people, possibly more than 100, were killed in the attack on Monday.",
     "more than 100", "killed", "disputed"),
    # a figure told first beside a newer one
    ("A bomb killed eight soldiers in Kemo on Monday. The death toll later rose to 12, officials said.",
     "eight", "killed", "earlier"),
    ("The death toll from Saturday's bombing rose to 358, the minister said. Officials had said on Monday that 276 "
     "people had been killed.", "276", "killed", "earlier"),
    ("Fourteen people were confirmed dead on Monday, raising an earlier toll of nine.", "nine", "killed", "earlier"),
    # a vague figure a firmer one stands for
    ("Dozens of people were killed in the attack on Monday. Police said 40 people died.", "Dozens", "killed", "vague"),
    ("Dozens of people, possibly more than 100, were killed in the attack on Monday.", "Dozens", "killed", "vague"),
    # a part of a count told
    ("Gunmen killed 51 people, including 12 children, in the village on Monday, police said.",
     "12", "killed", "part"),
    ("At least 330 people including 300 assailants were killed in the fighting on Monday.", "300", "killed", "part"),
    ("Police arrested 40 protesters, including two journalists, in the capital on Monday.",
     "two", "arrested", "part"),
    ("At least 29 people, including 20 hostages, were killed on Monday.", "20", "killed", "part"),
    ("The clashes resulted in 10 fatalities, including 4 rebels, 3 soldiers and 2 civilians, officials said.",
     "2", "killed", "part"),
    ("At least 29 people, including 20 hostages, two police officers and five assailants, were killed on Monday.",
     "two", "killed", "part"),
    # a total over many incidents or a span
    ("Suicide bombers killed 10 people in Maiduguri on Tuesday. Boko Haram's insurgency has killed more than 20,000 "
     "people since 2009.", "more than 20,000", "killed", "running_total"),
    ("At least 500,000 people have been killed in the civil war. On Monday, an airstrike killed 12 people in Idlib.",
     "At least 500,000", "killed", "running_total"),
    # a past or another incident's toll
    ("Suicide bombers killed 10 people in Kemo on Tuesday. Last year, an attack on the same market killed 50 people.",
     "50", "killed", "other_incident"),
    # a share or a rate
    ("The locusts killed 30 percent of the crop in the province.", "30 percent", "killed", "rate"),
    ("Heart disease kills 17 million people a year, the report said.", "17 million", "killed", "rate"),
    # the dead a protest was over
    ("Residents protested after a soldier killed a motorcyclist in Kemo on Monday.", "a motorcyclist", "killed",
     "cause"),
])
def test_a_figure_kept_aside_says_what_it_counts_and_why(text, surface, counted_as, aside):
    assert _estimates(text)[surface] == ("other", counted_as, aside)


@pytest.mark.parametrize("text, own", [
    ("Gunmen killed 34 people in the village on Monday, police said. A senator said 51 people were killed.", "34"),
    ("A bomb killed eight soldiers in Kemo on Monday. The death toll later rose to 12, officials said.", "12"),
    ("Gunmen killed 51 people, including 12 children, in the village on Monday, police said.", "51"),
    ("Dozens of people were killed in the attack on Monday. Police said 40 people died.", "40"),
    ("Suicide bombers killed 10 people in Maiduguri on Tuesday. Boko Haram's insurgency has killed more than 20,000 "
     "people since 2009.", "10"),
])
def test_the_storys_own_figure_is_counted_as_its_category(text, own):
    assert _estimates(text)[own] == ("killed", "killed", None)


@pytest.mark.parametrize("text", [
    "A bomb killed three people and wounded 12 others in Kemo on Monday, police said.",
    "Police arrested 40 protesters in the capital on Monday. The army deployed 2,000 troops to the region.",
    "Officials said 5,000 families had fled their homes. The company sold 300 cars last year.",
    # a part of a whole no category was read of is no part of one
    "The committee has 12 members, including three women.",
])
def test_figures_not_kept_aside_are_counted_as_their_category(text):
    for category, counted_as, aside in _estimates(text).values():
        assert (counted_as, aside) == (category, None)


def test_a_count_after_the_insert_closed_is_no_part():
    # ", and" may close the insert: "5 soldiers" are no part of the 17 fighters
    found = _estimates("Airstrikes killed 17 fighters, including three leaders, and 5 soldiers on Monday.")
    assert found["three"] == ("other", "killed", "part")
    assert found["5"][1:] != ("killed", "part")


def test_counted_as_has_the_vocabulary_of_category():
    assert contract.vocabulary("estimates", "counted_as") == contract.vocabulary("estimates", "category")


def _with(table: pa.Table, column: str, value: object) -> pa.Table:
    i = table.schema.get_field_index(column)
    return table.set_column(i, table.schema.field(i), pa.array([value] * table.num_rows, table.schema.field(i).type))


@pytest.mark.parametrize("counted_as, aside", [
    ("displaced", "disputed"),  # a reason with nothing kept aside: counted_as is category
    ("killed", None),  # a figure kept aside with no reason
])
def test_aside_is_set_exactly_when_counted_as_differs_from_category(counted_as, aside):
    t = cases.tables("a2")  # one estimate, category displaced
    t["estimates"] = _with(_with(t["estimates"], "counted_as", counted_as), "aside", aside)
    report = validate_tables(t)
    failed = [r for r in report.results if not r.success]
    assert [r.describe() for r in failed] == [
        f"estimates: aside is set exactly when counted_as differs from category: 1 row(s) fail "
        f"(e.g. {t['estimates']['estimate_id'][0].as_py()})"]


def test_a_reason_outside_the_vocabulary_fails():
    t = cases.tables("a2")
    t["estimates"] = _with(_with(_with(t["estimates"], "category", "other"), "counted_as", "killed"), "aside", "guess")
    report = validate_tables(t)
    assert [r.check for r in report.results if not r.success] == ["aside is in its vocabulary"]


def test_a_figure_kept_aside_with_its_reason_is_valid():
    t = cases.tables("a2")
    t["estimates"] = _with(_with(_with(t["estimates"], "category", "other"), "counted_as", "displaced"), "aside",
                           "disputed")
    assert validate_tables(t).success
