"""Events from short texts: trigger families, voice, actors and targets, places, dates, modality, non-events."""
from collections import Counter
from dataclasses import fields
from datetime import date, datetime, timezone

import pytest

from etl.extract import events, mentions
from etl.extract.text import Doc
from etl.ids import sha256_text, stable_hash
from etl.records import Article, Event, Statement

PUBLISHED = datetime(2024, 12, 30, tzinfo=timezone.utc)  # a Monday


def _doc(text: str, published: datetime | None = PUBLISHED) -> Doc:
    return Doc(Article(
        article_id="a1", source="test", source_id="a1", url=None, title=None, published_at=published,
        language="en", text=text, text_sha256=sha256_text(text), n_chars=len(text),
        ingested_at=PUBLISHED, input_path="test.txt",
    ))


def _statement(text: str, content: str, cue: str) -> Statement:
    start, cue_start = text.index(content), text.index(cue)
    return Statement(
        statement_id="s1", article_id="a1", quote_type="indirect", content=content, content_start=start,
        content_end=start + len(content), cue=cue, cue_start=cue_start, cue_end=cue_start + len(cue),
        cue_class="say", speaker=None, speaker_start=None, speaker_end=None, speaker_canonical=None,
        speaker_kind="unknown", speaker_role=None, confidence=0.9, extractor="test",
    )


def _events(text: str, statements: list[Statement] | None = None,
            published: datetime | None = PUBLISHED) -> list[Event]:
    found = events.extract(_doc(text, published), statements or [])
    for e in found:  # every record is grounded in the text
        for surface, start, end in (("trigger", "trigger_start", "trigger_end"), ("actor", "actor_start", "actor_end"),
                                    ("target", "target_start", "target_end"),
                                    ("location", "location_start", "location_end"),
                                    ("date_text", "date_start", "date_end")):
            value = getattr(e, surface)
            if value is None:
                assert getattr(e, start) is None and getattr(e, end) is None
            else:
                assert text[getattr(e, start):getattr(e, end)] == value
        assert e.extractor == events.VERSION
    return found


def _by_trigger(found: list[Event], trigger: str) -> Event:
    matches = [e for e in found if e.trigger == trigger]
    assert len(matches) == 1, [e.trigger for e in found]
    return matches[0]


# --- trigger families ------------------------------------------------------------------------------


def test_assault_with_actor_target_place_and_date():
    e = _by_trigger(_events("On 3 March 2021, rebels attacked a police station in Kibo."), "attacked")
    assert (e.event_type, e.actor, e.target, e.location) == ("ASSAULT", "rebels", "police station", "Kibo")
    assert (e.date, e.date_precision, e.date_text) == (date(2021, 3, 3), "day", "3 March 2021")
    assert e.modality == "asserted"


def test_aerial_and_drone_modes_with_demonym_actor():
    found = _events("Russian airstrikes on Karum killed four civilians. A Turkish drone strike hit a convoy.")
    strike = _by_trigger(found, "airstrikes")
    assert (strike.event_type, strike.event_mode, strike.actor, strike.actor_country, strike.target) == (
        "ASSAULT", "aerial", "Russian", "RUS", "Karum")
    assert _by_trigger(found, "drone strike").event_mode == "drone"
    assert _by_trigger(found, "killed").event_type == "ASSAULT"


def test_protest_family_with_light_verb_actor():
    found = _events("On 4 May 2020, hundreds of teachers protested outside the ministry in Lima. "
                    "Farmers staged a sit-in near Tarlac. Truckers went on strike over unpaid wages.")
    protest = _by_trigger(found, "protested")
    assert (protest.event_type, protest.event_mode, protest.actor, protest.location) == (
        "PROTEST", "demo", "teachers", "Lima")
    sit_in = _by_trigger(found, "sit-in")
    assert (sit_in.event_type, sit_in.actor, sit_in.location) == ("PROTEST", "Farmers", "Tarlac")
    assert _by_trigger(found, "went on strike").event_mode == "strike"


def test_coerce_arrest_and_seize():
    found = _events("Police arrested three activists in Minsk. Customs officers seized 40 kg of cocaine.")
    arrest = _by_trigger(found, "arrested")
    assert (arrest.event_type, arrest.event_mode, arrest.actor, arrest.target) == (
        "COERCE", "arrest", "Police", "activists")
    assert _by_trigger(found, "seized").event_mode == "seize"


