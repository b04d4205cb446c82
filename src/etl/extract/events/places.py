"""A trigger and the places of its sentence → where the event happened."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, cached_property

from etl.extract import geo
from etl.extract.datelines import dateline_of
from etl.extract.dates import DateMention, find_dates, is_calendar_word
from etl.extract.events.items import Candidate, ParagraphWords, SentenceTokens, is_numeral, tokenize
from etl.extract.events.lexicon import (
    ARTICLES, BOUND, BOUND_PREPOSITIONS, COUNTRY_NAME_WORDS, FIGHTING_EACH_OTHER, GRAMMAR, OPENING_WORDS,
    PLACE_TARGET_TYPES, RELATIVE_PRONOUNS, Lexicon, ends_site_name,
)
from etl.extract.firstnames import is_first_name
from etl.extract.geo.countries import ascii_name, lookup_key, subdivision_countries
from etl.extract.geo.gazetteer import admin1_named, is_abbreviation
from etl.extract.geo.places import told_as_village
from etl.extract.mentions import HEAD_KINDS
from etl.extract.text import Doc, Sentence
from etl.extract.wordlists import tsv_rows

_FIRST_WORD = re.compile(r"\w+")
# A bare name as the target of an attack ("shelled Kharkiv") is taken for a town only if this many live there,
# or if it lies in a country the article names: small towns share their names with people and things.
_BARE_TOWN_POPULATION = 50_000
# A town of the lead this many times larger than any other of its name tells the story's country and region by itself
# ("Melbourne"); a name less far ahead ("Cuenca": Ecuador's city, Spain's town) is for the story's other names to
# settle, not one that settles them.
_UNRIVALLED = 50
_LEAD_CHARS = 1500
# Inhabitants of a city of another country whose name makes a capital's name in the lead no mention of its country.
_SHARED_CAPITAL = 100_000
# A site the phrase places in a capital: "a busy restaurant near the presidential palace in the capital".
_IN_CAPITAL = r"(?:.*\s(?:in|of|near|outside)\s+)?"
# "the capital", "the country's capital": the capital of the country the story is set in.
_BARE_CAPITAL = re.compile(_IN_CAPITAL + r"(?:[Tt]he\s+)?(?:(?:country|nation)['’]s\s+)?capital(?:\s+city)?")
# "the Libyan capital", "Iraq's capital": the capital of the country a demonym or a country's name tells.
_NAMED_CAPITAL = re.compile(
    _IN_CAPITAL + r"(?:[Tt]he\s+)?(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s?)?\s+capital(?:\s+city)?")
# "this southern port city", "a market in this town": the town a wire story was filed from, which its dateline names.
_THIS_TOWN = re.compile(_IN_CAPITAL + r"this\s+(?:[a-z-]+\s+){0,3}(?:city|town|capital|port|village)")
# "the port city", "the eastern city": the dateline's town too, when the story names no place before it.
_THE_TOWN = re.compile(_IN_CAPITAL + r"the\s+(?:[a-z-]+\s+){0,3}(?:city|town|port)")
_NAME = re.compile(r"[A-Z][\w'’-]+")
_VILLAGE_CHARS = len(" village of ")  # either side of a name, the words that call it a village
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")  # a name of one or more capitalised words
# a first-level region told with its kind: "Sagaing Region", "Borno state", "Kharkiv oblast"
_LEAD_REGION = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*?)\s+"
                          r"(?:[Rr]egion|[Ss]tate|[Pp]rovince|[Gg]overnorate|[Oo]blast|[Pp]refecture)\b")
# ... and "of this city" right after a place, which places it there: "eastern neighborhoods of this northern city".
_OF_THIS_TOWN = re.compile(r"\s+(?:in|of|near|outside)\s+this\s+(?:[a-z-]+\s+){0,3}"
                           r"(?:city|town|capital|port|village)\b")
# "while" and "when" open a clause without a subject ("killed while on patrol in Dalo", "shot while shopping
# in Dalo"): it tells the moment of the event, and the place in it is the event's.
_REDUCED_CLAUSE_OPENERS = frozenset({"while", "when", "whilst"})
_REDUCED_CLAUSE_WORDS = frozenset({"on", "in", "at", "inside", "near", "outside"})
# Subjects of a clause of the moment that are the event's own people: "hit by a bomb while they were on foot in Dalo".
_PARTY_PRONOUNS = frozenset({"he", "she", "they", "we", "it"})
# Words of a phrase that tells an event answered another ("in retaliation for", "in response to"): its places are
# the other event's.
_ANSWERED_WORDS = frozenset({"retaliation", "revenge", "reprisal", "reprisals", "response", "retribution"})
# Words that tell the cause or purpose of an event: a place after them is the cause's, not the event's ("protested
# in Bogota to demand their return to Venezuela").
_CAUSE_WORDS = frozenset({"support", "solidarity", "against", "demand", "demanding", "denouncing", "condemning",
                          "protesting", "rejecting", "over"}) | _ANSWERED_WORDS
# A town this many times larger than any other of its name is the one meant, whatever the article's countries.
_DOMINANT = 10
# Words between the determiner and the head of a site phrase: "at the [old central bus] station".
_SITE_MODIFIERS = 4
# Words of a site's name without a determiner: "at John F. Kennedy International Airport".
_SITE_NAME_WORDS = 7
# A site phrase this many tokens from the trigger at most: "was shot dead on Monday evening outside a mosque".
_SITE_REACH = 10
# The longest name an event noun is named after: "the Boston Marathon bombing".
_NAME_BEFORE_WORDS = 4
# What an attack is carried out with, between the name of its place and its noun: "the Nice truck attack".
_MEANS = frozenset({"truck", "lorry", "suicide", "knife", "gun", "arson", "acid", "grenade", "rocket", "mortar",
                    "drone", "missile", "bomb", "van"})
# Sites that are rather what an attack is carried out with when they modify its noun: "a car bomb", "a truck bomb".
_VEHICLES = frozenset({"car", "bus", "vehicle", "train", "plane", "cars", "buses", "vehicles", "trains", "planes"})


@dataclass(frozen=True, slots=True)
class Site(geo.Place):
    """A place told by a common noun in the trigger's own clause ("in hospital", "at the bus station"): where
    the event happened, although it names no town; its country is the one of the town its context names."""


@dataclass(frozen=True, slots=True)
class Party(geo.Place):
    """The town the actor or target of an event is of or in ("shot the mayor of Dalo"), when the event's clause
    tells no place: where it happened only if neither its sentence nor its paragraph says otherwise."""


@dataclass(frozen=True)
class _SiteWords:
    prepositions: frozenset[str]
    determiners: frozenset[str]
    sites: frozenset[str]
    bare: frozenset[str]           # sites without a determiner: the bare sites and every plural
    boundaries: frozenset[str]
    streets: frozenset[str]        # words that open a street's name ("Avenida", "Rue") or close it ("Fifth Avenue")
    street_ends: tuple[str, ...]   # endings of one-word street names ("Damrak" has none; "Friedrichstraße")


@cache
def _site_words() -> _SiteWords:
    roles: dict[str, set[str]] = {}
    for word, role in tsv_rows("geo_site_phrases.tsv"):
        roles.setdefault(role, set()).add(word)
    sites = set(roles["site"])
    for word in roles["site"]:
        if word.endswith("y") and word[-2:-1] not in "aeiou":
            sites.add(word[:-1] + "ies")
        elif word.endswith(("s", "x", "ch", "sh")):
            sites.add(word + "es")
        else:
            sites.add(word + "s")
    plurals = sites - roles["site"]
    return _SiteWords(frozenset(roles["preposition"]), frozenset(roles["determiner"]), frozenset(sites),
                      frozenset(roles["bare_site"] | plurals), frozenset(roles["boundary"]),
                      frozenset(roles["street"]), tuple(roles["street_end"]))


# Where the article's shared objects (`Doc.shared`) keep the place phrase of each event location that is only a
# part of it, by the location's offsets: the location is the division the phrase names ("West Zone"), and
# coreference still compares the whole phrases ("West Zone of Rio de Janeiro" lies in "Rio de Janeiro").
PLACE_PHRASES = "events: place phrases of locations"


class Whereabouts:
    """The country, region and coordinates of an article's places; the countries its lead names (found
    once, when a name first needs them) settle names that several towns share."""

    def __init__(self, doc: Doc):
        self._doc = doc
        self._countries: frozenset[str] | None = None
        self._situations: dict[tuple[str, str | None, str | None], geo.Situation] = {}
        self._told_by_sentence: list[frozenset[str]] = []  # the countries told by the end of each sentence read so far

    def countries(self) -> frozenset[str]:
        """The countries the article's lead names: a story says early where it is set, and scanning its
        whole text for them would cost as much as extracting its events. A capital's name that a city of another
        country the lead names, or of the country of a town it names, bears names none by itself ("Tripoli" with
        "Lebanese", or with "Sidon")."""
        if self._countries is None:
            mentions = geo.find_countries(self._doc.text, 0, _LEAD_CHARS)
            named = {m.code for m in mentions} | self._towns_countries
            self._countries = frozenset(m.code for m in mentions if not any(
                p.country != m.code and p.country in named and p.population >= _SHARED_CAPITAL
                for p in geo.localities(m.text)))
        return self._countries

    @cached_property
    def _lead_towns(self) -> tuple[geo.Locality, ...]:
        """The towns the lead names by their own name that no other town of the name rivals ("Sidon",
        "Melbourne"; not "Samar", which is no spelling of Samara, nor "Puno" of Pune); no capital nor country,
        which `countries` reads."""
        out = []
        text = self._doc.text
        for m in _NAME_RUN.finditer(text, 0, _LEAD_CHARS):
            # (not a city a village's name matches: "near the village of Kobe" in a story from Mali)
            if told_as_village(text[max(0, m.start() - _VILLAGE_CHARS):m.end() + _VILLAGE_CHARS], m.group()):
                continue
            found = geo.localities(m.group())
            if found and found[0].population >= _BARE_TOWN_POPULATION and (
                    len(found) == 1 or found[0].population >= _UNRIVALLED * found[1].population) and (
                    geo.country_code(m.group()) is None) and _own_key(found[0].name) == _own_key(m.group()):
                out.append(found[0])
        return tuple(out)

    @cached_property
    def _towns_countries(self) -> frozenset[str]:
        return frozenset(town.country for town in self._lead_towns)

    def regions(self) -> frozenset[tuple[str, str]]:
        """The (country, first-level region) of the towns the lead names."""
        return frozenset((town.country, town.admin1) for town in self._lead_towns if town.admin1)

    @cached_property
    def _regions_countries(self) -> frozenset[str]:
        """The countries of the first-level regions the lead names with their kind, of a name no other country's
        region bears ("Sagaing Region", "Borno State")."""
        return self._regions_told(0, _LEAD_CHARS)

    def _regions_told(self, start: int, end: int) -> frozenset[str]:
        """The countries of the first-level regions text[start:end] names with their kind, of a name no other
        country's region bears."""
        found = (geo.admin1_countries(m.group("name")) for m in _LEAD_REGION.finditer(self._doc.text, start, end))
        return frozenset(next(iter(codes)) for codes in found if len(codes) == 1)

    def _countries_told(self, start: int, end: int) -> frozenset[str]:
        """The countries text[start:end] sets the story in by its places: regions told with their kind
        (`_regions_told`) and places only one country has (`_vouched`); read alike for the lead (`_local_country`)
        and for the text up to an unknown place (`_told_before`)."""
        situated = ((p, self._situate(p).country) for p in geo.find_places(self._doc.text, start, end))
        vouched = {country for p, country in situated if country and _vouched(p.text, country)}
        return self._regions_told(start, end) | vouched

    def around(self) -> frozenset[str]:
        """The countries of the lead's places: those it names (`countries`), and those of the towns and regions it
        names: a name several countries' towns bear is the one of these ("Tripoli" in a note that names Sidon is
        Lebanon's, "Kin village" in a story that names Sagaing Region is no town of Japan)."""
        return self.countries() | self._towns_countries | self._regions_countries

    def settings(self) -> frozenset[str]:
        """The countries the story is set in: those its lead names, and the one it was filed from."""
        home = self._home
        return self.countries() | {home} if home else self.countries()

    def of(self, place: geo.Place) -> geo.Situation:
        key = (place.text, place.country, place.region)
        if key not in self._situations:
            filed = self._filed_from(place)
            self._situations[key] = self.of(filed) if filed is not None else self._situate(place)
        return self._situations[key]

    def local_country(self, place: geo.Place) -> str | None:
        """The country a place the gazetteer gave none lies in when it is a local place's proper name: the one the
        story is set in (`_local_country`); None for a name with "the" before it and no kind ("through the Internet",
        "outside the Fed") or the tail of a title."""
        text = self._doc.text
        if not place.locality or text.endswith(("the ", "The "), 0, place.start) or _title_tail(text, place.start):
            return None
        local = self._local_country
        return local if local and _local_name(place.text, local) and self._told_before(place.start, local) else None

    def _told_before(self, start: int, country: str) -> bool:
        """Whether the story has set itself in the country by the end of the sentence at `start`: by its dateline, the
        country's name or capital, or a place only that country has (`_countries_told`: "killed two farmers in Dutsen
        Kurama, the Kaduna State police said"; not "Warplanes bombed Khas Dagh. Troops raided a camp in Borno State":
        the name alone, before any place, may lie anywhere)."""
        if self._home == country:
            return True
        sentences = self._doc.sentences
        i = self._doc.sentence_index(start)
        if not sentences or start < sentences[i].start:
            return False  # (no sentence holds it, and none ends before it)
        return country in self._told_by(i)

    def _told_by(self, i: int) -> frozenset[str]:
        """The countries the story has told by the end of its sentence i, by name or by its places
        (`_countries_told`): read a sentence at a time, each once, however many places ask."""
        sentences, text, told = self._doc.sentences, self._doc.text, self._told_by_sentence
        while len(told) <= i:
            # (from the end of the sentence before, so that no text between two sentences goes unread)
            start, end = sentences[len(told) - 1].end if told else 0, sentences[len(told)].end
            found = self._countries_told(start, end) | {m.code for m in geo.find_countries(text, start, end)}
            told.append(told[-1] | found if told else found)
        return told[i]

    def _situate(self, place: geo.Place) -> geo.Situation:
        """Where a place phrase lies by the gazetteer, the article's countries and the dateline."""
        capital = self._capital_named(place)
        # (a capital by its own name: its coordinates, and the region named after it, "Kabul")
        found = geo.situate(capital.name, capital.country, self.around) if capital else geo.situate(
            place.text, self._namesake_country(place) or place.country, self.around, place.region, self.regions)
        home = self._home if found.country and place.region is None else None
        # "the Andean village of Santa Barbara" in a story filed from Lima: in Peru, which the gazetteer does not
        # tell, not in the region of Honduras of that name
        found = (geo.read_at_home(place.text, found.country, home, self.countries()) or found) if home else found
        abroad = self._region_abroad(place, found)
        if abroad is not None:
            return geo.Situation(abroad, None, None, None)
        return self._in_home_state(place, found) if home and found.country == home else found

    def _region_abroad(self, place: geo.Place, found: geo.Situation) -> str | None:
        """The country of the dateline, when a phrase tells another by nothing but the bare name of that one's
        first-level region and the lead names the dateline's country alone: "the districts of Ain Zara and Salah
        al-Din" under "TRIPOLI, … the Libyan capital" are Tripoli's, not Iraq's governorate (a city's quarters and
        villages bear the names of regions abroad, and a region abroad the story told of would come with its kind or
        its country). None otherwise."""
        if found.country is None or found.lat is not None or found.country in self.around():
            return None
        dateline = dateline_of(self._doc)
        setting = dateline.place.country if dateline else None
        if setting is None or self.countries() != {setting}:
            return None
        names = [_LOWER_WORDS.sub("", n) for n in _JOINS.split(place.text)]  # ("the Diyala quarter": Diyala)
        told = not _LEAD_REGION.search(place.text) and not any(geo.country_code(n) for n in names) and any(
            found.country in geo.admin1_countries(n) for n in names)
        return setting if told else None

    @cached_property
    def _capitals_countries(self) -> frozenset[str]:
        """The countries whose capitals the lead names by the city's own name ("Nairobi police", "in Dhaka"), which
        `countries` reads as the country's name (and keeps: not "Tripoli" in a story that names Lebanon)."""
        capitals = ((m, geo.capital_of(m.code)) for m in geo.find_countries(self._doc.text, 0, _LEAD_CHARS))
        return frozenset(m.code for m, capital in capitals if m.code in self.countries()
                         and capital is not None and _own_key(capital.name) == _own_key(m.text))

    @cached_property
    def _local_country(self) -> str | None:
        """The one country the lead's places, regions and capital and the dateline lie in, when it names no other: a
        national outlet's story names its own country rarely ("Nairobi police are hunting gunmen who killed a trader at
        Embakasi"), and a place it names that the gazetteer does not know lies there. None when the lead's places lie
        in several countries or in none the lead tells by a town or region (a country or demonym alone names the
        actor's as often as the scene's: "Russian jets bombed Kafr Nabl"); read once."""
        home = {self._home} if self._home else set()
        # (where the lead's place phrases lie, read as any place of the article is: not every name of a town, "Rubio"
        # of a story on the primaries is no town of Venezuela; and only by a name that vouches for it)
        places = self._countries_told(0, _LEAD_CHARS) | self._capitals_countries | home
        if len(places) != 1 or not self.countries() <= places:
            return None
        return next(iter(places))

    def _namesake_country(self, place: geo.Place) -> str | None:
        """The country whose city bears the name of the capital a phrase tells its country by, when another name of
        the phrase is of that country's and the lead names neither the capital's country nor the capital apart:
        "Sidon, Tripoli, Matn and Zahle" in a note that names Lebanon is no place in Libya. None otherwise."""
        if place.country is None:
            return None
        names = [m.group() for m in _NAME_RUN.finditer(place.text)]
        capitals = [name for name in names if geo.country_code(name) == place.country]
        if not capitals or place.country in self.countries():
            return None  # (the lead's countries read only for a phrase that names a capital: most name none)
        found = {p.country for name in capitals for p in geo.localities(name)
                 if p.country != place.country and p.country in self.around() and p.population >= _SHARED_CAPITAL}
        if len(found) != 1:
            return None
        country = next(iter(found))
        others = (p.country for name in names if name not in capitals for p in geo.localities(name)
                  if _own_key(p.name) == _own_key(name))
        return country if country in others else None

    def _in_home_state(self, place: geo.Place, found: geo.Situation) -> geo.Situation:
        """The town of the phrase in the region the dateline names ("Parkland" under "FORT LAUDERDALE, Fla.": the
        town of Florida, not the larger one of Washington state), unless the town found is far larger ("Washington"
        under "PITTSBURGH, Pa." is the capital)."""
        state = self._home_state
        if state is None or found.admin1 == state or found.lat is None:
            return found
        there = geo.situate(place.text, found.country, self.around, state)
        towns = {(p.lat, p.lon): p for m in _NAME_RUN.finditer(place.text) for p in geo.localities(m.group())}
        town, other = towns.get((there.lat, there.lon)), towns.get((found.lat, found.lon))
        if town is None or town.admin1 != state or other is not None and (
                other.population >= _DOMINANT * town.population):
            return found  # (no town of the name in the state: "Dallas" under "FORT LAUDERDALE, Fla." is in Texas)
        return there

    @cached_property
    def _home_state(self) -> str | None:
        """The first-level region the dateline names after its town ("FORT LAUDERDALE, Fla." → Florida); read once."""
        dateline = dateline_of(self._doc)
        if dateline is None or dateline.place.text.count(",") != 1 or self._home is None:
            return None
        return admin1_named([dateline.place.text.split(",")[1].strip()], self._home)

    def _capital_named(self, place: geo.Place) -> geo.Locality | None:
        """The capital a phrase names by its country alone ("the capital", "the Libyan capital", "a market in
        Iraq's capital"), or None."""
        if place.country is None and _BARE_CAPITAL.fullmatch(place.text):
            return self._capital()
        named = _NAMED_CAPITAL.fullmatch(place.text) if place.region is None else None
        if named and geo.country_code(named.group("country")) == place.country:
            return geo.capital_of(place.country)
        return None

    def _filed_from(self, place: geo.Place) -> geo.Place | None:
        """The dateline's place, when a phrase points at the town the story was filed from without its name: "this
        southern port city", "a market in this town", "neighborhoods" told "of this city", "the port city" in a story
        that names no place before it, or the capital when the story was filed from it ("the Somali capital" under
        MOGADISHU): the name is the better answer to where it happened. None otherwise."""
        dateline = dateline_of(self._doc)
        if dateline is None or place.start < dateline.end:
            return None
        if _THIS_TOWN.fullmatch(place.text) or _OF_THIS_TOWN.match(self._doc.text, place.end):
            return dateline.place
        if _THE_TOWN.fullmatch(place.text) and not self._named_before(dateline.end, place.start):
            return dateline.place
        capital = self._capital_named(place)
        town = dateline.place.text.split(",")[0].title()
        return dateline.place if capital is not None and capital in geo.localities(town) else None

    def _named_before(self, start: int, end: int) -> bool:
        """Whether text[start:end] crosses a sentence's end or names a country, a capital or a town the gazetteer
        knows."""
        text = self._doc.text
        return any(s.start < end <= s.end and s.start > start for s in self._doc.sentences) or any(
            geo.is_place_name(m.group()) or geo.localities(m.group()) for m in _NAME.finditer(text, start, end))

    @cached_property
    def _home(self) -> str | None:
        """The country the story was filed from: the one its dateline tells, or that of the only town of the
        dateline's name, or of the city no other town of the name rivals ("TORONTO", not the Ohio village; not
        "SANTIAGO", which cities of several countries bear); read once."""
        dateline = dateline_of(self._doc)
        if dateline is None:
            return None
        towns = geo.localities(dateline.place.text.title())
        settled = len({p.country for p in towns}) <= 1 or (
            towns[0].country == dateline.place.country and towns[0].population >= _UNRIVALLED * towns[1].population)
        return dateline.place.country if dateline.place.text.count(",") or settled else None

    def _capital(self) -> geo.Locality | None:
        """The capital a bare "the capital" is: that of the country of the story's dateline ("N'DJAMENA, Chad —"),
        else of the one country its lead names; none when the lead names several and no dateline settles it."""
        dateline = dateline_of(self._doc)
        country = dateline.place.country if dateline else None
        if country is None and len(self.countries()) == 1:
            country = next(iter(self.countries()))
        return geo.capital_of(country) if country else None

    def named(self, place: geo.Place) -> tuple[int, int]:
        """The offsets of an event's location in its place phrase: the division of a place named with its own
        capitalised kind ("West Zone" of "West Zone of Rio de Janeiro"), the dateline for a phrase that points at the
        town the story was filed from ("this port city", `_filed_from`), else the whole phrase; its country,
        region and coordinates are still the whole phrase's (`of`). The most specific place of every phrase
        without its kind ("Hodan district of Mogadishu" → "Hodan") was tried and dropped: on the ACLED dev notes it
        lost more places coded as the one holding the named place ("Gota area of Ahmedabad city" as Ahmedabad)
        than it gained."""
        home = self._filed_from(place)
        if home is not None:
            return home.start, home.end
        if self._doc.text[place.start:place.end] != place.text:
            return place.start, place.end
        found = geo.division_span(self._doc.text, place.start, place.end) or (place.start, place.end)
        if found != (place.start, place.end):  # the longest phrase when several hold the same name
            phrases = self._doc.shared(PLACE_PHRASES, lambda _: {})
            phrases[found] = max(phrases.get(found, ""), place.text, key=len)
        return found

    def town(self, name: str) -> geo.Locality | None:
        """The town or city a bare name is, if it is a large one or one in a country the article names."""
        found = geo.localities(name)
        if not found or geo.country_code(name):
            return None
        largest = found[0]
        if largest.population >= _BARE_TOWN_POPULATION and (
                len(found) == 1 or largest.population >= _DOMINANT * found[1].population):
            return largest  # the article's countries (a scan of all its text) are asked only when they decide
        return geo.best_locality(name, self.countries(), _BARE_TOWN_POPULATION)


