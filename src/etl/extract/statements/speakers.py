"""A cue in its sentence → a candidate with its speaker: before or after the cue, by an apposition, or inherited."""
from __future__ import annotations

import re
from collections import Counter

from etl.extract import geo
from etl.extract.mentions import DETERMINERS, HEAD_KINDS, MODIFIERS, NOT_NAMES, TITLES, is_capitalized
from etl.extract.statements.cues import AFTER_RE, skipped
from etl.extract.statements.items import Candidate, Context, CueEntry, Unit
from etl.extract.statements.lexicon import (
    BASE_FORMS, BETWEEN, CONTEXT, CUES, DOCUMENTS, FUNCTION_WORDS, GRAMMAR, NOUN_FOLLOWERS, NP_STOPS,
    PERSON_RELATIVES, SPEECH_NOUNS, SUBJECT_PRONOUNS, one_of,
)
from etl.extract.wordlists import alternation
from etl.extract.statements.phrases import (
    IRREGULAR_PAST, PARTY_TAG, PARTY_TAG_END, TAG_CHARS, bare_determiner, describes_person, is_adverb,
    noun_phrase_after, past_determiner, speaker_before, strong_speaker, subject_of, words_of,
)

_ENDS_WITH_COMMA = re.compile(r"(?:[,?!]\s*(?:”|\"|'')?|(?:”|\"|'')\s*)\s*$")
_ENDS_WITH_QUOTE = re.compile(r"(?:”|\"|'')\s*$")
# "… and said", "… but on Tuesday wrote": a second verb of the clause's subject, maybe after a time or adverb.
_ENDS_WITH_LINK = re.compile(r"(?:,\s*(?:”|\"|'')?|\s(?:—|–|--)|\band|,\s*and|\bbut|,\s*but|\bthen)\s*"
                             r"(?:(?:on|last|this|earlier|later)\s+[A-Za-z]+\s+|later\s+|also\s+|then\s+)?"
                             r"(?:(?:[a-z]+ly|did|does|do|would|will|could|has|have|had|not|also|[a-z]+n[’']t)\s+){0,3}$")
# Words an `_ENDS_WITH_LINK` match spans at most: a link ("…, and"), a time ("on Tuesday") and three auxiliaries or
# adverbs, so it starts in the last seven words (or the space before them) of the text it ends
_LINK_WORDS = 7
# "said before adding", "began by saying": a participle after these shares the subject of the verb before.
_ENDS_WITH_PARTICIPLE_LINK = re.compile(rf"\b(?:{one_of('participle_link')})\s+$")
# "a White House official who spoke anonymously said": the speaker before a short relative clause.
_RELATIVE = re.compile(rf"\s(?:{one_of('relative')})\s+[^,.;:“\"”]{{1,80}}$")
# "he reports", "They also claim": a pronoun right before a cue form that is also a noun makes it a verb. The
# pronouns are matched in lower case or capitalised, and "I" only as English writes it.
_PRONOUN_BEFORE = re.compile(r"\b(?:%s)\s+(?:[a-z]+ly\s+)?$" % "|".join(
    "I" if p == "i" else f"[{p[0].upper()}{p[0]}]{re.escape(p[1:])}" for p in GRAMMAR["speaking_pronoun"]))
# The comma (and determiner) before a noun of speech that opens a reduced relative clause: ", accusations the army
# denies", ", an allegation he rejects"; group 1 opens the attribution.
_SPEECH_NOUN_OPENING = re.compile(r",\s+((?:(?:an?|the|these|those)\s+)?)$")
_SPEECH_NOUN_CHARS = 30
# The letters a text ends with, past its spaces: a noun of speech before a phrase ends its text so (every one is
# ASCII letters, and re.I lets in the few others whose lower case is one, the Kelvin sign's "k"), most texts not
_LAST_LETTERS = re.compile(r"[a-z]++\s*+$", re.I)
_RELATIVE_ASIDE = re.compile(rf",\s+(?:{one_of('relative')})\s+[^;:“\"”]{{1,120}}?,\s+(?:(?:{alternation(BETWEEN)})\s+)*$")
_PASSIVE = re.compile(rf"\b(?:{one_of('passive_be')})\s+(?:(?:[a-z]+ly|{one_of('passive_adverb')})\s+)?$")

# "reported by the Times": a participle before its agent.
_PASSIVE_BY = re.compile(r"\s+by\s+(?:the\s+|a\s+|an\s+)?[A-Z]")
_AGE_AND_PLACE = re.compile(r",\s*\d{1,3}\s*,(?:\s*(?:of|from)\s+[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*)*\s*,)?\s*$")
_AGE_BEFORE = re.compile(r",\s*\d{1,3}\s*$")
# "Jo Reyes — a nurse from Dayton — said": a description set off by dashes after the speaker.
_DASH_APPOSITION = re.compile(r"\s(?:—|–|--)\s*([^—–,;:“”\"]{3,120}?)\s*(?:—|–|--)$")
# What opens a phrase after a subject and before its verb: a preposition or a participle with its complement.
_POSTMODIFIER_START = re.compile(r"\s+(?:of|for|from|at|in|with|on|across|inside|outside|near|around|toward|towards"
                                 r"|[a-z]+ing"
                                 r"|(?:accused|charged|suspected|convicted|indicted)\s+(?:of|with)"
                                 r"|(?:led|backed|supported|funded|loyal|linked|allied|aligned|affiliated)"
                                 r"\s+(?:by|to|with))\s")
# … or a past participle of where the subject is or was sent, only before a verb of its own: "Troops posted on the
# border said", "Patients taken to the hospital said" (a verb in the past that tells what they did is the sentence's
# own: "farmers gathered outside the office demanding …", "protesters marched in the city to denounce …"; the agent of
# "A report compiled by the UN said" may be the speaker)
_PARTICIPLE_START = re.compile(r"\s+(?:[a-z]+ed|held|kept|caught|sent|left|taken|brought)\s+(?:at|in|on|near|along"
                               r"|across|inside|outside|around|to|from|under|behind)\s")
# an acronym in brackets after a name, no punctuation that ends a subject's postmodifier ("led by Hayat Tahrir al-Sham
# (HTS)")
_ACRONYM_IN_BRACKETS = re.compile(r"\s*\([A-Z][A-Za-z&]{1,7}\)")
_GERUND = re.compile(r"[a-z]+ing\b")
_WORD_BEFORE_CHARS = 12  # characters before a cue read for the word right before it
_MAX_POSTMODIFIER_WORDS = 10
_MAX_POSTMODIFIER_CHARS = 120
_SUBJECT_CHARS = 80
_PUNCTUATION = (",", ";", ":", "“", "”", '"', "(", ")", "—", "–", ".")
# A preposition opening an adverbial of time, place or venue right before a phrase ("in a blog post said").
_ADJUNCT_BEFORE = re.compile(r"\s(?:in|at|during|on|via|outside|inside)\s+$")
_VENUES = frozenset(v for v in CONTEXT["venues"] if " " not in v)
_MAX_ADJUNCTS = 3
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:[a-z]+ly|also|since|long|not|never)\s+)*$")
_ASIDE_BEFORE = re.compile(r",\s*(?:however|meanwhile|though|too|instead|also|nonetheless|nevertheless|in turn|"
                           r"in contrast|by contrast|for (?:his|her|their|its) part)\s*,\s*$")
# "… and had asked": a past perfect joined on, which after a cue in the simple past is a verb of what was said
# (with no comma before the "and": "…, and had warned" may go on with the speaker)
_BACKSHIFTED_AND = re.compile(r"[^,\s]\s+(?:and|but)\s+(?:(?:also|later|then|[a-z]+ly)\s+)?had\s+(?:[a-z]+ly\s+)?$")
_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:[a-z]+ly\s+)?$")
_AND_BEFORE = re.compile(r"\b(?:and|but|then)\s+(?:also\s+|later\s+|then\s+|[a-z]+ly\s+)?$")
_RELATIVE_WORD = re.compile(rf",\s+(?:{one_of('relative')})\s")
_PERSON_RELATIVE_WORD = re.compile(rf",\s+(?:{one_of('person_relative')})\s")
_PREPOSITIONS = frozenset({"in", "on", "at", "during", "after", "before", "since", "until", "from", "by", "with",
                           "without", "for", "over", "under", "through", "into", "across", "near", "amid"})
