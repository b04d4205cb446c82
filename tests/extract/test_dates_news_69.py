"""Dates of incidents in news told the way national outlets, press releases and live blogs tell them: a day after a
place of three comma parts or more ("in Barangay Bangco, Piagapo, Lanao del Sur on Sunday") is the verb's; a lead told
at no time of its own takes the day of the next sentence that tells the same operation by the same force at a place
that may lie in the lead's; a clock time gives no date of its own. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

MAR_11 = datetime(2025, 3, 11, tzinfo=timezone.utc)  # a Tuesday
SUNDAY, SATURDAY, MONDAY = date(2025, 3, 9), date(2025, 3, 8), date(2025, 3, 10)


@pytest.mark.parametrize("text, trigger, day", [
    ("Gunmen killed two farmers in Barangay Bangco, Piagapo, Lanao del Sur on Sunday, police said.", "killed",
     SUNDAY),
    ("Gunmen abducted a pastor in Ikpoba Okha, Egbeda, Oyo State on Sunday.", "abducted", SUNDAY),
    ("Militants ambushed a patrol in Sitio Lumot, Barangay Dalag, Kalilangan, Bukidnon on Saturday.", "ambushed",
     SATURDAY),
    # guards: a town and its region, a town set off before its day, a day a speaker tells past the place
    ("Gunmen attacked a police station in Peshawar, Khyber Pakhtunkhwa on Sunday.", "attacked", SUNDAY),
    ("Bandits abducted 15 villagers in Zurmi LGA of Zamfara State on Sunday, residents said.", "abducted", SUNDAY),
    ("Police fired tear gas at protesters at Kasarani, Nairobi County on Saturday night.", "fired", SATURDAY),
    ("Two people were killed in a clash in the Jatrabari area of Dhaka on Monday.", "clash", MONDAY),
])
def test_a_day_after_a_place_of_several_comma_parts(text, trigger, day):
    event = event_on(text, trigger, MAR_11)
    assert (event.date, event.date_precision) == (day, "day")


def test_a_day_a_speaker_tells_after_a_place_of_several_parts_stays_the_speech():
    event = event_on("Gunmen killed two farmers in Barangay Bangco, Piagapo, Lanao del Sur, police said on Sunday.",
                     "killed", MAR_11)
    assert event.date_precision == "week"

