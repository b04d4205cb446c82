"""How many events a report of one incident makes (stop 64): a firefight the side attacked fired back in, told on as
"the exchange of fire" or "returned fire"; a harm done by an act the sentence names ("injured by a sniper shot"); a
seizure that was the first step of a hostage-taking. Regional and database phrasing; every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAR_14 = datetime(2025, 3, 14, tzinfo=timezone.utc)  # a Friday


def _of_type(text: str, event_type: str):
    return [e for e in events_of(text, MAR_14) if e.event_type == event_type]


@pytest.mark.parametrize("text, actor", [
    ("Miscreants opened fire on the check post at around 11pm on Thursday. The policemen on duty retaliated and the "
     "exchange of fire continued for nearly an hour.", "Miscreants"),
    ("Militants attacked a police station in Bannu on Thursday night. Our troops immediately returned fire. The "
     "gunfight lasted two hours.", "Militants"),
    ("Gunmen ambushed an army patrol near Bacolod City on Thursday. The soldiers returned fire, triggering a "
     "firefight that lasted 30 minutes.", "Gunmen"),
    ("Bandits attacked the village of Kurmin Masara on Thursday night. Vigilantes engaged them in a gun battle that "
     "lasted several hours.", "Bandits"),
])
def test_a_fight_the_side_attacked_fired_back_in_is_the_attack(text, actor):
    [event] = _of_type(text, "ASSAULT")
    assert event.actor == actor
    assert event.mentions >= 2


@pytest.mark.parametrize("text", [
    # another fight at another place or time
    "Militants attacked a police station in Bannu on Thursday. In Lakki Marwat, soldiers killed three militants in a "
    "gunfight on Wednesday.",
    "Gunmen killed a trader in Peshawar on Thursday. A day earlier, police and robbers exchanged fire in Mardan.",
])
def test_a_fight_elsewhere_stays_apart(text):
    assert len(_of_type(text, "ASSAULT")) == 2


@pytest.mark.parametrize("text", [
    "A civilian was injured by a sniper shot from Ukrainian forces.",
    "Two farmers were killed by an Israeli airstrike on Thursday.",
    "Three children were wounded by a mortar shell fired by rebels in Marawi on Thursday.",
])
def test_a_harm_done_by_an_act_it_names_is_that_act(text):
    assert len(_of_type(text, "ASSAULT")) == 1


@pytest.mark.parametrize("text", [
    "Militants seized a school in Beslan, taking over 1,100 people hostage.",
    "Gunmen seized a bus in Manila on Thursday and held 25 passengers hostage for ten hours.",
    "Armed men seized a hospital in Kidapawan on Thursday, taking 40 patients and nurses hostage.",
])
def test_a_seizure_for_hostages_is_the_hostage_taking(text):
    events = events_of(text, MAR_14)
    assert [(e.event_type, e.event_mode) for e in events] == [("ASSAULT", "abduct")]
    assert events[0].mentions == 2


@pytest.mark.parametrize("text, types", [
    # what police seize is no place of hostages, and an arrest is its own act
    ("Police seized 20 kilograms of heroin in Lahore and arrested two men.", ["COERCE", "COERCE"]),
    # a seizure and a hostage-taking by others
    ("Police seized a truck in Cotabato on Thursday. Separately, gunmen took 12 villagers hostage in Maguindanao.",
     ["COERCE", "ASSAULT"]),
])
def test_other_seizures_stay_apart(text, types):
    assert [e.event_type for e in events_of(text, MAR_14)] == types


DEC_2 = datetime(2025, 12, 2, tzinfo=timezone.utc)  # a Tuesday


def test_arrests_of_two_groups_each_counted_stay_apart():
    text = ("Police arrived at the scene and arrested 35 protesters after they refused to disperse. Kissan Ittehad "
            "Chairman Khalid Hussain Bath said police had detained 11 office-bearers on Sunday night.")
    arrests = [e for e in events_of(text, DEC_2) if e.event_type == "COERCE"]
    assert sorted(e.target for e in arrests) == ["office-bearers", "protesters"]


@pytest.mark.parametrize("text", [
    "Police arrested 35 protesters in Lahore on Monday. A police spokesperson said the 35 protesters had been "
    "detained under the MPO ordinance.",
    "Police arrested 35 protesters in Lahore on Monday. Among them, 11 office-bearers were detained under the MPO.",
])
def test_one_group_counted_again_or_in_part_is_one_arrest(text):
    assert len([e for e in events_of(text, DEC_2) if e.event_type == "COERCE"]) == 1
