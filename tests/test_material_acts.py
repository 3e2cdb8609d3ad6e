"""Material acts whose type turns on who does them or what they are aimed at: strikes aimed at a place, drills by
forces of two countries, relief let through, part of a debt forgiven; and the CAMEO code that follows a retyped
trigger. Sentences written for these tests."""

from __future__ import annotations

import pytest

import petrel
from petrel.plover import cameo_to_plover, plover_to_cameo

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"


def coded(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.mode, e.trigger.text) for e in petrel.code(text, published=PUBLISHED)]


def types(text: str) -> list[str]:
    return [e.type for e in petrel.code(text, published=PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Israeli strikes on Gaza continued on Tuesday.",
    "The United States carried out strikes on Houthi targets in Yemen.",
])
def test_strike_aimed_on_a_place_is_an_attack(text: str) -> None:
    assert types(text) == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Teachers began a strike on Monday over pay.",
    "Dockworkers staged a strike on Friday.",
])
def test_strike_dated_by_on_stays_a_walkout(text: str) -> None:
    assert types(text) == ["PROTEST"]


def test_warning_of_strikes_on_a_condition_is_a_threat_of_violence() -> None:
    assert coded("North Korea warned of strikes on US bases if the drills proceed.") == \
        [("THREATEN", "violence", "warned")]


def test_drills_of_two_countries_forces_are_military_cooperation() -> None:
    [event] = petrel.code("Egyptian and Saudi forces hold military drills near the Red Sea", published=PUBLISHED)
    assert (event.type, event.cameo, sorted(a.country or "" for a in event.source)) == \
        ("COOPERATE", "062", ["EGY", "SAU"])


def test_drills_of_one_country_stay_a_mobilisation() -> None:
    assert types("Egyptian forces hold military drills near the Red Sea") == ["MOBILIZE"]


def test_letting_aid_convoys_through_is_access_not_an_easing() -> None:
    assert coded("Syria allowed aid convoys to cross into Idlib.") == [("RETREAT", "access", "allowed")]


def test_inspectors_allowed_to_visit_is_one_access_event() -> None:
    [event] = petrel.code("Iran allowed UN inspectors to visit the site.", published=PUBLISHED)
    assert (event.type, event.mode, event.trigger.text, event.source[0].country) == \
        ("RETREAT", "access", "allowed", "IRN")


def test_permission_to_act_stays_an_easing() -> None:
    assert types("The government allowed opposition parties to hold rallies.") == ["CONCEDE"]


def test_part_of_a_debt_forgiven_is_debt_relief() -> None:
    assert types("Paris Club Forgives Part of Zambia's External Debt") == ["AID"]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Colombian and Ecuadorian police team up to dismantle smuggling ring", "COOPERATE"),
    ("Brazil Extends Formal Recognition to South Sudan's New Unity Government", "SUPPORT"),
    ("Turkey Returns Seized Greek Fishing Boats", "RETREAT"),
])
def test_headline_phrasings_of_cooperation_recognition_and_return(text: str, event_type: str) -> None:
    coded_events = petrel.code(text, published=PUBLISHED)
    assert max(coded_events, key=lambda e: e.confidence).type == event_type


def test_teams_sent_is_no_teaming_up() -> None:
    assert "COOPERATE" not in types("Turkey Sends Rescue Teams to Earthquake-Hit Morocco")


def test_limited_recognition_of_faiths_is_no_diplomatic_recognition() -> None:
    assert "SUPPORT" not in types("The decree limits official recognition to three faiths.")


def test_plover_to_cameo_prefers_the_exact_mode_then_the_type_root() -> None:
    assert plover_to_cameo("ASSAULT", "firearms") == "193"
    assert plover_to_cameo("ASSAULT", None) == "190"
    assert plover_to_cameo("ASSAULT", "no-such-mode") == "190"
    assert plover_to_cameo("NOT-A-TYPE", None) is None


def test_every_type_root_maps_back_to_its_type() -> None:
    from petrel.plover import GENERIC_CAMEO

    assert {t: cameo_to_plover(code)[0] for t, code in GENERIC_CAMEO.items()} == {t: t for t in GENERIC_CAMEO}


def test_retyped_trigger_carries_a_cameo_code_of_its_new_type() -> None:
    [event] = petrel.code("Israeli strikes on Gaza continued on Tuesday.", published=PUBLISHED)
    assert cameo_to_plover(event.cameo or "")[0] == "ASSAULT"