_FINITE = frozenset({"was", "were", "is", "are", "has", "have", "had"})  # verbs that open no apposition
_COORDINATORS = frozenset(w.lower() for w in GRAMMAR["coordinator"])  # "and", "but": they open no apposition
_APPROXIMATELY = re.compile(r"(?:\s(?:(?:less|more)\s+than|about|nearly|almost|just|only|some))?\s*$")
_AFTER_PREPOSITION = re.compile(r"\s(?:in|at|from|of|outside|inside|near|across|toward|towards|by|to|with)\s+$")
_AUXILIARY_CHARS = 60        # characters of auxiliaries and adverbs read before a cue ("has since also said")
_FLOATING = frozenset({"both", "all", "each"})  # "…, have both urged"
_TAIL_CHARS = 200            # characters before a cue that the patterns of what ends there read
_MAX_APPOSITION_WORDS = 24
_MAX_NAMED_APPOSITION_WORDS = 14  # "Jo Kim, vice president and general counsel for the Acme Group, said"


def _speaker_after(text: str, lo: int, hi: int, after_quote: bool) -> tuple[tuple[int, int], str | None] | None:
    """The speaker of an inverted cue ("…,” said Grimm, a Trump supporter.") and its apposition."""
    span = noun_phrase_after(text, lo, hi)
    if span is None:
        return None
    rest = text[span[1]:hi]
    stripped = rest.lstrip()
    if not stripped or stripped[0] in ".!?;:—–":
        return span, None
    if stripped[0] == ",":
        apposition = re.split(r"[,.;:—–]", stripped[1:], maxsplit=1)[0].strip()
        if apposition and len(apposition.split()) <= _MAX_APPOSITION_WORDS \
                and apposition.split()[0].lower() not in NP_STOPS:
            return span, apposition
        return span, None
    after = AFTER_RE.match(text, span[1], hi)
    first_word = stripped.split()[0].lower()
    if after_quote or after or first_word in NP_STOPS:
        return span, None
    return None


def _apposition_speaker(text: str, lo: int, hi: int) -> tuple[tuple[int, int], str | None] | None:
    """The speaker around an apposition that ends at hi: "Michael Briggs, a spokesman for Sanders, said",
    "Steve Cohen, Democrat of Tennessee, told", "Dick Durbin, noting the size of the list, said",
    "a third, Daniel Traynor, said"."""
    segment = text[lo:hi].rstrip()
    dash = _DASH_APPOSITION.search(segment, max(0, len(segment) - _TAIL_CHARS)) if segment.endswith(("—", "–", "--")) \
        else None
    if dash is not None:  # "Jo Reyes — a nurse from Dayton — said": an apposition between dashes
        speaker = speaker_before(text, lo, lo + dash.start())
        if speaker is None or text[speaker[0]:speaker[1]].lower() in SUBJECT_PRONOUNS:
            return None
        return speaker, dash.group(1).strip()
    if not segment.endswith(","):
        return None
    aged = _AGE_AND_PLACE.search(segment)
    if aged is not None:  # "Harry Bond, 30, of Raleigh, N.C., said": the name before age and home town
        speaker = speaker_before(text, lo, lo + aged.start())
        if speaker is not None and is_capitalized(text[speaker[0]:speaker[1]].split()[-1]):
            return speaker, segment[aged.start():].strip(" ,") or None
    comma = segment.rfind(",", 0, len(segment) - 1)
    if comma < 0:
        return None
    apposition = segment[comma + 1:-1].strip()
    words = apposition.split()
    if not words or len(words) > _MAX_APPOSITION_WORDS or any(m in apposition for m in "“\"”"):
        return None
    first = words[0].lower()
    if first in _COORDINATORS and len(words) > 1 and words[1].islower() and words[1] not in DETERMINERS:
        return None  # "… north of Tegucigalpa, and set it on fire, said Julissa Villanueva": a verb joined on, whose
        # subject is the sentence's; the speaker follows the cue (not "William Craig, …, and a former minister, said",
        # "Hillary Clinton and Bernie Sanders, and Democratic Gov. Jay Nixon, tweeted")
    if first in _FINITE:
        # "Bill Richard, whose son Martin, 8, was killed in the bombing, had asked": a verb of the relative clause
        # about the speaker, not an apposition; the speaker stands before "whose"
        relatives = list(_PERSON_RELATIVE_WORD.finditer(segment, max(0, len(segment) - _TAIL_CHARS)))
        relative = relatives[-1] if relatives else None
        speaker = speaker_before(text, lo, lo + relative.start()) if relative is not None else None
        if speaker is None or not is_capitalized(text[speaker[0]:speaker[1]].split()[-1]):
            return None
        return speaker, None
    if first in _PREPOSITIONS:
        # "Ortiz, for her part, said": an aside, not an apposition; but "…, who lost her son in Aurora,
        # Colorado, in July 2012, said" is a relative clause (read later), and Colorado is nobody
        if _RELATIVE_WORD.search(segment, max(0, len(segment) - _TAIL_CHARS)):
            return None
        speaker = speaker_before(text, lo, lo + comma)
        if speaker is None or text[speaker[0]:speaker[1]].lower() in SUBJECT_PRONOUNS:
            return None
        return speaker, None
    if PARTY_TAG.fullmatch(apposition):
        # "Sen. Chris Murphy, D-Conn., said": a legislator's party and state, no one of their own
        speaker = speaker_before(text, lo, lo + comma)
        return (speaker, apposition) if speaker is not None else None
    if all(is_capitalized(w) for w in words) and len(words) <= 4 and words[0] not in NOT_NAMES:
        if "," in segment[:comma] and geo.place_country(apposition) is not None:
            # "Richard Hasen, a professor at the University of California, Los Angeles, said": the town of the
            # apposition before it, whose speaker is before that
            return _apposition_speaker(text, lo, lo + comma + 1)
        start = lo + comma + 1 + (len(segment[comma + 1:]) - len(segment[comma + 1:].lstrip()))
        before = _CLAUSE_BREAK.split(text[lo:lo + comma].strip())[-1]  # ("“…,” the party's spokesperson, NAME,")
        return (start, start + len(apposition)), before or None
    head_end = lo + comma
    tag = PARTY_TAG_END.search(text, max(lo, head_end - TAG_CHARS), head_end)
    if tag is not None:
        head_end = tag.start()  # "Sen. Amy Castellano, D-Minn., the third-ranking Democrat, said": past the tag
    age = _AGE_BEFORE.search(text, max(lo, head_end - 8), head_end)  # "Ana Ruiz, 21, a student from Reno, said"
    speaker = speaker_before(text, lo, age.start() if age is not None else head_end)
    if speaker is None or text[speaker[0]:speaker[1]].lower() in SUBJECT_PRONOUNS:
        return None
    if words[0].islower() and first.endswith("ing") and _object_of_verb(text, lo, speaker):
        return None  # "Gunmen attacked a church in Jos, killing three worshippers, said …": a participle of the
        # clause before, whose object is no speaker (as "Dick Durbin, noting …, said" has its speaker first)
    named = is_capitalized(text[speaker[0]:speaker[1]].split()[-1]) and len(words) <= _MAX_NAMED_APPOSITION_WORDS
    if not (first in DETERMINERS or first in PERSON_RELATIVES or first in TITLES or first.isdigit()
            or first.endswith("ing") or named or (strong_speaker(text, speaker) and len(words) <= 5)):
        return None
    if first in PERSON_RELATIVES and text[lo:speaker[0]].rstrip().endswith(","):
        inner = _apposition_speaker(text, lo, lo + comma + 1)
        if inner is not None and inner[0][0] < speaker[0]:
            return inner  # "Ali Larijani, speaker of Iran's parliament, who led the talks, said": the name, not the
            # apposition's last words
    return speaker, None if first in PERSON_RELATIVES else apposition


