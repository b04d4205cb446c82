"""The day of a news event its own clause tells, where the sentence's shape kept it from the event: a day told with
its hour or its part far past the act's object and place ("shot dead … on Saturday night by two men"), the relative
clause after such a day ("…, in the early hours of Monday, in which 20 people were killed"), and an event noun named
again with a clause of its own day after it ("the raids, carried out on Tuesday") while the lead tells only the day
of the speech that reported it. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

FRIDAY = datetime(2025, 3, 14, tzinfo=timezone.utc)  # a Friday


def _row(text: str, trigger: str):
    """The row of the event a mention of `trigger` tells (its own trigger, or the one of a row it merged into)."""
    rows = events_of(text, FRIDAY)
    return next((e for e in rows if e.trigger == trigger), None) or next(e for e in rows if e.event_type in (
        "ASSAULT", "COERCE") and e.mentions > 1)


@pytest.mark.parametrize("text, trigger, day", [
    ("Hundreds of mourners followed the coffin of Ortiz through the streets of Tela on Tuesday. Ortiz, 51, a leader "
     "of the group that had fought a dam on the river for years, was shot dead outside his house in the village of "
     "Las Flores on Sunday night by two men on a motorbike, according to police.", "shot dead", date(2025, 3, 9)),
    ("Lawyers marched to the courthouse in Mombasa on Thursday to demand justice for a colleague. The lawyer was "
     "stabbed several times in the car park of the courthouse in the centre of Mombasa at about 7.30pm on Tuesday "
     "by a man who fled on foot.", "stabbed", date(2025, 3, 11)),
    ("GENEVA, 14 March 2025 - The UN envoy condemned the assault by fighters of the Black Lions militia on the "
     "farming town of Kuri, in the north of the province, in the early hours of Wednesday.", "assault",
     date(2025, 3, 12)),
])
def test_a_day_told_with_its_hour_dates_the_act_of_its_clause(text, trigger, day):
    found = _row(text, trigger)
    assert (found.date, found.date_precision) == (day, "day")


@pytest.mark.parametrize("text, day", [
    ("NAIROBI, 14 March 2025 - The commissioner condemns the raid by members of the Red Hand gang on the village "
     "of Rugombo, in Cibitoke province, in the early hours of Wednesday, in which at least 20 people were killed.",
     date(2025, 3, 12)),
    ("KINSHASA, 14 March 2025 - The governor deplores the attack by rebels on the camp of Kanyaruchinya, in North "
     "Kivu province, in the early hours of Tuesday, during which six people were wounded.", date(2025, 3, 11)),
])
def test_a_relative_clause_after_the_day_of_an_event_noun_takes_that_day(text, day):
    # (one row for the noun and the clause's verb, or rows of that one day)
    assert {e.date for e in events_of(text, FRIDAY) if e.event_type == "ASSAULT"} == {day}


@pytest.mark.parametrize("text, trigger, day", [
    ("The army said on Friday that it had killed 12 militants in a series of raids on hideouts near Rafah. The "
     "military spokesman said in a statement that the raids, carried out on Wednesday with air support, targeted "
     "camps used to plan attacks.", "killed", date(2025, 3, 12)),
    ("Police said on Friday that officers had arrested nine men in raids across the northern suburbs. A police "
     "spokeswoman said the raids, conducted on Tuesday before dawn, followed a week of armed robberies.",
     "arrested", date(2025, 3, 11)),
])
def test_a_noun_named_again_with_its_own_day_dates_the_act_its_speech_told(text, trigger, day):
    found = _row(text, trigger)
    assert (found.date, found.date_precision) == (day, "day")


@pytest.mark.parametrize("text, trigger, day", [
    # guards: a day right after a short phrase stays its verb's; a relative clause after a day told close to its noun
    # keeps that day; a speech's day keeps dating the act it tells when no sentence tells the act's own day
    ("Gunmen killed five villagers in Dalo on Thursday night, officials said.", "killed", date(2025, 3, 13)),
    ("The bishop said on Friday he deplored the assault by armed men on the mission of Saint-Paul, near the border, "
     "on Monday night, in which four nuns were wounded.", "assault", date(2025, 3, 10)),
    ("The army said on Friday that it had killed 12 militants in raids near Rafah.", "killed", date(2025, 3, 14)),
    ("The army said on Friday that it had killed 12 militants in a series of raids on hideouts near Rafah. The "
     "spokesman said the raids, carried out with air support, targeted camps.", "killed", date(2025, 3, 14)),
])
def test_days_that_do_not_change(text, trigger, day):
    found = _row(text, trigger)
    assert (found.date, found.date_precision) == (day, "day")


@pytest.mark.parametrize("text, trigger", [
    # a span of hours is no time of day, and a day a noun runs on into is that noun's: neither dates the verb before
    ("On 12 March 2025, in Mar del Plata, a group of shop owners protested at the town hall. The group demanded to "
     "open from 8 a.m. to 6 p.m. and three hours on Sunday and said they could not pay rents.", "demanded"),
    ("The driver, 31, will be charged with murder and other charges related to the crash Sunday evening that left one "
     "person dead.", "charged"),
])
def test_hours_that_tell_no_time_of_an_act(text, trigger):
    found = _row(text, trigger)
    assert found.date != date(2025, 3, 9)
