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
    ("\u201cWe are within striking distance,\u201d Sen. James Lankford, R-Okla., said on Sunday.",
     "Sen. James Lankford"),
    ('"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the convention.', "Rep. Glenn Thompson"),
    ("Rep. Tim Ryan, D-Ohio, told reporters the vote would be close.", "Rep. Tim Ryan"),
])
def test_a_legislator_s_party_and_state_are_no_speaker(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("A man accused of murder told the court he had acted in self-defence.", "A man accused of murder"),
    ("The man charged with the attack told the court he was innocent.", "The man charged with the attack"),
    ("A police officer convicted of assault said he would appeal.", "A police officer convicted of assault"),
])
def test_a_speaker_charged_with_a_crime_is_the_whole_phrase(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    "In May, she was arrested and charged with treason.",
    "Militants shot dead three civilians accused of spying for the army.",
])
def test_a_charge_told_in_the_passive_is_no_statement(text):
    assert _speakers(text) == []


def test_an_accusation_with_its_object_before_it_is_still_one():
    text = "She faces the senator she has accused of impugning her integrity."
    assert _speakers(text) == ["she"]


@pytest.mark.parametrize("text, speaker", [
    ('"The defendant treated the town hall as his bank," presiding judge Claire Dubois said.',
     "presiding judge Claire Dubois"),
    ('"We will not be lectured by this government," ANC secretary-general Fikile Mbalula said.',
     "ANC secretary-general Fikile Mbalula"),
    ("\u201cIt\u2019s unanimous,\u201d councilmember Mark Levine said of the vote.", "councilmember Mark Levine"),
])
def test_the_words_between_a_quote_and_the_name_after_it_name_the_speaker(text, speaker):
    [said] = extract_article(_article(text)).statements
    assert (said.speaker, said.quote_type) == (speaker, "direct")


@pytest.mark.parametrize("text, speaker", [
    ('Despite his "admittedly brash personality," public defender Shannon Quill wrote, Lazar is a devoted father.',
     "Shannon Quill"),
    ('"We will win," and he said it twice.', None),
])
def test_no_words_join_a_speaker_after_a_quote_inside_the_sentence_or_after_a_conjunction(text, speaker):
    assert speaker is None or speaker in _speakers(text)
    assert all(s is None or not s.startswith(("and ", "public defender")) for s in _speakers(text))


@pytest.mark.parametrize("text, speaker, content", [
    ("Mr Khan averred that no one was above the law.", "Mr Khan", "no one was above the law"),
    ("The commissioner opined that the curfew had worked.", "The commissioner", "the curfew had worked"),
])
def test_averring_and_opining_report_speech(text, speaker, content):
    assert [(s.speaker, s.content) for s in extract_article(_article(text)).statements] == [(speaker, content)]


@pytest.mark.parametrize("text", [
    "The minister said this while addressing a gathering at the press club on Sunday.",
    "Maj-Gen Edward Buba disclosed this while briefing journalists in Abuja on Thursday.",
])
def test_this_said_while_doing_something_else_is_no_new_statement(text):
    assert _speakers(text) == []


def _canonical(text: str) -> list[str | None]:
    return [s.speaker_canonical for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, canonical", [
    ("Punjab Information Minister Azma Bukhari said prices would fall. The minister said raids would continue.",
     ["Azma Bukhari", "Azma Bukhari"]),
    ('Judge Caroline Ashworth jailed Denise Howarth for six years. "You took their savings," the judge said.',
     ["Caroline Ashworth"]),
    ('"The defendant lied," presiding judge Claire Dubois said. The judge added that the sentence would follow.',
     ["Claire Dubois", "Claire Dubois"]),
])
def test_the_title_alone_points_back_at_the_person_named_with_it(text, canonical):
    assert _canonical(text) == canonical


def test_a_title_no_one_was_named_with_stays_a_title():
    text = 'Keir Starmer visited a hospital in Leeds. "The NHS is broken," the prime minister said.'
    assert _canonical(text) == ["prime minister"]


@pytest.mark.parametrize("text, canonical", [
    ("Senior Superintendent of Police (SSP) Rajesh Kumar said the accused had been arrested. The SSP said raids were "
     "continuing.", ["Rajesh Kumar", "Rajesh Kumar"]),
    ("The Police Public Relations Officer (PPRO), DSP Abimbola Oyeyemi, said the suspects were arrested. The PPRO "
     "added that the victims were in hospital.", ["Abimbola Oyeyemi", "Abimbola Oyeyemi"]),
])
def test_a_title_s_acronym_points_back_at_the_person_named_after_it(text, canonical):
    assert _canonical(text) == canonical


def test_an_organisation_s_acronym_still_names_the_organisation():
    assert _canonical("The Allied Democratic Forces (ADF) attacked a village. The ADF said it would fight on.") == [
        "Allied Democratic Forces"]


@pytest.mark.parametrize("text", [
    "The governor said the province had declared a state of calamity.",
    "The government declared a state of emergency on Monday.",
    "Hillary Clinton, who declared victory in the race on Tuesday, spoke in Brooklyn.",
])
def test_a_state_or_an_act_declared_is_no_speech(text):
    assert [s.cue for s in extract_article(_article(text)).statements if s.cue and s.cue.startswith("declar")] == []


@pytest.mark.parametrize("text", [
    "The president declared that the war was over.",
    "The president declared the war was over.",
])
def test_what_is_declared_in_a_clause_is_still_speech(text):
    assert [s.content for s in extract_article(_article(text)).statements] == ["the war was over"]


@pytest.mark.parametrize("text, content", [
    ("Remulla said in an interview over DZMM that the suspects would be charged.", "the suspects would be charged"),
    ("The minister said in a statement carried by the Saudi Press Agency that the talks would resume.",
     "the talks would resume"),
    ("Mr. Obama made clear over the weekend that meeting relatives of prisoners has an impact.",
     "meeting relatives of prisoners has an impact"),
])
def test_what_a_venue_or_its_carrier_sets_before_that_is_no_speech(text, content):
    assert [s.content for s in extract_article(_article(text)).statements] == [content]
