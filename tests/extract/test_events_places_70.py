"""Where a news event happened: the most specific place its text gives, not a region, a vague "the country" or a
name's stray word. Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract import geo
from tests.extract.test_events_wire import event_on

DEC_4 = datetime(2024, 12, 4, tzinfo=timezone.utc)  # a Wednesday


def _place(text: str, trigger: str) -> tuple[str | None, str | None]:
    e = event_on(text, trigger, DEC_4)
    return e.location, e.location_country


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # the act of the main clause, where the words of the whole country belong to a clause of time after it
    ("MADRID (Reuters) - Spanish police detained more than 90 people on Tuesday as farmers across the country "
     "blocked motorways with tractors.", "detained", ("MADRID", "ESP")),
    ("LIMA (Reuters) - Peruvian police arrested 40 people on Monday while unions across the country staged "
     "strikes.", "arrested", ("LIMA", "PER")),
    ("ATHENS - Greek police fired tear gas at students on Monday as farmers across the country protested against "
     "fuel prices.", "fired", ("ATHENS", "GRC")),
])
def test_words_of_the_whole_country_in_another_clause_do_not_place_the_act(text, trigger, place):
    assert _place(text, trigger) == place


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # the act whose own clause holds them keeps them (guards)
    ("PARIS (AP) - Police detained more than 1,700 people across the country on Saturday.", "detained",
     ("the country", "FRA")),
    ("Protesters torched a police station in Tabriz, state media reported. Authorities have restricted internet "
     "access across the country.", "restricted", ("the country", "IRN")),
])
def test_words_of_the_whole_country_in_the_act_s_own_clause_place_it(text, trigger, place):
    assert _place(text, trigger) == place


@pytest.mark.parametrize(("text", "trigger"), [
    ("MADRID (Reuters) - Spanish police detained more than 90 people on Tuesday as farmers across the country "
     "blocked motorways with tractors.", "blocked"),
    ("QUITO - Police detained 12 people as truckers throughout the country barricaded highways on Monday.",
     "barricaded"),
])
def test_a_verb_after_a_noun_ends_a_site_phrase(text, trigger):
    # not "the country blocked motorways", read as one noun phrase of the site "motorways"
    assert _place(text, trigger)[0] == "the country"


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("BELGRADE - Serbian police fired water cannon at demonstrators outside parliament late on Monday.", "fired",
     ("parliament", "SRB")),
    ("SKOPJE - Riot police clashed with football fans near parliament early on Sunday.", "clashed",
     ("parliament", "MKD")),
    ("Thousands of teachers rallied outside parliament in Nairobi on Tuesday.", "rallied",
     ("parliament in Nairobi", "KEN")),
])
def test_parliament_without_an_article_is_a_site(text, trigger, place):
    assert _place(text, trigger) == place


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Shelling by the Rapid Support Forces on a crowded market in Nyala, the largest city in Darfur, killed nine "
     "civilians on Friday.", "Shelling", ("Nyala", "SDN")),
    ("Shelling by the Rapid Support Forces on a mosque in Omdurman, across the Nile from Khartoum, killed eleven "
     "worshippers.", "Shelling", ("Omdurman", "SDN")),
])
def test_a_capitalised_word_of_a_name_is_no_word_of_cause(text, trigger, place):
    # "Support" of "Rapid Support Forces" opens no phrase of cause ("in support of") that would hold the town
    assert _place(text, trigger) == place


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("NIAMEY - The raid on Saturday on the army post at Tillia, in western Niger, exposed the junta's weakness.",
     "raid", ("Tillia", "NER")),
    ("OUAGADOUGOU - Saturday's assault on the gendarmerie at Seytenga, in northern Burkina Faso, was the deadliest "
     "this year.", "assault", ("Seytenga", "BFA")),
])
def test_a_name_after_at_with_its_region_set_after_it_is_the_place(text, trigger, place):
    assert _place(text, trigger) == place


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Police in Tanzania dispersed a rally at Mnazi Mmoja on Sunday.", "dispersed", ("Mnazi Mmoja", "TZA")),
    ("Soldiers in northern Mali killed three fishermen at Kona Daga on Friday.", "killed", ("Kona Daga", "MLI")),
    ("Police in Kenya's coastal city of Mombasa on Monday fired tear gas at traders at Mwembe Tayari who refused to "
     "move their stalls.", "fired", ("Mwembe Tayari", "KEN")),
])
def test_a_name_after_at_is_more_specific_than_the_place_of_the_doer(text, trigger, place):
    assert _place(text, trigger) == place


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # guards: a known town after "in" stays; a name after "at" that goes on as a modifier is no place
    ("Police in Nairobi arrested two men in Kisumu on Monday.", "arrested", ("Kisumu", "KEN")),
    ("Soldiers in Mali fired at Wagner Group fighters on Friday.", "fired", ("Mali", "MLI")),
])
def test_the_place_of_the_doer_stays_when_no_name_after_at_closes_its_phrase(text, trigger, place):
    assert _place(text, trigger) == place


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Drones struck a fuel depot in Port Sudan, the seat of the army-backed government in eastern Sudan, on Sunday.",
     "struck", ("Port Sudan", "SDN")),
    ("Gunmen attacked a hotel in Port Sudan, the seat of the government in eastern Sudan, on Sunday.", "attacked",
     ("Port Sudan", "SDN")),
])
def test_a_town_whose_name_holds_a_site_s_word_is_placed_by_its_name(text, trigger, place):
    # not a site ("Port"), which the region of the aside after it would be preferred to
    assert _place(text, trigger) == place


@pytest.mark.parametrize(("text", "name", "locality"), [
    ("Gunmen kidnapped two oil workers in Port Harcourt on Monday.", "Port Harcourt", True),
    ("Police fired tear gas at rioters in Port Moresby on Wednesday.", "Port Moresby", True),
    # guard: a named site is no town
    ("A bomb exploded at the Port Authority terminal on Friday.", "Port Authority terminal", False),
])
def test_a_town_whose_name_holds_a_site_s_word_is_a_locality(text, name, locality):
    assert [(p.text, p.locality) for p in geo.find_places(text, 0, len(text))] == [(name, locality)]
