"""Phrasings of concessions, releases, transfers, joint ventures and verbal attacks that fresh probe sets showed
petrel missing, each read by a lexicon row or a sense rule (not by the text). Headlines and sentences written for
these tests."""

from __future__ import annotations

import pytest

import petrel

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"


def top(text: str) -> tuple[str, str | None] | None:
    events = petrel.code(text, published=PUBLISHED)
    best = max(events, key=lambda e: e.confidence, default=None)
    return None if best is None else (best.type, best.mode)


@pytest.mark.parametrize(("text", "expected"), [
    ("Lithuania Sends Protest Note to Moscow Over Border Incident", ("ACCUSE", "disapprove")),
    ("The ministry restored the licence of the opposition television channel.", ("CONCEDE", None)),
    ("Poland dropped its veto on the EU migration pact on Friday.", ("CONCEDE", None)),
    ("Nigeria reverses petrol price hike after labour protests", ("CONCEDE", None)),
    ("Azerbaijan Returns Captured Armenian Soldiers", ("RETREAT", "release")),
    ("Militia fighters handed over 200 guns to the army in Bunia.", ("RETREAT", "disarm")),
    ("Belarus lets UN rapporteur visit jailed activists", ("RETREAT", "access")),
    ("Egyptian and Saudi state companies open joint fertiliser plant", ("COOPERATE", None)),
    ("Germany Sends More Air Defense Systems to Kyiv", ("AID", None)),
    ("Japan ships 50,000 tonnes of rice to the Philippines", ("AID", None)),
    ("Protesters Deface Monument to Former Dictator in Santiago", ("PROTEST", "riot")),
    ("Senators attack the government's budget plan in Canberra", ("ACCUSE", "disapprove")),
])
def test_phrasings_are_read_as_their_event(text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


@pytest.mark.parametrize("text", [
    "US and Philippine Marines Open Drills With Mock Amphibious Assault",
    "The editors called the closure an attack on press freedom.",
])
def test_staged_or_figurative_attacks_are_no_assault(text: str) -> None:
    assert "ASSAULT" not in [e.type for e in petrel.code(text, published=PUBLISHED)]


def test_an_attack_on_a_place_stays_an_assault() -> None:
    assert top("Rebels attack army base near Goma") == ("ASSAULT", None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mali's junta suspended two of the country's main political parties for six months.", ("COERCE", "restrict")),
    ("Authorities banned all activities of the Islamist movement on Tuesday.", ("COERCE", "restrict")),
    ("The Taliban have barred Afghan women employed by aid agencies from working.", ("COERCE", "restrict")),
    ("Soldiers blocked ambulances from reaching the wounded.", ("COERCE", "restrict")),
    ("A court in Minsk ordered the closure of the independent newspaper on Tuesday.", ("COERCE", "censor")),
    ("Police recovered three rifles and ammunition from the hideout.", ("COERCE", "seize")),
    ("Russia cancelled 300 million dollars of Kyrgyzstan's debt.", ("AID", None)),
])
def test_domestic_curbs_closures_seizures_and_debt_relief(text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


def test_suspending_aid_to_a_state_stays_a_sanction() -> None:
    assert top("The United States suspended military aid to Niger.") == ("SANCTION", "discontinue")


@pytest.mark.parametrize("text", [
    "Chad recalled its ambassador from Khartoum for consultations on Monday.",
    "The opposition leader was barred from attending the trial of his deputy.",
])
def test_formulas_and_attendance_are_no_meeting(text: str) -> None:
    assert "CONSULT" not in [e.type for e in petrel.code(text, published=PUBLISHED)]


def test_a_deployment_named_beside_the_sending_is_one_event() -> None:
    text = "Uganda has sent special forces to Juba, the army chief said, in a deployment Juba initially denied."
    assert [e.type for e in petrel.code(text, published=PUBLISHED)] == ["MOBILIZE"]


def coded(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.type, [a.country for a in e.source], [a.country for a in e.target])
            for e in petrel.code(text, published=PUBLISHED)]


def test_a_refused_request_whose_maker_is_named_is_coded_with_the_refuser_as_its_target() -> None:
    text = "Iran rejected a request from the International Atomic Energy Agency to restore surveillance cameras."
    events = coded(text)
    assert [t for t, _, _ in events] == ["REJECT", "REQUEST"]
    assert events[1][2] == ["IRN"]


