"""Constructions of wire stories and conflict notes written in the styles we are measured on: where forces are sent,
a town whose name holds a kind word, a region in its usual English spelling, a crowd that did an act of force, a vow
on a condition, a time phrase after a verb, a region in commas after the subject. Every text is our own."""
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from etl.extract.dates import find_dates
from etl.extract.geo import place_country
from etl.extract.text import Doc
from etl.records import Event
from tests.extract.test_events_wire import event_on, events_of, merged_events, published_doc

FEB_12 = datetime(2024, 2, 12, tzinfo=timezone.utc)  # a Monday


def _merged(text: str) -> list[Event]:
    return events_of(text, FEB_12)


def _on(text: str, trigger: str) -> Event:
    return event_on(text, trigger, FEB_12)


@pytest.mark.parametrize(("text", "trigger", "place", "country"), [
    ("JAYAPURA, Indonesia (AP) — Indonesia will send 1,000 more police to Papua after rebels killed two soldiers on "
     "Sunday, officials said.", "send", "Papua", "IDN"),
    ("Russia deployed troops to Kherson on Tuesday.", "deployed", "Kherson", "UKR"),
    ("The government sent 500 soldiers to Manipur after the clashes.", "sent", "Manipur", "IND"),
])
def test_where_forces_are_sent_is_the_place_of_their_deployment(text, trigger, place, country):
    event = _on(text, trigger)
    assert (event.event_type, event.location, event.location_country) == ("MOBILIZE", place, country)


def test_a_person_forces_are_sent_to_is_no_place():
    event = _on("The ministry sent police officers to Smith's home on Monday.", "sent")
    assert event.location is None


def test_an_irregular_past_before_an_event_noun_is_the_verb_of_its_object():
    # "sent reinforcements": the verb and its object, not the kind of reinforcements ("bomb attacks")
    [event] = _merged("The army sent reinforcements to the town of Djibo on Tuesday.")
    assert (event.trigger, event.actor) == ("sent", "army")


@pytest.mark.parametrize(("place", "country"), [
    ("Spanish Town", "JAM"),                               # a town whose name holds a kind word, not Spain
    ("Jamaican town of Spanish Town", "JAM"),
    ("Cape Town", "ZAF"),
    ("Pakistani border in Sistan-Baluchestan province", "IRN"),  # the province in its English spelling
    ("Urmia in West Azerbaijan province", "IRN"),           # a region, not the country named in it
])
def test_places_named_with_kind_words_or_english_regions_get_their_country(place, country):
    assert place_country(place) == country


def test_a_region_that_bears_a_kind_word_stays_a_region():
    # "La Union" is a department of El Salvador (and of no other country's first-level list): not a town of Colombia
    assert place_country("Concepcion de Oriente (La Union)") != "COL"


def test_a_crowd_that_did_an_act_of_force_is_no_protest_besides_it():
    events = _merged("A mob lynched a suspected thief in Lagos on Saturday, police said.")
    assert [(e.event_type, e.actor) for e in events] == [("ASSAULT", "mob")]


def test_a_crowd_acted_upon_is_still_a_riot():
    events = _merged("Police dispersed a violent mob in Kano on Monday.")
    assert {e.event_type for e in events} == {"COERCE", "PROTEST"}


@pytest.mark.parametrize(("text", "trigger"), [
    ("The rebels vowed to block the highway if the government did not release their leader.", "vowed"),
    ("The union pledged to step up strikes unless wages were paid.", "pledged"),
])
def test_a_vow_of_force_or_protest_on_a_condition_is_a_threat(text, trigger):
    assert _on(text, trigger).event_type == "THREATEN"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The protesters vowed to march again next week.", "vowed"),                 # no condition: a pledge
    ("Kenya promised to send troops if the UN approved the mission.", "promised"),  # help offered, no threat
])
def test_a_vow_without_a_condition_or_of_help_stays_a_pledge(text, trigger):
    assert _on(text, trigger).event_type == "AGREE"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Truck drivers will go on strike starting Monday, their union said.", "go on strike"),
    ("Nurses went on strike beginning Tuesday in Nairobi.", "went on strike"),
])
def test_a_time_phrase_after_a_verb_is_no_target(text, trigger):
    assert _on(text, trigger).target is None


def test_an_object_after_a_time_phrase_is_still_the_target():
    assert _on("Police arrested on Monday three suspects.", "arrested").target == "suspects"


@pytest.mark.parametrize(("text", "actor"), [
    ("Members of the Bharatiya Kisan Union, Punjab, staged a protest in Ludhiana on Monday.", "Bharatiya Kisan Union"),
    ("The Kisan Union, Punjab, staged a protest in Ludhiana on Monday.", "Kisan Union"),
])
def test_a_region_in_commas_after_the_subject_leaves_the_subject_the_actor(text, actor):
    [event] = _merged(text)
    assert (event.event_type, event.actor) == ("PROTEST", actor)


