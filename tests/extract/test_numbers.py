"""numbers.find_numbers: every form news writes a count in, and every number that is not a count."""
import pytest

from etl.extract.numbers import HEDGES, KINDS, find_numbers


def only(text: str):
    """The one quantity in text (other numbers may be there, as non-quantities)."""
    found = [n for n in find_numbers(text) if n.is_quantity]
    assert len(found) == 1, [(text[n.start:n.end], n.kind) for n in find_numbers(text)]
    return found[0]


@pytest.mark.parametrize("text, surface, value", [
    ("Police said 7 people were hurt.", "7", 7),
    ("The flood displaced 12,500 residents.", "12,500", 12500),
    ("An estimated 1.5 million refugees crossed the border.", "An estimated 1.5 million", 1_500_000),
    ("Officials counted 2,300.5 tonnes of grain.", "2,300.5 tonnes", 2300.5),
    ("Twenty-five soldiers were captured.", "Twenty-five", 25),
    ("Three hundred and forty prisoners escaped.", "Three hundred and forty", 340),
    ("Some two thousand people marched.", "Some two thousand", 2000),
    ("A dozen houses burned.", "A dozen", 12),
    ("Half a million people lost power.", "Half a million", 500_000),
    ("The army sent 10k troops.", "10k", 10_000),
])
def test_digits_and_words(text, surface, value):
    n = only(text)
    assert text[n.start:n.end] == surface
    assert n.value == value


@pytest.mark.parametrize("text, surface, low, high", [
    ("Dozens of protesters gathered.", "Dozens", 24, 99),
    ("Hundreds of families fled.", "Hundreds", 200, 999),
    ("Thousands of troops massed at the border.", "Thousands", 2000, 9999),
    ("Tens of thousands of people rallied.", "Tens of thousands", 20_000, 99_999),
    ("Hundreds of thousands were displaced.", "Hundreds of thousands", 200_000, 999_999),
    ("Several hundred workers struck.", "Several hundred", 200, 999),
    ("A few thousand votes separated them.", "A few thousand", 2000, 9999),
])
def test_vague_magnitudes(text, surface, low, high):
    n = only(text)
    assert (text[n.start:n.end], n.hedge, n.value, n.value_low, n.value_high) == \
        (surface, "order_of_magnitude", None, low, high)


def test_a_bound_on_a_vague_magnitude_keeps_only_that_bound():
    n = only("More than thousands of people came.")
    assert (n.hedge, n.value_low, n.value_high) == ("order_of_magnitude", 2000, None)


@pytest.mark.parametrize("text, surface, low, high", [
    ("Between 10 and 20 people were hurt.", "Between 10 and 20", 10, 20),
    ("Officials said 10 to 20 houses collapsed.", "10 to 20", 10, 20),
    ("The clash left 10-20 dead.", "10-20", 10, 20),
    ("Two or three gunmen opened fire.", "Two or three", 2, 3),
    ("From 2 to 3 million people need aid.", "2 to 3 million", 2_000_000, 3_000_000),
    ("Prices rose 10–15% this year.", "10–15%", 10, 15),
])
def test_ranges(text, surface, low, high):
    n = only(text)
    assert (text[n.start:n.end], n.hedge, n.value, n.value_low, n.value_high) == (surface, "range", None, low, high)


def test_a_change_from_one_value_to_another_is_not_a_range():
    found = [n for n in find_numbers("The toll rose from 10 to 20 overnight.") if n.is_quantity]
    assert [(n.value, n.hedge) for n in found] == [(10, "exact"), (20, "exact")]


def test_two_coordinated_counts_are_not_a_range():
    found = [n for n in find_numbers("3 soldiers and 5 civilians died.") if n.is_quantity]
    assert [n.value for n in found] == [3, 5]


