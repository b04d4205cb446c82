"""An article with its statements and events → estimates: each claimed count, its hedge, what it counts, who gave it.

Rules over the words around each number only (numbers.py finds them), so the cost grows with the
number of figures, not the length of the article. For each count:
- `quantity` is the noun phrase after it ("3 Taliban militants"); an elliptical count ("7 were wounded", "the
  casualties at around 1,000") takes the phrase of the count it refers back to;
- `category` comes from a verb or adjective after that phrase ("were killed", "found dead"; past a phrase of what they
  are from: "Twelve people from one family were killed", whose "one family" is no count of it), else from the phrase's
  own head ("12 fatalities"), else from a verb or toll noun before the number ("killing 3", "the death toll rose to
  40", past a phrase of what the toll counts: "the death toll from Friday's bombing rose to 101"), else from a count
  it is coordinated with ("3 soldiers and 2 civilians were killed", "killed 2 soldiers and 3 civilians", also past a
  phrase of what or where the first are: "killed 3 members of the militia and two civilians"; not past "while"); a
  casualty
  verb before held people outranks what they were ("killed 3 hostages"; "shot 3 hostages", "3 hostages were shot" are
  wounded), and the subject of a clause takes the passive joined to it ("The assailant killed three villagers before
  being shot dead"); people shot ("An assailant shot 5 people", "Five people were shot", "shot his wife and two
  neighbours": 3) are wounded, killed if "fatally" shot ("Four people were shot, two of them fatally": 2 dead of the
  4), and killed or wounded when their sentence or the next tells deaths after them ("shot 12 people, killing three";
  not the shooter's own), and "Both" or "All of them" opening the next sentence before a casualty verb counts as many
  as were shot ("shot two soldiers. Both died.");
- the verb past a clause that tells who the counted are is theirs ("Two brothers suspected of carrying out the attack
  were killed", "The suspect, who had tried to kill a guard, was shot dead"), and so is the verb past their names or
  who told of them ("Four hostages and the gunman, Amedy Coulibaly, died", "Four people, police said, were killed"), or
  what they are ("Nine guards, civilian auxiliaries of the army, were killed"); a
  plot or an attempt to kill or capture ("conspired to kill", "survived an attempt to kill him") harms no one, and
  hostages freed after a count of those taken are part of it;
- a singular "a man" or "an officer", or a named person ("killed Sheikh Ali Omar", "shot dead journalist Ali Omar",
  "Omar was killed" after "Sheikh Ali Omar"), counts as one when a casualty or arrest verb governs it (also "hacked to
  death a professor"; once: "Ali Omar, a cleric," is one person, and so is "The driver, a government employee, was
  killed"; "another was wounded" and "Both victims were found dead" count too; a name takes the verb of the people
  joined after it along the chain: "Abdi Farah and his bodyguard were killed", "Abdi Farah, his wife and their three
  children", "a man, a woman and three girls were shot", and a second person joined with no determiner of its own, "His
  wife and daughter were killed": 2, unless a singular verb makes them one, "a party official and activist was shot
  dead", also past the name's description or a name after the noun: "killed Ahmed Nur, a local elder, and his son", "and
  his son Ali"; "its driver" and "Karzai's cousin" are definite persons too, and names set off after a count are its
  people, "killed two elders, Malik Khan and Gul Zaman,": 2; a name after "of" is what a person is of, "a member of Jubo
  Dal was hacked to death": 1), and so does one person joined to a casualty count or told after an act ("killing himself
  and 12 others", "killed a police officer and his son", "before turning the gun on himself", "then killed himself",
  "before committing suicide", "then blew himself up": the doer, no victim, whom "The gunman killed himself" told again
  restates), and a definite person killed or hurt when no count of that kind came before ("The victim was later found
  dead", "the mayor of Kemo was shot dead"), or told "also" killed after one ("The councillor's bodyguard was also
  killed"), or whose death an act "resulted in"; "the hostages" count as many as were taken before them, and so do "the
  victims", "the teachers" (the noun of those taken), "both" or "they" opening the next sentence before a passive of
  harm or a verb of dying ("abducted two teachers. The victims were later found dead": 2), "the gunmen" told dead as
  many as a count of them told before (after "Two gunmen"; also joined to the victims: "The bombers and 12 civilians
  were killed"), "the couple" two, "a body" found one ("A body was found in a ditch"); an attacker's death told in a
  relative clause after him ("The gunman, who later committed suicide, killed 6 people") or by "he" after the act ("The
  gunman killed 5 people. He was later shot dead") is one more dead, and so are some of the attackers told killed after
  the victims ("Seven people were killed. Two of the assailants were also killed", also in a clause of their own: "Three
  officers were killed; one of the assailants also died", or as "them" after the attackers: "Police chased the gunmen
  and shot dead three of them"), and attackers counted as the subject of ", killing themselves" ("Two suicide bombers
  detonated their vests, killing themselves and 9 others": 11);
- "330 people, including 300 assailants, were killed" (or with no commas): the verb after the "including" clause is that
  of the count before it (the part inside the clause keeps no category: it is not to be added to it); what ", in
  addition to …," or "along with …" names takes the verb too ("15 people, in addition to the five assailants, were
  killed", "died, along with 22 worshippers", "were killed, in addition to the bomber, and 40 others were injured": the
  bomber is dead, not wounded; "along with his two sons"; "In addition to the bomber, the blast killed seven": 8); "Two
  of the 12 hostages were killed": the part takes the verb, the whole keeps none, as the whole that opens its sentence
  does ("Of the 30 passengers, 12 died"), but a whole of the wounded is still theirs ("Two of the six wounded later
  died": 2 dead, 6 wounded); "one of the wounded later died", "wounded 5, two of whom later died", "was wounded and died
  in hospital" are more of the dead, and so is "one of the victims died" after only the attacker was told dead; a figure
  set off after a count with only a hedging adverb ("Dozens of people, possibly more than 100, were killed") is a second
  figure of the same people: it takes their verb and makes a vague count firm (the vague one is kept aside), or guesses
  beyond a firm one (which stays the count: "At least 50 people, possibly more than 100"); a vague figure of the dead
  or wounded told after a firm one of its kind adds a guess no sum can hold, and is kept aside ("vague": "A car bomb
  killed 14 … the army said it had killed scores of militants"); animals are counted, never
  casualties; "several" counts people harmed, held or gone only ("Several soldiers were killed": 3 to 9, no value; not
  "several officials said"), and a part of them told is the count ("Several villagers were killed, including two
  children": 2);
- a figure that only restates counts already given ("… 1 fatality." after "a man was found dead", "the 3 soldiers
  killed" after "3 soldiers were killed", "23 bodies" after "killed 23", "1 injured." after "The victim was injured",
  "Among the dead were four women and three children" after "killed 11", "Two children were among the dead" after
  "killing eight", a witness's own dead ("They killed my two brothers", "My father and my uncle were killed") after a
  larger toll, "We lost five brave men" after "killing five soldiers" (but "Five people were also killed" is more),
  "'Twelve villagers were killed,' police said" after "killed 12 villagers", or after "killed 12 people" when they were
  all the dead, in an event of the same day and place, or as a list that sums to them: "A man and a woman were killed
  when …" after "killed two people"; "In Kyiv, four people were killed. In Lviv, three …", counts of later sentences
  that sum to a toll told before them on their day: "killing at least 7 people") is not counted twice: it is kept aside
  as `other` ("restated", or "part" for a part of them), and a person told again ("the man was killed") is dropped; a
  headline's count the story tells again ("Car bombs kill 21 in Baghdad" above "killing at least 21 people", or 23, or
  "5 policemen and 2 attackers were killed") is kept where the story tells it; a person's age after a name ("Stephen
  Paddock, 64,") or a noun of a person ("The man, 34,") is no count;
- a toll above the figures of its kind told before it holds them ("killing eight soldiers. The death toll later rose to
  12", "The government later put the toll at 160"), and so does one that grew in the sentence of some of them, if it
  counts at least the others ("killing at least four. Rescuers pulled the body of a woman …, bringing the toll to
  four"): they are kept as `other`, so that a sum of the dead counts the toll alone, and the toll takes their event; so
  is a figure told first beside a newer one ("Officials initially said 9 …", "had said 27 …", "had initially killed 20",
  "had earlier put the death toll at 9", "18 people had been reported killed"); more dead told after a toll that grew in
  their sentence are in it, even a toll told again ("rose to 15 after two more died", "has risen to three after a man
  died in hospital"), and so are those a toll is given after ("put the toll at 42 after four more bodies were found":
  a toll that grew); another source's toll of the same incident, not told as grown ("killing at least 12 people, police
  said. Hospital officials put the death toll at 15"), is another figure of the one toll, kept aside as `other` under
  the subject of the first, where the two disagree, and so is another source's count of the dead or wounded the story
  counted in one sentence before ("An airstrike killed five people, activists said. The Observatory said seven people
  were killed"), or a figure told as compared with it ("State media gave a much lower figure"), unless told as more
  ("also") or others; of such conflicting figures the lowest firm one is the story's count, the others `disputed`
  (`conflicts`: "killing 30, a monitor said. The ministry said 12 had died": 12), and a round lead ("nearly 100 killed
  on both sides") that each side's own figures told after it sum to (49 and 50) tells them again;
- the rest of a toll told beside a part of it ("Three of them died at the scene, while two others died in hospital"),
  the more a toll told as grown grew by ("The toll rose to 20. Eight more bodies were found overnight"; not more told
  on a day of their own) and the teller's own dead told again beside the enemy's ("we also lost three of our men") are
  kept aside as parts or restated; a claim the text tells denied (", which the army denied", "The army denied the
  figure") is `disputed`, and a war's toll told in a relative clause of it ("an insurgency that left 69,000 dead") a
  running total, while the toll of days of fighting ("The death toll from two days of clashes has risen to 27") is the
  toll of the story's own spell of it;
- a figure kept aside as `other` is still written as a figure of the category its words count (`counted_as`: "killed"
  for the hospital officials' 15 above), with why it is kept aside (`aside`: "disputed"; "earlier" for a toll told
  first, "vague", "part" for "including 12 children", "running_total", "other_incident", "rate", "cause");
- `claimant` is the speaker of the enclosing statement, else the "according to" source or the subject of a reporting
  verb in the same sentence, else nobody ("reportedly");
- `subject_key` names what is counted so that figures of the same thing meet across articles: category, country (of the
  counted people, else of where the linked event happened) and the kind of people, plus the day of the linked event for
  a count of one incident ("12 killed in a raid on 3 May"); a running total ("3,000 killed since the war began",
  "hundreds this year", "34,000 have been killed in the war", "The war, which broke out in April 2023, has killed tens
  of thousands", a war's toll, one told in the perfect at twenty times the story's own figure or more: "killing 11 …
  about 15,000 people have been killed"; not "The toll has since risen to 14") is of no one event: it is linked to
  none and groups by subject alone; a participle clause
  (", killing more than 10,000 civilians", ", killing 1,200 people") tells of the act of the clause it hangs on, of its
  span ("since the invasion") and date ("attacked Israel on Oct. 7"); a count told of a past incident (by a date of its
  clause, or one opening its sentence or its clause after a semicolon, a month or more before publication: "Last year,
  an attack on the same market killed 50", "In 2019, a similar attack killed 30"; or with no date, "a previous attack",
  or ", a day after two civilians were killed" set off after the story's clause; a month or day of no year read weeks
  after publication is last year's for the dead: "In June, gunmen killed seven" in a May story) is linked to the event
  dated to that past, if there is one, never to the day's; so is one whose clause tells a year or a month that ended
  before the day of the story's own incident ("200 rebels were killed in clashes in 2024" in a January story), or
  joined by ", and" to a clause of such a date, or told "during that" incident after a sentence of the past. Such a
  figure, or a running total, or one of "a similar"
  attack of any date ("Two policemen died in a similar attack on Friday"), or what an answer to the story's incident
  was for ("in retaliation for a raid in which 12 of its fighters were killed"; the answer's own dead, "In
  retaliation, the army said it killed 12 bandits", "killed three of the attackers in a pursuit", are news of the
  story: `reported`), or one of a sentence that opens with a day before
  the story's own incident's ("On October 2, three infiltrators were killed" after Wednesday's toll; so are arrests of
  the past or such a day: "Last week, 12 people were detained"), told after the story's own figure of its kind is
  background (and so is a past incident's figure told after the lead, if the story gave no dead of its own: "No one
  was hurt. In March 2023, a rocket attack killed three"), kept as `other` so that a sum of the story's dead counts
  its own incident ("Suicide bombers killed 10
  people on Tuesday. The insurgency has killed more than 20,000 since 2009": 10), and so is a running total told before
  it ("At least 500,000 people have been killed in the civil war. On Monday, an airstrike killed 12": 12), or told
  alone over a span longer than days or a war ("The war has killed 34,000", "The death toll this year rose to 52": a
  sum of the dead counts incidents, not totals; not "have been killed in clashes since Monday", the story's own spell
  of violence, whose figures of its kind told after it are its parts: "On Friday, troops … killing one man"), and so
  is a past incident's figure told first, once the story tells dead of a day of its news, its sentence of no date going
  on with the past its paragraph's sentence before opened with ("Two years ago, militants overran the town. More than
  60 people died … On Saturday, gunmen killed two herders": 2). So are,
  wherever told, a share or a rate of the dead ("killed 30 percent of the crop", "kills 400,000 people annually") and
  the dead a protest was over ("residents protested after a soldier killed a motorcyclist") or a vigil the story's
  event came after was for ("Trouble broke out after a vigil for a man who died in a crash"), and the dead a court's
  verdict is of ("found guilty of the murder of three fishermen"), with the dead a court report tells after them (see
  `background`). A note of no publication date is dated by the day it opens with ("11/06/2017: …"). A conflict note's
  coded toll ("Fatalities coded as 10") is its figure of the dead: the dead told before it are kept aside as disputed.
  A count whose country is unknown cannot be told apart from others across articles, so its key is kept to its own
  article.

The package, in the order the steps run: `counts` reads each number (numbers.py) and each singular "a man"
into a count with its noun phrase (`items`); `categories` says what happened to what it counts and drops
restated figures; `claimants` finds who gave it; `links` ties it to its event, date and subject key, and with
`background` tells figures of other incidents, wars and rates from the story's own, and `reported` the incidents and
dead a story reports beside its toll from those it recalls or tells again.
`lexicon` reads estimates.json.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from etl.extract import numbers
from etl.extract.datelines import opening
from etl.extract.estimates.background import followed_incident, judged_by_a_court, war_is_subject
from etl.extract.estimates.categories import (
    Given, animals_are_no_casualties, apposed_figures, bare_inserts, breakdowns, categorize, chain_categories,
    denied_figures, described_persons, disputes_toll, firms_vague, households_of, included_before, is_grown_toll,
    is_several, is_singular_count, joined_totals, killing_themselves, listed_parts, members_listed, named_apposition,
    other_sources_figures, partitive_wholes, parts_of_a_toll, parts_of_no_figure, parts_of_wholes, raises_toll,
    restates, sent_to_custody, shot_and_killed, superseded, told_before, vague_after_firm,
)
from etl.extract.estimates.claimants import Claimants
from etl.extract.estimates.conflicts import compared_figures, excess_of_higher_claims, lowest_stands, round_sums
from etl.extract.estimates.counts import (
    all_aboard, coordinated_people, count_country, fill_quantity, in_a_name, inherit_quantities, is_age_of_person,
    nobody, parts_told_of, read_count, referred_counts, singulars,
)
from etl.extract.estimates.ellipsis import elliptical_deaths
from etl.extract.estimates.items import Count, SentenceTokens, counted_and_aside, keep_aside, sentence_tokens
from etl.extract.estimates.lexicon import Lexicon, load_lexicon, subject_category
from etl.extract.estimates.tolls import reported_first, spelled_out, told_definite
from etl.extract.estimates.retold import same_figure_again
from etl.extract.estimates.victims import kin_in_later_toll, listed_members
from etl.extract.estimates.links import (
    Pasts, Triggers, dated_as_of, is_rate, names_a_war, opened_as_before, protests_cause, runs_over_a_span,
    runs_over_days, runs_over_years, subject_key_of, told_in_perfect, told_of_a_war,
)
from etl.extract.numbers import find_numbers
from etl.extract.text import Doc
from etl.ids import stable_hash
from etl.records import Estimate, Event, Statement

VERSION = "estimates-rules-1.64"
__all__ = ["VERSION", "extract", "subject_category"]

# Confidence by how the category was found: a verb right after the counted phrase is the surest sign.
_CONFIDENCE = {"after": 0.9, "head": 0.85, "before": 0.8, "toll": 0.8, "chain": 0.75, "none": 0.5}
_SINGULAR_DISCOUNT = 0.15

# The harms whose figures of other incidents or running totals a story tells beside its own ("the deadliest since 2015,
# when 130 people died"): a sum of the story's dead or wounded counts its own figures only.
_BACKGROUND_KINDS = frozenset({"killed", "wounded", "killed_or_wounded", "casualties"})
# The people held, whose figures of another day a story may tell after its own ("Last week, 12 people were detained")
_HELD_KINDS = frozenset({"arrested", "captured"})

# How many times the story's own figures of a kind a figure told in the perfect is, at least, to be a running total by
# its size alone ("killing at least 11 people … about 15,000 people have been killed")
_DWARFING = 20
_PERFECT = frozenset({"have", "has"})
# a doer's record told before its figure: in the perfect ("The group has killed more than 3,000", "has claimed 3,000
# lives") or as the blame it bears ("is blamed for the deaths of", "has been responsible for the deaths of")
_RECORD_WORDS = _PERFECT | {"blamed", "responsible"}
_RECORD_REACH = 7  # words before a figure its record's word may be ("has been responsible for the deaths of more than")

_SHELTERED_IN = frozenset({"to", "in", "into", "across"})  # before a count of shelters people went to or stay in

# Written numbers that are as often a pronoun or determiner as a count ("one of the", "one day").
_WEAK_VALUES = frozenset({1.0})
_DEFINITION_WORDS = 20  # words from a definition's word to a count in it ("defined as incidents in which four or more
# people are shot, not including the shooter")
_CLAUSE_STOPS = frozenset({";", ".", ":"})  # (a definition told before them is over)


def extract(doc: Doc, statements: list[Statement], events: list[Event], *,
            dropped: Counter[str] | None = None) -> list[Estimate]:
    """Every count claimed in the article, in text order (see the module docstring for the rules). Each
    number or singular that gives no estimate is counted in `dropped`, if given, under "estimates: <why>"."""
    dropped = Counter() if dropped is None else dropped
    lex = load_lexicon()
    finder = doc.finder
    seen: dict[int, SentenceTokens] = {}

    # Read: every quantity-like number, then the singular "a man" counts around casualty verbs.
    counts = []
    for n in find_numbers(doc.text, finder=finder):
        if not n.is_quantity:
            dropped[f"estimates: number read as {n.kind}"] += 1
            continue
        sent = sentence_tokens(doc, doc.sentence_index(n.start), seen)
        c = read_count(sent, n.start, n.end, n, lex)
        if in_a_name(c, n.written, lex):
            dropped["estimates: number inside a name"] += 1
            continue
        categorize(c, lex)
        sent_to_custody(c, lex)
        parts_told_of(c)
        c.written = n.written
        c.age = is_age_of_person(sent, c, lex)
        counts.append(c)
    counts += singulars(doc, finder, counts, seen, lex, dropped)
    counts += elliptical_deaths(doc, counts, seen, lex)  # "The driver died, as did a passenger"
    counts.sort(key=lambda c: c.start)
    counts += referred_counts(doc, finder, counts, seen, lex)
    counts.sort(key=lambda c: c.start)
    by_sentence: dict[int, list[Count]] = {}
    for c in counts:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    for group in by_sentence.values():
        # (the rules that read a count with the others of its sentence pass over most sentences, of one count)
        several = len(group) > 1
        if several:
            partitive_wholes(group, lex)
            listed_parts(group, lex)
            bare_inserts(group, lex)
            apposed_figures(group, lex)
            named_apposition(group)
            described_persons(group, lex)
        parts_of_no_figure(group, lex)
        if several:
            chain_categories(group, lex)
            parts_of_a_toll(group)
            members_listed(group)
            households_of(group)
            joined_totals(group, lex)
            listed_members(group)
        killing_themselves(group, lex)
        animals_are_no_casualties(group, lex)
        if several:
            superseded(group)
    all_aboard(doc, counts, seen, lex)
    told_before(counts, lex)
    triggers = Triggers(events)
    for c in reported_first(counts, lambda c: triggers.nearest(c, doc)):
        keep_aside(c, "earlier", subject=False)  # "The ministry had earlier reported five dead" beside a toll of nine
    included_before(counts)
    shot_and_killed(counts, lex)
    counts += coordinated_people(counts, lex)
    # (counts of nobody last: no rule above is to read a death in "No one was killed", or a part in "None of them")
    counts += nobody(doc, finder, counts, seen, lex)
    counts.sort(key=lambda c: c.start)

    # Keep: counts of something, each once.
    pasts = Pasts(doc)
    kept: list[Count] = []
    again: list[Count] = []  # figures told again, kept aside as `other` (`told_again`)
    rivals: list[Count] = []  # other sources' figures of a toll told before them, kept aside as `disputed`
    given: dict[str, Given] = {}
    own: set[str] = set()  # the categories the story gave a figure of its own incident of
    recalled: set[str] = set()  # the events of past incidents whose figures are kept aside
    own_starts: dict[str, date] = {}  # per category of them, the earliest date its events have, however told
    own_days: dict[str, date | None] = {}  # per category of them, the earliest day of its events the text tells
    own_held: dict[str, int] = {}  # per kind of people held, the last sentence of the story's own figures
    firm: set[str] = set()  # the categories the story kept a figure of its own incident of that is not vague
    totals: dict[str, list[Count]] = {}  # running totals told before any figure of the story's own
    recalled_first: dict[str, list[Count]] = {}  # past incidents' figures told before any of the story's own
    spans: dict[str, int] = {}  # per category, the last sentence that told a running total of it
    headline = _headline_end(doc)
    lead_paragraph = opening(doc).lead
    lead = next((k for k, s in enumerate(doc.sentences) if s.paragraph >= lead_paragraph), 0)  # its first sentence
    scoring: dict[int, bool] = {}  # per sentence, whether it counts units of scoring (`_scored`)
    judged = False  # whether a court's verdict was told of dead (kept aside): a court report
    told = {c.amount for c in counts if c.start >= headline}
    told_kinds = {c.category for c in counts if c.start >= headline and c.category != "other"}
    for c in counts:
        if c.start < headline and (c.amount in told or c.category in told_kinds):
            # "Car bombs kill 21 in Baghdad" above "killing at least 21 people" (or 23: the story's figure is the newer)
            dropped["estimates: count in a headline the story tells again"] += 1
            continue
        if c.appositive:
            dropped["estimates: description of a person named next to it"] += 1
            continue
        if c.age:
            dropped["estimates: age set off after a noun of a person"] += 1  # "The man, 34, and his wife, 29,"
            continue
        if c.singular and not is_singular_count(c, lex):
            dropped["estimates: singular with no casualty or arrest verb"] += 1
            continue
        # ("several" is a count only when told of people harmed, held or gone: "Several soldiers were killed", not
        # "several officials said", "over several days")
        weak = c.written == "words" and c.value in _WEAK_VALUES or is_several(c)
        if c.nobody and c.category not in _BACKGROUND_KINDS:
            dropped["estimates: nobody, of no harm"] += 1  # "No one claimed responsibility"
            continue
        if c.category == "other" and _scored(c, lex, scoring):
            dropped["estimates: a score in a game"] += 1  # "won by eight wickets", "an unbeaten 88", "12 rounds"
            continue
        if _defines(c, lex):
            # "mass shootings, defined as incidents in which four or more people are shot, not including the
            # shooter": a kind of incident, none of them
            dropped["estimates: a threshold of a definition"] += 1
            continue
        if _of_whom_kin(c, lex):
            # "A relative of one of the captives told Reuters": the count tells whose relative speaks, no figure
            dropped["estimates: whom a relative is of"] += 1
            continue
        if c.category in _BACKGROUND_KINDS and _unrealised(c, lex):
            # "Had it worked as intended, it could have killed dozens": a harm that could have been, no one harmed
            dropped["estimates: a harm that could have been"] += 1
            continue
        if c.category == "other" and c.np_end > c.np_start and c.sentence.words[c.np_head - 1] in lex.directions:
            dropped["estimates: a count of sides or directions"] += 1  # "attacked the post from three sides"
            continue
        if c.category == "other" and c.np_end > c.np_start and (_arms(c, lex) or (
                c.sentence.words[c.np_head - 1] in lex.shelters and c.first > 0
                and c.sentence.words[c.first - 1] in _SHELTERED_IN)):
            # "recovered two AK rifles and four magazines", "shifted to 14 relief camps": what was seized, or where
            # the people counted beside it went, no figure of its own
            dropped["estimates: a count of arms or shelters"] += 1
            continue
        if (weak or c.unit == "percent") and c.category == "other":
            dropped["estimates: 'one' or 'several' with no category" if weak
                    else "estimates: percentage with no category"] += 1
            continue
        if c.category in _BACKGROUND_KINDS and (c.unit == "percent" or is_rate(c) or protests_cause(c)):
            # "killed 30 percent of the crop", "Heart disease kills 17 million people a year": a share or a rate, the
            # dead of no incident; "protested after a soldier killed a motorcyclist": the dead a protest was over, of
            # none of its own (kept aside, so that a sum of the dead counts the story's own)
            keep_aside(c, "rate" if c.unit == "percent" or is_rate(c) else "cause")
        if c.category in _BACKGROUND_KINDS and (judged and c.category not in own or judged_by_a_court(c)):
            # "found guilty of the murder of three fishermen in 2021": a court judged them dead before the hearing; a
            # court report's dead told after them, of no toll of its own before, are of what it judged ("The
            # prosecution said the men shot dead the three fishermen", "He died in hospital the following day")
            keep_aside(c, "other_incident")
            judged = True
        elif c.category in _BACKGROUND_KINDS and opened_as_before(c):
            # "One month after gunmen killed 14 worshippers at a church in Owo, residents say they still live in fear":
            # what the sentence's news came after, however it opens the story (no summary of a past incident's own)
            keep_aside(c, "other_incident")
        c.incident = triggers.nearest(c, doc)
        own_figure = False
        if c.category in _BACKGROUND_KINDS:
            # (or the dead of the sentence after a running total, told in the perfect with no date of their own: "The
            # exchanges of fire have killed more than 550 people since October. On the Israeli side, 22 soldiers and
            # 26 civilians have been killed": the same span's)
            # (or after a sentence of a span from long ago: "Manipur has been torn by ethnic violence since May 2023.
            # More than 220 people have been killed")
            c.running = c.category in own and c.category in given and _dwarfs(c, given[c.category]) or (
                spans.get(c.category, -2) >= c.sentence.index - 1 or c.sentence.index > lead and (
                    pasts.spans_from_long_ago(c.sentence.index))) and told_in_perfect(c) and pasts.undated(c)
            running = c.running or runs_over_a_span(c)
            # (a toll over days told before the story's own figures of its kind is the toll of its spell of violence,
            # which holds them: "At least 41 people have been killed in the clashes since Tuesday. On Friday, troops
            # fired on a crowd, killing one man"; told after them, it is a total the story's incident added to: "The
            # bomb killed six people, raising to 40 the death toll from a week of attacks")
            c.spell = running and not c.running and c.category not in own and runs_over_days(c)
            running = running and not c.spell
            if running:
                spans[c.category] = c.sentence.index
            # (an event dated long ago by words no count is dated by, "two months later", tells a past incident only
            # before the date of the story's own figures: the story's own event may be misdated, or be of long ago)
            if running or (pasts.of(c) is not None or pasts.another_incident(c) or followed_incident(c) or (
                    pasts.dated_long_ago(c.incident, own_starts.get(c.category)))) and not is_grown_toll(c):
                if c.category in own or not running and (
                        c.incident is not None and c.incident.event_id in recalled or c.sentence.index > lead and (
                            c.category == "killed" and not pasts.tells_past(lead)) or (
                            c.sentence.index <= lead and pasts.relative_to_the_news_day(c))):  # (dates read once)
                    # (a past incident's figure of a kind the story gave none of is kept aside as its other figures
                    # are: "killed five children and wounded more than 30 others" in January 1989, after today's dead;
                    # and so is one told after a lead of news that had no dead: "A drone hit a depot on Sunday. No one
                    # was hurt. In March 2023, a rocket attack on it killed three guards": the story's dead are none;
                    # but a story of past incidents alone keeps their figures: "In March 2019, a bombing killed 30 …";
                    # the dead only, the story's toll: a past figure of the wounded stays one; nor a past told in a
                    # relative clause of a lead's news of the day: "A court on Monday jailed two men for the raid,
                    # in which 12 died in 2021")
                    # "Suicide bombers killed 10 people on Tuesday. Boko Haram's insurgency has killed more than 20,000
                    # people since 2009": the story's toll is 10; the 20,000 are kept as `other`, of no event of the day
                    keep_aside(c, "running_total" if running else "other_incident")
                    if not running and c.incident is not None:
                        recalled.add(c.incident.event_id)
                elif running:
                    totals.setdefault(c.category, []).append(c)
                else:
                    recalled_first.setdefault(c.category, []).append(c)
            elif _earlier(c, own_days, pasts):
                keep_aside(c, "other_incident")  # "On October 2, three infiltrators were killed", after Wednesday's
            else:
                own.add(c.category)
                own_figure = True
                _note_day(c, own_days)
                if c.incident is not None and c.incident.date is not None:
                    own_starts[c.category] = min(own_starts.get(c.category, c.incident.date), c.incident.date)
        elif c.category in _HELD_KINDS:
            # "At least 30 people were arrested on Wednesday. Last week, 12 people were detained": the arrests of
            # another day, told after the story's own, are no more of them (but a past after the story's own day is
            # of its incident: "… held hostage. The remaining 106 hostages were freed on 07/04/1976" in a note of
            # 1976)
            if c.category in own_days and c.sentence.index > own_held[c.category] and (
                    pasts.before(c, own_days[c.category]) or _earlier(c, own_days, pasts) or pasts.dated_long_ago(
                        c.incident, own_days[c.category] or pasts.published)):
                keep_aside(c, "other_incident")  # (or its event is of years before: "His brother … was jailed in
                # 2020", after today's sentence)
            else:
                _note_day(c, own_days)
                own_held[c.category] = c.sentence.index  # (the others of its sentence, a list, are of it too)
        how = restates(c, given, lex, kept[-1] if kept else None)
        if how is not None:
            c.restated = True
            given[c.category].told(c, how)
            told_again(c, how, again, dropped)
            continue
        if own_figure and c.category in totals:
            # "At least 500,000 people have been killed in the civil war. On Monday, an airstrike killed 12": a running
            # total told first is set aside as well, once the story tells a figure of its own (not a past incident's
            # figure: "05/12/2016: Gunmen killed four people." opens an incident summary of long ago)
            for k in totals.pop(c.category):
                keep_aside(k, "running_total")
            given[c.category] = _given_of(kept, c.category, lex)
        if own_figure and c.category in recalled_first and pasts.recent(c.incident):
            # "Two years ago, militants overran the town. More than 60 people died … On Saturday, gunmen killed two
            # herders": an anniversary story's past incident, told first, is background to its news of the day, dated
            # to it by its own words (not a figure of no day of its own: a story of the past goes on)
            for k in recalled_first.pop(c.category):
                keep_aside(k, "other_incident")
            given[c.category] = _given_of(kept, c.category, lex)
        vague = firms_vague(c, kept)
        for k in vague:
            keep_aside(k, "vague")  # "Dozens of people were killed" before "Police said 40 died"
        if vague:
            del given[c.category]
        if raises_toll(c, given, lex):
            # "killing eight soldiers. The death toll later rose to 12": the eight are part of the toll, which a sum
            # of the dead counts alone; the toll is of their event
            for k in kept:
                if k.category == c.category:
                    keep_aside(k, "earlier", subject=False)
                    c.replaces = k
            del given[c.category]
        elif disputes_toll(c, given):
            # "Hospital officials put the death toll at 15" after "killing 12"
            keep_aside(c, "disputed")
            rivals.append(c)
        elif vague_after_firm(c, firm):
            keep_aside(c, "vague")  # "killed 17 civilians … it had killed dozens of fighters": 17 dead told firm
        if own_figure and c.category != "other" and c.hedge != "order_of_magnitude":
            firm.add(c.category)  # (not a running total told first, which the story's own figure sets aside)
        kept.append(c)
        given.setdefault(c.category, Given()).add(c, lex)
    for k in (k for run in totals.values() for k in run if runs_over_years(k)):
        # "According to the AAPP, more than 5,600 civilians have been killed since the 2021 coup", the story's only
        # figure of its kind: a total over many incidents all the same, no toll of one a sum of the dead counts (but
        # "At least 30 people have been killed in clashes since Monday" is the toll of the story's own spell of them)
        keep_aside(k, "running_total")
    _coded_toll_stands(kept)
    for k in kin_in_later_toll(kept, lex):
        keep_aside(k, "part", subject=False)  # "Her husband and his two brothers were shot dead" before "At least 60
        # people were killed in the assault": some of the 60
    for c in breakdowns(kept):
        c.restated = True  # "In Kyiv, four people were killed. In Lviv, three …" after "killing at least 7 people"
        told_again(c, "part", again, dropped)
    kept = [c for c in kept if not c.restated]
    # "Six people have been killed in two days" then "Four … on Saturday" and "On Sunday, another two …"; "The five
    # civilians killed" after "Seven people, including two police officers": the toll read again, not more dead
    for c in spelled_out(kept, lex):
        c.restated = True
        told_again(c, "part", again, dropped)
    for c in told_definite([c for c in kept if not c.restated], lex):
        c.restated = True
        told_again(c, "restated", again, dropped)
    for c in same_figure_again([c for c in kept if not c.restated], lex):
        c.restated = True  # "killed eight militants … 'eight khwarij were sent to hell,' the statement said"
        told_again(c, "restated", again, dropped)
    kept = [c for c in kept if not c.restated]
    for c in kept + again:
        fill_quantity(doc, c, lex)
        c.country = count_country(doc, c, lex)
    inherit_quantities(kept, lex)
    kept = sorted(kept + again, key=lambda c: c.start)

    # Attribute and link.
    claims = Claimants(doc, statements, lex).of(kept)
    sources = [claim.canonical or claim.claimant for claim in claims]
    for c in other_sources_figures(kept, sources, lex):
        keep_aside(c, "disputed")  # "The Observatory said seven people were killed" after "killed five"
        rivals.append(c)
    for c in compared_figures(kept, sources, lambda index: sentence_tokens(doc, index, seen)):
        keep_aside(c, "disputed")  # "State media gave a much lower figure. The governor said 19 people had died"
        rivals.append(c)
    for c in denied_figures(kept, sources, lambda index: sentence_tokens(doc, index + 1, seen)
                            if index + 1 < len(doc.sentences) else None):
        keep_aside(c, "disputed")  # "The rebels said they had killed 50 soldiers. The army denied the figure"
    lowest_stands(kept, rivals, lex)  # (the policy of conflicting figures: the lowest firm one is the story's count)
    for c in excess_of_higher_claims(kept, sources):
        keep_aside(c, "disputed")  # "… the real number was seven. Local sources said three more bodies were found"
    for c in round_sums(kept, sources):
        keep_aside(c, "restated")  # "nearly 100 soldiers were killed" before each side's own 49 and 50
    for group in by_sentence.values():
        if len(group) > 1:
            parts_of_wholes(group)
    dated: dict[int, date | None] = {}
    out = []
    for c, claim in zip(kept, claims):
        # a toll is of the event of the figure it grew from ("killing four policemen. One of the injured succumbed to
        # his wounds, raising the death toll to five": the attack's, not the death's told beside it)
        event = (triggers.nearest(c.replaces, doc) if c.replaces is not None else None) or triggers.of(
            c, doc, pasts, lex)
        if c.category == "deployed" and c.country is None and event is not None:
            c.country = event.actor_country  # troops sent by North Korea are North Korean troops
        confidence = _CONFIDENCE[c.source] - (_SINGULAR_DISCOUNT if c.singular else 0.0)
        counted, aside = counted_and_aside(c)
        out.append(Estimate(
            estimate_id=stable_hash(doc.article.article_id, "estimate", c.start, c.end),
            article_id=doc.article.article_id, statement_id=claim.statement_id,
            event_id=event.event_id if event else None, surface=doc.text[c.start:c.end], start=c.start,
            end=c.end, value=c.value, value_low=c.value_low, value_high=c.value_high, hedge=c.hedge,
            quantity=c.quantity, category=c.category, counted_as=counted, aside=aside, unit=c.unit,
            claimant=claim.claimant, claimant_canonical=claim.canonical, as_of=dated_as_of(c, doc, event, dated, lex),
            subject_key=subject_key_of(c, lex, event, doc.article.article_id), confidence=round(confidence, 2),
            extractor=VERSION,
        ))
    return out


def _given_of(kept: list[Count], category: str, lex: Lexicon) -> Given:
    """The figures of a category given so far, read again once some of them were set aside (a running total or a
    recalled past incident told first): what later counts of the category are compared with."""
    given = Given()
    for k in kept:
        if k.category == category:
            given.add(k, lex)
    return given


def _coded_toll_stands(kept: list[Count]) -> None:
    """A note's coded toll ("Fatalities coded as 10", "Fatalities coded as 0 (VoJ reported 1)") is its figure of the
    dead: the dead told before it are a source's claim of them, or other figures of the toll the coder weighed ("The
    General Staff claimed that 40 soldiers were killed"), kept aside as `disputed`, so that the note's sum of the dead
    is the coded one (a coded toll that only sums them is told again: `restates`)."""
    coded = next((c for c in kept if c.category == "killed" and c.source == "toll"
                  and c.sentence.words[max(0, c.first - len(_CODED)):c.first] == _CODED), None)
    for k in kept if coded is not None else []:
        if k.category == "killed" and k.start < coded.start:
            keep_aside(k, "disputed")


_CODED = ["coded", "as"]  # (the words of a conflict note's coded toll)


def told_again(c: Count, how: str, again: list[Count], dropped: Counter[str]) -> None:
    """A figure that tells again a count given before ("restated": "North Korea has sent thousands of soldiers" after
    "thousands of North Korean troops deployed") or a part of it ("part": "Among the dead were three children" after
    "killing eight") is a figure of the text all the same: it is kept aside as `other`, so that a sum of the category
    counts the first alone, and a reader finds every figure the article gives. A person told again ("the man was
    killed" after "one person was killed") is no figure of the text, nor is nobody ("None of the injuries were
    serious"): they are dropped."""
    if c.singular or c.nobody:
        dropped["estimates: person or nobody told again after a count"] += 1
        return
    keep_aside(c, how, subject=how == "restated")
    again.append(c)


def _arms(c: Count, lex: Lexicon) -> bool:
    """Whether a count's noun names arms or ammunition ("two AK rifles", "three mortar rounds", "six rounds of
    ammunition"), not what they are of ("three rounds of talks")."""
    words, head = c.sentence.words, c.np_head - 1
    return words[head] in lex.arms and not (
        head + 2 < len(words) and words[head + 1] == _OF and words[head + 2] not in lex.arms)


_OF = "of"


def _note_day(c: Count, own_days: dict[str, date | None]) -> None:
    """Note a figure of the story's own incident: the earliest day the text dates the events of its category to."""
    day = c.incident.date if c.incident is not None and c.incident.date_precision == "day" \
        and c.incident.date_source == "text" else None
    known = own_days.get(c.category)
    own_days[c.category] = day if known is None else min(known, day) if day is not None else known


def _defines(c: Count, lex: Lexicon) -> bool:
    """Whether a count stands in a definition a few words after its word ("defined as", "the definition of") whose
    threshold is told "or more": "incidents in which four or more people are shot, not including the shooter" counts
    no one (not "what police defined as an attack that killed at least 12 people", a toll)."""
    words = c.sentence.words  # (lower-cased once per sentence: a copy per count grew with the square of its length)
    k = next((k for k in range(c.first - 1, max(-1, c.first - _DEFINITION_WORDS), -1)
              if words[k] in lex.definitions or words[k] in _CLAUSE_STOPS), None)
    return k is not None and words[k] in lex.definitions and any(
        words[j:j + 2] == ["or", "more"] for j in range(k + 1, len(words) - 1))


def _of_whom_kin(c: Count, lex: Lexicon) -> bool:
    """Whether a count is a part of a whole that a noun of kin or counsel is of ("a relative of one of the captives",
    "the families of two of the victims"), or the children a parent is of ("a mother of three was killed"): it picks
    out people, no figure of the text."""
    words = c.sentence.words
    if c.first < 2 or words[c.first - 1] != _OF:
        return False
    kin = words[c.first - 2]
    return kin in lex.parents or kin in lex.kin and c.after < len(words) and words[c.after] == _OF


def _unrealised(c: Count, lex: Lexicon) -> bool:
    """Whether the casualty verb that gave a count its category follows a modal of what could have been or could be,
    past its "have" or "be" ("could have killed dozens", "would have been killed", "a bomb that could kill hundreds"),
    not one that hedges a harm done ("may have killed 20")."""
    k = -1 if c.cue is None else c.cue - 1
    words = c.sentence.words
    while k >= 0 and words[k] in _MODAL_AUXILIARIES:
        k -= 1
    return k >= 0 and words[k] in lex.unrealised


_MODAL_AUXILIARIES = frozenset({"have", "be", "been"})


def _earlier(c: Count, own_days: dict[str, date | None], pasts: Pasts) -> bool:
    """Whether a count's sentence opens with a day, or its clause tells a year or a month, or what a relative clause of
    it is of was dated to a day, before any the story dated its own figures of the kind to."""
    day = own_days.get(c.category)
    return day is not None and (pasts.opens_before(c, day) or pasts.dated_before(c, day) or (
        pasts.relative_dated_before(c, day))) and not is_grown_toll(c)


def _dwarfs(c: Count, same: Given) -> bool:
    """Whether a figure told in the perfect after the story's own figures of its kind is many times all of them, a
    war's toll or a doer's record told by its size alone ("killing at least 11 people. Health officials have estimated
    that about 15,000 people have been killed": no span, no war named; "The group has killed more than 3,000"), or a
    war's told by its verb in any tense ("Fighting killed 20 people on Monday. The two-year war claimed as many as
    600,000 lives"), or in a relative clause of the war ("an insurgency that left 69,000 dead"); not a toll that grew
    ("The toll has risen to 40")."""
    words = c.sentence.words
    if same.total <= 0 or c.amount < _DWARFING * same.total or c.cue is None or is_grown_toll(c):
        return False
    if told_of_a_war(c):
        return True  # "The rebellion, which left some 30,000 people dead, ended in 1996" after "killed five officers"
    if c.source == "after":
        return not _PERFECT.isdisjoint(words[c.np_end:c.cue])
    verb = c.cue if c.cue < c.first else c.first - 1  # (of "claimed as many as 600,000 lives", the noun's verb)
    if verb > 0 and (names_a_war(words[verb - 1]) or war_is_subject(words, verb)):
        return True  # a war the subject of the verb: "The war killed 600,000 people", "a war between … killed"
    # (or a doer's record told before it: "The PKK has been responsible for the deaths of more than 40,000 people")
    return not _RECORD_WORDS.isdisjoint(w.lower() for w in words[max(0, c.first - _RECORD_REACH):c.first])


def _scored(c: Count, lex: Lexicon, scoring: dict[int, bool]) -> bool:
    """Whether a count of nothing that happened to anyone is a score in a game: its noun a unit of scoring, bare ("eight
    wickets", "12 rounds", "three knockdowns"; not "three mortar rounds", "two rounds of talks"), or, with no noun, a
    number in a sentence that counts such units ("smashed an unbeaten 88" after "by eight wickets", "bowled out for 246
    in 64.3 overs"); `scoring` keeps the answer per sentence, read once however many numbers it holds."""
    words = c.sentence.words
    if c.np_head > c.np_start and words[c.np_head - 1] not in _SCORE_PREPOSITIONS:
        return _score_unit(words, c.np_head - 1, lex)
    index = c.sentence.index
    if index not in scoring:
        scoring[index] = any(_score_unit(words, k, lex) for k, w in enumerate(words) if w in lex.scores)
    return scoring[index]


def _score_unit(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the word at k is a unit of scoring right after a number, not followed by what it is of."""
    return words[k] in lex.scores and k > 0 and (words[k - 1][:1].isdigit() or words[k - 1] in _NUMBER_WORDS) \
        and (k + 1 == len(words) or words[k + 1] != "of")


_NUMBER_WORDS = frozenset(numbers.lexicon().words)
_SCORE_PREPOSITIONS = frozenset({"off", "from"})  # a score's number before what it took ("122 off 150 balls")


def _headline_end(doc: Doc) -> int:
    """Where the article's headline ends (see `datelines.opening`: "Car bombs kill 21 in Baghdad" above its story),
    else 0. A count of it that the story tells again is kept there, with its hedge and what it counts."""
    headline = opening(doc).headline
    return doc.paragraphs[headline][1] if headline >= 0 else 0
