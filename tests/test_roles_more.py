"""Who is source and who is target: hyphenated pairs, possessives, passive participles, sectors (issue 4)."""

from __future__ import annotations

import pytest
from rule_coder import events_of

from petrel.model import Actor, Article, Event
from petrel.pipeline import run

pytestmark = pytest.mark.issue(4)


def event_at(text: str, trigger: str) -> Event:
    [event] = [e for e in events_of(text) if e.trigger.text == trigger]
    return event


def countries(actors: list[Actor]) -> list[str | None]:
    return [actor.country for actor in actors]


def codes(actors: list[Actor]) -> list[tuple[str | None, str | None]]:
    return [(actor.country, actor.sector) for actor in actors]


@pytest.mark.parametrize("text", [
    "U.S.-China trade talks resumed in Geneva on Monday.",
    "China-U.S. trade talks resumed in Geneva on Monday.",
])
def test_roles_both_names_of_a_hyphenated_pair_are_parties(text: str) -> None:
    event = event_at(text, "talks")
    assert sorted(countries(event.source)) == ["CHN", "USA"]


def test_roles_names_the_parser_splits_at_the_hyphen_are_both_parties() -> None:
    event = event_at("The China-Russia partnership has deepened since 2022.", "partnership")
    assert countries(event.source) == ["CHN", "RUS"]


def test_roles_a_hyphenated_name_stays_one_actor() -> None:
    event = event_at("Somali soldiers launched operations against al-Shabab in central Somalia.", "operations")
    assert codes(event.target) == [("SOM", "REB")]


def test_roles_a_hyphenated_word_that_is_not_a_pair_names_no_country() -> None:
    event = event_at("U.S.-backed forces attacked the town of Raqqa on Monday.", "attacked")
    assert "USA" not in countries(event.source)


def test_roles_possessive_of_an_answered_act_is_the_other_party() -> None:
    text = "The United States offered new nuclear talks on Monday. Iran rejected its offer on Wednesday."
    event = event_at(text, "rejected")
    assert (countries(event.source), countries(event.target)) == (["IRN"], ["USA"])


def test_roles_plural_possessive_stands_for_all_conjoined_subjects() -> None:
    text = "North Korea fired two missiles. At their meeting in Tokyo, Japan and South Korea condemned the launch."
    event = event_at(text, "meeting")
    assert countries(event.source) == ["JPN", "KOR"]


def test_roles_possessive_in_a_phrase_before_the_main_clause_is_its_subject() -> None:
    text = ("North Korea fired two missiles. In a statement issued after their meeting in Tokyo, Japan and "
            "South Korea condemned the launch.")
    event = event_at(text, "meeting")
    assert countries(event.source) == ["JPN", "KOR"]


def test_roles_what_comes_under_attack_is_the_target() -> None:
    event = event_at("A passenger train came under attack in Pakistan's Balochistan province on Tuesday.", "attack")
    assert (event.source, codes(event.target)) == ([], [("PAK", "CVL")])


def test_roles_subject_of_a_clause_with_a_passive_participle_is_the_target() -> None:
    event = event_at("The Islamic State commander is dead, killed in an airstrike in Iraq.", "killed")
    assert (event.source, codes(event.target)) == ([], [("IMG", "REB")])


def test_roles_noun_the_parser_made_head_of_its_verb_is_the_subject() -> None:
    # The parse spaCy sometimes gives "Trump at first imposed tariffs": the verb hangs from the name.
    from spacy.tokens import Doc

    from petrel.nlp import load_nlp
    from petrel.stages.events import verb_roles

    words = ["Trump", "at", "first", "imposed", "tariffs", "."]
    doc = Doc(load_nlp().vocab, words=words, heads=[0, 3, 1, 0, 3, 0],
              deps=["ROOT", "advmod", "pobj", "ccomp", "dobj", "punct"],
              pos=["PROPN", "ADP", "ADV", "VERB", "NOUN", "PUNCT"])
    sources, targets = verb_roles(doc[3])
    assert ([t.text for t in sources], [t.text for t in targets]) == (["Trump"], ["tariffs"])


def test_roles_goods_of_a_country_target_its_government() -> None:
    event = event_at("The United States imposed new tariffs on Canadian and Mexican exports.", "imposed")
    assert codes(event.target) == [("CAN", "GOV"), ("MEX", "GOV")]


def test_roles_what_a_request_is_for_gives_its_target() -> None:
    event = event_at("The United States called for an inclusive government in Syria.", "called")
    assert codes(event.target) == [("SYR", "GOV")]


def test_roles_opposition_politicians_are_the_opposition() -> None:
    event = event_at("Kenyan opposition parties accused the government of rigging the vote.", "accused")
    assert codes(event.source) == [("KEN", "OPP")]


