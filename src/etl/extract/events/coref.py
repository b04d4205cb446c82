"""An article's event mentions → its events: the mentions of one happening merged into one row, and every mention kept.

The events extractor finds triggers; an article names one attack many times ("the attack", "the blast",
"the bombing"). Mentions merge, in text order, into the nearest earlier event they are compatible with:

- same PLOVER type, and a modality that can describe the same happening (asserted and reported merge;
  future only with future, hypothetical only with hypothetical; a negated mention merges only as a noun pointing
  back at a negated event: "a failed attack … the failed assassination attempt");
- no clash of participants, time or place: actors and targets of different countries or different heads
  ("soldiers", "Taliban"), or actors named by names without a word in common ("the IRA leaders", "the UDA
  leaders"; a demonym describes a party and names none: "Russian soldiers"; a pronoun, a vague word such as
  "those", a thing or an instrument such as "the device" is no side; the place an attack struck and the people
  it hit are one incident's targets; in a fight, the side struck in one mention may fire in the other: "two
  militants were killed in an encounter with security forces … the militants fired upon them"), dates whose
  periods do not overlap, named places neither of which holds the other (an attack on Monday in Kabul and
  one on Tuesday in Herat stay two; "the market" and "the school" are two sites, while a site the trigger's own
  words tell, "in jail", is no place that could differ); within one sentence a country holds its places
  ("Syria", "Deir ez-Zor"), and a site without a name in a country or a part of one ("a village in central Mali")
  may be any named place of it;
- a reason to think it is the same: a definite noun pointing back ("the attack", "Monday's blast") may
  reach any earlier event; another mention must lie within SENTENCE_WINDOW sentences of the event's latest
  mention, and in the same sentence only a coordinated trigger ("killed or wounded"), a participle after a
  comma ("attacked a school, killing three"), an act done in an act of its type ("arrested in raids") or a word of
  the same trigger family (a row of plover_triggers.tsv) is a re-mention, since two predicates of one sentence are
  usually two acts ("signed … with Putin lauding the agreement"). Violent incidents are the exception
  (the `incident` types of events_coref.tsv): "a roadside IED kills a general … the bomb detonated as his car
  passed" names one incident by several predicates, so two mentions of such a type in one sentence are one
  event unless their participants, time or place clash or a word of sequence ("after", "before") lies
  between them, or one is named by its date ("accused of planning the October 7 attack, and that he had been
  killed"; but "killed in the December 2012 shooting"). Perpetrators told again with "the" by another word for
  them ("Suspected jihadists killed 15 …", then "The assailants … opened fire") point back as a definite noun
  does. A word such as "another" or "separate" before a trigger starts a new event. A mention
  whose actor is a mention of an event ("the attack killed 12 guests") names that event's toll: it joins it
  wherever it is.

The event's own trigger is its most informative mention (actor, target, place, date; a pronoun or vague
participant tells nothing); each slot is taken whole from one mention, with that mention's offsets, so every
span stays grounded: its own unless another tells it better (a target the attack struck before the victims its
toll words count, a participant before a happening read as one, a doer the story tells before a name someone's
words label the act with ("condemned the Taliban attack"; a day or town before the noun is no doer at all), a name
before a description before a pronoun, a named place before a site told without a name or an article that points
back: "an area", "a shop"); its date is the best any mention has (the text's, else the context's, else the
dateline's, else the publication week). The event keeps the deterministic id of its trigger's span.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from functools import cache
from itertools import takewhile

from etl.extract import geo, numbers
from etl.extract.dates import SPAN_ENDS, is_calendar_word, is_weekday, period
from etl.extract.datelines import opener_end
from etl.extract.events.items import is_numeral
from etl.extract.events.lexicon import (ASIDE_OPENERS, FIGHTING_EACH_OTHER, FIGHTS, GRAMMAR, TWO_SIDED, Lexicon,
                                        charge_at, is_claim, load_lexicon)
from etl.extract.events.places import PLACE_PHRASES, is_nationwide, names_area
from etl.extract.text import TOKEN, Doc, head_word
from etl.extract.wordlists import alternation, tsv_rows
from etl.ids import stable_hash
from etl.records import Event, EventMention

VERSION = "events-coref-1.80"

SENTENCE_WINDOW = 6     # most sentences between a mention and the latest mention of the event it joins
LOOK_BEHIND = 3         # tokens before a trigger read for a determiner or a new-event word
LOOK_BEHIND_CHARS = 60  # where those tokens are looked for: a long sentence is not read from its start each time
CANDIDATES = 20         # most recent events a mention is compared with, so that a long article stays linear
# Slots an event takes whole from one mention: the columns named by the slot or starting with it and "_".
SLOTS = ("actor", "target", "location", "date")
_DATE_FIELDS = ("date", "date_precision", "date_text", "date_start", "date_end", "date_source")
_NO_DATE = dict.fromkeys(_DATE_FIELDS) | {"date_precision": "none", "date_source": "none"}  # no date at all
PARTIES = ("actor", "target")
_ARTICLES = frozenset({"a", "an"})
_APOSTROPHE = re.compile("['’]")
# Word classes of common nouns for people and armed groups: capitalised only when they open a sentence
_COMMON_PARTY_CLASSES = ("people", "agents", "armed_attackers")
# How much each slot tells about an event, to choose its own trigger; a day is worth more than a year.
WEIGHTS = {"actor": 2.0, "target": 1.0, "location": 1.0, "date": 1.0}
PRECISION_WEIGHT = {"day": 0.5, "week": 0.4, "month": 0.3, "year": 0.1, "none": 0.0}
# A date the mention's own words give. Others (from the sentence or paragraph around it, the dateline, the
# publication) are guesses of when it happened: they neither keep two mentions apart nor outrank a date
# the text gives.
OWN_DATE = ("text",)
# Where a date may come from, the best first: a merged event takes the best date any of its mentions has.
DATE_SOURCES = ("text", "context", "dateline", "publication")
# Modalities that can describe one happening: what the article asserts and what a source reports of it.
# A negated mention joins only a negated event, and only as a noun pointing back ("a failed attack … the failed
# assassination attempt"): what did not happen is named again, not a second time tried.
MODALITY_GROUP = {"asserted": "fact", "reported": "fact", "future": "future", "hypothetical": "hypothetical",
                  "negated": "negated"}
# Between two coordinated triggers ("killed or wounded", "killed, injured and captured").
_COORDINATED = re.compile(r"\s*,?\s*(?:(?:and|or|and/or|but)\s+)?", re.IGNORECASE)
# A second verb of the same doer that names its act by a noun: "went on a strike and held a protest".
_COORDINATED_LIGHT = re.compile(
    r"\s*,?\s*(?:and|or)\s+(?:%s)\s+(?:(?:a|an|the|their|its|his|her)\s+)?" % "|".join(sorted(GRAMMAR["light_verb"])),
    re.IGNORECASE)
_POSSESSIVE = re.compile(r"\w['’]s$")
# "blasts across Sri Lanka", "protests throughout the country": an event spread over the place after the words
_SPREAD = re.compile(r"\b(?:across|throughout|all over|around)\s+(?:the\s+)?$", re.IGNORECASE)
_SPREAD_CHARS = 20
# A site without a name in a wide place: "a village in central Mali", "an army base in Niger"
_SITE_IN = re.compile(r"(?:a|an)\s+(?:[a-z][\w-]*\s+){1,3}(?:in|of)\s+(?:the\s+)?(.+)")
# A part of a country told by its direction: "northern Burkina Faso", "the north-east of Nigeria", "eastern Congo"
_COUNTRY_PART = re.compile(r"(?:the\s+)?(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|central)(?:ern)?"
                           r"(?:\s+part)?(?:\s+of(?:\s+the)?)?\s+(.+)", re.IGNORECASE)
# A participle after a comma tells the toll or manner of the act before it ("attacked a school, killing three").
_RESULT_CLAUSE = re.compile(r",\s*$")
_PURPOSE = re.compile(r"\bto\s*$")
_REPORTED_WITHIN = 366  # days before its week of report an event told without a date of its own may have happened
_CHARGE_CHARS = 48  # characters before a trigger searched for the charge it is the act of ("suspected of carrying out")
_HAPPENED_IN = re.compile(r"\s+(?:in|during)\s+[^,;.]{0,40}")  # "killed in the December 2012 shooting"
# A relative clause that tells on the event noun it follows: "the 2008 attacks on Mumbai, in which 166 people were
# killed", "the 2015 attack on Garissa, during which gunmen killed 148", "the 2004 bombings, which killed 191"
_WHICH_TOLD = re.compile(r"[^,;.]{0,60},\s+(?:(?:in|during)\s+)?which\s+[^,;.]{0,60}", re.IGNORECASE)
# "were arrested in raids", "detained during a crackdown": the act done in an act of its own type is that act, past its
# object and an aside on whom it befell ("arrested 12 people, including a village administrator, during a raid")
_MEANS = re.compile(r"(?:\s+[^,;.]{0,60}?(?:,\s+(?:including|among\s+them)\s+[^,;.]{0,60},)?)?"
                    r"\s+(?:in|during)\s+(?:(?:a|an|the|police|army|military|overnight|dawn|pre-dawn|predawn|early"
                    r"|early-morning|late-night|night|joint|coordinated|simultaneous|separate)\s+)*", re.IGNORECASE)
# "later" of a sentence that moves on in time; not "no later than", nor the "later" of a second verb ("was shot and
# later detained"), which says nothing of the first. The checks behind the word follow it, so that they run only
# where a "later" stands, not at every character of the sentence.
_LATER = re.compile(r"\blater\b(?<!\bno later)(?<!\bnot later)(?<!\band later)(?<!\bbut later)(?<!\bthen later)"
                    r"(?!\s+than)", re.IGNORECASE)
_OPENER_WORDS = 5  # the longest opening phrase read for a move to another event ("Two days later,")


@dataclass(frozen=True)
class Words:
    definite: frozenset[str]
    new_event: frozenset[str]
    pronouns: frozenset[str]
    families: dict[str, frozenset[int]]  # trigger form (lower case) → the plover_triggers.tsv rows that list it
    nouns: frozenset[str]                # trigger forms some row reads as a noun
    incident: frozenset[str]             # event types whose mentions in one sentence name one incident
    sequence: frozenset[str]             # words that put two acts of one sentence one after the other
    toll: frozenset[str]                 # trigger words whose target is a victim of the toll ("killing six")
    entered: frozenset[str]              # trigger words whose target is a place gone into ("stormed a bar")
    vague: frozenset[str]                # words that name no participant by themselves ("others", "more")
    instrument: frozenset[str]           # what a party acts with ("the device"): no side of its own
    new_scene: frozenset[str]            # words of an opening phrase that move to another event ("Elsewhere,")
    unidentified: frozenset[str]         # perpetrators told without a name ("gunmen"), who may be a named group's
    measure: frozenset[str]              # modes of measures over time (a curfew): no act of another mode
    taking: frozenset[str]               # modes of takings (seize, arrest): each tells on its own mode first
    state_force: frozenset[str]          # words that name a state's own force ("Military Police"): no armed group
    force_kind: dict[str, str]           # head word → the kind of state force it names ("soldiers" → military)
    role: frozenset[str]                 # heads that name a party by the act of its event ("protesters")
    lemmas: dict[str, str]               # one-word trigger form → the row's first one ("struck" → "strike")
    pair: frozenset[str]                 # heads that name again the two parties just told ("the two leaders")
    in_person: frozenset[str]            # words of a meeting face to face ("met", "summit"): no phone call
    undescribed: frozenset[str]          # words before perpetrators told without a name ("Unknown gunmen")


@cache
def load_words() -> Words:
    roles: dict[str, set[str]] = {}
    for word, role in tsv_rows("events_coref.tsv"):
        roles.setdefault(role, set()).add(word)
    families: dict[str, set[int]] = {}
    nouns = set()
    lemmas: dict[str, str] = {}
    for row_number, row in enumerate(tsv_rows("plover_triggers.tsv")):
        forms, pos = row[0], row[1]
        phrases = [_form(form) for form in forms.split(",")]
        for phrase in phrases:
            families.setdefault(phrase, set()).add(row_number)
            if pos == "noun":
                nouns.add(phrase)
        single = [phrase for phrase in phrases if phrase and " " not in phrase]
        for phrase in single:
            lemmas.setdefault(phrase, single[0])
    return Words(frozenset(roles["definite"]), frozenset(roles["new_event"]), GRAMMAR["pronoun"],
                 {form: frozenset(rows) for form, rows in families.items()}, frozenset(nouns),
                 frozenset(w.upper() for w in roles["incident"]), frozenset(roles["sequence"]),
                 frozenset(roles["toll"]), frozenset(roles["entered"]), frozenset(roles["vague"]),
                 frozenset(roles["instrument"]),
                 frozenset(roles["new_scene"]), frozenset(roles["unidentified"]),
                 frozenset(roles["measure"]), frozenset(roles["taking"]), frozenset(roles["state_force"]),
                 {word: kind for kind in _FORCE_KINDS for word in roles[kind]}, frozenset(roles["role"]), lemmas,
                 frozenset(roles["pair"]), frozenset(roles["in_person"]), frozenset(roles["undescribed"]))


_FORCE_KINDS = ("military", "police")  # the roles of events_coref.tsv that group head words of one kind of force


@cache
def slot_columns() -> dict[str, tuple[str, ...]]:
    """The Event columns of each slot ("location" → location, location_start, location_end, location_country)."""
    names = [f.name for f in fields(Event)]
    return {slot: tuple(n for n in names if n == slot or n.startswith(f"{slot}_")) for slot in SLOTS}


@dataclass
class _Mention:
    event: Event
    sentence: int
    form: str
    definite: bool   # a noun pointing back ("the attack")
    new: bool        # said to be another event ("another attack")
    scene: bool = False  # its sentence opens on another time or scene ("Hours later, …"): new to the sentences before
    also: bool = False  # "also" right before or after it: a further outcome ("The blast also damaged homes")
    charged: bool = False  # the act a charge names ("charged with the murders"): its sentence tells of the one charged
    # the act of a "when" clause after what those it befell were doing ("The officers were returning from an operation
    # near Tlacotepec when armed men opened fire"): the incident the sentence before told, told on where it struck
    retells: bool = False
    # a tally of many acts ("more than 80 militant attacks"): none of those told in the sentences before; in its own
    # sentence it may be the object of an act ("repelled four attacks")
    tally: bool = False
    # a verb in the present of a relative clause ("in Guerrero, where criminal groups fight over drug routes", "groups
    # that have been fighting the army"): what goes on, no incident; it neither names one told nor is named again
    habit: bool = False
    # the means of a party's answer ("the military responded on Monday with air strikes", "retaliated by shelling the
    # town"): an act after the one it answers, so none told in a sentence before
    answer: bool = False

    def has(self, slot: str) -> bool:
        return getattr(self.event, slot) is not None

    def tells(self, slot: str) -> bool:
        """Whether the mention has the slot, and for a participant words that name one ("the guards", not "he",
        "I'm" or "five more"); a place that is a word of the trigger itself ("in jail") tells nothing more."""
        if slot == "location" and self.has(slot) and _in_trigger(self.event):
            return False
        return self.has(slot) and not (slot in PARTIES and _vague(getattr(self.event, slot)))

    @property
    def own_date(self) -> bool:
        return self.event.date is not None and self.event.date_source in OWN_DATE

    @property
    def weight(self) -> float:
        e = self.event
        return (sum(WEIGHTS[s] for s in SLOTS if (self.own_date if s == "date" else self.tells(s)))
                + PRECISION_WEIGHT.get(e.date_precision, 0.0) * self.own_date)


@dataclass(eq=False)
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # of the mentions' triggers, in text order
    # the mentions with distinct participants, place and time: a new mention must fit each of them
    distinct: dict[tuple, Event] = field(default_factory=dict)
    heads: set[str | None] = field(default_factory=set)  # the head words of its mentions' actors and targets
    actor_heads: set[str | None] = field(default_factory=set)  # … of its mentions' actors
    nouns: set[str] = field(default_factory=set)  # the last words of its mentions' triggers ("bomb")
    state_side: bool = False  # whether a state's own force is a party of one of its mentions ("police", "troops")
    # the ids of the mentions that joined it as a retelling at a place of their own (`_Mention.retells`): a place in
    # the one its other mentions tell, which a later mention placed there does not clash with
    retold: set[int] = field(default_factory=set)

    @property
    def last(self) -> _Mention:
        return self.mentions[-1]

    def add(self, m: _Mention) -> None:
        self.mentions.append(m)
        e = m.event
        self.starts.append(e.trigger_start)
        self.heads.update(_head_word(p) for p in (e.actor, e.target) if p)
        if e.actor:
            self.actor_heads.add(_head_word(e.actor))
        self.nouns.add(m.form.split(" ")[-1])
        self.state_side = self.state_side or any(p is not None and _state_force(p) for p in (e.actor, e.target))
        # (a date of its own words and one of its context are apart: only the first dates the happening, "A car bomb
        # killed 20 … on Saturday" against "Last year, an attack … killed 50")
        self.distinct.setdefault((e.actor_canonical or e.actor, e.actor_country, e.target_canonical or e.target,
                                  e.target_country, e.location, e.location_country, e.date, e.date_precision,
                                  e.date_source in OWN_DATE), e)


def merge(doc: Doc, events: list[Event]) -> tuple[list[Event], list[EventMention]]:
    """The article's events, one per happening, and every mention of each (in text order)."""
    words = load_words()
    _NAMING.clear()
    clusters: list[_Cluster] = []  # the latest mentioned last
    later: dict[int, bool] = {}  # sentence index → whether it moves on in time (`_later`)
    events = _tolls_told_after(doc, sorted(events, key=lambda e: e.trigger_start))
    # a note's heading names the kind of its event and no party ("Protest with intervention:" has no target)
    events = [replace(e, **{c: None for slot in PARTIES for c in slot_columns()[slot]}) if _in_heading(doc.text, e)
              else e for e in events]
    # "the injured policemen", "each martyred policeman": the victims of an act told before, by no doer and at no place
    # or time of their own ("One of the injured policemen succumbed … in Peshawar on Tuesday" tells where and when
    # one died; "Rs 10 million for the family of each martyred policeman": not the family's act)
    events = [_unplaced(e) if _victims_described(doc.text, e) else e for e in events]
    events = [_opener_act(doc, e, words) for e in events]
    events = _pairs_named_again(doc, events, words)
    events = _seized_for_hostages(doc, events)
    events = _kind_told_before(doc, events, words)
    found = _retellings(doc, [_mention(doc, event, words, later) for event in events])
    # the sentences that name an event of a type again ("were killed in the siege of the hotel"): each predicate of
    # theirs tells that event on
    again: dict[tuple[int, str], _Mention] = {}  # (sentence, type) → its first definite mention
    for m in found:
        if m.definite and not m.new:
            again.setdefault((m.sentence, m.event.event_type), m)
    for mention in found:
        named = again.get((mention.sentence, mention.event.event_type))
        back = _antecedent(doc, mention, clusters, words, named is not None and not _aside_after(
            doc.text, named.event.trigger_end, mention.event.trigger_start), named)
        cluster = _Cluster() if back is None else clusters.pop(len(clusters) - 1 - back)
        if back is not None and mention.retells and mention.sentence - cluster.last.sentence == 1:
            cluster.retold.add(id(mention.event))
        cluster.add(mention)
        clusters.append(cluster)
    clusters.sort(key=lambda c: c.mentions[0].event.trigger_start)
    clusters = [c for c in _headline_told_below(doc, clusters)
                if not all(_people_harmed(doc.text, m.event) for m in c.mentions)]
    merged: list[Event] = []
    mentions: list[EventMention] = []
    story_start = opener_end(doc)
    told_back = _told_back(doc, clusters)
    for cluster in clusters:
        event = _event(cluster, doc.text, story_start)
        back = told_back.get(id(cluster), [])
        if back:
            event = replace(event, mentions=event.mentions + len(back))
        merged.append(event)
        mentions += [_mention_record(doc, m, event.event_id) for m in cluster.mentions]
        mentions += [_anaphor_record(doc, span, event) for span in back]
    merged = _claimed_together(doc, clusters, merged)
    merged.sort(key=lambda e: e.trigger_start)
    mentions.sort(key=lambda m: m.trigger_start)
    return _in_the_one_country(merged), mentions


