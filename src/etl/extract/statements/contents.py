"""A candidate → what was said: after its cue, before it, in the quote it closes, or after "according to X"."""
from __future__ import annotations

import re
from collections import Counter

from etl.extract.dates import find_dates
from etl.extract.mentions import HEAD_KINDS
from etl.extract.statements.cues import skipped
from etl.extract.statements.items import CONFIDENCE, CONFIDENCE_WEAK_CUE, Candidate, Context, Found, Unit
from etl.extract.statements.lexicon import GRAMMAR, SPEECH_NOUNS, one_of
from etl.extract.statements.phrases import (APPOSED_NAME, CLOCK, COUNT_WORDS, MAX_SPEAKER_WORDS, describes_person,
                                            speaker_before, words_of)
from etl.extract.statements.quotes import (
    CLOSING_MARKS, OPENING_MARKS, is_speech, next_paragraph_quote, quote_before, typed, unit_of,
)
from etl.extract.text import WordFinder
from etl.extract.wordlists import alternation

# "the ministry's claim that …": a noun of speech after a possessive, and a that-clause.
# Each alternative of the possessive opens with a plain character: the engine then jumps from one such character
# to the next instead of trying the pattern at every position (twice as fast).
_NOUN_CUE_RE = re.compile(rf"(?:'s|’s|s'|s’)\s+(?:[a-z]+\s+)?({alternation(list(SPEECH_NOUNS))})\s+that\b")
# The nouns as the words a `WordFinder` holds (lower-case ASCII letters, as the nouns are): the noun of a match stands
# between spaces, so a text without one of them as a word has no match.
_SPEECH_NOUN_BYTES = frozenset(noun.encode() for noun in SPEECH_NOUNS)
# "As Democrats call on him to quit, Grayson …": a sentence opening with a subordinate clause.
_SUBORDINATE = re.compile(rf"(?:(?:{one_of('coordinator')})\s+)?(?:{one_of('subordinator')})\b")

# Where reported speech stops: a concessive or comparative clause, or a second verb of the speaker.
_CONTENT_STOP = re.compile(rf",?\s+(?:{one_of('content_stop', ' ')})\b|,\s+and\s+(?:then\s+)?[a-z]+ed\b"
                           rf"|,\s+and\s+(?:has|have|had)\s+(?:also\s+|since\s+|long\s+)?[a-z]+(?:ed|en|wn)\b"
                           rf"|,\s+(?:{one_of('comma_content_stop', ' ')})\b"
                           rf"|\s(?:—|–|--)\s*(?:a|an)\s")  # "… — a swipe at …": the writer's aside
_EMPTY_RIGHT = re.compile(r"^\s*(?:[-—–(;]|$)")
# what "claim" takes as a thing won or asked for, not a speech: "claimed the nomination", "claimed a second term",
# "claiming 41 percent of the vote", "claiming benefits", "claimed as many as 600,000 lives" (not "claimed victory",
# "claimed momentum", "claimed responsibility", "claiming allegiance to ISIS": what someone declared)
_CLAIMED_THING = re.compile(
    r"(?:(?:the|a|an|his|her|their|its|our|\d[\d.,]*|[\w-]+)\s+){0,4}(?:nomination|seat|seats|title|titles|prize"
    r"|term|majority|percent|share|ties|tie|lives|benefits|benefit|asylum|residency|ownership|tax\s+breaks|refunds?"
    r"|compensation|damages|crown|throne|spot|place|leadership|presidency|governorship|premiership|chairmanship)\b"
    r"(?!\s+(?:is|are|was|were|has|have|had|will|would|could|can|should|exists?|runs?)\b)", re.IGNORECASE)
# a score or a tally in a game, no speech: "claimed five wickets for 38 runs", "conceded four tries", "claimed
# gold in the 400m" (not "claimed Gülen runs a network": a clause, whose verb follows the noun)
_SCORED_THING = re.compile(
    r"(?:(?:(?:a|an|the|his|her|their|its|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+)(?:[\w-]+\s+){0,2}?(?:wickets?|tries|goals?|runs|points|sets|frames|penalt(?:y|ies)|corners?|free[\s-]kicks?"
    r"|medals?|hat-tricks?|touchdowns?|yards|sixes|fours|boundaries|catches|rebounds|laps)"
    r"|(?:gold|silver|bronze))\b"
    r"(?!\s+(?:is|are|was|were|has|have|had|will|would|could|can|should)\b)", re.IGNORECASE)
