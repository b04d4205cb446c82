"""Statement extraction on short news-like texts written for these tests."""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

import pytest

from etl.extract.statements import VERSION, extract
from etl.extract.text import Doc
from etl.ids import sha256_text, stable_hash
from etl.records import Article


def make_doc(text: str, title: str | None = None) -> Doc:
    return Doc(Article(
        article_id="test-article", source="test", source_id="t1", url=None, title=title, published_at=None,
        language="en", text=text, text_sha256=sha256_text(text), n_chars=len(text),
        ingested_at=datetime(2024, 1, 1, tzinfo=timezone.utc), input_path="test.txt",
    ))


def statements(text: str, title: str | None = None):
    found = extract(make_doc(text, title))
    for s in found:  # every record is grounded, whatever the case
        assert text[s.content_start:s.content_end] == s.content
        if s.cue is not None:
            assert text[s.cue_start:s.cue_end] == s.cue
        if s.speaker is not None:
            assert text[s.speaker_start:s.speaker_end] == s.speaker
    return found


def only(text: str):
    found = statements(text)
    assert len(found) == 1, [(s.content, s.speaker) for s in found]
    return found[0]


# Direct quotes

def test_direct_quote_with_cue_after_keeps_its_quote_marks():
    s = only("“We will rebuild every school,” Mayor Ana Lopez said on Tuesday.")
    assert s.quote_type == "direct"
    assert s.content == "“We will rebuild every school,”"
    assert (s.speaker, s.speaker_canonical, s.speaker_role) == ("Mayor Ana Lopez", "Ana Lopez", "Mayor")
    assert s.cue == "said" and s.cue_class == "say"


def test_straight_quotes_and_colon_introduction():
    s = only('The minister said: "The border will stay closed until the spring."')
    assert s.quote_type == "direct"
    assert s.content == '"The border will stay closed until the spring."'
    assert s.speaker == "The minister"


def test_inverted_cue_takes_speaker_and_apposition_after_it():
    s = only("“The harvest is lost,” said Tom Baker, a farmer in the valley.")
    assert s.speaker == "Tom Baker"
    assert s.speaker_canonical == "Tom Baker"
    assert s.speaker_role == "a farmer in the valley"


def test_split_quote_is_one_statement_per_segment_in_one_group():
    text = "“We are ready,” she said, “and we will not wait for anyone.”"
    first, second = statements(text)
    assert (first.content, second.content) == ("“We are ready,”", "“and we will not wait for anyone.”")
    assert first.speaker == second.speaker == "she" and first.cue == second.cue == "said"
    assert first.quote_group == second.quote_group == first.statement_id
    assert second.speaker_source == "same_quote"


def test_quote_continuing_in_the_next_sentence_is_a_segment_of_the_same_utterance():
    text = "“Prices keep rising,” Grant said. “Families cannot keep up with the rent any more.”"
    first, second = statements(text)
    assert first.content == "“Prices keep rising,”" and second.content.endswith("more.”")
    assert second.speaker == "Grant" and second.quote_group == first.statement_id


def test_quote_paragraph_continues_the_previous_speaker():
    text = ("Union leader Maria Chen said the strike would go on.\n"
            "“We have waited six years for a fair contract and we will wait no longer.”")
    found = statements(text)
    assert [s.quote_type for s in found] == ["indirect", "direct"]
    assert found[1].speaker_canonical == "Maria Chen"
    assert found[1].cue is None


def test_colon_at_paragraph_end_introduces_the_next_paragraph():
    text = "In a speech, the governor said:\n“Our state has never been stronger than it is today.”"
    s = only(text)
    assert s.quote_type == "direct" and s.content.startswith("“Our state")
    assert s.speaker == "the governor"


def test_quote_running_over_paragraphs_without_closing_mark():
    text = ("Coach Rita Diaz said: “The first half was poor and everybody knows it.\n"
            "“The second half showed who we really are.”")
    found = statements(text)
    assert all(s.speaker_canonical == "Rita Diaz" for s in found)
    assert any(s.content.startswith("“The second half") for s in found)


def test_cue_in_the_sentence_after_a_question_quote():
    s = only("“Why should families pay for this mistake?” Clinton asked.")
    assert s.content == "“Why should families pay for this mistake?”"
    assert s.speaker == "Clinton" and s.cue_class == "ask"