def test_sent_takes_its_type_from_the_object():
    found = _events("Canada sent 200 soldiers to Latvia. Iran sent drones to Russia. "
                    "The president sent a letter to the king.")
    troops, drones, letter = (e for e in found if e.trigger == "sent")
    assert (troops.event_type, troops.event_mode, troops.actor_country) == ("MOBILIZE", "troops", "CAN")
    assert (drones.event_type, drones.event_mode, drones.target, drones.target_country) == (
        "AID", "military", "Russia", "RUS")
    assert (letter.event_type, letter.target) == ("CONSULT", "king")


def test_signing_an_agreement_is_support_and_coordinated_actors():
    e = _by_trigger(_events("Sudan and Chad signed a border agreement in Khartoum."), "signed")
    assert (e.event_type, e.actor, e.actor_country, e.location) == ("SUPPORT", "Sudan and Chad", "SDN", "Khartoum")


def test_consult_accuse_threaten_sanction_and_other():
    found = _events("The foreign ministers held talks in Doha. Kenya criticized the decision. "
                    "Rebels threatened the town. The EU imposed sanctions on Minsk. The driver died.")
    assert _by_trigger(found, "talks").event_type == "CONSULT"
    assert _by_trigger(found, "talks").location == "Doha"
    assert _by_trigger(found, "criticized").event_type == "ACCUSE"
    assert _by_trigger(found, "threatened").event_type == "THREATEN"
    assert _by_trigger(found, "sanctions").event_type == "SANCTION"
    assert _by_trigger(found, "died").event_type == "OTHER"


def test_capitals_and_seats_of_government_resolve_to_countries():
    e = _by_trigger(_events("The Kremlin condemned Pyongyang on Monday."), "condemned")
    assert (e.actor, e.actor_canonical, e.actor_country) == ("Kremlin", "Russia", "RUS")
    assert (e.target, e.target_canonical, e.target_country) == ("Pyongyang", "North Korea", "PRK")


# --- voice -----------------------------------------------------------------------------------------


def test_passive_voice_swaps_actor_and_target():
    e = _by_trigger(_events("Two journalists were abducted by gunmen near Kismayo."), "abducted")
    assert (e.event_type, e.event_mode, e.actor, e.target, e.location) == (
        "ASSAULT", "abduct", "gunmen", "journalists", "Kismayo")


def test_participle_clause_with_agent():
    text = "A fisherman, detained by coast guards on Tuesday, has died."
    found = _events(text)
    detained = _by_trigger(found, "detained")
    assert (detained.actor, detained.target, detained.date) == ("coast guards", "fisherman", date(2024, 12, 24))
    assert _by_trigger(found, "died").actor == "fisherman"


def test_passive_without_agent_and_date_in_the_same_clause():
    found = _events("The soldier was seized on December 26th but succumbed to his wounds.")
    seized = _by_trigger(found, "seized")
    assert (seized.actor, seized.target, seized.date, seized.date_precision) == (
        None, "soldier", date(2024, 12, 26), "day")
    assert seized.date_source == "text"
    succumbed = _by_trigger(found, "succumbed")  # the date belongs to the nearer trigger, and dates its sentence
    assert (succumbed.date, succumbed.date_source, succumbed.date_text) == (date(2024, 12, 26), "context", "December 26th")


def test_bare_participle_after_its_noun_is_passive_but_a_speech_act_with_its_infinitive_is_not():
    signed = _by_trigger(_events("A landmark pact signed in June came into effect."), "signed")
    assert (signed.actor, signed.target) == (None, "landmark pact")
    threat = _by_trigger(_events("Prosecutors initially threatened to charge him."), "threatened")
    assert (threat.actor, threat.target) == ("Prosecutors", None)


def test_between_names_both_sides():
    e = _by_trigger(_events("Clashes erupted between the army and Tiger Brigade fighters in Nuri."), "Clashes")
    assert e.actor == "army and Tiger Brigade fighters"
    assert e.location == "Nuri"


# --- dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, trigger, when, precision", [
    ("A landmark pact signed in June came into effect.", "signed", date(2024, 6, 1), "month"),
    ("Rebels attacked the town last week.", "attacked", date(2024, 12, 23), "week"),
    # (a span that began in a year is no event of that year: "has killed 35,000 since 2009" is none of 2009's)
    ("Since 2022, the army has shelled the border.", "shelled", None, "none"),
    ("Police raided the office yesterday.", "raided", date(2024, 12, 29), "day"),
    ("Militants ambushed a convoy on Friday.", "ambushed", date(2024, 12, 27), "day"),
])
def test_dated_events(text, trigger, when, precision):
    e = _by_trigger(_events(text), trigger)
    assert (e.date, e.date_precision) == (when, precision)


