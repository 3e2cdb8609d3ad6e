"""Readings that session 12's sets of real news sentences (labelled by hand, kept outside the repository) showed
petrel missing or misreading: meetings dated ahead of the report, medical "attacks" and storms that "hit", forces
sent into the streets, acts a statement condemns by an adjective, and home bodies suspended in the passive. Each is
read by a rule on the parse, not by the text; the sentences here are written for these tests."""

from __future__ import annotations

import pytest

import petrel

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"


def coded(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in petrel.code(text, published=PUBLISHED)]


def types(text: str) -> set[str]:
    return {e.type for e in petrel.code(text, published=PUBLISHED)}


@pytest.mark.parametrize("text", [
    "Their release on Wednesday comes before a visit to Nairobi later this month by the French president.",
    "Officials said the talks between the two governments were set to resume next week in Doha.",
    "The upcoming summit of Gulf leaders will be the first since the blockade was lifted.",
])
def test_a_meeting_dated_ahead_of_the_report_is_planned_cooperation(text: str) -> None:
    assert "AGREE" in types(text)
    assert "CONSULT" not in types(text)


@pytest.mark.parametrize("text", [
    "The two foreign ministers held talks in Ankara last week.",
    "The president's visit to Nairobi last month ended with a trade deal.",
])
def test_a_meeting_already_held_stays_a_consultation(text: str) -> None:
    assert "CONSULT" in types(text)


@pytest.mark.parametrize("text", [
    "The former president died after a heart attack earlier this week.",
    "The senator was taken to hospital after suffering a panic attack on Monday.",
    "Goni is the ninth storm to hit the Philippines this year.",
    "Typhoon Haiyan, one of the strongest storms ever to hit land, swept across the central Philippines.",
])
def test_illness_and_storms_are_no_assault(text: str) -> None:
    assert "ASSAULT" not in types(text)


def test_an_attack_by_a_party_is_still_an_assault() -> None:
    assert "ASSAULT" in types("Militants attacked an army post near the border on Sunday, killing four soldiers.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Riot police took to the streets of the capital in large numbers on Saturday.", ("MOBILIZE", "police")),
    ("Soldiers took to the streets of Bamako after the announcement.", ("MOBILIZE", "troops")),
])
def test_forces_taking_to_the_streets_are_deployed_not_protesting(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in coded(text)
    assert "PROTEST" not in types(text)


def test_crowds_taking_to_the_streets_protest() -> None:
    assert ("PROTEST", "demo") in coded("Thousands of students took to the streets of the capital on Saturday.")


@pytest.mark.parametrize("text", [
    'Kyiv "is carrying out criminal and irresponsible provocations," the Russian foreign ministry spokeswoman said.',
    'The envoy said the activists were freed after enduring "lengthy, unjust detentions."',
])
def test_a_statement_naming_an_act_by_a_condemning_adjective_condemns_it(text: str) -> None:
    assert ("ACCUSE", "disapprove") in coded(text)


@pytest.mark.parametrize("text", [
    '"We strongly reject the baseless allegations made by Pakistan," the Indian spokesman told reporters.',
    "Officials said 40 illegal migrants were detained at the border crossing.",
])
def test_baseless_claims_and_illegal_migrants_condemn_no_one(text: str) -> None:
    assert "ACCUSE" not in types(text)


def test_home_bodies_suspended_in_the_passive_are_curbed() -> None:
    text = "The activities of political parties are suspended across the whole country, a government spokesman said."
    assert ("COERCE", "restrict") in coded(text)
    assert "SANCTION" not in types(text)


@pytest.mark.parametrize("text", [
    "The air force said the country's air defenses shot down 13 of the 19 drones overnight.",
    "The defense ministry said it destroyed five Ukrainian drones over the Belgorod region.",
    "Five drones and two rockets were intercepted over the border region, the ministry said.",
])
def test_projectiles_brought_down_in_numbers_are_no_attack_by_the_defender(text: str) -> None:
    assert types(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("The rebels said they had shot down an army helicopter over the province.", "ASSAULT"),
    ("Russian forces launched 87 drones at Ukraine overnight, and air defenses shot down 71 of them.", "ASSAULT"),
    ("The navy intercepted a boat carrying 48 migrants off the island.", "COERCE"),
])
def test_an_aircraft_downed_an_attack_launched_and_a_boat_stopped_are_still_coded(text: str, expected: str) -> None:
    assert [e.type for e in petrel.code(text, published=PUBLISHED)].count(expected) == 1


