"""Verbs of speech in a sense of no speech, and the speaker and content around a cue (stop 56). Every text is our
own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article
from tests.extract.test_statements_held_out_54 import _speakers


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text", [
    "Anglo American rejected a third offer from BHP worth about 49 billion pounds.",
    "Machinists at the plant went on strike after rejecting a contract offer.",
    "The council rejected the company's bid to build a second runway.",
    "The court dismissed the lawsuit on Monday.",
    "The appeals court rejected his appeal in March.",
])
def test_a_proposal_turned_down_is_no_speech(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, content", [
    ("The ministry rejected the claims as baseless.", "the claims as baseless"),
    ("The board rejected the offer as too low.", "the offer as too low"),
    ("The minister rejected claims that the plan would raise taxes.", "claims that the plan would raise taxes"),
    ("He dismissed the charges as politically motivated.", "the charges as politically motivated"),
    ("The minister dismissed suggestions the bill had been rushed.", "suggestions the bill had been rushed"),
])
def test_words_rejected_or_a_reason_given_are_still_speech(text, content):
    assert [c for _, _, c in _statements(text)] == [content]


@pytest.mark.parametrize("text", [
    "BYD cut prices last month. Rivals answered with their own cuts.",
    "Police replied with tear gas.",
    "Trump answered the question by attacking the moderator.",
    "The company did not reply to a request for comment.",
])
def test_answering_with_an_act_or_an_object_is_no_speech(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, speaker, content", [
    ('"Not at all," he replied.', "he", '"Not at all,"'),
    ("Asked about the vote, she replied that the count was fair.", "she", "the count was fair"),
    ('"We will win," replied the mayor.', "the mayor", '"We will win,"'),
    ("Asked whether he would run, he answered he had not decided.", "he", "he had not decided"),
])
def test_a_reply_in_words_is_still_speech(text, speaker, content):
    assert [(s, c) for s, _, c in _statements(text)] == [(speaker, content)]


@pytest.mark.parametrize("text, cue, content", [
    ("Police arrested 29 people for looting, Sheriff Robert Luna told a news conference.",
     "told a news conference", "Police arrested 29 people for looting"),
    ("The talks will resume next week, the minister told state media.", "told state media",
     "The talks will resume next week"),
    ("One person was killed in the shelling, Governor Ivan Petrov said on his Telegram channel on Saturday.",
     "said on his Telegram channel on Saturday", "One person was killed in the shelling"),
    ("Two drones were shot down overnight, the governor said on Telegram.", "said",
     "Two drones were shot down overnight"),
    ("The army said on X that its troops had repelled the attack.", "said", "its troops had repelled the attack"),
])
def test_an_audience_or_a_channel_after_the_cue_is_no_content(text, cue, content):
    assert [(q, c) for _, q, c in _statements(text)] == [(cue, content)]


@pytest.mark.parametrize("text, cue", [
    ("The strike killed four, the governor told CNN.", "told CNN"),
    ("Food prices will fall next year, the minister said in an interview on Saturday.",
     "said in an interview on Saturday"),
])
def test_the_sentence_s_period_is_no_part_of_the_cue(text, cue):
    assert [q for _, q, _ in _statements(text)] == [cue]


def test_a_post_on_x_ends_its_sentence():
    text = ('"The people have placed their faith in us," Modi said in a post on X. Congress leader Rahul Gandhi said '
            "voters had delivered a blow to the prime minister.")
    assert [(s, q) for s, q, _ in _statements(text)] == [("Modi", "said in a post on X"),
                                                          ("Congress leader Rahul Gandhi", "said")]


def test_an_initial_still_holds_its_name_together():
    assert [s for s, _, _ in _statements("President John F. Kennedy said the nation would go to the moon.")] == [
        "President John F. Kennedy"]


@pytest.mark.parametrize("text, speaker", [
    ("Residents fleeing toward Hsipaw said heavy shelling continued through the night.",
     "Residents fleeing toward Hsipaw"),
    ("Families heading towards Rafah said the road was blocked.", "Families heading towards Rafah"),
    ("Update 1:15 p.m. GMT: JNIM claimed responsibility for the attack, saying its fighters had also struck the "
     "airport.", "JNIM"),
    ("14:05 GMT: The army said its troops had repelled the attack.", "The army"),
    ("The youth had gone near the border to bring cattle from India, said locals.", "locals"),
    ("The fire spread to three houses before dawn, villagers said.", "villagers"),
])
def test_the_subject_is_the_speaker_not_a_place_or_a_label(text, speaker):
    assert [s for s, _ in _speakers(text)] == [speaker]


def test_a_place_after_a_preposition_of_a_named_speaker_is_still_no_speaker():
    assert [s for s, _ in _speakers("Ortiz at a rally in Reno said taxes would fall.")] == ["Ortiz"]


@pytest.mark.parametrize("text, canonical", [
    ("Colonel Abdullahi Ali Omar said the troops destroyed several hideouts.", "Abdullahi Ali Omar"),
    ("Sindh Home Minister Ziaul Hassan Lanjar said the police would be deployed.", "Ziaul Hassan Lanjar"),
    ("Iranian Foreign Ministry Spokesman Nasser Kanaani condemned the attack. Kanaani said Iran would respond.",
     "Nasser Kanaani"),
])
def test_a_name_after_a_title_keeps_all_its_words(text, canonical):
    assert {c for _, c in _speakers(text)} == {canonical}


@pytest.mark.parametrize("text, canonical", [
    ("Comedian Sarah Silverman said the show would go on.", "Sarah Silverman"),  # no title the lexicons know
    ("Fox News' Sean Hannity said the debate was over.", "Sean Hannity"),  # an outlet's reporter
    ("The Philippines' Coast Guard said the vessel fired water cannon.", "Coast Guard"),  # a country's body
    ("The Palestinian Prisoners' Society said forces arrested 25 people.", "Palestinian Prisoners' Society"),
    ("The Kurdistan Workers' Party said it would lay down its arms.", "Kurdistan Workers' Party"),
])
def test_a_plural_possessive_names_a_body_s_members_not_its_owner(text, canonical):
    assert [c for _, c in _speakers(text)] == [canonical]


@pytest.mark.parametrize("text, speaker", [
    ("Yemen's armed forces say they targeted a ship in the Red Sea.", "Yemen's armed forces"),
    ("The doctors' union said at least 56 civilians were killed.", "The doctors' union"),
    ("The country's army said it had repelled the attack.", "The country's army"),
    ('"We will keep marching until they sell," a spokesman for the supporters\' group said.',
     "a spokesman for the supporters' group"),
    ("Scotland's transport secretary said the line would reopen.", "Scotland's transport secretary"),
])
def test_a_possessor_is_part_of_the_body_that_speaks(text, speaker):
    assert [s for s, _ in _speakers(text)] == [speaker]


def test_a_possessive_before_a_verb_still_owns_no_speaker():
    assert _speakers("Trump's campaign released a statement on Monday.") == []


@pytest.mark.parametrize("text, canonical", [
    ('The army chief said Sheikh Hasina had resigned. "Have faith in the army," he said.', "army chief"),
    ("Police officer Ziaud Din said the attacker struck the checkpost in the Jani Khel area. The injured were shifted "
     "to hospital, he said.", "Ziaud Din"),
    ('The police chief said Michael Henry had fled the city. "We will find him," he said.', "police chief"),
    ('Mayor Tom Reed said John Park would resign. "He has our thanks," he said.', "Tom Reed"),
])
def test_he_after_a_statement_is_its_speaker_not_whom_it_spoke_of(text, canonical):
    assert [c for _, c in _speakers(text)][-1] == canonical


@pytest.mark.parametrize("text, canonical", [
    # whom a speaker accused may answer; "he" inside the words reported is whom they speak of
    ('Senator Tom Reed accused Mary Cole of lying. "I stood up to the banks," she said.', "Mary Cole"),
    ("Mayor Tom Reed met John Park on Monday. He said the talks went well.", "Tom Reed"),
])
def test_he_still_agrees_with_whom_the_text_tells(text, canonical):
    assert [c for _, c in _speakers(text)][-1] == canonical


def test_his_is_not_a_name_inside_a_relative_clause():
    text = "George Foreman, who was knocked out by Muhammad Ali in 1974, has died aged 76, his family said on Saturday."
    assert [c for _, c in _speakers(text)] == ["George Foreman's family"]


@pytest.mark.parametrize("text, canonical", [
    ("Governor Vyacheslav Gladkov said the attack killed one person. According to him, the military used rockets.",
     "Vyacheslav Gladkov"),
    ("Health Minister Anna Ortiz said the clinic would close. According to her, the staff will move to Reno.",
     "Anna Ortiz"),
])
def test_according_to_him_is_whom_he_would_be(text, canonical):
    assert [c for _, c in _speakers(text)][-1] == canonical


@pytest.mark.parametrize("text, speaker, canonical", [
    ('HTS commander Abu Mohammed al-Jolani says his forces have "liberated" Damascus.',
     "HTS commander Abu Mohammed al-Jolani", "Abu Mohammed al-Jolani"),
    ("Houthi deputy foreign minister Hussein al-Ezzi said the US would pay a heavy price.",
     "Houthi deputy foreign minister Hussein al-Ezzi", "Hussein al-Ezzi"),
    ('"The city is free," said Abu Mohammed al-Jolani.', "Abu Mohammed al-Jolani", "Abu Mohammed al-Jolani"),
    ("President Abdel Fattah el-Sisi said Egypt would open the crossing.", "President Abdel Fattah el-Sisi",
     "Abdel Fattah el-Sisi"),
])
def test_a_name_joined_to_its_particle_is_a_name(text, speaker, canonical):
    assert _speakers(text) == [(speaker, canonical)]


@pytest.mark.parametrize("text, speaker", [
    ("Rebel fighters led by Hayat Tahrir al-Sham (HTS) say they have taken control of Damascus.",
     "Rebel fighters led by Hayat Tahrir al-Sham (HTS)"),
    ("Fighters loyal to the former president said they had taken the airport.",
     "Fighters loyal to the former president"),
    ("Gunmen linked to the group said they would free the hostages.", "Gunmen linked to the group"),
    ("Iran's mission to the UN says the military action can be deemed concluded.", "Iran's mission to the UN"),
])
def test_whom_a_group_is_led_by_or_accredited_to_is_no_speaker(text, speaker):
    assert [s for s, _ in _speakers(text)] == [speaker]


def test_an_agent_of_a_report_still_speaks():
    assert [s for s, _ in _speakers("A report by Amnesty International said the camps were overcrowded.")] == [
        "Amnesty International"]