def test_situation_called_dangerous_faults_no_one() -> None:
    text = ("Russian Foreign Minister Sergey Lavrov told reporters in Moscow that the situation in the Middle East "
            "was 'extremely dangerous'.")
    assert "ACCUSE" not in types(text)


def test_so_called_in_a_scene_setting_phrase_is_the_writers_label() -> None:
    text = ("More than 200 people were detained by police in Tbilisi during protests against the so-called foreign "
            "agents bill, Georgia's Interior Ministry said on Wednesday.")
    assert "ACCUSE" not in types(text)


def test_so_called_subject_of_a_statement_still_disowns_it() -> None:
    assert "ACCUSE" in types("The opposition said the so-called reform package favours the rich.")


def test_phones_hacked_are_no_phone_call() -> None:
    assert "CONSULT" not in types("A judge opened a probe into the hacking of politicians' phones.")


def test_spoke_by_phone_is_a_phone_call() -> None:
    assert coded("Putin and Erdogan spoke by phone on Tuesday.") == [("CONSULT", "phone", "spoke")]


def test_blocking_a_proposed_measure_is_a_refusal_not_a_condemnation() -> None:
    assert types("Hungary and Slovakia blocked a proposed ban on gas imports.") == ["REJECT"]


def test_rejecting_sanctions_in_force_condemns_them() -> None:
    assert types("China rejected the sanctions as illegal.") == ["ACCUSE"]


def test_election_rally_is_no_protest() -> None:
    assert coded("A suicide bomber blew himself up at an election rally in Bajaur, killing 54 people.") == \
        [("ASSAULT", "suicide-attack", "blew")]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Farmers blocked major highways with tractors to protest imports of cheaper grain.", "blocked"),
    ("A jailed activist has been on hunger strike for 60 days to protest being denied medical care.", "strike"),
    ("Scores of traders held a sit-in at the market to protest the restrictions.", "sit-in"),
])
def test_protest_named_as_the_aim_of_a_protest_is_the_same_protest(text: str, trigger: str) -> None:
    assert [(t, word) for t, _, word in coded(text)] == [("PROTEST", trigger)]


def test_acts_of_whoever_might_do_them_are_no_events() -> None:
    text = ("Nigeria's police chief warned that anyone who blocked roads or attacked public property during the "
            "planned protests would be arrested.")
    assert types(text) == ["THREATEN"]


def test_disaster_named_by_a_relative_pronoun_attacks_no_one() -> None:
    assert types("A flood that killed 30 people swept through the valley.") == []


def test_nominal_act_placed_by_its_verb_targets_the_place() -> None:
    [event, *_] = petrel.code("Turkish drone strikes hit oil facilities in Kurdish-held northeastern Syria.",
                              published=PUBLISHED)
    assert (event.type, [a.country for a in event.source], [a.country for a in event.target]) == \
        ("ASSAULT", ["TUR"], ["SYR"])


def test_release_of_wastewater_frees_no_one() -> None:
    text = "China banned Japanese seafood after the release of treated wastewater from the Fukushima plant."
    assert "RETREAT" not in types(text)


@pytest.mark.parametrize(("text", "event_type", "mode"), [
    ("The African Union suspended Gabon from all of its activities on Thursday.", "SANCTION", "expel"),
    ("Colombo cancelled a wind power deal with an Indian conglomerate.", "SANCTION", "discontinue"),
    ("The Pentagon announced a new $250 million weapons package for Ukraine on Friday.", "AID", None),
])
def test_suspensions_cancelled_deals_and_arms_packages(text: str, event_type: str, mode: str | None) -> None:
    assert [(t, m) for t, m, _ in coded(text)] == [(event_type, mode)]


def test_election_observers_endorsing_a_vote_back_it() -> None:
    text = "Election observers from the Southern African Development Community endorsed Zambia's presidential vote."
    assert types(text) == ["SUPPORT"]


def test_observers_as_commentators_back_no_one() -> None:
    assert types("Some observers praised the efforts.") == []


