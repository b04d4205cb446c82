"""Where what was said begins and ends, and who says it, in common constructions of news attribution."""
from __future__ import annotations

import pytest

from tests.extract.test_statements import statements
from tests.extract.test_statements_pronouns import said


def _one(text: str, content: str):
    """The statement whose content is `content` (failing with what was found when there is none)."""
    found = statements(text)
    match = [s for s in found if s.content == content]
    assert match, [(s.content, s.speaker, s.cue) for s in found]
    return match[0]


# (text, content, speaker as written)
SPEAKERS = [
    # an adverb of discourse between the speaker and the verb
    ("Coach Dana Wills however said the squad would travel without its captain.",
     "the squad would travel without its captain", "Coach Dana Wills"),
    ("The mayor meanwhile said the bridge would reopen in May.",
     "the bridge would reopen in May", "The mayor"),
    ("Lena Park herself said the surgery had gone well.",
     "the surgery had gone well", "Lena Park"),
    ("Investors though said the merger came too late.",
     "the merger came too late", "Investors"),
    # an age before the apposition
    ("Tomas Ilves, 34, a welder from Duluth, said the plant had cut his shifts twice.",
     "the plant had cut his shifts twice", "Tomas Ilves"),
    ("Ruth Okafor, 71, a retired teacher, told reporters that the clinic was her lifeline.",
     "the clinic was her lifeline", "Ruth Okafor"),
    # an apposition between dashes
    ("Ivo Marek — a nurse at the county hospital — said the ward had run out of beds.",
     "the ward had run out of beds", "Ivo Marek"),
    ("Sara Lindqvist -- the club's physiotherapist -- says the striker will be fit by Sunday.",
     "the striker will be fit by Sunday", "Sara Lindqvist"),
    # an apposition before auxiliaries and adverbs
    ("Pia Holm, the league's chief medical officer, has said concussion rules will tighten.",
     "concussion rules will tighten", "Pia Holm"),
    ("The union's leader, Carl Brandt, also warned that the mill could close.",
     "the mill could close", "Carl Brandt"),
    ("Nadia Ferro, the bakery's owner, later told reporters that flour prices had tripled.",
     "flour prices had tripled", "Nadia Ferro"),
    # an apposition before a past form that could be a noun
    ("Kim Obi, the union's treasurer, called the offer “an insult.”", "the offer “an insult.”", "Kim Obi"),
    ("The club's captain, Jonas Berg, has called on fans to stay calm.", "fans to stay calm", "Jonas Berg"),
    # "overall" between the speaker and the verb
    ("Voters in the north overall said the tax was unfair.", "the tax was unfair", "Voters in the north"),
    # a long apposition after a name
    ("Owen Marsh, vice president and general counsel for the Harbor Shipping Group, said the ships were insured.",
     "the ships were insured", "Owen Marsh"),
    # a contracted "has" after a pronoun
    ("She’s said the club will not sell its best players.", "the club will not sell its best players", "She"),
    ("Since then he’s argued that the fine was unfair.", "the fine was unfair", "he"),
    # a second verb after "then" or a dash shares the subject of the clause before it
    ("Vance thanked the volunteers, then says the shelter will stay open all winter.",
     "the shelter will stay open all winter", "Vance"),
    ("Rita Osei changed her vote at the last minute – saying she had read the report overnight.",
     "she had read the report overnight", "Rita Osei"),
    # ... and the subject ends before its own verb and object
    ("The mayor cut the ribbon, adding that the bridge had cost too much.",
     "the bridge had cost too much", "The mayor"),
    ("The coach praised the defence -- adding that the keeper was the best on the pitch.",
     "the keeper was the best on the pitch", "The coach"),
    # a head noun after three modifiers
    ("The veteran hospital union organiser says the night shift is short of staff.",
     "the night shift is short of staff", "The veteran hospital union organiser"),
    # the subject before a prepositional or participial postmodifier, not the noun ending it
    ("Fans waiting outside the stadium said the gates opened late.", "the gates opened late",
     "Fans waiting outside the stadium"),
    ("Residents of the flooded valley say the levee was never repaired.",
     "the levee was never repaired", "Residents of the flooded valley"),
    ("Parents trying to reopen the school after the fire have said the insurers are slow to pay.",
     "the insurers are slow to pay", "Parents trying to reopen the school after the fire"),
    ("Ortiz at the town hall in Reno said the tax would go.", "the tax would go", "Ortiz"),
    # a venue or a time between the speaker and the verb is not the speaker
    ("Meanwhile Mayor Lena Ruiz in a blog post said the library would stay open.",
     "the library would stay open", "Mayor Lena Ruiz"),
    ("The club in a statement on its website said the coach would stay.",
     "the coach would stay", "The club"),
    ("The health ministry less than two weeks ago said the outbreak was over.",
     "the outbreak was over", "The health ministry"),
    ("After Nora Vell resigned, fans said the club had lost its soul.",
     "the club had lost its soul", "fans"),
    # a discourse adverb between commas
    ("Doctors at the clinic, however, warned that flu cases were rising.",
     "flu cases were rising", "Doctors at the clinic"),
    ("The players, for their part, said the pitch was poor.", "the pitch was poor", "The players"),
    # an aside that opens with a preposition is not an apposition, and a relative clause may hold a place name
    ("Coach Ruiz, for her part, said the squad was tired.", "the squad was tired", "Coach Ruiz"),
    ("Ana Berg, who lost her home in the flood in Sandvik, Norway, in May, said the aid came too late.",
     "the aid came too late", "Ana Berg"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SPEAKERS)
def test_speaker_is_found_across_adverbs_and_appositions(text, content, speaker):
    assert _one(text, content).speaker == speaker


# (text, content, speaker as written)
CONTENTS = [
    # a conditional clause is what was said, not an adverbial after the verb
    ("Gomez said if the council approved the budget, the pool would reopen.",
     "if the council approved the budget, the pool would reopen", "Gomez"),
    ("The coach asked if the referee had seen the foul.",
     "if the referee had seen the foul", "The coach"),
    # a time or place of any length before "that"
    ("Ortiz said during a radio interview on Monday that the strike would end.",
     "the strike would end", "Ortiz"),
    ("The chief executive said at a shareholder meeting in Oslo that profits would double.",
     "profits would double", "The chief executive"),
    ("Dr. Amy Chu said in the hospital's weekly briefing that flu cases had peaked.",
     "flu cases had peaked", "Dr. Amy Chu"),
    # a place name with its state or country set off by commas before "that"
    ("Coach Bell told a booster club in Salem, Oregon on Monday that the team would not move.",
     "the team would not move", "Coach Bell"),
    ("Ortiz said Thursday during a visit to a plant in Toledo, Ohio, that tariffs had saved jobs.",
     "tariffs had saved jobs", "Ortiz"),
    ("The governor said on Jan. 5 at a rally in Reno that the bridge would open.",
     "the bridge would open", "The governor"),
    # a programme title quoted before the speaker is not what was said
    ("Speaking on Radio Nine’s “Morning Report,” Senator Ada Quinn said the tax would be dropped.",
     "the tax would be dropped", "Senator Ada Quinn"),
    ("On Channel 4’s “The Late Desk,” coach Bo Hart said his team had been robbed.",
     "his team had been robbed", "coach Bo Hart"),
    # a contrasting clause after a comma is the writer's, not the speaker's
    ("Ortiz said 40 percent of members backed the plan, while 12 percent were undecided.",
     "40 percent of members backed the plan", "Ortiz"),
    ("Nurses say staffing is the main problem, while managers point to the budget.",
     "staffing is the main problem", "Nurses"),
    # the writer's aside after a dash, or a "however" after a comma, is not what was said
    ("Coach Vidal said the team would press high — a bold plan against the league leaders.",
     "the team would press high", "Coach Vidal"),
    ("The union denied that the strike was political, however, pointing to the pay talks.",
     "the strike was political", "The union"),
    # a second verb of the speaker after ", and has" is not what was said
    ("Mayor Ruiz insists the city must grow, and has backed a plan to build 5,000 homes.",
     "the city must grow", "Mayor Ruiz"),
    # a second source named after a comma is not part of what was said
    ("The mayor said the deal was done, according to two aides.", "the deal was done", "The mayor"),
    # "according to X" after a whole clause: what was said ends at the cue, whatever follows the source
    ("Sales fell by a third in the spring, according to the Farmers Union, which counts 300 members.",
     "Sales fell by a third in the spring", "the Farmers Union"),
    ("Ticket prices will double next season, according to a memo seen by the Daily Star.",
     "Ticket prices will double next season", "a memo seen by the Daily Star"),
    ("Three players were injured in the crash, according to police, but none seriously.",
     "Three players were injured in the crash", "police"),
    # … but a short subject before "according to X," keeps its verb after it
    ("The new stadium, according to city officials, will cost two billion dollars.",
     "The new stadium, according to city officials, will cost two billion dollars", "city officials"),
    ("According to the coroner, the victim died of smoke inhalation.",
     "the victim died of smoke inhalation", "the coroner"),
    ("However, according to the league, six clubs are in debt.", "six clubs are in debt", "the league"),
    ("Revenue, according to the filing, rose by a fifth.",
     "Revenue, according to the filing, rose by a fifth", "the filing"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CONTENTS)
def test_reported_speech_starts_and_ends_at_its_clause(text, content, speaker):
    assert _one(text, content).speaker == speaker


def test_short_quote_opening_the_sentence_is_still_the_content():
    s = _one("“Absolutely not,” Kroll said of the offer.", "“Absolutely not,”")
    assert s.speaker == "Kroll" and s.quote_type == "direct"


def test_relative_who_with_contracted_has_speaks_for_its_antecedent():
    s = _one("The motion was backed by councillor Rita Vance, who’s argued for years that the depot should move.",
             "the depot should move")
    assert s.speaker == "who" and s.speaker_canonical == "Rita Vance"


def test_possessive_before_a_noun_cue_is_still_not_a_speaker():
    found = statements("The striker’s claims about the referee were dismissed by the league.")
    assert all(s.speaker != "The striker’s" for s in found)


def test_when_clause_after_the_cue_is_not_what_was_said():
    found = statements("The lawyer smiled when he said goodbye to the jury.")
    assert all(not s.content.startswith("when") for s in found)


# Quoted titles are not speech, even with their small words in lower case
TITLES = [
    "Coach Mira Dale, who backed the “Gang of Four,” left the club in May.",
    "Ortiz, who appeared on “Meet the Voters,” was not asked about the budget.",
    "The actor, best known for “Tales of the Harbor,” signed a new contract on Monday.",
]


@pytest.mark.parametrize("text", TITLES)
def test_title_with_small_words_is_not_a_statement(text):
    assert not any(s.quote_type == "direct" for s in statements(text))


def test_short_capitalised_question_is_still_speech():
    s = _one("“Is Nora Vell Coming Back?” Ortiz asked.", "“Is Nora Vell Coming Back?”")
    assert s.speaker == "Ortiz"


# The subject of a participle cue is found past datelines, lead phrases and the places they run on into,
# and a clause before "…, saying" is not an apposition
PARTICIPLE_SUBJECTS = [
    ("Here in Dayton, Ortiz stepped up her attack on the council, saying the budget was a fraud.",
     "the budget was a fraud", "Ortiz"),
    ("At a town hall in Ames, Iowa, on Sunday, Senator Vell defended the tax, saying that it had paid for roads.",
     "it had paid for roads", "Senator Vell"),
    ("Lisbon (AFP) - Rui Pinto on Monday praised his young squad, saying they had grown up fast.",
     "they had grown up fast", "Rui Pinto"),
    ("GREEN BAY, Wis. - Rallying hundreds of nurses, Kim Obi attacked the cuts, saying they would cost lives.",
     "they would cost lives", "Kim Obi"),
    ("Marta Sol, the new captain, lifted the trophy, saying it belonged to the fans.",
     "it belonged to the fans", "Marta Sol"),
    ("OSLO, May 3 (Reuters) - Norway’s centre-left finance minister, Siv Lund, cut the forecast, saying oil "
     "prices would fall.", "oil prices would fall", "Norway’s centre-left finance minister"),
    ("Soon after the match was abandoned, the referee left the ground, saying he had feared for his safety.",
     "he had feared for his safety", "the referee"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PARTICIPLE_SUBJECTS)
def test_subject_of_a_participle_or_second_verb(text, content, speaker):
    assert _one(text, content).speaker == speaker


def test_adverbial_clause_before_the_speaker_is_not_what_was_said():
    found = statements("Shortly after the vote was held, Ortiz wrote to her supporters.")
    assert not any(s.content.startswith("Shortly after") for s in found)


def test_past_form_after_and_is_a_second_cue_of_the_same_speaker():
    found = statements("Coach Dale praised the young keeper and called him the best in the league.")
    called = [s for s in found if s.cue == "called"]
    assert called and called[0].speaker == "Coach Dale"
    assert called[0].content == "him the best in the league"
    praised = [s for s in found if s.cue == "praised"]
    assert praised and praised[0].content == "the young keeper"


def test_phrase_cue_after_and_is_a_second_cue_of_the_same_speaker():
    text = "The mayor added that she had cut the budget twice and called on the council to do the same."
    found = statements(text)
    assert [(s.cue, s.content, s.speaker) for s in found] == [
        ("added", "she had cut the budget twice", "The mayor"),
        ("called on", "the council to do the same", "The mayor")]


# A second cue of the same speaker after "and"/"but" with auxiliaries, negation and adverbs ends the first
# statement and takes its speaker
SECOND_CUES = [
    ("Ortiz said she would back the eventual nominee but did not suggest it would be Vell.",
     [("said", "she would back the eventual nominee", "Ortiz"), ("suggest", "it would be Vell", "Ortiz")]),
    ("The coach praised the keeper and has repeatedly said he is the best in the league.",
     [("praised", "the keeper", "The coach"), ("said", "he is the best in the league", "The coach")]),
    ("Ortiz said the plan was sound, and also warned that costs would rise.",
     [("said", "the plan was sound", "Ortiz"), ("warned", "costs would rise", "Ortiz")]),
    ("The minister praised the budget but wouldn’t confirm that taxes would rise.",
     [("praised", "the budget", "The minister"), ("confirm", "taxes would rise", "The minister")]),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_CUES)
def test_second_cue_after_a_conjunction_and_auxiliaries(text, expected):
    assert [(s.cue, s.content, s.speaker) for s in statements(text)] == expected


# Set phrases where a reporting verb reports nothing
NOT_STATEMENTS = [
    "A lawyer for the club did not respond to a request for comment.",
    "The ministry has not responded to emails since Friday.",
    "Additional reporting by Ana Ruiz in Lima; Editing by Tom Hale",
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_set_phrase_gives_no_statement(text):
    assert statements(text) == []


def test_past_form_after_a_name_is_a_verb_even_before_a_quantifier():
    s = _one("On Sunday, Graham called both candidates “reckless.”", "both candidates “reckless.”")
    assert s.speaker == "Graham" and s.cue == "called"


@pytest.mark.parametrize("text", [
    "On 9 May 2020, the mission observed two explosions near Tessal.",
    "In late March 2021, the monitors counted 14 impacts.",
])
def test_a_date_opening_the_sentence_is_not_what_was_said(text):
    assert statements(text) == []


def test_a_clause_with_a_date_before_the_speaker_still_is():
    assert _one("On 12 March 2021 the court ruled, the spokesman said.",
                "On 12 March 2021 the court ruled").speaker == "the spokesman"


@pytest.mark.parametrize("text, content, speaker", [
    ("KHARKIV, Ukraine (AP) — Russian forces shelled Kharkiv overnight, killing three civilians, the governor said.",
     "Russian forces shelled Kharkiv overnight, killing three civilians", "the governor"),
    ("WASHINGTON (Reuters) - At least 10 people were killed in the storm, according to local officials.",
     "At least 10 people were killed in the storm", "local officials"),
    ("PESHAWAR: Two policemen were shot dead in the city on Monday, police said.",
     "Two policemen were shot dead in the city on Monday", "police"),
])
def test_a_wire_dateline_is_no_part_of_what_was_said(text, content, speaker):
    assert _one(text, content).speaker == speaker


@pytest.mark.parametrize("credit", ["(CNN) ", "(Reuters) - ", "(AP) — "])
def test_an_agency_s_credit_opening_a_story_is_no_part_of_what_was_said(credit):
    text = credit + "A suicide bomber detonated a device at the arena on Monday night, killing 22 people, police said."
    content = "A suicide bomber detonated a device at the arena on Monday night, killing 22 people"
    assert said(text, content).speaker == "police"
