"""Speakers of stop 67: "state" after the name of a first-level region ("Kogi state", "Uttar Pradesh state") is the
region's noun, never a verb of speech with the region as its speaker. Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _rows(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.cue) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker", [
    ("Gunmen who seized 12 travellers in Nigeria's central Kogi state last week have released all of them, "
     "a police spokesman said on Friday.", "a police spokesman"),
    ("Bandits in Zamfara state last month freed 40 villagers, an official said.", "an official"),
    ("Police in Uttar Pradesh state last week arrested 20 protesters, the state government said.",
     "the state government"),
    ("A mob in Rakhine State on Sunday burned a mosque, residents said.", "residents"),
])
def test_a_regions_state_is_no_cue(text, speaker):
    rows = _rows(text)
    assert all(cue != "state" for _, cue in rows)
    assert (speaker, "said") in rows


@pytest.mark.parametrize("text", [
    "Borno state officials last week closed the schools.",
    "Farmers in Plateau state last year lost their crops to floods.",
])
def test_a_regions_state_makes_no_statement(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, row", [
    # guards: the verb after a plural subject, a document or a title
    ("The police state that the gunmen have freed all of them.", ("The police", "state")),
    ("Officials state that the school will reopen next week.", ("Officials", "state")),
    ("Democrats state that the bill would cut taxes.", ("Democrats", "state")),
])
def test_the_verb_state_still_cues(text, row):
    assert row in _rows(text)
