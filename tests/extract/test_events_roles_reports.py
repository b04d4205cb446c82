"""Who acts and who undergoes in the sentences of incident reports (issue 16): verbs aimed "at" something,
a passive coordinated with the verb before it, the object of one clause that is no subject of the next, the
people a place qualifies, and agents or subjects that are events or weapons rather than parties."""
import pytest

from tests.extract.test_events_grammar import _events, _one  # one way to extract an article of our own


@pytest.mark.parametrize("text, trigger, actor, target", [
    # a verb aimed "at" something is active, not a bare passive participle
    ("Karov forces fired at army positions near Tessal.", "fired", "Karov forces", "army positions"),
    ("Rebels fired at a police patrol in the town.", "fired", "Rebels", "police patrol"),
    ("Unknown persons fired at the house of a judge.", "fired", "Unknown persons", "judge"),  # whose home was hit
    ("Gunmen shot at a bus on the highway.", "shot", "Gunmen", "bus"),
    ("Gunmen fired upon a church in Tessal.", "fired", "Gunmen", "church"),
    ("Police fired on protesters in the capital.", "fired", "Police", "protesters"),
    # coordinated verbs in a list share their subject and object
    ("Gunmen killed, wounded and abducted villagers.", "killed", "Gunmen", "villagers"),
    # a passive after "and" undergoes what its subject does not
    ("A soldier stepped on a mine near Tessal and was injured.", "injured", None, "soldier"),
    ("Gunmen attacked the convoy and were killed by troops.", "killed", "troops", "Gunmen"),
    # the object of the first clause is not the subject of the second
    ("Police raided the house and two men were arrested.", "arrested", None, "men"),
    # the people a place qualifies, not the place
    ("Workers of a mine in Tessal went on strike.", "went on strike", "Workers", None),
    ("Hundreds of workers of the state oil company protested in the capital.", "protested", "workers", None),
])
def test_parties_of_report_sentences(text, trigger, actor, target):
    e = _one(text, trigger)
    assert (e.actor, e.target) == (actor, target)


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Shots fired at the crowd wounded two people.", "fired", None, None),   # the shots were fired: no doer
    ("The house was fired at by gunmen.", "fired", "gunmen", "house"),
])
def test_at_after_a_passive_stays_passive(text, trigger, actor, target):
    e = _one(text, trigger)
    assert (e.actor, e.target) == (actor, target)


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("The shop window was damaged by the blast.", "damaged", None, "shop window"),
    ("Three people were killed by a roadside bomb.", "killed", None, "people"),
    ("Two soldiers were killed by a suicide bomber.", "killed", "suicide bomber", "soldiers"),
    ("The village was attacked by gunmen.", "attacked", "gunmen", "village"),
    ("An explosive device detonated near the road.", "detonated", None, None),
    ("The officer returned fire and was wounded.", "returned fire", "officer", None),
])
def test_events_and_weapons_are_no_parties(text, trigger, actor, target):
    e = _one(text, trigger)
    assert (e.actor, e.target) == (actor, target)


def test_a_device_that_detonated_is_no_target_of_the_wounding():
    text = "An explosive device detonated in Tessal, wounding a civilian."
    [e] = [e for e in _events(text) if e.trigger == "wounding"]
    assert (e.actor, e.target) == (None, "civilian")


@pytest.mark.parametrize("text, actor", [
    ("No group has yet claimed responsibility for the explosion.", None),
    ("The Lenga Front has now claimed responsibility for the explosion.", "Lenga Front"),
])
def test_nobody_claiming_an_attack_is_no_actor(text, actor):
    assert _one(text, "explosion").actor == actor


def test_the_noun_before_of_is_no_doer_of_the_event_after_it():
    assert _one("The body bore signs of torture.", "torture").actor is None


@pytest.mark.parametrize("text, found", [
    # a body found, and the marks of violence in the next sentence: an assault
    ("The body of a man was found in a ditch near Tessal. It bore signs of torture.", True),
    # things found at a scene are no body, whatever the paragraph says of violence
    ("Investigators found screws and batteries at the scene. Two people were killed in the blast.", False),
])
def test_found_is_an_assault_only_where_its_sentence_has_a_body(text, found):
    assert any(e.trigger == "found" and e.event_type == "ASSAULT" for e in _events(text)) is found


