"""A pronoun (he, she, they; his, her, their before a noun) → whom it refers to, agreeing in gender and number.

The referents of a sentence are the people, organisations and groups it names outside quotations: its
capitalised runs as the article's resolver reads them ("Anna Ortiz", "Mr. Reed", "the Red Cross"), its
gendered nouns ("his daughter", "a woman") and its group nouns ("police", "the team"), and the speakers of
the statements before. A pronoun looks back from its own sentence (nearest referent first) to the three
sentences before it (their first referent first, as subjects come first), and takes the first referent whose
gender agrees; a referent of unknown gender is taken only when no referent of the pronoun's gender is found in
that sentence, and the answer says so. "they" refers to organisations and groups. Paragraphs that are
bylines ("By Laura Chen") name the writer, never a speaker.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from etl.extract import geo
from etl.extract.firstnames import is_first_name
from etl.extract.mentions import HEAD_KINDS, MODIFIERS, NOT_NAMES, TITLES, Resolver
from etl.extract.statements.genders import FEMALE, GENDER_NOUNS, MALE, UNKNOWN, person_gender
from etl.extract.statements.items import Quote
from etl.extract.text import Doc, head_word
from etl.extract.wordlists import tsv_rows

_WINDOW = 3                  # sentences before the pronoun's own searched for its referent
_REACH = 2000                # characters before the pronoun searched, however long its sentences
_PERSON_PRONOUNS = {"he": MALE, "she": FEMALE, "his": MALE, "her": FEMALE}
_GROUP_PRONOUNS = frozenset({"they", "their"})
_GROUP_KINDS = frozenset({"organization", "group", "media"})
_GROUP_PRONOUN = re.compile(r"\b[Tt]hey\b")  # the subject pronoun, which carries a topic on (not "their": "staged a
# demonstration outside the AFP offices demanding their funds", whose nearest group is no owner)
_NAME = re.compile(r"[A-Z][\w'’&-]*\.?(?:[ \t]+(?:(?:of|de|van|von|bin|al|da|del|la|le)[ \t]+(?:the[ \t]+)?)?"
                   r"[A-Z][\w'’&-]*\.?)*")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_ONE_NAME = re.compile(r"[A-Z][a-z]+")  # a capitalised word of ASCII letters, no acronym ("Geingob", not "NATO")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")  # a capitalised word next: the word opens a name ("Oversight Committee")
# Nouns that refer to people without naming them: "his daughter" (a gender), "police", "the team" (a group).
_NOUN_KINDS = {**{n: k for n, k in HEAD_KINDS.items() if k in {"group", "organization"} and n.islower()},
               **{n: "person" for n in GENDER_NOUNS}}
# (those `_LOWER_WORD` can match, looked up in the sentence's words: a sentence then reads only where one occurs)
_NOUN_WORDS = frozenset(n.encode() for n in _NOUN_KINDS if re.fullmatch(r"[a-z]+", n))
_LONGEST_NOUN = max(map(len, _NOUN_WORDS))
_BYLINE = re.compile(r"\s*(?:By|BY|Reporting by|Written by|Story by|Photo(?:graph)?s? by)\s+[A-Z]")
_BYLINE_CHARS = 120          # a byline is a short paragraph
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|at|near|across|outside|inside|around|throughout)\s+(?:the\s+)?$")
_WHO_AFTER = re.compile(r",\s+who\s")
_OF_PHRASE = re.compile(r"\s+of\s+[^,;.“”\"]{1,60},\s*")  # a noun's "of" phrase up to the comma of its apposition
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\s[^,;:.“”\"]*,")
# Whose death the text names ("the killing of councilor Ali Mamalangkas", "the murder of Rajesh Yadav"): not the "he" of
# a statement after it ("“We will not allow this,” he said"), though still the "his" of "his family said"
_DEATH_OF = re.compile(r"\b(?:killing|murder|death|assassination|slaying|lynching|funeral|burial|body)\s+of\s+"
                       r"(?:[a-z][\w-]*\s+){0,2}$")
_DEATH_OF_CHARS = 50
_SPEAKING = frozenset({"he", "she"})
# "the ministry", "the army" → the words of an institution's name each points back to ("*": any speaker just before)
DESCRIPTIONS: dict[str, frozenset[str]] = {noun: frozenset(words.split())
                                           for noun, words in tsv_rows("speakers_descriptions.tsv")}
# what "it" may point back to (a country, a document: "The UN report said … It said"), and what a noun may (a body
# of people too: "Doctors Without Borders said … The group said")
_IT_KINDS = frozenset({"organization", "media", "country", "unknown"})
_BODY_KINDS = frozenset({"organization", "media", "group"})
# "the army" is a state's: it points back to an army named with its country ("the Pakistan Army", "the Syrian Arab
# Army"), not to rebels who call themselves one ("the National Liberation Army", "the Arakan Army")
_STATE_FORCES = frozenset({"army", "military"})
_SPEAKING_BODIES = frozenset({"organization", "media"})
_SUBJECT_OPENING = re.compile(r"\s*(?:[Tt]he|[Aa]n?)(?:\s+[a-z][\w-]*){0,2}\s+")  # "The militant " before "group"


@dataclass(frozen=True, slots=True)
class Referent:
    start: int
    end: int
    canonical: str
    kind: str
    gender: str  # MALE, FEMALE or UNKNOWN, as its own words or the name dictionary tell
    dead: bool = False  # named as the dead ("the killing of councilor Ali Mamalangkas"): speaks no more


class Referents:
    """Who each sentence of one article names, read when a pronoun first needs it; and the genders learnt
    on the way (a title once, "he" resolved to a name) for the sentences read later."""

    def __init__(self, doc: Doc, resolver: Resolver, quotes: list[Quote]) -> None:
        self._doc = doc
        self._resolver = resolver
        self._quote_starts = [q.start for q in quotes]
        self._quotes = quotes
        self._sentences: dict[int, list[Referent]] = {}
        self._spoken: list[Referent] = []  # speakers of the statements so far, in text order of their spans
        self._spoken_starts: list[int] = []
        self._genders: dict[str, str] = {}
        self._no_surname: dict[str, bool] = {}  # one-word names the article also writes otherwise (`_one_name`)
        self._surnames: dict[str, Referent] = {}  # the last word of a person's full name who spoke → that speaker

    def gender(self, canonical: str | None) -> str:
        """What the article has told so far of a person's gender."""
        if not canonical:
            return UNKNOWN
        return self._genders.get(canonical) or self._resolver.gender(canonical) or UNKNOWN

    def learn(self, canonical: str | None, gender: str) -> None:
        """A gender the text gives a person (a title, a noun, a pronoun resolved to them); the first kept."""
        if canonical and gender != UNKNOWN:
            self._genders.setdefault(canonical, gender)

    def spoke(self, start: int, end: int, canonical: str, kind: str, gender: str) -> None:
        """A statement's speaker, a referent for the pronouns after it."""
        i = bisect_right(self._spoken_starts, start)
        self._spoken_starts.insert(i, start)
        self._spoken.insert(i, Referent(start, end, canonical, kind, gender))
        if kind == "person" and " " in canonical:
            self._surnames[canonical.rsplit(" ", 1)[1]] = self._spoken[i]

    def antecedent(self, pos: int, pronoun: str) -> tuple[Referent | None, bool]:
        """The referent of the pronoun at pos, and whether its gender (or, for they, its number) was seen
        to agree; (None, False) when nothing before it fits."""
        word = pronoun.lower()
        wanted = _PERSON_PRONOUNS.get(word)
        kinds = _GROUP_KINDS if word in _GROUP_PRONOUNS else frozenset({"person"})
        if wanted is None and word not in _GROUP_PRONOUNS:
            return None, False
        doc = self._doc
        k = doc.sentence_index(pos)
        for back in range(_WINDOW + 1):
            if k - back < 0:
                break
            refs = [r for r in self._referents(k - back, pos - _REACH, pos)
                    if (r.kind in kinds or wanted is not None and self._one_name(r)) and (back or r.end <= pos)
                    and not (r.dead and word in _SPEAKING)]
            if not back:
                refs.reverse()
            main, asides = self._asides_apart(refs, k - back, min(pos, doc.sentences[k - back].end))
            if wanted is None:
                if back and (main or asides):
                    # "Police arrested 35 protesters after they refused to disperse. Their leader said …": the group a
                    # "they" of the sentence before pointed to goes on, before that sentence's subject
                    told = self._group_pronoun_in(k - back, pos)
                    if told is not None:
                        return told, True
                if main or asides:
                    return (main or asides)[0], True
                continue
            # A person of the main clause whose gender is not known comes before one of a relative clause whose
            # gender agrees: "Trump, who sent a letter to Ayatollah Ali Khamenei, has threatened Iran. He told …"
            for part in (main, asides):
                unknown = None
                for r in part:
                    r = self._full_name(r)
                    gender = r.gender if r.gender != UNKNOWN else self.gender(r.canonical)
                    if gender == wanted:
                        return r, True
                    if gender == UNKNOWN and unknown is None:
                        unknown = r
                if unknown is not None:
                    return unknown, False
        return None, False

    def _group_pronoun_in(self, k: int, pos: int) -> Referent | None:
        """The referent of the last "they" of sentence k outside quotations, before pos, if it has one."""
        s = self._doc.sentences[k]
        told = None
        for m in _GROUP_PRONOUN.finditer(self._doc.text, s.start, min(s.end, pos)):
            q = bisect_right(self._quote_starts, m.start()) - 1
            if q < 0 or self._quotes[q].end <= m.start():
                told = m
        if told is None:
            return None
        found, _ = self.antecedent(told.start(), "they")
        return found

    def pointed_back(self, pos: int, noun: str) -> Referent | None:
        """The institution "the <noun>" at pos points back to (`DESCRIPTIONS`), or "it" (noun "it"): the speaker of
        the sentence before or of its own sentence ("The Pakistani army said … It said …", not the nearest country
        word); else, for a noun, the nearest institution named before whose name's head is a word of the noun ("The
        Russian Defence Ministry said … The ministry said …"). None when the noun's own word names something nearer
        ("A group of 30 workers protested … The group demanded …")."""
        words = DESCRIPTIONS.get(noun, frozenset({"*"}))
        k = self._doc.sentence_index(pos)
        for back in range(_WINDOW + 1):
            if k - back < 0:
                break
            refs = [r for r in self._referents(k - back, pos - _REACH, pos) if r.end <= pos]
            for r in reversed(refs):
                if noun == "it" and back <= 1 and r.kind in _SPEAKING_BODIES and r.canonical.islower() \
                        and (self._said(r) or back <= 1 and self._subject(r, k - back) and not any(
                            o.start <= r.start < o.end and self._said(o) for o in refs)):
                    return r  # "The state government condemned what it called …", "The army said … It said": a body
                    # a common noun names, which spoke just before, or the subject of the sentence before ("The group
                    # claimed responsibility. It said …")
                if r.canonical.islower() and " " not in r.canonical:
                    if r.canonical == noun and not any(
                            o.start <= r.start and r.end <= o.end for o in refs if o is not r):
                        return None  # (a bare noun, not a word inside a name: "the Israeli military")
                    continue
                said = "*" in words and back <= 1 and self._said(r)
                # (a name of several words the reader could not class speaks for a body when it spoke just before:
                # "The Syrian Observatory for Human Rights said … The Britain-based monitoring group said …")
                if not (_institution(r, _IT_KINDS if noun == "it" else _BODY_KINDS)
                        or said and r.kind == "unknown" and _body_name(r)):
                    continue
                # (the name's head: "Russian Defence Ministry", "Ministry of Defence"; not the army of "Militants of the
                # Balochistan Liberation Army")
                if said or head_word(r.canonical.lower().split()) in words and not (
                        noun in _STATE_FORCES and not any(geo.country_code(w) for w in r.canonical.split())):
                    return r
        return None

    def _one_name(self, r: Referent) -> bool:
        """Whether a referent is a speaker named by one word the reader could not class, a person's surname whom "he"
        or "she" may point back to ("Geingob said … He added"): no place, acronym or word the lexicons know ("Her",
        "Republican"), nor one the article also writes in lower case (a common word: "day") or before a name (a name's
        first word: "Oversight Committee")."""
        if r.kind != "unknown" or _ONE_NAME.fullmatch(r.canonical) is None or r.canonical in NOT_NAMES \
                or r.canonical.lower() in MODIFIERS or r.canonical.lower() in HEAD_KINDS or not self._said(r) \
                or geo.place_country(r.canonical) is not None:
            return False
        if r.canonical not in self._no_surname:
            self._no_surname[r.canonical] = any(self._doc.text[at].islower() or _NAME_AFTER.match(
                self._doc.text, at + len(r.canonical)) for at in self._doc.finder.occurrences(r.canonical.lower()))
        return not self._no_surname[r.canonical]

    def _full_name(self, r: Referent) -> Referent:
        """A one-word name (`_one_name`) as the full name of a person who spoke before it, if one ends with it
        ("Kristen Day said … Day said … She added": Kristen Day)."""
        full = self._surnames.get(r.canonical) if r.kind == "unknown" else None
        if full is None or full.start >= r.start:
            return r
        return Referent(r.start, r.end, full.canonical, full.kind, full.gender)

    def _subject(self, r: Referent, k: int) -> bool:
        """Whether a referent opens sentence k, after its determiner and modifiers: its subject ("The militant group
        claimed responsibility")."""
        return _SUBJECT_OPENING.fullmatch(self._doc.text, self._doc.sentences[k].start, r.start) is not None

    def _said(self, r: Referent) -> bool:
        """Whether a referent is a statement's speaker (`spoke`), not a name read from the text."""
        i = bisect_left(self._spoken_starts, r.start)
        return i < len(self._spoken) and self._spoken[i] is r

    def _asides_apart(self, refs: list[Referent], k: int, pos: int) -> tuple[list[Referent], list[Referent]]:
        """The referents of sentence k before pos, those of the main clause and those inside a relative clause set off
        by commas: "George Foreman, who was knocked out by Muhammad Ali in 1974, has died, his family said" is
        Foreman's family."""
        start = max(self._doc.sentences[k].start, pos - _REACH)  # (as far back as its referents: a run-on sentence
        # costs no more than a short one)
        asides = [m.span() for m in _RELATIVE_ASIDE.finditer(self._doc.text, start, pos)]
        if not asides:
            return refs, []
        inside = [any(a <= r.start < b for a, b in asides) for r in refs]
        return [r for r, i in zip(refs, inside) if not i], [r for r, i in zip(refs, inside) if i]

    def _referents(self, k: int, start: int, end: int) -> list[Referent]:
        """The referents of sentence k that lie between start and end: a pronoun reads no further back than
        _REACH, however long a run-on sentence is."""
        if k not in self._sentences:
            self._sentences[k] = self._read(k)
        s = self._doc.sentences[k]
        start, end = max(start, s.start), min(end, s.end)
        named = self._sentences[k]
        named = named[bisect_left(named, start, key=lambda r: r.start):bisect_left(named, end, key=lambda r: r.start)]
        lo, hi = bisect_left(self._spoken_starts, start), bisect_left(self._spoken_starts, end)
        if lo == hi:
            return named
        return sorted(named + self._spoken[lo:hi], key=lambda r: r.start)

    def _read(self, k: int) -> list[Referent]:
        doc, text = self._doc, self._doc.text
        s = doc.sentences[k]
        ps, pe = doc.paragraphs[s.paragraph]
        if pe - ps <= _BYLINE_CHARS and _BYLINE.match(text, ps, pe):
            return []
        out = []
        for m in _NAME.finditer(text, s.start, s.end):
            if self._quoted(m.start()):
                continue
            mention = self._resolver.resolve(m.start(), m.end())
            canonical, kind = named(mention.text, mention.canonical, mention.kind,
                                    self._resolver.titled(mention.canonical))
            if kind == "unknown" and _WHO_AFTER.match(text, m.end()):
                kind = "person"  # "Trump, who in March sent a letter …": "who" tells a person
            if canonical is None or kind not in {"person", *_GROUP_KINDS}:
                continue
            gender = UNKNOWN
            if kind == "person":
                gender = person_gender(mention.text, canonical)
                if gender == UNKNOWN:
                    gender = self.gender(canonical)
                if gender == UNKNOWN and _PLACE_BEFORE.search(text, max(s.start, m.start() - 12), m.start()):
                    continue  # "In the North West, she said, …": a place, no one "she" refers to
                self.learn(canonical, gender)
            dead = kind == "person" and _DEATH_OF.search(text, max(s.start, m.start() - _DEATH_OF_CHARS), m.start())
            out.append(Referent(m.start(), m.end(), canonical, kind, gender, dead is not None))
        # (a match of `_LOWER_WORD` holding a noun starts where `_nouns` found one: a whole word of ASCII letters)
        for at in _nouns(doc, s.start, s.end):
            m = _LOWER_WORD.match(text, at, s.end)
            kind = _NOUN_KINDS.get(m.group()) if m is not None else None
            if kind is None or self._quoted(m.start()):
                continue
            out.append(Referent(m.start(), m.end(), m.group(), kind, GENDER_NOUNS.get(m.group(), UNKNOWN)))
        out.sort(key=lambda r: r.start)
        return _apposed(text, out)

    def _quoted(self, pos: int) -> bool:
        i = bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self._quotes[i].start < pos < self._quotes[i].end