# what "deny" refuses someone, not a denial of words: "denied him permission", "was denied entry", "denied several
# councillors the right to vote", "denied bail"
_DENIED_THING = re.compile(
    r"(?:[\w'’-]+\s+){0,3}?(?:entry|access|permission|bail|visas?|the\s+right|passage|admission|clearance|parole"
    r"|a\s+hearing|medical\s+care|treatment|accreditation|a\s+permit|permits?|leave)\b", re.IGNORECASE)
# whom "dismiss" removes from office, not words dismissed: "dismissed the finance minister", "dismissed two senior
# officials over the scandal" (not "dismissed the minister's claims", "dismissed the report as nonsense")
_DISMISSED_PERSON = re.compile(
    r"(?:the|a|an|his|her|their|its|two|three|several|\d+)\s+(?:[\w-]+\s+){0,3}?(?:minister|ministers|secretary"
    r"|chief|governor|governors|director|commander|commanders|coach|manager|official|officials|general|generals"
    r"|ambassador|judge|judges|staff|employees|workers|officers?|chairman|chairwoman|ceo|deputy|aide|aides"
    r"|adviser|advisers|advisor|advisors|commissioner|prosecutor|cabinet|government)"
    r"(?=\s*(?:[,.;]|$|\b(?:from|over|after|for|on|in|and|amid|following|last|this)\b))", re.IGNORECASE)
# what "reject" or "dismiss" turns down as a decision, not words: "rejected a third offer from BHP", "after
# rejecting a contract offer", "dismissed the lawsuit" (not "rejected the claims", "rejected the plan as unworkable":
# a reason given is speech; nor "dismissed suggestions the bill was rushed": no plural before the head)
_DECIDED_THING = re.compile(
    r"(?:(?!(?:that|which|who|of|for|to|by|from|with|in|on|as|and|or)\b)"
    r"(?:his|its|this|[\w-]+['’]s|[\w'’-]*[a-rt-zA-RT-Z0-9-])\s+){0,3}?(?:offers?|bids?"
    r"|proposals?|deal|appeals?|requests?|applications?|motions?|petitions?|lawsuits?|suit|bills?|amendments?"
    r"|nominations?|treaty|budget|contract|settlement|takeover|merger|invitations?|pay\s+rise)\b"
    r"(?![^,;:.]*\sas\s)", re.IGNORECASE)
# what is shouted with no words told: "shouted slogans as they were led out", "yelled obscenities at the officers"
# (slogans chanted stay what a crowd says: "chanted slogans against the governor")
_SHOUTED_THING = re.compile(r"(?:[\w-]+\s+){0,2}?(?:slogans?|obscenities|insults|abuse|profanities|expletives"
                            r"|epithets|names)\b", re.IGNORECASE)
# songs chanted, no words told: "chanting war songs", "chanted the national anthem" (the words of a chant
# are quoted: "chanting “Down with the junta”")
_SUNG_THING = re.compile(r"(?:[\w-]+\s+){0,2}?(?:songs?|hymns?|anthems?|ballads?|lullab(?:y|ies)|tunes?)\b",
                         re.IGNORECASE)
# what a court or a doctor declares a person, no words: "declared Breivik sane", "declared him dead at the scene"
_DECLARED_STATE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}?(?:sane|insane|dead|fit|unfit|bankrupt|missing)\b"
                             r"|(?:him|her|them|the\s+\w+)\s+(?:sane|insane|dead|fit|unfit|bankrupt|missing)\b")
# where someone is admitted, not what they admit: "refugees admitted to the United States", "admitted to hospital"
_ADMITTED_PLACE = re.compile(
    r"(?:to|into)\s+(?:(?:the|a|an)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:hospitals?|clinic|care|school|college|university"
    r"|country|bar|programs?|programmes?|camps?|ward|unit)\b|the\s+(?:United\s+States|U\.S\.|UK|EU)"
    r"|(?:Britain|Canada|Germany|France|Europe|America|Australia|NATO)\b)")
