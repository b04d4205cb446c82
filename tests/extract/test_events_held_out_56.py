"""Constructions of our own live blogs, agency wires and everyday news (stop 56): a village no gazetteer knows in an
article set in one country. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, country", [
    ("Militants torched houses in Kwambula village on Tuesday. Troops later raided a camp in Borno State.",
     "torched", "NGA"),
    ("Gunmen killed two farmers in Ikhai village on Monday. Police arrested a suspect in Imphal on Tuesday.",
     "killed", "IND"),
    ("Protesters blocked the Naameh highway on Monday. Later, rioters torched a bank in Beirut.", "blocked", "LBN"),
])
def test_a_place_no_gazetteer_knows_lies_in_the_one_country_of_its_article(text, trigger, country):
    assert event_on(text, trigger, JUL_4).location_country == country


@pytest.mark.parametrize("text, trigger", [
    # the article's events lie in two countries: which one holds the village is a guess
    ("Militants torched houses in Kwambula village on Tuesday. Troops raided a camp in Borno State on Wednesday. "
     "In Niger, soldiers killed ten fighters near Diffa on Thursday.", "torched"),
    # a name alone, a sea: anywhere
    ("Warplanes bombed Khas Dagh on Monday. Troops later raided a camp in Borno State.", "bombed"),
    ("A warship fired at a tanker in the South China Sea on Monday. Troops raided a camp in Borno State.", "fired"),
    # the countries an article names are no place of its events: a coalition of one country strikes in another
    ("Saudi-led coalition warplanes struck the Shathath area on Monday, killing four civilians.", "struck"),
])
def test_no_country_is_guessed_for_a_place_the_article_does_not_settle(text, trigger):
    assert event_on(text, trigger, JUL_4).location_country is None


@pytest.mark.parametrize("text", [
    "Gabriel Martinelli put Arsenal ahead with a low shot. The goalkeeper had no chance.",
    "Feyenoord beat Ajax 2-0 on Sunday. Igor Paixao killed off the game with a curling shot in the 78th minute.",
    "United lost 1-0 at home on Sunday, Leandro Trossard beating Andre Onana with a low shot after 20 minutes.",
    "City won 2-1 on Saturday. Erling Haaland fired his side ahead from the penalty spot.",
    "Australia beat India by six wickets. The pace attack bombarded India's batters with short balls.",
])
def test_the_play_of_a_match_is_no_violence(text):
    assert not any(e.event_type == "ASSAULT" for e in events_of(text, JUL_4))


@pytest.mark.parametrize("text, trigger", [
    # harm done at a match, by people named as doing harm or with what, or to people
    ("Feyenoord beat Ajax 2-0 on Sunday. Rival supporters clashed with police outside the stadium.", "clashed"),
    ("The striker scored twice. Gunmen attacked fans leaving the stadium in Mogadishu on Sunday.", "attacked"),
    ("Celtic beat Rangers 3-0 on Sunday. Before kick-off, rival fans clashed on London Road in Glasgow.", "clashed"),
    ("Lazio beat Roma 1-0 on Saturday. Lazio ultras attacked a coach carrying Roma fans in Rome.", "attacked"),
    ("Bayern Munich won 2-1 in Paris on Thursday. Later, a Bayern fan was shot in the leg near the stadium.", "shot"),
    ("Russian strikes killed seven people in Kharkiv on Sunday. Hours later Ukraine's footballers celebrated a 2-1 "
     "win over Slovakia.", "killed"),
    # words of a match that also name people: "strikers", a "goalkeeper" who was shot
    ("Garment workers clashed with factory guards in Ashulia on Friday, and one striker was beaten to death.",
     "clashed"),
    ("Strikers set fire to two factories in Ashulia on Friday.", "set fire"),
    # no match: a shot is a shot
    ("A gunman shot a man outside a bar in Leeds on Saturday.", "shot"),
])
def test_violence_at_a_match_or_outside_sport_stays(text, trigger):
    assert event_on(text, trigger, JUL_4).event_type == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Typhoon Krathon killed four people in Taiwan on Thursday.",
    "Hurricane Helene killed more than 100 people in North Carolina.",
    "The wildfires burning across Los Angeles County have killed at least 11 people.",
    "Floods sweeping through Bahia state killed 20 people on Monday.",
])
def test_a_storm_by_its_name_or_a_disaster_told_on_kills_in_no_event(text):
    assert not any(e.event_type == "ASSAULT" for e in events_of(text, JUL_4))


@pytest.mark.parametrize("text, actor", [
    ("After the floods Boko Haram killed 12 farmers in Gwoza on Monday.", "Boko Haram"),
    ("Fighters using the cover of the storm raging over the region killed four soldiers in Gwoza on Monday.", None),
])
def test_a_doer_told_with_a_disaster_still_kills(text, actor):
    found = event_on(text, "killed", JUL_4)
    assert (found.event_type, found.actor) == ("ASSAULT", actor)


def test_an_attack_during_a_storm_is_still_one():
    found = event_on("Gunmen attacked a village in Zamfara during the storm, killing five people.", "attacked", JUL_4)
    assert found.actor == "Gunmen"


def test_a_sign_of_something_is_no_signature():
    assert not any(e.event_type == "SUPPORT" for e in events_of("The talks showed no sign of a ceasefire.", JUL_4))
    assert event_on("Israel and Hamas signed a ceasefire in Doha on Monday.", "signed", JUL_4).event_type == "SUPPORT"


@pytest.mark.parametrize("text, trigger, location", [
    ("Houthi rebels attacked a cargo ship in the Red Sea on Monday.", "attacked", "Red Sea"),
    ("Houthi rebels attacked a tanker in the Gulf of Aden on Monday.", "attacked", "Gulf of Aden"),
    ("Iran seized a tanker in the Strait of Hormuz on Monday.", "seized", "Strait of Hormuz"),
])
def test_a_sea_between_countries_lies_in_none(text, trigger, location):
    found = event_on(text, trigger, JUL_4)
    assert (found.location, found.location_country, found.location_admin1) == (location, None, None)


def test_a_region_named_after_a_sea_is_still_a_region():
    found = event_on("Gunmen killed five people in Port Sudan, in Sudan's Red Sea state, on Monday.", "killed", JUL_4)
    assert (found.location_country, found.location_admin1) == ("SDN", "Red Sea")


def test_a_trigger_naming_a_word_class_nobody_defined_fails_at_load(monkeypatch):
    from etl.extract.events import lexicon

    real = lexicon.tsv_rows

    def rows(name):
        found = real(name)
        if name == "plover_triggers.tsv":
            found = [*found, ["convene", "verb", "CONSULT", "", "object:dignitaries|gatherings"]]
        return found

    monkeypatch.setattr(lexicon, "tsv_rows", rows)
    with pytest.raises(ValueError, match="dignitaries|gatherings"):
        lexicon.load_lexicon.__wrapped__()


@pytest.mark.parametrize("text, trigger, actor", [
    ("Iran warned that Israel would face severe consequences if it struck again.", "warned", "Iran"),
    ("Hezbollah vowed that Israel would receive its just punishment.", "vowed", "Hezbollah"),
    ("Hezbollah vowed to respond to the killing of its commander in Beirut.", "vowed", "Hezbollah"),
    ("Biden warned he would not hesitate to order further strikes on the Houthis.", "warned", "Biden"),
])
def test_a_warning_or_a_vow_of_retribution_is_a_threat(text, trigger, actor):
    found = event_on(text, trigger, JUL_4)
    assert (found.event_type, found.actor) == ("THREATEN", actor)


def test_a_warned_party_is_the_target_not_the_clause_after_it():
    found = event_on("Russia warned Finland it would pay a heavy price for hosting NATO troops.", "warned", JUL_4)
    assert (found.event_type, found.target) == ("THREATEN", "Finland")
    assert event_on("Biden warned he would not hesitate to strike the Houthis.", "warned", JUL_4).target is None


@pytest.mark.parametrize("text", [
    "Doctors warned that the heatwave would have severe consequences for the elderly.",
    "The minister warned that inflation would have consequences for wages.",
    "The government vowed to respond to the needs of the flood victims.",
    "The IMF warned that Pakistan would pay a heavy price if it failed to broaden its tax base.",
])
def test_a_warning_of_what_befalls_nobody_is_no_threat(text):
    assert not any(e.event_type == "THREATEN" for e in events_of(text, JUL_4))


@pytest.mark.parametrize("text, trigger, actor", [
    ("Congo said on Sunday it was severing diplomatic relations with Rwanda.", "severing", "Congo"),
    ("Moscow downgraded relations with Tallinn on Monday.", "downgraded", "Moscow"),
])
def test_relations_cut_by_any_verb_of_cutting_are_a_sanction(text, trigger, actor):
    found = event_on(text, trigger, JUL_4)
    assert (found.event_type, found.actor) == ("SANCTION", actor)


def test_tax_cuts_beside_foreign_relations_are_no_sanction():
    text = "Trump made conflicting statements about Social Security, tax cuts, nuclear weapons and foreign relations."
    assert not any(e.event_type == "SANCTION" for e in events_of(text, JUL_4))


def test_a_meeting_convened_is_a_consultation_and_a_reader_welcomed_no_support():
    assert event_on("Biden will convene G7 leaders on Sunday.", "convene", JUL_4).event_type == "CONSULT"
    assert not any(e.event_type == "CONSULT" for e in events_of("Grassley refused to convene public hearings.", JUL_4))
    assert not events_of("Welcome to our live coverage of the war in Ukraine.", JUL_4)


def test_views_exchanged_are_no_fire_exchanged():
    assert not any(e.event_type == "ASSAULT" for e in events_of(
        "The ministers exchanged views on the situation in the Middle East on Tuesday.", JUL_4))
    assert event_on("Troops exchanged fire with rebels in Kidal on Tuesday.", "exchanged fire",
                    JUL_4).event_type == "ASSAULT"


def test_a_line_between_two_countries_lies_in_neither():
    found = event_on("Indian troops opened fire along the Line of Control on Sunday, killing a civilian.",
                     "opened fire", JUL_4)
    assert (found.location, found.location_country) == ("Line of Control", None)


def test_what_state_media_call_israel_is_israel():
    found = event_on("Iran condemned the Zionist regime's missile attack on a building in Damascus on Saturday.",
                     "condemned", JUL_4)
    assert (found.target, found.target_country) == ("Zionist regime", "ISR")


def test_a_day_after_places_set_off_one_after_another_is_the_event_s():
    found = event_on("Gunmen killed five villagers in Kwara village, Sefa district, Mopti region, on Wednesday, "
                     "officials said.", "killed", JUL_4)
    assert (found.date, found.date_source) == (datetime(2024, 7, 3).date(), "text")


@pytest.mark.parametrize("text, mentions", [
    ("Army air strikes on RSF bases\nSudan's air force carried out air strikes on RSF barracks in Omdurman on Sunday.",
     2),
    ("Sudan: army air strikes hit RSF bases in Omdurman\nKHARTOUM (Reuters) - Sudan's air force carried out air "
     "strikes on RSF barracks in Omdurman on Sunday, residents said.", 3),  # "air strikes hit": two words of one
])
def test_a_headline_tells_the_event_its_lead_tells(text, mentions):
    [found] = events_of(text, JUL_4)
    assert (found.actor, found.location, found.mentions) == ("Sudan's air force", "Omdurman", mentions)


def test_a_headline_of_another_country_s_event_stays_its_own():
    text = ("Air strikes on rebel bases in Yemen\nSudan's air force carried out air strikes on RSF barracks in "
            "Omdurman on Sunday.")
    assert len([e for e in events_of(text, JUL_4) if e.event_type == "ASSAULT"]) == 2


def test_an_attack_described_as_a_crime_is_the_attack_told_before():
    text = ("Iran's IRGC struck Erbil with missiles on Monday, killing four civilians. Masrour Barzani described the "
            "attack as \"a crime against the Kurdish people\".")
    [found] = [e for e in events_of(text, JUL_4) if e.event_type == "ASSAULT"]
    assert (found.actor, found.mentions) == ("Iran's IRGC", 3)


def test_the_strikes_named_again_are_the_strikes_not_the_attacks_told_between():
    text = ("US warplanes struck Houthi targets in Yemen on Friday. Biden called it a response to Houthi attacks on "
            "ships. A Houthi spokesman said five fighters were killed in the strikes.")
    found = {e.trigger: e.mentions for e in events_of(text, JUL_4) if e.event_type == "ASSAULT"}
    assert found == {"struck": 3, "attacks": 1}


@pytest.mark.parametrize("text", [
    "Dozens of Palestinians were killed while waiting for food aid in Gaza City, the health ministry said.",
    "Nearly a million people in need of humanitarian assistance remain in Darfur.",
])
def test_aid_waited_for_or_needed_is_no_aid_given(text):
    assert not any(e.event_type == "AID" for e in events_of(text, JUL_4))


def test_aid_delivered_is_still_aid():
    assert event_on("The UN delivered food aid to Gaza City on Thursday.", "delivered", JUL_4).event_type == "AID"


@pytest.mark.parametrize("text", [
    "The prime minister directed authorities to provide the best possible medical treatment to the injured.",
    "The death toll may rise as several of the wounded were in critical condition.",
])
def test_the_injured_alone_are_people_not_an_act(text):
    assert not any(e.event_type == "ASSAULT" for e in events_of(text, JUL_4))


def test_the_injured_after_an_attack_are_a_mention_of_it():
    text = "A bomb exploded in Quetta on Saturday, killing five people. The injured were taken to the Civil Hospital."
    [found] = events_of(text, JUL_4)
    assert (found.trigger, found.mentions) == ("exploded", 4)


def test_the_doers_of_an_event_noun_told_by_by_are_not_its_target():
    found = event_on("Police broke up a march by thousands of students in Mandalay on Tuesday.", "march", JUL_4)
    assert (found.actor, found.target) == ("students", None)
    # one community on both sides of a clash stays on both
    found = event_on("On 3 May 2020, a clash occurred between two groups of the Bugti community in Dera Bugti.",
                     "clash", JUL_4)
    assert found.actor == found.target == "Bugti community"


@pytest.mark.parametrize("text, trigger", [
    ("Hundreds of pagers exploded almost simultaneously across Lebanon on Tuesday.", "exploded"),
    ("Two bombs exploded simultaneously in Quetta on Tuesday.", "exploded"),
])
def test_an_adverb_after_the_verb_is_no_target(text, trigger):
    assert event_on(text, trigger, JUL_4).target is None


def test_a_rally_after_a_verb_is_still_a_noun():
    assert event_on("Police attacked a rally in Nairobi on Tuesday.", "attacked", JUL_4).target == "rally"


def test_claims_dismissed_are_rejected_and_a_minister_dismissed_is_not():
    found = event_on("Government spokesperson Yolande Makolo dismissed the claims on Thursday.", "dismissed", JUL_4)
    assert found.event_type == "REJECT"
    assert not any(e.event_type == "REJECT" for e in events_of("The president dismissed the finance minister.", JUL_4))
    assert not any(e.event_type == "REJECT" for e in events_of(
        "A court in Islamabad on Monday dismissed the charges against former prime minister Imran Khan.", JUL_4))


def test_drills_held_together_are_cooperation():
    text = "The US and South Korean militaries staged a combined air drill involving 110 warplanes on Monday."
    assert event_on(text, "drill", JUL_4).event_type == "COOPERATE"
    assert not events_of("Firefighters held a fire drill in Leeds on Monday.", JUL_4)


def test_missiles_intercepted_are_no_goods_seized():
    text = "Hagari said 99 percent of the drones were intercepted by Israel and its allies."
    assert not any(e.event_type == "COERCE" for e in events_of(text, JUL_4))
    found = event_on("The navy intercepted a dhow carrying weapons bound for Yemen.", "intercepted", JUL_4)
    assert (found.event_type, found.event_mode) == ("COERCE", "seize")


def test_the_dead_counted_since_a_day_weeks_before_date_no_event_to_that_day():
    text = ("Israeli forces opened fire on a crowd in Gaza City before dawn, killing at least 50 people.\n\n"
            "The overall number of Palestinians killed in Gaza since October 7 has reached 30,035, the ministry said.")
    [found] = events_of(text, JUL_4)
    assert found.trigger == "opened fire"
    assert found.date != datetime(2023, 10, 7).date()  # the toll's span starts then; the shooting was not that day


def test_a_campaign_since_a_day_weeks_before_is_still_told():
    found = event_on("The US and Britain have launched dozens of airstrikes on Yemen since January 12.", "airstrikes",
                     JUL_4)
    assert (found.event_type, found.actor, found.date) == ("ASSAULT", "US and Britain", None)


def test_a_raid_since_sunday_is_still_one():
    found = event_on("Israeli forces have killed 12 people in Jenin since Tuesday, the ministry said.", "killed", JUL_4)
    assert found.event_type == "ASSAULT"


@pytest.mark.parametrize("verb", ["warned", "threatened", "vowed"])
def test_a_speaker_s_day_before_that_leaves_the_speaker_the_actor(verb):
    found = event_on(f"Khamenei {verb} on Wednesday that Israel would be punished.", verb, JUL_4)
    assert (found.event_type, found.actor, found.target) == ("THREATEN", "Khamenei", None)


@pytest.mark.parametrize("text", [
    "The senator was widely criticized",  # a headline: a verb of speech ends the text, no period after it
    "Kabul officials criticized",
    "A plan the minister rejected",
])
def test_a_verb_of_speech_that_ends_the_text_is_read_without_error(text):
    from etl.extract.batch import extract_article
    from tests.extract.test_events_wire import _article
    assert extract_article(_article(text)).error is None