def _nouns(doc: Doc, start: int, end: int) -> list[int]:
    """Where a whole word of `_NOUN_WORDS` starts between start and end, case aside, in order: the words of the span
    looked up, not the article's (a pronoun reads a few sentences of it). A word's run of letters lies in the span's,
    up to the longest noun past its end."""
    lowered, out = doc.lowered, []
    for word in _NOUN_WORDS.intersection(doc.letters[start:end + _LONGEST_NOUN].split()):
        noun = word.decode()
        i = lowered.find(noun, start)
        while 0 <= i < end:
            after = i + len(noun)
            if (i == 0 or not lowered[i - 1].isalnum()) and (after == len(lowered) or not lowered[after].isalnum()):
                out.append(i)
            i = lowered.find(noun, after)
    out.sort()
    return out


def _institution(r: Referent, kinds: frozenset[str]) -> bool:
    """Whether a referent may be an institution of `kinds`, a name (not "protesters"); or a name of several words with
    no first name, which the name reader takes for a person ("Human Rights Watch")."""
    if r.kind == "person":
        return r.gender == UNKNOWN and _body_name(r)
    return r.kind in kinds and r.canonical[:1].isupper()


def _body_name(r: Referent) -> bool:
    """Whether a referent's name is of several capitalised words and no first name ("Human Rights Watch")."""
    return " " in r.canonical and r.canonical[:1].isupper() and not any(is_first_name(w) for w in r.canonical.split())