# "claimed responsibility for both attacks", "for the twin bombings": a claim of several attacks, its object's words
_CLAIMED_MANY = re.compile(r"\s+for\s+(?:both|all|the|these)\b(?:\s+[\w-]+){0,3}?\s+([a-z]+s)\b")
_CLAIM_REACH = 3  # sentences before a claim of several attacks that may tell them


def _claimed_together(doc: Doc, clusters: list[_Cluster], merged: list[Event]) -> list[Event]:
    """Every attack a claim of several attacks names gets its claimant ("A truck bomb exploded near the US embassy in
    Nairobi … a second truck bomb detonated outside the US embassy in Dar es Salaam … Al-Qaida claimed responsibility
    for both attacks"): the claim merged with one of them, the others told in the sentences before it by no doer."""
    lex = load_lexicon()
    claims = [m.event for c in clusters for m in c.mentions if is_claim(m.event.trigger.lower().rsplit(" ", 1)[-1])
              and m.event.actor is not None and _claims_many(doc.text, m.event, lex)]
    for claim in claims:
        sentence = doc.sentence_index(claim.trigger_start)
        merged = [replace(e, **{c: getattr(claim, c) for c in slot_columns()["actor"]})
                  if e.event_type == "ASSAULT" and e.actor is None and e.trigger_start < claim.trigger_start
                  and doc.sentence_index(e.trigger_start) >= sentence - _CLAIM_REACH else e for e in merged]
    return merged


def _claims_many(text: str, claim: Event, lex: Lexicon) -> bool:
    """Whether a claim's object names attacks in the plural ("for both attacks", "for the bombings")."""
    m = _CLAIMED_MANY.match(text, claim.trigger_end)
    return m is not None and any(s.event_type == "ASSAULT" and s.pos == "noun" for phrase, senses in lex.triggers.get(
        m.group(1), ()) if phrase == (m.group(1),) for s in senses)


def _kind_told_before(doc: Doc, events: list[Event], words: Words) -> list[Event]:
    """Events told by a noun that names again an act told just before as another type: of that act's type and mode,
    so that the two are one event. A bare definite noun ("the attack") after a compound of it that named the kind of
    act ("A ransomware gang claimed a cyber-attack on a hospital network. … The attack was detected on Saturday"); a
    riot in which people were killed, or "the riot" after a fight and no protest ("17 inmates were killed when rival
    gangs fought for control of the prison. The riot lasted eight hours"). Not past an act of the noun's own type
    told between ("… Gunmen then stormed a clinic; the attack killed three")."""
    out = list(events)
    for n, event in enumerate(events):
        told = _compound_told(doc, out, n, words) or _fight_told(doc, out, n, words)
        if told is not None:
            out[n] = replace(event, event_type=told.event_type, event_mode=told.event_mode)
    return out


def _compound_told(doc: Doc, events: list[Event], n: int, words: Words) -> Event | None:
    """The event of a compound of the bare definite noun that tells `events[n]` ("a cyber-attack" for "the attack"),
    the latest told of that noun in the sentences before, if it is of another type."""
    event = events[n]
    lemma = _bare_definite(doc, event, words)
    if lemma is None:
        return None
    sentence = doc.sentence_index(event.trigger_start)
    for other in reversed(events[:n]):
        if other.event_type == event.event_type or sentence - doc.sentence_index(other.trigger_start) > SENTENCE_WINDOW:
            return None
        compound = _WORD_PARTS.split(other.trigger.lower())
        if len(compound) > 1 and words.lemmas.get(compound[-1], compound[-1]) == lemma and (
                MODALITY_GROUP.get(other.modality) == MODALITY_GROUP.get(event.modality)):
            return other
    return None


def _fight_told(doc: Doc, events: list[Event], n: int, words: Words) -> Event | None:
    """The violent act a riot noun tells again: the act its sentence told just before it, done in it ("were killed in a
    riot at the prison"), or, after "the", the latest act of violence of the sentences before when no protest was told
    since ("rival gangs fought for control of the prison. The riot lasted eight hours"). Not police dispersing a crowd,
    whose riot is the crowd's; nor a riot told as one before ("prisoners rioted … the riot was a distraction"), nor
    a word of the people who rioted ("police dispersed the mob")."""
    event = events[n]
    form = _form(event.trigger)
    if event.event_type != "PROTEST" or event.event_mode != "riot" or form not in words.nouns or (
            load_lexicon().in_class(form, "agents")):
        return None
    sentence = doc.sentence_index(event.trigger_start)
    definite = _pointed_back(doc, event, words)
    reach = [other for other in events[:n]
             if sentence - doc.sentence_index(other.trigger_start) <= (SENTENCE_WINDOW if definite else 0)]
    if any(other.event_type == "PROTEST" for other in reach):
        return None
    for other in reversed(reach):
        if other.event_type != "ASSAULT" or other.event_mode == "crowd-control" or (
                MODALITY_GROUP.get(other.modality) != MODALITY_GROUP.get(event.modality)):
            continue
        if definite or _MEANS.fullmatch(doc.text, other.trigger_end, event.trigger_start):
            return other
        return None
    return None


_WORD_PARTS = re.compile(r"[\s-]+")  # the words of a compound trigger, written apart or hyphenated ("cyber-attack")


def _bare_definite(doc: Doc, event: Event, words: Words) -> str | None:
    """The lemma of a trigger that is one event noun of no mode after a word that points back ("the attack",
    "this assault"), else None."""
    form = _form(event.trigger)
    if event.event_mode is not None or " " in form or "-" in form or form not in words.nouns:
        return None
    return words.lemmas.get(form, form) if _pointed_back(doc, event, words) else None


def _pointed_back(doc: Doc, event: Event, words: Words) -> bool:
    """Whether one of the two words before a trigger points back ("the riot", "this assault")."""
    before = _lower_tokens(doc, max(0, event.trigger_start - LOOK_BEHIND_CHARS), event.trigger_start)[-2:]
    return any(w in words.definite for w in before)


def _seized_for_hostages(doc: Doc, events: list[Event]) -> list[Event]:
    """Events where a seizure of a place or vehicle is told as the hostage-taking its sentence goes on to ("Militants
    seized a school in Beslan, taking over 1,100 people hostage", "seized a bus and held 25 passengers hostage"): the
    seizure is the first step of that hostage-taking, by the same doers, and is told as one of its mentions."""
    out = list(events)
    for n, seized in enumerate(events):
        if seized.event_type != "COERCE" or seized.event_mode != "seize" or seized.target is None or not _struck(
                _Party(seized.target.lower(), None)):
            continue
        sentence = doc.sentence_index(seized.trigger_start)
        taken = next((e for e in events[n + 1:] if e.event_type == "ASSAULT" and e.event_mode == "abduct"
                      and doc.sentence_index(e.trigger_start) == sentence and e.modality == seized.modality
                      and (e.actor is None or seized.actor is None or e.actor == seized.actor)), None)
        if taken is not None:
            out[n] = replace(seized, event_type=taken.event_type, event_mode=taken.event_mode)
    return out


def _pairs_named_again(doc: Doc, events: list[Event], words: Words) -> list[Event]:
    """Events a party of which names again the two parties of an act told just before ("Erdogan met Putin in Sochi on
    Monday. The two leaders agreed to …", "Ethiopia and Somalia held talks. Both countries pledged …"): that party is
    both, as one compound party ("Recep Tayyip Erdogan and Vladimir Putin"), when the sentence before and the party's
    own up to its event told exactly one pair (two leave it unknown which)."""
    out = list(events)
    for n, event in enumerate(events):
        for slot in PARTIES:
            start, end = getattr(event, f"{slot}_start"), getattr(event, f"{slot}_end")
            if start is None or not _names_a_pair(doc.text, start, end, words):
                continue
            sentence = doc.sentence_index(event.trigger_start)
            pairs = {}
            for other in events:
                pair = _pair_of(other) if other.trigger_start < event.trigger_start and (
                    sentence - 1 <= doc.sentence_index(other.trigger_start) <= sentence) else None
                if pair is not None:
                    pairs.setdefault(frozenset(pair[0].split(" and ")), pair)
            if len(pairs) == 1:
                (canonical, country), = pairs.values()
                out[n] = replace(out[n], **{f"{slot}_canonical": canonical, f"{slot}_country": country})
    return out


_PAIR_OPENING = re.compile(r"(?i:\b(?:the\s+two|both(?:\s+the)?)\s+\Z)")
_PAIR_REACH = 12  # characters before a pair's head word that hold "the two", "both the"


def _names_a_pair(text: str, start: int, end: int, words: Words) -> bool:
    """Whether a party is written as the two parties told before: "the two leaders", "both sides", "the pair"."""
    head = text[start:end].split()
    if len(head) != 1 or head[0].lower() not in words.pair:
        return False
    before = text[max(0, start - _PAIR_REACH):start]
    if head[0].lower() in _PAIR_NOUNS:
        return before.lower().endswith("the ")
    return _PAIR_OPENING.search(before) is not None


_PAIR_NOUNS = frozenset({"pair", "duo"})  # nouns that are two by themselves, after "the" alone


def _pair_of(event: Event) -> tuple[str, str | None] | None:
    """The two parties an event names, each by a name, as one compound party and the first's country: its actor and a
    target that is a party ("Erdogan met Putin"), or a compound actor and no such target ("Ethiopia and Somalia held
    talks"); None for one party, or one told by a common noun ("met the delegation")."""
    actor, target = event.actor_canonical, event.target_canonical
    if not actor or not actor[:1].isupper():
        return None
    named = bool(target) and target[:1].isupper()  # (not "hosted a meeting": a thing, no party)
    if named and " and " not in actor and " and " not in target:
        return f"{actor} and {target}", event.actor_country
    parts = actor.split(" and ")
    if not named and len(parts) == 2 and all(p[:1].isupper() for p in parts):
        return actor, event.actor_country
    return None


def _told_back(doc: Doc, clusters: list[_Cluster]) -> dict[int, list[tuple[int, int]]]:
    """The spans of the nouns that point back at an act of the sentence before or earlier in their own ("…
    reimposed oil sanctions on Venezuela. Venezuela's government condemned the move", "agreed to a ceasefire on
    Tuesday. The truce is meant to …"), by cluster: a noun of `_ANAPHORS` after "the" or "this", when exactly one
    event of a type it may name was told there (two leave it unknown which), and no trigger of its own; not of an
    event it is the target of ("environmentalists welcome the decision": what the welcome is of). Only the sentences
    of an event and right after one are read."""
    told: dict[int, list[tuple[int, int]]] = {}
    by_sentence: dict[int, list[tuple[int, _Cluster]]] = {}
    for cluster in clusters:
        for m in cluster.mentions:
            by_sentence.setdefault(m.sentence, []).append((m.event.trigger_start, cluster))
    triggers = {m.event.trigger_start for c in clusters for m in c.mentions}
    folded = not doc.text.isascii()  # (may hold a letter that case-insensitive matching reads as ASCII: "ı", "ſ")
    for index in sorted({i for i in by_sentence} | {i + 1 for i in by_sentence}):
        if index >= len(doc.sentences):
            continue
        sentence = doc.sentences[index]
        if not folded and not any(doc.lowered.find(noun, sentence.start, sentence.end) >= 0 for noun in _ANAPHORS):
            continue  # (most sentences hold none of the nouns, found in C: the pattern is not searched)
        for found in _ANAPHOR.finditer(doc.text, sentence.start, sentence.end):
            noun = found.group("noun").lower()
            at = found.start("noun")
            if at in triggers:
                continue
            kinds = _ANAPHORS[noun]
            before = {id(c): c for start, c in by_sentence.get(index - 1, []) + by_sentence.get(index, [])
                      if start < found.start() and c.mentions[0].event.event_type in kinds and not any(
                          m.event.target_start is not None and m.event.target_start <= at < m.event.target_end
                          for m in c.mentions)}
            if len(before) == 1:
                (cluster,) = before.values()
                told.setdefault(id(cluster), []).append((at, found.end("noun")))
    return told


# Nouns that name an act told just before, and the types of act each may name: a move is an act done to others (not
# a promise or a refusal, "promised to keep jobs … the move to Mexico"), a decision one that settles (not a vow)
_ANAPHORS = {
    "move": frozenset({"SANCTION", "MOBILIZE", "RETREAT", "AID"}),
    "decision": frozenset({"SANCTION", "REJECT", "RETREAT", "CONCEDE", "SUPPORT", "MOBILIZE", "AID"}),
    **dict.fromkeys(("truce", "ceasefire"), frozenset({"AGREE", "CONCEDE"})),
    **dict.fromkeys(("deal", "agreement", "accord", "pact"), frozenset({"AGREE", "SUPPORT"})),
}
# ("the decision to withdraw", "the deal with Iran": the words after it tell a thing of its own; "that" may open a
# clause, "companies that move factories")
_ANAPHOR = re.compile(rf"\b(?i:the|this)\s+(?P<noun>(?i:{alternation(_ANAPHORS)}))\b"
                      r"(?!\s+(?:to|of|with|between|on|for)\b)")


def _anaphor_record(doc: Doc, span: tuple[int, int], event: Event) -> EventMention:
    start, end = span
    sentence = doc.sentences[doc.sentence_index(start)]
    return EventMention(
        mention_id=stable_hash(event.article_id, "mention", start, end), event_id=event.event_id,
        article_id=event.article_id, trigger=doc.text[start:end], trigger_start=start, trigger_end=end,
        sentence_start=sentence.start, sentence_end=sentence.end,
    )


def _retellings(doc: Doc, found: list[_Mention]) -> list[_Mention]:
    """The mentions marked that tell an incident on in a "when" clause (`_Mention.retells`): the clause follows one
    of a past state or progress ("were returning", "was driving his truck", "had gone to their fields", "were
    asleep") that tells no act of the mention's type itself ("Two soldiers were killed when rebels ambushed a
    patrol" tells an incident of its own). Each sentence is read once, up to each trigger in turn."""
    sentence, read, state, when, first = -1, 0, False, -1, {}
    for m in found:
        e = m.event
        if m.sentence != sentence:
            sentence, read, state, when, first = m.sentence, doc.sentences[m.sentence].start, False, -1, {}
        end = max(read, e.trigger_start)
        words = TOKEN.findall(doc.lowered, read, end)  # (split in C: most stretches hold no "when", walked no further)
        if "when" in words and (state or not _BACKGROUND_VERBS.isdisjoint(words)):
            for token in TOKEN.finditer(doc.lowered, read, end):
                if token.group() == "when" and state:
                    when = token.start()  # the latest "when" after a verb of state
                state = state or token.group() in _BACKGROUND_VERBS
        state = state or not _BACKGROUND_VERBS.isdisjoint(words)
        read = end
        m.retells = when >= 0 and first.get(e.event_type, when) >= when
        first.setdefault(e.event_type, e.trigger_start)
    return found


_BACKGROUND_VERBS = GRAMMAR["be"] | {"had"}  # of the clause a "when" clause follows: "were returning", "had gone"


def _in_the_one_country(events: list[Event]) -> list[Event]:
    """Events placed in a village, a site or a district no gazetteer knows ("Kwambula village", "the Naameh
    highway"), in an article whose other events are placed in one country only: in that country. A sea, a
    continent or a name alone ("Bagram") keeps none: it may lie anywhere. (The countries an article names are no
    such evidence: "Saudi-led air strikes hit the Shathath area" are in Yemen.)"""
    unknown = [k for k, e in enumerate(events) if e.location_start is not None and e.location_country is None
               and _told_by_kind(e.location)]
    # an event told with no place at all, by or against a party of the one country the story places its events in,
    # whose every party is of it too ("The Australian Competition and Consumer Commission is investigating Coles", in
    # a story placed in Sydney): in that country (not a party of none, a campaign's "Clinton" in a story of Benghazi)
    unplaced = [k for k, e in enumerate(events) if e.location_start is None and e.location_country is None
                and (e.actor_country or e.target_country)]
    if not unknown and not unplaced:
        return events
    countries = {e.location_country for e in events if e.location_country is not None}
    if len(countries) != 1:
        return events
    (home,) = countries
    parties = {c for e in events for c in (e.actor_country, e.target_country) if c is not None}
    for k in unknown + ([k for k in unplaced if home in (events[k].actor_country, events[k].target_country)]
                        if parties <= countries else []):
        events[k] = replace(events[k], location_country=home)
    return events


def _told_by_kind(location: str) -> bool:
    """Whether a place phrase names a kind of populated place, site or region ("village", "market", "state")."""
    return any(geo.is_locality_word(w) or geo.is_site_word(w) or geo.is_region_word(w)
               for w in re.findall(r"[a-z]+", location))


def _people_harmed(text: str, e: Event) -> bool:
    """Whether a mention is a participle of harm after "the" that names the people harmed ("medical treatment to the
    injured", "several of the wounded were in critical condition"): a mention of the act told before, if any, and no
    event of its own."""
    return e.trigger.lower() in _HARMED and text[max(0, e.trigger_start - 4):e.trigger_start].lower() == "the " and (
        _NO_NOUN_AFTER.match(text, e.trigger_end) is not None)


_HARMED = frozenset({"injured", "wounded", "maimed"})


def _victims_described(text: str, e: Event) -> bool:
    """Whether a mention is a participle of harm after a determiner that describes the people harmed ("the injured
    policemen", "each martyred policeman", "relatives of the slain officers", "carrying their wounded")."""
    if e.trigger.lower() not in _DESCRIBED:
        return False
    before = TOKEN.findall(text, max(0, e.trigger_start - _ARTICLE_CHARS), e.trigger_start)
    return bool(before) and before[-1].lower() in _VICTIMS_DETERMINERS


_DESCRIBED = _HARMED | {"martyred", "slain"}
_VICTIMS_DETERMINERS = frozenset({"the", "each", "every", "their", "these", "those", "all"})


def _unplaced(e: Event) -> Event:
    """The event with no actor, place or date: those its sentence gives are another predicate's."""
    return replace(e, **{c: None for slot in ("actor", "location") for c in slot_columns()[slot]}, **_NO_DATE)


def _opener_act(doc: Doc, e: Event, words: Words) -> Event:
    """An act named again by a noun in the phrase that opens its sentence, what comes next follows ("Following the
    killing, a mob gathered at the police station on Friday", "In the wake of the murder, …"), with no doer, place or
    time of the clause after that phrase: they are the next act's, and the noun names the act told before."""
    if _form(e.trigger) not in words.nouns:
        return e
    start = doc.sentences[doc.sentence_index(e.trigger_start)].start
    if _AFTER_OPENING.fullmatch(doc.text, start, e.trigger_start) is None:
        return e
    comma = _OPENER_CLOSE.match(doc.text, e.trigger_end)
    if comma is None:
        return e
    after = comma.end()
    drop = [slot for slot in ("actor", "location") if (getattr(e, f"{slot}_start") or -1) >= after]
    if e.date is not None and (e.date_start is None or e.date_start >= after):
        e = replace(e, **_NO_DATE)
    return replace(e, **{c: None for slot in drop for c in slot_columns()[slot]})


