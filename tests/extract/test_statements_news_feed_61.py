"""Statements in the rest of a news feed (stop 61): sport, courts and local news, where words that report speech
elsewhere report none ("claimed five wickets", "the main accused", "Washington state's"), and closing attributions
whose speaker has a modifier the lexicon does not know ("…, park officials said"). Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text", [
    "Bumrah claimed five wickets for 38 runs as India bowled the hosts out.",
    "The Wallabies conceded four tries as the New Zealand forwards bullied them at the breakdown.",
    "Keely Hodgkinson claimed gold in the 800 metres on Monday night.",
    "City conceded two late goals and dropped to fourth.",
    "The main accused and one of his sons were arrested from Loni in Ghaziabad.",
    "The co-accused was granted bail by the high court.",
    "The disease was found in Washington state's San Juan Islands.",
])
def test_no_speech_in_scores_nouns_and_possessives(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, speaker, content", [
    # guards: the same verbs reporting speech
    ("The opposition leader claimed the vote was rigged.", "The opposition leader", "the vote was rigged"),
    ("The coach conceded that his side had been poor.", "The coach", "his side had been poor"),
    ("The minister accused the rebels of breaking the truce.", "The minister", "the rebels of breaking the truce"),
    ("Officials state that the river is safe.", "Officials", "the river is safe"),
    ("The Turkish government claimed Gulen runs a network of schools.", "The Turkish government",
     "Gulen runs a network of schools"),
])
def test_speech_verbs_still_report(text, speaker, content):
    assert _statements(text) == [(speaker, text[len(speaker) + 1:].split()[0], content)]


@pytest.mark.parametrize("text, speaker", [
    ("The river was polluted, park officials said.", "park officials"),
    ("The fungus has killed millions of bats, wildlife experts say.", "wildlife experts"),
    ("Two trawlers sank in the storm, fisheries officials said on Thursday.", "fisheries officials"),
    ("The fire was contained by Sunday, and forestry officials said it had burned 400 hectares.",
     "forestry officials"),
])
def test_closing_speaker_with_an_unknown_modifier(text, speaker):
    assert [s for s, _, _ in _statements(text)] == [speaker]


@pytest.mark.parametrize("text, cue, speaker", [
    # guards: a cue, a verb or an adverb before the head is no modifier of it
    ("In the villages, patients say officials threatened to cut off their drugs.", "threatened", "officials"),
    ("Gunmen attacked a group of police officers, officials said.", "said", "officials"),
])
def test_closing_speaker_takes_no_cue_or_verb(text, cue, speaker):
    assert [s for s, c, _ in _statements(text) if c == cue] == [speaker]


def test_closing_speaker_takes_no_adverb():
    assert _statements("The cap would have been 16,000, against the average 80,000 — overwhelmingly EU member "
                       "state — immigrants a year.") == []


@pytest.mark.parametrize("text, canonical", [
    ('Trump, who in March sent a letter to Ayatollah Ali Khamenei, has threatened Iran. He told reporters on Friday '
     'that Iran "cannot have a nuclear weapon".', "Trump"),
    ("Meanwhile Rihanna, who was honored by Queen Latifah, spoke about self-acceptance. “Learn to love yourself,” "
     "she said.", "Rihanna"),
    # guard: the person of the relative clause, when the main clause names nobody
    ("The award, which went to Serena Williams last year, was not given. She said it was a shame.", "Serena Williams"),
])
def test_pronoun_prefers_the_main_clause_to_a_relative_clause(text, canonical):
    found = [s.speaker_canonical for s in extract_article(_article(text)).statements if s.speaker_source == "pronoun"]
    assert found == [canonical]


@pytest.mark.parametrize("text, speaker", [
    ("The ministry issued a statement on Friday saying the talks had failed.", "The ministry"),
    ("Ladapo defended the policy. He sent a letter to parents saying it was up to them to decide.", "He"),
    ("The governor wrote a letter to the president urging him to act.", "The governor"),
    ("The town released a statement Wednesday saying the comments were wrong.", "The town"),
    # guards: a participle after people goes on with them
    ("Dozens of relatives gathered outside the prison gates on Wednesday demanding the men's release.",
     "Dozens of relatives"),
])
def test_participle_after_a_document_is_its_issuers(text, speaker):
    assert [s for s, _, _ in _statements(text)] == [speaker]
