"""Counts of the dead in incident summaries that name a person told before by a description. The texts are our own."""
from tests.extract.test_estimates_incidents import _totals


def test_a_person_named_after_a_description_told_before_is_no_one_more():
    text = ("06/12/2016: An assailant opened fire inside a nightclub in Tamo. In addition to the assailant, 49 people "
            "were killed and 53 people were injured in the attack. The assailant, Ali Musa, was killed by police.")
    assert _totals(text) == (50, 53)
    assert _totals("Gunmen killed a guard in Tamo. The victim, Ali Musa, was shot dead at the gate.") == (1, 0)


def test_a_person_named_after_a_description_of_another_is_one_more():
    assert _totals("Gunmen killed five people in Tamo. The mayor, Ali Musa, was also killed.") == (6, 0)
    assert _totals("The gunman, Ali Musa, was killed by police in Tamo.") == (1, 0)
