"""Place phrases in text ("in the village of Berunda", "Dalo (Sefa LGA, Kam)") → place mentions with their country."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from collections.abc import Callable, Collection, Sequence
from functools import cache, lru_cache

from etl.extract.firstnames import is_first_name
from etl.extract.geo.countries import (
    NAME_PARTICLE_PREFIX, ascii_name, country_code, country_name, find_countries, is_place_name, lookup_key,
    subdivision_countries,
)
from etl.extract.geo.gazetteer import (
    Locality, admin1_countries, admin1_named, best_locality, capital_of, localities, region_countries, regions_holding,
)
from etl.extract.text import tokens as split_tokens
from etl.extract.wordlists import tsv_rows

_PARENTHESIS_SYMBOLS = frozenset({",", "&", "-", "/"})
_MAX_NAME_WORDS = 6
_MAX_PLACE_TOKENS = 16
# A stretch between two places is one place phrase: "between Dalo and Nuri town", "from Dalo to Nuri (Sefa)".
_SPAN_JOINERS = {"between": "and", "from": "to"}
# Natural features named in the plural: "the Badush mountains", "the Adhaim plains" name one place, while
# "the Kurdish towns" describes several.
_PLURAL_NAMES = frozenset({"islands", "mountains", "hills", "plains", "heights", "marshes", "lakes"})
_POSSESSIVE_WORD = re.compile(r"['’]s?$")
_KNOWN_CITY = 100_000  # inhabitants of a town whose name a site takes for where it is (_named_site_alone)
_BEARING_TOWN = 20_000  # inhabitants of a town that is where it is, whatever place its bearing is given from
_BEARING = re.compile(r",\s*(?:[\w.,-]+\s+){0,3}?(?:north|south|east|west|north-?east|north-?west|south-?east|"
                      r"south-?west)(?:ern)?\s+of\s", re.IGNORECASE)
_PARTS = re.compile(r"[,()\[\]]|\b(?:in|of|near)\b|['’]s\b")
_SITE_POSSESSIVE = re.compile(r"['’]s(?=\s+([A-Z][\w'’-]*))")  # "St Paul's Cathedral": a possessive before a word
_JOINERS = re.compile(r"\b(?:and|to)\b|\s[-–—]\s")
_JOINED_PARTS = re.compile(r"[,()\[\]]|\b(?:in|of|near|and|to)\b|\s[-–—]\s|['’]s\b")
# "the road linking Dalo and Nuri", "the highway that connects Dalo to Nuri": a route between two places.
_ROUTE_VERBS = frozenset({"linking", "connecting", "links", "connects", "joining", "joins"})
_DASHES = frozenset({"-", "–", "—"})
# Routes and borders run between two places: "the road between Dalo and Nuri", "the Dalo and Nuri border".
_ROUTE_KINDS = frozenset({"border", "road", "highway", "route", "crossing", "frontier", "boundary", "corridor",
                          "borders", "roads", "axis"})
# What travels a road, before the two places it runs between: "ambushed a convoy between Dori and Seytenga".
_ON_THE_WAY = frozenset({"convoy", "convoys", "bus", "buses", "vehicle", "vehicles", "truck", "trucks", "travelling",
                         "traveling", "moving", "driving", "heading"})
# People named after the place they live in: "Lenga residents (Sefa, Kam)" places them; "the US population",
# "the Rubio people" do not.
_RESIDENTS = frozenset({"residents", "villagers", "inhabitants", "townspeople", "dwellers"})
# Two bare names are taken for towns only if both are towns this large: small towns share their names with
# people ("from John to Mary").
_KNOWN_TOWN = 50_000
# A description, a town's kind and "of" before its name: "Riviera city of Nice", "Baltic port of Klaipeda", "Donetsk
# region town of Pokrovsk"
_KIND_OF_NAME = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+(?:region|province|state|oblast))?"
                           r"\s+(?:city|town|village|port)\s+of\s+[A-Z]")
_WORLD_CITY = 500_000  # a city this large keeps its country in a story filed from another one
# The line between two countries or regions, named with its other side: "near the border with Sorro".
_BORDERS = frozenset({"border", "frontier", "boundary"})
# Kinds of place that describe an extent rather than title a name after them: "secure the area Calls for calm"
# is a headline after a sentence, not a place named "Calls" ("village Omboro", "tambon Ban Sorro" are titles).
_UNTITLED = frozenset({"area", "areas", "region", "regions", "zone", "zones"})
# Marks that close a list of places: "in Dalo, Nuri and Kibo, killing three" (not "in Dalo, Nuri and Kibo fighters").
_CLOSING = frozenset({",", ".", ";", ":", ")"})
# Kinds of place that hold no other town: "Lenga, Sorro village" names two places, not one in the other.
# Kinds of place too small to be a city, whatever city bears the name: "the village of Kobe" in Mali is no Japanese city.
_VILLAGE_KINDS = frozenset({"village", "hamlet"})
_TOWN_KINDS = frozenset({"village", "town", "city", "villages", "towns", "cities", "neighbourhood", "neighborhood"})

# Honorifics before a person's name: a name they open after a comma is a person in apposition, no larger place
# ("in Dandume LGA of Katsina State, Alhaji Usman Gana, and his wives"); not "General" ("General Santos" is a city)
# Verbs of speech after a name set off by commas: the name is the speaker's, in apposition to a title before it
_SPEAKING = frozenset({"said", "says", "told", "added", "stated", "confirmed", "denied", "announced"})
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Rev", "Alhaji", "Alhaja", "Hajiya",
                         "Mallam"})

@dataclass(frozen=True, slots=True)
class Place:
    """A place phrase as written ("Dawlat Abad district, Balkh") and, when known, its country.

    `locality`: whether it names a populated place or an administrative area, not only a site within
    one ("Liberty square", "the N1 highway"); a locality is the better answer to "where" when both are given.
    `region`: the first-level region or country the phrase closes with after a comma ("Tepeji, Hidalgo",
    "Kanfanar, Croatia"): it is no part of the place's words (the events table gives it its own columns), but
    it still tells where the place lies.
    """
    start: int
    end: int
    text: str
    country: str | None
    locality: bool = True
    region: str | None = None


@dataclass(frozen=True)
class _PlaceWords:
    strong: frozenset[str]
    weak: frozenset[str]
    kinded: frozenset[str]         # introduce a place only when its kind or context confirms it: "over"
    kinds: frozenset[str]          # localities and sites
    localities: frozenset[str]
    sites: frozenset[str]
    followers: frozenset[str]
    modifiers: frozenset[str]
    directions: frozenset[str]
    relational: frozenset[str]
    not_places: frozenset[str]
    generic: frozenset[str]
    of_place: frozenset[str]
    particles: frozenset[str]          # join the parts of one name: "San Telmo de la Vega", "Dar al Sorro"
    opening_particles: frozenset[str]  # may open a name in lower case: "in al Fadiya city", "in el Sorro"
    abbreviations: frozenset[str]      # keep their period inside a name: "St. Helier"
    distance_hedges: frozenset[str]
    distance_units: frozenset[str]
    landmark_prepositions: frozenset[str]
    note_words: frozenset[str]         # lower-case words of a bracketed note on a place: "[coded to Lenga]"
    regions: frozenset[str]            # kinds of first-level region: "state", "province", "governorate"
    institutions: frozenset[str]       # offices a place names: "the Kibo district head", "district office"
    designators: frozenset[str]        # kinds a capitalised last word of a division's name may be: "West Zone"
    missions: frozenset[str]           # sites of a foreign state: "the German Embassy" lies abroad
    day_names: frozenset[str]          # last words of a day's name: "Christmas Day", "Easter"
    weekdays: frozenset[str]           # end a run of names: "in South Carolina Friday"
    group_names: tuple[tuple[str, ...], ...]  # armed groups' names that hold "in", as tokens: ("al-qaeda", "in", …)
    parties: frozenset[str]            # people named by what they are before their country: "Rioters (Nigeria)"
    patrons: frozenset[str]            # people a site is for, in the possessive: "Liverpool Women's Hospital"
    context_kinds: frozenset[str]      # kinds only in a comma chain of places: ", Mohmand agency, Pakistan"
    wide: frozenset[str]               # words of places larger than a country, and of seas: "Central Asia", "Red Sea"


def _plurals(word: str) -> set[str]:
    if word.endswith("s"):
        return set()
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return {word[:-1] + "ies"}
    return {word + "s"}


@cache
def _place_words() -> _PlaceWords:
    roles: dict[str, set[str]] = {}
    for word, role in tsv_rows("geo_place_words.tsv"):
        roles.setdefault(role, set()).add(word)
    localities, sites = set(roles["kind"]), set(roles["site"])
    for kind in roles["kind"]:
        localities |= _plurals(kind)
    for kind in roles["site"]:
        sites |= _plurals(kind)
    designators = set(localities)
    for kind in roles["designator"]:
        designators |= {kind} | _plurals(kind)
    return _PlaceWords(frozenset(roles["preposition"]), frozenset(roles["weak_preposition"]),
                       frozenset(roles["kind_preposition"]),
                       frozenset(localities | sites), frozenset(localities), frozenset(sites),
                       frozenset(roles["follower"]), frozenset(roles["modifier"]), frozenset(roles["direction"]),
                       frozenset(roles["relational"]), frozenset(roles["not_place"]), frozenset(roles["generic"]),
                       frozenset(roles["of_place"]), frozenset(roles["particle"] | roles["opening_particle"]),
                       frozenset(roles["opening_particle"]), frozenset(roles["abbreviation"]),
                       frozenset(roles["distance_hedge"]), frozenset(roles["distance_unit"]),
                       frozenset(roles["landmark_preposition"]), frozenset(roles["note"]),
                       frozenset(roles["region"]), frozenset(roles["institution"]), frozenset(designators),
                       frozenset(roles["mission"] | {p for m in roles["mission"] for p in _plurals(m)}),
                       frozenset(roles["day_name"]), frozenset(roles["weekday"]),
                       tuple(tuple(name.split()) for name in sorted(roles["group_name"])), frozenset(roles["party"]),
                       frozenset(roles["patron"]),
                       frozenset(roles["context_kind"] | {p for k in roles["context_kind"] for p in _plurals(k)}),
                       frozenset(roles["wide"]))


def place_names(phrase: str) -> frozenset[str]:
    """The names a place phrase is made of, without kind words, in lower case: "the Euphrates in Deir" →
    {"euphrates", "deir"}, "city of Deir" → {"deir"}. A phrase whose names hold another's lies in it."""
    return frozenset(part.lower() for part in _name_parts(phrase))


def name_particles() -> frozenset[str]:
    """Lower-case words that join the parts of one place name ("Qabr al Kabir", "San Telmo de la Vega")."""
    return _place_words().particles


def is_direction_word(word: str) -> bool:
    """Whether a lower-case word gives a bearing ("south", "north-west"): "south of Dalo" places, it owns nothing."""
    return word in _place_words().directions


def is_locality_word(word: str) -> bool:
    """Whether a lower-case word names a kind of populated place or area ("village", "district", "camp")."""
    return word in _place_words().localities


def is_wide_word(word: str) -> bool:
    """Whether a lower-case word names a place larger than a country or a sea, desert or mountain range ("asia",
    "gulf", "sahara"): a name holding it is no local place of one country."""
    return word in _place_words().wide


def is_region_word(word: str) -> bool:
    """Whether a lower-case word names a kind of first-level region ("province", "state", "governorate")."""
    return word in _place_words().regions


def _told_as_town(phrase: str, name: str) -> bool:
    """Whether a phrase calls the name a populated place by its kind before it ("the village of Bali")."""
    before = phrase[:phrase.find(name)].lower().split()
    return len(before) >= 2 and before[-1] == "of" and is_locality_word(before[-2])


def told_as_village(phrase: str, name: str) -> bool:
    """Whether a phrase calls the name a village or hamlet ("the village of Kobe", "Kobe village"), which no city is."""
    at = phrase.find(name)
    before, after = phrase[:at].lower().split(), phrase[at + len(name):].lower().split()
    return len(before) >= 2 and before[-1] == "of" and before[-2] in _VILLAGE_KINDS or (
        bool(after) and after[0] in _VILLAGE_KINDS)


def is_site_word(word: str) -> bool:
    """Whether a lower-case word names a kind of site within a locality ("airbase", "prison", "market")."""
    return word in _place_words().sites


def _is_name(word: str) -> bool:
    # "d'Alene" of "Coeur d'Alene", "l'Isle": an elided French article joined to a name
    return word[:1].isupper() or ("-" in word and bool(NAME_PARTICLE_PREFIX.match(word))) or (
        word[1:2] in _ELISIONS and word[2:3].isupper() and word[:1] in "dl")


_ELISIONS = frozenset({"'", "’"})


@dataclass(frozen=True, slots=True)
class Situation:
    """Where a place phrase lies: its country, first-level region and coordinates, as far as they are known."""
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None


def _foreign_mission(name: str) -> bool:
    """Whether a place phrase is a foreign state's mission named by that state alone ("the German Embassy", "the
    U.S. consulate"): the state owns it, the story tells where it lies."""
    words = [w for w in name.split() if w.lower() not in ("the", "a", "an")]
    return len(words) > 1 and words[-1].lower() in _place_words().missions and country_code(
        " ".join(words[:-1])) is not None


# Facilities that a foreign state or its people built or run and that bear its name: "the Saudi Hospital" (in El
# Fasher), "the Turkish School" (in Mogadishu), "the Kuwaiti Specialist Hospital" (in Nyala).
_DONATED_SITES = frozenset({"hospital", "clinic", "school", "college", "university", "mosque", "church", "hotel",
                            "club", "market", "centre", "center"})


def _donated_site(name: str) -> bool:
    """Whether a place phrase is a facility named after a country or its people alone ("the Saudi Hospital", "the
    Turkish Friendship Hospital"): the country it is named after, not the one it lies in, which the story tells."""
    words = [w for w in name.split() if w.lower() not in ("the", "a", "an")]
    return (len(words) > 1 and words[-1].lower() in _DONATED_SITES and all(w[:1].isupper() for w in words)
            and country_code(words[0]) is not None)


def _name_parts(name: str, joined: bool = False, generic: bool = False) -> list[str]:
    """The names in a place phrase, without kind words, most specific first: "Kiriba village in Tessal
    (Kam)" → ["Kiriba", "Tessal", "Kam"]; generic region names ("Central") are left out, but with `generic`.
    `joined`: split the names of a stretch or list too ("Dalo and Nuri", "Dalo to Nuri"), which a country's own
    name may hold ("Trinidad and Tobago")."""
    words = _place_words()
    out = []
    # "the Red Sea", "the Gulf of Aden", "the Line of Control": between countries, in none of them (not "Red Sea
    # state")
    # (the pattern tried only on a phrase holding a word each of its matches holds: most name no water)
    unwatered = _WATERS.sub(" ", name) if _WATER_WORD.search(name) else name
    for part in _split_names(unwatered, _JOINED_PARTS if joined else _PARTS):
        if not part.strip():
            continue
        if country_code(part) and len(part.split()) > 1:  # "Central African Republic" keeps "Central"
            out.append(part.strip())
            continue
        named = [t for t in part.split() if t.lower() not in words.modifiers]
        if len(named) > 1 and all(t[:1].isupper() for t in named) and country_code(" ".join(named)):
            out.append(" ".join(named))  # "the occupied West Bank": a territory's name, whose words are kinds too
            continue
        caps = [t for t in named if t[:1].isupper()]
        if caps and caps == named[:len(caps)] and (len(caps) > 1 or caps[0].lower() in words.kinds) and lookup_key(
                ascii_name(" ".join(caps))) in subdivision_countries():
            # "Highland Papua", "Red Sea state", "Rivers state", "Lakes": a region whose name holds or is a kind word
            out.append(" ".join(caps))
            continue
        if len(caps) > 1 and caps == named and any(t.lower() in words.kinds for t in caps) and (
                localities(" ".join(caps)) and not admin1_countries(" ".join(caps))):
            out.append(" ".join(caps))  # "Spanish Town", "Cape Town": a town whose name holds a kind word (not "La
            continue  # Union", a region's, which regions are looked up by)
        kept = [t for t in named if t.lower() not in words.kinds]
        while kept and kept[0] in _SPANISH_OF and named[0].lower() in words.kinds:
            kept = kept[1:]  # "municipio de Jutiapa": the Spanish "of" after a kind
        bare = " ".join(t for t in kept if t.lower() not in words.directions)
        # "North Kivu", "West Darfur state", "Western Bahr el Ghazal": a direction that is part of a region's name,
        # with `generic` also of one that regions of several countries bear ("North West")
        whole = lookup_key(ascii_name(" ".join(kept)))
        if len(bare) < len(" ".join(kept)) and all(t[:1].isupper() or t in words.particles for t in kept) and (
                whole in subdivision_countries() or generic and admin1_named([whole], None) is not None):
            bare = " ".join(kept)
        if bare and (generic or bare.lower() not in words.generic):
            out.append(bare)
    return out


