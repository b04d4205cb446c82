"""Quote marks → quotes paired per paragraph, the units they hold together, and the quotes no cue reached."""
from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_left, bisect_right

from etl.extract import geo
from etl.extract.datelines import opener_end
from etl.extract.firstnames import is_first_name
from etl.extract.mentions import DETERMINERS, HEAD_KINDS, TITLES, is_capitalized, resolver_for
from etl.extract.statements.items import CONFIDENCE_CONTINUATION, CONFIDENCE_NO_SPEAKER, Context, Found, Quote, Unit
from etl.extract.statements.phrases import bare_determiner, past_determiner, strong_speaker, subject_of
from etl.extract.text import Doc, Enclosures, Sentence

_QUOTE_MARK = re.compile(r"“|”|\"|''")
OPENING_MARKS = frozenset("“\"'‘")
CLOSING_MARKS = frozenset("”\"'’")

_SPEECH_WORDS = 8            # a quote this long is speech; a shorter one must end like a sentence or clause
_MIN_SPEECH_WORDS = 3        # shorter quotes are scare quotes or names, whatever their punctuation
_FLOAT_GAP = 600             # characters between a statement and a quote paragraph that carries on its speaker
_WORD = re.compile(r"[A-Za-z][\w.’'-]*")
_SPEAKER_KINDS = frozenset({"person", "group", "organization", "media"})
_FLOAT_PARAGRAPHS = 2        # paragraphs back that a quote paragraph looks for the speaker it carries on
# Words a title leaves in lower case ("Gang of Eight", "Thelma and Louise", "Meet the Press").
_TITLE_LOWER = frozenset({"a", "an", "the", "and", "or", "of", "for", "in", "on", "to", "at", "by", "with", "from"})
_TITLE_WORDS = 10            # a quote of fewer words may be a title in capitals ("The Long Road Home")
_MERGE_GAP = 0.8             # a continuing quote joins its statement when the text between is at most this share


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


# A single mark that may quote in British house style; not half of a doubled apostrophe ("''"), itself a quote mark.
# (The mark is matched first and the apostrophe before it looked back for: a pattern that opens with its characters
# lets the regex engine skip in C to the next mark, where one that opens with a look back is tried at each character.)
_SINGLE_MARK = re.compile(r"['‘’](?<!'.)(?!')")
# A mark before these is an apostrophe eliding a word's start: "'em", "rock 'n' roll", "the '90s", "'tis".
_ELISION = re.compile(r"(?:em|n|til|tis|twas|cause|\d0s)\b", re.IGNORECASE)
_AFTER_CLOSING = frozenset(",.;:!?)—–-")
_AS_DOUBLE = str.maketrans("'‘’", "\"“”")


def british_quotes(text: str, paragraphs: list[tuple[int, int]], doubled_quotes: list[Quote]) -> str:
    """The text with the single quote marks of British house style written as double ones ("'We have tried
    everything,' she said"), so that every later step reads them as quotes; offsets do not move. A mark inside a
    double-quoted passage stays (a quote within a quote), as does an apostrophe: inside a word ("don't"), eliding a
    word's start ("'em") or after a plural's s before its noun ("the workers' union"), which closes a quote only when
    nothing else does ("called them 'terrorists' and left"). An article that quotes more often in double marks keeps
    its single ones as written: its headline's ("Trump: 'We will win'") or its quotes' within a quote.
    `doubled_quotes`: the text's quotes in double marks (`find_quotes`); the text itself is returned when no mark
    changes."""
    # Every changed mark is a quote's opening mark (' or ‘) or the closing one after it: fewer such marks than the
    # double-quoted passages leave the text as it is (see the test after the loop), as no mark at all does.
    openers = text.count("'") + text.count("‘")
    if not openers or openers < len(doubled_quotes):
        return text
    doubled = Enclosures((q.start, q.end) for q in doubled_quotes)
    marks: list[int] = []
    for ps, pe in paragraphs:
        opened: int | None = None
        plural: int | None = None  # a mark after a plural's s, the quote's end if no other comes
        for m in _SINGLE_MARK.finditer(text, ps, pe):
            pos, mark = m.start(), m.group()
            if doubled.holds(pos, pos + 1):
                continue
            before = text[pos - 1] if pos > ps else " "
            after = text[pos + 1] if pos + 1 < pe else " "
            if mark != "’" and (before.isspace() or before in "([—–:") and after.isalnum() \
                    and not _ELISION.match(text, pos + 1):
                if opened is not None and plural is not None:
                    marks += (opened, plural)
                opened, plural = pos, None  # an opening before ended in no closing mark: it was an apostrophe
            elif opened is not None and mark != "‘" and not before.isspace() \
                    and (after.isspace() or after in _AFTER_CLOSING):
                if after.isspace() and before in "sS" and pos + 1 < pe:
                    plural = pos if plural is None else plural
                else:
                    marks += (opened, pos)
                    opened, plural = None, None
        if opened is not None and plural is not None:
            marks += (opened, plural)
        elif opened is not None and not text[ps:opened].strip():
            marks.append(opened)  # a quotation going on into the next paragraph opens each of its paragraphs
    if not marks or len(marks) < 2 * len(doubled.spans):
        # no quote in single marks, or the article quotes in double marks ("'racist'" in a headline, a quote within a
        # quote)
        return text
    chars = list(text)
    for pos in marks:
        chars[pos] = chars[pos].translate(_AS_DOUBLE)
    return "".join(chars)


