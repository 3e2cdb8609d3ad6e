"""Readings that session 11's fresh probe sets showed petrel missing: vows of harm, trade and supply between
states, withheld services, raised alerts, accidental blasts, and grounds of an arrest. Each is read by a lexicon
row or a sense rule (not by the text); the sentences and headlines are written for these tests."""

from __future__ import annotations

import pytest

import petrel

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"


def coded(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in petrel.code(text, published=PUBLISHED)]


def top(text: str) -> tuple[str, str | None] | None:
    events = petrel.code(text, published=PUBLISHED)
    best = max(events, key=lambda e: e.confidence, default=None)
    return None if best is None else (best.type, best.mode)


@pytest.mark.parametrize(("text", "expected"), [
    ("Nigeria's president vowed on Sunday to crush the bandits who raided the school.", ("THREATEN", "violence")),
    ("The governor blamed the militants, vowing to hunt them down.", ("THREATEN", "violence")),
    ("Tehran promised a firm response to the expulsion of its diplomats.", ("THREATEN", "expel")),
    ("The president vowed to rebuild the flooded city within a year.", ("AGREE", None)),
])
def test_a_vow_of_harm_threatens_it_and_a_vow_to_help_promises(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Qatar Ships First LNG Cargo to Germany Under Supply Deal", ("COOPERATE", None)),
    ("Kenya and Ethiopia Open Cross-Border Power Corridor", ("COOPERATE", None)),
    ("Chilean, Peruvian Police Pool Intelligence on Drug Gangs", ("COOPERATE", None)),
    ("Navy units from Indonesia and Australia train together off Darwin", ("COOPERATE", None)),
    ("Spain Hands Over Wanted Trafficker to Italian Authorities", ("COOPERATE", None)),
    ("China Dispatches Frigates to Gulf of Aden", ("MOBILIZE", "weapons")),
    ("Mali Formally Exits West African Bloc", ("SANCTION", "withdraw")),
    ("Zambia Government Lifts Ban on Opposition Marches", ("CONCEDE", None)),
    ("Gunmen Free Kidnapped Turkish Workers in Niger Delta", ("RETREAT", "release")),
    ("Peru Drops Fuel Tax Hike After Trucker Protests", ("CONCEDE", None)),
])
def test_headline_phrasings_are_read_as_their_event(text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ethiopia's government suspended mobile data services in the Amhara region on Friday.", ("COERCE", "withhold")),
    ("Authorities suspended access to social media platforms until further notice.", ("COERCE", "censor")),
    ("Japan's defense ministry said it had raised its alert level around the southern islands.",
     ("MOBILIZE", "troops")),
    ("Hackers disrupted the websites of several government ministries in Tallinn on Monday.", ("COERCE", "cyber")),
])
def test_services_withheld_and_alerts_raised(text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


@pytest.mark.parametrize("text", [
    "At least 30 villagers were killed when floods swept through the valley overnight, officials said.",
    "Nine workers died in a gas explosion at a chemical plant outside Durban on Tuesday.",
])
def test_deaths_from_floods_and_accidental_blasts_are_no_attack(text: str) -> None:
    assert "ASSAULT" not in {kind for kind, _ in coded(text)}


def test_suspicion_named_as_the_grounds_of_an_arrest_is_an_accusation() -> None:
    events = coded("Police in Lusaka arrested a former finance minister on suspicion of embezzling public funds.")
    assert ("COERCE", "arrest") in events and ("ACCUSE", "allege") in events
    assert coded("There is widespread suspicion of fraud in the count.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya Dispatches Medical Teams to Flood-hit Somalia", ("AID", None)),
    ("Nepal Meets Teachers' Pay Demands After Long Strike", ("CONCEDE", None)),
    ("Vietnam Unblocks Foreign News Websites After Pressure", ("CONCEDE", None)),
    ("Chile Drops Plan to Raise Metro Fares Following Talks With Unions", ("CONCEDE", None)),
    ("Ethiopia Permits Red Cross Visits to Prisons in Tigray", ("RETREAT", "access")),
    ("Myanmar Admits UN Aid Convoys Into Rakhine", ("RETREAT", "access")),
    ("Militia in Ituri hands over weapons to UN peacekeepers", ("RETREAT", "disarm")),
    ("Nicaragua Breaks Off Diplomatic Relations With Taiwan", ("SANCTION", "discontinue")),
    ("Turkey Hands Greece Intelligence Files on Migrant Smugglers", ("COOPERATE", None)),
])
def test_more_headline_phrasings_are_read_as_their_event(text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


@pytest.mark.parametrize("text", [
    "Iraq's foreign minister will hold talks in Ankara on water sharing and Turkish military operations.",
    "Officials said ties had improved since the 2008 war with Georgia, which killed hundreds of people.",
])
def test_topics_of_talks_and_clauses_on_a_past_war_are_no_attack(text: str) -> None:
    assert "ASSAULT" not in {kind for kind, _ in coded(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban have barred women from entering public gyms in Kabul.", ("COERCE", "restrict")),
    ("Hungary barred the activist from entering the country on Monday.", ("REJECT", None)),
    ("Niger's junta suspended Radio France Internationale and France 24 on Thursday.", ("COERCE", "censor")),
    ("Car bomb kills seven outside venue of peace talks in Kismayo", ("ASSAULT", "explosives")),
])
def test_who_is_barred_suspended_or_killed_settles_the_reading(text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


def test_people_stopped_from_marching_are_not_a_march_ended() -> None:
    events = coded("Police stopped a group of students from marching to the palace.")
    assert "CONCEDE" not in {kind for kind, _ in events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Two hundred Kenyan soldiers arrived in Port-au-Prince on Sunday to join the fight against gangs.",
     ("MOBILIZE", "troops")),
    ("Mali's army chief vowed on Saturday to keep fighting until the rebels are crushed.", ("THREATEN", "violence")),
    ("Niger's junta recalled thousands of reservists on Wednesday.", ("MOBILIZE", "troops")),
    ("The Houthis paraded thousands of newly trained fighters through Sanaa on Sunday.", ("MOBILIZE", "militia")),
    ("Sudan's army has flown hundreds of troops to El Obeid, military sources said.", ("MOBILIZE", "troops")),
])
def test_forces_moved_and_vows_to_fight_on(text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


@pytest.mark.parametrize("text", [
    "A mudslide buried dozens of homes in Antioquia, killing at least 12 people.",
    "Typhoon Haikui tore through eastern Taiwan on Monday, flattening houses and cutting power to 200,000 homes.",
    "A strong earthquake killed hundreds of people and toppled temples across Kathmandu.",
    "The 1994 accord ended four decades of bombings and shootings in the region.",
])
def test_nature_and_history_are_no_attack_or_coercion(text: str) -> None:
    assert not {kind for kind, _ in coded(text)} & {"ASSAULT", "COERCE"}


def test_internet_suspended_beside_a_curfew_is_withheld_not_a_curfew_lifted() -> None:
    events = coded("Authorities in Assam suspended mobile internet services and imposed a curfew on Sunday.")
    assert ("COERCE", "withhold") in events and ("COERCE", "curfew") in events


@pytest.mark.parametrize("text", [
    "Beijing on Friday dismissed as 'groundless' claims that it had meddled in Australia's elections.",
    "Qatar, which has mediated between the two sides since the start of the war, opened a gas terminal on Sunday.",
    "Thousands of runners took to the streets of Nairobi on Sunday for the city marathon.",
])
def test_denials_tallies_and_races_are_no_event(text: str) -> None:
    assert coded(text) == []


def test_fans_rioting_still_riot() -> None:
    assert ("PROTEST", "riot") in coded("Football fans rioted in Lima after the final on Sunday.")


@pytest.mark.parametrize(("text", "absent"), [
    ("Asked about the report on Friday, the spokesman said he had no information.", "REQUEST"),
    ("The ministry did not provide a breakdown of the figures.", "AID"),
    ("The two ministers pledged to deepen cooperation in the face of Western hostility.", "THREATEN"),
    ("Analysts warn that coastal states could become future targets for militants.", "THREATEN"),
])
def test_questions_information_settings_and_forecasts_are_not_read_as_acts(text: str, absent: str) -> None:
    assert absent not in {kind for kind, _ in coded(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Tbilisi fired tear gas and stun grenades to disperse thousands of protesters.",
     ("ASSAULT", "crowd-control")),
    ("Moscow warned that any British troops sent to Ukraine would become legitimate targets.", ("THREATEN", None)),
])
def test_weapons_named_beside_another_and_targets_named_in_a_warning(text: str,
                                                                     expected: tuple[str, str | None]) -> None:
    assert expected[0] == (top(text) or ("", None))[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("'Anyone who joins this illegal rally will be arrested,' the police chief told reporters in Lagos.",
     ("THREATEN", "arrest")),
    ("China ordered a Canadian newspaper correspondent to leave the country within a week.", ("COERCE", "deport")),
])
def test_acts_held_over_anyone_threaten_and_reporters_ordered_out_are_deported(
        text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


@pytest.mark.parametrize("text", [
    "The reporter, who spent three years in pretrial detention, now runs a small newspaper in Guatemala City.",
    "'This is a dark day for press freedom,' the head of the journalists' union said.",
])
def test_time_served_and_press_freedom_are_no_new_act(text: str) -> None:
    assert not {kind for kind, _ in coded(text)} & {"COERCE", "REQUEST"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Burkina Faso Quits ECOWAS, Citing Sovereignty Concerns", ("SANCTION", "withdraw")),
    ("Egypt, Greece Stage Joint Naval Drills Off Crete", ("COOPERATE", None)),
    ("Taiwan Summons Reservists for Snap Readiness Drills", ("MOBILIZE", "troops")),
    ("Ecuador's President Reverses Fuel Subsidy Cut Following Protests", ("CONCEDE", None)),
    ("Peru Defence Minister Speaks by Video Link With Chilean Counterpart", ("CONSULT", "phone")),
    ("Kenya Implores Donors to Restore Refugee Funding", ("REQUEST", "change")),
    ("UNICEF airlifts vaccines to flood-hit northern Pakistan", ("AID", None)),
    ("Moscow Could Quit Arms Control Talks, Russian Diplomat Cautions", ("THREATEN", "relations")),
    ("Serbia Hints at Border Blockade if Pristina Keeps Its Ban", ("THREATEN", "restrict")),
])
def test_template_headline_readings(text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("'This is collective punishment, and it must end,' the head of the U.N. agency said.", ("ACCUSE", "disapprove")),
    ("'These elections were neither free nor fair,' Estonia's foreign minister said.", ("ACCUSE", "disapprove")),
    ("'There will be serious consequences if Beijing continues down this path,' a State Department spokesperson said.",
     "THREATEN"),
    ("'If the junta does not free the president, ECOWAS will not hesitate to use force,' the bloc's chief said.",
     ("THREATEN", "violence")),
])
def test_quoted_condemnations_and_threats_are_coded_on_the_speaker(text: str, expected: object) -> None:
    events = coded(text)
    assert expected in events or expected in {kind for kind, _ in events}


