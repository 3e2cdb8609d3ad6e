"""Headlines whose verb the small parser misreads, and what their acts are once read: a verb taken for an
auxiliary ("Lifts Ban"), a verb before its object with no article ("places army on alert"), a group's name in the
plural taken for a singular name ("Houthis release crew"). Headlines written for these tests."""

from __future__ import annotations

import pytest

import petrel

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"


def top(text: str) -> tuple[str, str | None, str] | None:
    events = petrel.code(text, published=PUBLISHED)
    best = max(events, key=lambda e: e.confidence, default=None)
    return None if best is None else (best.type, best.mode, best.trigger.text)


@pytest.mark.parametrize(("text", "expected"), [
    ("South Korea Lifts Ban on Opposition Rallies", ("CONCEDE", None, "Lifts")),
    ("Armenia places army on alert after border clash", ("MOBILIZE", "troops", "places")),
    ("Houthis release crew of hijacked tanker", ("RETREAT", "release", "release")),
])
def test_misread_headline_verbs_are_read_as_verbs(text: str, expected: tuple[str, str | None, str]) -> None:
    assert top(text) == expected


def test_country_name_ending_in_s_stays_singular() -> None:
    """ "Philippines" is one state: "Philippines Summons" keeps its third-person verb."""
    assert top("Philippines Summons Chinese Envoy Over Water Cannon Attack")[0] == "ACCUSE"
