"""Who a figure of the dead counts, beside a toll that may hold them: the people a story tells by name, kin or
description after (or before) its toll are most often members of it, and a sum of the dead counts them once.

- a list set off after a count names its people ("Three of the victims, two men and a woman, died at the scene");
- "Both bombers also died" after "Two suicide bombers blew themselves up": the same people, whom "also" sets beside the
  victims, not beside themselves;
- "Sergeant Ali Musa died at the scene" after "A policeman was shot dead … Two of the gunmen were killed": a titled
  victim told by name, one of the victims even when the attackers' dead were counted too;
- the sentence right after a part of a toll tells its rest ("Three of the victims died at the scene. A girl died later
  in hospital" after "Four people were killed"; "Among the dead were six gunmen. A policeman was also killed" after
  "left eight people dead": "also" adds to the dead listed);
- a witness's kin told dead before the toll of their incident ("Her husband and his two brothers were shot dead … At
  least 60 people were killed in the assault") are in it.
"""
from __future__ import annotations

from etl.extract.estimates.items import DEFINITE, TOLLED, Count, keep_aside
from etl.extract.estimates.lexicon import Lexicon
from etl.extract.estimates.links import one_incident
from etl.extract.estimates.more_dead import ADDED, opens_with_time, says_also, told_as_more

# quantifiers of people known already: "Both bombers", "All three gunmen" (a count's own first word), "the two bombers"
_KNOWN_QUANTIFIERS = frozenset({"both", "all"})
_ORDINALS = frozenset({"second", "third", "fourth", "fifth"})  # of another victim or act ("a second missile")
# words telling more than those before, an ordinal too ("two more", "another", "a second victim"): no member of a toll
# told before
_MORE = ADDED | _ORDINALS
_MORE_REACH = 3  # words before a count that may tell it as more ("a further three", "a second victim")
# words of a sentence listing the dead ("Among the dead were", "The dead included"), whose "also" after it adds to them
_LISTING = frozenset({"among", "included", "including", "includes"})
_POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})  # "her husband", "his two brothers"


def _told_more(c: Count) -> bool:
    """Whether a count is told as more than those before it ("two more", "another man", "a second victim"), by its own
    first word too."""
    return told_as_more(c, _MORE, _MORE_REACH) or c.sentence.words[c.first] in _MORE


def listed_members(group: list[Count]) -> None:
    """ "Three of the victims, two men and a woman, died at the scene": a list set off by commas right after a count,
    whose counts sum to it, names the people of the count, no more of them: each is kept aside as a part (run once
    `joined_totals` has summed the list, which it may have joined to the count). Not a list joined to the count with
    no comma closing it before the verb ("three soldiers, two police officers and a civilian were killed"), nor one of
    another sum."""
    runs: dict[int, list[Count]] = {}  # each list's counts, by where it starts (read once: a sentence may hold many)
    for m in group:
        if m.joined_first >= 0:
            runs.setdefault(m.joined_first, []).append(m)
    for whole, c in zip(group, group[1:]):
        words = c.sentence.words
        if whole.singular or whole.category not in TOLLED or c.category != whole.category \
                or c.first < 1 or words[c.first - 1] != "," or c.joined_first not in (c.first, whole.first):
            continue  # (the list opens with c, or `joined_totals` joined it to the count: once per list)
        between = words[whole.after:c.first - 1]
        members = [m for m in runs[c.joined_first] if m is not whole]
        last = members[-1]
        end = max(last.np_end, last.after)
        if "," in between or len(between) > _PHRASE_WORDS or sum(m.amount for m in members) != whole.amount \
                or end >= len(words) or words[end] != "," \
                or not _TELLING.isdisjoint(w.lower() for w in words[end + 1:end + 1 + _TELLER_WORDS]):
            continue  # (not a list of the count's objects closed by its teller: "killed two soldiers, a nurse and a
            # boy, police said": four dead)
        for m in members:
            m.category, m.source, m.cue = whole.category, "none", None
            m.joined_total, m.joined_first = 0.0, -1
            keep_aside(m, "part", subject=False)
        if whole.joined_first == c.joined_first:
            whole.joined_total, whole.joined_first = 0.0, -1  # (the count is no member of its own list)


_PHRASE_WORDS = 5  # words of a count's phrase before the comma of a list set off after it ("of the five victims")
_TELLING = frozenset({"said", "says", "told", "added", "reported", "according"})  # a teller's clause after a list
_TELLER_WORDS = 4  # words after a list's closing comma that may hold its teller's verb ("the district police said")