@pytest.mark.parametrize("text", [
    "The minister said the response to the floods would be swift.",
    "Officials said the government would study the consequences of the drought.",
    "Observers said the vote was free and fair.",
])
def test_plain_statements_about_responses_and_fair_votes_are_no_event(text: str) -> None:
    assert coded(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Belarus stripped 40 exiled opponents of their citizenship on Friday.", ("COERCE", "restrict")),
    ("Nicaraguan authorities expelled 200 political prisoners to the United States on Thursday.", ("COERCE", "deport")),
    ("Mali said it would end its defence pact with France.", ("SANCTION", "withdraw")),
])
def test_citizenship_stripped_prisoners_expelled_and_pacts_ended(text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


def test_a_term_in_a_penal_colony_is_a_jailing() -> None:
    events = coded("A Moscow court sentenced the activist to 12 years in a penal colony on Tuesday.")
    assert ("SANCTION", "convict") in events and ("COERCE", "arrest") in events


@pytest.mark.parametrize(("text", "expected"), [
    ("Australian troops and U.S. Marines will hold joint exercises in Darwin next month.", ("AGREE", None)),
    ("Kim Jong Un oversaw the test-firing of a new cruise missile on Tuesday.", ("MOBILIZE", "weapons")),
    ("Japan and the United States kicked off their annual Keen Sword exercise on Monday.", ("COOPERATE", None)),
    ("Hong Kong police offered bounties for information leading to the capture of eight exiled activists.",
     ("THREATEN", "arrest")),
])
def test_planned_joint_exercises_tests_and_bounties(text: str, expected: tuple[str, str | None]) -> None:
    assert top(text) == expected


def test_the_potential_of_suspending_talks_is_a_threat() -> None:
    assert top("Armenia Raises Potential of Suspending Talks with Baku over Border Shooting") == (
        "THREATEN", "relations")


def test_a_verb_read_as_the_subject_in_an_after_clause_is_mended() -> None:
    assert top("Workers Will End Strike After Chile Promises Improved Pay Conditions") == ("CONCEDE", None)