def test_quote_after_reported_speech_is_the_same_speakers():
    found = statements("Judge Ellen Park said the ruling was wrong. “We will appeal this decision next week.”")
    assert [s.quote_type for s in found] == ["indirect", "direct"]
    assert found[1].speaker_canonical == "Ellen Park"


def test_long_quote_without_any_speaker_has_a_null_speaker():
    s = only("“Nobody told us the water was unsafe to drink for months.”")
    assert s.speaker is None and s.speaker_canonical is None and s.cue is None
    assert s.speaker_kind == "unknown"


# Reported speech

def test_reported_speech_with_that_excludes_that_and_final_period():
    s = only("Finance Minister Olaf Brandt said that the budget would be balanced by 2026.")
    assert s.quote_type == "indirect"
    assert s.content == "the budget would be balanced by 2026"
    assert s.speaker_canonical == "Olaf Brandt" and s.speaker_role == "Finance Minister"


def test_reported_speech_without_that_and_with_time_words():
    s = only("The company said on Friday it would cut 300 jobs.")
    assert s.content == "it would cut 300 jobs"
    assert s.speaker == "The company" and s.speaker_kind == "organization"


def test_told_skips_the_addressee():
    s = only("Senator Joan Miles told reporters the vote would be close.")
    assert s.content == "the vote would be close"
    assert s.cue == "told reporters" and s.cue_class == "tell"


def test_told_with_long_addressee_before_that():
    s = only("Smith told the crowd at his rally in Ohio that the election was not over.")
    assert s.content == "the election was not over"


def test_content_before_cue_and_speaker():
    s = only("The bridge will reopen in March, the transport agency said.")
    assert s.content == "The bridge will reopen in March"
    assert s.speaker == "the transport agency" and s.speaker_kind == "organization"


def test_according_to_after_the_content():
    s = only("The factory will close next year, according to the company.")
    assert s.content == "The factory will close next year"
    assert s.cue == "according to" and s.speaker == "the company"


def test_according_to_before_the_content():
    s = only("According to local officials, at least 40 homes were destroyed.")
    assert s.content == "at least 40 homes were destroyed"
    assert s.speaker == "local officials" and s.speaker_kind == "group"


def test_estimate_with_object_content():
    s = only("Analysts estimated the damage at $2 billion.")
    assert s.cue_class == "estimate" and s.content == "the damage at $2 billion"


def test_parenthetical_attribution_splits_reported_speech_in_two_segments():
    first, second = statements("The plan, he said, would cost far more than promised.")
    assert (first.content, second.content) == ("The plan", "would cost far more than promised")
    assert first.speaker == second.speaker == "he" and second.quote_group == first.statement_id


def test_according_to_after_a_cue_adds_no_second_statement():
    found = statements("“We are not leaving,” Diaz said, according to the Tribune.")
    assert [(s.content, s.speaker) for s in found] == [("“We are not leaving,”", "Diaz")]


def test_mixed_quote_is_reported_speech_carrying_a_quoted_phrase():
    s = only("Rivera called the vote “a disgrace to our democracy.”")
    assert s.quote_type == "mixed"
    assert s.content == "the vote “a disgrace to our democracy.”"


def test_participle_adding_that_is_a_second_statement_by_the_same_speaker():
    found = statements("Police chief Dan Ruiz said the road was closed, adding that no one was hurt.")
    assert [s.content for s in found] == ["the road was closed", "no one was hurt"]
    assert {s.speaker_canonical for s in found} == {"Dan Ruiz"}


def test_participle_before_adding_shares_the_speaker():
    found = statements("“The deal is done,” Lee said before adding: “Now the work starts for all of us.”")
    assert {s.speaker for s in found} == {"Lee"}
    assert any(s.cue == "adding" for s in found)


def test_nominal_cue_with_possessive_speaker():
    s = only("The ministry's claim that the dam was safe drew criticism.")
    assert s.cue == "claim" and s.cue_class == "claim"
    assert s.speaker == "The ministry"
    assert s.content == "the dam was safe drew criticism"


def test_statement_noun_with_possessive_speaker():
    s = only("The embassy's statement that no citizens were hurt came late.")
    assert s.cue == "statement" and s.speaker == "The embassy"


def test_in_a_statement_is_part_of_the_cue():
    s = only("The army said in a statement that two soldiers were wounded.")
    assert s.cue == "said in a statement"
    assert s.content == "two soldiers were wounded"


