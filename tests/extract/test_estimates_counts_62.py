"""Counts of people misread in news of kidnappings, wars and corrections (stop 62): captives seized, the wounded treated
or told by a noun ("led to the injury of"), the enemy's dead as Russia's defence ministry tells them ("destroyed"), a
toll since an abbreviated month, a long "including …" clause before the verb, a correction's wrong figure, and what no
verb of people counts (tonnes, letters, tons seized). Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

MAY_1 = datetime(2024, 5, 1, tzinfo=timezone.utc)


def _estimates(text: str) -> list[tuple[str, str]]:
    found = extract_article(replace(_article(text), published_at=MAY_1))
    return [(e.surface, e.category) for e in found.estimates]


def _asides(text: str) -> list[tuple[str, str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=MAY_1))
    return [(e.surface, e.category, e.counted_as, e.aside) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    # people seized or snatched are taken captive, in the active and the passive
    ("Gunmen stormed the school and seized 27 students and three teachers.",
     [("27", "captured"), ("three", "captured")]),
    ("Pirates seized 17 crew members off the coast of Somalia.", [("17", "captured")]),
    ("Twelve passengers were seized from a bus near Kaduna.", [("Twelve", "captured")]),
    ("Gunmen snatched a child from the market.", [("a child", "captured")]),
    # the abduction of people, as "the kidnapping of"
    ("The abduction of 276 schoolgirls from Chibok shocked the world.", [("276", "captured")]),
    # drugs, tons and ships seized are no captives
    ("Customs officers seized 27 kilograms of heroin and 3 trucks.", [("27 kilograms", "other"), ("3", "other")]),
    ("Police seized 3 tons of marijuana in Floresta.", [("3 tons", "other")]),
])
def test_people_seized_are_captured(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the wounded treated, with the wounds after them
    ("Medecins Sans Frontieres said it had treated 31 people with gunshot wounds at its clinic in Pieri.",
     [("31", "wounded")]),
    ("Doctors treated 31 people for gunshot wounds.", [("31", "wounded")]),
    ("Rescuers found 12 people with serious burns.", [("12", "wounded")]),
    # not a charge of causing them
    ("Police charged 3 men with causing injuries.", [("3", "other")]),
    # the wounded told by a noun of the harm (as by a verb: "the wounding of")
    ("The Israeli aggression on Damascus on Friday led to the injury of two soldiers, a military source said.",
     [("two", "wounded")]),
    ("The clashes caused the wounding of 20 protesters.", [("20", "wounded")]),
])
def test_wounded_told_by_their_wounds(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Up to 370 Ukrainian servicemen were destroyed in the Donetsk direction over the past day, the Russian Defense "
     "Ministry said.", [("Up to 370", "killed")]),
    ("Russian forces eliminated more than 1,300 Ukrainian troops, the ministry said.", [("more than 1,300", "killed")]),
    # things destroyed are no dead, nor a vehicle of a military
    ("Israeli strikes destroyed 300 homes.", [("300", "other")]),
    ("Russian forces destroyed up to 370 Ukrainian servicemen and 12 tanks.",
     [("up to 370", "killed"), ("12", "other")]),
    ("An IED destroyed an Afghan military vehicle in Nahri Sarraj, killing two soldiers.", [("two", "killed")]),
])
def test_enemy_destroyed_are_dead(text, expected):
    assert _estimates(text) == expected


# (a toll since a date weeks before is a running total, kept aside as other even told alone: stop 68)
@pytest.mark.parametrize("text, expected", [
    ("The Health Ministry in Gaza said the death toll from Israel's offensive since Oct. 7 had risen to 34,568, with "
     "77,765 others injured.", [("34,568", "other"), ("77,765", "wounded")]),
    ("The death toll since Sept. 12 has risen to 412.", [("412", "other")]),
])
def test_toll_since_an_abbreviated_month(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nine other people, including a candidate for the National Assembly and two police officers, were wounded.",
     [("Nine", "wounded"), ("two", "other")]),
    ("Nine other people, including two police officers, were wounded.", [("Nine", "wounded"), ("two", "other")]),
])
def test_verb_past_a_long_including_clause(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Correction: An earlier version of this article said 59 people were killed. The death toll is 100.",
     [("59", "other", "killed", "earlier"), ("100", "killed", "killed", None)]),
    ("This story incorrectly said that 59 people had died in the attack. At least 100 people were killed in the "
     "attack, officials said.",
     [("59", "other", "killed", "earlier"), ("At least 100", "killed", "killed", None)]),
])
def test_a_corrections_wrong_figure_is_told_first(text, expected):
    assert _asides(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The United Nations sent 100 tonnes of aid to Gaza.", [("100 tonnes", "other")]),
    ("He sent two letters to the council.", [("two", "other")]),
    # people and arms sent are deployed
    ("Police deployed 300 officers to the border.", [("300", "deployed")]),
    ("The army deployed 12 tanks to the border.", [("12", "deployed")]),
])
def test_only_people_and_arms_are_deployed(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person's age, then what the person is, between the name and the verb
    ("During the exchange of fire, Sepoy Muhammad Asif, 24, a resident of Lakki Marwat, embraced shahadat after "
     "fighting gallantly.", [("Sepoy Muhammad Asif", "killed")]),
    ("Sepoy Muhammad Asif, 24, a resident of Lakki Marwat, was killed.", [("Sepoy Muhammad Asif", "killed")]),
    ("The driver, Ali Khan, 34, a father of three, was killed.", [("Ali Khan", "killed")]),
    # the age alone, and the description alone, as before
    ("Sepoy Muhammad Asif, 24, embraced shahadat.", [("Sepoy Muhammad Asif", "killed")]),
    ("Sepoy Muhammad Asif, a resident of Lakki Marwat, embraced shahadat.", [("Sepoy Muhammad Asif", "killed")]),
])
def test_verb_past_a_name_its_age_and_description(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a live blog's toll that grew to figures told by their own words holds those told before it
    ("09:55 GMT — Klitschko said two people had been killed and 20 injured in the attack on Kyiv.\n\n"
     "11:20 GMT — The toll in Kyiv has risen to four dead and 49 injured, Klitschko said in an update.",
     [("two", "other", "killed", "earlier"), ("20", "other", "wounded", "earlier"), ("four", "killed", "killed", None),
      ("49", "wounded", "wounded", None)]),
    # more wounded told with a toll that grew are theirs, not a toll of the wounded before them
    ("Two people were killed in the blast. The death toll rose to four on Monday.",
     [("Two", "other", "killed", "earlier"), ("four", "killed", "killed", None)]),
])
def test_a_live_blogs_grown_toll_holds_the_figures_before_it(text, expected):
    assert _asides(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a correction's wrong figure is kept aside even when the right one is told with no word of its category
    ("Correction: An earlier version of this story said 107 people had been detained in Tbilisi. Georgia's Interior "
     "Ministry has since put the number at 224.",
     [("107", "other", "arrested", "earlier"), ("224", "other", "other", None)]),
])
def test_a_corrections_wrong_figure_is_aside_alone(text, expected):
    assert _asides(text) == expected


def test_since_before_the_verb_is_no_part_of_the_claimant():
    found = extract_article(replace(_article(
        "Officials have since put the death toll at 100."), published_at=MAY_1))
    assert [(e.surface, e.claimant) for e in found.estimates] == [("100", "Officials")]


@pytest.mark.parametrize("text, expected", [
    # a headline's or a wire's present tense
    ("Gunmen kidnap 20 students in Kaduna.", [("20", "captured")]),
    ("Bandits abduct 12 farmers in Zamfara.", [("12", "captured")]),
    ("Police detain 15 protesters in Tbilisi.", [("15", "arrested")]),
    ("Car bomb wounds 12 soldiers in Kabul.", [("12", "wounded")]),
    ("Rebels seize 30 hostages in Goma.", [("30", "captured")]),
    # a seizure of things, and an act only meant
    ("Customs seize 30 kilograms of cocaine.", [("30 kilograms", "other")]),
    ("He plans to detain 12 people.", [("12", "other")]),
])
def test_present_tense_verbs_of_capture_and_harm(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number in the name of a gang, a unit, a station or an alliance
    ("On 16 October, members of the 400 Mawozo gang kidnapped 17 missionaries in Ganthier.", [("17", "captured")]),
    ("Army officers appeared on Gabon 24 television in the early hours of 30 August.", []),
    ("In northern Shan state, the Three Brotherhood Alliance said it had captured the border town of Chinshwehaw.",
     []),
    ("Soldiers of 3 Commando Brigade were deployed to the port.", []),
    # counts of people with a name or a demonym before their noun, and a headline in title case
    ("Some 400 Wagner fighters were killed.", [("Some 400", "killed")]),
    ("The 300 Israeli soldiers were deployed to the border.", [("300", "deployed")]),
    ("Police said Monday 18 people were arrested.", [("18", "arrested")]),
    ("The Three Soldiers Killed In Kabul Were Named.", [("Three", "other")]),
    ("Police said Seven Taliban militants were killed.", [("Seven", "killed")]),
    ('"Some three million New Yorkers are registered," he said.', [("Some three million", "other")]),
])
def test_numbers_inside_names_are_no_counts(text, expected):
    assert _estimates(text) == expected


def _claimants(text: str) -> list[tuple[str, str | None]]:
    found = extract_article(replace(_article(text), published_at=MAY_1))
    return [(e.surface, e.claimant) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    # the teller the next sentence names for the figures before it (Ukrainian and Russian wire copy)
    ("Russian invaders shelled the city of Kherson on Wednesday, killing 12 civilians. Oleksandr Prokudin, Head of "
     "the Kherson Regional Military Administration, reported this on Telegram.", [("12", "Oleksandr Prokudin")]),
    ("Russian troops shelled Nikopol overnight, wounding three people. This was reported by the Dnipropetrovsk "
     "Regional Military Administration on Telegram.", [("three", "Dnipropetrovsk Regional Military Administration")]),
    # not a clause about something else, nor past a teller of the figure's own sentence
    ("Gunmen killed 12 villagers. He said this was a tragedy.", [("12", None)]),
    ("Gunmen killed 12 villagers, police said. Governor Ali Musa reported this on Telegram.", [("12", "police")]),
])
def test_a_teller_in_the_next_sentence(text, expected):
    assert _claimants(text) == expected


def test_lives_claimed_tell_no_teller():
    assert _claimants("The fighting claimed the lives of 30 soldiers.") == [("30", None)]
    assert _claimants("The floods claimed more than 30 lives.") == [("more than 30", None)]
    assert _claimants("The group claimed 30 soldiers were killed.") == [("30", "The group")]


@pytest.mark.parametrize("text, expected", [
    # the dead, the displaced and the held told by a noun of what came of them
    ("The attack resulted in the martyrdom of three soldiers.", [("three", "killed")]),
    ("The clashes led to the displacement of 5,000 families.", [("5,000", "displaced")]),
    ("Some 130 people remain in captivity in Gaza.", [("Some 130", "captured")]),
    ("About 130 hostages are still held in captivity.", [("About 130", "captured")]),
    # animals born there, and the dead who died there
    ("Three giant pandas were born in captivity.", [("Three", "other")]),
    ("Two of the men died in captivity.", [("Two", "killed")]),
])
def test_nouns_of_death_displacement_and_captivity(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the wounded told by their treatment or by what hit them
    ("Twelve people were treated for smoke inhalation.", [("Twelve", "wounded")]),
    ("Eight people were treated at the scene, the ambulance service said.", [("Eight", "wounded")]),
    ("Five people received treatment for minor injuries.", [("Five", "wounded")]),
    ("Four people were rushed to hospital.", [("Four", "wounded")]),
    ("Three children were hit by stray bullets.", [("Three", "wounded")]),
    # things hit are no wounded
    ("Twelve houses were hit by shrapnel.", [("Twelve", "other")]),
    # people gone missing, and taken captive
    ("Six aid workers went missing in Darfur.", [("Six", "missing")]),
    ("The gunmen took 12 people captive.", [("12", "captured")]),
])
def test_wounded_missing_and_captives_told_by_common_phrases(text, expected):
    assert _estimates(text) == expected
