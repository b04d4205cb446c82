"""Where an event happened, told the ways conflict notes and wire stories of many countries tell it: a list of
targets or a target and the villages around it that one bracket of administrative context places, a town given
by the border it lies near. The sentences are our own; the names are invented where the grammar alone decides,
and real where the gazetteer must know them."""
from datetime import datetime, timezone

from etl.extract import events, geo
from etl.records import Event
from tests import cases
from tests.extract.test_event_places_acled_style import _by_trigger
from tests.extract.test_event_places_acled_style import _merged as merged_in

WHEN = datetime(2023, 9, 1, tzinfo=timezone.utc)


def _merged(text: str) -> list[Event]:
    return merged_in(text, WHEN)


def test_a_bracket_of_context_places_a_list_of_targets_all_of_it():
    found = _merged("On 17 August 2023, Russian forces shelled Kupiansk and Kivsharivka (Kupiansk, Kharkiv). "
                    "Casualties unknown.")
    shelled = _by_trigger(found, "shelled")
    assert shelled.location == "Kupiansk and Kivsharivka (Kupiansk, Kharkiv)"
    assert (shelled.location_country, shelled.location_admin1) == ("UKR", "Kharkiv")


def test_a_bracket_of_context_places_a_target_and_the_villages_around_it():
    found = _merged("On 17 August 2023, Russian forces shelled Kupiansk and nearby villages (Kupiansk, Kharkiv). "
                    "Casualties unknown.")
    assert _by_trigger(found, "shelled").location == "Kupiansk and nearby villages (Kupiansk, Kharkiv)"
    found = _merged("On 2 May 2023, regime forces shelled Dalo and the surrounding villages in Sefa district.")
    assert _by_trigger(found, "shelled").location == "Dalo and the surrounding villages in Sefa district"
    found = _merged("On 2 May 2023, regime forces shelled Dalo and its surroundings in Sefa district.")
    assert _by_trigger(found, "shelled").location == "Dalo and its surroundings in Sefa district"


def test_an_acronym_in_brackets_after_a_target_is_no_context():
    found = _merged("On 2 May 2023, soldiers attacked Sorro Haram (JAS) in the forest.")
    assert _by_trigger(found, "attacked").location == "the forest"


def test_a_town_near_the_border_with_a_neighbour_keeps_the_context_that_places_it():
    found = _merged("On 12 May 2023, Russian forces dropped guided bombs on Vovchansk, near the border with Russia "
                    "(Chuhuiv, Kharkiv). Casualties unknown.")
    dropped = _by_trigger(found, "dropped")
    assert dropped.location == "Vovchansk, near the border with Russia (Chuhuiv, Kharkiv)"
    assert dropped.location_country == "UKR"
    found = _merged("On 9 June 2023, soldiers killed 3 militants in Dalo, close to the border with Sorro (Sefa, "
                    "Kam).")
    assert _by_trigger(found, "killed").location == "Dalo, close to the border with Sorro (Sefa, Kam)"


def test_the_neighbour_across_a_border_gives_no_country():
    assert geo.place_country("Kibo village, near the border with Russia") != "RUS"


def _situated(phrase: str) -> tuple[str | None, str | None]:
    country = geo.place_country(phrase)
    return country, geo.situate(phrase, country, lambda: set()).admin1


def test_a_kind_of_area_one_country_alone_has_gives_its_country():
    # Nigeria's LGAs, over the country Niger and over a town abroad of another name of the phrase
    assert _situated("Dalo (Sefa LGA, Niger)") == ("NGA", "Niger")
    assert geo.place_country("Dalo (Bassa LGA, Kam)") == "NGA"  # "Bassa", another name of the German Passau
    assert geo.place_country("Barangay Sorro, Esperanza") == "PHL"  # not the Dominican Esperanza
    assert geo.place_country("Dalo woreda (Kam)") == "ETH"
    # a country the phrase names itself stays
    assert geo.place_country("Dalo LGA, Ghana") == "GHA"


