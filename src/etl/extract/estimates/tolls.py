"""One toll per incident: the figures a story tells of one toll after it are readings of it, not more dead.

A story opens with its toll ("Six people have been killed in two days of violence") and then tells it again, spelled
out by day, place or hospital ("Four were shot dead on Saturday. On Sunday, another two men were shot dead"), by the
people it counts ("The five civilians killed included a pastor" after "Seven people, including two police officers"),
or as it was first reported ("The ministry had earlier reported five dead" beside a toll of nine). A sum of the dead
counts the toll once: these rules find the figures that only read it again, for `told_again` to keep aside.
"""
from __future__ import annotations

from collections.abc import Callable

from etl.extract.estimates.categories import is_grown_toll, other_day, two_days
from etl.extract.estimates.items import DEFINITE, TOLLED, Count
from etl.extract.estimates.lexicon import Lexicon
from etl.extract.estimates.links import one_incident
from etl.extract.estimates.more_dead import ADDED, armed, opens_with_time, says_also, told_as_more
from etl.extract.estimates.reported import told_as_first_toll
from etl.records import Event

# a sentence of another incident or matter ("Separately, …", "In a separate attack", "Elsewhere, …")
_ELSEWHERE = frozenset({"separately", "separate", "elsewhere", "meanwhile", "similar", "previous", "earlier",
                        "last"})
# nouns of an incident as a whole that "another" tells apart ("In another attack"; not "Another strike hit a bus stop",
# which may be one of the strikes a toll is of)
_INCIDENTS = frozenset({"attack", "incident", "ambush", "raid", "bombing", "shooting", "massacre"})

# "The ministry had earlier reported five dead", "State media had previously said 58 people were killed": a report
# before the story's newer toll, in the past perfect with an adverb of first telling (not "had been killed", the dead
# of before the news, nor "had said" alone, which tells a source's figure as the story's)
_PAST_PERFECT = "had"
_FIRST_ADVERBS = frozenset({"earlier", "previously", "initially", "originally", "first"})
_TOLD = frozenset({"said", "reported", "put", "given", "gave", "announced", "estimated", "stated", "told", "counted",
                   "confirmed", "listed", "recorded"})
_CLAUSE_BOUNDS = frozenset({",", ";", ":", "but", "while", "whereas"})
_TOLD_REACH = 8  # words before a count its clause's report may be ("had earlier said on state television that 58")

# a definite count told again ("the five civilians killed", "the two soldiers"): people the story counted already,
# unless told as the rest of them ("the other three", "the remaining two")
_DEFINITE = DEFINITE | {"all"}


def _words_before(c: Count, reach: int) -> list[str]:
    """The words of a count's clause before it, up to `reach` of them, lower-cased."""
    words = c.sentence.words[max(0, c.first - reach):c.first]
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower() in _CLAUSE_BOUNDS), -1)
    return [w.lower() for w in words[k + 1:]]


def _told_more(c: Count) -> bool:
    """Whether a count is told as more than the figures before it ("another two men", "three more", "two others") or
    beside them ("Two soldiers were also killed"): after a toll, the first such figure is more dead; after a part of
    the toll, it is the toll's next part."""
    return told_as_more(c) or says_also(c.sentence)


def _of_another_incident(c: Count) -> bool:
    """Whether a count's sentence tells of another incident or matter than the toll before it ("Separately, …", "In
    another attack, a roadside bomb killed two soldiers")."""
    before = [w.lower() for w in c.sentence.words[:c.first]]
    return any(w in _ELSEWHERE for w in before) or any(
        w == "another" and k + 1 < len(before) and before[k + 1] in _INCIDENTS for k, w in enumerate(before))


def reported_first(counts: list[Count], incident_of: Callable[[Count], Event | None]) -> list[Count]:
    """The figures a story tells as reported first, in the past perfect with an adverb of first telling ("The agency
    had earlier reported seven dead", "Officials had previously said 40 miners were killed"), beside a figure of their
    kind that differs: an older reading of the toll, not more dead (the newer one is the story's); and so are those
    its clause names a first toll ("An initial toll had spoken of eight dead"), beside one of another sentence and of
    its incident. `incident_of` gives a count's event (the counts have none of their own yet)."""
    found = []
    for c in counts:
        if c.category not in TOLLED:
            continue
        before = _words_before(c, _TOLD_REACH)
        told = next((k for k, w in enumerate(before) if w in _TOLD), None)
        named_first = told_as_first_toll(c)  # ("An initial toll given on Monday had spoken of eight dead")
        if not named_first and (
                told is None or _PAST_PERFECT not in before[:told] or _FIRST_ADVERBS.isdisjoint(before[:told + 1])):
            continue
        if any(o is not c and o.category == c.category and o.amount != c.amount and not _told_more(o)
               and (not named_first or o.sentence is not c.sentence and _same_incident(c, o, incident_of))
               for o in counts):
            found.append(c)
    return found


