"""Findings → Statement records, with speakers resolved within the article."""
from __future__ import annotations

from collections import Counter
from etl.extract.mentions import Resolver
from etl.extract.statements.items import Found
from etl.extract.statements.lexicon import GENDERED_PRONOUNS
from etl.extract.statements.quotes import OPENING_MARKS
from etl.extract.text import Doc
from etl.ids import stable_hash
from etl.records import Statement


def records(doc: Doc, found: list[Found], resolver: Resolver, version: str, dropped: Counter[str]) -> list[Statement]:
    """One record per content span, in text order; a second finding of the same span is counted in `dropped`."""
    text = doc.text
    article_id = doc.article.article_id
    out: list[Statement] = []
    seen: set[tuple[int, int]] = set()
    last_person: tuple[str, int] | None = None  # canonical name and paragraph of the latest person speaking
    for f in found:
        start, end = f.content
        if (start, end) in seen:
            dropped["statements: same content as another statement"] += 1
            continue
        seen.add((start, end))
        if f.speaker is not None:
            mention = resolver.resolve(*f.speaker)
            speaker, canonical, kind, role = mention.text, mention.canonical, mention.kind, mention.role
            role = role or f.apposition
            if speaker.lower() in GENDERED_PRONOUNS and last_person is not None \
                    and _continues(doc, f, last_person[1]) \
                    and resolver.gender(last_person[0]) in {"-", GENDERED_PRONOUNS[speaker.lower()]}:
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
            confidence=round(f.confidence, 2), extractor=version,
        ))
    return out


def _continues(doc: Doc, f: Found, paragraph: int) -> bool:
    """Whether a statement goes on from one in `paragraph`: the same paragraph, or the next one opening
    with a quote."""
    if f.paragraph == paragraph:
        return True
    return f.paragraph == paragraph + 1 and doc.text[doc.paragraphs[f.paragraph][0]] in OPENING_MARKS
