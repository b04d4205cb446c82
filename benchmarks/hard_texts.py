"""Crafted texts that real news throws at the extractors: scores, zero ranges, odd numbers and dates, quote storms.

    python benchmarks/hard_texts.py OUT.jsonl      # writes them as JSONL input for `etl run`

Every text is ours. They are built to break things, not to be scored: the soak benchmark checks that a
run on them publishes every one as an article.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

SENTENCES = [
    "Toronto beat Ottawa 0-2 in the first game, the coach said.",
    "The visitors suffered a 0-6 loss on Saturday, and the manager said he would not resign.",
    "The derby ended 0–0 after extra time, police said 3 fans were arrested.",
    "Officials said between 0 and 3 people were hurt, and 0 to 5 million dollars of damage was done.",
    "The ratio was 0/0 in the first round, a spokesman said, and 1e309 in the second.",
    "A trader said the index rose by 10**400 points, which is impossible.",
    "Turnout fell to 0% in two districts and to 0.0 percent in a third, the commission said.",
    "The minister said the law takes effect in 2020 rather than 2018.",
    "Germany plans to spend 130 billion euros on new equipment by 2030, the ministry said.",
    "She said she would keep her pledge of more soldiers by 2023.",
    "The new bridge will open in 2027, the mayor said, and a second one by 2099.",
    "Archives from the year 0000 and 99999 were cited, the historian said.",
    "The treaty was signed on February 30, 2019, a spokeswoman said, or on 31/02/2020.",
    "The report is dated 2020-13-45 and 00/00/0000, officials said.",
    "On 12/11/2019 rebels attacked a convoy near the border, killing 0 soldiers.",
    '"""""""""" he said.',
    '"Unbalanced quote, the mayor said.',
    '“Nested ‘quotes “inside” quotes’ are hard,” the editor said.',
    "The fighting killed 0 people and wounded 0, according to the army.",
    "Some 0 to 0 people were displaced, the agency said.",
    "Police said at least 0 people died and up to 0 were missing.",
    "The casualty count rose from 0 to 1,000,000,000,000,000,000,000 overnight, a source said.",
    "Rebels said they captured -5 towns and 3.5.6 villages.",
    "The score was 2-1, then 3:2, then 10 – 0, the referee said.",
]


def hard_texts() -> list[str]:
    """The crafted texts: each sentence alone, all of them together, and a few pathological shapes."""
    texts = list(SENTENCES)
    texts.append(" ".join(SENTENCES))
    texts.append("\u202e" + SENTENCES[0] + "\u2066" + SENTENCES[7] + "\u2069\u200b\u2028" + SENTENCES[3])
    texts.append("word " * 40_000)  # a 200,000-character sentence without punctuation
    texts.append('"' * 500 + " the spokesman said " + "“" * 300)
    texts.append(", ".join(f"{i}-{i + 1}" for i in range(5_000)) + " people were killed, officials said.")
    texts.append(" ".join(["President Smith said"] * 3_000) + ".")
    texts.append("The army said " + " and ".join(f"{i} soldiers" for i in range(0, 3_000, 7)) + " were killed.")
    return texts


def write(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(hard_texts()):
            out.write(json.dumps({"id": f"hard-{i:03d}", "source": "crafted", "published_at": "2015-06-01",
                                  "text": text}) + "\n")
    return path


if __name__ == "__main__":
    print(write(Path(sys.argv[1])))