def _same_incident(first: Count, other: Count, incident_of: Callable[[Count], Event | None]) -> bool:
    """Whether a figure may be a newer reading of the toll a first one was named ("The initial toll of the attack on
    Monday was three dead"): not a figure of another day or told as of another incident ("In a separate attack on
    Tuesday, four soldiers were killed"), nor of an event told apart from the first one's (a roundup's next story:
    "its initial assessment was that the strike killed three militants" in Somalia, before a shooting in Honduras)."""
    events = incident_of(first), incident_of(other)
    return one_incident(*events, told=True) and not two_days(*events) \
        and not _of_another_incident(other)


def _of_armed_side(c: Count, lex: Lexicon) -> bool:
    """Whether a count's noun is of the attackers or of an armed group ("two ADF fighters", "five militants"): dead a
    toll of others does not hold."""
    return c.np_end > c.np_start and armed(c.sentence.words[c.np_head - 1], lex)  # (the perpetrators among them)


def _of_attackers(c: Count, lex: Lexicon) -> bool:
    """Whether a count's noun is of the attackers ("the four gunmen", "two of the assailants"): dead a toll of their
    victims does not hold unless it says so ("37 people, including 12 of the attackers")."""
    words = c.sentence.words
    return c.np_end > c.np_start and words[c.np_head - 1] in lex.perpetrators


def spelled_out(kept: list[Count], lex: Lexicon) -> list[Count]:
    """The figures of later sentences that spell out a toll told before them: by day ("Six people have been killed in
    two days" then "Four … on Saturday" and "On Sunday, another two …"), by person ("Three men were killed over the
    weekend" then "Two were shot dead … A third man was stabbed"), by place of death; two or more figures summing to
    it, each in a sentence after the toll, of no other incident, no list cut by the sum. The first of them told as more
    ("another", "also") is more dead, not a part; after a part, "another" is the toll's next part, when the toll is of
    a span of days, not of one day ("killed 5 people in Kabul on Monday. In Kandahar, 3 … In Herat, 2 more": 10). A
    toll told as grown or over a span of days ("bringing to eight the number of workers killed") holds what its later
    figures tell of it even short of it ("Six bodies were recovered on Saturday"; not more dead than it, nor more told
    on a day of their own: "On Monday, a man was killed"), and is of the days it grew over ("rose to 17 on Tuesday"
    holds "shot dead 13 men on Monday" and "Four more died overnight", the four it grew by told again). A toll of two
    days joined ("on Saturday and Sunday") or of incidents counted ("in two raids") is spelled out day by day too. The
    attackers' dead are no part of a toll of others."""
    found: list[Count] = []
    open_tolls: dict[str, tuple[Count, list[Count], float]] = {}
    told_over_days: dict[int, bool] = {}  # per sentence, read once (a long sentence may hold thousands of counts)
    for c in kept:
        if c.category not in TOLLED:
            continue
        toll, parts, total = open_tolls.get(c.category, (None, [], 0.0))
        if toll is not None and _of_armed_side(c, lex) and not _of_armed_side(toll, lex):
            continue  # ("had killed two ADF fighters in a clash" after "The death toll … has risen to 43")
        holds = toll is not None and (toll.spell or is_grown_toll(toll))
        # (a toll that grew is of the days it grew over: "rose to 17 on Tuesday" holds "shot dead 13 men late on
        # Monday" and "Four more died overnight", the four it grew by told again)
        spanning = toll is not None and (holds or _of_days(toll, told_over_days))
        if toll is None or c.sentence.index <= toll.sentence.index or total + c.amount > toll.amount \
                or _told_more(c) and (not parts or not spanning and not _the_rest(c)) \
                or _of_another_incident(c) or not spanning and other_day(toll, c) and not _of_the_wounded(c) \
                or holds and opens_with_time(c) or _cuts_a_list(c, parts, toll):
            if holds and parts and (total + c.amount <= toll.amount or c.sentence.index != parts[-1].sentence.index):
                # (the parts told before more dead on a day of their own, or in another place told after them; not a
                # list that passes the toll: "Twelve were killed on Friday and five more died in a second attack")
                found += parts
            open_tolls[c.category] = (c, [], 0.0)
            continue
        parts = parts + [c]
        total += c.amount
        if total == toll.amount and len(parts) > 1:
            found += parts
            del open_tolls[c.category]
        else:
            open_tolls[c.category] = (toll, parts, total)
    for toll, parts, _ in open_tolls.values():
        if parts and (toll.spell or is_grown_toll(toll)):
            found += parts
    return found


# words of a toll's sentence that tell it over days, whatever day its event is dated to ("over the weekend")
_SPAN_WORDS = frozenset({"weekend", "days", "week", "nights"})