def find_units(doc: Doc, quotes: list[Quote]) -> list[Unit]:
    """Sentences, merged where a quote crosses a sentence boundary; a wire story's first starts after its dateline
    ("KHARKIV, Ukraine (AP) — ") or its agency's credit ("(CNN) "), which are no part of what was said nor who said
    it."""
    units: list[Unit] = []
    qi = 0
    reach = -1  # furthest end of the quotes opened before the current sentence
    opening = opener_end(doc)
    for s in doc.sentences:
        if s.start < opening < s.end:
            s = Sentence(opening, s.end, s.paragraph)
        while qi < len(quotes) and quotes[qi].start < s.start:
            reach = max(reach, quotes[qi].end)
            qi += 1
        if units and units[-1].paragraph == s.paragraph and s.start < reach:
            units[-1] = Unit(units[-1].start, s.end, s.paragraph)
        else:
            units.append(Unit(s.start, s.end, s.paragraph))
    return units


def inside_quote(ctx: Context, pos: int) -> bool:
    i = bisect_right(ctx.quote_starts, pos) - 1
    return i >= 0 and ctx.quotes[i].start < pos < ctx.quotes[i].end - 1


def quote_before(ctx: Context, lo: int, hi: int, paragraph: int) -> Quote | None:
    """The quote that ends right before hi ("“…,” Trump said": the quote before the speaker)."""
    i = bisect_left(ctx.quote_starts, hi) - 1
    if i >= 0:
        q = ctx.quotes[i]
        if q.start >= lo and q.end <= hi and q.paragraph == paragraph \
                and ctx.text[q.end:hi].strip() in {"", ",", "—", "–", "-", "--"}:
            return q
    return None


def typed(ctx: Context, start: int, end: int) -> tuple[int, int, str]:
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


def next_paragraph_quote(ctx: Context, unit: Unit) -> tuple[int, int] | None:
    """The quote opening the next paragraph, for "X said:" closing a paragraph."""
    i = bisect_left(ctx.quote_starts, unit.end)
    if i < len(ctx.quotes) and ctx.quotes[i].paragraph == unit.paragraph + 1:
        q = ctx.quotes[i]
        if _opens_paragraph(ctx, q):
            return q.start, q.end
    return None


def unit_of(ctx: Context, pos: int) -> Unit:
    return ctx.units[max(0, bisect_right(ctx.unit_starts, pos) - 1)]


def _opens_unit(ctx: Context, q: Quote) -> bool:
    return q.start <= unit_of(ctx, q.start).start + 1


def _opens_paragraph(ctx: Context, q: Quote) -> bool:
    i = bisect_right(ctx.unit_starts, q.start) - 1
    return i >= 0 and ctx.units[i].paragraph == q.paragraph and q.start <= ctx.units[i].start + 1 \
        and (i == 0 or ctx.units[i - 1].paragraph != q.paragraph)


