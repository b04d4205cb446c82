"""Where an event happened in notes of countries whose regions English spells its own way (Ukrainian and Russian
oblasts, Congolese and Sudanese provinces and states, Indonesian provinces, Ethiopian regions), of Kosovo, and of US
states that share a country's name. The incidents are our own inventions; the towns and regions are real, as the
gazetteer has to know them."""
from datetime import datetime, timezone

from etl.extract import geo
from etl.records import Event
from tests import cases

WHEN = datetime(2023, 6, 9, tzinfo=timezone.utc)


def _events(text: str) -> list[Event]:
    return cases.grounded_events(text, WHEN)


_places = cases.place_texts


def _situation(text: str) -> geo.Situation:
    [place] = geo.find_places(text)
    return geo.situate(place.text, place.country, lambda: (), place.region)


def _one(text: str) -> Event:
    found = _events(text)
    assert found, text
    return found[0]


# regions named in English: the country and region of the place phrase they close

def test_an_oblast_named_in_english_gives_the_country_and_region():
    text = "On 4 May 2023, unknown soldiers fired mortars near Zolote, Luhansk oblast."
    assert _places(text) == ["Zolote"]
    assert _situation(text).country == "UKR" and _situation(text).admin1 == "Luhansk"
    event = _one(text)
    assert (event.location, event.location_country, event.location_admin1) == ("Zolote", "UKR", "Luhansk")


def test_a_spelling_of_an_oblast_maps_to_one_region():
    text = "On 4 May 2023, a drone struck a warehouse in Robotyne, Zaporizhzhia oblast."
    event = _one(text)
    assert (event.location, event.location_country, event.location_admin1) == ("Robotyne", "UKR", "Zaporizhia")


def test_a_russian_oblast_named_in_english():
    text = "On 4 May 2023, drones struck a fuel depot in Shebekino, Belgorod oblast, causing a fire."
    event = _one(text)
    assert (event.location, event.location_country, event.location_admin1) == ("Shebekino", "RUS", "Belgorod")


def test_an_ethiopian_region_spelled_as_in_english_settles_a_name_other_countries_have():
    # "Jawi" is also a town in Malaysia: the region says which
    text = "On 2 April 2023, gunmen killed two traders in Jawi woreda, Awi zone, Amhara."
    event = _one(text)
    assert event.location.startswith("Jawi woreda")
    assert (event.location_country, event.location_admin1) == ("ETH", "Amhara")


def test_a_new_indonesian_province_gives_the_country():
    text = "On 2 April 2023, armed men burned a clinic in Nduga regency, Highland Papua."
    event = _one(text)
    assert event.location == "Nduga regency"
    assert (event.location_country, event.location_admin1) == ("IDN", "Highland Papua")


def test_a_region_opening_with_a_direction_keeps_it():
    # "North Kordofan", "South Kivu": the direction is a part of the name, not a bearing within "Kordofan"
    text = "On 2 April 2023, an airstrike hit a market in Sheikan locality, North Kordofan state."
    event = _one(text)
    assert (event.location, event.location_country, event.location_admin1) == (
        "Sheikan locality", "SDN", "North Kordofan")
    text = "On 2 April 2023, militiamen attacked an army post in Bunyakiri groupement, Kalehe territory, South Kivu."
    event = _one(text)
    assert event.location == "Bunyakiri groupement, Kalehe territory"
    assert event.location_country == "COD"


def test_a_lower_case_bearing_before_a_kind_is_no_region():
    # "the north-western countryside" is no region named "North-Western" (Zambia has one)
    assert geo.place_country("Al Ghab Plain in the north-western countryside of Hama") == "SYR"


def test_a_congolese_groupement_is_a_kind_of_place():
    assert _places("Fighting was reported in Kamuronza groupement, Masisi territory.") == [
        "Kamuronza groupement, Masisi territory"]


# Kosovo, which ISO 3166 leaves to its users

