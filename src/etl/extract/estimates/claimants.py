"""Counts and the article's statements → who gave each figure."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from heapq import heappop, heappush

from etl.extract.estimates.items import Count, SentenceTokens, sentence_tokens
from etl.extract.estimates.lexicon import Lexicon
from etl.extract.mentions import HEAD_KINDS, analyze
from etl.extract.text import Doc
from etl.records import Statement

_MAX_SUBJECT = 8  # tokens of a claimant's phrase, at most
_MAX_TRIMMED = 8  # determiners and adverbs trimmed off a speaker phrase, at most
_RELATIVE_REPORTERS = frozenset({"that", "which"})  # "a report by UN experts that said 3,000 …"
_ARTICLES = frozenset({"a", "an", "the"})  # where the noun of such a teller starts ("despite a UN report that said")
# "damage estimated at $2.5 million", "a crowd estimated at 10,000": the participle of a figure, whose noun is what
# is counted, not who counted it (but "Police estimated at least 5,000")
_VALUING = frozenset({"estimated", "put", "calculated", "assessed"})
_HEDGES_AFTER_AT = frozenset({"least", "most"})
# "The Houthi-run health ministry gave a lower toll of 82 dead": a verb of giving tells a figure when a noun of one
# follows it within a few words (not "gave 50 blankets", "gave birth")
_GIVING = frozenset({"gave", "gives", "give", "giving", "offered", "offers"})
_FIGURES = frozenset({"toll", "tally", "figure", "figures", "estimate", "count"})
_FIGURE_WORDS = 4
_JOINED_WORDS = 3  # words of a teller joined before another by "and" ("Hospital workers and residents put the toll")
_CLAUSE_MARKS = frozenset({",", ";", ":"})
_TELLER_KINDS = frozenset({"group", "organization", "person"})
_CLAUSE_JOINERS = frozenset({"and", "but"})
_CONTRASTS = frozenset({"but", "while", "whereas"})  # after a comma, before a teller set against the one before
# the verbs such a teller gives a figure by ("said eight people had died", "put the toll at 15")
_SAYING = frozenset({"said", "says", "told", "put", "gave", "claimed", "estimated", "counted", "insisted"})
# Words of a source's phrase after "according to" that otherwise stop a noun phrase: "according to the Ministry of
# Health", "according to a tally by this newspaper"
_SOURCE_WORDS = frozenset({"the", "of", "a", "an", "by", "this"})
# Cues of what is wished or promised, whose content tells no figure for the speaker when the sentence names a source
# after the figure: "police fired on protesters demanding an end to quotas, bringing the toll to at least 105,
# according to a tally by this newspaper" (the tally's, not the protesters')
_WISHING = frozenset({"urge", "ask", "promise"})
_THIS = "this"  # what a teller in the next sentence says of the one before: "… reported this on Telegram"
# what follows "this" told of (not "He said this was a tragedy", a clause of its own)
_AFTER_THIS = frozenset({".", ",", ";", "on", "in", "at", "to", "via", "during", "through", "with", "while"})
_MAX_TELLER_WORDS = 24  # words before the verb of such a teller, a name and its long title among them


@dataclass
class _Claim:
    claimant: str | None = None
    canonical: str | None = None
    statement_id: str | None = None


@dataclass(frozen=True, slots=True)
class _Landmarks:
    """Where a sentence's reporting verbs and commas are, and its "according to" source: read once per
    sentence, so that finding the claimant of each of its counts does not walk the whole sentence again."""
    reporting: list[int]
    commas: list[int]
    according: tuple[int, int] | None


class Claimants:
    """Who gave a figure: the enclosing statement, "according to X", or the subject of a reporting verb."""

    def __init__(self, doc: Doc, statements: list[Statement], lex: Lexicon) -> None:
        self.doc, self.lex = doc, lex
        # Innermost first: a figure inside a quote inside a statement belongs to the quote's speaker.
        self.statements = sorted(statements, key=lambda s: s.content_end - s.content_start)
        self.landmarks: dict[int, _Landmarks] = {}
        self.seen: dict[int, SentenceTokens] = {}  # the tokens of the sentences after counts (`_teller_after`)

    def of(self, counts: list[Count]) -> list[_Claim]:
        """The claim of each count, the counts in text order. The statements whose content or cue a count lies
        in are swept in as the counts pass them, the innermost on top of a heap: each count costs a few heap
        operations, not a walk of all the statements."""
        spans = sorted([(s.content_start, s.content_end, rank) for rank, s in enumerate(self.statements)]
                       + [(s.cue_start, s.cue_end, rank) for rank, s in enumerate(self.statements)
                          if s.cue_start is not None and s.cue_end is not None])
        open_spans: list[tuple[int, int]] = []  # (rank, end) of the spans begun before the count
        out, i = [], 0
        for c in counts:
            while i < len(spans) and spans[i][0] <= c.start:
                heappush(open_spans, (spans[i][2], spans[i][1]))
                i += 1
            while open_spans and open_spans[0][1] <= c.start:
                heappop(open_spans)  # ended before this count, so before every later one
            if not open_spans:
                out.append(self._unsaid(c))
                continue
            st = self.statements[open_spans[0][0]]
            according = self._landmarks(c.sentence).according if st.cue_class in _WISHING else None
            if according is not None and according[0] > c.end:
                out.append(self._claim(according))
                continue
            nested = self._relative_reporter(c, st.content_start) or self._contrasted_reporter(c, st.content_start)
            out.append(self._said(st) if nested is None else replace(self._claim(nested), statement_id=st.statement_id))
        return out

    @staticmethod
    def _said(st: Statement) -> _Claim:
        return _Claim(st.speaker, st.speaker_canonical or st.speaker, st.statement_id)

    def _unsaid(self, c: Count) -> _Claim:
        """The claim of a count in no statement: "according to X", or the subject of a reporting verb."""
        marks = self._landmarks(c.sentence)
        reporter = self._reporter(c, marks)
        if marks.according is not None and reporter is not None and reporter[0] > marks.according[1]:
            # a teller nearer the figure than the sentence's source: "16 soldiers were killed, according to the army;
            # the assailants claimed to have killed 30"
            return self._claim(reporter)
        span = marks.according or reporter or self._trailing_reporter(c, marks) or self._teller_after(c)
        return self._claim(span)

    def _claim(self, span: tuple[int, int] | None) -> _Claim:
        if span is None:
            return _Claim()
        # Without a statement there is no within-article resolution to lean on; the phrase's own name will do.
        claimant = self.doc.text[span[0]:span[1]]
        return _Claim(claimant, analyze(claimant).canonical or claimant)

    def _teller_after(self, c: Count) -> tuple[int, int] | None:
        """The teller the next sentence names for what its sentence told: "Oleksandr Prokudin, Head of the Kherson
        Regional Military Administration, reported this on Telegram" (before its first comma), "This was reported by
        the press service of the General Staff" (wire copy of Ukraine and Russia)."""
        index = c.sentence.index + 1
        if index >= len(self.doc.sentences):
            return None
        s = self.doc.sentences[index]
        if _THIS not in self.doc.lowered[s.start:s.end]:
            return None  # (both forms hold "this": most sentences have none, and are not split into tokens for it)
        sent = sentence_tokens(self.doc, index, self.seen)
        words, verbs = sent.words, self.lex.reporting_verbs
        if words[:2] == [_THIS, "was"] and len(words) > 4 and words[2] in verbs and words[3] == "by":
            j = 4
            while j < len(words) and sent.is_word(j) and (
                    words[j] not in self.lex.np_stop or words[j] in _SOURCE_WORDS):
                j += 1
            return self._phrase(sent, 4, j)
        v = next((k for k in range(1, min(len(words) - 2, _MAX_TELLER_WORDS))
                  if words[k] in verbs and words[k + 1] == _THIS and words[k + 2] in _AFTER_THIS), None)
        if v is None:
            return None
        end = next((k for k in range(v) if words[k] == ","), v)
        return self._phrase(sent, 0, end)

    def _landmarks(self, sent: SentenceTokens) -> _Landmarks:
        if sent.index not in self.landmarks:
            words, verbs = sent.words, self.lex.reporting_verbs
            self.landmarks[sent.index] = _Landmarks(
                [k for k, w in enumerate(words) if (w in verbs or w in _GIVING and _gives_figure(words, k))
                 and not _in_name(sent, k) and not _valued_at(words, k) and not _claims_lives(words, k)],
                [k for k, w in enumerate(words) if w == ","], self._according(sent))
        return self.landmarks[sent.index]

    def _phrase(self, sent: SentenceTokens, i: int, j: int) -> tuple[int, int] | None:
        """Offsets of a speaker phrase in tokens [i, j), trimmed; None if it names nobody."""
        lex = self.lex
        while i < j and (sent.words[i] in lex.determiners and j - i > 1):
            i += 1
        while j > i and sent.words[j - 1] in lex.subject_skip:
            j -= 1
        if not (0 < j - i <= _MAX_SUBJECT) or any(not sent.is_word(k) or sent.words[k][0].isdigit()
                                                  for k in range(i, j)):
            return None
        phrase = " ".join(sent.words[i:j])
        if phrase in lex.anonymous_sources or (j - i == 1 and sent.words[i] in lex.np_stop - lex.pronouns):
            return None
        return sent.spans[i][0], sent.spans[j - 1][1]

    def _according(self, sent: SentenceTokens) -> tuple[int, int] | None:
        """ "according to the health ministry": the source a sentence names for all its figures."""
        words = sent.words
        if "according" not in words:
            return None  # (most sentences: told by a scan in C)
        for k in range(len(words) - 2):
            if words[k] == "according" and words[k + 1] == "to":
                j = k + 2
                while j < len(words) and sent.is_word(j) and (words[j] not in self.lex.np_stop
                                                              or words[j] in _SOURCE_WORDS):
                    j += 1
                return self._phrase(sent, k + 2, j)
        return None

    def _reporter(self, c: Count, marks: _Landmarks) -> tuple[int, int] | None:
        """ "Zelensky revealed that nearly 3,000 …": the subject of the nearest reporting verb before the number."""
        words = c.sentence.words
        k = bisect_left(marks.reporting, c.first) - 1
        if k < 0:
            return None
        v = i = marks.reporting[k]
        while i > 0 and words[i - 1] not in self.lex.subject_stop and v - i < _MAX_SUBJECT + 3:
            i -= 1
        return self._phrase(c.sentence, self._joined_teller(c.sentence, i), v)

    def _joined_teller(self, sent: SentenceTokens, i: int) -> int:
        """Where a teller phrase that starts at token i starts with the one "and" joins before it, when that one opens
        its clause and names people or a body: "Hospital workers and residents put the toll at 200" (both tell it; not
        "He met the president and a minister said")."""
        words = sent.words
        if i < 2 or words[i - 1] != "and":
            return i
        j = i - 1
        while j > 0 and i - j <= _JOINED_WORDS and words[j - 1] not in self.lex.subject_stop:
            j -= 1
        opens = j == 0 or words[j - 1] in _CLAUSE_MARKS
        left = words[j:i - 1]
        if not opens or not left or len(left) > _JOINED_WORDS or not all(sent.is_word(k) for k in range(j, i - 1)) \
                or not self.lex.pronouns.isdisjoint(w.lower() for w in left) \
                or HEAD_KINDS.get(left[-1].lower()) not in _TELLER_KINDS:
            return i
        return j

    def _relative_reporter(self, c: Count, start: int) -> tuple[int, int] | None:
        """ "despite a report by UN experts that said 3,000 …", "a UN report which found that 40 …": the teller of a
        relative clause of reporting before the number, after text offset `start` (inside a statement, whose speaker
        only cites it): the noun before the relative pronoun, or who it is by."""
        sent, words, marks = c.sentence, c.sentence.words, self._landmarks(c.sentence)
        k = bisect_left(marks.reporting, c.first + 1) - 1  # (and the count's own first word: "that estimated 4,000")
        if k < 0:
            return None
        v = marks.reporting[k]
        if v < 2 or words[v - 1] not in _RELATIVE_REPORTERS or sent.spans[v - 1][0] < start:
            return None
        for i in range(v - 2, max(-1, v - 2 - _MAX_SUBJECT), -1):
            if sent.spans[i][0] < start or not sent.is_word(i):
                return None
            if words[i] == "by":
                return self._phrase(sent, i + 1, v - 1)
            if words[i] in _ARTICLES:
                return self._phrase(sent, i, v - 1)
        return None

    def _contrasted_reporter(self, c: Count, start: int) -> tuple[int, int] | None:
        """ "Officials confirmed three deaths, but relatives said eight people had died", "…; residents said 15 died":
        the teller of a clause set against the statement's after a contrast, before the number, after text offset
        `start` (inside the statement, whose speaker tells the other figure, not this one)."""
        marks, words = self._landmarks(c.sentence), c.sentence.words
        k = bisect_left(marks.reporting, c.first) - 1
        span = self._reporter(c, marks) if k >= 0 and words[marks.reporting[k]] in _SAYING else None
        if span is None or span[0] < start:
            return None  # (not "while Sanders has raised $6 million": a verb of saying only)
        i = bisect_left(c.sentence.starts, span[0])
        # (in mid-sentence: "; relatives said", ", but relatives said", not a sentence that opens with "But")
        return span if i > 0 and (words[i - 1] == ";" or words[i - 1] in _CONTRASTS and i > 1 and words[i - 2] == ",") \
            else None

    def _trailing_reporter(self, c: Count, marks: _Landmarks) -> tuple[int, int] | None:
        """ "3 people were killed, police said." / ", said the ministry"."""
        sent, words = c.sentence, c.sentence.words
        k = bisect_left(marks.reporting, c.after)
        if k == len(marks.reporting):
            return None
        v = marks.reporting[k]
        before = bisect_left(marks.commas, v) - 1
        if before < 0 or marks.commas[before] < c.after:
            return None
        comma = marks.commas[before]
        if words[comma + 1] in _CLAUSE_JOINERS:
            return None  # "…, and a police spokesman said seven people had been arrested": a clause of its own, whose
            # teller tells what follows, not the count before
        if comma == v - 1:  # ", said the ministry"
            j = v + 1
            while j < len(words) and sent.is_word(j) and words[j] not in self.lex.np_stop - {"the"}:
                j += 1
                if j - v > _MAX_SUBJECT + _MAX_TRIMMED:
                    return None  # far longer than a speaker's name, trimmed or not: the walk stops here
            return self._phrase(sent, v + 1, j)
        return self._phrase(sent, comma + 1, v)


