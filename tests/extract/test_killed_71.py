"""A sum of a news story's dead counts each death once (stop 71): the rest of a toll told in parts, the more a grown
toll grew by, a claim the other side denied and a war's toll told in a relative clause are no more dead of the story's
incident. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

MAY_8 = datetime(2025, 5, 8, tzinfo=timezone.utc)


def _killed(text: str) -> int:
    """The story's dead as a sum over its estimates of the dead (value, else the low end), as the scorers sum them."""
    return killed(text, MAY_8)


@pytest.mark.parametrize("text, expected", [
    ("A bomb hidden in a market stall killed six people in the town on Tuesday, police said. Four of them died at the "
     "scene, while two others died later in hospital.", 6),
    ("Gunmen attacked a wedding party in the district on Monday night, killing seven guests. Five of the victims were "
     "shot dead in the courtyard and two others were killed as they tried to flee.", 7),
    ("Clashes between two clans left nine people dead on Sunday, elders said. Six of the dead were fighters; three "
     "other people were killed by stray bullets.", 9),
    # guards: others beyond the toll are more dead; others with no part told beside them are more; "also"
    ("A bomb killed five people at a bus depot on Tuesday. Two of the victims were students, and six others were "
     "killed in a second blast an hour later.", 11),
    ("A landmine killed three soldiers on Monday. Two others were killed when their truck overturned nearby.", 5),
])
def test_others_told_beside_a_part_of_a_toll_are_the_rest_of_it(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The death toll from Sunday's ferry disaster on the lake has risen to 41, the regional governor said on "
     "Wednesday. Divers pulled nine more bodies from the wreck overnight, a rescue official said.", 41),
    ("The number of people killed in the collapse of the mine climbed to 17 on Thursday. \"We found six more of the "
     "miners this morning,\" the mine's manager said. \"Three more were found dead in a side shaft.\"", 17),
    # guards: no grown toll before them; a later day opens their sentence; more than the toll
    ("A landslide buried a village on Sunday, killing 12 people. Rescuers found eight more bodies in the mud.", 20),
    ("The toll from Saturday's floods rose to 30 on Monday, officials said. On Wednesday, rescuers recovered ten more "
     "bodies downstream.", 40),
    ("The toll from the blast at the fuel depot rose to 22 on Friday. Three more people died in hospital on "
     "Saturday, a doctor said.", 25),
])
def test_the_more_a_grown_toll_grew_by_is_in_it(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The rebels said in a statement that they had killed more than 40 soldiers in the battle for the town. The army "
     "denied the figure, saying two of its soldiers had been killed. Four civilians also died on Tuesday.", 6),
    ("Troops and insurgents clashed near the border on Saturday. The insurgents said their fighters had killed 30 "
     "police officers, which the interior ministry denied.", 0),
    ("An air strike on a convoy killed five fighters on Friday, the army said. The militia claimed it had shot down a "
     "helicopter and killed 12 soldiers, which the military rejected.", 5),
    # guards: the denial is of something else; no claim by a source; the denial is of the act, not of the figure
    ("Officials said a car bomb killed eight people at a checkpoint on Monday. The militants denied that they had "
     "carried out the attack.", 8),
    ("Police said gunmen killed six villagers on Monday. The group that police blamed denied the accusation.", 6),
])
def test_a_claim_the_text_tells_denied_is_no_count_of_the_dead(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Five police officers were killed on Tuesday when guerrillas ambushed their patrol in the hills. The rebellion "
     "waged by the group in the 1970s and 1980s, which left about 30,000 people dead, ended in a peace deal.", 5),
    ("A roadside bomb killed three soldiers on Friday. The province was the centre of a separatist uprising in the "
     "1990s, which left more than 20,000 people dead.", 3),
    # guards: the story's own fighting told in a relative clause; a war's toll of the story's own size
    ("Fighting in the city, which left at least 30 people dead, eased on Monday, officials said.", 30),
    ("The rebel offensive, which killed 25 soldiers on Monday, was halted near the river, the army said.", 25),
])
def test_a_war_s_toll_told_in_a_relative_clause_is_no_death_of_the_story(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The death toll from three days of clashes between rival militias in the capital has risen to 27, the health "
     "ministry said on Thursday. The ministry had said on Wednesday that 12 people were killed.", 27),
    ("The toll from two days of riots in the northern city has climbed to 19, police said on Sunday.", 19),
    # guards: a toll of days told after the story's own figure is a total it added to; a toll of weeks of rains
    ("Gunmen killed five people on Monday, raising the death toll from four days of attacks in the province to 40.",
     5),
    ("The death toll from weeks of heavy rains across the country has risen to 120, officials said.", 0),
])
def test_a_toll_over_days_of_fighting_is_the_toll_of_the_story_s_spell_of_it(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two soldiers and five rebels were killed in a gun battle near the river on Monday, the army said. \"Five of the "
     "rebels died and we also lost two of our men,\" the battalion commander said.", 7),
    ("Four soldiers and nine insurgents were killed in an ambush on a convoy on Wednesday, the ministry said. \"The "
     "enemy lost nine fighters. We also lost four of our men,\" a sergeant said.", 13),
    # guards: the teller's own dead of another figure than those given; of another attack
    ("Gunmen killed three villagers on Monday. \"We also lost two of our men when they came back on Tuesday night,\" "
     "the village head said.", 5),
    ("Two soldiers were killed by a roadside bomb on Monday. \"We also lost two of our men in another ambush,\" an "
     "officer said.", 4),
])
def test_the_teller_s_own_dead_told_again_beside_the_enemy_s_are_no_more_dead(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A gunman opened fire in a nightclub late on Saturday, police said. Five people were killed by the gunman. Three "
     "victims were pronounced dead at the scene, and two died later in hospital.", 5),
    ("Four miners were killed when a tunnel collapsed on Monday. Two were declared dead on arrival at the clinic and "
     "two others died overnight.", 4),
    # guard: parts that pass the toll are counts of their own
    ("A gunman killed three people at a market on Saturday. Three victims were pronounced dead at the scene, and two "
     "died later in a second shooting across town.", 5),
])
def test_the_dead_pronounced_or_declared_so_are_parts_of_the_toll_told_before(text, expected):
    assert _killed(text) == expected