def named(phrase: str, canonical: str | None, kind: str, titled: bool = False) -> tuple[str | None, str]:
    """Who a capitalised run names, where the resolver could not tell: "The Red Cross" is no person (people
    take no article, but an office's title does: "The Prime Minister"), "John Park" is one (a first name opens it),
    and "Farmer Walter Grant" is Walter Grant (a capitalised word at a sentence start before a first name), unless
    the name is `titled`, told after a title the resolver read off ("Colonel Abdullahi Ali Omar")."""
    if canonical is None or kind not in {"person", "unknown"}:
        return canonical, kind
    words = canonical.split()
    if phrase.startswith(("The ", "the ")) and all(w[:1].isupper() for w in words) and canonical not in TITLES \
            and head_word(words) not in TITLES:
        # (but "The Prime Minister", "the President", "the Surgeon General": a person by the title of their office)
        return canonical, "organization" if kind == "person" else kind
    if len(words) >= 3 and not titled and not is_first_name(words[0]) and is_first_name(words[1]) \
            and words[2] not in _OFFICE_JOINS and not _name_opening(words):
        # (not an office's title, whose "of" or "for" tells it: "Inspector General of Police", "Director General of the
        # agency", where "General" is no first name; "Representative Peter T. King of New York" is Peter T. King)
        return " ".join(words[1:]), "person"
    if len(words) >= 2 and is_first_name(words[0]):
        return canonical, "person"
    return canonical, kind