def test_opening_date_dates_every_event_of_its_sentence():
    found = _events("On 1 May 2020, gunmen killed two guards and abducted a trader near Toro.")
    assert {e.trigger: e.date for e in found} == {"killed": date(2020, 5, 1), "abducted": date(2020, 5, 1)}
    assert _by_trigger(found, "abducted").actor == "gunmen"


def test_relative_date_without_publication_date_is_not_guessed():
    e = _by_trigger(_events("Militants ambushed a convoy on Friday.", published=None), "ambushed")
    assert (e.date, e.date_precision, e.date_text) == (None, "none", "Friday")


# --- modality --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, trigger, modality", [
    ("The government will deploy troops to the border.", "deploy", "future"),
    ("North Korea is preparing for additional troop deployments.", "preparing", "future"),
    ("Ankara could impose sanctions if talks fail.", "sanctions", "hypothetical"),
    ("Police did not arrest anyone.", "arrest", "negated"),
    ("No clashes between police and protesters were reported.", "clashes", "negated"),
    ("Soldiers reportedly shelled the village.", "shelled", "reported"),
    ("Soldiers shelled the village.", "shelled", "asserted"),
])
def test_modality(text, trigger, modality):
    assert _by_trigger(_events(text), trigger).modality == modality


IN_2015 = datetime(2015, 6, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger", [
    ("Troops were sent so that the deployment to the border is complete by 2030.", "deployment"),
    ("The ministry delayed the law so that it takes effect in 2020 rather than 2018.", "takes effect"),
    ("Merkel promised to keep her pledge of more soldiers by 2023.", "pledge"),
    ("Talks on the new border will open in 2027.", "Talks"),
    ("Talks with the rebels are expected to resume in 2016.", "Talks"),
    ("Troops are due to withdraw from the region.", "withdraw"),
    ("The government aims to disarm the militias.", "disarm"),
    ("The deadline to withdraw all troops passed unnoticed.", "withdraw"),
])
def test_an_event_after_publication_or_announced_is_future(text, trigger):
    assert _by_trigger(_events(text, published=IN_2015), trigger).modality == "future"


@pytest.mark.parametrize("text, trigger", [
    ("Rebels attacked the town of Kova on 3 March 2031.", "attacked"),
    ("The attack on Kova on 3 March 2031 killed five people.", "killed"),
    ("Police shot two protesters in Lima on 4 May 2030.", "shot"),
])
def test_a_past_verb_dated_after_publication_is_not_made_future(text, trigger):
    """Nothing in the text says it is yet to come: the date stays doubtful for the plausibility check."""
    e = _by_trigger(_events(text, published=IN_2015), trigger)
    assert e.date.year >= 2030 and e.modality == "asserted"


def test_a_future_date_inside_a_statement_is_future_not_reported():
    text = "The minister said the ceasefire takes effect in 2020."
    statement = _statement(text, "the ceasefire takes effect in 2020", "said")
    e = _by_trigger(_events(text, [statement], published=IN_2015), "takes effect")
    assert (e.modality, e.statement_id) == ("future", "s1")


@pytest.mark.parametrize("text, trigger, modality", [
    ("Rebels attacked the town in 2014.", "attacked", "asserted"),
    ("Rebels attacked the town in June.", "attacked", "asserted"),    # the month of publication
    ("Nato will not deploy troops by 2030.", "deploy", "negated"),
    ("Nato could deploy troops in 2030 if Russia invades.", "deploy", "hypothetical"),
])
def test_a_date_after_publication_does_not_outrank_other_modalities(text, trigger, modality):
    assert _by_trigger(_events(text, published=IN_2015), trigger).modality == modality


def test_event_inside_a_statement_is_reported_and_linked():
    text = "The ministry said rebels attacked a convoy near Lenga."
    statement = _statement(text, "rebels attacked a convoy near Lenga", "said")
    e = _by_trigger(_events(text, [statement]), "attacked")
    assert (e.modality, e.statement_id) == ("reported", "s1")


