"""Country names, capitals and demonyms in text → ISO 3166-1 alpha-3 codes, from pycountry and the geo_* lexicons."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

import pycountry

from etl.extract.wordlists import alternation, tsv_rows

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
# Words inside a name, with a period only as part of an abbreviation ("U.S.", "N. Korea").
_NAME_WORD = re.compile(r"[A-Za-z][\w'’]*(?:\.[A-Za-z]\w*)*\.?|[^\W\d_][\w'’-]*")
# Hyphenated tokens such as "al-Fadiya" and "el-Sorro" are names although they start in lower case.
NAME_PARTICLE_PREFIX = re.compile(
    rf"^(?:{alternation(word for word, role in tsv_rows('geo_place_words.tsv') if role == 'name_prefix')})-[A-Z]")


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in text, by its name, a capital or seat of government, or a demonym."""
    start: int
    end: int
    text: str
    code: str


@lru_cache(maxsize=1 << 16)  # pure, and asked for the same names many times an article
def lookup_key(name: str) -> str:
    """Lookup form of a name: case-folded, straight apostrophes, no leading "the", no possessive, no final period
    ("N.H." as "N.H")."""
    key = " ".join(name.translate(_APOSTROPHES).split()).casefold().rstrip(".")
    if key.startswith("the "):
        key = key[4:]
    return _POSSESSIVE.sub("", key)


# Letters that Unicode does not decompose into a Latin letter and a mark, which dropping the non-ASCII would lose
# ("Diyarbakır", "Şırnak", "Łódź").
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                               "æ": "ae", "Æ": "Ae", "œ": "oe", "ð": "d", "þ": "th"})


def ascii_name(name: str) -> str:
    if name.isascii():
        return name  # (most names: nothing to decompose or drop, and normalizing costs a pass in C and three copies)
    return unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()


def _plural(demonym: str) -> str | None:
    """"Ukrainian" → "Ukrainians"; "Swiss", "Chinese" and "Turkish" have no -s plural."""
    return None if demonym.endswith(("s", "sh", "ch", "ese")) else demonym + "s"


@dataclass(frozen=True)
class _Gazetteer:
    folded: dict[str, str]        # case-folded name → code
    exact: dict[str, str]         # acronyms that only match as written ("US", "DRC")
    display: dict[str, str]       # code → display name
    demonyms: frozenset[str]      # lookup keys that are demonyms: they name people, not places
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
            folded.setdefault(lookup_key(name), code)
            folded.setdefault(lookup_key(ascii_name(name)), code)

    # Lexicon first, so that its short forms win over pycountry's formal ones.
    for alias, code, *flag in tsv_rows("geo_aliases.tsv"):
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
    for name, code in _withdrawn_names():
        add(name, code)
    for place, code, *_ in tsv_rows("geo_capitals.tsv"):
        add(place, code)
    demonyms = set()
    for demonym, code in tsv_rows("geo_demonyms.tsv"):
        forms = [demonym] + ([_plural(demonym)] if _plural(demonym) else [])
        for form in forms:
            if lookup_key(form) not in folded:  # "Lao", "Monaco": a country's own name stays a place
                demonyms.add(lookup_key(form))
            add(form, code)
    span: dict[str, int] = {}
    for name in list(folded) + [k.casefold() for k in exact]:
        words = name.replace("-", " ").split()  # (in words as a text's names are read: "Guinea-Bissau" is two)
        span[words[0]] = max(span.get(words[0], 1), len(words))
    return _Gazetteer(folded, exact, display, frozenset(demonyms), span)


def _withdrawn_names() -> Iterator[tuple[str, str]]:
    """The names of countries ISO 3166-3 withdrew, with the code of the one country that took their land
    ("Zaire" → COD, "Dahomey" → BEN, "Upper Volta" → BFA): summaries and notes of old incidents name them, and
    "Zaire" is also an Angolan province, which must not take a Congolese town. The last two letters of a withdrawn
    code are its successor's alpha-2 code when one country succeeded it (ZRCD); a split has none (SUHH, CSXX). A
    former country that is now a region of its successor ("Sikkim", India's state) is named as the region."""
    for old in pycountry.historic_countries:
        successor = pycountry.countries.get(alpha_2=old.alpha_4[2:])
        name = old.name.split(",")[0]
        if successor is not None and not any(sub.name == name for sub in pycountry.subdivisions.get(
                country_code=successor.alpha_2) or ()):
            yield name, successor.alpha_3


