"""Counts of wire stories of sieges and suspects: hostages and a gunman who died, suspects killed by police past the
clause that tells who they are, and plots or attempts to kill, which kill no one."""
import pytest

from tests.extract.test_estimates_implicit import _counts as _extracted  # one way to extract an article of our own


def _counts(text: str) -> list[tuple]:
    return [(surface, value, category) for surface, value, _, category in _extracted(text)]


def _killed(text: str) -> float:
    return sum(value or 0 for _, value, _, category in _extracted(text) if category == "killed")


@pytest.mark.parametrize("text, expected", [
    ("Prosecutors said David Wright conspired with his uncle to kill Pamela Geller.", []),
    ("He tried to kill his wife, police said.", []),
    ("The minister survived an attempt to kill him.", []),
    ("The men were accused of a plot to kill the president.", []),
    ("Police said the men plotted to kill 20 soldiers.", [("20", 20, "other")]),
    ("Police foiled a plot to kill 50 people at a concert.", [("50", 50, "other")]),
    ("A mob attempted to capture 2 men accused of theft.", [("2", 2, "other")]),
    ("Militants killed 12 soldiers and tried to kill two more.", [("12", 12, "killed"), ("two", 2, "other")]),
])
def test_a_plot_or_an_attempt_to_kill_kills_no_one(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The gunman tried to kill as many people as possible, killing 9 worshippers.", [("9", 9, "killed")]),
    ("Militants attempted to storm the base, killing 5 soldiers.", [("5", 5, "killed")]),
    ("The bomber, who had planned the attack for months, killed 7 people.", [("7", 7, "killed")]),
])
def test_an_act_after_an_attempt_still_counts(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two brothers suspected of carrying out the deadly attack on the newspaper were killed on Friday when security "
     "forces stormed a printing plant.", [("Two", 2, "killed")]),
    ("Three men accused of the bombing were shot dead by police.", [("Three", 3, "killed")]),
    ("Five militants believed to be behind the attack were killed in a raid.", [("Five", 5, "killed")]),
    ("Three militants behind the attack were killed in a raid.", [("Three", 3, "killed")]),
    ("Two brothers who carried out the attack were killed by police.", [("Two", 2, "killed")]),
    ("Three soldiers who were guarding the gate were killed.", [("Three", 3, "killed")]),
    ("Two men suspected of killing a police officer were arrested on Monday.",
     [("Two", 2, "arrested"), ("a police officer", 1, "killed")]),
    ("Two suspects accused of killing three police officers were arrested.",
     [("Two", 2, "arrested"), ("three", 3, "killed")]),
])
def test_the_verb_past_a_clause_of_who_they_are_is_the_counts(text, expected):
    assert _counts(text) == expected


def test_the_object_of_a_verb_in_a_clause_is_not_the_subject_of_the_passive_after_it():
    assert _counts("A man who attempted to kill a police officer was arrested.") == [("A man", 1, "arrested")]
    assert _counts("A man who killed a teacher was arrested.") == [("A man", 1, "arrested"), ("a teacher", 1, "killed")]


@pytest.mark.parametrize("text, expected", [
    ("On 29 April, 134 families who claim their children have been kidnapped continued their protest.",
     [("134", 134, "other")]),  # a clause of what they say: its verb is not theirs
    ("Scores of civilians who took part in protests have been sent to military courts.",
     [("Scores", None, "other")]),  # only a verb of harm or capture is read past the clause
    ("Two men who said they were tortured were released.", [("Two", 2, "other")]),
])
def test_no_verb_is_read_past_a_clause_of_another_subject(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, killed", [
    ("Four hostages and the gunman, Amedy Coulibaly, died.", 5),
    ("The two brothers, Cherif and Said Kouachi, were killed when police stormed the building.", 2),
    ("Two soldiers, Ali Musa and Omar Farah, were killed.", 2),
    ("Four people, police said, were killed in the blast.", 4),
    ("Two policemen, officials said, were killed.", 2),
])
def test_the_verb_past_the_names_of_the_counted_or_who_told_of_them_is_theirs(text, killed):
    assert _killed(text) == killed


@pytest.mark.parametrize("text, killed", [
    ("Four hostages and the gunman died.", 5),
    ("The gunman and four hostages were killed.", 5),
    ("Gunmen seized 12 hostages at a supermarket. Two of the hostages died and the rest were freed.", 2),
    ("Gunmen seized 12 hostages at a supermarket. Police stormed the building. Four hostages and the gunman were "
     "killed.", 5),
    ("Three hostages, including a child, died in the fire.", 3),
    ("Kouachi brothers killed 12 people at the magazine. The two brothers were shot dead by police on Friday.", 14),
])
def test_hostages_and_a_gunman_who_died_are_all_dead(text, killed):
    assert _killed(text) == killed


def test_a_singular_verb_is_not_shared_with_a_name_joined_before_it():
    assert _counts("The speech paid tribute to Dylan Hockley and a teacher's aide, Anne Marie Murphy, who was gunned "
                   "down trying to protect him.") == [("a teacher's aide", 1, "killed")]


def test_a_name_after_a_preposition_is_not_the_subject_of_the_passive_after_it():
    assert _counts("On 2 May 2020, a former bodyguard who worked for prominent personalities in Southern Negros was "
                   "shot dead by assailants.") == [("a former bodyguard", 1, "killed")]


def test_the_verb_past_a_clause_of_who_the_counted_are_set_off_by_commas_is_theirs():
    assert _counts("The suspect, who had tried to kill a guard, was shot dead by police.") == [
        ("The suspect", 1, "killed")]  # (the guard was not)
    assert _counts("1 militant and 1 soldier, who was a hostage, were killed by airstrikes.") == [
        ("1", 1, "killed"), ("1", 1, "killed")]


def test_a_hostage_taker_is_one_person_and_an_attacker():
    assert _counts("The hostage-taker and three hostages died.") == [
        ("The hostage-taker", 1, "killed"), ("three", 3, "killed")]
    assert _counts("Troops killed the captor and freed 4 hostages.")[0] == ("the captor", 1, "killed")


@pytest.mark.parametrize("text, expected", [
    # (a part of them, kept aside as `other`)
    ("Gunmen seized 20 hostages at a hotel. Three hostages were later freed.",
     [("20", 20, "captured"), ("Three", 3, "other")]),
    ("Gunmen seized 12 hostages. Police stormed the building, freeing 10 hostages. Two hostages were killed.",
     [("12", 12, "captured"), ("10", 10, "other"), ("Two", 2, "killed")]),
])
def test_hostages_freed_after_a_count_of_those_taken_are_part_of_it(text, expected):
    assert _counts(text) == expected


def test_hostages_freed_with_no_count_of_those_taken_before_are_a_count_of_them():
    assert _counts("Troops freed 15 hostages held by the militants.") == [("15", 15, "captured")]


@pytest.mark.parametrize("text, killed", [
    ("The victims, a mother and her two children, were killed.", 3),
    ("Five soldiers, three of them officers, were killed.", 5),
])
def test_the_verb_past_an_apposition_or_a_part_of_them_is_the_counts(text, killed):
    assert _killed(text) == killed


@pytest.mark.parametrize("text, killed", [
    ("Two people, a man and a woman, were killed.", 2),  # the man and the woman are the two
    ("Seven people, among them two children, were killed in Kabul.", 7),
])
def test_a_description_of_a_count_adds_no_one(text, killed):
    assert _killed(text) == killed
