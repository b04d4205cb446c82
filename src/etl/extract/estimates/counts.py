"""Numbers and singular "a man" phrases → counts with what they count and the country of it."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import cache

from etl.extract import geo, numbers
from etl.extract.estimates.categories import (
    POSSESSIVES, after_body_of, categorize, coordinated_phrase, in_addition_to, inserted, is_one_person,
    joins_bare_person, may_have_category, may_have_category_in, past_age, past_name, shot_by_verb,
)
from etl.extract.estimates.items import (
    INDEFINITE, Count, SentenceTokens, counted_kind, is_plural, match_phrase, match_phrase_ending, sentence_tokens,
)
from etl.extract.dates import is_calendar_word
from etl.extract.estimates.lexicon import Lexicon
from etl.extract.estimates.more_dead import MORE
from etl.extract.numbers import Number
from etl.extract.text import Doc, WordFinder

# How far the rules look from a number, in tokens: news phrases a count within a few words of its noun.
_MAX_NP = 6
# Nouns between a phrase and the reporting verb that shows it named a speaker ("a military spokesman said").
_SPEAKER_NOUNS = 2
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Plural heads of people the persons list does not give the singular of: what a count after them may mean too.
_PEOPLE = frozenset({"people", "persons", "children", "others", "troops", "police", "personnel", "citizens",
                     "migrants", "refugees", "protesters", "protestors", "demonstrators", "worshippers", "locals",
                     "nationals", "settlers", "miners", "guerrillas", "insurgents", "jihadists", "terrorists",
                     "agents", "members", "supporters", "babies", "casualties", "victims", "pupils", "staff"})
# ", 34," or "(34)" after a noun of one person: the age set off by the mark that opens it, closed by its pair.
_AGE_OPENERS = {",": ",", "(": ")"}
_MAX_AGE = 120
_TIME_NOUNS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "while", "time",
                         "moment", "fortnight"})
# adverbs a measure of distance is told before ("a block away", "a mile apart"), and the nouns of a stretch of way
# ("a mile from the border"): where, no one counted
_MEASURE_ADVERBS = frozenset({"away", "apart"})
_DISTANCE_NOUNS = frozenset({"block", "mile", "kilometre", "kilometer", "km", "metre", "meter", "yard"})
_CLAUSE_WORDS = frozenset({"who", "which", "that", "whom", "was", "were", "is", "are", "has", "had", "have", "of"})
# Reporting verbs with no "-ed" that the phrase before them cannot hold: "killing nine, a local official said".
_SAID = frozenset({"said", "told", "wrote"})
# "a man", "an officer": a count of one, if a casualty or arrest verb governs it ("and wounded another.": so is
# "another" at the end of a clause).
_SINGULAR = re.compile(r"\b(?:(?:[Aa](?:n|nother)?|[Tt]he[^\S\n]+other)[^\S\n]+(?=\w)|[Aa]nother(?=[.,;]))")
# "three were killed and another was wounded": "another" before its verb is one more.
_ANOTHER_VERBS = frozenset({"was", "is", "has", "had", "died", "later", "also", "reportedly"})
_NAME_AFTER_WORDS = 3  # words of a name after a noun of a person ("his son Ali Musa")
# "the victim was found dead", "killing his mother", "killing its driver", "Karzai's cousin was killed": a definite
# person (also one a name's possessive makes definite) governed by a casualty verb is a count of one.
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Mm]y|[Oo]ur|[A-Z][a-z]+['’]s)[^\S\n]+(?=\w)")
_WORD = re.compile(r"[a-z]+")
# "The victim's body was found", "his body was discovered", "police recovered the hostage's remains": the body of one
# person, found, is one dead (the owner a person noun or a name; "his" after a count of the dead is one of those).
_BODY_OF_ONE = re.compile(r"\b(?:(?:(?P<det>[Tt]he|[Aa]n?)[^\S\n]+)?(?P<owner>[A-Za-z][\w-]*)['’]s|(?P<pronoun>[Hh]is|[Hh]er))"
                          r"[^\S\n]+(?:body|corpse|remains)\b")
_BODY_NOUNS_OF_ONE = ("body", "corpse", "remains")  # the words every match of _BODY_OF_ONE holds
_POSSESSIVE_END = re.compile(r"['’]s$")
_FINDING = frozenset({"found", "discovered", "recovered", "retrieved", "located"})
_BEFORE_FINDING = frozenset({"was", "were", "is", "has", "had", "been", "later", "also", "reportedly", "eventually",
                             "subsequently", "then"})
_PERSON_CHARS = 40  # "the senior police officer": the noun of a definite person lies within this many characters
_PARTICLES = frozenset({"out", "off", "up", "down"})
_REFLEXIVE_WORDS = frozenset({"himself", "herself", "themselves"})
_ONE_REFLEXIVES = frozenset({"himself", "herself"})
# ", killing himself", "before killing himself": the participle tells what came of an act told before it
_AFTER_AN_ACT = frozenset({",", "before", "then", "and"})
# "before turning the gun on himself", "then turned his weapon on herself": the doer's death, told as a suicide.
_TURNED_ON = frozenset({"turning", "turned"})
_OWN_WEAPONS = frozenset({"gun", "weapon", "rifle", "pistol"})
# "and then killed himself", ", later committing suicide": a word of time between an act and the doer's death
_THEN = frozenset({"then", "later"})
# Words of the phrases that tell the doer's death (estimates.json own_deaths): a sentence holding none has none.
_OWN_DEATH_WORDS = ("himself", "herself", "suicide", "own life")
# Words that open one person joined after a count: "and the bomber", "and a policeman", "and himself".
_ONE_AFTER = frozenset({"the", "a", "an", "himself", "herself"})
# "He died", "killing him": pronouns of one person.
_PRONOUN = re.compile(r"\b(?:s?he|him|her)\b")
_PRONOUN_CHARS = 30
# "the hostages were killed": as many as were taken before ("abducted five civilians").
_HOSTAGE_WORDS = ("hostages", "captives", "abductees", "kidnapped")
# "the victims' bodies", "the bodies of the hostages", "their bodies": the dead, as many as were taken before.
_BODIES = re.compile(r"\b(?:[Tt]he[^\S\n]+(?:(?:victims|hostages|captives|abductees)['’][^\S\n]*bodies"
                     r"|bodies[^\S\n]+of[^\S\n]+the[^\S\n]+(?:victims|hostages|captives|abductees|kidnapped))"
                     r"|[Tt]heir[^\S\n]+bodies)\b")
_BODY_WORDS = frozenset({"bodies"})
# the subjects that open the sentence after a count of people taken, or of attackers, and refer to them
_TAKEN_SUBJECTS = (("both",), ("they",), ("all", "of", "them"))
_HARMS = frozenset({"killed", "wounded", "killed_or_wounded"})
_BE = frozenset({"was", "were", "been", "being"})
_DIED = frozenset({"died", "perished", "succumbed"})
_BOTH_WORDS = frozenset({"both"})
_BOTH = re.compile(r"\b[Bb]oth[^\S\n]+(?:of[^\S\n]+)?(?:the[^\S\n]+)?(?=[a-z])")
_HOSTAGES = re.compile(rf"\b[Tt]he[^\S\n]+(?:{'|'.join(_HOSTAGE_WORDS)})\b")
# "shot and killed Sheikh Ali Omar": a named victim is a count of one (two or more capitalised words).
# "Estevez was killed": a surname alone, before the passive of a casualty verb.
_PASSIVE_MARKERS = (" was ", " had been ")
# a name after one is a preposition's object, not the subject of the passive after it ("a bodyguard who worked for …
# Negros was shot dead", "a member of Jubo Dal was hacked to death", "the chairman of Rampur Union was shot dead")
_OBJECT_PREPOSITIONS = frozenset({"in", "at", "near", "from", "for", "to", "with", "inside", "outside", "of"})
_NEXT_WORD = re.compile(r"[a-z]+")

# "No one was hurt", "Nobody was killed", "no casualties", "None of them": the words of a count of nobody; not "no"
# before a word that is no noun of what it counts ("no more than", "no longer")
_NOBODY_WORDS = frozenset({"no", "nobody", "none"})
_NOT_NOUNS = frozenset({"more", "less", "fewer", "longer", "one", "sooner", "matter", "doubt", "sign", "word"})
# "No one else was hurt", "no other casualties", "no serious injuries": none beyond those told, or none of the worst
_SURPLUS = frozenset({"else", "other", "more", "further", "additional", "new", "serious", "major"})
# "no immediate reports of casualties", "No one was seriously hurt": a zero nobody told yet, or of the worst harm only
_UNTOLD_OR_WORST = frozenset({"immediate", "immediately", "yet", "seriously", "badly", "critically", "severely",
                              "gravely", "serious"})
_UNTOLD_WORDS = 3  # "No casualties were immediately reported": how far past the phrase such a word is looked for

# (a capital first, then the look back for a word boundary before it: "\b" first would be tried at every position,
# a capital is found in C)
_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’.-]+(?:[^\S\n]+[A-Z][\w'’.-]+)+")
@cache
def _count_words() -> frozenset[str]:
    """Words of a count that open a sentence in capitals ("Five Maoists", "Twenty-six people", "Several Soldiers"):
    the numbers lexicon's number words, and the words of counts without a number."""
    return frozenset(numbers.lexicon().words) | _VAGUE_COUNT_WORDS


_VAGUE_COUNT_WORDS = frozenset("hundred hundreds dozen dozens several many some both all".split())
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")  # an abbreviation's letters before its last period ("u.s", "u.n")


