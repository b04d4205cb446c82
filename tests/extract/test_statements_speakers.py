"""Speakers that are descriptions keep their whole phrase and kind, and take a name only where the text gives one."""
from __future__ import annotations

import pytest

from tests.extract.test_statements_pronouns import said

# (text, content, speaker as written, canonical, kind)
DESCRIBED = [
    ("An official with the provincial animal protection agency said the dogs were healthy.",
     "the dogs were healthy", "An official with the provincial animal protection agency",
     "official with the provincial animal protection agency", "person"),
    ("An official with the court said the ruling would stand.",
     "the ruling would stand", "An official with the court", "official with the court", "person"),
    ("A nurse at the city hospital said the ward was full.",
     "the ward was full", "A nurse at the city hospital", "nurse at the city hospital", "person"),
    ("A friend of the family said the couple had planned to move.",
     "the couple had planned to move", "A friend of the family", "friend of the family", "person"),
    ("A neighbour said the family had moved in last year.",
     "the family had moved in last year", "A neighbour", "neighbour", "person"),
    ("“They kept to themselves,” a neighbor said.",
     "“They kept to themselves,”", "a neighbor", "neighbor", "person"),
    ("“I saw the whole thing from my window,” a neighbour told reporters.",
     "“I saw the whole thing from my window,”", "a neighbour", "neighbour", "person"),
    ("The team said it would appeal the ban.",
     "it would appeal the ban", "The team", "team", "organization"),
    ("Police said two men were arrested.",
     "two men were arrested", "Police", "Police", "organization"),
    ("Officials from the health ministry said the outbreak was under control.",
     "the outbreak was under control", "Officials from the health ministry", "Officials from the health ministry",
     "group"),
    ("A spokeswoman for the Red Cross said supplies were running low.",
     "supplies were running low", "A spokeswoman for the Red Cross", "spokeswoman for the Red Cross", "person"),
    ("The mayor's spokeswoman said the race was close.",
     "the race was close", "The mayor's spokeswoman", "mayor's spokeswoman", "person"),
    ("The victim's brother said the family wanted answers.",
     "the family wanted answers", "The victim's brother", "victim's brother", "person"),
    ("One witness said the car did not stop.",
     "the car did not stop", "One witness", "witness", "person"),
    ("“It was terrifying,” said one passenger.",
     "“It was terrifying,”", "one passenger", "passenger", "person"),
    ("Local residents said the road had flooded twice this year.",
     "the road had flooded twice this year", "Local residents", "Local residents", "group"),
    ("A court spokesman said the hearing would resume on Monday.",
     "the hearing would resume on Monday", "A court spokesman", "court spokesman", "person"),
    ("Researchers at the university said the results were surprising.",
     "the results were surprising", "Researchers at the university", "Researchers at the university", "group"),
    ("Many fans said the ticket prices were too high.",
     "the ticket prices were too high", "Many fans", "fans", "group"),
    ("“We were told nothing,” said a relative of one of the miners, who asked not to be named.",
     "“We were told nothing,”", "a relative of one of the miners", "relative of one of the miners", "person"),
    ("The drug cut the risk of stroke by a third, researchers report.",
     "The drug cut the risk of stroke by a third", "researchers", "researchers", "group"),
    ("Among the voters polled, 74 percent said the economy was their first concern.",
     "the economy was their first concern", "74 percent", "74 percent", "group"),
    ("The first buyers praised the car. Others say the battery fades too fast.",
     "the battery fades too fast", "Others", "Others", "group"),
    # a description is never replaced by a name from elsewhere in the article
    ("Judge Ana Lopez heard the case. A friend of the victim said the sentence was too light.",
     "the sentence was too light", "A friend of the victim", "friend of the victim", "person"),
    ("Mayor Tom Hale toured the site. A worker said the crane had been unsafe for weeks.",
     "the crane had been unsafe for weeks", "A worker", "worker", "person"),
    # a possessive pronoun names whose relative or aide speaks
    ("Tom Reed coached the team for ten years. His wife said the club owed him money.",
     "the club owed him money", "His wife", "Tom Reed's wife", "person"),
]

