"""Where an event happened, told the ways conflict notes of countries the other cases have little of tell it: a
numbered division of a city. The sentences are our own; the names are real, as the gazetteer must know them."""
from tests.extract.test_event_places_acled_style import _by_trigger
from tests.extract.test_events_places import _places
from tests.extract.test_places_38 import _merged


def test_a_numbered_division_of_a_city_holds_the_city():
    # Guatemala City's and Tegucigalpa's zones are numbered, in Spanish or in English, and in lower case as often
    found = _merged("On 5 April 2021, gang members shot and killed a bus driver in Zona 18, Guatemala City.")
    shot = _by_trigger(found, "shot and killed")
    assert (shot.location, shot.location_country) == ("Zona 18, Guatemala City", "GTM")
    assert _places("Gang members killed a bus driver in zona 18 of Guatemala City.") == ["zona 18 of Guatemala City"]
    assert _places("Police assaulted vendors in ward 12, Harare.") == ["ward 12, Harare"]
    assert _places("Gunmen killed a man in comuna 13, Medellin.") == ["comuna 13, Medellin"]
    assert _places("Police assaulted vendors in Sector 4 of Bucharest.") == ["Sector 4 of Bucharest"]
    # a number that counts no division
    assert _places("Gunmen killed 3 people in 2 villages.") == []


def test_dwellers_named_after_their_town_protest_in_it():
    # notes put the town before its people as often as after them ("residents of Chitungwiza")
    found = _merged("On 17 January 2022, Chitungwiza residents protested against water shortages.")
    protested = _by_trigger(found, "protested")
    assert (protested.location, protested.location_country) == ("Chitungwiza", "ZWE")
    found = _merged("On 17 January 2022, Epworth villagers protested against water shortages.")
    assert _by_trigger(found, "protested").location == "Epworth"
    # but a country's citizens protest wherever they are
    found = _merged("On 17 January 2022, Kenyan citizens protested against taxes.")
    assert _by_trigger(found, "protested").location is None


def test_divisions_of_thailand_ukraine_cameroon_and_russia_by_their_own_kinds():
    # a Thai village by its number, a Ukrainian community, a French quartier, a Russian krai
    found = _merged("On 17 January 2022, a bomb exploded at a tea shop in Moo 3, Tambon Lamai, Amphoe Ra-ngae, "
                    "Narathiwat.")
    # (the verb, which tells the tea shop struck, is the row's own trigger: stop 63)
    assert _by_trigger(found, "exploded").location == "a tea shop in Moo 3, Tambon Lamai, Amphoe Ra-ngae"
    found = _merged("On 17 January 2022, Russian forces shelled Nikopol hromada, Dnipropetrovsk oblast.")
    shelled = _by_trigger(found, "shelled")
    assert (shelled.location, shelled.location_admin1) == ("Nikopol hromada", "Dnipropetrovsk")
    found = _merged("On 17 January 2022, gendarmes arrested 10 people in the Mimboman quartier of Yaounde.")
    arrested = _by_trigger(found, "arrested")
    assert (arrested.location, arrested.location_country) == ("Mimboman quartier of Yaounde", "CMR")
    found = _merged("On 17 January 2022, a drone hit an oil refinery in Tuapse, Krasnodar krai.")
    hit = _by_trigger(found, "hit")
    assert (hit.location, hit.location_admin1) == ("Tuapse", "Krasnodar")


def test_a_bare_name_raided_stormed_or_shelled_is_where_the_attack_was():
    # villages the gazetteer does not know, of one name or more, alone or listed
    found = _merged("On 17 January 2022, gunmen raided Gidan Bakuso and abducted 20 people.")
    assert _by_trigger(found, "raided").location == "Gidan Bakuso"
    found = _merged("On 17 January 2022, bandits stormed Kuriga and abducted 20 pupils.")
    assert _by_trigger(found, "stormed").location == "Kuriga"
    found = _merged("On 17 January 2022, Turkish forces shelled Tal Rifaat, injuring 2 civilians.")
    assert _by_trigger(found, "shelled").location == "Tal Rifaat"
    found = _merged("On 17 January 2022, Russian forces shelled Vuhledar and Pavlivka.")
    assert _by_trigger(found, "shelled").location == "Vuhledar and Pavlivka"
    # a pronoun opening the sentence is the passive's subject, no place
    found = _merged("Police said two shops were looted. They were raided by soldiers on Monday.")
    assert _by_trigger(found, "raided").location is None
    found = _merged("Police said It was shelled overnight.")
    assert _by_trigger(found, "shelled").location is None


