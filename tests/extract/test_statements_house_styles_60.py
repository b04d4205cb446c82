"""House styles of British, Indian, Nigerian, Kenyan and Australian copy (stop 60): quotes in single marks ("'We have
tried everything,' she said"). Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _statements(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(s.speaker, s.speaker_canonical, s.cue, s.content) for s in extract_article(_article(text)).statements]


def _typed(text: str) -> list[tuple[str, str]]:
    return [(s.quote_type, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, typed", [
    ("Dr Sumi Manirajan told the BBC: 'We did not want to be here. We have tried everything.'",
     [("direct", "'We did not want to be here. We have tried everything.'")]),
    ("'Our members are exhausted,' she added, 'and they are leaving.'",
     [("direct", "'Our members are exhausted,'"), ("direct", "'and they are leaving.'")]),
    ("Wes Streeting said the strike was 'unnecessary and unaffordable'.",
     [("mixed", "the strike was 'unnecessary and unaffordable'.")]),
    ("‘The government has had months to fix this,’ said Dr Rob Laurenson.",
     [("direct", "‘The government has had months to fix this,’")]),
    ("'I don't know what we'll do now. The children's school is gone,' she said.",
     [("direct", "'I don't know what we'll do now. The children's school is gone,'")]),
    ("'The workers' union is wrong about this,' the minister said.",
     [("direct", "'The workers' union is wrong about this,'")]),
])
def test_single_quote_marks_quote(text, typed):
    assert _typed(text) == typed


@pytest.mark.parametrize("text, typed", [
    # guards: apostrophes stay apostrophes, and an article quoting in double marks keeps its single ones as written
    ("The doctors' strike began on Monday. Its leader said the members' pay had fallen.",
     [("indirect", "the members' pay had fallen")]),
    ("The minister said the '90s were a hard time for the nurses' union.",
     [("indirect", "the '90s were a hard time for the nurses' union")]),
    ('He said it was "a \'disgrace\' and a shame", adding: "We won\'t stop."',
     [("mixed", 'it was "a \'disgrace\' and a shame"'), ("direct", '"We won\'t stop."')]),
    ("Ryan calls Trump line 'racist'.\n\nRyan said the remark was \"the textbook definition\" of racism. \"I regret "
     "it,\" he said.",
     [("indirect", "Trump line 'racist'."), ("mixed", "the remark was \"the textbook definition\" of racism"),
      ("direct", "\"I regret it,\"")]),
])
def test_apostrophes_and_quotes_within_quotes_stay(text, typed):
    assert _typed(text) == typed


@pytest.mark.parametrize("text", [
    "The junta has not commented on the fighting.",
    "It did not mention Tuapse.",
    "The company hasn't commented publicly on the deal.",
    "The minister declined to comment on the report.",
    "He did not criticize Cruz by name.",
])
def test_a_negated_cue_of_a_topic_says_nothing(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, content", [
    # guards: a negated cue with a clause still reports it, and a cue of a topic not negated speaks of it
    ("He did not deny that he had met the envoy.", "he had met the envoy"),
    ("The statement did not mention the sanctions, but said talks would go on.", "talks would go on"),
    ("The spokesman commented on the arrests on Monday.", "on the arrests on Monday"),
    ("She mentioned the sanctions twice.", "the sanctions twice"),
])
def test_a_cue_with_words_said_stays(text, content):
    assert [c for _, _, _, c in _statements(text)] == [content]


@pytest.mark.parametrize("text, content", [
    ("Russian attacks killed five people over the past day, regional authorities reported on Aug. 10.",
     "Russian attacks killed five people over the past day"),
    ("Five people were killed in the strike, the governor said on 10 August.", "Five people were killed in the strike"),
    ("Three soldiers died, the army reported on Monday, Aug. 12.", "Three soldiers died"),
])
def test_the_date_a_cue_was_spoken_on_is_not_what_was_said(text, content):
    assert [c for _, _, _, c in _statements(text)] == [content]


def test_a_date_before_that_still_opens_what_was_said():
    # guard
    assert [c for _, _, _, c in _statements("The governor said on 10 August that five people were killed.")] == [
        "five people were killed"]


@pytest.mark.parametrize("text, canonical", [
    ("Ambala Superintendent of Police Jashandeep Singh Randhawa said the farmers threw stones.",
     "Jashandeep Singh Randhawa"),
    ("The spokesperson, ASP Mansir Hassan, disclosed that the attackers fled.", "Mansir Hassan"),
    ("CP Funsho Adegboye said the suspects were arrested.", "Funsho Adegboye"),
    ("Det Insp Gary Gibson said the investigation was continuing.", "Gary Gibson"),
    ("Rear Adm Daniel Hagari said the strikes would continue.", "Daniel Hagari"),
    ("Kajiado East MP Kakuta Maimai said the road was unsafe.", "Kakuta Maimai"),
    ("Union Agriculture Minister Shri Arjun Munda said the Centre was ready for talks.", "Arjun Munda"),
    ("Chief Justice of India D.Y. Chandrachud said the court would hear the case.", "D.Y. Chandrachud"),
    ("Deputy Commissioner of Police (Zone 3) Krishnakant Upadhyay told PTI the accused was arrested.",
     "Krishnakant Upadhyay"),
    ("Labour MP for Sunderland Central Lewis Atkinson said the cuts were wrong.", "Lewis Atkinson"),
    ("Scottish Conservative justice spokesman Russell Findlay MSP said the figures were alarming.", "Russell Findlay"),
])
def test_commonwealth_titles_and_seats_are_no_part_of_the_name(text, canonical):
    assert [n for _, n, _, _ in _statements(text)] == [canonical]


@pytest.mark.parametrize("text, canonical", [
    # guards: a seat's member with no name, a generation, a country
    ("The Sunderland Central MP said the cuts were wrong.", "Sunderland Central MP"),
    ("Gen Z voters said the cuts were wrong.", "Gen Z voters"),
    ("Sri Lanka said the talks would resume.", "Sri Lanka"),
])
def test_words_like_titles_that_open_no_name_stay(text, canonical):
    assert [n for _, n, _, _ in _statements(text)] == [canonical]


@pytest.mark.parametrize("text, speaker, content", [
    ('"We will not accept these results," the party\'s spokesperson, Nhlamulo Ndhlela, said.', "Nhlamulo Ndhlela",
     '"We will not accept these results,"'),
    ("Police arrested 12 protesters in Lagos on Monday, the state police spokesman, Benjamin Hundeyin, said.",
     "Benjamin Hundeyin", "Police arrested 12 protesters in Lagos on Monday"),
])
def test_a_description_before_a_name_closing_the_sentence_is_no_part_of_what_was_said(text, speaker, content):
    assert [(s, c) for s, _, _, c in _statements(text)] == [(speaker, content)]


def test_a_description_before_a_name_gives_the_role():
    text = "Police arrested 12 protesters in Lagos on Monday, the state police spokesman, Benjamin Hundeyin, said."
    assert [s.speaker_role for s in extract_article(_article(text)).statements] == ["the state police spokesman"]


@pytest.mark.parametrize("text", [
    "The state's Commissioner of Police, Mr Ali Audu Dabigi, stated this while speaking with journalists in Kaduna.",
    "The Commissioner of Police, Mr Ali Audu Dabigi, disclosed this while addressing journalists in Kaduna.",
])
def test_stated_this_while_speaking_says_nothing_new(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, speaker, content", [
    # guards: a description opening the sentence, and a place set off before the name
    ("The spokesman, Khalid al-Mansouri, said the talks had failed.", "The spokesman", "the talks had failed"),
    ("Prices rose sharply in March, Finance Minister John Smith said.", "Finance Minister John Smith",
     "Prices rose sharply in March"),
])
def test_a_name_and_its_description_elsewhere_stay(text, speaker, content):
    assert [(s, c) for s, _, _, c in _statements(text)] == [(speaker, content)]


@pytest.mark.parametrize("text, canonical", [
    ("The British Medical Association announced a strike. The union said talks had broken down.",
     "British Medical Association"),
    ("The Transport Workers Union called a strike. The union said members were angry.", "Transport Workers Union"),
    ("Northumbria Police arrested eight people. Three officers were hurt, the force said.", "Northumbria Police"),
    ("In a statement, the Haryana Police said the farmers threw stones. Twenty-four personnel were injured, the "
     "statement added.", "Haryana Police"),
])
def test_the_union_the_force_the_statement_point_back_to_who_was_named(text, canonical):
    assert [n for _, n, _, _ in _statements(text)][-1] == canonical


@pytest.mark.parametrize("text, canonical", [
    # guards: a union or force named by none before stays as written
    ("Workers gathered outside the plant. The union said talks had broken down.", "union"),
    ("Three officers were hurt, the force said.", "force"),
])
def test_a_description_with_nobody_named_before_stays(text, canonical):
    assert [n for _, n, _, _ in _statements(text)][-1] == canonical


@pytest.mark.parametrize("text, speaker, content", [
    ("Residents have been told to prepare for more rain, with the Bureau of Meteorology warning of a second "
     "low-pressure system.", "the Bureau of Meteorology", "of a second low-pressure system"),
    ("The strike went on, with the Royal College of Nursing warning of more action.", "the Royal College of Nursing",
     "of more action"),
])
def test_a_participle_after_with_and_a_name_is_said(text, speaker, content):
    assert [(s, c) for s, _, _, c in _statements(text)] == [(speaker, content)]


@pytest.mark.parametrize("text", [
    # guards: a warning that is a noun
    "The town was hit by floods, with a warning of more rain to come.",
    "Residents fled, with warnings of more floods issued overnight.",
])
def test_a_warning_after_with_and_no_name_stays_a_noun(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, canonical", [
    ('President Ferdinand Marcos Jr. ordered agencies to speed up relief. "We will not stop," Marcos said.',
     "Ferdinand Marcos Jr."),
    ("Harry Hurt III ran the firm for a decade. Mr. Hurt said the deal was fair.", "Harry Hurt III"),
])
def test_a_surname_before_a_generation_points_back_to_the_full_name(text, canonical):
    assert [n for _, n, _, _ in _statements(text)] == [canonical]


@pytest.mark.parametrize("text, content", [
    ("IEC chief electoral officer Sy Mamabolo said in a briefing at the results operation centre in Midrand on "
     "Wednesday night that 30 voting stations remained open.", "30 voting stations remained open"),
    ("The senator said in an ABC interview taped before the attacks that the group had been contained.",
     "the group had been contained"),
])
def test_what_was_said_starts_after_that_past_the_cue_venue(text, content):
    assert [c for _, _, _, c in _statements(text)] == [content]


def test_a_venue_with_what_was_said_right_after_it_stays():
    # guard
    assert [c for _, _, _, c in _statements("The minister said in a statement the talks had failed.")] == [
        "the talks had failed"]


@pytest.mark.parametrize("text, speaker, canonical", [
    ("A relative of one of the victims lamented that the kidnappers had demanded a ransom.",
     "A relative of one of the victims", "relative of one of the victims"),
    ("One of the survivors said the boat capsized at night.", "One of the survivors", "survivors"),
    ("The father of one of the students said the school had been warned.", "The father of one of the students",
     "father of one of the students"),
])
def test_a_share_of_a_group_speaks(text, speaker, canonical):
    assert [(s, n) for s, n, _, _ in _statements(text)][0] == (speaker, canonical)


def test_a_relative_of_a_group_stays_whole():
    # guard
    assert [s for s, _, _, _ in _statements("A relative of the victims said the family was devastated.")] == [
        "A relative of the victims"]


def test_a_quotation_running_over_paragraphs_is_of_the_speaker_named_in_its_last():
    text = ("The victim's husband broke down outside the hospital.\n\n\"I kept shouting at him to stop.\n\n"
            "\"I want the strictest punishment,\" Nakhwa said.")
    assert [(s, c) for s, _, _, c in _statements(text)] == [
        ("Nakhwa", "\"I kept shouting at him to stop."), ("Nakhwa", "\"I want the strictest punishment,\"")]


def test_a_closed_quote_before_an_attributed_paragraph_names_nobody():
    # guard: a quotation closed in its own paragraph is no part of the next one's
    text = ("The victim's husband broke down outside the hospital.\n\n\"I kept shouting at him to stop.\"\n\n"
            "\"I want the strictest punishment,\" Nakhwa said.")
    assert [s for s, _, _, _ in _statements(text)] == [None, "Nakhwa"]


@pytest.mark.parametrize("text, speaker, content", [
    ("According to the Kenya Medical Practitioners, Pharmacists and Dentists Union, health workers lack protective "
     "equipment.", "the Kenya Medical Practitioners, Pharmacists and Dentists Union",
     "health workers lack protective equipment"),
    ("According to the Philippine Atmospheric, Geophysical and Astronomical Services Administration (Pagasa), the "
     "storm will make landfall on Friday.",
     "the Philippine Atmospheric, Geophysical and Astronomical Services Administration (Pagasa)",
     "the storm will make landfall on Friday"),
])
def test_a_body_whose_name_lists_its_members_is_named_whole(text, speaker, content):
    assert [(s, c) for s, _, _, c in _statements(text)] == [(speaker, content)]


@pytest.mark.parametrize("text, speaker, content", [
    # guards: a list of people, and what was said opening with a list
    ("According to the police, Red Cross and Red Crescent volunteers were among the dead.", "the police",
     "Red Cross and Red Crescent volunteers were among the dead"),
    ("According to Smith, Jones and Brown, the deal is off.", "Smith", "Jones and Brown, the deal is off"),
])
def test_a_list_after_according_to_that_names_no_body_stays(text, speaker, content):
    assert [(s, c) for s, _, _, c in _statements(text)] == [(speaker, content)]
