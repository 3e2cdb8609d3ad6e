"""Cross-article dedup, measured: pairwise precision and recall of event clusters on known duplicates.

Run:  .venv/bin/python -m bench.dedup [--stories 30] [--outlets 3]

The corpus is built from the VOA stories in bench/data: each story is "reported" by several outlets.
Outlet 1 prints it as is; the others print a rewrite: a random subset (70 %) of its paragraphs with the
lead kept, paragraphs shuffled, published the same day or one day later, and half of the sentences
reworded at the start ("Meanwhile, ..."), so that their text differs from the original and only the
event's fields (type, actors, date, place) can match them. The truth is known: two coded events are
the same real event when they come from the same sentence of the same original story, with the same
trigger word and the same type. Over every pair of events from different articles, precision is the share of pairs
petrel puts in one cluster that are the same event, and recall the share of same-event pairs petrel
puts in one cluster.

Caveat: a story that mentions one event in two sentences makes two "different" events by this truth,
so merging them counts against precision even when it is right; precision is a lower bound. The
upper bound beside it counts every merge of two events from the same story as right. Merges across
stories are counted wrong, though many are the same real event covered by several VOA stories (the
March 2025 Jaffar Express hijacking in Pakistan is in five of them).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
from collections import Counter
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

from bench.throughput import corpus


def rewrites(stories: list[dict[str, Any]], outlets: int, seed: int = 7) -> list[dict[str, Any]]:
    """Each story as printed by `outlets` outlets (the first verbatim, the others rewritten)."""
    rng = random.Random(seed)
    articles = []
    for story in stories:
        paragraphs = [p for p in story["text"].split("\n") if p.strip()]
        published = date.fromisoformat(story["published"][:10])
        for outlet in range(outlets):
            if outlet == 0:
                kept = paragraphs
            else:
                rest = [p for p in paragraphs[1:] if rng.random() < 0.7]
                rng.shuffle(rest)
                kept = [reword(p, rng) for p in paragraphs[:1] + rest]
            day = published + timedelta(days=outlet and rng.choice((0, 1)))
            articles.append({"id": f"{story['id']}@{outlet}", "story": story["id"], "text": "\n".join(kept),
                             "published": day.isoformat(), "outlet": f"outlet-{outlet}",
                             "url": f"https://outlet-{outlet}.example/{story['id']}"})
    return articles


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
REWORDING = "Meanwhile, "


def reword(paragraph: str, rng: random.Random) -> str:
    """Prefix about half of the paragraph's sentences with a connective (a rewrite that keeps the event)."""
    return " ".join(REWORDING + sentence if rng.random() < 0.5 else sentence
                    for sentence in SENTENCE_END.split(paragraph))


def truth_key(record: dict[str, Any], story: str) -> tuple[Any, ...]:
    sentence = record["sentence"]["text"].removeprefix(REWORDING)
    return (story, sentence, record["trigger"]["text"].lower(), record["type"])


def pairwise(events: list[tuple[str, str, tuple[Any, ...]]]) -> dict[str, float]:
    """Pairwise precision/recall over event pairs from different articles: (article, cluster, truth) each."""
    same_cluster = same_truth = both = same_story = 0
    for (article_a, cluster_a, truth_a), (article_b, cluster_b, truth_b) in combinations(events, 2):
        if article_a == article_b:
            continue
        predicted, actual = cluster_a == cluster_b, truth_a == truth_b
        same_cluster += predicted
        same_truth += actual
        both += predicted and actual
        same_story += predicted and truth_a[0] == truth_b[0]
    precision = both / same_cluster if same_cluster else 0.0
    recall = both / same_truth if same_truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs_clustered": same_cluster, "pairs_same_event": same_truth, "precision": precision,
            "precision_same_story": same_story / same_cluster if same_cluster else 0.0, "recall": recall, "f1": f1}


def main() -> None:
    from petrel.ingest import ingest
    from petrel.store import EventFilter, Store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=30)
    parser.add_argument("--outlets", type=int, default=3)
    arguments = parser.parse_args()
    stories = list(corpus(arguments.stories))
    articles = rewrites(stories, arguments.outlets)
    with tempfile.TemporaryDirectory() as folder:
        source, db = Path(folder) / "outlets.jsonl", Path(folder) / "outlets.duckdb"
        source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        ingest([str(source)], db=str(db))
        with Store(db, read_only=True) as store:
            story_of = dict(store.connection.execute("SELECT article_id, external_id FROM articles").fetchall())
            records = list(store.events(EventFilter()))
            clusters = store.total("clusters")
    events = [(r["article_id"], r["cluster"]["id"], truth_key(r, story_of[r["article_id"]].split("@")[0]))
              for r in records]
    scores = pairwise(events)
    sizes = Counter(Counter(cluster for _, cluster, _ in events).values())
    print(f"{len(articles)} articles ({arguments.stories} stories × {arguments.outlets} outlets), "
          f"{len(events)} events, {clusters} clusters; cluster sizes {dict(sorted(sizes.items()))}\n")
    print("| pairs clustered | pairs of the same event | pairwise precision (upper bound: same story) | "
          "pairwise recall | F1 |")
    print("|---|---|---|---|---|")
    print(f"| {scores['pairs_clustered']} | {scores['pairs_same_event']} | {scores['precision']:.3f} "
          f"({scores['precision_same_story']:.3f}) | {scores['recall']:.3f} | {scores['f1']:.3f} |")


if __name__ == "__main__":
    main()