@pytest.mark.parametrize("text, surface, hedge, low, high", [
    ("At least 5 people died.", "At least 5", "at_least", 5, None),
    ("No fewer than 40 were held.", "No fewer than 40", "at_least", 40, None),
    ("More than 20 fighters were killed.", "More than 20", "more_than", 20, None),
    ("Over 300 homes were flooded.", "Over 300", "more_than", 300, None),
    ("Nearly 3,000 soldiers were wounded.", "Nearly 3,000", "at_most", None, 3000),
    ("Almost 90 villages emptied.", "Almost 90", "at_most", None, 90),
    ("Up to 50 boats sank.", "Up to 50", "at_most", None, 50),
    ("Fewer than 10 remained.", "Fewer than 10", "less_than", None, 10),
    ("About 30 demonstrators blocked the road.", "About 30", "approximately", None, None),
    ("Around 1,000 were counted.", "Around 1,000", "approximately", None, None),
    ("Some 200 families left.", "Some 200", "approximately", None, None),
    ("Roughly 15 trucks arrived.", "Roughly 15", "approximately", None, None),
    ("An estimated 40,000 fled.", "An estimated 40,000", "approximately", None, None),
    ("They arrested 200 or more.", "200 or more", "at_least", 200, None),
    ("They found 50-plus bodies.", "50-plus", "more_than", 50, None),
    ("They held 7 men.", "7", "exact", 7, 7),
])
def test_hedges(text, surface, hedge, low, high):
    n = only(text)
    assert (text[n.start:n.end], n.hedge, n.value_low, n.value_high) == (surface, hedge, low, high)
    assert n.value is not None


@pytest.mark.parametrize("text, kind", [
    ("The war began in 2022.", "year"),
    ("Protests in the 1990s were smaller.", "year"),
    ("Fighting resumed in mid-2020.", "year"),
    ("On 9 May they marched.", "date"),
    ("The soldier was seized on December 26th.", "date"),
    ("The letter is dated 12/05/2020.", "date"),
    ("Between 10 and 12 May 2022, troops shelled the town.", "date"),
    ("From 3 to 5 March the road was closed.", "date"),
    ("The blast came at 10:30 am.", "time"),
    ("Shelling began at 6 p.m.", "time"),
    ("A 25-year-old man was arrested.", "age"),
    ("The victim, aged 25, was a teacher.", "age"),
    ("The shooter, Stephen Paddock, 64, fired from the hotel.", "age"),
    ("Ms Lee (34) said the road was closed.", "age"),
    ("They fired 82mm mortars.", "size"),
    ("The quake struck 40 km from the coast.", "size"),
    ("He came first in the 3rd round.", "ordinal"),
    ("Call +44 20 7946 0958 for details.", "phone"),
    ("Article 5 of the treaty applies.", "label"),
    ("He caught COVID-19 in March.", "label"),
    ("The BR-282 highway was closed.", "label"),
    ("The men were shot dead at 23 Kimathi Street on Monday.", "label"),
    ("The office at 4 Bole Ring Road was searched.", "label"),
    ("The siege lasted 3 days.", "duration"),
    ("A nine-minute firefight followed.", "duration"),
])
def test_not_estimates(text, kind):
    assert kind in KINDS
    kinds = [n.kind for n in find_numbers(text)]
    assert kind in kinds and not any(k in ("count", "percent", "money", "measure") for k in kinds), kinds


def test_list_numbering_is_not_a_count():
    text = "Demands:\n1. Release the prisoners.\n2) Open the roads."
    assert [n.kind for n in find_numbers(text)] == ["numbering", "numbering"]


@pytest.mark.parametrize("text, kind, unit, value", [
    ("Turnout reached 40% in the north.", "percent", "percent", 40),
    ("Some 12 percent of the population fled.", "percent", "percent", 12),
    ("The fund pledged $5 million.", "money", "dollars", 5_000_000),
    ("Aid worth US$2bn was promised.", "money", "dollars", 2_000_000_000),
    ("They delivered 500 tonnes of food.", "measure", "tonnes", 500),
])
def test_units(text, kind, unit, value):
    n = only(text)
    assert (n.kind, n.unit, n.value) == (kind, unit, value)


def test_a_four_digit_count_is_not_a_year():
    assert only("Police deployed 1500 officers.").value == 1500


def test_spans_are_grounded_and_hedges_closed():
    text = ("Nearly 3,000 were killed; between 10 and 20 were hurt, some 200 fled in 2022 "
            "and tens of thousands of people, 40% of them children, left on 9 May.")
    for n in find_numbers(text):
        assert text[n.start:n.end].strip() == text[n.start:n.end]
        assert n.start <= n.core_start < n.core_end <= n.end
        assert n.hedge in HEDGES and n.kind in KINDS
        for low, high in ((n.value_low, n.value), (n.value, n.value_high), (n.value_low, n.value_high)):
            assert low is None or high is None or low <= high