@pytest.mark.parametrize("text", [
    "Police freed 12 hostages held by a gang in the town of Tlapa on Sunday.",
    "Troops released 40 abductees from a forest camp.",
])
def test_captives_freed_by_security_forces_are_rescued_not_released(text):
    assert not [e for e in _merged(text) if e.event_type == "RETREAT"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police released 12 protesters on Monday.", "released"),       # whom the police held
    ("The gang freed the hostages after a ransom was paid.", "freed"),  # the captors themselves
])
def test_a_release_by_the_captors_stays_a_release(text, trigger):
    assert _on(text, trigger).event_type == "RETREAT"


def test_an_opening_day_read_before_publication_proves_the_order_of_numeric_dates():
    # "12/02/2019" in a summary of 20 March 2019 can only be 12 February: read so, it is the order of its other dates
    events = merged_events(published_doc(
        "12/02/2019: Unknown assailants kidnapped a priest in Kaya, Burkina Faso. The priest was found dead on "
        "10/03/2019.", datetime(2019, 3, 20, tzinfo=timezone.utc)))
    assert {e.trigger: e.date for e in events} == {"kidnapped": date(2019, 2, 12), "found dead": date(2019, 3, 10)}


def test_a_given_date_order_is_kept_even_past_publication():
    doc = published_doc("12/02/2019: Unknown assailants kidnapped a priest in Kaya, Burkina Faso.",
                        datetime(2019, 2, 14, tzinfo=timezone.utc))
    doc = Doc(replace(doc.article, date_order="mdy"))
    [event] = merged_events(doc)
    assert event.date != date(2019, 2, 12)


def test_a_day_the_context_gives_goes_before_a_month_that_holds_it():
    # the march is Monday's, when police fired on it; "this month" only counts the protests
    events = merged_events(published_doc(
        "COLOMBO (Reuters) — Sri Lankan police on Monday fired water cannon at hundreds of university students "
        "marching toward parliament in Colombo. The protest was the third in Colombo this month.",
        datetime(2024, 7, 16, tzinfo=timezone.utc)))
    [march] = [e for e in events if e.event_type == "PROTEST"]
    assert (march.date, march.date_precision, march.mentions) == (date(2024, 7, 15), "day", 2)


def test_an_arrest_made_during_a_raid_is_the_raid():
    [event] = _merged("On Sunday, police arrested 12 members of the opposition BNP during a raid on the party's office "
                      "in Chattogram.")
    assert (event.event_type, event.mentions) == ("COERCE", 2)


def test_the_people_struck_go_before_the_town_a_raid_struck():
    [event] = _merged("PEMBA, Mozambique (AP) — Islamic State-linked insurgents beheaded at least 11 villagers in an "
                      "overnight raid on Mucojo in Cabo Delgado province, officials said on Thursday.")
    assert (event.target, event.location_country) == ("villagers", "MOZ")


@pytest.mark.parametrize(("text", "target"), [
    ("Militants attacked Nacoba village on Sunday, killing two villagers.", "Nacoba village"),  # a kind word: struck
])
def test_a_place_struck_by_its_kind_stays_the_target(text, target):
    [event] = _merged(text)
    assert event.target == target


def test_a_states_measure_takes_no_place_of_the_events_before_it():
    events = _merged("Houthi rebels fired a missile at a cargo ship in the Gulf of Aden on Sunday. Washington imposed "
                     "new sanctions on Houthi financial facilitators last week.")
    places = {e.event_type: e.location for e in events}
    assert places == {"ASSAULT": "Gulf of Aden", "SANCTION": None}


def test_a_date_before_ahead_of_closes_the_verbs_clause():
    # the weekend is the arrests', not the rally's, which is yet to come
    arrest = _on("Police arrested more than 1,500 opposition activists over the weekend ahead of a planned rally in "
                 "Dhaka, the party said on Monday.", "arrested")
    assert (arrest.date, arrest.date_precision, arrest.date_source) == (date(2024, 2, 5), "week", "text")


def test_a_town_abroad_qualifies_no_party_of_the_story():
    # Fano is a town in Italy; "Fano fighters" in a story from Ethiopia are a militia of no Italian town
    [event] = _merged("ADDIS ABABA, Ethiopia (Reuters) — Fano fighters attacked a police station in Gondar on "
                      "Thursday.")
    assert (event.actor, event.actor_country, event.location_country) == ("Fano fighters", None, "ETH")


def test_a_town_of_the_story_still_qualifies_its_people():
    [event] = _merged("NAIROBI, Kenya — Kisumu traders blocked roads in Nairobi on Monday.")
    assert event.actor_country == "KEN"


def test_the_source_a_figure_is_according_to_is_no_place():
    [event] = _merged("NAIROBI, Kenya — Police arrested 37 people in the capital on Tuesday, according to the Law "
                      "Society of Kenya.")
    assert "Society" not in (event.location or "")


