"""Country names, capitals, demonyms and place phrases in text → ISO 3166-1 alpha-3 codes and place mentions.

Country names come from pycountry; what pycountry lacks (short forms, capitals and seats of government,
demonyms) comes from the readable `geo_*.tsv` lexicons, and first-level subdivisions (provinces, states,
governorates) from pycountry's ISO 3166-2 list, so that a place like "Balkh" or "Helmand" still gets its country.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry

from etl.paths import LEXICON_DIR

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
# Words inside a name, with a period only as part of an abbreviation ("U.S.", "N. Korea").
_NAME_WORD = re.compile(r"[A-Za-z][\w'’]*(?:\.[A-Za-z]\w*)*\.?|[^\W\d_][\w'’-]*")
# Hyphenated tokens such as "al-Hasakeh" and "el-Fasher" are names although they start in lower case.
_NAME_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ul|ud|um)-[A-Z]")
_PLACE_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
# Lower-case particles that join the parts of one place name ("Santa Cruz de la Sierra", "Bab al Hawa").
_NAME_PARTICLES = frozenset("de del de la los las da do dos das di du des la le les el al ad ar as ash at az an y e bin ibn ben bint abu um sur am im upon".split())
_MAX_NAME_WORDS = 6
_MAX_PLACE_TOKENS = 16


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in text, by its name, a capital or seat of government, or a demonym."""
    start: int
    end: int
    text: str
    code: str


@dataclass(frozen=True, slots=True)
class Place:
    """A place phrase as written ("Dawlat Abad district, Balkh") and, when known, its country."""
    start: int
    end: int
    text: str
    country: str | None


def _key(name: str) -> str:
    """Lookup form of a name: case-folded, straight apostrophes, no leading "the", no possessive."""
    key = " ".join(name.translate(_APOSTROPHES).split()).casefold()
    if key.startswith("the "):
        key = key[4:]
    return _POSSESSIVE.sub("", key)


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _rows(filename: str) -> list[list[str]]:
    rows = []
    for line in (LEXICON_DIR / filename).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def _plural(demonym: str) -> str | None:
    """"Ukrainian" → "Ukrainians"; "Swiss", "Chinese" and "Turkish" have no -s plural."""
    return None if demonym.endswith(("s", "sh", "ch", "ese")) else demonym + "s"


@dataclass(frozen=True)
class _Gazetteer:
    folded: dict[str, str]        # case-folded name → code
    exact: dict[str, str]         # acronyms that only match as written ("US", "DRC")
    display: dict[str, str]       # code → display name
    span: dict[str, int]          # first word of a name (folded) → most words of a name starting with it


@cache
def _gazetteer() -> _Gazetteer:
    folded: dict[str, str] = {}
    exact: dict[str, str] = {}
    display: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        if name.replace(".", "").isupper() and len(name.replace(".", "")) <= 5:
            exact[name] = code
            exact[name.rstrip(".")] = code
        else:
            folded.setdefault(_key(name), code)
            folded.setdefault(_key(_ascii(name)), code)

    # Lexicon first, so that its short forms win over pycountry's formal ones.
    for alias, code, *flag in _rows("geo_aliases.tsv"):
        add(alias, code)
        if flag and flag[0] == "*":
            display.setdefault(code, alias)
    for country in pycountry.countries:
        code = country.alpha_3
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                add(name, code)
        display.setdefault(code, getattr(country, "common_name", None) or country.name)
    for place, code in _rows("geo_capitals.tsv"):
        add(place, code)
    for demonym, code in _rows("geo_demonyms.tsv"):
        add(demonym, code)
        plural = _plural(demonym)
        if plural:
            add(plural, code)
    span: dict[str, int] = {}
    for name in list(folded) + [k.casefold() for k in exact]:
        words = name.split()
        span[words[0]] = max(span.get(words[0], 1), len(words))
    return _Gazetteer(folded, exact, display, span)


@cache
def _subdivisions() -> dict[str, str]:
    """Unambiguous ISO 3166-2 subdivision names (accents dropped) → country code."""
    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if "," in sub.name or "[" in sub.name:
            continue
        code = pycountry.countries.get(alpha_2=sub.country_code).alpha_3
        seen.setdefault(_key(_ascii(sub.name)), set()).add(code)
    return {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1}


