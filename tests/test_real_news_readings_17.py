"""Readings that session 17 found petrel missing on the committed real VOA development set
(tests/data/real_voa_*.jsonl). The sentences here are written for these tests."""

from __future__ import annotations

import pytest

import petrel

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"


def only(text: str, event_type: str) -> petrel.Event:
    [event] = [e for e in petrel.code(text, published=PUBLISHED) if e.type == event_type]
    return event


@pytest.mark.parametrize(("text", "event_type", "sector"), [
    ("Activists said government shelling killed 18 people in northern Syria.", "ASSAULT", "GOV"),
    ("The police crackdown left dozens injured in Nairobi.", "COERCE", "COP"),
    ("Rebel attacks have killed 40 people in the region.", "ASSAULT", "REB"),
    ("Turkey said Syrian government airstrikes had killed 54 Turkish soldiers.", "ASSAULT", "GOV"),
])
def test_a_party_word_modifying_a_nominal_trigger_is_its_doer(text: str, event_type: str, sector: str) -> None:
    assert [actor.sector for actor in only(text, event_type).source] == [sector]


def test_a_modifier_that_names_no_party_gives_no_doer() -> None:
    assert only("Border clashes erupted overnight near the town.", "ASSAULT").source == []


def test_clashes_between_two_states_are_fighting() -> None:
    event = only("Clashes between Armenia and Azerbaijan killed five soldiers.", "ASSAULT")
    assert {actor.country for actor in event.source} == {"ARM", "AZE"}


def test_one_clash_between_two_politicians_stays_words() -> None:
    assert not [e for e in petrel.code("The clash between Trump and Zelenskyy shocked Europe.", published=PUBLISHED)
                if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "sectors"), [
    ("Heavy fighting broke out between government troops and rebels near the town.", {"MIL", "REB"}),
    ("Fresh clashes erupted between police and gunmen in the north.", {"COP", "UAF"}),
])
def test_the_sides_of_fighting_hung_on_the_verb_that_says_it_broke_out(text: str, sectors: set[str]) -> None:
    assert {actor.sector for actor in only(text, "ASSAULT").source} == sectors


@pytest.mark.parametrize(("text", "sector"), [
    ("Five civilians were killed in an Israeli airstrike on Gaza.", "GOV"),
    ("Three soldiers were killed in a rebel ambush.", "REB"),
    ("Two people were killed in an attack by militants.", "REB"),
])
def test_a_toll_told_through_its_attack_takes_the_attacks_doer(text: str, sector: str) -> None:
    event = only(text, "ASSAULT")
    assert [actor.sector for actor in event.source] == [sector]
    assert event.target and event.target[0].sector in ("CVL", "MIL")


def test_those_who_died_in_an_attack_are_its_target_not_its_doer() -> None:
    event = only("Three soldiers died in a Taliban ambush.", "ASSAULT")
    assert [actor.text for actor in event.target] == ["Three soldiers"]
    assert "Three soldiers" not in [actor.text for actor in event.source]


def test_victims_of_an_attack_placed_a_sentence_before_belong_to_that_place() -> None:
    story = ("Russia launched a new offensive near Kharkiv on Monday, Russian officials said. "
             "Russian forces shelled the city overnight, killing three people.")
    [event] = [e for e in petrel.code(story, published=PUBLISHED) if e.trigger.text == "shelled"]
    assert [(actor.text, actor.country) for actor in event.target] == [("the city", "UKR")]


@pytest.mark.parametrize(("text", "event_type", "issuer"), [
    ("Kerry released a statement condemning the cease-fire violations.", "ACCUSE", "Kerry"),
    ("The ministry issued a statement calling for calm.", "REQUEST", "The ministry"),
])
def test_a_statement_that_does_something_is_done_by_its_issuer(text: str, event_type: str, issuer: str) -> None:
    assert [actor.text for actor in only(text, event_type).source] == [issuer]


@pytest.mark.parametrize(("text", "sector"), [
    ("Officers seized car keys from the two activists.", "COP"),
    ("Army officers arrested the president.", "MIL"),
    ("Intelligence officers detained the journalist.", "SPY"),
])
def test_a_bare_officer_is_police_and_a_named_service_keeps_its_sector(text: str, sector: str) -> None:
    assert [actor.sector for actor in only(text, "COERCE").source] == [sector]


@pytest.mark.parametrize(("text", "country", "named"), [
    ("He faces numerous charges in the U.S., including drug trafficking.", "USA", "U.S."),
    ("Rebels attacked a convoy in Northern Mali on Monday.", "MLI", "Mali"),
])
def test_a_country_the_gazetteer_misses_in_a_locative_phrase_is_the_place(text: str, country: str,
                                                                         named: str) -> None:
    [event] = petrel.code(text, published=PUBLISHED)
    place = event.place
    assert place is not None and place.mention is not None
    assert (place.country, place.precision, place.inferred, place.mention.text) == (country, "country", None, named)


def test_a_compass_word_ending_a_place_name_is_no_korea() -> None:
    [event] = petrel.code("Police in Nyazura, Makoni South detained two activists.", published=PUBLISHED)
    assert "KOR" not in {actor.country for actor in event.source}


def test_the_north_still_stands_for_north_korea() -> None:
    [event] = petrel.code("Seoul has called on the North to return to talks.", published=PUBLISHED)
    assert [actor.country for actor in event.target] == ["PRK"]


@pytest.mark.parametrize(("text", "country"), [
    ("Obama announced a shift in U.S. relations with Cuba, after the country’s communist leaders released an "
     "American contractor.", "CUB"),
    ("Iraqi Prime Minister Mohammed Shia al-Sudani said the country's intelligence service killed an IS leader "
     "in Syria.", "IRQ"),
])
def test_the_countrys_is_the_state_named_just_before(text: str, country: str) -> None:
    [event] = [e for e in petrel.code(text, published=PUBLISHED) if e.type in ("RETREAT", "ASSAULT")]
    assert [actor.country for actor in event.source] == [country]