# whom a phone call reaches, with nothing said of them: "called Haugland earlier this month to learn more", "called
# him on Sunday", "called Naghmeh Abedini" (not "called Trump a liar", "called him “a disgrace”")
_PHONED = re.compile(r"(?:him|her|them|(?:[A-Z][\w'’.-]*\s*){1,4})(?:\s+(?:earlier|later|last|this|on|in|at|after"
                     r"|before|to|from|and|twice|again|back|recently|yesterday|today|personally|during|while)\b|\s*$)")
# where people were summoned, not what they called anything: "Officers called to the scene said …", "firefighters
# called to the blaze" (a participle after its noun, whose own verb of speech may follow)
_SUMMONED_TO = re.compile(r"(?:to|into|out\s+to)\s+(?:the|a|an|his|her|their|its)\s")
# what a robber demands by force, no demand spoken for: "demanded cash from the register", "demanded her handbag"
# (not "demanded cash compensation", "demanded money for the victims": a noun or a purpose after it)
_ROBBED_THING = re.compile(
    r"(?:(?:the|his|her|their|your|any|all)\s+)?(?:cash|money|wallets?|purses?|handbags?|phones?|keys|car\s+keys"
    r"|valuables|jewell?e?ry|belongings|takings)(?=\s*(?:[,.;]|$|\b(?:from|and|at|off|before|then)\b))",
    re.IGNORECASE)
# whom or what "recall" calls back, not a memory told: "recalled its ambassador to France", "recalled him for
# consultations", "recalled 1.2 million vehicles" (not "recalled his first visit", "recalled him saying")
_RECALLED_THING = re.compile(
    r"(?:(?:its|his|her|their|the|a|an|all|some|about|nearly|more\s+than|[\d.,]+|\w+\s+(?:million|thousand))\s+)*"
    r"(?:[\w-]+\s+){0,2}?(?:ambassadors?|envoys?|diplomats?|consuls?|emissar(?:y|ies)|high\s+commissioners?"
    r"|charg[eé]\s+d['’]affaires|vehicles|cars|trucks|models|units|products|batch(?:es)?|lots)\b"
    r"|(?:him|her|them)\s+(?:for|from|to|home)\b", re.IGNORECASE)
# Verbs of speech in a sense of no speech, by the stems of their forms, what they then take, and why they are dropped
_NO_SPEECH = ((("claim",), _CLAIMED_THING, "statements: a thing claimed, no speech ('claimed the nomination')"),
              (("claim", "conced"), _SCORED_THING,
               "statements: a score in a game, no speech ('claimed five wickets', 'conceded four tries')"),
              (("deni", "deny"), _DENIED_THING, "statements: a thing refused, no speech ('denied him entry')"),
              (("dismiss",), _DISMISSED_PERSON,
               "statements: a person removed from office, no speech ('dismissed the finance minister')"),
              (("reject", "dismiss"), _DECIDED_THING,
               "statements: a proposal turned down, no speech ('rejected a third offer')"),
              (("shout", "yell", "scream"), _SHOUTED_THING,
               "statements: slogans or insults shouted, no speech told ('shouted slogans')"),
              (("chant",), _SUNG_THING, "statements: songs chanted, no speech told ('chanting war songs')"),
              (("demand",), _ROBBED_THING, "statements: a robber's demand, no speech ('demanded cash')"),
              (("recall",), _RECALLED_THING, "statements: an envoy or a product called back, no memory told"),
              (("declar",), _DECLARED_STATE, "statements: a person declared sane or dead, no speech"),
              (("admit",), _ADMITTED_PLACE, "statements: admitted to a place, no admission ('admitted to hospital')"),
              (("called", "calling"), _PHONED, "statements: a phone call, no words ('called Haugland to learn more')"),
              (("called",), _SUMMONED_TO,
               "statements: people summoned to a place, no words ('officers called to the scene said')"))
_NO_SPEECH_STEMS = tuple(stem for stems, _, _ in _NO_SPEECH for stem in stems)  # (most cues start with none)
# an attribution that closes its sentence: ", according to …" or ", his office said."
_ATTRIBUTED_AFTER = re.compile(
    r",\s+(?:according\s+to\b|(?:[\w'’.-]+\s+){1,6}(?:said|says|told|added|reported)\s*[.!]?\s*$)", re.IGNORECASE)
