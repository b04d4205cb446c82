"""Places and countries of events that the judges of stop 71 found wrong: streets and numbered roads no gazetteer
holds, names of withdrawn countries, a facility named after a country, an office's place in an attribution, a
village's homonym abroad, a named village after "at" and the vehicles the doers came in. The names are real places;
every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.geo import country_code, place_country
from tests.extract.test_events_wire import event_on, events_of

MAY_6 = datetime(2024, 5, 6, tzinfo=timezone.utc)  # a Monday


# --- a named street, avenue or square is where the march or the attack went on ---

@pytest.mark.parametrize("text, trigger, place, country", [
    ("LISBON — Thousands of nurses marched on Avenida da Liberdade on Saturday to demand more staff.",
     "marched", "Avenida da Liberdade", "PRT"),
    ("MADRID — Riot police fired rubber bullets at students on Calle de Alcalá on Friday night.",
     "fired", "Calle de Alcalá", "ESP"),
    ("PARIS — Several thousand pensioners marched on Rue de Rivoli on Saturday.", "marched", "Rue de Rivoli", "FRA"),
    ("BERLIN — Climate activists sat down on the Friedrichstraße on Monday and police detained 12 of them.",
     "detained", "the Friedrichstraße", "DEU"),
])
def test_a_named_street_is_the_place(text, trigger, place, country):
    found = event_on(text, trigger, MAY_6)
    assert (found.location, found.location_country) == (place, country)


def test_a_street_in_a_later_paragraph_takes_the_dateline_s_country():
    text = ("RIO DE JANEIRO — Police raided a favela in the North Zone on Tuesday.\n\n"
            "On Wednesday, about 300 residents protested on Avenida Presidente Vargas, burning tyres.")
    found = event_on(text, "protested", MAY_6)
    assert (found.location, found.location_country) == ("Avenida Presidente Vargas", "BRA")


def test_a_numbered_road_a_protest_blocks_is_its_place():
    found = event_on("CURITIBA, Brazil — Hundreds of truckers blocked the BR-277 highway for five hours on "
                     "Thursday in protest at diesel prices.", "blocked", MAY_6)
    assert (found.location, found.location_country) == ("the BR-277 highway", "BRA")


def test_guard_a_street_the_gazetteer_reads_keeps_its_place():
    found = event_on("NEW YORK — A man opened fire on Fifth Avenue on Monday, wounding two tourists.", "opened fire",
                     MAY_6)
    assert (found.location, found.location_country) == ("Fifth Avenue", "USA")


def test_guard_a_blocked_road_without_a_number_keeps_the_town():
    rows = events_of("Farmers blocked roads in Nagpur district on Monday over crop prices.", MAY_6)
    assert [e.location for e in rows] == ["roads in Nagpur district"]


@pytest.mark.parametrize("text, trigger, place", [
    ("LAGOS — Hundreds of youths protested on Ikorodu Road on Monday, burning tyres.", "protested", "Ikorodu Road"),
    ("Farmers blocked the A6 motorway near Lyon on Tuesday with tractors.", "blocked", "the A6 motorway near Lyon"),
])
def test_guard_other_roads_keep_their_places(text, trigger, place):
    assert event_on(text, trigger, MAY_6).location == place


def test_guard_an_attack_on_a_named_building_is_no_street():
    found = event_on("KABUL — Gunmen launched an attack on Darulaman Palace on Monday.", "attack", MAY_6)
    assert found.location != "Darulaman Palace" or found.location_country == "AFG"


# --- names of withdrawn countries are today's countries ---

@pytest.mark.parametrize("name, code", [
    ("Zaire", "COD"), ("Dahomey", "BEN"), ("Upper Volta", "BFA"), ("Southern Rhodesia", "ZWE"),
    ("Rhodesia", "ZWE"), ("Ceylon", "LKA"), ("Siam", "THA"), ("Kampuchea", "KHM"),
])
def test_a_withdrawn_country_name_is_its_successor(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Sikkim", "Zaire province"])
def test_guard_a_former_country_now_a_region_is_no_country(name):
    assert country_code(name) is None


@pytest.mark.parametrize("text, trigger, country", [
    ("03/02/1996: Assailants attacked a convoy near Masisi, North Kivu province, Zaire. Four soldiers were killed.",
     "attacked", "COD"),
    ("03/02/1980: Rebels ambushed a patrol near Ouahigouya, Upper Volta, killing two gendarmes.", "ambushed", "BFA"),
    # guard: Angola's Zaire province stays Angola's
    ("Police in Mbanza Kongo, Zaire province, Angola, arrested four men on Monday over a robbery.", "arrested",
     "AGO"),
])
def test_an_old_summary_s_country(text, trigger, country):
    assert event_on(text, trigger, MAY_6).location_country == country


# --- a facility named after a country lies where the story tells ---

@pytest.mark.parametrize("name", ["the Kuwaiti Hospital", "the Saudi Hospital", "the Chinese Hospital",
                                  "the Qatari School"])
def test_a_facility_named_after_a_country_alone_places_nothing(name):
    assert place_country(name) is None


@pytest.mark.parametrize("name, code", [
    ("the Nigerian Army barracks", "NGA"), ("the Kenyan border", "KEN"), ("the Sudanese town", "SDN"),
    ("Kano Central Market", "NGA"),
])
def test_guard_a_country_s_word_before_other_places_keeps_it(name, code):
    assert place_country(name) == code


def test_a_facility_named_after_a_country_takes_the_story_s_country():
    found = event_on("NYALA, Sudan — Shells hit the Kuwaiti Hospital on Tuesday, killing three patients, medics "
                     "said.", "hit", MAY_6)
    assert found.location_country == "SDN"


# --- the place of an office that speaks is no place of the event ---

@pytest.mark.parametrize("text, trigger, country", [
    ("GAZIANTEP — Police detained three suspects on Thursday, the governor's office in Gaziantep province said.",
     "detained", "TUR"),
    ("HOMS — Security forces arrested two men over the blast, the ministry's regional office in Hama province said.",
     "arrested", "SYR"),
])
def test_an_office_s_place_in_an_attribution_is_the_speaker_s(text, trigger, country):
    found = event_on(text, trigger, MAY_6)
    assert "office" not in (found.location or "")
    assert found.location_country == country


def test_guard_police_of_a_town_still_place_the_event():
    found = event_on("Gunmen killed two traders on Sunday, police in Maiduguri said.", "killed", MAY_6)
    assert found.location == "Maiduguri"


# --- a village's homonym abroad yields to its district and region ---

@pytest.mark.parametrize("name, code", [
    ("Kwande village (Bokkos, Plateau)", "NGA"),
    ("Kwande, Bokkos, Plateau", "NGA"),
])
def test_district_and_region_agree_on_the_country(name, code):
    assert place_country(name) == code


@pytest.mark.parametrize("name, code", [
    ("Mushere (Bokkos, Plateau)", "NGA"), ("Lille, Nord", "FRA"), ("Karma (Ouahigouya, Nord)", "BFA"),
    ("Jalalpur, Shamli (UP)", "IND"),
    ("Kouande (Kouande, Atacora)", "BEN"),
])
def test_guard_places_their_own_context_settles(name, code):
    assert place_country(name) == code


# --- a named village after "at", and the vehicles the doers came in ---

@pytest.mark.parametrize("text, trigger, place", [
    ("The fighters overran the base at Kiria, near the border with Benin, before dawn on Saturday.", "overran",
     "Kiria"),
    ("Bandits stormed the police post at Gidan Bawa, near the market, on Friday night.", "stormed", "Gidan Bawa"),
])
def test_a_named_village_after_at_beats_a_nameless_site_after_it(text, trigger, place):
    assert event_on(text, trigger, MAY_6).location == place


def test_guard_a_region_the_story_told_yields_to_the_village_named_next():
    text = ("NIAMEY — Eight soldiers were killed when militants attacked a military base in the Dosso region of "
            "southern Niger on Saturday, the army said. The fighters overran the base at Kiria before dawn.")
    found = event_on(text, "attacked", MAY_6)
    assert (found.location, found.location_country) == ("Kiria", "NER")


@pytest.mark.parametrize("text, trigger", [
    ("CAP-HAITIEN — Police in armoured vehicles fired tear gas at the marchers on Monday, witnesses said.", "fired"),
    ("GOMA — Soldiers in two cars opened fire on the crowd on Sunday, residents said.", "opened fire"),
])
def test_the_doers_vehicles_are_no_place(text, trigger):
    found = event_on(text, trigger, MAY_6)
    assert "vehicles" not in (found.location or "") and "cars" not in (found.location or "")


def test_guard_a_shooting_inside_a_bus_is_there():
    found = event_on("A gunman opened fire in a bus in Peshawar on Monday, killing two passengers.", "opened fire",
                     MAY_6)
    assert found.location_country == "PAK"


def test_guard_events_of_a_plain_story_are_kept():
    rows = events_of("KANO — Gunmen killed four farmers in Bichi on Sunday, police said.", MAY_6)
    assert [(e.location, e.location_country) for e in rows if e.trigger == "killed"] == [("Bichi", "NGA")]


# --- an aside about a person, and the body an attribution names, place no event ---

@pytest.mark.parametrize("text, trigger, place", [
    ("NAIROBI — Police arrested a businessman, who had returned from Uganda last week, at his home in Kisumu on "
     "Friday.", "arrested", "Kisumu"),
    ("LYON — Officers detained the suspect, a Tunisian who had lived in Italy for years, near the station in "
     "Villeurbanne.", "detained", "Villeurbanne"),
])
def test_a_place_in_an_aside_about_a_person_is_theirs(text, trigger, place):
    assert place in (event_on(text, trigger, MAY_6).location or "")


def test_guard_a_relative_clause_of_what_was_fired_still_places():
    rows = events_of("Militants fired a mortar which landed in Kibo on Monday, killing two children.", MAY_6)
    assert {e.location for e in rows} == {"Kibo"}


def test_the_body_an_attribution_names_is_no_setting_of_the_next_sentence():
    text = ("Groups of young people threw stones at riot police overnight, the Isère prefecture said on Monday. "
            "Thirty people were arrested, and six officers were slightly injured.")
    found = event_on(text, "arrested", MAY_6)
    assert found.location != "Isère prefecture"
