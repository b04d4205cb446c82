"""A speaker phrase → the gender its words tell: a title, a gendered noun, or a first name in a name dictionary.

The first-name dictionary is gender-guesser's (Jörg Michael's `nam_dict`, about 40,000 first names judged
country by country): it ships in the package and loads offline in a tenth of a second, and it answers
"andy" (either) or "unknown" instead of forcing a guess. Only its plain "male" and "female" answers are
used: "mostly_male" names (Chris, Taylor) and "mostly_female" ones (Kim, but also Bernie) stay unknown.
Nothing but the article's words and these lexicons ever gives a gender.
"""
from __future__ import annotations

from functools import cache

from etl.extract.firstnames import detector, is_first_name
from etl.extract.mentions import TITLES, analyze, is_capitalized
from etl.extract.wordlists import tsv_rows

MALE, FEMALE, UNKNOWN = "m", "f", "-"
LABELS = {MALE: "male", FEMALE: "female", UNKNOWN: "unknown"}

# "his daughter", "a local woman": nouns that say a person's gender without being a title before a name.
GENDER_NOUNS: dict[str, str] = {noun: gender for noun, gender in tsv_rows("speakers_genders.tsv")}
_GUESSER = {"male": MALE, "female": FEMALE}
# Where the head of a descriptive phrase ends and what qualifies it begins.
_HEAD_ENDS = frozenset({"for", "of", "with", "at", "from", "in", "to", "who", "that", "whose", "on"})


@cache
def first_name_gender(word: str) -> str:
    """MALE or FEMALE when the name dictionary is sure of a first name, else UNKNOWN."""
    if len(word) < 2 or not word[0].isupper() or not word[1:].replace("-", "").isalpha():
        return UNKNOWN
    return _GUESSER.get(detector().get_gender(word), UNKNOWN)


def noun_gender(phrase: str) -> str:
    """The gender a phrase's own words state: the last gendered title or noun before anything that
    qualifies it ("his father", "Mrs. Lane", "a spokeswoman for the man's family")."""
    found = UNKNOWN
    for word in phrase.split():
        if word.lower() in _HEAD_ENDS or word.endswith(","):
            word = word.rstrip(",")
            if word.lower() in _HEAD_ENDS:
                break
            gender = GENDER_NOUNS.get(word.lower()) or TITLES.get(word)
            return gender if gender in {MALE, FEMALE} else found
        gender = GENDER_NOUNS.get(word.lower()) or TITLES.get(word)
        if gender in {MALE, FEMALE}:
            found = gender
    return found


def person_gender(phrase: str, canonical: str | None) -> str:
    """A person's gender from the phrase that names it ("Mr. Ortiz", "his father") or, failing that, from
    the first name of its canonical form ("Anna Ortiz")."""
    gender = analyze(phrase).gender
    if gender in {MALE, FEMALE}:
        return gender
    gender = noun_gender(phrase)
    if gender != UNKNOWN or not canonical:
        return gender
    words = canonical.split()
    if len(words) >= 3 and not is_first_name(words[0]):
        words = words[1:]  # "Principal Mark Olsen": a role the lexicons do not know, before the name
    if len(words) >= 2 and is_capitalized(words[0]):
        return first_name_gender(words[0])
    return UNKNOWN
