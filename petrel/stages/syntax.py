"""Helpers on the dependency parse that the event stages share: verb lemmas the lemmatiser mangles,
the head of a list or a prepositional phrase, and retyped triggers.

Reads and adds nothing by itself; ``petrel.stages.events`` and ``petrel.stages.senses`` use it.
"""

from __future__ import annotations

import functools
from typing import Any

from petrel.lexicon import LIGHT_VERBS, Trigger, load_lexicon
from petrel.model import Sentence
from petrel.plover import cameo_to_plover, plover_to_cameo

# A lexicon entry of this type marks an idiom that is no event ("met with success").
NO_EVENT = "-"

# A trigger in one of these phrases is the background of another, not its content ("curfew lifted
# after the agreement"); it also counts for less as an event of its own.
BACKGROUND_PREPS = frozenset({"after", "following", "amid", "before", "despite", "since", "over", "because",
                              "during", "ahead"})
# Auxiliaries that put an act in the future: "will meet", "would send aid", "any attack will be met with".
FUTURE_AUX = frozenset({"will", "shall", "'ll", "would"})
# "re-X" is the act X again ("relaunched", "rearrested", "retook"); shorter words ("react", "rely") are
# other words.
REPEATED_MIN_CHARS = 6


def verb_lemma(token: Any) -> str:
    """The lemma of a verb, mended where the lemmatizer has no rule for it: "relaunched" comes out as
    "relaunche", "retook" as "retook", "reimposed" as an adjective. A verb the lexicon does not know is
    read from its regular or irregular inflection, and a repeated act ("re-X") as the act itself."""
    lemma = token.lemma_.lower()
    if token.tag_[:2] not in ("VB", "JJ") or _known_verb(lemma):
        return lemma
    word = token.lower_
    forms = [lemma, *_uninflected(word), word]  # "lay" read as the past of "lie": "rebels lay down arms"
    if word.startswith("re") and len(word) > REPEATED_MIN_CHARS:
        forms += [form[2:].lstrip("-") for form in forms if form.startswith("re")]
        forms += _uninflected(word[2:].lstrip("-"))
    return next((form for form in forms if _known_verb(form)), lemma)


def _known_verb(lemma: str) -> bool:
    return load_lexicon().has(lemma, "VERB") or lemma in LIGHT_VERBS


def _uninflected(word: str) -> list[str]:
    """Candidate base forms of an inflected verb: irregular forms first, then the regular endings."""
    forms = list(_irregular_verbs().get(word, []))
    for ending, replacements in (("ed", ("", "e")), ("ing", ("", "e")), ("es", ("", "e")), ("s", ("",))):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms += [word[: -len(ending)] + r for r in replacements]
    return forms


