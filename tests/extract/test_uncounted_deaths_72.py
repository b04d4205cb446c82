"""Deaths a sum of the dead missed (stop 72): told in an idiom of official or translated military prose, by an
ellipsis of the verb of a death before them ("as did a passenger"), or as a part of the armed side after the dead of
the side it attacked ("A soldier was killed …, and four of the rebels were killed"). Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

MARCH_4 = datetime(2025, 3, 4, tzinfo=timezone.utc)


def _killed(text: str) -> int:
    """The sum of the dead the article's estimates give, as the shared scorer sums them."""
    return killed(text, MARCH_4)


@pytest.mark.parametrize("text, dead", [
    ("Jihadists overran a border post near Menaka on Monday. The general staff said 5 of our soldiers fell on the "
     "field of honour and 8 others were wounded.", 5),
    ("Two policemen laid down their lives defending the checkpoint at Kurmi on Sunday, the inspector general said.", 2),
    ("Eleven soldiers made the supreme sacrifice when insurgents struck their convoy on Friday, the ministry "
     "said.", 11),
    ("Gunmen ambushed a patrol outside Bambari on Tuesday. Paramedics pronounced the sergeant deceased at the scene, "
     "a police spokesman said.", 1),
    ("A landmine blast on the road to Tessit cost the lives of a lieutenant and four privates, the army said on "
     "Wednesday.", 5),
])
def test_a_death_told_by_an_idiom_is_counted(text, dead):
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # guards: the same words without a death
    ("The striker fell on the field in the second half and was replaced, the coach said on Monday.", 0),
    ("Shares in the bank fell in early trading on Monday after it cut its forecast.", 0),
    ("The volunteers gave their time to rebuild the school in Kasese, the mayor said on Sunday.", 0),
])
def test_the_same_words_without_a_death_count_none(text, dead):
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("Gunmen fired on a minibus near the market in Kaduna on Monday. The driver died instantly, as did a woman seated "
     "behind him, police said.", 2),
    ("A bomb planted under a car exploded in Mosul on Monday. The driver was killed, as was his brother, police "
     "said.", 2),
    ("Two guards died in the blast at the gate of the ministry on Monday, as did three passers-by, officials said.", 5),
    ("Police said Ali Musa was shot dead outside his shop on Monday, as was Hassan Omar, his business partner.", 2),
])
def test_the_people_of_an_ellipsis_of_a_death_are_more_dead(text, dead):
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # guards: an ellipsis of no harm, or of a verb told of the doers
    ("A lorry overturned on the highway near Jos on Monday. The driver escaped unhurt, as did his passenger.", 0),
    ("Robbers killed a guard at the bank on Monday, as did the gang that raided a shop nearby, police said.", 1),
    ("The minister resigned on Monday, as did his deputy, after the row over the contracts.", 0),
])
def test_an_ellipsis_of_no_death_counts_no_more(text, dead):
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("A soldier was killed when rebels ambushed a convoy near Beni on Monday, and four of the rebels were killed in "
     "the fighting, the army said.", 5),
    ("A policeman was killed and another wounded when gunmen attacked a checkpoint on Saturday, and two of the "
     "militants were killed in the exchange of fire, the governor said.", 3),
    ("A prison guard died when about 30 armed men stormed the jail on Sunday; three of the attackers were shot dead by "
     "reinforcements, officials said.", 4),
    ("Rebels attacked a village on Monday, killing five civilians. Two of the rebels were also killed.", 7),
])
def test_the_attackers_told_as_a_part_of_their_own_side_are_no_part_of_the_dead_they_attacked(text, dead):
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # guards: a part of the same side is a part of its dead
    ("Five soldiers were killed on Monday when militants attacked a post near Gao. Two of the soldiers died in "
     "hospital.", 5),
    ("Ten militants were killed when troops raided a camp on Monday, and three of the militants were commanders, the "
     "army said.", 10),
])
def test_a_part_of_the_same_side_stays_a_part(text, dead):
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("A councillor from the opposition party in the northern town of Dera was shot dead along with his driver on "
     "Monday, police said.", 2),
    ("Insurgents stormed a base near Arish on Friday. An officer with the rank of first lieutenant and two privates "
     "were killed in the assault, the army said.", 3),
    ("A nurse from the district clinic in the village of Kemo was killed when shells hit the market on Sunday, "
     "officials said.", 1),
])
def test_one_person_told_with_phrases_of_what_and_where_they_are_takes_the_verb_past_them(text, dead):
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # guard: the object of an active verb takes no passive past its phrases
    ("Gunmen abducted a councillor from the opposition party in the town of Dera on Monday, police said.", 0),
])
def test_a_person_with_phrases_and_no_verb_of_harm_counts_none(text, dead):
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("Officers found a man with gunshot wounds in the car park, and medics pronounced the victim dead at the scene. A "
     "second victim, a woman, was driven to hospital, where she died later that night.", 2),
    ("A guard was shot dead at the gate of the depot on Friday. Another guard ran to help, and he was killed by a "
     "second burst of fire, the company said.", 2),
])
def test_a_pronoun_of_one_more_its_sentence_brought_in_is_one_more_dead(text, dead):
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # guard: a pronoun of the one told dead before is that one, told again
    ("A man was shot dead outside a bar in the old town on Saturday. Police said he died at the scene.", 1),
])
def test_a_pronoun_of_the_dead_told_before_is_no_more(text, dead):
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("The army said on Thursday it had killed 14 insurgents in raids on hideouts near Arish, in an operation that also "
     "cost the lives of an officer and two conscripts. An officer with the rank of first lieutenant and two conscripts "
     "were killed when a bomb hit their vehicle during the raids, the spokesman said.", 17),
])
def test_one_person_of_a_list_told_again_is_counted_once(text, dead):
    assert _killed(text) == dead
