"""Readings that session 13's sets of real news sentences (labelled by hand, kept outside the repository) showed
petrel missing or misreading: force named by its act (shoving, ramming, water cannon unleashed), people whisked off
or taken away by those who hold them, legislatures dissolved. The sentences here are written for these tests."""

from __future__ import annotations

import pytest

import petrel

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"


def coded(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in petrel.code(text, published=PUBLISHED)]


def types(text: str) -> set[str]:
    return {e.type for e in petrel.code(text, published=PUBLISHED)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Coast guard ships unleashed water cannon on a fishing boat near the shoal.", ("ASSAULT", "crowd-control")),
    ("Officers shoved the students outside the parliament.", ("ASSAULT", "beat")),
    ("Detainees said they were brutalized by prison guards.", ("ASSAULT", "beat")),
    ("A navy vessel rammed the supply boat on Saturday.", ("ASSAULT", "beat")),
    ("Soldiers fired in the air to scatter the crowd.", ("ASSAULT", "crowd-control")),
    ("Militants set off a bomb outside the police station.", ("ASSAULT", "explosives")),
    ("The army crushed the uprising within a week.", ("ASSAULT", None)),
])
def test_force_named_by_its_act_is_an_assault(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "The ruling party rammed the budget through parliament.",
])
def test_idioms_of_force_are_no_assault(text: str) -> None:
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize("text", [
    "Men in uniform whisked off three reporters to an unknown location.",
    "Witnesses said the protesters were taken away by soldiers.",
])
def test_people_whisked_off_or_taken_away_are_arrested(text: str) -> None:
    assert ("COERCE", "arrest") in coded(text)


@pytest.mark.parametrize("text", [
    "The military government dissolved the Senate on Saturday.",
    "The junta ordered the suspension of all political activities.",
])
def test_a_legislature_dissolved_or_politics_suspended_is_curbed(text: str) -> None:
    assert ("COERCE", "restrict") in coded(text)
    assert "REQUEST" not in types(text)


@pytest.mark.parametrize("text", [
    "Two coast guard vessels entered Japanese waters early on Friday.",
    "Beijing sent a group of ships near the disputed island chain.",
    "Two strategic bombers were dispatched from Guam.",
])
def test_forces_moved_by_sea_or_air_are_mobilised(text: str) -> None:
    assert ("MOBILIZE", "weapons") in coded(text)


def test_a_missile_launched_off_a_coast_is_a_test_not_an_attack() -> None:
    assert coded("Pyongyang launched a ballistic missile off its east coast on Tuesday.") == [("MOBILIZE", "weapons")]
    assert "ASSAULT" in types("Pyongyang launched a ballistic missile at a city in the south on Tuesday.")


@pytest.mark.parametrize("text", [
    "The president did not rule out the use of military force to take the island.",
    "Israel refuses to rule out military action against the nuclear sites.",
])
def test_force_not_ruled_out_is_a_threat(text: str) -> None:
    events = petrel.code(text, published=PUBLISHED)
    assert [(e.type, e.mode, e.factuality) for e in events] == [("THREATEN", "violence", "asserted")]


def test_talks_ruled_out_stay_a_refusal() -> None:
    assert types("The government ruled out talks with the rebels.") == {"REJECT"}
    assert types("The government refused to rule out talks with the rebels.") == {"REJECT"}


@pytest.mark.parametrize("text", [
    "The prime minister said his country will respond sternly to any attack from the North.",
    "Putin said Moscow would respond in kind if the alliance deployed troops on its border.",
    "\"This crime will not go unpunished,\" the president said.",
    "\"The perpetrators will be brought to justice,\" the interior minister said.",
])
def test_a_stern_response_or_punishment_promised_is_a_threat(text: str) -> None:
    assert "THREATEN" in types(text)


def test_a_response_with_no_manner_is_no_threat() -> None:
    assert "THREATEN" not in types("The ministry said it will respond to the letter next week.")


