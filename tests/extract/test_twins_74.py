"""Stop 74's review: what the estimates rules wrote twice now has one home (more_dead: a count told as more, a sentence
opening with a time of its own, "also"; items: the harms tolled, the definite and indefinite articles), and the rest of
a toll after a part of it is read with per-sentence flags instead of a scan of the sentence for every count. The output
is unchanged: these guards pass before and after. Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.estimates.items import sentence_tokens
from tests.cases import killed, text_doc

JUNE_12 = datetime(2024, 6, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, expected", [
    # the rest of a toll told right after a part of it, and what is no rest of it (another act, "also" of a list)
    ("Five people were killed when gunmen stormed a bar in the town on Friday. Three of the victims died at the "
     "scene. A waiter died later in hospital.", 5),
    ("Six people died when a bus hit a mine on the highway on Sunday. Four of the passengers died on the spot. The "
     "driver succumbed to his wounds on the way to the clinic.", 6),
    ("Five people were killed when gunmen stormed a bar on Friday. Three of the victims died at the scene. In the "
     "next town, a second bomb killed two guards.", 7),
    ("Seven people were killed in a raid on a village on Sunday. Among the dead were four militiamen. A teacher was "
     "also killed.", 7),
    # told as more, or at a time of its own: more dead
    ("Four soldiers were killed in an ambush on Monday. On Tuesday, two more soldiers were killed in a second "
     "ambush.", 6),
    ("Gunmen killed three farmers near the river on Wednesday. Another two farmers were shot dead nearby.", 5),
    # a toll over days spelled out day by day, its next part told as more or as others
    ("Eight people have been killed in three days of riots in the city, police said. Five died on Monday. Later, "
     "another three were killed.", 8),
    ("Eight people have been killed in three days of riots in the city, police said. Five died on Monday. Three "
     "others were killed on Wednesday.", 8),
    # the same people told again, known by "both" or "the"
    ("Two suicide bombers blew themselves up at a checkpoint on Thursday. Both bombers also died.", 2),
    ("A rocket hit a school on Monday, killing four children. The four children were buried on Tuesday.", 4),
])
def test_the_rules_that_share_a_home_read_the_dead_as_before(text, expected):
    assert killed(text, JUNE_12) == expected


def test_the_first_word_of_a_class_is_found_once_per_sentence():
    sent = sentence_tokens(text_doc("In the capital, a second missile killed three people."), 0, {})
    ordinals = frozenset({"second", "third"})
    assert sent.first_of(ordinals) == sent.words.index("second")
    assert sent.first_of(frozenset({"also"})) == len(sent.words)  # none: the sentence's length
    assert sent.first_of(ordinals) == 5 and ordinals in sent.firsts  # (read once, then kept for the sentence)