def test_multi_word_cue_with_inflection():
    s = only("The senator pointed out that the law had never been enforced.")
    assert s.cue == "pointed out" and s.cue_class == "explain"
    s = only("The mayor points out that the budget is smaller this year.")
    assert s.cue == "points out"


@pytest.mark.parametrize(("text", "cue_class"), [
    ("The ministry denied that troops had crossed the border.", "deny"),
    ("The agency confirmed that the plant was closed.", "confirm"),
    ("The general warned that the attacks would continue.", "warn"),
    ("The opposition accused the government of hiding the figures.", "accuse"),
    ("The president praised the rescue workers for their courage.", "praise"),
    ("The minister hinted at a change of course.", "hint"),
    ("Police reported that two people were arrested.", "report"),
])
def test_cue_classes(text, cue_class):
    assert only(text).cue_class == cue_class


# Speakers

def test_pronoun_speaker_resolves_to_the_previous_subject():
    found = statements("Senator Mary Lane spoke for an hour. She said the budget was too small.")
    s = found[-1]
    assert s.speaker == "She" and s.speaker_canonical == "Mary Lane" and s.speaker_kind == "person"


def test_he_said_after_a_quote_goes_on_with_the_last_person_quoted():
    text = ("Governor Alan Webb defended the budget against Senator Mark Dunn.\n"
            "“Dunn has no plan of his own for the schools,” he said.")
    found = statements(text)
    assert found[-1].speaker == "he" and found[-1].speaker_canonical == "Alan Webb"
    text = ("“We will not cut the schools,” Governor Alan Webb said after Senator Mark Dunn attacked the plan.\n"
            "“The numbers add up, whatever my opponents claim,” he said.")
    assert statements(text)[-1].speaker_canonical == "Alan Webb"


def test_surname_resolves_to_full_name_and_acronym_to_expansion():
    text = ("The World Health Organization (WHO) sent a team. Health Minister Paul Grant welcomed the team. "
            "Grant said the hospitals were full. The WHO said it would send more doctors.")
    found = statements(text)
    by_speaker = {s.speaker: s for s in found}
    assert by_speaker["Grant"].speaker_canonical == "Paul Grant"
    assert by_speaker["The WHO"].speaker_canonical == "World Health Organization"


def test_unnamed_sources_keep_their_wording_and_kind():
    s = only("A spokesperson for the ministry said the talks would resume.")
    assert s.speaker == "A spokesperson for the ministry"
    assert s.speaker_kind == "person"
    s = only("Officials said the road would reopen soon.")
    assert s.speaker_kind == "group"


def test_speaker_before_an_apposition_and_a_relative_clause():
    s = only("Michael Ross, a spokesman for the union, said the talks had collapsed.")
    assert (s.speaker, s.speaker_role) == ("Michael Ross", "a spokesman for the union")
    s = only("A senior official who asked not to be named said the talks had collapsed.")
    assert s.speaker == "A senior official"
    s = only("Attorney General Ruth Hale, who told Congress on Monday that the inquiry was closed, left early.")
    assert s.speaker_canonical == "Ruth Hale"


def test_source_familiar_with_is_an_unnamed_person():
    s = only("A source familiar with the talks said a deal was close.")
    assert s.speaker == "A source familiar with the talks"
    assert s.speaker_kind == "person"


def test_country_and_media_speakers():
    s = only("Russia denied that its troops had crossed the border.")
    assert s.speaker_kind == "country" and s.cue_class == "deny"
    s = only("State media reported that the harvest had failed.")
    assert s.speaker_kind == "media"


# Not statements

@pytest.mark.parametrize("text", [
    "The so-called “peace plan” was shelved after a week.",
    "She starred in “The Long Road Home” last year.",
    "That said, the plan still needs money.",
    "Needless to say, the market fell.",
    "Media reports suggest the talks have failed.",
    "His claims were never tested in court.",
    "The report was published on Monday.",
    "Photo: Jane Smith/Reuters",
    "Attending were Smith, Jones and Brown.",
    "By Jane Smith and Tom Lee, Associated Press",
    "The supporter was later charged with assault.",
    "He wrote a children's book about the war.",
    "Sanders claimed a victory in the New Hampshire primary.",
])
def test_no_statement(text):
    assert statements(text) == []


def test_headline_repeating_the_title_gives_no_statement():
    title = "Mayor says bridge will reopen"
    found = statements(f"{title}.\nThe bridge has been closed since May.", title=title)
    assert found == []


# Records

