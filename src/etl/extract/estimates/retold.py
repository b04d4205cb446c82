"""A figure told again by its number alone: the same dead, not more of them.

News tells its toll more than once: in the lead, again in an official's quote, again where the story comes back to the
incident ("Security forces killed eight militants … 'eight khwarij were sent to hell,' the statement said"; "a mortar
attack killed two people … Two civilians, a tea seller and a child, were killed"). The other rules read such a figure
as told again when its people are named the same way; this one reads the number itself: a later figure of the same
harm and the same number, of a kind of people that may be the same, in a sentence that tells it as no more dead and of
no other incident, place or day, is the figure given before.
"""
from __future__ import annotations

from collections import deque

from etl.extract.estimates.categories import _another_incident, _two_places
from etl.extract.estimates.items import TOLLED, Count, counted_kind
from etl.extract.estimates.lexicon import Lexicon
from etl.extract.estimates.links import may_share_day
from etl.extract.estimates.more_dead import armed, of_attackers
from etl.extract.estimates.tolls import _of_another_incident, _told_more

# kinds of people that name no side of their own: "people", a head that only repeats the category ("eight dead"): the
# same people as any kind told before
_ANY_KIND = frozenset({"people", ""})
_MEMBERS = "members"  # of the kind of what they are members of ("members of the security forces": troops)
_OF = "of"
_GROUPS = frozenset({"group", "gang", "cell", "faction", "movement", "organisation", "organization", "militia"})
_FIGHTERS = "fighters"  # (the kind of the members of an armed group: "members of the Dawlah Islamiyah group")
_MEMBERS_OF_WORDS = 6  # words from "of" to the noun of the body ("members of the so-called Islamic State group")
_COMPARED = 3  # figures of one harm and number a later one is compared with, the last ones
_FEWEST = 2  # one person told again is the other rules' (a singular is read by who it names)


def same_figure_again(kept: list[Count], lex: Lexicon) -> list[Count]:
    """The figures of `kept` (in text order) that tell a figure of an earlier sentence again by its number."""
    found = []
    # per harm and number, the last figures kept (a few: a story tells its figure again after the figures near it,
    # and a text of many counts of one number is read in time linear in their number)
    given: dict[tuple[str, float], deque[Count]] = {}
    for c in kept:
        if c.category not in TOLLED or c.aside is not None or c.restated:
            continue
        key = (c.category, c.amount)
        if not c.singular and c.amount >= _FEWEST and any(_told_again(c, e, lex) for e in given.get(key, ())):
            found.append(c)
            continue
        given.setdefault(key, deque(maxlen=_COMPARED)).append(c)
    return found


def _told_again(c: Count, before: Count, lex: Lexicon) -> bool:
    """Whether count c tells the figure `before` (same harm, same number) again: in a later sentence, as no more dead
    ("also", "another", "more"), of no other incident ("Separately", "In another attack"), place or day; of the same
    side (the attackers' dead are not their victims'), of a kind of people that may be the same; a part of a list told
    again alone by its kind ("A guard and three gunmen were killed … Three attackers died"), not as people of no kind;
    and not a part of a group ("Two of the injured died later" after "Two soldiers were killed and five injured": the
    partitive rules' own)."""
    if before.sentence.index >= c.sentence.index:
        return False
    if c.joined_total not in (0.0, c.amount) or _partitive(c) or _told_more(c) or _of_another_incident(c) \
            or c.sentence.holds(_another_incident):
        return False
    if of_attackers(c, lex) != of_attackers(before, lex) and not (_armed(c, lex) and _armed(before, lex)):
        return False
    attackers = _armed(c, lex) and _armed(before, lex)
    if not (attackers or _same_kind(c, before, lex)):
        return False  # (the attackers named two ways are one kind: "four bandits", "four attackers")
    if before.joined_total not in (0.0, before.amount) and not attackers and _kind(c, lex) in _ANY_KIND:
        return False  # (a part of a list told again alone only by the kind it named: "a police officer and three
        # gunmen were killed … Three attackers died in the siege", not "three people")
    # (their places are told apart by their sentences' names, `_two_places`, not by their events': an event's place
    # may be the nearest name of a part of the town, "a mortar attack … killed two people" placed at the district the
    # story named before; bodies found are the dead of before, whatever day they are found on)
    return not _two_places(c.sentence, before.sentence) and (
        c.incident is None or before.incident is None or _of_bodies(c)
        or may_share_day(c.incident, before.incident, told=True))


def _armed(c: Count, lex: Lexicon) -> bool:
    """Whether a count is of the attackers or of an armed group ("three gunmen", "four bandits", "the assailant")."""
    return of_attackers(c, lex) or c.np_end > c.np_start and armed(c.sentence.words[c.np_head - 1], lex)


def _of_bodies(c: Count) -> bool:
    """Whether a count is of bodies ("The bodies of nine villagers were found", "nine bodies were recovered"): the
    dead of an act before, found on a day of their own."""
    words = c.sentence.words
    return c.first >= 2 and words[c.first - 1].lower() == _OF and words[c.first - 2].lower() in _BODY_WORDS or (
        c.np_end > c.np_start and words[c.np_head - 1].lower() in _BODY_WORDS)


_BODY_WORDS = frozenset({"bodies", "remains", "corpses"})


def _partitive(c: Count) -> bool:
    """Whether a count is of a group it is a part of ("two of the injured", "three of them")."""
    return c.after < len(c.sentence.words) and c.sentence.words[c.after].lower() == _OF


def _same_kind(a: Count, b: Count, lex: Lexicon) -> bool:
    """Whether two counts' people may be the same: one kind ("soldiers" and "troops"), or one of them of no side."""
    kinds = {_kind(a, lex), _kind(b, lex)}
    return len(kinds) == 1 or not kinds.isdisjoint(_ANY_KIND)


def _kind(c: Count, lex: Lexicon) -> str:
    """The kind of people a count counts ("" for none named: "eight were killed", "eight dead")."""
    if c.generic or c.np_end <= c.np_start:
        return ""
    words = c.sentence.words
    kind = counted_kind(words[c.np_head - 1].lower(), lex)
    if kind == _MEMBERS and c.np_head < len(words) and words[c.np_head].lower() == _OF:
        for w in (w.lower() for w in words[c.np_head + 1:c.np_head + 1 + _MEMBERS_OF_WORDS]):
            if w in _GROUPS:
                return _FIGHTERS
            if w in lex.quantity_classes:
                return lex.quantity_classes[w]
    return kind