def test_verbal_event_that_is_also_a_speech_cue_is_kept():
    text = "Rwanda accused Kinshasa of backing the rebels."
    statement = _statement(text, "Kinshasa of backing the rebels", "accused")
    e = _by_trigger(_events(text, [statement]), "accused")
    assert (e.event_type, e.event_mode, e.actor_country) == ("ACCUSE", "allege", "RWA")


def test_contracted_negation():
    assert _by_trigger(_events("Police didn't arrest anyone."), "arrest").modality == "negated"


def test_a_character_whose_lower_case_is_longer_hides_no_event():
    found = _events("İİİİ. Rebels attacked a convoy near Lenga.")
    assert [(e.trigger, e.actor, e.target) for e in found] == [("attacked", "Rebels", "convoy")]


# --- places ----------------------------------------------------------------------------------------


def test_opening_place_is_the_setting_of_the_sentence():
    e = _by_trigger(_events("On 3 June 2021, in Tessal town, Wadai province, gunmen killed a farmer in Goro "
                            "neighbourhood."), "killed")
    assert (e.location, e.date) == ("Tessal town, Wadai province", date(2021, 6, 3))


def test_opening_place_sets_the_scene_of_its_paragraph():
    found = _events("On 3 June 2021, in Lenga, Tessal, police raided a market. Two traders were arrested.")
    assert _by_trigger(found, "arrested").location == "Lenga, Tessal"


def test_the_target_may_be_the_place():
    assert _by_trigger(_events("Rebels shelled Dalo (Sefa, Kam) overnight."), "shelled").location == "Dalo (Sefa, Kam)"
    assert _by_trigger(_events("The army shelled Kiriba in Tessal district."), "shelled").location == (
        "Kiriba in Tessal district")
    aid = _by_trigger(_events("Iran supplied drones to Russia."), "supplied")
    assert (aid.target, aid.location) == ("Russia", None)  # a recipient is not where it happened


def test_coordinated_triggers_and_relative_clauses_share_the_place():
    found = _events("Three men were killed or abducted in Omboro village.")
    assert {e.trigger: e.location for e in found} == {"killed": "Omboro village", "abducted": "Omboro village"}
    assert _by_trigger(_events("Militants fired a mortar which landed in Kibo village."), "fired").location == (
        "Kibo village")


def test_a_locality_is_preferred_to_a_site():
    e = _by_trigger(_events("Guards fired shots at the Maro border post and at the village of Poros."), "fired shots")
    assert e.location == "village of Poros"


# --- senses in context -----------------------------------------------------------------------------


def test_attack_in_election_coverage_is_criticism():
    assert _by_trigger(_events("Ruiz attacked Okafor over her record in the debate."), "attacked").event_type == (
        "ACCUSE")
    assert _by_trigger(_events("Gunmen attacked a convoy near Toro."), "attacked").event_type == "ASSAULT"


def test_found_body():
    assert _by_trigger(_events("The body of a man with gunshot wounds was found in Lenga."), "found").event_type == (
        "ASSAULT")
    assert _by_trigger(_events("A body was found in the river."), "found").event_type == "OTHER"
    assert _events("Police found a way out.") == []


def test_found_dead_reads_its_paragraph_for_violence():
    text = "A man was found dead near the market. His hands were tied and he had gunshot wounds."
    assert _by_trigger(_events(text), "found dead").event_type == "ASSAULT"
    assert _by_trigger(_events("An old man was found dead at home. He lived alone."), "found dead").event_type == "OTHER"


def test_reciprocal_fight_is_assault():
    e = _by_trigger(_events("Supporters of two parties fought each other in Kibo."), "fought each other")
    assert (e.event_type, e.location) == ("ASSAULT", "Kibo")


def test_idioms_and_objects_decide():
    assert _events("Critics seized on his remarks.") == []
    assert _by_trigger(_events("Police seized on Monday 20 kg of heroin."), "seized").event_type == "COERCE"
    assert _by_trigger(_events("The minister declined a request for talks."), "declined").event_type == "REJECT"
    assert [e.trigger for e in _events("The minister declined to comment.")] == []


def test_names_keep_their_abbreviated_titles_and_resolve_within_the_article():
    text = "John Kirby spoke on Monday. Later, Kirby condemned Sen. Ann Ruiz."
    e = _by_trigger(_events(text), "condemned")
    assert (e.actor, e.actor_canonical, e.target) == ("Kirby", "John Kirby", "Sen. Ann Ruiz")


