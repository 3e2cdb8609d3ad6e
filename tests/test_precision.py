"""Precision in stories: re-mentions, descriptions, conditions and commentary are not new events (issue 4).

Sentences written for these tests; each rule is checked against a near twin that must still be coded.
"""

from __future__ import annotations

import pytest
from rule_coder import events_of

from petrel.nlp import load_nlp
from petrel.stages.events import _candidate, _setting_adjustment

pytestmark = pytest.mark.issue(4)


def triggers(text: str) -> list[tuple[str, str]]:
    return [(event.type, event.trigger.text) for event in events_of(text)]


def confidence_of(text: str, word: str) -> float:
    return next(event.confidence for event in events_of(text) if event.trigger.text == word)


def test_a_dated_re_mention_of_a_coded_attack_is_not_coded_again() -> None:
    story = ("Gunmen attacked a police station in northern Mali. "
             "A jihadist group claimed responsibility for the station attack on Wednesday.")
    assert triggers(story) == [("ASSAULT", "attacked")]


def test_a_mention_naming_other_participants_is_still_coded() -> None:
    story = ("Gunmen attacked a police station in northern Mali. "
             "A jihadist group claimed responsibility for the attack on the embassy.")
    assert ("ASSAULT", "attack") in triggers(story)


def test_a_verb_whose_subject_is_the_coded_act_tells_it_once() -> None:
    assert triggers("A Nigerian army offensive killed 40 insurgents in Borno state on Monday.") == [
        ("ASSAULT", "offensive")]


def test_a_joined_verb_done_to_it_is_the_same_act() -> None:
    assert triggers("Rebels shelled the airport at night and then fighters stormed it.") == [("ASSAULT", "shelled")]
    assert triggers("Rebels shelled the airport and fighters stormed the barracks.") == [
        ("ASSAULT", "shelled"), ("ASSAULT", "stormed")]


def test_met_with_a_reaction_is_no_meeting() -> None:
    assert "CONSULT" not in {kind for kind, _ in triggers("The opposition rally in Nairobi was met with tear gas.")}
    assert triggers("The Kenyan president was met by the Somali foreign minister at the airport.") == [
        ("CONSULT", "met")]


def test_a_predicate_saying_what_an_attack_is_adds_no_event() -> None:
    assert triggers("The bombing of the market is an attack on all Iraqis, the minister said.") == [
        ("ASSAULT", "bombing")]


def test_what_commentators_expect_is_no_event() -> None:
    assert triggers("Analysts say Brazil will likely expand its military cooperation with India.") == []
    assert triggers("Critics suggest France cannot afford to defend Ukraine.") == []
    assert triggers("The Brazilian government says it will expand its military cooperation with India.") != []


def test_an_act_in_a_condition_is_weaker_than_the_act_done() -> None:
    conditional = confidence_of("Farmers will suffer if Germany imposes sanctions on Russia.", "imposes")
    done = confidence_of("Farmers will suffer because Germany imposes sanctions on Russia.", "imposes")
    assert conditional < done


def test_a_relative_clause_describing_a_named_person_is_weaker_than_one_naming_the_doer() -> None:
    described = confidence_of("Ahmed Musa, who negotiated the 2019 truce with the rebels, said on Monday that the "
                              "economy is weak.", "negotiated")
    restrictive = confidence_of("The official who negotiated the 2019 truce with the rebels said on Monday that "
                                "the economy is weak.", "negotiated")
    assert described < restrictive


@pytest.mark.parametrize(("text", "lowered"), [
    ("Spain's prime minister said at a summit in Brussels that the economy is weak.", True),
    ("Spain's prime minister told the French president at a summit in Brussels that the economy is weak.", False),
])
def test_a_meeting_named_as_where_something_was_said_sets_the_scene(text: str, lowered: bool) -> None:
    summit = next(token for token in load_nlp()(text) if token.lower_ == "summit")
    candidate = _candidate(summit)
    assert candidate is not None and candidate.trigger.type == "CONSULT"
    assert (_setting_adjustment(summit, candidate.trigger) < 0) is lowered