@lru_cache(maxsize=1 << 16)
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-3 code of a country name, short form, capital, seat of government or demonym.

    "North Korea", "Pyongyang", "North Korean", "the Kremlin", "US" → PRK, PRK, PRK, RUS, USA; None if unknown.
    """
    gaz = _gazetteer()
    name = name.strip()
    if name in gaz.exact:
        return gaz.exact[name]
    bare = _POSSESSIVE.sub("", name.translate(_APOSTROPHES))
    if bare in gaz.exact:
        return gaz.exact[bare]
    return gaz.folded.get(_key(name)) or gaz.folded.get(_key(_ascii(name)))


def country_name(code: str) -> str | None:
    """Short English name of a country for display ("PRK" → "North Korea")."""
    return _gazetteer().display.get(code)


def find_countries(text: str, start: int = 0, end: int | None = None) -> list[CountryMention]:
    """Countries named in text[start:end], longest name first ("South Korean" is KOR, not two mentions)."""
    end = len(text) if end is None else end
    return [CountryMention(start + s, start + e, text[start + s:start + e], code)
            for s, e, code in _countries_in(text[start:end])]


@lru_cache(maxsize=1 << 14)
def _countries_in(phrase: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, code) of the countries named in a short phrase; cached, since phrases recur."""
    gaz = _gazetteer()
    words = list(_NAME_WORD.finditer(phrase))
    out = []
    i = 0
    while i < len(words):
        first = words[i].group()
        if not (first[0].isupper() or _NAME_PARTICLE_PREFIX.match(first)):
            i += 1
            continue
        longest = gaz.span.get(_key(first), 1)
        found = None
        for n in range(min(longest, len(words) - i), 0, -1):
            s, e = words[i].start(), words[i + n - 1].end()
            if n > 1 and not _plain_gaps(phrase, words, i, n):
                continue
            surface = phrase[s:e]
            code = country_code(surface)
            if not code and surface.endswith("."):
                code, e = country_code(surface[:-1]), e - 1
            if code:
                found = (s, e)
                i += n
                break
        if found:
            out.append(_trim_possessive(phrase, found[0], found[1], code))
            continue
        # "Saudi-led", "Russia-Ukraine": try the capitalised parts of a hyphenated word.
        if "-" in first:
            offset = words[i].start()
            for part in re.finditer(r"[^-]+", first):
                code = part.group()[:1].isupper() and country_code(part.group())
                if code:
                    out.append((offset + part.start(), offset + part.end(), code))
        i += 1
    return tuple(out)


def _plain_gaps(text: str, words: list[re.Match], i: int, n: int) -> bool:
    """Whether the words i..i+n-1 are separated by single spaces only (no punctuation or line break)."""
    return all(text[words[k].end():words[k + 1].start()] == " " for k in range(i, i + n - 1))


def _trim_possessive(phrase: str, start: int, end: int, code: str) -> tuple[int, int, str]:
    m = re.search(r"['’]s?$", phrase[start:end])
    return (start, start + m.start(), code) if m else (start, end, code)


# --- place phrases ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _PlaceWords:
    strong: frozenset[str]
    weak: frozenset[str]
    kinds: frozenset[str]
    modifiers: frozenset[str]
    directions: frozenset[str]
    relational: frozenset[str]
    not_places: frozenset[str]


def _plurals(word: str) -> set[str]:
    if word.endswith("s"):
        return set()
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return {word[:-1] + "ies"}
    return {word + "s"}


@cache
def _place_words() -> _PlaceWords:
    roles: dict[str, set[str]] = {}
    for word, role in _rows("geo_place_words.tsv"):
        roles.setdefault(role, set()).add(word)
    kinds = set(roles["kind"])
    for kind in roles["kind"]:
        kinds |= _plurals(kind)
    return _PlaceWords(frozenset(roles["preposition"]), frozenset(roles["weak_preposition"]), frozenset(kinds),
                       frozenset(roles["modifier"]), frozenset(roles["direction"]), frozenset(roles["relational"]),
                       frozenset(roles["not_place"]))


def _is_name(word: str) -> bool:
    return word[:1].isupper() or bool(_NAME_PARTICLE_PREFIX.match(word))


def place_country(name: str) -> str | None:
    """Country of a place phrase, from any of its parts that is a country, capital or first-level subdivision."""
    words = _place_words()
    parts = [p.strip() for p in re.split(r"[,()]|\b(?:in|of|near)\b", name) if p.strip()]
    subdivisions = _subdivisions()
    for part in reversed(parts):
        tokens = [t for t in part.split() if t.lower() not in words.kinds and t.lower() not in words.modifiers
                  and t.lower() not in words.directions]
        bare = " ".join(tokens)
        code = country_code(bare) or subdivisions.get(_key(_ascii(bare)))
        if code:
            return code
    return None


