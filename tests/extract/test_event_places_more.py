"""Where an event happened when the place phrase is a list, a stretch, a route or a name with only its region in
brackets, and when a short report tells it in a sentence of its own. The sentences and names are our own."""
from datetime import datetime, timezone

from etl.extract import events
from etl.extract.events import coref
from etl.extract.text import Doc
from etl.records import Event
from tests import cases

WHEN = datetime(2021, 6, 9, tzinfo=timezone.utc)


def _doc(text: str) -> Doc:
    return cases.text_doc(text, WHEN)


def _events(text: str) -> list[Event]:
    return cases.grounded_events(text, WHEN)


def _merged(text: str) -> list[Event]:
    doc = _doc(text)
    merged, _ = coref.merge(doc, events.extract(doc, []))
    return merged


_places = cases.place_texts


def _locations(text: str) -> set[str | None]:
    return {e.location for e in _events(text)}


def test_a_name_with_only_a_known_region_in_brackets_is_a_place():
    text = "On 3 June 2021, heavy shelling by an unknown party was reported Kibo Sud (Tripoli). Nobody was hurt."
    assert _places(text) == ["Kibo Sud (Tripoli)"]
    assert _locations(text) == {"Kibo Sud (Tripoli)"}
    # an acronym or an unknown name in brackets is no region
    assert _places("Members of the Sorro Front (SF) met Dalo Marin (Tessal) on Monday.") == []
    # an acronym in brackets is an organisation's, though a large town has its letters
    assert _places("Officials of the Sorro Intelligence Service (NIS) said so.") == []
    # nor is a name that opens the sentence, nor a person with the state they stand for
    assert _places("Kibo Sud (Tripoli) was quiet.") == []
    assert _places("Lawmakers including Sen. Jo Dorro (Iowa) denounced the plan.") == []
    assert _places("Lawmakers including Sen. Dorro (Iowa) denounced the plan.") == []
    # a single name with its first-level region
    assert _places("On 3 June 2021, soldiers recaptured Dorroga (Cabo Delgado) from militants.") == [
        "Dorroga (Cabo Delgado)"]


def test_a_list_of_places_closed_by_a_kind_or_context_is_one_place():
    assert _places("Workers held a sit-in at the Maro roundabout in the Dam and Sorro area of Tripoli.") == [
        "Maro roundabout in the Dam and Sorro area of Tripoli"]
    assert _places("On 2 June 2021, in Lenga and Montoro, Tessal municipality in Caracas, residents marched.") == [
        "Lenga and Montoro, Tessal municipality in Caracas"]
    assert _places("Fighting was reported in Bab Kibo, Habil al Sorro, Habil al Nuri and Habil al Dalo, killing "
                   "four.") == ["Bab Kibo, Habil al Sorro, Habil al Nuri and Habil al Dalo"]
    assert _places("Forces took control of Burko and Dhi Sorro areas (Tessal, Kam) on Monday.") == [
        "Burko and Dhi Sorro areas (Tessal, Kam)"]
    # a name after the comma that opens the next clause is no context
    assert _places("Facing criticism from Democrats and Republicans, Mr. Dorro released a statement.") == []
    # two names and no kind or context: the first only, as before
    assert _places("Clashes were reported in Kabul and Kandahar.") == ["Kabul"]
    # a town and its country; places and their context listed by commas before a singular kind
    assert _places("Locals protested in Lenga, Bosnia and Herzegovina, against a dam.") == ["Lenga"]
    assert _places("On 2 June 2021, in Kibo Township, Dalo District, Rakhine State, Myanmar border guards "
                   "clashed with rebels.") == ["Kibo Township, Dalo District"]
    # a name that goes on as a modifier closes no list
    assert _places("Police arrested protesters in Sefa, Kam and Toro fighters attacked the camp.") == ["Sefa"]


def test_a_list_goes_on_with_its_unnamed_others_and_the_place_they_all_lie_in():
    text = ("Fighting broke out in the areas of Balo, Hajir Tomo and other unspecified locations in the localities "
            "of Dimo, Tullo, and Katamo on Monday.")
    assert _places(text) == ["areas of Balo, Hajir Tomo and other unspecified locations in the localities of Dimo, "
                             "Tullo, and Katamo"]
    text = ("Rebels looted houses in the villages of Luzo, Kimbo and Kisa, all in Lenga territory (Sud-Kivu), on "
            "Monday.")
    assert _places(text) == ["villages of Luzo, Kimbo and Kisa, all in Lenga territory (Sud-Kivu)"]


