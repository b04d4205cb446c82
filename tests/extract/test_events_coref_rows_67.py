"""One row per event, and the right parties on it. A fight told again from the other side ("A patrol came under fire
from the rebels") gives the row no target of the actor's own side; an act told by no date of its own is of the week
of its report, apart from one a later sentence opens on a month over before it; "Hours after the market was hit, …"
opens another scene; "Following the killing, …" names the killing told before; "more than 80 militant attacks" is a
tally, none of the acts told. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

JAN_15 = datetime(2025, 1, 15, tzinfo=timezone.utc)
MAY_12 = datetime(2025, 5, 12, tzinfo=timezone.utc)
JUL_29 = datetime(2025, 7, 29, tzinfo=timezone.utc)


def _parties(text: str, when: datetime = JAN_15) -> list[tuple[str, str | None, str | None, int]]:
    return [(e.trigger, e.actor, e.target, e.mentions) for e in events_of(text, when) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, rows", [
    ("A rebel was killed in a gunfight with soldiers in Tamu district on Monday, the army said.\n\nA military patrol "
     "came under fire from the rebels near Hpaung village, the army said.",
     [("killed", "soldiers", "rebel", 3)]),
    ("Two militants were killed in a shootout with police in Kupwara on Friday, officials said.\n\nA police team came "
     "under fire from the militants near the forest, officials said.",
     [("killed", "police", "militants", 3)]),
])
def test_a_fight_told_from_the_other_side_gives_no_target_of_the_actors_side(text, rows):
    assert _parties(text) == rows


def test_marchers_named_apart_keep_the_seat_of_power_they_rallied_at():
    text = ("Hundreds of students rallied outside parliament in Accra on Monday. Members of three unions also "
            "protested against the bill.")
    assert [(e.trigger, e.target) for e in events_of(text, JAN_15)][0] == ("rallied", "parliament")


def test_an_act_a_later_sentence_dates_to_an_earlier_month_is_another():
    text = ("MOGADISHU — Al-Shabaab claimed that its fighters had killed 15 soldiers at a base near Jowhar.\n\nIn "
            "December, a suicide bomb attack on a restaurant in Jowhar killed at least nine people.")
    assert _parties(text) == [("killed", "its fighters", "soldiers", 1), ("attack", None, "restaurant", 2)]


@pytest.mark.parametrize("text, rows", [
    # a day before the week of the report may be the lead's act dated at last
    ("Gunmen killed five villagers in Zamfara state, police said. The gunmen stormed the village on May 3, residents "
     "said.", [("stormed", "gunmen", "village", 2)]),
    # the doers named again with "the" tell the same act on
    ("Gunmen killed five villagers in Zamfara state, police said. In April, the gunmen stormed the village of Kurya, "
     "residents said.", [("stormed", "gunmen", "village of Kurya", 2)]),
])
def test_guards_an_act_dated_later_stays_the_lead_act(text, rows):
    assert _parties(text, MAY_12) == rows


@pytest.mark.parametrize("text, rows", [
    ("A military jet bombed a market in the town of Mingin on Sunday, killing 24 people. Hours after the market was "
     "hit, the military also shelled two villages south of the town.",
     [("bombed", "military jet", "market", 2), ("shelled", "military", "villages", 1)]),
    ("Soldiers raided the village of Kutkai on Monday, killing four men. Two days after the village was raided, the "
     "army also shelled a monastery near the town.",
     [("raided", "Soldiers", "village of Kutkai", 3), ("shelled", "army", "monastery", 1)]),
])
def test_a_span_of_time_after_a_clause_opens_another_scene(text, rows):
    assert _parties(text, MAY_12) == rows


@pytest.mark.parametrize("text, rows", [
    ("IMPHAL — The body of a farmer was found near Mulargaon village in Jiribam on Thursday. Police said his body bore "
     "injury marks. Following the killing, a mob gathered at the Jiribam police station on Friday.",
     [("found", None, "farmer", 2)]),
    ("Gunmen shot dead a trader in Jiribam on Thursday. In the wake of the killing, protests broke out in Imphal.",
     [("shot dead", "Gunmen", "trader", 2)]),
])
def test_an_act_named_in_the_opening_after_phrase_is_the_one_told_before(text, rows):
    assert _parties(text, MAY_12) == rows


def test_a_tally_of_many_attacks_is_none_of_the_acts_told():
    text = ("BANNU: Five soldiers were killed when a suicide bomber rammed a vehicle into a checkpoint in Mir Ali on "
            "Monday. Last month, 13 soldiers were killed in a suicide attack on a military convoy in the same "
            "district. The country witnessed more than 80 militant attacks in June alone.")
    convoy = [e for e in events_of(text, JUL_29) if e.target == "military convoy"]
    assert [(e.actor, e.mentions) for e in convoy] == [(None, 2)]


@pytest.mark.parametrize("text, rows", [
    # two attacks may be the two told; a day is no count; nor are the weapons fired
    ("Gunmen attacked a church and a mosque in Kaduna on Sunday. Police said two attacks killed 12 people.",
     [("attacked", "Gunmen", "church and a mosque", 3)]),
    ("Gunmen and suicide bombers attacked Paris on July 13, killing 130 people. The minister's response to the July "
     "13 terrorist attacks has been controversial.",
     [("attacked", "Gunmen and suicide bombers", "people", 4)]),
    ("Rebels fired heavy weapons at Ad Dahfash village on Sunday, as well as nine mortar shells north of the village.",
     [("fired", "Rebels", "Ad Dahfash village", 2)]),
])
def test_guards_counts_that_are_no_tally(text, rows):
    assert _parties(text, JUL_29) == rows
