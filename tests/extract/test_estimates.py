"""estimates.extract: what a count counts, what happened to it, who claimed it, and how counts group."""
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from etl import contract
from etl.extract import estimates
from etl.extract.text import Doc
from etl.ids import sha256_text, stable_hash
from etl.records import Article, Event, Statement

PUBLISHED = datetime(2024, 12, 30, tzinfo=timezone.utc)


def doc(text: str) -> Doc:
    return Doc(Article(
        article_id="a1", source="test", source_id="t1", url=None, title=None, published_at=PUBLISHED,
        language="en", text=text, text_sha256=sha256_text(text), n_chars=len(text),
        ingested_at=PUBLISHED, input_path="test",
    ))


def statement(text: str, speaker: str, canonical: str, content: str, cue: str) -> Statement:
    cs, ks, ss = text.index(content), text.index(cue), text.index(speaker)
    return Statement(
        statement_id=stable_hash("a1", cs), article_id="a1", quote_type="indirect", content=content,
        content_start=cs, content_end=cs + len(content), cue=cue, cue_start=ks, cue_end=ks + len(cue),
        cue_class="say", speaker=speaker, speaker_start=ss, speaker_end=ss + len(speaker),
        speaker_canonical=canonical, speaker_kind="person", speaker_role=None, confidence=0.9, extractor="test",
    )


def event(text: str, trigger: str, day: date | None = None, actor_country: str | None = None) -> Event:
    ts = text.index(trigger)
    return Event(
        event_id=stable_hash("a1", "event", ts), article_id="a1", statement_id=None, event_type="ASSAULT",
        event_mode=None, trigger=trigger, trigger_start=ts, trigger_end=ts + len(trigger), actor=None,
        actor_start=None, actor_end=None, actor_canonical=None, actor_country=actor_country, target=None,
        target_start=None, target_end=None, target_canonical=None, target_country=None, location=None,
        location_start=None, location_end=None, location_country=None, date=day,
        date_precision="day" if day else "none", date_text=None, date_start=None, date_end=None,
        modality="asserted", confidence=0.9, extractor="test",
    )


def run(text: str, statements=(), events=()):
    return estimates.extract(doc(text), list(statements), list(events))


def summary(text: str, **kw) -> list[tuple]:
    return [(e.surface, e.value if e.value is not None else e.value_low, e.category, e.quantity)
            for e in run(text, **kw)]


# What is counted and what happened to it.

@pytest.mark.parametrize("text, expected", [
    ("Two soldiers were killed in the ambush.", [("Two", 2, "killed", "soldiers")]),
    ("At least 14 Taliban militants died in the fighting.", [("At least 14", 14, "killed", "Taliban militants")]),
    ("The airstrike killed 9 civilians.", [("9", 9, "killed", "civilians")]),
    ("Gunmen shot dead three farmers on Sunday.", [("three", 3, "killed", "farmers")]),
    ("The blast left 12 people injured.", [("12", 12, "wounded", "people")]),
    ("Police arrested 40 protesters.", [("40", 40, "arrested", "protesters")]),
    ("Rebels abducted 20 schoolgirls.", [("20", 20, "captured", "schoolgirls")]),
    ("Five fishermen are still missing.", [("Five", 5, "missing", "fishermen")]),
    ("The floods displaced 30,000 villagers.", [("30,000", 30000, "displaced", "villagers")]),
    ("Russia has deployed 5,000 paratroopers to the region.", [("5,000", 5000, "deployed", "paratroopers")]),
    ("Nearly 3,000 soldiers have been killed or wounded.",
     [("Nearly 3,000", 3000, "killed_or_wounded", "soldiers")]),
    ("The clashes resulted in 4 deaths.", [("4", 4, "killed", "deaths")]),
    ("Officials reported 17 casualties.", [("17", 17, "casualties", "casualties")]),
    ("The death toll rose to 43 on Monday.", [("43", 43, "killed", None)]),
    ("Among the dead were 6 children.", [("6", 6, "killed", "children")]),
    ("The bodies of 2 men were found near the river.", [("2", 2, "killed", "men")]),
    ("More than 500 refugees arrived.", [("More than 500", 500, "displaced", "refugees")]),
    ("The shop sold 300 bicycles.", [("300", 300, "other", "bicycles")]),
])
def test_category_and_quantity(text, expected):
    assert summary(text) == expected


def test_several_counts_in_one_sentence():
    text = "3 soldiers and 2 civilians were killed, 5 wounded."
    assert summary(text) == [("3", 3, "killed", "soldiers"), ("2", 2, "killed", "civilians"),
                             ("5", 5, "wounded", "civilians")]


