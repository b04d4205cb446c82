"""Political and everyday news as the wires tell it (stop 63): a candidate's or a party's rally, a market's, is no
protest; "the two leaders" name the pair told just before; a phone call and a meeting are two consultations; an
abduction told again along the road told first is one; arms laid down disarm; a country the doers come from is no
place of their act; a vehicle's "patrol" claims no day of an "after" clause. Every text is our own."""
from datetime import date, datetime, timezone

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


MAY_10 = datetime(2024, 5, 10, tzinfo=timezone.utc)  # a Friday


@pytest.mark.parametrize("text, trigger, canonical", [
    # "the two leaders", "both sides", "the pair" name again the two parties of the act told just before
    ("Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday. The two leaders "
     "agreed to expand trade in local currencies.", "agreed", "Recep Tayyip Erdogan and Vladimir Putin"),
    ("Indian Prime Minister Narendra Modi spoke with Chinese President Xi Jinping by phone on Tuesday. Both leaders "
     "agreed to maintain peace along the border.", "agreed", "Narendra Modi and Xi Jinping"),
    ("Ethiopia and Somalia held talks in Ankara on Wednesday. The two sides agreed to meet again next month.", "meet",
     "Ethiopia and Somalia"),
    ("Egypt and Qatar hosted a meeting in Cairo on Thursday. Both countries pledged to keep mediating.", "pledged",
     "Egypt and Qatar"),
    ("Biden met Xi in Woodside, California, on Wednesday. The pair agreed to resume military communications.",
     "agreed", "Biden and Xi"),
    ("Armenia and Azerbaijan signed a peace deal in Washington on Friday, and the two countries agreed to reopen "
     "transport links.", "agreed", "Armenia and Azerbaijan"),
])
def test_the_two_parties_named_again(text, trigger, canonical):
    assert event_on(text, trigger, MAY_10).actor_canonical == canonical


@pytest.mark.parametrize("text, trigger", [
    # guards: two pairs told before leave it unknown which; a pair told by common nouns names no one; "the leaders"
    # may be any number
    ("Erdogan met Putin in Sochi on Monday, and Macron met Scholz in Paris. The two leaders agreed to talk again.",
     "agreed"),
    ("Gunmen attacked two policemen in Kano on Monday. Police arrested the two men on Tuesday.", "arrested"),
    ("Erdogan met Putin in Sochi on Monday. The leaders agreed to talk again.", "agreed"),
])
def test_a_pair_not_named_stays_as_written(text, trigger):
    found = event_on(text, trigger, MAY_10)
    assert (found.actor_canonical, found.target_canonical) == (found.actor, found.target)


@pytest.mark.parametrize("text, trigger, mentions", [
    # a phone call and a meeting face to face are two consultations, whoever took part
    ("Ukrainian President Volodymyr Zelensky held a phone call with German Chancellor Olaf Scholz on Tuesday. The "
     "call came ahead of the summit. On Thursday, the European Council summit opened in Brussels.", "phone call", 1),
    ("Erdogan had a phone call with Putin on Monday. The two leaders will also meet at the SCO summit in Astana in "
     "July. The meeting will be their first this year.", "phone call", 1),
    ("Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah in Cairo on Monday. During the meeting, the "
     "two leaders discussed the war in Gaza. Sisi also spoke by phone with Qatar's emir.", "spoke by phone", 1),
    ("Mitch McConnell agreed to a phone call with Garland on Wednesday. Few Republicans agreed to a courtesy meeting "
     "with Garland.", "phone call", 1),
    # guards: a call told again is one call, a meeting told again one meeting
    ("Biden spoke by phone with Erdogan on Thursday. During the phone call, Biden urged restraint.", "spoke by phone",
     2),
    ("Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah in Cairo on Monday. During the meeting, the "
     "two leaders discussed the war in Gaza.", "met", 2),
])
def test_a_call_and_a_meeting_are_two(text, trigger, mentions):
    assert event_on(text, trigger, MAY_10).mentions == mentions


def test_what_is_discussed_is_no_place():
    text = "Leaders met on Monday. During the meeting, the two sides discussed the war in Gaza."
    assert event_on(text, "met", MAY_10).location is None


@pytest.mark.parametrize("text", [
    # an abduction told again by its doers and victims named with "the", at a town along the road told first
    "Gunmen kidnapped 12 passengers on the Abuja-Kaduna road on Sunday. The assailants seized the travellers from a "
    "bus near Katari.",
    "Gunmen kidnapped 12 passengers on the Abuja-Kaduna road on Sunday. The assailants seized the travellers from a "
    "bus near Katari. On Monday, police arrested three suspects.",
    "Gunmen kidnapped 12 passengers in Kaduna state on Sunday. The assailants seized the travellers from a bus near "
    "Katari.",
])
def test_an_abduction_told_twice_is_one(text):
    assert len([e for e in events_of(text, MAY_10) if e.event_type == "ASSAULT"]) == 1


