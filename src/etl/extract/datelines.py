"""The dateline that opens a wire story: where (and maybe when) it was filed, and where its first sentence starts.

"KHARKIV, Ukraine (AP) — Russian forces shelled …": the dateline's words are no part of the sentence after it, so
they are no actor, no speaker and no part of what was said. And where the story starts (`opening`): the line of its
headline, if it has one, and its lead, as every extractor reads them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice

from etl.extract import geo
from etl.extract.dates import DateMention, find_dates
from etl.extract.text import Doc

# "KHARKIV, Ukraine (AP) — ", "KABUL, May 5 (Reuters) - ", "DAKAR, 5 May 2025 (AFP) - ", "WASHINGTON — ", "PESHAWAR: ",
# "CULIACÁN, Sinaloa — ",
# "CAMP SIONGCO, Maguindanao del Norte — ": a place in capitals (accented too),
# maybe its region or country, maybe a date, maybe an agency, then a dash (or a colon after a known place), at the
# start of the article.
_DATELINE = re.compile(
    r"\s*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-zÀ-ÿ'’.\-]+"
    r"(?:\s+(?:(?:de|del|de la|do|da|dos|das)\s+)?[A-Z][A-Za-zÀ-ÿ'’.\-]+){0,2}))?"
    r"(?:,?\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[^()\n]{1,30})\))?\s*(?P<mark>—|–|--|-|:)\s+")


# "Srinagar: Two militants …", "New Delhi — …": a known place in title case before a colon or a dash, as regional
# outlets write the dateline (but "Arrests: …", "Update: …" are headings, no place).
_TITLED_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][a-z'’.\-]+(?:\s+[A-Z][a-z'’.\-]+){0,2})(?P<region>(?!))?(?P<date>(?!))?"
    r"\s*(?:\((?P<agency>[^()\n]{1,30})\))?\s*(?P<mark>—|–|--|:)\s+(?=[A-Z0-9“\"‘'])")


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where (and maybe when) a wire story was filed: its words are no part of the first sentence."""
    end: int                    # offset after the dateline's dash and spaces
    place: geo.Place
    date: DateMention | None
    paragraph: int = 0          # the paragraph it opens: the lead's, after a headline's line if one comes first


def find_dateline(text: str, published: date | None) -> Dateline | None:
    """The dateline that opens an article, if any: a place in capitals before a dash, at the start or after the line of
    a headline (a line "O’Malley campaign to shift staff", then "DALLAS (AP) — …"); else a known place in title case
    before a colon or a dash, as regional outlets write it ("Srinagar: …", "New York (AFP) – …")."""
    start = _past_furniture(text, 0)
    headline = _HEADLINE.match(text, start)
    below = _past_furniture(text, headline.end()) if headline else -1
    for titled in (False, True):  # a dateline in capitals first, at the start or after a headline's line
        found = _dateline_at(text, start, published, _paragraphs_before(text, start), titled) or (
            _dateline_at(text, below, published, _paragraphs_before(text, below), titled) if headline else None)
        if found is not None:
            return found
    return None


_HEADLINE = re.compile(r"[^\n]{1,200}\n\s*(?=[A-Z])")  # a line of a headline, before the lead's paragraph

# Lines a web page sets above or below its headline that tell nothing of the story: when it was posted or updated
# ("Updated 9.15am AEDT", "Published: 12 March 2025, 10:01 GMT"), who wrote it ("By Jane Smith and Ali Khan,
# Reuters"), how long it reads ("4 min read"). Each is a line of its own, closed by no period.
_FURNITURE = re.compile(
    r"[ \t]*(?:(?i:(?:(?:last|first)\s+)?(?:updated|published|posted|modified)\b(?:\s+(?:on|at))?:?)[ \t]+"
    r"(?=[^\n]{0,60}\d)[^\n.]{1,60}(?:\.\d[^\n.]{0,30})?"
    r"|(?i:by)[ \t]+[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}"
    r"(?:(?:,|[ \t]+and|[ \t]+&)[ \t]+[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}){0,3}"
    r"|\d{1,2}[ \t]+(?i:min(?:ute)?s?[ \t]+read))[ \t]*\n\s*")


def _past_furniture(text: str, start: int) -> int:
    """Where the text goes on after the lines of a page's furniture (see `_FURNITURE`) that open it at `start`."""
    while (m := _FURNITURE.match(text, start)) is not None:
        start = m.end()
    return start


def _paragraphs_before(text: str, start: int) -> int:
    """How many paragraphs (non-blank lines) the text holds before offset `start`."""
    return sum(1 for line in text[:start].split("\n") if line.strip())


def _dateline_at(text: str, start: int, published: date | None, paragraph: int = 0,
                 titled: bool = False) -> Dateline | None:
    m = (_TITLED_DATELINE if titled else _DATELINE).match(text, start, min(len(text), start + 120))
    if m is None or len(m.group("place").replace(" ", "")) < 3 or "\n" in text[start:m.end()]:
        return None
    line_end = text.find("\n", m.end())
    if titled and _title_cased(text[m.end():line_end if line_end >= 0 else None]):
        return None  # "Obama: Families Of Gun Violence Victims Don't Care …": a headline, which a name opens
    start = m.start("place")
    end = m.end("region") if m.group("region") else m.end("place")
    surface = text[start:end]
    place = geo.Place(start, end, surface, geo.place_country(surface.title()))
    if (m.group("mark") == ":" or titled) and place.country is None:
        return None  # "PESHAWAR: Two policemen …" is a dateline; "BREAKING: …", "UPDATE: …" are none
    dated = find_dates(text, published, m.start("date"), m.end("date")) if m.group("date") else []
    return Dateline(m.end(), place, dated[0] if dated and dated[0].date else None, paragraph)


