"""Article text → statements: who said what, as direct, indirect or mixed quotations with cue and speaker.

How it works: one pass finds every quote (paired per paragraph) and every cue of the lexicons (reporting
verbs, multi-word cues, "according to", nouns of speech); each cue looks for its speaker before it
("Kirby said"), after it ("…,” said Kirby"), around an apposition or relative clause, or in the clause
it continues ("…, adding that"); then for what was said after it ("said that …", "told reporters …"),
before it ("…, Kirby said") or in the quote it closes. Quotes no cue reached are attached last.

Conventions of the records:
- `content` of a direct quote includes its quote marks ("“It has been confirmed …”"), as news corpora mark
  it; reported speech excludes the introducing "that" and the sentence's final period.
- A quote that carries on after its attribution in the same paragraph ("“A,” she said. “B.”") is one
  statement from A's opening mark to B's closing one, so the attribution lies inside the content (the cue
  and speaker spans still point at it) — unless the attribution is longer than the quotes, in which case
  B becomes a statement of its own by the same speaker.
- A quote paragraph that continues an earlier speaker's words becomes its own statement with that speaker
  and no cue; a quote inside a sentence with no cue is given to the sentence's subject ("He jokes, “…”");
  a quote opening a sentence with no speaker anywhere near it is a statement with a null speaker.
- Short quotes that attach to no cue (scare quotes, titles) are not statements, and a first paragraph that
  repeats the article's title (a headline) gives none.
- `speaker` is the phrase as written (a pronoun stays a pronoun); `speaker_canonical`, `speaker_kind` and
  `speaker_role` come from `etl.extract.mentions.Resolver`, except that "he said" or "she said" right after
  another person's statement (same paragraph, or the next one opening with a quote) keeps that person.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from etl.extract.mentions import (
    ABBREVIATIONS, CONNECTORS, DETERMINERS, HEAD_KINDS, MODIFIERS, NOT_NAMES, POSTMODIFIERS, TITLES, Resolver, resolver_for,
    is_capitalized,
)
from etl.extract.text import PHRASE_WORD, Doc, Enclosures
from etl.extract.wordlists import alternation, tsv_rows
from etl.ids import stable_hash
from etl.paths import LEXICON_DIR
from etl.records import Statement

VERSION = "statements-rules-1.3"


@dataclass(frozen=True, slots=True)
class CueEntry:
    """What the lexicons say about one cue form ("said", "pointing out", "according to")."""
    cue_class: str
    frame: str       # clause | that | object | tell: what may follow the cue (see cues_verbs.tsv)
    kind: str        # verb (speaker before the cue) | according (speaker after it)
    noun_too: bool   # the form is also a common noun ("reports"): trusted only after a clear subject
    gerund: bool     # "adding", "saying": may share the subject of the clause before it


def _load_cues() -> dict[str, CueEntry]:
    """Every cue form as written in the lexicon → its entry."""
    cues: dict[str, CueEntry] = {}
    for _lemma, cue_class, frame, forms in tsv_rows("cues_verbs.tsv"):
        for form in forms.split():
            word = form.rstrip("*")
            cues[word] = CueEntry(cue_class, frame, "verb", form.endswith("*"), word.endswith("ing"))
    for pattern, cue_class, kind in tsv_rows("cues_phrases.tsv"):
        variants = [""]
        for slot in pattern.split():
            variants = [f"{v} {w}".strip() for v in variants for w in slot.split("|")]
        for phrase in variants:
            head = cues.get(phrase.split()[0])
            noun_too = head is not None and head.noun_too  # "a social call on …"
            cues[phrase] = CueEntry(cue_class, "clause", kind, noun_too, phrase.split()[0].endswith("ing"))
    return cues


_CUE_FORMS = _load_cues()
CUES = {form.lower(): entry for form, entry in _CUE_FORMS.items()}
SPEECH_NOUNS: dict[str, str] = {noun: cue_class for noun, cue_class in tsv_rows("cues_nouns.tsv")}
_CONTEXT = json.loads((LEXICON_DIR / "cues_context.json").read_text(encoding="utf-8"))
BETWEEN = frozenset(w for phrase in _CONTEXT["between"] for w in phrase.split())
NOT_ADVERBS = frozenset(_CONTEXT["not_adverbs"])


def _cue_starts() -> dict[str, list[tuple[str, re.Pattern | None]]]:
    """First word of each cue → (cue key, pattern for the words after it), longest cue first."""
    starts: dict[str, list[tuple[str, re.Pattern | None]]] = {}
    forms = [*_CUE_FORMS, "According to"]
    for form in sorted(forms, key=len, reverse=True):
        first, *rest = form.split()
        tail = re.compile("".join(rf"\s+{re.escape(w)}" for w in rest) + r"\b") if rest else None
        starts.setdefault(first, []).append((form.lower(), tail))
    return starts


def _trie_pattern(words: list[str]) -> str:
    """One regular expression for many words, factored by common prefixes so that matching stays fast."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_NOT_ADVERB = rf"(?!(?:{alternation(list(NOT_ADVERBS))})\b)"