@pytest.mark.parametrize(("text", "event_type"), [
    ("Gunmen raided a village in Zamfara state.", "ASSAULT"),
    ("Police raided the offices of the newspaper.", "COERCE"),
])
def test_raid_by_an_armed_group_is_an_attack_by_police_a_raid(text: str, event_type: str) -> None:
    assert types(text) == [event_type]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Georgian Government Drops Controversial Foreign Agents Bill After Outcry", "CONCEDE"),
    ("Myanmar Junta Announces Temporary Truce Following Devastating Earthquake", "CONCEDE"),
    ("Ghana, Ivory Coast Launch Joint Cocoa Pricing Mechanism", "COOPERATE"),
    ("Egyptian and Saudi Special Forces Wrap Up Week-Long Exercise Near Red Sea", "COOPERATE"),
    ("South Korea Warship Conducts Joint Training Exercises with Vietnam Navy", "COOPERATE"),
    ("China held military exercises around Taiwan.", "MOBILIZE"),
])
def test_dropped_bills_announced_truces_joint_bodies_and_exercises(text: str, event_type: str) -> None:
    coded_events = petrel.code(text, published=PUBLISHED)
    assert max(coded_events, key=lambda e: e.confidence).type == event_type


@pytest.mark.parametrize(("text", "event_type"), [
    ("Belarus Bars Opposition Figures From Leaving the Country", "COERCE"),
    ("The court barred him from running in the election.", "COERCE"),
    ("Hungary barred the activists from entering the country.", "REJECT"),
])
def test_barred_from_acting_is_restricted_barred_from_coming_refused(text: str, event_type: str) -> None:
    assert types(text) == [event_type]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Senegal, Gambia Ink Border Demarcation Treaty", "SUPPORT"),
    ("Armenian, Azerbaijani Foreign Ministers Meet in Almaty", "CONSULT"),
])
def test_headline_subjects_listed_with_commas_agree_with_a_plural_verb(text: str, event_type: str) -> None:
    assert types(text) == [event_type]


def test_request_to_repeal_a_law_asks_for_a_change_of_policy() -> None:
    assert coded("Rights groups urged Egypt to repeal the protest law.") == [("REQUEST", "change", "urged")]


def test_prison_sentence_also_jails() -> None:
    events = petrel.code("The opposition leader was sentenced to life in prison.", published=PUBLISHED)
    assert [(e.type, e.mode, e.trigger.text) for e in events] == \
        [("SANCTION", "convict", "sentenced"), ("COERCE", "arrest", "life")]
    assert events[1].cameo == "173"


def test_jailing_for_a_term_also_convicts() -> None:
    """The conviction is the news, on the verb ("Jails"); the term ("Years") is the jailing."""
    assert coded("Egyptian Court Jails Blogger for Five Years Over Facebook Posts") == \
        [("SANCTION", "convict", "Jails"), ("COERCE", "arrest", "Years")]


@pytest.mark.parametrize("text", ["He was sentenced to death.", "Police jailed the protesters."])
def test_no_prison_term_adds_nothing(text: str) -> None:
    assert len(petrel.code(text, published=PUBLISHED)) == 1


def test_toll_of_a_war_is_no_attack() -> None:
    assert types("Sudan's war has killed tens of thousands of people.") == []


def test_warning_of_what_the_warners_own_state_would_do_is_a_threat() -> None:
    text = ("Peruvian Foreign Minister Elmer Schialer warned that Lima would break off diplomatic relations with "
            "Mexico if it granted asylum to Betssy Chavez.")
    assert coded(text) == [("THREATEN", "relations", "warned")]


def test_warning_of_what_another_state_would_do_threatens_nothing() -> None:
    assert types("Analysts warned that Russia would attack Ukraine.") == []


@pytest.mark.parametrize(("text", "event_type", "mode"), [
    ("Eritrea's government declined an invitation to attend the regional peace talks.", "REJECT", "meet"),
    ("The World Bank on Thursday approved $250 million in grants to help Somalia.", "AID", None),
    ("Students blocked major intersections in Belgrade.", "PROTEST", "obstruct"),
    ("Union leaders rejected the offer as an insult to Nigerian workers.", "REJECT", None),
])
def test_invitations_grants_junctions_and_offers(text: str, event_type: str, mode: str | None) -> None:
    assert [(t, m) for t, m, _ in coded(text)] == [(event_type, mode)]


