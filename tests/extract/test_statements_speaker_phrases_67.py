"""Speakers of stop 67: the place a person is at keeps its own adjective inside the person's phrase ("a doctor at a
hospital in nearby Tamboul said": the doctor, not Tamboul). Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker", [
    ("A medical source at a hospital in nearby Tamboul said the hospital had received dozens of wounded.",
     "A medical source at a hospital in nearby Tamboul"),
    ("A nurse at a clinic in nearby Umbada said six people had died.", "A nurse at a clinic in nearby Umbada"),
    ("An official in neighbouring Wad Madani said the road was closed.", "An official in neighbouring Wad Madani"),
    ("A resident of central Khartoum said the shelling lasted for hours.", "A resident of central Khartoum"),
    ("A teacher in rebel-held Idlib said the school had been hit twice.", "A teacher in rebel-held Idlib"),
    ("The mayor of nearby Kadugli said the shelling lasted for hours.", "The mayor of nearby Kadugli"),
    ("Six people were killed in the shelling, a doctor in central Khartoum said.", "a doctor in central Khartoum"),
    # guards: a place with no adjective, a name in apposition, and an adjective the lexicon already knows
    ("A doctor at the main hospital in Beledweyne said dozens were wounded.",
     "A doctor at the main hospital in Beledweyne"),
    ("Ahmed Ali, a doctor at a hospital in nearby Tamboul, said six people had died.", "Ahmed Ali"),
    ("A doctor in southern Gaza said six people had died.", "A doctor in southern Gaza"),
])
def test_a_places_adjective_stays_inside_the_speakers_phrase(text, speaker):
    assert _speakers(text)[0] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("On 24 April 2024, farmers blocked the national highway near Ludhiana (Punjab) demanding minimum support prices.",
     "farmers"),
    ("Farmers blocked the road demanding higher prices.", "Farmers"),
    ("Traders shut their shops in Srinagar demanding the release of detainees.", "Traders"),
    ("Students marched through the streets of Dhaka demanding justice.", "Students"),
    ("On Monday, demonstrators blocked the main road condemning the arrests.", "demonstrators"),
    # guards: people who demand themselves, an agent, a pronoun with its own verb, a named one in the scene
    ("Police fired tear gas at protesters demanding reforms.", "protesters"),
    ("I am glad we are demanding a major change.", "we"),
    ("Critics recalled the spectacle of Mr. Ruto denouncing the court.", "the spectacle of Mr. Ruto"),
    ("A message was left by the perpetrators accusing him of theft.", "the perpetrators"),
])
def test_a_participle_of_purpose_after_a_thing_goes_on_with_the_subject(text, speaker):
    assert speaker in _speakers(text)


def _rows(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text", [
    "At least 12 civilians were killed on Saturday in an attack attributed to ADF rebels in the village of Mangurujipa.",
    "Twelve people died in a bombing blamed on the ADF.",
    "Perpetrators threatened the drivers with guns, before setting the vehicles on fire.",
    "The gang threatened residents with machetes.",
])
def test_a_deed_ascribed_or_a_menace_is_no_statement(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, row", [
    # guards: the active verbs of blame and threats in words
    ("Police blamed the attack on the ADF.", ("Police", "blamed", "the attack on the ADF")),
    ("The ministry attributed the deaths to an outbreak of cholera.",
     ("The ministry", "attributed", "the deaths to an outbreak of cholera")),
    ("Iran threatened retaliation.", ("Iran", "threatened", "retaliation")),
    ("The president threatened them with the loss of trade.",
     ("The president", "threatened", "them with the loss of trade")),
    ("Shares in Bayer plunged after the company slashed its forecast and said demand was weak.",
     ("the company", "said", "demand was weak")),
])
def test_blame_and_threats_in_words_stay_statements(text, row):
    assert row in _rows(text)


def test_a_verb_joined_inside_a_subordinate_clause_is_that_clauses_not_the_earlier_speakers():
    text = ("Noboa declared an internal armed conflict on January 9, after gunmen stormed the studios of a TV channel "
            "and threatened journalists.")
    assert all(speaker != "Noboa" or cue != "threatened" for speaker, cue, _ in _rows(text))


@pytest.mark.parametrize("text, speaker", [
    # (since stop 68 "put the number at" is a cue, whose speaker is the name set off after its description)
    ("However, the chairman, Ibrahim Gajere, put the number at 87, saying several people had not been accounted for.",
     "Ibrahim Gajere"),
    ("Nevertheless, the governor, Uba Sani, closed the schools, saying the risk was too high.", "the governor"),
    # guard: no adverb before the subject
    ("The chairman, Ibrahim Gajere, put the number at 87, saying several people had not been accounted for.",
     "Ibrahim Gajere"),
])
def test_a_discourse_adverb_before_the_subject_leaves_it_the_speaker_of_a_participle(text, speaker):
    assert speaker in _speakers(text)
