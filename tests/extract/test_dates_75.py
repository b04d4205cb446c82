"""The day of a news event in a wire story (stop 75): a dateline that writes its day before its month ("DAKAR, 14
March 2025 (AFP) - …") is the story's filing day, no date that opens its first sentence and dates every event of it;
and the story's next paragraph goes on in the day its lead tells, though the dateline names the day the story was
filed ("NAIROBI, March 14 (Reuters) - … on Wednesday"): that day is no second day the lead told. And a day that
closes its clause after the object and the place dates the clause's verb though a phrase of reason, means or manner
follows it ("arrested four men in … on Tuesday on suspicion of …"). Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from etl.extract.datelines import find_dateline
from tests.extract.test_events_wire import events_of

FRIDAY = datetime(2025, 3, 14, tzinfo=timezone.utc)  # a Friday


def _row(text: str, trigger: str):
    """The row whose trigger is `trigger`."""
    return next(e for e in events_of(text, FRIDAY) if e.trigger == trigger)


@pytest.mark.parametrize("text, place, day", [
    ("DAKAR, 14 March 2025 (AFP) - Soldiers detained a former minister.", "DAKAR", date(2025, 3, 14)),
    ("ASUNCIÓN, Paraguay, 13 March (EFE) - Farmers marched on the capital.", "ASUNCIÓN, Paraguay", date(2025, 3, 13)),
    ("GOMA, 12 Mar. 2025 - Rebels shelled the airport.", "GOMA", date(2025, 3, 12)),
])
def test_a_dateline_may_write_its_day_before_its_month(text, place, day):
    found = find_dateline(text, date(2025, 3, 14))
    assert (found.place.text, found.date.date) == (place, day)


@pytest.mark.parametrize("text, day", [
    ("GAO, 14 March (AMAP) - Jihadists on motorcycles stormed a market near Ansongo on Tuesday and set fire to dozens "
     "of stalls, residents said.", date(2025, 3, 11)),
    ("HARARE, 14 March 2025 - Riot police arrested 30 vendors in central Harare on Wednesday after they refused to "
     "leave the streets.", date(2025, 3, 12)),
])
def test_the_day_of_a_dateline_before_its_month_dates_no_event_of_the_lead(text, day):
    assert {(e.date, e.date_precision) for e in events_of(text, FRIDAY)} == {(day, "day")}


@pytest.mark.parametrize("text, trigger, day", [
    ("NAIROBI, March 14 (Reuters) - Police shot dead three protesters in the western town of Kisumu on Wednesday, "
     "officials said.\n\nHundreds of students blocked the main road into the town, burning tyres and hurling rocks "
     "at officers.", "blocked", date(2025, 3, 12)),
    ("MAIDUGURI, Nigeria, March 14 (AFP) - Jihadists killed nine farmers near the village of Kawuri on Tuesday, "
     "a militia leader said.\n\nAngry residents blocked the highway to Maiduguri with burning tyres for several "
     "hours.", "blocked", date(2025, 3, 11)),
    ("LIMA, 14 March (EFE) - Miners clashed with police on a highway in the southern region of Arequipa on Thursday, "
     "the interior ministry reported.\n\nSoldiers detained 14 men and cleared the road of boulders.",
     "detained", date(2025, 3, 13)),
])
def test_the_paragraph_after_a_dated_lead_goes_on_in_its_day_past_the_dateline(text, trigger, day):
    found = _row(text, trigger)
    assert (found.date, found.date_precision, found.date_source) == (day, "day", "context")


@pytest.mark.parametrize("text, trigger", [
    # guards: a lead that tells two days of its own leaves the next paragraph's day untold, dateline or not
    ("NAIROBI, March 14 (Reuters) - Gunmen kidnapped 12 pupils from a school in Garissa on Tuesday. The kidnapping "
     "set off protests in the town on Wednesday.\n\nSoldiers stormed a camp in the forest near the town.", "stormed"),
    ("Gunmen kidnapped 12 pupils from a school in Garissa on Tuesday. The kidnapping set off protests in the town on "
     "Wednesday.\n\nSoldiers stormed a camp in the forest near the town.", "stormed"),
])
def test_a_lead_of_two_days_dates_no_next_paragraph(text, trigger):
    found = _row(text, trigger)
    assert found.date_source != "context" or found.date_precision != "day"


@pytest.mark.parametrize("text, trigger, day", [
    ("Police said they had arrested four men in the northern district of Baramulla on Tuesday on suspicion of "
     "smuggling arms to rebels.", "arrested", date(2025, 3, 11)),
    ("Soldiers detained two students at a checkpoint outside the main gate of the campus on Wednesday on charges of "
     "insulting the army.", "detained", date(2025, 3, 12)),
    ("Riot police dispersed hundreds of traders from the central market of the town of Kasese on Thursday with tear "
     "gas and water cannon.", "dispersed", date(2025, 3, 13)),
    ("Militiamen torched dozens of homes in the village of Bunia in the east of the province on Monday under cover of "
     "darkness, a local official said.", "torched", date(2025, 3, 10)),
])
def test_a_day_before_a_phrase_of_reason_or_means_dates_its_clause(text, trigger, day):
    found = _row(text, trigger)
    assert (found.date, found.date_precision, found.date_source) == (day, "day", "text")


@pytest.mark.parametrize("text, trigger", [
    # guards: the day of the speech, however a phrase follows it, dates no act the speech tells
    ("Soldiers killed 20 militants in a forest of Borno state, the military said in a statement on Monday on its "
     "website.", "killed"),
    ("Gunmen kidnapped a priest from his parish in the town of Kafanchan, his bishop said on Wednesday with deep "
     "sorrow.", "kidnapped"),
])
def test_a_day_of_the_speech_before_a_phrase_dates_no_act(text, trigger):
    assert _row(text, trigger).date_source == "publication"
