"""Figures of the story's own news a sum of the dead set aside (stop 73): the security forces' answer to the story's
attack (a pursuit, a counter-offensive, a follow-up raid, a retaliation) is news of the story, not a recalled incident,
though what an answer was "for" is one; the armed side killed after its victims ("killing five of the smugglers"), a
roundup's second attack ("killing nine of them", of people its own sentence names) and the dead left out of a toll
("not counting the four attackers") are more dead, no parts of the toll; a figure named a first toll ("An initial toll
had spoken of eight dead") is an older reading of it. Guards keep the background and parts that were rightly aside.
Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

APRIL_18 = datetime(2025, 4, 18, tzinfo=timezone.utc)  # a Friday


@pytest.mark.parametrize("text, dead", [
    ("Gunmen stormed a checkpoint near Dalo on Tuesday, killing four policemen, officials said. Troops gave chase and, "
     "in a pursuit through the forest on Wednesday, killed six of the assailants.", 10),
    ("A roadside bomb killed two soldiers on patrol in the hills of Kemo on Tuesday, the ministry said. In a follow-up "
     "operation on Wednesday, the army shot dead 3 armed men in the same valley.", 5),
    ("Militants ambushed a convoy on Thursday, killing five soldiers. Hours later, commandos stormed a militant "
     "hideout nearby and killed seven fighters, the military said.", 12),
    ("Bandits raided the village of Tamo on Wednesday and killed nine farmers. Soldiers launched a counter-offensive, "
     "during which eleven of the bandits died, a spokesman said.", 20),
    ("Rebels shelled the market in Bora on Thursday, killing 6 traders. The army retaliated with air strikes that "
     "left twelve rebels dead.", 18),
])
def test_the_answer_to_the_storys_attack_is_its_news(text, dead):
    assert killed(text, APRIL_18) == dead


@pytest.mark.parametrize("text, dead", [
    # what the answer was for is an incident before it
    ("The rebels said Thursday's bombing of the barracks, which killed six soldiers, was revenge for an army offensive "
     "in which 14 of their fighters were killed.", 6),
    ("A bomb killed three traders in Kemo market on Thursday. The group said it acted in retaliation for air strikes, "
     "which killed 20 of its men in March.", 3),
    ("Gunmen killed eight herders near Lafon on Wednesday, in what elders called a reprisal by the militia for the "
     "killing of two of its members.", 8),
    # a similar attack, a past one, a running total: background, as before
    ("Militants killed four soldiers at a post near Gao on Thursday. In a similar attack last year, 30 soldiers were "
     "killed in the same district.", 4),
    ("Troops killed nine militants in a raid on a hideout on Wednesday. The insurgency has killed more than 20,000 "
     "people since 2009.", 9),
])
def test_background_and_what_an_answer_was_for_stay_aside(text, dead):
    assert killed(text, APRIL_18) == dead


@pytest.mark.parametrize("text, dead", [
    ("Two customs officers were shot dead at a border post near Ruma early on Thursday. Troops returned fire, killing "
     "4 of the smugglers, the army said.", 6),
    ("Raiders killed seven villagers in Kaba on Wednesday night. Vigilantes caught up with the gang at dawn and "
     "killed three of the raiders.", 10),
    ("Insurgents killed five herders near Gao on Monday. On Thursday, fighters attacked traders on the road to "
     "Ansongo, killing seven of them, a local official said.", 12),
    ("This week in the north: Gunmen killed three miners at a quarry in Sabon on Tuesday. In Dutse, militants ambushed "
     "a group of hunters on Thursday, killing 4 of them.", 7),
])
def test_the_armed_side_and_a_roundups_other_attack_are_more_dead(text, dead):
    assert killed(text, APRIL_18) == dead


@pytest.mark.parametrize("text, dead", [
    # "of them", "of the dead" of the toll told before: parts of it
    ("Gunmen killed 12 people at a market in Kemo on Thursday. Police said three of them were children.", 12),
    ("Gunmen attacked a church in Kemo on Thursday, killing 12 worshippers. Witnesses said the gunmen had herded the "
     "worshippers into the courtyard, killing eight of them there.", 12),
    ("Clashes between rebels and soldiers killed 20 people near Gao on Thursday. Twelve of the dead were rebels.", 20),
])
def test_parts_of_the_toll_stay_parts(text, dead):
    assert killed(text, APRIL_18) == dead


@pytest.mark.parametrize("text, dead", [
    ("The death toll from the siege of a hotel in Kemo rose to 23 on Thursday, officials said, not counting the five "
     "gunmen, who were all killed by troops.", 28),
    ("Gunmen killed 9 villagers in Tamo on Thursday. The toll does not include two of the attackers, who were killed "
     "by vigilantes.", 11),
    ("Police said 14 people died in the attack on the bus station on Thursday; that figure did not count 3 bombers, "
     "who blew themselves up.", 17),
])
def test_the_dead_left_out_of_a_toll_are_more(text, dead):
    assert killed(text, APRIL_18) == dead


@pytest.mark.parametrize("text, dead", [
    ("Gunmen killed 11 soldiers and four auxiliaries at a base near Djibo on Sunday, security sources said on "
     "Thursday. An initial toll given on Monday by a local official had spoken of eight dead.", 15),
    ("Floods swept through Lira on Tuesday, killing 31 people, officials said. The first tally, released by the Red "
     "Cross on Wednesday morning, listed 19 deaths.", 31),
    ("The earlier figure of 40 dead was revised on Thursday: the ministry said 36 people had died in the fire.", 36),
    # guards: a provisional toll alone is the story's; a first toll of no newer figure stays
    ("According to the provisional report, the attack on Tambo killed eight civilians, among them two women.", 8),
    ("A first toll given by the police on Thursday put the number of dead at nine.", 9),
])
def test_a_figure_named_a_first_toll_is_older(text, dead):
    assert killed(text, APRIL_18) == dead


@pytest.mark.parametrize("text, dead", [
    ("Ugandan air strikes on two villages in eastern Congo on Thursday killed 31 people, most of them women and "
     "children, a local governor said. A Ugandan security official said the strikes had hit hideouts of a rebel group "
     "and had killed 12 militants.", 31),
    ("Nigerian military drones struck a wedding party in Sora on Wednesday, killing 17 villagers, residents said. A "
     "Nigerian defence official said the drones had targeted a meeting of the gang and had killed nine armed bandits.",
     17),
])
def test_the_doers_claim_of_armed_dead_against_civilians_is_no_lower_toll(text, dead):
    assert killed(text, APRIL_18) == dead


def test_a_first_toll_of_another_incident_is_no_older_reading_of_the_next():
    assert killed("The first report of the attack on a bus in Kemo on Monday said three people were killed. In a "
                  "separate attack on Tuesday, four soldiers were killed in Lenga.", APRIL_18) == 7
    # (the guard: a first toll of the same attack, told again newer)
    assert killed("The first report of the attack on a bus in Kemo said three people were killed. The toll later "
                  "rose to nine.", APRIL_18) == 9