def test_a_region_named_like_a_country_or_its_capital_is_the_region_of_the_town_s_country():
    assert _situated("Minna, Niger") == ("NGA", "Niger")  # no Minna lies in Niger; Nigeria has a Niger state
    assert geo.place_country("Gaya, Niger") == "NER"  # a town of Niger
    assert _situated("Bermudez street in Cumana, Sucre state") == ("VEN", "Sucre")  # not Bolivia's capital


def test_a_generic_name_is_the_region_of_a_country_known_otherwise():
    assert _situated("Croix-des-Bouquets (Ouest)") == ("HTI", "Ouest")
    assert _situated("Dalo (Bassa LGA, Plateau)") == ("NGA", "Plateau")
    assert _situated("Yaounde city (Mfoundi, Centre)") == ("CMR", "Centre")


def test_a_direction_opens_a_region_s_name_with_a_particle_in_it():
    assert _situated("Dalo county (Western Bahr el Ghazal)") == ("SSD", "Western Bahr el Ghazal")


def test_the_regions_of_the_middle_east_and_russia_in_their_english_spellings():
    assert _situated("town of Dalo in Idleb province") == ("SYR", "Idlib")
    assert _situated("Dalo in the northern countryside of Ar-Raqqa") == ("SYR", "Raqqa")
    assert _situated("Kabuta (Al Mansura, Aden)") == ("YEM", "Aden")  # not Egypt's Mansoura
    assert _situated("Dalo in Thi Qar province") == ("IRQ", "Dhi Qar")
    assert _situated("Dalo bridge in Nabatiyeh") == ("LBN", "Nabatieh")
    assert _situated("Turmus Ayya (Ramallah and al-Bireh)") == ("PSE", "Ramallah")
    assert _situated("Yakutsk (Sakha)") == ("RUS", "Sakha")
    assert _situated("Soltsy (Novgorod)") == ("RUS", "Novgorod")
    assert _situated("Dalo (Sefa, Raska)") == ("SRB", "Raska")


def test_a_bracket_of_context_may_hold_a_name_of_two_joined_by_and_or_an_abbreviation():
    found = _merged("On 21 June 2023, settlers attacked farmers in Turmus Ayya (Ramallah and al-Bireh). Fatalities: 1.")
    attacked = _by_trigger(found, "attacked")
    assert attacked.location == "Turmus Ayya (Ramallah and al-Bireh)"
    assert (attacked.location_country, attacked.location_admin1) == ("PSE", "Ramallah")
    found = _merged("On 7 April 2023, soldiers killed two militants in Dalo district (Jammu and Kashmir).")
    assert _by_trigger(found, "killed").location == "Dalo district (Jammu and Kashmir)"
    found = _merged("On 29 September 2022, activists were detained in St. Petersburg (St. Petersburg).")
    assert _by_trigger(found, "detained").location == "St. Petersburg (St. Petersburg)"


def test_a_city_or_a_region_told_with_its_kind_lies_in_the_region_of_its_name():
    assert _situated("Guanajuato state") == ("MEX", "Guanajuato")
    assert _situated("Yala province") == ("THA", "Yala")
    assert _situated("the southern city of Kherson") == ("UKR", "Kherson")
    assert _situated("Taiz") == ("YEM", "Taizz")
    # not the country of the name, nor a province that shares its name with the capital's own region
    assert _situated("Mexico") == ("MEX", None)
    assert _situated("Buenos Aires") == ("ARG", None)


def test_the_capital_a_demonym_names_is_that_country_s_capital():
    doc = cases.text_doc("Protesters rallied in the Georgian capital against the law.", WHEN)
    [rallied] = [e for e in events.extract(doc, []) if e.trigger == "rallied"]
    assert rallied.location == "Georgian capital"
    assert (rallied.location_country, rallied.location_admin1) == ("GEO", "Tbilisi")
    assert (round(rallied.location_lat), round(rallied.location_lon)) == (42, 45)


def test_a_hub_and_remote_highlands_are_places():
    found = _merged("Police fired rubber bullets at protesting workers in the industrial hub of Gazipur on Friday.")
    assert _by_trigger(found, "fired").location == "industrial hub of Gazipur"
    found = _merged("Troops clashed with rebels in the remote highlands of Papua, killing three.")
    assert _by_trigger(found, "clashed").location == "remote highlands of Papua"


