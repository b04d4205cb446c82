"""Events in the formats of live blogs, timelines, anniversary pieces and explainers (stop 62): a live blog's timed
entry is dated to the day the blog was published ("Update, 12:45 p.m.: …"); a timeline under a heading counts from its
first dated entry ("One year on ¶ June 9, 2019 — … ¶ June 12 — …"); a day with no year goes on in the year the
narrative is in ("On 13 November 2015, … Five days later, on 18 November, …"); "Ten years ago tonight, on 13 November
2015" is that day; a town armed men capture is fought for, civilians seized are abducted; verbs of chronologies ("spoke
with X by phone", "suspended the bill", "broke into"); a question heading and a live blog's title tell no event. Every
text is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

JUNE_25 = datetime(2024, 6, 25, tzinfo=timezone.utc)


def _dated(text: str, trigger: str, published: datetime) -> tuple[date | None, str]:
    [found] = [e for e in events_of(text, published) if e.trigger == trigger]
    return found.date, found.date_precision


@pytest.mark.parametrize("text, trigger, dated", [
    ("Update, 12:45 p.m.: Thousands of protesters have gathered in central Nairobi.", "gathered",
     (date(2024, 6, 25), "day")),
    ("14:32 GMT — Police have arrested two men in Nakuru.", "arrested", (date(2024, 6, 25), "day")),
    ("Kenya protests: live\n\n10:48 a.m. — Police have arrested two men in Nakuru.", "arrested",
     (date(2024, 6, 25), "day")),
    # guards: a time inside a sentence, and a day the entry names
    ("At 10:30, police arrested two men in Nakuru.", "arrested", (date(2024, 6, 24), "week")),
    ("14:32 GMT — Police arrested two men in Nakuru on Sunday.", "arrested", (date(2024, 6, 23), "day")),
])
def test_a_live_blog_entry_is_of_the_day_published(text, trigger, dated):
    assert _dated(text, trigger, JUNE_25) == dated


NOV_13_2025 = datetime(2025, 11, 13, tzinfo=timezone.utc)
JUNE_9_2020 = datetime(2020, 6, 9, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, published, day", [
    ("On 13 November 2015, gunmen attacked the Bataclan in Paris. Five days later, on 18 November, police raided an "
     "apartment in Saint-Denis.", "raided", NOV_13_2025, date(2015, 11, 18)),
    ("On 13 November 2015, gunmen attacked the Bataclan in Paris. On 18 November, police raided an apartment in "
     "Saint-Denis.", "raided", NOV_13_2025, date(2015, 11, 18)),
    ("One year on\n\nJune 9, 2019 — Protesters march against the bill.\n\nJune 12 — Police fire tear gas at "
     "protesters.", "fire", JUNE_9_2020, date(2019, 6, 12)),
    ("One year on\n\nJune 9, 2019 — Protesters march against the bill.\n\nSept. 4 — Lam withdraws the bill.\n\n"
     "Nov. 18 — Police lay siege to Hong Kong Polytechnic University.", "lay siege", JUNE_9_2020, date(2019, 11, 18)),
    # (a day of a sentence that does not open the report goes on in its year too, no reference of the report's)
    ("Gunmen abducted five traders in Kovalo on 22 July 2015. The hostages were killed on July 25.", "killed",
     datetime(2024, 12, 30, tzinfo=timezone.utc), date(2015, 7, 25)),
    ("07/22/2015 was the day gunmen abducted five traders in Kovalo. The hostages were killed on July 25.", "killed",
     datetime(2024, 12, 30, tzinfo=timezone.utc), date(2015, 7, 25)),
    ("Ten years ago tonight, on 13 November 2015, Islamic State militants attacked Paris.", "attacked", NOV_13_2025,
     date(2015, 11, 13)),
    # guards: a day before the one told is not of its year; a day of no year after the current year's; a plan
    ("On 13 November 2015, gunmen attacked the Bataclan in Paris. On 3 March, police raided an apartment in "
     "Saint-Denis.", "raided", NOV_13_2025, date(2025, 3, 3)),
    ("Police raided an apartment in Saint-Denis on 3 November. On 5 November, police arrested two men.", "arrested",
     NOV_13_2025, date(2025, 11, 5)),
    ("The summit was held on 13 November 2015. Leaders will meet again in Paris on 20 November.", "meet", NOV_13_2025,
     date(2025, 11, 20)),
])
def test_a_day_goes_on_in_the_year_told(text, trigger, published, day):
    assert _dated(text, trigger, published)[0] == day


def _typed(text: str, trigger: str) -> tuple[str, str | None]:
    [found] = [e for e in events_of(text, JUNE_25) if e.trigger == trigger]
    return found.event_type, found.event_mode


@pytest.mark.parametrize("text, trigger, typed", [
    # armed men taking a town they name: fighting for ground (ACLED's "overtakes territory" is a battle: ASSAULT)
    ("The RSF captured Wad Madani on Monday.", "captured", ("ASSAULT", None)),
    ("Rebels captured Homs on Saturday.", "captured", ("ASSAULT", None)),
    # civilians seized by armed men are abducted
    ("In February 2018, ISWAP seized 110 girls from a school in Dapchi.", "seized", ("ASSAULT", "abduct")),
    ("Gunmen seized dozens of worshippers from a mosque in Katsina.", "seized", ("ASSAULT", "abduct")),
    # guards: a state won in a primary, soldiers captured in war, goods or what belongs to people seized
    ("Trump captured Virginia and North Carolina on Super Tuesday.", "captured", ("COERCE", "seize")),
    ("Ukrainian forces captured two North Korean soldiers in Kursk.", "captured", ("COERCE", "seize")),
    ("Militants seized the phones of the passengers near Djibo.", "seized", ("COERCE", "seize")),
    ("Customs officers seized two tonnes of cocaine in Rotterdam.", "seized", ("COERCE", "seize")),
])
def test_what_is_seized_tells_the_act(text, trigger, typed):
    assert _typed(text, trigger) == typed


@pytest.mark.parametrize("text, trigger, typed", [
    ("Ulf Kristersson spoke with Alexander De Croo by phone on Tuesday.", "spoke with", ("CONSULT", "phone")),
    ("Carrie Lam suspended the extradition bill on Saturday.", "suspended", ("RETREAT", "withdraw")),
    ("Protesters broke into the Legislative Council building on Monday.", "broke into", ("ASSAULT", None)),
])
def test_chronology_verbs(text, trigger, typed):
    assert _typed(text, trigger) == typed


@pytest.mark.parametrize("text", [
    # guards: a source talking to the press or a crowd, a burglary, a court's order
    "The minister spoke to Reuters by telephone on Tuesday.",
    "The minister spoke with reporters in Brussels on Tuesday.",
    "Burglars broke into a house in Leeds on Tuesday.",
])
def test_no_chronology_event(text):
    assert events_of(text, JUNE_25) == []


@pytest.mark.parametrize("text, triggers", [
    # an explainer's or an interview's question on its own line, and a live blog's title, tell no event
    ("How many people died?\n\nAt least 30 people were killed in the attack on the market in Maiduguri.",
     ["killed"]),
    ("Question: What about disarmament?\nGetachew Reda: We met the federal army's commanders in January.", ["met"]),
    # guard: a question inside a paragraph
    ("Why did police fire on the crowd? Officers shot three protesters in Nairobi.", ["shot"]),
])
def test_headings_tell_no_event(text, triggers):
    assert sorted(e.trigger for e in events_of(text, JUNE_25)) == triggers


def test_a_live_blog_title_is_no_actor():
    text = ("Kenya Finance Bill protests — live updates\n\nUpdate, 12:45 p.m.: Thousands of protesters have gathered "
            "in Nairobi.")
    assert [e.actor for e in events_of(text, JUNE_25)] == ["protesters"]


@pytest.mark.parametrize("text, parties", [
    # a town that falls is taken: the town the target, whom it fell to the actor
    ("Homs fell on Saturday.", (None, "Homs")),
    ("Kabul fell to the Taliban on Sunday.", ("Taliban", "Kabul")),
    ("Mosul has fallen, the officials said.", (None, "Mosul")),
])
def test_a_town_that_fell_was_taken(text, parties):
    [found] = events_of(text, JUNE_25)
    assert (found.event_type, found.actor, found.target) == ("ASSAULT", *parties)


@pytest.mark.parametrize("text", [
    # guards: an amount, a state, the weather, an election
    "Prices in the area fell sharply on Sunday.",
    "Kabul fell silent on Sunday.",
    "Snow fell on Kabul on Sunday.",
    "Inflation in Kenya fell to 5 percent.",
    "Pennsylvania fell to Biden after days of counting votes.",
])
def test_what_fell_but_no_town(text):
    assert events_of(text, JUNE_25) == []


OCT_20_2022 = datetime(2022, 10, 20, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, day", [
    # a weekday's weekly rite gives way to the day the sentence names
    ("On Sept. 30, in Zahedan, security forces killed dozens of people after Friday prayers.", date(2022, 9, 30)),
    # guards: the rite's day alone, and a weekday that is the event's
    ("Security forces killed dozens of people in Zahedan after Friday prayers.", date(2022, 10, 14)),
    ("On Sept. 30, security forces killed dozens of people in Zahedan.", date(2022, 9, 30)),
])
def test_a_weekly_rite_gives_way_to_the_day_told(text, day):
    assert _dated(text, "killed", OCT_20_2022)[0] == day
