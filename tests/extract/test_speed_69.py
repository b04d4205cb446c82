"""Guards of stop 69's speed cuts, which must change no output: a noun of speech before a speaker phrase is still found
when the text before the phrase ends with it, and a place phrase that names no capital keeps its country. Every text
is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


@pytest.mark.parametrize("text, speaker", [
    ("Activists have accused the police of torture, allegations the interior ministry denies.",
     "the interior ministry"),
    ("The union says the mine is unsafe, a claim the company rejected on Tuesday.", "the company"),
])
def test_a_noun_of_speech_before_the_speaker_still_opens_the_attribution(text, speaker):
    assert speaker in [s.speaker for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker", [
    # guards: no noun of speech before the phrase (a word that ends like one, a name, punctuation)
    ("The reclaim campaign grew, and the mayor said the park would reopen.", "the mayor"),
    ("Protesters marched in Lagos, and the governor said the curfew would end.", "the governor"),
])
def test_a_speaker_with_no_noun_of_speech_before_it_is_read_as_before(text, speaker):
    assert speaker in [s.speaker for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, country", [
    ("Gunmen attacked a police post in Kano on Monday, killing two officers.", "NGA"),
    ("Protesters blocked roads in Sidon and Tyre on Sunday, witnesses said.", "LBN"),
])
def test_an_event_place_keeps_its_country(text, country):
    assert country in [e.location_country for e in extract_article(_article(text)).events]