@pytest.mark.parametrize("text", [
    "Nigerian labor unions launched an indefinite nationwide strike on Monday to demand a higher minimum wage.",
    "Thousands of teachers marched through Buenos Aires on Thursday demanding higher salaries.",
])
def test_demand_a_protest_is_for_is_part_of_the_protest(text: str) -> None:
    assert types(text) == ["PROTEST"]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Kenya Okays Ethiopia-Brokered Peace Accord for South Sudan", "SUPPORT"),
    ("Opposition Leader Throws Weight Behind Caretaker Premier", "SUPPORT"),
    ("Bolivia Caves to Truckers' Demands on Fuel Prices", "CONCEDE"),
    ("Japan, Australia Swap Satellite Data on Chinese Naval Movements", "COOPERATE"),
    ("South African Anti-Graft Watchdog Quizzes Minister Over Tender Irregularities", "ACCUSE"),
    ("Car Bomb Rips Through Mogadishu Market", "ASSAULT"),
    ("Consumers Shun French Goods in Pakistan Over Cartoon Row", "PROTEST"),
    ("Germany Sends Patriot Batteries to Ukraine", "AID"),
    ("Paris Club Writes Off Zambian Debt", "AID"),
    ("Germany Returns Looted Benin Bronzes to Nigeria", "RETREAT"),
    ("China Sails Aircraft Carrier Through Taiwan Strait", "MOBILIZE"),
    ("Egypt to Host Israel-Hamas Truce Talks Next Week", "AGREE"),
])
def test_headline_verbs_of_the_wire(text: str, event_type: str) -> None:
    coded_events = petrel.code(text, published=PUBLISHED)
    assert max(coded_events, key=lambda e: e.confidence).type == event_type


@pytest.mark.parametrize("text", [
    "Canadian Prime Minister Mark Carney called the levies unjustified and unacceptable.",
    "The party called the verdict politically motivated.",
    "China's Foreign Ministry lodged stern representations with Washington on Friday.",
])
def test_condemnations_in_calling_and_lodging(text: str) -> None:
    assert types(text) == ["ACCUSE"]


def test_ambassador_summoned_to_protest_is_one_diplomatic_protest() -> None:
    text = "Russia's Foreign Ministry summoned the German ambassador on Wednesday to protest Berlin's plans."
    assert types(text) == ["ACCUSE"]


def test_calling_a_meeting_productive_condemns_nothing() -> None:
    assert types("She called the meeting productive.") == []


@pytest.mark.parametrize(("text", "event_type", "mode"), [
    ("Mali, Burkina Faso and Niger Quit ECOWAS", "SANCTION", "withdraw"),
    ("EU and Mercosur to Sign Trade Pact Next Month", "AGREE", None),
    ("Dockworkers' Union Calls Off Antwerp Strike After Pay Offer", "CONCEDE", None),
    ("Niger's junta suspends French broadcasters", "COERCE", "censor"),
    ("Protesters Torch Cars as Unrest Spreads Through Paris Suburbs", "PROTEST", "riot"),
    ("Kenyan President Receives Somali Counterpart at State House in Nairobi", "CONSULT", None),
    ("Haitian Gang Coalition Gathers Fighters Near Presidential Palace", "MOBILIZE", "militia"),
    ("Mob sets fire to mosque in Central African Republic", "ASSAULT", "primitive"),
])
def test_states_listed_signings_to_come_and_acts_by_their_doers(text: str, event_type: str, mode: str | None) -> None:
    best = max(petrel.code(text, published=PUBLISHED), key=lambda e: e.confidence)
    assert (best.type, best.mode) == (event_type, mode)


def test_banned_demonstrations_are_none_held() -> None:
    assert types("Kenyan police said on Monday they had banned all demonstrations in central Nairobi.") == ["COERCE"]


@pytest.mark.parametrize(("text", "event_type", "mode"), [
    ("Hezbollah's leader said the group would not hand over its weapons.", "REJECT", "yield"),
    ("Foreign Minister Ramon Echeverri said Caracas would not bow to pressure from Washington.", "REJECT", "yield"),
    ("The rebels said they would withdraw from the town.", "CONCEDE", None),
    ("The European Union lifted most of its economic sanctions on Syria in May.", "CONCEDE", None),
    ("Armenia and Azerbaijan initialled a peace agreement at the White House.", "SUPPORT", None),
    ("New Delhi also suspended its participation in the 1960 Indus Waters Treaty.", "SANCTION", "withdraw"),
    ("Authorities in Manipur state suspended mobile internet services in five districts.", "COERCE", "withhold"),
    ("Serbian President Milan Stefanovic put the army on heightened alert.", "MOBILIZE", "troops"),
    ("The IMF's board approved the release of $1 billion to Pakistan.", "AID", None),
])
def test_refusals_to_come_partial_lifting_and_other_phrasings(text: str, event_type: str, mode: str | None) -> None:
    assert [(t, m) for t, m, _ in coded(text)] == [(event_type, mode)]


