"""Words around a cue → the speaker's noun phrase: the hand-made noun-phrase reader of the statements extractor."""
from __future__ import annotations

import re

from etl.extract import numbers
from etl.extract.dates import is_calendar_word, is_weekday
from etl.extract.firstnames import is_first_name
from etl.extract.mentions import (
    ABBREVIATIONS, CONNECTORS, DETERMINERS, HEAD_KINDS, MODIFIERS, NOT_NAMES, PARTICLES, POSTMODIFIERS, TITLES,
    analyze, is_capitalized, is_initial, is_name_word,
)
from etl.extract.statements.items import Unit
from etl.extract.statements.lexicon import (
    AFFILIATIONS, BETWEEN, CUES, DOCUMENTS, DUMMY_SUBJECTS, FUNCTION_WORDS, GRAMMAR, NOT_ADVERBS, PLACE_PREPOSITIONS, POSTMODIFIER_PREPOSITIONS,
    SPEAKING_PRONOUNS, SUBJECT_PRONOUNS, one_of,
)
from etl.extract.text import PHRASE_WORD
from etl.extract.wordlists import alternation

_UNIT_OPENERS = re.compile(rf"(?:(?:{alternation(GRAMMAR['coordinator'] + GRAMMAR['opener'])})\b,?\s*)+")
# A sentence opening with a prepositional or participial phrase: its subject comes after the first comma.
_LEAD_PHRASE = re.compile(rf"(?:{one_of('lead')})\b[^,.;:“\"]{{0,100}},\s*")
# What opens a sentence before its subject without a lead word: a dateline ("WASHINGTON —"), a participle
# ("Emerging from the meeting, …"), a time ("Minutes later, …", "Eight years ago, …"), a live blog's label
# ("Update 1:15 p.m. GMT: …", "Update, 12:45 p.m.: …", "14:05 GMT: …", "14:32 GMT — …").
CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?"
_OPENING = re.compile(rf"(?:(?:[Uu]pdate|UPDATE|[Bb]reaking|BREAKING)(?:,?\s+{CLOCK})?\s*:\s+|"
                      rf"{CLOCK}\s*(?::|—|–|--)\s+|"
                      r"[A-Z][A-Z.'’ -]+(?:,\s+[A-Z][\w.]*(?:\s+\d{1,2}\b)?)*"
                      r"\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|--|-\s)\s*"
                      r"|[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}(?:,\s+[A-Z][\w.]*)*\s*\([A-Z][A-Za-z]{1,10}\)\s*(?:—|–|--|-\s)\s*"
                      r"|[A-Z][a-z]+ing\b[^,.;:“\"]{0,100},\s*"
                      r"|(?:[Aa]lthough|[Tt]hough|[Ww]hile|[Ww]hen|[Ii]f|[Bb]ecause|[Uu]nless|[Ww]hereas|[Oo]nce)\b"
                      r"[^.;:“\"]{0,150}?,\s*"
                      r"|[^,.;:“\"]{0,40}\b(?:later|ago|earlier)\b,?\s+)")

# What a lead phrase runs on into after its comma: a place ("Iowa,", "N.H.,") or a time ("on Sunday,").
_LEAD_TAIL = re.compile(r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|(?:on|in|last|this|early|late)\s+[A-Za-z]+)"
                        r",\s+(?=\S)")
# "a source familiar with the talks": what follows an unnamed source's noun belongs to the speaker.
_POSTMODIFIER = re.compile(rf"\b[A-Za-z]+\s+(?:{alternation(POSTMODIFIERS)})\s+$")

# A pronoun with a contracted "has" or "is" before a verb ("he’s said", "who’s argued").
_CONTRACTED_HAS = re.compile(r"([Hh]e|[Ss]he|who)['’]s")
_MAX_MODIFIERS = 3           # words between a determiner and a lowercase head ("the billionaire real estate magnate")
_SPEAKER_WINDOW = 160        # characters searched for a speaker around its cue
MAX_SPEAKER_WORDS = 12
# What may stand right before a plural subject with no determiner ("…, forecasters say", "and analysts argue").
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", "—", "–"})
_CLAUSE_OPENERS = frozenset({"and", "but", "that", "if", "while", "because", "when", "as", "so", "though"})
_AFFILIATION_CHARS = 40      # characters read before a phrase for the person it is affiliated to or its owner
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "two-thirds",
                 "three-quarters")
_NUMBER = rf"(?:\d[\d,.]*|{'|'.join(_NUMBER_WORDS)})"
_AFTER_SHARE = ("also", "still", "now", "previously", "already")  # "74 percent also said"
_AFTER_QUANTIFIER = (*_AFTER_SHARE, "have", "had", "would", "will")  # "others have said"
_SHARE = re.compile(
    rf"(?:^|[\s,(])((?:(?:about|nearly|almost|roughly|some|just|only|over|under|more\s+than|fewer\s+than|less\s+than|"
    rf"at\s+least)\s+)?(?:{_NUMBER}\s*(?:{one_of('share')})|{_NUMBER}\s+(?:in|out\s+of)\s+{_NUMBER}|"
    rf"(?:a|the)\s+(?:{one_of('share')})|half|most)(?:\s+of\s+(?:them|those\s+\w+|the\s+\w+|\w+))?)"
    rf"(?:\s+(?:{'|'.join(_AFTER_SHARE)}))?\s*$", re.I)
# "Others say", "…, and both vowed": a quantifier opening its clause (what may stand before it is checked apart)
_QUANTIFIER = re.compile(rf"\b((?:{one_of('quantifier_subject')}))"
                         rf"(?:\s+(?:{'|'.join(_AFTER_QUANTIFIER)}))?\s*$", re.I)