def test_kosovo_towns_are_in_kosovo():
    text = "On 2 April 2023, masked men clashed with police in Zvecan."
    event = _one(text)
    assert (event.location, event.location_country) == ("Zvecan", "XKX")


# a US state named like a country

def test_a_us_state_named_like_a_country_in_a_parenthesis():
    text = "On 6 June 2023, about 300 people marched in Atlanta (Georgia) against a new stadium."
    event = _one(text)
    assert event.location == "Atlanta (Georgia)"
    assert (event.location_country, event.location_admin1) == ("USA", "Georgia")
    # the country Georgia itself, with a town of its own
    assert geo.place_country("Rustavi, Georgia") == "GEO"


def test_downtown_opens_a_place_as_a_bearing_does():
    text = "On 6 June 2023, protesters clashed with police in downtown Minneapolis, Minnesota."
    event = _one(text)
    assert "Minneapolis" in event.location
    assert (event.location_country, event.location_admin1) == ("USA", "Minnesota")


# monitoring-mission notes: a distance and a bearing from a town

def test_a_bearing_with_hyphens_from_a_town():
    text = "On 14 May 2021, the mission recorded 9 explosions 2-3km north-west of Svitlodarsk."
    assert _places(text) == ["Svitlodarsk"]
    text = "On 14 May 2021, the mission heard 3 explosions 4-6km south-south-east of Svitlodarsk."
    assert _places(text) == ["Svitlodarsk"]
    assert _one(text).location == "Svitlodarsk"


# the target of an attack and the region it lies in

def test_a_shelled_town_with_its_region_after_a_comma():
    text = "On 7 May 2023, artillery units shelled Kurakhove, Donetsk. One man was injured."
    event = _one(text)
    assert (event.location, event.location_country, event.location_admin1) == ("Kurakhove", "UKR", "Donetsk")
    text = "On 7 May 2023, soldiers shelled Beryslav, Kherson oblast, with mortars."
    assert _one(text).location == "Beryslav"


def test_a_target_followed_by_a_name_that_is_no_region_stays_unplaced_by_it():
    # ", Oleh Petrenko said" names a person, not the region the target lies in: Kurakhove keeps the one GeoNames gives
    # it (Donetsk oblast)
    text = "On 7 May 2023, artillery units shelled Kurakhove, Oleh Petrenko said."
    assert all(e.location != "Kurakhove" or e.location_admin1 == "Donetsk" for e in _events(text))
    text = "On 7 May 2023, artillery units shelled Kurakhove, Donetsk. One man was injured."
    assert any(e.location == "Kurakhove" for e in _events(text))


def test_a_target_and_the_villages_near_it_in_a_region():
    text = "On 8 May 2023, artillery shelled Kupiansk and nearby villages in Kharkiv oblast."
    event = _one(text)
    assert event.location.startswith("Kupiansk")
    assert event.location_country == "UKR"


def test_a_site_of_a_known_town_in_lower_case():
    text = "On 8 May 2023, a missile hit Kramatorsk railway station, killing 12 people."
    event = _one(text)
    assert event.location == "Kramatorsk railway station"
    assert event.location_country == "UKR"
    # a site of a name the gazetteer does not know as a town is not taken for a place
    text = "On 8 May 2023, a missile hit Petrenko bus station, killing 12 people."
    assert all(e.location != "Petrenko bus station" for e in _events(text))


def test_the_named_area_of_a_city():
    text = "On 10 August 2023, gunmen shelled the Karari area of Omdurman, Khartoum state."
    event = _one(text)
    assert event.location == "Karari area of Omdurman"
    assert (event.location_country, event.location_admin1) == ("SDN", "Khartoum")
    # "the area of X" alone is still read as before
    assert _places("Clashes were reported in the area of Omdurman.") == ["area of Omdurman"]


# residents who protest, and residents who are hurt

def test_residents_of_a_town_protest_in_it():
    text = "On 21 January 2023, residents of Goma protested against a rise in water prices."
    event = _one(text)
    assert (event.event_type, event.location, event.location_country) == ("PROTEST", "Goma", "COD")