def _noun_phrase(sent: SentenceTokens, i: int, lex: Lexicon) -> tuple[int, int, int]:
    """Token range of what a number counts and the end of its head, the number ending just before token i."""
    words, n = sent.words, len(sent.words)
    if i < n and words[i] == "of":  # "thousands of troops", "3 of the victims"
        i += 1
        while i < n and words[i] in lex.determiners:
            i += 1
    start = j = i
    bracketed = 0  # tokens of an acronym in brackets, which count for no word of the phrase
    while j < n and j - start - bracketed < _MAX_NP:
        w = words[j]
        if j == start and w in MORE and j + 1 < n and words[j + 1] != "than":
            start = j = j + 1  # "10 more bodies", "5 more were killed": what is counted follows
            continue
        if w == "." and j > start and _DOTTED.fullmatch(words[j - 1]) and sent.spans[j - 1][1] == sent.spans[j][0]:
            j += 1  # "three U.S. soldiers": the abbreviation's period, inside the phrase
            continue
        if w == "(" and j > start and j + 2 < n and words[j + 2] == ")" and sent.is_acronym(j + 1):
            j += 3  # "two suspected New People's Army (NPA) rebels": a name's acronym inside the phrase
            bracketed += 3
            continue
        # ("IS", "US": an acronym is a name, not the verb or pronoun it spells)
        if not sent.is_word(j) or (w in lex.np_stop and not sent.is_acronym(j)) \
                or (w[0].isdigit() and not w.endswith("-old")):
            break  # (but "a 54-year-old man" is a man)
        if match_phrase(words, j, lex.after_cues, lex) and (j > start or w not in lex.head_nouns) \
                and not _qualifies_noun(sent, start, j, lex):
            break  # "1 killed", "gunmen shot dead": the cue ends the phrase ("5 wounded" is a phrase)
        if j > start and (w.endswith(("ed", "ing")) and w not in lex.adjectives_ed or w in _SAID):
            break  # "30 demonstrators blocked", "a local official said": a verb ends the phrase
        if j > start and j + 1 < n and words[j + 1] in _PARTICLES:
            break  # "a shoot-out broke out": a phrasal verb ends it too
        j += 1
        # "13 United States service members": a plural inside a name, then the plural the count counts
        named = j - 1 > start and sent.is_capitalized(j - 1) and sent.is_capitalized(j - 2) and any(
            k < n and sent.is_word(k) and not sent.is_capitalized(k)
            and (is_plural(words[k], lex) or words[k] in lex.persons) for k in (j, j + 1))
        if (is_plural(w, lex) and not sent.is_acronym(j - 1) and not named) or w in lex.head_nouns:
            # A plural ends the phrase unless another head noun follows: "police officers", "militia fighters".
            if j < n and j - start < _MAX_NP and (lex.quantity_classes.get(words[j]) or words[j] in lex.persons or (
                    words[j] in lex.head_nouns and (words[j],) not in lex.after_cues)
                    or _modified_plural(sent, start, j, lex) or _qualifies_noun(sent, start, j - 1, lex)):
                continue
            break
    return start, j, _name_after_of(sent, j, lex)


def _qualifies_noun(sent: SentenceTokens, start: int, j: int, lex: Lexicon) -> bool:
    """Whether the participle at token j, after adverbs alone, qualifies the plural noun after it: "40,000 internally
    displaced people", "12 seriously injured civilians" (the counted are the people; not "5 people displaced")."""
    words = sent.words
    return words[j] in lex.head_nouns and j + 1 < len(words) and sent.is_word(j + 1) \
        and is_plural(words[j + 1], lex) and words[j + 1] not in lex.np_stop and (words[j + 1],) not in lex.after_cues \
        and all(w.endswith("ly") for w in words[start:j])


def _modified_plural(sent: SentenceTokens, start: int, j: int, lex: Lexicon) -> bool:
    """Whether token j is a plural noun that the plural before it only qualifies: "five military advisers", "20 staff
    members" (the counted are the advisers and the members; not after "a": "a police offices" is no count of them)."""
    w = sent.words[j]
    return sent.words[j - 1] in lex.noun_modifiers and sent.is_word(j) and w.islower() and w.endswith("s") \
        and is_plural(w, lex) and (w,) not in lex.after_cues and w not in lex.np_stop \
        and not (start > 0 and sent.words[start - 1] in INDEFINITE)


_NAME_OF_WORDS = 6  # words of such a name ("six soldiers of the Southern Transitional Council's Security Belt forces")
_KIN_GROUPS = frozenset({"clan", "tribe", "household"})  # "members of the Oduya clan", as of "the Ali family"
_FINITE = frozenset({"was", "were", "is", "are", "has", "have", "had"})  # "members of the Mungiki sect were lynched"


def _name_after_of(sent: SentenceTokens, j: int, lex: Lexicon) -> int:
    """Extend a phrase over "of" or "from" + a name: "2 members of LaQ", "troops from North Korea", and the group or
    place the name is of: "7 members of the Ali family", "the chief of Dakoro village"."""
    n = len(sent.words)
    if j + 1 >= n or sent.words[j] not in lex.origin_prepositions:
        return j
    k = j + 1
    if sent.words[k] == "the" and k + 1 < n:
        k += 1
    m = k
    while m < n and m - k < _NAME_OF_WORDS and sent.is_word(m) and sent.is_capitalized(m):
        m += 1
    if m == k:
        return j
    # (and the place the name is of, "the chief of Dakoro village"; not a place that is a noun's modifier, "the Kemo
    # town council")
    place = m < n and geo.is_locality_word(sent.words[m]) and not (
        m + 1 < n and sent.is_word(m + 1) and sent.words[m + 1].islower() and sent.words[m + 1] not in lex.np_stop)
    group = m < n and (sent.words[m] in lex.collectives or sent.words[m] in _KIN_GROUPS or place) \
        and not sent.is_capitalized(m)
    # and a noun the name qualifies, before the verb of the counted: "two members of the Mungiki sect were lynched",
    # "a soldier of the Indian army was killed" (not a verb after the name: "members of ISWAP attacked")
    lower_noun = m + 1 < n and sent.words[m].isalpha() and sent.words[m].islower() \
        and not sent.words[m].endswith("ed") and sent.words[m] not in lex.np_stop
    noun = lower_noun and sent.words[m + 1] in _FINITE
    if lower_noun and not noun and sent.words[m + 1] in _PLACE_PREPOSITIONS:
        # "two staff members of the Russian embassy in Kabul were killed": and the town the noun is in
        e = m + 2
        while e < n and e - m - 2 < 4 and sent.is_word(e) and sent.is_capitalized(e):
            e += 1
        if e > m + 2 and e < n and sent.words[e] in _FINITE:
            return e
    return m + 1 if group or noun else m


_PLACE_PREPOSITIONS = frozenset({"in", "at"})


def read_count(sent: SentenceTokens, start: int, end: int, number: Number | None, lex: Lexicon) -> Count:
    first = bisect_left(sent.starts, start)
    after = bisect_left(sent.starts, end)
    np_start, np_head, np_end = _noun_phrase(sent, after, lex)
    if number is None:
        value = low = high = 1.0
        hedge, unit = "exact", None
    else:
        value, low, high, hedge, unit = number.value, number.value_low, number.value_high, number.hedge, number.unit
    return Count(sent, start, end, value, low, high, hedge, unit, first, after, np_start, np_head, np_end,
                 singular=number is None)


def in_a_name(c: Count, written: str, lex: Lexicon) -> bool:
    """Whether a number stands inside the name of a group, a station or an alliance, no count: before a noun of one
    (named_groups) that a capitalised word before or after the number names ("the 400 Mawozo gang", "3 Commando
    Brigade", "on Gabon 24 television"), or spelled out with a capital after a word of its sentence, before a
    capitalised noun of one thing ("the Three Brotherhood Alliance said"; not "Seven Taliban militants", "\"Some three
    million New Yorkers", nor in a headline whose every word is capitalised)."""
    sent, words = c.sentence, c.sentence.words
    if c.singular:
        return False
    if written == "digits" and sent.text[c.end:c.end + 1].isupper():
        return True  # "3R rebels", "the 5G network": a name written with its number, as "M23" is
    if c.first == 0:
        return False
    if written == "digits" and c.first > 1 and sent.is_word(c.first - 1) and sent.is_capitalized(c.first - 1) \
            and numbers.opens_a_name(words[c.first - 2]) \
            and not is_calendar_word(sent.text[slice(*sent.spans[c.first - 1])]) \
            and not (c.np_end > c.np_start and _of_people(words[c.np_head - 1], lex)):
        # "the Yonif 330 infantry battalion", "the FARDC's Sokola 1 operations": a unit's name, told after "the" or an
        # owner as a name is (not "the Dapchi 110 schoolgirls", a count of people)
        return True
    if c.np_end > c.np_start and words[c.np_head - 1] in lex.named_groups and (
            any(sent.is_capitalized(k) for k in range(c.after, c.np_head - 1))
            or written == "digits" and sent.is_capitalized(c.np_head - 1)  # ("the 444 Brigade")
            or sent.is_capitalized(c.first - 1) and c.first > 1 and sent.is_word(c.first - 1)
            and not is_calendar_word(sent.text[slice(*sent.spans[c.first - 1])])):
        return True
    if written != "words" or not sent.is_capitalized(c.first) or not sent.is_word(c.first - 1) \
            or c.after >= len(words) or not sent.is_capitalized(c.after) or c.np_end == c.np_start \
            or is_plural(words[c.np_head - 1], lex) or words[c.np_head - 1] in lex.persons:
        return False
    following = range(c.after + 1, min(len(words), c.after + _HEADLINE_WORDS))
    return numbers.in_prose(words[k] for k in following if sent.is_word(k))


