"""Statements of our own texts in the styles we are measured on (stop 52): titles that point back at the person named
with them, a place inside an apposition, a person of an institution, organisations named after a title word.
Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from etl.extract.mentions import analyze
from tests.extract.test_events_wire import _article


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_canonical) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker", [
    ("House Speaker Mike Johnson met Republicans on Monday. Speaking to reporters, the speaker said the conference "
     "was united.", ("the speaker", "Mike Johnson")),
    ('Senator John Thune, the majority leader, unveiled the plan. "Nobody wants that," the majority leader said.',
     ("the majority leader", "John Thune")),
])
def test_a_title_points_back_at_the_person_named_with_it(text, speaker):
    assert _speakers(text)[-1] == speaker


def test_a_title_no_one_was_named_with_stays_a_title():
    text = 'Rachel Reeves opened the debate. The chancellor said: "I will not gamble with stability."'
    assert _speakers(text) == [("The chancellor", "chancellor")]


@pytest.mark.parametrize("text, speaker", [
    ("Richard Hasen, an election law professor at the University of California, Los Angeles, said the order was a "
     "signal.", "Richard Hasen"),
    ("Judge William Orrick of the Northern District of California wrote that the policy likely violates the law.",
     "William Orrick"),
    ("Paul Krugman of the New York Times points out that tariffs are taxes.", "Paul Krugman"),
    ("The Justice Department said it would appeal the ruling.", "Justice Department"),
])
def test_the_speaker_is_the_person_not_the_place_or_court_around_the_name(text, speaker):
    assert [canonical for _, canonical in _speakers(text)] == [speaker]


@pytest.mark.parametrize("phrase, kind", [
    ("the Justice Department", "organization"),
    ("the Department of Justice", "organization"),
    ("the Commissioner of Police", "person"),
    ("Justice Ruth Bader Ginsburg", "person"),
])
def test_an_organisation_s_head_noun_ends_its_name(phrase, kind):
    assert analyze(phrase).kind == kind


@pytest.mark.parametrize("text, found", [
    ("On 7 May 2020, in El Ramie, Veracruz, alleged members of Los Pinas Cartel ambushed a group of police officers.",
     0),
    ("Roffman, a securities analyst for Janney Montgomery Scott, recalled numerous telephone calls with Trump.", 1),
    ("Smith, a lawyer, alleged that the police beat him.", 1),
])
def test_a_participle_of_speech_before_a_plural_after_a_place_is_a_modifier(text, found):
    assert len(_speakers(text)) == found


def test_a_speech_reported_inside_another_s_words_is_not_whom_the_next_pronoun_quotes():
    text = ('Chrystia Freeland resigned on Monday. In a letter, Freeland said the prime minister had told her that he '
            'no longer wanted her as finance minister. "The only honest path open to me is to resign," she wrote.')
    assert _speakers(text)[-1] == ("she", "Chrystia Freeland")


def test_a_speech_told_after_another_person_s_words_still_goes_on_with_its_pronoun():
    text = ('Freeland said the budget was sound. The prime minister told reporters that he backed her. "I have full '
            'confidence in her," he said.')
    assert _speakers(text)[-1] == ("he", "prime minister")


@pytest.mark.parametrize("text, content", [
    ("Speaker Mike Johnson is privately telling Republicans that he has the votes to pass the bill this week, even as "
     "conservatives threaten to sink it.", "he has the votes to pass the bill this week"),
    ("Keir Starmer has said he will not be deflected from his housing plan, as he faced fresh criticism from "
     "backbenchers.", "he will not be deflected from his housing plan"),
    ("Volodymyr Zelenskiy said on Saturday that the relationship could be salvaged, a day after a heated meeting in "
     "the Oval Office.", "the relationship could be salvaged"),
    ("Biden warned that Donald J. Trump, even as a candidate, had elevated the dangers confronting American allies.",
     "Donald J. Trump, even as a candidate, had elevated the dangers confronting American allies"),
])
def test_reported_speech_ends_before_the_writer_s_clause_of_time(text, content):
    [statement] = extract_article(_article(text)).statements
    assert statement.content == content


@pytest.mark.parametrize("text", [
    "Zelenskiy said the relationship could be salvaged, a day after a heated meeting, his office said.",
    "Keir Starmer has said he will not be deflected from his plan, as he faced fresh criticism, according to aides.",
])
def test_a_clause_of_time_before_another_source_s_attribution_is_no_speech_of_that_source(text):
    contents = [s.content for s in extract_article(_article(text)).statements]
    assert contents and not any(c.startswith(("a day after", "as he faced")) for c in contents)


@pytest.mark.parametrize("text, speaker", [
    ('The statement read in part: "We will not be intimidated."', ("The statement", "statement")),
    ('The letter, signed by 40 senators, reads in part that the deal "is a mistake."', ("The letter", "letter")),
])
def test_what_a_document_reads_in_part_is_its_statement(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, found", [
    ("Anthony Albanese has claimed a second term in a landslide.", 0),
    ("With his campaign in disarray after his wife delivered a speech, Mr. Trump claimed the nomination on Tuesday.",
     0),
    ("Tenney was leading, claiming 41 percent of the vote.", 0),
    ("Clinton claimed the videos exist.", 1),
    ("Trump claims his net worth exceeds $10 billion.", 1),
])
def test_a_thing_claimed_is_no_speech(text, found):
    assert len(_speakers(text)) == found
