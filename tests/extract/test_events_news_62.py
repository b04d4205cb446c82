"""Political and everyday news as the wires tell it (stop 62): a time told after the noun of an act ("authorization
last week of …"), a country a text or a talk is about ("a resolution on Sudan"), a case called groundless, a body's
own sitting ahead that a time is told by ("before its September meeting"), a party's act told with no place in a story
of its one country, the noun that points back at the act told just before ("… condemned the move"), blows struck at
a person, the doer of a perfect told with "long" ("had long demanded"), the time of a clause that ", with …"
follows. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from etl.extract import events
from etl.extract.events import coref
from tests.extract.test_events_wire import event_on, events_of, published_doc

DEC_28 = datetime(2024, 12, 28, tzinfo=timezone.utc)  # a Saturday


@pytest.mark.parametrize("text, trigger, day, precision", [
    # "last week" after the noun of an act, before its "of" complement, dates the act
    ("The measures follow Joe Biden's authorization last week of US$571 million in military assistance for Taiwan.",
     "military assistance", date(2024, 12, 16), "week"),
    ("The protests followed the arrest last week of an opposition leader in Dhaka.", "arrest", date(2024, 12, 16),
     "week"),
    # guards: a unit opened by a determiner or a possessive is part of what follows
    ("The rebels attacked the town in the last week of October.", "attacked", date(2024, 10, 1), "month"),
    ("The rebels attacked the town in their last week of the offensive in October.", "attacked", date(2024, 10, 1),
     "month"),
])
def test_a_time_told_after_the_noun_of_an_act(text, trigger, day, precision):
    found = event_on(text, trigger, DEC_28)
    assert (found.date, found.date_precision) == (day, precision)


MAY_1 = datetime(2024, 5, 1, tzinfo=timezone.utc)  # a Wednesday


@pytest.mark.parametrize("text, trigger", [
    # what a resolution, talks or relations are about is no place they happened in
    ("Russia on Monday vetoed a U.N. Security Council resolution on Sudan, drawing sharp criticism from Britain and "
     "the United States.", "vetoed"),
    ("Russia on Monday vetoed a U.N. Security Council resolution on Sudan, drawing sharp criticism from Britain and "
     "the United States.", "criticism"),
    ("Blinken held talks with Wang Yi on Friday about Moscow's war in Ukraine.", "talks"),
    ("The European Union's latest attempt to broker a normalisation of relations between Serbia and Kosovo ended in "
     "acrimony on Thursday, with the bloc's top diplomat openly blaming Kosovo's prime minister for the failure.",
     "blaming"),
])
def test_a_country_a_text_or_talk_is_about_is_no_place(text, trigger):
    assert event_on(text, trigger, MAY_1).location is None


@pytest.mark.parametrize("text, trigger, place", [
    # guards: a place after the topic phrase, before it, or of the trigger's own phrase stays
    ("Blinken held talks with Lavrov about Ukraine in Geneva on Friday.", "talks", "Geneva"),
    ("Leaders met in Switzerland on Saturday for a summit on Ukraine.", "met", "Switzerland"),
    ("Protesters rallied in London on Saturday against the war in Gaza.", "rallied", "London"),
    ("About 50 residents of Kibera protested on Monday against evictions.", "protested", "Kibera"),
    # what a quarrel is over: a thing a place owns is a topic, a place itself is fought over where it lies
    ("Ethiopia and Somalia have agreed to set aside their dispute over Addis Abeba's port deal with Somaliland, "
     "following talks in Ankara on Wednesday.", "agreed", "Ankara"),
    ("The two countries fought a war over the Yirga triangle on Monday.", "fought", "Yirga triangle"),
    ("The minister answered questions about the attack in Mombasa on Monday.", "attack", "Mombasa"),
])
def test_a_place_outside_a_topic_phrase_stays(text, trigger, place):
    assert event_on(text, trigger, MAY_1).location == place


@pytest.mark.parametrize("text, actor", [
    # a case or claims called groundless are rejected, the word quoted or not, after an article or not
    ('The United States has called South Africa\'s case "meritless".', "United States"),
    ("The Kremlin called the reports baseless on Tuesday.", "Kremlin"),
    ("The ministry called the claims false.", "ministry"),
    ("He called the allegations “absurd and politically motivated.”", "He"),
])
def test_a_case_called_groundless_is_rejected(text, actor):
    found = event_on(text, "called", MAY_1)
    assert (found.event_type, found.actor) == ("REJECT", actor)


@pytest.mark.parametrize("text", [
    # guards: a name after "called", a word of no dismissal
    "A group called Absurd Theatre protested on Monday.",
    "The minister called the vote historic.",
])
def test_a_call_of_no_dismissal_rejects_nothing(text):
    assert "REJECT" not in {e.event_type for e in events_of(text, MAY_1)}


@pytest.mark.parametrize("text, trigger, event_type", [
    # guards: a complement after an article still completes the verb
    ("Gunmen took the three aid workers hostage on Monday.", "took", "ASSAULT"),
    ("The court found the two men guilty of murder on Monday.", "found", "COERCE"),
])
def test_a_complement_after_an_article(text, trigger, event_type):
    assert event_on(text, trigger, MAY_1).event_type == event_type


AUG_5 = datetime(2024, 8, 5, tzinfo=timezone.utc)  # a Monday


@pytest.mark.parametrize("text", [
    # a body's own sitting ahead, that a time is told by, is no meeting of parties
    "Some strategists called on the Federal Reserve to act before its September meeting.",
    "Analysts expect no change in rates ahead of its next policy meeting.",
])
def test_a_body_s_own_sitting_ahead_is_no_consult(text):
    assert "CONSULT" not in {e.event_type for e in events_of(text, AUG_5)}


@pytest.mark.parametrize("text", [
    # guards: a sitting where the story happens, one with a party met, parties' own meeting
    "The union held off on an endorsement at its winter meeting in San Diego on Wednesday.",
    "The council will hear the envoy before its meeting with the Iranian foreign minister on Friday.",
    "Biden and Xi held their first meeting in a year on Wednesday.",
])
def test_a_meeting_told_as_one_stays(text):
    assert "CONSULT" in {e.event_type for e in events_of(text, AUG_5)}


@pytest.mark.parametrize("text, trigger, country", [
    # a party's act told with no place, in a story that places its events in the party's one country: in it
    ("The Australian Competition and Consumer Commission is investigating Coles and Woolworths over alleged price "
     "gouging. Shoppers protested outside a Coles store in Sydney on Monday.", "investigating", "AUS"),
    # guards: a party of another country, a story of two countries, an act of no party of a country
    ("China on Monday accused the United States of bullying. Protesters rallied in Beijing on Sunday.", "accused",
     None),
    ("Australia's watchdog is investigating the merger. Shoppers protested in Sydney on Monday. Farmers rallied in "
     "Auckland on Tuesday.", "investigating", None),
    ("The European Commission on Monday opened an investigation into TikTok. Protesters rallied in Brussels on "
     "Sunday.", "investigation", None),
])
def test_a_party_s_act_told_with_no_place_in_a_story_of_its_country(text, trigger, country):
    found = event_on(text, trigger, MAY_1)
    assert (found.location, found.location_country) == (None, country)


APR_18 = datetime(2024, 4, 18, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, noun", [
    # a noun after "the" that names the act told just before is one more mention of it
    ("The United States reimposed oil sanctions on Venezuela on Wednesday. Venezuela's government condemned the "
     "move.", "sanctions", "move"),
    ("Congo and Rwanda agreed to a ceasefire on Tuesday. The truce is meant to halt fighting.", "agreed", "truce"),
    ("Armenia and Azerbaijan signed an agreement on Tuesday. The agreement was welcomed by the European Union.",
     "signed", "agreement"),
    ("The government expelled two Russian diplomats on Tuesday. Moscow said the decision would not go unanswered.",
     "expelled", "decision"),
])
def test_a_noun_that_points_back_is_a_mention_of_the_act(text, trigger, noun):
    found = event_on(text, trigger, APR_18)
    doc = published_doc(text, APR_18)
    merged, mentions = coref.merge(doc, events.extract(doc, []))
    own = [m.trigger for m in mentions if m.event_id == found.event_id]
    assert found.mentions == 2 and own[-1] == noun


@pytest.mark.parametrize("text", [
    # guards: a noun that is what the act's own sentence takes, a move after a promise, a decision to do something
    # new, two acts it may name, a verb
    "Environmentalists on Tuesday welcomed the decision.",
    "Trump promised on Tuesday to keep the jobs in Chicago. The move to Mexico angered workers.",
    "The government expelled two diplomats on Tuesday. The decision to close the consulate came later.",
    "The government expelled two diplomats and froze Russian assets on Tuesday. Moscow condemned the move.",
    "Trump promised on Tuesday to tax companies that move factories abroad.",
])
def test_a_noun_that_names_no_act_told_before_adds_no_mention(text):
    assert all(e.mentions == 1 for e in events_of(text, APR_18))


@pytest.mark.parametrize("text, trigger", [
    # blows struck at a person are a beating
    ("A man punched and kicked a bus driver in Leeds on Friday.", "kicked"),
    ("A man punched a journalist outside the court in Manaus on Friday.", "punched"),
])
def test_blows_struck_at_a_person_are_a_beating(text, trigger):
    found = event_on(text, trigger, MAY_1)
    assert (found.event_type, found.event_mode) == ("ASSAULT", "beat")


@pytest.mark.parametrize("text", [
    # guards: a ball kicked, a member kicked out, a boxer's punches, a metaphor's punch, a fine slapped on someone
    "Saka kicked the ball past the goalkeeper in the 78th minute.",
    "The party kicked out two members on Friday.",
    "Alvarez punched his opponent in the third round before the referee stopped the fight.",
    "Clinton and Warren delivered a potent one-two punch to the Republican nominee.",
    "The regulator slapped a fine on the man on Friday.",
])
def test_no_blow_at_a_person_is_no_beating(text):
    assert "ASSAULT" not in {e.event_type for e in events_of(text, MAY_1)}


@pytest.mark.parametrize("text, trigger, actor", [
    # "long" between a perfect's auxiliary and its verb leaves the subject the doer
    ("Moscow had long demanded Krasikov's return.", "demanded", "Moscow"),
    ("Rival Republican candidates have long criticized Mr. Trump.", "criticized", "Rival Republican candidates"),
    # guard: "long" of a noun phrase
    ("Protesters began a long march to the capital on Monday.", "march", "Protesters"),
])
def test_the_doer_of_a_perfect_told_with_long(text, trigger, actor):
    assert event_on(text, trigger, MAY_1).actor == actor


SEP_15 = datetime(2023, 9, 15, tzinfo=timezone.utc)  # a Friday


@pytest.mark.parametrize("text, trigger, day", [
    # what ", with" and a participle tell after a dated clause goes on at its time
    ("The European Union's latest attempt to broker a normalisation of relations between Serbia and Kosovo ended in "
     "acrimony on Thursday, with the bloc's top diplomat openly blaming Kosovo's prime minister for the failure.",
     "blaming", date(2023, 9, 14)),
    # guard: a date of its own in the clause after "with"
    ("The summit ended on Wednesday, with protesters clashing with police in the city centre on Thursday.",
     "clashing", date(2023, 9, 14)),
])
def test_a_with_clause_after_a_dated_clause(text, trigger, day):
    found = event_on(text, trigger, SEP_15)
    assert (found.date, found.date_precision) == (day, "day")
