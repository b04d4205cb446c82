"""text.lower, WordFinder and Doc.tokens: lower-casing and splitting that keep every offset, so spans found in them
are spans of the text."""
from datetime import datetime, timezone

from etl.extract.text import Doc, WordFinder, letter_words, lower, split_sentences
from tests import cases


def test_lower_keeps_offsets_when_a_character_would_grow():
    text = "İstanbul: ÉLAN said"
    assert len(lower(text)) == len(text)
    assert lower(text) == "İstanbul: élan said"
    assert lower("Plain TEXT") == "plain text"


def test_word_finder_offsets_hold_after_a_dotted_capital_i():
    text = "İİ Police SAID"
    finder = WordFinder.of(text)
    assert [text[p:p + 4] for p in finder.find(frozenset({"said"}))] == ["SAID"]


def _doc(text: str) -> Doc:
    return cases.text_doc(text, datetime(2024, 5, 6, tzinfo=timezone.utc))


def test_doc_splits_a_sentence_into_tokens_once_for_every_extractor():
    doc = _doc("Grolla Town’s MAYOR met U.S. envoys. Nobody else came.")
    first = doc.sentences[0]
    spans, words = doc.tokens(first.start, first.end)
    assert [doc.text[s:e] for s, e in spans] == ["Grolla", "Town’s", "MAYOR", "met", "U.S", ".", "envoys", "."]
    assert words == ["grolla", "town’s", "mayor", "met", "u.s", ".", "envoys", "."]
    assert doc.tokens(first.start, first.end) is doc.tokens(first.start, first.end)  # split once, then shared


def test_letter_words_split_on_every_non_letter():
    text = "Counter-attack on Dalo’s 3rd café"
    assert letter_words(text) == [b"counter", b"attack", b"on", b"dalo", b"s", b"rd", b"caf"]
    letters = _doc(text).letters  # one byte per character: its spans are the text's
    assert letters[18:24].split() == [b"dalo", b"s"] and letters.split() == letter_words(text)


def test_a_run_of_marks_ends_a_sentence_once_where_a_capital_follows():
    text = "Wait... Then Tova left!? “Yes.” Dots......no end. Mr. Arlo Venn stayed. 3 came"
    ends = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert ends == ["Wait...", "Then Tova left!?", "“Yes.”", "Dots......no end.", "Mr. Arlo Venn stayed.", "3 came"]