def _of_people(head: str, lex: Lexicon) -> bool:
    """Whether a head noun counts people: "people", "schoolgirls", "a fighter"."""
    return head in _PEOPLE or counted_kind(head, lex) in lex.persons or head in lex.quantity_classes


_HEADLINE_WORDS = 5  # words after a capitalised number that tell prose from a headline in title case


def parts_told_of(c: Count) -> None:
    """A whole of which a quantifier tells the part that its verb is said of is a figure of them at most ("most of the
    300 passengers were killed", "prompting nearly all of the region's 100,000 ethnic Armenians to flee"; not "all of
    the 12 crew", nor "two of the 12 hostages": a part counted). The whole of no category is a figure of itself ("many
    of the 95 delegates")."""
    if c.category != "other" and c.value is not None and c.hedge in _PARTED_HEDGES and _part_told_of(c):
        c.value_low, c.value_high, c.hedge = None, c.value, "at_most"


def _part_told_of(c: Count) -> bool:
    words, first = c.sentence.words, c.first
    k = first - 1
    while k > first - 1 - _WHOLE_WORDS and k > 0 and words[k] != _OF:
        k -= 1
    if k < 1 or words[k] != _OF or k + 1 == first or words[k + 1] not in _WHOLE_OPENERS:
        return False
    told = words[k - 1]
    return told in _PART_QUANTIFIERS or told == _ALL and k >= 2 and words[k - 2] in _NEARLY


# Quantifiers of a part of a whole counted after them, and what they read before "all" ("nearly all of the 300")
_PART_QUANTIFIERS = frozenset({"most", "many", "some"})
_NEARLY = frozenset({"nearly", "almost", "virtually", "practically"})
_ALL, _OF = "all", "of"
_WHOLE_OPENERS = frozenset({"the", "its", "their", "his", "her", "our", "these", "those"})
_WHOLE_WORDS = 3  # words between "of" and the whole's number: "of the region's 100,000"
_PARTED_HEDGES = frozenset({"exact", "approximately"})


def _one_at(sent: SentenceTokens, start: int, end: int) -> Count:
    """A count of one at text[start:end] whose phrase the caller sets itself ("his body", a name, a pronoun): no noun
    phrase is read after it, as read_count would."""
    first, after = bisect_left(sent.starts, start), bisect_left(sent.starts, end)
    return Count(sent, start, end, 1.0, 1.0, 1.0, "exact", None, first, after, after, after, after, singular=True)


def is_age_of_person(sent: SentenceTokens, c: Count, lex: Lexicon) -> bool:
    """Whether a whole number set off right after a noun of one person is that person's age: "The man, 34, and his
    wife, 29, were killed", "a driver (45)" (numbers.py reads the age after a name; a noun it cannot tell), or told
    after "of" with nothing counted ("A man of about 30 was shot dead", "a boy of fifteen")."""
    words, first = sent.words, c.first
    if c.value is None or not 0 < c.value < _MAX_AGE or c.value != int(c.value) or first < 2:
        return False
    if words[first - 1] == "of" and c.np_end == c.np_start and words[first - 2] in lex.persons \
            and not is_plural(words[first - 2], lex):
        return True
    return c.written == "digits" and (words[first - 1] in _AGE_OPENERS and words[first - 2] in lex.persons
                                      and c.after < len(words) and words[c.after] == _AGE_OPENERS[words[first - 1]]
                                      or _shared_age(words, c))


def _shared_age(words: list[str], c: Count) -> bool:
    """Whether a bare number set off after the people a sentence names tells the age they share ("named the dead as
    Ali Musa and Omar Bah, both 23.", "the three brothers, all 17,"): no count of its own."""
    return words[c.first - 1].lower() in _SHARED and words[c.first - 2] == "," and c.np_end == c.np_start \
        and (c.after == len(words) or words[c.after] in _AGE_ENDS)


_SHARED = frozenset({"both", "all"})
_AGE_ENDS = frozenset({",", ".", ";", ")"})


def singulars(doc: Doc, finder: WordFinder, counts: list[Count], seen: dict[int, SentenceTokens],
              lex: Lexicon, dropped: Counter[str]) -> list[Count]:
    """Candidate counts of one, "a man", "an officer", in sentences holding a cue and a word a category is read from;
    is_singular_count decides. An "a" or "an" before no noun phrase is counted in `dropped`."""
    text = doc.text
    # the numbers found before, in text order and apart: the one a position may fall in is found by bisection
    starts, ends = [c.start for c in counts], [c.end for c in counts]
    ages = {c.start: c.end for c in counts if c.age}  # "A man of about 30": where a person's age starts and ends
    cue_positions = finder.find(lex.cue_words)
    cue_sentences = sorted({doc.sentence_index(p) for p in cue_positions})
    out = []
    named: set[str] = set()  # last words of the persons named and counted so far
    # "He died", "killing him": a pronoun a few words from a cue (looked for in those few words only: "he" is in "the")
    pronoun_sentences: dict[int, set[int]] = {}
    lowered = doc.lowered
    # the sentences that may tell a body found, a reflexive object or the doer's own death (most hold no word of one)
    bodies = _sentences_holding(doc, text, _BODY_NOUNS_OF_ONE)
    reflexives = _sentences_holding(doc, lowered, _ONE_REFLEXIVES)
    own_deaths = _sentences_holding(doc, lowered, _OWN_DEATH_WORDS)
    for p in cue_positions:
        a, b = max(0, p - _PRONOUN_CHARS), p + _PRONOUN_CHARS
        window = lowered[a:b]
        if " he " in window or "she " in window or " him" in window or " her" in window or window.startswith("he "):
            for m in _PRONOUN.finditer(lowered, a, b):
                if m.end() < len(lowered) and (lowered[m.end()].isalnum() or lowered[m.end()] == "_"):
                    continue  # the window ended inside a word ("him" of "himself"): no pronoun
                pronoun_sentences.setdefault(doc.sentence_index(m.start()), set()).add(m.start())
    for index in cue_sentences:
        s = doc.sentences[index]
        # "a man", a pronoun, a name or "the victim" is a count only by a category `categorize` reads, which a sentence
        # holding no word of one cannot give (most cue sentences hold a cue phrase's first word alone: "for", "from")
        harm = may_have_category_in(doc.letters[s.start:s.end].split(), lex) \
            and may_have_category(sentence_tokens(doc, index, seen), lex)
        if harm:
            out += _indefinites(doc, index, seen, lex, starts, ends, ages, dropped)
            if index in pronoun_sentences:
                out += _pronouns(doc, index, seen, lex, sorted(pronoun_sentences[index]))
        if index in bodies:
            out += _found_bodies(doc, index, seen, lex)
        if index in reflexives:
            out += _reflexive_objects(doc, index, seen, lex)
        if index in own_deaths:
            out += _own_deaths(doc, index, seen, lex)
        if not harm:
            continue
        found = _named_victims(doc, index, seen, lex, named)
        out += _definite_person(doc, index, seen, lex, starts, ends)
        if found:
            _mark_appositives(out, found)
            out += found
    return out


def _indefinites(doc: Doc, index: int, seen: dict[int, SentenceTokens], lex: Lexicon, starts: list[int],
                 ends: list[int], ages: dict[int, int], dropped: Counter[str]) -> list[Count]:
    """ "a man", "an officer", "another", "the other" in a sentence, outside the numbers read before (their starts and
    ends): each before a noun phrase, categorized (is_singular_count decides), else counted in `dropped`; a person's
    age told after "of" (`ages`: the numbers read as ages, by start and end) is of the phrase ("A man of about 30 was
    shot dead": its verb is past the age)."""
    s = doc.sentences[index]
    sent = sentence_tokens(doc, index, seen)
    words = sent.words
    out = []
    for m in _SINGULAR.finditer(doc.text, s.start, s.end):
        if _inside(starts, ends, m.start()):
            continue
        c = read_count(sent, m.start(), m.start() + len(m.group().rstrip()), None, lex)
        body = after_body_of(sent, c.first, lex)
        if c.first > 0 and words[c.first - 1] == "of" and body is None \
                and match_phrase_ending(words, c.first - 1, lex.before_verbs, lex) is None:
            # "four members of a family": not a count (but "claimed the life of a soldier" is one)
            dropped["estimates: 'a' or 'an' after 'of'"] += 1
            continue
        if c.np_end == c.np_start and body is not None and c.after < len(words):
            # "the body of a kidnapped police officer": the participle is an adjective here
            c.np_start, c.np_head, c.np_end = _noun_phrase(sent, c.after + 1, lex)
            c.np_start = c.after
        if words[c.first] == "another" or c.after - c.first == 2:  # "another", "the other"
            participle = c.np_end - c.np_start == 1 and match_phrase(words, c.np_start, lex.after_cues, lex)
            if participle:
                c.np_end = c.np_head = c.np_start  # "and another wounded": the participle is its verb
            # "and another was wounded", "killed a man and wounded another"; not "another 5 people", "another
            # attack"
            if not (c.np_end == c.np_start and c.after < len(words) and (
                    words[c.after] in _ANOTHER_VERBS or match_phrase(words, c.after, lex.after_cues, lex))) \
                    and not (c.np_end > c.np_start and words[c.np_head - 1] in lex.persons) \
                    and not (c.np_end == c.np_start and c.first > 0
                             and match_phrase_ending(words, c.first - 1, lex.before_verbs, lex)
                             and not (c.after < len(words) and _inside(starts, ends, sent.spans[c.after][0]))):
                continue  # (nor "injured another 15": the number is the count)
            c.singular = not participle  # read "wounded" as a participle unless an object follows it
            categorize(c, lex)
            c.singular = True
            if c.np_end > c.np_start:
                c.end = sent.spans[c.np_head - 1][1]
            out.append(c)
        elif c.np_end > c.np_start and words[c.np_head - 1] in _TIME_NOUNS:
            dropped["estimates: 'a' or 'an' before a time"] += 1  # "arrested an hour later"
        elif c.np_end > c.np_start and words[c.np_head - 1] in _DISTANCE_NOUNS \
                or c.np_end > c.np_start + 1 and words[c.np_end - 1] in _MEASURE_ADVERBS \
                and words[c.np_end - 2] not in lex.persons:
            dropped["estimates: 'a' or 'an' before a distance"] += 1  # "stabbed to death a block away from her home"
        elif c.np_end > c.np_start and words[c.np_head - 1] == "number":
            dropped["estimates: 'a number' of people, no count"] += 1  # "an unspecified number of mercenaries"
        elif c.np_end > c.np_start and words[c.np_head - 1] in lex.collectives and c.np_end + 1 < len(words) \
                and words[c.np_end] == "of" and _inside(starts, ends, sent.spans[c.np_end + 1][0]):
            dropped["estimates: 'a family of' a number, counted by the number"] += 1  # "killed a family of five"
        elif c.np_end > c.np_start and _speaks(sent, c.np_end, lex):
            dropped["estimates: 'a' or 'an' before a speaker"] += 1  # "…, a military spokesman said"
        elif c.np_end > c.np_start:
            if c.np_end + 1 < len(words) and words[c.np_end] == "of" and sent.spans[c.np_end + 1][0] in ages:
                c.np_end = bisect_left(sent.starts, ages[sent.spans[c.np_end + 1][0]])
            categorize(c, lex)
            c.end = sent.spans[c.np_head - 1][1]
            _as_pair(c, lex)
            out.append(c)
        else:
            dropped["estimates: 'a' or 'an' before no noun"] += 1
    return out


