"""Issue 4: codebook coverage probes. Short wire-style sentences written from the PLOVER codebook's type and
mode definitions (tests/data/codebook_probes.jsonl), plus eventful-looking sentences that code no event.

The floors are the shares petrel reached when the probes were written, less 3 points: they catch a lexicon or
sense change that loses phrasings the codebook names, without pinning any single sentence.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from probe_scoring import Outcome, code_probes, no_event_share, top_type_share

from petrel.plover import event_types

pytestmark = pytest.mark.issue(4)

PROBES = Path(__file__).parent / "data" / "codebook_probes.jsonl"
# Reached on 548 probes (485 typed, 63 no-event): 0.924 and 0.952.
MIN_TOP_TYPE_SHARE = 0.89
MIN_NO_EVENT_SHARE = 0.92


@pytest.fixture(scope="module")
def probes() -> list[dict[str, str | None]]:
    return [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def outcomes(probes: list[dict[str, str | None]]) -> list[Outcome]:
    return code_probes(probes, "type")


def test_probes_cover_every_plover_type_with_valid_fields(probes: list[dict[str, str | None]]) -> None:
    assert all(set(probe) == {"text", "type", "mode", "note"} for probe in probes)
    typed = [probe for probe in probes if probe["type"] is not None]
    assert {probe["type"] for probe in typed} == set(event_types())
    assert all(probe["mode"] is None for probe in probes if probe["type"] is None)
    assert len({probe["text"] for probe in probes}) == len(probes)


def test_most_confident_event_has_the_probed_type(outcomes: list[Outcome]) -> None:
    share, misses = top_type_share(outcomes)
    assert share >= MIN_TOP_TYPE_SHARE, f"top type right for {share:.3f} of probes\n{misses}"


def test_sentences_with_no_plover_event_code_nothing(outcomes: list[Outcome]) -> None:
    share, coded = no_event_share(outcomes)
    assert share >= MIN_NO_EVENT_SHARE, f"nothing coded for {share:.3f} of no-event probes\n{coded}"
