"""Mentions of people and organisations in one article → who each refers to, resolved within the article.

Build one `Resolver` per `Doc` and ask it about any span:

    resolver = Resolver(doc)
    m = resolver.resolve(start, end)      # a Mention for doc.text[start:end]
    m.text, m.canonical, m.kind, m.role   # "Kirby", "John Kirby", "person", "National Security Council spokesperson"

What `resolve` does with the span:
- title or role + name → the name, the rest kept as `role`: "Ukrainian President Volodymyr Zelensky" →
  canonical "Volodymyr Zelensky", role "Ukrainian President"; an appositive after a comma is a role too
  ("Michael Briggs, a spokesman for Sanders").
- a surname or first name alone → the full name met elsewhere in the article ("Kirby" → "John Kirby";
  the nearest full name before the span wins when two people share a surname).
- a pronoun (he, she, it) → the nearest earlier compatible person or organisation, preferring the
  subject of a previous sentence; they, we, I and you stay unresolved (canonical None).
- an acronym ↔ its expansion: "NIS" and "National Intelligence Service" both resolve to the expansion,
  learnt from "National Intelligence Service (NIS)" or from the initials of a name in the article.
- organisations, media, countries and unnamed sources ("officials", "a source familiar with the talks")
  keep their wording without determiner or possessor as canonical, with `kind` saying what they are:
  person | organization | country | media | group | unknown.

`analyze(phrase)` gives the same split (canonical, kind, role) for a phrase on its own, without the
article: no surname, pronoun or acronym resolution.

`resolver_for(doc)` gives the one resolver every extractor working on the same Doc shares.

Building a resolver reads the article once (one regular-expression pass over capitalised runs for full
names and acronyms); pronouns look back at most three sentences when asked. Answers do not depend on the
order of calls, so one resolver can serve every extractor working on the same Doc.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from etl.extract import geo
from etl.extract.datelines import opener_end
from etl.extract.firstnames import is_first_name
from etl.extract.text import PHRASE_WORD, Doc, head_word, sentence_at
from etl.extract.wordlists import tsv_rows
from etl.paths import LEXICON_DIR

RESOLVER_KEY = "mentions.Resolver"  # under this key in Doc.shared


_WORDS = json.loads((LEXICON_DIR / "speakers_words.json").read_text(encoding="utf-8"))
PRONOUNS: dict[str, tuple[str, str, str]] = {k: tuple(v) for k, v in _WORDS["pronouns"].items()}
DETERMINERS = frozenset(_WORDS["determiners"])
NOT_NAMES = frozenset(_WORDS["not_names"])
PARTICLES = frozenset(_WORDS["particles"])
CONNECTORS = frozenset(_WORDS["connectors"])
MODIFIERS = frozenset(_WORDS["modifiers"])
PAST_MODIFIERS = frozenset(_WORDS["past_modifiers"])
POSTMODIFIERS = tuple(_WORDS["postmodifiers"])
_POSTNOMINALS = frozenset(_WORDS["postnominals"])
# Title → gender ("m", "f" or "-"); multi-word titles are matched on their words joined by spaces.
TITLES: dict[str, str] = {row[0]: row[1] for row in tsv_rows("speakers_titles.tsv")}
HEAD_KINDS: dict[str, str] = {row[0]: row[1] for row in tsv_rows("speakers_nouns.tsv")}
_MAX_TITLE_WORDS = max(len(t.split()) for t in TITLES)
_TITLE_FIRST_WORDS = frozenset(t.split()[0] for t in TITLES)

# Runs of capitalised words, possibly joined by name particles or "of (the)": one word, or at least two.
# Words that keep their final period: abbreviated titles and a few common abbreviations.
ABBREVIATIONS = frozenset(t for t in TITLES if t.endswith(".")) | {"U.S.", "U.K.", "U.N.", "E.U.", "Jr.", "Sr.", "St."}
# A capitalised word; only initials and abbreviations keep a period, so a run stops at a sentence end.
# Every word opens with a capital letter (the lookahead says so at once). A name's word is at most 61
# characters long: each attempt then reads a bounded stretch, where a run of capitals with no space
# ("AAAA…") would have been read again from each of its letters.
_CAP = rf"(?=[A-Z])(?:{'|'.join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True) if ' ' not in a)}" \
       r"|(?:[A-Z]\.){1,3}|[A-Z][\w'’&-]{0,60}+)(?![\w'’&-])"
_JOIN = rf"[ \t]+(?:(?:of|{'|'.join(sorted(PARTICLES))})[ \t]+(?:the[ \t]+)?)?"
# `_CAP` as a run's first word, written to open with its capital letter itself ("Mr." as "r." after a capital that a
# look back checks is M): a pattern that opens with a set of characters lets the regex engine skip in C to the next
# capital, where one that opens with a lookahead is tried at every character of the article.
_ABBREVIATION_TAILS = "|".join(rf"{re.escape(a[1:])}(?<={re.escape(a)})"
                               for a in sorted(ABBREVIATIONS, key=len, reverse=True) if " " not in a)
_FIRST_CAP = rf"[A-Z](?:{_ABBREVIATION_TAILS}|\.(?:[A-Z]\.){{0,2}}|[\w'’&-]{{0,60}}+)(?![\w'’&-])"
_NAME_RUN = re.compile(rf"{_FIRST_CAP}(?:{_JOIN}{_CAP})*")
_MULTI_NAME_RUN = re.compile(rf"{_FIRST_CAP}(?:{_JOIN}{_CAP})+")
# "National Intelligence Service (NIS)" and "NIS (National Intelligence Service)".
_ACRONYM_DEF = re.compile(
    r"((?:[A-Z][\w'’&-]{0,60}+[ \t]++(?:(?:of|for|and|on|the|de)[ \t]++)*+){0,7}[A-Z][\w'’&-]{0,60}+)"
    r"[ \t]*+\(([A-Z][A-Za-z&]{1,7})\)"
)
# What every acronym definition holds: most articles have none, and this search says so far faster.
_ACRONYM_PAREN = re.compile(r"\([A-Z][A-Za-z&]{1,7}\)")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
_POSSESSIVE = re.compile(r"['’]s?$")
# Possessives of common nouns that are words of a name, not its owner ("the New People's Army", "the Lord's Resistance
# Army", "the Kurdistan Workers' Party"), unlike a place's or a person's ("South Korea's NIS")
_NAME_POSSESSIVES = frozenset({"people's", "peoples'", "lord's", "women's", "workers'", "martyrs'", "farmers'",
                               "children's", "mothers'", "veterans'", "patriots'"})
# Titles that are also words of a name after its first: "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed"
_NAME_HONORIFICS = frozenset({"Sheikh", "Sheik"})
_GENERATIONS = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})  # after a surname: "Ferdinand Marcos Jr."
# What an office is called after whose it is: "the Attorney General's Office", "the Prime Minister's Office"
_OFFICE_NAMES = [["Office"], ["Bureau"], ["Secretariat"], ["Chambers"]]
_PAREN = re.compile(r"\s*\([^()]{1,40}\)")
# the name of a person after a title and its acronym, maybe after a comma: "(SSP) Rajesh Kumar", "(PPRO), DSP X Y"
_NAME_AFTER_TITLE = re.compile(r",?[ \t]+([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})")
# a title of capitalised words (and "of", "the"), its acronym in brackets, then a name: "Police Public Relations Officer
# (PPRO) Abimbola Oyeyemi"
_TITLE_ACRONYM = re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:of|for|the|and)\s+)*){1,6})\(([A-Z]{2,6})\)\s+([A-Z][^()]*)$")
_SUBJECT_WINDOW = 3  # previous sentences searched for a pronoun's antecedent
_BODY_REACH = 1500  # characters before "the group" searched for the organisation it points back to
# the head nouns of the names of bodies of people a later "the group" may mean (not "Government House", a building);
# a body defined with its acronym is one too ("the Indigenous People of Biafra (IPOB)")
_GROUP_HEADS = frozenset({"Movement", "Front", "Party", "Army", "Group", "Organisation", "Organization", "Union",
                          "Association", "Brigade", "Brigades", "Alliance", "League", "Federation", "Coalition",
                          "Committee", "Forum", "Congress", "Network", "Society", "Militia", "Forces", "Guard",
                          "Battalion", "Council"})
_TITLE_CHARS = 30  # characters before a name searched for a title in lower case ("presiding judge Claire Dubois")
# Titles in lower case that "the …" may point back with to a person named with them ("the minister", "the judge")
ROLE_TITLES = frozenset(t.lower() for t in TITLES)
# a title set off after a name, in lower case: "John Thune, the majority leader," (up to four words)
_APPOSED_TITLE = re.compile(r",\s+the\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*[,.;]")
# a country's office set off by a comma before or after a name ("Namibia's president, Hage Geingob", "Hage Geingob,
# Namibia's president,"): the country, and the office's last word (up to three words before it)
_OWNED_ROLE = r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)"
_OWNED_ROLE_BEFORE = re.compile(rf"(?<![\w'’.-]){_OWNED_ROLE},\s+$")
_OWNED_ROLE_AFTER = re.compile(rf",\s+{_OWNED_ROLE}\s*[,.;]")
_OWNED_ROLE_CHARS = 80
# an office of capitalised words (and "of", "for", "the") with its article, set off by a comma before a name
_OFFICE_BEFORE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w-]*\s+(?:(?:of|for|the)\s+)*)*[A-Z][\w-]*),\s$")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|''.*?(?:''|$)")


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker or actor as written at start:end, and who it is within the article."""
    text: str               # doc.text[start:end]
    start: int
    end: int
    canonical: str | None   # the name without title, the full name, the expansion; None when unresolved
    kind: str               # person | organization | country | media | group | unknown
    role: str | None        # title or role given with the name


