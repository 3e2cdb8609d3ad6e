"""Readings changed in session 27, each found on the real-VOA development stories (tests/data/real_voa_*.jsonl).
The sentences here are written for these tests."""

from __future__ import annotations

import pytest
from product_coder import events_of

pytestmark = pytest.mark.issue(4)


def _coded(text: str) -> list[tuple[str, str | None, str]]:
    return [(event.type, event.mode, event.trigger.text) for event in events_of(text)]


def _parties(text: str, event_type: str) -> tuple[list[tuple[str | None, str | None]], ...]:
    event = next(event for event in events_of(text) if event.type == event_type)
    return ([(a.country, a.sector) for a in event.source], [(a.country, a.sector) for a in event.target])


@pytest.mark.parametrize(("text", "event_type", "role", "expected"), [
    # a senate is a chamber many states have: its country comes from the phrase or the story, and it legislates
    ("The Thai junta on Saturday dissolved the kingdom's partly elected Senate.", "COERCE", 1, ("THA", "LEG")),
    ("Mexico's Senate on Wednesday rejected a U.S. request to let armed drones fly over its territory.", "REJECT",
     0, ("MEX", "LEG")),
    ("The U.S. Senate voted on Wednesday to block the tariffs.", "REJECT", 0, ("USA", "LEG")),
])
def test_a_senate_is_the_chamber_of_the_state_the_text_names(text: str, event_type: str, role: int,
                                                             expected: tuple[str, str]) -> None:
    assert expected in _parties(text, event_type)[role]
