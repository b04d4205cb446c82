"""Dates of incidents in news told the way national outlets, press releases and live blogs tell them: a day after a
place of three comma parts or more ("in Barangay Bangco, Piagapo, Lanao del Sur on Sunday") is the verb's; a lead told
at no time of its own takes the day of the next sentence that tells the same operation by the same force at a place
that may lie in the lead's; a clock time gives no date of its own. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

MAR_11 = datetime(2025, 3, 11, tzinfo=timezone.utc)  # a Tuesday
SUNDAY, SATURDAY, MONDAY = date(2025, 3, 9), date(2025, 3, 8), date(2025, 3, 10)


@pytest.mark.parametrize("text, trigger, day", [
    ("Gunmen killed two farmers in Barangay Bangco, Piagapo, Lanao del Sur on Sunday, police said.", "killed",
     SUNDAY),
    ("Gunmen abducted a pastor in Ikpoba Okha, Egbeda, Oyo State on Sunday.", "abducted", SUNDAY),
    # guards: places of several parts read before, a town and its region, a place of its kind
    ("Militants ambushed a patrol in Sitio Lumot, Barangay Dalag, Kalilangan, Bukidnon on Saturday.", "ambushed",
     SATURDAY),
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


def _assaults(text: str) -> list[tuple[date | None, str]]:
    return [(e.date, e.date_precision) for e in events_of(text, MAR_11) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, day", [
    # a state's force told at the opening of a sentence by a word of its kind is no name ("Government troops")
    ("Government troops killed three communist rebels in Negros Oriental. The soldiers clashed with the rebels in "
     "Guihulngan City on Saturday morning, the army said.", SATURDAY),
    # forces told by a word of either kind are the troops named next ("Security forces", then "the troops")
    ("Security forces killed four militants in an operation in North Waziristan. The military's media wing said the "
     "troops engaged the militants in Mir Ali on Sunday.", SUNDAY),
    ("Iraqi forces killed five Islamic State militants in Kirkuk province. The soldiers ambushed the militants near "
     "Hawija on Sunday, a spokesman said.", SUNDAY),
    # a province of a region holds a town the gazetteer puts in that region
    ("Troops killed nine guerrillas in Negros Oriental. The troops clashed with the rebels in Guihulngan City on "
     "Saturday, the army said.", SATURDAY),
    # … or told by its kind, though the gazetteer knows a town of its name ("Lakki Marwat district")
    ("Militants killed two policemen in Khyber Pakhtunkhwa's Lakki Marwat district. The attackers opened fire on a "
     "police van in Sarai Naurang on Sunday evening.", SUNDAY),
    # guards: merged at base already
    ("Troops neutralised six bandits in Zamfara State. The troops stormed a bandits' enclave in Tsafe on Sunday, a "
     "spokesman said.", SUNDAY),
    ("Soldiers killed 12 insurgents in Borno State, the army said. The soldiers raided a militant camp near Bama on "
     "Saturday.", SATURDAY),
])
def test_a_lead_at_no_time_takes_the_day_of_the_operation_told_next(text, day):
    assert _assaults(text) == [(day, "day")]


@pytest.mark.parametrize("text", [
    # another force, another region, a town of a region the gazetteer does not tell, a lead with its own time
    "Police killed two robbery suspects in Nairobi. Soldiers killed five militants in Lamu on Saturday.",
    "Troops killed six bandits in Zamfara State. The troops raided a camp in Maiduguri on Saturday.",
    "Government troops killed three rebels in Negros Oriental. The soldiers clashed with the rebels in Davao City on "
    "Saturday.",
    "Security forces killed four militants in North Waziristan last week. The troops raided a compound in Mir Ali on "
    "Saturday.",
])
def test_a_lead_of_another_operation_keeps_its_own_row(text):
    assert len(_assaults(text)) == 2


MAR_8 = datetime(2025, 3, 8, tzinfo=timezone.utc)  # a Saturday
RAID = "Gunmen attacked an army post near Muqdadiya, killing three soldiers, security sources said."


@pytest.mark.parametrize("label", ["0942 GMT – ", "1130 GMT: ", "2215 hrs — ",
                                   # guards: the entry labels read before
                                   "09:42 GMT – ", "Update, 6:10 p.m.: "])
def test_a_live_blog_entry_told_at_a_time_of_day_is_of_the_day_the_blog_was_published(label):
    text = f"Live: the war in Iraq\n\n{label}Gunmen attack army post in Diyala\n{RAID}"
    event = next(e for e in events_of(text, MAR_8) if e.event_type == "ASSAULT")
    assert (event.date, event.date_precision) == (date(2025, 3, 8), "day")


def test_a_paragraph_opening_on_a_year_is_no_entry_of_a_live_blog():
    text = f"Live: the war in Iraq\n\n2015 – the year the war came to Diyala\n{RAID}"
    event = next(e for e in events_of(text, MAR_8) if e.event_type == "ASSAULT")
    assert event.date_precision != "day"


@pytest.mark.parametrize("text, trigger, day", [
    # guards: a press release's day and time of day, a time of day before a day; a clock time is never a date
    ("On 3 March 2025 at about 0200hrs, troops of 1 Division ambushed bandits at Kauru, Kaduna State, neutralising "
     "four of them.", "ambushed", date(2025, 3, 3)),
    ("At about 11:30 pm on Saturday, armed men attacked a police checkpoint in Lakki Marwat, killing two constables.",
     "attacked", date(2025, 3, 1)),
    ("At about 0200hrs on 2 March 2025, gunmen stormed a village in Bokkos, killing nine residents.", "stormed",
     date(2025, 3, 2)),
    ("Gunmen killed two soldiers in Kaduna at 2000hrs on Tuesday.", "killed", date(2025, 3, 4)),
])
def test_a_press_release_tells_the_day_and_the_time_of_day(text, trigger, day):
    event = event_on(text, trigger, datetime(2025, 3, 5, tzinfo=timezone.utc))
    assert (event.date, event.date_precision) == (day, "day")


@pytest.mark.parametrize("text, trigger", [
    ("Troops repelled an attack on a military base in Damboa at about 2030hrs, the army said.", "repelled"),
    ("At about 1900 hours, bandits attacked a village in Zangon Kataf, killing five residents.", "attacked"),
])
def test_a_time_of_day_alone_is_no_date(text, trigger):
    event = event_on(text, trigger, datetime(2025, 3, 5, tzinfo=timezone.utc))
    assert event.date_precision == "week" and event.date_text is None