# the opening of a sentence up to the noun of an act it follows ("Following the", "Hours after the", "In the wake of
# the"); and the rest of that phrase, up to its comma ("of the farmer", "in Jiribam")
_AFTER_OPENING = re.compile(r"\s*(?:(?:[\w-]+\s+){0,2}(?:after|following|since)|in\s+the\s+(?:wake|aftermath)\s+of)"
                            r"\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
_OPENER_CLOSE = re.compile(r"(?:\s+(?:of|in|at|on|near)\s+[^,;.]{0,60}?)?\s*,")


# What follows such a participle when no noun does ("the injured were taken", "to the wounded.", "the injured and")
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)!?]|$|(?:were|was|are|is|had|have|has|in|at|to|from|and|or|who|of|with|"
                            r"by|on|into|remain|remained|included|include|received|receive)\b)")


_HEADLINE_WORDS = 25  # words of a headline at most
_LEAD_PARAGRAPHS = 3  # paragraphs after a headline where the story tells what it says


def _headline_told_below(doc: Doc, clusters: list[_Cluster]) -> list[_Cluster]:
    """A headline's event is the first of its type the story's lead tells, whatever words each gives of it ("Army air
    strikes on RSF bases", then "Sudan's air force carried out air strikes on RSF barracks in Omdurman on Sunday"):
    the headline's mentions join that event, unless the two are placed in different countries. A headline is a first
    paragraph of one line that no period closes, with the story below it."""
    paragraphs = doc.paragraphs
    if len(paragraphs) < 2 or not clusters:
        return clusters
    # (a press release may open with lines of the same kind before its headline, a place and a date, the sender:
    # "Hanover, 6 March 2026", "Joint press release of the Hanover Police", then the headline)
    body_at = next((n for n, (start, end) in enumerate(paragraphs[:-1]) if not _headline_like(doc.text[start:end])),
                   len(paragraphs) - 1)
    if body_at == 0:
        return clusters
    end = paragraphs[body_at - 1][1]
    lead_end = paragraphs[min(len(paragraphs), body_at + _LEAD_PARAGRAPHS) - 1][1]
    heads = [c for c in clusters if c.mentions[-1].event.trigger_end <= end]
    body = [c for c in clusters if c.mentions[-1].event.trigger_end > end]
    kept: list[_Cluster] = []
    for cluster in heads:
        e = cluster.mentions[0].event
        k = next((i for i, c in enumerate(body) if c.mentions[0].event.trigger_start < lead_end
                  and c.mentions[0].event.event_type == e.event_type), None)
        if k is None or _countries_apart(e, body[k].mentions[0].event):
            kept.append(cluster)
            continue
        joined = _Cluster()
        told = body[k].mentions
        for m in sorted([_parties_told_below(m, told) for m in cluster.mentions] + told,
                        key=lambda m: m.event.trigger_start):
            joined.add(m)
        body[k] = joined
    return sorted(kept + body, key=lambda c: c.mentions[0].event.trigger_start)


_CLOSING = frozenset(".!?\"”’")


def _parties_told_below(head: _Mention, told: list[_Mention]) -> _Mention:
    """A headline's mention without the parties the story's mentions tell: a headline packs its words ("Fatal knife
    attack at the Kröpcke station"), the story tells who did it and whom it struck ("a man attacked several
    passengers")."""
    told_slots = [slot for slot in PARTIES if head.has(slot) and any(m.tells(slot) for m in told)]
    if not told_slots:
        return head
    return replace(head, event=replace(head.event, **{c: None for slot in told_slots for c in slot_columns()[slot]}))


def _headline_like(paragraph: str) -> bool:
    """Whether a paragraph reads as a headline: a short line no period closes ("Fatal knife attack at the station -
    suspect arrested")."""
    line = paragraph.rstrip(" ;")
    return bool(line) and line[-1] not in _CLOSING and len(line.split()) <= _HEADLINE_WORDS


def _countries_apart(a: Event, b: Event) -> bool:
    """Whether two events are placed in different countries."""
    return None not in (a.location_country, b.location_country) and a.location_country != b.location_country


def _tolls_told_after(doc: Doc, events: list[Event]) -> list[Event]:
    """The deaths a sentence tells right after an attack, in its paragraph, with no cause of their own ("Armed men
    attacked a police officer in Nazareno. The officer died.", "… attacked a group of people. Two men died and another
    was injured"): the attack's toll, a mention of it whose target is the dead (not "died of cancer", "died in
    February", nor a death the attack's sentence does not come right before)."""
    out: list[Event] = []
    attack: tuple[int, int, int] | None = None  # paragraph, sentence and trigger end of the last attack
    for e in events:
        sentence = doc.sentence_index(e.trigger_start)
        if e.event_type == "ASSAULT":
            attack = doc.sentences[sentence].paragraph, sentence, e.trigger_end
        elif (e.event_type == "OTHER" and e.trigger.lower() in _DYING and attack is not None and e.actor is not None
              and attack[0] == doc.sentences[sentence].paragraph and 0 <= sentence - attack[1] <= 1
              and (sentence > attack[1] or attack[2] <= e.actor_start)
              and e.date_source != "text" and _DEATH_CLOSES.match(doc.text, e.trigger_end)):
            # (an attack told before the dead, not in a phrase about them: "A North Korean soldier, captured alive
            # while fighting for Russia, has died from his injuries" is a death of its own)
            e = replace(e, event_type="ASSAULT", event_mode=None, actor=None, actor_start=None, actor_end=None,
                        actor_canonical=None, actor_country=None, target=e.actor, target_start=e.actor_start,
                        target_end=e.actor_end, target_canonical=e.actor_canonical, target_country=e.actor_country)
            if e.location is not None and _WARDS.search(e.location):
                # "A fourth officer died of his wounds in a hospital in Cali": where he died, not where he was struck
                e = replace(e, **{c: None for c in slot_columns()["location"]})
        elif (e.event_type == "OTHER" and attack is not None and _body_found(doc.text, e)
              and attack[0] == doc.sentences[sentence].paragraph and 0 < sentence - attack[1] <= _BODY_FOUND_WITHIN):
            e = replace(e, event_type="ASSAULT", event_mode=None)  # "The bodies of both drivers were found the
            # following day", after their abduction: what the attack came to
        out.append(e)
    return out


_DYING = frozenset({"died", "dies", "die", "succumbed"})
# where the wounded die after an attack: a place of care, not of the attack
_WARDS = re.compile(r"\b(?:hospitals?|clinics?|infirmary|medical (?:centre|center|facility))\b", re.IGNORECASE)
# What may follow a death that is an attack's toll: the end of its clause, where or how soon it came, of what wounds
_DEATH_CLOSES = re.compile(
    r"\s*(?:(?:later|instantly|immediately|subsequently|shortly|soon)\s+(?:after(?:wards)?\s+)?)?"
    r"(?:[.,;]|and\b|at the scene|on the spot|in (?:(?:the|a)\s+)?(?:[\w-]+\s+){0,2}hospital"
    r"|on (?:the|his|her|their) way"
    r"|(?:of|from) (?:his|her|their|the) (?:wounds|injuries))", re.IGNORECASE)


def _aside_after(text: str, start: int, end: int) -> bool:
    """Whether a relative clause set off by a comma opens between two offsets: what it tells is background, not
    the event named before it told on ("The attack took place in Kurram, where sectarian clashes have killed dozens
    this year"); or a clause of "when" after a date of another year ("The attack brought back memories of January
    2017, when a man drove a car through pedestrians, killing six": the killing is of 2017, not the attack's)."""
    return _RELATIVE_ASIDE.search(text, start, max(start, end)) is not None or (
        _WHEN_BEFORE.search(text, start, max(start, end)) is not None)


_RELATIVE_ASIDE = re.compile(r",\s+(?:" + "|".join(sorted(ASIDE_OPENERS)) + r")\b", re.IGNORECASE)
_WHEN_BEFORE = re.compile(r"(?:\b(?:1[89]|20)\d\d|\blast\s+(?:year|month)|\bago),\s+when\b", re.IGNORECASE)


def mentioned(events: list[Event], mentions: list[EventMention]) -> list[Event]:
    """One record per mention: its event's, at the mention's trigger, so that what is tied to an event by where
    its words are (a count to the nearest trigger) finds every mention and points at the event."""
    if not mentions:
        return events
    by_id = {e.event_id: e for e in events}
    return [e if e.trigger_start == m.trigger_start else
            replace(e, trigger=m.trigger, trigger_start=m.trigger_start, trigger_end=m.trigger_end)
            for m in mentions for e in (by_id[m.event_id],)]


def _mention(doc: Doc, event: Event, words: Words, later: dict[int, bool]) -> _Mention:
    """The mention of an event, read in its sentence; `later` keeps whether each sentence read so far moves on in
    time, so that a long sentence of many triggers is searched once."""
    text = doc.text
    index = doc.sentence_index(event.trigger_start)
    sentence = doc.sentences[index]
    start = max(sentence.start, event.trigger_start - LOOK_BEHIND_CHARS)
    read = _lower_tokens(doc, start, event.trigger_start)
    before = read[-LOOK_BEHIND:]
    form = _form(event.trigger)
    is_noun = form in words.nouns
    definite = is_noun and any(w in words.definite or _POSSESSIVE.search(w) for w in before[-2:]) or (
        bool(before) and before[-1] in words.definite and form.endswith("ed"))  # "the injured men", "the attacked"
    # "another attack", "a second blast": said of a noun; the verb of "Another car bomb went off" is that bomb's
    new = is_noun and any(w in words.new_event for w in before) and not _ranked_restatement(
        read[-LOOK_BEHIND - 2:]) and not _ordinal_told(before) or _bodies_untold(text, event)
    # a tally of many acts, none of them the one told: "The country witnessed more than 80 militant attacks in June
    # alone"; not "the three attacks", nor "two attacks", which may be the two told
    tally = is_noun and not definite and _tally(read[-LOOK_BEHIND - 2:], event.trigger, words)
    if not definite and index not in later:
        # (a sentence without the letters of "later", as most are, is not searched)
        later[index] = doc.lowered.find("later", sentence.start, sentence.end) >= 0 and _later(
            text, sentence.start, sentence.end)
    # (a claim of responsibility is told of an attack told before, however much later it came: "Islamic State later
    # claimed responsibility for the blasts")
    claim = is_claim(form.rsplit(" ", 1)[-1])
    scene = not definite and not claim and (
        _opens_new_scene(text, sentence.start, event.trigger_start, words) or later[index]
        or _LISTED_PLACE.match(text, sentence.start) is not None)
    # "The blast also damaged …": the noun whose verb "also" tells a further outcome, and the verb
    nxt = TOKEN.search(text, event.trigger_end, sentence.end)
    also = bool(before) and before[-1] == "also" or nxt is not None and nxt.group().lower() == "also"
    return _Mention(event, index, form, definite, new, scene, also, _charged_act(doc, event), tally=tally,
                    habit=_told_as_habit(doc, event, sentence.start, form),
                    answer=_ANSWER.search(doc.lowered, start, event.trigger_start) is not None)


# A verb of answering, up to six words (its time, "on Monday"), then "with" or "by" and up to three modifiers, right
# before a trigger
_ANSWER = re.compile(r"\b(?:responded|responds|respond|retaliated|retaliates|retaliate|replied|(?:hit|hits|struck|"
                     r"strike|fought|fight)\s+back)(?:\s+[\w'’-]+){0,6}?\s+(?:with|by)\s+(?:[\w'’-]+\s+){0,3}$")


def _told_as_habit(doc: Doc, event: Event, sentence_start: int, form: str) -> bool:
    """Whether a trigger is the verb in the present, or in the present perfect progressive, of a relative clause
    ("where criminal groups such as the Ardillos fight over routes", "rebels who have been fighting the army"; not
    "where gunmen killed five", nor "the town where the fight began": a noun after its article)."""
    if " " in form or form.endswith(("ed", "s")) or form in _PAST_FORMS:
        return False  # (a form in -s may be a plural noun: "as part of online Labor Day protests")
    found = _HABIT_CLAUSE.search(doc.lowered, max(sentence_start, event.trigger_start - _HABIT_CHARS),
                                 event.trigger_start)
    if found is None or form.endswith("ing") != (found.group(1) is not None):
        return False
    if found.group(1) is not None:
        return True
    clause = found.group(0).split()
    subject = clause[max(k for k, w in enumerate(clause) if w in _RELATIVES) + 1:]
    if any(w.endswith("ed") or w in _PAST_FORMS or w in _ARTICLES or w in _AUXILIARIES or _POSSESSIVE.search(w)
           for w in subject):
        return False  # the clause has its verb, or the trigger is a noun: "that forces repelled a Houthi attack",
        # "that there is frustration about Saturday's attack"
    # the verb's subject ends right before it, a plural or a name ("where rival cartels fight", "where Los Tlacos
    # fight"), or the relative word does, after such a plural ("gangs that clash"); not "who were responsible for the
    # first attack", "which was turned into clashes", "That attack was claimed"
    before = TOKEN.findall(doc.text, max(sentence_start, found.start() - _SUBJECT_CHARS), event.trigger_start)
    relative = bool(before) and before[-1].lower() in _RELATIVES
    if relative:
        before = before[:-1]  # (a plural in lower case: not "said on Sunday that attacks on Kharkiv had killed")
    if not before:
        return False
    word = before[-1]
    return word[:1].isupper() and not relative or word.isalpha() and len(word) > _SHORT_PLURAL and word.endswith("s") and not (
        word.endswith(_NOT_PLURAL_ENDINGS))


# A relative word, then up to ten words (a subject's: "criminal groups such as Los Ardillos and Los Tlacos"), maybe
# "have been" (group 1), right before a trigger
_RELATIVES = frozenset({"where", "that", "which", "who", "whose"})
_HABIT_CLAUSE = re.compile(rf"\b(?:{'|'.join(sorted(_RELATIVES))})\s+(?:[\w'’-]+\s+){{0,10}}?"
                           r"((?:have|has)\s+been\s+)?$")
_HABIT_CHARS = 100
_SUBJECT_CHARS = 24  # characters before a relative word read for the plural it tells of ("armed gangs that")
_PAST_FORMS = GRAMMAR["verb"] | GRAMMAR["participle"]
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did"})
_SHORT_PLURAL = 3  # letters of the words in -s that are no plurals ("was", "has", "its")
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "as")  # "across", "thus", "this", "towards"... ("whereas")


def _tally(before: list[str], trigger: str, words: Words) -> bool:
    """Whether a plural event noun is counted by a number of more than two right before it or its one modifier
    ("80 militant attacks"); not a day ("the Nov. 13 attacks"), a whole ("one of three bombings"), nor weapons
    counted ("nine mortar shells").
    `before`: the tokens before the noun, in lower case."""
    noun = _form(trigger)
    if not noun.endswith("s") or noun.rsplit(" ", 1)[-1] in words.instrument:
        return False
    told = [w for w in before if w != "."]
    return any((w.isdigit() and int(w) > _FEW or is_numeral(w) and not w.isdigit() and w not in _FEW_WORDS)
               and not (k and (is_calendar_word(told[k - 1].capitalize()) or told[k - 1] in _NO_TALLY_BEFORE))
               for k, w in enumerate(told) if k >= len(told) - 2)


_FEW = 2  # a count of acts up to which they may be the acts told before ("two attacks")
_FEW_WORDS = frozenset({"one", "two", "a", "an"})
# what stands before a number that counts no tally: the day of a date in figures ("the 9/11 attacks"), or a whole the
# act told is part of ("one of three bombings in the city on that date")
_NO_TALLY_BEFORE = frozenset({"/", "-", "of"})


def _lower_tokens(doc: Doc, start: int, end: int) -> list[str]:
    """The tokens of doc.text[start:end] in lower case: split from the lowered text in C when the text is ASCII,
    where each token lowered is the token of the lowered text; else each lowered in turn ("İ" lowers to two
    characters, and the lowered text keeps it)."""
    if doc.text.isascii():
        return TOKEN.findall(doc.lowered, start, end)
    return [w.lower() for w in TOKEN.findall(doc.text, start, end)]


def _form(words: str) -> str:
    """A trigger's words in lower case, one space apart, as `load_words` keeps the lexicon's forms ("car bomb")."""
    return " ".join(TOKEN.findall(words.lower()))


def _ranked_restatement(before: list[str]) -> bool:
    """Whether an event noun opens an appositive that ranks the event of its clause among others ("Gunmen abducted
    287 pupils …, the second mass abduction in the country in a week"): the same event, not another one."""
    rank = next((k for k, w in enumerate(before) if w in _RANKS), None)
    return rank is not None and before[rank - 2:rank] == [",", "the"]


_RANKS = frozenset({"second", "third", "fourth", "fifth", "latest"})


def _ordinal_told(before: list[str]) -> bool:
    """Whether an event noun is picked out by "the" and an ordinal right before it ("was arrested at the scene of the
    second attack", "The third blast hit a market"): one of the events told, not another one."""
    return len(before) >= 2 and before[-2] == "the" and before[-1] in _ORDINALS


_ORDINALS = _RANKS - {"latest"}


def _later(text: str, start: int, end: int) -> bool:
    """Whether a sentence tells of a later time than the one before ("The governor was abducted and killed later
    the same day", "The attackers were later shot dead"): what it tells happened after, not again. Not when a date
    before "later" is what it counts from ("He was shot on 3 March and died two days later" retells the death)."""
    found = _LATER.search(text, start, end)
    return found is not None and not any(
        w[:1].isdigit() or is_numeral(w.lower()) or is_calendar_word(w)
        for w in TOKEN.findall(text, start, found.start()))


def _opens_new_scene(text: str, start: int, trigger_start: int, words: Words) -> bool:
    """Whether the sentence opens with a short phrase, set off by a comma before the trigger, that moves on in
    time or to another scene ("Hours later, gunmen stormed …", "Elsewhere, …")."""
    comma = text.find(",", start, trigger_start)
    if comma < 0:
        return False
    opener = [w.lower() for w in TOKEN.findall(text, start, comma)]
    if len(opener) <= _OPENER_WORDS and not words.new_scene.isdisjoint(opener):
        return True
    # (and a span of time after what was told, by a noun or a clause: "Hours after the blast, …", "Two days after the
    # attack, …", "Hours after the market was hit, the military also shelled two villages")
    after = opener.index("after") if "after" in opener else None
    return after is not None and after <= _SPAN_WORDS and len(opener) <= _AFTER_CLAUSE_WORDS and (
        not _TIME_SPANS.isdisjoint(opener[:after]))


def _in_opener(doc: Doc, x: _Mention, m: _Mention, words: Words) -> bool:
    """Whether a mention lies in the phrase that opens the sentence of another and moves on from it, before its first
    comma ("Hours after the blast, …")."""
    start = doc.sentences[m.sentence].start
    comma = doc.text.find(",", start, m.event.trigger_start)
    return x.sentence == m.sentence and 0 <= comma and x.event.trigger_end <= comma and _opens_new_scene(
        doc.text, start, m.event.trigger_start, words)


# An item of a roundup that opens with the place it tells of ("* DAMATURU - Gunmen killed a soldier"): another incident
# than the items before it, unless it names one again ("* MAIDUGURI - The death toll from the market bombing rose")
_LISTED_PLACE = re.compile(r"\s*[*•·]\s*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*\s+[-–—]\s")
_TIME_SPANS = frozenset({"hours", "days", "weeks", "months", "day", "week", "month", "minutes", "hour"})
_SPAN_WORDS = 3  # the longest span of time before "after" ("A few hours after")
_AFTER_CLAUSE_WORDS = 12  # the longest opener of a span and what it comes after, up to its comma