def test_roles_hostages_are_civilians_of_the_country() -> None:
    event = event_at("Militants in Nigeria killed two hostages on Sunday.", "killed")
    assert codes(event.target) == [("NGA", "CVL")]


def test_roles_a_region_of_europe_is_not_the_eu() -> None:
    text = "Hungary hosted the summit. Central European leaders criticized the migration pact on Monday."
    event = event_at(text, "criticized")
    assert "EUR" not in countries(event.source) and "HUN" not in countries(event.source)


def test_mentions_a_role_noun_used_as_a_verb_is_no_actor() -> None:
    [article] = run([Article(text="The United States will train Ukrainian pilots in Arizona.")],
                    stages=("parse", "mentions"))
    assert "train" not in [mention.text for mention in article.mentions]


def test_mentions_a_train_is_civilian() -> None:
    event = event_at("Gunmen attacked a train in Pakistan's Balochistan province on Tuesday.", "attacked")
    assert codes(event.target) == [("PAK", "CVL")]


def test_roles_unnamed_gunmen_are_the_armed_group_the_story_names() -> None:
    text = ("Gunmen stormed a hotel in the Somali city of Beledweyne on Tuesday. "
            "Al-Shabab claimed responsibility for the siege.")
    event = event_at(text, "stormed")
    assert codes(event.source) == [("SOM", "REB")]


def test_roles_gunmen_stay_unidentified_when_the_story_names_no_group() -> None:
    event = event_at("Gunmen stormed a hotel in the Somali city of Beledweyne on Tuesday.", "stormed")
    assert codes(event.source) == [("SOM", "UAF")]


def test_roles_aid_agencies_with_no_country_are_ngos() -> None:
    event = event_at("Floods hit Malawi last week. Aid agencies distributed relief to the victims.", "distributed")
    assert countries(event.source) == ["NGO"]


def test_roles_the_organization_is_the_international_body_named_before() -> None:
    text = ("The World Health Organization held a meeting in Geneva on Monday. "
            "The organization urged governments to share vaccines.")
    event = event_at(text, "urged")
    assert codes(event.source) == [("UNO", "IGO")]


def test_roles_the_organization_is_not_a_state_agency_named_before() -> None:
    text = ("The FBI arrested two men in Texas on Monday. "
            "The organization urged governments to share vaccines.")
    event = event_at(text, "urged")
    assert codes(event.source) == [(None, None)]


def test_roles_we_in_a_quote_is_the_speaker_of_the_next_sentence() -> None:
    text = ("The governor met restaurant owners in Solo. “We will ask them to stop serving dog meat.” "
            "Indonesian Governor Ganjar Pranowo said this after the meeting.")
    event = event_at(text, "ask")
    assert codes(event.source) == [("IDN", "GOV")]


def test_roles_a_role_phrase_the_parser_hung_on_the_verb_belongs_to_the_nominal_trigger() -> None:
    from petrel.stages.events import noun_roles

    doc = _parsed("Hayat Tahrir al-Sham spearheaded the offensive against Assad in December.")
    offensive = next(t for t in doc if t.text == "offensive")
    assert [t.text for t in noun_roles(offensive)[1]] == ["Assad"]  # "against" hangs on "spearheaded"


def test_roles_a_date_possessive_is_no_doer() -> None:
    from petrel.stages.events import noun_roles

    doc = _parsed("Officials counted the dead of Tuesday's hijacking.")
    hijacking = next(t for t in doc if t.text == "hijacking")
    assert "Tuesday" not in [t.text for t in noun_roles(hijacking)[0]]


def test_roles_a_by_phrase_inside_the_passive_verb_s_object_is_its_doer() -> None:
    text = "Many other democracies have been threatened with economic consequences by China."
    event = event_at(text, "threatened")
    assert countries(event.source) == ["CHN"]


def test_roles_who_claims_credit_for_an_attack_did_it() -> None:
    text = "The Baloch Liberation Army claimed credit for attacking a military convoy in Pakistan."
    event = event_at(text, "attacking")
    assert codes(event.source) == [("PAK", "REB")]


def test_roles_defence_lawyers_are_civilians() -> None:
    text = "Lawyers for the journalist asked the court in Zimbabwe to release him on bail."
    event = event_at(text, "asked")
    assert codes(event.source) == [("ZWE", "CVL")]


def test_roles_uyghurs_are_a_people_of_china() -> None:
    event = event_at("Thailand deported 40 Uyghurs to China last month.", "deported")
    assert "CHN" in countries(event.target)