def test_a_verb_before_spreads_along_the_coordination():
    text = "The militants killed 2 policemen and 3 villagers and wounded 4 others."
    assert [(e.value, e.category) for e in run(text)] == [(2, "killed"), (3, "killed"), (4, "wounded")]


def test_each_count_has_its_own_verb():
    text = "On 30 April, 3 policemen were killed and 7 were wounded; 4 militants were also killed."
    found = run(text)
    assert [(e.value, e.category) for e in found] == [(3, "killed"), (7, "wounded"), (4, "killed")]
    assert found[1].quantity == "policemen"  # "7 were wounded": the policemen of the count before


def test_an_elliptical_count_counts_the_whole_not_the_part_told_in_passing():
    found = summary("Twelve people were killed, including two police officers, and 11 were injured.")
    assert found[-1] == ("11", 11, "wounded", "people")


def test_an_active_verb_after_a_count_is_not_what_happened_to_it():
    assert summary("Three gunmen killed a shopkeeper.") == [("Three", 3, "other", "gunmen"),
                                                             ("a shopkeeper", 1, "killed", "shopkeeper")]


@pytest.mark.parametrize("text, surface", [
    ("A man was shot dead outside his home.", "A man"),
    ("Unknown gunmen killed a police officer in the market.", "a police officer"),
    ("The body of an unidentified woman was found on the road.", "an unidentified woman"),
])
def test_a_singular_victim_counts_as_one(text, surface):
    found = run(text)
    assert [(e.surface, e.value, e.category) for e in found] == [(surface, 1, "killed")]


@pytest.mark.parametrize("text, expected", [
    ("A man and a woman were killed in the raid. 2 fatalities.", [("A man", 1), ("a woman", 1)]),
    ("A guard stabbed a prisoner to death.", [("a prisoner", 1)]),
    ("A member of the Popular Front was found dead.", [("A member", 1)]),
    ("1 IS fighter was killed and 5 others were injured.", [("1", 1)]),
    ("Militiamen opened fire, killing between 2 to 4 villagers.", [("between 2 to 4", 2)]),
    ("The clash caused fatalities 2 and 1 injured.", [("2", 2)]),
    ("Three men died. One of the men who died was a local leader. 3 fatalities.", [("Three", 3)]),
])
def test_killed_counts(text, expected):
    assert [(e.surface, e.value if e.value is not None else e.value_low)
            for e in run(text) if e.category == "killed"] == expected


def test_a_killing_in_the_background_is_not_a_count():
    text = "Residents blocked the road to protest the killing of a trader last month."
    assert [e for e in run(text) if e.category == "killed"] == []


def test_singulars_without_a_casualty_verb_are_not_counted():
    assert run("A man walked into a shop and bought a newspaper.") == []


def test_a_word_one_counts_only_with_a_verb():
    assert run("One version of the story says otherwise.") == []
    assert [(e.value, e.category) for e in run("One officer died later in hospital.")] == [(1, "killed")]


def test_a_subset_is_not_given_the_verb_of_the_whole():
    found = run("The strike killed 17 fighters, including three commanders.")
    assert [(e.value, e.category) for e in found] == [(17, "killed"), (3, "other")]


def test_a_total_restating_earlier_counts_is_kept_aside_not_counted_twice():
    text = "A man was found dead on a road near the town. The body had gunshot wounds. 1 fatality."
    assert [(e.surface, e.value, e.category, e.aside) for e in run(text)] == [
        ("A man", 1, "killed", None), ("1", 1, "other", "restated")]
    text = "The guards killed one prisoner. 11 prisoners were also killed (total of 12 fatalities)."
    assert sum(e.value for e in run(text) if e.category == "killed") == 12


def test_a_total_that_adds_new_deaths_is_kept():
    text = "Two soldiers were killed on Monday. By Friday the death toll had risen to 9."
    # the two are part of the nine: a sum of the dead counts the toll alone
    assert [(e.value, e.category) for e in run(text)] == [(2, "other"), (9, "killed")]


@pytest.mark.parametrize("text", [
    "The war began in 2022 and the 5th brigade moved in on 9 May.",
    "A 25-year-old man fired 82mm mortars at 10:30 am.",
    "Call +44 20 7946 0958 about Article 5.",
    "Inflation reached 12% last year.",
])
def test_numbers_that_count_nothing_give_no_estimate(text):
    assert run(text) == []


