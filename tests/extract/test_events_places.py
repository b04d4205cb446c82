"""Place phrases the place grammar reads as one place: stretches between two places, routes, lists of places
each with its administrative context, bracketed notes, and a town set off by commas before its region. The
sentences and names are our own (real countries and large cities only where the gazetteer must know them)."""
import pytest

from etl.extract.geo import find_places


def _places(text: str) -> list[str]:
    found = find_places(text)
    for p in found:
        assert text[p.start:p.end] == p.text
    return [p.text for p in found]


@pytest.mark.parametrize("text, place", [
    ("Gunmen stopped a bus between Orvalo and Tessin town (Sefa, Kam) on Friday.",
     "Orvalo and Tessin town (Sefa, Kam)"),
    ("The convoy was ambushed as it travelled from Berunda to Marlo village in the north.",
     "Berunda to Marlo village"),
    ("Raids hit the area stretching from Karachi to Lahore overnight.", "Karachi to Lahore"),
])
def test_a_stretch_between_two_places_is_one_place(text, place):
    assert _places(text) == [place]


@pytest.mark.parametrize("text", [
    "A letter went from John to Mary last week.",           # "Mary" is also a town: both must be towns
    "The president sent a message from Putin to Kim Jong Un.",
    "Talks between Russia and Ukraine stalled.",            # two countries are parties, not a stretch
])
def test_names_of_people_or_two_countries_are_no_stretch(text):
    assert not any(" to " in p or " and " in p for p in _places(text))


def test_a_route_between_two_towns_is_one_place():
    assert _places("Militants ambushed a convoy on the Orvalo - Tessin road and killed two drivers.") == [
        "Orvalo - Tessin road"]


def test_places_listed_with_their_contexts_are_one_place():
    text = ("Shelling was reported on the fronts of Orvalo (Sefa, Kam), Tessin (Nuri, Kam), and Marlo "
            "(Nuri, Kam), with no casualties.")
    assert _places(text) == ["fronts of Orvalo (Sefa, Kam), Tessin (Nuri, Kam), and Marlo (Nuri, Kam)"]
    text = "Fighters took control of Orvalo (Sefa, Kam) and Tessin (Nuri, Kam) areas on Monday."
    assert _places(text) == ["Orvalo (Sefa, Kam) and Tessin (Nuri, Kam) areas"]


def test_a_bracketed_note_of_names_stays_with_its_place():
    assert _places("Youths marched in Orvalo [coded to Tessin-Centre] against the curfew.") == [
        "Orvalo [coded to Tessin-Centre]"]
    assert _places("An airstrike hit Marlo hill [Jabal Marlo] (Sefa, Kam) at dawn.") == [
        "Marlo hill [Jabal Marlo] (Sefa, Kam)"]
    assert _places("Troops shelled houses in Orvalo [Orvallo] and Tessin villages (Sefa, Kam).") == [
        "Orvalo [Orvallo] and Tessin villages (Sefa, Kam)"]
    # a note of other words is no part of the place
    assert _places("A man was shot in Orvalo town [not clear from the source] on Monday.") == ["Orvalo town"]


def test_a_town_set_off_by_commas_before_its_region_opens_the_place():
    assert _places("On 3 May 2021, Orvalo, Sefa state, drivers blocked roads to demand fuel.") == [
        "Orvalo, Sefa state"]
    # a town or village after the comma is another place, not the region the name lies in
    assert _places("On 3 May 2021, Orvalo, Tessin village, was shelled.") == ["Tessin village"]


def test_a_route_verb_joins_two_places():
    assert _places("Gunmen ambushed a truck on the road linking Orvalo and Tessin district overnight.") == [
        "Orvalo and Tessin district"]
    assert _places("A bus was stopped on the highway that connects Orvalo to Tessin town (Sefa, Kam).") == [
        "Orvalo to Tessin town (Sefa, Kam)"]


def test_a_border_between_two_places_is_one_place():
    assert _places("Troops exchanged fire at the Orvalo and Tessin border (Kam) on Sunday.") == [
        "Orvalo and Tessin border (Kam)"]
    assert _places("Taliban and Haqqani fighters attacked a post.") == []


