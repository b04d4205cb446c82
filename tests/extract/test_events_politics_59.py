"""Political coverage read again (stop 59): goals met, comments declined and messages sent as signals are no events;
who helps do an act, who calls someone to do it, and a span of time that is no target. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

JUN_7 = datetime(2016, 6, 7, tzinfo=timezone.utc)  # a Tuesday


@pytest.mark.parametrize("text", [
    '"We\'re meeting our benchmarks," said a spokeswoman for the committee.',
    "The ministry said it had met all its targets for the year.",
    "The bank must meet the deadline or default on its bonds.",
    "Cruz met the criteria for the ballot in every state.",
    "Candidates who meet the constitutional requirements are eligible.",
])
def test_a_goal_met_is_no_meeting(text):
    assert not any(e.event_type == "CONSULT" for e in events_of(text, JUN_7))


@pytest.mark.parametrize("text, actor", [
    ("Obama met Netanyahu at the White House on Monday.", "Obama"),
    ("The foreign ministers met in Vienna on Monday to discuss the emission targets.", "foreign ministers"),
    ("Kerry will meet with Lavrov in Geneva before the deadline expires.", "Kerry"),
])
def test_a_meeting_of_people_stays_one(text, actor):
    [found] = [e for e in events_of(text, JUN_7) if e.trigger.startswith("met") or e.trigger == "meet"]
    assert (found.event_type, found.actor) == ("CONSULT", actor)


@pytest.mark.parametrize("text", [
    "Corker declined to comment on the sanctions proposal.",
    "A spokeswoman for the school declined to speculate on the plan.",
    "The ministry declined to say how many requests for asylum were made.",
    "The foundation has refused to comment on the donations.",
])
def test_a_comment_declined_is_no_refusal(text):
    assert not any(e.event_type == "REJECT" for e in events_of(text, JUN_7))


@pytest.mark.parametrize("text, trigger", [
    ("Iran declined the offer of talks on Monday.", "declined"),
    ("Clinton refused to say that Sanders was ready to lead, aides said.", "refused"),
])
def test_a_refusal_of_something_stays_one(text, trigger):
    assert event_on(text, trigger, JUN_7).event_type == "REJECT"


@pytest.mark.parametrize("text", [
    "Closing the department would send the wrong message, he added.",
    "His decision sends a clear message to grassroots conservatives.",
    "The drills sent a strong signal to Moscow, analysts said.",
])
def test_a_message_sent_as_a_signal_is_no_contact(text):
    assert not any(e.event_type == "CONSULT" for e in events_of(text, JUN_7))


def test_a_message_delivered_stays_contact():
    found = event_on("Putin sent a New Year message to Kim Jong Un on Monday.", "sent", JUN_7)
    assert (found.event_type, found.actor, found.target) == ("CONSULT", "Putin", "Kim Jong Un")


@pytest.mark.parametrize("text, trigger, actor", [
    ("But the president helped broker a truce in Gaza that fall.", "broker", "president"),
    ("Shane Shook, a security expert who has helped investigate the breaches, said he saw no evidence.",
     "investigate", "security expert"),
])
def test_who_helps_do_an_act_does_it(text, trigger, actor):
    assert event_on(text, trigger, JUN_7).actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    # a phone call's purpose is the caller's
    ("Clinton said that she called Sanders on Tuesday to congratulate him.", "congratulate", "she"),
    ("He said he never called a donor to ask for money.", "ask for", "he"),
    # through a particle or as a passive, the call asks someone else to act
    ("Trump called for the president to resign on Sunday.", "resign", "president"),
    ("Trump called for a special prosecutor to investigate the emails.", "investigate", "special prosecutor"),
    ("Protesters called on the mayor to resign on Sunday.", "resign", "mayor"),
])
def test_who_a_call_makes_act(text, trigger, actor):
    assert event_on(text, trigger, JUN_7).actor == actor


@pytest.mark.parametrize("text, trigger", [
    ("As the platform committee meets over the next two days in Cleveland, delegates are pushing for change.",
     "meets"),
    ("Herders were seeking to recover cattle stolen the previous day.", "stolen"),
])
def test_a_span_of_time_is_no_target(text, trigger):
    assert event_on(text, trigger, JUN_7).target is None


def test_what_one_cannot_do_is_not_done_and_ends_no_name():
    found = event_on("Though campaigns cannot investigate every donation they receive, they try.", "investigate",
                     JUN_7)
    assert (found.actor, found.modality) == ("campaigns", "negated")


@pytest.mark.parametrize("text", [
    "The fuzzy video captured the raging national debate over trade.",
    "When Maddow pointed out the phrase, Clinton seized upon the reference on Monday.",
    "The network seized on the birther controversy to boost ratings.",
])
def test_a_debate_captured_or_a_remark_seized_upon_is_no_seizure(text):
    assert not any(e.event_type in {"COERCE", "ASSAULT"} for e in events_of(text, JUN_7))


@pytest.mark.parametrize("text, trigger", [
    ("Rebels seized the town of Kova on Monday.", "seized"),
    ("Police seized on Monday five kilograms of heroin in Karachi.", "seized"),
])
def test_a_seizure_stays_one(text, trigger):
    assert event_on(text, trigger, JUN_7).event_type in {"COERCE", "ASSAULT"}


@pytest.mark.parametrize("text", [
    "Sanders is struggling to demonstrate how Clinton was influenced by donations.",
    "Some miffed Sanders supporters threaten to cast protest votes in November.",
])
def test_showing_how_and_a_protest_vote_are_no_protest(text):
    assert not any(e.event_type == "PROTEST" for e in events_of(text, JUN_7))


def test_a_demonstration_stays_a_protest():
    assert event_on("Students demonstrated in Dhaka on Monday.", "demonstrated", JUN_7).event_type == "PROTEST"


def test_rather_opens_no_target():
    text = "Johnson asked why officials had tied the violence to spontaneous protests rather than labeling it terror."
    assert event_on(text, "protests", JUN_7).target is None


def test_compulsion_one_feels_is_no_threat():
    assert not any(e.event_type == "THREATEN" for e in events_of("Is there a point where you would feel compelled "
                                                                   "to speak out?", JUN_7))


@pytest.mark.parametrize("text, event_type", [
    ("He shot the video on his phone outside the stadium on Monday.", None),
    ("Three people were fatally shot on Monday at a screening of her film in Lafayette.", "ASSAULT"),
])
def test_a_film_is_shot_with_a_camera(text, event_type):
    assert {e.event_type for e in events_of(text, JUN_7) if e.trigger == "shot"} == ({event_type} - {None})


@pytest.mark.parametrize("text", [
    "Sanders has been criticized for offering vague responses to questions.",
    "Both men said there were no plans for an initial public offering.",
    "Trump offered an emotional defense of the city on Monday.",
    "Jeb Bush and his brother offered the waving, smiling feel of a reunion tour.",
])
def test_an_answer_or_a_feel_offered_is_no_undertaking(text):
    assert not any(e.event_type == "AGREE" for e in events_of(text, JUN_7))


@pytest.mark.parametrize("text, trigger, actor", [
    ("Qatar offered to mediate between the two sides on Monday.", "offered", "Qatar"),
    ("Turkey offered talks to the rebels on Monday.", "offered", "Turkey"),
    ("Saudi Arabia offered Egypt billions of dollars in aid on Monday.", "offered", "Saudi Arabia"),
    ("Maduro said the United States had renewed its offer for the FBI to cooperate.", "offer", None),
])
def test_an_offer_to_act_or_of_cooperation_stays_one(text, trigger, actor):
    found = event_on(text, trigger, JUN_7)
    assert found.event_type == "AGREE" and (actor is None or found.actor == actor)


@pytest.mark.parametrize("text", [
    "Even economists who favor consumption taxes agree that the change will be slow.",
    "Trump has won 758 pledged delegates, compared to Cruz's 538.",
])
def test_a_view_shared_and_pledged_delegates_are_no_undertaking(text):
    assert not any(e.event_type == "AGREE" for e in events_of(text, JUN_7))


@pytest.mark.parametrize("text", [
    "Cruz and Kasich have agreed to divide the remaining primaries.",
    "The two sides agreed a ceasefire on Monday.",
    "The parties agreed on a plan on Monday.",
])
def test_an_agreement_to_act_stays_one(text):
    assert event_on(text, "agreed", JUN_7).event_type == "AGREE"


@pytest.mark.parametrize("text, kept", [
    ("Phyllis Schlafly, who died Monday at the age of 92, wrote her final column.", False),
    ("The senator died of cancer in 2009.", False),
    ("The soldier died of his wounds in hospital on Monday.", True),
])
def test_a_death_of_illness_or_age_is_no_event(text, kept):
    assert any(e.trigger == "died" for e in events_of(text, JUN_7)) == kept


@pytest.mark.parametrize("text", [
    "But I recognize that I am far from the perfect champion in this fight.",
    "Mr. Trump recognized the need to reshape his persona on Monday.",
    "No other passenger recognized the Cabinet member on the flight.",
    'The new strategy is a "very welcome tack," he said.',
    "Such people are not welcome in our country, he said.",
])
def test_what_one_recognizes_or_a_welcome_thing_is_no_support(text):
    assert not any(e.event_type == "SUPPORT" for e in events_of(text, JUN_7))


@pytest.mark.parametrize("text, trigger", [
    ("Sweden recognized the state of Palestine on Monday.", "recognized"),
    ("Washington recognized Guaido as interim president on Monday.", "recognized"),
    ("The president welcomed the decision on Monday.", "welcomed"),
    ("We welcome the ceasefire, the minister said on Monday.", "welcome"),
])
def test_a_state_recognised_or_a_decision_welcomed_is_support(text, trigger):
    assert event_on(text, trigger, JUN_7).event_type == "SUPPORT"


@pytest.mark.parametrize("text", [
    "Christie and Bush may benefit if the Paris attacks compel voters to take a second look at the Republican race.",
    "Twitter highlighted top news tweets about the Paris attacks and the election campaign.",
])
def test_an_attack_named_by_its_town_is_one_of_force(text):
    found = event_on(text, "attacks", JUN_7)
    assert (found.event_type, found.actor, found.location) == ("ASSAULT", None, "Paris")


@pytest.mark.parametrize("text", [
    "Paris attacks Berlin over the budget deal, the minister said in the election campaign.",
    "Marco Rubio answered the Clinton attacks on his record in the Republican debate.",
])
def test_a_name_that_attacks_or_a_person_s_attacks_stay_words(text):
    assert not any(e.event_type == "ASSAULT" for e in events_of(text, JUN_7))


@pytest.mark.parametrize("text", [
    "It was all a headache for Republicans trying to rally support for Mr. Trump.",
    "She hopes to be able to rally the country behind her agenda.",
    "Trump sought to rally Republicans to his cause with sharp attacks on Clinton.",
])
def test_support_rallied_is_no_protest(text):
    assert not any(e.event_type == "PROTEST" for e in events_of(text, JUN_7))


def test_people_who_rally_outside_a_place_protest():
    text = "Local residents rallied outside a hotel in Kilkis on Monday against the arrival of migrants."
    assert event_on(text, "rallied", JUN_7).event_type == "PROTEST"


@pytest.mark.parametrize("text", [
    "A basketball team from Perry High was met with chants of Trump on Monday.",
    "Even in the House, Mr. Ryan's ideas have met with resistance.",
    'Sanders said on NBC\'s "Meet the Press" on Sunday that Clinton lacked judgment.',
])
def test_how_something_was_received_and_a_television_show_are_no_meeting(text):
    assert not any(e.event_type == "CONSULT" for e in events_of(text, JUN_7))


def test_meeting_with_protesters_stays_a_meeting():
    found = event_on("The mayor met with protesters at city hall on Monday.", "met", JUN_7)
    assert (found.event_type, found.actor) == ("CONSULT", "mayor")


@pytest.mark.parametrize("text", [
    "He was pictured at a London protest organized by Anjem Choudary, a convicted IS recruiter.",
    "More than 200,000 felons, convicted of both violent and non-violent crimes, will be allowed to vote.",
    "Illegal immigrants convicted of crimes won't be permitted to stay, he said.",
])
def test_people_described_by_an_old_verdict_are_no_conviction(text):
    assert not any(e.trigger == "convicted" for e in events_of(text, JUN_7))


@pytest.mark.parametrize("text", [
    "He was convicted of murder on Monday.",
    "A court in Paris convicted two men of helping the gunmen on Friday.",
    "Yanukovych, who was twice convicted of assault as a young man, won the election.",
])
def test_a_verdict_told_stays_a_conviction(text):
    assert event_on(text, "convicted", JUN_7).event_type == "COERCE"