def test_a_named_re_mention_of_a_coded_arrest_is_not_coded_again() -> None:
    first = "Police in Harare arrested the journalist Tendai Moyo on Monday. "
    assert triggers(first + "His lawyer said the arrest of Moyo was a warning to the press.") == [
        ("COERCE", "arrested")]
    assert ("COERCE", "arrest") in triggers(first + "Officials defended the arrest of Chipo Dube in Bulawayo.")


@pytest.mark.parametrize(("generic", "occurrence"), [
    ("The province has suffered more bombings than any other region of Nigeria.",
     "Militants have carried out bombings across the province of Borno."),
    ("Dozens of inmates are pardoned by the president each year on Independence Day.",
     "Dozens of inmates were pardoned by the president on Independence Day."),
    ("Under the new law, in some cases, foreign reporters may be detained and expelled.",
     "Foreign reporters were detained and expelled by the police on Sunday."),
    ("For activists in the region, dissent can mean detention and torture.",
     "The army imposed detention and torture on the protesters."),
])
def test_counts_habits_and_kinds_of_case_are_no_events(generic: str, occurrence: str) -> None:
    assert triggers(generic) == []
    assert triggers(occurrence) != []


def test_an_act_that_may_come_about_or_is_asked_about_is_no_event() -> None:
    assert triggers("The minister said a truce between the two militias could take place within weeks.") == []
    assert triggers("The minister said a truce between the two militias took place on Monday.") == [
        ("RETREAT", "truce")]
    assert triggers("It is unclear whether the army attacked the village.") == []
    assert triggers("The army attacked the village on Monday.") == [("ASSAULT", "attacked")]
    assert triggers("The envoy wants to know what concessions Ukraine is ready for.") == []
    assert triggers("Ukraine made concessions to Russia on Monday.") == [("CONCEDE", "concessions")]


def test_praise_from_commentators_is_their_reading_not_support() -> None:
    assert "SUPPORT" not in {kind for kind, _ in triggers("Political analysts praised Kenya for hosting the talks.")}
    assert ("SUPPORT", "praised") in triggers("The Kenyan president praised Ethiopia for hosting the talks.")


def test_a_weak_noun_is_raised_less_by_a_coded_source_than_a_strong_one() -> None:
    from petrel.lexicon import Trigger
    from petrel.model import Actor
    from petrel.stages.events import trigger_confidence

    source = [Actor("Kenya", 0, 5, "KEN", "GOV", None)]
    weak = Trigger("deal", "NOUN", None, "AGREE", None, "030", 0.4, "curated")
    strong = Trigger("airstrike", "NOUN", None, "ASSAULT", "aerial", "195", 0.9, "curated")
    assert trigger_confidence(weak, source, []) - trigger_confidence(weak, [], []) < \
        trigger_confidence(strong, source, []) - trigger_confidence(strong, [], [])


def test_what_a_meeting_is_held_to_do_is_not_a_second_meeting() -> None:
    assert triggers("The foreign ministers of Egypt and Jordan met in Cairo on Tuesday to discuss the war.") == [
        ("CONSULT", "met")]
    assert ("CONSULT", "discussed") in triggers("The foreign ministers of Egypt and Jordan discussed the war.")


@pytest.mark.parametrize(("set_aside", "done"), [
    ("Instead of imposing sanctions, the European Union praised Serbia.",
     "The European Union imposed sanctions on Serbia."),
    ("Rather than impose sanctions on Serbia, the European Union praised Belgrade.",
     "The European Union imposed sanctions on Serbia and praised Belgrade."),
])
def test_an_act_set_aside_for_another_is_not_done(set_aside: str, done: str) -> None:
    assert "SANCTION" not in {kind for kind, _ in triggers(set_aside)}
    assert "SANCTION" in {kind for kind, _ in triggers(done)}


def test_the_risk_of_an_act_is_no_act() -> None:
    assert triggers("The refugees in Thailand face the risk of being deported to Myanmar.") == []
    assert triggers("The refugees in Thailand were deported to Myanmar by the police.") != []


def test_a_tally_since_a_year_is_no_single_act() -> None:
    assert triggers("Since 2015, hundreds of people have been killed by militants in the province.") == []
    assert triggers("On Monday, dozens of people were killed by militants in the province.") != []