# A local place's name: capitalised words (maybe hyphened or numbered, "F-10"), maybe joined by lower-case particles
# ("Dar es Salaam"), maybe after "the" when a kind of place closes it ("the Jatrabari area").
_LOCAL_NAME = re.compile(r"(?P<the>[Tt]he\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z0-9][\w'’-]*)*)"
                         r"(?P<kind>(?:\s+[a-z]+)?)")
_POSSESSIVES = frozenset({"'s", "’s"})
# What joins the names of a place phrase ("the districts of Ain Zara and Salah al-Din"), and the words in lower case
# that open or close a name's part ("southern districts", "Diyala quarter"), in a phrase read name by name.
_JOINS = re.compile(r"\s*(?:[,()]|\band\b|\bof\b|\bin\b|\bnear\b)\s*")
_LOWER_WORDS = re.compile(r"^(?:[a-z][\w'’-]*\s+)+|(?:\s+[a-z]+)+$")  # (a particle stays: "Salah al-Din")


def _local_name(text: str, country: str) -> bool:
    """Whether a place phrase the gazetteer gave no country is the proper name of a local place, which lies in the
    country its story is set in (`country`): "Embakasi", "Tudun Wada", "the Jatrabari area"; not a sea, a continent or
    a region larger than a country ("the Persian Gulf", "Central Asia", "the Arctic": a definite name without a kind
    of place after it), an organisation ("the State Department"), a day, a country's or people's name, a common noun
    capitalised ("City", "the Southwest"), nor a name that the gazetteer or ISO 3166-2 knows in other countries only
    (a homonym abroad is no sign of a local place)."""
    m = _LOCAL_NAME.fullmatch(text)
    if m is None:
        return False
    kind, name = m.group("kind").strip(), m.group("name")
    if kind and not (geo.is_locality_word(kind) or geo.is_site_word(kind)) or m.group("the") and not kind:
        return False
    words = name.split()
    particles = geo.name_particles()
    if any(w.islower() and w not in particles or w[-2:] in _POSSESSIVES for w in words):
        return False  # ("Saturday's Republican")
    head = words[-1].lower()
    if words[-1] in HEAD_KINDS and not (geo.is_site_word(head) or geo.is_locality_word(head)):
        return False  # "the Judiciary Committee", "the Democratic National Convention"; not "Holiday Inn Hotel"
    if any(_common_place_word(w.lower()) or geo.country_code(w) or is_calendar_word(w) for w in words):
        return False
    if geo.country_code(name) or geo.group_country(name):
        return False
    elsewhere = {p.country for p in geo.localities(name)} | geo.admin1_countries(name)
    return not elsewhere or country in elsewhere


# The word before a name, and the mark before that word: "''Inside Edition''", "program Inside Edition"
_WORD_BEFORE = re.compile(r"(?P<mark>\S?)\s+[\"'“‘]*(?P<word>[\w'’-]+)[\"'”’]*\s+$")
_WORD_BEFORE_REACH = 60  # characters before a name that hold the word before it


def _title_tail(text: str, start: int) -> bool:
    """Whether the name at `start` goes on from a capitalised word before it that opens no sentence: the tail of a
    title ("the program ''Inside Edition''"), which the place grammar cut after a preposition, no place."""
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_REACH), start)
    return before is not None and before["word"][:1].isupper() and before["mark"] not in ("", ".", "!", "?", ":", ";")


_VOUCHING_CITY = 100_000  # inhabitants of a town whose name is no village's abroad


def _vouched(text: str, country: str) -> bool:
    """Whether a place phrase names a place of the country it was read in that no homonym can be: the country, a
    region or district of it, or a city of it, of a name no other country's city or region bears (`geo.countries_of`
    with a city's floor: "in Dhaka", "Kaduna State", "in Gopalganj"); not a small town, which a village abroad may share its name with ("Arnissa of Pella",
    "Colonia Centenario"), nor "Florida" (a state, and cities of Colombia and Uruguay)."""
    return any(geo.countries_of(name, _VOUCHING_CITY) == {country} for name in _NAME_RUN.findall(text))


def _common_place_word(word: str) -> bool:
    """Whether a word of a name is a word of place, of direction or of a place larger than one country ("city",
    "southwest", "asia"): a name of one country's place that holds one is rather a common noun capitalised, or a
    place the gazetteer would know."""
    return (geo.is_locality_word(word) or geo.is_region_word(word) or geo.is_direction_word(word)
            or geo.is_wide_word(word))


def _own_key(name: str) -> str:
    """A name as a town's own name is compared, accents and case aside."""
    return lookup_key(ascii_name(name))