def is_speech(text: str, q: Quote) -> bool:
    """Whether a quote reads as speech rather than a scare quote, a slogan or a title."""
    inner = text[q.start + 1:q.end - 1].strip(" '\"“”‘’")
    words = inner.split()
    if len(words) < _MIN_SPEECH_WORDS:
        return False
    if len(words) < _TITLE_WORDS and not inner.endswith("?"):
        # the words a title capitalises: not its short function words ("Gang of Eight", "Meet the Press"); read in a
        # short quote only (a speech of many words is no title, and its words are not gone through for one)
        alphabetic = [w for w in words if w[:1].isalpha() and w not in _TITLE_LOWER]
        if alphabetic and sum(is_capitalized(w) for w in alphabetic) >= 0.8 * len(alphabetic):
            return False  # "The Long Road Home"
    return len(words) >= _SPEECH_WORDS or _CLAUSE_END.search(inner) is not None or not q.closed


_CLAUSE_END = re.compile(r"[.!?,]\W*$")  # a short quote that ends as a sentence or a clause does is speech


def attach_quotes(ctx: Context, found: list[Found], headline: int, dropped: Counter[str]) -> list[Found]:
    """Quotes no cue reached: continuations of the last speaker, or speech without a speaker; the quotes that
    are neither are counted in `dropped`."""
    text = ctx.text
    found.sort(key=lambda f: f.content)
    out = list(found)
    # the quotes attached below lie apart from every later quote, so only the statements found so far can
    # hold a quote to come
    covered = Enclosures(f.content for f in found)
    found_starts = [f.content[0] for f in found]
    attached: Found | None = None  # the latest quote attached to a speaker below
    for q in ctx.quotes:
        if q.paragraph == headline:
            dropped["statements: quote in a headline"] += 1
            continue
        if covered.holds(q.start, q.end):
            continue
        if not is_speech(text, q):
            dropped["statements: quote read as no speech (a scare quote or title)"] += 1
            continue
        last = _last_speaker(text, found, found_starts, attached, q)
        opens = _opens_unit(ctx, q)
        if last is not None and last.paragraph == q.paragraph and last.quote_type != "indirect":
            quoted = (last.content[1] - last.content[0]) + (q.end - q.start)
            gap = text[last.content[1]:q.start].strip()
            # A quote carries on after its attribution ("“A,” she said, “B.”") or in the next sentence: a
            # segment of the same utterance; a quote inside a later clause ("…, who thinks they “need to …”")
            # is another matter.
            if q.start - last.content[1] <= _MERGE_GAP * quoted and (opens or gap.endswith((",", ":"))):
                attached = _segment(last, q, "same_quote", last.confidence)
                out.append(attached)
                continue
        if opens and last is not None and last.paragraph == q.paragraph:
            attached = _segment(last, q, "previous_sentence", CONFIDENCE_CONTINUATION, group=False)
            out.append(attached)
        elif opens and last is not None and _opens_paragraph(ctx, q) and not _intervenes(ctx, last, q):
            # Press style: a quotation running over paragraphs opens each of them and closes only at the end.
            if last.paragraph == q.paragraph - 1 and last.quote_type != "indirect" and _runs_on(ctx, last):
                attached = _segment(last, q, "same_quote", last.confidence)
            else:
                attached = _segment(last, q, "previous_paragraph", CONFIDENCE_CONTINUATION, group=False)
            out.append(attached)
        elif opens and (carried := _attributed_next(ctx, found, found_starts, q)) is not None:
            # "“I kept shouting at him to stop. ¶ “I want the strictest punishment,” Nakhwa said.": a quotation running
            # over paragraphs, attributed in a later one
            out.append(_segment(carried, q, "same_quote", carried.confidence))
        elif opens:
            # Speech nobody is named for.
            out.append(Found((q.start, q.end), "direct", None, None, None, None, CONFIDENCE_NO_SPEAKER,
                             q.paragraph))
        else:
            # A quote inside a sentence with no cue: the words of the sentence's subject ("He jokes, “…”").
            unit = unit_of(ctx, q.start)
            subject = subject_of(text, unit, q.start)
            if subject is not None and bare_determiner(text, subject):
                # "The skipper singled out Pope as “…”": the determiner's phrase runs on to its noun; where no noun
                # follows, speech whose speaker the words do not name for us
                subject = past_determiner(text, subject, q.start)
            elif subject is None or not strong_speaker(text, subject) or subject[1] > q.start or (
                    text[subject[0]:subject[1]].lower() in _KICKERS):
                dropped["statements: quote inside a sentence with no speaker"] += 1
                continue  # (nor is a heading's kicker a speaker: "Q&A: 'The protests in Iran are different this time'")
            attached = Found((q.start, q.end), "direct", None, None, subject, None, CONFIDENCE_NO_SPEAKER,
                             q.paragraph)
            out.append(attached)
    out.sort(key=lambda f: f.content)
    return out