def test_residents_of_a_town_who_were_hurt_are_not_placed_by_it():
    text = "On 21 January 2023, a gunman shot three residents of Goma."
    assert all(e.location != "Goma" for e in _events(text))


# names with an elided French article, and towns settled by the larger place after them

def test_a_name_with_an_elided_article_is_one_name():
    text = "On 6 June 2023, about 40 people protested in Coeur d'Alene (Idaho) against a library closure."
    assert _places(text) == ["Coeur d'Alene (Idaho)"]
    event = _one(text)
    assert (event.location, event.location_country) == ("Coeur d'Alene (Idaho)", "USA")
    # a lower-case word with an apostrophe is no name: "d'etat" after "coup"
    assert _places("Soldiers staged a coup d'etat in Niamey.") == ["Niamey"]


def test_a_larger_place_of_the_same_country_settles_a_town_name_several_countries_have():
    # the largest Jalalpur is in Pakistan; the one of Shamli district is in India, as Shamli is
    assert geo.place_country("Jalalpur, Shamli") == "IND"
    # a larger place known only as a town abroad does not move the town there
    assert geo.place_country("Rurrenabaque, Beni") == "BOL"


# a town described by an apposition

def test_a_town_named_before_the_capital_it_is():
    text = "On 3 January 2024, the militia took control of Wad Madani, the capital of Gezira state, after clashes."
    assert _places(text) == ["Wad Madani, the capital of Gezira state"]
    event = _one(text)
    assert event.location == "Wad Madani, the capital of Gezira state"
    assert (event.location_country, event.location_admin1) == ("SDN", "Gezira")
    # a town with its own preposition is one place with the apposition too
    assert _places("Fighting went on in Wad Madani, the capital of Gezira state.") == [
        "Wad Madani, the capital of Gezira state"]
    # a name the gazetteer does not know as a town is no part of it
    assert _places("Talks with Zubair Okello, the city of Kosti mayor, failed.") == ["city of Kosti"]


# coordinates: a town of the region the phrase names, not a homonym

def test_a_town_named_like_a_capital_in_another_country_and_region():
    text = "On 14 October 2022, parents protested in Paris, Texas over a school board vote."
    event = _one(text)
    assert (event.location, event.location_country, event.location_admin1) == ("Paris", "USA", "Texas")
    assert round(event.location_lat) == 34 and round(event.location_lon) == -96  # not the Paris of France
    # the capital itself
    assert _situation("Students marched in Paris, France.").country == "FRA"


def test_a_named_site_is_not_looked_up_as_the_town_of_its_first_name():
    # "Lafayette Square" is in Washington, not in Lafayette, Louisiana
    situation = _situation("Veterans rallied at Lafayette Square in Washington, DC.")
    assert situation.country == "USA" and round(situation.lat) == 39 and round(situation.lon) == -77
    # a site named in lower case after its town keeps the town
    situation = _situation("Drones struck in Kramatorsk railway station.")
    assert situation.country == "UKR" and round(situation.lat) == 49


def test_a_town_whose_name_closes_with_a_kind_and_one_opening_with_saint():
    situation = _situation("A man fired at marchers in Salt Lake City, Utah.")
    assert (situation.country, situation.admin1, round(situation.lat)) == ("USA", "Utah", 41)
    situation = _situation("Nurses rallied in St. Paul, Minnesota.")
    assert (situation.country, situation.admin1, round(situation.lat)) == ("USA", "Minnesota", 45)


def test_european_and_chinese_regions_named_in_english():
    text = "On 7 October 2023, about 2,000 people marched in Leipzig (Saxony) against rent rises."
    event = _one(text)
    assert (event.location_country, event.location_admin1) == ("DEU", "Saxony")
    assert _situation("Farmers blocked a road near Utrera, Andalusia.").admin1 == "Andalusia"
    # a village the gazetteer does not know gets its country from the province named after it
    assert geo.place_country("Wukan village, Guangdong") == "CHN"


