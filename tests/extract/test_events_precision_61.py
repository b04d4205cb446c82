"""Ordinary news that is no conflict (stop 61): a disaster's or an accident's harm, sport's words of play, business and
political metaphors and routine notices make no event; the same words with people who attack are still events. Every
text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


def _assaults(text: str) -> list[str]:
    return [e.trigger for e in events_of(text, JUL_4) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    # a participle clause after a clause whose subject is the disaster, whatever its verb
    "A magnitude 5.9 earthquake struck eastern Turkey on Thursday, killing at least eight people and injuring 140 "
    "others, officials said.",
    "Typhoon Gaemi swept across northern Luzon on Wednesday, killing 12 people.",
    # harm told beside the harm the cause clause explains
    "Eleven people were killed and four others seriously injured when a minibus taxi collided head-on with a truck "
    "on the N1 near Polokwane on Thursday morning.",
    # a train drives at no one
    "At least nine people were killed after a goods train rammed into the stationary Kanchenjunga Express near New "
    "Jalpaiguri on Monday.",
    "A goods train rammed into a passenger train near Balasore on Friday.",
    # a blaze of a kind that tells an accident, and firefighters fighting it
    "A brush fire above Santa Clarita had destroyed at least 40 homes by Saturday morning.",
    "More than 900 firefighters attacked the flames overnight as gusty winds pushed the fire toward the forest.",
    # a disease
    "White-nose syndrome attacks the skin of hibernating bats.",
    # bodies recovered in a story of a disaster
    "The death toll from the storm rose to 85 on Saturday. Police said 20 bodies had been recovered in the town of "
    "Talisay.",
])
def test_harm_of_a_disaster_or_an_accident_is_no_attack(text):
    assert _assaults(text) == []


@pytest.mark.parametrize("text, trigger", [
    ("Rebels attacked the town after the earthquake, killing four soldiers.", "attacked"),
    ("The storm hit the coast on Sunday as rebels attacked a village in Kaduna, killing five.", "attacked"),
    ("Five passengers were killed when their train was attacked by bandits near Kaduna.", "attacked"),
    ("Bandits attacked a train near Kaduna on Monday, killing eight passengers.", "attacked"),
    ("A car rammed into a crowd of pedestrians in Toronto on Monday, killing 10.", "rammed into"),
    ("A driver rammed his car into a crowd in Nice, killing 86 people.", "rammed"),
    ("A truck bomb killed 12 people in Mogadishu on Saturday.", "killed"),
    ("Police said 20 bodies had been recovered from a mass grave in Izium, some with signs of torture.", "recovered"),
])
def test_the_same_words_of_people_who_attack_are_still_attacks(text, trigger):
    assert trigger in _assaults(text)


@pytest.mark.parametrize("text", [
    # the minute of a match tells a match report
    "Arsenal attacked down the left all evening and Bukayo Saka killed the game off in the 78th minute.",
    # "beat the Ravens 18-16": a scoreline with its article
    "T.J. Watt led the assault with two sacks as the Steelers beat the Ravens 18-16.",
    # plans executed
    '"Our bowlers executed the plans beautifully," Rohit said.',
    "The company executed the trades through a Cayman Islands subsidiary.",
])
def test_words_of_play_and_plans_carried_out_are_no_attack(text):
    assert _assaults(text) == []


@pytest.mark.parametrize("text, trigger", [
    ("Lazio ultras attacked a coach carrying Roma fans before the derby, which Lazio won 2-0 with a goal in the 88th "
     "minute.", "attacked"),
    ("Arsenal beat Chelsea 3-1 in the 78th minute thriller. Rival fans clashed on Holloway Road after the final "
     "whistle.", "clashed"),
    ("Iran executed three men convicted of drug trafficking on Monday.", "executed"),
])
def test_violence_beside_a_match_and_executions_of_people_are_still_attacks(text, trigger):
    assert trigger in _assaults(text)


@pytest.mark.parametrize("text", [
    "Coles and Woolworths have fired the opening shots in a fresh supermarket price war.",
    "Treasury accused of raiding the reserves to shore up the budget.",
    "Economists said the move did not address the structural problems killing growth.",
    "Jacob Zuma's MK party stormed into third place with 14.6% of the vote.",
    "The Blue Jays stormed to victory in Toronto on Monday.",
    "Universal's thriller 'Dead Reckoning Road' bombed at the box office this weekend.",
    "He said China has been stealing American jobs for decades.",
])
def test_metaphors_of_business_and_politics_are_no_attack(text):
    assert [e.event_type for e in events_of(text, JUL_4) if e.event_type in ("ASSAULT", "COERCE")] == []


@pytest.mark.parametrize("text, trigger", [
    ("Protesters stormed into the parliament building in Nairobi on Tuesday.", "stormed"),
    ("Protesters stormed the presidential palace in Colombo.", "stormed"),
    ("Militants raided a bank in Bannu and stole cash.", "raided"),
    ("Soldiers fired shots at protesters in Dhaka on Monday.", "fired shots"),
    ("Warplanes bombed the market in Idlib on Monday, killing 9.", "bombed"),
])
def test_the_same_verbs_against_people_and_places_are_still_attacks(text, trigger):
    assert trigger in _assaults(text)


@pytest.mark.parametrize("text", [
    "Officers were called to the store around 10:45 p.m., according to a Dayton Police Department news release.",
    "The chief minister said the government would release Rs 250 crore for relief.",
    "Chief Minister Himanta Biswa Sarma visited relief camps in Morigaon on Wednesday.",
    "Sunak spoke to workers during a campaign visit to a factory in Derbyshire on Monday.",
])
def test_notices_money_paid_and_places_toured_are_no_event(text):
    assert [(e.event_type, e.trigger) for e in events_of(text, JUL_4)] == []


@pytest.mark.parametrize("text, kind", [
    ("The rebels released 12 hostages after a ransom of 5 million naira was paid.", "RETREAT"),
    ("The army released 40 prisoners in Bamako on Monday.", "RETREAT"),
    ("Putin visited North Korea on Wednesday.", "CONSULT"),
    ("Blinken visited Beijing on Monday and met Xi Jinping.", "CONSULT"),
])
def test_people_freed_and_states_visited_are_still_events(text, kind):
    assert kind in [e.event_type for e in events_of(text, JUL_4)]


def test_an_offence_pleaded_to_is_no_attack_of_its_own():
    text = ("Doyle, who pleaded guilty to wounding with intent, fled the scene but was arrested two days later at his "
            "mother's home in Eccles.")
    assert _assaults(text) == []


@pytest.mark.parametrize("text", [
    "A man was charged with wounding a police officer in Leeds.",
    "He tried to kill his wife in Leeds on Friday.",
])
def test_an_act_with_its_object_is_still_an_attack(text):
    assert len(_assaults(text)) == 1


@pytest.mark.parametrize("text", [
    "The film stars Jason Statham as a former hitman who goes on a killing spree across Nevada after his daughter is "
    "kidnapped.",
    "In the novel, a retired detective hunts the gunmen who killed his partner in Marseille.",
    "The new Netflix series follows a bomb disposal officer who defuses a truck bomb in Belfast.",
])
def test_a_plot_told_is_no_event(text):
    assert events_of(text, JUL_4) == []


@pytest.mark.parametrize("text", [
    "The film's director was attacked by gunmen in Lahore on Monday.",
    "The show was cancelled after protesters stormed the theatre in Mumbai.",
])
def test_acts_against_a_film_or_a_show_are_still_events(text):
    assert _assaults(text) != []


@pytest.mark.parametrize("text", [
    # a verb that shares the disaster as its subject, past a number's comma
    "A fast-moving brush fire above Santa Clarita had scorched more than 12,000 acres by Saturday morning and "
    "destroyed at least 40 homes.",
    # a team named by its manager, in a match report
    "Arsenal crushed Chelsea 3-1 at the Emirates last night. Bukayo Saka killed the game off in the 78th minute after "
    "Mikel Arteta's men attacked down the left all evening.",
    "India crushed the visitors by eight wickets. Bumrah claimed five wickets for 38 runs, bombarding the tail with "
    "short-pitched deliveries.",
    # a flop at the box office, whatever its modifier
    "Universal's action thriller 'Dead Reckoning Road' bombed at the domestic box office this weekend.",
    # a plot told in a relative clause of the work
    "The film, which stars Jason Statham as a former hitman who goes on a killing spree across Nevada after his "
    "daughter is kidnapped, was savaged by critics.",
])
def test_more_disasters_play_flops_and_plots_are_no_attack(text):
    assert _assaults(text) == []


@pytest.mark.parametrize("text, trigger", [
    ("The storm hit the coast on Sunday and rebels attacked a village in Kaduna.", "attacked"),
    ("Gunmen stormed the town during the storm and killed 12 villagers.", "stormed"),
    ("Arsenal beat Chelsea 3-1 in the 78th minute thriller. Lazio ultras attacked a coach carrying Roma fans.",
     "attacked"),
])
def test_acts_of_people_beside_a_disaster_or_a_match_are_still_attacks(text, trigger):
    assert trigger in _assaults(text)


@pytest.mark.parametrize("text", [
    # the clause of the disaster holds the commas of a place and of a relative clause
    "A tornado ripped through the town of Greenfield, Iowa, destroying dozens of homes and killing four people.",
    "The blaze, which started in a kitchen, gutted the four-storey building and killed three residents.",
    # a side that comes back, an aim, a market that moves
    "Liverpool stormed back from two goals down to beat Aston Villa at Anfield.",
    "The tech giant will axe 1,200 jobs and shoot for profitability next year.",
    "Prices of wheat exploded after the harvest failed.",
])
def test_disasters_with_asides_and_market_metaphors_are_no_attack(text):
    assert _assaults(text) == []


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen attacked the village, which the storm had flooded, and killed five people.", "attacked"),
    ("In Kaduna, bandits attacked a bus, killing eight passengers.", "attacked"),
    ("Troops stormed back into the town of Bakhmut on Monday.", "stormed"),
    ("Protesters clashed with police in Nairobi, Kenya, injuring 12 officers.", "clashed"),
])
def test_attacks_told_with_such_commas_and_words_are_still_attacks(text, trigger):
    assert trigger in _assaults(text)


@pytest.mark.parametrize("text", [
    # a disaster whose verb the lexicon does not know, and a coordinated verb after it
    "Flash floods swept away dozens of cars and killed at least 11 people in Valencia.",
    "The virus has infected more than 3,000 people and killed 41 across the state since January.",
    # a noun of the clause that is a trigger of no attack ("an apartment block")
    "A gas explosion tore through an apartment block in Dagestan, killing 13 people.",
    # a car crash, whatever context of deaths: no one rammed anything
    "The driver lost control of the car, which crashed into a tree, killing two passengers.",
    "A passenger plane overshot the runway in Kathmandu, killing 18 of the 19 people on board.",
    # a count of cases, no one's act
    "Mpox cases exploded across the region in August, the WHO said.",
])
def test_accidents_and_outbreaks_told_in_more_ways_are_no_attack(text):
    assert _assaults(text) == []


@pytest.mark.parametrize("text, trigger", [
    ("A suicide bomber rammed into an army convoy near Kandahar, killing 12 soldiers.", "rammed into"),
    ("A car rammed into a crowd of pedestrians in Toronto on Monday, killing 10.", "rammed into"),
    ("The storm flooded the camp, and rebels attacked it the next day, killing four.", "attacked"),
])
def test_a_vehicle_driven_at_a_target_and_an_attack_after_a_storm_are_still_attacks(text, trigger):
    assert trigger in _assaults(text)


def test_a_second_victim_s_stab_wounds_are_the_stabbing_told_before():
    text = ("A man was stabbed to death by his neighbour in Jafrabad on Saturday night. His cousin, who tried to "
            "intervene, also suffered stab wounds and is being treated at GTB Hospital.")
    [(trigger, actor)] = [(e.trigger, e.actor) for e in events_of(text, JUL_4) if e.event_type == "ASSAULT"]
    assert (trigger, actor) == ("stabbed", "neighbour")


def test_stab_wounds_alone_still_tell_a_stabbing():
    assert _assaults("A teenager was taken to hospital with stab wounds after a fight in Leeds on Friday.") == [
        "stab wounds"]


@pytest.mark.parametrize("text", [
    # two teams clash in a match that "ended 2-2"
    "Chelsea and Arsenal clashed in a bad-tempered London derby that ended 2-2.",
    # critics shoot no one down
    "The striker was shot down by critics after missing a penalty.",
])
def test_teams_that_clash_and_critics_who_shoot_down_are_no_attack(text):
    assert _assaults(text) == []


@pytest.mark.parametrize("text, trigger", [
    ("The derby ended 2-2. Rival supporters clashed with police outside the stadium.", "clashed"),
    ("The derby ended 2-2. Rival groups clashed outside the stadium, injuring four.", "clashed"),
])
def test_people_who_clash_beside_a_match_still_clash(text, trigger):
    assert trigger in _assaults(text)


@pytest.mark.parametrize("text, actor", [
    ("The CMA has faced attacks from ministers who accuse it of stifling growth.", "ministers"),
    ("The regulator came under attacks from the opposition over the decision.", "opposition"),
])
def test_attacks_from_those_who_attack_in_words_are_accusations(text, actor):
    found = [(e.event_type, e.actor) for e in events_of(text, JUL_4) if e.trigger == "attacks"]
    assert found == [("ACCUSE", actor)]


@pytest.mark.parametrize("text", [
    "The town has faced attacks from armed groups for months.",
    "Villagers fled attacks from militants in Borno.",
])
def test_attacks_from_armed_groups_are_still_attacks(text):
    assert _assaults(text) == ["attacks"]


@pytest.mark.parametrize("text", [
    "Officers were dispatched to the store on North Main Street around 10:45 p.m.",
    "Deputies were dispatched to a residence in the 1200 block of Elm Street after a neighbour called 911.",
    "Statham plays a former hitman who goes on a killing spree across Nevada after his daughter is kidnapped.",
])
def test_a_call_out_and_a_role_played_are_no_event(text):
    assert events_of(text, JUL_4) == []


@pytest.mark.parametrize("text, kind", [
    ("The government dispatched troops to the border region on Monday.", "MOBILIZE"),
    ("Hundreds of riot police were dispatched to the capital as protests spread.", "MOBILIZE"),
    ("The actor, who played a soldier in the film, was attacked by two men in Leeds on Friday.", "ASSAULT"),
])
def test_forces_sent_and_an_actor_attacked_are_still_events(text, kind):
    assert kind in [e.event_type for e in events_of(text, JUL_4)]


def test_a_disease_set_off_from_its_verb_by_an_aside_attacks_no_one():
    text = ("White-nose syndrome, caused by the fungus Pseudogymnoascus destructans, attacks the skin of hibernating "
            "bats.")
    assert _assaults(text) == []


@pytest.mark.parametrize("text", [
    "The storm, which hit as rebels attacked the town, killed five.",
    "The militants, armed with rifles, attacked the village after the floods.",
])
def test_an_aside_beside_an_attack_keeps_it(text):
    assert "attacked" in _assaults(text)


@pytest.mark.parametrize("text, trigger, done, day", [
    # what the police or prosecutors will allege happened is done (told by them), not an act to come
    ("Police will allege a 29-year-old man smashed a glass into the face of another man.", "smashed", True, None),
    ("Prosecutors will allege the man stabbed his neighbour on Monday.", "stabbed", True, "2024-07-01"),
    # guard: an act the police will do is to come
    ("Police will arrest the man on Monday.", "arrest", False, "2024-07-08"),
])
def test_what_will_be_alleged_was_done(text, trigger, done, day):
    [found] = [e for e in events_of(text, JUL_4) if e.trigger == trigger]
    assert (found.modality != "future") == done
    if day is not None:
        assert str(found.date) == day
