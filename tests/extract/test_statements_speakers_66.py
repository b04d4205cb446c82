"""Speakers of stop 66: a relative clause between a speaker and the cue ("A neighbour who lives three doors down
said") leaves the noun it is about as the speaker, not the phrase that ends the clause. Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_canonical) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker", [
    ("A neighbour who lives three doors down said she heard gunshots at about 11 p.m.", "A neighbour"),
    ("A woman who lives two streets away said she heard shots.", "A woman"),
    ("Residents who saw the attack said the gunmen wore masks.", "Residents"),
    ("The company which owns the building said it would cooperate.", "The company"),
    ("Officials who spoke with the newspaper said the plan had been dropped.", "Officials"),
    # guards: a clause with no phrase after its verb, a clause set off by commas, and no clause at all
    ("A man who lives nearby said he heard shots.", "A man"),
    ("The official, who asked not to be named, said two soldiers died.", "The official"),
    ("Witnesses near the market said the blast shook the street.", "Witnesses near the market"),
])
def test_a_relative_clause_before_the_cue_leaves_its_noun_the_speaker(text, speaker):
    assert _speakers(text)[0][0] == speaker