# The last words the two patterns can end with (before an adverb after them), for `_may_end_share` and
# `_may_end_quantifier`
_SHARE_ENDS = tuple(sorted({w.split()[-1] for w in GRAMMAR["share"]} | {"half", "most"}))
_QUANTIFIER_ENDS = tuple(w.split()[-1] for w in GRAMMAR["quantifier_subject"])

# A name set off by commas after a description of a person (or closing the sentence), with the particles some names
# take: "The spokesman, Khalid al-Mansouri, said", "according to his lawyer, Deniz Koc."
APPOSED_NAME = re.compile(
    r",\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|de|da|van|von|der|del|du|le|la)"
    r"(?:-[A-Z][\w'’-]*)?)){1,4})(?<![\s.][A-Z])\s*(?P<close>,|\.(?=\s|$))")


def words_of(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Words of text[start:end] (`PHRASE_WORD`) with offsets; a period stays on abbreviations and initials only."""
    out = []
    append = out.append  # (bound once: a window is some 25 words, read before every cue)
    end_of_word = start
    for space, w in _SPACED_WORD.findall(text, start, end):
        s = end_of_word + len(space)
        e = end_of_word = s + len(w)
        if w[-1] == "." and len(w) > 2 and w not in ABBREVIATIONS and not (
                is_initial(w) and text[e:e + 1] == " " and text[e + 1:e + 2].isupper()):
            # (initials before a name keep their period: "C.C. Wei", "J.M. Berger"; not "Charlotte, N.C., said")
            out += ((s, e - 1, w[:-1]), (e - 1, e, "."))
        else:
            append((s, e, w))
    return out


# `PHRASE_WORD` with the spaces before it: `findall` then builds every word and its spaces in C, and the offsets
# follow from their lengths, at half the cost of a match object per word (speakers are read word by word
# before every cue).
_SPACED_WORD = re.compile(rf"(\s*+)({PHRASE_WORD.pattern})")


def _is_lower_word(word: str) -> bool:
    """A lowercase word, hyphenated or not ("soldier", "conservative-leaning")."""
    return word.islower() and word.replace("-", "").isalpha()


def is_adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower() and word not in NOT_ADVERBS


def _is_head(word: str) -> bool:
    """Whether a word can end a speaker phrase: a name, an acronym or a known speaker noun."""
    return is_name_word(word) or word in HEAD_KINDS or word in TITLES or word == ")"


def speaker_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase (or pronoun) that ends right before position hi, skipping auxiliaries and adverbs;
    a person described by where they belong is the whole phrase ("an official with the health agency"),
    a possessor is part of it ("the prime minister's spokesman"), and a share of those polled speaks too
    ("74 percent said", "one in five say")."""
    span = _phrase_before(text, lo, hi)
    if span is not None:
        span = _coordinated(text, lo, span)
    if span is None:
        office = _OFFICE_END.search(text, max(lo, hi - _OWNED_CHARS), hi)  # "the military's media wing"
        if office is not None and office.group(1) in _OFFICES:
            span = (office.start(1), office.end(1))
    if span is None:
        part = _PART_OF_THEM.search(text, max(lo, hi - _AFFILIATION_CHARS), hi)
        if part is not None and _opens_clause(text[lo:part.start(1)]):
            return part.span(1)  # "One of them said", "Two of those put the toll at …": a part of a group named before
    if span is None:
        words = _end_words(text, max(lo, hi - _AFFILIATION_CHARS), hi)
        share = (_SHARE.search(text, max(lo, hi - _AFFILIATION_CHARS), hi) if _may_end_share(words) else None) \
            or (_QUANTIFIER.search(text, max(lo, hi - _AFFILIATION_CHARS), hi) if _may_end_quantifier(words) else None)
        if share is None or (share.re is _QUANTIFIER and not _opens_clause(text[lo:share.start(1)])):
            return None
        return share.span(1)
    owned = _OWNED.search(text, max(lo, span[0] - _OWNED_CHARS), span[0])
    head = _BRACKETED_END.sub("", text[span[0]:span[1]]).split()[-1]  # ("Workers' Party (PKK)": the party)
    if owned is not None and _possessor_of(text, owned, span) and (
            describes_person(head) or head in _OFFICES or head in _REPORTS or HEAD_KINDS.get(head) in _BODIES
            or is_capitalized(head) and head not in NOT_NAMES):
        # "the prime minister's spokesman", "Scotland's transport secretary", "the inspector general's report", "the
        # National Farmers' Union", "the doctors' union": the possessor is part of the phrase, with the words between
        # it and the head
        owner = _phrase_before(text, lo, owned.start(1))
        if owner is not None:
            return owner[0], span[1]
    sourced = _with_postmodifier(text, lo, span)
    if sourced is not None:
        return sourced  # "Sources close to the president said", "Sources close to Osimhen": whatever head closes it
    if text[span[0]:span[1]].split(maxsplit=1)[0].lower() not in DETERMINERS:
        return span
    ws = words_of(text, max(lo, span[0] - _AFFILIATION_CHARS), span[0])
    if len(ws) >= 2 and ws[-1][2] == "of" and ws[-2][2].lower() in _PARTITIVES:
        # "One of the survivors said", "A relative of one of the victims lamented": the share speaks, not the group
        span = (ws[-2][0], span[1])
        ws = ws[:-2]
    # ("Iran's mission to the UN says": a body accredited to another)
    accredited = len(ws) >= 2 and ws[-1][2] == "to" and HEAD_KINDS.get(ws[-2][2]) in _BODIES
    if len(ws) >= 2 and ws[-1][2] in AFFILIATIONS and (describes_person(ws[-2][2]) or accredited or (
            ws[-1][2] == "of" and is_capitalized(ws[-2][2]) and ws[-2][2] not in NOT_NAMES)):
        # ("Judge William Orrick of the Northern District of California wrote": the judge, of his court)
        head = speaker_before(text, lo, ws[-1][0])
        if head is not None and (describes_person(ws[-2][2]) or accredited
                                 or analyze(text[head[0]:head[1]]).kind == "person"):
            return head[0], span[1]
    return span


_PARTITIVES = frozenset(GRAMMAR["partitive"])
_PART_OF_THEM = re.compile(rf"\b((?i:{alternation(GRAMMAR['partitive'])})\s+of\s+(?:them|us|those))\s*$")
_PERFECT_ADVERBS = frozenset(GRAMMAR["perfect_adverb"])
_PERFECT = frozenset({"has", "have", "had"})
# Prepositions some names write in capitals: "Doctors Without Borders", "Together Against the Death Penalty"
_NAME_INNER_WORDS = frozenset({"Without", "Against", "For", "Of"})
# Bodies a possessor owns that speak for it: "the state prosecutor's office said", "the president's office", "the
# military's media wing"
_OFFICES = frozenset({"office", "ministry", "department", "agency", "administration", "campaign", "spokesperson",
                      "wing", "arm", "unit", "bureau", "directorate", "service", "branch", "division"})
# Kinds of the bodies a possessor has that speak for it: "the doctors' union", "the country's army"
_BODIES = frozenset({"organization", "media"})
# Writings of a possessor that speak for it: "the inspector general's report warned"
_REPORTS = frozenset({"report", "statement", "letter", "memo", "review", "audit", "study", "survey", "assessment",
                      "analysis", "filing", "complaint", "lawsuit", "ruling", "order", "decision", "findings"})
# A possessive before a phrase, with up to two lower-case words between ("Scotland's transport "), the possessor's
# last letter in lower case ("Farmers' ", "minister's "): group 1, the apostrophe, ends the possessor.
_BRACKETED_END = re.compile(r"\s*\([^()]*\)$")
_OWNED = re.compile(r"[a-z](['’])s?\s+(?:[a-z][\w-]*\s+){0,2}$")
_OWNED_CHARS = 40
_OFFICE_END = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}([a-z]+)\s*$")


