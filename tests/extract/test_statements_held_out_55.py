"""A verb of speech in the past after a preposition is an adjective of the noun after it (stop 55): "a debate on
alleged irregularities" reports nothing. Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article
from tests.extract.test_statements_held_out_54 import _speakers


@pytest.mark.parametrize("text", [
    "The Speaker refused to allow a debate on alleged irregularities in the award of a port contract.",
    "The inquiry in alleged abuses at the prison opened on Monday.",
    "Three officers were suspended following alleged misconduct.",
])
def test_a_participle_of_speech_after_a_preposition_reports_nothing(text):
    assert _speakers(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("The minister, speaking in Lagos, alleged that the contract was rigged.", "The minister"),
    ("Police in Lagos alleged that the suspects had fled.", "Police in Lagos"),
])
def test_one_who_alleges_still_speaks(text, speaker):
    assert [s for s, _ in _speakers(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Sen. Amy Castellano, D-Minn., the third-ranking Democrat, said the position was reckless.",
     "Sen. Amy Castellano"),
    ("State Rep. Gary Lindqvist, R-Lima, the bill's sponsor, said rural districts need the option.",
     "State Rep. Gary Lindqvist"),
    ("Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said the plan would fail.",
     "Sen. Lindsey Graham"),
])
def test_a_legislator_s_party_and_state_before_an_apposition_are_not_the_speaker(text, speaker):
    assert [s for s, _ in _speakers(text)] == [speaker]


def test_who_after_a_legislator_s_party_and_state_is_the_legislator():
    found = _speakers('"This is a mistake," said Sen. Mike Lee, R-Utah, who warned against the plan.')
    assert found == [("Sen. Mike Lee", "Mike Lee"), ("who", "Mike Lee")]


def test_a_transcript_s_lines_are_their_speakers_words():
    text = ("Ray Dalton faced questions on Sunday.\n\nJAKE TAPPER: Why did you change your vote?\n\n"
            "DALTON: What changed is the math. We're $35 trillion in debt.\n\nTAPPER: Even with the backlash?")
    found = [(s.speaker, s.content, s.quote_type) for s in extract_article(_article(text)).statements]
    assert found == [("JAKE TAPPER", "Why did you change your vote?", "direct"),
                     ("DALTON", "What changed is the math. We're $35 trillion in debt.", "direct"),
                     ("TAPPER", "Even with the backlash?", "direct")]


@pytest.mark.parametrize("text", [
    "EXCLUSIVE: In memo to Congress, the minister insists the plan is working.",
    "UPDATE: This story has been updated with new figures.",
    "The vote was close.\n\nSTAT OF THE WEEK: $43 million was spent on the campaign.",
])
def test_a_kicker_in_capitals_is_no_speaker(text):
    assert [s.speaker for s in extract_article(_article(text)).statements if s.cue == ":"] == []


@pytest.mark.parametrize("text, speaker", [
    ("Scotland's transport secretary has admitted that the ferries will not enter service until next year.",
     "Scotland's transport secretary"),
    ("The inspector general's report warned that fatigue posed a growing risk to safety.",
     "The inspector general's report"),
    ("Sanders’ campaign said the count was wrong.", "Sanders’ campaign"),
    ("The National Farmers' Union said its members were not going away.", "The National Farmers' Union"),
    ("Defenders of the rule insist it forces compromise.", "Defenders of the rule"),
])
def test_a_possessor_and_the_words_before_the_head_are_the_speaker_s(text, speaker):
    assert [s for s, _ in _speakers(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "It's a dynamic Greenberg said would not last.",  # a contraction, no possessor
    "Trump's campaign released a statement that said the poll was rigged.",  # a verb between
])
def test_no_possessor_past_a_verb_or_a_contraction(text):
    assert all(s is None or not s.startswith(("It", "Trump")) for s, _ in _speakers(text))


def test_a_plural_possessive_name_keeps_its_apostrophe_in_the_canonical_name():
    assert _speakers("Sanders’ campaign said the count was wrong.") == [("Sanders’ campaign", "Sanders’ campaign")]


def test_he_after_a_speaker_told_by_the_title_of_an_office_is_that_speaker():
    text = ("Rawiri Henare said the law breached the Treaty. The Prime Minister dismissed suggestions the bill had "
            'been rushed. "It went through a full process," he said.')
    assert _speakers(text)[-1] == ("he", "Prime Minister")


def test_the_with_a_name_of_no_office_is_still_no_person():
    found = extract_article(_article("The Red Cross said the convoy had reached the town.")).statements
    assert [(s.speaker_canonical, s.speaker_kind) for s in found] == [("Red Cross", "organization")]


@pytest.mark.parametrize("text", [
    "MAIDUGURI: Boko Haram insurgents killed 12 farmers on Sunday. The Maiduguri attack was the third this month.",
    "NEW DELHI: Police detained 30 protesters on Sunday. The New Delhi police later released them.",
    "NPR's Jenna Hollis reports.\n\nHOLLIS: Election officials say turnout is running ahead of 2020.",
])
def test_a_dateline_or_the_reporter_s_label_opens_no_one_s_words(text):
    assert [s.speaker for s in extract_article(_article(text)).statements if s.cue == ":"] == []
