"""Violent words that tell no new act: deaths from nature or accidents, figures that "hit" a record, match results,
an attack named again beside the clause that tells it, acts feared or kept away from, and a past act named by its
year. Each has a control that stays an event. Sentences written for these tests."""

from __future__ import annotations

import pytest

import petrel

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"


def types(text: str) -> list[str]:
    return [e.type for e in petrel.code(text, published=PUBLISHED)]


@pytest.mark.parametrize("text", [
    "The president sent condolences on Friday after an earthquake killed at least 30 people in the north.",
    "Cyclone Freddy tore through southern Malawi on Monday, flattening homes and killing at least 50 people.",
    "A landslide buried a village in the hills and killed at least 12 people, officials said.",
    "At least 19 people were killed when a bus plunged into a ravine in the mountains on Sunday, police said.",
    "A gas explosion ripped through a market in the capital on Tuesday, killing nine people.",
])
def test_deaths_from_nature_or_accident_are_no_attack(text: str) -> None:
    assert "ASSAULT" not in types(text)


def test_a_participle_of_an_attack_stays_an_attack() -> None:
    assert types("Gunmen stormed a village in the north on Monday, killing at least 50 people.") == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Fuel prices hit a record high in Nairobi this week, the energy regulator said.",
    "Temperatures hit 49 degrees Celsius in the city on Sunday.",
    "Bank shares were hit by fears of new export curbs on Friday.",
    "Ghana beat Nigeria 2-1 in Accra on Saturday to reach the final.",
    "The national team, known for its fast counter attack, will face Egypt in the Cup final.",
])
def test_figures_markets_and_matches_are_no_attack(text: str) -> None:
    assert "ASSAULT" not in types(text)


def test_a_strike_that_hit_a_depot_stays_an_attack() -> None:
    assert types("A Russian missile hit a fuel depot in Lviv on Sunday.") == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "A suicide bomber blew himself up at a checkpoint in Kabul on Monday, a police officer said, in an attack "
    "claimed by Islamic State.",
    "Gunmen opened fire on the mayor's car in Acapulco, in what police described as an attempted assassination.",
    "Army units and militia fighters exchanged fire near the town on Wednesday, the third clash in a month.",
])
def test_an_attack_named_beside_the_clause_that_tells_it_is_one_event(text: str) -> None:
    assert types(text) == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Shipping lines rerouted vessels around Africa to avoid attacks by Houthi rebels.",
    "The aid agency flew tents to families who fled fighting in Darfur.",
    "The march passed off peacefully despite fears of clashes, police said.",
    "More than 8,000 people have been killed in the region since the war began, the ministry says.",
    "The militias fled across the border after the 1994 genocide.",
])
def test_acts_avoided_feared_tallied_or_named_by_year_are_not_news(text: str) -> None:
    assert "ASSAULT" not in types(text)


def test_an_escaped_assassination_attempt_still_happened() -> None:
    assert types("The minister escaped an assassination attempt in Quito on Wednesday.") == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "The king sent condolences after a passenger jet crashed near the capital, killing 41 people on board.",
    "Hundreds have died in flooding since June, as swollen rivers destroyed roads and bridges across the province.",
])
def test_crashes_and_floods_told_by_a_participle_or_clause_are_no_attack(text: str) -> None:
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize("text", [
    "Demonstrators Clash With Police Outside Parliament in Tbilisi",
    "Violent Clashes Between Protesters and Police in Nairobi",
])
def test_protesters_clashing_with_police_in_a_headline_riot(text: str) -> None:
    assert [(e.type, e.mode) for e in petrel.code(text, published=PUBLISHED)] == [("PROTEST", "riot")]


def test_protesters_clashing_with_police_in_prose_fight() -> None:
    # the real-VOA and written labels code the clash told in a story as fighting (session 26)
    events = petrel.code("Demonstrators clashed with police outside parliament in Tbilisi on Wednesday.",
                         published=PUBLISHED)
    assert [e.type for e in events] == ["ASSAULT"]


def test_troops_clashing_with_militants_fight_with_no_weapon_named() -> None:
    events = petrel.code("Troops clashed with militants in the north on Sunday.", published=PUBLISHED)
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", None)]


@pytest.mark.parametrize("text", [
    "Landmines kill or maim thousands of people each year, most of them civilians.",
    "The two countries have fought three wars since independence.",
    "Budapest would not approve any measures that target energy imports.",
])
def test_habits_tallies_wars_counted_and_measures_that_target_are_no_attack(text: str) -> None:
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a convoy of trucks near Djibo on Monday, an attack that was later claimed by JNIM.",
    "Drones launched by the rebels hit a fuel depot in Port Sudan on Sunday.",
    "Mortar shells fired from across the border killed two villagers on Friday.",
])
def test_one_attack_told_twice_in_a_sentence_is_one_event(text: str) -> None:
    assert types(text) == ["ASSAULT"]


def test_a_sports_tour_and_a_promise_to_voters_are_no_diplomacy() -> None:
    assert types("The cricket board said the national team would tour Pakistan in March.") == []
    assert types("The minister was sworn in and promised voters that crime would fall within a year.") == []
    assert types("The president will visit Pakistan in March.") == ["AGREE"]


@pytest.mark.parametrize("text", [
    "Violence has declined, but killings of social leaders remain common, according to the ombudsman.",
    "Attacks on journalists have become routine in the region.",
])
def test_how_often_acts_happen_is_no_act(text: str) -> None:
    assert types(text) == []
