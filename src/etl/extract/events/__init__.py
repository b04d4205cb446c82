"""Article sentences → PLOVER-typed events: trigger, actor, target, place, date and modality, all grounded.

One pass over the article's tokens finds trigger words from `plover_triggers.tsv`; only sentences with a
trigger are analysed further. Around each trigger, closed-class words (`plover_grammar.tsv`) delimit the
actor and target noun phrases (active and passive voice, coordinated actors, light verbs such as "staged a
protest"), `geo` finds the place and the countries, `dates` the date, and the statements of the article
tell which events are reported speech.

The package, in the order the steps run: `lexicon` reads the trigger, class and grammar lexicons;
`items` splits a sentence into tokens; `triggers` finds the triggers and their senses; `participants`
their actors and targets; `places`, `dating` and `modality` where, when and how sure; `context` dates the
events that have no date of their own from the narrative; `records` builds the events.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

from etl.extract import geo
from etl.extract.dates import DateMention, article_order, find_dates, is_calendar_word, period
from etl.extract.datelines import Dateline, dateline_of, lead_paragraph, opener_end
from etl.extract.events.context import NO_DATE, Dating, Narrative, Neighbours, anchor_date, lead_date
from etl.extract.events.dating import (assign_dates, charged_with, crime_of, in_relative_clause, lately, occurred_at,
                                      occurred_in_aside, remembered)
from etl.extract.events.coref import country_part, load_words
from etl.extract.events.items import (PERFECT_AUXILIARIES, Candidate, ParagraphWords, SentenceTokens, is_numeral,
                                      may_hold_phrase, may_hold_trigger, tokenize)
from etl.extract.events.lexicon import (ASIDE_OPENERS, BEFORE_PARTICIPLE, NOUN_TARGET_PREPOSITIONS, POSSESSIVES,
                                        Lexicon, charge_at, is_claim, load_lexicon)
from etl.extract.events.modality import awaited, is_past
from etl.extract.events.participants import CAME, befallen, find_parties, reports_own_act
from etl.extract.events.places import (Places, Settings, SpanPlaces, Whereabouts, in_own_clause, locate,
                                        names_a_link, names_a_moment, names_area, opening_place, scene)
from etl.extract.events.records import Names, Statements, event_record
from etl.extract.events.triggers import VIOLENCE, coordination_ends, deaths_after_attacks, find_candidates
from etl.extract.mentions import Mention
from etl.extract.text import ABBREVIATIONS, QUOTE_MARKS, TOKEN, Doc, Enclosures, Sentence, head_word
from etl.records import Event, Statement

VERSION = "events-rules-1.186"
_HEADING_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A wiki section heading inside a sentence of running text: "==Attack==", "=== Aftermath ===".
_WIKI_HEADING = re.compile(r"={2,4}[^=\n]{1,80}?={2,4}")
_MODIFIERS = 3  # words between a determiner and its event noun ("the deadly suicide bombing")
# The score of a match told as its result: "Feyenoord's 2-0 win", "lost 0-2 to Chelsea", "drew 1-1", "thrashed their
# rivals 4-0", "blew out the Celtics 120-90", or a tennis match's sets ("6-3, 6-4"); the score ends its phrase (not
# "beat 10-15 protesters").
_SCORELINE = re.compile(r"\b\d{1,3}[-–]\d{1,3}\s+(?:win|wins|victory|defeat|draw|loss|rout|thrashing|drubbing|hammering"
                        r"|home win|away win)\b"
                        r"|\b(?:won|lost|drew|ended|finished|(?:beat|beating|thrashed|crushed|hammered|routed|defeated"
                        r"|edged|downed|stunned|trounced|whipped|blew\s+out)\s+(?:the\s+|their\s+|his\s+|her\s+)?"
                        r"(?!up\b)[\w'’.-]+(?:\s+[A-Z][\w'’.-]*)?)\s+\d{1,3}[-–]\d{1,3}(?![-–\w])"
                        r"(?!\s+(?!(?:at|in|on|to|after|for|with|and|against|over|from|before|as|despite|away)\b)[a-z])"
                        r"|\b[0-7][-–][0-7],\s*[0-7][-–][0-7]\b")
_SCORE = re.compile(r"\d[-–]\d")  # what every scoreline holds: most texts have none, found by a far faster search
# the minute of a match a goal or a change came in, which only a match report tells: "killed the game off in the 78th
# minute" (not "a last-minute deal")
_MATCH_MINUTE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)[- ]minute\b")
# Words of play that a match report shares with violence: "a low shot", "fired Arsenal ahead", "their attack",
# "beating the keeper", "killed off the game", "thrashed Leeds", "led the assault with two sacks", "Chelsea and Arsenal
# clashed in a bad-tempered derby" (but fans who clash are people: `_played`).
_PLAY_WORDS = frozenset({"shot", "shots", "shoot", "shoots", "fire", "fires", "fired", "firing", "attack", "attacks",
                         "attacked", "beat", "beats", "beating", "beaten", "kill", "kills", "killed", "killing",
                         "thrashed", "crushed", "hammered", "stormed", "blasted", "struck", "strike", "bombed",
                         "bombarded", "bombarding", "pounded", "routed", "demolished", "assault", "assaults",
                         "clashed"})
_TEAM_WORDS = frozenset({"men", "boys", "side", "team", "charges"})  # a team by its manager: "Arteta's men"
# Word classes of people a blow of play never lands on, nor comes from: "a fan was shot", "ultras attacked a coach"
_HARMED_PEOPLE = ("people", "agents", "armed_attackers", "crowds", "match_people")
# Word classes of those who do harm and of what with: in a match report, a sentence with none tells play, not violence.
_HARM_DONE = ("police", "troops", "armed_attackers", "terror", "blows", "incendiary", "weapons", "projectiles")
_ROLE_WORDS = 4  # words of a role before its "who": "plays a former hitman who"
_PLOT_SUBJECT_WORDS = 5  # words of a sentence's opening searched for the work whose plot it tells ("The new film")
_STRUCK = frozenset({"ASSAULT", "COERCE"})  # the types whose target is struck or held
_TOLD_BEFORE_ONLY = frozenset({"incident", "incidents"})  # trigger words that only name an attack told before
# the types of acts done where a story is filed from (not "Russia is sending troops to eastern Ukraine")
_INCIDENTS = frozenset({"ASSAULT", "PROTEST", "COERCE"})
# a body found: an outcome told after the day of the act it ends ("was later found dead")
_FOUND_DEAD = ["found", "dead"]
_THE = frozenset({"the"})  # a participle after it names people by an act told before: "the abducted schoolboys"
_ATTACK_POINTERS = frozenset({"the", "this", "that", "these", "those"})  # what names an attack told before
_NEXT_TO_CHARS = 5  # characters between an event noun and a date of its own after it (" on ", " in ")
# Conjunctions that open a clause of another time than their sentence's ("targeted by al-Shabab since it sent troops
# into Somalia in 2011", "arrested two men on Monday after the attack"); "when", "as" and "while" tell the same time.
_OTHER_TIME = frozenset({"since", "after", "before", "until", "because"})
_DONE = frozenset({"asserted", "reported"})  # modalities of what happened, which an event yet to come has not
_EARLIER = frozenset({"after"})  # opens a clause of a time before its sentence's main clause
_SPANS = frozenset({"days", "weeks", "months", "years"})  # "days after …": a time before, and not the same day
_ASIDE_REACH = 16   # tokens back from a trigger searched for the opening of such a clause


def extract(doc: Doc, statements: list[Statement], *, dropped: Counter[str] | None = None) -> list[Event]:
    """All events of one article; `statements` (from the statements extractor) mark reported speech. Each
    trigger word that gives no event is counted in `dropped`, if given, under "events: <why>"."""
    dropped = Counter() if dropped is None else dropped
    lex = load_lexicon()
    text = doc.text
    article_id = doc.article.article_id
    published = doc.article.published_at
    published_day = published.date() if isinstance(published, datetime) else published
    dateline = dateline_of(doc)
    story_start = opener_end(doc)
    # the order the input gives, else the one the article's own numeric dates prove ("08/19/2014" makes its
    # "09/02/2014" 2 September), else its language's
    proven, order, settled = article_order(text, doc.article.language, doc.article.date_order)
    # the day the story was filed: an event after it is yet to come (one after the day a report opens with is not)
    filed = dateline.date.date if dateline and dateline.date else published_day
    # relative dates ("on Monday", "overnight") count from the day the story was filed, or the day it opens with;
    # with no publication date, from the first day its opening tells with a year
    opening = None if dateline and dateline.date else lead_date(text, published_day, order, proven is not None,
                                                                   settled)
    lead = opening or (anchor_date(text, order) if published_day is None and not (dateline and dateline.date)
                       else None)
    if opening is not None and proven is None and not doc.article.date_order and (
            opening != lead_date(text, None, order)):
        # "12.02.2019: …" published on 14 February 2019: the opening day, read the other way round to fall before
        # publication, proves the order of the article's other numeric dates
        order = "mdy" if order != "mdy" else "dmy"
    reference = lead or filed
    # a numeric date after publication is read the other way round, unless the order is proven or the dates count
    # from the day the story opens with ("09/01/2004: … The siege ended on 09/03/2004" is two days later)
    keep_order = proven is not None or reference != published_day
    lowered = doc.lowered
    cues = Enclosures((s.cue_start, s.cue_end) for s in statements if s.cue_start is not None)
    said = Statements(statements)
    events: list[Event] = []
    scenes: dict[int, geo.Place | None] = {}
    names = Names(doc)
    whereabouts = Whereabouts(doc)
    span_places = SpanPlaces(doc)  # each sentence read for places once in this pass
    lead_country = _LeadCountry(doc)
    lead_scene = _LeadScene(doc)
    settings = Settings(doc, span_places, whereabouts)
    paragraphs = ParagraphWords(doc, lowered, lex)
    narrative = Narrative(doc, lowered, reference, order, dateline, published_day, lex, keep_order=keep_order,
                          settled=settled, from_lead=lead is not None)
    match_report: bool | None = None  # read from the whole text only when a sentence has a word of play
    folded = not text.isascii() and _FOLDED_LETTERS.search(text) is not None  # (an ASCII text is known so in C)
    for index, sentence in enumerate(doc.sentences):
        if sentence.start < story_start < sentence.end:
            sentence = Sentence(story_start, sentence.end, sentence.paragraph)  # a dateline or a credit is no actor
        # most sentences are skipped on their letters, in C, before they are split into tokens
        letter_words = doc.letters[sentence.start:sentence.end].split()
        if not may_hold_trigger(letter_words, lex):
            continue
        # and so are those with a key word of a phrase but no phrase, unless counted below as a heading or a gloss
        letters = set(letter_words)
        if not may_hold_phrase(letters, lex) and not _may_be_dropped_whole(text, sentence, letters, folded):
            continue
        sent = tokenize(text, sentence, paragraphs)
        if lex.key_words.isdisjoint(sent.lower):
            continue
        if _is_heading(text, sentence.start, sentence.end):
            dropped["events: sentence with trigger words is a heading"] += 1
            continue
        if _glosses(text, sent, folded):
            dropped["events: sentence says what a word means"] += 1
            continue
        candidates = find_candidates(sent, lex, cues, dropped)
        if not candidates:
            continue  # (the checks below only drop candidates)
        if _tells_a_plot(sent, lex):
            dropped["events: a film's or a book's plot"] += len(candidates)
            continue
        # a match report's "low shot", "fired Arsenal ahead", "killed off the game", "beating the keeper": play,
        # unless the sentence names who does harm or with what ("fans clashed with police outside the stadium"),
        # or the words are no words of play ("clashed", "shot dead") or tell harm done to people ("a fan was shot
        # in the leg", "Lazio ultras attacked a coach"); the story is read for a match only for such words
        played = [c for c in candidates if c.sense.event_type == "ASSAULT" and _played(sent, c, lex)]
        if played and match_report is None:
            match_report = (_SCORE.search(text) is not None and _SCORELINE.search(text) is not None
                            or "minute" in text and _MATCH_MINUTE.search(text) is not None)
        if played and (match_report or sent.story_has("match_play")) and not any(
                sent.has(c, lex) for c in _HARM_DONE):
            dropped["events: a blow of a match, in a match report"] += len(played)
            candidates = [c for c in candidates if c not in played]
        misread = [c for c in candidates if _surname(sent, c, names) or _offends(sent, c, lex) or _allure(sent, c)
                   or _convicted_as_description(sent, c, lex) or _abstract_target(sent, c, lex)
                   or _shot_a_rate(sent, c, lex) or _comeback(sent, c, lex) or _routed_in_a_vote(sent, c, lex)]
        if misread:
            dropped["events: a trigger word that is a name, an adjective or an allure"] += len(misread)
            candidates = [c for c in candidates if c not in misread]
        candidates = [_attack_of_a_place(sent, _attack_in_a_place(sent, _verbal_attack(sent, c, names, lex), names),
                                         names, lex) for c in candidates]
        held = [c for c in candidates if _candidates_rally(sent, c, names)]
        if held:
            dropped["events: a rally a candidate holds"] += len(held)
            candidates = [c for c in candidates if c not in held]
        if candidates and any(e.event_type == "ASSAULT" for e in events):
            candidates = [_attack_told_before(sent, c, lex) for c in candidates]
        elif any(sent.lower[c.first] in _TOLD_BEFORE_ONLY for c in candidates):
            # "blamed the incident on a gas leak": no attack was told, so the incident names none
            dropped["events: a word that only names an attack told before, and none was"] += 1
            candidates = [c for c in candidates if sent.lower[c.first] not in _TOLD_BEFORE_ONLY]
        named_by_act = [c for c in candidates if befallen(sent, c, lex, _THE)]
        if named_by_act:
            # "The abducted schoolboys were released": an abduction told before, or none the story tells
            kinds = {e.event_type for e in events}
            untold = [c for c in named_by_act if c.sense.event_type not in kinds and not any(
                o.first < c.first and o.sense.event_type == c.sense.event_type for o in candidates)]
            dropped["events: a participle naming whom an act befell, no such act told before"] += len(untold)
            candidates = [c for c in candidates if c not in untold]
        if candidates and text.find("==", sentence.start, sentence.end) >= 0:
            candidates = _outside_headings(text, sent, sentence, candidates, dropped)
        if not candidates:
            continue
        # (the narrative reads the same sentence's dates when a later event looks back for its date; a sentence cut
        # at the story's start is read apart)
        sentence_dates = narrative.found_in(index) if sentence is doc.sentences[index] else find_dates(
            text, reference, sentence.start, sentence.end, order, keep_order, settled)
        places = Places(span_places.of(sentence.start, sentence.end, sent))
        # "was charged with murder on Saturday", "to mark the anniversary of the crackdown": an act before the
        # sentence's time, which no date of the sentence dates
        charged = frozenset(c.first for c in candidates if charged_with(sent, c))
        recalled = frozenset(c.first for c in candidates if remembered(sent, c) or c in named_by_act)
        dated = assign_dates(sent, candidates, sentence_dates, lex, cues, charged | recalled)
        _date_the_linking_act(sent, candidates, dated)
        _date_the_relative_clause(sent, candidates, dated)
        # "the victims killed in the 2019 crackdown": the crackdown's year dates the killing it is the scene of, and no
        # other event of the sentence ("Protesters demanded justice for …" today)
        scene_dates = _scene_verbs(text, sent, candidates, dated)
        dated.update(scene_dates)
        # the days that date no event of the sentence, nor stand right after an event noun they qualify ("the 2019
        # bombings on Easter Sunday"), for its verbs that have none (`Narrative.date`)
        claimed = {m.start for m in dated.values()}
        unclaimed = [m for m in sentence_dates
                     if m.start not in claimed and not _right_after_trigger(sent, candidates, m)
                     and not in_relative_clause(sent, m)]  # ("X, which filed the case on December 29, asked …")
        opening = opening_place(sent, sent.spans[candidates[0].first][0], places.places, sentence_dates)
        run_ends = coordination_ends(sent, candidates, lex)
        # the events of a clause of its own time date each other, and those outside it each other
        asides = {c.first: _aside_of(sent, c.first, lex) for c in candidates}
        neighbours = {aside: Neighbours([(c.first, dated[c.first]) for c in candidates
                                         if asides[c.first] == aside and c.first in dated
                                         and dated[c.first].shift is None
                                         and (dated[c.first].date is not None or lately(dated[c.first]))
                                         and not _premodified(text, sent, c, dated[c.first])
                                         and not crime_of(sent, c, candidates, dated[c.first])
                                         and c.first not in scene_dates
                                         and not _scene_of_verb(sent, c, scene_dates)
                                         and not _past_of_noun(text, sent, c, dated[c.first], reference)])
                      for aside in set(asides.values())}
        # the latest day the sentence's main clause is dated to by its own words: what an "after" clause tells came
        # before it ("declared a state of emergency in August after the militia captured Bahir Dar")
        main_ends = [period(dated[c.first].date, dated[c.first].precision)[1] for c in candidates
                     if asides[c.first] == -1 and c.first in dated and dated[c.first].date is not None]
        main_end = max(main_ends, default=None)
        noun_ends = frozenset(c.last for c in candidates if c.sense.pos == "noun")  # "a roadside bomb| killed"
        # "looted shops in Durban following the jailing of Jacob Zuma": the cause happened where its own phrase says
        caused = frozenset(c.first for c in candidates if c.sense.pos == "noun" and len(candidates) > 1
                           and _cause_of(sent, c, lex))
        causes = frozenset(c.first for c in candidates
                           if c.first in caused and not _SAME_PLACE.match(text, sent.spans[c.last - 1][1]))
        found = []
        for n, cand in enumerate(candidates):
            # a place belongs to the nearest trigger: none is looked for past a neighbouring one, unless
            # the neighbours are coordinated ("were killed, injured or captured in Dalo area")
            lo_off = sent.spans[candidates[n - 1].last - 1][1] if n else sentence.start
            m = run_ends[n]
            hi_off = sent.spans[candidates[m].first][0] if m < len(candidates) else sentence.end
            nearby = places.within(lo_off, hi_off)
            place = locate(text, sent, cand, nearby, places, opening, lex, whereabouts)
            if cand.sense.pos == "noun" and cand.last < len(sent.lower) and sent.lower[cand.last] in CAME:
                place = None  # "The attack came months after a suicide bomber killed 21 worshippers in Qatif": when
            if cand.first in causes:
                if place is not None and place.start < sent.spans[cand.last - 1][1]:
                    place = None
                found.append(place)
                continue
            if (place is None or not place.locality) and not names_a_link(sent, cand, lex):
                # a site ("the central prison") in the paragraph's town; not an event noun another act is tied to
                # ("arrested a man in connection with the bombing"), which happened where it was told before
                place = scene(doc, lowered, sentence, scenes, paragraphs, span_places, sent) or place
            found.append(place)
        semicolons = [k for k, w in enumerate(sent.lower) if w == ";"]  # the parts of the sentence, in one pass
        wide = settings.country_words(index)
        filled = settings.fill(index, found, frozenset(n for n, c in enumerate(candidates)
                                                      if names_a_moment(sent, c, lex) or names_a_link(sent, c, lex)),
                               _about_later(sent, candidates, found),
                               [bisect_left(semicolons, c.first) for c in candidates],
                               frozenset(n for n, c in enumerate(candidates) if wide is not None
                                         and in_own_clause(sent, c, wide, lex)))
        # (a cause takes no place of the act that answered it, but lends its own: "attacked an officer over the
        # eviction of squatters from Kirisia Forest")
        filled = [own if c.first in causes else place for c, own, place in zip(candidates, found, filled)]
        told = len(events)  # the events of the sentences before this one
        named_again, unplaced = None, []
        followed = deaths_after_attacks(sent, candidates)
        for cand, own_place, place in zip(candidates, found, filled):
            if cand.first in followed:
                dropped["events: a death told as what followed an attack ('died after being stabbed')"] += 1
                continue
            referent = _named_again(text, sent, cand, own_place, events, told, lex)
            if referent is not None and _dated_apart(sent, cand, dated.get(cand.first), referent, lex):
                referent = None
            if referent is not None and referent.location is not None:
                named_again = referent
            elif referent is None and own_place is None:
                unplaced.append(len(events))
            whole = None if referent is not None else _one_of(sent, cand, events, told)
            if own_place is None and cand.sense.event_type in _MEASURES:
                # "Washington imposed new sanctions on Houthi financiers" after a ship was hit in the Gulf of Aden:
                # a state's measure takes effect where its words say, not where the story's events happened
                place = None
            if referent is not None:
                # "Saturday's attack", "the bombing" told again: its place is the event's told before, not one of
                # the words before it, which set another clause ("arrested a man in south Manchester in connection
                # with the attack")
                place = None
            elif dateline and sentence.paragraph == dateline.paragraph and (place is None or (
                    cand.sense.event_type in _INCIDENTS and _filed_within(place, dateline))) and (
                    _abroad(text, sentence, dateline) is None):
                # the lead happened where the story was filed, unless it says otherwise ("GARISSA, Kenya (AP) — …
                # stormed a campus in northeastern Kenya": the town it was filed from tells more)
                place = dateline.place

            own = dated.get(cand.first)
            opened = own is not None and _opening(sent, own, cand)  # "On 5 March 2016, IS claimed an attack on …"
            # the day a summary opens with is its incident's, claimed or not; but not the act another is over ("On 10
            # June, PTI supporters staged a protest against the arrest of Imran Khan")
            over = _matter_of(sent, cand, candidates, lex, cand.first in caused)
            summary = opened and (_claimed(sent, cand, lex) or not over)
            matter = over and not summary
            # "ahead of protests": yet to come, unless told before by its word ("Thursday's summit", then "an
            # interview ahead of the summit")
            coming = awaited(sent, cand, lex) and not any(
                e.trigger.lower().rstrip("s").endswith(sent.lower[cand.last - 1].rstrip("s")) for e in events)
            if coming and own is not None and not _after_noun(sent, cand, own):
                own = None  # "On 23 July, police arrested 14 people ahead of protests": the arrest's day
            if matter and own is not None and (not _right_at(sent, cand, own, lex) or _linked(sent, cand) and (
                    _after_noun(sent, cand, own))) and not (cand.first in causes and _after_noun(sent, cand, own)):
                # "claimed responsibility on Thursday for a car bombing", "on Monday arrested two men over the
                # bombing", "arrested six people in connection with the Yangon blast on Tuesday": the date of the
                # claim or the arrest, not of the act it is for (but a cause's day after it is its own: "blocked streets
                # following the killing of a trader by armed men on the same day")
                own = None

            claim = is_claim(sent.lower[cand.last - 1])
            # (a verb in the simple past may take a day its sentence tells before it that dates no event: "surrounded
            # the palace on Saturday, and three soldiers were killed"; not a noun, which may be any time's, "facing
            # criticism", nor a perfect, "The primary is June 14, and Sanders has pledged to stay")
            auxiliaries = sent.lower[max(0, cand.first - _PERFECT_REACH):cand.first]
            past_verb = cand.sense.pos == "verb" and is_past(sent, cand.first, lex)
            told_in_past = past_verb and PERFECT_AUXILIARIES.isdisjoint(auxiliaries)
            # (an incident a clause of its own tells in the simple past or the past perfect, "protesters set fire to a
            # police station", "20 people had been detained": a step of the story, of the day its lead tells)
            storied = cand.sense.event_type in _INCIDENTS and past_verb and _PRESENT_PERFECT.isdisjoint(
                auxiliaries) and _clause_verb(sent, cand, auxiliaries, lex) and _of_the_lead(doc, sent, cand)
            # (an act a speech announces, done that day most often: "said on Thursday they had finalised the text";
            # not an incident, reported after it: "said on Friday the driver fired on the crowd"; but one the speaker
            # tells as its own: "The army said on Monday it had detained the president")
            announced = past_verb and (cand.sense.event_type not in _INCIDENTS or reports_own_act(sent, cand, lex))

            def date_of(own, modality, index=index, first=cand.first, told_before=referent or whole,
                        recalled=cand.first in recalled or coming, earlier=matter or claim and not opened,
                        charged=cand.first in charged, verb=told_in_past, done=announced, storied=storied,
                        neighbours=neighbours[asides[cand.first]],
                        before=main_end if sent.lower[asides[cand.first]] in _EARLIER and asides[cand.first] >= 0
                        else None, apart=asides[cand.first] > 0 and sent.lower[asides[cand.first] - 1] in _SPANS):
                if own is None and recalled:
                    return NO_DATE  # "the anniversary of the Tiananmen Square crackdown": years before, told by no date
                if own is None and told_before is not None and told_before.date_start is not None:
                    # "the bombing" told again without a date of its own, or "one strike" of the strikes told before:
                    # when the bombing or the strikes told before happened
                    return Dating(told_before.date, told_before.date_precision, "context", DateMention(
                        told_before.date_start, told_before.date_end, told_before.date_text, told_before.date,
                        told_before.date_precision))
                if own is None and (earlier or charged):
                    # the attack a group claimed, the bombing two men were arrested over, the murder a man was charged
                    # with: before that, at no date of the claim's, the arrest's or the charge's sentence
                    return NO_DATE
                anchor = _anchor_in_sentence(sent, candidates, dated, own) or _interval_anchor(text, own, events, told,
                                                                                               lex)
                found = narrative.date(index, own, neighbours, first, modality, anchor, offset=sent.spans[first][0],
                                       many=_many(sent, cand), unclaimed=unclaimed if verb else (),
                                       spoken=unclaimed if done else (),
                                       outcome=cand.sense.event_type == "RETREAT" and cand.sense.mode == "release"
                                       or sent.lower[first:first + 2] == _FOUND_DEAD,
                                       narrated=verb and cand.sense.event_type in _INCIDENTS and (
                                           cand.actor is not None and cand.actor[1] <= first
                                           or sent.lower[first - 1] in lex.be
                                           or first in noun_ends), storied=storied)
                # (a clause of its own, its subject before it or in the passive, or an event noun right before it, "a
                # roadside bomb killed two soldiers": not "those killed in the massacre at Sandy Hook", "those killed by
                # the gunman", a phrase that names people by an act of any time)
                if before is not None and found.source == "context" and found.date is not None and (
                        found.date > before or apart and found.date >= before):
                    # a day the story told before, after the time of the clause this one came before (or that very
                    # day, "came days after the army killed …"): it happened earlier, by how long the text does not say
                    return NO_DATE
                return found

            if claim and (not opened or referent is not None):
                # "IS claimed responsibility on Thursday": the day of the claim, not of the attack (but "On 5 March,
                # IS claimed an attack on …": the day a summary tells its incident on)
                own = None
            elif referent is not None and own is not None and (
                    _claimed(sent, cand, lex) or own.shift is not None
                    or not (_next_to(sent, cand, own) or occurred_at(sent, cand, own, lex)
                            or occurred_in_aside(sent, cand, own, lex))):
                # "claimed the bombing in a statement posted on Tuesday", "On Tuesday, IS claimed responsibility for
                # the attack": the date of other words, or of the claim; "Two days later, protesters condemned the
                # attack": a step from the very event the noun names again
                own = None
            record = event_record(text, article_id, sent, cand, place, own, filed,
                                  said, names, whereabouts, lex, VERSION, date_of)
            # (looked for only for a place no gazetteer placed)
            placed = next((e for e in reversed(events[told:]) if e.location_country is not None
                           and e.location_end is not None and e.location_end <= record.location_start),
                          None) if record.location is not None and record.location_country is None else None
            if placed is not None and not (names_area(placed.location) or "(" in placed.location):
                placed = None  # (a town or a site is no area a place near it lies in: "a bank in Beirut", "Sidon")
            if placed is not None and not _at_sea(record.location, lex):
                # "crossed into Grayvoron district (Belgorod) and clashed with Russian forces near Kozinka": a village
                # no gazetteer knows lies in the area its sentence has just placed
                record = replace(record, location_country=placed.location_country,
                                 location_admin1=placed.location_admin1)
            if record.location is not None and record.location_country is None and dateline and (
                    dateline.place.country) and not _at_sea(record.location, lex):
                # a site or street no gazetteer places ("a Pittsburgh synagogue", "Albert Square") lies in the country
                # the story was filed from, or the one its lead tells of, when a bureau files it from abroad
                # ("NAIROBI, Kenya — Al-Shabab attacked a base in central Somalia … the town of Cowsweyne")
                abroad = _abroad(text, sentence, dateline) if sentence.paragraph == dateline.paragraph else None
                record = replace(record, location_country=abroad or lead_country.of(events) or dateline.place.country)
            if record.location is not None and record.location_country is None and place is not None and (
                    local := whereabouts.local_country(place)):
                # "Nairobi police are hunting gunmen who killed a trader at Embakasi": a local place no gazetteer knows
                # lies in the one country the story is set in
                record = replace(record, location_country=local)
            if record.location is None and referent is None and cand.sense.event_type in _INCIDENTS and (
                    record.modality in _DONE):
                # "ACCRA — Police fired tear gas at protesters outside the Electoral Commission … on Thursday", then
                # paragraphs on, "At least 12 people were arrested": an incident of the lead's day or of no day told,
                # in a story told in one place, happened there (not "deportations" in a campaign story that opens with
                # a rally in one town, whose lead tells no incident of a day)
                scene_of = lead_scene.of(events)
                if scene_of is not None and sentence.paragraph > scene_of[1] and not span_places.of(
                        sentence.start, sentence.end) and all(
                        e.location_country in (None, scene_of[0].location_country) for e in events[told:]):
                    if record.date_source == "publication" or (
                            record.date_precision == "day" and record.date == scene_of[0].date):
                        record = replace(record, **{f: getattr(scene_of[0], f) for f in _LOCATION_FIELDS})
                    elif not _named_after_a_place(sent, cand):
                        # "Three people had been arrested by Monday afternoon" after Sunday's blast: a step of
                        # another day, whose spot the story does not tell, in the country it is told in
                        record = replace(record, location_country=scene_of[0].location_country)
            if coming and record.modality in _DONE:
                record = replace(record, modality="future")
            if record.actor_end is not None and cand.sense.pos == "noun" and _placed_elsewhere(text, record):
                record = replace(record, actor=None, actor_start=None, actor_end=None, actor_canonical=None,
                                 actor_country=None)
            if claim and (record.actor is None or record.modality == "negated"):
                dropped["events: a claim of responsibility by nobody named"] += 1  # "No group claimed responsibility"
                continue
            events.append(record)
        events[told:] = _doers_condemned(text, events[told:])
        if named_again is not None:
            # "Israel launched airstrikes on Iran … Tehran fired at Israel", then "the strikes killed four soldiers":
            # what the sentence tells of an event it names again happened where that event did, not where the
            # sentence before ended
            for k in unplaced:
                if k < len(events) and events[k].event_type == named_again.event_type:
                    events[k] = replace(events[k], **{f: getattr(named_again, f) for f in _LOCATION_FIELDS})
    return events


def _doers_condemned(text: str, found: list[Event]) -> list[Event]:
    """The events of a sentence, a condemnation of an act told as its object aimed at who did it, when the sentence
    tells ("condemned the al-Shabab attack on the hotel" → al-Shabab, "condemned Israel's bombing of the camp" →
    Israel): the act, not its doer, was the object."""
    out = list(found)
    for n, event in enumerate(out):
        if event.event_type != "ACCUSE" or event.event_mode != "disapprove":
            continue
        act = min((e for e in out if e.trigger_start >= event.trigger_end and e.event_type in _STRUCK),
                  key=lambda e: e.trigger_start, default=None)
        if act is None or act.actor_start is None:
            continue
        words = text[event.trigger_end:act.trigger_start].split()
        if len(words) > _OBJECT_WORDS or any(w.lower() in _OBJECT_BREAKS or not _OBJECT_WORD.fullmatch(w)
                                             for w in words):
            continue  # ("condemned the government and attacked …": another clause)
        if event.target_start is None or (
                event.target_start <= act.actor_start and act.trigger_end <= event.target_end):
            out[n] = replace(event, target=act.actor, target_start=act.actor_start, target_end=act.actor_end,
                             target_canonical=act.actor_canonical, target_country=act.actor_country)
    return out


_OBJECT_WORDS = 5  # words between a verb and the event noun of its object ("the Israeli military's latest")
_OBJECT_WORD = re.compile(r"[\w'’.-]+")
_OBJECT_BREAKS = frozenset({"and", "or", "but", "that", "which", "who", "as", "after", "before", "for", "over", "to",
                            "by", "in", "on", "at", "of", "with", "from", "against", "while", "when"})


def _about_later(sent: SentenceTokens, candidates: list[Candidate], places: list[geo.Place | None]) -> frozenset[int]:
    """The indexes of the words of a party without a place of their own ("condemned", "demanded", "a phone call")
    that an act with a place follows in their sentence, which they are most often about ("condemned Israel's
    bombing of the Jabalia camp", "discussed in a phone call the fighting in Idlib"); not an investigation, held
    where the act was, nor words said at the act ("criticized Clinton at a rally in Hartford")."""
    about = []
    lender = None  # the type of the nearest event after with a place of its own
    for n in range(len(candidates) - 1, -1, -1):
        cand = candidates[n]
        if places[n] is not None:
            setting = _SETTINGS & set(sent.lower[max(0, cand.first - _SETTING_WORDS):cand.first])
            lender = None if setting else cand.sense.event_type
        elif lender not in (None, cand.sense.event_type) and (
                cand.sense.event_type in _ABOUT_TYPES and cand.sense.mode != "investigate"
                or cand.sense.mode == "phone"):
            about.append(n)
    return frozenset(about)


# the types of words, said where their party is rather than where what they are about happened (and a phone call)
_ABOUT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"})
_SETTINGS = frozenset({"at", "during"})  # an event the words were said at: "at a rally", "during a visit"
_SETTING_WORDS = 3  # words from "at" to its event noun ("at a campaign rally")


def _right_after_trigger(sent: SentenceTokens, candidates: list[Candidate], mention: DateMention) -> bool:
    """Whether a date follows a trigger with at most a preposition between them ("the bombings on Easter Sunday")."""
    k = bisect_left(sent.spans, (mention.start, mention.start))
    return any(0 <= k - c.last <= 1 for c in candidates)


_PERFECT_REACH = 3  # words between a perfect's auxiliary and its participle ("has since pledged")
_PRESENT_PERFECT = frozenset({"has", "have"})  # a perfect of the time of writing, no step of a story told
_LOCATION_FIELDS = ("location", "location_start", "location_end", "location_country", "location_admin1",
                    "location_lat", "location_lon")


def _of_the_lead(doc: Doc, sent: SentenceTokens, cand: Candidate) -> bool:
    """Whether an incident's parties are ones the story's lead told of, or are not named ("protesters set fire to a
    police post" after "Police fired tear gas at protesters on Tuesday"; "vigilantes captured two of the gunmen";
    "20 people had been detained"; "Thousands had marched"): a step of the lead's story, not another incident
    ("Police raided a camp on Thursday." ¶ "Soldiers attacked a village near Jaffna.")."""
    words = {w for span in (cand.actor, cand.target) if span is not None for w in sent.lower[span[0]:span[1]]
             if len(w) > _SHORT_WORD and w.isalpha() and not is_numeral(w) and not is_numeral(w.removesuffix("s"))
             and w not in _STORY_PRONOUNS and w not in _ANYONE}
    if not words:
        return True
    lead = doc.shared("lead_lowered", _lead_lowered)
    return any(w in lead for w in words)


def _lead_lowered(doc: Doc) -> str:
    """The lead paragraph's words in lower case, read once per article (`_of_the_lead` asks it of every candidate)."""
    start, end = doc.paragraphs[lead_paragraph(doc)]
    return doc.text[start:end].lower()


_SHORT_WORD = 3  # letters of the words that name no party of their own ("the", "two", "of")
_STORY_PRONOUNS = frozenset({"they", "them", "she", "her", "him", "his", "their", "its"})  # parties told before
_ANYONE = frozenset({"people", "persons", "others", "more", "some", "many", "dozens", "scores", "hundreds",
                     "thousands"})  # words of people of no party, counts of them


def _clause_verb(sent: SentenceTokens, cand: Candidate, auxiliaries: list[str], lex: Lexicon) -> bool:
    """Whether a verb in the past is the verb of a clause, not a participle that describes a noun ("those killed in the
    attack"): after "had" or a form of "be", or a verb that takes no object, or one its object follows ("set fire to
    a police station", "arrested 20 people")."""
    if "had" in auxiliaries or cand.first and sent.lower[cand.first - 1] in lex.be or cand.last - cand.first > 1:
        return True
    if sent.lower[cand.first] in lex.intransitive:
        return True
    return cand.last < len(sent.lower) and sent.is_word(cand.last) and sent.lower[cand.last] not in lex.stop and (
        sent.lower[cand.last] not in lex.be)


_NAME_BEFORE_NOUN = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")
_PLACE_AFTER_CHARS = 40
# a preposition of place right before a name ("in Kuriga", "near the village of Kuriga"), searched back from the name
_PLACING = re.compile(r"\b(?:in|near|at|outside|around)\s+(?:the\s+(?:town|village|city)\s+of\s+)?\Z")
_PLACING_WORDS = 4  # the words of the longest such phrase ("outside the town of")
_NAME_ENDS = re.compile(r"(?![\w-])")


def _placed_elsewhere(text: str, record: Event) -> bool:
    """Whether an event noun's actor is a bare name right before it that the article places where it tells it with a
    preposition of place ("Gunmen abducted 287 pupils from a school in Kuriga …", then "the Kuriga abduction"): a
    town the gazetteer does not know, not who acted. A state stays the actor ("the Israel strike")."""
    name = record.actor
    if not (0 < record.trigger_start - record.actor_end <= 1 and _NAME_BEFORE_NOUN.fullmatch(name)) or (
            geo.country_code(name)):
        return False
    for start, end in _placings(text, name):
        # (with the words after it: "at Trump Tower" is no place named "Trump")
        stop = text.find(".", end, end + _PLACE_AFTER_CHARS)
        if any(p.text == name and p.locality for p in geo.find_places(
                text, start, stop if stop >= 0 else min(len(text), end + _PLACE_AFTER_CHARS))):
            return True
    return False


def _placings(text: str, name: str) -> Iterator[tuple[int, int]]:
    """The spans of the name's whole-word occurrences with a preposition of place before it (`_PLACING`), from the
    preposition: each occurrence found by `str.find` and its few words before searched, not the whole article with a
    pattern of its own per name (which cost each event noun with a name before it a pass over the article's text)."""
    k = text.find(name)
    while k >= 0:
        end = k + len(name)
        if _NAME_ENDS.match(text, end):
            lo = k  # (back over the words the phrase may hold: a match starts in one of them)
            for _ in range(_PLACING_WORDS):
                while lo > 0 and text[lo - 1].isspace():
                    lo -= 1
                while lo > 0 and not text[lo - 1].isspace():
                    lo -= 1
            placing = _PLACING.search(text, lo, k)
            if placing is not None:
                yield placing.start(), end
        k = text.find(name, k + 1)


# between a date and the event noun it modifies ("the 2016 coup attempt", "last year's attack", and a full date set off
# by commas, "the March 11, 2004, bombings")
_PREMODIFIER = re.compile(r"(?:['’]s|(?<=\d{4}),)?(?:\s+[\w-]+){0,2}\s+")


def _interval_anchor(text: str, own: DateMention | None, events: list[Event], told: int,
                     lex: Lexicon) -> Dating | None:
    """The day of the event an interval counts from, when it names one told before ("died after a gunfight three
    days after the bombing": the bombing's day), among the first `told` events; else None."""
    if own is None or own.shift is None or own.shift[1] != "day" or not own.text.lower().endswith(("after", "before")):
        return None
    words = [w.lower() for w in TOKEN.findall(text, own.end, min(len(text), own.end + _ANCHOR_CHARS))]
    if not words or words[0] not in _ATTACK_POINTERS:
        return None
    noun = next((w for w in words[1:] if lex.noun_senses(w)), None)
    if noun is None:
        return None
    kinds = {s.event_type for s in lex.noun_senses(noun)}
    # of its kind, one dated by its own words before one dated by its context, then one of the same noun ("the
    # bombing"), then the latest
    dated = [e for e in events[:told] if e.event_type in kinds and e.date is not None and e.date_precision == "day"
             and e.date_source in ("text", "context")]
    told_before = max(dated, default=None, key=lambda e: (e.date_source == "text", e.trigger.lower().endswith(noun),
                                                          e.trigger_start))
    if told_before is None:
        return None
    return Dating(told_before.date, "day", "text", DateMention(
        told_before.date_start, told_before.date_end, told_before.date_text, told_before.date, "day"))


_ANCHOR_CHARS = 32  # characters after an interval searched for the event it counts from ("after the bombing")


def _anchor_in_sentence(sent: SentenceTokens, candidates: list[Candidate], dated: dict[int, DateMention],
                        own: DateMention | None) -> Dating | None:
    """The day of the event an interval counts from, when the noun right after it names that event with a day of its
    own ("was arrested hours after the bombing on Thursday": Thursday); else None."""
    if own is None or own.shift is None or own.shift[1] != "day" or not own.text.lower().endswith(("after", "before")):
        return None
    k = bisect_left(sent.spans, (own.end, own.end))
    noun = next((c for c in candidates if c.sense.pos == "noun" and 0 <= c.first - k <= _MODIFIERS + 1), None)
    mention = dated.get(noun.first) if noun is not None else None
    if mention is None or mention.shift is not None or mention.date is None or mention.precision != "day":
        return None
    return Dating(mention.date, "day", "text", mention)


def _premodified(text: str, sent: SentenceTokens, cand: Candidate, own: DateMention) -> bool:
    """Whether an event noun's own date stands inside its phrase ("charges linked to the 2016 coup attempt", "last
    year's attack"): it names that event by its date, and dates no other event of the sentence ("Hours later, police
    detained Kavala on new charges linked to the 2016 coup attempt" was not in 2016)."""
    start = sent.spans[cand.first][0]
    if cand.sense.pos != "noun" or own.end > start or _PREMODIFIER.fullmatch(text, own.end, start) is None:
        return False
    # the two words before the date, punctuation aside
    k = bisect_left(sent.spans, (own.start, own.start))
    before = [sent.lower[j] for j in range(max(0, k - _SETTING_TOKENS), k) if sent.is_word(j)][-2:]
    if before and before[-1] in _SETTING_DETERMINERS:
        before = before[:-1]
    # "whose son was killed in the 2012 Benghazi attack": the event is the setting of the clause, which it dates
    return not (before and before[-1] in _SETTINGS)


# Event types that are a state's measures against others rather than acts done somewhere: they take no place from the
# sentences or events around them
_MEASURES = frozenset({"SANCTION"})


def _scene_verbs(text: str, sent: SentenceTokens, candidates: list[Candidate],
                 dated: dict[int, DateMention]) -> dict[int, DateMention]:
    """The verbs whose scene is an event noun named by its date right after them ("killed in the 2019 crackdown",
    "was wounded during the 2015 attacks"), by their first token, with that date: a past event that dates its own
    clause, not the sentence around it."""
    out: dict[int, DateMention] = {}
    ends = {c.last: c for c in candidates if c.sense.pos == "verb"}
    for cand in candidates:
        own = dated.get(cand.first)
        if own is None or own.date is None or cand.sense.pos != "noun" or own.end > sent.spans[cand.first][0] or (
                _PREMODIFIER.fullmatch(text, own.end, sent.spans[cand.first][0]) is None):
            continue
        j = bisect_left(sent.spans, (own.start, own.start)) - 1
        if j >= 0 and sent.lower[j] in _SETTING_DETERMINERS:
            j -= 1
        verb = ends.get(j) if j >= 0 and sent.lower[j] in _SETTINGS else None
        told = dated.get(verb.first) if verb is not None else None
        if verb is not None and (told is None or told.end <= sent.spans[verb.first][0]):
            out[verb.first] = own  # (over a date told before the verb: "On 12 March 2021, …, victims killed during
            # the 2019 sit-in dispersal")
    return out


def _scene_of_verb(sent: SentenceTokens, cand: Candidate, scenes: dict[int, DateMention]) -> bool:
    """Whether an event noun is the dated scene of a verb `_scene_verbs` found: it dates that verb alone."""
    return any(m.start >= sent.spans[cand.first][0] - _SCENE_CHARS and m.end <= sent.spans[cand.first][0]
               for m in scenes.values())


_SCENE_CHARS = 24  # characters before an event noun its year may stand in ("the 2019 sit-in")


def _past_of_noun(text: str, sent: SentenceTokens, cand: Candidate, own: DateMention, reference: date | None) -> bool:
    """Whether an event noun's own date right after it names a past of a year or more ("the site of the country's
    deadliest bombing five years ago"): it names that event, and dates no other event of the sentence ("The blasts
    struck near the ministry, the site of …" happened today), unless the event is the scene of its clause ("was killed
    in the bombing five years ago")."""
    end = sent.spans[cand.last - 1][1]
    if cand.sense.pos != "noun" or reference is None or own.date is None or own.start < end or (
            text[end:own.start].strip() or (reference - own.date).days < _DAYS_A_YEAR):
        return False
    k = cand.first - 1
    while k >= 0 and sent.is_word(k) and (sent.lower[k] in _SETTING_DETERMINERS or sent.words[k].islower()
                                          and sent.lower[k] not in _SETTINGS and cand.first - k <= _SETTING_TOKENS):
        k -= 1  # "the country's deadliest", "the deadly"
    return not (k >= 0 and sent.lower[k] in _SETTINGS)


_DAYS_A_YEAR = 365
_SETTING_TOKENS = 4  # tokens before a date searched for the preposition of its phrase
_SETTING_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
_SETTINGS = frozenset({"in", "during", "at", "amid"})  # prepositions of an event that sets its clause's scene


_PLACE_NAME_WORDS = 3  # the longest name an event noun is named after ("the 2015 San Bernardino shooting")


def _named_after_a_place(sent: SentenceTokens, cand: Candidate) -> bool:
    """Whether an event noun is named after a place or a country ("the 2012 Benghazi attack", "the Nairobi mall
    siege"): it happened there, whatever country the story is told in."""
    if cand.sense.pos != "noun":
        return False
    for length in range(1, _PLACE_NAME_WORDS + 1):
        words = sent.words[max(0, cand.first - length):cand.first]
        if len(words) < length or not all(w[:1].isupper() for w in words):
            return False
        name = " ".join(words)
        if geo.localities(name) or geo.country_code(name):
            return True
    return False


class _LeadCountry:
    """The country of the first event the lead paragraph places, if any, read from the events extracted so far; each
    event is looked at once, however many events ask."""

    def __init__(self, doc: Doc):
        self._doc = doc
        self._seen = 0  # events looked at
        self._done = False  # past the lead, or a country found: the answer stays
        self._country: str | None = None
        self._lead_paragraph = lead_paragraph(doc)  # (below a headline and the page's furniture)

    def of(self, events: list[Event]) -> str | None:
        while not self._done and self._seen < len(events):
            e = events[self._seen]
            self._seen += 1
            if self._doc.sentences[self._doc.sentence_index(e.trigger_start)].paragraph > self._lead_paragraph:
                self._done = True
            elif e.location_country is not None:
                self._country, self._done = e.location_country, True
        return self._country


class _LeadScene:
    """The incident of the lead paragraph that its words place, with that paragraph's index, while every incident the
    story has placed so far lies in its country and that of its dateline (a story told in one place); read from the
    events extracted so far, each looked at once."""

    def __init__(self, doc: Doc):
        self._doc = doc
        self._seen = 0  # events looked at
        self._lead: Event | None = None
        self._paragraph = -1
        self._apart = False  # an incident placed in another country: the story is no story of one place

    def of(self, events: list[Event]) -> tuple[Event, int] | None:
        while self._seen < len(events) and not self._apart:
            e = events[self._seen]
            self._seen += 1
            if e.event_type not in _INCIDENTS or e.location_country is None:
                continue
            paragraph = self._doc.sentences[self._doc.sentence_index(e.trigger_start)].paragraph
            if self._lead is None:
                lead = lead_paragraph(self._doc)
                if paragraph < lead:
                    continue  # a headline's event, which the lead tells again
                if paragraph > lead or e.date_precision != "day":
                    self._apart = True  # the lead paragraph places no incident of a day: no story of one scene
                    break
                dateline = dateline_of(self._doc)
                if dateline is not None and dateline.place.country not in (None, e.location_country):
                    # "DES MOINES - The terrorist attacks in Paris reframed the contest": a story of what was said of
                    # it elsewhere
                    self._apart = True
                    break
                self._lead, self._paragraph = e, paragraph
            self._apart = e.location_country != self._lead.location_country
        return None if self._apart or self._lead is None else (self._lead, self._paragraph)


def _attack_told_before(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> Candidate:
    """An event noun read as a verbal attack in a sentence of politics that names, with "the", an attack the story
    of gunmen, bombers or terror told before, and aims at nobody ("Theresa May condemned the 'appalling' attack and
    suspended campaigning" after a bombing): that attack, not a rebuke (but "the senator's attack on her rival" is
    one)."""
    k = _pointer(sent, cand, lex)
    if cand.sense.event_type != "ACCUSE" or k is None or (
            cand.last < len(sent.lower) and sent.lower[cand.last] in NOUN_TARGET_PREPOSITIONS) or not (
            sent.story_has("armed_attackers") or sent.story_has("terror")):
        return cand  # (a story of attackers with arms: not one of a campaign's "attacks" alone)
    if sent.lower[k] not in _ATTACK_POINTERS or "of" in sent.lower[k:cand.first]:
        return cand  # "his attacks", "his campaign of fabricated attacks": somebody's words
    words = tuple(sent.lower[cand.first:cand.last])
    senses = next((found for phrase, found in lex.triggers.get(words[0], ()) if phrase == words), ())
    attack = next((s for s in senses if s.pos == "noun" and s.event_type == "ASSAULT"), None)
    return cand if attack is None else replace(cand, sense=attack, actor=None, target=None)


def _points_back(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an event noun names an event told before: after a definite determiner or a possessive of time
    ("the attack", "this deadly bombing", "Saturday's attack"), past its modifiers."""
    return _pointer(sent, cand, lex) is not None


def _pointer(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> int | None:
    """The token of the definite determiner or possessive of time an event noun points back with, past its
    modifiers ("the" of "the deadly bombing", "Saturday's"), else None."""
    if cand.sense.pos != "noun":
        return None
    k, words = cand.first - 1, 0
    while k >= 0 and (sent.words[k] in QUOTE_MARKS or words < _MODIFIERS and sent.words[k].islower() and (
            sent.is_word(k)) and sent.lower[k] not in lex.determiner and sent.lower[k] not in lex.stop
            and sent.lower[k] not in load_words().definite):
        words += sent.words[k] not in QUOTE_MARKS
        k -= 1  # "deadly", "suicide", the quoted "'appalling'"
    points = k >= 0 and (sent.lower[k] in load_words().definite or sent.lower[k].endswith(("'s", "’s"))
                         and is_calendar_word(sent.words[k][:-2]))
    return k if points else None


def _named_again(text: str, sent: SentenceTokens, cand: Candidate, place: geo.Place | None, events: list[Event],
                 told: int, lex: Lexicon) -> Event | None:
    """The event an event noun names again ("the bombing"): the last one of its type told with its noun, else of its
    mode, if any, else the last of its type, when the noun points back, has no place of its own after it, and an
    event of its type was told in an earlier sentence (among the first `told` events); else None."""
    claimed = is_claim(sent.lower[cand.last - 1]) or _claimed(sent, cand, lex)
    if place is not None and place.start >= sent.spans[cand.first][0] and not claimed or not (
            claimed or _points_back(sent, cand, lex)):
        return None  # a place after it ("the attack in Herat") may be another's; not where a claim is made
    kind = cand.sense.event_type
    if not any(e.event_type == kind for e in events[:told]):
        return None
    if cand.first > 0 and sent.lower[cand.first - 1] in _ORDINALS:
        # "The first explosion hit the ministry": one of the events told in the plural ("Two car bombs exploded",
        # "The blasts struck"), not a single one told since ("a truck bomb killed 500" five years before)
        several = next((e for e in reversed(events[:told]) if e.event_type == kind and _plural(e.trigger)), None)
        if several is not None:
            return several
    # told with its noun first ("launched airstrikes on Iran …, in retaliation for a barrage of missiles", then "the
    # strikes killed four"), then of its mode, when it has one ("the bombing" after a truck bomb and an invasion)
    noun = sent.lower[cand.last - 1].removesuffix("s")
    mode = cand.sense.mode
    return next((e for e in reversed(events[:told]) if e.event_type == kind and _told_with(text, e, noun)), None) or (
        next((e for e in reversed(events) if e.event_type == kind and mode is not None and e.event_mode == mode), None)
        or next(e for e in reversed(events) if e.event_type == kind))


_WITH_NOUN_CHARS = 24  # characters after a light verb that hold its event noun ("launched airstrikes on")


def _told_with(text: str, event: Event, noun: str) -> bool:
    """Whether an event was told with a noun, as its trigger or right after it ("the strikes": "airstrikes",
    "launched airstrikes"; "the attack": "attacked"), in its own sentence (not "killed 46 people. The attack …")."""
    said = text[event.trigger_start:event.trigger_end + _WITH_NOUN_CHARS].lower()
    return noun in _SENTENCE_END.split(said, 1)[0]


_SENTENCE_END = re.compile(r"[.!?]\s|\n")  # the end of a sentence, in the words after a trigger


def _plural(trigger: str) -> bool:
    """Whether an event's trigger is a noun in the plural ("car bombs", "blasts"; not "bombing", "killed")."""
    last = trigger.lower().split()[-1]
    return last.endswith("s") and not last.endswith("ss") and len(last) > 3


_ORDINALS = frozenset({"first", "second", "third", "fourth", "last"})  # "the first explosion" of several


def _one_of(sent: SentenceTokens, cand: Candidate, events: list[Event], told: int) -> Event | None:
    """The events of an earlier sentence that an event noun counts one of ("Israeli air strikes killed 18 overnight",
    then "One strike hit a house", "Another strike targeted a tent"): the last told by the plural of its noun, in its
    type and mode, if it has one; else None. The one is an event of its own, at the time of them all."""
    if cand.sense.pos != "noun" or cand.first == 0 or sent.lower[cand.first - 1] not in _ONE_OF:
        return None
    plural = sent.lower[cand.last - 1] + "s"
    return next((e for e in reversed(events[:told]) if e.event_type == cand.sense.event_type
                 and cand.sense.mode in (None, e.event_mode) and e.trigger.lower().endswith(plural)), None)


_ONE_OF = frozenset({"one", "another", "second", "third"})  # "one strike", "another strike", "a second strike"


def _aside_of(sent: SentenceTokens, k: int, lex: Lexicon) -> int:
    """The token that opens the clause of its own time that token k lies in, else -1: a relative clause set off by
    commas ("The junta, which seized power in a coup in February 2021, denied …": its date is that clause's, not the
    sentence's), or a clause or phrase of another time ("since it sent troops in 2011", "after the attack")."""
    lower, reach = sent.lower, max(-1, k - _ASIDE_REACH)
    for j in range(k - 1, reach, -1):
        word = lower[j]
        if word == ",":
            return -1
        if word in _OTHER_TIME or word in ASIDE_OPENERS and j > 0 and lower[j - 1] == ",":
            return j
        if word in _CHARGE_LINKS and charge_at(lower, j):
            return j  # "arrested a former officer accused of ordering the killing of eight peasants in 1991"
        if (word in lex.be or word in lex.skip) and any(charge_at(lower, i) for i in range(j - 1, reach, -1)):
            return -1  # "Two brothers suspected of the attack were killed": past the act charged, the main verb
    return -1


_CHARGE_LINKS = frozenset({"of", "with"})  # the words `charge_at` may be true of, tested before it is called


def _matter_of(sent: SentenceTokens, cand: Candidate, candidates: list[Candidate], lex: Lexicon,
               cause: bool) -> bool:
    """Whether an event noun is what another act of its clause is for or over, an act told of another time: "claimed
    responsibility on Thursday for a car bombing", "arrested two men over the bombing", "rallied over the killing of
    a student", "jailed for the attack", "staged a protest in Lahore against the arrest of Imran Khan" (not "fighting
    for the second day": no event noun); or, when `cause`, its cause (`_cause_of`, which the caller read)."""
    if cand.sense.pos != "noun":
        return False
    if cause:
        return True
    k = _link_at(sent, cand)  # "arrested six people in connection with the blast": the arrest is over the blast
    if k is None:
        k = cand.first - 1
        while k >= 0 and cand.first - k <= _MODIFIERS + 1 and (
                sent.lower[k] in lex.determiner or sent.is_word(k) and sent.words[k].islower()) and (
                sent.lower[k] not in _MATTER_PREPOSITIONS):
            k -= 1
        if k < 1 or sent.lower[k] not in _MATTER_PREPOSITIONS:
            return False
    for j in range(k - 1, max(-1, k - _ASIDE_REACH), -1):
        if sent.lower[j] in _BRACKETS:
            continue  # "in Lahore (Punjab) against the arrest": the region of a place
        if not sent.is_word(j) or sent.lower[j] in _OTHER_TIME:
            return False  # a clause of its own before ("…, for the attack"), or its time told ("after")
        if is_claim(sent.lower[j]) or any(c.first <= j < c.last for c in candidates):
            return True
    return False


_MATTER_PREPOSITIONS = frozenset({"for", "over", "against"})


def _cause_of(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an event noun, named with its determiner and the one it befell, is what another act answered: "looted
    shops following the jailing of Jacob Zuma", "burned cars after the killing of a teenager by police", "protested
    against the Russian invasion of Ukraine", "in the wake of the bombing of a hospital". Such a noun names a known
    event of its own time and place, not the answer's. Not "were wounded after an attack by militants", the cause
    told as part of one incident; nor a noun without the one it befell ("sealed off the area after the bombing")."""
    k, told = cand.first - 1, False
    while k >= 0 and cand.first - k <= _MODIFIERS + 1 and (
            sent.lower[k] in lex.determiner or sent.lower[k] in _POSSESSIVE_ENDINGS or sent.words[k][:1].isupper()
            or sent.is_word(k) and sent.words[k].islower() and sent.lower[k] not in lex.stop
            and sent.lower[k] not in _CAUSE_OPENINGS):  # ("the Russian invasion", "Israel's bombing")
        told = told or sent.lower[k] in _KNOWN or sent.lower[k] in _POSSESSIVE_ENDINGS
        k -= 1
    if not told or k < 0 or cand.last >= len(sent.lower) or sent.lower[cand.last] != "of":
        return False
    opening = sent.lower[max(0, k - 3):k + 1]
    return sent.lower[k] in _MATTER_PREPOSITIONS or any(opening[-len(words):] == list(words) for words in _CAUSES)


# What a cause's own phrase may say of its place: that of the act it caused ("condemned the killing of an official in
# the same city the previous day", "the killing of a citizen in the area")
_SAME_PLACE = re.compile(r"[^.;]{0,60}?\bin\s+the\s+(?:same\s+\w+|area|village|town|city|neighbourhood|neighborhood)\b")
# Phrases that open the cause of an act ("after the killing of", "in the wake of the bombing of"), and their last words
_CAUSES = (("after",), ("following",), ("wake", "of"), ("response", "to"), ("retaliation", "for"), ("protest", "at"),
           ("to", "protest"), ("to", "condemn"), ("to", "denounce"), ("reaction", "to"))
_CAUSE_OPENINGS = frozenset(words[-1] for words in _CAUSES)
_KNOWN = frozenset({"the", "this", "that", "his", "her", "their", "its"})  # determiners of an event the reader knows


_BRACKETS = frozenset({"(", ")"})
_POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
_OWN_PHRASE = 10  # words between an event noun and a date at the end of its phrase


def _date_the_linking_act(sent: SentenceTokens, candidates: list[Candidate], dated: dict) -> None:
    """A date after an event noun that "in connection with" ties to a verb before it dates that verb: "Security forces
    arrested six people in connection with the Yangon blast on Tuesday" (the arrest's Tuesday, not the blast's)."""
    for n, cand in enumerate(candidates):
        own = dated.get(cand.first)
        if own is None or cand.sense.pos != "noun" or not _after_noun(sent, cand, own) or not _linked(sent, cand):
            continue
        verb = next((c for c in reversed(candidates[:n]) if c.sense.pos == "verb"), None)
        if verb is not None and verb.first not in dated:
            dated[verb.first] = own


def _date_the_relative_clause(sent: SentenceTokens, candidates: list[Candidate], dated: dict) -> None:
    """An event noun's date dates the verb of a relative clause right after it, which tells that event on: "the 2008
    attacks on Mumbai, in which 166 people were killed", "the 2013 Boston Marathon bombing, which killed three"."""
    for noun, verb in zip(candidates, candidates[1:]):
        own = dated.get(noun.first)
        if own is None or noun.sense.pos != "noun" or verb.sense.pos != "verb" or verb.first in dated:
            continue
        which = next((k for k in range(noun.last, min(verb.first, noun.last + _NOUN_TO_CLAUSE)) if
                      sent.lower[k] == "which"), None)
        if which is None or "," in sent.lower[noun.last:which - 1] or "," in sent.lower[which:verb.first] or not (
                sent.lower[which - 1] == "," or sent.lower[which - 1] in _WHICH_IN and sent.lower[which - 2] == ","):
            continue
        dated[verb.first] = own


_NOUN_TO_CLAUSE = 10  # tokens from an event noun to the "which" of its relative clause ("attacks on Mumbai, in which")
_WHICH_IN = frozenset({"in", "during"})


def _after_noun(sent: SentenceTokens, cand: Candidate, mention: DateMention) -> bool:
    """Whether a date comes after an event noun ("the Yangon blast on Tuesday"), not before it ("Monday's blast")."""
    return mention.start >= sent.spans[cand.last - 1][1]


def _linked(sent: SentenceTokens, cand: Candidate) -> bool:
    """Whether "in connection with" ties an event noun, past its determiner and modifiers, to the act before it."""
    return _link_at(sent, cand) is not None


def _link_at(sent: SentenceTokens, cand: Candidate) -> int | None:
    """The token of the "in" of "in connection with" before an event noun, past its determiner and modifiers."""
    k = cand.first - 1
    while k >= 0 and cand.first - k <= _MODIFIERS + 1 and sent.lower[k] != "with":
        k -= 1
    return k - 2 if k >= 2 and sent.lower[k - 2:k + 1] == ["in", "connection", "with"] else None


def _claimed(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an event noun is what a claim of responsibility is for ("claimed responsibility for the attack"), or
    the object of a verb of claiming ("The Islamic State group claimed the attack on Monday")."""
    k = cand.first - 1
    while k >= 0 and (sent.lower[k] in lex.determiner or sent.is_word(k) and sent.words[k].islower()
                      and sent.lower[k] != "for" and sent.lower[k] not in _CLAIM_VERBS
                      and k >= cand.first - _MODIFIERS):
        k -= 1
    return k >= 1 and sent.lower[k] == "for" and is_claim(sent.lower[k - 1]) or (
        0 <= k < cand.first - 1 and sent.lower[k] in _CLAIM_VERBS and sent.lower[k + 1] in lex.determiner)


_CLAIM_VERBS = frozenset({"claim", "claims", "claimed", "claiming"})


def _dated_apart(sent: SentenceTokens, cand: Candidate, own: DateMention | None, told: Event, lex: Lexicon) -> bool:
    """Whether an event noun's own phrase closes on a date apart from the event of its type told before ("Kidnappings
    have surged since the assassination of the president in 2021" after Sunday's kidnapping): another event, recalled
    at its own time, not that one named again."""
    if own is None or own.date is None or own.shift is not None or told.date is None or (
            _object_of_verb(sent, cand, lex)):
        return False
    end = sent.spans[cand.last - 1][1]
    if own.start < end:
        return False
    k = cand.last
    while k < len(sent.words) and sent.spans[k][0] < own.start:
        w = sent.lower[k]
        if k - cand.last >= _DATE_REACH or not sent.is_word(k) or w in lex.clause or is_past(sent, k, lex) or (
                w in lex.reporting or w in lex.be):
            return False  # (a date past the noun's phrase is another clause's: "the attack revived memories of June
            # 2016", "the attack, which police said on …")
        k += 1
    own_first, own_last = period(own.date, own.precision)
    told_first, told_last = period(told.date, told.date_precision)
    return own_last < told_first or told_last < own_first


_DATE_REACH = 8  # words of an event noun's phrase between it and the date closing it ("of the mayor of the town in")


def _object_of_verb(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an event noun is the object of a verb before it or of a claim ("The Islamic State group claimed the
    attack on Monday", "Officials condemned the bombing on Friday"): the date that closes the clause may be the verb's,
    so it tells no time of the noun's own (unlike "since the assassination of the mayor in 2021")."""
    if _claimed(sent, cand, lex):
        return True  # ("claimed responsibility for the attack on Monday")
    k = cand.first - 1
    while k >= 0 and sent.lower[k] in lex.determiner:
        k -= 1
    return k >= 0 and sent.is_word(k) and (is_past(sent, k, lex) or sent.lower[k] in lex.reporting)


def _next_to(sent: SentenceTokens, cand: Candidate, mention: DateMention) -> bool:
    """Whether a date stands right at an event noun: before it ("Saturday's attack", "the 3 May attack") or a
    preposition after it ("the attack on Monday")."""
    start = sent.spans[cand.first][0]
    end = sent.spans[cand.last - 1][1]
    return mention.end <= start or mention.start - end <= _NEXT_TO_CHARS


def _opening(sent: SentenceTokens, mention: DateMention, cand: Candidate) -> bool:
    """Whether a date opens a trigger's sentence, set off by a comma ("On 5 March 2016, IS claimed …")."""
    return mention.end <= sent.spans[cand.first][0] and sent.spans[0][0] >= mention.start - _NEXT_TO_CHARS and any(
        sent.words[k] == "," and sent.spans[k][0] >= mention.end for k in range(cand.first))


def _right_at(sent: SentenceTokens, cand: Candidate, mention: DateMention, lex: Lexicon) -> bool:
    """Whether a date is an event noun's own: right before it ("Saturday's attack", "the 3 May bombing") or a
    preposition after it ("the attack on Monday"), not the date of a verb before ("on Monday arrested two men over the
    bombing")."""
    start, end = sent.spans[cand.first][0], sent.spans[cand.last - 1][1]
    if mention.start >= end:
        # at the end of the noun's own phrase: "over the killing of a taxi driver by a militiaman on the previous day"
        after = [k for k in range(cand.last, len(sent.words)) if sent.spans[k][0] < mention.start]
        return len(after) <= _OWN_PHRASE and all(
            sent.is_word(k) and sent.lower[k] not in lex.clause and sent.lower[k] not in lex.verb
            and sent.lower[k] not in lex.reporting and sent.lower[k] not in lex.skip
            and not sent.lower[k].endswith("ed") for k in after)
    between = [k for k in range(cand.first) if sent.spans[k][0] >= mention.end]
    # nothing but a possessive and the noun's modifiers between ("Sunday's deadly attack")
    return mention.end <= start and len(between) <= _MODIFIERS + 1 and all(
        sent.lower[k] in _POSSESSIVE_ENDINGS or sent.is_word(k) and sent.words[k].islower()
        and sent.lower[k] not in lex.stop and sent.lower[k] not in lex.determiner for k in between)


def _outside_headings(text: str, sent: SentenceTokens, sentence: Sentence, candidates: list[Candidate],
                      dropped: Counter[str]) -> list[Candidate]:
    """The candidates outside a wiki section heading inside the sentence ("… 25 others. ==Attack== The bomb …")."""
    headings = [m.span() for m in _WIKI_HEADING.finditer(text, sentence.start, sentence.end)]
    kept = [c for c in candidates if not any(a <= sent.spans[c.first][0] < b for a, b in headings)]
    dropped["events: trigger word in a section heading"] += len(candidates) - len(kept)
    return kept


def _at_sea(location: str, lex: Lexicon) -> bool:
    """Whether a place phrase names waters ("the Red Sea", "the Gulf of Aden", "the Strait of Hormuz"), which lie in
    no country of a dateline."""
    words = location.lower().split()
    return bool(words) and lex.in_class(words[-1], "waters") or any(
        lex.in_class(w, "waters") and after == "of" for w, after in zip(words, words[1:]))


def _abroad(text: str, sentence: Sentence, dateline: Dateline) -> str | None:
    """The one country a sentence names by its name or capital, when it is not the country of the town the story was
    filed from: a bureau's story of a neighbour ("BANGKOK — Myanmar's military has killed at least 2,114 people",
    "NAIROBI — Burkina Faso's army executed 223 villagers in two villages"), whose events are not in the bureau's town
    (but "WASHINGTON — The United States imposed sanctions on Iran" names the dateline's country too, and "WASHINGTON —
    Clinton unveiled her first Spanish-language ad" no country but by a demonym)."""
    named = {c.code for c in geo.find_countries(text, sentence.start, sentence.end) if geo.is_place_name(c.text)
             and not text.startswith("-based", c.end)}  # ("the Norway-based group Iran Human Rights": its seat)
    return named.pop() if len(named) == 1 and dateline.place.country not in named else None


def _filed_within(place: geo.Place, dateline: Dateline) -> bool:
    """Whether a place is a part of the country the story was filed from, told by its direction ("northeastern
    Kenya", "a university campus in northeastern Kenya"), and the dateline's town is no capital, which stories are
    filed from wherever the events were."""
    country = dateline.place.country
    if country is None or country_part(place.text.rsplit(" in ", 1)[-1]) != country:
        return False
    capital = geo.capital_of(country)
    return capital is None or capital.name.lower() != dateline.place.text.split(",")[0].strip().lower()


# A sentence that says what a word means tells of no event: "Turkish officials use the term 'neutralised' to mean the
# militants were killed, captured or surrendered", "the word 'martyr' is used to describe anyone killed".
_GLOSS_NOUNS = frozenset({"term", "word", "phrase", "expression", "euphemism"})
_GLOSS_LETTERS = frozenset(w.encode() for w in _GLOSS_NOUNS)  # a sentence with one as a token has it as a letter word
_GLOSS = re.compile(rf"\b(?:the|a)\s+(?:{'|'.join(sorted(_GLOSS_NOUNS))})\s+[“\"'‘]?[\w -]{{1,30}}[”\"'’]?,?\s+"
                    r"(?:\w+\s+){0,4}?to\s+(?:mean|imply|denote|describe|refer\s+to|indicate)\b", re.IGNORECASE)
# Letters that case-insensitive matching reads as ASCII ones and lower-casing keeps: a text with none has each noun
# of a gloss among its sentence's lower-case tokens.
_FOLDED_LETTERS = re.compile("[\u0131\u017f\u0130]")  # ı, ſ, İ


def _tells_a_plot(sent: SentenceTokens, lex: Lexicon) -> bool:
    """Whether a sentence tells the story of a film, a book or a show, whose acts are made up: its subject is the work
    and its verb one of a plot ("The film stars Jason Statham as a former hitman who goes on a killing spree", "The
    novel follows a detective who …"), it opens with the work as the setting ("In the film, …"), or an actor plays a
    role in it ("Statham plays a former hitman who …")."""
    lower = sent.lower
    if len(lower) > 3 and lower[0] == "in" and lower[1] in lex.determiner and lex.in_class(lower[2], "works") and (
            lower[3] == ","):
        return True
    # (a sentence without "who" and a verb of roles tells no role, and most have neither: its words are not scanned)
    if "who" in lower and lex.any_in_class(lower, "role_verbs") and any(
            lex.in_class(w, "role_verbs") and lower[k + 1:k + 2] in (["a"], ["an"])
            and "who" in lower[k + 2:k + 2 + _ROLE_WORDS] for k, w in enumerate(lower)):
        return True  # a role an actor plays: "Statham plays a former hitman who goes on a killing spree"
    if not lex.any_in_class(lower[:_PLOT_SUBJECT_WORDS], "works"):
        return False  # (the subject the walk below looks for is a work: most sentences open with no word of one)
    for k in range(min(len(lower) - 1, _PLOT_SUBJECT_WORDS)):
        if lex.in_class(lower[k], "works") and (lex.in_class(lower[k + 1], "plot_verbs") or lower[k + 1:k + 3] == [
                ",", "which"] and k + 3 < len(lower) and lex.in_class(lower[k + 3], "plot_verbs")):
            return True  # (and "The film, which stars Jason Statham as …, was savaged by critics")
        if not sent.is_word(k) or lower[k] in lex.stop or lower[k] in lex.be:
            return False
    return False


def _glosses(text: str, sent: SentenceTokens, folded: bool) -> bool:
    """Whether a sentence says what a word means (`_GLOSS`): searched only when one of its tokens is a noun of the
    pattern, or the text has a letter of `_FOLDED_LETTERS` (`folded`), so most sentences are never searched."""
    return (folded or not _GLOSS_NOUNS.isdisjoint(sent.lower)) and (
        _GLOSS.search(text, sent.start, sent.end) is not None)


def _may_be_dropped_whole(text: str, sentence: Sentence, letters: set[bytes], folded: bool) -> bool:
    """Whether a sentence may be a heading or a gloss (`_is_heading`, `_glosses`), which the events loop counts as
    dropped whether or not it holds a trigger phrase; `letters`: its letter words (`Doc.letters`)."""
    return folded or not _GLOSS_LETTERS.isdisjoint(letters) or _is_heading(text, sentence.start, sentence.end)


# a question on a line of its own, maybe after an interviewer's label; a live blog's title, by its closing words
_ASKED = re.compile(r"(?:(?:Q|Question|Q&A)\s*:\s*)?(?:How|What|Why|Who|Whom|Whose|When|Where|Which|Is|Are|Was|Were|"
                    r"Do|Does|Did|Can|Could|Will|Would|Should|Has|Have)\b")
_QUESTION_CHARS = 90  # a heading's question is short ("How many people died?"); a reader's or a debate's runs on
# the last letters of every title `_LIVE_TITLE` finds, past its closing spaces
_LIVE_TITLE_ENDINGS = ("ive", "IVE", "atest", "update", "updates", "blog", "coverage", "happened")
_LIVE_TITLE = re.compile(r"\s(?:—|–|-|:|\|)\s*(?:[Ll]ive(?:\s+(?:updates?|blog|coverage))?|LIVE|"
                         r"[Ll]atest(?:\s+updates?)?|[Aa]s it happened)\s*$")


def _may_be_live_title(text: str, start: int, end: int) -> bool:
    """False when text[start:end] cannot hold a match of `_LIVE_TITLE`: it does not end, past its spaces, as one of
    the pattern's closing words does ("live", "LIVE", "latest", "updates", "blog", "coverage", "as it happened"). A
    test in C, far faster than the pattern's search, which tries every space of the sentence."""
    return text[start:end].rstrip().endswith(_LIVE_TITLE_ENDINGS)


def _is_heading(text: str, start: int, end: int) -> bool:
    """A section heading ("Strengthened Ties Between Pyongyang and Moscow"): title case, no closing
    punctuation. Its words repeat the body and are no report of an event."""
    alone = (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")
    if alone and text[end - 1] == "?" and end - start <= _QUESTION_CHARS and _ASKED.match(text, start, end):
        return True  # an explainer's or an interview's question: "How many people died?", "Q: What about disarmament?"
    if _may_be_live_title(text, start, end) and _LIVE_TITLE.search(text, start, end):
        return True  # a live blog's title: "Kenya Finance Bill protests — live updates"
    if text[end - 1] in ".!?\"”’:)":
        return False
    words = _HEADING_WORD.findall(text[start:end])
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


# Words before an event noun in the plural that make it many events over a time no day holds ("has carried out several
# attacks in the region", "a series of raids", "repeated airstrikes")
_MANY = frozenset({"several", "many", "numerous", "multiple", "repeated", "frequent", "series", "dozens", "hundreds",
                   "scores", "countless", "various", "recurrent", "regular"})
_MANY_REACH = 3  # words between such a word and its noun ("several deadly suicide attacks")
_SPAN_OPENERS = frozenset({"after", "since", "amid", "following"})  # words of time before many events told at once


def _many(sent: SentenceTokens, cand: Candidate) -> bool:
    """Whether the trigger is an event noun in the plural told as many events over a time ("There have been several
    attacks in the region", "after several demonstrations in the area"), in a perfect or after a word of time; not
    "Several arrests were made", of the day told."""
    word = sent.lower[cand.last - 1]
    before = sent.lower[max(0, cand.first - _MANY_REACH - 1):cand.first]
    return cand.sense.pos == "noun" and word.endswith("s") and not word.endswith("ss") and not _MANY.isdisjoint(
        before) and (not _SPAN_OPENERS.isdisjoint(before) or not PERFECT_AUXILIARIES.isdisjoint(sent.lower))


_ATTACK_NOUNS = frozenset({"attack", "attacks", "assault", "assaults"})
_ATTACK_VERBS = frozenset({"attack", "attacks", "attacked", "attacking"})
_ATTACK_WORDS = _ATTACK_NOUNS | _ATTACK_VERBS
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
# words between the owner and a person's attack: "his latest personal attacks", "his harsh attacks" (not "Omar
# Mateen's horrific attack")
_VERBAL_ATTACK_MODIFIERS = frozenset({"latest", "repeated", "continued", "new", "fresh", "renewed", "relentless",
                                      "constant", "frequent", "personal", "verbal", "public", "sharp", "harsh",
                                      "scathing", "blistering", "withering", "pointed", "rhetorical", "sustained"})
# Classes whose words in a sentence make a person's attack one of force: arms, fighters, blows, the harm done
_FORCE = (*VIOLENCE, "violence", "blows")
_FROM_WORDS = 3  # words after "from" searched for who attacks in words: "from senior Conservative ministers"


def _verbal_attack(sent: SentenceTokens, cand: Candidate, names: Names, lex: Lexicon) -> Candidate:
    """A person's attack is words where the sentence tells of no arms, blows nor harm: "Trump ratcheted up his attacks
    on Rubio", "Mr. Trump's attacks on immigrants", "Clinton's assault on Wall Street" are ACCUSE (not "the gunman's
    attack on the mosque", "his attack on a guard left him bleeding", "Netanyahu's assault on Gaza"). The person is
    "his" or "her", or a name the article gives a person in full. So is a person attacking a person, told by the verb
    ("Christie attacked Rubio for not answering", "refrained from attacking Donald Trump"; not "A man attacked
    Salman Rushdie", whose attacker is no one named, nor "Rushdie was attacked")."""
    if cand.sense.event_type != "ASSAULT" or cand.last - cand.first != 1 or cand.first == 0:
        return cand
    if _attacks_a_policy(sent, cand, names, lex):
        return replace(cand, sense=replace(cand.sense, event_type="ACCUSE", mode="disapprove"))
    if cand.sense.pos == "verb" and sent.lower[cand.first] in _ATTACK_VERBS:
        if cand.passive or not _a_person(sent, cand.target, names) or cand.actor is not None and (
                not _a_person(sent, cand.actor, names)) or any(lex.in_class(w, c) for k, w in enumerate(sent.lower)
                                                               if k != cand.first for c in _FORCE):
            return cand  # (the verb itself is a word of violence: "attacked")
        return replace(cand, sense=replace(cand.sense, event_type="ACCUSE", mode="disapprove"))
    if cand.sense.pos != "noun" or sent.lower[cand.first] not in _ATTACK_NOUNS:
        return cand
    speakers = _from_speakers(sent, cand.last, lex)
    if speakers is not None and not any(sent.has(c, lex) for c in _FORCE):
        return replace(cand, sense=replace(cand.sense, event_type="ACCUSE", mode="disapprove"), actor=speakers)
    k = cand.first - 1
    while k > 0 and sent.lower[k] in _VERBAL_ATTACK_MODIFIERS:
        k -= 1  # "his latest attacks on", "Trump's repeated attacks on", "his harsh attacks"
    owner = sent.lower[k]
    person = owner in _ONES_OWN or owner.endswith(("'s", "’s")) and sent.is_word(k) and (
        sent.words[k][:1].isupper() and _named_in_full(sent, k, names)
        or sent.words[k].islower() and lex.in_class(owner[:-2], "politics"))  # ("the senator's attack on her rival")
    if not person or any(sent.has(c, lex) for c in _FORCE) or _on_a_place(sent, cand.last, names):
        return cand
    return replace(cand, sense=replace(cand.sense, event_type="ACCUSE", mode="disapprove"))


def _attacks_a_policy(sent: SentenceTokens, cand: Candidate, names: Names, lex: Lexicon) -> bool:
    """Whether an attack strikes only a plan, a bill or a budget, in a sentence of no arms nor blows: words against
    it, whoever speaks them ("Investors attacked the plan", "launched an attack on the budget", "a blistering assault
    on the government's tax plans"; not "gunmen attacked the tax office", whose head is a place, nor "Paris Attacks
    Test Clinton's Strategy", attacks a place names)."""
    if cand.target is None or sent.lower[cand.first] not in _ATTACK_WORDS or cand.actor is not None and (
            _names_a_place(sent, *cand.actor, names)):
        return False
    head = head_word(sent.lower[cand.target[0]:cand.target[1]])
    return lex.in_class(head, "policies") and not any(lex.in_class(w, c) for k, w in enumerate(sent.lower)
                                                      if k != cand.first for c in _FORCE)  # (not "attacked" itself)


def _from_speakers(sent: SentenceTokens, k: int, lex: Lexicon) -> tuple[int, int] | None:
    """The phrase after "from" at token k, after an attack noun, when it names those who attack only in words: "has
    faced attacks from ministers", "attacks from the opposition" (not "attacks from the air", "from armed groups")."""
    if k >= len(sent.lower) or sent.lower[k] != "from":
        return None
    head = next((j for j in range(k + 1, min(len(sent.lower), k + 1 + _FROM_WORDS))
                 if lex.in_class(sent.lower[j], "speaking_parties")), None)
    return None if head is None else (k + 1 + (sent.lower[k + 1] in lex.determiner), head + 1)


def _surname(sent: SentenceTokens, cand: Candidate, names: Names) -> bool:
    """Whether a trigger word is the name of a person the article names in full ("Attorney General Loretta Lynch …
    Lynch agreed to testify", "Sen. Bob Strike"), even where a sentence opens with it."""
    return cand.last - cand.first == 1 and sent.words[cand.first][:1].isupper() and _named_in_full(
        sent, cand.first, names)


_OFFENDS_AFTER = frozenset({"called", "deemed", "found", "finds", "find", "considered", "seemed", "seems", "as",
                            "very", "so", "too", "deeply", "highly", "extremely", "most", "more", "less", "quite",
                            "particularly", "really", "equally", "patently", "grossly", "downright",
                            "'", "‘", '"', "“"})


def _abstract_target(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an attack or a seizure strikes only a thing no one can harm or hold, or is done by a thing that wields
    nothing and strikes no one, of a metaphor: "the structural problems killing growth", "fears killed the rally",
    "raiding the reserves", "stealing market share", "Prices of wheat exploded" (the last word of the target heads it:
    not "attacked the growth of the camp")."""
    if cand.sense.event_type not in _STRUCK:
        return False
    actor = head_word(sent.lower[cand.actor[0]:cand.actor[1]]) if cand.actor is not None else None
    if actor is not None and (lex.in_class(actor, "abstractions") or lex.in_class(actor, "market_news")
                              or lex.in_class(actor, "critics")):
        return True  # "Prices of wheat exploded", "Inflation has killed the appetite for loans", "The rally was killed
        # by weak jobs data", "The striker was shot down by critics"
    if cand.target is None:
        return False
    end = cand.target[1]
    return lex.in_class(sent.lower[end - 1], "abstractions") or end - cand.target[0] >= 2 and lex.in_class(
        " ".join(sent.lower[end - 2:end]), "abstractions")  # (a head of two words: "bombed at the box office")


_SHOOTS = frozenset({"shot", "shoots", "shoot", "shooting"})
_RATE_WORDS = frozenset({"percent", "per", "%"})  # "shot 40 percent", "shot 38 per cent"
_FOR = re.compile(r"\d+-for-\d+")  # "shot 5-for-12"


def _shot_a_rate(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether "shot" has a player's rate of scoring for its object, no one hit: "shot 40 percent from the floor",
    "shot 12 of 15 from the field", "shot 5-for-12" (not "shot 12 of the protesters", "shot 3 of 5 suspects", whose
    count is of people)."""
    k = cand.last
    if cand.last - cand.first != 1 or sent.lower[cand.first] not in _SHOOTS or k >= len(sent.lower):
        return False
    if _FOR.fullmatch(sent.lower[k]):
        return True
    if not is_numeral(sent.lower[k]) or k + 1 >= len(sent.lower):
        return False
    if sent.lower[k + 1] in _RATE_WORDS:
        return True
    if sent.lower[k + 1] != "of" or k + 2 >= len(sent.lower) or not is_numeral(sent.lower[k + 2]):
        return False
    return k + 3 >= len(sent.lower) or not sent.is_word(k + 3) or sent.lower[k + 3] in lex.stop  # (past the count, a
    # phrase or the end: "from the field")


_DEFEAT_SETTINGS = frozenset({"at", "in"})  # "massacred at the polls", "slaughtered in the primary"


def _routed_in_a_vote(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a word of a rout tells a defeat in a vote, its phrase of place right after it: "The incumbent was
    massacred at the polls", "Democrats were slaughtered in the midterms", "the massacre at the polls" (not "Two voters
    were killed at the polls", "the massacre in the village")."""
    k = cand.last
    if cand.last - cand.first != 1 or not lex.in_class(sent.lower[cand.first], "routs") or k + 1 >= len(sent.lower):
        return False
    if sent.lower[k] not in _DEFEAT_SETTINGS:
        return False
    j = k + 1 + (sent.lower[k + 1] in lex.determiner)
    j += j < len(sent.lower) and lex.in_class(sent.lower[j], "politics") and j + 1 < len(sent.lower) and (
        lex.in_class(sent.lower[j + 1], "ballots"))  # ("in the Democratic primary")
    return j < len(sent.lower) and lex.in_class(sent.lower[j], "ballots")


_STORMS = frozenset({"storm", "storms", "stormed", "storming"})
_BREAKING_IN = frozenset({"into", "onto", "through", "inside"})  # a way into a place ("stormed back into the town")


def _comeback(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether "stormed back" is a side's comeback, whatever words follow ("The Wildcats stormed back in the fourth
    quarter", "stormed back after the break"), not a force breaking back into a place ("Troops stormed back into the
    town"), unless what it comes into is a standing ("stormed back into the lead")."""
    k = cand.last
    if cand.last - cand.first != 1 or sent.lower[cand.first] not in _STORMS or k >= len(sent.lower) or (
            sent.lower[k] != "back"):
        return False
    if k + 1 >= len(sent.lower) or sent.lower[k + 1] not in _BREAKING_IN:
        return True
    j = k + 2 + (k + 2 < len(sent.lower) and sent.lower[k + 2] in lex.determiner)
    return j < len(sent.lower) and lex.in_class(sent.lower[j], "standings")


def _offends(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether "offensive" is said of what offends, no attack: "It was offensive", "called the remark 'offensive and
    outlandish'", "deeply offensive to Muslims" (not "launched an offensive", "the army's spring offensive")."""
    return cand.last - cand.first == 1 and sent.lower[cand.first] == "offensive" and cand.first > 0 and (
        sent.lower[cand.first - 1] in lex.be or sent.lower[cand.first - 1] in _OFFENDS_AFTER)


_ALLURE_AFTER = frozenset({"for", "to", "from", "against", "on", "by", "in", "was", "is", "were", "has", "had",
                           "will", "would", "could", "hearing", "court", "process", "ruling", "decision", "judge"})
_POSSESSIVE_DETERMINERS = frozenset({"their", "his", "her", "its", "our", "your", "my"})


def _allure(sent: SentenceTokens, cand: Candidate) -> bool:
    """Whether the noun "appeal" one has is what draws people to them, no plea: "broadening their appeal beyond their
    bases", "Trump's appeal" (not "his appeal against the conviction", "her appeal to the court", "its appeal was
    rejected", "filed an appeal")."""
    k = cand.first
    if cand.last - k != 1 or sent.lower[k] not in ("appeal", "appeals") or k == 0:
        return False  # (whatever sense the lexicon chose: after a possessive it is the noun)
    owned = sent.lower[k - 1] in _POSSESSIVE_DETERMINERS or sent.lower[k - 1].endswith(("'s", "’s"))
    return owned and (cand.last >= len(sent.lower) or sent.lower[cand.last] not in _ALLURE_AFTER)


def _a_person(sent: SentenceTokens, span: tuple[int, int] | None, names: Names) -> bool:
    """Whether a party's span is one person: "he", "her", or a name the article gives a person ("Rubio", "Mr. Trump",
    "President Obama")."""
    if span is None:
        return False
    if span[1] - span[0] == 1 and sent.lower[span[0]] in _PERSONAL_PRONOUNS:
        return True
    first = span[0] + (sent.lower[span[0]] in _ONES_OWN)  # "his rival", no name
    if first >= span[1] or not sent.words[first][:1].isupper() or not sent.words[span[1] - 1][:1].isupper():
        return False  # (a name ends capitalised: not "a Palestinian man")
    return names.resolve(sent.spans[first][0], sent.spans[span[1] - 1][1]).kind == "person"


def _attack_in_a_place(sent: SentenceTokens, cand: Candidate, names: Names) -> Candidate:
    """An attack told in a town or a country is one of force, whatever politics its sentence tells of: "The attacks in
    Paris have inspired a xenophobic bidding war among Republican candidates" (not "Trump's attacks in Iowa", a
    person's words)."""
    k = cand.first
    if cand.sense.event_type != "ACCUSE" or cand.last - k != 1 or sent.lower[k] not in _ATTACK_NOUNS or k == 0 or (
            sent.lower[k - 1] in _ONES_OWN or sent.lower[k - 1].endswith(("'s", "’s"))):
        return cand
    if not _on_a_place(sent, cand.last, names, ("in", "on")):
        return cand
    return replace(cand, sense=replace(cand.sense, event_type="ASSAULT", mode=None))


_HOW_OFTEN = frozenset({"once", "twice", "thrice", "again", "never", "later", "since", "also", "already"})


def _convicted_as_description(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether "convicted" describes people by a verdict of some other time: after an article or a possessive ("a
    convicted IS recruiter", "his convicted brother"), or as a bare participle before its crime ("felons, convicted of
    violent crimes", "illegal immigrants convicted of crimes won't be permitted to stay"); not a verdict told ("was
    convicted of murder", "A court convicted him of murder")."""
    k = cand.first
    if sent.lower[k] != "convicted" or cand.last - k != 1 or k == 0:
        return False
    before = sent.lower[k - 1]
    if before in lex.determiner or before in POSSESSIVES:
        return True
    j = k - 1
    while j >= 0 and sent.lower[j] not in lex.be and (sent.lower[j] in BEFORE_PARTICIPLE or sent.lower[j] in _HOW_OFTEN
                                                      or sent.lower[j].endswith("ly") and sent.words[j].islower()):
        j -= 1  # "was twice convicted of", "had been wrongly convicted of"
    return cand.last < len(sent.lower) and sent.lower[cand.last] == "of" and not (
        j >= 0 and (sent.lower[j] in lex.be or sent.lower[j] in PERFECT_AUXILIARIES))


def _attack_of_a_place(sent: SentenceTokens, cand: Candidate, names: Names, lex: Lexicon) -> Candidate:
    """An attack named by its town or country is one of force, whatever politics its sentence tells of: "may benefit
    if the Paris attacks compel voters to look again" (not "the Clinton attacks", a person's words); the place is
    where it happened, no party of it."""
    k = cand.first
    if cand.sense.event_type != "ACCUSE" or cand.last - k != 1 or sent.lower[k] not in _ATTACK_NOUNS or k == 0 or (
            not sent.words[k - 1][:1].isupper() or not sent.is_word(k - 1)):
        return cand
    start = k - 1
    while start > 0 and sent.words[start - 1][:1].isupper() and sent.is_word(start - 1):
        start -= 1
    if start == 0 or sent.lower[start - 1] not in lex.determiner or not _names_a_place(sent, start, k, names, _CITY):
        return cand  # (the noun of a phrase: "the Paris attacks"; not a verb: "Paris attacks Berlin over the deal";
        # nor a small town a surname also names: "the Clinton attacks")
    found = replace(cand, sense=replace(cand.sense, event_type="ASSAULT", mode=None, pos="noun"))
    find_parties(sent, found, [found], lex)
    return found


def _on_a_place(sent: SentenceTokens, k: int, names: Names, prepositions: tuple[str, ...] = ("on",)) -> bool:
    """Whether "on" at token k opens a place's name: what an attack on it strikes is ground ("Benjamin Netanyahu's
    assault on Gaza continued", "Dagalo's attack on El Fasher"), whoever leads it; not a person's name a town also
    bears ("his attacks on Rubio" in a story of Marco Rubio)."""
    if k + 1 >= len(sent.words) or sent.lower[k] not in prepositions or not sent.words[k + 1][:1].isupper():
        return False
    end = k + 1
    while end < len(sent.words) and sent.words[end][:1].isupper() and sent.is_word(end):
        end += 1
    return _names_a_place(sent, k + 1, end, names)


def _names_a_place(sent: SentenceTokens, start: int, end: int, names: Names, population: int = 0) -> bool:
    """Whether tokens [start, end) name a country, a first-level region or a town of at least `population` people,
    and not a person the article names by a town's name ("Rubio", "Clinton")."""
    name = " ".join(sent.words[start:end])
    if not (geo.country_code(name) or geo.admin1_countries(name)
            or any(town.population >= population for town in geo.localities(name))):
        return False
    return names.resolve(sent.spans[start][0], sent.spans[end - 1][1]).kind != "person"


_CITY = 100_000  # people of a town that names its attack ("the Orlando attacks"), more than a surname's town has
_RALLIES = frozenset({"rally", "rallies"})
_ONES_OWN = frozenset({"his", "her"})


def _candidates_rally(sent: SentenceTokens, cand: Candidate, names: Names) -> bool:
    """Whether a rally is one a person holds: a candidate's, no protest ("a Trump rally in Birmingham", "Sanders'
    rallies", "at her rally in Tampa", of a person the article names in full; not "a Black Lives Matter rally", "an
    opposition rally", "a Tbilisi rally")."""
    if cand.sense.event_type != "PROTEST" or cand.last - cand.first != 1 or sent.lower[cand.first] not in _RALLIES:
        return False
    if cand.last + 1 < len(sent.words) and sent.lower[cand.last] in ("for", "with") and _person_named_at(
            sent, cand.last + 1, names) and sent.story_has("hustings"):
        # "At a rally for Ted Cruz in Indianapolis", "his first rally with Hillary Clinton", in a story of a campaign
        # (not "Thousands joined a rally for Alexei Navalny", jailed)
        return True
    k = cand.first - 1
    if k >= 0 and sent.lower[k] in _ONES_OWN:
        return True
    if k >= 0 and sent.words[k] in ("'", "’", "'s", "’s"):
        k -= 1  # "Sanders' rallies"
    if k < 1 or not (sent.words[k][:1].isupper() and sent.is_word(k)) or sent.words[k - 1][:1].isupper():
        return False  # no name right before it, or a name of several words ("a Black Lives Matter rally"), or one
        # that opens the sentence, where any word is capitalised
    return _named_in_full(sent, k, names)


def _named_in_full(sent: SentenceTokens, k: int, names: Names) -> bool:
    """Whether the name at token k, its possessive aside, is a person's the article names in full ("Donald Trump …
    a Trump rally", "Mr. Trump's attacks")."""
    start, end = sent.spans[k]
    return _in_full(names.resolve(start, end - (2 if sent.lower[k].endswith(("'s", "’s")) else 0)))


def _person_named_at(sent: SentenceTokens, k: int, names: Names) -> bool:
    """Whether the capitalised words from token k name a person the article names in full ("Ted Cruz", "Mrs.
    Clinton" of Hillary Clinton)."""
    end = k
    while end < len(sent.words) and (sent.words[end][:1].isupper() and sent.is_word(end) or end > k and sent.words[
            end] == "." and sent.lower[end - 1] in ABBREVIATIONS):
        end += 1
    if end == k:
        return False
    return _in_full(names.resolve(sent.spans[k][0], sent.spans[end - 1][1]))


def _in_full(mention: Mention) -> bool:
    """Whether a mention is of a person the article names in full: a canonical name of more than one word."""
    return mention.kind == "person" and " " in (mention.canonical or "")


def _played(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a trigger of violence in a match report is a word of play: one of the words play shares with violence,
    one word long, with no person of a class of people on either side ("Igor Paixao killed off the game", "beating
    Andre Onana"; not "a fan was shot in the leg", "Lazio ultras attacked a coach", "shot dead")."""
    if cand.last - cand.first != 1 or sent.lower[cand.first] not in _PLAY_WORDS:
        return False
    return not any(span is not None and not _manager_s_team(sent, span) and any(
        lex.in_class(w, c) for w in sent.lower[span[0]:span[1]] for c in _HARMED_PEOPLE) for span in (
        cand.actor, cand.target))


def _manager_s_team(sent: SentenceTokens, span: tuple[int, int]) -> bool:
    """Whether a party is a team named by its manager, as match reports call it: "Mikel Arteta's men attacked down the
    left", "Ten Hag's side"."""
    return span[1] - span[0] >= 2 and sent.lower[span[1] - 1] in _TEAM_WORDS and (
        sent.lower[span[1] - 2].endswith(("'s", "’s")) and sent.words[span[1] - 2][:1].isupper())