_DECLARED_ACT = re.compile(
    r"for\s+(?:president|the\s+presidency|office|governor|mayor|the\s+(?:senate|house))\b"  # a candidacy
    r"|(?:(?:an?|the|its|their|his|her)\s+)?(?:(?:national|nationwide|local|partial|total|\d+-(?:hour|day))\s+)?"
    r"(?:state\s+of\s+(?:emergency|calamity|disaster|siege|alert|war)|war|victory|independence|bankruptcy|candidacy"
    r"|martial\s+law|curfew|ceasefire|truce|holiday|lockdown|emergency|day\s+of\s+mourning|mourning|jihad)\b"
    r"(?!\s+(?:was|is|were|are|had|has|have|would|will|could|must|should|might|can)\b)",  # ("the war was over")
    re.IGNORECASE)
# A question the speaker left open, after a negated cue: "It did not say whether anyone was hurt", "police declined to
# say how many were held" (the writer noting what was not said, no words of the speaker)
_UNSAID = re.compile(r"(?:\bnot|n[’']t|\bnever|\b(?:declined|refused|unable|failed)\s+to)\s+"
                     r"(?:(?:immediately|yet|publicly|further)\s+)?$", re.IGNORECASE)
_OPEN_QUESTION = re.compile(r"(?:whether|if|how|who|what|when|where|why|which)\b")
# What a negated cue would have spoken of, no words of the speaker: "has not commented on the fighting"
_TOPIC = re.compile(r"(?:on|upon|about)\b")
_CLOSING_CUE = re.compile(  # ", he added.", ", she added quietly,", ", he added on Tuesday."
    r"\s*(?:[a-z]+ly\s*|(?:on\s+|late\s+|early\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b\s*"
    r"|(?:yesterday|today|tonight|later)\b\s*)?(?:[,.;:!?)\]\"“”'’]|$)")
# A clause with no "that" after a cue that needs one before a noun phrase: a subject and its finite verb ("adding the
# U.S. must be equally global", "adding he intended to work closely with …"), not an object ("added 160 officers").
_BARE_CLAUSE = re.compile(r"(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)\s+[a-z]+(?:ed|s)\b|(?:[\w’'.$-]+\s+){1,4}"
                          r"(?:must|should|would|will|could|can|may|might|is|was|are|were|had|has|have)\s)")
# Words after a cue that start an adverbial clause, not what was said ("the shootings Obama mentioned when …").
# (and "this" said "while addressing a gathering": what was told before, no words of the sentence; but "as many as"
# opens a count, the subject of what was said: "said as many as 10,000 people may have died", and so does "over" before
# a number: "said over 50 suspects were arrested", "said over a dozen shops were torched")
_NOT_CONTENT = re.compile(rf"(?!as\s+(?:many|much|few|little)\s+as\b|over\s+(?:\d|(?:a\s+)?(?:{COUNT_WORDS})\b))"
                          rf"(?:{one_of('not_content')})\b"
                          r"|(?:in|by|upon|without)\s+[a-z]+ing\b"
                          # (who quoted the words, closing the sentence: "…, the minister was quoted as saying by
                          # IRNA.")
                          r"|by\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*(?:[.;]|$)"
                          r"|this\s+(?:while|when|during|at|in|on|after|before)\b")
_COMMENT = re.compile(rf"(?:{one_of('comment_opening')})\b")
# How a source spoke, after its attribution: "declining to be named", "speaking on condition of anonymity"; or the
# writer's circumstance: "as cheap supply continues to crush prices" (not "because …", "while …": often still said).
_HOW_SAID = re.compile(r"(?:declining|speaking|asking|requesting|citing|using|as)\b")
_WHO_BEFORE = re.compile(r",\s*who\s")
_AS_BEFORE = re.compile(r",\s+as$")
_DASH_ASIDE = re.compile(r"\s*(?:--|[-—–])\s+[^-—–]{1,120}?\s(?:--|[-—–])\s*(?:that\b\s*)?")
# One word before "according to X," that leaves it opening its sentence ("But according to …", "However, …").
_OPENERS = frozenset(w.lower() for w in GRAMMAR["coordinator"] + GRAMMAR["opener"]) | {
    "however", "indeed", "moreover", "furthermore", "overall", "today", "yesterday", "earlier", "later", "thus",
    "nonetheless", "nevertheless", "instead", "otherwise", "again", "meanwhile", "then", "now", "also", "still"}