# the words that label a story's kind before its heading's colon
_KICKERS = frozenset({"q&a", "interview", "analysis", "explainer", "opinion", "comment", "editorial", "factbox",
                      "timeline", "watch", "video", "live", "update", "breaking", "exclusive", "fact check"})


def _segment(last: Found, q: Quote, source: str, confidence: float, group: bool = True) -> Found:
    """The quote q as a statement by last's speaker: a later segment of last's utterance (same cue and
    group), or, with group False, a quote of its own that carries on last's speaker without a cue."""
    if group:
        return Found((q.start, q.end), "direct", last.cue, last.cue_class, last.speaker, last.apposition,
                     confidence, q.paragraph, source, last.leader or last.content)
    return Found((q.start, q.end), "direct", None, None, last.speaker, last.apposition, confidence, q.paragraph,
                 source)


def _attributed_next(ctx: Context, found: list[Found], found_starts: list[int], q: Quote) -> Found | None:
    """The statement a quote left open at its paragraph's end runs on into: a quote with a speaker opening the next
    paragraph. (Not one holding another mark, maybe a closing one misprinted: "“Do you want that?“ he asked.")"""
    if q.closed or _QUOTE_MARK.search(ctx.text, q.start + 1, q.end):
        return None
    k = bisect_left(found_starts, q.end)
    if k == len(found):
        return None
    f = found[k]
    i = bisect_left(ctx.quote_starts, f.content[0])
    if f.paragraph != q.paragraph + 1 or f.speaker is None or f.quote_type == "indirect" or i == len(ctx.quotes) \
            or ctx.quote_starts[i] != f.content[0] or not _opens_paragraph(ctx, ctx.quotes[i]):
        return None
    return f


def _runs_on(ctx: Context, f: Found) -> bool:
    """Whether a statement ends with a quote left open at its paragraph's end."""
    i = bisect_left(ctx.quote_ends, f.content[1])
    return i < len(ctx.quotes) and ctx.quote_ends[i] == f.content[1] and not ctx.quotes[i].closed


def _last_speaker(text: str, found: list[Found], found_starts: list[int], attached: Found | None,
                  q: Quote) -> Found | None:
    """The last statement with a speaker that ends before the quote, in its paragraph or the one before:
    the later of the latest quote attached to a speaker and the last such statement found from a cue. Read
    from the quote backwards, so that a paragraph of many quotes is not walked again for each of them. A
    statement in a relative clause after another of its paragraph ("“…,” said Bryant, a backer of Cruz, who has
    since called on …") is an aside: the quote goes on with the speaker before."""
    if attached is not None and attached.paragraph < q.paragraph - _FLOAT_PARAGRAPHS:
        attached = None
    k = bisect_right(found_starts, q.start) - 1
    while k >= 0 and found[k].paragraph >= q.paragraph - _FLOAT_PARAGRAPHS:
        f = found[k]
        if attached is not None and f.content[0] < attached.content[0]:
            break
        if f.content[1] <= q.start and f.paragraph <= q.paragraph and f.speaker is not None \
                and not (k > 0 and _relative_aside(text, found[k - 1], f)):
            return f
        k -= 1
    return attached


def _relative_aside(text: str, before: Found, f: Found) -> bool:
    """Whether f's speaker is a relative pronoun after the statement before, in its paragraph."""
    return text[f.speaker[0]:f.speaker[1]].lower() in {"who", "which"} and before.speaker is not None \
        and before.paragraph == f.paragraph and before.content[1] <= f.speaker[0]


def _intervenes(ctx: Context, last: Found, q: Quote) -> bool:
    """Whether the text between a statement and a later quote names someone else who could be the quote's
    speaker ("Lawyer Ben Cruz disagreed.", "Later, the police closed the square."): a first name, a title or
    a noun for people or organisations. Things ("The building was empty.") and pronouns do not stand between
    them; a long stretch of text does."""
    text = ctx.text
    if q.start - last.content[1] > _FLOAT_GAP:
        return True
    speaker = set(text[last.speaker[0]:last.speaker[1]].split())
    # from the end of the statement's sentence: its attribution ("…,” Farage told BBC Radio) is no one else
    after = unit_of(ctx, max(last.content[1], last.speaker[1], last.cue[1] if last.cue else 0) - 1).end
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, after, q.start)]
    for k, (pos, word) in enumerate(words):
        if word in speaker or inside_quote(ctx, pos):
            continue
        full_name = k + 1 < len(words) and is_capitalized(words[k + 1][1]) and is_first_name(word)
        if full_name or word in TITLES or HEAD_KINDS.get(word.lower()) in _SPEAKER_KINDS:
            return True
    return False