@dataclass(frozen=True, slots=True)
class _Entity:
    start: int
    sentence: int
    canonical: str
    kind: str
    gender: str


def _phrase_words(phrase: str) -> list[str]:
    """The words of a speaker phrase; a final period is kept only on abbreviations and initials."""
    if "." not in phrase:
        return PHRASE_WORD.findall(phrase)  # (most phrases: no word ends in a period)
    out = []
    for w in PHRASE_WORD.findall(phrase):
        if len(w) > 1 and w.endswith(".") and w not in ABBREVIATIONS and not is_initial(w):
            out.extend((w[:-1], "."))
        else:
            out.append(w)
    return out


def is_initial(word: str) -> bool:
    """Whether a word is an initial or initials written together, with their periods ("J.", "C.C.", "J.R.R.")."""
    return _INITIALS.fullmatch(word) is not None


# a list of capitalised words closed by "and" before a body's head noun: one name, its commas no apposition's
_LISTED_BODY = re.compile(r"[A-Z][\w'’-]*, (?:[A-Z][\w'’-]* )+(?:and|&) (?:[A-Z][\w'’-]* )*(?:%s)\b" % "|".join(
    sorted(w for w, kind in HEAD_KINDS.items() if kind == "organization" and w[:1].isupper() and w.isalpha())))
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def is_capitalized(word: str) -> bool:
    return word[:1].isupper()