def _parsed(text: str) -> object:
    from petrel.nlp import load_nlp

    return load_nlp()(text)


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    ("The Kenyan government faced criticism from Human Rights Watch.", "ACCUSE", "NGO", "KEN"),
    ("Iran faces new sanctions from the European Union.", "SANCTION", "EUR", "IRN"),
    ("Two Azerbaijani men are facing murder charges in New York.", "ACCUSE", None, "AZE"),
])
def test_roles_the_subject_of_face_or_suffer_undergoes_the_act(text: str, event_type: str, source: str | None,
                                                                target: str) -> None:
    [event] = [e for e in events_of(text) if e.type == event_type]
    assert [a.country for a in event.target] == [target]
    assert [a.country for a in event.source] == ([source] if source else [])


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    ("Kenya received aid from Japan.", "AID", "JPN", "KEN"),
    ("Criticism from Human Rights Watch mounted against Kenya on Monday.", "ACCUSE", "NGO", None),
])
def test_roles_a_from_phrase_names_who_gives_or_criticises(text: str, event_type: str, source: str,
                                                            target: str | None) -> None:
    [event] = [e for e in events_of(text) if e.type == event_type]
    assert source in [a.country for a in event.source]
    assert target is None or [a.country for a in event.target] == [target]


def test_roles_who_an_act_comes_from_attacks_whoever_comes_under_it() -> None:
    event = event_at("Government forces came under attack from rebels in northern Mali.", "attack")
    assert (codes(event.source), codes(event.target)) == ([("MLI", "REB")], [("MLI", "MIL")])


def test_roles_the_of_phrase_of_a_meeting_names_who_meets() -> None:
    event = event_at("A summit of G7 leaders opened in Canada on Tuesday.", "summit")
    assert countries(event.source) == ["IGO"]


def test_roles_a_modifier_says_what_kind_of_group_an_unspecific_head_is() -> None:
    event = event_at("The banned separatist militant group attacked a convoy in Pakistan.", "attacked")
    assert codes(event.source) == [("PAK", "REB")]



@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("White House officials are hinting at lifting the sanctions on Russia.", "lifting", "USA"),
    ("Iranian agents were accused of planning to kidnap the journalist.", "kidnap", "IRN"),
])
def test_roles_a_gerund_after_a_preposition_is_done_by_the_verbs_subject(text: str, trigger: str,
                                                                          source: str) -> None:
    assert source in countries(event_at(text, trigger).source)


def test_roles_a_bare_deputy_is_no_police_officer() -> None:
    event = event_at("A deputy criticized the Kenyan government on Monday.", "criticized")
    assert [actor.sector for actor in event.source] != ["COP"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("A suicide bomber detonated explosives near a Pakistani army convoy on Monday.", "detonated"),
    ("Militants detonated a bomb near a Nigerian police station.", "detonated"),
])
def test_roles_a_bomb_set_off_near_something_targets_it(text: str, trigger: str) -> None:
    event = event_at(text, trigger)
    assert [actor.sector for actor in event.target] in (["MIL"], ["COP"])
    assert event.target[0].country in ("PAK", "NGA")


def test_roles_near_names_no_target_when_nothing_is_set_off_there() -> None:
    event = event_at("Nigerian soldiers attacked rebels near the border town of Gamboru.", "attacked")
    assert "the border town" not in " ".join(actor.text for actor in event.target)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Gunmen attacked a village in northern Nigeria. The vast majority were killed, Nigerian police said.",
     "killed"),
    ("Gunmen attacked a village in northern Nigeria. Hundreds were wounded, Nigerian police said.", "wounded"),
])
def test_roles_a_bare_count_of_victims_is_civilians_of_the_story(text: str, trigger: str) -> None:
    assert codes(event_at(text, trigger).target) == [("NGA", "CVL")]


def test_roles_a_count_with_an_of_phrase_is_coded_from_what_it_counts() -> None:
    event = event_at("Gunmen killed dozens of Nigerian soldiers in Borno on Monday.", "killed")
    assert codes(event.target) == [("NGA", "MIL")]


@pytest.mark.parametrize(("text", "trigger", "sector"), [
    ("The Indonesian governor told city council members to draft a ban.", "told", "GOV"),
    ("The Indonesian governor urged owners of food stalls and restaurants to stop selling dog meat.", "urged",
     "BUS"),
])
def test_roles_council_members_govern_and_owners_are_business(text: str, trigger: str, sector: str) -> None:
    assert [actor.sector for actor in event_at(text, trigger).target] == [sector]


def test_roles_a_conflict_waged_against_a_party_targets_the_party() -> None:
    event = event_at("The separatist group has been fighting an insurgency against the Pakistani state.", "fighting")
    assert codes(event.target) == [("PAK", "GOV")]


def test_roles_a_conflict_with_no_party_named_stays_the_target() -> None:
    event = event_at("The army is fighting an insurgency in the north of Nigeria.", "fighting")
    assert codes(event.target) == [("NGA", "REB")]


