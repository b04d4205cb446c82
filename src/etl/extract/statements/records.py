"""Findings → Statement records, with speakers resolved within the article and their gender as the text tells it."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from etl.extract.mentions import Resolver
from etl.extract.statements.genders import LABELS, UNKNOWN, noun_gender, person_gender
from etl.extract.statements.items import CONFIDENCE_UNCHECKED_PRONOUN, Found, Quote
from etl.extract.statements.lexicon import GENDERED_PRONOUNS
from etl.extract.statements.phrases import APPOSED_NAME, JOINED_MODIFIER, antecedent, describes_person, is_share
from etl.extract.statements.pronouns import DESCRIPTIONS, Referents, named
from etl.extract.statements.quotes import OPENING_MARKS
from etl.extract.text import Doc
from etl.ids import stable_hash
from etl.records import Statement

_POSSESSIVES = {"his": "he", "her": "she", "their": "they"}
_REFERRING = frozenset({"he", "she", "they"})
# Classes of cues whose content opens with whom the speaker addressed: "accused Clinton of being too reliant"
_ADDRESSING = frozenset({"accuse", "criticize", "praise", "urge", "ask", "describe"})
# Pronouns a body speaks of itself with, opening what it said (with "that" before them, or nothing)
_BODY_PRONOUNS = frozenset({"it", "they"})
_CONTENT_OPENING = re.compile(r"(?:that\s+)?", re.IGNORECASE)
_OBJECTS = {"him": "he", "her": "she", "them": "they"}  # the pronouns as objects: "according to him"
_AS_SAYING = re.compile(r"\s+as\s+saying\b")
_OBJECT_END = re.compile(r"\s*(?:[,.;:)]|$)")
_COURTESY = frozenset({"Mr.", "Ms.", "Mrs.", "Miss", "Mx.", "Mr", "Ms", "Mrs"})
# A description of a person ("the spokesman", "his lawyer")
# a description a name may follow: "the spokesman, X", "his lawyer, X", "Hani's widow, Limpho Hani"
_DESCRIBED = re.compile(r"(?:the|his|her|their|its|our|a|an)\s+\S|[A-Z][\w.-]*['’]s\s+[a-z]", re.IGNORECASE)
_DESCRIPTION_NEXT = re.compile(r"\s*(?:a|an|the|his|her|their)\s", re.IGNORECASE)  # "…, a top Clinton aide,"


@dataclass(frozen=True, slots=True)
class _Speaker:
    text: str
    canonical: str | None
    kind: str
    role: str | None
    gender: str
    source: str | None      # "pronoun" when a pronoun was resolved, else None (the finding's own source)
    agreed: bool            # False when a pronoun's referent could not be checked for agreement


@dataclass(frozen=True, slots=True)
class _Quoted:
    """The latest person speaking: who, in which paragraph, and the span of what they said (whom it names they
    spoke of)."""
    canonical: str
    paragraph: int
    content: tuple[int, int]
    addressed: bool  # whether what they said opens with whom they addressed ("accused Clinton of …")


def records(doc: Doc, found: list[Found], resolver: Resolver, quotes: list[Quote], version: str,
            dropped: Counter[str]) -> list[Statement]:
    """One record per content span, in text order; a second finding of the same span is counted in `dropped`."""
    text = doc.text
    article_id = doc.article.article_id
    referents = Referents(doc, resolver, quotes)
    out: list[Statement] = []
    seen: set[tuple[int, int]] = set()
    speakers: dict[tuple[int, int], _Speaker] = {}  # one reading per speaker span, shared by its segments
    last_person: _Quoted | None = None
    for f in found:
        start, end = f.content
        if (start, end) in seen:
            dropped["statements: same content as another statement"] += 1
            continue
        seen.add((start, end))
        confidence = f.confidence
        source = None
        if f.speaker is not None:
            s = speakers.get(f.speaker)
            if s is None:
                if f.named_at is not None:  # ("A:" is the interviewee, by the name its introduction gives)
                    s = replace(_speaker(doc, replace(f, speaker=f.named_at), resolver, referents, last_person),
                                text=text[f.speaker[0]:f.speaker[1]], source="previous_paragraph")
                else:
                    s = _opening_pronoun(doc, f, out) or _speaker(doc, f, resolver, referents, last_person)
                speakers[f.speaker] = s
                if s.canonical is not None:  # (of any kind: "The UN report said … It said")
                    referents.spoke(*f.speaker, s.canonical, s.kind, s.gender)
            if s.kind == "person" and s.canonical is not None and not _reported_within(f, out):
                last_person = _Quoted(s.canonical, f.paragraph, f.content, f.cue_class in _ADDRESSING)
            source = s.source if f.source == "in_sentence" and s.source else f.source
            confidence -= 0.0 if s.agreed else CONFIDENCE_UNCHECKED_PRONOUN
            speaker, canonical, kind, role, gender = s.text, s.canonical, s.kind, s.role, s.gender
        else:
            speaker = canonical = role = None
            kind, gender = "unknown", UNKNOWN
        statement_id = stable_hash(article_id, "statement", start, end)
        out.append(Statement(
            statement_id=statement_id,
            article_id=article_id, quote_type=f.quote_type, content=text[start:end],
            content_start=start, content_end=end, cue=text[f.cue[0]:f.cue[1]] if f.cue else None,
            cue_start=f.cue[0] if f.cue else None, cue_end=f.cue[1] if f.cue else None,
            cue_class=f.cue_class, speaker=speaker,
            speaker_start=f.speaker[0] if f.speaker else None, speaker_end=f.speaker[1] if f.speaker else None,
            speaker_canonical=canonical, speaker_kind=kind, speaker_role=role,
            confidence=round(max(0.05, confidence), 2), extractor=version,
            speaker_gender=gender, speaker_source=source,
            quote_group=stable_hash(article_id, "statement", *f.leader) if f.leader else statement_id,
        ))
    # A gender the article tells only later ("Ms. Ortiz" after "Anna Ortiz said") holds for every statement.
    for s in out:
        if s.speaker_kind == "person" and s.speaker_gender == UNKNOWN and s.speaker_source != "pronoun":
            s.speaker_gender = referents.gender(s.speaker_canonical)
        s.speaker_gender = LABELS[s.speaker_gender]
    return out


def _speaker(doc: Doc, f: Found, resolver: Resolver, referents: Referents,
             last_person: _Quoted | None) -> _Speaker:
    """Who speaks at f: the resolver's reading of the phrase, with pronouns (and a possessive pronoun before a
    noun, "her spokesman") resolved by agreement."""
    phrase = doc.text[f.speaker[0]:f.speaker[1]]
    if phrase.lower() in _REFERRING or phrase.lower() in _OBJECTS and f.cue is not None and (
            f.speaker[0] >= f.cue[1] and _OBJECT_END.match(doc.text, f.speaker[1])
            or _AS_SAYING.match(doc.text, f.speaker[1])):
        # (an object after its cue, "According to her, …", or one quoted, "Interfax quoted him as saying"; not a
        # possessive the phrase stopped at: "Her plan would …", "according to her “clawback” plan")
        return _pronoun_speaker(doc, f, phrase, resolver, referents, last_person)
    apposed = APPOSED_NAME.match(doc.text, f.speaker[1]) if _DESCRIBED.match(phrase) else None
    according = f.cue is not None and doc.text[f.cue[0]:f.cue[1]].lower().startswith("according")
    if apposed is not None and not (according and f.content[0] >= apposed.end()) and (
            apposed.group("close") != "." and according or _DESCRIPTION_NEXT.match(doc.text, apposed.end())):
        apposed = None  # "According to an FBI summary, Cheryl Mills, a top aide, sent …": what the source says (not
        # "According to the prosecutor, Marie Dubois, the suspect …", where what was said follows the name)
    # "The spokesman, Khalid al-Mansouri, said", "The Victorian Premier, Rebecca Lindsay, has defended the decision,
    # saying", "according to his lawyer, Deniz Koc.": the person the description names, by the name after it
    mention = resolver.resolve(*f.speaker)
    named_by = resolver.resolve(*apposed.span("name")) if apposed else None
    if named_by is not None and named_by.kind != "person":
        named_by = None
    if named_by is not None:
        # the phrase as written, who it is by the name (not "The group, Human Rights Watch, said": no person's name)
        mention = replace(mention, canonical=named_by.canonical, kind="person")
    if mention.text == "who":  # a relative pronoun stays as written and resolves to the phrase it follows
        head = antecedent(doc.text, doc.paragraphs[f.paragraph][0], f.speaker[0])
        if head is not None:
            mention = replace(resolver.resolve(*head), text="who", start=f.speaker[0], end=f.speaker[1])
    speaker, canonical, kind = mention.text, mention.canonical, mention.kind
    # "The boy's teacher, Ms. Ellen Brooks": the apposition says more than a courtesy title.
    role = f.apposition if f.apposition and mention.role in _COURTESY else mention.role or f.apposition
    word = speaker.lower()
    first = word.split(maxsplit=1)[0]
    noun = word if word == "it" else word[4:] if first == "the" else ""
    modifiers = speaker.split()[1:-1]
    if canonical and canonical.lower() == noun and any(JOINED_MODIFIER.fullmatch(w) for w in modifiers) and all(
            w.islower() or JOINED_MODIFIER.fullmatch(w) for w in modifiers):
        noun = noun.split()[-1]  # "The Britain-based monitoring group said": where the group named before sits, as
        # wire copy points back to it (not "the terrorist group", maybe another than the one named)
    if noun == "it" or noun in DESCRIPTIONS and canonical and canonical.lower().endswith(noun):
        # "The ministry said", "It said": the institution named before, not the noun itself nor the nearest country
        # word ("The Pakistani army said … It said")
        referent = referents.pointed_back(f.speaker[0], noun)
        if referent is not None:
            canonical, kind = referent.canonical, referent.kind
    if first in _POSSESSIVES and " " in word and kind in {"person", "group"} and canonical and named_by is None:
        # "her spokesman", "his father": the possessor is whom the pronoun refers to.
        referent, _ = referents.antecedent(f.speaker[0], first)
        if referent is not None:
            # (a plural's bare apostrophe: "protesters' leader")
            owner = referent.canonical
            canonical = f"{owner}' {canonical}" if owner.endswith("s") and owner.islower() else f"{owner}'s {canonical}"
    if kind == "unknown" and role and any(describes_person(w.strip(",")) for w in role.split()):
        kind = "person"  # "Smith, his father, said"
    elif kind == "unknown" and is_share(speaker):
        kind = "group"   # "74 percent said"
    if kind in {"person", "unknown"} and canonical and "'s " not in canonical and "' " not in canonical \
            and (canonical in speaker or word[:4] != "the " or not speaker[4:5].isupper()):
        # (not a person an office's title points to by a name written elsewhere: "the Chief of Army Staff, X", "the
        # Inspector General of Police" after "Inspector General of Police X", whose name takes no article)
        canonical, kind = named(speaker, canonical, kind, resolver.titled(canonical))
    gender = UNKNOWN
    if kind == "person":
        owned = canonical and ("'s " in canonical or "' " in canonical)
        gender = person_gender(speaker, canonical if canonical and not owned else None)
        if gender == UNKNOWN and role:
            gender = noun_gender(role)
        if gender == UNKNOWN:
            gender = referents.gender(canonical)
        referents.learn(canonical, gender)
    return _Speaker(speaker, canonical, kind, role, gender, None, True)


def _opening_pronoun(doc: Doc, f: Found, before: list[Statement]) -> _Speaker | None:
    """"The coalition said it condemned …": "it" (or "they") opening what a body said is that body, whatever the text
    named between (None for any other speaker, or a person's statement: "Smith said they …" are others)."""
    word = doc.text[f.speaker[0]:f.speaker[1]]
    if word.lower() not in _BODY_PRONOUNS or not before:
        return None
    outer = before[-1]
    if outer.speaker_canonical is None or outer.speaker_kind in {"person", "unknown"} \
            or not outer.content_start <= f.speaker[0] < outer.content_end \
            or not _CONTENT_OPENING.fullmatch(doc.text, outer.content_start, f.speaker[0]):
        return None
    return _Speaker(word, outer.speaker_canonical, outer.speaker_kind, None, UNKNOWN, "pronoun", True)


def _pronoun_speaker(doc: Doc, f: Found, pronoun: str, resolver: Resolver, referents: Referents,
                     last_person: _Quoted | None) -> _Speaker:
    """He, she or they at f: the person quoted just before when the gender fits, else the nearest referent
    that agrees, else the resolver's reading. The resolver is asked only then: its own search for the
    pronoun's antecedent costs as much as ours, and mostly goes unused."""
    word = _OBJECTS.get(pronoun.lower(), pronoun.lower())  # "According to him": whom "he" would be
    gender = GENDERED_PRONOUNS.get(word, UNKNOWN)
    continues = last_person is not None and gender != UNKNOWN and _continues(doc, f, last_person.paragraph)
    last = referents.gender(last_person.canonical) if continues else None
    if last == gender:
        # "he said" goes on with the person quoted just before, whoever else the text names between.
        canonical, kind, agreed = last_person.canonical, "person", True
    else:
        referent, agreed = referents.antecedent(f.speaker[0], word)
        if last == UNKNOWN and (not agreed or referent is not None and (
                _spoken_of(referent.start, f, last_person) or f.content[0] <= referent.start < f.content[1])):
            # nobody surely agrees, or only someone the person quoted before spoke of ("Cherizier said the gangs
            # aim to force out Ariel Henry. “…,” he said.") or whom the words of the pronoun's own statement name
            # ("“…,” SP Chakresh Mishra said. Four of the accused, including Rajesh Yadav, were arrested, he added"):
            # the person quoted before
            canonical, kind = last_person.canonical, "person"
        elif referent is not None:
            canonical, kind = referent.canonical, referent.kind
            if gender != UNKNOWN and kind == "unknown":
                kind = "person"  # ("Geingob said … He added": a name "he" points back to is a person's)
        else:
            mention = resolver.resolve(*f.speaker)
            canonical, kind = mention.canonical, mention.kind
            if word != pronoun.lower():
                canonical, kind = None, "person"  # ("him" is no one's name)
            if gender != UNKNOWN and person_gender(canonical or "", canonical) not in {UNKNOWN, gender}:
                canonical = None  # the resolver's guess does not agree either
    if agreed and gender != UNKNOWN:
        referents.learn(canonical, gender)
    # the resolver gives a pronoun no role: the apposition, if any, is its role
    return _Speaker(pronoun, canonical, kind, f.apposition, gender, "pronoun", agreed)


def _spoken_of(pos: int, f: Found, last: _Quoted) -> bool:
    """Whether a name at pos lies in what the person quoted before said, and the pronoun at f after it (not inside it:
    "Cox said the shootings Obama mentioned when he announced the steps" is Obama's "he"); not whom they addressed,
    who may answer ("Sanders accused Clinton of … “…,” she said")."""
    start, end = last.content
    return not last.addressed and start <= pos < end <= f.speaker[0]


def _reported_within(f: Found, before: list[Statement]) -> bool:
    """Whether a statement's cue lies inside the words a person said in the statement before it ("Freeland said the
    prime minister had told her that …"): a speech it reports, whose speaker is not the one quoted next ("…," she
    wrote)."""
    return f.cue is not None and bool(before) and before[-1].speaker_kind == "person" and (
        before[-1].content_start <= f.cue[0] < before[-1].content_end)


def _continues(doc: Doc, f: Found, paragraph: int) -> bool:
    """Whether a statement goes on from one in `paragraph`: the same paragraph, or the next one opening
    with a quote."""
    if f.paragraph == paragraph:
        return True
    return f.paragraph == paragraph + 1 and doc.text[doc.paragraphs[f.paragraph][0]] in OPENING_MARKS
