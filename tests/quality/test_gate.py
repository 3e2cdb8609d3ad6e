"""CI gate: held-out accuracy may not fall more than 2 points below the recorded baseline.

The baseline is written by `scripts/accuracy_report.py`; rerun it after an improvement.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import measure

BASELINE = json.loads((Path(__file__).resolve().parent / "baseline.json").read_text())
TOLERANCE = 0.02


def _measured(key: str) -> float:
    area, *rest = key.split(".")
    if area == "events":
        return measure.event_scores(rest[0], "test")["micro"]["f1"]
    function = {"factuality": measure.factuality_scores, "attribution": measure.attribution_scores,
                "dates": measure.date_scores, "places": measure.place_scores}[area]
    return function("test")["accuracy"]


@pytest.mark.issue(4)
@pytest.mark.parametrize("key", sorted(BASELINE))
def test_quality_held_out_figure_holds_baseline(key: str) -> None:
    assert _measured(key) >= BASELINE[key] - TOLERANCE
