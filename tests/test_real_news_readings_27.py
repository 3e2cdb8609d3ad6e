"""Readings changed in session 27, each found on the real-VOA development stories (tests/data/real_voa_*.jsonl).
The sentences here are written for these tests."""

from __future__ import annotations

import pytest
from product_coder import events_of

pytestmark = pytest.mark.issue(4)


def _coded(text: str) -> list[tuple[str, str | None, str]]:
    return [(event.type, event.mode, event.trigger.text) for event in events_of(text)]


def _parties(text: str, event_type: str) -> tuple[list[tuple[str | None, str | None]], ...]:
    event = next(event for event in events_of(text) if event.type == event_type)
    return ([(a.country, a.sector) for a in event.source], [(a.country, a.sector) for a in event.target])


@pytest.mark.parametrize(("text", "event_type", "role", "expected"), [
    # a senate is a chamber many states have: its country comes from the phrase or the story, and it legislates
    ("The Thai junta on Saturday dissolved the kingdom's partly elected Senate.", "COERCE", 1, ("THA", "LEG")),
    ("Mexico's Senate on Wednesday rejected a U.S. request to let armed drones fly over its territory.", "REJECT",
     0, ("MEX", "LEG")),
    ("The U.S. Senate voted on Wednesday to block the tariffs.", "REJECT", 0, ("USA", "LEG")),
])
def test_a_senate_is_the_chamber_of_the_state_the_text_names(text: str, event_type: str, role: int,
                                                             expected: tuple[str, str]) -> None:
    assert expected in _parties(text, event_type)[role]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Riot police cleared the protest camp outside parliament on Sunday.", "cleared"),
    ("Security forces drove the demonstrators out of the main square.", "drove"),
    ("In the capital, police moved against protesters gathered near the palace.", "moved"),
])
def test_forces_breaking_up_a_protest_coerce_it(text: str, trigger: str) -> None:
    assert any(event_type == "COERCE" and word == trigger for event_type, _, word in _coded(text))


@pytest.mark.parametrize("text", [
    "Workers cleared the debris from the road on Sunday.",
    "The minister drove the visitors to the airport.",
])
def test_clearing_or_driving_without_a_protest_is_no_repression(text: str) -> None:
    assert not any(event_type == "COERCE" for event_type, _, _ in _coded(text))


@pytest.mark.parametrize("text", [
    "Kyiv called the attack cowardly.",  # the parser reads the predicate as an adverb
    "The foreign ministry called the remarks irresponsible.",  # remarks faulted, not denied
    "The president called the journalists enemies of the people.",
])
def test_calling_an_act_or_a_party_names_a_fault(text: str) -> None:
    assert ("ACCUSE", "disapprove", "called") in _coded(text)


@pytest.mark.parametrize("text", [
    "Moscow called the remarks baseless.",
    "Beijing called the statement false and misleading.",
])
def test_calling_a_remark_untrue_denies_it(text: str) -> None:
    assert not _coded(text)


@pytest.mark.parametrize("text", [
    "Venezuela said it would not accept deportation flights.",
    "Kyiv will never accept the occupation of its land, the foreign minister said.",
    "Hamas would not accept the proposal, an official said.",
])
def test_a_party_that_will_not_accept_something_refuses_it(text: str) -> None:
    events = events_of(text)
    refusal = next(event for event in events if event.trigger.text == "accept")
    assert refusal.type == "REJECT" and refusal.factuality != "negated"
    assert not any(event.type in ("AGREE", "CONCEDE") for event in events)


def test_what_a_party_has_not_yet_accepted_is_no_refusal() -> None:
    assert not any(event_type == "REJECT" for event_type, _, _ in _coded("Russia has not accepted the ceasefire."))


@pytest.mark.parametrize("text", [
    "Opposition leaders said the election was flawed.",
    "Lukashenko was declared the winner of an election that opposition leaders said was flawed.",
    "They are demanding a rerun of the poll, which they say was full of irregularities.",
])
def test_an_election_said_to_be_flawed_is_faulted(text: str) -> None:
    assert any(event_type == "ACCUSE" and word in ("said", "say") for event_type, _, word in _coded(text))


@pytest.mark.parametrize("text", [
    "The minister said the country was full of opportunities.",
    "Observers said the vote was free and fair.",
])
def test_a_statement_of_praise_or_fact_faults_nobody(text: str) -> None:
    assert not any(event_type == "ACCUSE" for event_type, _, _ in _coded(text))


@pytest.mark.parametrize("text", [
    "International rights groups have said the tribunal's procedures fall short of international standards.",
    "The observers say Sunday's election fell short of international standards for democratic elections.",
    "The president said the days of protests were a plot to weaken the country.",
    "The opposition leader says the president stole the 2018 election.",
])
def test_a_statement_that_a_party_cheated_or_fell_short_faults_it(text: str) -> None:
    assert any(event_type == "ACCUSE" for event_type, _, _ in _coded(text))


def test_a_figure_that_fell_short_of_a_forecast_faults_nobody() -> None:
    assert not _coded("The minister said revenue fell short of expectations.")


