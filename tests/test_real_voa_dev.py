"""Issue 4: real Voice of America news, labelled by hand for petrel by separate sessions that never saw its code or
output (tests/data/real_voa_stories.jsonl, tests/data/real_voa_sentences.jsonl; provenance in tests/data/README.md).

The twelfth and thirteenth sessions used these stories to find what petrel misreads in real news, so they are
development data, not held out; the held-out figures stay those of docs/accuracy.md. Each story is coded whole, as
a user codes an article, and a labelled sentence is credited with the events whose trigger lies inside it. The
floor is the figure petrel reached when the set was added, less 3 points.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import petrel
from petrel.plover import plover_types
from petrel.readers import parse_published

pytestmark = pytest.mark.issue(4)

DATA = Path(__file__).parent / "data"
# Reached when the set was added (204 stories, 1,847 sentences): 0.619; when it was extended in the thirteenth
# session (334 stories, 2,895 sentences): 0.619; after the fourteenth session's fixes: 0.627.
MIN_MICRO_F1 = 0.58


def _read(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def stories() -> dict[str, dict]:
    return {story["id"]: story for story in _read("real_voa_stories.jsonl")}


@pytest.fixture(scope="module")
def sentences() -> list[dict]:
    return _read("real_voa_sentences.jsonl")


def test_real_voa_sentences_lie_in_their_stories_with_plover_labels(stories: dict[str, dict],
                                                                     sentences: list[dict]) -> None:
    types = plover_types()
    for sentence in sentences:
        story = stories[sentence["story_id"]]["text"]
        assert story[sentence["start"]:sentence["start"] + len(sentence["text"])] == sentence["text"]
        assert all(event["type"] in types and event["trigger"] in sentence["text"] for event in sentence["events"])


def test_real_voa_stories_event_types_micro_f1(stories: dict[str, dict], sentences: list[dict]) -> None:
    ordered = list(stories.values())
    articles = petrel.code_many([petrel.Article(text=story["text"], published=parse_published(story["date"]),
                                                id=story["id"])
                                 for story in ordered])
    coded = {story["id"]: article.events for story, article in zip(ordered, articles, strict=True)}
    found = missed = extra = 0
    for sentence in sentences:
        start, end = sentence["start"], sentence["start"] + len(sentence["text"])
        # one event per labelled act: a writer who split a compound actor into two records named one act twice
        gold = Counter(kind for kind, _ in {(e["type"], e["trigger"]) for e in sentence["events"]})
        got = Counter(e.type for e in coded[sentence["story_id"]] if start <= e.trigger.start < end)
        found += sum((gold & got).values())
        missed += sum((gold - got).values())
        extra += sum((got - gold).values())
    precision, recall = found / (found + extra), found / (found + missed)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= MIN_MICRO_F1, f"micro-F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"