_CUE_STARTS = _cue_starts()
_CUE_FIRST_WORD = re.compile(rf"\b{_trie_pattern(list(_CUE_STARTS))}\b")
_NOUN_CUE_RE = re.compile(rf"(?:['’]s|s['’])\s+(?:[a-z]+\s+)?({alternation(list(SPEECH_NOUNS))})\s+that\b")
_NEGATIVE_RE = re.compile(rf"(?i)\b(?:{alternation(_CONTEXT['negatives'])})")
# What may stand between a cue and what was said: time, manner, place, venue ("said on Friday in a statement").
_AFTER_RE = re.compile(
    rf"(?:\s*,)?\s+(?:{alternation(_CONTEXT['after'])}"
    rf"|{_NOT_ADVERB}[a-z]+ly"
    rf"|(?:in|on|during|at)\s+(?:the\s+)?\d{{4}}"
    rf"|(?:in|during|at|on)\s+(?:a|an|the|his|her|their|its|one|[A-Z][\w’'.]*['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{alternation(_CONTEXT['venues'])})"
    rf"(?:\s+(?:with|to|on|at|for|from|by|in|posted|released|issued|obtained\s+by)\s+"
    rf"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[A-Z][\w’'.&-]*|[a-z]+)(?:\s+[A-Z][\w’'.&-]*)*)?"
    rf"|in\s+[A-Z][\w’'.-]*(?:,?\s+[A-Z][\w’'.-]*)*)(?=[\s,.:;]|$)"
)
_ADDRESSEE_RE = re.compile(
    rf"\s+(?:{alternation(_CONTEXT['addressees'])}"
    rf"|(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*)*)(?=[\s,.:;]|$)"
)
_THAT_RE = re.compile(r"(?:\s*,)?\s*(that\b|:|,)?\s*")
_VENUE_START = re.compile(r"\s*,?\s*(?:in|during|on|at)\s+(?:a|an|his|her|their|its|the)\s")
# A tell-type cue may put a long addressee before "that" ("told the audience at his rally that").
_FAR_THAT_RE = re.compile(r"\s+(?:[\w’'.-]+\s+){1,9}?that\b")
_QUOTE_MARK = re.compile(r"“|”|\"|''")
_OPENING_MARKS = frozenset("“\"'‘")
_CLOSING_MARKS = frozenset("”\"'’")
_ENDS_WITH_COMMA = re.compile(r"(?:[,?!]\s*(?:”|\"|'')?|(?:”|\"|'')\s*)\s*$")
_ENDS_WITH_QUOTE = re.compile(r"(?:”|\"|'')\s*$")
_ENDS_WITH_LINK = re.compile(r"(?:,\s*(?:”|\"|'')?|\band|,\s*and|\bbut|,\s*but|\bthen)\s*(?:[a-z]+ly\s+)?$")
# "said before adding", "began by saying": a participle after these shares the subject of the verb before.
_ENDS_WITH_PARTICIPLE_LINK = re.compile(r"\b(?:before|after|while|by|when|then|also)\s+$")
# "a White House official who spoke anonymously said": the speaker before a short relative clause.
_RELATIVE = re.compile(r"\s(?:who|which)\s+[^,.;:“\"”]{1,80}$")
# What joins a following clause with its own cue: the content before it ends there.
_CLAUSE_JOIN = re.compile(r"(?:[,;:]|[,;]?\s+(?:and|but|while|whereas|as|with|then))\s*$")
_SUBORDINATE = re.compile(
    r"^(?:(?:But|And|So|Yet)\s+)?(?:Although|Though|While|When|Whereas|As|If|Because|After|Before|Since|Unless|"
    r"Until|Once|Now\s+that|Even\s+though|Even\s+as|Even\s+if)\b"
)
_UNIT_OPENERS = re.compile(r"^(?:(?:But|And|So|Yet|Still|Meanwhile|Instead|Then|Now|Also)\b,?\s*)+")
# A sentence opening with a prepositional or participial phrase: its subject comes after the first comma.
_LEAD_PHRASE = re.compile(
    r"^(?:In|On|At|After|Before|During|Since|For|With|Without|Despite|Following|Speaking|Asked|Earlier|Later|"
    r"Last|This|Over|Throughout|Under|Amid|Like|Unlike|As)\b[^,.;:“\"]{0,100},\s*")
# Where reported speech stops: a concessive or comparative clause, or a second verb of the speaker.
_CONTENT_STOP = re.compile(
    r",?\s+(?:although|though|even though|whereas|compared (?:with|to))\b|,\s+and\s+(?:then\s+)?[a-z]+ed\b")
_EMPTY_RIGHT = re.compile(r"^\s*(?:[-—–(;]|$)")
# Words after a cue that start an adverbial clause, not what was said ("the shootings Obama mentioned when …").
_NOT_CONTENT = re.compile(r"(?:when|as|after|before|while|because|if|during|over|since|until|though|although|where)\b")
_THAT_BEFORE = re.compile(r"\bthat\s+$")
_PRONOUN_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+(?:[a-z]+ly\s+)?$")
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:[a-z]+ly|later|also|then|never|not|since|first|once|just)\s+)?$")
_WHO_BEFORE = re.compile(r",\s*who\s")
# "a source familiar with the talks": what follows an unnamed source's noun belongs to the speaker.
_POSTMODIFIER = re.compile(rf"\b[a-z]+\s+(?:{alternation(POSTMODIFIERS)})\s+$")
_DASH_ASIDE = re.compile(r"\s*(?:--|[-—–])\s+[^-—–]{1,120}?\s(?:--|[-—–])\s*(?:that\b\s*)?")
_SPEECH_WORDS = 8            # a quote this long is speech; a shorter one must end like a sentence or clause
_MIN_SPEECH_WORDS = 3        # shorter quotes are scare quotes or names, whatever their punctuation
_MIN_LEFT_WORDS = 4          # reported speech before "…, X said" is a clause, not "In his speech"
_SPEAKER_WINDOW = 160        # characters searched for a speaker around its cue
_TAIL_CHARS = 200            # characters before a cue that the patterns of what ends there read
# The longest reported speech, in characters: speech runs a sentence, not pages, and a longer one would read
# and copy a run-on text again for each of its cues.
_STOP_REACH = 2000
_MAX_SPEAKER_WORDS = 12
_MAX_APPOSITION_WORDS = 24
_MERGE_GAP = 0.8             # a continuing quote joins its statement when the text between is at most this share
_NOUN_FOLLOWERS = frozenset({
    "said", "say", "says", "suggest", "suggests", "suggested", "show", "shows", "showed", "indicate", "indicates",
    "have", "has", "had", "is", "are", "was", "were", "of", "from", "by", "about", "in", "on", "for", "and", "or",
    "will", "would", "could", "which", "also", ",", ".", ";", ":", ")",
})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})
_GENDERED_PRONOUNS = {"he": "m", "she": "f"}
_NP_STOPS = frozenset({"who", "whose", "which", "that", "when", "while", "as", "after", "before", "during", "because"})
_CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "so", "yet", "than", "if", "because", "although", "though",
                           "whether", "since", "until", "unless", "where", "how", "why", "what"})
_FUNCTION_WORDS = CONNECTORS | DETERMINERS | BETWEEN | _SUBJECT_PRONOUNS | _NP_STOPS | _CONJUNCTIONS \
    | {"not", "no", "to", "by", "himself", "herself", "itself", "themselves", "myself", "ourselves"}
# Documents speak for whoever issued them: "X issued a statement saying …" is X speaking.
_DOCUMENTS = frozenset(noun for noun, kind in HEAD_KINDS.items() if kind == "unknown")

