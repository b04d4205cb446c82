"""Diplomatic acts told as politics reports them: threats by warning, protests lodged, expulsions, airspace and trade
cut, proceedings and censure, pardons and pullouts, support put in words, refusals said, and what a demand or a
name given to an act only tells (stop 61). Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


def _types(text: str) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.trigger, e.modality) for e in events_of(text, JUL_4)]


def _kinds(text: str) -> set[str]:
    return {e.event_type for e in events_of(text, JUL_4)}


@pytest.mark.parametrize("text, event_type, trigger", [
    # a warning of a counter-move to come is a threat
    ("Russia's foreign ministry warned on Monday that Moscow would respond.", "THREATEN", "warned"),
    ("Dmitry Peskov warned that Russia would treat foreign instructors in Ukraine as legitimate targets.", "THREATEN",
     "warned"),
    ("Tehran warned that any attack on its soil would not go unanswered.", "THREATEN", "warned"),
    # a protest lodged with a government is a complaint
    ("Beijing on Monday lodged a stern protest with Manila.", "ACCUSE", "lodged a stern protest"),
    # envoys sent away, an airspace shut, trade halted, a bid to join frozen: relations cut
    ("Pakistan on Thursday expelled Indian defence attachés.", "SANCTION", "expelled"),
    ("Moldova on Wednesday ordered 45 Russian diplomats to leave the country.", "SANCTION", "ordered"),
    ("Moldova on Wednesday ordered 45 Russian diplomats and embassy staff to leave the country.", "SANCTION",
     "ordered"),
    ("Nicu Popescu said the expulsions of the diplomats would bring the Russian mission down to 25.", "SANCTION",
     "expulsions"),
    ("Pakistan on Thursday closed its airspace to Indian airlines.", "SANCTION", "closed its airspace to"),
    ("Pakistan on Thursday suspended all trade with India.", "SANCTION", "suspended"),
    ("Tbilisi on Thursday froze its EU accession bid.", "SANCTION", "froze"),
    ("Prime Minister Irakli Kobakhidze on Thursday froze the country's bid to join the European Union.", "SANCTION",
     "froze"),
    # talks halted are a refusal to meet
    ("Georgian Dream decided on Thursday to halt accession talks until 2028.", "REJECT", "halt"),
    # a formal case opened, a body's reproach
    ("The European Commission on Monday opened formal proceedings against TikTok.", "ACCUSE",
     "opened formal proceedings against"),
    ("The IAEA board of governors on Wednesday passed a resolution censuring Iran.", "ACCUSE", "censuring"),
    ("The board censured Iran on Wednesday.", "ACCUSE", "censured"),
    # a pardon, troops pulled out
    ("Belarus on Wednesday pardoned a German national.", "RETREAT", "pardoned"),
    ("France has begun pulling its soldiers out of Chad.", "RETREAT", "pulling"),
    # people of a nation freed, named by their demonym
    ("Venezuela freed ten Americans in December.", "RETREAT", "freed"),
    ("Hamas released three Israelis on Sunday.", "RETREAT", "released"),
    # a treaty suspended; ground retaken in an offensive
    ("Russia on Tuesday suspended the New START treaty.", "SANCTION", "suspended"),
    ("Azerbaijan retook Karabakh in a lightning offensive in September 2023.", "ASSAULT", "retook"),
    # a border crossing shut by order
    ("India on Wednesday ordered the closure of the Attari border crossing.", "SANCTION", "ordered"),
    # more counter-moves a warning or warnings say will come
    ("He warned that TikTok could face fines of up to 6% of its global turnover.", "THREATEN", "warned"),
    ("The board passed a resolution censuring Iran, defying warnings from Tehran that it would retaliate.", "THREATEN",
     "warnings"),
    # support in words, a move dismissed, a proposal accepted
    ("Romania and the European Union expressed support for Moldova on Thursday.", "SUPPORT", "expressed support for"),
    ("Venezuela's government on Thursday dismissed the American move.", "REJECT", "dismissed"),
    ("Prime Minister Sato on Friday dismissed calls for his resignation.", "REJECT", "dismissed"),
    ("Armenia on Thursday accepted Azerbaijan's proposals.", "AGREE", "accepted"),
])
def test_a_diplomatic_act_has_its_type(text, event_type, trigger):
    assert (event_type, trigger) in [(t, g) for t, g, _ in _types(text)]


@pytest.mark.parametrize("text", [
    # a warning of what no one will do, or of what nature or a market may do
    "The agency warned that the river would flood the lower town.",
    "Doctors warned that hospitals could run out of oxygen.",
    # one's own diplomats called home, staff told to go
    "The State Department ordered its diplomats to leave Sudan.",
    "The State Department ordered its diplomats and their families to leave Sudan.",
    "The company ordered staff to leave the building.",
    # an airspace closed with no one it is shut to, a bid in business
    "Israel closed its airspace on Saturday night.",
    # a warning of what a policy may do
    "Economists warned that the measures could fuel inflation.",
    "Doctors warned that patients would be treated in corridors.",
    "Doctors warned that surgery would be necessary for many patients.",
    "Officials warned that ambulances could not respond in time.",
    # a hiring freeze, a takeover bid suspended
    "The company froze hiring on Monday.",
    "The company suspended its takeover bid on Monday.",
])
def test_no_diplomatic_act(text):
    assert not _kinds(text) & {"THREATEN", "SANCTION"}


@pytest.mark.parametrize("text", [
    # what is released that is no people, though a demonym names whose it is
    "The ministry released the Americans' names on Sunday.",
    "The company released its results on Sunday.",
])
def test_no_release_of_people(text):
    assert "RETREAT" not in _kinds(text)


@pytest.mark.parametrize("text, event_type", [
    # a protest in the street stays a protest; an army pulling out stays a retreat
    ("Protesters gathered in protest at the killing of a student.", "PROTEST"),
    ("Police fired tear gas at hundreds who gathered in protest against the verdict.", "PROTEST"),
    ("The army withdrew from the town on Monday.", "RETREAT"),
    ("Hundreds of people protested in Nairobi on Tuesday.", "PROTEST"),
    # an old warning of a disaster stays no threat; expelling an ambassador stays a sanction
    ("Kenya expelled the French ambassador on Tuesday.", "SANCTION"),
    # schools shut by order stay an order
    ("The governor ordered the closure of schools on Wednesday.", "REQUEST"),
])
def test_guards_keep_their_type(text, event_type):
    assert event_type in _kinds(text)


def test_a_protest_that_is_the_motive_of_a_recall_is_no_street_protest():
    text = "Algeria on Tuesday recalled its ambassador to France in protest at Paris's decision."
    assert _kinds(text) == {"SANCTION"}


@pytest.mark.parametrize("text, trigger", [
    ("Congo's President Felix Tshisekedi said on Tuesday he would not negotiate with M23.", "negotiate"),
    ("Iran will never agree to dismantle its missile programme, the minister said.", "agree"),
])
def test_a_refusal_said_is_a_rejection_not_a_negated_act(text, trigger):
    [(event_type, found, modality)] = [t for t in _types(text) if t[1] == trigger]
    assert event_type == "REJECT" and modality in ("asserted", "reported")


@pytest.mark.parametrize("text, event_type", [
    # not done, and no refusal said
    ("The rebels did not negotiate with the government.", "CONSULT"),
    # a refusal word under a negation stays negated
    ("The minister said Iran would not reject the offer.", "REJECT"),
])
def test_a_negated_act_stays_negated(text, event_type):
    assert (event_type, "negated") in [(t, m) for t, _, m in _types(text)]


def test_a_failure_to_cooperate_is_no_cooperation():
    text = "The board censured Iran on Wednesday for failing to cooperate with inspectors."
    assert [m for t, _, m in _types(text) if t == "COOPERATE"] in ([], ["negated"])


def test_a_negation_of_a_passive_before_and_does_not_reach_the_active_verb_after():
    text = "Somaliland's foreign ministry said on Thursday it had not been consulted and rejected the agreement."
    assert [m for t, _, m in _types(text) if t == "REJECT"] in (["asserted"], ["reported"])


@pytest.mark.parametrize("text", [
    "The two activists were not arrested or charged with any crime.",
    "Police did not attack and arrest the protesters.",
])
def test_a_shared_negation_still_negates_both(text):
    assert {m for _, _, m in _types(text)} == {"negated"}


@pytest.mark.parametrize("text", [
    'China announced sanctions on US firms, in what Taiwan\'s foreign ministry called "crude intimidation."',
    'Kyiv described the strikes as "a blatant act of aggression".',
])
def test_the_quoted_name_given_to_an_act_is_no_act(text):
    assert "THREATEN" not in _kinds(text) and "ASSAULT" not in {
        t for t, g, _ in _types(text) if g.lower() == "aggression"}


@pytest.mark.parametrize("text", [
    "The communiqué also demanded Mr Bazoum's immediate release.",
    "Protesters demanded Imran Khan's release.",
])
def test_what_a_demand_asks_for_is_not_done(text):
    assert [m for t, _, m in _types(text) if t == "RETREAT"] in ([], ["future"])


def test_a_settlement_a_person_accepted_tells_who_they_are():
    text = "Gunmen shot dead a former opposition fighter who accepted the reconciliation deal in Daraa."
    assert _kinds(text) == {"ASSAULT"}


def test_a_failure_in_a_clause_before_does_not_negate():
    assert ("ASSAULT", "asserted") in [(t, m) for t, _, m in _types(
        "After failing to win in Iowa, Christie attacked Rubio on Tuesday.")] or ("ACCUSE", "asserted") in [
        (t, m) for t, _, m in _types("After failing to win in Iowa, Christie attacked Rubio on Tuesday.")]
