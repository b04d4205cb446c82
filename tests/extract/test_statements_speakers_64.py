"""Speakers of regional copy (stop 64): a title's office place before the name stays in the role ("DIG South Kashmir
Javid Matoo", "IGP Punjab Usman Anwar"); "the OC", "the SP" point back to the officer a title and its acronym named
("Officer-in-Charge (OC) Jahangir Alam"), though a district opens it ("Nuh Superintendent of Police (SP)"); "the
authority" to the body named before with that head noun; "Their leader" after "… arrested 35 protesters after they
refused to disperse" is the protesters'. Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_canonical) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, canonical", [
    ("DIG South Kashmir Javid Matoo said one soldier was hurt.", "Javid Matoo"),
    ("IGP Punjab Usman Anwar said the suspects had been arrested.", "Usman Anwar"),
    ("Inspector General of Police (IGP) Sindh Ghulam Nabi Memon told reporters that the area had been sealed.",
     "Ghulam Nabi Memon"),
    ("DIG Northern Range Ali Raza said the suspects had fled.", "Ali Raza"),
    # guards: a name that opens with a place's word, and a title with no place
    ("SSP Anantnag Ashish Mishra said the gunmen had fled.", "Ashish Mishra"),
    ("President Jordan Peterson said the talks had failed.", "Jordan Peterson"),
    ("Senator Tim Kaine said the bill was dead.", "Tim Kaine"),
])
def test_the_office_place_after_a_title_is_no_part_of_the_name(text, canonical):
    assert _speakers(text)[0][1] == canonical


@pytest.mark.parametrize("text, speaker, canonical", [
    ('Officer-in-Charge (OC) Jahangir Alam visited the area. "The situation is under control," the OC said.',
     "the OC", "Jahangir Alam"),
    ('Nuh Superintendent of Police (SP) Vijay Pratap Singh said the suspects were arrested. "We are investigating," '
     'the SP said.', "the SP", "Vijay Pratap Singh"),
    ("The Independent Policing Oversight Authority (IPOA) said it had opened an investigation. The authority said "
     "officers would be questioned.", "The authority", "Independent Policing Oversight Authority"),
    ("Police arrested 35 protesters after they refused to disperse. Their leader said the arrests were illegal.",
     "Their leader", "protesters' leader"),
])
def test_a_title_an_acronym_or_a_body_points_back(text, speaker, canonical):
    assert (speaker, canonical) in _speakers(text)


@pytest.mark.parametrize("text, speaker, canonical", [
    # a body's noun with none named before stays the noun; a one-word "expansion" that spells nothing is none
    ("The authority said officers would be questioned.", "The authority", "authority"),
    ('Police (PTI) arrested two men. "We are investigating," the PTI said.', "the PTI", "PTI"),
    # a group the sentence before names, with no "they" pointing on: its subject
    ("Police arrested 35 protesters on Monday. Their spokesman said the arrests were lawful.", "Their spokesman",
     "Police's spokesman"),
])
def test_no_pointing_back_without_a_named_antecedent(text, speaker, canonical):
    assert (speaker, canonical) in _speakers(text)


@pytest.mark.parametrize("text, canonical", [
    ("The chairman of the council, Mr Musa Bello, visited the village on Monday. He said 12 people were killed.",
     "Musa Bello"),
    ("The spokeswoman of the state police command, Mrs Aisha Bello, visited the scene. She said two men were held.",
     "Aisha Bello"),
])
def test_he_is_the_name_set_beside_a_noun_and_its_of_phrase(text, canonical):
    assert _speakers(text)[-1][1] == canonical