def _passive_agent(text: str, unit: Unit, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The agent of a passive cue when what was said follows it, opened by "that" or a colon ("has been warned by
    Labour MPs that …", "was told by officials on Monday that …"); None otherwise ("was charged by police with …")."""
    by = _BY_AGENT.match(text, cue[1], unit.end)
    if by is None:
        return None
    agent = noun_phrase_after(text, by.end(), unit.end)
    if agent is None:  # "by civil servants that": a bare plural, which the reader of names does not take
        bare = _BARE_PLURAL.match(text, by.end(), unit.end)
        agent = bare.span() if bare is not None else None
    if agent is None or not _SAID_AFTER_AGENT.match(text, agent[1], unit.end):
        return None
    return agent


_BY_AGENT = re.compile(r"\s+by\s+")
_BARE_PLURAL = re.compile(r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[a-z]s\b")
# what follows a passive cue's agent when it brings what was said: maybe a time, then "that" or a colon
_SAID_AFTER_AGENT = re.compile(r"(?:,?\s+(?:on|last|this|earlier)\s+[A-Za-z]+,?)?(?:\s+that\b|\s*:)")


def _object_of_verb(text: str, lo: int, speaker: tuple[int, int]) -> bool:
    """Whether a past form stands right before a phrase, whose object it is ("Gunmen attacked a church")."""
    before = text[max(lo, speaker[0] - _VERB_CHARS):speaker[0]].split()
    return bool(before) and before[-1].isalpha() and before[-1].islower() and (
        before[-1].endswith("ed") or before[-1] in IRREGULAR_PAST)


_VERB_CHARS = 20


# Prepositions that take a noun phrase, after which a participle of speech is an adjective: "into alleged
# corruption", "over alleged links", "of reported abuses", "a debate on alleged irregularities"
_AFTER_OBJECT_PREPOSITION = re.compile(r"\b(?:into|over|of|about|for|against|amid|despite|with|on|in|from|after|"
                                       r"following|regarding|concerning)\s+$", re.IGNORECASE)


def _charged(text: str, unit: Unit, cue: tuple[int, int]) -> bool:
    """Whether a verb of charging is a participle after whom it charges ("A man accused of murder told the court",
    "arrested and charged with treason"), not a verb with its object before it ("the senator she has accused of
    impugning her integrity")."""
    if text[cue[0]:cue[1]].lower() not in _CHARGES or not _CHARGE_AFTER.match(text, cue[1], unit.end):
        return False
    before = text[max(unit.start, cue[0] - 12):cue[0]].split()
    return not before or before[-1].lower() not in _CHARGING_SUBJECTS


_CHARGES = frozenset({"accused", "charged", "suspected", "convicted", "indicted"})
_CHARGE_AFTER = re.compile(r"\s+(?:of|with)\s")
_CHARGING_SUBJECTS = SUBJECT_PRONOUNS | {"has", "have", "had", "who", "whom", "that"}


# a verb that demands what its that-clause tells, the clause's verb then in its bare form ("demanded that Iran explain")
_MANDATED = re.compile(r"\b(?:demand|insist|urge|ask|request|require|recommend|order)(?:s|ed|ing)?\s+that\s+$")
_MANDATED_CHARS = 30
_QUANTIFIERS = frozenset(GRAMMAR["quantifier_subject"])  # "Some argue": a determiner that speaks for a group
_PLACE_AFTER = re.compile(r"\s+(?:in|across|at|along|near|around|throughout)\s")  # where what was reported happened
_ASCRIBED = frozenset({"attributed", "blamed"})  # past forms whose participle ascribes a deed to someone
_ASCRIBED_TO = re.compile(r"\s+(?:to|on)\s")
_EARLIER_VERSION = re.compile(r"\bversions?\s+of\s+$")  # "An earlier version of this story said"
_NO_ONE = frozenset({"no", "nobody", "none", "neither"})  # a phrase so opened names no one who spoke ("no one")


def _opens_phrase(text: str, unit: Unit, cue: tuple[int, int]) -> bool:
    """Whether a participle of speech opens a noun phrase, after a comma or at the start of its sentence, before a
    plural noun, with no subject before it but a place ("in El Ramie, Veracruz, alleged members of the cartel
    ambushed", "Reported cases rose"): a modifier, no verb of speech."""
    if not _OPENING_SLOT.search(text, max(unit.start, cue[0] - 3), cue[0]) and cue[0] != unit.start:
        return False
    apposed = _apposition_speaker(text, unit.start, cue[0]) if cue[0] != unit.start else None
    if apposed is not None and geo.place_country(text[apposed[0][0]:apposed[0][1]]) is None:
        return False  # "Roffman, a securities analyst, recalled numerous calls": a subject and its verb
    nxt = words_of(text, cue[1], min(unit.end, cue[1] + 20))
    return bool(nxt) and nxt[0][2].isalpha() and nxt[0][2].islower() and nxt[0][2].endswith("s") and (
        nxt[0][2] not in _NOT_NOUNS)  # (people told by a plural: "alleged members", "reported militants")


_OPENING_SLOT = re.compile(r"(?<![”\"’'])[,]\s*$")  # (not after a quote: "“…,” claimed police" is inverted)
_NOT_NOUNS = frozenset({"is", "was", "has", "this", "his", "its", "as", "thus", "yes", "us", "always", "perhaps"})


def _verb_in_past(word: str, form: str) -> bool:
    """Whether the word after a cue form that is also a noun is a verb in the past, whose subject the form heads
    ("an air strike on a village in Rakhine state killed at least 40"), unless the form is itself in the past."""
    return word.islower() and word.endswith("ed") and len(word) > _SHORT_ED and not form.endswith("ed")


_SHORT_ED = 4  # "red", "bed", "need": no verb in the past


# a participle after "with" and a name is a verb, the name its subject: "…, with the Bureau of Meteorology warning of a
# second low-pressure system" (not "with a warning of …")
_WITH_NAMED = re.compile(r",\s+with\s+(?:the\s+)?[A-Z][^,;:.“”\"]{0,60}\s+$")
# a time and a verb of speech after a form that is also a noun: the noun's ("A U.N. experts report this month said")
_TIME_THEN_VERB = re.compile(r"\s+(?:this|last)\s+(?:week|month|year)\s+(?:said|says|found|finds|showed|shows)\b")
_DEGREE_BEFORE = re.compile(r"\b(?:most|more|less|least|very|so|too|increasingly)\s+$", re.IGNORECASE)
_CALL_PARTICLE = re.compile(r"\s+(?:off|up)\b")
# "state" before a lower-case word that is no function word nor an adverb: a noun ("state media"), not the verb
# ("state the obvious", "state clearly that")
_NOUN_AFTER_STATE = re.compile(r"\s+(?!that\b)[a-z][a-z-]*(?<!ly)\b(?![’'])")
_NEXT_LOWER = re.compile(r"\s+([a-z][a-z-]*)")
# "state" between a name inside its clause and the clause's end is the noun of the name ("in Dapchi, Yobe state."): a
# verb "state" would need a plural subject ("Officials state.") and rarely ends a sentence with nothing stated after it
_END_AFTER_STATE = re.compile(r"\s*(?:[.,;)]|$)")
_NAME_BEFORE_STATE = re.compile(r"[\w,]\s+[A-Z][\w’'-]*\s+$")
# the one to three capitalised words right before "state", when they name a first-level region, make it the region's
# noun whatever follows ("in Nigeria's north-central Kogi state last week have freed …", "Uttar Pradesh state police"):
# a region is no speaker of the verb
_REGION_BEFORE_STATE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+){1,3})$")
_NAME_CHARS = 40
# a clause after a tell-type verb with no addressee ("told he must serve"), and a passive before it that the verb
# is coordinated with ("was jailed for life at the Old Bailey today and told"): the subject heard, no one spoke
_HEARER_CLAUSE = re.compile(r"\s+(?:that|to|(?:he|she|they|it|we|I)\s)")
_COORDINATED_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|t)\b"
                                  r"[^,;:.“”\"]{0,100}\s+and\s+$")
# The subject "states" has as a verb: a pronoun, or a noun phrase its determiner opens ("It states", "the law states",
# "The United States states"), not an adjective or a noun that makes "states" a noun ("Western states", "member states")
_COMMA_BEFORE = re.compile(r",\s*$")
_NAME_SET_OFF = re.compile(r"\s+(?:“[^”]{1,60}”|\"[^\"]{1,60}\"|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s*,")
_POSSESSIVE_END = re.compile(r"['’]s?$")
# where a past form was put up, then what it said: "posted on Instagram that …", "posted on his Facebook page: “…”" (no
# participle of a noun: "troops posted on the border")
_POSTED_ON = re.compile(r"\s+on\s+(?:(?:his|her|its|their|the|an?)\s+(?:[\w'’-]+\s+){0,2}?(?:account|page|channel|feed"
                        r"|profile|website|blog)|social\s+media|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s*,?\s*(?:that\b|:|[“\"])")
_STATING_SUBJECT = re.compile(r"(?:it|he|she|this|that|(?:the|a|an|this|that|its|his|her|their|our)\s+\S.*)$",
                              re.IGNORECASE | re.DOTALL)