def test_a_percentage_that_counts_people_is_kept_with_its_unit():
    [e] = run("About 40% of the residents fled the town.")
    assert (e.value, e.unit, e.category, e.hedge) == (40, "percent", "displaced", "approximately")


# Who claimed it.

def test_claimant_from_the_enclosing_statement():
    text = "Ukraine's president Volodymyr Zelensky said that nearly 3,000 North Korean soldiers had been killed."
    st = statement(text, "Volodymyr Zelensky", "Volodymyr Zelensky",
                   "nearly 3,000 North Korean soldiers had been killed", "said")
    [e] = run(text, statements=[st])
    assert (e.claimant, e.claimant_canonical, e.statement_id) == ("Volodymyr Zelensky", "Volodymyr Zelensky",
                                                                  st.statement_id)


def test_claimant_of_an_estimate_cue():
    text = "South Korean intelligence had earlier estimated the casualties at around 1,000."
    st = statement(text, "South Korean intelligence", "South Korean intelligence",
                   "the casualties at around 1,000", "estimated")
    [e] = run(text, statements=[st])
    assert (e.surface, e.value, e.hedge, e.category) == ("around 1,000", 1000, "approximately", "casualties")
    assert e.claimant == "South Korean intelligence" and e.statement_id == st.statement_id


@pytest.mark.parametrize("text, claimant", [
    ("At least 12 people were killed, according to the health ministry.", "health ministry"),
    ("According to local officials, 300 families were displaced.", "local officials"),
    ("The army said 40 insurgents were killed.", "army"),
    ("Local authorities reported that 4 militants were also killed.", "Local authorities"),
    ("Seven people died, police said.", "police"),
])
def test_claimant_without_a_statement(text, claimant):
    [e] = run(text)
    assert e.claimant == claimant and e.statement_id is None


def test_unattributed_figures_have_no_claimant():
    [e] = run("Thousands of troops were reportedly deployed to the border.")
    assert (e.claimant, e.claimant_canonical, e.category, e.hedge) == (None, None, "deployed", "order_of_magnitude")


# Links, dates and grouping.

def test_event_link_and_as_of_from_the_event_day():
    text = "On 9 May 2020, an airstrike killed 14 Taliban militants in Balkh."
    ev = event(text, "killed", day=date(2020, 5, 9))
    [e] = run(text, events=[ev])
    assert (e.event_id, e.as_of) == (ev.event_id, date(2020, 5, 9))


def test_as_of_from_the_text():
    [e] = run("As of 5 May 2020, 120 people had died of the disease.")
    assert (e.value, e.category, e.as_of) == (120, "killed", date(2020, 5, 5))


def test_a_day_after_publication_is_a_target_and_no_as_of():
    assert [e.as_of for e in run("By 5 May 2030, the army will deploy 5,000 troops.")] == [None]
    text = "The army will deploy 5,000 troops on 5 May 2026."
    assert [e.as_of for e in run(text, events=[event(text, "deploy", day=date(2026, 5, 5))])] == [None]


@pytest.mark.parametrize("text, low, high", [
    ("Toronto beat Ottawa 0-2 in the first game, the coach said.", None, None),
    ("They suffered a 0-6 loss, the coach said.", None, None),
    ("Officials said 0 to 5 million people fled.", 0, 5_000_000),
    ("Between 0 and 3 people were killed.", 0, 3),
])
def test_scores_are_no_estimates_and_ranges_from_zero_start_at_zero(text, low, high):
    found = [(e.value_low, e.value_high) for e in run(text)]
    assert found == ([] if low is None else [(low, high)])


def test_subject_key_groups_the_same_quantity_across_wordings():
    a = run("Nearly 3,000 North Korean soldiers have been killed or wounded.")[0]
    b = run("Around 1,000 troops from North Korea have been killed or injured.")[0]
    c = run("Nearly 3,000 Russian soldiers have been killed or wounded.")[0]
    assert a.subject_key == b.subject_key != c.subject_key


def test_an_elliptical_count_groups_with_what_it_refers_to():
    text = ("Zelensky said nearly 3,000 North Korean soldiers have been killed or wounded. "
            "South Korean intelligence had earlier estimated the casualties at around 1,000.")
    a, b = run(text)
    assert b.quantity == "North Korean soldiers" and a.subject_key == b.subject_key


