"""Statements in the copy of ministries and state news agencies (stop 63): a body's name that its own "of the", "and"
or commas join ("the Ministry of Foreign Affairs of the DPRK", "the Foreign and Commonwealth Office", "the Foreign,
Commonwealth and Development Office") is one speaker, whole; an agency that quotes someone "as saying" reports that
person's words when it names them ("IRNA quoted the minister as saying"), and speaks itself when its source is unnamed
("TASS cited a source as saying"); a source a participle cites ("Xinhua reported, citing a spokesperson") said
nothing itself; "It said" points back to the body that opens the sentence before ("The group claimed
responsibility. It said …"). Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_canonical) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker", [
    ("The Ministry of Foreign Affairs of the DPRK said the drills were a provocation.",
     "The Ministry of Foreign Affairs of the DPRK"),
    ("A spokesperson for the Ministry of Foreign Affairs of the DPRK said the drills were reckless.",
     "A spokesperson for the Ministry of Foreign Affairs of the DPRK"),
    ("The Ministry of Foreign Affairs of the Republic of Azerbaijan said in a statement that Armenian forces had "
     "violated the ceasefire.", "The Ministry of Foreign Affairs of the Republic of Azerbaijan"),
    ("“We are aware of the arrest,” said the Foreign and Commonwealth Office.", "the Foreign and Commonwealth Office"),
    ("“We are monitoring the situation,” said the Department of Health and Human Services.",
     "the Department of Health and Human Services"),
    ("The UK Foreign, Commonwealth and Development Office said it was supporting the family.",
     "The UK Foreign, Commonwealth and Development Office"),
    ("“We are supporting the family,” said the Foreign, Commonwealth & Development Office.",
     "the Foreign, Commonwealth & Development Office"),
    # guards: a title's "of the", a person after a comma, two people joined by "and"
    ("The Governor of the Bank of England said rates would stay high.", "The Governor of the Bank of England"),
    ("“We are supporting the family,” said John Smith, Foreign Office minister.", "John Smith"),
    ("“We will appeal,” said Oversight Committee Chairman Jason Chaffetz and Judiciary Committee Chairman Bob "
     "Goodlatte.", "Oversight Committee Chairman Jason Chaffetz"),
    ("The DPRK Foreign Ministry spokesperson said the drills were a rehearsal for invasion.",
     "The DPRK Foreign Ministry spokesperson"),
])
def test_a_bodys_name_is_one_speaker_whole(text, speaker):
    assert [s for s, _, _ in _statements(text)] == [speaker]


def test_a_listed_bodys_commas_are_its_names():
    assert _speakers("The Foreign, Commonwealth and Development Office said it was supporting the family.") == [
        ("The Foreign, Commonwealth and Development Office", "Foreign Commonwealth and Development Office")]


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("IRNA quoted the minister as saying that Iran would respond to any aggression.",
     "the minister", "as saying", "Iran would respond to any aggression"),
    ("The official IRNA news agency quoted Foreign Minister Hossein Amir-Abdollahian as saying that Iran would "
     "respond.",
     "Foreign Minister Hossein Amir-Abdollahian", "as saying", "Iran would respond"),
    ("KCNA quoted Kim Yo Jong as saying that the drills were a provocation.",
     "Kim Yo Jong", "as saying", "the drills were a provocation"),
    ("Russia's TASS news agency cited the defence ministry as saying that 30 drones had been shot down.",
     "the defence ministry", "as saying", "30 drones had been shot down"),
    ("“We will respond,” the state news agency quoted the commander as saying.",
     "the commander", "as saying", "“We will respond,”"),
    ("The ministry was quoted by TASS as saying the drones were downed.",
     "The ministry", "was quoted by TASS as saying", "the drones were downed"),
    # an unnamed source: the agency speaks, its source in the cue
    ("TASS cited a source as saying that the talks would resume next week.",
     "TASS", "cited a source as saying", "the talks would resume next week"),
    ("State news agency WAFA quoted witnesses as saying that soldiers had opened fire.",
     "State news agency WAFA", "quoted witnesses as saying", "soldiers had opened fire"),
    ("Anadolu Agency quoted security sources as saying that five militants were killed.",
     "Anadolu Agency", "quoted security sources as saying", "five militants were killed"),
    # guards: the agency's own words, and "was quoted as saying" with its agent after the words
    ("Xinhua reported that the talks had ended without agreement.",
     "Xinhua", "reported", "the talks had ended without agreement"),
    ("Iran would respond to any aggression, the minister was quoted as saying by IRNA.",
     "the minister", "was quoted as saying", "Iran would respond to any aggression"),
])
def test_an_agency_quoting_someone(text, speaker, cue, content):
    assert _statements(text) == [(speaker, cue, content)]


def test_a_pronoun_quoted_is_whom_it_points_to():
    text = ("Russian Foreign Minister Sergei Lavrov met the envoy on Monday. Interfax quoted him as saying that the "
            "talks were useful.")
    assert _speakers(text) == [("him", "Sergei Lavrov")]


@pytest.mark.parametrize("text, statements", [
    ("The talks had ended without agreement, Xinhua reported, citing a foreign ministry spokesperson.",
     [("Xinhua", "reported", "The talks had ended without agreement")]),
    ("Yonhap, citing a military official, said North Korea fired two missiles.",
     [("Yonhap", "said", "North Korea fired two missiles")]),
    ("TASS news agency reported, citing the defence ministry, that 30 drones had been shot down.",
     [("TASS news agency", "reported", "30 drones had been shot down")]),
    # guards: what a verb of citing tells when it is no source, and "saying" after "was"
    ("She cited concerns over security.", [("She", "cited", "concerns over security")]),
    ("It was only six months ago that Trump was saying the opposite.", [("Trump", "saying", "the opposite")]),
])
def test_a_source_cited_said_nothing_itself(text, statements):
    assert _statements(text) == statements


@pytest.mark.parametrize("text, canonical", [
    ("The group claimed responsibility. It said it had fired rockets at the base.", "group"),
    ("The ministry launched an inquiry into the crash. It said the findings would be published.", "ministry"),
    # guards: a body that spoke before keeps its whole phrase; a subject that is no body
    ("The militant group claimed the attack on Sunday. It said its fighters had killed 12 soldiers.", "militant group"),
    ("The report was released on Monday. It said the army had killed 40 civilians.", None),
])
def test_it_points_back_to_the_body_that_opens_the_sentence_before(text, canonical):
    assert _speakers(text)[-1] == ("It", canonical)
