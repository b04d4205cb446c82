"""A count and the article's events → its event, the day it is given as of, and its subject key."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import chain

from etl.extract import geo, numbers
from etl.extract.dates import DateMention, article_order, find_dates, is_weekday, period, year_before
from etl.extract.estimates.items import Count, SentenceTokens, counted_kind
from etl.extract.estimates.lexicon import Lexicon, subject_category
from etl.extract.estimates.reported import of_what_was_answered
from etl.extract.text import Doc
from etl.records import Event


# "killed since 2009", "so far this year", "over the past two years", "in the first half of 2017", "in the first three
# months of the year": a count that runs over a span, of no one event.
_SINCE = "since"
_SINCE_CHARS = len(_SINCE) + 1  # ("since May 2023", of a date read as "May 2023")
_SINCE_VERBS = frozenset({"risen", "rose", "grown", "grew", "been", "fallen", "gone", "become", "climbed"})
_SPAN_PAIRS = frozenset({("so", "far"), ("to", "date"), ("this", "year"), ("this", "month"), ("first", "half")})
# (of a toll alone, one that may still grow: "The death toll so far stands at 14")
_SO_FAR = frozenset({("so", "far"), ("to", "date")})
_SO_FAR_WORDS = frozenset(w for pair in _SO_FAR for w in pair)
_PAST = frozenset({"past", "last", "first"})  # ("in the first three months of the year")
_RECENT = "recent"  # "who have killed thousands in recent years"
_SPAN_UNITS = frozenset({"hours", "days", "weeks", "months", "years", "decades", "year", "month", "week", "decade"})
# the words of a span of days ("since Monday", "in the past 48 hours", "over the last two weeks"), and those of a longer
# one ("since the war began", "over the past three months")
_SHORT_SPAN = frozenset({"hours", "days", "week", "weeks", "weekend", "yesterday"})  # and the weekdays ("Monday's")
_LONG_SPAN = frozenset({"month", "months", "year", "years", "decade", "decades", "war", "conflict", "coup"})
_HARMED = frozenset({"killed", "wounded", "killed_or_wounded", "casualties", "displaced"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")", "—", "–"})
_RATES = frozenset({"annually", "yearly", "daily", "weekly", "monthly"})  # "killed 40,000 people annually"
_EACH = frozenset({"a", "an", "per", "each", "every"})  # "a year", "per day", "every month"
_RATE_UNITS = [[w] for w in ("year", "day", "month", "week", "hour")]
_NO_RATE_AFTER = [[w] for w in ("after", "before", "earlier", "later", "ago", "of")]  # "a day after the attack"
# past how they die, only the words of no other sense than a rate ("die in road crashes every day"; not "killed in a
# raid a day after")
_EVERY = _RATES | {"every", "each", "per"}
_HOW_WORDS = 8  # words from the verb to its rate ("are killed in such attacks in the province every month")
# a protest, and the words that tell what it was over ("protested after …", "a vigil for …", "over the death of")
_PROTESTS = frozenset({"protest", "protests", "protested", "demonstrated", "demonstration", "demonstrations",
                       "marched", "rallied", "rally", "rioted", "riot", "riots", "disorder", "unrest"})
# (a vigil mourns the dead of the incident the story tells, no protest over them: "A vigil was held for the three
# people killed in Saturday's attack" counts them, or tells them again)
_CAUSES = frozenset({"after", "following", "followed", "over", "for", "against", "demanding", "honour", "honor",
                     "condemning", "denouncing"})  # ("The disorder followed the fatal stabbing of three girls")
_CAUSE_WORDS = 30  # words from a protest to the count of its cause
_SPAN_WORDS = 3  # words between "the past" and its unit ("over the past two years")
_SPAN_CLAUSE = 12  # words of the clause after a count that may tell its span
_RELATIVE_PRONOUNS = frozenset({"which", "that", "whom"})
_RELATIVE_WORDS = 3  # words from a relative pronoun to the count or its verb ("that has killed more than 40,000")
# "have been killed in the war", "The conflict has killed 10,000", "the war's death toll": the dead of a whole war are a
# running total too, when told in the perfect (not "Two soldiers were killed in the war on Monday") or as its toll; so
# are those of a campaign of war ("Israel's offensive has killed more than 40,000", "the invasion has killed")
_WARS = frozenset({"war", "war's", "conflict", "conflict's", "insurgency", "insurgency's", "uprising", "revolution",
                   "rebellion", "insurrection", "offensive", "offensive's", "invasion", "invasion's", "crackdown",
                   "crackdown's"})
_PERFECT = frozenset({"has", "have", "had"})
_IN_A_WAR = frozenset({"in", "during"})
_WAR_WORDS = 4  # words from "in" or a relative pronoun to the war ("in Syria's 13-year civil war")
_RELATIVES = frozenset({"which", "that", ","})  # "the conflict, which has killed 10,000"


def runs_over_a_span(c: Count) -> bool:
    """Whether a count is a running total, told over a span ("23 people had been killed since the protests began",
    "attacks that have killed hundreds this year", "in recent years", "Since October, more than 300 fighters have been
    killed") in its clause after it, or in a "Since …" that opens its sentence, or in the clause a relative one of it
    is of ("45 massacres so far this year, in which 170 people have died", "a rebellion since 1969 that has killed
    more than 40,000"). A toll is of its event whatever span it grew over ("the death toll has risen to 40 since
    Monday"), unless it is a war's (see `_of_a_war`)."""
    if (c.aside or c.category) not in _HARMED:
        return False  # (nor are the arrests "so far" of an investigation a running total)
    if c.source == "toll" or _of_a_war(c):
        return _of_a_war(c)
    words = c.sentence.words
    if words and words[0].lower() == _SINCE:
        return True
    clause = _clause_after(c, _SPAN_CLAUSE + _SPAN_WORDS + 1)
    return _tells_span(clause) or _tells_span(_antecedent(c)) or _tells_span(_participle_antecedent(c)) \
        or _record_of_a_group(c) or _opens_with_a_span(c)


def _opens_with_a_span(c: Count) -> bool:
    """Whether a count told in the perfect opens its sentence after a span ("So far this year 45 people have been
    killed", "This year, 200 migrants have died"): not a past act of the span ("Earlier this year, gunmen killed 12",
    one incident)."""
    return told_in_perfect(c) and _tells_span([w.lower() for w in c.sentence.words[:c.first] if w not in _CLAUSE_ENDS])


def told_in_perfect(c: Count) -> bool:
    """Whether the verb that gave a count its category is in the perfect ("45 people have been killed", "has killed
    12"), the tense of a total up to now."""
    words = c.sentence.words
    if c.cue is None:
        return False
    auxiliaries = words[c.np_end:c.cue] if c.cue > c.first else words[max(0, c.cue - 2):c.cue]
    return not _PERFECT.isdisjoint(w.lower() for w in auxiliaries)


def runs_over_years(c: Count) -> bool:
    """Whether a running total is told over a span longer than days ("since the 2021 coup", "this year", "over the
    past decade", a war's), a total of many incidents even when the story tells none of its own; not over days alone
    ("since Monday", "in the past 48 hours": the story's own spell of violence, whose toll it tells)."""
    return (c.running or runs_over_a_span(c)) and not runs_over_days(c) and not _toll_so_far(c)


def _toll_so_far(c: Count) -> bool:
    """Whether a count is a toll told "so far" or "to date" and over no other span ("The death toll so far stands at
    14"): the toll of the story's own incident, which may still grow, not a total of many ("The death toll so far this
    year")."""
    if c.source != "toll":
        return False
    words = [w.lower() for w in c.sentence.words]
    pairs = set(zip(words, words[1:]))
    rest = [w for w in words if w not in _SO_FAR_WORDS]
    return not _SO_FAR.isdisjoint(pairs) and not _tells_span(rest) and _WARS.isdisjoint(words)


def runs_over_days(c: Count) -> bool:
    """Whether the span a running total is told over is of days or weeks alone ("since Monday", "over the last
    week")."""
    words = c.sentence.words
    span = [w.lower() for w in words[:c.first]] if words and words[0].lower() == _SINCE else []
    span += _clause_after(c, 2 * _SPAN_CLAUSE) + _antecedent(c) + _participle_antecedent(c) + _toll_of_days(c)
    short = any(w in _SHORT_SPAN or is_weekday(w.removesuffix("'s")) for w in span)
    return short and _LONG_SPAN.isdisjoint(span) and not any(w.isdigit() and len(w) == 4 for w in span)


def _toll_of_days(c: Count) -> list[str]:
    """The words (lower-cased) of a toll told before its figure, when they tell a span of days or hours ("The death
    toll from two days of fighting in the capital has risen to 27": the toll of the story's own spell of violence, not
    a total of many incidents); else none."""
    if c.source != "toll" or c.cue is None or c.cue >= c.first:
        return []
    toll = [w.lower() for w in c.sentence.words[c.cue:c.first]]
    return toll if not _DAYS.isdisjoint(toll) else []


_DAYS = frozenset({"days", "hours"})  # (not "weeks of heavy rains": a season's toll)


def _clause_after(c: Count, reach: int = _SPAN_CLAUSE) -> list[str]:
    """The words (lower-cased) of a count's clause after it, which may tell its span, `reach` of them at most (a
    sentence of no commas may be long); past what is set off between the count and its verb after it ("More than 200
    people, most of them fighters, have been killed since October": the span is its verb's)."""
    start = c.cue if c.source == "after" and c.cue is not None and c.cue > c.after else c.after
    clause = []
    for w in c.sentence.words[start:start + reach]:
        if w in _CLAUSE_ENDS:
            break
        clause.append(w.lower())
    return clause


def participle_clause(c: Count) -> tuple[int, int] | None:
    """The tokens [start, end) of the clause a participle clause of the count hangs on (", killing 1,200 people" of
    "Hamas-led militants attacked Israel on Oct. 7"), else None: its act is that clause's, of its date and span."""
    words, k = c.sentence.words, c.cue
    if c.source != "before" or k is None or k < 2 or k > c.first or words[k - 1] != "," \
            or not words[k].endswith("ing"):
        return None
    start = k - 1
    while start > max(0, k - 1 - _SPAN_CLAUSE) and words[start - 1] not in _CLAUSE_ENDS:
        start -= 1
    return start, k - 1


def _participle_antecedent(c: Count) -> list[str]:
    """The words (lower-cased) of the clause a participle clause of the count hangs on: "since its invasion in
    February 2022" of ", killing more than 10,000 civilians"; else none."""
    clause = participle_clause(c)
    return [w.lower() for w in c.sentence.words[clause[0]:clause[1]]] if clause else []


def is_rate(c: Count) -> bool:
    """Whether a count of harm is told as a rate ("Heart disease kills 17 million people a year", "killing about 50
    people a day", "annually"), right after what it counts or after its verb that follows it ("with about 75 people
    killed every day", "40 people are killed each week", "die daily"), or past a few words of how they die ("About 40
    people die in road crashes every day"): a statistic, the dead of no incident (not "a day after", "a year ago": when
    something was; nor "in a day", "in half an hour": how long it took)."""
    words, k = c.sentence.words, max(c.after, c.np_end)
    if _rate_at(words, k):
        return True
    if c.source != "after" or c.cue is None or c.cue < k:
        return False
    if _rate_at(words, c.cue + 1):
        return True
    for j in range(c.cue + 2, min(len(words), c.cue + 2 + _HOW_WORDS)):
        if words[j] in _CLAUSE_ENDS:
            return False
        if words[j] in _EVERY:
            return _rate_at(words, j)
    return False


def _rate_at(words: list[str], k: int) -> bool:
    """Whether the words from token k tell a rate ("a year", "every day", "annually")."""
    return k < len(words) and (words[k] in _RATES or words[k] in _EACH and words[k + 1:k + 2] in _RATE_UNITS
                               and words[k + 2:k + 3] not in _NO_RATE_AFTER)


def protests_cause(c: Count) -> bool:
    """Whether a count of harm tells what a protest told before it in its sentence was over: "residents protested
    after a soldier shot and killed a motorcyclist", "demonstrated over the death of two classmates" (a death before
    the protest, no dead of it; not "during a protest, police shot dead 2 protesters", nor "police fired on
    protesters, killing 3": the protest's own dead, told with no word of a cause)."""
    words = c.sentence.words
    protest = next((k for k in range(c.first - 1, max(-1, c.first - _CAUSE_WORDS), -1) if words[k] in _PROTESTS),
                   None)
    return protest is not None and not _CAUSES.isdisjoint(words[protest + 1:c.first]) or _mourned_before(c)


def _mourned_before(c: Count) -> bool:
    """Whether a count of the dead is whom a mourning the story's event came after was for: "Trouble broke out after a
    vigil for a 19-year-old who died in a crash", "Clashes followed the funeral of two men killed by police" (a death
    before the event, none of its own; not "A vigil was held for the three people killed", the story's dead mourned)."""
    words = c.sentence.words
    for k in range(c.first - 1, max(0, c.first - _MOURNING_WORDS), -1):
        if words[k] in _MOURNINGS:
            return words[k + 1] in _MOURNED and (words[k - 1] in _AFTER_CAUSES or k > 1 and words[k - 2] in (
                _AFTER_CAUSES) and words[k - 1] in _DETERMINERS)
    return False


# a mourning ("a vigil for", "the funeral of") and the words that tell the story's event came after it
_MOURNINGS = frozenset({"vigil", "vigils", "funeral", "funerals", "memorial", "burial", "wake", "mourning"})
_MOURNED = frozenset({"for", "of"})
_AFTER_CAUSES = frozenset({"after", "following", "followed"})
_MOURNING_WORDS = 6  # words from the mourning to the count ("after a vigil for a 19-year-old")


def _record_of_a_group(c: Count) -> bool:
    """Whether a count is the record of a named group, told in the perfect in a relative clause of its name
    ("al-Shabaab, which has killed dozens of security personnel in the region"): a running total."""
    words, k = c.sentence.words, c.cue
    if c.source != "before" or k is None or k < 3 or k > c.first or words[k - 1].lower() not in _PERFECT \
            or words[k - 2].lower() not in ("which", "who"):
        return False
    name = k - 3 - (words[k - 3] == ",")
    if name < 1 or not c.sentence.is_word(name):
        return False
    a, b = c.sentence.spans[name]
    return any(ch.isupper() for ch in c.sentence.text[a:b])  # (a name: "Boko Haram", "al-Shabaab")


# Words that compare an incident with those since a time ("in the deadliest violence to strike France since World
# War II", "the worst attack since 2015"): the "since" measures the comparison, not a span the count grew over
# a span between two years ("were killed between 2013 and 2022", "from 2014 to 2020"): many incidents, no one event
_YEARS_SPAN, _YEARS_SPAN_ENDS = frozenset({"between", "from"}), frozenset({"and", "to"})
_COMPARED = frozenset({"deadliest", "bloodiest", "worst", "biggest", "largest", "greatest", "heaviest", "fiercest",
                       "most", "first", "highest"})


def _tells_span(clause: list[str]) -> bool:
    """Whether words (lower-cased) tell a span: "since …", "so far", "this year", "in recent years", "over the past
    two years"."""
    since = clause.index(_SINCE) if _SINCE in clause else None
    if since is not None and since + 1 < len(clause) and _is_verb_after_since(clause[since + 1]):
        since = None  # "the toll has since risen to 14": an adverb, then, no span
    if since is not None and _COMPARED.isdisjoint(clause[:since]) or not _SPAN_PAIRS.isdisjoint(
            zip(clause, clause[1:])) or any(a == _RECENT and b in _SPAN_UNITS for a, b in zip(clause, clause[1:])):
        return True
    return any(a == "the" and b in _PAST and not _SPAN_UNITS.isdisjoint(clause[k + 2:k + 2 + _SPAN_WORDS])
               for k, (a, b) in enumerate(zip(clause, clause[1:]))) or any(
        opener in _YEARS_SPAN and _is_year(first) and joiner in _YEARS_SPAN_ENDS and _is_year(last)
        for opener, first, joiner, last in zip(clause, clause[1:], clause[2:], clause[3:]))


def _is_year(word: str) -> bool:
    """Whether a word is a year ("2013"), as a span of years names its ends."""
    return len(word) == 4 and word.isdigit() and int(word) >= _FIRST_YEAR


def _is_verb_after_since(word: str) -> bool:
    """Whether a word after "since" is a verb, the "since" an adverb ("has since risen", "have since died"), not the
    start of a span ("since October", "since the war began")."""
    return word.endswith("ed") or word in _SINCE_VERBS


def _opens_on_an_occasion(words: list[str]) -> bool:
    """Whether a sentence opens with the day of an occasion, named with no determiner ("On election day,", "On
    Christmas Day,"; not "On the same day,", "On that day,")."""
    return len(words) > 3 and words[0].lower() == _ON and words[1].lower() not in _DAY_DETERMINERS and any(
        words[k].lower() == _DAY and words[k + 1] == "," for k in range(2, min(len(words) - 1, _OPENER_DAY_WORDS + 1)))


_DAY_DETERMINERS = frozenset({"the", "that", "this", "a", "each", "every"})


def _antecedent(c: Count) -> list[str]:
    """The words (lower-cased) of the clause a relative clause of the count is of: "45 massacres so far this year" of
    ", in which 170 people have died", "a rebellion since 1969" of "that has killed more than 40,000"; else none."""
    words = c.sentence.words
    start = c.cue if c.cue is not None and c.cue < c.first else c.first
    for k in range(start - 1, max(-1, start - 1 - _RELATIVE_WORDS), -1):
        if words[k] in _RELATIVE_PRONOUNS:
            k -= words[k - 1] in _WHICH_PREPOSITIONS if k > 0 else 0
            k -= words[k - 1] == "," if k > 0 else 0
            out: list[str] = []
            for w in reversed(words[max(0, k - _SPAN_CLAUSE):k]):
                if w in _CLAUSE_ENDS:
                    break
                out.append(w)
            return out[::-1]
    return []


def _of_a_war(c: Count) -> bool:
    """Whether a count is of the dead of a whole war: told in the perfect in it ("More than 34,000 Palestinians have
    been killed in the war", "Thousands have died in the insurgency"), the object of one that has killed ("The
    conflict has killed more than 10,000 civilians", "a war that has killed 500,000"), or its toll ("the death toll in
    the seven-month war stands at 34,535", "the war's death toll")."""
    words = c.sentence.words
    if c.source == "toll" and c.cue is not None:
        # its words before its figure, or after it when it is named after it ("raising to 40 the toll from …")
        toll = words[max(0, c.cue - 1):c.first] if c.cue < c.first else words[c.cue - 1:c.cue + 2 * _WAR_WORDS]
        # (and the toll of a span: "the death toll from weeks of heavy rains", "from a week of attacks", "the number
        # of soldiers killed since the ground offensive began")
        return not _WARS.isdisjoint(toll) or any(a in _SPAN_UNITS and b == "of" for a, b in zip(toll, toll[1:])) \
            or _tells_span([w.lower() for w in toll])
    if c.cue is not None and c.cue < c.first:
        if c.cue >= 2 and words[c.cue - 1] in _PERFECT:
            before = words[max(0, c.cue - 1 - _WAR_WORDS):c.cue - 1]
            opening = _set_off(words, c.cue - 1)
            if opening is not None:
                # the war told before a clause set off between it and its verb ("The war between the army and the
                # RSF, which broke out in April 2023, has killed tens of thousands", "Boko Haram's insurgency, now in
                # its 14th year, has killed more than 35,000")
                return not _WARS.isdisjoint(words[max(0, opening - 2 * _WAR_WORDS):opening])
            return bool(before) and (before[-1] in _WARS or before[-1] in _RELATIVES and not _WARS.isdisjoint(before))
        return False
    clause = []
    for w in words[c.after:c.after + _SPAN_CLAUSE]:
        if w in _CLAUSE_ENDS:
            break
        clause.append(w)
    for k, w in enumerate(clause):
        if w in _IN_A_WAR:
            return not _PERFECT.isdisjoint(clause[:k]) and not _WARS.isdisjoint(clause[k + 1:k + 1 + _WAR_WORDS])
    return False


def told_of_a_war(c: Count) -> bool:
    """Whether a count stands in a relative clause of a war, in any tense ("an insurgency in the 1980s that left some
    30,000 people dead", "the civil war, which killed 500,000"): a toll of the war, whatever its verb."""
    return not _WARS.isdisjoint(_antecedent(c))


def names_a_war(word: str) -> bool:
    """Whether a word names a war, a conflict or a campaign of one ("war", "insurgency's", "offensive")."""
    return word.lower() in _WARS


def _set_off(words: list[str], end: int) -> int | None:
    """The comma that opens a clause or phrase set off by commas and closed right before token `end` (", which broke
    out in April 2023," or ", now in its 14th year," before "has killed"), else None."""
    if end < 3 or words[end - 1] != ",":
        return None
    for k in range(end - 2, max(0, end - 2 - _SPAN_CLAUSE), -1):
        if words[k] in _CLAUSE_ENDS:
            return k if words[k] == "," else None
    return None


# A count told with a date of the past ("Last year, an attack on the same market killed 50", "In March 2019, a bombing
# killed 30", "killed 30 in a previous attack on the market") counts a past incident, not the article's own.
_CLAUSE_BOUNDS = frozenset({",", ";", "—", "–", "(", ")", "which", "where", "who", "while", "whereas", "when"})
_WHEN = "when"  # "since March 2019, when a bomber killed 30": the date before it is the clause's
# the rest of an event noun's phrase after the year that modifies it ("the 2012 massacre at Sandy Hook")
_ATTRIBUTIVE_DATE = re.compile(r"[^\S\n]+[a-z]+(?:[^\S\n]+(?:at|in|on|of)[^\S\n]+(?:the[^\S\n]+)?[\w'’.-]+"
                               r"(?:[^\S\n]+[A-Z][\w'’.-]*){0,3})?")
_WHEN_WORDS = 25  # words from a participle clause back to the "when" of the act it hangs on
_WHICH, _WHICH_PREPOSITIONS = "which", frozenset({"in", "during"})  # "the civil war in 2009, in which 100,000 died"
_CLAUSE_WORDS = 15  # words of a count's clause looked at on each side (a sentence of no commas may be very long)
# after it, the verb and the chain of phrases of where and how that may come before the clause's date ("were killed in
# a gas blast at a chemical plant in the port of Tianjin in August 2015")
_CLAUSE_WORDS_AFTER = 20
_OPENING_CHARS = 30  # characters before the day that opens a note ("Around 4 May 2020 (as reported), …")
# words that open a sentence of the news after a recalled past ("This time, …", "Now …", "Today …")
_PRESENT_OPENING = re.compile(r"(?:this time|now|today|tonight|currently|these days)\b", re.IGNORECASE)
_DAY_OR_WEEK = frozenset({"day", "week"})
_YEAR_OR_MONTH = frozenset({"year", "month"})
_OPENING_PERIODS = _DAY_OR_WEEK | _YEAR_OR_MONTH  # ("In February, an ambush killed nine" after Sunday's, in March)
_AND = "and"
_DURING, _THAT = "during", "that"  # "during that protest": an incident told in the sentence before
_THOSE = "those"  # "killed in those strikes": the acts told before, of another incident than the story's news
_POINTING_BACK = frozenset({"in", "during", "by", "from"})
_TOLD_PERIODS = frozenset({"year", "month"})  # "that year": the one the sentence before told
_THAT_YEAR_OPENER = 12  # words of a phrase set off before a count's clause ("During the siege of the city that year,")
_OPENER_WORDS = 3  # words before a date that opens its sentence ("In March 2019, …") and dates all its clauses
_SHORT_OPENER = 6  # words of a phrase set off before such a date ("Less than a year later, in December 2017, …")
_SPAN_STARTS = ("since", "from", "until", "till")  # the start or end of a span, no date of what happened
_LONG_AGO = timedelta(days=31)  # a period that ended this long before publication is past, not the news of the day
# a month, a span the news of the day is not told by, that ended this long before publication is past ("witnessed the
# abduction of 15 persons in March" in a story of April 23)
_MONTH_AGO = timedelta(days=14)
_DAYS_AHEAD = timedelta(days=7)  # a day read this far after publication may be the occasion a story is for, not past
_PAST_ADJECTIVES = frozenset({"similar", "previous", "prior"})  # "a similar attack", "a previous raid"
_DETERMINERS = frozenset({"a", "an", "the"})
_OPENING_PREPOSITIONS = frozenset({"in", "during"})  # "In a similar attack in March, 30 people were killed"
# "The day before, a drone attack on Kharkiv had killed two people", "Two days earlier, …": a day before the story's
# incident, told in a phrase that opens the sentence (not "a day later", still of it)
_DAYS_EARLIER = frozenset({("day", "before"), ("night", "before"), ("previous", "day"), ("previous", "night"),
                           ("previous", "week"), ("day", "earlier"), ("days", "earlier"), ("week", "earlier"),
                           ("weeks", "earlier"), ("night", "earlier")})
_OPENER_DAY_WORDS = 4  # words of such a phrase ("Two days earlier,", not "He was released one day before guards …,")
# a day an occasion names, opening a sentence ("On election day,", "On Christmas Day,"): another day than the one the
# story dated its own incident to (not "On the same day,", "On that day,")
_ON = "on"
_DAY = "day"
# "The attack comes a week after 14 people were killed in …", "It came days after gunmen killed 9": an earlier incident
# (not "The airstrikes came after the group killed 10 soldiers earlier that day", which may be of the day's events)
_COMES = frozenset({"comes", "came", "come", "coming"})
_AFTER = "after"
_DAYS_BEFORE = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})
_COMES_WORDS = 4  # words from the verb to "after" ("came just two weeks after")
# a sentence that tells its news came days or weeks after an earlier act ("The attack came two days after …")
_CAME_AFTER = re.compile(rf"\b(?:{'|'.join(sorted(_COMES))})(?:\s+\S+){{0,{_COMES_WORDS - 1}}}?\s+"
                         rf"(?:{'|'.join(sorted(_DAYS_BEFORE))})\s+{_AFTER}\b")
