"""Issue 4: offers, readiness and promised future cooperation are AGREE; deliberation and requests are not."""

from __future__ import annotations

from datetime import date

import pytest

import petrel
from petrel.model import Event

pytestmark = pytest.mark.issue(4)

PUBLISHED = date(2024, 5, 16)


def coded(text: str) -> list[tuple[str, str, str]]:
    """(type, trigger, factuality) of each event petrel codes in the text."""
    events: list[Event] = petrel.code(text, published=PUBLISHED)
    return [(e.type, e.trigger.text, e.factuality) for e in events]


def types_at(text: str, trigger: str) -> list[str]:
    return [kind for kind, word, _ in coded(text) if word == trigger]


# stated readiness is an offer


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Ethiopia is open to talks with Eritrea.", "talks"),
        ("Peru stands ready to send aid to Ecuador.", "send"),
        ("Japan is prepared to hold talks with China.", "talks"),
    ],
)
def test_agree_readiness_to_cooperate_is_agree(text: str, trigger: str) -> None:
    assert types_at(text, trigger) == ["AGREE"]


def test_agree_readiness_to_yield_is_an_offer_not_a_truce() -> None:
    assert types_at("The rebels are ready for a truce with the army.", "truce") == ["AGREE"]


def test_agree_stated_readiness_is_as_factual_as_its_statement() -> None:
    """The offer happened (Kenya made it); only the aid it offers lies ahead."""
    assert ("AGREE", "send", "reported") in coded("Kenya said it is ready to send aid to Somalia.")


def test_agree_denied_readiness_is_no_offer() -> None:
    assert ("CONSULT", "talks", "negated") in coded("Kenya is not ready to hold talks with Somalia.")


def test_agree_opening_talks_is_an_act_not_readiness() -> None:
    assert ("CONSULT", "talks", "asserted") in coded("Italy opened talks with Libya.")


# a future auxiliary above an infinitive chain, stated intent, a schedule


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("We will try to help Haiti rebuild its ports, the minister said.", "help"),
        ("Brazil will continue to provide aid to Bolivia.", "provide"),
        ("Ghana announced its intention to hold talks with Togo.", "talks"),
        ("Kenya is set to host talks with Somalia next week.", "talks"),
        ("Argentina is going to send aid to Chile.", "send"),
    ],
)
def test_agree_promised_or_scheduled_cooperation_is_agree(text: str, trigger: str) -> None:
    assert types_at(text, trigger) == ["AGREE"]


def test_agree_deliberation_stays_hypothetical() -> None:
    assert ("AID", "sending", "hypothetical") in coded("Chad would study sending aid to Niger.")


def test_agree_what_a_deal_would_allow_is_no_promise() -> None:
    assert "AGREE" not in types_at("The deal would allow Kenya to send troops to help Somalia.", "help")


def test_agree_announced_intention_to_disarm_stays_a_retreat() -> None:
    assert "AGREE" not in types_at("The militia announced its intention to lay down arms.", "lay")
