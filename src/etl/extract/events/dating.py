"""The dates of a sentence → the trigger each one dates."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from functools import cache
from itertools import compress

from etl.extract import geo
from etl.extract.dates import PRECISIONS, DateMention, holdable, is_weekday, names_holiday
from etl.extract.events.items import PERFECT_AUXILIARIES, Candidate, SentenceTokens
from etl.extract.events.lexicon import ARTICLES, CHARGES, DATE_PREPOSITIONS, OCCURRENCE, OPENING_WORDS, Lexicon
from etl.extract.events.modality import is_past
from etl.extract.events.participants import infinitive
from etl.extract.text import OPENING_QUOTE_MARKS, Enclosures
from etl.extract.wordlists import tsv_rows

_DATE_REACH = 8          # most tokens between a trigger and a date of its own
_CLAUSE_REACH = 20       # … or between a trigger and a date after it in its clause, no other trigger between
_WHEN_REACH = 8          # most tokens between "when" and the first trigger of the clause it opens
_WHEN_WORDS_REACH = 12   # … past words only ("when the vehicle they were travelling in ran over a mine")
_SUBJECT_GAP = 2  # words between an event noun and the verb it is the subject of ("strike reportedly killed")
_SUBJECT_PHRASE_GAP = 8  # … past the noun's prepositional phrases ("attack on a school in Homs killed")
_NOUN_PHRASE_PREPOSITIONS = frozenset({"on", "in", "at", "near", "against", "outside", "inside"})
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "and", "or", "but", "when", "while", "as"})
_YEAR_REACH = 3          # most tokens from a year to the event noun it modifies ("the 2001 terrorist attacks")
_MIN_MODIFIER_YEAR, _MAX_MODIFIER_YEAR = 1900, 2099
# Words that open what follows a trigger's clause, as its punctuation does ("clashed with police in Minsk and other
# cities on Sunday night after the results gave …").
_AT_ONCE = frozenset({"as", "when", "while"})  # subordinators of a clause at the time of the clause before it
_CLAUSE_AFTER = frozenset({"after", "before", "ahead", "when", "as", "while", "because", "since", "until", "amid"})
# Prepositions of a phrase that may follow a date closing its trigger's clause ("rallied in Tel Aviv for a tenth
# straight week on Saturday against the overhaul", "was convicted by a jury on Monday of the murder": the verdict's day,
# not the murder's)
_PHRASE_AFTER = frozenset({"against", "over", "in", "at", "outside", "near", "to", "for", "of"})
# prepositions of a phrase of reason, means or manner that may close a clause after its day ("arrested four men in
# Baramulla on Tuesday on suspicion of …", "shelled the town on Monday with heavy artillery", "was shot in Tela on
# Friday by two men"): the day is still the clause's, however long the object and place before it
_ADJUNCT_AFTER = frozenset({"on", "with", "by", "under", "without", "despite", "during", "following"})
_COORDINATORS = frozenset({"and", "but"})
_COORDINATED_GAP = 3  # tokens from "and" to the verb it coordinates ("and then clashed")
_YEAR_DETERMINERS = frozenset("the a an its his her their our this that".split())


_CHARGE_REACH = 3  # words between a charge and a date after the act it names ("charged with murder on Saturday")


def assign_dates(sent: SentenceTokens, candidates: list[Candidate], dates: list[DateMention], lex: Lexicon,
                 cues: Enclosures, charged: frozenset[int]) -> dict[int, DateMention]:
    """Which date goes with which trigger. A date that opens the sentence ("On 9 May 2020, …") dates every
    event in it; any other date dates only the nearest trigger of its clause, a few words away ("signed
    in June", "seized on December 26th"). A date right after a reporting verb ("confirmed on Friday")
    dates the speech, not an event. A date followed by "when" dates the event of the clause "when" opens too
    ("in 2017, when a general was killed"). A year that modifies an event noun dates it ("the 2012 attacks").
    `charged`: the first tokens of the triggers no date of the sentence dates, since they happened before it (what
    someone is charged with or an anniversary recalls: `charged_with`, `remembered`)."""
    out: dict[int, DateMention] = {}
    dates = _nights_of_days(dates)
    opening = None
    since: tuple[int, DateMention] | None = None  # the comma closing an opening "since" clause of an event, its date
    starts = [s for s, _ in sent.spans]
    firsts = [c.first for c in candidates]
    _year_modifiers(sent, candidates, firsts, out)
    # "arrested the mastermind of the 2019 bombings in Colombo on Friday": a noun its year dates takes no other date
    own_year = frozenset(out)
    segment = _segments(sent, lex) if dates else []  # (asked for the dates only: most sentences of events have none)
    heading = _heading_end(sent)
    before: set[int] = set()  # the triggers dated so far by a date before them, which one after them may replace
    occasions: dict[int, DateMention] = {}  # trigger → the day its object is for ("sent a New Year's message")
    for at, mention in enumerate(dates):
        k = bisect_left(starts, mention.start)
        end = bisect_left(starts, mention.end)
        next_date = bisect_left(starts, dates[at + 1].start) if at + 1 < len(dates) else len(starts)
        if _compared_since(sent, k, mention):
            # "the deadliest militant attack in Britain since 2005": the bound of a comparison, no date of it; but of
            # the clause "when" opens after it ("the first death of a general since 2017, when a colonel was killed")
            when = _when_clause(sent, end, firsts, next_date)
            if when is not None and mention.date is not None:
                out.setdefault(candidates[when].first, mention)
            bound = _since_clause_trigger(sent, k, firsts)
            if bound is not None and mention.date is not None and not mention.text.lower().startswith("since"):
                # "the worst bombing since the army seized power in May 2019": the date of the event the comparison
                # counts from, told by its own clause
                out.setdefault(firsts[bound], mention)
            continue
        if _counts_from_what_follows(sent, end, mention):
            _date_by_interval(sent, candidates, firsts, mention, k, end, dates, out, lex)
            continue
        if _modifies_noun(sent, k, end, lex) or _possessive_day(sent, k, end, mention):
            _date_of_noun(sent, candidates, firsts, end, mention, out)
            continue
        noun = _noun_after_dated_comma(sent, candidates, firsts, k, end, mention) or _noun_of_occurrence_clause(
            sent, candidates, firsts, k)
        if noun is not None:
            # "for the March 11, 2004, bombings", "the siege of the mall, which began on September 21": the noun's day
            out.setdefault(noun.first, mention)
            continue
        when = _when_clause(sent, end, firsts, next_date)
        if when is not None and mention.date is not None:
            out.setdefault(candidates[when].first, mention)
        opened = _opens_clause_after(sent, k, end, firsts)
        if opened is not None:
            # "protested after the previous day 40 prisoners were killed": the date of the clause it opens
            out.setdefault(candidates[opened].first, mention)
            continue
        if _dates_speech(sent, k, lex, cues):
            verb = _word_before_date(sent, k)
            spoken = bisect_left(firsts, verb)
            if spoken < len(firsts) and firsts[spoken] == verb and verb not in charged:
                out.setdefault(verb, mention)  # "promised on Friday to withdraw": the promise's own day
            continue
        complement = _complement_of_verb_after(sent, candidates, firsts, k, end, lex) if mention.date else None
        if complement is not None and complement.first not in charged:
            out.setdefault(complement.first, mention)  # (and whatever else it dates: "Starr in 1994 took over the
            # investigation and investigated the circumstances")
        if mention.date is not None and mention.shift is None and _opens_conjoined_clause(sent, k) and any(
                c.first >= end for c in candidates):
            # "Lyari has seen gang warfare for years, and in 2013 more than 40 people were killed": the date of the
            # clause it opens, however far its verb comes
            for cand in candidates:
                if cand.first >= end and cand.first not in charged:
                    out.setdefault(cand.first, mention)
            continue
        if all(c.first < heading for c in candidates if c.first <= k) and _opens_clause(sent, k, mention, lex) and (
                opening is None or _pins_down(sent, opening, mention, k)):
            opening = mention  # (or the day set off after a vaguer one: "Last week, on Aug. 13, …")
            continue
        if since is None and _since_event(sent, end, mention):
            since = end, mention  # "Since Russia's invasion of Ukraine in 2022, North Korea and Russia have …"

        def distance(c: Candidate) -> tuple[bool, int, bool]:
            # a date phrase follows its verb ("signed in June came into effect"), so a trigger after the
            # date counts double its distance; only a date right before an event noun ("June talks") is its own;
            # one past a conjunction that opens a clause after the date is the clause's ("fired tear gas … on
            # Tuesday as hundreds of thousands marched": the firing's date, which the march shares)
            after = c.first >= end
            # (and an event noun in a phrase the date runs on into, "raided 20 properties across six states on
            # Wednesday in an investigation": the frame of the act, which the verb's date does not date)
            # (and a verb coordinated after it, "blocked highways across the region on Thursday and clashed with
            # police": the date closes the predicate before "and", which the verb after it shares)
            # (and the verb after "were" or "have": the date ends the subject, a participle's or a relative clause's,
            # "schoolgirls kidnapped by Boko Haram in 2014 were freed on Saturday", "Gunmen who abducted 28 passengers
            # last week have freed all of them")
            crossed = after and end < len(sent.lower) and (
                sent.lower[end] in _CLAUSE_AFTER or sent.lower[end] in _PHRASE_AFTER and c.sense.pos == "noun"
                or sent.lower[end] in _COORDINATORS and c.sense.pos == "verb" and c.first - end <= _COORDINATED_GAP
                or c.sense.pos == "noun" and c.first > end and _verb_of_subject(sent, end, lex)
                or sent.lower[end] in lex.be or sent.lower[end] in PERFECT_AUXILIARIES
            ) or (not after and _clause_between(sent, c.last, k, lex))
            return segment[c.first] != segment[k] or crossed, 2 * (c.first - end) + 1 if after else k - c.last, after

        def otherwise_dated(c: Candidate) -> bool:
            return c.first in own_year and not _refines(out[c.first], mention)

        # Triggers are in order and apart, so only the last one before the date and the first after it can
        # be nearest, besides the last one before it in its own clause (behind any in the date's words):
        # a long sentence of many dates and triggers costs no more than their number.
        after = bisect_left(firsts, end)
        if after and otherwise_dated(candidates[after - 1]) and k - candidates[after - 1].last <= _RIGHT_AFTER:
            continue  # "the 2019 bombings on Easter Sunday": that year's Easter, no date of another act
        own = after - 1
        while own >= 0 and (segment[candidates[own].first] > segment[k] or otherwise_dated(candidates[own])):
            own -= 1
        uncharged = after - 1  # "was charged with murder on Saturday": the charge, past the act it names
        while uncharged >= 0 and (candidates[uncharged].first in charged or otherwise_dated(candidates[uncharged])):
            uncharged -= 1
        if uncharged >= 0 and k - candidates[uncharged].last > _CHARGE_REACH and not _right_after_charges(
                candidates, charged, uncharged, k):
            act = candidates[after - 1] if after and candidates[after - 1].first in charged else None
            if act is not None and _charging(sent, candidates[uncharged]) and act.first not in out:
                out[act.first] = mention  # "is accused of killing nine people inside the church in June 2015": the
                continue  # act's date, far past the charge
            # (but "arrested a man accused of killing a trader in Kano on Monday": the day of the arrest, an act of
            # that day the charge describes its man by)
            if act is None or _charging(sent, candidates[uncharged]):
                uncharged = -1
        relative = _relative_clause_end(sent, k, end)
        near = [candidates[j] for j in (own, after - 1, after, uncharged) if 0 <= j < len(candidates)
                and candidates[j].first not in charged and not otherwise_dated(candidates[j])
                and not (relative is not None and candidates[j].first > relative)]
        if not near:
            continue
        nearest = min(near, key=distance)
        apart, reach, follows = distance(nearest)
        if not follows and mention.precision in _PAST_PERIODS and _for_the_crime(sent, nearest, k, lex):
            continue  # "sentenced him to 21 years for killing 77 people last year": the killing's year, no verdict's
        if not follows and opening is not None and any(
                sent.lower[j] == "to" and infinitive(sent, j + 1, lex) for j in range(nearest.last, k - 1)):
            continue  # "Last Friday, the parties agreed to hold a referendum in April": the referendum's month; the
            # agreement takes the day the sentence opens with
        if not follows and _relative_verb_between(sent, nearest.last, k, lex):
            continue  # "abducting a bank manager, who was released two days later": the release's date, no abduction's
        if not follows and _clause_between(sent, nearest.last, k, lex, _AT_ONCE):
            continue  # "the biggest day of protests since the movement began in January": the clause's date (but
            # "than Congress had demanded when it created the program in 2007": the time of both)
        # a date that ends its trigger's clause after the object and the place ("stormed a police station in the
        # southern city of Karachi late Tuesday") is the trigger's, however long the phrases between
        own_clause = (not apart and not follows and k - nearest.last - _aside_words(sent, nearest.last, k, lex)
                      <= _CLAUSE_REACH
                      and (end >= len(sent.words) or not sent.is_word(end) or sent.lower[end] in _CLAUSE_AFTER
                           or sent.lower[end] in _PHRASE_AFTER  # "… on Saturday against the overhaul"
                           or sent.lower[end] in _ADJUNCT_AFTER  # "… on Tuesday on suspicion of smuggling arms"
                           or sent.lower[end] in PERFECT_AUXILIARIES  # "who abducted … last week have freed"
                           or _next_predicate(sent, end, lex) and not any(  # "… on Tuesday and held staff hostage"
                               sent.lower[j] == "to" and infinitive(sent, j + 1, lex) for j in range(nearest.last, k)))
                      # "The assault … began at dawn on …"
                      or not follows and occurred_at(sent, nearest, mention, lex)
                      # "… shot dead outside his house in the village of Las Flores on Friday night by two men"
                      or not apart and not follows and _at_an_hour(sent, k, mention))
        if (reach <= _DATE_REACH or own_clause or follows and (_light_object(sent, end, nearest, lex)
                                                                or _with_absolute(sent, end, nearest))) and (
                nearest.first not in out or _refines(out[nearest.first], mention)
                or nearest.first in before and not follows and reach <= _RIGHT_AFTER):
            if _names_occasion(sent, k, end, mention):
                occasions.setdefault(nearest.first, mention)  # dates it only where no day of the clause does
                continue
            out[nearest.first] = mention  # (a date right after its trigger is its own, before one that came before it:
            # "the abuse in Cologne on New Year's Eve and the attacks today")
            if follows:
                before.add(nearest.first)
            else:
                before.discard(nearest.first)
    _date_relative_to_event(sent, candidates, out, starts)
    if opening:
        own = frozenset(out)  # the triggers a date of their own dates
        for n, cand in enumerate(candidates):
            if cand.first not in charged and not (n and _result_of_dated(sent, candidates[n - 1], cand, own)):
                out.setdefault(cand.first, opening)
    if since:
        # the clause after it tells what has gone on since that event: its time counts from the event's date, as
        # after "Since 2022, …"
        for cand in candidates:
            if cand.first > since[0] and cand.first not in charged:
                out.setdefault(cand.first, since[1])
    _date_listed_predicates(sent, candidates, dates, starts, out, lex, cues)
    for first, mention in occasions.items():
        out.setdefault(first, mention)  # "sent a New Year's message to Kim" (but "… to Kim on Tuesday": Tuesday)
    for cand in candidates:  # "came into effect recently": lately, not when the event beside it happened
        if cand.first not in out:
            vague = _recency(sent, cand)
            if vague is not None:
                out[cand.first] = vague
    return out


def _at_an_hour(sent: SentenceTokens, k: int, mention: DateMention) -> bool:
    """Whether the day at token k is told with its hour or its part ("on Saturday night", "at about 9.40pm on
    Sunday", "in the early hours of Tuesday"): the time an act happened, which a speech or a report is seldom told
    by, so it dates the act its clause tells past the act's object, place and phrases, whatever word follows it."""
    if mention.precision != "day" or mention.shift is not None or mention.date is None or not (
            k > 0 and sent.lower[k - 1] in _HOUR_WORDS):
        return False  # (a day a noun runs on into, "the incident Sunday evening", is that noun's)
    if any(w in _PARTS_OF_DAY for w in mention.text.lower().split()[1:]):
        return True
    for j in range(k - 1, max(-1, k - 1 - _HOUR_REACH), -1):
        if sent.lower[j] in _PARTS_OF_DAY or _CLOCK.fullmatch(sent.lower[j]) or (
                sent.lower[j] == "hours" and sent.lower[j + 1] == "of" and sent.lower[j - 1] in _SMALL_HOURS):
            return True
        if sent.lower[j] not in _HOUR_WORDS:
            return False  # (not "to work four hours on Saturday": a span of hours, no time of day)
    return False


_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "dawn", "dusk", "daybreak", "nightfall", "noon",
                           "midday", "midnight"})