_CAME_AFTER_WORDS = 25  # words from "after" to a count of the act it opens ("after a bomb at a Mass in … killed four")
_SPAN_OPENER_WORDS = 4  # words of a span opening a sentence up to its "after" ("Two full months after")
_SPAN_COUNTS = frozenset(numbers.lexicon().words) | {"a", "an", "full", "just", "only", "nearly", "almost", "some"}
_FIRST_YEAR = 1900  # (a four-digit number from it on, in a clause of what happened, is a year)
_NEAR_EVENTS = 4  # events on each side of a count of the past that may be its incident
# "a 2014 assault on a school that killed 150", "the 1994 genocide": a year before the noun of what happened then (not
# "the 1500 migrants", a count, as numbers.py reads it)
_ATTRIBUTIVE_YEAR = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[^\S\n]+((?:1[89]|20)\d\d)[^\S\n]+"
                               r"(?=[A-Z]|[a-z]+\b)(?![a-z]*s\b|people\b|police\b)")
# "the previous day", "the previous toll": a time or a figure, no incident of the past
_NO_INCIDENT = frozenset({"day", "night", "morning", "afternoon", "evening", "week", "weekend", "toll", "figure",
                          "tally", "count", "estimate", "report", "reports", "one", "year", "month"})


@dataclass(frozen=True, slots=True)
class Past:
    """The date of the past a count is told with (none when only its words say so: "a previous attack")."""
    date: date | None
    precision: str