# A transcript's line: a label in capitals and a colon open the paragraph ("JAKE TAPPER: Donald Trump released a
# video …", "SEN. MARIA LOPEZ: I think …", "DALTON: What changed is the math."), the rest of it the words said.
_TRANSCRIPT_LABEL = re.compile(r"[ \t]*((?:[A-Z][A-Z.'’-]*[ \t]){0,3}[A-Z][A-Z'’-]+):[ \t]+(?=\S)")
_UPPER_TITLES = frozenset(t.upper() for t in TITLES) | frozenset(t.upper().rstrip(".") for t in TITLES)
# An interview's answer: a name in mixed case and a colon open the paragraph after a question ("Question: What about
# disarmament? ¶ Getachew Reda: Our forces handed over …"); the question's line, by its label or its mark
_ANSWER_LABEL = re.compile(r"[ \t]*((?:[A-Z][a-z'’-]+[ \t]){0,3}[A-Z][a-z'’-]+):[ \t]+(?=\S)")
_QUESTION_LINE = re.compile(r"[ \t]*(?:(?:Q|Question|Q&A)[ \t]*:|Q\.[ \t])|.*\?[”\"]?[ \t]*$")
# An answer's line that names nobody ("Q: What happened? ¶ A: We heard gunfire …"): the words of whom the interview's
# introduction names
_ANSWER_MARK = re.compile(r"[ \t]*(A|Answer)[ \t]*([.:])[ \t]+(?=\S)")
_INTRO_PARAGRAPHS = 2  # paragraphs before the first question searched for whom the interview is with
# a person's name in an introduction: two to four capitalised words, a title maybe before them
_INTRO_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,4}")
_ABBREVIATED_END = re.compile(r"(?:\b[A-Z]|\b(?:Jr|Sr|St))\.$")  # a name's last period that is its own: "John F.", "Jr."
# whose name is no interviewee's: the one asking ("our reporter Tom Hale", "Correspondent Ana Diaz", "by Tom Hale")
_ASKERS = r"(?:reporter|correspondent|journalist|editor|interviewer|host|anchor)"
_ASKER = re.compile(rf"\b(?:{_ASKERS}|by),?[ \t]*$", re.IGNORECASE)
_ASKER_TITLE = re.compile(rf"(?:[A-Z][\w'’.-]*[ \t]+)?{_ASKERS}\b", re.IGNORECASE)


