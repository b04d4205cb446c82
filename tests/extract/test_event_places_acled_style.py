"""Where an event happened in the short, dense notes of conflict monitors: a named place one mention of an
event gives over an indefinite site another gives, names with an Arabic article ("Ad Marla") that are no words
of politics, and acts of violence on property and remains found. The sentences and names are our own."""
from datetime import datetime, timezone

import pytest

from etl.extract import events
from etl.extract.events import coref
from etl.extract.text import Doc
from etl.records import Event
from tests import cases

WHEN = datetime(2021, 6, 9, tzinfo=timezone.utc)


def _doc(text: str, when: datetime = WHEN) -> Doc:
    return cases.text_doc(text, when)


def _merged(text: str, when: datetime = WHEN) -> list[Event]:
    doc = _doc(text, when)
    merged, _ = coref.merge(doc, events.extract(doc, []))
    for e in merged:
        if e.location is not None:
            assert text[e.location_start:e.location_end] == e.location
    return merged


def _by_trigger(found: list[Event], trigger: str) -> Event:
    [event] = [e for e in found if e.trigger == trigger]
    return event


def test_a_named_place_of_one_mention_outranks_an_indefinite_site_of_the_event_s_own_trigger():
    found = _merged("On 3 June 2021, a policeman was killed when a bomb inside a shop detonated in the Sorro "
                    "quarter of Orvalo city.")
    assert _by_trigger(found, "killed").location == "Sorro quarter of Orvalo city"
    found = _merged("On 3 June 2021, villagers stepped on a landmine in Orvalo commune of Tessin district, Kam. The "
                    "explosion killed one and injured three others. The landmine exploded in an area where "
                    "fighting took place in the 1990s.")
    assert {e.location for e in found} == {"Orvalo commune of Tessin district, Kam"}


def test_a_definite_site_keeps_its_place_over_a_named_one():
    # "the city" points back at the town the article told; it is no vaguer than a named landmark elsewhere
    found = _merged("The Sorro Front's bombing of the city on Friday caused chaos, and the bombing at the Marlo "
                    "bus station in Tessin killed nine.")
    assert [e.location for e in found] == ["the city"]


def test_the_article_of_an_arabic_name_is_no_word_of_politics():
    found = _merged("On 3 June 2021, gunmen clashed with soldiers near Orvalo (Tessin, Ad Marla), killing two "
                    "fighters.")
    assert _by_trigger(found, "clashed").event_type == "ASSAULT"
    assert _by_trigger(found, "clashed").location == "Orvalo (Tessin, Ad Marla)"
    # the lower-case word still tells of politics: an attack ad is no assault
    assert not any(e.event_type == "ASSAULT" for e in _merged("The senator's attack ad targeted his rival."))


def test_destroying_machinery_or_plantations_is_violence_on_property():
    found = _merged("On 3 June 2021, rebels destroyed a bulldozer on the Sorro front near Orvalo.")
    assert _by_trigger(found, "destroyed").event_type == "ASSAULT"
    found = _merged("On 3 June 2021, settlers destroyed olive plantations in the village of Orvalo.")
    assert _by_trigger(found, "destroyed").location == "village of Orvalo"


def test_heads_found_are_remains():
    found = _merged("On 3 June 2021, in Orvalo, Kam, two human heads were found along with a threatening message.")
    assert _by_trigger(found, "found").location == "Orvalo, Kam"


def test_where_people_come_from_is_theirs_when_the_clause_tells_another_place():
    found = _merged("On 3 June 2021, bandits shot and killed four traders from the Sefa region as they drove "
                    "toward Orvalo town in the Tessin district.")
    assert _by_trigger(found, "shot and killed").location == "Orvalo town in the Tessin district"
    found = _merged("On 3 June 2021, armed men from Marlo region cut off the road to Sefa in Orvalo area (Tessin, "
                    "Kam), to press for the arrest of those involved in the killing of a citizen.")
    # (the arrest asked for and the killing it is for are causes of their own place, which the note does not tell)
    assert {e.trigger: e.location for e in found} == {"arrest": None, "killing": None}


def test_a_place_people_are_taken_from_or_a_movement_sets_out_from_stays_the_events():
    found = _merged("On 3 June 2021, gunmen abducted five civilians from Orvalo village (Sefa, Kam).")
    assert _by_trigger(found, "abducted").location == "Orvalo village (Sefa, Kam)"
    found = _merged("On 3 June 2021, a car demonstration set out from Orvalo town and drove to Tessin.")
    assert _by_trigger(found, "demonstration").location == "Orvalo town"


def test_a_passive_reporting_verb_with_its_infinitive_opens_no_clause():
    found = _merged("On 3 June 2021, soldiers clashed with rebels in an area estimated to be located around Orvalo "
                    "(Sefa, Kam), as the rebels made their way to Tessin.")
    assert _by_trigger(found, "clashed").location == "Orvalo (Sefa, Kam)"


