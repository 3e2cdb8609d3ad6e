"""Recall on real news: attacks, coercion, sanctions and aid worded in ways the main lexicon rows miss (issue 4).

Sentences written for these tests; each phrasing is checked against a near twin that must not be coded so.
"""

from __future__ import annotations

import pytest
from rule_coder import triggers_coded as coded
from rule_coder import types_at

pytestmark = pytest.mark.issue(4)


def test_laying_siege_to_a_town_is_an_attack() -> None:
    assert types_at("Rebel fighters besieged the town of El Fasher for months.", "besieged") == ["ASSAULT"]


def test_destruction_in_a_conflict_is_an_attack_but_weapons_of_mass_destruction_are_not() -> None:
    assert ("ASSAULT", "destroy", "destruction") in coded(
        "The shelling led to the destruction of dozens of homes in the village.")
    assert types_at("Iran denies seeking weapons of mass destruction.", "destruction") == []


def test_genocide_named_in_an_accusation_is_coded_as_well() -> None:
    assert types_at("The United Nations accused Myanmar of genocide.", "genocide") == ["ASSAULT"]


def test_coming_under_fire_is_being_shot_at_unless_it_is_criticism() -> None:
    assert types_at("The army convoy came under heavy fire near the border town.", "fire") == ["ASSAULT"]
    assert types_at("The minister came under fire for his remarks on migrants.", "fire") == ["ACCUSE"]
    assert types_at("The ministry has come under fire from rights groups.", "fire") == ["ACCUSE"]


def test_taking_hostages_during_an_attack_is_an_act_of_its_own() -> None:
    events = coded("Militants attacked a passenger train in the province, taking dozens of passengers hostage.")
    assert ("ASSAULT", "abduct", "taking") in events
    assert [trigger for kind, _, trigger in events if kind == "ASSAULT"] == ["attacked", "taking"]


def test_a_killing_spelled_out_after_an_attack_is_still_the_same_act() -> None:
    events = coded("Militants attacked a police post in the province, killing four officers.")
    assert [trigger for kind, _, trigger in events if kind == "ASSAULT"] == ["attacked"]


def test_treating_the_wounded_is_aid() -> None:
    assert types_at("Doctors Without Borders treated 300 wounded civilians in Khartoum.", "treated") == ["AID"]
    assert types_at("The court treated the request as urgent.", "treated") == []


def test_member_states_that_leave_leave_the_body_they_belong_to() -> None:
    assert ("SANCTION", "withdraw", "withdrawal") in coded(
        "The bloc has been weakened by the withdrawal of three member states.")
    assert types_at("A member of parliament quit on Monday.", "quit") != ["SANCTION"]


def test_conflict_acts_listed_together_are_reported_alike() -> None:
    listed = "The opposition leader said his campaign faced intimidation, arrests and bans on his rallies."
    assert {"arrests", "bans"} <= {trigger for kind, _, trigger in coded(listed) if kind == "COERCE"}


def test_a_lone_weak_act_is_not_raised() -> None:
    assert types_at("There were bans on his concerts.", "bans") == []
