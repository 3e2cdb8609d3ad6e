"""Readings that session 22 found petrel missing on the committed real VOA development set
(tests/data/real_voa_*.jsonl). The sentences here are written for these tests."""

from __future__ import annotations

import pytest
from product_coder import events_of, types_of

pytestmark = pytest.mark.issue(4)


@pytest.mark.parametrize(("text", "term"), [
    ("The activists were given three-year jail terms.", "jail"),
    ("A Tehran court handed down a 10-year sentence against the journalist.", "sentence"),
    ("The appeals court upheld his six-year prison sentence.", "prison"),
])
def test_a_prison_term_named_as_a_noun_also_jails(text: str, term: str) -> None:
    events = events_of(text)
    assert sorted(event.type for event in events) == ["COERCE", "SANCTION"]
    [jailing] = [event for event in events if event.type == "COERCE"]
    assert (jailing.mode, jailing.trigger.text) == ("arrest", term)


@pytest.mark.parametrize("text", [
    "The court issued 12 death sentences on Monday.",  # no term to serve
    "He received a suspended sentence for the assault.",  # no length, no prison
])
def test_a_sentence_that_names_no_prison_term_jails_no_one(text: str) -> None:
    assert "COERCE" not in types_of(text)


def test_a_term_in_office_is_no_sentence() -> None:
    assert types_of("The president began his second five-year term in office.") == []


@pytest.mark.parametrize("text", [
    "Copper prices retreat on weak Chinese demand.",
    "Rising fuel prices attack family budgets in Accra.",
    "Heavy snowfall cuts off mountain villages in Nepal.",
    "Gold prices rally as the dollar weakens.",
])
def test_markets_and_weather_are_no_party(text: str) -> None:
    assert types_of(text) == []


def test_traders_of_a_market_are_still_a_party() -> None:
    assert types_of("Market traders protested against the new tax.") == ["PROTEST"]


@pytest.mark.parametrize("headline", [
    "Fisheries Accord With Norway Ratified by Icelandic Parliament",
    "Trade Deal With Japan Approved by Philippine Senate",
])
def test_a_deal_a_headline_says_was_ratified_or_approved_is_endorsed_not_planned(headline: str) -> None:
    [event] = events_of(headline)
    assert (event.type, event.factuality) == ("SUPPORT", "asserted")


def test_a_deal_to_cooperate_still_plans_the_cooperation() -> None:
    events = events_of("The two countries signed a deal to cooperate on energy.")
    assert [(e.type, e.factuality) for e in events] == [("SUPPORT", "asserted"), ("AGREE", "hypothetical")]


def test_convening_a_tribunal_is_no_meeting_its_task_is_the_news() -> None:
    assert types_of("Nigeria Convenes Tribunal to Investigate Election Fraud") == ["ACCUSE"]


def test_convening_a_session_is_still_a_meeting() -> None:
    assert types_of("The UN Security Council convened an emergency session on Sudan.") == ["CONSULT"]


def test_what_a_party_acts_with_is_no_target_when_a_party_follows() -> None:
    [event] = events_of("Police responded with force to demonstrators in the capital.")
    assert event.type == "ASSAULT"
    assert [actor.text for actor in event.target] == ["demonstrators"]


@pytest.mark.parametrize("text", [
    "The government retreated from its plan to raise fuel prices.",
    "The rebels withdrew their demand for autonomy.",
])
def test_retreating_from_a_plan_or_a_demand_is_a_concession(text: str) -> None:
    assert types_of(text) == ["CONCEDE"]


def test_retreating_from_a_town_is_still_a_pull_back() -> None:
    assert types_of("The army retreated from the town.") == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "A district court ordered the four activists into police custody for a week.",
    "The judge ordered him to jail for contempt.",
])
def test_a_court_ordering_someone_into_custody_jails_them(text: str) -> None:
    [event] = events_of(text)
    assert (event.type, event.mode) == ("COERCE", "arrest")


def test_ordering_a_release_is_still_a_release() -> None:
    assert types_of("The court ordered prison officials to release him.") == ["RETREAT"]


def test_placed_under_police_custody_is_a_detention_by_the_placer() -> None:
    [event] = events_of("The former mayor was placed under police custody on Saturday at his home.")
    assert (event.type, event.mode, event.trigger.text) == ("COERCE", "arrest", "placed")
    assert [actor.text for actor in event.target] == ["The former mayor"]