def transcript_lines(doc: Doc, found: list[Found], headline: int, dropped: Counter[str]) -> list[Found]:
    """The lines of a transcript the other steps left: a paragraph opened by a speaker's label in capitals and a colon,
    a direct statement of the rest of the paragraph (no quote marks: the label marks the words as said), its speaker
    the label and its cue the colon. A label is a speaker's when it is a name: a first name and more ("JAKE
    TAPPER"), a title and a name ("SEN. MARIA LOPEZ"), or a name the article writes elsewhere ("DALTON" for Ray
    Dalton); not a heading's kicker ("BREAKING:", "EXCLUSIVE:", "STAT OF THE WEEK:")."""
    text = doc.text
    taken = Enclosures(f.content for f in found)
    out = []
    labelled: set[str] = set()  # the last words of the labels read as speakers
    interviewee: tuple[int, int] | None | bool = False  # whom the answers marked "A:" are of, once looked for
    for n, (start, end) in enumerate(doc.paragraphs):
        mark = _ANSWER_MARK.match(text, start, end) if text.startswith("A", start) and n != headline else None
        if mark is not None and _asked(doc, n):
            if interviewee is False:
                interviewee = _interviewee(doc, n - 1)
            content_end = len(text[:end].rstrip())
            if interviewee is not None and not taken.holds(mark.end(), content_end):
                out.append(Found((mark.end(), content_end), "direct", mark.span(2), "say", mark.span(1), None,
                                 CONFIDENCE_CONTINUATION, n, named_at=interviewee))
            continue
        if text.find(":", start, end) < 0:
            continue  # (both labels end in a colon: most paragraphs hold none, and the question's line is not read)
        m = _TRANSCRIPT_LABEL.match(text, start, end) or (
            _ANSWER_LABEL.match(text, start, end) if _asked(doc, n) else None)
        if m is None or n == headline or m.start(1) < opener_end(doc):
            continue  # (nor the dateline: "DERA ISMAIL KHAN: A man was shot dead …")
        content_end = len(text[:end].rstrip())
        if taken.holds(m.end(), content_end) or content_end - m.end() < 2:
            continue
        label = m.group(1)
        answered = m.re is _ANSWER_LABEL and geo.place_country(label) is None and (
            " " in label or re.search(rf"\b[A-Z][a-z]+\s+{label}\b", text) is not None
            or is_first_name(label) and re.search(rf"\b{label}\s+[A-Z][a-z]+", text) is not None)
        # (not "South Africa: …"; one word, the surname or the first name of a name the text writes: "Vakil" of Sanam
        # Vakil, "Ahmed" of Ahmed Salim)
        if not (answered or _speaker_label(text, m.group(1)) or m.group(1).split()[-1] in labelled):
            dropped["statements: a label in capitals that names nobody ('EXCLUSIVE:')"] += 1
            continue
        labelled.add(m.group(1).split()[-1])  # "LOPEZ:" after "SEN. MARIA LOPEZ:"
        colon = m.end(1)
        out.append(Found((m.end(), content_end), "direct", (colon, colon + 1), "say", m.span(1), None,
                         CONFIDENCE_CONTINUATION, n))
    return out


def _asked(doc: Doc, n: int) -> bool:
    """Whether the paragraph before the n-th is a question's line."""
    return n > 0 and _QUESTION_LINE.match(doc.text, *doc.paragraphs[n - 1]) is not None


def _interviewee(doc: Doc, question: int) -> tuple[int, int] | None:
    """Where the introduction of an interview names whom it is with: the first person's name in the paragraphs before
    its first question ("Amina Yusuf, a nurse at the hospital, spoke to our reporter", "The Guardian spoke to Colonel
    Ibrahim Musa"), not the one asking ("our reporter Tom Hale"); None when they name no one."""
    while question > 0 and _QUESTION_LINE.match(doc.text, *doc.paragraphs[question - 1]):
        question -= 1  # (back past the lines of a question of several)
    resolver = resolver_for(doc)
    for start, end in doc.paragraphs[max(0, question - _INTRO_PARAGRAPHS):question]:
        for m in _INTRO_NAME.finditer(doc.text, start, end):
            mention = resolver.resolve(*m.span())
            if mention.kind == "person" and mention.canonical and " " in mention.canonical \
                    and not _ASKER.search(doc.text, max(start, m.start() - 20), m.start()) \
                    and not _ASKER_TITLE.match(m.group()):
                return m.start(), m.end() - (m.group().endswith(".") and not _ABBREVIATED_END.search(m.group()))
    return None


def _speaker_label(text: str, label: str) -> bool:
    """Whether a label in capitals names a person who speaks: a title and a name, a known first name and a surname, or
    the surname of a full name the text writes in mixed case, after a first name ("DALTON" for Ray Dalton); not a
    place ("MAIDUGURI:", "NEW DELHI:", datelines) nor the story's reporter, whose narration the label opens ("NPR's
    Jenna Hollis reports. … HOLLIS: Election officials say …")."""
    words = label.split()
    surname = words[-1].title()
    if re.search(rf"\b{re.escape(surname)}\s+reports\b|\b{re.escape(words[-1])},\s*BYLINE\b", text):
        return False
    while words and (words[0] in _UPPER_TITLES or words[0].rstrip(".") in _UPPER_TITLES):
        words = words[1:]
        if words:
            return True  # "SEN. MARIA LOPEZ", "PRESIDENT OBAMA"
    if not words:
        return False
    if len(words) >= 2 and is_first_name(words[0].title()):
        return geo.place_country(label.title()) is None  # (not "MANDI BAHAUDDIN:", a place)
    if len(words) > 1:
        return False
    return any(is_first_name(m.group(1)) and m.group(1).lower() not in DETERMINERS  # ("The Maiduguri attack")
               for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b", text))