def is_name_word(word: str) -> bool:
    """A word of a name: capitalised, or a name joined to its particle in lower case ("al-Jolani", "el-Sisi")."""
    return word[:1].isupper() or "-" in word and _PARTICLE_NAME.match(word) is not None


def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word) if ("'" in word or "’" in word) else word


def _join(ws: list[str]) -> str:
    """Words back into a phrase, without spaces before closing punctuation."""
    if _TIGHT.isdisjoint(ws) and "" not in ws and "(" not in "".join(ws):
        return " ".join(ws)  # (most phrases: a space before every word after the first)
    out = ""
    for w in ws:
        if out and w not in _TIGHT and not out.endswith("("):  # ("Sanders’ campaign")
            out += " "
        out += w
    return out


_TIGHT = frozenset({",", ".", ")", "’s", "'s", "’", "'"})  # written without a space before them


def _title_end(ws: list[str], i: int) -> int:
    """Index after the longest title starting at ws[i], or i when none does."""
    if ws[i] not in _TITLE_FIRST_WORDS:
        return i
    for n in range(min(_MAX_TITLE_WORDS, len(ws) - i), 0, -1):
        if " ".join(ws[i:i + n]) in TITLES:
            return i + n
    return i


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _spelled(expansion: str, acronym: str) -> str | None:
    """The words of an expansion, from the first on whose initials (a hyphenated word's parts each counting) spell the
    acronym: "Superintendent of Police" of "Nuh Superintendent of Police (SP)", where the district comes first;
    "Officer-in-Charge" (OC). None when no such words end the expansion."""
    words = expansion.split()
    for i in range(len(words)):
        tail = words[i:]
        if "".join(p[0] for w in tail for p in w.split("-") if p[:1].isupper()) == acronym:
            return " ".join(tail)
    return None


@dataclass(frozen=True, slots=True)
class Analysis:
    """A speaker or actor phrase read on its own: its name, what it is, and the role given with it."""
    canonical: str | None
    kind: str
    role: str | None
    gender: str  # "m", "f" or "-", from a title ("Mr.", "spokeswoman")


