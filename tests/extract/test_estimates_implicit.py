"""Counts a report leaves implicit: a named victim is one, "the hostages" are as many as were taken, and a
count's verb lies past an inserted "including …" clause."""
from datetime import datetime, timezone

from etl.extract import estimates
from etl.extract.text import Doc
from etl.ids import sha256_text
from etl.records import Article

PUBLISHED = datetime(2024, 5, 1, tzinfo=timezone.utc)


def _counts(text: str) -> list[tuple]:
    article = Article(article_id="n1", source="test", source_id="n1", url=None, title=None, published_at=PUBLISHED,
                      language="en", text=text, text_sha256=sha256_text(text), n_chars=len(text),
                      ingested_at=PUBLISHED, input_path="test.txt")
    found = estimates.extract(Doc(article), [], [])
    for e in found:
        assert text[e.start:e.end] == e.surface
    return [(e.surface, e.value, e.hedge, e.category) for e in found]


def test_a_named_victim_counts_one():
    assert _counts("Assailants shot and killed Sheikh Omar Lenga in the market.") == [
        ("Sheikh Omar Lenga", 1, "exact", "killed")]
    assert _counts("Mayor Ana Ruiz was killed by gunmen on Friday.") == [("Mayor Ana Ruiz", 1, "exact", "killed")]


def test_a_name_with_no_casualty_verb_or_a_country_is_no_count():
    assert _counts("Gunmen visited Sheikh Omar Lenga in the market.") == []
    assert _counts("The strike killed North Korean soldiers.") == []


def test_the_hostages_count_as_many_as_were_taken():
    found = _counts("Gunmen abducted five aid workers near Toro. The hostages were killed on Sunday.")
    assert found == [("five", 5, "exact", "captured"), ("The hostages", 5, "exact", "killed")]


def test_hostages_with_no_count_before_them_are_no_count():
    assert _counts("The hostages were killed on Sunday.") == []


def test_the_verb_after_an_including_clause_is_the_counts():
    found = _counts("At least 330 people, including 300 assailants, were killed in the fighting.")
    assert found[0] == ("At least 330", 330, "at_least", "killed")
    assert found[1][3] == "other"  # the part is not added to the whole


def test_a_person_joined_before_a_count_after_a_casualty_verb_is_one_more():
    assert _counts("A suicide bomber blew himself up at a market in Toro, killing himself and 12 others.") == [
        ("himself", 1, "exact", "killed"), ("12", 12, "exact", "killed")]
    assert _counts("A bomb went off near a checkpoint in Toro, killing the driver and five soldiers.") == [
        ("the driver", 1, "exact", "killed"), ("five", 5, "exact", "killed")]


def test_a_relative_joined_after_a_count_of_one_is_one_more():
    assert _counts("Two gunmen shot and killed a police officer and his son in Toro.")[-2:] == [
        ("a police officer", 1, "exact", "killed"), ("his son", 1, "exact", "killed")]


def test_a_plural_or_a_verb_less_coordination_adds_no_one():
    # "the guards" are a number nobody gave; "and five …" after no casualty verb counts nothing
    assert _counts("Gunmen stormed the prison, killing the guards and five inmates.") == [
        ("five", 5, "exact", "killed")]
    assert [c for c in _counts("Police met the mayor and five aides in Toro.") if c[3] != "other"] == []
    assert _counts("Two gunmen killed a police officer and his sons in Toro.")[-1] == (
        "a police officer", 1, "exact", "killed")


def test_a_definite_person_killed_with_no_count_before_counts_one():
    assert _counts("Gunmen abducted a teacher near Toro. The victim was later found dead.")[-1] == (
        "The victim", 1, "exact", "killed")
    assert _counts("The driver was wounded and the guard was killed.") == [
        ("The driver", 1, "exact", "wounded"), ("the guard", 1, "exact", "killed")]
    assert _counts("Assailants attacked a house in Toro. The council member's brother was killed in the attack.") == [
        ("The council member's brother", 1, "exact", "killed")]


def test_a_definite_person_after_a_count_of_the_same_kind_is_one_of_them():
    assert _counts("Two civilians were killed in Toro. The man was killed by a sniper.") == [
        ("Two", 2, "exact", "killed")]
    assert _counts("A soldier was killed in Toro. The soldier was shot by a sniper.") == [
        ("A soldier", 1, "exact", "killed")]


def test_a_definite_noun_of_no_person_or_no_passive_casualty_verb_is_no_count():
    assert _counts("The bill was killed in committee.") == []
    # (the councillor taken is one captured; "The victim" released is no count of its own)
    assert _counts("Gunmen kidnapped a councillor in Toro. The victim was released after a ransom was paid.") == [
        ("a councillor", 1, "exact", "captured")]


def test_each_person_of_a_list_joined_to_a_count_is_one_more():
    assert _counts("The officer, his wife and their two children were killed in the attack.") == [
        ("The officer", 1, "exact", "killed"), ("his wife", 1, "exact", "killed"), ("two", 2, "exact", "killed")]
    assert _counts("A bomb went off in Toro, killing the driver, his son and five soldiers.") == [
        ("the driver", 1, "exact", "killed"), ("his son", 1, "exact", "killed"), ("five", 5, "exact", "killed")]


def test_a_group_joined_to_a_count_is_no_person():
    assert _counts("The police and two civilians were killed in Toro.") == [("two", 2, "exact", "killed")]


def test_a_definite_person_after_an_active_casualty_verb_counts_one():
    assert _counts("Gunmen opened fire on a family in Toro, killing a child and injuring his mother.") == [
        ("a child", 1, "exact", "killed"), ("his mother", 1, "exact", "wounded")]
    assert _counts("The explosion killed the bomber and wounded three passersby.") == [
        ("the bomber", 1, "exact", "killed"), ("three", 3, "exact", "wounded")]