def test_a_death_in_custody_tells_no_arrest() -> None:
    assert "COERCE" not in types("The dissident died in custody at a penal colony late last week.")


@pytest.mark.parametrize("text", [
    "A court sentenced two journalists to two years in prison on charges of orchestrating demonstrations.",
    "The activist was arrested on suspicion of organizing an unauthorized protest, according to police.",
])
def test_the_act_a_charge_alleges_is_no_event_of_its_own(text: str) -> None:
    assert "PROTEST" not in types(text)
    assert types(text) & {"COERCE", "SANCTION"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels battled government troops in the north on Sunday.", ("ASSAULT", None)),
    ("The army and the paramilitary force have continued to battle each other for control of the capital.",
     ("ASSAULT", None)),
    ("Two soldiers died in a gun battle with smugglers near the border.", ("ASSAULT", "firearms")),
    ("Heavy gunfire was heard in the capital overnight, residents said.", ("ASSAULT", "firearms")),
    ("A security official said the militants used small arms and hand grenades.", ("ASSAULT", "explosives")),
])
def test_battles_gunfire_and_weapons_used_are_fighting(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "The former president lost a long legal battle over his pension.",
    "Firefighters battled blazes across the state for a third day.",
    "The central bank is battling inflation with higher interest rates.",
])
def test_battles_in_court_against_fire_or_inflation_are_no_fighting(text: str) -> None:
    assert "ASSAULT" not in types(text)


def test_police_capturing_a_suspect_arrest_him() -> None:
    assert ("COERCE", "arrest") in coded("Federal police captured the drug lord on Friday after a gun battle.")
    assert ("ASSAULT", "abduct") in coded("Militants captured three soldiers in an ambush on Friday.")


def test_a_toll_in_two_listed_fights_is_one_act() -> None:
    text = "Five soldiers were also killed in the attack and the ensuing battle with militants."
    assert [e.type for e in petrel.code(text, published=PUBLISHED)] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    'The U.N. chief said he was "shocked" by Budapest\'s actions at the border.',
    "The minister said she was outraged at the killing of the protesters.",
    "The refugee agency's director expressed shock and anger that displaced people had been targeted.",
    'The president called the assailants "forces of evil."',
])
def test_reproach_felt_at_an_act_and_evil_named_condemn(text: str) -> None:
    assert ("ACCUSE", "disapprove") in coded(text)


@pytest.mark.parametrize("text", [
    "Residents were shocked by the earthquake that struck before dawn.",
    "Voters are angry about rising food prices.",
])
def test_reproach_at_a_disaster_or_prices_condemns_no_one(text: str) -> None:
    assert "ACCUSE" not in types(text)


@pytest.mark.parametrize("text", [
    "Police clashed on Wednesday with protesters calling for the president to step down.",
    "Thousands of opposition protesters remain camped outside the prime minister's office, demanding his resignation.",
    "Police arrested more than 100 protesters who were calling for elections to be held this year.",
    "Several carried banners calling for a revolution.",
])
def test_a_demand_voiced_by_a_protest_is_no_request_of_its_own(text: str) -> None:
    assert "REQUEST" not in types(text)


@pytest.mark.parametrize("text", [
    "Protesters are calling for a new unity government.",
    "Opposition leaders called for the president to resign.",
])
def test_a_demand_stated_as_the_news_is_a_request(text: str) -> None:
    assert "REQUEST" in types(text)


@pytest.mark.parametrize("text", [
    "Tens of thousands rallied in the capital, with calls for the president to resign.",
    "The opposition leader wants her to resign to pave the way for a caretaker government.",
    "The general strike is meant to pressure the prime minister to quit.",
])
def test_a_resignation_pressed_for_is_not_one_made(text: str) -> None:
    assert "RETREAT" not in types(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The army forced the general to resign.", "RETREAT"),
    ("The minister announced he would resign next week.", "CONCEDE"),
    ("Beginning in 2019, the government pushed to loosen visa rules for foreign workers.", "CONCEDE"),
])
def test_a_resignation_forced_or_promised_and_an_easing_sought_are_coded(text: str, expected: str) -> None:
    assert expected in types(text)


@pytest.mark.parametrize("text", [
    "Each side blamed the other for violating a two-decade-old cease-fire.",
    "Fighting broke out in June 2011, ending a 17-year cease-fire.",
    "The victims' identities have not been released pending notification of their families.",
    "Children pulled from the rubble are being treated at a field hospital.",
])
def test_a_truce_in_force_and_names_or_survivors_released_are_no_retreat(text: str) -> None:
    assert "RETREAT" not in types(text)