_CONNECTIVES = frozenset(GRAMMAR["connective"])
_MAX_AHEAD_WORDS = 6         # words of a subject before "according to X," whose verb follows
_MIN_LEFT_WORDS = 4          # reported speech before "…, X said" is a clause, not "In his speech"

# The longest reported speech, in characters: speech runs a sentence, not pages, and a longer one would read
# and copy a run-on text again for each of its cues.
_STOP_REACH = 2000


def _content_end(text: str, start: int, limit: int) -> int:
    """End of reported speech starting at start: the clause end before limit, without the final period."""
    end = limit
    while end > start and text[end - 1] in " \t\n,;:—–-":
        end -= 1
    if end > start and text[end - 1] == "." and (end - start < 2 or text[end - 2] not in CLOSING_MARKS):
        end -= 1
    return end


def find_content(ctx: Context, unit: Unit, c: Candidate, left_from: int, limit: int,
                 dropped: Counter[str]) -> list[Found]:
    """What was said at a candidate: one statement, or one per segment when the attribution interrupts it;
    none (counted in `dropped`) when nothing was said."""
    if c.entry.kind == "according":
        found = _according(ctx, unit, c, left_from, limit, dropped)
        return [found] if found is not None else []
    text = ctx.text
    cue_span = c.cue
    head: tuple[int, int] | None = None  # what was said before an attribution that interrupts it
    if c.inverted:
        start, end = _left_content(ctx, left_from, c.cue[0])
    else:
        start, cue_end, introduced = skipped(ctx, c.cue[1], limit, c.entry)
        cue_span = (c.cue[0], cue_end)
        aside = _DASH_ASIDE.match(text, start, limit)  # "argued - rebuking Trump by name - that …"
        if aside and text[start:start + 3].strip()[:1] in {"-", "—", "–"}:
            start = aside.end()
        end = _content_end(text, start, limit)
        verb = text[c.cue[0]:c.cue[1]].lower()  # (a one-word cue: "called on X to resign" is no phone call)
        unspoken = None if introduced or " " in verb or not verb.startswith(_NO_SPEECH_STEMS) else next(
            (reason for stems, pattern, reason in _NO_SPEECH
             if verb.startswith(stems) and pattern.match(text, start, end)), None)
        if unspoken is None and _OPEN_QUESTION.match(text, start) and _UNSAID.search(
                text, max(unit.start, c.cue[0] - 40), c.cue[0]):
            unspoken = "statements: a question not answered ('did not say whether')"
        elif unspoken is None and not introduced and (c.entry.frame == "object" or _TOPIC.match(text, start)) \
                and _UNSAID.search(text, max(unit.start, c.cue[0] - 40), c.cue[0]):
            unspoken = "statements: a topic not spoken of ('has not commented on', 'did not mention')"
        if unspoken is not None:
            dropped[unspoken] += 1
            return []  # won, refused or removed, and no words said before it either
        # (a state or an act declared is no speech: "declared a state of emergency", "declared victory", "declared
        # his candidacy", "declared for president")
        nothing_right = end - start < 2 or bool(_EMPTY_RIGHT.match(text[start:end])) or (
            not introduced and text[c.cue[0]:c.cue[0] + 7].lower() == "declare" and bool(
                _DECLARED_ACT.match(text, start, end)))
        right_empty = nothing_right or (not introduced and (
            c.entry.frame == "that" and not _BARE_CLAUSE.match(text, start, end)
            or bool(_NOT_CONTENT.match(text, start))))
        # what the cue's own words go on with is no speech: what was said lies before only when the cue closes its
        # attribution ("…, he added."), not when it goes on ("Police responded to the attack and killed two")
        said_before = nothing_right or c.entry.frame != "that" or bool(_CLOSING_CUE.match(text, cue_span[1]))
        speaker_first = c.speaker is not None and not c.inherited and c.speaker[0] < c.cue[0]
        # (where the attribution opens: its speaker, or the agency that quotes it)
        opening = c.attribution if c.attribution is not None else c.speaker[0] if c.speaker is not None else unit.start
        left_quote = None
        if speaker_first and opening > unit.start:
            left_quote = quote_before(ctx, left_from, opening, unit.paragraph)
        elif speaker_first and not introduced:
            # A quote ending in "?" or "!" closes the sentence before: "“Why not?” Clinton asked."
            q = quote_before(ctx, 0, opening, unit.paragraph)
            if q is not None and (right_empty or text[q.end - 2:q.end - 1] in {"?", "!"}):
                left_quote = q
        if left_quote is not None and not right_empty and not is_speech(text, left_quote) \
                and len(text[unit.start:left_quote.start].split()) > 1:
            left_quote = None  # "On NBC’s “Meet the Press,” Ortiz said taxes …": a title before the speaker
        if left_quote is not None:
            start, end = left_quote.start, left_quote.end
        elif speaker_first and not introduced and text[unit.start:c.speaker[0]].rstrip().endswith(",") \
                and "," in text[cue_span[1]:start]:
            # "No different, he said, from Bush": the attribution sits inside what was said, which comes in
            # two segments around it.
            head = (unit.start, text.rindex(",", unit.start, c.speaker[0]))
            if (len(text[head[0]:head[1]].split()) == 1 or text[head[0]:head[1]].strip().lower() in _CONNECTIVES) \
                    and typed(ctx, *head)[2] == "indirect":
                head = None  # "Still, he said, …", "In particular, he said, …": a connective, not speech
            end = _content_end(text, start, limit)
            if head is not None and (_COMMENT.match(text, start) or _HOW_SAID.match(text, start)):
                # "… was shot dead on Friday, the prosecutor's office said, the latest in a string of killings",
                # "…, the sources said, declining to be named", "…, the miner told the ASX, as cheap supply …": what
                # follows is the writer's, or how it was said, the statement what came before
                (start, end), head = head, None
        elif right_empty:
            start = end
            if speaker_first:
                if text[c.cue[1]:limit].strip().startswith(":") and unit.end == limit:
                    start, end = next_paragraph_quote(ctx, unit) or (start, end)
                elif said_before:
                    start, end = _left_content(ctx, left_from, _described_from(text, left_from, c))
        elif c.speaker is not None and (_WHO_BEFORE.search(text, max(unit.start, c.speaker[0] - 2), c.cue[0]) or (
                _SUBORDINATE.match(text, unit.start, c.speaker[0]) and "," not in text[unit.start:c.speaker[0]])):
            # "As Democrats call on him to quit, Grayson …", "Hale, who told Congress that …, left":
            # the content ends with the subordinate or relative clause.
            comma = text.find(", ", start, end)
            end = comma if comma > start else end
        elif text[start:start + 1] not in OPENING_MARKS:
            stop = _CONTENT_STOP.search(text, start, min(end, start + _STOP_REACH))
            if stop is not None and stop.start() - start > 2 and not (
                    "according" not in stop.group().lower() and _ATTRIBUTED_AFTER.search(text, stop.end(), unit.end)):
                end = stop.start()  # (not when another source's attribution closes the sentence: "…, a day after a
                # heated meeting, his office said" tells what the office reported, whole)
    segments = [(start, end)] if head is None else [head, (start, end)]
    out: list[Found] = []
    for start, end in segments:
        end = _within_reach(text, start, end)
        if end - start < 2:
            continue
        start, end, quote_type = typed(ctx, start, end)
        confidence = CONFIDENCE[quote_type] - (CONFIDENCE_WEAK_CUE if c.entry.noun_too or c.inherited else 0.0)
        out.append(Found((start, end), quote_type, cue_span, c.entry.cue_class, c.speaker, c.apposition,
                         confidence, unit.paragraph, "in_sentence", out[0].content if out else None))
    if not out:
        dropped["statements: cue with no content"] += 1
    return out


