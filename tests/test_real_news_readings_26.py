"""Readings changed in session 26, each found on the real-VOA development stories (tests/data/real_voa_*.jsonl).
The sentences here are written for these tests."""

from __future__ import annotations

import pytest
from product_coder import events_of

pytestmark = pytest.mark.issue(4)


def _coded(text: str) -> list[tuple[str, str | None, str]]:
    return [(event.type, event.mode, event.trigger.text) for event in events_of(text)]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The six powers want Iran to allay concerns about its nuclear program.", "want"),
    ("The president wants Congress to ease the embargo on the island.", "wants"),
    ("In return, the rebels wanted the government to provide water to people in their territory.", "wanted"),
])
def test_wanting_a_party_to_act_is_a_demand_of_it(text: str, trigger: str) -> None:
    assert any(event_type == "REQUEST" and word == trigger for event_type, _, word in _coded(text))


@pytest.mark.parametrize("text", [
    "They want to talk to the minister.",  # wanting to act oneself
    "Many residents want the hunts to be stopped.",  # no party asked
    "We do not want Russia to win this war.",  # a wish against, not a demand
])
def test_wanting_is_no_demand_without_a_party_asked_to_act(text: str) -> None:
    assert not any(event_type == "REQUEST" for event_type, _, _ in _coded(text))


@pytest.mark.parametrize("text", [
    "The EU is ready to impose new sanctions on Belarus.",
    "The militia said it was ready to target U.S. forces in Iraq.",
    "The army is poised to attack the rebel stronghold, the minister said.",
])
def test_a_party_ready_to_do_harm_threatens_it(text: str) -> None:
    coded = [event_type for event_type, _, _ in _coded(text)]
    assert "THREATEN" in coded and not {"SANCTION", "ASSAULT"} & set(coded)


def test_what_another_party_could_be_ready_to_do_is_a_forecast() -> None:
    coded = _coded("NATO warned that Russia could be ready to attack an alliance member within five years.")
    assert ("ASSAULT", None, "attack") in coded


@pytest.mark.parametrize(("text", "expected"), [
    # a state listing foreign groups as terrorists sanctions them; a state listing its own critics curbs them
    ("The United States has designated Hamas and the Houthis as terror groups.", "SANCTION"),
    ("Russia designated the opposition movement an extremist group.", "COERCE"),
])
def test_a_group_designated_a_terror_group(text: str, expected: str) -> None:
    assert any(event_type == expected and word == "designated" for event_type, _, word in _coded(text))


@pytest.mark.parametrize("text", [
    "The group gave authorities 48 hours to comply.",
    "The militants gave the government a week to release the prisoners.",
])
def test_a_deadline_set_for_a_party_to_act_is_an_ultimatum(text: str) -> None:
    assert any(event_type == "THREATEN" and word == "gave" for event_type, _, word in _coded(text))


@pytest.mark.parametrize("text", [
    "The court gave the lawyers two weeks to file their papers.",  # a procedure
    "The coach gave the players a day to rest.",  # leave granted
])
def test_time_given_without_a_demand_is_no_ultimatum(text: str) -> None:
    assert not any(event_type == "THREATEN" for event_type, _, _ in _coded(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Rwanda gave Belgian diplomats 48 hours to leave Kigali.", ("SANCTION", "expel")),
    ("The rebels gave foreigners 72 hours to leave the city.", ("COERCE", "deport")),
    ("The army gave the militants 48 hours to leave the town.", ("THREATEN", None)),  # fighters: a threat
])
def test_a_deadline_to_leave_is_an_expulsion(text: str, expected: tuple[str, str | None]) -> None:
    assert (*expected, "gave") in _coded(text)


def test_the_terms_of_an_expulsion_already_told_are_no_second_event() -> None:
    coded = _coded("Niger's military rulers expelled the French ambassador, giving him 48 hours to leave the country.")
    assert [(event_type, word) for event_type, _, word in coded] == [("SANCTION", "expelled")]


