"""The fast forms of the tokenizers and the places read once per span: the same answers as the plain forms."""
import hashlib
import json
import re
from dataclasses import replace
from datetime import datetime, timezone

from etl.extract import geo
from etl.extract.events.items import _DOTTED_IN_TEXT, ParagraphWords, _may_hold_dotted, tokenize
from etl.extract.events.lexicon import load_lexicon
from etl.extract.events.places import SpanPlaces
from etl.extract.text import PHRASE_WORD, TOKEN, Doc
from etl.ids import stable_hash
from tests import cases

# The patterns as first written: TOKEN and PHRASE_WORD are their faster spellings.
PLAIN_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
PLAIN_PHRASE_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[-'’&]\w+)*\.?|[^\w\s]")

TRICKY = [
    "Sen. Ola Brandt-Vik of the U.S. said: “3,000 people’s homes…” — in al-Fadiya (Kam).",
    "A.B.C. AT&T's rock'n'roll -- x--y a.b. .5 _under_score ‘q’ ...!?\n\tİzmir ΟΔΟΣ: Σ. 12.30pm",
    "word- -word 'quoted' end.\u00a0next\u2028line\x1cfs ½ Ⅻ २०२४ 🙂 &amp; a&b &x",
    "", " ", "\n", "a", ".", "a.", "A.B", "U.S.A.B.C.D", "it’s’", "x'", "x''y",
]


def test_token_finds_what_the_plain_pattern_finds():
    for text in TRICKY:
        assert [m.span() for m in TOKEN.finditer(text)] == [m.span() for m in PLAIN_TOKEN.finditer(text)], text
        assert TOKEN.findall(text, 3, len(text) - 2) == PLAIN_TOKEN.findall(text, 3, len(text) - 2), text


def test_phrase_word_finds_what_the_plain_pattern_finds():
    for text in TRICKY:
        assert PHRASE_WORD.findall(text) == PLAIN_PHRASE_WORD.findall(text), text
    assert PHRASE_WORD.findall("Sen. Ola of the U.S. and AT&T.") == ["Sen.", "Ola", "of", "the", "U.S.", "and",
                                                                     "AT&T."]


def test_stable_hash_is_the_hash_of_the_compact_json():
    assert stable_hash("a", 1) != stable_hash("a1")
    parts = ("Zé", 2, None, datetime(2024, 5, 6).date())
    payload = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)
    assert stable_hash(*parts) == hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def _doc(text: str) -> Doc:
    return cases.text_doc(text, datetime(2024, 5, 6, tzinfo=timezone.utc))


def test_span_places_reads_a_span_once_and_finds_what_geo_finds():
    doc = _doc("Gunmen attacked a market in Tessal village, Kam. Police arrived later in Dalo.")
    first, second = doc.sentences
    span_places = SpanPlaces(doc)
    places = span_places.of(first.start, first.end)
    assert places == geo.find_places(doc.text, first.start, first.end)
    assert [p.text for p in places] == ["Tessal village, Kam"]
    assert span_places.of(first.start, first.end) is places
    sent = tokenize(doc.text, second, ParagraphWords(doc, doc.lowered, load_lexicon()))
    assert [p.text for p in span_places.of(second.start, second.end, sent)] == ["Dalo"]
    assert SpanPlaces(doc).of(second.start, second.end) == geo.find_places(doc.text, second.start, second.end)


def test_span_places_with_tokens_finds_what_geo_finds_past_a_dotted_i_and_a_sigma():
    doc = _doc("Rebels shelled İnköy village near Dalo. ΟΔΟΣ:ΑΒ troops clashed in the town of Kibo. "
               "Militia attacked the Sorro market in Tessal.")
    paragraphs = ParagraphWords(doc, doc.lowered, load_lexicon())
    span_places = SpanPlaces(doc)
    for s in doc.sentences:
        sent = tokenize(doc.text, s, paragraphs)
        assert span_places.of(s.start, s.end, sent) == geo.find_places(doc.text, s.start, s.end)
    first, last = doc.sentences
    assert [p.text for p in span_places.of(first.start, first.end)] == ["İnköy village near Dalo", "town of Kibo"]
    assert [p.text for p in span_places.of(last.start, last.end)] == ["Sorro market in Tessal"]


def test_find_places_still_opens_a_place_at_each_kind_of_word_it_skips_to():
    expected = {
        "Fighting broke out between Dalo and Nuri town.": ["Dalo and Nuri town"],
        "Protesters rallied outside parliament [coded to Lenga].": ["Lenga"],
        "Gunmen shelled the village of Tulu Sama.": ["village of Tulu Sama"],
        "Soldiers entered Dalo (Sefa LGA, Kam) at dawn.": ["Dalo (Sefa LGA, Kam)"],
        "Troops clashed near Berunda.": ["Berunda"],
        "Nobody said anything about it.": [],
    }
    assert {text: [p.text for p in geo.find_places(text)] for text in expected} == expected


def test_any_in_class_is_in_class_of_any_word():
    lex = load_lexicon()
    for word_class, prefixes in lex.class_prefixes.items():
        members = sorted(lex.classes[word_class])[:3] + [p + "xyz" for p in prefixes[:2]]
        for words in ([], ["zzqx", "of"], members, ["zzqx"] + members[-1:]):
            assert lex.any_in_class(words, word_class) == any(lex.in_class(w, word_class) for w in words)
    some_class = next(iter(lex.classes))
    prefixed = replace(lex, class_prefixes={**lex.class_prefixes, some_class: ("bombard",)})
    assert prefixed.any_in_class(["zzqx", "bombarding"], some_class)
    assert not prefixed.any_in_class(["zzqx", "bomb"], some_class)


def test_a_sentence_passed_over_for_dotted_abbreviations_holds_none():
    for text in [*TRICKY, "The U.S. said.", "Ferdinand Marcos Jr. said.", "He saw Sr. Ana.", "Mr. Lee left.",
                 "It rose 3.5 percent.", "a.b", "Jr", "JJr.", "x.y.z"]:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                if _DOTTED_IN_TEXT.search(text, start, end):
                    assert _may_hold_dotted(text, start, end), (text, start, end)
    assert not _may_hold_dotted("Rebels attacked the town.", 0, 25)