def _within_reach(text: str, start: int, end: int) -> int:
    """The end of what was said, no further than _STOP_REACH from its start: past it lies a run-on text, not
    speech, and its many cues would each copy the rest of it. Cut after a whole word; a quote that opens
    within reach is still taken whole (see `quotes.typed`)."""
    if end - start <= _STOP_REACH:
        return end
    space = text.rfind(" ", start, start + _STOP_REACH)
    return space if space > start else start + _STOP_REACH


def _only_a_date(text: str, start: int, end: int) -> bool:
    """Whether a span is a date and at most a preposition before it ("On 9 May 2020", "In late March 2021")."""
    found = find_dates(text, None, start, end)
    return bool(found) and len(text[start:found[0].start].split()) <= 1 and not text[found[-1].end:end].strip()


# a description a name is set off after: "the state police spokesman", "the party's spokesperson"
_DESCRIPTION = re.compile(r"(?:the|his|her|their|its|our|a|an)\s+\S|[A-Z][\w.-]*['’]s\s+[a-z]", re.IGNORECASE)


def _described_from(text: str, lo: int, c: Candidate) -> int:
    """Where the speaker begins, with the description a name is set off after ("…, the state police spokesman, Benjamin
    Hundeyin, said"): what was said ends before the description, no part of it."""
    hi = c.speaker[0] if c.attribution is None else c.attribution
    before = text[lo:hi].rstrip(" ,")
    if c.apposition and before.endswith(c.apposition) and _DESCRIPTION.match(c.apposition):
        return lo + len(before) - len(c.apposition)
    return hi