def test_records_are_grounded_deterministic_and_in_the_contract():
    text = ("On 3 May, 2 policemen were killed and 7 were wounded when about 30 gunmen attacked; "
            "a man was also shot dead. Thousands fled, officials said, and 40% of shops closed.")
    first, second = run(text), run(text)
    assert first == second and first
    schema = contract.load("estimates")
    hedges, categories = schema.field("hedge").enum, schema.field("category").enum
    for e in first:
        assert text[e.start:e.end] == e.surface
        assert e.estimate_id == stable_hash("a1", "estimate", e.start, e.end)
        assert e.hedge in hedges and e.category in categories
        assert 0 <= e.confidence <= 1 and e.extractor == estimates.VERSION
    assert len({e.estimate_id for e in first}) == len(first)



def test_subject_key_tells_incidents_apart_and_keeps_unplaced_counts_to_their_article():
    text = "Gunmen killed 12 civilians in a raid."
    [plain] = run(text)
    assert plain.subject_key == "killed:-:civilians@a1"  # no country: not matched across articles
    in_kabul = [replace(event(text, "raid", date(2020, 5, 3)), location_country="AFG")]
    next_day = [replace(event(text, "raid", date(2020, 5, 4)), location_country="AFG")]
    [one], [two] = run(text, events=in_kabul), run(text, events=next_day)
    assert one.subject_key == "killed:AFG:civilians:2020-05-03" != two.subject_key
    undated = [replace(in_kabul[0], date=None, date_precision="none")]
    assert run(text, events=undated)[0].subject_key == "killed:AFG:civilians"


def test_numbers_that_give_no_estimate_are_counted_with_their_reason():
    dropped = Counter()
    text = "In 2020, 3 soldiers were killed in the 3rd district. Police said the 3 soldiers died at once."
    found = estimates.extract(doc(text), [], [], dropped=dropped)
    assert [(e.surface, e.category, e.aside) for e in found] == [("3", "killed", None), ("3", "other", "restated")]
    assert dropped == Counter({"estimates: number read as year": 1, "estimates: number read as ordinal": 1})
    dropped.clear()
    estimates.extract(doc("Gunmen killed a teacher in Kemo. The teacher died at once."), [], [], dropped=dropped)
    assert dropped == Counter({"estimates: person or nobody told again after a count": 1})



@pytest.mark.parametrize("text, value", [
    ("The death toll from Friday's bombing rose to 101 on Monday.", 101),
    ("The death toll from the attack in Dalo has climbed to 40.", 40),
    ("The number of people killed in the attack has risen to 42.", 42),
    ("The death toll from Saturday's attack on a market in Dalo has risen to 27.", 27),
])
def test_a_toll_told_past_a_phrase_of_what_it_counts_is_of_the_dead(text, value):
    assert [(e.value, e.category) for e in run(text)] == [(value, "killed")]


@pytest.mark.parametrize("text", [
    "Nine fighters were killed and 8 others injured in the explosion of two IEDs.",
    "His father's sudden death from a heart attack when he was 12 drives him.",
])
def test_a_number_after_a_phrase_of_cause_is_no_toll(text):
    assert all(not (e.value == 2 and e.category != "other") for e in run(text))
    assert all(not (e.value == 12 and e.category == "killed") for e in run(text))


def test_a_headline_count_the_story_tells_again_is_kept_where_the_story_tells_it():
    found = run("Car bombs kill 21 in Dalo\n\nA wave of car bombs struck Dalo on Tuesday, killing at least 21 people.")
    assert [(e.surface, e.hedge, e.category, e.quantity) for e in found] == [
        ("at least 21", "at_least", "killed", "people")]


@pytest.mark.parametrize("prefix", ["\u202e\n", "*\n\n", "\u00a0\u00ad\n"])
def test_a_line_of_odd_characters_before_the_headline_leaves_it_the_headline(prefix):
    found = run(prefix + "Car bombs kill 21 in Dalo\n\nA wave of car bombs struck Dalo on Tuesday, killing at least 21 "
                "people.")
    assert [(e.surface, e.category) for e in found] == [("at least 21", "killed")]


def test_a_headline_count_the_story_does_not_tell_is_kept():
    found = run("Ten killed in Dalo blast\n\nA bomb exploded in Dalo on Monday, officials said.")
    assert [(e.value, e.category) for e in found] == [(10, "killed")]


# A speaker after the toll, and a toll after the attackers' own count.

def test_a_speaker_after_a_toll_is_no_count_of_one():
    assert summary("Fighters ambushed a convoy near Dalo, killing four soldiers, a military spokesman said.") == [
        ("four", 4, "killed", "soldiers")]


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a bus near Dalo, killing nine people, a local official said.",
    "The bomb killed nine, an official said on Monday.",
])
def test_a_speaker_whose_noun_is_no_plural_is_no_count_of_one(text):
    assert [(v, cat) for _, v, cat, _ in summary(text)] == [(9, "killed")]