@pytest.mark.parametrize("text", [
    # guards: other doers told without "the" are another abduction, as is one "in a separate incident"
    "Gunmen kidnapped 12 passengers on the Abuja-Kaduna road on Sunday. Bandits also abducted five farmers near "
    "Katari on Sunday.",
    "Gunmen kidnapped 12 passengers on the Abuja-Kaduna road on Sunday. In a separate incident, bandits seized five "
    "farmers in Zamfara.",
])
def test_two_abductions_stay_two(text):
    assert len([e for e in events_of(text, MAY_10) if e.event_type == "ASSAULT"]) == 2


def test_an_expressway_is_a_place():
    text = "Gunmen abducted 30 people along the Kaduna-Abuja expressway on Sunday."
    assert event_on(text, "abducted", MAY_10).location == "the Kaduna-Abuja expressway"


@pytest.mark.parametrize("text, trigger, target", [
    # arms given up disarm who held them: a retreat of mode disarm, to whom they went as the target
    ("The rebels handed over heavy weapons to the army in Goma on Monday.", "handed over", "army"),
    ("About 200 militants surrendered their arms to the police in Borno state on Tuesday.", "surrendered", "police"),
    ("Hundreds of fighters laid down their weapons in Mindanao on Wednesday under the peace deal.", "laid down", None),
    ("The group handed in its weapons to the government in Bangui on Monday.", "handed in", "government"),
    ("The FARC rebels turned over their weapons to UN monitors on Tuesday.", "turned over", "UN monitors"),
    ("Kurdish militants began laying down arms in northern Iraq on Friday.", "laying down", None),
])
def test_arms_given_up_disarm(text, trigger, target):
    found = event_on(text, trigger, MAY_10)
    assert (found.event_type, found.event_mode, found.target) == ("RETREAT", "disarm", target)


@pytest.mark.parametrize("text", [
    # guards: suspects handed over, weapons a state hands over, conditions laid down
    "Police handed over the suspects to prosecutors on Monday.",
    "The army handed over weapons to the Ukrainian forces on Monday.",
    "The court laid down strict conditions for his release on Monday.",
])
def test_no_arms_given_up(text):
    assert not [e for e in events_of(text, MAY_10) if e.event_mode == "disarm"]


def test_a_surrender_of_people_stays_a_yield():
    found = event_on("More than 300 Boko Haram fighters surrendered to the Nigerian army in Bama on Friday.",
                     "surrendered", MAY_10)
    assert (found.event_type, found.event_mode) == ("RETREAT", "yield")


@pytest.mark.parametrize("text, trigger, place, country", [
    # a country the doers come from is theirs, not where they struck
    ("Gunmen from Niger attacked a village in Mali on Monday, killing 12 people.", "attacked", "Mali", "NER"),
    ("Gunmen from Niger attacked a village on Monday, killing 12 people.", "attacked", None, "NER"),
    ("Fighters from Chad attacked a market in Geneina on Tuesday.", "attacked", "Geneina", "TCD"),
    # guards: a town or a region they come from is where a local act most often was; a city names no country
    ("Bandits from Zamfara state abducted 20 people on Monday.", "abducted", "Zamfara state", None),
    ("On 29 April 2020, a youth mob from Issele-Azagba (Aniocha South LGA, Delta) set ablaze and killed a suspected "
     "robber.", "set ablaze", "Issele-Azagba (Aniocha South LGA, Delta)", None),
    ("Rioters from Tripoli marched to the Palma bridge on Thursday.", "marched", "Tripoli", None),
])
def test_where_the_doers_come_from(text, trigger, place, country):
    found = event_on(text, trigger, MAY_10)
    assert (found.location, found.actor_country) == (place, country)


def test_a_country_left_stays_the_place():
    text = "The US government announced it was withdrawing 300 troops from Saudi Arabia on Thursday."
    assert event_on(text, "withdrawing", MAY_10).location == "Saudi Arabia"


@pytest.mark.parametrize("text, trigger, day, precision", [
    # a day of an "after" clause of the doers' own (a gerund) dates the act, once a vehicle's "patrol" is no event
    # that claims it
    ("Gunmen killed three police officers in Guerrero after surrounding their patrol car on Thursday.", "killed",
     date(2024, 5, 9), "day"),
    # guard: a day of an event noun after "after" dates that event, not the act that followed it
    ("Police arrested five men after the attack on Friday.", "arrested", date(2024, 5, 6), "week"),
])
def test_a_day_of_an_after_clause(text, trigger, day, precision):
    found = event_on(text, trigger, MAY_10)
    assert (found.date, found.date_precision) == (day, precision)


@pytest.mark.parametrize("text", [
    "Gunmen killed three police officers in Guerrero after surrounding their patrol car on Thursday.",
    "Iran detained 10 American sailors from two Navy patrol boats in the Persian Gulf.",
])
def test_a_patrol_car_is_no_patrol(text):
    assert not [e for e in events_of(text, MAY_10) if e.event_type == "MOBILIZE"]
