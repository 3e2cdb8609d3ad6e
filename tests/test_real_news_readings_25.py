"""Readings changed in session 25: people held by the authorities, and a region or a person stripped of a status."""

from __future__ import annotations

import pytest
from product_coder import events_of

pytestmark = pytest.mark.issue(4)


def _coded(text: str) -> list[tuple[str, str | None, str]]:
    return [(event.type, event.mode, event.trigger.text) for event in events_of(text)]


@pytest.mark.parametrize(("text", "trigger"), [
    # the holder is an authority: as the subject of the verb "hold" continues, or as the passive's doer
    ("Police continued to hold Mabika, Chikwati and Mhizha on separate charges.", "hold"),
    ("Dozens of protesters were held by police overnight.", "held"),
    # a detention going on ("is being held"), whoever holds them
    ("Kamto was being held at his house under guard by government police.", "held"),
    # a count of people stays in custody
    ("A total of 18 activists of the Movement for Democratic Change remained behind bars in Harare.", "remained"),
    ("The three men were remanded on charges that they received paramilitary training.", "remanded"),
])
def test_people_held_by_the_authorities_are_detained(text: str, trigger: str) -> None:
    assert ("COERCE", "arrest", trigger) in _coded(text)


@pytest.mark.parametrize("text", [
    "The army held Kherson for eight months.",  # a place held is no detention
    "The summit is being held in Geneva.",
    "He was held in high regard by his colleagues.",
    # people described by where they are (the VOA annotation codes no event for a description)
    "Uyghurs who remain in Thailand's custody are at risk.",
])
def test_holding_a_place_or_an_occasion_is_no_detention(text: str) -> None:
    assert not any(event_type == "COERCE" for event_type, _, _ in _coded(text))


@pytest.mark.parametrize(("text", "trigger"), [
    ("India stripped the region of limited autonomy.", "stripped"),
    ("India stripped Kashmir of its special status.", "stripped"),
    ("Wang had also been deprived of his political rights for five years.", "deprived"),
    ("New Delhi revoked Kashmir's special status in 2019.", "revoked"),
])
def test_a_region_or_a_person_stripped_of_a_status_is_curbed(text: str, trigger: str) -> None:
    assert ("COERCE", "restrict", trigger) in _coded(text)


def test_every_party_listed_in_the_object_phrase_is_a_target() -> None:
    # no role phrase names the target; the first party of the object phrase and those listed after it are
    text = "The United States will cease aid and intelligence sharing with Ukraine and Moldova."
    assert {actor.country for event in events_of(text) for actor in event.target} == {"UKR", "MDA"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The president vowed to take action against those responsible.", "THREATEN"),
    ("Egypt pledged to take measures against smugglers.", "THREATEN"),
    ("The army promised to move against the rebels.", "THREATEN"),
    # a problem acted against is no party threatened; a promise to act is a promise
    ("The minister promised to take steps against corruption.", "AGREE"),
    ("He promised to act quickly on the refugees' requests.", "AGREE"),
])
def test_a_promise_to_act_against_a_party_is_a_threat(text: str, expected: str) -> None:
    assert [event.type for event in events_of(text)][:1] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing sent patrol boats to the islands.", "MOBILIZE"),
    ("Japan dispatched two warships to the Gulf of Aden.", "MOBILIZE"),
    ("Government troops took up positions in the city early Saturday.", "MOBILIZE"),
    ("Hungary turned back hundreds of migrants.", "REJECT"),
    ("The Macedonians are turning back refugees at the border.", "REJECT"),
    # a course of action refused, not a claim denied
    ("The president rejected the idea of going after them with arms.", "REJECT"),
    ("The minister rejected the suggestion to delay the vote.", "REJECT"),
])
def test_rows_added_in_session_25(text: str, expected: str) -> None:
    assert [event.type for event in events_of(text)][:1] == [expected]


def test_rejecting_the_idea_that_something_is_so_is_a_denial() -> None:
    assert "REJECT" not in {event.type for event in events_of("The ministry rejected the idea that talks had failed.")}


@pytest.mark.parametrize("text", [
    "The group challenged the constitutionality of parts of the Criminal Law Act.",
    "The opposition challenged the election results in the Supreme Court.",
])
def test_a_law_or_a_result_challenged_is_a_legal_complaint(text: str) -> None:
    assert [(event.type, event.mode) for event in events_of(text)] == [("ACCUSE", "allege")]


def test_challenging_a_rival_is_no_complaint() -> None:
    assert events_of("He challenged Putin for the leadership.") == []


@pytest.mark.parametrize("text", [
    "Zelensky is being held up as a hero across Europe.",
    "Protesters were held back by police lines.",
    "Putin is being held responsible for the war.",
])
def test_held_up_back_or_responsible_is_no_detention(text: str) -> None:
    assert not any(event_type == "COERCE" for event_type, _, _ in _coded(text))


@pytest.mark.parametrize(("text", "mode"), [
    ("The opposition called for a general strike on Monday.", "strike"),
    ("Chadema called for a peaceful protest as a memorial to its leaders.", "demo"),
])
def test_a_call_for_a_protest_calls_people_out(text: str, mode: str) -> None:
    assert [(event.type, event.mode) for event in events_of(text)] == [("PROTEST", mode)]


def test_a_call_to_end_protests_is_a_request() -> None:
    assert [event.type for event in events_of("The UN called for an end to the protests.")] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "\"Will the Macedonians even let us pass, if they open the border,\" he asked.",
    "I asked: where are you taking us?",
    "Reporters asked whether the talks would resume.",
])
def test_asking_a_question_is_no_request(text: str) -> None:
    assert "REQUEST" not in {event.type for event in events_of(text)}


@pytest.mark.parametrize("text", [
    "India asked Pakistan to arrest and hand over the head of the group.",
    "The government asked for international aid.",
])
def test_asking_someone_to_act_or_for_something_is_a_request(text: str) -> None:
    assert [event.type for event in events_of(text)] == ["REQUEST"]


def test_a_general_strike_ordered_calls_people_out() -> None:
    text = "The party ordered a nationwide general strike that shut down the capital."
    assert [(event.type, event.mode) for event in events_of(text)][:1] == [("PROTEST", "strike")]


def test_pulling_someone_aside_is_a_word_in_private() -> None:
    text = "Kerry pulled aside Iranian Foreign Minister Javad Zarif for about 30 minutes of talks."
    assert [event.type for event in events_of(text)] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "Several thousand people rallied Sunday in Niamey in support of the military regime.",
    "Taxi drivers continued their strike in support of protesters.",
    "They were livestreaming ongoing protests taking place in support of a demonstrator.",
])
def test_the_cause_a_protest_is_held_for_is_part_of_it(text: str) -> None:
    assert [event.type for event in events_of(text)] == ["PROTEST"]


def test_speaking_in_support_of_a_party_is_still_support() -> None:
    assert [event.type for event in events_of("France spoke in support of Ukraine at the summit.")] == ["SUPPORT"]