def _in_name(sent: SentenceTokens, k: int) -> bool:
    """Whether the reporting word at token k is a word of a name ("Oklahoma City, United States, killing 168"):
    capitalised after a capitalised word, before a mark or a word in lower case (a headline's "Obama Says 5 Soldiers
    Killed" capitalises every word)."""
    return 0 < k and sent.is_capitalized(k) and sent.is_capitalized(k - 1) and (
        k + 1 == len(sent.words) or not sent.is_word(k + 1) or sent.text[sent.spans[k + 1][0]].islower())


def _gives_figure(words: list[str], k: int) -> bool:
    """Whether the verb of giving at token k gives a figure: "gave a lower toll of 82", "gives the death toll as 40"."""
    return not _FIGURES.isdisjoint(words[k + 1:k + 1 + _FIGURE_WORDS])


def _claims_lives(words: list[str], k: int) -> bool:
    """Whether the reporting word at token k is a verb of lives lost ("The fighting claimed the lives of 30 soldiers",
    "The floods claimed 30 lives"): what harmed them, no teller."""
    if words[k] not in _CLAIMING:
        return False
    # (a number's digits and separators are tokens of their own: "600", ",", "000")
    after = [w for w in words[k + 1:k + 1 + 2 * _LIVES_WORDS] if not (w[:1].isdigit() or w in _NUMBER_MARKS)]
    return not _LIVES.isdisjoint(after[:_LIVES_WORDS])


_CLAIMING = frozenset({"claimed", "claims", "claim", "claiming"})
_LIVES = frozenset({"lives", "life"})
_LIVES_WORDS = 4  # words after "claimed" to "lives", not counting a number's: "claimed as many as 600,000 lives"
_NUMBER_MARKS = frozenset({",", "."})


def _valued_at(words: list[str], k: int) -> bool:
    """Whether the reporting word at token k is the participle of a figure ("damage estimated at $2.5 million")."""
    return words[k] in _VALUING and k + 2 < len(words) and words[k + 1] == "at" \
        and words[k + 2] not in _HEDGES_AFTER_AT