@pytest.mark.parametrize("text", [
    "An appeals court on Friday upheld the three-year prison sentence for two journalists.",
    "A court has handed lengthy prison terms to eleven activists.",
    "The defendants were found guilty of rioting and sentenced to five years in prison.",
])
def test_a_prison_sentence_handed_down_or_upheld_convicts_and_jails(text: str) -> None:
    assert {("SANCTION", "convict"), ("COERCE", "arrest")} <= set(coded(text))


@pytest.mark.parametrize("text", [
    "The government used troops to block marches by opposition groups.",
    "Soldiers blocked demonstrators marching toward the palace.",
])
def test_forces_blocking_a_gathering_curb_it(text: str) -> None:
    assert ("COERCE", "restrict") in coded(text)
    assert "REJECT" not in types(text)


def test_a_resolution_blocked_stays_a_refusal() -> None:
    assert "REJECT" in types("Russia blocked a Security Council resolution on the ceasefire.")


def test_those_an_arrest_befell_are_no_new_arrest() -> None:
    story = ("Police detained four opposition leaders on Monday. Those detained include the former speaker of "
             "parliament.")
    assert [e.trigger.text for e in petrel.code(story, published=PUBLISHED)] == ["detained"]


def test_a_toll_among_those_killed_is_still_coded() -> None:
    story = ("Gunmen attacked a bus near the border on Monday. Three soldiers were among those killed in the "
             "attack.")
    assert [e.type for e in petrel.code(story, published=PUBLISHED)].count("ASSAULT") == 2


def test_a_missile_intercepted_is_an_attack_fended_off() -> None:
    events = petrel.code("Israel said it intercepted a missile fired from Yemen.", published=PUBLISHED)
    assert [(e.type, e.trigger.text) for e in events] == [("ASSAULT", "fired")]
    assert ("COERCE", "seize") in coded("The navy intercepted a boat carrying weapons for the rebels.")


@pytest.mark.parametrize("text", [
    "The foreign ministry issued a strong protest against the landing.",
    "Manila conveyed its strong protest against the actions of the coast guard.",
    "The nuclear test drew strong protests from Seoul and Tokyo.",
])
def test_a_strong_or_formal_protest_is_a_complaint(text: str) -> None:
    assert ("ACCUSE", "disapprove") in coded(text)
    assert "PROTEST" not in types(text)


def test_a_street_protest_stays_a_protest() -> None:
    assert ("PROTEST", "demo") in coded("Thousands of farmers staged a protest in the capital.")


@pytest.mark.parametrize("text", [
    "The United States on Monday ordered 60 Russian diplomats it accuses of being spies to leave the country.",
    "The administration has ordered two Russian diplomats expelled from the country.",
])
def test_envoys_ordered_out_are_expelled(text: str) -> None:
    assert ("SANCTION", "expel") in coded(text)
    assert "REQUEST" not in types(text)


@pytest.mark.parametrize("text", [
    "A security official who requested not to be identified told reporters the militants used grenades.",
    "The villagers buried the dead that evening, he said, asking not to use his name.",
    "A teacher, who asked for anonymity, said the school had been closed.",
    "The agreement calls for the ceasefire to take effect within 24 hours.",
])
def test_anonymity_asked_and_terms_of_a_text_are_no_request(text: str) -> None:
    assert "REQUEST" not in types(text)


def test_a_party_calling_for_an_act_is_still_a_request() -> None:
    assert "REQUEST" in types("The minister asked the United States not to deport the refugees.")


@pytest.mark.parametrize("text", [
    "The journalist has been in custody since Feb. 24 over accusations of incitement.",
    "Rights groups say all eight remain in Thai custody.",
    "Abdalla Hamdok remains under house arrest in his residence.",
])
def test_people_kept_in_custody_are_held(text: str) -> None:
    assert ("COERCE", "arrest") in coded(text)


def test_people_caught_by_a_state_are_arrested_but_fire_caught_is_no_event() -> None:
    assert ("COERCE", "arrest") in coded("Thailand caught more than 300 Uyghurs entering the country illegally.")
    assert coded("The parliament building caught fire on Monday.") == []
    assert coded("Civilians were caught in the crossfire.") == []


