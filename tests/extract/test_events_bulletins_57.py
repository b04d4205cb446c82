"""Constructions of our own defence bulletins, communiqués and background paragraphs (stop 57): lands annexed,
drones intercepted, coups by the army, talks called off, envoys summoned, a word glossed. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

SEP_22 = datetime(2024, 9, 22, tzinfo=timezone.utc)  # a Sunday


@pytest.mark.parametrize("text, trigger, event_type, mode", [
    ("In 2014, Russia annexed Crimea after a referendum held at gunpoint.", "annexed", "COERCE", "seize"),
    ("Moscow has been annexing occupied districts one decree at a time.", "annexing", "COERCE", "seize"),
    ("The navy intercepted a dhow carrying missiles off the coast of Yemen on Monday.", "intercepted", "COERCE",
     "seize"),
    ("Border guards intercepted a shipment of rifles at the Rafah crossing on Monday.", "intercepted", "COERCE",
     "seize"),
    ("In August 2020, army officers ousted President Ibrahim Boubacar Keita.", "ousted", "COERCE", "seize"),
    ("The junta ousted the prime minister on Monday.", "ousted", "COERCE", "seize"),
    ("Petro suspended peace talks with the ELN on Monday, accusing the group of war crimes.", "suspended", "REJECT",
     "meet"),
    ("The White House called off the summit with Kim Jong Un on Thursday.", "called off", "REJECT", "meet"),
    ("Iraq's Foreign Ministry summoned the Turkish ambassador on Monday to protest the operation.", "protest",
     "ACCUSE", "disapprove"),
])
def test_what_states_do_to_land_talks_and_envoys(text, trigger, event_type, mode):
    event = event_on(text, trigger, SEP_22)
    assert (event.event_type, event.event_mode) == (event_type, mode)


@pytest.mark.parametrize("text", [
    # interceptions in a sentence of drones or missiles are the launcher's attack, told by its own words
    "Air defence units destroyed 34 drones over Bryansk, with the rest intercepted over Tula.",
    "Most of the rockets were intercepted, and the others fell in open areas.",
    # a picture or a figure that captures something shows it
    "\"These figures cannot capture the horrors in Haiti,\" Turk said.",
    "The photograph captured the mood of a country at war.",
    # a sentence that says what a word means
    "Turkish officials use the term \"neutralised\" to mean the militants were killed, captured or surrendered.",
    "Turkish authorities often use the word \"neutralized\" to imply the terrorists surrendered or were killed.",
    "The term 'martyr' is used to describe anyone killed by Israeli forces.",
    # voters oust, a building is an annex
    "Voters ousted the incumbent in Tuesday's election.",
    "The attackers stormed the CIA annex in Benghazi hours later.",
])
def test_no_seizure_here(text):
    assert not any(e.event_type == "COERCE" for e in events_of(text, SEP_22))
    if "martyr" in text or "neutrali" in text:
        assert events_of(text, SEP_22) == []


@pytest.mark.parametrize("text, trigger, event_type", [
    ("Hundreds protested outside the Turkish embassy in Baghdad on Monday.", "protested", "PROTEST"),
    ("The army said it had neutralised 12 militants in northern Iraq on Monday.", "neutralised", "ASSAULT"),
    ("Police seized 40 kilograms of heroin in Karachi on Monday.", "seized", "COERCE"),
    # (a broadcaster's licence suspended takes it off the air: censorship, stop 65; no seizure still)
    ("The ministry suspended the licence of the broadcaster on Monday.", "suspended", "COERCE"),
])
def test_guards(text, trigger, event_type):
    found = [e for e in events_of(text, SEP_22) if e.trigger == trigger]
    assert [e.event_type for e in found] == ([event_type] if event_type else [])


@pytest.mark.parametrize("text, trigger", [
    ("Netanyahu warned the Lebanese people on Tuesday that their country could face destruction.", "warned"),
    ("The general warned that the rebels would face annihilation if they did not lay down their arms.", "warned"),
    ("Netanyahu vowed on Tuesday that Tehran would pay a heavy price.", "vowed"),
    ("Somalia's president vowed total war against al-Shabaab on Tuesday.", "vowed total war"),
    ("The president vowed to wage war on the gangs on Monday.", "vowed to wage war"),
    ("Tshisekedi vowed to drive the rebels out of Goma on Monday.", "vowed"),
])
def test_a_vow_or_a_warning_of_ruin_is_a_threat(text, trigger):
    assert event_on(text, trigger, SEP_22).event_type == "THREATEN"


@pytest.mark.parametrize("text, trigger", [
    ("Forecasters warned that the storm could bring destruction to the coast.", "warned"),
    ("The minister vowed to drive down prices on Monday.", "vowed"),
    ("The president vowed to end the war by Christmas.", "vowed"),
])
def test_a_vow_or_a_warning_of_no_foe_is_no_threat(text, trigger):
    assert not any(e.event_type == "THREATEN" for e in events_of(text, SEP_22))


JUL_25 = datetime(2024, 7, 25, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, location, country", [
    # a bureau's story of a neighbour: not in the bureau's town
    ("BANGKOK - Myanmar's military has killed at least 2,114 people since the coup, according to a rights group.",
     "killed", None, None),
    ("NAIROBI - Burkina Faso's army executed at least 223 villagers in two villages in February, a rights group said.",
     "executed", "two villages", "BFA"),
    ("DAKAR, Senegal (AP) — Mali's junta arrested eleven opposition politicians on Wednesday.", "arrested", None, None),
    # the dateline's own country named, or another only by a demonym: the bureau's town
    ("WASHINGTON (AP) — The United States imposed sanctions on Iran's oil ministry on Tuesday.", "sanctions",
     "WASHINGTON", "USA"),
    ("NAIROBI, Kenya (AP) — Gunmen attacked a bus on Tuesday, killing four passengers, police said.", "attacked",
     "NAIROBI, Kenya", "KEN"),
    ("WASHINGTON — Senator Grassley on Wednesday criticized Trump's attack on a judge's Mexican heritage.",
     "criticized", "WASHINGTON", "USA"),
])
def test_a_story_filed_from_a_bureau_abroad_is_not_placed_in_its_town(text, trigger, location, country):
    event = event_on(text, trigger, JUL_25)
    assert (event.location, event.location_country) == (location, country)


@pytest.mark.parametrize("text, trigger, location, country", [
    ("On October 7, 2023, Hamas-led militants attacked southern Israel, killing about 1,200 people.", "attacked",
     "southern Israel", "ISR"),
    ("Russian drones struck western Ukraine overnight, officials said.", "struck", "western Ukraine", "UKR"),
    ("Turkish jets bombed northern Iraq on Sunday.", "bombed", "northern Iraq", "IRQ"),
])
def test_a_part_of_a_country_attacked_is_where_the_attack_was(text, trigger, location, country):
    event = event_on(text, trigger, SEP_22)
    assert (event.location, event.location_country) == (location, country)


def test_a_bearing_alone_attacked_is_no_place():
    assert event_on("Putin said the West attacked Russia's culture on Monday.", "attacked", SEP_22).location is None


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Government troops have continued shelling rebel positions near Idlib.", "shelling", "Government troops",
     "rebel positions"),
    ("The militia kept firing rockets at army posts on Monday.", "firing", "militia", "army posts"),
])
def test_a_gerund_after_a_verb_of_phase_is_the_act_with_its_object(text, trigger, actor, target):
    event = event_on(text, trigger, SEP_22)
    assert (event.event_type, event.actor, event.target) == ("ASSAULT", actor, target)
