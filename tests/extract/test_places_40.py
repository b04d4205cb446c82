"""Where an event happened, told the ways wire stories, incident summaries and conflict notes of many countries tell
it: the town a story was filed from, pointed at without its name; a region told by its kind before its name. The
sentences are our own; the names are invented where the grammar alone decides, and real where the gazetteer must
know them."""
from etl.extract import geo
from tests.extract.test_event_places_acled_style import _by_trigger
from tests.extract.test_events_places import _places
from tests.extract.test_places_38 import _merged, _situated


def test_this_city_of_a_wire_story_is_the_town_it_was_filed_from():
    found = _merged("QUETTA, Pakistan (AP) — A bomb ripped through a crowded vegetable market in this southwestern "
                    "city on Tuesday, killing at least eight people, officials said.")
    ripped = _by_trigger(found, "ripped through")
    assert ripped.location == "QUETTA, Pakistan"
    assert ripped.location_country == "PAK"
    assert (round(ripped.location_lat), round(ripped.location_lon)) == (30, 67)
    found = _merged("KARACHI, Pakistan (AP) — Gunmen opened fire on a van in this southern port city on Sunday, "
                    "wounding two, police said.")
    assert _by_trigger(found, "opened fire").location == "KARACHI, Pakistan"
    found = _merged("ALEPPO, Syria (AP) — Government shelling killed five civilians in rebel-held eastern neighborhoods "
                    "of this northern city on Thursday, activists said.")
    assert _by_trigger(found, "shelling").location == "ALEPPO, Syria"  # (its killing, one event with it)
    found = _merged("ODESA, Ukraine (AP) — A Russian missile strike on the port city killed 14 people on Friday, local "
                    "officials said.")
    assert _by_trigger(found, "missile strike").location == "ODESA, Ukraine"
    # not a city the story has named since
    found = _merged("KYIV, Ukraine (AP) — Russian forces shelled a market in Kherson overnight. A missile strike on the "
                    "port city killed 14 people, officials said.")
    assert not any(e.location and e.location.startswith("KYIV") for e in found)


def test_the_capital_of_a_story_filed_from_it_is_the_capital_by_its_name():
    found = _merged("KABUL (Reuters) - A suicide bomber killed at least 10 people outside a ministry building in the "
                    "Afghan capital on Monday, officials said.")
    killed = _by_trigger(found, "killed")
    assert (killed.location, killed.location_country) == ("KABUL", "AFG")
    found = _merged("PORT-AU-PRINCE, Haiti (AP) — Gang members attacked the main prison in Haiti's capital on "
                    "Saturday, freeing thousands of inmates.")
    attacked = _by_trigger(found, "attacked")
    assert (attacked.location, attacked.location_admin1) == ("PORT-AU-PRINCE, Haiti", "Ouest")
    found = _merged("TRIPOLI, Libya (AP) — Clashes erupted between rival militias in the capital overnight, killing "
                    "at least 27 people.")
    assert _by_trigger(found, "Clashes").location == "TRIPOLI, Libya"
    # another country's capital, told from abroad, keeps its words
    found = _merged("NAIROBI, Kenya (AP) — Al-Shabab fighters attacked a military base in the Somali capital on "
                    "Saturday, killing 10 soldiers.")
    attacked = _by_trigger(found, "attacked")
    assert (attacked.location, attacked.location_country) == ("Somali capital", "SOM")


def test_a_region_told_by_its_kind_before_its_name():
    assert _situated("southern state of Guerrero") == ("MEX", "Guerrero")
    assert _situated("province of Narathiwat") == ("THA", "Narathiwat")
    assert _situated("state of Niger") == ("NGA", "Niger")  # Nigeria's state, not the country
    assert _situated("Diffa region of Niger") == ("NER", "Diffa")  # but a region of the country, named
    found = _merged("MEXICO CITY (AP) — Gunmen attacked a cockfighting ring in the southern state of Guerrero, "
                    "killing 20 people, officials said.")
    assert _by_trigger(found, "attacked").location_admin1 == "Guerrero"


