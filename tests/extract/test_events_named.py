"""Event nouns named after where, when or by whom ("the Manchester bombing", "the Easter Sunday bombings", "the
Hamas attack"): the name is the event's place, its day's name, or its doer, and never a word of another verb's
clause. Places the gazetteer must know are real; other names are invented."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _events(text: str):
    return extract_article(_article(text)).events  # its mentions merged into events


def _only(text: str, *types: str):
    """The one event of the text of these types (an attack or a protest unless told)."""
    [e] = [e for e in _events(text) if e.event_type in (types or ("ASSAULT", "PROTEST"))]
    return e


@pytest.mark.parametrize("text, actor", [
    ("The Hamas attack on the town killed ten people.", "Hamas"),  # an armed group, though a town shares its name
    ("The Taliban attack killed three people in Kunduz.", "Taliban"),
    ("The Easter Sunday bombings killed more than 250 people.", None),  # a day's name
    ("The Bloody Friday attacks proved to be a disaster.", None),
    ("The Westgate Mall attack lasted four days.", None),  # a site
    ("The Manchester bombing killed 22 people.", None),  # a town
    ("The Nice truck attack killed 86 people.", None),  # a town, and what the attack was made with
    ("Dalo sees frequent attacks on security forces.", None),  # the subject of another verb
    ("On Monday, Pro-government supporters march in Dalo.", "Pro-government supporters"),  # people, no verb
    ("The Paris attacks killed 130 people.", None),  # a capital is where an attack was made
    ("The Kabul suicide bombing killed 12 people.", None),
    ("Citing last week's bombing, the senator called for calm.", None),  # a participle, no name
    ("The 1998 US embassy bombing killed 213 people in Nairobi.", None),  # a country's site, which was hit
])
def test_a_name_before_an_event_noun_is_its_doer_only_when_it_can_be(text, actor):
    assert _only(text).actor == actor


@pytest.mark.parametrize("text, location, country", [
    ("The Manchester bombing killed 22 people.", "Manchester", "GBR"),
    ("The Nice truck attack killed 86 people.", "Nice", "FRA"),
    ("The Christchurch mosque attacks killed 51 people.", "Christchurch mosque", "NZL"),
    ("The Kabul airport bombing killed 170 people.", "Kabul airport", "AFG"),
    ("The Westgate Mall attack lasted four days.", "Westgate Mall", None),
    ("At the Cavehill Road bomb, the victims were two women and a schoolboy.", "Cavehill Road", None),
    ("The Paris attacks killed 130 people.", "Paris", "FRA"),
])
def test_the_town_or_site_an_event_noun_is_named_after_is_where_it_happened(text, location, country):
    e = _only(text)
    assert (e.location, e.location_country) == (location, country)


@pytest.mark.parametrize("text", [
    "The US drone strike killed two militants.",  # a country's strike: its doer, not its place
    "The Hamas attack killed ten people.",  # an armed group
    "The Easter Sunday bombings killed 250 people.",  # a day
])
def test_a_doer_or_a_day_before_an_event_noun_is_no_place(text):
    assert _only(text).location is None


def test_a_name_between_a_determiner_and_an_event_noun_makes_it_a_noun_when_a_verb_follows():
    e = _only("The Bataclan attack was carried out by three gunmen.")
    assert (e.trigger, e.actor) == ("attack", "gunmen")  # the passive agent of the noun, not "Bataclan"
    e = _only("The Taliban attack checkpoints every night.")  # no verb after it: the verb of the plural name
    assert (e.actor, e.target) == ("Taliban", "checkpoints")


def test_a_verb_after_a_name_and_its_determiner_stays_the_names_verb():
    [e] = _events("The Kelmish Medical Association agrees with the governor.")
    assert (e.event_type, e.actor, e.location) == ("AGREE", "Kelmish Medical Association", None)


def test_a_country_names_whose_strike_it_was():
    e = _only("The US drone strike killed two militants.")
    assert (e.actor, e.target) == ("US", "militants")


def test_a_capitalised_adjective_opening_a_headline_is_no_name():
    e = _only("Roadside IED kills Kelmish major general in Dalo")
    assert (e.actor, e.target) == (None, "Kelmish major general")


def test_the_doer_of_a_noun_after_a_second_light_verb_is_not_the_first_verbs_object():
    e = _only("By June, the organisation felt confident enough to call a ceasefire and hold secret talks with "
              "ministers in Dalo.", "CONSULT")
    assert e.actor is None or "ceasefire" not in e.actor
    e = _only("Police dispersed the crowd and held talks with the organisers.", "CONSULT")
    assert e.actor == "Police"


def test_a_strike_is_intransitive_and_the_verb_after_it_has_its_own_noun():
    evs = _events("Around a dozen intern doctors went on a strike and held a protest in Dalo town.")
    assert [(e.event_type, e.actor, e.target) for e in evs] == [("PROTEST", "intern doctors", None)]
    assert evs[0].mentions == 2


def test_a_verb_of_leaving_ends_the_target_of_an_attack():
    assert _only("The Kelmish Front attack on the village left 40 dead.").target == "village"


def test_a_participle_with_its_particle_after_an_object_ends_it():
    e = _only("Kelmia sanctioned the head of the Dalo Elections Council popped up on television.", "SANCTION")
    assert e.target == "head of the Dalo Elections Council"


@pytest.mark.parametrize("text, location", [
    ("The Manchester investigation found nothing.", None),  # what is investigated, not where
    ("The Lenga Front attacks killed five soldiers.", None),  # a group's name, though "front" is a kind of place
])
def test_only_an_act_done_in_a_place_is_named_after_it(text, location):
    assert _events(text)[0].location == location


def test_a_capital_before_talks_is_the_government_that_holds_them():
    [e] = _events("The Moscow talks ended without a deal.")
    assert (e.event_type, e.actor, e.location) == ("CONSULT", "Moscow", None)


@pytest.mark.parametrize("text, actor", [
    ("The Republican leadership's repeated refusal angered the senator.", "Republican leadership"),
    ("The Department of Justice's security inquiry found nothing.", "Department of Justice"),
    ("Pro-government supporters holding Kelmia's flag march in Dalo.", "Pro-government supporters holding Kelmia's flag"),
])
def test_the_possessor_before_an_event_noun_is_its_doer_without_the_words_after_it(text, actor):
    [e] = _events(text)
    assert e.actor == actor


def test_a_demonstrative_opening_the_sentence_is_no_name():
    e = _only("This follows Friday's Munich mall shooting.")
    assert e.actor is None and e.location.endswith("Munich mall")


def test_the_person_held_keeps_the_possessor_that_says_whose_they_are():
    [e] = _events("He said Martin Kelm's cold-blooded killer should be in prison.")
    assert (e.event_type, e.actor, e.target) == ("COERCE", None, "Martin Kelm's cold-blooded killer")


@pytest.mark.parametrize("text, actor", [
    ("Russia sent paratroopers at the request of President Omar Dalo.", "President Omar Dalo"),
    ("Police arrested the man at the request of French authorities.", "French authorities"),
])
def test_at_the_request_of_names_who_asked_and_no_target(text, actor):
    [request] = [e for e in _events(text) if e.event_type == "REQUEST"]
    assert (request.actor, request.target) == (actor, None)
    assert all(e.target is None or "request" not in e.target for e in _events(text))


def test_an_of_inside_a_name_after_an_event_noun_brings_no_target():
    protest = _only("Around 300 teachers staged a sit-in outside the Ministry of Education in Tegucigalpa.")
    # (the ministry protested outside is whom the sit-in addresses, whole: not "Education")
    assert (protest.actor, protest.target, protest.location) == ("teachers", "Ministry of Education", "Tegucigalpa")


def test_a_name_and_event_noun_after_a_verb_are_its_object():
    text = "Kyiv's mayor called the Dnipro attack a war crime and urged allies to send air defences."
    [urged] = [e for e in _events(text) if e.event_type == "REQUEST"]
    assert urged.actor == "Kyiv's mayor"
    assert all(e.actor != "Dnipro" for e in _events(text))


def test_a_participle_after_an_acronym_stays_a_verb():
    attack = _only("Militants planted an IED targeting a military patrol near Dalo.")
    assert (attack.actor, attack.target) == ("Militants", "military patrol")