@functools.cache
def _irregular_verbs() -> dict[str, list[str]]:
    """The parser's own table of irregular verb forms ("took" -> "take"), read once."""
    from petrel.nlp import load_nlp

    try:
        return dict(load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"])
    except (KeyError, ValueError):
        return {}


# Entity labels of words that name a party (a person, an organisation, a place that acts, a people).
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def names_a_party(token: Any, *, proper_nouns: bool = False) -> bool:
    """Whether a word names a party: an entity of a party's kind (or, with `proper_nouns`, any proper noun)."""
    return token.ent_type_ in PARTY_ENTITIES or (proper_nouns and token.pos_ == "PROPN")


def to_infinitive(verb: Any) -> bool:
    """Whether the verb is a to-infinitive ("to protest", "to be disbursed"): it has "to" as its auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def of_objects(word: Any) -> list[Any]:
    """The objects of the word's "of" phrases: "the release of [wastewater]", "a number of [diplomats]"."""
    return [g for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def first_conjunct(token: Any) -> Any:
    """The first of a list of conjoined words, which carries the list's role ("for arms and aid")."""
    return climb(token, ("conj",))[-1]


def governor(token: Any) -> Any:
    """The word a trigger depends on, skipping a preposition ("called for talks" -> "called") or the "by" of a
    passive's doer ("were killed by a grenade attack" -> "killed")."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        return None if head.lower_ in BACKGROUND_PREPS else head.head
    return head if head.i != token.i else None


def retyped(trigger: Trigger, event_type: str, mode: str | None) -> Trigger:
    """The trigger read as another type and mode; its CAMEO code follows (see ``_cameo_for``)."""
    return Trigger(trigger.lemma, trigger.pos, trigger.object, event_type, mode,
                   _cameo_for(trigger.cameo, event_type, mode), trigger.weight, trigger.origin)


def with_mode(trigger: Trigger, mode: str | None) -> Trigger:
    return Trigger(trigger.lemma, trigger.pos, trigger.object, trigger.type, mode,
                   _cameo_for(trigger.cameo, trigger.type, mode), trigger.weight, trigger.origin)


def _cameo_for(cameo: str | None, event_type: str, mode: str | None) -> str | None:
    """The CAMEO code of a retyped trigger: its own while the mapping still sends it to the new type (and to the
    new mode, when the code has one), else the code of the new type and mode."""
    if event_type == NO_EVENT:
        return None
    if cameo:
        mapped_type, mapped_mode = cameo_to_plover(cameo)
        if mapped_type == event_type and (not mapped_mode or not mode or mapped_mode == mode):
            return cameo
    return plover_to_cameo(event_type, mode) or cameo


# A headline: this many words at most and no sentence-final punctuation. The parse stage mends its verbs,
# the events stage reads a verb the tagger left as a noun.
HEADLINE_MAX_TOKENS = 20
# Particles a headline's parse may read as a preposition before the object ("Turkey Hands Over Suspected Commander").
PARTICLE_PREPS = frozenset({"over", "back", "off", "out", "down", "up"})
FINAL_PUNCTUATION = frozenset(".!?;")


def headline_like(sentence: Any) -> bool:
    """Short, with no sentence-final punctuation (quotes and brackets aside)."""
    words = [t for t in sentence if not t.is_space]
    if not words or len(words) > HEADLINE_MAX_TOKENS:
        return False
    last = next((t for t in reversed(words) if not (t.is_quote or t.is_bracket)), words[-1])
    return last.text not in FINAL_PUNCTUATION


def dates_the_act(preposition: Any) -> bool:
    """A prepositional phrase that only dates or times the act: "on Feb. 27", "on Tuesday"."""
    objects = [g for g in preposition.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in ("DATE", "TIME") for g in objects)


def trigger_clause(token: Any) -> Any:
    """The word whose clause a trigger stands in: the trigger, or the verb a nominal trigger depends on
    ("imposes restrictions" -> "imposes"); the first of conjoined triggers."""
    clause = first_conjunct(token)
    if clause.pos_ in ("NOUN", "PROPN"):
        clause = governor(clause) or clause
    return clause


def climb(token: Any, deps: tuple[str, ...], *, steps: int | None = None) -> list[Any]:
    """`token` and the words above it reached through dependencies of these kinds, nearest first, at most
    `steps` steps up: the verbs a conjoined verb joins ("may be arrested and detained": "detained",
    "arrested"), or the verb a complement completes ("continue to burn": "burn", "continue")."""
    chain = [token]
    while chain[-1].dep_ in deps and chain[-1].head.i != chain[-1].i and (steps is None or len(chain) <= steps):
        chain.append(chain[-1].head)
    return chain


def subject_of(verb: Any, *, kinds: tuple[str, ...] = ()) -> Any:
    """The first nominal subject of a verb ("officials" in "officials said"), or None; with `kinds`, the first
    of these parts of speech ("NOUN", "PROPN"), so a pronoun or a clause does not count."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and (not kinds or c.pos_ in kinds)), None)


# The dependencies of a clause that is what a verb says: "officials said [rebels attacked]", and a quote the
# parser hangs beside its verb: "[Rebels attacked], officials said".
REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})


def reporting_verb(clause: Any, lemmas: frozenset[str], *, mended: bool = False) -> Any:
    """The verb of saying that `clause` is the content of: the clause's head, when the clause is its complement
    or its parataxis and its lemma is one of `lemmas`; else None. `mended` reads the lemma as `verb_lemma`
    does, for verbs the lemmatizer mangles."""
    verb = clause.head
    if clause.dep_ not in REPORTED_CLAUSE_DEPS or verb.i == clause.i:
        return None
    lemma = verb_lemma(verb) if mended else verb.lemma_.lower()
    return verb if lemma in lemmas else None


def hyphenated_parts(text: str) -> list[str]:
    """The parts of one word written with hyphens ("U.S.-China" -> ["U.S.", "China"]); none when the word
    has no hyphen or a part is empty ("-led", "anti-")."""
    parts = text.split("-")
    return parts if len(parts) > 1 and all(parts) else []


def word_before_hyphen(token: Any, *, spaced: bool = False) -> Any:
    """The word joined to `token` by a hyphen the tokenizer split off ("China-Russia": "China", for "Russia"),
    or None. A hyphen with a space beside it ("Washington - Seoul") counts only with `spaced`."""
    if token.i < 2 or token.doc[token.i - 1].text != "-":
        return None
    hyphen, before = token.doc[token.i - 1], token.doc[token.i - 2]
    if not spaced and (hyphen.whitespace_ or before.whitespace_):
        return None
    return before


# Verbs that say a two-sided act happened, and carry its sides: "clashes erupted between police and gunmen".
BREAKING_OUT_LEMMAS = frozenset({"break", "erupt", "flare", "resume", "continue", "occur", "rage", "escalate",
                                 "intensify", "begin", "start", "happen", "take"})


def outbreak_verb(word: Any) -> list[Any]:
    """The verb that says a two-sided act happened, when the word is its subject ("fighting broke out between the
    army and rebels": the parser hangs the sides on the verb), as a list of none or one."""
    return [word.head] if word.dep_ == "nsubj" and word.head.lemma_.lower() in BREAKING_OUT_LEMMAS else []


def token_at(sentence: Sentence, start: int) -> Any:
    """The token of the sentence's parse that starts at this offset of the article text, or None."""
    return next((t for t in sentence.doc if t.idx + sentence.offset == start), None)