def test_the_areas_of_latin_american_towns_are_kinds_of_place():
    found = _merged("On 18 March 2023, armed men killed 3 people in barrio Dalo of Sefa (Cortes). Fatalities: 3.")
    assert _by_trigger(found, "killed").location == "barrio Dalo of Sefa (Cortes)"
    found = _merged("On 12 June 2022, gunmen killed two soldiers in the corregimiento of Dalo, Sefa (Antioquia).")
    assert _by_trigger(found, "killed").location == "corregimiento of Dalo, Sefa (Antioquia)"


def test_a_kind_of_the_larger_place_after_a_comma_is_its_context():
    found = _merged("On 4 March 2023, gunmen killed a social leader in the vereda of Dalo, municipality of Sefa "
                    "(Cauca). Fatalities: 1.")
    killed = _by_trigger(found, "killed")
    assert killed.location == "vereda of Dalo, municipality of Sefa (Cauca)"
    assert killed.location_country == "COL"


def test_a_region_of_a_bearing_s_name_is_a_region_of_the_country_its_town_tells():
    assert _situated("Kumbo (Bui, North West)") == ("CMR", "North-West")
    assert _situated("Tamale (Tamale, Northern)") == ("GHA", "Northern")
    assert _situated("Tajoura (Tripoli)") == ("LBY", "Tripoli")
    # a bearing alone is no region of any country
    assert _situated("the Southwest") == (None, None)


def test_a_capital_s_name_does_not_confirm_its_own_country_against_a_city_of_the_country_named():
    found = _merged("On 28 April 2020, rioters clashed with soldiers in Tripoli, and a Lebanese man was killed.")
    assert {e.location_country for e in found if e.location == "Tripoli"} == {"LBN"}
    found = _merged("Lebanese protesters gathered at the al Nour square in Tripoli on Sunday.")
    assert _by_trigger(found, "gathered").location_country == "LBN"
    # a Libyan story keeps Libya's capital
    found = _merged("Libyan militias clashed in Tripoli on Sunday.")
    assert _by_trigger(found, "clashed").location_country == "LBY"


def test_a_city_of_the_country_named_is_the_one_of_its_own_name():
    found = _merged("American supporters of the senator rallied in Manchester on Saturday.")
    rallied = _by_trigger(found, "rallied")
    assert (rallied.location_country, rallied.location_admin1) == ("USA", "New Hampshire")  # not Richmond, Virginia


def test_the_bare_name_a_bombardment_hits_is_its_place():
    found = _merged("On 3 May 2023, Russian forces shelled Dalovka. Casualties unknown.")
    assert _by_trigger(found, "shelled").location == "Dalovka"
    # not a party, nor the target of words
    assert _by_trigger(_merged("On 3 May 2023, jets bombed Hezbollah overnight."), "bombed").location is None
    found = _merged("On Monday the governor fired back at Dalovka, accusing him of lying.")
    assert all(e.location is None for e in found)


def test_a_town_described_in_apposition_keeps_the_larger_place_its_description_gives():
    found = _merged("Militants attacked Kibo, a small town about 50 km north of Maiduguri, on Sunday.")
    attacked = _by_trigger(found, "attacked")
    assert attacked.location == "Kibo, a small town about 50 km north of Maiduguri"  # not Maiduguri
    assert attacked.location_country == "NGA"
    found = _merged("Protesters gathered in Dalo, the capital of Sefa province, on Monday.")
    assert _by_trigger(found, "gathered").location == "Dalo, the capital of Sefa province"
    found = _merged("Soldiers clashed with rebels on the outskirts of Saravena, a town in Arauca province, the army "
                    "said.")
    clashed = _by_trigger(found, "clashed")
    assert (clashed.location_country, clashed.location_admin1) == ("COL", "Arauca")
    # a description that places the name nowhere is no part of the place
    found = _merged("Gunmen killed a trader in Dalo, a town known for its market, on Monday.")
    assert _by_trigger(found, "killed").location == "Dalo"


