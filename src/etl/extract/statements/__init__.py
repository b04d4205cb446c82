"""Article text → statements: who said what, as direct, indirect or mixed quotations with cue and speaker.

How it works: one pass finds every quote (paired per paragraph) and every cue of the lexicons (reporting
verbs, multi-word cues, "according to", nouns of speech); each cue looks for its speaker before it
("Kirby said"), after it ("…,” said Kirby"), around an apposition or relative clause, or in the clause
it continues ("…, adding that"); then for what was said after it ("said that …", "told reporters …"),
before it ("…, Kirby said") or in the quote it closes. Quotes no cue reached are attached last.

Conventions of the records:
- `content` of a direct quote includes its quote marks ("“It has been confirmed …”"), as news corpora mark
  it; reported speech excludes the introducing "that" and the sentence's final period.
- A quote interrupted by its attribution ("“A,” she said. “B.”", "“A,” said Ortiz, “but B.”") is one statement
  per quoted segment, each grounded on its own words, all with the same speaker and cue and one `quote_group`
  (the statement_id of the first segment); so is a quotation running over paragraphs in press style (an
  opening mark on each paragraph, the closing one only at the end), and reported speech around a
  parenthetical attribution ("The plan, he said, would cost more"). `content` never holds the attribution.
- A quote paragraph that continues an earlier speaker's words (up to two paragraphs back, when the text
  between names nobody else) becomes its own statement with that speaker and no cue (`speaker_source`
  previous_paragraph); a quote inside a sentence with no cue is given to the sentence's subject ("He jokes,
  “…”"); a quote opening a sentence with no speaker anywhere near it is a statement with a null speaker.
- Short quotes that attach to no cue (scare quotes, titles) are not statements, and a first paragraph that
  repeats the article's title (a headline) gives none.
- A transcript's line, a paragraph opened by a speaker's label in capitals and a colon ("JAKE TAPPER: …",
  "SEN. MARIA LOPEZ: …"), is a direct statement of the rest of the paragraph, without quote marks, its cue the
  colon; a label is a speaker's when it is a name (a title or a known first name before it, or the surname of a
  full name the article writes), not a kicker ("EXCLUSIVE:", "UPDATE:"); so is an interview's answer, a name in
  mixed case and a colon after a question's line ("Q: Will the deal hold? ¶ Getachew Reda: We are committed to it."),
  and an answer marked "A:", "A." or "Answer:" there, the speaker as written the mark, resolved to whom the interview's
  introduction names ("Amina Yusuf, a nurse, spoke to our reporter. ¶ Q: … ¶ A: We heard gunfire …").
- `speaker` is the phrase as written (a pronoun stays a pronoun; a description keeps its whole phrase, "an
  official with the provincial agency"); `speaker_canonical`, `speaker_kind` and `speaker_role` come from
  `etl.extract.mentions.Resolver`, except for pronouns: he, she and they (and his, her before a noun, "her
  spokesman") resolve to the nearest referent that agrees in gender or number, and "he said" right after
  another person's statement keeps that person when the gender fits. `speaker_gender` is what the text tells:
  the pronoun, a title, a gendered noun, or a first name in the name dictionary.

The package, in the order the steps run: `quotes` pairs quote marks and merges sentences into units;
`cues` finds the lexicon's cues (`lexicon`); `speakers` finds each cue's speaker with the noun-phrase
reader of `phrases`; `contents` finds what was said; `quotes` attaches the quotes no cue reached;
`records` resolves the speakers (pronouns with `pronouns`, genders with `genders`) and builds the records.
`items` holds what the steps pass on.
"""
from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_left

from etl.extract.datelines import opening
from etl.extract.mentions import resolver_for
from etl.extract.statements.contents import find_content, noun_statements
from etl.extract.statements.cues import find_cues, negated
from etl.extract.statements.items import Candidate, Context, Found, Unit
from etl.extract.statements.lexicon import CUES, SPEECH_NOUNS, one_of
from etl.extract.statements.quotes import (
    attach_quotes, british_quotes, find_quotes, find_units, inside_quote, transcript_lines,
)
from etl.extract.statements.records import records
from etl.extract.statements.speakers import cue_candidate
from etl.extract.text import Doc
from etl.records import Statement

VERSION = "statements-rules-1.63"

# What joins a following clause with its own cue: the content before it ends there.
_CLAUSE_JOIN = re.compile(rf"(?:[,;:]|[,;]?\s+(?:{one_of('clause_join')}))\s*"
                          r"(?:(?:[a-z]+ly|did|does|do|would|will|could|has|have|had|not|also|[a-z]+n[’']t)\s+){0,3}$")
_THAT_BEFORE = re.compile(r"\bthat\s+$")