@pytest.mark.parametrize("text, trigger, actor, target", [
    # a word that completes the verb after its object is no part of the object
    ("Police shot the driver dead after a chase.", "shot", "Police", "driver"),
    # where a verb without an object happened is no target; who it was done with is
    ("A truck bomb exploded at a busy crossroads in Tessal.", "exploded", None, None),
    ("Protesters clashed with police in the capital.", "clashed", "Protesters", "police"),
    # what a bomb was set off "at" is its target only when it is someone or something struck
    ("A bomber detonated a device at the end of a concert in Tessal.", "detonated", "bomber", None),
    ("Assailants threw a grenade at a bar in Tessal.", "threw", "Assailants", "bar"),
])
def test_objects_prepositions_and_complements(text, trigger, actor, target):
    e = _one(text, trigger)
    assert (e.actor, e.target) == (actor, target)


@pytest.mark.parametrize("text, trigger", [
    ("A truck bomb killed twelve people in Tessal.", "truck bomb"),
    ("A parcel bomb exploded at the post office.", "parcel bomb"),
])
def test_bombs_named_by_their_carrier_are_event_nouns(text, trigger):
    e = _one(text, trigger)
    assert (e.event_type, e.actor) == ("ASSAULT", None)  # "A" opening the sentence names no party


def test_nobody_claiming_after_a_reporting_verb_is_no_actor_either():
    assert _one("He said no group had yet claimed responsibility for the explosion.", "explosion").actor is None


def test_control_seized_of_a_place_targets_the_place():
    e = _one("Militants seized control of a government office in Tessal.", "seized")
    assert (e.event_type, e.actor, e.target) == ("ASSAULT", "Militants", "government office")


@pytest.mark.parametrize("text, actor", [
    # the name closing the place phrase before the participle's comma is no doer
    ("An explosion targeted a church in Cairo, Egypt, killing 29 worshippers.", None),
    # the doer of the verb before still is
    ("Gunmen raided a camp near Cairo, Egypt, killing five guards.", "Gunmen"),
])
def test_a_place_before_a_participle_clause_does_not_do_it(text, actor):
    assert _one(text, "killing").actor == actor


@pytest.mark.parametrize("text, trigger, actor, target", [
    # a verb after "and" shares the subject that follows the note's opening phrases
    ("On 10 May 2020, in Tessal (Orvalo), police officers searched a house and detained a suspected IS supporter.",
     "detained", "police officers", "suspected IS supporter"),
    # the people of a workplace hold the strike, not the workplace
    ("Doctors of the city hospital in Tessal held a strike.", "strike", "Doctors", None),
    ("Activists of the Lenga party staged a protest in Tessal.", "protest", "Activists", None),
])
def test_subjects_behind_opening_phrases_and_of_phrases(text, trigger, actor, target):
    e = _one(text, trigger)
    assert (e.actor, e.target) == (actor, target)


@pytest.mark.parametrize("text, trigger, event_type, actor, target", [
    # what a position underwent, and who did it
    ("Army positions near Tessal came under fire from Karov forces.", "came under fire", "ASSAULT", "Karov forces",
     "Army positions"),
    ("The convoy came under attack near Tessal.", "came under attack", "ASSAULT", None, "convoy"),
    # a monitor's count of violations is fire, told by whom it was fired
    ("Army headquarters reported eight ceasefire violations by Karov forces near Tessal.", "ceasefire violations",
     "ASSAULT", "Karov forces", None),
    # activists who break up a meeting protest against it
    ("Members of the Lenga movement disrupted a meeting of the council in Tessal.", "disrupted", "PROTEST",
     "Lenga movement", "meeting of the council"),
])
def test_what_was_undergone_violated_or_disrupted(text, trigger, event_type, actor, target):
    e = _one(text, trigger)
    assert (e.event_type, e.actor, e.target) == (event_type, actor, target)


