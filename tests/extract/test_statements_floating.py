"""A paragraph that is only a quotation carries on the speaker of the statement before it, unless someone else
comes between: cases written for these tests."""
from __future__ import annotations

import pytest

from tests.extract.test_statements import statements

# (text, the floating quote, the speaker it takes as written, canonical)
CARRIED = [
    ("Union leader Maria Chen said the strike would go on.\n"
     "“We have waited six years for a fair contract and we will wait no longer.”",
     "“We have waited six years for a fair contract and we will wait no longer.”", "Union leader Maria Chen",
     "Maria Chen"),
    ("“The river rose two metres in one night,” said Mayor Olga Petrov.\n"
     "“Nobody in the village has seen anything like it.”",
     "“Nobody in the village has seen anything like it.”", "Mayor Olga Petrov", "Olga Petrov"),
    ("Coach Rita Diaz praised her players after the match.\n"
     "“They fought for every ball, from the first minute to the last.”",
     "“They fought for every ball, from the first minute to the last.”", "Coach Rita Diaz", "Rita Diaz"),
    ("The company said profits fell by a third.\n"
     "“The market has never been this hard for small producers like us.”",
     "“The market has never been this hard for small producers like us.”", "The company", "company"),
    ("“We will open the bridge on Friday,” the transport minister said.\n"
     "“Traffic will be slow for the first weeks while the repairs go on.”",
     "“Traffic will be slow for the first weeks while the repairs go on.”", "the transport minister",
     "transport minister"),
    ("Residents said the water had been brown for weeks.\n"
     "“Our children have been sick since the spring and nobody listens.”",
     "“Our children have been sick since the spring and nobody listens.”", "Residents", "Residents"),
    ("Anna Ruiz, who runs the shelter, said donations had doubled.\n"
     "“People have been very generous since the fire destroyed the old building.”\n"
     "“We now need volunteers more than money.”",
     "“We now need volunteers more than money.”", "Anna Ruiz", "Anna Ruiz"),
    # a narrative paragraph about things, or a pronoun for the same speaker, does not stand between
    ("Fire chief Dan Ortiz said the blaze started in the kitchen.\n"
     "The building was empty at the time.\n"
     "“We were lucky that nobody was inside when the roof collapsed.”",
     "“We were lucky that nobody was inside when the roof collapsed.”", "Fire chief Dan Ortiz", "Dan Ortiz"),
    ("“We will rebuild,” said Mayor Olga Petrov.\n"
     "She visited the school on Monday.\n"
     "“The children deserve a safe place to learn, whatever it costs.”",
     "“The children deserve a safe place to learn, whatever it costs.”", "Mayor Olga Petrov", "Olga Petrov"),
    ("“I expected a hard race,” Ellen Park told reporters after the vote.\n"
     "“But I did not expect to lose my own district by so many votes.”",
     "“But I did not expect to lose my own district by so many votes.”", "Ellen Park", "Ellen Park"),
]

# someone else comes between, or nobody spoke before: the quote has no speaker
UNATTRIBUTED = [
    ("Judge Carol Hunt said the law was clear. Lawyer Ben Cruz disagreed.\n"
     "“The law has never been applied this way before in this country.”",
     "“The law has never been applied this way before in this country.”"),
    ("“I have never seen a crowd like this,” said Ben Cruz.\n"
     "Later that evening, the police closed the square.\n"
     "“The crowd was peaceful and the night passed without any arrests at all.”",
     "“The crowd was peaceful and the night passed without any arrests at all.”"),
    ("The storm reached the coast on Sunday.\n"
     "“Nobody told us the water was unsafe to drink for months.”",
     "“Nobody told us the water was unsafe to drink for months.”"),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "canonical"), CARRIED)
def test_a_quote_paragraph_takes_the_speaker_of_the_statement_before(text, quote, speaker, canonical):
    [s] = [s for s in statements(text) if s.content == quote]
    assert s.content_start == text.index(quote) and s.quote_type == "direct"
    assert (s.speaker, s.speaker_canonical, s.speaker_source) == (speaker, canonical, "previous_paragraph")
    assert s.speaker_start == text.index(speaker) and s.cue is None
    assert s.quote_group == s.statement_id  # an utterance of its own, not a segment of the one before


@pytest.mark.parametrize(("text", "quote"), UNATTRIBUTED)
def test_a_quote_paragraph_after_another_possible_speaker_has_none(text, quote):
    [s] = [s for s in statements(text) if s.content == quote]
    assert s.content_start == text.index(quote)
    assert (s.speaker, s.speaker_canonical, s.speaker_source, s.speaker_kind) == (None, None, None, "unknown")