def test_people_named_after_their_town_place_it():
    assert _places("Hundreds of Orvalo residents (Sefa, Kam) protested on Monday.") == [
        "Orvalo residents (Sefa, Kam)"]
    assert _places("Hundreds of Karachi residents protested on Monday.") == ["Karachi"]
    assert _places("Afghan villagers fled the fighting.") == []    # a demonym names people
    assert _places("The Orvalo villagers fled the fighting.") == []  # an unknown name without context
    assert _places("Hispanics are 17 percent of the US population.") == []  # not people named after a place


def _event_places(text: str) -> list[str | None]:
    return [e.location for e in _events_of(text)]


def _events_of(text: str) -> list:
    from datetime import datetime, timezone

    from etl.extract import events
    from etl.extract.text import Doc
    from etl.ids import sha256_text
    from etl.records import Article
    when = datetime(2021, 5, 9, tzinfo=timezone.utc)
    article = Article(article_id="p1", source="test", source_id="p1", url=None, title=None, published_at=when,
                      language="en", text=text, text_sha256=sha256_text(text), n_chars=len(text),
                      ingested_at=when, input_path="test.txt")
    return events.extract(Doc(article), [])


def test_a_place_after_a_clause_without_subject_is_the_events():
    assert set(_event_places("A soldier was killed by a sniper while on patrol in the Kibo area of Sefa "
                             "district, Kam.")) == {"Kibo area of Sefa district, Kam"}
    assert set(_event_places("A trader was shot and killed by gunmen while shopping in Orvalo town (Sefa, "
                             "Kam).")) == {"Orvalo town (Sefa, Kam)"}
    # a clause with a subject of its own tells of something else
    assert None in _event_places("A trader was shot dead by gunmen while his brother was at home in Orvalo.")


def test_a_target_name_with_a_particle_lying_in_a_place():
    assert _event_places("Troops shelled Qasr al Tessin in Sefa district on Monday.") == [
        "Qasr al Tessin in Sefa district"]


def test_a_region_or_country_closing_a_place_goes_to_its_own_columns():
    from etl.extract.geo import find_places as places
    [p] = places("On 3 May 2021, in Tepeji, Hidalgo, merchants protested outside the town hall.")
    assert (p.text, p.region, p.country) == ("Tepeji", "Hidalgo", "MEX")
    [p] = places("Workers protested near Orvalo, Croatia, on Monday.")
    assert (p.text, p.region, p.country) == ("Orvalo", "Croatia", "HRV")
    # a capital, a district or an unknown region stays part of the place's words
    assert _places("A man was shot in Orvalo, Kabul.") == ["Orvalo, Kabul"]
    assert _places("A man was shot in Orvalo, Sefa state, on Monday.") == ["Orvalo, Sefa state"]
    assert _places("Gunmen raided homes in Ardo, Benu and Tefi in Sorro province.")[0].startswith("Ardo, Benu")


def test_the_event_keeps_the_region_of_its_place():
    from datetime import datetime, timezone

    from etl.extract import events
    from etl.extract.text import Doc
    from etl.ids import sha256_text
    from etl.records import Article
    text = "On 3 May 2021, in Tepeji, Hidalgo, merchants protested outside the town hall."
    when = datetime(2021, 5, 9, tzinfo=timezone.utc)
    article = Article(article_id="p1", source="test", source_id="p1", url=None, title=None, published_at=when,
                      language="en", text=text, text_sha256=sha256_text(text), n_chars=len(text),
                      ingested_at=when, input_path="test.txt")
    [e] = events.extract(Doc(article), [])
    assert (e.location, e.location_country, e.location_admin1) == ("Tepeji", "MEX", "Hidalgo")


def test_a_district_naming_an_office_is_no_place():
    assert _places("Gunmen shot the Kibo district head of intelligence on Monday.") == []
    assert _places("A grenade hit the Sefa district branch office in Orvalo town (Sefa, Kam).") == [
        "Orvalo town (Sefa, Kam)"]
    assert _places("Farmers in Kibo province held a protest.") == ["Kibo province"]  # a verb follows