def _bounds_clause(sent: SentenceTokens, k: int) -> bool:
    """Whether token k ends a count's clause; not the comma of a number's thousands, which a token of digits touches on
    either side ("Twin earthquakes in February 2023 killed more than 53,000 people in Turkey and about 6,000 in
    Syria": the 6,000 are of the date too)."""
    word = sent.words[k]
    if word == ",":
        spans = sent.spans
        return not (0 < k < len(spans) - 1 and spans[k - 1][1] == spans[k][0] and spans[k][1] == spans[k + 1][0]
                    and sent.words[k - 1].isdigit() and sent.words[k + 1].isdigit())
    return word.lower() in _CLAUSE_BOUNDS


def _second_opener(sent: SentenceTokens, m: DateMention) -> bool:
    """Whether a date set off by commas follows a short phrase that opens its sentence, and so dates all its clauses
    as an opening date does: "Less than a year later, in December 2017, a man drove an SUV into pedestrians, injuring
    16 people"."""
    words, spans, n = sent.words, sent.spans, len(sent.words)
    comma = next((k for k in range(1, min(n, _SHORT_OPENER + 1)) if words[k] == ","), None)
    if comma is None or not spans[comma][1] <= m.start < spans[min(comma + 1 + _OPENER_WORDS, n - 1)][0]:
        return False
    after = bisect_left(sent.starts, m.end)
    return after < n and words[after] == ","