def _left_content(ctx: Context, lo: int, hi: int) -> tuple[int, int]:
    """What was said before "…, X said": from lo to the comma (or closing quote) before the speaker at hi."""
    text = ctx.text
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end <= lo:
        return lo, lo
    closes_quote = text[end - 1] in "”\"" or text[end - 2:end] == "''"
    if not closes_quote:
        as_before = _AS_BEFORE.search(text, max(lo, end - 8), end)
        if as_before is not None:
            end = as_before.start() + 1  # "…, as Dayen noted"
        if text[end - 1] not in ",—–":
            return lo, lo
        end -= 1
    start = lo
    while start < end and text[start] in " \t\n,;":
        start += 1
    start = _past_entry_mark(text, start, end)
    if len(text[start:end].split()) < _MIN_LEFT_WORDS and typed(ctx, start, end)[2] == "indirect":
        return lo, lo
    if _only_a_date(text, start, end):
        return lo, lo  # "On 9 May 2020, the mission observed two explosions": when, not what was said
    if _SUBORDINATE.match(text, start, end) and "," not in text[start:end] \
            and typed(ctx, start, end)[2] == "indirect":
        return lo, lo  # "Soon after the vote was held, Ortiz wrote …": an adverbial clause, not what was said
    return start, end


def _past_entry_mark(text: str, start: int, end: int) -> int:
    """Where what was said begins after the marks that open an entry of a list, a live blog or a timeline ("* ",
    "12:05 GMT — ", "Update, 9:20 a.m.: ", "— Nov. 7, 2023: "): the format's, not the speaker's words."""
    while (mark := _ENTRY_MARK.match(text, start, end)) is not None and mark.end() > start:
        start = mark.end()
    colon = text.find(": ", start, min(end, start + _DATE_ENTRY_CHARS))
    if colon > start and _only_a_date(text, start, colon):
        start = colon + 2
    return start


# a bullet, or a time of day (after "Update") closed by a dash or a colon: "• ", "14:32 GMT — ", "Update, 6:10 p.m.: "
_ENTRY_MARK = re.compile(rf"(?:[*•▪◦·–—-]+|(?:Update[ds]?,?\s+)?{CLOCK}\s*(?:[:—–]|--?))\s+")
_DATE_ENTRY_CHARS = 30  # "Nov. 7, 2023: ", "On 13 November 2015: "