def test_an_act_called_needed_is_argued_for_not_done() -> None:
    assert triggers("The French minister said it might be necessary to renegotiate the treaty with Britain.") == []
    assert triggers("The French minister stressed the need to impose sanctions on Russia.") == []
    assert ("SANCTION", "impose") in triggers("The French minister decided to impose sanctions on Russia.")


def test_bare_talks_with_a_party_named_before_are_the_talks_coded_before() -> None:
    first = "Kenyan officials held talks with Ethiopia in Nairobi on Monday. "
    assert triggers(first + "The president praised Uganda for its role in talks with Ethiopia.") == [
        ("CONSULT", "talks"), ("SUPPORT", "praised")]
    assert ("CONSULT", "talks") in triggers(
        first + "The president praised Uganda for its role in talks with Eritrea.")[1:]


def test_backing_named_in_a_plan_is_not_given_also_after_a_conjunct() -> None:
    assert "SUPPORT" not in {kind for kind, _ in triggers(
        "The European Union has proposed a plan for rearming Europe and supporting Ukraine.")}
    assert ("SUPPORT", "supported") in triggers("The European Union rearmed Europe and supported Ukraine.")


@pytest.mark.parametrize(("text", "lowered"), [
    ("The Greek navy worked with Italy to intercept the ships.", True),
    ("The Greek navy said on Monday that it intercepted the ships.", False),
])
def test_an_act_named_as_the_aim_of_another_is_weakened(text: str, lowered: bool) -> None:
    verb = next(token for token in load_nlp()(text) if token.lemma_ == "intercept")
    candidate = _candidate(verb)
    assert candidate is not None and candidate.trigger.type == "COERCE"
    assert (_setting_adjustment(verb, candidate.trigger) < 0) is lowered


def test_an_interview_with_the_press_is_no_meeting_of_parties() -> None:
    assert "CONSULT" not in {kind for kind, _ in triggers("The BBC spoke with the Kenyan president about the drought.")}
    assert "CONSULT" not in {kind for kind, _ in triggers(
        "A farmer, who spoke with reporters on condition of anonymity, said the harvest failed.")}
    assert ("CONSULT", "spoke") in triggers("The Kenyan president spoke with the Ethiopian prime minister on Monday.")


def test_a_post_by_a_member_of_the_public_online_is_no_event() -> None:
    assert triggers("\"The city should close the schools,\" wrote one user from Lagos.") == []


def test_what_an_act_serves_as_characterises_it() -> None:
    assert "THREATEN" not in {kind for kind, _ in triggers(
        "The lawyer said the detention of the reporter served as a warning to other journalists.")}


def test_a_figure_reached_by_an_activity_is_a_statistic() -> None:
    assert triggers("Trade between Kenya and Uganda reached $2 billion last year.") == []
    assert triggers("Attacks on aid convoys in Darfur rose by 40 percent last year.") == []
    assert ("ASSAULT", "Attacks") in triggers("Attacks on aid convoys in Darfur rose sharply on Monday.")  # no figure


def test_advice_against_a_course_is_no_accusation_of_a_party() -> None:
    assert triggers("A retired doctor warned against surgery abroad.") == []


def test_damage_from_collapsing_buildings_or_floods_is_no_attack() -> None:
    assert triggers("Collapsing buildings injured 12 people in the capital.") == []
    assert triggers("Their homes were destroyed or submerged by floods.") == []
    assert ("ASSAULT", "injured") in triggers("Rebel fighters injured 12 people in the capital.")


def test_a_deed_inside_a_description_of_a_named_person_is_weighed_down() -> None:
    text = ("The army killed Abu Salem, a senior militant commander who planned the use of trucks for "
            "suicide attacks.")
    assert ("ASSAULT", "attacks") not in triggers(text)
    assert ("ASSAULT", "killed") in triggers(text)


def test_praise_from_an_analyst_named_by_title_is_a_reading_of_the_news() -> None:
    assert "SUPPORT" not in {kind for kind, _ in triggers("Political analyst John Okoro welcomed the decision.")}
    assert ("SUPPORT", "welcomed") in triggers("Kenyan President William Ruto welcomed the decision.")


def test_advice_or_help_to_people_at_large_is_no_act_between_parties() -> None:
    assert triggers("The health official urged people to wash their hands if they feel sick.") == []
    assert triggers("She helps people like her learn how to run a shop.") == []
    assert ("REQUEST", "urged") in triggers("The health minister urged Uganda to close its border.")