@lru_cache(maxsize=65_536)  # pure, and the same names recur across the articles of a corpus
def analyze(phrase: str) -> Analysis:
    """Split a speaker phrase into name, kind and role without looking at the rest of the article."""
    # (not a comma of a body's own name: "the Foreign, Commonwealth and Development Office"; the list searched for
    # only in a phrase with a comma, which it holds: most names have none)
    head, _, apposition = (phrase, "", "") if ", " in phrase and _LISTED_BODY.search(phrase) \
        else phrase.partition(", ")
    apposition = apposition.strip(" ,") or None
    titled = _TITLE_ACRONYM.match(head) if "(" in head else None
    if titled is not None and _initials(titled.group(1)) == titled.group(2) and " " in titled.group(3).strip():
        # "Senior Superintendent of Police (SSP) Rajesh Kumar": a title its acronym spells, then the name (past the
        # place the office serves: "Inspector General of Police (IGP) Punjab Usman Anwar")
        named = titled.group(3).split()
        at = _past_office_place(named, 0)
        return Analysis(" ".join(named[at:]), "person", " ".join([titled.group(1).strip(), *named[:at]]), "-")
    ws = _phrase_words(_PAREN.sub("", head) if "(" in head else head)
    if "," in head or "." in head:
        ws = [w for w in ws if w not in {",", "."}]
    lead = 0
    # (and the "of" of a share: "One of the survivors" are survivors)
    while len(ws) - lead > 1 and (ws[lead].lower() in DETERMINERS or ws[lead] in NOT_NAMES
                                  or lead and ws[lead] == "of"):
        lead += 1
    ws = ws[lead:]  # sliced once: a run of a thousand capitalised words is no longer copied a thousand times
    if not ws:
        return Analysis(None, "unknown", apposition, "-")
    # A possessor before a named organisation is context, not part of its name ("South Korea's NIS").
    if "'" in head or "’" in head:
        for i in range(len(ws) - 2, -1, -1):
            if ("'" in ws[i] or "’" in ws[i]) and _POSSESSIVE.search(ws[i]) and is_capitalized(ws[i + 1]):
                # (a plural's bare apostrophe is a word of its own: "Farmers", "'")
                plural = ws[i] in {"'", "’"} and i > 0
                owner = ws[i - 1] + ws[i] if plural else ws[i]
                # a plural's possessive before a body's head noun names its members ("the Palestinian Prisoners'
                # Society", "the Supporters' Trust"), unless a country owns it ("the Philippines' Coast Guard"); not
                # an outlet's before its reporter ("Fox News' Sean Hannity")
                members = plural and HEAD_KINDS.get(ws[-1]) == "organization" and geo.country_code(
                    _join(ws[:i])) is None
                if ws[i + 1:] in _OFFICE_NAMES and not plural:
                    continue  # "the Attorney General's Office", "the Ombudsman's Office": whose office is its name
                if owner.lower().replace("’", "'") not in _NAME_POSSESSIVES and not members:
                    ws = ws[i + 1:]
                break
    # A place after an organisation or group is where it sits, not its name ("Joint Chiefs of Staff in Seoul").
    for i in range(1, len(ws) - 1):
        if ws[i] in {"in", "at", "from"} and ws[i - 1] in HEAD_KINDS and all(is_capitalized(w) for w in ws[i + 1:]):
            ws = ws[:i]
            break
    # An organisation's head noun ends its name whatever title a word before it is: "the Justice Department", "the
    # Department of Justice" (not "the Commissioner of Police", a title and whose it is)
    noun = head_word(ws)
    if len(ws) > 1 and HEAD_KINDS.get(noun) == "organization" and noun[:1].isupper() and "and" not in ws \
            and not _titled_name_after(ws):
        return Analysis(_join(ws), "organization", apposition, "-")
    # "Paul Krugman of the New York Times": a person's name and where they work (a name of two words or more: not
    # "the Joint Chiefs of Staff")
    of = ws.index("of") if "of" in ws[2:4] else 0
    if of and len(ws) - of > 2 and all(
            is_capitalized(w) and w not in HEAD_KINDS and w not in TITLES for w in ws[:of]) and (
            _head_kind(ws[of + 1:]) in {"organization", "media"}):
        return Analysis(_join(ws[:of]), "person", _join(ws[of:]), "-")
    # "A spokesperson for Finance Minister Nate Horner": someone who speaks for the person named, not that person
    if len(ws) > 2 and ws[1] == "for" and ws[0].lower() in _SPEAKING_FOR and _title_end(ws, 0) == 1:
        canonical = _join(ws)
        return Analysis(canonical, "person", f"{canonical}, {apposition}" if apposition else canonical,
                        TITLES[ws[0]])
    if len(ws) > 2 and ws[-1] in _POSTNOMINALS and any(is_first_name(w) for w in ws[:-2]):
        ws = ws[:-1]  # "Russell Findlay MSP": the seat after a name (not "Sunderland Central MP", a seat's member)
    # The last title decides where a person's name begins.
    name_at, gender = 0, "-"
    i = 0
    while i < len(ws):
        j = _title_end(ws, i)
        if j > i and ws[i] in _NAME_HONORIFICS and 0 < i == name_at + 1 and is_name_word(ws[i - 1]) \
                and ws[i - 1] not in TITLES and not geo.country_code(ws[i - 1]):
            j = i  # "Hassan Sheikh Mohamud": a word of the name after its first (not "Qatari Sheikh Tamim")
        if j > i:
            name_at, gender = j, TITLES[" ".join(ws[i:j])]
        i = max(j, i + 1)
    if name_at < len(ws) - 2 and ws[name_at] in {"for", "of"}:
        # "Labour MP for Sunderland Central Lewis Atkinson", "Minister for Foreign Affairs Penny Wong", "Inspector
        # General of Police Samuel Okoro": the seat or the office the title is for or of runs on to the name's first
        # name (not a body's name: "chief executive officer of Private Jet Services")
        name_at = next((k for k in range(name_at + 2, len(ws) - 1) if is_first_name(ws[k])
                        and (ws[name_at] == "for" or not any(w in HEAD_KINDS or w[:-1] in HEAD_KINDS for w in ws[k:]))),
                       name_at)
    if ws and ("'" in ws[-1] or "’" in ws[-1]):
        ws[-1] = _strip_possessive(ws[-1])  # "Mr. Obama's eyes": the name is Obama
    if name_at:
        name_at = _past_office_place(ws, name_at)
    name = ws[name_at:]
    canonical = _join(ws)
    # "Senator Ted Cruz of Texas": the place after a titled name belongs to the role.
    of = name.index("of") if name_at and "of" in name[1:] else len(name)
    if name_at and name[:of] and all(is_name_word(w) or w in PARTICLES for w in name[:of]):
        role = _join(ws[:name_at] + name[of:])
        return Analysis(_join(name[:of]), "person", f"{role}, {apposition}" if apposition else role, gender)
    if name_at:  # a role without a name: "a spokesman for the campaign"
        return Analysis(canonical, "person", f"{canonical}, {apposition}" if apposition else canonical, gender)
    head_kind = _head_kind(ws)
    if head_kind:
        return Analysis(canonical, head_kind, apposition, "-")
    if is_capitalized(canonical) and geo.country_code(canonical):  # "Russia", "Pyongyang", "Washington"
        return Analysis(canonical, "country", apposition, "-")
    if _ACRONYM.match(canonical):
        return Analysis(canonical, "organization", apposition, "-")
    if (len(ws) >= 2 or apposition) and all(is_capitalized(w) or w in PARTICLES or is_initial(w)
                                            or _PARTICLE_NAME.match(w) for w in ws) \
            and not (" of " not in canonical and geo.place_country(canonical)):  # "West Virginia" is no person
        if ws[0] in PAST_MODIFIERS and len(ws) > 1:
            # "Former Arizona" of "Former Arizona governor Jan Brewer": what follows "Former" is read on its own
            return analyze(f"{_join(ws[1:])}, {apposition}" if apposition else _join(ws[1:]))
        return Analysis(canonical, "person", apposition, "-")
    return Analysis(canonical, "unknown", apposition, "-")