def test_a_place_carries_its_coded_location_and_its_other_names():
    assert _places("Villagers clashed in Bate village, coded as Orvalo district, Sefa regency. Two died.") == [
        "Bate village, coded as Orvalo district, Sefa regency"]
    assert _places("Three died in Nawabad/Aqi Bai village of Orvalo district on Monday.") == [
        "Nawabad/Aqi Bai village of Orvalo district"]
    assert _places("A mob attacked a youth in Tessin village, in Orvalo (Sefa) over a dispute.") == [
        "Tessin village, in Orvalo (Sefa)"]


def test_a_place_told_as_the_cause_is_not_where_the_event_happened():
    places = _event_places("On 9 May 2021, people in Orvalo (Sefa, Kam) demonstrated in support of the "
                           "declaration of autonomy in South Tessin.")
    assert places == ["Orvalo (Sefa, Kam)"]
    places = _event_places("On 3 May 2021, a protest was held in Tessin town out of solidarity with the strike "
                           "in Orvalo town.")
    assert places[0] == "Tessin town"
    # a comma closes the phrase of cause: the place after it is the event's again
    places = _event_places("On 3 May 2021, residents protested against poor roads, outside the district "
                           "office in Orvalo town.")
    assert places == ["the district office in Orvalo town"]  # the site keeps the town it lies in
    # and with no other place, the cause's place is still the best answer
    assert _event_places("On 3 May 2021, farmers protested against the new dam in Orvalo town.") == [
        "Orvalo town"]


def test_a_bracketed_coded_location_is_a_place_of_its_own():
    assert _places("Hundreds rallied outside parliament [coded to Orvalo-Centre] demanding pay.") == [
        "Orvalo-Centre"]
    assert _places("Hundreds rallied outside parliament [size=hundreds] demanding pay.") == []


def test_a_name_with_only_a_state_in_parentheses_may_be_a_person():
    assert _places("Senator Orvalo Tessin (Iowa) voted against the bill.") == []
    assert _places("The Front (PF) said it would attend.") == []


def test_the_ends_of_a_road_or_border_are_places():
    assert _places("Protesters blocked the road between Orvalo and Kafr Tessin with tyres.") == [
        "Orvalo and Kafr Tessin"]
    assert _places("Talks between Orvalo and Tessin ended.") == []  # unknown names, no route: maybe people
    assert _places("The division between Orvalo and Tessin deepened.") == []
    assert _places("The Commerce and Justice departments objected.") == []


def test_an_assimilated_arabic_article_opens_a_name_and_a_triangle_is_a_site():
    assert _places("Rioters hurled a firebomb at a bank in ech Tessin overnight.") == ["ech Tessin"]
    assert _places("Protesters blocked the Orvalo triangle with burning tyres.") == ["Orvalo triangle"]


def test_a_part_of_a_known_place_named_with_its_possessive():
    found = find_places("Hundreds burned tyres in Baghdad's central Tahrir Square on Friday.")
    assert [(p.text, p.country) for p in found] == [("Baghdad's central Tahrir Square", "IRQ")]
    assert _places("Protesters marched in Beirut’s southern suburbs.") == ["Beirut’s southern suburbs"]
    assert _places("The attack in Russia's war against Ukraine was condemned.") == []
    assert _places("Drones flew along Russia's borders.") == []
    assert _places("Turnout rose in Orvalo's 99 counties.") == []


def test_a_numbered_place_and_a_capital_as_context():
    assert _places("Youths demonstrated in Orvalo Gare 2 neighbourhood of Tessin city (Sefa, Kam).") == [
        "Orvalo Gare 2 neighbourhood of Tessin city (Sefa, Kam)"]
    assert _places("Workers staged a demonstration in Tessin, Manila to mark Labour Day.") == ["Tessin, Manila"]
    assert _places("In Tessin, Taliban fighters attacked a post.") == ["Tessin"]


def test_natural_features_named_in_the_plural_and_the_side_of_a_town():
    assert _places("Troops killed two fighters near Orvalo mountains in Sefa province.") == [
        "Orvalo mountains in Sefa province"]
    assert _places("Fields in the Tessin plains were set on fire.") == ["Tessin plains"]
    assert _places("Raids hit the Kurdish towns overnight.") == []  # a description of several places
    assert _places("Residents protested in the west side of Orvalo, Sefa state, on Monday.") == [
        "Orvalo, Sefa state"]
    assert _places("She was on the receiving side of Mr. Orvalo's attacks.") == []


