"""Statements of our own texts in the styles we are measured on (stop 51): a name's own verb before the verb of
speech its subject also governs. Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker", [
    ("Rishi Sunak stood outside Downing Street and said the country would go to the polls on July 4.",
     "Rishi Sunak"),
    ('Tony Burke hit back, describing the claims as "complete nonsense".', "Tony Burke"),
    ("Judge Amara Okafor sat in silence and then said the verdict would come on Friday.", "Judge Amara Okafor"),
    ("Coach Ange Postecoglou went to the press room and said his side had been robbed.", "Coach Ange Postecoglou"),
])
def test_a_past_verb_after_a_name_ends_the_speaker(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('"We will not be lectured," said ANC secretary-general Fikile Mbalula.', "ANC secretary-general Fikile Mbalula"),
    ("The younger Mr. Trump said the campaign would go on.", "The younger Mr. Trump"),
])
def test_lowercase_words_inside_a_speaker_stay(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Sen. Chris Murphy, D-Conn., said the text could be released as early as Wednesday.", "Sen. Chris Murphy"),
    ("\u201cWe are within striking distance,\u201d Sen. James Lankford, R-Okla., said on Sunday.", "Sen. James Lankford"),
    ('"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the convention.', "Rep. Glenn Thompson"),
    ("Rep. Tim Ryan, D-Ohio, told reporters the vote would be close.", "Rep. Tim Ryan"),
])
def test_a_legislator_s_party_and_state_are_no_speaker(text, speaker):
    assert _speakers(text) == [speaker]