# The name of a sea, a strait or a gulf, not followed by a kind of region: "Red Sea", "Sea of Azov", "Strait of
# Hormuz", "Gulf of Aden", "Persian Gulf", "Indian Ocean" (but "Red Sea state", "Gulf province"); and of a line
# between two countries: "the Line of Control", "the Line of Actual Control", "the Durand Line".
_WATERS = re.compile(r"\b(?:(?:Sea|Straits?|Gulf)\s+of(?:\s+[A-Z][\w-]*)+"
                     r"|(?:[A-Z][\w-]*\s+)+(?:Sea|Ocean|Gulf)(?![\w-]|\s+(?:[a-z]|[A-Z][a-z]*\s))"
                     r"|Line\s+of\s+(?:Actual\s+)?(?:Control|Contact)|Durand\s+Line)")
_WATER_WORD = re.compile(r"Sea|Strait|Gulf|Ocean|Line")  # one of which every match of `_WATERS` holds


def _split_names(name: str, separators: re.Pattern) -> list[str]:
    """The name split at its separators, except inside the name of a country ("Democratic Republic of the
    Congo", "Republic of Korea", "Trinidad and Tobago" are one name each)."""
    cuts = list(separators.finditer(name))
    if not cuts:
        return [name]
    countries = [(m.start, m.end) for m in find_countries(name) if " " in m.text]
    out, last = [], 0
    for cut in cuts:
        if not any(s < cut.start() and cut.end() < e for s, e in countries):
            out.append(name[last:cut.start()])
            last = cut.end()
    out.append(name[last:])
    return out


@lru_cache(maxsize=1 << 14)  # pure, and asked again of the places an article names more than once
def place_country(name: str) -> str | None:
    """Country of a place phrase, from any of its parts that is a country, capital or first-level
    subdivision, else a town or city of the gazetteer (the largest of its name); a kind of area that one country
    alone has ("Sefa LGA", "Barangay Sorro") gives that country, unless the phrase names another country itself."""
    if _foreign_mission(name) or _donated_site(name):
        return None  # "the German Embassy" (in Kabul), "the Saudi Hospital" (in El Fasher): whose it is, not where
    code = _named_country(name)
    national = _national_kind(name)
    if national is None or code == national or code is not None and any(
            country_code(part) == code and admin1_named([part], national) is None for part in _name_parts(name)):
        return code  # (not "Dalo (Sefa LGA, Niger)": the region of Nigeria of the name of a country)
    return national


@cache
def _national_kinds() -> dict[str, str]:
    return {word: code for word, code in tsv_rows("geo_national_kinds.tsv")}