def _possessor_of(text: str, owned: re.Match, span: tuple[int, int]) -> bool:
    """Whether the possessive `owned` found before a phrase owns it: a possessor's name or noun, not a contraction
    ("It’s a dynamic Greenberg"), with modifiers only between ("Scotland's transport secretary"; not "Trump's
    campaign released a statement")."""
    before = text[max(0, owned.start() - _CONTRACTED_CHARS):owned.start() + 1].split()
    if before and before[-1].lower() in _CONTRACTED:
        return False
    between = text[owned.end(1):span[0]].split() + text[span[0]:span[1]].split()[:-1]
    return all(w.isalpha() and w.lower() not in FUNCTION_WORDS and w.lower() not in DETERMINERS and (
        w.lower() in MODIFIERS or not w.endswith(("ed", "ing"))) for w in between if w not in {"s"})


# Words whose "'s" is "is" or "us", no possessive ("it's", "that's", "let's").
_CONTRACTED = frozenset({"it", "that", "there", "he", "she", "what", "who", "here", "where", "let", "this"})
_CONTRACTED_CHARS = 8


def _coordinated(text: str, lo: int, span: tuple[int, int]) -> tuple[int, int]:
    """The speaker phrase with the one "and" joins to it, when the two open their clause ("…, residents and a
    rebel group said": both speak; not "He met the president and a minister said", whose verb the first follows)."""
    joint = _JOINT.search(text, max(lo, span[0] - _JOINT_CHARS), span[0])
    if joint is None:
        return span
    left = _phrase_before(text, lo, joint.start())
    if left is None or not _opens_clause(text[lo:left[0]]) or not _is_head(text[left[0]:left[1]].split()[-1]):
        return span
    return left[0], span[1]


_JOINT = re.compile(r"\s(?:and|or)\s+$")
_JOINT_CHARS = 6


def _opens_clause(before: str) -> bool:
    """Whether what comes before a word leaves it opening a clause: nothing, a comma, "and" or "but"."""
    before = before.rstrip().lower()
    return not before or before[-1] in ",;:(" or before in {"and", "but"} or before.endswith((" and", " but"))


def _end_words(text: str, start: int, end: int) -> list[str] | None:
    """The words of text[start:end] in lower case, split at whitespace as the patterns' `\\s` is; None when it holds a
    letter that re.I reads as an ASCII letter other than its lower case ("ı", "İ" and "ſ" match i and s)."""
    span = text[start:end]
    if not span.isascii() and ("ı" in span or "İ" in span or "ſ" in span):
        return None
    return span.lower().split()


def _may_end_share(words: list[str] | None) -> bool:
    """Whether `_SHARE` may match at the end of a span of these words (`_end_words`, None: it may): only when its last
    word, or the one before an adverb after it, ends in a share's word ("percent", "per cent", "%", "half") or is a
    number ("one in 5"), or when "of" is the second or third word from there ("most of them", "half of those
    polled"). Three speakers in four are none: the pattern's many branches, tried at each character, cost more."""
    if words is None:
        return True
    for ws in (words, words[:-1]) if words and words[-1] in _AFTER_SHARE else (words,):
        if ws and (ws[-1].endswith(_SHARE_ENDS) or ws[-1] in _NUMBER_WORDS or ws[-1][0].isdigit()
                   or "of" in ws[-3:-1]):
            return True
    return False