def test_a_list_of_regions_keeps_its_last_one():
    assert _places("Polls closed in South Carolina, Alabama, Arkansas, Georgia and Texas.")[0].startswith(
        "South Carolina, Alabama, Arkansas, Georgia")
    [p] = find_places("A rally was held in Orvalo, Indiana on Monday.")
    assert (p.text, p.region, p.country) == ("Orvalo", "Indiana", "USA")


@pytest.mark.parametrize("text, trigger, place", [
    ("The wounded guard later died in hospital.", "died", "hospital"),
    ("Gunmen opened fire at the old bus station on Friday.", "opened fire", "the old bus station"),
    ("Hundreds of students protested across the city on Sunday.", "protested", "the city"),
    ("Two farmers were shot dead outside their home.", "shot dead", "their home"),
    ("Militants stormed into the village and killed a teacher near the school.", "killed", "the school"),
    ("A car bomb near the market in Orvalo village killed nine.", "car bomb", "the market in Orvalo village"),
    # a named site inside the phrase is part of it; a verb in -ed closes the noun phrase
    ("The worst blast was at the busy Maro Street bus station, where six people died.", "blast",
     "the busy Maro Street bus station"),
    ("A bomb left at the crowded market exploded at noon.", "bomb", "the crowded market"),
    # a place as the object of the trigger noun
    ("The rebels' shelling of the city lasted for days.", "shelling", "the city"),
])
def test_a_site_the_triggers_clause_tells_is_where_the_event_happened(text, trigger, place):
    found = {e.trigger: e for e in _events_of(text)}
    e = found[trigger]
    assert e.location == place
    assert text[e.location_start:e.location_end] == place


@pytest.mark.parametrize("text, trigger", [
    ("Soldiers were killed in the morning.", "killed"),              # a noun of time is no site
    ("Rebels launched an attack on a school.", "attack"),            # "on" after the trigger: the target
    ("A trader was shot dead while his brother was at home.", "shot dead"),  # another clause's site
    ("Police arrested a man in a car bomb plot.", "arrested"),       # the noun phrase goes on past "car"
    ("Police investigated the killing of the village chief.", "killing"),  # "of" a person, not a place
    ("The senator was accused in federal court of bribery.", "accused"),  # an idiom, no site
    ("The mayor was arrested in his last year in office.", "arrested"),
    ("He spoke of the demands of the office.", "demands"),  # "of" a place only after an attack noun
])
def test_no_site_from_time_words_targets_or_other_clauses(text, trigger):
    found = {e.trigger: e for e in _events_of(text)}
    assert found[trigger].location is None


@pytest.mark.parametrize("text, trigger, place", [
    ("Rebels burned homes in villages across the valley.", "burned", "villages"),
    ("The guard was shot dead at Tessin Elementary School.", "shot dead", "Tessin Elementary School"),
])
def test_a_site_without_determiner_is_a_plural_or_a_name(text, trigger, place):
    assert {e.trigger: e for e in _events_of(text)}[trigger].location == place


def test_a_site_takes_the_country_of_the_town_its_paragraph_names_and_sets_no_scene():
    events = _events_of("Fighting broke out in Kandahar on Monday. A soldier was killed at a checkpoint. "
                        "Two more people were wounded.")
    by = {e.trigger: e for e in events}
    killed = by["killed"]
    assert (killed.location, killed.location_country, killed.location_lat) == ("a checkpoint", "AFG", None)
    # a later event with no place of its own takes the town, not the site
    assert by["wounded"].location == "Kandahar"


def test_a_site_keeps_the_town_right_after_it():
    [e] = [e for e in _events_of("Two soldiers were killed at a checkpoint in Kandahar on Monday.")
           if e.trigger == "killed"]
    assert (e.location, e.location_country) == ("a checkpoint in Kandahar", "AFG")
    assert e.location_lat is not None