def _national_kind(name: str) -> str | None:
    """The country a kind of area of a place phrase tells, when one country alone names its areas so
    (geo_national_kinds.tsv: "Sefa LGA", "Barangay Sorro", "Dalo woredas"); None for any other phrase."""
    kinds = _national_kinds()
    lowered = _SPELT_OUT.sub("lga", name.lower())  # "Riyom Local Government Area": Riyom LGA
    found = {kinds.get(w) or kinds.get(w[:-1]) for w in _WORDS.findall(lowered)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


_WORDS = re.compile(r"[a-z]+")
_SPELT_OUT = re.compile(r"\blocal government areas?\b")  # a kind of area its initials name too


# A country's possessive in a place phrase: "Congo's eastern Beni region", "Nigeria's Niger state", "Mamove, in
# eastern Congo's Beni territory" (a name's possessive opens the phrase or follows a word in lower case).
_OWNER = re.compile(r"(?:^|(?<=[a-z])\s)(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s?\s")


def _named_country(name: str) -> str | None:
    """Country of a place phrase by its names alone (`place_country`): the country whose possessive opens it, else
    that of its largest place that tells one."""
    # (a possessive's apostrophe first: most phrases have none, and the pattern is tried at every word of them)
    for owner in _OWNER.finditer(name) if "'" in name or "’" in name else ():
        code = country_code(owner.group("owner"))
        if code is not None and admin1_countries(owner.group("owner")) <= {code} and not _owns_site(name, owner):
            return code  # (not "Georgia's Fulton County", a state's)
    head, _, rest = name.partition(" ")
    land = country_code(rest) if rest and head.islower() and is_direction_word(head) else None
    if land is not None:
        return land  # "the northern West Bank": a part of a land named by its own name
    subdivisions = subdivision_countries()
    for joined in (False, True):  # "Dalo and Nuri province": the stretch's names one by one
        if joined and not _JOINERS.search(name):
            break
        parts = _name_parts(name, joined)
        for k in range(len(parts) - 1, -1, -1):
            part = parts[k]
            if k < len(parts) - 1 and _names_site(name, part):
                continue  # "the Saudi Hospital in El Fasher": the country names the hospital, El Fasher places it
            code = country_code(part) or subdivisions.get(lookup_key(ascii_name(part)))
            if code and code != country_code(part) and not _told_as_region(name, part):
                code = _city_abroad(part, code) or code
            if code:
                return _state_named(parts[:k], part) or _region_of_country_name(name, part, subdivisions) or code
        parts = _named_first(name, _without_named_sites(name, parts))  # "Egerton Road in Lahore": Lahore's country
        for k, part in enumerate(parts):
            if k and k == len(parts) - 1 and (regions := admin1_countries(part)):
                if len(regions) > 1:
                    return None  # "Dalo (La Libertad)": a region of Peru's or El Salvador's name; the article tells
                code = next(iter(regions))
                # "Erval Velho, Santa Catarina": a town the gazetteer lacks, in the one first-level region of that name
                # (Brazil's state), not in the largest town of it (a Mexican city); but "Santiago" is Chile's capital
                return _city_abroad(part, code) or code
            found = localities(part)
            if found:
                if _outside_regions(name, part, found):
                    continue  # "Kwall (Bassa, Plateau)": no town abroad (Passau, also "Bassa") in a Plateau region
                return (_larger_agree(name, part, found) or _in_shared_region(found, parts[k + 1:])
                        or _in_larger(found, parts[k + 1:])
                        or _far_larger(found, parts[k + 1:]) or found[0].country)
    return _route_country(name) or _site_town_country(name)


def _site_town_country(name: str) -> str | None:
    """The country of a named site whose name opens with a city's and goes on with words of its own ("Glasgow Sheriff
    Court", "Kano High Court", "Manchester Crown Court"): the city's, when it is large enough for a site to take its
    name; None for any other phrase, or a site named after a person ("Franklin Delano Roosevelt Park")."""
    # (the people a site is for, in the possessive, are no name of it: "Liverpool Women's Hospital", "Birmingham
    # Children's Hospital")
    patrons = _place_words().patrons
    words = name.split()
    if words[0].lower() == "the":
        words = words[1:]
    own = [w for w in words if not (_POSSESSIVE_WORD.search(w) and _POSSESSIVE_WORD.sub("", w).lower() in patrons)]
    if len(words) < 3 or not own or not _named_site_alone(" ".join(own)) or is_first_name(own[0]):
        return None
    kept = 2 - (len(own) < len(words))  # words of the site's own after the town's name, a patron's among them
    for end in range(len(own) - kept, 0, -1):  # "Cape Town International Airport": the longest name first
        towns = localities(" ".join(own[:end]))
        if towns:
            return towns[0].country if towns[0].population >= _KNOWN_CITY else None
    return None


# A road named after the two towns it joins, by a hyphen: "the Abuja-Kaduna highway", "the Kabul-Jalalabad road".
_HYPHENED_ROUTE = re.compile(r"\b(?P<one>[A-Z][\w'’]+)[-–](?P<other>[A-Z][\w'’]+)"
                             r"\s+(?:highway|road|expressway|axis)\b")


def _route_country(name: str) -> str | None:
    """The country of a road named after the two towns it joins, when both lie in it ("along the Abuja-Kaduna
    highway": Nigeria); None for a road between two countries or any other phrase."""
    route = _HYPHENED_ROUTE.search(name)
    if route is None:
        return None
    ends = {_named_country(route.group("one")), _named_country(route.group("other"))}
    return ends.pop() if len(ends) == 1 else None


def _owns_site(name: str, owner: re.Match) -> bool:
    """Whether a country's possessive owns a foreign state's mission ("Iran's consulate in Damascus"): whose it is,
    not where it lies."""
    following = name[owner.end():].split(None, 1)
    return bool(following) and following[0].lower() in _place_words().missions


def _names_site(name: str, part: str) -> bool:
    """Whether a name of the phrase is the name of a site, the kind of site following it ("the Saudi Hospital",
    "the Turkish school", "the German Embassy"): it names the site after a country, not where it lies. A route or
    a border runs along its country ("the Afghanistan border in Torkham")."""
    at = name.find(part)
    following = name[at + len(part):].split(None, 1) if at >= 0 else []
    return bool(following) and following[0].lower() in _place_words().sites - _ROUTE_KINDS


def _city_abroad(part: str, region_country: str) -> str | None:
    """The country of the city that a first-level region's name means when told bare, not the region: a city of
    another country by its own name, of `_WORLD_CITY` inhabitants or more, that is a capital or ten times larger than
    the region's own towns of the name ("Santiago": Chile's capital, not the Dominican province; "Cuenca", "Trujillo":
    the cities of Ecuador and Peru, not the Spanish and Venezuelan regions named after their small towns). A region
    with no town of its name keeps it ("Victoria", "Surrey"); the article's countries settle the rest (`situate`)."""
    found = localities(part)
    home = max((p.population for p in found if p.country == region_country), default=0)
    city = next((p for p in found if p.country != region_country and _own_name(p, part)), None)
    if home == 0 or city is None or city.population < _WORLD_CITY:
        return None
    capital = capital_of(city.country)
    if capital is not None and capital.name == city.name or city.population >= _FAR_LARGER * home:
        return city.country
    return None


def _outside_regions(name: str, part: str, found: tuple[Locality, ...]) -> bool:
    """Whether the towns of a part of a place phrase (`found`) are all known by it as another of their names and lie
    outside the countries that have a region the phrase names after it, by a name several countries give theirs
    ("Kwall (Bassa, Plateau)": Nigeria's or Benin's Plateau, not Passau, which the gazetteer also knows as "Bassa"):
    a homonym abroad, not the place; so are towns told after it by their own name. A province counts as a region ("Lille, Nord": France's Nord, not only
    Cameroon's); a town of the name itself stays (a region's name may be spelt otherwise in its own country: "Makeni
    town (Bombali, North-West)")."""
    key = lookup_key(ascii_name(part))
    if any(lookup_key(ascii_name(p.name)) == key for p in found):
        return False
    after = name.find(part) + len(part)
    larger = _name_parts(name[after:], generic=True)
    # (or towns: "Chai, Macomia district" is Mozambique's, not Çey of Turkey, which the gazetteer also knows as "Chai")
    regions = {code for place in larger for code in region_countries(place)} | {
        town.country for place in larger for town in localities(place) if _own_name(town, place)}
    return bool(regions) and all(p.country not in regions for p in found)


def _named_first(name: str, parts: list[str]) -> list[str]:
    """The names of a place phrase with the town a description, its kind and "of" name first: "the French Riviera city
    of Nice" is Nice (the description read as a town was Riviera Beach, Florida), "the Baltic port of Klaipeda"."""
    return parts[1:] + parts[:1] if len(parts) > 1 and _KIND_OF_NAME.match(name) else parts


def _larger_agree(name: str, part: str, found: tuple[Locality, ...]) -> str | None:
    """The one country the larger places after a small place's name all lie in, when its towns (`found`) lie
    elsewhere ("Kwande village (Bokkos, Plateau)": Bokkos is Nigeria's alone and Plateau is a state of Nigeria's as
    well as a department of Benin's, so the village is Nigeria's, not the Kwande the gazetteer knows in Benin): a
    village's name has homonyms abroad more often than its district and region together; None otherwise."""
    larger = _name_parts(name[name.find(part) + len(part):], generic=True)
    if len(larger) < 2:
        return None
    agreed: set[str] | None = None
    for part in larger:
        countries = set(admin1_countries(part)) | {town.country for town in localities(part) if _own_name(town, part)}
        agreed = countries if agreed is None else agreed & countries
        if not agreed:
            return None
    if agreed is None or len(agreed) != 1:
        return None
    country = next(iter(agreed))
    return None if any(p.country == country for p in found) else country


def _in_shared_region(found: tuple, larger: list[str]) -> str | None:
    """The country of the one of the towns of a name (`found`, largest first) that lies in a country whose first-level
    region a larger place of the phrase names, a region's name several countries share ("Santa Rosa, south of Bolivar
    department": the Santa Rosa of Colombia, which has a Bolivar, not of Guatemala); None when none does."""
    countries = {code for part in larger for code in admin1_countries(part)}
    return next((p.country for p in found if p.country in countries), None) if countries else None


def _far_larger(found: tuple, larger: list[str]) -> str | None:
    """The country of a larger place named after a small town's name (`found`, largest first) that towns of several
    countries bear, when that place is a city far larger than any of them: "Bara town in Idleb countryside" is
    Syria's, whatever towns abroad the gazetteer knows by "Bara"; None otherwise (a name of one country's towns keeps
    it: "Rurrenabaque, Beni" lies in Bolivia's Beni, not near the Congolese city)."""
    one = len({p.country for p in found}) < 2
    for part in larger:
        cities = localities(part)
        # (a town known by the name only as another of its names, "Neudorf" for Spišská Nová Ves, needs less: "the
        # Neudorf neighborhood of Strasbourg")
        factor = _FAR_LARGER if _own_name(found[0], part) else _ALSO_NAMED_LARGER
        if cities and cities[0].population >= factor * max(found[0].population, 1) and not (
                one and (cities[0].country == found[0].country or admin1_named([part], found[0].country))):
            # (and a small town of one country's name in a city's context abroad, unless the context names a region
            # of the town's own country: "Karma (Ouahigouya, Nord)" lies near Ouahigouya, not in India)
            return cities[0].country
    return None


_FAR_LARGER = 10  # how many times larger a city named as the larger place must be than the towns of a name
_ALSO_NAMED_LARGER = 2  # … than a town the name is only another name of


def _own_name(town: Locality, part: str) -> bool:
    """Whether a name is a town's own, accents aside (not one of its other names in other languages)."""
    return lookup_key(ascii_name(town.name)) == lookup_key(ascii_name(part))


# The kinds of first-level region that may follow a name that is also a country's: "Niger state", "Kano State"
_REGION_AFTER = re.compile(r"\s+(?:state|province|region|governorate|department|prefecture|oblast)\b", re.IGNORECASE)
# ... or come before it, with "of": "the southern state of Guerrero", "the province of Narathiwat"; not after a name
# of its own ("the Diffa region of Niger" is a region of the country)
_REGION_BEFORE = re.compile(r"(?:^|(?<![\w'’-])[a-z][\w-]*\s+)"
                            r"(?i:state|province|region|governorate|department|prefecture|oblast)\s+of\s+$")


def _told_as_region(name: str, part: str) -> bool:
    """Whether `part` of a place phrase is told with its kind of region, after or before it ("Niger state", "the
    state of Guerrero")."""
    at = name.find(part)
    return at >= 0 and bool(_REGION_AFTER.match(name, at + len(part)) or _REGION_BEFORE.search(name[:at]))


def _region_of_country_name(name: str, part: str, subdivisions: dict[str, str]) -> str | None:
    """The country of a first-level region named like a country, told with its kind ("Kafin-Koro in Niger state",
    "the state of Niger": Nigeria, not Niger); None when the name is the country's."""
    if not _told_as_region(name, part):
        return None
    code = subdivisions.get(lookup_key(ascii_name(part)))
    return code if code is not None and code != country_code(part) else None


def _in_larger(found: tuple, larger: list[str]) -> str | None:
    """The country of the one of the towns of a name (`found`, largest first) that lies in the country of a town
    named as a larger place after it, the largest place first ("Jalalpur, Shamli (UP)": the Jalalpur of India, not
    the larger one of Pakistan); None when no larger place is a town of the same country as one of them (a larger
    place that is only a homonym abroad, "Rurrenabaque, Beni", does not settle it)."""
    if len(found) < 2:
        return None
    for part in reversed(larger):
        countries = {p.country for p in localities(part)}
        if countries:
            agreed = next((p.country for p in found if p.country in countries), None)
            if agreed is not None:
                return agreed
    return None


def _state_named(parts: list[str], region: str) -> str | None:
    """The country of a town among `parts` that lies in a first-level region named `region`, when that name is also
    a country's: "Atlanta (Georgia)" lies in the United States; "Minna, Niger" in Nigeria, which has a Niger state,
    as no town of the name lies in Niger. None for any other name."""
    if not parts or not is_place_name(region):
        return None
    towns = [place for part in parts for place in localities(part)]
    for place in towns:
        if place.region is not None and lookup_key(place.region) == lookup_key(region):
            return place.country
    named = country_code(region)
    if any(place.country == named for place in towns):
        return None  # "Gaya, Niger": a town of the country
    return next((place.country for place in towns if admin1_named([region], place.country)), None)


@cache
def _seats() -> frozenset[str]:
    """The capitals and seats of government geo_capitals.tsv names, as lookup keys without "the" (not a seat it marks
    as outside the capital city)."""
    return frozenset(lookup_key(place.removeprefix("the ")) for place, _, *outside in tsv_rows("geo_capitals.tsv")
                     if not outside)


def _seat_in_capital(name: str, country: str | None) -> Situation | None:
    """A seat of government that is no city ("the White House", "Downing Street", "the Kremlin") lies in its country's
    capital, not in a small town of its name (White House, Tennessee); None for any other name, and for a city."""
    bare = name.removeprefix("the ")
    if country is None or lookup_key(bare) not in _seats() or country_code(bare) != country:
        return None
    if any(p.country == country and p.population >= _KNOWN_CITY for p in localities(bare)):
        return None  # a capital by its own name: the gazetteer's
    capital = capital_of(country)
    return Situation(country, capital.admin1, capital.lat, capital.lon) if capital else None


def situate(name: str, country: str | None, article_countries: Callable[[], Collection[str]],
            region: str | None = None, article_regions: Callable[[], Collection[tuple[str, str]]] = tuple
            ) -> Situation:
    """Country, first-level region and coordinates of a place phrase: its most specific name found in the
    gazetteer, in the phrase's own country if it names one, else in a country the article names
    (`article_countries`, asked only when the name is ambiguous), else the largest of that name. `region`:
    the region or country the phrase was given in ("Hidalgo" of "Tepeji, Hidalgo"); `article_regions`: the
    (country, first-level region) of the towns the article names, which hold a site it names ("Flinders Street" in
    a story from Melbourne), asked only for a site named after a small town of another region."""
    seat = _seat_in_capital(name, country) if region is None else None
    if seat is not None:
        return seat
    parts = _named_first(name, _without_named_sites(name, _name_parts(name))) + (
        _name_parts(region) if region else [])
    # the regions it is named with, by a generic name too, which names a region of a country known ("Dalo (Sefa,
    # Centre)", "Kibo (Plateau)"); no evidence of the country itself
    regions = _named_first(name, _name_parts(name, generic=True)) + (
        _name_parts(region, generic=True) if region else [])
    vouched = _town_in_named_region(regions) if region is None else None
    if vouched is not None:
        # "Bali (Mezam, North-West)": the town of Cameroon's North-West the phrase names, not Indonesia's province
        return Situation(vouched.country, vouched.admin1 or vouched.region, vouched.lat, vouched.lon)
    named = [part for part in parts if localities(part)] if region is None and country is not None else []
    if len(named) == 1 and not any(part != named[0] and (
            country_code(part) or lookup_key(ascii_name(part)) in subdivision_countries()) for part in parts):
        # "Santiago" in a story whose lead says "Chilean": the capital of Chile, not the Dominican province of that
        # name the bare word was read as; a city of the country the article names, if one bears the name, though the
        # name is another country's capital ("a square in Tripoli" in a story that names Lebanon, not Libya)
        countries = article_countries()
        if countries and country not in countries:
            # (any town, however small, where the phrase calls it one and its country has none of that name: "the
            # village of Bali" in a story from Cameroon is no province of Indonesia)
            found = localities(named[0])
            small = _told_as_town(name, named[0]) and not any(p.country == country for p in found)
            own_name = country_code(named[0]) is not None  # a country's or a capital's name ("Puerto Rico", "Greece")
            # a first-level region of a country the story names, not a town abroad of its name: "Florida" in a story
            # that says "U.S." is the state, not the Colombian city
            if not small and not own_name:
                state = next(((c, r) for c in sorted(countries) if (r := admin1_named([named[0]], c)) is not None),
                             None)
                if state is not None:
                    return Situation(state[0], state[1], None, None)
            # (or any town of the story's countries where the one abroad is no city, nor a country or a region by that
            # name: "Bor" in a story from South Sudan is the town on the Nile, not the Russian one; not "Brazil",
            # "Greece" of the United States, nor "Gao" of Burkina Faso in a note naming Mali's region)
            abroad = max((p.population for p in found if p.country == country), default=0)
            known = abroad >= _KNOWN_CITY or own_name or admin1_named([named[0]], country) is not None
            # (a town of the story's countries by its own name, where the one abroad bears it only as another of its
            # names: "the village of Qana" in a story from Lebanon is no spelling of Egypt's Qina)
            alias = not own_name and not any(_own_name(p, named[0]) for p in found if p.country == country)
            towns = [p for p in found if p.country in countries and (
                small or p.population >= _KNOWN_CITY or not known or alias and _own_name(p, named[0]))]
            # a town of its own name before one the gazetteer knows by it as another ("Manchester", not Richmond)
            town = next((p for p in towns if _own_name(p, named[0])), towns[0] if towns else None)
            if town is not None:
                return Situation(town.country, _region_of(name, named[0], town), town.lat, town.lon)
            own = next(iter(countries)) if len(countries) == 1 else None
            if abroad < _KNOWN_CITY and not own_name and _placed_elsewhere(name, parts, named[0], country):
                # "Paro, Nduga" in a story that names Indonesia: a place told within one that no country of the
                # small town abroad of its name holds (Bhutan's Paro has no Nduga); the story's one country, else none
                return Situation(own, admin1_named(regions, own) if own else None, None, None)
            if told_as_village(name, named[0]) and not any(
                    p.country == country and p.population < _KNOWN_CITY for p in found):
                # "near the village of Kobe" in a story from Mali: a village the gazetteer does not know, not the
                # Japanese city of its name; the story's one country, else none
                return Situation(own, admin1_named(regions, own) if own else None, None, None)
            own = own if not known else None
            if own is not None and not any(_own_name(p, named[0]) for p in found) and _far_from(found[0], own):
                # "a blast in Kech" in a story of Pakistani soldiers: a place of the story's one country the gazetteer
                # lacks, not the small German town that name is only another spelling of ("Ketsch"); a spelling of a
                # town near that country is the town ("Jarablus" in a story of Turkish patrols is Syria's Jarābulus)
                return Situation(own, admin1_named(regions, own), None, None)
    if region is None and _named_site_alone(name):
        # "Hagley Park" in a story set in New Zealand: a park, square or arena named after somewhere, not in the
        # English village of that name; a small town's country only when the article names it ("Kabul Airport",
        # "Manchester Arena" are in their cities)
        towns = localities(parts[0]) if parts else ()
        if towns and towns[0].population < _KNOWN_CITY:
            countries = article_countries()
            if not any(p.country in countries for p in towns):  # (also when the article names no country)
                return Situation(None, None, None, None)
            # "Flinders Street" in a story from Melbourne: in the region of the story's towns, not of the small town
            # of New South Wales the street is named after
            # (but a town whose name is the site's, "Capitol Hill", is where the site is)
            named_after = len(parts[0].split()) < len(name.split()) - (name.split()[0] == "the")
            held = {r for c, r in article_regions() if c == towns[0].country} if named_after else set()
            if held and not any(p.admin1 in held for p in towns):
                return Situation(towns[0].country, next(iter(held)) if len(held) == 1 else None, None, None)
    outer = admin1_countries(parts[-1]) if country is None and len(parts) > 1 else frozenset()
    if len(outer) > 1 and len(shared := outer & set(article_countries())) == 1:
        # "Pataz (La Libertad)" in a story that names Peru: in Peru's region of that name (El Salvador has one too),
        # not in the Ecuadorian town of it
        return situate(name, next(iter(shared)), article_countries, region, article_regions)
    for k, part in enumerate(parts):
        if part.islower():
            continue  # "the post", "the hall": common nouns, not the towns Post or Hall
        found = localities(part)
        named = country_code(part)
        if named and (country is None or country == named):
            # a country or demonym is no town ("Lebanon"); a capital is one ("Kabul"); in another country the
            # phrase names, a town of that name ("Paris, Texas", "Lebanon, Indiana")
            found = tuple(p for p in found if p.country == named and is_place_name(part))
        if not found or country is None and _outside_regions(name, part, found):
            continue
        if k and k == len(parts) - 1 and len(outer) == 1 and _city_abroad(part, next(iter(outer))) is None:
            # "Erval Velho, Santa Catarina": a town the gazetteer lacks, then the one first-level region of that name
            # (Brazil's state), not the largest town of it (a Mexican city), as `place_country` reads it
            state_country = next(iter(outer))
            return Situation(state_country, admin1_named([part], state_country), None, None)
        if country:
            # the town of the region the phrase names, where the gazetteer knows its towns' regions ("Paris, Texas")
            larger = {lookup_key(p) for p in parts[k + 1:]}
            place = next((p for p in found if p.country == country and p.region and lookup_key(p.region) in larger),
                         None) or next((p for p in found if p.country == country), None)
        elif len({p.country for p in found}) > 1:
            place = best_locality(part, article_countries())
        else:
            place = found[0]
        if place is not None and place.population < _KNOWN_CITY and not _told_as_town(name, part) and (
                state := admin1_named([part], place.country)) is not None:
            # "central California": the state, not the small town of Maryland that bears its name
            return Situation(place.country, state, None, None)
        if place is not None and place.population >= _BEARING_TOWN and _bearing_after(name, part):
            # "Baquba, 65 km northeast of Baghdad": a town the gazetteer knows, and the city its distance is counted
            # from, which lies in another region
            return Situation(place.country, _region_of(name, part, place), place.lat, place.lon)
        if place is not None:
            admin1 = admin1_named(_without_own_country(name, regions[1:], part, place), place.country)
            holding = None if admin1 else _holding_town(parts[k + 1:], place)
            if holding is not None:
                return Situation(holding.country, holding.admin1, holding.lat, holding.lon)
            return Situation(place.country, admin1 or _region_of(name, part, place), place.lat, place.lon)
    if country is not None:
        # a town whose name closes with a kind ("Salt Lake City", "Quezon City"), read without it above
        for segment in _split_names(name, _PARTS):
            whole = segment.strip()
            if " " in whole and whole.split()[-1].lower() in _place_words().localities and whole[:1].isupper():
                place = next((p for p in localities(whole) if p.country == country), None)
                if place is not None:
                    return Situation(place.country, admin1_named(regions, country) or place.admin1, place.lat,
                                     place.lon)
    if country is None and any(w[:1].isupper() for w in name.split()):
        country = place_country(name)  # "Ukraine's second-biggest city": the country it names (not "the center")
    return Situation(country, admin1_named(regions if country else parts, country), None, None)


def _town_in_named_region(parts: list[str]) -> Locality | None:
    """The town of a phrase's most specific name the gazetteer knows that lies in a first-level region the phrase
    names after it, by a generic name too ("Bali (Mezam, North-West)": the Bali of Cameroon's North-West, whatever
    province or larger town abroad bears the name); None when none does."""
    for k, part in enumerate(parts):
        found = localities(part)
        if found:
            larger = parts[k + 1:]
            # (a town of its own name first: "San Jose (San Jose)" is Costa Rica's capital, not San José de Mayo)
            ranked = sorted(found, key=lambda p: not _own_name(p, part))
            return next((p for p in ranked if (own := p.admin1 or p.region) and admin1_named(larger, p.country) == own),
                        None)
    return None


def _placed_elsewhere(name: str, parts: list[str], town: str, country: str) -> bool:
    """Whether a place phrase names a larger place after a town (`town`, read in `country`) that is neither a town,
    a first-level region nor the name of that country, nor the region the phrase spells out of a town of that name
    there: the town lies somewhere the gazetteer does not know, not in the homonym abroad. A possessive's name is
    no place the town lies in ("Delaware's Democratic")."""
    at = name.find(town)
    rest = name[at + len(town):] if at >= 0 else ""
    if town not in parts or rest[:1] in _ELISIONS:
        return False
    spelt = lookup_key(ascii_name(rest))
    if any(own and lookup_key(ascii_name(own)) in spelt
           for p in localities(town) if p.country == country for own in (p.admin1 or p.region,)):
        return False  # "Santa Rosa de Lima (La Union)": El Salvador's, whose La Unión the phrase names
    # (names only: "Afrin's entrances" tells a part of the town, not a place it lies in)
    larger = [part for part in parts[parts.index(town) + 1:] if part[:1].isupper()]
    return bool(larger) and not any(
        country_code(part) == country or admin1_named([part], country) is not None
        or any(p.country == country for p in localities(part)) for part in larger)


_FAR_KM = 2000  # from a country's capital, beyond which a town abroad of one of a name's spellings is a coincidence


def _far_from(town: Locality, country: str) -> bool:
    """Whether a town lies further than `_FAR_KM` from the capital of a country (unknown: not far)."""
    capital = capital_of(country)
    if capital is None or capital.lat is None or town.lat is None:
        return False
    lat1, lat2 = math.radians(town.lat), math.radians(capital.lat)
    arc = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        math.radians(capital.lon - town.lon) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(arc)) > _FAR_KM


def _without_own_country(name: str, parts: list[str], found: str, town: Locality) -> list[str]:
    """The parts of a place phrase but the name of the town's own country, which closes the phrase as the country,
    not as its homonymous region, when the gazetteer knows the town's region ("Celaya, Mexico" lies in Guanajuato,
    not in the State of México); unless the phrase tells it as a region ("Ecatepec, Mexico state"). The parts stay
    when the town is known only by that name (`found`: "Nezahualcoyotl (Mexico)", a note's state)."""
    own = country_name(town.country)
    if town.admin1 is None or own is None or _same_name(found, own):
        return parts
    return [part for part in parts if not _same_name(part, own) or _told_as_region(name, part)]


def _same_name(name: str, other: str) -> bool:
    return lookup_key(ascii_name(name)) == lookup_key(ascii_name(other))


def _bearing_after(name: str, part: str) -> bool:
    """Whether a place phrase gives the town `part` by its bearing from another place ("Baquba, 65 km northeast of
    Baghdad", "Tikrit, north of Baghdad"), with no note of its region after it ("Kibo, west of Toro (Toro, Sefa)")."""
    at = name.find(part)
    found = _BEARING.search(name, at + len(part)) if at >= 0 else None
    return found is not None and "(" not in name[found.end():]


def _holding_town(larger: list[str], town: Locality) -> Locality | None:
    """The town a place phrase names as where a town lies, when the gazetteer puts the two in different regions of one
    country ("the Chhapar police station area of Muzaffarnagar district": Chhapar is also a town of Rajasthan, and the
    district of Uttar Pradesh is where the phrase says it is): the larger place's own town, which the phrase vouches
    for; None when no larger place is a town of the country with a region, or the two regions agree."""
    for part in larger:
        holding = next((p for p in localities(part) if p.country == town.country and p.admin1 and _own_name(p, part)),
                       None)
        if holding is not None:
            # (a smaller town after a town of a known region is rather a homonym, or a landmark near it: "Harlem,
            # Clinton", "the coast of Oaxaca, near Tequisistlan")
            sure = town.admin1 is not None and holding.population <= town.population
            return holding if holding.admin1 != town.admin1 and not sure else None
    return None


