"""Readings that session 16 found petrel missing on the committed real VOA development set
(tests/data/real_voa_*.jsonl). The sentences here are written for these tests."""

from __future__ import annotations

import pytest

import petrel

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"


def types_and_modes(text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.mode) for e in petrel.code(text, published=PUBLISHED)}


@pytest.mark.parametrize(("text", "wrong"), [
    ("U.N. human rights chief Volker Turk condemned the killings.", "TUR"),
    ("Congressman Jim Jordan accused the FBI of bias.", "JOR"),
])
def test_a_state_name_ending_a_persons_name_is_a_surname(text: str, wrong: str) -> None:
    [event] = petrel.code(text, published=PUBLISHED)
    assert wrong not in {actor.country for actor in event.source}


def test_the_surname_leaves_the_title_to_code_the_person() -> None:
    [event] = petrel.code("U.N. human rights chief Volker Turk condemned the killings.", published=PUBLISHED)
    assert [(actor.country, actor.sector) for actor in event.source] == [("UNO", "IGO")]


@pytest.mark.parametrize(("text", "country"), [
    ("Nazi Germany invaded Poland.", "DEU"),
    ("Members of the United Russia party attacked the activist.", "RUS"),
])
def test_a_state_name_after_a_modifier_that_is_no_given_name_stays_the_state(text: str, country: str) -> None:
    [event] = petrel.code(text, published=PUBLISHED)
    assert country in {actor.country for actor in event.source}


@pytest.mark.parametrize("text", [
    "Tensions have grown over what activists say are repressive policies of the president.",
    "The protest has focused on what demonstrators claim is the increasingly authoritarian rule of the prime minister.",
    "The police detained dozens of activists as part of what opposition groups say is a crackdown on dissent.",
])
def test_what_critics_say_an_act_is_names_it_by_their_condemnation(text: str) -> None:
    assert ("ACCUSE", "disapprove") in types_and_modes(text)


@pytest.mark.parametrize("text", [
    "What he said was a lie.",
    "Police said it was a crackdown on drug gangs.",
])
def test_a_wrong_named_outside_that_idiom_is_no_accusation_by_the_speaker(text: str) -> None:
    assert not any(kind == "ACCUSE" for kind, _ in types_and_modes(text))


@pytest.mark.parametrize(("text", "accused"), [
    ("Police said they suspect the attacks were carried out by Lashkar-e-Taiba.", "IMG"),
    ("Police said the bombing was carried out by Boko Haram.", "NGA"),
    ("Officials said they believe Hamas militants were responsible for the attack.", "PSE"),
])
def test_an_attack_laid_at_a_partys_door_is_an_allegation_against_it(text: str, accused: str) -> None:
    accusations = [e for e in petrel.code(text, published=PUBLISHED) if e.type == "ACCUSE"]
    assert [e.mode for e in accusations] == ["allege"]
    assert accused in {actor.country for actor in accusations[0].target}


def test_a_raid_carried_out_by_the_speakers_own_forces_is_no_allegation() -> None:
    assert not any(kind == "ACCUSE" for kind, _ in
                   types_and_modes("The army said the raid was carried out by its special forces."))


@pytest.mark.parametrize("text", [
    "Officials said the rebels were to blame for the attack.",
    "The statement repeated charges that Western sanctions were to blame for the crisis.",
])
def test_a_party_said_to_be_to_blame_is_accused(text: str) -> None:
    assert ("ACCUSE", "allege") in types_and_modes(text)


def test_a_party_called_by_a_condemning_name_in_quotes_is_accused() -> None:
    assert types_and_modes('Prime Minister Daniyar Usenov called the opposition "bandits" on Wednesday.') \
        == {("ACCUSE", "disapprove")}
    assert types_and_modes('He called the opposition "friends".') == set()


def test_people_said_to_be_murdered_by_a_party_lay_the_crime_at_its_door() -> None:
    events = petrel.code("The MDC says they were murdered by the ruling ZANU-PF party.", published=PUBLISHED)
    [accusation] = [e for e in events if e.type == "ACCUSE"]
    assert [(a.country, a.sector) for a in accusation.source] == [("ZWE", "OPP")]
    assert [(a.country, a.sector) for a in accusation.target] == [("ZWE", "PTY")]


@pytest.mark.parametrize(("published", "sector"), [("2024-05-01", "PTY"), ("1985-05-01", "REB")])
def test_the_anc_is_a_ruling_party_since_1994_and_a_liberation_movement_before(published: str, sector: str) -> None:
    [event] = petrel.code("The African National Congress condemned the attack.", published=published)
    assert [(a.country, a.sector) for a in event.source] == [("ZAF", sector)]


@pytest.mark.parametrize("text", [
    "He said he has been under house arrest since Monday.",
    "The activist told reporters that she had been under house arrest for two years.",
])
def test_being_held_is_read_in_a_reported_clause_too(text: str) -> None:
    assert ("COERCE", "arrest") in types_and_modes(text)


@pytest.mark.parametrize("text", [
    "Police say processions and gatherings are not allowed under the health guidelines.",
    "Police chief Ismail Omar said the rally was illegal.",
    "Access to the mosque was completely cut off by armed men.",
    "The Taliban forbid girls from attending secondary school.",
])
def test_gatherings_and_access_curbed_are_restrictions(text: str) -> None:
    assert ("COERCE", "restrict") in types_and_modes(text)