def test_a_possessive_opens_the_target():
    e = _by_trigger(_events("Okafor criticized the governor's aide."), "criticized")
    assert e.target == "governor's aide"


def test_the_owner_of_a_grievance_is_the_target():
    # the laws are no party: the state whose laws they are is the one criticised (stop 64)
    e = _by_trigger(_events("Okafor criticized her state's gun laws."), "criticized")
    assert e.target == "state"


def test_the_name_resolver_is_built_once_and_shared():
    doc = _doc("Rebels attacked a convoy. Kirby condemned them.")
    events.extract(doc, [])
    shared = doc.shared(mentions.RESOLVER_KEY, lambda d: pytest.fail("the resolver was not shared"))
    assert shared is mentions.resolver_for(doc)


# --- what is not an event --------------------------------------------------------------------------


def test_no_event_from_said():
    assert _events("The minister said the situation was calm and told reporters it would stay so.") == []


def test_no_event_from_a_job_title_or_a_modifier():
    assert _events("Aid Minister Tom Reed and the Strike Force commander met aid workers.") == [
        e for e in _events("Aid Minister Tom Reed and the Strike Force commander met aid workers.") if e.trigger == "met"]
    assert [e.trigger for e in _events("Trade Minister Ines Varga arrived with attack helicopter pilots.")] == []


def test_no_date_from_a_headline():
    text = "Monday 30 December 2024\nGunmen attacked a convoy near Lenga."
    (e,) = _events(text)
    # the headline's date is no date of the event: it is dated only by its publication, to that week
    assert (e.trigger, e.date, e.date_precision, e.date_text, e.date_source) == (
        "attacked", date(2024, 12, 30), "week", None, "publication")


def test_no_event_from_a_section_heading():
    assert _events("Strengthened Ties Between Pyongyang and Moscow\nThe weather was mild.") == []


def test_date_after_a_reporting_verb_dates_the_speech():
    text = "A captured soldier has died, the agency confirmed on Friday."
    statement = _statement(text, "A captured soldier has died", "confirmed")
    e = _by_trigger(_events(text, [statement]), "died")
    assert (e.date_precision, e.date_source, e.statement_id) == ("week", "publication", "s1")


@pytest.mark.parametrize("text", [
    "She sent it back.",                          # "sent" with no object that says what was sent
    "The army released a statement on Monday.",   # a statement is published, nobody is freed
    "Their families back home were worried.",     # "back" is no verb here
])
def test_ambiguous_words_without_an_event_sense(text):
    assert _events(text) == []


def test_released_people_is_retreat():
    e = _by_trigger(_events("The rebels released two hostages in Bamako."), "released")
    assert (e.event_type, e.event_mode) == ("RETREAT", "release")


# --- records ---------------------------------------------------------------------------------------


def test_ids_are_deterministic_and_fields_follow_the_schema():
    text = "Rebels attacked a convoy."
    (first,), (second,) = _events(text), _events(text)
    assert first == second
    assert first.event_id == stable_hash("a1", "event", first.trigger_start, first.trigger_end)
    assert [f.name for f in fields(first)][:3] == ["event_id", "article_id", "statement_id"]
    assert 0 <= first.confidence <= 1


def test_trigger_words_that_give_no_event_are_counted_with_their_reason():
    dropped = Counter()
    text = "An attack helicopter landed in Kabul. Strengthened Ties Between Kabul and Moscow Attack"
    assert events.extract(_doc(text), [], dropped=dropped) == []
    assert dropped == Counter({"events: trigger read as a modifier or title": 1,
                               "events: sentence with trigger words is a heading": 1})


def test_a_trigger_that_is_a_statements_reporting_verb_is_counted():
    text = "The mayor protested that the town was calm."
    dropped = Counter()
    assert events.extract(_doc(text), [_statement(text, "the town was calm", "protested")], dropped=dropped) == []
    assert dropped == Counter({"events: trigger is a statement's reporting verb": 1})



@pytest.mark.parametrize("text, trigger", [
    ("Plans to spend 130 billion euros on new equipment by 2030 were warmly welcomed by the allies.", "welcomed"),
    ("A pledge to cut emissions by 2030 was criticized by the opposition.", "criticized"),
])
def test_a_deadline_to_come_does_not_date_an_event_told_as_done(text, trigger):
    e = _by_trigger(_events(text, published=IN_2015), trigger)
    assert e.date is None or e.date.year == 2015
    assert e.date_source != "text"
