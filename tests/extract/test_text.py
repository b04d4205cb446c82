"""text.lower and WordFinder: lower-casing that keeps every offset, so spans found in it are spans of the text."""
from etl.extract.text import WordFinder, lower


def test_lower_keeps_offsets_when_a_character_would_grow():
    text = "İstanbul: ÉLAN said"
    assert len(lower(text)) == len(text)
    assert lower(text) == "İstanbul: élan said"
    assert lower("Plain TEXT") == "plain text"


def test_word_finder_offsets_hold_after_a_dotted_capital_i():
    text = "İİ Police SAID"
    finder = WordFinder.of(text)
    assert [text[p:p + 4] for p in finder.find(frozenset({"said"}))] == ["SAID"]
