"""The parse helpers that the event stages share (petrel.stages.syntax), on sentences written for them."""

from __future__ import annotations

from typing import Any

import pytest

from petrel.nlp import load_nlp
from petrel.stages.syntax import (
    climb,
    first_conjunct,
    hyphenated_parts,
    reporting_verb,
    subject_of,
    word_before_hyphen,
)

SAYING = frozenset({"say"})


def word(text: str, wanted: str) -> Any:
    """The first token of the parsed text that reads `wanted`."""
    return next(token for token in load_nlp()(text) if token.text == wanted)


def test_syntax_climb_follows_conjoined_verbs_to_the_first() -> None:
    detain = word("Police may arrest and detain the protesters.", "detain")
    assert [t.text for t in climb(detain, ("conj",))] == ["detain", "arrest"]


def test_syntax_climb_stops_at_a_dependency_not_asked_for() -> None:
    burn = word("Officials expect the fires to continue to burn.", "burn")
    assert [t.text for t in climb(burn, ("xcomp",))] == ["burn", "continue"]  # "continue" is a ccomp of "expect"


def test_syntax_climb_takes_at_most_the_steps_given() -> None:
    detain = word("Police may arrest and detain the protesters.", "detain")
    assert [t.text for t in climb(detain, ("conj",), steps=0)] == ["detain"]


def test_syntax_first_conjunct_is_the_top_of_the_climb() -> None:
    assert first_conjunct(word("Police may arrest and detain the protesters.", "detain")).text == "arrest"


def test_syntax_subject_of_reads_the_first_subject() -> None:
    said = word("Rebels attacked the town, officials said.", "said")
    assert subject_of(said).text == "officials"


def test_syntax_subject_of_keeps_only_the_parts_of_speech_asked_for() -> None:
    thinks = word("He thinks they attacked the town.", "thinks")
    assert subject_of(thinks).text == "He"
    assert subject_of(thinks, kinds=("NOUN", "PROPN")) is None


@pytest.mark.parametrize("text", ["Rebels attacked the town, officials said.",
                                  "Officials said rebels attacked the town."])
def test_syntax_reporting_verb_finds_the_verb_a_clause_is_said_by(text: str) -> None:
    attacked = word(text, "attacked")
    assert reporting_verb(attacked, SAYING).text == "said"


def test_syntax_reporting_verb_needs_one_of_the_lemmas() -> None:
    attacked = word("Officials said rebels attacked the town.", "attacked")
    assert reporting_verb(attacked, frozenset({"deny"})) is None


def test_syntax_reporting_verb_is_none_for_a_main_clause() -> None:
    said = word("Officials said rebels attacked the town.", "said")
    assert reporting_verb(said, SAYING) is None


def test_syntax_reporting_verb_mended_reads_a_mangled_lemma() -> None:
    attack = word("Officials rewarned that rebels would attack.", "attack")  # lemmatized as "rewarne"
    assert reporting_verb(attack, frozenset({"warn"})) is None
    assert reporting_verb(attack, frozenset({"warn"}), mended=True).text == "rewarned"


@pytest.mark.parametrize(("text", "expected"), [
    ("U.S.-China", ["U.S.", "China"]),
    ("Israel-Hamas-Hezbollah", ["Israel", "Hamas", "Hezbollah"]),
    ("Kenya", []),
    ("-led", []),
    ("anti-", []),
])
def test_syntax_hyphenated_parts_splits_only_whole_parts(text: str, expected: list[str]) -> None:
    assert hyphenated_parts(text) == expected


def test_syntax_word_before_hyphen_reads_a_split_hyphen() -> None:
    assert word_before_hyphen(word("China-Russia relations are warming.", "Russia")).text == "China"


def test_syntax_word_before_hyphen_takes_a_spaced_hyphen_only_when_asked() -> None:
    seoul = word("Washington - Seoul talks resumed.", "Seoul")
    assert word_before_hyphen(seoul) is None
    assert word_before_hyphen(seoul, spaced=True).text == "Washington"


def test_syntax_word_before_hyphen_is_none_without_a_hyphen() -> None:
    assert word_before_hyphen(word("Chinese and Russian officials met.", "Russian")) is None
