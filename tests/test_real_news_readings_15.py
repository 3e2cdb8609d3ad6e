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


@pytest.mark.parametrize(("text", "target"), [
    ("Thousands of Pakistanis staged an anti-American rally in Karachi.", "USA"),
    ("Students held anti-Japanese demonstrations in Beijing.", "JPN"),
    ("The anti-Russian sanctions hurt Moscow.", "RUS"),
])
def test_whom_an_act_is_against_is_its_target_not_its_doer(text: str, target: str) -> None:
    """"anti-American": the tokenizer splits off "anti" and the hyphen; neither is an actor, and the name is
    the target."""
    [event] = petrel.code(text, published=PUBLISHED)
    assert [actor.country for actor in event.target] == [target]
    assert target not in {actor.country for actor in event.source}
    assert all(actor.text.strip("-").lower() not in ("", "anti") for actor in event.source)
