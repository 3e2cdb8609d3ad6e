"""Readings changed in session 24: declined headline words a sure classifier outweighs, disasters and games."""

from __future__ import annotations

import pytest
from product_coder import events_of, top_type

pytestmark = pytest.mark.issue(4)


@pytest.mark.parametrize(("text", "expected"), [
    # a lexicon row of the root fits, the rules found no event, and the classifier is sure (DECLINED_FIT_MIN)
    ("India Warns Pakistan of 'Befitting Reply' to Any Incursion", "THREATEN"),
    ("Maduro Government, Opposition Meet in Barbados Under Norwegian Mediation", "CONSULT"),
    # the rules' refusal stands where the classifier is not sure
    ("Analysts warn of war", None),
    ("Experts Warn of Famine in Gaza", None),  # commentators: no event whatever the classifier reads
    ("Economists Warn of Recession in Germany", None),
    ("Factory fire kills workers in Dhaka", None),
    ("President Offers Condolences to Flood Victims", None),
])
def test_a_sure_classifier_outweighs_a_declined_row(text: str, expected: str | None) -> None:
    assert top_type(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # help, sympathy and joint work a disaster occasions are events
    ("Germany Grants 10 Million Euros to Libya for Flood Recovery", "AID"),
    ("Pope Expresses Condolences to Morocco After Deadly Earthquake", "SUPPORT"),
    # a party that floods the media is no flood
    ("Troll Farm Floods Georgian Social Media With Fake Protest Videos", "COERCE"),
    # the disaster itself is still no event, whatever harm its words tell
    ("Floods Kill Dozens in Southern Brazil", None),
    ("Plane Crash in Nepal Kills 72", None),
    ("Earthquake Kills Hundreds in Eastern Turkey", None),
    ("Cholera Outbreak Spreads in Malawi", None),
])
def test_a_disaster_is_no_event_but_the_help_it_occasions_is(text: str, expected: str | None) -> None:
    assert top_type(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The president invoked emergency powers.", "COERCE"),
    ("Azerbaijan Opens Embassy in Israel", "SUPPORT"),
    ("Rights groups cheered the court's ruling on the death penalty.", "SUPPORT"),
    ("Al-Shabaab abandoned its stronghold as Somali troops advanced.", "RETREAT"),
    ("Russia has amassed troops on the border.", "MOBILIZE"),
    ("Swiss prosecutors shared bank records with Malaysian investigators.", "COOPERATE"),
    # not these
    ("The president invoked the rule of law.", None),
    ("Residents abandoned the town after the floods.", None),
])
def test_rows_added_in_session_24(text: str, expected: str | None) -> None:
    assert top_type(text) == expected


def test_a_headline_verb_the_entity_tagger_ran_into_a_name_is_still_the_verb() -> None:
    assert top_type("Polish President Nixes Judicial Overhaul Bill") == "REJECT"


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyrgyz and Tajik Border Guards Trade Mortar Fire", "ASSAULT"),
    ("Rival militias traded gunfire in Tripoli.", "ASSAULT"),
    ("India and Pakistan traded accusations over the attack.", "ACCUSE"),
    ("The two countries trade oil and gas.", "COOPERATE"),
])
def test_fire_and_accusations_traded_are_exchanged(text: str, expected: str) -> None:
    assert top_type(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan Beat India in Asia Cup Thriller", None),
    ("Esperance Beat Sundowns on Penalties in Tunis Thriller", None),
    ("Police Beat Football Fans After Derby", "ASSAULT"),
    ("Police Fire Tear Gas at Football Fans", "ASSAULT"),
])
def test_a_match_won_is_no_attack(text: str, expected: str | None) -> None:
    assert top_type(text) == expected


@pytest.mark.parametrize("text", ["The US imposed sanctions on Russia.", "US imposes sanctions on Russia"])
def test_us_in_mixed_case_is_the_united_states(text: str) -> None:
    [event] = events_of(text)
    assert [actor.country for actor in event.source] == ["USA"]


def test_us_the_pronoun_is_still_the_speaker() -> None:
    [event] = events_of("Russia told us it would attack.")
    assert [actor.country for actor in event.source] == ["RUS"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Azerbaijan imposed a travel ban on the opposition leader.", "COERCE"),
    ("China imposed a travel ban on the journalist.", "COERCE"),
    ("The government banned travel from the United States.", "REJECT"),
    ("The US banned entry to Iranian students.", "REJECT"),
])
def test_a_travel_ban_on_ones_own_critics_keeps_them_home(text: str, expected: str) -> None:
    assert top_type(text) == expected


@pytest.mark.parametrize("text", ["Israeli Army Seals Off Hebron Neighbourhoods",
                                  "Israeli troops sealed off the West Bank town of Jenin."])
def test_a_place_sealed_off_is_coercion_whoever_lives_there(text: str) -> None:
    assert top_type(text) == "COERCE"
