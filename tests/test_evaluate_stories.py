"""Scoring gold sentences inside their story: a sentence gets the story's events whose trigger lies in it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from petrel.evaluate import GoldError, attach_story_events, gold_items, predict_in_stories, score
from petrel.settings import Options

pytestmark = pytest.mark.issue(4)

DATA = Path(__file__).resolve().parent / "data"
STORY = "Rebels attacked the town. The group later released ten hostages."
SECOND = STORY.index("The group")
GOLD = [
    {"id": "s0", "story_id": "7", "start": 0, "text": "Rebels attacked the town.",
     "events": [{"event": ["ASSAULT"], "trigger": "attacked", "actor": [{"code": "MLI", "sector": "REB"}]}]},
    {"id": "s1", "story_id": "7", "start": SECOND, "text": STORY[SECOND:],
     "events": [{"event": ["RETREAT"], "mode": ["release"], "trigger": "released",
                 "actor": [{"code": "MLI", "sector": "REB"}]}]},
]


def _event(event_type: str, word: str, country: str | None) -> dict[str, Any]:
    start = STORY.index(word)
    return {"type": event_type, "mode": None, "factuality": "asserted", "confidence": 0.5,
            "source": [{"country": country, "sector": "REB"}], "target": [],
            "trigger": {"text": word, "start": start, "end": start + len(word)}}


def test_story_events_go_to_the_sentence_holding_their_trigger() -> None:
    items = gold_items(GOLD)
    attach_story_events(items, {"7": [_event("ASSAULT", "attacked", "MLI"), _event("RETREAT", "released", "MLI"),
                                      _event("PROTEST", "town", None)]})
    assert [[p["type"] for p in item.predicted] for item in items] == [["ASSAULT", "PROTEST"], ["RETREAT"]]
    scores = score(items)
    # "The group" is resolved from the first sentence, so the second sentence's actor country is right.
    assert scores["micro"] == {"precision": 0.6667, "recall": 1.0, "f1": 0.8}
    assert scores["field_accuracy"]["source_country"] == 1.0


def test_gold_items_keep_the_story_and_offset() -> None:
    items = gold_items(GOLD)
    assert [(item.story, item.start) for item in items] == [("7", 0), ("7", SECOND)]
    assert gold_items([{"text": "No story.", "events": []}])[0].story is None


def test_the_same_words_in_two_stories_are_two_items_and_one_text_alone_is_one() -> None:
    copy = dict(GOLD[0], id="s9", story_id="8")
    assert [(item.story, len(item.gold)) for item in gold_items([GOLD[0], copy])] == [("7", 1), ("8", 1)]
    alone = {"text": "Rebels attacked the town.", "events": [{"event": ["ASSAULT"]}]}
    assert [len(item.gold) for item in gold_items([alone, dict(alone)])] == [2]


def test_a_sentence_without_its_story_is_a_gold_error() -> None:
    with pytest.raises(GoldError):
        predict_in_stories(gold_items(GOLD), {}, Options())


def test_committed_voa_sentences_sit_at_their_offsets_in_the_committed_stories() -> None:
    stories = {s["id"]: s["text"] for s in map(json.loads, (DATA / "voa_stories.jsonl").read_text().splitlines())}
    for record in map(json.loads, (DATA / "voa_sentences.jsonl").read_text().splitlines()):
        assert stories[record["story_id"]][record["start"]:record["start"] + len(record["text"])] == record["text"]