def cue_candidate(ctx: Context, unit: Unit, cue: tuple[int, int], entry: CueEntry, earlier: list[Candidate],
                  dropped: Counter[str]) -> Candidate | None:
    """A cue with its speaker, or None when the cue has no speaker (a noun, a passive, a figure of speech),
    counted in `dropped` with the reason."""
    text = ctx.text
    form = text[cue[0]:cue[1]]  # the cue as written
    if form.lower() in _QUOTING_VERBS and _AS_SAYING_AFTER.match(text, cue[1], unit.end):
        dropped["statements: a quoting verb, read at its 'as saying'"] += 1
        return None  # "TASS cited a source as saying …": one statement, read at "as saying"
    if form.lower() == "as saying":
        return _quoted_as_saying(ctx, unit, cue, entry, dropped)
    if form.lower() == "saying" and _AS_BEFORE.search(text, max(unit.start, cue[0] - 4), cue[0]):
        dropped["statements: 'as saying' of a longer cue"] += 1
        return None  # (read whole as "as saying")
    if form.lower() in _CITING and _source_only(text, unit, cue):
        dropped["statements: a source cited, no words"] += 1
        return None  # "Xinhua reported, citing a foreign ministry spokesperson", "Yonhap, citing a military official,
        # said …": whom the report rests on, not what was said
    if entry.noun_too and not _PRONOUN_BEFORE.search(text, max(unit.start, cue[0] - 12), cue[0]):
        nxt = words_of(text, cue[1], min(unit.end, cue[1] + 20))
        # "reports said", "state media", "the Sinaloa state prosecutor's office": a verb or another noun (or a common
        # noun's possessive; not a name's: "called AP's report a …") after the form makes it a noun.
        head = _POSSESSIVE_END.sub("", nxt[0][2]) if nxt and nxt[0][2][:1].islower() else nxt[0][2] if nxt else ""
        if nxt and (nxt[0][2].lower() in NOUN_FOLLOWERS or head in HEAD_KINDS or head in TITLES
                    or nxt[0][2] in MODIFIERS or _verb_in_past(nxt[0][2], form)
                    or _TIME_THEN_VERB.match(text, cue[1], unit.end)) \
                and not _closes_statement(text, unit, cue, nxt[0][2]) and not _past_after_name(text, unit, cue) \
                and not (entry.gerund and _WITH_NAMED.search(text, max(unit.start, cue[0] - _SUBJECT_CHARS), cue[0])) \
                and not (form.endswith("ed") and _POSTED_ON.match(text, cue[1], unit.end)):
            dropped["statements: cue form read as a noun"] += 1
            return None
    if entry.gerund and _DEGREE_BEFORE.search(text, max(unit.start, cue[0] - 12), cue[0]):
        dropped["statements: cue form read as an adjective"] += 1
        return None  # "offers the most promising channel", "a very telling remark": a participle graded is an adjective
    if form[:4].lower() == "call" and _CALL_PARTICLE.match(text, cue[1], unit.end):
        dropped["statements: cue in a phrasal verb of no speech"] += 1
        return None  # "Duque called off peace talks", "the army called up reservists"
    if form == "state" and _NOUN_AFTER_STATE.match(text, cue[1], unit.end) and \
            _NEXT_LOWER.match(text, cue[1], unit.end).group(1) not in FUNCTION_WORDS:
        dropped["statements: cue form read as a noun"] += 1
        return None  # "a member of the Rio state audit court", "the state electoral board": a noun before a noun
    if form.lower() == "state" and _END_AFTER_STATE.match(text, cue[1], unit.end) and \
            _NAME_BEFORE_STATE.search(text, max(unit.start, cue[0] - _NAME_CHARS), cue[0]):
        dropped["statements: cue form read as a noun"] += 1
        return None  # "a school in Dapchi, Yobe state.", "the capital of Gezira State,": a name's state, no speech
    if form.lower() == "state" and _region_before(text, unit, cue[0]):
        dropped["statements: cue form read as a noun"] += 1
        return None  # "in Nigeria's north-central Kogi state last week have freed …": the region's noun
    if entry.frame == "tell" and _HEARER_CLAUSE.match(text, cue[1], unit.end) and _COORDINATED_PASSIVE.search(
            text, max(unit.start, cue[0] - _TAIL_CHARS), cue[0]):
        dropped["statements: cue in the passive"] += 1
        return None  # "Abedi was jailed for life and told he must serve 55 years": the subject was told, by a judge
    if entry.kind == "verb" and form.endswith("ed") and (_AFTER_OBJECT_PREPOSITION.search(
            text, max(unit.start, cue[0] - 10), cue[0]) or _charged(text, unit, cue)):
        dropped["statements: cue form read as an adjective"] += 1
        # "an investigation into alleged corruption": a participle after a preposition modifies a noun; "A man
        # accused of murder told the court": a participle before what it charges is no verb of speech
        return None
    if entry.cue_class == "describe" and form.endswith("ed") and _COMMA_BEFORE.search(
            text, max(unit.start, cue[0] - 3), cue[0]) and _NAME_SET_OFF.match(text, cue[1], unit.end):
        dropped["statements: cue form read as an adjective"] += 1
        return None  # "the operation, dubbed Claw-Lock, would continue": what a thing is called, set off by commas
    if entry.kind == "verb" and form.endswith("ed") and _opens_phrase(text, unit, cue):
        dropped["statements: cue form read as an adjective"] += 1
        return None  # "in El Ramie, Veracruz, alleged members of Los Pinas Cartel ambushed …": a modifier
    if entry.kind == "verb" and not entry.gerund and _PASSIVE.search(text, max(unit.start, cue[0] - 30), cue[0]):
        agent = _passive_agent(text, unit, cue)
        if agent is not None:  # "Keir Starmer has been warned by Labour MPs that …": the agent said it
            return Candidate(cue, entry, agent, None, False, False, skipped(ctx, cue[1], unit.end, entry)[2])
        dropped["statements: cue in the passive"] += 1
        return None  # "was charged", "were made clear": the subject is not the speaker
    if form.lower() in _ASCRIBED and _ASCRIBED_TO.match(text, cue[1], unit.end) and not _PRONOUN_BEFORE.search(
            text, max(unit.start, cue[0] - 12), cue[0]):
        dropped["statements: cue in the passive"] += 1
        return None  # "an attack attributed to ADF rebels", "a bombing blamed on the ADF": the deed is ascribed, by
        # no one named; the active verb has its object first ("Police blamed the ADF for the attack")
    if form.lower().startswith("threaten") and _threatened_people(text, unit, cue):
        dropped["statements: a threat of deeds, no words"] += 1
        return None  # "gunmen stormed the studios and threatened staff": people menaced, nothing said
    if entry.kind == "verb" and _PASSIVE_BY.match(text, cue[1], unit.end) and text[cue[1] - 2:cue[1]] == "ed":
        dropped["statements: cue in the passive"] += 1
        return None  # "a fact first reported by Heath": the speaker comes after "by"
    introduced = skipped(ctx, cue[1], unit.end, entry)[2]
    speaker = speaker_before(text, unit.start, cue[0])
    if speaker is not None and form.lower() in BASE_FORMS and _MANDATED.search(
            text, max(unit.start, speaker[0] - _MANDATED_CHARS), speaker[0]):
        dropped["statements: a speech demanded, not made"] += 1
        return None  # "The resolution demands that Iran explain …": what Iran is to say, which it has not said
    if speaker is not None and text[speaker[0]:speaker[0] + 5].lower() == "whom " and speaker[1] > speaker[0] + 5:
        speaker = (speaker[0] + 5, speaker[1])  # "M23, whom Kinshasa and UN experts accuse …": the subject after it
    if speaker is not None and text[speaker[0]:speaker[1]].split()[0].lower() in _NO_ONE:
        dropped["statements: a speaker of no one"] += 1
        return None  # "No group has claimed the attack": nobody spoke
    if speaker is not None and _EARLIER_VERSION.search(text, max(unit.start, speaker[0] - 30), speaker[0]):
        dropped["statements: a speaker of no one"] += 1
        return None  # "Correction: An earlier version of this article said 59 people …": the paper's mistake, no claim
    if speaker is None:
        aside = _ASIDE_BEFORE.search(text, max(unit.start, cue[0] - 40), cue[0])
        if aside is not None:  # "Doctors at the clinic, however, warned": a discourse adverb between commas
            speaker = speaker_before(text, unit.start, aside.start())
    if speaker is not None and form == "states" and not _STATING_SUBJECT.match(
            text, speaker[0], speaker[1]):
        dropped["statements: cue form read as a noun"] += 1
        return None  # "several member states push for …", "Rust Belt states that have suffered": the noun; a document
        # or a country states ("The report states that …", "The United States states its position")
    if speaker is not None and entry.kind == "verb" and form.endswith("ed") and _PLACE_AFTER.match(
            text, cue[1], unit.end) and _told_things(text, speaker):
        dropped["statements: cue form read as an adjective"] += 1
        return None  # "the main security incidents reported in the central Sahel": a participle after what it tells
    if speaker is not None and text[speaker[0]:speaker[1]].endswith(("'s", "’s")):
        dropped["statements: cue after a possessive"] += 1
        return None  # "Trump's claims": a possessive owns a noun, it does not speak
    attribution = None  # (where the attribution opens when a noun of speech stands before its speaker)
    if speaker is not None:
        attribution, speaker = _past_speech_noun(text, unit, speaker)
    if speaker is not None and not entry.noun_too and (
            not strong_speaker(text, speaker) or _AFTER_PREPOSITION.search(text, max(unit.start, speaker[0] - 12), speaker[0])):
        # "Fans waiting outside the stadium said", "Ortiz at a rally in Reno said": the subject, not the noun
        # that ends its postmodifier
        speaker = _postmodified_subject(text, unit, cue[0]) or _relative_head(text, unit, cue, speaker) or speaker
    if speaker is not None and entry.gerund and _issued_document(text, unit, speaker):
        # "The ministry issued a statement on Friday saying", "He sent a letter to parents saying", "wrote a letter to
        # the president urging": a document, or whom it went to, speaks for its issuer
        issuer = _earlier_speaker(earlier) or subject_of(text, unit, speaker[0])
        if issuer is not None and bare_determiner(text, issuer):
            issuer = past_determiner(text, issuer, speaker[0])  # "The town released a statement saying"
        if issuer is not None:
            return Candidate(cue, entry, issuer, None, False, True, introduced)
    if speaker is not None and entry.gerund:
        # "Dozens of relatives gathered outside the prison gates on Wednesday demanding …": a place does not demand;
        # the participle goes on with the sentence's subject (the place looked for before and after the adverbials
        # that end at the participle: "sat on the road outside the assembly building demanding")
        speaker = _past_place(text, unit, speaker)
    if speaker is not None and not entry.noun_too:
        speaker = _before_adjuncts(text, unit.start, speaker)
        if entry.gerund:
            speaker = _past_place(text, unit, speaker)
    if speaker is not None and entry.gerund and entry.cue_class in _PURPOSE_CLASSES \
            and not _PROGRESSIVE.search(text, max(unit.start, cue[0] - _AUXILIARY_CHARS), cue[0]):
        speaker = _past_thing(text, unit, speaker)  # (not "we are demanding": a verb of its own)
    if speaker is not None:
        speaker = _from_quote(text, unit.start, speaker)
    apposition = None
    if speaker is not None:
        named = _name_before_description(text, unit, speaker, cue[1])
        if named is not None:
            speaker, apposition = named, text[speaker[0]:speaker[1]]
    if speaker is not None:
        if entry.noun_too and not strong_speaker(text, speaker):
            dropped["statements: noun-like cue without a clear speaker"] += 1
            return None
        return Candidate(cue, entry, speaker, apposition, False, False, introduced, attribution)
    before = _tail(text, unit.start, cue[0])  # (read here: a cue with a speaker before it has no need of it)
    after_quote = bool(_ENDS_WITH_QUOTE.search(before))
    if after_quote:  # "“…,” recalled James Cunningham": after a quote any cue may come before its speaker
        after = _speaker_after(text, cue[1], unit.end, True)
        if after is not None:
            return Candidate(cue, entry, after[0], after[1], True, False, False)
    # (a participle after a comma continues its clause: "Here in Reno, Ortiz cut taxes, saying …" is no apposition)
    apposed = None if entry.gerund else \
        _apposition_speaker(text, unit.start, _before_auxiliaries(text, unit.start, cue[0]))
    if apposed is not None and (not entry.noun_too or form.split()[0].endswith("ed")):
        return Candidate(cue, entry, apposed[0], apposed[1], False, False, introduced)
    # ("…, said the minister"; a participle after a comma has no subject after it: "clashed with police, demanding
    # the government resign" tells what the protesters demanded)
    if entry.frame in {"clause", "that"} and not entry.gerund and before.strip() and _ENDS_WITH_COMMA.search(before):
        after = _speaker_after(text, cue[1], unit.end, False)
        if after is not None:
            return Candidate(cue, entry, after[0], after[1], True, False, False)
    # a past form after "and" is a verb even where the form could be a noun ("… and called it a disgrace")
    verb_after_and = entry.noun_too and form.split()[0].endswith("ed") \
        and _AND_BEFORE.search(before) is not None
    if (_ENDS_WITH_LINK.search(before, _last_words_start(before, _LINK_WORDS))
            or (entry.gerund and _ENDS_WITH_PARTICIPLE_LINK.search(before))) \
            and (not entry.noun_too or verb_after_and):
        # A participle or a second verb shares the subject of the clause before it ("…, adding that",
        # "… and said"); after "X said that A, B-ing …" the participle belongs to A, unless it brings
        # its own speech ("adding that …", "saying: …").
        previous = _earlier_speaker(earlier)
        if previous is not None and not entry.gerund and _SUBORDINATOR.search(text, earlier[-1].cue[1], cue[0]):
            # "Noboa declared …, after gunmen stormed the studios and threatened staff": the verb after "and" is the
            # subordinate clause's, not the earlier speaker's
            previous = _subordinate_subject(text, unit, cue[0]) or previous
        if previous is not None:
            if entry.gerund and earlier[-1].introduced and not introduced:
                dropped["statements: participle inside reported speech"] += 1
                return None
            if _BACKSHIFTED_AND.search(before) and not _PAST_PERFECT_BEFORE.search(
                    text, max(unit.start, earlier[-1].cue[0] - 12), earlier[-1].cue[0]):
                dropped["statements: verb inside reported speech"] += 1
                return None  # "Relatives said he had received threats and had asked for protection": the past
                # perfect after "said" goes on with what was said, whose subject asked
            return Candidate(cue, entry, previous, None, False, True, introduced)
        if entry.gerund or re.search(r"\b(?:and|but|then)\b", before[-40:]):
            subject = (None if entry.gerund else _subordinate_subject(text, unit, cue[0])) \
                or subject_of(text, unit, cue[0])
            if subject is not None and bare_determiner(text, subject) and text[subject[0]:subject[1]].lower() \
                    not in _QUANTIFIERS:
                # "The demonstrators blocked the road, demanding …", "The resolution demands … and urges": the noun
                subject = past_determiner(text, subject, cue[0]) or subject
            if subject is not None:
                return Candidate(cue, entry, subject, None, False, True, introduced)
    relative = _RELATIVE.search(text, max(unit.start, cue[0] - 90), cue[0]) \
        or _RELATIVE_ASIDE.search(text, max(unit.start, cue[0] - 160), cue[0])
    if relative is not None and not entry.noun_too:
        # "A senior official who asked not to be named said", "Republican lawmakers, who oppose the rule, have vowed"
        speaker = speaker_before(text, unit.start, relative.start())
        # a clause set off by commas shows the phrase before it is the subject, whatever its head
        if speaker is not None and (strong_speaker(text, speaker) or relative.re is _RELATIVE_ASIDE):
            return Candidate(cue, entry, speaker, None, False, False, introduced)
    subject = _postmodified_subject(text, unit, cue[0])
    if subject is not None and not entry.noun_too:
        return Candidate(cue, entry, subject, None, False, False, introduced)
    dropped["statements: cue with no speaker"] += 1
    return None