CONFIDENCE = {"direct": 0.9, "mixed": 0.8, "indirect": 0.75}
CONFIDENCE_WEAK_CUE = 0.15      # a noun-like cue form, or a speaker inherited from an earlier clause
CONFIDENCE_CONTINUATION = 0.6   # a quote that continues an earlier speaker's words
CONFIDENCE_NO_SPEAKER = 0.4     # a quote with nobody to attribute it to


@dataclass(frozen=True, slots=True)
class Quote:
    start: int      # at the opening mark
    end: int        # after the closing mark (or at the paragraph end when the quote runs on)
    paragraph: int
    closed: bool


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence, or several when a quote runs across their boundary."""
    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class _Candidate:
    cue: tuple[int, int]
    entry: CueEntry
    speaker: tuple[int, int] | None
    apposition: str | None
    inverted: bool      # the speaker follows the cue ("…,” said Grimm)
    inherited: bool     # the speaker is that of an earlier clause ("…, adding that")
    introduced: bool    # "that", a colon or a quote mark opens what was said


@dataclass(slots=True)
class _Found:
    content: tuple[int, int]
    quote_type: str
    cue: tuple[int, int] | None
    cue_class: str | None
    speaker: tuple[int, int] | None
    apposition: str | None
    confidence: float
    paragraph: int


@dataclass(frozen=True, slots=True)
class _Context:
    """What every step needs about one article."""
    text: str
    quotes: list[Quote]
    quote_starts: list[int]
    quote_ends: list[int]
    units: list[Unit]
    unit_starts: list[int]


def extract(doc: Doc) -> list[Statement]:
    """Statements of one article, in text order; pure and deterministic."""
    text = doc.text
    quotes = find_quotes(text, doc.paragraphs)
    units = _units(doc, quotes)
    ctx = _Context(text, quotes, [q.start for q in quotes], [q.end for q in quotes], units, [u.start for u in units])
    headline = 0 if _repeats_title(doc) else -1
    cue_matches = _find_cues(text)
    cue_starts = [start for start, _, _ in cue_matches]
    found: list[_Found] = []
    for unit in units:
        if unit.paragraph == headline:
            continue
        lo, hi = bisect_left(cue_starts, unit.start), bisect_left(cue_starts, unit.end)
        found.extend(_unit_statements(ctx, unit, cue_matches[lo:hi]))
    found.extend(f for f in _noun_statements(ctx) if f.paragraph != headline)
    found = _attach_quotes(ctx, found, headline)
    return _records(doc, found, resolver_for(doc))


def _find_cues(text: str) -> list[tuple[int, int, str]]:
    """Every cue in the text as (start, end, lexicon key)."""
    out = []
    for m in _CUE_FIRST_WORD.finditer(text):
        for key, tail in _CUE_STARTS[m.group()]:
            if tail is None:
                out.append((m.start(), m.end(), key))
                break
            rest = tail.match(text, m.end())
            if rest is not None:
                out.append((m.start(), rest.end(), key))
                break
    return out


def _repeats_title(doc: Doc) -> bool:
    title = (doc.article.title or "").strip().rstrip(".")
    if not title or not doc.paragraphs:
        return False
    start, end = doc.paragraphs[0]
    return doc.text[start:end].strip().rstrip(".") == title


# Quotes and units

def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Quoted passages with their marks: curly, straight and doubled-apostrophe quotes, paired per paragraph.

    A paragraph whose last quote never closes yields a quote running to the paragraph end, as news prints
    a quotation that goes on into the next paragraph.
    """
    out = []
    for p, (ps, pe) in enumerate(paragraphs):
        opened: int | None = None
        nested = 0  # curly quotes inside a straight-quoted passage
        for m in _QUOTE_MARK.finditer(text, ps, pe):
            mark, pos = m.group(), m.start()
            before = text[pos - 1] if pos > ps else " "
            after = text[m.end()] if m.end() < pe else " "
            if mark == "“":
                if opened is None:
                    opened = pos
                elif text[opened] != "“":
                    nested += 1
            elif mark == "”":
                if nested:
                    nested -= 1
                elif opened is not None:
                    out.append(Quote(opened, m.end(), p, True))
                    opened = None
            else:
                opening = (before.isspace() or before in "([—–-") and not after.isspace()
                if opened is None:
                    if opening or pos == ps:
                        opened = pos
                elif opening and text[opened] != "“":
                    opened, nested = pos, 0
                else:
                    out.append(Quote(opened, m.end(), p, True))
                    opened, nested = None, 0
        if opened is not None and pe - opened > 1:
            out.append(Quote(opened, pe, p, False))
    return out


def _units(doc: Doc, quotes: list[Quote]) -> list[Unit]:
    """Sentences, merged where a quote crosses a sentence boundary."""
    units: list[Unit] = []
    qi = 0
    reach = -1  # furthest end of the quotes opened before the current sentence
    for s in doc.sentences:
        while qi < len(quotes) and quotes[qi].start < s.start:
            reach = max(reach, quotes[qi].end)
            qi += 1
        if units and units[-1].paragraph == s.paragraph and s.start < reach:
            units[-1] = Unit(units[-1].start, s.end, s.paragraph)
        else:
            units.append(Unit(s.start, s.end, s.paragraph))
    return units


def _inside_quote(ctx: _Context, pos: int) -> bool:
    i = bisect_right(ctx.quote_starts, pos) - 1
    return i >= 0 and ctx.quotes[i].start < pos < ctx.quotes[i].end - 1


def _quote_before(ctx: _Context, lo: int, hi: int, paragraph: int) -> Quote | None:
    """The quote that ends right before hi ("“…,” Trump said": the quote before the speaker)."""
    i = bisect_left(ctx.quote_starts, hi) - 1
    if i >= 0:
        q = ctx.quotes[i]
        if q.start >= lo and q.end <= hi and q.paragraph == paragraph \
                and ctx.text[q.end:hi].strip() in {"", ",", "—", "–", "-", "--"}:
            return q
    return None


# Words and noun phrases

