"""Readings that session 21 found petrel missing on the committed real VOA development set
(tests/data/real_voa_*.jsonl). The sentences here are written for these tests."""

from __future__ import annotations

import pytest
from product_coder import events_of, types_of

pytestmark = pytest.mark.issue(4)


@pytest.mark.parametrize("text", [
    "Police staged a violent crackdown on the demonstrations.",
    "The army's bloody crackdown on protesters drew wide attention.",
    "Police have violently cracked down on the protests.",
])
def test_a_crackdown_its_words_make_lethal_is_the_use_of_force(text: str) -> None:
    assert types_of(text)[0] == "ASSAULT"


def test_a_crackdown_with_no_such_word_stays_repression() -> None:
    assert types_of("Police launched a crackdown on drug gangs.") == ["COERCE"]


@pytest.mark.parametrize("text", [
    "State media said Mohsen Rahimi was hanged on Thursday morning.",
    "The authorities hanged him at dawn.",
])
def test_hanging_a_named_person_is_an_execution(text: str) -> None:
    assert types_of(text) == ["ASSAULT"]


def test_hanging_a_thing_is_no_event() -> None:
    assert types_of("Mohsen Rahimi hung a flag from the balcony.") == []


def test_responding_with_tear_gas_or_bullets_is_force_and_the_weapon_is_no_target() -> None:
    [event] = events_of("Police responded with tear gas and live bullets to disperse the crowds.")
    assert (event.type, [actor.text for actor in event.target]) == ("ASSAULT", [])
    assert types_of("The ministry responded with a statement.") == []


@pytest.mark.parametrize("text", [
    "Police stopped opposition parties from holding protests.",
    "Authorities barred the opposition from holding a rally.",
])
def test_a_party_kept_from_protesting_is_curbed_and_holds_no_protest(text: str) -> None:
    [event] = events_of(text)
    assert (event.type, event.mode) == ("COERCE", "restrict")


def test_a_thing_kept_from_happening_is_still_no_curb() -> None:
    assert types_of("Officials worked to prevent the virus from spreading.") == []


def test_a_strike_a_state_carries_out_is_an_attack() -> None:
    assert types_of("The U.S. carried out a series of preemptive strikes on Tuesday.") == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Nigeria began a general strike on Monday.",
    "France launched a nationwide strike on Monday.",
])
def test_a_strike_its_words_mark_as_a_walkout_stays_a_walkout_whoever_calls_it(text: str) -> None:
    assert types_of(text) == ["PROTEST"]


def test_what_anyone_who_might_do_it_does_is_no_act() -> None:
    assert types_of("Authorities vowed to arrest anyone who tries to demonstrate against the government.") \
        == ["THREATEN"]


def test_what_a_particular_person_tried_to_do_is_still_coded() -> None:
    assert "PROTEST" in types_of("Police arrested a man who tried to demonstrate outside parliament.")


@pytest.mark.parametrize("text", [
    "Police released a statement warning candidates against violating the guidelines.",
    "The army released the body to the family.",
])
def test_releasing_a_statement_or_a_body_frees_no_one(text: str) -> None:
    assert "RETREAT" not in types_of(text)


def test_releasing_prisoners_is_still_a_release() -> None:
    assert types_of("The army released the prisoners on Monday.") == ["RETREAT"]


@pytest.mark.parametrize("text", [
    "Thousands of people have been evacuated to higher ground.",
    "Taiwan has already evacuated people from outlying islands.",
])
def test_people_moved_out_of_danger_by_no_one_or_by_their_state_is_no_aid(text: str) -> None:
    assert "AID" not in types_of(text)


def test_an_aid_body_evacuating_people_helps_them() -> None:
    assert types_of("The Red Cross evacuated civilians from the city.") == ["AID"]


@pytest.mark.parametrize("text", [
    "The corridor provides a vital shortcut for ships traveling to the Mediterranean.",
    "The elections will provide an opportunity for voters to deliver a verdict on the reform.",
])
def test_providing_a_chance_or_delivering_a_verdict_gives_no_aid(text: str) -> None:
    assert types_of(text) == []


def test_backing_told_in_the_present_in_a_relative_clause_describes_a_side() -> None:
    assert types_of("The party that backs President Putin could lose its majority in parliament.") == []


def test_backing_told_as_a_past_act_is_still_support() -> None:
    assert "SUPPORT" in types_of("Russia, which backed the coup, sent troops.")
