"""A quote interrupted by its attribution, or running over paragraphs, is one statement per segment in one group."""
from __future__ import annotations

import pytest

from tests.extract.test_statements import statements

# (text, the segments in order, speaker as written, canonical)
SPLIT = [
    ("“The fear will not go away,” Nadia Haddad said. “This can happen again.”",
     ["“The fear will not go away,”", "“This can happen again.”"], "Nadia Haddad", "Nadia Haddad"),
    ('"We lost everything," said Luis Ortiz. "The water came up in ten minutes."',
     ['"We lost everything,"', '"The water came up in ten minutes."'], "Luis Ortiz", "Luis Ortiz"),
    ("“We will not sign this contract,” said union leader Karl Brandt, “but we are ready to talk again.”",
     ["“We will not sign this contract,”", "“but we are ready to talk again.”"], "union leader Karl Brandt",
     "Karl Brandt"),
    ("“The first half was poor,” the coach said, “and we know it.” Then he left the room.",
     ["“The first half was poor,”", "“and we know it.”"], "the coach", "coach"),
    ("“It was a long night,” said Ortiz, who runs the bakery. “We baked until dawn.”",
     ["“It was a long night,”", "“We baked until dawn.”"], "Ortiz", "Ortiz"),
    ("“I am proud of this team,” Mayor Lina Berg said. “They never gave up. Not once.” She then thanked the fans.",
     ["“I am proud of this team,”", "“They never gave up. Not once.”"], "Mayor Lina Berg", "Lina Berg"),
    ("“We are ready,” she said, “and we will not wait.”",
     ["“We are ready,”", "“and we will not wait.”"], "she", None),
    ("“Three of us were inside,” a neighbour said. “We got out just in time,” he added.",
     ["“Three of us were inside,”"], "a neighbour", "neighbour"),
    ("Asked about the delay, the minister said: “The trains are old.” “We need new ones,” she added.",
     ["“The trains are old.”"], "the minister", "minister"),
    ("The budget, the minister said, would be balanced by 2027.",
     ["The budget", "would be balanced by 2027"], "the minister", "minister"),
    # press style: an opening mark on each paragraph, the closing one only at the end
    ("Union leader Karl Brandt said: “We have waited six years for a fair contract.\n"
     "“Our members are tired of promises.\n"
     "“We will strike on Monday.”",
     ["“We have waited six years for a fair contract.", "“Our members are tired of promises.",
      "“We will strike on Monday.”"], "Union leader Karl Brandt", "Karl Brandt"),
    ("The minister said in a statement: “The border will stay closed until March.\n"
     "“After that, we will review the situation every week.”",
     ["“The border will stay closed until March.", "“After that, we will review the situation every week.”"],
     "The minister", "minister"),
    ("Coach Rita Diaz said: “The first half was poor and everybody knows it.\n"
     "“The second half showed who we really are.”",
     ["“The first half was poor and everybody knows it.", "“The second half showed who we really are.”"],
     "Coach Rita Diaz", "Rita Diaz"),
    ("“The storm took the roof first,” said farmer Ian Cole.\n"
     "“Then the barn went, and the fences.\n"
     "“We will rebuild, but not this year.”",
     ["“Then the barn went, and the fences.", "“We will rebuild, but not this year.”"], "farmer Ian Cole",
     "Ian Cole"),
    ("In her letter, the principal wrote: “Our school has never been fuller.\n"
     "“We need two more teachers by September.\n"
     "“I ask the council to act now.”",
     ["“Our school has never been fuller.", "“We need two more teachers by September.",
      "“I ask the council to act now.”"], "the principal", "principal"),
]


@pytest.mark.parametrize(("text", "segments", "speaker", "canonical"), SPLIT)
def test_one_statement_per_segment_with_one_speaker_cue_and_group(text, segments, speaker, canonical):
    found = statements(text)
    by_content = {s.content: s for s in found}
    group = [by_content[c] for c in segments]  # each segment is a statement of its own words
    for s, content in zip(group, segments):
        assert s.content_start == text.index(content) and s.content_end == s.content_start + len(content)
        assert (s.speaker, s.speaker_canonical) == (speaker, canonical)
        assert s.speaker_start == text.index(speaker)
    assert len({s.quote_group for s in group}) == 1 and len({s.cue_start for s in group}) == 1
    assert {s.speaker_source for s in group[1:]} <= {"same_quote", "in_sentence"}
    for s in found:  # no content holds its attribution
        assert s.cue is None or not (s.content_start <= s.cue_start < s.content_end)
        assert not (s.content_start <= s.speaker_start < s.content_end) or s.speaker_source == "previous_paragraph"


def test_the_group_is_the_first_segments_id():
    first, second = statements("“The fear will not go away,” Nadia Haddad said. “This can happen again.”")
    assert first.quote_group == second.quote_group == first.statement_id != second.statement_id


def test_a_statement_in_one_piece_is_its_own_group():
    [s] = statements("The company said on Friday it would cut 300 jobs.")
    assert s.quote_group == s.statement_id