@pytest.mark.parametrize("text, surface", [
    ("Toronto beat Ottawa 0-2 in the first game, the coach said.", "0-2"),
    ("Dalo United were beaten 2-0 by Nuri City on Sunday.", "2-0"),
    ("They suffered a 0-6 loss at home.", "0-6"),
    ("The derby ended 0–0.", "0–0"),
    ("The court upheld the ban in a 5-4 decision.", "5-4"),
])
def test_a_score_is_one_number_and_no_range_of_a_count(text, surface):
    found = find_numbers(text)
    assert [(text[n.start:n.end], n.kind) for n in found] == [(surface, "score")]
    assert not any(n.is_quantity for n in found)


@pytest.mark.parametrize("text, surface, high", [
    ("Officials said 0 to 5 million people fled.", "0 to 5 million", 5_000_000),
    ("Between 0 and 3 people were hurt.", "Between 0 and 3", 3),
    ("The clash left 0-2 dead.", "0-2", 2),
    ("Turnout fell 0–15% in the north.", "0–15%", 15),
])
def test_a_range_from_zero_starts_at_zero(text, surface, high):
    n = only(text)
    assert (text[n.start:n.end], n.hedge, n.value_low, n.value_high) == (surface, "range", 0, high)


@pytest.mark.parametrize("text", [
    "1" * 400 + " people were killed.",
    "9" * 320 + " million people fled.",
    "Some 1e309 people were killed.",
    "Some 1.5e3 people were killed.",
    "Some 10**400 soldiers were deployed.",
    "Some 10^6 soldiers were deployed.",
])
def test_numbers_a_float_cannot_hold_and_exponent_notation_are_no_figures(text):
    assert [text[n.start:n.end] for n in find_numbers(text) if n.is_quantity] == []


@pytest.mark.parametrize("text, surface, low, high", [
    ("Officials said 500 to 1 million people fled.", "500 to 1 million", 500, 1_000_000),
    ("Officials said 2 to 1 million people fled.", "2 to 1 million", 2, 1_000_000),
])
def test_the_scale_of_the_high_bound_never_lifts_the_low_bound_above_it(text, surface, low, high):
    n = only(text)
    assert (text[n.start:n.end], n.value_low, n.value_high) == (surface, low, high)


def test_zero_million_is_zero():
    assert [n.value for n in find_numbers("Some 0 million people fled.")] == [0]
    assert only("A million people fled.").value == 1_000_000


@pytest.mark.parametrize("text", ["Police killed 5 in Kabul, 12 in Herat.", "Of the 30 arrested, 12, were freed."])
def test_a_count_after_a_comma_is_no_age_unless_a_name_stands_before_it(text):
    assert "age" not in [n.kind for n in find_numbers(text)]


@pytest.mark.parametrize("text", ["Two children aged 7 and 9 were hurt.", "The victims, aged 19 to 24, were shot.",
                                  "Men aged between 18 and 45 were called up.", "Men aged 18-45 were called up."])
def test_the_second_age_of_a_pair_is_an_age_too(text):
    assert [n.kind for n in find_numbers(text) if n.start > text.index("aged")] == ["age", "age"]


def test_a_count_of_people_after_an_age_stays_a_count():
    assert [n.kind for n in find_numbers("A man aged 25 and 3 others were killed.")] == ["age", "count"]


def test_two_numbers_joined_by_a_slash_are_no_count():
    assert [n.value for n in find_numbers("Five people were killed on 12/04, police said.") if n.is_quantity] == [5]
    assert [n.value for n in find_numbers("Guards watch the gate 24/7.") if n.is_quantity] == []


@pytest.mark.parametrize("text, surface, value", [
    ("A hundred and fifty people were killed.", "A hundred and fifty", 150),
    ("They sent a thousand and twenty-five troops.", "a thousand and twenty-five", 1025),
    ("A hundred people fled.", "A hundred", 100),
])
def test_a_hundred_and_a_numeral_is_one_number(text, surface, value):
    n = only(text)
    assert (text[n.start:n.end], n.value) == (surface, value)


@pytest.mark.parametrize(("text", "surface", "hedge"), [
    ("Protesters gathered in Khartoum. [size=around 500]", "around 500", "approximately"),
    ("Workers marched in Lima. [size=more than 100]", "more than 100", "more_than"),
    ("Workers marched in Lima. [size=100]", "100", "exact"),
])
def test_the_value_of_a_tag_is_read_with_its_hedge(text, surface, hedge):
    [found] = [n for n in find_numbers(text) if n.value is not None or n.low is not None]
    assert (text[found.start:found.end], found.hedge) == (surface, hedge)