def test_a_place_told_as_a_landmark_is_neither_target_nor_the_place_of_a_later_mention():
    [event] = _merged("A roadside bomb struck a police vehicle north of Baghdad on Monday. The blast in the Tarmiyah "
                      "district also wounded a civilian driver.")
    # the district it happened in, in the country of the landmark it lay north of; the vehicle alone was struck
    assert (event.target, event.location, event.location_country) == ("police vehicle", "Tarmiyah district", "IRQ")


def test_a_landmark_still_places_an_event_that_names_no_other_place():
    [event] = _merged("Gunmen ambushed a convoy 20 km from Goma on Monday.")
    assert event.location == "Goma"


def test_a_district_with_its_region_is_no_region_a_later_bare_name_tells_more_than():
    [event] = _merged("Maoists attacked a police patrol in Dantewada district, Chhattisgarh state, India. This was one "
                      "of two related attacks in Dantewada on this day.")
    assert (event.location_country, event.mentions) == ("IND", 2)


def test_a_distance_from_a_town_places_the_event_there_and_is_no_part_of_the_target():
    [event] = _merged("Gunmen ambushed a convoy about 20 kilometres from Goma on Monday.")
    assert (event.target, event.location, event.location_country) == ("convoy", "Goma", "COD")


def test_captives_since_released_are_a_release_after_the_day_told_before():
    events = _merged("Gunmen abducted 23 people in Celaya on Friday. Fifteen of them had since been released.")
    [release] = [e for e in events if e.event_type == "RETREAT"]
    assert release.date_source != "context"  # after Friday, by how long the text does not say


def test_a_result_before_the_object_leaves_the_object_the_target():
    assert _on("A mob beat to death a man suspected of stealing a motorcycle in Kampala on Sunday.", "beat").target == (
        "man")


@pytest.mark.parametrize(("text", "trigger", "day"), [
    # a date far past the charge dates the act charged ...
    ("Dylann Roof is accused of killing nine people inside the church in June 2015.", "killing", date(2015, 6, 1)),
    # ... but after an arrest it is the arrest's, which the charge only describes its man by
    ("Police arrested a man accused of killing a trader in Kano on Monday.", "arrested", date(2024, 2, 12)),
    ("A mob beat to death a man suspected of stealing a motorcycle in Kampala on Sunday.", "beat", date(2024, 2, 11)),
])
def test_a_date_after_an_act_someone_is_charged_with(text, trigger, day):
    event = _on(text, trigger)
    assert (event.date, event.date_source) == (day, "text")


@pytest.mark.parametrize(("text", "trigger"), [
    # the day the story told before (Thursday) is months after the clause this one came before (August)
    ("ADDIS ABABA, Ethiopia (Reuters) — Ethiopian drones struck a market in Amhara on Thursday, killing 12 people, "
     "witnesses said. Ethiopia declared a state of emergency in Amhara in August after the militia briefly captured "
     "the regional capital, Bahir Dar.", "captured"),
    # "days after": not the day of the kidnapping either
    ("BOGOTA — Dissidents kidnapped two soldiers in Cauca on Sunday. The kidnapping on Sunday came days after the army "
     "killed a dissident commander in Narino.", "killed"),
])
def test_an_act_an_after_clause_tells_takes_no_later_day_of_the_story(text, trigger):
    assert _on(text, trigger).date is None


def test_an_act_an_after_clause_tells_keeps_the_day_of_its_sentence():
    # the note's day: what the protesters answered happened that day or just before, as the note tells it
    event = _on("On 3 May 2020, protesters blocked a road in Dalo after police killed a man in the village.", "killed")
    assert event.date == date(2020, 5, 3)


@pytest.mark.parametrize(("surface", "day"), [
    ("06.05.2018", date(2018, 5, 6)),   # dotted: the day first, whatever the source's order of slashed dates
    ("06/05/2018", date(2018, 6, 5)),   # slashed, in English: the month first
    ("14.03.2016", date(2016, 3, 14)),
])
def test_a_dotted_numeric_date_puts_the_day_first(surface, day):
    [found] = find_dates(f"{surface}: Assailants set fire to a school.", date(2018, 7, 1), order="mdy")
    assert found.date == day


def test_a_noun_that_is_the_subject_of_its_own_passive_verb_is_one_event():
    events = _merged("Gunmen attacked a police post near Dapaong on Monday. Reinforcements were sent to the region.")
    assert [(e.event_type, e.trigger) for e in events] == [("ASSAULT", "attacked"), ("MOBILIZE", "sent")]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Authorities declared a 15-day state of siege in the department of Escuintla on Tuesday.", "state of siege"),
    ("Ecuador declared a state of exception in three provinces.", "state of exception"),
])
def test_a_state_of_siege_or_exception_is_martial_law(text, trigger):
    event = _on(text, trigger)
    assert (event.event_type, event.event_mode) == ("COERCE", "martial-law")


def test_laying_siege_is_an_assault_by_its_subject():
    event = _on("The army laid siege to the town for three weeks.", "laid siege")
    assert (event.event_type, event.actor, event.target) == ("ASSAULT", "army", "town")