def _antecedent(doc: Doc, m: _Mention, clusters: list[_Cluster], words: Words, again: bool = False,
                named: _Mention | None = None) -> int | None:
    """The event an earlier mention names that this mention names again, if any: the nearest that fits, as
    its place counted back from the most recently mentioned event. `again`: its sentence names an event of its type
    again, as a definite noun ("At least nine people were killed in the siege of the Villa Rose hotel"), `named`;
    of the events that fit, one told by that noun's own word comes first ("US warplanes struck Houthi targets …
    a response to Houthi attacks on ships. … five fighters were killed in the strikes": the strikes)."""
    if m.new and clusters and _means_of(doc, m, clusters[-1].last, words):
        return 0  # "another officer was killed in a similar attack": the killing's own attack, new as the killing is
    if m.new or m.habit or (m.event.modality == "negated" and not m.definite):  # "the failed attack" was told before
        return None
    if _may_be_latest(doc, m.event.trigger_start) and _LATEST.search(
            doc.text, max(0, m.event.trigger_start - _LATEST_CHARS), m.event.trigger_start):
        return None  # "shot dead on Saturday, the latest in a wave of political killings": the wave, not the killing
    # a sentence that opens on another time or scene ("Later on Saturday, a missile strike … killed two") names
    # nothing told before it, but its own mentions may name one event
    # (nor one its opening phrase names, what it moves on from: "Hours after the blast, ELN fighters attacked …")
    candidates = [(back, c) for back, c in enumerate(reversed(clusters[-CANDIDATES:]))
                  if _same_kind(c.mentions[0].event, m.event, words) and not (
                      m.scene and (c.last.sentence != m.sentence or _in_opener(doc, c.last, m, words)))
                  and not (m.tally and c.last.sentence != m.sentence) and not all(x.habit for x in c.mentions)
                  and not (m.answer and c.last.sentence != m.sentence)
                  and not _answers(doc, m.event, c, words)]
    if _body_found(doc.text, m.event):
        # "Naxalites killed a villager … His body was found near Pedakorma on Wednesday": the killing, found the day
        # after; "abducted two bus drivers … The bodies of both drivers were found the following day"
        told = next(((back, c) for back, c in candidates if 0 <= m.sentence - c.last.sentence <= _BODY_FOUND_WITHIN
                     and doc.sentences[c.last.sentence].paragraph == doc.sentences[m.sentence].paragraph
                     and c.mentions[0].event.event_type == "ASSAULT"), None)
        if told is not None:
            return told[0]
    if _ranked(doc.text, m.event):
        # the incident the story is about: of those told in the sentences before, the one told most
        told = [(back, c) for back, c in candidates if m.sentence - c.last.sentence <= SENTENCE_WINDOW
                and c.mentions[0].event.event_type in words.incident]
        if told:
            return max(told, key=lambda bc: (len(bc[1].mentions), -bc[1].mentions[0].event.trigger_start))[0]
    for back, cluster in candidates:
        if all(_in_heading(doc.text, x.event) for x in cluster.mentions) and (
                doc.sentences[m.sentence].paragraph == doc.sentences[cluster.last.sentence].paragraph):
            return back  # "Arrests: On 8 May 2020, … ten young men were arrested": the note's heading names its event
    for back, cluster in candidates:  # "the attack killed 12 guests": the killing is the attack's
        if _caused_by(m.event, cluster) and all(_same_place(doc, other, m.event) and _same_time(doc, other, m.event)
                                                for other in cluster.distinct.values()):
            return back
    if m.event.actor is None:
        # "… killing two before he was shot dead by an off-duty police officer", then "The shooting happened at the
        # Galleria Mall" or "Two other spectators were critically injured": the incident told on, not the police's
        # answer to it (sorted is stable: nearest first)
        candidates.sort(key=lambda bc: _police_answer(bc[1], words))
    if m.event.event_mode is not None and (m.event.date_source == "none" or m.event.event_mode in words.taking):
        # "No group claimed responsibility for the bombing", told at no time of its own: the event told with
        # explosives before ("a truck bomb exploded"), not the invasion of the sentence between; a taking, an earlier
        # one of its mode ("foiled an attempted coup … 15 soldiers had been arrested. … soldiers had tried to seize the
        # palace": the coup, not the arrest)
        candidates.sort(key=lambda bc: all(c.event.event_mode != m.event.event_mode for c in bc[1].mentions))
    word = None if named is None else _lemma(words, named.form)
    # a predicate done in an event its sentence names again by a noun ("whose son was killed in the bombing") reaches
    # as far as the noun does, to an event told by that noun's word, and happened when that event did, not in the
    # week the story was published
    done_in = again and named is not None and named is not m and _MEANS.fullmatch(
        doc.text, m.event.trigger_end, named.event.trigger_start) is not None
    told = replace(m.event, **{f: getattr(named.event, f) for f in _DATE_FIELDS}) if (
        done_in and m.event.date_source not in OWN_DATE) else m.event
    fitting = []
    for back, cluster in candidates:
        if not (_reaches(doc, cluster, m, words) or done_in and m.sentence > cluster.last.sentence and any(
                _lemma(words, x.form) == word for x in cluster.mentions)) or _fewer(doc, m, cluster):
            continue
        definite = m.definite or again or _told_again(doc, m.event, cluster)
        told_next = m.sentence - cluster.last.sentence == 1
        retold = told_next and m.retells
        if all(_compatible(doc, other, told, words, definite, told_next, retold or id(other) in cluster.retold)
               for other in cluster.distinct.values()):
            if named is None or not again:
                return back
            fitting.append((back, cluster))
    return next((back for back, c in fitting if any(_lemma(words, x.form) == word for x in c.mentions)),
                fitting[0][0] if fitting else None)


def _lemma(words: Words, form: str) -> str:
    """The first one-word form in the lexicon of a mention's last word ("the strikes" → "strike"), or the word."""
    word = form.split(" ")[-1].lower()
    return words.lemmas.get(word, word)


def _body_found(text: str, e: Event) -> bool:
    """Whether a mention tells the finding of the body of someone told before: "His body was found", "The bodies of
    both drivers were found" (not "A body was found", someone not told yet)."""
    return e.trigger.lower() == "found" and _FOUND_BODY.search(
        text, max(0, e.trigger_start - _BODY_CHARS), e.trigger_start) is not None


# "his body", "the bodies of both drivers", "the body" (not "the bodies of two men", people not told before)
_FOUND_BODY = re.compile(r"\b(?:(?:his|her|their)\s+(?:bodies|body|corpses?|remains)\b|the\s+(?:bodies|body|corpses?"
                         r"|remains)\b(?!\s+of\s+(?!the\b|both\b|all\b|his\b|her\b|their\b)))[^.;]*$", re.IGNORECASE)
_BODY_CHARS = 60  # characters before "found" searched for the body found
# The bodies of people no sentence told before, found: "Police found the bodies of 15 men", "The bodies of two women
# were found" (not "the bodies of the victims", "of both drivers")
_BODIES_OF_OTHERS = (r"\s+(?:the\s+)?(?:bodies|corpses|remains)\s+of\s+"
                     r"(?!(?:the|both|all|his|her|their|its|those|these)\b)")
_UNTOLD_BODIES = re.compile(_BODIES_OF_OTHERS + r"[^.;]{0,40}?$", re.IGNORECASE)  # … were found
_UNTOLD_BODIES_FOUND = re.compile(_BODIES_OF_OTHERS, re.IGNORECASE)  # found …


def _bodies_untold(text: str, e: Event) -> bool:
    """Whether a finding is of the bodies of people no sentence told before ("Police found the bodies of 15 men …",
    "The bodies of two women were found"): another incident than the killings told before it, not their end."""
    if e.trigger.lower() != "found":
        return False
    return _UNTOLD_BODIES_FOUND.match(text, e.trigger_end) is not None or _UNTOLD_BODIES.search(
        text, max(0, e.trigger_start - _BODY_CHARS), e.trigger_start) is not None
_POSSESSED_BODY = re.compile(r"(?:his|her|their)\s", re.IGNORECASE)
_BODY_FOUND_WITHIN = 2  # sentences from a killing or an abduction to the finding of its victims


def _ranked(text: str, e: Event) -> bool:
    """Whether an event noun is ranked among others, the subject or the predicate of a copula: "The attack is the
    latest in a series of knife assaults", "The rampage is the deadliest in Tulsa since June 2022", "It was the fifth
    terror attack in the region this month", "The attack was the most serious bombing in England since 2017": the event
    told before, told again."""
    return _RANKED_AFTER.match(text, e.trigger_end) is not None and _DEFINITE_BEFORE.search(
        text, max(0, e.trigger_start - _ARTICLE_CHARS), e.trigger_start) is not None or _RANKED_BEFORE.search(
        text, max(0, e.trigger_start - _RANKED_CHARS), e.trigger_start) is not None


_RANK = (r"(?:latest|deadliest|worst|bloodiest|biggest|largest|most\s+\w+|first|second|third|fourth|fifth|sixth"
         r"|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))")
