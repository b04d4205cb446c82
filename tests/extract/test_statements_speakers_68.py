"""Speakers of stop 68: a bare role before a name after a comma ("…, deputy commissioner Hussain Jan said"), a verb
joined on after a place ("… north of Tegucigalpa, and set it on fire, said X") and a participle after an object
("… attacked a church in Jos, killing three, said X") are no apposition. Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _rows(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("The attack took place in Kech district as the team returned with ballot boxes after a recount, deputy "
     "commissioner Hussain Jan said.", "deputy commissioner Hussain Jan", "said",
     "The attack took place in Kech district as the team returned with ballot boxes after a recount"),
    ("Two people were killed in the clash, district magistrate Ravi Kumar told reporters.",
     "district magistrate Ravi Kumar", "told reporters", "Two people were killed in the clash"),
    ("The bridge was unsafe for heavy lorries, district collector Priya Nair said in a statement.",
     "district collector Priya Nair", "said in a statement", "The bridge was unsafe for heavy lorries"),
    ("All the roads into the town were closed, police inspector John Smith added.", "police inspector John Smith",
     "added", "All the roads into the town were closed"),
    ("The budget will be back in surplus next year, state treasurer Jim Chalmers said.",
     "state treasurer Jim Chalmers", "said", "The budget will be back in surplus next year"),
    ("The suspects fled towards the border, assistant commissioner Neil Basu said.",
     "assistant commissioner Neil Basu", "said", "The suspects fled towards the border"),
    ("The village was cut off by the flood, sub-divisional magistrate Amit Roy wrote on X.",
     "sub-divisional magistrate Amit Roy", "wrote", "The village was cut off by the flood"),
    # guards: a title the lexicon knew, a party's MP, and a name with no role
    ("The vote was rigged from the start, opposition leader Pierre Poilievre said.",
     "opposition leader Pierre Poilievre", "said", "The vote was rigged from the start"),
    ("The hospital is full every winter, Labour MP Jess Phillips told the BBC.", "Labour MP Jess Phillips",
     "told the BBC", "The hospital is full every winter"),
    ("The attack took place after a recount, Hussain Jan said.", "Hussain Jan", "said",
     "The attack took place after a recount"),
])
def test_a_bare_role_before_a_name_is_part_of_the_speaker(text, speaker, cue, content):
    assert (speaker, cue, content) in _rows(text)


@pytest.mark.parametrize("text, speaker", [
    # a name's particle is no role
    ("The rally can go ahead, Mayor Bill de Blasio said on Friday.", "Mayor Bill de Blasio"),
    ("The boat had been overloaded, Ahmed al Ashry said.", "Ahmed al Ashry"),
])
def test_words_before_a_name_that_are_no_role_stay_out(text, speaker):
    assert speaker in [s for s, _, _ in _rows(text)]


@pytest.mark.parametrize("text, speaker, content", [
    ("Members of the Barrio 18 gang broke into a cell block at the National Women's Penitentiary in Támara, about "
     "25 km (15 miles) north of Tegucigalpa, and set it on fire, said Julissa Villanueva, the head of the prison "
     "system.", "Julissa Villanueva",
     "Members of the Barrio 18 gang broke into a cell block at the National Women's Penitentiary in Támara, about "
     "25 km (15 miles) north of Tegucigalpa, and set it on fire"),
    ("Gunmen stormed a village about 50 km (30 miles) west of Kabul, and killed six people, said Zabihullah "
     "Mujahid, a Taliban spokesman.", "Zabihullah Mujahid",
     "Gunmen stormed a village about 50 km (30 miles) west of Kabul, and killed six people"),
    ("Gunmen attacked a church in Jos (Plateau state), and killed three worshippers, said police spokesman Alfred "
     "Alabo.", "police spokesman Alfred Alabo",
     "Gunmen attacked a church in Jos (Plateau state), and killed three worshippers"),
    ("Gunmen attacked a church in Jos, killing three worshippers, said police spokesman Alfred Alabo.",
     "police spokesman Alfred Alabo", "Gunmen attacked a church in Jos, killing three worshippers"),
])
def test_a_verb_joined_on_or_a_participle_after_an_object_is_no_apposition(text, speaker, content):
    assert (speaker, "said", content) in _rows(text)


@pytest.mark.parametrize("text, speaker", [
    # guards: a participle after the speaker who opens the sentence, a verb of a relative clause after "and"
    ("Dick Durbin, noting the size of the list, said the vote would be close.", "Dick Durbin"),
    ("Beck, who supported Sen. Ted Cruz, R-Texas, and strongly opposed Trump during the primaries, said Trump "
     "was seeking to start a media empire.", "Beck"),
])
def test_an_apposition_and_a_participle_of_the_speaker_stay(text, speaker):
    assert speaker in [s for s, _, _ in _rows(text)]


def test_an_apposition_going_on_after_and_keeps_its_statement():
    text = ("One of them, Mr William Craig, leader of Ulster Vanguard, and a former Stormont minister, called for an "
            "immediate resumption of internment.")
    assert [cue for _, cue, _ in _rows(text)] == ["called for"]
