"""Tolls a story tells once but in several figures (stop 75): a toll lowered or corrected ("lowered the death toll
from the fire to eight", "revised on Monday to 14 the number of soldiers killed") is the story's newer toll, which
replaces the figure given before it, as a toll raised does. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

MAR_5 = datetime(2025, 3, 5, tzinfo=timezone.utc)


def _killed(text: str) -> float:
    """The article's sum of the dead, as the shared scorer counts it."""
    return killed(text, MAR_5)


@pytest.mark.parametrize("text, expected", [
    # a toll lowered, revised or corrected: the newer toll, replacing the figure before it
    ("Health officials on Tuesday lowered the death toll from the ferry fire on Lake Kivu to eight, from eleven given "
     "earlier, after some victims were found to have been counted twice.", 8),
    ("The army revised on Monday to 14 the number of soldiers killed in the ambush near Gao, after several missing men "
     "returned to their base.", 14),
    ("Gunmen killed 12 people at a checkpoint near Tillaberi on Friday, a local official said. On Saturday the regional "
     "governor cut the death toll from the attack to nine, saying three wounded men had been listed among the dead.", 9),
    ("Rescuers corrected the toll from Sunday's shelling of the market in Kherson to five, the regional administration "
     "said.", 5),
    # guards: a toll raised; a verb of cutting that brings no toll
    ("A bomb killed four people in the market on Monday. Two of the wounded died overnight, raising to six the number "
     "of people killed in the blast.", 6),
    ("Rebels cut the road to 12 villages on Monday and killed three farmers near Beni, local officials said.", 3),
])
def test_toll_lowered_or_revised(text: str, expected: int) -> None:
    assert _killed(text) == expected