def _of_days(toll: Count, told_over_days: dict[int, bool]) -> bool:
    """Whether a toll is told over a span of days ("in two days", "over the weekend", "this week"): its parts may be
    told day by day, each after the one before ("Four … on Saturday. On Sunday, another two …"). `told_over_days`
    keeps, per sentence, whether its words tell such a span."""
    sent = toll.sentence
    if sent.index not in told_over_days:
        low = [w.lower() for w in sent.words]
        told_over_days[sent.index] = not _SPAN_WORDS.isdisjoint(low) or _days_joined(low) or _incidents_counted(low)
    return toll.spell or told_over_days[sent.index]


def _days_joined(low: list[str]) -> bool:
    """Whether words (lower-cased) join two days as the span a toll is of ("on Saturday and Sunday", "between Friday
    and Sunday", "from Monday to Wednesday"), not a day of the incident beside the day it was told ("killed 5 on
    Monday, police said on Tuesday")."""
    return any(a in _WEEKDAYS and b in _DAY_JOINERS and c in _WEEKDAYS for a, b, c in zip(low, low[1:], low[2:]))


def _incidents_counted(low: list[str]) -> bool:
    """Whether words (lower-cased) count the incidents a toll is of, two or more ("in two attacks", "in 3 raids on
    villages"): its parts are told incident by incident, each on its day and in its place."""
    return any(b in _INCIDENT_PLURALS and (a in _SEVERAL_WORDS or a.isdigit() and int(a) > 1)
               for a, b in zip(low, low[1:]))


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_DAY_JOINERS = frozenset({"and", "to", "through", "till", "until"})
_INCIDENT_PLURALS = frozenset({"attacks", "raids", "ambushes", "bombings", "shootings", "strikes", "assaults",
                               "incidents", "massacres", "explosions", "blasts"})
_SEVERAL_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "separate",
                            "twin", "several", "multiple", "coordinated"})


def _of_the_wounded(c: Count) -> bool:
    """Whether a count picks out some of the wounded ("Three of the wounded died overnight", "two of the injured"):
    the incident's own dead, on whatever day they died."""
    words = c.sentence.words
    return c.after + 2 < len(words) and words[c.after].lower() == "of" and words[c.after + 1].lower() == "the" \
        and words[c.after + 2].lower() in _WOUNDED_NOUNS


_WOUNDED_NOUNS = frozenset({"wounded", "injured", "hurt"})


def _the_rest(c: Count) -> bool:
    """Whether a count told as others is the rest of the parts before it ("Three others succumbed in hospital" after
    "Four soldiers died at the scene"), not more ("another", "more", "also")."""
    words = c.sentence.words
    near = set(words[max(0, c.first - _OTHERS_REACH):c.first])
    after = words[c.after] if c.after < len(words) else ""
    return not says_also(c.sentence) and (after in _OTHERS or bool(near & _OTHERS)) \
        and ADDED.isdisjoint(near - _OTHERS) and after not in ADDED - _OTHERS


_OTHERS = frozenset({"other", "others"})
_OTHERS_REACH = 2  # words before a count that may tell it as others ("the other three", "two other men")


def _cuts_a_list(c: Count, parts: list[Count], toll: Count) -> bool:
    """Whether a count is of a list that passes what is left of the toll ("Two policemen were killed. Police said the
    police chief, his deputy, and 4 soldiers were killed": the list is more dead, not the toll told again)."""
    if not c.joined_total:
        return False
    before = sum(p.amount for p in parts if not (p.sentence is c.sentence and p.joined_first == c.joined_first))
    return before + c.joined_total > toll.amount


def told_definite(kept: list[Count], lex: Lexicon) -> list[Count]:
    """The figures told as definite people after a toll of an earlier sentence that holds them: "The five civilians
    killed included a pastor" after "Seven people, including two police officers, were killed", "the two soldiers
    died in hospital" after "killing four soldiers". The article tells people the reader knows of, no more dead (not
    "the other three" or "the remaining two", the rest of a part told before; nor the attackers after a toll of their
    victims: "left nine people dead, not counting the attackers … killing the six attackers")."""
    found = []
    # per category and whether they are the attackers: the largest figure so far
    largest: dict[tuple[str, bool], Count] = {}
    for c in kept:
        if c.category not in TOLLED:
            continue
        words = c.sentence.words
        kind = (c.category, _of_attackers(c, lex))
        seen = largest.get(kind)
        if seen is not None and seen.sentence.index < c.sentence.index and c.amount <= seen.amount \
                and not c.singular and c.first > 0 and words[c.first - 1].lower() in _DEFINITE \
                and not _told_more(c) and not _doers_of(c, seen):
            found.append(c)
            continue
        if seen is None or c.amount > seen.amount:
            largest[kind] = c
    return found


def _doers_of(c: Count, toll: Count) -> bool:
    """Whether a definite count's people are those its toll's sentence names before the toll, its doers ("The two
    brothers were shot dead" after "The brothers killed 12 people"), not its dead."""
    if c.np_end <= c.np_start:
        return False
    head = c.sentence.words[c.np_head - 1].lower()
    return any(w.lower() == head for w in toll.sentence.words[:toll.first])