def test_a_distance_in_words_before_a_landmark():
    text = "Armed men killed a policeman in the village of Monto, about ten kilometres from Otoma (Irumu, Ituri)."
    assert _locations(text) == {"village of Monto, about ten kilometres from Otoma (Irumu, Ituri)"}
    assert _places("Gunmen killed a farmer in Dalo village, a few miles from Kibo (Sefa, Kam).") == [
        "Dalo village, a few miles from Kibo (Sefa, Kam)"]


def test_the_area_between_two_places_is_a_stretch():
    assert _places("Militants attacked a convoy in the area between Al Sorro and Ash Kibo on Monday.") == [
        "Al Sorro and Ash Kibo"]
    assert _places("A body was found near Al Wadi Sorro area between Harimo and Sarmado towns in Idleb.") == [
        "Al Wadi Sorro area between Harimo and Sarmado towns in Idleb"]
    # nor are two families
    assert _places("A fight broke out in the Sorro area of Tripoli between the Al Dalo and Al Kibo families.") == [
        "Sorro area of Tripoli"]
    # two countries are parties, not the ends of an area
    assert "Russia and Ukraine" not in _places("Talks about the area between Russia and Ukraine resumed.")
    text = ("Forces exchanged fire between Qasra sector area (Dalo district, Kam) and Rakh Sorro sector area (Nuri "
            "district, Kam), in which three soldiers were killed.")
    assert _places(text) == ["Qasra sector area (Dalo district, Kam) and Rakh Sorro sector area (Nuri district, Kam)"]


def test_routes_named_by_their_ends():
    assert _places("Clashes took place on Dar al Sorro - al Kibo road in Quneitra on Monday.") == [
        "Dar al Sorro - al Kibo road in Quneitra"]
    assert _places("Rioters blocked the Qabb Sorro- Dahr el Kibo road with burning tyres.") == [
        "Qabb Sorro- Dahr el Kibo road"]
    assert _places("On 6 June 2021, in the highway Lenga-Toro, Sefa state, residents blocked traffic.")[0].startswith(
        "highway Lenga-Toro")
    # a route kind before a plain name titles nothing
    assert _places("They blocked the road Sunday morning.") == []


def test_the_area_surrounding_a_place():
    text = "Soldiers shelled positions in the area surrounding Tal Sorro in the countryside of Ras Kibo."
    assert _locations(text) == {"area surrounding Tal Sorro in the countryside of Ras Kibo"}


def test_a_place_of_some_kind_goes_on_with_the_town_it_is_at():
    assert _places("Jets struck a camp of Sorro Front at Nuri (Sefa LGA, Kam) on Monday.") == [
        "camp of Sorro Front at Nuri (Sefa LGA, Kam)"]
    # "at" and a word that is no place: the camp alone
    assert _places("Jets struck a camp of Sorro Front at dawn.") == ["camp of Sorro Front"]


def test_a_later_sentence_that_tells_the_event_again_gives_its_place():
    text = "On 3 June 2021, arsonists set fire to a car of a local charity. The incident occurred in Marlo."
    assert _locations(text) == {"Marlo"}
    text = "Gunmen shot dead a shopkeeper on Monday. It happened near Dalo town, police said."
    assert _locations(text) == {"Dalo town"}
    # a later sentence about something else gives no place
    assert _locations("Arsonists set fire to a car of a charity. Its director lives in Marlo.") == {None}
    # nor does one of another paragraph
    assert _locations("Arsonists set fire to a car of a charity.\n\nThe incident occurred in Marlo.") == {None}
    # an event's own place stays
    text = "Arsonists set fire to a car in Kibo town. The incident occurred in Marlo district."
    assert _locations(text) == {"Kibo town"}


def test_a_list_whose_first_place_has_its_own_kind():
    assert _places("Militias clashed in Sorro mountain, Adh Kibo, and Al Dalo areas of Az Nuri district (Kam).") == [
        "Sorro mountain, Adh Kibo, and Al Dalo areas of Az Nuri district (Kam)"]
    # a place and its region are no list
    assert _places("Fighters clashed in Dalo district, Sefa province on Monday.") == ["Dalo district, Sefa province"]


def test_the_place_after_the_last_of_in_a_name_with_its_known_region():
    text = "On 3 June 2021, gunmen shot and injured the Divisional Police Officer of Nuri LGA (Katsina)."
    assert _places(text) == ["Nuri LGA (Katsina)"]
    # the place the target is of is the event's when nothing else tells where
    assert _locations(text) == {"Nuri LGA (Katsina)"}