def _region_of(name: str, part: str, town: Locality) -> str | None:
    """The first-level region of a town a place phrase names: GeoNames' US state; elsewhere the region named after
    the town, by the name the news gives it ("Najaf", "Kharkiv": the name a phrase naming the region would give,
    where GeoNames' and ISO's may differ), else the one GeoNames gives the town."""
    if _country_named(part, town):
        return None
    if town.country == "USA":
        return town.admin1 or _own_region(name, part, town)  # Washington: the District of Columbia, not the state
    return _own_region(name, part, town) or town.admin1


def _own_region(name: str, part: str, town: Locality) -> str | None:
    """The first-level region of a town's country that bears the town's name, where the phrase names that region with
    its kind ("Idlib province", "Guanajuato state", "the state of Guerrero") or the town is a city ("Kharkiv", "Taiz",
    "Kisumu", the capital "Tbilisi"), which lies in the region named after it; a small town may bear the name of a
    region far away. None for any other."""
    if town.population < _KNOWN_TOWN and not _told_as_region(name, part):
        return None
    if _country_named(part, town):
        return None
    if regions_holding(part, town.country) > 1:
        return None  # "Buenos Aires", "Lima": the province or the capital city's own region
    return admin1_named([part], town.country)


def _country_named(part: str, town: Locality) -> bool:
    """Whether a name read as a town is its country's own name ("Mexico", which the gazetteer knows as another name of
    its capital), not the capital's ("Paris"): the country, whose town gives it no region."""
    return country_code(part) is not None and lookup_key(ascii_name(part)) != lookup_key(ascii_name(
        _capital_name(town.country)))


def _capital_name(country: str) -> str:
    capital = capital_of(country)
    return capital.name if capital else ""


def read_at_home(name: str, country: str, home: str, named: Collection[str]) -> Situation | None:
    """Where a place phrase that names no country lies when its country came from a name that places of other
    countries bear too, for a story filed from `home`: that name's town at home ("Barangay San Jose, Las Navas" in a
    story from Manila: the San Jose of the Philippines, not of California), else nowhere the gazetteer tells ("the
    Andean village of Santa Barbara" in a story from Lima: not the region of Honduras); a small town of a country
    the article does not name (`named`) is a place at home too. None when the phrase keeps its reading."""
    parts = _name_parts(name)
    if country == home or any(country_code(part) for part in parts):
        return None
    towns_of = {part: localities(part) for part in parts}
    # (not a region of the country read, "Kyaukme township in northern Shan state" in a story from Bangkok: Shan is
    # Myanmar's state, whatever Thai town bears its name)
    shared = [part for part in parts if len({p.country for p in towns_of[part]} | {country}) > 1
              and not (country in region_countries(part) and _told_as_region(name, part))]
    if not shared:
        # "the Tirah valley of Khyber district" in a story from Peshawar: no small town abroad, in a country the
        # article does not name, but a place at home the gazetteer does not know
        towns = [p for part in parts for p in towns_of[part]]
        subdivisions = subdivision_countries()
        if towns and all(p.population < _KNOWN_TOWN and p.country not in named for p in towns) and not any(
                lookup_key(ascii_name(part)) in subdivisions for part in parts):
            return Situation(None, None, None, None)
        return None
    town = next((p for part in shared for p in towns_of[part] if p.country == home), None)
    if town is None:
        largest = max((p for part in shared for p in towns_of[part]), key=lambda p: p.population)
        if largest.country == country and largest.population >= _WORLD_CITY and (
                country in named or not _QUARTER.fullmatch(name)):
            # "the Samara region" in a story from Kyiv: Russia's, a city the world knows by that name (not "the Medina
            # district" in a story from Mogadishu that names no Saudi Arabia: a quarter named after the city)
            return None
        return Situation(None, None, None, None)
    return Situation(town.country, town.admin1, town.lat, town.lon)


def _named_site_alone(name: str) -> bool:
    """Whether a place phrase is a named site and nothing more: capitalised words closing with a site word ("Hagley
    Park", "Manchester Arena"), maybe with a site of it after them ("the Flinders Street crossing"), no town or region
    told with it."""
    words = name.split()
    words = words[1:] if words[:1] == ["the"] else words
    named = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
    sites = _place_words().sites
    return 1 < named and len(words) <= 4 and _PARTS.search(name) is None and words[named - 1].lower() in sites and (
        all(w in sites for w in words[named:]))


# A quarter of a town named as one, by one or two capitalised words: "Medina district", "the Hodan neighborhood".
_QUARTER = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:district|neighbou?rhood|quarter|suburb)")


def _without_named_sites(name: str, parts: list[str]) -> list[str]:
    """The names of a place phrase but those of its named sites ("Grant Park", "Lafayette Square" of "Lafayette
    Square in Washington"), whose first names are rarely the towns of that name, when the phrase has another name;
    a site named in lower case after its town stays ("Kharkiv railway station")."""
    if len(parts) < 2:
        return parts  # a phrase of one name keeps it, whatever it names
    sites = _place_words().sites
    if not any(w[:1].isupper() and w.lower() in sites for w in name.split()[1:]):
        return parts  # most phrases, at the cost of one look at their words
    kept, dropped = [], False
    # (a site named after a saint or a person in the possessive is one name: "St Paul's Cathedral in Melbourne" is no
    # St Paul, Minnesota)
    name = _SITE_POSSESSIVE.sub(lambda m: "" if m.group(1).lower() in sites else m.group(0), name)
    for segment in _split_names(name, _PARTS):
        if any(w[:1].isupper() and w.lower() in sites for w in segment.split()[1:]):
            dropped = True
        else:
            kept += _name_parts(segment)
    return kept if dropped and kept else parts


class _Cursor:
    """Token-level reader over one span of text for the place grammar."""

    def __init__(self, text: str, spans: list[tuple[int, int]], words: list[str] | None = None,
                 lower: list[str] | None = None):
        self.text = text
        self.spans = spans
        self.words = [text[s:e] for s, e in spans] if words is None else words
        self.lower = [w.lower() for w in self.words] if lower is None else lower
        self.n = len(spans)
        # (`_is_name` asked only of the few words that are no capitalised name but may still be one)
        self.names = [w[:1].isupper() or ("-" in w or w[1:2] in _ELISIONS) and _is_name(w) for w in self.words]
        self.has_parenthesis = "(" in self.words
        self.has_comma = "," in self.words

    def surface(self, first: int, last: int) -> str:
        return self.text[self.spans[first][0]:self.spans[last][1]]


AT_A_COUNT = frozenset({"least", "most"})  # "set fire to at least 10 vehicles": a count, no place after "at"


def find_places(text: str, start: int = 0, end: int | None = None,
                tokens: list[tuple[int, int]] | None = None, words: list[str] | None = None,
                lower: list[str] | None = None, bare: frozenset[str] = frozenset()) -> list[Place]:
    """Place phrases in text[start:end], in text order.

    A place is a run of capitalised names introduced by a locative preposition ("in Kabul", "near
    Berunda", "in the village of Berunda", "in the vicinity of Toro"), or a name followed by a kind of
    place ("the Kursk border region", "Dawlat Abad district") or by its administrative context in
    parentheses ("Dalo (Sefa LGA, Kam)"). It takes along its administrative context (", Sefa district",
    "(Kam)"), the larger place it lies in ("Kiriba village in Tessal"), the places listed with it each with
    its context, and a bracketed note ("[coded to Lenga]"). A stretch between two places is one place
    ("between Dalo and Nuri town", "the road linking Dalo and Nuri", "the Dalo - Nuri road"). A first-level
    region or country closing the phrase after a comma (", Balkh", ", Croatia") is left out of its words and
    kept as the place's `region`.
    `tokens`: the span's tokens when the caller has them already (as `text.tokens` splits them), `words`
    their surface words (`text[s:e]` of each) and `lower` those in lower case (`w.lower()` of each), read
    only with `tokens`. `bare`: weak prepositions after which a name is a place with nothing to confirm it, for a
    caller that knows something happened or went there ("attacked soldiers at Malam Fatori", "sent troops to
    Kherson"); "at" and "to" introduce people and things as often otherwise.
    """
    end = len(text) if end is None else end
    cur = _Cursor(text, tokens, words, lower) if tokens is not None else _Cursor(text, split_tokens(text, start, end))
    words = _place_words()
    opening = _opening_words()
    out: list[Place] = []
    covered_until = -1
    # the tokens a test below may hold at, picked in one pass: most words are none
    names = cur.names if cur.has_parenthesis else ()
    starts = [i for i, low in enumerate(cur.lower)
              if low in opening or low[-2:] in _POSSESSIVE_ENDS or names and names[i]]
    for i in starts:
        low = cur.lower[i]
        if i <= covered_until:
            continue
        if low not in opening and not (cur.has_parenthesis and cur.names[i]) and not (
                low[-2:] in _POSSESSIVE_ENDS and (cur.names[i] or i > 0 and cur.names[i - 1])):
            continue  # most words: none of the tests below holds
        found = None
        if low[-2:] in _POSSESSIVE_ENDS and low not in opening:
            # "closed all of Dalo's entrances", "shelled Dalo's northern neighbourhoods": a part of a town named
            # with its possessive is a place without a preposition too
            found = _possessive_part(cur, i, covered_until)
        elif low in _SPAN_JOINERS:  # "between Dalo and Nuri town (Sefa)", "from Dalo to Nuri"
            # "the road between Dalo and Kafr Nuri": a route or a border is between places
            # and so is what travels it ("ambushed a convoy between Dori and Seytenga", "a bus travelling between …")
            route = i > 0 and (cur.lower[i - 1] in _ROUTE_KINDS or cur.lower[i - 1] in _UNTITLED
                               or cur.lower[i - 1] in _ON_THE_WAY)
            found = _stretch(cur, i + 1, _SPAN_JOINERS[low], route)
        elif cur.words[i] == "[" and i + 3 < cur.n and cur.lower[i + 1] == "coded" and (
                cur.lower[i + 2] in words.note_words):
            # "rallied outside parliament [coded to Lenga-Centre]": the note says where it is counted
            last = _name_chain(cur, i + 3)
            found = (i + 3, last) if last is not None and last + 1 < cur.n and cur.words[last + 1] == "]" else None
        elif low in _ROUTE_VERBS and i > 0 and cur.lower[i - 1] in {"road", "highway", "route", "that", "which"}:
            # "the road linking Dalo and Nuri", "the highway that connects Dalo to Nuri"
            found = _stretch(cur, i + 1, "and") or _stretch(cur, i + 1, "to")
        if found is None and (low in words.strong or low in words.weak or low in words.kinded) and not (
                low == "on" and i > 0 and cur.lower[i - 1] in _ON_SOMEONE) and not (
                low == "to" and i > 0 and cur.lower[i - 1] in _TO_A_SOURCE) and not (
                low == "at" and i + 1 < cur.n and cur.lower[i + 1] in AT_A_COUNT) and not (
                low == "in" and _in_group_name(cur, i, words.group_names)):
            found = _after_preposition(cur, i + 1, weak=low in words.weak and low not in bare
                                       and not (low == "from" and _distance_before(cur, i)),
                                       kinded=low in words.kinded)
        elif i + 1 < cur.n and cur.lower[i + 1] == "of" and (
                low in words.relational and cur.words[i].islower() or low in words.of_place):
            # "an attack northwest of Tillia", "residents of Bakau in Lamin"
            found = _after_preposition(cur, i + 2, weak=False)
        elif low in _RESIDENTS and i > 0 and cur.names[i - 1] and cur.words[i].islower() and (
                i + 1 >= cur.n or cur.lower[i + 1] != "of"):
            found = _name_before_people(cur, i)  # "Lenga residents (Sefa, Kam) protested"
        elif low in words.kinds:
            # "shelled the village of Tulu Sama", "residents of village Omboro", "the Kursk border region"; "the
            # Karari area of Dalo": the named area, in the place after "of"
            # ("Tsafe local government area of Zamfara State": a name with modifiers before the kind, the same)
            if cur.words[i].islower() and not (i > 0 and (cur.names[i - 1] or cur.lower[i - 1] in words.modifiers)
                                               and i + 1 < cur.n and cur.lower[i + 1] == "of"
                                               and _name_before_kind(cur, i)):
                found = _kind_first(cur, i)
                if (found is None or found[0] == i) and i > 3 and cur.lower[i] in _TOWN_KINDS | {"capital"}:
                    found = _appositive(cur, i, covered_until) or found
            if not found and i > 0 and cur.words[i].islower() and (
                    cur.names[i - 1] or cur.lower[i - 1] in words.modifiers):
                found = _name_before_kind(cur, i)
            if not found and cur.words[i].islower():
                found = _named_after_description(cur, i)  # "at Ukraine's second-largest city, Kharkiv, overnight"
        elif cur.has_parenthesis and cur.names[i] and (i == 0 or not cur.names[i - 1]):
            found = _name_with_context(cur, i)
        if found and cur.words[found[1]] == ")" and _group_with_country(cur, *found):
            found = None  # "attributed the attack to Ansar al-Sharia (Libya)": a group and the country it is of
        if found and cur.has_comma:
            # "in Nigeria's commercial capital, Lagos, on Monday": the name, not the description read with its context
            found = next((named for k in range(found[0] + 1, found[1]) if cur.words[k + 1] == "," and (
                named := _named_after_description(cur, k))), found)
        if found:
            first, last = _with_quarter(cur, *found)
            larger = _listed(cur, _larger_place(cur, first, last))
            surface = cur.surface(first, larger)
            inside = cur.lower[first:larger + 1]
            # (a town whose name opens with a site's word is a town: "Port Sudan", "Port Harcourt"; one that closes
            # with it is a site as often, "the Golden Triangle", "Liberty Square")
            site = (larger == last and any(w in words.sites for w in inside) and "(" not in inside
                    and "," not in inside and not any(w in words.localities for w in inside)
                    and not (inside[0] in words.sites and best_locality(surface, (), _KNOWN_TOWN) is not None))
            country = place_country(surface)
            cut = _closing_region(cur, first, larger)
            region = cur.surface(cut + 2, larger) if cut < larger else None
            out.append(Place(cur.spans[first][0], cur.spans[cut][1], cur.surface(first, cut), country, not site,
                             region))
            covered_until = larger
    return out


# Words before "to" that make what follows a source or a cause, never a place: "according to the Law Society of Kenya",
# "thanks to the Red Cross of Kenya"
_TO_A_SOURCE = frozenset({"according", "thanks", "due", "owing"})


