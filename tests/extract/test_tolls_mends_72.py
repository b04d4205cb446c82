"""Stop 72's mends to the one-toll-per-incident rules (estimates/tolls.py), found by the earlier stops' tests: a toll
of one incident is not spelled out by the figures of "another attack", and the people a toll's sentence names as its
doers, told again as definite, are not its dead."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.cases import killed

MAR_4 = datetime(2025, 3, 4, tzinfo=timezone.utc)


def _killed(text: str) -> int:
    """The article's sum of the dead, as a scorer sums them."""
    return killed(text, MAR_4)


@pytest.mark.parametrize("text, killed", [
    # another incident's figures add to the toll, even when they sum to it
    ("A truck bomb killed six people in Mosul on Sunday. In another attack, gunmen killed four shepherds near Tikrit. "
     "Two police officers died in an ambush on the same day.", 12),
    ("A suicide bomber killed five worshippers at a mosque in Quetta on Friday. In another incident, a grenade killed "
     "two boys in Turbat, and three soldiers were killed in a raid nearby.", 10),
    # guards: one day's strikes spelled out strike by strike; a plain part
    ("Airstrikes killed seven people in Idlib on Tuesday. One strike hit a market, killing four. Another hit a bakery, "
     "killing three.", 7),
])
def test_another_attack_is_no_part_of_a_toll(text, killed):
    assert _killed(text) == killed


@pytest.mark.parametrize("text, killed", [
    # the doers of a toll, killed after it, are more dead
    ("Two brothers killed nine people at a wedding in Sindh on Saturday. The two brothers were shot dead by police "
     "hours later.", 11),
    ("Three soldiers shot dead 14 protesters in the main square on Monday. The three soldiers were killed by an angry "
     "crowd that night.", 17),
    # guard: the toll's own people told again are not
    ("Gunmen killed five soldiers near Gao on Monday. The five soldiers were buried on Tuesday.", 5),
])
def test_the_doers_of_a_toll_told_again_are_more_dead(text, killed):
    assert _killed(text) == killed