def test_records_carry_stable_ids_and_version():
    text = "“We will rebuild,” Lopez said."
    first, again = extract(make_doc(text)), extract(make_doc(text))
    assert first == again
    s = first[0]
    assert s.statement_id == stable_hash("test-article", "statement", s.content_start, s.content_end)
    assert s.extractor == VERSION and 0 < s.confidence <= 1


def test_reported_speech_of_a_run_on_text_stops_at_a_word_within_reach():
    text = "Officials said the army moved " + "the army moved on " * 300 + "today."
    s = only(text)
    assert s.content.startswith("the army moved") and text[s.content_end] == " "  # a whole word ends it
    assert len(s.content) <= 2000


@pytest.mark.parametrize("text", [
    "he said " * 2000,
    '"We will go there now." ' * 1000,
    'Lind said "we go" ' * 1000,
])
def test_many_cues_or_quotes_in_one_run_on_text_give_bounded_statements(text):
    found = statements(text)
    assert found and sum(len(s.content) for s in found) <= 2000 * len(found)


# Dropped candidates: counted with their reason

def test_cues_and_quotes_that_give_no_statement_are_counted_with_their_reason():
    dropped = Counter()
    text = 'Needless to say, the "peace plan" failed. The minister was told to resign.'
    assert extract(make_doc(text), dropped=dropped) == []
    assert dropped == Counter({
        "statements: cue in a set phrase ('that said')": 1,   # "Needless to say"
        "statements: quote read as no speech (a scare quote or title)": 1,
        "statements: cue in the passive": 1,                  # "was told"
    })


def test_a_cue_inside_a_quote_is_counted_and_the_quote_still_attributed():
    dropped = Counter()
    [s] = extract(make_doc('"He said no to the deal," the mayor said.'), dropped=dropped)
    assert s.speaker == "the mayor"
    assert dropped == Counter({"statements: cue inside a quote": 1})


def test_a_cue_in_a_headline_is_counted():
    dropped = Counter()
    text = "The mayor said the town is safe.\nThe mayor said the roads are open."
    [s] = extract(make_doc(text, title="The mayor said the town is safe"), dropped=dropped)
    assert s.content == "the roads are open"
    assert dropped == Counter({"statements: cue in a headline": 1})


# Written and posted quotes, colons, cues after what was said (issue 15)

@pytest.mark.parametrize(("text", "content", "speaker", "cue"), [
    ("The mayor wrote on Twitter: “The roads are open again.”", "“The roads are open again.”", "The mayor",
     "wrote"),
    ("Lopez posted a photo with two words: “Thank you.”", "“Thank you.”", "Lopez", "posted"),
    ("The club said in a statement: “We regret the delay and apologise to our fans.”",
     "“We regret the delay and apologise to our fans.”", "The club", "said in a statement"),
    ("Ortiz wrote in a long message to fans: “I will be back next season, stronger than ever.”",
     "“I will be back next season, stronger than ever.”", "Ortiz", "wrote in a long message to fans"),
    ("Coach Ana Ruiz was blunt: “We did not deserve to win tonight.”", "“We did not deserve to win tonight.”",
     "Coach Ana Ruiz", None),
    ("The drug cut the risk of stroke by a third, researchers report.", "The drug cut the risk of stroke by a third",
     "researchers", "report"),
])
def test_written_posted_and_colon_quotes(text, content, speaker, cue):
    [s] = [s for s in statements(text) if s.content == content]
    assert s.speaker == speaker and s.speaker_start == text.index(speaker)
    assert s.cue == cue


def test_set_phrases_around_a_cue_are_found_in_any_case_and_spacing():
    # the negatives are one prefix-factored pattern: it finds what the plain alternation of them finds
    import re

    from etl.extract.statements.cues import _NEGATIVE_RE
    from etl.extract.statements.lexicon import CONTEXT
    from etl.extract.wordlists import alternation
    plain = re.compile(rf"(?i)\b(?:{alternation(CONTEXT['negatives'])})")
    for text in ["The clerk responded to a request late", "she RESPONDED TO  REQUESTS", "Having\nsaid that, Ortiz",
                 "Dalo claims victory", "Say, a dozen", "the said officer", "he asked not to be identified",
                 "unsaid things", "That is to say"]:
        found, expected = _NEGATIVE_RE.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
    assert [s.cue for s in statements("That said, Mayor Ilsa Varno argued that the levy was fair.")] == ["argued"]
