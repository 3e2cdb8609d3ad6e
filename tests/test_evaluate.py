"""`petrel eval` on a small gold file whose expected numbers are worked out by hand."""

from __future__ import annotations

import json

import pytest

from petrel.evaluate import evaluate_files

pytestmark = pytest.mark.issue(4)

GOLD = [
    {"id": "g1", "text": "Troops shelled the town.", "event": ["ASSAULT"], "mode": ["heavy-weapons"],
     "actor": [{"code": "RUS", "sector": "MIL"}], "recipient": [{"code": "UKR", "sector": "CVL"}]},
    {"id": "g1b", "text": "Troops shelled the town.", "event": ["ACCUSE"], "actor": [{"code": "JAP"}]},
    {"id": "g2", "text": "Leaders met in Paris.", "event": ["CONSULT"], "actor": [{"code": "FRA"}]},
    {"id": "g3", "text": "Nothing happened.", "event": []},
]
PRED = [
    {"text": "Troops shelled the town.", "event": ["ASSAULT"], "mode": ["firearms"],
     "actor": [{"code": "RUS", "sector": "MIL"}], "recipient": [{"code": "BLR", "sector": "CVL"}]},
    {"text": "Troops shelled the town.", "event": ["ACCUSE"], "actor": [{"code": "JPN"}]},
    {"text": "Nothing happened.", "event": ["PROTEST"], "actor": []},
]


def _write(tmp_path, name, records):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    return str(path)


def test_evaluate_scores_known_predictions(tmp_path) -> None:
    scores = evaluate_files(_write(tmp_path, "gold.jsonl", GOLD), _write(tmp_path, "pred.jsonl", PRED))
    # 3 gold events, 3 predicted: ASSAULT and ACCUSE match, CONSULT missed, PROTEST spurious.
    assert scores["micro"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert scores["per_type"]["CONSULT"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1,
                                             "predicted": 0}
    assert scores["per_type"]["PROTEST"]["predicted"] == 1
    assert scores["macro_f1"] == pytest.approx((1.0 + 1.0 + 0.0) / 3, abs=1e-4)
    # JAP in old data is normalised to JPN; the target country is wrong; the mode is wrong.
    assert scores["field_accuracy"]["source_country"] == 1.0
    assert scores["field_accuracy"]["target_country"] == 0.0
    assert scores["field_accuracy"]["mode"] == 0.0


def test_evaluate_cli_json_codes_gold_texts(run_cli, tmp_path) -> None:
    gold = _write(tmp_path, "gold.jsonl", [
        {"id": "k", "text": "Russian troops shelled the Ukrainian city of Kharkiv on Tuesday.", "date": "2024-05-16",
         "event": ["ASSAULT"], "actor": [{"code": "RUS", "sector": "MIL"}], "recipient": [{"code": "UKR"}]}])
    result = run_cli("eval", gold, "--format", "json")
    assert result.exit_code == 0
    scores = json.loads(result.stdout)
    assert scores["per_type"]["ASSAULT"]["f1"] == 1.0
    assert scores["field_accuracy"]["source_sector"] == 1.0


def test_evaluate_cli_refuses_gold_without_text(run_cli, tmp_path) -> None:
    gold = _write(tmp_path, "gold.jsonl", [{"id": "x", "event": ["ASSAULT"]}])
    result = run_cli("eval", gold)
    assert result.exit_code == 1
    assert "[E015]" in result.stderr


def test_the_same_text_given_with_two_dates_is_two_items_and_pairs_by_closest_actors() -> None:
    from petrel.evaluate import gold_items, score

    records = [{"text": "The president met Putin.", "date": "2015-01-01", "events": [{"event": "CONSULT"}]},
               {"text": "The president met Putin.", "date": "2021-01-01", "events": [{"event": "CONSULT"}]}]
    items = gold_items(records)
    assert [(item.date, len(item.gold)) for item in items] == [("2015-01-01", 1), ("2021-01-01", 1)]
    # Two same-type events: each gold event is paired with the prediction whose actors agree with it.
    [item] = gold_items([{"text": "x", "events": [
        {"event": "CONSULT", "actor": [{"code": "USA"}], "recipient": [{"code": "RUS"}]},
        {"event": "CONSULT", "actor": [{"code": "RUS"}], "recipient": [{"code": "USA"}]}]}])
    item.predicted = [{"type": "CONSULT", "source": [{"country": c, "sector": None}],
                       "target": [{"country": t, "sector": None}], "trigger": None} for c, t in (("RUS", "USA"),
                                                                                           ("USA", "RUS"))]
    assert score([item])["field_accuracy"] == {"source_country": 1.0, "target_country": 1.0}


def test_pairing_does_not_depend_on_which_gold_event_is_listed_first() -> None:
    from petrel.evaluate import gold_items, score

    # One prediction, two gold events of its type: it pairs with the gold event it agrees with, whichever comes
    # first, so one event is matched with both countries right and the other is missed.
    gold = [{"event": "SANCTION", "actor": [{"code": "USA"}], "recipient": [{"code": "IRN"}]},
            {"event": "SANCTION", "actor": [{"code": "USA"}], "recipient": [{"code": "PRK"}]}]
    predicted = {"type": "SANCTION", "source": [{"country": "USA", "sector": None}],
                 "target": [{"country": "PRK", "sector": None}], "trigger": None}
    for events in (gold, gold[::-1]):
        [item] = gold_items([{"text": "x", "events": events}])
        item.predicted = [predicted]
        scores = score([item])
        assert scores["per_type"]["SANCTION"]["recall"] == 0.5
        assert scores["field_accuracy"] == {"source_country": 1.0, "target_country": 1.0}


def test_pairing_weighs_the_fields_it_scores_not_only_the_first_actor() -> None:
    from petrel.evaluate import gold_items, score

    # The gold's target sector is found among the second prediction's actors, not its first: that prediction is
    # the closer one, as scoring counts a field right when any actor in the role carries it.
    [item] = gold_items([{"text": "x", "events": [
        {"event": "ASSAULT", "mode": "aerial", "recipient": [{"code": "UKR", "sector": "CVL"}]}]}])
    item.predicted = [{"type": "ASSAULT", "mode": "firearms", "source": [], "trigger": None,
                       "target": [{"country": "UKR", "sector": "MIL"}]},
                      {"type": "ASSAULT", "mode": "aerial", "source": [], "trigger": None,
                       "target": [{"country": "UKR", "sector": "MIL"}, {"country": "UKR", "sector": "CVL"}]}]
    assert score([item])["field_accuracy"] == {"mode": 1.0, "target_country": 1.0, "target_sector": 1.0}
