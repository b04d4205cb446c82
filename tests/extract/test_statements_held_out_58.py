"""Regional news and protest briefs (stop 58): a crowd's demand is the crowd's, never its count's hedge ("Nearly") nor
the place it gathered ("outside the prison gates"); "hailing from" tells where people come from. Every text is our
own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _statements(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(s.speaker, s.speaker_canonical, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, canonical", [
    ("Nearly 200 nurses staged a dharna in Sambalpur on Wednesday, demanding higher pay.", "nurses"),
    ("Around 300 workers blocked the highway near Gurugram on Monday, demanding unpaid wages.", "workers"),
    ("More than 1,000 farmers marched to Chandigarh on Tuesday, demanding a legal guarantee of crop prices.",
     "farmers"),
    ("Some two dozen students went on strike in Dhaka, demanding the release of their classmates.", "students"),
    ("On Monday, about 150 garment workers protested in Gazipur, demanding their April wages.", "garment workers"),
    ("150 residents rallied outside the municipal office, demanding clean water.", "residents"),
])
def test_a_crowd_counted_with_a_hedge_demands_not_the_hedge(text, canonical):
    assert [(c, cue) for _, c, cue, _ in _statements(text)] == [(canonical, "demanding")]


@pytest.mark.parametrize("text, speaker", [
    ("Dozens of relatives gathered outside the prison gates on Wednesday demanding information about the inmates.",
     "Dozens of relatives"),
    ("Hundreds of teachers camped on the road outside the provincial assembly building demanding regularisation of "
     "their jobs.", "Hundreds of teachers"),
    ("Residents of Kibera camped outside the county offices demanding compensation.", "Residents of Kibera"),
])
def test_a_participle_after_a_place_goes_on_with_the_subject(text, speaker):
    assert [s for s, _, cue, _ in _statements(text) if cue == "demanding"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # guards: what was right stays
    ("The nurses staged a dharna in Sambalpur on Wednesday, demanding higher pay.", "The nurses"),
    ("Hundreds of nurses staged a dharna in Sambalpur on Wednesday, demanding higher pay.", "Hundreds of nurses"),
    ("Forbes shot back in an article, stating New York was the billionaire capital.", "Forbes"),
    ("The poll found 52 percent of voters backing the plan, with 30 percent saying it went too far.", "30 percent"),
    ("Nearly 200 nurses said they would strike on Monday.", "nurses"),
    ("Two military analysts wrote to the paper, saying the army was ready.", "Two military analysts"),
])
def test_speakers_around_those_constructions_stay(text, speaker):
    assert speaker in [s for s, _, _, _ in _statements(text)]


@pytest.mark.parametrize("text", [
    "Seven labourers hailing from Punjab were shot dead by gunmen in Gwadar on Thursday.",
    "The victims, who hailed from Swat, were buried on Friday.",
    "Both suspects hail from the same village in Kano State.",
])
def test_hailing_from_a_place_is_no_statement(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, content", [
    ("The minister hailed the agreement as historic.", "the agreement as historic"),
    ("Protesters rallied outside parliament, hailing the verdict as a victory.", "the verdict as a victory"),
])
def test_hailing_something_is_still_praise(text, content):
    assert [c for _, _, _, c in _statements(text)] == [content]


@pytest.mark.parametrize("text, canonical", [
    ('"The accused have been booked for murder," SP Chakresh Mishra said. Four of the accused, including main accused '
     'Rajesh Yadav, were arrested on Wednesday, he added.', "Chakresh Mishra"),
    ('District Police Officer Taimur Khan said militants attacked the Ghazni Khel check post. "Our men repulsed '
     'the attack," he said.', "Taimur Khan"),
    ('Brig. Gen. Arnel Dalisay ordered a task group to look into the killing of councilor Ali Mamalangkas. "We will '
     'not allow this," he said.', "Arnel Dalisay"),
    ('Inspector Chidi Okeke visited the scene after the murder of Ibrahim Bello. "The suspects will be found," he '
     'said.', "Chidi Okeke"),
])
def test_he_after_a_quote_is_the_official_not_whom_the_story_names(text, canonical):
    assert _statements(text)[-1][1] == canonical


@pytest.mark.parametrize("text, canonical", [
    ("SP Chakresh Mishra said the mob had dispersed.", "Chakresh Mishra"),
    ("DPO Taimur Khan said the post was attacked at night.", "Taimur Khan"),
    ("Police Inspector Anil Kumar said the raid was legal.", "Anil Kumar"),
])
def test_a_police_or_local_office_before_a_name_is_a_title(text, canonical):
    assert [c for _, c, _, _ in _statements(text)] == [canonical]


@pytest.mark.parametrize("text, canonical", [
    # guards: the dead person's family speaks; a person the statement names may be its speaker when no one was quoted
    ("Police are investigating the murder of John Smith. His family said he was a kind man.", "John Smith's family"),
    ("Ms. Ortiz was shocked by the verdict, she said.", "Ortiz"),
])
def test_whom_a_statement_names_still_speaks_where_no_one_else_does(text, canonical):
    assert _statements(text)[-1][1] == canonical


@pytest.mark.parametrize("text, canonical", [
    ('The state government condemned what it called a "cowardly aggression" and said 500 soldiers had been sent.',
     "state government"),
    ("The army said it had killed 20 militants. It said two soldiers died.", "army"),
    ("The federal government said it would send troops. It said the attack was cowardly.", "federal government"),
])
def test_it_points_back_at_a_body_a_common_noun_names_that_spoke_just_before(text, canonical):
    assert [c for s, c, _, _ in _statements(text) if s.lower() == "it"] == [canonical] * sum(
        s.lower() == "it" for s, _, _, _ in _statements(text))
    assert any(s.lower() == "it" for s, _, _, _ in _statements(text))


def test_it_two_sentences_after_a_body_s_noun_stays_unresolved():
    text = "The ministry said 40 drones were shot down. Air raid sirens sounded. It said the defences worked."
    assert _statements(text)[-1][:2] == ("It", None)


@pytest.mark.parametrize("text, canonical", [
    ("Regional Police Officer Faisalabad Kamran Ahmed said 44 suspects had been arrested in Kamalia.", "Kamran Ahmed"),
    ("SSP Muzaffarnagar Abhishek Yadav said the accused had been arrested.", "Abhishek Yadav"),
    ("SP Ali Hassan Khan said the accused had been arrested.", "Ali Hassan Khan"),
])
def test_the_city_an_office_serves_is_part_of_the_title_not_the_name(text, canonical):
    assert [c for _, c, _, _ in _statements(text)] == [canonical]


def test_a_family_speaks_of_its_dead_before_an_officer_of_the_city_is_named():
    text = ("Gill succumbed to his injuries at Allied Hospital in Faisalabad on Monday morning, his family said. "
            "Regional Police Officer Faisalabad Kamran Ahmed said 44 suspects had been arrested.")
    assert [c for _, c, _, _ in _statements(text)] == ["family", "Kamran Ahmed"]


@pytest.mark.parametrize("text, canonical", [
    ("President Vladimir V. Putin said the talks had failed.", "Vladimir V. Putin"),
    ("Senator George J. Mitchell said the talks had failed.", "George J. Mitchell"),
])
def test_a_first_name_that_a_city_also_bears_stays_the_name(text, canonical):
    assert [c for _, c, _, _ in _statements(text)] == [canonical]