def _titled_name_after(ws: list[str]) -> bool:
    """Whether a phrase ends with a name after a title in lower case, whose organisation opens it ("Chinese Ministry
    of Foreign Affairs spokeswoman Mao Ning": a person of the ministry, not the ministry)."""
    return any(ws[k].islower() and ws[k] in TITLES and all(is_name_word(w) for w in ws[k + 1:])
               for k in range(1, len(ws) - 1))


def _past_office_place(ws: list[str], at: int) -> int:
    """Where a name begins past the place the office before it serves, which opens at ws[at] and is part of the title:
    a city ("Regional Police Officer Faisalabad Kamran Ahmed", "SSP Muzaffarnagar Abhishek Yadav"), a province or state
    ("IGP Punjab Usman Anwar") or a region a compass word opens ("DIG South Kashmir Javid Matoo"); two words of the name
    stay past it."""
    if len(ws) - at >= 4 and ws[at] in _COMPASS_WORDS and is_capitalized(ws[at + 1]):
        return at + 2
    if len(ws) - at >= 3 and (_city(ws[at]) or geo.admin1_countries(ws[at]) and not is_first_name(ws[at])):
        return at + 1
    return at


# words that open a region's name, not a person's ("South Kashmir", "Northern Range", "Upper Dir")
_COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
                            "Upper", "Lower"})
_CITY_POPULATION = 100_000  # a word after a title read as the city of the office: far larger than a village a name
# also is ("Ali", "Khan", "Usman" are towns too)


def _city(word: str) -> bool:
    """Whether a word is the name of a city the gazetteer knows of at least `_CITY_POPULATION` people, and no first
    name a person bears ("President Vladimir V. Putin", "George J. Mitchell": cities too)."""
    return any(place.population >= _CITY_POPULATION for place in geo.localities(word)) and not is_first_name(word)


# Those who speak or act for someone: "a spokesman for Senator X" is not Senator X.
_SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "lawyer",
                           "attorney", "representative"})
# A name joined to its particle, written in lower case: "al-Mansouri", "el-Sisi", "bin-Salman".
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|an|ar|at|az|ibn|bin|abu|ben|bint)-[A-Z]")


def _head_kind(ws: list[str]) -> str | None:
    """Kind of a phrase's head noun: the last known word before a post-modifier ("a source familiar with
    the talks", "a report by the ministry"), else the last known word of the phrase ("Joint Chiefs of Staff")."""
    cut = len(ws) if CONNECTORS.isdisjoint(ws) and "by" not in ws else next(
        (i for i, w in enumerate(ws) if i and (w in CONNECTORS or w == "by")), len(ws))
    for candidates in (ws[:cut], ws[cut:]):
        for w in reversed(candidates):
            bare = _strip_possessive(w) if ("'" in w or "’" in w) else w
            kind = HEAD_KINDS.get(bare) or HEAD_KINDS.get(bare.lower())
            if kind is not None:
                return kind
    return None


def _acronym_definitions(text: str) -> list[re.Match[str]]:
    """The matches of `_ACRONYM_DEF` in the text, searched for only on the lines that hold an acronym in brackets: a
    definition holds no line break, so a line's matches are those of the whole text there, and most lines (most
    texts) hold none."""
    out: list[re.Match[str]] = []
    line_end = -1
    for paren in _ACRONYM_PAREN.finditer(text):
        if paren.start() < line_end:
            continue  # (a line with two acronyms is read once)
        line_start = text.rfind("\n", 0, paren.start()) + 1
        line_end = text.find("\n", paren.end())
        line_end = len(text) if line_end == -1 else line_end
        out += _ACRONYM_DEF.finditer(text, line_start, line_end)
    return out


