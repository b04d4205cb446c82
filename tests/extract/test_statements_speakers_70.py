"""Speakers of stop 70: a subject with a past participle of where it is before its own verb ("Troops posted on the
border said") speaks whole, not the place that ends the phrase; a service's or a channel's name that ends with its
number ("Rescue 1122", "Channel 4") is a speaker. Guards: a verb in the past before a cue in -ing is the subject's own
("Farmers gathered outside the office demanding …"), an "alleged" after "the" is no cue, and a date or a gate's number
inside a phrase names no one. Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _rows(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker, content", [
    ("Troops posted on the border said the crossings had been quiet for a week.", "Troops posted on the border",
     "the crossings had been quiet for a week"),
    ("Soldiers stationed near the frontier said they had heard shelling overnight.",
     "Soldiers stationed near the frontier", "they had heard shelling overnight"),
    ("Residents trapped in the old town said food was running out.", "Residents trapped in the old town",
     "food was running out"),
    ("Journalists based in Kyiv said the sirens sounded twice overnight.", "Journalists based in Kyiv",
     "the sirens sounded twice overnight"),
    ("Patients taken to the district hospital said the gunmen wore uniforms.", "Patients",
     "the gunmen wore uniforms"),
    # guards: a phrase of place after the subject, and a relative clause set off by commas
    ("Residents of the village said nobody had come to help them.", "Residents of the village",
     "nobody had come to help them"),
    ("Residents, who fled the fighting on Sunday, said nobody had told them to leave.", "Residents",
     "nobody had told them to leave"),
])
def test_a_participle_of_where_the_subject_is_stays_in_the_speaker(text, speaker, content):
    assert (speaker, "said", content) in _rows(text)


def test_a_verb_in_the_past_before_a_cue_in_ing_is_not_read_as_a_participle():
    speakers = [s for s, _, _ in _rows("Farmers gathered outside the governor's office demanding compensation for "
                                       "the floods.")]
    assert not any(s and "gathered" in s for s in speakers)


def test_the_agent_of_a_report_compiled_by_it_speaks():
    assert [s for s, _, _ in _rows("A report compiled by the UN said the camp was overcrowded.")] == ["the UN"]


def test_an_adjective_after_a_determiner_is_no_cue():
    assert _rows("A lawyer involved in the alleged fraud was arrested on Monday.") == []


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Rescue 1122 said four people were pulled alive from the rubble.", "Rescue 1122", "said",
     "four people were pulled alive from the rubble"),
    ("Four people were pulled alive from the rubble, Edhi 115 said.", "Edhi 115", "said",
     "Four people were pulled alive from the rubble"),
    ("Channel 4 reported that the interview would air on Friday.", "Channel 4", "reported",
     "the interview would air on Friday"),
])
def test_a_name_that_ends_with_its_number_speaks(text, speaker, cue, content):
    assert (speaker, cue, content) in _rows(text)


def test_a_date_before_the_subject_is_no_name():
    assert [s for s, _, _ in _rows("In May 2019 officials said the road would reopen.")] == ["officials"]


def test_a_number_inside_a_phrase_is_no_name():
    assert "Gate 3" not in [s for s, _, _ in _rows("Officials at Gate 3 said the queue was moving.")]