def _region_before(text: str, unit: Unit, pos: int) -> bool:
    """Whether the capitalised words right before pos name a first-level region ("Kogi", "Uttar Pradesh"), the
    shortest such tail first; a sentence's first word may be a plural subject ("Officials state that …")."""
    m = _REGION_BEFORE_STATE.search(text, max(unit.start, pos - _NAME_CHARS), pos)
    if m is None:
        return False
    words = m.group(1).split()
    return any(geo.admin1_countries(" ".join(words[i:])) and m.start() + len(" ".join(words[:i])) > unit.start
               for i in range(len(words) - 1, -1, -1))


def _quoted_as_saying(ctx: Context, unit: Unit, cue: tuple[int, int], entry: CueEntry,
                      dropped: Counter[str]) -> Candidate | None:
    """The speaker of "as saying" after a verb of quoting, as state media and wires report: the one quoted when named
    ("IRNA quoted the minister as saying", "KCNA quoted Kim Yo Jong as saying"), else the agency that quotes, with the
    unnamed source in the cue ("TASS cited a source as saying", "WAFA quoted witnesses as saying"); the subject of a
    passive ("The ministry was quoted by TASS as saying")."""
    text = ctx.text
    introduced = skipped(ctx, cue[1], unit.end, entry)[2]
    passive = _QUOTED_PASSIVE.search(text, max(unit.start, cue[0] - _QUOTED_CHARS), cue[0])
    if passive is not None:
        if passive.group(1) is None:
            dropped["statements: 'as saying' of a longer cue"] += 1
            return None  # "was quoted as saying": the phrase's own cue
        speaker = speaker_before(text, unit.start, passive.start())
        if speaker is None:
            dropped["statements: cue with no speaker"] += 1
            return None
        return Candidate((passive.start(), cue[1]), entry, speaker, None, False, False, introduced)
    active = _QUOTED_ACTIVE.search(text, max(unit.start, cue[0] - _QUOTED_CHARS), cue[0])
    quoted = None if active is None else active.span(2) if active.group(2).lower() in _QUOTED_PRONOUNS \
        else noun_phrase_after(text, active.start(2), cue[0])  # ("Interfax quoted him as saying")
    if quoted is None or quoted[1] != active.end(2):
        dropped["statements: 'as saying' with no one quoted"] += 1
        return None
    first = text[quoted[0]:quoted[1]].split()[0]
    agency = speaker_before(text, unit.start, active.start(1)) or subject_of(text, unit, active.start(1))
    if agency is None or not (first.islower() and first not in _DEFINITE or first.isdigit()):
        return Candidate(cue, entry, quoted, None, False, False, introduced,
                         agency[0] if agency is not None else active.start(1))
    return Candidate((active.start(1), cue[1]), entry, agency, None, False, False, introduced)