def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Words of text[start:end] with offsets; a period stays on abbreviations and initials only."""
    out = []
    for m in PHRASE_WORD.finditer(text, start, end):
        w, s, e = m.group(), m.start(), m.end()
        if len(w) > 2 and w.endswith(".") and w not in ABBREVIATIONS:
            out.append((s, e - 1, w[:-1]))
            out.append((e - 1, e, "."))
        else:
            out.append((s, e, w))
    return out


def _is_lower_word(word: str) -> bool:
    """A lowercase word, hyphenated or not ("soldier", "conservative-leaning")."""
    return word.islower() and word.replace("-", "").isalpha()


def _is_adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower() and word not in NOT_ADVERBS


def _is_head(word: str) -> bool:
    """Whether a word can end a speaker phrase: a name, an acronym or a known speaker noun."""
    return is_capitalized(word) or word in HEAD_KINDS or word in TITLES or word == ")"


def _speaker_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase (or pronoun) that ends right before position hi, skipping auxiliaries and adverbs."""
    ws = _words(text, max(lo, hi - _SPEAKER_WINDOW), hi)
    i = len(ws) - 1
    while i >= 0 and (ws[i][2] in BETWEEN or _is_adverb(ws[i][2])):
        i -= 1
    if i < 0:
        return None
    if ws[i][2].lower() in _SUBJECT_PRONOUNS:
        return ws[i][0], ws[i][1]
    if ws[i][2] == "who" and i > 0 and ws[i - 1][2] == ",":  # "Loretta Lynch, who told Congress"
        return _speaker_before(text, lo, ws[i - 1][0])
    j = i
    while j >= 0 and i - j < _MAX_SPEAKER_WORDS:
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
        if lw in DETERMINERS and lw != "that" and j < i:
            # "a spokesman for the campaign": the determiner inside a post-modifier does not end the phrase.
            if j >= 2 and ws[j - 1][2] in {"of", "for"} and (ws[j - 2][2] in TITLES or ws[j - 2][2] in HEAD_KINDS):
                j -= 2
                continue
            j -= 1
            break
        if w in NOT_NAMES:
            break
        if is_capitalized(w) or w in HEAD_KINDS or w in TITLES or lw in MODIFIERS:
            j -= 1
            continue
        if lw in CONNECTORS and 0 < j < i:
            left = ws[j - 1][2]
            if _is_head(left) or (lw in {"of", "for"} and left.lower() in MODIFIERS):
                j -= 1
                continue
            if j >= 2 and _is_lower_word(left) and left not in _FUNCTION_WORDS \
                    and ws[j - 2][2].lower() in DETERMINERS:  # "the pitch on Kickstarter"
                j -= 2
                continue
        break
    first = j + 1
    while first <= i and (ws[first][2].lower() in CONNECTORS or ws[first][2] in {"(", ")"}):
        first += 1
    if first > i or not _is_head(ws[i][2]):
        found = _common_noun_before(ws, i)
        if found is not None:
            post = _POSTMODIFIER.search(text, max(lo, found[0] - 40), found[0])
            if post is not None:
                head = _speaker_before(text, lo, post.start() + len(post.group().split()[0]))
                if head is not None:
                    return head[0], found[1]
        return found
    # "the transport agency": lowercase modifiers between a determiner and a known head.
    k = first - 1
    while k >= 0 and first - k <= 2 and _is_lower_word(ws[k][2]) and ws[k][2] not in _FUNCTION_WORDS:
        k -= 1
    if 0 <= k < first - 1 and ws[k][2].lower() in DETERMINERS and ws[k][2].lower() != "that":
        first = k
    return ws[first][0], ws[i][1]