def test_money_put_into_things_is_no_cooperation_with_a_party() -> None:
    assert triggers("The utility has invested heavily in solar farms, its chief said.") == []
    assert ("COOPERATE", "invested") in triggers("Chinese firms have invested $2 billion in Kenya.")


def test_an_act_cited_as_a_sign_of_something_is_commented_on_not_done() -> None:
    assert triggers("\"The deployment of these troops underscores our resolve,\" the minister said.") == []


def test_turning_down_a_request_for_comment_rejects_no_party() -> None:
    assert triggers("The two ministries have ignored Reuters requests for comment.") == []
    assert ("REJECT", "ignored") in triggers("Russia ignored requests from Ukraine for talks.")


def test_a_relation_that_stands_is_no_act() -> None:
    assert triggers("The ministry website states that the two countries have a strategic partnership.") == []
    assert ("SUPPORT", "signed") in triggers("India and Mauritius signed a strategic partnership on Monday.")


def test_an_act_wished_for_or_called_timely_is_not_done() -> None:
    assert triggers("Several European countries want a ban on ivory imports from Botswana.") == []
    assert triggers("The minister said now is the time for a ceasefire in Sudan.") == []


def test_charging_a_price_is_no_accusation() -> None:
    assert triggers("Clinics in Thailand charge less than clinics in Singapore.") == []
    assert ("ACCUSE", "charged") in triggers("Thai police charged the Singaporean businessman with fraud.")


def test_a_goal_for_oneself_is_no_agreement_with_a_party() -> None:
    assert triggers("The Spanish utility has pledged to become carbon neutral by 2050.") == []
    assert ("AGREE", "pledged") in triggers("Hungary pledged to remain neutral in the war between Russia and Ukraine.")


def test_strikes_hitting_a_number_of_targets_are_no_statistic() -> None:
    assert ("ASSAULT", "airstrikes") in triggers("Israeli airstrikes hit two hospitals in Gaza on Monday.")


def test_a_lone_sentence_of_a_dated_or_described_attack_points_back() -> None:
    assert ("ASSAULT", "attack") not in triggers("Friday's attack marked a turning point in the long insurgency.")
    assert ("ASSAULT", "attack") not in triggers("A militia quickly claimed responsibility for the deadly attack.")
    assert ("ASSAULT", "attack") not in triggers("Al-Shabab claimed responsibility for the market attack on Sunday.")
    assert ("ASSAULT", "attack") in triggers("Rebels claimed responsibility for Friday's attack on the army base.")


def test_a_modifier_naming_a_party_keeps_a_lone_nominal_act() -> None:
    assert ("ASSAULT", "attack") in triggers("Residents fled after the Israeli attack, witnesses said.")
    assert ("COERCE", "raid") in triggers("Residents fled after the police raid, witnesses said.")


def test_a_doer_right_after_a_dated_act_keeps_it() -> None:
    assert ("ASSAULT", "hijacking") in triggers(
        "Ten passengers died in Monday's bus hijacking by armed gunmen in the northern province.")


def test_a_known_act_commented_on_in_a_lone_sentence_is_not_coded() -> None:
    assert ("COERCE", "arrest") not in triggers("The lawyer said Ndlovu's arrest sent a chilling message to reporters.")
    assert ("ASSAULT", "attack") in triggers("The army's attack killed 30 militants near the border.")


def test_an_act_still_going_on_is_news_in_a_lone_sentence() -> None:
    assert ("PROTEST", "strike") in triggers("The jailed activist's hunger strike entered its 20th day.")


def test_a_known_act_reacted_to_in_a_lone_sentence_is_not_coded() -> None:
    assert ("COERCE", "arrest") not in triggers("Press freedom groups condemned Ndlovu's arrest on Monday.")
    assert ("COERCE", "arrest") in triggers("Press freedom groups condemned the arrest of five journalists in Harare.")


def test_a_lone_act_whose_doer_is_named_is_no_comment_on_a_known_act() -> None:
    assert ("ASSAULT", "offensive") in triggers("The Kenyan offensive has run into stiff resistance.")