@pytest.mark.parametrize("text", [
    "The court ordered the two men to remain in jail.",
    "The judge ordered the journalist to stay in custody until the trial.",
])
def test_an_order_to_keep_people_held_detains_them(text: str) -> None:
    assert any(event_type == "COERCE" and mode == "arrest" and word == "ordered"
               for event_type, mode, word in _coded(text))


def test_an_order_to_stay_elsewhere_stays_a_demand() -> None:
    coded = _coded("The UN ordered its staff to stay in their homes.")
    assert any(event_type == "REQUEST" for event_type, _, _ in coded)


def test_a_court_ordering_a_party_to_pay_holds_it_liable() -> None:
    coded = _coded("The Seoul court ordered the Japanese government to pay compensation to the women.")
    assert ("SANCTION", "convict", "ordered") in coded


def test_an_order_to_pay_from_outside_a_court_stays_a_demand() -> None:
    coded = _coded("The president ordered the ministry to pay the workers.")
    assert any(event_type == "REQUEST" for event_type, _, _ in coded)


@pytest.mark.parametrize("text", [
    'Advocates rallied outside the court, chanting "free them all" and demanding the release of the man.',
    "Hundreds of Indigenous protesters occupied a federal highway on Monday to demand the return of their lands.",
])
def test_a_demand_a_protest_is_made_for_is_part_of_it(text: str) -> None:
    coded = [event_type for event_type, _, _ in _coded(text)]
    assert "PROTEST" in coded and "REQUEST" not in coded


def test_protesters_stating_their_demand_alone_make_a_request() -> None:
    assert any(event_type == "REQUEST" for event_type, _, _ in _coded("Protesters are demanding political reforms."))


@pytest.mark.parametrize("text", [
    "Ankara has long insisted the YPG is linked to the Kurdish rebel group the PKK.",
    "Police said the suspects were linked to al-Shabab militants.",
])
def test_a_party_said_to_be_tied_to_an_armed_group_is_accused(text: str) -> None:
    assert any(event_type == "ACCUSE" for event_type, _, _ in _coded(text))


def test_ties_to_an_office_are_no_accusation() -> None:
    assert _coded("Officials said the company is linked to the ministry.") == []


@pytest.mark.parametrize(("text", "mode"), [
    ("The minister raised questions about Pakistan's sincerity.", "disapprove"),
    ("Ukraine has challenged Moscow's actions at the European Court of Human Rights.", "allege"),
])
def test_doubts_raised_and_actions_challenged_are_complaints(text: str, mode: str) -> None:
    assert any(event_type == "ACCUSE" and found == mode for event_type, found, _ in _coded(text))


def test_questions_raised_by_no_one_are_no_complaint() -> None:
    assert _coded("The inspectors left, and that has raised many questions about what the government is doing.") == []


@pytest.mark.parametrize(("text", "trigger"), [
    # told in the present with a weekday: a schedule (PLOVER codes a meeting ahead as AGREE)
    ("President Barack Obama travels to Cuba Sunday, the first such visit in almost 90 years.", "travels"),
    ("The EU will weigh new sanctions when foreign ministers meet Monday in Brussels.", "meet"),
    ("The United States hopes to settle the dispute during talks Tuesday with Ukrainian officials.", "talks"),
])
def test_a_meeting_scheduled_for_a_weekday_is_still_ahead(text: str, trigger: str) -> None:
    coded = _coded(text)
    assert any(event_type == "AGREE" and word == trigger for event_type, _, word in coded)
    assert not any(event_type == "CONSULT" and word == trigger for event_type, _, word in coded)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kerry met Lavrov Monday in Paris.", "met"),
    ("The leaders held talks Tuesday in Geneva.", "talks"),
    ("Spain and Morocco agreed during talks in Rabat on Thursday to reopen customs offices.", "talks"),
])
def test_a_meeting_told_in_the_past_with_a_weekday_took_place(text: str, trigger: str) -> None:
    assert any(event_type == "CONSULT" and word == trigger for event_type, _, word in _coded(text))