def test_the_town_of_the_target_when_nothing_else_tells_where():
    assert _locations("Gunmen killed the mayor of Kibo town on Monday.") == {"Kibo town"}
    # a place of the clause comes first
    assert _locations("Gunmen killed the mayor of Kibo town in Dalo district on Monday.") == {
        "Kibo town in Dalo district"}
    assert _locations("Gunmen shot the mayor of Kibo town at a market near Dalo town.") == {"Dalo town"}
    # the place of the sentence's other events comes first
    text = ("Workers in Dalo city (Sefa, Kam) protested after an attack on the director of the Kibo district "
            "office by gunmen.")
    assert _locations(text) == {"Dalo city (Sefa, Kam)"}
    # nor is the place people live in
    assert _locations("Gunmen injured three residents of Kibo town on Monday.") == {None}
    # a country the target speaks for is no scene
    assert _locations("Gunmen attacked the ambassador of Ukraine on Monday.") == {None}


def test_the_boundary_of_places():
    text = "Soldiers found explosives planted by rebels at the boundary of Barangays Kibo and Sorro, Dalota, Samar."
    [place] = _places(text)
    assert place.startswith("Barangays Kibo and Sorro, Dalota")


def test_names_before_a_plural_kind_without_context_describe():
    assert _places("Gunmen attacked Sunni and Shia areas on Monday.") == []


def test_over_introduces_a_place_its_kind_confirms():
    text = "Rebels shot down a drone that was flying over Al Sorro Plain in the countryside of Hama."
    assert _locations(text) == {"Al Sorro Plain in the countryside of Hama"}
    assert _places("Missiles were intercepted over At Kibo military camp north of Dalo city (Kam).") == [
        "At Kibo military camp north of Dalo city (Kam)"]
    # a known name alone is what a dispute is about
    assert _places("Tensions over Ukraine rose again.") == []


def test_a_name_before_a_noun_in_ing_and_another_place():
    text = "On 3 June 2021, a bomb planted near the Kibo gathering in Dalo in Sefa district detonated."
    assert _places(text) == ["Dalo in Sefa district"]
    # with no other place the name still tells where
    assert _places("Nine died in the Kibo bombing in May.") == ["Kibo"]


def test_a_place_and_the_part_of_another_it_goes_on_to():
    text = "Militants were killed in attacks by police in Kibo district and the limits of Dalo city, Sefa."
    assert _places(text) == ["Kibo district and the limits of Dalo city, Sefa"]
    # the rest of a country is no part of a place
    assert _places("Police fought in Kabul city and the rest of the country.") == ["Kabul city"]


def test_a_kind_joined_by_a_hyphen_takes_a_landmark():
    text = "Workers protested by riding buses on the Y-highway in Sefa, near Dorroga, Croatia, on Monday."
    assert _places(text) == ["Y-highway in Sefa, near Dorroga"]


def test_initials_in_a_street_name_end_no_sentence():
    text = ("On 2 June 2021, activists held a protest outside Maro Building on the I.I. Kando road in Lenga city "
            "(Lenga City, Sefa), against the arrest.")
    assert len(_doc(text).sentences) == 1
    # the initials' last period is the street name's: the site, its street and its town are one place
    assert _locations(text) == {"Maro Building on the I.I. Kando road in Lenga city (Lenga City, Sefa)"}
    # a sentence still ends after a word that is no initials
    assert len(_doc("They met in Dalo. Talks went on.").sentences) == 2


def test_a_place_on_a_front():
    text = "Forces clashed with rebels in Tebat Sorro on the Al Kibo front (Dalo, Kam), incurring fatalities."
    assert _places(text) == ["Tebat Sorro on the Al Kibo front (Dalo, Kam)"]
    # "on the" and no place its kind or context confirms
    assert _places("Protesters gathered in Kabul on the Taliban's orders.") == ["Kabul"]


def test_a_site_named_after_its_town_that_an_attack_is_directed_at_is_where_it_happened():
    [e] = _events("On 3 June 2021, drones targeted Hama Airbase. Nobody was hurt.")
    assert (e.location, e.location_country) == ("Hama Airbase", "SYR")  # Hama is a Syrian city in the gazetteer
    assert _locations("Gunmen stormed the Dalo Prison on Monday.") == {"Dalo Prison"}
    # a name without a site word, or a target of words, is no site
    assert _locations("Gunmen stormed the Dalo Brigade on Monday.") == {None}
    # nor is the target of a type that is not where it happened
    assert _locations("Senators criticized Kibo University on Monday.") == {None}