_OFFICE_JOINS = frozenset({"of", "for"})


def _name_opening(words: list[str]) -> bool:
    """Whether the first word of a name the name dictionary misses belongs to it: a place's first word ("New York
    businessman", "South Carolina Democrat": "York", "Carolina" are first names too), or a word of a name of short
    syllables ("Zaw Min Tun")."""
    return geo.place_country(" ".join(words[:2])) is not None or all(len(w) <= _SYLLABLE_NAME_CHARS for w in words)


_SYLLABLE_NAME_CHARS = 4


def _apposed(text: str, refs: list[Referent]) -> list[Referent]:
    """Referents without the gendered nouns set beside a name ("his wife, Helen Brooks"; "Tom Reed, her
    father"; "The chairman of the council, Mr Musa Bello,"), whose gender goes to the name."""
    out: list[Referent] = []
    for k, r in enumerate(refs):
        if r.canonical in GENDER_NOUNS:
            name = next((n for n in (refs[k - 1] if k else None, refs[k + 1] if k + 1 < len(refs) else None)
                         if n is not None and n.canonical not in GENDER_NOUNS and n.kind == "person"
                         and text[min(n.end, r.end):max(n.start, r.start)].strip() == ","), None)
            if name is not None or _owned_apposition(text, r, refs[k + 1:]) is not None:
                continue
        out.append(r)
    for k, r in enumerate(out):
        if r.kind == "person" and r.gender == UNKNOWN:
            noun = next((n for n in refs if n.canonical in GENDER_NOUNS
                         and (text[min(n.end, r.end):max(n.start, r.start)].strip() == ","
                              or _owned_apposition(text, n, [r]) is r)), None)
            if noun is not None:
                out[k] = Referent(r.start, r.end, r.canonical, r.kind, noun.gender)
    return out


def _owned_apposition(text: str, noun: Referent, after: list[Referent]) -> Referent | None:
    """The person named after a gendered noun's "of" phrase and a comma ("The chairman of the council, Mr Musa Bello,
    said"): the name the noun is set beside, whom a later "he" means."""
    name = next((n for n in after if n.kind == "person" and n.canonical not in GENDER_NOUNS), None)
    return name if name is not None and _OF_PHRASE.fullmatch(text, noun.end, name.start) else None
