"""Where the events of a story happened (stop 67): a small place the article sets in its own country or region is no
town abroad of its name. A phrase that names the first-level region a town of the name lies in is that town ("Bali
(Mezam, North-West)": Cameroon's); a town told within a larger place that no town of its name abroad lies in is the
story's own ("Paro, Nduga" under an Indonesian dateline); a town of the story's country by its own name beats a town
abroad known by it only as another spelling ("Qana", not Egypt's Qina); a region the lead names with its kind tells
the story's country ("Sagaing Region"). Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

SEP_09 = datetime(2024, 9, 9, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, country, region", [
    ("On 2 May 2024, separatists burned a school in Bali (Mezam, North-West).", "burned", "CMR", "North-West"),
    ("Gunmen stormed a market in Bali (Mezam, North-West) on Monday.", "stormed", "CMR", "North-West"),
    ("Gunmen opened fire on a bus in Cordoba, Veracruz, on Monday.", "opened fire", "MEX", "Veracruz de Ignacio de la Llave"),
    ("On 2 May 2024, protesters marched in San Jose (San Jose).", "marched", "CRI", "San José"),
    # guards: the province named alone, and a town with its country
    ("Police arrested two men in Bali on Monday.", "arrested", "IDN", "Bali"),
    ("Gunmen opened fire on a bus in Cordoba, Argentina, on Monday.", "opened fire", "ARG", "Córdoba"),
])
def test_a_town_in_the_region_its_phrase_names(text, trigger, country, region):
    [event] = [e for e in events_of(text, SEP_09) if e.trigger == trigger]
    assert (event.location_country, event.location_admin1) == (country, region)


@pytest.mark.parametrize("text, trigger, country", [
    ("JAYAPURA, Indonesia — Rebels set fire to a small plane after it landed in Paro, Nduga, last year.",
     "set fire", "IDN"),
    ("Rebels in Indonesia set fire to a small plane after it landed in Paro, Nduga, on Monday.", "set fire", "IDN"),
    ("Fighting raged in Sagaing Region. Soldiers killed five villagers in Kin village in Yinmabin Township on "
     "Sunday.", "killed", "MMR"),
    ("Fighting raged in Myanmar. Soldiers killed five villagers in Kin village in Yinmabin Township on Sunday.",
     "killed", "MMR"),
    ("Israeli jets struck Lebanon on Monday. In 1996, shelling of a UN compound in the village of Qana killed more "
     "than 100 civilians.", "shelling", "LBN"),
    # guards: the homonym abroad where the phrase names its own region or country, or the story names no other
    ("Rebels in Indonesia said a plane was shot down in Paro, Bhutan, on Monday.", "shot down", "BTN"),
    ("BEIRUT, Lebanon — An airstrike hit a house in the village of Qana on Monday, killing six people.", "hit", "LBN"),
    ("Police in Japan said a man stabbed two people in Kin, Okinawa, on Sunday.", "stabbed", "JPN"),
    ("Police in Egypt said a bomb exploded in Qena on Sunday.", "exploded", "EGY"),
    ("On 29 April 2020, Turkish forces shelled Afrin's entrances.", "shelled", "SYR"),
])
def test_a_small_place_of_the_storys_own_country(text, trigger, country):
    [event] = [e for e in events_of(text, SEP_09) if e.trigger == trigger]
    assert event.location_country == country
