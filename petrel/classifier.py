"""A learned sentence classifier of PLOVER event type and mode, over cheap features of the spaCy parse.

Two multinomial logistic regressions (numpy only at run time) read hashed features of a sentence:
lemma unigrams and bigrams (named entities replaced by their label, so "Kenya" and "Chile" are the same
feature), the root lemma and the lemmas of the root's objects. The first gives a distribution over the
16 PLOVER types plus ``NONE``; the second a distribution over modes, read only among the modes valid for
a type (and "no mode").

The weights live in ``resources/event_classifier.npz``, written by ``scripts/train_event_classifier.py``
from NGEC-2025's synthetic stories and, for the type model, the headlines written for petrel in
``tests/data`` (see the script's header for provenance and licence). They load
once per process, on first use.
"""

from __future__ import annotations

import functools
import itertools
import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np

from petrel.resources import resource_path

ARTEFACT = "event_classifier.npz"
NO_EVENT = "NONE"
NO_MODE = ""
# Entity labels that stand for who or where, not for what happened: replaced by the label.
NAME_LABELS = frozenset({"GPE", "NORP", "PERSON", "ORG", "LOC", "FAC", "CARDINAL", "DATE", "TIME",
                         "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "nsubjpass", "oprd"})


@dataclass(frozen=True)
class Prediction:
    """The classifier's reading of one sentence."""

    types: dict[str, float]  # PLOVER type (or NONE) -> probability, summing to 1

    @property
    def best(self) -> tuple[str, float]:
        """The most probable label and its probability."""
        label = max(self.types, key=self.types.__getitem__)
        return label, self.types[label]


def token_norm(token: Any) -> str | None:
    """What a token contributes as a word: its lower-cased lemma, an entity label, or nothing."""
    if token.is_punct or token.is_space or (token.like_num and not token.ent_type_):
        return None
    if token.ent_type_ in NAME_LABELS:
        return f"<{token.ent_type_}>"
    return token.lemma_.lower() or token.lower_


def sentence_features(sentence: Any) -> list[str]:
    """The feature strings of a sentence (a spaCy Span or Doc)."""
    norms = [norm for token in sentence if (norm := token_norm(token))]
    features = ["bias"] + [f"w:{n}" for n in norms] + [f"b:{a}|{b}" for a, b in itertools.pairwise(norms)]
    for root in (t for t in sentence if t.dep_ == "ROOT"):
        features.append(f"root:{root.lemma_.lower()}")
        for child in root.children:
            if child.dep_ in OBJECT_DEPS or child.dep_ == "prep":
                objects = [child] if child.dep_ in OBJECT_DEPS else [g for g in child.children if g.dep_ == "pobj"]
                features += [f"obj:{o.lemma_.lower()}" for o in objects]
                features += [f"root_obj:{root.lemma_.lower()}|{o.lemma_.lower()}" for o in objects]
    return features


def hashed(features: list[str], bits: int) -> np.ndarray:
    """Distinct bucket indices of features in a table of 2**bits rows (stable across processes)."""
    mask = (1 << bits) - 1
    return np.unique(np.fromiter((zlib.crc32(f.encode()) & mask for f in features), dtype=np.int64))


def softmax(scores: np.ndarray) -> np.ndarray:
    shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


@dataclass(frozen=True)
class EventClassifier:
    """The two linear models and their label sets."""

    type_weights: np.ndarray  # (2**bits, types) float
    type_labels: tuple[str, ...]
    mode_weights: np.ndarray  # (2**mode_bits, modes) float
    mode_labels: tuple[str, ...]
    modes_of_type: dict[str, frozenset[str]]
    bits: int
    mode_bits: int

    def predict(self, sentence: Any) -> Prediction:
        """The type distribution of a sentence (a spaCy Span or Doc).

        >>> from petrel.nlp import load_nlp
        >>> load_classifier().predict(load_nlp()("Israeli warplanes struck targets in Gaza on Monday.")).best[0]
        'ASSAULT'
        """
        return self.predict_features(sentence_features(sentence))

    def predict_features(self, features: list[str]) -> Prediction:
        scores = self.type_weights[hashed(features, self.bits)].sum(axis=0, dtype=np.float32)
        return Prediction(dict(zip(self.type_labels, softmax(scores).tolist(), strict=True)))

    def mode(self, sentence: Any, event_type: str) -> tuple[str | None, float]:
        """The most probable mode of an event of this type in the sentence (None for "no mode")."""
        valid = self.modes_of_type.get(event_type, frozenset())
        if not valid:
            return None, 1.0
        indices = hashed(sentence_features(sentence), self.mode_bits)
        scores = self.mode_weights[indices].sum(axis=0, dtype=np.float32)
        allowed = [i for i, label in enumerate(self.mode_labels) if label in valid or label == NO_MODE]
        probabilities = softmax(scores[allowed])
        best = int(np.argmax(probabilities))
        label = self.mode_labels[allowed[best]]
        return (label or None), float(probabilities[best])


@functools.cache
def load_classifier() -> EventClassifier:
    """Load the bundled classifier once per process."""
    with np.load(resource_path(ARTEFACT), allow_pickle=False) as data:
        type_labels = tuple(str(label) for label in data["type_labels"])
        mode_labels = tuple(str(label) for label in data["mode_labels"])
        valid = data["modes_of_type"]  # (types, modes) bool
        return EventClassifier(
            type_weights=data["type_weights"].astype(np.float32),
            type_labels=type_labels,
            mode_weights=data["mode_weights"].astype(np.float32),
            mode_labels=mode_labels,
            modes_of_type={t: frozenset(m for m, ok in zip(mode_labels, valid[i], strict=True) if ok and m)
                           for i, t in enumerate(type_labels)},
            bits=int(data["bits"]),
            mode_bits=int(data["mode_bits"]),
        )