@pytest.mark.parametrize(("text", "trigger", "sector"), [
    ("Chinese police detained five Uyghurs in Xinjiang.", "detained", "CVL"),
    ("Thailand deported 40 Uyghurs to China last month.", "deported", "REF"),
    ("Thailand sent 109 Uyghurs back to China.", "sent", "REF"),
])
def test_roles_plural_demonyms_are_people_and_deportees_refugees(text: str, trigger: str, sector: str) -> None:
    assert codes(event_at(text, trigger).target) == [("CHN", sector)]


def test_roles_a_count_with_an_including_phrase_is_still_a_bare_count_of_victims() -> None:
    text = ("Gunmen attacked a village in northern Nigeria. The vast majority, including some children, were "
            "killed, police said.")
    assert codes(event_at(text, "killed").target) == [("NGA", "CVL")]


@pytest.mark.parametrize(("text", "trigger", "role", "sector"), [
    ("Italian tourism businesses protested against the lockdown.", "protested", "source", "BUS"),
    ("Legal experts criticized the new constitution.", "criticized", "source", "SOC"),
    ("Militants attacked a convoy in northern Pakistan.", "attacked", "target", "MIL"),
])
def test_roles_businesses_experts_and_convoys_have_sectors(text: str, trigger: str, role: str, sector: str) -> None:
    actors = getattr(event_at(text, trigger), role)
    assert [actor.sector for actor in actors] == [sector]


def test_roles_a_clause_on_an_act_names_whom_it_is_aimed_at() -> None:
    text = "White House officials are hinting at lifting the sanctions Washington has imposed on Moscow."
    assert codes(event_at(text, "lifting").target) == [("RUS", "GOV")]


def test_roles_the_warring_parties_are_both_sides_of_the_fight_named_before() -> None:
    text = ("Sudan's paramilitary forces have been fighting the Sudanese army since April. The U.N. envoy urged "
            "the warring parties to end the war.")
    target = event_at(text, "urged").target
    assert countries(target) == ["SDN", "SDN"]
    assert "MIL" in [actor.sector for actor in target]
    assert {actor.text for actor in target} == {"the warring parties"}


@pytest.mark.parametrize(("text", "trigger", "role", "country"), [
    ("Top diplomats from the Group of Seven urged Russia on Friday to accept a ceasefire or face the possibility "
     "of additional sanctions.", "possibility", "target", "RUS"),
    ("The president allowed Ukraine to strike military targets inside Russia.", "strike", "source", "UKR"),
])
def test_roles_the_object_of_urge_or_allow_does_what_the_infinitive_says(text: str, trigger: str, role: str,
                                                                         country: str) -> None:
    assert countries(getattr(event_at(text, trigger), role)) == [country]


def test_roles_a_pronoun_takes_the_whole_phrase_of_an_agent_named_before() -> None:
    text = ("Ukraine has fought Russia since 2022. G7 foreign ministers discussed China's role in global security. "
            "They called on China to engage in risk reduction talks.")
    assert countries(event_at(text, "called").source) == ["IGO"]


def test_roles_a_harming_verb_hung_on_an_attack_names_its_victims() -> None:
    text = ("Al-Shabab has attacked Beledweyne many times. The single biggest attack, in 2009, killed at least 25 "
            "people.")
    assert [actor.sector for actor in event_at(text, "attack").target] == ["CVL"]


def test_roles_survivors_are_civilians() -> None:
    event = event_at("Doctors Without Borders teams in Sudan treated 385 survivors last year.", "treated")
    assert codes(event.target) == [("SDN", "CVL")]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Canada and Belgium are among countries that have recently banned imports of wildlife trophies.", "banned",
     ["CAN", "BEL"]),
    ("Russia is one of the states that recognized the Taliban government.", "recognized", ["RUS"]),
])
def test_roles_one_of_a_class_that_acts_is_the_doer(text: str, trigger: str, expected: list[str]) -> None:
    assert countries(event_at(text, trigger).source) == expected


def test_a_list_read_as_an_apposition_gives_every_member() -> None:
    from petrel.api import code

    # The parser hangs "the Gambia" on Iran as an apposition and the rest of the list on it.
    [event] = code("Iran, the Gambia, Chile and Peru condemned the strike.", "2024-05-16")
    assert [a.country for a in event.source] == ["IRN", "GMB", "CHL", "PER"]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("The U.S. ambassador in Kenya criticized the decision.", "criticized", [("USA", "GOV")]),
    ("The French embassy in Beirut condemned the attack.", "condemned", [("FRA", "GOV")]),
    # With no state named before the head, "in" gives the country: "police in Kenya" are Kenya's.
    ("Police in Kenya arrested two men.", "arrested", [("KEN", "COP")]),
])
def test_roles_a_state_named_before_the_head_owns_it_and_in_only_places_it(text: str, trigger: str,
                                                                           expected: list) -> None:
    assert codes(event_at(text, trigger).source) == expected