@pytest.mark.parametrize("text, trigger, place", [
    # the subject of "came under": a site and the town it lies in, neither actor nor target
    ("After midnight their posts in Varnoda came under heavy gunfire.", "gunfire", "their posts in Varnoda"),
    ("Soldiers were shot at their border posts.", "shot", "their border posts"),  # posts are sites
    ("Protesters were attacked, he said in a Facebook post.", "attacked", None),  # a post is no site
])
def test_a_site_right_before_its_town_is_one_place(text, trigger, place):
    e = {e.trigger: e for e in _events_of(text)}[trigger]
    assert e.location == place
    assert place is None or text[e.location_start:e.location_end] == place


@pytest.mark.parametrize("text, trigger, place", [
    ("Gunmen from a camp near Varnoda attacked the market.", "attacked", "Varnoda"),  # where they come from
    ("Rebels attacked a police station in Varnoda.", "attacked", "Varnoda"),  # the station is the target
])
def test_a_site_of_a_party_is_not_joined_to_the_town(text, trigger, place):
    assert {e.trigger: e for e in _events_of(text)}[trigger].location == place


def test_a_site_keeps_the_town_after_it_though_a_neighbouring_trigger_comes_first():
    text = "Two soldiers were killed in an attack on a checkpoint in Varnoda area (Sefa, Kam) on Monday."
    e = {e.trigger: e for e in _events_of(text)}["killed"]
    assert e.location == "a checkpoint in Varnoda area (Sefa, Kam)"
    assert text[e.location_start:e.location_end] == e.location


def test_a_site_is_no_town_of_the_gazetteer():
    from etl.extract import geo
    # "Post" (Texas) and "Hall" (Germany) are towns; "the post" and "the hall" are common nouns
    assert geo.situate("the post", None, lambda: ()).country is None
    assert geo.situate("the hall", None, lambda: ()).lat is None
    assert geo.situate("the centre of Kabul", None, lambda: ()).country == "AFG"


def test_the_scene_points_back_to_the_place_told_before():
    by = {e.trigger: e for e in _events_of("Gunmen attacked a bus in Varnoda town (Sefa, Kam) on Monday. "
                                           "Police at the scene arrested two men.")}
    assert by["arrested"].location == "Varnoda town (Sefa, Kam)"


@pytest.mark.parametrize("text, trigger, place", [
    ("Residents demonstrated in Sefa prefecture, beginning in Varnoda (Sefa, Kam), on Monday.", "demonstrated",
     "Varnoda (Sefa, Kam)"),
    # a place of another name is no part of the first
    ("Residents demonstrated in Sefa prefecture, beginning in Varnoda (Tessin, Kam), on Monday.", "demonstrated",
     "Sefa prefecture"),
])
def test_the_place_of_the_clause_lying_in_the_first_is_the_more_specific(text, trigger, place):
    assert {e.trigger: e for e in _events_of(text)}[trigger].location == place


@pytest.mark.parametrize("text, trigger, place", [
    ("Two people were killed in a blast at the residence of a party leader in Varnoda town (Sefa, Kam).", "killed",
     "the residence of a party leader in Varnoda town (Sefa, Kam)"),
    ("Gunmen opened fire outside the house of a local chief near Varnoda.", "opened fire",
     "the house of a local chief near Varnoda"),
    # a clause between them keeps them apart; the town is where it happened
    ("Gunmen opened fire at the house where he lived in Varnoda town (Sefa, Kam).", "opened fire",
     "Varnoda town (Sefa, Kam)"),
])
def test_a_site_keeps_its_town_across_its_owner_or_street(text, trigger, place):
    e = {e.trigger: e for e in _events_of(text)}[trigger]
    assert e.location == place
    assert text[e.location_start:e.location_end] == place


def test_a_swahili_connective_joins_one_name_and_an_entrance_is_a_part_of_a_place():
    assert _places("Soldiers clashed with rebels at Kambi ya Tessin (Sefa, Kam) on Monday.") == [
        "Kambi ya Tessin (Sefa, Kam)"]
    assert _places("People gathered around the entrance of Orvalo and Marlo (Kam) on Friday.") == [
        "Orvalo and Marlo (Kam)"]
    assert _places("Police stood at the entrance of the hospital.") == []  # no name: no place


def test_a_name_closing_with_a_known_place_after_of_is_a_place():
    assert _places("Dockers staged a sit-in at the Port of Manila on Friday.") == ["Port of Manila"]
    assert _places("The letter was sent to the Prime Minister of India.") == []  # an officer, not a place


