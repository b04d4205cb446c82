"""Statements in the formats of live blogs, timelines, roundups and corrections (stop 62): a name's "state" at the end of
a clause ("in Dapchi, Yobe state."), which is no verb of speech. Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text", [
    "In February 2018, ISWAP seized 110 girls from a school in Dapchi, Yobe state.",
    "The RSF captured Wad Madani, the capital of Gezira state.",
    "Fighting spread to the town of Maungdaw, Rakhine state.",
])
def test_a_names_state_is_no_speech(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, speaker", [
    # guards: "state" as a verb, after a plural subject, or "said" after a name's state
    ("The facts are clear, the documents state.", "the documents"),
    ("Officials state that the river is safe.", "Officials"),
    ("Gunmen abducted 20 passengers on the highway in Zamfara State, police said.", "police"),
    ("The governor of Borno State said the attackers were repelled.", "The governor of Borno State"),
])
def test_state_as_a_verb_still_reports(text, speaker):
    assert [s for s, _, _ in _statements(text)] == [speaker]