class Resolver:
    """Within-article resolution of people and organisations; see the module docstring."""

    def __init__(self, doc: Doc) -> None:
        # The text and its sentences, not the Doc: the Doc keeps its resolver (`resolver_for`), and a resolver that
        # kept the Doc would make a cycle that only the garbage collector frees, with all the Doc holds (its
        # tokens, its sentences): collecting them cost 3% of extraction time.
        self._text = doc.text
        self._story_start = opener_end(doc)  # a dateline or an agency's credit names no one a pronoun refers to
        self._sentences = doc.sentences
        self._sentence_starts = doc.sentence_starts
        self._acronyms: dict[str, str] = {}
        self._names: dict[str, list[tuple[int, str]]] = {}
        self._roles: dict[str, list[tuple[int, str]]] = {}  # a title ("minister") → where people named with it are
        self._bodies: list[tuple[int, str]] = []  # where an organisation is named, and its name, in text order
        self._genders: dict[str, str] = {}
        self._titled: set[str] = set()  # full names told after a title: "Colonel Abdullahi Ali Omar"
        self._first_roles: dict[str, str] = {}  # a full name → the role it was first told with ("German Chancellor")
        self._analyses: dict[str, Analysis] = {}
        # per sentence, its capitalised runs outside quotations; per sentence and wanted kinds and gender,
        # the indices of the runs that fit: each pronoun then costs a bisection, not a walk of its sentence
        self._runs: dict[int, _Runs] = {}
        self._fitting: dict[tuple[int, frozenset[str], str], list[int]] = {}
        self._index()

    def _analyze(self, phrase: str) -> Analysis:
        """`analyze`, remembered per article: the same names recur many times in one text."""
        found = self._analyses.get(phrase)
        if found is None:
            found = self._analyses[phrase] = analyze(phrase)
        return found

    def _index(self) -> None:
        """Full names (for surnames and genders) and acronyms, from one pass over the capitalised runs."""
        text = self._text
        for m in _acronym_definitions(text):
            expansion, acronym = m.group(1), m.group(2)
            spelled = _spelled(expansion, acronym)
            if spelled is None and " " not in expansion:
                continue  # one word is an expansion only if it spells the acronym ("Officer-in-Charge (OC)")
            expansion = self._analyze(spelled or expansion).canonical or spelled or expansion
            if spelled is not None or _initials(expansion).upper().startswith(acronym[:1]):
                self._acronyms.setdefault(acronym, expansion)
                if self._analyze(expansion).kind == "organization":
                    self._bodies.append((m.start(), expansion))
                named = _NAME_AFTER_TITLE.match(text, m.end())
                person = self._analyze(named.group(1)) if named is not None else None
                if person is not None and person.kind == "person":
                    # "Senior Superintendent of Police (SSP) Rajesh Kumar", "The PPRO, DSP Abimbola Oyeyemi": whom
                    # "the SSP" points back at (by the name, without its own title: Abimbola Oyeyemi)
                    self._roles.setdefault(expansion.lower(), []).append((m.start(), person.canonical))
        initials: dict[str, str] = {}
        for m in _MULTI_NAME_RUN.finditer(text):
            run = m.group()
            analysis = self._analyze(run)
            canonical = analysis.canonical
            if canonical is None or " " not in canonical:
                continue
            if analysis.kind == "person":
                if analysis.gender != "-" or canonical not in self._genders:
                    self._genders[canonical] = analysis.gender
                if analysis.role and not analysis.role.startswith(canonical):
                    self._titled.add(canonical)
                    self._first_roles.setdefault(canonical, analysis.role)
                elif canonical not in self._first_roles:
                    # (searched for only after a comma and a space, which it ends with: most names are not set off,
                    # and the pattern tries each of the 80 characters before them)
                    before = text[max(0, m.start() - _OWNED_ROLE_CHARS):m.start()]
                    set_off = before.rstrip()
                    owned = (_OWNED_ROLE_BEFORE.search(text, max(0, m.start() - _OWNED_ROLE_CHARS), m.start())
                             if set_off.endswith(",") and len(set_off) < len(before) else None) \
                        or _OWNED_ROLE_AFTER.match(text, m.end())
                    if owned is not None and owned.group(2).lower() in ROLE_TITLES \
                            and geo.country_code(owned.group(1)):
                        # "Namibia's president, Hage Geingob," "Musalia Mudavadi, Kenya's foreign minister,": the role a
                        # country's possessive gives the name set off beside it
                        self._first_roles[canonical] = owned.group()[owned.start(1) - owned.start():].rstrip(" ,.;")
                parts = canonical.split()
                if len(parts) > 2 and parts[-1] in _GENERATIONS:
                    parts = parts[:-1]  # "Ferdinand Marcos Jr.": Marcos is the surname a later "Marcos said" gives
                for key in (parts[-1], parts[0]):
                    self._names.setdefault(key, []).append((m.start(), canonical))
                for title in self._titles_of(analysis, m.start()) | self._apposed_titles(m.end()) \
                        | self._office_before(m.start()):
                    self._roles.setdefault(title, []).append((m.start(), canonical))
            elif analysis.kind in {"organization", "media"}:
                initials.setdefault(_initials(canonical), canonical)
                if analysis.kind == "organization" and head_word(canonical.split()) in _GROUP_HEADS:
                    self._bodies.append((m.start(), canonical))
        for acronym, expansion in initials.items():
            if len(acronym) >= 2:
                self._acronyms.setdefault(acronym, expansion)
        self._bodies.sort()

    def _titles_of(self, analysis: Analysis, start: int) -> set[str]:
        """The titles, in lower case, a person's name is told with: of its role ("Punjab Information Minister Azma
        Bukhari": "minister"; "Prime Minister Keir Starmer": "prime minister", "minister") or before it in lower case
        ("presiding judge Claire Dubois": "judge")."""
        words = (analysis.role or "").split() if analysis.role != analysis.canonical else []
        before = self._text[max(0, start - _TITLE_CHARS):start].split()
        if before and before[-1] in TITLES and before[-1].islower():
            words = [*words, before[-1]]
        found = {w.lower() for w in words[-1:] if w.lower() in ROLE_TITLES}
        if analysis.role and analysis.role != analysis.canonical and analysis.role[:1].isupper():
            found.add(analysis.role.lower())  # "Senior Superintendent of Police", which "the SSP" spells
        if len(words) >= 2 and " ".join(words[-2:]).lower() in ROLE_TITLES:
            found.add(" ".join(words[-2:]).lower())
        return found

    def _apposed_titles(self, end: int) -> set[str]:
        """The titles, in lower case, of an apposition set off after a person's name: "Senator John Thune, the
        majority leader, …" → "majority leader", "leader" (its last word a title)."""
        apposed = _APPOSED_TITLE.match(self._text, end)
        if apposed is None:
            return set()
        words = apposed.group(1).lower().split()
        if words[-1] not in ROLE_TITLES:
            return set()
        return {" ".join(words[-n:]) for n in range(1, len(words) + 1)}

    def _office_before(self, start: int) -> set[str]:
        """The office, in lower case, set off before a person's name with its article: "The Director of Public
        Prosecutions, Jane Mwangi, …" → "director of public prosecutions", which a later "the Director of Public
        Prosecutions" points back to."""
        if self._text[max(0, start - 2):start] != ", ":
            return set()  # (most names are not set off)
        office = _OFFICE_BEFORE.search(self._text, max(0, start - _OWNED_ROLE_CHARS), start)
        if office is None:
            return set()
        analysis = self._analyze(office.group(1))
        if analysis.kind != "person" or analysis.canonical != analysis.role or analysis.canonical is None:
            return set()  # (a title without a name: not "The ministry", "The Red Cross")
        return {analysis.canonical.lower()}

    def _entity(self, run: str, start: int, sentence: int) -> _Entity | None:
        """The person or organisation a capitalised run names, if any."""
        if " " not in run:
            word = _strip_possessive(run.rstrip("."))
            full = self._full_name(word, start)
            if full is not None:
                return _Entity(start, sentence, full, "person", self._genders.get(full, "-"))
            if geo.country_code(word):
                return _Entity(start, sentence, word, "country", "-")
            if _ACRONYM.match(word) or HEAD_KINDS.get(word) in {"organization", "media"}:
                kind = HEAD_KINDS.get(word, "organization")
                return _Entity(start, sentence, self._acronyms.get(word, word), kind, "-")
            return None
        analysis = self._analyze(run)
        canonical = analysis.canonical
        if canonical is None or analysis.kind not in {"person", "organization", "media", "country"}:
            return None
        if analysis.kind == "person" and " " not in canonical:  # "Mr. Trump"
            canonical = self._full_name(canonical, start) or canonical
        gender = self._genders.get(canonical, analysis.gender) if analysis.kind == "person" else "-"
        return _Entity(start, sentence, canonical, analysis.kind, gender)

    def _full_name(self, word: str, before: int) -> str | None:
        """The full name a lone surname or first name stands for: the nearest one before `before`, else the first."""
        found = self._names.get(_strip_possessive(word))
        if not found:
            return None
        earlier = [c for s, c in found if s < before]
        return earlier[-1] if earlier else found[0][1]

    def body_before(self, start: int) -> str | None:
        """The body of people named nearest before `start`, within `_BODY_REACH` characters: whom "the group" of a
        later sentence points back to ("The Indigenous People of Biafra (IPOB) ordered … a strike called by the
        group")."""
        i = bisect_left(self._bodies, (start, "")) - 1
        if i < 0 or start - self._bodies[i][0] > _BODY_REACH:
            return None
        return self._bodies[i][1]

    def titled(self, canonical: str | None) -> bool:
        """Whether the article tells a person's full name after a title ("Colonel Abdullahi Ali Omar"): its first
        word is then a name, not a word the lexicons miss before one ("Comedian Sarah Silverman")."""
        return canonical in self._titled

    def role_of(self, canonical: str | None) -> str | None:
        """The role the article first tells a person's full name with ("German Chancellor" of "German Chancellor Olaf
        Scholz"), which a later "Scholz" or "he" keeps; None when it tells none."""
        return self._first_roles.get(canonical) if canonical else None

    def gender(self, canonical: str) -> str:
        """"m", "f" or "-" for a person's name, as far as titles in the article tell ("Mr.", "spokeswoman")."""
        return self._genders.get(canonical, "-")

    def resolve(self, start: int, end: int) -> Mention:
        """Who doc.text[start:end] refers to; see the module docstring for the rules."""
        phrase = self._text[start:end]
        pronoun = PRONOUNS.get(phrase.lower())
        if pronoun is not None:
            return self._resolve_pronoun(phrase, start, end, pronoun[0], pronoun[2])
        analysis = self._analyze(phrase)
        canonical, kind = analysis.canonical, analysis.kind
        if canonical is None:
            return Mention(phrase, start, end, None, kind, analysis.role)
        bare = _PAREN.sub("", canonical) if "(" in canonical else canonical
        if bare in self._acronyms:
            canonical = self._acronyms[bare]
            kind = analysis.kind if analysis.kind in {"media", "country"} else "organization"
        elif kind in {"person", "unknown"} and " " not in canonical:
            full = self._full_name(canonical, start)
            if full is not None:
                canonical, kind = full, "person"
        spelled = bare in self._acronyms and canonical.lower() in self._roles  # "the SSP": a title's acronym
        if (spelled or kind in {"person", "unknown"} and canonical == (analysis.role or canonical)
                and canonical.lower() in self._roles) and phrase[:4].lower() == "the ":
            # "the minister", "the judge", "the speaker": the person the article named with that title, the nearest
            # before
            named = self._roles[canonical.lower()]
            earlier = [c for s, c in named if s < start]
            canonical, kind = earlier[-1] if earlier else named[0][1], "person"
        return Mention(phrase, start, end, canonical, kind, analysis.role)

    def _resolve_pronoun(self, phrase: str, start: int, end: int, kind: str, gender: str) -> Mention:
        word = phrase.lower()
        entity = None
        if word in {"he", "she", "it"}:
            wanted = {"person"} if word != "it" else {"organization", "media", "country"}
            entity = self._antecedent(start, wanted, gender)
        if entity is None:
            return Mention(phrase, start, end, None, kind, None)
        return Mention(phrase, start, end, entity.canonical, entity.kind, None)

    def _antecedent(self, start: int, kinds: set[str], gender: str) -> _Entity | None:
        """The nearest earlier entity in the same sentence, else the first (the likely subject) of a previous one."""
        sentence = sentence_at(self._sentence_starts, start)
        wanted = frozenset(kinds)
        for back in range(_SUBJECT_WINDOW + 1):
            k = sentence - back
            if k < 0:
                break
            runs, fitting = self._sentence_runs(k), self._fitting_runs(k, wanted, gender)
            if back:
                if fitting:
                    return runs.entities[fitting[0]]
                continue
            before = bisect_right(runs.ends, start)
            if before < len(runs.starts) and runs.starts[before] < start:
                # a run reaching past the pronoun ("Lind He said"): only its words before the pronoun count
                m = _NAME_RUN.match(self._text, runs.starts[before], start)
                entity = self._entity(m.group(), m.start(), k) if m else None
                if _fits(entity, wanted, gender):
                    return entity
            last = bisect_left(fitting, before) - 1
            if last >= 0:
                return runs.entities[fitting[last]]
        return None

    def _sentence_runs(self, k: int) -> _Runs:
        if k not in self._runs:
            text, s = self._text, self._sentences[k]
            quoted = [q.span() for q in _QUOTED.finditer(text, s.start, s.end)]
            quote_starts = [a for a, _ in quoted]
            runs = _Runs([], [], [])
            for m in _NAME_RUN.finditer(text, max(s.start, self._story_start), s.end):
                q = bisect_left(quote_starts, m.start()) - 1
                if q >= 0 and m.start() < quoted[q][1]:
                    continue  # a name inside a quotation is not who the narrative's pronoun refers to
                runs.starts.append(m.start())
                runs.ends.append(m.end())
                runs.entities.append(self._entity(m.group(), m.start(), k))
            self._runs[k] = runs
        return self._runs[k]

    def _fitting_runs(self, k: int, kinds: frozenset[str], gender: str) -> list[int]:
        key = (k, kinds, gender)
        if key not in self._fitting:
            entities = self._sentence_runs(k).entities
            self._fitting[key] = [i for i, e in enumerate(entities) if _fits(e, kinds, gender)]
        return self._fitting[key]


@dataclass(frozen=True, slots=True)
class _Runs:
    """The capitalised runs of a sentence outside quotations, in text order, and whom each names."""
    starts: list[int]
    ends: list[int]
    entities: list[_Entity | None]


def _fits(entity: _Entity | None, kinds: frozenset[str], gender: str) -> bool:
    return entity is not None and entity.kind in kinds and (gender == "-" or entity.gender in {"-", gender})


def resolver_for(doc: Doc) -> Resolver:
    """The Doc's resolver, built once and shared by every extractor (it costs as much as an extractor)."""
    return doc.shared(RESOLVER_KEY, Resolver)