def _common_noun_before(ws: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """"the soldier", "one voter", "his wife": a determiner, up to two modifiers and a lowercase head noun."""
    head = ws[i][2]
    if not _is_lower_word(head) or head in _FUNCTION_WORDS or _is_adverb(head):
        return None
    for k in range(i - 1, max(-1, i - 4), -1):
        w = ws[k][2]
        if w.lower() in DETERMINERS and w.lower() != "that":
            return ws[k][0], ws[i][1]
        if w.endswith(("'s", "’s")) and is_capitalized(w):
            return ws[k][0], ws[i][1]
        if not _is_lower_word(w) or w in _FUNCTION_WORDS:
            return None
    return None


def _noun_phrase_after(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase starting at lo: "Grimm", "the younger Mr. Trump", "a spokesman for the campaign"."""
    ws = _words(text, lo, min(hi, lo + _SPEAKER_WINDOW))
    if not ws:
        return None
    if ws[0][2].lower() in _SUBJECT_PRONOUNS - {"it", "you"}:
        return ws[0][0], ws[0][1]
    j = 0
    loose = 0  # lowercase words of unknown kind taken after a determiner ("the younger Mr. Trump")
    while j < len(ws) and j < _MAX_SPEAKER_WORDS:
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
        if (is_capitalized(w) and (w not in NOT_NAMES or lw in DETERMINERS)) or w in HEAD_KINDS or w in TITLES \
                or lw in MODIFIERS or (lw in DETERMINERS and lw != "that"):
            j += 1
            continue
        if j > 0 and (lw in {"of", "for"} or (lw in {"at", "from", "in"} and is_capitalized(nxt))):
            j += 1
            continue
        if j > 0 and w.isalpha() and w.islower() and w not in _FUNCTION_WORDS and not _is_adverb(w) and loose < 2 \
                and not w.endswith("ed") and not w.endswith("ing"):
            loose += 1
            j += 1
            continue
        break
    while j > 0 and (ws[j - 1][2].lower() in CONNECTORS or ws[j - 1][2].lower() in DETERMINERS):
        j -= 1
    if j == 0:
        return None
    head = ws[j - 1][2]
    if not (_is_head(head) or (loose and head.isalpha() and head.islower())):
        return None
    return ws[0][0], ws[j - 1][1]


def _speaker_after(text: str, lo: int, hi: int, after_quote: bool) -> tuple[tuple[int, int], str | None] | None:
    """The speaker of an inverted cue ("…,” said Grimm, a Trump supporter.") and its apposition."""
    span = _noun_phrase_after(text, lo, hi)
    if span is None:
        return None
    rest = text[span[1]:hi]
    stripped = rest.lstrip()
    if not stripped or stripped[0] in ".!?;:—–":
        return span, None
    if stripped[0] == ",":
        apposition = re.split(r"[,.;:—–]", stripped[1:], maxsplit=1)[0].strip()
        if apposition and len(apposition.split()) <= _MAX_APPOSITION_WORDS \
                and apposition.split()[0].lower() not in _NP_STOPS:
            return span, apposition
        return span, None
    after = _AFTER_RE.match(text, span[1], hi)
    first_word = stripped.split()[0].lower()
    if after_quote or after or first_word in _NP_STOPS:
        return span, None
    return None


def _subject_of(text: str, unit: Unit, hi: int) -> tuple[int, int] | None:
    """The noun phrase opening a sentence, as the speaker of a later participle ("Sanders went first, predicting …")."""
    opener = _UNIT_OPENERS.match(text, unit.start, hi)
    start = opener.end() if opener else unit.start
    lead = _LEAD_PHRASE.match(text, start, hi)
    start = lead.end() if lead else start
    span = _noun_phrase_after(text, start, hi)
    if span is None or text[span[0]:span[1]].lower() in {"it", "there"}:
        return None
    return span


def _apposition_speaker(text: str, lo: int, hi: int) -> tuple[tuple[int, int], str | None] | None:
    """The speaker around an apposition that ends at hi: "Michael Briggs, a spokesman for Sanders, said",
    "Steve Cohen, Democrat of Tennessee, told", "Dick Durbin, noting the size of the list, said",
    "a third, Daniel Traynor, said"."""
    segment = text[lo:hi].rstrip()
    if not segment.endswith(","):
        return None
    comma = segment.rfind(",", 0, len(segment) - 1)
    if comma < 0:
        return None
    apposition = segment[comma + 1:-1].strip()
    words = apposition.split()
    if not words or len(words) > _MAX_APPOSITION_WORDS or any(m in apposition for m in "“\"”"):
        return None
    first = words[0].lower()
    if all(is_capitalized(w) for w in words) and len(words) <= 4 and words[0] not in NOT_NAMES:
        start = lo + comma + 1 + (len(segment[comma + 1:]) - len(segment[comma + 1:].lstrip()))
        before = text[lo:lo + comma].strip().split(", ")[-1]
        return (start, start + len(apposition)), before or None
    speaker = _speaker_before(text, lo, lo + comma)
    if speaker is None or text[speaker[0]:speaker[1]].lower() in _SUBJECT_PRONOUNS:
        return None
    named = is_capitalized(text[speaker[0]:speaker[1]].split()[-1]) and len(words) <= 8
    if not (first in DETERMINERS or first in {"who", "whose"} or first in TITLES or first.isdigit()
            or first.endswith("ing") or named or (_strong_speaker(text, speaker) and len(words) <= 5)):
        return None
    return speaker, None if first in {"who", "whose"} else apposition


def _strong_speaker(text: str, span: tuple[int, int]) -> bool:
    """A speaker clear enough to trust a cue that could be a noun: a name, a pronoun or a speaker noun."""
    last = text[span[0]:span[1]].split()[-1]
    if last.endswith(("'s", "’s")):
        return False
    return is_capitalized(last) or last.lower() in _SUBJECT_PRONOUNS or last in HEAD_KINDS or last in TITLES \
        or last.endswith(")")


# Cues

def _unit_statements(ctx: _Context, unit: Unit, cues: list[tuple[int, int, str]]) -> list[_Found]:
    text = ctx.text
    candidates: list[_Candidate] = []
    for start, end, key in cues:
        cue = (start, end)
        if _inside_quote(ctx, start) or _negated(text, cue, unit.start):
            continue
        entry = CUES[key]
        if entry.kind == "according":
            if not _THAT_BEFORE.search(text, max(unit.start, start - 6), start):  # "said that according to X, …"
                candidates.append(_Candidate(cue, entry, None, None, False, False, False))
            continue
        candidate = _candidate(ctx, unit, cue, entry, candidates)
        if candidate is not None:
            candidates.append(candidate)
    out: list[_Found] = []
    for k, c in enumerate(candidates):
        limit = unit.end
        if k + 1 < len(candidates):
            nxt = candidates[k + 1]
            edge = nxt.speaker[0] if nxt.speaker and not nxt.inverted and not nxt.inherited else nxt.cue[0]
            joint = _CLAUSE_JOIN.search(text, c.cue[1], edge)
            if joint is not None or nxt.inherited or nxt.entry.kind == "according":
                limit = joint.start() if joint is not None else edge
        left_from = out[-1].content[1] if out else unit.start
        found = _content(ctx, unit, c, left_from, limit)
        if found is not None:
            out.append(found)
    return out


def _negated(text: str, cue: tuple[int, int], unit_start: int) -> bool:
    m = _NEGATIVE_RE.search(text, max(unit_start, cue[0] - 14), min(len(text), cue[1] + 24))
    return bool(m and m.start() <= cue[0] + 1 and m.end() >= cue[1] - 1)


def _candidate(ctx: _Context, unit: Unit, cue: tuple[int, int], entry: CueEntry,
               earlier: list[_Candidate]) -> _Candidate | None:
    """A cue with its speaker, or None when the cue has no speaker (a noun, a passive, a figure of speech)."""
    text = ctx.text
    before = _tail(text, unit.start, cue[0])
    if entry.noun_too and not _PRONOUN_BEFORE.search(text, max(unit.start, cue[0] - 12), cue[0]):
        nxt = _words(text, cue[1], min(unit.end, cue[1] + 20))
        # "reports said", "state media": a verb or another noun after the form makes it a noun.
        if nxt and (nxt[0][2].lower() in _NOUN_FOLLOWERS or nxt[0][2] in HEAD_KINDS or nxt[0][2] in TITLES
                    or nxt[0][2] in MODIFIERS):
            return None
    if entry.kind == "verb" and not entry.gerund and _PASSIVE.search(text, max(unit.start, cue[0] - 30), cue[0]):
        return None  # "was charged", "were made clear": the subject is not the speaker
    introduced = _skip_after(text, cue[1], unit.end, entry)[2]
    speaker = _speaker_before(text, unit.start, cue[0])
    if speaker is not None and text[speaker[0]:speaker[1]].endswith(("'s", "’s")):
        return None  # "Trump's claims": a possessive owns a noun, it does not speak
    if speaker is not None:
        if entry.noun_too and not _strong_speaker(text, speaker):
            return None
        if entry.gerund and text[speaker[0]:speaker[1]].split()[-1] in _DOCUMENTS:
            issuer = _earlier_speaker(earlier) or _subject_of(text, unit, speaker[0])
            if issuer is not None:
                return _Candidate(cue, entry, issuer, None, False, True, introduced)
        return _Candidate(cue, entry, speaker, None, False, False, introduced)
    after_quote = bool(_ENDS_WITH_QUOTE.search(before))
    if entry.frame in {"clause", "that"} and after_quote:
        after = _speaker_after(text, cue[1], unit.end, True)
        if after is not None:
            return _Candidate(cue, entry, after[0], after[1], True, False, False)
    apposed = _apposition_speaker(text, unit.start, cue[0])
    if apposed is not None and not entry.noun_too:
        return _Candidate(cue, entry, apposed[0], apposed[1], False, False, introduced)
    if entry.frame in {"clause", "that"} and before.strip() and _ENDS_WITH_COMMA.search(before):
        after = _speaker_after(text, cue[1], unit.end, False)
        if after is not None:
            return _Candidate(cue, entry, after[0], after[1], True, False, False)
    if (_ENDS_WITH_LINK.search(before) or (entry.gerund and _ENDS_WITH_PARTICIPLE_LINK.search(before))) \
            and not entry.noun_too:
        # A participle or a second verb shares the subject of the clause before it ("…, adding that",
        # "… and said"); after "X said that A, B-ing …" the participle belongs to A, unless it brings
        # its own speech ("adding that …", "saying: …").
        previous = _earlier_speaker(earlier)
        if previous is not None:
            if entry.gerund and earlier[-1].introduced and not introduced:
                return None
            return _Candidate(cue, entry, previous, None, False, True, introduced)
        if entry.gerund or before.rstrip().endswith("and"):
            subject = _subject_of(text, unit, cue[0])
            if subject is not None:
                return _Candidate(cue, entry, subject, None, False, True, introduced)
    relative = _RELATIVE.search(text, max(unit.start, cue[0] - 90), cue[0])
    if relative is not None and not entry.noun_too:
        speaker = _speaker_before(text, unit.start, relative.start())
        if speaker is not None and _strong_speaker(text, speaker):
            return _Candidate(cue, entry, speaker, None, False, False, introduced)
    return None


def _tail(text: str, lo: int, hi: int) -> str:
    """The end of text[lo:hi] that patterns anchored at its end can read ("…,” said", "…, adding"): the last
    _TAIL_CHARS characters before its trailing spaces, so that a sentence of many cues is not read whole
    for each of them."""
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    return text[max(lo, end - _TAIL_CHARS):hi]


def _earlier_speaker(earlier: list[_Candidate]) -> tuple[int, int] | None:
    return next((c.speaker for c in reversed(earlier) if c.speaker is not None), None)


# Contents

def _skip_after(text: str, pos: int, hi: int, entry: CueEntry) -> tuple[int, int, bool]:
    """Where what was said starts after a cue ending at pos, where the cue phrase ends ("said in a
    statement", "told reporters"), and whether "that", a colon or a quote mark introduces what was said."""
    cue_end = pos
    if entry.frame == "tell":
        far = _FAR_THAT_RE.match(text, pos, hi)
        if far and not re.search(r"[.;:“\"]", text[pos:far.end()]):
            start = far.end()
            while start < hi and text[start].isspace():
                start += 1
            return start, cue_end, True
        m = _ADDRESSEE_RE.match(text, pos, hi)
        if m:
            pos = cue_end = m.end()
    while True:
        m = _AFTER_RE.match(text, pos, hi)
        if not m or m.end() == pos:
            break
        if cue_end == pos and _VENUE_START.match(m.group()):
            cue_end = m.end()
        pos = m.end()
    m = _THAT_RE.match(text, pos, hi)
    start = m.end() if m else pos
    introduced = bool(m and (m.group(1) or "").strip() in {"that", ":"}) or text[start:start + 1] in _OPENING_MARKS
    return start, cue_end, introduced


def _content_end(text: str, start: int, limit: int) -> int:
    """End of reported speech starting at start: the clause end before limit, without the final period."""
    end = limit
    while end > start and text[end - 1] in " \t\n,;:—–-":
        end -= 1
    if end > start and text[end - 1] == "." and (end - start < 2 or text[end - 2] not in _CLOSING_MARKS):
        end -= 1
    return end


def _typed(ctx: _Context, start: int, end: int) -> tuple[int, int, str]:
    """The content span and its type: direct when one quote covers it, mixed when quotes lie inside."""
    # Quotes do not overlap, so their ends are in order too: the quotes reaching into the content are
    # quotes[first:last + 1], found by bisection however many there are.
    first = bisect_right(ctx.quote_ends, start)
    last = bisect_left(ctx.quote_starts, end) - 1
    if last < first:
        return start, end, "indirect"
    # at most two of them can start by start + 1; the later one is preferred
    for k in range(min(last, bisect_right(ctx.quote_starts, start + 1) - 1), first - 1, -1):
        q = ctx.quotes[k]
        if q.end >= end - 1:
            return q.start, q.end, "direct"
    q = ctx.quotes[first]
    if last == first and q.start <= start + 1 and _at_end(ctx.text, q.end, end):
        return q.start, q.end, "direct"
    return start, max(end, ctx.quotes[last].end), "mixed"


def _at_end(text: str, pos: int, hi: int) -> bool:
    return not text[pos:hi].strip(" .,!?;:\"”'’)")


def _content(ctx: _Context, unit: Unit, c: _Candidate, left_from: int, limit: int) -> _Found | None:
    if c.entry.kind == "according":
        return _according(ctx, unit, c, left_from, limit)
    text = ctx.text
    cue_span = c.cue
    if c.inverted:
        start, end = _left_content(ctx, left_from, c.cue[0])
    else:
        start, cue_end, introduced = _skip_after(text, c.cue[1], limit, c.entry)
        cue_span = (c.cue[0], cue_end)
        aside = _DASH_ASIDE.match(text, start, limit)  # "argued - rebuking Trump by name - that …"
        if aside and text[start:start + 3].strip()[:1] in {"-", "—", "–"}:
            start = aside.end()
        end = _content_end(text, start, limit)
        right_empty = end - start < 2 or bool(_EMPTY_RIGHT.match(text[start:end])) or (not introduced and (
            c.entry.frame == "that" or bool(_NOT_CONTENT.match(text, start))))
        speaker_first = c.speaker is not None and not c.inherited and c.speaker[0] < c.cue[0]
        left_quote = None
        if speaker_first and c.speaker[0] > unit.start:
            left_quote = _quote_before(ctx, left_from, c.speaker[0], unit.paragraph)
        elif speaker_first and not introduced:
            # A quote ending in "?" or "!" closes the sentence before: "“Why not?” Clinton asked."
            q = _quote_before(ctx, 0, c.speaker[0], unit.paragraph)
            if q is not None and (right_empty or text[q.end - 2:q.end - 1] in {"?", "!"}):
                left_quote = q
        if left_quote is not None:
            start, end = left_quote.start, left_quote.end
        elif speaker_first and not introduced and text[unit.start:c.speaker[0]].rstrip().endswith(",") \
                and "," in text[cue_span[1]:start]:
            # "No different, he said, from Bush": the attribution sits inside what was said.
            start, end = unit.start, _content_end(text, unit.start, limit)
        elif right_empty:
            start = end
            if speaker_first:
                if text[c.cue[1]:limit].strip().startswith(":") and unit.end == limit:
                    start, end = _next_paragraph_quote(ctx, unit) or (start, end)
                else:
                    start, end = _left_content(ctx, left_from, c.speaker[0])
        elif c.speaker is not None and (_WHO_BEFORE.search(text, c.speaker[1], c.cue[0]) or (
                _SUBORDINATE.match(text, unit.start, c.speaker[0]) and "," not in text[unit.start:c.speaker[0]])):
            # "As Democrats call on him to quit, Grayson …", "Hale, who told Congress that …, left":
            # the content ends with the subordinate or relative clause.
            comma = text.find(", ", start, end)
            end = comma if comma > start else end
        elif text[start:start + 1] not in _OPENING_MARKS:
            stop = _CONTENT_STOP.search(text, start, min(end, start + _STOP_REACH))
            if stop is not None and stop.start() - start > 2:
                end = stop.start()
    end = _within_reach(text, start, end)
    if end - start < 2:
        return None
    start, end, quote_type = _typed(ctx, start, end)
    confidence = CONFIDENCE[quote_type] - (CONFIDENCE_WEAK_CUE if c.entry.noun_too or c.inherited else 0.0)
    return _Found((start, end), quote_type, cue_span, c.entry.cue_class, c.speaker, c.apposition,
                  confidence, unit.paragraph)


def _within_reach(text: str, start: int, end: int) -> int:
    """The end of what was said, no further than _STOP_REACH from its start: past it lies a run-on text, not
    speech, and its many cues would each copy the rest of it. Cut after a whole word; a quote that opens
    within reach is still taken whole (see `_typed`)."""
    if end - start <= _STOP_REACH:
        return end
    space = text.rfind(" ", start, start + _STOP_REACH)
    return space if space > start else start + _STOP_REACH


def _left_content(ctx: _Context, lo: int, hi: int) -> tuple[int, int]:
    """What was said before "…, X said": from lo to the comma (or closing quote) before the speaker at hi."""
    text = ctx.text
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end <= lo:
        return lo, lo
    closes_quote = text[end - 1] in "”\"" or text[end - 2:end] == "''"
    if not closes_quote:
        if text[end - 1] not in ",—–":
            return lo, lo
        end -= 1
    start = lo
    while start < end and text[start] in " \t\n,;":
        start += 1
    if len(text[start:end].split()) < _MIN_LEFT_WORDS and _typed(ctx, start, end)[2] == "indirect":
        return lo, lo
    return start, end


def _next_paragraph_quote(ctx: _Context, unit: Unit) -> tuple[int, int] | None:
    """The quote opening the next paragraph, for "X said:" closing a paragraph."""
    i = bisect_left(ctx.quote_starts, unit.end)
    if i < len(ctx.quotes) and ctx.quotes[i].paragraph == unit.paragraph + 1:
        q = ctx.quotes[i]
        if _opens_paragraph(ctx, q):
            return q.start, q.end
    return None


def _unit_of(ctx: _Context, pos: int) -> Unit:
    return ctx.units[max(0, bisect_right(ctx.unit_starts, pos) - 1)]


def _opens_unit(ctx: _Context, q: Quote) -> bool:
    return q.start <= _unit_of(ctx, q.start).start + 1


def _opens_paragraph(ctx: _Context, q: Quote) -> bool:
    i = bisect_right(ctx.unit_starts, q.start) - 1
    return i >= 0 and ctx.units[i].paragraph == q.paragraph and q.start <= ctx.units[i].start + 1 \
        and (i == 0 or ctx.units[i - 1].paragraph != q.paragraph)


def _according(ctx: _Context, unit: Unit, c: _Candidate, left_from: int, limit: int) -> _Found | None:
    """"according to X, …" and "…, according to X.": the speaker follows the cue."""
    text = ctx.text
    ws = _words(text, c.cue[1], limit)
    j = 0
    while j < len(ws) and j < _MAX_SPEAKER_WORDS and ws[j][2] not in {",", ".", ";", ":", "—", "–", "“", '"'}:
        j += 1
    if j == 0:
        return None
    speaker = (ws[0][0], ws[j - 1][1])
    lead = text[left_from:c.cue[0]].strip(" \t\n,—–")
    if len(lead.split()) <= 1:  # "According to X, …"
        start = ws[j][1] if j < len(ws) else limit
        while start < limit and text[start] in " \t,":
            start += 1
        end = _content_end(text, start, limit)
    elif left_from > unit.start and len(lead.split()) <= 4:
        return None  # "“…,” Grayson said, according to Frankel": a source of the statement before
    else:
        start = left_from
        while start < c.cue[0] and text[start] in " \t\n,;":
            start += 1
        end = c.cue[0]
        while end > start and text[end - 1] in " \t,—–-":
            end -= 1
        tail = text[speaker[1]:limit].strip(" \t,.")
        if len(tail.split()) > 2:  # "The plan, according to officials, would cost …"
            end = _content_end(text, start, limit)
        elif len(text[start:end].split()) < _MIN_LEFT_WORDS:
            return None
    end = _within_reach(text, start, end)
    if end - start < 2:
        return None
    start, end, quote_type = _typed(ctx, start, end)
    return _Found((start, end), quote_type, c.cue, c.entry.cue_class, speaker, None,
                  CONFIDENCE[quote_type], unit.paragraph)


def _noun_statements(ctx: _Context) -> list[_Found]:
    """"X's statement that …": a noun of speech with a possessive speaker and a that-clause."""
    text = ctx.text
    out = []
    for m in _NOUN_CUE_RE.finditer(text):
        unit = _unit_of(ctx, m.start())
        speaker = _speaker_before(text, unit.start, m.start())
        if speaker is None:
            continue
        start = m.end()
        while start < unit.end and text[start].isspace():
            start += 1
        end = _content_end(text, start, unit.end)
        if end - start > 2:
            out.append(_Found((start, end), "indirect", m.span(1), SPEECH_NOUNS[m.group(1)], speaker, None,
                              CONFIDENCE["indirect"] - CONFIDENCE_WEAK_CUE, unit.paragraph))
    return out


# Quotes no cue reached

def _is_speech(text: str, q: Quote) -> bool:
    """Whether a quote reads as speech rather than a scare quote, a slogan or a title."""
    inner = text[q.start + 1:q.end - 1].strip(" '\"“”")
    words = inner.split()
    if len(words) < _MIN_SPEECH_WORDS:
        return False
    alphabetic = [w for w in words if w[:1].isalpha()]
    if len(words) < 10 and alphabetic and sum(is_capitalized(w) for w in alphabetic) >= 0.8 * len(alphabetic):
        return False  # "The Long Road Home"
    return len(words) >= _SPEECH_WORDS or bool(re.search(r"[.!?,]\W*$", inner)) or not q.closed


def _attach_quotes(ctx: _Context, found: list[_Found], headline: int) -> list[_Found]:
    """Quotes no cue reached: continuations of the last speaker, or speech without a speaker."""
    text = ctx.text
    found.sort(key=lambda f: f.content)
    out = list(found)
    # the quotes attached below lie apart from every later quote, so only the statements found so far can
    # hold a quote to come
    covered = Enclosures(f.content for f in found)
    found_starts = [f.content[0] for f in found]
    attached: _Found | None = None  # the latest quote attached to a speaker below
    for q in ctx.quotes:
        if q.paragraph == headline or covered.holds(q.start, q.end) or not _is_speech(text, q):
            continue
        last = _last_speaker(found, found_starts, attached, q)
        opens = _opens_unit(ctx, q)
        if last is not None and last.paragraph == q.paragraph and last.quote_type != "indirect":
            quoted = (last.content[1] - last.content[0]) + (q.end - q.start)
            gap = text[last.content[1]:q.start].strip()
            # A quote carries on after its attribution ("“A,” she said, “B.”") or in the next sentence; a
            # quote inside a later clause ("…, who thinks they “need to …”") is another matter.
            if q.start - last.content[1] <= _MERGE_GAP * quoted and (opens or gap.endswith((",", ":"))):
                last.content = (last.content[0], q.end)
                continue
        if opens and last is not None and (last.paragraph == q.paragraph or _opens_paragraph(ctx, q)):
            attached = _Found((q.start, q.end), "direct", None, None, last.speaker, last.apposition,
                              CONFIDENCE_CONTINUATION, q.paragraph)
            out.append(attached)
        elif opens:
            # Speech nobody is named for.
            out.append(_Found((q.start, q.end), "direct", None, None, None, None, CONFIDENCE_NO_SPEAKER,
                              q.paragraph))
        else:
            # A quote inside a sentence with no cue: the words of the sentence's subject ("He jokes, “…”").
            unit = _unit_of(ctx, q.start)
            subject = _subject_of(text, unit, q.start)
            if subject is None or not _strong_speaker(text, subject) or subject[1] > q.start:
                continue
            attached = _Found((q.start, q.end), "direct", None, None, subject, None, CONFIDENCE_NO_SPEAKER,
                              q.paragraph)
            out.append(attached)
    out.sort(key=lambda f: f.content)
    return out


def _last_speaker(found: list[_Found], found_starts: list[int], attached: _Found | None, q: Quote) -> _Found | None:
    """The last statement with a speaker that ends before the quote, in its paragraph or the one before:
    the latest quote attached to a speaker, else the last such statement found from a cue. Read from the
    quote backwards, so that a paragraph of many quotes is not walked again for each of them."""
    if attached is not None and attached.paragraph >= q.paragraph - 1:
        return attached
    k = bisect_right(found_starts, q.start) - 1
    while k >= 0 and found[k].paragraph >= q.paragraph - 1:
        f = found[k]
        if f.content[1] <= q.start and f.paragraph <= q.paragraph and f.speaker is not None:
            return f
        k -= 1
    return None


# Records

def _records(doc: Doc, found: list[_Found], resolver: Resolver) -> list[Statement]:
    text = doc.text
    article_id = doc.article.article_id
    out: list[Statement] = []
    seen: set[tuple[int, int]] = set()
    last_person: tuple[str, int] | None = None  # canonical name and paragraph of the latest person speaking
    for f in found:
        start, end = f.content
        if (start, end) in seen:
            continue
        seen.add((start, end))
        if f.speaker is not None:
            mention = resolver.resolve(*f.speaker)
            speaker, canonical, kind, role = mention.text, mention.canonical, mention.kind, mention.role
            role = role or f.apposition
            if speaker.lower() in _GENDERED_PRONOUNS and last_person is not None \
                    and _continues(doc, f, last_person[1]) \
                    and resolver.gender(last_person[0]) in {"-", _GENDERED_PRONOUNS[speaker.lower()]}:
                # "he said" goes on with the person quoted just before, whoever else the text names between.
                canonical, kind = last_person[0], "person"
            if kind == "person" and canonical is not None:
                last_person = (canonical, f.paragraph)
        else:
            speaker = canonical = role = None
            kind = "unknown"
        out.append(Statement(
            statement_id=stable_hash(article_id, "statement", start, end),
            article_id=article_id, quote_type=f.quote_type, content=text[start:end],
            content_start=start, content_end=end, cue=text[f.cue[0]:f.cue[1]] if f.cue else None,
            cue_start=f.cue[0] if f.cue else None, cue_end=f.cue[1] if f.cue else None,
            cue_class=f.cue_class, speaker=speaker,
            speaker_start=f.speaker[0] if f.speaker else None, speaker_end=f.speaker[1] if f.speaker else None,
            speaker_canonical=canonical, speaker_kind=kind, speaker_role=role,
            confidence=round(f.confidence, 2), extractor=VERSION,
        ))
    return out


def _continues(doc: Doc, f: _Found, paragraph: int) -> bool:
    """Whether a statement goes on from one in `paragraph`: the same paragraph, or the next one opening
    with a quote."""
    if f.paragraph == paragraph:
        return True
    return f.paragraph == paragraph + 1 and doc.text[doc.paragraphs[f.paragraph][0]] in _OPENING_MARKS