def _title_cased(line: str) -> bool:
    """Whether a line is written as a headline: most of its words of four letters or more after the first
    capitalised ("Families Of Gun Violence Victims …", not "Thousands marched on Saturday")."""
    words = [w for w in re.findall(r"[A-Za-z’']+", line)[1:] if len(w) >= 4]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) > len(words) / 2


def dateline_of(doc: Doc) -> Dateline | None:
    """The article's dateline, its date read against the publication day; read once and shared by the extractors
    (statements start after it, events take its place and date)."""
    def read(d: Doc) -> Dateline | None:
        published = d.article.published_at
        return find_dateline(d.text, published.date() if isinstance(published, datetime) else published)
    return doc.shared("dateline", read)


# "(CNN) A suicide bomber …", "(Reuters) - …": an agency's credit opening a story that gives no place
_CREDIT = re.compile(r"\s*\((?:[A-Z][A-Za-z.&]*)(?:\s+[A-Z][A-Za-z.&]*){0,3}\)\s*(?:(?:—|–|--|-)\s+)?(?=[A-Z“\"'‘])")


def opener_end(doc: Doc) -> int:
    """Where the words of the story start: after its dateline, or after an agency's credit that opens it with no
    place ("(CNN) A suicide bomber …"), or after the lines of a page's furniture ("Updated 9.15am AEDT"); 0 when it
    has none. Read once per article: coreference asks it for every
    pair of placed mentions it compares."""
    def read(d: Doc) -> int:
        dateline = dateline_of(d)
        if dateline is not None:
            return dateline.end
        start = _past_furniture(d.text, 0)
        found = _CREDIT.match(d.text, start, min(len(d.text), start + 60))
        return found.end() if found else start
    return doc.shared("opener_end", read)


@dataclass(frozen=True, slots=True)
class Opening:
    """Where a story starts (indices of `Doc.paragraphs`): its headline's line, if it has one, and its lead."""
    headline: int  # -1: the text opens with its story
    lead: int


_HEADLINE_WORDS = 20  # words of a headline's line at most (one that repeats the article's title may be longer)
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",")  # what closes a sentence or opens what follows: no headline ends so
_CLOSING_MARKS = "”’\"' \t"  # quote marks that close a headline's quote ("Mayor: city 'will not surrender'")
_WORD = re.compile(r"[^\W\d_]{2,}")  # two letters or more


def opening(doc: Doc) -> Opening:
    """The headline's line and the lead of a story, read once per article and shared by the extractors.

    A headline's line is the first line of the story's words (past a dateline, an agency's credit or a page's furniture,
    see `opener_end`) that holds two words or more (a line of stray marks, a control character or a lone kicker's
    word is none and hides none), with paragraphs below it, and either repeats the article's title or is short (20
    words at most) with nothing that closes a sentence at its end: "Army says border calm after shelling", not "Rebels
    shelled the border town on Monday." Its words are the story's shorthand: no statement, and a count of it that the
    story tells again is not counted twice.
    The lead is the story's first paragraph: the one its dateline opens, else the first below the headline's line and
    the furniture under it ("Driver charged over CBD crash", "Updated 9.15am AEDT", then the lead), else the first
    line of two words or more."""
    def read(d: Doc) -> Opening:
        paragraphs, text = d.paragraphs, d.text
        dateline = dateline_of(d)
        # (a dateline below a headline's line opens the lead: the headline's line is read from the text's start)
        start = _past_furniture(text, 0) if dateline is not None else opener_end(d)
        first = next((n for n, (s, e) in enumerate(paragraphs)
                      if e > start and next(islice(_WORD.finditer(text, max(s, start), e), 1, None), None)), -1)
        if dateline is not None:
            shaped = 0 <= first < dateline.paragraph and _headline_line(d, first, start)
            return Opening(first if shaped else -1, dateline.paragraph)
        if first < 0:
            return Opening(-1, 0)
        if not _headline_line(d, first, start):
            return Opening(-1, first)
        below = _past_furniture(text, paragraphs[first + 1][0])
        return Opening(first, next((n for n, (_, e) in enumerate(paragraphs) if e > below), first + 1))
    return doc.shared("opening", read)


def _headline_line(doc: Doc, n: int, start: int) -> bool:
    """Whether paragraph n, the first with words, is a headline's line (see `opening`)."""
    if n + 1 >= len(doc.paragraphs):
        return False
    line = doc.text[max(start, doc.paragraphs[n][0]):doc.paragraphs[n][1]].rstrip(_CLOSING_MARKS)
    title = (doc.article.title or "").strip().rstrip(_CLOSING_MARKS + ".")
    if title and line.rstrip(_CLOSING_MARKS + ".") == title:  # ("… 'top secret.'" repeats "… 'top secret'")
        return True
    return not line.endswith(_SENTENCE_ENDS) and len(line.split()) <= _HEADLINE_WORDS


def lead_paragraph(doc: Doc) -> int:
    """The paragraph of the story's lead (see `opening`)."""
    return opening(doc).lead
