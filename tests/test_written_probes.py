"""Issue 4: news sentences and headlines written for petrel by separate writing sessions, each labelled from the
PLOVER codebook before petrel coded it (tests/data/written_sentences.jsonl, tests/data/written_headlines.jsonl).

The ninth and tenth sessions used them to find lexicon, sense and parse gaps, so they are development data, not
held out; the held-out figures stay those of docs/accuracy.md. The floors are the figures petrel reached when the
sets were last extended, less 3 points: they catch a change that loses what these phrasings say, without pinning
any one text.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from probe_scoring import PUBLISHED, code_probes, no_event_share, top_type_share

import petrel
from petrel.plover import plover_types

pytestmark = pytest.mark.issue(4)

DATA = Path(__file__).parent / "data"
# Reached when last extended (2,294 headlines; 3,310 sentences): 0.939 and 0.791.
MIN_HEADLINE_TOP_TYPE = 0.91
MIN_SENTENCE_MICRO_F1 = 0.766
# tests/data/fresh_headlines.jsonl (1,184 headlines written in the twenty-third session) trains nothing and its
# misses were not read: it measures how the classifier and the rules meet wording they were not built on. Reached:
# typed headlines whose most confident event has the labelled type 0.865, no-event headlines left uncoded 0.806;
# 0.887 and 0.871 in the twenty-fourth session.
MIN_FRESH_TOP_TYPE = 0.85
MIN_FRESH_NO_EVENT = 0.84


def _read(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def headlines() -> list[dict]:
    return _read("written_headlines.jsonl")


@pytest.fixture(scope="module")
def sentences() -> list[dict]:
    return _read("written_sentences.jsonl")


def test_written_sets_use_plover_types_and_modes(headlines: list[dict], sentences: list[dict]) -> None:
    types = plover_types()
    labels = [(h["event"], h["mode"]) for h in headlines if h["event"] or h["mode"]]  # (None, None): no event
    labels += [(e["type"], e["mode"]) for s in sentences for e in s["events"]]
    assert {label for label in labels if label[0] not in types} == set()
    assert any(h["event"] is None for h in headlines)
    assert len({h["text"] for h in headlines}) == len(headlines)
    assert len({s["text"] for s in sentences}) == len(sentences)


def test_written_headlines_most_confident_event_has_the_labelled_type(headlines: list[dict]) -> None:
    share, misses = top_type_share(code_probes(headlines, "event"))
    assert share >= MIN_HEADLINE_TOP_TYPE, f"top type right for {share:.3f} of headlines\n{misses}"


def test_fresh_headlines_unseen_by_the_classifier_keep_their_floors() -> None:
    fresh = _read("fresh_headlines.jsonl")
    assert not {h["id"] for h in fresh} & {h["id"] for h in _read("written_headlines.jsonl")}
    outcomes = code_probes(fresh, "event")
    share, misses = top_type_share(outcomes)
    assert share >= MIN_FRESH_TOP_TYPE, f"top type right for {share:.3f} of fresh headlines\n{misses}"
    kept, coded = no_event_share(outcomes)
    assert kept >= MIN_FRESH_NO_EVENT, f"nothing coded for {kept:.3f} of fresh no-event headlines\n{coded}"


def test_written_sentences_event_types_micro_f1(sentences: list[dict]) -> None:
    articles = petrel.code_many([petrel.Article(text=s["text"], published=PUBLISHED) for s in sentences])
    found = missed = extra = 0
    for sentence, article in zip(sentences, articles, strict=True):
        gold = Counter(event["type"] for event in sentence["events"])
        coded = Counter(event.type for event in article.events)
        found += sum((gold & coded).values())
        missed += sum((gold - coded).values())
        extra += sum((coded - gold).values())
    precision, recall = found / (found + extra), found / (found + missed)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= MIN_SENTENCE_MICRO_F1, f"micro-F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"
