"""The dead a court tries or judged (stop 74): a trial, an inquest, a verdict or a sentence is of an incident before the
hearing, told after its link ("the trial of two officers accused of killing", "an inquest into the deaths of", "over
the massacre of") or in a relative clause of the incident it is for ("for the 1991 massacre, in which 15 people were
killed"): no toll of the story's own, kept aside as `other_incident`. A charge, an attack on a court and a riot a
verdict set off stay the story's. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

NOV_10 = datetime(2025, 11, 10, tzinfo=timezone.utc)


def _killed(text: str) -> float:
    """The article's sum of the dead, as the shared scorer counts it."""
    return killed(text, NOV_10)


@pytest.mark.parametrize("text", [
    # the incident a sentence is for, in a relative clause
    "A court in Jos on Tuesday sentenced three men to life in prison for their part in a 2019 raid on the village of "
    "Kwall in which 17 people were killed.",
    "A judge in Lima ordered the release of a former army officer who had served 18 years for the 1991 massacre at "
    "Barrios Altos, in which 15 people were killed.",
    "Two former militia leaders were jailed on Friday for the 2004 attack on the camp at Gatumba, where more than 150 "
    "refugees were killed.",
    # after a trial's or an inquest's link
    "The trial of two police officers accused of killing five protesters during the 2022 fuel-price demonstrations "
    "opened in Almaty on Wednesday.",
    "An inquest into the deaths of four climbers on Ben Nevis in February heard on Monday that the group had ignored "
    "an avalanche warning.",
    "The court convicted the clan over the 2009 massacre of 58 people in Maguindanao.",
])
def test_the_dead_a_court_tries_are_no_toll_of_the_story(text: str) -> None:
    assert _killed(text) == 0


@pytest.mark.parametrize("text, expected", [
    # a charge may follow the story's own incident within days
    ("Police on Tuesday charged two men over Sunday's bombing in Kano, in which 12 people were killed.", 12),
    # an attack at a trial, and a riot a verdict set off, are news of their own
    ("Gunmen stormed a courthouse in Jalalabad during the trial of a gang leader on Monday, killing three guards.", 3),
    ("The verdict sparked riots in the capital in which five people were killed, police said.", 5),
    # "served" with no incident it is for
    ("Soldiers who served in the unit for years were among the nine killed in Monday's ambush.", 9),
])
def test_the_dead_of_the_days_news_beside_a_court_stay_counted(text: str, expected: float) -> None:
    assert _killed(text) == expected
