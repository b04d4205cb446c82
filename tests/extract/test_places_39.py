"""Where an event happened, told the ways conflict notes, wire stories and incident summaries of many countries tell
it: long lists of targets closed by "and" and a context, provinces and capitals in their regions, regions several
countries share or written with their Arabic article. The sentences are our own; the names are invented where the
grammar alone decides, and real where the gazetteer must know them."""
from tests.extract.test_event_places_acled_style import _by_trigger
from tests.extract.test_events_places import _places
from tests.extract.test_places_38 import _merged, _situated


def test_a_list_of_four_names_or_more_closed_by_and_is_one_place_not_a_town_and_its_context():
    found = _merged("On 19 February 2024, Russian forces shelled Kherson city, Antonivka, Bilozerka, Stanislav and "
                    "Chornobaivka (Kherson, Kherson). 3 civilians were injured.")
    shelled = _by_trigger(found, "shelled")
    assert shelled.location == "Kherson city, Antonivka, Bilozerka, Stanislav and Chornobaivka (Kherson, Kherson)"
    assert (shelled.location_country, shelled.location_admin1) == ("UKR", "Kherson")
    found = _merged("On 5 March 2024, protesters rallied in Dalo, Nuri, Kibo, Sefa and Tessal against the new tax.")
    assert _by_trigger(found, "rallied").location == "Dalo, Nuri, Kibo, Sefa and Tessal"
    # not a town and a country of two names, nor two names after a comma
    assert _places("Protesters gathered in Foca, Bosnia and Herzegovina on Monday.") == ["Foca"]
    assert _places("He won the primary in Cleveland, and Trump lost.") == ["Cleveland"]


def test_a_long_list_of_names_before_their_kind_opens_with_its_first_name():
    assert _places("Militants raided Dalo, Nuri, Kibo, Sefa and Tessal villages (Sefa, Kam).") == [
        "Dalo, Nuri, Kibo, Sefa and Tessal villages (Sefa, Kam)"]
    found = _merged("On 3 April 2024, Russian forces shelled Nikopol city, Marhanets, Pokrovske and Myrove communities "
                    "(Nikopol, Dnipropetrovsk). 2 civilians were injured.")
    assert _by_trigger(found, "shelled").location == (
        "Nikopol city, Marhanets, Pokrovske and Myrove communities (Nikopol, Dnipropetrovsk)")


def test_a_list_of_three_names_or_more_before_villages_in_a_district_is_the_place():
    found = _merged("On 9 January 2024, bandits attacked Dalo, Nuri, Kibo and Tessal villages in Maru LGA (Zamfara). "
                    "Fatalities: 11.")
    attacked = _by_trigger(found, "attacked")
    assert attacked.location == "Dalo, Nuri, Kibo and Tessal villages in Maru LGA (Zamfara)"
    assert attacked.location_country == "NGA"


def test_a_list_of_targets_is_no_town_of_the_region_its_second_name_is():
    found = _merged("On 6 March 2024, Israeli forces raided Jenin, Tubas, Nablus and Qalqilya (West Bank). 4 "
                    "Palestinians were arrested.")
    assert _by_trigger(found, "raided").location == "Jenin, Tubas, Nablus and Qalqilya (West Bank)"


def test_a_province_gives_the_region_it_lies_in():
    assert _situated("Barangay San Isidro, Las Navas, Northern Samar") == ("PHL", "Eastern Visayas")
    assert _situated("Patikul, Sulu") == ("PHL", "Bangsamoro Autonomous Region in Muslim Mindanao")
    assert _situated("Ouagadougou city, Kadiogo province") == ("BFA", "Centre")
    assert _situated("Dalo (Sefa, Sanmatenga)") == ("BFA", "Centre-Nord")
    assert _situated("Lille, Nord") == ("FRA", "Hauts-de-France")
    found = _merged("On 14 February 2024, soldiers killed 3 Abu Sayyaf members in Patikul, Sulu. Fatalities: 3.")
    assert _by_trigger(found, "killed").location_admin1 == "Bangsamoro Autonomous Region in Muslim Mindanao"


