"""Asides after a count are read a few at a time: a page of scores set off by commas ("0-1, 1-2, 2-3, …", a results
table pasted as text) made each count walk all the asides after it, one call deeper each, and the article failed with
a RecursionError. Every text is our own."""
from etl.extract.batch import extract_article
from tests import cases


def test_a_page_of_scores_set_off_by_commas_is_extracted():
    scores = ", ".join(f"{k}-{k + 1}" for k in range(3000))
    found = extract_article(cases.article("scores", f"{scores} people were killed, officials said."))
    assert found.error is None


def test_a_name_an_age_and_a_description_after_a_count_are_still_read_past():
    text = "The driver, Ali Khan, 34, a father of three, was killed in the attack on Monday."
    found = extract_article(cases.article("driver", text))
    assert [(e.surface, e.value, e.category) for e in found.estimates] == [("Ali Khan", 1.0, "killed")]