@pytest.mark.parametrize("text", [
    "Floods disrupted supplies to Tessal.",             # no gathering broken up
    "The talks came under pressure from hardliners.",   # pressure is no fire
])
def test_disruptions_and_pressure_that_are_no_event(text):
    assert [e.trigger for e in _events(text) if e.trigger.startswith(("disrupted", "came under"))] == []


@pytest.mark.parametrize("text, trigger, target", [
    ("Troops raided the village two weeks ago.", "raided", "village"),
    ("Rebels shelled the town last year.", "shelled", "town"),
    ("Two rockets hit the base on Sunday evening.", "hit", "base"),   # what is fired hits what it reaches
])
def test_time_words_end_the_object(text, trigger, target):
    assert _one(text, trigger).target == target


@pytest.mark.parametrize("text, trigger, actor", [
    # a town, region or site before an event noun is where it happened
    ("The Manchester bombing killed 22 people.", "bombing", None),
    ("The Oxford Street bombing shook the city.", "bombing", None),
    # a country, an acronym, a demonym or a group still acts
    ("US airstrikes continued overnight.", "airstrikes", "US"),
    ("IRA attacks continued through the summer.", "attacks", "IRA"),
    ("Russian attacks continued through the summer.", "attacks", "Russian"),
])
def test_a_place_before_an_event_noun_is_no_doer(text, trigger, actor):
    assert _one(text, trigger).actor == actor