def test_a_named_site_of_an_earlier_sentence_is_no_setting_of_a_later_event():
    # in news a named site is as often a metonym ("Wall Street") as a scene
    by = {e.trigger: e for e in _events_of("Shares fell sharply on Wall Street on Monday. "
                                           "Critics denounced the bank's refusal to lend.")}
    assert by["denounced"].location is None
    # a town of the earlier sentence is one
    by = {e.trigger: e for e in _events_of("On Monday, youths gathered at Orvalo Square in Varnoda town (Sefa, Kam). "
                                           "Police arrested ten of them.")}
    assert by["arrested"].location == "Orvalo Square in Varnoda town (Sefa, Kam)"


def test_an_area_titles_no_name_and_a_month_is_no_place():
    # a headline run into the sentence before it: "Calls" is no place named after "the area"
    assert _places("Troops were deployed to secure the area Calls for calm grew on Monday.") == []
    assert _places("Soldiers patrolled the village Orvalo at night.") == ["village Orvalo"]
    # a dateline's abbreviated month closes no place phrase
    assert "Oct" not in " ".join(_places("Blasts hit Marlo town (Sefa), Kam, Oct. 3 -- Seven men died."))


def test_an_assimilated_article_with_a_hyphen_continues_a_name():
    # "ez-", "et-", "er-", "esh-": the Arabic article as some transliterations write it ("Deir ez-Zor")
    [place] = find_places("A bomb exploded near the city of Deir ez-Zor on Monday.")
    assert (place.text, place.country) == ("city of Deir ez-Zor", "SYR")
    assert _places("Shells fell on Tell esh-Sorro (Sefa, Kam) at dawn.") == ["Tell esh-Sorro (Sefa, Kam)"]


def test_a_landmark_town_given_with_the_place_it_lies_in_stays_with_the_place():
    assert _places("Gunmen shot a fighter in Orvalo near Tessin in southern Sefa countryside.") == [
        "Orvalo near Tessin in southern Sefa countryside"]
    # a bare name after "near" is no landmark of the place before it
    assert _places("He was killed in Orvalo near Tessin on Monday.") == ["Orvalo", "Tessin"]


def test_a_site_the_trigger_itself_names_is_where_the_event_is():
    found = _events_of("Hundreds of political prisoners are in jail, rights groups said.")
    e = {e.trigger: e for e in found}["in jail"]
    assert (e.location, e.location_country) == ("jail", None)
    assert e.trigger_start < e.location_start and e.location_end == e.trigger_end


@pytest.mark.parametrize("text, trigger, place", [
    ("The governor swapped his cell for house arrest in May.", "arrest", "house"),
    ("The mosque bombing shocked the town.", "bombing", "mosque"),
    ("A car bomb exploded on Monday.", "car bomb", None),  # a vehicle is what it was done with
    ("The Pulse nightclub shooting shocked the town.", "shooting", "Pulse nightclub"),  # the site with its name
])
def test_a_site_modifying_a_trigger_noun_is_where_the_event_is(text, trigger, place):
    assert {e.trigger: e for e in _events_of(text)}[trigger].location == place


def test_a_numbered_road_is_one_name():
    assert _places("On Monday, in Route 160 near Orvalo (Kam), drivers blocked traffic.") == [
        "Route 160 near Orvalo (Kam)"]
    assert _places("Gunmen ambushed a convoy on Highway 7 near Tessin town.") == ["Highway 7 near Tessin town"]


def test_an_before_an_acronym_is_the_english_article():
    assert _places("A mine went off in an QDM vehicle in Orvalo desert (Kam), killing two.") == [
        "Orvalo desert (Kam)"]
    assert _places("Shells hit an Nuri village (Kam) at dawn.") == ["an Nuri village (Kam)"]
    # the Arabic article takes the sound of the name's first consonant: before any other, "an" is the English one
    assert _places("A bomb went off near an Orvalan army vehicle in Sefa district (Kam).") == ["Sefa district (Kam)"]


def test_a_college_is_a_site_that_keeps_the_place_it_is_at():
    assert _places("Students protested outside the College of Law at the University of Orvalo in Tessin, Kam.") == [
        "College of Law at the University of Orvalo in Tessin, Kam"]