class Pasts:
    """Whether each count is told of a past incident ("Last year, …", "In 2019, a similar attack killed 30", "a 2014
    assault that killed 150"): the date nearest it in its clause, else one that opens its sentence, is of the past; or,
    with no date, its clause tells of "a similar" or "a previous" attack. The dates of a sentence are read once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        published = doc.article.published_at
        self.published = published.date() if isinstance(published, datetime) else published
        self.dates: dict[int, tuple[list[DateMention], list[int]]] = {}
        # numeric dates read as the events of the article read them ("On 6/8/2019" of 10 August 2019 is 6 August)
        _, self.order, self.settled = article_order(doc.text, doc.article.language, doc.article.date_order)
        if self.published is None and doc.sentences:
            self.published = self._opening_day()

    def _opening_day(self) -> date | None:
        """The day a note or summary of no publication date opens with ("11/06/2017: Assailants …", "On 5 May 2020,
        …"): its incident's, which another year it tells of is before ("In 2014, a truck bomb killed 500")."""
        found, _ = self._sentence_dates(0)
        first = found[0] if found else None
        if first is None or first.precision != "day" or first.start > self.doc.sentences[0].start + _OPENING_CHARS:
            return None
        return first.date

    def _is_past(self, m: DateMention) -> bool:
        said = m.text.lower()
        if m.precision in ("year", "month", "week") and (
                said.startswith(("last ", "earlier ")) or said.endswith(" ago")):
            return True  # "last year", "earlier this year", "two years ago", "last week": no news of the day
        return m.date is not None and self.published is not None and m.precision in ("year", "month", "week", "day") \
            and period(m.date, m.precision)[1] < self.published - (_MONTH_AGO if m.precision == "month" else _LONG_AGO)

    def _sentence_dates(self, index: int) -> tuple[list[DateMention], list[int]]:
        if index not in self.dates:
            sent = self.doc.sentences[index]
            found = [m for m in find_dates(self.doc.text, self.doc.article.published_at, sent.start, sent.end,
                                           self.order, settled=self.settled)
                     if m.date is not None or m.text.lower().endswith(" ago")]
            found += [DateMention(m.start(1), m.end(1), m.group(1), date(int(m.group(1)), 1, 1), "year")
                      for m in _ATTRIBUTIVE_YEAR.finditer(self.doc.text, sent.start, sent.end)
                      if not any(f.start <= m.start(1) < f.end for f in found)]
            found.sort(key=lambda m: m.start)
            self.dates[index] = found, [m.start for m in found]
        return self.dates[index]

    @staticmethod
    def _clause(c: Count) -> tuple[int, int]:
        """The tokens of a count's clause, a few words on each side at most."""
        words, n = c.sentence.words, len(c.sentence.words)
        lo = c.first
        while lo > max(0, c.first - _CLAUSE_WORDS) and not _bounds_clause(c.sentence, lo - 1):
            lo -= 1
        hi = c.after
        while hi < min(n, c.after + _CLAUSE_WORDS_AFTER) and not _bounds_clause(c.sentence, hi):
            hi += 1
        return lo, hi

    def another_incident(self, c: Count) -> bool:
        """Whether a count's clause tells of "a similar" or "a previous" attack, whatever its date: "Two policemen died
        in a similar attack on Friday" is no figure of the story's Monday bombing, however recent (it keeps the event
        of its day, if there is one); so is one a phrase opening its sentence dates days before the story's ("The day
        before, a drone attack had killed two people"; "On election day,", an occasion's day; "a rocket attack days
        earlier that killed 12", the act a relative clause of it is of), though it is no past to link it by, and so is
        what an answer was for ("in retaliation for an offensive in which 11 fighters were killed"; not the answer's
        own dead, news of the story: "In retaliation, the army said it killed 12 bandits")."""
        lo, hi = self._clause(c)
        words = c.sentence.words[:lo]
        if 3 <= lo <= _OPENER_DAY_WORDS + 1 and words[-1] == "," \
                and not _DAYS_EARLIER.isdisjoint(zip(words[:-1], words[1:-1])):
            return True
        # (or the act a relative clause of the count is of: "a rocket attack on the town days earlier that killed 12")
        antecedent = _antecedent(c)
        if not _DAYS_EARLIER.isdisjoint(zip(antecedent, antecedent[1:])) or _opens_on_an_occasion(c.sentence.words):
            return True
        if of_what_was_answered(c.sentence.words, c.first):
            return True
        # (or a span of days, weeks or years "after" it opens the sentence, of a present news: "One month after gunmen
        # killed 14 worshippers at a church in Owo, residents say they still live in fear"; or the clause a relative
        # clause of the count is of names a year before the story's: "the 2014 bombings in the city, when more than 100
        # people died")
        antecedent_start = _relative_antecedent_start(c.sentence, lo)
        if opened_as_before(c) or self._of_a_past_year(c.sentence.words[antecedent_start:lo]):
            return True
        return self._told_past(c, lo, hi) is not None

    def _of_a_past_year(self, words: list[str]) -> bool:
        """Whether words name a year before the story's ("the 2014 bombings")."""
        return self.published is not None and any(
            len(w) == 4 and w.isdigit() and _FIRST_YEAR <= int(w) < self.published.year for w in words)

    def _nearest_in_clause(self, c: Count, lo: int, hi: int) -> DateMention | None:
        """The date of a count's clause (tokens lo to hi) nearest it, not the start or end of a span."""
        spans = c.sentence.spans
        found, starts = self._sentence_dates(c.sentence.index)
        clause_start, clause_end = spans[lo][0], spans[hi - 1][1] if hi > lo else spans[lo][1]
        inside = [m for m in found[bisect_left(starts, clause_start):bisect_left(starts, clause_end)]
                  if m.end <= clause_end and not m.text.lower().startswith(_SPAN_STARTS)]
        return min(inside, key=lambda m: abs(m.start - c.start)) if inside else None

    def dated_before(self, c: Count, day: date) -> bool:
        """Whether the date of a count's clause is a year or a month that ended before `day`, the day of the story's
        own incident: "more than 200 rebels were killed in clashes in 2024" in a story of a Monday in January 2025, or
        "were suspended in September after an attack on a base killed two soldiers" after Sunday's (October 6) bomb,
        tell other incidents, however recent (`of` reads a past a month or more before publication only). A day or a
        week is left to `opens_before`: a story may tell its own incident's dead on the day before its toll grew."""
        lo, hi = self._clause(c)
        m = self._nearest_in_clause(c, lo, hi) if self._sentence_dates(c.sentence.index)[0] else None
        return m is not None and m.date is not None and m.precision in _YEAR_OR_MONTH \
            and period(m.date, m.precision)[1] < day

    def relative_dated_before(self, c: Count, day: date) -> bool:
        """Whether a count is the object of a relative clause of no date of its own ("that killed more than 70 people")
        whose sentence dates what it is of, before it, to a day or a week that ended before `day`, the day of the
        story's own incident: "Bamako was struck on 17 September by an assault that killed more than 70 people" after
        the story's toll of the 23rd is another, earlier incident."""
        words, spans = c.sentence.words, c.sentence.spans
        if c.cue is None or not 1 <= c.cue < c.first:
            return False
        pronoun = c.cue - 1 - (words[c.cue - 1].lower() in _PERFECT)  # ("that has killed")
        if pronoun < 1 or words[pronoun].lower() not in _SUBJECT_RELATIVES:
            return False
        _, hi = self._clause(c)
        found, starts = self._sentence_dates(c.sentence.index)
        if not found or bisect_left(starts, spans[pronoun][0]) != bisect_left(starts, spans[hi - 1][1]):
            return False  # (a date of its own clause tells its day)
        told = [m for m in found[:bisect_left(starts, spans[pronoun][0])]
                if m.date is not None and m.precision in _DAY_OR_WEEK and not m.text.lower().startswith(_SPAN_STARTS)]
        return bool(told) and period(told[-1].date, told[-1].precision)[1] < day

    def _told_before_of_the_past(self, c: Count, lo: int, hi: int) -> Past | None:
        """The past of an incident a count's clause points back to with "during that" ("Some 40 teachers died during
        that strike" after "The teachers held a long strike in 2019"), or to the year or month of it with "that year"
        in its clause or the phrase opening its sentence, when the sentence before is of that past; or with "in
        those" to the act the sentence before told the news came after."""
        words = c.sentence.words
        if c.sentence.index == 0:
            return None
        before = self.doc.sentences[c.sentence.index - 1]
        reach = min(len(words), c.after + _CLAUSE_WORDS_AFTER)  # (past an insert: "16 people, including civilians,")
        if any(words[k].lower() == _THOSE and words[k - 1].lower() in _POINTING_BACK for k in range(lo + 1, reach)) \
                and _CAME_AFTER.search(self.doc.text, before.start, before.end) is not None:
            # "killed in those strikes" after "The attack came two days after the US carried out strikes on 85
            # targets": the earlier act the news came after, pointed back to
            return Past(None, "none")
        # (or the year or month the sentence before told, named again: "It was the first such loss since 2017. During
        # the siege of the city that year, more than 1,000 people were killed")
        opening = next((k for k in range(min(len(words), _THAT_YEAR_OPENER)) if words[k] == ","), 0)
        if not any(words[k] == _THAT and words[k - 1] == _DURING for k in range(lo + 1, hi)) and not any(
                words[k].lower() == _THAT and words[k + 1] in _TOLD_PERIODS
                for k in chain(range(lo, hi - 1), range(opening - 1))):
            return None
        found, _ = self._sentence_dates(c.sentence.index - 1)
        past = next((m for m in reversed(found) if m.date is not None and self._is_past(m)), None)
        return Past(past.date, past.precision) if past is not None else None

    def of(self, c: Count) -> Past | None:
        words, spans, n = c.sentence.words, c.sentence.spans, len(c.sentence.words)
        lo, hi = self._clause(c)
        pointed = self._told_before_of_the_past(c, lo, hi)
        if pointed is not None:
            return pointed
        found, starts = self._sentence_dates(c.sentence.index)
        if not found:
            return self._told_past(c, lo, hi) or self._carried_on(c.sentence.index)
        nearest = self._nearest_in_clause(c, lo, hi)
        if nearest is None and lo >= 2 and words[lo - 1] == "," and words[lo] == _AND:
            # a clause joined by ", and" with no date of its own shares the date of the clause it goes on: "The UN
            # counted 1,200 kidnappings last year, and more than 4,000 people killed in gang violence"
            start = lo - 1
            while start > max(0, lo - 1 - _CLAUSE_WORDS) and not _bounds_clause(c.sentence, start - 1):
                start -= 1
            nearest = self._nearest_in_clause(c, start, lo - 1) if start < lo - 1 else None
        if nearest is not None:
            return self._past(nearest, c)
        hung = participle_clause(c)
        if hung is not None:
            # ", killing 1,200 people" after "militants attacked Israel on Oct. 7": the date of the act it tells of
            told = [m for m in found if spans[hung[0]][0] <= m.start and m.end <= spans[hung[1]][0]
                    and not m.text.lower().startswith(_SPAN_STARTS)]
            if told:
                return self._past(told[-1], c)
        hangs = hung[1] if hung is not None else lo - 1 if 0 < lo < n and words[lo - 1] == "," and (
            words[lo].endswith("ing")) else None
        if hangs is not None:
            # ", killing six people" after "January 2017, when a man drove a stolen car through pedestrians in Bourke
            # Street Mall" (or ", killing six and injuring 27"): the participle is of the clause's act, and so of the
            # date before its "when" or "in which", however long the clause
            k = next((k for k in range(hangs - 1, max(0, hangs - _WHEN_WORDS), -1)
                      if words[k] in _CLAUSE_ENDS or words[k].lower() in (_WHEN, _WHICH)), None)
            if k is not None and words[k].lower() in (_WHEN, _WHICH):
                lo = k + 1
        # (and ", which": "the earthquake that struck central Myanmar in March, which killed more than 3,700")
        comma = lo - 2 if lo >= 3 and (words[lo - 1].lower() == _WHEN or words[lo - 1].lower() == _WHICH and (
            words[lo - 2] == ",")) else lo - 3 if lo >= 4 and (
            words[lo - 1].lower() == _WHICH and words[lo - 2].lower() in _WHICH_PREPOSITIONS) else -1
        if comma >= 1 and words[comma] == ",":
            k = bisect_left(starts, spans[comma][0]) - 1  # the date right before ", when" or ", in which"
            if k >= 0 and found[k].end != spans[comma - 1][1] and not (found[k].text.isdigit() and (
                    _ATTRIBUTIVE_DATE.fullmatch(self.doc.text, found[k].end, spans[comma - 1][1]) is not None)):
                k = -1  # (or the year of the event noun before them: "the 2012 massacre at Sandy Hook, in which")
            if k >= 0:
                m = found[k]
                if m.text.lower().startswith(_SINCE) and m.date is not None and self.published is not None \
                        and period(m.date, m.precision)[1] < self.published:
                    # "the deadliest since March, when 22 people were killed": another incident, however recent
                    return Past(m.date, m.precision)
                return self._past(m, c)  # "in November, when bombers killed 130 people"
        if (found[0].start < spans[min(_OPENER_WORDS, n - 1)][0] or _second_opener(c.sentence, found[0])) \
                and not found[0].text.lower().startswith(_SPAN_STARTS):
            return self._past(found[0], c)  # "Last year, an attack on the same market killed 50 people"
        semicolon = next((k for k in range(c.first - 1, 0, -1) if words[k] == ";"), None)
        if semicolon is not None:
            # a clause after a semicolon opens as a sentence does: "It was the second such attack in two years; in May
            # 2017, gunmen killed 28 people there"
            opening = spans[semicolon + 1][0], spans[min(semicolon + 1 + _OPENER_WORDS, n - 1)][0]
            m = next((m for m in found if opening[0] <= m.start < opening[1]), None)
            if m is not None and not m.text.lower().startswith(_SPAN_STARTS):
                return self._past(m, c)
        return self._told_past(c, lo, hi)

    def _carried_on(self, index: int) -> Past | None:
        """The past a sentence of no date goes on telling: the one its paragraph's sentence before it opens with ("Two
        years ago, militants overran the town. More than 60 people died"; "In May 2019, gunmen stormed a hotel. Twenty
        people died"), the story's narrative of that past incident."""
        sentences = self.doc.sentences
        if index == 0 or sentences[index - 1].paragraph != sentences[index].paragraph \
                or _PRESENT_OPENING.match(self.doc.text, sentences[index].start):
            return None  # (not one that turns back to the news: "This time, the gunmen killed five worshippers")
        found, _ = self._sentence_dates(index - 1)
        first = found[0] if found else None
        if first is None or first.date is None or first.start > sentences[index - 1].start + _OPENING_CHARS \
                or first.text.lower().startswith(_SPAN_STARTS) or not self._is_past(first):
            return None
        return Past(first.date, first.precision)

    def recent(self, event: Event | None) -> bool:
        """Whether an event is dated by its own words to a day or week of the news, not long before publication
        ("On Saturday, gunmen killed two herders"): the story's own incident, after any past one it recalled first."""
        return event is not None and event.date is not None and event.date_source == "text" \
            and event.date_precision in _DAY_OR_WEEK and self.published is not None \
            and period(event.date, event.date_precision)[1] >= self.published - _LONG_AGO

    def tells_past(self, index: int) -> bool:
        """Whether a sentence tells a date of the past: a lead that does ("In March 2019, a bombing killed 30") opens a
        story of past incidents, not news of the day."""
        return index < len(self.doc.sentences) and any(
            m.date is not None and self._is_past(m) for m in self._sentence_dates(index)[0])

    def undated(self, c: Count) -> bool:
        """Whether a count's sentence tells no date."""
        return not self._sentence_dates(c.sentence.index)[0]

    def relative_to_the_news_day(self, c: Count) -> bool:
        """Whether a count stands in a relative clause ("in which", "when", "where") of what its sentence's news of a
        recent day is about: "A court on Thursday sentenced a rebel commander for his part in the raid on a village,
        in which 22 farmers were killed in May 2021" (the news a verdict of the day, the dead of the past raid it
        judged, though the story tells no dead of its own), when a date tells that past (not "after clashes with
        the militiamen, which resulted in 23 rebels dead": the news of the day)."""
        words, spans = c.sentence.words, c.sentence.spans
        which = next((k for k in range(c.first - 1, max(-1, c.first - 1 - _RELATIVE_REACH), -1)
                      if words[k].lower() in _RELATIVE_OPENERS), None)
        if which is None or any(_bounds_clause(c.sentence, k) for k in range(which + 1, c.first)):
            return False
        past = self.of(c)
        return past is not None and past.date is not None and any(
            m.end <= spans[which][0] and m.date is not None and m.precision in _DAY_OR_WEEK
            and not m.text.lower().startswith(_SPAN_STARTS) and not self._is_past(m)
            for m in self._sentence_dates(c.sentence.index)[0])

    def spans_from_long_ago(self, index: int) -> bool:
        """Whether the sentence before sentence `index`, in its paragraph, tells a span from a past month or year
        ("Manipur has been torn by ethnic violence since May 2023"): a count told in the perfect after it, of no date
        of its own ("More than 220 people have been killed"), is a total over that span."""
        sentences = self.doc.sentences
        if index == 0 or sentences[index - 1].paragraph != sentences[index].paragraph:
            return False
        text = self.doc.text
        return any(m.date is not None and m.precision in _YEAR_OR_MONTH and self._is_past(m) and (
            m.text.lower().startswith(_SINCE) or text[max(0, m.start - _SINCE_CHARS):m.start].lower().strip() == _SINCE)
            for m in self._sentence_dates(index - 1)[0])

    def before(self, c: Count, day: date | None) -> bool:
        """Whether a count is told of a past (`of`) that ended before `day`, the story's own incident's, if known."""
        past = self.of(c)
        return past is not None and (day is None or past.date is None or period(past.date, past.precision)[1] < day)

    def opens_before(self, c: Count, day: date) -> bool:
        """Whether a count's sentence opens with a date of days before `day`, the day of the story's own incident, or
        with a month or year that ended before it, and its clause holds no date of its own: "On October 2, three
        infiltrators were killed along the LoC" after "Two terrorists were killed in Kupwara on Wednesday" (October 8),
        or "In February, an ambush killed nine soldiers" after Sunday's (March 10), tells another, earlier incident,
        however recent."""
        words, spans, n = c.sentence.words, c.sentence.spans, len(c.sentence.words)
        found, starts = self._sentence_dates(c.sentence.index)
        if not found or found[0].date is None or found[0].start >= spans[min(_OPENER_WORDS, n - 1)][0] \
                or found[0].text.lower().startswith(_SPAN_STARTS) or found[0].precision not in _OPENING_PERIODS:
            return False
        lo, hi = self._clause(c)
        clause_start, clause_end = spans[lo][0], spans[hi - 1][1] if hi > lo else spans[lo][1]
        if bisect_left(starts, clause_start) != bisect_left(starts, clause_end) or words[lo - 1:lo] != [","]:
            return False  # (a date of its own clause tells its day; and the date is set off before the clause)
        return period(found[0].date, found[0].precision)[1] < day

    def _past(self, m: DateMention, c: Count) -> Past | None:
        if (c.aside or c.category) in _HARMED and m.date is not None and self.published is not None \
                and m.date > self.published + _DAYS_AHEAD:
            # "In April, a similar attack killed seven" in a story of March: the dead are of the past, so a month or
            # day that names no year is last year's (as the events rules date a verb told as done)
            m = year_before(m) or m
        return Past(m.date, m.precision) if self._is_past(m) else None

    @staticmethod
    def _told_past(c: Count, lo: int, hi: int) -> Past | None:
        """ "killed 30 in a similar attack", "A previous raid on the camp killed 12": a past incident, of no date; so is
        one that a phrase opening the sentence names ("In a similar attack in March, 30 people were killed"), or that
        the story's news "comes" after ("The attack comes a week after 14 people were killed in …", "…, a day after two
        civilians were killed in …")."""
        words = c.sentence.words
        parts = [(lo, hi)]
        if lo >= 3 and words[lo - 1] == "," and words[0] in _OPENING_PREPOSITIONS \
                and _CLAUSE_BOUNDS.isdisjoint(words[1:lo - 1]):
            parts.append((0, lo - 1))
        for a, b in parts:
            for k in range(a + 1, b - 1):
                if words[k] in _PAST_ADJECTIVES and words[k - 1] in _DETERMINERS and words[k + 1] not in _NO_INCIDENT:
                    return Past(None, "none")
        # (a relative clause of the count is of the incident its antecedent names: "The attack comes two weeks after
        # another attack on Manzia, in which 8 people were killed")
        start = _relative_antecedent_start(c.sentence, lo)
        for k in range(start + 1, c.first):
            if words[k] == _AFTER and words[k - 1] in _DAYS_BEFORE and (
                    not _COMES.isdisjoint(words[max(start, k - _COMES_WORDS):k - 1])
                    or lo > 0 and words[lo - 1] == "," and (words[k + 1:c.first] in ([], ["the"]) or (
                        _object_after_its_doer(c, k + 1)))):
                # (or set off after the story's clause, of which it opens the news before: "police said, a day after
                # two civilians were killed in a gunfight", ", and a day after troops killed a militant")
                return Past(None, "none")
        return Past(None, "none") if _came_after(c.sentence, c.first) else None

    def dated_long_ago(self, event: Event | None, before: date | None) -> bool:
        """Whether a count's event is dated by its own words to long before publication, and before `before` (the date
        of the story's own figures of its kind), in words the dates of a count are not read from ("Another 68 inmates
        died in fighting at the same prison two months later", after "In September 2021, …"): its figure is of a past
        incident too."""
        if event is None or event.date is None or event.date_source != "text" or before is None \
                or self.published is None:
            return False
        end = period(event.date, event.date_precision)[1]
        return end < self.published - _LONG_AGO and end < before

    def holds(self, event: Event, past: Past) -> bool:
        """Whether an event is the past incident a count tells of: dated to the count's date (or, for a count of no
        date, by its own words to a day long before publication), never to a day near publication."""
        if event.date is None:
            return False
        if past.date is not None and (event.date, event.date_precision) == (past.date, past.precision):
            return True  # dated by the very words the count is told with ("Last month, 30 people were killed")
        end = period(event.date, event.date_precision)[1]
        if self.published is not None and end >= self.published - _LONG_AGO:
            return False  # (the article's own incident falls in "earlier this year" too)
        if past.date is not None:
            return event.date <= period(past.date, past.precision)[1] and past.date <= end
        return self.published is not None and event.date_source == "text"


def _object_after_its_doer(c: Count, start: int) -> bool:
    """Whether a count is the object of a casualty verb whose subject, a few words, is all that stands between token
    `start` and the verb: "security forces killed" of "a day after security forces killed a militant"."""
    return c.source == "before" and c.cue is not None and start < c.cue < c.first \
        and c.cue - start <= _DOER_WORDS


_DOER_WORDS = 4  # words of the doer ("the Sudanese armed forces")


def opened_as_before(c: Count) -> bool:
    """Whether a count stands in a phrase opening its sentence that a span "after" governs, before the sentence's own
    clause ("One month after gunmen killed 14 worshippers, residents say …", "Days after the blast that killed nine,
    …"): what the span came after is before the news the sentence tells."""
    words = c.sentence.words
    # (past a day set off before it, and the "to the day" of an anniversary: "On Monday, a year to the day after armed
    # men killed 38 people at the market, residents gathered …")
    starts = [0] + [k + 1 for k in range(min(_DAY_OPENER_WORDS, c.first)) if words[k] == ","]
    return any(_span_after_from(words, start, c.first) for start in starts)


def _span_after_from(words: list[str], start: int, first: int) -> bool:
    """Whether a span "after" opens the words from token `start` and governs the count at token `first`."""
    k = next((k for k in range(start + 1, min(start + _SPAN_OPENER_WORDS + len(_TO_THE_DAY), first))
              if words[k].lower() == _AFTER), None)
    if k is None:
        return False
    unit = k - 1 - len(_TO_THE_DAY) if [w.lower() for w in words[k - len(_TO_THE_DAY):k]] == _TO_THE_DAY else k - 1
    return unit >= start and words[unit].lower() in _DAYS_BEFORE \
        and all(w[:1].isdigit() or w.lower() in _SPAN_COUNTS for w in words[start:unit]) \
        and "," not in words[k:first]


_TO_THE_DAY = ["to", "the", "day"]  # "a year to the day after": an anniversary
_DAY_OPENER_WORDS = 8  # words of a day set off before such a span, past a dateline ("BONI, Mali - On Monday,")


def _came_after(sent: SentenceTokens, first: int) -> bool:
    """Whether a count is in the clause of an act the story's news "came" days or weeks after, however long the
    subject of that act: "The attack came a month after a bomb during a Mass at a school hall in the city killed four
    people" (an earlier incident, not the story's; a clause bound between them ends the act's clause)."""
    words = sent.words
    for k in range(first - 1, max(0, first - _CAME_AFTER_WORDS), -1):
        if _bounds_clause(sent, k):
            return False
        if words[k] == _AFTER and words[k - 1] in _DAYS_BEFORE:
            return not _COMES.isdisjoint(words[max(0, k - _COMES_WORDS):k - 1])
    return False


def _relative_antecedent_start(sent: SentenceTokens, lo: int) -> int:
    """The first token of the clause a relative clause opening at token `lo` is of (", in which", "which", "when"),
    else `lo`."""
    words = sent.words
    if lo < 1 or words[lo - 1].lower() not in _RELATIVE_OPENERS:
        return lo
    k = lo - 1
    k -= k > 0 and words[k - 1] in _WHICH_PREPOSITIONS
    k -= k > 0 and words[k - 1] == ","
    start = _clause_start(sent, k, max(0, k - _CLAUSE_WORDS))
    if k - start <= _INSERT_WORDS and start >= 2 and words[start - 1] == ",":
        # (past a short phrase set off before it: "another attack on Manzia, also in Lubero, in which 8 were killed")
        start = _clause_start(sent, start - 1, max(0, k - _CLAUSE_WORDS - _INSERT_WORDS - 1))
    return start


def _clause_start(sent: SentenceTokens, k: int, floor: int) -> int:
    """The first token of the clause token `k` ends, walking back no further than token `floor`."""
    while k > floor and not _bounds_clause(sent, k - 1):
        k -= 1
    return k


_RELATIVE_OPENERS = frozenset({"which", "when", "where"})
_RELATIVE_REACH = 8  # words from a relative pronoun to the count ("in which a police officer and three")
_SUBJECT_RELATIVES = frozenset({"which", "that"})  # "an assault that killed 70", "a raid which killed 22"
_INSERT_WORDS = 4  # words of a phrase set off between a relative clause and what it is of ("also in Lubero")


def one_incident(a: Event | None, b: Event | None, *, told: bool = False) -> bool:
    """Whether the events of two figures may be one incident: one event (at two of its mentions), or two events not
    told apart by their day or place ("Fourteen worshippers died" in a quote after "killed 14 worshippers at a
    mosque"), or a figure whose event is unknown. Of a figure a source `told`, a named site ("the Kenyatta road")
    tells no town apart, nor does a day read from its event's context (it may be the day the source spoke: "The army
    said in a statement on Sunday that its escort had repelled an attack. It said 12 civilians … were killed")."""
    if a is None or b is None or a.event_id == b.event_id:
        return True
    if not may_share_day(a, b, told=told):
        return False
    if any(e.location is not None and e.location.islower() for e in (a, b)):
        return True  # "Eight victims died in hospital": a site of no name tells no other place
    if told and any(e.location is not None and geo.is_site_word(e.location.split()[-1].lower()) for e in (a, b)):
        return True  # a source's dead "on the Airport road", "at Central Market": a site within a town of no name
    where = (a.location or "").lower(), (b.location or "").lower()
    return where[0] in where[1] or where[1] in where[0]  # ("a mosque in Dalo" is in Dalo)


def may_share_day(a: Event, b: Event, *, told: bool = False) -> bool:
    """Whether two events may be of one day: not both dated, to two days; of a figure a source `told`, a day read from
    an event's context tells no other day (it may be the day the source spoke)."""
    return a.date is None or b.date is None or a.date == b.date or (
        told and _CONTEXT in (a.date_source, b.date_source))


_CONTEXT = "context"  # (an event's date_source for a day read from the words around it)
# tokens of a sentence that tallies a toll, at most ("7 fatalities.", "No fatalities or injuries reported.")
_TALLY_WORDS = 6
_TALLIED = frozenset({"killed", "wounded", "casualties", "killed_or_wounded"})
_HARMFUL = frozenset({"ASSAULT", "OTHER"})  # types of the events a toll is of (a death found is OTHER)


class Triggers:
    """The article's events in the order of their triggers, which do not overlap: the events of a sentence,
    the one holding a word and the one nearest an offset are found by bisection, not by a walk of all."""

    def __init__(self, events: list[Event]) -> None:
        self.events = sorted(events, key=lambda e: e.trigger_start)
        self.starts = [e.trigger_start for e in self.events]

    def of(self, c: Count, doc: Doc, pasts: Pasts, lex: Lexicon) -> Event | None:
        """The event the count belongs to: its cue is the event's trigger, else the nearest trigger in its
        sentence; none for a running total, nor for a count of a past incident unless the event is that incident."""
        if c.category == "other" and c.aside is None or c.running or runs_over_a_span(c):
            return None
        event = self.nearest(c, doc) or self._tallied(c, doc, lex)
        past = pasts.of(c) if event is not None else None
        if past is None or pasts.holds(event, past):
            return event
        # else the event of its sentence that is that past incident ("In 2019, a similar bombing killed 30"), if any
        sent = doc.sentences[c.sentence.index]
        lo, hi = bisect_left(self.starts, sent.start), bisect_left(self.starts, sent.end)
        k = bisect_left(self.starts, c.start, lo, hi)
        near = sorted(range(max(lo, k - _NEAR_EVENTS), min(hi, k + _NEAR_EVENTS)),
                      key=lambda j: abs(self.starts[j] - c.start))
        return next((self.events[j] for j in near if pasts.holds(self.events[j], past)), None)

    def _tallied(self, c: Count, doc: Doc, lex: Lexicon) -> Event | None:
        """The event a tally of its own tells the toll of: a sentence of the count and its noun alone after the event
        of harm it follows in the same paragraph ("… clashed with M23 rebels near Kibirizi. 7 fatalities."); a walk
        back over the events of that paragraph only."""
        if c.category not in _TALLIED or sum(w.lower() not in lex.before_links for w in c.sentence.words) > (
                _TALLY_WORDS):
            return None  # (past the words that link a toll to its number: "Unknown number of fatalities coded as 10.")
        sent = doc.sentences[c.sentence.index]
        for k in range(bisect_left(self.starts, sent.start) - 1, -1, -1):
            if doc.sentences[doc.sentence_index(self.starts[k])].paragraph != sent.paragraph:
                return None
            if self.events[k].event_type in _HARMFUL:  # (not "The UN condemned the attack" told after it)
                return self.events[k]
        return None

    def nearest(self, c: Count, doc: Doc) -> Event | None:
        """The event whose trigger is the count's cue or is nearest it in its sentence, whatever its category."""
        sent = doc.sentences[c.sentence.index]
        lo, hi = bisect_left(self.starts, sent.start), bisect_left(self.starts, sent.end)
        if lo == hi:
            return None
        if c.cue is not None:
            cs, ce = c.sentence.spans[c.cue]
            k = bisect_right(self.starts, cs, lo, hi) - 1  # the trigger that may hold the cue's start
            if k >= lo and cs < self.events[k].trigger_end:
                return self.events[k]
            k += 1  # else the first trigger starting inside the cue
            if k < hi and self.starts[k] < ce:
                return self.events[k]
        k = bisect_left(self.starts, c.start, lo, hi)
        nearest = (self.events[j] for j in (k - 1, k) if lo <= j < hi)
        return min(nearest, key=lambda e: abs(e.trigger_start - c.start))


def _sentence_as_of(doc: Doc, index: int, lex: Lexicon) -> date | None:
    """The day a sentence dates its figures to: "as of Monday", "by 5 May"."""
    sent = doc.sentences[index]
    for marker in lex.as_of.finditer(doc.text, sent.start, sent.end):
        found = find_dates(doc.text, doc.article.published_at, marker.end(), min(sent.end, marker.end() + 40))
        if found and found[0].start == marker.end() and found[0].date is not None and found[0].precision == "day":
            return found[0].date
    return None


def dated_as_of(c: Count, doc: Doc, event: Event | None, dated: dict[int, date | None], lex: Lexicon) -> date | None:
    """The date the text gives the figure, else the day of its event; never a day after publication, since
    a figure dated later ("5,000 troops by 5 May 2030") is a target or a forecast, counted as of no day."""
    index = c.sentence.index
    if index not in dated:
        dated[index] = _sentence_as_of(doc, index, lex)
    when = dated[index]
    if when is None and event is not None and event.date is not None and event.date_precision == "day":
        when = event.date
    published = doc.article.published_at
    if when is not None and published is not None and when > _day_of(published):
        return None
    return when


def _day_of(published: date | datetime) -> date:
    return published.date() if isinstance(published, datetime) else published


# A subject_key "…@<article_id>" groups the figures of that one article: nothing else can match it.
ARTICLE_SCOPE = "@"


def subject_key_of(c: Count, lex: Lexicon, event: Event | None, article_id: str) -> str | None:
    category = c.aside or c.category  # (a figure kept aside is still of its category's subject)
    if c.quantity is None and category == "other":
        return None
    head = c.head or ""
    cls = counted_kind(head, lex)
    country = c.country or (event.location_country if event is not None else None)
    key = f"{subject_category(category)}:{country or '-'}:{cls or 'people'}"
    if event is not None and event.date is not None and event.date_precision == "day":
        key += f":{event.date.isoformat()}"
    return key if country else f"{key}{ARTICLE_SCOPE}{article_id}"
