"""Headlines the parse repairs: doers read as the verb, verbs read as nouns or modifiers, kickers before a colon,
names of ordinary words, and acronyms that look like foreign function words. Headlines written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import petrel
from petrel.model import Article
from petrel.pipeline import run
from petrel.stages.parse import detect_language, recase_headline

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"


def parsed_tokens(headline: str) -> dict[str, Any]:
    """The headline's tokens after the parse stage, by lower-cased text."""
    [article] = run([Article(text=headline)], stages=("parse",))
    return {token.lower_: token for sentence in article.sentences for token in sentence.doc}


def coded(headline: str) -> list[tuple[str, str]]:
    return [(event.type, event.trigger.text) for event in petrel.code(headline, published=PUBLISHED)]


def subjects(verb: Any) -> list[str]:
    """The verb's subjects, lower-cased (the parse reads a recased copy of a Title Case headline)."""
    return [child.lower_ for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]


@pytest.mark.parametrize(("headline", "verb", "subject"), [
    ("Security Forces Fire on Crowd in Khartoum", "fire", "forces"),
    ("Rebel Fighters Attack Army Base Near Goma", "attack", "fighters"),
])
def test_parse_plural_doer_is_the_subject_of_the_verb_after_it(headline: str, verb: str, subject: str) -> None:
    tokens = parsed_tokens(headline)
    assert (tokens[verb].pos_, subjects(tokens[verb])) == ("VERB", [subject])
    assert tokens[subject].pos_ == "NOUN"


def test_events_plural_doer_headline_codes_the_act_of_the_verb() -> None:
    assert ("ASSAULT", "Fire") in coded("Security Forces Fire on Crowd in Khartoum")


def test_parse_tensed_verb_built_into_a_noun_phrase_becomes_the_verb() -> None:
    strikes = parsed_tokens("Suicide Bomber Strikes Mosque in Peshawar")["strikes"]
    assert (strikes.dep_, subjects(strikes)) == ("ROOT", ["bomber"])


def test_parse_third_person_verb_read_as_subject_of_a_participle_is_mended() -> None:
    tokens = parsed_tokens("Red Cross Evacuates Wounded Civilians From Besieged Town")
    assert (tokens["evacuates"].dep_, tokens["wounded"].dep_) == ("ROOT", "amod")


@pytest.mark.parametrize(("headline", "verb", "event_type"), [
    ("North Korea Test-Fires Ballistic Missile", "Test-Fires", "MOBILIZE"),  # the whole word is the trigger
    ("Iran Test-Launches Satellite Rocket", "Test-Launches", "MOBILIZE"),
])
def test_events_hyphenated_headline_verb_codes_its_act(headline: str, verb: str, event_type: str) -> None:
    assert (event_type, verb) in coded(headline)


def test_parse_verb_tagged_as_adjective_in_a_headline_without_verb() -> None:
    snub = parsed_tokens("Rebels Snub Peace Conference in Geneva")["snub"]
    assert (snub.pos_, subjects(snub)) == ("VERB", ["rebels"])


def test_parse_adjective_before_a_preposition_stays_an_adjective() -> None:
    assert parsed_tokens("Rebels Open to Dialogue With Government")["open"].pos_ == "ADJ"


def test_parse_clause_after_a_kicker_gets_its_verb_and_keeps_offsets() -> None:
    headline = "Turmoil in Iraq: Curfew Imposed After Clashes"
    [article] = run([Article(text=headline)], stages=("parse",))
    [sentence] = article.sentences
    imposed = next(token for token in sentence.doc if token.lower_ == "imposed")
    assert (imposed.dep_, subjects(imposed)) == ("ROOT", ["curfew"])
    assert headline[imposed.idx:imposed.idx + len(imposed.text)] == "Imposed"
    assert next(token for token in sentence.doc if token.text == ":").tag_ == ":"


def test_events_kicker_headline_codes_the_act_after_the_colon_first() -> None:
    events = petrel.code("Turmoil in Iraq: Curfew Imposed After Clashes, Murders", published=PUBLISHED)
    assert max(events, key=lambda event: event.confidence).type == "COERCE"


def test_parse_kicker_before_a_clause_that_has_its_verb_is_left_alone() -> None:
    tokens = parsed_tokens("Sudan: Army Shells Market in Darfur")
    assert (tokens["shells"].dep_, subjects(tokens["shells"])) == ("ROOT", ["sudan", "army"])


def test_parse_main_verb_is_found_beside_a_tensed_verb_of_a_relative_clause() -> None:
    rules = parsed_tokens("Court Rules That Police Must Return Confiscated Vehicle")["rules"]
    assert (rules.pos_, rules.dep_) == ("VERB", "ROOT")


@pytest.mark.parametrize(("headline", "recased"), [
    ("Amnesty International Deplores Mass Arrests", "Amnesty International deplores mass arrests"),
    ("Red Cross Delivers Aid to Gaza", "Red Cross delivers aid to Gaza"),
])
def test_recase_headline_keeps_known_names_made_of_ordinary_words(headline: str, recased: str) -> None:
    assert recase_headline(headline) == recased


def test_events_name_of_ordinary_words_is_no_trigger() -> None:
    assert coded("Amnesty International Deplores Mass Arrests in Iran")[0] == ("ACCUSE", "Deplores")


@pytest.mark.parametrize("headline", ["UN Welcomes Peace Agreement", "UN Envoy Meets Rebel Leaders"])
def test_detect_language_reads_acronym_headline_as_english(headline: str) -> None:
    assert detect_language(headline) == "en"


def test_detect_language_still_finds_a_capitalised_foreign_headline() -> None:
    assert detect_language("LA POLICÍA DETUVO A DOS HOMBRES EN LA CAPITAL") == "other"


def test_events_acronym_led_headline_is_coded() -> None:
    assert ("SUPPORT", "Welcomes") in coded("UN Welcomes Peace Agreement")


@pytest.mark.parametrize(("headline", "event_type", "mode"), [
    ("Police Tear-Gas Protesters in Santiago", "ASSAULT", "crowd-control"),
    ("Internet Blackout Imposed in Kashmir", "COERCE", "withhold"),
    ("Hackers Attack Government Websites", "COERCE", "cyber"),
    ("Former Soldiers Form Armed Group in Mali", "MOBILIZE", "militia"),
    ("Iran Vows Revenge for Strike on Consulate", "THREATEN", "violence"),
    ("Government Shutters Independent Newspaper", "COERCE", "censor"),
])
def test_events_headline_helper_rows_code_codebook_phrasings(headline: str, event_type: str, mode: str | None) -> None:
    events = petrel.code(headline, published=PUBLISHED)
    top = max(events, key=lambda event: event.confidence)
    assert top.type == event_type
    assert mode is None or top.mode == mode


@pytest.mark.parametrize("headline", ["RSF Shells Displacement Camp Near El Fasher",
                                      "Sudan's RSF paramilitaries amass near El Fasher, monitors say",
                                      "Le Pen Wins First Round in France"])
def test_detect_language_reads_a_name_opened_by_a_foreign_article_as_english(headline: str) -> None:
    assert detect_language(headline) == "en"


@pytest.mark.parametrize("text", ["La policía detuvo a dos hombres en la capital el lunes.",
                                  "Le président a dit que la France est prête."])
def test_detect_language_still_finds_foreign_sentences_that_open_with_an_article(text: str) -> None:
    assert detect_language(text) == "other"


def test_a_headline_naming_el_fasher_is_coded() -> None:
    assert coded("RSF Shells Displacement Camp Near El Fasher")[0] == ("ASSAULT", "Shells")