def _sentences_holding(doc: Doc, text: str, words: Iterable[str]) -> set[int]:
    """The indices of the sentences in which `text` (the article's text or its lowered form) holds one of `words`, as a
    string, whole word or not: one pass of `str.find` over the article, not one per sentence and word."""
    out = set()
    for w in words:
        k = text.find(w)
        while k >= 0:
            index = doc.sentence_index(k)
            s = doc.sentences[index]
            if s.start <= k and k + len(w) <= s.end:
                out.add(index)
            k = text.find(w, k + 1)
    return out


def nobody(doc: Doc, finder: WordFinder, counts: list[Count], seen: dict[int, SentenceTokens],
           lex: Lexicon) -> list[Count]:
    """Counts of nobody, 0: "No one was hurt", "Nobody was killed", "There were no casualties", "None of the
    passengers was injured" (the "one" of "No one", read as a number before, becomes the count of nobody; the
    caller keeps those of a harm only). A zero of the harm's surplus or of its worst is none of it: "No one else was
    hurt", "no other casualties", "No one was seriously injured"; nor is one nobody has told yet: "no immediate
    reports of casualties", "No casualties were immediately reported"."""
    starts, ends = [c.start for c in counts], [c.end for c in counts]
    at = {c.start: c for c in counts}
    out = []
    for p in finder.find(_NOBODY_WORDS):
        if _inside(starts, ends, p):
            continue  # "no more than 20 people": a hedge of the number
        sent = sentence_tokens(doc, doc.sentence_index(p), seen)
        words, i = sent.words, bisect_left(sent.starts, p)
        if i >= len(words) or sent.starts[i] != p:
            continue
        # ("No-one", one token: its "one" read as a number too)
        one = at.get(sent.starts[i + 1]) if words[i] == "no" and i + 1 < len(words) and words[i + 1] == "one" \
            else at.get(p + len("no-")) if words[i] == "no-one" else None
        if one is not None:
            c = one  # "No one": the "one" read as a number, its verb read again past "no" ("killing no one")
            c.start, c.end, c.first = p, max(c.end, sent.spans[i][1]), i
            categorize(c, lex)
        elif words[i] == "no" and (i + 1 == len(words) or words[i + 1] in _NOT_NOUNS):
            continue  # "no more", "no one" that no number stands for
        else:
            c = read_count(sent, p, sent.spans[i][1], None, lex)
            c.singular = False
            categorize(c, lex)
            if words[i] == "no":
                head = words[c.np_head - 1] if c.np_end > c.np_start else ""
                if not _names_people(head, lex) and head not in lex.head_nouns or head in lex.body_nouns:
                    continue  # "no evidence that anyone was killed"; "no bodies were found": the dead nobody found
                c.end = sent.spans[c.np_head - 1][1]  # "no casualties"
        c.value = c.value_low = c.value_high = 0.0
        c.hedge = "exact"
        stop = max(c.cue or 0, c.np_end + _UNTOLD_WORDS)
        if c.np_start < len(words) and words[c.np_start] in _SURPLUS \
                or not _UNTOLD_OR_WORST.isdisjoint(words[c.after:stop]):
            c.category = "other"
        c.nobody = True
        if one is None:
            out.append(c)
    return out


def _speaks(sent: SentenceTokens, end: int, lex: Lexicon) -> bool:
    """Whether a reporting verb follows the phrase ending at token `end`, maybe past its last nouns ("a military
    spokesman said", "a war monitor and rescue workers said"): the phrase names who said it, not one of the dead."""
    k, reach = end, end + _SPEAKER_NOUNS + 1
    while k < min(len(sent.words), reach):
        if sent.words[k] in lex.reporting_verbs:
            return True
        if not sent.is_word(k) or not sent.words[k].islower() or sent.words[k] in _CLAUSE_WORDS:
            return False  # (not "killed a militia leader who was believed to …")
        if sent.words[k] == "and":
            reach = k + _SPEAKER_NOUNS + 2  # another teller joined to it: "and rescue workers said"
        k += 1
    return False


def _pronouns(doc: Doc, index: int, seen: dict[int, SentenceTokens], lex: Lexicon,
              positions: list[int]) -> list[Count]:
    """ "Gunmen shot a trader. He died on the way to hospital.", "shot the victim, killing him": a pronoun of one person,
    the subject of a passive casualty verb or the object of an active one, is a count of one (`restates` drops it
    after a count of that kind: it is one of those, told again)."""
    out = []
    sent = sentence_tokens(doc, index, seen)
    words = sent.words
    for p in positions:
        first = bisect_left(sent.starts, p)
        subject = words[first] in ("he", "she")
        if words[first] == "her" and first + 1 < len(words) and sent.is_word(first + 1) \
                and words[first + 1] not in lex.np_stop and not words[first + 1].endswith("ly"):
            continue  # "killing her husband": a possessive, read with its noun
        c = _one_at(sent, p, sent.spans[first][1])  # the pronoun is the whole phrase
        categorize(c, lex)
        if c.source == ("after" if subject else "before") and c.category in lex.singular_categories:
            c.doer = _attacker_before(doc, index, first, seen, lex)
            out.append(c)
    return out


def _attacker_before(doc: Doc, index: int, first: int, seen: dict[int, SentenceTokens], lex: Lexicon) -> bool:
    """Whether the nearest noun of one person before a pronoun at token `first`, in its sentence or the one before,
    is an attacker: "a gunman … killing two people before he was shot dead", "The gunman killed 5 people. He was later
    shot dead by police" (the gunman, no victim told again)."""
    words = sentence_tokens(doc, index, seen).words
    found = next((words[k] for k in range(first - 1, -1, -1) if words[k] in lex.persons), None)
    if found is None and index > 0:
        found = next((w for w in reversed(sentence_tokens(doc, index - 1, seen).words) if w in lex.persons), None)
    return found in lex.perpetrators


def _reflexive_objects(doc: Doc, index: int, seen: dict[int, SentenceTokens], lex: Lexicon) -> list[Count]:
    """ "A bomber detonated his vest, killing himself", "shot his wife before killing himself": a reflexive alone after
    the participle of a casualty verb that follows an act is one person, the doer (joined to a count, "killing himself
    and 12 others", it is read by `coordinated_people`; after "blew himself up" it is the one told again). "Before
    turning the gun on himself" tells the doer's death too."""
    sent = sentence_tokens(doc, index, seen)
    words = sent.words
    out = []
    for k in range(2, len(words)):
        joined = words[k + 1:k + 2] == ["and"] and (k + 2 >= len(words) or (words[k + 2],) not in lex.before_verbs)
        if words[k] not in _ONE_REFLEXIVES or joined or not _REFLEXIVE_WORDS.isdisjoint(words[:k]):
            continue  # (not "killing herself and wounding 4 people": a second verb, no second object)
        category, cue = lex.before_verbs.get((words[k - 1],)), k - 1
        if k >= 5 and words[k - 1] == "on" and words[k - 2] in _OWN_WEAPONS and words[k - 3] in ("the", "his", "her") \
                and words[k - 4] in _TURNED_ON and words[k - 5] in _AFTER_AN_ACT:
            category, cue = "killed", k - 4
        elif not (words[k - 1].endswith("ing") and words[k - 2] in _AFTER_AN_ACT):
            continue
        if category in lex.singular_categories:
            out.append(_doer_count(sent, k, k + 1, category, cue))
    return out


