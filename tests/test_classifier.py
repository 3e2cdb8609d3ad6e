"""The learned sentence classifier and the stage that adds its events (petrel.classifier, stages.classify)."""

from __future__ import annotations

import pytest

import petrel
import petrel.stages.classify as classify_stage
from petrel.classifier import NO_EVENT, load_classifier, sentence_features
from petrel.nlp import load_nlp
from petrel.pipeline import ORDER, unmet_reads

pytestmark = pytest.mark.issue(4)


def parsed(text: str) -> object:
    return load_nlp()(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union imposed new sanctions on Iran over its nuclear programme.", "SANCTION"),
    ("Thousands of protesters marched through the capital demanding the president resign.", "PROTEST"),
    ("Government troops shelled rebel positions outside the city, killing twelve fighters.", "ASSAULT"),
])
def test_classifier_gives_the_clear_type_the_top_probability(text: str, expected: str) -> None:
    assert load_classifier().predict(parsed(text)).best[0] == expected


def test_classifier_reads_background_as_no_event() -> None:
    prediction = load_classifier().predict(parsed("The country has a population of about ten million people."))
    assert prediction.best[0] == NO_EVENT


def test_classifier_probabilities_sum_to_one() -> None:
    prediction = load_classifier().predict(parsed("Police arrested two men in Nairobi."))
    assert sum(prediction.types.values()) == pytest.approx(1.0, abs=1e-4)


def test_classifier_mode_is_one_of_the_types_modes() -> None:
    mode, _ = load_classifier().mode(parsed("A drone strike hit a convoy near the border."), "ASSAULT")
    assert mode is None or mode in load_classifier().modes_of_type["ASSAULT"]


def test_classifier_has_no_mode_for_a_type_without_modes() -> None:
    assert load_classifier().mode(parsed("Iran made concessions to the inspectors."), "CONCEDE") == (None, 1.0)


def test_classifier_features_replace_names_by_their_entity_label() -> None:
    features = sentence_features(parsed("Kenya condemned the attack."))
    assert "w:<GPE>" in features and "root:condemn" in features and "w:kenya" not in features


def test_classifier_loads_once_per_process() -> None:
    assert load_classifier() is load_classifier()


def test_classify_runs_after_events_and_its_reads_are_met() -> None:
    assert ORDER.index("classify") == ORDER.index("events") + 1
    assert unmet_reads(ORDER) == []


def test_classify_keeps_rule_events_and_their_types() -> None:
    text = "Russian troops shelled the Ukrainian city of Kharkiv on Tuesday."
    [event] = petrel.code(text)
    assert (event.type, event.trigger.text) == ("ASSAULT", "shelled")


# No rule reads "sent" with these soldiers, and the classifier reads a mobilisation.
UNTRIGGERED_HEADLINE = "Hundreds of soldiers sent to border region"


def test_classify_adds_a_low_confidence_root_event_to_a_headline_the_rules_miss() -> None:
    [event] = petrel.code(UNTRIGGERED_HEADLINE)
    assert event.type == "MOBILIZE"
    assert event.trigger.text == "Hundreds"  # the headline's root word
    assert event.confidence <= classify_stage.ADDED_CONFIDENCE


def test_classify_switched_off_adds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classify_stage, "ENABLED", False)
    assert petrel.code(UNTRIGGERED_HEADLINE) == []


def test_classify_adds_no_event_to_a_lone_sentence_of_prose() -> None:
    # The classifier reads a mobilisation here (no event 0.22), but prose the rules find nothing in is background.
    assert petrel.code("A far-right paramilitary group was formed in Ghana last month.") == []


@pytest.mark.parametrize("headline", [
    "Bus plunges into gorge in Nepal, killing 30",  # the classifier reads an attack: a disaster is named
    "Warehouse fire kills workers in Karachi",  # "kills" is a trigger word the rules weighed and declined
])
def test_classify_adds_no_event_where_the_rules_declined_one(headline: str) -> None:
    assert petrel.code(headline) == []