def test_the_place_of_a_while_clause_serves_when_the_event_s_own_clause_tells_none():
    found = _merged("On 3 June 2021, two policemen suffered casualties by a rebel-planted bomb while they were on "
                    "foot in the Sorro area of Orvalo district, Kam.")
    assert _by_trigger(found, "bomb").location == "Sorro area of Orvalo district, Kam"
    # the people of a place named in the other clause are no place of the event
    found = _merged("On 3 June 2021, one resident of Sorro was killed, while three residents of Orvalo were injured.")
    assert _by_trigger(found, "killed").location is None


def test_fighting_or_violence_breaking_out_is_violence_wherever_it_is_told():
    found = _merged("On 3 June 2021, herders and farmers clashed in several places in Sefa state, killing at least "
                    "ten. Fighting broke out in the areas of Orvalo, Sorro and Marlo.")
    assert _by_trigger(found, "Fighting broke out").event_type == "ASSAULT"
    assert "areas of Orvalo, Sorro and Marlo" in {e.location for e in found}
    found = _merged("On 3 June 2021, inter-clan violence erupted in Orvalo zone (Sefa region), leaving five dead.")
    assert _by_trigger(found, "violence erupted").location == "Orvalo zone (Sefa region)"
    # fighting within a campaign is no violence
    assert not _merged("Fighting broke out among the candidates before the election primary.")


def test_displaced_people_fleeing_or_coming_back_is_a_happening_with_its_place():
    found = _merged("On 9 May 2021, in Orvalo, Sefa state, 210 migrants returned from abroad.")
    assert _by_trigger(found, "returned").event_type == "OTHER"
    assert _by_trigger(found, "returned").location == "Orvalo, Sefa state"
    found = _merged("On 9 May 2021, about 150 refugees arrived in Marlo town (Sefa, Kam) after a quarantine.")
    assert _by_trigger(found, "arrived in").location == "Marlo town (Sefa, Kam)"
    # a return asked for is no return, and people who are not displaced are not told of
    assert all(e.trigger != "return" for e in _merged("Migrant workers protested, demanding to return home."))
    assert not _merged("The minister returned to Orvalo on Monday.")


def test_trees_uprooted_or_cut_down_and_remains_dumped_are_told_with_their_place():
    found = _merged("On 7 May 2021, settlers uprooted 450 olive seedlings in the village of Orvalo, south of Sefa.")
    assert _by_trigger(found, "uprooted").event_type == "ASSAULT"
    assert _by_trigger(found, "uprooted").location == "village of Orvalo, south of Sefa"
    found = _merged("On 7 May 2021, 28 olive trees were cut down in the village of Marlo.")
    assert _by_trigger(found, "cut down").location == "village of Marlo"
    assert not _merged("The council cut down its spending on roads.")  # no plants: no violence
    found = _merged("On 7 May 2021, in Orvalo, Sefa, a dead man was thrown from a car near the toll booth. The "
                    "victim had his legs tied.")
    assert _by_trigger(found, "thrown").location == "Orvalo, Sefa"
    assert not _merged("The ball was thrown from the stands.")
    assert not _merged("The senator has thrown his whole body and soul into the campaign.")


def test_places_of_several_keep_the_named_ones_they_include():
    found = _merged("On 6 May 2021, women staged a protest in different villages of Sefa district (Kam) including "
                    "Orvalo, against the decision to open liquor shops.")
    assert _by_trigger(found, "protest").location == "villages of Sefa district (Kam) including Orvalo"
    found = _merged("On 6 May 2021, rebels shelled several villages of Sefa district, including Orvalo, Marlo and "
                    "Qasr al Tessin.")
    assert _by_trigger(found, "shelled").location == (
        "villages of Sefa district, including Orvalo, Marlo and Qasr al Tessin")
    # one place is no set of places; nor is what follows "including" a place when it is no name
    found = _merged("On 6 May 2021, gunmen killed five people in Orvalo town (Sefa, Kam), including two children.")
    assert _by_trigger(found, "killed").location == "Orvalo town (Sefa, Kam)"


@pytest.mark.parametrize("text, location, country", [
    ("On 9 March 2021, in Yangon - Hlaing Tharyar (Yangon), security forces opened fire on demonstrators.",
     "Yangon - Hlaing Tharyar (Yangon)", "MMR"),
    ("On 12 March 2021, in Paris - 15eme Arrondissement (Paris, Ile-de-France), hundreds of people demonstrated.",
     "Paris - 15eme Arrondissement (Paris, Ile-de-France)", "FRA"),
    ("On 8 March 2021, in Kharkiv - Kholodnohirskyi (Kharkiv), unidentified persons attacked the office of a party.",
     "Kharkiv - Kholodnohirskyi (Kharkiv)", "UKR"),
])
def test_a_town_and_its_quarter_after_a_dash_are_one_place(text, location, country):
    # a monitor's name of a part of a city: the town is part of the place's words, not dropped
    [event] = _merged(text)
    assert (event.location, event.location_country) == (location, country)


@pytest.mark.parametrize("region", ["Bangsamoro", "Central Luzon", "Western Visayas", "Caraga"])
def test_the_regions_of_the_philippines_tell_their_country(region):
    [event] = _merged(f"On 4 June 2020, in Talayan ({region}), gunmen attacked an army detachment.")
    assert event.location_country == "PHL"