@pytest.mark.parametrize("text", [
    "A protester said the change was a threat to peace.",
    '"The deployment of American warships is a threat to the peace of the region," the foreign minister said.',
])
def test_an_act_said_to_be_a_threat_to_others_is_faulted(text: str) -> None:
    assert any(event_type == "ACCUSE" for event_type, _, _ in _coded(text))


def test_a_danger_posed_is_no_accusation() -> None:
    assert not any(event_type == "ACCUSE" for event_type, _, _ in
                   _coded("The minister said the armed groups pose a real threat to the refugees."))


@pytest.mark.parametrize("text", [
    "Israel says it will conduct further operations if needed to eradicate terrorism.",
    "The president said the crackdown would continue as long as the opposition continues its activities.",
    "The minister said the government would take further action if the protests continue.",
    "London would seek new U.N. sanctions against the generals unless they released the prisoners, the minister said.",
])
def test_harm_announced_on_a_condition_is_a_threat(text: str) -> None:
    assert any(event_type == "THREATEN" for event_type, _, _ in _coded(text))


@pytest.mark.parametrize("text", [
    "The World Bank said it would halt new lending to the country until the law was reviewed.",  # a measure decided
    "He later said the U.S. will not lift sanctions until Iran allows inspections.",  # a measure kept
    "He said talks would resume if the rebels agreed.",  # no harm
])
def test_no_threat_without_harm_held_over_a_party(text: str) -> None:
    assert not any(event_type == "THREATEN" for event_type, _, _ in _coded(text))


@pytest.mark.parametrize("text", [
    "The army will crush the rebels, the minister said.",
    "The government will defeat the rebels forever.",
    "We will hunt them down, the general said.",
])
def test_force_a_party_says_it_will_bring_on_a_foe_is_a_threat(text: str) -> None:
    assert any(event_type == "THREATEN" and mode == "violence" for event_type, mode, _ in _coded(text))


@pytest.mark.parametrize("text", [
    "We will defeat poverty, the president said.",  # no foe
    "Ukraine will not defeat Russia, the analyst said.",  # negated: a forecast
    "The rebels defeated the army in 2012.",  # done, not announced
])
def test_no_threat_of_force_without_a_foe_or_a_future(text: str) -> None:
    assert not any(event_type == "THREATEN" for event_type, _, _ in _coded(text))


@pytest.mark.parametrize("text", [
    "The spokesman told VOA that Congo's election commission needed to set a date for the vote.",
    "The Dalai Lama said China needed to conduct a serious investigation.",
])
def test_what_a_party_is_said_to_need_to_do_is_asked_of_it(text: str) -> None:
    assert any(event_type == "REQUEST" for event_type, _, _ in _coded(text))


@pytest.mark.parametrize("text", [
    "Analysts say the economy needs to grow faster.",  # no party
    "We need to talk, he said.",  # the speaker's own side
])
def test_a_need_of_no_party_or_of_the_speaker_is_no_demand(text: str) -> None:
    assert not any(event_type == "REQUEST" for event_type, _, _ in _coded(text))


@pytest.mark.parametrize("text", [
    "Israel said Friday it plans to evacuate residents of the border town to state-funded guest houses.",
    "Malawi said Friday that it will evacuate any of its nationals in South Africa who want to come home.",
])
def test_a_state_planning_to_evacuate_its_own_people_promises_nothing(text: str) -> None:
    assert not _coded(text)


def test_an_agency_that_will_evacuate_the_wounded_still_gives_aid() -> None:
    assert ("AID", None, "evacuate") in _coded("The UN will evacuate wounded civilians from Gaza.")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Colombia turned back two U.S. military planes carrying deportees.", "turned"),
    ("China says it will permit no foreign interference in Taiwan.", "permit"),
    ("Beijing will tolerate no meddling in its internal affairs, the ministry said.", "tolerate"),
])
def test_entry_or_interference_refused(text: str, trigger: str) -> None:
    events = [event for event in events_of(text) if event.trigger.text == trigger]
    assert events and events[0].type == "REJECT" and events[0].factuality != "negated"


@pytest.mark.parametrize("text", [
    "North Korea launched a ballistic missile on Tuesday.",
    "North Korea fired an intercontinental ballistic missile, Seoul said.",
])
def test_one_missile_of_a_tested_kind_launched_with_no_aim_is_a_test(text: str) -> None:
    coded = _coded(text)
    assert any(event_type == "MOBILIZE" and mode == "weapons" for event_type, mode, _ in coded)
    assert not any(event_type == "ASSAULT" for event_type, _, _ in coded)


@pytest.mark.parametrize("text", [
    "Russia fired a ballistic missile at Dnipro.",
    "Iran launched a hypersonic missile toward Israel.",
    "Russia fired 40 missiles and 100 drones overnight.",
])
def test_missiles_aimed_or_in_numbers_are_an_attack(text: str) -> None:
    assert any(event_type == "ASSAULT" for event_type, _, _ in _coded(text))


@pytest.mark.parametrize("text", [
    "Serbia would never recognize Kosovo.",
    "Russia would not attend the talks, the Kremlin spokesman said.",
    "We will not back down, the president said.",
])
def test_a_refusal_read_from_a_not_is_not_itself_negated(text: str) -> None:
    refusal = next(event for event in events_of(text) if event.type == "REJECT")
    assert refusal.factuality != "negated"