def same_people_again(c: Count, kinds: dict[tuple[str, float], list], kind: str) -> bool:
    """Whether a count told as people known ("Both bombers also died", "the two bombers died") is of the kind and
    amount of a figure given in an earlier sentence of its incident ("Two suicide bombers blew themselves up"): the
    same people told again, whom an "also" only sets beside the others. `kinds` are the given figures' (kind, amount)
    and events, `kind` the count's own (`counted_kind`)."""
    words = c.sentence.words
    known = words[c.first].lower() in _KNOWN_QUANTIFIERS or c.first > 0 and words[c.first - 1].lower() in DEFINITE
    if not known or c.np_end <= c.np_start or _told_more(c):
        return False
    return any(one_incident(c.incident, e) for e in kinds.get((kind, c.amount), []))


def titled_victim_again(c: Count, incidents: list, lex: Lexicon) -> bool:
    """Whether a named count, in a later sentence than the victims given, opens with a title of office or rank that is
    no attacker's ("Sergeant Daniel Okoro died at the scene", "Inspector Ana Silva"), of no time of its own (not "On
    Tuesday, Sergeant …") nor another day than theirs: one of the victims told by name, even after the attackers'
    dead were counted too (the place its sentence tells may be a part of theirs: "on the road between two towns")."""
    words = c.sentence.words
    title = words[c.first].lower()
    if not c.named or title not in lex.persons or title in lex.perpetrators or opens_with_time(c):
        return False
    return any(
        e is None or c.incident is None or e.date is None or c.incident.date is None or e.date == c.incident.date
        for e in incidents)


def rest_after_part(c: Count, parts: dict[int, float], listing: set[int], largest: float) -> bool:
    """Whether a count in the sentence right after one that told a part of a toll ("Three of the victims died at the
    scene") fits in the toll with it ("A girl died later in hospital" after "Four people were killed"): the rest of the
    toll, not more (not "two more", "another", nor a time of its own: "On Tuesday, a man was killed"), wherever the rest
    died; told as dying or killed by a verb after them, not as the object of another act ("A strike on a car killed four
    people": more dead). An "also" adds to the dead a listing sentence told ("Among the dead were six gunmen. A
    policeman was also killed"): `parts` are the sentences of parts told and their sum, `listing` those of them that
    list the dead, `largest` the largest figure given."""
    before = c.sentence.index - 1
    part = parts.get(before)
    if part is None or c.category not in TOLLED or c.source != "after" or _told_more(c) or opens_with_time(c) \
            or part + c.amount > largest:
        return False
    if c.sentence.first_of(_ORDINALS) < c.first:
        return False  # ("In the capital, a second missile killed three people": another act's dead)
    return not says_also(c.sentence) or before in listing


def lists_the_dead(c: Count) -> bool:
    """Whether a part's sentence lists the dead ("Among the dead were six gunmen", "The dead included a boy")."""
    return c.sentence.first_of(_LISTING) < len(c.sentence.words)


def kin_in_later_toll(kept: list[Count], lex: Lexicon) -> list[Count]:
    """The dead told as someone's kin ("Her husband and his two brothers were shot dead") before a toll of their
    incident in a later sentence that holds them ("At least 60 people were killed in the assault"): a story opened by
    a witness, whose dead are among the toll (not when other dead were told before the toll: it may add to them; nor a
    toll told as more: "Three others were also killed")."""
    dead = [c for c in kept if c.category == "killed"]
    kin: list[Count] = []
    for c in dead:
        if _of_kin(c, lex):
            kin.append(c)
            continue
        if kin and c.sentence.index > kin[-1].sentence.index and sum(k.amount for k in kin) < c.amount \
                and not says_also(c.sentence) and not _told_more(c) \
                and all(one_incident(c.incident, k.incident) for k in kin):
            return kin
        return []
    return []


def _of_kin(c: Count, lex: Lexicon) -> bool:
    """Whether a count is of someone's kin, by a possessive before it ("her husband", "his two brothers")."""
    words = c.sentence.words
    if c.np_end <= c.np_start or words[c.np_head - 1].lower() not in lex.kin:
        return False
    return words[c.first].lower() in _POSSESSIVES or c.first > 0 and words[c.first - 1].lower() in _POSSESSIVES
