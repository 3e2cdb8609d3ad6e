"""Accuracy on the bundled gold sets: event coding, factuality, attribution, dates and places.

Used by ``scripts/accuracy_report.py`` (writes ``docs/accuracy.md``) and by the CI gate in
``tests/quality``. Each set has a ``dev`` split (tuned on) and a ``test`` split (held out).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from petrel.evaluate import evaluate_items, gold_items, load_records, predict_in_stories, score
from petrel.model import Event
from petrel.settings import Options

DATA = Path(__file__).resolve().parent.parent / "data"
EVENT_SETS = {
    "voa_sentences": ("voa_sentences.jsonl", ()),
    # The same gold sentences, each coded alone as a user coding one sentence would (no story around it).
    "voa_sentences_alone": ("voa_sentences.jsonl", ()),
    "headlines": ("headlines.jsonl", ()),
    "petrarch_unit": ("petrarch_unit.jsonl", ("petrarch_validate_actors.txt",)),
}
# Sets coded with their own verb dictionary (``--verbs``), as PETRARCH codes its unit tests.
VERB_FILES = {"petrarch_unit": ("petrarch_verbs.txt",)}
# PETRARCH2's CAMEO verb pattern dictionary: coding the real-news sets with it instead of petrel's lexicon
# (same parse, actors and matching) is the dictionary-coder baseline of the accuracy report.
BASELINE_VERBS = ("cameo_verbpatterns.txt",)
BASELINE_SETS = ("voa_sentences", "headlines")
# Sets whose gold sentences are scored inside their story coded whole (as real news is coded), so that
# "the group" or "they" can be resolved; the value is the file of story texts the sentences point into.
STORY_FILES = {"voa_sentences": "voa_stories.jsonl"}


def event_scores(name: str, split: str, data: Path = DATA, verb_files: tuple[str, ...] | None = None) -> dict[str, Any]:
    """Event-coding scores of one gold set's split; ``verb_files`` (under ``data``) replaces the set's own verb
    dictionaries (``BASELINE_VERBS``: PETRARCH2's CAMEO dictionary as a baseline)."""
    filename, actor_files = EVENT_SETS[name]
    records = [r for r in load_records(data / filename) if r.get("split") == split]
    verbs = VERB_FILES.get(name, ()) if verb_files is None else verb_files
    options = Options(actor_files=tuple(str(data / f) for f in actor_files),
                      verb_files=tuple(str(data / f) for f in verbs))
    items = gold_items(records, filename)
    if name not in STORY_FILES:
        return evaluate_items(items, options)
    stories = {str(story["id"]): story for story in load_records(data / STORY_FILES[name])}
    predict_in_stories(items, stories, options)
    return score(items)


def _coded(records: list[dict[str, Any]]) -> list[list[Event]]:
    from petrel.api import code_many
    from petrel.model import Article
    from petrel.readers import parse_published

    articles = [Article(text=r["text"], published=parse_published(r.get("published")), id=f"q{i}")
                for i, r in enumerate(records)]
    return [article.events for article in code_many(articles)]


def _event_for(record: dict[str, Any], events: list[Event]) -> Event | None:
    """The coded event whose trigger is the gold trigger (or contains it, or is inside it)."""
    trigger = (record.get("trigger") or "").lower()
    for event in events:
        text = event.trigger.text.lower()
        if text and (text == trigger or text in trigger.split() or trigger in text):
            return event
    return None


def _split(name: str, split: str, data: Path) -> list[dict[str, Any]]:
    return [r for r in load_records(data / name) if r.get("split") == split]


def factuality_scores(split: str, data: Path = DATA) -> dict[str, Any]:
    """Accuracy and per-class F1 of factuality, on gold events that petrel finds (coverage reported)."""
    records = _split("factuality.jsonl", split, data)
    pairs: list[tuple[str, str]] = []
    for record, events in zip(records, _coded(records), strict=True):
        event = _event_for(record, events)
        if event is not None:
            pairs.append((record["factuality"], event.factuality))
    return {**_classification(pairs), "coverage": round(len(pairs) / len(records), 4), "n": len(records)}


def _classification(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    labels = sorted({gold for gold, _ in pairs})
    per_class = {}
    for label in labels:
        tp = sum(g == p == label for g, p in pairs)
        fp = sum(p == label != g for g, p in pairs)
        fn = sum(g == label != p for g, p in pairs)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                            "support": tp + fn}
    accuracy = sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0
    return {"accuracy": round(accuracy, 4), "per_class": per_class, "matched": len(pairs)}


def _matched_rate(file: str, split: str, data: Path,
                  judge: Callable[[dict[str, Any], Event | None], bool]) -> dict[str, Any]:
    records = _split(file, split, data)
    outcomes = Counter(judge(record, _event_for(record, events))
                       for record, events in zip(records, _coded(records), strict=True))
    return {"accuracy": round(outcomes[True] / len(records), 4) if records else 0.0, "n": len(records)}


def _attribution_ok(record: dict[str, Any], event: Event | None) -> bool:
    wanted = record.get("attribution")
    got = event.attribution.text if event and event.attribution else None
    if not wanted:
        return got is None
    return got is not None and (got == wanted or wanted in got or got in wanted)


def _date_ok(record: dict[str, Any], event: Event | None) -> bool:
    return event is not None and event.when is not None and event.when.value == record["expected"]


def _at_gold_triggers(records: list[dict[str, Any]], stages: tuple[str, ...]) -> Iterator[tuple[Any, ...]]:
    """(record, article, sentence, trigger token, event) for each gold trigger, found in the text parsed by `stages`.

    The event is a bare one at the gold trigger, for stages that read an event, whatever the coder made of it.
    """
    from petrel.model import Article, Event
    from petrel.pipeline import run
    from petrel.readers import parse_published

    articles = run([Article(text=r["text"], published=parse_published(r.get("published")), id=f"g{i}")
                    for i, r in enumerate(records)], Options(english_only=False), stages=stages)
    for record, article in zip(records, articles, strict=True):
        if not article.sentences:
            continue
        start = max(article.text.find(record["trigger"]), 0)
        sentence = next((s for s in article.sentences if s.start <= start < s.end), article.sentences[0])
        token = next((t for t in sentence.doc if t.idx + sentence.offset >= start), sentence.doc[0])
        event = Event(article_id=article.id, type="-", trigger=article.span(start, start + len(record["trigger"])),
                      sentence=article.span(sentence.start, sentence.end))
        yield record, article, sentence, token, event


def attribution_scores(split: str, data: Path = DATA) -> dict[str, Any]:
    """Share of gold cases whose attribution span petrel matches (overlapping containment counts).

    As for dates, `accuracy` reads the attribution of each gold trigger whatever the coder made of it (who
    claims what is said there); `end_to_end` is the share where petrel also codes an event at that trigger
    and attributes it right.
    """
    from petrel.stages.factuality import find_attribution

    records = _split("attribution.jsonl", split, data)
    end_to_end = _matched_rate("attribution.jsonl", split, data, _attribution_ok)["accuracy"]
    correct = 0
    for record, article, sentence, token, event in _at_gold_triggers(records, ("parse", "mentions")):
        event.attribution = find_attribution(article, sentence, token)
        correct += _attribution_ok(record, event)
    n = len(records)
    return {"accuracy": round(correct / n, 4) if n else 0.0, "end_to_end": end_to_end, "n": n}


def date_scores(split: str, data: Path = DATA) -> dict[str, Any]:
    """Share of gold date expressions resolved to the gold value exactly (value and precision).

    Each gold trigger is dated as an event whatever the coder made of it: its tense (factuality) is read
    on the parse and the expression nearest it resolved against the publication date. `end_to_end` is the
    share where petrel also codes an event at that trigger and dates it right.
    """
    from petrel.stages.dates import date_event
    from petrel.stages.factuality import classify

    records = _split("dates.jsonl", split, data)
    end_to_end = sum(_date_ok(r, _event_for(r, events)) for r, events in zip(records, _coded(records), strict=True))
    correct = 0
    for record, article, _, token, event in _at_gold_triggers(records, ("parse",)):
        event.factuality = classify(token, attributed=False)
        correct += date_event(article, event).value == record["expected"]
    n = len(records)
    return {"accuracy": round(correct / n, 4) if n else 0.0, "end_to_end": round(end_to_end / n, 4) if n else 0.0,
            "n": n}


def place_scores(split: str, data: Path = DATA) -> dict[str, Any]:
    """Share of gold place mentions the gazetteer resolves to the gold entity, given the text's countries."""
    from petrel.gazetteer import load_gazetteer
    from petrel.model import Article
    from petrel.pipeline import run
    from petrel.stages.places import _context_countries

    records = _split("places.jsonl", split, data)
    articles = list(run([Article(text=r["text"], id=f"p{i}") for i, r in enumerate(records)],
                        stages=("parse", "mentions")))
    correct = 0
    for record, article in zip(records, articles, strict=True):
        geo = load_gazetteer().resolve(record["mention"], countries=_context_countries(article))
        if geo is not None and record.get("geonameid"):
            correct += geo.geonameid == record["geonameid"]
        elif geo is not None:
            correct += geo.country == record["country"] and geo.precision == record["precision"]
    return {"accuracy": round(correct / len(records), 4) if records else 0.0, "n": len(records)}


def actor_scores(name: str, split: str, data: Path = DATA) -> dict[str, Any]:
    """Source and target country accuracy whatever the event type, for sets whose types are not trusted.

    For each text with one gold event and at least one coded event, the most confident coded event's
    first source (target) country is compared with the gold event's, where the gold names one.
    """
    from petrel.evaluate import predict

    filename, actor_files = EVENT_SETS[name]
    items = gold_items([r for r in load_records(data / filename) if r.get("split") == split], filename)
    predict(items, Options(actor_files=tuple(str(data / f) for f in actor_files)))
    outcomes: dict[str, list[bool]] = {"source": [], "target": []}
    for item in items:
        if len(item.gold) != 1 or not item.predicted:
            continue
        best = max(item.predicted, key=lambda event: event["confidence"])
        for role, results in outcomes.items():
            wanted = [a["country"] for a in item.gold[0][role] if a["country"]]
            if wanted:
                got = [a["country"] for a in best[role] if a["country"]]
                results.append(bool(got) and got[0] == wanted[0])
    return {f"{role}_country": round(sum(r) / len(r), 4) if r else 0.0 for role, r in outcomes.items()} | {
        f"n_{role}": len(r) for role, r in outcomes.items()}