def extract(doc: Doc, *, dropped: Counter[str] | None = None) -> list[Statement]:
    """Statements of one article, in text order; pure and deterministic. Each cue or quote that gives no
    statement is counted in `dropped`, if given, under "statements: <why>"."""
    dropped = Counter() if dropped is None else dropped
    quotes = find_quotes(doc.text, doc.paragraphs)
    text = british_quotes(doc.text, doc.paragraphs, quotes)  # the records take their words from doc.text, as written
    if text is not doc.text:
        quotes = find_quotes(text, doc.paragraphs)  # and those in single marks, now written as double ones
    units = find_units(doc, quotes)
    ctx = Context(text, quotes, [q.start for q in quotes], [q.end for q in quotes], units, [u.start for u in units])
    headline = opening(doc).headline
    cue_matches = find_cues(text, doc.finder)
    cue_starts = [start for start, _, _ in cue_matches]
    found: list[Found] = []
    for unit in units:
        lo, hi = bisect_left(cue_starts, unit.start), bisect_left(cue_starts, unit.end)
        if hi == lo:
            continue  # (most sentences hold no cue)
        if unit.paragraph == headline:
            dropped["statements: cue in a headline"] += hi - lo
            continue
        found.extend(_unit_statements(ctx, unit, cue_matches[lo:hi], dropped))
    for f in noun_statements(ctx, doc.finder, dropped):
        if f.paragraph == headline:
            dropped["statements: cue in a headline"] += 1
        else:
            found.append(f)
    found = attach_quotes(ctx, found, headline, dropped)
    found = sorted(found + transcript_lines(doc, found, headline, dropped), key=lambda f: f.content)
    return records(doc, found, resolver_for(doc), quotes, VERSION, dropped)


def _nested_source(text: str, before: Found, c: Candidate) -> bool:
    """Whether the statement before is "…, according to X" and the candidate's speaker follows X's comma (", OCHA
    said"): the candidate reports the whole, its source with it."""
    return before.cue is not None and before.speaker is not None and before.content[1] <= before.cue[0] \
        and text[before.cue[0]:before.cue[0] + 9].lower() == "according" and c.speaker[0] < c.cue[0] \
        and text[before.speaker[1]:c.speaker[0]].strip() == ","


def _closes_clause(text: str, before: Found, c: Candidate) -> bool:
    """Whether the statement before was made in a relative clause ("…, who accused them of …") or in a clause joined
    after another ("Gunmen abducted 25 girls, and the kidnappers have since demanded a ransom") that the candidate's
    attribution closes right after (", the office said."): the candidate says the whole sentence."""
    return before.speaker is not None and (
        text[before.speaker[0]:before.speaker[1]].lower() in {"who", "which"}
        or _JOINED_CLAUSE.search(text, max(0, before.speaker[0] - _JOINED_CHARS), before.speaker[0]) is not None) \
        and before.content[1] <= c.speaker[0] < c.cue[0] and text[before.content[1]:c.speaker[0]].strip() == ","


_JOINED_CLAUSE = re.compile(r"\w,?\s+(?:and|but)\s+$")  # a clause joined after another one of its sentence
_JOINED_CHARS = 8


def _speech_noun_before(text: str, c: Candidate) -> bool:
    """Whether a noun of speech opens the candidate's attribution before its speaker ("…, accusations the armed
    forces deny"): the clause before is what the noun names."""
    return c.attribution is not None and c.speaker is not None and c.attribution < c.speaker[0] \
        and any(w.lower() in SPEECH_NOUNS for w in text[c.attribution:c.speaker[0]].split())


def _unit_statements(ctx: Context, unit: Unit, cues: list[tuple[int, int, str]],
                     dropped: Counter[str]) -> list[Found]:
    text = ctx.text
    candidates: list[Candidate] = []
    for start, end, key in cues:
        cue = (start, end)
        if inside_quote(ctx, start):
            dropped["statements: cue inside a quote"] += 1
            continue
        if negated(text, cue, key, unit.start):
            dropped["statements: cue in a set phrase ('that said')"] += 1
            continue
        entry = CUES[key]
        if entry.kind == "according":
            if not _THAT_BEFORE.search(text, max(unit.start, start - 6), start):  # "said that according to X, …"
                candidates.append(Candidate(cue, entry, None, None, False, False, False))
            else:
                dropped["statements: 'according to' inside reported speech"] += 1
            continue
        candidate = cue_candidate(ctx, unit, cue, entry, candidates, dropped)
        if candidate is not None:
            candidates.append(candidate)
    out: list[Found] = []
    previous_from = unit.start  # where the content of the candidate before could start
    for k, c in enumerate(candidates):
        limit = unit.end
        if k + 1 < len(candidates):
            nxt = candidates[k + 1]
            edge = nxt.speaker[0] if nxt.speaker and not nxt.inverted and not nxt.inherited else nxt.cue[0]
            joint = _CLAUSE_JOIN.search(text, c.cue[1], edge)
            if _speech_noun_before(text, nxt):
                limit = nxt.attribution  # "…, accusations the armed forces deny": what was said ends at the noun
            elif joint is not None or nxt.inherited or nxt.entry.kind == "according":
                limit = joint.start() if joint is not None else edge
        left_from = out[-1].content[1] if out else unit.start
        if out and c.speaker is not None and _nested_source(text, out[-1], c):
            # "At least 120 people were killed, according to the health ministry, OCHA said": OCHA says it all
            left_from = out[-1].content[0]
        elif out and _speech_noun_before(text, c):
            left_from = previous_from  # (the armed forces deny what the rights groups said: the whole clause)
        elif out and c.speaker is not None and _closes_clause(text, out[-1], c):
            # "70 people were killed by gang members, who accused them of witchcraft, the office said": the office
            # says the whole sentence, the relative or joined clause with it
            left_from = previous_from
        previous_from = left_from
        out.extend(find_content(ctx, unit, c, left_from, limit, dropped))
    return out
