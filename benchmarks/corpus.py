"""Seeded templates of our own → a synthetic news corpus of N articles (JSONL) for speed and memory benchmarks.

The articles read like wire copy: quotes, reported speech, hedged figures, dated events, places.
They are varied enough (names, places, numbers, dates, sentence order) that every article has its
own text and id, and about 750 words long like a typical news story.
"""
from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

PEOPLE = [("Minister", "Lena Petrossian"), ("General", "Omar Haddad"), ("Mayor", "Marta Kovac"),
          ("spokesperson", "John Ferris"), ("President", "Ana Duarte"), ("Governor", "Samuel Osei"),
          ("police chief", "Tomas Reyes"), ("union leader", "Ines Morales"), ("Senator", "Paul Grant"),
          ("commander", "Yuri Antonov"), ("Foreign Minister", "Mei Lin"), ("envoy", "Karim Nasser")]
ORGS = ["the United Nations", "the Red Cross", "the health ministry", "the defence ministry",
        "the World Food Programme", "local officials", "the interior ministry", "police", "the army"]
PLACES = [("Kharkiv", "Ukraine"), ("Aleppo", "Syria"), ("Goma", "Democratic Republic of the Congo"),
          ("Mosul", "Iraq"), ("Kandahar", "Afghanistan"), ("Maiduguri", "Nigeria"), ("Juba", "South Sudan"),
          ("Mogadishu", "Somalia"), ("Sanaa", "Yemen"), ("Tripoli", "Libya"), ("Caracas", "Venezuela"),
          ("Yangon", "Myanmar"), ("Port-au-Prince", "Haiti"), ("Khartoum", "Sudan"), ("Gao", "Mali")]
GROUPS = ["rebels", "government forces", "militants", "protesters", "soldiers", "security forces",
          "gunmen", "troops", "civilians", "police officers"]
HEDGES = ["at least", "more than", "nearly", "about", "around", "up to", "some", "an estimated", ""]
NARRATIVE_SHARE = 0.83  # gives about as many statements, events and figures per article as real news
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SENTENCES = [
    '"{quote}," {title} {name} told reporters in {place} on {weekday}.',
    "{org} said {hedge} {n} {group} were killed in {place} on {day_month}.",
    "According to {org}, {hedge} {n} people have been displaced since the fighting began in {month}.",
    "{Title} {name} said the government would send {n} more troops to {place} next week.",
    "{Group} attacked a checkpoint near {place} on {weekday}, killing {n} {group2} and wounding {n2} others.",
    'In a statement, {org} said: "{quote}."',
    "{name} accused {group} of shelling residential areas of {place} on {day_month}.",
    "Between {n} and {n3} {group} were arrested after clashes in the centre of {place}, police said.",
    "{Title} {name} met {name2} in {place} on {weekday} to discuss a ceasefire.",
    "The two sides signed an agreement in {place} in {month}, {org} said.",
    "Thousands of {group} protested in {place} on {day_month}, demanding higher wages.",
    "Officials said {n} aid trucks reached {place} on {weekday}, the first convoy in weeks.",
    "{Surname} added that talks would resume in {month} if the shelling stopped.",
    "Witnesses said dozens of {group} were detained during raids on {weekday} night.",
    "{org} estimated the number of casualties at {hedge} {n}.",
    "The {country} government has denied the reports and said its forces only returned fire.",
]
# Background sentences without speech, events or figures: most of a real news story is like this.
NARRATIVE = [
    "The {place} region has a long history of disputes over land and water.",
    "Residents described long queues outside bakeries and pharmacies in the old town.",
    "The main hospital in {place} is running low on fuel for its generators.",
    "Schools in the area have been closed for most of the year.",
    "Many families have moved in with relatives in nearby towns and villages.",
    "Analysts expect the dispute to dominate the next session of parliament.",
    "The road between {place} and the coast remains the main route for supplies.",
    "Prices of bread and cooking oil have risen sharply in recent months.",
    "The conflict has its roots in a disputed election and a long economic crisis.",
    "Electricity returned to parts of the city late in the evening.",
    "Farmers in the surrounding valleys depend on the river for irrigation.",
    "The border crossing was busy with trucks carrying fruit and building materials.",
]
QUOTES = ["We will not give up until every family is safe", "The situation is getting worse every day",
          "Our teams are working around the clock", "This attack was a clear violation of the truce",
          "We need more food, water and medicine now", "Nobody expected the water to rise so fast",
          "The government must act before it is too late", "We have lost contact with several villages"]
# Publication days: random over 600 days from FIRST_DAY, or in feed order from FEED_FIRST_DAY (ids in the order
# news arrive; 100,300 articles end in November 2026, in the past: a run rejects articles published after it).
FIRST_DAY = date(2024, 1, 1)
FEED_FIRST_DAY = date(2020, 1, 1)
FEED_PER_DAY = 40  # 20,000 articles span about 16 months, a run of 100 two or three days


def article(i: int, rng: random.Random, words: int = 750, feed: bool = False) -> dict:
    """Article i: published on a random day of 600, or with `feed` in the order of a news feed (FEED_PER_DAY a day)."""
    published = FIRST_DAY + timedelta(days=rng.randrange(0, 600))
    if feed:  # what a schedule picks up: the news of the days since its last run
        published = FEED_FIRST_DAY + timedelta(days=i // FEED_PER_DAY)
    paragraphs, count = [], 0
    while count < words:
        title, name = rng.choice(PEOPLE)
        place, country = rng.choice(PLACES)
        template = rng.choice(NARRATIVE) if rng.random() < NARRATIVE_SHARE else rng.choice(SENTENCES)
        sentence = template.format(
            quote=rng.choice(QUOTES), title=title, Title=title[:1].upper() + title[1:], name=name,
            name2=rng.choice(PEOPLE)[1], Surname=name.split()[-1], org=rng.choice(ORGS), place=place,
            country=country, group=rng.choice(GROUPS), Group=rng.choice(GROUPS).capitalize(),
            group2=rng.choice(GROUPS), hedge=rng.choice(HEDGES), n=rng.randrange(2, 400),
            n2=rng.randrange(2, 90), n3=rng.randrange(400, 900), weekday=rng.choice(WEEKDAYS),
            month=(published - timedelta(days=rng.randrange(0, 200))).strftime("%B"),
            day_month=(published - timedelta(days=rng.randrange(0, 20))).strftime("%-d %B"),
        ).replace("  ", " ")
        sentence = sentence[0].upper() + sentence[1:]
        if paragraphs and rng.random() < 0.6:
            paragraphs[-1] += " " + sentence
        else:
            paragraphs.append(sentence)
        count += len(sentence.split())
    return {"id": f"synthetic-{i:07d}", "source": "newsfacts-synthetic", "published_at": published.isoformat(),
            "title": f"Synthetic report {i}", "language": "en", "text": "\n".join(paragraphs)}


def write_corpus(path: Path, n: int, seed: int = 7, start: int = 0, feed: bool = False) -> Path:
    """N articles as JSONL (ids start..start+n-1), the same for the same seed; `feed`: dated in id order."""
    rng = random.Random(seed + start)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(start, start + n):
            f.write(json.dumps(article(i, rng, feed=feed)) + "\n")
    return path
