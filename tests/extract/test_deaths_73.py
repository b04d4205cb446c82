"""Deaths a sum of the dead did not read at all (stop 73): told in an idiom of official prose that names no verb of
killing ("paid the supreme price", "fell with arms in hand", "did not survive"). Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

NOV_2 = datetime(2025, 11, 2, tzinfo=timezone.utc)


def _killed(text: str) -> float:
    """The sum of the dead the article's estimates give, as the shared scorer sums them."""
    found = extract_article(replace(_article(text), published_at=NOV_2))
    return sum(e.value if e.value is not None else (e.value_low or 0) for e in found.estimates
               if e.category == "killed")


@pytest.mark.parametrize("text, dead", [
    ("Bandits raided the village of Gidan Bako on Friday night. One constable, Sergeant Idris Lawal, paid the supreme "
     "price in the exchange of fire, the command said.", 1),
    ("Two vigilantes paid the supreme price while repelling the kidnappers near Funtua on Thursday, police said.", 2),
    ("The general staff mourns 6 soldiers who fell with arms in hand when jihadists stormed the Tin-Akoff post on "
     "Sunday.", 6),
    ("Insurgents attacked a checkpoint near Kidal on Saturday. Three gendarmes fell in the line of duty and two were "
     "wounded.", 3),
    ("A bus overturned near Nakuru on Wednesday. Nine passengers were taken to hospital, and four of the injured "
     "did not survive.", 4),
    ("Gunmen opened fire on a wedding party in Zamfara on Monday. Five guests did not survive their wounds, a local "
     "official said.", 5),
])
def test_idioms_of_dying_are_deaths(text: str, dead: float) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize("text", [
    "A fire swept the timber market in Onitsha on Tuesday. Forty stalls did not survive the blaze, traders said.",
    "Of the seven bills tabled this session, two did not survive the committee stage on Monday.",
    "Rebels shelled the base on Monday. Three soldiers survived the attack with minor cuts.",
    "The region's two paper mills did not survive the recession, the union said on Friday.",
])
def test_what_did_not_survive_is_no_person(text: str) -> None:
    assert _killed(text) == 0
