"""Institutional copy (stop 57): later references to an institution already named ("the ministry", "the army",
"the group", "It") speak for it; what the writer notes was not said ("did not say whether"), a status ("reported
missing"), a plea, a charge and an impact ("slammed into") are no statements. Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article
from tests.extract.test_statements_held_out_54 import _speakers


@pytest.mark.parametrize("text, canonical", [
    ("Nine drones were shot down overnight, the Russian Defence Ministry said. The ministry said two more fell near "
     "Kursk.", "Russian Defence Ministry"),
    ("The Israeli military said it struck 20 targets. The army confirmed that three soldiers were wounded.",
     "Israeli military"),
    ("Human Rights Watch said the raids were unlawful. The group said civilians were targeted.", "Human Rights Watch"),
    ("The Kenya National Human Rights Commission said 12 people were shot dead. The commission said police were to "
     "blame.", "Kenya National Human Rights Commission"),
    ("Amnesty International said the verdict was a travesty. The organisation said the court ignored evidence.",
     "Amnesty International"),
    ("The Pakistani army said five militants were killed in Waziristan. It said the operation was continuing.",
     "Pakistani army"),
    ("A UN report said children made up a third of the dead. It said thousands more were wounded.", "UN report"),
])
def test_a_later_description_of_an_institution_speaks_for_it(text, canonical):
    assert _speakers(text)[-1][1] == canonical


@pytest.mark.parametrize("text, canonical", [
    # the noun's own mention is nearer than any name
    ("About 40 members of the Workers' Party marched in Lima. A group of teachers joined them. The group demanded "
     "higher wages.", "group"),
    # a country, a person: nothing a ministry or an army is named by
    ("Russia said the talks had failed. The army said it would press on.", "army"),
    ("Defence Minister Anna Ortiz said the border was calm. The ministry said patrols would continue.", "ministry"),
])
def test_a_description_with_nothing_of_its_kind_named_before_stays_as_it_is(text, canonical):
    assert _speakers(text)[-1][1] == canonical


@pytest.mark.parametrize("text", [
    "The ministry said 40 drones were shot down. It did not say whether anyone was hurt.",
    "Police said two men were held. They did not say how the men were identified.",
    "Officials declined to say how many soldiers were wounded.",
    "The company would not immediately say when the plant would reopen.",
])
def test_a_question_the_speaker_left_open_is_no_statement(text):
    assert all(not s.content.startswith(("whether", "how", "when")) for s in extract_article(_article(text)).statements)


@pytest.mark.parametrize("text", [
    "Twelve miners were killed and nine others reported missing after the collapse.",
    "Three hikers were reported dead after the avalanche.",
    "Prosecutors have charged a 31-year-old woman with murder.",
    "Police charged two men with arson on Friday.",
    "The man pleaded guilty to three counts of fraud.",
    "Both defendants pleaded not guilty on Monday.",
    "The attacker had pledged allegiance to the Islamic State group.",
    "Overnight, drones and cruise missiles slammed into the refinery in Ryazan.",
    "A rocket slammed into a residential building in Kharkiv.",
])
def test_a_status_a_plea_a_charge_or_an_impact_is_no_statement(text):
    assert _speakers(text) == []


@pytest.mark.parametrize("text, content", [
    ("He asked whether the plan was legal.", "whether the plan was legal"),
    ("She said she did not know whether the talks would resume.", "she did not know whether the talks would resume"),
    ("Police charged that the crowd had attacked officers first.", "the crowd had attacked officers first"),
    ('"We were attacked first," the police chief charged.', '"We were attacked first,"'),
    ("The senator slammed the decision as reckless.", "the decision as reckless"),
    ("The agency said 14 people were reported missing.", "14 people were reported missing"),
])
def test_speech_around_those_words_still_counts(text, content):
    assert [s.content for s in extract_article(_article(text)).statements] == [content]