def test_a_town_told_with_its_region_and_its_kind_before_its_name():
    assert _situated("Amhara region town of Gondar") == ("ETH", "Amhara")
    pokrovsk = geo.situate("Donetsk region town of Pokrovsk", "UKR", lambda: set())
    assert (round(pokrovsk.lat, 1), round(pokrovsk.lon, 1)) == (48.3, 37.2)  # the town's, not Donetsk city's


def test_a_division_numbered_by_an_ordinal_before_its_kind_or_a_number_after_it():
    found = _merged("11/13/2015: Assailants opened fire on diners at restaurants in the 10th arrondissement of Paris, "
                    "Ile-de-France, France.")
    fired = _by_trigger(found, "opened fire")
    assert fired.location == "10th arrondissement of Paris, Ile-de-France, France"
    assert (fired.location_country, fired.location_admin1) == ("FRA", "Île-de-France")
    found = _merged("05/31/2017: A suicide bomber detonated a vehicle in District 9 of Kabul, Kabul province, "
                    "Afghanistan.")
    assert _by_trigger(found, "detonated").location == "District 9 of Kabul, Kabul province"
    assert _places("Rioters looted shops in the 11th district of Budapest.") == ["11th district of Budapest"]
    assert _places("A grenade exploded in Block 4 of Orvalo town.") == ["Block 4 of Orvalo town"]


def test_a_province_by_the_english_name_its_country_gives_it():
    assert _situated("San Jose (Occidental Mindoro)") == ("PHL", "Mimaropa")  # not the Californian city
    assert _situated("Calapan City, Oriental Mindoro") == ("PHL", "Mimaropa")
    found = _merged("On 1 April 2024, NPA rebels ambushed soldiers in San Jose (Occidental Mindoro). Fatalities: 2.")
    ambushed = _by_trigger(found, "ambushed")
    assert (ambushed.location_country, round(ambushed.location_lat)) == ("PHL", 12)


def test_a_town_named_after_its_description_and_a_comma():
    found = _merged("KYIV, Ukraine (AP) — Russian forces launched a barrage of missiles at Ukraine's second-largest "
                    "city, Kharkiv, overnight, killing at least seven people.")
    [barrage] = found  # (launched and killing: one attack)
    assert (barrage.location, barrage.location_country, barrage.location_admin1) == ("Kharkiv", "UKR", "Kharkiv")
    assert _places("A bomb exploded in Nigeria's commercial capital, Lagos, on Monday.") == ["Lagos"]
    assert _places("Gunmen stormed a hotel in the capital, Mogadishu, late on Friday.") == ["Mogadishu"]
    # not a person set off by commas, nor a town and the larger place it lies in
    assert _places("Troops entered the town, Maria, a resident, said.") == []
    assert _places("Gunmen attacked a school in Dalo village, Kano, on Monday.") == ["Dalo village"]


def test_a_tribal_district_or_region_is_one_place():
    assert _places("Gunmen attacked a checkpoint in the tribal district of Bajaur on Monday.") == [
        "tribal district of Bajaur"]
    found = _merged("On 3 May 2024, tribesmen clashed with Houthi forces in Al Sorro tribal region (Radman, Al "
                    "Bayda). 2 fighters were killed.")
    clashed = _by_trigger(found, "clashed")
    assert clashed.location == "Al Sorro tribal region (Radman, Al Bayda)"
    assert clashed.location_country == "YEM"


def test_a_region_by_the_first_name_of_its_official_name_tells_the_country():
    assert _situated("Zamora (Michoacán)") == ("MEX", "Michoacán de Ocampo")  # not the Spanish province of Zamora
    assert _situated("Dalo, Coahuila") == ("MEX", "Coahuila de Zaragoza")
    found = _merged("On 16 February 2024, gunmen killed 4 people in a bar in Zamora (Michoacán). Fatalities: 4.")
    killed = _by_trigger(found, "killed")
    assert (killed.location_country, round(killed.location_lat)) == ("MEX", 20)


