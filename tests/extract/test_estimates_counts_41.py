"""Counts of the dead in incident summaries and wire stories of sieges and massacres: a list of the dead's parts, a
comparison with an earlier time. The texts are our own."""
from tests.extract.test_estimates_implicit import _counts  # an article of our own, published 2024-05-01
from tests.extract.test_estimates_incidents import _totals


def test_a_toll_keeps_its_verb_past_a_list_of_its_parts():
    text = ("07/01/2016: Assailants stormed a bakery in Gulshan, Dhaka, Bangladesh. At least 29 people, including 20 "
            "hostages, two police officers and five assailants, were killed.")
    assert _totals(text) == (29, 0)
    assert _totals("Five people, including two children, the driver and a nurse, died in the crash.") == (5, 0)


def test_the_parts_of_a_toll_are_no_count_of_another_harm():
    found = _counts("At least 29 people, including 20 hostages, two police officers and five assailants, were killed.")
    assert found[0] == ("At least 29", 29, "at_least", "killed")
    assert [category for *_, category in found[1:]] == ["other", "other", "other"]
    # hostages taken, with a part of them, stay taken
    assert _counts("Gunmen took 20 hostages, including two foreigners, in Tamo.")[0] == ("20", 20, "exact", "captured")


def test_a_comparison_with_an_earlier_time_is_no_span_the_toll_grew_over():
    text = ("Gunmen and suicide bombers attacked restaurants across Paris on Friday night, killing at least 129 people "
            "in the deadliest violence to strike France since World War II. Seven attackers died.")
    assert _totals(text) == (136, 0)
    # a running total since a time stays set aside beside the story's own toll
    assert _totals("Clashes have killed at least 300 people since July. On Monday, a bomb killed 12 in Tamo.") \
        == (12, 0)


def test_a_toll_of_staff_of_an_embassy_in_a_town_keeps_its_verb():
    assert _totals("Two staff members of the Russian embassy in Kabul were killed after a suicide bomber blew himself "
                   "up near the embassy.") == (3, 0)
    assert _totals("Two members of the Indian army were killed.") == (2, 0)


def test_attackers_of_them_shot_dead_by_police_are_more_dead():
    assert _totals("06/01/2016: Gunmen killed three guards before two of them were shot dead by police.") == (5, 0)
    # victims told again by what killed them stay the ones told
    assert _totals("Gunmen killed three guards. Two of the victims were killed by police fire.") == (3, 0)
