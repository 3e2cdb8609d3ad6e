"""Recall of ACCUSE on real news: criticism and allegations worded without an accusing verb (issue 4).

Sentences written for these tests; each phrasing is checked against a near twin that must not be coded so.
"""

from __future__ import annotations

import pytest
from rule_coder import events_of

pytestmark = pytest.mark.issue(4)


def accusations(text: str) -> list[tuple[str | None, str]]:
    """The (mode, trigger) of each ACCUSE event coded in a text."""
    return [(event.mode, event.trigger.text) for event in events_of(text) if event.type == "ACCUSE"]


def test_calling_an_act_a_failure_disapproves_of_whoever_did_it() -> None:
    assert ("disapprove", "called") in accusations("The senator cited what she called the governor's failure to act.")
    assert accusations("The senator cited what she called the governor's plan to act.") == []


def test_describing_conduct_as_a_wrong_alleges_it() -> None:
    assert ("allege", "described") in accusations(
        "The lawmaker was suspended for what the speaker described as violating house rules.")


def test_calling_a_claim_false_is_a_denial_not_an_accusation() -> None:
    assert accusations("The ministry called the report false.") == []


def test_calling_on_a_party_to_stop_a_wrong_is_no_judgement_of_it() -> None:
    assert [mode for mode, trigger in accusations("The envoy called on Moscow to stop violating the truce.")
            if trigger == "called"] == []


def test_naming_an_act_punishment_for_someone_faults_them() -> None:
    assert ("disapprove", "called") in accusations(
        "The army shelled the border town and called the strikes a punishment for the rebels' raids.")
    assert accusations("The coach called the loss a lesson for the team.") == []


def test_saying_a_party_takes_advantage_of_another_alleges_exploitation() -> None:
    assert ("allege", "said") in accusations("The president said Mexico is taking advantage of Canada on trade.")
    assert accusations("The farmer said his neighbours took advantage of the rain.") == []
    assert accusations("The minister said Brazil is not taking advantage of Chile.") == []


def test_condemning_remarks_in_a_statement_is_criticism() -> None:
    assert ("disapprove", "said") in accusations(
        "\"They should fix their own economy instead of making such provocative remarks,\" the spokesman said.")


def test_saying_attackers_had_ties_abroad_alleges_them() -> None:
    assert ("allege", "said") in accusations(
        "Police said the gunmen were in contact with handlers across the border.")
    assert ("allege", "said") in accusations("Officials said those involved in the bombing are based in Syria.")
    assert accusations("The mayor said the farmers were in contact with buyers abroad.") == []


def test_a_so_called_thing_in_a_statement_is_disowned() -> None:
    assert ("disapprove", "said") in accusations("The opposition said the so-called reform package favours the rich.")
    assert accusations("The opposition said the reform package favours the rich.") == []


def test_saying_a_policy_is_not_working_criticises_it() -> None:
    assert ("disapprove", "said") in accusations("The governor said the federal border policy is not working.")
    assert ("disapprove", "said") in accusations(
        "The envoy said imposing more tariffs is not going to achieve anything.")
    assert accusations("Residents said the lifts were not working.") == []


def test_saying_a_party_failed_a_duty_is_a_complaint_not_a_charge() -> None:
    events = events_of("Pakistan's envoy said the Kabul authorities have failed to address the threat from the TTP.")
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "disapprove")]


@pytest.mark.parametrize(("text", "types"), [("The spokesman said Washington's policy had failed.", ["ACCUSE"]),
                                             ("The spokesman said the ceasefire had failed.", [])])
def test_saying_a_partys_policy_failed_criticises_it(text: str, types: list[str]) -> None:
    assert [e.type for e in events_of(text)] == types