def test_refusing_to_allow_an_operation_is_a_refusal() -> None:
    text = "President Lucia Ortega has refused to allow U.S. troops to conduct operations against cartels."
    assert types(text) == ["REJECT"]


@pytest.mark.parametrize("text", [
    "The Nile provides Egypt with about 97 percent of its fresh water.",
    "The court opened an investigation into whether lawmakers helped finance the road blockades.",
])
def test_works_supply_no_aid_and_questioned_acts_are_none(text: str) -> None:
    assert "AID" not in types(text)


def test_coercion_named_as_the_aim_of_crowd_control_is_part_of_it() -> None:
    assert types("Police used tear gas and rubber bullets to disperse the crowd.") == ["ASSAULT"]


@pytest.mark.parametrize(("text", "mode"), [
    ("Troops launched an offensive to retake the town.", None),
    ("Russia attacked Kyiv with drones overnight.", "drone"),
    ("Gunmen attacked a village.", "firearms"),
])
def test_attack_mode_needs_its_weapon_named(text: str, mode: str | None) -> None:
    [event] = petrel.code(text, published=PUBLISHED)
    assert (event.type, event.mode) == ("ASSAULT", mode)


@pytest.mark.parametrize(("text", "event_type"), [
    ("The EU announced a plan, with the first tranche of 270 million euros to be disbursed before the end of the year.",
     "AGREE"),
    ("Rebels in South Korea Have Announced Their Intention to Lay Down Arms", "CONCEDE"),
    ("Poland closed the Russian consulate in Gdansk.", "SANCTION"),
])
def test_acts_still_to_come_in_infinitive_phrases_and_closed_consulates(text: str, event_type: str) -> None:
    best = max(petrel.code(text, published=PUBLISHED), key=lambda e: e.confidence)
    assert best.type == event_type


def test_supporters_setting_buses_on_fire_riot() -> None:
    text = "Supporters of the Awami League blocked roads and set fire to several buses, police said."
    assert [(t, m) for t, m, _ in coded(text)] == [("PROTEST", "obstruct"), ("PROTEST", "riot")]


@pytest.mark.parametrize(("text", "event_type"), [
    ("After Border Skirmish, Azerbaijan Cancels Planned Meeting With Armenian Delegation", "REJECT"),
    ("Niger Junta Rejects ECOWAS Demand to Free Ousted President", "REJECT"),
    ("Kenya's ruling party expels rebel MP who backed impeachment motion", "SANCTION"),
    ("Russia to Pull Troops Back From Border Region, Kremlin Says", "CONCEDE"),
    ("Gang Leader Warns of Bloodshed if Police Enter Cite Soleil", "THREATEN"),
    ("Washington Sends Military Trainers to Bolster Somali Army", "AID"),
    ("Peru's Constitutional Court Strikes Down Emergency Decree as Unconstitutional", "SANCTION"),
    ("Dutch Court Holds Shell Liable for Niger Delta Oil Spills", "SANCTION"),
    ("Bolivia Takes Chile to World Court in Dispute on Silala Waters", "ACCUSE"),
])
def test_headline_verbs_read_as_subjects_and_more_phrasings(text: str, event_type: str) -> None:
    best = max(petrel.code(text, published=PUBLISHED), key=lambda e: e.confidence)
    assert best.type == event_type


def test_warning_of_famine_threatens_no_one() -> None:
    assert types("Experts warned of famine if the rains fail.") == []


def test_raid_and_arrests_it_made_are_two_acts() -> None:
    text = "Israeli troops carried out raids in Jenin and Tubas on Wednesday, detaining at least 25 Palestinians."
    assert [(t, m) for t, m, _ in coded(text)] == [("COERCE", "seize"), ("COERCE", "arrest")]