# A later sentence that tells again the event of an earlier one, to say where it happened: "The incident occurred in
# Dalo.", "The attack took place near Nuri.", "It happened in Kibo." How many sentences after the event it may be.
_LATER_SENTENCES = 3
# Words of an act over a whole country or many of its parts, which takes no town told before it
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|countrywide|(?:across|throughout|all over|around) (?P<whole>the (?:country|nation)|(?:several|"
    r"many|multiple|various|dozens of|\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen) (?:states|provinces|"
    r"regions|cities|towns|districts|counties)))\b")
# the words one of which each match of `_NATIONWIDE` opens with, as letter words (`Doc.letters`)
_NATIONWIDE_LETTERS = frozenset({b"nationwide", b"countrywide", b"across", b"throughout", b"all", b"around"})
_BACK_DETERMINERS = frozenset({"the", "this", "these", "both"})
_EVENT_NOUNS = frozenset({"incident", "incidents", "attack", "attacks", "event", "events", "clash", "clashes",
                          "explosion", "explosions", "blast", "shooting", "protest", "protests", "demonstration",
                          "raid", "ambush", "killing", "killings", "fighting", "violence", "assault", "abduction",
                          "kidnapping", "arson", "robbery", "strike", "strikes", "airstrike", "airstrikes",
                          "operation", "riot", "rally", "march", "sit-in", "confrontation", "exchange"})
_HAPPENED_VERBS = frozenset({"occurred", "happened", "took", "was", "unfolded"})
# A definite kind of town that points back to the town told before: "in the district", "across the city".
_BACK_TO_TOWN = re.compile(r"the (?:district|town|city|village)")


def is_nationwide(place: str) -> bool:
    """Whether a place is the words of a whole country or many of its parts ("the country", "nationwide", "six
    states"), as an act over them is placed."""
    return _NATIONWIDE.fullmatch(place) is not None or _NATIONWIDE.fullmatch(f"across {place}") is not None


class Settings:
    """Where an event that names no place of its own happened: where the events of its sentence happened,
    else the place last told in its paragraph ("Police dispersed a crowd in Nouakchott. The protesters
    were denouncing …"), an earlier event's or one an earlier sentence names. A named site of an earlier sentence
    is no setting: in news it is as often a metonym ("Wall Street", "the White House") as a scene."""

    def __init__(self, doc: Doc, places: SpanPlaces | None = None, whereabouts: Whereabouts | None = None):
        self._doc = doc
        self._places = SpanPlaces(doc) if places is None else places
        self._whereabouts = whereabouts
        self._told: dict[int, tuple[int, geo.Place]] = {}    # paragraph → (sentence index, its latest place)
        self._named: dict[int, geo.Place | None] = {}        # sentence index → the last locality it names
        self._later: dict[int, geo.Place | None] = {}        # sentence index → the place a later sentence tells

    def fill(self, index: int, places: list[geo.Place | None], apart: frozenset[int] = frozenset(),
             about: frozenset[int] = frozenset(), parts: list[int] | None = None,
             spread: frozenset[int] = frozenset()) -> list[geo.Place | None]:
        """The places of the events of sentence `index`, in order, each missing one filled; the events at the
        indexes `apart` (nouns that name the moment the others count from) neither take nor lend a place in it,
        those at `about` (words about an act told after them) take none from the events after them, and none takes
        one from an event of a later part of the sentence (`parts`: the part each lies in, counted by the semicolons
        before it), which tells a step of its own ("This was one of two related attacks on this date; a second truck
        bomb detonated outside the U.S. Embassy in Dar es Salaam": the attacks are not all in Dar es Salaam). Words of a
        whole country ("across the country", "nationwide") place only the events at the indexes `spread`, whose own
        clause holds them ("detained 1,700 people across the country"; not "arrested 450 people as protesters across
        the country set fire to bins", which happened where the story is set)."""
        own = [k for k, p in enumerate(places) if p is not None and not isinstance(p, Party) and k not in apart]
        wide = self._nationwide(index) if None in places or any(isinstance(p, Party) for p in places) else None
        out = []
        for k, place in enumerate(places):
            party = place if isinstance(place, Party) else None
            if party is not None:
                place = None
            if place is None and own and k not in apart:
                # the nearest event with a place, the one before on a tie; bisection keeps a sentence of many
                # triggers linear
                m = bisect_left(own, k)
                near = [j for j in (own[m - 1] if m else None, own[m] if m < len(own) else None) if j is not None
                        and not (k in about and j > k) and not (parts is not None and parts[j] > parts[k])]
                place = places[min(near, key=lambda j: (abs(j - k), j > k))] if near else None
            if place is None and k in about:
                # "Malaysia condemned Israel's bombing of the Jabalia camp": the words were not said where the act
                # they are about happened, nor where the sentences around it happened
                out.append(party)
                continue
            if place is None and wide is not None and k in spread:
                # "Authorities have restricted internet access across the country": all of the country the sentence
                # before is in, not its town
                out.append(self._country_of(index, wide) or party)
                continue
            out.append(place if place is not None else self._before(index) or self._after(index) or party)
        # a site ("at the bus station") lies in the town its sentence or paragraph names: the town's country
        # is the site's, and the site is no setting of the paragraph's later events
        towns = [p for p in out if p is not None and not isinstance(p, Site)]
        paragraph = self._doc.sentences[index].paragraph
        for k, place in enumerate(out):
            if isinstance(place, Site) and not towns and _BACK_TO_TOWN.fullmatch(place.text):
                # "A mob pelted stones at police in Bahraich. Internet services were suspended in the district.": the
                # town an earlier sentence told, when its own names none (not a country: "in Afghanistan … the city")
                town = self._before(index)
                if town is not None and town.locality and not isinstance(town, Site) and not _country(town.text):
                    out[k] = town
                    continue
            if isinstance(place, Site) and place.country is None and not _BARE_CAPITAL.fullmatch(place.text):
                # (not "the capital", which is the dateline's or the lead's country's, not the last country named)
                town = towns[0] if towns else self._before(index)
                # (the town's country as the article settles it: "an abandoned mine" after "the Andean village of
                # Santa Barbara" of a story from Peru is in none the gazetteer tells)
                country = None if town is None else town.country if self._whereabouts is None else (
                    self._whereabouts.of(town).country)
                if country is not None:
                    out[k] = replace(place, country=country)
        for place in towns:
            self._told[paragraph] = (index, place)
        return out

    def _nationwide(self, index: int) -> re.Match[str] | None:
        """The words by which the sentence tells of a whole country ("across the country", "nationwide"), if any."""
        s = self._doc.sentences[index]
        if _NATIONWIDE_LETTERS.isdisjoint(self._doc.letters[s.start:s.end].split()):
            return None  # (searched only in a sentence with one of the pattern's first words, found in C)
        return _NATIONWIDE.search(self._doc.lowered, s.start, s.end)

    def country_words(self, index: int) -> int | None:
        """The offset of the sentence's words of a whole country ("across the country", "nationwide"), if any."""
        wide = self._nationwide(index)
        return wide.start() if wide is not None else None

    def _country_of(self, index: int, wide: re.Match[str]) -> Site | None:
        """The country a sentence's words of a whole country name, as the site those words are ("nationwide",
        "six states"): that of the place told before it, else of the dateline's town, as the article
        settles it ("SANTIAGO (Reuters) - Chilean police …": Chile's)."""
        dateline = dateline_of(self._doc)
        told = self._before(index) or (dateline.place if dateline is not None else None)
        if told is None:
            return None
        country = told.country if self._whereabouts is None else self._whereabouts.of(told).country
        start = wide.start("whole") if wide.start("whole") >= 0 else wide.start()
        return Site(start, wide.end(), self._doc.text[start:wide.end()], country) if country else None

    def _after(self, index: int) -> geo.Place | None:
        """The place a later sentence of the paragraph gives the story's event, when none before tells it: "…
        set fire to a vehicle. The incident occurred in Dalo." It opens with the event told again ("The attack",
        "It happened") and names a locality; a story that tells its scene last tells it once."""
        if index in self._later:
            return self._later[index]
        found = None
        paragraph = self._doc.sentences[index].paragraph
        lowered = self._doc.lowered
        for k in range(index + 1, min(len(self._doc.sentences), index + 1 + _LATER_SENTENCES)):
            s = self._doc.sentences[k]
            if s.paragraph != paragraph:
                break
            opening = lowered[s.start:min(s.end, s.start + 40)].split()[:3]
            if not (len(opening) >= 2 and (opening[0] in _BACK_DETERMINERS and opening[1] in _EVENT_NOUNS
                                           or opening[0] == "it" and opening[1] in _HAPPENED_VERBS)):
                continue
            found = next((p for p in self._places.of(s.start, s.end) if p.locality), None)
            if found is not None:
                break
        self._later[index] = found
        return found

    def _before(self, index: int) -> geo.Place | None:
        paragraph = self._doc.sentences[index].paragraph
        told = self._told.get(paragraph)
        k = index - 1
        while k >= 0 and self._doc.sentences[k].paragraph == paragraph:
            if told and told[0] >= k:
                return told[1]
            if k not in self._named:
                s = self._doc.sentences[k]
                # (not the body an attribution names, "…, the Isère prefecture said": who told, not where)
                found = [p for p in self._places.of(s.start, s.end) if p.locality and not _nationality(self._doc, p)
                         and not _GONE_TO.search(self._doc.lowered, max(s.start, p.start - _GONE_CHARS), p.start)
                         and not _speaking_body(self._doc.text, p)]
                self._named[k] = found[-1] if found else None
            if self._named[k] is not None:
                return self._named[k]
            k -= 1
        return told[1] if told else None


# An item of a roundup that opens with its town in capitals before a dash ("* BIU - Vigilantes captured …")
_BULLETS = frozenset("*•·-–")
_BULLET_DATELINE = re.compile(r"[*•·\-–]\s+(?P<place>[A-Z][A-Z'’.\-]*(?:\s+[A-Z][A-Z'’.\-]*){0,3})\s+[-–—]+\s")


# Where people fled or were taken to, which is no setting of the events told after it ("some 110,000 have fled across
# the border into Chad. Thousands of civilians have been killed in attacks by Janjaweed militias": in Darfur)
_GONE_TO = re.compile(r"\b(?:(?:fled|flee|flees|fleeing|crossed|crossing|escaped|driven|deported|evacuated|relocated)"
                      r"\b[^.;]{0,40}\b(?:into|to|towards|toward)|(?:sought|taken|taking|seeking)\s+refuge\s+in)"
                      r"\s+(?:the\s+)?$")
_GONE_CHARS = 60  # characters before a place that hold the verb of going there and its preposition


def in_own_clause(sent: SentenceTokens, cand: Candidate, start: int, lex: Lexicon) -> bool:
    """Whether words at offset `start` lie in the trigger's own clause: no clause boundary between them, nor a
    conjunction of time ("detained 90 people as farmers across the country blocked roads")."""
    t_start, t_end = sent.spans[cand.first][0], sent.spans[cand.last - 1][1]
    if start < t_start:
        return not _clause_break(sent, start, t_start, lex)
    return not _clause_break(sent, t_end, start, lex, relatives=False) and _SUBORDINATORS.isdisjoint(
        sent.lower[cand.last:bisect_left(sent.spans, (start, start))])


_SUBORDINATORS = frozenset({"as", "when", "while", "after", "before", "until", "since", "because"})


def scene(doc: Doc, lowered: str, sentence: Sentence, scenes: dict[int, geo.Place | None],
          paragraphs: ParagraphWords, span_places: SpanPlaces | None = None,
          tokens: SentenceTokens | None = None) -> geo.Place | None:
    """The place that opens the first sentence of the sentence's paragraph ("On 7 May 2021, in Lenga,
    Tessal, the police …"): the setting of the paragraph's later events that name no place. `span_places`:
    the places of the article's spans read so far in this pass; `tokens`: the sentence's, which are the first
    sentence's too when it opens its paragraph (as most sentences that ask do)."""
    if sentence.paragraph not in scenes:
        first = doc.sentences[bisect_left(doc.sentences, sentence.paragraph, key=lambda s: s.paragraph)]
        text = doc.text
        bullet = _BULLET_DATELINE.match(text, first.start, first.end) if text[first.start] in _BULLETS else None
        if bullet is not None:
            # "* MAIDUGURI - Two female suicide bombers blew themselves up at a crowded market": a roundup's item
            # filed from its own town
            name = bullet.group("place")
            country = geo.place_country(name.title())
            scenes[sentence.paragraph] = geo.Place(bullet.start("place"), bullet.end("place"), name, country) if (
                country) else None
            return scenes[sentence.paragraph]
        opener = _FIRST_WORD.match(lowered, first.start, first.end)
        if opener is None or opener.group() not in OPENING_WORDS:  # most paragraphs: no opening place
            scenes[sentence.paragraph] = None
            return None
        same = tokens is not None and (tokens.start, tokens.end) == (first.start, first.end)
        sent = tokens if same else tokenize(text, first, paragraphs)
        places = (span_places or SpanPlaces(doc)).of(first.start, first.end, sent)
        dates = find_dates(text, doc.article.published_at, first.start, first.end) if places else []
        scenes[sentence.paragraph] = opening_place(sent, first.end, places, dates) if places else None
    return scenes[sentence.paragraph]


def locate(text: str, sent: SentenceTokens, cand: Candidate, nearby: list[geo.Place], places: Places,
           opening: geo.Place | None, lex: Lexicon, whereabouts: Whereabouts) -> geo.Place | None:
    """Where the event happened (see `_locate`), with the named places it includes told after it ("in several
    villages of Sefa district including Dalo and Nuri")."""
    place = _locate(text, sent, cand, nearby, places, opening, lex, whereabouts)
    if place is not None and cand.target is not None and cand.sense.event_type == "ASSAULT" and _is_area(place):
        place = _titled_town(sent, cand.target, place, whereabouts) or place
    if isinstance(place, Site):
        place = _antecedent(text, sent, place) or place
    if place is not None and _destination(sent, place):
        return None
    return _with_members(text, sent, place)


def _titled_town(sent: SentenceTokens, target: tuple[int, int], area: geo.Place, whereabouts: Whereabouts
                 ) -> geo.Place | None:
    """The town whose office the target holds, when it lies in the area the event is placed in ("shot dead Yolanda
    Sanchez, the mayor of Cotija, also in Michoacan": in Cotija, Michoacán): the town a mayor is of is where an
    attack on them happened more nearly than the region the sentence names."""
    k = target[0]
    while k + 2 < len(sent.lower) and k - target[1] < _TITLE_REACH and not (
            sent.lower[k] in _TOWN_OFFICES and sent.lower[k + 1] == "of" and sent.words[k + 2][:1].isupper()):
        k += 1  # (the title set in commas after the name: "Yolanda Sanchez, the mayor of Cotija,")
    if k + 2 >= len(sent.lower) or k - target[1] >= _TITLE_REACH:
        return None
    j = k + 2
    while j < len(sent.lower) and sent.words[j][:1].isupper() and sent.is_word(j):
        j += 1
    name = " ".join(sent.words[k + 2:j])
    region = whereabouts.of(area)
    town = next((t for t in geo.localities(name) if region.country is not None and t.country == region.country
                 and t.admin1 == region.admin1), None)
    if town is None:
        return None
    start, end = sent.spans[k + 2][0], sent.spans[j - 1][1]
    return geo.Place(start, end, name, town.country, True, region=town.admin1)


_TITLE_REACH = 8  # tokens after a target's name that may hold its title in commas
_TOWN_OFFICES = frozenset({"mayor", "mayors", "councillor", "councilor", "alderman"})  # officers of one town


def _destination(sent: SentenceTokens, place: geo.Place) -> bool:
    """Whether a place is where the harmed or the held were taken after the event ("the injured were admitted to the
    Kolar district hospital", "rushed to hospital"): not where the event happened. (Not a place "towards" which
    shells were fired or a march went, which notes give as the place: "fired towards the neighborhood Al Ahrash";
    nor one a bomb was driven to and set off.)"""
    k = bisect_left(sent.spans, (place.start, place.start))
    j = k - 1
    while j >= 0 and sent.lower[j] in ARTICLES:
        j -= 1
    if j < 1:
        return False
    return sent.lower[j] == "to" and sent.lower[j - 1] in _TAKEN


# verbs of taking the harmed or the held somewhere, after which "to" names where they were taken
_TAKEN = frozenset({"admitted", "taken", "rushed", "brought", "transferred", "referred", "evacuated", "airlifted",
                    "shifted"})


# Kinds of place a definite noun points back with ("in the district"), and those of them that are first-level
# regions, which a bare name may have told ("the Sefa governor … in the province").
_ANAPHORIC_KINDS = frozenset({"district", "province", "town", "city", "village", "county", "governorate", "region",
                              "state", "municipality", "prefecture", "commune", "locality"})
_REGION_KINDS = frozenset({"province", "governorate", "state", "region", "prefecture"})
_AREA_KINDS = _REGION_KINDS | {"district", "county", "department", "division", "zone"}
_ANTECEDENT_WORDS = 4  # the longest name a kind's antecedent is looked for with


def _antecedent(text: str, sent: SentenceTokens, site: Site) -> geo.Place | None:
    """The place a definite "the district", "the province", "the town" points back to: the last of that kind
    its sentence names before it, though as a modifier ("an attack on the Kibo district governor by gunmen in the
    district" → "Kibo district"), or for a first-level region the last name before it that the gazetteer knows
    as one ("Sefa Governor's Office extended the ban in the province" → "Sefa"). None when there is none."""
    words = site.text.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1] not in _ANAPHORIC_KINDS:
        return None
    kind = words[1]
    k = bisect_left(sent.spans, (site.start, site.start))
    runs = []  # the runs of capitalised words before the site, last first, as (first, last) tokens
    j = k - 1
    while j >= 0:
        if not sent.words[j][:1].isupper():
            j -= 1
            continue
        last = j
        while j > 0 and sent.words[j - 1][:1].isupper() and last - j < _ANTECEDENT_WORDS:
            j -= 1
        runs.append((j, last))
        closing = last + 1 if last + 1 < k and sent.lower[last + 1] == kind else last if (
            j < last and sent.lower[last] == kind) else None  # "Kibo district", "Kibo District"
        if closing is not None:
            start, end = sent.spans[j][0], sent.spans[closing][1]
            return geo.Place(start, end, text[start:end], geo.place_country(text[start:end]))
        j -= 1
    if kind not in _REGION_KINDS:
        return None
    for first, last in runs:
        for end_token in range(last, first - 1, -1):  # "Sefa Governor's Office": the region opens the run
            start, end = sent.spans[first][0], sent.spans[end_token][1]
            name = _POSSESSIVE.sub("", text[start:end])
            if admin1_named([name], None) is not None and not (is_abbreviation(name) and text[end:end + 1] != "."):
                return geo.Place(start, start + len(name), name, geo.place_country(name))
    return None


_POSSESSIVE = re.compile(r"['’]s?$")


def _with_members(text: str, sent: SentenceTokens, place: geo.Place | None) -> geo.Place | None:
    """A place of several ("villages", "areas") and the names of those of them it includes, right after it
    ("different villages of Sefa district (Kam) including Dalo"): the names are the most specific places told."""
    if place is None or not any(w in _PLURAL_KINDS for w in place.text.lower().split()):
        return place
    n = len(sent.lower)
    k = bisect_left(sent.spans, (place.end, place.end))
    if k < n and sent.lower[k] == ",":
        k += 1
    if k + 1 >= n or sent.lower[k] not in {"including", ":"} or not sent.words[k + 1][:1].isupper():
        return place  # "… including Dalo", "4 settlements of Sefa raion: Dalo, Nuri and Kibo"
    particles = geo.name_particles()
    last = j = k + 1
    while j < n:
        if sent.words[j][:1].isupper():
            last = j
        elif not ((sent.lower[j] in particles or sent.lower[j] in {"and", ","}) and j + 1 < n
                  and sent.words[j + 1][:1].isupper()):
            break
        j += 1
    end = sent.spans[last][1]
    close = next((j for j in range(last + 2, min(n, last + 2 + _CONTEXT_TOKENS)) if sent.words[j] == ")"), None)
    if close is not None and sent.words[last + 1] == "(" and all(
            sent.words[j][:1].isupper() or sent.words[j] == "," for j in range(last + 2, close)):
        # "… including Dalo and Nuri (Sefa, Kam)": the members' administrative context, which places them all
        end = sent.spans[close][1]
        return replace(place, end=end, text=text[place.start:end], country=geo.place_country(text[place.start:end])
                       or place.country)
    return replace(place, end=end, text=text[place.start:end])


# Kinds of place named in the plural: a phrase of several places, which may go on with the ones it includes.
_PLURAL_KINDS = frozenset({"villages", "towns", "cities", "areas", "districts", "localities", "regions", "provinces",
                           "neighbourhoods", "neighborhoods", "communities", "settlements", "municipalities"})