def test_a_province_of_a_region_since_renamed_and_a_city_named_like_a_province_of_another():
    assert _situated("Barangay Labangal, General Santos, South Cotabato") == ("PHL", "Soccsksargen")
    assert _situated("Barangay Central, Quezon City") == ("PHL", "National Capital Region")  # not Quezon's Calabarzon
    assert _situated("Lucena, Quezon") == ("PHL", "Calabarzon")


def test_where_the_second_level_is_what_reports_call_a_region_it_stays_the_region():
    assert _situated("Dalo (Dahuk)") == ("IRQ", "Duhok")  # not the Kurdistan Region it lies in
    assert _situated("Dalo subdistrict, Bantul regency, Yogyakarta province") == ("IDN", "Yogyakarta")


def test_a_region_whose_name_is_a_kind_of_place():
    assert _situated("Kaka village, Rivers state") == ("NGA", "Rivers")  # not the Kaka of Turkmenistan
    assert _situated("Dalo, Lakes state") == ("SSD", "Lakes")


def test_a_capital_no_region_is_named_after_lies_in_its_own():
    assert _situated("Mogadishu") == ("SOM", "Banadir")
    assert _situated("Tondo, Manila") == ("PHL", "National Capital Region")
    assert _situated("Bogotá") == ("COL", "Bogota")  # its region's name written without the accent


def test_a_site_in_a_capital_a_country_names_lies_in_that_capital():
    found = _merged("MOGADISHU, Somalia (Reuters) - A car bomb exploded outside a busy restaurant near the "
                    "presidential palace in Somalia's capital on Sunday, killing at least eight people, police said.")
    exploded = _by_trigger(found, "exploded")
    assert (exploded.location_country, exploded.location_admin1) == ("SOM", "Banadir")
    assert (round(exploded.location_lat), round(exploded.location_lon)) == (2, 45)
    found = _merged("Gang members shot residents in a neighborhood of Haiti's capital over the weekend.")
    assert _by_trigger(found, "shot").location_admin1 == "Ouest"


def test_a_region_several_countries_have_is_the_one_of_the_country_the_article_names():
    found = _merged("On 4 April 2024, Peruvian police clashed with miners in Pataz (La Libertad).")
    clashed = _by_trigger(found, "clashed")
    assert (clashed.location_country, clashed.location_admin1) == ("PER", "La Libertad")  # not Ecuador's town
    found = _merged("On 4 April 2024, Salvadoran police arrested gang members in Dalo (La Libertad).")
    assert _by_trigger(found, "arrested").location_country == "SLV"


def test_a_region_is_known_with_or_without_its_arabic_article():
    assert _situated("Hays district (Al Hodeidah)") == ("YEM", "Al Hudaydah")  # not Hays, Kansas
    assert _situated("Dalo (Al-Hodeidah)") == ("YEM", "Al Hudaydah")
    assert _situated("Sidi Bouafif (Hoceima)") == ("MAR", "Tanger-Tétouan-Al Hoceïma")  # (its province's region)


def test_a_region_whose_name_has_a_letter_unicode_does_not_decompose():
    assert _situated("Dalo (Sirnak)") == ("TUR", "Şırnak")  # the dotless ı of its ISO 3166-2 name
    assert _situated("Dalo, Diyarbakir province, Turkey") == ("TUR", "Diyarbakır")


def test_the_english_names_of_egypt_s_governorates_and_of_timbuktu():
    found = _merged("On 6 May 2020, militants shot an ambulance in Sheikh Zuweid (Rafah, North Sinai). Fatalities: 1.")
    shot = _by_trigger(found, "shot")
    assert (shot.location_country, shot.location_admin1) == ("EGY", "North Sinai")  # not Gaza's Rafah
    assert _situated("Dalo, Giza governorate, Egypt") == ("EGY", "Giza")
    assert _situated("Dalo, Timbuktu region, Mali") == ("MLI", "Tombouctou")
    assert _situated("Dalo, Benadir region, Somalia") == ("SOM", "Banadir")
