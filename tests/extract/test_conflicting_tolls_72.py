"""Killed totals counted once (stop 72): a person set off after another with what they are of ("killing the driver, a
local official of the ruling party") is that one person; conflicting figures of one toll given by different sources
are not summed: the lowest firm figure is the story's count, the others are `disputed`. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.cases import killed
from tests.extract.test_events_wire import _article

MARCH_2 = datetime(2019, 3, 2, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=MARCH_2))
    return [(e.surface, e.category, e.aside) for e in found.estimates if e.counted_as == "killed"]


def _killed(text: str) -> int:
    """The article's sum of the dead, as the shared scorer counts it."""
    return killed(text, MARCH_2)


@pytest.mark.parametrize("text", [
    "A roadside bomb killed the driver, a nephew of the provincial governor, near the border on Friday.",
    "Gunmen shot dead the mayor, a member of the ruling party, outside his home on Friday.",
    "A parcel bomb exploded in the town hall on Friday, killing the clerk, a senior member of the Farmers Alliance "
    "(FA).",
])
def test_a_person_set_off_with_what_they_are_of_is_the_one_before(text):
    assert _killed(text) == 1


@pytest.mark.parametrize("text, expected", [
    # guards: a list of three people; a person set off before ", and" others is a list too
    ("The blast killed the driver, a passenger and a guard on Friday.", 3),
    ("Gunmen killed the driver, a member of the militia, and two passengers on Friday.", 4),
])
def test_people_listed_are_all_counted(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, lowest", [
    # another source's lower figure, told after the story's: by a reporting verb, a toll put at, a figure compared
    ("Soldiers fired on a crowd of mourners in the town of Kessa on Friday, killing at least 30 people, a local rights "
     "monitor said. The interior ministry said 12 people had died.", "12"),
    ("A car bomb killed 17 people in the market of Baidoa on Friday, police said. Hospital officials put the death "
     "toll at 11.", "11"),
    ("A rebel raid on the village of Dorro on Tuesday killed 26 people, according to a church leader. The army gave a "
     "lower figure. A spokesman said nine villagers were killed.", "nine"),
    ("Gunmen stormed a gold mine near Kidal on Wednesday and killed 14 miners, an aid group said. Officials gave a "
     "much smaller toll, saying eight workers died.", "eight"),
])
def test_the_lowest_firm_figure_of_conflicting_sources_is_the_count(text, lowest):
    rows = _rows(text)
    assert [surface for surface, category, _ in rows if category == "killed"] == [lowest]
    assert all(aside == "disputed" for _, category, aside in rows if category != "killed")


@pytest.mark.parametrize("text, expected", [
    # guards: the lower figure told first stays; one source's split figures; two incidents' tolls; a vague figure
    ("A car bomb killed 12 people in the market of Baidoa on Friday, police said. Hospital officials put the death "
     "toll at 15.", 12),
    ("Militants ambushed a convoy near Gao on Friday. The army said 12 soldiers and 3 civilians were killed in the "
     "ambush.", 15),
    ("A bomb killed 10 people in Kabul on Monday. In Kandahar, police said 4 people died in a separate attack on "
     "Tuesday.", 14),
    ("Troops fired on protesters in Kessa on Friday, killing 20 people, officials said. Residents said dozens had "
     "died.", 20),
])
def test_figures_that_do_not_conflict_keep_their_sum(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # each side's own dead after a lead that rounds their sum: the sides' figures are the count
    ("Nearly 60 soldiers were killed on both sides in two days of clashes near the border, the two governments said "
     "on Friday. The Sudanese army said 27 of its soldiers had died. South Sudan's defence ministry said 31 of its "
     "troops were killed.", 58),
    ("About 40 people were killed in fighting between two clans near Wajir this week, elders said. A Garre elder said "
     "17 of his clansmen had been killed. A Degodia leader said 21 of their men had died.", 38),
])
def test_a_round_lead_of_each_sides_own_dead_is_their_sum_told_again(text, expected):
    assert _killed(text) == expected


def test_one_sources_list_lower_than_a_round_lead_is_the_count():
    assert _killed("Nearly 60 soldiers were killed on both sides in two days of clashes near the border on Thursday. "
                   "The army said 27 soldiers and 31 rebels were killed.") == 58


@pytest.mark.parametrize("text, expected", [
    # guards: a figure of another town; sides' figures far below the round lead
    ("About 40 people were killed in fighting between two clans near Wajir on Thursday, elders said. Police said 12 "
     "people died in the town of Habaswein.", 52),
    ("Nearly 60 people were killed in two days of clashes near the border town of Kurmuk, officials said on Friday. "
     "Sudan's army said 20 of its soldiers had died. The rebels said 11 of their fighters were killed.", 91),
])
def test_a_round_lead_with_no_sides_figures_of_it_stands(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # more dead told by the source of a higher figure, that its figure is the count and they add up to: its excess
    ("At least five people were killed in the raid on Sunday, the district chief said, but residents said the real "
     "toll was nine. Residents said four more bodies were found in a ravine on Tuesday.", 5),
    ("Police said two protesters died in the clashes on Friday, while opposition activists said the number was six. "
     "The activists said four more people had died of their wounds.", 2),
])
def test_more_dead_that_make_up_a_higher_claim_are_disputed(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: more dead told by the count's own source; by a source of no figure before
    ("Police said five people were killed in the raid on Sunday. Police said two more bodies were found on Monday.", 7),
    ("Five people were killed in the raid on Sunday, police said. Residents said two more bodies were found on "
     "Monday.", 7),
])
def test_more_dead_of_no_higher_claim_are_counted(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # another source's figure in a clause set against the statement's (";", "but", "while"): its own teller's
    ("Officials confirmed three deaths after troops stormed the prison on Monday; relatives of inmates said eight "
     "people had died.", 3),
    ("Officials confirmed three deaths after troops stormed the prison on Monday, but relatives of inmates said eight "
     "people had died.", 3),
    ("Activists said nine protesters were killed in the crackdown on Sunday, while the interior ministry said five "
     "people had died.", 5),
])
def test_a_figure_in_a_clause_set_against_a_statement_is_its_tellers(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: one source's more dead; two incidents' tolls set against each other
    ("The army said 12 soldiers died in the ambush on Friday, while 3 civilians were also killed.", 15),
    ("The army said 12 soldiers died in the ambush near Gao on Friday, while police said 3 civilians were killed in a "
     "separate attack in Mopti.", 15),
])
def test_figures_set_against_each_other_that_do_not_conflict_keep_their_sum(text, expected):
    assert _killed(text) == expected
