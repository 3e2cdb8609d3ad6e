"""Readings that session 23 found petrel missing on written headlines (tests/data/fresh_headlines.jsonl).
The headlines here are written for these tests, in other words than the ones read."""

from __future__ import annotations

import pytest
from product_coder import events_of, top_type, types_of

pytestmark = pytest.mark.issue(4)


@pytest.mark.parametrize(("text", "expected"), [
    # concessions
    ("Egypt Lifts Price Controls on Bread", "CONCEDE"),
    ("Government lifts the cap on fuel imports", "CONCEDE"),
    ("Japan Expresses Regret to Seoul Over Wartime Labour", "CONCEDE"),
    ("The governor said sorry to the families of the victims.", "CONCEDE"),
    ("Ruling Party Reverses Course on Pension Cuts", "CONCEDE"),
    ("Prime Minister Bows to Court Ruling on Election Date", "CONCEDE"),
    ("Kenyan Government Shelves Tax Reform", "CONCEDE"),
    ("Parliament shelves the proposed amendment after protests", "CONCEDE"),
    # withdrawals and releases
    ("Rebels Vacate Checkpoints Around Goma", "RETREAT"),
    ("Troops complete disengagement from the contested valley", "RETREAT"),
    ("Germany Returns Remains of Namibian Victims", "RETREAT"),
    ("Britain Repatriates Looted Artefacts to Nigeria", "RETREAT"),
    ("Detained Opposition Leader Walks Free in Minsk", "RETREAT"),
    # support, cooperation, aid
    ("Saudi King Sends Congratulations to Turkey's President", "SUPPORT"),
    ("India and UAE Upgrade Ties to Strategic Partnership", "SUPPORT"),
    ("Qatar and Egypt End Rift After Four Years", "SUPPORT"),
    ("Gulf Nations Pool Funds for Regional Railway", "COOPERATE"),
    ("Peru and Bolivia Run Joint Vaccination Campaign", "COOPERATE"),
    ("Spain and Morocco Connect Power Grids", "COOPERATE"),
    ("Turkey Ships Relief Supplies to Gaza", "AID"),
    ("Jordan Airdrops Food to Besieged Villages", "AID"),
    ("France Grants Refuge to Afghan Journalists", "AID"),
    # coercion, mobilisation, accusation, protest, threats
    ("Uganda Gags Media Ahead of Election", "COERCE"),
    ("Bahrain Revokes Nationality of Dissident Clerics", "COERCE"),
    ("Russia Moves Armoured Vehicles to Finnish Border", "MOBILIZE"),
    ("Senate Orders Probe Into Arms Deal", "ACCUSE"),
    ("The court ordered an inquiry into the shooting.", "ACCUSE"),
    ("Iran Blocks Social Media as Protests Grow", "COERCE"),
    ("Opposition Parties Sit Out Local Elections", "PROTEST"),
    ("Senator Rips Pentagon Over Budget Overruns", "ACCUSE"),
    ("Militia Leader Vows Bloodshed If Troops Advance", "THREATEN"),
    # promised withdrawals are concessions; giving up a project or a reform concedes it
    ("Rwanda Promises to Remove Troops From Congo Border", "CONCEDE"),
    ("Moscow promises a phased pullback from the border", "CONCEDE"),
    ("The army removed its soldiers from the disputed villages.", "RETREAT"),
    ("Serbia Shutters Lithium Mine Project After Mass Protests", "CONCEDE"),
    ("The government abandoned its pension reform after weeks of strikes.", "CONCEDE"),
])
def test_headline_wordings_of_events(text: str, expected: str) -> None:
    assert top_type(text) == expected


def test_one_who_walks_free_is_released_not_releasing() -> None:
    [event] = events_of("Jailed Kazakh journalist walks free after pressure")
    assert event.type == "RETREAT"
    assert [actor.text for actor in event.target] == ["Jailed Kazakh journalist"]
    assert event.source == []


@pytest.mark.parametrize("text", [
    "Egypt and Israel Expand Gas Pipeline Capacity",
    "Nigeria Begins Gas Exports to Europe",
])
def test_gas_in_a_headline_is_the_fuel(text: str) -> None:
    assert "ASSAULT" not in types_of(text)


def test_removing_protesters_by_force_is_no_withdrawal() -> None:
    assert "RETREAT" not in types_of("Police removed the protesters by force.")


def test_gassing_named_with_its_victims_is_an_attack() -> None:
    assert types_of("Government forces gassed civilians in the town.") == ["ASSAULT"]


def test_being_ripped_off_is_no_second_accusation() -> None:
    assert types_of("We've been ripped off for years, the president said.").count("ACCUSE") <= 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana's President Shelves Plan to Change Term Limits", "CONCEDE"),
    ("Kenya's Parliament Rejects Plan to Extend Term", "REJECT"),
])
def test_a_verb_after_a_named_doer_is_no_plural_subject(text: str, expected: str) -> None:
    """Title Case "President Shelves Plan to ..." is parsed as "president shelves" planning; the doer before the
    plural-looking word makes it the verb."""
    assert top_type(text) == expected


def test_plural_doers_still_plan() -> None:
    [event] = events_of("Rebels Plan to Attack Capital")
    assert (event.type, event.factuality) == ("ASSAULT", "hypothetical")


def test_a_sure_classifier_retypes_the_rules_reading_of_a_headline() -> None:
    [event] = events_of("Honduras moves to restore ties with Taiwan")  # the rules read SUPPORT: a move to, not done
    assert (event.type, event.trigger.text) == ("AGREE", "restore")
    assert ([a.country for a in event.source], [a.country for a in event.target]) == (["HND"], ["TWN"])
    assert event.cameo is not None and event.cameo.startswith("03")


def test_the_rules_reading_stands_when_the_classifier_is_unsure() -> None:
    assert top_type("Ghana to Send Police Officers to Somalia Under AU Mission") == "MOBILIZE"


def test_a_story_sentence_is_never_retyped() -> None:
    text = ("Honduras moves to restore ties with Taiwan, the foreign ministry said on Monday, after years of "
            "pressure from Beijing.")
    assert "SUPPORT" in types_of(text)


def test_a_headline_the_classifier_is_sure_tells_no_event_is_left_uncoded() -> None:
    assert types_of("Gold Retreats From Record High") == []  # the rules read a retreat; a price is no party


def test_a_headline_with_an_event_is_not_silenced() -> None:
    assert "COERCE" in types_of("Kenya Police Arrest Two Over Attack on Journalist")



def test_disengaging_from_a_policy_is_no_withdrawal() -> None:
    assert "RETREAT" not in types_of("What I fear more is not that they will disengage from Europe.")
    assert types_of("Indian and Chinese troops disengaged along the border.") == ["RETREAT"]