# a description named in apposition takes the name; (text, content, speaker, canonical, role, gender)
NAMED = [
    ("His father, Joseph Smith, said the boy had always loved trains.",
     "the boy had always loved trains", "Joseph Smith", "Joseph Smith", "His father", "male"),
    ("Smith, his father, said the boy had always loved trains.",
     "the boy had always loved trains", "Smith", "Smith", "his father", "male"),
    ("“He never missed a game,” said Ana Ruiz, his mother.",
     "“He never missed a game,”", "Ana Ruiz", "Ana Ruiz", "his mother", "female"),
    ("The boy's teacher, Ms. Ellen Brooks, said he was a quiet pupil.",
     "he was a quiet pupil", "Ms. Ellen Brooks", "Ellen Brooks", "The boy's teacher", "female"),
    ("“Nobody called us back,” said Robin Marsh, a spokesperson for the tenants' union.",
     "“Nobody called us back,”", "Robin Marsh", "Robin Marsh", "a spokesperson for the tenants' union", "unknown"),
]


@pytest.mark.parametrize(("text", "content", "speaker", "canonical", "kind"), DESCRIBED)
def test_a_described_speaker_keeps_its_phrase_and_kind(text, content, speaker, canonical, kind):
    s = said(text, content)
    assert (s.speaker, s.speaker_canonical, s.speaker_kind) == (speaker, canonical, kind)
    assert s.speaker_start == text.index(speaker) and s.speaker_source == "in_sentence"


@pytest.mark.parametrize(("text", "content", "speaker", "canonical", "role", "gender"), NAMED)
def test_a_description_in_apposition_resolves_to_the_name(text, content, speaker, canonical, role, gender):
    s = said(text, content)
    assert (s.speaker, s.speaker_canonical, s.speaker_role) == (speaker, canonical, role)
    assert s.speaker_kind == "person" and s.speaker_gender == gender
    assert s.speaker_start == text.index(speaker)


# a relative pronoun is the speaker as written, resolved like a pronoun to the phrase it follows
RELATIVE = [
    ("The survey found many voters who say the system is unfair.", "the system is unfair", "voters"),
    ("In the village there are residents who say the water is unsafe.", "the water is unsafe", "residents"),
]


@pytest.mark.parametrize(("text", "content", "canonical"), RELATIVE)
def test_a_relative_who_resolves_to_the_phrase_it_follows(text, content, canonical):
    s = said(text, content)
    assert (s.speaker, s.speaker_canonical) == ("who", canonical)
    assert s.speaker_start == text.index("who")


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Senator Ruth Adler, who chairs the committee, said the vote would be delayed.",
     "the vote would be delayed", "Senator Ruth Adler"),
    ("Local farmers, who lost most of their crops, have warned that prices will rise.",
     "prices will rise", "Local farmers"),
])
def test_a_relative_clause_between_commas_leaves_the_subject_speaking(text, content, speaker):
    s = said(text, content)
    assert s.speaker == speaker and s.speaker_start == text.index(speaker)


def test_content_before_as_and_the_speaker():
    s = said("The plan is a classic scare tactic, as the economist Ada Byrne noted in her column.",
             "The plan is a classic scare tactic")
    assert s.speaker_canonical == "Ada Byrne" and s.cue.startswith("noted")


@pytest.mark.parametrize("text, content, speaker", [
    ("Theresa May said the threat level had been raised.", "the threat level had been raised", "Theresa May"),
    ("Brian March said the plan would fail.", "the plan would fail", "Brian March"),
    ("“The level has been raised,” said Prime Minister Theresa May.", "“The level has been raised,”",
     "Prime Minister Theresa May"),
])
def test_a_surname_that_is_a_month_is_part_of_the_speaker_s_name(text, content, speaker):
    assert said(text, content).speaker == speaker


def test_a_month_after_a_preposition_is_no_name():
    assert said("In May, officials said the plan would fail.", "the plan would fail").speaker == "officials"