_SMALL_HOURS = frozenset({"early", "small", "wee", "late"})  # "in the early hours of", "in the small hours of"
_CLOCK = re.compile(r"\d{1,2}(?:[.:]\d\d)?(?:am|pm|a\.m\.?|p\.m\.?|hrs|gmt)|am|pm|a\.m\.?|p\.m\.?|hrs|gmt")
_HOUR_WORDS = frozenset({"on", "of", "the", "early", "late", "about", "around", "approximately", "at", "shortly",
                         "just", "after", "before"})  # between an hour and its day ("6.15pm on", "hours of")
_HOUR_REACH = 4  # tokens before a day searched for its hour ("in the early hours of", "at about 6.15pm on")


def _nights_of_days(dates: list[DateMention]) -> list[DateMention]:
    """The sentence's dates, "overnight" dated by the day the sentence writes out, if any: "On 3 August 2018,
    assailants set fire to a school overnight", "08/03/2018: ... overnight" tell the night of that day, not the night
    before the story was published."""
    day = next((m for m in dates if m.precision == "day" and m.date and m.shift is None and _WRITTEN_DAY.search(m.text)
                and m.text.lower() != _OVERNIGHT), None)
    if day is None:
        return dates
    return [replace(m, date=day.date, precision="day", shift=None) if m.text.lower() == _OVERNIGHT else m
            for m in dates]


_OVERNIGHT = "overnight"
_WRITTEN_DAY = re.compile(r"\d")  # a day written with its number ("3 August 2018", "08/03/2018"), not "on Sunday"


