"""Events of wire stories and incident notes told over several sentences: one incident told on by perpetrators of
another word, on the same day or in a village of the region told first, stays one row; a note's "In another event"
opens another; a participle that describes a thing is no act; and the doer of "set up barricades" is who set them up.
Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract import events
from etl.extract.text import Doc
from etl.records import Event
from tests.extract.test_events_wire import merged_events, published_doc

AUG_20 = datetime(2023, 8, 20, tzinfo=timezone.utc)  # a Sunday


def _doc(text: str) -> Doc:
    return published_doc(text, AUG_20)


def _merged(text: str) -> list[Event]:
    return merged_events(_doc(text))


def _found(text: str) -> list[Event]:
    return events.extract(_doc(text), [])


@pytest.mark.parametrize("text", [
    # perpetrators told by two words without a name: the same attackers
    "Militiamen killed 25 villagers in an overnight raid in eastern Congo. Fighters attacked the village of Mukondi "
    "in North Kivu province late on Saturday.",
    "Bandits killed nine farmers in a raid in northern Nigeria on Saturday. The gunmen attacked the village of Kurmin "
    "Doka late in the evening.",
    # the next sentence, of the day the first told, names the victim without a day of its own
    "Hooded gunmen shot dead a mayor in western Ecuador on Saturday. Agustin Vera, the mayor of the port city of "
    "Manta, was killed while inspecting public works.",
    # a village no gazetteer knows, told next, of the region told first and of that day
    "Troops killed nine guerrillas in a clash in Negros Oriental on Saturday. Two soldiers were wounded in the "
    "mountain village of Luyang.",
])
def test_an_incident_told_on_in_the_next_sentence_is_one_row(text):
    assert [e.event_type for e in _merged(text)] == ["ASSAULT"]


def test_a_town_of_another_story_told_after_an_unknown_place_is_another_event():
    # the riots are where a man was hurt before, not a part of the square in Tyr the rally was held at
    text = ("On 29 April 2020, protesters gathered at the al Alam square in Tyr, in demonstration against the high "
            "exchange rate. They also lit candles to honour a man who died of an injury he obtained during riots in "
            "Tripoli.")
    places = [e.location for e in _merged(text) if e.event_type == "PROTEST"]
    assert places[0] == "al Alam square in Tyr" and "Tripoli" in places


@pytest.mark.parametrize("opener", ["In another event", "In a separate incident"])
def test_a_sentence_that_opens_on_another_event_tells_another_one(opener):
    text = (f"On 30 April 2020, 1 civilian was killed by mortar fire in Puli Alam city, Logar. {opener}, 4 children "
            "were killed when an unexploded mortar round went off in the city.")
    assert len([e for e in _merged(text) if e.event_type == "ASSAULT"]) == 2


@pytest.mark.parametrize("text", [
    "Armed groups blocked the road with trucks and piles of burning tires.",
    "The burning car blocked the road near the market.",
])
def test_a_participle_that_describes_a_thing_is_no_act(text):
    assert [e.trigger for e in _found(text) if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("Militants attacked the village, burning houses.", "attacked"),
    ("They accused the soldiers of killing civilians.", "killing"),
    ("The burning of houses continued for hours.", "burning"),
    ("The son of the candidate received a threatening letter on Thursday.", "threatening"),
])
def test_a_participle_that_acts_or_a_gerund_is_still_an_event(text, trigger):
    assert trigger in [e.trigger for e in _found(text)]


@pytest.mark.parametrize("text", [
    "Protesters set up barricades in the city.",
    "Protesters put up barricades in the city.",
])
def test_who_set_up_barricades_is_their_doer_without_the_verb(text):
    [e] = [e for e in _found(text) if e.trigger == "barricades"]
    assert e.actor == "Protesters"


@pytest.mark.parametrize("text", [
    "Supporters of the former president stormed the congress, supreme court and presidential palace on Saturday.",
    "Rioters stormed the congress, the court and the palace on Saturday.",
])
def test_a_date_after_a_list_of_objects_is_the_verbs(text):
    [e] = _found(text)
    assert (e.date.isoformat(), e.date_precision) == ("2023-08-19", "day")


@pytest.mark.parametrize(("text", "target"), [
    ("The attack left five soldiers wounded.", "five soldiers"),
    ("An IED exploded near the market, leaving 12 people injured.", "12 people"),
    ("The blast left one person dead and dozens injured.", "dozens"),
])
def test_whom_an_act_left_wounded_is_its_target(text, target):
    [e] = [e for e in _found(text) if e.trigger in {"wounded", "injured"}]
    assert e.target == target


def test_an_attack_that_left_people_wounded_is_the_attack_told_before():
    text = ("Suspected jihadists attacked an army post in central Mali on Friday, killing 17 soldiers. The attack near "
            "the town of Tessit also left 22 soldiers wounded and nine missing.")
    [e] = _merged(text)
    assert (e.actor, e.target) == ("Suspected jihadists", "army post")


@pytest.mark.parametrize("text", [
    "He left the injured man on the road.",  # the man's participle
    "Two hundred left wing activists protested in Jerusalem.",  # no state left in
])
def test_a_verb_of_leaving_without_a_state_of_harm_leaves_no_target(text):
    assert all(e.target is None or "left" not in e.target and e.target != "the" for e in _found(text))


@pytest.mark.parametrize(("text", "trigger", "actor", "target"), [
    # a participle after a passive one and "and" shares its voice and subject
    ("The protests erupted after President Pedro Castillo was ousted and arrested last week.", "arrested", None,
     "President Pedro Castillo"),
    ("Officials of the government were mocked and criticized on social media.", "criticized", None,
     "Officials of the government"),
    ("Police were called and arrested the man.", "arrested", "Police", "man"),  # an object: active
    # a phrase of time after "after" is no clause with a subject of its own
    ("Security forces retook the buildings after several hours and arrested about 400 people.", "arrested",
     "Security forces", "people"),
    ("Gunmen were threatening staff before police arrived and arrested 13 suspects.", "arrested", "police",
     "suspects"),
])
def test_the_second_of_coordinated_verbs_shares_the_first_ones_voice_and_subject(text, trigger, actor, target):
    [e] = [e for e in _found(text) if e.trigger == trigger]
    assert (e.actor, e.target) == (actor, target)


def test_a_named_town_of_one_mention_is_the_events_place_before_a_site_without_a_name():
    # the bomb is placed at "the entrance", its explosion in the Interior Ministry in Kabul: one event, in Kabul
    [e] = _merged("A bomb exploded at the entrance of the Interior Ministry in Kabul.")
    assert e.location.endswith("Interior Ministry in Kabul") and e.location_country == "AFG"


def test_a_site_keeps_the_town_a_place_named_with_its_article_lies_in():
    text = ("01/15/2016: Assailants detonated a car bomb at the gate of an African Union base in El Adde, Gedo "
            "region, Somalia.")
    [e] = _merged(text)
    assert "El Adde" in e.location and e.location_country == "SOM"


def test_a_village_the_phrase_calls_one_is_a_town_of_the_storys_country_not_a_province_abroad():
    text = ("Separatist fighters set fire to a school in Cameroon's restive Northwest region on Sunday. The attack "
            "took place in the village of Bali, about 20 kilometres from Bamenda.")
    [e] = [e for e in _found(text) if e.trigger == "attack"]
    assert e.location_country == "CMR"  # the gazetteer's Bali of Cameroon, not Indonesia's province of Bali


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("A faction of the Turkish military attempted a coup overnight.", "coup", "Turkish military"),
    ("He attempted suicide after the attack.", "attack", None),  # the noun of a phrase after the verb's object
    ("Al shabaab militants seized a rifle the officer was carrying before the killing.", "killing", None),
])
def test_who_attempted_an_act_did_it_but_not_an_act_told_after_the_verbs_object(text, trigger, actor):
    [e] = [e for e in _found(text) if e.trigger == trigger]
    assert e.actor == actor