_RANKED_AFTER = re.compile(r"\s+(?:is|was|marks|marked)\s+(?:the|a)\s+" + _RANK + r"\b", re.IGNORECASE)
# (the subject an event noun told before, "The attack was the most serious bombing in northern England since 2017";
# not the doer an infinitive tells, "the army was the first force to attack")
_RANKED_BEFORE = re.compile(r"\b(?:it|this|that|the\s+[\w-]+)\s+(?:is|was|marks|marked)\s+(?:the|a)\s+" + _RANK
                            + r"\s+(?:(?!(?:to|who|that|which)\s)[\w-]+\s+){0,3}$", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
_RANKED_CHARS = 80


def _in_heading(text: str, e: Event) -> bool:
    """Whether an event's trigger is in the heading a note opens with, a kind of event and a colon ("Arrests:",
    "Property destruction:", "Protest with intervention:"): it names the event the note goes on to tell."""
    heading = _HEADING.match(text)
    return heading is not None and e.trigger_end <= heading.end()


# A heading: one to four words, the first capitalised and the others not (a dateline is in capitals: "QUETTA:").
_HEADING = re.compile(r"\s*[A-Z][a-z]+(?: [a-z]+){0,3}:(?=\s)")


_AGAIN = frozenset({"the", "these", "those"})  # the articles before a party named again
_ARTICLE_CHARS = 8  # characters before a party searched for its article
_SUBJECT_CHARS = 24  # characters before a verb searched for "the" and the noun it names again


def _fewer(doc: Doc, m: _Mention, cluster: _Cluster) -> bool:
    """Whether a singular event noun names again ("the attack") a cluster of other events told in the plural only
    ("has claimed several recent attacks in the city"), or a verb tells an act on one named party of a wave the
    cluster only names ("Israel Delgado Vega … was attacked by gunmen" after "the latest in a wave of political
    killings"): one event is none of them."""
    nouns = load_words().nouns
    if not all(x.form.endswith("s") and x.form in nouns for x in cluster.mentions):
        return False
    if m.form not in nouns:
        target = m.event.target
        return target is not None and target[:1].isupper() and " " in target and not target.endswith("s") and all(
            in_wave(doc, x.event) for x in cluster.mentions)
    return m.definite and not m.form.endswith("s") and cluster.mentions[0].new


def in_wave(doc: Doc, e: Event) -> bool:
    """Whether an event noun names the many events of a wave ("the latest in a wave of political killings")."""
    return bool(_WAVE.search(doc.text, max(0, e.trigger_start - _WAVE_CHARS), e.trigger_start))


# "a wave of political killings", "a string of assaults": a collective noun and "of", a word or two before the event
_WAVE = re.compile(r"\b(?:" + "|".join(sorted(GRAMMAR["collective"])) + r")\s+of\s+(?:[\w-]+\s+){0,2}$",
                   re.IGNORECASE)
_WAVE_CHARS = 40
# "the latest in a wave of", "the third in a series of": a wave the sentence's own event is one of
_LATEST = re.compile(r"\b(?:latest|last|newest|first|second|third|fourth|fifth|one)\s+(?:in|of)\s+(?:a|an|the)\s+"
                     r"(?:[\w-]+\s+){0,2}(?:" + "|".join(sorted(GRAMMAR["collective"]))
                     + r")\s+of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_LATEST_CHARS = 80


def _may_be_latest(doc: Doc, trigger_start: int) -> bool:
    """False when the characters before a trigger cannot hold a match of `_LATEST`: none of its nouns of a wave is
    among them, as in most stretches, found in C. (A text with a letter that case-insensitive matching reads as ASCII,
    "ſeries", is always searched.)"""
    start = max(0, trigger_start - _LATEST_CHARS)
    return not doc.text.isascii() or any(doc.lowered.find(noun, start, trigger_start) >= 0 for noun in _WAVE_NOUNS)


_WAVE_NOUNS = tuple(sorted(GRAMMAR["collective"]))


def _told_again(doc: Doc, e: Event, cluster: _Cluster) -> bool:
    """Whether a mention names a party of the cluster's again after a definite article ("Gunmen set fire to a church
    rectory in northern Nigeria …", then "The gunmen attacked the rectory in Kafin-Koro"): it tells the same
    incident on, as a definite event noun does."""
    unidentified = load_words().unidentified
    for surface, start in ((e.actor, e.actor_start), (e.target, e.target_start)):
        if surface is None or start is None:
            continue
        head = _head_word(surface)
        # "Suspected jihadists killed 15 …", then "The assailants … opened fire": the perpetrators told again by
        # another word for them
        again = head in cluster.heads or surface is e.actor and head in unidentified and not unidentified.isdisjoint(
            cluster.actor_heads)
        if again:
            before = TOKEN.findall(doc.text, max(0, start - _ARTICLE_CHARS), start)
            if before and before[-1].lower() in _AGAIN:
                return True
    # "A roadside bomb killed four police officers …", then "The bomb struck a police van in …": the weapon named
    # again as the subject of the verb
    subject = TOKEN.findall(doc.text, max(0, e.trigger_start - _SUBJECT_CHARS), e.trigger_start)[-2:]
    return len(subject) == 2 and subject[0].lower() in _AGAIN and subject[1].lower() in cluster.nouns


# people of a state's own force, whatever words come before them
_STATE_HEADS = frozenset({"troops", "troop", "soldiers", "soldier", "army", "police", "policemen", "policeman",
                          "officers", "officer", "gendarmes", "troopers", "trooper"})
# heads of armed people that are a state's only when a word of its force names them ("security forces", "Secret
# Service snipers", "border guards")
_FORCE_HEADS = frozenset({"forces", "snipers", "agents", "guards", "personnel", "units"})
_DOER_HEADS = frozenset({"driver"})  # besides the perpetrators: who drove the vehicle an attack was made with


def _answers(doc: Doc, e: Event, cluster: _Cluster, words: Words) -> bool:
    """Whether a mention is a state force's answer to the cluster's attack, not that attack told again: its actor is
    the police or soldiers, its target the perpetrators named again with "the", and no state force took part in the
    attack, as its doer or what it struck ("A truck plowed into a crowd …", then "The driver … was shot dead by
    police")."""
    if e.actor is None or e.target_start is None or cluster.state_side:
        return False  # "Militants attacked a base. Soldiers repelled the militants": the side attacked fought back
    if not _state_force(e.actor) or _head_word(e.target) not in words.unidentified | _DOER_HEADS:
        return False
    before = TOKEN.findall(doc.text, max(0, e.target_start - _ARTICLE_CHARS), e.target_start)
    return bool(before) and before[-1].lower() in _AGAIN


def _police_answer(cluster: _Cluster, words: Words) -> bool:
    """Whether every telling of the cluster's event is a state force acting on someone it names by a pronoun ("he was
    shot dead by police"), the doer of an incident told before."""
    return all(e.actor is not None and _state_force(e.actor) and e.target is not None
               and e.target.lower() in words.pronouns for e in cluster.distinct.values())


def _state_force(party: str) -> bool:
    """Whether a party is a state's own force ("police", "security forces", "Govt soldiers", "Iraqi forces")."""
    found = TOKEN.findall(party.lower())
    return bool(found) and (found[-1] in _STATE_HEADS or found[-1] in _FORCE_HEADS and (
        not load_words().state_force.isdisjoint(found[:-1]) or any(geo.country_code(w) for w in found[:-1])))


def _same_kind(a: Event, b: Event, words: Words) -> bool:
    """Same type, modalities that can describe one happening, and not a measure and an act of another mode ("the
    lockdown", "dispersed")."""
    return (a.event_type == b.event_type
            and MODALITY_GROUP.get(a.modality) == MODALITY_GROUP.get(b.modality)
            and (a.event_mode == b.event_mode or not ({a.event_mode, b.event_mode} & words.measure))
            and (a.event_mode == b.event_mode or not (_seizes_power(a) or _seizes_power(b)))
            and not (_phoned(a) and _met(b, words) or _phoned(b) and _met(a, words)))


_COUP_WORDS = frozenset({"coup", "coups", "takeover", "putsch"})


def _phoned(e: Event) -> bool:
    return e.event_type == "CONSULT" and e.event_mode == "phone"


def _met(e: Event, words: Words) -> bool:
    """Whether a consultation is told as a meeting face to face ("met", "the summit", "during his visit"), which no
    phone call tells again."""
    return e.event_type == "CONSULT" and e.event_mode != "phone" and e.trigger.split()[-1].lower() in words.in_person


def _seizes_power(e: Event) -> bool:
    """Whether an event is a seizure of power ("the military coup"), which no arrest or ban tells again ("weeks of
    demonstrations against the military coup … More than 1,000 people were detained")."""
    return not _COUP_WORDS.isdisjoint(e.trigger.lower().split())


def _means_of(doc: Doc, m: _Mention, last: _Mention, words: Words) -> bool:
    """Whether an event noun is the means of the act told right before it in its sentence ("was killed in a similar
    attack", "were wounded in another blast")."""
    return (last.sentence == m.sentence and _same_kind(last.event, m.event, words)
            and _NEW_MEANS.fullmatch(doc.text, last.event.trigger_end, m.event.trigger_start) is not None)


# "killed in a similar attack", "wounded Monday in another blast on police": past the object and the time, a word of
# another event and a modifier or two
_NEW_MEANS = re.compile(r"(?:\s+[^,;.]{0,30}?)?\s+(?:in|during)\s+(?:(?:a|an|the)\s+)?(?:similar|another|separate|second"
                        r"|third|new)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)


def _caused_by(e: Event, cluster: _Cluster) -> bool:
    """Whether the event's actor is a mention of the cluster's event ("the blast killed six")."""
    if e.actor_start is None:
        return False
    k = bisect_left(cluster.starts, e.actor_start)
    return k < len(cluster.starts) and cluster.mentions[k].event.trigger_end <= e.actor_end


def _reaches(doc: Doc, cluster: _Cluster, m: _Mention, words: Words) -> bool:
    """Whether the mention may name the cluster's event again, by how far it is and how it is worded."""
    gap = m.sentence - cluster.last.sentence
    if gap > 0:
        return m.definite or gap <= SENTENCE_WINDOW
    back = m.form in words.nouns and _ARTICLE_BACK.search(
        doc.text, max(0, m.event.trigger_start - _ARTICLE_BACK_CHARS), m.event.trigger_start)
    if back and cluster.mentions[0].sentence < m.sentence and not (_AFTER_THE.search(
            doc.text, max(0, m.event.trigger_start - _AFTER_THE_CHARS), m.event.trigger_start) and any(
            x.sentence == m.sentence for x in cluster.mentions)):
        return True  # "… took diners hostage. 29 people were killed before commandos ended the siege": a noun that points
        # back names the event told before, whatever word of sequence stands between it and its sentence's other act
        # (not "after that clashes erupted anew", "his frequent visits": no article of the noun; nor the event of an
        # act its sentence puts after it, "troops killed three militants … after the blast", "one of the deadliest
        # attacks since the invasion")
    last = cluster.last
    if _by_role(m.event, words) and any(_crowd_act_beside(doc, x.event, m.event) for x in _in_sentence(
            cluster, m.sentence)):
        return False
    between = doc.text[last.event.trigger_end:m.event.trigger_start]
    same_family = bool(words.families.get(last.form, frozenset()) & words.families.get(m.form, frozenset()))
    result = m.form.split(" ")[0].endswith("ing") and _RESULT_CLAUSE.search(between) is not None
    # "took to the streets across France to protest against …": the purpose of an act of its own type is that act
    purpose = _PURPOSE.search(between) is not None and "," not in between
    if same_family or result or purpose or _MEANS.fullmatch(between) is not None or (
            _COORDINATED.fullmatch(between) is not None) or (
            _COORDINATED_LIGHT.fullmatch(between) is not None):
        return True
    if m.event.event_type in words.incident and last.form in words.nouns and (
            _WHICH_TOLD.fullmatch(between) is not None):
        return True  # "the 2008 attacks on Mumbai, in which 166 people were killed": the toll of the attacks, as dated
    if m.event.event_type == "ASSAULT" and _charged_act(doc, last.event) and last.event.date_source == "none":
        return True  # "arrested on suspicion of murder after a car was driven into pedestrians": the act the charge names
    if m.event.event_type == "ASSAULT" and last.event.actor is None and last.form.split(" ")[0] in _CASUALTIES and (
            _CAUSE_AFTER.fullmatch(between) is not None):
        return True  # "Four people were killed on Sunday after militants attacked a village": the toll, then its cause
    if m.event.event_type == "ASSAULT" and _GERUND_STEP.search(between) is not None and m.form.split(" ")[0].endswith(
            "ing") and any(x.event.event_type == "ASSAULT" for x in _in_sentence(cluster, m.sentence)):
        return True  # "opened fire on residents near the market before setting fire to granaries": the same attackers'
        # next step, with no subject of its own
    if m.event.event_type == "ASSAULT" and _struck_again(doc, m.event) and any(
            x.event.event_type == "ASSAULT" and x.event.target is not None for x in _in_sentence(cluster, m.sentence)):
        return True  # "detonated a car bomb at the gate before fighters stormed it", "killed a priest …, and then
        # burned the building": a later step of the attack on what it struck, whatever word of sequence joins them
    # one incident told by several predicates ("an IED kills a general … the bomb detonated"), unless a word
    # of sequence puts them one after the other ("were beaten after the attack")
    # (not an event the sentence names by its date, unless the other happened in it, "one of 26 people killed in the
    # December 2012 shooting": "accused of planning the October 7 attack, and that he had been killed" tells two)
    return (m.event.event_type in words.incident and not _in_sequence(between, words)
            and (_HAPPENED_IN.fullmatch(between) is not None
                 or not any(_named_by_date(doc, x.event) for x in (m, *_in_sentence(cluster, m.sentence))))
            and not any(_befell_doers_of(doc, x.event, m.event) or _befell_doers_of(doc, m.event, x.event)
                        for x in _in_sentence(cluster, m.sentence)))


def _in_sequence(between: str, words: Words) -> bool:
    """Whether a word of sequence between two predicates of one sentence puts their acts one after the other; not
    "until" or "till" before a date, which tells how long the first lasted ("The fighting continued until 29 November,
    and 166 people were killed": the toll of the fighting)."""
    tokens = [w.lower() for w in TOKEN.findall(between)]
    return any(w in words.sequence and not (w in SPAN_ENDS and k + 1 < len(tokens) and _dated(tokens[k + 1]))
               for k, w in enumerate(tokens))


def _dated(word: str) -> bool:
    """Whether a word opens a date: a number ("29 November") or a month's or weekday's name ("until Friday")."""
    return word[:1].isdigit() or is_calendar_word(word.capitalize())


_ARTICLE_BACK = re.compile(r"\b(?i:the|this)\s+$")  # the article right before a noun that points back ("the siege")
# a word of sequence right before it: the event of the noun came before or after the act it is told with
_AFTER_THE = re.compile(r"\b(?i:after|before|since|following|until)\s+(?i:the|this)\s+$")
_AFTER_THE_CHARS = 18
_ARTICLE_BACK_CHARS = 6
_CASUALTIES = frozenset({"killed", "injured", "wounded", "hurt", "died"})
# From a toll to the clause of what caused it: its time and place, "after", and the cause's subject ("after suspected
# al-Shabaab militants", "after he was")
_CAUSE_AFTER = re.compile(r"[^,;.]{0,60}?\s+after\s+(?:[\w'’-]+\s+){1,10}", re.IGNORECASE)
_GERUND_STEP = re.compile(r"\b(?:before|after)\s+$", re.IGNORECASE)  # "… before setting fire": right before the gerund


def _struck_again(doc: Doc, e: Event) -> bool:
    """Whether an attack's target names again what was struck before: "it", or a definite thing ("the building")."""
    target = (e.target or "").lower()
    if target in ("it", "them"):
        return True
    article = TOKEN.findall(doc.text, max(0, e.target_start - _ARTICLE_CHARS), e.target_start) if (
        e.target_start is not None) else []
    return bool(article) and article[-1].lower() == "the" and _struck(_Party(target, None))


def _in_sentence(cluster: _Cluster, sentence: int) -> list[_Mention]:
    """The cluster's latest mentions that lie in the sentence of that index (read from its end: no scan of all)."""
    return list(takewhile(lambda x: x.sentence == sentence, reversed(cluster.mentions)))


def _befell_doers_of(doc: Doc, act: Event, other: Event) -> bool:
    """Whether an act someone is charged with or suspected of befalls its own doers in the other predicate ("Two
    brothers suspected of carrying out the attack … were killed on Friday"): told at a time of its own, it is not the
    other's incident (but "shot and killed Trayvon Martin … and was acquitted of murder" tells one)."""
    return (act.actor is not None and other.target is not None and _head_word(act.actor) == _head_word(other.target)
            and _charged_act(doc, act))


def _by_role(e: Event, words: Words) -> bool:
    """Whether an event's actor is named by the act of a protest ("protesters", "rioters")."""
    return e.actor is not None and _head_word(e.actor) in words.role


def _crowd_act_beside(doc: Doc, toll: Event, act: Event) -> bool:
    """Whether a toll told by no doer is followed, in a clause of the same time, by an act (of protesters: "At least
    five people were shot dead outside Parliament on Tuesday as protesters stormed the building", `_by_role`): what
    the crowd did beside the killing, not its doer's act (but "Protesters stormed the building, killing two guards"
    tells one)."""
    return (toll.actor is None and toll.trigger.split(" ", 1)[0].lower() in _TOLL_WORDS
            and _BESIDE.search(doc.text, toll.trigger_end, act.trigger_start) is not None)


_TOLL_WORDS = _CASUALTIES | {"shot"}  # first words of a toll ("killed", "shot dead")
# a clause of the same time: "shot dead … as protesters stormed"
_BESIDE = re.compile(r"\b(?:as|while)\b", re.IGNORECASE)


def _charged_act(doc: Doc, e: Event) -> bool:
    """Whether an event is the act someone is charged with or suspected of, a few words before it ("suspected of
    carrying out the attack", "acquitted of murder")."""
    start = doc.sentences[doc.sentence_index(e.trigger_start)].start
    before = _lower_tokens(doc, max(start, e.trigger_start - _CHARGE_CHARS), e.trigger_start)
    if "of" not in before and "with" not in before:
        return False  # (no word a charge names its act after, as in most stretches: not walked)
    at = next((k for k in range(len(before) - 1, 0, -1) if charge_at(before, k)), None)
    return at is not None and not any(w in GRAMMAR["be"] for w in before[at:])


def _named_by_date(doc: Doc, e: Event) -> bool:
    """Whether an event noun is named by its date right before it ("the October 7 attack", "the 2012 bombing")."""
    if e.date_source != "text" or not e.date_text:
        return False
    at = e.trigger_start - len(e.date_text) - 1
    if at < 0 or doc.text[at:e.trigger_start].strip() != e.date_text:
        return False
    article = TOKEN.findall(doc.text, max(0, at - _ARTICLE_CHARS), at)
    return bool(article) and article[-1].lower() in _SITE_OPENERS  # "the October 7 attack", not "on Sunday killed"


def _compatible(doc: Doc, a: Event, b: Event, words: Words, definite: bool = False, told_next: bool = False,
                retold: bool = False) -> bool:
    return (((_same_actor(a, b, words) or _protesters_again(doc, a, b, words) or _doer_told(doc, a, b, words)
              or _doer_told(doc, b, a, words)) and _same_target(a, b, words)
             or _sides_swapped(doc, a, b, words)
             or _sides_swapped(doc, b, a, words)
             or _of_either_side(a, b, words) or _of_either_side(b, a, words)
             or _object_of(a, b) or _object_of(b, a)
             or _fought_back(a, b, words) or _fought_back(b, a, words)
             or _harmed_by(doc, a, b) or _harmed_by(doc, b, a))
            and _same_place(doc, a, b, definite, told_next, retold) and _same_time(doc, a, b, definite)
            and not _counted_apart(doc, a, b))


def _counted_apart(doc: Doc, a: Event, b: Event) -> bool:
    """Whether two arrests befell two groups, each counted and named by its own word ("arrested 35 protesters after
    they refused to disperse", then "raided the houses of the union's leaders … and taken at least 11 office-bearers
    into custody"); an incident's toll is told of many (killed five, injured 12), an arrest's of those it took."""
    if a.event_type != "COERCE" or b.event_type != "COERCE" or a.target_start is None or b.target_start is None:
        return False
    counts = [_COUNT_BEFORE.search(doc.text, max(0, e.target_start - _COUNT_CHARS), e.target_start) for e in (a, b)]
    later = max(a.target_start, b.target_start)
    return all(counts) and counts[0].group(1) != counts[1].group(1) and _head_word(a.target) != _head_word(
        b.target) and _PART_OF.search(doc.text, max(0, later - _PART_CHARS), later) is None


_COUNT_BEFORE = re.compile(r"\b(\d[\d,]*)\s+$")  # the count right before a group's noun: "35 protesters"
_COUNT_CHARS = 12
# a group told as a part of one before it: "Among them, 11 office-bearers", "including 11 office-bearers"
_PART_OF = re.compile(r"\b(?:among|including|of them|of whom)\b", re.IGNORECASE)
_PART_CHARS = 40


def _fought_back(attack: Event, fight: Event, words: Words) -> bool:
    """Whether a mention tells an attack told before on as a fight of both sides ("Miscreants opened fire on the check
    post. The policemen on duty retaliated and the exchange of fire continued", "Our troops immediately returned
    fire"): its actor is either side, so long as what it fought is none but the attackers."""
    return (attack.event_type == fight.event_type == "ASSAULT" and attack.trigger_start < fight.trigger_start
            and fight.trigger.lower() in TWO_SIDED and _same_party(
                _party(fight, "target", words), _party(attack, "actor", words), words))


def _harmed_by(doc: Doc, harm: Event, means: Event) -> bool:
    """Whether an event noun is what a passive verb of harm right before it was done by ("was injured by a sniper shot
    from Ukrainian forces", "were killed by an airstrike"): one act, whoever each names as its doer."""
    return (harm.event_type == means.event_type == "ASSAULT" and harm.trigger_end <= means.trigger_start
            and _BY_MEANS.fullmatch(doc.text, harm.trigger_end, means.trigger_start) is not None)


# from a passive verb to the noun of the act it was done by: "by a sniper", "by an Israeli"
_BY_MEANS = re.compile(r"\s+by\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)


def _doer_told(doc: Doc, act: Event, named: Event, words: Words) -> bool:
    """Whether a mention tells, after its event noun, who did an act whose doers the other told without a name: "An
    assailant shot and killed a priest … Sources attributed the assassination to right-wing death squads", "… was
    carried out by a local cartel". A description is all many sources have, so it need be no name."""
    doer = _party(act, "actor", words)
    return doer is not None and _unidentified(doer, words) and _told_as_doer(doc.text, named, words)


def _told_as_doer(text: str, e: Event, words: Words) -> bool:
    """Whether an event noun's actor is told after it as whom the act is laid to ("attributed the attack to X", "blamed
    the bombing on X", "the attack was carried out by X"); not the noun's own agent ("an airstrike by Afghan forces"),
    nor a verb's ("the man was beaten up by locals")."""
    if e.actor_start is None or e.actor_start < e.trigger_end or _form(e.trigger) not in words.nouns:
        return False
    between = [w.lower() for w in TOKEN.findall(text, e.trigger_end, e.actor_start)]
    if between and (between[-1] in _ARTICLES or between[-1] == "the"):
        between.pop()  # "attributed the murder to a local gang": the actor's words start after the article
    return bool(between) and len(between) <= _DOER_WORDS and between[-1] in _DOER_PREPOSITIONS and all(
        w.isalpha() for w in between) and between != ["by"]


_DOER_WORDS = 5  # words between an event noun and the doer told after it ("was carried out by")
_DOER_PREPOSITIONS = frozenset({"to", "on", "by"})  # "attributed the attack to", "blamed the bombing on", "… by"


def _object_of(verb: Event, noun: Event) -> bool:
    """Whether an event noun is the object of a verb of its type ("the army repelled a JNIM attack on Diapaga",
    "troops foiled an assault on the base"): one incident, told by the defenders' act and by the attackers'."""
    return (verb.event_type == noun.event_type and verb.target_start is not None
            and noun.trigger_start != verb.trigger_start
            and verb.target_start <= noun.trigger_start and noun.trigger_end <= verb.target_end)


def _of_either_side(fight: Event, other: Event, words: Words) -> bool:
    """Whether a mention tells what one side of a fight the other told did or suffered ("security forces and Maoists
    exchanged fire … and one Maoist cadre was killed", "Myanmar military and AA clashed as AA attacked trucks"): its
    doer, if told, is one of the fight's two sides, whatever befell whom."""
    if fight.event_type != "ASSAULT" or other.event_type != "ASSAULT" or fight.target is None or (
            fight.trigger.split(" ", 1)[0].lower() not in FIGHTING_EACH_OTHER):
        return False
    doer = _party(other, "actor", words)
    sides = (_party(fight, "actor", words), _party(fight, "target", words))
    return any(_same_party(side, doer, words) for side in sides)


def _protesters_again(doc: Doc, a: Event, b: Event, words: Words) -> bool:
    """Whether a protest told on in its own or the next sentence names its actor by their act ("Police fired tear gas
    at opposition supporters who protested in Moundou. Protesters burned tires"): whoever protested."""
    return (a.event_type == b.event_type == "PROTEST"
            and any(e.actor is not None and _head_word(e.actor) in words.role for e in (a, b))
            and abs(doc.sentence_index(a.trigger_start) - doc.sentence_index(b.trigger_start)) <= 1)


def _sides_swapped(doc: Doc, a: Event, b: Event, words: Words) -> bool:
    """Whether two mentions of a fight tell it from either side: "Two militants were killed in an encounter with
    security forces", then "the hiding militants fired upon them, triggering a gunfight": the side struck in one
    fires in the other, where a sentence of the two tells of a fight."""
    if a.event_type != "ASSAULT" or b.event_type != "ASSAULT":
        return False
    struck, firing = _party(a, "target", words), _party(b, "actor", words)
    if struck is None or firing is None or not (_is_party(struck) and _is_party(firing)):
        return False
    back = _party(b, "target", words)
    if not (_same_party(struck, firing, words) and _same_party(_party(a, "actor", words), back, words)):
        return False
    fights = [not FIGHTS.isdisjoint(TOKEN.findall(doc.lowered, s.start, s.end))
              for s in (doc.sentences[doc.sentence_index(e.trigger_start)] for e in (a, b))]
    # a thing struck is the other side's only in a fight of both ("opened fire at the police station", then "A
    # police officer returned fire"; not "protesters stormed the parliament building", then "Police opened fire,
    # killing … protesters": the police's fire is an act of its own)
    return all(fights) if back is not None and not _is_party(back) else any(fights)


def _same_actor(a: Event, b: Event, words: Words) -> bool:
    """No clash of actors: one is absent or a pronoun, or both are of one country and name the same kind of
    party ("gunmen" and "police" are two sides), or one claims the act of perpetrators the other told without a
    name ("Assailants shot and killed a police officer … The Irish Republican Army claimed responsibility": whatever
    words its name holds, one a state's force may bear too)."""
    x, y = _party(a, "actor", words), _party(b, "actor", words)
    for claim, claimant, doer in ((a, x, y), (b, y, x)):
        if is_claim(claim.trigger.lower().rsplit(" ", 1)[-1]) and claimant is not None and claimant.named and (
                doer is not None and _unidentified(doer, words)):
            return True
    return _same_party(x, y, words)


def _named_later(named: Event, told: Event, words: Words) -> bool:
    """Whether one event names the perpetrators another told without a name ("gunmen assassinated presidential
    candidate Luis Carlos Galán", then "The attack was attributed to the Medellín Cartel"): the same doers, whatever
    their name holds (a town's, as "Kharkiv officials" would), so whom the first struck is no side of theirs."""
    x, y, struck = _party(named, "actor", words), _party(told, "actor", words), _party(told, "target", words)
    # (a name by its capitals, past a sentence's first letter: "al-Shabaab", not "Police" opening a sentence; and
    # not when what the first struck is the named one's own side: "Military Police officers carried out an
    # operation …", then "Police officers were attacked by suspects")
    return x is not None and y is not None and (x.named or any(ch.isupper() for ch in (named.actor or "")[1:])) \
        and _unidentified(y, words) and not (
            struck is not None and _is_party(x) and _is_party(struck) and _same_party(x, struck, words))


def _same_party(x: _Party | None, y: _Party | None, words: Words) -> bool:
    """No clash of two participants (see `_same_actor`)."""
    if x is None or y is None:
        return True
    if x.country and y.country and x.country != y.country:
        return False
    if not (_is_party(x) and _is_party(y)):
        return True  # "the device" and "the scene" are no sides that could differ
    if _unidentified(x, words) and (_unidentified(y, words) or _group_name(y)) or _unidentified(y, words) and (
            _group_name(x)):
        # "unknown gunmen opened fire … sources attributed the attack to Boko Haram": its members; "three suicide
        # bombers attacked the airport. The assailants opened fire": the same perpetrators told again
        return True
    if x.named and y.named and (_abbreviates(x, y) or _abbreviates(y, x)):
        return True  # "the RSF fighters" and "Sudan's paramilitary Rapid Support Forces"
    if x.named and y.named and not x.holds(y) and x.names.isdisjoint(y.names):
        return False  # "the IRA leaders" and "the UDA leaders": two sides their names tell apart
    return _one_name(x, y) or x.holds(y) or _head(x.name) == _head(y.name) or _one_force(x, y, words)


def _one_force(x: _Party, y: _Party, words: Words) -> bool:
    """Whether two parties are told by head words of one kind of state force ("Troops clashed with militants …",
    then "soldiers raided a hideout"; not "police" and "soldiers"), or both by their act of protest ("Protesters
    clashed with police …", then "Demonstrators threw stones at police")."""
    if x.named or y.named:
        return False  # "the Arakan Army": a group of its own name, not the country's army
    heads = _head_word(x.name) or "", _head_word(y.name) or ""
    kinds = _force_kind(x, words), _force_kind(y, words)
    return None not in kinds and (kinds[0] == kinds[1] or _ANY_FORCE in kinds) or all(h in words.role for h in heads)


def _force_kind(p: _Party, words: Words) -> str | None:
    """The kind of state force a party's head word names ("soldiers" → military), or `_ANY_FORCE` for a state's
    forces told by a word of either kind ("security forces", "government forces", "Iraqi forces": the troops or the
    police a report names next), None for no state force."""
    head = _head_word(p.name)
    kind = words.force_kind.get(head or "")
    if kind is None and head in _FORCE_HEADS and _state_force(p.name):
        return _ANY_FORCE
    return kind


_ANY_FORCE = "any"


def _abbreviates(short: _Party, long: _Party) -> bool:
    """Whether a word of three letters or more naming one party is the initials of names in a row of the other
    ("RSF" of "Rapid Support Forces", "ISGS" of "Islamic State in the Greater Sahara")."""
    initials = "".join(w[0] for w in TOKEN.findall(long.name) if w in long.names)
    return len(initials) >= _ACRONYM and any(
        len(w) >= _ACRONYM and w.isalpha() and w in initials for w in short.names)


_ACRONYM = 3  # the fewest letters of an acronym read as a name's initials


def _unidentified(p: _Party, words: Words) -> bool:
    """Whether a party is perpetrators told without a name ("unknown gunmen", "the assailants", "the group"; not "a
    group of residents", whom the words after "group" tell)."""
    head = _head_word(p.name)
    return head in words.unidentified and (head not in _COLLECTIVES or TOKEN.findall(p.name)[-1] == head)


_COLLECTIVES = frozenset({"group"})  # heads of perpetrators that may go on with whom they gather ("group of …")


# Kinds of organisation a group's name may end with ("the Islamic State group", "the Islamic State's Afghanistan
# affiliate").
_GROUP_HEADS = frozenset({"group", "organisation", "organization", "movement", "network", "faction", "front",
                          "affiliate", "branch", "wing", "offshoot", "franchise", "cell"})


def _group_name(p: _Party) -> bool:
    """Whether a party is named by a proper name whose head is no common noun of people ("Boko Haram", not
    "Police" opening a sentence)."""
    classes = load_lexicon().classes
    head = _head_word(p.name)
    if p.named and head in _GROUP_HEADS:
        return True  # "the Islamic State group", "the Sorro Front movement": a name with its kind
    if p.named and not any(head in classes.get(c, ()) for c in ("people", "agents")):
        return True
    # "the Allied Democratic Forces", "Ambazonian separatists", "Maoist militants": people a name of their own before
    # them tells apart; not "Police" opening a sentence, people of a place ("Borno police", "Kharkiv officials",
    # "residents of Los Angeles Tetela"), nor a state's own force ("the Military Police", "Security Forces")
    before, others = TOKEN.findall(p.name)[:-1], p.names - {head}
    return bool(others) and others.issubset(before) and others.isdisjoint(load_words().state_force) and (
        geo.place_country(" ".join(w.capitalize() for w in before if w in others)) is None)


# The naming words of each participant surface of the article being merged (its pairs are compared many times).
_NAMING: dict[str, frozenset[str]] = {}


def _capitals(surface: str) -> frozenset[str]:
    """The words that name a participant ("IRA", "Murrah"): capitalised, neither a determiner opening a sentence
    ("The"), a common word for a party opening its phrase ("Protesters", "Troops") nor a country or demonym ("Russian",
    which its country column tells: "Russian soldiers" and "a Russian general" are described, not named)."""
    found = _NAMING.get(surface)
    if found is None:
        closed, opening = _unnaming_words()
        tokens = TOKEN.findall(surface)
        # (nor the words of a country's name of two: "the United States and Britain")
        paired = {k + d for k in range(len(tokens) - 1) for d in (0, 1)
                  if tokens[k][:1].isupper() and tokens[k + 1][:1].isupper()
                  and _country_named(f"{tokens[k]} {tokens[k + 1]}")}
        # (nor a word of a state's force opening a force's phrase: "Government troops", "Security forces")
        force = _state_force(surface)
        found = _NAMING[surface] = frozenset(w.lower() for n, w in enumerate(tokens) if w[:1].isupper()
                                             and w.lower() not in (closed if n else opening)
                                             and not (n == 0 and force and w.lower() in load_words().state_force)
                                             and geo.country_code(w) is None and n not in paired)
    return found


def _country_named(pair: str) -> bool:
    """Whether two words are a country's name as the dataset shows it ("United States", "South Korea"; not "White
    House", a seat that stands for it)."""
    code = geo.country_code(pair)
    return code is not None and (geo.country_name(code) or "").lower() == pair.lower()


@cache
def _unnaming_words() -> tuple[frozenset[str], frozenset[str]]:
    """The capitalised words that name no one (see `_capitals`): anywhere in a phrase, and opening it."""
    words = load_words()
    closed = words.definite | _ARTICLES
    return closed, closed | words.role | frozenset(words.force_kind) | words.unidentified | words.undescribed


def _same_target(a: Event, b: Event, words: Words) -> bool:
    """No clash of targets. One incident hits people, vehicles and buildings, so only targets of different
    countries clash, or two different names; and a target of the other's actor's country is the same party
    seen as what was moved ("troops deployed") and as who moved it ("North Korea sent")."""
    x, y = _party(a, "target", words), _party(b, "target", words)
    if x is None or y is None:
        return True
    if x.country and y.country and x.country != y.country:
        # (an attack on the other's actor's country is the other side hitting back: "Israeli strikes hit Tyre" and
        # "Hezbollah fired rockets at northern Israel" are two attacks)
        return a.event_type not in _FIGHTING and (x.country == b.actor_country or y.country == a.actor_country)
    if _struck(x) != _struck(y) and (_people(x) or _people(y)):
        return True  # "attacked Camp Dorva" and "killed Kelmish soldiers": the place struck and the people hit
    return not (x.named and y.named) or _one_name(x, y) or x.holds(y) or _head(x.name) == _head(y.name)


def _one_name(x: _Party, y: _Party) -> bool:
    """Whether two parties bear one name of no place: "a CRPF patrol" and "75 CRPF personnel", one force told by a unit
    and by its men (not "Kabul residents" and "Kabul police", people of one place)."""
    return x.named and x.names == y.names and geo.place_country(" ".join(sorted(x.names))) is None


_FIGHTING = frozenset({"ASSAULT", "COERCE", "THREATEN"})
_INCIDENTS = _FIGHTING | {"PROTEST"}  # events of one place and hour, which a report tells again in its next sentence
# plover_classes.tsv classes of what an attack strikes (a building, a camp, a convoy, the site a bomb went off at:
# "outside St. Mark's Cathedral", "at a campaign rally"), beside the people it hits
STRUCK_CLASSES = ("physical", "territory", "blast_sites")


def _struck(p: _Party) -> bool:
    """Whether a target is a place or thing struck ("Camp Dorva", "a foot patrol"): one of its words says so."""
    classes = load_lexicon().classes
    return any(w in classes.get(c, ()) for w in TOKEN.findall(p.name) for c in STRUCK_CLASSES)


def _people(p: _Party) -> bool:
    """Whether a target is people told by a common noun ("Kelmish soldiers", "twenty guards"), not a name."""
    return _head_word(p.name) in load_lexicon().classes.get("people", ())


@dataclass(frozen=True)
class _Party:
    name: str  # canonical, else as written, in lower case
    country: str | None
    names: frozenset[str] = frozenset()  # the words that name it ("kim", "jong", "un"), none for "soldiers"

    @property
    def named(self) -> bool:
        """A proper name ("Kim Jong Un", "IRA leaders"), not a description ("soldiers", "Russian soldiers")."""
        return bool(self.names)

    def holds(self, other: _Party) -> bool:
        return self.name in other.name or other.name in self.name


def _party(e: Event, slot: str, words: Words) -> _Party | None:
    surface = getattr(e, slot)
    if surface is None or _vague(surface):  # "he", "those", "five more": no side of its own
        return None
    if slot == "actor" and (_named_time(surface) or _named_place(e, [e.location])):
        return None  # "The Election Day attack", "Tuesday's Kabul attack": when or where, no side
    name = getattr(e, f"{slot}_canonical") or surface
    if not _capitals(name) and _head_word(name) in _GROUP_HEADS:
        name = surface  # "the Islamic State's Afghanistan affiliate": the group its possessor names, not a country's
    return _Party(name.lower(), getattr(e, f"{slot}_country"), _capitals(name))


# plover_classes.tsv classes whose words name things, not parties: an actor of theirs ("the device") or a word the
# grammar skips or reads as time or a scene ("yet", "the scene") is no side that could clash with another
THING_CLASSES = ("weapons", "physical", "goods", "launchable", "publication", "computers", "territory")


def _is_party(p: _Party) -> bool:
    """Whether a participant could be one side and not another: a name, a country's, or any head word but a
    thing's, a time's, a scene's or a word the grammar skips ("gunmen", "the police"; not "the device", "yet")."""
    if p.named or p.country:
        return True
    head, lexicon = _head_word(p.name), load_lexicon()
    if head is None:
        return False
    return not (any(head in lexicon.classes.get(c, ()) for c in THING_CLASSES) or head in load_words().instrument
                or head in GRAMMAR["skip"] or head in GRAMMAR["time"] or head in GRAMMAR["event_head"]
                or head in GRAMMAR["stop"] or head in load_words().nouns or head in load_words().vague)


def _head(name: str) -> str:
    head = _head_word(name) or name
    return head[:-1] if head.endswith("s") and len(head) > 3 else head


def _head_word(name: str) -> str | None:
    """The head word of a noun phrase in lower case ("friends of the Varno mayor" → "friends"), None for none."""
    return head_word(TOKEN.findall(name.lower())) or None


def _placed_at(doc: Doc, a: Event, b: Event) -> bool:
    """Whether one place phrase is told right at the other, a preposition of place between: "on a District Line train
    at Parsons Green station": the train was at the station; "struck central Kyiv, near Shevchenko park, killing 8":
    the landmark set off by commas tells where in the city."""
    if a.location_end is None or b.location_start is None or a.location_end > b.location_start:
        return False
    # (and a place told as lying where one told before did: "the village of Manzia, also in Lubero")
    return doc.text[a.location_end:b.location_start].strip(" ,").removeprefix("also ") in _AT_WORDS


_AT_WORDS = frozenset({"at", "in", "near", "on", "outside", "inside"})


def _same_place(doc: Doc, a: Event, b: Event, definite: bool = False, told_next: bool = False,
                retold: bool = False) -> bool:
    """No clash of places: one is absent, their countries agree and one holds the other ("Kabul", "a market in
    Kabul", "the Euphrates in Deir" and "the city of Deir": the names of one are among the other's, or one is a
    site without a name, "the bus station", and the other a named place), or, in one
    sentence, one is the country the other lies in ("an IED killed a general in Deir
    ez-Zor … in Syria"); across sentences a country is too wide to tell one incident from another, unless the event
    spread across it and the later mention points back (`definite`: "blasts across Sri Lanka …", then "The
    explosions were reported at a church in Colombo"). `told_next`: the event was told again in the sentence before
    the later mention, so that a definite mention two sentences on still tells it ("… in northwestern Pakistan …", "The
    explosion occurred in the Mamund area …", "Twenty-two others were injured in the blast"). `retold`: the later
    mention tells on, in a "when" clause (`_Mention.retells`), the event of the sentence before, at a place short of a
    country that lies in no other region ("Gunmen ambushed a police convoy in Heliodoro Castillo …", then "The
    officers were returning from an operation near Tlacotepec when armed men opened fire")."""
    for one, other in ((a, b), (b, a)):
        aimed = _aimed_at_country(one)
        if aimed and other.location_country and aimed != other.location_country:
            return False  # "fired rockets at northern Israel" struck elsewhere than strikes on Tyre, Lebanon
    if a.location is None or b.location is None or _in_trigger(a) or _in_trigger(b):
        return True  # "in jail", "in prison": a site the trigger's own words tell is how it is named, no other place
    if _charged_act(doc, a) or _charged_act(doc, b):
        return True  # "The 17-year-old charged with the murders was born in Cardiff": the place is the person's
    story_start = opener_end(doc)
    if a.location_start < story_start or b.location_start < story_start:
        # "COTONOU, Benin — Benin has deployed 3,000 soldiers to its northern border regions …", then "The troops were
        # sent to the Alibori department": the dateline tells where the story was filed, no place that could differ
        return True
    if _countries_apart(a, b):
        return False
    earlier, later = (a, b) if a.trigger_start < b.trigger_start else (b, a)
    if not definite and _summary(doc, earlier) and not _is_country(later) and (
            doc.sentence_index(earlier.trigger_start) != doc.sentence_index(later.trigger_start)):
        return False  # "Clashes and attacks killed at least 30 people in Yemen on Tuesday", then "In Aden, gunmen shot
        # dead an intelligence officer": one of the acts the lead sums up, not the lead's own
    if retold and not any(_is_country(e) or _in_part_of_country(e) for e in (a, b)):
        # (a country tells no place of the incident's own: "a lieutenant general was killed in Syria" is no retelling
        # of an IED in Deir ez-Zor by what it adds of where)
        return None in (a.location_admin1, b.location_admin1) or a.location_admin1 == b.location_admin1
    phrase_a, phrase_b = _phrase(doc, a), _phrase(doc, b)
    x, y = phrase_a.lower(), phrase_b.lower()
    if x in y or y in x:
        return True
    nameless_a, nameless_b = _nameless(phrase_a), _nameless(phrase_b)
    if nameless_a != nameless_b:
        return True  # a site without a name ("the bus station") may lie in the named place ("Kabul")
    if any(_site_in_country(p) for p in (phrase_a, phrase_b, a.location, b.location)):
        return True  # "a village in central Mali" may be "the village of Dinangourou in the Mopti region"
    if _site_in_region(a, b) or _site_in_region(b, a):
        return True  # "a village in central Gezira province" may be "the village of Al-Sireha"
    names_a, names_b = geo.place_names(phrase_a), geo.place_names(phrase_b)
    if not nameless_a and names_a and names_b and (names_a <= names_b or names_b <= names_a):
        return True  # "the Euphrates in Deir" lies in "the city of Deir"; "the market" and "the school" do not
    if _capital_of(phrase_a, a, b) or _capital_of(phrase_b, b, a):
        return True
    gap = abs(doc.sentence_index(a.trigger_start) - doc.sentence_index(b.trigger_start))
    if gap == 0:
        # (and the region a sentence opens with holds the town its clause names: "In Yobe state, militants attacked a
        # police station in Buni Yadi, killing 11 policemen")
        return (_is_country(a) or _is_country(b) or _placed_at(doc, a, b) or _placed_at(doc, b, a)
                or any(_opening_region(doc, one) and _region_holds(one, other) for one, other in ((a, b), (b, a))))
    if definite and gap <= _RETOLD_WITHIN and _TOOK_PLACE.match(doc.text, later.trigger_end):
        return True  # "… in an ambush in the VRAEM valley", then "The attack took place in the district of Vizcatan": a
        # sentence that tells where the event told before happened
    # (told again two sentences on, when the first told only the part of the country: "An Israeli drone strike … in
    # southern Lebanon …", a sentence of who was killed, then "The strike hit his vehicle in the coastal town of Hosh")
    if (definite and (gap == 1 or gap <= _RETOLD_WITHIN and (told_next or _in_part_of_country(earlier)))
            or gap == 1 and _same_day(a, b) and not _in_plural(earlier)) and (
            a.event_type in _INCIDENTS) and (any(_is_country(e) or _in_part_of_country(e) for e in (a, b))
                                             or _region_holds(a, b) or _region_holds(b, a)):
        return True  # "an ambush in northern Burkina Faso …", then "The attack happened near the town of Djibo" (an
        # incident's; talks "in the Middle East" and a visit to Turkey are apart); "Militiamen killed 25 villagers in
        # an overnight raid in eastern Congo", then "Fighters attacked the village of Mukondi … late on Saturday", the
        # same night: the incident told again, where it happened; "A suicide bomber blew himself up in Balochistan
        # province …", then "The bombing took place in the town of Mastung": a town of that region
    if gap == 1 and a.event_type in _INCIDENTS and not _told_as_another(doc, later) and (
            definite and (_may_lie_in(a, b) or _may_lie_in(b, a) or _along(a, b) or _along(b, a))
            or (_same_day(a, b) or (_undated(later) or _undated(earlier)) and not in_wave(doc, later))
            and (_may_lie_in(later, earlier) or _area_holds(earlier, later)) and not _in_plural(earlier)):
        return True  # "airstrikes hit the southern suburbs of Beirut", then "The strikes flattened a building in the
        # Dahiyeh district": a quarter no gazetteer knows, told next, of the town told first (or of the road: "Gunmen
        # kidnapped 12 passengers on the Abuja-Kaduna road. The assailants seized the travellers … near Katari");
        # "Troops killed nine guerrillas in a clash in Negros Oriental on Saturday. Two soldiers were wounded in the
        # mountain village of Luyang", of the same day and told after the town, or told at no day of its own ("drove
        # into pedestrians on Elizabeth Street in Melbourne on Saturday", then "mounted the footpath near the Zorblat
        # Street intersection …, striking shoppers"; not "a wave of shooting broke out in the main Catholic areas",
        # many acts) (not "gathered at the square in Tyr", then "an injury he obtained during riots in Tripoli"; nor
        # "Air strikes on the Gaza Strip …", then "One strike hit a house in the al-Mawasi area": one of several acts)
        # (and a lead told at no day of its own, then its night and place: "Youths set cars alight … in suburbs south
        # of Paris", then "Some 40 vehicles were torched overnight in Évry-Courcouronnes"; "Troops killed three rebels
        # in Negros Oriental", then "The soldiers clashed with the rebels in Guihulngan City on Saturday", a town of the
        # province's region)
    return definite and any(_is_country(e) and _SPREAD.search(doc.text, max(0, e.location_start - _SPREAD_CHARS),
                                                              e.location_start) for e in (a, b))


def _told_as_another(doc: Doc, later: Event) -> bool:
    """Whether a later mention says it is one more act, at a place of its own: "Clashes … were also reported in Bab
    Ghaliq and Habil al Kalb", "They also demonstrated in Tal Hayat" ("also" a verb before the mention's place; not
    "The blast in the Tarmiyah district also wounded a driver", nor "His cousin also suffered stab wounds and is being
    treated at GTB Hospital": more harm of the act told before)."""
    if later.location_start is None:
        return False
    start = doc.sentences[doc.sentence_index(later.trigger_start)].start
    return _ALSO_BEFORE_PLACE.search(doc.text, max(start, later.location_start - _ALSO_REACH),
                                     later.location_start) is not None


# "also" and a verb with its preposition right before a place ("also reported in ", "also demonstrated outside the ")
_ALSO_BEFORE_PLACE = re.compile(r"\balso\s+\w+\s+(?:\w+\s+)?(?:in|at|near|outside|on|across)\s+(?:the\s+)?$",
                                re.IGNORECASE)
_ALSO_REACH = 40  # characters before a place searched for its "also"
_RETOLD_WITHIN = 2  # sentences between an incident told in a wide place and its definite mention at a narrower one
_TOOK_PLACE = re.compile(r"\s+(?:took\s+place|occurred|happened|unfolded)\b", re.IGNORECASE)


def _same_day(a: Event, b: Event) -> bool:
    """Whether two mentions are dated to one day by their own words or their context ("Hooded gunmen shot dead a
    mayor … on Sunday", then "Agustin Intriago … was killed while inspecting public works", told with no day of its
    own)."""
    return (a.date is not None and a.date == b.date and a.date_precision == b.date_precision == "day"
            and a.date_source in _DAY_SOURCES and b.date_source in _DAY_SOURCES)


_DAY_SOURCES = frozenset({*OWN_DATE, "context"})  # where the dates of two mentions of one day may come from


def _undated(e: Event) -> bool:
    """Whether a mention's sentence tells no day of its own, nor does the text around it: the week of publication or
    the dateline is all it has ("… on Saturday afternoon", then "the sedan mounted the footpath near the Flinders
    Street intersection at about 2:15pm … striking shoppers"), so that it tells no other day."""
    return e.date_source not in _DAY_SOURCES


def _in_plural(e: Event) -> bool:
    """Whether an event is told by an event noun in the plural ("Air strikes", "the attacks"): several acts."""
    word = e.trigger.lower()
    return word.endswith("s") and word[:-1] in load_words().nouns


def _summary(doc: Doc, e: Event) -> bool:
    """Whether an event told in a whole country sums up many acts: told by a plural noun ("Bombings and shootings",
    "attacks") or spread across the country ("Violence killed at least 10 people across Syria")."""
    return _is_country(e) and (_in_plural(e) or _SPREAD.search(
        doc.text, max(0, e.location_start - _SPREAD_CHARS), e.location_start) is not None)


def _may_lie_in(part: Event, town: Event) -> bool:
    """Whether a named place no gazetteer knows (a district, a quarter, a site: "the Dahiyeh district", "the Villa Rose
    hotel", "the Galleria Mall" of no country told) may lie in the other event's town or region, one the gazetteer
    places in the same country, its capital, or an area told by its kind in a known country ("Pakistan's Kurram
    district", then "near the town of Kunj Alizai")."""
    return (part.location_lat is None and part.location_admin1 is None and not _nameless(part.location)
            and (town.location_lat is not None or town.location_admin1 is not None or _capital_named(town)
                 or town.location_country is not None and names_area(town.location))
            and part.location_country in (None, town.location_country)
            and not _is_country(part) and not _in_part_of_country(part))


def _along(part: Event, road: Event) -> bool:
    """Whether a named place no gazetteer knows may lie along the other event's road between two towns of a known
    country ("the Abuja-Kaduna road", then "from a bus near Katari")."""
    return (part.location_lat is None and part.location_admin1 is None and not _nameless(part.location)
            and road.location_country is not None and _ROUTE_BETWEEN.fullmatch(road.location) is not None
            and part.location_country in (None, road.location_country))


# a road told by the towns at its ends, along which many places lie: "the Abuja-Kaduna road", "Kabul-Jalalabad highway"
_ROUTE_BETWEEN = re.compile(r"(?:the\s+)?[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?\s?[-–]\s?[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?\s+"
                            r"(?i:road|highway|expressway|motorway|freeway|route|corridor)")


def _capital_named(e: Event) -> bool:
    """Whether the event's place is its country's capital told by that word ("the Somali capital")."""
    return e.location is not None and _names_capital(e.location) and e.location_country is not None


def _names_capital(phrase: str) -> bool:
    """Whether a place phrase names a capital by that word ("the Somali capital")."""
    return phrase.lower().rstrip(".").endswith(" capital")


def _site_in_country(phrase: str) -> bool:
    """Whether a place is a site without a name somewhere in a whole country or a part of one told by its direction
    ("a village in central Mali", "an army post in northern Burkina Faso"): any named place of that country may be
    it."""
    found = _SITE_IN.fullmatch(phrase)
    if found is None:
        return False
    part = _COUNTRY_PART.fullmatch(found.group(1))
    wide = part.group(1) if part else found.group(1)
    code = geo.country_code(wide)
    return code is not None and geo.country_name(code) == wide  # the country by its name, not its capital


def _site_in_region(one: Event, other: Event) -> bool:
    """Whether one place is a site without a name in a first-level region ("a village in central Gezira province")
    and the other a place no gazetteer puts in another region or country: it may be that site."""
    return (one.location_admin1 is not None and _SITE_IN.fullmatch(one.location) is not None
            and other.location_admin1 in (None, one.location_admin1)
            and other.location_country in (None, one.location_country))


def _capital_of(phrase: str, one: Event, other: Event) -> bool:
    """Whether a phrase names its country's capital ("the Somali capital") and the other event's place is that
    capital by name ("Mogadishu")."""
    return (_names_capital(phrase) and one.location_country is not None
            and other.location_country == one.location_country and other.location is not None
            and geo.is_place_name(other.location) and geo.country_name(one.location_country) != other.location)


def _aimed_at_country(e: Event) -> str | None:
    """The country of the place an unplaced attack was aimed at ("fired rockets at northern Israel"): where it
    struck."""
    if e.location is not None or e.event_type not in _FIGHTING or e.target_country is None or e.target is None:
        return None
    return e.target_country if geo.place_names(e.target) else None


def _phrase(doc: Doc, e: Event) -> str:
    """The whole place phrase the event's location was read from ("West Zone of Rio de Janeiro" for "West Zone"):
    the places that hold the location tell whether it lies in another mention's place; but not the town a distance
    counts from ("Baquba, 65 km northeast of Baghdad" lies away from Baghdad)."""
    phrase = doc.shared(PLACE_PHRASES, lambda _: {}).get((e.location_start, e.location_end), e.location)
    return _DISTANCE_FROM.sub("", phrase)


# A distance from another town after a place: "Baquba, 65 km northeast of Baghdad", "Kirkuk, 250 km (155 miles) north
# of Baghdad", "some 50 miles south of the capital"
_DISTANCE_FROM = re.compile(r",?\s+(?:about\s+|some\s+|around\s+)?\d[\d,.]*\s*(?:-\s*)?"
                            r"(?:km|kms|kilomet[er]{2}s?|miles?)(?:\s+\([^)]{0,20}\))?\s+(?:to\s+the\s+)?"
                            r"(?:north|south|east|west)[\w-]*\s+of\b.*", re.IGNORECASE | re.DOTALL)


def _in_trigger(e: Event) -> bool:
    """Whether the event's place is a word of its own trigger ("in jail")."""
    return e.location_start is not None and e.trigger_start <= e.location_start and e.location_end <= e.trigger_end


_SITE_OPENERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "this", "that"})
_DEFINITE_OPENERS = _SITE_OPENERS - {"a", "an"}


# A place that points back at a town the story told: "the city", "this town"
_POINTS_BACK = re.compile(r"(?:the|this)\s+(?:city|town|village|capital|district|province|state|county|region)",
                          re.IGNORECASE)


def _nameless(place: str) -> bool:
    """Whether a place is a site told by common nouns only ("the bus station", "his home"): no capitalised word
    but a determiner opening a sentence ("The market")."""
    words = place.split()
    first = words[0][:1].islower() or words[0].lower() in _SITE_OPENERS
    return first and not any(w[:1].isupper() for w in words[1:])


def _part_of_a_site(place: str) -> bool:
    """Whether a place is a site without a name that is no town ("the entrance", "the gate"; not "the city", which
    points back at the town the article told)."""
    return _nameless(place) and not geo.is_locality_word(place.split()[-1].lower())


def _unplaced_name(e: Event) -> bool:
    """Whether the event's place is a name in no known country (not a site without a name, "the city", which
    points back at a place the article told)."""
    return e.location_country is None and not _nameless(e.location)


def _indefinite_site(place: str) -> bool:
    """Whether a place is a site without a name that points back at nothing: indefinite or bare ("an area",
    "a shop", "farms"). Such a site tells less than a place another mention of the event names ("in Dalo
    district"), while a definite one ("the city", "the station") refers to a place the article told."""
    return _nameless(place) and place.split()[0].lower() not in _DEFINITE_OPENERS


def _in_part_of_country(e: Event) -> bool:
    """Whether the event's place is a part of a country told by its direction ("northern Burkina Faso", "the east
    of Congo"), too wide to tell one incident from another."""
    if e.location_country is None or e.location is None or e.location_lat is not None:
        return False  # (the gazetteer's town is no part of a country: "central Kampala", though Kampala names Uganda)
    return country_part(e.location) == e.location_country


def country_part(location: str) -> str | None:
    """The country a place phrase names a part of by its direction ("northeastern Kenya" → KEN), if it does."""
    found = _COUNTRY_PART.fullmatch(location)
    return geo.country_code(found.group(1)) if found is not None else None


_PLACE_PREPOSITIONS = frozenset({"of", "in", "near"})  # words of a place in a region: "Pinsk of the Brest region"


def _region_holds(region: Event, other: Event) -> bool:
    """Whether the event's place is a first-level region told as one (`_told_region`) and the other's place may lie
    in it: a place of its country that the gazetteer puts in no other region, named (not "the area", which may point
    back at the region)."""
    return (_told_region(region) and other.location is not None and not _nameless(other.location)
            and other.location_country in (None, region.location_country)
            and other.location_admin1 in (None, region.location_admin1) and not _is_country(other))


def _area_holds(area: Event, town: Event) -> bool:
    """Whether the event's place is an area within a first-level region (`_area_in_region`) and the other's a named
    place the gazetteer puts in that region too ("Negros Oriental", then "Guihulngan City"; not "Davao City", of a
    region the gazetteer does not tell)."""
    return (_area_in_region(area) and town.location is not None and not _nameless(town.location)
            and town.location_country == area.location_country and town.location_admin1 == area.location_admin1
            and town.location != area.location)


def _area_in_region(e: Event) -> bool:
    """Whether the event's place is an area the gazetteer puts in a first-level region, without a town's coordinates
    or told by its kind (a province or district: "Negros Oriental", "North Waziristan", "Khyber Pakhtunkhwa's Lakki
    Marwat district"), in which a town of that region may lie."""
    return (e.location is not None and (e.location_lat is None or names_area(e.location))
            and e.location_admin1 is not None
            and e.location != e.location_admin1 and not _nameless(e.location) and not _in_part_of_country(e))


def _opening_region(doc: Doc, e: Event) -> bool:
    """Whether the event's place is the one its sentence opens with ("In Yobe state, …"), the scene of the clause."""
    start = doc.sentences[doc.sentence_index(e.trigger_start)].start
    return e.location_start is not None and _OPENING_IN.fullmatch(doc.text, start, e.location_start) is not None


_OPENING_IN = re.compile(r"\s*in\s+(?:the\s+)?", re.IGNORECASE)


def _told_region(e: Event) -> bool:
    """Whether the event's place is a first-level region told as one ("Balochistan province", "Ethiopia's Amhara
    region", "the state of Guanajuato", "Texas"), too wide to tell one incident from another."""
    if e.location is None or e.location_country is None:
        return False
    words = e.location.split(",", 1)[0].split()  # (not "Dantewada district, Chhattisgarh state": a district of one)
    if words[0].lower() == "the":
        words = words[1:]
    of = words.index("of", 1, 3) if "of" in words[1:3] else 0
    if of and len(words) > of + 1:  # "the state of Guanajuato", "the Mexican state of Guerrero"
        kind, words = words[of - 1], words[of + 1:]
    else:
        kind = words[-1]
    return geo.is_region_word(kind.lower()) and _PLACE_PREPOSITIONS.isdisjoint(words) or (
        e.location == e.location_admin1 and e.location_lat is None)


def _is_country(e: Event) -> bool:
    """Whether the event's place is a whole country ("Syria", "across the country"), not a town (a capital has
    coordinates)."""
    return (e.location_country is not None and e.location_lat is None and e.location_admin1 is None
            and (geo.country_code(e.location) == e.location_country or is_nationwide(e.location)))


def _same_time(doc: Doc, a: Event, b: Event, definite: bool = False) -> bool:
    """Periods that overlap ("on December 26th" lies in "in December"), or one is not dated by its own words; but an
    event of another sentence dated only by the week it was reported did not happen years before it ("the invasion in
    2001" and, in a 2017 story, "claimed responsibility for the bombing"; the predicates of one sentence tell one
    incident whatever dates one of them: "The 1998 US embassy bombing killed 213 people")."""
    if any(e.date_source == "context" and _claimed_act(doc, e) for e in (a, b)):
        # a claim told at no time of its own, or the act it is for, took the date of the act told before it, which
        # may be a later step of the incident ("ambushed the car … on 5 September … His body was found … on 19
        # October. The RAF claimed responsibility"): it names the incident's doer, at whatever time its mentions tell
        return True
    apart = doc.sentence_index(a.trigger_start) != doc.sentence_index(b.trigger_start)
    for one, other in ((a, b), (b, a)) if apart else ():
        if one.date_source == "publication" and other.date is not None and other.date_source in OWN_DATE and (
                period(other.date, other.date_precision)[1] < one.date - timedelta(days=_REPORTED_WITHIN)):
            return False
        if one.date_source == "publication" and not definite and other.date is not None and (
                other.date_source in OWN_DATE) and other.date_precision in _PAST_PERIODS and (
                other.trigger_start > one.trigger_end and _opens_on_period(doc, other)) and (
                period(other.date, other.date_precision)[1] < one.date):
            # "Al-Shabaab claimed that its fighters had killed 20 soldiers. In January, a car bomb attack on a hotel
            # killed seven": an act told by no date of its own is of the week of its report, and a later sentence
            # that opens on a month over before that week tells another, as new (not "the January attack" named
            # again; a day before it may be the lead's act dated at last, "Gunmen killed five … They stormed the
            # village on May 3")
            return False
        if one.date_source == "context" and one.date_precision == "day" and other.date is not None and (
                other.date_source in OWN_DATE) and _far_apart(one.date, other):
            return False  # Sunday's police firing, then "In October 2022, clashes … had left nine injured": another
        other_day = (one.date_source == "context" and one.date_precision == "day" and other.date is not None
                     and other.date_source in OWN_DATE and other.date_precision == "day" and one.date != other.date)
        if other_day and one.date_start is not None and one.date_start > other.trigger_end and _opens_on_day(
                doc, one.date_start):
            # "On Saturday, police launched an operation …. On Friday, people protested in Port-au-Prince. Police
            # fired tear gas to disperse the crowd": a day told after the other event moved the story to another day
            return False
        if other_day and other.date_start is not None and other.trigger_start > one.trigger_end and (
                doc.sentence_index(other.date_start) == doc.sentence_index(other.trigger_start)
                and _opens_on_day(doc, other.date_start)
                and not (other is b and definite and not _own_day(doc, other))):
            # "Police fired tear gas in Nairobi on Thursday. One man was shot dead in Homa Bay. On Tuesday, police
            # opened fire on crowds outside parliament": a day that opens a later sentence sets a scene of its own
            # (not for "the protests" it names again: "On Thursday, the court suspended … quelling the protests")
            return False
    if apart and any(_told_before_speech(doc, one, other) for one, other in ((a, b), (b, a))):
        return True
    if a.date is None or b.date is None or not _dated_by_words(doc, a, apart) or not _dated_by_words(doc, b, apart):
        return True
    a_first, a_last = period(a.date, a.date_precision)
    b_first, b_last = period(b.date, b.date_precision)
    return a_first <= b_last and b_first <= a_last


def _claimed_act(doc: Doc, e: Event) -> bool:
    """Whether a mention is a claim of responsibility ("claimed responsibility") or the act a claim is for, right after
    it ("claimed responsibility for the attack")."""
    if is_claim(e.trigger.lower().rsplit(" ", 1)[-1]):
        return True
    start = doc.sentences[doc.sentence_index(e.trigger_start)].start
    before = _lower_tokens(doc, max(start, e.trigger_start - _CLAIM_CHARS), e.trigger_start)
    return len(before) >= 2 and before[-1] in _DEFINITE_OPENERS and before[-2] == "for" and any(
        is_claim(w) for w in before[-4:-2])


_CLAIM_CHARS = 40  # characters before an act searched for the claim it is for ("claimed responsibility for the")
_PAST_PERIODS = frozenset({"month", "year"})  # precisions of a date that tells an earlier time, not an act's own day


def _opens_on_period(doc: Doc, e: Event) -> bool:
    """Whether an event's date is the phrase that opens its sentence, set off by a comma before its trigger ("In
    January, a car bomb …", "Last year, a shooting …")."""
    start = doc.sentences[doc.sentence_index(e.trigger_start)].start
    return e.date_start is not None and e.date_end is not None and (
        start <= e.date_start <= start + _PERIOD_OPENING and "," in doc.text[e.date_end:e.trigger_start])


_PERIOD_OPENING = 12  # characters before a date that opens its sentence ("Late last year", "Earlier in")


def _opens_on_day(doc: Doc, offset: int) -> bool:
    """Whether the sentence holding an offset opens on a day ("On Friday, …", "Three days later …")."""
    return _OPENING_DAY.match(doc.text, doc.sentences[doc.sentence_index(offset)].start) is not None


def _own_day(doc: Doc, e: Event) -> bool:
    """Whether an event noun's date is its own phrase's ("Saturday's terror attack"), right before it."""
    if e.date_end is None or e.date_end > e.trigger_start:
        return False
    gap = doc.text[e.date_end:e.trigger_start]
    return len(gap) <= _OWN_DAY_GAP and not any(c in gap for c in ",.;:")


_OWN_DAY_GAP = 24  # characters between a day and the event noun it dates as its own ("Saturday's terror attack")
# A sentence that opens on a day ("On Friday, …", "Late on Sunday, …", "In the capital on Friday, …") or on a step of
# days from the day told before ("Three days later the brothers shot dead …", "The next day, …")
_OPENING_DAY = re.compile(r"\s*(?:(?:[\w'’-]+\s+){0,6}?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday"
                          r"|sunday)\b[^,.]{0,20},|(?:[\w-]+\s+){1,2}days?\s+later\b|the\s+(?:next|following)\s+day\b)",
                          re.IGNORECASE)


def _far_apart(day: date, other: Event) -> bool:
    """Whether a day lies more than a month outside the period an event's own words date it to."""
    first, last = period(other.date, other.date_precision)
    return day < first - timedelta(days=_CONTEXT_SLACK) or day > last + timedelta(days=_CONTEXT_SLACK)


_CONTEXT_SLACK = 31  # days a day read from the context may lie outside a period the words give, as a guess's error


def _told_before_speech(doc: Doc, spoken: Event, dated: Event) -> bool:
    """Whether an act dated only by the day of the speech that tells it ("The army said on Thursday it had killed 18
    militants in raids") is the one another sentence dates days before that ("the raids, carried out on Tuesday"):
    a speech tells what was done by then, so the two days do not tell two acts."""
    if spoken.date_source != "context" or spoken.date_precision != "day" or spoken.date_start is None or (
            dated.date_source not in OWN_DATE or dated.date_precision != "day" or dated.date is None):
        return False
    before = doc.text[max(0, spoken.date_start - _SPEECH_CHARS):spoken.date_start].lower().split()
    while before and before[-1] in _DAY_OPENERS:
        before.pop()
    lex = load_lexicon()
    return bool(before) and before[-1] in lex.reporting and (
        timedelta(0) < spoken.date - dated.date <= timedelta(days=_SPEECH_AFTER_ACT))


_SPEECH_CHARS = 24  # characters before a day searched for the reporting verb it dates ("said on")
_DAY_OPENERS = frozenset({"on", "late", "early", "this"})
_SPEECH_AFTER_ACT = 6  # days a speech may tell an act after it, as a weekday back from it does


def _dated_by_words(doc: Doc, e: Event, apart: bool) -> bool:
    """Whether an event is dated by words of the text: its own, or, for a verb against an event of another sentence,
    a day its own sentence tells ("Protesters blocked highways on Thursday and clashed with police" dates the clash as
    surely as the blockade, which "On Jan. 9, 17 protesters were killed" does not name again; an event noun may name
    an event of any time, "the two men accused of the Boston Marathon bombing")."""
    return e.date_source in OWN_DATE or apart and e.date_source == "context" and e.date_precision == "day" and (
        e.date_start is not None and doc.sentence_index(e.date_start) == doc.sentence_index(e.trigger_start)
        and _form(e.trigger) not in load_words().nouns)


def _event(cluster: _Cluster, text: str, story_start: int) -> Event:
    """The event of a cluster: its most informative mention, with each missing slot from the next that has it;
    a party its words name ("the Murrah Federal Building") replaces one they only describe ("others"). A place the
    story's words give goes before its dateline's (`story_start`: where the words after the dateline start), which
    tells where the story was filed: "JAKARTA (Reuters) - Rebels shot dead a general on Sunday. He was killed in an
    ambush in Beoga district"."""
    if len(cluster.mentions) == 1:
        lone = cluster.mentions[0].event
        return lone if lone.mentions == 1 else replace(lone, mentions=1)
    # a claim of responsibility gives its claimant, never its words, to the attack it claims
    # (nor does a note's heading, "Arrests:", give its event its trigger)
    ranked = sorted(cluster.mentions, key=lambda m: (is_claim(m.event.trigger.lower().rsplit(" ", 1)[-1]),
                                                     _in_heading(text, m.event), -m.weight, m.event.trigger_start))
    own = ranked[0]
    victims = _victims(cluster.mentions)
    filled: dict[str, object] = {}
    for slot, columns in slot_columns().items():
        donors = [m for m in ranked if m.has(slot)]
        if slot in ("location", "date"):
            # an event ranked among others gives no place or time: those of the ranking are not its own ("The attack
            # is the latest in a series of knife assaults in France", "It was the fifth terror attack in the region")
            donors = [m for m in donors if not _ranked(text, m.event)] or donors
            # (nor an act a charge names, whose sentence tells of the one charged: "born in Cardiff")
            donors = [m for m in donors if slot == "date" or not m.charged] or donors
            if slot == "date" and any(_body_found(text, m.event) for m in donors):
                # (nor a body found a day after the killing, its day; unless only its sentence tells one)
                told = [m for m in donors if not _body_found(text, m.event) and m.event.date_source == "text"]
                donors = told or donors
        elif slot == "actor":
            # no time or place is who did it, though an event noun's modifier names it as a doer's name would ("The
            # Election Day attack", "Tuesday's Kabul attack")
            donors = [m for m in donors if not _when_or_where(m, cluster)]
            if own not in donors and own.has(slot):
                filled.update({c: None for c in columns})
        elif slot == "target":
            # the villager killed, not "His body" that was found
            donors = [m for m in donors if not (_body_found(text, m.event) and _POSSESSED_BODY.match(
                m.event.target or ""))] or donors
        if slot == "target":
            # the side that did it is not also what it struck ("killed in a gunfight with troops": the troops killed,
            # the gunfight's other side told as its target)
            actor = (filled.get("actor_start", own.event.actor_start), filled.get("actor_end", own.event.actor_end))
            donors = [m for m in donors if actor[0] is None or (m.event.target_start, m.event.target_end) != actor]
            # nor a mention that tells the fight from the other side, its doer not the row's ("A KNF member was killed
            # in a gunfight with army personnel", then "An army patrol came under fire from the armed group"): what it
            # struck is the row's actor's own side (not so of a protest, whose marchers each mention may name apart)
            doer = next((m.event for m in cluster.mentions if (m.event.actor_start, m.event.actor_end) == actor), None)
            if doer is not None and own.event.event_type in _FIGHTING:
                words = load_words()
                donors = [m for m in donors if _same_actor(doer, m.event, words) or _named_later(doer, m.event, words)]
            if own not in donors and own.has(slot):
                filled.update({c: None for c in columns})
        if slot == "date":  # a date the text gives, before one read from the context, before the publication's;
            # but a day the context gives before a week or month the text gives that holds it ("police on Monday fired
            # water cannon at students marching to parliament. The protest was the third this month")
            within = _days_within(donors)
            # (and, of two dates the text gives, the finer: "Last month, rebels killed the head … in an ambush in
            # Beoga on April 25": the day, which lies in the month, merged with it)
            rank = lambda m, within=within: (id(m) not in within, _source_rank(m.event),  # noqa: E731
                                             m.event.date_source == "text" and -PRECISION_WEIGHT.get(
                                                 m.event.date_precision, 0.0))
        elif slot == "actor":
            # who did it as the sources tell it ("attributed the assassination to right-wing death squads") before the
            # perpetrators another mention told without a name ("An assailant shot and killed a priest")
            doers = {id(m) for m in donors if _told_as_doer(text, m.event, load_words()) and not _vague(m.event.actor)}
            # then the doer the story tells ("A suicide bomber blew himself up") before a name a noun of the act is
            # labelled with in someone's words ("The White House condemned today's Taliban attack"): a third party's
            # word for who did it. Not the attack a verb of the other side is done to ("forces repelled a Houthi
            # attack"), whose label is all that tells its doer; nor a label the story gives ("an IS landmine")
            labels = {id(m) for m in donors if m.event.modality == "reported" and m.event.event_type in _INCIDENTS
                      and _labelled(text, m) and not any(_object_of(o.event, m.event) for o in cluster.mentions)}
            rank = lambda m, doers=doers, labels=labels: (  # noqa: E731
                id(m) not in doers, *_party_rank(m, "actor", victims, own.form in FIGHTS, id(m) in labels))
        elif slot in PARTIES:
            gone_into = _gone_into(cluster.mentions) if slot == "target" else frozenset()
            rank = lambda m, slot=slot, gone_into=gone_into: _party_rank(  # noqa: E731
                m, slot, victims, own.form in FIGHTS, gone_into=gone_into)
        elif slot == "location":  # a named place before an indefinite site without a name ("an area", "a shop"),
            # and a place in a country before the whole country ("a church in Colombo" before "across Sri Lanka") or,
            # where another mention names a place the gazetteer puts in its country, before a name it cannot place
            # ("Syntagma square [coded to Athens]" after "Athens"); "a village in central Mali" tells less than "the
            # village of Dinangourou"; a named place before a site without a name that is no town ("the entrance" of
            # the bomb, "the Interior Ministry in Kabul" of its explosion)
            placed = any(m.event.location_country and not _is_country(m.event) for m in donors)
            # a region told as one ("Balochistan province") tells less than a named place of it another mention
            # gives ("the town of Mastung"), which goes before the other places
            wide, held = _regions_and_held(donors)
            landmarks = _landmarks(text, donors)
            rank = lambda m, placed=placed, wide=wide, held=held, landmarks=landmarks: (  # noqa: E731
                m.event.location_start is not None and m.event.location_start < story_start,
                # "The attack took place in the district of Vizcatan": the sentence that tells where
                _TOOK_PLACE.match(text, m.event.trigger_end) is None or _nameless(m.event.location),
                id(m) in landmarks,
                _in_trigger(m.event) or _indefinite_site(m.event.location),
                # (a place without a name, "the surrounding villages", tells less than one named, "the Bannu district";
                # not one that points back at a town told, "the city")
                _nameless(m.event.location) and not _POINTS_BACK.fullmatch(m.event.location),
                # (a part of a country told by its direction, "western Niger", tells less than a region of it)
                2 if _is_country(m.event) or _in_part_of_country(m.event) or _site_in_country(m.event.location)
                else int(id(m) in wide or placed and _unplaced_name(m.event)), bool(held) and id(m) not in held,
                _part_of_a_site(m.event.location))
        else:
            rank = lambda m: 0  # noqa: E731
        donors.sort(key=rank)  # stable: the most informative mention first among equals
        if not donors or donors[0] is own:
            continue
        if own.has(slot) and own in donors and rank(donors[0]) >= rank(own):
            continue  # no better than its own
        filled.update({c: getattr(donors[0].event, c) for c in columns})
    if filled.get("location", own.event.location) is not None and filled.get(
            "location_country", own.event.location_country) is None:
        # "The blast in the Tarmiyah district" after "north of Baghdad": a place the gazetteer cannot place lies in the
        # one country the other mentions' places are in
        countries = {m.event.location_country for m in cluster.mentions if m.event.location_country}
        if len(countries) == 1:
            filled["location_country"] = countries.pop()
    own = own.event
    mode = own.event_mode or next((m.event.event_mode for m in ranked if m.event.event_mode), None)
    return replace(own, **filled, event_mode=mode, mentions=len(cluster.mentions),
                   confidence=max(m.event.confidence for m in cluster.mentions))


def _landmarks(text: str, donors: list[_Mention]) -> set[int]:
    """The ids of the mentions whose place is told as a landmark the event lay away from ("north of Baghdad", "20 km
    from Goma"), when another mention names a place short of a country that it happened in ("The blast in the
    Tarmiyah district"), which goes before them."""
    away = {id(m) for m in donors if m.event.location_start is not None and _AWAY_FROM.search(
        text, max(0, m.event.location_start - _AWAY_CHARS), m.event.location_start) is not None}
    named = any(id(m) not in away and not _is_country(m.event) and not _nameless(m.event.location) for m in donors)
    return away if named else set()


_AWAY_FROM = re.compile(r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|\d\s*(?:km|kilomet(?:er|re)s?"
                        r"|miles?)\s+from)\s+(?:the\s+)?$", re.IGNORECASE)
_AWAY_CHARS = 24


def _regions_and_held(donors: list[_Mention]) -> tuple[set[int], set[int]]:
    """The ids of the mentions whose place is a region told as one that holds the named place of another mention,
    and of those mentions. Places are compared once per distinct place, not per pair of mentions (a cluster may
    have hundreds)."""
    by_place: dict[tuple, list[_Mention]] = {}
    for m in donors:
        e = m.event
        by_place.setdefault((e.location, e.location_country, e.location_admin1, e.location_lat), []).append(m)
    wide: set[int] = set()
    held: set[int] = set()
    for key, regions in by_place.items():
        if not _told_region(regions[0].event):
            continue
        for other, mentions in by_place.items():
            if other != key and _region_holds(regions[0].event, mentions[0].event):
                wide.update(id(m) for m in regions)
                held.update(id(m) for m in mentions)
    return wide, held


def _victims(mentions: list[_Mention]) -> set[tuple[int, int]]:
    """The spans of the targets that toll words give ("killing six soldiers"): victims, not what was struck."""
    toll = load_words().toll
    return {(m.event.target_start, m.event.target_end) for m in mentions
            if m.event.target_start is not None and m.form.split(" ")[0] in toll}


def _gone_into(mentions: list[_Mention]) -> frozenset[tuple[int, int]]:
    """The spans of the places attackers went into ("stormed a bar", "raided a church") whose sentence goes on to
    the people they turned on there ("… and opened fire on customers", "…, abducting 20 worshippers"): those
    people, not the building, are what the incident struck (but "stormed a hotel", then "The guests hid" a
    sentence later: the hotel; nor do the dead of its toll displace it, "stormed a base, killing 11 soldiers")."""
    words = load_words()
    no_turning = words.entered | words.toll  # (the dead of a toll, or another place gone into)
    people = {m.sentence for m in mentions if m.event.target and m.form.split(" ")[0] not in no_turning
              and _people(_Party(m.event.target.lower(), None))}
    return frozenset((m.event.target_start, m.event.target_end) for m in mentions
                     if m.form.split(" ")[0] in words.entered and m.sentence in people and m.event.target
                     and not _people(_Party(m.event.target.lower(), None)))


def _party_rank(m: _Mention, slot: str, victims: set[tuple[int, int]], fight: bool, label: bool = False,
                gone_into: frozenset[tuple[int, int]] = frozenset()) -> tuple[bool, ...]:
    """How well a mention tells a participant, the best lowest: a participant before a happening a trigger noun
    names ("asking citizens" before "calling for nationwide mobilization"; "shot him" before "clashes"), words that
    name someone before a pronoun or vague word ("At least 250 Israelis were killed … and dozens were taken
    hostage": the Israelis), a target the event struck before one it "also" struck ("wounding five officers. The
    blast also damaged several nearby homes": the officers), then for the target of an event that is no fight itself
    (`fight`: its own mention's form) anything before the other side of a fight it ended in ("killing 11 people … a
    shootout with officers"), what the attack struck before the victims of its toll ("crashed into a patrol, killing
    six"), unless it is the town it happened in, then the people attackers turned on before the place they went into
    (`gone_into`: "burst into a bar … and opened fire on customers", the customers), then a party the words name
    ("the Murrah Federal Building") before one they describe ("the building"). An actor that only labels an event
    noun in someone's words (`label`, "condemned the Boko Haram attack") goes after one the story's verb tells
    ("Two gunmen opened fire"), however named."""
    e = m.event
    surface = getattr(e, slot)
    victim = slot == "target" and (e.target_start, e.target_end) in victims
    party = _Party(surface.lower(), None)
    happening = (_head_word(surface) in load_words().nouns  # "calling for nationwide mobilization"
                 and not _struck(party) and not _people(party))  # a patrol is struck, not a happening
    fought = slot == "target" and not fight and m.form in FIGHTS
    further = slot == "target" and m.also and e.event_type in _INCIDENTS  # (not "also called on", another request)
    # a town struck by its name is where, told as a target only for want of another ("beheaded 11 villagers in a raid
    # on Mucojo"; not "Nacoba village", "the Quba-Baku highway": what a kind word tells was struck)
    placed = slot == "target" and e.event_type in _FIGHTING and e.location_start is not None and (
        e.target_start is not None) and (
        e.location_start <= e.target_start and e.target_end <= e.location_end) and not _struck(party)
    entered = slot == "target" and (e.target_start, e.target_end) in gone_into
    return happening, _vague(surface), label, further, fought, placed, victim, entered, not _names(surface)


def _labelled(text: str, m: _Mention) -> bool:
    """Whether a mention's actor is only a word before its event noun, in the noun's own phrase ("the Boko Haram
    attack", "today's Taliban attack", "the Islamic State's deadly bombing"), not the subject of a light verb ("ISIS
    launched attacks", "militants carried out an attack"), whose doing the text tells."""
    e = m.event
    if e.actor_end is None or e.actor_end > e.trigger_start or m.form not in load_words().nouns:
        return False
    between = _LABEL_GAP.fullmatch(text, e.actor_end, e.trigger_start)
    return between is not None and not any(w.lower() in _NOT_MODIFIERS for w in TOKEN.findall(between.group()))


def _when_or_where(m: _Mention, cluster: _Cluster) -> bool:
    """Whether a mention's actor is a time or a place of the cluster's mentions (`_named_time`, `_named_place`)."""
    return _named_time(m.event.actor) or _named_place(m.event, [o.event.location for o in cluster.mentions])


def _named_time(actor: str | None) -> bool:
    """Whether an actor's words end on a time ("Election Day", "Christmas Eve", "Tuesday", "last month"), no doer;
    not on a month or a time word in capitals, which may end a name ("Theresa May", "USA Today")."""
    words = TOKEN.findall(actor or "")
    return bool(words) and (words[-1] in load_lexicon().time or is_weekday(words[-1])
                            or len(words) > 1 and words[-1].lower() in _DAY_HEADS)


def _named_place(e: Event, places: list[str | None]) -> bool:
    """Whether the actor of an incident's noun, told right before it, is a place one of `places` ends on: where it
    happened ("Tuesday's Kabul attack" of an attack "in Kabul"), not who did it (but "the Trump rally" of a place
    misread as "Wisconsin Trump": the gazetteer knows no such place)."""
    if e.event_type not in _INCIDENTS or e.actor_end is None or not (
            e.actor_end <= e.trigger_start <= e.actor_end + _LABEL_CHARS) or _form(e.trigger) not in load_words().nouns:
        return False
    if geo.place_country(e.actor) is None:
        return False
    tail = re.compile(rf"(?:^|\s){re.escape(e.actor)}$", re.IGNORECASE)  # "Kabul" of "a bus station in Kabul"
    return any(place is not None and tail.search(place) is not None for place in places)


_DAY_HEADS = frozenset({"day", "eve"})  # last words of a named day ("Election Day", "Christmas Eve")
_LABEL_CHARS = 24  # characters from a noun's modifier to the noun ("Kabul's deadly attack")
_LABEL_GAP = re.compile(r"(?:['’]s?)?(?:\s+[a-z][a-z-]*){0,2}\s*")  # a possessive and adjectives ("'s deadly")
_NOT_MODIFIERS = GRAMMAR["light_verb"] | GRAMMAR["main_verb"] | GRAMMAR["be"] | GRAMMAR["determiner"]


def _vague(surface: str | None) -> bool:
    """Whether a participant's words name no one by themselves: pronouns, numbers and words such as "others",
    "more" ("I'm", "five more", "dozens of others")."""
    if surface is None:
        return True
    closed = _closed()
    return all(w[:1].isdigit() or w in closed or _APOSTROPHE.split(w)[0] in closed
               for w in TOKEN.findall(surface.lower()) if w[:1].isalnum())


@cache
def _closed() -> frozenset[str]:
    """Words that name no participant: pronouns, determiners, numerals and vague words ("others")."""
    words, numerals = load_words(), numbers.lexicon()
    return (words.pronouns | words.vague | words.definite | _ARTICLES | frozenset(numerals.words)
            | frozenset(numerals.scales))


def _days_within(donors: list[_Mention]) -> set[int]:
    """The ids of the mentions dated to a day by their context that lies within the coarser dates (a week, a month)
    every mention dated by its own words gives; empty when none is so dated."""
    told = [period(m.event.date, m.event.date_precision) for m in donors if m.event.date_source == "text"]
    if not told or any(first == last for first, last in told):
        return set()
    first, last = max(f for f, _ in told), min(la for _, la in told)  # the days all of them hold
    return {id(m) for m in donors if m.event.date_source == "context" and m.event.date_precision == "day"
            and first <= m.event.date <= last}


def _source_rank(e: Event) -> int:
    """How close to the text an event's date is: its own words, its context, the dateline, the publication."""
    return DATE_SOURCES.index(e.date_source) if e.date_source in DATE_SOURCES else len(DATE_SOURCES)


def _names(surface: str | None) -> bool:
    """Whether a participant's words name it (a capitalised word other than a determiner or pronoun opening a
    sentence): "the Murrah Federal Building", not "others", "The boat", "Our troops" or "Suicide bombers" (but "US",
    in capitals)."""
    words, lex = load_words(), load_lexicon()
    return surface is not None and any(
        w[:1].isupper() and w.lower() not in words.definite and w.lower() not in _ARTICLES
        and (_APOSTROPHE.split(w)[0].lower() not in words.pronouns or len(w) > 1 and w.isupper())
        and not _common_party_noun(w.lower(), lex) and not (n == 0 and w.lower() in words.undescribed)
        for n, w in enumerate(TOKEN.findall(surface)))


def _common_party_noun(word: str, lex: Lexicon) -> bool:
    """Whether a word is a common noun for people ("Gunmen", "Police" opening a sentence), not a name."""
    return any(lex.in_class(word, c) for c in _COMMON_PARTY_CLASSES)


def _mention_record(doc: Doc, m: _Mention, event_id: str) -> EventMention:
    e = m.event
    sentence = doc.sentences[m.sentence]
    return EventMention(
        mention_id=stable_hash(e.article_id, "mention", e.trigger_start, e.trigger_end), event_id=event_id,
        article_id=e.article_id, trigger=e.trigger, trigger_start=e.trigger_start, trigger_end=e.trigger_end,
        sentence_start=sentence.start, sentence_end=sentence.end,
    )
