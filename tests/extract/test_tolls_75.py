"""Tolls a story tells once but in several figures (stop 75): a toll lowered or corrected ("lowered the death toll
from the fire to eight", "revised on Monday to 14 the number of soldiers killed") is the story's newer toll, which
replaces the figure given before it, as a toll raised does; a part of a toll and "others" in the sentence after it
("Seven of the dead were taken to the hospital. Four others died at a clinic") and the people listed after "Among the
16 dead are" are the toll told again; so is a part of a list told again alone by its kind ("a guard and three gunmen
were killed … Three assailants died") and the bodies of the dead found on a later day; a correction's figure of the
text's earlier version ("An earlier version, based on figures from …, said 17 people were killed") is an earlier toll.
Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

MAR_5 = datetime(2025, 3, 5, tzinfo=timezone.utc)


def _killed(text: str) -> float:
    """The article's sum of the dead, as the shared scorer counts it."""
    return killed(text, MAR_5)


@pytest.mark.parametrize("text, expected", [
    # a toll lowered, revised or corrected: the newer toll, replacing the figure before it
    ("Health officials on Tuesday lowered the death toll from the ferry fire on Lake Kivu to eight, from eleven given "
     "earlier, after some victims were found to have been counted twice.", 8),
    ("The army revised on Monday to 14 the number of soldiers killed in the ambush near Gao, after several missing men "
     "returned to their base.", 14),
    ("Gunmen killed 12 people at a checkpoint near Tillaberi on Friday, a local official said. On Saturday the "
     "regional governor cut the death toll from the attack to nine, saying three wounded men had been listed among "
     "the dead.", 9),
    ("Rescuers corrected the toll from Sunday's shelling of the market in Kherson to five, the regional administration "
     "said.", 5),
    # guards: a toll raised; a verb of cutting that brings no toll
    ("A bomb killed four people in the market on Monday. Two of the wounded died overnight, raising to six the number "
     "of people killed in the blast.", 6),
    ("Rebels cut the road to 12 villages on Monday and killed three farmers near Beni, local officials said.", 3),
])
def test_toll_lowered_or_revised(text: str, expected: int) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a toll split: a part of the dead, then "others" in the next sentence, the rest of them
    ("An air strike on a wedding party in the village of Kunar killed 11 guests on Saturday, relatives said. Seven of "
     "the dead were taken to the provincial hospital in Asadabad, a doctor said. Four others died at a clinic in the "
     "district, according to a health worker.", 11),
    ("Flooding from the burst dam killed 20 people, officials said. Twelve of the victims drowned in the lower town. "
     "Eight others died in fields downstream.", 20),
    ("A suicide attack on a police post in Bannu killed nine officers on Tuesday. Five of the dead were from the same "
     "unit, police said. Four others died when the roof collapsed on them.", 9),
    # guards: "others" more than the rest; others of another harm
    ("Gunmen killed six people in a bar in Tijuana on Friday. Two of the dead were police officers off duty. Five "
     "others were killed in a shooting in Ensenada the same night.", 11),
    ("A bomb killed five soldiers near Mogadishu. Three of them were officers. Ten others were wounded.", 5),
])
def test_toll_split_into_a_part_and_others(text: str, expected: int) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the people listed after "Among the N dead were": parts of the toll, whatever their place in the list
    ("The health ministry lowered to 16 the number of people killed in the clashes in Tawergha. Among the 16 dead are "
     "a local judge, a nurse of the town clinic and three teenagers, the ministry said.", 16),
    ("A bus bomb killed 11 people in Quetta on Monday. Among the 11 dead were a judge, a driver and three pupils, "
     "police said.", 11),
    ("Shelling killed eight people in the market of Kostiantynivka. Among the eight dead are a pharmacist, a street "
     "sweeper and two sisters, the governor said.", 8),
    # guards: the wounded listed; more dead told with "also"
    ("A car bomb killed 12 people at a bus station in Mogadishu on Sunday, police said. Among the wounded were two "
     "reporters. Three soldiers were also killed in a second blast.", 15),
])
def test_people_listed_among_the_dead(text: str, expected: int) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of a list told again alone by its kind, the attackers named another way
    ("A prison guard and three gunmen were killed on Sunday when the attackers tried to free inmates from the jail in "
     "Koutiala, officials said. The assault began at dawn. Three assailants died in the exchange of fire and two were "
     "captured.", 4),
    ("A villager and four bandits were killed when vigilantes fought off a raid on Gidan Dawa in Zamfara on Tuesday, "
     "police said. The bandits came on motorcycles. Four attackers died in the fighting, a police spokesman said.", 5),
    # bodies of the dead found on a day of their own
    ("Soldiers killed seven fishermen on the river bank near Malakal on Monday, residents said. The troops withdrew "
     "on Tuesday. The bodies of seven fishermen were found on Wednesday morning, a local chief said.", 7),
    ("Militiamen killed five herders in the hills near Djugu on Thursday, a local official said. The militia later "
     "withdrew. The remains of five herders were recovered on Saturday by the Red Cross.", 5),
    ("Armed men killed eight gold miners at a site near Kidal on Monday, local sources said. The gunmen left on "
     "Tuesday. The bodies of eight miners were found on Wednesday, a relative said.", 8),
    # guards: people of no kind on a day of their own after a list; bodies of more
    ("A soldier and two rebels were killed in the clash near Bunia on Friday. On Saturday, two people were killed "
     "when a mortar hit a school.", 5),
    ("Gunmen killed four miners near Shabunda on Sunday. On Tuesday, the bodies of four more miners were found in a "
     "pit.", 8),
    ("Militants killed three soldiers at a post near Mopti on Monday. Three militants were killed when troops hit "
     "back, the army said.", 6),
])
def test_same_dead_told_again(text: str, expected: int) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a correction's figure of the text's earlier version, past a long phrase set off in its subject
    ("UPDATE: This report has been corrected. An earlier version, based on figures from a local rescue team, said 17 "
     "people were killed in the strike. The regional health office later said the confirmed toll was 12 dead.\n\n"
     "A missile hit a bus depot in Kramatorsk on Monday evening, killing 12 people and wounding 30, officials "
     "said.", 12),
    ("This article was corrected. A previous version, drawing on early reports from residents of the town, said 14 "
     "villagers were killed. The police later said the toll was ten.\n\nGunmen attacked the village of Kukawa on "
     "Monday night, killing ten villagers, police said.", 10),
    # guards: a short correction; a "previous version" of something else
    ("Correction, Friday: An earlier version of this story, relying on an initial police statement, said nine "
     "pilgrims were killed. Police now put the toll at seven.\n\nGunmen opened fire on a bus carrying pilgrims near "
     "Reasi on Thursday, killing seven people, police said.", 7),
    ("The previous version of the ceasefire failed within days. Shelling killed four civilians in Donetsk on Monday.",
     4),
])
def test_correction_of_an_earlier_version(text: str, expected: int) -> None:
    assert _killed(text) == expected
