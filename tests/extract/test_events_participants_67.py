"""Who did what to whom (stop 67): a force that reports arrests told without who made them made them ("Police said two
men had been arrested": the police), when it speaks by its own name or by its spokesman; not a speaker of any other
kind, nor what a force demands; a passive after "but" in what a speaker reports befell the doer of the act told
before it ("said soldiers had tried to seize the palace … but were repelled": the soldiers, not the speaker); a
quote's "I" is its speaker. Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import published_doc

JAN_17 = datetime(2024, 1, 17, tzinfo=timezone.utc)


def _arrester(text: str) -> str | None:
    # (the whole article's extraction: the speaker comes from its statements)
    rows = extract_article(published_doc(text, JAN_17).article).events
    [event] = [e for e in rows if e.event_type == "COERCE" and e.event_mode == "arrest"]
    return event.actor


@pytest.mark.parametrize("text, actor", [
    ("GUAYAQUIL — Soldiers regained control of the Litoral Penitentiary on Monday. The Armed Forces said in a "
     "statement that 26 inmates had been detained in the operation.", "Armed Forces"),
    ("Police said two men had been arrested in connection with the shooting on Monday.", "Police"),
    ("Two suspects were arrested on Monday, police said.", "police"),
    ("The army said 14 suspected militants were detained during raids in Kidal.", "army"),
    ("A police spokesman said two men were arrested near the border.", "police"),
    ("Nigerian army officials said 40 suspects had been detained in Borno State.", "Nigerian army"),
    # guards: who the words name stays; a speaker that is no force, or one man; a force's demand
    ("His family said he was arrested by soldiers on Monday.", "soldiers"),
    ("Relatives said he had been arrested on Monday.", None),
    ("A court said the journalist had been detained illegally.", None),
    ("Police Commissioner Richard Ross said two men had been arrested.", None),
])
def test_a_force_that_reports_arrests_made_them(text, actor):
    assert _arrester(text) == actor


def _undergoer(text: str, trigger: str) -> str | None:
    [event] = [e for e in extract_article(published_doc(text, JAN_17).article).events if e.trigger == trigger]
    return event.target


@pytest.mark.parametrize("text, trigger, target", [
    ("In a televised address on Sunday, armed forces chief of staff General Tomas Djassi said a group of soldiers "
     "from an elite unit had tried to seize the palace and \"overthrow the constitutional order\" but were repelled "
     "by the presidential guard.", "repelled", "soldiers"),
    ("Police said the gunman shot two guards but was arrested an hour later.", "arrested", "gunman"),
    # guards: the subject the words name stays; no speaker, the clause's own subject
    ("The general said the rebels attacked the barracks but were repelled by troops.", "repelled", "rebels"),
    ("Rioters gathered outside the house and hurled rocks at it, but were dispersed by soldiers.", "dispersed",
     "Rioters"),
])
def test_a_passive_after_but_befell_the_doer_told_before(text, trigger, target):
    assert _undergoer(text, trigger) == target


@pytest.mark.parametrize("text, canonical", [
    ('Chief Minister N Biren Singh said more forces had been sent. "I appeal to all communities to maintain peace," he '
     'said on Sunday.', "N Biren Singh"),
    ('"I urge both sides to stop the fighting," President Alan Moore told reporters.', "Alan Moore"),
    # guard: an "I" told in no quote is nobody the statement names
    ("Moore said I had urged both sides to stop the fighting.", None),
])
def test_a_quotes_i_is_its_speaker(text, canonical):
    [event] = [e for e in extract_article(published_doc(text, JAN_17).article).events if e.actor == "I"]
    assert event.actor_canonical == canonical
