"""A sum of a news story's dead counts its toll once (stop 69): a toll over a span of days told first is the story's
own, and holds the figures of its days told after it; a list that tells the lead toll again is not added to it,
however many figures came between; a total over months stays aside when what is set off after it parts it from its
verb; a second victim joined "and later" is one more. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

AUG_3 = datetime(2024, 8, 3, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=AUG_3))
    return [(e.surface, e.category, e.aside) for e in found.estimates if e.counted_as == "killed"]


@pytest.mark.parametrize("text, expected", [
    ("At least 41 people have been killed in the clashes since Tuesday, a police officer said on Saturday. On Friday, "
     "troops opened fire on a crowd trying to loot a depot, killing one man, officials said.",
     [("At least 41", "killed", None), ("one", "other", "part")]),
    ("Ethnic clashes in the north have killed at least 30 people since Wednesday, officials said. On Thursday, gunmen "
     "attacked a village near Bunia, killing four farmers.",
     [("at least 30", "killed", None), ("four", "other", "part")]),
    ("At least 30 people have been killed in ethnic clashes over the past three days, officials said. Gunmen attacked "
     "a village near Bunia on Thursday, killing four farmers.",
     [("At least 30", "killed", None), ("four", "other", "part")]),
    # (another incident told after it is no part of it, and leaves it the story's toll)
    ("At least 41 people have been killed in the clashes in Bria since Tuesday, police said. Separately, a bomb killed "
     "two soldiers in Bangui on Friday.", [("At least 41", "killed", None), ("two", "killed", None)]),
    # guards: a span of months is a running total; a toll over days told after the story's own figure is a total
    # its incident added to; a toll over days alone is the story's
    ("More than 300 people have been killed in the region since January, officials said. On Thursday, gunmen attacked "
     "a village near Bunia, killing four farmers.",
     [("More than 300", "other", "running_total"), ("four", "killed", None)]),
    ("Clashes between rival militias killed five people in Bria on Thursday. At least 20 people have been killed in "
     "the fighting since Tuesday, police said.", [("five", "killed", None), ("At least 20", "other", "running_total")]),
    ("At least 23 people have been killed since Friday in fighting between herders and farmers in central Nigeria, "
     "officials said.", [("At least 23", "killed", None)]),
])
def test_a_toll_over_days_told_first_holds_the_figures_of_its_days(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked a police station in Maiduguri on Saturday night, leaving at least eight people dead, police said "
     "on Sunday. Troops freed 30 people before killing the four gunmen. Five civilians and three policemen were "
     "killed, the police spokesman said.",
     [("at least eight", "killed", None), ("four", "killed", None), ("Five", "other", "restated"),
      ("three", "other", "restated")]),
    ("Militants stormed an army post near Zhob on Friday, killing 11 people, officials said. Soldiers shot dead two of "
     "the attackers. Six soldiers and five civilians were killed, the army said.",
     [("11", "killed", None), ("two", "killed", None), ("Six", "other", "restated"), ("five", "other", "restated")]),
    # guards: more of them ("also"); a list that does not tell the lead toll; the lead list alone
    ("Gunmen attacked a police station in Maiduguri on Saturday night, leaving at least eight people dead, police said "
     "on Sunday. Troops freed 30 people before killing the four gunmen. Five civilians and three policemen were also "
     "killed, the police spokesman said.",
     [("at least eight", "killed", None), ("four", "killed", None), ("Five", "killed", None),
      ("three", "killed", None)]),
    ("Gunmen attacked a police station in Maiduguri on Saturday night, leaving at least eight people dead, police said "
     "on Sunday. Troops freed 30 people before killing the four gunmen. Two soldiers and three policemen were killed "
     "in a second attack in Bama, the police spokesman said.",
     [("at least eight", "killed", None), ("four", "killed", None), ("Two", "killed", None),
      ("three", "killed", None)]),
])
def test_a_list_that_tells_the_lead_toll_again_past_other_figures_is_not_added(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A gunman shot dead a shopkeeper and then a police officer in Marseille on Tuesday.",
     [("a shopkeeper", "killed", None), ("a police officer", "killed", None)]),
    ("Police said the gunman killed a farmer and later a teacher before fleeing.",
     [("a farmer", "killed", None), ("a teacher", "killed", None)]),
    # guard: one list with no adverb
    ("A gunman shot dead a shopkeeper and a police officer in Marseille on Tuesday.",
     [("a shopkeeper", "killed", None), ("a police officer", "killed", None)]),
])
def test_a_victim_joined_and_later_is_one_more(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A drone strike on a car in Tyre killed four people on Friday. Hours earlier, a rocket hit an army base in Safed, "
     "killing two soldiers. More than 90 people, most of them Amal fighters, have been killed in Lebanon since "
     "October.",
     [("four", "killed", None), ("two", "killed", None), ("More than 90", "other", "running_total")]),
    ("Gunmen killed six villagers near Bunia on Friday, officials said. About 70 civilians, many of them women and "
     "children, have died in the province since April, according to the United Nations.",
     [("six", "killed", None), ("About 70", "other", "running_total")]),
    # guard: a span in what is set off is not the count's
    ("Gunmen killed six villagers near Bunia on Friday, officials said. Three soldiers, who had been deployed to the "
     "area since April, were also killed.", [("six", "killed", None), ("Three", "killed", None)]),
])
def test_a_span_told_past_what_is_set_off_after_the_count_is_its_verbs(text, expected):
    assert _rows(text) == expected