def _complement_of_verb_after(sent: SentenceTokens, candidates: list[Candidate], firsts: list[int], k: int, end: int,
                              lex: Lexicon) -> Candidate | None:
    """The first event of the complement of a verb in the past, no trigger, that a date between it and its subject
    dates ("A court in Minsk on Monday sentenced the reporter, a journalist of a banned channel, to eight years in
    prison": the prison term of Monday's sentence), however long the asides before it; else None. Not past a clause
    the complement ends with ("on Monday dismissed the officers who had beaten the protesters"), nor an infinitive
    ("on Monday vowed to attack")."""
    if k == 0 or end >= len(sent.lower) or not sent.is_word(k - 1) or not sent.words[end].islower() or (
            not is_past(sent, end, lex) or sent.lower[end] in lex.reporting or sent.lower[end] in lex.be
            or sent.lower[end] in PERFECT_AUXILIARIES):
        return None
    n = bisect_left(firsts, end)
    subject = bisect_left(firsts, k) - 1  # an event the subject names, the date closing it ("The bombing on Sunday
    # prompted a crackdown": the bombing's day)
    if subject >= 0 and not any(sent.lower[j] in lex.clause or not sent.is_word(j) for j in range(firsts[subject], k)):
        return None
    if n == len(candidates) or firsts[n] == end or firsts[n] - end > _COMPLEMENT_REACH or (
            sent.lower[firsts[n] - 1] == "to" and candidates[n].sense.pos == "verb"):
        return None
    if any(sent.lower[j] in lex.clause or sent.lower[j] in _CLAUSE_AFTER or sent.lower[j] in _COORDINATORS
           or sent.lower[j] in lex.reporting for j in range(end + 1, firsts[n])):
        return None
    # the state the verb puts its object in ("to ten years in jail", "into custody"), or its object right after it;
    # not what it is over or for ("paraded 12 suspects over the kidnapping of …": an act before the parade)
    first = firsts[n]
    before = first - 1 if sent.lower[first - 1] not in ARTICLES else first - 2
    into = sent.lower[first] in _INTO or sent.lower[before] in _INTO | {"to"}
    right_after = first - end <= _OBJECT_REACH and all(
        sent.is_word(j) and sent.words[j].islower() for j in range(end + 1, first))
    return candidates[n] if into or right_after else None


_COMPLEMENT_REACH = 24  # tokens from a verb to the event of its complement, past an apposition ("…, a journalist …,")
_OBJECT_REACH = 3  # tokens from a verb to the event noun of its object ("ordered the arrest")
_INTO = frozenset({"in", "into"})  # prepositions of the state a verb puts its object in ("to ten years in jail")


def _next_predicate(sent: SentenceTokens, end: int, lex: Lexicon) -> bool:
    """Whether "and" after a date opens the next predicate of the subject, a verb in the past ("stormed a television
    studio in Guayaquil during a live broadcast on Tuesday and held staff at gunpoint"): the date closes the
    predicate before it (not an infinitive's: "demanded to work four hours on Saturday and …")."""
    if end + 1 >= len(sent.lower) or sent.lower[end] not in _COORDINATORS:
        return False
    verb = end + 2 if sent.lower[end + 1] in _THEN and end + 2 < len(sent.lower) else end + 1
    return sent.words[verb].islower() and is_past(sent, verb, lex) and sent.lower[verb] not in lex.be


_THEN = frozenset({"then", "later", "also"})


def _light_object(sent: SentenceTokens, end: int, noun: Candidate, lex: Lexicon) -> bool:
    """Whether a light verb comes right after a date, and the event noun after it is its object, a few words on, in
    one phrase ("The United States on Monday imposed a fresh round of sanctions"): the date is the noun's. So too
    for the "of" of a noun the date comes after ("Biden's authorization last week of $571 million in military
    assistance"): the date splits one phrase, whose act the event noun in it tells."""
    return (noun.sense.pos == "noun" and end < noun.first and (sent.lower[end] in lex.light_verb
                                                                or sent.lower[end] == "of")
            and noun.first - end <= _LIGHT_OBJECT_REACH
            and all((sent.is_word(j) or sent.words[j] in _CURRENCY_SIGNS) and sent.lower[j] not in lex.clause
                    for j in range(end, noun.first)))


def _with_absolute(sent: SentenceTokens, end: int, verb: Candidate) -> bool:
    """Whether the date closes a clause that ", with" and a participle's subject follow, and the trigger is that
    participle ("ended in acrimony on Thursday, with the bloc's top diplomat openly blaming Kosovo's prime minister"):
    what goes on with the clause goes on at its time."""
    return (verb.sense.pos == "verb" and sent.lower[verb.first].endswith("ing") and end + 1 < verb.first
            and sent.lower[end:end + 2] == [",", "with"] and verb.first - end <= _WITH_REACH
            and all(sent.is_word(j) for j in range(end + 2, verb.first)))


_WITH_REACH = 10  # tokens from the comma to the participle ("…, with the bloc's top diplomat openly blaming")
_LIGHT_OBJECT_REACH = 7  # tokens from a light verb to the event noun it carries ("adopted a 14th package of sanctions")
_CURRENCY_SIGNS = frozenset("$€£¥")  # inside the object's phrase ("of US$571 million in military assistance")