@pytest.mark.parametrize("text", [
    "Erdogan visited the area on Wednesday.",
    "The prime minister spoke while visiting the border island of Yeonpyeong.",
    "The president toured the flooded region on Monday.",
])
def test_a_leader_touring_a_place_at_home_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in types(text)


@pytest.mark.parametrize("text", [
    "Putin visited China in May.",
    "Blinken visited a refugee camp in Jordan.",
])
def test_a_visit_abroad_stays_a_consultation(text: str) -> None:
    assert ("CONSULT", "visit") in coded(text)


@pytest.mark.parametrize("text", [
    "The United Nations put the death toll at 184.",
    "New Zealand captured a two-thirds majority in the first round of voting.",
])
def test_tolls_counted_and_majorities_won_are_no_assault(text: str) -> None:
    assert "ASSAULT" not in types(text)


def test_an_execution_and_a_capture_stay_assaults() -> None:
    assert ("ASSAULT", "targeted") in coded("The regime put the dissident to death.")
    assert ("ASSAULT", "abduct") in coded("Rebels captured two soldiers near the border.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Algeria is cutting diplomatic relations with Morocco, the foreign minister said.", ("SANCTION", "discontinue")),
    ("The United States is adding four Chinese companies to an export blacklist.", ("SANCTION", "discontinue")),
    ("Last month, Japan restricted exports of high-technology materials to South Korea.", ("SANCTION", "discontinue")),
])
def test_relations_cut_blacklists_and_export_curbs_are_sanctions(text: str, expected: tuple[str, str]) -> None:
    assert expected in coded(text)


def test_a_visa_revoked_and_recognition_withheld_are_refusals() -> None:
    assert "REJECT" in types("The United States has revoked the visa of the chief prosecutor.")
    assert "REJECT" in types("Borrell said Brussels does not recognize Lukashenko as the legitimate president.")
    assert "REJECT" not in types("He said Indonesia does not recognize dog meat as edible.")


@pytest.mark.parametrize(("text", "mode"), [
    ("Police moved into the square after dawn.", "police"),
    ("Military vehicles moved into Cairo and other cities.", "troops"),
    ("Russian tanks rolled into the city on Thursday.", "troops"),
])
def test_forces_moving_into_a_place_are_deployed(text: str, mode: str) -> None:
    assert ("MOBILIZE", mode) in coded(text)


@pytest.mark.parametrize("text", ["The company moved into new offices.", "The economy moved into recession."])
def test_others_moving_into_a_place_are_no_event(text: str) -> None:
    assert coded(text) == []


@pytest.mark.parametrize("text", [
    "Two more Tibetans set themselves on fire to protest Beijing's policies.",
    "A monk set himself on fire in front of a government office.",
])
def test_self_immolation_is_a_protest_not_a_riot(text: str) -> None:
    assert coded(text) == [("PROTEST", None)]


def test_property_ransacked_by_protesters_is_a_riot() -> None:
    assert ("PROTEST", "riot") in coded("The protesters ransacked a petrol station in the capital.")
    assert coded("Rioters set the police station on fire.") == [("PROTEST", "riot")]


@pytest.mark.parametrize("text", [
    "We strongly encourage the government of Israel to take immediate steps to hold these individuals accountable.",
    "U.S. officials encouraged Tehran to come prepared to make a more detailed offer.",
])
def test_encouraging_a_government_to_act_is_a_request(text: str) -> None:
    assert "REQUEST" in types(text)


@pytest.mark.parametrize("text", [
    "China's leaders are going all out to encourage AI companies to harness the technology.",
    "Encouraged by the reception to its platform, the firm expanded abroad.",
])
def test_encouragement_of_business_or_by_news_is_no_request(text: str) -> None:
    assert "REQUEST" not in types(text)


def test_police_deployed_are_mobilised_as_police() -> None:
    assert coded("Riot police patrolled the main intersections of the capital.") == [("MOBILIZE", "police")]
    assert coded("The army was placed on high alert.") == [("MOBILIZE", "troops")]


def test_a_militia_formed_is_mobilised() -> None:
    assert ("MOBILIZE", "militia") in coded("Villagers formed a militia to defend themselves against the gangs.")