def test_gatherings_allowed_are_no_curb() -> None:
    assert not any(kind == "COERCE" for kind, _ in types_and_modes("Gatherings are allowed again in the capital."))


@pytest.mark.parametrize("text", [
    "Thailand and Cambodia stepped up cooperation against human trafficking.",
    "Spain and Morocco worked together to curb smuggling.",
    "Argentina has partnered with Uruguay on cybersecurity.",
])
def test_fighting_crime_together_is_material_cooperation(text: str) -> None:
    assert ("COOPERATE", None) in types_and_modes(text)


def test_cooperation_on_a_cause_stays_verbal_support() -> None:
    assert types_and_modes("Thailand and Cambodia stepped up cooperation on climate change.") == {("SUPPORT", None)}


def test_an_expected_visit_is_an_intent_to_meet() -> None:
    text = "The talks also covered the agenda for an expected visit to Washington by Sharif in late October."
    assert ("AGREE", None) in types_and_modes(text)
    assert ("CONSULT", "visit") not in types_and_modes(text)


@pytest.mark.parametrize(("text", "mode"), [
    ("The opposition leader vowed to disrupt the polls.", "violence"),
    ("A presidential spokesperson promised a resolute answer to Japan's move.", None),
    ("Kerry warned the takeover will have negative implications for relations with the military.", None),
])
def test_a_vow_of_disruption_or_a_firm_answer_and_a_warning_of_implications_threaten(
        text: str, mode: str | None) -> None:
    [event] = petrel.code(text, published=PUBLISHED)
    assert event.type == "THREATEN"
    assert mode is None or event.mode == mode


def test_an_answer_promised_without_firmness_is_a_promise() -> None:
    assert types_and_modes("The minister promised an answer to the question by Friday.") == {("AGREE", None)}


@pytest.mark.parametrize("text", [
    "Police arrested the journalist on charges of spying.",
    "Three reporters have been arrested in Thailand on charges of illegally entering the country.",
    "The three men were remanded on charges that they received paramilitary training.",
])
def test_the_charges_an_arrest_is_made_on_accuse_the_arrested(text: str) -> None:
    events = petrel.code(text, published=PUBLISHED)
    [charge] = [e for e in events if e.type == "ACCUSE"]
    assert charge.mode == "allege"
    held = {a.text for e in events if e.type == "COERCE" for a in e.target}
    assert {a.text for a in charge.target} == held or (not held and charge.target)


@pytest.mark.parametrize("text", [
    "The opposition says the election was marred by massive fraud.",
    "Kamto's backers contend he won the election and that his victory was stolen by President Paul Biya.",
])
def test_a_vote_said_to_be_spoiled_or_stolen_is_an_allegation(text: str) -> None:
    assert ("ACCUSE", "allege") in types_and_modes(text)


def test_a_vote_marred_by_violence_is_no_allegation_of_fraud() -> None:
    assert not any(kind == "ACCUSE" for kind, _ in types_and_modes("Observers said the vote was marred by violence."))


def test_the_audience_told_of_an_accusation_is_not_its_target() -> None:
    [event] = [e for e in petrel.code("The minister told reporters that Russia was behind the attack.",
                                      published=PUBLISHED) if e.type == "ACCUSE"]
    assert [a.country for a in event.target] == ["RUS"]


def test_an_infinitive_to_is_no_commitment() -> None:
    kinds = types_and_modes("The militia was formed to commit atrocities during the war.")
    assert ("AGREE", None) not in kinds
    assert ("CONCEDE", None) in types_and_modes("The government committed to a ceasefire.")


def test_ties_said_to_serve_a_crime_are_an_allegation() -> None:
    text = "Authorities say the Islamist leaders collaborated with the army to commit atrocities during the war."
    [accusation] = [e for e in petrel.code(text, published=PUBLISHED) if e.type == "ACCUSE"]
    assert accusation.mode == "allege"
    assert [a.text for a in accusation.source] == ["Authorities"]


def test_a_time_is_no_prison_term() -> None:
    assert types_and_modes("So far this year the violence has only gotten worse.") == set()


def test_who_gets_years_in_prison_is_the_one_sentenced() -> None:
    [event] = [e for e in petrel.code("The activist got five years in prison.", published=PUBLISHED)
               if e.type == "SANCTION"]
    assert [a.text for a in event.target] == ["The activist"]
    assert event.source == []


def test_shrines_torn_down_are_destroyed() -> None:
    text = "Islamist militants are tearing down ancient mausoleums in Timbuktu."
    assert ("ASSAULT", "destroy") in types_and_modes(text)


def test_armed_men_expelled_from_a_territory_are_driven_out_by_force() -> None:
    assert ("ASSAULT", None) in types_and_modes("Kurdish fighters expelled the militants from the province.")
    assert types_and_modes("Russia expelled ten diplomats.") == {("SANCTION", "expel")}


def test_crimes_named_in_a_hearsay_clause_are_an_accusation_and_an_attack_so_named_is_not() -> None:
    text = "Hamas began firing rockets into Israel for what it said were Israeli rights abuses against Palestinians."
    assert ("ACCUSE", "disapprove") in types_and_modes(text)
    assert not any(kind == "ACCUSE" for kind, _ in
                   types_and_modes("Five people died in what police said was an attack by militants."))