@pytest.mark.parametrize("text", [
    "The administration on Monday announced $425 million in new military aid for Ukraine.",
    "Toward that goal, the United States announced nearly $50 million in new humanitarian assistance.",
])
def test_aid_announced_is_promised(text: str) -> None:
    assert ("AGREE", None) in coded(text)
    assert "AID" not in types(text)


def test_numbers_not_provided_are_no_aid() -> None:
    assert types("He said civilians had been displaced but did not provide exact numbers.") == set()


def test_what_a_party_is_committed_to_doing_is_its_promise() -> None:
    text = "The U.S. remains deeply and actively committed to supporting regional efforts to end the violence."
    assert [e.type for e in petrel.code(text, published=PUBLISHED)] == ["AGREE"]


def test_sanctions_a_bill_would_impose_are_threatened() -> None:
    text = "A group of senators has introduced a bill that would impose drastic new sanctions on Russia."
    assert ("THREATEN", "restrict") in coded(text)
    assert "SANCTION" not in types(text)
    assert "SANCTION" in types("The Senate passed a bill imposing sanctions on Iran.")


@pytest.mark.parametrize(("text", "expected"), [
    ("The administration proposed raising tariffs on $200 billion of Chinese goods.", ("THREATEN", "restrict")),
    ("The army said on Thursday that it will deliver a harsh response to the attack.", ("THREATEN", "violence")),
    ("Officials say security forces have doubled security in the city.", ("MOBILIZE", "police")),
])
def test_measures_proposed_responses_promised_and_security_doubled(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Thirteen inmates have been recaptured, the prison service said.", ("COERCE", "arrest")),
    ("Ukraine recaptured the city of Kherson last November.", ("ASSAULT", None)),
    ("A radio station in the east was taken off the air for broadcasting the arrest.", ("COERCE", "censor")),
])
def test_people_recaptured_are_arrested_and_a_station_taken_off_the_air_censored(
        text: str, expected: tuple[str, str | None]) -> None:
    assert expected in coded(text)


def test_an_assurance_given_is_a_promise() -> None:
    assert ("AGREE", None) in coded("The president gave his assurance that his troops will not violate the agreement.")


def test_aid_said_to_be_needed_is_asked_for() -> None:
    assert ("REQUEST", "assist") in coded('"Families in the region need aid now," the agency said on Twitter.')


@pytest.mark.parametrize("text", [
    "Police declared the opposition rally illegal on Friday.",
    "But the police said the protest was illegal.",
])
def test_an_authority_declaring_a_gathering_unlawful_curbs_it(text: str) -> None:
    assert ("COERCE", "restrict") in coded(text)
    assert "ACCUSE" not in types(text)


def test_a_critic_calling_an_act_illegal_condemns_it() -> None:
    assert ("ACCUSE", "disapprove") in coded("Rights groups said the arrests were illegal.")


@pytest.mark.parametrize("text", [
    "He said they avoided discussing the political crisis in the neighbouring country.",
    "Two rockets struck a base south of Baghdad hosting coalition troops and NATO trainers.",
])
def test_talks_avoided_and_a_base_hosting_troops_are_no_meeting(text: str) -> None:
    assert "CONSULT" not in types(text)


def test_protesters_met_by_police_face_forces_not_a_meeting() -> None:
    text = "The rally started peacefully until the protesters were met by city police in combat gear."
    assert ("MOBILIZE", "police") in coded(text)
    assert "CONSULT" in types("The president was met by the prime minister at the airport.")


@pytest.mark.parametrize("text", [
    '"This is not acceptable for the Georgian public," the opposition lawmaker said.',
    '"It is a big shame that the government has made this possible," the lawmaker said.',
    'The prime minister has previously called the demonstrators "looters."',
    "A White House spokesperson responded by expressing disappointment with Iran's response.",
])
def test_shame_unacceptability_looters_and_disappointment_condemn(text: str) -> None:
    assert ("ACCUSE", "disapprove") in coded(text)


def test_blame_pointed_alleges() -> None:
    assert ("ACCUSE", "allege") in coded("Turkey is pointing blame for a bombing in its capital.")


def test_a_protest_rejected_is_a_refusal_and_sanctions_rejected_are_condemned() -> None:
    assert ("REJECT", None) in coded("Japan's ambassador rejected the protest and urged Beijing to protect shops.")
    assert ("ACCUSE", "disapprove") in coded("Moscow rejected the new EU sanctions on its banks.")
