"""Whether a word is a first name: gender-guesser's name dictionary (Jörg Michael's `nam_dict`, about 40,000 first
names judged country by country), which ships in the package and loads offline in a tenth of a second.

Its own module so that the name analysis (`mentions`) and the genders of speakers (`statements.genders`, which reads
names through `mentions`) both ask it without importing each other.
"""
from __future__ import annotations

from functools import cache


@cache
def detector():
    """The name dictionary, loaded on first use: most runs of the package never read a first name."""
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=True)


@cache
def is_first_name(word: str) -> bool:
    """Whether the name dictionary knows a word as a first name, whatever gender it gives."""
    return word[:1].isupper() and word.isalpha() and detector().get_gender(word) != "unknown"
