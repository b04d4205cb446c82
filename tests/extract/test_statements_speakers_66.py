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


def _rows(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, row", [
    ("Rights groups have since accused soldiers of beating inmates, accusations the armed forces deny.",
     ("the armed forces", "deny", "Rights groups have since accused soldiers of beating inmates")),
    ("Rights groups have since accused soldiers of beating inmates, accusations the armed forces deny.",
     ("Rights groups", "accused", "soldiers of beating inmates")),
    ("The opposition accused him of fraud, allegations he denies.",
     ("he", "denies", "The opposition accused him of fraud")),
    ("Witnesses said soldiers fired on the crowd, an accusation the army has denied.",
     ("the army", "denied", "Witnesses said soldiers fired on the crowd")),
    ("Witnesses said soldiers fired on the crowd, an accusation the army has denied.",
     ("Witnesses", "said", "soldiers fired on the crowd")),
])
def test_a_noun_of_speech_before_a_clause_opens_a_denial_of_the_clause_before(text, row):
    assert row in _rows(text)


@pytest.mark.parametrize("text, speaker", [
    ("Mrs. Clinton has since said she would support a smaller increase.", "Mrs. Clinton"),
    ("The ministry had since denied that any soldier was hurt.", "The ministry"),
])
def test_since_after_has_stands_between_speaker_and_cue(text, speaker):
    assert _rows(text)[0][0] == speaker


@pytest.mark.parametrize("text", [
    # guards: "since" before a participle is a preposition, and a statement with a noun of speech but no comma
    "His campaign said he halted all paid speeches since announcing his candidacy.",
    "In the six months since announcing her decision, Fiorina had toured the country.",
])
def test_since_before_a_participle_makes_no_speaker(text):
    assert all(speaker not in {"all paid speeches", "six months"} for speaker, _, _ in _rows(text))


@pytest.mark.parametrize("text, speaker", [
    ('"We have a choice," said Gov. Phil Bryant of Mississippi, a former backer of Sen. Ted Cruz, who has since '
     'called on Republicans to back Trump. "Realistically, this is an opportunity."',
     "Gov. Phil Bryant of Mississippi"),
    ('"We have a choice," said Bryant. Cruz, who has since called on Republicans to back Trump, was absent. '
     '"Realistically, this is an opportunity."', "Bryant"),
])
def test_a_quote_after_a_relative_clause_goes_on_with_the_speaker_before(text, speaker):
    assert _rows(text)[-1][0] == speaker and _rows(text)[-1][2].startswith('"Realistically')


@pytest.mark.parametrize("text, cues", [
    ("Relatives said he had received threats in recent months and had asked state authorities for more protection.",
     ["said"]),
    ("The minister said the talks had failed and had urged both sides to return.", ["said"]),
    # guards: a simple past joined on, a cue in the past perfect itself, and a comma before "and"
    ("The minister said the talks had failed and urged both sides to return.", ["said", "urged"]),
    ("The minister had said the talks were over and had urged both sides to leave.", ["said", "urged"]),
    ("Police said the suspect had fled, and had warned residents to stay indoors.", ["said", "warned"]),
])
def test_a_past_perfect_joined_after_said_goes_on_with_what_was_said(text, cues):
    assert [cue for _, cue, _ in _rows(text)] == cues


def _canonicals(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.speaker, s.cue, s.speaker_canonical) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, row", [
    # "it" opening what a body said is that body, not the body the sentence before named
    ('The government imposed a curfew. The opposition PAI-Terra Ranka coalition said it condemned "any attempt to '
     'take power by force", but warned the president against using the events as a pretext.',
     ("it", "condemned", "opposition PAI-Terra Ranka coalition")),
    ('The government imposed a curfew. The opposition PAI-Terra Ranka coalition said it condemned "any attempt to '
     'take power by force", but warned the president against using the events as a pretext.',
     ("it", "warned", "opposition PAI-Terra Ranka coalition")),
    # "it" in a clause of its own sentence is the body that sentence opens with
    ("President Embalo appeared on television. The government imposed a curfew and suspended two radio stations "
     'that it accused of spreading "false information" about the unrest.', ("it", "accused", "government")),
])
def test_it_is_the_body_whose_words_or_sentence_it_opens(text, row):
    assert row in _canonicals(text)


@pytest.mark.parametrize("text, row", [
    # guards: a person's "they" are others, and "it" after a person's statement is no person
    ("Smith said they had warned the council.", ("Smith", "said", "Smith")),
    ("The army said it had repelled the attack and warned residents to stay indoors.", ("The army", "warned", "army")),
])
def test_it_guards(text, row):
    assert row in _canonicals(text)


@pytest.mark.parametrize("text, rows", [
    # how a source spoke, after its attribution, is no statement of its own nor more of what was said
    ('"We heard shooting all night," a trader in the Bandim market told AFP by telephone, asking not to be named.',
     [("a trader", "told AFP")]),
    ('"That is a disaster," said a party official, asking for anonymity to speak freely.',
     [("a party official", "said")]),
    ('Troops killed three militants, the military said. An operation was under way to eliminate any other "khwarij" '
     'found there, it added, using the term the state uses for the banned Tehreek-i-Taliban Pakistan.',
     [("the military", "said"), ("it", "added")]),
])
def test_how_a_source_spoke_is_no_statement(text, rows):
    assert [(speaker, cue) for speaker, cue, _ in _rows(text)] == rows
    assert not any(content.startswith("using") for _, _, content in _rows(text))


@pytest.mark.parametrize("text, row", [
    ("Gunmen abducted 25 schoolgirls in Kebbi state, and the kidnappers have since demanded 200 million naira for "
     "their release, police and relatives said on Tuesday.",
     ("police and relatives", "said", "Gunmen abducted 25 schoolgirls in Kebbi state, and the kidnappers have since "
      "demanded 200 million naira for their release")),
    ("Troops stormed the camp, but the rebels denied any losses, the army said.",
     ("the army", "said", "Troops stormed the camp, but the rebels denied any losses")),
    # the clause's own statement stays, nested in the whole
    ("Gunmen abducted 25 schoolgirls in Kebbi state, and the kidnappers have since demanded 200 million naira for "
     "their release, police and relatives said on Tuesday.",
     ("the kidnappers", "demanded", "200 million naira for their release")),
])
def test_an_attribution_after_a_joined_clause_with_a_statement_says_the_whole_sentence(text, row):
    assert row in _rows(text)