class _Cursor:
    """Token-level reader over one span of text for the place grammar."""

    def __init__(self, text: str, spans: list[tuple[int, int]]):
        self.text = text
        self.spans = spans
        self.words = [text[s:e] for s, e in spans]
        self.lower = [w.lower() for w in self.words]
        self.n = len(spans)

    def surface(self, first: int, last: int) -> str:
        return self.text[self.spans[first][0]:self.spans[last][1]]


def find_places(text: str, start: int = 0, end: int | None = None,
                tokens: list[tuple[int, int]] | None = None) -> list[Place]:
    """Place phrases in text[start:end], in text order.

    A place is a run of capitalised names introduced by a locative preposition ("in Haifa", "near
    Berunda", "in the village of Berunda", "in the vicinity of Marib"), or a name followed by a kind of
    place ("the Kursk border region", "Dawlat Abad district") or by its administrative context in
    parentheses ("Mabai (Kankara LGA, Katsina)"). It takes along its administrative context (", Balkh",
    "(Marib)") and the larger place it lies in ("Al-Rawajah village in Garabulli").
    `tokens`: the span's tokens when the caller has them already (as `text.tokens` splits them).
    """
    end = len(text) if end is None else end
    words = _place_words()
    cur = _Cursor(text, tokens if tokens is not None else [m.span() for m in _PLACE_TOKEN.finditer(text, start, end)])
    out: list[Place] = []
    covered_until = -1
    for i, low in enumerate(cur.lower):
        if i <= covered_until:
            continue
        found = None
        if low in words.strong or low in words.weak:
            found = _after_preposition(cur, i + 1, weak=low in words.weak)
        elif low in words.kinds and i > 0 and (_is_name(cur.words[i - 1]) or cur.lower[i - 1] in words.modifiers):
            found = _name_before_kind(cur, i)
        elif _is_name(cur.words[i]) and (i == 0 or not _is_name(cur.words[i - 1])):
            found = _name_with_context(cur, i)
        if found:
            first, last = found
            last = _larger_place(cur, first, last)
            surface = cur.surface(first, last)
            out.append(Place(cur.spans[first][0], cur.spans[last][1], surface, place_country(surface)))
            covered_until = last
    return out


def _after_preposition(cur: _Cursor, i: int, weak: bool) -> tuple[int, int] | None:
    """The place starting at token i (just after a preposition), as (first token, last token)."""
    words = _place_words()
    if i < cur.n and cur.lower[i] == "the":
        i += 1
    # "in the vicinity of X", "on the outskirts of the village of X": the place is what follows
    if i + 1 < cur.n and cur.lower[i] in words.relational and cur.lower[i + 1] == "of":
        i += 2
        if i < cur.n and cur.lower[i] == "the":
            i += 1
    first = i
    while i < cur.n and cur.lower[i] in words.directions and cur.words[i].islower():
        i += 1
    # "the village of Berunda", "the district of Dawlat Abad"
    if i + 1 < cur.n and cur.lower[i] in words.kinds and cur.words[i].islower() and cur.lower[i + 1] == "of":
        last = _name_chain(cur, i + 2)
        return (first, _admin_context(cur, last)) if last is not None else None
    if i >= cur.n or cur.lower[i] in words.not_places:
        return None
    last = _name_chain(cur, i)
    if last is None:
        return None
    has_kind = False
    while last + 1 < cur.n and (cur.lower[last + 1] in words.kinds or cur.lower[last + 1] in words.modifiers):
        has_kind = has_kind or cur.lower[last + 1] in words.kinds
        last += 1
    while last > i and cur.lower[last] in words.modifiers:  # "… border" kept only before a kind
        last -= 1
    name = cur.surface(i, last)
    context = _admin_context(cur, last)
    confirmed = has_kind or context > last or country_code(name)
    if cur.words[i].isupper() and not confirmed:
        return None  # an acronym alone ("in NATO") is an organisation more often than a place
    if weak and not confirmed:
        return None
    return first, context