def _locate(text: str, sent: SentenceTokens, cand: Candidate, nearby: list[geo.Place], places: Places,
            opening: geo.Place | None, lex: Lexicon, whereabouts: Whereabouts) -> geo.Place | None:
    """Where the event happened: the place that opens the sentence ("In Kabul, …"), else the place it is
    directed at ("shelled Kiriba (Tessal)", "shelled Kharkiv"), else the nearest place after the trigger,
    else before it, within its clause; a place in a phrase of cause ("in support of … in X") or one people
    come from ("gunmen from X") only when no other is told."""
    if opening:  # "In Lenga, …, people blocked Market Street": the town, not the street
        # but a town the clause places in the opening's region is where: "In the Bakool region, militants attacked
        # a base in Hudur town (Hudur, Bakool)", and one the trigger's own clause tells after it ("In the department
        # of Cauca, dissidents blocked a road near Jamundi"), not where people come from or what they protest about
        # (a country too: "In Kenya, police arrested two men in Mombasa"; not a capital that stands for its country,
        # "In Washington, …", a town)
        country = geo.country_code(opening.text) is not None and not any(
            p.population >= _SHARED_CAPITAL for p in geo.localities(opening.text))
        if not _is_area(opening) and not country:
            return opening
        t_end = sent.spans[cand.last - 1][1]
        # (not "In Guadalajara, …", a city that a region's name also is, nor "In Dalo village, Sefa district, …"); a
        # town given with a context of its own that does not name the region lies elsewhere ("… in Nuri (Nuri, Kam)")
        head = geo.Place(opening.start, opening.end, re.split(r"\s*[,(]", opening.text, maxsplit=1)[0], None)
        kinded = _is_area(head, named=False) or country
        placed = next((p for p in nearby if p.start >= opening.end and p.locality and (_placed_in(p, opening) or (
            kinded and p.start >= t_end and (country or not _is_area(p)) and not _country(p.text)
            and not _CONTEXT_MARKS & set(p.text) and not _told_as_origin(sent, p.start, lex)
            and not _told_as_cause(sent, t_end, p.start) and not _told_as_destination(sent, p.start)
            and not _clause_break(sent, t_end, p.start, lex, relatives=False)))), None)
        if placed is None and kinded and cand.first > 1 and sent.lower[cand.first].endswith("ing") and (
                sent.lower[cand.first - 1] == ","):
            # "In Yobe state, militants attacked a police station in Buni Yadi, killing 11 policemen": the participle
            # clause's event was where its main clause's was
            t_start = sent.spans[cand.first][0]
            placed = next((p for p in nearby if opening.end <= p.start and p.end <= t_start and p.locality and (
                country or not _is_area(p)) and not _country(p.text) and not _CONTEXT_MARKS & set(p.text)
                and not _told_as_origin(sent, p.start, lex)), None)
        if placed is not None and placed.country is None and opening.country is not None:
            # "In Yobe state, militants attacked a police station in Buni Yadi": a town the gazetteer does not know,
            # in the region the sentence opens with
            return geo.Place(placed.start, placed.end, placed.text, opening.country, placed.locality,
                             region=None if country else opening.region or opening.text)
        if placed is not None:
            return placed
        # "In the Sahel region, militants attacked the post at Gorgadji": a village named after "at", in the region
        village = _named_at(text, sent, cand, lex)
        return opening if village is None else geo.Place(village.start, village.end, village.text, opening.country,
                                                         region=opening.region or opening.text)
    sent_to = _sent_to(text, sent, cand, lex, whereabouts) or _spread_to(text, sent, cand, lex, whereabouts)
    if sent_to is not None:
        return sent_to
    target = None
    if cand.target and cand.sense.event_type in PLACE_TARGET_TYPES and not (
            # "a protest in front of Jhalokati district DC office in Jhalokati city": the seat a protest addresses is
            # no place told for it; the place after it is
            cand.sense.event_type == "PROTEST" and lex.names_seat(sent.lower[cand.target[0]:cand.target[1]])):
        # a list closed by "and" names no town of the region its second name is ("raided Jenin, Tubas, Nablus and
        # Qalqilya (West Bank)"); "shelled Beryslav, Kherson oblast" does
        listed = _listed_target(text, sent, cand.target, places)
        target = ((listed if listed is not None and " and " in listed.text else None)
                  or _target_in_region(text, sent, cand.target) or _target_place(text, sent, cand.target, places, lex)
                  or (None if _befalls_people(sent, cand, lex) or _side_fought(sent, cand, lex) else _target_town(
                      sent, cand.target, whereabouts, cand.sense.event_type == "ASSAULT"))
                  or _target_site(text, sent, cand.target, whereabouts))
        if target and target.locality:
            return target
    t_start, t_end = sent.spans[cand.first][0], sent.spans[cand.last - 1][1]
    # the place of an event it answers is not its own, even when no other is told ("carried out the attack in
    # retaliation for military operations in Sorro")
    nearby = [p for p in nearby if p.start < t_end or not _told_as_cause(sent, t_end, p.start, _ANSWERED_WORDS)]
    # nor is a country or town a text or a talk is about ("vetoed a resolution on Sudan", "held talks about Moscow's
    # war in Ukraine")
    nearby = [p for p in nearby if not _told_as_topic(sent, p.start, p.end, cand, lex)]
    # a place inside the actor or target is theirs ("sent artillery to Russia"); one reaching past them
    # ("residents of Omboro village in Sefa district protested") is the event's
    parties = [(sent.spans[r[0]][0], sent.spans[r[1] - 1][1]) for r in (cand.actor, cand.target) if r]
    owned = [p for p in nearby if any(s <= p.start and p.end <= e for s, e in parties)]
    nearby = [p for p in nearby if p not in owned]
    if _ranked(sent, cand):
        # "the deadliest militant attack in Britain since 2005": where it is ranked, not where it happened
        nearby = [p for p in nearby if p.end <= t_start or not _after_word(sent, p.start, ("in", "across"))]
    elif names_a_link(sent, cand, lex):
        # "arrested a man in connection with the bombing and raided two addresses in the Fallowfield area": the
        # places of the acts tied to it, unless its own phrase tells one ("the bombing in Manchester")
        nearby = [p for p in nearby if p.start >= t_end and _own_phrase_place(sent, t_end, p.start)]
    # after the trigger, a relative clause still tells where ("fired a mortar which landed in Kibo");
    # a place may begin inside the trigger ("took to the streets of Toro city")
    after = [p for p in nearby if p.start >= t_start and p.end > t_end
             and not _clause_break(sent, t_end, p.start, lex, relatives=False) and not _told_of_someone(sent, t_end, p)]
    if names_a_moment(sent, cand, lex):
        # "Two days after the Kuriga abduction, gunmen kidnapped 15 children in Sokoto state": the clause after the
        # comma tells where its own event happened, not where the one it counts from did
        after = [p for p in after if "," not in _words_between(sent, t_end, p.start)]

    # before the trigger, the first place of its clause: "villagers in A district, B regency … left"
    before = [p for p in nearby if p.end <= t_start and (
        not _clause_break(sent, p.end, t_start, lex) or _sets_relative_clause(sent, p.end)
        or _of_purpose(sent, cand, lex) and p.country) and not _apposed_region(text, p)]
    # a place inside an aside the trigger is outside of is the aside's ("killed five militants (among them a leader
    # known in the Sefa area) in Dalo"): the clause's other places come first
    if "(" in text[sent.start:sent.end]:
        after = _outside_asides(sent, after, t_start)
        before = _outside_asides(sent, before, t_start)
    # where another verb of the clause went is no place of the event ("wounding a flight attendant and forcing the
    # plane to divert to the Dominican Republic", "before fleeing to Mali")
    after = [p for p in after if not _destination_of_another(sent, p, cand) and not _appearance(sent, cand, p.start)
             and not (_left_from(sent, p.start) and not _left_by(sent, cand, p.start))
             and not _went_towards(sent, cand, p.start)]
    before = [p for p in before if not _destination_of_another(sent, p, cand) and not _left_from(sent, p.start)]
    # a place told as the cause of the event is not where it happened ("demonstrated in Dalo in support of the
    # declaration in South Yemen"), unless no other place is told
    cause = [p for p in after if _told_as_cause(sent, t_end, p.start)]
    # the cause's phrase ends at its first place: one a preposition of scene sets after it is the event's
    # ("protested against the war in Syria outside the embassy in Berlin")
    cause = cause[:1] + [p for p in cause[1:] if not _set_after(sent, cause[0].end, p.start)]
    after = [p for p in after if p not in cause]
    if before and _of_purpose(sent, cand, lex):
        cause = []  # ("… to protest against the war in Gaza": not where they were)
    # where a vehicle was bound is no scene, unless no other place is told ("hijacked a flight en route to Istanbul,
    # Turkey, after it departed Ankara": Ankara; "ambushed a bus bound for Quetta in Balochistan": Balochistan)
    bound = [p for p in (*after, *before) if _bound_for(sent, p.start)]
    after = [p for p in after if p not in bound]
    before = [p for p in before if p not in bound]
    cause = cause + bound
    # the route of a journey is no scene when the clause goes on to tell where on it ("attacked a bus traveling from
    # Quetta to Karachi near Hub"), but for the area it crosses ("as they travelled from Dalo to Nuri town in the
    # Sefa area")
    routes = [p for p in after if _route(sent, p)]
    if routes and any(p.locality and p.start >= routes[0].end and _after_word(sent, p.start, _ON_ROUTE) for p in after):
        after = [p for p in after if p not in routes]
    # a place someone comes from is theirs, not the event's, when the clause tells another ("gunmen from Dalo
    # district killed five traders in Nuri", "merchants from the Sefa region as they drove toward Nuri")
    origins = [p for p in (*after, *before) if _told_as_origin(sent, p.start, lex)]
    if origins and any(p.locality and p not in origins for p in (*after, *before)):
        after = [p for p in after if p not in origins]
        before = [p for p in before if p not in origins]
        cause = cause + origins
    elif after and after[0] in origins and _subordinate_subject(sent, t_end, after[0].start):
        # nor when the clause tells no other, where the subject of a clause of time after it comes from ("were killed
        # when armed youths from Lakes state raided cattle camps in Tonj"): the raid's place, which the event shares
        after = after[1:]
    # nor a country people come from, whatever else the clause tells ("Gunmen from Niger attacked a village"): they
    # came across a border; a town or region they come from is where a local act most often was ("a youth mob from
    # Issele-Azagba set ablaze a suspected robber")
    # (not the country an act of leaving left: "withdrawing 300 troops from Saudi Arabia")
    foreign = [p for p in origins if _country(p.text) and (
        _people_from(sent, _phrase_start(sent, p.start), lex) or _came_across(sent, p.start)) and (
            sent.lower[cand.first] not in _LEFT)]
    after = [p for p in after if p not in foreign]
    before = [p for p in before if p not in foreign]
    cause = [p for p in cause if p not in foreign]
    homes = [p for p in origins if _set_out_from(sent, p.start, lex)]
    if homes:
        # "drove 600 miles from his home near Dallas and opened fire inside the store": where he set out from, far
        # from where he struck
        after = [p for p in after if p not in homes]
        before = [p for p in before if p not in homes]
        cause = [p for p in cause if p not in homes]
    # where a speaker or someone set off in commas comes from ("…, said Gurmeet Singh, a farmer from Patiala
    # district", "The man, from the Melbourne suburb of Dandenong, appeared …"): told of them, never of the event
    described = [p for p in (*after, *before, *cause) if _described_origin(sent, t_end, p.start, lex)
                 or _speaking_body(text, p)]
    if described:
        after = [p for p in after if p not in described]
        before = [p for p in before if p not in described]
        cause = [p for p in cause if p not in described]
    held = None if after else _in_targets_clause(sent, cand, places, before)
    if held is not None:
        return held
    site = _site_phrase(text, sent, cand, parties, places, lex) or _trigger_site(text, sent, cand, parties)
    # a locality rather than a site in it: "fired at the Maro border post and at the village of Poros"; a site
    # the locality follows keeps it ("at a checkpoint in Kabul")
    for found in (after, before, cause):
        for place in found:
            if place.locality:
                place = _within(place, nearby)
                return (_site_in(text, sent, site, place) or _site_before(text, sent, place, parties)
                        or _named_at_in(text, sent, cand, lex, place, found is before) or place)
    # a place the trigger's own clause tells ("died in hospital", "at the bus station") before any its
    # context gives
    found = target or (after or before or cause or [site])[0]
    if found is None and cand.target and cand.sense.event_type == "ASSAULT":
        # "drones attacked Crimea", "shelled Hulyaipole", with no other place told
        found = _target_region(sent, cand.target) or _target_bombarded(text, sent, cand, lex)
    if found is None:
        found = _named_after(text, sent, cand, lex, whereabouts)  # "the Manchester bombing", "the Westgate Mall …"
    if found is None:
        # nothing in its own clause: the place of the moment a "while" clause tells ("policemen suffered
        # casualties by a bomb while they were on foot in the Kibo area")
        found = next((p for p in nearby if p.locality and p.start >= t_end and _located(sent, p.start)
                      and not _clause_break(sent, t_end, p.start, lex, relatives=False, moments=True)), None)
    if found is None or found is site and site.start > t_end:
        # "overran the post at Kiria, near the border": a village the gazetteer lacks tells more than a site without
        # a name after it
        found = _named_at(text, sent, cand, lex) or _taken_from(text, sent, cand, lex, whereabouts) or found
    if found is None:
        # nothing else at all: the town of the actor or target ("shot the mayor of Dalo", "rioters in Dalo set
        # fire to a car"), which their event is likelier in than anywhere else; not the place they come from, nor
        # a country they speak for ("the foreign minister of Sorro")
        # a place the target's people live in is where fire from afar struck them ("Russian shelling killed two
        # residents of Toretsk")
        actor = parties[0] if cand.actor else None
        target = parties[-1] if cand.target and _from_afar(sent, cand, lex) else None
        found = next((Party(p.start, p.end, p.text, p.country, p.locality, p.region) for p in owned
                      if p.locality and _of_or_in(sent, p.start, p.end, dwellers=actor is not None
                                                  and actor[0] <= p.start and p.end <= actor[1]
                                                  and cand.sense.event_type == "PROTEST"
                                                  or target is not None and target[0] <= p.start)
                      and not _country(p.text)), None)
    if found is None and cand.target and cand.sense.event_type == "PROTEST":
        # "occupied the main building of the University of Amsterdam": the site they took is where they protested
        found = next((p for p in owned if parties[-1][0] <= p.start and p.end <= parties[-1][1] and p.country
                      and not _country(p.text)), None)
    if site is not None and found is not None and site.start <= found.start and found.end <= site.end:
        found = site  # "at the Maro Street bus station": the station, not the street
    if found is None or found.locality:
        return found
    # a site or landmark keeps the town right after it, though a neighbouring trigger's ("killed in an attack
    # on a checkpoint in Dalo area", "outside the Maro Building on Lenga road in Dalo town")
    town = next((p for p in places.holding_or_after(found.end) if p.start > found.end), None)
    if town is None or not town.locality:
        return found
    # ("at the gate of an African Union base in El Adde": the base in its town, where the gate is)
    return _site_in(text, sent, found, town) or (town if _lies_in(sent, found, town, articled=True) else found)


