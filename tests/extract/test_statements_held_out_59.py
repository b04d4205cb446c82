"""Justice aftermath and political copy (stop 59): a count opening what was said ("said as many as 10,000 people"),
a connective before a parenthetical attribution ("In particular, he said, …"), a name before its description with no
comma before the verb ("Sam Lau, communications director for the party said"). Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _statements(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(s.speaker, s.speaker_canonical, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, content", [
    ("Jan Egeland, the UN's emergency relief coordinator, said as many as 10,000 people may have died.",
     "as many as 10,000 people may have died"),
    ("Officials said as few as 20 families had been evacuated.", "as few as 20 families had been evacuated"),
    ("The ministry said as much as $2 billion had been lost to the floods.",
     "as much as $2 billion had been lost to the floods"),
])
def test_a_count_opening_what_was_said_is_said(text, content):
    assert [c for _, _, _, c in _statements(text)] == [content]


@pytest.mark.parametrize("text", [
    # guards: "as" opening a clause of time is still no speech
    "He said as much on Monday.",
    "The senator smiled and said nothing as he left the chamber.",
])
def test_as_opening_a_clause_stays_no_content(text):
    assert [c for _, _, _, c in _statements(text) if c.startswith("as")] == []


@pytest.mark.parametrize("text, content", [
    ("In particular, he said, the foundation had the free use of the golf courses for its events.",
     "the foundation had the free use of the golf courses for its events"),
    ("For example, the senator said, the bill would cut taxes for most families.",
     "the bill would cut taxes for most families"),
    ("After all, she argued, the president had signed the law himself.", "the president had signed the law himself"),
    ("In the end, Mr. Rosen said, union voters always come home.", "union voters always come home"),
])
def test_a_connective_before_an_attribution_is_not_said(text, content):
    assert [c for _, _, _, c in _statements(text)] == [content]


@pytest.mark.parametrize("text, contents", [
    # guards: a subject before a parenthetical attribution is part of what was said
    ("The plan, he said, would cost more than expected.", ["The plan", "would cost more than expected"]),
    ("Mr. Obama, officials said, has become skeptical of the plan.", ["Mr. Obama", "has become skeptical of the plan"]),
])
def test_a_subject_before_an_attribution_stays_said(text, contents):
    assert [c for _, _, _, c in _statements(text)] == contents


@pytest.mark.parametrize("text, speaker, content", [
    ('"We have full confidence in the results," Sam Lau, communications director for the Iowa Democratic Party said '
     'in a statement.', "Sam Lau", '"We have full confidence in the results,"'),
    ("Sam Lau, communications director for the Iowa Democratic Party said the results were sound.", "Sam Lau",
     "the results were sound"),
    ('"This is a sad day for the city," Ana Ruiz, the mayor\'s spokeswoman said.', "Ana Ruiz",
     '"This is a sad day for the city,"'),
])
def test_a_name_before_its_description_without_a_comma_speaks(text, speaker, content):
    assert [(s, c) for s, _, _, c in _statements(text)] == [(speaker, content)]


@pytest.mark.parametrize("text, speaker", [
    # guards: a plural or an attribution set off by commas tells what was said of the name
    ("Mrs. Clinton, analysts said, has other reasons for staying quiet.", "analysts"),
    ("Mr. Obama, a senior official said, has become skeptical of the plan.", "a senior official"),
    ("In New York, the party spokesman said the results were sound.", "the party spokesman"),
])
def test_a_description_that_is_the_speaker_stays(text, speaker):
    assert {s for s, _, _, _ in _statements(text)} == {speaker}


@pytest.mark.parametrize("text", [
    "A disproportionate number of refugees from Iraq admitted to the United States have been Christian.",
    "Two of the wounded were admitted to a military hospital in Rawalpindi.",
    "You deserve a president informed by experience and humility.",
    "President Ivan Duque called off peace talks with the rebels.",
    "The two companies called off a $54 billion merger after the new rules.",
    "The army called up 20,000 reservists on Sunday.",
    "Some of the convicts shouted slogans as they were led out of the courtroom.",
    "A man yelled obscenities at the officers before he was detained.",
    "An Oslo court on Friday declared Breivik sane and sentenced him to 21 years in prison.",
    "Domingos Brazao, a member of the Rio state audit court, and Rivaldo Barbosa were detained in Rio.",
    "Thomas Hanify, the president of the Indiana state firefighters union, was not available.",
    "In the Borno state capital Maiduguri, a bomb killed 12 people.",
    "Abedi was jailed for life at the Old Bailey today and told he must serve a minimum of 55 years.",
    "The minister was questioned for six hours and told that he must not leave the country.",
])
def test_a_verb_of_speech_in_a_sense_of_no_speech_is_no_statement(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, cue, content", [
    # guards: the same verbs where they tell what was said
    ("She admitted to lying about the payments.", "admitted", "to lying about the payments"),
    ("He admitted to the affair in an interview.", "admitted", "to the affair in an interview"),
    ("Trump called on supporters to vote early.", "called on", "supporters to vote early"),
    ("The crowd shouted that the police should leave.", "shouted", "the police should leave"),
    ("He was released on Friday and told reporters he had been beaten.", "told reporters", "he had been beaten"),
    ("He declared the election a fraud.", "declared", "the election a fraud"),
    ("The president informed the crowd that he would resign.", "informed", "he would resign"),
])
def test_those_verbs_still_tell_speech(text, cue, content):
    assert [(c, t) for _, _, c, t in _statements(text)] == [(cue, content)]


def test_a_quote_before_a_name_whose_description_holds_state_is_the_names():
    text = ('"They feel he is the one guy saying what is on their minds," Thomas Hanify, the president of the Indiana '
            'state firefighters union, said of his members.')
    assert [(s, c) for s, _, c, _ in _statements(text)][0] == ("Thomas Hanify", "said")


@pytest.mark.parametrize("text, pronoun, canonical", [
    ('Former Alaska governor Sarah Palin endorsed him on Monday. "He is the right man," she said.', "she",
     "Sarah Palin"),
    ("Ben Carson spoke in Iowa. Former Carson advisers said a shakeup was needed. Carson said he would preview a "
     "strategy for Libya.", "Carson", "Ben Carson"),
    ("Former Democratic candidate Bernie Sanders sat down with reporters. He said he agrees with the remarks.", "He",
     "Bernie Sanders"),
])
def test_former_opens_no_name(text, pronoun, canonical):
    assert [c for s, c, _, _ in _statements(text) if s == pronoun] == [canonical]


@pytest.mark.parametrize("text", [
    'Former Arizona governor Jan Brewer endorsed him on Monday. "He is the right man," she said.',
    'Former Carson advisers said a shakeup was necessary. "They have a global strategy," he said.',
])
def test_former_and_a_place_or_surname_is_no_one(text):
    assert not any((c or "").startswith("Former") for s, c, _, _ in _statements(text) if s in {"he", "she"})


def test_a_title_after_former_stays_the_role():
    from etl.extract.mentions import analyze
    found = analyze("Former Arizona Gov. Jan Brewer")
    assert (found.canonical, found.kind, found.role) == ("Jan Brewer", "person", "Former Arizona Gov.")


@pytest.mark.parametrize("text, speaker, canonical", [
    ('Walus shot Chris Hani in 1993. "This is a very sad day," said Hani\'s widow, Limpho Hani.', "Hani's widow",
     "Limpho Hani"),
    ('"This is a very sad day," said the victim\'s mother, Jane Moyo.', "the victim's mother", "Jane Moyo"),
    ('"We will appeal," said Trump\'s lawyer, Michael Cohen, on Monday.', "Trump's lawyer", "Michael Cohen"),
    ('"We will appeal," said the victim\'s father.', "the victim's father", "victim's father"),
])
def test_a_possessive_description_speaks_by_the_name_after_it(text, speaker, canonical):
    assert [(s, c) for s, c, _, _ in _statements(text)] == [(speaker, canonical)]


@pytest.mark.parametrize("text, speaker", [
    # guards: after a name or a contraction, a lower-case word is still the verb
    ('"We won," said Mr. Trump, who struck a defiant tone.', "Mr. Trump"),
    ("Police said the victim's body was found near the river.", "Police"),
])
def test_a_possessive_after_the_cue_stays_what_was_said(text, speaker):
    assert [s for s, _, _, _ in _statements(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Bill Richard, whose son Martin, 8, was killed in the bombing, had asked prosecutors not to seek the death "
     "penalty.", "Bill Richard"),
    ("Bill Richard, whose son was killed in the bombing, had asked prosecutors not to seek the death penalty.",
     "Bill Richard"),
    ("Ana Ruiz, 21, a student from Reno, said the fees were too high.", "Ana Ruiz"),
])
def test_an_age_inside_a_relative_clause_is_not_the_speakers(text, speaker):
    assert [s for s, _, _, _ in _statements(text)] == [speaker]


@pytest.mark.parametrize("text, canonical, content", [
    ("The junta has disputed the figures; a military spokesman, Brig. Gen. Zaw Min Tun, told a news conference last "
     "month that 248 people had died.", "Zaw Min Tun", "248 people had died"),
    ("Brig. Ahmed Khan said the talks would resume on Monday.", "Ahmed Khan", "the talks would resume on Monday"),
    ("Zaw Min Tun said the talks would resume.", "Zaw Min Tun", "the talks would resume"),
])
def test_brigadier_and_a_name_of_short_syllables(text, canonical, content):
    assert [(c, t) for _, c, _, t in _statements(text)][-1] == (canonical, content)


@pytest.mark.parametrize("text, canonical", [
    ("The New York businessman said the deal was done.", "New York businessman"),
    ("A South Carolina Democrat said the race was close.", "South Carolina Democrat"),
    # guards: a common noun capitalised before a name is still dropped
    ("Farmer Walter Grant said the rain came late.", "Walter Grant"),
    ("Billionaire Donald Trump said the deal was done.", "Donald Trump"),
])
def test_a_place_first_word_stays_in_the_canonical_name(text, canonical):
    assert [c for _, c, _, _ in _statements(text)] == [canonical]


@pytest.mark.parametrize("text, speaker, canonical", [
    ("The Syrian Observatory for Human Rights said 100 people were killed on Tuesday. The Britain-based monitoring "
     "group said 12 of them were children.", "The Britain-based monitoring group",
     "Syrian Observatory for Human Rights"),
    ("The Houthi-run health ministry said 82 people had died.", "The Houthi-run health ministry",
     "Houthi-run health ministry"),
    ("Leftist rebels of the National Liberation Army hijacked a plane on Monday. The rebels released nine of the "
     "hostages on Tuesday. The army said it had sent some 2,000 soldiers to the region.", "The army", "army"),
    # guards: an army named with its country is whom "the army" points back to
    ("The Pakistan Army said 12 militants were killed. The army said the operation would go on.", "The army",
     "Pakistan Army"),
    ("The Nigerian army said 12 militants were killed. The army said the operation would go on.", "The army",
     "Nigerian army"),
])
def test_a_described_body_points_back_to_the_one_named(text, speaker, canonical):
    assert [(s, c) for s, c, _, _ in _statements(text)][-1] == (speaker, canonical)


@pytest.mark.parametrize("text, speaker, canonical", [
    ("The Kurdistan Workers' Party (PKK) said on Sunday that 12 people had died.",
     "The Kurdistan Workers' Party (PKK)", "Kurdistan Workers' Party"),
    ("The Peoples' Democratic Party (HDP) said on Sunday that 128 people had died.",
     "The Peoples' Democratic Party (HDP)", "Peoples' Democratic Party"),
    # guard: without a plural's possessive the acronym was already read
    ("The Democratic Union Party (PYD) said on Sunday that 12 people had died.", "The Democratic Union Party (PYD)",
     "Democratic Union Party"),
])
def test_an_acronym_after_a_plurals_possessive_keeps_the_name(text, speaker, canonical):
    assert [(s, c) for s, c, _, _ in _statements(text)] == [(speaker, canonical)]


@pytest.mark.parametrize("text, content", [
    ("Police fired on protesters demanding an end to quotas, bringing the toll from four days of clashes to 105.",
     "an end to quotas"),
    ("Critics called it censorship, raising the question of what constitutes hate speech.", "it censorship"),
    ("The ministry said 12 more people had died, bringing the toll to 105.", "12 more people had died"),
])
def test_bringing_the_toll_after_a_comma_is_the_writers(text, content):
    assert [c for _, _, _, c in _statements(text)] == [content]


@pytest.mark.parametrize("text", [
    "Smith declared his candidacy on Monday in Des Moines.",
    "Many who have declared for president have come from the fringe.",
])
def test_a_candidacy_declared_is_no_statement(text):
    assert _statements(text) == []


def test_a_declaration_with_its_clause_stays():
    assert [c for _, _, _, c in _statements("He declared that the war was over.")] == ["the war was over"]


@pytest.mark.parametrize("text", [
    "He called Haugland earlier this month to learn more about his argument.",
    "Mr. Obama called Naghmeh Abedini.",
    "She called Sanders after the primaries to congratulate him.",
    "The donors met at the liberal club called Democracy Alliance.",
])
def test_a_phone_call_or_a_name_is_no_statement(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, cue, content", [
    # guards: what is called, and who is called on, stay
    ("Trump called Clinton a liar.", "called", "Clinton a liar"),
    ("She called him “a disgrace” on Monday.", "called", "him “a disgrace” on Monday"),
    ("Trump called on Clinton to resign.", "called on", "Clinton to resign"),
    ("He called for Clinton to resign.", "called for", "Clinton to resign"),
])
def test_a_description_or_a_call_for_stays(text, cue, content):
    assert [(c, t) for _, _, c, t in _statements(text)] == [(cue, content)]
