"""Readings that session 17 found petrel missing on the committed real VOA development set
(tests/data/real_voa_*.jsonl). The sentences here are written for these tests."""

from __future__ import annotations

import pytest

import petrel

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"


def only(text: str, event_type: str) -> petrel.Event:
    [event] = [e for e in petrel.code(text, published=PUBLISHED) if e.type == event_type]
    return event


@pytest.mark.parametrize(("text", "event_type", "sector"), [
    ("Activists said government shelling killed 18 people in northern Syria.", "ASSAULT", "GOV"),
    ("The police crackdown left dozens injured in Nairobi.", "COERCE", "COP"),
    ("Rebel attacks have killed 40 people in the region.", "ASSAULT", "REB"),
])
def test_a_party_word_modifying_a_nominal_trigger_is_its_doer(text: str, event_type: str, sector: str) -> None:
    assert [actor.sector for actor in only(text, event_type).source] == [sector]


def test_a_modifier_that_names_no_party_gives_no_doer() -> None:
    assert only("Border clashes erupted overnight near the town.", "ASSAULT").source == []
