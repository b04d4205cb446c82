"""Political and everyday news as the wires tell it (stop 63): a candidate's or a party's rally, a market's, told
in a story of a race for office, is no protest. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

MAR_10 = datetime(2016, 3, 10, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text", [
    # in a story of a race for office, a rally no word of protest goes with is a candidate's
    "Hillary Clinton addressed supporters at a rally in Miami on Tuesday. The former secretary of state leads the "
    "Democratic primary race.",
    "Bernie Sanders drew a crowd of 15,000 at a rally in Madison on Friday. His campaign has raised $40 million.",
    "Tinubu held a rally in Kano on Tuesday, two weeks before the presidential election.",
    "At a rally in Beaumont, Texas, on Saturday, Mr. Trump said the election was rigged.",
    "The candidate rallied voters in Iowa on Monday ahead of the caucuses.",
    # a party's own rally, a market's, a rallying cry
    "The party's rally drew 20,000 people in Nairobi on Sunday.",
    "The ruling party’s rally drew 20,000 people in Nairobi on Sunday.",
    "Stocks rallied on Wall Street on Wednesday after the Fed's decision.",
    "Investors expect a relief rally on Thursday.",
    "Sanders has made the minimum wage a rallying cry of his movement.",
])
def test_a_candidate_s_or_a_market_s_rally_is_no_protest(text):
    assert not [e for e in events_of(text, MAR_10) if e.event_type == "PROTEST"]


@pytest.mark.parametrize("text, trigger", [
    # guards: a rally a word of protest goes with, in a story of a campaign or not, stays a protest
    ("Protesters rallied outside parliament against the law on Monday.", "rallied"),
    ("Donald Trump's campaign said the candidate would hold a rally in Cleveland on Saturday. Protesters rallied "
     "outside the venue against his immigration plans on Friday.", "rallied"),
    ("Opponents of the candidate staged an anti-immigration rally in Dresden on Monday ahead of the election.",
     "rally"),
    ("Hundreds of teachers rallied in Nairobi on Monday demanding better pay.", "rallied"),
    ("Thousands rallied in London on Saturday against racism.", "rallied"),
    # outside a story of a campaign a rally is a protest as before
    ("On 3 May 2020, a group of workers held a rally in Sanandaj to mark Labour Day.", "rally"),
    ("Young people rallied in Lagos on Tuesday.", "rallied"),
])
def test_a_rally_of_protest_stays(text, trigger):
    assert event_on(text, trigger, MAR_10).event_type == "PROTEST"