def test_a_refused_call_with_no_maker_is_only_the_refusal() -> None:
    assert [t for t, _, _ in coded("The army chief rejected calls for talks with the rebels.")] == ["REJECT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Morocco formally recognises Somaliland", ("SUPPORT", None)),
    ("EU Agrees New Sanctions on Iranian Officials", ("SANCTION", "discontinue")),
    ("Activist jailed for four years over protest posts", ("SANCTION", "convict")),
    ("Kenya transfers two terror suspects to Uganda", ("COOPERATE", None)),
    ("Chad and Sudan restore ambassadors after year-long rift", ("SUPPORT", None)),
    ("Senegalese Parliament Approves Defence Pact With Gambia", ("SUPPORT", None)),
    ("Qatar airlifts food and medicine to quake-hit Afghanistan", ("AID", None)),
    ("Italy Deploys Military Trainers to Niger", ("AID", None)),
    ("Russia moves nuclear warheads closer to the border", ("MOBILIZE", "weapons")),
    ("Thailand and Malaysia resume joint border training", ("COOPERATE", None)),
])
def test_headline_phrasings_of_support_aid_and_force(text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


def test_arrests_made_in_raids_are_two_acts() -> None:
    text = "Police arrested 14 women's rights activists in raids on homes in Tehran over the weekend."
    assert [(e.type, e.mode) for e in petrel.code(text, published=PUBLISHED)] == \
        [("COERCE", "arrest"), ("COERCE", "seize")]


def test_ordering_the_press_to_stop_is_censorship_and_ordering_a_government_a_demand() -> None:
    assert top("Authorities ordered television stations to stop live coverage of the protests.") == \
        ("COERCE", "censor")
    assert top("The High Court ordered the government to suspend the deployment of police officers.")[0] == "REQUEST"


@pytest.mark.parametrize("text", [
    'The election commission barred the party from the ballot, a decision its spokesman called "a murder of '
    'democracy."',
    'Senators from all parties called the idea "an affront to sovereignty."',
    'Belgrade called the move "an act of ethnic cleansing".',
    'The spokesman dismissed the resolution, calling it "politically motivated" and "unconstructive."',
])
def test_an_act_called_by_a_condemning_name_is_condemned(text: str) -> None:
    events = petrel.code(text, published=PUBLISHED)
    assert ("ACCUSE", "disapprove") in [(e.type, e.mode) for e in events]
    assert "ASSAULT" not in [e.type for e in events]


def test_a_state_named_before_a_generic_institution_owns_it() -> None:
    [refusal, request] = petrel.code("Mexico's Senate rejected a U.S. request on Wednesday.", published=PUBLISHED)
    assert (refusal.type, [a.country for a in refusal.source]) == ("REJECT", ["MEX"])
    assert [a.country for a in request.source] == ["USA"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moscow has moved air-defense systems and several thousand troops into the Belgorod region.",
     ("MOBILIZE", "troops")),
    ("The army said it had called up two reserve brigades for operations along the border.", ("MOBILIZE", "troops")),
    ("Russian forces have been fortifying positions along the river.", ("MOBILIZE", "troops")),
    ("Pyongyang paraded new long-range missiles through the capital on Thursday.", ("MOBILIZE", "weapons")),
    ("Qatar brokered a temporary ceasefire between the army and the rebels.", ("CONCEDE", None)),
])
def test_forces_moved_called_up_dug_in_or_paraded_and_truces_brokered(
        text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


def test_taking_over_from_a_group_is_no_seizure() -> None:
    assert petrel.code("The corps, which took over from the Wagner Group, has 2,000 men in Mali.",
                       published=PUBLISHED) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Azerbaijan said it would not attend talks in Washington next month.", ("REJECT", None)),
    ("Officials said Pakistan would not resume trade with India.", ("REJECT", None)),
    ("Officials said Pakistan would resume trade with India next month.", ("AGREE", None)),
    ("Niger's junta ordered the remaining EU military advisers to leave the country within 30 days.",
     ("SANCTION", "expel")),
    ("The president ordered the army into the streets after a wave of prison riots.", ("MOBILIZE", "troops")),
])
def test_refusals_to_come_expulsions_of_advisers_and_troops_ordered_out(
        text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


@pytest.mark.parametrize("text", [
    "About 1.4 million people had sought refuge in Rafah, the United Nations estimates.",
    "The militia pledged allegiance to the Islamic State years ago.",
    "The government pressed ahead with its budget on Tuesday.",
])
def test_refuge_allegiance_and_pressing_ahead_are_no_requests_or_promises(text: str) -> None:
    assert [e.type for e in petrel.code(text, published=PUBLISHED)] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebel Group Signals Readiness to End Fighting", ("AGREE", None)),
    ("Azerbaijan begins supplying gas to Syria under new pipeline deal", ("COOPERATE", None)),
    ("Egyptian Military Trainers, Arms Shipment Arrive in Mogadishu", ("AID", None)),
    ("Chile Sends Firefighting Aircraft to Help Argentina Battle Blazes", ("AID", None)),
    ("Army Special Forces Free 25 Hostages Held by Gunmen in Katsina", ("AID", None)),
    ("The rebels freed 30 hostages on Sunday.", ("RETREAT", "release")),
    ("Iran Warns of Merciless Strikes Over Joint Naval Drills", ("THREATEN", "restrict")),
])
def test_willingness_trade_aid_rescues_and_menacing_warnings(text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


def test_guns_falling_silent_are_no_attack() -> None:
    assert top("Truce Takes Effect in Darfur as Guns Fall Silent") == ("RETREAT", "ceasefire")


@pytest.mark.parametrize(("text", "expected"), [
    ("The World Food Programme began distributing flour to 30,000 families on Monday.", ("AID", None)),
    ("Japan flew 40 tonnes of tents and blankets to Nepal on Wednesday.", ("AID", None)),
    ("The EU released 50 million euros in humanitarian aid for flood-hit communities.", ("AID", None)),
    ("Navy commandos boarded the ship and freed all 19 crew members.", ("AID", None)),
    ("Kenya handed over two opposition activists to Ugandan authorities.", ("COOPERATE", None)),
    ("China and Kyrgyzstan resumed freight traffic through the pass on Monday.", ("COOPERATE", None)),
    ("The state oil company began pumping crude to the German refinery.", ("COOPERATE", None)),
])
def test_relief_distributed_or_flown_rescues_and_trade_in_practice(
        text: str, expected: tuple[str, str | None]) -> None:
    assert expected in [(e.type, e.mode) for e in petrel.code(text, published=PUBLISHED)]


@pytest.mark.parametrize(("text", "expected"), [
    ("China said it would lift anti-dumping duties on Australian barley from next month.", ("CONCEDE", None)),
    ("Canada lifted visa requirements for Mexican tourists on Monday.", ("CONCEDE", None)),
    ("Both sides had shown readiness to finalize a border agreement, the mediator said.", ("AGREE", None)),
    ("The army raised its combat readiness along the border.", ("MOBILIZE", "troops")),
])
def test_duties_and_visa_rules_lifted_and_readiness_of_two_kinds(text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters blocked the avenue outside parliament overnight.", [("PROTEST", "obstruct")]),
    ("Soldiers blocked the road into the town on Monday.", [("COERCE", "restrict")]),
    ("A Moscow court ordered the arrest in absentia of the exiled politician.", [("THREATEN", "arrest")]),
    ("Forces killed 12 militants in an overnight raid on a hideout.", [("ASSAULT", None)]),
    ("Security forces detained the campaign manager on Saturday, the latest in a string of arrests.",
     [("COERCE", "arrest")]),
])
def test_roads_blocked_by_whom_arrests_in_absentia_raids_that_kill_and_series(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(e.type, e.mode) for e in petrel.code(text, published=PUBLISHED)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran warned that any attack on its nuclear sites would trigger a crushing response.", ["THREATEN"]),
    ("The Treasury warned that banks dealing with them could face penalties.", ["THREATEN"]),
    ("Experts warned that the economy could shrink next year.", []),
    ("The truckers' union rejected the deal and vowed to keep protesting.", ["REJECT", "THREATEN"]),
])
def test_warnings_of_responses_or_penalties_and_vows_to_protest_threaten(text: str, expected: list[str]) -> None:
    assert [e.type for e in petrel.code(text, published=PUBLISHED)] == expected


def test_charges_named_as_the_grounds_of_an_arrest_are_an_accusation() -> None:
    text = "Russian-installed authorities detained a local journalist on charges of spying for Kyiv."
    assert [(e.type, e.mode) for e in petrel.code(text, published=PUBLISHED)] == \
        [("COERCE", "arrest"), ("ACCUSE", "allege")]