def _doer_count(sent: SentenceTokens, first: int, end: int, category: str, cue: int) -> Count:
    """The doer's own death, one person, told by the words first to end after the act."""
    c = Count(sent, sent.spans[first][0], sent.spans[end - 1][1], 1.0, 1.0, 1.0, "exact", None, first, first, first,
              end, end, singular=True)
    c.category, c.source, c.cue, c.doer = category, "before", cue, True
    return c


def _own_deaths(doc: Doc, index: int, seen: dict[int, SentenceTokens], lex: Lexicon) -> list[Count]:
    """ "shot his wife and then killed himself", "killing three students before committing suicide", "then blew himself
    up", "before taking his own life": the doer's death told after an act is one dead, as "before killing himself" is
    (`_reflexive_objects`; GTD and ACLED count the attacker). The phrase's reflexive, else its words past the verb, is
    the count. A subject right before the phrase ("The gunman then killed himself", "A man committed suicide") is
    counted by the cue, not here."""
    sent = sentence_tokens(doc, index, seen)
    words = sent.words
    out = []
    for p in range(1, len(words)):
        found = match_phrase(words, p, lex.own_deaths, lex)
        length = found[1] if found else 0
        if not length or not (words[p - 1] in _AFTER_AN_ACT and words[p - 1] not in _THEN or (
                words[p - 1] in _THEN and p >= 2 and words[p - 2] in (",", "and"))):
            continue
        reflexive = next((k for k in range(p + 1, p + length) if words[k] in _ONE_REFLEXIVES), None)
        first, end = (reflexive, reflexive + 1) if reflexive is not None else (p + 1, p + length)
        out.append(_doer_count(sent, first, end, "killed", p))
    return out


def _found_bodies(doc: Doc, index: int, seen: dict[int, SentenceTokens], lex: Lexicon) -> list[Count]:
    """ "The victim's body was discovered two days later", "police found his body": one person's body, found, is a
    count of one dead; "the" or "his" one after a count of the dead is one of those, told again (`restates`)."""
    s = doc.sentences[index]
    out = []
    for m in _BODY_OF_ONE.finditer(doc.text, s.start, s.end):
        owner = m.group("owner")
        if owner is not None and owner.lower() not in lex.persons and not (
                owner[0].isupper() and m.group("det") is None and m.start("owner") > s.start):
            continue  # "the car's body"; a name not opening the sentence ("Ana Lind's body")
        sent = sentence_tokens(doc, index, seen)
        words = sent.words
        first = bisect_left(sent.starts, m.start())
        body = bisect_left(sent.starts, m.end()) - 1
        k = body + 1
        while k < len(words) and words[k] in _BEFORE_FINDING:
            k += 1
        found_after = k > body + 1 and k < len(words) and words[k] in _FINDING  # "his body was found"
        if not found_after and not (first > 0 and words[first - 1] in _FINDING):  # "police found his body"
            continue
        c = _one_at(sent, m.start(), m.start())
        c.first = first
        if owner is not None:  # "the victim's body": the owner is what is counted ("his body": the pronoun is)
            c.np_start = first + (m.group("det") is not None)
            c.np_head = c.np_end = c.np_start + 1
        c.category, c.source, c.cue = "killed", "toll", body
        c.end = m.end()
        out.append(c)
    return out


def _mark_appositives(out: list[Count], named: list[Count]) -> None:
    """ "killed Ana Lind, a local councillor," or "a teacher, Ana Lind," or "the commander Ahmed Omar": one person told
    twice; the description is marked, to pass its category along a list ("Ana Lind, a teacher, and a student") but not
    to be counted."""
    text = named[0].sentence.text
    described = {c.start: c for c in out if c.sentence is named[0].sentence}
    for c in named:
        if c.category == "other":
            # a name that waits for the verb of what is joined to it: "Ali Musa, his wife and their son were killed"
            # lists his wife (but "Ali Musa, a local chief, and his son": the chief is Ali Musa)
            described = {k: d for k, d in described.items() if d.sentence.words[d.first] not in POSSESSIVES}
        # the description after the name's comma, or the one ending at the comma before it
        after = text.find(",", c.end, c.end + 2)
        if after >= 0:
            k = after + 1
            while k < len(text) and text[k] == " ":
                k += 1
            if k in described:
                described[k].appositive = True
        for d in described.values():
            between = text[d.end:c.start] if d.end <= c.start else None
            if between is not None and between.isspace() and c.category == "other" and d.category != "other":
                # "killed the Al-Shabaab commander Ahmed Omar and three of his bodyguards": the name takes the verb of
                # its description, to pass it along the list
                c.category, c.source, c.cue = d.category, "chain", d.cue
            if between is not None and (_SET_OFF.fullmatch(between) is not None or between.isspace()):
                d.appositive = True  # (also with no comma: "killed the commander Ahmed Omar", and past the age before
                # the name: "The guard, 40-year-old Ali Hassan,")


_SET_OFF = re.compile(r"\s*,\s*(?:\d{1,3}-years?-old\s+)?")  # between a description and the name set off after it


def _inside(starts: list[int], ends: list[int], position: int) -> bool:
    """Whether a position falls in one of the numbers read before (given in text order, apart, by start and end)."""
    k = bisect_right(starts, position) - 1
    return k >= 0 and position < ends[k]


def _definite_person(doc: Doc, index: int, seen: dict[int, SentenceTokens], lex: Lexicon,
                     starts: list[int], ends: list[int]) -> list[Count]:
    """ "The victim was later found dead", "killed the bomber", "injuring his mother": one person named by a definite
    singular noun of people, as the subject of a passive casualty verb or the object of an active one, is a count of
    one ("the" one after a count of the same kind is one of those, told again: `restates`)."""
    s = doc.sentences[index]
    out = []
    if lex.person_letters.isdisjoint(doc.letters[s.start:s.end].split()):
        return out  # (its head, a noun of one person or a pair, is a run of letters the sentence holds: most hold none)
    for m in _DEFINITE.finditer(doc.text, s.start, s.end):
        # most "the" open no person: look at the next words before splitting the sentence into tokens
        # (four words: a possessive splits in two, "the council member's brother")
        next_words = _WORD.findall(doc.lowered, m.end(), min(s.end, m.end() + _PERSON_CHARS))[:4]
        if lex.persons.isdisjoint(next_words) and lex.pairs.isdisjoint(next_words):
            continue
        if _inside(starts, ends, m.start()):
            continue
        sent = sentence_tokens(doc, index, seen)
        c = read_count(sent, m.start(), m.start() + len(m.group().rstrip()), None, lex)
        body = after_body_of(sent, c.first, lex)
        if c.np_end == c.np_start and body is not None and c.after < len(sent.words):
            # "the body of the abducted teacher": the participle is an adjective here
            c.np_start, c.np_head, c.np_end = _noun_phrase(sent, c.after + 1, lex)
            c.np_start = c.after
        if not 0 < c.np_head - c.np_start <= 3 or c.np_head != c.np_end and not (
                sent.words[c.np_head] in lex.origin_prepositions and sent.is_capitalized(c.np_head + 1 + (
                    sent.words[c.np_head + 1] == "the"))):
            continue  # (but "the mayor of Kemo", "the chief of Dakoro village": a person, and what they are of)
        head = sent.words[c.np_head - 1]
        if head not in lex.persons and head not in lex.pairs:
            continue
        categorize(c, lex)
        coordinated = c.np_end < len(sent.words) and sent.words[c.np_end] in ("and", ",") \
            or in_addition_to(sent, c.first)
        if c.source in ("after", "before") or body is not None and c.source == "toll" or coordinated:
            # (coordinated: "the driver and his son were killed", "… were killed in addition to the assailant" take
            # the verb along the chain; unchained, it stays uncounted: a singular count needs a casualty verb)
            c.end = sent.spans[c.np_head - 1][1]
            _as_pair(c, lex)
            out.append(c)
    return out


def _as_pair(c: Count, lex: Lexicon) -> None:
    """ "Gunmen shot dead the couple", "A couple was killed": a noun of two people is a count of two; "a couple of
    soldiers" is about two (a few, not one couple)."""
    words = c.sentence.words
    if words[c.np_head - 1] not in lex.pairs:
        return
    if c.np_end >= len(words) or words[c.np_end] != "of":
        c.value = c.value_low = c.value_high = 2.0
    elif c.np_end + 1 < len(words) and is_plural(words[c.np_end + 1], lex):
        c.value, c.value_low, c.value_high, c.hedge = 2.0, None, None, "approximately"