@pytest.mark.parametrize("text", [
    "The governor vetoed the bill, killing the measure for this session.",
    "The senator shot down rumors that she would quit the race.",
    "Delegates stormed out of the convention hall after the vote.",
])
def test_bills_rumours_and_walkouts_are_no_assault(text):
    assert [e.trigger for e in _events(text) if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize("text, trigger, target", [
    ("Gunmen killed two people, the report said.", "killed", "people"),   # a report after the comma decides nothing
    ("The blast killed 12, news reports said.", "killed", None),          # "12," is no "3,000"
    ("Gunmen killed 3,000 people in the region.", "killed", "people"),
])
def test_a_comma_after_the_object_ends_it(text, trigger, target):
    assert _one(text, trigger).target == target


@pytest.mark.parametrize("text, actor, target", [
    # the accused of an aside, with the charge after "of" (a bare participle right after its noun only tells who
    # they are: "a man accused of theft", see test_events_held_out_43)
    ("The minister, accused of corruption, resigned on Monday.", None, "minister"),
    # who accuses, when the verb has its object
    ("The opposition accused the government of rigging the vote.", "opposition", "government"),
])
def test_who_is_accused(text, actor, target):
    e = _one(text, "accused")
    assert (e.actor, e.target) == (actor, target)


def test_a_participle_before_of_ends_the_object():
    assert _one("Police arrested two men suspected of involvement in the raid.", "arrested").target == "men"


@pytest.mark.parametrize("text, trigger, event_type, actor, target", [
    ("Police searched the flat of an opposition activist in Tessal.", "searched", "COERCE", "Police", "flat"),
    ("Karov forces placed mines near Tessal.", "placed", "ASSAULT", "Karov forces", None),
])
def test_searches_and_mines(text, trigger, event_type, actor, target):
    e = _one(text, trigger)
    assert (e.event_type, e.actor, e.target) == (event_type, actor, target)


@pytest.mark.parametrize("text", [
    "Rescuers searched the rubble for survivors.",
    "Police searched for the missing girl.",
    "The waiter placed the plates on the table.",
])
def test_searches_and_placings_that_are_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", ["No one was injured in the blast.", "Nobody was injured in the attack."])
def test_nobody_hurt_is_no_event(text):
    # (stop 58: once a negated row with no target; a toll of none, which the attack's row tells, is no event)
    assert [e for e in _events(text) if e.trigger in {"injured", "hurt"}] == []


@pytest.mark.parametrize("text, trigger, event_type, actor, target", [
    ("Protesters clashed with police outside the parliament over the bill.", "clashed", "ASSAULT", "Protesters",
     "police"),
    ("A drone dropped explosives on a car in Tessal.", "dropped", "ASSAULT", None, "car"),
    ("Saboteurs derailed a freight train near Tessal.", "derailed", "ASSAULT", "Saboteurs", "freight train"),
    ("Protesters toppled a statue of a general in Tessal.", "toppled", "ASSAULT", "Protesters", "statue"),
    ("Activists glued themselves to a road in Tessal.", "glued themselves", "PROTEST", "Activists", None),
    ("Farmers blocked the A9 motorway near Tessal.", "blocked", "PROTEST", "Farmers", None),
    ("Heavy fighting was reported near Tessal.", "Heavy fighting", "ASSAULT", None, None),
    ("The monitors observed fighting near Tessal.", "observed", "ASSAULT", None, None),
])
def test_more_incident_constructions(text, trigger, event_type, actor, target):
    e = _one(text, trigger)
    assert (e.event_type, e.actor, e.target) == (event_type, actor, target)


@pytest.mark.parametrize("text", [
    "The candidates clashed over trade during the debate.",
    "The scandal derailed the talks.",
    "The bill was rammed through parliament.",
    "The price dropped sharply in May.",
    "Protesters toppled the government.",
])
def test_figures_of_speech_that_are_no_incident(text):
    assert [e.trigger for e in _events(text) if e.event_type in {"ASSAULT", "PROTEST"}] == []


def test_a_person_who_comes_under_fire_is_criticised():
    e = _one("The senator came under fire from her rivals over her remarks.", "came under fire")
    assert (e.event_type, e.actor, e.target) == ("ACCUSE", "rivals", "senator")


@pytest.mark.parametrize("text", [
    "The secretary's office almost never searched its own email.",
    "Sometimes the team is good at executing on its plans.",
])
def test_searching_mail_and_executing_on_plans_are_no_event(text):
    assert _events(text) == []


def test_a_mob_of_people_is_who_acts_not_a_riot_of_its_own():
    found = _events("A mob of villagers beat a local official to death in Tessal.")
    assert [(e.event_type, e.trigger, e.actor) for e in found] == [("ASSAULT", "beat", "mob of villagers")]


@pytest.mark.parametrize("text, trigger, actor, target", [
    # the doer of an event noun attributed to someone, actively or in the passive; never the one it is attributed to
    ("Officials attributed the attack to the Tessal Front.", "attack", "Tessal Front", None),
    ("The government attributed the recent wave of attacks to separatists.", "attacks", "separatists", None),
    ("The bombing was attributed to the Tessal Front.", "bombing", "Tessal Front", None),
    # blaming is accusing: who is blamed is no doer the article vouches for, and no target either
    ("Police blamed Sunday's attack on Karov militants.", "attack", None, None),
    # whom the blame falls on is the target of the blaming
    ("Police blamed Sunday's attack on Karov militants.", "blamed", "Police", "Karov militants"),
    ("The minister blamed the government for the crisis.", "blamed", "minister", "government"),
])
def test_blame_names_the_doer(text, trigger, actor, target):
    e = _one(text, trigger)
    assert (e.actor, e.target) == (actor, target)


@pytest.mark.parametrize("text, trigger, target", [
    ("Police found the body of a journalist in a river near Kemo. He had been shot.", "found", "journalist"),
    ("Troops discovered the bodies of five villagers with gunshot wounds.", "discovered", "villagers"),
])
def test_who_finds_a_body_did_not_kill(text, trigger, target):
    e = _one(text, trigger)
    assert (e.event_type, e.actor, e.target) == ("ASSAULT", None, target)


def test_a_passive_agent_after_another_verb_is_that_verbs():
    e = _one("The body of a journalist who had been shot was found by police.", "shot")
    assert (e.actor, e.target) == (None, "journalist")


@pytest.mark.parametrize("text, trigger, actor, target", [
    # a time phrase between a subject and its verb, as wire copy writes it
    ("The European Union on Thursday imposed new sanctions on Karova.", "sanctions", "European Union", "Karova"),
    ("Police last week arrested two men in Dalo.", "arrested", "Police", "men"),
    ("Rebels earlier this month seized the town of Nuri.", "seized", "Rebels", "town of Nuri"),
    # an event, a weapon or a calamity does nothing: no actor
    ("The attack on Monday killed five people.", "killed", None, "people"),
    ("Aid groups say the conflict has killed tens of thousands.", "killed", None, "thousands"),
    # people that are also trigger words still act
    ("A soldier was killed by a sniper in Dalo.", "killed", "sniper", "soldier"),
    # "several times" is when, not part of the target; a main verb ends the phrase before it
    ("The group has fired rockets at northern Karova several times.", "fired", "group", "northern Karova"),
    ("Karova's invasion of Tessalia began in 2022.", "invasion", "Karova", "Tessalia"),
    ("This was one of two related attacks on this day.", "attacks", None, None),
    # a noun in -ing before a preposition is no verb ending the phrase
    ("A drone of the Karovan army struck a residential building in Dalo, injuring a woman.", "struck",
     "Karovan army", "residential building"),
    # a worn bomb is a device, no target (the mosque it went off inside is: stop 63); a plural possessive stays in
    # its phrase
    ("A suicide bomber detonated an explosives-laden vest inside a mosque.", "detonated", "suicide bomber", "mosque"),
    ("Militants set fire to a girls' school in Peshawar district.", "set fire", "Militants", "girls' school"),
    ("Police raided the workers' union offices.", "raided", "Police", "workers' union offices"),
    # an auxiliary after a noun read as a verb is no object; a contraction is no part of the name
    ("Forest's role in the Rolando attack had been considerable.", "attack", "Rolando", None),
    ("They’re threatening to strike, the drivers said.", "threatening", "They", None),
])
def test_wire_copy_subjects_and_objects(text, trigger, actor, target):
    e = _one(text, trigger)
    assert (e.actor, e.target) == (actor, target)


def test_page_furniture_is_no_part_of_a_party():
    e = _one("image copyright AFP image caption Federal troops were deployed to the region in 1999.", "deployed")
    assert e.target == "Federal troops"


@pytest.mark.parametrize("text, trigger", [
    ("Dalo United were beaten 2-0 by Nuri City at home on Sunday, with Ana Lind scoring twice.", "beaten"),
    ("Analysts cut their price target, citing weaker demand in Karova.", "demand"),
    ("The strike by rail workers entered a second week on Monday.", "entered"),
])
def test_no_event_in_a_match_a_market_or_a_week(text, trigger):
    assert trigger not in {e.trigger for e in _events(text)}


@pytest.mark.parametrize("text, trigger", [
    ("Rioters beat a man to death after the match in Dalo.", "beat"),
    ("Protesters demand the release of political prisoners.", "demand"),
    ("Karovan troops entered the town of Nuri.", "entered"),
    ("The army said it had regained control of the town of Nuri after heavy fighting.", "regained control"),
])
def test_the_same_words_still_give_events_elsewhere(text, trigger):
    assert trigger in {e.trigger for e in _events(text)}


@pytest.mark.parametrize("text, trigger, event_type, actor, target", [
    ("Senator Ana Lind fired back on Twitter, calling the governor a liar.", "fired back", "ACCUSE", "Senator Ana Lind",
     None),
    ("The minister hit back at critics of the budget.", "hit back", "ACCUSE", "minister", "critics of the budget"),
    ("Rebels fired back at the troops near Dalo.", "fired", "ASSAULT", "Rebels", "troops"),
    # (a cyber attack is repression short of violence: PLOVER puts "cyber" among COERCE's modes, stop 70)
    ("Hackers launched an attack on the bank's website.", "attack", "COERCE", "Hackers", "bank's website"),
    ("Ana Lind won only Tessin and vowed to fight on.", "vowed", "AGREE", "Ana Lind", None),
])
def test_firing_back_in_words_is_an_accusation(text, trigger, event_type, actor, target):
    e = _one(text, trigger)
    assert (e.event_type, e.actor, e.target) == (event_type, actor, target)