def _in_group_name(cur: _Cursor, i: int, names: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the "in" at token i is part of an armed group's name ("the Islamic State in the Greater Sahara")."""
    for name in names:
        at = name.index("in")
        if i >= at and tuple(cur.lower[i - at:i - at + len(name)]) == name:
            return True
    return False


@cache
def _opening_words() -> frozenset[str]:
    """The lower-case words `find_places` may find a place at, whatever stands around them: the words each
    test of its loop asks for, but the last (a name in a span with a parenthesis)."""
    words = _place_words()
    return (frozenset(_SPAN_JOINERS) | {"["} | _ROUTE_VERBS | words.strong | words.weak | words.kinded
            | words.relational | words.of_place | _RESIDENTS | words.kinds)


def _after_preposition(cur: _Cursor, i: int, weak: bool, kinded: bool = False) -> tuple[int, int] | None:
    """The place starting at token i (just after a preposition), as (first token, last token). `kinded`: only
    a kind or an administrative context confirms it ("flew over the Sorro plain", not "a row over Sorro")."""
    words = _place_words()
    to = i > 0 and cur.lower[i - 1] == "to"
    if i + 1 < cur.n and cur.lower[i] in _NEARBY and cur.words[i + 1][:1].isupper():
        i += 1  # "in nearby Kuje", "in neighbouring Dandume LGA": the place is the name (not "the nearby court")
    elif i < cur.n and cur.lower[i] == "the":
        i += 1
    # "in the vicinity of X", "on the outskirts of the village of X", "in the west side of X": the place is
    # what follows
    side = (i + 2 < cur.n and cur.words[i].islower() and cur.lower[i] in words.directions
            and cur.lower[i + 1] == "side" and cur.lower[i + 2] == "of")
    relational = side or i + 1 < cur.n and cur.lower[i] in words.relational and cur.lower[i + 1] == "of"
    if relational:
        i += 3 if side else 2
        if i < cur.n and cur.lower[i] == "the":
            i += 1
    first = i
    while i < cur.n and cur.words[i].islower() and (cur.lower[i] in words.directions
                                                    or cur.lower[i] in words.modifiers or _ordinal_kind(cur, i)):
        i += 1
    if i < cur.n and cur.lower[i] in words.kinds and cur.words[i].islower():
        return _kind_first(cur, i, first)  # "the village of Berunda", "tambon Ban Sorro"
    if i >= cur.n or cur.lower[i] in words.not_places:
        return None
    last = _name_chain(cur, i)
    owned = _possessive_place(cur, i) if last is None or _possessive_kind(cur, last + 1) else None
    if last is None or owned is not None:
        return owned
    last = _names_listed_on(cur, _coordinated(cur, last))
    named = last
    last = _parenthesis(cur, last)  # "the Omar el Sorro (al Fadiya) square"
    has_kind = False
    while last + 1 < cur.n and (cur.lower[last + 1] in words.kinds or cur.lower[last + 1] in words.modifiers):
        has_kind = has_kind or cur.lower[last + 1] in words.kinds
        last += 1
    while last > i and cur.lower[last] in words.modifiers and cur.lower[last] not in words.kinds:
        last -= 1  # "… rural" kept only before a kind
    if has_kind and named == i and cur.words[last].islower() and cur.lower[last].endswith("s") and (
            cur.lower[last] not in _PLURAL_NAMES or country_code(cur.surface(i, named))):
        return None  # "in the Kurdish towns": a description, not the name of a place
    if named == last and cur.lower[named] in words.day_names:
        return None  # "on Christmas Day in Hong Kong": a day, which the place after it does not make a place
    name = cur.surface(i, named)
    if country_code(name) and not is_place_name(name):
        if has_kind and last + 2 < cur.n and cur.lower[last + 1] == "of" and cur.lower[last] in words.localities:
            return _kind_first(cur, last, first)  # "in the Cameroonian border town of Amchide": the town, its country
        return None  # "an attack on Iraqi positions": a demonym names people, not a place
    # "at the Port of Manila", "at the University of Dalo (Kam)": a name of a known place closing it
    known = is_place_name(name)
    if not known and named > i + 1 and "of" in cur.lower[i + 1:named]:
        j = cur.lower.index("of", i + 1, named)
        known = is_place_name(cur.surface(j + 1, named))
    context = _admin_context(cur, last)
    # (an acronym alone in brackets confirms no place after "to": "attributed the attack to Shining Path (SL)"; a
    # state's does after "in" or "at": "Kanpur (UP)")
    acronym = last == named + 3 and cur.words[named + 2].isupper() and not _known_region(cur.words[named + 2])
    # "at Oxford Street", "at Kabul Airport": a kind closing the name confirms it as well
    confirmed = (has_kind or relational or context > named and not (to and acronym) or known
                 or cur.lower[named] in words.kinds or _larger_place(cur, i, context) > context)
    if cur.words[i].isupper() and not confirmed:
        return None  # an acronym alone ("in NATO") is an organisation more often than a place
    if weak and not confirmed or kinded and not (has_kind or context > named or cur.lower[named] in words.kinds):
        return None
    if (known or cur.lower[i - 1] == "the") and context == last == named and _modifies_next(cur, named):
        return None  # "an attack on Kenya troops", "in the Sorro triangle": a name as a modifier
    if cur.lower[i - 1] == "the" and context == last == named and _noun_in_ing(cur, named + 1):
        return None  # "near the Kibo gathering in Dalo": the name modifies a noun
    if has_kind and context == last and cur.lower[last] not in words.sites and _kind_modifies_next(cur, last):
        return None  # "at the Sefa district branch office": the office is the place, not the district
    return first, context


_NEARBY = frozenset({"nearby", "neighbouring", "neighboring", "adjoining", "adjacent"})


def _ordinal_kind(cur: _Cursor, i: int) -> bool:
    """Whether token i is an ordinal that numbers the kind of place after it: "the 10th arrondissement of Paris", "the
    5th district of Kabul"."""
    return bool(_ORDINAL_PART.fullmatch(cur.words[i])) and i + 1 < cur.n and cur.lower[i + 1] in (
        _place_words().localities)


def _listed(cur: _Cursor, last: int) -> int:
    """Extend a place with its context over the places listed after it, each with its own context: "Dalo
    (Sefa, Kam), Nuri (Tessal, Kam) and Kibo (Sefa, Kam)" is where one event happened, all of it."""
    words = _place_words()
    while cur.words[last] == ")":
        j = last + 1
        comma = j < cur.n and cur.words[j] == ","
        j += comma
        conjunction = j < cur.n and cur.lower[j] == "and"
        j += conjunction
        if not (comma or conjunction):
            break
        tail = _name_chain(cur, j)
        if tail is None or tail + 1 >= cur.n or cur.words[tail + 1] != "(":
            break
        close = _parenthesis(cur, tail)
        if close == tail:
            break
        while close + 1 < cur.n and cur.lower[close + 1] in words.kinds:
            close += 1
        last = close
    return last


def _name_before_people(cur: _Cursor, word: int) -> tuple[int, int] | None:
    """ "Lenga residents", "Kibo villagers (Sefa, Kam)": the name of the place its people are named after,
    as token range; with the administrative context that follows them, the phrase holds them too."""
    words = _place_words()
    j = word - 1
    while j >= 0 and cur.names[j] and cur.lower[j] not in words.not_places and word - j <= _MAX_NAME_WORDS:
        j -= 1
    first = j + 1 + (cur.lower[j + 1] == "the")
    if first >= word or first == 0 or cur.words[first - 1] in {".", "!", "?"}:
        return None  # a sentence-initial capital is no evidence of a name
    name = cur.surface(first, word - 1)
    if country_code(name) and not is_place_name(name):
        return None  # "Afghan villagers": a demonym
    context = _parenthesis(cur, word)
    if context > word:
        return first, context
    if is_place_name(name) or best_locality(name, (), _KNOWN_TOWN):
        return first, word - 1
    return None


def _closing_region(cur: _Cursor, first: int, last: int) -> int:
    """The last token of a place phrase without the first-level region or country that closes it after a
    comma ("Tepeji, Hidalgo", "Carora, Lara state", "Kanfanar, Croatia"); `last` if none does. Only a name
    known as a first-level region or a country is cut off, so that the events table's region and country
    columns still say it; a town, a district, a capital or an unknown name stays ("Kibo, Sefa district")."""
    words = _place_words()
    k = last
    while k > first and cur.words[k] != ",":
        if not (cur.names[k] or cur.lower[k] in words.particles or cur.lower[k] in words.regions
                or cur.lower[k] == "and"):  # ("Bosnia and Herzegovina")
            return last
        k -= 1
    if k <= first or k == last or not cur.names[k + 1]:
        return last
    before = k - 1
    while before > first and cur.names[before - 1]:
        before -= 1
    if before > first and cur.words[before - 1] == "," and cur.words[k - 1] != ")" and _known_region(
            cur.surface(before, k - 1)):
        return last  # "South Carolina, Alabama, Georgia": a list of regions, the last one among them
    name = cur.surface(k + 1, last)
    code = country_code(name)
    if code and is_place_name(name):  # a country, not its capital ("Kabul" lies in Afghanistan)
        return k - 1 if lookup_key(name) == lookup_key(country_name(code) or "") or not any(
            p.country == code for p in localities(name)) else last
    parts = _name_parts(name)
    return k - 1 if parts and admin1_named(parts, None) else last


def _known_region(name: str) -> bool:
    """Whether a name is a country, a capital or a first-level region ("Manila", "Hidalgo")."""
    return is_place_name(name) or admin1_named([name], None) is not None


_POSSESSIVE_ENDS = frozenset({"'s", "’s"})
# Parts of a place that only a place has ("Dalo's outskirts"; "Doe's heart", "Doe's part" are a person's): their
# owner may be any town the gazetteer knows, though a small one.
_PLACE_PARTS = frozenset({"outskirts", "entrance", "entrances", "suburbs", "environs", "periphery", "vicinity"})


def _possessive_part(cur: _Cursor, k: int, covered_until: int) -> tuple[int, int] | None:
    """The part of a place named with the place's possessive at token k, with no preposition before it ("closed
    Afrin's entrances", "shelled Kabul's northern neighbourhoods"), as (first token, last token); None for any other
    possessive ("Doe's house", "Sorro's war"); a kind in the possessive confirms its owner a place, whatever part
    of it follows ("shelled Kherson city's Dniprovskyi district"). `covered_until`: the last token of the place found
    before."""
    words = _place_words()
    j = k + 1
    while j < cur.n and cur.words[j].islower() and (cur.lower[j] in words.directions
                                                    or cur.lower[j] in words.modifiers):
        j += 1
    if not _possessive_kind(cur, k) and not (j < cur.n and cur.words[j].islower() and (
            cur.lower[j] in words.relational or cur.lower[j] in words.localities and (
                cur.lower[j].endswith("s") or j + 1 < cur.n and cur.names[j + 1]))) \
            and not _direction_closes(cur, k, j):
        return None  # most possessives, on one look at the word after them
    first = k
    while first - 1 > covered_until and cur.names[first - 1] and k - first < _MAX_NAME_WORDS:
        first -= 1
    for start in range(first, k + 1):  # "On Monday Dalo's entrances": the owner is the shortest known name
        found = _possessive_place(cur, start)
        if found is not None:
            return found
    return None


def _possessive_place(cur: _Cursor, i: int) -> tuple[int, int] | None:
    """ "in Baghdad's central Tahrir Square", "in Beirut's southern suburbs": a part of a known place, named
    with the place's possessive. Another possessive modifies what follows ("in Russia's war")."""
    words = _place_words()
    j = i
    while j < cur.n and j - i < _MAX_NAME_WORDS and cur.names[j] and not _POSSESSIVE_WORD.search(cur.words[j]):
        j += 1
    # "in Helmand province's Nad Ali district": the owner's kind, which confirms it a place, carries the possessive
    kinded = j > i and _possessive_kind(cur, j)
    if j >= cur.n or not (cur.names[j] or kinded) or not _POSSESSIVE_WORD.search(cur.words[j]):
        return None
    owner = cur.surface(i, j - 1) if kinded else _POSSESSIVE_WORD.sub("", cur.surface(i, j))
    k = j + 1
    while k < cur.n and cur.words[k].islower() and (cur.lower[k] in words.directions
                                                    or cur.lower[k] in words.modifiers):
        k += 1
    if _direction_closes(cur, j, k) and (is_place_name(owner) or best_locality(owner, (), _KNOWN_TOWN)):
        return i, k - 1  # "in Nigeria's northeast", "a pub in Sydney's inner west"
    part = k < cur.n and cur.words[k].islower() and cur.lower[k] in _PLACE_PARTS
    if not (kinded or is_place_name(owner) or best_locality(owner, (), _KNOWN_TOWN) or part and localities(owner)) or (
            country_code(owner) and not is_place_name(owner)):
        return None
    if k < cur.n and cur.words[k].islower() and cur.lower[k] in words.relational:
        return i, k  # "Beirut's southern suburbs" (not "Russia's borders", "America's farms")
    if k < cur.n and cur.words[k].islower() and cur.lower[k] in words.localities and cur.lower[k].endswith("s"):
        return i, k  # "Beirut's northern neighbourhoods"
    if k < cur.n and cur.words[k].islower() and cur.lower[k] in words.localities:
        found = _kind_first(cur, k)
        if found is None and not kinded and cur.lower[k] != "capital" and (
                k + 1 == cur.n or not cur.names[k + 1] and not cur.words[k + 1].isalpha()):
            # "Kabul's diplomatic quarter, Afghanistan": the quarter, which its phrase names no more (not "Helmand
            # province's capital", nor "Nigeria's capital, Abuja", which name a town of their own)
            return i, k
        return None if found is None else (i, found[1])  # "Tegucigalpa's colonia Villanueva"
    tail = _name_chain(cur, k) if k < cur.n else None
    if tail is not None and cur.lower[tail] in words.kinds:
        return i, tail  # "Baghdad's central Tahrir Square"
    if tail is not None and tail + 1 < cur.n and cur.words[tail + 1].islower() and cur.lower[tail + 1] in words.kinds:
        return i, tail + 1  # "Baghdad's central Tahrir square"
    return None


def _direction_closes(cur: _Cursor, owner: int, k: int) -> bool:
    """Whether the words after the possessive at token `owner`, up to k, end with a direction that closes the phrase:
    "Nigeria's northeast on Saturday", "Sydney's inner west." (not "Russia's western allies": a noun follows)."""
    return k > owner + 1 and cur.lower[k - 1] in _place_words().directions and (
        k == cur.n or not cur.words[k].isalpha() or cur.lower[k] in _AFTER_PLACE)


# words that may follow a place phrase in its clause: a preposition, a conjunction, a time
_AFTER_PLACE = frozenset({"on", "in", "at", "of", "and", "or", "since", "after", "before", "when", "where", "which",
                          "that", "during", "over", "near", "last", "this", "early", "late", "overnight", "earlier"})


def _possessive_kind(cur: _Cursor, j: int) -> bool:
    """Whether token j is a lower-case kind of area in the possessive ("province's", "district's")."""
    return j < cur.n and cur.words[j].islower() and _POSSESSIVE_WORD.search(cur.words[j]) is not None and (
        _POSSESSIVE_WORD.sub("", cur.lower[j]) in _place_words().localities)


def _stretch(cur: _Cursor, i: int, joiner: str, route: bool = False) -> tuple[int, int] | None:
    """ "between Dalo and Nuri town (Sefa, Kam)", "from Kibo to Lenga": the stretch between two named places,
    from the first name to the second place's end. A kind word, an administrative context or the gazetteer
    must confirm them as places, or the route or border they are the ends of (`route`: "the road between Dalo
    and Nuri"), and two countries are parties ("talks between Russia and Ukraine")."""
    words = _place_words()
    if i < cur.n and cur.lower[i] == "the":
        i += 1
    last = _name_chain(cur, i)
    if last is None or cur.lower[i] in words.not_places:
        return None
    first_end = _parenthesis(cur, last)
    while first_end + 1 < cur.n and cur.lower[first_end + 1] in words.kinds:
        first_end += 1
    first_end = _parenthesis(cur, first_end)  # "between Dalo sector area (Sefa, Kam) and …"
    j = first_end + 1
    if j + 1 >= cur.n or cur.lower[j] != joiner:
        return None
    tail = _name_chain(cur, j + 1)
    if tail is None:
        return None
    end = _admin_context(cur, tail)
    while end + 1 < cur.n and cur.lower[end + 1] in words.kinds:
        end = _admin_context(cur, end + 1)
    end = _larger_place(cur, j + 1, end)
    names = (cur.surface(i, last), cur.surface(j + 1, tail))
    if all(country_code(n) for n in names) or any(country_code(n) and not is_place_name(n) for n in names):
        return None
    confirmed = (route or first_end > last or end > tail
                 or all(is_place_name(n) or best_locality(n, (), _KNOWN_TOWN) for n in names))
    return (i, end) if confirmed else None


# "of" between a kind and the name of its place, in English and in the Spanish of Latin America's notes: "the village
# of Berunda", "the municipio de Jutiapa", "the departamento del Progreso".
_SPANISH_OF = frozenset({"de", "del"})
_OF_KIND = frozenset({"of"}) | _SPANISH_OF


def _kind_first(cur: _Cursor, i: int, first: int | None = None) -> tuple[int, int] | None:
    """A place named after its kind: "the village of Berunda", "the market area of Kibo", "the villages of
    Dalo and Nuri Sud", "village Omboro", "tambon Ban Sorro"."""
    words = _place_words()
    first = i if first is None else first
    j = i
    while j + 1 < cur.n and cur.lower[j + 1] in words.kinds:
        j += 1
    if j + 1 < cur.n and cur.lower[j + 1] in _OF_KIND:
        start = j + 2 + (j + 2 < cur.n and cur.lower[j + 2] == "the")
    elif cur.lower[j] in words.designators and j + 1 < cur.n and _division_number(cur.words[j + 1]):
        return _numbered_division(cur, first, j + 1)
    elif cur.lower[j] in words.localities and cur.lower[j] not in _UNTITLED and j + 1 < cur.n and (
            not cur.words[j + 1].isupper()):
        start = j + 1  # "village Omboro", "the capital Lenga"; a site needs "of" ("the teaching hospital of X")
        if _titled(cur, start):
            return None  # "burned a patrol car, state Security Secretary Rolando Solano said": a person's title
    elif cur.lower[j] in _ROUTE_KINDS and j + 1 < cur.n and "-" in cur.words[j + 1][1:-1]:
        start = j + 1  # "the highway Dalo-Nuri": a route named by its two ends
    elif cur.lower[j] in _UNTITLED and j + 1 < cur.n and cur.lower[j + 1] == "surrounding":
        start = j + 2  # "the area surrounding Dalo"
    else:
        return None
    last = _name_chain(cur, start)
    if last is None:
        return None
    if cur.lower[j].endswith("s"):
        last = _other_places(cur, _coordinated_list(cur, last))
    while last + 1 < cur.n and cur.lower[last + 1] in words.kinds:
        last += 1  # "an area of the Sorro mountains"
    return first, _admin_context(cur, last)


_TITLE_REACH = 3  # the capitalised words after a kind of place that may open a person's title ("Security Secretary")


def _titled(cur: _Cursor, i: int) -> bool:
    """Whether the capitalised words from token i hold a title a person's name follows ("Governor", "Security
    Secretary"), within the first few."""
    titles = _title_words()
    j = i
    while j < cur.n and j - i < _TITLE_REACH and cur.words[j][:1].isupper():
        if cur.words[j] in titles:
            return True
        j += 1
    return False


@cache
def _title_words() -> frozenset[str]:
    """The capitalised one-word titles that stand before a person's name ("Governor", "Secretary", "Mayor")."""
    return frozenset(title for title, *_ in tsv_rows("speakers_titles.tsv") if " " not in title and title[:1].isupper())


def _division_number(word: str) -> bool:
    return word.isdigit() and len(word) <= 2


def _numbered_division(cur: _Cursor, first: int, number: int) -> tuple[int, int] | None:
    """A numbered division in lower case and the town it divides: "zone 18 of Guatemala City", "ward 12, Harare",
    "comuna 13, Medellin". The number alone names no place a gazetteer knows, so only the town after it makes one."""
    if number + 2 < cur.n and cur.lower[number + 1] == "of":
        start = number + 2 + (cur.lower[number + 2] == "the")
        last = _name_chain(cur, start)
        return None if last is None else (first, _admin_context(cur, last))
    last = _admin_context(cur, number)
    return (first, last) if last > number else None


def _name_before_kind(cur: _Cursor, kind: int) -> tuple[int, int] | None:
    """The name run that ends just before a kind word ("Kursk border region"), as token range."""
    words = _place_words()
    j = kind - 1
    while j >= 0 and cur.lower[j] in words.modifiers:
        j -= 1
    last_name = j
    route = cur.lower[kind] in _ROUTE_KINDS
    # "Dalo and Nuri areas (Sefa, Kam)", "the Dalo and Nuri districts of Sefa oblast": names listed before a plural
    # kind whose context follows ("Sunni and Shia areas", "Kurdish and Arab towns" describe)
    plural = (cur.lower[kind].endswith("s") and cur.lower[kind] not in _PLURAL_NAMES and kind + 1 < cur.n
              and (cur.words[kind + 1] == "(" or cur.lower[kind + 1] in ("of", "in")))
    of_only = plural and cur.lower[kind + 1] == "of"
    reach = 2 * _MAX_NAME_WORDS if route else _MAX_NAME_WORDS  # "the Dar al Sorro - Kafr el Nuri road"
    size = 0  # the words of the name the walk is in: the reach bounds each name of a list, not the list
    while j >= 0 and cur.names[j] and cur.lower[j] not in words.not_places and size < reach:
        j -= 1
        size += 1
        if j > 1 and route and cur.words[j].islower() and cur.lower[j] in words.particles and (
                cur.names[j - 1] or cur.words[j - 1] in _DASHES and cur.names[j - 2]):
            j -= 1  # "Dar al Sorro road", "Dalo - al Nuri road": a particle inside a name of the route
        if j > 0 and (cur.words[j] in _DASHES or cur.lower[j] == "and" and (route or plural)
                      or cur.words[j] == "," and plural) and (cur.names[j - 1] and j < last_name):
            j -= 1  # "the Dalo - Nuri road", "the Dalo and Nuri border", "Ardo, Benu and Tefi districts (Kam)"
            size = 0
    first = j + 1
    if of_only and 0 < first < last_name and cur.lower[first - 1] != "the":
        # a list before "districts of" only after a determiner: "the Dalo and Nuri districts of Sefa", not "at 7
        # July and Engineering College areas of Dalo"
        first = max(k for k in range(first - 1, last_name) if not cur.names[k]) + 1
    if plural and cur.lower[kind + 1] == "in" and first <= last_name and "," not in cur.words[first:last_name]:
        # a list before "villages in" only of three names or more ("Dalo, Nuri and Kibo villages in Sefa"): "Sunni
        # and Shia areas in Dalo" describe
        first = next(k for k in range(last_name, first - 1, -1) if k == first or not cur.names[k - 1])
    if first > last_name or cur.words[first].isupper() and len(cur.words[first]) > 1 and first == last_name:
        return None
    if first == last_name and cur.lower[kind].endswith("s") and cur.lower[kind] not in _PLURAL_NAMES:
        return None  # "Kurdish towns", "rebel positions": a description, not the name of a place
    if first == 0 or (first > 0 and cur.words[first - 1] in {".", "!", "?"}):
        return None  # a sentence-initial capital is no evidence of a name
    if cur.words[first - 1].islower() and (cur.lower[first - 1] in words.directions or (
            cur.lower[first - 1] in words.opening_particles and _opens(cur.lower[first - 1], cur.lower[first]))):
        first -= 1  # "the eastern Tessal countryside", "the el Sorro road"
    first = _town_before_region(cur, first, kind)
    last = kind
    while last + 1 < cur.n and cur.lower[last + 1] in words.kinds:
        last += 1
    if country_code(cur.surface(first, last_name)) and _modifies_next(cur, last) or (
            cur.lower[last] not in _place_words().sites and _kind_modifies_next(cur, last)):
        return None  # "a Greek border guard", "the Kibo district head", "at the Sefa district branch office"
    return first, _admin_context(cur, _names_listed_on(cur, last))


def _town_before_region(cur: _Cursor, first: int, kind: int) -> int:
    """ "On 3 May, Lenga, Sorro state, drivers protested": a name set off by commas right before a region
    lies in it, and opens the place phrase."""
    if first < 2 or cur.words[first - 1] != "," or not cur.names[first - 2] or not (
            cur.lower[kind] in _place_words().localities and cur.lower[kind] not in _TOWN_KINDS):
        return first
    j = first - 2
    while j > 0 and cur.names[j - 1] and first - 1 - j < 3:
        j -= 1
    if cur.lower[j] in _place_words().not_places or country_code(cur.surface(j, first - 2)):
        return first
    return j if j == 0 or cur.words[j - 1] in {",", ":"} else first


# Kinds of town a description closes with before the town's name after a comma: "the northern city, Kano, …"
_DESCRIBED_KINDS = frozenset({"city", "town", "village", "capital", "port"})


def _named_after_description(cur: _Cursor, kind: int) -> tuple[int, int] | None:
    """ "hit Ukraine's second-largest city, Kharkiv, overnight", "in the capital, Lagos, on Monday": the town's name
    set off by commas after a description that closes with its kind, where the name ends its clause or the sentence
    and the gazetteer knows it as a large town, a region or a country's capital; the place is the name, with its own
    context. None for any other ("in the city, Jackson said", "entered the village, Maria, a resident, said")."""
    if cur.lower[kind] not in _DESCRIBED_KINDS or kind + 2 >= cur.n or cur.words[kind + 1] != "," or (
            cur.names[kind - 1] and not _POSSESSIVE_WORD.search(cur.words[kind - 1])):
        return None  # (not "Dalo village, Kano, …": a town and the larger place it lies in)
    last = _name_chain(cur, kind + 2)
    if last is None or last + 1 < cur.n and cur.words[last + 1] not in _CLOSING:
        return None
    name = cur.surface(kind + 2, last)
    if not (best_locality(name, (), _KNOWN_TOWN) or is_place_name(name)) or (
            cur.lower[kind + 2] in _place_words().not_places):
        return None
    return kind + 2, _admin_context(cur, last)


def _appositive(cur: _Cursor, kind: int, covered_until: int) -> tuple[int, int] | None:
    """ "took Wad Madani, the capital of Gezira state", "attacked Kibo, a small town north of Toro": a town's name set
    off by a comma before an article, a few adjectives and a kind that describe it ("the city of", "a small town"),
    with no preposition of its own before it; the phrase holds both, from the name, and the larger place the
    description gives. A name the gazetteer knows as a town, or any name the description places in a larger one
    ("Kibo, a town in Sefa district"); None for any other."""
    a = kind - 1
    while a > 1 and cur.words[a].islower() and cur.lower[a] not in _ARTICLES and kind - a <= _APPOSITIVE_WORDS:
        a -= 1
    if cur.lower[a] not in _ARTICLES or a < 2 or cur.words[a - 1] != "," or _appositive_kind(cur, a) != kind:
        return None
    last = a - 2
    j = last
    while j - 1 > covered_until and cur.names[j - 1] and last - j < _MAX_NAME_WORDS:
        j -= 1
    if j <= covered_until or not cur.names[j] or cur.lower[j] in _place_words().not_places:
        return None
    found = _kind_first(cur, kind)
    if found:  # "the city of Kosti": a place named after its kind, which describes a town only the gazetteer knows
        return (j, found[1]) if localities(cur.surface(j, last)) else None
    return (j, kind) if _larger_place(cur, kind, kind) > kind else None


def _kind_modifies_next(cur: _Cursor, last: int) -> bool:
    """Whether a place phrase closing with a kind word names the office or officer after it ("the Kibo district
    head", "at the Sefa district branch office", "Lenga province officials"): the place modifies them."""
    j = last + 1
    return j < cur.n and cur.words[j].islower() and cur.lower[j] in _place_words().institutions


def _noun_in_ing(cur: _Cursor, j: int) -> bool:
    """Whether the word at j is a noun in -ing after "the" and a name, and another place follows it: "near the
    Kibo gathering in Dalo" is in Dalo; "in the Kibo bombing" still tells Kibo, and "in the Kibo area during …"
    has no noun in -ing."""
    return (j + 2 < cur.n and cur.words[j].islower() and cur.lower[j].endswith("ing") and len(cur.lower[j]) > 5
            and cur.lower[j] not in _ING_PREPOSITIONS and cur.lower[j + 1] in {"in", "at", "near", "of"}
            and cur.names[j + 2] and cur.lower[j + 2] not in _place_words().not_places)


# Prepositions in -ing: "in the Sorro valley during the night", "in the Dalo area following clashes".
_ING_PREPOSITIONS = frozenset({"during", "following", "including", "regarding", "concerning", "according",
                               "excluding", "pending", "bordering", "surrounding", "overlooking", "adjoining",
                               "killing", "injuring", "wounding", "leaving", "targeting", "using", "causing"})


def _modifies_next(cur: _Cursor, last: int) -> bool:
    """Whether the word after a place phrase shows it to be a modifier of that word."""
    j = last + 1
    if j >= cur.n or not cur.words[j][0].isalnum():
        return False
    low = cur.lower[j]
    return cur.words[j].islower() and low not in _place_words().followers and not low.endswith(("ed", "ing"))


def _coordinated_list(cur: _Cursor, last: int) -> int:
    """The last name of "A, B and C" starting with the name that ends at `last` (each may carry a bracketed
    note: "A [B] and C")."""
    last = _bracket(cur, last)
    j = _skip_note(cur, last + 1)  # "A (approximate coordinates from Dalo used), B and C"
    while j + 1 < cur.n and cur.words[j] in {",", "and"}:
        k = j + 1 + (cur.words[j] == "," and cur.lower[j + 1] == "and")
        tail = _name_chain(cur, k)
        if tail is None:
            break
        last = tail = _bracket(cur, tail)
        if cur.words[k - 1] == "and":
            break
        j = _skip_note(cur, tail + 1)
    return last


def _other_places(cur: _Cursor, last: int) -> int:
    """A list of places that goes on with the unnamed others of their kind ("the villages of Dalo, Nuri and other
    unspecified locations in …", "Dalo and Nuri and another unidentified Village in …"): the last token of the
    kind that closes it, else `last`."""
    j = last + 1
    if j + 2 >= cur.n or cur.lower[j] != "and" or cur.lower[j + 1] not in {"other", "another"}:
        return last
    one = cur.lower[j + 1] == "another"
    words = _place_words()
    for k in range(j + 2, min(cur.n, j + 5)):
        low = cur.lower[k]
        kind = low in words.kinds
        if not (cur.words[k].islower() or kind):
            break
        if kind and (one or low.endswith("s")) or low in ({"location", "place"} if one else {"locations", "places"}):
            return k
    return last


def _coordinated(cur: _Cursor, last: int) -> int:
    """ "Dalo and Nuri areas", "the Dalo and Nuri area", "Ardo, Benu and Tefi districts": names joined by commas
    and "and" are one place phrase when a kind closes them, a larger place or an administrative context follows
    ("in Dalo and Nuri, Sefa district"), or when they are three or more ("in Dalo, Nuri and Kibo, killing …")."""
    end = _coordinated_list(cur, last)
    after = end + 1
    kinds = _place_words().kinds
    if end == last:
        # "in Sorro mountain, Dalo, and Kibo areas of …", "in Sorro area and Dalo hill in …": the first of the list
        # with its own kind
        k = last
        while k + 1 < cur.n and cur.words[k + 1].islower() and cur.lower[k + 1] in kinds:
            k += 1
        if k == last or k + 2 >= cur.n or cur.words[k + 1] not in {",", "and"}:
            return last
        end = _coordinated_list(cur, k)
        after = end + 1
        return end if end > k and after < cur.n and "and" in cur.lower[k:end] and cur.lower[after] in kinds else last
    if after >= cur.n:
        return last
    # "Dalo and Nuri areas", "the Dam and Sorro area"; names listed by commas alone before a singular kind are a
    # place and its context ("Lenga, Sefa, Sorro border" is a border of Sorro)
    if cur.lower[after] in kinds and (cur.lower[after].endswith("s") or "and" in cur.lower[last + 1:end]):
        return end
    if cur.words[after] == "," and _kind_context(cur, end):
        return end
    comma = cur.lower.index(",", last + 1, end) if "," in cur.lower[last + 1:end] else None
    if cur.words[after] in _CLOSING and comma == last + 1 and "and" in cur.lower[last + 1:end] and not _known_region(
            cur.surface(comma + 1, end)):
        return end  # "in Dalo, Nuri and Kibo, killing …"; "in Foca, Bosnia and Herzegovina" is a town and its country
    # "in Ardo and Benu (coded as two events) in Wadai province", "in Ardo and Benu and another village in Wadai"
    noted = _skip_note(cur, after)
    other = _other_places(cur, noted - 1)
    tail, noted = (other, other + 1) if other >= noted else (end, noted)
    if noted < cur.n and cur.lower[noted] == "in" and _after_preposition(cur, noted + 1, weak=False):
        return tail  # "in Ardo, Benu and Tefi in Wadai province"
    if cur.words[after] == "(" and _parenthesis(cur, end) > end:
        return end  # "between Dalo and Nuri Sud (Sefa, Kam)"
    return last


def _kind_context(cur: _Cursor, last: int) -> bool:
    """Whether an administrative context with a kind or a parenthesis of its own, a known region or two names
    follows the place ending at `last` after a comma (", Sefa district", ", Kibo (Kam)", ", Balkh", ", Kibo,
    Sefa"); not just any name (", Mr. Trump")."""
    j = last + 1
    tail = _name_chain(cur, j + 1) if j + 1 < cur.n and cur.words[j] == "," else None
    if tail is None:
        return False
    named = tail
    while tail + 1 < cur.n and cur.lower[tail + 1] in _place_words().kinds:
        tail += 1
    return tail > named or _parenthesis(cur, tail) > tail or (
        cur.words[tail + 1:tail + 2] != ["."] and _known_region(cur.surface(j + 1, tail))) or (
        cur.words[tail + 1:tail + 2] == [","] and _admin_context(cur, last) > tail)  # ", Dalo, Sefa"


def _with_quarter(cur: _Cursor, first: int, last: int) -> tuple[int, int]:
    """A town and its quarter or district after a dash, with the context of both in brackets, as one place:
    "Yangon - Hlaing Tharyar (Yangon)", "Paris - 15eme Arrondissement (Paris, Ile-de-France)" (how a monitor names a
    part of a city); else the place as found."""
    k = last + 1
    if k + 2 >= cur.n or cur.words[k] not in _DASHES or "(" in cur.words[first:last + 1]:
        return first, last
    start = k + 1 + (_ORDINAL_PART.fullmatch(cur.words[k + 1]) is not None)
    quarter = _name_with_context(cur, start) if start < cur.n and cur.names[start] else None
    return (first, quarter[1]) if quarter else (first, last)


# words after which "on" names whom an act bears on, no place: "called on Rwanda to withdraw", "sanctions on Russia",
# "relied on Turkey", "declared war on Iran"
_ON_SOMEONE = frozenset({"call", "calls", "called", "calling", "rely", "relies", "relied", "relying", "depend",
                         "depends", "depended", "depending", "sanctions", "pressure", "war", "embargo", "ban",
                         "blame", "blames", "blamed", "blaming"})  # "blamed on the Allied Democratic Forces": the doer
_DASHES = frozenset({"-", "–"})
_ORDINAL_PART = re.compile(r"\d{1,2}(?:e|eme|ème|er|re|st|nd|rd|th)", re.IGNORECASE)  # "15eme Arrondissement"


def _group_with_country(cur: _Cursor, i: int, close: int) -> bool:
    """Whether the place phrase from token i to the bracket closing at `close` is a name with its country in the
    bracket, told as a doer, as incident databases name a group after its country ("sources attributed the attack to
    Ansar al-Sharia (Tunisia)", "blamed the bombing on Jundallah (Pakistan)", "claimed by the Popular Front
    (Lebanon)", "Jundallah (Pakistan) claimed responsibility"): after "by", after "to" or "on" that a verb of
    attribution opens, before a verb of claim, or with a body's head word ("Front", "Army"); not a town of that
    country ("fled to Kafr Nabl (Syria)")."""
    opening = next((k for k in range(close - 1, i, -1) if cur.words[k] == "("), None)
    if opening is None or opening == i or not country_code(cur.surface(opening + 1, close - 1)):
        return False
    last = opening - 1
    before = i - (i > 0 and cur.lower[i - 1] == "the")
    prep = cur.lower[before - 1] if before > 0 else ""
    return prep == "by" or prep in ("to", "on") and bool(_ATTRIBUTING.intersection(
        cur.lower[max(0, before - 1 - _ATTRIBUTED_REACH):before - 1])) or (
        close + 1 < cur.n and cur.lower[close + 1] in _CLAIMING) or cur.lower[last] in _BODIES


_ATTRIBUTING = frozenset({"attributed", "attributes", "attributing", "blamed", "blames", "blaming", "linked", "tied",
                          "ascribed"})
_ATTRIBUTED_REACH = 5  # words between a verb of attribution and its "to" or "on" ("attributed the attack to")
_CLAIMING = frozenset({"claimed", "claims", "claim"})  # (not "said": "residents of Goma (DRC) said")


def _name_with_context(cur: _Cursor, i: int) -> tuple[int, int] | None:
    """ "Dalo (Sefa LGA, Kam)": a bare name is a place when a parenthesis gives its
    administrative context, with a comma or a kind of place in it (not an acronym: "the Front (PF)")."""
    last = _name_chain(cur, i)
    if last is not None:
        last = _bracket(cur, last)  # "Kibo [Kibu] (Sefa, Kam)"
    if last is None or last + 1 >= cur.n or cur.words[last + 1] != "(" or (
            last == i and cur.lower[i] in _place_words().parties):
        return None  # (nor "Rioters (Nigeria)": a party and its country)
    close = _parenthesis(cur, last)
    inside = cur.lower[last + 2:close]
    kinds = _place_words().kinds
    if close > last and ("," in inside or any(w in kinds and w.islower() for w in cur.words[last + 2:close])):
        return i, close
    # "Kibo Sud (Tripoli)": one name that is a country, a capital or a large town, or a first-level region after a
    # kind or a single name ("Dalo LGA (Kam)", "Dalo (Kam)"); "the Front (PF)" is not (an acronym, whatever town
    # shares its letters), nor is "Sen. Jo Doe (Iowa)"; a name after a period opens a sentence or follows a title
    # ("Sen. Doe (Iowa)")
    if last + 3 < cur.n and i > 0 and cur.words[i - 1] not in {".", "!", "?"}:
        tail = _name_chain(cur, last + 2)
        inner = cur.surface(last + 2, tail) if tail is not None else ""
        if tail is not None and tail + 1 < cur.n and cur.words[tail + 1] == ")" and not inner.isupper() and (
                is_place_name(inner) or best_locality(inner, (), _KNOWN_TOWN) is not None
                or (cur.lower[last] in kinds or last == i) and _known_region(inner)
                or last == i and lookup_key(ascii_name(inner)) in subdivision_countries()):
            # … or a town's one name with a subdivision of any level: "L'Hay-les-Roses (Val-de-Marne)"
            # "the Police Officer of Dalo LGA (Kam)": the place is what follows the last "of"
            of = max((k for k in range(i + 1, last) if cur.lower[k] == "of"), default=None)
            if of is not None:
                i = of + 1 + (cur.lower[of + 1] == "the")
            return i, tail + 1
    return None


def _opens(particle: str, name: str) -> bool:
    """Whether a lower-case Arabic article opens the name after it: "al" and "el" any name, one assimilated to the
    consonant the name begins with only such a name ("as Sawadiyah", "an Najaf", "ash Shaddadi", "ech Chouf"), as
    "known as Abu Dalo", "such as Sorro" and "near an Iraqi army vehicle" hold the English word before a name."""
    return particle in _UNASSIMILATED or name.startswith(particle[1:])


_UNASSIMILATED = frozenset({"al", "el", "ech"})  # ("ech", French-style, is written before any name: "ech Tessin")


def _name_chain(cur: _Cursor, i: int) -> int | None:
    """Last token of the run of names starting at token i, joined by particles and "of (the)"; None if none."""
    words = _place_words()
    if i + 1 < cur.n and cur.lower[i] in words.opening_particles and cur.words[i].islower() and cur.names[i + 1] and (
            not cur.words[i + 1].isupper() and _opens(cur.lower[i], cur.lower[i + 1])):
        i += 1  # "el Sorro", "al Fadiya": the article opens the name; "an QDW vehicle" is the English article
    if i >= cur.n or not cur.names[i]:
        return None
    if cur.lower[i] in words.not_places:
        return _known_town_name(cur, i)
    last = i
    j = i + 1
    while j < cur.n and j - i < _MAX_PLACE_TOKENS:
        w = cur.words[j]
        if _is_name(w) and cur.lower[j] not in words.weekdays:  # "the People's Court": a word that cannot open a
            # place may continue one (but "in South Carolina Friday" is a place and a day)
            last = j
            j += 1
            continue
        if w == "/" and j + 1 < cur.n and cur.names[j + 1]:
            last = j + 1  # "Nawabad/Aqi Bai": two names of one place
            j += 2
            continue
        numbered = j + 1 < cur.n and (cur.words[j + 1] == "(" or (
            cur.lower[j + 1] in words.kinds and cur.words[j + 1].islower()))
        if w.isdigit() and len(w) <= 2 and numbered and not _POSSESSIVE_WORD.search(cur.words[j - 1]):
            last = j  # "Sonfonia Gare 2 neighbourhood", "Les Berges du Lac 2 (La Marsa)": a numbered place
            j += 1
            continue
        if w.isdigit() and len(w) <= 4 and cur.lower[j - 1] in _ROUTE_KINDS:
            last = j  # "Route 160", "Highway 7": a numbered road
            j += 1
            continue
        if w.isdigit() and len(w) <= 2 and cur.lower[j - 1] in words.designators:
            last = j  # "District 9 of Kabul", "Ward 7", "Sector 4": a numbered division, which its town may follow
            j += 1
            continue
        if w == "." and cur.lower[j - 1] in words.abbreviations and j + 1 < cur.n and (
                cur.names[j + 1] or cur.words[j + 1].isdigit()):
            last = j + 1  # "Block No. 4", "St. Helier"
            j += 2
            continue
        if w == "." and len(cur.words[j - 1]) == 1 and cur.words[j - 1].isupper() and j + 1 < cur.n and (
                cur.names[j + 1]) and cur.spans[j - 1][1] == cur.spans[j][0]:
            last = j + 1  # "the John F. Kennedy Federal Building": a middle name's initial
            j += 2
            continue
        if cur.lower[j] == "and" and j + 1 < cur.n and cur.names[j + 1]:
            end = j + 1
            while end + 1 < cur.n and _is_name(cur.words[end + 1]):
                end += 1
            if _known_region(cur.surface(i, end)):
                last = end  # "Jammu and Kashmir", "Bosnia and Herzegovina": one region's name, not two places
                j = end + 1
                continue
        # particles join names ("de la", "of the") only if a name follows, which may be a particle's word in
        # capitals ("Lanao del Sur", not "Boulogne-sur-Mer")
        k = j
        while k < cur.n and (cur.lower[k] in words.particles or cur.lower[k] in ("of", "the")) and k - j < 3 and not (
                k > j and cur.names[k]):
            k += 1
        if j < k < cur.n and cur.names[k]:
            last = k
            j = k + 1
            continue
        break
    if _POSSESSIVE_WORD.search(cur.words[last]):
        return None  # "in Russia’s war": a possessive modifies what follows, it is not the place
    return last


def _known_town_name(cur: _Cursor, i: int) -> int | None:
    """Last token of a town's name that opens with a word that opens no place ("General Santos"): only a large town
    the gazetteer knows by all its words; "General Motors", "Police Chief Doe" are none. None if there is none."""
    last = i
    while last + 1 < cur.n and last - i < _MAX_NAME_WORDS and cur.names[last + 1] and (
            not _POSSESSIVE_WORD.search(cur.words[last])):
        last += 1
    for end in range(last, i, -1):
        if not _POSSESSIVE_WORD.search(cur.words[end]) and best_locality(cur.surface(i, end), (), _KNOWN_TOWN):
            return end
    return None


def _admin_context(cur: _Cursor, last: int) -> int:
    """Extend a place over a following administrative context: " (Kam)", ", Balkh" or ", Lenga, Upper
    Sorro department"."""
    last = _parenthesis(cur, last)
    words = _place_words()
    for _ in range(3):
        j = last + 1
        if not (j + 1 < cur.n and cur.words[j] == ","):
            break
        if j + 3 < cur.n and cur.words[j + 1].islower() and cur.lower[j + 1] in words.localities and (
                cur.lower[j + 2] in _OF_KIND):
            found = _kind_first(cur, j + 1)  # "the vereda of Dalo, municipality of Sefa (Kam)"
            if found is None:
                break
            last = found[1]
            continue
        # ", southwest Sefa district": the part of the larger place it lies in
        directed = j + 2 < cur.n and cur.words[j + 1].islower() and cur.lower[j + 1] in words.directions
        tail = _name_chain(cur, j + 1 + directed)
        if tail is None or cur.words[j + 1].rstrip(".") in _HONORIFICS:
            break  # ", Alhaji Usman Gana,", ", Mr. Bello,": a person in apposition, no larger place
        if not directed and tail > j + 1 and tail + 2 < cur.n and cur.words[tail + 1] == "," and (
                cur.lower[tail + 2] in _SPEAKING) and is_first_name(cur.words[j + 1]) and not _known_region(
                cur.surface(j + 1, tail)):
            break  # "the police spokesman in Kabul, Khalid Zadran, said": the speaker in apposition, no region
        while tail + 1 < cur.n and (cur.lower[tail + 1] in words.kinds or cur.lower[tail + 1] in words.context_kinds):
            tail += 1
        named = tail
        tail = _parenthesis(cur, tail)
        # Only a name that closes the phrase or has a kind or a parenthesis of its own is context;
        # ", Taliban fighters attacked" is a new clause.
        confirmed = tail > named or cur.lower[named] in words.kinds or cur.lower[named] in words.context_kinds
        if directed and not confirmed and not is_place_name(cur.surface(j + 2, tail)):
            break  # (but a country: "off Tawi-Tawi, southern Philippines", "Maiduguri, northeastern Nigeria")
        # a capital or region needs no closing mark ("in Tondo, Manila to mark Labour Day")
        known = tail == named and cur.words[tail + 1:tail + 2] != ["'s"] and _known_region(cur.surface(j + 1, tail))
        if not (confirmed or known or tail + 1 == cur.n or cur.words[tail + 1] in {",", ".", ";", ":", ")", "("}):
            break
        if cur.words[tail] != ")" and _modifies_next(cur, tail):
            break  # ", Kenya border guard police": a new phrase, not the context
        last = tail
    return last


def _names_listed_on(cur: _Cursor, last: int) -> int:
    """The last token of a list of names set off by commas and closed by "and" that follows the place ending at `last`
    ("Kherson city, Antonivka, Bilozerka and Stanislav (Kherson)", "in Lima, Cusco, Puno and Juliaca against"), with
    the kinds after it; else `last`. A context is never joined by "and", so the names are places of the list, not a
    town, a district and a region; but "Foca, Bosnia and Herzegovina" is a town and one country's name."""
    end = _coordinated_list(cur, last)
    between = cur.lower[last + 1:end]
    if "and" not in between or "(" in between or not any(
            w == "," and between[k + 1] != "and" for k, w in enumerate(between)):
        return last  # three bare names at least: "Cleveland, and Trump" is no list of places
    comma = last + 1 + max(k for k, w in enumerate(between) if w == ",")
    if _known_region(cur.surface(comma + 1, end)):
        return last
    words = _place_words()
    named = end
    while end + 1 < cur.n and (cur.lower[end + 1] in words.kinds or cur.lower[end + 1] in words.modifiers):
        end += 1  # "Dalo city, Nuri, Kibo and Sefa communities (Kam)", "… and Sefa military camps"
    while end > named and cur.lower[end] not in words.kinds:
        end -= 1
    # (nor "in Sefa, Kam and Toro fighters attacked": a name that goes on as a modifier)
    return last if _modifies_next(cur, end) else end


def _bracket(cur: _Cursor, last: int) -> int:
    """Extend a place over a bracketed note of names right after it: another name of the place ("Kibo
    [Kibu]") or the place it is counted as ("Sorro [coded to Lenga-Centre]")."""
    notes = _place_words().note_words
    close = _enclosed(cur, last, "[", "]", lambda k: cur.words[k].islower() and cur.lower[k] in notes)
    named = close is not None and any(cur.names[x] for x in range(last + 2, close))
    return close if named else last


def _parenthesis(cur: _Cursor, last: int) -> int:
    """Extend a place over a parenthesis of names right after it: "Dalo (Kam)", "Lenga (Upper Sorro)"; a
    bracketed note may stand before it ("Kibo [Kibu] (Sefa, Kam)")."""
    last = _bracket(cur, last)
    close = _enclosed(cur, last, "(", ")", lambda k: False)
    if close == last + 3 and (_abbreviates(cur, last, cur.words[last + 2]) or cur.words[last + 2].isupper() and (
            cur.lower[last] in _BODIES)):
        return last  # "the Allied Democratic Forces (ADF)": the name's own letters, no place it lies in; "the Kurdistan
        # Workers' Party (PKK)": a body's acronym in its own tongue
    return close if close is not None and close > last + 2 else last


# Head words of the name of a party, an army or a movement, whose acronym in brackets is no place
_BODIES = frozenset({"party", "front", "movement", "army", "forces", "force", "group", "organisation", "organization",
                     "union", "council", "brigade", "brigades", "alliance", "coalition", "congress", "league"})
_ABBREVIATED_WORDS = 10  # the words back from an acronym in brackets whose initials it may take
_NAME_JOINERS = frozenset({"of", "the", "and", "for", "in", "de", "du", "des", "la", "le", "al", "el"})


def _abbreviates(cur: _Cursor, last: int, acronym: str) -> bool:
    """Whether an acronym is made of the initials of the capitalised words ending at token `last`, in order:
    "Rapid Support Forces (RSF)", "Islamic State of Iraq and the Levant (ISIL)"; not "Goma (DRC)"."""
    letters = [c for c in acronym if c.isalpha()]
    if len(letters) < 2 or not acronym.isupper():
        return False
    initials = []
    k = last
    while k >= 0 and last - k < _ABBREVIATED_WORDS and (cur.words[k][:1].isupper() or cur.lower[k] in _NAME_JOINERS):
        if cur.words[k][:1].isupper():
            initials.extend(part[0] for part in reversed(cur.words[k].split("-")) if part[:1].isupper())
        k -= 1
    found = iter(reversed(initials))  # each letter of the acronym found after the one before it
    return all(any(c == i for i in found) for c in letters)


def _enclosed(cur: _Cursor, last: int, opening: str, closing: str, also: Callable[[int], bool]) -> int | None:
    """The token closing a bracket that opens right after `last` and holds only names, their symbols,
    particles and kinds of place (or what `also` allows); None when there is none."""
    words = _place_words()
    j = last + 1
    if not (j + 1 < cur.n and cur.words[j] == opening):
        return None
    k = j + 1
    while k < cur.n and cur.words[k] != closing and k - j < _MAX_PLACE_TOKENS:
        # "(Ramallah and al-Bireh)", "(St. Petersburg)": a name of two joined by "and", an abbreviation's period
        joined = cur.lower[k] == "and" and cur.names[k - 1] and k + 1 < cur.n and cur.names[k + 1]
        period = cur.words[k] == "." and cur.lower[k - 1] in words.abbreviations
        if not (cur.names[k] or cur.words[k] in _PARENTHESIS_SYMBOLS or cur.lower[k] in words.particles
                or cur.lower[k] in words.kinds or joined or period or also(k)):
            return None
        k += 1
    return k if k < cur.n and cur.words[k] == closing else None


def _larger_place(cur: _Cursor, first: int, last: int) -> int:
    """Extend a place over the larger or nearby place it is given by: "Kiriba in Tessal", "al-Fadiya area
    east of Karum", "Omboro, near Lenga (Lenga, Tessal)", "Kibo village, west of Toro town", "the area of
    Mesra, about 15km from Toro", "Goro area under Sefa block", "the N1 road at the Kibo intersection",
    "Dalo area (unknown location) of Sefa district"."""
    words = _place_words()
    for _ in range(3):
        noted = _where_note(cur, last + 1)
        if noted is not None:
            last = noted
            continue
        j = _skip_note(cur, last + 1)
        comma = j < cur.n and cur.words[j] == ","
        j += comma
        if comma and j + 1 < cur.n and cur.lower[j] == "all" and cur.lower[j + 1] == "in":
            j += 1  # "the villages of Dalo and Nuri, all in Sefa territory"
        kind = _appositive_kind(cur, j) if comma else None
        if kind is not None:
            # "Kibo, a small town about 50 km north of Toro", "Dalo, the capital of Sefa province": the kind the
            # place is described as, and the larger place it is given in
            larger_end = _larger_place(cur, kind, kind)
            if larger_end == kind:
                break
            last = larger_end
            continue
        j = distance_end(cur.lower, j)
        if j + 1 < cur.n and cur.lower[j] in ("situated", "located"):
            j += 1  # "Teaalba village situated in the commune of Lakhdaria"
        two_words = j + 2 < cur.n and f"{cur.lower[j]} {cur.lower[j + 1]}" in words.landmark_prepositions
        j += two_words  # "close to", "next to": the place follows their second word
        if j + 1 >= cur.n:
            break
        w = cur.lower[j]
        inside = cur.lower[first:last + 1]
        # "on the Y-highway": a kind may close a word joined by a hyphen
        has_kind = any(x in words.kinds or "-" in x and x.rsplit("-", 1)[1] in words.kinds for x in inside)
        larger = None
        if w in ("in", "of") and not comma:
            larger = _after_preposition(cur, j + 1, weak=False)
            if w == "in" and larger and _lies_elsewhere(cur.surface(first, last), cur.surface(*larger)):
                larger = None  # "protested against the war in Syria in Berlin": Syria is not in Berlin
        elif w in words.landmark_prepositions or two_words:
            # "Kibo, near the border with Sorro (Sefa, Kam)": the neighbour and the context that places the border
            border = j + 4 < cur.n and cur.lower[j + 1] == "the" and cur.lower[j + 2] in _BORDERS and (
                cur.lower[j + 3] == "with")
            larger = _after_preposition(cur, j + 1 + 3 * border, weak=False)
            # a nearby place is given as a landmark: with its own context or the larger place it lies in ("near
            # Toro in Sefa district"), or after a place of some kind
            if larger and not (has_kind or larger[1] > larger[0] and cur.words[larger[1]] == ")"
                               or _larger_place(cur, larger[0], larger[1]) > larger[1]):
                larger = None
            if larger and w == "along" and not (comma and cur.words[larger[1]] == ")"):
                larger = None  # "Damasa, along the Sorro border (Kam)"; not "the M4 highway in Idleb along Nayrab"
        elif w == "in" and comma:  # "in Omboro, in the commune of Lenga", "Kibo village, in Lenga (Sefa)"
            larger = _after_preposition(cur, j + 1, weak=False)
            if larger and not any(x in words.localities for x in cur.lower[larger[0]:larger[1] + 1]) and (
                    cur.words[larger[1]] != ")"):
                larger = None
        elif w == "coded" and j + 2 < cur.n and cur.lower[j + 1] in words.note_words:
            larger = _after_preposition(cur, j + 2, weak=False)  # "Bate village, coded as Arso district"
        elif w == "and" and not comma and has_kind and j + 3 < cur.n and cur.lower[j + 1] == "the" and (
                cur.lower[j + 2] in words.relational and cur.lower[j + 3] == "of"):
            larger = _after_preposition(cur, j + 1, weak=False)  # "Dalo district and the outskirts of Nuri city"
        elif w == "between" and not comma and has_kind:
            # "the Kibo area between Dalo and Nuri towns", not "the Kibo area between the Dalo and Nuri families"
            larger = _stretch(cur, j + 1, "and")
        elif w == "at" and not comma and has_kind:  # "the market at Dalo", "a camp of the rebels at Dalo (Kam)"
            larger = _after_preposition(cur, j + 1, weak=True)
        elif w in words.relational and cur.lower[j + 1] == "of" and cur.words[j].islower():
            larger = _after_preposition(cur, j + 2, weak=False)
        elif w == "on" and j + 2 < cur.n and cur.lower[j + 1] == "the" and cur.lower[j + 2] in words.relational:
            larger = _after_preposition(cur, j + 1, weak=False)  # "Kibo village on the outskirts of Toro"
        elif w == "on" and not comma and j + 2 < cur.n and cur.lower[j + 1] == "the":
            # "Kibo hill on the Dalo front (Sefa, Kam)": a place on a front or road its kind or context confirms
            larger = _after_preposition(cur, j + 1, weak=True)
        if larger is None:
            break
        last = larger[1]
    return last


def _lies_elsewhere(place: str, larger: str) -> bool:
    """Whether a country, capital or region cannot lie in the place after it: no country holds both (the war "in
    Syria in Berlin", the crisis "in Sudan in Nairobi"). A town may: its name is often another's abroad ("Ara in
    As-Sweida"), as are names the gazetteer does not know ("Kiriba in Tessal")."""
    if not (is_place_name(place) or region_countries(place)):
        return False
    around = countries_of(larger)
    return bool(around) and countries_of(place).isdisjoint(around)


def countries_of(name: str, min_population: int = 0) -> frozenset[str]:
    """Every country a place name may be in: its own as a country's name, capital or demonym, its regions' (of the
    first or second level, or a subdivision of one country's alone), its towns' of at least `min_population`
    inhabitants. One country alone when the name is no homonym ("Kaduna State"; not "Busia", a county of Kenya and a
    district of Uganda); a floor leaves out the villages a city's name is also borne by abroad."""
    codes = {country_code(name), subdivision_countries().get(lookup_key(ascii_name(name)))}
    towns = {town.country for town in localities(name) if town.population >= min_population}
    return region_countries(name) | towns | {code for code in codes if code}


def _appositive_kind(cur: _Cursor, j: int) -> int | None:
    """The token of the kind of populated place that an appositive at token j describes a place as, after "a" or
    "the" and a few adjectives ("a small farming town", "the provincial capital"); None when there is none."""
    if not (j + 1 < cur.n and cur.lower[j] in _ARTICLES):
        return None
    words = _place_words()
    k = j + 1
    while k < cur.n and k - j <= _APPOSITIVE_WORDS and cur.words[k].islower() and cur.lower[k] not in words.kinds and (
            cur.lower[k] in words.modifiers or cur.lower[k] in words.directions or cur.lower[k] in _DESCRIPTIONS):
        k += 1
    return k if k < cur.n and cur.words[k].islower() and cur.lower[k] in words.localities else None


# Adjectives that describe a town in apposition: "Kibo, a small farming town north of Toro".
_DESCRIPTIONS = frozenset({"small", "tiny", "large", "big", "remote", "farming", "fishing", "mining", "market",
                           "trading", "provincial", "regional", "district", "state", "key", "strategic", "nearby",
                           "neighbouring", "neighboring", "predominantly", "mostly", "christian", "muslim",
                           "mainly", "largely", "majority", "agricultural"})
_APPOSITIVE_WORDS = 4


def _where_note(cur: _Cursor, j: int) -> int | None:
    """The token closing a parenthesis at j that tells where the place before it is counted or presumed to be, a
    place of some kind or a known one ("Falwaya road (coded as Sefa LGA, Kam)", "Kam state (presumed to be at the
    state capital of Dalo)", "(and believed to be in the Nuri area)"): a part of the place phrase, as a bracketed
    note is. None for any other parenthesis ("(coded as Southern Resistance)" tells who)."""
    if not (j + 3 < cur.n and cur.words[j] == "("):
        return None
    k = j + 1 + (cur.lower[j + 1] == "and")
    if k + 2 >= cur.n:
        return None
    if cur.lower[k] == "coded":
        k += 1 + (cur.lower[k + 1] in _place_words().note_words)
    elif cur.lower[k] in _PRESUMED:
        k += 1 + 2 * (cur.lower[k + 1:k + 3] == ["to", "be"])
        k += k < cur.n and cur.lower[k] in _NOTE_PREPOSITIONS
    else:
        return None
    found = _after_preposition(cur, k, weak=True) if k < cur.n else None
    if found is None:
        return None
    end = _larger_place(cur, found[0], found[1])
    return end + 1 if end + 1 < cur.n and cur.words[end + 1] == ")" else None


# Words of a note on where a place is presumed to be: "(presumed to be in Dalo)", "(believed to be near Nuri)".
_PRESUMED = frozenset({"presumed", "assumed", "believed", "thought", "likely", "probably"})
_NOTE_PREPOSITIONS = frozenset({"in", "at", "near", "around"})


def is_distance_unit(word: str) -> bool:
    """Whether a word (lower case) is a unit of a distance, maybe written with its number ("km", "20km", "miles")."""
    return word.lstrip("0123456789.") in _place_words().distance_units


def _distance_before(cur: _Cursor, i: int) -> bool:
    """Whether a distance ends right before token i ("20 km", "20km", "ten miles"): "ambushed a convoy 20 km from Goma"
    tells where, as "near Goma" does."""
    if i < 1 or not is_distance_unit(cur.lower[i - 1]):
        return False
    return cur.words[i - 1][:1].isdigit() or i > 1 and (cur.words[i - 2][:1].isdigit() or cur.lower[i - 2] in (
        _NUMBER_WORDS))


def distance_end(lower: Sequence[str], j: int) -> int:
    """Index after a distance at token j of lower-case words ("about 20km", "5 km", "a few miles"), which may stand
    before "from X", else j."""
    n = len(lower)
    k = j + (j < n and lower[j] in _place_words().distance_hedges)
    k += k + 1 < n and lower[k] == "a" and lower[k + 1] == "few"
    if k < n and (lower[k][:1].isdigit() or lower[k] in _NUMBER_WORDS):
        unit = k if is_distance_unit(lower[k]) else k + 1
        unit += unit + 1 < n and lower[unit] == "nautical"  # "about 140 nautical miles southwest of Pointe-Noire"
        if unit < n and is_distance_unit(lower[unit]):
            return unit + 1
    return j


# Numbers spelled out in a distance: "about ten kilometres from Toro", "a few miles from Dalo".
_NUMBER_WORDS = frozenset("few several two three four five six seven eight nine ten eleven twelve fifteen twenty "
                          "thirty forty fifty hundred".split())


def _skip_note(cur: _Cursor, j: int) -> int:
    """Index after a parenthetical note at j ("(Kurdish name)", "(unknown location)", "(coded separately across
    two days for both villages)"), else j. An aside of a few words or a clause's length: one that runs on for
    longer, or a parenthesis never closed, is no note on the place before it."""
    if j < cur.n and cur.words[j] == "(":
        for k in range(j + 1, min(cur.n, j + _NOTE_TOKENS + 2)):
            if cur.words[k] == ")":
                return k + 1
            if cur.words[k] == "(":
                break
    return j


# How many tokens a parenthetical note on a place may hold ("(approximate coordinates from Dalo, Sefa locality,
# used)"): about a clause; the text after a longer one is rarely still about the place.
_NOTE_TOKENS = 14


_ARTICLES = frozenset({"the", "a", "an"})


def _name_runs(surface: list[str], low: list[str], k: int, words: _PlaceWords) -> list[tuple[int, int, bool]]:
    """The runs of names of a place phrase from token k, as (first token, last token, ends in a possessive):
    capitalised words with the particles between them ("Rio de Janeiro", "al Fadiya"), "of" ("Isle of Man") but
    not after a kind ("West Zone of Rio"), a slash ("Nawabad/Aqi Bai"), a number ("Gare 2") and an abbreviation
    ("St. Helier"); what a bracketed note says ("[Kibu]") is left out."""
    n = len(low)
    runs = []
    while k < n:
        if surface[k] == "[":
            while k < n and surface[k] != "]":
                k += 1
            k += 1
            continue
        opening = (low[k] in words.opening_particles and k + 1 < n and _is_name(surface[k + 1])
                   and _opens(low[k], low[k + 1]))
        if not (opening or _is_name(surface[k])) or low[k] in _ARTICLES:
            k += 1
            continue
        a = k
        b = k + opening
        while not _POSSESSIVE_WORD.search(surface[b]):
            j = b + 1
            if j < n and _is_name(surface[j]):
                b = j
                continue
            if j + 1 < n and (surface[j] == "/" or surface[j] == "." and low[b] in words.abbreviations) and (
                    _is_name(surface[j + 1]) or surface[j + 1].isdigit()):
                b = j + 1
                continue
            if j < n and surface[j].isdigit() and len(surface[j]) <= 2:
                b = j
                continue
            m = j
            while m < n and m - j < 3 and (low[m] in words.particles or low[m] in ("of", "the")):
                m += 1
            joins = low[j:m]
            if not (j < m < n and _is_name(surface[m])) or "the" in joins and "of" not in joins or "of" in joins and (
                    low[b] in words.designators or low[b] in words.sites):
                break  # "West Zone of Rio", "the Port of Lenga": a kind, then the place it lies in
            b = m
        runs.append((a, b, bool(_POSSESSIVE_WORD.search(surface[b]))))
        k = b + 1
    return runs


def division_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of a division of a place, named with its own capitalised kind, that opens the place phrase
    before "of" and the place it divides ("West Zone of Rio de Janeiro" → "West Zone", "the Central District of
    Lenga" → "Central District"): where a gazetteer codes the division apart from the city. None for any other
    phrase ("Hodan district of Mogadishu", "the Republic of Sorro", "the Islamic Emirate of Sorro")."""
    if " of " not in text[start:end]:
        return None  # most phrases, at the cost of one scan of their letters
    words = _place_words()
    spans = split_tokens(text, start, end)
    surface = [text[s:e] for s, e in spans]
    low = [w.lower() for w in surface]
    k = 1 if low[:1] == ["the"] else 0
    runs = _name_runs(surface, low, k, words)
    if not runs or runs[0][0] != k:
        return None
    a, b, possessive = runs[0]
    if possessive or b == a or not surface[b][:1].isupper() or surface[b].isupper() or (
            low[b] not in words.designators or all(w in words.not_places for w in low[a:b])):
        return None
    j = b + 2 + (b + 2 < len(low) and low[b + 2] == "the")
    if not (j < len(low) and low[b + 1] == "of" and _is_name(surface[j])):
        return None
    return spans[a][0], spans[b][1]