def _verb_of_subject(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the word at k, right after a date, is the past verb of a subject the date closes ("The killing of
    civilians on Monday sparked protests", "… drew condemnation"): the protests and the condemnation after it are
    no events of that day by the date (a light verb's noun is: "Protesters on Monday staged a sit-in")."""
    word = sent.lower[k]
    return sent.words[k].islower() and word not in lex.light_verb and (
        word in lex.verb or len(word) > 4 and word.endswith("ed"))


def _date_listed_predicates(sent: SentenceTokens, candidates: list[Candidate], dates: list[DateMention],
                            starts: list[int], out: dict[int, DateMention], lex: Lexicon, cues: Enclosures) -> None:
    """A verb of a list of predicates its subject shares ("Gunmen stopped the bus near the town on Saturday, forced
    passengers off and shot them") takes the date that closes the predicate before it, when it has none: the steps of
    one account, one after the other that day."""
    for cand in candidates:
        if cand.first in out or cand.sense.pos != "verb" or not is_past(sent, cand.first, lex):
            continue
        comma = next((j for j in range(cand.first - 1, max(-1, cand.first - _LIST_REACH), -1)
                      if sent.lower[j] == ","), None)
        if comma is None or comma + 1 >= len(sent.lower) or not is_past(sent, comma + 1, lex) or any(
                not sent.is_word(j) or sent.lower[j] in lex.clause or sent.lower[j] in lex.reporting
                for j in range(comma + 1, cand.first)):
            continue  # not a predicate of a list: ", forced passengers off and shot them"
        before = [m for m in dates if m.end <= sent.spans[comma][0] and m.date is not None]
        if not before:
            continue
        mention = before[-1]
        k, end = bisect_left(starts, mention.start), bisect_left(starts, mention.end)
        if end != comma or mention.text.lower().startswith("since") or _dates_speech(sent, k, lex, cues):
            continue  # the date must close the predicate right before the comma
        opened = next((j for j in range(k - 1, -1, -1) if sent.lower[j] == ","), -1)
        if any(sent.lower[j] in lex.clause for j in range(opened + 1, k)):
            continue  # "The general, who was arrested in 2019, met the envoy": a relative clause's date
        out[cand.first] = mention


def _date_relative_to_event(sent: SentenceTokens, candidates: list[Candidate], out: dict[int, DateMention],
                            starts: list[int]) -> None:
    """A verb of a relative clause on a dated event noun takes the noun's date ("condemn a Turkish drone strike on 22
    July which killed a YPJ commander": the killing of 22 July, not of the day the sentence opens with; "the raid on
    the village, in the early hours of Monday, in which at least 20 people were killed": the raid's Monday)."""
    for n, cand in enumerate(candidates):
        if cand.first in out or cand.sense.pos != "verb" or cand.first < 2:
            continue
        relative = next((j for j in range(cand.first - 1, max(0, cand.first - 1 - _PRONOUN_TO_VERB), -1)
                         if sent.lower[j] in ("which", "that") or sent.lower[j] in _CLAUSE_BREAKS), 0)
        if sent.lower[relative] not in ("which", "that"):
            continue
        noun = next((c for c in reversed(candidates[:n]) if c.sense.pos == "noun"), None)
        if noun is None or noun.first not in out:
            continue
        mention = out[noun.first]
        day_end = bisect_left(starts, mention.end)
        if starts[noun.last - 1] < mention.start and day_end <= relative and (
                relative - noun.last <= _RELATIVE_REACH or relative - day_end <= _DAY_TO_PRONOUN):
            out[cand.first] = mention  # the noun's own date, told between it and the relative pronoun


_RELATIVE_REACH = 6  # tokens between a dated event noun and the relative pronoun of its clause ("on 22 July which")
_DAY_TO_PRONOUN = 2  # … or between the noun's date and the pronoun right after it (", in which")
_PRONOUN_TO_VERB = 8  # tokens between the pronoun and the verb of its clause ("which at least 20 people were killed")
_CLAUSE_BREAKS = frozenset({",", ";", ":", "and", "but", "said", "says"})  # what no pronoun is looked for past
_LIST_REACH = 8  # tokens between a listed predicate's comma and its trigger, at most


_RIGHT_AFTER = 2  # tokens between a trigger and a date right after it ("the attacks today", "the raid on Monday")
_SUBORDINATE_REACH = 12  # tokens between a trigger and a date searched for a clause of time between them


def _clause_between(sent: SentenceTokens, last: int, k: int, lex: Lexicon,
                    at_once: frozenset[str] = frozenset({"as"})) -> bool:
    """Whether a clause of time with a verb of its own opens between a trigger and a date after it ("was detained at
    his home after a judge issued a warrant last month"): the date is that clause's. A clause opened by a word of
    `at_once` tells the time of the trigger too."""
    for j in range(max(last, k - _INFINITIVE_REACH), k):
        if sent.lower[j] == "to" and j > last and sent.words[j - 1].islower() and (
                sent.lower[j - 1].endswith("ed") or sent.lower[j - 1] in lex.verb) and j + 1 < k and (
                infinitive(sent, j + 1, lex)) and "future" not in lex.modality_markers.get(sent.lower[j - 1], ()):
            # (not a verb that announces the subject's event: "Talks are expected to resume in 2016")
            return True  # "the blast came as Biden prepared to travel to Israel on Wednesday": the trip's day
    if k - last > _SUBORDINATE_REACH:
        return False
    for j in range(last, k):
        if sent.lower[j] in _CLAUSE_AFTER and sent.lower[j] not in at_once:
            return any(sent.words[v].islower() and (sent.lower[v].endswith("ed") or sent.lower[v] in lex.verb)
                       and sent.lower[v - 1] not in lex.determiner for v in range(j + 2, k))
    return False


_INFINITIVE_REACH = 6  # tokens from a verb's infinitive to the date that closes its phrase ("to travel to Israel on")


def remembered(sent: SentenceTokens, cand: Candidate) -> bool:
    """Whether an event noun is what an anniversary or a memorial recalls ("to mark the anniversary of the
    Tiananmen Square crackdown", "in memory of the victims of the massacre"): a past of its own, a whole number of
    years before whatever its sentence tells, and no date of its sentence's."""
    k = cand.first - 1
    while k >= 0 and (sent.lower[k] in _YEAR_DETERMINERS
                      or sent.words[k][:1].isupper() and k + _NAME_REACH > cand.first):
        k -= 1  # "the Tiananmen Square crackdown"
    if k >= 3 and sent.lower[k] == "of" and sent.lower[k - 1] == "victims" and sent.lower[k - 2] in _YEAR_DETERMINERS:
        k -= 3  # "in memory of the victims of the massacre"
    return k >= 1 and sent.lower[k] == "of" and sent.lower[k - 1] in _MEMORIALS


_MEMORIALS = frozenset({"anniversary", "anniversaries", "memory", "commemoration", "remembrance", "memorial"})
_NAME_REACH = 4  # capitalised words between an event noun and the determiner of its phrase


def charged_with(sent: SentenceTokens, cand: Candidate) -> bool:
    """Whether an event noun is what someone is charged with, accused, convicted or suspected of: "charged with
    murder", "convicted of the killing", "arrested on suspicion of the bombing"; a verb only as a gerund ("accused of
    killing"), not one coordinated after the charge ("found him guilty of murder and sentenced him": the verdict's own
    act)."""
    if cand.sense.pos == "verb" and not sent.lower[cand.first].endswith("ing"):
        return False
    k = cand.first - 1
    for _ in range(_CHARGE_LIST_WORDS):
        # past its modifiers ("first-degree", "attempted") and the charges listed before it ("with rebellion and
        # murder", "with hostage-taking and attempted murder")
        if k < 1 or sent.lower[k] in ("with", "of", "for"):
            break
        w = sent.lower[k]
        if not (w in _YEAR_DETERMINERS or w in _OFFENCE_MODIFIERS or w in ("and", "or", ",")
                or "-" in w and sent.words[k].islower()  # "second-degree", "state-sponsored"
                or sent.words[k].islower() and sent.is_word(k) and sent.lower[k + 1] in ("and", "or", ",")):
            return False
        k -= 1
    if k < 1 or sent.lower[k] not in ("with", "of", "for"):
        return False
    # (past the one charged: "charged the pair with terrorism and murder")
    return any(sent.lower[j] in CHARGES or sent.lower[j] == "suspicion"
               for j in range(k - 1, max(-1, k - 1 - _CHARGED_WORDS), -1)
               if j == k - 1 or sent.lower[k] == "with")


_CHARGED_WORDS = 4  # words of the one charged between a verb of charging and "with" ("charged the two men with")


def _charging(sent: SentenceTokens, cand: Candidate) -> bool:
    """Whether a trigger is the charge itself ("is accused", "was charged"), not another act ("arrested", which a
    charge may follow: "arrested on suspicion of")."""
    return cand.sense.event_type == "ACCUSE" or sent.lower[cand.last - 1] in CHARGES and (
        cand.sense.event_type != "COERCE")


def _right_after_charges(candidates: list[Candidate], charged: frozenset[int], verb: int, k: int) -> bool:
    """Whether the date at token k comes right after the last charge named after the charging verb (candidate
    `verb`): "was charged with hostage-taking and attempted murder on Saturday" is the day of the charge."""
    last = max((c.last for c in candidates[verb + 1:] if c.first in charged and c.last <= k), default=None)
    return last is not None and k - last <= _AFTER_CHARGE


_AFTER_CHARGE = 1  # words between the last charge named and a date of the charging ("murder on Saturday")
_CHARGE_LIST_WORDS = 6  # words between "charged with" and the charge it names, at most
# words that qualify an offence ("attempted murder", "aggravated robbery"); any lower-case hyphenated word too
# ("first-degree murder")
_OFFENCE_MODIFIERS = frozenset({"attempted", "aggravated", "premeditated", "voluntary", "involuntary", "armed",
                                "capital", "multiple", "several"})


# Words that may stand before an interval that opens a sentence: "Less than two weeks after …", "Just a day before …"
_INTERVAL_HEDGES = frozenset({"less", "more", "than", "just", "only", "about", "some", "barely", "nearly", "almost",
                              "around", "exactly", "precisely"})


def _counts_from_what_follows(sent: SentenceTokens, end: int, mention: DateMention) -> bool:
    """ "two days after …", "a week before …", "the day after the bombing": an interval between two events, not a step
    from the one before ("He died the day after.")."""
    return mention.shift is not None and mention.text.lower().endswith((" after", " before")) and (
        not mention.text.lower().startswith("the ") or end < len(sent.lower) and sent.lower[end] in _YEAR_DETERMINERS)


def _date_by_interval(sent: SentenceTokens, candidates: list[Candidate], firsts: list[int], mention: DateMention,
                      k: int, end: int, dates: list[DateMention], out: dict[int, DateMention], lex: Lexicon) -> None:
    """ "The strike came a day after Russian bombs damaged a block": the events of the clause after the interval
    happened that long before the event told so far (the step is turned round for them); "police arrested him two
    days after the attack": the event before the interval happened that long after the event the noun names again.
    With no event after it ("a week after the vote"), the interval dates nothing: what it counts from is unknown.
    Its tokens are k to `end`."""
    n = bisect_left(firsts, end)
    if n == len(candidates) or firsts[n] - end > _WHEN_REACH:
        return
    if all(w in _INTERVAL_HEDGES for w in sent.lower[:k]):
        # an interval that opens the sentence counts from the phrase after it to the main clause: "Two days after
        # the attack, police arrested three men" (the attack named again: the arrest two days after it); "Less than
        # two weeks after a truck plowed into a crowd, two men killed a priest" dates neither from the event told
        # so far
        comma = next((j for j in range(end, len(sent.lower)) if sent.lower[j] == ","), len(sent.lower))
        if candidates[n].sense.pos == "noun" and firsts[n] < comma and not any(
                c.sense.pos == "verb" for c in candidates[n:] if c.first < comma):
            for cand in candidates[n + 1:]:
                if cand.first > comma:
                    out.setdefault(cand.first, mention)
        return
    if candidates[n].sense.pos == "verb" or _subject_of_next_verb(sent, candidates, n) or any(
            sent.lower[j] in lex.light_verb or sent.lower[j] in _ANOTHER and not _HYPOTHETICAL & set(sent.lower[:k])
            for j in range(end, candidates[n].first)):
        # (or an event noun a light verb after the interval carries: "a day after Cho held talks in Rio"; or an event
        # told as another one, not named again: "The attack comes two weeks after another ADF attack on Manzia, in
        # which 8 people were killed"; not after what may happen, "would meet 10 days after a Pence withdrawal")
        stop = min((d.start for d in dates if d.start > mention.end), default=sent.end)
        steps, unit = mention.shift
        back = DateMention(mention.start, mention.end, mention.text, None, "none", (-steps, unit))
        for cand in candidates[n:]:
            if sent.spans[cand.first][0] >= stop:
                break
            out.setdefault(cand.first, back)
    elif firsts[n] - end <= 2 and sent.lower[firsts[n] - 1] in _YEAR_DETERMINERS and n > 0 and (
            k - candidates[n - 1].last <= _DATE_REACH):
        out.setdefault(candidates[n - 1].first, mention)


_ANOTHER = frozenset({"a", "an", "another"})  # determiners of an event noun that tell a new event, not one told before
_HYPOTHETICAL = frozenset({"would", "will", "could", "may", "might", "should", "shall"})


def _subject_of_next_verb(sent: SentenceTokens, candidates: list[Candidate], n: int) -> bool:
    """Whether the event noun of candidate n is the subject of the verb trigger right after it, so that both open a
    clause: "two days after a Russian missile strike killed 40 people"."""
    if n + 1 >= len(candidates) or candidates[n + 1].sense.pos != "verb":
        return False
    between = sent.lower[candidates[n].last:candidates[n + 1].first]
    # (past the phrases that tell what it struck and where: "a drone attack on a military academy in Homs killed …")
    reach = _SUBJECT_PHRASE_GAP if between and between[0] in _NOUN_PHRASE_PREPOSITIONS else _SUBJECT_GAP
    return len(between) <= reach and all(w.isalpha() and w not in _CLAUSE_OPENERS for w in between)


def _modifies_noun(sent: SentenceTokens, k: int, end: int, lex: Lexicon) -> bool:
    """Whether the date of tokens k..end stands between a determiner and a noun of a preposition's phrase ("for the
    June 8 general election", "after the 3 May attack", "ahead of the June 2 elections"): it dates that noun, nothing
    else in the sentence. (As a
    verb's object, "sent a New Year's message", it dates the verb too; but "the" names an event of its own date, the
    object of a verb of another day: "accused authorities of rigging the Feb. 8 election", "denounced the March 3
    killings".)"""
    return k > 1 and sent.lower[k - 1] in _YEAR_DETERMINERS and (sent.lower[k - 2] in lex.stop or sent.lower[k - 2]
                                                                  == "of" or sent.lower[k - 1] == "the") and (
        end < len(sent.words) and sent.words[end].isalpha() and sent.words[end].islower())


_DAY_WORDS = frozenset({"yesterday", "today", "tomorrow", "last", "this", "next", "past"})  # besides the weekdays


def _possessive_day(sent: SentenceTokens, k: int, end: int, mention: DateMention) -> bool:
    """Whether a day's possessive names the noun after it ("protested against Sunday's vote", "last week's
    decision"): it dates that noun, not the clause's event. Not in a phrase of the clause's setting ("captured 40
    delegates in Tuesday's primary", "spoke at Sunday's rally"), whose day is the clause's too. A feast's ("a New
    Year's message") names the occasion of what it is said for, and is left to the clause."""
    return (0 < end < len(sent.words) and sent.lower[end - 1].endswith(("'s", "’s")) and sent.words[end].isalpha()
            and sent.words[end].islower() and (mention.text.split()[0].lower() in _DAY_WORDS
                                               or is_weekday(mention.text.split()[0]))
            and not (k > 0 and sent.lower[k - 1] in _SETTING_PREPOSITIONS))


def _names_occasion(sent: SentenceTokens, k: int, end: int, mention: DateMention) -> bool:
    """Whether a weekday names a weekly rite ("after Friday prayers"), or a holiday after a determiner opens a noun
    phrase of what is made for that day ("sent a New Year's message", "gave his Christmas Day address", "Putin's New
    Year's greeting"): the day it is for, which a day the clause tells of its own gives way to (not "the minister's
    Dec. 28 meeting", the meeting's own day)."""
    if end < len(sent.words) and sent.lower[end] in _WEEKLY_RITES and is_weekday(mention.text):
        return True  # "On Sept. 30, in Zahedan, security forces killed dozens after Friday prayers": the fronted day's
    return (0 < k and end < len(sent.words) and names_holiday(mention.text) and sent.words[end].isalpha()
            and sent.words[end].islower()
            and (sent.lower[k - 1] in _OCCASION_DETERMINERS or sent.lower[k - 1].endswith(("'s", "’s"))))


# the rites a weekday names in every week: "after Friday prayers", "during Sunday mass" (a day the clause names wins)
_WEEKLY_RITES = frozenset({"prayers", "prayer", "mass", "service", "services", "sermon"})


# Determiners before a day that opens a noun phrase of what is made for it: "a New Year's message", "his Christmas
# address" (not "the", which may name a past event: "the Boxing Day tsunami").
_OCCASION_DETERMINERS = frozenset("a an his her its their our".split())


# Prepositions of a clause's setting: a day's possessive after them ("in Tuesday's primary") dates the clause
# (not "over": "arrested two men over Sunday's deadly bombing" tells what the arrest is over, which the day dates)
_SETTING_PREPOSITIONS = frozenset({"in", "at", "during", "on", "amid", "after", "before", "following", "since",
                                   "until", "ahead", "throughout", "by", "from"})


def _date_of_noun(sent: SentenceTokens, candidates: list[Candidate], firsts: list[int], end: int,
                  mention: DateMention, out: dict[int, DateMention]) -> None:
    """A date that modifies a noun dates the event noun it modifies ("the 3 May attack"), and no other trigger ("condemned
    the attack and suspended campaigning for the June 8 general election")."""
    n = bisect_left(firsts, end)
    if n < len(firsts) and firsts[n] - end < _YEAR_REACH and all(
            sent.words[j][:1].isalpha() for j in range(end, firsts[n])):
        out.setdefault(candidates[n].first, mention)


def _noun_after_dated_comma(sent: SentenceTokens, candidates: list[Candidate], firsts: list[int], k: int, end: int,
                            mention: DateMention) -> Candidate | None:
    """The event noun a full date between a determiner and a comma modifies, as newspapers set it off ("the March 11,
    2004, bombings", "the Sept. 11, 2001, attacks"), or None: it dates that noun, nothing else in the sentence."""
    if not (k > 0 and sent.lower[k - 1] in _YEAR_DETERMINERS and end + 1 < len(sent.words) and sent.words[end] == ","
            and mention.text[-4:].isdigit()):
        return None
    n = bisect_left(firsts, end + 1)
    if n == len(firsts) or candidates[n].sense.pos != "noun" or firsts[n] - end > _YEAR_REACH or not all(
            sent.words[j].isalpha() and sent.words[j].islower() for j in range(end + 1, firsts[n])):
        return None
    return candidates[n]


def _noun_of_occurrence_clause(sent: SentenceTokens, candidates: list[Candidate], firsts: list[int],
                               k: int) -> Candidate | None:
    """The event noun a relative clause of its occurrence follows, when the date at token k ends that clause ("killed
    in the siege of the Westgate mall, which began on September 21"), or None: the date is the noun's, whose verb is
    no trigger."""
    j, gap = k - 1, 0
    while j > 0 and sent.lower[j] in _OCCURRENCE_GAP and gap < _OCCURRENCE_GAP_WORDS:
        j, gap = j - 1, gap + 1
    if j > 0 and sent.lower[j] in ("place", "out"):  # "took place", "broke out"
        j -= 1
    if j < 2 or sent.lower[j] not in OCCURRENCE or sent.lower[j - 1] not in ("which", "that"):
        return None
    j -= 1 + (sent.lower[j - 2] == ",")
    n = bisect_left(firsts, j) - 1
    if n < 0 or candidates[n].sense.pos != "noun" or j - candidates[n].last > _NOUN_TO_CLAUSE or "," in (
            sent.lower[candidates[n].last:j]):
        return None
    # (the head of the phrase: "the attack on police by a mob, which took place on April 28" is the attack's day)
    while n > 0 and candidates[n - 1].sense.pos == "noun" and (
            0 < candidates[n].first - candidates[n - 1].last <= _HEAD_REACH) and (
            sent.lower[candidates[n - 1].last] in _HEAD_PREPOSITIONS):
        n -= 1
    return candidates[n]


_HEAD_REACH = 5  # tokens of the phrase between an event noun and another in it ("attack on police by a mob")
_HEAD_PREPOSITIONS = frozenset({"on", "in", "at", "by", "of", "against", "near", "outside"})


_NOUN_TO_CLAUSE = 8  # tokens from an event noun to the relative clause of its occurrence ("siege of the mall, which")


def _for_the_crime(sent: SentenceTokens, verb: Candidate, k: int, lex: Lexicon) -> bool:
    """Whether a date after a sentence or an arrest lies in the phrase of the crime it is for, an act told by a gerund
    or an event noun ("sentenced him to 21 years for killing 77 people last year", "jailed for the bombing of a bus in
    2019"), which happened then; the verdict did not."""
    if verb.sense.event_type not in _JUSTICE_TYPES:
        return False
    at = next((j for j in range(verb.last, k) if sent.lower[j] == "for"), None)
    if at is None or at + 1 >= k:
        return False
    word = sent.lower[at + 1] if sent.lower[at + 1] not in ARTICLES else sent.lower[min(at + 2, k - 1)]
    return word.endswith("ing") and sent.words[at + 1].islower() or bool(lex.noun_senses(word))


def crime_of(sent: SentenceTokens, cand: Candidate, candidates: list[Candidate], own: DateMention) -> bool:
    """Whether an event is told in the phrase of the crime a sentence, an arrest or a charge before it is for, at a
    month or year of its own ("arrested a man for the killing of a trader last month", "sentenced him for killing 77
    people in a bomb attack and shooting spree last year"): that date is the crime's, not the verdict's or the
    arrest's (a day may be both's: "arrested two men for throwing stones on Monday")."""
    if own.precision not in _PAST_PERIODS:
        return False
    k = cand.first - 1
    while k >= max(0, cand.first - _CRIME_REACH) and sent.lower[k] not in _CRIME_PHRASE_ENDS:
        k -= 1
    if k < 0 or sent.lower[k] != "for":
        return False
    return any(k - _CRIME_REACH <= c.last <= k and c.sense.event_type in _JUSTICE_TYPES for c in candidates)


_CRIME_REACH = 16  # tokens from "for" to an act of the crime it names, and from the verdict to "for", at most
_CRIME_PHRASE_ENDS = frozenset({"for", ",", ";", ":", "but", "after", "before", "when", "as", "while"})
_JUSTICE_TYPES = frozenset({"COERCE", "ACCUSE"})  # a sentence, a jailing, an arrest, a charge: for an act before it
_PAST_PERIODS = frozenset({"year", "month"})  # the times a crime a verdict is for is told by ("last year", "in 2019")


def _refines(year: DateMention, mention: DateMention) -> bool:
    """Whether a date is the day or month within the year a modifier gave ("The 2002 Bali bombings occurred on 12
    October 2002")."""
    return (year.precision == "year" and year.date is not None and mention.date is not None
            and mention.precision in ("day", "month") and mention.date.year == year.date.year)


def _year_modifiers(sent: SentenceTokens, candidates: list[Candidate], firsts: list[int],
                    out: dict[int, DateMention]) -> None:
    """A year between a determiner and the event noun it modifies ("the 2012 attacks", "the 2001 terrorist
    attacks", "its 2003 invasion") dates that event: the year it happened in. Only before an event noun: in "the
    2000 protesters marched" it is a count."""
    for k in compress(range(len(sent.words)), map(str.isdigit, sent.words)):  # (the tokens of digits, found in C)
        word = sent.words[k]
        if len(word) != 4 or not _MIN_MODIFIER_YEAR <= int(word) <= _MAX_MODIFIER_YEAR:
            continue
        if k == 0 or sent.lower[k - 1] not in _YEAR_DETERMINERS:
            continue
        n = bisect_left(firsts, k + 1)
        if n == len(firsts) or firsts[n] - k > _YEAR_REACH or candidates[n].sense.pos != "noun" or not all(
                sent.words[j][:1].isalpha() for j in range(k + 1, firsts[n])):
            continue
        year = int(word)
        when = date(year, 1, 1)
        if holdable(when):
            s, e = sent.spans[k]
            mention = DateMention(s, e, word, when, "year")
            out.setdefault(candidates[n].first, mention)
            # "revived memories of the 2005 riots, when nearly 9,000 cars were burned": the clause "when" opens after
            # the event is of its year too
            told = _when_clause(sent, candidates[n].last, firsts)
            if told is not None:
                out.setdefault(candidates[told].first, mention)


def _opens_clause_after(sent: SentenceTokens, k: int, end: int, firsts: list[int]) -> int | None:
    """The index of the first trigger of the clause a date opens right after a conjunction of time, the date at tokens
    k..end ("after the previous day more than 40 prisoners were killed": "killed"), or None: a date that ends its
    phrase ("after 3 May", "until Friday, when …") opens none."""
    if k == 0 or sent.lower[k - 1] not in _CLAUSE_AFTER or end >= len(sent.words) or not sent.is_word(end):
        return None
    n = bisect_left(firsts, end)
    return n if n < len(firsts) and firsts[n] - end <= _DATE_REACH and all(
        sent.is_word(j) for j in range(end, firsts[n])) else None


def _since_clause_trigger(sent: SentenceTokens, k: int, firsts: list[int]) -> int | None:
    """The index of the last trigger between the "since" of a comparison and its date at token k ("since the army
    seized power in May 2019": "seized"), or None."""
    since = next((j for j in range(k - 1, max(-1, k - 1 - _SINCE_PHRASE_WORDS), -1)
                  if sent.lower[j] == "since" or not sent.is_word(j)), -1)
    if since < 0 or sent.lower[since] != "since":
        return None
    n = bisect_left(firsts, k) - 1
    return n if n >= 0 and firsts[n] > since else None


def _when_clause(sent: SentenceTokens, end: int, firsts: list[int], next_date: int | None = None) -> int | None:
    """The index of the first trigger of the clause that "when" opens right after a date ending before token
    `end` ("on 3 May, when rebels shelled the town": "shelled"), or None. Past a few words, only words come between
    them and no other date (the one at token `next_date`: "when the office sent an agenda for this week's meeting")."""
    j = end + (end < len(sent.lower) and sent.lower[end] == ",")
    if j >= len(sent.lower) or sent.lower[j] != "when":
        return None
    n = bisect_left(firsts, j + 1)
    if n == len(firsts) or firsts[n] - j > _WHEN_WORDS_REACH:
        return None
    return n if firsts[n] - j <= _WHEN_REACH or (next_date is None or firsts[n] < next_date) and all(
        sent.is_word(t) for t in range(j + 1, firsts[n])) else None


def _recency(sent: SentenceTokens, cand: Candidate) -> DateMention | None:
    """An adverb of recency right before or after the trigger ("recently signed", "came into effect recently"),
    as a date mention without a date: the event happened lately, at no day the text names."""
    words = recency_words()
    for k in (cand.first - 1, cand.last, cand.last + 1):
        if 0 <= k < len(sent.lower) and sent.lower[k] in words or k == cand.first - 1 >= 0 and sent.since_adverb(k):
            # ("has since pounded Gaza": after the time told before, lately)
            s, e = sent.spans[k]
            return DateMention(s, e, sent.words[k], None, "none")
    return None


@cache
def recency_words() -> frozenset[str]:
    """Adverbs that say an event happened lately without saying when (dates_words.tsv, kind `recency`)."""
    return frozenset(row[0].lower() for row in tsv_rows("dates_words.tsv") if row[1] == "recency")


def lately(mention: DateMention) -> bool:
    """Whether a date expression only says "lately" ("came into effect recently"): no date, no step from another."""
    return mention.shift is None and (mention.text.lower() in recency_words() or mention.date is None and (
        mention.text.lower() == "since"))  # ("has since pounded Gaza")


def _since_event(sent: SentenceTokens, end: int, mention: DateMention) -> bool:
    """Whether a date closes a clause that opens the sentence with "since" and names an event ("Since Russia's invasion
    of Ukraine in 2022, …"): a date of a year, month or day, the comma right after it, none before it."""
    return (mention.date is not None and mention.shift is None and sent.lower[0] == "since"
            and end < len(sent.words) and sent.words[end] == "," and "," not in sent.words[1:end])


_TIME_OF_ANNIVERSARY = frozenset({"today", "tonight", "this", "morning", "evening", "week", "month"})


def _pins_down(sent: SentenceTokens, vague: DateMention, mention: DateMention, k: int) -> bool:
    """Whether a date right after a comma that closes an opening date names its day within it: "Last week, on Aug.
    13, …", "Three weeks ago, on June 25, …" (the day, not the week)."""
    end = bisect_left(sent.spans, (vague.end, vague.end))
    while end < k and sent.lower[end] in _TIME_OF_ANNIVERSARY:
        end += 1  # "Ten years ago tonight, on 13 November 2015, …"
    between = sent.lower[end:k]
    # (or any date after the day of a report: "As reported on 5 October 2024, on 3 October 2024, …" tells the 3rd)
    return (between[:1] == [","] and all(w in OPENING_WORDS for w in between[1:])
            and (PRECISIONS.index(mention.precision) < PRECISIONS.index(vague.precision)
                 or _report_opener(sent, bisect_left(sent.spans, (vague.start, vague.start)))))


def _opens_conjoined_clause(sent: SentenceTokens, k: int) -> bool:
    """Whether the date at token k opens a clause after ", and" or ", but" (", and in 2013 more than 40 people were
    killed"), past its preposition."""
    j = _word_before_date(sent, k)
    return j >= 1 and sent.lower[j] in _CONJOINING and sent.words[j - 1] == ","


_CONJOINING = frozenset({"and", "but"})


def _opens_clause(sent: SentenceTokens, k: int, mention: DateMention, lex: Lexicon) -> bool:
    """Whether the date at token k opens the sentence, the clause after "reported that" or a quote: only
    prepositions come before it and a comma follows it ("The group reported that on 3 June 2021, …", 'the officer
    said: "Last night, officers came under attack …"': the speaker's account of that night)."""
    end = bisect_left(sent.spans, (mention.end, mention.end))
    j = k - 1
    while j >= 0 and (sent.lower[j] in OPENING_WORDS or sent.lower[j] in _DATE_OPENING_WORDS):
        j -= 1
    quoted = j >= 1 and sent.words[j] in OPENING_QUOTE_MARKS and sent.words[j - 1] in (":", ",")
    if end >= len(sent.words) or sent.words[end] != ",":
        return k <= 2 and not any(w in lex.clause for w in sent.lower[:k]) or quoted
    if _report_opener(sent, k):
        return True
    return j < 0 or sent.lower[j] in lex.clause or sent.words[j] in {":", ",", "("} or quoted


def _result_of_dated(sent: SentenceTokens, before: Candidate, cand: Candidate, own: frozenset[int]) -> bool:
    """Whether a trigger is a participle of result after the act before it, which a date of its own dates ("On Friday,
    AFRICOM said it had carried out an airstrike near Jilib on Wednesday, killing three fighters"): its day is that
    act's, which its context gives, not the day a speaker said so that opens the sentence."""
    return (before.first in own and sent.words[cand.first - 1] == "," and sent.words[cand.first].islower()
            and sent.lower[cand.first].endswith("ing") and "," not in sent.words[before.last:cand.first - 1])


def _heading_end(sent: SentenceTokens) -> int:
    """The colon after the heading a sentence opens with ("Arrests: On 8 May 2020, …"), whose words name what the
    sentence tells and so come before its opening date; 0 when it has none."""
    colon = next((k for k, w in enumerate(sent.words[:_HEADING_WORDS + 1]) if w == ":"), 0)
    return colon if colon and sent.words[0][:1].isupper() and all(w.isalpha() for w in sent.words[:colon]) else 0


_HEADING_WORDS = 4  # "Protest with intervention:", "Headquarters or base established:"


def _report_opener(sent: SentenceTokens, k: int) -> bool:
    """Whether the date at token k is that of a report the sentence opens with and then tells ("As reported on 2 May
    2020, 20 militants were killed …", "Reported on 14 June 2023: gunmen killed …"): the day the account dates what it
    tells by, as a monitor codes it when the report gives no other, not the day of some speech."""
    j = _word_before_date(sent, k)
    words = sent.lower[:j + 1]
    return words in (["as", "reported"], ["reported"], ["as", "reported", "by"])


# Words of a part of a day or an approximation before an opening date, besides the opening place's words: "On or around
# 12 March 2023, …", "In the early hours of 7 October 2023, …", "During the week of 15 August 2022, …"
_DATE_OPENING_WORDS = frozenset({"or", "about", "approximately", "early", "late", "hours", "morning", "afternoon",
                                 "evening", "night", "of", "during", "week", "overnight", "sometime", "dawn", "midday"})


def _word_before_date(sent: SentenceTokens, k: int) -> int:
    """The index of the word before the date at token k and its prepositions ("said" of "said on Friday"), or -1."""
    j = k - 1
    while j >= 0 and sent.lower[j] in DATE_PREPOSITIONS:
        j -= 1
    return j


def _dates_speech(sent: SentenceTokens, k: int, lex: Lexicon, cues: Enclosures) -> bool:
    """Whether the date at token k follows a reporting verb directly ("said on Friday", "confirmed Monday"): it
    dates the speech, which is an event only when its verb is a trigger ("promised on Friday to withdraw")."""
    j = _word_before_date(sent, k)
    if j < 0 or _report_opener(sent, k):
        return False
    s, e = sent.spans[j]
    if _told_whom(sent, j):
        return True
    if j > 0 and (sent.lower[j - 1] in _NOUN_DETERMINERS or sent.lower[j - 1].isdigit()):
        return False  # "raids in three states in December", "the reports in March": a noun, no speech
    name = j > 0 and sent.words[j][:1].isupper()  # "The United States on Monday imposed sanctions": a name's word
    return sent.lower[j] in lex.reporting and not name or cues.holds(s, e)


def _relative_clause_end(sent: SentenceTokens, k: int, end: int) -> int | None:
    """The comma that closes a relative clause set off by commas, when the date at tokens k..end ends it ("South
    Africa, which filed the case on December 29, asked the court …"), or None: the clause's date, no date of the
    predicate after it."""
    if end + 1 >= len(sent.lower) or sent.lower[end] != ",":
        return None
    for j in range(k - 1, max(0, k - _RELATIVE_CLAUSE_WORDS) - 1, -1):
        if not sent.is_word(j):
            return end if sent.lower[j] == "," and sent.lower[j + 1] in _RELATIVE_PRONOUNS else None
    return None


def _relative_verb_between(sent: SentenceTokens, last: int, k: int, lex: Lexicon) -> bool:
    """Whether a relative clause set off by a comma opens between a trigger and a date after it and has a verb of its
    own before the date, with no comma closing it first: the date is that verb's. Not a clause on the trigger itself
    ("The lawsuit, which will be filed on Friday": the lawsuit's day)."""
    for j in range(last + 3, k):
        if sent.lower[j] in _RELATIVE_PRONOUNS and sent.lower[j - 1] == ",":
            tail = range(j + 1, k)
            return not any(sent.lower[v] == "," for v in tail) and any(
                sent.words[v].islower() and (sent.lower[v].endswith("ed") or sent.lower[v] in lex.verb) for v in tail)
    return False


def in_relative_clause(sent: SentenceTokens, mention: DateMention) -> bool:
    """Whether a date ends a relative clause set off by commas (`_relative_clause_end`): no day for the events of
    its sentence outside it either."""
    k = bisect_left(sent.spans, (mention.start, mention.start))
    return _relative_clause_end(sent, k, bisect_left(sent.spans, (mention.end, mention.end))) is not None


_RELATIVE_CLAUSE_WORDS = 12  # words of a relative clause set off by commas, up to the date that ends it
_RELATIVE_PRONOUNS = frozenset({"which", "who", "whose"})


def _told_whom(sent: SentenceTokens, j: int) -> bool:
    """Whether the word at j ends whom a speaker told ("told the Nation on Sunday", "told reporters on Monday"): the
    date after it is the telling's."""
    for i in range(j - 1, max(-1, j - 1 - TOLD_WHOM_WORDS), -1):
        if sent.lower[i] in TOLD:
            return True
        if not sent.is_word(i):
            return False
    return False


TOLD = frozenset({"told", "tells", "telling", "tell"})
TOLD_WHOM_WORDS = 3  # words of whom a speaker told, at most ("the Associated Press")


# Words before a noun, which make a reporting verb's form a noun ("three states", "the reports", "many claims")
_NOUN_DETERMINERS = frozenset("the a an these those several many two three four five six seven eight nine ten "
                              "dozens".split())


def _segments(sent: SentenceTokens, lex: Lexicon) -> list[int]:
    """For each token, the number of the comma- or clause-delimited segment it is in; the commas around a place's
    region or country ("in Jos, Plateau state, Nigeria, on Christmas Eve") or around a place set off ("The assault on
    the base in Djibo, in the Soum province, began at dawn on Saturday") part nothing."""
    out, n = [], 0
    within = (_place_commas(sent, lex) | _inclusion_commas(sent, lex) if "," in sent.lower
              else frozenset()) | _list_commas(sent, lex)
    for k, w in enumerate(sent.lower):
        if w == "," and k not in within or w in lex.clause:
            n += 1
        out.append(n)
    return out


_SUPERLATIVE_REACH = 8  # words between a superlative and the "since" of its comparison
_SINCE_PHRASE_WORDS = 8  # words between "since" and the date that ends its phrase ("since the end of the war in 1995")


def _compared_since(sent: SentenceTokens, k: int, mention: DateMention) -> bool:
    """Whether a "since" date closes a comparison a superlative opens ("the deadliest attack since 2005", "the first
    such strike since March", "the worst violence in years since …"): it says what is not exceeded, not when."""
    if not mention.text.lower().startswith("since"):
        # or ends the phrase "since" opens: "the first time since the return to democracy in 1990"
        k = next((j for j in range(k - 1, max(-1, k - 1 - _SINCE_PHRASE_WORDS), -1)
                  if sent.lower[j] == "since" or not sent.is_word(j)), -1)
        if k < 0 or sent.lower[k] != "since":
            return False
    for j in range(k - 1, max(-1, k - 1 - _SUPERLATIVE_REACH), -1):
        w = sent.lower[j]
        if w in {",", ";", ":", "."}:
            return False
        if j > 0 and sent.lower[j - 1] == "at" and w in ("least", "most"):
            continue  # a hedge of a count, no comparison: "At least 53 people had been killed since Sept. 9"
        if w in _SUPERLATIVES or len(w) > 5 and w.endswith("iest") or w in ("biggest", "largest", "highest", "lowest",
                                                                             "heaviest", "strongest", "fiercest"):
            return True
    return False


_SUPERLATIVES = frozenset({"worst", "first", "most", "best", "least", "last", "only"})


_INCLUSIONS = frozenset({"including", "among"})
_INCLUSION_WORDS = 8  # words of an aside on whom a count includes, at most


def _list_commas(sent: SentenceTokens, lex: Lexicon) -> frozenset[int]:
    """The commas of a list of nouns that "and" or "or" closes ("stormed Brazil's congress, supreme court and
    presidential palace on Sunday"): the date after the list is still the verb's. Not a list of predicates ("stormed
    the building, killed three and wounded five"): no verb, trigger or clause word among the listed words."""
    out = set()
    for k, w in enumerate(sent.lower):
        if w != "," or k == 0 or not sent.is_word(k - 1):
            continue
        for j in range(k + 1, min(len(sent.lower), k + 1 + _LISTED_WORDS)):
            word = sent.lower[j]
            if word in {"and", "or"} and j > k + 1:
                out.add(k)
                break
            if word == ",":
                continue
            if not sent.is_word(j) or word in lex.stop or word in lex.clause or word in lex.verb or (
                    word in lex.triggers or word in lex.be or word.endswith("ed")):
                break
    return frozenset(out)


_LISTED_WORDS = 4  # words of one item of a list of nouns, at most


def _inclusion_commas(sent: SentenceTokens, lex: Lexicon) -> frozenset[int]:
    """The commas around an aside on whom a count includes ("killed 22 people, including children, at a concert …
    on Monday night"): the date after it is still the verb's."""
    out = set()
    for k, w in enumerate(sent.lower):
        if w != "," or k + 1 >= len(sent.lower) or sent.lower[k + 1] not in _INCLUSIONS:
            continue
        for j in range(k + 2, min(len(sent.lower), k + 2 + _INCLUSION_WORDS)):
            if sent.lower[j] == ",":
                out.update((k, j))
                break
            if sent.lower[j] in lex.clause or sent.lower[j] in {".", ";", ":"}:
                break
    return frozenset(out)


def occurred_at(sent: SentenceTokens, cand: Candidate, mention: DateMention, lex: Lexicon) -> bool:
    """Whether a date is the one an event noun's own verb of occurrence tells ("the assault on the village began early
    on Monday", "the strike happened late Tuesday"): the noun is that verb's subject, past its own modifiers (no comma,
    clause word or other verb between), and the date follows the verb past no more than a few words of time."""
    k, reach = cand.last, 0
    while k < len(sent.words) and reach <= _OCCURRENCE_REACH and sent.lower[k] not in OCCURRENCE:
        if sent.lower[k] == ",":
            k = place_aside_end(sent, k, lex)  # "The assault on the base in Djibo, in the Soum province, began"
            if k < 0:
                return False
            continue
        if not sent.is_word(k) or sent.lower[k] in lex.clause or sent.lower[k] in lex.skip or (
                sent.lower[k] in lex.verb or sent.lower[k] in lex.reporting):
            return False  # "the attack, which …", "the attack that police said …", "the attack was …"
        k, reach = k + 1, reach + 1
    if k >= len(sent.words) or reach > _OCCURRENCE_REACH:
        return False
    k += 1 + (k + 1 < len(sent.words) and sent.lower[k + 1] in ("place", "out"))
    return _reaches_over_gap(sent, k, mention)


def _reaches_over_gap(sent: SentenceTokens, k: int, mention: DateMention) -> bool:
    """Whether a date mention starts at token `k` or after at most a few gap words ("at dawn on", "early on") that
    stand between an occurrence verb and the day it took place."""
    gap = 0
    while k < len(sent.words) and sent.spans[k][0] < mention.start:
        if sent.lower[k] not in _OCCURRENCE_GAP or gap == _OCCURRENCE_GAP_WORDS:
            return False
        k, gap = k + 1, gap + 1
    return k < len(sent.words) and sent.spans[k][0] == mention.start


def place_aside_end(sent: SentenceTokens, comma: int, lex: Lexicon) -> int:
    """The token after a place set off in commas at `comma` (", in the Soum province,", ", near the Mali border,"),
    or -1 when the comma opens anything else ("the attack, which …", "the attack, police said, …", "on Friday, in the
    morning,"): a preposition of place, then words of no clause or verb with a name among them, then the comma."""
    first = comma + 1
    if first >= len(sent.words) or sent.lower[first] not in _ASIDE_PLACE_OPENERS:
        return -1
    named = False
    for k in range(first + 1, min(len(sent.words), first + _ASIDE_PLACE_WORDS)):
        if sent.lower[k] == ",":
            return k + 1 if named else -1
        if not sent.is_word(k) or sent.lower[k] in lex.clause or sent.lower[k] in lex.verb or (
                sent.lower[k] in lex.reporting or sent.lower[k] in lex.skip):
            return -1
        named = named or sent.words[k][:1].isupper()
    return -1


def _described_place_end(sent: SentenceTokens, comma: int, lex: Lexicon) -> int:
    """The token after a description of the place before `comma` set off in commas (", eastern Congo's largest
    city,", ", the provincial capital,", ", a town near the Malian border,"), or -1: words of no clause or verb, a
    kind of place among them, then the comma."""
    kind = False
    for k in range(comma + 1, min(len(sent.words), comma + 1 + _ASIDE_PLACE_WORDS)):
        if sent.lower[k] == ",":
            return k + 1 if kind else -1
        if not sent.is_word(k) and not sent.lower[k].endswith(("'s", "’s")) or sent.lower[k] in lex.clause or (
                sent.lower[k] in lex.verb or sent.lower[k] in lex.reporting or sent.lower[k].endswith("ing")):
            return -1
        kind = kind or sent.words[k].islower() and (geo.is_locality_word(sent.lower[k]) or sent.lower[k] == "capital")
    return -1


def occurred_in_aside(sent: SentenceTokens, cand: Candidate, mention: DateMention, lex: Lexicon) -> bool:
    """Whether a date closes a clause set off right after an event noun that tells when the event happened: a relative
    clause of its occurrence ("the clashes, which erupted on Monday") or a participle clause ("the strikes, launched on
    Tuesday with drone support"): the noun's own day, though the noun names again an event told before and the
    sentence tells another day (a speech's, the dateline's)."""
    j = cand.last
    if j + 2 >= len(sent.words) or sent.lower[j] != ",":
        return False
    j += 1
    if sent.lower[j] in ("which", "that"):
        j += 1
        if sent.lower[j] not in OCCURRENCE:
            return False
        j += 1 + (j + 1 < len(sent.words) and sent.lower[j + 1] in ("place", "out"))
    elif is_past(sent, j, lex) and sent.lower[j] not in lex.reporting and sent.lower[j] not in lex.be:
        j += 1 + (j + 1 < len(sent.words) and sent.lower[j + 1] in _PARTICIPLE_PARTICLES)  # "carried out on …"
    else:
        return False
    return _reaches_over_gap(sent, j, mention)


_PARTICIPLE_PARTICLES = frozenset({"out", "up", "off"})  # "carried out", "set off", "stepped up"


_OCCURRENCE_REACH = 6  # words between an event noun and its verb of occurrence ("the assault on Wad al-Noura began")
# the words that may stand between that verb and its date ("began early on Monday", "occurred in the early hours of
# Saturday"), and how many
_OCCURRENCE_GAP = frozenset({"in", "on", "at", "the", "early", "late", "hours", "of", "during", "around", "about",
                             "shortly", "just", "dawn", "dusk", "daybreak", "nightfall", "noon", "midnight"})
_OCCURRENCE_GAP_WORDS = 6
# the words that open a place set off in commas, and how far its closing comma may be
_ASIDE_PLACE_OPENERS = frozenset({"in", "near", "outside"})
_ASIDE_PLACE_WORDS = 8


def _described_name_end(sent: SentenceTokens, comma: int, lex: Lexicon) -> int:
    """The token after a description of the name before `comma` set off in commas (", a Catholic priest,", ", the
    mayor of Manta,", ", 45,"), or -1: an article or an age, then words of no clause, verb or time, then the comma.
    "Gunmen abducted Father John Bako, a Catholic priest, in Kafanchan on Friday": Friday is the abduction's."""
    first = comma + 1
    if first >= len(sent.words) or not (sent.lower[first] in ARTICLES or sent.lower[first].isdigit()
                                        and len(sent.lower[first]) <= 2):
        return -1
    for k in range(first + 1, min(len(sent.words), first + _ASIDE_PLACE_WORDS)):
        w = sent.lower[k]
        if w == ",":
            return k + 1 if k > first + 1 or sent.lower[first].isdigit() else -1
        if not sent.is_word(k) and not w.endswith(("'s", "’s")) or w in lex.clause or w in lex.verb or (
                w in lex.reporting or w in _TIME_LINKS or w.endswith("ing")
                or w.endswith("ed") and k > first + 1 or w[:1].isdigit() and k > first + 1):
            return -1
    return -1


_TIME_LINKS = frozenset({"after", "before", "since", "during", "when", "as", "until", "then", "later", "ago"})


def _place_commas(sent: SentenceTokens, lex: Lexicon) -> frozenset[int]:
    """The commas between a name and the region or country it is in, and the comma that closes them: a known
    place of up to three capitalised words, maybe with a kind word after it ("Plateau state"), or past names the
    gazetteer does not know that lie in it ("in Barangay Bangco, Piagapo, Lanao del Sur on Sunday": a village, its
    town, their province); and the commas around a place set off after a name (`place_aside_end`)."""
    out: set[int] = set()
    words, n = sent.words, len(sent.words)
    for k in range(1, n - 1):
        if words[k] == "," and words[k - 1][:1].isupper():
            aside = max(place_aside_end(sent, k, lex), _described_place_end(sent, k, lex),
                        _described_name_end(sent, k, lex))
            if aside > 0:
                out.update((k, aside - 1))
                continue
        if words[k] != "," or not (words[k - 1][:1].isupper() or k >= 2 and words[k - 2][:1].isupper()):
            continue  # after a name, or a name and its kind ("Diyala province, Iraq")
        commas, j = [k], _region_name_end(sent, k)
        while j > commas[-1] + 1 and not geo.place_country(" ".join(words[commas[-1] + 1:j])) and (
                len(commas) < _PLACE_ASIDES and j + 1 < n and words[j] == ","):
            commas.append(j)  # an unknown name, then the region it lies in
            j = _region_name_end(sent, j)
        if j == commas[-1] + 1 or not geo.place_country(" ".join(words[commas[-1] + 1:j])):
            continue
        out.update(commas)
        if j + 1 < n and words[j] == "." and words[j + 1] == ",":
            j += 1  # "in Portland, Ore., on Sunday": the abbreviation's period, then the closing comma
        if j < n and words[j] == ",":
            out.add(j)
    return frozenset(out | _asides_before_day(sent, lex))



def _region_name_end(sent: SentenceTokens, comma: int) -> int:
    """The token after the name of a region that may follow `comma`: up to three capitalised words (with a particle
    inside, "Lanao del Sur"), maybe with a kind word after them ("Plateau state,", "Lanao del Sur province on
    Sunday"); `comma` + 1 when no capitalised word follows."""
    words, lower, n = sent.words, sent.lower, len(sent.words)
    j = comma + 1
    while j < n and j - comma <= 3 and (words[j][:1].isupper() or j > comma + 1 and lower[j] in geo.name_particles()
                                        and j + 1 < n and words[j + 1][:1].isupper()):
        j += 1
    if j > comma + 1 and j < n and words[j].islower() and (
            j + 1 < n and words[j + 1] == "," or geo.is_region_word(lower[j])):
        j += 1
    return j


def _asides_before_day(sent: SentenceTokens, lex: Lexicon) -> set[int]:
    """The commas around an aside on a place that a day closes ("a village in Tot, Marakwet East, on Saturday", "the
    base in Mansila, in Yagha province near the border with Niger, on Sunday", "near the town of Sake, about 25 km
    west of Goma, on Sunday"): the day is the verb's before the aside. The aside follows a name and holds no verb,
    trigger or clause word."""
    out: set[int] = set()
    words, lower, n = sent.words, sent.lower, len(sent.words)
    for k in range(1, n - 2):
        if words[k] != "," or not (words[k - 1][:1].isupper() or geo.is_locality_word(lower[k - 1])):
            continue  # (after a name, or its kind: "an Army convoy in Datu Hoffer town, Maguindanao del Sur province,")
        commas = [k]  # the asides one after another: "in Kwara village, Sefa district, Mopti region, on Wednesday"
        for j in range(k + 2, min(n - 1, k + 2 + _PLACE_ASIDE_WORDS)):
            w = lower[j]
            if w == ",":
                if _day_opens(sent, j + 1):
                    out.update((*commas, j))
                    break
                if len(commas) == _PLACE_ASIDES or not (words[j - 1][:1].isupper() or geo.is_locality_word(
                        lower[j - 1]) or geo.is_region_word(lower[j - 1])):
                    break
                commas.append(j)
                continue
            if w in _BRACKETS:
                continue  # "about 25 km (15 miles) west of Goma"
            if not sent.is_word(j) or w in lex.clause or w in lex.triggers or w in lex.verb or w in lex.reporting or (
                    w in lex.be or w.endswith("ed") and words[j].islower()):
                break
    return out


def _aside_words(sent: SentenceTokens, last: int, k: int, lex: Lexicon) -> int:
    """The tokens of the asides on a place between a trigger ending at token `last` and the day at token k that
    closes them ("killed six villagers in Khost, 40 km (25 miles) south of Gardez, on Thursday"): they describe the
    place, so the day is as much the verb's as if they were not there. Asked only of a day right after a comma."""
    j = _word_before_date(sent, k)
    if j <= last or sent.words[j] != ",":
        return 0
    commas = [c for c in _asides_before_day(sent, lex) if last < c <= j]
    return j - min(commas) if len(commas) > 1 and j in commas else 0


_PLACE_ASIDE_WORDS = 14  # tokens of an aside on a place between commas, at most
_PLACE_ASIDES = 3  # asides on a place one after another before a day, at most
_BRACKETS = frozenset({"(", ")"})


def _day_opens(sent: SentenceTokens, k: int) -> bool:
    """Whether a day or a time of day opens at token k ("on Sunday", "late Tuesday", "overnight")."""
    words = sent.words
    j = k + 1 if sent.lower[k] in _DAY_OPENERS and k + 1 < len(words) else k
    return is_weekday(words[j]) or sent.lower[k] in ("overnight", "yesterday", "today") or (
        sent.lower[k] == "on" and words[j][:1].isdigit())


_DAY_OPENERS = frozenset({"on", "late", "early", "last", "this"})
