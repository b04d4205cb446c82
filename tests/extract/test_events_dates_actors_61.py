"""Dates and participants of events (stop 61): a weekday a reported "would" puts ahead, a sentence in the present
between, a date of a relative clause, the day of a speech that announces an act, the day a thing begins, a date before
a light verb; the country of a person's role told again, verbs that announce or adopt an event noun, verbs of undergoing
("drew criticism"), a verb after "and" past a perfect in what was said, a relative clause closed by a comma. Every text
is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAY_14 = datetime(2024, 5, 14, tzinfo=timezone.utc)  # a Tuesday


def _dated(text: str, trigger: str) -> tuple[date | None, str]:
    [found] = [e for e in events_of(text, MAY_14) if e.trigger == trigger]
    return found.date, found.date_precision


@pytest.mark.parametrize("text, trigger, day", [
    # a weekday of what someone said would happen: the coming one
    ("A union spokesperson said workers would hold a rally on Thursday.", "rally", date(2024, 5, 16)),
    ("The mediator said the truce would take effect on Sunday.", "take effect", date(2024, 5, 19)),
    ("The minister said she would visit Kyiv on Friday.", "visit", date(2024, 5, 17)),
    # guards: what happened, or would have
    ("On Sunday, gunmen killed five villagers in Zamfara state.", "killed", date(2024, 5, 12)),
    ("The minister said on Monday she would visit Kyiv.", "visit", None),
    ("The talks would have resumed on Friday but for the strike.", "talks", date(2024, 5, 10)),
])
def test_a_weekday_of_what_would_happen_is_the_coming_one(text, trigger, day):
    assert _dated(text, trigger)[0] == day


MAR_11 = datetime(2024, 3, 11, tzinfo=timezone.utc)  # a Monday


@pytest.mark.parametrize("text, day", [
    # a sentence in the present between tells of another time: the event goes on from the one in the past
    ("Arsenal beat Chelsea 3-1 at the Emirates last night. Rice limped off and is a doubt for Saturday's trip to "
     "Brighton. Rival fans clashed on Holloway Road after the final whistle.", date(2024, 3, 10)),
    ("Arsenal beat Chelsea 3-1 at the Emirates last night. Rice is a doubt for the trip to Brighton on Saturday. "
     "Rival fans clashed on Holloway Road after the final whistle.", date(2024, 3, 10)),
    # guards: the only date told before is in the present, or the sentence in between is in the past
    ("Fans gathered outside the stadium on Saturday, and there is anger at the club. Rival fans clashed on Holloway "
     "Road.", date(2024, 3, 9)),
    ("Arsenal beat Chelsea 3-1 at the Emirates last night. Rice limped off on Saturday. Rival fans clashed on "
     "Holloway Road after the final whistle.", date(2024, 3, 9)),
])
def test_a_sentence_in_the_present_between_does_not_date_the_next(text, day):
    [found] = [e for e in events_of(text, MAR_11) if e.trigger == "clashed"]
    assert found.date == day


JAN_12 = datetime(2024, 1, 12, tzinfo=timezone.utc)  # a Friday


@pytest.mark.parametrize("text, trigger, day", [
    # the date that ends a relative clause on the subject is the clause's, not the predicate's after it
    ("South Africa, which filed the case on December 29, asked the court on Thursday to order Israel to halt its "
     "operations.", "asked", date(2024, 1, 11)),
    ("South Africa, which filed the case on December 29, asked the court to order Israel to halt its operations.",
     "asked", None),
    ("Pence, who had stayed neutral since March, praised Cruz on the radio.", "praised", None),
    # guards: a date of the predicate, and one that ends the relative clause of an event
    ("The protesters, who gathered on Monday, clashed with police on Tuesday.", "clashed", date(2024, 1, 9)),
    ("The protesters, who gathered on Monday, clashed with police.", "gathered", date(2024, 1, 8)),
])
def test_a_date_of_a_relative_clause_on_the_subject_stays_in_it(text, trigger, day):
    [found] = [e for e in events_of(text, JAN_12) if e.trigger == trigger]
    assert (found.date if found.date_source in ("text", "context") else None) == day


MAR_14 = datetime(2025, 3, 14, tzinfo=timezone.utc)  # a Friday


@pytest.mark.parametrize("text, trigger, day", [
    # an act a speech announces: the speech's day, when nothing else dates it
    ("Armenia and Azerbaijan said on Thursday they had finalised the text of a peace treaty.", "finalised",
     date(2025, 3, 13)),
    ("Qatar's prime minister announced on Wednesday night that Israel and Hamas had agreed a ceasefire deal.",
     "agreed", date(2025, 3, 12)),
    # guards: an incident is reported after it; a day of its own; what is yet to come
    ("Police said on Thursday that gunmen killed five villagers in Zamfara.", "killed", None),
    ("Armenia and Azerbaijan said on Thursday they had finalised a peace treaty on Monday.", "finalised",
     date(2025, 3, 10)),
    ("Hamas said on Thursday it would release three hostages.", "release", None),
])
def test_an_act_a_speech_announces_takes_its_day(text, trigger, day):
    [found] = [e for e in events_of(text, MAR_14) if e.trigger == trigger]
    assert (found.date if found.date_source in ("text", "context") else None) == day


JUL_31 = datetime(2024, 7, 31, tzinfo=timezone.utc)  # a Wednesday


@pytest.mark.parametrize("text, trigger, day", [
    # the day what a noun names begins is not the day of the event
    ("Congo and Rwanda have agreed to a ceasefire starting Aug. 4, after talks in Luanda.", "agreed", None),
    ("The two sides agreed to a truce beginning Sunday.", "agreed", None),
    # guards: a day of the event's own, and a day that opens the sentence
    ("Congo and Rwanda agreed on Tuesday to a ceasefire starting Aug. 4.", "agreed", date(2024, 7, 30)),
    ("Beginning on Monday, protesters marched through Nairobi.", "marched", date(2024, 7, 29)),
])
def test_the_day_a_thing_begins_is_not_the_events(text, trigger, day):
    [found] = [e for e in events_of(text, JUL_31) if e.trigger == trigger]
    assert (found.date if found.date_source in ("text", "context") else None) == day


@pytest.mark.parametrize("text, actor, country", [
    # a person told again by surname or pronoun keeps the country of the role first told with the name
    ("German Chancellor Olaf Scholz spoke in Berlin on Tuesday. Scholz accused Vladimir Putin of destroying "
     "Ukraine's power grid.", "Scholz", "DEU"),
    ("U.S. Ambassador Linda Thomas-Greenfield spoke on Monday. She urged the Sudanese army to keep the border "
     "crossing open.", "She", "USA"),
    ("Kenyan President William Ruto arrived in Washington on Monday. He urged the United States to invest in Africa.",
     "He", "KEN"),
    ("New Jersey Gov. Chris Christie spoke on Monday. Christie accused the mayor of lying.", "Christie", "USA"),
    # guards: a country the office serves, and no role at all
    ("UN envoy to Yemen Hans Grundberg spoke on Monday. Grundberg accused the Houthis of stalling.", "Grundberg", None),
    ("Olaf Scholz spoke in Berlin on Tuesday. Scholz accused the opposition of lying.", "Scholz", None),
])
def test_a_person_told_again_keeps_the_country_of_the_role(text, actor, country):
    [found] = [e for e in events_of(text, MAY_14) if e.event_type in ("ACCUSE", "REQUEST")]
    assert (found.actor, found.actor_country) == (actor, country)


@pytest.mark.parametrize("text, actor", [
    # the subject of a verb that announces or adopts an event noun does it, as after "imposed"
    ("The United States said on Wednesday it would reimpose oil sanctions on Venezuela.", "United States"),
    ("China yesterday announced sanctions on seven US defense companies.", "China"),
    ("European Union foreign ministers on Monday adopted a 14th package of sanctions against Russia.",
     "European Union foreign ministers"),
    ("The Treasury unveiled a raft of sanctions against Iranian oil firms.", "Treasury"),
    # guards: imposed, as before; a reported event, whose doer is the clause's
    ("The United States imposed sanctions on Venezuela.", "United States"),
])
def test_the_subject_of_a_verb_that_announces_a_sanction_imposes_it(text, actor):
    [found] = [e for e in events_of(text, MAY_14) if e.event_type == "SANCTION"]
    assert found.actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    # a verb in the simple past after "and" goes with "said", past a perfect in what was said
    ("Volodymyr Zelensky said Russian strikes had destroyed power plants and urged partners to send more air "
     "defence.", "urged", "Volodymyr Zelensky"),
    ("The minister said the army had retaken the town and called on residents to return home.", "called on",
     "minister"),
    ("He said the EU had adopted the Serbian position and accused Belgrade of stalling.", "accused", "He"),
    # guards: the perfect's subject goes on ("had stormed … and killed"), and an act of no directing
    ("Officials said gunmen had stormed the village and killed five people.", "stormed", "gunmen"),
    ("Police said the suspects had broken into the house and demanded cash.", "demanded", "suspects"),
])
def test_a_verb_after_and_goes_with_said_past_a_perfect(text, trigger, actor):
    [found] = [e for e in events_of(text, MAY_14) if e.trigger == trigger]
    assert found.actor == actor


@pytest.mark.parametrize("text, actor, target", [
    # the subject of a verb of undergoing is the target of the event noun after it; "from" names who did it
    ("Joseph Ladapo drew criticism after he sent a letter to parents.", None, "Joseph Ladapo"),
    ("The governor faced sharp criticism from opposition lawmakers.", "opposition lawmakers", "governor"),
    ("Sanders has faced criticism from Clinton about how he would pay for universal health care.", "Clinton",
     "Sanders"),
    ("The minister drew condemnation from Kyiv.", "Kyiv", "minister"),
    # guards: an event noun past a preposition, or after a possessive; "came under fire", as before
    ("The AP received the calendars through a lawsuit against the State Department.", None, "State Department"),
    ("The finance minister has come under fire from opposition parties.", "opposition parties", "finance minister"),
])
def test_the_subject_of_a_verb_of_undergoing_is_the_target(text, actor, target):
    [found] = [e for e in events_of(text, MAY_14) if e.event_type == "ACCUSE"]
    assert (found.actor, found.target) == (actor, target)


JUN_27 = datetime(2024, 6, 27, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, day", [
    # a date right before a light verb dates the event noun it carries, a few words on
    ("European Union foreign ministers on Monday adopted a 14th package of sanctions against Russia.",
     date(2024, 6, 24)),
    ("The United States on Monday imposed a fresh round of sanctions on Venezuelan officials.", date(2024, 6, 24)),
    # guards: as before, a noun right after the light verb
    ("The United States on Monday imposed sanctions on Venezuela.", date(2024, 6, 24)),
])
def test_a_date_before_a_light_verb_dates_its_noun(text, day):
    [found] = [e for e in events_of(text, JUN_27) if e.event_type == "SANCTION"]
    assert (found.date, found.date_precision) == (day, "day")



@pytest.mark.parametrize("text, actor", [
    # a comma closes the relative clause, past the auxiliaries of the verb after "and"
    ("Tshisekedi said he would not negotiate with M23, which he calls a terrorist group, and has demanded the "
     "withdrawal of Rwandan troops.", "he"),
    ("Police dispersed protesters who blocked the road, and have also arrested 14 of them.", "Police"),
    # guard: no comma, the relative clause goes on
    ("Tshisekedi said he would not negotiate with M23, which has seized Goma and has demanded talks.", "M23"),
])
def test_a_verb_after_a_relative_clause_in_commas_is_the_main_clauses(text, actor):
    [found] = [e for e in events_of(text, MAY_14) if e.trigger in ("demanded", "arrested")]
    assert found.actor == actor
