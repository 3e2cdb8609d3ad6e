"""Score coded events against gold records: per-type precision/recall/F1, mode, actor and factuality.

Gold is PLOVER JSON (a JSON list or JSON Lines). Either one record per event, carrying the
sentence or story in ``text`` (records with the same text form one item; ``"event": []`` or
``"has_event": false`` marks text with no event), or one record per text with its events in an
``events`` list. Optional: ``date`` (publication date used to code the text), ``id``, and, for a
sentence taken from a longer story, ``story_id`` and ``start`` (its character offset in the story).
Such sentences can be scored with the story coded whole (``predict_in_stories``): the predictions
for a sentence are then the events whose trigger lies inside it, so actors can be resolved from
the rest of the story as they are in real news.

Matching: within one text, each gold event is paired with an unpaired predicted event of the same
type (preferring the same trigger word, then the same first source and target countries). Unpaired
predictions are false positives, unpaired gold events false negatives. Mode, country, sector and
factuality are scored on paired events only.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import permutations
from math import perm
from pathlib import Path
from typing import Any

from petrel.errors import Errors
from petrel.settings import Options

# Codes older event data writes differently from ISO 3166 alpha-3 (petrel's output).
LEGACY_CODES = {"JAP": "JPN", "KUW": "KWT", "NZE": "NZL", "ZBW": "ZWE", "RHO": "ZWE", "XKX": "KOS",
                "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KSV": "KOS", "BUR": "MMR", "SUD": "SDN"}


class GoldError(ValueError):
    """The gold file cannot be read as PLOVER JSON."""


@dataclass
class Item:
    """One gold text and its events, with what the coder predicted for it."""

    id: str
    text: str
    date: str | None
    gold: list[dict[str, Any]]
    predicted: list[dict[str, Any]] = field(default_factory=list)
    story: str | None = None  # the story the text was taken from, when it is one sentence of it
    start: int | None = None  # the text's character offset in that story


def normalise_code(code: Any) -> str | None:
    """Map a gold country code to petrel's ISO3 output.

    >>> normalise_code("JAP"), normalise_code("rus"), normalise_code("---")
    ('JPN', 'RUS', None)
    """
    if not code or not isinstance(code, str) or set(code) <= {"-"}:
        return None
    return LEGACY_CODES.get(code.upper(), code.upper())


def load_records(path: str | Path) -> list[dict[str, Any]]:
    text = Path(path).read_text(encoding="utf-8")
    try:
        if text.lstrip().startswith("["):
            records = json.loads(text)
        else:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as err:
        raise GoldError(Errors.E015.format(path=path, reason=f"line {err.lineno}: {err.msg}")) from err
    if not all(isinstance(r, dict) for r in records):
        raise GoldError(Errors.E015.format(path=path, reason="a record is not a JSON object"))
    return records


def gold_items(records: Iterable[dict[str, Any]], path: str = "gold") -> list[Item]:
    """Group gold records into texts with their events (records of one text are one item; a sentence taken
    from a story is its own item even when another story has the same words, and so is a text given again
    with another date, whose actors may differ: an office holder before and after an election)."""
    items: dict[tuple[str | None, int | None, str, str | None], Item] = {}
    for number, record in enumerate(records, start=1):
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise GoldError(Errors.E015.format(path=path, reason=f"record {number} has no 'text'"))
        story = _optional_str(record.get("story_id"))
        start = record.get("start") if isinstance(record.get("start"), int) else None
        day = _optional_str(record.get("date"))
        item = items.setdefault((story, start, text, day), Item(str(record.get("id", number)), text, record.get("date"),
                                                           [], story=story, start=start))
        if isinstance(record.get("events"), list):
            item.gold += [_gold_event(e) for e in record["events"]]
        elif record.get("event") and record.get("has_event", True):
            item.gold.append(_gold_event(record))
    return list(items.values())


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _gold_event(record: dict[str, Any]) -> dict[str, Any]:
    types = record.get("event") or []
    modes = record.get("mode") or []
    return {
        "type": types[0] if isinstance(types, list) else types,
        "mode": (modes[0] if isinstance(modes, list) and modes else modes or None),
        "source": [_entity(a) for a in record.get("actor") or []],
        "target": [_entity(a) for a in record.get("recipient") or []],
        "trigger": record.get("trigger"),
        "factuality": record.get("factuality"),
    }


def _entity(actor: dict[str, Any]) -> dict[str, Any]:
    sector = actor.get("sector")
    return {"country": normalise_code(actor.get("code") or actor.get("country")),
            "sector": sector[:3].upper() if isinstance(sector, str) and sector else None}


def predict(items: list[Item], options: Options) -> None:
    """Code each gold text with petrel, in batches."""
    from petrel.api import code_many
    from petrel.model import Article
    from petrel.readers import parse_published

    articles = [Article(text=item.text, published=parse_published(item.date), id=f"gold{i}")
                for i, item in enumerate(items)]
    for item, article in zip(items, code_many(articles, options=options), strict=True):
        item.predicted = [_predicted(event.to_dict()) for event in article.events]


def predict_in_stories(items: list[Item], stories: dict[str, dict[str, Any]], options: Options) -> None:
    """Code each story whole, then give each item the story's events whose trigger lies inside it.

    `stories` maps a story id to its record (`text`, `published`); every item needs `story` and `start`.
    """
    from petrel.api import code_many
    from petrel.model import Article
    from petrel.readers import parse_published

    missing = [item.id for item in items if item.story not in stories or item.start is None]
    if missing:
        raise GoldError(Errors.E015.format(path="stories", reason=f"no story text or offset for {missing[0]}"))
    wanted = sorted({item.story for item in items if item.story is not None})
    articles = [Article(text=stories[key]["text"], published=parse_published(stories[key].get("published")),
                        id=f"story-{key}") for key in wanted]
    coded = {key: [event.to_dict() for event in article.events]
             for key, article in zip(wanted, code_many(articles, options=options), strict=True)}
    attach_story_events(items, coded)


def attach_story_events(items: list[Item], events_by_story: dict[str, list[dict[str, Any]]]) -> None:
    """Give each item the events (PLOVER JSON of petrel's output) whose trigger span lies inside it."""
    for item in items:
        start = item.start or 0
        end = start + len(item.text)
        item.predicted = [_predicted(event) for event in events_by_story.get(item.story or "", [])
                          if start <= event["trigger"]["start"] and event["trigger"]["end"] <= end]


def _predicted(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": record["type"], "mode": record.get("mode"),
        "source": [{"country": a.get("country"), "sector": (a.get("sector") or "")[:3] or None}
                   for a in record.get("source") or []],
        "target": [{"country": a.get("country"), "sector": (a.get("sector") or "")[:3] or None}
                   for a in record.get("target") or []],
        "trigger": (record.get("trigger") or {}).get("text"),
        "factuality": record.get("factuality"),
        "confidence": record.get("confidence", 0.0),
    }


def attach_predictions(items: list[Item], records: Iterable[dict[str, Any]]) -> None:
    """Attach PLOVER JSON predictions to gold items by their `text` (or the item id in `article_id`)."""
    by_text = {item.text: item for item in items}
    by_id = {item.id: item for item in items}
    for record in records:
        item = by_text.get(record.get("text", "")) or by_id.get(str(record.get("article_id", "")))
        if item is not None and record.get("event"):
            item.predicted.append(_gold_event(record) | {"confidence": record.get("confidence", 0.0)})


def _pair(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> tuple[list[tuple[Any, Any]], list, list]:
    """Pair gold and predicted events of the same type so that the pairs disagree least in total; the rest are
    missed (gold) or spurious (predicted). Each type is paired on its own."""
    pairs, missed, spurious = [], [], []
    for event_type in dict.fromkeys(e["type"] for e in [*gold, *predicted]):
        gold_of_type = [e for e in gold if e["type"] == event_type]
        predicted_of_type = [p for p in predicted if p["type"] == event_type]
        chosen = _closest_pairing(gold_of_type, predicted_of_type)
        pairs += [(gold_of_type[g], predicted_of_type[p]) for g, p in chosen]
        missed += [e for g, e in enumerate(gold_of_type) if g not in {g for g, _ in chosen}]
        spurious += [e for p, e in enumerate(predicted_of_type) if p not in {p for _, p in chosen}]
    return pairs, missed, spurious


EXHAUSTIVE_PAIRINGS = 5040


def _closest_pairing(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Indices of as many (gold, predicted) pairs as possible with the least total disagreement: exact for the
    few events a sentence holds, closest first when there are more than EXHAUSTIVE_PAIRINGS ways to pair."""
    cost = [[_disagreement_cost(g, p) for p in predicted] for g in gold]
    if len(gold) > len(predicted):
        return [(g, p) for p, g in _closest_pairing_of(_transposed(cost), len(predicted), len(gold))]
    return _closest_pairing_of(cost, len(gold), len(predicted))


def _transposed(cost: list[list[int]]) -> list[list[int]]:
    return [list(column) for column in zip(*cost, strict=True)] if cost else []


def _closest_pairing_of(cost: list[list[int]], rows: int, columns: int) -> list[tuple[int, int]]:
    """Pair every row (rows <= columns) with a distinct column at the least total cost."""
    if not rows:
        return []
    if perm(columns, rows) <= EXHAUSTIVE_PAIRINGS:
        best = min(permutations(range(columns), rows),
                   key=lambda chosen: sum(cost[r][c] for r, c in enumerate(chosen)))
        return list(enumerate(best))
    taken_rows: set[int] = set()
    taken_columns: set[int] = set()
    pairing = []
    for _, r, c in sorted((cost[r][c], r, c) for r in range(rows) for c in range(columns)):
        if r not in taken_rows and c not in taken_columns:
            pairing.append((r, c))
            taken_rows.add(r)
            taken_columns.add(c)
    return pairing


def _disagreement_cost(gold: dict[str, Any], predicted: dict[str, Any]) -> int:
    """How far a predicted event of the gold's type is from it: a different trigger word outweighs every
    field, then one for each scored field (mode, factuality, actors' countries and sectors) it gets wrong."""
    trigger_differs = (predicted.get("trigger") or "").lower() != (gold.get("trigger") or "").lower()
    wrong_fields = sum(not correct for correct in _field_agreement(gold, predicted).values())
    return (len(SCORED_FIELDS) + 1) * trigger_differs + wrong_fields


def score(items: Sequence[Item]) -> dict[str, Any]:
    """Compute the scores of predictions against gold for all items."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    fields: Counter[str] = Counter()
    top_correct = top_total = 0
    for item in items:
        pairs, missed, spurious = _pair(item.gold, item.predicted)
        for gold, predicted in pairs:
            counts[gold["type"]]["tp"] += 1
            _score_fields(fields, gold, predicted)
        for gold in missed:
            counts[gold["type"]]["fn"] += 1
        for predicted in spurious:
            counts[predicted["type"]]["fp"] += 1
        if len({g["type"] for g in item.gold}) == 1:
            top_total += 1
            best = max(item.predicted, key=lambda p: p.get("confidence", 0.0), default=None)
            top_correct += best is not None and best["type"] == item.gold[0]["type"]
    return _summary(counts, fields, top_correct, top_total, len(items))


SCORED_FIELDS = ("mode", "factuality", "source_country", "source_sector", "target_country", "target_sector")


def _score_fields(fields: Counter[str], gold: dict[str, Any], predicted: dict[str, Any]) -> None:
    for name, correct in _field_agreement(gold, predicted).items():
        fields[f"{name}_total"] += 1
        fields[f"{name}_correct"] += correct


def _field_agreement(gold: dict[str, Any], predicted: dict[str, Any]) -> dict[str, bool]:
    """Whether the predicted event gets each field right that the gold event states: its mode and factuality,
    and for each role the country and the sector of the gold's first actor naming one, found among any of
    the predicted actors in that role."""
    agreement = {}
    if gold.get("mode"):
        agreement["mode"] = (predicted.get("mode") or "").lower() == str(gold["mode"]).lower()
    if gold.get("factuality"):
        agreement["factuality"] = predicted.get("factuality") == gold["factuality"]
    for role in ("source", "target"):
        for key in ("country", "sector"):
            values = [a[key] for a in gold[role] if a[key]]
            if values:
                agreement[f"{role}_{key}"] = any(a[key] == values[0] for a in predicted[role])
    return agreement


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _summary(counts: dict[str, Counter[str]], fields: Counter[str], top_correct: int, top_total: int,
             n_items: int) -> dict[str, Any]:
    from petrel.plover import event_types

    per_type = {}
    for event_type in event_types():
        c = counts.get(event_type, Counter())
        precision, recall, f1 = _f1(c["tp"], c["fp"], c["fn"])
        per_type[event_type] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                                "support": c["tp"] + c["fn"], "predicted": c["tp"] + c["fp"]}
    totals = Counter()
    for c in counts.values():
        totals.update(c)
    micro = _f1(totals["tp"], totals["fp"], totals["fn"])
    supported = [v["f1"] for v in per_type.values() if v["support"]]
    accuracy = {name.removesuffix("_total"): round(fields[name.replace("_total", "_correct")] / fields[name], 4)
                for name in sorted(fields) if name.endswith("_total") and fields[name]}
    return {
        "items": n_items,
        "gold_events": totals["tp"] + totals["fn"],
        "predicted_events": totals["tp"] + totals["fp"],
        "micro": {"precision": round(micro[0], 4), "recall": round(micro[1], 4), "f1": round(micro[2], 4)},
        "macro_f1": round(sum(supported) / len(supported), 4) if supported else 0.0,
        "top_type_accuracy": round(top_correct / top_total, 4) if top_total else None,
        "field_accuracy": accuracy,
        "field_support": {name.removesuffix("_total"): fields[name] for name in sorted(fields)
                          if name.endswith("_total")},
        "per_type": per_type,
    }


def evaluate_items(items: list[Item], options: Options | None = None) -> dict[str, Any]:
    predict(items, options or Options())
    return score(items)


def evaluate_files(gold: str, pred: str | None = None, *, options: Options | None = None) -> dict[str, Any]:
    """Score predictions (or petrel's own coding of the gold texts) against a gold file."""
    items = gold_items(load_records(gold), gold)
    if pred:
        attach_predictions(items, load_records(pred))
        return score(items)
    return evaluate_items(items, options)


def type_rows(scores: dict[str, Any]) -> list[tuple[str, str, str, str, int, int]]:
    """The per-type table of scores, then the micro row: (type, P, R, F1, support, predicted)."""
    rows = [(event_type, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", s["support"],
             s["predicted"]) for event_type, s in scores["per_type"].items()]
    micro = scores["micro"]
    rows.append(("micro", f"{micro['precision']:.3f}", f"{micro['recall']:.3f}", f"{micro['f1']:.3f}",
                 scores["gold_events"], scores["predicted_events"]))
    return rows


def render_table(scores: dict[str, Any]) -> str:
    """Render scores as a plain-text table."""
    lines = [f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'support':>8} {'predicted':>9}"]
    lines += [f"{name:<10} {p:>6} {r:>6} {f1:>6} {support:>8} {predicted:>9}"
              for name, p, r, f1, support, predicted in type_rows(scores)]
    lines.append(f"macro F1 {scores['macro_f1']:.3f}   items {scores['items']}")
    if scores.get("top_type_accuracy") is not None:
        lines.append(f"top-type accuracy {scores['top_type_accuracy']:.3f}")
    for name, value in scores["field_accuracy"].items():
        lines.append(f"{name:<20} {value:.3f}  (n={scores['field_support'][name]})")
    return "\n".join(lines)