@cache
def subdivision_countries() -> dict[str, str]:
    """Unambiguous ISO 3166-2 subdivision names (accents dropped) and the English names of first-level regions
    (geo_regions.tsv) → country code."""
    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if "," in sub.name or "[" in sub.name:
            continue
        code = pycountry.countries.get(alpha_2=sub.country_code).alpha_3
        seen.setdefault(lookup_key(ascii_name(sub.name)), set()).add(code)
        if sub.parent_code is None and sub.type == "State":
            # with its kind, a name several countries' regions bear may be one country's alone: "Plateau State" is
            # Nigeria's (Benin's Plateau is a department)
            seen.setdefault(lookup_key(ascii_name(f"{sub.name} {sub.type}")), set()).add(code)
    for name, code, *_ in tsv_rows("geo_regions.tsv"):  # "Luhansk", "North Kivu": the English names
        seen.setdefault(lookup_key(ascii_name(name)), set()).add(code)
    seen = with_article_variants(seen, lambda known, more: known | more)
    return {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1}


@cache
def _articles() -> frozenset[str]:
    return frozenset(word for word, role in tsv_rows("geo_place_words.tsv") if role == "name_prefix")


def with_article_variants(index: dict, merge: Callable) -> dict:
    """A region index (lookup key → value) that also knows each name with and without its Arabic article, as reports
    write either ("Al Hodeidah", "Hodeidah", "al-Hudaydah"): a variant no name of the index has, with the values
    (`merge`d) of the names it stands for."""
    extra: dict = {}
    for key, value in index.items():
        for variant in article_variants(key):
            if variant not in index:
                extra[variant] = merge(extra[variant], value) if variant in extra else value
    return index | extra


def article_variants(key: str) -> tuple[str, ...]:
    """A name's lookup key without its Arabic article and with "al" ("al hoceima" → "hoceima", "al hoceima",
    "al-hoceima")."""
    head, _, rest = key.replace("-", " ", 1).partition(" ")
    bare = rest if head in _articles() and rest else key
    return bare, f"al {bare}", f"al-{bare}"


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
    return gaz.folded.get(lookup_key(name)) or gaz.folded.get(lookup_key(ascii_name(name)))


def is_place_name(name: str) -> bool:
    """Whether a name is a country, capital or seat of government (not a demonym: "Iraqi" is no place)."""
    return country_code(name) is not None and lookup_key(name) not in _gazetteer().demonyms


def country_name(code: str) -> str | None:
    """Short English name of a country for display ("PRK" → "North Korea")."""
    return _gazetteer().display.get(code)


def clear_caches() -> None:
    """Forget the names looked up so far (lexicons stay loaded)."""
    country_code.cache_clear()
    _countries_in.cache_clear()
    lookup_key.cache_clear()


@cache
def _armed_groups() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = {name: code for name, code in tsv_rows("geo_armed_groups.tsv")}
    return re.compile(rf"(?<![\w-])(?:{alternation(rows)})(?![\w-])"), rows


def group_country(phrase: str) -> str | None:
    """The country of an armed group or force of one country that a phrase names ("Houthi rebels" YEM, "Boko Haram"
    NGA); None when it names none (geo_armed_groups.tsv)."""
    pattern, rows = _armed_groups()
    m = pattern.search(phrase)
    return rows.get(" ".join(m.group().split())) if m else None


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
    read = 0  # the word after the last name found
    # (the words a name may open with, picked in one pass: most words of a phrase are in lower case)
    opening = [i for i, word in enumerate(words) if (w := word.group())[0].isupper() or "-" in w]
    for i in opening:
        if i < read:
            continue
        word = words[i]
        first = word.group()
        if not (first[0].isupper() or NAME_PARTICLE_PREFIX.match(first)):  # (a prefix ends in "-")
            continue
        longest = gaz.span.get(lookup_key(first))
        if longest is None and first.isascii() and "-" not in first:
            # no name opens with the word ("President", "Monday"), whose lookup key is the one `country_code` reads
            # it by (but for an accented spelling, which may stand for an ASCII name)
            continue
        longest = longest or 1
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
                read = i + n
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
    return tuple(out)


def _plain_gaps(text: str, words: list[re.Match], i: int, n: int) -> bool:
    """Whether the words i..i+n-1 are separated by single spaces or hyphens only (no punctuation or line break): a
    name may be hyphenated ("Guinea-Bissau", not Guinea)."""
    return all(text[words[k].end():words[k + 1].start()] in _NAME_GAPS for k in range(i, i + n - 1))


_NAME_GAPS = frozenset({" ", "-"})


def _trim_possessive(phrase: str, start: int, end: int, code: str) -> tuple[int, int, str]:
    m = re.search(r"['’]s?$", phrase[start:end])
    return (start, start + m.start(), code) if m else (start, end, code)