def test_a_town_the_clause_tells_after_an_opening_region_named_by_its_kind_is_where():
    found = _merged("On 8 May 2023, in the department of Sefa, dissidents blocked a road near Dalo.")
    assert _by_trigger(found, "blocked").location == "Dalo"
    found = _merged("On 8 May 2023, in Sefa region, soldiers arrested 5 youths in Dalo township.")
    assert _by_trigger(found, "arrested").location == "Dalo township"
    # not where people went, nor after a town that a region's name also is, nor after a village of a district
    found = _merged("On 8 May 2023, in Sefa department, 300 refugees returned to Dalo.")
    assert _by_trigger(found, "returned").location == "Sefa department"
    found = _merged("On 8 May 2023, in Guadalajara, Jalisco, gunmen shot dead a man in Colonia Dalo.")
    assert _by_trigger(found, "shot dead").location == "Guadalajara"
    found = _merged("On 8 May 2023, near Dalo village, Sefa District, heavy fighting forced villagers to flee to Nuri "
                    "town.")
    assert _by_trigger(found, "heavy fighting").location == "Dalo village, Sefa District"


def test_a_place_along_a_border_that_context_places_keeps_it():
    found = _merged("On 3 June 2023, militants attacked troops at Dalo, along the Sorro-Kibo border (Mandera). "
                    "Fatalities: 3.")
    attacked = _by_trigger(found, "attacked")
    assert attacked.location == "Dalo, along the Sorro-Kibo border (Mandera)"
    assert attacked.location_country == "KEN"


def test_the_context_after_the_members_of_a_place_of_several_places_them_all():
    found = _merged("On 3 June 2023, rebels clashed with militiamen in several villages of Sefa territory including "
                    "Dalo and Nuri (Nord-Kivu). Fatalities: 10.")
    clashed = _by_trigger(found, "clashed")
    assert clashed.location == "villages of Sefa territory including Dalo and Nuri (Nord-Kivu)"
    assert (clashed.location_country, clashed.location_admin1) == ("COD", "Nord-Kivu")
    assert _situated("Nur Shams refugee camp east of Tulkarem (Tulkarem)") == ("PSE", "Tulkarm")


def test_a_complex_a_refinery_and_a_dam_are_sites_a_context_places():
    found = _merged("On 30 July 2023, a drone hit an office building in the Moscow City complex (Moscow). No "
                    "casualties.")
    hit = _by_trigger(found, "hit")
    assert hit.location == "Moscow City complex (Moscow)"
    assert (hit.location_country, hit.location_admin1) == ("RUS", "Moscow")


def test_a_town_named_with_a_region_several_countries_have_is_in_one_of_them():
    assert _situated("San Jose (San Jose)") == ("CRI", "San José")  # not California's
    assert _situated("San Juan (San Juan)") == ("ARG", "San Juan")  # not Puerto Rico's
    assert _situated("Pibor (Greater Pibor Administrative Area)") == ("SSD", "Greater Pibor Administrative Area")


def test_a_town_described_by_its_country_s_adjective_takes_that_country():
    found = _merged("On 4 May 2023, gunmen killed 2 traders in the Cameroonian border town of Dalo. Fatalities: 2.")
    killed = _by_trigger(found, "killed")
    assert (killed.location, killed.location_country) == ("Cameroonian border town of Dalo", "CMR")
    # a demonym before other words still names people
    found = _merged("On 4 May 2023, soldiers attacked Iraqi positions near Dalo town.")
    assert _by_trigger(found, "attacked").location == "Dalo town"


def test_a_target_place_and_a_place_joined_to_it_share_the_context_that_closes_them():
    found = _merged("On 3 April 2023, Russian forces shelled Nikopol city and Marhanets community (Nikopol, "
                    "Dnipropetrovsk). 2 civilians were injured.")
    shelled = _by_trigger(found, "shelled")
    assert shelled.location == "Nikopol city and Marhanets community (Nikopol, Dnipropetrovsk)"
    assert shelled.location_admin1 == "Dnipropetrovsk"