def _source_only(text: str, unit: Unit, cue: tuple[int, int]) -> bool:
    """Whether a verb of quoting takes only a source, a person or a body, up to the end of its clause."""
    quoted = noun_phrase_after(text, cue[1], unit.end)
    if quoted is None or not _CLAUSE_END.match(text, quoted[1], unit.end):
        return False
    head = text[quoted[0]:quoted[1]].split()[-1]
    return describes_person(head) or HEAD_KINDS.get(head) in {"organization", "media", "group"} or (
        is_capitalized(head) and head not in NOT_NAMES)


_CLAUSE_END = re.compile(r"\s*(?:[,.;:)—–]|$)")
_QUOTED_PRONOUNS = frozenset({"him", "her", "them"})
_CITING = frozenset({"citing", "quoting"})  # (a participle's source: "Xinhua reported, citing a spokesperson")
_AS_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)
_QUOTING_VERBS = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})
_QUOTED_CHARS = 120
# a verb of quoting and whom it quotes before "as saying"; the passive's subject was quoted, by whom after it
_AS_SAYING_AFTER = re.compile(r"\s+[^,;:.“”\"]{1,80}?\s+as\s+saying\b")
_QUOTED_ACTIVE = re.compile(rf"\b({alternation(sorted(_QUOTING_VERBS))})\s+([^,;:“”\"]{{1,80}}?)\s+$")
_QUOTED_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:quoted|cited)(\s+by\s+[^,;:“”\"]{1,60}?)?\s+$")
# the words that make a phrase name whom it tells of ("the minister", "its correspondent", "him"), unlike an unnamed
# source ("a source", "security sources", "two officials")
_DEFINITE = frozenset({"the", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those", "him",
                       "them"})


def _subordinate_subject(text: str, unit: Unit, hi: int) -> tuple[int, int] | None:
    """The subject of a subordinate clause whose second verb is the cue at hi: "Shares in Bayer plunged after the
    company slashed its forecast and said …" is the company's word; None when the words after the subordinator are
    no clause ("He resigned after the scandal and said …")."""
    opened = None
    for opened in _SUBORDINATOR.finditer(text, max(unit.start, hi - _TAIL_CHARS), hi):
        pass  # (the last before the cue)
    if opened is None or opened.start() == unit.start:
        return None
    span = noun_phrase_after(text, opened.end(), hi)
    if span is None or text[span[0]:span[1]].lower() in SUBJECT_PRONOUNS:
        return None  # ("Wilkerson cut in when he heard this and said …": a pronoun is as often the main subject)
    verb = _NEXT_LOWER.match(text, span[1], hi)
    if verb is None or not (verb.group(1) in IRREGULAR_PAST or verb.group(1) in _FINITE
                            or _verb_in_past(verb.group(1), "")) or "," in text[verb.end():hi]:
        return None
    # (a verb with no object before the link leaves the reading open, and the main subject keeps it: "The minister
    # left when the protesters arrived and said …")
    return span if _LINK_AFTER_OBJECT.match(text, verb.end(), hi) else None


# a subordinator inside a sentence, before the subject of its clause ("plunged after the company slashed …"), and an
# object between that clause's verb and the link before the cue ("slashed its forecast and said")
_SUBORDINATOR = re.compile(rf"\s(?:{alternation(sorted({w.lower() for w in GRAMMAR['subordinator']}))})\s+")
_LINK_AFTER_OBJECT = re.compile(r"\s+[^\s,]+[^,]*\s(?:and|but)\s")


def _told_things(text: str, speaker: tuple[int, int]) -> bool:
    """Whether a phrase is of things, no speaker: a plural common noun that names no people ("incidents", "cases")."""
    head = text[speaker[0]:speaker[1]].split()[-1]
    return head.islower() and head.endswith("s") and not describes_person(head) and not strong_speaker(text, speaker)


def _issued_document(text: str, unit: Unit, speaker: tuple[int, int]) -> bool:
    """Whether a phrase before a participle is a document ("a statement", "a letter to parents": its head before a
    postmodifier) or whom a document went to ("a letter to the president")."""
    words = text[speaker[0]:speaker[1]].split()
    head = next((words[k - 1] for k in range(1, len(words)) if words[k] in _DOCUMENT_PREPOSITIONS), words[-1])
    if head in DOCUMENTS:
        return True
    sent = _SENT_TO.search(text, max(unit.start, speaker[0] - _SENT_TO_CHARS), speaker[0])
    return sent is not None and sent.group(1) in DOCUMENTS


_DOCUMENT_PREPOSITIONS = frozenset({"to", "for", "of", "from", "on", "about", "with"})
# a document and the preposition of whom it went to, before a phrase (maybe after its first words): "a letter to", "an
# appeal for", "a complaint with the Union labour ministry"
_SENT_TO = re.compile(r"\b(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?([a-z]+)\s+(?:to|for|with)\s+"
                      r"(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}$")
_SENT_TO_CHARS = 80


def _name_before_description(text: str, unit: Unit, speaker: tuple[int, int],
                             cue_end: int) -> tuple[int, int] | None:
    """The name a description of a person follows with no comma before the verb, as quick copy writes it: "“…,” Sam
    Lau, communications director for the party said", "Ana Ruiz, the mayor's spokeswoman said": the name opening
    its sentence or following the quote, of two capitalised words or more. A plural is no one's description, and a
    comma after the cue sets off an attribution inside what was said: "Mr. Obama, officials said, has become
    skeptical", "Mr. Obama, a senior official said, has …" tell what was said of him."""
    head = _HEAD_BEFORE_POSTMODIFIER.match(text, speaker[0], speaker[1]).group(1)
    if not (head.islower() and describes_person(head)) or (head.endswith("s") and not head.endswith("ss")):
        return None
    comma = _COMMA_BEFORE.search(text, max(unit.start, speaker[0] - 3), speaker[0])
    if comma is None:
        return None
    name = speaker_before(text, unit.start, comma.start())
    if name is None:
        return None
    words = text[name[0]:name[1]].split()
    opening = text[unit.start:name[0]].rstrip()
    if len(words) < 2 or not all(is_capitalized(w) for w in words) or any(w.lower() in FUNCTION_WORDS for w in words) \
            or not (opening.endswith(_QUOTE_CLOSINGS) or not opening and text[cue_end:cue_end + 1] != ","):
        return None
    return name


# the head of a description before its postmodifier: "communications director for the Iowa Democratic Party"
_HEAD_BEFORE_POSTMODIFIER = re.compile(r"(?:\S+\s+)*?(\S+)(?:\s+(?:for|of|at|with|to|in)\s.*)?$", re.DOTALL)
_QUOTE_CLOSINGS = (",”", ",\"", "?”", "?\"", "!”", "!\"")
_CLAUSE_BREAK = re.compile(r"[,?!][”\"]?\s+")


def _past_place(text: str, unit: Unit, speaker: tuple[int, int]) -> tuple[int, int]:
    """The sentence's subject instead of a place before a participle, when it is a speaker (a name or people)."""
    if not _place_before(text, unit, speaker):
        return speaker
    subject = subject_of(text, unit, speaker[0])
    if subject is None or not (strong_speaker(text, subject)
                               or describes_person(text[subject[0]:subject[1]].split()[-1])):
        return speaker
    return subject


def _threatened_people(text: str, unit: Unit, cue: tuple[int, int]) -> bool:
    """Whether a verb of threat has people for its whole object ("threatened staff", "threatening residents with
    guns"), so that it tells of menace, not of words (not "threatened retaliation", "threatened staff with dismissal"
    is rare enough to lose)."""
    ws = _OBJECT_UP_TO_END.match(text, cue[1], unit.end)
    if ws is None:
        return False
    if ws.group(0).rstrip().endswith("with") and not _WEAPON_AFTER.match(text, ws.end(), unit.end):
        return False  # ("threatening them with loss of American trade": a threat of consequences, in words)
    words = ws.group(1).split()
    return 0 < len(words) <= _THREATENED_WORDS and words[-1] not in _SOURCES and (
        describes_person(words[-1]) or words[-1].lower() in _QUOTED_PRONOUNS) and (
        len(words) == 1 or words[0].lower() in DETERMINERS or words[0].lower() in _POSSESSIVES)


_OBJECT_UP_TO_END = re.compile(r"\s+([^,.;:“”\"]+?)\s*(?:[,.;:]|\s(?:and|with|at|in|into|to)\s|$)")
_THREATENED_WORDS = 3
_WEAPON_AFTER = re.compile(r"\s*(?:an?\s+|their\s+|his\s+)?(?:guns?|knives|knife|machetes?|weapons?|firearms?|axes|"
                           r"pistols?|rifles?|sticks)\b")
_SOURCES = frozenset({"source", "sources"})  # ("threatening their funding sources": whom a person funds)
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def _past_thing(text: str, unit: Unit, speaker: tuple[int, int]) -> tuple[int, int]:
    """The sentence's subject instead of a thing that ends its clause before a participle, when the subject is a
    speaker: "farmers blocked the national highway near Ludhiana demanding …", "Traders shut their shops demanding
    …" (not "Police fired at protesters demanding …", people who demand themselves)."""
    words = text[speaker[0]:speaker[1]].split()
    k = next((k for k in range(1, len(words)) if words[k] in _THING_POSTMODIFIERS), len(words))
    head = words[k - 1]
    if not head.isalpha() or not head.islower() or describes_person(head) or HEAD_KINDS.get(head) in _BODY_KINDS \
            or head in DOCUMENTS or head in SUBJECT_PRONOUNS or head in _PARTITIVES \
            or _AGENT_BEFORE.search(text, max(unit.start, speaker[0] - 4), speaker[0]) \
            or k + 1 < len(words) and words[k] == "of" and (describes_person(words[-1]) or words[-1][:1].isupper()
                                                            and geo.place_country(" ".join(words[k + 1:])) is None):
        return speaker  # (nor a share of people, an agent, "a message was left by the perpetrators accusing him",
        # nor a scene one named or a person acts in: "the spectacle of Mr. Netanyahu denouncing"; a place's streets
        # are)
    subject = subject_of(text, unit, speaker[0])
    if subject is None or subject[1] >= speaker[0] or text[subject[1]:subject[1] + 1] == "," \
            or text[subject[0]:subject[1]].split()[0] in _NOT_SUBJECTS \
            or text[subject[0]:subject[1]].split()[0].endswith(("ed", "ing")):
        return speaker  # (nor a lead phrase's preposition or participle: "near San Pablo de Huitzo", "Burdened")
    if describes_person(text[subject[0]:subject[1]].split()[-1]) or (
            strong_speaker(text, subject) and geo.place_country(text[subject[0]:subject[1]]) is None):
        return subject  # (a place that opens the sentence is none: "in Yurecuaro, Michoacan, a man threw stones")
    return speaker


# what a participle of purpose tells, whose speaker is the one who acts ("blocked the road demanding", "chanted
# slogans calling for"; not "polls indicating", "a sign saying": a thing may say those)
_PURPOSE_CLASSES = frozenset({"urge", "criticize", "accuse", "ask", "claim"})
_AGENT_BEFORE = re.compile(r"\bby\s+$")
_PROGRESSIVE = re.compile(r"\b(?:am|is|are|was|were|be|been)\s+(?:[a-z]+ly\s+|still\s+|also\s+)*$")
_PARTITIVES = frozenset(GRAMMAR["partitive"]) | frozenset(GRAMMAR["quantifier_subject"])
_NOT_SUBJECTS = frozenset({"near", "in", "at", "on", "outside", "inside", "along", "across"})
_THING_POSTMODIFIERS = frozenset({"of", "in", "at", "on", "near", "from", "to", "with", "for", "outside", "inside",
                                  "across", "along", "around", "("})


def _place_before(text: str, unit: Unit, speaker: tuple[int, int]) -> bool:
    """Whether a phrase is a place after its preposition: "outside the prison gates", "in Luanda" (not "with 50 percent
    of voters", who speak, nor "outside Parliament", maybe a body)."""
    if not _PLACE_PREPOSITION_BEFORE.search(text, max(unit.start, speaker[0] - 12), speaker[0]):
        return False
    head = text[speaker[0]:speaker[1]].split()[-1]
    if head.islower():
        # (nor a venue or a document, which speaks for its issuer: "shot back in an article, stating …")
        return not describes_person(head) and HEAD_KINDS.get(head) not in _BODY_KINDS and head not in DOCUMENTS \
            and head not in _VENUES
    return geo.place_country(text[speaker[0]:speaker[1]]) is not None


_PLACE_PREPOSITION_BEFORE = re.compile(r"\s(?:in|at|on|outside|inside|near|across|along|opposite)\s+$")
_BODY_KINDS = frozenset({"organization", "media", "group"})


def _from_quote(text: str, lo: int, speaker: tuple[int, int]) -> tuple[int, int]:
    """The speaker with the words that stand between it and the quote it closes: "“…,” presiding judge Claire
    Dubois said", "“…,” ANC secretary-general Fikile Mbalula said": all of them tell who spoke."""
    words = _WORDS_AFTER_QUOTE.search(text, max(lo, speaker[0] - _WORDS_AFTER_QUOTE_CHARS), speaker[0])
    if words is None or not all(_premodifier(w) for w in words.group(1).split()) or (
            text[lo:words.start(1)].lstrip()[:1] not in _OPENING_QUOTES):
        # (not "“…,” Axelrod tweeted after Clinton argued", "“…,” and he said", nor after a quote inside the
        # sentence: "Despite his “brash on-line personality,” public defender Shannon Quill wrote, …")
        return speaker
    return words.start(1), speaker[1]


def _premodifier(word: str) -> bool:
    """Whether a word may stand before a speaker's name in the phrase that names them: a name, a title or a lowercase
    word that is no function word, verb form or adverb ("presiding", "secretary-general", "portfolio")."""
    lower = word.lower()
    return lower not in FUNCTION_WORDS and lower not in CUES and not is_adverb(word) and not (
        word.islower() and lower.endswith("ed"))


# a closing quote mark after its comma, then one to three words up to the speaker phrase
_WORDS_AFTER_QUOTE = re.compile(r"[,?!]\s*[”\"]\s+((?:[A-Za-z][\w’'-]*\s+){1,3})$")
_WORDS_AFTER_QUOTE_CHARS = 60
_OPENING_QUOTES = frozenset({'"', "“"})


def _before_adjuncts(text: str, lo: int, speaker: tuple[int, int]) -> tuple[int, int]:
    """The speaker before the adverbials that end right before its verb: "Bush in a blog post said", "The
    ministry less than two weeks ago said", "Ortiz at a rally in Reno said" — a phrase after a preposition of
    time, place or venue, or a time ending in "ago", is not who speaks; the phrase before it is."""
    for _ in range(_MAX_ADJUNCTS):
        words = text[speaker[0]:speaker[1]].split()
        adjunct = _ADJUNCT_BEFORE.search(text, max(lo, speaker[0] - 30), speaker[0])
        if adjunct is not None:
            end = adjunct.start()
        elif words[-1] == "ago" or words[-1] in _VENUES:
            # "The ministry less than two weeks ago said": "two weeks ago" was read as the speaker
            end = _APPROXIMATELY.search(text, max(lo, speaker[0] - 30), speaker[0]).start()
        else:
            return speaker
        earlier = speaker_before(text, lo, end)
        if earlier is None or text[earlier[0]:earlier[1]].endswith(("'s", "’s")):
            return speaker
        verb = _VERB_AT_END.search(text, earlier[0], earlier[1])
        if verb is not None and verb.group(1).lower() not in DETERMINERS:
            # "supporters of the junta rallied in Niamey demanding …": the adverbial follows the subject's own verb
            earlier = earlier[0], verb.start(1) + len(verb.group(1))
        speaker = earlier
    return speaker


# a past form after the noun it ends a phrase with ("junta rallied"; not "one hundred", "the speed")
_VERB_AT_END = re.compile(r"(\w+)\s+(?!hundred)[a-z]{3,}ed$")


def _postmodified_subject(text: str, unit: Unit, hi: int) -> tuple[int, int] | None:
    """"Voters in the northern suburbs say", "The nominee for the November election later said", "Fans
    waiting outside the stadium said": the sentence's subject with a phrase after it that runs, with no
    punctuation, up to the cue's auxiliaries at hi; the subject must be a name or a noun for people."""
    # only a preposition or participle after the last punctuation before the cue can open a postmodifier
    window = text[max(unit.start, hi - _MAX_POSTMODIFIER_CHARS - _SUBJECT_CHARS):hi]
    if "(" in window:
        window = _ACRONYM_IN_BRACKETS.sub("", window)
    window = window[max(map(window.rfind, _PUNCTUATION)) + 1:]
    before = text[max(unit.start, hi - _WORD_BEFORE_CHARS):hi].split()
    # (a cue in -ing, after "to" or after a determiner is none of the subject's verbs: "demanding", "to denounce", "the
    # alleged re-categorization")
    finite = not _GERUND.match(text, hi) and not (before and (before[-1] == "to" or before[-1].lower() in DETERMINERS))
    if not _POSTMODIFIER_START.search(window) and not (finite and _PARTICIPLE_START.search(window)):
        return None
    subject = subject_of(text, unit, hi)
    if subject is None:
        return None
    if hi - subject[1] > _MAX_POSTMODIFIER_CHARS:
        return None
    end = _before_auxiliaries(text, subject[1], hi)
    while end > subject[1] and text[end - 1].isspace():
        end -= 1
    rest = _ACRONYM_IN_BRACKETS.sub("", text[subject[1]:end]) if "(" in text[subject[1]:end] else text[subject[1]:end]
    words = rest.split()
    if not words or len(words) > _MAX_POSTMODIFIER_WORDS or not (
            _POSTMODIFIER_START.match(rest) or finite and _PARTICIPLE_START.match(rest)) \
            or re.search(r"[,;:.!?“”\"()—–]", rest):
        return None
    head = text[subject[0]:subject[1]].split()[-1]
    if not (strong_speaker(text, subject) or describes_person(head)):
        return None
    if words[-1] == "to" and describes_person(head):
        return subject  # "workers from a construction company demonstrated in Colonia Chepevera to denounce …": the
        # subject's own verb before the infinitive of its purpose
    # a description keeps its whole phrase ("Residents of the flooded valley"); a name stands alone
    return (subject[0], end) if describes_person(head) else subject


def _past_speech_noun(text: str, unit: Unit, speaker: tuple[int, int]) -> tuple[int | None, tuple[int, int]]:
    """"…, accusations the armed forces deny", "…, a claim the ministry rejected": a noun of speech after a comma,
    before a phrase, is what a reduced relative clause tells of; the phrase after it is the speaker and the
    attribution opens at the noun (None when there is no such noun)."""
    words = words_of(text, speaker[0], speaker[1])
    if len(words) >= 3 and words[0][2].lower() in DETERMINERS:
        words = words[1:]
    if len(words) >= 2 and words[0][2].lower() in SPEECH_NOUNS and (
            words[1][2].lower() in DETERMINERS or words[1][2].lower() in SUBJECT_PRONOUNS or words[1][2][:1].isupper()):
        noun, after = words[0], (words[1][0], speaker[1])
    else:
        lo = max(unit.start, speaker[0] - _SPEECH_NOUN_CHARS)
        last = _LAST_LETTERS.search(text, lo, speaker[0])
        if last is None or last.group().rstrip().lower() not in SPEECH_NOUNS:
            return None, speaker  # (the words before the phrase split only when they may end with a noun of speech)
        before = words_of(text, lo, speaker[0])
        if not before or before[-1][2].lower() not in SPEECH_NOUNS:
            return None, speaker
        noun, after = before[-1], speaker
    opening = _SPEECH_NOUN_OPENING.search(text, max(unit.start, noun[0] - _SPEECH_NOUN_CHARS), noun[0])
    return (opening.start(1), after) if opening is not None else (None, speaker)


def _relative_head(text: str, unit: Unit, cue: tuple[int, int], speaker: tuple[int, int]) -> tuple[int, int] | None:
    """"A neighbour who lives three doors down said": a phrase that ends a relative clause before the cue is no
    speaker; the noun for people the clause is about is (None when that noun is no speaker either)."""
    relative = _RELATIVE.search(text, max(unit.start, cue[0] - 90), cue[0])
    if relative is None or relative.start() >= speaker[0]:
        return None
    head = speaker_before(text, unit.start, relative.start())
    return head if head is not None and strong_speaker(text, head) else None


def _before_auxiliaries(text: str, lo: int, hi: int) -> int:
    """Where the words before a cue at hi end without its auxiliaries and adverbs ("Ada Li, the club's owner,
    has also said"), so that an apposition before them is read as one."""
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    last = text[text.rfind(" ", max(lo, end - _AUXILIARY_CHARS), end) + 1:end]
    if not (last in BETWEEN or last.lower() in _FLOATING or is_adverb(last)):
        return hi  # the common case, read without splitting the words before
    ws = words_of(text, max(lo, hi - _AUXILIARY_CHARS), hi)
    i = len(ws)
    while i > 0 and (ws[i - 1][2] in BETWEEN or ws[i - 1][2].lower() in _FLOATING or is_adverb(ws[i - 1][2])):
        i -= 1
    return ws[i - 1][1] if 0 < i < len(ws) else hi


def _past_after_name(text: str, unit: Unit, cue: tuple[int, int]) -> bool:
    """"Graham called both men liars": a past form right after a name is its verb, not a participle
    ("a group called Vote Now" has a common noun before it)."""
    if not text[cue[0]:cue[1]].split()[0].endswith("ed"):
        return False
    if _PERFECT_BEFORE.search(text, max(unit.start, cue[0] - 30), cue[0]):
        return True  # "has called on fans to …": a participle after "has" is a verb
    speaker = speaker_before(text, unit.start, cue[0])
    return speaker is not None and is_capitalized(text[speaker[0]:speaker[1]].split()[-1]) \
        and not text[speaker[0]:speaker[1]].endswith(("'s", "’s"))


def _closes_statement(text: str, unit: Unit, cue: tuple[int, int], following: str) -> bool:
    """"…, researchers report.": a cue form ending the sentence after a comma and a clear speaker is a verb."""
    if following != ".":
        return False
    speaker = speaker_before(text, unit.start, cue[0])
    return speaker is not None and strong_speaker(text, speaker) \
        and text[unit.start:speaker[0]].rstrip().endswith((",", ",”", ",\""))


def _tail(text: str, lo: int, hi: int) -> str:
    """The end of text[lo:hi] that patterns anchored at its end can read ("…,” said", "…, adding"): the last
    _TAIL_CHARS characters before its trailing spaces, so that a sentence of many cues is not read whole
    for each of them."""
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    return text[max(lo, end - _TAIL_CHARS):hi]


def _last_words_start(text: str, n: int) -> int:
    """Where the last n words of a text start, with the spaces before them; 0 when it has no more words. A pattern
    anchored at the end that spans at most n words is searched from there, not tried at every character before."""
    head = text.rsplit(None, n)
    return len(head[0]) if len(head) > n else 0


def _earlier_speaker(earlier: list[Candidate]) -> tuple[int, int] | None:
    return next((c.speaker for c in reversed(earlier) if c.speaker is not None), None)