def _name_before_kind(cur: _Cursor, kind: int) -> tuple[int, int] | None:
    """The name run that ends just before a kind word ("Kursk border region"), as token range."""
    words = _place_words()
    j = kind - 1
    while j >= 0 and cur.lower[j] in words.modifiers:
        j -= 1
    last_name = j
    while j >= 0 and _is_name(cur.words[j]) and cur.lower[j] not in words.not_places and kind - j <= _MAX_NAME_WORDS:
        j -= 1
    first = j + 1
    if first > last_name or cur.words[first].isupper() and len(cur.words[first]) > 1 and first == last_name:
        return None
    if first == 0 or (first > 0 and cur.words[first - 1] in {".", "!", "?"}):
        return None  # a sentence-initial capital is no evidence of a name
    if cur.lower[first - 1] in words.directions and cur.words[first - 1].islower():
        first -= 1  # "the eastern Aleppo countryside"
    last = kind
    while last + 1 < cur.n and cur.lower[last + 1] in words.kinds:
        last += 1
    return first, _admin_context(cur, last)


def _name_with_context(cur: _Cursor, i: int) -> tuple[int, int] | None:
    """ "Mabai (Kankara LGA, Katsina)": a bare name is a place when a parenthesis gives its
    administrative context, with a comma or a kind of place in it (not an acronym: "the Front (PF)")."""
    last = _name_chain(cur, i)
    if last is None or last + 1 >= cur.n or cur.words[last + 1] != "(":
        return None
    close = _admin_context(cur, last)
    inside = cur.lower[last + 2:close]
    if close > last and ("," in inside or any(w in _place_words().kinds for w in inside)):
        return i, close
    return None


def _name_chain(cur: _Cursor, i: int) -> int | None:
    """Last token of the run of names starting at token i, joined by particles and "of (the)"; None if none."""
    words = _place_words()
    if i >= cur.n or not _is_name(cur.words[i]) or cur.lower[i] in words.not_places:
        return None
    last = i
    j = i + 1
    while j < cur.n and j - i < _MAX_PLACE_TOKENS:
        w, low = cur.words[j], cur.lower[j]
        if _is_name(w) and low not in words.not_places:
            last = j
            j += 1
            continue
        # particles join names ("de la", "of the") only if a name follows
        k = j
        while k < cur.n and (cur.lower[k] in _NAME_PARTICLES or cur.lower[k] in ("of", "the")) and k - j < 3:
            k += 1
        if j < k < cur.n and _is_name(cur.words[k]) and cur.lower[k] not in words.not_places:
            last = k
            j = k + 1
            continue
        break
    if re.search(r"['’]s?$", cur.words[last]):
        return None  # "in Russia’s war": a possessive modifies what follows, it is not the place
    return last


def _admin_context(cur: _Cursor, last: int) -> int:
    """Extend a place over a following administrative context: ", Balkh", ", Tibu, Norte de Santander" or
    " (Sanaa)"."""
    words = _place_words()
    j = last + 1
    if j + 1 < cur.n and cur.words[j] == "(":
        k = j + 1
        while k < cur.n and cur.words[k] != ")" and k - j < _MAX_PLACE_TOKENS:
            if not (_is_name(cur.words[k]) or cur.words[k] == "," or cur.lower[k] in _NAME_PARTICLES
                    or cur.lower[k] in words.kinds):
                return last
            k += 1
        return k if k < cur.n and cur.words[k] == ")" and k > j + 1 else last
    for _ in range(2):
        j = last + 1
        if not (j + 1 < cur.n and cur.words[j] == ","):
            break
        tail = _name_chain(cur, j + 1)
        if tail is None:
            break
        while tail + 1 < cur.n and cur.lower[tail + 1] in words.kinds:
            tail += 1
        # Only a name that closes the phrase is context; ", Taliban fighters attacked" is a new clause.
        if not (tail + 1 == cur.n or cur.words[tail + 1] in {",", ".", ";", ":", ")", "("}):
            break
        last = tail
    return last


def _larger_place(cur: _Cursor, first: int, last: int) -> int:
    """ "Al-Rawajah village in Garabulli", "Qalandia refugee camp in Jerusalem": a place named by its
    kind takes along the larger place it lies in."""
    words = _place_words()
    for _ in range(2):
        has_kind = any(w in words.kinds for w in cur.lower[first:last + 1])
        if not has_kind or last + 2 >= cur.n or cur.lower[last + 1] not in ("in", "of", "near"):
            break
        larger = _after_preposition(cur, last + 2, weak=False)
        if larger is None:
            break
        last = larger[1]
    return last
