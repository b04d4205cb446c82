"""Who does what a verb after "to" says: the object of a verb of control, the subject of the verb before it, the
possessor of a noun of intent, or the doer of the clause the infinitive gives the purpose of."""
import pytest

from tests.extract.test_events_grammar import _one


@pytest.mark.parametrize("text, trigger, actor", [
    # the object of a verb of control does it
    ("The governor ordered police to arrest the organisers.", "arrest", "police"),
    ("The council urged the junta to release the detained journalists.", "release", "junta"),
    ("The EU called on Moscow to withdraw its troops.", "withdraw", "Moscow"),
    ("The ministry sent troops to the border to fight the insurgents.", "fight", "troops"),
    ("Rebels repelled the assault, forcing the government forces to retreat.", "retreat", "government forces"),
    # the subject of the verb right before "to", active or passive
    ("The rebels agreed to release the hostages.", "release", "rebels"),
    ("The militia threatened to kill the captives.", "kill", "militia"),
    ("Officials said the gunmen tried to storm the compound.", "storm", "gunmen"),
    ("The minister was forced to resign.", "resign", "minister"),
    # a clause of purpose: the doer of the clause's verb
    ("Soldiers stormed the compound near the river to arrest the suspects.", "arrest", "Soldiers"),
    ("Police fired tear gas in order to disperse the crowd.", "disperse", "Police"),
    ("Farmers burned tyres and banged pots to reject the new tax.", "reject", "Farmers"),
    ("Youths threw stones and police fired tear gas to disperse the youths.", "disperse", "police"),
    ("Around 300 traders blocked the highway as a protest to reject the new fees.", "reject", "traders"),
    # the possessor of a noun of intent
    ("The protest followed the judges' decision to release dozens of inmates.", "release", "judges"),
])
def test_the_doer_of_an_infinitive(text, trigger, actor):
    assert _one(text, trigger).actor == actor


@pytest.mark.parametrize("text, trigger", [
    # an infinitive after another noun is no purpose of the clause's subject
    ("A smuggler was killed after exchanging fire with soldiers during an operation to arrest him.", "arrest"),
    # what the subject of a passive underwent
    ("The detainees were subjected to torture in the camp.", "torture"),
])
def test_no_doer_for_an_infinitive_that_no_clause_gives_one(text, trigger):
    assert _one(text, trigger).actor is None


def test_the_subject_of_a_second_clause_after_and_is_no_longer_phrase():
    # "Youths threw stones and police" is no noun phrase: the verb "threw" ends the first clause
    assert _one("Youths threw stones and police fired tear gas.", "fired").actor == "police"
    assert _one("The heavily armed men and police raided the village.", "raided").actor == "heavily armed men and police"


def test_a_noun_that_looks_like_a_verb_of_control_is_no_verb_of_control():
    # "forces" is the head of the subject here, not a verb whose object acts
    assert _one("One man was injured when security forces tried to disperse the crowd.", "disperse").actor == (
        "security forces")