def test_a_province_whose_name_closes_with_a_particle_s_word_in_capitals():
    found = _merged("On 13 January 2024, BIFF members attacked an army detachment in Datu Saudi Ampatuan, Maguindanao "
                    "del Sur.")
    attacked = _by_trigger(found, "attacked")
    assert attacked.location == "Datu Saudi Ampatuan, Maguindanao del Sur"
    assert (attacked.location_country, attacked.location_admin1) == (
        "PHL", "Bangsamoro Autonomous Region in Muslim Mindanao")
    found = _merged("On 16 January 2024, unidentified gunmen shot dead a barangay captain in Pagadian City, Zamboanga "
                    "del Sur.")
    assert _by_trigger(found, "shot dead").location_admin1 == "Zamboanga Peninsula"
    assert _places("Gunmen attacked Dalo (Davao del Sur).") == ["Dalo (Davao del Sur)"]


def test_a_town_abroad_is_no_place_of_a_phrase_that_names_a_region_its_country_lacks():
    # "Bassa" is also a name of the German Passau; Plateau is a state of Nigeria and a department of Benin
    found = _merged("On 3 April 2024, suspected militia attacked herders at Kwall (Bassa, Plateau). 5 people were "
                    "killed.")
    attacked = _by_trigger(found, "attacked")
    assert (attacked.location_country, attacked.location_lat) == (None, None)
    assert _situated("Jos (Jos North, Plateau)") == ("NGA", "Plateau")
    # a town of that name itself stays, whatever its region is called
    assert _situated("Makeni town (Bombali, North-West)")[0] == "SLE"


def test_the_country_whose_possessive_opens_a_place_phrase_owns_the_region_after_it():
    # not Bolivia's El Beni: Congo's town of Beni, in North Kivu
    assert _situated("Congo's eastern Beni region") == ("COD", "Nord-Kivu")
    assert _situated("Nigeria's Niger state") == ("NGA", "Niger")
    found = _merged("KINSHASA, Congo (AP) — Rebels attacked a hospital in Congo's eastern Beni region, killing at least "
                    "six patients, officials said.")
    assert _by_trigger(found, "attacked").location_country == "COD"


def test_the_route_of_a_journey_is_no_scene_when_the_clause_tells_where_on_it():
    found = _merged("05/14/2016: Assailants attacked a bus traveling from Quetta to Karachi near Hub, Lasbela district, "
                    "Balochistan, Pakistan. Five passengers were killed.")
    attacked = _by_trigger(found, "attacked")
    assert attacked.location == "Hub, Lasbela district, Balochistan, Pakistan"
    assert attacked.location_admin1 == "Balochistan"
    found = _merged("On 4 May 2024, protesters marched from Dalo to Nuri (Sefa, Kam).")
    assert _by_trigger(found, "marched").location == "Dalo to Nuri (Sefa, Kam)"
    # the area the route crosses is not where on it
    found = _merged("On 3 May 2024, unknown attackers wounded four civilians as they travelled from Dalo to Nuri town in "
                    "the disputed Sefa area.")
    assert _by_trigger(found, "wounded").location == "Dalo to Nuri town"


def test_a_district_told_with_its_province_s_possessive():
    found = _merged("06/06/2016: Assailants attacked a school in Helmand province's Nahr-e Saraj district, "
                    "Afghanistan.")
    attacked = _by_trigger(found, "attacked")
    assert attacked.location == "Helmand province's Nahr-e Saraj district"
    assert attacked.location_country == "AFG"
    assert _places("Gunmen attacked Dalo in Sefa district's Nuri village.") == ["Sefa district's Nuri village"]
    assert _places("He spoke in Helmand province's capital.") == ["Helmand"]
