"""Issue 4: triggers mined from the NGEC synthetic stories (scripts/mine_trigger_gaps.py) code their type.

The sentences are written for these tests, not taken from any gold set.
"""

from __future__ import annotations

import pytest

import petrel

pytestmark = pytest.mark.issue(4)

PUBLISHED = "2024-05-16"


def coded(text: str, trigger: str) -> tuple[str, str | None]:
    """The type and mode of the one event whose trigger is `trigger`."""
    [event] = [e for e in petrel.code(text, published=PUBLISHED) if e.trigger.text == trigger]
    return event.type, event.mode


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The opposition party filed a lawsuit against the election commission in Harare.", "filed",
     ("ACCUSE", "allege")),
    ("Kenyan prosecutors pressed charges against the former finance minister on Tuesday.", "pressed",
     ("ACCUSE", "allege")),
    ("The journalists' union lodged a complaint against the Egyptian interior ministry.", "lodged",
     ("ACCUSE", "disapprove")),
    ("The former Peruvian president went on trial in Lima on Wednesday.", "went", ("ACCUSE", "allege")),
])
def test_mined_triggers_code_complaints_suits_and_charges_as_accuse(text: str, trigger: str,
                                                                    expected: tuple[str, str]) -> None:
    assert coded(text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Iranian authorities restricted the movement of journalists in Tehran.", "restricted", ("COERCE", "restrict")),
    ("Turkish authorities blocked websites critical of the government on Friday.", "blocked", ("COERCE", "censor")),
    ("Russian hackers breached the network of the Ukrainian energy ministry.", "breached", ("COERCE", "cyber")),
])
def test_mined_triggers_code_restrictions_censorship_and_hacking_as_coerce(text: str, trigger: str,
                                                                          expected: tuple[str, str]) -> None:
    assert coded(text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger"), [
    ("Pakistan increased its troop presence along the Afghan border.", "increased"),
    ("Nigeria put its army on standby after the attacks in Borno.", "put"),
])
def test_mined_triggers_code_readied_forces_as_mobilize(text: str, trigger: str) -> None:
    assert coded(text, trigger) == ("MOBILIZE", "troops")


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Kenyan government backed down on the fuel tax after weeks of pressure.", "backed"),
    ("The Sri Lankan president commuted the sentence of the opposition leader.", "commuted"),
    ("Ethiopia granted autonomy to the Sidama region on Thursday.", "granted"),
])
def test_mined_triggers_code_yielding_as_concede(text: str, trigger: str) -> None:
    assert coded(text, trigger) == ("CONCEDE", None)


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    ("A cease-fire between Azerbaijan and Armenia took effect on Monday.", "cease-fire", "ceasefire"),
    ("Hundreds of ELN fighters surrendered to the Colombian army on Saturday.", "surrendered", "disarm"),
    ("Russian troops pulled out of the Ukrainian city of Kherson.", "pulled", "withdraw"),
    ("Hamas handed over four Israeli hostages to the Red Cross in Gaza.", "handed", "release"),
])
def test_mined_triggers_code_truces_surrenders_and_withdrawals_as_retreat(text: str, trigger: str,
                                                                         mode: str) -> None:
    assert coded(text, trigger) == ("RETREAT", mode)


def test_mined_triggers_read_an_agreed_cease_fire_as_a_concession() -> None:
    """The hyphenated spelling is the one agreed to, like "ceasefire": an announced truce is CONCEDE."""
    assert coded("Israel and Hamas agreed to a cease-fire on Monday.", "agreed") == ("CONCEDE", None)


def test_mined_triggers_code_an_arrest_warrant_issued_as_a_threat_of_arrest() -> None:
    text = "The International Criminal Court issued an arrest warrant for the Sudanese president."
    assert coded(text, "issued") == ("THREATEN", "arrest")


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    ("Thousands of Serbian students took to the streets of Belgrade on Saturday.", "took", "demo"),
    ("Nigerian doctors went on strike over unpaid salaries on Monday.", "went", "strike"),
    ("Indian farmers blocked traffic on the highway to New Delhi.", "blocked", "obstruct"),
])
def test_mined_triggers_code_street_action_as_protest(text: str, trigger: str, mode: str) -> None:
    assert coded(text, trigger) == ("PROTEST", mode)


def test_mined_triggers_leave_backing_a_plan_as_support() -> None:
    """Only "back down" is a concession; "backed the plan" stays SUPPORT."""
    assert coded("Germany backed the French plan for Ukraine on Monday.", "backed")[0] == "SUPPORT"