def test_a_bare_toll_after_the_attackers_count_does_not_count_the_attackers():
    assert summary("Three attackers drove a van into pedestrians in Dalo before stabbing people, killing seven.") == [
        ("Three", 3, "other", "attackers"), ("seven", 7, "killed", None)]


@pytest.mark.parametrize("text, expected", [
    ("Soldiers killed a militia leader who was believed to be responsible for attacks.",
     [("a militia leader", 1, "killed", "militia leader")]),  # a relative clause, no speaker
    ("Jets targeted a camp, killing an unspecified number of alleged mercenaries.", []),  # no count of one
])
def test_a_person_killed_is_one_unless_the_phrase_names_no_number(text, expected):
    assert summary(text) == expected


def test_a_pronoun_of_one_person_inherits_no_noun_of_the_count_before():
    assert summary("A gunman killed 20 people in Dalo. He was arrested an hour later.") == [
        ("20", 20, "killed", "people"), ("He", 1, "arrested", None)]


@pytest.mark.parametrize("text, expected", [
    ("At least 14 people were confirmed dead, raising an earlier toll of nine.",
     [("At least 14", 14, "killed", "people"), ("nine", 9, "other", None)]),
    ("The initial toll was nine dead.", [("nine", 9, "killed", "dead")]),  # no newer figure beside it
])
def test_an_earlier_toll_beside_a_newer_one_is_no_count_of_the_dead(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The group launched an attack from Dalo that killed 20 villagers.", [("20", 20, "killed", "villagers")]),
    ("A rocket that killed two children hit a school in Dalo.", [("two", 2, "killed", "children")]),
    ("Three gunmen who killed a teacher were arrested.",
     [("Three", 3, "arrested", "gunmen"), ("a teacher", 1, "killed", "teacher")]),
    ("A gunman killed a teacher, and a drone strike killed a commander.",
     [("a teacher", 1, "killed", "teacher"), ("a commander", 1, "killed", "commander")]),
])
def test_the_subject_of_an_active_verb_is_no_victim_of_it(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two men on a motorcycle were shot and injured.", [("Two", 2, "wounded", "men")]),
    ("A man and a woman were killed in the blast in Dalo.",
     [("A man", 1, "killed", "man"), ("a woman", 1, "killed", "woman")]),
    # the commander is one of the 15, who take the verb
    ("Police said 15 militants including a commander were killed in Dalo.", [("15", 15, "killed", "militants")]),
])
def test_a_plural_verb_after_a_count_of_one_is_its_own_only_when_joined(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked a bus near Dalo. Fatalities: 3.", [("3", 3, "killed", None)]),
    ("Prisoners rioted in Dalo. 17 people were injured: 10 guards and 7 inmates.",
     [("17", 17, "wounded", "people"), ("10", 10, "other", "guards"), ("7", 7, "other", "inmates")]),
])
def test_a_label_before_a_colon_says_what_its_number_counts(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A clash between two rival gangs in Dalo left at least seven dead.",
     [("two", 2, "other", "rival gangs"), ("at least seven", 7, "killed", "dead")]),
    ("57 migrants were beaten by guards near Dalo. Five of them drowned.",
     [("57", 57, "other", "migrants"), ("Five", 5, "killed", "migrants")]),
])
def test_a_bare_count_takes_the_noun_of_the_count_before_only_if_it_names_people(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize("text, trigger, total", [
    ("Police shot dead a protester in Dalo. Rights groups said 23 people had been killed since the protests began.",
     "killed", "23"),
    ("Gunmen attacked Kemo, killing 9. The group's attacks have killed hundreds this year.", "attacks", "hundreds"),
    ("Jets struck a camp near Dalo. Since October, more than 300 fighters have been killed.", "killed", "more than 300"),
    ("Jets struck a camp near Dalo. Over 300 fighters were killed over the past two years.", "killed", "Over 300"),
])
def test_a_running_total_is_of_no_event(text, trigger, total):
    found = run(text, events=[event(text, trigger)])
    assert [e.event_id for e in found if e.surface == total] == [None]


def test_a_toll_that_grew_since_a_day_is_of_its_event():
    text = "The death toll from the bombing in Dalo has risen to 40 since Monday."
    bombing = event(text, "bombing")
    assert [(e.value, e.category, e.event_id) for e in run(text, events=[bombing])] == [
        (40, "killed", bombing.event_id)]