def _named_victims(doc: Doc, index: int, seen: dict[int, SentenceTokens],
                   lex: Lexicon, named: set[str]) -> list[Count]:
    """ "Gunmen shot and killed Sheikh Ali Omar", "shot dead journalist Ali Omar", "Ana Lind was killed": a person
    named right after a casualty verb (and a title), or before its passive, is a count of one (is_singular_count
    checks the verb); so is a surname before a passive ("Lind was killed") when the full name came before uncounted."""
    s = doc.sentences[index]
    out = []
    for m in _NAME.finditer(doc.text, s.start, s.end):
        if m.group().split(None, 1)[0].lower().split("-")[0] in _count_words():
            continue  # "Five Maoists, including two women, were killed": a count, which is read as one, no name
        sent = sentence_tokens(doc, index, seen)
        first = bisect_left(sent.starts, m.start())
        if first > 0 and sent.words[first - 1] in INDEFINITE:
            continue  # "a BJP MLA was shot dead", "an AFP Sergeant": a noun of one, which the singular "a" reads
        end = bisect_left(sent.starts, m.start() + len(m.group().rstrip(".")))
        chained = out and first >= 2 and sent.words[first - 1] in ("and", ",") \
            and out[-1].sentence is sent and out[-1].np_end == first - 1
        if not (chained or may_have_category(sent, lex) or _joins_next(sent, first, end, lex)):
            continue  # (a sentence with no word of a harm gives a name no verb: only one chained or joined is kept)
        c = _one_at(sent, m.start(), m.start())
        c.first, c.np_start = first, first
        c.np_end = c.np_head = end
        categorize(c, lex)
        if c.source == "after" and first > 0 and sent.words[first - 1] in _OBJECT_PREPOSITIONS:
            # "a bodyguard who worked for personalities in Southern Negros was shot dead": the name is a preposition's
            # object, the passive is the bodyguard's
            c.category, c.source, c.cue = "other", "none", None
        kin = _kin_before(sent, first, lex) if c.source == "after" else first
        if kin < first:
            # "Omar Ali and his nephew Sami Ali were shot dead": the name is of the person its noun tells, joined
            # with that noun to the one before, and the passive after them is of both
            c.first, c.start = kin, sent.spans[kin][0]
        if c.source not in ("after", "before") and chained:
            # "killed Ali Musa and Omar Farah": the second name shares the verb of the first
            c.category, c.source, c.cue = out[-1].category, "chain", out[-1].cue
        if c.source not in ("after", "before", "chain"):
            title = _title_before(sent, first, lex)
            if title < first:  # "shot dead journalist Ali Omar": the verb is before the title
                c.first = title
                categorize(c, lex)
                c.first = first
        c.end = m.start() + len(m.group().rstrip("."))
        # (the costlier question last: most names stand by no casualty verb)
        # "the regime's Air Force Intelligence were killed" names a body, not a person ("four rebels and a Police
        # Sub-Inspector were killed": the verb is plural for the coordination)
        # (also past its acronym: "two Security Forces (SFs) were injured")
        plural = c.source == "after" and "were" in sent.words[c.np_end:c.cue] \
            and "and" not in sent.words[max(0, c.first - 2):c.first]
        # a name joined to what follows takes its verb along the chain (`chain_categories`); with none,
        # is_singular_count drops it
        joined = c.source not in ("after", "before", "chain") and _joins_next(sent, first, c.np_end, lex)
        if (c.source in ("after", "before", "chain") or joined) and sent.is_capitalized(first) and not plural \
                and not (geo.country_code(m.group()) or _of_a_people(doc.text, m, lex)):
            c.named = True
            out.append(c)  # "killed North Korean soldiers": a people or a country, not a person
            if not joined:
                named.add(sent.words[c.np_end - 1])
    for start, end, following in _before_passives(doc.text, s.start, s.end):
        word = doc.text[start:end]
        if following not in lex.cue_words and following not in lex.after_skip:
            continue  # "Lind was a teacher": no casualty verb next (most)
        if word.lower() in lex.pronouns or word.lower() in named:
            continue  # "He was killed" (counted where he was first told of), or counted already
        sent = sentence_tokens(doc, index, seen)
        first = bisect_left(sent.starts, start)
        if first > 0 and sent.is_capitalized(first - 1) and sent.is_word(first - 1):
            continue  # the last word of a longer name (read above)
        c = _one_at(sent, start, end)
        c.first, c.np_start, c.np_head, c.np_end = first, first, first + 1, first + 1
        categorize(c, lex)
        if c.source == "after" and c.category in ("killed", "wounded") and _named_before(doc.text, word, s.start):
            c.named = True
            out.append(c)
            named.add(sent.words[first])
    return out


def _kin_before(sent: SentenceTokens, first: int, lex: Lexicon) -> int:
    """First token of a possessive's noun of a person right before a name at `first` ("his nephew Sami Ali", "their
    driver Ali Musa"), else `first`."""
    title = _title_before(sent, first, lex)
    return title if title < first and sent.words[title] in POSSESSIVES else first


def _joins_next(sent: SentenceTokens, first: int, end: int, lex: Lexicon) -> bool:
    """Whether the name of tokens [first, end) is joined to what follows it: "Abdi Farah and his bodyguard were
    killed", "Ali Musa, his wife and their son", also past the person's age ("Mohammed Shahid, 55, and his son"). After
    a comma only a relative of the named is joined (not "in Garcia, Nuevo Leon, three men were shot": a place; nor "On
    Wednesday, three bodies"), and no body a count's phrase names is ("1 member of the Kemo Police and")."""
    words = sent.words
    aged = past_age(sent, end, len(words))
    end = aged + 1 if aged != end else end  # (past the comma that closes the age)
    return words[first] not in lex.np_stop and not (
        first > 0 and (words[first - 1] in lex.determiners or words[first - 1] in lex.origin_prepositions)) and (
        words[end:end + 1] == ["and"]
        or words[end:end + 1] == [","] and end + 1 < len(words) and words[end + 1] in POSSESSIVES)


