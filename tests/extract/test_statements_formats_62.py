"""Statements in the formats of live blogs, timelines, roundups and corrections (stop 62): a name's "state" at the end
of a clause ("in Dapchi, Yobe state."), which is no verb of speech; the marks opening an entry ("* ", "14:32 GMT — ",
"Update, 6:10 p.m.: "), which are no part of what was said nor its speaker; a correction's "earlier version of this
article", which claims nothing; things "reported in" a place, which no one speaks of; an interview's answer after a
question ("Getachew Reda: …"). Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text", [
    "In February 2018, ISWAP seized 110 girls from a school in Dapchi, Yobe state.",
    "The RSF captured Wad Madani, the capital of Gezira state.",
    "Fighting spread to the town of Maungdaw, Rakhine state.",
])
def test_a_names_state_is_no_speech(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, speaker", [
    # guards: "state" as a verb, after a plural subject, or "said" after a name's state
    ("The facts are clear, the documents state.", "the documents"),
    ("Officials state that the river is safe.", "Officials"),
    ("Gunmen abducted 20 passengers on the highway in Zamfara State, police said.", "police"),
    ("The governor of Borno State said the attackers were repelled.", "The governor of Borno State"),
])
def test_state_as_a_verb_still_reports(text, speaker):
    assert [s for s, _, _ in _statements(text)] == [speaker]


@pytest.mark.parametrize("text, content", [
    ("* Gunmen killed 42 soldiers in Burkina Faso, the army said.", "Gunmen killed 42 soldiers in Burkina Faso"),
    ("• Gunmen killed 42 soldiers in Burkina Faso, the army said.", "Gunmen killed 42 soldiers in Burkina Faso"),
    ("12:05 GMT — In Kharkiv, a missile strike hit a shopping centre, the governor said.",
     "In Kharkiv, a missile strike hit a shopping centre"),
    ("Update, 9:20 a.m.: Belgian police shot dead the suspect, the minister said.",
     "Belgian police shot dead the suspect"),
    ("— Nov. 7, 2023: RSF fighters kill 20 civilians in Ardamata, a monitor said.",
     "RSF fighters kill 20 civilians in Ardamata"),
    # guards: a date or a number that is part of what was said
    ("On Nov. 7, 2023, RSF fighters killed 20 civilians in Ardamata, a monitor said.",
     "On Nov. 7, 2023, RSF fighters killed 20 civilians in Ardamata"),
    ("12 people were killed in the raid, the governor said.", "12 people were killed in the raid"),
])
def test_entry_marks_are_no_part_of_what_was_said(text, content):
    assert [c for _, _, c in _statements(text)] == [content]


def test_a_live_blog_label_is_no_speaker():
    text = 'Update, 12:45 p.m.: Thousands of protesters have gathered in Nairobi, chanting "Ruto must go".'
    assert [s for s, _, _ in _statements(text)] == ["Thousands of protesters"]


@pytest.mark.parametrize("text, speakers", [
    ("Correction: An earlier version of this article said 59 people were killed in the bombing.", []),
    ("An earlier version of this story said 107 people were arrested.", []),
    # guard: the article's sources still speak
    ("Police told this newspaper that 107 people were arrested.", ["Police"]),
])
def test_a_corrected_version_claims_nothing(text, speakers):
    assert [s for s, _, _ in _statements(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a roundup's intro: things reported somewhere, no one who reported them
    ("Here are the main security incidents reported in the central Sahel over the weekend:", []),
    ("The number of cases reported in Lagos rose to 40 on Monday, officials said.", ["officials"]),
    # guards: people or bodies who reported, and a description of a person
    ("Witnesses reported in interviews that soldiers fired on the crowd.", ["Witnesses"]),
    ("The ministry reported in a statement that 12 people had died.", ["The ministry"]),
    ("The front-runner predicted in an interview that he would win Florida.", ["The front-runner"]),
])
def test_things_reported_somewhere_have_no_speaker(text, speakers):
    assert [s for s, _, _ in _statements(text)] == speakers


@pytest.mark.parametrize("text, said", [
    # an interview's answer: a name and a colon after a question
    ("Question: What about disarmament?\nGetachew Reda: Our forces handed over heavy weapons in January.",
     [("Getachew Reda", "Our forces handed over heavy weapons in January.")]),
    ("Q: Will the deal hold?\n\nGetachew Reda: We are committed to it.",
     [("Getachew Reda", "We are committed to it.")]),
    ("Q&A: 'The protests in Iran are different this time'\n\nWe spoke to Sanam Vakil of Chatham House.\n\n"
     "Q: What makes these protests different?\nVakil: They are led by young women.",
     [("Vakil", "They are led by young women.")]),
    # guards: a place's kicker after a question, a name's label after no question, a word no name in the text ends
    ("Why did the talks fail?\n\nSouth Africa: The mediators left Pretoria on Monday.", []),
    ("The minister spoke on Monday.\n\nGetachew Reda: We are committed to it.", []),
    ("Q: Will the government back down?\nAnalysis: The leadership sees any compromise as weakness.", []),
])
def test_an_interviews_answer_is_the_named_speakers(text, said):
    assert [(s, c) for s, _, c in _statements(text)] == said