def test_a_village_named_after_at_is_where_the_attack_was():
    # notes name the village an attack happened at without its kind, which the gazetteer may not know
    found = _merged("On 17 January 2022, Boko Haram fighters attacked soldiers at Malam Fatori.")
    assert _by_trigger(found, "attacked").location == "Malam Fatori"
    found = _merged("On 17 January 2022, ADF militants killed 12 civilians at Kisima.")
    assert _by_trigger(found, "killed").location == "Kisima"
    found = _merged("On 17 January 2022, police dispersed protesters at Mutare.")
    dispersed = _by_trigger(found, "dispersed")
    assert (dispersed.location, dispersed.location_country) == ("Mutare", "ZWE")
    # not what the attack is aimed at, a name that modifies a noun, nor where someone works
    found = _merged("On 17 January 2022, rioters hurled stones at Military forces.")
    assert _by_trigger(found, "hurled").location is None
    found = _merged("Trump attacked them, with broadsides against Jeff Bezos at Amazon.")
    assert _by_trigger(found, "attacked").location is None


def test_the_road_between_two_towns_told_as_an_axis_or_by_what_travels_it():
    # the Sahel's notes say "axis" after the French "axe", and name the towns a convoy was between
    found = _merged("On 17 January 2022, an IED hit a military vehicle on the Kaya-Dori axis near Pissila.")
    assert _by_trigger(found, "IED").location == "the Kaya-Dori axis near Pissila"
    found = _merged("On 17 January 2022, suspected JNIM militants ambushed a convoy on the Dori - Seytenga axis "
                    "(Seno, Sahel).")
    assert _by_trigger(found, "ambushed").location == "Dori - Seytenga axis (Seno, Sahel)"
    found = _merged("On 17 January 2022, suspected JNIM militants ambushed a convoy between Dori and Seytenga.")
    assert _by_trigger(found, "ambushed").location == "Dori and Seytenga"
    assert _places("Gunmen ambushed a bus travelling between Gao and Ansongo.") == ["Gao and Ansongo"]
    # parties between two names are no road's ends
    assert _places("Clashes between Oromo and Somali militias killed 5.") == []


def test_a_town_named_with_its_kind_in_the_possessive_holds_its_district():
    found = _merged("On 17 January 2022, Russian forces shelled Kherson city's Dniprovskyi district, injuring 3.")
    shelled = _by_trigger(found, "shelled")
    assert (shelled.location, shelled.location_country) == ("Kherson city's Dniprovskyi district", "UKR")
    assert _places("Militants attacked Helmand province's Nad Ali district.") == ["Helmand province's Nad Ali district"]
    # a possessive kind before an officer is no place
    assert _places("Kabul city's police chief said.") == []


def test_a_village_named_after_at_in_the_region_a_note_opens_with():
    found = _merged("On 17 January 2022, in the Sahel region, suspected JNIM militants attacked the VDP post at "
                    "Gorgadji.")
    attacked = _by_trigger(found, "attacked")
    assert (attacked.location, attacked.location_country, attacked.location_admin1) == ("Gorgadji", "BFA", "Sahel")
    found = _merged("On 17 January 2022, in Borno state, Boko Haram fighters attacked soldiers at Malam Fatori.")
    attacked = _by_trigger(found, "attacked")
    assert (attacked.location, attacked.location_country, attacked.location_admin1) == ("Malam Fatori", "NGA", "Borno")


def test_a_spanish_kind_before_de_and_its_name():
    # notes of Guatemala and Honduras keep "municipio de", "departamento de" as the sources write them
    found = _merged("On 17 January 2022, armed men killed 2 people in the municipio de Jutiapa.")
    killed = _by_trigger(found, "killed")
    assert (killed.location, killed.location_country) == ("municipio de Jutiapa", "GTM")
    found = _merged("On 17 January 2022, armed men killed 2 people in the caserio Las Flores, municipio de Jutiapa.")
    killed = _by_trigger(found, "killed")
    assert (killed.location, killed.location_country) == ("caserio Las Flores, municipio de Jutiapa", "GTM")
    found = _merged("On 17 January 2022, police arrested 4 gang members in the departamento de Cortes.")
    arrested = _by_trigger(found, "arrested")
    assert (arrested.location, arrested.location_admin1) == ("departamento de Cortes", "Cortés")


def test_a_town_with_its_other_name_in_brackets_lies_in_the_place_after_it():
    found = _merged("On 4 October 2020, Azerbaijani forces shelled Stepanakert (Khankendi) in Nagorno-Karabakh, "
                    "killing 2 civilians.")
    assert _by_trigger(found, "shelled").location == "Stepanakert (Khankendi) in Nagorno-Karabakh"
    # an acronym in brackets is a party's
    found = _merged("Troops attacked Boko Haram (JAS) in Dalo.")
    assert _by_trigger(found, "attacked").location == "Dalo"


def test_a_town_in_the_possessive_before_a_kind_and_a_name_holds_them():
    found = _merged("On 17 January 2022, gunmen killed a woman in Tegucigalpa's colonia Villanueva.")
    killed = _by_trigger(found, "killed")
    assert (killed.location, killed.location_country) == ("Tegucigalpa's colonia Villanueva", "HND")
    # an officer of the town's district is none
    assert _places("Dalo's district chief said.") == []


def test_a_roadside_place_named_by_its_mile():
    found = _merged("On 17 January 2022, Ambazonian fighters ambushed soldiers at Mile 14, Bamenda.")
    assert _by_trigger(found, "ambushed").location == "Mile 14, Bamenda"
