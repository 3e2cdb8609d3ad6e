"""Recall on real news: requests, refusals, meetings and support worded in ways the main lexicon rows miss (issue 4).

Sentences written for these tests; each phrasing is checked against a near twin that must not be coded so.
"""

from __future__ import annotations

import pytest
from rule_coder import triggers_coded as coded
from rule_coder import types_at

pytestmark = pytest.mark.issue(4)


def test_calling_for_a_party_to_act_is_a_request_whose_act_is_its_content() -> None:
    assert coded("The opposition called for the government to resign.") == [("REQUEST", "yield", "called")]
    assert coded("The UN has called for both sides to return to talks.") == [("REQUEST", "meet", "called")]


def test_being_called_to_something_is_no_request() -> None:
    assert types_at("The minister was called to testify before the committee.", "called") == []


def test_bringing_ministers_together_is_a_meeting() -> None:
    assert ("CONSULT", "multilateral", "brought") in coded(
        "Canada brought together foreign ministers from twelve countries.")
    assert types_at("Canada brought the trade figures to the committee.", "brought") == []


def test_telling_a_council_is_consulting_it_but_telling_reporters_is_not() -> None:
    assert types_at("The envoy told the Security Council that aid convoys were blocked.", "told") == ["CONSULT"]
    assert types_at("The envoy told reporters that aid convoys were blocked.", "told") == []


def test_stopping_implementing_commitments_refuses_them() -> None:
    assert types_at("In 2021 Iran stopped implementing its commitments under the accord.", "stopped") == ["REJECT"]
    assert types_at("The factory stopped producing cars in 2021.", "stopped") == []


def test_going_along_with_a_deal_approves_it() -> None:
    assert types_at("The opposition has gone along with the government's budget plan.", "gone") == ["SUPPORT"]
    assert types_at("The opposition has gone to the capital.", "gone") == []


def test_what_a_refusal_fears_is_not_what_it_refuses() -> None:
    assert ("REJECT", None, "turned") in coded(
        "Officials said Thailand turned them down for fear that China might retaliate.")


def test_reopening_to_tourists_eases_a_restriction() -> None:
    assert types_at("Thailand will reopen to foreign tourists next month.", "reopen") == ["CONCEDE"]
    assert types_at("The museum will reopen next month after repairs.", "reopen") == []