def _named_at(text: str, sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> geo.Place | None:
    """A name after "at" in the trigger's clause, past the trigger and its object, where nothing else tells a place:
    "attacked soldiers at Malam Fatori", "killed 12 civilians at Kisima" (notes name the village an attack happened
    at without its kind). Not what the trigger is aimed at ("fired at Dalo", "lashed out at Dalo"), nor a name
    that goes on as a modifier ("hurled stones at Military forces"): only a name that closes its phrase, near the
    trigger, and not after a name, whose place of work it tells ("Jeff Bezos at Amazon")."""
    target = (sent.spans[cand.target[0]][0], sent.spans[cand.target[1] - 1][1]) if cand.target else (-1, -1)
    t_end = sent.spans[cand.last - 1][1]
    for k in range(cand.last + 1, min(len(sent.lower) - 1, cand.last + _SITE_REACH)):
        after_name = sent.words[k - 1][:1].isupper() and not sent.words[k - 1].isupper()
        if sent.words[k] != "at" or after_name or _clause_break(sent, t_end, sent.spans[k][0], lex, relatives=False):
            continue
        place = next(iter(geo.find_places(text, sent.spans[k][0], sent.spans[-1][1], bare=_AT)), None)
        if place is None or not place.locality or place.start != sent.spans[k + 1][0] or _country(place.text) or (
                place.start < target[1] and target[0] < place.end):
            continue
        after = bisect_left(sent.spans, (place.end, place.end))
        if after == len(sent.words) or not sent.words[after][:1].isalpha() or sent.lower[after] in _AFTER_NAMED_AT:
            return place
    return None


def _named_at_in(text: str, sent: SentenceTokens, cand: Candidate, lex: Lexicon, place: geo.Place,
                 before: bool) -> geo.Place | None:
    """The name after "at" in the trigger's clause (`_named_at`), in the country of a wider place the clause tells:
    one set after the name as its context ("the army post at Tillia, in western Niger"), or one told before the
    trigger, of its doer most often ("Police in Tanzania dispersed a rally at Mnazi Mmoja"): a village or quarter the
    gazetteer does not know is the more specific place. None when there is no such name."""
    if not before and place.start < sent.spans[cand.last - 1][1]:
        return None
    named = _named_at(text, sent, cand, lex)
    if named is None or not (before or _CONTEXT_AFTER.fullmatch(text, named.end, place.start)):
        return None
    return geo.Place(named.start, named.end, named.text, named.country or place.country, region=place.region)


_CONTEXT_AFTER = re.compile(r",\s+(?:in\s+)?(?:the\s+)?")  # "at Tillia, in western Niger", "at Kona, Mopti region"
_AT = frozenset({"at"})
_TO = frozenset({"to", "into"})
_FROM = frozenset({"from"})
_TAKING = frozenset({"abduct", "arrest"})  # the modes of acts that take people from where they are


def _taken_from(text: str, sent: SentenceTokens, cand: Candidate, lex: Lexicon,
                whereabouts: Whereabouts) -> geo.Place | None:
    """Where people were taken from, where nothing else tells a place: the town after "from" past an abduction's or an
    arrest's trigger and its object ("arrested 27 activists from Gaibandha"), when the gazetteer knows it or an
    administrative context follows it."""
    found = _place_after(text, sent, cand, lex, _FROM) if cand.sense.mode in _TAKING else None
    if found is None:
        return None
    place, name = found
    known = place.text != name or place.country is not None or whereabouts.town(name)
    # (a town, not a site people come from: "detained students from Jawaharlal Nehru University" outside a ministry)
    return place if known and place.locality and not _country(place.text) else None


def _place_after(text: str, sent: SentenceTokens, cand: Candidate, lex: Lexicon,
                 prepositions: frozenset[str]) -> tuple[geo.Place, str] | None:
    """The place right after the first of the prepositions past a trigger and its object, in its clause, with its name
    without the context after it; None when the words after that preposition are no place."""
    t_end = sent.spans[cand.last - 1][1]
    for k in range(cand.last, min(len(sent.lower) - 1, cand.last + _SITE_REACH)):
        if _clause_break(sent, t_end, sent.spans[k][0], lex, relatives=False):
            return None
        if sent.lower[k] not in prepositions:
            continue
        place = next(iter(geo.find_places(text, sent.spans[k][0], sent.spans[-1][1], bare=prepositions)), None)
        first = k + 1 + (sent.lower[k + 1] == "the")
        if place is None or first >= len(sent.spans) or place.start != sent.spans[first][0]:
            return None
        return place, re.split(r"\s*[,(]", place.text, maxsplit=1)[0]
    return None


def _sent_to(text: str, sent: SentenceTokens, cand: Candidate, lex: Lexicon,
             whereabouts: Whereabouts) -> geo.Place | None:
    """Where forces are moved: the name after "to" or "into" past a deployment's trigger and its object ("will send
    1,000 more police to Papua", "deployed troops to Kherson", "the deployment of 500 troops into Rakhine"), when the
    gazetteer knows it as a country, a first-level region or a town large or in a country the article names; "to"
    brings people as often ("sent a message to Kim", "sent troops to Kim's aid"), which no such name is."""
    found = _place_after(text, sent, cand, lex, _TO) if cand.sense.event_type == "MOBILIZE" else None
    if found is None:
        return None
    place, name = found
    after = bisect_left(sent.spans, (place.end, place.end))
    if after < len(sent.words) and sent.words[after][:1].isalpha() and sent.lower[after] not in _AFTER_NAMED_AT:
        return None  # "sent troops to Kherson Oblast's front": a name that goes on as a modifier
    return place if _known_place(name, whereabouts) else None


def _known_place(name: str, whereabouts: Whereabouts) -> bool:
    """Whether the gazetteer knows a name as a country, a first-level region or a town large or in a country the
    article names."""
    return bool(geo.country_code(name) or geo.admin1_countries(name) or whereabouts.town(name))


def _spread_to(text: str, sent: SentenceTokens, cand: Candidate, lex: Lexicon,
               whereabouts: Whereabouts) -> geo.Place | None:
    """Where unrest spread to: the name after "to" past an event noun and a verb of spreading ("Rioting spread to
    Marseille", "the protests have spread to Lyon"), when the gazetteer knows it as a country, a first-level region or
    a town large or in a country the article names: the new scene of the event the noun tells."""
    k = cand.last
    while k < len(sent.lower) and sent.lower[k] in _SPREADING:
        k += 1
    if k == cand.last or k >= len(sent.lower) or sent.lower[k] != "to" or not (
            _SPREADING_VERBS & set(sent.lower[cand.last:k])):
        return None
    found = _place_after(text, sent, cand, lex, _TO)
    if found is None:
        return None
    place, name = found
    return place if _known_place(name, whereabouts) else None


# Words between an event noun and the "to" of where it spread: "spread to", "have quickly spread to".
_SPREADING_VERBS = frozenset({"spread", "spreads", "spreading", "extended", "moved"})
_SPREADING = _SPREADING_VERBS | {"has", "have", "had", "quickly", "soon", "later", "then", "also", "rapidly"}


# Words that may follow a place named after "at" and close its phrase: "at Kisima on Monday", "at Dalo in Sefa", "at
# Mwembe Tayari who refused to leave" (a relative clause of the people there)
_AFTER_NAMED_AT = frozenset({"in", "near", "on", "during", "while", "around", "when", "after", "before", "who",
                             "whom", "whose"})


def _named_after(text: str, sent: SentenceTokens, cand: Candidate, lex: Lexicon,
                 whereabouts: Whereabouts) -> geo.Place | None:
    """The town or site an event noun is named after, between its determiner and itself: "the Manchester bombing",
    "the Christchurch mosque attacks", "the Westgate Mall attack", "at the Cavehill Road bomb". Not an armed group
    or an acronym ("the Hamas attack", "the IRA bombing"), a country, whose government may act ("the US strikes"),
    nor a named day ("the Easter Sunday bombings"). Only for acts done in a place: an attack, a protest, an arrest."""
    if cand.sense.pos != "noun" or cand.sense.event_type not in PLACE_TARGET_TYPES:
        return None  # (not "the Benghazi investigation", "the Iran talks": what they are about)
    j = cand.first
    site = j > 0 and sent.words[j - 1].islower() and geo.is_site_word(sent.lower[j - 1])
    means = j > 0 and sent.words[j - 1].islower() and (sent.lower[j - 1] in _MEANS or sent.lower[j - 1] in _VEHICLES)
    end = j - (site or means)  # the name's end: "Christchurch" of "the Christchurch mosque attacks"
    i = end
    while i > 0 and end - i < _NAME_BEFORE_WORDS and sent.words[i - 1][:1].isupper() and (
            sent.lower[i - 1] not in lex.determiner):
        i -= 1
    if i == end or i == 0 or sent.lower[i - 1] not in lex.determiner:
        return None
    words = sent.words[i:end]
    if any(w.isupper() or lex.in_class(w.lower(), "military") or is_calendar_word(w) for w in words):
        return None
    name = " ".join(words)
    site = site or ends_site_name(sent.lower[end - 1])
    if geo.country_code(name) is not None and not site and geo.best_locality(name, (), _BARE_TOWN_POPULATION) is None:
        return None  # a country, whose strikes these are (but "the Paris attacks", "the Kabul airport bombing")
    town = whereabouts.town(name)  # a town known well enough: not "the McDonald shooting"
    if town is None and geo.is_place_name(name):
        town = next((p for p in geo.localities(name) if p.country == geo.country_code(name)), None)
    country = town.country if town else None
    if country is None and not site:
        return None
    start, stop = sent.spans[i][0], sent.spans[j - 1 - means][1]
    return geo.Place(start, stop, text[start:stop], country, locality=not site)


def _outside_asides(sent: SentenceTokens, places: list[geo.Place], trigger: int) -> list[geo.Place]:
    """The places, those inside a parenthesis that does not hold the trigger's offset last: an aside of its own
    ("(among them a leader known in the Sefa area)"), not a place's context, which its place phrase holds."""
    if not places:
        return places
    asides = []
    opened = None
    for k, w in enumerate(sent.words):
        if w == "(":
            opened = sent.spans[k][0]
        elif w == ")" and opened is not None:
            if not opened < trigger < sent.spans[k][1]:
                asides.append((opened, sent.spans[k][1]))
            opened = None
    inside = [p for p in places if any(s < p.start and p.end <= e for s, e in asides)]
    return [p for p in places if p not in inside] + inside if inside else places


def _site_phrase(text: str, sent: SentenceTokens, cand: Candidate, parties: list[tuple[int, int]],
                 places: Places, lex: Lexicon) -> Site | None:
    """The site the trigger's clause puts the event in, told by a common noun after a locative preposition
    ("was killed in a house", "opened fire at the bus station", "a bomb near the school exploded"): the
    nearest after the trigger, else before it, outside the actor and the target and with no clause boundary
    between; nouns of time are no sites ("in the morning")."""
    words = _site_words()
    t_start, t_end = sent.spans[cand.first][0], sent.spans[cand.last - 1][1]
    n = len(sent.lower)
    ahead = range(cand.last, min(n, cand.last + _SITE_REACH))
    behind = range(cand.first - 1, max(-1, cand.first - 1 - _SITE_REACH), -1)
    if cand.sense.mode == "obstruct" and cand.sense.pos == "verb":
        # "blocked the PA-150 highway": the numbered road a protest blocks is where it stood (a road the gazetteer
        # names, "the Beirut-Saida highway", is read with the other places; "blocked roads" says nothing of where)
        phrase = _site_words_at(sent, cand.last, words, lex.boundaries)
        if phrase is not None and any(_ROAD_NUMBER.fullmatch(w) for w in sent.words[phrase[0]:phrase[1]]):
            start, end = sent.spans[phrase[0]][0], sent.spans[phrase[1]][1]
            return Site(start, end, text[start:end], None, locality=False)
    for k in (*ahead, *behind):
        # "the bombing of the city": a place as the object of an attack noun (not "the demands of the office")
        if not (sent.lower[k] in words.prepositions or sent.lower[k] == "of" and k == cand.last
                and cand.sense.event_type in PLACE_TARGET_TYPES):
            continue
        if sent.lower[k] == "on" and k == cand.last and (cand.sense.pos != "verb" or _street_at(sent, k + 1) is None):
            continue  # "an attack on a school": the target; "marched on Avenida Paulista" is where they marched
        phrase = _site_words_at(sent, k + 1, words, lex.boundaries)
        if phrase is None:
            continue
        if phrase[0] == phrase[1] and k >= 1 and lex.in_class(sent.lower[k - 1], "penalties"):
            continue  # "sentenced him to 40 years in prison", "life in jail": the penalty, not where the court sat
        if sent.lower[phrase[1]].rstrip("s") in _VEHICLES and (k >= 1 and sent.lower[k - 1] in _MOTION or (
                cand.actor is not None and k == cand.actor[1] < cand.first)):
            continue  # "The attackers arrived in two vehicles", "Police in armoured vehicles fired": how they came
        start, end = sent.spans[phrase[0]][0], sent.spans[phrase[1]][1]
        if k >= cand.last:
            if _clause_break(sent, t_end, start, lex, relatives=False):
                continue
        elif end > t_start or _clause_break(sent, end, t_start, lex):
            continue
        if any(s < end and start < e for s, e in parties[:1 if cand.actor else 0]):
            continue  # "gunmen at the gate" as the actor: the party's own place
        if sent.lower[k] == "on" and any(s < end and start < e for s, e in parties):
            continue  # "carried out attacks on the school": the target; "fired at the station" is also the place
        named = next((p for p in places.holding_or_after(start) if p.start < end), None)
        if named is not None and (named.locality or named.start < start or named.end > end):
            continue  # "in the Kibo area of Sefa district": a named place, which the place grammar reads
        # a named site inside the phrase is a part of it ("at the busy Oxford Street bus station")
        return Site(start, end, text[start:end], None, locality=False)
    return None


def _trigger_site(text: str, sent: SentenceTokens, cand: Candidate, parties: list[tuple[int, int]]) -> Site | None:
    """The site the trigger's own words name after a preposition ("are in jail", "held in prison"), or that
    modifies a trigger noun ("house arrest", "the mosque bombing", "a border clash"): where the event is. A
    vehicle before the noun is what it was done with ("a car bomb"), and a site of the actor's or target's
    words is theirs."""
    words = _site_words()
    for k in range(cand.first + 1, cand.last):
        if sent.lower[k] in words.sites and sent.lower[k - 1] in words.prepositions:
            start, end = sent.spans[k]
            return Site(start, end, text[start:end], None, locality=False)
    k = cand.first - 1
    if (cand.sense.pos == "noun" and k >= 0 and sent.lower[k] in words.sites and sent.lower[k] not in _VEHICLES
            and sent.lower[k] not in _ADJECTIVE_SITES
            and sent.words[k].islower() and not (k > 0 and sent.words[k - 1][:1].isupper()
                                                 and sent.lower[k - 1] not in words.determiners)):
        # not a part of a name ("the Pulse nightclub shooting": the place grammar reads the named site)
        start, end = sent.spans[k]
        if not any(s < end and start < e for s, e in parties):
            return Site(start, end, text[start:end], None, locality=False)
    return None


# Verbs of coming and going, after which a vehicle is the means ("arrived in a car", "fled in a truck"), not a place
_MOTION = frozenset({"arrived", "arrive", "arrives", "arriving", "came", "come", "comes", "coming", "fled", "flee",
                     "fleeing", "escaped", "escaping", "travelling", "traveling", "travelled", "traveled", "rode",
                     "riding", "drove", "driving", "sped", "speeding", "left", "leaving", "ran", "run", "runs",
                     "running", "walked", "walking"})
# Site words that before an event noun are adjectives: "charged with capital murder" names no capital
_ADJECTIVE_SITES = frozenset({"capital"})


def _site_words_at(sent: SentenceTokens, j: int, words: _SiteWords, verbs: frozenset[str] = frozenset()
                   ) -> tuple[int, int] | None:
    """The tokens (first, head) of a site phrase starting at token j: an optional determiner, a few
    modifiers and a site noun that closes the noun phrase ("the old bus station", "hospital"). A verb in -ed of
    `verbs` after a noun is the clause's verb, which ends the phrase before any site ("as farmers across the country
    blocked motorways"), though right after the determiner or an adverb it is an adjective ("the bombed hospital",
    "the recently burned market")."""
    n = len(sent.lower)
    first = j
    if j < n and sent.lower[j] in geo.AT_A_COUNT:
        return None  # "set fire to at least 10 vehicles": a count after "at", no site
    determined = j < n and sent.lower[j] in words.determiners
    if determined:
        j += 1
    street = _street_at(sent, j)
    if street is not None:
        return first, street
    named = not determined and j < n and sent.words[j][0].isupper()
    for m in range(j, min(n, j + (_SITE_NAME_WORDS if named else _SITE_MODIFIERS) + 1)):
        w = sent.lower[m]
        if named and w == "." and len(sent.words[m - 1]) == 1 and sent.words[m - 1].isupper():
            continue  # an initial of a name: "at John F. Kennedy International Airport"
        if not sent.is_word(m) or w in words.boundaries or w in words.prepositions or w in words.determiners:
            return None
        if m > j and w in verbs and w.endswith("ed") and not sent.lower[m - 1].endswith("ly"):
            return None
        # without a determiner, a bare site ("in hospital"), a plural ("in villages") or a name ("at Sorro
        # Elementary School"); "in office", "in federal court" are idioms
        opened = determined or w in words.bare or (m > j and sent.words[j][0].isupper())
        nxt = sent.lower[m + 1] if m + 1 < n and sent.is_word(m + 1) else None
        # a verb in -ed closes the noun phrase: "a bomb at the market exploded"
        headed = w in words.sites and opened or w in words.bare and not determined
        if headed and (nxt is None or nxt in words.boundaries or nxt.endswith("ed")):
            return first, m
    return None


# A road's number: "PA-150", "BR-116", "N1", "I-95", "A7"
_ROAD_NUMBER = re.compile(r"[A-Z]{1,3}-?\d{1,4}")
# Lower-case words inside a street's name: "Rua da Consolação", "Calle de los Reyes", "Unter den Linden".
_STREET_PARTICLES = frozenset({"de", "da", "do", "das", "dos", "del", "della", "delle", "di", "du", "des", "la", "le",
                               "las", "los", "el", "y", "e", "von", "van", "der", "den", "the", "of"})
_STREET_WORDS = 6  # the longest name of a street after its opening word ("Avenida Presidente Juscelino Kubitschek")


def _street_at(sent: SentenceTokens, j: int) -> int | None:
    """The last token of a street's or square's name starting at token j, if one does: opened by a word for a
    street in its town's language ("Avenida Brasil", "Rue de la Paix", "Jalan Thamrin"), closed by one in English
    ("Fifth Avenue"), or one word with a street's ending ("Coolsingel", "Friedrichstraße"). No gazetteer holds
    streets, and a named street is where a march or an attack went on in the town the story tells."""
    words = _site_words()
    n = len(sent.lower)
    if j >= n or not sent.is_word(j) or not sent.words[j][:1].isupper():
        return None
    if sent.lower[j] in words.streets:
        last = None
        for m in range(j + 1, min(n, j + 1 + _STREET_WORDS)):
            if sent.is_word(m) and sent.words[m][:1].isupper():
                last = m
            elif not (sent.is_word(m) and sent.lower[m] in _STREET_PARTICLES):
                break
        return last
    m = j
    while m + 1 < n and m - j < _STREET_WORDS and sent.is_word(m + 1) and sent.words[m + 1][:1].isupper():
        m += 1
    if m > j and sent.lower[m] in words.streets:
        return m  # "on Fifth Avenue", "in Pearl Boulevard"
    if m == j and len(sent.lower[j]) > 6 and sent.lower[j].endswith(words.street_ends):
        return j
    return None


def _site_in(text: str, sent: SentenceTokens, site: geo.Place | None, place: geo.Place) -> geo.Place | None:
    """The site and the locality right after it as one place ("at a checkpoint in Kabul", "near the market
    of Dalo"), with the locality's country and region."""
    if site is None or not _lies_in(sent, site, place):
        return None
    return geo.Place(site.start, place.end, text[site.start:place.end], place.country, place.locality, place.region)


def _lies_in(sent: SentenceTokens, site: geo.Place, place: geo.Place, articled: bool = False) -> bool:
    """Whether the words between a site and a locality after it say that the site lies there: a preposition of
    place, after a few words of its owner or street at most ("at the residence of a party leader in Dalo town",
    "outside the Maro Building on Lenga road in Dalo"). `articled`: also across the article of a place named with
    it, which lies in the town it names ("at the gate of an African Union base in El Adde": the base)."""
    if site.end >= place.start:
        return False
    k = bisect_left(sent.spans, (site.end, site.end))
    last = bisect_left(sent.spans, (place.start, place.start)) - 1  # the word just before the locality
    article = last - 1 if articled and last > k and sent.lower[last] in ARTICLES else last
    if not (k <= last <= k + _SITE_CHAIN and sent.lower[k] in _CHAIN_WORDS and sent.lower[article] in _SITE_IN
            and sent.spans[last + 1][0] == place.start):
        return False
    boundaries = _site_words().boundaries
    # (not "at the checkpoint, and later in Dalo", "at the house where he lived in Dalo")
    return not any(not sent.is_word(j) or sent.lower[j] in boundaries and sent.lower[j] not in _CHAIN_WORDS
                   for j in range(k, last))


# Prepositions between a site and the locality it lies in: "a checkpoint in Kabul", "the market of Dalo".
_SITE_IN = frozenset({"in", "near", "of", "outside"})
# Words of the owner or street of a site, between it and its locality: "the residence of a party leader in Dalo",
# "the Maro Building on Lenga road in Dalo"; prepositions that may open them, and how many words they take.
_CHAIN_WORDS = _SITE_IN | {"on", "at", "along"}
_SITE_CHAIN = 6
# Prepositions that make a site a part of another phrase, not the scene: "gunmen from a camp in Dalo".
_NOT_SITE_OF = frozenset({"from", "of", "with", "by", "for", "to", "into", "about", "than", "like", "toward",
                          "towards", "and", "or"})


def _site_before(text: str, sent: SentenceTokens, place: geo.Place, parties: list[tuple[int, int]]) -> geo.Place | None:
    """The site a locality is given for right before it, outside a preposition and the event's actor and target
    ("their posts in Anderstown came under fire"), and the locality, as one place with the locality's country
    and region. A site the actor or target names stays theirs ("attacked a police station in Kibo": the target
    and Kibo), as does one they come from ("gunmen from a camp in Dalo")."""
    k = bisect_left(sent.spans, (place.start, place.start))
    if k < 2 or k >= len(sent.spans) or sent.spans[k][0] != place.start or sent.lower[k - 1] not in _SITE_IN:
        return None
    words = _site_words()
    head = k - 2
    if sent.lower[head] not in words.sites:
        return None
    first = head
    for j in range(head - 1, max(-1, head - 2 - _SITE_MODIFIERS), -1):
        if sent.lower[j] in words.determiners:
            first = j
            break
    if _site_words_at(sent, first, words) != (first, head) or first > 0 and (
            sent.lower[first - 1] in _NOT_SITE_OF or sent.lower[first - 1] in words.prepositions):
        # "gunmen from a camp in Dalo": where they come from; "in the centre of Dalo", "near the mall and the
        # station in Dalo": a phrase the place grammar reads, which keeps the town apart
        return None
    start = sent.spans[first][0]
    if any(s < place.start and start < e for s, e in parties):
        return None
    return geo.Place(start, place.end, text[start:place.end], place.country, place.locality, place.region)


def _in_targets_clause(sent: SentenceTokens, cand: Candidate, places: Places,
                       before: list[geo.Place]) -> geo.Place | None:
    """The town that a clause describing the target places it in ("opened fire on workers protesting over wages in
    the city of Kirkuk", "killed militants who were attacking a market in the town of Tera"), over the wide area
    the subject is told of ("Security forces in northern Iraq"): the target was there when the event befell it."""
    if not cand.target or not before or not _wide(before[0]) or cand.target[1] >= len(sent.lower):
        return None
    after = cand.target[1]
    if not (sent.lower[after] in _TARGETS_RELATIVES or sent.words[after].islower() and sent.lower[after].endswith(
            "ing")):
        return None
    start = sent.spans[after][0]
    last = sent.spans[min(after + _TARGETS_CLAUSE, len(sent.spans) - 1)][1]
    for place in places.holding_or_after(start):
        if place.start > last:
            break
        k = _phrase_start(sent, place.start)
        if place.locality and not _wide(place) and place.country == before[0].country and not (
                _CLAUSE_ENDS.intersection(_words_between(sent, start, place.start))) and not (
                sent.lower[k - 1] in _NOT_WHERE_THEY_WERE):
            return place
    return None


# What opens a clause that describes a target ("workers who were marching"), its words up to the town it names, and
# the marks that end it first
_TARGETS_RELATIVES = frozenset({"who", "which", "that"})
_TARGETS_CLAUSE = 12
_CLAUSE_ENDS = frozenset({",", ";", ".", ":", "(", "and"})
# (not a town they came from or went to: "fighters who had fled from Dalo", "men travelling to Dalo")
_NOT_WHERE_THEY_WERE = frozenset({"from", "to", "toward", "towards", "into", "for"})


def _wide(place: geo.Place) -> bool:
    """Whether a place is an area a town lies in: a region or district by its kind or name, or a country or its part
    named by a bearing ("northern Iraq")."""
    words = place.text.split()
    while len(words) > 1 and geo.is_direction_word(words[0].lower()):
        words = words[1:]
    return _is_area(place) or geo.country_code(" ".join(words)) is not None


def _within(place: geo.Place, nearby: list[geo.Place]) -> geo.Place:
    """The place of the clause that lies in `place`, the more specific one: its context names every name of
    `place` ("protested in Sefa prefecture, beginning in Dalo (Sefa, Kam)" → "Dalo (Sefa, Kam)")."""
    names = geo.place_names(place.text)
    if not names:
        return place
    for other in nearby:
        if other is not place and other.locality and other.start > place.end and names < geo.place_names(other.text):
            return other
    return place


class SpanPlaces:
    """`geo.find_places` of the spans of an article, each span read once in one pass of the events rules: the
    sentences before an event are read again for the place they name (`Settings`), most of them events' own
    sentences already."""

    def __init__(self, doc: Doc):
        self._doc = doc
        self._found: dict[tuple[int, int], list[geo.Place]] = {}

    def of(self, start: int, end: int, sent: SentenceTokens | None = None) -> list[geo.Place]:
        """The places of doc.text[start:end]; `sent`: the span's tokens, when the caller has them. Callers do
        not change the list."""
        places = self._found.get((start, end))
        if places is None:
            text = self._doc.text
            if sent is None:
                places = geo.find_places(text, start, end)
            else:
                span = text[start:end]
                # the article's lower-case words are each word's `.lower()` but where a capital sigma (lowered
                # by what follows it) or a dotted capital I (which `text.lower` keeps as it is) stands
                lower = sent.lower if "Σ" not in span and "İ" not in span else None
                places = geo.find_places(text, start, end, sent.spans, sent.words, lower)
            self._found[(start, end)] = places
        return places


class Places:
    """The places of a sentence, in text order and apart (as geo finds them), with their starts to bisect:
    a sentence of many triggers and places looks up only the places near each trigger."""

    def __init__(self, places: list[geo.Place]):
        self.places = places
        self.starts = [p.start for p in places]

    def within(self, start: int, end: int) -> list[geo.Place]:
        out = []
        for k in range(bisect_left(self.starts, start), len(self.places)):
            if self.starts[k] >= end:
                break
            if self.places[k].end <= end:
                out.append(self.places[k])
        return out

    def starting_at(self, start: int) -> geo.Place | None:
        k = bisect_left(self.starts, start)
        return self.places[k] if k < len(self.places) and self.starts[k] == start else None

    def holding_or_after(self, start: int) -> Iterator[geo.Place]:
        """The place holding `start`, if any, then those after it."""
        for k in range(max(0, bisect_right(self.starts, start) - 1), len(self.places)):
            yield self.places[k]


# Nouns of who committed a crime, which a place before them tells the crime's scene of ("the Parkland school shooter")
_PERPETRATORS = frozenset({"shooter", "shooters", "bomber", "bombers", "gunman", "gunmen", "killer", "killers",
                           "attacker", "attackers", "hijacker", "hijackers", "plotter", "plotters", "assassin"})


def _target_place(text: str, sent: SentenceTokens, target: tuple[int, int], places: Places,
                  lex: Lexicon) -> geo.Place | None:
    """The target as a place: found as one ("attacked Dalo (Sefa LGA, Kam)"), or a bare name that
    lies in a place ("shelled Kiriba in Tessal")."""
    start = sent.spans[target[0]][0]
    found = places.starting_at(start)
    if found is not None:
        after = bisect_left(sent.spans, (found.end, found.end))
        if after < target[1] and sent.lower[after] in _PERPETRATORS:
            return None  # "sentenced Parkland school shooter Nikolas Cruz": where his crime was, not the court
        return _joined_in_context(text, sent, found, places) or found
    if target[1] - target[0] > 1:
        # "shelled the Dalo and Nuri districts of Sefa oblast", "the Sefa border communities of Dalo and Nuri": a
        # place that closes the target's phrase after its determiner or modifiers
        end = sent.spans[target[1] - 1][1]
        for place in places.within(start, end):
            if place.end == end and (place.locality or any(w in _PLURAL_KINDS for w in place.text.lower().split())):
                k = bisect_left(sent.spans, (place.start, place.start))
                if not any(sent.lower[j] in _OWNERS and not (sent.lower[j] == "of" and (geo.is_direction_word(
                        sent.lower[j - 1]) or sent.lower[j - 1] in _SURROUNDINGS or geo.is_locality_word(
                        sent.lower[j - 1]))) for j in range(target[0], k)):
                    # "the mayor of Dalo": a person's town; "al-Sura south of Dalo": a bearing; "the outskirts of
                    # Dalo", "the village of Dalo": the place itself
                    return place
    listed = _listed_target(text, sent, target, places)
    if listed is not None:
        return listed
    k = _around(sent, target[1])
    particles = geo.name_particles()  # "shelled Qabr al Sorro in Tessal"
    if not all(sent.words[j][0].isupper() or sent.lower[j] == "and" or (
            sent.lower[j] in particles and target[0] < j < target[1] - 1) for j in range(*target)) or k + 1 >= len(
            sent.lower) or sent.lower[k] not in {"in", "near", "("}:
        return None
    if target[1] - target[0] > 1 and is_first_name(sent.words[target[0]]) and not geo.localities(
            text[start:sent.spans[target[1] - 1][1]]):
        return None  # "shot dead Ahmed Musa in Kano": a person in the town, no village of it (but "Santa Rosa")
    before = target[0] - 1
    while before > 0 and sent.lower[before] in lex.determiner:
        before -= 1
    if before >= 0 and sent.lower[before] == "with" or any(
            lex.in_class(sent.lower[target[1] - 1], c) for c in _GROUP_CLASSES) or _demonym(sent.words[target[1] - 1]):
        return None  # "clashed with the Tiger Brigade near …", "attacked the Sinaloa Cartel in …", "attacked
        # Palestinians in Hebron": a party
    if sent.lower[k] == "(":
        found = _target_with_context(text, sent, target, k)
        k = _other_name(sent, k)
        if found is not None or k is None:
            return found
    after = sent.spans[k + 1][0]
    for place in places.holding_or_after(after):
        if after <= place.start <= after + 24 and not _clause_break(sent, after, place.start, lex) or (
                place.start <= after < place.end):
            return geo.Place(start, place.end, text[start:place.end], place.country, region=place.region)
        if place.start > after + 24:
            break
    return None


def _other_name(sent: SentenceTokens, k: int) -> int | None:
    """The "in" or "near" after a bracket at token k that holds another name of the target, not its context nor an
    acronym: "shelled Stepanakert (Khankendi) in Nagorno-Karabakh"; None for any other bracket."""
    close = k + 2
    if not (close + 2 < len(sent.lower) and sent.words[close] == ")" and sent.lower[close + 1] in {"in", "near"}):
        return None
    name = sent.words[k + 1]
    return close + 1 if name[:1].isupper() and not name.isupper() and not _demonym(name) else None


def _demonym(word: str) -> bool:
    """Whether a capitalised word names a country's people ("Palestinians", "Syrians"), no place of its own."""
    return geo.country_code(word) is not None and not geo.is_place_name(word)


# Word classes of the head of a target that names a party, not a place ("the Sinaloa Cartel", "the Tiger Brigade")
_GROUP_CLASSES = ("agents", "people", "troops", "armed_attackers")
# Words of the places around a target, after "and": "shelled Dalo and nearby villages in Sefa district".
_AROUND = frozenset({"its", "surrounding", "nearby", "neighbouring", "neighboring", "adjacent", "adjoining"})
# How many tokens the administrative context of a target may hold in brackets: "(Sefa, Kam)", "(Dalo, Sefa, Kam)".
_CONTEXT_TOKENS = 8


def _around(sent: SentenceTokens, k: int) -> int:
    """The token after the places around a target that "and" adds at token k ("and nearby villages", "and the
    surrounding areas", "and its vicinity"), else k."""
    n = len(sent.lower)
    if not (k + 2 < n and sent.lower[k] == "and"):
        return k
    j = k + 1 + (sent.lower[k + 1] == "the")
    if not (j < n and sent.lower[j] in _AROUND):
        return k
    j += 1
    while j < n and sent.words[j].islower() and (sent.lower[j] in _AROUND or geo.is_locality_word(sent.lower[j])
                                                 or sent.lower[j] in _SURROUNDINGS):
        j += 1
    return j


_SURROUNDINGS = frozenset({"vicinity", "environs", "outskirts", "surroundings", "periphery"})


def _target_with_context(text: str, sent: SentenceTokens, target: tuple[int, int], k: int) -> geo.Place | None:
    """A target of names that the administrative context in brackets at token k places, alone or with the places
    around it ("shelled Dalo and Nuri (Sefa, Kam)", "shelled Dalo and nearby villages (Sefa, Kam)"): the target and
    its context, with the context's country; None when the brackets hold anything but names."""
    start = sent.spans[target[0]][0]
    close = next((j for j in range(k + 1, min(len(sent.lower), k + _CONTEXT_TOKENS + 1)) if sent.words[j] == ")"),
                 None)
    if close is None or close == k + 1 or not all(sent.words[j][:1].isupper() or sent.words[j] == ","
                                                  for j in range(k + 1, close)):
        return None
    inner = text[sent.spans[k + 1][0]:sent.spans[close - 1][1]]
    if inner.isupper() or "," not in inner and geo.place_country(inner) is None:
        return None  # "attacked Boko Haram (JAS)": the party's acronym, no place
    end = sent.spans[close][1]
    return geo.Place(start, end, text[start:end], geo.place_country(text[start:end]))


# Kinds of first-level region that may close a target's region after a comma: "shelled Dalo, Sefa oblast".
_TARGET_REGION_KINDS = frozenset({"oblast", "province", "region", "state", "governorate", "prefecture", "department",
                                  "county"})
_CLOSING_MARKS = frozenset({",", ".", ";", ":", ")"})


def _apposed_region(text: str, place: geo.Place) -> bool:
    """Whether a place is the region a name before it lies in, after a comma ("shelled Nikopol, Dnipropetrovsk oblast,
    killing a man"): the name's, no place of its own for the acts after it."""
    before = text[max(0, place.start - 2):place.start]
    k = place.start - 3
    return (before == ", " and k >= 0 and text[k].isalpha() and place.text.split()[-1].lower() in _TARGET_REGION_KINDS
            and text[place.end:place.end + 1] in _CLOSING_MARKS)


def _target_in_region(text: str, sent: SentenceTokens, target: tuple[int, int]) -> geo.Place | None:
    """A target that is a bare name with the first-level region or the country it lies in after a comma ("shelled
    Dalo, Sefa oblast, with artillery", "shelled Dalo, Kharkiv.", "attacked Palma, Mozambique"): the name, with its
    region's country and the region kept as the place's `region`, as a place phrase closing with one does. Only a
    region the gazetteer knows as one."""
    k = target[1]
    n = len(sent.lower)
    particles = geo.name_particles()  # "attacked Mocimboa da Praia, Mozambique"
    if k + 1 >= n or sent.lower[k] != "," or not sent.words[k + 1][:1].isupper() or not all(
            sent.words[j][:1].isupper() or target[0] < j < target[1] - 1 and sent.lower[j] in particles
            for j in range(*target)):
        return None
    j = k + 1
    while j < n and sent.words[j][:1].isupper() and j - k <= 3:
        j += 1
    named = j
    while j < n and sent.lower[j] in _TARGET_REGION_KINDS:
        j += 1
    if j < n and sent.words[j] not in _CLOSING_MARKS:
        return None
    region = " ".join(sent.words[k + 1:named])
    start, end = sent.spans[target[0]][0], sent.spans[target[1] - 1][1]
    if admin1_named([region], None) is None:
        listed = j + 1 < n and sent.words[j] == "," and sent.words[j + 1][:1].isupper()  # "Virginia, Georgia, Texas"
        if named == j and not listed and geo.is_place_name(region) and (
                geo.country_code(region) == geo.place_country(region)):
            return geo.Place(start, end, text[start:end], geo.country_code(region))  # the country it lies in
        country = _closing_country(sent, j + 1) if listed and named == j else None
        if country is not None and geo.country_code(text[start:end]) is None and geo.country_code(region) is None:
            # "attacked Solhan, Yagha, Burkina Faso": a town and a province no gazetteer knows, in the country that
            # closes the phrase
            return geo.Place(start, end, text[start:end], country)
        return None
    country = geo.place_country(text[start:sent.spans[j - 1][1]])
    closing = _closing_country(sent, j + 1) if j + 1 < n and sent.words[j] == "," else None
    if closing is not None and closing != country and admin1_named([region], closing) is None:
        # "attacked Mbau, Beni, Democratic Republic of the Congo": the country that closes the phrase tells whose
        # region of the name it is (not Bolivia's Beni)
        return geo.Place(start, end, text[start:end], closing)
    return geo.Place(start, end, text[start:end], country, region=text[sent.spans[k + 1][0]:sent.spans[j - 1][1]])


def _closing_country(sent: SentenceTokens, k: int) -> str | None:
    """The code of the country whose name opens at token k and closes a place phrase ("…, Burkina Faso.", "…,
    Democratic Republic of the Congo, on Monday"), else None."""
    n = len(sent.lower)
    j = k
    while j < n and j - k < COUNTRY_NAME_WORDS and (sent.words[j][:1].isupper() or sent.lower[j] in _COUNTRY_PARTICLES):
        j += 1
    if j == k or j < n and sent.words[j] not in _CLOSING_MARKS:
        return None
    return geo.country_code(" ".join(sent.words[k:j]))


_COUNTRY_PARTICLES = frozenset({"of", "the", "and"})


# Prepositions that make a place at the end of a target the town of a person or thing the target names ("the director
# of the Sefa district office", "3 residents of Dalo"), not the target itself.
_OWNERS = frozenset({"of", "in", "at", "from", "for", "with", "by", "on", "to", "near"})
# How many names a list of targets may run over before the place phrase that closes it.
_LISTED_TARGETS = 6


def _joined_in_context(text: str, sent: SentenceTokens, place: geo.Place, places: Places) -> geo.Place | None:
    """A place without a context of its own and the place joined to it by "and" that has one, which places both
    ("shelled Dalo city and Nuri community (Sefa, Kam)"): one phrase, with the second's country and region; None
    for any other."""
    if _CONTEXT_MARKS & set(place.text):
        return None
    k = bisect_left(sent.spans, (place.end, place.end))
    if not (k + 1 < len(sent.lower) and sent.lower[k] == "and"):
        return None
    joined = places.starting_at(sent.spans[k + 1][0])
    if joined is None or not joined.locality or "(" not in joined.text:
        return None
    return geo.Place(place.start, joined.end, text[place.start:joined.end], joined.country, True, joined.region)


def _listed_target(text: str, sent: SentenceTokens, target: tuple[int, int], places: Places) -> geo.Place | None:
    """A target that opens a list of names whose last is a place phrase with its context ("shelled Dalo, Nuri and
    Kibo (Sefa)"): the whole list, with the country and region of the place that closes it. None for any other."""
    n = len(sent.lower)
    j = target[1]
    if not (j + 1 < n and sent.lower[j] in {",", "and"} and all(
            sent.words[k][:1].isupper() for k in range(*target))):
        return None
    start = sent.spans[target[0]][0]
    for _ in range(_LISTED_TARGETS):
        if not (j + 1 < n and sent.lower[j] in {",", "and"}):
            return None
        j += 1 + (sent.lower[j] == "," and sent.lower[j + 1] == "and")
        if j >= n or not sent.words[j][:1].isupper():
            return None
        found = places.starting_at(sent.spans[j][0])
        if found is not None:
            return geo.Place(start, found.end, text[start:found.end], found.country, found.locality, found.region)
        while j < n and sent.words[j][:1].isupper():
            j += 1
    return None


def _target_town(sent: SentenceTokens, target: tuple[int, int], whereabouts: Whereabouts,
                 assault: bool = False) -> geo.Place | None:
    """A target that is the bare name of a town or city ("shelled Kharkiv", "stormed Goma"); a capital only as what
    an attack hits (`assault`: "drones attacked Kyiv"), as elsewhere it stands for its government ("pressured
    Kyiv")."""
    first = target[0] + (target[1] - target[0] > 1 and geo.is_direction_word(sent.lower[target[0]]) and not (
        target[0] > 0 and sent.lower[target[0] - 1] in _SETTINGS))
    if not all(sent.words[k][:1].isupper() for k in range(first, target[1])):
        return None  # (past a bearing: "hit eastern Khartoum" is in Khartoum)
    if sent.lower[target[1] - 1].endswith(("'s", "’s")):
        return None  # "President Kennedy's assassination": whom it befell, named in the possessive, no town
    start, end = sent.spans[first][0], sent.spans[target[1] - 1][1]
    name = " ".join(sent.words[first:target[1]])
    town = whereabouts.town(name)
    if town is None and assault and geo.is_place_name(name):
        code = geo.country_code(name)
        town = next((p for p in geo.localities(name) if p.country == code), None)
    return geo.Place(start, end, name, town.country) if town and len(name) == end - start else None


def _side_fought(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether the target is the other side of a fight ("Israel clashed with Hamas in Gaza", "Israel and Hamas
    clashed"), or an armed force by its word ("attacked Hamas"): a party, whatever town bears its name."""
    return sent.lower[cand.first] in FIGHTING_EACH_OTHER or any(
        lex.in_class(sent.lower[k], "military") for k in range(*cand.target))


def _befalls_people(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether the trigger tells of what only befalls people ("Moro was killed", "abducted Aldo Moro", "his
    arrest"): a name it takes is a person's, whatever town bears it (but "shelled Kharkiv", "attacked Goma")."""
    word = sent.lower[cand.last - 1]
    return lex.in_class(word, "casualties") or lex.in_class(word, "undergone") or word.startswith(_BEFALLING)


# Verbs of acts done to a person, by their stems: "abducted", "kidnapped", "executed", "assassinated", "arrested".
_BEFALLING = ("abduct", "kidnap", "execut", "assassinat", "arrest", "detain", "murder", "behead", "stabb", "tortur")


# Prepositions whose phrase is a setting: a bearing and a name after them are no target named bare ("towns in
# north-western Idleb, killed by gunmen": a place phrase read back as a passive's subject)
_SETTINGS = frozenset({"in", "at", "near", "of", "from", "across", "around", "outside", "inside"})


# Modes of attacks made from afar, which strike people where they are: "shelling killed two residents of Toretsk".
_FROM_AFAR = frozenset({"heavy-weapons", "aerial", "drone"})


def _from_afar(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether the event is an attack made from afar, told by its trigger ("shelled", "an airstrike") or by the
    weapon just before it ("Russian shelling killed", "a drone strike wounded")."""
    return cand.sense.mode in _FROM_AFAR or lex.any_in_class(
        sent.lower[max(0, cand.first - _CONTEXT_TOKENS):cand.first], "strike_means")

# Verbs of the attacks on places rather than on people: made from afar ("shelled", "airstruck", "bombed"; not "fired
# at", which news also says of words), or by entering them ("raided", "stormed", "overran", "invaded").
_BOMBARDMENTS = ("shell", "bombard", "bomb", "airstr", "air-str", "pound", "raid", "storm", "overr", "invad", "besieg")
# Words that join the names of a target's places: "shelled Vuhledar and Pavlivka", "raided Dalo, Nuri and Kibo".
_NAME_LIST_JOINERS = frozenset({"and", ","})
# Pronouns, capitalised at the start of a sentence as a passive's subject ("They were raided", "It was shelled"): no
# place's name.
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "you", "i", "this", "these", "those", "that"})


def _target_bombarded(text: str, sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> geo.Place | None:
    """The target of an attack on places that is a bare name the gazetteer does not know, or a list of them
    ("shelled Hulyaipole", "airstruck Pazigyi", "raided Gidan Bakuso", "shelled Vuhledar and Pavlivka"): a place,
    where nothing else is told; not an acronym, a people or a party ("shelled Palestinians", "bombed Hamas
    positions" names its positions, "airstruck KIA")."""
    first, last = cand.target
    if cand.sense.pos != "verb" or cand.last - cand.first != 1 or not (
            sent.lower[cand.first].startswith(_BOMBARDMENTS)) or sent.lower[last - 1] in _NAME_LIST_JOINERS:
        return None
    particles = geo.name_particles()  # "raided Qabr al Sorro"
    for k in range(first, last):
        word = sent.words[k]
        if sent.lower[k] in _NAME_LIST_JOINERS and k > first or sent.lower[k] in particles and first < k < last - 1:
            continue
        if not word[:1].isupper() or word.isupper() or sent.lower[k] in _PRONOUNS or _demonym(word) or any(
                lex.in_class(sent.lower[k], c) for c in (*_GROUP_CLASSES, "military")) or geo.country_code(word):
            return None
    start, end = sent.spans[first][0], sent.spans[last - 1][1]
    return geo.Place(start, end, text[start:end], None)


_SITE_KIND_WORDS = 3  # lower-case words of a site's kind after its town ("Kharkiv regional administration building")
_GENERIC_REGIONS = frozenset({"centre", "center", "capital", "coast", "littoral", "interior", "south", "north"})


def _target_region(sent: SentenceTokens, target: tuple[int, int]) -> geo.Place | None:
    """A target that is the bare name of a first-level region ("drones attacked Crimea") or a country's part named by
    its bearing ("militants attacked southern Israel"): where an attack on it happened, when nothing more precise is
    told."""
    start, end = sent.spans[target[0]][0], sent.spans[target[1] - 1][1]
    if target[1] - target[0] > 1 and geo.is_direction_word(sent.lower[target[0]]) and all(
            sent.words[k][:1].isupper() for k in range(target[0] + 1, target[1])):
        name, country = " ".join(sent.words[target[0]:target[1]]), " ".join(sent.words[target[0] + 1:target[1]])
        code = geo.country_code(country) if geo.is_place_name(country) else None
        return geo.Place(start, end, name, code) if code and len(name) == end - start else None
    if not all(sent.words[k][:1].isupper() for k in range(*target)):
        return None
    name = " ".join(sent.words[target[0]:target[1]])
    if len(name) != end - start or geo.is_direction_word(name.lower()) or name.lower() in _GENERIC_REGIONS:
        return None  # "fight the West", "the Centre": a bearing or a word, whatever region bears it as its name
    if is_abbreviation(name) and sent.words[target[1]:target[1] + 1] != ["."]:
        return None  # "attacked Mass": no state without its period
    country = geo.place_country(name)
    return geo.Place(start, end, name, country) if country and admin1_named([name], None) else None


def _target_site(text: str, sent: SentenceTokens, target: tuple[int, int], whereabouts: Whereabouts) -> Site | None:
    """A target that is a site named after its town ("targeted Hama Airbase", "stormed the Dalo Prison", "shelled
    Kharkiv railway station"): where the event happened, in the town's country when the gazetteer knows the name (it
    must, when the site's kind is in lower case)."""
    first = target[0] + (sent.lower[target[0]] == "the")
    last = next((k for k in range(first + 1, target[1]) if sent.lower[k] == "of"), target[1])
    target = (target[0], last)  # "stormed the Paris offices of the newspaper": the site, whose it is aside
    words = sent.words[first:last]
    if len(words) < 2 or not geo.is_site_word(words[-1].lower()):
        return None
    named = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
    if named == len(words):
        named -= 1  # "Hama Airbase": the town and the site's capitalised kind
    elif not (named and len(words) - named <= _SITE_KIND_WORDS and all(w.islower() for w in words[named:])):
        return None
    start, end = sent.spans[first][0], sent.spans[target[1] - 1][1]
    town = whereabouts.town(" ".join(words[:named]))
    if town is None and named < len(words) - 1:
        return None  # "shelled Dalo railway station": only the name of a town the gazetteer knows
    return Site(start, end, text[start:end], town.country if town else None, locality=False)


def opening_place(sent: SentenceTokens, first_trigger: int, places: list[geo.Place],
                  dates: list[DateMention]) -> geo.Place | None:
    """A place that opens the sentence, before any trigger and set off by a comma ("On 3 June 2021, in
    Tessal municipality, Wadai, a man …"): like an opening date, it is the setting of every event."""
    opening = []
    for place in places:
        if place.end > first_trigger:
            break
        k = bisect_left(sent.spans, (place.end, place.end))
        if k >= len(sent.words) or sent.words[k] != ",":
            continue
        before = range(bisect_left(sent.spans, (opening[-1].end if opening else sent.start,) * 2),
                       bisect_left(sent.spans, (place.start, place.start)))
        if any(sent.is_word(j) and sent.lower[j] not in OPENING_WORDS
               and not any(d.start <= sent.spans[j][0] and sent.spans[j][1] <= d.end for d in dates) for j in before):
            break
        opening.append(place)
    # "near the Maro bridge, at Kibo village, …": the locality rather than the landmark
    return next((p for p in opening if p.locality), opening[0] if opening else None)


# Prepositions whose event noun names the moment another event is counted from ("after the abduction")
_MOMENT_PREPOSITIONS = frozenset({"after", "before", "since", "following", "until"})
_MOMENT_REACH = 4  # words between such a preposition and its noun ("after the Kuriga school abduction")
_INTERVAL_WORDS = frozenset({"a", "an", "shortly", "just", "only", "soon", "some", "several", "few", "barely"})
_INTERVAL_REACH = 3  # words of the interval before the preposition ("Only two days after")


def names_a_moment(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an event noun stands in a phrase of time that opens its sentence, before the comma that closes it
    ("Two days after the Kuriga abduction, gunmen kidnapped …", "Since the coup, …"): the moment the sentence counts
    from, not its event. Within the clause, "following" or "after" often tells the cause of the same incident ("were
    wounded following an attack by militants in Qadis district"): no moment apart."""
    if cand.sense.pos != "noun" or "," not in sent.lower[cand.last:]:
        return False
    for k in range(cand.first - 1, max(-1, cand.first - 1 - _MOMENT_REACH), -1):
        w = sent.lower[k]
        if w in _MOMENT_PREPOSITIONS:
            return k <= _INTERVAL_REACH and all(
                is_numeral(v) or v in lex.time or v in _INTERVAL_WORDS for v in sent.lower[:k])
        if not sent.is_word(k) or w in lex.stop or w in lex.be or w in lex.clause:
            return False
    return False


# Words before an event noun that tie another act to it ("arrested a man in connection with the bombing"): the noun
# names an event told before, not one set where that act was
_LINKS = (("in", "connection", "with"), ("linked", "to"), ("related", "to"), ("connected", "to"))


def names_a_link(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a definite event noun is what another act is tied to ("in connection with the bombing", "charges
    linked to the attack"): it takes no place of that act's clause."""
    if cand.sense.pos != "noun":
        return False
    k = cand.first - 1
    while k >= 0 and cand.first - k <= _MOMENT_REACH and sent.lower[k] not in ("the", "this", "that", "these",
                                                                                "those", "last", "its", "their"):
        if not sent.is_word(k) or sent.lower[k] in lex.stop:
            return False
        k -= 1
    if k < 1:
        return False
    words = tuple(sent.lower[max(0, k - 3):k])
    return any(words[-len(link):] == link for link in _LINKS)


def _own_phrase_place(sent: SentenceTokens, start: int, end: int) -> bool:
    """Whether a place right after an event noun is in its own phrase: one preposition of place between, nothing else
    ("the bombing in Manchester", "the attack at the arena")."""
    words = _words_between(sent, start, end)
    return 1 <= len(words) <= 2 and words[0] in ("in", "at", "near", "on") and all(w.isalpha() for w in words)


_RANKING = frozenset({"deadliest", "worst", "bloodiest", "biggest", "largest", "heaviest", "fiercest", "costliest"})


def _after_word(sent: SentenceTokens, start: int, words: tuple[str, ...]) -> bool:
    """Whether the token before offset `start` is one of `words`."""
    k = bisect_left(sent.spans, (start, start))
    return k > 0 and sent.lower[k - 1] in words


def _ranked(sent: SentenceTokens, cand: Candidate) -> bool:
    """Whether an event noun is ranked by a superlative in its phrase ("the deadliest militant attack"), whose place
    phrase after it ("in Britain") is the field of the ranking."""
    if cand.sense.pos != "noun":
        return False
    for k in range(cand.first - 1, max(-1, cand.first - 1 - _MOMENT_REACH), -1):
        if sent.lower[k] in _RANKING:
            return True
        if not sent.is_word(k) or sent.lower[k] in ("the", "a", "an"):
            return False
    return False


_PERSONAL_RELATIVES = frozenset({"who", "whom", "whose"})


def _told_of_someone(sent: SentenceTokens, t_end: int, place: geo.Place) -> bool:
    """Whether a place after the trigger lies in an aside about a person, set off by commas and told by "who"
    ("arrested a businessman, who had returned from Uganda last week, at his home", "arrested the man, a Syrian
    national who has lived in Germany since 2016, at the scene"): where the person lived or came from, not where
    the act was."""
    between = _words_between(sent, t_end, place.start)
    if "," not in between:
        return False
    aside = between[len(between) - between[::-1].index(","):]
    closing = bisect_left(sent.spans, (place.end, place.end))
    return not _PERSONAL_RELATIVES.isdisjoint(aside) and "," in sent.lower[closing:]


def _words_between(sent: SentenceTokens, start: int, end: int) -> list[str]:
    """The lower-case tokens of the sentence between two offsets."""
    return sent.lower[bisect_left(sent.spans, (start, start)):bisect_left(sent.spans, (end, end))]


def _clause_break(sent: SentenceTokens, start: int, end: int, lex: Lexicon, relatives: bool = True,
                  moments: bool = False) -> bool:
    """Whether a clause boundary or a reporting verb lies between two offsets of the sentence. A passive
    reporting verb ("fire was reported in Dalo") introduces no other clause, and a clause set off by
    commas ("a blast, the cause of which is unknown, hit Nuri") is closed again. `moments`: a clause of the
    moment whose subject is a pronoun for the event's own people ("while they were on patrol") is no boundary
    either; one with a subject of its own ("while his brother was at home") is."""
    lo = bisect_left(sent.spans, (start, start))
    hi = bisect_left(sent.spans, (end, end))
    words = sent.lower[lo:hi]
    for k, w in enumerate(words):
        if w == "then" and k > 0 and words[k - 1] in (",", "and") and "," not in words[k + 1:]:
            # "attacked the Al Noor mosque, …, then drove to a second mosque in Linwood": a step of its own (but
            # "shot three soldiers, and then went to join the Taliban, in Kunduz district": the setting of both)
            return True
        if not relatives and w in RELATIVE_PRONOUNS:
            continue
        if w in _REDUCED_CLAUSE_OPENERS and (_reduced(sent, lo + k + 1) or moments and (
                sent.lower[lo + k + 1:lo + k + 2] and sent.lower[lo + k + 1] in _PARTY_PRONOUNS)):
            continue  # "was killed while on patrol in Dalo", "shot while shopping in Dalo": the same moment
        if w in lex.clause or (w in lex.reporting and not (lo + k > 0 and sent.lower[lo + k - 1] in lex.be)
                               and not _raising(sent, lo + k) and sent.words[lo + k].islower()):
            # (a reporting verb in lower case: "the United States Embassy in Kabul" names no statement)
            if "," not in words[k + 1:] or "," not in words[:k]:
                return True
    return False


def _country(name: str) -> bool:
    """Whether a place's name is a country's ("Sorro", "the Republic of Sorro"), not a town's or a capital's."""
    code = geo.country_code(name)
    return code is not None and not geo.localities(name)


def _of_or_in(sent: SentenceTokens, start: int, end: int, dwellers: bool = False) -> bool:
    """Whether "of" or "in" introduces the place at `start` ("the mayor of Dalo", "rioters in the Kibo area"); the
    place people live in is not told as where anything happened to them ("three residents of Dalo were hurt"), but
    where they protest when they are the protest's actor (`dwellers`: "residents of Dalo protested", and as notes
    put it as often, "Dalo residents protested", the place before them)."""
    after = bisect_left(sent.spans, (end, end))
    if dwellers and after < len(sent.lower) and sent.lower[after] in _DWELLERS:
        return True
    k = _phrase_start(sent, start)
    return k > 0 and (sent.lower[k - 1] == "in" or sent.lower[k - 1] == "of" and (
        dwellers or k < 2 or sent.lower[k - 2] not in _DWELLERS))


_NATIONALITY = re.compile(r"\b(?:citizens?|nationals?|natives?)\s+of\s+(?:the\s+)?$")
_NATIONALITY_CHARS = 20  # characters before a country that hold "citizens of the"


def _nationality(doc: Doc, place: geo.Place) -> bool:
    """Whether a country is named as people's nationality ("The dead included citizens of Britain, Poland and
    Australia"): where they come from, not where anything happened."""
    return _country(place.text.split(",")[0]) and _NATIONALITY.search(
        doc.lowered, max(0, place.start - _NATIONALITY_CHARS), place.start) is not None


# People named by where they live: "residents of Dalo" may have been hurt anywhere.
_DWELLERS = frozenset({"resident", "residents", "inhabitant", "inhabitants", "villager", "villagers", "native",
                       "natives", "citizen", "citizens", "people", "local", "locals", "population", "townspeople"})


def names_area(phrase: str) -> bool:
    """Whether a place phrase names an administrative area larger than a town by its kind ("Pakistan's Kurram
    district", "the department of Cauca"), in which a town may lie."""
    return _is_area(geo.Place(0, len(phrase), phrase.split(",", 1)[0], None), named=False)


def _is_area(place: geo.Place, named: bool = True) -> bool:
    """Whether a place phrase names an administrative area larger than a town by its kind ("the Bakool region", "Cabo
    Delgado province", "the department of Cauca") or, with `named`, by a region's name alone ("Cabo Delgado"), in
    which a town may lie."""
    words = place.text.split()
    if words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    return words[-1].lower() in _AREA_KINDS or len(words) > 2 and words[0].lower() in _AREA_KINDS and (
        words[1] == "of") or named and subdivision_countries().get(lookup_key(place.text)) is not None


def _placed_in(place: geo.Place, region: geo.Place) -> bool:
    """Whether a place phrase names the region of another phrase as where it lies ("Hudur town (Hudur, Bakool)" in
    "the Bakool region"): the region's capitalised words, all of them, after the place's first word."""
    names = [w for w in region.text.split() if w[:1].isupper()]
    later = place.text.split()[1:]
    return bool(names) and all(n in later or f"{n})" in later or f"{n}," in later for n in names)


def _phrase_start(sent: SentenceTokens, start: int) -> int:
    """The token a place phrase at character `start` opens with, its "the" included ("in the Kibo area": "the")."""
    k = bisect_left(sent.spans, (start, start))
    return k - 1 if k > 0 and sent.lower[k - 1] == "the" else k


def _located(sent: SentenceTokens, start: int) -> bool:
    """Whether a locative preposition introduces the place at `start` ("on foot in the Kibo area"), not a
    word of a party ("residents of Kibo")."""
    k = _phrase_start(sent, start)
    return k > 0 and sent.lower[k - 1] in _REDUCED_CLAUSE_WORDS


def _raising(sent: SentenceTokens, k: int) -> bool:
    """Whether the reporting verb at token k tells of what goes before it, in the passive and with an
    infinitive ("in an area estimated to be located around Dalo", "a camp reported to be near Dalo"): no
    other clause opens there ("claimed to have thwarted" does open one)."""
    return sent.lower[k].endswith("ed") and sent.lower[k + 1:k + 3] == ["to", "be"]


def _of_purpose(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a protest is the purpose its clause's act was done for ("occupied the university's main building to
    protest against the war"): it happened where that act did (not "planned to demonstrate", what someone means to
    do)."""
    k = cand.first - 1
    return cand.sense.event_type == "PROTEST" and k > 0 and sent.lower[k] == "to" and not (
        sent.lower[k - 1].endswith("ed") or sent.lower[k - 1] in lex.verb or sent.lower[k - 1] in lex.skip)


def _told_as_cause(sent: SentenceTokens, start: int, end: int, words: frozenset[str] | None = None) -> bool:
    """Whether a phrase of cause or purpose ("in support of", "against", "demanding", "in solidarity with", or
    those of `words`) holds the place at `end`: it opens between the two offsets and no comma closes it before the
    place. A capitalised word is part of a name ("shelling by the Rapid Support Forces on a market in El Fasher")."""
    words = _CAUSE_WORDS if words is None else words
    lo = bisect_left(sent.spans, (start, start))
    hi = bisect_left(sent.spans, (end, end))
    for k in range(hi - 1, lo - 1, -1):
        if sent.lower[k] == ",":
            return False
        if sent.lower[k] in words and not sent.words[k][:1].isupper():
            return True
    return False


def _set_after(sent: SentenceTokens, end: int, start: int) -> bool:
    """Whether a preposition of scene ("in", "at", "outside") and no word of cause stand between the offsets."""
    between = _words_between(sent, end, start)
    return not _SCENE_PREPOSITIONS.isdisjoint(between) and _CAUSE_WORDS.isdisjoint(between)


_SCENE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})


def _told_as_topic(sent: SentenceTokens, start: int, end: int, cand: Candidate, lex: Lexicon) -> bool:
    """Whether the place at `start` is in a phrase of what a text or a talk is about: after "about", "regarding",
    "concerning", "discussed", "between" after "relations", "over" after "dispute" for what a place owns (the
    "dispute over Addis Abeba's port deal"; not "the dispute over the Yirga triangle", fought over where it lies), or
    "on" after a noun of one ("a resolution on Sudan", "talks about Moscow's war in Ukraine"), a few words of one
    noun phrase back (not "talks about Ukraine in Geneva", nor "talks about peace were held in Geneva"). Not when the
    trigger is in that phrase ("fears about the attacks in Britain": where they were). A place of the sentences around
    is none of its phrases."""
    if not sent.spans or not sent.spans[0][0] <= start < sent.spans[-1][1]:
        return False
    k = _phrase_start(sent, start)
    for j in range(k - 1, max(0, k - 1 - _TOPIC_REACH), -1):
        word = sent.lower[j]
        if cand.first <= j < cand.last:
            return False
        if word in _TOPIC_PREPOSITIONS:
            # (not "about" of a count: "about 50 residents of Dalo")
            return not (sent.lower[j + 1][:1].isdigit() or is_numeral(sent.lower[j + 1]))
        if word in _TOPIC_VERBS:
            return True  # "During the meeting, the two leaders discussed the war in Gaza": what was talked of
        if j > 0 and (word == "on" and sent.lower[j - 1] in _TOPIC_NOUNS
                      or word == "over" and sent.lower[j - 1] in _QUARRELS and any(
                          _POSSESSIVE.search(w) for w in sent.lower[k:bisect_left(sent.spans, (end, end))])
                      or word == "between" and sent.lower[j - 1] in _TIES):
            return True  # (and the parties of ties: "a normalisation of relations between Serbia and Kosovo")
        if not sent.is_word(j) or word in lex.be or word in lex.clause or word.endswith("ed") or (
                sent.words[j][0].isupper() and not _POSSESSIVE.search(word)):
            return False
    return False


_TOPIC_REACH = 6  # words between a preposition of topic and the place in its phrase ("about Moscow's war in")
_TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning"})
_TOPIC_VERBS = frozenset({"discussed", "discuss", "discusses", "discussing"})  # whose object is a topic
# nouns of texts and talks whose "on" tells their topic ("a resolution on Sudan", "a conference on Ukraine")
_TOPIC_NOUNS = frozenset({"resolution", "resolutions", "talks", "negotiations", "debate", "vote", "report", "reports",
                          "statement", "summit", "conference", "meeting", "deal", "agreement", "policy", "stance",
                          "position", "bill", "motion", "consultations", "discussions", "dialogue", "briefing",
                          "session", "envoy", "strategy"})
_TIES = frozenset({"relations", "ties"})
# what a quarrel is over ("their dispute over Addis Abeba's port deal with Somaliland")
_QUARRELS = frozenset({"dispute", "disputes", "row", "spat", "standoff", "tensions", "quarrel", "feud"})


_HOME_WORDS = 4  # words of the phrase of a place set out from, before "near" or "in" ("from his family home near")


def _set_out_from(sent: SentenceTokens, start: int, lex: Lexicon) -> bool:
    """Whether the place at `start` locates the place someone set out from: "drove more than 600 miles from his home
    near Dallas", "from their base in Dalo"."""
    k = _phrase_start(sent, start)
    if k < 3 or sent.lower[k - 1] not in ("near", "in", "outside"):
        return False
    if sent.lower[k - 2] not in _HOMES:
        return False  # (not "launched missiles from civilian facilities in Sanaa": where the act was done from)
    j = k - 2
    while j > 0 and k - j <= _HOME_WORDS and sent.words[j].islower() and sent.lower[j] not in lex.stop:
        j -= 1
    return j < k - 2 and sent.lower[j] == "from"


_HOMES = frozenset({"home", "homes", "house", "residence", "hometown", "apartment", "flat"})


def _told_as_destination(sent: SentenceTokens, start: int) -> bool:
    """Whether the place at `start` is told as where people or things went ("fled to Dalo", "returned to Nuri")."""
    k = _phrase_start(sent, start)
    return k > 0 and sent.lower[k - 1] in _DESTINATION_WORDS


_DESTINATION_WORDS = frozenset({"to", "towards", "toward", "into"})


def _destination_of_another(sent: SentenceTokens, place: geo.Place, cand: Candidate) -> bool:
    """Whether a country is where a verb other than the trigger went: "to", "towards" right after a verb in -ing or
    the past, or after a verb that follows "to" ("fleeing to Mali", "to divert to the Dominican Republic"); not the
    trigger's own ("deployed to Belarus"), nor where a protest went ("a motorcade rode to parliament"), nor a town
    on the way to which a convoy was hit ("heading to Mogadishu in the … neighborhood")."""
    if cand.sense.event_type == "PROTEST" or not _country(place.text):
        return False
    k = bisect_left(sent.spans, (place.start, place.start))
    if k > 0 and sent.lower[k - 1] == "the":
        k -= 1
    verb = k - 2
    if verb < 1 or sent.lower[k - 1] not in {"to", "towards", "toward"} or cand.first <= verb < cand.last:
        return False
    word = sent.lower[verb]
    return sent.words[verb].isalpha() and sent.words[verb].islower() and (
        word.endswith(("ing", "ed")) or word in _PAST_FORMS or sent.lower[verb - 1] == "to")


_PAST_FORMS = GRAMMAR["verb"]  # irregular past forms ("fled to Mali", "went to the border")


def _went_towards(sent: SentenceTokens, cand: Candidate, start: int) -> bool:
    """Whether a place after the trigger is where people went after it, "towards" it past a verb of going of their
    own that a word of sequence puts after the event ("were shot dead before the bandits left with their captives
    towards the Dansadau forest"; not "as they drove toward Afar region", the way they were on)."""
    k = _phrase_start(sent, start)
    if k == 0 or sent.lower[k - 1] not in _TOWARDS:
        return False
    between = sent.lower[cand.last:k - 1]
    went = next((j for j, w in enumerate(between) if w in _MOTION), None)
    return went is not None and not _THEN.isdisjoint(between[:went])


def _appearance(sent: SentenceTokens, cand: Candidate, start: int) -> bool:
    """Whether the place at `start` is where someone appears or is to appear in court after the event, a verb of its
    own ("was arrested on Sunday and is due to appear at Glasgow Sheriff Court", "and appeared before Kano
    Magistrates' Court"): the hearing's, not where the arrest or the attack was."""
    k = _phrase_start(sent, start)
    return k >= 2 and sent.lower[k - 1] in _APPEARING_AT and sent.lower[k - 2] in _APPEAR and k - 2 >= cand.last


_APPEAR = frozenset({"appear", "appears", "appeared", "appearing"})
_APPEARING_AT = frozenset({"at", "in", "before"})
_TOWARDS = frozenset({"towards", "toward"})
_THEN = frozenset({"before", "after", "then", "and", "later"})  # words that put the going after the event


_ON_ROUTE = ("near", "outside", "at")  # prepositions of a point on a route


def _bound_for(sent: SentenceTokens, start: int) -> bool:
    """Whether the place at `start` is where a vehicle or people were bound: "en route to Istanbul", "a bus bound for
    Kabul", "a convoy heading to Kidal", "on their way to Kano"."""
    k = _phrase_start(sent, start)
    if k < 2 or sent.lower[k - 1] not in BOUND_PREPOSITIONS:
        return False
    before = sent.lower[k - 2]
    return before in BOUND or k >= 3 and before == "route" and sent.lower[k - 3] == "en" or k >= 4 and (
        before == "way" and sent.lower[k - 3] in _WAY_DETERMINERS and sent.lower[k - 4] == "on")


_WAY_DETERMINERS = frozenset({"its", "their", "his", "her", "the", "our"})  # "on their way to"


def _route(sent: SentenceTokens, place: geo.Place) -> bool:
    """Whether a place is the stretch of a journey or a road, from one place to another ("traveling from Quetta to
    Karachi", "on the highway between Lagos and Ibadan")."""
    k = bisect_left(sent.spans, (place.start, place.start))
    return k > 0 and (sent.lower[k - 1] == "from" and " to " in place.text
                      or sent.lower[k - 1] == "between" and " and " in place.text)


_CONTEXT_MARKS = frozenset("(,")


def _subordinate_subject(sent: SentenceTokens, start: int, end: int) -> bool:
    """Whether a conjunction of time opens a clause between two offsets, whose subject the place at `end` is in
    ("killed when armed youths from Lakes state raided …"), no word but its subject's between them."""
    lo = bisect_left(sent.spans, (start, start))
    hi = bisect_left(sent.spans, (end, end))
    opener = next((k for k in range(lo, hi) if sent.lower[k] in _TIME_CONJUNCTIONS), None)
    return opener is not None and hi - opener <= _SUBJECT_WORDS and all(sent.is_word(k) for k in range(opener + 1, hi))


_TIME_CONJUNCTIONS = frozenset({"when", "as", "after", "before", "while"})
_SUBJECT_WORDS = 6  # words from a conjunction to the place its subject comes from ("when armed youths from")


def _told_as_origin(sent: SentenceTokens, start: int, lex: Lexicon) -> bool:
    """Whether the place at `start` is told as where people come from ("gunmen from Dalo", "merchants from the
    Sefa region"); not where a movement sets out ("a march set out from Dalo", "travelled from Dalo")."""
    k = _phrase_start(sent, start)
    if _set_out_from(sent, start, lex) or _came_across(sent, start):
        return True
    if k < 2 or sent.lower[k - 1] != "from":
        return False
    people = sent.lower[k - 2]
    return _people_from(sent, k, lex) or (
        people in _LAUNCHED or lex.in_class(people, "mobilization") or lex.in_class(people, "launchable"))


def _came_across(sent: SentenceTokens, start: int) -> bool:
    """Whether the place at `start` is where people came across a border from ("the rebels crossed from Congo and
    attacked homes", "gunmen who came over the border from Niger"): they came from there, the act was after."""
    k = _phrase_start(sent, start) - 1
    if k < 1 or sent.lower[k] != "from":
        return False
    j = k - 1
    while j > 0 and k - j <= _CROSSING_WORDS and sent.lower[j] not in _CAME_ACROSS:
        j -= 1  # ("crossed over from", "crossed the border from")
    return sent.lower[j] in _CAME_ACROSS and all(sent.lower[t] in _ACROSS_WORDS for t in range(j + 1, k))


_CAME_ACROSS = frozenset({"crossed", "crossing", "infiltrated", "infiltrating", "sneaked", "slipped", "came", "coming"})
_ACROSS_WORDS = frozenset({"over", "back", "in", "the", "border", "frontier", "river", "into", "country"})
_CROSSING_WORDS = 3  # words between a verb of crossing and the "from" of where it came from ("crossed the border from")


def _speaking_body(text: str, place: geo.Place) -> bool:
    """Whether a place phrase is the body that tells of the event in an attribution after it ("…, the Essonne
    prefecture said", "…, the Interior Ministry reported"), or the place of that body ("…, the governor's office in
    Sefa province said"): who speaks, not where it happened."""
    return _SPEAKER_AFTER.match(text, place.end) is not None and (_SPEAKER_BEFORE.search(
        text, max(0, place.start - _SPEAKER_BEFORE_CHARS), place.start) is not None or _SPEAKER_SEAT.search(
        text, max(0, place.start - _SPEAKER_SEAT_CHARS), place.start) is not None)


# a verb of speech right after a phrase, and a comma with a determiner right before it: an attribution's speaker
_SPEAKER_AFTER = re.compile(r"\s+(?:said|says|told|reported|announced|stated|confirmed|added)\b")
_SPEAKER_BEFORE = re.compile(r",\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
_SPEAKER_BEFORE_CHARS = len(", the ")
# ... or an office's name that the place closes: ", the interior ministry's office in", ", the police command of";
# not "…, police in Dalo said", whose town is most often the event's
_SPEAKER_SEAT = re.compile(r",\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}(?:office|offices|headquarters|bureau|branch|"
                           r"command|ministry|directorate|prefecture|governorate)\s+(?:in|of|for)\s+(?:the\s+)?$",
                           re.IGNORECASE)
_SPEAKER_SEAT_CHARS = 70


def _described_origin(sent: SentenceTokens, t_end: int, start: int, lex: Lexicon) -> bool:
    """Whether the place at `start` tells where someone comes from in an aside: "from" right after a comma ("The man,
    from the Melbourne suburb of Dandenong, appeared"), or after a person named after the reporting verb of a clause
    after the trigger ("pelted stones at the Shambhu border, said Gurmeet Singh, a farmer from Patiala district")."""
    k = _phrase_start(sent, start)
    if k < 2 or sent.lower[k - 1] != "from":
        return False
    if sent.lower[k - 2] == ",":
        return True
    first = bisect_left(sent.spans, (t_end, t_end))
    return start > t_end and sent.words[k - 2].islower() and "," in sent.lower[first:k] and any(
        sent.lower[j] in lex.reporting for j in range(first, k - 2))


def _people_from(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the place phrase opening at token k, after "from", tells where people come from ("gunmen from Dalo",
    "troops from Rwanda"), not where a weapon or an attack was launched from."""
    if k < 2 or sent.lower[k - 1] != "from":
        return False
    people = sent.lower[k - 2]
    return lex.in_class(people, "people") or lex.in_class(people, "troops") or (
        people.endswith("s") and not people.endswith("ss") and sent.words[k - 2].islower())


# Verbs of an act done across a distance: what they set out "from" is the origin, the act struck elsewhere ("rockets
# fired from Gaza", "gunmen crossed from Syria"); as are attacks and weapons ("a surprise attack from Gaza": class
# `mobilization`, `launchable`)
_LAUNCHED = frozenset({"fired", "launched", "crossed", "infiltrated", "lobbed", "shot", "sneaked", "came"})


# Verbs of leaving or cutting ties with a place, whose "from" is no scene: "demanding the school divest from Israel",
# "called on troops to withdraw from Mali", "B-1 bombers flown from the United States" (to strike far away).
_LEFT = frozenset({"divest", "divests", "divested", "divesting", "withdraw", "withdraws", "withdrew", "withdrawn",
                   "withdrawing", "disengage", "disengaged", "expelled", "deported", "imported", "exported", "flown",
                   "flew"})


def _left_by(sent: SentenceTokens, cand: Candidate, start: int) -> bool:
    """Whether the verb of leaving before the place at `start` is the trigger's own: "SPLA-IO forces withdrew from
    Mayom" happened in Mayom, where they left."""
    k = _phrase_start(sent, start)
    return cand.sense.event_type == "RETREAT" and k >= 2 and cand.last - 1 == k - 2 and sent.lower[cand.first].endswith(
        ("ed", "drew", "left", "fled"))  # (done: not "called on France to withdraw from Mali", a place still held)


def _left_from(sent: SentenceTokens, start: int) -> bool:
    """Whether the place at `start` is what a verb of leaving or cutting ties left: "demanding the school divest from
    Israel", "called on France to withdraw from Mali" (no scene of any event of the clause)."""
    k = _phrase_start(sent, start)
    return k >= 2 and sent.lower[k - 1] == "from" and sent.lower[k - 2] in _LEFT


def _reduced(sent: SentenceTokens, k: int) -> bool:
    """Whether the clause after "while" or "when" at token k - 1 has no subject: a participle or a preposition
    opens it ("while shopping", "while on patrol")."""
    return k < len(sent.lower) and (sent.lower[k].endswith("ing") or sent.lower[k] in _REDUCED_CLAUSE_WORDS)


def _sets_relative_clause(sent: SentenceTokens, offset: int) -> bool:
    """Whether a relative clause about the place ending at `offset` follows it ("at Kibo town, in
    which two militants were killed")."""
    k = bisect_left(sent.spans, (offset, offset))
    if k < len(sent.lower) and sent.lower[k] == ",":
        k += 1
    nxt = sent.lower[k:k + 2]
    return nxt[:1] == ["where"] or (len(nxt) == 2 and nxt[0] in {"in", "at", "near"} and nxt[1] == "which")