def test_a_meeting_a_past_act_was_done_at_is_no_plan() -> None:
    coded = _coded("The two leaders did not discuss the islands during their meeting in Vladivostok on Wednesday.")
    assert not any(event_type == "AGREE" for event_type, _, _ in coded)


def test_an_act_named_again_with_such_is_no_second_event() -> None:
    coded = _coded("Jordan turned away thousands of refugees last week in the first such clampdown, diplomats said.")
    assert [event_type for event_type, _, _ in coded] == ["REJECT"]


def test_such_acts_named_as_a_kind_are_no_occurrence() -> None:
    assert _coded("Such attacks are rare in the capital.") == []


@pytest.mark.parametrize("text", [
    "Suicide bombers were using innocent people as human shields, security sources said.",
    "The militants are holding scores of civilians as human shields.",
])
def test_people_used_as_human_shields_are_attacked(text: str) -> None:
    assert any(event_type == "ASSAULT" and word in ("using", "holding") for event_type, _, word in _coded(text))


def test_shields_carried_are_no_attack() -> None:
    assert _coded("The police used shields to protect themselves.") == []


@pytest.mark.parametrize("text", [
    "The opposition leader has been free on bail since November.",
    "She remains free on bail, pending an appeal.",
    "The journalist is out on bail.",
])
def test_people_out_on_bail_are_released(text: str) -> None:
    assert any(event_type == "RETREAT" and mode == "release" for event_type, mode, _ in _coded(text))


def test_the_released_are_the_target() -> None:
    [event] = events_of("The journalist is out on bail.")
    assert not event.source and [actor.sector for actor in event.target] == ["JRN"]


def test_free_of_something_is_no_release() -> None:
    assert _coded("The country is free of debt.") == []


@pytest.mark.parametrize("text", [
    "The army has been training militias in the region.",
    "The rebels are training about 250 youths to fight.",
])
def test_training_irregulars_mobilizes_them(text: str) -> None:
    assert any(event_type == "MOBILIZE" and mode == "militia" for event_type, mode, _ in _coded(text))


def test_training_another_states_soldiers_is_cooperation() -> None:
    coded = _coded("The U.S. is training Ukrainian soldiers in Germany.")
    assert any(event_type == "COOPERATE" for event_type, _, _ in coded)


def test_forces_put_on_readiness_are_mobilized() -> None:
    coded = _coded("The army was placed on full readiness posture.")
    assert any(event_type == "MOBILIZE" for event_type, _, _ in coded)


def test_refugees_taken_in_are_given_refuge() -> None:
    assert ("AID", None, "accepted") in _coded("Germany accepted 10,000 refugees last year.")


def test_refugees_no_longer_taken_in_are_refused() -> None:
    coded = _coded("Jordan stopped accepting refugees from Syria.")
    assert [(event_type, word) for event_type, _, word in coded] == [("REJECT", "stopped")]


@pytest.mark.parametrize("text", [
    "Saudi Arabia and Arab allies intervened in March to try to restore Yemen's president to power.",
    "France intervened in northern Mali to halt an Islamist advance south.",
])
def test_a_state_intervening_somewhere_uses_force(text: str) -> None:
    assert any(event_type == "ASSAULT" and word == "intervened" for event_type, _, word in _coded(text))


@pytest.mark.parametrize("text", [
    "The president intervened to end the dispute between the two ministers.",
    "Russia intervened to end the dispute between Armenia and Azerbaijan.",
    "The central bank continued to intervene in the market.",
])
def test_stepping_into_a_dispute_or_a_market_is_no_attack(text: str) -> None:
    assert not any(event_type == "ASSAULT" for event_type, _, _ in _coded(text))


def test_a_leaders_visit_to_a_city_of_their_own_country_is_no_consultation() -> None:
    text = "During a visit to Quetta on Thursday, Pakistan's Prime Minister Shehbaz Sharif said the siege was over."
    assert not any(event_type == "CONSULT" for event_type, _, _ in _coded(text))