def _may_end_quantifier(words: list[str] | None) -> bool:
    """Whether `_QUANTIFIER` may match at the end of a span of these words (`_end_words`): only when its last word, or
    the one before an auxiliary or adverb after it, ends in a quantifier ("others", "both")."""
    if words is None:
        return True
    return bool(words) and (words[-1].endswith(_QUANTIFIER_ENDS) or (
        words[-1] in _AFTER_QUANTIFIER and len(words) > 1 and words[-2].endswith(_QUANTIFIER_ENDS)))


def is_share(phrase: str) -> bool:
    """Whether a speaker phrase is a share of those polled ("74 percent", "one in five") or a quantifier
    speaking for a group ("others", "both")."""
    m = _SHARE.search(phrase) or _QUANTIFIER.search(phrase)
    return m is not None and m.start(1) == 0


def _surname_month(ws: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the month name at word j is a surname ("Theresa May said", "said Brian March"): right after a name
    that is no word of dates or titles, with no day's number after it."""
    w = ws[j][2]
    if not (is_calendar_word(w) and not is_weekday(w)) or j == 0:
        return False
    before = ws[j - 1][2]
    return (is_capitalized(before) and before.isalpha() and before not in NOT_NAMES and before not in TITLES
            and not (j + 1 < len(ws) and ws[j + 1][2][:1].isdigit()))


_FIRST_TITLES = frozenset({"minister", "lady", "secretary", "deputy", "vice"})


def _with_postmodifier(text: str, lo: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """The unnamed source a phrase closes the post-modifier of ("a source familiar with the talks", "People familiar
    with the matter"): from the source's noun to the phrase's end; None when no post-modifier leads to the phrase."""
    post = _POSTMODIFIER.search(text, max(lo, span[0] - _AFFILIATION_CHARS), span[0])
    if post is None:
        return None
    head = speaker_before(text, lo, post.start() + len(post.group().split()[0]))
    return (head[0], span[1]) if head is not None else None


def _phrase_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    ws = words_of(text, max(lo, hi - _SPEAKER_WINDOW), hi)
    i = len(ws) - 1
    while i >= 0 and (ws[i][2] in BETWEEN or is_adverb(ws[i][2])
                      or ws[i][2] in _PERFECT_ADVERBS and i > 0 and ws[i - 1][2] in _PERFECT):
        i -= 1
    if i < 0:
        return None
    numbered = _numbered_name(ws, i, ws[0][0] <= lo + 1)
    if numbered is not None:
        return numbered
    contracted = _CONTRACTED_HAS.fullmatch(ws[i][2])  # "she’s said", "who’s argued": 's is "has" here
    if contracted is not None:
        ws[i] = (ws[i][0], ws[i][0] + contracted.end(1), contracted.group(1))
    if ws[i][2].lower() in SUBJECT_PRONOUNS:
        return ws[i][0], ws[i][1]
    if ws[i][2] == "who" and i > 0 and antecedent(text, lo, ws[i][0]) is not None:
        return ws[i][0], ws[i][1]  # "Loretta Lynch, who told Congress", "voters who say": a relative pronoun
    j = i
    while j >= 0 and i - j < MAX_SPEAKER_WORDS:
        w = ws[j][2]
        lw = w.lower()
        if w == ")":
            k = j - 1
            while k > 0 and ws[k][2] != "(" and j - k < 8:
                k -= 1
            if k <= 0 or ws[k][2] != "(":
                break
            j = k - 1
            continue
        if w == "," and 0 < j < i and is_capitalized(ws[j - 1][2]) and _body_name_goes_on(ws, j + 1, listed=True):
            j -= 1  # "the Foreign, Commonwealth and Development Office": a list inside a body's name
            continue
        if lw == "the" and 2 <= j < i and ws[j - 1][2] in _NAME_INNER_WORDS and is_name_word(ws[j + 1][2]):
            j -= 1  # "Together Against the Death Penalty": a name's own article
            continue
        if lw in DETERMINERS and lw != "that" and j < i:
            # "a spokesman for the campaign": the determiner inside a post-modifier does not end the phrase.
            if j >= 2 and ws[j - 1][2] in POSTMODIFIER_PREPOSITIONS and (
                    ws[j - 2][2] in TITLES or ws[j - 2][2] in HEAD_KINDS or _ends_body_name(ws, j - 2)):
                j -= 2
                continue
            j -= 1
            break
        if w in _NAME_INNER_WORDS and 0 < j < i and is_name_word(ws[j - 1][2]) and ws[j - 1][2] not in NOT_NAMES:
            j -= 1  # "Doctors Without Borders", "Mothers Against Drunk Driving": a capitalised word inside a name
            continue
        if w in NOT_NAMES and not _surname_month(ws, j):
            break
        if is_name_word(w) or w in HEAD_KINDS or w in TITLES or lw in MODIFIERS or (
                lw == "first" and j < i and ws[j + 1][2].lower() in _FIRST_TITLES):
            j -= 1  # (and "the first minister", "the first lady": a title, not the first of several)
            continue
        if w in PARTICLES and 0 < j < i and (is_name_word(ws[j + 1][2]) or ws[j + 1][2] in PARTICLES):
            k = j - 1  # "Omar bin Salem", "Anna van der Berg", "Mr. de Vos": particles inside a name after a first
            while k > 0 and ws[k][2] in PARTICLES:  # name or a title (not a place's: "in Colonia Chinampa de Juarez")
                k -= 1
            if is_first_name(ws[k][2]) or ws[k][2] in TITLES:
                j = k
                continue
            break
        if lw in CONNECTORS and 0 < j < i:
            joined = _joined_by(ws, j)
            if joined:
                j -= joined
                continue
        if _is_lower_word(w) and w not in FUNCTION_WORDS and 1 < j < i and is_name_word(ws[j + 1][2]) \
                and (ws[j - 1][2] in PLACE_PREPOSITIONS or ws[j - 1][2] in POSTMODIFIER_PREPOSITIONS) \
                and _joined_by(ws, j - 1):
            j -= 1  # "a doctor at a hospital in nearby Tamboul", "a resident of rebel-held Idlib": the adjective of
            continue  # a place or body the person is of, inside the person's phrase
        break
    first = j + 1
    while first <= i and (ws[first][2].lower() in CONNECTORS or ws[first][2] in {"(", ")"}):
        first += 1
    if first > i or not _is_head(ws[i][2]):
        found = _common_noun_before(ws, i, ws[0][0] <= lo + 1)
        return (_with_postmodifier(text, lo, found) or found) if found is not None else None
    # "the transport agency", "the UN refugee agency", "The Britain-based monitoring group": modifiers between a
    # determiner and a known head (an acronym, "UN", or a name joined to its modifier, "Britain-based", in capitals)
    k = first - 1
    while k >= 0 and first - k <= 3 and (_is_lower_word(ws[k][2]) and ws[k][2] not in FUNCTION_WORDS or (
            ws[k][2].isalpha() and ws[k][2].isupper() and len(ws[k][2]) > 1) or JOINED_MODIFIER.fullmatch(ws[k][2])):
        k -= 1
    if 0 <= k < first - 1 and ws[k][2].lower() in DETERMINERS and ws[k][2].lower() != "that" \
            and ws[first][2].lower() not in DETERMINERS and not _event_before_name(ws, k, first, i):
        first = k
    elif k < first - 1 and ws[i][2].islower() and (
            ws[k][2] in _CLAUSE_MARKS or ws[k][2].lower() in _CLAUSE_OPENERS if k >= 0 else ws[0][0] <= lo + 1) \
            and not any(_verb_like(w) for _, _, w in ws[k + 1:first]):
        first = k + 1  # "…, park officials said", "…, wildlife experts say": the modifiers open the clause
    elif 0 <= k < first - 1 and ws[k][2] in _CLAUSE_MARKS and is_capitalized(ws[i][2]) and _role_before_name(
            [w for _, _, w in ws[k + 1:i + 1] if not is_capitalized(w)]):
        first = k + 1  # "…, deputy commissioner Hussain Jan said", "…, district magistrate Ravi Kumar told": a bare
        # role before the name opens the clause with it (the comma before shows no verb stands between)
    return ws[first][0], ws[i][1]


def _numbered_name(ws: list[tuple[int, int, str]], i: int, at_start: bool) -> tuple[int, int] | None:
    """A service's or a channel's name that ends with its number and opens its clause: "Rescue 1122 said", "…, Edhi
    115 said", "Channel 4 reported" (not a date, "in May 2019 said", nor a number inside a phrase, "officials at Gate 3
    said")."""
    if not (ws[i][2].isdigit() and i > 0 and is_capitalized(ws[i - 1][2]) and ws[i - 1][2] not in NOT_NAMES
            and not is_calendar_word(ws[i - 1][2])):
        return None
    j = i - 1
    while j > 0 and i - j < MAX_SPEAKER_WORDS and is_capitalized(ws[j - 1][2]) and ws[j - 1][2] not in NOT_NAMES:
        j -= 1
    opens = j == 0 and at_start or j > 0 and (ws[j - 1][2] in _CLAUSE_MARKS or ws[j - 1][2].lower() in _CLAUSE_OPENERS)
    return (ws[j][0], ws[i][1]) if opens else None


def _role_before_name(lower: list[str]) -> bool:
    """Whether the lower-case words of a phrase closed by a name are a bare role and its modifiers ("deputy
    commissioner", "billionaire hedge fund manager"): the last a noun for a person, none a verb, a particle of a name
    ("al Ashry", "de Blasio") or a word that links the name to a clause ("soon", "like", "whereas")."""
    return bool(lower) and describes_person(lower[-1]) and all(
        _is_lower_word(w) and w not in FUNCTION_WORDS and w not in PARTICLES and not _verb_like(w)
        and w not in IRREGULAR_PAST for w in lower)


def _joined_by(ws: list[tuple[int, int, str]], j: int) -> int:
    """How many words back from the connector at j a speaker phrase goes on ("officials in Seoul": 1; "the pitch on
    Kickstarter": 2), 0 when the word before it can head no speaker phrase."""
    left = ws[j - 1][2]
    if _is_head(left) or (ws[j][2].lower() in POSTMODIFIER_PREPOSITIONS and left.lower() in MODIFIERS):
        return 1
    if j >= 2 and _is_lower_word(left) and left not in FUNCTION_WORDS and ws[j - 2][2].lower() in DETERMINERS:
        return 2
    return 0


def _ends_body_name(ws: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the capitalised word at k ends a body's name that its own "of" and "and" join, the name's head before
    it: "the Ministry of Foreign Affairs" (of the DPRK), "the Department of Health and Human Services" (of the US)."""
    for m in range(k, max(-1, k - _BODY_NAME_WORDS), -1):
        w = ws[m][2]
        if HEAD_KINDS.get(w) == "organization":
            return m < k and ws[m + 1][2] in _BODY_NAME_JOINS  # (not "Committee Chairman Jason Chaffetz": a person)
        if not (w in _BODY_NAME_JOINS and m < k or is_capitalized(w) and w not in NOT_NAMES):
            return False
    return False


_BODY_NAME_JOINS = frozenset({"of", "and", "&"})
_BODY_NAME_WORDS = 6


def _body_name_goes_on(ws: list[tuple[int, int, str]], k: int, listed: bool = False) -> bool:
    """Whether the capitalised words from k run, joined by "of" and "and", to a body's head noun ("Commonwealth
    Office", "Human Services Department"): the join before k is inside the body's name; `listed`: a comma's, which
    needs an "and" to close the list ("Foreign, Commonwealth and Development Office", not "Smith, Foreign Office")."""
    for m in range(k, min(len(ws), k + _BODY_NAME_WORDS)):
        w = ws[m][2]
        if HEAD_KINDS.get(w) == "organization":
            # (the name ends there: not "Chaffetz and Judiciary Committee Chairman Bob Goodlatte", two people)
            return (m + 1 == len(ws) or not is_capitalized(ws[m + 1][2])) and (
                not listed or any(ws[n][2] in {"and", "&"} for n in range(k, m)))
        if not (w in _BODY_NAME_JOINS and m > k or is_capitalized(w) and w not in NOT_NAMES):
            return False
    return False


def _verb_like(word: str) -> bool:
    """A cue, an adverb or a word with a verb's ending, no modifier of a speaker ("patients say officials",
    "attacked a group", "overwhelmingly EU member"), unless the lexicon knows it as one ("elected officials")."""
    return word in CUES or is_adverb(word) or word.endswith(("ed", "ing")) and word not in MODIFIERS


def _event_before_name(ws: list[tuple[int, int, str]], k: int, first: int, i: int) -> bool:
    """Whether the words between a determiner at k and a name at first are a noun the name's clause qualifies, not
    a description of the name: "a move Moscow called hostile", "a scenario Western diplomats say" (not "the state-run
    IRNA", "the newspaper Haaretz", "a senior Israeli official")."""
    between = [w for _, _, w in ws[k + 1:first]]
    lower = [w for _, _, w in ws[first + 1:i + 1] if not is_capitalized(w)]
    return is_capitalized(ws[first][2]) and len(lower) <= 1 and all(
        _is_lower_word(w) and w.lower() not in MODIFIERS and not describes_person(w) and w not in HEAD_KINDS
        and "-" not in w and not _ADJECTIVE.search(w) for w in between)


# Endings of adjectives, comparatives and participles, and quantifiers, which describe the name after them ("the younger
# Mr. Trump", "the presumptive Republican nominee", "a defensive Obama", "the nonpartisan Congressional Budget Office",
# "one pastor supporting Mr. Cruz", "many more Latinos"), unlike a noun before it ("a move Moscow called …")
_ADJECTIVE = re.compile(r"(?:ive|ate|ed|ing|ful|ous|al|ic|ble|ish|less|ist|ary|an|ern|er|est"
                        r"|^super|^more|^other|^fellow)$")


def describes_person(word: str) -> bool:
    """A noun for people: a role or title ("official", "spokeswoman") or a person or group noun ("friend")."""
    return word in TITLES or (HEAD_KINDS.get(word) or HEAD_KINDS.get(word.lower())) in {"person", "group"}


def _common_noun_before(ws: list[tuple[int, int, str]], i: int, at_start: bool) -> tuple[int, int] | None:
    """"the soldier", "one California delegate", "his wife": a determiner, up to three modifiers and a lowercase
    head noun; or a plural with no determiner opening its clause ("forecasters say", "Cement makers argue")."""
    head = ws[i][2]
    if not _is_lower_word(head) or head in FUNCTION_WORDS or is_adverb(head):
        return None
    first = i
    for k in range(i - 1, max(-1, i - 2 - _MAX_MODIFIERS), -1):
        w = ws[k][2]
        if w.lower() in DETERMINERS and w.lower() != "that":
            return ws[k][0], ws[i][1]
        if w.endswith(("'s", "’s")) and is_capitalized(w):
            return ws[k][0], ws[i][1]
        if w.lower() in FUNCTION_WORDS or not (_is_lower_word(w) or (w.isalpha() and is_capitalized(w))):
            break
        first = k
    else:
        k = i - 2 - _MAX_MODIFIERS
    # "Media reports suggest": a noun of speech or a document is what is said, not who says it
    plural = head.endswith("s") and not head.endswith("ss") and i - first <= 2 and head not in CUES \
        and head.rstrip("s") not in DOCUMENTS
    # "Hormuud Ambulance service said": a body's name in capitals before its lower-case head
    named_body = head in _OFFICES and first < i and all(is_capitalized(w) for _, _, w in ws[first:i])
    if (plural or named_body) and (
            ws[k][2] in _CLAUSE_MARKS or ws[k][2].lower() in _CLAUSE_OPENERS if k >= 0 else at_start):
        return ws[first][0], ws[i][1]
    return None


# particles that make the word before them a verb ("residents set up a camp"), not a noun of the phrase
_VERB_PARTICLES = frozenset({"up", "off", "out", "down", "away"})
JOINED_MODIFIER = re.compile(r"[A-Z][\w.]*-(?:based|backed|led|run|owned|funded|linked|allied|controlled|held)")
_OWNER_END = re.compile(r"['’]s?$")  # a common noun's possessive ("the victim's mother")
IRREGULAR_PAST = frozenset(GRAMMAR["irregular_past"])


def noun_phrase_after(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase starting at lo: "Grimm", "the younger Mr. Trump", "a spokesman for the campaign"."""
    ws = words_of(text, lo, min(hi, lo + _SPEAKER_WINDOW))
    if not ws:
        return None
    if ws[0][2].lower() in SPEAKING_PRONOUNS:
        return ws[0][0], ws[0][1]
    j = 0
    loose = 0  # lowercase words of unknown kind taken after a determiner ("the younger Mr. Trump")
    verb = None  # the first such word that is a past form right after a name: the name's verb
    while j < len(ws) and j < MAX_SPEAKER_WORDS:
        w = ws[j][2]
        lw = w.lower()
        nxt = ws[j + 1][2] if j + 1 < len(ws) else ""
        if w == "(":
            k = j
            while k < len(ws) and ws[k][2] != ")" and k - j < 8:
                k += 1
            if k >= len(ws) or j == 0:
                break
            j = k + 1
            continue
        if (is_name_word(w) and (w not in NOT_NAMES or lw in DETERMINERS or _surname_month(ws, j))) \
                or w in HEAD_KINDS or w in TITLES \
                or lw in MODIFIERS or (lw in DETERMINERS and lw != "that"):
            j += 1
            continue
        if j > 0 and (lw in POSTMODIFIER_PREPOSITIONS or (lw in PLACE_PREPOSITIONS and is_capitalized(nxt))):
            j += 1
            continue
        if w == "," and j > 0 and is_capitalized(ws[j - 1][2]) and _body_name_goes_on(ws, j + 1, listed=True):
            j += 1  # "said the Foreign, Commonwealth and Development Office"
            continue
        if lw in _BODY_NAME_JOINS and j > 0 and is_capitalized(ws[j - 1][2]) and is_capitalized(nxt) and (
                _body_name_goes_on(ws, j + 1) or _ends_body_name(ws, j - 1)):
            j += 1  # "said the Foreign and Commonwealth Office", "the Department of Health and Human Services": a
            # join inside a body's name, no second speaker
            continue
        # "the younger Mr. Trump", "the victim's mother", and a bare role before a name: "said farmer Ian Cole"
        # (not before a determiner: "the mayor cut the ribbon" has its verb there)
        if (j > 0 or _before_name(ws, j)) and _is_lower_word(_OWNER_END.sub("", w) if j > 0 else w) \
                and w not in FUNCTION_WORDS \
                and not is_adverb(w) and loose < 2 and not w.endswith("ed") and not w.endswith("ing") \
                and nxt.lower() not in DETERMINERS and nxt.lower() not in _VERB_PARTICLES:
            if verb is None and lw in IRREGULAR_PAST and j > 0 and (ws[j - 1][2].lower() not in DETERMINERS) and (
                    is_capitalized(ws[j - 1][2]) or ws[j - 1][2] in HEAD_KINDS or ws[j - 1][2] in TITLES or loose):
                verb = j  # "Rishi Sunak stood outside Downing Street and said", "The stock fell after …", "The
                # company cut 500 jobs and said": the verb of the name or noun before it
            loose += 1
            j += 1
            continue
        break
    if verb is not None:
        j, loose = verb, 0
    while j > 0 and (ws[j - 1][2].lower() in CONNECTORS or ws[j - 1][2].lower() in DETERMINERS):
        j -= 1
    # "Mr. Trump struck a tone": lowercase words after a name are its verb, not more of the phrase; not after a
    # possessive, whose noun they are ("said Hani's widow, Limpho Hani")
    while loose and j > 1 and ws[j - 1][2].islower() and ws[j - 1][2] not in HEAD_KINDS \
            and is_capitalized(ws[j - 2][2]) and not (ws[j - 2][2].endswith(("'s", "’s"))
                                                       and ws[j - 2][2][:-2].lower() not in _CONTRACTED):
        j -= 1
        loose -= 1
    if j == 0:
        return None
    head = ws[j - 1][2]
    if not (_is_head(head) or (loose and head.isalpha() and head.islower())):
        return None
    return ws[0][0], ws[j - 1][1]


def _before_name(ws: list[tuple[int, int, str]], j: int) -> bool:
    """Whether one or two lowercase words at j lead to a capitalised word ("farmer Ian Cole")."""
    for k in (j + 1, j + 2):
        if k >= len(ws):
            return False
        if is_capitalized(ws[k][2]):
            return True
        if not ws[k][2].islower():
            return False
    return False


def subject_of(text: str, unit: Unit, hi: int) -> tuple[int, int] | None:
    """The noun phrase opening a sentence, as the speaker of a later participle ("Sanders went first, predicting …")."""
    opener = _UNIT_OPENERS.match(text, unit.start, hi)
    start = opener.end() if opener else unit.start
    for pattern in (_OPENING, _OPENING, _LEAD_PHRASE):  # a dateline, then a participle ("RENO - Rallying …, X")
        lead = pattern.match(text, start, hi)
        start = lead.end() if lead else start
        if lead is not None and pattern is _LEAD_PHRASE:
            # "At a rally in Ames, Iowa, on Sunday, Clinton …": the place and time the lead phrase runs on into
            for _ in range(2):
                more = _LEAD_TAIL.match(text, start, hi)
                if more is None:
                    break
                start = more.end()
    count = _COUNT_OPENING.match(text, start, hi)
    if count is not None:  # "Nearly 200 nurses staged a dharna …, demanding": the nurses, never "Nearly"
        return _counted(text, count, hi)
    span = noun_phrase_after(text, start, hi) or _bare_people(text, start, hi)
    if span is None or text[span[0]:span[1]].lower() in DUMMY_SUBJECTS:
        return None
    return span


def _bare_people(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """A noun for people with no determiner opening the clause after a lead phrase: "farmers" of "On 24 April,
    farmers blocked the road …" (a capital shows it at the sentence's start; after the lead phrase, only the
    noun does); None when the first word is no such noun, or when an "of" phrase goes on with it ("supporters of the
    opposition rallied …", whose whole phrase the speaker's own reading finds)."""
    m = _COUNTED_WORD.match(text, lo - 1, hi) if lo > 0 else None
    return (m.start(1), m.end(1)) if m is not None and m.group(1).islower() and describes_person(m.group(1)) \
        and not text.startswith(" of ", m.end(1)) else None


def _counted(text: str, count: re.Match, hi: int) -> tuple[int, int] | None:
    """The nouns a count opening a subject counts, up to their verb: "farmers" of "More than 1,000 farmers marched",
    "contract workers" of "300 contract workers" (as "Nearly 200 nurses said" is the nurses'); None when no noun
    follows ("About 200 gathered")."""
    end, head, words = count.end(), count.end(), 0
    for m in _COUNTED_WORD.finditer(text, count.end(), hi):
        word = m.group(1)
        if m.start() != end or word in _NOT_NOUNS or word in FUNCTION_WORDS or word in IRREGULAR_PAST \
                or word in CUES or word.endswith(("ed", "ing")) or is_adverb(word) or words == _COUNTED_WORDS:
            break
        end = m.end()
        if word.islower():  # (a name may modify the noun: "400 West Bengal migrants", "ASHA workers")
            head, words = end, words + 1
    return (count.end() + 1, head) if words else None


# A count opening a sentence's subject in digits or after a hedge ("200", "Nearly 200", "Some two dozen"), before a
# lower-case word (a count in words alone is read as a name would be: "One of the men", "Two military analysts")
COUNT_WORDS = alternation([*numbers.lexicon().words, *numbers.lexicon().scales, "dozen"])
_COUNT_OPENING = re.compile(rf"(?:(?i:{one_of('count_hedge')})\s+(?:\d[\d,]*|{COUNT_WORDS})|\d[\d,]*)"
                            rf"(?:\s*[-–]\s*\d[\d,]*)?(?:[\s-]+(?:{COUNT_WORDS}))*(?= [A-Za-z])")
_COUNTED_WORDS = 2  # lower-case words a count's noun phrase runs on, at most ("200 contract workers")
_COUNTED_WORD = re.compile(r" ([A-Za-z][A-Za-z'’-]*)(?=[\s,.;:!?]|$)")


# A legislator's party and state ("D-Conn.", "R-Okla.", "I-Vt.", "R-Texas"); closing a name ("Sen. Mike Lee, R-Utah"),
# and how far back it is looked for there.
PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")
PARTY_TAG_END = re.compile(rf",\s*{PARTY_TAG.pattern}\s*$")
TAG_CHARS = 16


def antecedent(text: str, lo: int, who: int) -> tuple[int, int] | None:
    """The noun phrase a relative "who" at `who` refers to: "Loretta Lynch, who", "voters who"."""
    end = who
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end > lo and text[end - 1] == ",":
        end -= 1
    tag = PARTY_TAG_END.search(text, max(lo, end - TAG_CHARS), end)
    if tag is not None:
        end = tag.start()  # "Sen. Mike Lee, R-Utah, who warned": the senator, not his party and state
    span = speaker_before(text, lo, end)
    if span is None or text[span[0]:span[1]].lower() in SUBJECT_PRONOUNS or text[span[0]:span[1]] == "who":
        return None
    return span


def bare_determiner(text: str, span: tuple[int, int]) -> bool:
    """Whether a phrase stops at its determiner, its noun unknown: "The" of "The skipper singled out …", "His" of
    "His words: …"."""
    return text[span[0]:span[1]].lower() in DETERMINERS  # (which holds the possessives: "his", "their")


def past_determiner(text: str, span: tuple[int, int], hi: int) -> tuple[int, int] | None:
    """A determiner's phrase run on to its noun, before `hi`: "The skipper" of "The skipper singled out …", "Another
    user" of "Another user, Roland Z, wrote"; up to three lower-case words, not past a verb, a preposition or a
    mark ("The narrator continues", "A footnote in the report"); None when no word follows."""
    end, words = span[1], 0
    for m in _NEXT_WORD.finditer(text, span[1], hi):
        word = m.group(1)
        if m.start() != end or word in _NOT_NOUNS or word.endswith(("ed", "ing")) or not (
                word.replace("-", "").isalpha()) or words and word.endswith("s") and word in CUES:
            break  # (a cue's present after the noun is its verb: "The resolution demands that …")
        end, words = m.end(), words + 1
        if words == _NOUN_WORDS:
            break
    return (span[0], end) if words else None


_NEXT_WORD = re.compile(r" ([a-z][a-z'’-]*)(?=[\s,.;:!?]|$)")
_NOUN_WORDS = 3  # lower-case words a determiner's phrase runs on, at most
_NOT_NOUNS = frozenset({"is", "was", "are", "were", "has", "have", "had", "would", "will", "can", "could", "may",
                        "said", "says", "say", "told", "tells", "wrote", "writes", "continues", "added", "reads",
                        "in", "of", "on", "at", "for", "with", "by", "to", "from", "that", "who", "which", "and",
                        "or", "but", "as", "also", "then", "did", "does", "do", "should", "must"})


def strong_speaker(text: str, span: tuple[int, int]) -> bool:
    """A speaker clear enough to trust a cue that could be a noun: a name, a pronoun or a speaker noun (or a
    relative "who" after one)."""
    if text[span[0]:span[1]] == "who":
        head = antecedent(text, max(0, span[0] - _SPEAKER_WINDOW), span[0])
        return head is not None and strong_speaker(text, head)
    last = text[span[0]:span[1]].split()[-1]
    if last.endswith(("'s", "’s")):
        return False
    return is_name_word(last) or last.lower() in SUBJECT_PRONOUNS or last in HEAD_KINDS or last in TITLES \
        or last.endswith(")")