# the rest of a name listing what its body brings together: ", Pharmacists and Dentists Union", ", Geophysical and
# Astronomical Services Administration (Pagasa)"; group 1 the name's head
_LISTED_NAME = re.compile(r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}){1,4},?\s+and\s+(?:[A-Z][\w’'-]*\s+){0,4}"
                          r"([A-Z][\w’'-]*)(?:\s+\([A-Z][A-Za-z]{1,9}\))?(?=\s*[,.;])")


def _according(ctx: Context, unit: Unit, c: Candidate, left_from: int, limit: int,
               dropped: Counter[str]) -> Found | None:
    """"according to X, …" and "…, according to X.": the speaker follows the cue."""
    text = ctx.text
    ws = words_of(text, c.cue[1], limit)
    j = 0
    while j < len(ws) and j < MAX_SPEAKER_WORDS and ws[j][2] not in {",", ".", ";", ":", "—", "–", "“", '"'}:
        j += 1
    if j == 0:
        dropped["statements: 'according to' with no source"] += 1
        return None
    speaker = (ws[0][0], ws[j - 1][1])
    listed = _LISTED_NAME.match(text, speaker[1], limit) if ws[j - 1][2][:1].isupper() and j < len(ws) \
        and ws[j][2] == "," else None
    if listed is not None and HEAD_KINDS.get(listed.group(1)) == "organization":
        # "According to the Kenya Medical Practitioners, Pharmacists and Dentists Union, …": a name that lists what its
        # body brings together, its commas inside it
        speaker = (speaker[0], listed.end())
        j = len(words_of(text, c.cue[1], listed.end()))
    lead = text[left_from:c.cue[0]].strip(" \t\n,—–")
    if not lead or (len(lead.split()) == 1 and (lead.lower() in _OPENERS or lead.lower().endswith("ly"))):  # "According to X, …", "But according to X, …"
        start = ws[j][1] if j < len(ws) else limit
        named = APPOSED_NAME.match(text, speaker[1], limit)
        if named is not None and named.group("close") == "," and describes_person(ws[j - 1][2]) \
                and ws[j - 1][2].islower():
            start = named.end()  # "According to the prosecutor, Marie Dubois, the suspect …": whom the title names
        while start < limit and text[start] in " \t,":
            start += 1
        end = _content_end(text, start, limit)
    elif left_from > unit.start and len(lead.split()) <= 4:
        dropped["statements: 'according to' naming the source of a statement"] += 1
        return None  # "“…,” Grayson said, according to Frankel": a source of the statement before
    else:
        start = left_from
        while start < c.cue[0] and text[start] in " \t\n,;":
            start += 1
        end = c.cue[0]
        while end > start and text[end - 1] in " \t,—–-":
            end -= 1
        tail = text[speaker[1]:limit].strip(" \t,.")
        if len(tail.split()) > 2 and text[speaker[1]:limit].lstrip().startswith(",") \
                and len(text[start:end].split()) <= _MAX_AHEAD_WORDS:
            # "The plan, according to officials, would cost …": a subject before the cue, its verb after it;
            # after a whole clause ("Sales fell, according to the firm, which …") what was said ends at the cue
            end = _content_end(text, start, limit)
        elif len(text[start:end].split()) < _MIN_LEFT_WORDS:
            dropped["statements: cue with no content"] += 1
            return None
    end = _within_reach(text, start, end)
    if end - start < 2:
        dropped["statements: cue with no content"] += 1
        return None
    start, end, quote_type = typed(ctx, start, end)
    return Found((start, end), quote_type, c.cue, c.entry.cue_class, speaker, None,
                 CONFIDENCE[quote_type], unit.paragraph)


def noun_statements(ctx: Context, finder: WordFinder, dropped: Counter[str]) -> list[Found]:
    """"X's statement that …": a noun of speech with a possessive speaker and a that-clause. `finder` is the text's:
    most texts have no such noun, or no "that", and are never searched."""
    text = ctx.text
    out = []
    if b"that" not in finder.words or finder.words.isdisjoint(_SPEECH_NOUN_BYTES):
        return out
    for m in _NOUN_CUE_RE.finditer(text):
        unit = unit_of(ctx, m.start())
        speaker = speaker_before(text, unit.start, m.start())
        if speaker is None:
            dropped["statements: noun of speech with no speaker"] += 1
            continue
        start = m.end()
        while start < unit.end and text[start].isspace():
            start += 1
        end = _content_end(text, start, unit.end)
        if end - start > 2:
            out.append(Found((start, end), "indirect", m.span(1), SPEECH_NOUNS[m.group(1)], speaker, None,
                             CONFIDENCE["indirect"] - CONFIDENCE_WEAK_CUE, unit.paragraph))
        else:
            dropped["statements: noun of speech with no content"] += 1
    return out
