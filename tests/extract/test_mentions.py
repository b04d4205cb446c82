"""Within-article resolution of speakers and actors on short texts written for these tests."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from etl.extract import mentions
from etl.extract.mentions import Resolver, analyze
from etl.extract.text import Doc
from etl.ids import sha256_text
from etl.records import Article


def doc(text: str) -> Doc:
    return Doc(Article(
        article_id="a", source="test", source_id="t", url=None, title=None, published_at=None, language="en",
        text=text, text_sha256=sha256_text(text), n_chars=len(text),
        ingested_at=datetime(2024, 1, 1, tzinfo=timezone.utc), input_path="test.txt",
    ))


def resolver(text: str) -> Resolver:
    return Resolver(doc(text))


def resolve(text: str, phrase: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return resolver(text).resolve(start, start + len(phrase))


def test_title_and_name_split_into_canonical_and_role():
    text = "National Security Council spokesperson John Kirby spoke."
    m = resolve(text, "National Security Council spokesperson John Kirby")
    assert (m.canonical, m.kind, m.role) == ("John Kirby", "person", "National Security Council spokesperson")
    assert m.text == text[m.start:m.end]


def test_abbreviated_titles_and_party_tags():
    m = analyze("Former Maryland Gov. Martin O’Malley (D)")
    assert (m.canonical, m.role) == ("Martin O’Malley", "Former Maryland Gov.")


def test_apposition_is_a_role():
    m = analyze("Michael Briggs, a spokesman for the campaign")
    assert (m.canonical, m.kind, m.role) == ("Michael Briggs", "person", "a spokesman for the campaign")


def test_surname_resolves_to_the_full_name():
    text = "President Yoon Suk Yeol arrived. Later Yoon spoke, and Kirby too. John Kirby had left."
    assert resolve(text, "Yoon", 1).canonical == "Yoon Suk Yeol"
    # A surname met before its full name still resolves to the only person of that name.
    assert resolve(text, "Kirby").canonical == "John Kirby"


def test_shared_surname_takes_the_nearest_full_name_before():
    text = "Bill Clinton spoke first. Hillary Clinton spoke next. Clinton then left."
    assert resolve(text, "Clinton", 2).canonical == "Hillary Clinton"


def test_pronouns_resolve_to_the_subject_of_the_previous_sentence():
    text = "Mark Rutte met Olaf Brandt in Berlin. He said the alliance was strong."
    m = resolve(text, "He")
    assert (m.text, m.canonical, m.kind) == ("He", "Mark Rutte", "person")


def test_pronoun_gender_from_title():
    text = "Ms. Ana Lopez thanked Mr. Tom Baker. Later she left."
    assert resolve(text, "she").canonical == "Ana Lopez"


def test_it_resolves_to_an_organisation_and_they_stays_open():
    text = "The National Weather Service issued a warning. It said the storm would strengthen. They agreed."
    assert resolve(text, "It").canonical == "National Weather Service"
    assert resolve(text, "They").canonical is None


def test_acronym_and_expansion_resolve_to_one_name():
    text = "South Korea’s National Intelligence Service (NIS) confirmed it. The NIS stated more."
    assert resolve(text, "South Korea’s National Intelligence Service (NIS)").canonical == "National Intelligence Service"
    assert resolve(text, "The NIS").canonical == "National Intelligence Service"


def test_acronym_from_initials_without_parentheses():
    text = "The International Atomic Energy Agency sent inspectors. Later the IAEA reported progress."
    m = resolve(text, "the IAEA")
    assert (m.canonical, m.kind) == ("International Atomic Energy Agency", "organization")


def test_unnamed_sources_keep_their_words_with_a_kind():
    assert (analyze("officials").kind, analyze("officials").canonical) == ("group", "officials")
    assert analyze("a source familiar with the talks").kind == "person"
    assert analyze("North Korean state media").kind == "media"
    assert analyze("the report").kind == "unknown"


def test_countries_and_capitals_are_countries():
    assert analyze("Russia").kind == "country"
    assert analyze("Pyongyang").kind == "country"


def test_place_after_an_organisation_is_not_its_name():
    assert analyze("The Joint Chiefs of Staff in Seoul").canonical == "Joint Chiefs of Staff"


def test_a_name_run_stops_at_a_sentence_end_but_not_at_an_initial():
    text = "Officials met Sen. John F. Kennedy. She was not there. Later she spoke."
    assert resolve(text, "Sen. John F. Kennedy").canonical == "John F. Kennedy"


def test_possessive_is_not_part_of_the_name():
    assert analyze("Mr. Obama's").canonical == "Obama"


def test_names_inside_a_quotation_are_not_antecedents():
    text = "Ms. Ana Lopez spoke. “Paul Grant is wrong,” she said."
    assert resolve(text, "she").canonical == "Ana Lopez"


def test_gender_comes_from_titles():
    text = "Ms. Ana Lopez met Mr. Tom Baker."
    r = resolver(text)
    assert (r.gender("Ana Lopez"), r.gender("Tom Baker"), r.gender("Nobody")) == ("f", "m", "-")


def test_extractors_share_one_resolver_per_doc():
    from etl.extract import statements

    shared = doc("Kirby said the talks would go on. He added that a deal was close.")
    statements.extract(shared)
    built = shared.shared(mentions.RESOLVER_KEY, lambda d: pytest.fail("statements did not share its resolver"))
    assert built is mentions.resolver_for(shared)


def test_it_skips_the_dateline_of_the_sentence_before():
    text = "KHARTOUM (Xinhua) -- The Sudan Doctors Committee said shells hit houses. It accused the RSF of shelling."
    start = text.index("It accused")
    assert Resolver(doc(text)).resolve(start, start + 2).canonical == "Sudan Doctors Committee"