def _before_passives(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Each capitalised word in text[start:end] before "was" or "had been", with the word after that (lower case):
    found with str.find, most sentences holding neither."""
    out = []
    for marker in _PASSIVE_MARKERS:
        k = text.find(marker, start, end)
        while k >= 0:
            j = k
            while j > start and (text[j - 1].isalpha() or text[j - 1] in "'’-"):
                j -= 1
            if j < k and text[j].isupper() and (j == start or not text[j - 1].isalnum()):
                m = _NEXT_WORD.match(text, k + len(marker), end)
                if m:
                    out.append((j, k, m.group()))
            k = text.find(marker, k + len(marker), end)
    return out


def _named_before(text: str, word: str, end: int) -> bool:
    """Whether `word` ends a longer capitalised name before `end` ("Ramon Estevez" before "Estevez was killed");
    "Nobody was hurt", "Kabul was hit" have none."""
    k = text.rfind(" " + word, 0, end)
    while k > 0:
        after = k + 1 + len(word)
        if after >= len(text) or not (text[after].isalnum() or text[after] in "'’-"):
            j = k
            while j > 0 and text[j - 1] not in " \n":
                j -= 1
            if j < k and text[j].isupper():
                return True
        k = text.rfind(" " + word, 0, k)
    return False


def _of_a_people(text: str, name: re.Match[str], lex: Lexicon) -> bool:
    """Whether capitalised words name a people or a country's body ("North Korean Soldiers", "the Afghan National
    Army"), not a person whose title a country's adjective opens ("Haitian President Jovenel Moise", "Former Japanese
    Prime Minister Shinzo Abe"): a country in them, and no title of a person followed by a name after it."""
    found = geo.find_countries(text, name.start(), name.end())
    if not found:
        return False
    after = text[found[-1].end:name.end()].split()
    return not any(w.lower() in lex.persons for w in after[:-1])


def _title_before(sent: SentenceTokens, first: int, lex: Lexicon) -> int:
    """First token of a lower-case title before a name at `first` ("journalist", "police officer", "his brother"),
    else `first`."""
    words = sent.words
    k = first
    if not (k > 0 and words[k - 1] in lex.persons and not sent.is_capitalized(k - 1)):
        return first
    k -= 1
    while k > 0 and first - k < 3 and sent.is_word(k - 1) and not sent.is_capitalized(k - 1) \
            and (words[k - 1] in lex.determiners or words[k - 1] not in lex.np_stop) \
            and match_phrase_ending(words, k - 1, lex.before_verbs, lex) is None:
        k -= 1
    return k


def coordinated_people(counts: list[Count], lex: Lexicon) -> list[Count]:
    """One person joined to a casualty count is a count of one too: "killing himself and 12 others", "killing the
    bomber and five soldiers", "The officer, his wife and their two children were killed" (before it), "killed a
    police officer and his son" (after it)."""
    out = []
    taken = {c.start for c in counts}  # "killing the bomber and five": "the bomber" may be counted already
    for c in counts:
        if c.category not in lex.singular_categories or c.source not in ("before", "after", "chain"):
            continue
        sent, words = c.sentence, c.sentence.words
        j = c.first - 1
        if j > 0 and words[j] in POSSESSIVES and not c.singular:
            j -= 1  # "and their two children": the possessive is the count's own
        while j > 0 and words[j] in ("and", ",") and not c.singular:
            joined = coordinated_phrase(sent, j)
            if joined is None or not is_one_person(sent, joined, lex) or _what_one_is_with(words, joined[0]):
                break
            if sent.spans[joined[0]][0] not in taken:
                out.append(_person(sent, *joined, c))
                taken.add(sent.spans[joined[0]][0])
                if words[joined[0]] in _REFLEXIVE_WORDS:
                    _told_again(counts, sent)
            j = joined[0] - 1
        k = _past_serial_comma(words, past_name(sent, _past_age(sent, c.np_end), len(words)))
        # "killed a village chief, his wife and their son": each relative joined after is one more; so is the one
        # person joined last ("killing six police officers and the bomber", "… and himself"), or a person joined with
        # no determiner of its own to one person ("killed his wife and daughter": the "his" is of both); each may have
        # its age after it ("killed a farmer (56) and his son (22)"); told before its verb, such a person is counted
        # here alone ("His wife and daughter were killed": the others before a verb are counts of their own)
        while k + 1 < len(words) and words[k] in ("and", ",") and (c.source != "after" and (
                words[k + 1] in POSSESSIVES or words[k] == "and" and words[k + 1] in _ONE_AFTER
                or words[k] == "and" and words[k + 1] in _THEN and words[k + 2:k + 3] in (["himself"], ["herself"]))
                or c.singular and joins_bare_person(words, k, lex)):
            if words[k + 1] in _THEN:
                k += 1  # "killed his wife, his two children and then himself": the doer, last
            if words[k + 1] in _REFLEXIVE_WORDS:  # "himself", "herself" (_ONE_AFTER holds no "themselves")
                if sent.spans[k + 1][0] not in taken:
                    out.append(_person(sent, k + 1, k + 2, c))
                    taken.add(sent.spans[k + 1][0])
                break
            start, head, end = _noun_phrase(sent, k + 1 if words[k + 1] in lex.persons else k + 2, lex)
            noun_end = _before_name(sent, start, end, lex)  # "and his son Ali Musa": the son
            if not (0 < noun_end - start <= 3 and (head == end or noun_end < end)
                    and words[noun_end - 1] in lex.persons):
                break
            if sent.spans[k + 1][0] not in taken:
                out.append(_person(sent, k + 1, end, c))
                taken.add(sent.spans[k + 1][0])
            k = _past_serial_comma(words, _past_age(sent, end))
    return out


def _what_one_is_with(words: list[str], k: int) -> bool:
    """Whether the phrase at token k tells what the person before it is with ("An officer with the rank of captain and
    two privates were killed": a rank, no one joined), not whom one died along with ("along with the driver")."""
    return k > 1 and words[k - 1] == "with" and words[k - 2] not in _ALONG


_ALONG = frozenset({"along", "together"})


def _before_name(sent: SentenceTokens, start: int, end: int, lex: Lexicon) -> int:
    """The end of a noun of a person before the name that ends a phrase [start, end) ("his son Ali Musa", "his brother
    Peter"), else end."""
    k = end
    while k > start and end - k < _NAME_AFTER_WORDS and sent.is_capitalized(k - 1) \
            and sent.words[k - 1] not in lex.persons:
        k -= 1
    return k if k < end and sent.words[k - 1] in lex.persons else end


def _past_serial_comma(words: list[str], k: int) -> int:
    """The "and" of ", and" at k, else k: "killed Ahmed Nur, a local elder, and his son" (from the description, which
    is the name's person told again, as from the name after one: "killed a local elder, Ahmed Nur, and his son"),
    "killed a guard, his wife, and their son"."""
    return k + 1 if words[k:k + 2] == [",", "and"] else k


def _past_age(sent: SentenceTokens, k: int) -> int:
    """Token after an age set off at k (", 56," or "(56)"), else k."""
    words = sent.words
    if k + 2 < len(words) and words[k] in _AGE_OPENERS and words[k + 1].isdigit() \
            and int(words[k + 1]) < _MAX_AGE and words[k + 2] == _AGE_OPENERS[words[k]]:
        # ", 56, his wife": the closing comma joins the next person; ", 56, and his wife": the "and" does
        return k + 3 if words[k] == "(" or words[k + 3:k + 4] == ["and"] else k + 2
    return k


def _told_again(counts: list[Count], sent: SentenceTokens) -> None:
    """ "A bomber blew himself up, killing himself and 12 others": the bomber is counted once, as "himself"."""
    for c in counts:
        if c.sentence is sent and c.source == "after" and c.cue is not None and c.cue + 1 < len(sent.words) \
                and sent.words[c.cue + 1] in _REFLEXIVE_WORDS:
            c.appositive = True


def _person(sent: SentenceTokens, first: int, end: int, joined: Count) -> Count:
    """A count of one over tokens [first, end) ("his son", "himself"), of the category of the count it is joined to."""
    after = first + 1 if end - first > 1 else first
    c = Count(sent, sent.spans[first][0], sent.spans[end - 1][1], 1.0, 1.0, 1.0, "exact", None, first, after,
              after, end, end, singular=True)
    c.category, c.source, c.cue = joined.category, "chain", joined.cue
    return c


_ABOARD_WORDS = 4  # words after a count's phrase that may tell they are aboard, or that none of them survived
_SURVIVED = "survived"


def referred_counts(doc: Doc, finder: WordFinder, counts: list[Count], seen: dict[int, SentenceTokens],
                    lex: Lexicon) -> list[Count]:
    """ "Gunmen abducted five civilians. … The hostages were killed.": the hostages count as many as were
    taken before them, with that count's hedge; none when no earlier count of the captured is found. So do
    "the victims' bodies" (or "their bodies") when no count of the killed came between. "Both victims were found
    dead" is two."""
    out = _both(doc, finder, seen, lex)
    bodies = [m for s in sorted({doc.sentence_index(p) for p in finder.find(_BODY_WORDS)})
              for m in _BODIES.finditer(doc.text, doc.sentences[s].start, doc.sentences[s].end)]
    for m in bodies:
        # "Gunmen abducted four drivers. The victims' bodies were found": as many dead as were taken
        taken = [c for c in counts if c.end <= m.start() and c.value is not None
                 and c.category in ("captured", "killed")]
        if not taken or taken[-1].category != "captured":
            continue  # none taken, or their death told already
        index = doc.sentence_index(m.start())
        sent = sentence_tokens(doc, index, seen)
        c = read_count(sent, m.start(), m.end(), None, lex)
        _as_many(c, taken[-1])
        c.category, c.source, c.cue = "killed", "toll", sent.words.index("bodies", c.first)
        out.append(c)
    out += _killed_them(counts, lex)
    out += _the_taken(doc, counts, seen, lex)
    out += _all_of_those_shot(doc, counts, seen, lex)
    out += _the_attackers(doc, finder, counts, seen, lex)
    if not any(word in doc.text for word in _HOSTAGE_WORDS):
        return out  # most articles: no word of the pattern at all, found without a regex pass
    for m in _HOSTAGES.finditer(doc.text):
        taken = [c for c in counts if c.category == "captured" and c.end <= m.start() and c.value is not None]
        if not taken:
            continue
        index = doc.sentence_index(m.start())
        sent = sentence_tokens(doc, index, seen)
        c = read_count(sent, m.start(), m.start() + 3, None, lex)
        categorize(c, lex)
        _as_many(c, taken[-1])
        c.end = m.end()
        if c.category not in ("other", "captured"):
            out.append(c)
    return out


def all_aboard(doc: Doc, counts: list[Count], seen: dict[int, SentenceTokens], lex: Lexicon) -> None:
    """ "A plane carrying 157 people crashed, killing everyone on board", "Sixty-two people were on board. There
    were no survivors.", "None of the 12 people on board survived": the people aboard, told with no verb of their
    own, are the dead when their sentence or the next says none survived."""
    for c in counts:
        words = c.sentence.words
        if c.category != "other" or c.value is None or c.np_end <= c.np_start or not _aboard(c, lex):
            continue
        head = words[c.np_head - 1]
        if head in lex.animals or head in lex.things or not is_plural(head, lex):
            continue
        told = [(words, c.after)]
        if c.sentence.index + 1 < len(doc.sentences):
            told.append((sentence_tokens(doc, c.sentence.index + 1, seen).words, 0))
        none_of = words[max(0, c.first - 3):c.first] == ["none", "of", "the"]
        for said, start in told:
            low = said  # (the tokens are lower-case already: no copy of two sentences per count)
            found = next((k for k in range(start, len(low)) if any(
                tuple(low[k:k + len(p)]) == p for p in lex.none_survived)), None)
            if found is None and none_of and said is words:
                after = range(c.np_end, min(len(low), c.np_end + _ABOARD_WORDS))
                found = next((k for k in after if low[k] == _SURVIVED), None)  # "None of the 12 … on board survived"
            if found is not None:
                c.category, c.source, c.cue = "killed", "chain", found if said is words else None
                break


def _aboard(c: Count, lex: Lexicon) -> bool:
    """Whether a count is told as of people aboard: "carrying 157 people", "62 people on board", "people aboard"."""
    words = c.sentence.words
    near = words[max(0, c.first - 2):c.first] + words[c.np_end:c.np_end + _ABOARD_WORDS]
    return any(tuple(near[k:k + len(p)]) == p for k in range(len(near)) if near[k] in lex.aboard.firsts
               for p in lex.aboard)


def _as_many(c: Count, source: Count) -> None:
    """A count referring back to one told before ("the hostages", "the gunmen") takes its figure and hedge."""
    c.value, c.value_low, c.value_high, c.hedge = source.value, source.value_low, source.value_high, source.hedge


def _killed_them(counts: list[Count], lex: Lexicon) -> list[Count]:
    """ "Gunmen kidnapped two engineers and killed them": "them" after a casualty verb, in the sentence of a count of
    the captured, is as many (when no count of that casualty came between)."""
    out = []
    for c in counts:
        if c.category != "captured" or c.value is None:
            continue
        sent, words = c.sentence, c.sentence.words
        for i in range(c.np_end + 1, len(words)):
            if words[i] != "them":
                continue
            verb = match_phrase_ending(words, i - 1, lex.before_verbs, lex)
            if verb is None or verb[0] not in lex.singular_categories or any(
                    d.sentence is sent and c.end < d.start < sent.spans[i][0] and d.category == verb[0] for d in counts):
                continue
            them = Count(sent, sent.spans[i][0], sent.spans[i][1], c.value, c.value_low, c.value_high, c.hedge, None,
                         i, i + 1, i + 1, i + 1, i + 1, singular=True)
            them.category, them.source, them.cue = verb[0], "before", verb[1]
            out.append(them)
            break
    return out


def _the_taken(doc: Doc, counts: list[Count], seen: dict[int, SentenceTokens], lex: Lexicon) -> list[Count]:
    """ "Gunmen abducted two teachers. The victims were later found dead.": the sentence right after a count of people
    taken that opens with them ("the victims", "the teachers", "both" of two, "they", "all of them") before a verb of
    harm counts as many as were taken (not when a count of harm came between: "abducted 5 and killed 2. They …"); so
    does one that opens with "both", "they" or "all of them" after a count of attackers ("Two suicide bombers attacked
    a mosque. Both were killed …")."""
    out = []
    for i, c in enumerate(counts):
        if c.value is None or c.np_end <= c.np_start or c.sentence.index + 1 >= len(doc.sentences):
            continue
        head = c.sentence.words[c.np_head - 1]
        if c.category == "captured":
            subjects = _TAKEN_SUBJECTS + (("the", "victims"), ("the", head))
        elif c.category == "other" and head in lex.perpetrators:
            subjects = _TAKEN_SUBJECTS
        else:
            continue
        sent = sentence_tokens(doc, c.sentence.index + 1, seen)
        if any(d.category in _HARMS and d.start < sent.spans[0][0] for d in counts[i + 1:]):
            continue
        after = next((len(s) for s in subjects if tuple(sent.words[:len(s)]) == s), 0)
        if not after or sent.words[0] == "both" and c.value != 2:
            continue
        them = Count(sent, sent.spans[0][0], sent.spans[after - 1][1], c.value, c.value_low, c.value_high, c.hedge,
                     None, 0, after, after, after, after, singular=True)
        categorize(them, lex)
        if them.source == "after" and them.category in _HARMS and (
                not _BE.isdisjoint(sent.words[after:them.cue]) or sent.words[them.cue] in _DIED):
            out.append(them)  # (the passive or a verb of dying: not "They also wounded a guard", the captors)
    return out


def _the_attackers(doc: Doc, finder: WordFinder, counts: list[Count], seen: dict[int, SentenceTokens],
                   lex: Lexicon) -> list[Count]:
    """ "Two gunmen killed three people. The gunmen were shot dead by police.": "the" and a plural noun of attackers,
    the subject of a casualty verb, count as many as the last count of attackers told before them (none when none
    was: "The assailants were killed" alone is no count)."""
    attackers = [d for d in counts if d.value is not None and d.np_end > d.np_start
                 and d.sentence.words[d.np_head - 1] in lex.perpetrators]
    out: list[Count] = []
    if not attackers:
        return out  # most articles: no count of attackers to refer back to
    ends = [d.end for d in attackers]
    for p in finder.find(lex.perpetrators):
        if p < 4 or doc.lowered[p - 4:p] != "the " or (p > 4 and doc.lowered[p - 5].isalnum()):
            continue
        taken = bisect_right(ends, p - 4)  # the counts of attackers ending before "the"
        if not taken:
            continue
        index = doc.sentence_index(p)
        sent = sentence_tokens(doc, index, seen)
        c = read_count(sent, p - 4, p - 1, None, lex)
        if c.np_end - c.np_start != 1 or not is_plural(sent.words[c.np_start], lex) or (
                c.first > 0 and sent.words[c.first - 1] == "of"):
            continue  # (not "One of the perpetrators died": a part, counted by its number)
        categorize(c, lex)
        if c.source != "after":
            _joined_verb(c, counts, lex)  # "The bombers and 12 civilians were killed"
        if c.source in ("after", "chain") and c.category in lex.singular_categories:
            _as_many(c, attackers[taken - 1])
            c.end = sent.spans[c.np_head - 1][1]
            out.append(c)
    return out


def _joined_verb(c: Count, counts: list[Count], lex: Lexicon) -> None:
    """The verb of the count joined right after c by "and", when c has none of its own: "The bombers and 12 civilians
    were killed" (the count read before, in its sentence)."""
    words = c.sentence.words
    if c.np_end >= len(words) or words[c.np_end] != "and":
        return
    joined = next((d for d in counts if d.sentence is c.sentence and d.first == c.np_end + 1), None)
    if joined is not None and joined.source == "after" and joined.category in lex.singular_categories:
        c.category, c.source, c.cue = joined.category, "chain", joined.cue


def _all_of_those_shot(doc: Doc, counts: list[Count], seen: dict[int, SentenceTokens], lex: Lexicon) -> list[Count]:
    """ "A sniper shot two soldiers. Both died.", "… All of them were killed.": "both" or "all of them" alone opening
    the sentence after a count of people shot, before a casualty verb, is as many as were shot ("both" of two only)."""
    out = []
    for c in counts:
        if not shot_by_verb(c, lex) or c.value is None or c.value < 2 or c.sentence.index + 1 >= len(doc.sentences):
            continue
        sent = sentence_tokens(doc, c.sentence.index + 1, seen)
        words = [w.lower() for w in sent.words[:3]]
        if words[:3] in (["both", "of", "them"], ["all", "of", "them"]):
            after = 3
        elif words[:1] == ["both"]:
            after = 1
        else:
            continue
        if words[0] == "both" and c.value != 2:
            continue
        them = Count(sent, sent.spans[0][0], sent.spans[after - 1][1], c.value, c.value_low, c.value_high, c.hedge,
                     None, 0, after, after, after, after, singular=True)
        categorize(them, lex)
        if them.source == "after" and them.category in lex.singular_categories:
            out.append(them)
    return out


def _both(doc: Doc, finder: WordFinder, seen: dict[int, SentenceTokens], lex: Lexicon) -> list[Count]:
    """ "Both victims were found dead": two people, when a casualty verb follows ("both" before a count is read
    with the count; `restates` drops it after a count of the same kind)."""
    out = []
    for p in finder.find(_BOTH_WORDS):
        m = _BOTH.match(doc.text, p)
        if m is None:
            continue
        index = doc.sentence_index(m.start())
        sent = sentence_tokens(doc, index, seen)
        c = read_count(sent, m.start(), m.end(), None, lex)
        head = sent.words[c.np_head - 1] if c.np_end > c.np_start else ""
        if not (0 < c.np_end - c.np_start <= 2 and (head in lex.quantity_classes or head[:-1] in lex.persons)):
            continue  # "both victims", "both officers"; not "both sides", "both families"
        categorize(c, lex)
        if c.source == "after" and c.category in lex.singular_categories:
            c.value = c.value_low = c.value_high = 2.0
            c.end = sent.spans[c.np_head - 1][1]
            out.append(c)
    return out


def fill_quantity(doc: Doc, c: Count, lex: Lexicon) -> None:
    if c.np_end > c.np_start:
        a, b = c.sentence.spans[c.np_start][0], c.sentence.spans[c.np_end - 1][1]
        c.quantity = _POSSESSIVE_END.sub("", doc.text[a:b])  # "the victim's body": a victim
        c.head = _POSSESSIVE_END.sub("", c.sentence.words[c.np_head - 1])
        c.generic = c.np_end - c.np_start == 1 and lex.quantity_classes.get(c.head) == ""


def inherit_quantities(counts: list[Count], lex: Lexicon) -> None:
    """An elliptical count ("7 were wounded", "the casualties at around 1,000") counts what the count before it
    counted."""
    previous: Count | None = None
    for c in counts:
        if c.replaces is not None and c.replaces.quantity and not c.replaces.generic:
            previous = c.replaces  # "killing at least 17 people … the death toll had risen to 22": 22 people
        if c.nobody:
            continue  # "No fatalities" after "shot a man": nobody, of no kind
        if (c.quantity is None or c.generic) and c.category != "other" and previous is not None \
                and c.sentence.index - previous.sentence.index <= 2 and not (
                    previous.category == "other" and (previous.head in lex.perpetrators
                                                       or not _names_people(previous.head, lex))) and not (
                    _is_person_pronoun(c) and previous.amount != 1):
            # (not "Three attackers drove into pedestrians, killing seven": the attackers did the killing; not "a
            # clash between two rival gangs left seven dead": no gangs died; not "He was taken into custody" after
            # "killing 20 people": one person, whoever the people before were)
            c.quantity, c.head, c.country = previous.quantity, previous.head, previous.country
        if c.quantity and not c.generic and not inserted(c):
            previous = c  # not a part told in passing (", including two police officers,"): the whole it is of


def _names_people(head: str | None, lex: Lexicon) -> bool:
    """Whether the head of a counted phrase names people ("civilians", "policemen", "children"), not things or
    groups ("mosques", "gangs")."""
    if head is None:
        return False
    head = head.lower()
    return head in lex.persons or head in _PEOPLE or head.endswith("men") or (
        head.endswith("s") and head[:-1] in lex.persons)


def _is_person_pronoun(c: Count) -> bool:
    """Whether a count is a pronoun of one person ("He was arrested"), which names no more than one of a noun."""
    return c.np_end == c.np_start and c.sentence.words[c.first].lower() in _PERSON_PRONOUNS


def count_country(doc: Doc, c: Count, lex: Lexicon) -> str | None:
    """Country of what is counted: "North Korean soldiers", "troops from North Korea"."""
    sent = c.sentence
    # Countries are named with capitals ("North Korean", "Russia"): a lower-case phrase names none.
    if not any(sent.is_capitalized(i) for i in range(c.np_start, c.np_end)):
        return None
    end = c.np_end
    if end + 1 < len(sent.words) and sent.words[end] in lex.origin_prepositions:
        end = min(len(sent.words), end + 4)
    found = geo.find_countries(doc.text, sent.spans[c.np_start][0], sent.spans[end - 1][1])
    return found[0].code if found else None