@pytest.mark.parametrize(("headline", "expected"), [
    # "resume" and "begin" are lexicon words the rules found no event in; the classifier reads the cooperation
    ("Kenya and Uganda Resume Cross-Border Passenger Trains", "COOPERATE"),
    ("Tanzania Begins Coal Exports to India Through New Port", "COOPERATE"),
])
def test_classify_a_sure_classifier_overrules_a_root_word_the_rules_declined(headline: str, expected: str) -> None:
    [event] = petrel.code(headline)
    assert event.type == expected
    assert event.confidence <= classify_stage.ADDED_CONFIDENCE


@pytest.mark.parametrize("headline", [
    "Gas Explosion in Nairobi Injures Dozens",  # an accidental explosion is a mishap (the classifier: ASSAULT 0.86)
    "Oil depot fire kills six in Lagos",  # a fire that kills, no bomb named
    "Argentina Beats Chile 3-0 in Copa America Qualifier",  # sport (the classifier: ASSAULT)
])
def test_classify_a_sure_classifier_adds_no_event_to_a_mishap_or_a_sports_headline(headline: str) -> None:
    assert petrel.code(headline) == []


def test_classify_adds_nothing_to_a_headline_without_actors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classify_stage, "NONE_MAX", 1.0)
    monkeypatch.setattr(classify_stage, "ADD_MIN", 0.0)
    assert petrel.code("Prices Climb Ahead of Holiday Weekend") == []


@pytest.mark.parametrize(("text", "mode"), [
    ("The Afghan minister urged Pakistan to focus on resolving its own security problems.", "change"),
    ("The UN urged the rebels to release the hostages.", "yield"),
    ("Kenya asked Japan for food aid.", "assist"),
])
def test_classify_a_request_for_nothing_more_specific_asks_for_change(text: str, mode: str) -> None:
    [event] = petrel.code(text)
    assert (event.type, event.mode) == ("REQUEST", mode)


def test_classify_generic_request_mode_comes_after_the_classifier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classify_stage, "GENERIC_MODES", {})
    [event] = petrel.code("The Afghan minister urged Pakistan to focus on resolving its own security problems.")
    assert event.mode is None


@pytest.mark.parametrize(("text", "mode"), [
    ("Xi Jinping recently convened a meeting with heads of private companies.", "third-party"),
    ("I had met Dr. Lai before.", None),
])
def test_classify_a_phone_call_needs_a_word_for_one(text: str, mode: str | None) -> None:
    [event] = petrel.code(text)
    assert (event.type, event.mode) == ("CONSULT", mode)


@pytest.mark.parametrize(("text", "mode"), [
    ("Police respond with force to demonstrators in the capital", None),  # the classifier: suicide-attack
    ("A suicide bomber attacked a mosque in Kabul.", "suicide-attack"),
])
def test_classify_a_suicide_attack_needs_a_word_for_one(text: str, mode: str | None) -> None:
    [event] = petrel.code(text)
    assert (event.type, event.mode) == ("ASSAULT", mode)


@pytest.mark.parametrize(("mode", "text", "expected"), [
    ("destroy", "Mohsen Shekari was hanged that morning.", None),
    ("destroy", "Troops razed the village that morning.", "destroy"),
    ("abduct", "The militia fought soldiers near the town.", None),
    ("abduct", "Gunmen kidnapped three aid workers near the town.", "abduct"),
    ("sexual", "Troops pushed the militia out of Zinjibar.", None),
])
def test_classify_an_attack_mode_needs_a_word_for_its_means(monkeypatch: pytest.MonkeyPatch, mode: str,
                                                               text: str, expected: str | None) -> None:
    # a classifier sure of the mode, so only the evidence gate decides
    monkeypatch.setattr(classify_stage, "load_classifier",
                        lambda: type("Sure", (), {"mode": lambda self, doc, event_type: (mode, 0.9)})())
    doc = parsed(text)
    sentence = petrel.model.Sentence(text=text, start=0, end=len(text), doc=doc)
    assert classify_stage.classifier_mode(sentence, "ASSAULT") == expected
