"""Readings changed in session 26, each found on the real-VOA development stories (tests/data/real_voa_*.jsonl).
The sentences here are written for these tests."""

from __future__ import annotations

import pytest
from product_coder import events_of

pytestmark = pytest.mark.issue(4)


def _coded(text: str) -> list[tuple[str, str | None, str]]:
    return [(event.type, event.mode, event.trigger.text) for event in events_of(text)]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The six powers want Iran to allay concerns about its nuclear program.", "want"),
    ("The president wants Congress to ease the embargo on the island.", "wants"),
    ("In return, the rebels wanted the government to provide water to people in their territory.", "wanted"),
])
def test_wanting_a_party_to_act_is_a_demand_of_it(text: str, trigger: str) -> None:
    assert any(event_type == "REQUEST" and word == trigger for event_type, _, word in _coded(text))


@pytest.mark.parametrize("text", [
    "They want to talk to the minister.",  # wanting to act oneself
    "Many residents want the hunts to be stopped.",  # no party asked
    "We do not want Russia to win this war.",  # a wish against, not a demand
])
def test_wanting_is_no_demand_without_a_party_asked_to_act(text: str) -> None:
    assert not any(event_type == "REQUEST" for event_type, _, _ in _coded(text))