def test_a_named_site_leaves_the_town_it_is_in_and_its_homonyms_after_it():
    # the country of a road named after a town abroad is the one of the city it runs through
    assert geo.place_country("Ferozepur Road in Lahore city (Lahore, Punjab)") == "PAK"
    # a site named after the very town it is in: the town is still looked up
    situation = _situation("Journalists rallied at the Islamabad Press Club in Islamabad city (Islamabad, FCT).")
    assert situation.country == "PAK" and round(situation.lat) == 34


# targets named as lists, districts and capitals

def test_districts_named_before_their_kind_and_region():
    text = "On 22 May 2023, artillery shelled the Kupiansk and Izium districts of Kharkiv oblast."
    assert _places(text) == ["Kupiansk and Izium districts of Kharkiv oblast"]
    assert _one(text).location == "Kupiansk and Izium districts of Kharkiv oblast"
    # without a determiner, a name before "and" is not taken into the list ("at 7 July and …")
    assert _places("Gunmen fired at 7 July and Engineering College areas of Hudaydah city.") == [
        "Engineering College areas of Hudaydah city"]


def test_a_place_that_closes_the_target_phrase():
    text = "On 11 May 2023, artillery shelled the Sumy border communities of Krasnopillia and Velyka Pysarivka."
    assert "Krasnopillia and Velyka Pysarivka" in _one(text).location
    # the town of a person the target names is not where the attack was
    text = "On 29 April 2023, a mortar hit al-Shura south of Mosul, wounding the mukhtar of Zalhafa village."
    assert all(e.location != "Zalhafa village" for e in _events(text))


def test_a_list_of_targets_closed_by_a_place_with_its_context():
    text = "On 6 May 2023, artillery shelled Bilozerka, Antonivka and Dniprovske (Kherson), injuring 3 civilians."
    event = _one(text)
    assert event.location == "Bilozerka, Antonivka and Dniprovske (Kherson)"
    assert event.location_country == "UKR"


def test_the_places_a_plural_kind_lists_after_a_colon():
    text = ("On 5 May 2023, artillery shelled 4 settlements of Nikopol raion: Marhanets, Pokrovske, "
            "Chervonohryhorivka and Nikopol. No casualties.")
    assert _one(text).location == ("settlements of Nikopol raion: Marhanets, Pokrovske, Chervonohryhorivka and "
                                   "Nikopol")


def test_a_capital_as_the_target_of_an_attack_is_a_place():
    text = "On 7 May 2023, drones attacked Kyiv overnight; debris fell on a school."
    event = _one(text)
    assert (event.event_type, event.location, event.location_country) == ("ASSAULT", "Kyiv", "UKR")


def test_a_town_with_a_second_level_subdivision_in_parentheses():
    text = "On 3 July 2023, rioters set fire to the town hall of L'Hay-les-Roses (Val-de-Marne)."
    # (the hall a site of the town since stop 52, as "the police station of Dalo" is)
    assert _places(text) == ["town hall of L'Hay-les-Roses (Val-de-Marne)"]
    assert _one(text).location_country == "FRA"


def test_provinces_and_voivodeships_in_their_english_spellings():
    event = _one("On 25 May 2023, gunmen clashed with police in Darah district, Panjshir.")
    assert (event.location, event.location_country, event.location_admin1) == ("Darah district", "AFG", "Panjshir")
    assert _places("Farmers blocked a road near Dorohusk (Lublin voivodeship).") == ["Dorohusk (Lublin voivodeship)"]
    assert geo.place_country("Dorohusk (Lublin voivodeship)") == "POL"


def test_a_hyphen_written_or_left_out_in_a_town_name():
    text = "On 7 July 2021, protesters set up burning barricades in Petion-Ville, Ouest department."
    assert _one(text).location_country == "HTI"
    assert geo.localities("Croix des Bouquets")[0].country == "HTI"
    assert geo.localities("Ivano Frankivsk")[0].country == "UKR"
