"""Readings that session 15 found petrel missing on the committed real VOA development set
(tests/data/real_voa_*.jsonl) and on the known-bug list. The sentences here are written for these tests."""

from __future__ import annotations

import pytest

import petrel

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"


def types_and_modes(text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.mode) for e in petrel.code(text, published=PUBLISHED)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine recaptured Kherson.", ("ASSAULT", None)),
    ("Ukraine said it recaptured Kherson on Friday.", ("ASSAULT", None)),
    ("Police recaptured John Smith after three days on the run.", ("COERCE", "arrest")),
    ("Thirteen inmates have been recaptured.", ("COERCE", "arrest")),
])
def test_a_place_recaptured_is_retaken_and_a_person_recaptured_is_arrested(
        text: str, expected: tuple[str, str | None]) -> None:
    """spaCy often tags a one-word city as a person; the gazetteer tells the place from the person."""
    assert types_and_modes(text) == {expected}
