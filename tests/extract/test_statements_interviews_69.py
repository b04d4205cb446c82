"""Statements in statement-heavy pieces (stop 69): speakers by an office's title of several words ("the Inspector
General of Police", whose "General" is no first name), and the "he" after them; headlines, which tell the story in
shorthand and are no statements; songs chanted, no speech; an interview's answers marked "A:" or labelled with the
interviewee's first name, the words of whom its introduction names; posts on social media as cues. Every text is our
own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker as written, speaker resolved, what was said) of each statement."""
    return [(s.speaker, s.speaker_canonical, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker", [
    ("Three men were arrested after the bank raid, said the Inspector General of Police. He said the suspects had "
     "been watched for weeks.", "Inspector General of Police"),
    ("The new fees apply from June, said the Director General of the authority. He said traders had been told.",
     "Director General of the authority"),
    # guards: an office that opens its sentence, and titles whose "of" phrase holds no first name
    ("The Deputy Inspector General of Police said the curfew would stay. He said the town was calm.",
     "Deputy Inspector General of Police"),
    ("The troops will move north, said the Chief of Army Staff. He said the men were ready.", "Chief of Army Staff"),
    ("The talks went well, said the Minister of State for Defence. He added that a meeting was planned.",
     "Minister of State for Defence"),
])
def test_an_office_of_several_words_speaks_whole_and_he_after_it(text, speaker):
    assert [c for _, c, _ in _statements(text)] == [speaker, speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Inspector General of Police Samuel Okoro said the suspects were armed. He said they would be charged.",
     "Samuel Okoro"),
    ("The raid was planned for months, said the Inspector General of Police, Samuel Okoro. He said the suspects "
     "would be charged.", "Samuel Okoro"),
    ("The army will not retreat, said the Chief of Army Staff, Lt. Gen. Musa Danjuma. He said his men were ready.",
     "Musa Danjuma"),
    ("The Director of Public Prosecutions, Jane Mwangi, reviewed the file. The charges have been dropped, the Director "
     "of Public Prosecutions said. She said the evidence was weak.", "Jane Mwangi"),
])
def test_the_person_named_with_an_office_speaks(text, speaker):
    found = [(s.speaker_canonical, s.speaker_kind) for s in extract_article(_article(text)).statements]
    assert found == [(speaker, "person"), (speaker, "person")]


@pytest.mark.parametrize("text", [
    "The audit found gaps in three ministries, said the Auditor General.",
    "The vaccine is safe, said the Surgeon General.",
])
def test_an_office_of_general_is_a_person(text):
    assert [s.speaker_kind for s in extract_article(_article(text)).statements] == ["person"]


@pytest.mark.parametrize("text, speakers", [
    ("Explosion reported at concert hall\n\nA blast hit a concert hall on Saturday night, police said.",
     ["police"]),
    ("Army says border calm after shelling\nThe army said the border was calm on Tuesday.", ["The army"]),
    ("UN warns of famine in north\nThe United Nations warned on Friday that famine was likely.",
     ["The United Nations"]),
    # guards: a first paragraph that is a sentence of the story, and an article of one paragraph
    ("The army said the border was calm.\nIt said the shelling had stopped on Monday.", ["The army", "It"]),
    ("Army says border calm after shelling", ["Army"]),
])
def test_a_headline_is_no_statement(text, speakers):
    assert [s for s, _, _ in _statements(text)] == speakers


@pytest.mark.parametrize("text, contents", [
    ("Supporters drove through the town on a jeep chanting war songs.", []),
    ("A bus carrying youths chanting anti-government songs followed the convoy.", []),
    # guards: the words of a chant, and slogans chanted against someone
    ('Hundreds of protesters marched to the palace, chanting "Down with the junta".', ['"Down with the junta"']),
    ("The crowd chanted that the president must resign.", ["the president must resign"]),
])
def test_songs_chanted_are_no_speech(text, contents):
    assert [c for _, _, c in _statements(text)] == contents


@pytest.mark.parametrize("text, speaker, answers", [
    ("Amina Yusuf, a nurse at the district hospital, spoke to our reporter about the attack.\n\n"
     "Q: What happened on Sunday?\nA: We heard gunfire around midnight.\n\n"
     "Q: Were any staff hurt?\nA: Two of my colleagues were shot in the leg.",
     "Amina Yusuf", ["We heard gunfire around midnight.", "Two of my colleagues were shot in the leg."]),
    ("Reporter Tom Hale spoke to Colonel Ibrahim Musa about the offensive.\n"
     "Q. When will the operation end?\nA. The operation will go on until the last fighter surrenders.",
     "Ibrahim Musa", ["The operation will go on until the last fighter surrenders."]),
    ("In an interview, Maria Lopez, head of the farmers' union, spoke of the drought.\n"
     "Question: How bad is the harvest?\nAnswer: It is the worst I have seen in thirty years.",
     "Maria Lopez", ["It is the worst I have seen in thirty years."]),
    ("Our correspondent spoke with Ahmed Salim, the mayor of the town, on Tuesday.\n"
     "Reporter: How many families have fled?\nAhmed: More than two hundred families left last week.",
     "Ahmed Salim", ["More than two hundred families left last week."]),
])
def test_an_interviews_answers_are_the_interviewees(text, speaker, answers):
    found = [(c, content) for _, c, content in _statements(text) if not content.endswith("?")]
    assert found[-len(answers):] == [(speaker, a) for a in answers]


@pytest.mark.parametrize("text", [
    # guards: a letter that opens a list after a question, with no one introduced; a question's line alone
    "What should the council do?\nA. Raise the levy on imports.",
    "Q: Will the deal hold?\nNobody knows yet.",
])
def test_no_answer_without_an_interviewee(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, speaker, content", [
    ("The mayor took to Facebook to say the water was safe to drink.", "The mayor", "the water was safe to drink"),
    ("The actor took to social media to write that he was sorry.", "The actor", "he was sorry"),
    ("The president posted on Instagram that he had tested negative.", "The president", "he had tested negative"),
    ('The senator posted on her Facebook page: "I will vote no."', "The senator", '"I will vote no."'),
    # guards: cues of posts that worked before
    ("The governor wrote on X that the curfew would be lifted.", "The governor", "the curfew would be lifted"),
    ("The minister said in a post on Facebook that the bridge would reopen.", "The minister",
     "the bridge would reopen"),
    ("Opposition leader Kizza Besigye tweeted that his supporters had been beaten.", "Opposition leader Kizza Besigye",
     "his supporters had been beaten"),
])
def test_posts_on_social_media_are_statements(text, speaker, content):
    assert [(s, c) for s, _, c in _statements(text)] == [(speaker, content)]


def test_photos_posted_are_no_statement():
    assert _statements("The photos posted on Instagram showed the damage to the bridge.") == []
