"""A trigger with its parties, place and date → an Event record, with names resolved in the article."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from etl.extract import geo
from etl.extract.dates import DateMention
from etl.extract.events.context import Dating
from etl.extract.events.items import Candidate, SentenceTokens
from etl.extract.events.lexicon import Lexicon
from etl.extract.events.modality import modality_of
from etl.extract.events.participants import DEMANDING
from etl.extract.events.places import Whereabouts
from etl.extract.firstnames import is_first_name
from etl.extract.geo.countries import ascii_name
from etl.extract.mentions import Mention, resolver_for
from etl.extract.text import Doc, Enclosures
from etl.ids import stable_hash
from etl.records import Event, Statement

# a possessive ("Russia’s invasion": Russia) or a contracted verb ("They’re striking": They) ends no party's name
_POSSESSIVE_END = re.compile(r"['’](?:s|re|ve|ll|d)?$", re.IGNORECASE)
_POSSESSIVE_CHARS = 3  # the longest such ending ("’ll")


class Statements:
    """The article's statements, asked which one's content holds a trigger."""

    def __init__(self, statements: list[Statement]):
        ordered = sorted(statements, key=lambda s: (s.content_start, s.content_end))
        self._statements = ordered
        self._contents = Enclosures((s.content_start, s.content_end) for s in ordered)
        self._speakers = {(s.speaker_start, s.speaker_end): s for s in ordered if s.speaker_start is not None}

    def holding(self, start: int, end: int) -> Statement | None:
        """The first statement (in text order) whose content holds the span, if any."""
        k = self._contents.first_holding(start, end)
        return None if k is None else self._statements[k]

    def spoken_by(self, start: int, end: int) -> Statement | None:
        """The statement whose speaker is the span, if any ("It also welcomed the truce": the speaker "It" of the
        cue "welcomed" is the actor of the event it names)."""
        return self._speakers.get((start, end))


@dataclass(frozen=True, slots=True)
class _Party:
    """An actor or target: as written, where, and resolved."""
    text: str
    start: int
    end: int
    canonical: str | None
    country: str | None


class Names:
    """Within-article name resolution (`mentions.Resolver`), built only when an actor or target needs it,
    since building it reads the whole article, and shared through the Doc with any other extractor."""

    def __init__(self, doc: Doc):
        self._doc = doc

    def resolve(self, start: int, end: int) -> Mention:
        return resolver_for(self._doc).resolve(start, end)

    def role_of(self, canonical: str | None) -> str | None:
        return resolver_for(self._doc).role_of(canonical)

    def body_before(self, start: int) -> str | None:
        return resolver_for(self._doc).body_before(start)


_BODY_NOUNS = frozenset({"group", "organisation", "organization", "outfit"})  # nouns that point back to a body
_SPONSORED = re.compile(r"-(?:backed|sponsored|supported|funded|armed|trained|allied|aligned)\b")


def _party(text: str, sent: SentenceTokens, rng: tuple[int, int] | None, names: Names, whereabouts: Whereabouts,
           lex: Lexicon) -> _Party | None:
    """Actor or target as written, its canonical form (a country's name for "Pyongyang", the full name for
    "Kirby" or "he", the words themselves for "striking nurses") and its country ("Kharkiv officials": the
    country of the town)."""
    if rng is None:
        return None
    start, end = sent.spans[rng[0]][0], sent.spans[rng[1] - 1][1]
    # (an ending is at most three characters: only they are searched, not the whole phrase)
    possessive = _POSSESSIVE_END.search(text, max(start, end - _POSSESSIVE_CHARS), end)
    if possessive and end - start - len(possessive.group()) > 1:
        end -= len(possessive.group())  # "Russia’s invasion": the actor is Russia
    surface = text[start:end]
    code = geo.country_code(surface)
    if code:
        return _Party(surface, start, end, geo.country_name(code), code)
    # (not a sponsor's: "the Iran-backed Houthi militia" are Yemen's)
    mentions = [m for m in geo.find_countries(text, start, end) if not _SPONSORED.match(text, m.end)]
    country = mentions[0].code if mentions else _town_country(surface, whereabouts) or _from_country(text, sent, rng)
    if surface.lower() in lex.pronoun or any(w[0].isupper() for w in surface.split()):
        mention = names.resolve(start, end)
        canonical = mention.canonical
        if mentions and mention.kind == "person" and (_named_like_a_country(text, mentions[0], start)
                                                      or _surname_like_a_demonym(mentions[0], canonical)):
            country = None  # "Israel Delgado Vega", "Chad Smith", "Volker Türk": a person's name, not a country's
        if canonical and not country:
            country = geo.country_code(canonical)
        if canonical and not country and mention.kind == "person":
            # "Scholz" or "he" after "German Chancellor Olaf Scholz": the country of the role he was named with
            country = _role_country(names.role_of(canonical))
        # an armed group of one country: "Houthi rebels" are Yemen's, "Hezbollah fighters" Lebanon's
        return _Party(surface, start, end, canonical, country or geo.group_country(surface))
    if surface.lower() in _BODY_NOUNS and text[max(0, start - 4):start].lower() == "the ":
        # "a strike called by the group": the organisation the story named before, if it named one
        body = names.body_before(start)
        if body is not None:
            return _Party(surface, start, end, body, geo.country_code(body) or country or geo.group_country(body))
    return _Party(surface, start, end, surface, country or geo.group_country(surface))  # ("al-Shabab")


def _from_country(text: str, sent: SentenceTokens, rng: tuple[int, int]) -> str | None:
    """The country a party comes from, by its name in a "from" phrase right after it ("Gunmen from Niger", "fighters
    from neighbouring Chad")."""
    k = rng[1]
    if k + 1 >= len(sent.lower) or sent.lower[k] != "from":
        return None
    start = sent.spans[k + 1][0]
    found = geo.find_countries(text, start, sent.spans[min(k + 1 + _FROM_WORDS, len(sent.spans)) - 1][1])
    # (by a country's own name: "rioters from Tripoli" are no Libyans, but the city's; "concerns from Chinese parents")
    if not found or text[start:found[0].start].lower() not in ("", "the ") or not geo.is_place_name(found[0].text):
        return None
    code = found[0].code
    return None if any(town.country == code for town in geo.localities(found[0].text)) else code


_FROM_WORDS = 4  # words after "from" that may hold a country's name ("from the Central African Republic")


def _role_country(role: str | None) -> str | None:
    """The country a person's role names as its own ("German Chancellor", "U.S. Ambassador to the UN"), not one it
    names as where or whom the office serves ("Ambassador to Russia", "Special Envoy for Sudan"): None then."""
    if not role:
        return None
    for mention in geo.find_countries(role):
        before = role[:mention.start].split()
        region = geo.admin1_countries(f"{before[-1]} {mention.text}") if before else frozenset()
        if region:  # "New Jersey Gov.": a region of one country, not Jersey
            return next(iter(region)) if len(region) == 1 else None
        if not before or before[-1].lower() not in _ROLE_PREPOSITIONS:
            return mention.code
    return None


_ROLE_PREPOSITIONS = frozenset({"to", "for", "in", "on", "at"})  # "envoy to Sudan", "Minister for Africa"


def _named_like_a_country(text: str, mention: geo.CountryMention, start: int) -> bool:
    """Whether a country's own name opens a person's name, before another capitalised word ("Israel Delgado Vega",
    "Jordan Bardella"); not its adjective ("Israeli Prime Minister …")."""
    after = text[mention.end:mention.end + 2]
    return (mention.start == start and mention.text == geo.country_name(mention.code) and len(after) == 2
            and after[0] == " " and after[1].isupper())


def _surname_like_a_demonym(mention: geo.CountryMention, canonical: str | None) -> bool:
    """Whether a demonym is the surname that closes a person's full name ("Volker Türk", "Dawn French"), not the
    nationality of a role before the name ("French President Emmanuel Macron") or a people ("Ottoman Turks"); not a
    place a name closes with ("Cartel Santa Rosa de Lima")."""
    words = canonical.split() if canonical else []
    return len(words) > 1 and words[-1] == mention.text and is_first_name(words[-2]) and (
        not geo.is_place_name(ascii_name(mention.text)))


# Pronouns by which a speaker tells of its own acts ("the army said it had regained control", "police said they
# arrested two men"); "they" only of a speaker that is not one person ("Ana Lind said they attacked" is others).
_SELF_PRONOUNS = frozenset({"it", "we", "they"})
# … and the possessives by which it tells of its own people's acts ("Hezbollah said its fighters clashed with …")
_SELF_POSSESSIVES = {"its": "it", "our": "we", "their": "they"}
# speakers whose people "our" or "their" name (not one person's, nor one of unknown kind: "Romney said our presidents
# kill people"); "its" is never a person's
_BODIES = frozenset({"group", "organization", "country"})


def _speaker_as_actor(text: str, actor: _Party, statement: Statement) -> _Party:
    """The speaker as the canonical actor of an act its statement tells with a pronoun of itself: "The Sudanese army
    said it had regained control of Bara" → the Sudanese army (the span stays "it", where the words are); its people
    by a possessive: "Hezbollah said its fighters clashed" → Hezbollah fighters."""
    word, _, rest = actor.text.partition(" ")
    word = _SELF_POSSESSIVES.get(word.lower(), "") if rest else word.lower()
    if word == "i" and statement.quote_type == "direct" and statement.speaker_start is not None:
        # a quote's "I" is whoever speaks it ('"I appeal to all communities to maintain peace," he said': the chief
        # minister the statement resolved "he" to)
        return _resolved_speaker(actor, statement)
    if word not in _SELF_PRONOUNS or statement.speaker is None or statement.speaker_start is None or (
            word != "we" and (statement.speaker_kind == "person" or statement.speaker_start >= actor.start)) or (
            rest and word != "it" and statement.speaker_kind not in _BODIES):
        return actor  # ("we" in a quote whose speaker follows it: '"We destroyed three tanks," the army said'; one
        # person's "our": "Romney said our presidents kill people" are no people of his)
    speaker = statement.speaker_canonical or text[statement.speaker_start:statement.speaker_end]
    mentions = geo.find_countries(text, statement.speaker_start, statement.speaker_end)
    # (or an armed group's of one country: "Hezbollah said its fighters …" are Lebanon's)
    country = actor.country or (mentions[0].code if mentions else geo.group_country(speaker))
    return _Party(actor.text, actor.start, actor.end, f"{speaker} {rest}" if rest else speaker, country)


def _arresting_speaker(text: str, statement: Statement, lex: Lexicon) -> _Party | None:
    """The force that speaks a statement of arrests told without who made them: "The Armed Forces said 26 inmates had
    been detained" → the Armed Forces, "A police spokesman said two men were arrested" → police; none for any other
    speaker ("Relatives said he had been arrested", "Police Commissioner Richard Ross said": a man, who arrests no
    one himself)."""
    if statement.speaker_start is None or statement.speaker_end is None or statement.cue_class not in _TELLING:
        return None  # (what a force demands or denies it did is no report of its arrests: "demanding the release of
        # their imprisoned relatives")
    words = [(m.group().lower(), m.start(), m.end())
             for m in _WORD.finditer(text, statement.speaker_start, statement.speaker_end)]
    if not words:
        return None
    end = len(words)
    if lex.in_class(words[-1][0], "force_voices"):
        end -= 1  # "a police spokesman": the police speak through him
    if end == 0 or not lex.in_class(words[end - 1][0], "arresting_forces"):
        return None
    first = 0
    while first < end - 1 and words[first][0] in lex.determiner:
        first += 1
    start, stop = words[first][1], words[end - 1][2]
    surface = text[start:stop]
    canonical = statement.speaker_canonical if end == len(words) and statement.speaker_canonical else surface
    mentions = geo.find_countries(text, start, stop)
    return _Party(surface, start, stop, canonical, mentions[0].code if mentions else geo.group_country(surface))


_WORD = re.compile(r"[\w'-]+")
# the cue classes by which a speaker reports what happened
_TELLING = frozenset({"say", "report", "confirm", "announce", "add", "reveal", "acknowledge", "tell", "explain"})


def _resolved_speaker(actor: _Party, statement: Statement | None) -> _Party:
    """A pronoun actor that is also a statement's speaker, resolved as the statement resolved it: "The ministry said it
    backed the plan. It also welcomed the truce" → the ministry, as the speaker of "welcomed" is, in both tables."""
    if statement is None or statement.speaker_canonical is None or statement.speaker_canonical == actor.canonical:
        return actor
    canonical = statement.speaker_canonical
    mentions = geo.find_countries(canonical)
    country = geo.country_code(canonical) or (mentions[0].code if mentions else actor.country)
    return _Party(actor.text, actor.start, actor.end, canonical, country)


def _town_country(surface: str, whereabouts: Whereabouts) -> str | None:
    """The country of a town that qualifies the people of a phrase: "Kharkiv officials", "Aleppo residents"."""
    words = surface.split()
    k = 0
    while k < len(words) and words[k][:1].isupper():
        k += 1
    if k == 0 or k == len(words) or not words[k][:1].islower():
        return None
    name = " ".join(words[:k])
    # a region of a country the story is set in, before any town of the name ("A Florida judge" in a story filed from
    # Fort Lauderdale: the state's, not of the Colombian town)
    states = geo.admin1_countries(name)
    states = states & whereabouts.settings() if states else states  # (the settings scan the lead: asked only here)
    if len(states) == 1:
        return next(iter(states))
    town = whereabouts.town(name)
    if town is None:
        return None
    # a town of another country than those the story names qualifies no one there by its name ("Fano fighters" in a
    # story from Ethiopia: a militia, not people of the Italian town), unless it is a city the world knows; in a story
    # that names no country, a small town qualifies no one either ("Fano militiamen took control of Lalibela")
    countries = whereabouts.countries()
    if countries:
        return town.country if town.country in countries or town.population >= _WELL_KNOWN else None
    return town.country if town.population >= _KNOWN_CITY else None


_WELL_KNOWN = 1_000_000  # inhabitants of a city whose name qualifies people wherever the story is ("Aleppo residents")
_KNOWN_CITY = 100_000    # … and of one whose name does where the story names no country ("Kharkiv officials")


def event_record(text: str, article_id: str, sent: SentenceTokens, cand: Candidate, place: geo.Place | None,
                 when: DateMention | None, published: date | None, statements: Statements, names: Names,
                 whereabouts: Whereabouts, lex: Lexicon, version: str,
                 date_of: Callable[[DateMention | None, str], Dating]) -> Event:
    """The record of one trigger; confidence grows with what was found around it. `date_of` dates it from
    its own date expression (`when`) and its modality, or from its context."""
    t_start, t_end = sent.spans[cand.first][0], sent.spans[cand.last - 1][1]
    actor = _party(text, sent, cand.actor, names, whereabouts, lex)
    target = _party(text, sent, cand.target, names, whereabouts, lex)
    where = whereabouts.of(place) if place else None
    # a division named with its own kind, without the place it divides ("West Zone" of "West Zone of Rio de
    # Janeiro"); the place it divides still tells its country, region and coordinates
    named = whereabouts.named(place) if place else None
    location = None if place is None else place.text if named == (place.start, place.end) else text[slice(*named)]
    statement = statements.holding(t_start, t_end)
    if statement is not None and actor is not None and statement.cue_start is not None and (
            cand.sense.event_type == "PROTEST" and actor.end <= statement.cue_start < t_start
            and text[statement.cue_start:statement.cue_end].lower() in DEMANDING):
        statement = None  # "demonstrators demanding new elections marched": what they asked for tells no protest
    if actor is not None and statement is not None:
        actor = _speaker_as_actor(text, actor, statement)
    if actor is not None and actor.text.lower() in lex.pronoun:
        actor = _resolved_speaker(actor, statements.spoken_by(actor.start, actor.end))
    if actor is None and statement is not None and cand.sense.event_type == "COERCE" and cand.sense.mode == "arrest":
        actor = _arresting_speaker(text, statement, lex)  # "Police said two men had been arrested": by the police
    modality = modality_of(sent, cand, statement, when, published, lex)
    dating = date_of(when, modality)
    on = dating.mention
    confidence = (0.5 + 0.2 * (actor is not None) + 0.1 * (target is not None)
                  + 0.1 * (place is not None or when is not None))
    return Event(
        event_id=stable_hash(article_id, "event", t_start, t_end),
        article_id=article_id,
        statement_id=statement.statement_id if statement else None,
        event_type=cand.sense.event_type,
        event_mode=cand.sense.mode,
        trigger=text[t_start:t_end], trigger_start=t_start, trigger_end=t_end,
        actor=actor.text if actor else None, actor_start=actor.start if actor else None,
        actor_end=actor.end if actor else None, actor_canonical=actor.canonical if actor else None,
        actor_country=actor.country if actor else None,
        target=target.text if target else None, target_start=target.start if target else None,
        target_end=target.end if target else None, target_canonical=target.canonical if target else None,
        target_country=target.country if target else None,
        location=location, location_start=named[0] if named else None,
        location_end=named[1] if named else None, location_country=where.country if where else None,
        date=dating.date, date_precision=dating.precision,
        date_text=on.text if on else None, date_start=on.start if on else None, date_end=on.end if on else None,
        modality=modality, confidence=round(confidence, 2), extractor=version, date_source=dating.source,
        location_admin1=where.admin1 if where else None, location_lat=where.lat if where else None,
        location_lon=where.lon if where else None,
    )