def test_rescue_teams_arriving_bring_aid() -> None:
    text = "Following Earthquake, Turkish Rescue Teams Arrive in Marrakesh"
    assert {e.type for e in petrel.code(text, published=PUBLISHED)} == {"AID"}
    assert types("The foreign minister arrived in Beijing on Monday.") == ["CONSULT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea fired a short-range ballistic missile into the sea off its east coast.", [("MOBILIZE", "weapons")]),
    ("Houthis fired missiles at a ship in the Red Sea.", [("ASSAULT", "heavy-weapons")]),
    ("Abiy told lawmakers that Ethiopia had no plans to invade Eritrea.", []),
    ("Algiers ordered an equal number of French diplomats to leave the country.", [("SANCTION", "expel")]),
    ("Manila summoned China's ambassador to protest what it called the dangerous actions of Chinese vessels.",
     [("ACCUSE", "disapprove")]),
    ("Haitian Militia Members Called into Action over Recent Tensions", [("MOBILIZE", "troops")]),
    ("Russian authorities opened a criminal case against exiled writer Dmitry Glukhovsky.",
     [("ACCUSE", "investigate")]),
    ("A teacher in Tunis asked not to be named for fear of reprisals.", []),
    ("The vote has been postponed twice.", []),
])
def test_tests_disowned_plans_expulsions_and_idioms(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, m) for t, m, _ in coded(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Zelenskyy called the attack a deliberate strike on people's heat and light.", ["ACCUSE"]),
    ("She called the raid an act of terrorism.", ["ACCUSE"]),
    ("He called the talks a waste of time.", []),
])
def test_act_named_by_a_word_for_harm_is_condemned_not_coded_again(text: str, expected: list[str]) -> None:
    assert types(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kremlin dismissed Kyiv's proposal for direct talks as a publicity stunt.",
     [("REJECT", None), ("AGREE", None)]),
    ("Mali's military government dissolved all political parties by decree on Tuesday.", [("COERCE", "restrict")]),
    ("Soldiers announced they had annulled the results of the presidential election.", [("COERCE", "restrict")]),
    ("Bukele said the men had been transferred to a maximum-security prison.", [("COERCE", "arrest")]),
    ("Police dispersed the protesters with tear gas.", [("ASSAULT", "crowd-control")]),
])
def test_dismissed_proposals_dissolved_parties_annulled_votes_and_dispersals(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(t, m) for t, m, _ in coded(text)] == expected


def test_deal_a_state_quit_is_withdrawn_from() -> None:
    text = "Turkey said Ankara was prepared to host talks on reviving the grain deal, which Moscow quit in July 2023."
    assert ("SANCTION", "withdraw", "quit") in coded(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Eritrea's government declined an invitation to attend the peace talks, saying the meeting was rigged.",
     ("REJECT", "meet")),
    ("Noboa declared a state of emergency, suspending the right of assembly.", ("COERCE", "restrict")),
    ("M23 said it would halt its advance on Uvira.", ("CONCEDE", None)),
])
def test_participle_clauses_condition_nothing_and_more_phrasings(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in [(t, m) for t, m, _ in coded(text)]


@pytest.mark.parametrize("text", ["The army has yet to release a toll.", "The ministry declined to say more."])
def test_tolls_released_and_declining_to_say_are_no_events(text: str) -> None:
    assert types(text) == []


def test_act_under_investigation_is_background_to_the_probe() -> None:
    events = petrel.code("Honduras: Lawmakers Launch Probe Into Women's Prison Massacre", published=PUBLISHED)
    assert max(events, key=lambda e: e.confidence).type == "ACCUSE"
    assert "ASSAULT" in [e.type for e in events]  # still coded, as the probe's topic


def test_threatened_act_after_an_adjunct_is_the_threats_content() -> None:
    text = "Uganda's army chief threatened on social media to behead opposition politician Bobi Wine."
    assert coded(text) == [("THREATEN", "violence", "threatened")]


def test_toll_told_with_its_attack_is_one_act() -> None:
    text = "At least 12 people were killed when a Russian missile struck an apartment building in Odesa."
    assert coded(text) == [("ASSAULT", "heavy-weapons", "struck")]


@pytest.mark.parametrize(("text", "event_type", "mode"), [
    ("Truce Takes Hold in Tripoli After Week of Militia Clashes", "RETREAT", "ceasefire"),
    ("Suicide Car Bomb in Grodno Kills At Least 44", "ASSAULT", "suicide-attack"),
])
def test_headline_subject_act_is_the_news(text: str, event_type: str, mode: str) -> None:
    best = max(petrel.code(text, published=PUBLISHED), key=lambda e: e.confidence)
    assert (best.type, best.mode) == (event_type, mode)


def test_headline_verb_before_a_noun_modifier_read_as_verb() -> None:
    best = max(petrel.code("Ruling Party Ousts Rebel MP Over Budget Vote", published=PUBLISHED),
               key=lambda e: e.confidence)
    assert (best.type, best.mode) == ("SANCTION", "expel")
