"""Verbs of speech in a sense of no speech (stop 53): whom "dismiss" removes, what "deny" refuses, what "claim" takes
as won, and "states" as a noun. Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from etl.extract.mentions import analyze
from tests.extract.test_events_wire import _article


def _cues(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.cue) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text", [
    "The chancellor on Wednesday dismissed the finance minister, ending the coalition.",
    "The president dismissed two senior officials over the scandal.",
    "The lawyer was on Monday denied entry into Tanzania and deported.",
    "The court denied him bail.",
    "Ms MacLeod, who claimed the party leadership unopposed last year, left for Inverness.",
    "Several member states push for a tougher approach to migration.",
    "Rust Belt states that have suffered from the loss of jobs voted for him.",
    "Coastal states swing toward Democrats.",
])
def test_a_verb_of_speech_in_a_sense_of_no_speech(text):
    assert _cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("The Kremlin dismissed the report as nonsense.", ("The Kremlin", "dismissed")),
    ("The minister dismissed the claims.", ("The minister", "dismissed")),
    ("The ministry denied that troops had fired on the crowd.", ("The ministry", "denied")),
    ("It states that courts should not issue an opinion.", ("It", "states")),
    ("The report states that 12 people died.", ("The report", "states")),
])
def test_the_same_verbs_of_speech_still_speak(text, cue):
    assert _cues(text) == [cue]


def _canonicals(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_canonical) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker", [
    ('"We will act," the first minister told reporters.', ("the first minister", "first minister")),
    ("Israel's prime minister's office said in a statement that it appreciated the efforts of the mediators.",
     ("Israel's prime minister's office", "Israel's prime minister's office")),
])
def test_titles_a_word_of_rank_opens(text, speaker):
    assert _canonicals(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The spokesman, Khalid al-Mansouri, told reporters that the teams had narrowed differences.",
     ("The spokesman", "Khalid al-Mansouri")),
    ("The Victorian Premier, Rebecca Lindsay, has defended the decision, saying the budget could not carry every "
     "project.", ("The Victorian Premier", "Rebecca Lindsay")),
    ("The mayor was detained in a raid, according to his lawyer, Deniz Koc.", ("his lawyer", "Deniz Koc")),
])
def test_a_description_is_the_person_its_apposition_names(text, speaker):
    assert _canonicals(text)[0] == speaker


def test_a_name_after_a_sources_comma_is_what_the_source_tells():
    text = ("According to an FBI summary of its investigation, Cheryl Mills, a top Clinton aide, sent the employee "
            "an email.")
    assert [c for _, c in _canonicals(text)] != ["Cheryl Mills"]


def test_a_natural_feature_is_no_person_a_pronoun_points_back_at():
    assert analyze("Scarborough Shoal").kind != "person"
