"""Readings that session 19 found petrel missing on the committed real VOA development set
(tests/data/real_voa_*.jsonl). The sentences here are written for these tests."""

from __future__ import annotations

import pytest

import petrel

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"


def types_of(text: str) -> list[str]:
    return [event.type for event in petrel.code(text, published=PUBLISHED)]


@pytest.mark.parametrize("text", [
    "A Chinese oil rig deployed near the disputed islands angered Vietnam.",
    "The rebels deployed new tactics in the battle for the town.",
])
def test_deploying_something_that_is_no_force_mobilizes_nothing(text: str) -> None:
    assert "MOBILIZE" not in types_of(text)


@pytest.mark.parametrize("text", [
    "The navy deployed two warships to the strait on Monday.",
    "The U.S. has deployed thousands of additional troops and fighter jets to the region.",
    "The ceasefire deal provides for the deployment of international monitors.",
    "NATO deployed Patriot batteries to Poland.",
    "The army deployed to the north on Monday.",
])
def test_deploying_forces_stays_a_mobilization(text: str) -> None:
    assert "MOBILIZE" in types_of(text)


def test_soldiers_who_demonstrate_something_show_it() -> None:
    assert types_of("The soldiers demonstrated their skills at a parade in the capital.") == []


def test_soldiers_who_demonstrate_in_the_streets_are_forces_out() -> None:
    assert types_of("Soldiers demonstrated in the capital on Monday.") == ["MOBILIZE"]


@pytest.mark.parametrize("headline", [
    "Kumasi Police Investigating Shooting Death of Local Man",  # the parse makes "shooting" a complement
    "Police Probe Shooting of Opposition Activist in Lusaka",
])
def test_the_act_a_headline_investigates_is_its_background(headline: str) -> None:
    events = petrel.code(headline)
    top = max(events, key=lambda event: event.confidence)
    assert top.type == "ACCUSE"
    assert "ASSAULT" in [event.type for event in events]  # still coded, ranked below the investigation


@pytest.mark.parametrize("text", [
    "The junta has tightened the screws on independent broadcasters.",
    "Uganda tightens the noose on opposition media",
])
def test_tightening_the_screws_is_a_restriction(text: str) -> None:
    assert "COERCE" in types_of(text)


@pytest.mark.parametrize(("text", "mode"), [
    ("The government tightened restrictions on media freedom.", "censor"),
    ("The junta restricted press freedom after the coup.", "censor"),
    ("The government tightened restrictions on public gatherings.", "restrict"),
    ("Iranian authorities restricted the movement of journalists in Tehran.", "restrict"),  # journalists, not the press
])
def test_curbing_the_freedom_of_the_press_or_of_speech_is_censorship(text: str, mode: str) -> None:
    [event] = [e for e in petrel.code(text, published=PUBLISHED) if e.type == "COERCE"]
    assert event.mode == mode


def test_property_harmed_by_protesters_named_in_the_passive_is_a_riot() -> None:
    events = petrel.code("Shops were looted by protesters in Nairobi on Sunday.", published=PUBLISHED)
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "riot")]


def test_property_harmed_by_soldiers_stays_an_attack() -> None:
    assert types_of("The village was burned by soldiers on Sunday.") == ["ASSAULT"]


def test_speaking_by_phone_from_a_place_to_no_one_named_is_an_interview() -> None:
    assert "CONSULT" not in types_of("Speaking by telephone from Goma, a local nurse described the shelling.")


@pytest.mark.parametrize("text", [
    "Macron, speaking by phone with Zelenskyy from Paris, pledged more aid.",
    "President Obama and President Putin spoke by telephone late Friday.",
])
def test_a_phone_call_between_parties_stays_a_consultation(text: str) -> None:
    assert "CONSULT" in types_of(text)
